//! The first slice in a real browser: type `kubectl create -f kubia-manual.yaml` and
//! `kubectl get pods` into the terminal and read kubectl's output on the screen.

#![cfg(target_arch = "wasm32")]
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use kubeplay_wasm_tests::{mount, press, screen, scrollback_lines, type_line};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn creates_and_lists_a_pod() {
    let host = mount();
    yew::scheduler::flush().await;
    type_line(&host, "kubectl create -f kubia-manual.yaml");
    yew::scheduler::flush().await;
    type_line(&host, "kubectl get pods");
    yew::scheduler::flush().await;
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
}

#[wasm_bindgen_test]
async fn errors_are_shown_and_the_prompt_comes_back() {
    let host = mount();
    yew::scheduler::flush().await;
    type_line(&host, "kubectl get pod nope");
    yew::scheduler::flush().await;
    let text = screen(&host);
    assert!(
        text.contains("Error from server (NotFound): pods \"nope\" not found"),
        "{text}"
    );
    let error = host.query_selector(".scrollback .err").unwrap().unwrap();
    assert_eq!(
        error.text_content().unwrap(),
        "Error from server (NotFound): pods \"nope\" not found"
    );
    // The line editor works: type, move left, delete, submit.
    for c in "kubectl foox".chars() {
        press(&host, &c.to_string(), false, false);
    }
    press(&host, "Backspace", false, false);
    press(&host, "Enter", false, false);
    yew::scheduler::flush().await;
    assert!(screen(&host).contains("error: unknown command \"foo\" for \"kubectl\""));
}
