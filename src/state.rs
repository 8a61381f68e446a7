//! The explorer's state and every way it can change. Components dispatch [`Action`]s; the
//! browser shell mirrors the result into the address bar and focus.

use std::rc::Rc;

use timeline_data::model::Entry;
use yew::Reducible;

use crate::filter::{toggle, Filter};
use crate::query::{self, Notice, ParsedQuery};
use crate::route::{self, Route};

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

/// How many entries are rendered at first, and added with each "Show more".
pub const RENDER_STEP: usize = 100;

/// A place in the timeline to scroll to and focus.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FocusTarget {
    Entry(&'static Entry),
    Year(u16),
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
    /// Where keyboard focus should go, and a count that grows with every request to go there.
    pub focus: Option<FocusTarget>,
    pub focus_request: u32,
    /// How many of the shown entries are rendered: long results grow page by page.
    pub rendered: usize,
    /// The last change was typing in the search box.
    typing: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    ToggleKind(&'static str),
    ToggleActor(&'static str),
    SetFromYear(Option<u16>),
    SetToYear(Option<u16>),
    SetText(String),
    ClearFilters,
    /// The reader followed an entry's link inside the page.
    Open(&'static Entry),
    /// Scroll to and focus a place without changing the address (the time axis does this).
    Reveal(FocusTarget),
    ShowMore,
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
            focus: None,
            focus_request: 0,
            rendered: RENDER_STEP,
            typing: false,
        };
        match route {
            Route::Home => {}
            Route::Entry(entry) => {
                state.current = Some(entry);
                state.focus = Some(FocusTarget::Entry(entry));
                state.focus_request = 1;
            }
            Route::Kind(kind) => {
                state.filter.kinds.insert(kind.id);
            }
            Route::UnknownEntry(slug) => state.problem = Some(Problem::UnknownEntry(slug.clone())),
            Route::NotFound(path) => state.problem = Some(Problem::NotFound(path.clone())),
        }
        state
    }

    /// Path and query of the address that shows this state.
    pub fn location(&self, base: &str) -> String {
        let path = match self.current {
            Some(entry) => route::entry_path(base, entry.slug),
            None => route::normalize_base(base),
        };
        path + &query::search_suffix(&self.filter)
    }

    fn change_filter(&mut self, change: impl FnOnce(&mut Filter)) {
        change(&mut self.filter);
        if let (Some(from), Some(to)) = (self.filter.from_year, self.filter.to_year) {
            if from > to {
                self.filter.from_year = Some(to);
                self.filter.to_year = Some(from);
            }
        }
        self.history = HistoryStep::Push;
        self.rendered = RENDER_STEP;
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
                }
            }
            Action::ClearFilters => next.change_filter(|f| *f = Filter::default()),
            Action::Open(entry) => {
                next.current = Some(entry);
                next.focus_on(FocusTarget::Entry(entry));
                next.history = HistoryStep::Push;
            }
            Action::Reveal(target) => {
                next.focus_on(target);
                next.history = HistoryStep::None;
            }
            Action::ShowMore => {
                next.rendered += RENDER_STEP;
                next.history = HistoryStep::None;
            }
            Action::Navigate { route, query } => {
                let mut arrived = AppState::for_route(&route);
                let mut kinds = std::mem::take(&mut arrived.filter.kinds);
                kinds.extend(query.filter.kinds.iter().copied());
                arrived.filter = Filter { kinds, ..query.filter };
                arrived.notices = query.notices;
                arrived.focus_request = next.focus_request;
                match arrived.current {
                    Some(entry) if arrived.current != next.current => arrived.focus_on(FocusTarget::Entry(entry)),
                    _ => arrived.focus = next.focus,
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
