//! The data file's JSON shape, read strictly: an unknown or missing key is an error.

use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawKind {
    pub id: String,
    pub label: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawActor {
    pub id: String,
    pub name: String,
    pub group: String,
    #[serde(default)]
    pub role: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawProvenance {
    pub kind: String,
    pub note: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawQuote {
    pub text: String,
    pub speaker: String,
    #[serde(default)]
    pub with: Option<String>,
}

/// One element of a proposal, tied to the quote (by position in `quotes`) that states it.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawElement {
    pub label: String,
    pub quote: usize,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEntry {
    pub slug: String,
    pub title: String,
    pub date: String,
    #[serde(default)]
    pub end: Option<String>,
    pub provenance: RawProvenance,
    pub kind: String,
    pub actors: Vec<String>,
    pub summary: String,
    #[serde(default)]
    pub quotes: Vec<RawQuote>,
    pub section: String,
    #[serde(default)]
    pub publication_type: Option<String>,
    #[serde(default)]
    pub related: Vec<String>,
    #[serde(default)]
    pub elements: Vec<RawElement>,
}

/// The top level; entries stay untyped here so that a defect in one can be reported with
/// its position and slug rather than only a line and column.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFile {
    pub kinds: Vec<RawKind>,
    pub actors: Vec<RawActor>,
    pub entries: Vec<serde_json::Value>,
}
