//! Download the entries that match the filters, for citing and analysis.

use std::rc::Rc;

use timeline_data::model::Entry;
use yew::prelude::*;

use crate::browser;
use crate::context::AppContext;
use crate::export::Format;
use crate::route::Edition;
use crate::shared_names::NEEDS_JS_CLASS;

/// The buttons that download `entries`.
pub fn export_buttons(context: &AppContext, entries: &Rc<Vec<&'static Entry>>) -> Html {
    let language = context.language();
    // Entries are cited by their page on the full site, never the embedded one.
    let site = context.paths.in_edition(Edition { language, embed: false });
    let buttons = Format::ALL.into_iter().map(|format| {
        let (home, entries) = (site.home(), Rc::clone(entries));
        let onclick = Callback::from(move |_| {
            let text = format.render(&entries, language, &browser::absolute_url(&home));
            browser::download(format.file_name(), format.mime_type(), &text);
        });
        html! {
            <button type="button" class="quiet" {onclick}>{ (context.ui().download)(format.name()) }</button>
        }
    });
    html! { <div class={classes!("export", NEEDS_JS_CLASS)}>{ for buttons }</div> }
}
