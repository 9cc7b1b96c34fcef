//! What the learner sees if the engine panics: the page cannot continue (a panic in wasm
//! aborts), so a plain DOM overlay explains what happened and offers to reload the session
//! saved before the failing command, or to start fresh keeping that save aside. The buttons
//! are plain JavaScript: after a panic the wasm module must not be called again.
//!
//! A trap that is not a panic (the wasm stack overflowing, an out-of-bounds access) leaves no
//! Rust code able to run: its stack pointer is wherever the trap left it. The same overlay
//! is then shown by a plain JavaScript listener for uncaught errors, made at start-up.

use crate::storage::{aside_prefix, STORAGE_KEY};

/// Installs the panic hook and the trap listener (once, at start-up).
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        let message = describe(info);
        web_sys::console::error_1(&format!("kubeplay panicked: {message}").into());
        show(&message);
    }));
    install_trap_listener();
}

/// Where the message goes in [`overlay_html`]'s text for the trap listener.
const MESSAGE_SLOT: &str = "\u{1}MESSAGE\u{1}";

/// The JavaScript body of the trap listener (argument `event`, an `error` or
/// `unhandledrejection` event): shows the overlay for a `WebAssembly.RuntimeError` (or a
/// stack overflow in the wasm's calls), once, unless the panic hook already did.
fn trap_listener_source() -> String {
    let (english, japanese) = (
        serde_json::Value::from(overlay_html(false, MESSAGE_SLOT)).to_string(),
        serde_json::Value::from(overlay_html(true, MESSAGE_SLOT)).to_string(),
    );
    let slot = serde_json::Value::from(MESSAGE_SLOT).to_string();
    format!(
        "var e=event.error||event.reason;\
         if(!e||!((typeof WebAssembly==='object'&&e instanceof WebAssembly.RuntimeError)\
         ||(e instanceof RangeError&&/wasm/.test(String(e.stack)))))return;\
         if(document.querySelector('.panic-overlay')||!document.body)return;\
         var ja=(document.documentElement.getAttribute('lang')||'').indexOf('ja')===0;\
         var text=document.createElement('div');text.textContent=String(e);\
         var overlay=document.createElement('div');overlay.className='panic-overlay';\
         overlay.setAttribute('role','alertdialog');overlay.setAttribute('aria-modal','true');\
         overlay.innerHTML=(ja?{japanese}:{english}).split({slot}).join(text.innerHTML);\
         document.body.appendChild(overlay);"
    )
}

/// Listens for uncaught traps with a function of plain JavaScript (see the module doc).
pub fn install_trap_listener() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let listener = js_sys::Function::new_with_args("event", &trap_listener_source());
    let _ = window.add_event_listener_with_callback("error", &listener);
    let _ = window.add_event_listener_with_callback("unhandledrejection", &listener);
}

/// The panic's message, with its source location when the build keeps locations (release
/// builds drop them to save space: `-Zlocation-detail=none`, see scripts/release-env.sh).
fn describe(info: &std::panic::PanicHookInfo<'_>) -> String {
    let payload = info.payload_as_str().unwrap_or("(no message)");
    match info.location() {
        Some(location) if location.line() != 0 => format!(
            "panicked at {}:{}:{}:\n{payload}",
            location.file(),
            location.line(),
            location.column()
        ),
        _ => format!("panicked: {payload}"),
    }
}

/// Escapes text for HTML.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Puts the overlay on the page.
pub fn show(message: &str) {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    let Some(body) = document.body() else {
        return;
    };
    let Ok(overlay) = document.create_element("div") else {
        return;
    };
    let japanese = document
        .document_element()
        .and_then(|root| root.get_attribute("lang"))
        .is_some_and(|lang| lang.starts_with("ja"));
    overlay.set_class_name("panic-overlay");
    let _ = overlay.set_attribute("role", "alertdialog");
    let _ = overlay.set_attribute("aria-modal", "true");
    overlay.set_inner_html(&overlay_html(japanese, &escape(message)));
    let _ = body.append_child(&overlay);
}

/// The overlay's inner HTML around `message_html` (already escaped).
fn overlay_html(japanese: bool, message_html: &str) -> String {
    let (title, explain, reload, fresh) = if japanese {
        (
            "問題が発生しました",
            "プレイグラウンドのエンジンが予期しないエラーで停止しました。最後のコマンドの前に保存されたセッションを読み込み直せます。",
            "保存されたセッションを読み込み直す",
            "新しいクラスタで始める（保存は別に残します）",
        )
    } else {
        (
            "Something went wrong",
            "The playground's engine stopped on an unexpected error. You can reload the session as it was saved before the last command.",
            "Reload the saved session",
            "Start with a fresh cluster (the save is kept aside)",
        )
    };
    let key = STORAGE_KEY;
    let aside = aside_prefix(key);
    let fresh_js = format!(
        "try{{var s=localStorage.getItem('{key}');if(s!==null){{localStorage.setItem('{aside}'+Date.now(),s);}}localStorage.removeItem('{key}');}}catch(e){{}}location.reload()"
    );
    format!(
        "<div class=\"panic-box\"><h2>{title}</h2><p>{explain}</p><pre>{message_html}</pre>\
         <p><button type=\"button\" onclick=\"location.reload()\">{reload}</button> \
         <button type=\"button\" onclick=\"{}\">{fresh}</button></p></div>",
        escape(&fresh_js)
    )
}
