//! The tutorial pane in a real browser: open section 3.4 from the list, type every step's
//! solution into the terminal and watch each step turn green; click a code line to type it;
//! see an anticipated mistake explained; hint before solution; `#/3.2` opens 3.2; progress is
//! restored after a reload (a new mount).

#![cfg(target_arch = "wasm32")]
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use kubeplay_core::tutorial::{builtin, Tutorial};
use kubeplay_wasm_tests::{press, type_line};
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

/// A mounted playground; destroyed (timers and listeners gone) when dropped.
struct Page {
    host: Element,
    handle: Option<yew::AppHandle<kubeplay_web::App>>,
}

impl Drop for Page {
    fn drop(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
        self.host.remove();
    }
}

fn reset_browser_state(hash: &str) {
    let window = gloo::utils::window();
    let storage = window.local_storage().unwrap().unwrap();
    storage.clear().unwrap();
    window.location().set_hash(hash).unwrap();
}

async fn mount_page() -> Page {
    let document = gloo::utils::document();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let handle = yew::Renderer::<kubeplay_web::App>::with_root(host.clone()).render();
    settle().await;
    Page {
        host,
        handle: Some(handle),
    }
}

/// Lets Yew and the browser run (hashchange events, queued messages).
async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(20)).await;
    yew::scheduler::flush().await;
}

fn find(host: &Element, selector: &str) -> Option<Element> {
    host.query_selector(selector).unwrap()
}

fn click(host: &Element, selector: &str) {
    find(host, selector)
        .unwrap_or_else(|| panic!("no {selector}"))
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
}

fn step_items(host: &Element) -> Vec<Element> {
    let list = host.query_selector_all(".tutorial-steps li").unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|node| node.dyn_into::<Element>().unwrap())
        .collect()
}

fn has_class(element: &Element, class: &str) -> bool {
    element
        .get_attribute("class")
        .is_some_and(|classes| classes.split_whitespace().any(|c| c == class))
}

fn is_done(item: &Element) -> bool {
    has_class(item, "done")
}

fn prompt_line(host: &Element) -> String {
    find(host, ".prompt-line")
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

fn text(host: &Element, selector: &str) -> String {
    find(host, selector)
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

/// Waits (simulated time passing with the terminal's timer) until step `index` is done.
async fn wait_done(host: &Element, index: usize, what: &str) {
    for _ in 0..100 {
        settle().await;
        if step_items(host).get(index).is_some_and(is_done) {
            return;
        }
    }
    panic!(
        "step {index} ({what}) never turned green; terminal:\n{}",
        text(host, ".terminal")
    );
}

fn tutorial(id: &str) -> Tutorial {
    builtin()
        .into_iter()
        .map(|t| t.unwrap())
        .find(|t| t.id == id)
        .unwrap()
}

#[wasm_bindgen_test]
async fn completes_section_3_4_by_typing_its_solutions() {
    reset_browser_state("");
    let page = mount_page().await;
    let host = &page.host;
    // Free play first: the section list, no steps.
    assert!(find(host, ".tutorial-free").is_some());
    assert!(step_items(host).is_empty());

    click(host, ".tutorial-section[data-id='3.4'] a");
    settle().await;
    assert_eq!(gloo::utils::window().location().hash().unwrap(), "#/3.4");
    let tutorial = tutorial("3.4");
    let items = step_items(host);
    assert_eq!(items.len(), tutorial.steps.len());
    assert!(!items.iter().any(is_done));
    assert!(
        text(host, ".tutorial-goal").contains("Not reached")
            || text(host, ".tutorial-goal").contains("まだ")
    );

    // Hint before solution.
    assert!(find(host, ".show-solution").is_none());
    click(host, ".show-hint");
    settle().await;
    assert!(find(host, ".tutorial-hint").is_some());
    click(host, ".show-solution");
    settle().await;
    assert!(text(host, ".tutorial-solution").contains("kubectl get pods -l creation_method=manual"));

    // A click on the step's code line types it; Enter runs it.
    click(host, ".tutorial-step .md pre .cmd");
    settle().await;
    assert!(
        prompt_line(host).contains("kubectl get pods -l creation_method=manual"),
        "{}",
        prompt_line(host)
    );
    press(host, "Enter", false, false);
    wait_done(host, 0, "by clicking").await;
    assert!(find(host, ".tutorial-banner").is_some());

    for (index, step) in tutorial.steps.iter().enumerate().skip(1) {
        // The pane follows the learner to the step.
        assert_eq!(
            find(host, ".tutorial-step")
                .unwrap()
                .get_attribute("data-step")
                .as_deref(),
            Some(step.id.as_str())
        );
        if let Some(mistake) = step.mistakes.iter().find(|m| !m.example.is_empty()) {
            for line in &mistake.example {
                type_line(host, line);
            }
            settle().await;
            let shown = text(host, ".tutorial-mistake");
            assert!(
                shown.contains(&mistake.explain.en.replace('`', ""))
                    || shown.contains(&mistake.explain.ja.replace('`', "")),
                "mistake {} not explained: {shown:?}",
                mistake.id
            );
            assert!(!is_done(&step_items(host)[index]));
        }
        for line in &step.solution {
            type_line(host, line);
        }
        wait_done(host, index, &step.id).await;
        assert!(find(host, ".tutorial-mistake").is_none());
    }
    assert!(step_items(host).iter().all(is_done));
    assert!(find(host, ".tutorial-finished").is_some());
    assert!(find(host, ".tutorial-step .tutorial-goal.done").is_some());
    assert_eq!(
        text(host, ".tutorial-section[data-id='3.4'] .count"),
        format!("{0}/{0}", tutorial.steps.len())
    );
    drop(page);

    // A reload restores the section, its progress and its session.
    let page = mount_page().await;
    let host = &page.host;
    let items = step_items(host);
    assert_eq!(items.len(), tutorial.steps.len());
    assert!(items.iter().all(is_done));
    type_line(host, "kubectl get pods -l app=kubia -o name");
    settle().await;
    assert!(
        text(host, ".terminal").contains("pod/kubia-manual-v2"),
        "{}",
        text(host, ".terminal")
    );
}

#[wasm_bindgen_test]
async fn a_fragment_opens_its_section_and_steps_can_be_reset_and_skipped() {
    reset_browser_state("#/3.2");
    let page = mount_page().await;
    let host = &page.host;
    let tutorial = tutorial("3.2");
    assert_eq!(
        find(host, ".tutorial")
            .unwrap()
            .get_attribute("data-tutorial")
            .as_deref(),
        Some("3.2")
    );
    assert_eq!(step_items(host).len(), tutorial.steps.len());
    // Skip prepares the next step (the first one's solution ran) without marking it done.
    click(host, ".tutorial-buttons .skip");
    settle().await;
    let items = step_items(host);
    assert!(!is_done(&items[0]));
    assert!(has_class(&items[1], "current"));
    // Previous shows the first step again; reset prepares it afresh.
    click(host, ".tutorial-buttons .previous");
    settle().await;
    assert!(has_class(&step_items(host)[0], "viewing"));
    click(host, ".tutorial-buttons .reset");
    settle().await;
    assert!(has_class(&step_items(host)[0], "current"));
    assert!(
        text(host, ".terminal").contains("cluster prepared")
            || text(host, ".terminal").contains("準備しました")
    );
    // The pane speaks the page's language: the top bar's switch changes both.
    let lang = |host: &Element| {
        find(host, ".tutorial-pane[lang]")
            .unwrap()
            .get_attribute("lang")
            .unwrap()
    };
    let before = (lang(host), text(host, ".tutorial-pane h2"));
    click(host, ".tools .language");
    settle().await;
    let after = (lang(host), text(host, ".tutorial-pane h2"));
    assert_ne!(after.0, before.0);
    assert_ne!(after.1, before.1);
    click(host, ".tools .language");
    settle().await;
    // Free play keeps the cluster and closes the tutorial.
    click(host, ".tutorial-section.free a");
    settle().await;
    assert!(find(host, ".tutorial-free").is_some());
    assert_eq!(gloo::utils::window().location().hash().unwrap(), "#/free");
    reset_browser_state("");
}

/// A here-document in a shell code block is one button: a click hands over all its lines.
#[wasm_bindgen_test]
async fn a_here_document_is_typed_by_one_click() {
    use kubeplay_web::markdown::{Markdown, MarkdownProps};
    use std::cell::RefCell;
    use std::rc::Rc;
    let document = gloo::utils::document();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let typed = Rc::new(RefCell::new(Vec::<String>::new()));
    let sink = Rc::clone(&typed);
    let props = MarkdownProps {
        text: "```sh\ncat > pod.yaml <<'EOF'\nkind: Pod\nEOF\nkubectl create -f pod.yaml\n```\n"
            .into(),
        on_command: Some(yew::Callback::from(move |command: String| {
            sink.borrow_mut().push(command)
        })),
        click_title: "type it".into(),
    };
    let handle = yew::Renderer::<Markdown>::with_root_and_props(host.clone(), props).render();
    settle().await;
    let buttons = host.query_selector_all(".cmd").unwrap();
    assert_eq!(buttons.length(), 2);
    for index in 0..buttons.length() {
        buttons
            .item(index)
            .unwrap()
            .dyn_into::<HtmlElement>()
            .unwrap()
            .click();
    }
    assert_eq!(
        *typed.borrow(),
        [
            "cat > pod.yaml <<'EOF'\nkind: Pod\nEOF",
            "kubectl create -f pod.yaml"
        ]
    );
    handle.destroy();
    host.remove();
}
