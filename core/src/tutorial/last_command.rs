//! The learner's last command line, understood the way the shell and kubectl understood it.
//!
//! The text the session recorded is parsed again with the shell's parser (aliases included),
//! each top-level command's words are expanded without side effects (variables are read,
//! `$(kubectl config current-context)` gives the context's name, other command substitutions
//! give nothing), and `kubectl` argument lists go through kubectl's own CLI parser. So `-l env`,
//! `--selector=env` and `--selector env` all read the same; a goal never compares raw text.

use crate::kubectl::cli::{self, Invocation};
use crate::session::Session;
use crate::shell::expand::{self, ExpandContext};
use crate::shell::syntax::{self, ParseOptions, ParseOutcome, Pipeline, Program};

/// One command of the line, after expansion.
#[derive(Debug, Clone)]
pub struct ParsedCommand {
    /// The words as the program received them.
    pub argv: Vec<String>,
    /// For `kubectl`: its parsed command line (`None` when kubectl would reject it).
    pub kubectl: Option<Invocation>,
}

/// The last command line and how it ended.
#[derive(Debug, Clone, Default)]
pub struct LastCommand {
    /// The session's count of command lines (`CommandRecord::number`); 0 for none.
    pub number: u64,
    pub text: String,
    /// `None` while it runs (and when there was none).
    pub status: Option<i32>,
    /// Every command of the line at top level (pipelines and `&&` lists included, the commands
    /// inside `$(…)` not).
    pub commands: Vec<ParsedCommand>,
}

impl LastCommand {
    /// No command at all (nothing typed yet, or nothing since a step began).
    pub fn none() -> LastCommand {
        LastCommand::default()
    }

    /// The session's most recent command line.
    pub fn from_session(session: &Session) -> LastCommand {
        match session.last_command() {
            Some(record) => {
                let mut last = LastCommand::parse(&record.text, record.status, session);
                last.number = record.number;
                last
            }
            None => LastCommand::none(),
        }
    }

    /// Parses a command line as `session`'s shell would (its aliases and variables).
    pub fn parse(text: &str, status: Option<i32>, session: &Session) -> LastCommand {
        let options = ParseOptions {
            end_of_input: true,
            first_line_number: 1,
            aliases: Some(&session.shell.aliases),
        };
        let mut commands = Vec::new();
        if let ParseOutcome::Complete(program) = syntax::parse_with_options(text, &options) {
            collect(&program, session, &mut commands);
        }
        LastCommand {
            number: 0,
            text: text.to_string(),
            status,
            commands,
        }
    }

    /// The kubectl command lines kubectl accepted.
    pub fn kubectl(&self) -> impl Iterator<Item = &Invocation> {
        self.commands
            .iter()
            .filter_map(|command| command.kubectl.as_ref())
    }

    /// The files kubectl commands of the line read with `-f`/`--filename`.
    pub fn filenames(&self) -> Vec<String> {
        self.kubectl()
            .flat_map(|invocation| invocation.flags.strings("filename"))
            .filter(|name| name != "-")
            .collect()
    }
}

fn collect(program: &Program, session: &Session, out: &mut Vec<ParsedCommand>) {
    for (and_or, _) in &program.items {
        if let Some(compound) = &and_or.compound {
            // The commands inside loops, conditionals and groups count too.
            for body in compound.bodies() {
                collect(body, session, out);
            }
            continue;
        }
        let pipelines = std::iter::once(&and_or.first).chain(and_or.rest.iter().map(|(_, p)| p));
        for pipeline in pipelines {
            collect_pipeline(pipeline, session, out);
        }
    }
}

fn collect_pipeline(pipeline: &Pipeline, session: &Session, out: &mut Vec<ParsedCommand>) {
    for command in &pipeline.commands {
        if let Some(compound) = &command.compound {
            for body in compound.bodies() {
                collect(body, session, out);
            }
            continue;
        }
        let mut ctx = ReadOnly { session };
        let Ok(argv) = expand::expand_words(&command.words, &mut ctx) else {
            continue;
        };
        if argv.is_empty() {
            continue;
        }
        let kubectl = match argv.split_first() {
            Some((program, rest)) if program.rsplit('/').next() == Some("kubectl") => {
                match cli::parse(rest) {
                    cli::ParseOutcome::Run(invocation) => Some(invocation),
                    _ => None,
                }
            }
            _ => None,
        };
        out.push(ParsedCommand { argv, kubectl });
    }
}

/// Expansion that reads the session and changes nothing.
struct ReadOnly<'a> {
    session: &'a Session,
}

impl ExpandContext for ReadOnly<'_> {
    fn var(&self, name: &str) -> Option<String> {
        self.session.shell.get_var(name).map(str::to_string)
    }

    fn last_status(&self) -> i32 {
        self.session.last_status()
    }

    fn command_subst(&mut self, program: &Program) -> String {
        // Only the one substitution the chapter uses is answered; running others could change
        // the session.
        let text = program.to_string();
        if text.split_whitespace().collect::<Vec<_>>() == ["kubectl", "config", "current-context"] {
            return self
                .session
                .config
                .current_context
                .clone()
                .unwrap_or_default();
        }
        String::new()
    }

    fn glob(&self, pattern: &str) -> Vec<String> {
        self.session.fs.glob(pattern)
    }

    fn set_var(&mut self, _name: &str, _value: &str) {}

    fn print_error(&mut self, _message: &str) {}
}
