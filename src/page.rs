//! What a page says about itself: its title, description and address, for the browser tab and
//! for the pre-rendered `<head>` and link previews.

use timeline_data::language::Language;

use crate::dataset::DATASET;
use crate::i18n::ui;
use crate::route::{self, Edition, Paths, Route};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageMeta {
    pub title: String,
    pub description: String,
    /// The canonical path under the site's base.
    pub path: String,
    /// An entry's own page: an article to link previews (`og:type`).
    pub is_article: bool,
}

/// The title of the page at `route`, for the browser tab and the pre-rendered `<title>`.
fn title(route: &Route, language: Language) -> String {
    let text = ui(language);
    match route {
        Route::Entry(entry) => {
            format!("{} ({}) · {}", entry.title.get(language), entry.date_in_words(language), text.site_name)
        }
        Route::Kind(kind) => format!("{} · {}", kind.label.get(language), text.site_name),
        Route::Home => text.home_title.to_owned(),
        Route::UnknownEntry(_) | Route::NotFound(_) => format!("{} · {}", text.not_found_title, text.site_name),
    }
}

/// The title of the page at `path` (an address bar's path), as its pre-rendered `<title>`
/// says it, in `language`: the app names the page the address bar shows, which the reader
/// bookmarks and finds in the history, and that is a kind's or a not-found page until the
/// reader changes what is shown.
pub fn title_at(path: &str, base: &str, language: Language) -> String {
    title(&route::parse_path(path, base, &DATASET).route, language)
}

/// What the page at `route` in `paths`'s edition says about itself. An embedded page's
/// canonical address is the same page on the full site.
pub fn meta(paths: &Paths, route: &Route) -> PageMeta {
    let language = paths.edition.language;
    let full_site = paths.in_edition(Edition { embed: false, language });
    let paths = if matches!(route, Route::UnknownEntry(_) | Route::NotFound(_)) { paths } else { &full_site };
    let text = ui(language);
    let title = title(route, language);
    match route {
        Route::Entry(entry) => PageMeta {
            title,
            description: format!("{}: {}", entry.date_in_words(language), entry.summary.get(language)),
            path: paths.entry(entry.slug),
            is_article: true,
        },
        Route::Kind(kind) => {
            let count = DATASET.entries.iter().filter(|entry| entry.kind.id == kind.id && !entry.background).count();
            PageMeta {
                title,
                description: (text.kind_description)(kind.label.get(language), count),
                path: paths.kind(kind.id),
                is_article: false,
            }
        }
        Route::Home => PageMeta {
            title,
            description: (text.home_description)(DATASET.entries.iter().filter(|entry| !entry.background).count()),
            path: paths.home(),
            is_article: false,
        },
        Route::UnknownEntry(_) | Route::NotFound(_) => PageMeta {
            title,
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

    fn paths(language: Language, embed: bool) -> Paths {
        Paths::new("/timeline/", Edition { language, embed })
    }

    #[test]
    fn a_tab_names_the_open_entry_with_its_date_and_the_site() {
        let singapore = DATASET.entry("singapore-summit").unwrap();
        assert_eq!(
            title(&Route::Entry(singapore), Language::English),
            "Trump and Kim meet in Singapore (12 June 2018) · Korean peace timeline"
        );
        assert_eq!(
            title(&Route::Entry(singapore), Language::Korean),
            "트럼프·김정은, 싱가포르에서 첫 만남 (2018년 6월 12일) · 한반도 평화 연대표"
        );
        assert_eq!(title(&Route::Home, Language::English), ui(Language::English).home_title);
        assert_eq!(title(&Route::Home, Language::Korean), ui(Language::Korean).home_title);
    }

    #[test]
    fn an_entry_page_is_an_article_whose_canonical_address_is_on_the_full_site() {
        let singapore = DATASET.entry("singapore-summit").unwrap();
        for language in Language::ALL {
            let full = meta(&paths(language, false), &Route::Entry(singapore));
            assert_eq!(full, meta(&paths(language, true), &Route::Entry(singapore)), "the embed says the same");
            assert_eq!(full.title, title(&Route::Entry(singapore), language));
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
    fn the_title_at_an_address_is_the_title_of_the_page_there() {
        let singapore = DATASET.entry("singapore-summit").unwrap();
        let summit = DATASET.kind("summit").unwrap();
        for language in Language::ALL {
            for embed in [false, true] {
                let paths = paths(language, embed);
                let mut routes = vec![Route::Home, Route::Entry(singapore)];
                if !embed {
                    routes.push(Route::Kind(summit));
                }
                for route in routes {
                    let path = paths.of(&route);
                    assert_eq!(title_at(&path, paths.base(), language), meta(&paths, &route).title, "{path}");
                    let file = format!("{path}index.html");
                    assert_eq!(title_at(&file, paths.base(), language), meta(&paths, &route).title, "{file}");
                }
                let not_found = meta(&paths, &Route::NotFound(String::new())).title;
                for missing in ["entry/nope/", "no/such/page/", "kind/nope/"] {
                    let path = format!("{}{missing}", paths.home());
                    assert_eq!(title_at(&path, paths.base(), language), not_found, "{path}");
                }
            }
        }
        // A kind's page keeps its own title: not the timeline's, which shows the same entries.
        let kind_title = title_at("/timeline/kind/summit/", "/timeline/", Language::English);
        assert_eq!(kind_title, "Summit · Korean peace timeline");
        assert_ne!(kind_title, title_at("/timeline/", "/timeline/", Language::English));
        // The page is named in the language the app renders it in, whatever the path's edition.
        assert_eq!(
            title_at("/timeline/ko/no/such/", "/timeline/", Language::English),
            "Page not found · Korean peace timeline"
        );
        assert_eq!(title_at("/elsewhere/", "/timeline/", Language::English), "Page not found · Korean peace timeline");
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
