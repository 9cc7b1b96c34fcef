//! Saving the playground in the browser: the whole state as one JSON document in
//! `localStorage` (the core's saved journal, the line editor's history, UI preferences and an
//! opaque slot for tutorial progress), the same document as an export file, and share links
//! in the URL fragment.
//!
//! Nothing read back is trusted: a document that does not parse, or that an older or newer
//! playground wrote, is moved aside under another key (so nothing is lost) and the caller
//! starts a fresh cluster and tells the learner.

use kubeplay_core::session::{Input, Session};
use serde_json::{json, Value};
use web_sys::Storage;

/// Where the current session lives (sessions set aside go to `<key>.aside.<time>`).
pub const STORAGE_KEY: &str = "kubeplay.session";
/// How many set-aside sessions are kept.
const MAX_ASIDE: usize = 5;
/// The version of the document below.
pub const STATE_FORMAT: u64 = 1;
/// The URL fragment prefix of share links.
pub const SHARE_PREFIX: &str = "#s=";

/// UI preferences.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prefs {
    /// `"en"`, `"ja"`, or absent to follow the browser.
    pub lang: Option<String>,
    /// Simulated milliseconds per real millisecond; 0 is paused.
    pub speed: u32,
    /// Terminal font size in CSS pixels.
    pub font_px: u32,
}

impl Default for Prefs {
    fn default() -> Self {
        Prefs {
            lang: None,
            speed: 1,
            font_px: 15,
        }
    }
}

impl Prefs {
    fn to_value(&self) -> Value {
        json!({"lang": self.lang, "speed": self.speed, "font_px": self.font_px})
    }

    /// Reads preferences, keeping defaults for anything missing or odd.
    fn from_value(value: &Value) -> Prefs {
        let defaults = Prefs::default();
        let number = |name: &str, default: u32| {
            value
                .get(name)
                .and_then(Value::as_u64)
                .and_then(|n| u32::try_from(n).ok())
                .unwrap_or(default)
        };
        Prefs {
            lang: value.get("lang").and_then(Value::as_str).map(String::from),
            speed: number("speed", defaults.speed),
            font_px: number("font_px", defaults.font_px),
        }
    }
}

/// The saved document: `{"app":"kubeplay","format":1,"session":"<Session::save()>",
/// "history":[…],"prefs":{…},"tutorial":…}`.
#[derive(Debug, Clone, PartialEq)]
pub struct SavedState {
    pub format: u64,
    /// `Session::save()`: the seed and the journal.
    pub session: String,
    /// The line editor's history, oldest first.
    pub history: Vec<String>,
    pub prefs: Prefs,
    /// Owned by the tutorial pane; kept as is.
    pub tutorial: Value,
}

/// A saved document that parsed and whose journal can be replayed.
#[derive(Debug, Clone)]
pub struct Restorable {
    pub state: SavedState,
    pub seed: u64,
    pub inputs: Vec<Input>,
}

impl SavedState {
    /// The document for the current playground.
    pub fn new(
        session: &Session,
        history: Vec<String>,
        prefs: Prefs,
        tutorial: Value,
    ) -> SavedState {
        SavedState {
            format: STATE_FORMAT,
            session: session.save(),
            history,
            prefs,
            tutorial,
        }
    }

    pub fn to_json(&self) -> String {
        json!({
            "app": "kubeplay",
            "format": self.format,
            "session": self.session,
            "history": self.history,
            "prefs": self.prefs.to_value(),
            "tutorial": self.tutorial,
        })
        .to_string()
    }

    /// Parses and checks a document (from storage or an imported file).
    pub fn parse(text: &str) -> Result<Restorable, String> {
        let value = kubeplay_core::kubectl::manifest::go_json::parse(text)?;
        if value.get("app").and_then(Value::as_str) != Some("kubeplay") {
            return Err("not a kubeplay session".to_string());
        }
        let format = value.get("format").and_then(Value::as_u64).unwrap_or(0);
        if format != STATE_FORMAT {
            return Err(format!(
                "saved by another version of the playground (format {format})"
            ));
        }
        let session = value
            .get("session")
            .and_then(Value::as_str)
            .ok_or("no session")?
            .to_string();
        let history = value
            .get("history")
            .and_then(Value::as_array)
            .map(|lines| {
                lines
                    .iter()
                    .filter_map(Value::as_str)
                    .map(String::from)
                    .collect()
            })
            .unwrap_or_default();
        let prefs = value
            .get("prefs")
            .map(Prefs::from_value)
            .unwrap_or_default();
        let tutorial = value.get("tutorial").cloned().unwrap_or(Value::Null);
        let (seed, inputs) = Session::parse_saved(&session).map_err(|error| error.to_string())?;
        Ok(Restorable {
            state: SavedState {
                format,
                session,
                history,
                prefs,
                tutorial,
            },
            seed,
            inputs,
        })
    }
}

/// What was found in storage at start-up.
#[derive(Debug, Clone)]
pub enum Loaded {
    /// Nothing saved (first visit).
    Nothing,
    Restored(Box<Restorable>),
    /// Something unusable was saved; it now lives under `key`.
    SetAside {
        key: String,
        reason: String,
    },
}

/// The page's `localStorage`, if the browser allows it.
pub fn storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Reads the session saved under `key`.
pub fn load(key: &str) -> Loaded {
    let Some(storage) = storage() else {
        return Loaded::Nothing;
    };
    let Ok(Some(text)) = storage.get_item(key) else {
        return Loaded::Nothing;
    };
    match SavedState::parse(&text) {
        Ok(restorable) => Loaded::Restored(Box::new(restorable)),
        Err(reason) => {
            let aside = set_aside(&storage, key, &text).unwrap_or_default();
            let _ = storage.remove_item(key);
            Loaded::SetAside { key: aside, reason }
        }
    }
}

/// Writes the session under `key`; false when storage is unavailable or full.
pub fn save(key: &str, state: &SavedState) -> bool {
    storage()
        .map(|storage| storage.set_item(key, &state.to_json()).is_ok())
        .unwrap_or(false)
}

/// Moves the session saved under `key` aside (reset, opening a share link); returns the
/// key it now lives under.
pub fn set_aside_current(key: &str) -> Option<String> {
    let storage = storage()?;
    let text = storage.get_item(key).ok().flatten()?;
    let aside = set_aside(&storage, key, &text)?;
    let _ = storage.remove_item(key);
    Some(aside)
}

/// The prefix of the keys that sessions set aside from `key` get.
pub fn aside_prefix(key: &str) -> String {
    format!("{key}.aside.")
}

/// Stores `text` under a new aside key, dropping the oldest asides beyond a few.
fn set_aside(storage: &Storage, key: &str, text: &str) -> Option<String> {
    let prefix = aside_prefix(key);
    let now = js_sys::Date::now() as u64;
    let mut aside = format!("{prefix}{now}");
    let mut suffix = 0;
    while storage.get_item(&aside).ok().flatten().is_some() {
        suffix += 1;
        aside = format!("{prefix}{now}-{suffix}");
    }
    storage.set_item(&aside, text).ok()?;
    let mut asides: Vec<String> = (0..storage.length().unwrap_or(0))
        .filter_map(|index| storage.key(index).ok().flatten())
        .filter(|k| k.starts_with(&prefix))
        .collect();
    kubeplay_core::sort::sort_by_key(&mut asides, |k| {
        let stamp = k.strip_prefix(&prefix).unwrap_or_default();
        let (millis, n) = stamp.split_once('-').unwrap_or((stamp, "0"));
        (
            millis.parse::<u64>().unwrap_or(0),
            n.parse::<u64>().unwrap_or(0),
        )
    });
    while asides.len() > MAX_ASIDE {
        let oldest = asides.remove(0);
        let _ = storage.remove_item(&oldest);
    }
    Some(aside)
}

/// The fragment of a share link for this session (`#s=1.…`).
pub fn share_fragment(session: &Session) -> String {
    format!(
        "{SHARE_PREFIX}{}",
        kubeplay_core::share::encode(session.seed(), session.journal())
    )
}

/// The page's own fragment, if it is a share link: `Some(Ok)` with the seed and inputs to
/// replay, `Some(Err)` when it is damaged, `None` when there is none.
pub fn share_from_location() -> Option<Result<(u64, Vec<Input>), String>> {
    let hash = web_sys::window()?.location().hash().ok()?;
    share_from_fragment(&hash)
}

/// Parses a fragment (`#s=…`), never trusting it.
pub fn share_from_fragment(hash: &str) -> Option<Result<(u64, Vec<Input>), String>> {
    let data = hash.strip_prefix(SHARE_PREFIX)?;
    Some(kubeplay_core::share::decode(data).map_err(|error| error.to_string()))
}

/// Removes the fragment from the address bar without reloading (a shared session, once
/// opened, becomes the learner's own).
pub fn clear_fragment() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let url = format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// The full share URL for the current page.
pub fn share_url(session: &Session) -> String {
    let base = web_sys::window()
        .and_then(|window| window.location().href().ok())
        .map(|href| href.split('#').next().unwrap_or_default().to_string())
        .unwrap_or_default();
    format!("{base}{}", share_fragment(session))
}
