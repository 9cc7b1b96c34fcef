//! Runs every golden transcript under `tests/transcripts/**/*.txt` (format: `kubeplay_core::transcript`).
//!
//! `UPDATE_EXPECT=1 cargo test -p kubeplay-core --test transcripts` rewrites the expected output in place;
//! `UPDATE_EXPECT=NAME` rewrites only the transcripts whose file name contains NAME.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use kubeplay_core::transcript::replay;
use std::path::{Path, PathBuf};

fn transcript_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            transcript_files(&path, out);
        } else if path.extension().map(|e| e == "txt").unwrap_or(false) {
            out.push(path);
        }
    }
}

#[test]
fn transcripts() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/transcripts");
    let mut files = Vec::new();
    transcript_files(&root, &mut files);
    assert!(
        !files.is_empty(),
        "no transcripts found under {}",
        root.display()
    );
    let update = std::env::var("UPDATE_EXPECT").ok();
    let blesses = |file: &Path| match update.as_deref() {
        None => false,
        Some("1") => true,
        Some(name) => file
            .file_name()
            .is_some_and(|file_name| file_name.to_string_lossy().contains(name)),
    };
    let mut failures = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).expect("readable transcript");
        let actual = replay(&text);
        // A line meant for the learner's shell that reached a container's shell instead (an
        // `exec -it` left open) would be blessed as `kubectl: not found`.
        if actual.contains("kubectl: not found") {
            failures.push(format!(
                "{}: a kubectl command ran inside a container's shell",
                file.display()
            ));
        }
        if actual != text {
            if blesses(file) {
                std::fs::write(file, &actual).expect("writable transcript");
            } else {
                failures.push(format!(
                    "{}\n---- expected ----\n{text}---- actual ----\n{actual}---- end ----",
                    file.display()
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} transcript(s) differ (UPDATE_EXPECT=1 to re-bless):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn transcripts_are_deterministic() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/transcripts");
    let mut files = Vec::new();
    transcript_files(&root, &mut files);
    for file in files.iter().take(5) {
        let text = std::fs::read_to_string(file).expect("readable transcript");
        assert_eq!(replay(&text), replay(&text), "{}", file.display());
    }
}
