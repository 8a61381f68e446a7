//! Which page an address is: the timeline, one entry, one kind of event, or nothing we have.
//! Paths are relative to the site's base path, so the site works under any sub-path.

use timeline_data::model::{Dataset, Entry, Kind};

use crate::query::{self, encoding::decode_path};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    Entry(&'static Entry),
    Kind(&'static Kind),
    /// `entry/<slug>/` for a slug no entry has, as fit to show (see [`query::sanitize_for_display`]).
    UnknownEntry(String),
    /// Any other path, as fit to show.
    NotFound(String),
}

/// The base path with exactly one trailing slash: `/`, `/timeline/`.
pub fn normalize_base(base: &str) -> String {
    format!("/{}/", base.trim_matches('/')).replace("//", "/")
}

/// Reads a path (`/timeline/entry/singapore-summit/`) against the base path (`/timeline/`).
pub fn parse_path(path: &str, base: &str, dataset: &Dataset) -> Route {
    let base = normalize_base(base);
    let not_found = || Route::NotFound(query::sanitize_for_display(&decode_path(path).0));
    let Some(rest) = format!("{}/", path.trim_end_matches('/')).strip_prefix(&base).map(str::to_owned) else {
        return not_found();
    };
    let rest = rest.strip_suffix("index.html/").map(str::to_owned).unwrap_or(rest);
    let segments: Vec<String> = rest.split('/').filter(|s| !s.is_empty()).map(|s| decode_path(s).0).collect();
    match segments.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        [] => Route::Home,
        ["entry", slug] => dataset.entry(slug).map_or_else(|| Route::UnknownEntry(query::sanitize_for_display(slug)), Route::Entry),
        ["kind", id] => dataset.kind(id).map_or_else(not_found, Route::Kind),
        _ => not_found(),
    }
}

pub fn entry_path(base: &str, slug: &str) -> String {
    format!("{}entry/{slug}/", normalize_base(base))
}

pub fn kind_path(base: &str, id: &str) -> String {
    format!("{}kind/{id}/", normalize_base(base))
}
