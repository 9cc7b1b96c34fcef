//! What the learner sees if the engine panics: the page cannot continue (a panic in wasm
//! aborts), so a plain DOM overlay explains what happened and offers to reload the session
//! saved before the failing command, or to start fresh keeping that save aside. The buttons
//! are plain JavaScript: after a panic the wasm module must not be called again.

use crate::storage::{aside_prefix, STORAGE_KEY};

/// Installs the panic hook (once, at start-up).
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        let message = describe(info);
        web_sys::console::error_1(&format!("kubeplay panicked: {message}").into());
        show(&message);
    }));
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
    overlay.set_class_name("panic-overlay");
    let _ = overlay.set_attribute("role", "alertdialog");
    let _ = overlay.set_attribute("aria-modal", "true");
    overlay.set_inner_html(&format!(
        "<div class=\"panic-box\"><h2>{title}</h2><p>{explain}</p><pre>{}</pre>\
         <p><button type=\"button\" onclick=\"location.reload()\">{reload}</button> \
         <button type=\"button\" onclick=\"{}\">{fresh}</button></p></div>",
        escape(message),
        escape(&fresh_js)
    ));
    let _ = body.append_child(&overlay);
}
