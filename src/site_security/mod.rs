//! The built site's security policy. Every page carries a Content Security Policy that lets
//! it load only its own scripts, styles, WebAssembly, images and data, and run no inline code
//! and no string as code or markup; hosts that read a `_headers` file (Netlify, Cloudflare
//! Pages) also get the policy as a header, with the parts a `<meta>` cannot carry.
//!
//! Trunk writes its WebAssembly loader inline into `index.html`, which such a policy forbids,
//! so [`harden`] replaces it with `load-app.js`, told by data attributes which files to load.

use std::fmt::Write;

/// The module that loads the app (`assets/load-app.js`).
pub const LOADER: &str = "load-app.js";

/// What the pages may load and do. `'wasm-unsafe-eval'` lets them compile WebAssembly and
/// nothing else; Trusted Types make every use of a string as markup or script an error.
const POLICY: &[(&str, &str)] = &[
    ("default-src", "'none'"),
    ("script-src", "'self' 'wasm-unsafe-eval'"),
    ("style-src", "'self'"),
    ("img-src", "'self'"),
    ("connect-src", "'self'"),
    ("base-uri", "'self'"),
    ("form-action", "'self'"),
    ("require-trusted-types-for", "'script'"),
    ("trusted-types", "'none'"),
];

/// Directives that only work as a header: a `<meta>` policy cannot say who may frame a page.
const HEADER_ONLY_POLICY: &[(&str, &str)] = &[("frame-ancestors", "'none'")];

/// Links to other sites send only this site's origin, never a page's path or filters.
pub const REFERRER_POLICY: &str = "strict-origin-when-cross-origin";

/// Browser features the site never uses, turned off. Only features that Chromium knows on
/// every platform: it warns in the console about any other. (The clipboard and the share
/// sheet, which the site does use, are allowed to the site itself by default.)
const PERMISSIONS_POLICY: &str = "accelerometer=(), autoplay=(), browsing-topics=(), camera=(), clipboard-read=(), \
     display-capture=(), fullscreen=(), geolocation=(), gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), \
     payment=(), serial=(), usb=()";

/// The content of a file trunk hashed never changes under its name, so browsers may keep it.
const IMMUTABLE: &str = "public, max-age=31536000, immutable";

fn policy(directives: impl Iterator<Item = &'static (&'static str, &'static str)>) -> String {
    directives.map(|(name, value)| format!("{name} {value}")).collect::<Vec<_>>().join("; ")
}

/// The policy as the pages' `<meta http-equiv="Content-Security-Policy">` says it.
pub fn meta_policy() -> String {
    policy(POLICY.iter())
}

/// The policy as a header says it: the meta policy and the header-only directives.
pub fn header_policy() -> String {
    policy(POLICY.iter().chain(HEADER_ONLY_POLICY))
}

/// The text between `start` and the next `end` after it, and where that part begins and ends
/// (including `start` and `end`).
fn between<'a>(text: &'a str, start: &str, end: &str) -> Option<(&'a str, std::ops::Range<usize>)> {
    let from = text.find(start)?;
    let inner_from = from + start.len();
    let inner_to = inner_from + text[inner_from..].find(end)?;
    Some((&text[inner_from..inner_to], from..inner_to + end.len()))
}

/// Rewrites trunk's `index.html` for the policy: its inline loader becomes `load-app.js`, and
/// the policy and referrer policy go first in `<head>`, before anything they govern. Fails if
/// the template has anything inline the policy would block.
pub fn harden(template: &str, base: &str) -> Result<String, String> {
    let (loader, range) = between(template, "<script type=\"module\">", "</script>")
        .ok_or("the template has no inline module loader from trunk (pre-rendered already? build it afresh)")?;
    let (js, _) = between(loader, " from '", "';").ok_or("trunk's loader imports no JavaScript module")?;
    let (wasm, _) = between(loader, "module_or_path: '", "'").ok_or("trunk's loader names no WebAssembly file")?;
    let mut html = String::with_capacity(template.len() + 512);
    html.push_str(&template[..range.start]);
    write!(html, r#"<script type="module" src="{base}{LOADER}" data-app-js="{js}" data-app-wasm="{wasm}"></script>"#)
        .expect("writing to a String cannot fail");
    html.push_str(&template[range.end..]);

    let charset = "<meta charset=\"utf-8\">";
    let head = format!(
        "{charset}\n  <meta http-equiv=\"Content-Security-Policy\" content=\"{}\">\n  <meta name=\"referrer\" content=\"{REFERRER_POLICY}\">",
        meta_policy()
    );
    if !html.contains(charset) {
        return Err(format!("the template has no {charset} to put the policy after"));
    }
    let html = html.replacen(charset, &head, 1);
    match inline_code(&html) {
        Some(found) => Err(format!("the template has {found}, which the Content Security Policy would block")),
        None => Ok(html),
    }
}

/// The first piece of inline script or style in a page, if any: a `<script>` without `src`,
/// a `<style>` element, a `style` or event-handler attribute, or a `javascript:` URL.
pub fn inline_code(html: &str) -> Option<String> {
    tags(html).find_map(|(tag, attributes)| {
        if tag == "script" && !attributes.iter().any(|(name, _)| name == "src") {
            return Some("an inline <script>".to_owned());
        }
        if tag == "style" {
            return Some("a <style> element".to_owned());
        }
        attributes.iter().find_map(|(name, value)| {
            let is_handler = name.len() > 2 && name.starts_with("on");
            if name == "style" || is_handler {
                Some(format!("an inline `{name}` attribute on a <{tag}>"))
            } else if value.trim_start().to_ascii_lowercase().starts_with("javascript:") {
                Some(format!("a javascript: URL in `{name}` on a <{tag}>"))
            } else {
                None
            }
        })
    })
}

/// Every start tag in `html`: its name and its attributes (names lower-cased, values as
/// written), read the way a browser reads them, so quoted values may hold anything.
fn tags(html: &str) -> impl Iterator<Item = (String, Vec<(String, String)>)> + '_ {
    let bytes = html.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < bytes.len() {
            let at = i;
            i += 1;
            if bytes[at] != b'<' || !bytes.get(i).is_some_and(u8::is_ascii_alphabetic) {
                continue;
            }
            let word = |i: &mut usize, stop: &dyn Fn(u8) -> bool| {
                let from = *i;
                while *i < bytes.len() && !stop(bytes[*i]) {
                    *i += 1;
                }
                html[from..*i].to_ascii_lowercase()
            };
            let tag = word(&mut i, &|b| b.is_ascii_whitespace() || b == b'>' || b == b'/');
            let mut attributes = Vec::new();
            loop {
                while i < bytes.len() && (bytes[i].is_ascii_whitespace() || bytes[i] == b'/') {
                    i += 1;
                }
                if i >= bytes.len() || bytes[i] == b'>' {
                    i += 1;
                    break;
                }
                let name = word(&mut i, &|b| b.is_ascii_whitespace() || b == b'=' || b == b'>' || b == b'/');
                let mut value = String::new();
                if bytes.get(i) == Some(&b'=') {
                    i += 1;
                    let value_from = i;
                    match bytes.get(i) {
                        Some(&quote) if quote == b'"' || quote == b'\'' => {
                            i += 1;
                            while i < bytes.len() && bytes[i] != quote {
                                i += 1;
                            }
                            value = html[value_from + 1..i.min(bytes.len())].to_owned();
                            i += 1;
                        }
                        _ => {
                            while i < bytes.len() && !bytes[i].is_ascii_whitespace() && bytes[i] != b'>' {
                                i += 1;
                            }
                            value = html[value_from..i].to_owned();
                        }
                    }
                }
                attributes.push((name, value));
            }
            return Some((tag, attributes));
        }
        None
    })
}

/// Whether trunk hashed this file's name (`style-0123456789abcdef.css`). Trunk writes the
/// 64-bit hash in hex without leading zeros, so it may be a digit or two short of 16.
pub fn is_hashed(file_name: &str) -> bool {
    let stem = file_name.split('.').next().unwrap_or_default();
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit_once('-').is_some_and(|(name, hash)| {
        !name.is_empty() && (12..=16).contains(&hash.len()) && hash.bytes().all(|b| b.is_ascii_hexdigit())
    })
}

/// `_headers` for the site under `base`: the security headers for every file, and long-lived
/// caching for the hashed ones.
pub fn headers_file(base: &str, hashed_files: &[String]) -> String {
    let mut text = format!(
        "# Response headers, for hosts that read a _headers file (Netlify, Cloudflare Pages).\n\
         # Written by the build; every page also carries the policy in a <meta> tag.\n\
         {base}*\n  \
         Content-Security-Policy: {}\n  \
         Referrer-Policy: {REFERRER_POLICY}\n  \
         Permissions-Policy: {PERMISSIONS_POLICY}\n  \
         X-Content-Type-Options: nosniff\n  \
         X-Frame-Options: DENY\n  \
         Cross-Origin-Opener-Policy: same-origin\n",
        header_policy()
    );
    for file in hashed_files {
        write!(text, "\n{base}{file}\n  Cache-Control: {IMMUTABLE}\n").expect("writing to a String cannot fail");
    }
    text
}

/// `_redirects` (read by Netlify and Cloudflare Pages): a missing page under `ko/` gets the
/// Korean not-found page, any other the English one, both with the status 404. A file that
/// exists is always served as it is.
pub fn redirects_file(base: &str) -> String {
    format!(
        "# Not-found pages by language, for hosts that read a _redirects file. Written by the build.\n\
         {base}ko/*  {base}ko/404.html  404\n\
         {base}*  {base}404.html  404\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prerender::{pages, render};

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
            let html = futures::executor::block_on(render(&template, &page, "https://example.org")).unwrap();
            assert_eq!(inline_code(&html), None, "{}", page.file);
        }
    }

    #[test]
    fn hashed_files_are_told_apart_by_trunks_names() {
        for name in [
            "style-bd0548b1220b7140.css",
            "peace-timeline-6f3aeb09065553a6_bg.wasm",
            "peace-timeline-d3b64556ee389a0.js",
        ] {
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
        for header in [
            "X-Content-Type-Options: nosniff",
            "Referrer-Policy: strict-origin-when-cross-origin",
            "Permissions-Policy: ",
        ] {
            assert!(text.contains(header), "{header}");
        }
        assert!(text
            .contains("/timeline/style-bd0548b1220b7140.css\n  Cache-Control: public, max-age=31536000, immutable\n"));
    }
}
