//! Which entries a reader wants to see: by kind, by actor, by years and by free text.
//! Within kinds or actors any selected one matches; the four facets combine with AND.

use std::collections::{BTreeSet, HashMap};

use timeline_data::model::{Dataset, Entry};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// Ids of the selected kinds; empty means every kind.
    pub kinds: BTreeSet<&'static str>,
    /// Ids of the selected actors; empty means everyone.
    pub actors: BTreeSet<&'static str>,
    /// First year shown, inclusive.
    pub from_year: Option<u16>,
    /// Last year shown, inclusive.
    pub to_year: Option<u16>,
    /// Free text as typed; every word must occur in the entry.
    pub text: String,
}

impl Filter {
    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }

    pub fn matches(&self, entry: &Entry) -> bool {
        self.matches_kinds(entry) && self.matches_actors(entry) && self.matches_years(entry) && self.matches_text(entry)
    }

    fn matches_kinds(&self, entry: &Entry) -> bool {
        self.kinds.is_empty() || self.kinds.contains(entry.kind.id)
    }

    fn matches_actors(&self, entry: &Entry) -> bool {
        self.actors.is_empty() || self.actors.iter().any(|actor| entry.involves(actor))
    }

    fn matches_years(&self, entry: &Entry) -> bool {
        self.from_year.is_none_or(|from| entry.last_year() >= from)
            && self.to_year.is_none_or(|to| entry.first_year() <= to)
    }

    fn matches_text(&self, entry: &Entry) -> bool {
        // Lower-casing the query as the build lower-cased the entry keeps search case-blind
        // beyond ASCII ("Ä" finds "ä").
        let query = self.text.to_lowercase();
        query.split_whitespace().all(|word| entry.search_text.contains(word))
    }

    /// How many entries of the dataset the filter lets through.
    pub fn count(&self, dataset: &Dataset) -> usize {
        dataset.entries.iter().filter(|entry| self.matches(entry)).count()
    }
}

/// Which facet of a filter a selectable id belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Facet {
    Kind,
    Actor,
}

/// How many entries each choice would show, with the other facets as they are: the numbers
/// a reader sees beside each kind and actor.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FacetCounts {
    pub kinds: HashMap<&'static str, usize>,
    pub actors: HashMap<&'static str, usize>,
}

impl FacetCounts {
    pub fn get(&self, facet: Facet, id: &str) -> usize {
        let counts = match facet {
            Facet::Kind => &self.kinds,
            Facet::Actor => &self.actors,
        };
        counts.get(id).copied().unwrap_or(0)
    }
}

impl Filter {
    /// All the counts in one pass over the entries, testing each facet (and the costly text
    /// search) once per entry rather than once per choice.
    pub fn facet_counts(&self, dataset: &Dataset) -> FacetCounts {
        let mut counts = FacetCounts::default();
        for entry in dataset.entries {
            if !(self.matches_years(entry) && self.matches_text(entry)) {
                continue;
            }
            if self.matches_actors(entry) {
                *counts.kinds.entry(entry.kind.id).or_default() += 1;
            }
            if self.matches_kinds(entry) {
                for actor in entry.actors {
                    *counts.actors.entry(actor.id).or_default() += 1;
                }
            }
        }
        counts
    }
}

/// Adds `id` to `set` if absent, removes it if present.
pub fn toggle(set: &mut BTreeSet<&'static str>, id: &'static str) {
    if !set.remove(id) {
        set.insert(id);
    }
}
