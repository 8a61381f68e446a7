//! Taking over a pre-rendered page in turns (`hydration`), in a real browser: parts in page
//! order, the one asked first before them, parts asked during a turn after those waiting and
//! before the one that goes after the rest, and the root busy until the last turn.
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
    // As a page asks: the axis, the filters, a year's entries, and the entry the page is for.
    let axis = waits(Turn::AfterTheRest);
    let filters = waits(Turn::InOrder);
    let year = waits(Turn::InOrder);
    let current = waits(Turn::First);
    let mut expected = vec![current, filters, year];
    let mut entry_asked = false;

    let mut tasks = 0;
    while root.get_attribute("aria-busy").is_some() {
        assert!(tasks < 100, "the takeover ends");
        next_task().await;
        tasks += 1;
        // Once the year has had its turn, its entry asks for one (as a year's part does when
        // it is taken over): after the parts waiting, before the axis.
        if !entry_asked && expected[2].resumed() {
            expected.push(waits(Turn::InOrder));
            entry_asked = true;
        }
        let in_turn_order: Vec<&Suspension> = expected.iter().chain([&axis]).collect();
        let resumed = in_turn_order.iter().take_while(|turn| turn.resumed()).count();
        assert!(in_turn_order[resumed..].iter().all(|turn| !turn.resumed()), "turns are taken in order");
    }
    assert!(entry_asked, "the year had its turn");
    assert!(
        expected.iter().chain([&axis]).all(Suspension::resumed),
        "every part had its turn before the root stopped being busy"
    );
    assert!(hydration::wait_for(Turn::InOrder).is_none(), "after the takeover, parts render at once");
    root.remove();
}
