//! Golden transcripts: shell sessions with their exact expected output.
//!
//! Every `tests/transcripts/**/*.txt` is replayed in a fresh session (non-interactive, like
//! the native binary reading a pipe) and compared byte for byte. Format:
//!
//! ```text
//! # seed: 7                      (optional; default 1)
//! # any other comment
//! @ advance 30s                  (moves the simulated clock: ms, s, m, h)
//! $ kubectl get pods             (a command; `> ` lines right after continue it)
//! NAME   READY ...               (expected stdout)
//! ! Error from server ...        (expected stderr, prefixed "! ")
//! [exit 1]                       (the exit status, when not 0)
//! ```
//!
//! `UPDATE_EXPECT=1 cargo test --test transcripts` rewrites the expected output in place.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use kubeplay_core::clock::SimDuration;
use kubeplay_core::kubectl::Stream;
use kubeplay_core::session::Session;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// One step of a transcript.
enum Step {
    Comment(String),
    Advance(String),
    /// A command and its continuation lines (the expected output is the file itself).
    Command {
        lines: Vec<String>,
    },
}

fn parse(text: &str) -> (u64, Vec<Step>) {
    let mut seed = 1;
    let mut steps = Vec::new();
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        if let Some(rest) = line.strip_prefix("# seed:") {
            seed = rest.trim().parse().expect("a numeric seed");
            steps.push(Step::Comment(line.to_string()));
        } else if line.starts_with('#') || line.trim().is_empty() {
            steps.push(Step::Comment(line.to_string()));
        } else if let Some(duration) = line.strip_prefix("@ advance ") {
            steps.push(Step::Advance(duration.trim().to_string()));
        } else if let Some(command) = line.strip_prefix("$ ") {
            let mut command_lines = vec![command.to_string()];
            while let Some(next) = lines.peek() {
                match next
                    .strip_prefix("> ")
                    .or_else(|| (*next == ">").then_some(""))
                {
                    Some(continuation) => {
                        command_lines.push(continuation.to_string());
                        lines.next();
                    }
                    None => break,
                }
            }
            // Skip the expected output: `replay` rebuilds the whole file and compares it.
            while let Some(next) = lines.peek() {
                if next.starts_with("$ ") || next.starts_with("@ ") || next.starts_with("# ") {
                    break;
                }
                lines.next();
            }
            steps.push(Step::Command {
                lines: command_lines,
            });
        } else {
            panic!("unexpected transcript line outside a command: {line:?}");
        }
    }
    (seed, steps)
}

fn duration(text: &str) -> SimDuration {
    let split = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let number: i64 = number.parse().expect("a number");
    SimDuration::from_millis(match unit {
        "ms" => number,
        "s" | "" => number * 1000,
        "m" => number * 60_000,
        "h" => number * 3_600_000,
        other => panic!("unknown unit {other}"),
    })
}

/// Renders a command's output the way transcripts write it.
fn render(chunks: &[(Stream, String)], status: i32) -> String {
    let mut out = String::new();
    for (stream, text) in chunks {
        let prefix = match stream {
            Stream::Stdout => "",
            Stream::Stderr => "! ",
        };
        for line in text.split_inclusive('\n') {
            out.push_str(prefix);
            out.push_str(line);
        }
        if !text.ends_with('\n') {
            out.push_str("\n[no newline]\n");
        }
    }
    if status != 0 {
        let _ = writeln!(out, "[exit {status}]");
    }
    out
}

/// Replays a transcript; returns the file as it should be (with actual outputs).
pub fn replay(text: &str) -> String {
    let (seed, steps) = parse(text);
    let mut session = Session::new(seed);
    session.set_interactive(false);
    let mut actual = String::new();
    for step in steps {
        match step {
            Step::Comment(line) => {
                actual.push_str(&line);
                actual.push('\n');
            }
            Step::Advance(text) => {
                let io = session.advance(duration(&text));
                let _ = writeln!(actual, "@ advance {text}");
                actual.push_str(&render(&io.chunks, 0));
            }
            Step::Command { lines } => {
                let mut chunks = Vec::new();
                for (index, line) in lines.iter().enumerate() {
                    if index == 0 {
                        let _ = writeln!(actual, "$ {line}");
                    } else if line.is_empty() {
                        actual.push_str(">\n");
                    } else {
                        let _ = writeln!(actual, "> {line}");
                    }
                    chunks.extend(session.submit(line).chunks);
                }
                actual.push_str(&render(&chunks, session.last_status()));
            }
        }
    }
    actual
}

fn transcript_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            transcript_files(&path, out);
        } else if path.extension().map(|e| e == "txt").unwrap_or(false) {
            out.push(path);
        }
    }
}

#[test]
fn transcripts() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/transcripts");
    let mut files = Vec::new();
    transcript_files(&root, &mut files);
    assert!(
        !files.is_empty(),
        "no transcripts found under {}",
        root.display()
    );
    let update = std::env::var("UPDATE_EXPECT").is_ok();
    let mut failures = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).expect("readable transcript");
        let actual = replay(&text);
        if actual != text {
            if update {
                std::fs::write(file, &actual).expect("writable transcript");
            } else {
                failures.push(format!(
                    "{}\n---- expected ----\n{text}---- actual ----\n{actual}---- end ----",
                    file.display()
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} transcript(s) differ (UPDATE_EXPECT=1 to re-bless):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn transcripts_are_deterministic() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/transcripts");
    let mut files = Vec::new();
    transcript_files(&root, &mut files);
    for file in files.iter().take(5) {
        let text = std::fs::read_to_string(file).expect("readable transcript");
        assert_eq!(replay(&text), replay(&text), "{}", file.display());
    }
}
