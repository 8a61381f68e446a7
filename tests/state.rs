//! The reducer: routes, filter changes, history steps and the address they produce.

use std::rc::Rc;

use peace_timeline::dataset::DATASET;
use peace_timeline::query::{parse, ParsedQuery};
use peace_timeline::route::{parse_path, Route};
use peace_timeline::state::{Action, AppState, HistoryStep, Problem};
use peace_timeline::timeline::{rows, visible_entries, Row};
use yew::Reducible;

fn reduce(state: AppState, actions: impl IntoIterator<Item = Action>) -> AppState {
    let mut state = Rc::new(state);
    for action in actions {
        state = state.reduce(action);
    }
    (*state).clone()
}

#[test]
fn paths_name_entries_kinds_and_problems_under_a_sub_path() {
    let singapore = DATASET.entry("singapore-summit").unwrap();
    assert_eq!(parse_path("/timeline/", "/timeline/", &DATASET), Route::Home);
    assert_eq!(parse_path("/timeline", "/timeline/", &DATASET), Route::Home);
    assert_eq!(parse_path("/timeline/index.html", "/timeline/", &DATASET), Route::Home);
    assert_eq!(parse_path("/timeline/entry/singapore-summit/", "/timeline/", &DATASET), Route::Entry(singapore));
    assert_eq!(
        parse_path("/timeline/entry/singapore-summit/index.html", "/timeline/", &DATASET),
        Route::Entry(singapore)
    );
    assert_eq!(
        parse_path("/timeline/entry/no-such-thing/", "/timeline/", &DATASET),
        Route::UnknownEntry("no-such-thing".into())
    );
    assert_eq!(parse_path("/timeline/entry/%3Cb%3E/", "/timeline/", &DATASET), Route::UnknownEntry("<b>".into()));
    assert!(
        matches!(parse_path("/timeline/kind/summit/", "/timeline/", &DATASET), Route::Kind(kind) if kind.id == "summit")
    );
    assert_eq!(parse_path("/elsewhere/", "/timeline/", &DATASET), Route::NotFound("/elsewhere/".into()));
    assert_eq!(parse_path("/", "/", &DATASET), Route::Home);
}

#[test]
fn an_entry_link_with_filters_that_hide_it_still_shows_it() {
    let armistice = DATASET.entry("armistice-signed").unwrap();
    let state = reduce(
        AppState::for_route(&Route::Entry(armistice)),
        [Action::Navigate { route: Route::Entry(armistice), query: parse("?kind=publication", &DATASET) }],
    );
    let shown = visible_entries(&DATASET, &state.filter, state.current);
    let armistice_row = shown.iter().find(|s| s.entry.slug == "armistice-signed").unwrap();
    assert!(armistice_row.outside_filter);
    assert!(shown.iter().filter(|s| !s.outside_filter).all(|s| s.entry.kind.id == "publication"));
    assert_eq!(state.location("/timeline/"), "/timeline/entry/armistice-signed/?kind=publication");
}

#[test]
fn each_filter_change_is_a_history_step_but_typing_is_one() {
    let state = reduce(AppState::for_route(&Route::Home), [Action::ToggleKind("summit")]);
    assert_eq!(state.history, HistoryStep::Push);
    let state = reduce(state, [Action::SetText("s".into())]);
    assert_eq!(state.history, HistoryStep::Push);
    let state = reduce(state, [Action::SetText("si".into())]);
    assert_eq!(state.history, HistoryStep::Replace);
    let state = reduce(state, [Action::ToggleKind("publication")]);
    assert_eq!(state.history, HistoryStep::Push);
    assert_eq!(state.location("/"), "/?kind=publication,summit&q=si");
}

#[test]
fn the_address_bar_is_read_without_writing_it_back() {
    let state = reduce(
        AppState::for_route(&Route::Home),
        [Action::ToggleKind("summit"), Action::Navigate { route: Route::Home, query: ParsedQuery::default() }],
    );
    assert_eq!(state.history, HistoryStep::None);
    assert!(state.filter.is_empty());
}

#[test]
fn reversed_years_from_the_form_are_swapped() {
    let state =
        reduce(AppState::for_route(&Route::Home), [Action::SetFromYear(Some(2024)), Action::SetToYear(Some(2018))]);
    assert_eq!((state.filter.from_year, state.filter.to_year), (Some(2018), Some(2024)));
}

#[test]
fn opening_an_entry_moves_focus_and_keeps_filters() {
    let singapore = DATASET.entry("singapore-summit").unwrap();
    let before = reduce(AppState::for_route(&Route::Home), [Action::SetText("summit".into())]);
    let after = reduce(before.clone(), [Action::Open(singapore)]);
    assert_eq!(after.focus_request, before.focus_request + 1);
    assert_eq!(after.location("/"), "/entry/singapore-summit/?q=summit");
}

#[test]
fn unknown_entries_are_a_problem_not_a_crash() {
    let state = AppState::for_route(&Route::UnknownEntry("nope".into()));
    assert_eq!(state.problem, Some(Problem::UnknownEntry("nope".into())));
    assert_eq!(state.location("/"), "/");
    let state = reduce(state, [Action::DismissMessages]);
    assert_eq!(state.problem, None);
}

#[test]
fn the_empty_decades_after_the_armistice_are_one_gap() {
    let everything = visible_entries(&DATASET, &Default::default(), None);
    let rows = rows(&everything);
    assert!(matches!(rows[0], Row::Year { year: 1953, .. }));
    assert_eq!(rows[1], Row::Gap { first_empty: 1954, last_empty: 2017 });
    assert_eq!(Row::gap_length(1954, 2017), 65);
    assert!(matches!(rows[2], Row::Year { year: 2018, .. }));
    let entries_in_rows: usize = rows
        .iter()
        .map(|row| match row {
            Row::Year { entries, .. } => entries.len(),
            Row::Gap { .. } => 0,
        })
        .sum();
    assert_eq!(entries_in_rows, DATASET.entries.len());
}

#[test]
fn long_results_render_a_page_at_a_time_and_start_again_when_the_filter_changes() {
    use peace_timeline::state::RENDER_STEP;
    let state = reduce(AppState::for_route(&Route::Home), [Action::ShowMore, Action::ShowMore]);
    assert_eq!(state.rendered, 3 * RENDER_STEP);
    assert_eq!(state.history, HistoryStep::None, "showing more is not a history step");
    let state = reduce(state, [Action::ToggleKind("summit")]);
    assert_eq!(state.rendered, RENDER_STEP);
}

#[test]
fn the_render_limit_always_includes_the_current_entry_and_the_focus() {
    use peace_timeline::timeline::render_limit;
    let everything = visible_entries(&DATASET, &Default::default(), None);
    let last = everything.last().unwrap().entry;
    assert_eq!(render_limit(&everything, 3, &[None, None], None), 3);
    assert_eq!(render_limit(&everything, 3, &[Some(last), None], None), everything.len());
    assert_eq!(render_limit(&everything, 3, &[None, None], Some(2024)), everything.len());
    assert_eq!(render_limit(&everything, 1_000, &[None, None], None), everything.len());
    let second = everything[1].entry;
    assert_eq!(render_limit(&everything, 1, &[None, Some(second)], None), 2);
}

#[test]
fn revealing_a_place_moves_focus_without_a_history_step() {
    use peace_timeline::state::FocusTarget;
    let before = AppState::for_route(&Route::Home);
    let after = reduce(before.clone(), [Action::Reveal(FocusTarget::Year(2024))]);
    assert_eq!(after.focus, Some(FocusTarget::Year(2024)));
    assert_eq!(after.focus_request, before.focus_request + 1);
    assert_eq!(after.history, HistoryStep::None);
    assert_eq!(after.location("/"), "/");
}
