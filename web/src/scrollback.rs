//! The terminal's scrollback: logical lines of styled text, and the same lines wrapped into
//! rows of the terminal's width, so the view can draw only the rows on screen (windowing).
//!
//! Text arrives in pieces (a command's stdout and stderr, echoed command lines). The last line
//! stays open for more text. Wrapping follows terminals: a row holds `columns` cells, East
//! Asian wide characters take two cells and move to the next row when only one is left, tabs
//! advance to the next multiple of eight. Appending re-wraps only the lines that changed.

use crate::ansi::{AnsiParser, Source, Style};
use kubeplay_core::line_editor::char_display_width;
use std::collections::VecDeque;

/// Lines kept by default (the oldest go first).
pub const DEFAULT_MAX_LINES: usize = 20_000;

/// One styled run of text inside a row. `wide` runs hold only double-width characters and
/// are drawn in a box of exactly `2 × chars` cells, so columns stay aligned whatever the font.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub text: String,
    pub style: Style,
    pub wide: bool,
    /// Cells the run occupies.
    pub cells: usize,
}

/// One screen row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The logical line this row belongs to.
    pub line_id: u64,
    pub spans: Vec<Span>,
}

impl Row {
    /// The row's text.
    pub fn text(&self) -> String {
        self.spans.iter().map(|span| span.text.as_str()).collect()
    }
}

#[derive(Debug, Clone, Default)]
struct Line {
    id: u64,
    runs: Vec<(Style, String)>,
    /// Display width so far (for tab stops).
    cells: usize,
}

impl Line {
    fn is_empty(&self) -> bool {
        self.runs.is_empty()
    }

    /// Appends one character; a tab becomes spaces up to the next multiple of eight.
    fn push(&mut self, style: Style, c: char) {
        if c == '\t' {
            let spaces = 8 - self.cells % 8;
            for _ in 0..spaces {
                self.push_char(style, ' ');
            }
        } else {
            self.push_char(style, c);
        }
    }

    fn push_char(&mut self, style: Style, c: char) {
        self.cells += char_display_width(c);
        match self.runs.last_mut() {
            Some((last, text)) if *last == style => text.push(c),
            _ => self.runs.push((style, c.to_string())),
        }
    }
}

/// The scrollback.
#[derive(Debug, Clone)]
pub struct Scrollback {
    /// Logical lines; the last one is open (text continues on it).
    lines: VecDeque<Line>,
    rows: VecDeque<Row>,
    next_line_id: u64,
    columns: usize,
    max_lines: usize,
    stdout: AnsiParser,
    stderr: AnsiParser,
    /// A `\r` was the last character seen (a following `\n` makes it a plain line break).
    pending_cr: bool,
    /// Bumped on every change (cheap equality for the view).
    revision: u64,
}

impl Default for Scrollback {
    fn default() -> Self {
        Scrollback::new(80, DEFAULT_MAX_LINES)
    }
}

impl Scrollback {
    /// An empty scrollback `columns` wide that keeps at most `max_lines` lines.
    pub fn new(columns: usize, max_lines: usize) -> Scrollback {
        let mut scrollback = Scrollback {
            lines: VecDeque::new(),
            rows: VecDeque::new(),
            next_line_id: 0,
            columns: columns.max(1),
            max_lines: max_lines.max(1),
            stdout: AnsiParser::new(Source::Stdout),
            stderr: AnsiParser::new(Source::Stderr),
            pending_cr: false,
            revision: 0,
        };
        scrollback.open_line();
        scrollback
    }

    fn open_line(&mut self) {
        self.lines.push_back(Line {
            id: self.next_line_id,
            ..Line::default()
        });
        self.next_line_id += 1;
    }

    pub fn columns(&self) -> usize {
        self.columns
    }

    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Number of rows to draw.
    pub fn row_count(&self) -> usize {
        self.rows.len()
    }

    /// Rows `start..end` (clamped).
    pub fn rows(&self, start: usize, end: usize) -> impl Iterator<Item = &Row> {
        let end = end.min(self.rows.len());
        let start = start.min(end);
        self.rows.range(start..end)
    }

    /// Number of logical lines (the open line counts when it holds text).
    pub fn line_count(&self) -> usize {
        let open_empty = self.lines.back().is_some_and(Line::is_empty);
        self.lines.len() - usize::from(open_empty)
    }

    /// Whether the open line holds text (output that did not end with a line break).
    pub fn open_line_has_text(&self) -> bool {
        self.lines.back().is_some_and(|line| !line.is_empty())
    }

    /// The text of every line (for tests and the screen reader summary).
    pub fn text(&self) -> String {
        let mut text = String::new();
        for (index, line) in self.lines.iter().enumerate() {
            if index > 0 {
                text.push('\n');
            }
            for (_, run) in &line.runs {
                text.push_str(run);
            }
        }
        text
    }

    /// Clears the screen (Ctrl+L, `clear`).
    pub fn clear(&mut self) {
        self.lines.clear();
        self.rows.clear();
        self.open_line();
        self.pending_cr = false;
        self.revision += 1;
    }

    /// Forgets the colours of the previous command's output.
    pub fn reset_styles(&mut self) {
        self.stdout.reset();
        self.stderr.reset();
    }

    /// Appends program output (escape sequences interpreted).
    pub fn push_output(&mut self, text: &str, stderr: bool) {
        let runs = if stderr {
            self.stderr.feed(text)
        } else {
            self.stdout.feed(text)
        };
        self.push_runs(runs);
    }

    /// Appends text in one plain style (echoed command lines, notices); no escapes.
    pub fn push_plain(&mut self, text: &str, source: Source) {
        let cleaned: String = text
            .chars()
            .filter(|c| *c == '\n' || *c == '\t' || !c.is_control())
            .collect();
        self.push_runs(vec![(Style::of(source), cleaned)]);
    }

    /// Ends the open line if it holds text (so what follows starts on a fresh line).
    pub fn ensure_line_start(&mut self) {
        if self.open_line_has_text() {
            self.push_runs(vec![(Style::default(), "\n".to_string())]);
        }
    }

    fn push_runs(&mut self, runs: Vec<(Style, String)>) {
        let first_changed = self.lines.back().map(|line| line.id).unwrap_or(0);
        let mut changed = false;
        for (style, text) in runs {
            for c in text.chars() {
                changed = true;
                if self.pending_cr && c != '\n' {
                    // A lone carriage return: the line is overwritten from its start.
                    if let Some(line) = self.lines.back_mut() {
                        line.runs.clear();
                        line.cells = 0;
                    }
                }
                self.pending_cr = c == '\r';
                match c {
                    '\r' => {}
                    '\n' => self.open_line(),
                    c => {
                        if let Some(line) = self.lines.back_mut() {
                            line.push(style, c);
                        }
                    }
                }
            }
        }
        if !changed {
            return;
        }
        self.trim();
        self.rewrap_from(first_changed);
        self.revision += 1;
    }

    fn trim(&mut self) {
        while self.lines.len() > self.max_lines + 1 {
            if let Some(line) = self.lines.pop_front() {
                while self.rows.front().is_some_and(|row| row.line_id == line.id) {
                    self.rows.pop_front();
                }
            }
        }
    }

    /// Re-wraps every line whose id is `first` or later.
    fn rewrap_from(&mut self, first: u64) {
        while self.rows.back().is_some_and(|row| row.line_id >= first) {
            self.rows.pop_back();
        }
        let start = self.lines.partition_point(|line| line.id < first);
        let last_index = self.lines.len().saturating_sub(1);
        for index in start..self.lines.len() {
            if let Some(line) = self.lines.get(index) {
                if index == last_index && line.is_empty() {
                    continue;
                }
                let rows = wrap(line, self.columns);
                self.rows.extend(rows);
            }
        }
    }

    /// Sets the width and re-wraps everything when it changed.
    pub fn set_columns(&mut self, columns: usize) {
        let columns = columns.clamp(1, 1000);
        if columns == self.columns {
            return;
        }
        self.columns = columns;
        self.rows.clear();
        let first = self.lines.front().map(|line| line.id).unwrap_or(0);
        self.rewrap_from(first);
        self.revision += 1;
    }
}

/// Splits a logical line into rows of `columns` cells.
fn wrap(line: &Line, columns: usize) -> Vec<Row> {
    let mut rows = vec![Row {
        line_id: line.id,
        spans: Vec::new(),
    }];
    let mut column = 0;
    for (style, text) in &line.runs {
        for c in text.chars() {
            let width = char_display_width(c);
            if column + width > columns && column > 0 {
                rows.push(Row {
                    line_id: line.id,
                    spans: Vec::new(),
                });
                column = 0;
            }
            column += width;
            let wide = width == 2;
            let Some(row) = rows.last_mut() else {
                continue;
            };
            match row.spans.last_mut() {
                Some(span) if span.style == *style && span.wide == wide => {
                    span.text.push(c);
                    span.cells += width;
                }
                _ => row.spans.push(Span {
                    text: c.to_string(),
                    style: *style,
                    wide,
                    cells: width,
                }),
            }
        }
    }
    rows
}
