//! Native and wasm give the same bytes: golden transcripts (checked natively by
//! `core/tests/transcripts.rs`) replayed in the browser's wasm must reproduce their files.

#![cfg(target_arch = "wasm32")]
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use kubeplay_core::transcript::replay;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn chapter_transcript_is_identical_in_wasm() {
    let text = include_str!("../../../core/tests/transcripts/ok/chapter3.txt");
    assert_eq!(replay(text), text);
}

#[wasm_bindgen_test]
fn namespace_transcript_is_identical_in_wasm() {
    let text = include_str!("../../../core/tests/transcripts/err/namespaces.txt");
    assert_eq!(replay(text), text);
}
