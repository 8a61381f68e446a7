//! Which page an address is: the timeline, one entry, one kind of event, or nothing we have;
//! in which language; and whether it is the compact version made for embedding. Paths are
//! relative to the site's base path, so the site works under any sub-path:
//!
//! | path under the base           | page                                   |
//! |-------------------------------|----------------------------------------|
//! | ``, `entry/<slug>/`, `kind/<id>/` | the English timeline, an entry, a kind |
//! | `ko/…`                        | the same pages in Korean               |
//! | `embed/…`, `ko/embed/…`       | the compact versions for other sites   |

use timeline_data::language::Language;
use timeline_data::model::{Dataset, Entry, Kind};

use crate::query::{self, encoding::decode_path};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    Entry(&'static Entry),
    Kind(&'static Kind),
    /// `entry/<slug>/` for a slug no entry has, as fit to show (see
    /// [`query::sanitize_for_display`]).
    UnknownEntry(String),
    /// Any other path, as fit to show.
    NotFound(String),
}

/// Which version of the site a page belongs to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Edition {
    pub language: Language,
    /// The compact pages made to be shown in a frame on other sites.
    pub embed: bool,
}

impl Edition {
    /// The edition's folder under the site's base: ``, `ko/`, `embed/`, `ko/embed/`.
    pub fn folder(self) -> String {
        let language = match self.language {
            Language::English => "",
            Language::Korean => "ko/",
        };
        format!("{language}{}", if self.embed { "embed/" } else { "" })
    }
}

/// A page's address, read: the edition and the page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PagePath {
    pub edition: Edition,
    pub route: Route,
}

/// The base path with exactly one trailing slash: `/`, `/timeline/`.
pub fn normalize_base(base: &str) -> String {
    format!("/{}/", base.trim_matches('/')).replace("//", "/")
}

/// Where one edition's pages are: the site's base path and the edition.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paths {
    base: String,
    pub edition: Edition,
}

impl Paths {
    pub fn new(base: &str, edition: Edition) -> Self {
        Paths { base: normalize_base(base), edition }
    }

    /// The site's base path: `/`, `/timeline/`.
    pub fn base(&self) -> &str {
        &self.base
    }

    /// The same pages in another edition.
    pub fn in_edition(&self, edition: Edition) -> Paths {
        Paths { base: self.base.clone(), edition }
    }

    /// The edition's timeline: `/timeline/`, `/timeline/ko/embed/`.
    pub fn home(&self) -> String {
        format!("{}{}", self.base, self.edition.folder())
    }

    pub fn entry(&self, slug: &str) -> String {
        format!("{}entry/{slug}/", self.home())
    }

    pub fn kind(&self, id: &str) -> String {
        format!("{}kind/{id}/", self.home())
    }

    /// The path of `route`'s page in this edition; the not-found pages have none of their own.
    pub fn of(&self, route: &Route) -> String {
        match route {
            Route::Entry(entry) => self.entry(entry.slug),
            Route::Kind(kind) => self.kind(kind.id),
            Route::Home | Route::UnknownEntry(_) | Route::NotFound(_) => self.home(),
        }
    }

    /// The path of the page the build renders for `route`: an entry's or a kind's page, the
    /// timeline, or the edition's not-found page, which answers every path it has no page for.
    /// A pre-rendered page names it, so that the app hydrates only the page it would render.
    pub fn prerendered_page(&self, route: &Route) -> String {
        match route {
            Route::UnknownEntry(_) | Route::NotFound(_) => format!("{}404.html", self.home()),
            route => self.of(route),
        }
    }
}

/// Reads a path (`/timeline/ko/entry/singapore-summit/`) against the base path (`/timeline/`).
pub fn parse_path(path: &str, base: &str, dataset: &Dataset) -> PagePath {
    let base = normalize_base(base);
    let not_found = || query::sanitize_for_display(&decode_path(path).0);
    let Some(rest) = format!("{}/", path.trim_end_matches('/')).strip_prefix(&base).map(str::to_owned) else {
        return PagePath { edition: Edition::default(), route: Route::NotFound(not_found()) };
    };
    let rest = rest.strip_suffix("index.html/").map(str::to_owned).unwrap_or(rest);
    let segments: Vec<String> = rest.split('/').filter(|s| !s.is_empty()).map(|s| decode_path(s).0).collect();
    let mut segments: &[String] = &segments;
    let mut edition = Edition::default();
    if segments.first().is_some_and(|first| first == "ko") {
        edition.language = Language::Korean;
        segments = &segments[1..];
    }
    if segments.first().is_some_and(|first| first == "embed") {
        edition.embed = true;
        segments = &segments[1..];
    }
    let route = match segments.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        [] => Route::Home,
        ["entry", slug] => {
            dataset.entry(slug).map_or_else(|| Route::UnknownEntry(query::sanitize_for_display(slug)), Route::Entry)
        }
        ["kind", id] if !edition.embed => dataset.kind(id).map_or_else(|| Route::NotFound(not_found()), Route::Kind),
        _ => Route::NotFound(not_found()),
    };
    PagePath { edition, route }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::DATASET;

    const BASE: &str = "/timeline/";

    fn route(path: &str) -> Route {
        parse_path(path, BASE, &DATASET).route
    }

    #[test]
    fn paths_name_entries_kinds_and_problems_under_a_sub_path() {
        let singapore = DATASET.entry("singapore-summit").unwrap();
        assert_eq!(route("/timeline/"), Route::Home);
        assert_eq!(route("/timeline"), Route::Home);
        assert_eq!(route("/timeline/index.html"), Route::Home);
        assert_eq!(route("/timeline/entry/singapore-summit/"), Route::Entry(singapore));
        assert_eq!(route("/timeline/entry/singapore-summit/index.html"), Route::Entry(singapore));
        assert_eq!(route("/timeline/entry/no-such-thing/"), Route::UnknownEntry("no-such-thing".into()));
        assert_eq!(route("/timeline/entry/%3Cb%3E/"), Route::UnknownEntry("<b>".into()));
        assert!(matches!(route("/timeline/kind/summit/"), Route::Kind(kind) if kind.id == "summit"));
        assert_eq!(route("/timeline/kind/battle/"), Route::NotFound("/timeline/kind/battle/".into()));
        assert_eq!(route("/elsewhere/"), Route::NotFound("/elsewhere/".into()));
        assert_eq!(parse_path("/", "/", &DATASET).route, Route::Home);
    }

    #[test]
    fn every_route_names_the_page_the_build_renders_for_it() {
        let singapore = DATASET.entry("singapore-summit").unwrap();
        let embedded = Paths::new(BASE, Edition { language: Language::Korean, embed: true });
        assert_eq!(embedded.prerendered_page(&Route::Home), "/timeline/ko/embed/");
        assert_eq!(embedded.prerendered_page(&Route::Entry(singapore)), "/timeline/ko/embed/entry/singapore-summit/");
        assert_eq!(embedded.prerendered_page(&Route::UnknownEntry("x".into())), "/timeline/ko/embed/404.html");
        let english = Paths::new(BASE, Edition::default());
        assert_eq!(english.prerendered_page(&route("/timeline/kind/summit/")), "/timeline/kind/summit/");
        assert_eq!(english.prerendered_page(&Route::NotFound("/timeline/x/".into())), "/timeline/404.html");
    }

    #[test]
    fn the_korean_and_embedded_editions_have_folders_of_their_own() {
        let singapore = DATASET.entry("singapore-summit").unwrap();
        let korean = Edition { language: Language::Korean, embed: false };
        let embed = Edition { language: Language::English, embed: true };
        let korean_embed = Edition { language: Language::Korean, embed: true };
        for (path, edition, page) in [
            ("/timeline/ko/", korean, Route::Home),
            ("/timeline/ko/entry/singapore-summit/", korean, Route::Entry(singapore)),
            ("/timeline/embed/", embed, Route::Home),
            ("/timeline/embed/entry/singapore-summit/", embed, Route::Entry(singapore)),
            ("/timeline/ko/embed/entry/singapore-summit/", korean_embed, Route::Entry(singapore)),
            ("/timeline/ko/nowhere/", korean, Route::NotFound("/timeline/ko/nowhere/".into())),
        ] {
            assert_eq!(parse_path(path, BASE, &DATASET), PagePath { edition, route: page.clone() }, "{path}");
            let paths = Paths::new(BASE, edition);
            if page != Route::Home && !matches!(page, Route::NotFound(_)) {
                assert_eq!(paths.of(&page), path, "the path is written back as it was read");
            }
        }
        assert!(matches!(route("/timeline/embed/kind/summit/"), Route::NotFound(_)), "embeds filter by query");
        assert!(matches!(route("/timeline/embed/ko/"), Route::NotFound(_)), "the language comes first");
    }

    #[test]
    fn every_edition_writes_its_own_paths() {
        let korean_embed = Paths::new("timeline", Edition { language: Language::Korean, embed: true });
        assert_eq!(korean_embed.base(), "/timeline/");
        assert_eq!(korean_embed.home(), "/timeline/ko/embed/");
        assert_eq!(korean_embed.entry("a"), "/timeline/ko/embed/entry/a/");
        let english = korean_embed.in_edition(Edition::default());
        assert_eq!(english.home(), "/timeline/");
        assert_eq!(english.kind("summit"), "/timeline/kind/summit/");
        assert_eq!(normalize_base("//"), "/");
    }

    #[test]
    fn traversal_and_encoded_separators_stay_inside_the_site() {
        for path in [
            "/timeline/entry/%2e%2e%2f%2e%2e%2fetc/",
            "/timeline/entry/..%2F..%2Fetc%2Fpasswd/",
            "/timeline/entry/a%5Cb/",
        ] {
            assert!(matches!(route(path), Route::UnknownEntry(_)), "{path}");
        }
        assert!(matches!(route("/timeline/../../etc/passwd"), Route::NotFound(_)));
        assert!(matches!(route("/etc/passwd"), Route::NotFound(_)));
        assert!(matches!(route("/timelinex/entry/singapore-summit/"), Route::NotFound(_)));
    }

    #[test]
    fn markup_in_a_path_is_only_text() {
        assert_eq!(
            route("/timeline/entry/%3Cimg%20src=x%20onerror=alert(1)%3E/"),
            Route::UnknownEntry("<img src=x onerror=alert(1)>".into())
        );
    }

    #[test]
    fn a_plus_in_a_path_is_not_a_space() {
        assert_eq!(route("/timeline/entry/a+b/"), Route::UnknownEntry("a+b".into()));
    }

    #[test]
    fn long_and_garbled_paths_are_shortened_and_cleaned_for_showing() {
        let long = format!("/timeline/entry/{}/", "x".repeat(100_000));
        let Route::UnknownEntry(slug) = route(&long) else { panic!("not an unknown entry") };
        assert_eq!(slug, format!("{}…", "x".repeat(query::MAX_SHOWN_CHARS)));
        assert_eq!(
            route("/timeline/entry/%E2%80%AEevil%0A%FF/"),
            Route::UnknownEntry("\u{FFFD}evil\u{FFFD}\u{FFFD}".into())
        );
    }

    #[test]
    fn doubled_slashes_and_index_files_still_find_the_page() {
        let singapore = DATASET.entry("singapore-summit").unwrap();
        assert_eq!(route("/timeline//entry//singapore-summit//"), Route::Entry(singapore));
        assert_eq!(route("/timeline/entry/singapore-summit/index.html"), Route::Entry(singapore));
        assert!(matches!(route("/timeline/entry/index.html"), Route::NotFound(_)));
    }
}
