//! Each defect a data file can have is refused with a message naming the file, the entry and
//! the field; and the real data file compiles.
#![cfg(feature = "compile")]

use timeline_data::compile::{check, compile, failure_report, DataError, Languages, Place};
use timeline_data::language::Language;

const SOURCE: &str =
    "Intro line with “a verbatim quote” here, in July 2018.\n\nThe Heading\n\nMore text last week.\n\n\
                      A Publication Title\n\nType: Analysis\n";

fn valid() -> serde_json::Value {
    serde_json::json!({
        "kinds": [
            {"id": "summit", "label": {"en": "Summit", "ko": "정상회담"}},
            {"id": "publication", "label": {"en": "Publication", "ko": "간행물"}}
        ],
        "actors": [
            {"id": "north-korea", "name": {"en": "North Korea", "ko": "북한"}, "group": "country"},
            {"id": "joseph-yun", "name": {"en": "Joseph Yun", "ko": "조셉 윤"}, "group": "person",
             "role": {"en": "Ambassador", "ko": "대사"}}
        ],
        "entries": [
            {
                "slug": "first", "background": true, "title": {"en": "First", "ko": "첫째"}, "date": "1953-07-27",
                "provenance": {"kind": "added", "note": {"en": "From the record.", "ko": "공개 기록에서."},
                               "source": {"name": "Publisher: A page", "url": "https://example.org/page"}},
                "kind": "summit", "actors": ["north-korea"], "summary": {"en": "Something happened.", "ko": "무슨 일이 있었다."},
                "quotes": [{"text": "a verbatim quote", "translation": {"ko": "그대로 옮긴 인용"}, "speaker": "joseph-yun"}],
                "section": "Introduction", "related": ["second"]
            },
            {
                "slug": "second", "title": {"en": "Second", "ko": "둘째"}, "date": "2018-07", "end": "2019-03",
                "provenance": {"kind": "stated", "words": "in July 2018", "note": {"en": "The article says so.", "ko": "기사에 그렇게 나온다."}},
                "kind": "publication", "actors": ["joseph-yun"], "summary": {"en": "Something else.", "ko": "다른 일."},
                "section": "Related publication: A Publication Title",
                "publication_type": {"en": "Analysis", "ko": "분석"},
                "related": ["first"]
            },
            {
                "slug": "third", "title": {"en": "Third", "ko": "셋째"}, "date": "2019-03",
                "provenance": {"kind": "inferred", "words": "last week", "note": {"en": "A week before the text.", "ko": "글보다 한 주 전."}},
                "kind": "publication", "actors": ["north-korea"], "summary": {"en": "A third thing.", "ko": "세 번째 일."},
                "section": "The Heading"
            }
        ]
    })
}

fn errors_for(data: &serde_json::Value) -> Vec<String> {
    match check("timeline.json", &data.to_string(), SOURCE) {
        Ok(_) => Vec::new(),
        Err(errors) => errors.iter().map(DataError::to_string).collect(),
    }
}

/// Applies `defect` to a valid file and asserts that exactly the expected message comes back.
fn assert_refused(defect: impl FnOnce(&mut serde_json::Value), expected: &str) {
    let mut data = valid();
    defect(&mut data);
    let errors = errors_for(&data);
    assert!(errors.iter().any(|error| error == expected), "expected {expected:?} among {errors:#?}");
}

#[test]
fn the_valid_fixture_passes() {
    assert_eq!(errors_for(&valid()), Vec::<String>::new());
}

#[test]
fn syntax_errors_name_the_file() {
    let errors = check("timeline.json", "{ not json", SOURCE).err().unwrap();
    assert_eq!(errors[0].place, Place::File);
    assert!(errors[0].to_string().starts_with("timeline.json: not valid timeline JSON"));
}

#[test]
fn a_bad_date_names_entry_and_field() {
    assert_refused(
        |d| d["entries"][0]["date"] = "1953-02-30".into(),
        "timeline.json: entry 1 “first”, field `date`: “1953-02-30” is not a valid date: day 30 is not between 1 and 28",
    );
    assert_refused(
        |d| d["entries"][1]["end"] = "2017".into(),
        "timeline.json: entry 2 “second”, field `end`: “2017” is not after the start date “2018-07”",
    );
}

#[test]
fn a_duplicate_slug_is_refused() {
    assert_refused(
        |d| {
            d["entries"][1]["slug"] = "first".into();
            d["entries"][1]["related"] = serde_json::json!([]);
            d["entries"][0]["related"] = serde_json::json!([]);
        },
        "timeline.json: entry 2 “first”, field `slug`: is used by an earlier entry too",
    );
}

#[test]
fn a_slug_that_is_not_url_safe_is_refused() {
    assert_refused(
        |d| d["entries"][0]["slug"] = "First Entry".into(),
        "timeline.json: entry 1 “First Entry”, field `slug`: must be lower-case letters and digits in hyphen-separated words",
    );
}

#[test]
fn dangling_and_one_way_related_links_are_refused() {
    assert_refused(
        |d| d["entries"][0]["related"] = serde_json::json!(["second", "nowhere"]),
        "timeline.json: entry 1 “first”, field `related[1]`: “nowhere” is not the slug of any entry",
    );
    assert_refused(
        |d| d["entries"][1]["related"] = serde_json::json!([]),
        "timeline.json: entry 1 “first”, field `related[0]`: “second” does not list “first” among its related entries",
    );
}

#[test]
fn a_quote_not_in_the_source_is_refused() {
    assert_refused(
        |d| d["entries"][0]["quotes"][0]["text"] = "a verbatim quote, improved".into(),
        "timeline.json: entry 1 “first”, field `quotes[0].text`: is not found verbatim in the source article",
    );
}

#[test]
fn unknown_kinds_actors_and_speakers_are_refused() {
    assert_refused(
        |d| d["entries"][0]["kind"] = "battle".into(),
        "timeline.json: entry 1 “first”, field `kind`: “battle” is not a kind listed under \"kinds\"",
    );
    assert_refused(
        |d| d["entries"][0]["actors"] = serde_json::json!(["north-korea", "atlantis"]),
        "timeline.json: entry 1 “first”, field `actors[1]`: “atlantis” is not an actor listed under \"actors\"",
    );
    assert_refused(
        |d| d["entries"][0]["quotes"][0]["speaker"] = "nobody".into(),
        "timeline.json: entry 1 “first”, field `quotes[0].speaker`: “nobody” is not an actor listed under \"actors\"",
    );
}

#[test]
fn unknown_and_missing_fields_are_refused() {
    let mut data = valid();
    data["entries"][0]["colour"] = "red".into();
    let errors = errors_for(&data);
    assert!(
        errors[0].starts_with("timeline.json: entry 1 “first”, not a valid entry: unknown field `colour`"),
        "{errors:?}"
    );

    let mut data = valid();
    data["entries"][1].as_object_mut().unwrap().remove("title");
    let errors = errors_for(&data);
    assert!(
        errors[0].starts_with("timeline.json: entry 2 “second”, not a valid entry: missing field `title`"),
        "{errors:?}"
    );
}

#[test]
fn a_missing_or_empty_korean_text_names_the_entry_and_the_field() {
    assert_refused(
        |d| d["entries"][1]["summary"].as_object_mut().unwrap().remove("ko").map(drop).unwrap(),
        "timeline.json: entry 2 “second”, field `summary.ko`: the Korean text is missing",
    );
    assert_refused(
        |d| d["entries"][0]["quotes"][0].as_object_mut().unwrap().remove("translation").map(drop).unwrap(),
        "timeline.json: entry 1 “first”, field `quotes[0].translation.ko`: the Korean text is missing",
    );
    assert_refused(
        |d| d["entries"][1]["provenance"]["note"]["ko"] = " ".into(),
        "timeline.json: entry 2 “second”, field `provenance.note.ko`: the Korean text is missing",
    );
    assert_refused(
        |d| d["actors"][1]["role"]["ko"] = serde_json::Value::Null,
        "timeline.json: actor 2 “joseph-yun”, field `role.ko`: the Korean text is missing",
    );
    assert_refused(
        |d| d["kinds"][0]["label"].as_object_mut().unwrap().remove("ko").map(drop).unwrap(),
        "timeline.json: kind 1 “summit”, field `label.ko`: the Korean text is missing",
    );
}

#[test]
fn decomposed_hangul_is_refused() {
    assert_refused(
        |d| d["entries"][2]["title"]["ko"] = "\u{1109}\u{1166}\u{11BA}\u{110D}\u{1162}".into(),
        "timeline.json: entry 3 “third”, field `title.ko`: has decomposed Hangul (conjoining jamo): write it composed (NFC)",
    );
}

#[test]
fn each_kind_of_provenance_carries_what_a_reader_needs_to_check_it() {
    assert_refused(
        |d| d["entries"][1]["provenance"]["kind"] = "guessed".into(),
        "timeline.json: entry 2 “second”, field `provenance.kind`: “guessed” is not one of stated, inferred, added",
    );
    assert_refused(
        |d| d["entries"][2]["provenance"].as_object_mut().unwrap().remove("words").map(drop).unwrap(),
        "timeline.json: entry 3 “third”, field `provenance.words`: a stated or inferred date must quote the article's words that give or imply it",
    );
    assert_refused(
        |d| d["entries"][1]["provenance"]["words"] = "in June 2018".into(),
        "timeline.json: entry 2 “second”, field `provenance.words`: is not found verbatim in the source article",
    );
    assert_refused(
        |d| d["entries"][0]["provenance"].as_object_mut().unwrap().remove("source").map(drop).unwrap(),
        "timeline.json: entry 1 “first”, field `provenance.source`: an added date or fact must name its source",
    );
    assert_refused(
        |d| d["entries"][0]["provenance"]["source"]["url"] = "the library".into(),
        "timeline.json: entry 1 “first”, field `provenance.source.url`: “the library” is not a web address",
    );
    assert_refused(
        |d| d["entries"][2]["provenance"]["note"]["en"] = "".into(),
        "timeline.json: entry 3 “third”, field `provenance.note.en`: must not be empty",
    );
}

#[test]
fn a_background_event_is_dated_from_the_public_record() {
    assert_refused(
        |d| {
            d["entries"][2]["background"] = true.into();
        },
        "timeline.json: entry 3 “third”, field `provenance.kind`: a background event is dated from the public record: it must be “added”",
    );
}

#[test]
fn a_span_that_ends_before_it_starts_is_refused() {
    assert_refused(
        |d| d["entries"][1]["end"] = "2018-06".into(),
        "timeline.json: entry 2 “second”, field `end`: “2018-06” is not after the start date “2018-07”",
    );
    assert_refused(
        |d| d["entries"][1]["end"] = "2018-07".into(),
        "timeline.json: entry 2 “second”, field `end`: “2018-07” is not after the start date “2018-07”",
    );
}

#[test]
fn entries_out_of_order_are_refused_but_vague_dates_may_overlap() {
    assert_refused(
        |d| {
            d["entries"][1]["date"] = "1950".into();
            d["entries"][1].as_object_mut().unwrap().remove("end");
        },
        "timeline.json: entry 2 “second”, field `date`: “1950” is earlier than the entry before it, “first”: entries must be in chronological order",
    );
    // "1953" covers 27 July 1953, so it may stand after it.
    let mut data = valid();
    data["entries"][1]["date"] = "1953".into();
    data["entries"][1].as_object_mut().unwrap().remove("end");
    assert_eq!(errors_for(&data), Vec::<String>::new());
}

#[test]
fn sections_and_publication_types_must_be_found_in_the_source() {
    assert_refused(
        |d| d["entries"][0]["section"] = "The Missing Heading".into(),
        "timeline.json: entry 1 “first”, field `section`: “The Missing Heading” is neither “Introduction”, a heading of the article, nor “Related publication: ” and a publication title found in it",
    );
    assert_refused(
        |d| d["entries"][1]["publication_type"]["en"] = "Opinion".into(),
        "timeline.json: entry 2 “second”, field `publication_type.en`: “Type: Opinion” is not found in the source article",
    );
}

#[test]
fn unused_kinds_and_actors_are_refused() {
    assert_refused(
        |d| {
            d["kinds"]
                .as_array_mut()
                .unwrap()
                .push(serde_json::json!({"id": "energy", "label": {"en": "Energy", "ko": "에너지"}}))
        },
        "timeline.json: kind 3 “energy”, no entry is of this kind",
    );
}

#[test]
fn every_defect_is_reported_not_only_the_first() {
    let mut data = valid();
    data["entries"][0]["date"] = "yesterday".into();
    data["entries"][1]["kind"] = "battle".into();
    assert_eq!(errors_for(&data).len(), 2);
}

#[test]
fn the_generated_source_holds_every_entry() {
    let rust = compile("timeline.json", &valid().to_string(), SOURCE, Languages::All).unwrap();
    assert!(rust.contains("slug: \"first\""));
    assert!(rust.contains("background: true"));
    assert!(rust.contains("PartialDate::from_parts_unchecked(1953, 7, 27)"));
    assert!(rust.contains("kind: ProvenanceKind::Stated, words: Some(\"in July 2018\")"));
    assert!(rust.contains("source: Some(Source { name: \"Publisher: A page\", url: \"https://example.org/page\" })"));
    assert!(rust.contains("summary: Text { en: \"Something else.\", ko: \"다른 일.\" }"));
}

#[test]
fn a_browser_build_carries_the_texts_of_its_own_language_only() {
    let english = compile("timeline.json", &valid().to_string(), SOURCE, Languages::Only(Language::English)).unwrap();
    assert!(english.contains("title: Text { en: \"First\", ko: \"\" }"));
    assert!(!english.contains("그대로 옮긴 인용"));
    let korean = compile("timeline.json", &valid().to_string(), SOURCE, Languages::Only(Language::Korean)).unwrap();
    assert!(korean.contains("title: Text { en: \"\", ko: \"첫째\" }"));
    assert!(
        korean.contains("Quote { text: \"a verbatim quote\", korean: \"그대로 옮긴 인용\""),
        "the verbatim English stays"
    );
}

#[test]
fn the_project_data_file_compiles() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../assets");
    let json = std::fs::read_to_string(format!("{root}/timeline.json")).unwrap();
    let source = std::fs::read_to_string(format!("{root}/source/article.txt")).unwrap();
    if let Err(errors) = check("assets/timeline.json", &json, &source) {
        panic!("{}", errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"));
    }
}

#[test]
fn an_element_must_point_at_one_of_its_entrys_quotes() {
    assert_refused(
        |d| d["entries"][0]["elements"] = serde_json::json!([{"label": {"en": "An element", "ko": "요소"}, "quote": 1}]),
        "timeline.json: entry 1 “first”, field `elements[0].quote`: 1 is not the position of one of the entry's 1 quotes",
    );
    let mut data = valid();
    data["entries"][0]["elements"] = serde_json::json!([{"label": {"en": "An element", "ko": "요소"}, "quote": 0}]);
    assert_eq!(errors_for(&data), Vec::<String>::new());
}

/// What a person sees when the real data file is broken: the build script prints this report,
/// and every line names the file, the entry and the field.
#[test]
fn the_build_names_file_entry_and_field_for_each_defect_in_a_broken_copy_of_the_data() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../assets");
    let mut data: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(format!("{root}/timeline.json")).unwrap()).unwrap();
    let source = std::fs::read_to_string(format!("{root}/source/article.txt")).unwrap();
    let slug = |data: &serde_json::Value, index: usize| data["entries"][index]["slug"].as_str().unwrap().to_owned();
    let entries = data["entries"].as_array().unwrap().len();
    let quoted = (0..entries)
        .find(|&i| data["entries"][i]["quotes"].as_array().is_some_and(|quotes| !quotes.is_empty()))
        .unwrap();
    let related = data["entries"][2]["related"].as_array().unwrap().len();

    data["entries"][0]["date"] = "1953-02-30".into();
    data["entries"][1]["kind"] = "battle".into();
    data["entries"][2]["related"].as_array_mut().unwrap().push("no-such-entry".into());
    data["entries"][quoted]["quotes"][0]["text"] = "words nobody said".into();
    let copy = data["entries"][4].clone();
    data["entries"].as_array_mut().unwrap().push(copy);

    let errors = compile("assets/timeline.json", &data.to_string(), &source, Languages::All).unwrap_err();
    let report = failure_report(&errors);
    let line = |index: usize, field: &str| {
        format!("\n  assets/timeline.json: entry {} “{}”, field `{field}`: ", index + 1, slug(&data, index))
    };
    assert!(
        report.starts_with(&format!("error: the timeline data file has {} defect(s):\n", errors.len())),
        "{report}"
    );
    for expected in [
        line(0, "date"),
        line(1, "kind"),
        line(2, &format!("related[{related}]")),
        line(quoted, "quotes[0].text"),
        line(entries, "slug"),
    ] {
        assert!(report.contains(&expected), "no line starting {expected:?} in\n{report}");
    }
    let dangling: Vec<&str> = report.lines().filter(|line| line.contains("is not the slug of any entry")).collect();
    assert_eq!(dangling.len(), 1, "a defect in one entry must not make links to it look dangling:\n{report}");
}
