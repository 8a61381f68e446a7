//! The page's banner and footer: what this is, the same page in the other language, and where
//! every fact comes from.

use timeline_data::language::Language;
use yew::prelude::*;

use crate::components::keyboard_shortcuts::keyboard_shortcuts_help;
use crate::context::AppContext;

/// The link to the same page in the other language (`location`: the same entry and filters),
/// named in that language.
fn language_switch(context: &AppContext, location: AttrValue) -> Html {
    let other = other_language(context.language());
    html! {
        <a class="language-switch" href={location} hreflang={other.code()} lang={other.code()}
            title={context.ui().other_language}>
            { other.own_name() }
        </a>
    }
}

/// The language of the site's other edition.
pub fn other_language(language: Language) -> Language {
    match language {
        Language::English => Language::Korean,
        Language::Korean => Language::English,
    }
}

/// `other_language`: this page in the other language.
pub fn site_header(context: &AppContext, other_language: AttrValue) -> Html {
    let ui = context.ui();
    html! {
        <header class="site-header">
            <div class="masthead">
                <p class="eyebrow"><a href={context.paths.home()}>{ ui.site_name }</a></p>
                { language_switch(context, other_language) }
            </div>
            <div class="intro">
                <h1>{ ui.question }</h1>
                <div class="intro-text">
                    <p class="lede">{ ui.lede }</p>
                    { keyboard_shortcuts_help(ui) }
                </div>
            </div>
        </header>
    }
}

/// Where every fact comes from, and the article itself.
pub fn site_footer(context: &AppContext) -> Html {
    let ui = context.ui();
    html! {
        <footer class="site-footer">
            <p>
                { ui.about_the_sources }
                <a href={format!("{}source/article.txt", context.paths.base())} hreflang="en">{ ui.read_the_source }</a>
            </p>
        </footer>
    }
}
