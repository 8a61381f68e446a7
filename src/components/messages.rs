//! What the address asked for that could not be shown, said plainly.

use yew::prelude::*;

use crate::context::use_app_context;
use crate::query::Notice;
use crate::shared_names::MESSAGES_CLASS;
use crate::state::{Action, Problem};

#[derive(Properties, PartialEq)]
pub struct MessagesProps {
    pub problem: Option<Problem>,
    pub notices: Vec<Notice>,
}

#[function_component]
pub fn Messages(props: &MessagesProps) -> Html {
    let dispatch = use_app_context().dispatch;
    if props.problem.is_none() && props.notices.is_empty() {
        return html! {};
    }
    let dismiss = {
        Callback::from(move |_| dispatch.dispatch(Action::DismissMessages))
    };
    let problem = props.problem.as_ref().map(|problem| {
        let text = match problem {
            Problem::UnknownEntry(slug) => {
                format!("There is no entry called “{slug}”. The link may be mistyped or out of date; the full timeline is below.")
            }
            // The pre-rendered 404 page cannot know which address it will answer for.
            Problem::NotFound(path) if path.is_empty() => "There is no page at this address. The full timeline is below.".to_owned(),
            Problem::NotFound(path) => format!("There is no page at “{path}”. The full timeline is below."),
        };
        html! { <p class="problem">{ text }</p> }
    });
    html! {
        <section class={MESSAGES_CLASS} role="alert" aria-label="About this link">
            { for problem }
            if !props.notices.is_empty() {
                <p>{ "Parts of the link could not be used:" }</p>
                <ul>
                    { for props.notices.iter().map(|notice| html! { <li>{ notice.to_string() }</li> }) }
                </ul>
            }
            <button type="button" class="quiet" onclick={dismiss}>{ "Dismiss" }</button>
        </section>
    }
}
