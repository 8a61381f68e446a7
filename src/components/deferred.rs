//! A part of the page hydrated in a task of its own (see [`crate::hydration`]).

use yew::prelude::*;

use crate::context::use_app_context;
use crate::hydration::Priority;

#[derive(Properties, PartialEq)]
struct DeferredHydrationProps {
    children: Html,
    priority: Priority,
}

#[function_component]
fn DeferredHydration(props: &DeferredHydrationProps) -> HtmlResult {
    let queue = use_app_context().hydration;
    let priority = props.priority;
    // Asked once, when the part is first rendered.
    let waiting = use_memo((), move |_| queue.and_then(|queue| queue.defer(priority)));
    match &*waiting {
        Some(waiting) if !waiting.resumed() => Err(waiting.clone().into()),
        _ => Ok(props.children.clone()),
    }
}

/// `content`, hydrated after the page shell with `priority` (read only when the part is first
/// rendered). Without a hydration queue it renders at once, like any other content.
pub fn deferred(priority: Priority, content: Html) -> Html {
    html! {
        <Suspense>
            <DeferredHydration {priority}>{ content }</DeferredHydration>
        </Suspense>
    }
}
