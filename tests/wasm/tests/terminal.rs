//! The terminal in a real browser: running commands, readline keys, history and search,
//! completion, clearing, colours and stderr, wide characters, Ctrl+C and Ctrl+D.

#![cfg(target_arch = "wasm32")]
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use kubeplay_wasm_tests::{
    find, flush, mount, press, press_with, prompt_line, screen, scrollback_lines, type_line,
    type_text, Mods, ALT, CTRL,
};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn creates_and_lists_a_pod() {
    let host = mount();
    flush().await;
    type_line(&host, "kubectl create -f kubia-manual.yaml");
    flush().await;
    type_line(&host, "kubectl get pods");
    flush().await;
    let lines = scrollback_lines(&host);
    assert!(
        lines.contains(&"$ kubectl create -f kubia-manual.yaml".to_string()),
        "{lines:#?}"
    );
    assert!(
        lines.contains(&"pod/kubia-manual created".to_string()),
        "{lines:#?}"
    );
    assert!(
        lines.contains(&"NAME           READY   STATUS    RESTARTS   AGE".to_string()),
        "{lines:#?}"
    );
    assert!(
        lines
            .iter()
            .any(|line| line.starts_with("kubia-manual   0/1     Pending   0          ")),
        "{lines:#?}"
    );
    host.destroy();
}

#[wasm_bindgen_test]
async fn errors_are_styled_apart_and_the_prompt_comes_back() {
    let host = mount();
    flush().await;
    type_line(&host, "kubectl get pod nope");
    flush().await;
    let text = screen(&host);
    assert!(
        text.contains("Error from server (NotFound): pods \"nope\" not found"),
        "{text}"
    );
    let error = find(&host, ".rows .e").expect("a stderr span");
    assert_eq!(
        error.text_content().unwrap(),
        "Error from server (NotFound): pods \"nope\" not found"
    );
    // Echoed command lines are styled as such, not as output.
    assert!(find(&host, ".rows .p").is_some());
    assert!(find(&host, ".rows .c").is_some());
    type_text(&host, "kubectl foox");
    press(&host, "Backspace", false, false);
    press(&host, "Enter", false, false);
    flush().await;
    assert!(screen(&host).contains("error: unknown command \"foo\" for \"kubectl\""));
    assert_eq!(prompt_line(&host).unwrap(), "$  ");
    host.destroy();
}

#[wasm_bindgen_test]
async fn readline_editing_keys() {
    let host = mount();
    flush().await;
    type_text(&host, "get pods");
    // Ctrl+A, type, Ctrl+E.
    press(&host, "a", true, false);
    type_text(&host, "kubectl ");
    press(&host, "e", true, false);
    flush().await;
    assert_eq!(prompt_line(&host).unwrap(), "$ kubectl get pods ");
    // Alt+B (real Alt) moves back a word; Ctrl+K kills to the end.
    press_with(&host, "b", "KeyB", ALT);
    press(&host, "k", true, false);
    flush().await;
    assert_eq!(prompt_line(&host).unwrap(), "$ kubectl get  ");
    // Ctrl+Y yanks it back.
    press(&host, "y", true, false);
    flush().await;
    assert_eq!(prompt_line(&host).unwrap(), "$ kubectl get pods ");
    // macOS: Alt+B arrives as "∫"; the physical key decides.
    press_with(&host, "∫", "KeyB", ALT);
    press_with(&host, "∫", "KeyB", ALT);
    flush().await;
    assert_eq!(prompt_line(&host).unwrap(), "$ kubectl get pods");
    // Escape then f is Alt+F (readline's meta prefix).
    press(&host, "Escape", false, false);
    press(&host, "f", false, false);
    flush().await;
    assert_eq!(prompt_line(&host).unwrap(), "$ kubectl get pods");
    // Ctrl+W deletes the word before the cursor; Ctrl+U the whole line before it.
    press(&host, "w", true, false);
    flush().await;
    assert_eq!(prompt_line(&host).unwrap(), "$ kubectl  pods");
    press(&host, "e", true, false);
    press(&host, "u", true, false);
    flush().await;
    assert_eq!(prompt_line(&host).unwrap(), "$  ");
    // Left/Right/Home/End and Delete.
    type_text(&host, "abc");
    press(&host, "Home", false, false);
    press(&host, "Delete", false, false);
    press(&host, "End", false, false);
    press(&host, "ArrowLeft", false, false);
    type_text(&host, "X");
    flush().await;
    assert_eq!(prompt_line(&host).unwrap(), "$ bXc");
    // Alt+U upper-cases the next word.
    press(&host, "a", true, false);
    press_with(&host, "u", "KeyU", ALT);
    flush().await;
    assert_eq!(prompt_line(&host).unwrap(), "$ BXC ");
    host.destroy();
}

#[wasm_bindgen_test]
async fn browser_shortcuts_are_left_to_the_browser() {
    let host = mount();
    flush().await;
    // Ctrl+V is the paste event's job; Ctrl+Shift+C copies; Shift+Tab leaves the terminal.
    assert!(!press_with(&host, "v", "KeyV", CTRL));
    assert!(!press_with(
        &host,
        "C",
        "KeyC",
        Mods {
            ctrl: true,
            shift: true,
            ..Mods::default()
        }
    ));
    assert!(!press_with(
        &host,
        "Tab",
        "Tab",
        Mods {
            shift: true,
            ..Mods::default()
        }
    ));
    // Tab itself completes and must not move the focus.
    assert!(press_with(&host, "Tab", "Tab", Mods::default()));
    host.destroy();
}

#[wasm_bindgen_test]
async fn history_and_reverse_search() {
    let host = mount();
    flush().await;
    type_line(&host, "echo one");
    type_line(&host, "echo two");
    type_line(&host, "kubectl get nodes");
    flush().await;
    press(&host, "ArrowUp", false, false);
    flush().await;
    assert_eq!(prompt_line(&host).unwrap(), "$ kubectl get nodes ");
    press(&host, "ArrowUp", false, false);
    press(&host, "ArrowUp", false, false);
    flush().await;
    assert_eq!(prompt_line(&host).unwrap(), "$ echo one ");
    press(&host, "ArrowDown", false, false);
    flush().await;
    assert_eq!(prompt_line(&host).unwrap(), "$ echo two ");
    press(&host, "u", true, false);
    // Ctrl+R shows bash's search prompt instead of `$ `.
    press(&host, "r", true, false);
    flush().await;
    assert_eq!(prompt_line(&host).unwrap(), "(reverse-i-search)`':  ");
    type_text(&host, "one");
    flush().await;
    let shown = prompt_line(&host).unwrap();
    assert!(
        shown.starts_with("(reverse-i-search)`one': echo one"),
        "{shown:?}"
    );
    press(&host, "Enter", false, false);
    flush().await;
    let lines = scrollback_lines(&host);
    assert_eq!(
        lines.iter().filter(|l| *l == "one").count(),
        2,
        "{lines:#?}"
    );
    // Ctrl+G abandons a search, restoring the line.
    type_text(&host, "abc");
    press(&host, "r", true, false);
    type_text(&host, "zzz");
    press(&host, "g", true, false);
    flush().await;
    assert_eq!(prompt_line(&host).unwrap(), "$ abc ");
    host.destroy();
}

#[wasm_bindgen_test]
async fn tab_completion_and_candidate_listing() {
    let host = mount();
    flush().await;
    type_text(&host, "kubectl cre");
    press(&host, "Tab", false, false);
    flush().await;
    assert_eq!(prompt_line(&host).unwrap(), "$ kubectl create  ");
    press(&host, "u", true, false);
    type_text(&host, "kubectl get n");
    press(&host, "Tab", false, false);
    press(&host, "Tab", false, false);
    flush().await;
    let lines = scrollback_lines(&host);
    assert!(lines.contains(&"$ kubectl get n".to_string()), "{lines:#?}");
    let listing = lines.last().unwrap();
    assert!(
        listing.contains("namespaces") && listing.contains("nodes"),
        "{lines:#?}"
    );
    assert_eq!(prompt_line(&host).unwrap(), "$ kubectl get n ");
    host.destroy();
}

#[wasm_bindgen_test]
async fn ctrl_l_and_clear_empty_the_screen() {
    let host = mount();
    flush().await;
    type_line(&host, "echo before");
    flush().await;
    assert!(!scrollback_lines(&host).is_empty());
    press(&host, "l", true, false);
    flush().await;
    assert!(scrollback_lines(&host).is_empty());
    type_line(&host, "echo again");
    type_line(&host, "clear");
    flush().await;
    assert!(
        scrollback_lines(&host).is_empty(),
        "{:?}",
        scrollback_lines(&host)
    );
    assert_eq!(prompt_line(&host).unwrap(), "$  ");
    host.destroy();
}

#[wasm_bindgen_test]
async fn ctrl_c_abandons_the_line_and_ctrl_d_is_harmless() {
    let host = mount();
    flush().await;
    type_text(&host, "kubectl get po");
    press(&host, "c", true, false);
    flush().await;
    let lines = scrollback_lines(&host);
    assert_eq!(lines.last().unwrap(), "$ kubectl get po^C");
    assert_eq!(prompt_line(&host).unwrap(), "$  ");
    // Ctrl+D on an empty line does nothing; on text it deletes the char under the cursor.
    press(&host, "d", true, false);
    type_text(&host, "ab");
    press(&host, "ArrowLeft", false, false);
    press(&host, "d", true, false);
    flush().await;
    assert_eq!(prompt_line(&host).unwrap(), "$ a ");
    assert_eq!(scrollback_lines(&host).len(), lines.len());
    // `exit` leaves nothing: a note says the terminal stays, and the shell still answers.
    press(&host, "u", true, false);
    type_line(&host, "exit 3; echo never");
    flush().await;
    let lines = scrollback_lines(&host);
    assert!(lines.last().unwrap().starts_with("# exit:"), "{lines:?}");
    type_line(&host, "echo $?");
    flush().await;
    assert_eq!(scrollback_lines(&host).last().unwrap(), "3");
    host.destroy();
}

#[wasm_bindgen_test]
async fn ansi_colours_become_spans() {
    let host = mount();
    flush().await;
    type_line(&host, "kubectl cluster-info");
    flush().await;
    let text = screen(&host);
    assert!(!text.contains('\u{1b}'), "{text:?}");
    assert!(!text.contains("[0;32m"), "{text:?}");
    let lines = scrollback_lines(&host);
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("Kubernetes control plane is running at https://")),
        "{lines:#?}"
    );
    let green = find(&host, ".rows .f2").expect("a green span");
    assert_eq!(green.text_content().unwrap(), "Kubernetes control plane");
    let yellow = find(&host, ".rows .f3").expect("a yellow span");
    assert!(yellow.text_content().unwrap().starts_with("https://"));
    // echo -e with 256 colours and bold.
    type_line(&host, r"echo -e '\e[1;38;5;196mred\e[0m plain'");
    flush().await;
    let lines = scrollback_lines(&host);
    assert_eq!(lines.last().unwrap(), "red plain");
    let bold = find(&host, ".rows .sb").expect("a bold span");
    assert_eq!(bold.text_content().unwrap(), "red");
    assert!(bold
        .get_attribute("style")
        .unwrap()
        .contains("color:#ff0000"));
    host.destroy();
}

#[wasm_bindgen_test]
async fn wide_characters_take_two_cells() {
    let host = mount();
    flush().await;
    type_line(&host, "echo 'ポッド|x'");
    flush().await;
    let wide = find(&host, ".rows .w").expect("a wide span");
    assert_eq!(wide.text_content().unwrap(), "ポッド");
    assert_eq!(wide.get_attribute("style").unwrap(), "width:6ch");
    // Typing wide characters at the prompt works too.
    type_text(&host, "テスト");
    flush().await;
    assert_eq!(prompt_line(&host).unwrap(), "$ テスト ");
    host.destroy();
}

#[wasm_bindgen_test]
async fn the_prompt_shows_the_namespace() {
    let host = mount();
    flush().await;
    type_line(&host, "kubens kube-system");
    flush().await;
    assert_eq!(prompt_line(&host).unwrap(), "(kube-system) $  ");
    type_line(&host, "kubens default");
    flush().await;
    assert_eq!(prompt_line(&host).unwrap(), "$  ");
    host.destroy();
}

#[wasm_bindgen_test]
async fn scrolling_up_stops_following_and_typing_returns() {
    let host = mount();
    flush().await;
    let args: Vec<String> = (0..3000).map(|i| i.to_string()).collect();
    type_line(&host, &format!("printf '%s\\n' {}", args.join(" ")));
    flush().await;
    let rows = find(&host, ".rows").unwrap();
    let total: usize = rows.get_attribute("data-rows").unwrap().parse().unwrap();
    assert!(total > 3000, "{total}");
    // Only a window of rows is in the DOM.
    assert!(scrollback_lines(&host).len() < 400);
    assert_eq!(scrollback_lines(&host).last().unwrap(), "2999");
    let screen = find(&host, ".screen")
        .unwrap()
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap();
    screen.set_scroll_top(0);
    screen
        .dispatch_event(&web_sys::Event::new("scroll").unwrap())
        .unwrap();
    flush().await;
    assert!(find(&host, ".jump").is_some(), "a way back to the prompt");
    let first = scrollback_lines(&host).first().cloned().unwrap();
    assert!(first.starts_with("$ printf '%s\\n' 0 1 2"), "{first}");
    type_text(&host, "x");
    flush().await;
    assert!(find(&host, ".jump").is_none());
    assert_eq!(scrollback_lines(&host).last().unwrap(), "2999");
    host.destroy();
}

#[wasm_bindgen_test]
async fn the_panic_screen_explains_and_offers_to_reload() {
    kubeplay_web::panic::show("index out of bounds <oops>");
    let overlay = gloo::utils::document()
        .query_selector(".panic-overlay")
        .unwrap()
        .expect("the overlay");
    let text = overlay.text_content().unwrap();
    assert!(text.contains("index out of bounds <oops>"), "{text}");
    assert!(overlay.inner_html().contains("&lt;oops&gt;"));
    assert_eq!(overlay.query_selector_all("button").unwrap().length(), 2);
    assert_eq!(overlay.get_attribute("role").unwrap(), "alertdialog");
    overlay.remove();
}

#[wasm_bindgen_test]
async fn a_wasm_trap_shows_the_panic_screen_too() {
    // Found by tests/e2e/fuzz.mjs: `:(){ :& };:` overflowed the wasm stack, a trap and not a
    // panic, so the page went dead without a word. The listener is plain JavaScript (no Rust
    // code can run after a trap); an uncaught `WebAssembly.RuntimeError` reaches it as the
    // window's `error` event.
    kubeplay_web::panic::install_trap_listener();
    let fire = || {
        js_sys::eval(
            "window.dispatchEvent(new ErrorEvent('error', \
             {error: new WebAssembly.RuntimeError('memory access out of bounds <x>')}))",
        )
        .unwrap();
    };
    // Other errors are not the engine's.
    js_sys::eval("window.dispatchEvent(new ErrorEvent('error', {error: new TypeError('t')}))")
        .unwrap();
    let document = gloo::utils::document();
    assert!(document.query_selector(".panic-overlay").unwrap().is_none());
    fire();
    fire();
    let overlays = document.query_selector_all(".panic-overlay").unwrap();
    assert_eq!(overlays.length(), 1, "one overlay, however many traps");
    let overlay = document.query_selector(".panic-overlay").unwrap().unwrap();
    let text = overlay.text_content().unwrap();
    assert!(text.contains("Something went wrong"), "{text}");
    assert!(
        text.contains("RuntimeError: memory access out of bounds <x>"),
        "{text}"
    );
    assert!(overlay.inner_html().contains("&lt;x&gt;"));
    assert_eq!(overlay.query_selector_all("button").unwrap().length(), 2);
    assert_eq!(overlay.get_attribute("role").unwrap(), "alertdialog");
    overlay.remove();
}

#[wasm_bindgen_test]
async fn more_readline_bindings() {
    let host = mount();
    flush().await;
    type_line(&host, "echo hello world");
    // Alt+. inserts the last word of the previous command.
    type_text(&host, "echo ");
    press_with(&host, ".", "Period", ALT);
    flush().await;
    assert_eq!(prompt_line(&host).unwrap(), "$ echo world ");
    // Ctrl+[ is Escape: Ctrl+[ b is Alt+B.
    press_with(&host, "[", "BracketLeft", CTRL);
    press(&host, "b", false, false);
    flush().await;
    assert_eq!(prompt_line(&host).unwrap(), "$ echo world");
    // Ctrl+Left / Ctrl+Right move by words; Ctrl+Backspace deletes the word before.
    press_with(&host, "ArrowLeft", "ArrowLeft", CTRL);
    press_with(&host, "ArrowRight", "ArrowRight", CTRL);
    press_with(&host, "Backspace", "Backspace", CTRL);
    flush().await;
    assert_eq!(prompt_line(&host).unwrap(), "$  world");
    // Alt+D at the start kills the next word (and the blank before it).
    press(&host, "a", true, false);
    press_with(&host, "d", "KeyD", ALT);
    flush().await;
    assert_eq!(prompt_line(&host).unwrap(), "$  ");
    // Ctrl+T transposes the two characters before the cursor at the end of the line.
    type_text(&host, "ab");
    press(&host, "t", true, false);
    flush().await;
    assert_eq!(prompt_line(&host).unwrap(), "$ ba ");
    host.destroy();
}
