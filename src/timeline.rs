//! What the timeline shows for a filter: the matching entries grouped by year, with the empty
//! stretches between them marked as gaps rather than left as empty scrolling, and which of
//! them are rendered (a window that grows as the reader asks for more).

use std::ops::Range;

use timeline_data::language::Language;
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
pub fn visible_entries(
    dataset: &Dataset,
    filter: &Filter,
    current: Option<&Entry>,
    language: Language,
) -> Vec<VisibleEntry> {
    let shown = filter.matcher(language);
    dataset
        .entries
        .iter()
        .filter_map(|entry| {
            let is_current = current.is_some_and(|current| std::ptr::eq(current, entry));
            let matches = shown(entry);
            (matches || is_current).then_some(VisibleEntry { entry, outside_filter: !matches })
        })
        .collect()
}

/// How many entries are rendered at first on the timeline's page, and added each time the
/// reader asks for more or reaches the end. Thirty fill many screens, even a desktop's; every
/// entry more is laid out before the first paint, which a phone pays for in text shaping.
pub const RENDER_STEP: usize = 30;

/// Which of the visible entries are rendered: those from `before` entries ahead of the anchor
/// (the entry a page is for, else the first) to `after` entries behind it. A long timeline
/// is rendered a window at a time, and so is each entry's page ahead of time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RenderWindow {
    pub before: usize,
    pub after: usize,
}

impl RenderWindow {
    /// The timeline's page: the first entries.
    pub const START: RenderWindow = RenderWindow { before: 0, after: RENDER_STEP - 1 };
    /// An entry's page: the entry first, then the entries after it; earlier ones on request.
    /// The entry opens the page's timeline, so it is what the reader sees first, and the page
    /// stays small however long the timeline (a site of thousands of entries grows linearly).
    pub const AROUND_ENTRY: RenderWindow = RenderWindow { before: 0, after: 9 };

    /// The window a page starts with.
    pub fn initial(current: Option<&Entry>) -> RenderWindow {
        if current.is_some() {
            RenderWindow::AROUND_ENTRY
        } else {
            RenderWindow::START
        }
    }

    /// The rendered part of `visible`: the window around `anchor`, stretched to include every
    /// entry in `must_include` and the first entry of `year`, so that the entry a link opens
    /// and the place focus goes to are never missing from the page.
    pub fn range(
        self,
        visible: &[VisibleEntry],
        anchor: Option<&Entry>,
        must_include: &[Option<&Entry>],
        year: Option<u16>,
    ) -> Range<usize> {
        let position = |wanted: &Entry| visible.iter().position(|item| std::ptr::eq(item.entry, wanted));
        let at = anchor.and_then(position).unwrap_or(0);
        let mut start = at.saturating_sub(self.before);
        let mut end = at.saturating_add(self.after).saturating_add(1).min(visible.len());
        let needed = must_include
            .iter()
            .flatten()
            .filter_map(|entry| position(entry))
            .chain(year.and_then(|year| visible.iter().position(|item| item.entry.first_year() == year)));
        for index in needed {
            start = start.min(index);
            end = end.max(index + 1);
        }
        start.min(end)..end
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::DATASET;

    fn everything() -> Vec<VisibleEntry> {
        visible_entries(&DATASET, &Filter { background: true, ..Filter::default() }, None, Language::English)
    }

    #[test]
    fn the_empty_decades_after_the_armistice_are_one_gap() {
        let main_tier = visible_entries(&DATASET, &Filter::default(), None, Language::English);
        let rows = rows(&main_tier);
        assert!(matches!(&rows[0], Row::Year { year: 1953, entries } if entries.len() == 1));
        assert_eq!(rows[1], Row::Gap { first_empty: 1954, last_empty: 2017 });
        assert_eq!(Row::gap_length(1954, 2017), 65);
        assert!(matches!(rows[2], Row::Year { year: 2018, .. }));
        let in_rows: Vec<&str> = rows
            .iter()
            .flat_map(|row| match row {
                Row::Year { entries, .. } => entries.iter().map(|item| item.entry.slug).collect(),
                Row::Gap { .. } => Vec::new(),
            })
            .collect();
        assert_eq!(
            in_rows,
            main_tier.iter().map(|item| item.entry.slug).collect::<Vec<_>>(),
            "every entry once, in order"
        );
    }

    #[test]
    fn a_single_empty_year_is_a_gap_of_two_years_and_neighbours_have_none() {
        let years = |list: &[u16]| -> Vec<Row> {
            let visible: Vec<VisibleEntry> = list
                .iter()
                .map(|year| everything().into_iter().find(|item| item.entry.first_year() == *year).unwrap())
                .collect();
            rows(&visible)
        };
        assert_eq!(years(&[2022, 2023]).len(), 2, "consecutive years have no gap between them");
        let with_gap = years(&[2018, 2022]);
        assert_eq!(with_gap[1], Row::Gap { first_empty: 2019, last_empty: 2021 });
        assert_eq!(Row::gap_length(2019, 2021), 4);
        assert_eq!(Row::gap_length(2019, 2019), 2);
    }

    #[test]
    fn an_entry_the_filter_hides_is_still_shown_when_a_link_opens_it() {
        let armistice = DATASET.entry("armistice-signed").unwrap();
        let filter = Filter { kinds: ["publication"].into(), ..Filter::default() };
        let visible = visible_entries(&DATASET, &filter, Some(armistice), Language::English);
        let opened = visible.iter().find(|item| item.entry.slug == "armistice-signed").unwrap();
        assert!(opened.outside_filter);
        assert!(visible.iter().filter(|item| !item.outside_filter).all(|item| item.entry.kind.id == "publication"));
        assert_eq!(visible.iter().filter(|item| item.outside_filter).count(), 1);
        let without = visible_entries(&DATASET, &filter, None, Language::English);
        assert_eq!(without.len() + 1, visible.len());
    }

    #[test]
    fn the_start_window_shows_the_first_entries_and_grows_by_steps() {
        let all = everything();
        assert_eq!(RenderWindow::START.range(&all, None, &[], None), 0..all.len().min(RENDER_STEP));
        let three = RenderWindow { before: 0, after: 2 };
        assert_eq!(three.range(&all, None, &[], None), 0..3);
        assert_eq!(RenderWindow { before: 0, after: 1_000 }.range(&all, None, &[], None), 0..all.len());
    }

    #[test]
    fn an_entrys_window_surrounds_it_and_stays_inside_the_list() {
        let all = everything();
        let at = 10;
        let anchor = Some(all[at].entry);
        let window = RenderWindow { before: 2, after: 3 };
        assert_eq!(window.range(&all, anchor, &[], None), at - 2..at + 4);
        assert_eq!(window.range(&all, Some(all[0].entry), &[], None), 0..4, "nothing before the first");
        let last = all.len() - 1;
        assert_eq!(window.range(&all, Some(all[last].entry), &[], None), last - 2..all.len(), "nothing after the last");
        let wider = RenderWindow { before: 5, after: 3 };
        assert_eq!(wider.range(&all, anchor, &[], None).start, at - 5, "showing earlier entries reaches further back");
    }

    #[test]
    fn the_window_stretches_to_the_current_entry_and_where_focus_goes() {
        let all = everything();
        let last = all.last().unwrap().entry;
        let three = RenderWindow { before: 0, after: 2 };
        assert_eq!(three.range(&all, None, &[Some(last), None], None), 0..all.len());
        let first_2024 = all.iter().position(|item| item.entry.first_year() == 2024).unwrap();
        assert_eq!(three.range(&all, None, &[None, None], Some(2024)), 0..first_2024 + 1);
        let second = all[1].entry;
        assert_eq!(RenderWindow { before: 0, after: 0 }.range(&all, None, &[None, Some(second)], None), 0..2);
        let at_end = RenderWindow { before: 1, after: 1 }.range(&all, Some(last), &[Some(all[0].entry)], None);
        assert_eq!(at_end, 0..all.len(), "an entry before the window pulls its start back");
    }

    #[test]
    fn an_anchor_the_filter_hides_anchors_at_the_start() {
        let all = everything();
        let hidden = DATASET.entry("armistice-signed").unwrap();
        let filtered: Vec<VisibleEntry> = all.iter().copied().filter(|item| item.entry.slug != hidden.slug).collect();
        assert_eq!(RenderWindow { before: 3, after: 1 }.range(&filtered, Some(hidden), &[], None), 0..2);
    }

    #[test]
    fn a_long_timeline_renders_one_step_at_first_and_an_entry_page_ten_entries() {
        let all = everything();
        let long: Vec<VisibleEntry> = all.iter().cycle().take(3 * RENDER_STEP).copied().collect();
        assert_eq!(RenderWindow::START.range(&long, None, &[], None), 0..RENDER_STEP);
        assert_eq!(RenderWindow::AROUND_ENTRY.range(&long, Some(all[5].entry), &[], None), 5..15);
        let grown = RenderWindow { after: RenderWindow::START.after + RENDER_STEP, ..RenderWindow::START };
        assert_eq!(grown.range(&long, None, &[], None), 0..2 * RENDER_STEP);
    }

    #[test]
    fn year_headings_have_anchors_to_jump_to() {
        assert_eq!(year_anchor(2018), "year-2018");
    }

    #[test]
    fn an_empty_list_renders_nothing() {
        assert_eq!(RenderWindow::START.range(&[], None, &[], Some(2018)), 0..0);
    }

    #[test]
    fn entry_pages_start_with_the_window_around_the_entry() {
        assert_eq!(RenderWindow::initial(None), RenderWindow::START);
        assert_eq!(RenderWindow::initial(DATASET.entry("singapore-summit")), RenderWindow::AROUND_ENTRY);
    }
}
