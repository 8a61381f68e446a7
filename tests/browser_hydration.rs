//! Progressive hydration (`hydration`) in a real browser: the queue's order, and each
//! behaviour of Yew 0.23 it relies on (docs/hydration.md names them and points here), so that
//! upgrading Yew fails a test rather than the page. Run with `scripts/test-wasm.sh`, which also
//! runs the app's test with the feature `hydrate-in-one-pass`.

#![cfg(target_arch = "wasm32")]

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use peace_timeline::dataset::DATASET;
use peace_timeline::hydration::{HydrationQueue, Priority};
use peace_timeline::route::{Edition, Paths, Route};
use peace_timeline::{App, AppProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlElement};
use yew::prelude::*;
use yew::suspense::{Suspension, SuspensionHandle};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().expect("a window").document().expect("a document")
}

/// Lets one `setTimeout(0)` task go by.
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        web_sys::window().expect("a window").set_timeout_with_callback(&resolve).expect("setTimeout");
    });
    JsFuture::from(promise).await.expect("the timeout resolves");
}

/// Lets the microtasks queued so far run.
async fn next_microtask() {
    JsFuture::from(js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL)).await.expect("a resolved promise");
}

/// Markup without Yew's hydration markers (comments), which hydration removes.
fn without_markers(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(start) = rest.find("<!--") {
        out.push_str(&rest[..start]);
        rest = rest[start..].split_once("-->").map_or("", |(_, after)| after);
    }
    out + rest
}

/// A fresh `<div>` in the body, holding `html` as a page rendered ahead of time would.
fn root_with(html: &str) -> Element {
    let root = document().create_element("div").expect("a div");
    root.set_inner_html(html);
    document().body().expect("a body").append_child(&root).expect("append the root");
    root
}

async fn until_not_busy(root: &Element) {
    for _ in 0..2_000 {
        if root.get_attribute("aria-busy").is_none() {
            return;
        }
        next_task().await;
    }
    panic!("the page was still being hydrated after 2,000 tasks");
}

fn deferred_queue(queue: &HydrationQueue, priority: Priority) -> Suspension {
    queue.defer(priority).expect("a part waits for its turn while the page is being hydrated")
}

#[wasm_bindgen_test]
async fn parts_are_hydrated_by_priority_and_the_root_is_busy_until_the_last() {
    let root = root_with("");
    let queue = HydrationQueue::default();
    assert!(queue.defer(Priority::Normal).is_none(), "nothing being hydrated, nothing waits");

    // Parts ask as a page's do while its shell is hydrated: the axis, the filters, a year's
    // entries, and the entry the page is for.
    let asked = Rc::new(RefCell::new(Vec::new()));
    let (asking, queue_for_shell) = (asked.clone(), queue.clone());
    queue.start(&root, move || {
        asking.borrow_mut().extend(
            [Priority::Low, Priority::Normal, Priority::Normal, Priority::High]
                .map(|priority| deferred_queue(&queue_for_shell, priority)),
        );
    });
    assert_eq!(root.get_attribute("aria-busy").as_deref(), Some("true"), "busy from the start");
    assert!(asked.borrow().is_empty(), "the shell is hydrated in a task of its own");

    let mut tasks = 0;
    while root.get_attribute("aria-busy").is_some() {
        assert!(tasks < 100, "hydration ends");
        next_task().await;
        tasks += 1;
        assert!(
            queue.defer(Priority::Normal).is_none(),
            "between tasks, a part the reader's action creates renders at once"
        );
        let asked = asked.borrow();
        if let [axis, filters, year, current] = asked.as_slice() {
            let by_priority = [current, filters, year, axis];
            let resumed = by_priority.iter().take_while(|part| part.resumed()).count();
            assert!(by_priority[resumed..].iter().all(|part| !part.resumed()), "parts are hydrated in order");
        }
    }
    assert_eq!(asked.borrow().len(), 4, "the shell was hydrated");
    assert!(
        asked.borrow().iter().all(Suspension::resumed),
        "every part was hydrated before the root stopped being busy"
    );
    assert!(queue.defer(Priority::Normal).is_none(), "after hydration, parts render at once");
    root.remove();
}

#[wasm_bindgen_test]
async fn a_change_of_what_is_shown_hydrates_every_waiting_part_at_once() {
    let root = root_with("");
    let queue = HydrationQueue::default();
    let outcome = Rc::new(RefCell::new(None));
    let (recording, queue_for_shell) = (outcome.clone(), queue.clone());
    queue.start(&root, move || {
        let waiting = [Priority::Low, Priority::Normal, Priority::Normal].map(|p| deferred_queue(&queue_for_shell, p));
        queue_for_shell.hydrate_all_now();
        let all_resumed = waiting.iter().all(Suspension::resumed);
        // A year hydrated this way defers its entries in the same render: they render at once.
        let nested_waits = queue_for_shell.defer(Priority::Normal).is_some();
        *recording.borrow_mut() = Some((all_resumed, nested_waits));
    });
    until_not_busy(&root).await;
    assert_eq!(*outcome.borrow(), Some((true, false)), "every part hydrated, and the parts inside them render at once");
    root.remove();
}

/// A part that suspends while the test holds it, counting its renders.
#[derive(Properties, PartialEq)]
struct PartProps {
    id: AttrValue,
    children_count: usize,
}

thread_local! {
    /// What the part waits on while the page is hydrated; set by each test before hydrating.
    static PART_WAITS_ON: RefCell<Option<Suspension>> = const { RefCell::new(None) };
    static RENDERS: Cell<u32> = const { Cell::new(0) };
}

/// The part waits until the handle returned is resumed.
fn part_waits() -> SuspensionHandle {
    let (suspension, handle) = Suspension::new();
    PART_WAITS_ON.set(Some(suspension));
    handle
}

#[function_component]
fn Child(props: &PartProps) -> Html {
    html! { <li>{ props.id.clone() }</li> }
}

#[function_component]
fn Part(props: &PartProps) -> HtmlResult {
    RENDERS.set(RENDERS.get() + 1);
    if let Some(waiting) = PART_WAITS_ON.with_borrow(Clone::clone).filter(|waiting| !waiting.resumed()) {
        return Err(waiting.into());
    }
    Ok(html! {
        <ul id={props.id.clone()}>
            { for (0..props.children_count).map(|i| html! {
                <Child key={i} id={format!("{}-{i}", props.id)} children_count={0} />
            }) }
        </ul>
    })
}

#[function_component]
fn Page(props: &PartProps) -> Html {
    html! {
        <main>
            <h1>{ "Shell" }</h1>
            <Suspense><Part id={props.id.clone()} children_count={props.children_count} /></Suspense>
        </main>
    }
}

/// The page rendered ahead of time (with the part's full content), in a fresh `<div>`.
async fn render_ahead(props: PartProps) -> Element {
    PART_WAITS_ON.set(None);
    let html = yew::LocalServerRenderer::<Page>::with_props(props).render().await;
    RENDERS.set(0);
    root_with(&html)
}

#[wasm_bindgen_test]
async fn yew_hydrates_a_suspended_part_into_a_copy_and_swaps_it_in_on_resume() {
    let props = || PartProps { id: "copied".into(), children_count: 3 };
    let root = render_ahead(props()).await;
    let original = document().get_element_by_id("copied").expect("the pre-rendered part");
    let markup = original.outer_html();

    let handle = part_waits();
    let app = yew::Renderer::<Page>::with_root_and_props(root.clone(), props()).hydrate();
    yew::scheduler::flush().await;
    assert!(RENDERS.get() > 0, "the part was rendered");
    assert!(original.is_connected(), "while suspended, the pre-rendered nodes stay on the page");

    handle.resume();
    yew::scheduler::flush().await;
    let hydrated = document().get_element_by_id("copied").expect("the hydrated part");
    assert!(!original.is_connected(), "on resume, Yew puts its copy in place of the pre-rendered nodes");
    assert_eq!(hydrated.outer_html(), without_markers(&markup), "the copy is the same markup");
    app.destroy();
    root.remove();
}

#[wasm_bindgen_test]
async fn yew_renders_in_a_microtask_so_a_later_microtask_sees_the_render_done() {
    let props = || PartProps { id: "microtask".into(), children_count: 1 };
    let root = render_ahead(props()).await;
    let app = yew::Renderer::<Page>::with_root_and_props(root.clone(), props()).hydrate();
    assert_eq!(RENDERS.get(), 0, "hydrate() only schedules the render");
    let rendered_before_next = Rc::new(Cell::new(false));
    let seen = rendered_before_next.clone();
    // What HydrationQueue does to stop collecting parts once the shell's render has run.
    wasm_bindgen_futures::spawn_local(async move { seen.set(RENDERS.get() > 0) });
    next_microtask().await;
    next_task().await;
    assert!(rendered_before_next.get(), "a microtask queued after hydrate() runs after Yew's render");
    app.destroy();
    root.remove();
}

#[wasm_bindgen_test]
async fn yew_puts_a_resumed_part_in_place_within_a_few_tasks_even_when_its_render_is_long() {
    // Yew renders a resumed part, and then puts it in the page in place of what waited; when
    // the render is longer than the 16 ms after which its scheduler yields, the swap may come
    // a task later. HydrationQueue therefore follows focus in every task until the end, and
    // once more after. Rendered in the browser rather than ahead of time: Yew's own renderer
    // for pages ahead of time breaks on long renders in a browser.
    const CHILDREN: usize = 1_500;
    let root = root_with("");
    let handle = part_waits();
    let props = PartProps { id: "resumed".into(), children_count: CHILDREN };
    let app = yew::Renderer::<Page>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    assert!(document().get_element_by_id("resumed").is_none(), "the part waits");
    handle.resume();
    let mut tasks = 0;
    let part = loop {
        next_task().await;
        tasks += 1;
        if let Some(part) = document().get_element_by_id("resumed") {
            break part;
        }
        assert!(tasks < 3, "the resumed part was not in place after {tasks} tasks");
    };
    assert_eq!(part.child_element_count() as usize, CHILDREN, "the part is complete once it is in place");
    app.destroy();
    root.remove();
}

/// The whole app, rendered ahead of time for `route` and then mounted as the browser does.
async fn app_rendered_ahead(route: Route) -> (Element, AppProps) {
    let props = AppProps {
        paths: Paths::new("/", Edition::default()),
        route,
        origin: "https://example.org".into(),
        hydration: None,
    };
    let html = yew::LocalServerRenderer::<App>::with_props(props.clone()).render().await;
    (root_with(&html), props)
}

#[wasm_bindgen_test]
async fn the_app_hydrates_its_pre_rendered_page_and_then_answers_the_reader() {
    let (root, props) = app_rendered_ahead(Route::Home).await;
    let shell_heading = root.query_selector("h1").expect("selector").expect("the page's heading");
    let markup_ahead: Vec<String> = [".filters", "#armistice-signed"]
        .iter()
        .map(|selector| root.query_selector(selector).expect("selector").expect("rendered ahead").outer_html())
        .collect();

    peace_timeline::mount(root.clone(), props);
    if cfg!(feature = "hydrate-in-one-pass") {
        assert!(root.get_attribute("aria-busy").is_none(), "one pass: no parts wait");
        yew::scheduler::flush().await;
        assert!(root.query_selector("[aria-busy]").expect("selector").is_none());
    } else {
        assert_eq!(root.get_attribute("aria-busy").as_deref(), Some("true"));
        until_not_busy(&root).await;
    }
    yew::scheduler::flush().await;
    assert!(shell_heading.is_connected(), "the shell's nodes are hydrated in place");
    let markup_after: Vec<String> = [".filters", "#armistice-signed"]
        .iter()
        .map(|selector| root.query_selector(selector).expect("selector").expect("hydrated").outer_html())
        .collect();
    assert_eq!(
        markup_after.iter().map(|html| without_markers(html)).collect::<Vec<_>>(),
        markup_ahead.iter().map(|html| without_markers(html)).collect::<Vec<_>>(),
        "hydration changes nothing the reader sees"
    );

    let summit: HtmlElement = root
        .query_selector("label.kind-summit input")
        .expect("selector")
        .expect("the Summit checkbox")
        .unchecked_into();
    summit.click();
    yew::scheduler::flush().await;
    let summits = DATASET.entries.iter().filter(|entry| entry.kind.id == "summit" && !entry.background).count() as u32;
    assert_eq!(root.query_selector_all("article").expect("selector").length(), summits, "the filter answers");
    root.remove();
    let _ = web_sys::window().expect("a window").history().expect("history").replace_state_with_url(
        &wasm_bindgen::JsValue::NULL,
        "",
        Some("/"),
    );
}
