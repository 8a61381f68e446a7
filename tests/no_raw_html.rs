//! No string is ever put into the page as markup: text from a link, the data or the reader
//! only ever becomes text nodes and attribute values, which Yew escapes. The browser enforces
//! the same with Trusted Types (see `src/site_security.rs`); this finds the code before it
//! ships.

use std::fs;
use std::path::Path;

/// Ways to hand a string to the browser's HTML parser.
const RAW_HTML: &[&str] = &[
    "inner_html",
    "set_inner_html",
    "outer_html",
    "insert_adjacent_html",
    "dangerously",
    "from_html_unchecked",
    "VRaw",
];

fn sources(folder: &Path, found: &mut Vec<(String, String)>) {
    for entry in fs::read_dir(folder).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, found);
        } else if path.extension().is_some_and(|extension| extension == "rs") {
            found.push((path.display().to_string(), fs::read_to_string(&path).unwrap()));
        }
    }
}

#[test]
fn no_source_file_injects_a_string_as_html() {
    let mut files = Vec::new();
    sources(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
    assert!(files.len() > 10, "the sources were not found");
    let offences: Vec<String> = files
        .iter()
        .flat_map(|(path, text)| {
            text.lines().enumerate().filter_map(move |(number, line)| {
                RAW_HTML.iter().find(|word| line.contains(*word)).map(|word| format!("{path}:{}: `{word}`", number + 1))
            })
        })
        .collect();
    assert!(offences.is_empty(), "strings injected as HTML:\n{}", offences.join("\n"));
}
