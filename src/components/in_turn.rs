//! A part of the page that is taken over in a turn of its own (see [`crate::hydration`]).

use yew::prelude::*;

use crate::hydration::{self, Turn};

#[derive(Properties, PartialEq)]
struct WaitForTurnProps {
    children: Html,
    turn: Turn,
}

#[function_component]
fn WaitForTurn(props: &WaitForTurnProps) -> HtmlResult {
    let turn = props.turn;
    // Asked once, when the part is first rendered.
    let waiting = use_memo((), move |_| hydration::wait_for(turn));
    match &*waiting {
        Some(waiting) if !waiting.resumed() => Err(waiting.clone().into()),
        _ => Ok(props.children.clone()),
    }
}

/// `content`, taken over in `turn` (read only when the part is first rendered).
pub fn in_turn(turn: Turn, content: Html) -> Html {
    html! {
        <Suspense>
            <WaitForTurn {turn}>{ content }</WaitForTurn>
        </Suspense>
    }
}
