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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compile::check;

    const SOURCE: &str = "Intro with “spoken words” here, in July 2018.\n\nThe Heading\n\nIt was last week.\n";

    /// A small data file with one of everything the generated code writes differently: each
    /// group of actor, each kind of provenance, a span, a role, a joint quote, an element.
    fn data() -> CheckedData {
        let json = serde_json::json!({
            "kinds": [{"id": "summit", "label": {"en": "The \"Summit\"", "ko": "정상회담"}}],
            "actors": [
                {"id": "north-korea", "name": {"en": "North Korea", "ko": "북한"}, "group": "country"},
                {"id": "joseph-yun", "name": {"en": "Joseph Yun", "ko": "조셉 윤"}, "group": "person",
                 "role": {"en": "Ambassador", "ko": "대사"}},
                {"id": "usip", "name": {"en": "USIP", "ko": "미국평화연구소"}, "group": "organisation"}
            ],
            "entries": [
                {
                    "slug": "first", "background": true, "title": {"en": "First", "ko": "첫째"},
                    "date": "1953-07-27", "end": "1954-08",
                    "provenance": {"kind": "added", "note": {"en": "Record.", "ko": "기록."},
                                   "source": {"name": "Publisher: A page", "url": "https://example.org/page"}},
                    "kind": "summit", "actors": ["north-korea", "usip"],
                    "summary": {"en": "Line one\nline two.", "ko": "요약."},
                    "quotes": [{"text": "spoken words", "translation": {"ko": "한 말"}, "speaker": "joseph-yun",
                                "with": "usip"}],
                    "elements": [{"label": {"en": "An element", "ko": "요소"}, "quote": 0}],
                    "section": "Introduction", "related": ["second"]
                },
                {
                    "slug": "second", "title": {"en": "Second", "ko": "둘째"}, "date": "2018-07",
                    "provenance": {"kind": "stated", "words": "in July 2018", "note": {"en": "Said.", "ko": "말함."}},
                    "kind": "summit", "actors": ["joseph-yun"], "summary": {"en": "Two.", "ko": "둘."},
                    "section": "The Heading", "related": ["first"]
                },
                {
                    "slug": "third", "title": {"en": "Third", "ko": "셋째"}, "date": "2018",
                    "provenance": {"kind": "inferred", "words": "last week", "note": {"en": "Worked out.", "ko": "추론."}},
                    "kind": "summit", "actors": ["north-korea"], "summary": {"en": "Three.", "ko": "셋."},
                    "section": "The Heading"
                }
            ]
        });
        check("timeline.json", &json.to_string(), SOURCE).unwrap_or_else(|errors| panic!("{errors:#?}"))
    }

    #[test]
    fn kinds_and_actors_are_written_with_every_group_and_role() {
        let rust = rust_source(&data(), Languages::All);
        for line in [
            "    Kind { id: \"summit\", label: Text { en: \"The \\\"Summit\\\"\", ko: \"정상회담\" } },",
            "    Actor { id: \"north-korea\", name: Text { en: \"North Korea\", ko: \"북한\" }, group: ActorGroup::Country, role: None },",
            "    Actor { id: \"joseph-yun\", name: Text { en: \"Joseph Yun\", ko: \"조셉 윤\" }, group: ActorGroup::Person, role: Some(Text { en: \"Ambassador\", ko: \"대사\" }) },",
            "    Actor { id: \"usip\", name: Text { en: \"USIP\", ko: \"미국평화연구소\" }, group: ActorGroup::Organisation, role: None },",
            "pub static DATASET: Dataset = Dataset { kinds: KINDS, actors: ACTORS, entries: ENTRIES };",
        ] {
            assert!(rust.lines().any(|written| written == line), "{line}\nnot in\n{rust}");
        }
    }

    #[test]
    fn an_entry_is_written_field_by_field() {
        let rust = rust_source(&data(), Languages::All);
        let first = "    Entry {
        slug: \"first\",
        background: true,
        title: Text { en: \"First\", ko: \"첫째\" },
        date: PartialDate::from_parts_unchecked(1953, 7, 27),
        end: Some(PartialDate::from_parts_unchecked(1954, 8, 0)),
        provenance: Provenance { kind: ProvenanceKind::Added, words: None, note: Text { en: \"Record.\", ko: \"기록.\" }, source: Some(Source { name: \"Publisher: A page\", url: \"https://example.org/page\" }) },
        kind: &KINDS[0],
        actors: &[&ACTORS[0], &ACTORS[2]],
        summary: Text { en: \"Line one\\nline two.\", ko: \"요약.\" },
        quotes: &[Quote { text: \"spoken words\", korean: \"한 말\", speaker: &ACTORS[1], with: Some(&ACTORS[2]) }],
        section: \"Introduction\",
        publication_type: None,
        related: &[\"second\"],
        elements: &[Element { label: Text { en: \"An element\", ko: \"요소\" }, quote: 0 }],
    },
";
        assert!(rust.contains(first), "{rust}");
        assert!(rust.contains("        background: false,\n"));
        assert!(rust.contains("        end: None,\n"));
        assert!(rust.contains("        date: PartialDate::from_parts_unchecked(2018, 0, 0),\n"));
        assert!(rust.contains("provenance: Provenance { kind: ProvenanceKind::Stated, words: Some(\"in July 2018\"), "));
        assert!(rust.contains("provenance: Provenance { kind: ProvenanceKind::Inferred, words: Some(\"last week\"), "));
        assert!(rust.contains("note: Text { en: \"Said.\", ko: \"말함.\" }, source: None },\n"));
        assert!(rust.contains("        quotes: &[],\n        section: \"The Heading\",\n"));
    }

    #[test]
    fn a_browser_build_leaves_the_other_languages_texts_empty() {
        let english = rust_source(&data(), Languages::Only(Language::English));
        assert!(english.contains("title: Text { en: \"First\", ko: \"\" }"));
        assert!(english.contains("Quote { text: \"spoken words\", korean: \"\", "), "the verbatim English stays");
        assert!(!english.contains("첫째") && !english.contains("한 말"));
        let korean = rust_source(&data(), Languages::Only(Language::Korean));
        assert!(korean.contains("title: Text { en: \"\", ko: \"첫째\" }"));
        assert!(korean.contains("Quote { text: \"spoken words\", korean: \"한 말\", "));
        assert!(!korean.contains("\"First\""));
        assert_eq!(rust_source(&data(), Languages::All).matches("ko: \"\"").count(), 0);
    }

    #[test]
    fn which_languages_a_build_includes() {
        for language in Language::ALL {
            assert!(Languages::All.includes(language));
            assert!(Languages::Only(language).includes(language));
        }
        assert!(!Languages::Only(Language::English).includes(Language::Korean));
        assert!(!Languages::Only(Language::Korean).includes(Language::English));
    }
}
