//! Golden tests of the help renderer: every command's help must equal kubectl 1.37.1's bytes,
//! into a pipe and on terminals of several widths.

use super::super::goldens::{HELP_GOLDENS, TERMINAL_GOLDENS};
use super::super::parse::resolve_path;
use super::super::{help, help_for_terminal, parse_for_terminal, ParseOutcome};
use super::*;

/// `config_set-context.txt` → `["config", "set-context"]`; `kubectl` → `[]`.
fn path_of(stem: &str) -> Vec<&str> {
    if stem == "kubectl" {
        Vec::new()
    } else {
        stem.split('_').collect()
    }
}

#[test]
fn every_command_help_matches_kubectl() {
    assert_eq!(HELP_GOLDENS.len(), 100);
    for (file, want) in HELP_GOLDENS {
        let stem = file.trim_end_matches(".txt");
        let got = if stem == "options" {
            render_options(None, 0)
        } else {
            help(&path_of(stem))
        };
        assert_eq!(&got, want, "{file}");
    }
}

#[test]
fn every_table_command_has_a_golden() {
    fn visit(chain: &mut Vec<&'static CommandSpec>, names: &mut Vec<String>) {
        let Some(command) = chain.last().copied() else {
            return;
        };
        let path: Vec<&str> = chain.iter().skip(1).map(|c| c.name).collect();
        names.push(if path.is_empty() {
            "kubectl.txt".to_string()
        } else {
            format!("{}.txt", path.join("_"))
        });
        for sub in command.subcommands {
            // `kubectl alpha --help` prints that there are no alpha commands (see parse).
            if sub.name == "alpha" {
                continue;
            }
            chain.push(sub);
            visit(chain, names);
            chain.pop();
        }
    }
    let mut names = Vec::new();
    visit(&mut vec![&ROOT], &mut names);
    names.sort();
    let mut files: Vec<String> = HELP_GOLDENS.iter().map(|(f, _)| f.to_string()).collect();
    files.sort();
    assert_eq!(names, files);
}

#[test]
fn help_on_a_terminal_wraps_like_kubectl() {
    for (file, want) in TERMINAL_GOLDENS {
        let parts: Vec<&str> = file.trim_end_matches(".txt").split('.').collect();
        let [stem, kind, columns] = parts.as_slice() else {
            panic!("bad golden name {file}");
        };
        let columns: usize = columns.parse().unwrap();
        let got = match (*stem, *kind) {
            ("options", _) => render_options(wrap_limit(Some(columns)), 0),
            (_, "help") => help_for_terminal(&path_of(stem), columns),
            (_, _) => {
                let argv: Vec<String> = stem.split('_').map(str::to_string).collect();
                match parse_for_terminal(&argv, columns) {
                    ParseOutcome::Help(text)
                    | ParseOutcome::Error(text)
                    | ParseOutcome::DiffError(text)
                    | ParseOutcome::HelpElsewhere { text, .. } => text,
                    ParseOutcome::Run(invocation) => format!("{invocation:?}"),
                }
            }
        };
        assert_eq!(&got, want, "{file}");
    }
}

#[test]
fn wrap_limits_follow_terminal_width() {
    for (columns, want) in [
        (None, None),
        (Some(0), None),
        (Some(79), None),
        (Some(80), Some(80)),
        (Some(99), Some(80)),
        (Some(100), Some(100)),
        (Some(119), Some(100)),
        (Some(120), Some(120)),
        (Some(500), Some(120)),
    ] {
        assert_eq!(wrap_limit(columns), want, "{columns:?}");
    }
}

#[test]
fn help_accepts_aliases_and_rejects_unknown_paths() {
    assert_eq!(help(&["create", "ns"]), help(&["create", "namespace"]));
    assert_eq!(help(&["config", "use"]), help(&["config", "use-context"]));
    assert_eq!(help(&["autoscale"]), "");
    assert_eq!(help(&["get", "pods"]), "");
    assert_eq!(help_for_terminal(&["nope"], 80), "");
    assert_eq!(help(&["options"]), "");
    assert!(resolve_path(&["config", "view"]).is_some());
}

#[test]
fn flag_usage_lines_follow_kubectl_format() {
    use super::super::spec::FlagValueHint;
    static STRING: FlagSpec = FlagSpec {
        name: "output",
        shorthand: Some('o'),
        kind: FlagKind::String,
        default: "yaml",
        no_opt_default: None,
        usage: "Output format.",
        hidden: false,
        deprecated: None,
        shorthand_deprecated: None,
        required: false,
        value_hint: FlagValueHint::None,
    };
    static HIDDEN: FlagSpec = FlagSpec {
        name: "record",
        shorthand: None,
        kind: FlagKind::Bool,
        default: "false",
        no_opt_default: Some("true"),
        usage: "x",
        hidden: true,
        deprecated: Some("gone"),
        shorthand_deprecated: None,
        required: false,
        value_hint: FlagValueHint::None,
    };
    static LONG: FlagSpec = FlagSpec {
        name: "wait",
        shorthand: None,
        kind: FlagKind::Bool,
        default: "false",
        no_opt_default: Some("true"),
        usage: "one two three four five",
        hidden: false,
        deprecated: None,
        shorthand_deprecated: None,
        required: false,
        value_hint: FlagValueHint::None,
    };
    assert_eq!(
        flags_usages(&[&STRING, &HIDDEN, &LONG], None),
        "    -o, --output='yaml':\n\tOutput format.\n\n    --wait=false:\n\tone two three four five\n\n"
    );
    // Flag usage wraps 10 columns short of the limit (70 on an 80-column terminal).
    assert_eq!(
        flags_usages(&[&LONG], Some(20)),
        "    --wait=false:\n\tone two\n\tthree four\n\tfive\n\n"
    );
}
