//! The researchers' export: exactly the given entries, every field, valid JSON and CSV.

use peace_timeline::dataset::DATASET;
use peace_timeline::export::{csv, json, CSV_HEADER};

const SITE: &str = "https://example.org/timeline/";

fn parse(text: &str) -> Vec<serde_json::Value> {
    serde_json::from_str(text).expect("the export is valid JSON")
}

#[test]
fn json_holds_every_field_of_exactly_the_given_entries() {
    let entries: Vec<_> = DATASET.entries.iter().filter(|e| e.kind.id == "summit").collect();
    let records = parse(&json(&entries, SITE));
    let slugs: Vec<&str> = records.iter().map(|r| r["slug"].as_str().unwrap()).collect();
    assert_eq!(slugs, entries.iter().map(|e| e.slug).collect::<Vec<_>>());
    let singapore = &records[slugs.iter().position(|s| *s == "singapore-summit").unwrap()];
    assert_eq!(singapore["date"], "2018-06-12");
    assert_eq!(singapore["end"], serde_json::Value::Null);
    assert_eq!(singapore["precision"], "day");
    assert_eq!(singapore["provenance"], "stated");
    assert_eq!(singapore["kind"], "Summit");
    assert_eq!(singapore["url"], format!("{SITE}entry/singapore-summit/"));
    let nato = &records[slugs.iter().position(|s| *s == "nato-summit-july-2024").unwrap()];
    assert_eq!(nato["end"], "2024-07-11");
    assert_eq!(nato["provenance"], "added");
}

#[test]
fn json_quotes_come_back_verbatim() {
    let entries: Vec<_> = DATASET.entries.iter().collect();
    let records = parse(&json(&entries, SITE));
    for (entry, record) in entries.iter().zip(&records) {
        let quotes = record["quotes"].as_array().unwrap();
        assert_eq!(quotes.len(), entry.quotes.len());
        for (quote, exported) in entry.quotes.iter().zip(quotes) {
            assert_eq!(exported["text"], quote.text);
        }
        assert_eq!(record["summary"], entry.summary);
    }
}

#[test]
fn csv_has_a_header_and_one_quoted_row_per_entry() {
    let entries: Vec<_> = DATASET.entries.iter().collect();
    let text = csv(&entries, SITE);
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

#[test]
fn an_empty_selection_gives_an_empty_list_and_a_bare_header() {
    assert!(parse(&json(&[], SITE)).is_empty());
    assert_eq!(csv(&[], SITE), format!("{CSV_HEADER}\r\n"));
}
