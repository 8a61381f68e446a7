//! The browser entry: reads the page's address and mounts the app, hydrating the page rendered
//! ahead of time when there is one (see `peace_timeline::mount`). A panic is logged and shown
//! to the reader (see `browser::report_panics`).

use peace_timeline::route::{self, Edition, Paths};
use peace_timeline::{browser, AppProps, BROWSER_LANGUAGE};

fn main() {
    browser::report_panics();
    // Mounting waits for a task of its own: the task that compiled and started the module is
    // long already, and the browser may paint or answer the reader between the two.
    browser::in_next_task(mount);
}

fn mount() {
    let base = browser::base_path();
    let page = route::parse_path(&browser::path(), &base, &peace_timeline::dataset::DATASET);
    // The app renders in the language of its build, whatever the path says.
    let paths = Paths::new(&base, Edition { language: BROWSER_LANGUAGE, ..page.edition });
    let root = browser::app_root();
    // Yew can hydrate only the page the app renders itself, and a host may send another: one
    // not-found page for the whole site, embedded paths too (GitHub Pages), or that page for
    // `entry/<slug>/index.html/`, which the app reads as the entry. It renders its own instead,
    // in its own language: that one page is English, and the Korean build loads on it for a
    // missing Korean address (`assets/load-app.js`).
    if browser::prerendered_page(&root).is_some_and(|rendered| rendered != paths.prerendered_page(&page.route)) {
        root.set_text_content(None);
        browser::set_document_language(BROWSER_LANGUAGE.code());
    }
    browser::mark_share_sheet();
    let props = AppProps { paths, route: page.route, origin: browser::origin().into(), hydration: None };
    peace_timeline::mount(root, props);
}

/// Talc instead of Rust's default allocator for wasm (dlmalloc): its code is 6.8 KB smaller in
/// the download, and it is made for WebAssembly's one growing memory.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
