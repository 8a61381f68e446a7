//! Embedding: the dialog that shows an editor the `<iframe>` code for the view or one entry,
//! the buttons that open it, and the embedded page's footer, which leads to the full site.

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::browser;
use crate::context::AppContext;
use crate::embed::iframe_snippet;
use crate::shared_names::{EMBED_DIALOG_ID, EMBED_SNIPPET_ID, NEEDS_JS_CLASS};
use crate::state::{Action, EmbedCode, EmbedTarget};

/// The button that opens the embedding code for `target`, labelled `label` ("Embed" beside an
/// entry's links, "Embed this view" for the view). A plain view, since every entry has one.
/// None on embedded pages: an embed of an embed helps no one.
pub fn embed_button(context: &AppContext, target: EmbedTarget, label: &'static str) -> Html {
    if context.paths.edition.embed {
        return html! {};
    }
    let onclick = {
        let dispatch = context.dispatch.clone();
        Callback::from(move |_| dispatch.dispatch(Action::ShowEmbedCode(target)))
    };
    html! {
        <button type="button" class={classes!("quiet", "embed-button", NEEDS_JS_CLASS)} aria-haspopup="dialog" {onclick}>
            { label }
        </button>
    }
}

/// The dialog with the `<iframe>` code for `code`'s view or entry, whose embedded page is at
/// `location` (path and query); empty while closed. `use_embed_dialog` opens it as a modal.
pub fn embed_dialog(context: &AppContext, code: Option<EmbedCode>, location: &str) -> Html {
    let ui = context.ui();
    let onclose = {
        let dispatch = context.dispatch.clone();
        Callback::from(move |_| dispatch.dispatch(Action::CloseEmbedCode))
    };
    let content = code.map(|code| {
        // Only once open: the page's own address is known in the browser alone.
        let snippet = iframe_snippet(&browser::absolute_url(location), ui.site_name);
        let copy = {
            let (snippet, dispatch) = (snippet.clone(), context.dispatch.clone());
            Callback::from(move |_| {
                let (snippet, dispatch) = (snippet.clone(), dispatch.clone());
                spawn_local(async move {
                    match browser::copy_to_clipboard(&snippet).await {
                        Ok(()) => dispatch.dispatch(Action::EmbedCodeCopied),
                        // Copying by hand: the code is selected.
                        Err(_) => browser::select_text(EMBED_SNIPPET_ID),
                    }
                });
            })
        };
        html! {
            <>
                <h2 id="embed-title">{ ui.embed_title }</h2>
                <p id="embed-hint">{ ui.embed_hint }</p>
                <label for={EMBED_SNIPPET_ID}>{ ui.embed_code }</label>
                <textarea id={EMBED_SNIPPET_ID} readonly=true rows="5" aria-describedby="embed-hint" value={snippet} />
                <div class="dialog-actions">
                    <button type="button" onclick={copy}>{ ui.copy_code }</button>
                    <span class="copy-status" role="status">if code.copied { { ui.code_copied } }</span>
                    <form method="dialog"><button class="quiet">{ ui.close }</button></form>
                </div>
            </>
        }
    });
    html! {
        <dialog id={EMBED_DIALOG_ID} class="embed-dialog" aria-labelledby="embed-title" {onclose}>
            { content }
        </dialog>
    }
}

/// The embedded page's footer: where its facts come from, and the full timeline in a new tab,
/// showing the same view (`location`, its path and query on the full site).
pub fn embed_footer(context: &AppContext, location: AttrValue) -> Html {
    let ui = context.ui();
    html! {
        <footer class="embed-footer">
            <a href={location} target="_blank" rel="noopener" class="open-full">{ ui.open_full_timeline }</a>
            <span class="embed-source">{ ui.site_name }</span>
        </footer>
    }
}
