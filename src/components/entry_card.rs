//! One entry: its date and how it is known, kind, title, summary, quotes (with their
//! translation on Korean pages), sources and links.

use timeline_data::language::Language;
use timeline_data::model::{Entry, Quote};
use yew::prelude::*;

use crate::components::share_buttons::{share_buttons, use_copy_status};
use crate::context::{use_app_context, AppContext};
use crate::dataset::DATASET;
use crate::i18n::UiText;
use crate::route::Edition;
use crate::state::Action;

/// How the data names the parts of the article (the build checks them against it).
const INTRODUCTION: &str = "Introduction";
const RELATED_PUBLICATION: &str = "Related publication: ";

#[derive(Properties, PartialEq)]
pub struct EntryCardProps {
    pub entry: &'static Entry,
    pub is_current: bool,
    pub outside_filter: bool,
    /// The active filters as `?…`, carried by the entry's shared link.
    pub share_query: AttrValue,
}

/// A link to an entry. On the site it opens the entry in place for a plain click, and as a
/// page otherwise (new tab, no JavaScript); in an embedded timeline it opens the entry on the
/// full site, with the same filters, in a new tab: the reader's frame stays as it was.
pub fn entry_link(entry: &'static Entry, context: &AppContext, query: &str, text: Html) -> Html {
    if context.paths.edition.embed {
        let site = context.paths.in_edition(Edition { embed: false, ..context.paths.edition });
        return html! { <a href={format!("{}{query}", site.entry(entry.slug))} target="_blank" rel="noopener">{ text }</a> };
    }
    let onclick = {
        let dispatch = context.dispatch.clone();
        Callback::from(move |event: MouseEvent| {
            if event.button() == 0 && !(event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key()) {
                event.prevent_default();
                dispatch.dispatch(Action::Open(entry));
            }
        })
    };
    html! { <a href={context.paths.entry(entry.slug)} {onclick}>{ text }</a> }
}

/// The attribute that marks English text on a page in another language.
fn english_on(language: Language) -> Option<AttrValue> {
    (language != Language::English).then_some(AttrValue::Static("en"))
}

fn quote(quote: &Quote, ui: &UiText, language: Language) -> Html {
    // Adjacent texts are one node in the page rendered ahead of time, and hydration splits
    // them with inserted nodes: a text is built in one piece here and for the sources below.
    let attribution =
        (ui.attribution)(quote.speaker.name.get(language), quote.with.map(|with| with.name.get(language)));
    html! {
        <figure class="quote">
            <blockquote lang={english_on(language)}><p>{ quote.text }</p></blockquote>
            if let Some(translation) = quote.translation(language) {
                <p class="translation"><span class="translation-label">{ ui.translation }</span>{ translation }</p>
            }
            <figcaption>{ attribution }</figcaption>
        </figure>
    }
}

/// Where in the article the entry comes from: its introduction, a heading, or one of the
/// related publications, whose titles stay in the article's English.
fn section(entry: &Entry, ui: &UiText, language: Language) -> Html {
    let publication_type = entry.publication_type.map(|kind| format!(" ({})", kind.get(language)));
    match entry.section.strip_prefix(RELATED_PUBLICATION) {
        _ if entry.section == INTRODUCTION => html! { ui.introduction },
        Some(title) => html! {
            <>{ ui.related_publication }<cite lang={english_on(language)}>{ title }</cite>{ publication_type }</>
        },
        None => html! { <cite lang={english_on(language)}>{ entry.section }</cite> },
    }
}

#[function_component]
pub fn EntryCard(props: &EntryCardProps) -> Html {
    let entry = props.entry;
    let context = use_app_context();
    let (ui, language) = (context.ui(), context.language());
    let copy_status = use_copy_status(entry.slug);
    let heading_id = format!("{}-title", entry.slug);
    let actors = entry.actors.iter().map(|actor| actor.name.get(language)).collect::<Vec<_>>().join(", ");
    let related = entry.related.iter().filter_map(|slug| DATASET.entry(slug));
    let section = section(entry, ui, language);
    let provenance = &entry.provenance;
    let quoted_elsewhere = |i: usize| entry.elements.iter().any(|element| element.quote == i);
    let site = context.paths.in_edition(Edition { embed: false, ..context.paths.edition });
    html! {
        <article id={entry.slug} tabindex="-1"
            class={classes!("entry", format!("kind-{}", entry.kind.id), props.is_current.then_some("current"),
                entry.background.then_some("background"))}
            aria-labelledby={heading_id.clone()}
            aria-current={props.is_current.then_some("true")}>
            <p class="entry-meta">
                <time datetime={entry.date.iso()}>{ entry.date_in_words(language) }</time>
                <span class="kind-badge">{ entry.kind.label.get(language) }</span>
                <span class={classes!("provenance-badge", provenance.kind.id())}>{ (ui.provenance_badge)(provenance.kind) }</span>
                if entry.background { <span class="background-badge">{ ui.background_badge }</span> }
            </p>
            <h3 id={heading_id}>{ entry_link(entry, &context, &props.share_query, html! { <>{ entry.title.get(language) }</> }) }</h3>
            if props.outside_filter {
                <p class="outside-filter">{ ui.outside_filter }</p>
            }
            <p class="summary">{ entry.summary.get(language) }</p>
            if !entry.elements.is_empty() {
                <section class="elements" aria-labelledby={format!("{}-elements", entry.slug)}>
                    <h4 id={format!("{}-elements", entry.slug)}>
                        { (ui.elements_in_words)(entry.elements.len(), entry.quotes[entry.elements[0].quote].speaker.name.get(language)) }
                    </h4>
                    <ol>
                        { for entry.elements.iter().map(|element| html! {
                            <li>
                                <strong class="element-label">{ element.label.get(language) }</strong>
                                { quote(&entry.quotes[element.quote], ui, language) }
                            </li>
                        }) }
                    </ol>
                </section>
            }
            { for entry.quotes.iter().enumerate().filter(|(i, _)| !quoted_elsewhere(*i)).map(|(_, q)| quote(q, ui, language)) }
            <dl class="facts">
                <div><dt>{ ui.involved }</dt><dd>{ actors }</dd></div>
                <div class="provenance"><dt>{ (ui.provenance)(provenance.kind) }</dt><dd>{ provenance.note.get(language) }</dd></div>
                if let Some(words) = provenance.words {
                    <div><dt>{ ui.the_articles_words }</dt><dd lang={english_on(language)}>{ format!("“{words}”") }</dd></div>
                }
                if let Some(source) = &provenance.source {
                    <div><dt>{ ui.public_record }</dt><dd><a href={source.url} rel="noopener" lang={english_on(language)}>{ source.name }</a></dd></div>
                }
                <div><dt>{ ui.part_of_the_article }</dt><dd>{ section }</dd></div>
            </dl>
            if !entry.related.is_empty() {
                <nav class="related" aria-label={(ui.related_to)(entry.title.get(language))}>
                    <h4>{ ui.related }</h4>
                    <ul>
                        { for related.map(|other| html! {
                            <li>{ entry_link(other, &context, &props.share_query, html! {
                                <>{ other.title.get(language) }<span class="related-date">{ format!(" · {}", other.date_in_words(language)) }</span></>
                            }) }</li>
                        }) }
                    </ul>
                </nav>
            }
            <p class="print-url">{ format!("{}{}", context.origin, site.entry(entry.slug)) }</p>
            { share_buttons(entry, format!("{}{}", site.entry(entry.slug), props.share_query), &copy_status, &context) }
        </article>
    }
}
