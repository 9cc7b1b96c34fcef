//! Tidy checks: the code invariants that are cheaper to test than to review.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            if path
                .file_name()
                .map(|n| {
                    n == "target" || n == "node_modules" || n.to_string_lossy().starts_with('.')
                })
                .unwrap_or(false)
            {
                continue;
            }
            rust_files(&path, out);
        } else if path.extension().map(|e| e == "rs").unwrap_or(false) {
            out.push(path);
        }
    }
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .to_path_buf()
}

#[test]
fn every_rust_file_starts_with_a_module_doc() {
    let root = workspace_root();
    let mut files = Vec::new();
    for dir in ["core", "web", "tests"] {
        rust_files(&root.join(dir), &mut files);
    }
    let missing: Vec<String> = files
        .iter()
        .filter(|path| {
            let text = std::fs::read_to_string(path).unwrap_or_default();
            !text.starts_with("//!")
        })
        .map(|path| path.display().to_string())
        .collect();
    assert!(
        missing.is_empty(),
        "files without a //! doc on their first line: {missing:#?}"
    );
}

#[test]
fn core_does_not_depend_on_web_crates() {
    let manifest =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml")).unwrap();
    for forbidden in ["yew", "web-sys", "gloo", "wasm-bindgen", "js-sys"] {
        assert!(!manifest.contains(forbidden), "core depends on {forbidden}");
    }
}

#[test]
fn core_has_no_ambient_time_or_hash_order() {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    // The terminal program (src/bin) is a front end: with a TTY real time drives its clock.
    let library: Vec<_> = files
        .into_iter()
        .filter(|path| !path.components().any(|c| c.as_os_str() == "bin"))
        .collect();
    assert!(library.len() > 20, "the library's files were found");
    for path in library {
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        for forbidden in [
            "SystemTime::now",
            "Instant::now",
            "HashMap<",
            "HashSet<",
            "thread_rng",
        ] {
            assert!(
                !text.contains(forbidden),
                "{} uses {forbidden}",
                path.display()
            );
        }
    }
}

#[test]
fn slices_are_sorted_through_the_one_sort_routine() {
    // Every `sort_by` compiles its own copy of the standard sort into the wasm (about 3 KB
    // each); `kubeplay_core::sort` has the only one. Test code may sort as it likes.
    let root = workspace_root();
    let mut files = Vec::new();
    rust_files(&root.join("core/src"), &mut files);
    rust_files(&root.join("web/src"), &mut files);
    assert!(files.len() > 20, "the sources were found");
    for path in files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.contains("test") || name.contains("golden") || path.ends_with("core/src/sort.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let library = text.split("#[cfg(test)]").next().unwrap_or_default();
        for forbidden in [".sort()", ".sort_by(", ".sort_by_key(", ".sort_unstable"] {
            assert!(
                !library.contains(forbidden),
                "{} uses {forbidden}: use kubeplay_core::sort",
                path.display()
            );
        }
    }
}
