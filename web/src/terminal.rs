//! The terminal's state without the DOM: the core's [`kubeplay_core::console::Console`] (line
//! editor, type-ahead queue, Ctrl+C, completion — the same logic as the native binary's
//! terminal) over the shared `Session`, drawing into the [`Scrollback`].
//!
//! What is the browser's own: the scrollback's styles (prompt, echo, stdout, stderr), the text
//! announced to screen readers, the bell counter the view flashes on, and notices. A restored
//! or shared session is rebuilt by replaying its journal, drawing each input's prompt and
//! output as they were.

use crate::ansi::Source;
use crate::scrollback::Scrollback;
use kubeplay_core::console::{self, Screen};
use kubeplay_core::kubectl::{EditRequest, Stream};
use kubeplay_core::line_editor::{History, Key, LineEditor};
use kubeplay_core::session::{Activity, Input, Session};
use std::cell::RefCell;
use std::rc::Rc;

/// Characters of the last output kept for screen readers.
const ANNOUNCE_MAX_CHARS: usize = 1200;

/// The terminal's state.
pub struct Console {
    /// Shared with the panes that show the cluster (read-only there).
    pub session: Rc<RefCell<Session>>,
    input: console::Console,
    pub scrollback: Scrollback,
    /// Plain text of the latest output, for the `aria-live` region.
    announcement: String,
    /// Bumped when the bell rings (the view flashes).
    bell: u64,
    /// `exit` ran: the page says the terminal stays (see [`Console::take_exit_request`]).
    exit_requested: bool,
}

/// The scrollback seen as the core console's screen.
struct ScrollbackScreen<'a> {
    scrollback: &'a mut Scrollback,
    announcement: &'a mut String,
    bell: &'a mut u64,
}

impl Screen for ScrollbackScreen<'_> {
    fn echo(&mut self, prompt: &str, line: &str, suffix: &str) {
        self.scrollback.reset_styles();
        self.scrollback.push_plain(prompt, Source::Prompt);
        self.scrollback.push_plain(line, Source::Echo);
        self.scrollback
            .push_plain(&format!("{suffix}\n"), Source::Echo);
        if suffix.is_empty() {
            // A new command: announce only what it prints.
            self.announcement.clear();
        }
    }

    fn output(&mut self, text: &str, stream: Stream) {
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
        let count = self.announcement.chars().count();
        if count > ANNOUNCE_MAX_CHARS {
            *self.announcement = self
                .announcement
                .chars()
                .skip(count - ANNOUNCE_MAX_CHARS)
                .collect();
        }
    }

    fn ensure_line_start(&mut self) {
        self.scrollback.ensure_line_start();
    }

    fn clear(&mut self) {
        self.scrollback.clear();
    }

    fn bell(&mut self) {
        *self.bell += 1;
    }

    fn columns(&self) -> usize {
        self.scrollback.columns()
    }
}

impl Console {
    /// A fresh session.
    pub fn new(seed: u64) -> Console {
        Console::with_session(Session::new(seed), LineEditor::new())
    }

    fn with_session(session: Session, editor: LineEditor) -> Console {
        Console {
            session: Rc::new(RefCell::new(session)),
            input: console::Console::new(editor),
            scrollback: Scrollback::default(),
            announcement: String::new(),
            bell: 0,
            exit_requested: false,
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
        console.with_screen(|_, session, screen| {
            console::Console::replay(session, screen, inputs);
        });
        console.announcement.clear();
        console.exit_requested = false;
        console
    }

    /// Runs `action` with the core console, the session and the scrollback as its screen.
    fn with_screen<T>(
        &mut self,
        action: impl FnOnce(&mut console::Console, &mut Session, &mut ScrollbackScreen<'_>) -> T,
    ) -> T {
        let mut session = self.session.borrow_mut();
        let mut screen = ScrollbackScreen {
            scrollback: &mut self.scrollback,
            announcement: &mut self.announcement,
            bell: &mut self.bell,
        };
        let result = action(&mut self.input, &mut session, &mut screen);
        // `exit` has no shell to leave here: the session goes on.
        self.exit_requested |= session.take_exit_request().is_some();
        result
    }

    /// Whether `exit` ran since the last call.
    pub fn take_exit_request(&mut self) -> bool {
        std::mem::take(&mut self.exit_requested)
    }

    pub fn editor(&self) -> &LineEditor {
        self.input.editor()
    }

    pub fn is_busy(&self) -> bool {
        self.session.borrow().activity() == Activity::Busy
    }

    /// The prompt to show (a history search replaces it).
    pub fn prompt(&self) -> String {
        self.input.prompt(&self.session.borrow())
    }

    pub fn announcement(&self) -> &str {
        &self.announcement
    }

    pub fn bell(&self) -> u64 {
        self.bell
    }

    /// Lines waiting for the running command.
    pub fn queued(&self) -> impl Iterator<Item = &String> {
        self.input.queued()
    }

    /// Whether Escape was pressed and waits for its key.
    pub fn escape_pending(&self) -> bool {
        self.input.escape_pending()
    }

    /// One key from the keyboard (or the touch palette).
    pub fn key(&mut self, key: Key) {
        self.with_screen(|input, session, screen| input.key(session, screen, key));
        // Ctrl+D: there is no shell to leave in the browser.
        let _ = self.input.take_end_of_input_request();
    }

    /// Pasted or IME-committed text: each complete line is submitted in order (a here-document
    /// shows its `> ` prompts), the rest stays on the line being typed.
    pub fn paste(&mut self, text: &str) {
        self.with_screen(|input, session, screen| input.paste(session, screen, text));
    }

    /// Lets `millis` of simulated time pass. Returns whether anything visible changed.
    pub fn advance(&mut self, millis: i64) -> bool {
        self.with_screen(|input, session, screen| input.advance(session, screen, millis))
    }

    /// Jumps the clock to the next scheduled event (a pod starting, a `sleep` ending).
    /// Returns false when nothing is scheduled.
    pub fn skip_to_next_event(&mut self) -> bool {
        self.with_screen(|input, session, screen| input.skip_to_next_event(session, screen))
    }

    /// The file the running command has open in the terminal's editor (`vi notes.txt`).
    pub fn edit_request(&self) -> Option<EditRequest> {
        self.session.borrow().edit_request().cloned()
    }

    /// The editor closed: `saved` is the text saved, `None` when it closed without saving.
    pub fn finish_edit(&mut self, saved: Option<String>) {
        self.with_screen(|input, session, screen| input.finish_edit(session, screen, saved));
    }

    /// Lets the tutorial pane type a command for the learner (it stays editable).
    pub fn set_line(&mut self, line: &str) {
        self.input.set_line(line);
    }

    /// Shows a note line (`# text`) in the scrollback.
    pub fn notice(&mut self, text: &str) {
        self.scrollback.push_output(&format!("# {text}\n"), false);
    }

    /// Swaps the session (the tutorial pane jumped to a step); the line editor and its
    /// history stay, the scrollback gets a note saying why.
    pub fn replace_session(&mut self, session: Session, notice: &str) {
        self.input.clear_queue();
        *self.session.borrow_mut() = session;
        self.notice(notice);
    }
}
