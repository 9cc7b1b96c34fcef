//! Tutorials against sessions: preparing a session at any step, following a learner through the
//! steps, and the verifier that proves every step.
//!
//! Files are written through the shell (`cat > name <<'KUBEPLAY_EOF'`), so they are part of the
//! session's journal and a saved session replays them. The verifier works like the native binary
//! without a TTY: time passes only through commands (`sleep`, `kubectl wait`, waiting deletes)
//! and a step's `advance`. For each step it checks that the goal is false before the solution,
//! that every solution line exits 0, that the goal is true afterwards, that no mistake claims
//! the correct solution, and that each mistake's `example` triggers it (on a separate session
//! prepared to that step).

use super::last_command::LastCommand;
use super::{Mistake, Step, Tutorial};
use crate::session::{Activity, Session};
use std::collections::BTreeMap;
use std::fmt;

/// The here-document delimiter used to write tutorial files.
const FILE_DELIMITER: &str = "KUBEPLAY_EOF";

/// Submits one (possibly multi-line) command and, in an interactive session, waits for it
/// (simulated time passes, journaled). Returns its exit status (`None` if it did not complete).
pub fn run_command(session: &mut Session, command: &str) -> Option<i32> {
    let before = session.last_command().map(|record| record.number);
    for line in command.lines() {
        session.submit(line);
    }
    if session.activity() == Activity::Busy {
        session.wait_until_idle();
    }
    match session.last_command() {
        Some(record) if Some(record.number) != before => record.status,
        _ => None,
    }
}

/// The shell command that writes `content` to `name` (relative to the home directory).
pub fn file_command(name: &str, content: &str) -> String {
    let mut command = String::new();
    let path = format!("~/{name}");
    if let Some((dir, _)) = name.rsplit_once('/') {
        command.push_str(&format!("mkdir -p ~/{dir} && "));
    }
    command.push_str(&format!("cat > {path} <<'{FILE_DELIMITER}'\n"));
    command.push_str(content);
    if !content.ends_with('\n') {
        command.push('\n');
    }
    command.push_str(FILE_DELIMITER);
    command
}

/// Writes files into the session through its shell; the names of those that failed.
pub fn write_files(session: &mut Session, files: &BTreeMap<String, String>) -> Vec<String> {
    files
        .iter()
        .filter(|(name, content)| {
            content.lines().any(|line| line == FILE_DELIMITER)
                || run_command(session, &file_command(name, content)) != Some(0)
        })
        .map(|(name, _)| name.clone())
        .collect()
}

/// Something went wrong while preparing a session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrepareError {
    /// `setup`, or the id of the step whose solution failed.
    pub at: String,
    pub reason: String,
}

impl fmt::Display for PrepareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.at, self.reason)
    }
}

impl Tutorial {
    /// A fresh session with the tutorial's seed, files and setup: the state its first step
    /// starts from.
    pub fn start(&self, interactive: bool) -> Result<Session, PrepareError> {
        let mut session = Session::new(self.seed);
        session.set_interactive(interactive);
        let failed = write_files(&mut session, &self.files);
        if let Some(name) = failed.first() {
            return Err(PrepareError {
                at: "setup".into(),
                reason: format!("could not write {name}"),
            });
        }
        for command in &self.setup {
            let status = run_command(&mut session, command);
            if status != Some(0) {
                return Err(PrepareError {
                    at: "setup".into(),
                    reason: format!("`{command}` exited with {status:?}"),
                });
            }
        }
        Ok(session)
    }

    /// A session prepared so a learner can start at step `index`: the tutorial's setup, then
    /// every earlier step's files, solution and `advance`, then step `index`'s files.
    pub fn session_at(&self, index: usize, interactive: bool) -> Result<Session, PrepareError> {
        let mut session = self.start(interactive)?;
        for step in self.steps.iter().take(index) {
            step.enter(&mut session).map_err(|reason| PrepareError {
                at: step.id.clone(),
                reason,
            })?;
            step.solve(&mut session).map_err(|reason| PrepareError {
                at: step.id.clone(),
                reason,
            })?;
        }
        if let Some(step) = self.steps.get(index) {
            step.enter(&mut session).map_err(|reason| PrepareError {
                at: step.id.clone(),
                reason,
            })?;
        }
        Ok(session)
    }

    /// A step by id.
    pub fn step(&self, id: &str) -> Option<&Step> {
        self.steps.iter().find(|step| step.id == id)
    }
}

/// A step's state for a front end.
#[derive(Debug, Clone, PartialEq)]
pub struct StepCheck<'t> {
    pub done: bool,
    /// The first anticipated mistake that matches (only when not done).
    pub mistake: Option<&'t Mistake>,
}

impl Step {
    /// What a front end does when the learner reaches the step: write its files.
    pub fn enter(&self, session: &mut Session) -> Result<(), String> {
        match write_files(session, &self.files).first() {
            Some(name) => Err(format!("could not write {name}")),
            None => Ok(()),
        }
    }

    /// Runs the solution (every line must exit 0), then lets `advance` pass.
    pub fn solve(&self, session: &mut Session) -> Result<(), String> {
        for command in &self.solution {
            let status = run_command(session, command);
            if status != Some(0) {
                return Err(format!("solution `{command}` exited with {status:?}"));
            }
        }
        if let Some(advance) = self.advance {
            session.advance(advance);
        }
        Ok(())
    }

    /// The goal's status and, when not done, the first mistake that matches.
    pub fn check<'t>(&'t self, session: &Session, last: &LastCommand) -> StepCheck<'t> {
        let done = self.goal.check(session, last);
        let mistake = if done {
            None
        } else {
            self.mistakes
                .iter()
                .find(|mistake| mistake.when.check(session, last))
        };
        StepCheck { done, mistake }
    }
}

/// What `Progress::observe` noticed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Observation {
    /// The step (index) that was just completed.
    pub completed: Option<usize>,
    /// A mistake (step index, mistake index) the last command made, reported once per command.
    pub mistake: Option<(usize, usize)>,
}

/// A learner's way through one tutorial, for a front end: which step is current, which are
/// done. Call `observe` after each command and whenever time passes; goals on the last command
/// only see commands typed since the current step began. The next step's files are written
/// (through the shell) only while nothing runs in the foreground, never into a running command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Progress {
    pub current: usize,
    pub done: Vec<bool>,
    /// Whether the current step's files have been written and its commands count.
    entered: bool,
    /// The last command number seen when the current step began.
    step_began_after: u64,
    /// The last command number a mistake was looked for.
    last_judged: u64,
}

impl Progress {
    /// Starts at step `index` of `tutorial` in `session`, prepared by `session_at(index, …)`
    /// (which has written the step's files already).
    pub fn new(tutorial: &Tutorial, index: usize, session: &Session) -> Progress {
        let number = session.last_command().map(|r| r.number).unwrap_or(0);
        let mut done = vec![false; tutorial.steps.len()];
        for flag in done.iter_mut().take(index) {
            *flag = true;
        }
        Progress {
            current: index.min(tutorial.steps.len()),
            done,
            entered: true,
            step_began_after: number,
            last_judged: number,
        }
    }

    /// Whether the current step has begun (its files written); `false` while it waits for a
    /// running command to end.
    pub fn entered(&self) -> bool {
        self.entered
    }

    /// Whether every step is done.
    pub fn finished(&self) -> bool {
        self.done.iter().all(|done| *done)
    }

    /// The learner's last command as the current step sees it (nothing before it began).
    pub fn last_command(&self, session: &Session) -> LastCommand {
        let last = LastCommand::from_session(session);
        if last.number <= self.step_began_after {
            LastCommand::none()
        } else {
            last
        }
    }

    /// Checks the current step; moves on when its goal holds. Reports a mistake at most once
    /// per command.
    pub fn observe(&mut self, tutorial: &Tutorial, session: &mut Session) -> Observation {
        let mut observation = Observation::default();
        let Some(step) = tutorial.steps.get(self.current) else {
            return observation;
        };
        if !self.entered && !self.observe_entry(tutorial, session) {
            return observation;
        }
        let last = self.last_command(session);
        let check = step.check(session, &last);
        if check.done {
            if let Some(flag) = self.done.get_mut(self.current) {
                *flag = true;
            }
            observation.completed = Some(self.current);
            self.current += 1;
            self.entered = false;
            let number = session.last_command().map(|r| r.number).unwrap_or(0);
            self.step_began_after = number;
            self.last_judged = number;
            // Enter the next step at once when the shell is free (else on a later call).
            self.observe_entry(tutorial, session);
            return observation;
        }
        if last.number > self.last_judged && last.status.is_some() {
            self.last_judged = last.number;
            if let Some(mistake) = check.mistake {
                let index = step
                    .mistakes
                    .iter()
                    .position(|m| std::ptr::eq(m, mistake))
                    .unwrap_or(0);
                observation.mistake = Some((self.current, index));
            }
        }
        observation
    }

    /// Writes the current step's files if it has not been entered and the shell is free.
    fn observe_entry(&mut self, tutorial: &Tutorial, session: &mut Session) -> bool {
        if self.entered || session.activity() == Activity::Busy {
            return false;
        }
        let Some(step) = tutorial.steps.get(self.current) else {
            return false;
        };
        let _ = step.enter(session);
        let number = session.last_command().map(|r| r.number).unwrap_or(0);
        self.entered = true;
        self.step_began_after = number;
        self.last_judged = number;
        true
    }

    /// Jumps to step `index` (the caller prepares the session with `session_at`).
    pub fn jump(&mut self, tutorial: &Tutorial, index: usize, session: &Session) {
        *self = Progress::new(tutorial, index, session);
    }
}

/// The verifier's verdict on one step (or on the setup).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepReport {
    pub tutorial: String,
    /// The step id, or `setup`.
    pub step: String,
    /// Empty when the step is proven.
    pub problems: Vec<String>,
}

impl StepReport {
    pub fn ok(&self) -> bool {
        self.problems.is_empty()
    }
}

impl fmt::Display for StepReport {
    /// `ok   3.2/create-pod` or `FAIL 3.2/create-pod: why; why`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.ok() {
            write!(f, "ok   {}/{}", self.tutorial, self.step)
        } else {
            write!(
                f,
                "FAIL {}/{}: {}",
                self.tutorial,
                self.step,
                self.problems.join("; ")
            )
        }
    }
}

/// Replays the tutorial on a fresh non-interactive session and proves each step.
pub fn verify(tutorial: &Tutorial) -> Vec<StepReport> {
    let report = |step: &str, problems: Vec<String>| StepReport {
        tutorial: tutorial.id.clone(),
        step: step.to_string(),
        problems,
    };
    let mut session = match tutorial.start(false) {
        Ok(session) => session,
        Err(error) => return vec![report("setup", vec![error.to_string()])],
    };
    let mut reports = Vec::with_capacity(tutorial.steps.len());
    for (index, step) in tutorial.steps.iter().enumerate() {
        let mut problems = Vec::new();
        if let Err(reason) = step.enter(&mut session) {
            problems.push(reason);
        }
        let before = LastCommand::from_session(&session);
        if step.goal.check(&session, &before) {
            problems.push(format!(
                "the goal already holds before the solution ({})",
                step.goal
            ));
        }
        if let Err(reason) = step.solve(&mut session) {
            problems.push(reason);
        }
        let after = LastCommand::from_session(&session);
        if !step.goal.check(&session, &after) {
            problems.push(format!(
                "the goal does not hold after the solution ({})",
                step.goal
            ));
        }
        for mistake in &step.mistakes {
            if mistake.when.check(&session, &after) {
                problems.push(format!(
                    "mistake `{}` matches the correct solution",
                    mistake.id
                ));
            }
            if !mistake.example.is_empty() {
                problems.extend(check_example(tutorial, index, step, mistake));
            }
        }
        reports.push(report(&step.id, problems));
    }
    reports
}

/// Runs a mistake's example on a session prepared to the step; it must trigger the mistake
/// and leave the goal unmet.
fn check_example(
    tutorial: &Tutorial,
    index: usize,
    step: &Step,
    mistake: &Mistake,
) -> Option<String> {
    let mut session = match tutorial.session_at(index, false) {
        Ok(session) => session,
        Err(error) => return Some(format!("mistake `{}`: {error}", mistake.id)),
    };
    for command in &mistake.example {
        run_command(&mut session, command);
    }
    let last = LastCommand::from_session(&session);
    if !mistake.when.check(&session, &last) {
        return Some(format!(
            "mistake `{}`: its example does not trigger it ({})",
            mistake.id, mistake.when
        ));
    }
    if step.goal.check(&session, &last) {
        return Some(format!(
            "mistake `{}`: its example already reaches the goal",
            mistake.id
        ));
    }
    None
}
