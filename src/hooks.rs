//! The effects that tie the app's state to the browser, as named hooks: the address bar in
//! both directions, the document's title, keyboard focus, and hydrating what still waits.

use timeline_data::model::Entry;
use yew::prelude::*;

use crate::dataset::DATASET;
use crate::hydration::HydrationQueue;
use crate::state::{Action, AppState, FocusTarget, HistoryStep};
use crate::timeline::year_anchor;
use crate::{browser, page, query, route};

/// What the address bar currently asks for.
fn read_address(base: &str) -> Action {
    Action::Navigate {
        route: route::parse_path(&browser::path(), base, &DATASET),
        query: query::parse(&browser::search(), &DATASET),
    }
}

/// Applies the query string of the address the page was opened with once the app is live (the
/// first render matches the page rendered ahead of time, which knew only the path), then
/// follows Back and Forward.
#[hook]
pub fn use_read_address(dispatch: UseReducerDispatcher<AppState>, base: AttrValue) {
    use_effect_with((), move |_| {
        dispatch.dispatch(read_address(&base));
        browser::mark_link_applied();
        let listener = browser::on_history_change(move || dispatch.dispatch(read_address(&base)));
        move || drop(listener)
    });
}

/// Writes `location` (the state's path and query) into the address bar as `step` says.
#[hook]
pub fn use_write_address(location: String, step: HistoryStep) {
    use_effect_with(location, move |location| {
        if *location != browser::location() {
            browser::write_history(location, step);
        }
    });
}

/// Names the open entry in the browser tab's title.
#[hook]
pub fn use_document_title(current: Option<&'static Entry>) {
    use_effect_with(current.map(|entry| entry.slug), move |_| browser::set_title(&page::title(current)));
}

/// Scrolls to and focuses `focus` each time `request` grows.
#[hook]
pub fn use_focus_target(focus: Option<FocusTarget>, request: u32) {
    use_effect_with(request, move |_| match focus {
        Some(FocusTarget::Entry(entry)) => browser::scroll_to_and_focus(entry.slug),
        Some(FocusTarget::Year(year)) => browser::scroll_to_and_focus(&year_anchor(year)),
        None => {}
    });
}

/// Hydrates every part still waiting once `shown` (what the page shows) changes: the reader's
/// action, or a shared link's filters. A waiting part would go on showing outdated content.
#[hook]
pub fn use_hydrate_all_on_change<T: PartialEq + 'static>(hydration: Option<HydrationQueue>, shown: T) {
    let first_render = use_mut_ref(|| true);
    use_effect_with(shown, move |_| {
        if !first_render.replace(false) {
            if let Some(queue) = hydration {
                queue.hydrate_all_now();
            }
        }
    });
}
