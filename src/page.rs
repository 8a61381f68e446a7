//! What a page says about itself: its title, description and address, for the browser tab and
//! for the pre-rendered `<head>` and link previews.

use timeline_data::language::Language;
use timeline_data::model::Entry;

use crate::dataset::DATASET;
use crate::i18n::ui;
use crate::route::{Paths, Route};

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
pub fn title(current: Option<&Entry>, language: Language) -> String {
    let text = ui(language);
    match current {
        Some(entry) => {
            format!("{} ({}) · {}", entry.title.get(language), entry.date_in_words(language), text.site_name)
        }
        None => text.home_title.to_owned(),
    }
}

/// What the page at `route` in `paths`'s edition says about itself. An embedded page's
/// canonical address is the same page on the full site.
pub fn meta(paths: &Paths, route: &Route) -> PageMeta {
    let language = paths.edition.language;
    let full_site = paths.in_edition(crate::route::Edition { embed: false, language });
    let paths = if matches!(route, Route::UnknownEntry(_) | Route::NotFound(_)) { paths } else { &full_site };
    let text = ui(language);
    match route {
        Route::Entry(entry) => PageMeta {
            title: title(Some(entry), language),
            description: format!("{}: {}", entry.date_in_words(language), entry.summary.get(language)),
            path: paths.entry(entry.slug),
            is_article: true,
        },
        Route::Kind(kind) => {
            let count = DATASET.entries.iter().filter(|entry| entry.kind.id == kind.id && !entry.background).count();
            PageMeta {
                title: format!("{} · {}", kind.label.get(language), text.site_name),
                description: (text.kind_description)(kind.label.get(language), count),
                path: paths.kind(kind.id),
                is_article: false,
            }
        }
        Route::Home => PageMeta {
            title: title(None, language),
            description: (text.home_description)(DATASET.entries.iter().filter(|entry| !entry.background).count()),
            path: paths.home(),
            is_article: false,
        },
        Route::UnknownEntry(_) | Route::NotFound(_) => PageMeta {
            title: format!("{} · {}", text.not_found_title, text.site_name),
            description: text.not_found_description.to_owned(),
            path: format!("{}404.html", paths.home()),
            is_article: false,
        },
    }
}
