//! Every rule the data file must keep, each reported as a [`DataError`] naming where it broke.

use std::collections::{HashMap, HashSet};

use super::schema::{RawActor, RawEntry, RawFile, RawKind, RawText};
use super::{DataError, Place};
use crate::date::PartialDate;
use crate::hangul;
use crate::model::{ActorGroup, ProvenanceKind};

/// A text in every language, checked.
#[derive(Clone, Debug, Default)]
pub struct CheckedText {
    pub en: String,
    pub ko: String,
}

pub struct CheckedKind {
    pub id: String,
    pub label: CheckedText,
}

pub struct CheckedActor {
    pub id: String,
    pub name: CheckedText,
    pub group: ActorGroup,
    pub role: Option<CheckedText>,
}

/// A quote whose speaker ids have been resolved to positions in the actor list.
pub struct CheckedQuote {
    pub text: String,
    pub korean: String,
    pub speaker: usize,
    pub with: Option<usize>,
}

pub struct CheckedSource {
    pub name: String,
    pub url: String,
}

pub struct CheckedProvenance {
    pub kind: ProvenanceKind,
    pub words: Option<String>,
    pub note: CheckedText,
    pub source: Option<CheckedSource>,
}

/// An entry that passed every check, with its references resolved to positions.
pub struct CheckedEntry {
    pub slug: String,
    pub background: bool,
    pub title: CheckedText,
    pub date: PartialDate,
    pub end: Option<PartialDate>,
    pub provenance: CheckedProvenance,
    pub kind: usize,
    pub actors: Vec<usize>,
    pub summary: CheckedText,
    pub quotes: Vec<CheckedQuote>,
    pub section: String,
    pub publication_type: Option<CheckedText>,
    pub related: Vec<String>,
    pub elements: Vec<(CheckedText, usize)>,
}

/// The data file after every check passed.
pub struct CheckedData {
    pub kinds: Vec<CheckedKind>,
    pub actors: Vec<CheckedActor>,
    pub entries: Vec<CheckedEntry>,
}

const RELATED_PUBLICATION: &str = "Related publication: ";
const INTRODUCTION: &str = "Introduction";

/// Lower-case ASCII letters and digits in hyphen-separated words: safe in a URL path, a query
/// string and a CSS class without escaping.
pub fn is_url_safe_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .split('-')
            .all(|word| !word.is_empty() && word.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

struct Report<'a> {
    file: &'a str,
    errors: Vec<DataError>,
}

impl Report<'_> {
    fn add(&mut self, place: &Place, field: Option<String>, message: impl Into<String>) {
        self.errors.push(DataError {
            file: self.file.to_owned(),
            place: place.clone(),
            field,
            message: message.into(),
        });
    }

    fn field(&mut self, place: &Place, field: &str, message: impl Into<String>) {
        self.add(place, Some(field.to_owned()), message);
    }

    /// A text in every language: the English must be there, and the Korean too, composed.
    fn text(&mut self, place: &Place, field: &str, text: &RawText) -> CheckedText {
        if text.en.trim().is_empty() {
            self.field(place, &format!("{field}.en"), "must not be empty");
        }
        let ko = self.korean(place, &format!("{field}.ko"), text.ko.as_deref());
        CheckedText { en: text.en.clone(), ko }
    }

    /// A Korean text, which must be written (never left to a machine at run time) and be in
    /// composed form, so that a search in either form of Hangul finds it.
    fn korean(&mut self, place: &Place, field: &str, text: Option<&str>) -> String {
        match text.map(str::trim) {
            None | Some("") => self.field(place, field, "the Korean text is missing"),
            Some(text) if !hangul::is_composed(text) => {
                self.field(place, field, "has decomposed Hangul (conjoining jamo): write it composed (NFC)")
            }
            Some(_) => {}
        }
        text.unwrap_or_default().to_owned()
    }
}

/// Checks the whole file against the source article's text.
pub fn check(file: &str, json: &str, source_text: &str) -> Result<CheckedData, Vec<DataError>> {
    let mut report = Report { file, errors: Vec::new() };
    let raw: RawFile = match serde_json::from_str(json) {
        Ok(raw) => raw,
        Err(error) => {
            report.add(&Place::File, None, format!("not valid timeline JSON: {error}"));
            return Err(report.errors);
        }
    };

    let kinds = check_kinds(&mut report, &raw.kinds);
    let kind_index: HashMap<String, usize> = kinds.iter().enumerate().map(|(i, kind)| (kind.id.clone(), i)).collect();
    let actors = check_actors(&mut report, raw.actors);
    let actor_index: HashMap<String, usize> =
        actors.iter().enumerate().map(|(i, actor)| (actor.id.clone(), i)).collect();
    let context = EntryContext { kind_index, actor_index, source_text };

    let mut entries = Vec::new();
    // Every entry that could be read, even one with defects, so that a defect in one entry
    // neither hides a duplicate of its slug nor breaks the links other entries make to it.
    let mut links = Vec::new();
    for (position, value) in raw.entries.into_iter().enumerate() {
        let index = position + 1;
        let slug = value.get("slug").and_then(|slug| slug.as_str()).map(str::to_owned);
        let place = Place::Entry { index, slug };
        match serde_json::from_value::<RawEntry>(value) {
            Ok(entry) => {
                links.push(Links { place: place.clone(), slug: entry.slug.clone(), related: entry.related.clone() });
                if let Some(entry) = check_entry(&mut report, &place, entry, &context) {
                    entries.push((place, entry));
                }
            }
            Err(error) => report.add(&place, None, format!("not a valid entry: {error}")),
        }
    }

    check_slugs_unique(&mut report, &links);
    check_related(&mut report, &links);
    check_chronology(&mut report, &entries);
    if report.errors.is_empty() {
        // Only meaningful once every entry was read: a rejected entry would make its kind and
        // actors look unused.
        check_all_used(&mut report, &kinds, &actors, &entries);
    }

    if report.errors.is_empty() {
        Ok(CheckedData { kinds, actors, entries: entries.into_iter().map(|(_, entry)| entry).collect() })
    } else {
        Err(report.errors)
    }
}

fn check_kinds(report: &mut Report, kinds: &[RawKind]) -> Vec<CheckedKind> {
    let mut seen = HashSet::new();
    let mut checked = Vec::new();
    for (position, kind) in kinds.iter().enumerate() {
        let place = Place::Kind { index: position + 1, id: kind.id.clone() };
        if !is_url_safe_id(&kind.id) {
            report.field(&place, "id", "must be lower-case letters and digits in hyphen-separated words");
        }
        if !seen.insert(kind.id.clone()) {
            report.field(&place, "id", "is used by another kind too");
        }
        let label = report.text(&place, "label", &kind.label);
        checked.push(CheckedKind { id: kind.id.clone(), label });
    }
    checked
}

fn check_actors(report: &mut Report, actors: Vec<RawActor>) -> Vec<CheckedActor> {
    let mut seen = HashSet::new();
    let mut checked = Vec::new();
    for (position, actor) in actors.into_iter().enumerate() {
        let place = Place::Actor { index: position + 1, id: actor.id.clone() };
        if !is_url_safe_id(&actor.id) {
            report.field(&place, "id", "must be lower-case letters and digits in hyphen-separated words");
        }
        if !seen.insert(actor.id.clone()) {
            report.field(&place, "id", "is used by another actor too");
        }
        let name = report.text(&place, "name", &actor.name);
        let group = match actor.group.as_str() {
            "country" => ActorGroup::Country,
            "organisation" => ActorGroup::Organisation,
            "person" => ActorGroup::Person,
            other => {
                report.field(&place, "group", format!("“{other}” is not one of country, organisation, person"));
                ActorGroup::Organisation
            }
        };
        if actor.role.is_some() && group != ActorGroup::Person {
            report.field(&place, "role", "only people have a role");
        }
        let role = actor.role.as_ref().map(|role| report.text(&place, "role", role));
        checked.push(CheckedActor { id: actor.id, name, group, role });
    }
    checked
}

/// What every entry is checked against: the ids of kinds and actors, and the article.
struct EntryContext<'a> {
    kind_index: HashMap<String, usize>,
    actor_index: HashMap<String, usize>,
    source_text: &'a str,
}

fn check_entry(report: &mut Report, place: &Place, entry: RawEntry, context: &EntryContext) -> Option<CheckedEntry> {
    let EntryContext { kind_index, actor_index, source_text, .. } = context;
    let errors_before = report.errors.len();
    if !is_url_safe_id(&entry.slug) {
        report.field(place, "slug", "must be lower-case letters and digits in hyphen-separated words");
    }
    let title = report.text(place, "title", &entry.title);
    let summary = report.text(place, "summary", &entry.summary);
    let date = PartialDate::parse(&entry.date)
        .map_err(|error| report.field(place, "date", format!("“{}” is not a valid date: {error}", entry.date)))
        .ok();
    let end = entry.end.as_ref().and_then(|end| {
        PartialDate::parse(end)
            .map_err(|error| report.field(place, "end", format!("“{end}” is not a valid date: {error}")))
            .ok()
    });
    if let (Some(date), Some(end)) = (date, end) {
        if end.first_day() <= date.last_day() {
            report.field(place, "end", format!("“{}” is not after the start date “{}”", end.iso(), date.iso()));
        }
    }
    let provenance = check_provenance(report, place, &entry, source_text);
    let kind = kind_index.get(&entry.kind).copied();
    if kind.is_none() {
        report.field(place, "kind", format!("“{}” is not a kind listed under \"kinds\"", entry.kind));
    }

    if entry.actors.is_empty() {
        report.field(place, "actors", "must name at least one actor");
    }
    let mut entry_actors = Vec::new();
    for (i, id) in entry.actors.iter().enumerate() {
        match actor_index.get(id) {
            Some(&actor) if entry_actors.contains(&actor) => {
                report.field(place, &format!("actors[{i}]"), format!("“{id}” is listed twice"))
            }
            Some(&actor) => entry_actors.push(actor),
            None => {
                report.field(place, &format!("actors[{i}]"), format!("“{id}” is not an actor listed under \"actors\""))
            }
        }
    }

    let mut quotes = Vec::new();
    for (i, quote) in entry.quotes.iter().enumerate() {
        if quote.text.trim().is_empty() {
            report.field(place, &format!("quotes[{i}].text"), "must not be empty");
        } else if !source_text.contains(&quote.text) {
            report.field(place, &format!("quotes[{i}].text"), "is not found verbatim in the source article");
        }
        let korean = report.korean(
            place,
            &format!("quotes[{i}].translation.ko"),
            quote.translation.as_ref().and_then(|translation| translation.ko.as_deref()),
        );
        let mut resolve = |field: String, id: &str| {
            let found = actor_index.get(id).copied();
            if found.is_none() {
                report.field(place, &field, format!("“{id}” is not an actor listed under \"actors\""));
            }
            found
        };
        let speaker = resolve(format!("quotes[{i}].speaker"), &quote.speaker);
        let with = match &quote.with {
            None => Ok(None),
            Some(id) => resolve(format!("quotes[{i}].with"), id).map(Some).ok_or(()),
        };
        if let (Some(speaker), Ok(with)) = (speaker, with) {
            quotes.push(CheckedQuote { text: quote.text.clone(), korean, speaker, with });
        }
    }

    let mut elements = Vec::new();
    for (i, element) in entry.elements.iter().enumerate() {
        let label = report.text(place, &format!("elements[{i}].label"), &element.label);
        if element.quote >= entry.quotes.len() {
            report.field(
                place,
                &format!("elements[{i}].quote"),
                format!("{} is not the position of one of the entry's {} quotes", element.quote, entry.quotes.len()),
            );
        }
        elements.push((label, element.quote));
    }

    if !section_is_in_source(&entry.section, source_text) {
        report.field(
            place,
            "section",
            format!("“{}” is neither “{INTRODUCTION}”, a heading of the article, nor “{RELATED_PUBLICATION}” and a publication title found in it", entry.section),
        );
    }
    let publication_type = entry.publication_type.as_ref().map(|kind| {
        if !source_text.contains(&format!("Type: {}", kind.en)) {
            report.field(
                place,
                "publication_type.en",
                format!("“Type: {}” is not found in the source article", kind.en),
            );
        }
        report.text(place, "publication_type", kind)
    });

    if report.errors.len() > errors_before {
        return None;
    }
    Some(CheckedEntry {
        slug: entry.slug,
        background: entry.background,
        title,
        date: date?,
        end,
        provenance: provenance?,
        kind: kind?,
        actors: entry_actors,
        summary,
        quotes,
        section: entry.section,
        publication_type,
        related: entry.related,
        elements,
    })
}

/// How the date is known, with the rules that let a reader who cites the timeline tell the
/// article's words from what was worked out and what was added: stated and inferred dates
/// quote the article's words (checked verbatim), added ones name their source, and every
/// one explains itself in a note.
fn check_provenance(
    report: &mut Report,
    place: &Place,
    entry: &RawEntry,
    source_text: &str,
) -> Option<CheckedProvenance> {
    let raw = &entry.provenance;
    let note = report.text(place, "provenance.note", &raw.note);
    let kind = match raw.kind.as_str() {
        "stated" => Some(ProvenanceKind::Stated),
        "inferred" => Some(ProvenanceKind::Inferred),
        "added" => Some(ProvenanceKind::Added),
        other => {
            report.field(place, "provenance.kind", format!("“{other}” is not one of stated, inferred, added"));
            None
        }
    };
    match &raw.words {
        Some(words) if words.trim().is_empty() || !source_text.contains(words.as_str()) => {
            report.field(place, "provenance.words", "is not found verbatim in the source article")
        }
        None if matches!(kind, Some(ProvenanceKind::Stated | ProvenanceKind::Inferred)) => report.field(
            place,
            "provenance.words",
            "a stated or inferred date must quote the article's words that give or imply it",
        ),
        _ => {}
    }
    let source = raw.source.as_ref().map(|source| {
        if source.name.trim().is_empty() {
            report.field(place, "provenance.source.name", "must not be empty");
        }
        if !(source.url.starts_with("https://") || source.url.starts_with("http://")) {
            report.field(place, "provenance.source.url", format!("“{}” is not a web address", source.url));
        }
        CheckedSource { name: source.name.clone(), url: source.url.clone() }
    });
    if kind == Some(ProvenanceKind::Added) && source.is_none() {
        report.field(place, "provenance.source", "an added date or fact must name its source");
    }
    if entry.background && kind.is_some_and(|kind| kind != ProvenanceKind::Added) {
        report.field(
            place,
            "provenance.kind",
            "a background event is dated from the public record: it must be “added”",
        );
    }
    Some(CheckedProvenance { kind: kind?, words: raw.words.clone(), note, source })
}

fn section_is_in_source(section: &str, source_text: &str) -> bool {
    let heading = section.strip_prefix(RELATED_PUBLICATION).unwrap_or(section);
    section == INTRODUCTION || (!heading.trim().is_empty() && source_text.lines().any(|line| line.trim() == heading))
}

/// An entry's slug and the slugs it relates to: what the checks across entries read.
struct Links {
    place: Place,
    slug: String,
    related: Vec<String>,
}

fn check_slugs_unique(report: &mut Report, entries: &[Links]) {
    let mut seen = HashSet::new();
    for entry in entries {
        if !seen.insert(entry.slug.as_str()) {
            report.field(&entry.place, "slug", "is used by an earlier entry too");
        }
    }
}

fn check_related(report: &mut Report, entries: &[Links]) {
    let related: HashMap<&str, &Vec<String>> =
        entries.iter().map(|entry| (entry.slug.as_str(), &entry.related)).collect();
    for entry in entries {
        let (place, slug) = (&entry.place, entry.slug.as_str());
        for (i, other) in entry.related.iter().enumerate() {
            let field = format!("related[{i}]");
            match related.get(other.as_str()) {
                None => report.field(place, &field, format!("“{other}” is not the slug of any entry")),
                Some(_) if other == slug => report.field(place, &field, "an entry cannot relate to itself"),
                Some(back) if !back.iter().any(|s| s == slug) => {
                    report.field(place, &field, format!("“{other}” does not list “{slug}” among its related entries"))
                }
                Some(_) if entry.related[..i].contains(other) => {
                    report.field(place, &field, format!("“{other}” is listed twice"))
                }
                Some(_) => {}
            }
        }
    }
}

/// Entries must be in chronological order. A vague date ("2018") covers a period, so it may
/// stand anywhere that period overlaps its neighbours; what is refused is an entry that ends
/// before an earlier entry begins.
fn check_chronology(report: &mut Report, entries: &[(Place, CheckedEntry)]) {
    let mut latest_start: Option<((u16, u8, u8), &str)> = None;
    for (place, entry) in entries {
        let start = entry.date.first_day();
        let end = entry.end.unwrap_or(entry.date).last_day();
        if let Some((earlier_start, earlier_slug)) = latest_start {
            if end < earlier_start {
                report.field(place, "date", format!("“{}” is earlier than the entry before it, “{earlier_slug}”: entries must be in chronological order", entry.date.iso()));
            }
        }
        if latest_start.is_none_or(|(latest, _)| start > latest) {
            latest_start = Some((start, &entry.slug));
        }
    }
}

fn check_all_used(
    report: &mut Report,
    kinds: &[CheckedKind],
    actors: &[CheckedActor],
    entries: &[(Place, CheckedEntry)],
) {
    for (index, kind) in kinds.iter().enumerate() {
        if !entries.iter().any(|(_, entry)| entry.kind == index) {
            report.add(&Place::Kind { index: index + 1, id: kind.id.clone() }, None, "no entry is of this kind");
        }
    }
    for (index, actor) in actors.iter().enumerate() {
        let used = entries.iter().any(|(_, entry)| {
            entry.actors.contains(&index) || entry.quotes.iter().any(|q| q.speaker == index || q.with == Some(index))
        });
        if !used {
            report.add(&Place::Actor { index: index + 1, id: actor.id.clone() }, None, "no entry names this actor");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOURCE: &str = "Intro with “spoken words”, in July 2018.\n\nThe Heading\n";

    fn data() -> serde_json::Value {
        serde_json::json!({
            "kinds": [{"id": "summit", "label": {"en": "Summit", "ko": "정상회담"}}],
            "actors": [
                {"id": "north-korea", "name": {"en": "North Korea", "ko": "북한"}, "group": "country"},
                {"id": "south-korea", "name": {"en": "South Korea", "ko": "한국"}, "group": "country"}
            ],
            "entries": [
                {
                    "slug": "first", "title": {"en": "First", "ko": "첫째"}, "date": "2018-07",
                    "provenance": {"kind": "stated", "words": "in July 2018", "note": {"en": "Said.", "ko": "말함."}},
                    "kind": "summit", "actors": ["north-korea", "south-korea"],
                    "summary": {"en": "One.", "ko": "하나."}, "section": "The Heading"
                },
                {
                    "slug": "second", "title": {"en": "Second", "ko": "둘째"}, "date": "2018-08-01",
                    "provenance": {"kind": "stated", "words": "in July 2018", "note": {"en": "Said.", "ko": "말함."}},
                    "kind": "summit", "actors": ["north-korea"],
                    "summary": {"en": "Two.", "ko": "둘."}, "section": "Introduction"
                }
            ]
        })
    }

    fn errors(data: &serde_json::Value) -> Vec<String> {
        match check("timeline.json", &data.to_string(), SOURCE) {
            Ok(_) => Vec::new(),
            Err(errors) => errors.iter().map(DataError::to_string).collect(),
        }
    }

    #[test]
    fn the_fixture_passes() {
        assert_eq!(errors(&data()), Vec::<String>::new());
        let checked = check("timeline.json", &data().to_string(), SOURCE).unwrap_or_else(|_| unreachable!());
        assert_eq!(checked.entries[0].actors, [0, 1]);
    }

    #[test]
    fn an_actor_listed_twice_is_refused() {
        let mut data = data();
        data["entries"][0]["actors"] = serde_json::json!(["north-korea", "south-korea", "north-korea"]);
        assert_eq!(errors(&data), ["timeline.json: entry 1 “first”, field `actors[2]`: “north-korea” is listed twice"]);
    }

    #[test]
    fn an_entry_with_a_defect_is_left_out_of_the_checks_across_entries() {
        // The second entry, refused for its slug, would also be out of order; only the slug
        // is reported, since a refused entry is not read on.
        let mut data = data();
        data["entries"][1]["slug"] = "Second Entry".into();
        data["entries"][1]["date"] = "1950".into();
        assert_eq!(
            errors(&data),
            ["timeline.json: entry 2 “Second Entry”, field `slug`: must be lower-case letters and digits in \
                 hyphen-separated words"]
        );
        let mut valid_but_early = self::tests::data();
        valid_but_early["entries"][1]["date"] = "1950".into();
        assert_eq!(
            errors(&valid_but_early),
            ["timeline.json: entry 2 “second”, field `date`: “1950” is earlier than the entry before it, “first”: \
                 entries must be in chronological order"]
        );
    }

    #[test]
    fn related_links_to_itself_or_twice_are_refused() {
        let mut data = data();
        data["entries"][0]["related"] = serde_json::json!(["first"]);
        assert_eq!(
            errors(&data),
            ["timeline.json: entry 1 “first”, field `related[0]`: an entry cannot relate to itself"]
        );
        let mut data = self::tests::data();
        data["entries"][0]["related"] = serde_json::json!(["second", "second"]);
        data["entries"][1]["related"] = serde_json::json!(["first"]);
        assert_eq!(errors(&data), ["timeline.json: entry 1 “first”, field `related[1]`: “second” is listed twice"]);
    }

    /// The entries on these dates, in this order, with slugs a, b, c…
    fn chronology(dates: &[&str]) -> Vec<String> {
        let mut data = data();
        let template = data["entries"][1].clone();
        data["entries"] = dates
            .iter()
            .enumerate()
            .map(|(i, date)| {
                let mut entry = template.clone();
                entry["slug"] = char::from(b'a' + i as u8).to_string().into();
                entry["date"] = (*date).into();
                entry["actors"] = serde_json::json!(["north-korea", "south-korea"]);
                entry
            })
            .collect();
        errors(&data)
    }

    #[test]
    fn an_entry_may_not_end_before_the_latest_start_so_far() {
        let refused = |slug: &str, date: &str, earlier: &str| {
            format!(
                "timeline.json: entry 3 “{slug}”, field `date`: “{date}” is earlier than the entry before it, \
                 “{earlier}”: entries must be in chronological order"
            )
        };
        assert_eq!(chronology(&["2018-03-01", "2018", "2018-03-01"]), Vec::<String>::new(), "a year overlaps");
        assert_eq!(chronology(&["2018-03-01", "2018", "2018-02-01"]), [refused("c", "2018-02-01", "a")]);
        assert_eq!(chronology(&["2018-03-01", "2018-06-01", "2018-04-01"]), [refused("c", "2018-04-01", "b")]);
        assert_eq!(
            chronology(&["2018-03-01", "2018-03-01", "2018-02-28"]),
            [refused("c", "2018-02-28", "a")],
            "the first of two entries on the same day is named"
        );
        assert_eq!(chronology(&["2018-03-01", "2018-03", "2018-02"]), [refused("c", "2018-02", "a")]);
    }

    #[test]
    fn an_actor_who_only_speaks_or_co_writes_a_quote_is_named_and_one_who_does_neither_is_refused() {
        let mut data = data();
        data["actors"] = serde_json::json!([
            {"id": "north-korea", "name": {"en": "North Korea", "ko": "북한"}, "group": "country"},
            {"id": "joseph-yun", "name": {"en": "Joseph Yun", "ko": "조셉 윤"}, "group": "person"},
            {"id": "frank-aum", "name": {"en": "Frank Aum", "ko": "프랭크 엄"}, "group": "person"},
            {"id": "south-korea", "name": {"en": "South Korea", "ko": "한국"}, "group": "country"}
        ]);
        data["entries"][0]["quotes"] = serde_json::json!([
            {"text": "spoken words", "translation": {"ko": "한 말"}, "speaker": "joseph-yun", "with": "frank-aum"}
        ]);
        assert_eq!(errors(&data), Vec::<String>::new(), "the speaker and the co-author are named by a quote");
        data["entries"][0]["quotes"][0]["with"] = serde_json::Value::Null;
        assert_eq!(errors(&data), ["timeline.json: actor 3 “frank-aum”, no entry names this actor"]);
        data["entries"][0]["quotes"] = serde_json::json!([]);
        assert_eq!(
            errors(&data),
            [
                "timeline.json: actor 2 “joseph-yun”, no entry names this actor",
                "timeline.json: actor 3 “frank-aum”, no entry names this actor"
            ]
        );
    }
}
