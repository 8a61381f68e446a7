//! A link to a place on this page. The site sets `<base href>` (so that it works under any
//! sub-path), which would turn a bare `#id` into a link to the home page; so the link names
//! the page's own address, and with JavaScript it scrolls and moves focus without navigating.

use yew::prelude::*;

use crate::browser;

/// The link to the element with id `target` on this page, whose path and query are `location`.
pub fn fragment_link(location: &str, target: &'static str, class: &'static str, text: &'static str) -> Html {
    let onclick = Callback::from(move |event: MouseEvent| {
        event.prevent_default();
        browser::scroll_to_and_focus(target);
    });
    html! {
        <a {class} href={format!("{location}#{target}")} {onclick}>{ text }</a>
    }
}
