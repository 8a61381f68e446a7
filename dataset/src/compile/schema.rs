//! The data file's JSON shape, read strictly: an unknown key is an error. Texts a reader sees
//! are objects with one key per language (`{"en": …, "ko": …}`); a missing Korean text is read
//! as absent so that the check can name the entry and the field.

use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawText {
    pub en: String,
    #[serde(default)]
    pub ko: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawKind {
    pub id: String,
    pub label: RawText,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawActor {
    pub id: String,
    pub name: RawText,
    pub group: String,
    #[serde(default)]
    pub role: Option<RawText>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    pub name: String,
    pub url: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawProvenance {
    pub kind: String,
    /// The article's words that give or imply the date.
    #[serde(default)]
    pub words: Option<String>,
    pub note: RawText,
    #[serde(default)]
    pub source: Option<RawSource>,
}

/// A quote's translations; the quote itself is the article's English.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTranslation {
    #[serde(default)]
    pub ko: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawQuote {
    pub text: String,
    #[serde(default)]
    pub translation: Option<RawTranslation>,
    pub speaker: String,
    #[serde(default)]
    pub with: Option<String>,
}

/// One element of a proposal, tied to the quote (by position in `quotes`) that states it.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawElement {
    pub label: RawText,
    pub quote: usize,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEntry {
    pub slug: String,
    #[serde(default)]
    pub background: bool,
    pub title: RawText,
    pub date: String,
    #[serde(default)]
    pub end: Option<String>,
    pub provenance: RawProvenance,
    pub kind: String,
    pub actors: Vec<String>,
    pub summary: RawText,
    #[serde(default)]
    pub quotes: Vec<RawQuote>,
    pub section: String,
    #[serde(default)]
    pub publication_type: Option<RawText>,
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
