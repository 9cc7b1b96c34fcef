//! The terminal's scrollback: logical lines of styled text, and the same lines wrapped into
//! rows of the terminal's width, so the view can draw only the rows on screen (windowing).
//!
//! Text arrives in pieces (a command's stdout and stderr, echoed command lines). The last line
//! stays open for more text. Wrapping follows terminals: a row holds `columns` cells, East
//! Asian wide characters take two cells and move to the next row when only one is left, tabs
//! advance to the next multiple of eight. Appending re-wraps only the lines that changed, and a
//! wrapped row is only where it starts and ends: its styled spans are built when it is drawn.

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

/// A position inside a line: run index and byte offset in that run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct Cut {
    run: usize,
    byte: usize,
}

/// Where a screen row lies in its logical line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct RowRef {
    line_id: u64,
    start: Cut,
    end: Cut,
}

/// One screen row, ready to draw.
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

    /// Appends text without line breaks (ASCII without tabs takes a fast path).
    fn push_str(&mut self, style: Style, text: &str) {
        if text.bytes().all(|b| b != b'\t' && b.is_ascii()) {
            self.cells += text.len();
            match self.runs.last_mut() {
                Some((last, run)) if *last == style => run.push_str(text),
                _ => self.runs.push((style, text.to_string())),
            }
        } else {
            for c in text.chars() {
                self.push(style, c);
            }
        }
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
    rows: VecDeque<RowRef>,
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

    /// Rows `start..end` (clamped), with their spans.
    pub fn rows(&self, start: usize, end: usize) -> Vec<Row> {
        let end = end.min(self.rows.len());
        let start = start.min(end);
        self.rows
            .range(start..end)
            .map(|row| self.build_row(row))
            .collect()
    }

    fn line_by_id(&self, id: u64) -> Option<&Line> {
        let first = self.lines.front()?.id;
        let index = usize::try_from(id.checked_sub(first)?).ok()?;
        self.lines.get(index)
    }

    fn build_row(&self, row: &RowRef) -> Row {
        let mut built = Row {
            line_id: row.line_id,
            spans: Vec::new(),
        };
        let Some(line) = self.line_by_id(row.line_id) else {
            return built;
        };
        for run_index in row.start.run..=row.end.run {
            let Some((style, text)) = line.runs.get(run_index) else {
                break;
            };
            let from = if run_index == row.start.run {
                row.start.byte
            } else {
                0
            };
            let to = if run_index == row.end.run {
                row.end.byte
            } else {
                text.len()
            };
            let Some(piece) = text.get(from..to) else {
                continue;
            };
            if piece.is_ascii() {
                push_piece(&mut built.spans, *style, piece, false, piece.len());
            } else {
                for c in piece.chars() {
                    let width = char_display_width(c);
                    let mut buffer = [0u8; 4];
                    push_piece(
                        &mut built.spans,
                        *style,
                        c.encode_utf8(&mut buffer),
                        width == 2,
                        width,
                    );
                }
            }
        }
        built
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
            let mut rest = text.as_str();
            while !rest.is_empty() {
                changed = true;
                let end = rest
                    .bytes()
                    .position(|b| b == b'\n' || b == b'\r')
                    .unwrap_or(rest.len());
                let segment = rest.get(..end).unwrap_or_default();
                let separator = rest.get(end..).and_then(|tail| tail.chars().next());
                if !segment.is_empty() {
                    if self.pending_cr {
                        // A lone carriage return: the line is overwritten from its start.
                        if let Some(line) = self.lines.back_mut() {
                            line.runs.clear();
                            line.cells = 0;
                        }
                    }
                    self.pending_cr = false;
                    if let Some(line) = self.lines.back_mut() {
                        line.push_str(style, segment);
                    }
                }
                match separator {
                    Some('\n') => {
                        self.pending_cr = false;
                        self.open_line();
                    }
                    Some(_) => self.pending_cr = true,
                    None => {}
                }
                rest = rest
                    .get(end + separator.map_or(0, char::len_utf8)..)
                    .unwrap_or_default();
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

/// Splits a logical line into rows of `columns` cells (where each row starts and ends).
fn wrap(line: &Line, columns: usize) -> Vec<RowRef> {
    let mut rows = Vec::new();
    let mut start = Cut::default();
    let mut column = 0;
    for (run, (_, text)) in line.runs.iter().enumerate() {
        if text.is_ascii() {
            // One cell per byte: cut the run into row-sized pieces.
            let mut byte = 0;
            while byte < text.len() {
                if column >= columns {
                    let cut = Cut { run, byte };
                    rows.push(RowRef {
                        line_id: line.id,
                        start,
                        end: cut,
                    });
                    start = cut;
                    column = 0;
                }
                let take = (columns - column).min(text.len() - byte);
                column += take;
                byte += take;
            }
            continue;
        }
        for (byte, c) in text.char_indices() {
            let width = char_display_width(c);
            if column + width > columns && column > 0 {
                let cut = Cut { run, byte };
                rows.push(RowRef {
                    line_id: line.id,
                    start,
                    end: cut,
                });
                start = cut;
                column = 0;
            }
            column += width;
        }
    }
    let end = line
        .runs
        .len()
        .checked_sub(1)
        .map(|run| Cut {
            run,
            byte: line.runs.get(run).map_or(0, |(_, text)| text.len()),
        })
        .unwrap_or_default();
    rows.push(RowRef {
        line_id: line.id,
        start,
        end,
    });
    rows
}

/// Appends text to a row's spans, merging with the last span when they look the same.
fn push_piece(spans: &mut Vec<Span>, style: Style, text: &str, wide: bool, cells: usize) {
    match spans.last_mut() {
        Some(span) if span.style == style && span.wide == wide => {
            span.text.push_str(text);
            span.cells += cells;
        }
        _ => spans.push(Span {
            text: text.to_string(),
            style,
            wide,
            cells,
        }),
    }
}
