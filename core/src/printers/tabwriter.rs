//! A faithful port of Go's `text/tabwriter` (elastic tabstops) including the
//! `github.com/liggitt/tabwriter` `RememberWidths` extension that kubectl's cli-runtime uses for
//! `kubectl get` tables.
//!
//! Text is split into cells terminated by `\t` (or `\v`); `\n` ends a line and `\f` ends a line
//! and flushes. Tab-terminated cells of consecutive lines form a column block whose width is
//! `max(minwidth, widest cell + padding)`; the last cell of a line is never padded. Cell width
//! counts Unicode scalar values (Go's `utf8.RuneCount`), not terminal display width.
//!
//! Deliberately not ported: the `Escape` (0xff) byte and `StripEscape` — a Rust `&str` can never
//! contain that byte. Padding characters other than ASCII are written as the UTF-8 character.
//! This module knows nothing about what the cells mean.

/// Formatting flags, bit-compatible with Go's `tabwriter` flag constants.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TabWriterFlags(pub u32);

impl TabWriterFlags {
    /// No flags (what `kubectl describe` uses).
    pub const NONE: TabWriterFlags = TabWriterFlags(0);
    /// Ignore html tags and treat entities (`&...;`) as single characters.
    pub const FILTER_HTML: TabWriterFlags = TabWriterFlags(1 << 0);
    /// Force right-alignment of cell content.
    pub const ALIGN_RIGHT: TabWriterFlags = TabWriterFlags(1 << 2);
    /// Handle empty columns as if they were not present in the input.
    pub const DISCARD_EMPTY_COLUMNS: TabWriterFlags = TabWriterFlags(1 << 3);
    /// Always use tabs for indentation columns (leading empty cells).
    pub const TAB_INDENT: TabWriterFlags = TabWriterFlags(1 << 4);
    /// Print a vertical bar between columns (after formatting).
    pub const DEBUG: TabWriterFlags = TabWriterFlags(1 << 5);
    /// liggitt/tabwriter: remember maximum column widths across flushes.
    pub const REMEMBER_WIDTHS: TabWriterFlags = TabWriterFlags(1 << 6);

    /// Whether every bit of `other` is set in `self`.
    pub fn contains(self, other: TabWriterFlags) -> bool {
        self.0 & other.0 == other.0
    }
}

impl std::ops::BitOr for TabWriterFlags {
    type Output = TabWriterFlags;
    fn bitor(self, rhs: TabWriterFlags) -> TabWriterFlags {
        TabWriterFlags(self.0 | rhs.0)
    }
}

/// The parameters of Go's `Writer.Init(output, minwidth, tabwidth, padding, padchar, flags)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TabWriterConfig {
    /// Minimal cell width including any padding.
    pub min_width: usize,
    /// Width of a tab character when padding with tabs.
    pub tab_width: usize,
    /// Padding added to a cell before computing its width.
    pub padding: usize,
    /// Character used for padding; `'\t'` means tab padding (and forces left alignment).
    pub pad_char: char,
    /// Formatting flags.
    pub flags: TabWriterFlags,
}

impl TabWriterConfig {
    /// cli-runtime `printers.GetNewTabWriter`: `tabwriter.NewWriter(out, 6, 4, 3, ' ',
    /// tabwriter.RememberWidths)` (liggitt/tabwriter), used by `kubectl get`.
    pub fn kubectl_get() -> TabWriterConfig {
        TabWriterConfig {
            min_width: 6,
            tab_width: 4,
            padding: 3,
            pad_char: ' ',
            flags: TabWriterFlags::REMEMBER_WIDTHS,
        }
    }

    /// kubectl `describe.tabbedString`: `Init(buf, 0, 8, 2, ' ', 0)` (Go `text/tabwriter`).
    pub fn kubectl_describe() -> TabWriterConfig {
        TabWriterConfig {
            min_width: 0,
            tab_width: 8,
            padding: 2,
            pad_char: ' ',
            flags: TabWriterFlags::NONE,
        }
    }
}

/// One cell: a segment of text terminated by a tab or a line break.
#[derive(Clone, Copy, Debug, Default)]
struct Cell {
    /// Cell size in bytes.
    size: usize,
    /// Cell width in runes.
    width: usize,
    /// Whether the cell is terminated by an htab (`\t`).
    htab: bool,
}

/// A pending invocation of Go's recursive `format(pos, line0, line1)`.
struct FormatFrame {
    line0: usize,
    line1: usize,
    this: usize,
}

/// A Go `tabwriter.Writer` that writes into an in-memory buffer.
#[derive(Clone, Debug)]
pub struct TabWriter {
    min_width: usize,
    tab_width: usize,
    padding: usize,
    pad_char: char,
    flags: TabWriterFlags,
    /// Collected text excluding tabs and line breaks.
    buf: Vec<u8>,
    /// Buffer position up to which `cell.width` of the incomplete cell has been computed.
    pos: usize,
    /// The current incomplete cell.
    cell: Cell,
    /// Terminating byte of the current html tag/entity (`>` or `;`), or 0 outside one.
    end_char: u8,
    /// Lines of cells.
    lines: Vec<Vec<Cell>>,
    /// Column widths in use while formatting.
    widths: Vec<usize>,
    /// Remembered maximum column widths (`RememberWidths`).
    max_widths: Vec<usize>,
    /// Everything formatted so far.
    output: Vec<u8>,
}

impl TabWriter {
    /// `tabwriter.NewWriter` with the given configuration.
    pub fn new(config: TabWriterConfig) -> TabWriter {
        let mut flags = config.flags;
        if config.pad_char == '\t' {
            // Tab padding enforces left-alignment.
            flags = TabWriterFlags(flags.0 & !TabWriterFlags::ALIGN_RIGHT.0);
        }
        let mut writer = TabWriter {
            min_width: config.min_width,
            tab_width: config.tab_width,
            padding: config.padding,
            pad_char: config.pad_char,
            flags,
            buf: Vec::new(),
            pos: 0,
            cell: Cell::default(),
            end_char: 0,
            lines: Vec::new(),
            widths: Vec::new(),
            max_widths: Vec::new(),
            output: Vec::new(),
        };
        writer.reset();
        writer
    }

    fn reset(&mut self) {
        self.buf.clear();
        self.pos = 0;
        self.cell = Cell::default();
        self.end_char = 0;
        self.lines.clear();
        self.widths.clear();
        self.lines.push(Vec::new());
    }

    /// Go `Writer.Write`: splits text into cells; flushes after a line holding a single cell and
    /// after every `\f`.
    pub fn write_str(&mut self, text: &str) {
        let bytes = text.as_bytes();
        let mut n = 0;
        for (i, &ch) in bytes.iter().enumerate() {
            if self.end_char == 0 {
                match ch {
                    b'\t' | b'\x0b' | b'\n' | b'\x0c' => {
                        self.append(bytes.get(n..i).unwrap_or_default());
                        self.update_width();
                        n = i + 1;
                        let cell_count = self.terminate_cell(ch == b'\t');
                        if ch == b'\n' || ch == b'\x0c' {
                            self.lines.push(Vec::new());
                            if ch == b'\x0c' || cell_count == 1 {
                                // A line with a single cell cannot influence later lines.
                                self.flush();
                                if ch == b'\x0c' && self.flags.contains(TabWriterFlags::DEBUG) {
                                    self.output.extend_from_slice(b"---\n");
                                }
                            }
                        }
                    }
                    b'<' | b'&' if self.flags.contains(TabWriterFlags::FILTER_HTML) => {
                        self.append(bytes.get(n..i).unwrap_or_default());
                        self.update_width();
                        n = i;
                        self.end_char = if ch == b'<' { b'>' } else { b';' };
                    }
                    _ => {}
                }
            } else if ch == self.end_char {
                self.append(bytes.get(n..i + 1).unwrap_or_default());
                n = i + 1;
                self.end_escape();
            }
        }
        self.append(bytes.get(n..).unwrap_or_default());
    }

    fn append(&mut self, text: &[u8]) {
        self.buf.extend_from_slice(text);
        self.cell.size += text.len();
    }

    fn update_width(&mut self) {
        let tail = self.buf.get(self.pos..).unwrap_or_default();
        self.cell.width += rune_count(tail);
        self.pos = self.buf.len();
    }

    fn end_escape(&mut self) {
        // An html tag has width zero; an entity counts as one rune.
        if self.end_char == b';' {
            self.cell.width += 1;
        }
        self.pos = self.buf.len();
        self.end_char = 0;
    }

    fn terminate_cell(&mut self, htab: bool) -> usize {
        self.cell.htab = htab;
        let cell = std::mem::take(&mut self.cell);
        match self.lines.last_mut() {
            Some(line) => {
                line.push(cell);
                line.len()
            }
            None => {
                self.lines.push(vec![cell]);
                1
            }
        }
    }

    /// Go `Writer.Flush`: formats and emits everything buffered.
    pub fn flush(&mut self) {
        if self.cell.size > 0 {
            if self.end_char != 0 {
                // Inside an html tag/entity: terminate it even if incomplete.
                self.end_escape();
            }
            self.terminate_cell(false);
        }
        let line_count = self.lines.len();
        self.format(0, line_count);
        self.reset();
    }

    /// Flushes and returns everything written.
    pub fn finish(mut self) -> String {
        self.flush();
        match String::from_utf8(self.output) {
            Ok(text) => text,
            Err(error) => String::from_utf8_lossy(error.as_bytes()).into_owned(),
        }
    }

    /// liggitt/tabwriter `RememberedWidths`.
    pub fn remembered_widths(&self) -> Vec<usize> {
        self.max_widths.clone()
    }

    /// liggitt/tabwriter `SetRememberedWidths` (kubectl passes `nil` when it starts a new table).
    pub fn set_remembered_widths(&mut self, widths: &[usize]) {
        self.max_widths = widths.to_vec();
    }

    /// Go's recursive `format`, run with an explicit stack so huge inputs cannot overflow it.
    fn format(&mut self, line0: usize, line1: usize) {
        let mut pos = 0;
        let mut stack = vec![FormatFrame {
            line0,
            line1,
            this: line0,
        }];
        loop {
            let column = self.widths.len();
            let Some(frame) = stack.last_mut() else {
                return;
            };
            while frame.this < frame.line1 && !self.line_has_column(frame.this, column) {
                frame.this += 1;
            }
            if frame.this < frame.line1 {
                // A cell exists in this column: print the lines before the block, then measure it.
                let (before, block_start) = (frame.line0, frame.this);
                let frame_line1 = frame.line1;
                pos = self.write_lines(pos, before, block_start);
                let mut width = self.min_width;
                let mut discardable = true;
                let mut end = block_start;
                while end < frame_line1 {
                    let Some(cell) = self.cell_at(end, column) else {
                        break;
                    };
                    width = width.max(cell.width + self.padding);
                    if cell.width > 0 || cell.htab {
                        discardable = false;
                    }
                    end += 1;
                }
                if discardable && self.flags.contains(TabWriterFlags::DISCARD_EMPTY_COLUMNS) {
                    width = 0;
                }
                if self.flags.contains(TabWriterFlags::REMEMBER_WIDTHS) {
                    width = self.remember_width(width);
                }
                if let Some(frame) = stack.last_mut() {
                    frame.line0 = block_start;
                    frame.this = end;
                }
                self.widths.push(width);
                stack.push(FormatFrame {
                    line0: block_start,
                    line1: end,
                    this: block_start,
                });
            } else {
                let (from, to) = (frame.line0, frame.line1);
                pos = self.write_lines(pos, from, to);
                stack.pop();
                if stack.is_empty() {
                    return;
                }
                self.widths.pop();
                if let Some(parent) = stack.last_mut() {
                    parent.line0 = parent.this;
                    parent.this += 1;
                }
            }
        }
    }

    fn remember_width(&mut self, width: usize) -> usize {
        let column = self.widths.len();
        if self.max_widths.len() < self.widths.len() {
            let missing = self.widths.get(self.max_widths.len()..).unwrap_or_default();
            self.max_widths.extend_from_slice(missing);
        }
        match self.max_widths.get_mut(column) {
            None => {
                self.max_widths.push(width);
                width
            }
            Some(remembered) if *remembered > width => *remembered,
            Some(remembered) => {
                *remembered = width;
                width
            }
        }
    }

    /// Whether `line` has a tab-terminated cell in `column` (its last cell never counts).
    fn line_has_column(&self, line: usize, column: usize) -> bool {
        self.cell_at(line, column).is_some()
    }

    fn cell_at(&self, line: usize, column: usize) -> Option<Cell> {
        let cells = self.lines.get(line)?;
        if column + 1 < cells.len() {
            cells.get(column).copied()
        } else {
            None
        }
    }

    fn write_lines(&mut self, pos0: usize, line0: usize, line1: usize) -> usize {
        let mut pos = pos0;
        for i in line0..line1 {
            let Some(line) = self.lines.get(i) else {
                break;
            };
            let mut use_tabs = self.flags.contains(TabWriterFlags::TAB_INDENT);
            for (j, cell) in line.iter().enumerate() {
                if j > 0 && self.flags.contains(TabWriterFlags::DEBUG) {
                    self.output.push(b'|');
                }
                let column_width = self.widths.get(j).copied();
                if cell.size == 0 {
                    if let Some(cell_width) = column_width {
                        write_padding(
                            &mut self.output,
                            self.pad_char,
                            self.tab_width,
                            cell.width,
                            cell_width,
                            use_tabs,
                        );
                    }
                } else {
                    use_tabs = false;
                    let text = self.buf.get(pos..pos + cell.size).unwrap_or_default();
                    if self.flags.contains(TabWriterFlags::ALIGN_RIGHT) {
                        if let Some(cell_width) = column_width {
                            write_padding(
                                &mut self.output,
                                self.pad_char,
                                self.tab_width,
                                cell.width,
                                cell_width,
                                false,
                            );
                        }
                        self.output.extend_from_slice(text);
                    } else {
                        self.output.extend_from_slice(text);
                        if let Some(cell_width) = column_width {
                            write_padding(
                                &mut self.output,
                                self.pad_char,
                                self.tab_width,
                                cell.width,
                                cell_width,
                                false,
                            );
                        }
                    }
                    pos += cell.size;
                }
            }
            if i + 1 == self.lines.len() {
                // Last buffered line: no newline, write any outstanding text.
                let size = self.cell.size;
                let text = self.buf.get(pos..pos + size).unwrap_or_default();
                self.output.extend_from_slice(text);
                pos += size;
            } else {
                self.output.push(b'\n');
            }
        }
        pos
    }
}

fn write_padding(
    output: &mut Vec<u8>,
    pad_char: char,
    tab_width: usize,
    text_width: usize,
    cell_width: usize,
    use_tabs: bool,
) {
    if pad_char == '\t' || use_tabs {
        if tab_width == 0 {
            // Tabs have no width: no padding possible.
            return;
        }
        let cell_width = cell_width.div_ceil(tab_width) * tab_width;
        let amount = cell_width.saturating_sub(text_width);
        let tab_count = amount.div_ceil(tab_width);
        output.extend(std::iter::repeat_n(b'\t', tab_count));
        return;
    }
    let amount = cell_width.saturating_sub(text_width);
    let mut encoded = [0u8; 4];
    let pad = pad_char.encode_utf8(&mut encoded).as_bytes();
    for _ in 0..amount {
        output.extend_from_slice(pad);
    }
}

/// Go's `utf8.RuneCount` for the UTF-8 text the writer receives.
fn rune_count(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b & 0xC0) != 0x80).count()
}

/// Formats a whole text with the given tabwriter configuration.
pub fn tabbed(config: TabWriterConfig, text: &str) -> String {
    let mut writer = TabWriter::new(config);
    writer.write_str(text);
    writer.finish()
}

/// One `kubectl get` table (header row first): cells joined by `\t`, each row ended by `\n`,
/// aligned by cli-runtime's tabwriter (`minwidth=6, tabwidth=4, padding=3`, RememberWidths).
/// Cells are written verbatim; an empty `rows` prints nothing.
pub fn kubectl_table(rows: &[Vec<String>]) -> String {
    let mut writer = TabWriter::new(TabWriterConfig::kubectl_get());
    for row in rows {
        writer.write_str(&row.join("\t"));
        writer.write_str("\n");
    }
    writer.finish()
}

/// kubectl describe's `tabbedString`: the whole text through Go `text/tabwriter`
/// `Init(buf, 0, 8, 2, ' ', 0)`. A `\f` in the text acts like Go's `Flush` (and prints `\n`).
pub fn describe_tabbed(text: &str) -> String {
    tabbed(TabWriterConfig::kubectl_describe(), text)
}

#[cfg(test)]
#[path = "tabwriter_tests.rs"]
mod tests;
