//! Filtering the real timeline, facet by facet and combined.

use peace_timeline::dataset::DATASET;
use peace_timeline::filter::{Facet, Filter};

fn slugs(filter: &Filter) -> Vec<&'static str> {
    DATASET.entries.iter().filter(|e| filter.matches(e)).map(|e| e.slug).collect()
}

#[test]
fn the_empty_filter_shows_everything() {
    assert_eq!(Filter::default().count(&DATASET), DATASET.entries.len());
}

#[test]
fn kinds_are_alternatives() {
    let filter = Filter { kinds: ["armistice", "summit"].into(), ..Filter::default() };
    let shown = slugs(&filter);
    assert!(shown.contains(&"armistice-signed"));
    assert!(shown.contains(&"singapore-summit"));
    assert!(DATASET.entries.iter().filter(|e| filter.matches(e)).all(|e| ["armistice", "summit"].contains(&e.kind.id)));
}

#[test]
fn actors_match_any_selected() {
    let filter = Filter { actors: ["joseph-yun"].into(), ..Filter::default() };
    let shown = slugs(&filter);
    assert!(shown.contains(&"end-of-war-declaration-proposal"));
    assert!(!shown.contains(&"cop28-triple-nuclear-energy-declaration"));
}

#[test]
fn years_are_inclusive_and_spans_overlap() {
    let filter = Filter { from_year: Some(2024), to_year: Some(2024), ..Filter::default() };
    assert!(DATASET
        .entries
        .iter()
        .filter(|e| filter.matches(e))
        .all(|e| e.last_year() >= 2024 && e.first_year() <= 2024));
    assert!(slugs(&filter).contains(&"nato-summit-july-2024"));
    let only_1953 = Filter { to_year: Some(1953), ..Filter::default() };
    assert_eq!(slugs(&only_1953), ["armistice-signed"]);
}

#[test]
fn text_needs_every_word_in_any_case() {
    let filter = Filter { text: "SINGAPORE summit".into(), ..Filter::default() };
    assert!(slugs(&filter).contains(&"singapore-summit"));
    let nothing = Filter { text: "singapore zeppelin".into(), ..Filter::default() };
    assert!(slugs(&nothing).is_empty());
}

#[test]
fn text_searches_quotes() {
    let filter = Filter { text: "rather simple document".into(), ..Filter::default() };
    assert_eq!(slugs(&filter), ["end-of-war-declaration-proposal"]);
}

#[test]
fn facets_combine() {
    let filter =
        Filter { kinds: ["publication"].into(), from_year: Some(2024), text: "korean".into(), ..Filter::default() };
    let shown = slugs(&filter);
    assert!(!shown.is_empty());
    assert!(!shown.contains(&"usip-article-end-of-war-declaration"), "2018 is outside the years");
}

/// The count beside a choice: entries that would match with that choice alone in its facet.
fn count_with_only(filter: &Filter, facet: Facet, id: &'static str) -> usize {
    let mut only = filter.clone();
    match facet {
        Facet::Kind => only.kinds = [id].into(),
        Facet::Actor => only.actors = [id].into(),
    }
    only.count(&DATASET)
}

#[test]
fn counts_beside_each_choice_keep_the_other_facets() {
    let filters = [
        Filter::default(),
        Filter { from_year: Some(2024), ..Filter::default() },
        Filter { kinds: ["publication", "summit"].into(), text: "korea".into(), ..Filter::default() },
        Filter { actors: ["joseph-yun", "north-korea"].into(), to_year: Some(2018), ..Filter::default() },
    ];
    for filter in &filters {
        let counts = filter.facet_counts(&DATASET);
        let kinds = DATASET.kinds.iter().map(|kind| (Facet::Kind, kind.id));
        let actors = DATASET.actors.iter().map(|actor| (Facet::Actor, actor.id));
        for (facet, id) in kinds.chain(actors) {
            assert_eq!(counts.get(facet, id), count_with_only(filter, facet, id), "{filter:?} {facet:?} {id}");
        }
    }
}
