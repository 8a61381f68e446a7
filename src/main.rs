//! The browser entry: reads the page's address and mounts the app, hydrating the pre-rendered
//! page in turns when there is one (see `hydration`). A panic is logged and shown to the reader
//! (see `browser::report_panics`).

use peace_timeline::{browser, hydration, route, App, AppProps};

fn main() {
    browser::report_panics();
    // Mounting waits for a task of its own: the task that compiled and started the module is
    // long already, and the browser may paint or answer the reader between the two.
    gloo_timers::callback::Timeout::new(0, mount).forget();
}

fn mount() {
    let base = browser::base_path();
    let route = route::parse_path(&browser::path(), &base, &peace_timeline::dataset::DATASET);
    browser::mark_share_sheet();
    let props = AppProps { base: base.into(), route, origin: browser::origin().into() };
    let root = browser::app_root();
    let renderer = yew::Renderer::<App>::with_root_and_props(root.clone(), props);
    if root.has_child_nodes() {
        hydration::take_over(&root, move || {
            renderer.hydrate();
        });
    } else {
        renderer.render();
    }
}
