//! The page's banner and footer: what this is and where every fact comes from.

use yew::prelude::*;

use crate::components::keyboard_shortcuts::KeyboardShortcuts;
use crate::context::use_app_context;
use crate::SITE_NAME;

#[function_component]
pub fn SiteHeader() -> Html {
    let base = use_app_context().base;
    html! {
        <header class="site-header">
            <p class="eyebrow"><a href={base}>{ SITE_NAME }</a></p>
            <h1>{ "Should the U.S. declare an end to the Korean War?" }</h1>
            <p class="lede">
                { "The chronology behind the question, from the July 1953 armistice through the \
                   June 2018 Singapore summit to the publications of 2024." }
            </p>
            <KeyboardShortcuts />
        </header>
    }
}

#[function_component]
pub fn SiteFooter() -> Html {
    let base = use_app_context().base;
    html! {
        <footer class="site-footer">
            <p>
                { "Every entry comes from a U.S. Institute of Peace article quoting Joseph Yun and \
                   Frank Aum, and its four related 2024 publications. Quotes are verbatim. Dates \
                   marked “added” come from the well-known public record where the article is vaguer. " }
                <a href={format!("{base}source/article.txt")}>{ "Read the source text" }</a>
                { "." }
            </p>
        </footer>
    }
}
