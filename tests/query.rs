//! The filter in the query string: round trips, and total parsing of whatever a link carries,
//! hostile or broken.

#[allow(dead_code)] // this file checks queries; the oracle also checks paths
mod oracle;

use peace_timeline::dataset::DATASET;
use peace_timeline::filter::Filter;
use peace_timeline::query::{format, parse, Notice, ParsedQuery, MAX_NOTICES, MAX_TEXT_CHARS};
use proptest::prelude::*;

/// How a notice reads on an English page.
trait InEnglish {
    fn english(&self) -> String;
}

impl InEnglish for Notice {
    fn english(&self) -> String {
        (peace_timeline::i18n::ui(timeline_data::language::Language::English).notice)(self)
    }
}

/// Pieces that links are really mangled with: known and unknown keys in any case, escapes
/// whole, truncated and invalid, separators doubled or missing, markup, bidi controls,
/// numbers that are almost years, and long runs.
fn hostile_piece() -> impl Strategy<Value = String> {
    let kinds: Vec<&str> = DATASET.kinds.iter().map(|k| k.id).collect();
    let actors: Vec<&str> = DATASET.actors.iter().map(|a| a.id).collect();
    prop_oneof![
        prop::sample::select(vec![
            "kind",
            "KIND",
            "Kind",
            "actor",
            "Actor",
            "from",
            "to",
            "TO",
            "q",
            "Q",
            "utm_source",
            "fbclid",
            "colour",
            "%6Bind",
            "k%69nd",
            "%71",
            "?kind",
            "kind ",
            "+q",
            "q+",
        ])
        .prop_map(str::to_owned),
        prop::sample::select(vec![
            "&",
            "&",
            "=",
            "=",
            ",",
            "+",
            "%20",
            "%",
            "%2",
            "%E0%A4",
            "%FF",
            "%C3%28",
            "%00",
            "%0A",
            "#",
            ";",
            "??",
            "%26",
            "%3D",
            "%2C",
            "%E2%80%AE",
            "\u{202E}",
            "\u{0}",
            "\n",
            "<img src=x onerror=alert(1)>",
            "\"><svg/onload=alert(1)>",
            "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "javascript:alert(1)",
            "정전",
            "\u{FFFD}",
            "2018",
            "1953",
            "9999",
            "10000",
            "-5",
            "1e3",
            "0x7E2",
            "２０１８",
            "soon",
            " 2018 ",
        ])
        .prop_map(str::to_owned),
        prop::sample::select(kinds).prop_map(str::to_owned),
        prop::sample::select(actors).prop_map(|actor| actor.to_uppercase()),
        any::<u8>().prop_map(|byte| format!("%{byte:02X}")),
        (prop::sample::select(vec!["a", "%", "%E", ",", "&", "="]), 0usize..400).prop_map(|(piece, n)| piece.repeat(n)),
        "[ -~]{0,8}",
        any::<char>().prop_map(String::from),
    ]
}

fn hostile_query() -> impl Strategy<Value = String> {
    prop::collection::vec(hostile_piece(), 0..24).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(20_000))]

    #[test]
    fn parsing_any_string_is_sensible(query in ".{0,300}") {
        oracle::check_query(&query).map_err(TestCaseError::fail)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(60_000))]

    #[test]
    fn parsing_hostile_links_is_sensible(query in hostile_query()) {
        oracle::check_query(&query).map_err(TestCaseError::fail)?;
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
    assert_eq!(parsed.notices[0].english(), "Ignored the unknown kind of event “battle”.");
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

fn sensible(query: &str) -> ParsedQuery {
    oracle::check_query(query).unwrap()
}

#[test]
fn truncated_escapes_are_kept_as_text_and_named() {
    for query in ["q=peace%", "q=peace%2", "q=%E2%80", "kind=summit%E", "q=%%%"] {
        assert!(
            sensible(query).notices.iter().any(|n| matches!(n, Notice::BrokenEscape | Notice::InvalidUtf8)),
            "{query}"
        );
    }
    assert_eq!(sensible("q=peace%2").filter.text, "peace%2");
}

#[test]
fn invalid_utf8_is_replaced_and_named() {
    let parsed = sensible("q=%FF%FEwar&kind=%C3%28");
    assert_eq!(parsed.filter.text, "\u{FFFD}\u{FFFD}war");
    assert!(parsed.notices.contains(&Notice::InvalidUtf8));
    assert!(parsed.notices.contains(&Notice::UnknownKind("\u{FFFD}(".into())));
}

#[test]
fn repeated_keys_add_up_or_keep_the_last_one_with_a_notice() {
    let parsed = sensible("kind=summit&kind=publication&q=first&q=last&from=1990&from=2000");
    assert_eq!(parsed.filter.kinds.len(), 2);
    assert_eq!(parsed.filter.text, "last");
    assert_eq!(parsed.filter.from_year, Some(2000));
    assert_eq!(parsed.notices, [Notice::RepeatedParameter("q"), Notice::RepeatedParameter("from")]);
    assert_eq!(parsed.notices[0].english(), "The link gives “q” more than once; used the last one.");
}

#[test]
fn absurdly_long_values_are_cut_or_summed_up() {
    let text = format!("q={}", "war ".repeat(40_000));
    assert_eq!(sensible(&text).notices, [Notice::TextTooLong]);

    let key = "k".repeat(150_000);
    let parsed = sensible(&format!("{key}=1"));
    assert_eq!(parsed.notices.len(), 1);
    assert!(parsed.notices[0].english().ends_with("…”."));

    let ids = (0..30_000).map(|i| format!("kind-{i}")).collect::<Vec<_>>().join(",");
    let parsed = sensible(&format!("kind=summit,{ids}"));
    assert_eq!(parsed.filter.kinds.len(), 1);
    assert_eq!(parsed.notices.last(), Some(&Notice::More(30_000 - (MAX_NOTICES - 1))));

    assert!(sensible(&format!("from={}", "9".repeat(120_000))).notices[0].english().len() < 120);
    assert_eq!(sensible(&"%".repeat(120_000)).notices.len(), 2, "one unknown parameter and one broken escape");
    assert!(sensible(&"%FF".repeat(40_000)).notices.contains(&Notice::InvalidUtf8));
    assert_eq!(sensible(&"&".repeat(120_000)).notices, []);
}

#[test]
fn unknown_kinds_and_actors_are_named_and_the_rest_applies() {
    let parsed = sensible("kind=summit,battle,,&actor=joseph-yun,nobody");
    assert_eq!(parsed.filter.kinds.iter().copied().collect::<Vec<_>>(), ["summit"]);
    assert_eq!(parsed.filter.actors.iter().copied().collect::<Vec<_>>(), ["joseph-yun"]);
    assert_eq!(parsed.notices, [Notice::UnknownKind("battle".into()), Notice::UnknownActor("nobody".into())]);
}

#[test]
fn years_that_are_not_years_are_named() {
    for value in ["soon", "-1953", "1e3", "0x7E2", "２０１８", "10000", "2018.5", "20 18"] {
        let parsed = sensible(&format!("from={value}"));
        assert_eq!(parsed.filter.from_year, None, "{value}");
        assert!(
            matches!(&parsed.notices[..], [Notice::NotAYear { parameter: "from", .. }]),
            "{value}: {:?}",
            parsed.notices
        );
    }
    assert_eq!(sensible("from=+2018+").filter.from_year, Some(2018), "spaces around a year are forgiven");
    assert_eq!(sensible("to=0").filter.to_year, Some(0));
}

#[test]
fn plus_and_percent_twenty_read_the_same() {
    assert_eq!(sensible("q=end+of+war").filter, sensible("q=end%20of%20war").filter);
    assert_eq!(sensible("q=a%2Bb").filter.text, "a+b");
}

#[test]
fn mixed_case_keys_and_ids_are_understood() {
    let parsed = sensible("KIND=SUMMIT&Actor=Joseph-Yun&Q=Peace");
    assert_eq!(parsed.notices, []);
    assert_eq!(parsed.filter.kinds.len(), 1);
    assert_eq!(parsed.filter.actors.len(), 1);
    assert_eq!(parsed.filter.text, "Peace", "the search text keeps its case; search ignores it");
}

#[test]
fn trailing_junk_and_stray_separators_are_tolerated() {
    assert_eq!(sensible("??kind=summit&&&").notices, []);
    assert_eq!(sensible("kind=summit&=&").filter.kinds.len(), 1);
    assert_eq!(sensible("kind=summit;junk").notices, [Notice::UnknownKind("summit;junk".into())]);
    assert_eq!(sensible("kind=summit/").notices, [Notice::UnknownKind("summit/".into())]);
    assert_eq!(sensible("=orphan").notices, [Notice::UnknownParameter("=orphan".into())]);
    assert_eq!(sensible("kind=summit=publication").notices, [Notice::UnknownKind("summit=publication".into())]);
}

#[test]
fn notices_cannot_be_disguised_with_control_or_bidi_characters() {
    let parsed = sensible("kind=%E2%80%AEtimmus%0A%1B[31m");
    let text = parsed.notices[0].english();
    assert_eq!(text, "Ignored the unknown kind of event “\u{FFFD}timmus\u{FFFD}\u{FFFD}[31m”.");
}

#[test]
fn repeated_problems_are_named_once() {
    assert_eq!(sensible("kind=battle,battle,BATTLE&kind=battle").notices, [Notice::UnknownKind("battle".into())]);
}
