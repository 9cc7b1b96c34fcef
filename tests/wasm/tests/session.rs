//! The terminal with running commands: multi-line pastes (a here-document included), type-
//! ahead, Ctrl+C on a running command, IME composition, mobile input events, and the clock
//! controls ("skip to next event").

#![cfg(target_arch = "wasm32")]
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use kubeplay_wasm_tests::{
    click, click_button, composition, find, flush, input_event, mount, paste, press, press_with,
    prompt_line, scrollback_lines, type_line, type_text, Mods,
};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn busy(host: &web_sys::Element) -> bool {
    find(host, ".status").is_some()
}

/// Jumps the clock from event to event ("skip to next event") until the command ends, at
/// most `jumps` times.
async fn skip_until_idle(host: &web_sys::Element, jumps: usize) {
    for _ in 0..jumps {
        if !busy(host) {
            break;
        }
        click(host, "button.skip");
        flush().await;
    }
}

#[wasm_bindgen_test]
async fn pasting_a_here_document_runs_it_with_continuation_prompts() {
    let host = mount();
    flush().await;
    paste(
        &host,
        "cat <<EOF > note.txt\nfirst line\nsecond line\nEOF\ncat note.txt\nwc -l note.txt\n",
    );
    flush().await;
    let lines = scrollback_lines(&host);
    let expected = [
        "$ cat <<EOF > note.txt",
        "> first line",
        "> second line",
        "> EOF",
        "$ cat note.txt",
        "first line",
        "second line",
        "$ wc -l note.txt",
        "2 note.txt",
    ];
    assert_eq!(lines, expected, "{lines:#?}");
    assert_eq!(prompt_line(&host).unwrap(), "$  ");
    // The here-document body is not in the history: Up recalls whole commands.
    press(&host, "ArrowUp", false, false);
    press(&host, "ArrowUp", false, false);
    press(&host, "ArrowUp", false, false);
    flush().await;
    assert_eq!(prompt_line(&host).unwrap(), "$ cat <<EOF > note.txt ");
    host.destroy();
}

#[wasm_bindgen_test]
async fn a_paste_without_final_newline_leaves_the_last_line_to_edit() {
    let host = mount();
    flush().await;
    paste(&host, "echo a\r\necho b\r\necho c");
    flush().await;
    let lines = scrollback_lines(&host);
    assert_eq!(lines, ["$ echo a", "a", "$ echo b", "b"], "{lines:#?}");
    assert_eq!(prompt_line(&host).unwrap(), "$ echo c ");
    host.destroy();
}

#[wasm_bindgen_test]
async fn ctrl_c_interrupts_sleep_and_discards_type_ahead() {
    let host = mount();
    flush().await;
    // The lines after `sleep 100` wait for it.
    paste(&host, "sleep 100\necho queued\n");
    flush().await;
    assert!(busy(&host));
    let status = find(&host, ".status").unwrap().text_content().unwrap();
    assert!(status.contains("Ctrl+C"), "{status}");
    assert_eq!(
        find(&host, ".typeahead").unwrap().text_content().unwrap(),
        "echo queued"
    );
    assert_eq!(scrollback_lines(&host), ["$ sleep 100"]);
    press(&host, "c", true, false);
    flush().await;
    assert!(!busy(&host));
    assert_eq!(scrollback_lines(&host), ["$ sleep 100", "^C"]);
    assert_eq!(prompt_line(&host).unwrap(), "$  ");
    assert!(find(&host, ".typeahead").is_none());
    // The exit status of an interrupted command is 130.
    type_line(&host, "echo $?");
    flush().await;
    assert_eq!(scrollback_lines(&host).last().unwrap(), "130");
    host.destroy();
}

#[wasm_bindgen_test]
async fn type_ahead_runs_when_the_command_ends() {
    let host = mount();
    flush().await;
    type_line(&host, "sleep 2");
    type_line(&host, "echo after");
    flush().await;
    assert!(busy(&host));
    // Jump the clock from event to event until `sleep` ends.
    skip_until_idle(&host, 20).await;
    assert!(!busy(&host));
    let lines = scrollback_lines(&host);
    assert_eq!(lines, ["$ sleep 2", "$ echo after", "after"], "{lines:#?}");
    host.destroy();
}

#[wasm_bindgen_test]
async fn ctrl_c_stops_port_forward() {
    let host = mount();
    flush().await;
    type_line(&host, "kubectl create -f kubia-manual.yaml");
    type_line(
        &host,
        "kubectl wait --for=condition=Ready pod/kubia-manual --timeout=300s",
    );
    flush().await;
    skip_until_idle(&host, 100).await;
    assert!(!busy(&host), "{:#?}", scrollback_lines(&host));
    assert_eq!(
        scrollback_lines(&host).last().unwrap(),
        "pod/kubia-manual condition met"
    );
    type_line(&host, "kubectl port-forward kubia-manual 8888:8080");
    flush().await;
    assert!(busy(&host));
    let lines = scrollback_lines(&host);
    assert!(
        lines.contains(&"Forwarding from 127.0.0.1:8888 -> 8080".to_string()),
        "{lines:#?}"
    );
    press(&host, "c", true, false);
    flush().await;
    assert!(!busy(&host));
    assert_eq!(scrollback_lines(&host).last().unwrap(), "^C");
    assert_eq!(prompt_line(&host).unwrap(), "$  ");
    host.destroy();
}

#[wasm_bindgen_test]
async fn ime_composition_runs_nothing_until_committed() {
    let host = mount();
    flush().await;
    type_text(&host, "echo ");
    composition(&host, "compositionstart", "");
    composition(&host, "compositionupdate", "てすと");
    // Keys during composition (Enter picks a candidate) belong to the IME.
    press_with(
        &host,
        "Enter",
        "Enter",
        Mods {
            composing: true,
            ..Mods::default()
        },
    );
    press_with(
        &host,
        "Process",
        "KeyT",
        Mods {
            composing: false,
            ..Mods::default()
        },
    );
    input_event(&host, "insertCompositionText", Some("テスト"), true);
    flush().await;
    assert!(scrollback_lines(&host).is_empty());
    // The text being composed shows at the cursor.
    assert_eq!(
        find(&host, ".preedit").unwrap().text_content().unwrap(),
        "てすと"
    );
    composition(&host, "compositionend", "テスト");
    flush().await;
    assert!(find(&host, ".preedit").is_none());
    assert!(scrollback_lines(&host).is_empty());
    assert_eq!(prompt_line(&host).unwrap(), "$ echo テスト ");
    press(&host, "Enter", false, false);
    flush().await;
    assert_eq!(scrollback_lines(&host), ["$ echo テスト", "テスト"]);
    host.destroy();
}

#[wasm_bindgen_test]
async fn mobile_keyboards_send_input_events() {
    let host = mount();
    flush().await;
    // Virtual keyboards report "Unidentified" keys and deliver text through `input`.
    press_with(&host, "Unidentified", "", Mods::default());
    input_event(&host, "insertText", Some("echo hix"), false);
    input_event(&host, "deleteContentBackward", None, false);
    input_event(&host, "insertLineBreak", None, false);
    flush().await;
    assert_eq!(scrollback_lines(&host), ["$ echo hi", "hi"]);
    host.destroy();
}

#[wasm_bindgen_test]
async fn the_touch_palette_sends_keys() {
    let host = mount();
    flush().await;
    type_text(&host, "kubectl cre");
    click_button(&host, "Tab");
    flush().await;
    assert_eq!(prompt_line(&host).unwrap(), "$ kubectl create  ");
    click_button(&host, "^C");
    flush().await;
    assert_eq!(
        scrollback_lines(&host).last().unwrap(),
        "$ kubectl create ^C"
    );
    type_line(&host, "echo x");
    click_button(&host, "↑");
    flush().await;
    assert_eq!(prompt_line(&host).unwrap(), "$ echo x ");
    host.destroy();
}

#[wasm_bindgen_test]
async fn the_clock_shows_and_can_pause() {
    let host = mount();
    flush().await;
    let time = find(&host, ".simtime time").unwrap();
    let before = time.get_attribute("datetime").unwrap();
    assert!(before.ends_with('Z'), "{before}");
    click(&host, "button.speed[data-speed=\"0\"]");
    flush().await;
    let paused = find(&host, "button.speed[aria-pressed=\"true\"]").unwrap();
    assert_eq!(paused.get_attribute("data-speed").unwrap(), "0");
    // Skipping moves the clock even when paused.
    type_line(&host, "sleep 30");
    flush().await;
    click(&host, "button.skip");
    flush().await;
    let after = find(&host, ".simtime time")
        .unwrap()
        .get_attribute("datetime")
        .unwrap();
    assert!(after > before, "{before} -> {after}");
    click_button(&host, "60×");
    flush().await;
    let pressed = find(&host, "button.speed[aria-pressed=\"true\"]").unwrap();
    assert_eq!(pressed.text_content().unwrap(), "60×");
    host.destroy();
}

#[wasm_bindgen_test]
async fn kubectl_run_it_puts_the_terminal_in_the_pods_shell_until_ctrl_d() {
    let host = mount();
    flush().await;
    type_line(
        &host,
        "kubectl run -it box --image=busybox --rm --restart=Never -- sh",
    );
    flush().await;
    skip_until_idle(&host, 100).await;
    assert!(!busy(&host), "{:#?}", scrollback_lines(&host));
    assert_eq!(prompt_line(&host).unwrap(), "/ #  ");
    type_line(&host, "echo inside $HOSTNAME");
    flush().await;
    let lines = scrollback_lines(&host);
    assert_eq!(
        lines[lines.len() - 2..],
        ["/ # echo inside $HOSTNAME", "inside box"],
        "{lines:#?}"
    );
    // Ctrl+D on the empty line ends the container's shell, then kubectl deletes the pod.
    press(&host, "d", true, false);
    flush().await;
    let lines = scrollback_lines(&host);
    assert_eq!(
        lines.last().unwrap(),
        "pod \"box\" deleted from default namespace",
        "{lines:#?}"
    );
    assert_eq!(prompt_line(&host).unwrap(), "$  ");
    host.destroy();
}

#[wasm_bindgen_test]
async fn a_composition_that_never_ends_leaves_the_terminal_working() {
    // Found by tests/e2e/fuzz.mjs: a `compositionend` that never came (browsers and IMEs drop
    // it, e.g. when the focus moves mid-composition) left every later key ignored.
    let host = mount();
    flush().await;
    composition(&host, "compositionstart", "");
    composition(&host, "compositionupdate", "にほ");
    flush().await;
    assert!(find(&host, ".preedit").is_some());
    // A key that is not part of a composition ends it: the uncommitted text goes.
    type_line(&host, "echo ok");
    flush().await;
    assert!(find(&host, ".preedit").is_none());
    assert_eq!(scrollback_lines(&host), ["$ echo ok", "ok"]);
    // The same for text from an on-screen keyboard.
    composition(&host, "compositionstart", "");
    composition(&host, "compositionupdate", "ぽ");
    input_event(&host, "insertText", Some("echo x"), false);
    input_event(&host, "insertLineBreak", None, false);
    flush().await;
    assert!(find(&host, ".preedit").is_none());
    assert_eq!(scrollback_lines(&host)[2..], ["$ echo x", "x"]);
    host.destroy();
}

#[wasm_bindgen_test]
async fn typing_on_a_toolbar_button_goes_to_the_terminal() {
    // Found by tests/e2e/fuzz.mjs: after a click on "10×" (or Export, the language…) the
    // button kept the focus, the typed command was lost and its Enter pressed the button again.
    let host = mount();
    flush().await;
    let button: web_sys::HtmlElement = find(&host, "button.speed[data-speed=\"10\"]")
        .unwrap()
        .dyn_into()
        .unwrap();
    button.focus().unwrap();
    for c in "echo hi".chars() {
        let init = web_sys::KeyboardEventInit::new();
        init.set_key(&c.to_string());
        init.set_bubbles(true);
        init.set_cancelable(true);
        let event =
            web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
        button.dispatch_event(&event).unwrap();
        // Space stays the button's (it presses it); letters are taken.
        assert_eq!(event.default_prevented(), c != ' ', "{c:?}");
    }
    flush().await;
    assert_eq!(prompt_line(&host).unwrap(), "$ echohi ");
    let active = gloo::utils::document().active_element().unwrap();
    assert_eq!(active.get_attribute("class").unwrap(), "keyboard");
    host.destroy();
}
