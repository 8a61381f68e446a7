//! "Copy link" and, where the browser has a share sheet, "Share" for one entry.

use yew::platform::spawn_local;
use yew::prelude::*;

use gloo_timers::callback::Timeout;

use crate::browser;

/// How long "Link copied" stays.
const CONFIRMATION_MS: u32 = 4000;

#[derive(Properties, PartialEq)]
pub struct ShareButtonsProps {
    pub slug: &'static str,
    pub title: AttrValue,
    /// Path and query of the entry's link, active filters included.
    pub location: AttrValue,
}

#[derive(Clone, PartialEq)]
enum CopyStatus {
    Idle,
    Copied,
    /// The clipboard refused: the URL is shown, selected, for copying by hand.
    Refused(String),
}

#[function_component]
pub fn ShareButtons(props: &ShareButtonsProps) -> Html {
    let status = use_state(|| CopyStatus::Idle);
    let fallback_id = format!("{}-link", props.slug);
    {
        let fallback_id = fallback_id.clone();
        let status_handle = status.clone();
        use_effect_with((*status).clone(), move |status| {
            let mut reset = None;
            match status {
                CopyStatus::Refused(_) => browser::select_input(&fallback_id),
                CopyStatus::Copied => {
                    reset = Some(Timeout::new(CONFIRMATION_MS, move || status_handle.set(CopyStatus::Idle)))
                }
                CopyStatus::Idle => {}
            }
            move || drop(reset)
        });
    }

    let copy = {
        let status = status.clone();
        let location = props.location.clone();
        Callback::from(move |_| {
            let status = status.clone();
            let url = browser::absolute_url(&location);
            spawn_local(async move {
                match browser::copy_to_clipboard(&url).await {
                    Ok(()) => status.set(CopyStatus::Copied),
                    Err(_) => status.set(CopyStatus::Refused(url)),
                }
            });
        })
    };
    let share = {
        let (title, location) = (props.title.clone(), props.location.clone());
        Callback::from(move |_| {
            let (title, url) = (title.clone(), browser::absolute_url(&location));
            spawn_local(async move { browser::share(&title, &url).await });
        })
    };

    html! {
        <div class="share needs-js">
            <button type="button" class="quiet" onclick={copy}>{ "Copy link" }</button>
            // Shown by the stylesheet where the browser has a share sheet, so that knowing it
            // changes no rendered node (see `browser::mark_share_sheet`).
            <button type="button" class="quiet share-sheet" onclick={share}>{ "Share" }</button>
            <span class="copy-status" role="status">
                if *status == CopyStatus::Copied { { "Link copied" } }
            </span>
            if let CopyStatus::Refused(url) = &*status {
                <div class="copy-fallback">
                    <label for={fallback_id.clone()}>{ "Copying was blocked; copy this link:" }</label>
                    <input id={fallback_id} type="text" readonly=true value={url.clone()} />
                </div>
            }
        </div>
    }
}
