//! The page: header, messages, filters and the timeline, and the effects that tie the state
//! to the address bar, the title and keyboard focus.

use std::rc::Rc;

use yew::prelude::*;

use crate::axis::Axis;
use crate::components::filter_panel::FilterPanel;
use crate::components::fragment_link::FragmentLink;
use crate::components::in_turn::in_turn;
use crate::components::messages::Messages;
use crate::components::people::People;
use crate::components::site_header::{SiteFooter, SiteHeader};
use crate::components::time_axis::TimeAxis;
use crate::components::timeline_view::TimelineView;
use crate::dataset::DATASET;
use crate::hydration::{self, Turn};
use crate::route::{self, Route};
use crate::state::{Action, AppState, FocusTarget};
use crate::timeline::{shown, year_anchor};
use crate::{browser, page, query};

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// The site's base path, `/` or a sub-path such as `/timeline/`.
    pub base: AttrValue,
    /// The page the address names. Only the path decides it, so the server and the browser
    /// start from the same state; the query string is applied once the page is live.
    pub route: Route,
    /// The origin of the page's links: the page's own in the browser, the site's canonical one
    /// when rendered ahead of time. Printed pages show it.
    pub origin: AttrValue,
}

/// What the address bar currently asks for.
fn read_address(base: &str) -> Action {
    Action::Navigate {
        route: route::parse_path(&browser::path(), base, &DATASET),
        query: query::parse(&browser::search(), &DATASET),
    }
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer({
        let route = props.route.clone();
        move || AppState::for_route(&route)
    });
    let base = props.base.clone();
    let axis = use_memo((), |_| Axis::new(&DATASET));
    let shown = use_memo((state.filter.clone(), state.current), |(filter, current)| shown(&DATASET, filter, *current));
    {
        // Once the entries shown change (the reader's action, or a shared link's filters), the
        // parts of the page still waiting for their turns are taken over at once.
        let first_render = use_mut_ref(|| true);
        use_effect_with(Rc::clone(&shown), move |_| {
            if !first_render.replace(false) {
                hydration::take_over_the_rest();
            }
        });
    }

    {
        // Apply the query string of the address the page was opened with, then follow Back
        // and Forward.
        let dispatcher = state.dispatcher();
        let base = base.clone();
        use_effect_with((), move |_| {
            dispatcher.dispatch(read_address(&base));
            browser::mark_link_applied();
            let listener = browser::on_history_change(move || dispatcher.dispatch(read_address(&base)));
            move || drop(listener)
        });
    }
    {
        let location = state.location(&base);
        let step = state.history;
        use_effect_with(location, move |location| {
            if *location != browser::location() {
                browser::write_history(location, step);
            }
        });
    }
    {
        let current = state.current;
        use_effect_with(current.map(|entry| entry.slug), move |_| browser::set_title(&page::title(current)));
    }
    {
        let focus = state.focus;
        use_effect_with(state.focus_request, move |_| match focus {
            Some(FocusTarget::Entry(entry)) => browser::scroll_to_and_focus(entry.slug),
            Some(FocusTarget::Year(year)) => browser::scroll_to_and_focus(&year_anchor(year)),
            None => {}
        });
    }

    let share_query = query::search_suffix(&state.filter);
    let location: AttrValue = state.location(&base).into();
    let matching: Vec<_> = shown.iter().filter(|item| !item.outside_filter).map(|item| item.entry).collect();
    html! {
        <>
            <FragmentLink class="skip-link" location={location.clone()} target="timeline">{ "Skip to the timeline" }</FragmentLink>
            <SiteHeader base={base.clone()} />
            <main id="main">
                <Messages
                    problem={state.problem.clone()}
                    notices={state.notices.clone()}
                    dispatch={state.dispatcher()}
                />
                // The axis watches the entries' elements: they are final once taken over.
                { in_turn(Turn::AfterTheRest, html! {
                    <TimeAxis
                        base={base.clone()}
                        location={location}
                        axis={Rc::clone(&axis)}
                        shown={Rc::clone(&shown)}
                        current={state.current}
                        dispatch={state.dispatcher()}
                    />
                }) }
                <div class="layout">
                    <div class="sidebar">
                        { in_turn(Turn::InOrder, html! {
                            <FilterPanel
                                base={base.clone()}
                                filter={state.filter.clone()}
                                {matching}
                                dispatch={state.dispatcher()}
                            />
                        }) }
                        { in_turn(Turn::InOrder, html! {
                            <People filter={state.filter.clone()} dispatch={state.dispatcher()} />
                        }) }
                    </div>
                    <TimelineView
                        base={base.clone()}
                        shown={Rc::clone(&shown)}
                        current={state.current}
                        focus={state.focus}
                        rendered={state.rendered}
                        origin={props.origin.clone()}
                        share_query={share_query}
                        dispatch={state.dispatcher()}
                    />
                </div>
            </main>
            <SiteFooter base={base} />
        </>
    }
}
