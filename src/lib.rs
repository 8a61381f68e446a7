//! The Korean peace timeline explorer.
//!
//! A functional core (the data, filtering, the URL state, the view's rows), a reducer over
//! it, components that only render state and dispatch actions, and a thin browser shell. The
//! same components render in the browser and, with the `ssr` feature, on the host at build
//! time into static pages that the browser build then hydrates.

pub mod axis;
pub mod browser;
pub mod components;
pub mod dataset;
pub mod export;
pub mod filter;
pub mod hydration;
pub mod page;
#[cfg(feature = "ssr")]
pub mod prerender;
pub mod query;
pub mod route;
pub mod shortcuts;
#[cfg(feature = "ssr")]
pub mod site_security;
pub mod state;
pub mod timeline;

pub use components::app::{App, AppProps};

/// The site's name, as titles and headings use it.
pub const SITE_NAME: &str = "Korean peace timeline";
