//! The thin shell around the browser: the address bar, history, focus, title, clipboard,
//! share sheet and task scheduling. Everything here is called from effects, event handlers
//! and the hydration queue, never while rendering, so that the same components also render on
//! the host.

use std::cell::RefCell;
use std::collections::VecDeque;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Document, Element, HtmlElement, ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition, Window};

use crate::route::normalize_base;
use crate::shared_names::{
    APPLYING_LINK_CLASS, APP_FAILED_EVENT, APP_ROOT_ID, PRERENDERED_PAGE_ATTRIBUTE, SHARE_SHEET_CLASS, TIMELINE_ID,
};
use crate::state::HistoryStep;

fn window() -> Window {
    web_sys::window().expect("the app runs in a browser window")
}

fn document() -> Document {
    window().document().expect("a window has a document")
}

pub fn app_root() -> web_sys::Element {
    document().get_element_by_id(APP_ROOT_ID).unwrap_or_else(|| document().body().expect("a page has a body").into())
}

/// Which page was rendered ahead of time into `root` (see [`crate::route::Paths::prerendered_page`]);
/// none where the app renders alone.
pub fn prerendered_page(root: &web_sys::Element) -> Option<String> {
    root.get_attribute(PRERENDERED_PAGE_ATTRIBUTE)
}

/// The site's base path, from `<base href>` (written by the build from its public URL).
pub fn base_path() -> String {
    let base_uri = document().base_uri().ok().flatten().unwrap_or_default();
    let path = web_sys::Url::new(&base_uri).map(|url| url.pathname()).unwrap_or_default();
    normalize_base(&path)
}

pub fn path() -> String {
    window().location().pathname().unwrap_or_default()
}

pub fn search() -> String {
    window().location().search().unwrap_or_default()
}

/// Path and query of the current address.
pub fn location() -> String {
    path() + &search()
}

/// The full URL for a path and query on this site, as a link to share.
pub fn absolute_url(location: &str) -> String {
    origin() + location
}

/// The page's origin, such as `https://example.org`.
pub fn origin() -> String {
    window().location().origin().unwrap_or_default()
}

/// Writes `location` into the address bar as a new history step or over the current one.
pub fn write_history(location: &str, step: HistoryStep) {
    let Ok(history) = window().history() else { return };
    let _ = match step {
        HistoryStep::None => return,
        HistoryStep::Push => history.push_state_with_url(&JsValue::NULL, "", Some(location)),
        HistoryStep::Replace => history.replace_state_with_url(&JsValue::NULL, "", Some(location)),
    };
}

/// Calls `on_change` when Back or Forward changes the address.
pub fn on_history_change(on_change: impl Fn() + 'static) -> gloo_events::EventListener {
    gloo_events::EventListener::new(&window(), "popstate", move |_| on_change())
}

/// Shows the timeline again once the link's filters are applied.
pub fn mark_link_applied() {
    if let Some(root) = document().document_element() {
        let _ = root.class_list().remove_1(APPLYING_LINK_CLASS);
    }
}

/// Makes a panic visible, since a panicked app no longer responds: the message and a stack
/// trace in the console for developers, and an alert (from `boot.js`) for the reader. Set
/// through yew, which would otherwise put its own console-only hook in place.
pub fn report_panics() {
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&js_sys::Error::new(&info.to_string()));
        if let (Some(window), Ok(event)) = (web_sys::window(), web_sys::Event::new(APP_FAILED_EVENT)) {
            let _ = window.dispatch_event(&event);
        }
    }));
}

pub fn set_title(title: &str) {
    document().set_title(title);
}

/// The page's language, `<html lang>`, as screen readers and fonts read it.
pub fn set_document_language(code: &str) {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("lang", code);
    }
}

fn prefers_reduced_motion() -> bool {
    media_matches("(prefers-reduced-motion: reduce)")
}

/// Scrolls the element with `id` to the top of the screen (below the sticky axis, as its
/// `scroll-margin-top` says) and moves keyboard focus to it. The top rather than the middle:
/// an entry taller than the screen would start above it.
pub fn scroll_to_and_focus(id: &str) {
    let Some(element) = document().get_element_by_id(id) else { return };
    let options = ScrollIntoViewOptions::new();
    options.set_block(ScrollLogicalPosition::Start);
    options.set_behavior(if prefers_reduced_motion() { ScrollBehavior::Instant } else { ScrollBehavior::Smooth });
    element.scroll_into_view_with_scroll_into_view_options(&options);
    if let Ok(element) = element.dyn_into::<HtmlElement>() {
        let focus = web_sys::FocusOptions::new();
        focus.set_prevent_scroll(true);
        let _ = element.focus_with_options(&focus);
    }
}

/// Whether the reader has already scrolled the page or moved keyboard focus into it (say while
/// the app was loading on a slow network), or the page is framed in another page, which
/// scrolling into view would scroll too, and focusing would take focus from.
pub fn reader_has_moved_or_page_is_framed() -> bool {
    let window = window();
    let framed = window.parent().ok().flatten().is_some_and(|parent| parent != window);
    framed || window.scroll_y().is_ok_and(|y| y != 0.0) || focus_is_on_an_element()
}

/// Whether keyboard focus is on an element rather than on the page as a whole (its body).
fn focus_is_on_an_element() -> bool {
    let body: Option<Element> = document().body().map(Into::into);
    document().active_element().is_some_and(|active| Some(active) != body)
}

/// Calls `on_key` for every key pressed anywhere on the page.
pub fn on_keydown(on_key: impl Fn(&web_sys::KeyboardEvent) + 'static) -> gloo_events::EventListener {
    // gloo's listeners are passive by default, which would ignore prevent_default().
    let options = gloo_events::EventListenerOptions::enable_prevent_default();
    gloo_events::EventListener::new_with_options(&document(), "keydown", options, move |event| {
        if let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() {
            on_key(event);
        }
    })
}

/// Whether focus is somewhere that takes typing (a text field, a select, editable text).
pub fn focus_takes_typing() -> bool {
    document().active_element().is_some_and(|element| {
        let tag = element.tag_name().to_ascii_lowercase();
        let is_text_input = tag == "input"
            && !matches!(element.get_attribute("type").as_deref(), Some("checkbox" | "radio" | "button" | "submit"));
        is_text_input
            || matches!(tag.as_str(), "textarea" | "select")
            || element.dyn_ref::<HtmlElement>().is_some_and(|e| e.is_content_editable())
    })
}

/// The timeline's entries, in order, and which one holds focus (or contains it).
fn entries_and_focused() -> (Vec<HtmlElement>, Option<usize>) {
    let Ok(list) = document().query_selector_all(&format!("#{TIMELINE_ID} article")) else { return (Vec::new(), None) };
    let entries: Vec<HtmlElement> = (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|node| node.dyn_into::<HtmlElement>().ok())
        .collect();
    let active = document().active_element();
    let focused = active.and_then(|active| entries.iter().position(|entry| entry.contains(Some(&active))));
    (entries, focused)
}

pub fn focus_is_on_entry() -> bool {
    entries_and_focused().1.is_some()
}

/// Moves focus to the next (`forward`) or previous entry; from outside the entries, to the
/// first one on screen.
pub fn focus_neighbour_entry(forward: bool) {
    let (entries, focused) = entries_and_focused();
    let target = match focused {
        Some(at) if forward => (at + 1).min(entries.len().saturating_sub(1)),
        Some(at) => at.saturating_sub(1),
        None => entries.iter().position(|entry| entry.get_bounding_client_rect().bottom() > 0.0).unwrap_or(0),
    };
    if let Some(entry) = entries.get(target) {
        scroll_to_and_focus(&entry.id());
    }
}

/// Opens the `<dialog>` with `id` as a modal (focus stays inside, Escape closes it) and
/// gives focus back to where it was when it closes.
pub fn show_modal(id: &str) {
    let Some(dialog) = document().get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlDialogElement>().ok())
    else {
        return;
    };
    if dialog.open() {
        return;
    }
    let opener = document().active_element().and_then(|e| e.dyn_into::<HtmlElement>().ok());
    if dialog.show_modal().is_ok() {
        gloo_events::EventListener::once(&dialog, "close", move |_| {
            if let Some(opener) = opener {
                let _ = opener.focus();
            }
        })
        .forget();
    }
}

/// Whether the element takes up room on the page (neither it nor an ancestor is hidden).
fn is_displayed(element: &Element) -> bool {
    element.get_client_rects().length() > 0
}

/// Places the axis's viewport band over the targets of the entries on screen, each given as
/// its ids in order of preference (its mark, else what stands in for it where the mark is
/// hidden), from the leftmost to the rightmost, or hides it. The band's start is also kept
/// in `data-from` for anyone reading the page's state.
pub fn place_band(band: &yew::NodeRef, targets: &[[String; 2]]) {
    let Some(band) = band.cast::<HtmlElement>() else { return };
    let style = band.style();
    let Some(body) = band.parent_element() else { return };
    let axis = body.get_bounding_client_rect();
    let span =
        targets
            .iter()
            .filter_map(|ids| ids.iter().filter_map(|id| document().get_element_by_id(id)).find(is_displayed))
            .map(|target| target.get_bounding_client_rect())
            .fold(None, |span: Option<(f64, f64)>, rect| {
                Some(span.map_or((rect.left(), rect.right()), |(left, right)| {
                    (left.min(rect.left()), right.max(rect.right()))
                }))
            });
    match span.filter(|_| axis.width() > 0.0) {
        Some((left, right)) => {
            let percent = |x: f64| crate::axis::css_percent((x - axis.left()) / axis.width());
            let (from, width) = (percent(left), crate::axis::css_percent((right - left) / axis.width()));
            // Transforms, not `left` and `width`: they move nothing in the layout.
            let _ = style.set_property("translate", &from);
            let _ = style.set_property("scale", &format!("{width} 100%"));
            let _ = style.set_property("display", "block");
            let _ = band.set_attribute("data-from", &from);
        }
        None => {
            let _ = style.set_property("display", "none");
        }
    }
}

/// Moves focus among the elements matching `selector` inside the element with `container_id`
/// that are displayed: `step` places on from the focused one (`i32::MIN` and `i32::MAX` for the
/// first and last). The one focused becomes the container's tab stop (roving tabindex).
pub fn focus_among_displayed(container_id: &str, selector: &str, step: i32) {
    let Some(container) = document().get_element_by_id(container_id) else { return };
    let Ok(list) = container.query_selector_all(selector) else { return };
    let targets: Vec<HtmlElement> = (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<HtmlElement>().ok())
        .filter(|element| is_displayed(element))
        .collect();
    let Some(last) = targets.len().checked_sub(1) else { return };
    let active = document().active_element();
    let at = targets.iter().position(|target| active.as_ref().is_some_and(|active| active == &**target));
    let next = match (at, step) {
        (_, i32::MIN) => 0,
        (_, i32::MAX) => last,
        (Some(at), step) => at.saturating_add_signed(step as isize).min(last),
        (None, _) => 0,
    };
    for (i, target) in targets.iter().enumerate() {
        let _ = target.set_attribute("tabindex", if i == next { "0" } else { "-1" });
    }
    let _ = targets[next].focus();
}

/// Moves keyboard focus to the element with `id`, scrolling only as far as needed.
pub fn focus(id: &str) {
    if let Some(element) = document().get_element_by_id(id).and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// Whether keyboard focus is on the element with `id` or inside it.
pub fn focus_is_within(id: &str) -> bool {
    let document = document();
    match (document.get_element_by_id(id), document.active_element()) {
        (Some(element), Some(active)) => element.contains(Some(&active)),
        _ => false,
    }
}

/// Offers `text` as a file to save.
pub fn download(file_name: &str, mime_type: &str, text: &str) {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime_type);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Ok(link) = document().create_element("a").map(|e| e.unchecked_into::<web_sys::HtmlAnchorElement>()) {
        link.set_href(&url);
        link.set_download(file_name);
        link.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Watches which of the elements with `ids` are on screen; `on_change` gets each element's
/// id and whether it is now visible, as the reader scrolls. Dropping the watcher stops it.
pub struct VisibilityWatcher {
    observer: web_sys::IntersectionObserver,
    _callback: wasm_bindgen::closure::Closure<dyn FnMut(js_sys::Array)>,
}

impl VisibilityWatcher {
    pub fn new<'a>(
        ids: impl IntoIterator<Item = &'a str>,
        on_change: impl Fn(Vec<(String, bool)>) + 'static,
    ) -> Option<Self> {
        let callback =
            wasm_bindgen::closure::Closure::<dyn FnMut(js_sys::Array)>::new(move |records: js_sys::Array| {
                let changes = records
                    .iter()
                    .map(|record| record.unchecked_into::<web_sys::IntersectionObserverEntry>())
                    .map(|record| (record.target().id(), record.is_intersecting()))
                    .collect();
                on_change(changes);
            });
        let observer = web_sys::IntersectionObserver::new(callback.as_ref().unchecked_ref()).ok()?;
        for id in ids {
            if let Some(element) = document().get_element_by_id(id) {
                observer.observe(&element);
            }
        }
        Some(VisibilityWatcher { observer, _callback: callback })
    }
}

impl Drop for VisibilityWatcher {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Shows the text area with `id` from its first line, the caret at its start: a text area
/// given its value keeps the caret at the end, scrolled to the last line.
pub fn show_from_start(id: &str) {
    let Some(area) = document().get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
    else {
        return;
    };
    let _ = area.set_selection_range(0, 0);
    area.set_scroll_top(0);
}

/// Focuses and selects the text of the text field with `id`, for copying by hand.
pub fn select_text(id: &str) {
    let Some(element) = document().get_element_by_id(id) else { return };
    if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
        let _ = input.focus();
        input.select();
    } else if let Some(area) = element.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        let _ = area.focus();
        area.select();
    }
}

/// Puts `text` on the clipboard; fails where the browser has no clipboard or refuses it.
pub async fn copy_to_clipboard(text: &str) -> Result<(), JsValue> {
    let clipboard = window().navigator().clipboard();
    if clipboard.is_undefined() {
        return Err(JsValue::from_str("no clipboard"));
    }
    JsFuture::from(clipboard.write_text(text)).await.map(|_| ())
}

/// Shows the "Share" buttons where the browser offers a share sheet (`navigator.share`) to
/// this page: not in a frame on another site, which would have to be allowed it.
pub fn mark_share_sheet() {
    let framed = window().top().ok().flatten().is_some_and(|top| JsValue::from(&top) != JsValue::from(&window()));
    let has_share_sheet =
        !framed && js_sys::Reflect::has(&window().navigator(), &JsValue::from_str("share")).unwrap_or(false);
    if let (true, Some(root)) = (has_share_sheet, document().document_element()) {
        let _ = root.class_list().add_1(SHARE_SHEET_CLASS);
    }
}

/// Opens the share sheet; a reader who dismisses it is not an error worth reporting.
pub async fn share(title: &str, url: &str) {
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_url(url);
    let _ = JsFuture::from(window().navigator().share_with_data(&data)).await;
}

/// Marks `root` as changing (`aria-busy`), so that assistive technology may wait for the end.
pub fn set_busy(root: &Element, busy: bool) {
    let _ = if busy { root.set_attribute("aria-busy", "true") } else { root.remove_attribute("aria-busy") };
}

thread_local! {
    static NEXT_TASKS: RefCell<VecDeque<Box<dyn FnOnce()>>> = RefCell::default();
    static TASK_CHANNEL: Option<(web_sys::MessagePort, Closure<dyn FnMut()>)> = task_channel();
}

/// A channel whose messages each run the oldest waiting callback of [`in_next_task`].
fn task_channel() -> Option<(web_sys::MessagePort, Closure<dyn FnMut()>)> {
    let channel = web_sys::MessageChannel::new().ok()?;
    let on_message = Closure::<dyn FnMut()>::new(|| {
        if let Some(task) = NEXT_TASKS.with_borrow_mut(VecDeque::pop_front) {
            task();
        }
    });
    channel.port1().set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    Some((channel.port2(), on_message))
}

/// Runs `task` in a task of its own, after what the browser has queued already (input,
/// rendering). A message to the page itself rather than `setTimeout(0)`, which browsers
/// delay to 4 ms once timers nest: a page hydrated in a hundred parts would idle for 0.4 s.
pub fn in_next_task(task: impl FnOnce() + 'static) {
    NEXT_TASKS.with_borrow_mut(|tasks| tasks.push_back(Box::new(task)));
    TASK_CHANNEL.with(|channel| match channel {
        Some((port, _)) => {
            let _ = port.post_message(&JsValue::NULL);
        }
        // No MessageChannel: a timer still gives a task of its own.
        None => {
            gloo_timers::callback::Timeout::new(0, || {
                if let Some(task) = NEXT_TASKS.with_borrow_mut(VecDeque::pop_front) {
                    task();
                }
            })
            .forget();
        }
    })
}

/// Where keyboard focus is: the element, and the way to the same place from the nearest
/// element with an id, which a copy of the element's surroundings has too.
#[derive(Clone)]
pub struct FocusPath {
    element: Element,
    anchor_id: String,
    /// Indices among element siblings, from the anchor down.
    path: Vec<u32>,
}

impl FocusPath {
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
        Some(FocusPath { element, anchor_id: current.id(), path })
    }
}

/// Where focus is, if it is inside `root`.
pub fn focus_path_within(root: &Element) -> Option<FocusPath> {
    let focused = document().active_element()?;
    if root.contains(Some(&focused)) {
        FocusPath::of(focused)
    } else {
        None
    }
}

/// Calls `on_focus` with where focus went, whenever it moves into or inside `root`.
pub fn on_focus_in(root: &Element, on_focus: impl Fn(FocusPath) + 'static) -> gloo_events::EventListener {
    gloo_events::EventListener::new(root, "focusin", move |event| {
        if let Some(path) = event.target().and_then(|target| target.dyn_into::<Element>().ok()).and_then(FocusPath::of)
        {
            on_focus(path);
        }
    })
}

/// Focuses the copy of the focused element if the element itself was replaced, keeping the
/// caret of a text field; does nothing if focus has moved on since.
pub fn follow_focus(focus: &FocusPath) {
    if focus.element.is_connected() {
        return;
    }
    if focus_is_on_an_element() {
        return;
    }
    let Some(mut copy) = document().get_element_by_id(&focus.anchor_id) else { return };
    for &index in &focus.path {
        let Some(mut child) = copy.first_element_child() else { return };
        for _ in 0..index {
            let Some(next) = child.next_element_sibling() else { return };
            child = next;
        }
        copy = child;
    }
    if copy.tag_name() != focus.element.tag_name() {
        return;
    }
    if let (Some(old), Some(new)) =
        (focus.element.dyn_ref::<web_sys::HtmlInputElement>(), copy.dyn_ref::<web_sys::HtmlInputElement>())
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

fn media_query(query: &str) -> Option<web_sys::MediaQueryList> {
    window().match_media(query).ok().flatten()
}

/// Whether the CSS media query `query` matches now.
pub fn media_matches(query: &str) -> bool {
    media_query(query).is_some_and(|list| list.matches())
}

/// Calls `on_match` each time the CSS media query `query` starts to match.
pub fn on_media_match(query: &str, on_match: impl Fn() + 'static) -> Option<gloo_events::EventListener> {
    let list = media_query(query)?;
    let watched = list.clone();
    Some(gloo_events::EventListener::new(&list, "change", move |_| {
        if watched.matches() {
            on_match();
        }
    }))
}

/// Tells the page that frames this one its content's height, whenever it changes, as a
/// message `{ type: message_type, height }`, so that the host can fit the frame to it.
/// Nothing when the page is not in a frame. Dropping the reporter stops it.
pub struct HeightReporter {
    observer: web_sys::ResizeObserver,
    _callback: Closure<dyn FnMut()>,
}

impl HeightReporter {
    pub fn start(message_type: &'static str) -> Option<Self> {
        let window = window();
        let top = window.top().ok().flatten()?;
        if JsValue::from(&top) == JsValue::from(&window) {
            return None;
        }
        let parent = window.parent().ok().flatten()?;
        let callback = Closure::<dyn FnMut()>::new(move || {
            let Some(root) = document().document_element() else { return };
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"type".into(), &message_type.into());
            // The root's own box, not its scrollHeight: scrollHeight is never less than the
            // frame's height, so a frame the host has enlarged could never shrink again.
            let height = root.get_bounding_client_rect().height().ceil();
            let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
            let _ = parent.post_message(&message, "*");
        });
        let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
        observer.observe(&document().document_element()?);
        Some(HeightReporter { observer, _callback: callback })
    }
}

impl Drop for HeightReporter {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}
