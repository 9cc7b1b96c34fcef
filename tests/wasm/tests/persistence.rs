//! Saving and restoring through `localStorage` (a damaged or foreign entry is set aside with a
//! notice), preferences, reset, import, and share links (round trip and malformed).

#![cfg(target_arch = "wasm32")]
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use kubeplay_wasm_tests::{
    click_button, find, flush, input_value, mount_with, press, prompt_line, scrollback_lines,
    type_line, unique_key,
};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn keys_with_prefix(prefix: &str) -> Vec<String> {
    let storage = storage();
    (0..storage.length().unwrap())
        .filter_map(|i| storage.key(i).unwrap())
        .filter(|k| k.starts_with(prefix))
        .collect()
}

fn notices(host: &web_sys::Element) -> String {
    find(host, ".notices")
        .map(|n| n.text_content().unwrap_or_default())
        .unwrap_or_default()
}

/// Waits (real time, bounded) for something asynchronous such as a file read.
async fn eventually(mut condition: impl FnMut() -> bool) {
    for _ in 0..100 {
        flush().await;
        if condition() {
            return;
        }
        gloo::timers::future::TimeoutFuture::new(20).await;
    }
}

#[wasm_bindgen_test]
async fn a_session_survives_a_reload() {
    let key = unique_key("reload");
    let host = mount_with(&key, Some(1));
    flush().await;
    type_line(&host, "kubectl create -f kubia-manual.yaml");
    type_line(&host, "kubectl label pod kubia-manual tier=web");
    type_line(&host, "echo hello");
    flush().await;
    let saved = storage()
        .get_item(&key)
        .unwrap()
        .expect("saved after a command");
    assert!(saved.contains("\"app\":\"kubeplay\""), "{saved}");
    assert!(saved.contains("echo hello"), "{saved}");
    let before = scrollback_lines(&host);
    host.destroy();

    let host = mount_with(&key, Some(99));
    flush().await;
    // The scrollback is rebuilt from the replayed journal.
    assert_eq!(scrollback_lines(&host), before);
    assert!(notices(&host).contains("restored"), "{}", notices(&host));
    // The cluster state is back (the label), and so is the history.
    type_line(&host, "kubectl get pods -l tier=web -o name");
    flush().await;
    assert_eq!(scrollback_lines(&host).last().unwrap(), "pod/kubia-manual");
    press(&host, "ArrowUp", false, false);
    press(&host, "ArrowUp", false, false);
    flush().await;
    assert_eq!(prompt_line(&host).unwrap(), "$ echo hello ");
    host.destroy();
}

#[wasm_bindgen_test]
async fn a_damaged_save_is_set_aside_with_a_notice() {
    for (damaged, reason) in [
        (
            "{not json",
            "invalid character 'n' looking for beginning of object key string",
        ),
        (
            r#"{"app":"kubeplay","format":0,"session":"{}"}"#,
            "format 0",
        ),
        (
            r#"{"app":"kubeplay","format":1,"session":"{\"version\":99,\"seed\":1,\"inputs\":[]}"}"#,
            "format version 99",
        ),
        (
            r#"{"app":"kubeplay","format":1,"session":"{\"version\":1,\"seed\":1,\"inputs\":[[\"x\"]]}"}"#,
            "unknown shape",
        ),
    ] {
        let key = unique_key("damaged");
        storage().set_item(&key, damaged).unwrap();
        let host = mount_with(&key, Some(1));
        flush().await;
        let shown = notices(&host);
        assert!(find(&host, ".notice.warning").is_some(), "{shown}");
        assert!(shown.contains(reason), "{damaged}: {shown}");
        let asides = keys_with_prefix(&format!("{key}.aside."));
        assert_eq!(asides.len(), 1, "{asides:?}");
        assert!(shown.contains(&asides[0]), "{shown}");
        assert_eq!(storage().get_item(&asides[0]).unwrap().unwrap(), damaged);
        // A fresh cluster: nothing in the scrollback, and it saves again.
        assert!(scrollback_lines(&host).is_empty());
        type_line(&host, "kubectl get pods");
        flush().await;
        let saved = storage().get_item(&key).unwrap().unwrap();
        assert!(saved.contains("kubectl get pods"));
        host.destroy();
    }
}

#[wasm_bindgen_test]
async fn preferences_are_saved() {
    let key = unique_key("prefs");
    let host = mount_with(&key, Some(1));
    flush().await;
    click_button(&host, "10×");
    click_button(&host, "A+");
    click_button(&host, "A+");
    flush().await;
    host.destroy();
    let host = mount_with(&key, Some(1));
    flush().await;
    let pressed = find(&host, "button.speed[aria-pressed=\"true\"]").unwrap();
    assert_eq!(pressed.text_content().unwrap(), "10×");
    let style = find(&host, ".playground")
        .unwrap()
        .get_attribute("style")
        .unwrap();
    assert!(style.contains("--term-font:17px"), "{style}");
    host.destroy();
}

#[wasm_bindgen_test]
async fn the_language_switch_changes_the_ui_text() {
    let key = unique_key("lang");
    let host = mount_with(&key, Some(1));
    flush().await;
    let english = find(&host, ".tools.session")
        .unwrap()
        .text_content()
        .unwrap();
    click_button(&host, "日本語");
    flush().await;
    let japanese = find(&host, ".tools.session")
        .unwrap()
        .text_content()
        .unwrap();
    assert!(japanese.contains("クラスタをリセット"), "{japanese}");
    assert_ne!(english, japanese);
    let lang = gloo::utils::document()
        .document_element()
        .unwrap()
        .get_attribute("lang")
        .unwrap();
    assert_eq!(lang, "ja");
    click_button(&host, "English");
    flush().await;
    assert!(find(&host, ".tools.session")
        .unwrap()
        .text_content()
        .unwrap()
        .contains("Reset cluster"));
    host.destroy();
}

#[wasm_bindgen_test]
async fn reset_starts_a_fresh_cluster_and_keeps_the_old_one_aside() {
    let key = unique_key("reset");
    let host = mount_with(&key, Some(1));
    flush().await;
    type_line(&host, "kubectl create -f kubia-manual.yaml");
    flush().await;
    click_button(&host, "Reset cluster");
    flush().await;
    click_button(&host, "Cancel");
    flush().await;
    assert!(!scrollback_lines(&host).is_empty());
    click_button(&host, "Reset cluster");
    flush().await;
    click_button(&host, "Start over");
    flush().await;
    assert!(scrollback_lines(&host).is_empty());
    type_line(&host, "kubectl get pod kubia-manual");
    flush().await;
    assert_eq!(
        scrollback_lines(&host).last().unwrap(),
        "Error from server (NotFound): pods \"kubia-manual\" not found"
    );
    let asides = keys_with_prefix(&format!("{key}.aside."));
    assert_eq!(asides.len(), 1);
    assert!(storage()
        .get_item(&asides[0])
        .unwrap()
        .unwrap()
        .contains("kubia-manual.yaml"));
    host.destroy();
}

fn choose_file(host: &web_sys::Element, contents: &str) {
    let parts = js_sys::Array::of1(&contents.into());
    let file = web_sys::File::new_with_str_sequence(&parts, "session.json").unwrap();
    let transfer = web_sys::DataTransfer::new().unwrap();
    transfer.items().add_with_file(&file).unwrap();
    let input = find(host, ".button.file input")
        .unwrap()
        .dyn_into::<web_sys::HtmlInputElement>()
        .unwrap();
    input.set_files(transfer.files().as_ref());
    let event = web_sys::Event::new_with_event_init_dict("change", &{
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        init
    })
    .unwrap();
    input.dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
async fn import_replays_a_session_file_and_refuses_others() {
    let source_key = unique_key("export");
    let host = mount_with(&source_key, Some(5));
    flush().await;
    type_line(&host, "echo exported");
    flush().await;
    let exported = storage().get_item(&source_key).unwrap().unwrap();
    host.destroy();

    let key = unique_key("import");
    let host = mount_with(&key, Some(1));
    flush().await;
    choose_file(&host, "this is not a session");
    eventually(|| notices(&host).contains("not a kubeplay session")).await;
    assert!(
        notices(&host).contains("not a kubeplay session"),
        "{}",
        notices(&host)
    );
    choose_file(&host, &exported);
    eventually(|| notices(&host).contains("imported")).await;
    assert_eq!(scrollback_lines(&host), ["$ echo exported", "exported"]);
    host.destroy();
}

#[wasm_bindgen_test]
async fn share_links_round_trip() {
    let key = unique_key("share-from");
    let host = mount_with(&key, Some(42));
    flush().await;
    type_line(&host, "kubectl create -f kubia-manual.yaml");
    type_line(&host, "kubectl get pods -o name");
    type_line(&host, "echo 'ポッド'");
    flush().await;
    let lines = scrollback_lines(&host);
    click_button(&host, "Share link");
    flush().await;
    let url = input_value(&host, ".share-url");
    let (_, fragment) = url
        .split_once('#')
        .unwrap_or_else(|| panic!("no fragment in {url:?}"));
    assert!(fragment.starts_with("s=1."), "{url}");
    host.destroy();

    // The learner who opens the link has a session of their own, at 10×.
    let key = unique_key("share-to");
    let host = mount_with(&key, Some(1));
    flush().await;
    click_button(&host, "10×");
    type_line(&host, "echo mine");
    flush().await;
    host.destroy();

    let location = web_sys::window().unwrap().location();
    location.set_hash(fragment).unwrap();
    let host = mount_with(&key, Some(1));
    flush().await;
    assert_eq!(scrollback_lines(&host), lines);
    assert!(
        notices(&host).contains("shared session"),
        "{}",
        notices(&host)
    );
    // Their own session is kept aside, their preferences hold.
    let asides = keys_with_prefix(&format!("{key}.aside."));
    assert_eq!(asides.len(), 1);
    assert!(notices(&host).contains(&asides[0]), "{}", notices(&host));
    assert!(storage()
        .get_item(&asides[0])
        .unwrap()
        .unwrap()
        .contains("echo mine"));
    let pressed = find(&host, "button.speed[aria-pressed=\"true\"]").unwrap();
    assert_eq!(pressed.text_content().unwrap(), "10×");
    // The fragment is consumed: a reload restores the learner's own copy, not the link.
    assert_eq!(location.hash().unwrap(), "");
    let saved = storage().get_item(&key).unwrap().unwrap();
    assert!(saved.contains("\"seed\\\":42"), "{saved}");
    host.destroy();
}

#[wasm_bindgen_test]
async fn a_share_link_opened_in_the_open_page_replaces_its_session() {
    // Found by tests/e2e/fuzz.mjs: a share link pasted into the address bar of a tab that
    // shows the playground is a same-document navigation (only `hashchange`): it was ignored
    // and stayed in the address bar.
    let host = mount_with(&unique_key("share-live-from"), Some(42));
    flush().await;
    type_line(&host, "kubectl create -f kubia-manual.yaml");
    type_line(&host, "echo shared");
    flush().await;
    let lines = scrollback_lines(&host);
    click_button(&host, "Share link");
    flush().await;
    let url = input_value(&host, ".share-url");
    let (_, fragment) = url.split_once('#').unwrap();
    host.destroy();

    let key = unique_key("share-live-to");
    let host = mount_with(&key, Some(1));
    flush().await;
    type_line(&host, "echo mine");
    flush().await;
    let location = web_sys::window().unwrap().location();
    location.set_hash(fragment).unwrap();
    eventually(|| scrollback_lines(&host) == lines).await;
    assert_eq!(scrollback_lines(&host), lines);
    assert!(
        notices(&host).contains("shared session"),
        "{}",
        notices(&host)
    );
    let asides = keys_with_prefix(&format!("{key}.aside."));
    assert_eq!(asides.len(), 1);
    assert!(storage()
        .get_item(&asides[0])
        .unwrap()
        .unwrap()
        .contains("echo mine"));
    assert_eq!(location.hash().unwrap(), "");
    // A damaged one is reported and changes nothing.
    location.set_hash("s=1.!!!").unwrap();
    eventually(|| find(&host, ".notice.warning").is_some()).await;
    assert!(notices(&host).contains("share link"), "{}", notices(&host));
    assert_eq!(scrollback_lines(&host), lines);
    assert_eq!(location.hash().unwrap(), "");
    host.destroy();
}

#[wasm_bindgen_test]
async fn a_full_storage_is_reported_once() {
    // Found by tests/e2e/fuzz.mjs: once the origin's storage was full, saving failed without a
    // word, and a reload lost everything typed since.
    let key = unique_key("full");
    let host = mount_with(&key, Some(1));
    flush().await;
    type_line(&host, "echo saved");
    flush().await;
    assert!(find(&host, ".notice.warning").is_none());
    js_sys::eval(
        "(() => { let size = 1 << 20, n = 0; \
         while (size >= 16) { try { localStorage.setItem('kubeplay.test.filler.' + n++, 'x'.repeat(size)); } \
         catch (e) { size >>= 1; } } })()",
    )
    .unwrap();
    type_line(&host, "echo not-saved");
    type_line(&host, "echo not-saved-either");
    flush().await;
    let warnings = host.query_selector_all(".notice.warning").unwrap();
    js_sys::eval(
        "for (const k of Object.keys(localStorage)) \
         if (k.startsWith('kubeplay.test.filler.')) localStorage.removeItem(k)",
    )
    .unwrap();
    assert_eq!(warnings.length(), 1, "{}", notices(&host));
    assert!(
        notices(&host).contains("refused to save"),
        "{}",
        notices(&host)
    );
    host.destroy();
}

#[wasm_bindgen_test]
async fn malformed_share_links_are_reported_not_trusted() {
    let location = web_sys::window().unwrap().location();
    for fragment in ["s=1.!!!", "s=9.AAAA", "s=1.AwA", "s=1."] {
        location.set_hash(fragment).unwrap();
        let key = unique_key("share-bad");
        let host = mount_with(&key, Some(1));
        flush().await;
        assert!(find(&host, ".notice.warning").is_some(), "{fragment}");
        assert!(
            notices(&host).contains("share link"),
            "{fragment}: {}",
            notices(&host)
        );
        assert!(scrollback_lines(&host).is_empty());
        assert_eq!(location.hash().unwrap(), "");
        host.destroy();
    }
}
