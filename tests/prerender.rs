//! Every pre-rendered page: its own title and description, the content a reader without
//! JavaScript needs, and text from the data escaped.
#![cfg(feature = "ssr")]

use std::collections::HashSet;

use peace_timeline::dataset::DATASET;
use peace_timeline::prerender::{pages, render, robots, sitemap, APP_ROOT};

const TEMPLATE: &str = concat!(
    "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>placeholder</title>",
    "<base href=\"/timeline/\"></head><body>",
    r#"<div id="app"></div>"#,
    "</body></html>"
);
const BASE: &str = "/timeline/";
const ORIGIN: &str = "https://example.org";

fn render_all() -> Vec<(String, String)> {
    pages(BASE)
        .iter()
        .map(|page| (page.file.clone(), futures::executor::block_on(render(TEMPLATE, page, BASE, ORIGIN)).unwrap()))
        .collect()
}

fn between<'a>(html: &'a str, start: &str, end: &str) -> &'a str {
    let from = html.find(start).unwrap_or_else(|| panic!("no {start}")) + start.len();
    &html[from..from + html[from..].find(end).unwrap()]
}

#[test]
fn there_is_a_page_for_home_every_entry_every_kind_and_not_found() {
    let files: HashSet<String> = pages(BASE).into_iter().map(|page| page.file).collect();
    assert!(files.contains("index.html"));
    assert!(files.contains("404.html"));
    for entry in DATASET.entries {
        assert!(files.contains(&format!("entry/{}/index.html", entry.slug)));
    }
    for kind in DATASET.kinds {
        assert!(files.contains(&format!("kind/{}/index.html", kind.id)));
    }
    assert_eq!(files.len(), 2 + DATASET.entries.len() + DATASET.kinds.len());
}

#[test]
fn every_page_has_a_unique_title_and_description() {
    let mut titles = HashSet::new();
    let mut descriptions = HashSet::new();
    for (file, html) in render_all() {
        assert_eq!(html.matches("<title>").count(), 1, "{file}");
        assert!(titles.insert(between(&html, "<title>", "</title>").to_owned()), "{file} repeats a title");
        let description = between(&html, "<meta name=\"description\" content=\"", "\"").to_owned();
        assert!(description.len() > 40, "{file} has a thin description");
        assert!(descriptions.insert(description), "{file} repeats a description");
    }
}

#[test]
fn entry_pages_carry_link_preview_tags_and_the_entry_marked_current() {
    let entry = DATASET.entry("singapore-summit").unwrap();
    let page = pages(BASE).into_iter().find(|page| page.file == "entry/singapore-summit/index.html").unwrap();
    let html = futures::executor::block_on(render(TEMPLATE, &page, BASE, ORIGIN)).unwrap();
    let url = "https://example.org/timeline/entry/singapore-summit/";
    assert!(html.contains(&format!("<link rel=\"canonical\" href=\"{url}\">")));
    assert!(html.contains(&format!("<meta property=\"og:url\" content=\"{url}\">")));
    assert!(html.contains("<meta property=\"og:type\" content=\"article\">"));
    assert!(html.contains("<meta name=\"twitter:card\" content=\"summary\">"));
    assert!(html.contains(&format!("<meta property=\"og:title\" content=\"{}", entry.title)));
    assert!(html.contains("aria-current=\"true\""));
    assert_eq!(html.matches("aria-current=\"true\"").count(), 1);
}

#[test]
fn the_whole_timeline_is_in_the_home_page() {
    let home = pages(BASE).into_iter().find(|page| page.file == "index.html").unwrap();
    let html = futures::executor::block_on(render(TEMPLATE, &home, BASE, ORIGIN)).unwrap();
    assert!(!html.contains(APP_ROOT), "the app root was filled");
    assert_eq!(html.matches("<article").count(), DATASET.entries.len());
    assert!(html.contains("65 years later"));
    assert!(html.contains("href=\"/timeline/entry/armistice-signed/\""));
}

#[test]
fn kind_pages_show_only_their_kind() {
    let page = pages(BASE).into_iter().find(|page| page.file == "kind/publication/index.html").unwrap();
    let html = futures::executor::block_on(render(TEMPLATE, &page, BASE, ORIGIN)).unwrap();
    let publications = DATASET.entries.iter().filter(|entry| entry.kind.id == "publication").count();
    assert_eq!(html.matches("<article").count(), publications);
}

#[test]
fn sitemap_and_robots_name_absolute_urls() {
    let pages = pages(BASE);
    let xml = sitemap(&pages, ORIGIN);
    assert_eq!(xml.matches("<loc>").count(), pages.len() - 1, "every page but 404");
    assert!(xml.contains("<loc>https://example.org/timeline/entry/singapore-summit/</loc>"));
    assert!(!xml.contains("404"));
    assert!(robots(BASE, ORIGIN).contains("Sitemap: https://example.org/timeline/sitemap.xml"));
}

#[test]
fn a_template_without_the_app_root_is_refused() {
    let home = pages(BASE).into_iter().next().unwrap();
    let error = futures::executor::block_on(render("<title>x</title><body></body>", &home, BASE, ORIGIN)).unwrap_err();
    assert!(error.contains("<div id=\"app\"></div>"), "{error}");
}
