//! The article's timeline, compiled from `assets/timeline.json` by the build script.

include!(concat!(env!("OUT_DIR"), "/dataset.rs"));

#[cfg(test)]
mod tests {
    use super::*;
    use timeline_data::date::Precision;
    use timeline_data::language::Language;
    use timeline_data::model::ProvenanceKind;

    const SOURCE: &str = include_str!("../assets/source/article.txt");

    fn entry(slug: &str) -> &'static Entry {
        DATASET.entry(slug).unwrap_or_else(|| panic!("no entry {slug}"))
    }

    #[test]
    fn the_main_tier_runs_from_the_armistice_to_the_last_publication_and_the_war_comes_before() {
        let main_tier: Vec<_> = DATASET.entries.iter().filter(|e| !e.background).collect();
        assert_eq!(main_tier.first().unwrap().date.iso(), "1953-07-27");
        let last = DATASET.entries.last().unwrap();
        assert_eq!((last.date.iso(), last.kind.id), ("2024-10-29".to_owned(), "publication"));
        let war = DATASET.entries.first().unwrap();
        assert_eq!((war.slug, war.background), ("korean-war", true));
        assert_eq!(
            (war.date.iso(), war.end.map(|end| end.iso())),
            ("1950-06-25".to_owned(), Some("1953-07-27".to_owned()))
        );
    }

    #[test]
    fn entries_never_go_back_in_time() {
        for pair in DATASET.entries.windows(2) {
            let (earlier, later) = (&pair[0], &pair[1]);
            assert!(
                later.end.unwrap_or(later.date).last_day() >= earlier.date.first_day(),
                "{} ends before {} begins",
                later.slug,
                earlier.slug
            );
        }
    }

    #[test]
    fn every_quote_and_every_quoted_date_is_verbatim_from_the_article() {
        for entry in DATASET.entries {
            for quote in entry.quotes {
                assert!(SOURCE.contains(quote.text), "{}: {:?}", entry.slug, quote.text);
            }
            if let Some(words) = entry.provenance.words {
                assert!(SOURCE.contains(words), "{}: {words:?}", entry.slug);
            }
        }
    }

    #[test]
    fn dates_the_article_gives_only_relatively_are_not_labelled_as_stated() {
        for slug in [
            "moon-le-figaro-interview",
            "trump-weighs-second-summit",
            "aum-park-cnn-essay",
            "usip-article-end-of-war-declaration",
            "north-korean-troops-in-russia",
            "usip-briefing-with-journalists",
            "yun-leaves-special-representative-post",
        ] {
            assert_ne!(entry(slug).provenance.kind, ProvenanceKind::Stated, "{slug}");
        }
        assert_eq!(entry("singapore-summit").provenance.kind, ProvenanceKind::Stated, "the caption prints the date");
        assert_eq!(entry("publication-north-korean-troops-in-russia").provenance.kind, ProvenanceKind::Stated);
    }

    #[test]
    fn each_kind_of_provenance_carries_what_it_promises() {
        for entry in DATASET.entries {
            let provenance = &entry.provenance;
            assert!(!provenance.note.en.is_empty() && !provenance.note.ko.is_empty(), "{}", entry.slug);
            match provenance.kind {
                ProvenanceKind::Stated | ProvenanceKind::Inferred => {
                    assert!(provenance.words.is_some(), "{}", entry.slug)
                }
                ProvenanceKind::Added => {
                    let source = provenance.source.as_ref().unwrap_or_else(|| panic!("{} has no source", entry.slug));
                    assert!(source.url.starts_with("https://"), "{}", entry.slug);
                }
            }
            if provenance.kind == ProvenanceKind::Inferred {
                let words = provenance.words.unwrap();
                assert!(
                    provenance.note.en.contains(words),
                    "{}: an inferred date's note quotes the article",
                    entry.slug
                );
            }
            if entry.background {
                assert_eq!(provenance.kind, ProvenanceKind::Added, "{}", entry.slug);
            }
        }
        for kind in [ProvenanceKind::Stated, ProvenanceKind::Inferred, ProvenanceKind::Added] {
            assert!(DATASET.entries.iter().any(|entry| entry.provenance.kind == kind), "{kind:?} is used");
        }
    }

    #[test]
    fn the_background_holds_what_the_publications_take_for_granted() {
        let background: Vec<&str> = DATASET.entries.iter().filter(|e| e.background).map(|e| e.slug).collect();
        for slug in [
            "korean-war",
            "russia-full-scale-invasion-of-ukraine",
            "yoon-first-nato-summit-madrid",
            "yoon-second-nato-summit-vilnius",
            "north-korean-troops-shipped-to-russia",
            "nato-dangerous-expansion-statement",
            "kim-reassurance-on-us-troops",
            "moon-reassurance-on-us-troops",
        ] {
            assert!(background.contains(&slug), "{slug} is a background event");
        }
        assert_eq!(entry("nato-summit-july-2024").date_in_words(Language::English), "9–11 July 2024");
        assert_eq!(entry("korean-war").date_in_words(Language::Korean), "1950년 6월 25일~1953년 7월 27일");
    }

    #[test]
    fn vague_dates_keep_the_precision_their_sources_give() {
        assert_eq!(entry("usip-article-end-of-war-declaration").date.precision(), Precision::Month);
        assert_eq!(entry("singapore-summit").date.precision(), Precision::Day);
    }

    #[test]
    fn every_text_is_written_in_both_languages() {
        let texts = DATASET
            .kinds
            .iter()
            .map(|kind| kind.label)
            .chain(DATASET.actors.iter().flat_map(|actor| [Some(actor.name), actor.role].into_iter().flatten()));
        let entries = DATASET.entries.iter().flat_map(|entry| {
            [entry.title, entry.summary, entry.provenance.note]
                .into_iter()
                .chain(entry.publication_type)
                .chain(entry.elements.iter().map(|element| element.label))
        });
        for text in texts.chain(entries) {
            assert!(!text.en.trim().is_empty() && !text.ko.trim().is_empty(), "{text:?}");
            assert!(
                text.ko.chars().any(|c| ('가'..='힣').contains(&c)) || text.ko == text.en,
                "{text:?} has no Hangul"
            );
        }
        for quote in DATASET.entries.iter().flat_map(|entry| entry.quotes) {
            assert!(
                quote.korean.chars().any(|c| ('가'..='힣').contains(&c)),
                "{:?} has no Korean translation",
                quote.text
            );
        }
        assert_eq!(entry("moon-le-figaro-interview").actors[0].name.ko, "문재인");
    }

    #[test]
    fn the_four_related_publications_have_their_types() {
        let publications: Vec<_> = DATASET.entries.iter().filter(|e| e.publication_type.is_some()).collect();
        assert_eq!(publications.len(), 4);
        let questions =
            publications.iter().filter(|e| e.publication_type.is_some_and(|kind| kind.en == "Question and Answer"));
        assert_eq!(questions.count(), 1);
    }

    #[test]
    fn related_entries_point_both_ways() {
        for entry in DATASET.entries {
            for slug in entry.related {
                let other = DATASET.entry(slug).unwrap_or_else(|| panic!("{} relates to missing {slug}", entry.slug));
                assert!(other.related.contains(&entry.slug), "{slug} does not point back to {}", entry.slug);
            }
        }
        let proposal = entry("end-of-war-declaration-proposal");
        assert!(proposal.related.contains(&"armistice-signed"));
        assert!(proposal.related.contains(&"singapore-summit"));
    }
}
