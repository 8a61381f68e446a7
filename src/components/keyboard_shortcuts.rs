//! The single-key shortcuts (see [`crate::shortcuts`]) and the dialog that lists them, opened
//! with "?" or its button.

use yew::prelude::*;

use crate::browser;
use crate::shared_names::NEEDS_JS_CLASS;
use crate::shortcuts::{key_label, shortcut_for, Shortcut, SHORTCUTS};

const DIALOG_ID: &str = "keyboard-shortcuts";
const SEARCH_ID: &str = "filter-text";

#[function_component]
pub fn KeyboardShortcuts() -> Html {
    use_effect_with((), |_| {
        let listener = browser::on_keydown(|event| {
            let modified = event.ctrl_key() || event.alt_key() || event.meta_key();
            let shortcut =
                shortcut_for(&event.key(), browser::focus_takes_typing(), modified, browser::focus_is_on_entry());
            let Some(shortcut) = shortcut else { return };
            event.prevent_default();
            match shortcut {
                Shortcut::NextEntry => browser::focus_neighbour_entry(true),
                Shortcut::PreviousEntry => browser::focus_neighbour_entry(false),
                Shortcut::Search => browser::focus(SEARCH_ID),
                Shortcut::Help => browser::show_modal(DIALOG_ID),
            }
        });
        move || drop(listener)
    });

    let open = Callback::from(|_| browser::show_modal(DIALOG_ID));
    let rows = SHORTCUTS.iter().map(|(_, keys, description)| {
        html! {
            <div>
                <dt>{ for keys.iter().enumerate().map(|(i, key)| html! {
                    <>{ if i > 0 { " or " } else { "" } }<kbd>{ key_label(key) }</kbd></>
                }) }</dt>
                <dd>{ *description }</dd>
            </div>
        }
    });
    html! {
        <>
            <button type="button" class={classes!("quiet", "shortcuts-button", NEEDS_JS_CLASS)} onclick={open}>
                { "Keyboard shortcuts" }
            </button>
            <dialog id={DIALOG_ID} class="shortcuts-dialog" aria-labelledby="shortcuts-title">
                <h2 id="shortcuts-title">{ "Keyboard shortcuts" }</h2>
                <p>{ "They work anywhere except while typing in a field." }</p>
                <dl>{ for rows }</dl>
                <form method="dialog"><button>{ "Close" }</button></form>
            </dialog>
        </>
    }
}
