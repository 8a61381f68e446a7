//! Which entries a reader wants to see: by kind, by actor, by years and by free text, and
//! whether background events are shown. Within kinds or actors any selected one matches; the
//! facets combine with AND.

use std::cell::RefCell;

use timeline_data::hangul;
use timeline_data::language::Language;
use timeline_data::model::{Dataset, Entry};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// Ids of the selected kinds; empty means every kind.
    pub kinds: IdSet,
    /// Ids of the selected actors; empty means everyone.
    pub actors: IdSet,
    /// First year shown, inclusive.
    pub from_year: Option<u16>,
    /// Last year shown, inclusive.
    pub to_year: Option<u16>,
    /// Free text as typed; every word must occur in the entry.
    pub text: String,
    /// Background events are shown too (they are hidden by default).
    pub background: bool,
}

/// Ids of kinds or actors, in order and each once. A sorted list rather than a `BTreeSet`: it
/// holds a few ids, and the browser build is spared a second copy of the B-tree's code (Yew's
/// scheduler has the first).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct IdSet(Vec<&'static str>);

impl IdSet {
    fn find(&self, id: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|probe| (*probe).cmp(id))
    }

    pub fn contains(&self, id: &str) -> bool {
        self.find(id).is_ok()
    }

    /// Adds `id`; false if it was there already.
    pub fn insert(&mut self, id: &'static str) -> bool {
        match self.find(id) {
            Ok(_) => false,
            Err(at) => {
                self.0.insert(at, id);
                true
            }
        }
    }

    /// Takes `id` out; false if it was not there.
    pub fn remove(&mut self, id: &str) -> bool {
        match self.find(id) {
            Ok(at) => {
                self.0.remove(at);
                true
            }
            Err(_) => false,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// The ids in order.
    pub fn iter(&self) -> std::slice::Iter<'_, &'static str> {
        self.0.iter()
    }
}

impl Extend<&'static str> for IdSet {
    fn extend<T: IntoIterator<Item = &'static str>>(&mut self, ids: T) {
        for id in ids {
            self.insert(id);
        }
    }
}

impl FromIterator<&'static str> for IdSet {
    fn from_iter<T: IntoIterator<Item = &'static str>>(ids: T) -> Self {
        let mut set = IdSet::default();
        set.extend(ids);
        set
    }
}

impl<const N: usize> From<[&'static str; N]> for IdSet {
    fn from(ids: [&'static str; N]) -> Self {
        ids.into_iter().collect()
    }
}

/// One filter in effect, as the reader can remove it on its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ActiveFilter {
    Kind(&'static str),
    Actor(&'static str),
    FromYear(u16),
    ToYear(u16),
    Text,
    Background,
}

impl Filter {
    /// Whether this is what a kind's own page shows: that kind, and nothing else narrowed.
    pub fn is_just_kind(&self, id: &str) -> bool {
        // Every field by name: a new one cannot be left out of the comparison.
        let Filter { kinds, actors, from_year, to_year, text, background } = self;
        kinds.len() == 1
            && kinds.contains(id)
            && actors.is_empty()
            && from_year.is_none()
            && to_year.is_none()
            && text.is_empty()
            && !background
    }

    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }

    /// Whether an entry is shown on a page in `language` (whose texts the search looks in).
    /// The search's words are made once here, not once per entry tested: on a long timeline
    /// that was an allocation and a lower-casing per entry on every render.
    pub fn matcher(&self, language: Language) -> impl Fn(&Entry) -> bool + '_ {
        let words = SearchWords::of(&self.text);
        move |entry| {
            self.matches_tier(entry)
                && self.matches_kinds(entry)
                && self.matches_actors(entry)
                && self.matches_years(entry)
                && self.matches_text(entry, &words, language)
        }
    }

    fn matches_tier(&self, entry: &Entry) -> bool {
        self.background || !entry.background
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

    fn matches_text(&self, entry: &Entry, words: &SearchWords, language: Language) -> bool {
        words.0.is_empty()
            || search_text(entry, language, |text| words.0.iter().all(|word| text.contains(word.as_str())))
    }

    /// Whether the search is written in the script of the site's other edition, which may find
    /// what this one cannot: Hangul on an English page, or Latin letters and no Hangul on a
    /// Korean page (where English words find the English quotes only).
    pub fn searches_in_other_script(&self, language: Language) -> bool {
        let hangul = self.text.chars().any(hangul::is_hangul);
        match language {
            Language::English => hangul,
            Language::Korean => !hangul && self.text.chars().any(|c| c.is_ascii_alphabetic()),
        }
    }

    /// How many entries of the dataset the filter lets through.
    pub fn count(&self, dataset: &Dataset, language: Language) -> usize {
        let matches = self.matcher(language);
        dataset.entries.iter().filter(|entry| matches(entry)).count()
    }

    /// Every filter in effect, in the order the filter panel shows them.
    pub fn active(&self) -> Vec<ActiveFilter> {
        let mut active: Vec<ActiveFilter> = self.kinds.iter().map(|id| ActiveFilter::Kind(id)).collect();
        active.extend(self.actors.iter().map(|id| ActiveFilter::Actor(id)));
        active.extend(self.from_year.map(ActiveFilter::FromYear));
        active.extend(self.to_year.map(ActiveFilter::ToYear));
        if !self.text.is_empty() {
            active.push(ActiveFilter::Text);
        }
        if self.background {
            active.push(ActiveFilter::Background);
        }
        active
    }

    /// Takes `filter` out, leaving the others in effect.
    pub fn remove(&mut self, filter: ActiveFilter) {
        match filter {
            ActiveFilter::Kind(id) => {
                self.kinds.remove(id);
            }
            ActiveFilter::Actor(id) => {
                self.actors.remove(id);
            }
            ActiveFilter::FromYear(_) => self.from_year = None,
            ActiveFilter::ToYear(_) => self.to_year = None,
            ActiveFilter::Text => self.text.clear(),
            ActiveFilter::Background => self.background = false,
        }
    }
}

thread_local! {
    /// Each entry's search text, made on the first search that needs it (see
    /// [`Entry::search_text`]), sorted by the entry's address and the page's language. A sorted
    /// list rather than a hash map, whose code the browser build is spared: searches go
    /// through the entries in order, so each text made is added at the end.
    static SEARCH_TEXTS: RefCell<Vec<((usize, &'static str), String)>> = const { RefCell::new(Vec::new()) };
}

/// `look` applied to the search text of `entry` in `language`.
fn search_text<T>(entry: &Entry, language: Language, look: impl FnOnce(&str) -> T) -> T {
    SEARCH_TEXTS.with_borrow_mut(|texts| {
        let key = (std::ptr::from_ref(entry) as usize, language.code());
        let at = texts.binary_search_by(|(known, _)| known.cmp(&key)).unwrap_or_else(|at| {
            texts.insert(at, (key, entry.search_text(language)));
            at
        });
        look(&texts[at].1)
    })
}

/// The words of a search as they are compared: lower-cased as the build lower-cased the
/// entries (so "Ä" finds "ä") and with Hangul composed, as the data is, whichever form the
/// reader's system typed it in.
struct SearchWords(Vec<String>);

impl SearchWords {
    fn of(text: &str) -> Self {
        SearchWords(hangul::compose(&text.to_lowercase()).split_whitespace().map(str::to_owned).collect())
    }
}

/// Which facet of a filter a selectable id belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Facet {
    Kind,
    Actor,
}

/// How many entries each choice would show, with the other facets as they are: the numbers
/// a reader sees beside each kind and actor. Each id with its count, in the dataset's order:
/// lists of a few dozen, which spare the browser build a hash map's code.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FacetCounts {
    kinds: Vec<(&'static str, usize)>,
    actors: Vec<(&'static str, usize)>,
}

impl FacetCounts {
    pub fn get(&self, facet: Facet, id: &str) -> usize {
        let counts = match facet {
            Facet::Kind => &self.kinds,
            Facet::Actor => &self.actors,
        };
        counts.iter().find(|(known, _)| *known == id).map_or(0, |(_, count)| *count)
    }
}

/// Counts one more entry for `id`.
fn count_one(counts: &mut [(&'static str, usize)], id: &str) {
    if let Some((_, count)) = counts.iter_mut().find(|(known, _)| *known == id) {
        *count += 1;
    }
}

impl Filter {
    /// All the counts in one pass over the entries, testing each facet (and the costly text
    /// search) once per entry rather than once per choice.
    pub fn facet_counts(&self, dataset: &Dataset, language: Language) -> FacetCounts {
        let words = SearchWords::of(&self.text);
        let mut counts = FacetCounts {
            kinds: dataset.kinds.iter().map(|kind| (kind.id, 0)).collect(),
            actors: dataset.actors.iter().map(|actor| (actor.id, 0)).collect(),
        };
        for entry in dataset.entries {
            if !(self.matches_tier(entry) && self.matches_years(entry) && self.matches_text(entry, &words, language)) {
                continue;
            }
            if self.matches_actors(entry) {
                count_one(&mut counts.kinds, entry.kind.id);
            }
            if self.matches_kinds(entry) {
                for actor in entry.actors {
                    count_one(&mut counts.actors, actor.id);
                }
            }
        }
        counts
    }
}

/// Adds `id` to `set` if absent, removes it if present.
pub fn toggle(set: &mut IdSet, id: &'static str) {
    if !set.remove(id) {
        set.insert(id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::DATASET;
    use proptest::prelude::*;
    use Language::{English, Korean};

    fn slugs(filter: &Filter) -> Vec<&'static str> {
        slugs_in(filter, English)
    }

    fn slugs_in(filter: &Filter, language: Language) -> Vec<&'static str> {
        let shown = filter.matcher(language);
        DATASET.entries.iter().filter(|e| shown(e)).map(|e| e.slug).collect()
    }

    fn main_tier() -> impl Iterator<Item = &'static Entry> {
        DATASET.entries.iter().filter(|entry| !entry.background)
    }

    #[test]
    fn just_a_kind_is_what_its_page_shows_and_nothing_more() {
        let summit = Filter { kinds: ["summit"].into(), ..Filter::default() };
        assert!(summit.is_just_kind("summit"));
        assert!(!summit.is_just_kind("election"));
        assert!(!Filter::default().is_just_kind("summit"));
        for narrower in [
            Filter { kinds: ["summit", "election"].into(), ..summit.clone() },
            Filter { actors: ["joseph-yun"].into(), ..summit.clone() },
            Filter { from_year: Some(2018), ..summit.clone() },
            Filter { to_year: Some(2018), ..summit.clone() },
            Filter { text: "kim".into(), ..summit.clone() },
            Filter { background: true, ..summit.clone() },
        ] {
            assert!(!narrower.is_just_kind("summit"), "{narrower:?}");
        }
    }

    #[test]
    fn the_empty_filter_shows_every_entry_but_the_background() {
        assert_eq!(slugs(&Filter::default()), main_tier().map(|e| e.slug).collect::<Vec<_>>());
        assert!(DATASET.entries.iter().any(|entry| entry.background), "the data has background events");
        let with_background = Filter { background: true, ..Filter::default() };
        assert_eq!(with_background.count(&DATASET, English), DATASET.entries.len());
    }

    #[test]
    fn background_events_are_filtered_like_any_other_once_shown() {
        let filter = Filter { background: true, kinds: ["summit"].into(), ..Filter::default() };
        let expected: Vec<_> = DATASET.entries.iter().filter(|e| e.kind.id == "summit").map(|e| e.slug).collect();
        assert_eq!(slugs(&filter), expected);
        assert!(DATASET.entries.iter().filter(|e| e.kind.id == "summit").any(|e| e.background));
    }

    #[test]
    fn kinds_are_alternatives() {
        let filter = Filter { kinds: ["armistice", "summit"].into(), ..Filter::default() };
        let expected: Vec<_> =
            main_tier().filter(|e| ["armistice", "summit"].contains(&e.kind.id)).map(|e| e.slug).collect();
        assert!(expected.contains(&"armistice-signed") && expected.contains(&"singapore-summit"));
        assert_eq!(slugs(&filter), expected);
    }

    #[test]
    fn actors_match_any_selected_not_all() {
        let filter = Filter { actors: ["joseph-yun", "russia"].into(), ..Filter::default() };
        let expected: Vec<_> =
            main_tier().filter(|e| e.involves("joseph-yun") || e.involves("russia")).map(|e| e.slug).collect();
        assert_eq!(slugs(&filter), expected);
        assert!(expected.iter().any(|slug| !DATASET.entry(slug).unwrap().involves("russia")));
        assert!(expected.iter().any(|slug| !DATASET.entry(slug).unwrap().involves("joseph-yun")));
    }

    #[test]
    fn years_are_inclusive_at_both_ends_and_spans_match_every_year_they_cover() {
        let filter = Filter { from_year: Some(2023), to_year: Some(2024), ..Filter::default() };
        let expected: Vec<_> =
            main_tier().filter(|e| e.last_year() >= 2023 && e.first_year() <= 2024).map(|e| e.slug).collect();
        assert_eq!(slugs(&filter), expected);
        assert!(expected.contains(&"cop28-triple-nuclear-energy-declaration"), "2023 is in");
        assert!(expected.contains(&"publication-north-korean-troops-in-russia"), "2024 is in");
        let only_1953 = Filter { to_year: Some(1953), ..Filter::default() };
        assert_eq!(slugs(&only_1953), ["armistice-signed"]);
        // The war spans 1950 to 1953: a filter on 1951 or on 1953 alone finds it.
        for year in [1951, 1953] {
            let filter = Filter { from_year: Some(year), to_year: Some(year), background: true, ..Filter::default() };
            assert!(slugs(&filter).contains(&"korean-war"), "{year}");
        }
        let after = Filter { from_year: Some(1954), background: true, ..Filter::default() };
        assert!(!slugs(&after).contains(&"korean-war"));
    }

    #[test]
    fn text_needs_every_word_in_any_case() {
        let filter = Filter { text: "SINGAPORE handshake".into(), ..Filter::default() };
        let expected: Vec<_> = main_tier()
            .filter(|e| e.search_text(English).contains("singapore") && e.search_text(English).contains("handshake"))
            .map(|e| e.slug)
            .collect();
        assert_eq!(slugs(&filter), expected);
        let nothing = Filter { text: "singapore zeppelin".into(), ..Filter::default() };
        assert!(slugs(&nothing).is_empty());
    }

    #[test]
    fn text_searches_quotes() {
        let filter = Filter { text: "rather simple document".into(), ..Filter::default() };
        assert_eq!(slugs(&filter), ["end-of-war-declaration-proposal"]);
    }

    #[test]
    fn korean_pages_search_the_korean_texts_and_the_english_quotes() {
        let korean = |text: &str| slugs_in(&Filter { text: text.into(), ..Filter::default() }, Korean);
        assert!(korean("싱가포르").contains(&"singapore-summit"), "a place in a Korean summary");
        assert!(korean("문재인").contains(&"moon-le-figaro-interview"), "a name");
        assert_eq!(korean("rather simple document"), ["end-of-war-declaration-proposal"], "the verbatim English");
        assert!(korean("singapore summit").is_empty() || korean("singapore summit") != korean("싱가포르"));
        let english = slugs_in(&Filter { text: "싱가포르".into(), ..Filter::default() }, English);
        assert!(english.is_empty(), "English pages search the English texts");
    }

    #[test]
    fn a_search_in_the_other_editions_script_is_told_apart() {
        let other_script =
            |text: &str, language| Filter { text: text.into(), ..Filter::default() }.searches_in_other_script(language);
        for text in ["싱가포르", "Moon 문재인", "\u{1106}\u{116E}\u{11AB}", "ㅁ"] {
            assert!(other_script(text, English), "{text:?} on an English page");
            assert!(!other_script(text, Korean), "{text:?} on a Korean page");
        }
        for text in ["Sentosa", "dmz 1953"] {
            assert!(other_script(text, Korean), "{text:?} on a Korean page");
            assert!(!other_script(text, English), "{text:?} on an English page");
        }
        for text in ["", "1953", " – "] {
            assert!(!other_script(text, Korean) && !other_script(text, English), "{text:?}");
        }
    }

    #[test]
    fn decomposed_hangul_finds_what_composed_hangul_finds() {
        let composed = Filter { text: "정전협정".into(), ..Filter::default() };
        let decomposed = Filter {
            text: "\u{110C}\u{1165}\u{11BC}\u{110C}\u{1165}\u{11AB}\u{1112}\u{1167}\u{11B8}\u{110C}\u{1165}\u{11BC}"
                .into(),
            ..Filter::default()
        };
        assert!(!slugs_in(&composed, Korean).is_empty());
        assert_eq!(slugs_in(&decomposed, Korean), slugs_in(&composed, Korean));
    }

    #[test]
    fn facets_combine() {
        let filter =
            Filter { kinds: ["publication"].into(), from_year: Some(2024), text: "korean".into(), ..Filter::default() };
        let expected: Vec<_> = main_tier()
            .filter(|e| {
                e.kind.id == "publication" && e.last_year() >= 2024 && e.search_text(English).contains("korean")
            })
            .map(|e| e.slug)
            .collect();
        assert!(!expected.is_empty());
        assert_eq!(slugs(&filter), expected);
    }

    #[test]
    fn every_active_filter_can_be_removed_on_its_own() {
        let filter = Filter {
            kinds: ["summit"].into(),
            actors: ["joseph-yun"].into(),
            from_year: Some(2018),
            to_year: Some(2024),
            text: "nato".into(),
            background: true,
        };
        let active = filter.active();
        assert_eq!(
            active,
            [
                ActiveFilter::Kind("summit"),
                ActiveFilter::Actor("joseph-yun"),
                ActiveFilter::FromYear(2018),
                ActiveFilter::ToYear(2024),
                ActiveFilter::Text,
                ActiveFilter::Background
            ]
        );
        for removed in active.iter().copied() {
            let mut less = filter.clone();
            less.remove(removed);
            assert_eq!(less.active(), active.iter().copied().filter(|a| *a != removed).collect::<Vec<_>>());
        }
        let mut none = filter.clone();
        for removed in active {
            none.remove(removed);
        }
        assert!(none.is_empty());
        assert!(Filter::default().active().is_empty());
    }

    #[test]
    fn a_filter_is_empty_only_when_nothing_is_in_effect() {
        // The filter panel's clear button is disabled exactly while the filter is empty.
        assert!(Filter::default().is_empty());
        let single = [
            Filter { kinds: ["summit"].into(), ..Filter::default() },
            Filter { actors: ["joseph-yun"].into(), ..Filter::default() },
            Filter { from_year: Some(2018), ..Filter::default() },
            Filter { to_year: Some(2024), ..Filter::default() },
            Filter { text: "nato".into(), ..Filter::default() },
            Filter { background: true, ..Filter::default() },
        ];
        for filter in single {
            assert!(!filter.is_empty(), "{filter:?}");
            assert_eq!(filter.active().len(), 1, "{filter:?}");
            let mut cleared = filter.clone();
            cleared.remove(filter.active()[0]);
            assert!(cleared.is_empty(), "{filter:?} without its one filter");
        }
    }

    /// The count beside a choice: entries that would match with that choice alone in its facet.
    fn count_with_only(filter: &Filter, facet: Facet, id: &'static str, language: Language) -> usize {
        let mut only = filter.clone();
        match facet {
            Facet::Kind => only.kinds = [id].into(),
            Facet::Actor => only.actors = [id].into(),
        }
        only.count(&DATASET, language)
    }

    #[test]
    fn counts_beside_each_choice_keep_the_other_facets() {
        let filters = [
            Filter::default(),
            Filter { from_year: Some(2024), ..Filter::default() },
            Filter { kinds: ["publication", "summit"].into(), text: "korea".into(), ..Filter::default() },
            Filter { actors: ["joseph-yun", "north-korea"].into(), to_year: Some(2018), ..Filter::default() },
            Filter { background: true, text: "나토".into(), ..Filter::default() },
        ];
        for language in Language::ALL {
            for filter in &filters {
                let counts = filter.facet_counts(&DATASET, language);
                let kinds = DATASET.kinds.iter().map(|kind| (Facet::Kind, kind.id));
                let actors = DATASET.actors.iter().map(|actor| (Facet::Actor, actor.id));
                for (facet, id) in kinds.chain(actors) {
                    assert_eq!(
                        counts.get(facet, id),
                        count_with_only(filter, facet, id, language),
                        "{filter:?} {facet:?} {id} {language:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn toggling_adds_then_removes() {
        let mut set = IdSet::default();
        toggle(&mut set, "summit");
        assert!(set.contains("summit"));
        toggle(&mut set, "summit");
        assert!(set.is_empty());
    }

    const IDS: [&str; 5] = ["alliance", "diplomacy", "election", "summit", "war"];

    proptest! {
        #[test]
        fn an_id_set_does_what_a_btree_set_does(steps in proptest::collection::vec((0..3u8, 0..IDS.len()), 0..40)) {
            let (mut set, mut model) = (IdSet::default(), std::collections::BTreeSet::new());
            for (step, i) in steps {
                let id = IDS[i];
                match step {
                    0 => prop_assert_eq!(set.insert(id), model.insert(id)),
                    1 => prop_assert_eq!(set.remove(id), model.remove(id)),
                    _ => prop_assert_eq!(set.contains(id), model.contains(id)),
                }
                prop_assert_eq!(set.iter().copied().collect::<Vec<_>>(), model.iter().copied().collect::<Vec<_>>());
                prop_assert_eq!((set.len(), set.is_empty()), (model.len(), model.is_empty()));
            }
            let rebuilt: IdSet = IDS.iter().rev().copied().chain(IDS).collect();
            prop_assert_eq!(rebuilt, IdSet::from(IDS));
        }
    }
}
