//! The filters and the people, beside the timeline on wide screens; on narrow ones (and in the
//! embedded timeline), a sheet over the page, opened from the filter bar: a modal dialog
//! whose page behind is inert, closed with Escape, its close button or "Show N entries".

use yew::prelude::*;

use crate::context::use_app_context;
use crate::shared_names::FILTERS_TITLE_ID;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct FilterSheetProps {
    /// Open over the page.
    pub open: bool,
    /// How many entries the filters let through now.
    pub matching: usize,
    pub children: Html,
}

#[function_component]
pub fn FilterSheet(props: &FilterSheetProps) -> Html {
    let context = use_app_context();
    let ui = context.ui();
    let close = {
        let dispatch = context.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::CloseFilters { return_focus: true }))
    };
    let onkeydown = {
        let (dispatch, open) = (context.dispatch.clone(), props.open);
        Callback::from(move |event: KeyboardEvent| {
            if open && event.key() == "Escape" {
                event.prevent_default();
                dispatch.dispatch(Action::CloseFilters { return_focus: true });
            }
        })
    };
    let open = props.open;
    html! {
        <div class={classes!("filter-sheet", open.then_some("open"))}
            role={open.then_some("dialog")}
            aria-modal={open.then_some("true")}
            aria-labelledby={open.then_some(FILTERS_TITLE_ID)}
            {onkeydown}>
            <button type="button" class="sheet-close" aria-label={ui.close_filters} onclick={close.clone()}>
                <span aria-hidden="true">{ "×" }</span>
            </button>
            { props.children.clone() }
            <div class="sheet-footer">
                <button type="button" class="show-entries" onclick={close}>{ (ui.show_entries)(props.matching) }</button>
            </div>
        </div>
    }
}
