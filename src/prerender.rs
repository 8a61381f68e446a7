//! Build-time rendering: every page of the site as static HTML, in both languages, from the
//! same components the browser hydrates, so content arrives before (and without) WebAssembly.

use std::fmt::Write;

use timeline_data::language::Language;
use yew::ServerRenderer;

use crate::components::site_header::other_language;
use crate::dataset::DATASET;
use crate::i18n::ui;
use crate::page::{self, PageMeta};
use crate::route::{Edition, Paths, Route};
use crate::shared_names::PRERENDERED_PAGE_ATTRIBUTE;
use crate::{App, AppProps};

/// Where the app's markup goes in trunk's `index.html`.
pub const APP_ROOT: &str = r#"<div id="app"></div>"#;

/// One file of the built site.
pub struct Page {
    /// Relative to the site's root folder: `index.html`, `ko/entry/<slug>/index.html`.
    pub file: String,
    pub meta: PageMeta,
    pub paths: Paths,
    pub route: Route,
}

impl Page {
    pub fn language(&self) -> Language {
        self.paths.edition.language
    }

    /// The not-found page at the site's root, which hosts with one not-found page for the
    /// whole site (GitHub Pages) send for every missing address, Korean and embedded ones too.
    pub fn is_site_wide_not_found(&self) -> bool {
        self.is_not_found() && self.paths.edition.folder().is_empty()
    }

    fn is_not_found(&self) -> bool {
        matches!(self.route, Route::NotFound(_))
    }

    /// Whether search engines should list the page: not a not-found page, and not an embedded
    /// one, whose content is the full site's.
    fn is_listed(&self) -> bool {
        !self.is_not_found() && !self.paths.edition.embed
    }
}

/// Every page of one edition: its timeline, one per entry and (but for the embedded edition,
/// which filters by its query string) one per kind of event, and the not-found page.
fn edition_pages(base: &str, edition: Edition) -> Vec<Page> {
    let paths = Paths::new(base, edition);
    let folder = edition.folder();
    let page = |file: String, route: Route| Page {
        file: format!("{folder}{file}"),
        meta: page::meta(&paths, &route),
        paths: paths.clone(),
        route,
    };
    let mut pages = vec![page("index.html".to_owned(), Route::Home)];
    for entry in DATASET.entries {
        pages.push(page(format!("entry/{}/index.html", entry.slug), Route::Entry(entry)));
    }
    for kind in DATASET.kinds.iter().filter(|_| !edition.embed) {
        pages.push(page(format!("kind/{}/index.html", kind.id), Route::Kind(kind)));
    }
    pages.push(page("404.html".to_owned(), Route::NotFound(String::new())));
    pages
}

/// Every page: both languages' editions, each also embedded.
pub fn pages(base: &str) -> Vec<Page> {
    Language::ALL
        .into_iter()
        .flat_map(|language| [false, true].map(|embed| Edition { language, embed }))
        .flat_map(|edition| edition_pages(base, edition))
        .collect()
}

/// Escapes text for an HTML attribute value or text node.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The same page in every language, for `hreflang` alternates and the sitemap.
fn alternates(page: &Page) -> Vec<(Language, String)> {
    Language::ALL
        .into_iter()
        .map(|language| (language, page.paths.in_edition(Edition { language, ..page.paths.edition }).of(&page.route)))
        .collect()
}

fn head(page: &Page, origin: &str) -> String {
    let meta = &page.meta;
    let url = format!("{origin}{}", meta.path);
    let (title, description, url) = (escape(&meta.title), escape(&meta.description), escape(&url));
    let og_type = if meta.is_article { "article" } else { "website" };
    let language = page.language();
    let mut head = String::new();
    write!(
        head,
        "<title>{title}</title>\n\
         <meta name=\"description\" content=\"{description}\">\n\
         <link rel=\"canonical\" href=\"{url}\">\n",
    )
    .expect("writing to a String cannot fail");
    if page.paths.edition.embed {
        head.push_str("<meta name=\"robots\" content=\"noindex\">\n");
    }
    if page.is_listed() {
        for (other, path) in alternates(page) {
            writeln!(
                head,
                "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">",
                other.code(),
                escape(&format!("{origin}{path}"))
            )
            .expect("String");
        }
        let default = &alternates(page)[0].1;
        writeln!(
            head,
            "<link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\">",
            escape(&format!("{origin}{default}"))
        )
        .expect("String");
    }
    write!(
        head,
        "<meta property=\"og:title\" content=\"{title}\">\n\
         <meta property=\"og:description\" content=\"{description}\">\n\
         <meta property=\"og:url\" content=\"{url}\">\n\
         <meta property=\"og:type\" content=\"{og_type}\">\n\
         <meta property=\"og:site_name\" content=\"{}\">\n\
         <meta property=\"og:locale\" content=\"{}\">\n\
         <meta property=\"og:locale:alternate\" content=\"{}\">\n\
         <meta name=\"twitter:card\" content=\"summary\">\n\
         <meta name=\"twitter:title\" content=\"{title}\">\n\
         <meta name=\"twitter:description\" content=\"{description}\">\n",
        escape(ui(language).site_name),
        language.locale(),
        other_language(language).locale(),
    )
    .expect("String");
    head
}

/// Renders one page into its language's `index.html` template from trunk.
pub async fn render(template: &str, page: &Page, origin: &str) -> Result<String, String> {
    let (paths, route, origin_owned) = (page.paths.clone(), page.route.clone(), origin.to_owned());
    let body = ServerRenderer::<App>::with_props(move || AppProps {
        paths,
        route,
        origin: origin_owned.into(),
        hydration: None,
    })
    .render()
    .await;
    let (before_title, rest) = template.split_once("<title>").ok_or("the template has no <title>")?;
    let (_, after_title) = rest.split_once("</title>").ok_or("the template's <title> is not closed")?;
    if !after_title.contains(APP_ROOT) {
        return Err(format!("the template has no empty {APP_ROOT} (pre-rendered already? build it afresh)"));
    }
    let before_title =
        before_title.replacen("<html lang=\"en\">", &format!("<html lang=\"{}\">", page.language().code()), 1);
    let rendered = escape(&page.paths.prerendered_page(&page.route));
    let html = after_title.replacen(
        APP_ROOT,
        &format!(r#"<div id="app" {PRERENDERED_PAGE_ATTRIBUTE}="{rendered}">{body}</div>"#),
        1,
    );
    Ok(format!("{before_title}{}{html}", head(page, origin)))
}

/// `sitemap.xml` for every page search engines should list, each with its other languages.
pub fn sitemap(pages: &[Page], origin: &str) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" \
         xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for page in pages.iter().filter(|page| page.is_listed()) {
        writeln!(xml, "  <url><loc>{}</loc>", escape(&format!("{origin}{}", page.meta.path))).expect("String");
        for (language, path) in alternates(page) {
            writeln!(
                xml,
                "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                language.code(),
                escape(&format!("{origin}{path}"))
            )
            .expect("String");
        }
        xml.push_str("  </url>\n");
    }
    xml.push_str("</urlset>\n");
    xml
}

pub fn robots(base: &str, origin: &str) -> String {
    format!("User-agent: *\nAllow: /\nSitemap: {origin}{}sitemap.xml\n", crate::route::normalize_base(base))
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    const TEMPLATE: &str = concat!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>placeholder</title>",
        "<base href=\"/timeline/\"></head><body>",
        r#"<div id="app"></div>"#,
        "</body></html>"
    );
    const BASE: &str = "/timeline/";
    const ORIGIN: &str = "https://example.org";

    fn rendered(page: &Page) -> String {
        futures::executor::block_on(render(TEMPLATE, page, ORIGIN)).unwrap()
    }

    fn page(file: &str) -> Page {
        pages(BASE).into_iter().find(|page| page.file == file).unwrap_or_else(|| panic!("no page {file}"))
    }

    fn between<'a>(html: &'a str, start: &str, end: &str) -> &'a str {
        let from = html.find(start).unwrap_or_else(|| panic!("no {start}")) + start.len();
        &html[from..from + html[from..].find(end).unwrap()]
    }

    #[test]
    fn there_is_a_page_for_home_every_entry_every_kind_and_not_found_in_each_language() {
        let files: HashSet<String> = pages(BASE).into_iter().map(|page| page.file).collect();
        for folder in ["embed/", "ko/embed/"] {
            assert!(files.contains(&format!("{folder}index.html")));
            assert!(files.contains(&format!("{folder}404.html")));
            for entry in DATASET.entries {
                assert!(files.contains(&format!("{folder}entry/{}/index.html", entry.slug)));
            }
        }
        for folder in ["", "ko/"] {
            assert!(files.contains(&format!("{folder}index.html")));
            assert!(files.contains(&format!("{folder}404.html")));
            for entry in DATASET.entries {
                assert!(files.contains(&format!("{folder}entry/{}/index.html", entry.slug)));
            }
            for kind in DATASET.kinds {
                assert!(files.contains(&format!("{folder}kind/{}/index.html", kind.id)));
            }
        }
        assert_eq!(
            files.len(),
            2 * (2 + DATASET.entries.len() + DATASET.kinds.len()) + 2 * (2 + DATASET.entries.len())
        );
    }

    #[test]
    fn every_listed_page_has_a_unique_title_and_description() {
        let mut titles = HashSet::new();
        let mut descriptions = HashSet::new();
        // An embedded page says what the same page of the full site says, its canonical one.
        for page in pages(BASE).into_iter().filter(|page| !page.paths.edition.embed) {
            let html = rendered(&page);
            let file = &page.file;
            assert_eq!(html.matches("<title>").count(), 1, "{file}");
            assert!(titles.insert(between(&html, "<title>", "</title>").to_owned()), "{file} repeats a title");
            let description = between(&html, "<meta name=\"description\" content=\"", "\"").to_owned();
            assert!(description.chars().count() > 30, "{file} has a thin description");
            assert!(descriptions.insert(description), "{file} repeats a description");
        }
    }

    #[test]
    fn entry_pages_carry_link_preview_tags_and_the_entry_marked_current() {
        let entry = DATASET.entry("singapore-summit").unwrap();
        let html = rendered(&page("entry/singapore-summit/index.html"));
        let url = "https://example.org/timeline/entry/singapore-summit/";
        assert!(html.contains(&format!("<link rel=\"canonical\" href=\"{url}\">")));
        assert!(html.contains(&format!("<meta property=\"og:url\" content=\"{url}\">")));
        assert!(html.contains("<meta property=\"og:type\" content=\"article\">"));
        assert!(html.contains("<meta property=\"og:locale\" content=\"en_US\">"));
        assert!(html.contains("<meta name=\"twitter:card\" content=\"summary\">"));
        assert!(html.contains(&format!("<meta property=\"og:title\" content=\"{}", entry.title.en)));
        assert_eq!(html.matches("aria-current=\"true\"").count(), 1);
    }

    #[test]
    fn each_language_names_the_other_as_its_alternate_and_links_to_it() {
        let english = rendered(&page("entry/singapore-summit/index.html"));
        let korean = rendered(&page("ko/entry/singapore-summit/index.html"));
        for html in [&english, &korean] {
            assert!(html.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org/timeline/entry/singapore-summit/\">"));
            assert!(html.contains("<link rel=\"alternate\" hreflang=\"ko\" href=\"https://example.org/timeline/ko/entry/singapore-summit/\">"));
            assert!(
                html.contains("hreflang=\"x-default\" href=\"https://example.org/timeline/entry/singapore-summit/\"")
            );
        }
        assert!(english.starts_with("<!doctype html><html lang=\"en\">"));
        assert!(korean.starts_with("<!doctype html><html lang=\"ko\">"));
        assert!(korean
            .contains("<link rel=\"canonical\" href=\"https://example.org/timeline/ko/entry/singapore-summit/\">"));
        assert!(korean.contains("<meta property=\"og:locale\" content=\"ko_KR\">"));
        assert!(korean.contains("<meta property=\"og:locale:alternate\" content=\"en_US\">"));
        assert!(
            english.contains("href=\"/timeline/ko/entry/singapore-summit/\" hreflang=\"ko\" lang=\"ko\""),
            "the page links to its Korean twin"
        );
        assert!(korean.contains("href=\"/timeline/entry/singapore-summit/\" hreflang=\"en\" lang=\"en\""), "and back");
        assert!(korean.contains(DATASET.entry("singapore-summit").unwrap().title.ko));
    }

    #[test]
    fn every_page_names_the_file_it_is_for_to_the_app() {
        for page in pages(BASE) {
            let path = format!("{BASE}{}", page.file.trim_end_matches("index.html"));
            let root = format!("<div id=\"app\" {PRERENDERED_PAGE_ATTRIBUTE}=\"{path}\">");
            assert!(rendered(&page).contains(&root), "{} does not begin with {root}", page.file);
        }
    }

    #[test]
    fn the_timeline_pages_show_the_first_entries_and_the_main_tier() {
        let html = rendered(&page("index.html"));
        assert!(!html.contains(APP_ROOT), "the app root was filled");
        let main_tier = DATASET.entries.iter().filter(|entry| !entry.background).count();
        assert_eq!(html.matches("<article").count(), main_tier.min(crate::timeline::RENDER_STEP));
        assert!(html.contains("65 years later"));
        assert!(html.contains("href=\"/timeline/entry/armistice-signed/\""));
        let korean = rendered(&page("ko/index.html"));
        assert!(korean.contains("65년 뒤"));
        assert!(korean.contains("href=\"/timeline/ko/entry/armistice-signed/\""));
    }

    #[test]
    fn entry_pages_show_the_window_around_their_entry_however_long_the_timeline() {
        use crate::timeline::RenderWindow;
        let window = RenderWindow::AROUND_ENTRY;
        for entry in DATASET.entries.iter().filter(|entry| !entry.background) {
            let html = rendered(&page(&format!("entry/{}/index.html", entry.slug)));
            assert!(html.matches("<article").count() <= window.before + window.after + 1, "{}", entry.slug);
            assert!(html.contains(&format!("id=\"{}\"", entry.slug)));
        }
    }

    #[test]
    fn kind_pages_show_only_their_kind() {
        let html = rendered(&page("kind/publication/index.html"));
        let publications =
            DATASET.entries.iter().filter(|entry| entry.kind.id == "publication" && !entry.background).count();
        assert_eq!(html.matches("<article").count(), publications);
    }

    #[test]
    fn embedded_pages_point_search_engines_to_the_full_site() {
        let html = rendered(&page("embed/entry/singapore-summit/index.html"));
        assert!(html.contains("<meta name=\"robots\" content=\"noindex\">"));
        assert!(!html.contains("hreflang=\"x-default\""));
        assert!(!html.contains("class=\"site-header\""), "no site header in a frame");
        assert!(html.contains("target=\"_blank\" rel=\"noopener\""), "links open the full site in a new tab");
        assert!(html.contains(
            "href=\"/timeline/entry/singapore-summit/\" target=\"_blank\" rel=\"noopener\" class=\"open-full\""
        ));
    }

    #[test]
    fn text_from_the_data_is_escaped_in_the_head() {
        assert_eq!(escape("\"<a&b>\""), "&quot;&lt;a&amp;b&gt;&quot;");
        let html = rendered(&page("index.html"));
        let head = between(&html, "<head>", "</head>");
        assert!(!head.contains("content=\"\"\""), "no attribute is broken by a quotation mark");
    }

    #[test]
    fn sitemap_and_robots_name_absolute_urls_with_their_alternates() {
        let pages = pages(BASE);
        let xml = sitemap(&pages, ORIGIN);
        let listed = pages.iter().filter(|page| !page.paths.edition.embed).count() - 2;
        assert_eq!(xml.matches("<loc>").count(), listed, "every page but the two 404s and the embedded ones");
        assert!(xml.contains("<loc>https://example.org/timeline/entry/singapore-summit/</loc>"));
        assert!(xml.contains("<loc>https://example.org/timeline/ko/entry/singapore-summit/</loc>"));
        assert_eq!(xml.matches("<xhtml:link rel=\"alternate\"").count(), 2 * listed);
        assert!(!xml.contains("404") && !xml.contains("embed/"));
        assert!(robots(BASE, ORIGIN).contains("Sitemap: https://example.org/timeline/sitemap.xml"));
    }

    #[test]
    fn a_template_without_the_app_root_is_refused() {
        let home = page("index.html");
        let error = futures::executor::block_on(render("<title>x</title><body></body>", &home, ORIGIN)).unwrap_err();
        assert!(error.contains("<div id=\"app\"></div>"), "{error}");
    }
}

/// The Korean pages as a Korean reader meets them: no English interface text anywhere but in
/// what is marked English (the article's quotes and titles, source names, the switch to English).
#[cfg(test)]
mod korean_pages {
    use super::*;

    const BASE: &str = "/timeline/";
    const TEMPLATE: &str = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>x</title></head>\
                            <body><div id=\"app\"></div></body></html>";

    /// Every piece of English interface text: the string literals of the English catalogue,
    /// cut at its placeholders, that are long enough to be words rather than punctuation.
    fn english_interface_texts() -> Vec<String> {
        let catalogue = include_str!("i18n/en.rs");
        let mut texts = Vec::new();
        for literal in catalogue.split('"').skip(1).step_by(2) {
            for piece in literal.split(['{', '}']) {
                let piece = piece.replace("\\\n", " ").split_whitespace().collect::<Vec<_>>().join(" ");
                if piece.chars().filter(|c| c.is_ascii_alphabetic()).count() >= 4 && !piece.contains("::") {
                    texts.push(piece);
                }
            }
        }
        texts
    }

    /// The end of the element that starts at `html[start..]` (its closing tag), counting nested
    /// elements of the same name.
    fn element_end(html: &str, start: usize, name: &str) -> usize {
        let (open, close) = (format!("<{name}"), format!("</{name}>"));
        let mut depth = 0;
        let mut at = start;
        loop {
            let next_open = html[at + 1..].find(&open).map(|i| i + at + 1);
            let next_close = html[at..].find(&close).map(|i| i + at).expect("a closing tag");
            match next_open {
                Some(open_at) if open_at < next_close => {
                    depth += 1;
                    at = open_at;
                }
                _ if depth > 0 => {
                    depth -= 1;
                    at = next_close + close.len();
                }
                _ => return next_close + close.len(),
            }
        }
    }

    /// What a reader sees or hears of a page: its body's text and its labels, without the
    /// elements marked as English.
    fn readable(html: &str) -> String {
        let body = &html[html.find("<body").expect("a body")..];
        let mut out = String::new();
        let mut at = 0;
        while let Some(lt) = body[at..].find('<').map(|i| i + at) {
            out.push_str(&body[at..lt]);
            let gt = lt + body[lt..].find('>').expect("a closed tag");
            let tag = &body[lt..=gt];
            let name: String = tag[1..].chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
            if !name.is_empty() && (tag.contains(" lang=\"en\"") || name == "script") {
                at = element_end(body, lt, &name);
                continue;
            }
            for attribute in ["aria-label=\"", "title=\"", "placeholder=\""] {
                if let Some(value) = tag.split(attribute).nth(1).and_then(|rest| rest.split('"').next()) {
                    out.push(' ');
                    out.push_str(value);
                    out.push(' ');
                }
            }
            out.push(' ');
            at = gt + 1;
        }
        let out = out.replace("&amp;", "&").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">");
        // Addresses are no language's words.
        out.split_whitespace().filter(|word| !word.contains("://")).collect::<Vec<_>>().join(" ")
    }

    /// Whether `phrase` stands in `text` as words of their own, not inside longer ones.
    fn has_phrase(text: &str, phrase: &str) -> bool {
        text.match_indices(phrase).any(|(at, _)| {
            let before = text[..at].chars().next_back();
            let after = text[at + phrase.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
    }

    #[test]
    fn the_scan_finds_english_interface_text_where_there_is_some() {
        let english = english_interface_texts();
        assert!(english.iter().any(|text| text == "Filter the timeline"));
        assert!(english.iter().any(|text| text.starts_with("Ignored the unknown kind of event")));
        let page = "<body><p>연대표 <span title=\"Copy link\">x</span></p><blockquote lang=\"en\"><p>Skip to the timeline</p></blockquote></body>";
        let text = readable(page);
        assert!(has_phrase(&text, "Copy link") && !has_phrase(&text, "Skip to the timeline"), "{text}");
        assert!(
            !has_phrase("entrywise", "entry") && !has_phrase(&readable("<body>https://x.org/entry/</body>"), "entry")
        );
    }

    /// Every Korean text of the data, which may quote the article's English words (a note
    /// quotes the article's “after the November U.S. election”).
    fn korean_data() -> String {
        let mut texts: Vec<&str> = DATASET.kinds.iter().map(|kind| kind.label.ko).collect();
        for actor in DATASET.actors {
            texts.extend([Some(actor.name.ko), actor.role.map(|role| role.ko)].into_iter().flatten());
        }
        for entry in DATASET.entries {
            texts.extend([entry.title.ko, entry.summary.ko, entry.provenance.note.ko]);
            texts.extend(entry.elements.iter().map(|element| element.label.ko));
            texts.extend(entry.quotes.iter().map(|quote| quote.korean));
        }
        texts.join("\n")
    }

    #[test]
    fn no_korean_page_shows_english_interface_text() {
        let data = korean_data();
        // A phrase the Korean data itself uses cannot be told from the data: the other
        // phrases, and every phrase of two words or more, still are.
        let english: Vec<String> =
            english_interface_texts().into_iter().filter(|phrase| !has_phrase(&data, phrase)).collect();
        assert!(english.len() > 100, "{} phrases left to look for", english.len());
        let korean_pages = pages(BASE).into_iter().filter(|page| page.language() == Language::Korean);
        for page in korean_pages {
            let html = futures::executor::block_on(render(TEMPLATE, &page, "https://example.org")).unwrap();
            let text = readable(&html);
            for phrase in &english {
                assert!(!has_phrase(&text, phrase), "{} shows the English “{phrase}”", page.file);
            }
        }
    }
}
