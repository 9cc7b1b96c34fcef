//! Guided tutorials as data: loading `tutorials/<id>.yaml`, checking a learner's progress, and
//! proving that every step's solution solves it.
//!
//! A tutorial is a YAML file (schema in `tutorials/README.md`) read strictly: unknown fields,
//! missing fields, wrong types, unknown kinds, bad selectors and durations are a
//! [`TutorialError`] naming the file and what is wrong, never a panic. The built-in tutorials
//! (one per section of chapter 3) are embedded LZMA-packed (`crate::packed`, [`builtin`]).
//!
//! * [`goal`]: the closed set of things a step can ask for, checked against a
//!   [`Session`](crate::session::Session) and the learner's [`LastCommand`], never against the
//!   raw typed text and never against generated names;
//! * [`last_command`]: the last command line, parsed with the shell's parser and kubectl's CLI
//!   table;
//! * [`run`]: preparing a session at any step, following a learner's progress ([`Progress`]),
//!   and the verifier ([`verify`]) that replays every solution on a fresh seeded session.
//!
//! This module knows nothing about how a front end shows a step (Markdown rendering, panes);
//! it hands out the texts and the status.

pub mod goal;
pub mod last_command;
pub mod run;
mod schema;

#[cfg(test)]
mod tests;

pub use goal::{CommandQuery, FileQuery, Goal, ObjectQuery, StatusWanted};
pub use last_command::{LastCommand, ParsedCommand};
pub use run::{verify, Observation, PrepareError, Progress, StepCheck, StepReport};

use crate::clock::SimDuration;
use std::collections::BTreeMap;
use std::fmt;

/// A language the tutorials are written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Lang {
    Ja,
    En,
}

/// A text in every language of the tutorials (Markdown for step texts).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    pub ja: String,
    pub en: String,
}

impl Text {
    /// The text in one language.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Ja => &self.ja,
            Lang::En => &self.en,
        }
    }
}

/// One tutorial: a section of the chapter.
#[derive(Debug, Clone, PartialEq)]
pub struct Tutorial {
    /// `3.1`: the chapter section it follows.
    pub id: String,
    pub title: Text,
    /// The cluster's seed (`Session::new(seed)`); 1 when the file does not say.
    pub seed: u64,
    /// Files written to the learner's home directory before `setup` runs (name → content).
    pub files: BTreeMap<String, String>,
    /// Command lines that prepare the state the section starts from (may be multi-line).
    pub setup: Vec<String>,
    pub steps: Vec<Step>,
}

/// One step of a tutorial.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    /// Unique within the tutorial (`create-pod`); reports say `3.2/create-pod`.
    pub id: String,
    /// The subsection it belongs to (`3.2.1`), if any.
    pub section: Option<String>,
    pub title: Text,
    /// What to do and why (Markdown, with the commands in code blocks).
    pub text: Text,
    pub hint: Text,
    /// Command lines that solve the step (a line may hold a here-document).
    pub solution: Vec<String>,
    /// Files the step adds to the home directory when it starts.
    pub files: BTreeMap<String, String>,
    /// Simulated time the verifier lets pass after the solution, before checking the goal.
    pub advance: Option<SimDuration>,
    pub goal: Goal,
    /// Anticipated wrong turns, with what to explain.
    pub mistakes: Vec<Mistake>,
}

/// An anticipated failure and its explanation.
#[derive(Debug, Clone, PartialEq)]
pub struct Mistake {
    pub id: String,
    /// When it applies (evaluated like a goal, typically on the last command).
    pub when: Goal,
    pub explain: Text,
    /// Command lines that make the mistake; the verifier checks `when` matches after them.
    pub example: Vec<String>,
}

/// Why a tutorial file could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TutorialError {
    /// The file name (`3.1.yaml`).
    pub file: String,
    /// 1-based line of the problem when the YAML reader knows it.
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub kind: TutorialErrorKind,
}

/// What is wrong with a tutorial file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TutorialErrorKind {
    /// Not YAML (with the line and column of the error), or too large.
    Syntax(String),
    /// Not the schema (unknown or missing field, wrong type) or meaningless: `at` names the
    /// place (`steps[2] (label).goal.exists.kind`; empty for the top of the file).
    Invalid { at: String, reason: String },
}

impl fmt::Display for TutorialError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        match &self.kind {
            TutorialErrorKind::Syntax(message) => write!(f, ": {message}"),
            TutorialErrorKind::Invalid { at, reason } if at.is_empty() => write!(f, ": {reason}"),
            TutorialErrorKind::Invalid { at, reason } => write!(f, ": {at}: {reason}"),
        }
    }
}

impl std::error::Error for TutorialError {}

/// Largest tutorial file accepted (a guard against hostile input; ours are a few KB).
const MAX_FILE_BYTES: usize = 1024 * 1024;

/// Reads one tutorial file; `file` names it in errors.
pub fn load(file: &str, text: &str) -> Result<Tutorial, TutorialError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(TutorialError {
            file: file.to_string(),
            line: None,
            column: None,
            kind: TutorialErrorKind::Syntax(format!(
                "the file is larger than {MAX_FILE_BYTES} bytes"
            )),
        });
    }
    schema::load(file, text)
}

/// The built-in tutorials' files (`tutorials/*.yaml`, embedded packed), in order:
/// `(file name, text)`.
pub fn builtin_files() -> &'static [(&'static str, &'static str)] {
    crate::packed::tutorial_files()
}

/// Every built-in tutorial, in order; a malformed one is an `Err` and does not affect the others.
pub fn builtin() -> Vec<Result<Tutorial, TutorialError>> {
    builtin_files()
        .iter()
        .map(|(file, text)| load(file, text))
        .collect()
}

/// Parses a duration as tutorials write it: `30s`, `2m`, `1m30s`, `500ms`, `1h`.
pub fn parse_duration(text: &str) -> Option<SimDuration> {
    let mut total: i64 = 0;
    let mut rest = text.trim();
    if rest.is_empty() {
        return None;
    }
    while !rest.is_empty() {
        let digits = rest
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(rest.len());
        let number: i64 = rest.get(..digits)?.parse().ok()?;
        rest = rest.get(digits..)?;
        let unit_len = rest
            .find(|c: char| c.is_ascii_digit())
            .unwrap_or(rest.len());
        let unit = rest.get(..unit_len)?;
        rest = rest.get(unit_len..)?;
        let millis = match unit {
            "ms" => 1,
            "s" => 1_000,
            "m" => 60_000,
            "h" => 3_600_000,
            _ => return None,
        };
        total = total.checked_add(number.checked_mul(millis)?)?;
    }
    Some(SimDuration::from_millis(total))
}
