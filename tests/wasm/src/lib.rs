//! Helpers for the browser tests in `tests/`: mount the playground, type like a person
//! (keys, pastes, IME composition), read the screen. Only compiled for wasm32 tests; the
//! crate has no other code.

#![cfg(target_arch = "wasm32")]
// Test support: failing loudly is the point.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use kubeplay_web::app::{App, AppProps};
use std::cell::Cell;
use wasm_bindgen::JsCast;
use web_sys::{
    CompositionEvent, CompositionEventInit, Element, HtmlElement, HtmlInputElement,
    HtmlTextAreaElement, KeyboardEvent, KeyboardEventInit,
};
use yew::AppHandle;

thread_local! {
    static MOUNTS: Cell<u32> = const { Cell::new(0) };
}

/// A mounted playground: its host element and the handle that unmounts it.
pub struct Mounted {
    pub host: Element,
    pub handle: Option<AppHandle<App>>,
    pub storage_key: String,
}

impl Mounted {
    /// Unmounts the app (stops its timer) and removes its host element.
    pub fn destroy(mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
        self.host.remove();
    }
}

impl std::ops::Deref for Mounted {
    type Target = Element;
    fn deref(&self) -> &Element {
        &self.host
    }
}

/// A storage key no other test uses.
pub fn unique_key(name: &str) -> String {
    let n = MOUNTS.with(|mounts| {
        let n = mounts.get() + 1;
        mounts.set(n);
        n
    });
    format!("kubeplay.test.{name}.{n}.{}", js_sys::Date::now() as u64)
}

/// Mounts a fresh playground (its own storage key, seed 1) into a new `<div>`.
pub fn mount() -> Mounted {
    let key = unique_key("session");
    mount_with(&key, Some(1))
}

/// The page's stylesheet, so layout (scrolling, fixed row heights) is as in the app.
const STYLES: &str = include_str!("../../../web/styles/main.css");

fn ensure_styles(document: &web_sys::Document) {
    if document.get_element_by_id("kubeplay-styles").is_some() {
        return;
    }
    let style = document.create_element("style").expect("a style element");
    style.set_id("kubeplay-styles");
    style.set_text_content(Some(STYLES));
    document
        .head()
        .expect("a head")
        .append_child(&style)
        .expect("appended");
}

/// Mounts a playground saving under `storage_key` (restoring what is saved there).
pub fn mount_with(storage_key: &str, seed: Option<u64>) -> Mounted {
    keep_test_panic_hook();
    let document = gloo::utils::document();
    ensure_styles(&document);
    let host = document.create_element("div").expect("a div");
    document
        .body()
        .expect("a body")
        .append_child(&host)
        .expect("appended");
    let props = AppProps {
        storage_key: storage_key.to_string().into(),
        seed,
    };
    let handle = yew::Renderer::<App>::with_root_and_props(host.clone(), props).render();
    Mounted {
        host,
        handle: Some(handle),
        storage_key: storage_key.to_string(),
    }
}

/// Keeps wasm-bindgen-test's panic hook: Yew's renderer would install its own, and a failed
/// assertion would then hang the test instead of failing it.
pub fn keep_test_panic_hook() {
    yew::set_custom_panic_hook(std::panic::take_hook());
}

/// The terminal's hidden input inside `host`.
pub fn keyboard(host: &Element) -> HtmlTextAreaElement {
    host.query_selector("textarea.keyboard")
        .expect("query")
        .expect("the terminal input")
        .dyn_into::<HtmlTextAreaElement>()
        .expect("a textarea")
}

/// Modifiers for [`press_with`].
#[derive(Debug, Clone, Copy, Default)]
pub struct Mods {
    pub ctrl: bool,
    pub alt: bool,
    pub shift: bool,
    pub composing: bool,
}

pub const CTRL: Mods = Mods {
    ctrl: true,
    alt: false,
    shift: false,
    composing: false,
};
pub const ALT: Mods = Mods {
    ctrl: false,
    alt: true,
    shift: false,
    composing: false,
};

/// Dispatches one `keydown`; returns whether the page prevented the default action.
pub fn press_with(host: &Element, key: &str, code: &str, mods: Mods) -> bool {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_code(code);
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_ctrl_key(mods.ctrl);
    init.set_alt_key(mods.alt);
    init.set_shift_key(mods.shift);
    init.set_is_composing(mods.composing);
    let event =
        KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("an event");
    keyboard(host).dispatch_event(&event).expect("dispatched");
    event.default_prevented()
}

/// Dispatches one `keydown` with `key` (and modifiers) on the terminal input.
pub fn press(host: &Element, key: &str, ctrl: bool, alt: bool) {
    press_with(
        host,
        key,
        "",
        Mods {
            ctrl,
            alt,
            ..Mods::default()
        },
    );
}

/// Types text character by character (no Enter).
pub fn type_text(host: &Element, text: &str) {
    for c in text.chars() {
        press(host, &c.to_string(), false, false);
    }
}

/// Types a line character by character, then Enter.
pub fn type_line(host: &Element, line: &str) {
    type_text(host, line);
    press(host, "Enter", false, false);
}

/// Pastes `text` as the browser would (a `paste` event with clipboard data).
pub fn paste(host: &Element, text: &str) {
    let data = web_sys::DataTransfer::new().expect("a DataTransfer");
    data.set_data("text", text).expect("set data");
    let init = web_sys::ClipboardEventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_clipboard_data(Some(&data));
    let event =
        web_sys::ClipboardEvent::new_with_event_init_dict("paste", &init).expect("an event");
    keyboard(host).dispatch_event(&event).expect("dispatched");
}

/// Dispatches a composition event (`compositionstart`, `compositionupdate`,
/// `compositionend`) with `data`.
pub fn composition(host: &Element, kind: &str, data: &str) {
    let init = CompositionEventInit::new();
    init.set_bubbles(true);
    init.set_data(data);
    let event = CompositionEvent::new_with_event_init_dict(kind, &init).expect("an event");
    keyboard(host).dispatch_event(&event).expect("dispatched");
}

/// Dispatches an `input` event as a mobile keyboard or IME would.
pub fn input_event(host: &Element, input_type: &str, data: Option<&str>, composing: bool) {
    let init = web_sys::InputEventInit::new();
    init.set_bubbles(true);
    init.set_input_type(input_type);
    init.set_data(data);
    init.set_is_composing(composing);
    let event = web_sys::InputEvent::new_with_event_init_dict("input", &init).expect("an event");
    keyboard(host).dispatch_event(&event).expect("dispatched");
}

/// The terminal's visible text.
pub fn screen(host: &Element) -> String {
    host.query_selector(".terminal")
        .expect("query")
        .and_then(|terminal| terminal.text_content())
        .unwrap_or_default()
}

/// Text of the drawn scrollback, one entry per logical line (rows a long line was wrapped
/// into are joined again).
pub fn scrollback_lines(host: &Element) -> Vec<String> {
    let rows = host.query_selector_all(".rows .row").expect("query");
    let mut lines: Vec<(String, String)> = Vec::new();
    for index in 0..rows.length() {
        let Some(row) = rows.item(index).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        let id = row.get_attribute("data-line").unwrap_or_default();
        let text = row.text_content().unwrap_or_default();
        match lines.last_mut() {
            Some((last, line)) if *last == id => line.push_str(&text),
            _ => lines.push((id, text)),
        }
    }
    lines.into_iter().map(|(_, line)| line).collect()
}

/// The prompt line as shown (prompt, text, cursor cell).
pub fn prompt_line(host: &Element) -> Option<String> {
    host.query_selector(".prompt-line")
        .expect("query")
        .map(|line| line.text_content().unwrap_or_default())
}

/// The first element matching `selector`.
pub fn find(host: &Element, selector: &str) -> Option<Element> {
    host.query_selector(selector).expect("query")
}

/// Clicks the first button whose text contains `label`.
pub fn click_button(host: &Element, label: &str) {
    let buttons = host.query_selector_all("button").expect("query");
    for index in 0..buttons.length() {
        let Some(node) = buttons.item(index) else {
            continue;
        };
        if node.text_content().unwrap_or_default().contains(label) {
            node.dyn_into::<HtmlElement>().expect("an element").click();
            return;
        }
    }
    panic!("no button {label:?}");
}

/// Clicks the first element matching `selector`.
pub fn click(host: &Element, selector: &str) {
    find(host, selector)
        .unwrap_or_else(|| panic!("nothing matches {selector:?}"))
        .dyn_into::<HtmlElement>()
        .expect("an element")
        .click();
}

/// The value of the first `<input>` matching `selector`.
pub fn input_value(host: &Element, selector: &str) -> String {
    find(host, selector)
        .expect("the input")
        .dyn_into::<HtmlInputElement>()
        .expect("an input")
        .value()
}

/// Renders pending updates.
pub async fn flush() {
    yew::scheduler::flush().await;
}
