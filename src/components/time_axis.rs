//! The overview axis: every entry as a mark on a scale that folds empty decades into marked
//! breaks (see [`crate::axis`]), years to jump to, lasting events as bars, and a band showing
//! which part of the timeline is on screen. Marks are links, so a screen reader hears
//! "Trump and Kim meet in Singapore, summit, 12 June 2018", and the arrow keys move along them.
//! Where a year (or a period of years, on a long timeline) is too narrow for its marks to be
//! told apart, one target with its count stands in for them and jumps to its first year.

use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

use timeline_data::model::Entry;
use yew::prelude::*;

use crate::axis::{mark_slot_id, segment_id, span_piece_id, Axis, Segment, SegmentKind};
use crate::browser;
use crate::context::{use_app_context, AppContext};
use crate::state::{Action, FocusTarget};
use crate::timeline::{year_anchor, VisibleEntry};

const AXIS_ID: &str = "time-axis";
/// What the arrow keys move between: marks, and the counts that stand in for crowded years.
const TARGETS: &str = ".axis-mark, .axis-group";

#[derive(Properties, PartialEq)]
pub struct TimeAxisProps {
    /// Path and query of the page, for in-page links that also work without JavaScript.
    pub location: AttrValue,
    pub axis: Rc<Axis>,
    pub visible: Rc<Vec<VisibleEntry>>,
    pub current: Option<&'static Entry>,
    /// Covered by the filters opened over the page.
    pub inert: bool,
}

fn mark_id(slug: &str) -> String {
    format!("mark-{slug}")
}

fn group_id(first_year: u16) -> String {
    format!("axis-group-{first_year}")
}

/// What stands on the axis for `entry`: its mark, or its year's count where the year is crowded.
fn target_ids(axis: &Axis, entry: &Entry) -> [String; 2] {
    [mark_id(entry.slug), group_id(axis.segment_start(entry.first_year()))]
}

/// A year, or a period's first and last years, broken after the dash on narrow screens.
fn years_label(first: u16, last: u16, separator: &str) -> Html {
    if first == last {
        html! { { first } }
    } else {
        html! { <>{ format!("{first}{separator}") }<wbr />{ last }</> }
    }
}

struct YearView<'a> {
    segment: &'a Segment,
    first: u16,
    last: u16,
    shown: &'a HashSet<&'static str>,
    current: Option<&'static Entry>,
    tab_stop: Option<&'static str>,
    with_marks: bool,
}

impl YearView<'_> {
    fn view(self, props: &TimeAxisProps, context: &AppContext) -> Html {
        let (ui, language) = (context.ui(), context.language());
        let YearView { segment, first, last, shown, current, tab_stop, with_marks } = self;
        let count = segment.marks.len();
        // A period's links go to the first year in it that has entries.
        let year = segment.marks.first().map_or(first, |mark| mark.entry.first_year());
        let years = if first == last { first.to_string() } else { format!("{first}{}{last}", ui.range_separator) };
        let shown_count = segment.marks.iter().filter(|mark| shown.contains(mark.entry.slug)).count();
        // A year whose entries the filters all hide has no heading to jump to: like its
        // dimmed marks, its count and label open its first entry.
        let hidden_year_opens = segment.marks.first().map(|mark| mark.entry).filter(|_| shown_count == 0);
        let reveal_year = {
            let dispatch = context.dispatch.clone();
            Callback::from(move |event: MouseEvent| {
                event.prevent_default();
                dispatch.dispatch(match hidden_year_opens {
                    Some(entry) => Action::Open(entry),
                    None => Action::Reveal(FocusTarget::Year(year)),
                });
            })
        };
        let year_link: AttrValue = match hidden_year_opens {
            Some(entry) => context.paths.entry(entry.slug).into(),
            None => format!("{}#{}", props.location, year_anchor(year)).into(),
        };
        let holds_current =
            current.is_some_and(|current| segment.marks.iter().any(|mark| std::ptr::eq(mark.entry, current)));
        let marks = segment.marks.iter().map(|mark| {
            let entry = mark.entry;
            let is_shown = shown.contains(entry.slug);
            let is_current = current.is_some_and(|current| std::ptr::eq(current, entry));
            let label = format!(
                "{}, {}, {}{}",
                entry.title.get(language),
                entry.kind.label.get(language),
                entry.date_in_words(language),
                if is_shown { "" } else { ui.hidden_by_filters }
            );
            let onclick = {
                let dispatch = context.dispatch.clone();
                Callback::from(move |event: MouseEvent| {
                    event.prevent_default();
                    dispatch.dispatch(if is_shown {
                        Action::Reveal(FocusTarget::Entry(entry))
                    } else {
                        Action::Open(entry)
                    });
                })
            };
            let lasting = entry.end.is_some() && entry.last_year() == entry.first_year();
            html! {
                <li key={entry.slug} id={mark_slot_id(entry.slug)}>
                    <a id={mark_id(entry.slug)} href={context.paths.entry(entry.slug)}
                        class={classes!("axis-mark", format!("kind-{}", entry.kind.id), (!is_shown).then_some("dimmed"),
                            is_current.then_some("current"), lasting.then_some("lasting"))}
                        aria-label={label.clone()} title={label}
                        aria-current={is_current.then_some("location")}
                        tabindex={if tab_stop == Some(entry.slug) { "0" } else { "-1" }}
                        {onclick}></a>
                </li>
            }
        });
        html! {
            <li key={segment_id(segment.kind)} id={segment_id(segment.kind)}
                class={classes!("axis-year", format!("marks-{count}"), (!segment.labelled).then_some("unlabelled"))}>
                { spans(segment) }
                if with_marks {
                    <ol class="axis-marks" aria-label={years.clone()}>{ for marks }</ol>
                }
                <a id={group_id(first)}
                    class={classes!("axis-group", (!with_marks).then_some("always"), (shown_count == 0).then_some("dimmed"),
                        holds_current.then_some("current"))}
                    href={year_link.clone()} aria-label={(ui.year_with_entries)(&years, shown_count, count)} onclick={reveal_year.clone()}
                    aria-current={holds_current.then_some("location")} tabindex="-1">
                    { shown_count }
                </a>
                <a class="axis-year-label" href={year_link} onclick={reveal_year}>
                    { years_label(first, last, ui.range_separator) }
                </a>
            </li>
        }
    }
}

/// The bars of events that last into later years, where they cross `segment`.
fn spans(segment: &Segment) -> Html {
    if segment.spans.is_empty() {
        return html! {};
    }
    html! {
        <span class="axis-spans" aria-hidden="true">
            { for segment.spans.iter().map(|piece| html! {
                <span id={span_piece_id(piece.entry.slug, segment.kind)} class={classes!("axis-span", format!("kind-{}", piece.entry.kind.id))}></span>
            }) }
        </span>
    }
}

#[function_component]
pub fn TimeAxis(props: &TimeAxisProps) -> Html {
    let context = use_app_context();
    let ui = context.ui();
    let axis = &props.axis;
    let shown: HashSet<&'static str> = props.visible.iter().map(|item| item.entry.slug).collect();
    // The mark that takes Tab focus (roving tabindex): the current entry's, else the first.
    let on_axis = |entry: &&'static Entry| axis.marks().any(|mark| std::ptr::eq(mark.entry, *entry));
    let tab_stop = props.current.filter(on_axis).or(axis.marks().next().map(|mark| mark.entry)).map(|entry| entry.slug);
    let band = use_node_ref();
    {
        // Which entries are on screen, as the reader scrolls: the band covers their marks.
        let band = band.clone();
        let visible = Rc::clone(&props.visible);
        let axis = Rc::clone(&props.axis);
        let slugs: Vec<&'static str> = props.visible.iter().map(|item| item.entry.slug).collect();
        use_effect_with(slugs, move |slugs| {
            let on_screen = Rc::new(RefCell::new(Vec::<&'static Entry>::new()));
            // Taken from the visible entries, not looked up by slug: a lookup is a pass over the
            // whole timeline, and a pass per entry took a fifth of a second at 10,000 entries.
            let entries: Vec<&'static Entry> = visible.iter().map(|item| item.entry).collect();
            let watcher = browser::VisibilityWatcher::new(slugs.iter().copied(), move |changes| {
                let mut on_screen = on_screen.borrow_mut();
                for (id, is_visible) in changes {
                    on_screen.retain(|entry| entry.slug != id);
                    if is_visible {
                        on_screen.extend(entries.iter().find(|entry| entry.slug == id));
                    }
                }
                let targets: Vec<[String; 2]> = on_screen.iter().map(|entry| target_ids(&axis, entry)).collect();
                browser::place_band(&band, &targets);
            });
            move || drop(watcher)
        });
    }
    let onkeydown = Callback::from(|event: KeyboardEvent| {
        let step = match event.key().as_str() {
            "ArrowRight" | "ArrowDown" => 1,
            "ArrowLeft" | "ArrowUp" => -1,
            "Home" => i32::MIN,
            "End" => i32::MAX,
            _ => return,
        };
        event.prevent_default();
        browser::focus_among_displayed(AXIS_ID, TARGETS, step);
    });
    let with_marks = axis.has_marks();
    let scale = axis.segments.iter().map(|segment| match segment.kind {
        SegmentKind::Years { first, last } => {
            YearView { segment, first, last, shown: &shown, current: props.current, tab_stop, with_marks }
                .view(props, &context)
        }
        SegmentKind::Break { first, last } => html! {
            <li key={segment_id(segment.kind)} id={segment_id(segment.kind)}
                class={classes!("axis-break", (!segment.labelled).then_some("unlabelled"))}>
                { spans(segment) }
                <span class="axis-break-mark" aria-hidden="true"></span>
                <span class="axis-break-label">
                    <span class="visually-hidden">{ ui.no_entries_in_years }</span>
                    { years_label(first, last, ui.range_separator) }
                </span>
            </li>
        },
    });

    html! {
        <nav id={AXIS_ID} class="time-axis" aria-label={ui.time_axis} {onkeydown}
            inert={props.inert}>
            <div class="axis-body">
                <div class="axis-viewport" aria-hidden="true" ref={band}></div>
                <div class="axis-line" aria-hidden="true"></div>
                <ol class={classes!("axis-scale", axis.variant_class())} aria-label={ui.years}>{ for scale }</ol>
            </div>
        </nav>
    }
}
