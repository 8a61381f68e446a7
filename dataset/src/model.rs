//! The timeline as the app holds it: plain `'static` data that the build script generates,
//! so the browser parses nothing at start-up.

use crate::date::{span_in_words, PartialDate};
use crate::language::{Language, Text};

/// A kind of event ("Summit", "Publication"); every entry has exactly one.
#[derive(Debug, PartialEq, Eq)]
pub struct Kind {
    /// URL-safe id, used in query strings, page paths and CSS classes.
    pub id: &'static str,
    pub label: Text,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ActorGroup {
    Country,
    Organisation,
    Person,
}

impl ActorGroup {
    pub const ALL: [ActorGroup; 3] = [ActorGroup::Country, ActorGroup::Organisation, ActorGroup::Person];

    pub fn id(self) -> &'static str {
        match self {
            ActorGroup::Country => "country",
            ActorGroup::Organisation => "organisation",
            ActorGroup::Person => "person",
        }
    }
}

/// A country, organisation or person involved in events.
#[derive(Debug, PartialEq, Eq)]
pub struct Actor {
    pub id: &'static str,
    pub name: Text,
    pub group: ActorGroup,
    /// A person's role as the article (or, for people it does not name, the public record)
    /// gives it.
    pub role: Option<Text>,
}

/// How an entry's date is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProvenanceKind {
    /// Printed in the article.
    Stated,
    /// Worked out from a relative expression in the article ("last week"); the note quotes
    /// it and shows the reasoning.
    Inferred,
    /// From the public record; the note and the source say where from.
    Added,
}

impl ProvenanceKind {
    /// As the exports and the data file write it.
    pub const fn id(self) -> &'static str {
        match self {
            ProvenanceKind::Stated => "stated",
            ProvenanceKind::Inferred => "inferred",
            ProvenanceKind::Added => "added",
        }
    }
}

/// A page of the public record that a date or a fact was taken from.
#[derive(Debug, PartialEq, Eq)]
pub struct Source {
    /// "Publisher: title of the page".
    pub name: &'static str,
    pub url: &'static str,
}

/// Where an entry's date (and any fact its summary takes from outside the article) comes from.
#[derive(Debug, PartialEq, Eq)]
pub struct Provenance {
    pub kind: ProvenanceKind,
    /// The article's own words that give or imply the date, verbatim.
    pub words: Option<&'static str>,
    pub note: Text,
    pub source: Option<Source>,
}

/// Words quoted verbatim from the article, which is in English.
#[derive(Debug, PartialEq, Eq)]
pub struct Quote {
    pub text: &'static str,
    /// The quote translated by hand into Korean.
    pub korean: &'static str,
    pub speaker: &'static Actor,
    /// A co-author, for words written jointly.
    pub with: Option<&'static Actor>,
}

impl Quote {
    /// The translation shown under the verbatim English on pages in `language`.
    pub fn translation(&self, language: Language) -> Option<&'static str> {
        match language {
            Language::English => None,
            Language::Korean => Some(self.korean),
        }
    }
}

/// One element of a proposal, stated in one of the entry's quotes.
#[derive(Debug, PartialEq, Eq)]
pub struct Element {
    pub label: Text,
    /// Position of the stating quote in the entry's `quotes`.
    pub quote: usize,
}

/// An entry is identified by its slug (the build refuses duplicates), which keeps comparing
/// entries, as the views do on every render, cheap.
#[derive(Debug)]
pub struct Entry {
    /// Stable, URL-safe, unique: the entry's permanent address.
    pub slug: &'static str,
    /// An event the article and its related publications presuppose rather than report:
    /// hidden unless the reader asks for background events.
    pub background: bool,
    pub title: Text,
    pub date: PartialDate,
    /// The last day, month or year of an event that lasts.
    pub end: Option<PartialDate>,
    pub provenance: Provenance,
    pub kind: &'static Kind,
    pub actors: &'static [&'static Actor],
    /// In our own words, saying no more than the article (or, for added facts, the source).
    pub summary: Text,
    pub quotes: &'static [Quote],
    /// The part of the article the entry comes from, as the article titles it.
    pub section: &'static str,
    /// For the related publications: "Analysis", "Question and Answer".
    pub publication_type: Option<Text>,
    /// Slugs of related entries; the build checks they exist and point back.
    pub related: &'static [&'static str],
    /// The parts of a proposal, each tied to the words that state it.
    pub elements: &'static [Element],
}

impl PartialEq for Entry {
    fn eq(&self, other: &Self) -> bool {
        self.slug == other.slug
    }
}

impl Eq for Entry {}

impl Entry {
    /// The date, or the span, as a reader says it.
    pub fn date_in_words(&self, language: Language) -> String {
        match self.end {
            Some(end) => span_in_words(self.date, end, language),
            None => self.date.in_words(language),
        }
    }

    pub fn first_year(&self) -> u16 {
        self.date.year()
    }

    pub fn last_year(&self) -> u16 {
        self.end.unwrap_or(self.date).year()
    }

    pub fn involves(&self, actor_id: &str) -> bool {
        self.actors.iter().any(|actor| actor.id == actor_id)
    }

    /// What free-text search looks through on pages in `language`, lower-cased: the title,
    /// summary, kind and people, and the quotes (on Korean pages, the verbatim English beside
    /// each translation). Made when first needed rather than shipped: it would repeat every
    /// text of the data in the browser's download.
    pub fn search_text(&self, language: Language) -> String {
        let mut parts = vec![self.title.get(language), self.summary.get(language), self.kind.label.get(language)];
        parts.extend(self.actors.iter().map(|actor| actor.name.get(language)));
        for quote in self.quotes {
            parts.push(quote.text);
            parts.extend(quote.translation(language));
            parts.push(quote.speaker.name.get(language));
        }
        parts.join("\n").to_lowercase()
    }
}

/// Everything the timeline shows, in chronological order.
#[derive(Debug, PartialEq, Eq)]
pub struct Dataset {
    pub kinds: &'static [Kind],
    pub actors: &'static [Actor],
    pub entries: &'static [Entry],
}

impl Dataset {
    pub fn entry(&self, slug: &str) -> Option<&'static Entry> {
        self.entries.iter().find(|entry| entry.slug == slug)
    }

    pub fn kind(&self, id: &str) -> Option<&'static Kind> {
        self.kinds.iter().find(|kind| kind.id == id)
    }

    pub fn actor(&self, id: &str) -> Option<&'static Actor> {
        self.actors.iter().find(|actor| actor.id == id)
    }

    /// The earliest and latest years the entries touch.
    pub fn year_range(&self) -> (u16, u16) {
        let first = self.entries.iter().map(Entry::first_year).min().unwrap_or(0);
        let last = self.entries.iter().map(Entry::last_year).max().unwrap_or(0);
        (first, last)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NO_TEXT: Text = Text { en: "", ko: "" };

    static KINDS: [Kind; 2] = [
        Kind { id: "summit", label: Text { en: "Summit", ko: "정상회담" } },
        Kind { id: "publication", label: Text { en: "Publication", ko: "간행물" } },
    ];

    static ACTORS: [Actor; 3] = [
        Actor {
            id: "north-korea",
            name: Text { en: "North Korea", ko: "북한" },
            group: ActorGroup::Country,
            role: None,
        },
        Actor {
            id: "joseph-yun",
            name: Text { en: "Joseph Yun", ko: "조셉 윤" },
            group: ActorGroup::Person,
            role: Some(Text { en: "Ambassador", ko: "대사" }),
        },
        Actor {
            id: "frank-aum",
            name: Text { en: "Frank Aum", ko: "프랭크 엄" },
            group: ActorGroup::Person,
            role: None,
        },
    ];

    static QUOTES: [Quote; 1] = [Quote {
        text: "A Rather Simple Document",
        korean: "아주 간단한 문서",
        speaker: &ACTORS[1],
        with: Some(&ACTORS[2]),
    }];

    static NORTH_KOREA: [&Actor; 1] = [&ACTORS[0]];

    const fn entry(slug: &'static str, title: Text, date: PartialDate, end: Option<PartialDate>) -> Entry {
        Entry {
            slug,
            background: false,
            title,
            date,
            end,
            provenance: Provenance { kind: ProvenanceKind::Stated, words: None, note: NO_TEXT, source: None },
            kind: &KINDS[0],
            actors: &NORTH_KOREA,
            summary: Text { en: "They MET.", ko: "만났다." },
            quotes: &[],
            section: "Introduction",
            publication_type: None,
            related: &[],
            elements: &[],
        }
    }

    static ENTRIES: [Entry; 3] = [
        entry("armistice", Text { en: "Armistice", ko: "정전" }, PartialDate::from_parts_unchecked(1953, 7, 27), None),
        Entry {
            kind: &KINDS[1],
            actors: &[&ACTORS[1], &ACTORS[0]],
            quotes: &QUOTES,
            ..entry(
                "talks",
                Text { en: "Talks", ko: "회담" },
                PartialDate::from_parts_unchecked(2018, 3, 0),
                Some(PartialDate::from_parts_unchecked(2020, 5, 0)),
            )
        },
        entry(
            "singapore",
            Text { en: "Singapore", ko: "싱가포르" },
            PartialDate::from_parts_unchecked(2018, 6, 12),
            None,
        ),
    ];

    static DATASET: Dataset = Dataset { kinds: &KINDS, actors: &ACTORS, entries: &ENTRIES };

    #[test]
    fn ids_are_written_as_the_data_file_and_the_exports_write_them() {
        let groups: Vec<&str> = ActorGroup::ALL.iter().map(|group| group.id()).collect();
        assert_eq!(groups, ["country", "organisation", "person"]);
        let kinds = [ProvenanceKind::Stated, ProvenanceKind::Inferred, ProvenanceKind::Added].map(ProvenanceKind::id);
        assert_eq!(kinds, ["stated", "inferred", "added"]);
    }

    #[test]
    fn a_quote_is_translated_on_korean_pages_only() {
        assert_eq!(QUOTES[0].translation(Language::English), None);
        assert_eq!(QUOTES[0].translation(Language::Korean), Some("아주 간단한 문서"));
    }

    #[test]
    fn entries_are_the_same_when_their_slugs_are() {
        let renamed = Entry {
            title: Text { en: "Another title", ko: "다른 제목" },
            ..entry("armistice", NO_TEXT, ENTRIES[2].date, None)
        };
        assert_eq!(ENTRIES[0], renamed);
        assert_ne!(ENTRIES[0], ENTRIES[2]);
        assert_eq!(ENTRIES[1], ENTRIES[1]);
    }

    #[test]
    fn an_entry_reads_its_date_or_its_span_and_the_years_it_touches() {
        let (armistice, talks) = (&ENTRIES[0], &ENTRIES[1]);
        assert_eq!(armistice.date_in_words(Language::English), "27 July 1953");
        assert_eq!(armistice.date_in_words(Language::Korean), "1953년 7월 27일");
        assert_eq!(talks.date_in_words(Language::English), "March 2018 – May 2020");
        assert_eq!(talks.date_in_words(Language::Korean), "2018년 3월~2020년 5월");
        assert_eq!((armistice.first_year(), armistice.last_year()), (1953, 1953));
        assert_eq!((talks.first_year(), talks.last_year()), (2018, 2020));
    }

    #[test]
    fn an_entry_involves_the_actors_it_lists() {
        let talks = &ENTRIES[1];
        assert!(talks.involves("joseph-yun") && talks.involves("north-korea"));
        assert!(!talks.involves("frank-aum"), "a quote's co-author is not an actor of the entry");
        assert!(!ENTRIES[0].involves("joseph-yun"));
    }

    #[test]
    fn the_search_text_holds_every_text_of_the_page_lower_cased() {
        let talks = &ENTRIES[1];
        assert_eq!(
            talks.search_text(Language::English),
            "talks\nthey met.\npublication\njoseph yun\nnorth korea\na rather simple document\njoseph yun"
        );
        assert_eq!(
            talks.search_text(Language::Korean),
            "회담\n만났다.\n간행물\n조셉 윤\n북한\na rather simple document\n아주 간단한 문서\n조셉 윤"
        );
        assert_eq!(ENTRIES[0].search_text(Language::English), "armistice\nthey met.\nsummit\nnorth korea");
    }

    #[test]
    fn the_dataset_finds_entries_kinds_and_actors_by_id() {
        assert_eq!(DATASET.entry("singapore").map(|entry| entry.title.en), Some("Singapore"));
        assert_eq!(DATASET.entry("talks").map(|entry| entry.slug), Some("talks"));
        assert!(DATASET.entry("nowhere").is_none());
        assert_eq!(DATASET.kind("publication").map(|kind| kind.label.en), Some("Publication"));
        assert!(DATASET.kind("battle").is_none());
        assert_eq!(DATASET.actor("frank-aum").map(|actor| actor.name.en), Some("Frank Aum"));
        assert!(DATASET.actor("nobody").is_none());
    }

    #[test]
    fn the_year_range_runs_from_the_first_start_to_the_last_end() {
        assert_eq!(DATASET.year_range(), (1953, 2020));
        let empty = Dataset { kinds: &[], actors: &[], entries: &[] };
        assert_eq!(empty.year_range(), (0, 0));
    }
}
