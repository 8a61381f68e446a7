//! Download the entries that match the filters, for citing and analysis.

use timeline_data::model::Entry;
use yew::prelude::*;

use crate::export::Format;
use crate::{browser, route};

#[derive(Properties, PartialEq)]
pub struct ExportButtonsProps {
    pub base: AttrValue,
    pub entries: Vec<&'static Entry>,
}

#[function_component]
pub fn ExportButtons(props: &ExportButtonsProps) -> Html {
    let buttons = Format::ALL.into_iter().map(|format| {
        let (base, entries) = (props.base.clone(), props.entries.clone());
        let onclick = Callback::from(move |_| {
            let site_url = browser::absolute_url(&route::normalize_base(&base));
            browser::download(format.file_name(), format.mime_type(), &format.render(&entries, &site_url));
        });
        html! {
            <button type="button" class="quiet" {onclick}>{ format!("Download {}", format.name()) }</button>
        }
    });
    html! { <div class="export needs-js">{ for buttons }</div> }
}
