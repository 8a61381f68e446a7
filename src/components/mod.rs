//! The views. Each renders from its props and the [`crate::context::AppContext`] and reports
//! what the reader does as [`crate::state::Action`]s; browser calls happen only in effects
//! and event handlers.
//!
//! A view is a component (`#[function_component]`, typed `Properties`) when it has hooks or is
//! hydrated as a deferred part, and a plain function of the context otherwise (`site_header`,
//! `filter_bar`, …): Yew's machinery for each component type costs the wasm about 2 KB, and
//! each component a render of its own while the page's shell is hydrated.

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
