//! The built site's security policy and start-up. Every page carries a Content Security
//! Policy that lets it load only its own scripts, styles, WebAssembly, images and data, and run
//! no inline code but its start-up script and its loader (allowed by their hashes) and no
//! string as code or markup; hosts that read a `_headers` file (Netlify, Cloudflare Pages)
//! also get the policy as a header, with the parts a `<meta>` cannot carry: who may frame a
//! page.
//!
//! [`harden`] rewrites trunk's `index.html` for the policy and for a fast first paint: trunk's
//! inline WebAssembly loader becomes ours (told by data attributes which files to load, and
//! waiting for the first paint), its preload of the app goes (the app must not compete with
//! the page for the network), the start-up script and the loader are inlined (no request for
//! a script before the first paint: Lighthouse's simulation counts every request that starts
//! before it as on its way), and one stylesheet holds trunk's and the axis's.

mod sha256;

use std::fmt::Write;
use std::sync::LazyLock;

use crate::shared_names::{APP_JS_ATTRIBUTE, APP_WASM_ATTRIBUTE, KOREAN_APP_JS_ATTRIBUTE, KOREAN_APP_WASM_ATTRIBUTE};

pub use sha256::{base64, sha256};

/// The start-up script, inlined into every page (see `assets/boot.js`).
pub static BOOT_SCRIPT: LazyLock<String> =
    LazyLock::new(|| without_line_comments(include_str!("../../assets/boot.js")));

/// The module that loads the app after the first paint, inlined into every page (see
/// `assets/load-app.js`).
pub static LOADER_SCRIPT: LazyLock<String> =
    LazyLock::new(|| without_line_comments(include_str!("../../assets/load-app.js")));

/// `script` without its lines that hold only a comment: they explain the source and would
/// cost every page's bytes. Comments after code stay, since telling `//` in a string or a URL
/// apart would take a parser, and the scripts keep none there.
fn without_line_comments(script: &str) -> String {
    script.lines().filter(|line| !line.trim_start().starts_with("//")).map(|line| format!("{line}\n")).collect()
}

/// What the pages may load and do. `'wasm-unsafe-eval'` lets them compile WebAssembly and
/// nothing else; the inline scripts' hashes are added to `script-src`; Trusted Types make
/// every use of a string as markup or script an error.
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

/// Links to other sites send only this site's origin, never a page's path or filters.
pub const REFERRER_POLICY: &str = "strict-origin-when-cross-origin";

/// Browser features the site never uses, turned off. Only features that Chromium knows on
/// every platform: it warns in the console about any other. (The clipboard and the share
/// sheet, which the site does use, are allowed to the site itself by default.)
const PERMISSIONS_POLICY: &str = "accelerometer=(), autoplay=(), browsing-topics=(), camera=(), clipboard-read=(), \
     display-capture=(), fullscreen=(), geolocation=(), gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), \
     payment=(), serial=(), usb=()";

/// The content of a file whose name carries its hash never changes, so browsers may keep it.
const IMMUTABLE: &str = "public, max-age=31536000, immutable";

/// The CSP source that allows exactly `script` inline: `'sha256-…'`.
pub fn script_hash(script: &str) -> String {
    format!("'sha256-{}'", base64(&sha256(script.as_bytes())))
}

/// The policy as the pages' `<meta http-equiv="Content-Security-Policy">` says it (a `<meta>`
/// policy cannot say who may frame the page: see [`headers_file`]).
pub fn meta_policy() -> String {
    let (boot, loader) = (script_hash(&BOOT_SCRIPT), script_hash(&LOADER_SCRIPT));
    POLICY
        .iter()
        .map(|(name, value)| match *name {
            "script-src" => format!("{name} {value} {boot} {loader}"),
            _ => format!("{name} {value}"),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The text between `start` and the next `end` after it, and where that part begins and ends
/// (including `start` and `end`).
fn between<'a>(text: &'a str, start: &str, end: &str) -> Option<(&'a str, std::ops::Range<usize>)> {
    let from = text.find(start)?;
    let inner_from = from + start.len();
    let inner_to = inner_from + text[inner_from..].find(end)?;
    Some((&text[inner_from..inner_to], from..inner_to + end.len()))
}

/// Every whole tag starting with `start` (up to its `>`) taken out of `html`.
fn without_tags(html: &str, start: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find(start) {
        out.push_str(&rest[..at]);
        rest = rest[at..].split_once('>').map_or("", |(_, after)| after);
    }
    out + rest
}

/// Trunk's stylesheet link in its `index.html` (the one whose file name carries a hash): its
/// address, and where the whole tag is.
fn trunk_stylesheet_link(template: &str) -> Option<(&str, std::ops::Range<usize>)> {
    const START: &str = "<link rel=\"stylesheet\" href=\"";
    let mut from = 0;
    while let Some(at) = template[from..].find(START) {
        let start = from + at;
        let href_start = start + START.len();
        let href_end = href_start + template[href_start..].find('"')?;
        let tag_end = href_end + template[href_end..].find('>')? + 1;
        let href = &template[href_start..href_end];
        if is_hashed(href.rsplit('/').next().unwrap_or(href)) {
            return Some((href, start..tag_end));
        }
        from = tag_end;
    }
    None
}

/// The address of trunk's stylesheet in its `index.html`.
pub fn trunk_stylesheet(template: &str) -> Option<&str> {
    trunk_stylesheet_link(template).map(|(href, _)| href)
}

/// Rewrites trunk's `index.html` for the policy and the first paint (see the module's
/// documentation); `stylesheet` is the address of the one stylesheet that replaces trunk's.
/// Fails if the template has anything inline the policy would block.
pub fn harden(template: &str, stylesheet: &str) -> Result<String, String> {
    let (loader, range) = between(template, "<script type=\"module\">", "</script>")
        .ok_or("the template has no inline module loader from trunk (pre-rendered already? build it afresh)")?;
    let (js, _) = between(loader, " from '", "';").ok_or("trunk's loader imports no JavaScript module")?;
    let (wasm, _) = between(loader, "module_or_path: '", "'").ok_or("trunk's loader names no WebAssembly file")?;
    let mut html = String::with_capacity(template.len() + BOOT_SCRIPT.len() + LOADER_SCRIPT.len() + 512);
    html.push_str(&template[..range.start]);
    html.push_str(&loader_element(&[(APP_JS_ATTRIBUTE, js), (APP_WASM_ATTRIBUTE, wasm)]));
    html.push_str(&template[range.end..]);
    let html = without_tags(&html, "<link rel=\"modulepreload\"");
    let html = without_tags(&html, "<link rel=\"preload\"");
    let (_, style) = trunk_stylesheet_link(&html).ok_or("the template links no stylesheet from trunk")?;
    let html = format!("{}<link rel=\"stylesheet\" href=\"{stylesheet}\">{}", &html[..style.start], &html[style.end..]);

    let charset = "<meta charset=\"utf-8\">";
    let head = format!(
        "{charset}\n  <meta http-equiv=\"Content-Security-Policy\" content=\"{}\">\n  \
         <meta name=\"referrer\" content=\"{REFERRER_POLICY}\">\n  {}",
        meta_policy(),
        boot_element()
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

/// The start-up script as the pages carry it.
fn boot_element() -> String {
    format!("<script>{}</script>", *BOOT_SCRIPT)
}

/// The loader as the pages carry it, told by data attributes which files to load.
fn loader_element(files: &[(&str, &str)]) -> String {
    let attributes: String = files.iter().map(|(name, file)| format!(" {name}=\"{file}\"")).collect();
    format!(r#"<script type="module"{attributes}>{}</script>"#, *LOADER_SCRIPT)
}

/// How the loader's element begins, up to its first file's name.
fn loader_opening() -> String {
    format!("<script type=\"module\" {APP_JS_ATTRIBUTE}=\"")
}

/// The files a hardened page's loader names: its JavaScript glue and its WebAssembly.
fn loader_files(html: &str) -> Option<(&str, &str)> {
    let (js, _) = between(html, &loader_opening(), "\"")?;
    let (wasm, _) = between(html, &format!(" {APP_WASM_ATTRIBUTE}=\""), "\"")?;
    Some((js, wasm))
}

/// The hardened English template with the Korean build's files named on its loader as well,
/// for the site-wide not-found page: hosts with one not-found page for the whole site (GitHub
/// Pages) send it for missing Korean addresses too, and the loader loads the Korean build
/// there (`assets/load-app.js`).
pub fn naming_korean_build(english: &str, korean: &str) -> Result<String, String> {
    let (js, wasm) = loader_files(english).ok_or("the English template has no loader")?;
    let (korean_js, korean_wasm) = loader_files(korean).ok_or("the Korean template has no loader")?;
    let english_files = [(APP_JS_ATTRIBUTE, js), (APP_WASM_ATTRIBUTE, wasm)];
    let both = [
        english_files[0],
        english_files[1],
        (KOREAN_APP_JS_ATTRIBUTE, korean_js),
        (KOREAN_APP_WASM_ATTRIBUTE, korean_wasm),
    ];
    Ok(english.replacen(&loader_element(&english_files), &loader_element(&both), 1))
}

/// The first piece of inline script or style in a page the policy would block, if any: a
/// `<script>` without `src` other than the start-up script and the loader, a `<style>`
/// element, a `style` or event-handler attribute, or a `javascript:` URL.
pub fn inline_code(html: &str) -> Option<String> {
    let html = html.replacen(&boot_element(), "", 1);
    let html = match between(&html, &loader_opening(), "</script>") {
        Some((loader, range)) if is_the_loader(&html[range.clone()], loader) => {
            format!("{}{}", &html[..range.start], &html[range.end..])
        }
        _ => html,
    };
    let found = tags(&html).find_map(|(tag, attributes)| {
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
    });
    found
}

/// Whether `element` (a `<script>` element whose text after its opening `<script type="module"
/// data-app-js="` is `inner`) is the loader: its text is the loader's and it has no attribute
/// but those the build writes.
fn is_the_loader(element: &str, inner: &str) -> bool {
    let attributes = tags(element).next().map(|(_, attributes)| attributes).unwrap_or_default();
    let names: Vec<&str> = attributes.iter().map(|(name, _)| name.as_str()).collect();
    let one_build = ["type", APP_JS_ATTRIBUTE, APP_WASM_ATTRIBUTE];
    let both_builds = [&one_build[..], &[KOREAN_APP_JS_ATTRIBUTE, KOREAN_APP_WASM_ATTRIBUTE]].concat();
    inner.ends_with(&format!(">{}", *LOADER_SCRIPT)) && (names == one_build || names == both_builds)
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

/// The folders of the pages other sites must not frame: every edition but the embedded ones.
const UNFRAMEABLE_PAGES: &[&str] = &["", "index.html", "404.html", "entry/*", "kind/*"];

/// `_headers` for the site under `base`: the security headers for every file, framing refused
/// for every page but the embedded ones (`embed/`, `ko/embed/`), which any site may frame, and
/// long-lived caching for the hashed files. Hosts apply every rule that matches a path, and a
/// header given twice counts twice: the policy without framing goes to all, and a second
/// policy of one directive refuses framing where it must.
pub fn headers_file(base: &str, hashed_files: &[String]) -> String {
    let mut text = format!(
        "# Response headers, for hosts that read a _headers file (Netlify, Cloudflare Pages).\n\
         # Written by the build; every page also carries the policy in a <meta> tag.\n\
         {base}*\n  \
         Content-Security-Policy: {}\n  \
         Referrer-Policy: {REFERRER_POLICY}\n  \
         Permissions-Policy: {PERMISSIONS_POLICY}\n  \
         X-Content-Type-Options: nosniff\n  \
         Cross-Origin-Opener-Policy: same-origin\n",
        meta_policy()
    );
    for folder in ["", "ko/"] {
        for page in UNFRAMEABLE_PAGES {
            write!(
                text,
                "\n{base}{folder}{page}\n  X-Frame-Options: DENY\n  Content-Security-Policy: frame-ancestors 'none'\n"
            )
            .expect("String");
        }
        write!(text, "\n{base}{folder}embed/*\n  Content-Security-Policy: frame-ancestors *\n").expect("String");
    }
    for file in hashed_files {
        write!(text, "\n{base}{file}\n  Cache-Control: {IMMUTABLE}\n").expect("writing to a String cannot fail");
    }
    text
}

/// `_redirects` (read by Netlify and Cloudflare Pages): a missing page gets the not-found page
/// of its edition (Korean under `ko/`, compact under `embed/`), with the status 404. A file
/// that exists is always served as it is; the first rule that matches applies.
pub fn redirects_file(base: &str) -> String {
    let mut text =
        String::from("# Not-found pages by edition, for hosts that read a _redirects file. Written by the build.\n");
    for folder in ["ko/embed/", "embed/", "ko/", ""] {
        writeln!(text, "{base}{folder}*  {base}{folder}404.html  404").expect("String");
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prerender::{pages, render, Page};

    const BASE: &str = "/timeline/";
    const STYLESHEET: &str = "/timeline/site-0123456789abcdef.css";

    /// The shape of trunk 0.21's `index.html` for this site.
    const TRUNK_OUTPUT: &str = r#"<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Korean peace timeline</title>
  <base href="/timeline/">
  <link rel="stylesheet" href="/timeline/style-bd0548b1220b7140.css" integrity="sha384-abc"/>
  <noscript><link rel="stylesheet" href="no-js.css"></noscript>
<script type="module">
import init, * as bindings from '/timeline/peace-timeline-6f3aeb09065553a6.js';
const wasm = await init({ module_or_path: '/timeline/peace-timeline-6f3aeb09065553a6_bg.wasm' });


window.wasmBindings = bindings;


dispatchEvent(new CustomEvent("TrunkApplicationStarted", {detail: {wasm}}));

</script>
<link rel="modulepreload" href="/timeline/peace-timeline-6f3aeb09065553a6.js" crossorigin="anonymous" integrity="sha384-x"><link rel="preload" href="/timeline/peace-timeline-6f3aeb09065553a6_bg.wasm" crossorigin="anonymous" integrity="sha384-y" as="fetch" type="application/wasm"></head>
<body>
  <div id="app"></div>
</body>
</html>"#;

    fn hardened() -> String {
        harden(TRUNK_OUTPUT, STYLESHEET).unwrap()
    }

    #[test]
    fn trunks_inline_loader_becomes_ours_told_by_attributes_what_to_load() {
        let html = hardened();
        assert!(!html.contains("import init"));
        assert!(html.contains(&format!(
            r#"<script type="module" data-app-js="/timeline/peace-timeline-6f3aeb09065553a6.js" data-app-wasm="/timeline/peace-timeline-6f3aeb09065553a6_bg.wasm">{}</script>"#,
            *LOADER_SCRIPT
        )));
        assert_eq!(inline_code(&html), None);
    }

    #[test]
    fn the_site_wide_not_found_page_names_the_korean_build_too_and_no_other_page_does() {
        let english = hardened();
        let korean = english.replace("peace-timeline-6f3aeb09065553a6", "peace-timeline-0123456789abcdef");
        let both = naming_korean_build(&english, &korean).unwrap();
        assert!(both.contains(&format!(
            r#"<script type="module" data-app-js="/timeline/peace-timeline-6f3aeb09065553a6.js" data-app-wasm="/timeline/peace-timeline-6f3aeb09065553a6_bg.wasm" data-ko-app-js="/timeline/peace-timeline-0123456789abcdef.js" data-ko-app-wasm="/timeline/peace-timeline-0123456789abcdef_bg.wasm">{}</script>"#,
            *LOADER_SCRIPT
        )));
        assert_eq!(both.replacen(r#" data-ko-app-js="/timeline/peace-timeline-0123456789abcdef.js" data-ko-app-wasm="/timeline/peace-timeline-0123456789abcdef_bg.wasm""#, "", 1), english);
        assert_eq!(inline_code(&both), None, "the policy allows the loader with both builds' files");
        assert!(naming_korean_build(&english, TRUNK_OUTPUT).is_err(), "a Korean template not hardened");

        let site_wide: Vec<_> =
            pages(BASE).into_iter().filter(Page::is_site_wide_not_found).map(|page| page.file).collect();
        assert_eq!(site_wide, ["404.html"]);
    }

    #[test]
    fn the_inline_scripts_are_the_assets_without_their_comment_lines() {
        for (script, source, code) in [
            (&*BOOT_SCRIPT, include_str!("../../assets/boot.js"), "addEventListener('app-failed'"),
            (&*LOADER_SCRIPT, include_str!("../../assets/load-app.js"), "requestAnimationFrame("),
        ] {
            assert!(source.lines().any(|line| line.trim_start().starts_with("//")), "the asset explains itself");
            assert!(!script.lines().any(|line| line.trim_start().starts_with("//")), "{script}");
            assert!(script.contains(code), "{script}");
            let code_lines = |text: &str| text.lines().filter(|line| !line.trim_start().starts_with("//")).count();
            assert_eq!(script.lines().count(), code_lines(source), "every line of code is kept");
        }
        assert_eq!(without_line_comments("// why\nlet a = 1; // what\n  // more\nb();"), "let a = 1; // what\nb();\n");
    }

    #[test]
    fn nothing_fetches_the_app_before_the_first_paint_and_one_stylesheet_blocks_it() {
        let html = hardened();
        assert!(!html.contains("modulepreload") && !html.contains("rel=\"preload\""), "no preload of the app: {html}");
        assert_eq!(
            html.matches("rel=\"stylesheet\"").count(),
            2,
            "the stylesheet and the one for pages without JavaScript"
        );
        assert!(html.contains(&format!("<link rel=\"stylesheet\" href=\"{STYLESHEET}\">")));
        assert!(html.contains("<noscript><link rel=\"stylesheet\" href=\"no-js.css\"></noscript>"));
        assert_eq!(trunk_stylesheet(TRUNK_OUTPUT), Some("/timeline/style-bd0548b1220b7140.css"));
        assert!(!html.contains("<script src="), "no blocking script to fetch");
        assert!(!html.contains("<script type=\"module\" src="), "no script fetched before the first paint");
    }

    #[test]
    fn the_policy_and_the_start_up_script_come_first_in_the_head() {
        let html = hardened();
        let policy = html.find("http-equiv=\"Content-Security-Policy\"").unwrap();
        let boot = html.find(&boot_element()).expect("the start-up script is inline");
        assert!(policy < boot);
        assert!(boot < html.find("<title>").unwrap());
        assert!(boot < html.find("<link").unwrap());
        assert!(html.contains("<meta name=\"referrer\" content=\"strict-origin-when-cross-origin\">"));
    }

    #[test]
    fn the_policy_allows_the_sites_own_files_and_no_inline_code_but_the_start_up_script_and_the_loader() {
        let meta = meta_policy();
        assert!(meta.starts_with("default-src 'none'; "));
        let (boot, loader) = (script_hash(&BOOT_SCRIPT), script_hash(&LOADER_SCRIPT));
        assert!(meta.contains(&format!("script-src 'self' 'wasm-unsafe-eval' {boot} {loader};")));
        for forbidden in ["'unsafe-inline'", "'unsafe-eval'", "*", "data:", "http:", "https:"] {
            assert!(!meta.contains(forbidden), "the policy allows {forbidden}");
        }
        assert!(!meta.contains("frame-ancestors"), "browsers ignore frame-ancestors in a <meta>, and warn");
        // The hash that browsers compute over the script's text, as `openssl dgst -sha256 -binary | base64` gives it.
        assert_eq!(script_hash("alert(1)"), "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
    }

    #[test]
    fn a_template_with_inline_code_or_without_trunks_loader_is_refused() {
        let with_handler = TRUNK_OUTPUT.replace("<body>", r#"<body onload="start()">"#);
        assert!(harden(&with_handler, STYLESHEET).unwrap_err().contains("an inline `onload` attribute on a <body>"));
        let with_script = TRUNK_OUTPUT.replace("<body>", "<body><script>start()</script>");
        assert!(harden(&with_script, STYLESHEET).unwrap_err().contains("an inline <script>"));
        assert!(harden(&hardened(), STYLESHEET).unwrap_err().contains("pre-rendered already?"));
        let without_style =
            TRUNK_OUTPUT.replace("rel=\"stylesheet\" href=\"/timeline/style", "rel=\"icon\" href=\"/timeline/style");
        assert!(harden(&without_style, STYLESHEET).unwrap_err().contains("no stylesheet"));
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
        assert!(inline_code(&format!("{}{}", boot_element(), boot_element())).is_some(), "once only");
        let loader = loader_element(&[(APP_JS_ATTRIBUTE, "a.js"), (APP_WASM_ATTRIBUTE, "a.wasm")]);
        assert_eq!(inline_code(&loader), None);
        assert!(inline_code(&format!("{loader}{loader}")).is_some(), "once only");
        let changed = loader.replace("requestAnimationFrame(", "alert(1); requestAnimationFrame(");
        assert!(inline_code(&changed).is_some(), "only the loader itself");
        let with_handler = loader.replace(" data-app-wasm=", " onload=\"alert(1)\" data-app-wasm=");
        assert!(inline_code(&with_handler).is_some(), "and only with the attributes the build writes");
        let korean_only =
            loader.replace(" data-app-wasm=\"a.wasm\"", " data-app-wasm=\"a.wasm\" data-ko-app-js=\"k.js\"");
        assert!(inline_code(&korean_only).is_some(), "both of the Korean build's files or neither");
    }

    /// Would have caught any component writing a `style` attribute, which the policy blocks.
    #[test]
    fn no_pre_rendered_page_has_inline_code() {
        let template = hardened();
        for page in pages(BASE) {
            let html = futures::executor::block_on(render(&template, &page, "https://example.org")).unwrap();
            assert_eq!(inline_code(&html), None, "{}", page.file);
        }
    }

    #[test]
    fn hashed_files_are_told_apart_by_their_names() {
        for name in [
            "style-bd0548b1220b7140.css",
            "peace-timeline-6f3aeb09065553a6_bg.wasm",
            "peace-timeline-d3b64556ee389a0.js",
            "site-0123456789abcdef.css",
        ] {
            assert!(is_hashed(name), "{name}");
        }
        for name in ["boot.js", "load-app.js", "no-js.css", "index.html", "404.html", "robots.txt", "style-face.css"] {
            assert!(!is_hashed(name), "{name}");
        }
    }

    /// What a host that reads `_headers` sends for `path`: every matching rule's headers, a
    /// header given twice joined by a comma (as Netlify and Cloudflare Pages do).
    fn headers_for(file: &str, path: &str) -> Vec<(String, String)> {
        let mut rules: Vec<(String, Vec<(String, String)>)> = Vec::new();
        for line in file.lines().filter(|line| !line.starts_with('#') && !line.trim().is_empty()) {
            if let Some(header) = line.strip_prefix("  ") {
                let (name, value) = header.split_once(": ").unwrap();
                rules.last_mut().unwrap().1.push((name.to_owned(), value.to_owned()));
            } else {
                rules.push((line.to_owned(), Vec::new()));
            }
        }
        let matches = |rule: &str| rule.strip_suffix('*').map_or(rule == path, |prefix| path.starts_with(prefix));
        rules.into_iter().filter(|(rule, _)| matches(rule)).flat_map(|(_, headers)| headers).collect()
    }

    #[test]
    fn the_headers_file_sets_the_policy_everywhere_and_long_caching_for_hashed_files() {
        let text = headers_file(BASE, &["style-bd0548b1220b7140.css".to_owned()]);
        assert!(text.contains(&format!("/timeline/*\n  Content-Security-Policy: {}\n", meta_policy())));
        for header in [
            "X-Content-Type-Options: nosniff",
            "Referrer-Policy: strict-origin-when-cross-origin",
            "Permissions-Policy: ",
        ] {
            assert!(text.contains(header), "{header}");
        }
        let cached = headers_for(&text, "/timeline/style-bd0548b1220b7140.css");
        assert!(cached.contains(&("Cache-Control".to_owned(), IMMUTABLE.to_owned())));
    }

    #[test]
    fn every_page_but_the_embedded_ones_refuses_to_be_framed() {
        let text = headers_file(BASE, &[]);
        let refuses = |path: &str| {
            let headers = headers_for(&text, path);
            headers.contains(&("X-Frame-Options".to_owned(), "DENY".to_owned()))
                && headers.contains(&("Content-Security-Policy".to_owned(), "frame-ancestors 'none'".to_owned()))
        };
        for path in [
            "/timeline/",
            "/timeline/index.html",
            "/timeline/entry/singapore-summit/",
            "/timeline/kind/summit/",
            "/timeline/404.html",
            "/timeline/ko/",
            "/timeline/ko/entry/singapore-summit/",
            "/timeline/ko/kind/summit/",
        ] {
            assert!(refuses(path), "{path} may be framed");
        }
        for path in ["/timeline/embed/", "/timeline/embed/entry/singapore-summit/", "/timeline/ko/embed/"] {
            let headers = headers_for(&text, path);
            assert!(!refuses(path), "{path} refuses to be framed");
            assert!(!headers.iter().any(|(name, _)| name == "X-Frame-Options"));
            assert!(
                headers.iter().any(|(name, value)| name == "Content-Security-Policy" && value == &meta_policy()),
                "the policy still applies"
            );
        }
    }
}
