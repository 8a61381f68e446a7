//! The filter in the query string: round trips, and total parsing of whatever a link carries.

use peace_timeline::dataset::DATASET;
use peace_timeline::filter::Filter;
use peace_timeline::query::{format, parse, Notice, MAX_TEXT_CHARS};
use proptest::prelude::*;

fn filter_strategy() -> impl Strategy<Value = Filter> {
    let kinds = proptest::sample::subsequence(DATASET.kinds.iter().map(|k| k.id).collect::<Vec<_>>(), 0..=DATASET.kinds.len());
    let actors = proptest::sample::subsequence(DATASET.actors.iter().map(|a| a.id).collect::<Vec<_>>(), 0..=4);
    let years = (proptest::option::of(0u16..=9999), proptest::option::of(0u16..=9999));
    let text = proptest::string::string_regex(&format!(".{{0,{MAX_TEXT_CHARS}}}")).unwrap();
    (kinds, actors, years, text).prop_map(|(kinds, actors, (a, b), text)| {
        let (from_year, to_year) = match (a, b) {
            (Some(a), Some(b)) => (Some(a.min(b)), Some(a.max(b))),
            other => other,
        };
        Filter { kinds: kinds.into_iter().collect(), actors: actors.into_iter().collect(), from_year, to_year, text }
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn formatting_then_parsing_gives_the_same_filter(filter in filter_strategy()) {
        let parsed = parse(&format!("?{}", format(&filter)), &DATASET);
        prop_assert_eq!(&parsed.filter, &filter);
        prop_assert!(parsed.notices.is_empty(), "{:?}", parsed.notices);
    }

    #[test]
    fn parsing_any_string_is_total(query in ".{0,300}") {
        let parsed = parse(&query, &DATASET);
        prop_assert!(parsed.notices.len() <= 5);
        prop_assert!(parsed.filter.text.chars().count() <= MAX_TEXT_CHARS);
    }

    #[test]
    fn parsing_query_shaped_noise_is_total(pairs in proptest::collection::vec(("[a-zA-Z%+]{0,6}", "[a-z0-9,%+&=. -]{0,12}"), 0..8)) {
        let query: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect();
        let parsed = parse(&query.join("&"), &DATASET);
        if let (Some(from), Some(to)) = (parsed.filter.from_year, parsed.filter.to_year) {
            prop_assert!(from <= to);
        }
    }
}

#[test]
fn a_shared_link_reads_back() {
    let parsed = parse("?kind=summit,publication&actor=joseph-yun&from=2018&to=2024&q=end+of%20war", &DATASET);
    assert_eq!(parsed.notices, []);
    assert_eq!(parsed.filter.kinds.iter().copied().collect::<Vec<_>>(), ["publication", "summit"]);
    assert_eq!(parsed.filter.text, "end of war");
    assert_eq!((parsed.filter.from_year, parsed.filter.to_year), (Some(2018), Some(2024)));
}

#[test]
fn what_cannot_be_used_is_named() {
    let parsed = parse("?kind=summit,battle&actor=nobody&from=soon&colour=red&utm_source=chat", &DATASET);
    assert_eq!(parsed.filter.kinds.len(), 1);
    assert_eq!(
        parsed.notices,
        [
            Notice::UnknownKind("battle".into()),
            Notice::UnknownActor("nobody".into()),
            Notice::NotAYear { parameter: "from", value: "soon".into() },
            Notice::UnknownParameter("colour".into()),
        ]
    );
    assert_eq!(parsed.notices[0].to_string(), "Ignored the unknown kind of event “battle”.");
}

#[test]
fn mixed_case_repeated_keys_and_reversed_years_are_tidied() {
    let parsed = parse("KIND=Summit&kind=publication&From=2024&to=2018", &DATASET);
    assert_eq!(parsed.filter.kinds.len(), 2);
    assert_eq!((parsed.filter.from_year, parsed.filter.to_year), (Some(2018), Some(2024)));
    assert_eq!(parsed.notices, [Notice::ReversedYears { from: 2024, to: 2018 }]);
}

#[test]
fn broken_escapes_and_long_text_are_reported() {
    let parsed = parse("q=100%&kind=%E0%A4%A", &DATASET);
    assert!(parsed.notices.contains(&Notice::BrokenEscape));
    let long = format!("q={}", "a".repeat(100_000));
    let parsed = parse(&long, &DATASET);
    assert_eq!(parsed.filter.text.len(), MAX_TEXT_CHARS);
    assert_eq!(parsed.notices, [Notice::TextTooLong]);
}

#[test]
fn markup_in_a_link_stays_text() {
    let parsed = parse("?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E", &DATASET);
    assert_eq!(parsed.filter.text, "<img src=x onerror=alert(1)>");
}

#[test]
fn many_problems_are_summed_up() {
    let parsed = parse("kind=a,b,c,d,e,f,g,h", &DATASET);
    assert_eq!(parsed.notices.len(), 5);
    assert_eq!(parsed.notices[4], Notice::More(4));
}

#[test]
fn the_empty_filter_has_no_query() {
    assert_eq!(format(&Filter::default()), "");
}
