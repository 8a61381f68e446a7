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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filter::Filter;
    use crate::route::Edition;

    fn paths(language: Language, embed: bool) -> Paths {
        Paths::new("/timeline/", Edition { language, embed })
    }

    #[test]
    fn a_tab_names_the_open_entry_with_its_date_and_the_site() {
        let singapore = DATASET.entry("singapore-summit").unwrap();
        assert_eq!(
            title(Some(singapore), Language::English),
            "Trump and Kim meet in Singapore (12 June 2018) · Korean peace timeline"
        );
        assert_eq!(
            title(Some(singapore), Language::Korean),
            "트럼프·김정은, 싱가포르에서 첫 만남 (2018년 6월 12일) · 한반도 평화 연대표"
        );
        assert_eq!(title(None, Language::English), ui(Language::English).home_title);
        assert_eq!(title(None, Language::Korean), ui(Language::Korean).home_title);
    }

    #[test]
    fn an_entry_page_is_an_article_whose_canonical_address_is_on_the_full_site() {
        let singapore = DATASET.entry("singapore-summit").unwrap();
        for language in Language::ALL {
            let full = meta(&paths(language, false), &Route::Entry(singapore));
            assert_eq!(full, meta(&paths(language, true), &Route::Entry(singapore)), "the embed says the same");
            assert_eq!(full.title, title(Some(singapore), language));
            assert_eq!(
                full.description,
                format!("{}: {}", singapore.date_in_words(language), singapore.summary.get(language))
            );
            assert_eq!(full.path, paths(language, false).entry("singapore-summit"));
            assert!(full.is_article);
        }
        let english = meta(&paths(Language::English, true), &Route::Entry(singapore));
        assert_eq!(english.path, "/timeline/entry/singapore-summit/");
        assert!(english.description.starts_with("12 June 2018: Donald Trump and Kim Jong Un meet in Singapore"));
    }

    #[test]
    fn a_kind_page_counts_the_entries_it_shows() {
        for language in Language::ALL {
            for kind in DATASET.kinds {
                let shown = Filter { kinds: [kind.id].into(), ..Filter::default() }.count(&DATASET, language);
                let page = meta(&paths(language, false), &Route::Kind(kind));
                assert_eq!(page.description, (ui(language).kind_description)(kind.label.get(language), shown));
                assert_eq!(page.title, format!("{} · {}", kind.label.get(language), ui(language).site_name));
                assert_eq!(page.path, paths(language, false).kind(kind.id));
                assert!(!page.is_article);
            }
        }
        let statement = DATASET.kind("statement").unwrap();
        assert!(DATASET.entries.iter().any(|entry| entry.kind.id == "statement" && entry.background));
        assert_eq!(
            meta(&paths(Language::English, false), &Route::Kind(statement)).description,
            "2 entries on the road from the 1953 Korean War armistice to 2024: statement or interview."
        );
    }

    #[test]
    fn the_home_page_counts_the_entries_shown_without_background_events() {
        for language in Language::ALL {
            for embed in [false, true] {
                let home = meta(&paths(language, embed), &Route::Home);
                let shown = Filter::default().count(&DATASET, language);
                assert_eq!(home.description, (ui(language).home_description)(shown));
                assert_eq!(home.title, ui(language).home_title);
                assert_eq!(home.path, paths(language, false).home());
                assert!(!home.is_article);
            }
        }
        assert!(Filter::default().count(&DATASET, Language::English) < DATASET.entries.len());
    }

    #[test]
    fn a_missing_page_is_the_not_found_page_of_its_own_edition() {
        for language in Language::ALL {
            for embed in [false, true] {
                let paths = paths(language, embed);
                for route in [Route::UnknownEntry("nope".into()), Route::NotFound("/timeline/x/".into())] {
                    let page = meta(&paths, &route);
                    let text = ui(language);
                    assert_eq!(page.title, format!("{} · {}", text.not_found_title, text.site_name));
                    assert_eq!(page.description, text.not_found_description);
                    assert_eq!(page.path, format!("{}404.html", paths.home()));
                    assert!(!page.is_article);
                }
            }
        }
        assert_eq!(
            meta(&paths(Language::Korean, true), &Route::NotFound("/".into())).path,
            "/timeline/ko/embed/404.html"
        );
    }
}
