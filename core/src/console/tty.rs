//! Drawing a [`Console`](super::Console) on a real terminal (the native binary with a TTY)
//! with xterm escape sequences: output is written as it comes, and the line being edited is
//! redrawn in place after every key, over as many rows as it wraps to, with the cursor where
//! the editor has it.
//!
//! The screen only collects what to write ([`TtyScreen::take_output`]); the binary writes it,
//! so this stays pure and testable. The terminal is expected to translate `\n` into a new
//! line at column 0 (output post-processing stays on in raw mode).

use super::Screen;
use crate::kubectl::Stream;
use crate::line_editor::{display_text, display_width, RenderedLine};

/// A terminal screen as escape sequences.
#[derive(Debug, Clone)]
pub struct TtyScreen {
    out: Vec<(Stream, String)>,
    columns: usize,
    /// The column output left the cursor at (a prompt drawn now starts there).
    column: usize,
    /// The edited line, while it is drawn.
    shown: Option<ShownLine>,
}

/// What is drawn of the line being edited, to redraw or erase it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct ShownLine {
    prompt: String,
    line: RenderedLine,
    /// The column the prompt starts at.
    start_column: usize,
    /// The row of the cursor, counted from the prompt's row.
    cursor_row: usize,
}

impl TtyScreen {
    pub fn new(columns: usize) -> TtyScreen {
        TtyScreen {
            out: Vec::new(),
            columns: columns.max(1),
            column: 0,
            shown: None,
        }
    }

    /// The terminal's width changed.
    pub fn set_columns(&mut self, columns: usize) {
        self.columns = columns.max(1);
    }

    /// What to write, in order, since the last call.
    pub fn take_output(&mut self) -> Vec<(Stream, String)> {
        std::mem::take(&mut self.out)
    }

    /// Draws `prompt` and the edited `line` unless exactly that is drawn already.
    pub fn show_line(&mut self, prompt: &str, line: &RenderedLine) {
        if let Some(shown) = &self.shown {
            if shown.prompt == prompt && shown.line == *line {
                return;
            }
        }
        self.hide_line();
        let before = display_text(&line.before_cursor);
        let under = line
            .under_cursor
            .map(|c| display_text(&c.to_string()))
            .unwrap_or_default();
        let after = display_text(&line.after_cursor);
        let start = self.column;
        let cursor = start + display_width(prompt) + display_width(&before);
        let end = cursor + display_width(&under) + display_width(&after);
        let mut text = format!("{prompt}{before}{under}{after}");
        // A line that fills its last row exactly leaves the cursor in the margin; a line break
        // puts it on the next row, where the arithmetic below expects it.
        if end > 0 && end.is_multiple_of(self.columns) {
            text.push('\n');
        }
        let end_row = end / self.columns;
        let cursor_row = cursor / self.columns;
        let up = end_row - cursor_row.min(end_row);
        if up > 0 {
            text.push_str(&format!("\x1b[{up}A"));
        }
        text.push('\r');
        let cursor_column = cursor % self.columns;
        if cursor_column > 0 {
            text.push_str(&format!("\x1b[{cursor_column}C"));
        }
        self.write(text);
        self.shown = Some(ShownLine {
            prompt: prompt.to_string(),
            line: line.clone(),
            start_column: start,
            cursor_row,
        });
    }

    /// Erases the drawn line, leaving the cursor where its prompt started.
    pub fn hide_line(&mut self) {
        let Some(shown) = self.shown.take() else {
            return;
        };
        let mut text = String::new();
        if shown.cursor_row > 0 {
            text.push_str(&format!("\x1b[{}A", shown.cursor_row));
        }
        text.push('\r');
        if shown.start_column > 0 {
            text.push_str(&format!("\x1b[{}C", shown.start_column));
        }
        text.push_str("\x1b[J");
        self.write(text);
        self.column = shown.start_column;
    }

    fn write(&mut self, text: String) {
        self.push(Stream::Stdout, text);
    }

    fn push(&mut self, stream: Stream, text: String) {
        match self.out.last_mut() {
            Some((last, existing)) if *last == stream => existing.push_str(&text),
            _ => self.out.push((stream, text)),
        }
    }

    /// Moves the tracked column over `text` as the terminal would.
    fn advance_column(&mut self, text: &str) {
        let tail = match text.rfind(['\n', '\r']) {
            Some(index) => {
                self.column = 0;
                text.get(index + 1..).unwrap_or_default()
            }
            None => text,
        };
        let width = display_width(&strip_escapes(tail));
        self.column = (self.column + width) % self.columns;
    }
}

impl Screen for TtyScreen {
    fn echo(&mut self, prompt: &str, line: &str, suffix: &str) {
        self.hide_line();
        self.write(format!("{prompt}{}{suffix}\n", display_text(line)));
        self.column = 0;
    }

    fn output(&mut self, text: &str, stream: Stream) {
        self.hide_line();
        self.push(stream, text.to_string());
        self.advance_column(text);
    }

    fn ensure_line_start(&mut self) {
        self.hide_line();
        if self.column != 0 {
            self.write("\n".to_string());
            self.column = 0;
        }
    }

    fn clear(&mut self) {
        self.shown = None;
        self.write("\x1b[H\x1b[2J".to_string());
        self.column = 0;
    }

    fn bell(&mut self) {
        self.write("\x07".to_string());
    }

    fn columns(&self) -> usize {
        self.columns
    }
}

/// `text` without CSI escape sequences (they take no columns).
fn strip_escapes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            if chars.clone().next() == Some('[') {
                chars.next();
                for c in chars.by_ref() {
                    if ('\x40'..='\x7e').contains(&c) {
                        break;
                    }
                }
            }
            continue;
        }
        out.push(c);
    }
    out
}
