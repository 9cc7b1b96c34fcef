//! bash's command printer (`print_cmd.c`): a function as `type` and `declare -f` show it (four
//! spaces of indentation, `;` after each command of a list but the last, `elif` as `else if`)
//! and a command substitution as bash re-prints it once it has parsed it (`$(a | b)`). The
//! printer keeps bash's state (the indentation to skip, here-document bodies deferred past the
//! operator after their command, whether one was just printed), so its quirks come out too.

use super::syntax::{
    AndOr, AndOrList, CaseTerminator, Compound, CondExpr, HereDocument, Pipeline, Program,
    Redirect, RedirectKind, Separator, SimpleCommand, TimeFormat, Word,
};

const INDENTATION: usize = 4;

#[derive(Default)]
struct Printer<'p> {
    out: String,
    indentation: usize,
    skip_indent: usize,
    in_function: usize,
    printing_connection: usize,
    was_heredoc: bool,
    deferred: Vec<&'p HereDocument>,
}

/// `NAME () { …; }` as `type NAME` and `declare -f NAME` print it (without a final newline).
pub fn function_text(name: &str, body: &SimpleCommand) -> String {
    let mut printer = Printer::default();
    if super::syntax::is_reserved_word(name) {
        printer.put("function ");
    }
    printer.put(name);
    printer.put(" () \n");
    printer.function_body(body, false);
    printer.out
}

/// The commands of `$(…)` or `<(…)` as bash keeps them once parsed (`$(echo a; echo b)`).
pub fn substitution_text(program: &Program) -> String {
    let mut printer = Printer::default();
    printer.list(program);
    printer.flush_deferred("");
    printer.out
}

impl<'p> Printer<'p> {
    fn put(&mut self, text: &str) {
        self.out.push_str(text);
    }

    fn indent(&mut self) {
        let width = self.indentation;
        self.out.extend(std::iter::repeat_n(' ', width));
    }

    fn newline(&mut self, text: &str) {
        self.put("\n");
        self.indent();
        self.put(text);
    }

    /// What every command starts with: its indentation, unless the one before asked to skip it.
    fn start(&mut self) {
        if self.skip_indent > 0 {
            self.skip_indent -= 1;
        } else {
            self.indent();
        }
    }

    fn semicolon(&mut self) {
        if !self.out.ends_with(['&', '\n']) {
            self.put(";");
        }
    }

    /// The body and closing brace of a function (`{ \n` first); `nested` for a definition
    /// inside another function, which bash prints with its own indentation.
    fn function_body(&mut self, body: &'p SimpleCommand, nested: bool) {
        let outer = self.indentation;
        if nested {
            self.indent();
        }
        self.put("{ \n");
        self.in_function += 1;
        self.indentation += INDENTATION;
        let mut redirects: &[Redirect] = &[];
        match body.compound.as_deref() {
            Some(Compound::Group { body: group }) => {
                redirects = &body.redirects;
                self.list(group);
            }
            _ => self.command(body),
        }
        self.flush_deferred("");
        self.indentation = outer;
        self.in_function = self.in_function.saturating_sub(1);
        if redirects.is_empty() {
            self.newline("}");
            self.was_heredoc = false;
        } else {
            self.newline("} ");
            self.redirects(redirects);
        }
    }

    /// A list: its and-or lists joined as bash joins the connections it parsed them into.
    fn list(&mut self, program: &'p Program) {
        let Some(((first, mut separator), rest)) = program.items.split_first() else {
            return;
        };
        let background_end = matches!(program.items.last(), Some((_, Separator::Background)));
        let connections = rest.len() + usize::from(background_end);
        if connections == 0 {
            self.and_or(first);
            return;
        }
        self.start();
        self.skip_indent += 1;
        self.printing_connection += connections;
        self.and_or(first);
        for (list, next) in rest {
            self.connector(separator, true);
            self.and_or(list);
            self.flush_deferred("");
            self.printing_connection = self.printing_connection.saturating_sub(1);
            separator = *next;
        }
        if background_end {
            self.connector(Separator::Background, false);
            self.flush_deferred("");
            self.printing_connection = self.printing_connection.saturating_sub(1);
        }
    }

    fn connector(&mut self, separator: Separator, second: bool) {
        match separator {
            Separator::Background => {
                self.flush_deferred(" &");
                if second {
                    self.put(" ");
                    self.skip_indent += 1;
                }
            }
            Separator::Sequential => {
                if !self.deferred.is_empty() {
                    self.flush_deferred(if self.in_function > 0 { "" } else { ";" });
                } else if self.was_heredoc {
                    self.was_heredoc = false;
                } else {
                    self.put(";");
                }
                if self.in_function > 0 {
                    self.put("\n");
                } else {
                    self.put(" ");
                    self.skip_indent += 1;
                }
            }
        }
    }

    /// bash's `print_deferred_heredocs`: the operator (but a lone `;`), then the bodies of the
    /// here-documents of the command before it.
    fn flush_deferred(&mut self, operator: &str) {
        let shown = !operator.is_empty() && operator != ";";
        if shown {
            self.put(operator);
        }
        if !self.deferred.is_empty() {
            let bodies = std::mem::take(&mut self.deferred);
            self.bodies(&bodies);
            if shown {
                self.put(" ");
            }
        }
    }

    fn bodies(&mut self, here_documents: &[&HereDocument]) {
        self.put("\n");
        for here_document in here_documents {
            self.put(&here_document.body.source);
            self.put(&here_document.delimiter);
            self.put("\n");
        }
        self.was_heredoc = true;
    }

    fn and_or(&mut self, list: &'p AndOrList) {
        if let Some(compound) = &list.compound {
            self.start();
            self.compound(compound);
            return;
        }
        if list.rest.is_empty() {
            self.pipeline(&list.first);
            return;
        }
        self.start();
        self.skip_indent += 1;
        self.printing_connection += list.rest.len();
        self.pipeline(&list.first);
        for (operator, pipeline) in &list.rest {
            self.flush_deferred(match operator {
                AndOr::And => " && ",
                AndOr::Or => " || ",
            });
            self.skip_indent += 1;
            self.pipeline(pipeline);
            self.flush_deferred("");
            self.printing_connection = self.printing_connection.saturating_sub(1);
        }
    }

    fn pipeline(&mut self, pipeline: &'p Pipeline) {
        self.start();
        match pipeline.timed {
            Some(TimeFormat::Bash) => self.put("time "),
            Some(TimeFormat::Posix) => self.put("time -p "),
            None => {}
        }
        if pipeline.negated {
            self.put("! ");
        }
        let Some((first, rest)) = pipeline.commands.split_first() else {
            return;
        };
        if rest.is_empty() {
            self.command_body(first);
            return;
        }
        self.skip_indent += 1;
        self.printing_connection += rest.len();
        self.command(first);
        for command in rest {
            self.flush_deferred(" |");
            self.put(" ");
            self.skip_indent += 1;
            self.command(command);
            self.flush_deferred("");
            self.printing_connection = self.printing_connection.saturating_sub(1);
        }
    }

    fn command(&mut self, command: &'p SimpleCommand) {
        self.start();
        self.command_body(command);
    }

    fn command_body(&mut self, command: &'p SimpleCommand) {
        if let Some(compound) = &command.compound {
            self.compound(compound);
            if !command.redirects.is_empty() {
                self.put(" ");
                self.redirects(&command.redirects);
            }
            return;
        }
        let mut words = SimpleCommand {
            redirects: Vec::new(),
            ..command.clone()
        }
        .to_string();
        if !command.redirects.is_empty() && !words.is_empty() {
            words.push(' ');
        }
        self.put(&words);
        if !command.redirects.is_empty() {
            self.redirects(&command.redirects);
        }
    }

    fn redirects(&mut self, redirects: &'p [Redirect]) {
        self.was_heredoc = false;
        let mut here_documents = Vec::new();
        for (index, redirect) in redirects.iter().enumerate() {
            if index > 0 {
                self.put(" ");
            }
            self.put(&redirect.to_string());
            if let RedirectKind::HereDocument(here_document) = &redirect.kind {
                here_documents.push(here_document);
            }
        }
        if here_documents.is_empty() {
        } else if self.printing_connection > 0 {
            self.deferred = here_documents;
        } else {
            self.bodies(&here_documents);
        }
    }

    /// The body of a loop: `do`, the list one level in, `done`.
    fn loop_body(&mut self, body: &'p Program) {
        self.indentation += INDENTATION;
        self.list(body);
        self.flush_deferred("");
        self.semicolon();
        self.indentation = self.indentation.saturating_sub(INDENTATION);
        self.newline("done");
    }

    fn compound(&mut self, compound: &'p Compound) {
        match compound {
            Compound::For { name, words, body } => {
                self.put(&format!("for {name} in "));
                match words {
                    Some(words) => self.put(&sources(words, " ")),
                    None => self.put("\"$@\""),
                }
                self.put(";");
                self.newline("do\n");
                self.loop_body(body);
            }
            Compound::ArithmeticFor {
                init,
                condition,
                step,
                body,
            } => {
                let part = |word: &Word| {
                    let text = super::syntax::arithmetic_text(word).trim_start();
                    if text.trim().is_empty() { "1" } else { text }.to_string()
                };
                let header = format!(
                    "for (({}; {}; {}))",
                    part(init),
                    part(condition),
                    part(step)
                );
                self.put(&header);
                self.newline("do\n");
                self.loop_body(body);
            }
            Compound::While {
                until,
                condition,
                body,
            } => {
                self.put(if *until { "until " } else { "while " });
                self.skip_indent += 1;
                self.list(condition);
                self.flush_deferred("");
                self.semicolon();
                self.put(" do\n");
                self.indentation += INDENTATION;
                self.list(body);
                self.flush_deferred("");
                self.indentation = self.indentation.saturating_sub(INDENTATION);
                self.semicolon();
                self.newline("done");
            }
            Compound::If {
                branches,
                otherwise,
            } => self.if_command(branches, otherwise.as_ref()),
            Compound::Case { word, items } => {
                self.put(&format!("case {} in ", word.source));
                self.indentation += INDENTATION;
                for item in items {
                    self.newline("");
                    self.put(&sources(&item.patterns, " | "));
                    self.put(")\n");
                    self.indentation += INDENTATION;
                    self.list(&item.body);
                    self.indentation = self.indentation.saturating_sub(INDENTATION);
                    self.flush_deferred("");
                    self.newline(match item.terminator {
                        CaseTerminator::Break => ";;",
                        CaseTerminator::FallThrough => ";&",
                        CaseTerminator::TestNext => ";;&",
                    });
                }
                self.indentation = self.indentation.saturating_sub(INDENTATION);
                self.newline("esac");
            }
            Compound::Group { body } => {
                self.put("{ ");
                if self.in_function == 0 {
                    self.skip_indent += 1;
                } else {
                    self.put("\n");
                    self.indentation += INDENTATION;
                }
                self.list(body);
                self.flush_deferred("");
                if self.in_function == 0 {
                    self.semicolon();
                    self.put(" ");
                } else {
                    self.put("\n");
                    self.indentation = self.indentation.saturating_sub(INDENTATION);
                    self.indent();
                }
                self.put("}");
            }
            Compound::Subshell { body } => {
                self.put("( ");
                self.skip_indent += 1;
                self.list(body);
                self.flush_deferred("");
                self.put(" )");
            }
            Compound::Arithmetic { expression } => {
                let text = format!("(({}))", super::syntax::arithmetic_text(expression));
                self.put(&text);
            }
            Compound::Conditional { expression, .. } => {
                self.put("[[ ");
                self.condition(expression);
                self.put(" ]]");
            }
            Compound::Function { name, body } => {
                self.put(&format!("function {name} () \n"));
                self.function_body(body, true);
            }
        }
    }

    /// `if`; an `elif` is printed as bash keeps it, an `if` in the `else` branch.
    fn if_command(&mut self, branches: &'p [(Program, Program)], otherwise: Option<&'p Program>) {
        let Some(((condition, body), rest)) = branches.split_first() else {
            return;
        };
        self.put("if ");
        self.skip_indent += 1;
        self.list(condition);
        self.semicolon();
        self.put(" then\n");
        self.indentation += INDENTATION;
        self.list(body);
        self.flush_deferred("");
        self.indentation = self.indentation.saturating_sub(INDENTATION);
        if !rest.is_empty() || otherwise.is_some() {
            self.semicolon();
            self.newline("else\n");
            self.indentation += INDENTATION;
            if rest.is_empty() {
                if let Some(otherwise) = otherwise {
                    self.list(otherwise);
                }
            } else {
                self.start();
                self.if_command(rest, otherwise);
            }
            self.flush_deferred("");
            self.indentation = self.indentation.saturating_sub(INDENTATION);
        }
        self.semicolon();
        self.newline("fi");
    }

    fn condition(&mut self, expression: &CondExpr) {
        match expression {
            CondExpr::Not(inner) => {
                self.put("! ");
                self.condition(inner);
            }
            CondExpr::Group(inner) => {
                self.put("( ");
                self.condition(inner);
                self.put(" )");
            }
            CondExpr::All(terms) | CondExpr::Any(terms) => {
                let operator = if matches!(expression, CondExpr::All(_)) {
                    " && "
                } else {
                    " || "
                };
                for (index, term) in terms.iter().enumerate() {
                    if index > 0 {
                        self.put(operator);
                    }
                    self.condition(term);
                }
            }
            CondExpr::Unary(operator, word) => self.put(&format!("{operator} {}", word.source)),
            CondExpr::Binary(left, operator, right) => {
                self.put(&format!("{} {operator} {}", left.source, right.source));
            }
            CondExpr::Word(word) => self.put(&format!("-n {}", word.source)),
        }
    }
}

fn sources(words: &[Word], separator: &str) -> String {
    let sources: Vec<&str> = words.iter().map(|word| word.source.as_str()).collect();
    sources.join(separator)
}
