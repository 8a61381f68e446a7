//! Every rule the data file must keep, each reported as a [`DataError`] naming where it broke.

use std::collections::{HashMap, HashSet};

use super::schema::{RawActor, RawEntry, RawFile, RawKind};
use super::{DataError, Place};
use crate::date::PartialDate;
use crate::model::ActorGroup;

/// A quote whose speaker ids have been resolved to positions in the actor list.
pub struct CheckedQuote {
    pub text: String,
    pub speaker: usize,
    pub with: Option<usize>,
}

/// An entry that passed every check, with its references resolved to positions.
pub struct CheckedEntry {
    pub raw: RawEntry,
    pub date: PartialDate,
    pub end: Option<PartialDate>,
    pub added: bool,
    pub kind: usize,
    pub actors: Vec<usize>,
    pub quotes: Vec<CheckedQuote>,
    pub search_text: String,
}

pub struct CheckedActor {
    pub raw: RawActor,
    pub group: ActorGroup,
}

/// The data file after every check passed.
pub struct CheckedData {
    pub kinds: Vec<RawKind>,
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

    let kind_index = check_kinds(&mut report, &raw.kinds);
    let actors = check_actors(&mut report, raw.actors);
    let actor_index: HashMap<String, usize> =
        actors.iter().enumerate().map(|(i, actor)| (actor.raw.id.clone(), i)).collect();
    let context = EntryContext { kinds: &raw.kinds, kind_index, actors: &actors, actor_index, source_text };

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
        check_all_used(&mut report, &raw.kinds, &actors, &entries);
    }

    if report.errors.is_empty() {
        Ok(CheckedData { kinds: raw.kinds, actors, entries: entries.into_iter().map(|(_, entry)| entry).collect() })
    } else {
        Err(report.errors)
    }
}

fn check_kinds(report: &mut Report, kinds: &[RawKind]) -> HashMap<String, usize> {
    let mut index = HashMap::new();
    for (position, kind) in kinds.iter().enumerate() {
        let place = Place::Kind { index: position + 1, id: kind.id.clone() };
        if !is_url_safe_id(&kind.id) {
            report.field(&place, "id", "must be lower-case letters and digits in hyphen-separated words");
        }
        if kind.label.trim().is_empty() {
            report.field(&place, "label", "must not be empty");
        }
        if index.insert(kind.id.clone(), position).is_some() {
            report.field(&place, "id", "is used by another kind too");
        }
    }
    index
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
        if actor.name.trim().is_empty() {
            report.field(&place, "name", "must not be empty");
        }
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
        checked.push(CheckedActor { raw: actor, group });
    }
    checked
}

/// What every entry is checked against: the catalogues of kinds and actors, and the article.
struct EntryContext<'a> {
    kinds: &'a [RawKind],
    kind_index: HashMap<String, usize>,
    actors: &'a [CheckedActor],
    actor_index: HashMap<String, usize>,
    source_text: &'a str,
}

fn check_entry(report: &mut Report, place: &Place, entry: RawEntry, context: &EntryContext) -> Option<CheckedEntry> {
    let EntryContext { kinds, kind_index, actors, actor_index, source_text } = context;
    let errors_before = report.errors.len();
    if !is_url_safe_id(&entry.slug) {
        report.field(place, "slug", "must be lower-case letters and digits in hyphen-separated words");
    }
    for (field, text) in
        [("title", &entry.title), ("summary", &entry.summary), ("provenance.note", &entry.provenance.note)]
    {
        if text.trim().is_empty() {
            report.field(place, field, "must not be empty");
        }
    }
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
    let added = match entry.provenance.kind.as_str() {
        "stated" => false,
        "added" => true,
        other => {
            report.field(place, "provenance.kind", format!("“{other}” is not one of stated, added"));
            false
        }
    };
    let kind = kind_index.get(&entry.kind).copied();
    let kind_label = kind.map_or("", |kind| kinds[kind].label.as_str());
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
            quotes.push(CheckedQuote { text: quote.text.clone(), speaker, with });
        }
    }

    for (i, element) in entry.elements.iter().enumerate() {
        if element.label.trim().is_empty() {
            report.field(place, &format!("elements[{i}].label"), "must not be empty");
        }
        if element.quote >= entry.quotes.len() {
            report.field(
                place,
                &format!("elements[{i}].quote"),
                format!("{} is not the position of one of the entry's {} quotes", element.quote, entry.quotes.len()),
            );
        }
    }

    if !section_is_in_source(&entry.section, source_text) {
        report.field(
            place,
            "section",
            format!("“{}” is neither “{INTRODUCTION}”, a heading of the article, nor “{RELATED_PUBLICATION}” and a publication title found in it", entry.section),
        );
    }
    if let Some(kind) = &entry.publication_type {
        if !source_text.contains(&format!("Type: {kind}")) {
            report.field(place, "publication_type", format!("“Type: {kind}” is not found in the source article"));
        }
    }

    if report.errors.len() > errors_before {
        return None;
    }
    let search_text = search_text(&entry, kind_label, &entry_actors, &quotes, actors);
    Some(CheckedEntry { date: date?, end, added, kind: kind?, actors: entry_actors, quotes, search_text, raw: entry })
}

fn section_is_in_source(section: &str, source_text: &str) -> bool {
    let heading = section.strip_prefix(RELATED_PUBLICATION).unwrap_or(section);
    section == INTRODUCTION || (!heading.trim().is_empty() && source_text.lines().any(|line| line.trim() == heading))
}

/// What free-text search looks through (title, summary, quotes, and the kind and people a
/// reader may type too), lower-cased once at build time.
fn search_text(
    entry: &RawEntry,
    kind_label: &str,
    entry_actors: &[usize],
    quotes: &[CheckedQuote],
    actors: &[CheckedActor],
) -> String {
    let mut parts = vec![entry.title.as_str(), entry.summary.as_str(), kind_label];
    parts.extend(entry_actors.iter().map(|&actor| actors[actor].raw.name.as_str()));
    for quote in quotes {
        parts.push(&quote.text);
        parts.push(&actors[quote.speaker].raw.name);
    }
    parts.join("\n").to_lowercase()
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
                report.field(place, "date", format!("“{}” is earlier than the entry before it, “{earlier_slug}”: entries must be in chronological order", entry.raw.date));
            }
        }
        if latest_start.is_none_or(|(latest, _)| start > latest) {
            latest_start = Some((start, &entry.raw.slug));
        }
    }
}

fn check_all_used(report: &mut Report, kinds: &[RawKind], actors: &[CheckedActor], entries: &[(Place, CheckedEntry)]) {
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
            report.add(&Place::Actor { index: index + 1, id: actor.raw.id.clone() }, None, "no entry names this actor");
        }
    }
}
