//! The views. Each renders from its props and the [`crate::context::AppContext`] and reports
//! what the reader does as [`crate::state::Action`]s; browser calls happen only in effects
//! and event handlers.
//!
//! A view is a component (`#[function_component]`, typed `Properties`) only where it needs to
//! be one: the app itself, the entry cards (each with hooks of its own, and skipped when its
//! props are unchanged), the axis (which watches the rendered entries) and the deferred part's
//! wrapper. Every other view is a plain function of the context (`site_header`, `filter_panel`,
//! `timeline_view`, …), whose hooks, if any, are the app's (`use_show_later_on_approach`):
//! Yew's machinery for each component type costs the wasm about 2 KB, and each component a
//! render of its own while the page's shell is hydrated. A plain view in a deferred part is
//! built with the app's render but hydrated later, like a component there; its vdom is cheap
//! to build (the filters and the people: a few hundred nodes).

pub mod app;
pub mod deferred;
pub mod embed_code;
pub mod entry_card;
pub mod export_buttons;
pub mod filter_bar;
pub mod filter_panel;
pub mod filter_sheet;
pub mod fragment_link;
pub mod keyboard_shortcuts;
pub mod messages;
pub mod people;
pub mod share_buttons;
pub mod site_header;
pub mod time_axis;
pub mod timeline_view;
