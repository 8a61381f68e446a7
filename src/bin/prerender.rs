//! Writes the pre-rendered pages into a built site.
//!
//! `prerender <site-folder> [--home-only]`: reads the folder's `index.html` and `ko/index.html`
//! (trunk's output for the English and the Korean browser builds), joins trunk's stylesheet and
//! the axis's places into one stylesheet, makes the templates fit for the site's security
//! policy and a fast first paint, and writes every page of both languages, `sitemap.xml`,
//! `robots.txt`, `_headers` and `_redirects` into it. `--home-only` writes the English home
//! page alone, from `index.html` alone (the benchmark's scale sites load nothing else). The base path comes from `PUBLIC_URL` (the same value trunk was given as
//! `--public-url`; default `/`), the absolute origin for canonical links and link previews
//! from `SITE_ORIGIN`.

use std::{env, fs, path::Path, path::PathBuf, process, thread};

use peace_timeline::axis::Axis;
use peace_timeline::dataset::DATASET;
use peace_timeline::prerender::{pages, render, robots, sitemap, Page};
use peace_timeline::route::{normalize_base, Edition, Route};
use peace_timeline::site_security::{
    harden, headers_file, is_hashed, naming_korean_build, redirects_file, sha256, trunk_stylesheet,
};
use timeline_data::language::Language;

const DEFAULT_ORIGIN: &str = "http://127.0.0.1:8080";

fn fail(message: String) -> ! {
    eprintln!("prerender: {message}");
    process::exit(1);
}

/// A language's page template: trunk's `index.html` of that language's browser build.
fn template(site: &Path, language: Language) -> (PathBuf, String) {
    let path = site.join(Edition { language, embed: false }.folder()).join("index.html");
    let template =
        fs::read_to_string(&path).unwrap_or_else(|error| fail(format!("cannot read {}: {error}", path.display())));
    (path, template)
}

/// The one stylesheet of every page: trunk's (from `assets/style.css`) and the axis's places,
/// which follow from the data. Written under a name with its content's hash, as trunk names
/// its files, so hosts may let browsers keep it; returns its address.
fn write_stylesheet(site: &Path, trunk_template: &str, base: &str) -> String {
    let href =
        trunk_stylesheet(trunk_template).unwrap_or_else(|| fail("trunk's index.html links no stylesheet".to_owned()));
    let trunk_file = site.join(href.strip_prefix(base).unwrap_or(href));
    let trunk_css = fs::read_to_string(&trunk_file)
        .unwrap_or_else(|error| fail(format!("cannot read {}: {error}", trunk_file.display())));
    let css = format!("{trunk_css}\n{}", Axis::stylesheet(&DATASET));
    let hash: String = sha256(css.as_bytes())[..8].iter().map(|byte| format!("{byte:02x}")).collect();
    let name = format!("site-{hash}.css");
    fs::write(site.join(&name), css).unwrap_or_else(|error| fail(format!("cannot write {name}: {error}")));
    let _ = fs::remove_file(&trunk_file);
    format!("{base}{name}")
}

/// The hardened page template of each language, and the one of the site-wide not-found page.
struct Templates {
    by_language: Vec<(Language, String)>,
    site_wide_not_found: Option<String>,
}

impl Templates {
    /// The templates of each language and, when both languages are built, the site-wide
    /// not-found page's: the English one naming the Korean build too.
    fn new(by_language: Vec<(Language, String)>) -> Self {
        let mut templates = Templates { by_language, site_wide_not_found: None };
        let site_wide_not_found = match (templates.of(Language::English), templates.of(Language::Korean)) {
            (Some(english), Some(korean)) => Some(
                naming_korean_build(english, korean)
                    .unwrap_or_else(|error| fail(format!("the site-wide not-found page: {error}"))),
            ),
            _ => None,
        };
        templates.site_wide_not_found = site_wide_not_found;
        templates
    }

    fn of(&self, language: Language) -> Option<&str> {
        self.by_language.iter().find(|(built, _)| *built == language).map(|(_, template)| template.as_str())
    }

    fn for_page(&self, page: &Page) -> &str {
        match &self.site_wide_not_found {
            Some(template) if page.is_site_wide_not_found() => template,
            _ => self.of(page.language()).expect("a template per language"),
        }
    }
}

fn write_page(site: &Path, templates: &Templates, page: &Page, origin: &str) {
    let template = templates.for_page(page);
    let html = futures::executor::block_on(render(template, page, origin))
        .unwrap_or_else(|error| fail(format!("{}: {error}", page.file)));
    let path = site.join(&page.file);
    if let Some(folder) = path.parent() {
        fs::create_dir_all(folder).unwrap_or_else(|error| fail(format!("cannot create {}: {error}", folder.display())));
    }
    fs::write(&path, html).unwrap_or_else(|error| fail(format!("cannot write {}: {error}", path.display())));
}

fn main() {
    let site =
        env::args_os().nth(1).map(PathBuf::from).unwrap_or_else(|| fail("name the built site's folder".to_owned()));
    let home_only = env::args().skip(2).any(|argument| argument == "--home-only");
    let base = normalize_base(&env::var("PUBLIC_URL").unwrap_or_else(|_| "/".to_owned()));
    let origin = env::var("SITE_ORIGIN").unwrap_or_else(|_| DEFAULT_ORIGIN.to_owned());
    let origin = origin.trim_end_matches('/');

    let languages: &[Language] = if home_only { &[Language::English] } else { &Language::ALL };
    let templates: Vec<_> = languages.iter().map(|&language| (language, template(&site, language))).collect();
    let stylesheet = write_stylesheet(&site, &templates[0].1 .1, &base);
    let templates: Vec<_> = templates
        .into_iter()
        .map(|(language, (path, template))| {
            let hardened =
                harden(&template, &stylesheet).unwrap_or_else(|error| fail(format!("{}: {error}", path.display())));
            (language, hardened)
        })
        .collect();
    let templates = Templates::new(templates);
    let mut pages = pages(&base);
    if home_only {
        pages.retain(|page| page.route == Route::Home && page.language() == Language::English);
    }
    // A long timeline has tens of thousands of pages. Yew renders each on a worker of its
    // runtime, one per core; asking for as many pages at once keeps every worker busy.
    let threads = thread::available_parallelism().map_or(1, usize::from);
    thread::scope(|scope| {
        for run in pages.chunks(pages.len().div_ceil(threads).max(1)) {
            let (templates, site) = (&templates, &site);
            scope.spawn(move || {
                for page in run {
                    write_page(site, templates, page, origin);
                }
            });
        }
    });
    let write = |name: &str, text: String| {
        fs::write(site.join(name), text).unwrap_or_else(|error| fail(format!("cannot write {name}: {error}")));
    };
    if home_only {
        println!("prerender: wrote the English home page into {}", site.display());
        return;
    }
    write("sitemap.xml", sitemap(&pages, origin));
    write("robots.txt", robots(&base, origin));
    let mut hashed: Vec<String> = fs::read_dir(&site)
        .unwrap_or_else(|error| fail(format!("cannot list {}: {error}", site.display())))
        .filter_map(|file| file.ok()?.file_name().into_string().ok())
        .filter(|name| is_hashed(name))
        .collect();
    hashed.sort();
    write("_headers", headers_file(&base, &hashed));
    write("_redirects", redirects_file(&base));
    println!("prerender: wrote {} pages into {}", pages.len(), site.display());
}
