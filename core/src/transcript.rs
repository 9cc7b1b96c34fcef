//! Golden transcripts: shell sessions with their exact expected output, as text.
//!
//! Format (one line each):
//!
//! ```text
//! # seed: 7                      (optional; default 1)
//! # histexpand                   (optional: bash's history expansion, as when interactive)
//! # any other comment
//! @ advance 30s                  (moves the simulated clock: ms, s, m, h)
//! $ kubectl get pods             (a command; `> ` lines right after continue it)
//! NAME   READY ...               (expected stdout)
//! ! Error from server ...        (expected stderr, prefixed "! ")
//! [exit 1]                       (the exit status, when not 0)
//! ~ vi pod.yaml                  (a command opened the editor: its program and file, then
//! ~ apiVersion: v1                the text it opened with, each line after `~ `)
//! @ save                         (the editor saves the `| ` lines that follow and closes)
//! | apiVersion: v1
//! @ sed s/kubia/kubia-v2/        (…saves the opened text through a sed script)
//! @ quit                         (…closes without saving; `@ advance` while it is open
//!                                  shows it again, as `watch` redraws)
//! ```
//!
//! `replay` runs a transcript in a fresh non-interactive session and returns the file as it
//! should be; a transcript passes when that equals its text. Used by the native tests, the
//! wasm parity test and tutorial authors.

use crate::clock::SimDuration;
use crate::kubectl::Stream;
use crate::session::Session;
use std::fmt::Write as _;

/// One step of a transcript.
pub enum Step {
    /// A comment or blank line, kept as written.
    Comment(String),
    /// `@ advance <duration>`.
    Advance(String),
    /// A command and its continuation lines (the expected output is the file itself).
    Command { lines: Vec<String> },
    /// What the editor a command opened does before it closes.
    Edit(EditStep),
}

/// How a transcript closes the editor.
pub enum EditStep {
    /// `@ save` and its `| ` lines.
    Save(String),
    /// `@ sed SCRIPT`: the opened text through the script.
    Sed(String),
    /// `@ quit`.
    Quit,
}

/// Splits a transcript into its seed and steps.
pub fn parse(text: &str) -> (u64, Vec<Step>) {
    let mut seed = 1;
    let mut steps = Vec::new();
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        if let Some(rest) = line.strip_prefix("# seed:") {
            seed = rest.trim().parse().unwrap_or(1);
            steps.push(Step::Comment(line.to_string()));
        } else if line.starts_with('#') || line.trim().is_empty() {
            steps.push(Step::Comment(line.to_string()));
        } else if let Some(duration) = line.strip_prefix("@ advance ") {
            steps.push(Step::Advance(duration.trim().to_string()));
        } else if line == "@ save" {
            let mut text = String::new();
            while let Some(saved) = lines.peek().and_then(|next| {
                next.strip_prefix("| ")
                    .or_else(|| (*next == "|").then_some(""))
            }) {
                text.push_str(saved);
                text.push('\n');
                lines.next();
            }
            steps.push(Step::Edit(EditStep::Save(text)));
        } else if let Some(script) = line.strip_prefix("@ sed ") {
            steps.push(Step::Edit(EditStep::Sed(script.to_string())));
        } else if line == "@ quit" {
            steps.push(Step::Edit(EditStep::Quit));
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
            // Output lines without a command before them are dropped (and so reported by a
            // mismatch when the file is compared with its replay).
        }
    }
    (seed, steps)
}

/// `30s`, `500ms`, `5m`, `1h` (unknown units count as seconds).
pub fn duration(text: &str) -> SimDuration {
    let split = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let number: i64 = number.parse().unwrap_or(0);
    SimDuration::from_millis(match unit {
        "ms" => number,
        "s" | "" => number * 1000,
        "m" => number * 60_000,
        "h" => number * 3_600_000,
        _ => number * 1000,
    })
}

/// Renders a command's output the way transcripts write it.
pub fn render(chunks: &[(Stream, String)], status: i32) -> String {
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
    session.set_history_expansion(text.lines().any(|line| line.trim() == "# histexpand"));
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
                // What an open editor shows now (`watch` redraws as time passes).
                if session.edit_request().is_some() {
                    render_ending(&session, &io.chunks, &mut actual);
                } else {
                    actual.push_str(&render(&io.chunks, 0));
                }
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
                render_ending(&session, &chunks, &mut actual);
            }
            Step::Edit(step) => {
                let opened = session.edit_request().map(|request| request.text.clone());
                let saved = match step {
                    EditStep::Save(text) => {
                        actual.push_str("@ save\n");
                        for line in text.lines() {
                            actual.push_str(if line.is_empty() { "|" } else { "| " });
                            actual.push_str(line);
                            actual.push('\n');
                        }
                        Some(text)
                    }
                    EditStep::Sed(script) => {
                        let _ = writeln!(actual, "@ sed {script}");
                        let edited =
                            crate::shell::sed_edit_text(&script, &opened.unwrap_or_default());
                        match edited {
                            Ok(text) => Some(text),
                            Err(error) => {
                                let _ = writeln!(actual, "[sed failed: {}]", error.trim_end());
                                None
                            }
                        }
                    }
                    EditStep::Quit => {
                        actual.push_str("@ quit\n");
                        None
                    }
                };
                let io = session.finish_edit(saved);
                render_ending(&session, &io.chunks, &mut actual);
            }
        }
    }
    actual
}

/// A command's output, then the editor it opened (`~ ` lines) or its exit status.
fn render_ending(session: &Session, chunks: &[(Stream, String)], actual: &mut String) {
    match session.edit_request() {
        Some(request) => {
            actual.push_str(&render(chunks, 0));
            let _ = writeln!(actual, "~ {} {}", request.program, request.path);
            for line in request.text.lines() {
                let _ = writeln!(actual, "{}", format!("~ {line}").trim_end_matches(' '));
            }
        }
        None => actual.push_str(&render(chunks, session.last_status())),
    }
}
