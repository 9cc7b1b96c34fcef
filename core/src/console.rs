//! A terminal's logic without its screen: a [`Console`] joins the [`LineEditor`] (what is typed
//! at the prompt) and the [`Session`] (what runs), and tells a [`Screen`] what to show. The
//! browser terminal and the native `kubeplay` binary both drive one, so keys, type-ahead,
//! Ctrl+C and completion behave the same in both.
//!
//! - A submitted line is echoed after the prompt it was typed at, then run; its output follows.
//! - Lines submitted while a command runs (typed ahead, or later lines of a paste) wait in a
//!   queue and run in order when the prompt returns; Ctrl+C discards them, as a terminal
//!   flushes its input on SIGINT.
//! - Ctrl+C at the prompt abandons the line (`^C`); while a command runs it interrupts it.
//! - Escape followed by a key is that key with Alt (readline's meta prefix), so terminals that
//!   send `ESC b` for Alt+B and the browser's Escape key work alike.
//! - Ctrl+L and the `clear` builtin clear the screen; Ctrl+D on an empty line is reported
//!   ([`Console::end_of_input_requested`]): the native binary leaves, the browser ignores it.
//! - Tab asks the session for completions; a second Tab lists them under the line, as bash does.

pub mod keys;
pub mod tty;

use crate::clock::SimDuration;
use crate::kubectl::{Io, Stream};
use crate::line_editor::{format_candidates, EditorEvent, Key, LineEditor};
use crate::session::{Activity, Input, Session};
use std::collections::VecDeque;

/// Where a [`Console`] shows things. Implementations decide how (a scrollback of rows in the
/// browser, escape sequences in a real terminal).
pub trait Screen {
    /// A line as it was typed at `prompt`, followed by `suffix` (e.g. `^C`) and a line break.
    fn echo(&mut self, prompt: &str, line: &str, suffix: &str);
    /// Output of a command, in the order it was written.
    fn output(&mut self, text: &str, stream: Stream);
    /// Starts a new line unless the cursor is at the start of one (before `^C`).
    fn ensure_line_start(&mut self);
    /// Ctrl+L or `clear`.
    fn clear(&mut self);
    /// The bell rang.
    fn bell(&mut self);
    /// How many columns a line has (for listing completions).
    fn columns(&self) -> usize;
}

/// The terminal's input state: the editor, the lines waiting for the running command, and the
/// pending Escape prefix.
#[derive(Debug, Clone, Default)]
pub struct Console {
    editor: LineEditor,
    /// Lines waiting for the running command to end.
    queued: VecDeque<String>,
    /// Escape was pressed: the next character key is Alt+key.
    escape_pending: bool,
    /// The line as it was before the current key (echoed when Ctrl+C abandons it).
    line_before_key: String,
    /// Ctrl+D was pressed on an empty line at the main prompt.
    end_of_input: bool,
}

impl Console {
    pub fn new(editor: LineEditor) -> Console {
        Console {
            editor,
            ..Console::default()
        }
    }

    pub fn editor(&self) -> &LineEditor {
        &self.editor
    }

    /// The prompt to show (a history search replaces it).
    pub fn prompt(&self, session: &Session) -> String {
        self.editor
            .render()
            .prompt_override
            .unwrap_or_else(|| session.prompt())
    }

    /// Lines waiting for the running command.
    pub fn queued(&self) -> impl Iterator<Item = &String> {
        self.queued.iter()
    }

    /// Whether Escape was pressed and waits for its key.
    pub fn escape_pending(&self) -> bool {
        self.escape_pending
    }

    /// Whether Ctrl+D asked to end the input (and resets the request).
    pub fn take_end_of_input_request(&mut self) -> bool {
        std::mem::take(&mut self.end_of_input)
    }

    /// Whether Ctrl+D asked to end the input.
    pub fn end_of_input_requested(&self) -> bool {
        self.end_of_input
    }

    /// One key from the keyboard (or a touch palette).
    pub fn key(&mut self, session: &mut Session, screen: &mut dyn Screen, key: Key) {
        let key = match (self.escape_pending, key) {
            (true, Key::Char(c)) => {
                self.escape_pending = false;
                Key::Alt(c)
            }
            (true, Key::Backspace) => {
                self.escape_pending = false;
                Key::Alt('\u{7f}')
            }
            (true, Key::Escape) => {
                self.escape_pending = false;
                return;
            }
            (_, Key::Escape) if !self.editor.is_searching() => {
                self.escape_pending = true;
                return;
            }
            (_, key) => {
                self.escape_pending = false;
                key
            }
        };
        if is_busy(session) && matches!(key, Key::Ctrl('c') | Key::Ctrl('C')) {
            self.interrupt_running(session, screen);
            return;
        }
        if let Key::Paste(text) = key {
            self.paste(session, screen, &text);
            return;
        }
        self.update_history_policy(session);
        self.line_before_key = self.editor.line();
        let events = self.editor.handle(key);
        self.run_events(session, screen, events);
    }

    /// Pasted or IME-committed text: each complete line is submitted in order (a here-document
    /// shows its `> ` prompts), the rest stays on the line being typed.
    pub fn paste(&mut self, session: &mut Session, screen: &mut dyn Screen, text: &str) {
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        let mut rest = text.as_str();
        while let Some((line, after)) = rest.split_once('\n') {
            self.update_history_policy(session);
            let events = self.editor.handle(Key::Paste(format!("{line}\n")));
            self.run_events(session, screen, events);
            rest = after;
        }
        if !rest.is_empty() {
            let events = self.editor.handle(Key::Paste(rest.to_string()));
            self.run_events(session, screen, events);
        }
    }

    /// Continuation lines of a loop, conditional, pipe or `&&`/`||` join the command's history
    /// entry as bash's `cmdhist` does (`; ` after a command, a space after `do`, `then`, `|`…);
    /// here-document bodies and quoted lines stay out of the history.
    fn update_history_policy(&mut self, session: &Session) {
        let continuation = !is_busy(session) && session.prompt() == "> ";
        if !continuation {
            self.editor.set_add_submitted_lines_to_history(true);
            return;
        }
        use crate::shell::syntax::IncompleteReason;
        match session.pending_reason() {
            Some(IncompleteReason::Compound | IncompleteReason::Pipe | IncompleteReason::AndOr) => {
                let previous = self
                    .editor
                    .history()
                    .entries()
                    .last()
                    .map(|entry| entry.trim_end().to_string())
                    .unwrap_or_default();
                let joins_with_space = ["|", "&&", "||", ";", "&", "(", "{"]
                    .iter()
                    .any(|end| previous.ends_with(end))
                    || ["do", "then", "else", "elif", "in"].iter().any(|word| {
                        previous
                            .rsplit(|c: char| c.is_whitespace() || c == ';')
                            .next()
                            == Some(*word)
                    });
                let delimiter = if joins_with_space { " " } else { "; " };
                self.editor.extend_history_with_next_line(delimiter);
            }
            _ => self.editor.set_add_submitted_lines_to_history(false),
        }
    }

    fn run_events(
        &mut self,
        session: &mut Session,
        screen: &mut dyn Screen,
        events: Vec<EditorEvent>,
    ) {
        for event in events {
            match event {
                EditorEvent::Submit(line) => self.submit(session, screen, line),
                EditorEvent::Interrupt => {
                    if is_busy(session) {
                        self.interrupt_running(session, screen);
                        continue;
                    }
                    let prompt = session.prompt();
                    // The editor has already emptied the line; echo what it held.
                    let line = std::mem::take(&mut self.line_before_key);
                    screen.echo(&prompt, &line, "^C");
                    // Abandons unfinished input (a here-document) in the shell too, and sets
                    // `$?` to 130.
                    let io = session.interrupt();
                    after_run(session, screen, io);
                }
                EditorEvent::ClearScreen => screen.clear(),
                EditorEvent::CompleteRequest { line, cursor } => {
                    let completion = session.complete(&line, cursor);
                    let more = self
                        .editor
                        .apply_completion(&completion.candidates, completion.word_start);
                    self.run_events(session, screen, more);
                }
                EditorEvent::ShowCandidates(candidates) => {
                    let prompt = session.prompt();
                    let line = self.editor.line();
                    screen.echo(&prompt, &line, "");
                    let listing = format_candidates(&candidates, screen.columns());
                    screen.output(&listing, Stream::Stdout);
                }
                EditorEvent::Bell => screen.bell(),
                // Ctrl+D in a container's shell ends it, as its end of input does.
                EditorEvent::Eof if !is_busy(session) && session.in_container_shell() => {
                    self.submit(session, screen, "exit".to_string());
                }
                EditorEvent::Eof => {
                    if is_busy(session) {
                        // The end of what a command reads from the terminal (`cat > f`).
                        if self.queued.is_empty() && session.reads_terminal() {
                            let io = session.end_of_terminal_input();
                            after_run(session, screen, io);
                            self.drain_queue(session, screen);
                        }
                    } else if session.prompt() == "> " {
                        // Unfinished input (a here-document, an open quote) ends here.
                        screen.echo("> ", "", "");
                        let io = session.end_of_terminal_input();
                        after_run(session, screen, io);
                        self.drain_queue(session, screen);
                    } else {
                        self.end_of_input = true;
                    }
                }
            }
        }
    }

    fn submit(&mut self, session: &mut Session, screen: &mut dyn Screen, line: String) {
        if self.queued.is_empty() && session.reads_terminal() {
            // An answer to the running command (`delete -i`), typed after its question: it
            // is echoed there and is not a command for the history.
            if self.editor.history().newest() == Some(line.as_str()) {
                self.editor.history_mut().replace_newest(None);
            }
            screen.echo("", &line, "");
            let io = session.submit(&line);
            after_run(session, screen, io);
            self.drain_queue(session, screen);
            return;
        }
        if is_busy(session) || !self.queued.is_empty() {
            self.queued.push_back(line);
            return;
        }
        let expanded = run_line(session, screen, &line);
        self.keep_expansion_in_history(&line, expanded);
    }

    /// bash keeps the expanded line in its history, not the `!!` that was typed, and forgets
    /// a line whose expansion failed.
    fn keep_expansion_in_history(&mut self, typed: &str, expansion: Option<Option<String>>) {
        let Some(expanded) = expansion else {
            return;
        };
        if self.editor.history().newest() == Some(typed) {
            self.editor.history_mut().replace_newest(expanded);
        }
    }

    fn interrupt_running(&mut self, session: &mut Session, screen: &mut dyn Screen) {
        self.queued.clear();
        // Discard type-ahead on the line too, as the terminal flushes its input.
        let _ = self.editor.handle(Key::Ctrl('c'));
        screen.ensure_line_start();
        screen.echo("", "", "^C");
        let io = session.interrupt();
        after_run(session, screen, io);
        self.drain_queue(session, screen);
    }

    /// Runs queued lines while the shell is idle.
    fn drain_queue(&mut self, session: &mut Session, screen: &mut dyn Screen) {
        while !is_busy(session) {
            let Some(line) = self.queued.pop_front() else {
                break;
            };
            let expanded = run_line(session, screen, &line);
            self.keep_expansion_in_history(&line, expanded);
        }
    }

    /// Lets `millis` of simulated time pass. Returns whether anything visible changed.
    pub fn advance(&mut self, session: &mut Session, screen: &mut dyn Screen, millis: i64) -> bool {
        if millis <= 0 {
            return false;
        }
        let busy_before = is_busy(session);
        let io = session.advance(SimDuration::from_millis(millis));
        let changed = !io.is_empty() || busy_before != is_busy(session);
        after_run(session, screen, io);
        self.drain_queue(session, screen);
        changed
    }

    /// Jumps the clock to the next scheduled event (a pod starting, a `sleep` ending).
    /// Returns false when nothing is scheduled.
    pub fn skip_to_next_event(&mut self, session: &mut Session, screen: &mut dyn Screen) -> bool {
        match session.next_event_time() {
            Some(next) => {
                let millis = next.since(session.cluster.now()).as_millis().max(1);
                self.advance(session, screen, millis);
                true
            }
            None => false,
        }
    }

    /// The terminal's editor closed (`vi pod.yaml`, `kubectl edit`): `saved` is what it
    /// saved, `None` when it quit without saving. The command goes on.
    pub fn finish_edit(
        &mut self,
        session: &mut Session,
        screen: &mut dyn Screen,
        saved: Option<String>,
    ) {
        let io = session.finish_edit(saved);
        after_run(session, screen, io);
        self.drain_queue(session, screen);
    }

    /// Puts a command on the line for the learner (it stays editable).
    pub fn set_line(&mut self, line: &str) {
        self.editor.set_line(line);
    }

    /// Forgets the lines waiting for a session that is being replaced.
    pub fn clear_queue(&mut self) {
        self.queued.clear();
    }

    /// Replays a session's journal, showing every prompt and output as it was.
    pub fn replay(session: &mut Session, screen: &mut dyn Screen, inputs: &[Input]) {
        for input in inputs {
            let prompt = session.prompt();
            let answer = session.reads_terminal();
            match input {
                Input::Line(line) if answer => screen.echo("", line, ""),
                Input::Line(line) => screen.echo(&prompt, line, ""),
                Input::Interrupt => {
                    screen.ensure_line_start();
                    screen.echo("", "", "^C");
                }
                Input::EndOfInput if !answer => screen.echo(&prompt, "", ""),
                Input::EndOfInput | Input::Advance(_) | Input::Edit(_) => {}
            }
            session.set_terminal_columns(screen.columns());
            let io = session.apply(input);
            after_run(session, screen, io);
        }
    }
}

fn is_busy(session: &Session) -> bool {
    session.activity() == Activity::Busy
}

/// Echoes and runs a line; returns its history expansion, if it had one.
fn run_line(session: &mut Session, screen: &mut dyn Screen, line: &str) -> Option<Option<String>> {
    session.set_terminal_columns(screen.columns());
    let prompt = session.prompt();
    screen.echo(&prompt, line, "");
    let io = session.submit(line);
    after_run(session, screen, io);
    session.take_history_expansion()
}

/// Shows output, honouring `clear`.
fn after_run(session: &mut Session, screen: &mut dyn Screen, io: Io) {
    if session.take_clear_request() {
        screen.clear();
    }
    for (stream, text) in &io.chunks {
        screen.output(text, *stream);
    }
}

#[cfg(test)]
mod tests;
