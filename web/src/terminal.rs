//! The terminal's logic without the DOM: a [`Console`] joins the core's `LineEditor` (what is
//! typed at the prompt) and `Session` (what runs) and writes what happens into the
//! [`Scrollback`].
//!
//! - A submitted line is echoed after the prompt it was typed at, then run; its output follows.
//! - Lines submitted while a command runs (typed ahead, or later lines of a paste) wait in a
//!   queue and run in order when the prompt returns; Ctrl+C discards them, as a terminal
//!   flushes its input on SIGINT.
//! - Ctrl+C at the prompt abandons the line (`^C`); while a command runs it interrupts it.
//! - Ctrl+L and the `clear` builtin clear the screen; Ctrl+D does nothing (there is no shell
//!   to leave).
//! - A restored or shared session is rebuilt by replaying its journal, drawing each input's
//!   prompt and output as they were.

use crate::ansi::Source;
use crate::scrollback::Scrollback;
use kubeplay_core::clock::SimDuration;
use kubeplay_core::kubectl::{Io, Stream};
use kubeplay_core::line_editor::{format_candidates, EditorEvent, History, Key, LineEditor};
use kubeplay_core::session::{Activity, Input, Session};
use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

/// Characters of the last output kept for screen readers.
const ANNOUNCE_MAX_CHARS: usize = 1200;

/// The terminal's state.
pub struct Console {
    /// Shared with the panes that show the cluster (read-only there).
    pub session: Rc<RefCell<Session>>,
    pub editor: LineEditor,
    pub scrollback: Scrollback,
    /// Lines waiting for the running command to end.
    queued: VecDeque<String>,
    /// Escape was pressed: the next character key is Alt+key (readline's meta prefix).
    escape_pending: bool,
    /// Plain text of the latest output, for the `aria-live` region.
    announcement: String,
    /// Bumped when the bell rings (the view flashes).
    bell: u64,
    /// The line as it was before the current key (echoed when Ctrl+C abandons it).
    line_before_key: String,
}

impl Console {
    /// A fresh session.
    pub fn new(seed: u64) -> Console {
        Console::with_session(Session::new(seed), LineEditor::new())
    }

    fn with_session(session: Session, editor: LineEditor) -> Console {
        Console {
            session: Rc::new(RefCell::new(session)),
            editor,
            scrollback: Scrollback::default(),
            queued: VecDeque::new(),
            escape_pending: false,
            announcement: String::new(),
            bell: 0,
            line_before_key: String::new(),
        }
    }

    /// Rebuilds a session by replaying `inputs`, drawing every prompt and output again, with
    /// the editor history given (the lines typed before).
    pub fn replay(seed: u64, inputs: &[Input], history: Vec<String>, columns: usize) -> Console {
        let editor = LineEditor::with_history(History::from_entries(
            history,
            kubeplay_core::line_editor::DEFAULT_HISTORY_MAX_SIZE,
        ));
        let mut console = Console::with_session(Session::new(seed), editor);
        console.scrollback.set_columns(columns);
        for input in inputs {
            let prompt = console.session.borrow().prompt();
            match input {
                Input::Line(line) => console.echo(&prompt, line, ""),
                Input::Interrupt => {
                    console.scrollback.ensure_line_start();
                    console.scrollback.push_plain("^C\n", Source::Echo);
                }
                Input::Advance(_) => {}
            }
            let io = console.session.borrow_mut().apply(input);
            console.after_run(io);
        }
        console.announcement.clear();
        console
    }

    pub fn is_busy(&self) -> bool {
        self.session.borrow().activity() == Activity::Busy
    }

    /// The prompt to show (a history search replaces it).
    pub fn prompt(&self) -> String {
        self.editor
            .render()
            .prompt_override
            .unwrap_or_else(|| self.session.borrow().prompt())
    }

    pub fn announcement(&self) -> &str {
        &self.announcement
    }

    pub fn bell(&self) -> u64 {
        self.bell
    }

    /// Lines waiting for the running command.
    pub fn queued(&self) -> impl Iterator<Item = &String> {
        self.queued.iter()
    }

    /// Whether Escape was pressed and waits for its key.
    pub fn escape_pending(&self) -> bool {
        self.escape_pending
    }

    /// One key from the keyboard (or the touch palette).
    pub fn key(&mut self, key: Key) {
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
        if self.is_busy() && matches!(key, Key::Ctrl('c') | Key::Ctrl('C')) {
            self.interrupt_running();
            return;
        }
        if let Key::Paste(text) = key {
            self.paste(&text);
            return;
        }
        self.update_history_policy();
        self.line_before_key = self.editor.line();
        let events = self.editor.handle(key);
        self.run_events(events);
    }

    /// Pasted or IME-committed text: each complete line is submitted in order (a here-document
    /// shows its `> ` prompts), the rest stays on the line being typed.
    pub fn paste(&mut self, text: &str) {
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        let mut rest = text.as_str();
        while let Some((line, after)) = rest.split_once('\n') {
            self.update_history_policy();
            let events = self.editor.handle(Key::Paste(format!("{line}\n")));
            self.run_events(events);
            rest = after;
        }
        if !rest.is_empty() {
            let events = self.editor.handle(Key::Paste(rest.to_string()));
            self.run_events(events);
        }
    }

    /// Continuation lines (here-document bodies) stay out of the editor's history.
    fn update_history_policy(&mut self) {
        let continuation = !self.is_busy() && self.session.borrow().prompt() == "> ";
        self.editor
            .set_add_submitted_lines_to_history(!continuation);
    }

    fn run_events(&mut self, events: Vec<EditorEvent>) {
        for event in events {
            match event {
                EditorEvent::Submit(line) => self.submit(line),
                EditorEvent::Interrupt => {
                    if self.is_busy() {
                        self.interrupt_running();
                        continue;
                    }
                    let prompt = self.session.borrow().prompt();
                    // The editor has already emptied the line; echo what it held.
                    let line = std::mem::take(&mut self.line_before_key);
                    self.echo(&prompt, &line, "^C");
                    // Abandons unfinished input (a here-document) in the shell too.
                    if prompt == "> " {
                        let io = self.session.borrow_mut().interrupt();
                        self.after_run(io);
                    }
                }
                EditorEvent::ClearScreen => self.scrollback.clear(),
                EditorEvent::CompleteRequest { line, cursor } => {
                    let completion = self.session.borrow().complete(&line, cursor);
                    let more = self
                        .editor
                        .apply_completion(&completion.candidates, completion.word_start);
                    self.run_events(more);
                }
                EditorEvent::ShowCandidates(candidates) => {
                    let prompt = self.session.borrow().prompt();
                    let line = self.editor.line();
                    self.echo(&prompt, &line, "");
                    let listing = format_candidates(&candidates, self.scrollback.columns());
                    self.scrollback.push_plain(&listing, Source::Stdout);
                }
                EditorEvent::Bell => self.bell += 1,
                EditorEvent::Eof => {}
            }
        }
    }

    fn echo(&mut self, prompt: &str, line: &str, suffix: &str) {
        self.scrollback.reset_styles();
        self.scrollback.push_plain(prompt, Source::Prompt);
        self.scrollback.push_plain(line, Source::Echo);
        self.scrollback
            .push_plain(&format!("{suffix}\n"), Source::Echo);
    }

    fn submit(&mut self, line: String) {
        if self.is_busy() || !self.queued.is_empty() {
            self.queued.push_back(line);
            return;
        }
        self.run_line(&line);
    }

    fn run_line(&mut self, line: &str) {
        let prompt = self.session.borrow().prompt();
        self.echo(&prompt, line, "");
        self.announcement.clear();
        let io = self.session.borrow_mut().submit(line);
        self.after_run(io);
    }

    /// Draws output, honouring `clear`.
    fn after_run(&mut self, io: Io) {
        if self.session.borrow_mut().take_clear_request() {
            self.scrollback.clear();
        }
        self.push_io(&io);
    }

    fn push_io(&mut self, io: &Io) {
        for (stream, text) in &io.chunks {
            self.scrollback
                .push_output(text, matches!(stream, Stream::Stderr));
            // Only the end of a long output is announced.
            let tail_start = text
                .char_indices()
                .rev()
                .nth(ANNOUNCE_MAX_CHARS)
                .map_or(0, |(index, _)| index);
            let tail = text.get(tail_start..).unwrap_or_default();
            self.announcement.push_str(&crate::ansi::strip(tail));
        }
        let count = self.announcement.chars().count();
        if count > ANNOUNCE_MAX_CHARS {
            self.announcement = self
                .announcement
                .chars()
                .skip(count - ANNOUNCE_MAX_CHARS)
                .collect();
        }
    }

    fn interrupt_running(&mut self) {
        self.queued.clear();
        // Discard type-ahead on the line too, as the terminal flushes its input.
        let _ = self.editor.handle(Key::Ctrl('c'));
        self.scrollback.ensure_line_start();
        self.scrollback.push_plain("^C\n", Source::Echo);
        let io = self.session.borrow_mut().interrupt();
        self.after_run(io);
        self.drain_queue();
    }

    /// Runs queued lines while the shell is idle.
    fn drain_queue(&mut self) {
        while !self.is_busy() {
            let Some(line) = self.queued.pop_front() else {
                break;
            };
            self.run_line(&line);
        }
    }

    /// Lets `millis` of simulated time pass. Returns whether anything visible changed.
    pub fn advance(&mut self, millis: i64) -> bool {
        if millis <= 0 {
            return false;
        }
        let busy_before = self.is_busy();
        let io = self
            .session
            .borrow_mut()
            .advance(SimDuration::from_millis(millis));
        let changed = !io.is_empty() || busy_before != self.is_busy();
        self.after_run(io);
        self.drain_queue();
        changed
    }

    /// Jumps the clock to the next scheduled event (a pod starting, a `sleep` ending).
    /// Returns false when nothing is scheduled.
    pub fn skip_to_next_event(&mut self) -> bool {
        let (now, next) = {
            let session = self.session.borrow();
            (session.cluster.now(), session.next_event_time())
        };
        match next {
            Some(next) => {
                let millis = next.since(now).as_millis().max(1);
                self.advance(millis);
                true
            }
            None => false,
        }
    }

    /// Lets the tutorial pane type a command for the learner (it stays editable).
    pub fn set_line(&mut self, line: &str) {
        self.editor.set_line(line);
    }

    /// Shows a note line (`# text`) in the scrollback.
    pub fn notice(&mut self, text: &str) {
        self.scrollback.push_output(&format!("# {text}\n"), false);
    }

    /// Swaps the session (the tutorial pane jumped to a step); the line editor and its
    /// history stay, the scrollback gets a note saying why.
    pub fn replace_session(&mut self, session: Session, notice: &str) {
        self.queued.clear();
        *self.session.borrow_mut() = session;
        self.notice(notice);
    }
}
