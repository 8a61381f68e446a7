//! The page: header, messages, the axis, the filters and the timeline. It holds the state,
//! provides the [`AppContext`], and ties the state to the browser through [`crate::hooks`].

use std::rc::Rc;

use yew::prelude::*;

use crate::axis::Axis;
use crate::components::deferred::deferred;
use crate::components::filter_panel::FilterPanel;
use crate::components::fragment_link::FragmentLink;
use crate::components::messages::Messages;
use crate::components::people::People;
use crate::components::site_header::{SiteFooter, SiteHeader};
use crate::components::time_axis::TimeAxis;
use crate::components::timeline_view::TimelineView;
use crate::context::AppContext;
use crate::dataset::DATASET;
use crate::hooks::{use_document_title, use_focus_target, use_hydrate_all_on_change, use_read_address, use_write_address};
use crate::hydration::{HydrationQueue, Priority};
use crate::query;
use crate::route::Route;
use crate::shared_names::MAIN_ID;
use crate::state::AppState;
use crate::timeline::visible_entries;

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// The site's base path, `/` or a sub-path such as `/timeline/`.
    pub base: AttrValue,
    /// The page the address names. Only the path decides it, so the server and the browser
    /// start from the same state; the query string is applied once the page is live.
    pub route: Route,
    /// The origin of the page's links (see [`AppContext::origin`]).
    pub origin: AttrValue,
    /// The queue of a pre-rendered page being hydrated progressively.
    #[prop_or_default]
    pub hydration: Option<HydrationQueue>,
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer({
        let route = props.route.clone();
        move || AppState::for_route(&route)
    });
    let context = AppContext {
        dispatch: state.dispatcher(),
        base: props.base.clone(),
        origin: props.origin.clone(),
        hydration: props.hydration.clone(),
    };
    let axis = use_memo((), |_| Axis::new(&DATASET));
    let visible = use_memo((state.filter.clone(), state.current), |(filter, current)| {
        visible_entries(&DATASET, filter, *current)
    });
    use_hydrate_all_on_change(props.hydration.clone(), Rc::clone(&visible));
    use_read_address(state.dispatcher(), props.base.clone());
    use_write_address(state.location(&props.base), state.history);
    use_document_title(state.current);
    use_focus_target(state.focus, state.focus_request);

    let location: AttrValue = state.location(&props.base).into();
    let matching: Vec<_> = visible.iter().filter(|item| !item.outside_filter).map(|item| item.entry).collect();
    html! {
        <ContextProvider<AppContext> {context}>
            <FragmentLink class="skip-link" location={location.clone()} target="timeline">{ "Skip to the timeline" }</FragmentLink>
            <SiteHeader />
            <main id={MAIN_ID}>
                <Messages problem={state.problem.clone()} notices={state.notices.clone()} />
                // The axis watches the entries' elements: they are final once hydrated.
                { deferred(Priority::Low, html! {
                    <TimeAxis location={location} axis={Rc::clone(&axis)} visible={Rc::clone(&visible)} current={state.current} />
                }) }
                <div class="layout">
                    <div class="sidebar">
                        { deferred(Priority::Normal, html! {
                            <FilterPanel filter={state.filter.clone()} {matching} />
                        }) }
                        { deferred(Priority::Normal, html! { <People filter={state.filter.clone()} /> }) }
                    </div>
                    <TimelineView
                        visible={Rc::clone(&visible)}
                        current={state.current}
                        focus={state.focus}
                        rendered={state.rendered}
                        share_query={query::search_suffix(&state.filter)}
                    />
                </div>
            </main>
            <SiteFooter />
        </ContextProvider<AppContext>>
    }
}
