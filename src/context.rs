//! What every view needs besides its own props, provided once by [`App`](crate::App) through
//! Yew's context rather than passed down through each component.

use timeline_data::language::Language;
use yew::prelude::*;

use crate::hydration::HydrationQueue;
use crate::i18n::{self, UiText};
use crate::route::Paths;
use crate::state::AppState;

#[derive(Clone, Debug, PartialEq)]
pub struct AppContext {
    /// Where views send the reader's actions.
    pub dispatch: UseReducerDispatcher<AppState>,
    /// Where the pages of this page's edition (language, embedded or not) are.
    pub paths: Paths,
    /// The origin of the page's links: the page's own in the browser, the site's canonical one
    /// when rendered ahead of time. Printed pages show it.
    pub origin: AttrValue,
    /// The parts of a pre-rendered page still waiting to be hydrated, if it is being hydrated
    /// progressively.
    pub hydration: Option<HydrationQueue>,
}

impl AppContext {
    pub fn language(&self) -> Language {
        self.paths.edition.language
    }

    /// The interface's texts in the page's language.
    pub fn ui(&self) -> &'static UiText {
        i18n::ui(self.language())
    }
}

/// The [`AppContext`] of the app a view renders in.
#[hook]
pub fn use_app_context() -> AppContext {
    use_context::<AppContext>().expect("every view renders inside App, which provides the AppContext")
}
