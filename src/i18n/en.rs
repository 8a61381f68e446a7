//! The interface in English.

use timeline_data::model::{ActorGroup, ProvenanceKind};

use super::UiText;
use crate::query::{sanitize_for_display as shown, Notice, MAX_TEXT_CHARS};

fn entries(count: usize) -> String {
    format!("{count} {}", if count == 1 { "entry" } else { "entries" })
}

/// A notice about a link; what it quotes from the link is shortened and cleaned for showing.
fn notice(notice: &Notice) -> String {
    match notice {
        Notice::UnknownKind(kind) => format!("Ignored the unknown kind of event “{}”.", shown(kind)),
        Notice::UnknownActor(actor) => format!("Ignored the unknown actor “{}”.", shown(actor)),
        Notice::UnknownParameter(key) => format!("Ignored the unknown parameter “{}”.", shown(key)),
        Notice::RepeatedParameter(key) => format!("The link gives “{key}” more than once; used the last one."),
        Notice::NotAYear { parameter, value } => format!("Ignored “{parameter}={}”: not a year.", shown(value)),
        Notice::ReversedYears { from, to } => {
            format!("The years were reversed ({from} after {to}); showing {to} to {from}.")
        }
        Notice::TextTooLong => format!("The search text was cut to {MAX_TEXT_CHARS} characters."),
        Notice::NotAFlag(value) => format!("Ignored “background={}”: it takes 1 or 0.", shown(value)),
        Notice::BrokenEscape => "Kept a malformed %-escape in the link as plain text.".to_owned(),
        Notice::InvalidUtf8 => "Replaced bytes in the link that are not valid text.".to_owned(),
        Notice::More(count) => format!("Ignored {count} more problems in the link."),
    }
}

pub static TEXT: UiText = UiText {
    site_name: "Korean peace timeline",
    question: "Should the U.S. declare an end to the Korean War?",
    lede: "The chronology behind the question, from the July 1953 armistice through the June 2018 Singapore \
           summit to the publications of 2024.",
    about_the_sources: "Every entry comes from a U.S. Institute of Peace article quoting Joseph Yun and Frank Aum, \
                        and its four related 2024 publications. Quotes are verbatim. Each entry says how its date is \
                        known: stated in the article, inferred from its words, or added from the public record with \
                        its source. Background events, from the public record, are shown on request. ",
    read_the_source: "Read the source text",
    skip_to_timeline: "Skip to the timeline",
    home_title: "Korean peace timeline: from the 1953 armistice to 2024",
    home_description: |count| {
        format!(
            "{count} dated events behind the question whether the U.S. should declare an end to the Korean War: \
             the 1953 armistice, the 2018 Singapore summit, and the 2024 publications, filterable and linkable."
        )
    },
    kind_description: |kind, count| {
        format!(
            "{count} {} on the road from the 1953 Korean War armistice to 2024: {}.",
            if count == 1 { "entry" } else { "entries" },
            kind.to_lowercase()
        )
    },
    not_found_title: "Page not found",
    not_found_description: "There is no page at this address; the full timeline is shown instead.",
    other_language: "Read this page in Korean",

    keyboard_shortcuts: "Keyboard shortcuts",
    shortcuts_hint: "They work anywhere except while typing in a field.",
    next_entry: "Next entry",
    previous_entry: "Previous entry",
    search_the_timeline: "Search the timeline",
    show_shortcuts: "Show these shortcuts",
    or: " or ",
    close: "Close",

    about_this_link: "About this link",
    unknown_entry: |slug| {
        format!(
            "There is no entry called “{slug}”. The link may be mistyped or out of date; the full timeline is below."
        )
    },
    no_page_here: "There is no page at this address. The full timeline is below.",
    no_page_at: |path| format!("There is no page at “{path}”. The full timeline is below."),
    link_problems: "Parts of the link could not be used:",
    notice,
    dismiss: "Dismiss",

    time_axis: "Time axis",
    entries_by_date: "Entries by date",
    years: "Years",
    hidden_by_filters: " (hidden by the filters)",
    no_entries_in_years: "No entries ",
    range_separator: "–",
    year_with_entries: |year, shown, total| {
        if shown == total {
            format!("{year}: {}", entries(total))
        } else {
            format!("{year}: {shown} of {} shown", entries(total))
        }
    },

    filter_the_timeline: "Filter the timeline",
    browse_by_kind: "Browse by kind of event",
    filters_need_javascript: "The filters need JavaScript; these pages work without it:",
    all_entries: "All entries",
    search_label: "Search titles, summaries and quotes",
    kind_of_event: "Kind of event",
    who_was_involved: "Who was involved",
    actor_group: |group| match group {
        ActorGroup::Country => "Countries",
        ActorGroup::Organisation => "Organisations",
        ActorGroup::Person => "People",
    },
    selected: |count| format!(" ({count} selected)"),
    when: "When",
    from_year: "From year",
    to_year: "To year",
    background_events: "Background events",
    show_background_events: "Show background events",
    background_hint: "Events the article and its related publications take for granted, dated from the public record.",
    matching_of_total: |matching, total| format!("{matching} of {total} entries"),
    entries,
    clear_all_filters: "Clear all filters",
    download: |format| format!("Download {format}"),
    filters: |active| if active == 0 { "Filters".to_owned() } else { format!("Filters ({active})") },
    active_filters: "Active filters",
    remove_filter: |filter| format!("Remove filter: {filter}"),
    from_year_chip: |year| format!("From {year}"),
    to_year_chip: |year| format!("To {year}"),
    close_filters: "Close filters",
    show_entries: |count| format!("Show {}", entries(count)),

    people_in_this_story: "People in this story",
    people_hint: "Choose a person to see the entries involving them.",

    timeline: "Timeline",
    years_later: |years| format!("{years} years later"),
    no_entries_in: |year| format!("No entries in {year}"),
    no_entries_between: |first, last| format!("No entries from {first} to {last}"),
    no_match: "No entries match these filters.",
    search_other_edition: "한국어판에서 찾아보기",
    showing_of: |shown, total| format!("Showing {shown} of {total} entries."),
    show_more: "Show more",
    show_earlier: "Show earlier entries",

    provenance: |kind| match kind {
        ProvenanceKind::Stated => "Date stated in the article",
        ProvenanceKind::Inferred => "Date inferred from the article",
        ProvenanceKind::Added => "Date added from the public record",
    },
    provenance_badge: |kind| match kind {
        ProvenanceKind::Stated => "date stated",
        ProvenanceKind::Inferred => "date inferred",
        ProvenanceKind::Added => "date added",
    },
    background_badge: "background",
    the_articles_words: "The article’s words",
    public_record: "Public record",
    introduction: "Introduction",
    related_publication: "Related publication: ",
    part_of_the_article: "Part of the article",
    outside_filter: "Shown because the link points to it; the current filters would hide it.",
    elements_in_words: |count, speaker| format!("The {count} elements, in {speaker}’s words"),
    involved: "Involved",
    related: "Related",
    related_to: |title| format!("Related to {title}"),
    translation: "Translation",
    attribution: |speaker, with| match with {
        Some(with) => format!("— {speaker} and {with}"),
        None => format!("— {speaker}"),
    },
    copy_link: "Copy link",
    share: "Share",
    link_copied: "Link copied",
    copy_refused: "Copying was blocked; copy this link:",
    open_full_timeline: "Open the full timeline",
    embed: "Embed",
    embed_this_view: "Embed this view",
    embed_title: "Embed the timeline",
    embed_hint: "Paste this code into your page: the frame shows this view, and the reader can filter it there.",
    embed_code: "Embed code",
    copy_code: "Copy code",
    code_copied: "Code copied",
};
