//! Researchers' export: the entries on screen as JSON or CSV, with everything needed to cite
//! them (dates and precision, provenance, kinds, actors, verbatim quotes, and each entry's URL).
//! Written by hand rather than with serde, which would cost the app far more bytes than these
//! few lines.

use timeline_data::date::Precision;
use timeline_data::model::Entry;

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

    /// The file's text; `site_url` is the site's absolute address with its base path.
    pub fn render(self, entries: &[&Entry], site_url: &str) -> String {
        match self {
            Format::Json => json(entries, site_url),
            Format::Csv => csv(entries, site_url),
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

fn precision(entry: &Entry) -> &'static str {
    match entry.date.precision() {
        Precision::Day => "day",
        Precision::Month => "month",
        Precision::Year => "year",
    }
}

fn provenance(entry: &Entry) -> &'static str {
    if entry.provenance.is_added() {
        "added"
    } else {
        "stated"
    }
}

fn speakers(quote: &timeline_data::model::Quote) -> String {
    match quote.with {
        Some(with) => format!("{} and {}", quote.speaker.name, with.name),
        None => quote.speaker.name.to_owned(),
    }
}

/// `site_url` is the site's absolute address with its base path (`https://host/timeline/`).
pub fn json(entries: &[&Entry], site_url: &str) -> String {
    let records: Vec<String> = entries
        .iter()
        .map(|entry| {
            let quotes = json_list(entry.quotes.iter().map(|quote| {
                format!("{{\"text\": {}, \"speaker\": {}}}", json_string(quote.text), json_string(&speakers(quote)))
            }));
            let fields = [
                ("slug", json_string(entry.slug)),
                ("title", json_string(entry.title)),
                ("date", json_string(&entry.date.iso())),
                ("end", entry.end.map_or_else(|| "null".to_owned(), |end| json_string(&end.iso()))),
                ("precision", json_string(precision(entry))),
                ("date_in_words", json_string(&entry.date_in_words())),
                ("provenance", json_string(provenance(entry))),
                ("provenance_note", json_string(entry.provenance.note())),
                ("kind", json_string(entry.kind.label)),
                ("actors", json_list(entry.actors.iter().map(|actor| json_string(actor.name)))),
                ("summary", json_string(entry.summary)),
                ("quotes", quotes),
                ("source_section", json_string(entry.section)),
                ("url", json_string(&format!("{site_url}entry/{}/", entry.slug))),
            ];
            let body: Vec<String> = fields.iter().map(|(name, value)| format!("    \"{name}\": {value}")).collect();
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

pub const CSV_HEADER: &str =
    "slug,title,date,end,precision,date_in_words,provenance,provenance_note,kind,actors,summary,quotes,source_section,url";

/// Lists inside a field (actors, quotes) are joined with " | ".
pub fn csv(entries: &[&Entry], site_url: &str) -> String {
    let mut out = String::from(CSV_HEADER);
    out.push_str("\r\n");
    for entry in entries {
        let actors: Vec<&str> = entry.actors.iter().map(|actor| actor.name).collect();
        let quotes: Vec<String> =
            entry.quotes.iter().map(|quote| format!("{}: “{}”", speakers(quote), quote.text)).collect();
        let fields = [
            entry.slug.to_owned(),
            entry.title.to_owned(),
            entry.date.iso(),
            entry.end.map(|end| end.iso()).unwrap_or_default(),
            precision(entry).to_owned(),
            entry.date_in_words(),
            provenance(entry).to_owned(),
            entry.provenance.note().to_owned(),
            entry.kind.label.to_owned(),
            actors.join(" | "),
            entry.summary.to_owned(),
            quotes.join(" | "),
            entry.section.to_owned(),
            format!("{site_url}entry/{}/", entry.slug),
        ];
        let row: Vec<String> = fields.iter().map(|field| csv_field(field)).collect();
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}
