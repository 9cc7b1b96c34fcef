//! Replays `src/kubectl/cli/pre_server_errors.txt` — what the real kubectl 1.37.1 printed for
//! command lines that fail their own checks before talking to a server — through the
//! playground and compares stdout, stderr and the exit status.
//!
//! The recording ran without a kubeconfig, so the few cases whose answer depends on the
//! kubeconfig (the playground always has its `kind-kubeplay` context) are listed and skipped.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use kubeplay_core::transcript::replay;

/// Cases answered from the missing kubeconfig of the recording machine.
const NEEDS_NO_KUBECONFIG: &[&str] = &[
    "kubectl config current-context",
    "kubectl config current-context foo",
    "kubectl config set-context --current",
    "kubectl config view --raw --minify",
];

struct Case {
    command: String,
    exit: i32,
    stdout: String,
    stderr: String,
}

fn cases() -> Vec<Case> {
    let text = include_str!("../src/kubectl/cli/pre_server_errors.txt");
    let mut cases = Vec::new();
    for block in text.split("\n$ ").skip(1) {
        let mut lines = block.lines();
        let command = lines.next().unwrap_or_default().to_string();
        let rest: Vec<&str> = lines.collect();
        if rest.first() == Some(&"(needs the server)") {
            continue;
        }
        let mut case = Case {
            command,
            exit: 0,
            stdout: String::new(),
            stderr: String::new(),
        };
        let mut into_stderr = None;
        for line in rest {
            if let Some(code) = line
                .strip_prefix("[exit ")
                .and_then(|l| l.strip_suffix(']'))
            {
                case.exit = code.parse().unwrap();
            } else if line == "stdout:" {
                into_stderr = Some(false);
            } else if line == "stderr:" {
                into_stderr = Some(true);
            } else if let Some(stderr) = into_stderr {
                let target = if stderr {
                    &mut case.stderr
                } else {
                    &mut case.stdout
                };
                target.push_str(line);
                target.push('\n');
            }
        }
        cases.push(case);
    }
    cases
}

#[test]
fn kubectl_fails_before_the_server_as_the_real_one_does() {
    let cases = cases();
    assert!(cases.len() > 70, "only {} cases parsed", cases.len());
    let mut failures = Vec::new();
    for case in cases
        .iter()
        .filter(|case| !NEEDS_NO_KUBECONFIG.contains(&case.command.as_str()))
    {
        let replayed = replay(&format!("$ {}\n", case.command));
        let (mut stdout, mut stderr, mut exit) = (String::new(), String::new(), 0);
        for line in replayed.lines().skip(1) {
            if let Some(code) = line
                .strip_prefix("[exit ")
                .and_then(|l| l.strip_suffix(']'))
            {
                exit = code.parse().unwrap();
            } else if let Some(text) = line.strip_prefix("! ") {
                stderr.push_str(text);
                stderr.push('\n');
            } else if line == "!" {
                stderr.push('\n');
            } else if line != "[no newline]" {
                stdout.push_str(line);
                stdout.push('\n');
            }
        }
        let trim = |text: &str| text.trim_end_matches('\n').to_string();
        // Long outputs were recorded up to a `[... truncated]` mark: compare that much.
        let stdout_matches = match case.stdout.split_once("[... truncated]") {
            Some((head, _)) => stdout.starts_with(head.trim_end_matches('\n')),
            None => trim(&stdout) == trim(&case.stdout),
        };
        if !stdout_matches || (exit, trim(&stderr)) != (case.exit, trim(&case.stderr)) {
            failures.push(format!(
                "$ {}\n  want exit {}, stdout {:?}, stderr {:?}\n  got  exit {exit}, stdout {:?}, stderr {:?}",
                case.command,
                case.exit,
                trim(&case.stdout),
                trim(&case.stderr),
                trim(&stdout),
                trim(&stderr)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
