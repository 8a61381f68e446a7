//! Researchers' export: the entries on screen as JSON or CSV, with everything needed to cite
//! them (dates and precision, how each date is known and from which source, kinds, actors,
//! verbatim quotes, and each entry's URL). The field names are the same in every language;
//! the texts are the page's language's, and the Korean export keeps each quote's English
//! beside its translation. Written by hand rather than with serde, which would cost the app
//! far more bytes than these few lines.

use timeline_data::date::Precision;
use timeline_data::language::Language;
use timeline_data::model::{Entry, Quote};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Json,
    Csv,
}

impl Format {
    pub const ALL: [Format; 2] = [Format::Json, Format::Csv];

    pub fn name(self) -> &'static str {
        match self {
            Format::Json => "JSON",
            Format::Csv => "CSV",
        }
    }

    pub fn file_name(self) -> &'static str {
        match self {
            Format::Json => "korean-peace-timeline.json",
            Format::Csv => "korean-peace-timeline.csv",
        }
    }

    pub fn mime_type(self) -> &'static str {
        match self {
            Format::Json => "application/json",
            Format::Csv => "text/csv",
        }
    }

    /// The file's text; `edition_url` is the absolute address of the timeline in `language`
    /// (`https://host/timeline/ko/`), under which every entry has its page.
    pub fn render(self, entries: &[&Entry], language: Language, edition_url: &str) -> String {
        let records: Vec<Record> = entries.iter().map(|entry| record(entry, language, edition_url)).collect();
        match self {
            Format::Json => json(&records),
            Format::Csv => csv(&records),
        }
    }
}

/// Text as a JSON string literal.
fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn json_list(items: impl Iterator<Item = String>) -> String {
    format!("[{}]", items.collect::<Vec<_>>().join(", "))
}

fn json_optional(text: Option<&str>) -> String {
    text.map_or_else(|| "null".to_owned(), json_string)
}

fn precision(entry: &Entry) -> &'static str {
    match entry.date.precision() {
        Precision::Day => "day",
        Precision::Month => "month",
        Precision::Year => "year",
    }
}

/// A quote as exported: the article's words, who said them, and (in Korean) the translation.
struct QuoteRecord {
    text: &'static str,
    translation: Option<&'static str>,
    speaker: String,
}

impl QuoteRecord {
    fn of(quote: &Quote, language: Language) -> Self {
        let speaker = match quote.with {
            Some(with) => format!("{} & {}", quote.speaker.name.get(language), with.name.get(language)),
            None => quote.speaker.name.get(language).to_owned(),
        };
        QuoteRecord { text: quote.text, translation: quote.translation(language), speaker }
    }

    fn json(&self) -> String {
        let translation = self
            .translation
            .map(|translation| format!(", \"translation\": {}", json_string(translation)))
            .unwrap_or_default();
        format!("{{\"text\": {}{translation}, \"speaker\": {}}}", json_string(self.text), json_string(&self.speaker))
    }

    fn csv(&self) -> String {
        match self.translation {
            Some(translation) => format!("{}: “{}” ({translation})", self.speaker, self.text),
            None => format!("{}: “{}”", self.speaker, self.text),
        }
    }
}

/// The fields of an exported entry, in the order both formats write them: the JSON objects'
/// keys and the CSV header. Researchers' scripts read them by these names.
const FIELDS: [&str; 18] = [
    "slug",
    "background",
    "title",
    "date",
    "end",
    "precision",
    "date_in_words",
    "provenance",
    "provenance_words",
    "provenance_note",
    "source_name",
    "source_url",
    "kind",
    "actors",
    "summary",
    "quotes",
    "source_section",
    "url",
];

/// One field's value, which each format writes its own way.
enum Value {
    /// JSON's `null` and an empty CSV field when there is none.
    Text(Option<String>),
    Bool(bool),
    /// A JSON list of strings; in CSV, one field with the names joined by " | ".
    Names(Vec<&'static str>),
    /// A JSON list of objects; in CSV, like names.
    Quotes(Vec<QuoteRecord>),
}

impl Value {
    fn text(text: impl Into<String>) -> Self {
        Value::Text(Some(text.into()))
    }

    fn optional(text: Option<&str>) -> Self {
        Value::Text(text.map(str::to_owned))
    }

    fn json(&self) -> String {
        match self {
            Value::Text(text) => json_optional(text.as_deref()),
            Value::Bool(value) => value.to_string(),
            Value::Names(names) => json_list(names.iter().map(|name| json_string(name))),
            Value::Quotes(quotes) => json_list(quotes.iter().map(QuoteRecord::json)),
        }
    }

    fn csv(&self) -> String {
        let text = match self {
            Value::Text(text) => text.clone().unwrap_or_default(),
            Value::Bool(value) => value.to_string(),
            Value::Names(names) => names.join(" | "),
            Value::Quotes(quotes) => quotes.iter().map(QuoteRecord::csv).collect::<Vec<_>>().join(" | "),
        };
        csv_field(&text)
    }
}

/// An entry's values, in the order of [`FIELDS`].
type Record = [Value; FIELDS.len()];

fn record(entry: &Entry, language: Language, edition_url: &str) -> Record {
    let source = entry.provenance.source.as_ref();
    [
        Value::text(entry.slug),
        Value::Bool(entry.background),
        Value::text(entry.title.get(language)),
        Value::text(entry.date.iso()),
        Value::Text(entry.end.map(|end| end.iso())),
        Value::text(precision(entry)),
        Value::text(entry.date_in_words(language)),
        Value::text(entry.provenance.kind.id()),
        Value::optional(entry.provenance.words),
        Value::text(entry.provenance.note.get(language)),
        Value::optional(source.map(|source| source.name)),
        Value::optional(source.map(|source| source.url)),
        Value::text(entry.kind.label.get(language)),
        Value::Names(entry.actors.iter().map(|actor| actor.name.get(language)).collect()),
        Value::text(entry.summary.get(language)),
        Value::Quotes(entry.quotes.iter().map(|quote| QuoteRecord::of(quote, language)).collect()),
        Value::text(entry.section),
        Value::text(format!("{edition_url}entry/{}/", entry.slug)),
    ]
}

fn json(records: &[Record]) -> String {
    let records: Vec<String> = records
        .iter()
        .map(|record| {
            let body: Vec<String> =
                FIELDS.iter().zip(record).map(|(name, value)| format!("    \"{name}\": {}", value.json())).collect();
            format!("  {{\n{}\n  }}", body.join(",\n"))
        })
        .collect();
    format!("[\n{}\n]\n", records.join(",\n"))
}

/// One CSV field, quoted when it must be (RFC 4180).
fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

/// Lists inside a field (actors, quotes) are joined with " | ".
fn csv(records: &[Record]) -> String {
    let mut out = FIELDS.join(",");
    out.push_str("\r\n");
    for record in records {
        let row: Vec<String> = record.iter().map(Value::csv).collect();
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::DATASET;

    const SITE: &str = "https://example.org/timeline/";
    /// Spelled out, not taken from [`FIELDS`]: the header is what researchers' scripts read.
    const CSV_HEADER: &str = "slug,background,title,date,end,precision,date_in_words,provenance,provenance_words,\
                              provenance_note,source_name,source_url,kind,actors,summary,quotes,source_section,url";

    fn parse(text: &str) -> Vec<serde_json::Value> {
        serde_json::from_str(text).expect("the export is valid JSON")
    }

    fn export(format: Format, entries: &[&Entry], language: Language) -> String {
        format.render(entries, language, SITE)
    }

    #[test]
    fn json_holds_every_field_of_exactly_the_given_entries() {
        let entries: Vec<_> = DATASET.entries.iter().filter(|e| e.kind.id == "summit").collect();
        let records = parse(&export(Format::Json, &entries, Language::English));
        let slugs: Vec<&str> = records.iter().map(|r| r["slug"].as_str().unwrap()).collect();
        assert_eq!(slugs, entries.iter().map(|e| e.slug).collect::<Vec<_>>());
        let singapore = &records[slugs.iter().position(|s| *s == "singapore-summit").unwrap()];
        assert_eq!(singapore["date"], "2018-06-12");
        assert_eq!(singapore["end"], serde_json::Value::Null);
        assert_eq!(singapore["precision"], "day");
        assert_eq!(singapore["provenance"], "stated");
        assert_eq!(singapore["provenance_words"], DATASET.entry("singapore-summit").unwrap().provenance.words.unwrap());
        assert_eq!(singapore["source_url"], serde_json::Value::Null);
        assert_eq!(singapore["background"], false);
        assert_eq!(singapore["kind"], "Summit");
        assert_eq!(singapore["url"], format!("{SITE}entry/singapore-summit/"));
        let nato = &records[slugs.iter().position(|s| *s == "nato-summit-july-2024").unwrap()];
        assert_eq!(nato["end"], "2024-07-11");
        assert_eq!(nato["date_in_words"], "9–11 July 2024");
        assert_eq!(nato["provenance"], "added");
        assert!(nato["source_url"].as_str().unwrap().starts_with("https://"));
    }

    #[test]
    fn every_kind_of_provenance_and_the_background_tier_are_exported() {
        let entries: Vec<_> = DATASET.entries.iter().collect();
        let records = parse(&export(Format::Json, &entries, Language::English));
        for (entry, record) in entries.iter().zip(&records) {
            assert_eq!(record["provenance"], entry.provenance.kind.id());
            assert_eq!(record["provenance_note"], entry.provenance.note.en);
            assert_eq!(record["background"], entry.background);
            assert_eq!(record["source_name"].as_str(), entry.provenance.source.as_ref().map(|source| source.name));
        }
        for kind in ["stated", "inferred", "added"] {
            assert!(records.iter().any(|record| record["provenance"] == kind), "{kind}");
        }
    }

    #[test]
    fn json_quotes_come_back_verbatim() {
        let entries: Vec<_> = DATASET.entries.iter().collect();
        let records = parse(&export(Format::Json, &entries, Language::English));
        for (entry, record) in entries.iter().zip(&records) {
            let quotes = record["quotes"].as_array().unwrap();
            assert_eq!(quotes.len(), entry.quotes.len());
            for (quote, exported) in entry.quotes.iter().zip(quotes) {
                assert_eq!(exported["text"], quote.text);
                assert!(exported.get("translation").is_none(), "the English export has no translation");
            }
            assert_eq!(record["summary"], entry.summary.en);
        }
    }

    #[test]
    fn the_korean_export_has_korean_texts_english_quotes_with_translations_and_the_same_fields() {
        let entries: Vec<_> = DATASET.entries.iter().collect();
        let korean_site = "https://example.org/timeline/ko/";
        let records = parse(&Format::Json.render(&entries, Language::Korean, korean_site));
        let english = parse(&export(Format::Json, &entries, Language::English));
        for ((entry, record), english) in entries.iter().zip(&records).zip(&english) {
            let fields = |record: &serde_json::Value| record.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
            assert_eq!(fields(record), fields(english), "the same field names");
            assert_eq!(record["title"], entry.title.ko);
            assert_eq!(record["summary"], entry.summary.ko);
            assert_eq!(record["date_in_words"], entry.date_in_words(Language::Korean));
            assert_eq!(record["url"], format!("{korean_site}entry/{}/", entry.slug));
            for (quote, exported) in entry.quotes.iter().zip(record["quotes"].as_array().unwrap()) {
                assert_eq!(exported["text"], quote.text, "the verbatim English stays");
                assert_eq!(exported["translation"], quote.korean);
            }
        }
    }

    #[test]
    fn csv_has_a_header_and_one_quoted_row_per_entry() {
        let entries: Vec<_> = DATASET.entries.iter().collect();
        for language in Language::ALL {
            let text = export(Format::Csv, &entries, language);
            let mut lines = text.split("\r\n");
            assert_eq!(lines.next(), Some(CSV_HEADER));
            // Fields with commas or quotes are quoted, so unquoted commas count the columns.
            let columns = CSV_HEADER.split(',').count();
            let rows: Vec<&str> = lines.filter(|line| !line.is_empty()).collect();
            assert_eq!(rows.len(), entries.len());
            for row in rows {
                let mut in_quotes = false;
                let mut separators = 0;
                for c in row.chars() {
                    match c {
                        '"' => in_quotes = !in_quotes,
                        ',' if !in_quotes => separators += 1,
                        _ => {}
                    }
                }
                assert_eq!(separators + 1, columns, "{row}");
            }
        }
    }

    #[test]
    fn fields_that_need_quoting_are_quoted_and_others_are_not() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a, b"), "\"a, b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
        assert_eq!(json_string("a\"b\\c\n\t\u{1}"), "\"a\\\"b\\\\c\\n\\t\\u0001\"");
    }

    #[test]
    fn each_format_names_its_file_and_type_for_the_download() {
        let described: Vec<(&str, &str, &str)> =
            Format::ALL.iter().map(|format| (format.name(), format.file_name(), format.mime_type())).collect();
        assert_eq!(
            described,
            [
                ("JSON", "korean-peace-timeline.json", "application/json"),
                ("CSV", "korean-peace-timeline.csv", "text/csv")
            ]
        );
    }

    #[test]
    fn json_strings_escape_only_what_json_requires() {
        assert_eq!(json_string("end of war, 종전 “quoted” ~"), "\"end of war, 종전 “quoted” ~\"");
        assert_eq!(json_string("\u{1f}\u{7f}\r"), "\"\\u001f\u{7f}\\r\"");
        assert_eq!(json_optional(None), "null");
        assert_eq!(json_optional(Some("a")), "\"a\"");
        assert_eq!(json_list(["1".to_owned(), "2".to_owned()].into_iter()), "[1, 2]");
    }

    #[test]
    fn a_quote_written_jointly_names_both_authors() {
        let (entry, quote) = DATASET
            .entries
            .iter()
            .find_map(|entry| entry.quotes.iter().find(|quote| quote.with.is_some()).map(|quote| (entry, quote)))
            .expect("the data has a quote written jointly");
        let with = quote.with.unwrap();
        let records = parse(&export(Format::Json, &[entry], Language::English));
        let exported = records[0]["quotes"].as_array().unwrap().iter().find(|q| q["text"] == quote.text).unwrap();
        assert_eq!(exported["speaker"], format!("{} & {}", quote.speaker.name.en, with.name.en));
        let csv = export(Format::Csv, &[entry], Language::Korean);
        assert!(csv.contains(&format!("{} & {}: “", quote.speaker.name.ko, with.name.ko)), "{csv}");
    }

    #[test]
    fn an_empty_selection_gives_an_empty_list_and_a_bare_header() {
        assert!(parse(&export(Format::Json, &[], Language::English)).is_empty());
        assert_eq!(export(Format::Csv, &[], Language::English), format!("{CSV_HEADER}\r\n"));
    }
}
