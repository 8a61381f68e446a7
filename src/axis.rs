//! The overview axis's scale. The timeline's shape is one event in 1953, nothing for 64 years,
//! then dense years: a linear scale would spend the screen on empty decades. Here every year
//! that has entries gets a segment sized by how many it has, and every run of empty years
//! becomes one narrow, labelled break. Positions run from 0 to 1 across the axis.

use timeline_data::model::{Dataset, Entry};

/// Width of a break, however many years it hides, relative to one entry's share.
const BREAK_WEIGHT: f64 = 2.0;
/// Width every year with entries gets before its entries add to it.
const YEAR_BASE_WEIGHT: f64 = 0.8;
/// Each entry's share of its year's segment.
const ENTRY_WEIGHT: f64 = 1.0;
/// Marks in one year are at least this far apart, as a fraction of their year's segment.
const MIN_GAP_IN_YEAR: f64 = 0.5;

/// Beyond this many entries the axis draws years and how many entries each has, not one mark
/// per entry: thousands of marks would be neither legible nor quick.
pub const MAX_MARKS: usize = 500;

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum SegmentKind {
    /// A year with entries.
    Year(u16),
    /// Consecutive years without entries, drawn as one break.
    Break { first: u16, last: u16 },
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Segment {
    pub kind: SegmentKind,
    pub start: f64,
    pub end: f64,
}

/// Where one entry's mark sits.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Mark {
    pub entry: &'static Entry,
    pub position: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Axis {
    pub segments: Vec<Segment>,
    /// In the dataset's (chronological) order.
    pub marks: Vec<Mark>,
}

/// Where in its year (0 to 1) a date falls: the middle of the period it names, so "2018"
/// sits mid-year and "October 2018" mid-October.
fn fraction_of_year(entry: &Entry) -> f64 {
    let day_of_year = |(_, month, day): (u16, u8, u8)| f64::from(month - 1) * 30.5 + f64::from(day - 1);
    let middle = (day_of_year(entry.date.first_day()) + day_of_year(entry.date.last_day())) / 2.0;
    (middle + 0.5) / 366.0
}

impl Axis {
    pub fn new(dataset: &Dataset) -> Axis {
        let mut years: Vec<(u16, Vec<&'static Entry>)> = Vec::new();
        for entry in dataset.entries {
            match years.last_mut() {
                Some((year, entries)) if *year == entry.first_year() => entries.push(entry),
                _ => years.push((entry.first_year(), vec![entry])),
            }
        }
        years.sort_by_key(|(year, _)| *year);

        let mut weighted = Vec::new();
        for (i, (year, entries)) in years.iter().enumerate() {
            if let Some((previous, _)) = i.checked_sub(1).map(|p| &years[p]) {
                if *year > previous + 1 {
                    weighted.push((SegmentKind::Break { first: previous + 1, last: year - 1 }, BREAK_WEIGHT));
                }
            }
            weighted.push((SegmentKind::Year(*year), YEAR_BASE_WEIGHT + ENTRY_WEIGHT * entries.len() as f64));
        }
        let total: f64 = weighted.iter().map(|(_, weight)| weight).sum();
        let mut segments = Vec::new();
        let mut start = 0.0;
        for (kind, weight) in weighted {
            let end = start + weight / total;
            segments.push(Segment { kind, start, end });
            start = end;
        }

        let mut marks = Vec::new();
        for (year, entries) in &years {
            let segment =
                segments.iter().find(|s| s.kind == SegmentKind::Year(*year)).expect("every year has a segment");
            for (entry, offset) in entries.iter().zip(spread(entries)) {
                marks.push(Mark { entry, position: segment.start + offset * (segment.end - segment.start) });
            }
        }
        Axis { segments, marks }
    }

    /// Whether each entry gets its own mark (see [`MAX_MARKS`]).
    pub fn has_marks(&self) -> bool {
        self.marks.len() <= MAX_MARKS
    }

    /// Where everything sits, as a stylesheet written at build time: the positions follow
    /// from the bundled data alone, and the site's Content Security Policy refuses inline
    /// `style` attributes.
    pub fn stylesheet(&self) -> String {
        let percent = css_percent;
        let mut css =
            String::from("/* Generated at build time from the timeline's data: positions on the time axis. */\n");
        for segment in &self.segments {
            let width = percent(segment.end - segment.start);
            css += &format!("#{} {{ left: {}; width: {width}; }}\n", segment_id(segment.kind), percent(segment.start));
        }
        for mark in self.marks.iter().filter(|_| self.has_marks()) {
            css += &format!("#{} {{ left: {}; }}\n", mark_slot_id(mark.entry.slug), percent(mark.position));
        }
        css
    }
}

/// A position (0 to 1) as a CSS percentage with three decimals. Written with integers: float
/// formatting would add some 10 KB to the browser build for this one use.
pub fn css_percent(position: f64) -> String {
    let thousandths = (position.clamp(0.0, 1.0) * 100_000.0).round() as u32;
    format!("{}.{:03}%", thousandths / 1000, thousandths % 1000)
}

/// The id of the element that holds a mark's place on the axis.
pub fn mark_slot_id(slug: &str) -> String {
    format!("axis-at-{slug}")
}

/// The id of a year's or a break's place on the axis.
pub fn segment_id(kind: SegmentKind) -> String {
    match kind {
        SegmentKind::Year(year) => format!("axis-year-{year}"),
        SegmentKind::Break { first, .. } => format!("axis-break-{first}"),
    }
}

/// Offsets (0 to 1) within a year for its entries, in date order: each at its date, but never
/// closer to its neighbour than an even share of the year allows, so that entries on the same
/// day stay apart. A forward pass pushes crowded marks later, a backward pass pulls any that
/// ran past the year's end back in; an even share always fits, so both hold together.
fn spread(entries: &[&Entry]) -> Vec<f64> {
    let count = entries.len() as f64;
    let min_gap = MIN_GAP_IN_YEAR / count;
    let margin = min_gap / 2.0;
    let mut offsets: Vec<f64> = Vec::with_capacity(entries.len());
    for entry in entries {
        let at = margin + fraction_of_year(entry) * (1.0 - 2.0 * margin);
        offsets.push(offsets.last().map_or(at, |previous| at.max(previous + min_gap)));
    }
    let mut limit = 1.0 - margin;
    for offset in offsets.iter_mut().rev() {
        *offset = offset.min(limit);
        limit = *offset - min_gap;
    }
    offsets
}
