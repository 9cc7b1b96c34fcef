//! Temporary stand-in for the kubectl command-line table.
use std::collections::BTreeMap;
#[derive(Debug, Clone, Default)]
pub struct FlagValues {
    values: BTreeMap<String, Vec<String>>,
}
impl FlagValues {
    pub fn bool(&self, name: &str) -> bool {
        self.values
            .get(name)
            .and_then(|v| v.last())
            .map(|v| v != "false")
            .unwrap_or(false)
    }
    pub fn string(&self, name: &str) -> Option<&str> {
        self.values
            .get(name)
            .and_then(|v| v.last())
            .map(String::as_str)
    }
    pub fn strings(&self, name: &str) -> Vec<String> {
        self.values.get(name).cloned().unwrap_or_default()
    }
    pub fn int(&self, name: &str) -> Option<i64> {
        self.string(name).and_then(|v| v.parse().ok())
    }
    pub fn changed(&self, name: &str) -> bool {
        self.values.contains_key(name)
    }
}
#[derive(Debug, Clone)]
pub struct Invocation {
    pub path: Vec<&'static str>,
    pub args: Vec<String>,
    pub args_before_dash: Option<usize>,
    pub flags: FlagValues,
}
pub enum ParseOutcome {
    Run(Invocation),
    Help(String),
    Error(String),
}
const VERBS: &[&str] = &[
    "get",
    "describe",
    "create",
    "apply",
    "delete",
    "label",
    "annotate",
    "logs",
    "port-forward",
    "exec",
    "run",
    "explain",
    "config",
    "wait",
    "events",
    "api-resources",
    "version",
    "cluster-info",
    "namespace",
    "current-context",
    "set-context",
    "use-context",
    "get-contexts",
    "view",
];
const SHORT: &[(&str, &str)] = &[
    ("n", "namespace"),
    ("l", "selector"),
    ("o", "output"),
    ("f", "filename"),
    ("A", "all-namespaces"),
    ("L", "label-columns"),
    ("w", "watch"),
    ("c", "container"),
    ("p", "previous"),
    ("i", "stdin"),
    ("t", "tty"),
    ("R", "recursive"),
];
const BOOLS: &[&str] = &[
    "all-namespaces",
    "show-labels",
    "watch",
    "watch-only",
    "no-headers",
    "overwrite",
    "all",
    "force",
    "now",
    "previous",
    "follow",
    "stdin",
    "tty",
    "recursive",
    "current",
    "minify",
    "list",
    "client",
    "command",
    "ignore-not-found",
    "show-kind",
];
pub fn parse(argv: &[String]) -> ParseOutcome {
    let mut path = Vec::new();
    let mut args = Vec::new();
    let mut flags = FlagValues::default();
    let mut dash = None;
    let mut i = 0;
    while i < argv.len() {
        let a = &argv[i];
        if a == "--" {
            dash = Some(args.len());
            args.extend(argv[i + 1..].iter().cloned());
            break;
        }
        if let Some(long) = a.strip_prefix("--") {
            let (name, val) = match long.split_once('=') {
                Some((n, v)) => (n.to_string(), Some(v.to_string())),
                None => (long.to_string(), None),
            };
            let v = match val {
                Some(v) => v,
                None if BOOLS.contains(&name.as_str()) => "true".into(),
                None => {
                    i += 1;
                    argv.get(i).cloned().unwrap_or_default()
                }
            };
            flags.values.entry(name).or_default().push(v);
        } else if a.starts_with('-') && a.len() > 1 {
            let s = &a[1..2];
            let name = SHORT
                .iter()
                .find(|(k, _)| *k == s)
                .map(|(_, v)| v.to_string())
                .unwrap_or(s.to_string());
            let name = if s == "f" && path.first() == Some(&"logs") {
                "follow".to_string()
            } else {
                name
            };
            if BOOLS.contains(&name.as_str()) {
                flags.values.entry(name).or_default().push("true".into());
                if a.len() > 2 {
                    for c in a[2..].chars() {
                        let n = SHORT
                            .iter()
                            .find(|(k, _)| *k == c.to_string())
                            .map(|(_, v)| v.to_string())
                            .unwrap_or(c.to_string());
                        flags.values.entry(n).or_default().push("true".into());
                    }
                }
            } else {
                let v = if a.len() > 2 {
                    a[2..].trim_start_matches('=').to_string()
                } else {
                    i += 1;
                    argv.get(i).cloned().unwrap_or_default()
                };
                flags.values.entry(name).or_default().push(v);
            }
        } else if path.is_empty()
            || (path.len() == 1
                && (path[0] == "config" || (path[0] == "create" && a == "namespace")))
        {
            match VERBS.iter().find(|v| **v == a) {
                Some(v) if args.is_empty() => path.push(*v),
                _ if path.is_empty() => {
                    return ParseOutcome::Error(format!(
                        "error: unknown command \"{a}\" for \"kubectl\"\n"
                    ))
                }
                _ => args.push(a.clone()),
            }
        } else {
            args.push(a.clone());
        }
        i += 1;
    }
    if path.is_empty() {
        return ParseOutcome::Help("kubectl controls the Kubernetes cluster manager.\n".into());
    }
    ParseOutcome::Run(Invocation {
        path,
        args,
        args_before_dash: dash,
        flags,
    })
}
