//! Which entries a reader wants to see: by kind, by actor, by years and by free text.
//! Within kinds or actors any selected one matches; the four facets combine with AND.

use std::collections::BTreeSet;

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
        (self.kinds.is_empty() || self.kinds.contains(entry.kind.id))
            && (self.actors.is_empty() || self.actors.iter().any(|actor| entry.involves(actor)))
            && self.from_year.is_none_or(|from| entry.last_year() >= from)
            && self.to_year.is_none_or(|to| entry.first_year() <= to)
            && self.matches_text(entry)
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

impl Filter {
    /// How many entries would match with `id` as the only choice in its facet and the other
    /// facets as they are: the number a reader sees beside each choice.
    pub fn count_with_only(&self, dataset: &Dataset, facet: Facet, id: &'static str) -> usize {
        let mut only = self.clone();
        let set = match facet {
            Facet::Kind => &mut only.kinds,
            Facet::Actor => &mut only.actors,
        };
        *set = BTreeSet::from([id]);
        only.count(dataset)
    }
}

/// Adds `id` to `set` if absent, removes it if present.
pub fn toggle(set: &mut BTreeSet<&'static str>, id: &'static str) {
    if !set.remove(id) {
        set.insert(id);
    }
}
