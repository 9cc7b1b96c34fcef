//! Maps DOM keyboard events to the core line editor's `Key`s, leaving to the browser what a
//! learner expects the browser to do (copy and paste shortcuts, Shift+Tab out of the
//! terminal, keys of an input method mid-composition).

use kubeplay_core::line_editor::Key;
use web_sys::KeyboardEvent;

/// The parts of a `keydown` the mapping needs (so it can be tested without a DOM event).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct KeyPress {
    /// `KeyboardEvent.key`.
    pub key: String,
    /// `KeyboardEvent.code` (the physical key).
    pub code: String,
    pub ctrl: bool,
    pub alt: bool,
    pub shift: bool,
    pub meta: bool,
    /// `isComposing`, or the legacy key code 229 some browsers send during composition.
    pub composing: bool,
}

impl KeyPress {
    pub fn from_event(event: &KeyboardEvent) -> KeyPress {
        KeyPress {
            key: event.key(),
            code: event.code(),
            ctrl: event.ctrl_key(),
            alt: event.alt_key(),
            shift: event.shift_key(),
            meta: event.meta_key(),
            composing: event.is_composing() || event.key_code() == 229,
        }
    }
}

/// The editor key for a `keydown`, or `None` for keys the browser should handle.
pub fn key_from_event(event: &KeyboardEvent) -> Option<Key> {
    map_key(&KeyPress::from_event(event))
}

/// The editor key for a key press, or `None` to let the browser have it.
pub fn map_key(press: &KeyPress) -> Option<Key> {
    if press.composing || press.key == "Process" || press.key == "Dead" {
        return None;
    }
    // Cmd+C / Cmd+V and other macOS shortcuts belong to the browser.
    if press.meta {
        return None;
    }
    let (ctrl, alt) = (press.ctrl, press.alt);
    let named = match press.key.as_str() {
        "Enter" if !ctrl && !alt => Some(Key::Enter),
        "Backspace" if alt || ctrl => Some(Key::Alt('\u{7f}')),
        "Backspace" => Some(Key::Backspace),
        "Delete" if alt => Some(Key::Alt('d')),
        "Delete" => Some(Key::Delete),
        "ArrowLeft" if alt || ctrl => Some(Key::Alt('b')),
        "ArrowRight" if alt || ctrl => Some(Key::Alt('f')),
        "ArrowLeft" => Some(Key::Left),
        "ArrowRight" => Some(Key::Right),
        "ArrowUp" => Some(Key::Up),
        "ArrowDown" => Some(Key::Down),
        "Home" => Some(Key::Home),
        "End" => Some(Key::End),
        "PageUp" | "PageDown" => None,
        // Shift+Tab moves focus out of the terminal (keyboard users must be able to leave).
        "Tab" if press.shift => None,
        "Tab" => Some(Key::Tab),
        "Escape" => Some(Key::Escape),
        _ => None,
    };
    if named.is_some() {
        return named;
    }
    let mut chars = press.key.chars();
    let (Some(c), None) = (chars.next(), chars.next()) else {
        return None;
    };
    if ctrl && !alt {
        let letter = if c.is_ascii() {
            c.to_ascii_lowercase()
        } else {
            physical_letter(press).unwrap_or(c)
        };
        // Ctrl+V pastes through the paste event; Ctrl+Shift+C / Ctrl+Shift+V are the
        // terminal-style copy and paste shortcuts of the browser.
        if letter == 'v' || (press.shift && letter == 'c') {
            return None;
        }
        // Ctrl+[ is Escape (readline's meta prefix).
        if letter == '[' {
            return Some(Key::Escape);
        }
        return Some(Key::Ctrl(letter));
    }
    if alt && !ctrl {
        // Alt+letter arrives as a composed character on macOS (Alt+B is "∫"): use the physical
        // key for letters, the character itself for punctuation (Alt+. Alt+< Alt+>).
        let letter = if c.is_ascii() {
            c
        } else {
            physical_letter(press)
                .or_else(|| physical_punctuation(press))
                .unwrap_or(c)
        };
        return Some(Key::Alt(letter));
    }
    // Plain keys, and Ctrl+Alt (AltGr on Windows) producing a character.
    Some(Key::Char(c))
}

/// The letter of a `KeyA`…`KeyZ` physical key, lowercased.
fn physical_letter(press: &KeyPress) -> Option<char> {
    let rest = press.code.strip_prefix("Key")?;
    let mut chars = rest.chars();
    match (chars.next(), chars.next()) {
        (Some(letter), None) if letter.is_ascii_alphabetic() => Some(letter.to_ascii_lowercase()),
        _ => None,
    }
}

/// The character of a punctuation key readline binds with Alt (`.`, `_`, `<`, `>`).
fn physical_punctuation(press: &KeyPress) -> Option<char> {
    match (press.code.as_str(), press.shift) {
        ("Period", false) => Some('.'),
        ("Period", true) => Some('>'),
        ("Comma", true) => Some('<'),
        ("Minus", true) => Some('_'),
        _ => None,
    }
}
