//! The page: header, messages, the axis, the filters and the timeline. It holds the state,
//! provides the [`AppContext`], and ties the state to the browser through [`crate::hooks`].

use std::rc::Rc;

use yew::prelude::*;

use crate::components::deferred::deferred;
use crate::components::embed_code::{EmbedDialog, EmbedFooter};
use crate::components::filter_bar::FilterBar;
use crate::components::filter_panel::FilterPanel;
use crate::components::filter_sheet::FilterSheet;
use crate::components::fragment_link::FragmentLink;
use crate::components::messages::Messages;
use crate::components::people::People;
use crate::components::site_header::{other_language, SiteFooter, SiteHeader};
use crate::components::time_axis::TimeAxis;
use crate::components::timeline_view::TimelineView;
use crate::context::AppContext;
use crate::dataset::DATASET;
use crate::hooks::{
    use_close_filters_when_wide, use_document_title, use_focus_target, use_hydrate_all_on_change,
    use_keyboard_shortcuts, use_read_address, use_report_height_to_host, use_write_address,
};
use crate::hydration::{HydrationQueue, Priority};
use crate::memo;
use crate::query;
use crate::route::{Edition, Paths, Route};
use crate::shared_names::MAIN_ID;
use crate::state::{AppState, EmbedTarget};
use crate::timeline::visible_entries;

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// Where this page's edition (its language, embedded or not) lives under the site's base.
    pub paths: Paths,
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
        paths: props.paths.clone(),
        origin: props.origin.clone(),
        hydration: props.hydration.clone(),
    };
    let language = context.language();
    let embed = props.paths.edition.embed;
    let axis = memo::axis(state.filter.background);
    let visible = use_memo((state.filter.clone(), state.current), move |(filter, current)| {
        visible_entries(&DATASET, filter, *current, language)
    });
    use_hydrate_all_on_change(props.hydration.clone(), Rc::clone(&visible));
    use_read_address(state.dispatcher(), props.paths.base().to_owned());
    use_write_address(state.location(&props.paths), state.history, state.new_steps, embed);
    use_report_height_to_host(embed);
    use_document_title(state.current, language);
    use_focus_target(state.focus, state.focus_request);
    use_close_filters_when_wide(state.dispatcher(), state.filters_open && !embed);
    use_keyboard_shortcuts(state.dispatcher(), !embed);

    let location: AttrValue = state.location(&props.paths).into();
    let other_edition = Edition { language: other_language(language), embed };
    let in_other_language: AttrValue = state.location(&props.paths.in_edition(other_edition)).into();
    let full_site: AttrValue = state.location(&props.paths.in_edition(Edition { embed: false, language })).into();
    let embedded_paths = props.paths.in_edition(Edition { embed: true, language });
    let embed_code_location: AttrValue =
        state.location_of(&embedded_paths, state.embedding.unwrap_or(EmbedTarget::View)).into();
    let matching: Rc<Vec<_>> =
        Rc::new(visible.iter().filter(|item| !item.outside_filter).map(|item| item.entry).collect());
    let open = state.filters_open;
    html! {
        <ContextProvider<AppContext> {context}>
            <div class="page-top" inert={open}>
                <FragmentLink class="skip-link" location={location.clone()} target="timeline">
                    { crate::i18n::ui(language).skip_to_timeline }
                </FragmentLink>
                if !embed { <SiteHeader other_language={in_other_language} /> }
            </div>
            <main id={MAIN_ID} class={classes!(embed.then_some("embed"))}>
                <div inert={open}>
                    <Messages problem={state.problem.clone()} notices={state.notices.clone()} />
                </div>
                // The axis watches the entries' elements: they are final once hydrated.
                { deferred(Priority::Low, html! {
                    <TimeAxis location={location} axis={Rc::clone(&axis)} visible={Rc::clone(&visible)}
                        current={state.current} inert={open} />
                }) }
                <FilterBar filter={state.filter.clone()} matching={matching.len()} {open}
                    full_site={embed.then(|| full_site.clone())} />
                <div class="layout">
                    <div class="sidebar">
                        <FilterSheet {open} matching={matching.len()}>
                            { deferred(Priority::Normal, html! {
                                <FilterPanel filter={state.filter.clone()} matching={Rc::clone(&matching)} />
                            }) }
                            { deferred(Priority::Normal, html! { <People filter={state.filter.clone()} /> }) }
                        </FilterSheet>
                    </div>
                    <TimelineView
                        visible={Rc::clone(&visible)}
                        current={state.current}
                        focus={state.focus}
                        window={state.window}
                        share_query={query::search_suffix(&state.filter)}
                        inert={open}
                    />
                </div>
            </main>
            <div class="page-bottom" inert={open}>
                if embed { <EmbedFooter location={full_site} /> } else { <SiteFooter /> }
            </div>
            if !embed { <EmbedDialog target={state.embedding} location={embed_code_location} /> }
        </ContextProvider<AppContext>>
    }
}
