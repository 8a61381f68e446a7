//! The Korean peace timeline explorer.
//!
//! A functional core (the data, filtering, the URL state, the view's rows), a reducer over
//! it, components that only render state and dispatch actions, and a thin browser shell. The
//! same components render in the browser and, with the `ssr` feature, on the host at build
//! time into static pages that the browser build then hydrates.

// The functional core: plain Rust, tested on the host.
pub mod axis;
pub mod dataset;
pub mod embed;
pub mod export;
pub mod filter;
pub mod memo;
pub mod page;
pub mod query;
pub mod route;
pub mod shortcuts;
pub mod state;
pub mod timeline;

// The views and what ties them to the browser.
pub mod browser;
pub mod components;
pub mod context;
pub mod hooks;
pub mod hydration;
pub mod i18n;
pub mod shared_names;

// The build-time renderer and the site's security policy.
#[cfg(feature = "ssr")]
pub mod prerender;
#[cfg(feature = "ssr")]
pub mod site_security;

pub use components::app::{App, AppProps};

/// The language whose texts this browser build carries (see `build.rs`): Korean with the
/// feature `ko`, which the Korean pages load; English otherwise.
pub const BROWSER_LANGUAGE: timeline_data::language::Language = if cfg!(feature = "ko") {
    timeline_data::language::Language::Korean
} else {
    timeline_data::language::Language::English
};

/// Renders the app into `root`, or hydrates the page rendered there ahead of time:
/// progressively (see [`hydration`]), or in one pass with the cargo feature
/// `hydrate-in-one-pass`, which is there to tell a hydration problem from one of progressive
/// hydration.
pub fn mount(root: web_sys::Element, mut props: AppProps) {
    if !root.has_child_nodes() {
        yew::Renderer::<App>::with_root_and_props(root, props).render();
    } else {
        let queue = hydration::HydrationQueue::default();
        if cfg!(feature = "hydrate-in-one-pass") {
            // No part waits; the queue still keeps focus in the copies Yew makes of every
            // `Suspense` it hydrates, and marks the page busy until they are in place.
            queue.hydrate_all_now();
        }
        props.hydration = Some(queue.clone());
        let renderer = yew::Renderer::<App>::with_root_and_props(root.clone(), props);
        queue.start(&root, move || {
            renderer.hydrate();
        });
    }
}
