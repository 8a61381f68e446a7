//! The timeline itself: years, the entries in them, and the gaps between; a window of them at
//! a time, growing as the reader nears either end.

use std::ops::Range;
use std::rc::Rc;

use timeline_data::model::Entry;
use yew::prelude::*;

use crate::browser;
use crate::components::deferred::deferred;
use crate::components::entry_card::EntryCard;
use crate::components::site_header::other_language;
use crate::context::AppContext;
use crate::hydration::Priority;
use crate::i18n::UiText;
use crate::shared_names::{NEEDS_JS_CLASS, NO_JS_ONLY_CLASS, TIMELINE_ID};
use crate::state::{Action, AppState, FocusTarget};
use crate::timeline::{rows, year_anchor, RenderWindow, Row, VisibleEntry, RENDER_STEP};

const SHOW_LATER_ID: &str = "show-later";

/// What the timeline shows. A plain view and a hook of the app rather than a component: it is
/// rendered with the app's shell anyway, and each component type costs the wasm about 2 KB.
pub struct TimelineView {
    pub visible: Rc<Vec<VisibleEntry>>,
    pub current: Option<&'static Entry>,
    /// Where focus is going: always rendered.
    pub focus: Option<FocusTarget>,
    pub window: RenderWindow,
    /// The active filters as `?…`, carried by every shared link.
    pub share_query: AttrValue,
    /// Covered by the filters opened over the page.
    pub inert: bool,
    /// The same filters in the other edition, where nothing matches here and the search is in
    /// that edition's script.
    pub search_other_edition: Option<AttrValue>,
}

fn gap(first_empty: u16, last_empty: u16, ui: &UiText) -> Html {
    let years = Row::gap_length(first_empty, last_empty);
    let empty = if first_empty == last_empty {
        (ui.no_entries_in)(first_empty)
    } else {
        (ui.no_entries_between)(first_empty, last_empty)
    };
    let later = (ui.years_later)(years);
    html! {
        <li class="gap" key={format!("gap-{first_empty}")} aria-label={format!("{later}. {empty}.")}>
            <span class="gap-mark" aria-hidden="true"></span>
            <p><strong>{ later }</strong><span>{ empty }</span></p>
        </li>
    }
}

/// A year's entries, each hydrated in a task of its own but the `first` on screen: that one is
/// hydrated with the page shell, in place. Hydrated later, it would be replaced by a copy of
/// itself, which browsers count as a new largest paint, long after the first.
fn year_entries(entries: Vec<VisibleEntry>, first: &'static Entry, timeline: &TimelineView) -> Html {
    html! {
        <ol class="entries">
            { for entries.into_iter().map(|item| {
                let is_current = timeline.current.is_some_and(|c| std::ptr::eq(c, item.entry));
                let card = html! {
                    <EntryCard
                        entry={item.entry}
                        {is_current}
                        outside_filter={item.outside_filter}
                        share_query={timeline.share_query.clone()} />
                };
                let card = if std::ptr::eq(first, item.entry) {
                    card
                } else {
                    // The entry a page is for goes before the others: it is what the reader came for.
                    deferred(if is_current { Priority::High } else { Priority::Normal }, card)
                };
                html! { <li key={item.entry.slug}>{ card }</li> }
            }) }
        </ol>
    }
}

/// Without JavaScript the buttons that show more do nothing: in their place, a link to the page
/// of the first entry they would show, which starts its own window there.
fn no_js_link(entry: Option<&'static Entry>, text: &'static str, context: &AppContext) -> Html {
    let Some(entry) = entry else { return html! {} };
    html! { <a class={NO_JS_ONLY_CLASS} href={context.paths.entry(entry.slug)}>{ text }</a> }
}

/// The rendered part of the visible entries, and the first entries that showing more earlier
/// or later entries brings into view.
struct Shown {
    range: Range<usize>,
    first_earlier: Option<&'static Entry>,
    first_later: Option<&'static Entry>,
}

impl TimelineView {
    fn shown(&self) -> Shown {
        let visible = &self.visible;
        let (focus_entry, focus_year) = match self.focus {
            Some(FocusTarget::Entry(entry)) => (Some(entry), None),
            Some(FocusTarget::Year(year)) => (None, Some(year)),
            _ => (None, None),
        };
        let range = self.window.range(visible, self.current, &[self.current, focus_entry], focus_year);
        let first_earlier = visible.get(range.start.saturating_sub(RENDER_STEP)).map(|item| item.entry);
        let first_later = visible.get(range.end).map(|item| item.entry);
        Shown { range, first_earlier, first_later }
    }
}

/// Rendering grows as the reader nears the end, like a page that keeps going. Watching anew
/// after each step: a screen tall enough to show the end again gets the next too. A keyboard
/// reader who tabbed onto "Show more" is taken to the first new entry, or the next Tab would
/// skip the new entries (or find the button gone).
#[hook]
pub fn use_show_later_on_approach(timeline: &TimelineView, dispatch: UseReducerDispatcher<AppState>) {
    let Shown { range, first_later, .. } = timeline.shown();
    let total = timeline.visible.len();
    use_effect_with((range.end, total, first_later.map(|entry| entry.slug)), move |&(end, total, _)| {
        let watcher = (end < total).then(|| {
            browser::VisibilityWatcher::new([SHOW_LATER_ID], move |changes| {
                if changes.iter().any(|(_, visible)| *visible) {
                    let focus = first_later.filter(|_| browser::focus_is_within(SHOW_LATER_ID));
                    dispatch.dispatch(Action::ShowLater { focus });
                }
            })
        });
        move || drop(watcher)
    });
}

/// The timeline's view; [`use_show_later_on_approach`] goes with it.
pub fn timeline_view(context: &AppContext, timeline: &TimelineView) -> Html {
    let (ui, dispatch) = (context.ui(), &context.dispatch);
    let visible = &timeline.visible;
    let Shown { range, first_earlier, first_later } = timeline.shown();
    let (earlier, later) = (range.start, visible.len() - range.end);
    let action = |action: Action| {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.dispatch(action.clone()))
    };
    // Said also where the entry a link points to is shown, though the filters hide it: a
    // reader who opened an entry page with a search that finds nothing needs the offer there too.
    let nothing_matches = visible.iter().all(|item| item.outside_filter).then(|| {
        let other = other_language(context.language()).code();
        html! {
            <div class="empty">
                <p>{ ui.no_match }</p>
                if let Some(href) = timeline.search_other_edition.clone() {
                    <p lang={other}><a {href} hreflang={other}>{ ui.search_other_edition }</a></p>
                }
                <button type="button" onclick={action(Action::ClearFilters)}>{ ui.clear_all_filters }</button>
            </div>
        }
    });
    let entries = visible.get(range.start).map(|first| {
        html! {
            <ol class="timeline">
                { for rows(&visible[range.clone()]).into_iter().map(|row| match row {
                    Row::Gap { first_empty, last_empty } => gap(first_empty, last_empty, ui),
                    Row::Year { year, entries } => {
                        // Each year a deferred part, and each entry in it too, so that the page
                        // shell and each task of hydration stay short; but the first year's.
                        let first_year = entries.iter().any(|item| std::ptr::eq(item.entry, first.entry));
                        let list = year_entries(entries, first.entry, timeline);
                        html! {
                            <li class="year-group" key={format!("year-{year}")}>
                                <h2 class="year" id={year_anchor(year)} tabindex="-1">{ year }</h2>
                                { if first_year { list } else { deferred(Priority::Normal, list) } }
                            </li>
                        }
                    }
                }) }
            </ol>
        }
    });
    html! {
        <section id={TIMELINE_ID} class="timeline-section" aria-label={ui.timeline} tabindex="-1"
            inert={timeline.inert}>
            if earlier > 0 {
                <div class="show-more show-earlier">
                    <button type="button" class={classes!("quiet", NEEDS_JS_CLASS)}
                        onclick={action(Action::ShowEarlier { focus: first_earlier })}>{ ui.show_earlier }</button>
                    { no_js_link(first_earlier, ui.show_earlier, context) }
                </div>
            }
            { nothing_matches }
            { entries }
            if later > 0 {
                <div id={SHOW_LATER_ID} class="show-more">
                    <p>{ (ui.showing_of)(range.len(), visible.len()) }</p>
                    <button type="button" class={NEEDS_JS_CLASS}
                        onclick={action(Action::ShowLater { focus: first_later })}>{ ui.show_more }</button>
                    { no_js_link(first_later, ui.show_more, context) }
                </div>
            }
        </section>
    }
}
