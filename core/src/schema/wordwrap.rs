//! Word wrapping exactly as `github.com/mitchellh/go-wordwrap` v1.0.1 `WrapString` does it
//! (used by kubectl's explain templates through `term.NewWordWrapWriter`).
//!
//! Widths count Unicode scalar values (Go ranges over runes); it knows nothing about display
//! width of wide characters, like the original.

/// Wrap `text` at `limit` columns (go-wordwrap `WrapString`): the crate's one port lives with
/// kubectl's other Go ports (`kubectl::cli::golang::word_wrap`).
pub fn wrap_string(text: &str, limit: usize) -> String {
    crate::kubectl::cli::golang::word_wrap(text, limit)
}

#[cfg(test)]
mod tests {
    use super::wrap_string;

    #[test]
    fn wraps_like_go_wordwrap() {
        // The table of go-wordwrap v1.0.1 wordwrap_test.go.
        for (input, limit, want) in [
            ("foo", 4, "foo"),
            ("foobarbaz", 4, "foobarbaz"),
            ("foo bar baz", 4, "foo\nbar\nbaz"),
            ("foo bars bazzes", 4, "foo\nbars\nbazzes"),
            ("fo sop", 4, "fo\nsop"),
            ("foo bar\u{a0}baz", 10, "foo\nbar\u{a0}baz"),
            ("foo\nb\t r\n baz", 4, "foo\nb\t r\n baz"),
            ("foo    \nb   ar   ", 4, "foo\nb\nar"),
            ("foo bar baz\n", 4, "foo\nbar\nbaz\n"),
            ("\nfoo bar\n\n\nbaz\n", 4, "\nfoo\nbar\n\n\nbaz\n"),
            (
                " This is a list: \n\n\t* foo\n\t* bar\n\n\n\t* baz  \nBAM    ",
                6,
                " This\nis a\nlist: \n\n\t* foo\n\t* bar\n\n\n\t* baz\nBAM",
            ),
            (
                "\u{2584} \u{2584} \u{2584} \u{2584} ",
                4,
                "\u{2584} \u{2584}\n\u{2584} \u{2584} ",
            ),
            ("", 10, ""),
        ] {
            assert_eq!(
                wrap_string(input, limit),
                want,
                "input {input:?} limit {limit}"
            );
        }
    }

    #[test]
    fn never_panics_on_odd_input() {
        for input in [
            "\n\n\n",
            "\t\t x",
            "\u{0}\u{1}",
            "\u{2028}a\u{3000}b",
            "x\r\ny",
        ] {
            for limit in [0, 1, 2, 76] {
                let _ = wrap_string(input, limit);
            }
        }
    }
}
