//! The editor pane (`vi`, `vim`, `nano`, `kubectl edit`; `less` and `watch` read-only): it
//! opens over the terminal with the file's text, saves or closes without saving, keeps the
//! keys an editor needs (Ctrl+S, Tab, composition), and comes back after a reload while the
//! command still waits on it.

#![cfg(target_arch = "wasm32")]
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use kubeplay_core::kubectl::EditRequest;
use kubeplay_wasm_tests::{
    click, click_button, find, flush, keyboard, mount, mount_with, scrollback_lines, type_line,
    unique_key,
};
use kubeplay_web::editor_pane::title;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlTextAreaElement, KeyboardEvent, KeyboardEventInit};

wasm_bindgen_test_configure!(run_in_browser);

/// The editor pane's text area, if the pane is open.
fn editor_text(host: &Element) -> Option<HtmlTextAreaElement> {
    find(host, ".editor-pane textarea.editor-text").map(|e| e.dyn_into().expect("a textarea"))
}

fn editor_title(host: &Element) -> String {
    find(host, ".editor-title")
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

fn focused_is(element: &Element) -> bool {
    gloo::utils::document()
        .active_element()
        .is_some_and(|active| &active == element)
}

/// Dispatches a `keydown` on the editor's text area; returns whether it was prevented.
fn key_in_editor(host: &Element, key: &str, ctrl: bool, shift: bool, composing: bool) -> bool {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_ctrl_key(ctrl);
    init.set_shift_key(shift);
    init.set_is_composing(composing);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    editor_text(host)
        .expect("the editor")
        .dispatch_event(&event)
        .unwrap();
    event.default_prevented()
}

#[wasm_bindgen_test]
async fn vi_opens_the_pane_and_save_writes_the_file() {
    let host = mount();
    flush().await;
    assert!(editor_text(&host).is_none());
    type_line(&host, "vi notes.txt");
    flush().await;
    let area = editor_text(&host).expect("the editor pane");
    assert_eq!(editor_title(&host), "vi — notes.txt");
    assert_eq!(area.value(), "");
    assert_eq!(area.get_attribute("wrap").as_deref(), Some("off"));
    assert_eq!(area.get_attribute("spellcheck").as_deref(), Some("false"));
    assert!(area
        .get_attribute("aria-label")
        .unwrap()
        .contains("notes.txt"));
    assert!(focused_is(&area), "the editor has the focus");
    // The terminal under the pane takes no focus.
    assert!(find(&host, ".terminal[inert]").is_some());
    area.set_value("first line\nsecond line\n");
    click(&host, ".editor-save");
    flush().await;
    assert!(editor_text(&host).is_none(), "the pane closed");
    assert!(find(&host, ".terminal[inert]").is_none());
    assert!(
        focused_is(&keyboard(&host)),
        "the terminal has the focus again"
    );
    type_line(&host, "cat notes.txt");
    flush().await;
    let lines = scrollback_lines(&host);
    let tail: Vec<&str> = lines
        .iter()
        .rev()
        .take(3)
        .rev()
        .map(String::as_str)
        .collect();
    assert_eq!(
        tail,
        ["$ cat notes.txt", "first line", "second line"],
        "{lines:#?}"
    );
    host.destroy();
}

#[wasm_bindgen_test]
async fn close_without_saving_leaves_the_file_unchanged() {
    let host = mount();
    flush().await;
    type_line(&host, "echo kept > notes.txt");
    type_line(&host, "vim notes.txt");
    flush().await;
    let area = editor_text(&host).expect("the editor pane");
    assert_eq!(editor_title(&host), "vim — notes.txt");
    assert_eq!(area.value(), "kept\n");
    assert_eq!(area.selection_start().unwrap(), Some(0));
    area.set_value("changed\n");
    click(&host, ".editor-discard");
    flush().await;
    assert!(editor_text(&host).is_none());
    type_line(&host, "cat notes.txt");
    flush().await;
    assert_eq!(scrollback_lines(&host).last().unwrap(), "kept");
    host.destroy();
}

#[wasm_bindgen_test]
async fn editor_keys_ctrl_s_tab_escape_and_composition() {
    let host = mount();
    flush().await;
    type_line(&host, "nano keys.txt");
    flush().await;
    assert_eq!(editor_title(&host), "nano — keys.txt");
    let area = editor_text(&host).unwrap();
    area.set_value("ab");
    area.set_selection_range(1, 1).unwrap();
    // Tab inserts two spaces; Shift+Tab and Escape are left to the browser.
    assert!(key_in_editor(&host, "Tab", false, false, false));
    assert_eq!(area.value(), "a  b");
    assert_eq!(area.selection_start().unwrap(), Some(3));
    assert!(!key_in_editor(&host, "Tab", false, true, false));
    assert!(!key_in_editor(&host, "Escape", false, false, false));
    // Nothing is intercepted while an input method composes.
    assert!(!key_in_editor(&host, "s", true, false, true));
    assert!(!key_in_editor(&host, "Tab", false, false, true));
    flush().await;
    assert!(editor_text(&host).is_some(), "still open");
    // Ctrl+S saves and closes (and keeps the browser from saving the page).
    assert!(key_in_editor(&host, "s", true, false, false));
    flush().await;
    assert!(editor_text(&host).is_none());
    type_line(&host, "cat keys.txt");
    flush().await;
    assert_eq!(scrollback_lines(&host).last().unwrap(), "a  b");
    host.destroy();
}

#[wasm_bindgen_test]
fn an_unnamed_buffer_is_titled_as_vim_does() {
    let request = |path: &str| EditRequest {
        program: "vi".into(),
        path: path.into(),
        text: String::new(),
        read_only: false,
    };
    assert_eq!(title(&request("")), "vi — [No Name]");
    assert_eq!(title(&request("pod.yaml")), "vi — pod.yaml");
}

#[wasm_bindgen_test]
async fn a_reload_while_editing_shows_the_pane_again() {
    let key = unique_key("editor");
    let host = mount_with(&key, Some(1));
    flush().await;
    type_line(&host, "echo hello > notes.txt");
    type_line(&host, "vi notes.txt; echo done");
    flush().await;
    // Unsaved typing is not kept; the opened text is.
    editor_text(&host).unwrap().set_value("typed\n");
    host.destroy();

    let host = mount_with(&key, Some(99));
    flush().await;
    let area = editor_text(&host).expect("the pane again");
    assert_eq!(editor_title(&host), "vi — notes.txt");
    assert_eq!(area.value(), "hello\n");
    assert!(focused_is(&area));
    area.set_value("bye\n");
    click(&host, ".editor-save");
    flush().await;
    assert_eq!(scrollback_lines(&host).last().unwrap(), "done");
    type_line(&host, "cat notes.txt");
    flush().await;
    assert_eq!(scrollback_lines(&host).last().unwrap(), "bye");
    host.destroy();
}

#[wasm_bindgen_test]
async fn files_open_one_after_another_each_with_its_text() {
    let host = mount();
    flush().await;
    type_line(&host, "echo A > a.txt; echo B > b.txt");
    type_line(&host, "vi a.txt b.txt");
    flush().await;
    assert_eq!(editor_title(&host), "vi — a.txt");
    let area = editor_text(&host).unwrap();
    assert_eq!(area.value(), "A\n");
    area.set_value("A2\n");
    click(&host, ".editor-save");
    flush().await;
    assert_eq!(editor_title(&host), "vi — b.txt");
    let area = editor_text(&host).unwrap();
    assert_eq!(area.value(), "B\n");
    assert!(focused_is(&area));
    click(&host, ".editor-discard");
    flush().await;
    type_line(&host, "cat a.txt b.txt");
    flush().await;
    let lines = scrollback_lines(&host);
    assert_eq!(lines[lines.len() - 2..], ["A2", "B"], "{lines:#?}");
    host.destroy();
}

#[wasm_bindgen_test]
async fn the_toolbar_stays_usable_and_keeps_the_typing() {
    let host = mount();
    flush().await;
    type_line(&host, "vi notes.txt");
    flush().await;
    let area = editor_text(&host).unwrap();
    area.set_value("typed so far");
    // Re-renders (text size, language) leave the typing and the focus in the editor.
    click_button(&host, "A+");
    click(&host, "button.language");
    flush().await;
    let area = editor_text(&host).unwrap();
    assert_eq!(area.value(), "typed so far");
    assert!(focused_is(&area));
    assert_eq!(
        find(&host, ".editor-save").unwrap().text_content().unwrap(),
        "保存して閉じる"
    );
    click(&host, "button.language");
    flush().await;
    // Resetting the cluster drops the waiting command, its editor with it.
    click_button(&host, "Reset cluster");
    flush().await;
    click_button(&host, "Start over");
    flush().await;
    assert!(editor_text(&host).is_none());
    assert!(focused_is(&keyboard(&host)));
    host.destroy();
}

#[wasm_bindgen_test]
async fn less_shows_piped_text_read_only_and_q_closes_it() {
    let host = mount();
    flush().await;
    type_line(&host, "kubectl explain pods | less");
    flush().await;
    let area = editor_text(&host).expect("the pager");
    assert_eq!(editor_title(&host), "less — (standard input)");
    assert!(
        area.value().starts_with("KIND:       Pod\n"),
        "{}",
        area.value()
    );
    assert!(area.read_only(), "a pager is read-only");
    assert!(find(&host, ".editor-save").is_none(), "nothing to save");
    // Letters do not close it mid-typing elsewhere; q does, as in less.
    assert!(!key_in_editor(&host, "j", false, false, false));
    assert!(editor_text(&host).is_some());
    // Found by tests/e2e/fuzz.mjs: the browser's undo (Ctrl+Z) in the pager undid the page's
    // last edit elsewhere (the cluster picture's filter) and took the focus there.
    assert!(key_in_editor(&host, "z", true, false, false));
    assert!(key_in_editor(&host, "Z", true, true, false));
    assert!(editor_text(&host).is_some());
    assert!(key_in_editor(&host, "q", false, false, false));
    flush().await;
    assert!(editor_text(&host).is_none(), "q closed the pager");
    assert!(focused_is(&keyboard(&host)));
    // Escape closes it too; the scrollback shows only the command, as after less.
    type_line(&host, "less kubia-manual.yaml");
    flush().await;
    assert_eq!(editor_title(&host), "less — kubia-manual.yaml");
    assert!(key_in_editor(&host, "Escape", false, false, false));
    flush().await;
    assert!(editor_text(&host).is_none());
    let lines = scrollback_lines(&host);
    assert!(
        !lines.iter().any(|line| line.starts_with("KIND:")),
        "{lines:?}"
    );
}

#[wasm_bindgen_test]
async fn watch_redraws_in_the_pane_and_ctrl_c_ends_it() {
    let host = mount();
    flush().await;
    type_line(&host, "watch -n 5 kubectl get pods -n kube-system");
    flush().await;
    let area = editor_text(&host).expect("watch's screen");
    assert_eq!(
        editor_title(&host),
        "watch — kubectl get pods -n kube-system"
    );
    let first = area.value();
    // The title line fits the terminal's width (a narrow one cuts the command with `...`).
    assert!(first.starts_with("Every 5.0s: "), "{first}");
    assert!(
        first.lines().next().unwrap().contains("kubeplay: "),
        "{first}"
    );
    assert!(first.contains("\n\nNAME "), "{first}");
    assert!(area.read_only());
    // The next refresh is the next event: the screen shows a later time.
    click(&host, ".skip");
    flush().await;
    let second = editor_text(&host).expect("still watching").value();
    assert_ne!(second, first, "watch redrew its screen");
    assert!(second.starts_with("Every 5.0s:"), "{second}");
    // Ctrl+C with nothing selected ends it; the prompt comes back.
    assert!(key_in_editor(&host, "c", true, false, false));
    flush().await;
    assert!(editor_text(&host).is_none());
    assert!(focused_is(&keyboard(&host)));
}

#[wasm_bindgen_test]
async fn kubectl_edit_opens_the_object_and_patches_it_when_saved() {
    let host = mount();
    flush().await;
    type_line(
        &host,
        "kubectl create configmap settings --from-literal=color=blue",
    );
    flush().await;
    type_line(&host, "kubectl edit cm settings");
    flush().await;
    let area = editor_text(&host).expect("kubectl edit's editor");
    let title = editor_title(&host);
    assert!(title.starts_with("vi — /tmp/kubectl-edit-"), "{title}");
    assert!(title.ends_with(".yaml"), "{title}");
    let text = area.value();
    assert!(
        text.starts_with("# Please edit the object below."),
        "{text}"
    );
    area.set_value(&text.replace("color: blue", "color: green"));
    click(&host, ".editor-save");
    flush().await;
    assert!(editor_text(&host).is_none());
    let lines = scrollback_lines(&host);
    assert!(
        lines.iter().any(|line| line == "configmap/settings edited"),
        "{lines:?}"
    );
    type_line(&host, "kubectl get cm settings -o jsonpath={.data.color}");
    flush().await;
    let lines = scrollback_lines(&host);
    assert!(
        lines.iter().any(|line| line.starts_with("green")),
        "{lines:?}"
    );
}
