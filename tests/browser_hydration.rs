//! Taking over a pre-rendered page in turns (`hydration`), in a real browser: the frame in a
//! task of its own, then parts in page order (the one asked first before them, the one after
//! the rest last), parts created between turns rendered at once, and the root busy until the
//! last turn.
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

    // Parts ask as a page's do while its frame is hydrated: the axis, the filters, a year's
    // entries, and the entry the page is for.
    let asked = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    let asking = asked.clone();
    hydration::take_over(&root, move || {
        asking.borrow_mut().extend([Turn::AfterTheRest, Turn::InOrder, Turn::InOrder, Turn::First].map(waits));
    });
    assert_eq!(root.get_attribute("aria-busy").as_deref(), Some("true"), "busy from the start");
    assert!(asked.borrow().is_empty(), "the frame is hydrated in a task of its own");

    let mut tasks = 0;
    while root.get_attribute("aria-busy").is_some() {
        assert!(tasks < 100, "the takeover ends");
        next_task().await;
        tasks += 1;
        assert!(
            hydration::wait_for(Turn::InOrder).is_none(),
            "between turns, a part the reader's action creates renders at once"
        );
        let asked = asked.borrow();
        if let [axis, filters, year, current] = asked.as_slice() {
            let in_turn_order = [current, filters, year, axis];
            let resumed = in_turn_order.iter().take_while(|turn| turn.resumed()).count();
            assert!(in_turn_order[resumed..].iter().all(|turn| !turn.resumed()), "turns are taken in order");
        }
    }
    assert_eq!(asked.borrow().len(), 4, "the frame was hydrated");
    assert!(
        asked.borrow().iter().all(Suspension::resumed),
        "every part had its turn before the root stopped being busy"
    );
    assert!(hydration::wait_for(Turn::InOrder).is_none(), "after the takeover, parts render at once");
    root.remove();
}

#[wasm_bindgen_test]
async fn a_change_of_what_is_shown_takes_over_every_part_left_at_once() {
    let document = web_sys::window().expect("a window").document().expect("a document");
    let root = document.create_element("div").expect("a div");
    document.body().expect("a body").append_child(&root).expect("append the root");

    let outcome = std::rc::Rc::new(std::cell::RefCell::new(None));
    let recording = outcome.clone();
    hydration::take_over(&root, move || {
        let waiting = [Turn::AfterTheRest, Turn::InOrder, Turn::InOrder].map(waits);
        hydration::take_over_the_rest();
        let all_resumed = waiting.iter().all(Suspension::resumed);
        // A year taken over this way asks for its entries' turns in the same render.
        let nested_waits = hydration::wait_for(Turn::InOrder).is_some();
        *recording.borrow_mut() = Some((all_resumed, nested_waits));
    });
    while root.get_attribute("aria-busy").is_some() {
        next_task().await;
    }
    assert_eq!(
        *outcome.borrow(),
        Some((true, false)),
        "every part taken over, and the parts inside them render at once"
    );
    root.remove();
}
