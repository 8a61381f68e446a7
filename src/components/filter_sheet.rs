//! The filters and the people, beside the timeline on wide screens; on narrow ones (and in the
//! embedded timeline), a sheet over the page, opened from the filter bar: a modal dialog
//! whose page behind is inert, closed with Escape, its close button or "Show N entries".

use yew::prelude::*;

use crate::context::AppContext;
use crate::shared_names::FILTERS_TITLE_ID;
use crate::state::Action;

/// The sheet around `children`: `open` over the page or not, `matching` the number of entries
/// the filters let through now.
pub fn filter_sheet(context: &AppContext, open: bool, matching: usize, children: Html) -> Html {
    let ui = context.ui();
    let close = {
        let dispatch = context.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::CloseFilters { return_focus: true }))
    };
    let onkeydown = {
        let dispatch = context.dispatch.clone();
        Callback::from(move |event: KeyboardEvent| {
            if open && event.key() == "Escape" {
                event.prevent_default();
                dispatch.dispatch(Action::CloseFilters { return_focus: true });
            }
        })
    };
    html! {
        <div class={classes!("filter-sheet", open.then_some("open"))}
            role={open.then_some("dialog")}
            aria-modal={open.then_some("true")}
            aria-labelledby={open.then_some(FILTERS_TITLE_ID)}
            {onkeydown}>
            <button type="button" class="sheet-close" aria-label={ui.close_filters} onclick={close.clone()}>
                <span aria-hidden="true">{ "×" }</span>
            </button>
            { children }
            <div class="sheet-footer">
                <button type="button" class="show-entries" onclick={close}>{ (ui.show_entries)(matching) }</button>
            </div>
        </div>
    }
}
