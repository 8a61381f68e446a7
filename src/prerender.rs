//! Build-time rendering: every page of the site as static HTML, from the same components the
//! browser hydrates, so content arrives before (and without) WebAssembly.

use std::fmt::Write;

use yew::ServerRenderer;

use crate::dataset::DATASET;
use crate::page::{self, PageMeta};
use crate::route::{self, Route};
use crate::{App, AppProps, SITE_NAME};

/// Where the app's markup goes in trunk's `index.html`.
pub const APP_ROOT: &str = r#"<div id="app"></div>"#;

/// One file of the built site.
pub struct Page {
    /// Relative to the site's root folder: `index.html`, `entry/<slug>/index.html`.
    pub file: String,
    pub meta: PageMeta,
    pub route: Route,
}

/// Every page: the timeline, one per entry, one per kind of event, and the not-found page.
pub fn pages(base: &str) -> Vec<Page> {
    let page = |file: String, route: Route| Page { file, meta: page::meta(base, &route), route };
    let mut pages = vec![page("index.html".to_owned(), Route::Home)];
    for entry in DATASET.entries {
        pages.push(page(format!("entry/{}/index.html", entry.slug), Route::Entry(entry)));
    }
    for kind in DATASET.kinds {
        pages.push(page(format!("kind/{}/index.html", kind.id), Route::Kind(kind)));
    }
    pages.push(page("404.html".to_owned(), Route::NotFound(String::new())));
    pages
}

/// Escapes text for an HTML attribute value or text node.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

fn head(meta: &PageMeta, origin: &str) -> String {
    let url = format!("{origin}{}", meta.path);
    let (title, description, url) = (escape(&meta.title), escape(&meta.description), escape(&url));
    let og_type = if meta.is_article { "article" } else { "website" };
    let mut head = String::new();
    write!(
        head,
        "<title>{title}</title>\n\
         <meta name=\"description\" content=\"{description}\">\n\
         <link rel=\"canonical\" href=\"{url}\">\n\
         <meta property=\"og:title\" content=\"{title}\">\n\
         <meta property=\"og:description\" content=\"{description}\">\n\
         <meta property=\"og:url\" content=\"{url}\">\n\
         <meta property=\"og:type\" content=\"{og_type}\">\n\
         <meta property=\"og:site_name\" content=\"{}\">\n\
         <meta name=\"twitter:card\" content=\"summary\">\n\
         <meta name=\"twitter:title\" content=\"{title}\">\n\
         <meta name=\"twitter:description\" content=\"{description}\">\n",
        escape(SITE_NAME)
    )
    .expect("writing to a String cannot fail");
    head
}

/// Renders one page into trunk's `index.html` template.
pub async fn render(template: &str, page: &Page, base: &str, origin: &str) -> Result<String, String> {
    let (base_owned, origin_owned, route) = (base.to_owned(), origin.to_owned(), page.route.clone());
    let body = ServerRenderer::<App>::with_props(move || AppProps {
        base: base_owned.into(),
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
    let html = after_title.replacen(APP_ROOT, &format!(r#"<div id="app">{body}</div>"#), 1);
    Ok(format!("{before_title}{}{html}", head(&page.meta, origin)))
}

/// `sitemap.xml` for every page but the not-found one.
pub fn sitemap(pages: &[Page], origin: &str) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for page in pages.iter().filter(|page| !matches!(page.route, Route::NotFound(_))) {
        writeln!(xml, "  <url><loc>{}</loc></url>", escape(&format!("{origin}{}", page.meta.path))).expect("String");
    }
    xml.push_str("</urlset>\n");
    xml
}

pub fn robots(base: &str, origin: &str) -> String {
    format!("User-agent: *\nAllow: /\nSitemap: {origin}{}sitemap.xml\n", route::normalize_base(base))
}
