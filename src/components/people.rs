//! The people the article quotes or names, with their roles as it gives them. Choosing a
//! person filters the timeline to the entries involving them, like the actor filter (and
//! through the same state, so it is part of the link too).

use timeline_data::model::ActorGroup;
use yew::prelude::*;

use crate::context::AppContext;
use crate::dataset::DATASET;
use crate::filter::{Facet, Filter};
use crate::memo;
use crate::shared_names::NEEDS_JS_CLASS;
use crate::state::Action;

/// The people, with `filter`'s choice of them pressed.
pub fn people(context: &AppContext, filter: &Filter) -> Html {
    let (ui, language) = (context.ui(), context.language());
    // The entries choosing a person would show, whatever else is chosen: those involving
    // them, background events only once those are shown.
    let counts = memo::facet_counts(&Filter { background: filter.background, ..Filter::default() }, language);
    let people = DATASET.actors.iter().filter(|actor| actor.group == ActorGroup::Person).map(|person| {
        let entries = counts.get(Facet::Actor, person.id);
        let chosen = filter.actors.contains(person.id);
        let onclick = {
            let dispatch = context.dispatch.clone();
            Callback::from(move |_| dispatch.dispatch(Action::ToggleActor(person.id)))
        };
        let description_id = format!("person-{}-role", person.id);
        html! {
            <li key={person.id}>
                <button type="button" class="person" aria-pressed={if chosen { "true" } else { "false" }}
                    aria-describedby={person.role.is_some().then(|| description_id.clone())} {onclick}>
                    <span class="person-name">{ person.name.get(language) }</span>
                    <span class="person-count">{ (ui.entries)(entries) }</span>
                </button>
                if let Some(role) = person.role {
                    <p class="person-role" id={description_id}>{ role.get(language) }</p>
                }
            </li>
        }
    });
    html! {
        <section class={classes!("people", NEEDS_JS_CLASS)} aria-labelledby="people-title">
            <h2 id="people-title">{ ui.people_in_this_story }</h2>
            <p class="people-hint">{ ui.people_hint }</p>
            <ul>{ for people }</ul>
        </section>
    }
}
