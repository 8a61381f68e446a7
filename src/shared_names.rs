//! Names that the app, its stylesheets and its plain scripts (`assets/*.css`, `assets/*.js`)
//! must spell alike: ids, classes, attributes and events that cross from one to another. They
//! are defined here once; the tests below read the assets and fail when one of them spells a
//! name differently, or uses a name of this kind that is not listed here.

/// The element the app renders into, and pre-rendered pages fill.
pub const APP_ROOT_ID: &str = "app";
/// The page's `<main>`, above which an alert about the app goes.
pub const MAIN_ID: &str = "main";
/// On `<html>` while a shared link's filters wait for the app: the timeline stays hidden.
pub const APPLYING_LINK_CLASS: &str = "applying-link";
/// Dispatched on `window` when the app cannot start or stops; `boot.js` shows an alert.
pub const APP_FAILED_EVENT: &str = "app-failed";
/// On the loader's `<script>`: the hashed JavaScript glue and WebAssembly files to load.
pub const APP_JS_ATTRIBUTE: &str = "data-app-js";
pub const APP_WASM_ATTRIBUTE: &str = "data-app-wasm";
/// On the site-wide not-found page's loader only: the Korean build's files, which it loads
/// where a host sends that English page for a missing Korean address.
pub const KOREAN_APP_JS_ATTRIBUTE: &str = "data-ko-app-js";
pub const KOREAN_APP_WASM_ATTRIBUTE: &str = "data-ko-app-wasm";
/// Controls that work only once the app runs; hidden without JavaScript.
pub const NEEDS_JS_CLASS: &str = "needs-js";
/// What stands in for those controls without JavaScript.
pub const NO_JS_ONLY_CLASS: &str = "no-js-only";
/// The stylesheet that hides [`NEEDS_JS_CLASS`] and shows [`NO_JS_ONLY_CLASS`].
pub const NO_JS_STYLESHEET: &str = "no-js.css";
/// On `<html>` where the browser has a share sheet: shows the "Share" buttons.
pub const SHARE_SHEET_CLASS: &str = "has-share-sheet";
/// On the page's `<main>` in the embedded edition: the compact layout.
pub const EMBED_CLASS: &str = "embed";
/// The box for messages about the page, which the alert from `boot.js` looks like.
pub const MESSAGES_CLASS: &str = "messages";
/// Where the layout puts the filters beside the timeline instead of behind a button; the
/// filters open over the page only below it.
pub const WIDE_LAYOUT_QUERY: &str = "(min-width: 960px)";

// Ids the app's own code looks elements up by.
/// The timeline's section: the skip link's target, and where `j` and `k` find the entries.
pub const TIMELINE_ID: &str = "timeline";
pub const SEARCH_ID: &str = "filter-text";
pub const FILTERS_TITLE_ID: &str = "filters-title";
pub const FILTERS_BUTTON_ID: &str = "filters-button";
pub const SHORTCUTS_DIALOG_ID: &str = "keyboard-shortcuts";
pub const EMBED_DIALOG_ID: &str = "embed-code";
/// The text area holding the embedding code.
pub const EMBED_SNIPPET_ID: &str = "embed-snippet";
/// On the app root of a page rendered ahead of time: which page it is (see
/// [`crate::route::Paths::prerendered_page`]).
pub const PRERENDERED_PAGE_ATTRIBUTE: &str = "data-page";

/// Each name with the asset files that must use it, spelled exactly so.
pub const USED_IN_ASSETS: &[(&str, &[&str])] = &[
    (APP_ROOT_ID, &["boot.js"]),
    (MAIN_ID, &["boot.js"]),
    (APPLYING_LINK_CLASS, &["boot.js", "style.css"]),
    (APP_FAILED_EVENT, &["boot.js", "load-app.js"]),
    (APP_WASM_ATTRIBUTE, &["load-app.js"]),
    (NEEDS_JS_CLASS, &["no-js.css"]),
    (NO_JS_ONLY_CLASS, &["no-js.css", "style.css"]),
    (NO_JS_STYLESHEET, &["boot.js"]),
    (SHARE_SHEET_CLASS, &["style.css"]),
    (EMBED_CLASS, &["style.css", "no-js.css"]),
    (MESSAGES_CLASS, &["boot.js", "style.css"]),
    (WIDE_LAYOUT_QUERY, &["style.css"]),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn asset(name: &str) -> String {
        let path = format!("{}/assets/{name}", env!("CARGO_MANIFEST_DIR"));
        std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("cannot read {path}: {error}"))
    }

    /// Every quoted word in `text` that follows one of `callers`, such as `classList.add('x')`.
    fn quoted_after(text: &str, callers: &[&str]) -> Vec<String> {
        let mut found = Vec::new();
        for caller in callers {
            for (at, _) in text.match_indices(caller) {
                let rest = &text[at + caller.len()..];
                let Some(quote) = rest.chars().next().filter(|c| matches!(c, '\'' | '"')) else { continue };
                if let Some(end) = rest[1..].find(quote) {
                    found.push(rest[1..1 + end].to_owned());
                }
            }
        }
        found
    }

    #[test]
    fn every_asset_spells_the_names_it_uses_as_the_app_does() {
        for (name, files) in USED_IN_ASSETS {
            for file in *files {
                assert!(
                    asset(file).contains(name),
                    "assets/{file} no longer uses “{name}”: rename it in src/shared_names.rs too"
                );
            }
        }
    }

    #[test]
    fn the_scripts_use_no_id_class_or_event_that_is_not_shared() {
        let shared: Vec<&str> = USED_IN_ASSETS.iter().map(|(name, _)| *name).collect();
        for file in ["boot.js", "load-app.js"] {
            let script = asset(file);
            let names = quoted_after(
                &script,
                &[
                    "classList.add(",
                    "classList.remove(",
                    "getElementById(",
                    "addEventListener(",
                    "new Event(",
                    "className = ",
                ],
            );
            let names = names.iter().flat_map(|name| name.split_whitespace().map(str::to_owned).collect::<Vec<_>>());
            for name in names.filter(|name| !["DOMContentLoaded"].contains(&name.as_str())) {
                assert!(
                    shared.contains(&name.as_str()),
                    "assets/{file} uses “{name}”, which src/shared_names.rs does not define"
                );
            }
        }
    }

    #[test]
    fn the_loader_reads_the_attributes_the_build_writes() {
        // `dataset.appJs` is how JavaScript spells `data-app-js`.
        let loader = asset("load-app.js");
        for attribute in [APP_JS_ATTRIBUTE, APP_WASM_ATTRIBUTE, KOREAN_APP_JS_ATTRIBUTE, KOREAN_APP_WASM_ATTRIBUTE] {
            let camel = attribute.trim_start_matches("data-").split('-').enumerate().fold(
                String::new(),
                |mut out, (i, word)| {
                    if i == 0 {
                        out.push_str(word);
                    } else {
                        out.extend(word[..1].to_uppercase().chars().chain(word[1..].chars()));
                    }
                    out
                },
            );
            assert!(loader.contains(&camel), "assets/load-app.js does not read {attribute} (as dataset.{camel})");
        }
        let korean = crate::route::Edition { language: timeline_data::language::Language::Korean, embed: false };
        assert!(
            loader.contains(&format!("'{}'", korean.folder())),
            "assets/load-app.js does not know the Korean folder"
        );
    }
}
