//! The page's banner and footer: what this is, the same page in the other language, and where
//! every fact comes from.

use timeline_data::language::Language;
use yew::prelude::*;

use crate::components::keyboard_shortcuts::KeyboardShortcutsHelp;
use crate::context::use_app_context;

#[derive(Properties, PartialEq)]
pub struct LanguageSwitchProps {
    /// The page in the other language: the same entry and filters.
    pub location: AttrValue,
}

/// The link to the same page in the other language, named in that language.
#[function_component]
pub fn LanguageSwitch(props: &LanguageSwitchProps) -> Html {
    let context = use_app_context();
    let other = other_language(context.language());
    html! {
        <a class="language-switch" href={props.location.clone()} hreflang={other.code()} lang={other.code()}
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

#[derive(Properties, PartialEq)]
pub struct SiteHeaderProps {
    pub other_language: AttrValue,
}

#[function_component]
pub fn SiteHeader(props: &SiteHeaderProps) -> Html {
    let context = use_app_context();
    let ui = context.ui();
    html! {
        <header class="site-header">
            <div class="masthead">
                <p class="eyebrow"><a href={context.paths.home()}>{ ui.site_name }</a></p>
                <LanguageSwitch location={props.other_language.clone()} />
            </div>
            <div class="intro">
                <h1>{ ui.question }</h1>
                <div class="intro-text">
                    <p class="lede">{ ui.lede }</p>
                    <KeyboardShortcutsHelp />
                </div>
            </div>
        </header>
    }
}

#[function_component]
pub fn SiteFooter() -> Html {
    let context = use_app_context();
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
