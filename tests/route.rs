//! Paths from hostile or broken links: every one names a page we have or a problem that is
//! safe to show, and none panics.

#[allow(dead_code)] // this file checks paths; the oracle also checks queries
mod oracle;

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
