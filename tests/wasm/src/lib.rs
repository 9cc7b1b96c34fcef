//! Helpers for the browser tests in `tests/`: mount the playground, type like a person, read
//! the screen. Only compiled for wasm32 tests; the crate has no other code.

#![cfg(target_arch = "wasm32")]
// Test support: failing loudly is the point.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlTextAreaElement, KeyboardEvent, KeyboardEventInit};

/// Creates a fresh `<div>` in the body and mounts the playground into it.
pub fn mount() -> Element {
    let document = gloo::utils::document();
    let host = document.create_element("div").expect("a div");
    document
        .body()
        .expect("a body")
        .append_child(&host)
        .expect("appended");
    yew::Renderer::<kubeplay_web::App>::with_root(host.clone()).render();
    host
}

/// The terminal's hidden input inside `host`.
pub fn keyboard(host: &Element) -> HtmlTextAreaElement {
    host.query_selector("textarea.keyboard")
        .expect("query")
        .expect("the terminal input")
        .dyn_into::<HtmlTextAreaElement>()
        .expect("a textarea")
}

/// Dispatches one `keydown` with `key` (and modifiers) on the terminal input.
pub fn press(host: &Element, key: &str, ctrl: bool, alt: bool) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_ctrl_key(ctrl);
    init.set_alt_key(alt);
    let event =
        KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("an event");
    keyboard(host).dispatch_event(&event).expect("dispatched");
}

/// Types a line character by character, then Enter.
pub fn type_line(host: &Element, line: &str) {
    for c in line.chars() {
        press(host, &c.to_string(), false, false);
    }
    press(host, "Enter", false, false);
}

/// The terminal's visible text.
pub fn screen(host: &Element) -> String {
    host.query_selector(".terminal")
        .expect("query")
        .and_then(|terminal| terminal.text_content())
        .unwrap_or_default()
}

/// Text of the scrollback lines, one per line.
pub fn scrollback_lines(host: &Element) -> Vec<String> {
    let lines = host.query_selector_all(".scrollback .line").expect("query");
    (0..lines.length())
        .filter_map(|index| lines.item(index))
        .map(|node| node.text_content().unwrap_or_default())
        .collect()
}
