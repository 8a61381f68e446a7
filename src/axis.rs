//! The overview axis's scale. The timeline's shape is one event in 1953, nothing for 64 years,
//! then dense years: a linear scale would spend the screen on empty decades. Here every year
//! that has entries gets a segment sized by how many it has, and every run of empty years
//! becomes one narrow, labelled break. A timeline with entries in more years than a phone has
//! room for gets a segment per period (two years, five, a decade…) instead.
//!
//! The scale is a CSS grid written at build time ([`Axis::stylesheet`]): each segment is a
//! column whose share is its weight and whose minimum fits its label, so the whole axis fits
//! any width from a 320 px phone up. Within a year, marks are spread evenly; where a year's
//! column is too narrow for its marks to be told apart by a finger, a container query shows one
//! target with the year's count instead (see `.axis-group` in the stylesheet).

use std::fmt::Write;

use timeline_data::model::{Dataset, Entry};

/// Width of a break, however many years it hides, relative to one entry's share.
const BREAK_WEIGHT: f64 = 2.0;
/// Width every year with entries gets before its entries add to it.
const YEAR_BASE_WEIGHT: f64 = 0.8;
/// Each entry's share of its year's segment.
const ENTRY_WEIGHT: f64 = 1.0;
/// The smallest distance between two marks' centres a finger can choose between (WCAG 2.2's
/// target size, 24 CSS pixels); a year narrower than its marks need shows its count instead.
pub const MIN_TARGET_PX: u32 = 24;
/// Each column's least width, in ems of the axis's labels (0.72rem on phones, see
/// `.axis-scale` in the stylesheet): a labelled year fits its four bold digits, a labelled
/// period or break the first line of its two-line label ("1954–" above "2017").
const YEAR_MIN_EM: f64 = 3.2;
const RANGE_MIN_EM: f64 = 3.4;
/// An unlabelled segment's least width, and a break's where the axis is too narrow for every
/// label: its mark alone, its label hidden and still read out (the stylesheet hides a break's
/// label once its column is narrower than the label's first line, 3.1em).
const UNLABELLED_MIN_EM: f64 = 0.4;
const BREAK_MARK_MIN_EM: f64 = 1.4;
/// The axis's width on a 320 px phone in those ems: 288 px at 11.52 px. Years are grouped
/// into periods until the axis fits it; where even a century a segment is too many, every n-th
/// segment is labelled.
const PHONE_AXIS_EM: f64 = 25.0;
/// The labels' size on screens narrower than 720 px, and the page's margins beside the axis,
/// in px: where breaks fall back to their marks.
const PHONE_LABEL_PX: f64 = 11.52;
const AXIS_INSET_PX: f64 = 32.0;
/// The lengths of period tried, shortest first; periods start at a multiple of their length
/// (1950–1959, 1960–1969), as readers count decades.
const PERIOD_YEARS: [u16; 7] = [1, 2, 5, 10, 20, 50, 100];

/// Beyond this many entries the axis draws years and how many entries each has, not one mark
/// per entry: thousands of marks would be neither legible nor quick.
pub const MAX_MARKS: usize = 500;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SegmentKind {
    /// A year with entries (`first == last`), or a period of years with entries.
    Years { first: u16, last: u16 },
    /// Consecutive years without entries, drawn as one break.
    Break { first: u16, last: u16 },
}

/// One entry's mark, at `offset` (0 to 1) across its year's segment.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Mark {
    pub entry: &'static Entry,
    pub offset: f64,
}

/// The part of an event that lasts for years which crosses one segment, from `start` to `end`
/// (0 to 1 across the segment).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SpanPiece {
    pub entry: &'static Entry,
    pub start: f64,
    pub end: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Segment {
    pub kind: SegmentKind,
    /// Its share of the axis, relative to the others.
    pub weight: f64,
    /// Whether its label is shown (every segment's is read out).
    pub labelled: bool,
    /// A year's entries, in date order; none for a break.
    pub marks: Vec<Mark>,
    pub spans: Vec<SpanPiece>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Axis {
    /// Background events are on it (they are off it while the reader hides them).
    pub background: bool,
    pub segments: Vec<Segment>,
}

/// Where in its year (0 to 1) a date falls: the middle of the period it names, so "2018"
/// sits mid-year and "October 2018" mid-October.
fn fraction_of_year(date: timeline_data::date::PartialDate) -> f64 {
    let day_of_year = |(_, month, day): (u16, u8, u8)| f64::from(month - 1) * 30.5 + f64::from(day - 1);
    let middle = (day_of_year(date.first_day()) + day_of_year(date.last_day())) / 2.0;
    (middle + 0.5) / 366.0
}

impl Axis {
    /// The axis of the entries a reader sees with background events shown or not.
    pub fn new(dataset: &Dataset, background: bool) -> Axis {
        let entries: Vec<&'static Entry> =
            dataset.entries.iter().filter(|entry| background || !entry.background).collect();
        // The years with entries, in order: marked in a table of the years the axis spans
        // (the data is in chronological order, but a lasting event may follow a later start).
        let first_years = || entries.iter().map(|entry| entry.first_year());
        let (first, last) = (first_years().min().unwrap_or(0), first_years().max().unwrap_or(0));
        let mut has_entries = vec![false; usize::from(last - first) + 1];
        for year in first_years() {
            has_entries[usize::from(year - first)] = true;
        }
        let years: Vec<u16> = (first..=last).filter(|year| has_entries[usize::from(year - first)]).collect();
        // The shortest periods that fit a phone, else the longest; every segment labelled.
        let width_em =
            |kinds: &[SegmentKind]| -> f64 { kinds.iter().map(|&kind| min_em(kind, true, BREAK_MARK_MIN_EM)).sum() };
        let mut kinds = Vec::new();
        for length in PERIOD_YEARS {
            kinds = segment_kinds(&years, length);
            if width_em(&kinds) <= PHONE_AXIS_EM {
                break;
            }
        }
        let every = (width_em(&kinds) / PHONE_AXIS_EM).ceil().max(1.0) as usize;
        let mut segments = segments(&entries, kinds);
        let count = segments.len();
        for (i, segment) in segments.iter_mut().enumerate() {
            segment.labelled = i % every == 0 || i + 1 == count;
        }
        let mut axis = Axis { background, segments };
        axis.add_spans();
        axis
    }

    /// The first year of the segment that holds the entries of `year`.
    pub fn segment_start(&self, year: u16) -> u16 {
        let holding = |segment: &Segment| match segment.kind {
            SegmentKind::Years { first, last } if (first..=last).contains(&year) => Some(first),
            _ => None,
        };
        self.segments.iter().find_map(holding).unwrap_or(year)
    }

    /// Events that run into a later year cross every segment up to their last year: a piece
    /// in each, from the mark (or the segment's start) to the end's place (or the segment's end).
    fn add_spans(&mut self) {
        let spanning: Vec<(&'static Entry, f64)> = self
            .marks()
            .filter(|mark| mark.entry.last_year() > mark.entry.first_year())
            .map(|mark| (mark.entry, mark.offset))
            .collect();
        for (entry, offset) in spanning {
            let end = entry.end.expect("an entry ending after its first year has an end");
            for segment in &mut self.segments {
                let (SegmentKind::Years { first, last } | SegmentKind::Break { first, last }) = segment.kind;
                if last < entry.first_year() || first > end.year() {
                    continue;
                }
                let start = if first <= entry.first_year() { offset } else { 0.0 };
                let stop = if end.year() <= last {
                    (f64::from(end.year() - first) + fraction_of_year(end)) / f64::from(last - first + 1)
                } else {
                    1.0
                };
                segment.spans.push(SpanPiece { entry, start, end: stop.max(start) });
            }
        }
    }

    /// Every mark, in date order.
    pub fn marks(&self) -> impl Iterator<Item = &Mark> {
        self.segments.iter().flat_map(|segment| segment.marks.iter())
    }

    /// Whether each entry gets its own mark (see [`MAX_MARKS`]).
    pub fn has_marks(&self) -> bool {
        self.marks().count() <= MAX_MARKS
    }

    /// The class that scopes this axis's places in the stylesheet (with background events
    /// shown, years hold more entries and the columns differ).
    pub fn variant_class(&self) -> &'static str {
        if self.background {
            "with-background"
        } else {
            "main-tier"
        }
    }

    /// The axis's columns and every mark's and span's place, scoped to its variant.
    fn write_places(&self, css: &mut String) {
        let scope = format!(".axis-scale.{}", self.variant_class());
        let columns: Vec<String> = self
            .segments
            .iter()
            .map(|segment| {
                let weight = decimal(segment.weight);
                match (segment.labelled, segment.kind) {
                    (true, SegmentKind::Break { .. }) => format!("minmax(var(--break-min), {weight}fr)"),
                    _ => format!(
                        "minmax({}em, {weight}fr)",
                        decimal(min_em(segment.kind, segment.labelled, RANGE_MIN_EM))
                    ),
                }
            })
            .collect();
        writeln!(
            css,
            "{scope} {{ --break-min: {}em; grid-template-columns: {}; }}",
            decimal(RANGE_MIN_EM),
            columns.join(" ")
        )
        .expect("String");
        // On a phone too narrow for every label, labelled breaks shrink to their marks.
        let fits_from_px = (min_width_em(&self.segments, RANGE_MIN_EM) * PHONE_LABEL_PX + AXIS_INSET_PX).ceil();
        let labelled_break = |segment: &Segment| segment.labelled && matches!(segment.kind, SegmentKind::Break { .. });
        if self.segments.iter().any(labelled_break) {
            writeln!(
                css,
                "@media (max-width: {}px) {{ {scope} {{ --break-min: {}em; }} }}",
                fits_from_px as u32 - 1,
                decimal(BREAK_MARK_MIN_EM)
            )
            .expect("String");
        }
        for segment in &self.segments {
            for mark in segment.marks.iter().filter(|_| self.has_marks()) {
                writeln!(css, "{scope} #{} {{ left: {}; }}", mark_slot_id(mark.entry.slug), css_percent(mark.offset))
                    .expect("String");
            }
            for piece in &segment.spans {
                writeln!(
                    css,
                    "{scope} #{} {{ left: {}; width: {}; }}",
                    span_piece_id(piece.entry.slug, segment.kind),
                    css_percent(piece.start),
                    css_percent(piece.end - piece.start)
                )
                .expect("String");
            }
        }
    }

    /// Where everything sits on both variants of the axis, and when a year shows its count
    /// instead of its marks: a stylesheet written at build time, since the positions follow
    /// from the bundled data alone and the site's Content Security Policy refuses inline
    /// `style` attributes.
    pub fn stylesheet(dataset: &Dataset) -> String {
        let mut css =
            String::from("/* Generated at build time from the timeline's data: places on the time axis. */\n");
        let variants = [Axis::new(dataset, false), Axis::new(dataset, true)];
        for axis in &variants {
            axis.write_places(&mut css);
        }
        let mut counts: Vec<usize> =
            variants.iter().flat_map(|axis| axis.segments.iter().map(|segment| segment.marks.len())).collect();
        counts.sort_unstable();
        counts.dedup();
        for count in counts.into_iter().filter(|count| *count > 1) {
            writeln!(
                css,
                "@container (width < {}px) {{ .axis-year.marks-{count} .axis-marks {{ display: none; }} \
                 .axis-year.marks-{count} .axis-group {{ display: flex; }} }}",
                MIN_TARGET_PX as usize * count
            )
            .expect("String");
        }
        css
    }
}

/// The segments of an axis whose entries start in `years` (ascending, each once), grouped into
/// periods of `length` years: one per period with entries and a break for each run of periods
/// without. The axis starts and ends with its first and last entries' years, not with their
/// periods: "1953–1959", not "1950–1959".
fn segment_kinds(years: &[u16], length: u16) -> Vec<SegmentKind> {
    let mut kinds: Vec<SegmentKind> = Vec::new();
    for &year in years {
        let period = year - year % length;
        let first = match kinds.last().copied() {
            None => year,
            Some(SegmentKind::Years { last, .. }) if last >= year => continue,
            Some(SegmentKind::Years { last, .. }) if period > last + 1 => {
                kinds.push(SegmentKind::Break { first: last + 1, last: period - 1 });
                period
            }
            Some(_) => period,
        };
        kinds.push(SegmentKind::Years { first, last: period + (length - 1) });
    }
    if let (Some(SegmentKind::Years { last, .. }), Some(&year)) = (kinds.last_mut(), years.last()) {
        *last = year;
    }
    kinds
}

/// The axis's segments of these kinds, every one labelled, each with a mark per entry (in the
/// entries' order) that starts within it.
fn segments(entries: &[&'static Entry], kinds: Vec<SegmentKind>) -> Vec<Segment> {
    let mut held: Vec<Vec<&'static Entry>> = vec![Vec::new(); kinds.len()];
    for entry in entries {
        let year = entry.first_year();
        let holding = kinds.partition_point(|kind| match *kind {
            SegmentKind::Years { last, .. } | SegmentKind::Break { last, .. } => last < year,
        });
        held[holding].push(entry);
    }
    kinds
        .into_iter()
        .zip(held)
        .map(|(kind, entries)| {
            let count = entries.len() as f64;
            let marks = entries
                .iter()
                .enumerate()
                .map(|(i, &entry)| Mark { entry, offset: (i as f64 + 0.5) / count })
                .collect();
            let weight = match kind {
                SegmentKind::Years { .. } => YEAR_BASE_WEIGHT + ENTRY_WEIGHT * count,
                SegmentKind::Break { .. } => BREAK_WEIGHT,
            };
            Segment { kind, weight, labelled: true, marks, spans: Vec::new() }
        })
        .collect()
}

/// A segment's least width, in ems of the axis's labels, with a labelled break `break_em` wide.
fn min_em(kind: SegmentKind, labelled: bool, break_em: f64) -> f64 {
    match (labelled, kind) {
        (false, _) => UNLABELLED_MIN_EM,
        (true, SegmentKind::Years { first, last }) if first == last => YEAR_MIN_EM,
        (true, SegmentKind::Years { .. }) => RANGE_MIN_EM,
        (true, SegmentKind::Break { .. }) => break_em,
    }
}

/// The least width of an axis of `segments`, in ems of its labels.
fn min_width_em(segments: &[Segment], break_em: f64) -> f64 {
    segments.iter().map(|segment| min_em(segment.kind, segment.labelled, break_em)).sum()
}

/// A weight as CSS writes a number, with two decimals. Written with integers: float
/// formatting would add some 10 KB to the browser build for this one use.
fn decimal(value: f64) -> String {
    let hundredths = (value.max(0.0) * 100.0).round() as u32;
    format!("{}.{:02}", hundredths / 100, hundredths % 100)
}

/// A position (0 to 1) as a CSS percentage with three decimals.
pub fn css_percent(position: f64) -> String {
    let thousandths = (position.clamp(0.0, 1.0) * 100_000.0).round() as u32;
    format!("{}.{:03}%", thousandths / 1000, thousandths % 1000)
}

/// The id of the element that holds a mark's place on the axis.
pub fn mark_slot_id(slug: &str) -> String {
    format!("axis-at-{slug}")
}

/// The id of the piece of a lasting event's bar within one segment.
pub fn span_piece_id(slug: &str, kind: SegmentKind) -> String {
    format!("axis-span-{slug}-{}", segment_id(kind))
}

/// The id of a year's or a break's place on the axis.
pub fn segment_id(kind: SegmentKind) -> String {
    match kind {
        SegmentKind::Years { first, .. } => format!("axis-year-{first}"),
        SegmentKind::Break { first, .. } => format!("axis-break-{first}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::DATASET;
    use proptest::prelude::*;
    use timeline_data::date::PartialDate;
    use timeline_data::language::Text;
    use timeline_data::model::{Actor, ActorGroup, Kind, Provenance, ProvenanceKind};

    static KIND: Kind = Kind { id: "event", label: Text { en: "Event", ko: "사건" } };
    static ACTOR: Actor =
        Actor { id: "someone", name: Text { en: "Someone", ko: "누군가" }, group: ActorGroup::Person, role: None };
    static ACTORS: [&Actor; 1] = [&ACTOR];

    /// A dataset of entries on the given dates and ends (sorted), leaked so that it is
    /// `'static` like the generated one.
    fn dataset_of(mut dates: Vec<(PartialDate, Option<PartialDate>)>) -> &'static Dataset {
        dates.sort();
        dataset_listed(dates)
    }

    /// A dataset of entries on the given dates and ends, in the order given.
    fn dataset_listed(dates: Vec<(PartialDate, Option<PartialDate>)>) -> &'static Dataset {
        let text = Text { en: "", ko: "" };
        let entries: Vec<Entry> = dates
            .into_iter()
            .enumerate()
            .map(|(i, (date, end))| Entry {
                slug: Box::leak(format!("entry-{i}").into_boxed_str()),
                background: false,
                title: Text { en: "An entry", ko: "항목" },
                date,
                end,
                provenance: Provenance { kind: ProvenanceKind::Stated, words: None, note: text, source: None },
                kind: &KIND,
                actors: &ACTORS,
                summary: text,
                quotes: &[],
                section: "Introduction",
                publication_type: None,
                related: &[],
                elements: &[],
            })
            .collect();
        Box::leak(Box::new(Dataset {
            kinds: std::slice::from_ref(&KIND),
            actors: &[],
            entries: Box::leak(entries.into_boxed_slice()),
        }))
    }

    fn dataset_on(dates: Vec<PartialDate>) -> &'static Dataset {
        dataset_of(dates.into_iter().map(|date| (date, None)).collect())
    }

    fn date(text: &str) -> PartialDate {
        PartialDate::parse(text).unwrap()
    }

    fn date_strategy() -> impl Strategy<Value = PartialDate> {
        (1950u16..2030, 0u8..=12, 0u8..=28).prop_map(|(year, month, day)| {
            let day = if month == 0 { 0 } else { day };
            PartialDate::from_parts_unchecked(year, month, day)
        })
    }

    /// How many years a segment with entries covers: the longest one's.
    fn period_years(axis: &Axis) -> u16 {
        let lengths = axis.segments.iter().filter_map(|segment| match segment.kind {
            SegmentKind::Years { first, last } => Some(last - first + 1),
            SegmentKind::Break { .. } => None,
        });
        lengths.max().unwrap()
    }

    fn year(year: u16) -> SegmentKind {
        SegmentKind::Years { first: year, last: year }
    }

    fn kinds(axis: &Axis) -> Vec<SegmentKind> {
        axis.segments.iter().map(|segment| segment.kind).collect()
    }

    fn assert_well_formed(axis: &Axis, dataset: &Dataset) {
        let marks: Vec<&str> = axis.marks().map(|mark| mark.entry.slug).collect();
        let expected: Vec<&str> =
            dataset.entries.iter().filter(|e| axis.background || !e.background).map(|e| e.slug).collect();
        assert_eq!(marks, expected, "one mark per entry, in date order");
        for pair in axis.segments.windows(2) {
            assert!(!matches!((pair[0].kind, pair[1].kind), (SegmentKind::Break { .. }, SegmentKind::Break { .. })));
            let (end, start) = match (pair[0].kind, pair[1].kind) {
                (
                    SegmentKind::Years { last: a, .. } | SegmentKind::Break { last: a, .. },
                    SegmentKind::Years { first: b, .. } | SegmentKind::Break { first: b, .. },
                ) => (a, b),
            };
            assert_eq!(end + 1, start, "segments cover every year once: {pair:?}");
        }
        let years_of = |segment: &Segment| match segment.kind {
            SegmentKind::Years { first, last } | SegmentKind::Break { first, last } => (first, last),
        };
        let (axis_first, axis_last) =
            (years_of(&axis.segments[0]).0, years_of(&axis.segments[axis.segments.len() - 1]).1);
        assert_eq!(
            axis_first,
            dataset.entries.iter().filter(|e| axis.background || !e.background).map(|e| e.first_year()).min().unwrap(),
            "from the first entry's year"
        );
        assert_eq!(
            axis_last,
            dataset.entries.iter().filter(|e| axis.background || !e.background).map(|e| e.first_year()).max().unwrap(),
            "to the last one's"
        );
        for segment in &axis.segments {
            assert!(segment.weight > 0.0);
            match segment.kind {
                SegmentKind::Years { first, last } => {
                    let years = period_years(axis);
                    let (outer_first, outer_last) = (first == axis_first, last == axis_last);
                    assert!(outer_first || first % years == 0, "a period starts at a multiple of its length");
                    assert!(outer_last || (last + 1) % years == 0, "and ends before the next one");
                    assert!(!segment.marks.is_empty(), "a year or period on the axis has entries");
                    assert!(segment.marks.iter().all(|mark| (first..=last).contains(&mark.entry.first_year())));
                    for pair in segment.marks.windows(2) {
                        let gap = pair[1].offset - pair[0].offset;
                        assert!((gap - 1.0 / segment.marks.len() as f64).abs() < 1e-9, "marks are spread evenly");
                    }
                    assert!(segment.marks.iter().all(|mark| mark.offset > 0.0 && mark.offset < 1.0));
                    let weight = YEAR_BASE_WEIGHT + ENTRY_WEIGHT * segment.marks.len() as f64;
                    assert!((segment.weight - weight).abs() < 1e-9, "a year's room grows with its entries");
                }
                SegmentKind::Break { first, last } => {
                    assert!(first <= last && segment.marks.is_empty());
                    assert!((segment.weight - BREAK_WEIGHT).abs() < 1e-9, "a break has the same room however long");
                }
            }
        }
    }

    #[test]
    fn the_article_gets_breaks_for_its_empty_years() {
        let axis = Axis::new(&DATASET, false);
        assert_eq!(
            kinds(&axis),
            [
                year(1953),
                SegmentKind::Break { first: 1954, last: 2017 },
                year(2018),
                SegmentKind::Break { first: 2019, last: 2022 },
                year(2023),
                year(2024),
            ]
        );
        assert_well_formed(&axis, &DATASET);
        assert!(
            axis.segments.iter().all(|segment| segment.labelled),
            "every year and break of the article is labelled"
        );
    }

    #[test]
    fn background_events_add_their_years_to_the_axis() {
        let axis = Axis::new(&DATASET, true);
        assert_eq!(kinds(&axis)[..3], [year(1950), SegmentKind::Break { first: 1951, last: 1952 }, year(1953)]);
        assert!(kinds(&axis).contains(&year(2022)));
        assert_well_formed(&axis, &DATASET);
        assert_eq!(axis.variant_class(), "with-background");
        assert_eq!(Axis::new(&DATASET, false).variant_class(), "main-tier");
    }

    #[test]
    fn the_war_is_a_bar_from_its_first_year_to_the_armistice() {
        let axis = Axis::new(&DATASET, true);
        let pieces: Vec<(SegmentKind, f64, f64)> = axis
            .segments
            .iter()
            .flat_map(|segment| {
                segment
                    .spans
                    .iter()
                    .filter(|p| p.entry.slug == "korean-war")
                    .map(move |p| (segment.kind, p.start, p.end))
            })
            .collect();
        assert_eq!(pieces.len(), 3, "1950, the break, 1953: {pieces:?}");
        let war_mark = axis.marks().find(|mark| mark.entry.slug == "korean-war").unwrap();
        assert_eq!(pieces[0], (year(1950), war_mark.offset, 1.0), "from the mark to the year's end");
        assert_eq!(pieces[1], (SegmentKind::Break { first: 1951, last: 1952 }, 0.0, 1.0), "across the break");
        assert_eq!(pieces[2].0, year(1953));
        assert_eq!(pieces[2].1, 0.0);
        assert!((pieces[2].2 - fraction_of_year(date("1953-07-27"))).abs() < 1e-9, "to the end's date");
        assert!(
            axis.segments.iter().flat_map(|s| &s.spans).all(|p| p.entry.slug == "korean-war"),
            "events within one year draw no bar"
        );
    }

    #[test]
    fn dense_years_get_more_room_than_a_break_of_decades() {
        let axis = Axis::new(&DATASET, false);
        let weight = |kind: SegmentKind| axis.segments.iter().find(|s| s.kind == kind).map(|s| s.weight).unwrap();
        let decades = weight(SegmentKind::Break { first: 1954, last: 2017 });
        assert!(weight(year(2018)) > 3.0 * decades);
        assert!(weight(year(1953)) < weight(year(2018)));
    }

    #[test]
    fn entries_on_the_same_day_get_distinct_places() {
        let dataset = dataset_on(vec![date("2018-09-21"); 12]);
        assert_well_formed(&Axis::new(dataset, false), dataset);
    }

    #[test]
    fn the_article_has_a_segment_per_year() {
        for background in [false, true] {
            let axis = Axis::new(&DATASET, background);
            assert_eq!(period_years(&axis), 1);
            assert!(min_width_em(&axis.segments, BREAK_MARK_MIN_EM) <= PHONE_AXIS_EM);
        }
    }

    #[test]
    fn entries_in_more_years_than_a_phone_has_room_for_are_grouped_by_period() {
        // Every year from 1950 to 2024: 75 segments one year each, 8 decades (27.2em).
        let every_year = dataset_on((1950..2025).map(|year| PartialDate::from_parts_unchecked(year, 0, 0)).collect());
        let axis = Axis::new(every_year, false);
        assert_eq!(period_years(&axis), 20);
        assert_eq!(
            kinds(&axis),
            [1950, 1960, 1980, 2000, 2020]
                .map(|first| SegmentKind::Years { first, last: (first + 20 - first % 20 - 1).min(2024) }),
            "twenty-year periods, from the first entry's year to the last's"
        );
        assert!(axis.segments.iter().all(|segment| segment.labelled && segment.marks.len() >= 5));
        assert_eq!(axis.segment_start(1953), 1950);
        assert_eq!(axis.segment_start(1979), 1960);
        assert_eq!(axis.segment_start(2024), 2020);
        let columns = Axis::stylesheet(every_year);
        assert_eq!(columns.matches("minmax(3.40em, ").count(), 2 * 5, "room for two-line labels, in both variants");
        assert_well_formed(&axis, every_year);

        // Five years with a year between each: nine segments (21.6em), a year each. One more
        // (26.2em): two-year periods, which here meet without breaks.
        let odd_years = |last: u16| {
            dataset_on((2001..=last).step_by(2).map(|y| PartialDate::from_parts_unchecked(y, 0, 0)).collect())
        };
        let fits = Axis::new(odd_years(2009), false);
        assert_eq!((period_years(&fits), fits.segments.len()), (1, 9));
        assert_well_formed(&fits, odd_years(2009));
        let crowded = odd_years(2011);
        let axis = Axis::new(crowded, false);
        assert_eq!(period_years(&axis), 2);
        assert_eq!(
            kinds(&axis)[..2],
            [SegmentKind::Years { first: 2001, last: 2001 }, SegmentKind::Years { first: 2002, last: 2003 }]
        );
        assert_eq!(axis.segments.len(), 6);
        assert_well_formed(&axis, crowded);
        assert!(!Axis::stylesheet(crowded).contains("@media"), "no break to shrink on a narrow phone");
    }

    #[test]
    fn a_period_places_a_lasting_event_by_its_years_within_it() {
        let dataset = dataset_of(
            (1900..2000)
                .step_by(3)
                .map(|year| (PartialDate::from_parts_unchecked(year, 0, 0), None))
                .chain([(date("1921-03-01"), Some(date("1937-06")))])
                .collect(),
        );
        let axis = Axis::new(dataset, false);
        assert_eq!(period_years(&axis), 20);
        let pieces: Vec<(SegmentKind, f64)> = axis
            .segments
            .iter()
            .flat_map(|segment| segment.spans.iter().map(move |piece| (segment.kind, piece.end)))
            .collect();
        let mark = axis.marks().find(|mark| mark.entry.end.is_some()).unwrap();
        let period = SegmentKind::Years { first: 1920, last: 1939 };
        assert_eq!(pieces, [(period, (17.0 + 167.5 / 366.0) / 20.0)], "one bar, to June 1937's place in the period");
        let piece = axis.segments.iter().flat_map(|segment| &segment.spans).next().unwrap();
        assert_eq!(piece.start, mark.offset, "from its mark");
    }

    #[test]
    fn many_segments_are_labelled_in_turn_with_the_last_always_labelled() {
        // Entries a century apart over three millennia: even one segment a century is too many.
        let dataset =
            dataset_on((0..3000).step_by(200).map(|year| PartialDate::from_parts_unchecked(year, 0, 0)).collect());
        let axis = Axis::new(dataset, false);
        assert_eq!(period_years(&axis), 100);
        let labelled: Vec<usize> = (0..axis.segments.len()).filter(|i| axis.segments[*i].labelled).collect();
        assert_eq!(labelled, [0, 3, 6, 9, 12, 15, 18, 21, 24, 27, 28], "every third (70.6em / 25em), and the last");
        assert!(axis.segments[0].labelled && axis.segments.last().unwrap().labelled);
    }

    proptest! {
        #[test]
        fn any_set_of_dates_maps_in_order_onto_years_and_breaks(dates in proptest::collection::vec(date_strategy(), 1..60)) {
            let dataset = dataset_on(dates);
            assert_well_formed(&Axis::new(dataset, false), dataset);
        }

        #[test]
        fn a_span_covers_every_segment_from_its_start_to_its_end_year(start in 1950u16..2000, years in 1u16..30) {
            let end = start + years;
            let dataset = dataset_of(vec![
                (PartialDate::from_parts_unchecked(start, 3, 1), Some(PartialDate::from_parts_unchecked(end, 6, 0))),
                (PartialDate::from_parts_unchecked(end, 9, 0), None),
            ]);
            let axis = Axis::new(dataset, false);
            let covered: Vec<SegmentKind> =
                axis.segments.iter().filter(|segment| !segment.spans.is_empty()).map(|segment| segment.kind).collect();
            prop_assert_eq!(covered, kinds(&axis), "the bar crosses the whole axis, break included");
            for piece in axis.segments.iter().flat_map(|segment| &segment.spans) {
                prop_assert!(0.0 <= piece.start && piece.start <= piece.end && piece.end <= 1.0);
            }
        }
    }

    #[test]
    fn the_stylesheet_places_both_variants_and_groups_crowded_years() {
        let css = Axis::stylesheet(&DATASET);
        let main_columns = Axis::new(&DATASET, false).segments.len();
        let line = css.lines().find(|line| line.starts_with(".axis-scale.main-tier {")).unwrap();
        assert_eq!(line.matches("minmax(").count(), main_columns, "{line}");
        assert!(css.contains(".axis-scale.with-background #axis-at-korean-war { left: 50.000%; }"));
        assert!(css.contains(
            ".axis-scale.with-background #axis-span-korean-war-axis-break-1951 { left: 0.000%; width: 100.000%; }"
        ));
        let year_2018 = Axis::new(&DATASET, false).segments.iter().find(|s| s.kind == year(2018)).unwrap().marks.len();
        assert!(css.contains(&format!(
            "@container (width < {}px) {{ .axis-year.marks-{year_2018} .axis-marks {{ display: none; }}",
            24 * year_2018
        )));
        assert!(!css.contains(".marks-1 "), "a single mark never needs grouping");
        assert!(css.contains(".axis-scale.main-tier { --break-min: 3.40em; grid-template-columns: minmax(3.20em, "));
        assert!(css.contains(" minmax(var(--break-min), 2.00fr) "), "breaks take the width the screen allows");
        // With the background events, years and breaks need 29.4em, 339 px of labels: below 371 px
        // wide screens, breaks show their marks alone.
        assert!(css.contains("@media (max-width: 370px) { .axis-scale.with-background { --break-min: 1.40em; } }"));
    }

    #[test]
    fn a_date_sits_in_the_middle_of_the_period_it_names() {
        // Day d of month m is (m - 1) × 30.5 + (d - 1) days in; a date sits at the middle of its
        // first and last day, plus half a day, out of 366.
        let place = |text: &str| fraction_of_year(date(text));
        let close = |a: f64, b: f64| (a - b).abs() < 1e-12;
        assert!(close(place("2018-01-01"), 0.5 / 366.0), "the first day is half a day in");
        assert!(close(place("2018-12-31"), 1.0), "the last day ends the year");
        assert!(close(place("1953-07-27"), 209.5 / 366.0), "{}", place("1953-07-27"));
        assert!(close(place("2018-10"), 290.0 / 366.0), "October: the middle of its 1st and 31st");
        assert!(close(place("2018"), 183.25 / 366.0), "a year: its middle");
        assert!(close(place("2024-02"), 45.0 / 366.0), "February of a leap year: 1st to 29th");
    }

    #[test]
    fn an_entry_listed_after_a_later_one_is_marked_in_its_own_year() {
        // The data may list an event that lasts for years after one that starts within it.
        let dataset =
            dataset_listed(vec![(date("2016"), None), (date("2018-03-01"), None), (date("2017"), Some(date("2019")))]);
        let axis = Axis::new(dataset, false);
        assert_eq!(kinds(&axis), [year(2016), year(2017), year(2018)]);
        let slugs = |segment: &Segment| segment.marks.iter().map(|mark| mark.entry.slug).collect::<Vec<_>>();
        assert_eq!(axis.segments.iter().map(slugs).collect::<Vec<_>>(), [["entry-0"], ["entry-2"], ["entry-1"]]);
    }

    #[test]
    fn a_span_is_drawn_only_across_the_segments_from_its_start_to_its_end() {
        let span = (date("2003-03-01"), Some(date("2005-06")));
        let dataset = dataset_of(vec![(date("2000-01"), None), span, (date("2005-09"), None), (date("2010"), None)]);
        let axis = Axis::new(dataset, false);
        let pieces: Vec<(SegmentKind, f64, f64)> = axis
            .segments
            .iter()
            .flat_map(|segment| segment.spans.iter().map(move |piece| (segment.kind, piece.start, piece.end)))
            .collect();
        assert_eq!(
            pieces,
            [
                (year(2003), 0.5, 1.0),
                (SegmentKind::Break { first: 2004, last: 2004 }, 0.0, 1.0),
                (year(2005), 0.0, 167.5 / 366.0),
            ],
            "from its mark, across the break, to the middle of June; nothing before or after"
        );
        assert!(axis.segments.iter().flat_map(|s| &s.spans).all(|piece| piece.entry.slug == "entry-1"));
        let css = Axis::stylesheet(dataset);
        assert!(
            css.contains(".axis-scale.main-tier #axis-span-entry-1-axis-year-2003 { left: 50.000%; width: 50.000%; }")
        );
        assert!(
            css.contains(".axis-scale.main-tier #axis-span-entry-1-axis-break-2004 { left: 0.000%; width: 100.000%; }")
        );
        assert!(
            css.contains(".axis-scale.main-tier #axis-span-entry-1-axis-year-2005 { left: 0.000%; width: 45.765%; }")
        );
    }

    #[test]
    fn past_the_limit_years_show_counts_instead_of_marks() {
        let at_limit = dataset_on(vec![date("2018-09-21"); MAX_MARKS]);
        assert!(Axis::new(at_limit, false).has_marks());
        assert!(Axis::stylesheet(at_limit).contains(&format!("#{} {{ left: ", mark_slot_id("entry-0"))));
        let over = dataset_on(vec![date("2018-09-21"); MAX_MARKS + 1]);
        let axis = Axis::new(over, false);
        assert_eq!(axis.marks().count(), MAX_MARKS + 1, "every entry still counts in its year");
        assert!(!axis.has_marks());
        let css = Axis::stylesheet(over);
        assert!(!css.contains("#axis-at-"), "no mark is placed");
        assert!(css.contains("grid-template-columns: minmax(3.20em, 501.80fr);"), "the year keeps its room");
    }

    #[test]
    fn numbers_are_written_as_css_writes_them() {
        assert_eq!(css_percent(0.0), "0.000%");
        assert_eq!(css_percent(0.123456), "12.346%");
        assert_eq!(css_percent(1.0), "100.000%");
        assert_eq!(css_percent(1.5), "100.000%");
        assert_eq!(decimal(12.8), "12.80");
        assert_eq!(decimal(0.005), "0.01");
        assert_eq!(decimal(2.0), "2.00");
    }
}
