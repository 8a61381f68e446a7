//! The filters: free text, kinds of event, who was involved, years, and background events.

use std::rc::Rc;

use timeline_data::model::{ActorGroup, Entry};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::embed_code::embed_button;
use crate::components::export_buttons::export_buttons;
use crate::components::filter_bar::total_entries;
use crate::context::AppContext;
use crate::dataset::DATASET;
use crate::filter::{Facet, Filter};
use crate::i18n::UiText;
use crate::memo;
use crate::shared_names::{FILTERS_TITLE_ID, NEEDS_JS_CLASS, NO_JS_ONLY_CLASS, SEARCH_ID};
use crate::state::{Action, AppState, EmbedTarget};

/// A checkbox for one kind or actor, with how many entries choosing it would show.
struct Choice {
    facet: Facet,
    id: &'static str,
    label: &'static str,
    checked: bool,
    count: usize,
}

impl Choice {
    /// A plain view rather than a component: there are dozens, they hold no state, and each
    /// component costs the page's start-up a lifecycle of its own.
    fn view(self, dispatch: &UseReducerDispatcher<AppState>, ui: &UiText) -> Html {
        let Choice { facet, id, label, checked, count } = self;
        let onchange = {
            let dispatch = dispatch.clone();
            Callback::from(move |_: Event| {
                dispatch.dispatch(match facet {
                    Facet::Kind => Action::ToggleKind(id),
                    Facet::Actor => Action::ToggleActor(id),
                })
            })
        };
        let class = match facet {
            Facet::Kind => classes!("choice", format!("kind-{id}")),
            Facet::Actor => classes!("choice"),
        };
        html! {
            <label key={id} {class}>
                <input type="checkbox" {checked} {onchange} />
                if facet == Facet::Kind { <span class="kind-shape" aria-hidden="true"></span> }
                <span class="choice-label">{ label }</span>
                <span class="count">
                    <span aria-hidden="true">{ count }</span>
                    <span class="visually-hidden">{ format!(", {}", (ui.entries)(count)) }</span>
                </span>
            </label>
        }
    }
}

fn year_input(
    value: Option<u16>,
    id: &'static str,
    label: &'static str,
    placeholder: u16,
    on_year: Callback<Option<u16>>,
) -> Html {
    let onchange = Callback::from(move |event: Event| {
        let input: HtmlInputElement = event.target_unchecked_into();
        on_year.emit(input.value().trim().parse().ok());
    });
    html! {
        <div class="year-field">
            <label for={id}>{ label }</label>
            <input {id} type="number" inputmode="numeric" min="1" max="9999"
                placeholder={placeholder.to_string()}
                value={value.map(|year| year.to_string()).unwrap_or_default()}
                {onchange} />
        </div>
    }
}

/// The filters as `filter` sets them; `matching` are the entries it lets through, in order.
pub fn filter_panel(context: &AppContext, filter: &Filter, matching: &Rc<Vec<&'static Entry>>) -> Html {
    let (ui, language) = (context.ui(), context.language());
    let dispatch = &context.dispatch;
    let (first_year, last_year) = DATASET.year_range();

    let on_text = {
        let dispatch = dispatch.clone();
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            dispatch.dispatch(Action::SetText(input.value()));
        })
    };
    let on_from = {
        let dispatch = dispatch.clone();
        Callback::from(move |year| dispatch.dispatch(Action::SetFromYear(year)))
    };
    let on_to = {
        let dispatch = dispatch.clone();
        Callback::from(move |year| dispatch.dispatch(Action::SetToYear(year)))
    };
    let on_background = {
        let dispatch = dispatch.clone();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            dispatch.dispatch(Action::SetBackground(input.checked()));
        })
    };
    let on_clear = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.dispatch(Action::ClearFilters))
    };

    let counts = memo::facet_counts(filter, language);
    let kinds = DATASET.kinds.iter().map(|kind| {
        Choice {
            facet: Facet::Kind,
            id: kind.id,
            label: kind.label.get(language),
            checked: filter.kinds.contains(kind.id),
            count: counts.get(Facet::Kind, kind.id),
        }
        .view(dispatch, ui)
    });
    let actor_groups = ActorGroup::ALL.into_iter().map(|group| {
        let actors = DATASET.actors.iter().filter(|actor| actor.group == group);
        let selected = actors.clone().filter(|actor| filter.actors.contains(actor.id)).count();
        html! {
            <details key={group.id()} class="actor-group" open={selected > 0 || group == ActorGroup::Person}>
                <summary>
                    { (ui.actor_group)(group) }
                    if selected > 0 { <span class="selected-count">{ (ui.selected)(selected) }</span> }
                </summary>
                <div class="choices">
                    { for actors.map(|actor| Choice {
                        facet: Facet::Actor,
                        id: actor.id,
                        label: actor.name.get(language),
                        checked: filter.actors.contains(actor.id),
                        count: counts.get(Facet::Actor, actor.id),
                    }.view(dispatch, ui)) }
                </div>
            </details>
        }
    });

    html! {
        <search class="filters" aria-labelledby={FILTERS_TITLE_ID}>
            <h2 id={FILTERS_TITLE_ID} tabindex="-1">{ ui.filter_the_timeline }</h2>
            <nav class={classes!(NO_JS_ONLY_CLASS, "kind-links")} aria-label={ui.browse_by_kind}>
                <p>{ ui.filters_need_javascript }</p>
                <ul>
                    <li><a href={context.paths.home()}>{ ui.all_entries }</a></li>
                    { for DATASET.kinds.iter().map(|kind| html! {
                        <li><a href={context.paths.kind(kind.id)}>{ kind.label.get(language) }</a></li>
                    }) }
                </ul>
            </nav>
            <div class={classes!("search-field", NEEDS_JS_CLASS)}>
                <label for={SEARCH_ID}>{ ui.search_label }</label>
                <input id={SEARCH_ID} type="search" autocomplete="off" spellcheck="false"
                    value={filter.text.clone()} oninput={on_text} />
            </div>
            <fieldset class={classes!("kinds", NEEDS_JS_CLASS)}>
                <legend>{ ui.kind_of_event }</legend>
                <div class="choices">{ for kinds }</div>
            </fieldset>
            <fieldset class={classes!("actors", NEEDS_JS_CLASS)}>
                <legend>{ ui.who_was_involved }</legend>
                { for actor_groups }
            </fieldset>
            <fieldset class={classes!("years", NEEDS_JS_CLASS)}>
                <legend>{ ui.when }</legend>
                { year_input(filter.from_year, "filter-from", ui.from_year, first_year, on_from) }
                { year_input(filter.to_year, "filter-to", ui.to_year, last_year, on_to) }
            </fieldset>
            <fieldset class={classes!("tiers", NEEDS_JS_CLASS)}>
                <legend>{ ui.background_events }</legend>
                <label class="toggle">
                    <input type="checkbox" checked={filter.background} onchange={on_background}
                        aria-describedby="background-hint" />
                    { ui.show_background_events }
                </label>
                <p id="background-hint" class="hint">{ ui.background_hint }</p>
            </fieldset>
            <div class="filter-summary">
                <p role="status" aria-live="polite" class="match-count">
                    { (ui.matching_of_total)(matching.len(), total_entries(filter)) }
                </p>
                <button type="button" class={NEEDS_JS_CLASS} onclick={on_clear} disabled={filter.is_empty()}>
                    { ui.clear_all_filters }
                </button>
            </div>
            <div class="view-actions">
                { export_buttons(context, matching) }
                { embed_button(context, EmbedTarget::View, ui.embed_this_view) }
            </div>
        </search>
    }
}
