//! What the tutorial pane remembers: the URL fragment (`#/3.4`, `#/3.4/step-id`, `#/free`),
//! the open tutorial's progress ([`SavedActive`], which the playground saves together with the
//! session it belongs to), and in `localStorage` under `kubeplay.tutorial.done`, for every
//! tutorial ever opened, which steps were completed (the section list's progress).

use kubeplay_core::kubectl::manifest::go_json;
use kubeplay_core::printers::json::to_compact_json;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// The key in `localStorage`.
pub const DONE_KEY: &str = "kubeplay.tutorial.done";

/// What a URL fragment asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// No fragment (or an unknown one): whatever was saved.
    Default,
    /// `#/free`: free play.
    Free,
    /// `#/3.4` or `#/3.4/step-id`.
    Tutorial { id: String, step: Option<String> },
}

/// Parses `location.hash` (with or without the `#`).
pub fn parse_fragment(hash: &str) -> Route {
    let path = hash.trim_start_matches('#').trim_start_matches('/');
    let mut parts = path.splitn(2, '/');
    match (parts.next(), parts.next()) {
        (None | Some(""), _) => Route::Default,
        (Some("free"), _) => Route::Free,
        (Some(id), step) => Route::Tutorial {
            id: id.to_string(),
            step: step.filter(|s| !s.is_empty()).map(str::to_string),
        },
    }
}

/// The fragment for a route (`#/3.4`, `#/free`).
pub fn fragment(route: &Route) -> String {
    match route {
        Route::Default => String::new(),
        Route::Free => "#/free".into(),
        Route::Tutorial { id, step: None } => format!("#/{id}"),
        Route::Tutorial {
            id,
            step: Some(step),
        } => format!("#/{id}/{step}"),
    }
}

/// The open tutorial as saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedActive {
    pub version: u32,
    pub tutorial: String,
    pub current: usize,
    pub view: usize,
    pub done: Vec<bool>,
    /// Per step: 0 nothing, 1 the hint, 2 the hint and the solution.
    pub revealed: Vec<u8>,
    /// `Session::save()` of the session this progress belongs to.
    pub session: String,
}

/// The saved format's version.
pub const SAVED_VERSION: u32 = 1;

impl SavedActive {
    /// As JSON (the fields by name, as the playground's saved state holds them).
    pub fn to_value(&self) -> Value {
        let mut map = Map::new();
        map.insert("version".into(), self.version.into());
        map.insert("tutorial".into(), self.tutorial.clone().into());
        map.insert("current".into(), self.current.into());
        map.insert("view".into(), self.view.into());
        map.insert("done".into(), bools(&self.done));
        map.insert(
            "revealed".into(),
            Value::Array(self.revealed.iter().map(|level| (*level).into()).collect()),
        );
        map.insert("session".into(), self.session.clone().into());
        Value::Object(map)
    }

    /// Reads [`SavedActive::to_value`]'s JSON back; anything else is `None`.
    pub fn from_value(value: &Value) -> Option<SavedActive> {
        let number = |key: &str| value.get(key).and_then(Value::as_u64);
        let text = |key: &str| value.get(key).and_then(Value::as_str).map(str::to_string);
        Some(SavedActive {
            version: u32::try_from(number("version")?).ok()?,
            tutorial: text("tutorial")?,
            current: usize::try_from(number("current")?).ok()?,
            view: usize::try_from(number("view")?).ok()?,
            done: read_bools(value.get("done")?)?,
            revealed: value
                .get("revealed")?
                .as_array()?
                .iter()
                .map(|level| level.as_u64().and_then(|level| u8::try_from(level).ok()))
                .collect::<Option<_>>()?,
            session: text("session")?,
        })
    }
}

fn bools(flags: &[bool]) -> Value {
    Value::Array(flags.iter().map(|flag| Value::Bool(*flag)).collect())
}

fn read_bools(value: &Value) -> Option<Vec<bool>> {
    value.as_array()?.iter().map(Value::as_bool).collect()
}

/// Completed steps per tutorial id.
pub type DoneMap = BTreeMap<String, Vec<bool>>;

fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|window| window.local_storage().ok().flatten())
}

/// Reads a stored value.
pub fn load(key: &str) -> Option<String> {
    storage().and_then(|storage| storage.get_item(key).ok().flatten())
}

/// Stores a value (quietly does nothing when storage is full or unavailable).
pub fn store(key: &str, value: &str) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(key, value);
    }
}

/// Removes a stored value.
pub fn remove(key: &str) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(key);
    }
}

/// The saved completed steps.
pub fn load_done() -> DoneMap {
    let Some(Ok(Value::Object(map))) = load(DONE_KEY).map(|text| go_json::parse(&text)) else {
        return DoneMap::new();
    };
    map.iter()
        .filter_map(|(id, flags)| Some((id.clone(), read_bools(flags)?)))
        .collect()
}

/// Saves the completed steps.
pub fn store_done(done: &DoneMap) {
    let map: Map<String, Value> = done
        .iter()
        .map(|(id, flags)| (id.clone(), bools(flags)))
        .collect();
    store(DONE_KEY, &to_compact_json(&Value::Object(map)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragments_round_trip() {
        for (hash, route) in [
            ("", Route::Default),
            ("#", Route::Default),
            ("#/", Route::Default),
            ("#/free", Route::Free),
            (
                "#/3.4",
                Route::Tutorial {
                    id: "3.4".into(),
                    step: None,
                },
            ),
            (
                "#/3.4/in",
                Route::Tutorial {
                    id: "3.4".into(),
                    step: Some("in".into()),
                },
            ),
        ] {
            assert_eq!(parse_fragment(hash), route, "{hash}");
        }
        let route = Route::Tutorial {
            id: "3.2".into(),
            step: Some("create".into()),
        };
        assert_eq!(parse_fragment(&fragment(&route)), route);
        assert_eq!(fragment(&Route::Free), "#/free");
    }
}
