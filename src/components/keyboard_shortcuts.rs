//! The dialog that lists the single-key shortcuts (see [`crate::shortcuts`]), opened with "?"
//! or its button. The shortcuts themselves are [`crate::hooks::use_keyboard_shortcuts`].

use yew::prelude::*;

use crate::browser;
use crate::i18n::UiText;
use crate::shared_names::{NEEDS_JS_CLASS, SHORTCUTS_DIALOG_ID};
use crate::shortcuts::{key_label, Shortcut, SHORTCUTS};

/// The button that opens the list, and the list.
pub fn keyboard_shortcuts_help(ui: &'static UiText) -> Html {
    let open = Callback::from(|_| browser::show_modal(SHORTCUTS_DIALOG_ID));
    let rows = SHORTCUTS.iter().map(|(shortcut, keys)| {
        let description = match shortcut {
            Shortcut::NextEntry => ui.next_entry,
            Shortcut::PreviousEntry => ui.previous_entry,
            Shortcut::Search => ui.search_the_timeline,
            Shortcut::Help => ui.show_shortcuts,
        };
        html! {
            <div>
                <dt>{ for keys.iter().enumerate().map(|(i, key)| html! {
                    <>{ if i > 0 { ui.or } else { "" } }<kbd>{ key_label(key) }</kbd></>
                }) }</dt>
                <dd>{ description }</dd>
            </div>
        }
    });
    html! {
        <>
            <button type="button" class={classes!("quiet", "shortcuts-button", NEEDS_JS_CLASS)} onclick={open}>
                { ui.keyboard_shortcuts }
            </button>
            <dialog id={SHORTCUTS_DIALOG_ID} class="shortcuts-dialog" aria-labelledby="shortcuts-title">
                <h2 id="shortcuts-title">{ ui.keyboard_shortcuts }</h2>
                <p>{ ui.shortcuts_hint }</p>
                <dl>{ for rows }</dl>
                <form method="dialog"><button>{ ui.close }</button></form>
            </dialog>
        </>
    }
}
