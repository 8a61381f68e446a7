//! One entry: its date, kind, title, summary, quotes, sources and links.

use timeline_data::model::{Entry, Quote};
use yew::prelude::*;

use crate::components::share_buttons::{share_buttons, use_copy_status};
use crate::context::use_app_context;
use crate::dataset::DATASET;
use crate::route;
use crate::state::{Action, AppState};

#[derive(Properties, PartialEq)]
pub struct EntryCardProps {
    pub entry: &'static Entry,
    pub is_current: bool,
    pub outside_filter: bool,
    /// The active filters as `?…`, carried by the entry's shared link.
    pub share_query: AttrValue,
}

/// A link to an entry that opens it in place for a plain click, and as a page otherwise
/// (new tab, no JavaScript).
fn entry_link(entry: &'static Entry, base: &str, dispatch: &UseReducerDispatcher<AppState>, text: Html) -> Html {
    let onclick = {
        let dispatch = dispatch.clone();
        Callback::from(move |event: MouseEvent| {
            if event.button() == 0 && !(event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key()) {
                event.prevent_default();
                dispatch.dispatch(Action::Open(entry));
            }
        })
    };
    html! { <a href={route::entry_path(base, entry.slug)} {onclick}>{ text }</a> }
}

fn quote(quote: &Quote) -> Html {
    // Adjacent texts are one node in the page rendered ahead of time, and hydration splits
    // them with inserted nodes: a text is built in one piece here and for the source below.
    let attribution = match quote.with {
        Some(with) => format!("— {} and {}", quote.speaker.name, with.name),
        None => format!("— {}", quote.speaker.name),
    };
    html! {
        <figure class="quote">
            <blockquote><p>{ quote.text }</p></blockquote>
            <figcaption>{ attribution }</figcaption>
        </figure>
    }
}

#[function_component]
pub fn EntryCard(props: &EntryCardProps) -> Html {
    let entry = props.entry;
    let context = use_app_context();
    let copy_status = use_copy_status(entry.slug);
    let heading_id = format!("{}-title", entry.slug);
    let actors = entry.actors.iter().map(|actor| actor.name).collect::<Vec<_>>().join(", ");
    let related = entry.related.iter().filter_map(|slug| DATASET.entry(slug));
    let source = match entry.publication_type {
        Some(kind) => format!("{} ({kind})", entry.section),
        None => entry.section.to_owned(),
    };
    let provenance =
        if entry.provenance.is_added() { "Date added from the public record" } else { "Date from the article" };
    html! {
        <article id={entry.slug} tabindex="-1"
            class={classes!("entry", format!("kind-{}", entry.kind.id), props.is_current.then_some("current"))}
            aria-labelledby={heading_id.clone()}
            aria-current={props.is_current.then_some("true")}>
            <p class="entry-meta">
                <time datetime={entry.date.iso()}>{ entry.date_in_words() }</time>
                <span class="kind-badge">{ entry.kind.label }</span>
                if entry.provenance.is_added() { <span class="added-badge">{ "added date" }</span> }
            </p>
            <h3 id={heading_id}>{ entry_link(entry, &context.base, &context.dispatch, html! { <>{ entry.title }</> }) }</h3>
            if props.outside_filter {
                <p class="outside-filter">{ "Shown because the link points to it; the current filters would hide it." }</p>
            }
            <p class="summary">{ entry.summary }</p>
            if !entry.elements.is_empty() {
                <section class="elements" aria-labelledby={format!("{}-elements", entry.slug)}>
                    <h4 id={format!("{}-elements", entry.slug)}>{ format!("The {} elements, in {}’s words", entry.elements.len(), entry.quotes[entry.elements[0].quote].speaker.name) }</h4>
                    <ol>
                        { for entry.elements.iter().map(|element| html! {
                            <li>
                                <strong class="element-label">{ element.label }</strong>
                                { quote(&entry.quotes[element.quote]) }
                            </li>
                        }) }
                    </ol>
                </section>
            }
            { for entry.quotes.iter().enumerate()
                .filter(|(i, _)| !entry.elements.iter().any(|element| element.quote == *i))
                .map(|(_, q)| quote(q)) }
            <dl class="facts">
                <div><dt>{ "Involved" }</dt><dd>{ actors }</dd></div>
                <div><dt>{ provenance }</dt><dd>{ entry.provenance.note() }</dd></div>
                <div><dt>{ "Source" }</dt><dd>{ source }</dd></div>
            </dl>
            if !entry.related.is_empty() {
                <nav class="related" aria-label={format!("Related to {}", entry.title)}>
                    <h4>{ "Related" }</h4>
                    <ul>
                        { for related.map(|other| html! {
                            <li>{ entry_link(other, &context.base, &context.dispatch, html! {
                                <>{ other.title }<span class="related-date">{ format!(" · {}", other.date_in_words()) }</span></>
                            }) }</li>
                        }) }
                    </ul>
                </nav>
            }
            <p class="print-url">{ format!("{}{}", context.origin, route::entry_path(&context.base, entry.slug)) }</p>
            { share_buttons(
                entry.slug,
                entry.title,
                format!("{}{}", route::entry_path(&context.base, entry.slug), props.share_query),
                &copy_status,
            ) }
        </article>
    }
}
