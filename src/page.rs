//! What a page says about itself: its title, description and address, for the browser tab and
//! for the pre-rendered `<head>` and link previews.

use timeline_data::model::Entry;

use crate::dataset::DATASET;
use crate::route::{self, Route};
use crate::SITE_NAME;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageMeta {
    pub title: String,
    pub description: String,
    /// The canonical path under the site's base.
    pub path: String,
    /// An entry's own page: an article to link previews (`og:type`).
    pub is_article: bool,
}

/// The browser tab's title while `current` is open (or none is).
pub fn title(current: Option<&Entry>) -> String {
    match current {
        Some(entry) => format!("{} ({}) · {SITE_NAME}", entry.title, entry.date_in_words()),
        None => format!("{SITE_NAME}: from the 1953 armistice to 2024"),
    }
}

pub fn meta(base: &str, route: &Route) -> PageMeta {
    let home = route::normalize_base(base);
    match route {
        Route::Entry(entry) => PageMeta {
            title: title(Some(entry)),
            description: format!("{}: {}", entry.date_in_words(), entry.summary),
            path: route::entry_path(base, entry.slug),
            is_article: true,
        },
        Route::Kind(kind) => {
            let count = DATASET.entries.iter().filter(|entry| entry.kind.id == kind.id).count();
            PageMeta {
                title: format!("{} · {SITE_NAME}", kind.label),
                description: format!(
                    "{count} {} entr{} on the road from the 1953 Korean War armistice to 2024.",
                    kind.label.to_lowercase(),
                    if count == 1 { "y" } else { "ies" }
                ),
                path: route::kind_path(base, kind.id),
                is_article: false,
            }
        }
        Route::Home => PageMeta {
            title: title(None),
            description: format!(
                "{} dated events behind the question whether the U.S. should declare an end to the Korean War: \
                 the 1953 armistice, the 2018 Singapore summit, and the 2024 publications, filterable and linkable.",
                DATASET.entries.len()
            ),
            path: home,
            is_article: false,
        },
        Route::UnknownEntry(_) | Route::NotFound(_) => PageMeta {
            title: format!("Page not found · {SITE_NAME}"),
            description: "There is no page at this address; the full timeline is shown instead.".to_owned(),
            path: format!("{home}404.html"),
            is_article: false,
        },
    }
}
