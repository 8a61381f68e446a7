//! The filter as a query string, so that a filtered view can be reloaded and shared.
//!
//! `?kind=summit,publication&actor=joseph-yun&from=2018&to=2024&q=end+of+war&background=1`
//!
//! Parsing is total: whatever arrives (a truncated link, a mangled paste, a crafted URL) gives
//! the filter it can make sense of plus [`Notice`]s saying what it ignored.

pub mod encoding;

use std::collections::HashSet;

use timeline_data::model::Dataset;

use crate::filter::{Filter, IdSet};
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
    fn note_repeat(&mut self, given: &mut Vec<&'static str>, parameter: &'static str) {
        if given.contains(&parameter) {
            self.push(Notice::RepeatedParameter(parameter));
        } else {
            given.push(parameter);
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
    selected: &mut IdSet,
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
    // The parameters that take one value and were given: a few at most.
    let mut given = Vec::new();

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::DATASET;
    use proptest::prelude::*;

    fn read(query: &str) -> ParsedQuery {
        parse(query, &DATASET)
    }

    fn notices(query: &str) -> Vec<Notice> {
        read(query).notices
    }

    #[test]
    fn every_parameter_is_read_into_the_filter() {
        let parsed = read("?kind=summit,publication&actor=joseph-yun&from=2018&to=2024&q=end+of+war&background=1");
        assert_eq!(parsed.notices, []);
        assert_eq!(
            parsed.filter,
            Filter {
                kinds: ["publication", "summit"].into(),
                actors: ["joseph-yun"].into(),
                from_year: Some(2018),
                to_year: Some(2024),
                text: "end of war".into(),
                background: true,
            }
        );
        assert_eq!(read("from=1953").filter.from_year, Some(1953), "the `?` is optional");
        assert_eq!(read("?to=1953").filter, Filter { to_year: Some(1953), ..Filter::default() });
    }

    #[test]
    fn ids_are_tidied_and_unknown_ones_named() {
        let parsed = read("?kind=%20Summit%20,,battle,&actor=RUSSIA,nobody");
        assert_eq!(parsed.filter.kinds, ["summit"].into());
        assert_eq!(parsed.filter.actors, ["russia"].into());
        assert_eq!(parsed.notices, [Notice::UnknownKind("battle".into()), Notice::UnknownActor("nobody".into())]);
        assert_eq!(notices("?kind=,,"), [], "empty ids are not ids");
    }

    #[test]
    fn the_background_flag_takes_yes_or_no_words() {
        for shown in ["1", "true", "YES", "on", ""] {
            let parsed = read(&format!("?background={shown}"));
            assert!(parsed.filter.background, "{shown:?}");
            assert_eq!(parsed.notices, [], "{shown:?}");
        }
        assert!(read("?background").filter.background, "a bare flag");
        for hidden in ["0", "false", "No", "off"] {
            let parsed = read(&format!("?background=1&background={hidden}"));
            assert!(!parsed.filter.background, "{hidden:?}");
            assert_eq!(parsed.notices, [Notice::RepeatedParameter("background")], "{hidden:?}");
        }
        let parsed = read("?background=maybe");
        assert!(!parsed.filter.background);
        assert_eq!(parsed.notices, [Notice::NotAFlag("maybe".into())]);
    }

    #[test]
    fn years_are_up_to_four_ascii_digits() {
        assert_eq!(read("?from=950").filter.from_year, Some(950));
        assert_eq!(read("?from=0950").filter.from_year, Some(950));
        assert_eq!(read("?to=+9999").filter.to_year, Some(9999), "a `+` is a space");
        assert_eq!(read("?from=%209999%20").filter.from_year, Some(9999));
        for (value, shown) in
            [("02018", "02018"), ("%2B201", "+201"), ("-201", "-201"), ("soon", "soon"), ("2O18", "2O18")]
        {
            let parsed = read(&format!("?from={value}"));
            assert_eq!(parsed.filter.from_year, None, "{value}");
            assert_eq!(parsed.notices, [Notice::NotAYear { parameter: "from", value: shown.into() }], "{value}");
        }
        assert_eq!(notices("?to=1e3"), [Notice::NotAYear { parameter: "to", value: "1e3".into() }]);
        assert_eq!(read("?from=&to=%20"), ParsedQuery::default(), "an empty year is no year, and no problem");
    }

    #[test]
    fn reversed_years_are_swapped_and_said_so() {
        let parsed = read("?from=2024&to=2018");
        assert_eq!((parsed.filter.from_year, parsed.filter.to_year), (Some(2018), Some(2024)));
        assert_eq!(parsed.notices, [Notice::ReversedYears { from: 2024, to: 2018 }]);
        let same = read("?from=2018&to=2018");
        assert_eq!((same.filter.from_year, same.filter.to_year), (Some(2018), Some(2018)));
        assert_eq!(same.notices, []);
        assert_eq!(notices("?from=2018&to=2024"), []);
    }

    #[test]
    fn a_repeated_single_parameter_keeps_the_last_value() {
        let parsed = read("?q=first&from=2000&q=second&from=2001&to=2024&to=2023");
        assert_eq!(parsed.filter.text, "second");
        assert_eq!((parsed.filter.from_year, parsed.filter.to_year), (Some(2001), Some(2023)));
        assert_eq!(
            parsed.notices,
            [Notice::RepeatedParameter("q"), Notice::RepeatedParameter("from"), Notice::RepeatedParameter("to")]
        );
        assert_eq!(notices("?kind=summit&kind=publication"), [], "lists may be given in parts");
        assert_eq!(read("?kind=summit&kind=publication").filter.kinds, ["publication", "summit"].into());
    }

    #[test]
    fn long_text_is_cut_at_a_character_boundary() {
        let exactly = "정".repeat(MAX_TEXT_CHARS);
        let parsed = read(&format!("?q={exactly}"));
        assert_eq!((parsed.filter.text.as_str(), parsed.notices.as_slice()), (exactly.as_str(), &[][..]));
        let parsed = read(&format!("?q={exactly}x"));
        assert_eq!(parsed.filter.text, exactly);
        assert_eq!(parsed.notices, [Notice::TextTooLong]);
    }

    #[test]
    fn unknown_parameters_are_named_and_tracking_ones_dropped_quietly() {
        assert_eq!(
            notices("?colour=red&Sort="),
            [Notice::UnknownParameter("colour".into()), Notice::UnknownParameter("sort".into())]
        );
        assert_eq!(notices("?=summit"), [Notice::UnknownParameter("=summit".into())]);
        let tracked = "?utm_source=news&utm_medium=email&fbclid=1&gclid=2&mc_cid=3&mc_eid=4&ref=5&si=6&kind=summit";
        assert_eq!(read(tracked).notices, []);
        assert_eq!(read(tracked).filter.kinds, ["summit"].into());
        assert_eq!(notices("?utm=1"), [Notice::UnknownParameter("utm".into())], "only the utm_ family");
    }

    #[test]
    fn empty_pairs_and_doubled_separators_are_ignored() {
        assert_eq!(read(""), ParsedQuery::default());
        assert_eq!(read("??&&kind=summit&&="), read("?kind=summit"));
        assert_eq!(read("?%20=%20"), ParsedQuery::default());
    }

    #[test]
    fn repairs_in_a_key_or_a_value_are_reported_once() {
        let count = |found: &[Notice], notice: &Notice| found.iter().filter(|found| *found == notice).count();
        assert_eq!(notices("?q=100%"), [Notice::BrokenEscape]);
        for query in ["?q%=x", "?q=%&from=%2"] {
            assert_eq!(count(&notices(query), &Notice::BrokenEscape), 1, "{query}");
        }
        assert_eq!(notices("?q=a%FF"), [Notice::InvalidUtf8]);
        for query in ["?%FF=1", "?q=%FF&to=%FE"] {
            assert_eq!(count(&notices(query), &Notice::InvalidUtf8), 1, "{query}");
        }
        assert_eq!(notices("?q=%41%FF%"), [Notice::BrokenEscape, Notice::InvalidUtf8], "both, in this order");
        assert_eq!(read("?q=%41%FF%").filter.text, "A\u{FFFD}%");
    }

    #[test]
    fn notices_are_not_repeated_and_past_five_are_summed_up() {
        assert_eq!(notices("?kind=a,a&kind=a"), [Notice::UnknownKind("a".into())]);
        let unknown = |count: usize| (0..count).map(|i| format!("k{i}")).collect::<Vec<_>>().join(",");
        let exactly: Vec<Notice> = (0..MAX_NOTICES).map(|i| Notice::UnknownKind(format!("k{i}"))).collect();
        assert_eq!(notices(&format!("?kind={}", unknown(MAX_NOTICES))), exactly);
        for count in [MAX_NOTICES + 1, MAX_NOTICES + 2, 1000] {
            let found = notices(&format!("?kind={}", unknown(count)));
            assert_eq!(found.len(), MAX_NOTICES, "{count}");
            assert_eq!(found[..MAX_NOTICES - 1], exactly[..MAX_NOTICES - 1], "{count}");
            assert_eq!(found[MAX_NOTICES - 1], Notice::More(count - (MAX_NOTICES - 1)), "{count}");
        }
    }

    #[test]
    fn text_from_an_address_is_shown_short_and_without_disguise() {
        assert_eq!(sanitize_for_display("정전 <b>"), "정전 <b>");
        let limit = "x".repeat(MAX_SHOWN_CHARS);
        assert_eq!(sanitize_for_display(&limit), limit);
        assert_eq!(sanitize_for_display(&format!("{limit}y")), format!("{limit}…"));
        assert_eq!(sanitize_for_display("a\nb\u{0}c\u{7F}"), "a\u{FFFD}b\u{FFFD}c\u{FFFD}");
        for disguise in ['\u{061C}', '\u{200E}', '\u{200F}', '\u{202A}', '\u{202E}', '\u{2066}', '\u{2069}'] {
            assert_eq!(sanitize_for_display(&format!("a{disguise}b")), "a\u{FFFD}b", "{:04X}", disguise as u32);
        }
        assert_eq!(sanitize_for_display("\u{2065}\u{206A}\u{200D}"), "\u{2065}\u{206A}\u{200D}", "neighbours stay");
    }

    #[test]
    fn the_query_is_written_in_a_fixed_order_and_empty_for_no_filter() {
        let filter = Filter {
            kinds: ["summit", "publication"].into(),
            actors: ["russia", "joseph-yun"].into(),
            from_year: Some(2018),
            to_year: Some(2024),
            text: "end of war & peace".into(),
            background: true,
        };
        let query =
            "kind=publication,summit&actor=joseph-yun,russia&from=2018&to=2024&q=end+of+war+%26+peace&background=1";
        assert_eq!(format(&filter), query);
        assert_eq!(search_suffix(&filter), format!("?{query}"));
        assert_eq!(format(&Filter::default()), "");
        assert_eq!(search_suffix(&Filter::default()), "");
        assert_eq!(format(&Filter { to_year: Some(0), ..Filter::default() }), "to=0");
        assert_eq!(format(&Filter { actors: ["russia"].into(), ..Filter::default() }), "actor=russia");
    }

    fn filter_strategy() -> impl Strategy<Value = Filter> {
        let kinds = proptest::sample::subsequence(
            DATASET.kinds.iter().map(|k| k.id).collect::<Vec<_>>(),
            0..=DATASET.kinds.len(),
        );
        let actors = proptest::sample::subsequence(DATASET.actors.iter().map(|a| a.id).collect::<Vec<_>>(), 0..=4);
        let years = (proptest::option::of(0u16..=MAX_YEAR), proptest::option::of(0u16..=MAX_YEAR));
        let text = proptest::string::string_regex(&format!(".{{0,{MAX_TEXT_CHARS}}}")).unwrap();
        (kinds, actors, years, text, any::<bool>()).prop_map(|(kinds, actors, (a, b), text, background)| {
            let (from_year, to_year) = match (a, b) {
                (Some(a), Some(b)) => (Some(a.min(b)), Some(a.max(b))),
                other => other,
            };
            Filter {
                kinds: kinds.into_iter().collect(),
                actors: actors.into_iter().collect(),
                from_year,
                to_year,
                text,
                background,
            }
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(10_000))]

        #[test]
        fn every_filter_the_app_can_hold_survives_its_link(filter in filter_strategy()) {
            prop_assert_eq!(read(&search_suffix(&filter)), ParsedQuery { filter, notices: Vec::new() });
        }
    }
}
