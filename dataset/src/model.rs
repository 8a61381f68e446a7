//! The timeline as the app holds it: plain `'static` data that the build script generates,
//! so the browser parses nothing at start-up.

use crate::date::{span_in_words, PartialDate};

/// A kind of event ("Summit", "Publication"); every entry has exactly one.
#[derive(Debug, PartialEq, Eq)]
pub struct Kind {
    /// URL-safe id, used in query strings, page paths and CSS classes.
    pub id: &'static str,
    pub label: &'static str,
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

    pub fn plural_label(self) -> &'static str {
        match self {
            ActorGroup::Country => "Countries",
            ActorGroup::Organisation => "Organisations",
            ActorGroup::Person => "People",
        }
    }
}

/// A country, organisation or person involved in events.
#[derive(Debug, PartialEq, Eq)]
pub struct Actor {
    pub id: &'static str,
    pub name: &'static str,
    pub group: ActorGroup,
    /// A person's role as the article gives it.
    pub role: Option<&'static str>,
}

/// Where an entry's date comes from.
#[derive(Debug, PartialEq, Eq)]
pub enum Provenance {
    /// Stated or directly implied by the article.
    Stated { note: &'static str },
    /// Added from the well-known public record where the article is vaguer.
    Added { note: &'static str },
}

impl Provenance {
    pub fn note(&self) -> &'static str {
        match self {
            Provenance::Stated { note } | Provenance::Added { note } => note,
        }
    }

    pub fn is_added(&self) -> bool {
        matches!(self, Provenance::Added { .. })
    }
}

/// Words quoted verbatim from the article.
#[derive(Debug, PartialEq, Eq)]
pub struct Quote {
    pub text: &'static str,
    pub speaker: &'static Actor,
    /// A co-author, for words written jointly.
    pub with: Option<&'static Actor>,
}

/// One element of a proposal, stated in one of the entry's quotes.
#[derive(Debug, PartialEq, Eq)]
pub struct Element {
    pub label: &'static str,
    /// Position of the stating quote in the entry's `quotes`.
    pub quote: usize,
}

/// An entry is identified by its slug (the build refuses duplicates), which keeps comparing
/// entries, as the views do on every render, cheap.
#[derive(Debug)]
pub struct Entry {
    /// Stable, URL-safe, unique: the entry's permanent address.
    pub slug: &'static str,
    pub title: &'static str,
    pub date: PartialDate,
    pub end: Option<PartialDate>,
    pub provenance: Provenance,
    pub kind: &'static Kind,
    pub actors: &'static [&'static Actor],
    /// In our own words.
    pub summary: &'static str,
    pub quotes: &'static [Quote],
    /// The part of the article the entry comes from.
    pub section: &'static str,
    /// For the related publications: "Analysis", "Question and Answer".
    pub publication_type: Option<&'static str>,
    /// Slugs of related entries; the build checks they exist and point back.
    pub related: &'static [&'static str],
    /// The parts of a proposal, each tied to the words that state it.
    pub elements: &'static [Element],
    /// Lower-cased title, summary, quotes and speakers, prepared at build time for free-text search.
    pub search_text: &'static str,
}

impl PartialEq for Entry {
    fn eq(&self, other: &Self) -> bool {
        self.slug == other.slug
    }
}

impl Eq for Entry {}

impl Entry {
    /// The date, or the span, as a reader says it.
    pub fn date_in_words(&self) -> String {
        match self.end {
            Some(end) => span_in_words(self.date, end),
            None => self.date.in_words(),
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
