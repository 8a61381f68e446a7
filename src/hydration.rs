//! Taking over the page rendered ahead of time, in turns.
//!
//! Hydrating the whole page at once is one task as long as hydration itself, about 30 ms on
//! a fast computer and four times that on a mid-range phone, and the page answers nothing
//! meanwhile. So the app takes over the frame of the page first, and then each part that
//! waits for a turn (see [`crate::components::in_turn`]), one part per task: the filters, the
//! people, each year's entries and then each entry, and last the axis. Until its turn a part
//! shows what was rendered ahead of time, and a change of state reaches it right after (Yew
//! holds a hydrating component's new props until it has hydrated).
//!
//! Yew hydrates a waiting part in a copy of its pre-rendered nodes and then puts the copy in
//! their place. So, while the page is taken over, the app's root says `aria-busy="true"`
//! (assistive technology may wait for the end of the changes), and keyboard focus that was in
//! a replaced part moves to the same place in its copy.

use std::cell::RefCell;
use std::collections::VecDeque;

use gloo_timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};
use yew::suspense::{Suspension, SuspensionHandle};

/// When a part of the page is taken over.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Turn {
    /// In a task of its own, before the other parts waiting.
    First,
    /// In a task of its own, in page order.
    InOrder,
    /// In a task of its own after every other part: for a part whose effects find other
    /// parts' elements, which are only final once those parts have been taken over.
    AfterTheRest,
}

#[derive(Default)]
struct Takeover {
    /// Whether a part rendered now waits for a turn: while the frame or a part is being
    /// hydrated, not when the reader's actions create parts between two turns.
    open: bool,
    /// Every part left has been taken over at once (see [`take_over_the_rest`]).
    hurried: bool,
    in_order: VecDeque<SuspensionHandle>,
    after_the_rest: VecDeque<SuspensionHandle>,
    root: Option<Element>,
    focus: Option<FocusedPlace>,
    _focus_listener: Option<gloo_events::EventListener>,
}

thread_local! {
    static TAKEOVER: RefCell<Takeover> = RefCell::default();
}

/// Takes over the page in `root`: marks it busy now, and hydrates its frame with `hydrate` in
/// a task of its own (reading the address and preparing the app took one already).
pub fn take_over(root: &Element, hydrate: impl FnOnce() + 'static) {
    let _ = root.set_attribute("aria-busy", "true");
    let focus_listener = gloo_events::EventListener::new(root, "focusin", |event| {
        if let Some(element) = event.target().and_then(|target| target.dyn_into::<Element>().ok()) {
            TAKEOVER.with_borrow_mut(|takeover| takeover.focus = FocusedPlace::of(element));
        }
    });
    // The reader may have moved focus into the page before the app started.
    let focused = root.owner_document().and_then(|document| document.active_element());
    let focus = focused.filter(|element| root.contains(Some(element))).and_then(FocusedPlace::of);
    TAKEOVER.with_borrow_mut(|takeover| {
        *takeover =
            Takeover { root: Some(root.clone()), focus, _focus_listener: Some(focus_listener), ..Takeover::default() };
    });
    Timeout::new(0, move || {
        hydrate_while_open(hydrate);
        Timeout::new(0, next_turn).forget();
    })
    .forget();
}

/// Runs `hydrate`, which schedules a render, with parts waiting for turns until that render
/// has run: Yew renders in a microtask, and the one queued here runs after it.
fn hydrate_while_open(hydrate: impl FnOnce()) {
    TAKEOVER.with_borrow_mut(|takeover| takeover.open = true);
    hydrate();
    wasm_bindgen_futures::spawn_local(async {
        TAKEOVER.with_borrow_mut(|takeover| takeover.open = false);
    });
}

/// What a part of the page waits on for `turn`, or `None` if it renders now: no pre-rendered
/// page is being hydrated (the page was rendered in the browser, on the host, or the reader's
/// action created the part). A part inside another asks when that one is taken over, and
/// goes after the parts already waiting (before them if `First`).
pub fn wait_for(turn: Turn) -> Option<Suspension> {
    TAKEOVER.with_borrow_mut(|takeover| {
        if !takeover.open || takeover.hurried {
            return None;
        }
        let (suspension, handle) = Suspension::new();
        match turn {
            Turn::First => takeover.in_order.push_front(handle),
            Turn::InOrder => takeover.in_order.push_back(handle),
            Turn::AfterTheRest => takeover.after_the_rest.push_back(handle),
        }
        Some(suspension)
    })
}

/// Takes over every part still waiting, in the render under way: what the page shows has
/// changed, and a waiting part would go on showing what it showed before until its turn.
pub fn take_over_the_rest() {
    let waiting: Vec<SuspensionHandle> = TAKEOVER.with_borrow_mut(|takeover| {
        takeover.hurried = true;
        takeover.in_order.drain(..).chain(takeover.after_the_rest.drain(..)).collect()
    });
    for handle in waiting {
        handle.resume();
    }
}

fn next_turn() {
    let (next, focus) = TAKEOVER.with_borrow_mut(|takeover| {
        let next = takeover.in_order.pop_front().or_else(|| takeover.after_the_rest.pop_front());
        (next, takeover.focus.clone())
    });
    // The part taken over in the previous turn has put its copy in place by now.
    if let Some(focus) = focus {
        focus.follow();
    }
    match next {
        // The part renders in this task, once this callback has returned; the next part in a
        // task of its own.
        Some(handle) => {
            hydrate_while_open(|| handle.resume());
            Timeout::new(0, next_turn).forget();
        }
        None => {
            let finished = TAKEOVER.with_borrow_mut(std::mem::take);
            if let Some(root) = finished.root {
                let _ = root.remove_attribute("aria-busy");
            }
        }
    }
}

/// Where keyboard focus is: the element, and the way to the same place from the nearest
/// element with an id, which its copy has too.
#[derive(Clone)]
struct FocusedPlace {
    element: Element,
    anchor_id: String,
    /// Indices among element siblings, from the anchor down.
    path: Vec<u32>,
}

impl FocusedPlace {
    fn of(element: Element) -> Option<Self> {
        let mut path = Vec::new();
        let mut current = element.clone();
        while current.id().is_empty() {
            let mut index = 0;
            let mut sibling = current.previous_element_sibling();
            while let Some(previous) = sibling {
                index += 1;
                sibling = previous.previous_element_sibling();
            }
            path.push(index);
            current = current.parent_element()?;
        }
        path.reverse();
        Some(FocusedPlace { element, anchor_id: current.id(), path })
    }

    /// Focuses the copy of the focused element if the element itself was replaced, with the
    /// caret of a text field.
    fn follow(&self) {
        if self.element.is_connected() {
            return;
        }
        let Some(document) = self.element.owner_document() else { return };
        let body: Option<Element> = document.body().map(Into::into);
        if document.active_element().is_some_and(|active| Some(active) != body) {
            return; // focus has moved on since
        }
        let Some(mut copy) = document.get_element_by_id(&self.anchor_id) else { return };
        for &index in &self.path {
            let Some(mut child) = copy.first_element_child() else { return };
            for _ in 0..index {
                let Some(next) = child.next_element_sibling() else { return };
                child = next;
            }
            copy = child;
        }
        if copy.tag_name() != self.element.tag_name() {
            return;
        }
        if let (Some(old), Some(new)) = (self.element.dyn_ref::<HtmlInputElement>(), copy.dyn_ref::<HtmlInputElement>())
        {
            // Only the caret: the copy's text is what the app's state says.
            if let (Ok(Some(start)), Ok(Some(end)), true) =
                (old.selection_start(), old.selection_end(), old.value() == new.value())
            {
                let _ = new.set_selection_range(start, end);
            }
        }
        if let Some(copy) = copy.dyn_ref::<HtmlElement>() {
            let options = web_sys::FocusOptions::new();
            options.set_prevent_scroll(true);
            let _ = copy.focus_with_options(&options);
        }
    }
}
