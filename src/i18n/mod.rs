//! Everything the interface says, in each language the site is published in. The texts are
//! written by hand (`en.rs`, `ko.rs`); nothing is translated at run time. A view asks for its
//! page's language's [`UiText`] and never spells a sentence itself, so that a Korean page
//! shows no English interface text (a test scans the rendered Korean pages for any).

mod en;
mod ko;

use timeline_data::language::Language;
use timeline_data::model::{ActorGroup, ProvenanceKind};

use crate::query::Notice;

/// The interface's texts in one language. Texts with parts that vary are functions.
pub struct UiText {
    // The site
    pub site_name: &'static str,
    pub question: &'static str,
    pub lede: &'static str,
    pub about_the_sources: &'static str,
    pub read_the_source: &'static str,
    pub skip_to_timeline: &'static str,
    pub home_title: &'static str,
    pub home_description: fn(usize) -> String,
    pub kind_description: fn(&str, usize) -> String,
    pub not_found_title: &'static str,
    pub not_found_description: &'static str,
    pub other_language: &'static str,

    // Keyboard shortcuts
    pub keyboard_shortcuts: &'static str,
    pub shortcuts_hint: &'static str,
    pub next_entry: &'static str,
    pub previous_entry: &'static str,
    pub search_the_timeline: &'static str,
    pub show_shortcuts: &'static str,
    pub or: &'static str,
    pub close: &'static str,

    // What a link asked for that could not be used
    pub about_this_link: &'static str,
    pub unknown_entry: fn(&str) -> String,
    pub no_page_here: &'static str,
    pub no_page_at: fn(&str) -> String,
    pub link_problems: &'static str,
    pub notice: fn(&Notice) -> String,
    pub dismiss: &'static str,

    // The time axis
    pub time_axis: &'static str,
    pub entries_by_date: &'static str,
    pub years: &'static str,
    pub hidden_by_filters: &'static str,
    pub no_entries_in_years: &'static str,
    pub range_separator: &'static str,
    /// A year or a period on the axis: its years ("2018", or "1950–1959" with the range
    /// separator), how many of its entries the filters show, and how many it has.
    pub year_with_entries: fn(&str, usize, usize) -> String,

    // The filters
    pub filter_the_timeline: &'static str,
    pub browse_by_kind: &'static str,
    pub filters_need_javascript: &'static str,
    pub all_entries: &'static str,
    pub search_label: &'static str,
    pub kind_of_event: &'static str,
    pub who_was_involved: &'static str,
    pub actor_group: fn(ActorGroup) -> &'static str,
    pub selected: fn(usize) -> String,
    pub when: &'static str,
    pub from_year: &'static str,
    pub to_year: &'static str,
    pub background_events: &'static str,
    pub show_background_events: &'static str,
    pub background_hint: &'static str,
    pub matching_of_total: fn(usize, usize) -> String,
    pub entries: fn(usize) -> String,
    pub clear_all_filters: &'static str,
    pub download: fn(&str) -> String,
    pub filters: fn(usize) -> String,
    pub active_filters: &'static str,
    pub remove_filter: fn(&str) -> String,
    pub from_year_chip: fn(u16) -> String,
    pub to_year_chip: fn(u16) -> String,
    pub close_filters: &'static str,
    pub show_entries: fn(usize) -> String,

    // The people
    pub people_in_this_story: &'static str,
    pub people_hint: &'static str,

    // The timeline
    pub timeline: &'static str,
    pub years_later: fn(u16) -> String,
    pub no_entries_in: fn(u16) -> String,
    pub no_entries_between: fn(u16, u16) -> String,
    pub no_match: &'static str,
    /// The link to the same search in the other edition, written in that edition's language:
    /// it is offered to a reader whose search is in that language's script.
    pub search_other_edition: &'static str,
    pub showing_of: fn(usize, usize) -> String,
    pub show_more: &'static str,
    pub show_earlier: &'static str,

    // An entry
    pub provenance: fn(ProvenanceKind) -> &'static str,
    pub provenance_badge: fn(ProvenanceKind) -> &'static str,
    pub background_badge: &'static str,
    pub the_articles_words: &'static str,
    pub public_record: &'static str,
    pub part_of_the_article: &'static str,
    pub introduction: &'static str,
    pub related_publication: &'static str,
    pub outside_filter: &'static str,
    pub elements_in_words: fn(usize, &str) -> String,
    pub involved: &'static str,
    pub related: &'static str,
    pub related_to: fn(&str) -> String,
    pub translation: &'static str,
    pub attribution: fn(&str, Option<&str>) -> String,
    pub copy_link: &'static str,
    pub share: &'static str,
    pub link_copied: &'static str,
    pub copy_refused: &'static str,

    // Embedding
    pub open_full_timeline: &'static str,
    pub embed: &'static str,
    pub embed_this_view: &'static str,
    pub embed_title: &'static str,
    pub embed_hint: &'static str,
    pub embed_code: &'static str,
    pub copy_code: &'static str,
    pub code_copied: &'static str,
}

/// The interface's texts for pages in `language`. A browser build serves the pages of one
/// language and carries that language's texts only.
pub fn ui(language: Language) -> &'static UiText {
    let language = if cfg!(target_arch = "wasm32") { crate::BROWSER_LANGUAGE } else { language };
    match language {
        Language::English => &en::TEXT,
        Language::Korean => &ko::TEXT,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_offer_of_the_other_edition_is_written_in_its_language() {
        let hangul = |text: &str| text.chars().any(timeline_data::hangul::is_hangul);
        assert!(hangul(ui(Language::English).search_other_edition), "read by whoever searched in Hangul");
        assert!(!hangul(ui(Language::Korean).search_other_edition), "read by whoever searched in English");
    }

    #[test]
    fn the_two_languages_say_different_things_everywhere() {
        // A text left in English in the Korean catalogue (or empty) is a text not translated.
        let (en, ko) = (ui(Language::English), ui(Language::Korean));
        let pairs = [
            (en.site_name, ko.site_name),
            (en.question, ko.question),
            (en.lede, ko.lede),
            (en.about_the_sources, ko.about_the_sources),
            (en.skip_to_timeline, ko.skip_to_timeline),
            (en.keyboard_shortcuts, ko.keyboard_shortcuts),
            (en.filter_the_timeline, ko.filter_the_timeline),
            (en.search_label, ko.search_label),
            (en.clear_all_filters, ko.clear_all_filters),
            (en.show_background_events, ko.show_background_events),
            (en.timeline, ko.timeline),
            (en.no_match, ko.no_match),
            (en.copy_link, ko.copy_link),
            (en.translation, ko.translation),
            (en.other_language, ko.other_language),
        ];
        for (english, korean) in pairs {
            assert!(!korean.trim().is_empty() && english != korean, "{english:?} has no Korean text");
            assert!(korean.chars().any(|c| ('가'..='힣').contains(&c)), "{korean:?} is not Korean");
        }
        assert_ne!((en.entries)(3), (ko.entries)(3));
        assert_ne!((en.notice)(&Notice::TextTooLong), (ko.notice)(&Notice::TextTooLong));
    }

    #[test]
    fn counts_agree_in_number() {
        let en = ui(Language::English);
        assert_eq!((en.entries)(1), "1 entry");
        assert_eq!((en.entries)(2), "2 entries");
        assert_eq!((en.matching_of_total)(5, 19), "5 of 19 entries");
        assert_eq!((en.year_with_entries)("2018", 10, 10), "2018: 10 entries");
        assert_eq!((en.year_with_entries)("2018", 2, 10), "2018: 2 of 10 entries shown");
        assert_eq!((en.year_with_entries)("1953", 0, 1), "1953: 0 of 1 entry shown");
        assert_eq!((en.show_entries)(1), "Show 1 entry");
        assert_eq!((en.filters)(0), "Filters");
        assert_eq!((en.filters)(2), "Filters (2)");
        let ko = ui(Language::Korean);
        assert_eq!((ko.entries)(1), "항목 1개");
        assert_eq!((ko.matching_of_total)(5, 19), "항목 19개 중 5개");
        assert_eq!((ko.year_with_entries)("2018", 10, 10), "2018년: 항목 수 10");
        assert_eq!((ko.year_with_entries)("2018", 2, 10), "2018년: 항목 수 2 (전체 10)");
        assert_eq!((en.year_with_entries)("1950–1959", 12, 12), "1950–1959: 12 entries");
        assert_eq!((ko.year_with_entries)("1950~1959", 3, 12), "1950~1959년: 항목 수 3 (전체 12)");
    }

    #[test]
    fn a_years_count_on_the_axis_is_a_word_of_its_name() {
        // WCAG 2.5.3, label in name: the count shown is read out as it is shown ("10", not "10개").
        for language in [Language::English, Language::Korean] {
            for (shown, total) in [(10, 10), (3, 10), (0, 7), (1, 1)] {
                let name = (ui(language).year_with_entries)("2018", shown, total);
                let words: Vec<&str> = name.split(|c: char| !c.is_alphanumeric()).collect();
                assert!(words.contains(&shown.to_string().as_str()), "{name}");
            }
        }
    }
}
