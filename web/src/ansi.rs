//! ANSI escape sequences in program output: SGR (`ESC [ … m`) becomes a [`Style`], every other
//! escape or control sequence is dropped, so the screen never shows raw escapes.
//!
//! `kubectl cluster-info` colours its output this way; `echo -e '\e[31m'` can too. The parser
//! keeps its state across calls (a sequence may be split between two chunks of output).

/// A colour from the 16-colour palette, the 256-colour cube, or 24-bit RGB.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Color {
    #[default]
    Default,
    /// 0–255; 0–15 follow the page's palette (themed), 16–255 the xterm cube and greys.
    Indexed(u8),
    Rgb(u8, u8, u8),
}

/// What produced a piece of text: output streams, the echoed command line, notices.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Source {
    #[default]
    Stdout,
    Stderr,
    /// The prompt of an echoed command line.
    Prompt,
    /// An echoed command line (what the learner typed).
    Echo,
    /// Messages of the playground itself (e.g. "session restored").
    Notice,
}

/// How a run of text looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Style {
    pub source: Source,
    pub fg: Color,
    pub bg: Color,
    pub bold: bool,
    pub dim: bool,
    pub italic: bool,
    pub underline: bool,
    pub inverse: bool,
}

impl Style {
    /// A plain style for `source`.
    pub fn of(source: Source) -> Style {
        Style {
            source,
            ..Style::default()
        }
    }

    /// CSS classes for this style (the palette lives in the stylesheet).
    pub fn classes(&self) -> String {
        let mut classes = String::from(match self.source {
            Source::Stdout => "o",
            Source::Stderr => "e",
            Source::Prompt => "p",
            Source::Echo => "c",
            Source::Notice => "n",
        });
        let (fg, bg) = if self.inverse {
            (self.bg, self.fg)
        } else {
            (self.fg, self.bg)
        };
        if let Color::Indexed(index @ 0..=15) = fg {
            classes.push_str(&format!(" f{index}"));
        } else if self.inverse && fg == Color::Default {
            classes.push_str(" fi");
        }
        if let Color::Indexed(index @ 0..=15) = bg {
            classes.push_str(&format!(" b{index}"));
        } else if self.inverse && bg == Color::Default {
            classes.push_str(" bi");
        }
        for (on, class) in [
            (self.bold, " sb"),
            (self.dim, " sd"),
            (self.italic, " si"),
            (self.underline, " su"),
        ] {
            if on {
                classes.push_str(class);
            }
        }
        classes
    }

    /// Inline CSS for colours outside the themed 16 (empty when none).
    pub fn inline_css(&self) -> String {
        let (fg, bg) = if self.inverse {
            (self.bg, self.fg)
        } else {
            (self.fg, self.bg)
        };
        let mut css = String::new();
        if let Some((r, g, b)) = rgb_of(fg) {
            css.push_str(&format!("color:#{r:02x}{g:02x}{b:02x};"));
        }
        if let Some((r, g, b)) = rgb_of(bg) {
            css.push_str(&format!("background:#{r:02x}{g:02x}{b:02x};"));
        }
        css
    }
}

/// RGB of a colour outside the 16 themed ones (xterm's 256-colour table).
fn rgb_of(color: Color) -> Option<(u8, u8, u8)> {
    match color {
        Color::Rgb(r, g, b) => Some((r, g, b)),
        Color::Indexed(index @ 16..=231) => {
            let level = |v: u8| if v == 0 { 0 } else { 55 + v * 40 };
            let i = index - 16;
            Some((level(i / 36), level((i / 6) % 6), level(i % 6)))
        }
        Color::Indexed(index @ 232..=255) => {
            let grey = 8 + (index - 232) * 10;
            Some((grey, grey, grey))
        }
        _ => None,
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
enum State {
    #[default]
    Ground,
    /// After ESC.
    Escape,
    /// Inside `ESC [`, collecting parameter bytes.
    Csi(String),
    /// Inside an OSC or other string sequence, until BEL or ESC \.
    String,
    /// ESC seen inside a string sequence.
    StringEscape,
}

/// Longest CSI parameter string kept (longer ones are dropped as garbage).
const MAX_CSI: usize = 64;

/// A streaming parser: text in, styled text out.
#[derive(Debug, Clone, Default)]
pub struct AnsiParser {
    state: State,
    style: Style,
}

impl AnsiParser {
    /// A parser whose text starts out in the plain style of `source`.
    pub fn new(source: Source) -> AnsiParser {
        AnsiParser {
            state: State::Ground,
            style: Style::of(source),
        }
    }

    /// Back to the plain style (a new command starts).
    pub fn reset(&mut self) {
        self.state = State::Ground;
        self.style = Style::of(self.style.source);
    }

    /// Splits `text` into styled runs. Line breaks, tabs and carriage returns are kept as
    /// text; other control characters and every escape sequence are removed.
    pub fn feed(&mut self, text: &str) -> Vec<(Style, String)> {
        // Most output has no escapes or odd control characters at all.
        if self.state == State::Ground && !has_special(text) {
            return vec![(self.style, text.to_string())];
        }
        let mut runs: Vec<(Style, String)> = Vec::new();
        let mut current = String::new();
        for c in text.chars() {
            match std::mem::take(&mut self.state) {
                State::Ground => match c {
                    '\u{1b}' => self.state = State::Escape,
                    '\n' | '\t' | '\r' => current.push(c),
                    c if c.is_control() => {}
                    c => current.push(c),
                },
                State::Escape => match c {
                    '[' => self.state = State::Csi(String::new()),
                    ']' | 'P' | 'X' | '^' | '_' => self.state = State::String,
                    // Two-byte sequences (ESC 7, ESC c, …) and charset selections are dropped.
                    '(' | ')' | '*' | '+' | '#' | '%' => self.state = State::Ground,
                    _ => self.state = State::Ground,
                },
                State::Csi(mut params) => {
                    if ('\u{40}'..='\u{7e}').contains(&c) {
                        if c == 'm' {
                            if !current.is_empty() {
                                runs.push((self.style, std::mem::take(&mut current)));
                            }
                            self.apply_sgr(&params);
                        }
                    } else if params.len() < MAX_CSI && ('\u{20}'..='\u{3f}').contains(&c) {
                        params.push(c);
                        self.state = State::Csi(params);
                    } else if params.len() >= MAX_CSI {
                        self.state = State::Csi(params);
                    }
                }
                State::String => match c {
                    '\u{7}' => {}
                    '\u{1b}' => self.state = State::StringEscape,
                    _ => self.state = State::String,
                },
                State::StringEscape => {
                    if c != '\\' {
                        self.state = State::String;
                    }
                }
            }
        }
        if !current.is_empty() {
            runs.push((self.style, current));
        }
        runs
    }

    fn apply_sgr(&mut self, params: &str) {
        let codes: Vec<u16> = if params.is_empty() {
            vec![0]
        } else {
            params
                .split([';', ':'])
                .map(|p| p.parse::<u16>().unwrap_or(0))
                .collect()
        };
        let mut index = 0;
        while let Some(&code) = codes.get(index) {
            index += 1;
            let style = &mut self.style;
            match code {
                0 => *style = Style::of(style.source),
                1 => style.bold = true,
                2 => style.dim = true,
                3 => style.italic = true,
                4 => style.underline = true,
                7 => style.inverse = true,
                21 | 22 => {
                    style.bold = false;
                    style.dim = false;
                }
                23 => style.italic = false,
                24 => style.underline = false,
                27 => style.inverse = false,
                30..=37 => style.fg = Color::Indexed((code - 30) as u8),
                39 => style.fg = Color::Default,
                40..=47 => style.bg = Color::Indexed((code - 40) as u8),
                49 => style.bg = Color::Default,
                90..=97 => style.fg = Color::Indexed((code - 90 + 8) as u8),
                100..=107 => style.bg = Color::Indexed((code - 100 + 8) as u8),
                38 | 48 => {
                    let color = match codes.get(index) {
                        Some(5) => {
                            let value = codes.get(index + 1).copied().unwrap_or(0);
                            index += 2;
                            Color::Indexed(value.min(255) as u8)
                        }
                        Some(2) => {
                            let channel = |i: usize| {
                                codes.get(index + i).copied().unwrap_or(0).min(255) as u8
                            };
                            let color = Color::Rgb(channel(1), channel(2), channel(3));
                            index += 4;
                            color
                        }
                        _ => {
                            index = codes.len();
                            Color::Default
                        }
                    };
                    if code == 38 {
                        style.fg = color;
                    } else {
                        style.bg = color;
                    }
                }
                _ => {}
            }
        }
    }
}

/// Whether `text` holds an escape or a control character other than `\n`, `\t`, `\r`
/// (C1 controls are encoded as 0xC2 0x80–0x9F in UTF-8).
fn has_special(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.iter().enumerate().any(|(index, &b)| {
        (b < 0x20 && b != b'\n' && b != b'\t' && b != b'\r')
            || b == 0x7f
            || (b == 0xc2
                && bytes
                    .get(index + 1)
                    .is_some_and(|n| (0x80..0xa0).contains(n)))
    })
}

/// `text` without escape sequences and control characters other than line breaks and tabs.
pub fn strip(text: &str) -> String {
    AnsiParser::new(Source::Stdout)
        .feed(text)
        .into_iter()
        .map(|(_, run)| run)
        .collect::<String>()
        .replace('\r', "")
}
