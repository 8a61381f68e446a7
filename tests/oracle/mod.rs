//! What parsing must give for any input, hostile or broken. Shared by the property tests,
//! which generate inputs, and the fuzzer (`fuzz/`), which mutates a corpus of hostile links.

use std::collections::HashSet;

use peace_timeline::dataset::DATASET;
use peace_timeline::i18n::ui;
use peace_timeline::query::{format, parse, ParsedQuery, MAX_NOTICES, MAX_SHOWN_CHARS, MAX_TEXT_CHARS};
use peace_timeline::route::{parse_path, Route};
use timeline_data::language::Language;

/// Longest a notice may be: its own words and one shortened quote from the link.
const MAX_NOTICE_CHARS: usize = MAX_SHOWN_CHARS + 60;

fn ensure(condition: bool, problem: impl FnOnce() -> String) -> Result<(), String> {
    if condition {
        Ok(())
    } else {
        Err(problem())
    }
}

/// Text shown back to the reader must be short and unable to garble or disguise the page.
fn ensure_fit_to_show(text: &str, max_chars: usize, input: &str) -> Result<(), String> {
    ensure(text.chars().count() <= max_chars, || format!("{input:?} shows a long text: {text:?}"))?;
    ensure(!text.chars().any(char::is_control), || format!("{input:?} shows a control character: {text:?}"))
}

/// A query string gives a filter the app can hold and a link can carry unchanged, and a few
/// short, distinct notices.
pub fn check_query(query: &str) -> Result<ParsedQuery, String> {
    let parsed = parse(query, &DATASET);
    let ParsedQuery { filter, notices } = &parsed;
    ensure(notices.len() <= MAX_NOTICES, || format!("{query:?} gives {} notices", notices.len()))?;
    ensure(notices.iter().collect::<HashSet<_>>().len() == notices.len(), || {
        format!("{query:?} repeats a notice: {notices:?}")
    })?;
    for notice in notices {
        for language in Language::ALL {
            ensure_fit_to_show(&(ui(language).notice)(notice), MAX_NOTICE_CHARS, query)?;
        }
    }
    ensure(filter.text.chars().count() <= MAX_TEXT_CHARS, || format!("{query:?} keeps a long search text"))?;
    if let (Some(from), Some(to)) = (filter.from_year, filter.to_year) {
        ensure(from <= to, || format!("{query:?} gives the years {from} to {to}"))?;
    }
    let again = parse(&format(filter), &DATASET);
    ensure(again.filter == *filter, || format!("the filter read from {query:?} does not survive a link: {filter:?}"))?;
    ensure(again.notices.is_empty(), || format!("the link written for {query:?} has problems: {:?}", again.notices))?;
    Ok(parsed)
}

/// A path names a page, or a problem whose text is fit to show.
pub fn check_path(path: &str, base: &str) -> Result<Route, String> {
    let route = parse_path(path, base, &DATASET).route;
    if let Route::UnknownEntry(text) | Route::NotFound(text) = &route {
        ensure_fit_to_show(text, MAX_SHOWN_CHARS + 1, path)?;
    }
    Ok(route)
}
