//! The bundled data as the app sees it.

use peace_timeline::dataset::DATASET;
use timeline_data::date::Precision;

const SOURCE: &str = include_str!("../assets/source/article.txt");

#[test]
fn spans_the_armistice_to_the_last_publication() {
    let first = DATASET.entries.first().unwrap();
    let last = DATASET.entries.last().unwrap();
    assert_eq!(first.date.iso(), "1953-07-27");
    assert_eq!(last.date.iso(), "2024-10-29");
    assert_eq!(last.kind.id, "publication");
}

#[test]
fn slugs_are_unique_and_url_safe() {
    let mut seen = std::collections::HashSet::new();
    for entry in DATASET.entries {
        assert!(seen.insert(entry.slug), "duplicate slug {}", entry.slug);
        assert!(
            entry
                .slug
                .split('-')
                .all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())),
            "{} is not URL-safe",
            entry.slug
        );
    }
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
fn every_quote_is_verbatim_from_the_article() {
    for entry in DATASET.entries {
        for quote in entry.quotes {
            assert!(SOURCE.contains(quote.text), "{}: {:?}", entry.slug, quote.text);
        }
    }
}

#[test]
fn the_well_known_dates_are_marked_as_added() {
    for (slug, iso) in [
        ("armistice-signed", "1953-07-27"),
        ("us-midterm-election", "2018-11-06"),
        ("cop28-triple-nuclear-energy-declaration", "2023-12-02"),
        ("north-korea-russia-defense-pledge", "2024-06-19"),
        ("nato-summit-july-2024", "2024-07-09"),
    ] {
        let entry = DATASET.entry(slug).unwrap_or_else(|| panic!("no entry {slug}"));
        assert_eq!(entry.date.iso(), iso);
        assert!(entry.provenance.is_added(), "{slug} should be marked as added");
    }
    let singapore = DATASET.entry("singapore-summit").unwrap();
    assert_eq!(singapore.date.iso(), "2018-06-12");
    assert!(!singapore.provenance.is_added(), "the article states the Singapore date itself");
}

#[test]
fn vague_dates_keep_the_articles_precision() {
    let yun_leaves = DATASET.entry("yun-leaves-special-representative-post").unwrap();
    assert_eq!(yun_leaves.date.precision(), Precision::Month);
    let article = DATASET.entry("usip-article-end-of-war-declaration").unwrap();
    assert_eq!(article.date.iso(), "2018-10");
}

#[test]
fn the_four_related_publications_have_their_types() {
    let publications: Vec<_> = DATASET.entries.iter().filter(|e| e.publication_type.is_some()).collect();
    assert_eq!(publications.len(), 4);
    assert_eq!(publications.iter().filter(|e| e.publication_type == Some("Question and Answer")).count(), 1);
}

#[test]
fn related_entries_point_both_ways() {
    for entry in DATASET.entries {
        for slug in entry.related {
            let other = DATASET.entry(slug).unwrap_or_else(|| panic!("{} relates to missing {slug}", entry.slug));
            assert!(other.related.contains(&entry.slug), "{slug} does not point back to {}", entry.slug);
        }
    }
    let proposal = DATASET.entry("end-of-war-declaration-proposal").unwrap();
    assert!(proposal.related.contains(&"armistice-signed"));
    assert!(proposal.related.contains(&"singapore-summit"));
}
