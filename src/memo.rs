//! The bundled data's axis and facet counts, remembered once worked out. Both take a pass over
//! every entry, and the build renders one page per entry and edition, nearly all with the same
//! filters: without this a site of n entries costs n² entry visits to build. The browser asks
//! again on every render of the filters, which this also spares. Per thread, as Yew's views are.

use std::cell::{OnceCell, RefCell};
use std::rc::Rc;

use timeline_data::language::Language;

use crate::axis::Axis;
use crate::dataset::DATASET;
use crate::filter::{FacetCounts, Filter};

/// How many filters' counts are kept: a page asks for those of its filters and those of the
/// people list (its filters without choices), and a reader goes back and forth between a few.
const REMEMBERED_FILTERS: usize = 4;

thread_local! {
    static AXES: [OnceCell<Rc<Axis>>; 2] = const { [OnceCell::new(), OnceCell::new()] };
    static FACET_COUNTS: RefCell<Vec<(Filter, Language, Rc<FacetCounts>)>> = const { RefCell::new(Vec::new()) };
}

/// The axis of the bundled data, with background events shown or not.
pub fn axis(background: bool) -> Rc<Axis> {
    AXES.with(|axes| Rc::clone(axes[usize::from(background)].get_or_init(|| Rc::new(Axis::new(&DATASET, background)))))
}

/// [`Filter::facet_counts`] of the bundled data.
pub fn facet_counts(filter: &Filter, language: Language) -> Rc<FacetCounts> {
    FACET_COUNTS.with(|remembered| {
        let mut remembered = remembered.borrow_mut();
        if let Some((_, _, counts)) =
            remembered.iter().find(|(known, known_language, _)| known == filter && *known_language == language)
        {
            return Rc::clone(counts);
        }
        let counts = Rc::new(filter.facet_counts(&DATASET, language));
        if remembered.len() == REMEMBERED_FILTERS {
            remembered.remove(0);
        }
        remembered.push((filter.clone(), language, Rc::clone(&counts)));
        counts
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn filters() -> Vec<Filter> {
        let kind = DATASET.entries[0].kind.id;
        let actor = DATASET.entries.iter().find_map(|entry| entry.actors.first()).expect("an entry with an actor").id;
        vec![
            Filter::default(),
            Filter { background: true, ..Filter::default() },
            Filter { kinds: [kind].into(), ..Filter::default() },
            Filter { actors: [actor].into(), ..Filter::default() },
            Filter { from_year: Some(2018), ..Filter::default() },
            Filter { text: "summit".to_owned(), ..Filter::default() },
            Filter { text: "정상회담".to_owned(), ..Filter::default() },
        ]
    }

    #[test]
    fn remembered_counts_are_those_of_the_filter_asked_about_in_either_language() {
        // More filters than are kept, asked about twice over, so that some answers come from
        // memory and some are worked out again after being dropped.
        for _ in 0..2 {
            for filter in filters() {
                for language in Language::ALL {
                    assert_eq!(*facet_counts(&filter, language), filter.facet_counts(&DATASET, language), "{filter:?}");
                }
            }
        }
        let differing = filters().windows(2).any(|pair| {
            pair[0].facet_counts(&DATASET, Language::English) != pair[1].facet_counts(&DATASET, Language::English)
        });
        assert!(differing, "the filters above should not all have the same counts");
        let korean_words = filters().pop().expect("a filter");
        assert_ne!(
            korean_words.facet_counts(&DATASET, Language::English),
            korean_words.facet_counts(&DATASET, Language::Korean),
            "a search in Hangul should count differently on Korean pages"
        );
    }

    #[test]
    fn asking_again_answers_from_memory() {
        let filter = Filter { to_year: Some(2000), ..Filter::default() };
        assert!(Rc::ptr_eq(&facet_counts(&filter, Language::Korean), &facet_counts(&filter, Language::Korean)));
        assert!(Rc::ptr_eq(&axis(true), &axis(true)));
    }

    #[test]
    fn each_variant_of_the_axis_is_the_one_it_names() {
        for background in [false, true] {
            assert_eq!(*axis(background), Axis::new(&DATASET, background));
        }
        assert_ne!(*axis(false), *axis(true), "the background events widen the axis");
    }
}
