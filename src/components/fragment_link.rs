//! A link to a place on this page. The site sets `<base href>` (so that it works under any
//! sub-path), which would turn a bare `#id` into a link to the home page; so the link names
//! the page's own address, and with JavaScript it scrolls and moves focus without navigating.

use yew::prelude::*;

use crate::browser;

#[derive(Properties, PartialEq)]
pub struct FragmentLinkProps {
    /// Path and query of this page.
    pub location: AttrValue,
    /// The id of the element to go to.
    pub target: AttrValue,
    #[prop_or_default]
    pub class: Classes,
    pub children: Html,
}

#[function_component]
pub fn FragmentLink(props: &FragmentLinkProps) -> Html {
    let onclick = {
        let target = props.target.clone();
        Callback::from(move |event: MouseEvent| {
            event.prevent_default();
            browser::scroll_to_and_focus(&target);
        })
    };
    html! {
        <a class={props.class.clone()} href={format!("{}#{}", props.location, props.target)} {onclick}>
            { props.children.clone() }
        </a>
    }
}
