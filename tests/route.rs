//! Paths from hostile or broken links: every one names a page we have or a problem that is
//! safe to show, and none panics.

#[allow(dead_code)] // this file checks paths; the oracle also checks queries
mod oracle;

use peace_timeline::dataset::DATASET;
use peace_timeline::query::MAX_SHOWN_CHARS;
use peace_timeline::route::{parse_path, Route};
use proptest::prelude::*;

const BASE: &str = "/timeline/";

fn hostile_path() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        prop::sample::select(vec![
            "/",
            "/",
            "timeline",
            "entry",
            "kind",
            "index.html",
            "..",
            ".",
            "%2e%2e",
            "%2F",
            "%5C",
            "\\",
            "%00",
            "%",
            "%E",
            "%FF",
            "+",
            "%20",
            "?",
            "#",
            ";",
            "//",
            "singapore-summit",
            "SUMMIT",
            "summit",
            "%3Cscript%3E",
            "<img src=x>",
            "%E2%80%AE",
            "정전",
        ])
        .prop_map(str::to_owned),
        (prop::sample::select(vec!["a", "../", "%2e", "/"]), 0usize..300).prop_map(|(piece, n)| piece.repeat(n)),
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..16).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    #[test]
    fn any_path_gives_a_route_safe_to_show(path in ".{0,200}", base in prop::sample::select(vec!["/", "/timeline/", "timeline", "//a//b//"])) {
        oracle::check_path(&path, base).map_err(TestCaseError::fail)?;
    }

    #[test]
    fn hostile_paths_give_a_route_safe_to_show(path in hostile_path()) {
        oracle::check_path(&path, BASE).map_err(TestCaseError::fail)?;
    }
}

#[test]
fn traversal_and_encoded_separators_stay_inside_the_site() {
    for path in
        ["/timeline/entry/%2e%2e%2f%2e%2e%2fetc/", "/timeline/entry/..%2F..%2Fetc%2Fpasswd/", "/timeline/entry/a%5Cb/"]
    {
        assert!(matches!(parse_path(path, BASE, &DATASET), Route::UnknownEntry(_)), "{path}");
    }
    assert!(matches!(parse_path("/timeline/../../etc/passwd", BASE, &DATASET), Route::NotFound(_)));
    assert!(matches!(parse_path("/etc/passwd", BASE, &DATASET), Route::NotFound(_)));
    assert!(matches!(parse_path("/timelinex/entry/singapore-summit/", BASE, &DATASET), Route::NotFound(_)));
}

#[test]
fn markup_in_a_path_is_only_text() {
    assert_eq!(
        parse_path("/timeline/entry/%3Cimg%20src=x%20onerror=alert(1)%3E/", BASE, &DATASET),
        Route::UnknownEntry("<img src=x onerror=alert(1)>".into())
    );
}

#[test]
fn a_plus_in_a_path_is_not_a_space() {
    assert_eq!(parse_path("/timeline/entry/a+b/", BASE, &DATASET), Route::UnknownEntry("a+b".into()));
}

#[test]
fn long_and_garbled_paths_are_shortened_and_cleaned_for_showing() {
    let long = format!("/timeline/entry/{}/", "x".repeat(100_000));
    let Route::UnknownEntry(slug) = parse_path(&long, BASE, &DATASET) else { panic!("not an unknown entry") };
    assert_eq!(slug, format!("{}…", "x".repeat(MAX_SHOWN_CHARS)));
    assert_eq!(
        parse_path("/timeline/entry/%E2%80%AEevil%0A%FF/", BASE, &DATASET),
        Route::UnknownEntry("\u{FFFD}evil\u{FFFD}\u{FFFD}".into())
    );
}

#[test]
fn doubled_slashes_and_index_files_still_find_the_page() {
    let singapore = DATASET.entry("singapore-summit").unwrap();
    assert_eq!(parse_path("/timeline//entry//singapore-summit//", BASE, &DATASET), Route::Entry(singapore));
    assert_eq!(parse_path("/timeline/entry/singapore-summit/index.html", BASE, &DATASET), Route::Entry(singapore));
    assert!(matches!(parse_path("/timeline/entry/index.html", BASE, &DATASET), Route::NotFound(_)));
}
