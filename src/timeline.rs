//! What the timeline shows for a filter: the matching entries grouped by year, with the empty
//! stretches between them marked as gaps rather than left as empty scrolling.

use timeline_data::model::{Dataset, Entry};

use crate::filter::Filter;

/// An entry on screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct VisibleEntry {
    pub entry: &'static Entry,
    /// Shown only because a link opened it; the filter would hide it.
    pub outside_filter: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Row {
    Year {
        year: u16,
        entries: Vec<VisibleEntry>,
    },
    /// Whole years between two shown years without any shown entry.
    Gap {
        first_empty: u16,
        last_empty: u16,
    },
}

impl Row {
    /// Years from the shown year before a gap to the one after it.
    pub fn gap_length(first_empty: u16, last_empty: u16) -> u16 {
        last_empty - first_empty + 2
    }
}

/// The id of a year's heading, for links that jump to it.
pub fn year_anchor(year: u16) -> String {
    format!("year-{year}")
}

/// The entries the filter lets through, plus `current` wherever the filter would hide it.
pub fn visible_entries(dataset: &Dataset, filter: &Filter, current: Option<&Entry>) -> Vec<VisibleEntry> {
    dataset
        .entries
        .iter()
        .filter_map(|entry| {
            let is_current = current.is_some_and(|current| std::ptr::eq(current, entry));
            let matches = filter.matches(entry);
            (matches || is_current).then_some(VisibleEntry { entry, outside_filter: !matches })
        })
        .collect()
}

/// How many of `visible` to render: at least `requested`, and enough to include the current
/// entry and the place focus is going to, so that neither is ever missing from the page.
pub fn render_limit(visible: &[VisibleEntry], requested: usize, must_include: &[Option<&Entry>], year: Option<u16>) -> usize {
    let needed = visible
        .iter()
        .rposition(|item| {
            must_include.iter().flatten().any(|entry| std::ptr::eq(*entry, item.entry))
                || year.is_some_and(|year| item.entry.first_year() == year)
        })
        .map_or(0, |at| at + 1);
    requested.max(needed).min(visible.len())
}

/// Groups entries (in chronological order) by the year they start in, with a gap row wherever
/// at least one whole year passes between two groups.
pub fn rows(visible: &[VisibleEntry]) -> Vec<Row> {
    let mut rows: Vec<Row> = Vec::new();
    for item in visible {
        let year = item.entry.first_year();
        if let Some(Row::Year { year: last, entries }) = rows.last_mut() {
            if *last == year {
                entries.push(*item);
                continue;
            }
            if year > *last + 1 {
                let gap = Row::Gap { first_empty: *last + 1, last_empty: year - 1 };
                rows.push(gap);
            }
        }
        rows.push(Row::Year { year, entries: vec![*item] });
    }
    rows
}
