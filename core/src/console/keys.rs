//! Reading keys from the bytes a terminal emulator sends in raw mode (xterm's conventions, as
//! GNU readline reads them): printable UTF-8, control bytes, CSI and SS3 sequences for the
//! arrows, Home/End/Delete, and bracketed paste (`ESC [200~ … ESC [201~`).
//!
//! Bytes may arrive split anywhere (a sequence across two reads); the [`KeyDecoder`] keeps an
//! unfinished sequence until more bytes come, or until [`KeyDecoder::flush`] says none will
//! come soon (a lone Escape key).

use crate::line_editor::Key;

const ESC: u8 = 0x1b;
const PASTE_START: &[u8] = b"\x1b[200~";
const PASTE_END: &[u8] = b"\x1b[201~";
/// A paste larger than this is cut (the shell refuses such input anyway).
const MAX_PASTE_BYTES: usize = 16 << 20;

/// Turns a terminal's input bytes into [`Key`]s.
#[derive(Debug, Default, Clone)]
pub struct KeyDecoder {
    /// Bytes of a sequence not complete yet.
    pending: Vec<u8>,
    /// Inside a bracketed paste: the text so far.
    paste: Option<Vec<u8>>,
}

/// What the start of the pending bytes is.
enum Parsed {
    /// A key, and how many bytes it took.
    Key(Option<Key>, usize),
    /// The start of a bracketed paste, `len` bytes.
    PasteStart(usize),
    /// More bytes are needed to tell.
    Incomplete,
}

impl KeyDecoder {
    pub fn new() -> KeyDecoder {
        KeyDecoder::default()
    }

    /// Decodes what can be decoded of `bytes` (after what was pending).
    pub fn feed(&mut self, bytes: &[u8]) -> Vec<Key> {
        self.pending.extend_from_slice(bytes);
        let mut keys = Vec::new();
        let mut start = 0;
        loop {
            let rest = self.pending.get(start..).unwrap_or_default();
            if rest.is_empty() {
                break;
            }
            if let Some(paste) = self.paste.as_mut() {
                match find(rest, PASTE_END) {
                    Some(end) => {
                        paste.extend_from_slice(rest.get(..end).unwrap_or_default());
                        let text = self.paste.take().unwrap_or_default();
                        keys.push(Key::Paste(String::from_utf8_lossy(&text).into_owned()));
                        start += end + PASTE_END.len();
                    }
                    None => {
                        // Keep a possible start of the end marker for the next read.
                        let keep = partial_suffix(rest, PASTE_END);
                        let take = rest.len() - keep;
                        if paste.len() < MAX_PASTE_BYTES {
                            paste.extend_from_slice(rest.get(..take).unwrap_or_default());
                        }
                        start += take;
                        break;
                    }
                }
                continue;
            }
            match parse(rest) {
                Parsed::Key(key, used) => {
                    keys.extend(key);
                    start += used.max(1);
                }
                Parsed::PasteStart(used) => {
                    self.paste = Some(Vec::new());
                    start += used;
                }
                Parsed::Incomplete => break,
            }
        }
        self.pending.drain(..start.min(self.pending.len()));
        keys
    }

    /// No more bytes came for a while: an unfinished sequence was really keys typed on their
    /// own (Escape, then whatever followed). A paste in progress keeps waiting.
    pub fn flush(&mut self) -> Vec<Key> {
        if self.paste.is_some() || self.pending.is_empty() {
            return Vec::new();
        }
        let pending = std::mem::take(&mut self.pending);
        let mut keys = Vec::new();
        let rest = match pending.split_first() {
            Some((&ESC, rest)) => {
                keys.push(Key::Escape);
                rest
            }
            _ => pending.as_slice(),
        };
        keys.extend(self.feed(rest));
        // Whatever is still unfinished (a cut UTF-8 sequence) is dropped.
        if self.paste.is_none() && !self.pending.is_empty() {
            self.pending.clear();
            keys.push(Key::Char(char::REPLACEMENT_CHARACTER));
        }
        keys
    }
}

/// Decodes the key at the start of `bytes` (not empty).
fn parse(bytes: &[u8]) -> Parsed {
    let Some(&first) = bytes.first() else {
        return Parsed::Incomplete;
    };
    match first {
        ESC => parse_escape(bytes),
        b'\r' => Parsed::Key(Some(Key::Enter), 1),
        b'\t' => Parsed::Key(Some(Key::Tab), 1),
        0x7f => Parsed::Key(Some(Key::Backspace), 1),
        0x00 => Parsed::Key(Some(Key::Ctrl('@')), 1),
        0x01..=0x1a => Parsed::Key(Some(Key::Ctrl(char::from(b'a' + first - 1))), 1),
        0x1c..=0x1f => Parsed::Key(Some(Key::Ctrl(char::from(first + 0x40))), 1),
        _ => parse_utf8(bytes),
    }
}

fn parse_utf8(bytes: &[u8]) -> Parsed {
    let Some(&first) = bytes.first() else {
        return Parsed::Incomplete;
    };
    let len = match first {
        0x00..=0x7f => 1,
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        _ => return Parsed::Key(Some(Key::Char(char::REPLACEMENT_CHARACTER)), 1),
    };
    let Some(sequence) = bytes.get(..len) else {
        // A continuation byte that cannot continue anything is invalid at once.
        if bytes.iter().skip(1).any(|b| b & 0xc0 != 0x80) {
            return Parsed::Key(Some(Key::Char(char::REPLACEMENT_CHARACTER)), 1);
        }
        return Parsed::Incomplete;
    };
    match std::str::from_utf8(sequence)
        .ok()
        .and_then(|s| s.chars().next())
    {
        Some(c) => Parsed::Key(Some(Key::Char(c)), len),
        None => Parsed::Key(Some(Key::Char(char::REPLACEMENT_CHARACTER)), 1),
    }
}

/// `ESC …`: a CSI or SS3 sequence, or Escape followed by another key (Meta).
fn parse_escape(bytes: &[u8]) -> Parsed {
    match bytes.get(1) {
        None => Parsed::Incomplete,
        Some(b'[') => parse_csi(bytes),
        Some(b'O') => match bytes.get(2) {
            None => Parsed::Incomplete,
            Some(&last) => Parsed::Key(final_key(last, 1), 3),
        },
        // A terminal's Meta: Escape and a printable key (or Backspace) in one write is
        // Alt+key, also during a reverse search (readline ends the search and runs it).
        Some(&byte) if (0x20..0x7f).contains(&byte) => {
            Parsed::Key(Some(Key::Alt(char::from(byte))), 2)
        }
        Some(0x7f | 0x08) => Parsed::Key(Some(Key::Alt('\u{7f}')), 2),
        // Escape and another key: the console turns that pair into Alt+key.
        Some(_) => Parsed::Key(Some(Key::Escape), 1),
    }
}

/// `ESC [ params final`.
fn parse_csi(bytes: &[u8]) -> Parsed {
    let body = bytes.get(2..).unwrap_or_default();
    let Some(end) = body.iter().position(|b| (0x40..=0x7e).contains(b)) else {
        // Parameters only: digits and `;`. Anything else means this is not a sequence.
        if body.len() > 16 || body.iter().any(|b| !(b.is_ascii_digit() || *b == b';')) {
            return Parsed::Key(Some(Key::Escape), 1);
        }
        return Parsed::Incomplete;
    };
    let used = 2 + end + 1;
    if bytes.starts_with(PASTE_START) {
        return Parsed::PasteStart(PASTE_START.len());
    }
    let params = std::str::from_utf8(body.get(..end).unwrap_or_default()).unwrap_or("");
    let last = body.get(end).copied().unwrap_or(b'~');
    let mut numbers = params.split(';').map(|p| p.parse::<u32>().unwrap_or(1));
    let first = numbers.next().unwrap_or(1);
    let modifier = numbers.next().unwrap_or(1);
    let key = if last == b'~' {
        match first {
            1 | 7 => Some(Key::Home),
            3 => Some(Key::Delete),
            4 | 8 => Some(Key::End),
            _ => None,
        }
    } else {
        final_key(last, modifier)
    };
    Parsed::Key(key, used)
}

/// The key of a CSI/SS3 final byte; `modifier` is xterm's (3 Alt, 5 Ctrl): Ctrl or Alt with
/// the arrows moves by words, as Debian's inputrc binds them.
fn final_key(last: u8, modifier: u32) -> Option<Key> {
    let word = matches!(modifier, 3 | 5);
    match last {
        b'A' => Some(Key::Up),
        b'B' => Some(Key::Down),
        b'C' if word => Some(Key::Alt('f')),
        b'D' if word => Some(Key::Alt('b')),
        b'C' => Some(Key::Right),
        b'D' => Some(Key::Left),
        b'H' => Some(Key::Home),
        b'F' => Some(Key::End),
        _ => None,
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

/// How many bytes at the end of `bytes` could start `marker`.
fn partial_suffix(bytes: &[u8], marker: &[u8]) -> usize {
    (1..marker.len())
        .rev()
        .find(|&n| {
            bytes
                .len()
                .checked_sub(n)
                .and_then(|start| bytes.get(start..))
                .is_some_and(|tail| marker.starts_with(tail))
        })
        .unwrap_or(0)
}
