//! The filter as a query string, so that a filtered view can be reloaded and shared.
//!
//! `?kind=summit,publication&actor=joseph-yun&from=2018&to=2024&q=end+of+war&background=1`
//!
//! Parsing is total: whatever arrives (a truncated link, a mangled paste, a crafted URL) gives
//! the filter it can make sense of plus [`Notice`]s saying what it ignored.

pub mod encoding;

use std::collections::{BTreeSet, HashSet};

use timeline_data::model::Dataset;

use crate::filter::Filter;
use encoding::{decode, encode, Repairs};

/// Longest free text kept from a link; anything longer is cut.
pub const MAX_TEXT_CHARS: usize = 200;
/// Latest year a link may ask for.
pub const MAX_YEAR: u16 = 9999;
/// Notices beyond this many are summed up in one.
pub const MAX_NOTICES: usize = 5;
/// Longest piece of an address shown back to the reader.
pub const MAX_SHOWN_CHARS: usize = 60;

/// Something in a link that was ignored or repaired; [`crate::i18n::UiText::notice`] says it
/// in words, quoting from the link only what [`sanitize_for_display`] leaves.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Notice {
    UnknownKind(String),
    UnknownActor(String),
    UnknownParameter(String),
    /// `q`, `from` or `to` given more than once: only the last one counts.
    RepeatedParameter(&'static str),
    NotAYear {
        parameter: &'static str,
        value: String,
    },
    ReversedYears {
        from: u16,
        to: u16,
    },
    TextTooLong,
    /// `background` takes `1` (shown) or `0` (hidden).
    NotAFlag(String),
    BrokenEscape,
    InvalidUtf8,
    More(usize),
}

/// Text from an address made fit to show back to the reader: short, and with control and
/// bidirectional-formatting characters replaced, since a crafted link could use them to
/// garble the message or make it read as something else.
pub fn sanitize_for_display(text: &str) -> String {
    let mut chars = text.chars().map(|c| if is_disguising(c) { char::REPLACEMENT_CHARACTER } else { c });
    let mut out: String = chars.by_ref().take(MAX_SHOWN_CHARS).collect();
    if chars.next().is_some() {
        out.push('…');
    }
    out
}

fn is_disguising(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// A filter read from a query string, and what was ignored on the way.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ParsedQuery {
    pub filter: Filter,
    pub notices: Vec<Notice>,
}

/// Parameters that link shorteners, newsletters and social sites append; they say nothing
/// about the view and are dropped without a notice.
fn is_tracking_parameter(key: &str) -> bool {
    key.starts_with("utm_") || matches!(key, "fbclid" | "gclid" | "mc_cid" | "mc_eid" | "ref" | "si")
}

/// Collects notices without repeats, keeping the first few and counting the rest, so that a
/// link with thousands of bad ids costs neither memory nor the reader's patience.
#[derive(Default)]
struct Notices {
    seen: HashSet<Notice>,
    kept: Vec<Notice>,
    more: usize,
}

impl Notices {
    fn push(&mut self, notice: Notice) {
        if self.seen.contains(&notice) {
            return;
        }
        if self.kept.len() < MAX_NOTICES {
            self.kept.push(notice.clone());
        } else {
            self.more += 1;
        }
        self.seen.insert(notice);
    }

    /// Notes a parameter that takes one value, and whether the link already gave it.
    fn note_repeat(&mut self, given: &mut HashSet<&'static str>, parameter: &'static str) {
        if !given.insert(parameter) {
            self.push(Notice::RepeatedParameter(parameter));
        }
    }

    fn into_vec(mut self) -> Vec<Notice> {
        if self.more > 0 {
            self.kept.pop();
            self.kept.push(Notice::More(self.more + 1));
        }
        self.kept
    }
}

/// Selects the ids in a comma-separated `kind` or `actor` value that `known` recognises, and
/// names the others.
fn select_known(
    value: &str,
    selected: &mut BTreeSet<&'static str>,
    known: impl Fn(&str) -> Option<&'static str>,
    unknown: fn(String) -> Notice,
    notices: &mut Notices,
) {
    for id in list(value) {
        match known(&id) {
            Some(id) => {
                selected.insert(id);
            }
            None => notices.push(unknown(id)),
        }
    }
}

/// Reads a query string (with or without its leading `?`).
pub fn parse(query: &str, dataset: &Dataset) -> ParsedQuery {
    let mut filter = Filter::default();
    let mut notices = Notices::default();
    let mut repairs = Repairs::default();
    let mut given = HashSet::new();

    // A doubled `?` is a common slip when a query is pasted onto an address that has one.
    for pair in query.trim_start_matches('?').split('&') {
        let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
        let (key, key_repairs) = decode(raw_key);
        let (value, value_repairs) = decode(raw_value);
        let key = key.trim().to_lowercase();
        if key.is_empty() && value.trim().is_empty() {
            continue;
        }
        repairs.broken_escape |= key_repairs.broken_escape || value_repairs.broken_escape;
        repairs.invalid_utf8 |= key_repairs.invalid_utf8 || value_repairs.invalid_utf8;
        match key.as_str() {
            "kind" => select_known(
                &value,
                &mut filter.kinds,
                |id| dataset.kind(id).map(|kind| kind.id),
                Notice::UnknownKind,
                &mut notices,
            ),
            "actor" => select_known(
                &value,
                &mut filter.actors,
                |id| dataset.actor(id).map(|actor| actor.id),
                Notice::UnknownActor,
                &mut notices,
            ),
            "q" => {
                notices.note_repeat(&mut given, "q");
                filter.text = value.chars().take(MAX_TEXT_CHARS).collect();
                if filter.text.len() < value.len() {
                    notices.push(Notice::TextTooLong);
                }
            }
            "from" | "to" => {
                let parameter = if key == "from" { "from" } else { "to" };
                notices.note_repeat(&mut given, parameter);
                match year(&value) {
                    Some(year) if parameter == "from" => filter.from_year = Some(year),
                    Some(year) => filter.to_year = Some(year),
                    None if value.trim().is_empty() => {}
                    None => notices.push(Notice::NotAYear { parameter, value }),
                }
            }
            "background" => {
                notices.note_repeat(&mut given, "background");
                match value.trim().to_lowercase().as_str() {
                    "1" | "true" | "yes" | "on" | "" => filter.background = true,
                    "0" | "false" | "no" | "off" => filter.background = false,
                    _ => notices.push(Notice::NotAFlag(value)),
                }
            }
            _ if is_tracking_parameter(&key) => {}
            "" => notices.push(Notice::UnknownParameter(format!("={value}"))),
            _ => notices.push(Notice::UnknownParameter(key)),
        }
    }

    if let (Some(from), Some(to)) = (filter.from_year, filter.to_year) {
        if from > to {
            notices.push(Notice::ReversedYears { from, to });
            filter.from_year = Some(to);
            filter.to_year = Some(from);
        }
    }
    if repairs.broken_escape {
        notices.push(Notice::BrokenEscape);
    }
    if repairs.invalid_utf8 {
        notices.push(Notice::InvalidUtf8);
    }
    ParsedQuery { filter, notices: notices.into_vec() }
}

/// The comma-separated ids of a `kind` or `actor` value, tidied the way people mistype them.
fn list(value: &str) -> impl Iterator<Item = String> + '_ {
    value.split(',').map(|id| id.trim().to_lowercase()).filter(|id| !id.is_empty())
}

fn year(value: &str) -> Option<u16> {
    let value = value.trim();
    if value.is_empty() || value.len() > 4 || !value.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    value.parse().ok().filter(|year| *year <= MAX_YEAR)
}

/// Writes the filter as a query string without the `?`; empty for the empty filter.
/// The inverse of [`parse`] for every filter the app can hold.
pub fn format(filter: &Filter) -> String {
    let mut pairs = Vec::new();
    if !filter.kinds.is_empty() {
        pairs.push(format!("kind={}", filter.kinds.iter().copied().collect::<Vec<_>>().join(",")));
    }
    if !filter.actors.is_empty() {
        pairs.push(format!("actor={}", filter.actors.iter().copied().collect::<Vec<_>>().join(",")));
    }
    if let Some(from) = filter.from_year {
        pairs.push(format!("from={from}"));
    }
    if let Some(to) = filter.to_year {
        pairs.push(format!("to={to}"));
    }
    if !filter.text.is_empty() {
        pairs.push(format!("q={}", encode(&filter.text)));
    }
    if filter.background {
        pairs.push("background=1".to_owned());
    }
    pairs.join("&")
}

/// `?` and the query, or nothing for the empty filter: ready to append to a path.
pub fn search_suffix(filter: &Filter) -> String {
    let query = format(filter);
    if query.is_empty() {
        query
    } else {
        format!("?{query}")
    }
}
