//! What the address asked for that could not be shown, said plainly.

use yew::prelude::*;

use crate::context::AppContext;
use crate::query::Notice;
use crate::shared_names::{MESSAGES_CLASS, NEEDS_JS_CLASS};
use crate::state::{Action, Problem};

/// The problem with the address and the notices about its parts, if there are any.
pub fn messages(context: &AppContext, problem: Option<&Problem>, notices: &[Notice]) -> Html {
    let ui = context.ui();
    if problem.is_none() && notices.is_empty() {
        return html! {};
    }
    let dismiss = {
        let dispatch = context.dispatch.clone();
        Callback::from(move |_| dispatch.dispatch(Action::DismissMessages))
    };
    let problem = problem.map(|problem| {
        let text = match problem {
            Problem::UnknownEntry(slug) => (ui.unknown_entry)(slug),
            // The pre-rendered 404 page cannot know which address it will answer for.
            Problem::NotFound(path) if path.is_empty() => ui.no_page_here.to_owned(),
            Problem::NotFound(path) => (ui.no_page_at)(path),
        };
        html! { <p class="problem">{ text }</p> }
    });
    html! {
        <section class={MESSAGES_CLASS} role="alert" aria-label={ui.about_this_link}>
            { for problem }
            if !notices.is_empty() {
                <p>{ ui.link_problems }</p>
                <ul>
                    { for notices.iter().map(|notice| html! { <li>{ (ui.notice)(notice) }</li> }) }
                </ul>
            }
            <button type="button" class={classes!("quiet", NEEDS_JS_CLASS)} onclick={dismiss}>{ ui.dismiss }</button>
        </section>
    }
}
