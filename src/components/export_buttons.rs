//! Download the entries that match the filters, for citing and analysis.

use timeline_data::model::Entry;
use yew::prelude::*;

use crate::context::use_app_context;
use crate::export::Format;
use crate::shared_names::NEEDS_JS_CLASS;
use crate::{browser, route};

#[derive(Properties, PartialEq)]
pub struct ExportButtonsProps {
    pub entries: Vec<&'static Entry>,
}

#[function_component]
pub fn ExportButtons(props: &ExportButtonsProps) -> Html {
    let base = use_app_context().base;
    let buttons = Format::ALL.into_iter().map(|format| {
        let (base, entries) = (base.clone(), props.entries.clone());
        let onclick = Callback::from(move |_| {
            let site_url = browser::absolute_url(&route::normalize_base(&base));
            browser::download(format.file_name(), format.mime_type(), &format.render(&entries, &site_url));
        });
        html! {
            <button type="button" class="quiet" {onclick}>{ format!("Download {}", format.name()) }</button>
        }
    });
    html! { <div class={classes!("export", NEEDS_JS_CLASS)}>{ for buttons }</div> }
}
