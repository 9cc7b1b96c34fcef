//! Maps DOM keyboard events to the core line editor's `Key`s.

use kubeplay_core::line_editor::Key;
use web_sys::KeyboardEvent;

/// The editor key for a `keydown`, or `None` for keys the browser should handle.
pub fn key_from_event(event: &KeyboardEvent) -> Option<Key> {
    let key = event.key();
    let ctrl = event.ctrl_key();
    let alt = event.alt_key();
    if event.meta_key() {
        return None;
    }
    let named = match key.as_str() {
        "Enter" => Some(Key::Enter),
        "Backspace" if alt => Some(Key::Alt('\u{7f}')),
        "Backspace" => Some(Key::Backspace),
        "Delete" => Some(Key::Delete),
        "ArrowLeft" => Some(Key::Left),
        "ArrowRight" => Some(Key::Right),
        "ArrowUp" => Some(Key::Up),
        "ArrowDown" => Some(Key::Down),
        "Home" => Some(Key::Home),
        "End" => Some(Key::End),
        "Tab" => Some(Key::Tab),
        "Escape" => Some(Key::Escape),
        _ => None,
    };
    if named.is_some() {
        return named;
    }
    let mut chars = key.chars();
    let (Some(c), None) = (chars.next(), chars.next()) else {
        return None;
    };
    if ctrl && !alt {
        // Ctrl+V is the browser's paste; let the paste event deliver the text.
        if c.eq_ignore_ascii_case(&'v') {
            return None;
        }
        return Some(Key::Ctrl(c.to_ascii_lowercase()));
    }
    if alt && !ctrl {
        // Alt+letter arrives as a composed character on macOS; use the physical key code.
        let code = event.code();
        let letter = code
            .strip_prefix("Key")
            .and_then(|l| l.chars().next())
            .map(|l| l.to_ascii_lowercase())
            .unwrap_or(c);
        return Some(Key::Alt(letter));
    }
    Some(Key::Char(c))
}
