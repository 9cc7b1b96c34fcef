//! Word wrapping exactly as `github.com/mitchellh/go-wordwrap` v1.0.1 `WrapString` does it
//! (used by kubectl's explain templates through `term.NewWordWrapWriter`).
//!
//! Widths count Unicode scalar values (Go ranges over runes); it knows nothing about display
//! width of wide characters, like the original.

/// Go `unicode.IsSpace` without U+00A0 (go-wordwrap treats NBSP as part of a word).
fn is_break_space(ch: char) -> bool {
    ch.is_whitespace() && ch != '\u{a0}'
}

/// Wrap `text` at `limit` columns (go-wordwrap `WrapString`).
pub fn wrap_string(text: &str, limit: usize) -> String {
    let mut buffer = String::with_capacity(text.len() + text.len() / 16);
    let mut current = 0usize;
    let mut word = String::new();
    let mut space = String::new();
    let mut word_len = 0usize;
    let mut space_len = 0usize;
    for ch in text.chars() {
        if ch == '\n' {
            // Pending spaces survive only if they fit (or precede a word); the line then ends.
            if !word.is_empty() || current + space_len <= limit {
                buffer.push_str(&space);
            }
            buffer.push_str(&word);
            space.clear();
            space_len = 0;
            word.clear();
            word_len = 0;
            buffer.push(ch);
            current = 0;
        } else if is_break_space(ch) {
            if space.is_empty() || !word.is_empty() {
                current += space_len + word_len;
                buffer.push_str(&space);
                space.clear();
                space_len = 0;
                buffer.push_str(&word);
                word.clear();
                word_len = 0;
            }
            space.push(ch);
            space_len += 1;
        } else {
            word.push(ch);
            word_len += 1;
            if current + word_len + space_len > limit && word_len < limit {
                buffer.push('\n');
                current = 0;
                space.clear();
                space_len = 0;
            }
        }
    }
    if word.is_empty() {
        if current + space_len <= limit {
            buffer.push_str(&space);
        }
    } else {
        buffer.push_str(&space);
        buffer.push_str(&word);
    }
    buffer
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
