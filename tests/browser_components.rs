//! The components in a real browser: what the reader sees for each kind of address, and what
//! clicking and typing change, in the DOM and in the address bar.
//!
//! Run with `scripts/test-wasm.sh` (headless Chromium through chromedriver).
//!
//! Each test sets the address bar first (the app re-reads it once mounted), renders the app
//! into its own `<div>`, lets yew's scheduler finish, and removes the app and the `<div>` again.

#![cfg(target_arch = "wasm32")]

use peace_timeline::dataset::DATASET;
use peace_timeline::route::{Edition, Paths, Route};
use peace_timeline::timeline::RenderWindow;
use peace_timeline::{App, AppProps};
use timeline_data::model::Entry;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Document, Element, HtmlElement, HtmlInputElement, Window};
use yew::AppHandle;

wasm_bindgen_test_configure!(run_in_browser);

/// Marks the `<div>`s these tests render into, so a test can sweep up after a failed one.
const ROOT_MARK: &str = "data-browser-test-root";

fn window() -> Window {
    web_sys::window().expect("a window")
}

fn document() -> Document {
    window().document().expect("a document")
}

/// Sets the address bar's path and query without loading anything.
fn set_address(location: &str) {
    window()
        .history()
        .expect("a history")
        .replace_state_with_url(&JsValue::NULL, "", Some(location))
        .expect("replaceState");
}

fn search() -> String {
    window().location().search().expect("location.search")
}

fn pathname() -> String {
    window().location().pathname().expect("location.pathname")
}

/// Waits until Yew has rendered, run the effects, and rendered what the effects dispatched.
async fn settle() {
    yew::scheduler::flush().await;
}

fn has_class(element: &Element, class: &str) -> bool {
    element.class_name().split_whitespace().any(|name| name == class)
}

fn text(element: &Element) -> String {
    element.text_content().unwrap_or_default()
}

/// The app, mounted into a fresh `<div>` in the body; unmounted and removed on drop.
struct Mounted {
    root: Element,
    handle: Option<AppHandle<App>>,
    address_before: String,
}

impl Mounted {
    /// Puts `address` in the address bar, then renders the app for `route` and lets it settle.
    async fn at(address: &str, route: Route) -> Self {
        // A failed test panics before its cleanup: sweep up whatever it left.
        let leftovers = document().query_selector_all(&format!("[{ROOT_MARK}]")).expect("selector");
        for index in 0..leftovers.length() {
            if let Some(node) = leftovers.item(index) {
                node.unchecked_into::<Element>().remove();
            }
        }
        let address_before = pathname() + &search();
        set_address(address);
        let root = document().create_element("div").expect("a div");
        root.set_attribute(ROOT_MARK, "").expect("set attribute");
        document().body().expect("a body").append_child(&root).expect("append the root");
        let props = AppProps {
            paths: Paths::new("/", Edition::default()),
            route,
            origin: "https://example.org".into(),
            hydration: None,
        };
        let handle = yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
        settle().await;
        Mounted { root, handle: Some(handle), address_before }
    }

    fn all(&self, selector: &str) -> Vec<Element> {
        let list = self.root.query_selector_all(selector).expect("a valid selector");
        (0..list.length()).filter_map(|index| list.item(index)).map(|node| node.unchecked_into()).collect()
    }

    fn one(&self, selector: &str) -> Element {
        let found = self.all(selector);
        assert_eq!(found.len(), 1, "expected exactly one element for `{selector}`, found {}", found.len());
        found.into_iter().next().unwrap()
    }

    /// The ids of the `<article>`s on screen, in order.
    fn article_ids(&self) -> Vec<String> {
        self.all("article").iter().map(Element::id).collect()
    }

    fn status(&self) -> String {
        text(&self.one("p[role=\"status\"].match-count")).trim().to_owned()
    }

    async fn click(&self, selector: &str) {
        self.one(selector).unchecked_into::<HtmlElement>().click();
        settle().await;
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
        self.root.remove();
        set_address(&self.address_before);
    }
}

fn slugs<'a>(entries: impl IntoIterator<Item = &'a Entry>) -> Vec<String> {
    entries.into_iter().map(|entry| entry.slug.to_owned()).collect()
}

/// The entries shown before any filter: every one but the background events.
fn main_tier() -> impl Iterator<Item = &'static Entry> {
    DATASET.entries.iter().filter(|entry| !entry.background)
}

fn all_slugs() -> Vec<String> {
    slugs(main_tier())
}

fn total() -> usize {
    main_tier().count()
}

#[wasm_bindgen_test]
async fn home_shows_every_entry_as_an_article_with_its_heading_and_the_65_year_gap() {
    let app = Mounted::at("/", Route::Home).await;

    assert_eq!(app.article_ids(), all_slugs(), "one article per entry, in the dataset's order");
    for entry in main_tier() {
        let article = app.one(&format!("article[id=\"{}\"]", entry.slug));
        let heading_id = format!("{}-title", entry.slug);
        assert_eq!(article.get_attribute("aria-labelledby").as_deref(), Some(heading_id.as_str()));
        let heading = article.query_selector("h3").expect("selector").expect("an h3 in every article");
        assert_eq!(heading.id(), heading_id);
        assert_eq!(text(&heading), entry.title.en);
        let link = heading.query_selector("a").expect("selector").expect("the heading links to the entry");
        assert_eq!(link.get_attribute("href"), Some(format!("/entry/{}/", entry.slug)));
        assert_eq!(article.get_attribute("aria-current"), None, "nothing is current on the home page");
    }

    let gaps: Vec<String> = app.all("li.gap").iter().map(text).collect();
    assert!(
        gaps.iter().any(|gap| gap.contains("65 years later") && gap.contains("No entries from 1954 to 2017")),
        "a gap row covers 1954 to 2017: {gaps:?}"
    );
    assert_eq!(app.status(), format!("{0} of {0} entries", total()));
    assert_eq!(app.all("section.messages").len(), 0, "a clean address gives no messages");
    assert_eq!(pathname() + &search(), "/", "the home page writes nothing into the address bar");
}

#[wasm_bindgen_test]
async fn the_armistice_date_is_machine_readable_and_written_out() {
    let app = Mounted::at("/", Route::Home).await;

    let time = app.one("article[id=\"armistice-signed\"] time");
    assert_eq!(time.get_attribute("datetime").as_deref(), Some("1953-07-27"));
    assert_eq!(text(&time), "27 July 1953");
    assert_eq!(app.all("time[datetime=\"1953-07-27\"]").len(), 1);
}

#[wasm_bindgen_test]
async fn an_entry_route_marks_that_entry_current_and_names_it_in_the_title() {
    let singapore = DATASET.entry("singapore-summit").expect("the Singapore summit entry");
    let app = Mounted::at("/entry/singapore-summit/", Route::Entry(singapore)).await;

    let current = app.all("article[aria-current]");
    assert_eq!(current.len(), 1, "exactly one current article");
    assert_eq!(current[0].id(), "singapore-summit");
    assert_eq!(current[0].get_attribute("aria-current").as_deref(), Some("true"));
    assert!(has_class(&current[0], "current"));
    let title = document().title();
    assert!(title.contains(singapore.title.en), "title {title:?} names {:?}", singapore.title.en);
    assert!(title.contains("12 June 2018"), "title {title:?} gives the date");
    let main_tier: Vec<_> = main_tier().collect();
    let at = main_tier.iter().position(|entry| entry.slug == "singapore-summit").unwrap();
    let window = RenderWindow::AROUND_ENTRY;
    let expected = slugs(
        main_tier[at.saturating_sub(window.before)..(at + window.after + 1).min(main_tier.len())].iter().copied(),
    );
    assert_eq!(app.article_ids(), expected, "an entry's page shows the entries around it");
    assert_eq!(pathname(), "/entry/singapore-summit/");
    let focused = document().active_element().map(|element| element.id());
    assert_eq!(focused.as_deref(), Some("singapore-summit"), "keyboard focus moves to the entry");
}

#[wasm_bindgen_test]
async fn a_kind_in_the_query_is_applied_after_mount() {
    let app = Mounted::at("/?kind=summit", Route::Home).await;

    let summits = slugs(main_tier().filter(|entry| entry.kind.id == "summit"));
    assert_eq!(summits.len(), 2, "the main tier has two summits");
    assert_eq!(app.article_ids(), summits);
    assert_eq!(app.status(), format!("2 of {} entries", total()));
    let summit_box: HtmlInputElement = app.one("label.choice.kind-summit input[type=\"checkbox\"]").unchecked_into();
    assert!(summit_box.checked(), "the summit checkbox is ticked");
    let other_box: HtmlInputElement = app.one("label.choice.kind-election input[type=\"checkbox\"]").unchecked_into();
    assert!(!other_box.checked());
    assert_eq!(search(), "?kind=summit", "the address keeps the query");
}

#[wasm_bindgen_test]
async fn clicking_a_kind_checkbox_narrows_the_list_and_the_address() {
    let app = Mounted::at("/", Route::Home).await;
    assert_eq!(app.article_ids().len(), total());

    app.click("label.choice.kind-publication input[type=\"checkbox\"]").await;

    let publications = slugs(main_tier().filter(|entry| entry.kind.id == "publication"));
    assert!(!publications.is_empty() && publications.len() < total());
    assert_eq!(app.article_ids(), publications);
    for article in app.all("article") {
        assert!(has_class(&article, "kind-publication"), "{} is a publication", article.id());
    }
    assert_eq!(app.status(), format!("{} of {} entries", publications.len(), total()));
    assert!(search().contains("kind=publication"), "the address says so: {:?}", search());

    // Unticking brings everything back and clears the query.
    app.click("label.choice.kind-publication input[type=\"checkbox\"]").await;
    assert_eq!(app.article_ids(), all_slugs());
    assert!(!search().contains("kind="), "no kind left in {:?}", search());
}

#[wasm_bindgen_test]
async fn typing_a_search_narrows_the_list_and_the_address() {
    let app = Mounted::at("/", Route::Home).await;

    let input: HtmlInputElement = app.one("#filter-text").unchecked_into();
    input.set_value("singapore");
    // As a browser fires it for typing: an `input` event that bubbles (yew listens on the root).
    let bubbling = web_sys::EventInit::new();
    bubbling.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict("input", &bubbling).expect("an event");
    input.dispatch_event(&event).expect("dispatch input");
    settle().await;

    let expected = slugs(
        main_tier().filter(|entry| entry.search_text(timeline_data::language::Language::English).contains("singapore")),
    );
    assert!(!expected.is_empty() && expected.len() < total());
    assert_eq!(app.article_ids(), expected);
    assert_eq!(app.status(), format!("{} of {} entries", expected.len(), total()));
    assert!(search().contains("q=singapore"), "the address carries the search: {:?}", search());
}

#[wasm_bindgen_test]
async fn an_unknown_entry_is_named_in_a_message_above_the_full_timeline() {
    let app = Mounted::at("/entry/no-such-entry/", Route::UnknownEntry("no-such-entry".into())).await;

    let messages = app.one("section.messages[role=\"alert\"]");
    let problem = text(&app.one("section.messages p.problem"));
    assert!(problem.contains("There is no entry called “no-such-entry”"), "message: {problem:?}");
    assert!(text(&messages).contains("Dismiss"));
    assert_eq!(app.article_ids(), all_slugs(), "the full timeline is shown instead");
    assert_eq!(app.all("article[aria-current]").len(), 0);

    app.click("section.messages button").await;
    assert_eq!(app.all("section.messages").len(), 0, "Dismiss removes the message");
}

#[wasm_bindgen_test]
async fn markup_in_the_search_query_stays_plain_text() {
    let app = Mounted::at("/?q=%3Cimg%20src%3Dx%3E", Route::Home).await;

    let input: HtmlInputElement = app.one("#filter-text").unchecked_into();
    assert_eq!(input.value(), "<img src=x>");
    assert_eq!(app.root.get_elements_by_tag_name("img").length(), 0, "no <img> is created");
    assert_eq!(document().get_elements_by_tag_name("img").length(), 0, "nor anywhere in the page");
    assert_eq!(app.all("article").len(), 0, "nothing matches the text");
}

#[wasm_bindgen_test]
async fn an_empty_result_offers_to_clear_all_filters() {
    let app = Mounted::at("/?kind=summit&q=zzzz-matches-nothing", Route::Home).await;

    assert_eq!(app.all("article").len(), 0);
    assert_eq!(text(&app.one(".empty p")), "No entries match these filters.");
    assert_eq!(app.status(), format!("0 of {} entries", total()));
    assert_eq!(text(&app.one(".empty button")), "Clear all filters");

    app.click(".empty button").await;

    assert_eq!(app.article_ids(), all_slugs(), "every entry is back");
    assert_eq!(app.all(".empty").len(), 0);
    assert_eq!(app.status(), format!("{0} of {0} entries", total()));
    let input: HtmlInputElement = app.one("#filter-text").unchecked_into();
    assert_eq!(input.value(), "");
    let summit_box: HtmlInputElement = app.one("label.choice.kind-summit input[type=\"checkbox\"]").unchecked_into();
    assert!(!summit_box.checked());
    assert_eq!(search(), "", "the address drops the query");
    assert!(
        app.one(".filter-summary button").has_attribute("disabled"),
        "the panel's own Clear button is disabled with nothing to clear"
    );
}
