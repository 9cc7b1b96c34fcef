//! The large text data compiled into the crate, stored LZMA-packed and unpacked once on
//! first use: the v1 API schema (`schema/v1.schema`) and the built-in tutorials
//! (`tutorials/*.yaml`).
//!
//! This is for the size of the wasm a browser downloads: LZMA packs this text about a fifth
//! smaller than the gzip a web server applies to the whole module. The sources stay the
//! truth: `scripts/gen-packed.sh` writes `packed/*.lzma` from them and a test checks that
//! the packed files unpack to exactly the sources. Unpacked text lives for the whole
//! program (`&'static str`), as `include_str!` text did.

mod lzma;

use std::sync::OnceLock;

const SCHEMA: &[u8] = include_bytes!("packed/schema.lzma");
const TUTORIALS: &[u8] = include_bytes!("packed/tutorials.lzma");

/// Unpacks `packed` into text that lives for the rest of the program; empty if it is corrupt
/// (the packing test makes that impossible for the files shipped).
fn unpack(packed: &[u8]) -> &'static str {
    let text = lzma::decode(packed)
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .unwrap_or_default();
    Box::leak(text.into_boxed_str())
}

/// The text of `core/src/schema/v1.schema`.
pub fn schema_text() -> &'static str {
    static TEXT: OnceLock<&'static str> = OnceLock::new();
    TEXT.get_or_init(|| unpack(SCHEMA))
}

/// The built-in tutorial files in order: `(file name, text)`.
pub fn tutorial_files() -> &'static [(&'static str, &'static str)] {
    static FILES: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();
    FILES.get_or_init(|| {
        let mut parts = unpack(TUTORIALS).split('\0');
        let mut files = Vec::new();
        while let (Some(name), Some(text)) = (parts.next(), parts.next()) {
            if name.is_empty() {
                break;
            }
            files.push((name, text));
        }
        files
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    const REGENERATE: &str = "out of date: run scripts/gen-packed.sh";

    #[test]
    fn packed_schema_is_the_source() {
        let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/schema/v1.schema");
        let text = std::fs::read_to_string(source).unwrap();
        assert!(schema_text() == text, "packed/schema.lzma {REGENERATE}");
    }

    #[test]
    fn packed_tutorials_are_the_sources() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tutorials");
        let mut names: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .flatten()
            .map(|entry| entry.file_name().to_string_lossy().into_owned())
            .filter(|name| name.ends_with(".yaml"))
            .collect();
        // Version order, as the script writes them: 3.2 before 3.10.
        names.sort_by_key(|name| {
            name.trim_end_matches(".yaml")
                .split('.')
                .map(|part| part.parse::<u32>().unwrap_or(u32::MAX))
                .collect::<Vec<_>>()
        });
        let packed: Vec<&str> = tutorial_files().iter().map(|(name, _)| *name).collect();
        assert_eq!(packed, names, "packed/tutorials.lzma {REGENERATE}");
        for (name, text) in tutorial_files() {
            let source = std::fs::read_to_string(dir.join(name)).unwrap();
            assert!(
                *text == source,
                "{name} in packed/tutorials.lzma {REGENERATE}"
            );
        }
    }

    #[test]
    fn corrupt_or_truncated_input_is_none_not_a_panic() {
        assert!(lzma::decode(&[]).is_none());
        for cut in [1, 5, 13, 14, 20, 100, SCHEMA.len() / 2] {
            assert!(lzma::decode(&SCHEMA[..cut]).is_none(), "cut at {cut}");
        }
        let mut flipped = TUTORIALS.to_vec();
        for position in (13..flipped.len()).step_by(997) {
            flipped[position] ^= 0x55;
        }
        // Corrupt data decodes to garbage or fails, but never panics.
        let _ = lzma::decode(&flipped);
    }
}
