//! The explorer's state and every way it can change. Components dispatch [`Action`]s; the
//! browser shell mirrors the result into the address bar and focus.

use std::rc::Rc;

use timeline_data::model::{Entry, Kind};
use yew::Reducible;

use crate::filter::{toggle, ActiveFilter, Filter};
use crate::query::{self, Notice, ParsedQuery};
use crate::route::{Paths, Route};
use crate::timeline::{RenderWindow, RENDER_STEP};

/// How the latest change should reach the browser's history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistoryStep {
    /// The state came from the address bar: nothing to write.
    None,
    /// A new step that Back returns from.
    Push,
    /// Rewrites the current step: typing a search is one step, not one per key.
    Replace,
}

/// The step to write for a render. Yew renders once for every action dispatched before the
/// render runs (a fast typist on a slow phone), so one render may sum up a change that asked
/// for a new step and later ones that asked to rewrite it, or for none: the new step is still
/// owed. `new_steps` counts the changes that asked for a new step so far
/// ([`AppState::new_steps`]), `new_steps_written` those the address bar has been given.
pub fn history_step_to_write(history: HistoryStep, new_steps: u32, new_steps_written: u32) -> HistoryStep {
    if new_steps != new_steps_written {
        HistoryStep::Push
    } else {
        history
    }
}

/// A place to scroll to and focus.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FocusTarget {
    Entry(&'static Entry),
    Year(u16),
    /// The filters, opened over the page on narrow screens: their heading.
    Filters,
    /// The search field in the filters.
    Search,
    /// The button that opens the filters, once they are closed again.
    FiltersButton,
}

/// What an editor asks the embedding code for: the view as it is (filters and all), or one
/// entry in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EmbedTarget {
    View,
    Entry(&'static Entry),
}

/// The embedding code shown to an editor: what it is for, and whether copying it worked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EmbedCode {
    pub target: EmbedTarget,
    pub copied: bool,
}

/// What the address asked for that does not exist.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    UnknownEntry(String),
    NotFound(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AppState {
    pub filter: Filter,
    /// The entry the address points at: shown, marked current, and focused.
    pub current: Option<&'static Entry>,
    pub problem: Option<Problem>,
    /// What was ignored in the address's query string.
    pub notices: Vec<Notice>,
    pub history: HistoryStep,
    /// How many changes so far asked for a new history step (see [`history_step_to_write`]).
    pub new_steps: u32,
    /// Where keyboard focus should go, and a count that grows with every request to go there.
    pub focus: Option<FocusTarget>,
    pub focus_request: u32,
    /// Which of the visible entries are rendered: long results grow a window at a time.
    pub window: RenderWindow,
    /// The filters are open over the page (on narrow screens, where they are not beside it).
    pub filters_open: bool,
    /// The embedding code, while it is shown.
    pub embedding: Option<EmbedCode>,
    /// The last change was typing in the search box.
    typing: bool,
    /// The kind whose own page (`kind/<id>/`) the address named: while the state shows just
    /// what that page shows, its address is that page, not the timeline filtered by the kind,
    /// so that the page's links (the skip link, the axis, the other language) lead to it, with
    /// or without JavaScript.
    kind_page: Option<&'static Kind>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    ToggleKind(&'static str),
    ToggleActor(&'static str),
    SetFromYear(Option<u16>),
    SetToYear(Option<u16>),
    SetText(String),
    SetBackground(bool),
    Remove(ActiveFilter),
    ClearFilters,
    /// The reader followed an entry's link inside the page.
    Open(&'static Entry),
    /// Scroll to and focus a place without changing the address (the time axis does this).
    Reveal(FocusTarget),
    /// Renders more of the timeline before or after what is shown. `focus`: the first entry
    /// that comes into view, for a reader who asked with the keyboard (the button they were on
    /// may go away, or end up past the new entries).
    ShowEarlier {
        focus: Option<&'static Entry>,
    },
    ShowLater {
        focus: Option<&'static Entry>,
    },
    /// Opens the filters over the page, with focus on their heading or, if `search`, in the
    /// search field.
    OpenFilters {
        search: bool,
    },
    /// Closes the filters; `return_focus` moves focus back to the button that opened them.
    CloseFilters {
        return_focus: bool,
    },
    ShowEmbedCode(EmbedTarget),
    /// The embedding code reached the clipboard.
    EmbedCodeCopied,
    CloseEmbedCode,
    /// The address changed under us: page load, Back or Forward.
    Navigate {
        route: Route,
        query: ParsedQuery,
    },
    DismissMessages,
}

impl AppState {
    /// The state for a page address before its query string is read: the same on the server
    /// and in the browser, so that hydration finds what was rendered.
    pub fn for_route(route: &Route) -> Self {
        let mut state = AppState {
            filter: Filter::default(),
            current: None,
            problem: None,
            notices: Vec::new(),
            history: HistoryStep::None,
            new_steps: 0,
            focus: None,
            focus_request: 0,
            window: RenderWindow::START,
            filters_open: false,
            embedding: None,
            typing: false,
            kind_page: None,
        };
        match route {
            Route::Home => {}
            Route::Entry(entry) => {
                state.current = Some(entry);
                state.window = RenderWindow::initial(Some(entry));
                state.focus_on(FocusTarget::Entry(entry));
            }
            Route::Kind(kind) => {
                state.filter.kinds.insert(kind.id);
                state.kind_page = Some(kind);
            }
            Route::UnknownEntry(slug) => state.problem = Some(Problem::UnknownEntry(slug.clone())),
            Route::NotFound(path) => state.problem = Some(Problem::NotFound(path.clone())),
        }
        state
    }

    /// Path and query of the address that shows this state; of the entry `target` if given.
    pub fn location_of(&self, paths: &Paths, target: EmbedTarget) -> String {
        match (target, self.current) {
            (EmbedTarget::Entry(entry), _) | (EmbedTarget::View, Some(entry)) => {
                paths.entry(entry.slug) + &query::search_suffix(&self.filter)
            }
            (EmbedTarget::View, None) => match self.kind_page {
                // The embedded edition has no pages per kind.
                Some(kind) if !paths.edition.embed && self.filter.is_just_kind(kind.id) => paths.kind(kind.id),
                _ => paths.home() + &query::search_suffix(&self.filter),
            },
        }
    }

    /// Path and query of the address that shows this state.
    pub fn location(&self, paths: &Paths) -> String {
        self.location_of(paths, EmbedTarget::View)
    }

    fn change_filter(&mut self, change: impl FnOnce(&mut Filter)) {
        change(&mut self.filter);
        if let (Some(from), Some(to)) = (self.filter.from_year, self.filter.to_year) {
            if from > to {
                self.filter.from_year = Some(to);
                self.filter.to_year = Some(from);
            }
        }
        self.start_history_step();
        self.window = RenderWindow::initial(self.current);
    }

    fn start_history_step(&mut self) {
        self.history = HistoryStep::Push;
        self.new_steps = self.new_steps.wrapping_add(1);
    }

    fn focus_on(&mut self, target: FocusTarget) {
        self.focus = Some(target);
        self.focus_request += 1;
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let was_typing = next.typing;
        next.typing = false;
        match action {
            Action::ToggleKind(id) => next.change_filter(|f| toggle(&mut f.kinds, id)),
            Action::ToggleActor(id) => next.change_filter(|f| toggle(&mut f.actors, id)),
            Action::SetFromYear(year) => next.change_filter(|f| f.from_year = year),
            Action::SetToYear(year) => next.change_filter(|f| f.to_year = year),
            Action::SetText(text) => {
                next.change_filter(|f| f.text = text);
                next.typing = true;
                if was_typing {
                    next.history = HistoryStep::Replace;
                    next.new_steps = self.new_steps;
                }
            }
            Action::SetBackground(shown) => next.change_filter(|f| f.background = shown),
            Action::Remove(filter) => next.change_filter(|f| f.remove(filter)),
            Action::ClearFilters => next.change_filter(|f| *f = Filter::default()),
            Action::Open(entry) => {
                next.current = Some(entry);
                next.focus_on(FocusTarget::Entry(entry));
                next.start_history_step();
            }
            Action::Reveal(target) => {
                next.focus_on(target);
                next.history = HistoryStep::None;
            }
            Action::ShowEarlier { focus } => {
                next.window.before += RENDER_STEP;
                next.history = HistoryStep::None;
                if let Some(entry) = focus {
                    next.focus_on(FocusTarget::Entry(entry));
                }
            }
            Action::ShowLater { focus } => {
                next.window.after += RENDER_STEP;
                next.history = HistoryStep::None;
                if let Some(entry) = focus {
                    next.focus_on(FocusTarget::Entry(entry));
                }
            }
            Action::OpenFilters { search } => {
                next.filters_open = true;
                next.focus_on(if search { FocusTarget::Search } else { FocusTarget::Filters });
                next.history = HistoryStep::None;
            }
            Action::ShowEmbedCode(target) => {
                next.embedding = Some(EmbedCode { target, copied: false });
                next.history = HistoryStep::None;
            }
            Action::EmbedCodeCopied => {
                // The copy finishes later: the dialog may have been closed meanwhile.
                if let Some(code) = &mut next.embedding {
                    code.copied = true;
                }
                next.history = HistoryStep::None;
            }
            Action::CloseEmbedCode => {
                next.embedding = None;
                next.history = HistoryStep::None;
            }
            Action::CloseFilters { return_focus } => {
                next.filters_open = false;
                if return_focus {
                    next.focus_on(FocusTarget::FiltersButton);
                }
                next.history = HistoryStep::None;
            }
            Action::Navigate { route, query } => {
                let mut arrived = AppState::for_route(&route);
                let mut kinds = std::mem::take(&mut arrived.filter.kinds);
                kinds.extend(query.filter.kinds.iter().copied());
                arrived.filter = Filter { kinds, ..query.filter };
                arrived.notices = query.notices;
                // The address bar already shows this state: no new step is owed for it, or
                // the app would push a copy of the page Back has just returned to (a kind's
                // page as the timeline with its filter), and Forward would be lost.
                arrived.new_steps = next.new_steps;
                arrived.focus_request = next.focus_request;
                arrived.filters_open = next.filters_open;
                arrived.embedding = next.embedding;
                match arrived.current {
                    Some(entry) if arrived.current != next.current => arrived.focus_on(FocusTarget::Entry(entry)),
                    _ => arrived.focus = next.focus,
                }
                if arrived.current == next.current && arrived.filter == next.filter {
                    arrived.window = next.window;
                }
                next = arrived;
            }
            Action::DismissMessages => {
                next.problem = None;
                next.notices.clear();
                next.history = HistoryStep::None;
            }
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::DATASET;
    use crate::query::parse;
    use crate::route::Edition;
    use timeline_data::language::Language;

    fn reduce(state: AppState, actions: impl IntoIterator<Item = Action>) -> AppState {
        let mut state = Rc::new(state);
        for action in actions {
            state = state.reduce(action);
        }
        (*state).clone()
    }

    fn home() -> AppState {
        AppState::for_route(&Route::Home)
    }

    fn paths() -> Paths {
        Paths::new("/", Edition::default())
    }

    #[test]
    fn an_entry_route_opens_and_focuses_that_entry_in_its_window() {
        let singapore = DATASET.entry("singapore-summit").unwrap();
        let state = AppState::for_route(&Route::Entry(singapore));
        assert_eq!(state.current, Some(singapore));
        assert_eq!((state.focus, state.focus_request), (Some(FocusTarget::Entry(singapore)), 1));
        assert_eq!(state.window, RenderWindow::AROUND_ENTRY);
        assert_eq!(state.location(&paths()), "/entry/singapore-summit/");
        let korean = Paths::new("/timeline/", Edition { language: Language::Korean, embed: false });
        assert_eq!(state.location(&korean), "/timeline/ko/entry/singapore-summit/");
    }

    #[test]
    fn a_kind_route_starts_with_that_kind_selected() {
        let summit = DATASET.kind("summit").unwrap();
        let state = AppState::for_route(&Route::Kind(summit));
        assert_eq!(state.filter.kinds, ["summit"].into());
    }

    #[test]
    fn a_kind_page_keeps_its_address_while_it_shows_just_that_kind() {
        let summit = DATASET.kind("summit").unwrap();
        let page = AppState::for_route(&Route::Kind(summit));
        let korean = Paths::new("/timeline/", Edition { language: Language::Korean, embed: false });
        let embedded = Paths::new("/timeline/", Edition { language: Language::English, embed: true });
        assert_eq!(page.location(&paths()), "/kind/summit/");
        assert_eq!(page.location(&korean), "/timeline/ko/kind/summit/", "the other language's kind page");
        assert_eq!(page.location(&embedded), "/timeline/embed/?kind=summit", "no kind pages to embed");
        // Another filter makes it the timeline with filters; back to just the kind, it is the
        // kind's page again. The same kind chosen on the timeline stays the timeline.
        let more = reduce(page.clone(), [Action::ToggleKind("election")]);
        assert_eq!(more.location(&paths()), "/?kind=election,summit");
        assert_eq!(reduce(more, [Action::ToggleKind("election")]).location(&paths()), "/kind/summit/");
        assert_eq!(reduce(home(), [Action::ToggleKind("summit")]).location(&paths()), "/?kind=summit");
        // An entry opened on it is the entry's page, with the kind's filter.
        let singapore = DATASET.entry("singapore-summit").unwrap();
        assert_eq!(
            reduce(page.clone(), [Action::Open(singapore)]).location(&paths()),
            "/entry/singapore-summit/?kind=summit"
        );
        // The kind's page with more in its query string is the timeline with all of it.
        let searched =
            reduce(page.clone(), [Action::Navigate { route: Route::Kind(summit), query: parse("?q=kim", &DATASET) }]);
        assert_eq!(searched.location(&paths()), "/?kind=summit&q=kim");
        let again = reduce(searched, [Action::Navigate { route: Route::Kind(summit), query: parse("", &DATASET) }]);
        assert_eq!(again.location(&paths()), "/kind/summit/");
    }

    #[test]
    fn an_entry_link_with_filters_that_hide_it_still_shows_it() {
        let armistice = DATASET.entry("armistice-signed").unwrap();
        let state = reduce(
            AppState::for_route(&Route::Entry(armistice)),
            [Action::Navigate { route: Route::Entry(armistice), query: parse("?kind=publication", &DATASET) }],
        );
        assert_eq!(state.current, Some(armistice));
        assert_eq!(state.filter.kinds, ["publication"].into());
        assert_eq!(
            state.location(&Paths::new("/timeline/", Edition::default())),
            "/timeline/entry/armistice-signed/?kind=publication"
        );
    }

    #[test]
    fn each_filter_change_is_a_history_step_but_typing_is_one() {
        let state = reduce(home(), [Action::ToggleKind("summit")]);
        assert_eq!(state.history, HistoryStep::Push);
        let state = reduce(state, [Action::SetText("s".into())]);
        assert_eq!(state.history, HistoryStep::Push);
        let state = reduce(state, [Action::SetText("si".into())]);
        assert_eq!(state.history, HistoryStep::Replace);
        let state = reduce(state, [Action::ToggleKind("publication")]);
        assert_eq!(state.history, HistoryStep::Push);
        let state = reduce(state, [Action::SetBackground(true)]);
        assert_eq!(state.history, HistoryStep::Push);
        assert_eq!(state.location(&paths()), "/?kind=publication,summit&q=si&background=1");
    }

    /// The step the address bar gets when Yew renders once after `actions`, the previous
    /// render having written `before`'s.
    fn written_after(before: &AppState, actions: impl IntoIterator<Item = Action>) -> HistoryStep {
        let after = reduce(before.clone(), actions);
        history_step_to_write(after.history, after.new_steps, before.new_steps)
    }

    #[test]
    fn changes_rendered_together_still_get_the_new_step_one_of_them_asked_for() {
        let kind = || Action::ToggleKind("summit");
        let text = |text: &str| Action::SetText(text.into());
        let typing = reduce(home(), [text("n")]);
        assert_eq!(written_after(&home(), [kind()]), HistoryStep::Push);
        assert_eq!(written_after(&typing, [text("na")]), HistoryStep::Replace, "typing on");
        assert_eq!(written_after(&home(), [kind(), text("n"), text("na")]), HistoryStep::Push);
        assert_eq!(written_after(&typing, [text("na"), kind()]), HistoryStep::Push);
        assert_eq!(written_after(&typing, [text("na"), text("nat")]), HistoryStep::Replace);
        assert_eq!(written_after(&home(), [kind(), Action::Reveal(FocusTarget::Year(2018))]), HistoryStep::Push);
        assert_eq!(written_after(&home(), [Action::Reveal(FocusTarget::Year(2018))]), HistoryStep::None);
        let singapore = DATASET.entry("singapore-summit").unwrap();
        assert_eq!(written_after(&typing, [Action::Open(singapore), text("nat")]), HistoryStep::Push);
    }

    #[test]
    fn removing_one_active_filter_keeps_the_others() {
        let state = reduce(
            home(),
            [Action::ToggleKind("summit"), Action::ToggleActor("joseph-yun"), Action::SetFromYear(Some(2018))],
        );
        let state = reduce(state, [Action::Remove(ActiveFilter::Actor("joseph-yun"))]);
        assert_eq!(state.filter.active(), [ActiveFilter::Kind("summit"), ActiveFilter::FromYear(2018)]);
        assert_eq!(state.history, HistoryStep::Push);
        let state =
            reduce(state, [Action::Remove(ActiveFilter::FromYear(2018)), Action::Remove(ActiveFilter::Kind("summit"))]);
        assert!(state.filter.is_empty());
    }

    #[test]
    fn the_address_bar_is_read_without_writing_it_back() {
        let state = reduce(
            home(),
            [Action::ToggleKind("summit"), Action::Navigate { route: Route::Home, query: ParsedQuery::default() }],
        );
        assert_eq!(state.history, HistoryStep::None);
        assert!(state.filter.is_empty());
        // Back from an entry opened on a kind's page: the address bar shows the kind's page,
        // whose address as the app writes it (the timeline with the kind's filter) differs.
        let singapore = DATASET.entry("singapore-summit").unwrap();
        let opened =
            reduce(AppState::for_route(&Route::Kind(DATASET.kind("summit").unwrap())), [Action::Open(singapore)]);
        let back =
            Action::Navigate { route: Route::Kind(DATASET.kind("summit").unwrap()), query: ParsedQuery::default() };
        assert_eq!(written_after(&opened, [back]), HistoryStep::None);
    }

    #[test]
    fn a_kind_page_keeps_its_kind_when_the_query_adds_others() {
        let summit = DATASET.kind("summit").unwrap();
        let state = reduce(
            AppState::for_route(&Route::Kind(summit)),
            [Action::Navigate { route: Route::Kind(summit), query: parse("?kind=energy&q=nato", &DATASET) }],
        );
        assert_eq!(state.filter.kinds, ["energy", "summit"].into());
        assert_eq!(state.filter.text, "nato");
    }

    #[test]
    fn reversed_years_from_the_form_are_swapped() {
        let state = reduce(home(), [Action::SetFromYear(Some(2024)), Action::SetToYear(Some(2018))]);
        assert_eq!((state.filter.from_year, state.filter.to_year), (Some(2018), Some(2024)));
        let state = reduce(home(), [Action::SetToYear(Some(2018)), Action::SetFromYear(Some(2024))]);
        assert_eq!((state.filter.from_year, state.filter.to_year), (Some(2018), Some(2024)));
    }

    #[test]
    fn opening_an_entry_moves_focus_and_keeps_filters() {
        let singapore = DATASET.entry("singapore-summit").unwrap();
        let before = reduce(home(), [Action::SetText("summit".into())]);
        let after = reduce(before.clone(), [Action::Open(singapore)]);
        assert_eq!(after.focus_request, before.focus_request + 1);
        assert_eq!(after.focus, Some(FocusTarget::Entry(singapore)));
        assert_eq!(after.history, HistoryStep::Push);
        assert_eq!(after.location(&paths()), "/entry/singapore-summit/?q=summit");
    }

    #[test]
    fn going_back_to_a_different_entry_focuses_it_but_staying_keeps_the_focus() {
        let singapore = DATASET.entry("singapore-summit").unwrap();
        let armistice = DATASET.entry("armistice-signed").unwrap();
        let state = reduce(AppState::for_route(&Route::Entry(singapore)), [Action::Reveal(FocusTarget::Year(2024))]);
        let same =
            reduce(state.clone(), [Action::Navigate { route: Route::Entry(singapore), query: ParsedQuery::default() }]);
        assert_eq!((same.focus, same.focus_request), (state.focus, state.focus_request), "no new focus request");
        let other =
            reduce(state.clone(), [Action::Navigate { route: Route::Entry(armistice), query: ParsedQuery::default() }]);
        assert_eq!(other.focus, Some(FocusTarget::Entry(armistice)));
        assert_eq!(other.focus_request, state.focus_request + 1);
    }

    #[test]
    fn unknown_entries_are_a_problem_not_a_crash() {
        let state = AppState::for_route(&Route::UnknownEntry("nope".into()));
        assert_eq!(state.problem, Some(Problem::UnknownEntry("nope".into())));
        assert_eq!(state.location(&paths()), "/");
        let state = reduce(state, [Action::DismissMessages]);
        assert_eq!(state.problem, None);
        let state = AppState::for_route(&Route::NotFound("/x".into()));
        assert_eq!(state.problem, Some(Problem::NotFound("/x".into())));
    }

    #[test]
    fn notices_from_the_address_are_kept_until_dismissed() {
        let state = reduce(home(), [Action::Navigate { route: Route::Home, query: parse("?kind=battle", &DATASET) }]);
        assert_eq!(state.notices, [Notice::UnknownKind("battle".into())]);
        let state = reduce(state, [Action::ToggleKind("summit")]);
        assert_eq!(state.notices.len(), 1, "filtering keeps the notices");
        let state = reduce(state, [Action::DismissMessages]);
        assert!(state.notices.is_empty());
        assert_eq!(state.history, HistoryStep::None);
    }

    #[test]
    fn long_results_grow_a_window_at_a_time_and_start_again_when_the_filter_changes() {
        let state = reduce(home(), [Action::ShowLater { focus: None }, Action::ShowLater { focus: None }]);
        assert_eq!(state.window, RenderWindow { before: 0, after: RenderWindow::START.after + 2 * RENDER_STEP });
        assert_eq!(state.history, HistoryStep::None, "showing more is not a history step");
        let state = reduce(state, [Action::ShowEarlier { focus: None }]);
        assert_eq!(state.window.before, RENDER_STEP);
        let state = reduce(state, [Action::ToggleKind("summit")]);
        assert_eq!(state.window, RenderWindow::START);
        let singapore = DATASET.entry("singapore-summit").unwrap();
        let entry_page = reduce(
            AppState::for_route(&Route::Entry(singapore)),
            [Action::ShowEarlier { focus: None }, Action::ToggleKind("summit")],
        );
        assert_eq!(entry_page.window, RenderWindow::AROUND_ENTRY, "an entry's page starts again around its entry");
    }

    #[test]
    fn showing_more_from_the_keyboard_moves_focus_to_the_first_entry_shown_and_only_then() {
        let essay = DATASET.entry("aum-park-cnn-essay").unwrap();
        let by_scrolling = reduce(home(), [Action::ShowLater { focus: None }]);
        assert_eq!((by_scrolling.focus, by_scrolling.focus_request), (None, 0));
        let by_keyboard = reduce(home(), [Action::ShowLater { focus: Some(essay) }]);
        assert_eq!(by_keyboard.focus, Some(FocusTarget::Entry(essay)));
        assert_eq!(by_keyboard.focus_request, 1);
        let earlier = reduce(home(), [Action::ShowEarlier { focus: Some(essay) }]);
        assert_eq!((earlier.focus, earlier.window.before), (Some(FocusTarget::Entry(essay)), RENDER_STEP));
        assert_eq!(earlier.history, HistoryStep::None, "focus moves, the address stays");
    }

    #[test]
    fn the_address_read_again_keeps_the_window_if_nothing_shown_changed() {
        let state = reduce(home(), [Action::ShowLater { focus: None }]);
        let reread = reduce(state.clone(), [Action::Navigate { route: Route::Home, query: ParsedQuery::default() }]);
        assert_eq!(reread.window, state.window);
        let changed = reduce(state, [Action::Navigate { route: Route::Home, query: parse("?kind=summit", &DATASET) }]);
        assert_eq!(changed.window, RenderWindow::START);
    }

    #[test]
    fn revealing_a_place_moves_focus_without_a_history_step() {
        let before = home();
        let after = reduce(before.clone(), [Action::Reveal(FocusTarget::Year(2024))]);
        assert_eq!(after.focus, Some(FocusTarget::Year(2024)));
        assert_eq!(after.focus_request, before.focus_request + 1);
        assert_eq!(after.history, HistoryStep::None);
        assert_eq!(after.location(&paths()), "/");
    }

    #[test]
    fn the_filters_open_with_focus_inside_and_close_with_focus_back_on_their_button() {
        let open = reduce(home(), [Action::OpenFilters { search: false }]);
        assert!(open.filters_open);
        assert_eq!((open.focus, open.focus_request), (Some(FocusTarget::Filters), 1));
        assert_eq!(open.history, HistoryStep::None, "opening the filters is not a history step");
        let searching = reduce(home(), [Action::OpenFilters { search: true }]);
        assert_eq!(searching.focus, Some(FocusTarget::Search));
        let closed = reduce(open.clone(), [Action::ToggleKind("summit"), Action::CloseFilters { return_focus: true }]);
        assert!(!closed.filters_open);
        assert_eq!((closed.focus, closed.focus_request), (Some(FocusTarget::FiltersButton), 2));
        assert_eq!(closed.filter.kinds, ["summit"].into(), "what was chosen in the filters stays");
        let quietly = reduce(open, [Action::CloseFilters { return_focus: false }]);
        assert_eq!((quietly.filters_open, quietly.focus_request), (false, 1));
    }

    #[test]
    fn back_and_forward_leave_the_filters_open_or_closed() {
        let open = reduce(home(), [Action::OpenFilters { search: false }]);
        let navigated = reduce(open, [Action::Navigate { route: Route::Home, query: parse("?kind=summit", &DATASET) }]);
        assert!(navigated.filters_open);
    }

    #[test]
    fn the_embedding_code_is_for_the_view_or_one_entry_with_the_filters() {
        let singapore = DATASET.entry("singapore-summit").unwrap();
        let state = reduce(home(), [Action::ToggleKind("summit"), Action::ShowEmbedCode(EmbedTarget::View)]);
        assert_eq!(state.embedding, Some(EmbedCode { target: EmbedTarget::View, copied: false }));
        assert_eq!(state.history, HistoryStep::None);
        let embed = Paths::new("/timeline/", Edition { language: Language::English, embed: true });
        assert_eq!(state.location_of(&embed, EmbedTarget::View), "/timeline/embed/?kind=summit");
        assert_eq!(
            state.location_of(&embed, EmbedTarget::Entry(singapore)),
            "/timeline/embed/entry/singapore-summit/?kind=summit"
        );
        let opened = reduce(state, [Action::Open(singapore)]);
        assert_eq!(
            opened.location_of(&embed, EmbedTarget::View),
            "/timeline/embed/entry/singapore-summit/?kind=summit"
        );
        assert_eq!(reduce(opened, [Action::CloseEmbedCode]).embedding, None);
    }

    #[test]
    fn copying_the_embedding_code_is_confirmed_until_the_dialog_is_shown_again() {
        let copied = reduce(home(), [Action::ShowEmbedCode(EmbedTarget::View), Action::EmbedCodeCopied]);
        assert_eq!(copied.embedding, Some(EmbedCode { target: EmbedTarget::View, copied: true }));
        assert_eq!(copied.history, HistoryStep::None);
        let again = reduce(copied, [Action::CloseEmbedCode, Action::ShowEmbedCode(EmbedTarget::View)]);
        assert_eq!(again.embedding, Some(EmbedCode { target: EmbedTarget::View, copied: false }));
        // A copy that finishes after the dialog closed opens nothing.
        let closed = reduce(again, [Action::CloseEmbedCode, Action::EmbedCodeCopied]);
        assert_eq!(closed.embedding, None);
    }

    #[test]
    fn an_action_that_changes_nothing_keeps_the_same_state() {
        let state = Rc::new(home());
        let same = Rc::clone(&state).reduce(Action::DismissMessages);
        assert!(Rc::ptr_eq(&state, &same), "no change, no re-render");
    }
}
