//! The effects that tie the app's state to the browser, as named hooks: the address bar in
//! both directions, the document's title, keyboard focus and shortcuts, the filters opened
//! over the page, and hydrating what still waits.

use yew::prelude::*;

use crate::dataset::DATASET;
use crate::hydration::HydrationQueue;
use crate::route::Paths;
use crate::shared_names::{
    EMBED_DIALOG_ID, EMBED_SNIPPET_ID, FILTERS_BUTTON_ID, FILTERS_TITLE_ID, SEARCH_ID, SHORTCUTS_DIALOG_ID,
    WIDE_LAYOUT_QUERY,
};
use crate::shortcuts::{shortcut_for, Shortcut};
use crate::state::{history_step_to_write, Action, AppState, FocusTarget, HistoryStep};
use crate::timeline::year_anchor;
use crate::{browser, page, query, route};

/// What the address bar currently asks for.
fn read_address(base: &str) -> Action {
    Action::Navigate {
        route: route::parse_path(&browser::path(), base, &DATASET).route,
        query: query::parse(&browser::search(), &DATASET),
    }
}

/// Names the page the address bar shows in the browser tab ([`page::title_at`]): a kind's
/// page or a not-found page keeps its own title until the reader changes what is shown, and
/// a page the app rendered in place of the one a host sent gets its own.
fn name_shown_page(paths: &Paths) {
    browser::set_title(&page::title_at(&browser::path(), paths.base(), paths.edition.language));
}

/// Applies the query string of the address the page was opened with once the app is live (the
/// first render matches the page rendered ahead of time, which knew only the path), then
/// follows Back and Forward.
#[hook]
pub fn use_read_address(dispatch: UseReducerDispatcher<AppState>, paths: Paths) {
    use_effect_with((), move |_| {
        dispatch.dispatch(read_address(paths.base()));
        browser::mark_link_applied();
        name_shown_page(&paths);
        let listener = browser::on_history_change(move || {
            dispatch.dispatch(read_address(paths.base()));
            name_shown_page(&paths);
        });
        move || drop(listener)
    });
}

/// Writes `location` (the state's path and query) into the address bar as `history` says,
/// with a new step if a change since the last write asked for one (`new_steps`: see
/// [`history_step_to_write`]), and names the page it now shows. In a frame on another site
/// (`paths`'s edition is the embedded one), every change rewrites the current step: a new one
/// would be the host page's, and Back would then step through the frame instead of leaving the
/// host page.
#[hook]
pub fn use_write_address(paths: Paths, location: String, history: HistoryStep, new_steps: u32) {
    let new_steps_written = use_mut_ref(|| new_steps);
    use_effect_with((location, new_steps), move |(location, new_steps)| {
        let step = history_step_to_write(history, *new_steps, new_steps_written.replace(*new_steps));
        let step = if paths.edition.embed && step == HistoryStep::Push { HistoryStep::Replace } else { step };
        if *location != browser::location() && step != HistoryStep::None {
            browser::write_history(location, step);
            name_shown_page(&paths);
        }
    });
}

/// On an embedded page, tells the host page the content's height as it changes (see
/// [`crate::embed::HEIGHT_MESSAGE`]).
#[hook]
pub fn use_report_height_to_host(embedded: bool) {
    use_effect_with(embedded, |embedded| {
        let reporter = embedded.then(|| browser::HeightReporter::start(crate::embed::HEIGHT_MESSAGE)).flatten();
        move || drop(reporter)
    });
}

/// Shows the embedding code's dialog as a modal once it is `open`, its code from the first
/// line: on a phone the code wraps to more lines than its field shows.
#[hook]
pub fn use_embed_dialog(open: bool) {
    use_effect_with(open, |open| {
        if *open {
            browser::show_modal(EMBED_DIALOG_ID);
            browser::show_from_start(EMBED_SNIPPET_ID);
        }
    });
}

/// Scrolls to and focuses `focus` each time `request` grows. The first request is the page's
/// own (an entry page's entry, which the start-up script `boot.js` has usually revealed
/// already), not the reader's: it is dropped if the reader has scrolled or moved focus while
/// the app was loading (they are reading already), or if the page is framed in an article
/// (where it would scroll the article to the frame and take focus from it).
#[hook]
pub fn use_focus_target(focus: Option<FocusTarget>, request: u32) {
    let first_request = use_mut_ref(|| true);
    use_effect_with(request, move |_| {
        if std::mem::replace(&mut *first_request.borrow_mut(), false) && browser::reader_has_moved_or_page_is_framed() {
            return;
        }
        reveal(focus);
    });
}

fn reveal(focus: Option<FocusTarget>) {
    match focus {
        Some(FocusTarget::Entry(entry)) => browser::scroll_to_and_focus(entry.slug),
        Some(FocusTarget::Year(year)) => browser::scroll_to_and_focus(&year_anchor(year)),
        Some(FocusTarget::Filters) => browser::focus(FILTERS_TITLE_ID),
        Some(FocusTarget::Search) => browser::focus(SEARCH_ID),
        Some(FocusTarget::FiltersButton) => browser::focus(FILTERS_BUTTON_ID),
        None => {}
    }
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

/// Closes the filters opened over the page once the screen is wide enough to show them beside
/// the timeline (a phone turned, a window widened), since the page behind would stay inert.
#[hook]
pub fn use_close_filters_when_wide(dispatch: UseReducerDispatcher<AppState>, open_over_page: bool) {
    use_effect_with(open_over_page, move |open| {
        let listener = open.then(|| {
            browser::on_media_match(WIDE_LAYOUT_QUERY, move || {
                dispatch.dispatch(Action::CloseFilters { return_focus: false })
            })
        });
        move || drop(listener)
    });
}

/// The single-key shortcuts (see [`crate::shortcuts`]), anywhere on the page. Search goes to
/// the search field, opening the filters over the page first where they are not beside it.
#[hook]
pub fn use_keyboard_shortcuts(dispatch: UseReducerDispatcher<AppState>, filters_beside_timeline: bool) {
    use_effect_with(filters_beside_timeline, move |beside| {
        let beside = *beside;
        let listener = browser::on_keydown(move |event| {
            let modified = event.ctrl_key() || event.alt_key() || event.meta_key();
            let shortcut =
                shortcut_for(&event.key(), browser::focus_takes_typing(), modified, browser::focus_is_on_entry());
            let Some(shortcut) = shortcut else { return };
            event.prevent_default();
            match shortcut {
                Shortcut::NextEntry => browser::focus_neighbour_entry(true),
                Shortcut::PreviousEntry => browser::focus_neighbour_entry(false),
                Shortcut::Search if beside && browser::media_matches(WIDE_LAYOUT_QUERY) => browser::focus(SEARCH_ID),
                Shortcut::Search => dispatch.dispatch(Action::OpenFilters { search: true }),
                Shortcut::Help => browser::show_modal(SHORTCUTS_DIALOG_ID),
            }
        });
        move || drop(listener)
    });
}
