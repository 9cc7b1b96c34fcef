//! The flag values of one parsed command line, with pflag's semantics: defaults from the table,
//! `Set` per kind (bools through `ParseBool`, ints through `ParseInt`, slices through one CSV
//! record per occurrence, arrays appended), and "changed" tracking.
//!
//! It deliberately knows nothing about where flags appear on the command line (`parse.rs`) or what
//! a command does with them.

use super::golang;
use super::spec::{FlagKind, FlagSpec};

/// A flag's current value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FlagValue {
    Bool(bool),
    String(String),
    /// `int`, `int32`, `int64` and klog's level.
    Int(i64),
    /// Nanoseconds.
    Duration(i64),
    /// `stringSlice` and `stringArray`.
    Strings(Vec<String>),
    /// `mapStringString`, sorted by key.
    Map(Vec<(String, String)>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct FlagState {
    spec: &'static FlagSpec,
    value: FlagValue,
    /// What pflag's `Value.String()` gives for the value.
    text: String,
    changed: bool,
}

/// Every flag a command accepts (its own, then those inherited from its parents), with values.
///
/// Accessors take the long flag name (`"namespace"`, not `"n"`). A name the command does not
/// have reads as the zero value (`false`, `None`, empty, `0`) and `changed` false.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FlagValues {
    states: Vec<FlagState>,
}

impl FlagValues {
    /// All flags at their defaults. Earlier specs win over later ones with the same name (a
    /// command's own flag shadows an inherited one).
    pub(crate) fn with_defaults(specs: &[&'static FlagSpec]) -> FlagValues {
        let mut states: Vec<FlagState> = Vec::new();
        for spec in specs {
            if states.iter().any(|state| state.spec.name == spec.name) {
                continue;
            }
            let value = default_value(spec);
            let text = value_text(&value);
            states.push(FlagState {
                spec,
                value,
                text,
                changed: false,
            });
        }
        FlagValues { states }
    }

    /// pflag's `FlagSet.Set`: parses `text` for the flag and marks it changed. The error is the
    /// cause pflag wraps into `invalid argument ...` (e.g. `strconv.ParseInt: parsing "x": ...`).
    pub(crate) fn set(&mut self, name: &str, text: &str) -> Result<(), String> {
        let Some(state) = self.states.iter_mut().find(|state| state.spec.name == name) else {
            return Err(format!("no such flag -{name}"));
        };
        // Slices, arrays and maps replace their default on the first occurrence, then append.
        let earlier_strings = match (&state.value, state.changed) {
            (FlagValue::Strings(values), true) => values.clone(),
            _ => Vec::new(),
        };
        let earlier_pairs = match (&state.value, state.changed) {
            (FlagValue::Map(pairs), true) => pairs.clone(),
            _ => Vec::new(),
        };
        let new_value = match state.spec.kind {
            FlagKind::Bool => FlagValue::Bool(golang::parse_bool(text)?),
            FlagKind::String => FlagValue::String(text.to_string()),
            FlagKind::Int => FlagValue::Int(golang::parse_int(text, true, 64)?),
            FlagKind::Int32 => FlagValue::Int(golang::parse_int(text, true, 32)?),
            FlagKind::KlogLevel => FlagValue::Int(golang::parse_int(text, false, 32)?),
            FlagKind::Duration => FlagValue::Duration(golang::parse_duration(text)?),
            FlagKind::GoFlagDuration => FlagValue::Duration(
                golang::parse_duration(text).map_err(|_| "parse error".to_string())?,
            ),
            FlagKind::KlogModuleSpec => {
                parse_module_spec(text)?;
                FlagValue::String(text.to_string())
            }
            FlagKind::StringSlice => {
                let mut values = earlier_strings;
                values.extend(golang::read_csv_record(text)?);
                FlagValue::Strings(values)
            }
            FlagKind::StringArray => {
                let mut values = earlier_strings;
                values.push(text.to_string());
                FlagValue::Strings(values)
            }
            FlagKind::MapStringString => FlagValue::Map(parse_map_pairs(earlier_pairs, text)?),
        };
        state.text = value_text(&new_value);
        state.value = new_value;
        state.changed = true;
        Ok(())
    }

    /// The value of a bool flag (false for other kinds or unknown names).
    pub fn bool(&self, name: &str) -> bool {
        matches!(self.get(name), Some(FlagValue::Bool(true)))
    }

    /// The value as text: a string flag's value (its default when not given); for other kinds
    /// pflag's `Value.String()` (`"true"`, `"5"`, `"30s"`, `"[a,b]"`). `None` when the command has
    /// no such flag.
    pub fn string(&self, name: &str) -> Option<&str> {
        self.state(name).map(|state| state.text.as_str())
    }

    /// The values of a `stringSlice` / `stringArray` flag; a string flag's non-empty value as one
    /// element; otherwise empty.
    pub fn strings(&self, name: &str) -> Vec<String> {
        match self.get(name) {
            Some(FlagValue::Strings(values)) => values.clone(),
            Some(FlagValue::String(value)) if !value.is_empty() => vec![value.clone()],
            _ => Vec::new(),
        }
    }

    /// The value of an int flag (its default when not given); `None` for other kinds or
    /// unknown names.
    pub fn int(&self, name: &str) -> Option<i64> {
        match self.get(name) {
            Some(FlagValue::Int(value)) => Some(*value),
            _ => None,
        }
    }

    /// The value as `string` shows it, but only when the flag was given on the command line.
    pub fn given(&self, name: &str) -> Option<&str> {
        self.state(name)
            .filter(|state| state.changed)
            .map(|state| state.text.as_str())
    }

    /// The value of a duration flag in nanoseconds (0 for other kinds or unknown names).
    pub fn duration_nanos(&self, name: &str) -> i64 {
        match self.get(name) {
            Some(FlagValue::Duration(value)) => *value,
            _ => 0,
        }
    }

    /// The key/value pairs of a `mapStringString` flag, sorted by key.
    pub fn map(&self, name: &str) -> Vec<(String, String)> {
        match self.get(name) {
            Some(FlagValue::Map(pairs)) => pairs.clone(),
            _ => Vec::new(),
        }
    }

    /// Whether the flag was given on the command line (pflag's `Changed`).
    pub fn changed(&self, name: &str) -> bool {
        self.state(name).is_some_and(|state| state.changed)
    }

    /// The typed value.
    pub fn get(&self, name: &str) -> Option<&FlagValue> {
        self.state(name).map(|state| &state.value)
    }

    /// Whether the command has a flag of that long name.
    pub fn has(&self, name: &str) -> bool {
        self.state(name).is_some()
    }

    /// The specs of every flag given on the command line, sorted by name.
    pub fn changed_flags(&self) -> Vec<&'static FlagSpec> {
        let mut specs: Vec<&'static FlagSpec> = self
            .states
            .iter()
            .filter(|state| state.changed)
            .map(|state| state.spec)
            .collect();
        crate::sort::sort_by_key(&mut specs, |spec| spec.name);
        specs
    }

    fn state(&self, name: &str) -> Option<&FlagState> {
        self.states.iter().find(|state| state.spec.name == name)
    }
}

fn default_value(spec: &FlagSpec) -> FlagValue {
    let text = spec.default;
    match spec.kind {
        FlagKind::Bool => FlagValue::Bool(text == "true"),
        FlagKind::String | FlagKind::KlogModuleSpec => FlagValue::String(text.to_string()),
        FlagKind::Int | FlagKind::Int32 | FlagKind::KlogLevel => {
            FlagValue::Int(golang::parse_int(text, false, 64).unwrap_or(0))
        }
        FlagKind::Duration | FlagKind::GoFlagDuration => {
            FlagValue::Duration(golang::parse_duration(text).unwrap_or(0))
        }
        FlagKind::StringSlice | FlagKind::StringArray => {
            let inner = text
                .strip_prefix('[')
                .and_then(|rest| rest.strip_suffix(']'))
                .unwrap_or("");
            FlagValue::Strings(golang::read_csv_record(inner).unwrap_or_default())
        }
        FlagKind::MapStringString => FlagValue::Map(Vec::new()),
    }
}

/// pflag's `Value.String()` of a value.
fn value_text(value: &FlagValue) -> String {
    match value {
        FlagValue::Bool(value) => value.to_string(),
        FlagValue::String(value) => value.clone(),
        FlagValue::Int(value) => value.to_string(),
        FlagValue::Duration(value) => golang::format_duration(*value),
        FlagValue::Strings(values) => format!("[{}]", write_as_csv(values)),
        FlagValue::Map(pairs) => pairs
            .iter()
            .map(|(key, value)| format!("{key}={value}"))
            .collect::<Vec<_>>()
            .join(","),
    }
}

/// pflag's `writeAsCSV`: one CSV record (Go's `csv.Writer` quoting) without the line end.
fn write_as_csv(values: &[String]) -> String {
    values
        .iter()
        .map(|field| {
            let needs_quotes = !field.is_empty()
                && (field == "\\."
                    || field.contains(['"', '\r', '\n', ','])
                    || field.chars().next().is_some_and(is_go_space));
            if needs_quotes {
                format!("\"{}\"", field.replace('"', "\"\""))
            } else {
                field.clone()
            }
        })
        .collect::<Vec<_>>()
        .join(",")
}

fn is_go_space(character: char) -> bool {
    matches!(
        character,
        '\t' | '\n' | '\u{b}' | '\u{c}' | '\r' | ' ' | '\u{85}' | '\u{a0}'
    ) || ((character as u32) > 0xff && character.is_whitespace())
}

/// component-base's `MapStringString.Set`: `k=v` pairs separated by commas, spaces trimmed, later
/// keys replacing earlier ones; kept sorted by key.
fn parse_map_pairs(
    mut pairs: Vec<(String, String)>,
    text: &str,
) -> Result<Vec<(String, String)>, String> {
    for pair in text.split(',') {
        let pair = pair.trim_matches(is_go_space);
        if pair.is_empty() {
            continue;
        }
        let Some((key, value)) = pair.split_once('=') else {
            return Err("malformed pair, expect string=string".to_string());
        };
        let key = key.trim_matches(is_go_space).to_string();
        let value = value.trim_matches(is_go_space).to_string();
        pairs.retain(|(existing, _)| *existing != key);
        pairs.push((key, value));
    }
    crate::sort::sort(&mut pairs);
    Ok(pairs)
}

/// klog's `moduleSpec.Set` validation (`pattern=N,...`).
fn parse_module_spec(text: &str) -> Result<(), String> {
    const SYNTAX: &str = "syntax error: expect comma-separated list of filename=N";
    for pattern in text.split(',') {
        if pattern.is_empty() {
            continue;
        }
        let parts: Vec<&str> = pattern.split('=').collect();
        let [name, level] = parts.as_slice() else {
            return Err(SYNTAX.to_string());
        };
        if name.is_empty() || level.is_empty() {
            return Err(SYNTAX.to_string());
        }
        let level = golang::parse_int(level, false, 32).map_err(|_| SYNTAX.to_string())?;
        if level < 0 {
            return Err("negative value for vmodule level".to_string());
        }
    }
    Ok(())
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::super::spec::FlagValueHint;
    use super::*;

    const fn flag(name: &'static str, kind: FlagKind, default: &'static str) -> FlagSpec {
        FlagSpec {
            name,
            shorthand: None,
            kind,
            default,
            no_opt_default: None,
            usage: "",
            hidden: false,
            deprecated: None,
            shorthand_deprecated: None,
            required: false,
            value_hint: FlagValueHint::None,
        }
    }

    static BOOL: FlagSpec = flag("watch", FlagKind::Bool, "false");
    static STRING: FlagSpec = flag("output", FlagKind::String, "yaml");
    static INT: FlagSpec = flag("tail", FlagKind::Int, "-1");
    static DURATION: FlagSpec = flag("timeout", FlagKind::Duration, "30s");
    static SLICE: FlagSpec = flag("address", FlagKind::StringSlice, "[localhost]");
    static ARRAY: FlagSpec = flag("env", FlagKind::StringArray, "[]");
    static MAP: FlagSpec = flag("aggregation-rule", FlagKind::MapStringString, "");
    static SHADOWED: FlagSpec = flag("output", FlagKind::String, "json");

    fn values() -> FlagValues {
        FlagValues::with_defaults(&[
            &BOOL, &STRING, &INT, &DURATION, &SLICE, &ARRAY, &MAP, &SHADOWED,
        ])
    }

    #[test]
    fn defaults_read_as_the_table_says() {
        let v = values();
        assert!(!v.bool("watch"));
        assert_eq!(v.string("output"), Some("yaml"));
        assert_eq!(v.int("tail"), Some(-1));
        assert_eq!(v.int("output"), None);
        assert_eq!(v.given("tail"), None);
        assert_eq!(v.duration_nanos("timeout"), 30_000_000_000);
        assert_eq!(v.string("timeout"), Some("30s"));
        assert_eq!(v.strings("address"), vec!["localhost".to_string()]);
        assert_eq!(v.strings("env"), Vec::<String>::new());
        assert_eq!(v.string("env"), Some("[]"));
        assert_eq!(v.map("aggregation-rule"), vec![]);
        assert!(!v.changed("output"));
        assert_eq!(v.string("nope"), None);
        assert!(!v.has("nope"));
        assert_eq!(v.int("nope"), None);
    }

    #[test]
    fn set_follows_pflag() {
        let mut v = values();
        v.set("address", "a,b").unwrap();
        v.set("address", "c").unwrap();
        assert_eq!(v.strings("address"), vec!["a", "b", "c"]);
        assert_eq!(v.string("address"), Some("[a,b,c]"));
        v.set("env", "A=1,B=2").unwrap();
        v.set("env", "C=3").unwrap();
        assert_eq!(v.strings("env"), vec!["A=1,B=2", "C=3"]);
        assert_eq!(v.string("env"), Some("[\"A=1,B=2\",C=3]"));
        v.set("aggregation-rule", " b = 2 ,a=1").unwrap();
        assert_eq!(
            v.map("aggregation-rule"),
            vec![
                ("a".to_string(), "1".to_string()),
                ("b".to_string(), "2".to_string())
            ]
        );
        assert_eq!(v.string("aggregation-rule"), Some("a=1,b=2"));
        assert_eq!(
            v.set("aggregation-rule", "x"),
            Err("malformed pair, expect string=string".to_string())
        );
        v.set("watch", "true").unwrap();
        assert!(v.bool("watch") && v.changed("watch"));
        v.set("watch", "0").unwrap();
        assert!(!v.bool("watch") && v.changed("watch"));
        assert_eq!(
            v.set("tail", "x"),
            Err("strconv.ParseInt: parsing \"x\": invalid syntax".to_string())
        );
        assert!(!v.changed("tail"));
        v.set("tail", "0x10").unwrap();
        assert_eq!(v.int("tail"), Some(16));
        assert_eq!(v.given("tail"), Some("16"));
        v.set("timeout", "1m").unwrap();
        assert_eq!(v.string("timeout"), Some("1m0s"));
        v.set("output", "wide").unwrap();
        assert_eq!(v.string("output"), Some("wide"));
        assert_eq!(v.strings("output"), vec!["wide"]);
        assert_eq!(
            v.changed_flags().iter().map(|s| s.name).collect::<Vec<_>>(),
            vec![
                "address",
                "aggregation-rule",
                "env",
                "output",
                "tail",
                "timeout",
                "watch"
            ]
        );
        assert_eq!(v.set("nope", "1"), Err("no such flag -nope".to_string()));
    }

    #[test]
    fn module_spec_validation_matches_klog() {
        for (input, want) in [
            ("", Ok(())),
            ("a=1,b=2,", Ok(())),
            ("a=0", Ok(())),
            ("x", Err(SYNTAX_ERROR.to_string())),
            ("a=b", Err(SYNTAX_ERROR.to_string())),
            ("=1", Err(SYNTAX_ERROR.to_string())),
            ("a=1=2", Err(SYNTAX_ERROR.to_string())),
            ("a=-1", Err("negative value for vmodule level".to_string())),
        ] {
            assert_eq!(parse_module_spec(input), want, "{input:?}");
        }
    }

    const SYNTAX_ERROR: &str = "syntax error: expect comma-separated list of filename=N";

    #[test]
    fn csv_writing_quotes_like_go() {
        let list = |items: &[&str]| items.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(write_as_csv(&list(&["a", "b c"])), "a,b c");
        assert_eq!(
            write_as_csv(&list(&["a,b", "q\"", " x", ""])),
            "\"a,b\",\"q\"\"\",\" x\","
        );
    }
}
