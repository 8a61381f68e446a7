//! The overview axis: every entry as a mark on a scale that folds empty decades into marked
//! breaks, years to jump to, and a band showing which part of the timeline is on screen.
//! The marks are a list of links, so a screen reader hears "Trump and Kim meet at the
//! Singapore summit, summit, 12 June 2018" and a keyboard moves along them with the arrow keys.

use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

use timeline_data::model::Entry;
use yew::prelude::*;

use crate::axis::{css_percent as percent, mark_slot_id, segment_id, Axis, SegmentKind};
use crate::browser;
use crate::context::use_app_context;
use crate::route;
use crate::state::{Action, FocusTarget};
use crate::timeline::{year_anchor, VisibleEntry};

/// How far the viewport band reaches past its outermost marks, as a share of the axis.
const BAND_MARGIN: f64 = 0.01;

#[derive(Properties, PartialEq)]
pub struct TimeAxisProps {
    /// Path and query of the page, for in-page links that also work without JavaScript.
    pub location: AttrValue,
    pub axis: Rc<Axis>,
    pub visible: Rc<Vec<VisibleEntry>>,
    pub current: Option<&'static Entry>,
}

fn mark_id(slug: &str) -> String {
    format!("mark-{slug}")
}

#[function_component]
pub fn TimeAxis(props: &TimeAxisProps) -> Html {
    let axis = &props.axis;
    let context = use_app_context();
    let shown_slugs: Vec<&'static str> = props.visible.iter().map(|item| item.entry.slug).collect();
    let is_shown: HashSet<&'static str> = shown_slugs.iter().copied().collect();
    // The mark that takes Tab focus (roving tabindex): the current entry's, else the first.
    let active = use_state(|| props.current.map(|entry| entry.slug));
    let on_screen = use_state(|| None::<(f64, f64)>);
    let band = use_node_ref();
    {
        // Moved through the CSS object model: the Content Security Policy refuses inline styles.
        let band = band.clone();
        use_effect_with(*on_screen, move |on_screen| {
            // A little wider than the marks it covers, so that one mark alone still shows a band.
            let range = on_screen.map(|(low, high)| {
                let start = (low - BAND_MARGIN).max(0.0);
                (percent(start), percent((high + BAND_MARGIN).min(1.0) - start))
            });
            browser::place_band(&band, range);
        });
    }

    {
        let on_screen = on_screen.clone();
        let axis = axis.clone();
        use_effect_with(shown_slugs.clone(), move |slugs| {
            let visible = Rc::new(RefCell::new(HashSet::<String>::new()));
            let watcher = browser::VisibilityWatcher::new(slugs.iter().copied(), move |changes| {
                let mut visible = visible.borrow_mut();
                for (id, is_visible) in changes {
                    if is_visible {
                        visible.insert(id);
                    } else {
                        visible.remove(&id);
                    }
                }
                let positions =
                    axis.marks.iter().filter(|mark| visible.contains(mark.entry.slug)).map(|mark| mark.position);
                let band = positions.fold(None, |band: Option<(f64, f64)>, p| {
                    Some(band.map_or((p, p), |(low, high)| (low.min(p), high.max(p))))
                });
                on_screen.set(band);
            });
            move || drop(watcher)
        });
    }

    let tab_stop = (*active).or(axis.marks.first().map(|mark| mark.entry.slug));
    let onkeydown = {
        let (axis, active) = (axis.clone(), active.clone());
        Callback::from(move |event: KeyboardEvent| {
            let Some(at) = axis.marks.iter().position(|mark| Some(mark.entry.slug) == tab_stop) else { return };
            let last = axis.marks.len() - 1;
            let next = match event.key().as_str() {
                "ArrowRight" | "ArrowDown" => (at + 1).min(last),
                "ArrowLeft" | "ArrowUp" => at.saturating_sub(1),
                "Home" => 0,
                "End" => last,
                _ => return,
            };
            event.prevent_default();
            let slug = axis.marks[next].entry.slug;
            active.set(Some(slug));
            browser::focus(&mark_id(slug));
        })
    };

    let marks = axis.marks.iter().map(|mark| {
        let entry = mark.entry;
        let is_shown = is_shown.contains(entry.slug);
        let is_current = props.current.is_some_and(|current| std::ptr::eq(current, entry));
        let label = format!(
            "{}, {}, {}{}",
            entry.title,
            entry.kind.label.to_lowercase(),
            entry.date_in_words(),
            if is_shown { "" } else { " (hidden by the filters)" }
        );
        let onclick = {
            let (dispatch, active) = (context.dispatch.clone(), active.clone());
            Callback::from(move |event: MouseEvent| {
                event.prevent_default();
                active.set(Some(entry.slug));
                dispatch.dispatch(if is_shown { Action::Reveal(FocusTarget::Entry(entry)) } else { Action::Open(entry) });
            })
        };
        html! {
            <li key={entry.slug} id={mark_slot_id(entry.slug)}>
                <a id={mark_id(entry.slug)} href={route::entry_path(&context.base, entry.slug)}
                    class={classes!("axis-mark", format!("kind-{}", entry.kind.id), (!is_shown).then_some("dimmed"), is_current.then_some("current"))}
                    aria-label={label.clone()} title={label}
                    aria-current={is_current.then_some("location")}
                    tabindex={if tab_stop == Some(entry.slug) { "0" } else { "-1" }}
                    {onclick}></a>
            </li>
        }
    });

    let reveal_year = |year: u16| {
        let dispatch = context.dispatch.clone();
        Callback::from(move |event: MouseEvent| {
            event.prevent_default();
            dispatch.dispatch(Action::Reveal(FocusTarget::Year(year)));
        })
    };
    let scale = axis.segments.iter().map(|segment| {
        let id = segment_id(segment.kind);
        match segment.kind {
            SegmentKind::Year(year) => html! {
                <li key={id.clone()} {id} class="axis-year">
                    <a href={format!("{}#{}", props.location, year_anchor(year))} onclick={reveal_year(year)}>{ year }</a>
                    if !axis.has_marks() {
                        <span class="axis-year-count">{ format!(" ({})", axis.marks.iter().filter(|m| m.entry.first_year() == year).count()) }</span>
                    }
                </li>
            },
            SegmentKind::Break { first, last } => html! {
                <li key={id.clone()} {id} class="axis-break">
                    <span class="axis-break-mark" aria-hidden="true"></span>
                    <span class="axis-break-label">
                        <span class="visually-hidden">{ "No entries " }</span>
                        { if first == last { first.to_string() } else { format!("{first}–{last}") } }
                    </span>
                </li>
            },
        }
    });

    html! {
        <nav class="time-axis" aria-label="Time axis">
            <div class="axis-body">
                <div class="axis-viewport" aria-hidden="true" ref={band.clone()}></div>
                <div class="axis-line" aria-hidden="true"></div>
                if axis.has_marks() {
                    <ol class="axis-marks" aria-label="Entries by date" {onkeydown}>{ for marks }</ol>
                }
                <ol class="axis-scale" aria-label="Years">{ for scale }</ol>
            </div>
        </nav>
    }
}
