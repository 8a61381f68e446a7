//! The built site's security policy: trunk's inline loader moved out, the policy in every page
//! before anything it governs, no page with inline code it would block, and `_headers`.
#![cfg(feature = "ssr")]

use peace_timeline::prerender::{pages, render};
use peace_timeline::site_security::{harden, header_policy, headers_file, inline_code, is_hashed, meta_policy, LOADER};

const BASE: &str = "/timeline/";

/// The shape of trunk 0.21's `index.html` for this site.
const TRUNK_OUTPUT: &str = r#"<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Korean peace timeline</title>
  <base href="/timeline/">
  <link rel="stylesheet" href="/timeline/style-bd0548b1220b7140.css" integrity="sha384-abc"/>
  <noscript><link rel="stylesheet" href="no-js.css"></noscript>
  <script src="boot.js"></script>
<script type="module">
import init, * as bindings from '/timeline/peace-timeline-6f3aeb09065553a6.js';
const wasm = await init({ module_or_path: '/timeline/peace-timeline-6f3aeb09065553a6_bg.wasm' });


window.wasmBindings = bindings;


dispatchEvent(new CustomEvent("TrunkApplicationStarted", {detail: {wasm}}));

</script>
<link rel="modulepreload" href="/timeline/peace-timeline-6f3aeb09065553a6.js" crossorigin="anonymous"></head>
<body>
  <div id="app"></div>
</body>
</html>"#;

#[test]
fn trunks_inline_loader_becomes_an_external_script_told_what_to_load() {
    let html = harden(TRUNK_OUTPUT, BASE).unwrap();
    assert!(!html.contains("import init"));
    assert!(html.contains(&format!(
        r#"<script type="module" src="/timeline/{LOADER}" data-app-js="/timeline/peace-timeline-6f3aeb09065553a6.js" data-app-wasm="/timeline/peace-timeline-6f3aeb09065553a6_bg.wasm"></script>"#
    )));
    assert_eq!(inline_code(&html), None);
}

#[test]
fn the_policy_comes_first_in_the_head() {
    let html = harden(TRUNK_OUTPUT, BASE).unwrap();
    let policy = html.find("http-equiv=\"Content-Security-Policy\"").unwrap();
    assert!(policy < html.find("<title>").unwrap());
    assert!(policy < html.find("<link").unwrap());
    assert!(policy < html.find("<script").unwrap());
    assert!(html.contains("<meta name=\"referrer\" content=\"strict-origin-when-cross-origin\">"));
}

#[test]
fn the_policy_allows_only_the_sites_own_files_and_no_inline_code() {
    let meta = meta_policy();
    assert!(meta.starts_with("default-src 'none'; "));
    assert!(meta.contains("script-src 'self' 'wasm-unsafe-eval';"));
    for forbidden in ["'unsafe-inline'", "'unsafe-eval'", "*", "data:", "http:", "https:"] {
        assert!(!meta.contains(forbidden), "the policy allows {forbidden}");
    }
    assert!(!meta.contains("frame-ancestors"), "browsers ignore frame-ancestors in a <meta>, and warn");
    assert_eq!(header_policy(), format!("{meta}; frame-ancestors 'none'"));
}

#[test]
fn a_template_with_inline_code_or_without_trunks_loader_is_refused() {
    let with_handler = TRUNK_OUTPUT.replace("<body>", r#"<body onload="start()">"#);
    assert!(harden(&with_handler, BASE).unwrap_err().contains("an inline `onload` attribute on a <body>"));
    let with_script = TRUNK_OUTPUT.replace("<body>", "<body><script>start()</script>");
    assert!(harden(&with_script, BASE).unwrap_err().contains("an inline <script>"));
    let rendered = harden(TRUNK_OUTPUT, BASE).unwrap();
    assert!(harden(&rendered, BASE).unwrap_err().contains("pre-rendered already?"));
}

#[test]
fn inline_code_is_found_where_browsers_would_run_or_apply_it_and_only_there() {
    assert_eq!(inline_code(r#"<p title="online ongoing onclick=x">a style="b" text</p>"#), None);
    assert_eq!(inline_code(r#"<a href="/x" class="a b">onclick="x"</a>"#), None);
    assert!(inline_code(r#"<li class="x" style="left: 1%">"#).is_some());
    assert!(inline_code(r#"<IMG SRC=x ONERROR=alert(1)>"#).is_some());
    assert!(inline_code(r#"<a href=" JavaScript:alert(1)">"#).is_some());
    assert!(inline_code("<style>p{}</style>").is_some());
    assert!(inline_code(r#"<script type="module" src="a.js"></script>"#).is_none());
}

/// Would have caught any component writing a `style` attribute, which the policy blocks.
#[test]
fn no_pre_rendered_page_has_inline_code() {
    let template = harden(TRUNK_OUTPUT, BASE).unwrap();
    for page in pages(BASE) {
        let html = futures::executor::block_on(render(&template, &page, BASE, "https://example.org")).unwrap();
        assert_eq!(inline_code(&html), None, "{}", page.file);
    }
}

#[test]
fn hashed_files_are_told_apart_by_trunks_names() {
    for name in
        ["style-bd0548b1220b7140.css", "peace-timeline-6f3aeb09065553a6_bg.wasm", "peace-timeline-d3b64556ee389a0.js"]
    {
        assert!(is_hashed(name), "{name}");
    }
    for name in ["boot.js", "load-app.js", "no-js.css", "index.html", "404.html", "robots.txt", "style-face.css"] {
        assert!(!is_hashed(name), "{name}");
    }
}

#[test]
fn the_headers_file_sets_the_policy_everywhere_and_long_caching_for_hashed_files() {
    let text = headers_file(BASE, &["style-bd0548b1220b7140.css".to_owned()]);
    assert!(text.contains(&format!("/timeline/*\n  Content-Security-Policy: {}\n", header_policy())));
    for header in
        ["X-Content-Type-Options: nosniff", "Referrer-Policy: strict-origin-when-cross-origin", "Permissions-Policy: "]
    {
        assert!(text.contains(header), "{header}");
    }
    assert!(
        text.contains("/timeline/style-bd0548b1220b7140.css\n  Cache-Control: public, max-age=31536000, immutable\n")
    );
}
