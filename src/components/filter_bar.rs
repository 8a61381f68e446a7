//! The one-line bar above the timeline on narrow screens (and in the embedded timeline): a
//! button that opens the filters over the page, how many entries are shown, and each filter in
//! effect as a chip that removes it.

use yew::prelude::*;

use crate::components::embed_code::embed_button;
use crate::context::AppContext;
use crate::dataset::DATASET;
use crate::filter::{ActiveFilter, Filter};
use crate::i18n::UiText;
use crate::shared_names::{FILTERS_BUTTON_ID, NEEDS_JS_CLASS};
use crate::state::{Action, EmbedTarget};
use timeline_data::language::Language;

/// What a chip says for a filter in effect.
pub fn chip_label(filter: ActiveFilter, text: &str, ui: &UiText, language: Language) -> String {
    match filter {
        ActiveFilter::Kind(id) => DATASET.kind(id).map_or(id, |kind| kind.label.get(language)).to_owned(),
        ActiveFilter::Actor(id) => DATASET.actor(id).map_or(id, |actor| actor.name.get(language)).to_owned(),
        ActiveFilter::FromYear(year) => (ui.from_year_chip)(year),
        ActiveFilter::ToYear(year) => (ui.to_year_chip)(year),
        ActiveFilter::Text => format!("“{text}”"),
        ActiveFilter::Background => ui.background_events.to_owned(),
    }
}

/// A key that tells the chips apart without formatting them for debugging (which would bring
/// Rust's debug formatting, and its Unicode tables, into the browser build).
fn chip_key(filter: ActiveFilter) -> String {
    match filter {
        ActiveFilter::Kind(id) => format!("kind-{id}"),
        ActiveFilter::Actor(id) => format!("actor-{id}"),
        ActiveFilter::FromYear(_) => "from".to_owned(),
        ActiveFilter::ToYear(_) => "to".to_owned(),
        ActiveFilter::Text => "text".to_owned(),
        ActiveFilter::Background => "background".to_owned(),
    }
}

/// How many entries there are to show: background events count once they are shown.
pub fn total_entries(filter: &Filter) -> usize {
    DATASET.entries.iter().filter(|entry| filter.background || !entry.background).count()
}

/// The bar for `filter`, which lets `matching` entries through, while the filters are `open`
/// over the page or not; `full_site` is, on an embedded page, the same view on the full site
/// (path and query).
pub fn filter_bar(
    context: &AppContext,
    filter: &Filter,
    matching: usize,
    open: bool,
    full_site: Option<AttrValue>,
) -> Html {
    let (ui, language) = (context.ui(), context.language());
    let active = filter.active();
    let open_filters = {
        let dispatch = context.dispatch.clone();
        Callback::from(move |_| dispatch.dispatch(Action::OpenFilters { search: false }))
    };
    let chips = active.iter().map(|&in_effect| {
        let label = chip_label(in_effect, &filter.text, ui, language);
        let remove = {
            let dispatch = context.dispatch.clone();
            Callback::from(move |_| dispatch.dispatch(Action::Remove(in_effect)))
        };
        html! {
            <li key={chip_key(in_effect)}>
                <button type="button" class="chip" aria-label={(ui.remove_filter)(&label)} onclick={remove}>
                    <span class="chip-label">{ label }</span><span class="chip-remove" aria-hidden="true">{ "×" }</span>
                </button>
            </li>
        }
    });
    html! {
        <div class="filter-bar" inert={open}>
            <button type="button" id={FILTERS_BUTTON_ID} class={classes!("filters-button", NEEDS_JS_CLASS)} aria-haspopup="dialog"
                aria-expanded={if open { "true" } else { "false" }} onclick={open_filters}>
                <span class="filters-icon" aria-hidden="true"></span>{ (ui.filters)(active.len()) }
            </button>
            <p class="bar-count" role="status">{ (ui.matching_of_total)(matching, total_entries(filter)) }</p>
            { embed_button(context, EmbedTarget::View, ui.embed_this_view) }
            if let Some(full_site) = full_site {
                <a href={full_site} target="_blank" rel="noopener" class="open-full">{ ui.open_full_timeline }</a>
            }
            if !active.is_empty() {
                <ul class={classes!("filter-chips", NEEDS_JS_CLASS)} aria-label={ui.active_filters}>{ for chips }</ul>
            }
        </div>
    }
}
