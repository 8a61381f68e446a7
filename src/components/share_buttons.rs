//! "Copy link" and, where the browser has a share sheet, "Share" for one entry.
//!
//! A hook and a view rather than a component: every entry has them, and a component of their
//! own for each would cost the page's start-up a lifecycle per entry. The entry's card holds
//! the state.

use yew::platform::spawn_local;
use yew::prelude::*;

use gloo_timers::callback::Timeout;

use timeline_data::model::Entry;

use crate::browser;
use crate::components::embed_code::embed_button;
use crate::context::AppContext;
use crate::shared_names::NEEDS_JS_CLASS;
use crate::state::EmbedTarget;

/// How long "Link copied" stays.
const CONFIRMATION_MS: u32 = 4000;

#[derive(Clone, PartialEq)]
pub enum CopyStatus {
    Idle,
    Copied,
    /// The clipboard refused: the URL is shown, selected, for copying by hand.
    Refused(String),
}

/// What copying an entry's link last did: "Link copied" clears itself after a while, and a
/// refused link is selected for copying by hand.
#[hook]
pub fn use_copy_status(slug: &'static str) -> UseStateHandle<CopyStatus> {
    let status = use_state(|| CopyStatus::Idle);
    {
        let status_handle = status.clone();
        use_effect_with((*status).clone(), move |status| {
            let mut reset = None;
            match status {
                CopyStatus::Refused(_) => browser::select_text(&fallback_id(slug)),
                CopyStatus::Copied => {
                    reset = Some(Timeout::new(CONFIRMATION_MS, move || status_handle.set(CopyStatus::Idle)))
                }
                CopyStatus::Idle => {}
            }
            move || drop(reset)
        });
    }
    status
}

fn fallback_id(slug: &str) -> String {
    format!("{slug}-link")
}

/// The buttons for `entry`, whose link is `location` (path and query on the full site, active
/// filters included): copy, share, and the code to embed it.
pub fn share_buttons(
    entry: &'static Entry,
    location: String,
    status: &UseStateHandle<CopyStatus>,
    context: &AppContext,
) -> Html {
    let (slug, title, ui) = (entry.slug, entry.title.get(context.language()), context.ui());
    let location = AttrValue::from(location);
    let copy = {
        let status = status.clone();
        let location = location.clone();
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
    let share = Callback::from(move |_| {
        let url = browser::absolute_url(&location);
        spawn_local(async move { browser::share(title, &url).await });
    });

    html! {
        <div class={classes!("share", NEEDS_JS_CLASS)}>
            <button type="button" class="quiet" onclick={copy}>{ ui.copy_link }</button>
            // Shown by the stylesheet where the browser has a share sheet, so that knowing it
            // changes no rendered node (see `browser::mark_share_sheet`).
            <button type="button" class="quiet share-sheet" onclick={share}>{ ui.share }</button>
            { embed_button(context, EmbedTarget::Entry(entry), ui.embed) }
            <span class="copy-status" role="status">
                if **status == CopyStatus::Copied { { ui.link_copied } }
            </span>
            if let CopyStatus::Refused(url) = &**status {
                <div class="copy-fallback">
                    <label for={fallback_id(slug)}>{ ui.copy_refused }</label>
                    <input id={fallback_id(slug)} type="text" readonly=true value={url.clone()} />
                </div>
            }
        </div>
    }
}
