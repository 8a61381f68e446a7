//! Progressive hydration: the page rendered ahead of time is hydrated a part at a time, each
//! part in a task of its own, so that no single task keeps the page from answering the reader.
//!
//! Hydrating the whole page at once is one task as long as hydration itself, about 30 ms on a
//! fast computer and four times that on a mid-range phone. So `main` first hydrates the page
//! shell (header, year headings, footer), and every costly part of the page (the filters, each
//! year's entries and each entry, the axis) is wrapped in
//! [`Deferred`](crate::components::deferred::Deferred), which suspends while the shell is
//! hydrated and queues itself here by [`Priority`]. The queue then resumes the parts one per
//! task. Until its turn a part shows what was rendered ahead of time; a change of state
//! reaches it right after (Yew holds a suspended component's new props until it resumes).
//!
//! Yew hydrates a suspended part into a copy of its pre-rendered nodes and then puts the copy
//! in their place. So, while the page is being hydrated, the app's root says
//! `aria-busy="true"`, and keyboard focus that was in a replaced part moves to the same place
//! in its copy. What this relies on inside Yew 0.23, and the test that fails if it changes, is
//! listed in `docs/hydration.md`.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use web_sys::Element;
use yew::suspense::{Suspension, SuspensionHandle};

use crate::browser::{self, FocusPath};

/// When a deferred part is hydrated, relative to the others.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Priority {
    /// Before every part already queued: the entry a page is for.
    High,
    /// In page order.
    Normal,
    /// After every other part: for a part whose effects find other parts' elements, which are
    /// only final once those parts are hydrated (the axis).
    Low,
}

#[derive(Default)]
struct Queue {
    /// Parts suspend only while the shell or another part is being hydrated, not when the
    /// reader's actions create them between two tasks.
    collecting: bool,
    /// Every waiting part has been hydrated at once (see [`HydrationQueue::hydrate_all_now`]).
    flushed: bool,
    waiting: VecDeque<SuspensionHandle>,
    waiting_low: VecDeque<SuspensionHandle>,
    root: Option<Element>,
    focus: Option<FocusPath>,
    _focus_listener: Option<gloo_events::EventListener>,
}

/// The parts of a pre-rendered page that wait to be hydrated. Provided to the views through
/// [`AppContext`](crate::context::AppContext); absent when nothing is being hydrated (a page
/// rendered in the browser or on the host).
#[derive(Clone, Default)]
pub struct HydrationQueue(Rc<RefCell<Queue>>);

impl PartialEq for HydrationQueue {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::fmt::Debug for HydrationQueue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("HydrationQueue")
    }
}

impl HydrationQueue {
    /// Hydrates the page in `root`: marks it busy now, and runs `hydrate_shell` (which asks
    /// Yew to hydrate) in a task of its own, since reading the address and preparing the app
    /// took one already. The queued parts follow, one per task.
    pub fn start(&self, root: &Element, hydrate_shell: impl FnOnce() + 'static) {
        browser::set_busy(root, true);
        let queue = self.clone();
        let focus_listener = browser::on_focus_in(root, move |path| queue.0.borrow_mut().focus = Some(path));
        {
            let mut queue = self.0.borrow_mut();
            queue.root = Some(root.clone());
            // The reader may have moved focus into the page before the app started.
            queue.focus = browser::focus_path_within(root);
            queue._focus_listener = Some(focus_listener);
        }
        let queue = self.clone();
        browser::in_next_task(move || {
            queue.collecting_while(hydrate_shell);
            queue.hydrate_next_in_next_task();
        });
    }

    /// Runs `hydrate`, which schedules a render, collecting suspending parts until that render
    /// has run: Yew renders in a microtask, and the one queued here runs after it.
    fn collecting_while(&self, hydrate: impl FnOnce()) {
        self.0.borrow_mut().collecting = true;
        hydrate();
        let queue = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            queue.0.borrow_mut().collecting = false;
        });
    }

    /// What a deferred part waits on, or `None` if it renders now. A part inside another
    /// (an entry in its year) asks when that one is hydrated, and goes after the parts already
    /// waiting, or before them if its priority is high.
    pub fn defer(&self, priority: Priority) -> Option<Suspension> {
        let mut queue = self.0.borrow_mut();
        if !queue.collecting || queue.flushed {
            return None;
        }
        let (suspension, handle) = Suspension::new();
        match priority {
            Priority::High => queue.waiting.push_front(handle),
            Priority::Normal => queue.waiting.push_back(handle),
            Priority::Low => queue.waiting_low.push_back(handle),
        }
        Some(suspension)
    }

    /// Hydrates every part still waiting, in the render under way: what the page shows has
    /// changed, and a waiting part would go on showing its old content until its turn.
    pub fn hydrate_all_now(&self) {
        let waiting: Vec<SuspensionHandle> = {
            let mut queue = self.0.borrow_mut();
            queue.flushed = true;
            let Queue { waiting, waiting_low, .. } = &mut *queue;
            waiting.drain(..).chain(waiting_low.drain(..)).collect()
        };
        for handle in waiting {
            handle.resume();
        }
    }

    fn hydrate_next_in_next_task(&self) {
        let queue = self.clone();
        browser::in_next_task(move || queue.hydrate_next());
    }

    fn hydrate_next(&self) {
        let (next, focus) = {
            let mut queue = self.0.borrow_mut();
            let next = queue.waiting.pop_front().or_else(|| queue.waiting_low.pop_front());
            (next, queue.focus.clone())
        };
        // The part hydrated in the previous task has put its copy in place by now.
        if let Some(focus) = focus {
            browser::follow_focus(&focus);
        }
        match next {
            // The part renders in this task, once this callback has returned; the next part
            // in a task of its own.
            Some(handle) => {
                self.collecting_while(|| handle.resume());
                self.hydrate_next_in_next_task();
            }
            None => {
                let finished = std::mem::take(&mut *self.0.borrow_mut());
                if let Some(root) = finished.root {
                    browser::set_busy(&root, false);
                }
                // Yew may put a part with a long render in place a task after rendering it.
                if let Some(focus) = finished.focus {
                    browser::in_next_task(move || browser::follow_focus(&focus));
                }
            }
        }
    }
}
