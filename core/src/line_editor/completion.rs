//! Pure helpers for Tab completion at the playground prompt: sorting and
//! de-duplicating candidates, their longest common prefix, and laying them
//! out in columns the way readline's `display_match_list` does for bash.
//!
//! The column layout is readline's: every column is as wide as the widest
//! candidate plus two cells, the number of columns is the terminal width
//! divided by that (one less when it would exactly fill the line, at least
//! one), candidates run down the columns first ("like `ls`"), each candidate
//! but the last of a full row is padded to the column width, and every row
//! ends with a newline.
//!
//! It deliberately knows nothing about where candidates come from (kubectl
//! resources, file names, ...), about the line being edited, or about
//! readline's `--More--` pager and "Display all N possibilities?" question:
//! the caller decides those.

use super::width::display_width;

/// The candidates sorted by code point (bash in a C/UTF-8 locale) with
/// duplicates removed.
pub fn sorted_unique_candidates(candidates: &[String]) -> Vec<String> {
    crate::sort::set_from(candidates.iter().cloned())
        .into_iter()
        .collect()
}

/// The longest prefix (in chars) shared by every candidate; empty when there
/// are none.
pub fn longest_common_prefix(candidates: &[String]) -> String {
    let mut iter = candidates.iter();
    let Some(first) = iter.next() else {
        return String::new();
    };
    let mut prefix: Vec<char> = first.chars().collect();
    for candidate in iter {
        let shared = prefix
            .iter()
            .zip(candidate.chars())
            .take_while(|(a, b)| **a == *b)
            .count();
        prefix.truncate(shared);
    }
    prefix.into_iter().collect()
}

/// Lays `candidates` out in columns for a terminal `terminal_width_columns`
/// cells wide, exactly like bash lists completions after a second Tab:
/// sorted, duplicates removed, column-major, column width = widest
/// candidate + 2 (measured with [`display_width`]). Every row ends with
/// `\n`; the empty list gives the empty string. The UI prints this after
/// ending the current input line and then redraws the prompt and the line.
pub fn format_candidates(candidates: &[String], terminal_width_columns: usize) -> String {
    let sorted = sorted_unique_candidates(candidates);
    let widths: Vec<usize> = sorted.iter().map(|c| display_width(c)).collect();
    let Some(widest) = widths.iter().copied().max() else {
        return String::new();
    };
    let column_width = widest + 2;
    let mut columns = terminal_width_columns / column_width;
    if columns > 1 && columns * column_width == terminal_width_columns {
        columns -= 1;
    }
    if columns == 0 {
        columns = 1;
    }
    let rows = sorted.len().div_ceil(columns);
    let mut out = String::new();
    for row in 0..rows {
        for column in 0..columns {
            let index = row + column * rows;
            let (Some(candidate), Some(width)) = (sorted.get(index), widths.get(index)) else {
                break;
            };
            out.push_str(candidate);
            if column + 1 < columns {
                let padding = if column_width <= *width {
                    1
                } else {
                    column_width - width
                };
                out.extend(std::iter::repeat_n(' ', padding));
            }
        }
        out.push('\n');
    }
    out
}
