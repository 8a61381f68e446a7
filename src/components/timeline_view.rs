//! The timeline itself: years, the entries in them, and the gaps between.

use std::rc::Rc;

use timeline_data::model::Entry;
use yew::prelude::*;

use crate::browser;
use crate::components::deferred::deferred;
use crate::components::entry_card::EntryCard;
use crate::context::use_app_context;
use crate::hydration::Priority;
use crate::state::{Action, FocusTarget};
use crate::timeline::{render_limit, rows, year_anchor, Row, VisibleEntry};

const SHOW_MORE_ID: &str = "show-more";

#[derive(Properties, PartialEq)]
pub struct TimelineViewProps {
    pub visible: Rc<Vec<VisibleEntry>>,
    pub current: Option<&'static Entry>,
    /// Where focus is going: always rendered.
    pub focus: Option<FocusTarget>,
    /// How many entries to render at least (long results grow page by page).
    pub rendered: usize,
    /// The active filters as `?…`, carried by every shared link.
    pub share_query: AttrValue,
}

fn gap(first_empty: u16, last_empty: u16) -> Html {
    let years = Row::gap_length(first_empty, last_empty);
    let empty = if first_empty == last_empty {
        format!("No entries in {first_empty}")
    } else {
        format!("No entries from {first_empty} to {last_empty}")
    };
    html! {
        <li class="gap" key={format!("gap-{first_empty}")} aria-label={format!("{years} years later. {empty}.")}>
            <span class="gap-mark" aria-hidden="true"></span>
            <p><strong>{ format!("{years} years later") }</strong><span>{ empty }</span></p>
        </li>
    }
}

/// A year's entries, each hydrated in a task of its own.
fn year_entries(entries: Vec<VisibleEntry>, props: &TimelineViewProps) -> Html {
    html! {
        <ol class="entries">
            { for entries.into_iter().map(|item| {
                let is_current = props.current.is_some_and(|c| std::ptr::eq(c, item.entry));
                // The entry a page is for goes first: it is what the reader came for.
                let priority = if is_current { Priority::High } else { Priority::Normal };
                html! {
                    <li key={item.entry.slug}>
                        { deferred(priority, html! {
                            <EntryCard
                                entry={item.entry}
                                {is_current}
                                outside_filter={item.outside_filter}
                                share_query={props.share_query.clone()} />
                        }) }
                    </li>
                }
            }) }
        </ol>
    }
}

#[function_component]
pub fn TimelineView(props: &TimelineViewProps) -> Html {
    let dispatch = use_app_context().dispatch;
    let visible = &props.visible;
    let (focus_entry, focus_year) = match props.focus {
        Some(FocusTarget::Entry(entry)) => (Some(entry), None),
        Some(FocusTarget::Year(year)) => (None, Some(year)),
        None => (None, None),
    };
    let limit = render_limit(visible, props.rendered, &[props.current, focus_entry], focus_year);
    let rendered = &visible[..limit];
    {
        // Rendering grows as the reader nears the end, like a page that keeps going.
        let dispatch = dispatch.clone();
        // Watching anew after each step: a screen tall enough to show the end again gets the
        // next step too.
        use_effect_with((limit, visible.len()), move |(limit, total)| {
            let watcher = (limit < total).then(|| {
                browser::VisibilityWatcher::new([SHOW_MORE_ID], move |changes| {
                    if changes.iter().any(|(_, visible)| *visible) {
                        dispatch.dispatch(Action::ShowMore);
                    }
                })
            });
            move || drop(watcher)
        });
    }
    let show_more = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.dispatch(Action::ShowMore))
    };
    let body = if visible.is_empty() {
        let clear = {
            let dispatch = dispatch.clone();
            Callback::from(move |_| dispatch.dispatch(Action::ClearFilters))
        };
        html! {
            <div class="empty">
                <p>{ "No entries match these filters." }</p>
                <button type="button" onclick={clear}>{ "Clear all filters" }</button>
            </div>
        }
    } else {
        html! {
            <ol class="timeline">
                { for rows(rendered).into_iter().map(|row| match row {
                    Row::Gap { first_empty, last_empty } => gap(first_empty, last_empty),
                    Row::Year { year, entries } => html! {
                        <li class="year-group" key={format!("year-{year}")}>
                            <h2 class="year" id={year_anchor(year)} tabindex="-1">{ year }</h2>
                            // A deferred part, and each entry in it too: the page shell and
                            // each task of hydration stay short.
                            { deferred(Priority::Normal, year_entries(entries, props)) }
                        </li>
                    },
                }) }
            </ol>
        }
    };
    html! {
        <section id="timeline" class="timeline-section" aria-label="Timeline" tabindex="-1">
            { body }
            if limit < visible.len() {
                <div id={SHOW_MORE_ID} class="show-more">
                    <p>{ format!("Showing {limit} of {} entries.", visible.len()) }</p>
                    <button type="button" onclick={show_more}>{ "Show more" }</button>
                </div>
            }
        </section>
    }
}
