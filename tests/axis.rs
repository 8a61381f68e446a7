//! The overview axis's scale: breaks where years are empty, a mapping that never goes back,
//! and a distinct place for every entry, also when several share a day.

use peace_timeline::axis::{Axis, SegmentKind};
use peace_timeline::dataset::DATASET;
use proptest::prelude::*;
use timeline_data::date::PartialDate;
use timeline_data::model::{Actor, ActorGroup, Dataset, Entry, Kind, Provenance};

static KIND: Kind = Kind { id: "event", label: "Event" };
static ACTOR: Actor = Actor { id: "someone", name: "Someone", group: ActorGroup::Person, role: None };
static ACTORS: [&Actor; 1] = [&ACTOR];

/// A dataset of entries on the given dates (sorted), leaked so that it is `'static` like the
/// generated one.
fn dataset_on(mut dates: Vec<PartialDate>) -> &'static Dataset {
    dates.sort();
    let entries: Vec<Entry> = dates
        .into_iter()
        .enumerate()
        .map(|(i, date)| Entry {
            slug: Box::leak(format!("entry-{i}").into_boxed_str()),
            title: "An entry",
            date,
            end: None,
            provenance: Provenance::Stated { note: "Test." },
            kind: &KIND,
            actors: &ACTORS,
            summary: "",
            quotes: &[],
            section: "Introduction",
            publication_type: None,
            related: &[],
            elements: &[],
            search_text: "",
        })
        .collect();
    Box::leak(Box::new(Dataset {
        kinds: std::slice::from_ref(&KIND),
        actors: &[],
        entries: Box::leak(entries.into_boxed_slice()),
    }))
}

fn date_strategy() -> impl Strategy<Value = PartialDate> {
    (1950u16..2030, 0u8..=12, 0u8..=28).prop_map(|(year, month, day)| {
        let day = if month == 0 { 0 } else { day };
        PartialDate::from_parts_unchecked(year, month, day)
    })
}

fn assert_well_formed(axis: &Axis, count: usize) {
    assert_eq!(axis.marks.len(), count);
    assert!((axis.segments.first().unwrap().start - 0.0).abs() < 1e-9);
    assert!((axis.segments.last().unwrap().end - 1.0).abs() < 1e-9);
    for pair in axis.segments.windows(2) {
        assert!((pair[0].end - pair[1].start).abs() < 1e-9, "segments are contiguous");
        assert!(!matches!((pair[0].kind, pair[1].kind), (SegmentKind::Break { .. }, SegmentKind::Break { .. })));
    }
    for pair in axis.marks.windows(2) {
        assert!(pair[1].position > pair[0].position + 1e-4, "marks are in order and apart: {pair:?}");
    }
    for mark in &axis.marks {
        let segment = axis.segments.iter().find(|s| s.kind == SegmentKind::Year(mark.entry.first_year())).unwrap();
        assert!(mark.position > segment.start && mark.position < segment.end, "a mark sits inside its year");
    }
}

#[test]
fn the_article_gets_breaks_for_its_empty_years() {
    let axis = Axis::new(&DATASET);
    let kinds: Vec<SegmentKind> = axis.segments.iter().map(|segment| segment.kind).collect();
    assert_eq!(
        kinds,
        [
            SegmentKind::Year(1953),
            SegmentKind::Break { first: 1954, last: 2017 },
            SegmentKind::Year(2018),
            SegmentKind::Break { first: 2019, last: 2022 },
            SegmentKind::Year(2023),
            SegmentKind::Year(2024),
        ]
    );
    assert_well_formed(&axis, DATASET.entries.len());
}

#[test]
fn dense_years_get_more_room_than_a_break_of_decades() {
    let axis = Axis::new(&DATASET);
    let width = |kind: SegmentKind| axis.segments.iter().find(|s| s.kind == kind).map(|s| s.end - s.start).unwrap();
    let decades = width(SegmentKind::Break { first: 1954, last: 2017 });
    assert!(width(SegmentKind::Year(2018)) > 3.0 * decades);
    assert!(width(SegmentKind::Year(1953)) < width(SegmentKind::Year(2018)));
}

#[test]
fn entries_on_the_same_day_get_distinct_places() {
    let day = PartialDate::parse("2018-09-21").unwrap();
    let axis = Axis::new(dataset_on(vec![day; 12]));
    assert_well_formed(&axis, 12);
}

#[test]
fn crowds_at_the_end_of_a_year_stay_inside_it() {
    let axis = Axis::new(dataset_on(vec![PartialDate::parse("2018-12-31").unwrap(); 30]));
    assert_well_formed(&axis, 30);
}

proptest! {
    #[test]
    fn any_set_of_dates_maps_in_order_into_distinct_places(dates in proptest::collection::vec(date_strategy(), 1..60)) {
        let count = dates.len();
        let axis = Axis::new(dataset_on(dates));
        assert_well_formed(&axis, count);
    }
}

#[test]
fn positions_are_written_as_css_percentages() {
    use peace_timeline::axis::css_percent;
    assert_eq!(css_percent(0.0), "0.000%");
    assert_eq!(css_percent(0.123456), "12.346%");
    assert_eq!(css_percent(1.0), "100.000%");
}
