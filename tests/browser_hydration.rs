//! Taking over a pre-rendered page in turns (`hydration`), in a real browser: parts in page
//! order and those that go after the rest last, none waiting once the takeover is under way,
//! and the root busy until the last turn.
//!
//! Run with `scripts/test-wasm.sh` (headless Chromium through chromedriver).

#![cfg(target_arch = "wasm32")]

use peace_timeline::hydration::{self, Turn};
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use yew::suspense::Suspension;

wasm_bindgen_test_configure!(run_in_browser);

/// Lets one `setTimeout(0)` task go by.
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        web_sys::window().expect("a window").set_timeout_with_callback(&resolve).expect("setTimeout");
    });
    JsFuture::from(promise).await.expect("the timeout resolves");
}

fn waits(turn: Turn) -> Suspension {
    hydration::wait_for(turn).expect("a part waits for its turn while the page is taken over")
}

#[wasm_bindgen_test]
async fn parts_take_their_turns_in_order_and_the_root_is_busy_until_the_last() {
    let document = web_sys::window().expect("a window").document().expect("a document");
    let root = document.create_element("div").expect("a div");
    document.body().expect("a body").append_child(&root).expect("append the root");
    assert!(hydration::wait_for(Turn::InOrder).is_none(), "no takeover, no waiting");

    hydration::begin(&root);
    assert_eq!(root.get_attribute("aria-busy").as_deref(), Some("true"));
    assert!(hydration::wait_for(Turn::WithFrame).is_none(), "a part with the frame renders at once");
    // Asked for out of order: the part that goes after the rest asks first.
    let last = waits(Turn::AfterTheRest);
    let first = waits(Turn::InOrder);
    let second = waits(Turn::InOrder);
    let in_turn_order = [&first, &second, &last];

    let mut tasks = 0;
    while root.get_attribute("aria-busy").is_some() {
        assert!(tasks < 100, "the takeover ends");
        next_task().await;
        tasks += 1;
        assert!(hydration::wait_for(Turn::InOrder).is_none(), "no part waits once the takeover is under way");
        let resumed = in_turn_order.iter().take_while(|turn| turn.resumed()).count();
        assert!(in_turn_order[resumed..].iter().all(|turn| !turn.resumed()), "turns are taken in order");
    }
    assert!(
        in_turn_order.iter().all(|turn| turn.resumed()),
        "every part had its turn before the root stopped being busy"
    );
    root.remove();
}
