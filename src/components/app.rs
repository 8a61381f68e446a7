//! The page: header, messages, the axis, the filters and the timeline. It holds the state,
//! provides the [`AppContext`], and ties the state to the browser through [`crate::hooks`].

use std::rc::Rc;

use yew::prelude::*;

use crate::components::deferred::deferred;
use crate::components::embed_code::{embed_dialog, embed_footer};
use crate::components::filter_bar::filter_bar;
use crate::components::filter_panel::filter_panel;
use crate::components::filter_sheet::filter_sheet;
use crate::components::fragment_link::fragment_link;
use crate::components::messages::messages;
use crate::components::people::people;
use crate::components::site_header::{other_language, site_footer, site_header};
use crate::components::time_axis::TimeAxis;
use crate::components::timeline_view::{timeline_view, use_show_later_on_approach, TimelineView};
use crate::context::AppContext;
use crate::dataset::DATASET;
use crate::hooks::{
    use_close_filters_when_wide, use_embed_dialog, use_focus_target, use_hydrate_all_on_change, use_keyboard_shortcuts,
    use_read_address, use_report_height_to_host, use_write_address,
};
use crate::hydration::{HydrationQueue, Priority};
use crate::memo;
use crate::query;
use crate::route::{Edition, Paths, Route};
use crate::shared_names::{EMBED_CLASS, MAIN_ID, TIMELINE_ID};
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
    use_read_address(state.dispatcher(), props.paths.clone());
    use_write_address(props.paths.clone(), state.location(&props.paths), state.history, state.new_steps);
    use_report_height_to_host(embed);
    use_focus_target(state.focus, state.focus_request);
    use_close_filters_when_wide(state.dispatcher(), state.filters_open && !embed);
    use_keyboard_shortcuts(state.dispatcher(), !embed);
    use_embed_dialog(state.embedding.is_some());

    let location: AttrValue = state.location(&props.paths).into();
    let other_edition = Edition { language: other_language(language), embed };
    let in_other_language: AttrValue = state.location(&props.paths.in_edition(other_edition)).into();
    let full_site: AttrValue = state.location(&props.paths.in_edition(Edition { embed: false, language })).into();
    let embedded_paths = props.paths.in_edition(Edition { embed: true, language });
    let embed_code_location =
        state.location_of(&embedded_paths, state.embedding.map_or(EmbedTarget::View, |code| code.target));
    let matching: Rc<Vec<_>> =
        Rc::new(visible.iter().filter(|item| !item.outside_filter).map(|item| item.entry).collect());
    let open = state.filters_open;
    // A search in the other edition's script may find there what it cannot here.
    let search_other_edition = (!embed && matching.is_empty() && state.filter.searches_in_other_script(language))
        .then(|| in_other_language.clone());
    let timeline = TimelineView {
        visible: Rc::clone(&visible),
        current: state.current,
        focus: state.focus,
        window: state.window,
        share_query: query::search_suffix(&state.filter).into(),
        inert: open,
        search_other_edition,
    };
    use_show_later_on_approach(&timeline, state.dispatcher());
    let timeline = timeline_view(&context, &timeline);
    // The views without hooks are plain functions, not components (see the module's notes).
    let sheet = filter_sheet(
        &context,
        open,
        matching.len(),
        html! {
            <>
                { deferred(Priority::Normal, filter_panel(&context, &state.filter, &matching)) }
                { deferred(Priority::Normal, people(&context, &state.filter)) }
            </>
        },
    );
    let page_top = html! {
        <div class="page-top" inert={open}>
            { fragment_link(&location, TIMELINE_ID, "skip-link", context.ui().skip_to_timeline) }
            if !embed { { site_header(&context, in_other_language) } }
        </div>
    };
    let page_bottom = html! {
        <div class="page-bottom" inert={open}>
            if embed { { embed_footer(&context, full_site.clone()) } } else { { site_footer(&context) } }
        </div>
    };
    let messages = messages(&context, state.problem.as_ref(), &state.notices);
    let dialog = (!embed).then(|| embed_dialog(&context, state.embedding, &embed_code_location));
    let bar = filter_bar(&context, &state.filter, matching.len(), open, embed.then(|| full_site.clone()));
    html! {
        <ContextProvider<AppContext> {context}>
            { page_top }
            <main id={MAIN_ID} class={classes!(embed.then_some(EMBED_CLASS))}>
                <div inert={open}>{ messages }</div>
                // The axis watches the entries' elements: they are final once hydrated.
                { deferred(Priority::Low, html! {
                    <TimeAxis location={location} axis={Rc::clone(&axis)} visible={Rc::clone(&visible)}
                        current={state.current} inert={open} />
                }) }
                { bar }
                <div class="layout">
                    <div class="sidebar">{ sheet }</div>
                    { timeline }
                </div>
            </main>
            { page_bottom }
            { dialog }
        </ContextProvider<AppContext>>
    }
}
