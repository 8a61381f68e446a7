//! Writes checked data as Rust statics of the types in [`crate::model`].

use std::fmt::Write;

use super::check::{CheckedData, CheckedEntry, CheckedText};
use crate::language::Language;
use crate::model::{ActorGroup, ProvenanceKind};

/// Which languages' texts the generated statics carry: every one for the build-time renderer
/// and the tests, one for a language's browser build (its pages show no other).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Languages {
    All,
    Only(Language),
}

impl Languages {
    fn includes(self, language: Language) -> bool {
        self == Languages::All || self == Languages::Only(language)
    }
}

/// A Rust string literal; `{:?}` on a `str` escapes exactly what a literal needs.
fn literal(text: &str) -> String {
    format!("{text:?}")
}

fn optional<T>(value: Option<T>, write: impl FnOnce(T) -> String) -> String {
    value.map_or_else(|| "None".to_owned(), |value| format!("Some({})", write(value)))
}

fn date(date: crate::date::PartialDate) -> String {
    format!(
        "PartialDate::from_parts_unchecked({}, {}, {})",
        date.year(),
        date.month().unwrap_or(0),
        date.day().unwrap_or(0)
    )
}

fn group(group: ActorGroup) -> &'static str {
    match group {
        ActorGroup::Country => "ActorGroup::Country",
        ActorGroup::Organisation => "ActorGroup::Organisation",
        ActorGroup::Person => "ActorGroup::Person",
    }
}

fn provenance_kind(kind: ProvenanceKind) -> &'static str {
    match kind {
        ProvenanceKind::Stated => "ProvenanceKind::Stated",
        ProvenanceKind::Inferred => "ProvenanceKind::Inferred",
        ProvenanceKind::Added => "ProvenanceKind::Added",
    }
}

struct Writer {
    languages: Languages,
}

impl Writer {
    /// A text in the included languages; the others are left empty.
    fn text(&self, text: &CheckedText) -> String {
        let pick =
            |language, text: &str| if self.languages.includes(language) { literal(text) } else { "\"\"".to_owned() };
        format!("Text {{ en: {}, ko: {} }}", pick(Language::English, &text.en), pick(Language::Korean, &text.ko))
    }

    fn korean(&self, text: &str) -> String {
        if self.languages.includes(Language::Korean) {
            literal(text)
        } else {
            "\"\"".to_owned()
        }
    }

    fn entry(&self, out: &mut String, entry: &CheckedEntry) {
        let actors: Vec<String> = entry.actors.iter().map(|i| format!("&ACTORS[{i}]")).collect();
        let quotes: Vec<String> = entry
            .quotes
            .iter()
            .map(|quote| {
                format!(
                    "Quote {{ text: {}, korean: {}, speaker: &ACTORS[{}], with: {} }}",
                    literal(&quote.text),
                    self.korean(&quote.korean),
                    quote.speaker,
                    optional(quote.with, |i| format!("&ACTORS[{i}]"))
                )
            })
            .collect();
        let related: Vec<String> = entry.related.iter().map(|slug| literal(slug)).collect();
        let elements: Vec<String> = entry
            .elements
            .iter()
            .map(|(label, quote)| format!("Element {{ label: {}, quote: {quote} }}", self.text(label)))
            .collect();
        let provenance = &entry.provenance;
        let provenance = format!(
            "Provenance {{ kind: {}, words: {}, note: {}, source: {} }}",
            provenance_kind(provenance.kind),
            optional(provenance.words.as_deref(), literal),
            self.text(&provenance.note),
            optional(provenance.source.as_ref(), |source| format!(
                "Source {{ name: {}, url: {} }}",
                literal(&source.name),
                literal(&source.url)
            )),
        );
        writeln!(
            out,
            "    Entry {{\n        slug: {},\n        background: {},\n        title: {},\n        date: {},\n        \
             end: {},\n        provenance: {provenance},\n        kind: &KINDS[{}],\n        actors: &[{}],\n        \
             summary: {},\n        quotes: &[{}],\n        section: {},\n        publication_type: {},\n        \
             related: &[{}],\n        elements: &[{}],\n    }},",
            literal(&entry.slug),
            entry.background,
            self.text(&entry.title),
            date(entry.date),
            optional(entry.end, date),
            entry.kind,
            actors.join(", "),
            self.text(&entry.summary),
            quotes.join(", "),
            literal(&entry.section),
            optional(entry.publication_type.as_ref(), |kind| self.text(kind)),
            related.join(", "),
            elements.join(", "),
        )
        .expect("writing to a String cannot fail");
    }
}

/// The generated module body: `KINDS`, `ACTORS`, `ENTRIES` and `DATASET`, with the texts of
/// `languages`.
pub fn rust_source(data: &CheckedData, languages: Languages) -> String {
    let writer = Writer { languages };
    let mut out = String::from(
        "// Generated by the build script from the timeline's data file. Do not edit.\n\
         use timeline_data::date::PartialDate;\n\
         use timeline_data::language::Text;\n\
         use timeline_data::model::{Actor, ActorGroup, Dataset, Element, Entry, Kind, Provenance, ProvenanceKind, Quote, Source};\n\n",
    );
    out.push_str("pub static KINDS: &[Kind] = &[\n");
    for kind in &data.kinds {
        writeln!(out, "    Kind {{ id: {}, label: {} }},", literal(&kind.id), writer.text(&kind.label))
            .expect("String");
    }
    out.push_str("];\n\npub static ACTORS: &[Actor] = &[\n");
    for actor in &data.actors {
        writeln!(
            out,
            "    Actor {{ id: {}, name: {}, group: {}, role: {} }},",
            literal(&actor.id),
            writer.text(&actor.name),
            group(actor.group),
            optional(actor.role.as_ref(), |role| writer.text(role))
        )
        .expect("String");
    }
    out.push_str("];\n\npub static ENTRIES: &[Entry] = &[\n");
    for entry in &data.entries {
        writer.entry(&mut out, entry);
    }
    out.push_str("];\n\npub static DATASET: Dataset = Dataset { kinds: KINDS, actors: ACTORS, entries: ENTRIES };\n");
    out
}
