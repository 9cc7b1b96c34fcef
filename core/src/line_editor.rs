//! The line-editing state machine behind the playground's terminal: what
//! happens to the line being typed at the prompt when a key is pressed, the
//! way bash's GNU readline does it in its default emacs mode.
//!
//! The browser terminal and the native binary both feed it UI-independent
//! [`Key`]s and draw what [`LineEditor::render`] returns; everything the
//! editor cannot decide alone comes back as [`EditorEvent`]s (run this line,
//! the user pressed Ctrl+C, compute completions, ring the bell, ...).
//!
//! Covered: inserting and deleting at a char-indexed cursor (multi-byte
//! text such as `kubectl label pod テスト` is never split), char and word
//! motions (a readline word is a run of alphanumerics), the kill ring with
//! readline's append/prepend of consecutive kills, yank and yank-pop,
//! transpose, word case changes, yank-last-arg, history browsing that keeps
//! the edited line, incremental history search (Ctrl+R/Ctrl+S) with bash's
//! exact prompts, Tab completion driven by the caller, multi-line paste and
//! display width of East Asian text.
//!
//! Key bindings (bash defaults): Ctrl+A/E/B/F, Home/End/Left/Right, Alt+B/F,
//! Backspace/Ctrl+H, Delete, Ctrl+D (delete, or [`EditorEvent::Eof`] on an
//! empty line), Ctrl+U/K/W, Alt+D, Alt+T, Alt+Backspace (`Key::Alt('\x7f')` or
//! `Key::Alt('\x08')`), Ctrl+Y, Alt+Y, Ctrl+T, Alt+U/L/C, Alt+. and Alt+_,
//! Up/Down/Ctrl+P/Ctrl+N, Alt+< and Alt+>, Ctrl+R/Ctrl+S, Tab, Ctrl+L, Ctrl+C,
//! Ctrl+G, Enter/Ctrl+M/Ctrl+J. Unbound keys ring the bell; a lone Escape does
//! nothing outside a search (the UI turns Escape-prefixed keys into
//! `Key::Alt`).
//!
//! Contract with the UI:
//! - [`LineEditor::handle`] returns events in the order they happen; the UI
//!   processes them in that order. A [`Key::Paste`] holding several lines
//!   returns one [`EditorEvent::Submit`] per line ending, in order; the text
//!   after the last line break stays in the editor as the new line being
//!   typed. Shell continuation lines (here-documents, trailing `\`) are just
//!   further `Submit`s: the shell decides what the next prompt is.
//! - Submitted lines are added to [`History`] (ignoredups, no blank lines)
//!   unless [`LineEditor::set_add_submitted_lines_to_history`] turned that
//!   off, e.g. while the shell reads here-document lines.
//! - On [`EditorEvent::CompleteRequest`] the caller computes candidates for
//!   the word ending at `cursor` and calls [`LineEditor::apply_completion`],
//!   which returns further events (bell, list of candidates).
//! - [`EditorEvent::Interrupt`] means the line was abandoned (the UI prints
//!   `^C` and a new prompt); [`EditorEvent::Eof`] is only a report, the UI
//!   decides whether to exit.
//! - [`LineEditor::render`] returns raw text; draw it with [`display_text`]
//!   (control chars in caret notation) and measure it with
//!   [`display_width`].
//! - At most one [`EditorEvent::Bell`] is reported per key (readline may
//!   ring two or three times for one key).
//!
//! During a search, Ctrl+C abandons the line like bash does
//! ([`EditorEvent::Interrupt`]); Ctrl+G cancels the search and restores the
//! line as it was before Ctrl+R.
//!
//! Deliberate differences from bash: edits made to history lines while
//! browsing are kept only until the line is submitted or abandoned (readline
//! `revert-all-at-newline on`); numeric arguments, undo, quoted insert, vi
//! mode, keyboard macros and the `--More--` completion pager are not
//! implemented.
//!
//! This module deliberately knows nothing about prompts, terminals, the DOM,
//! the shell's grammar, or where completion candidates come from.

mod completion;
mod history;
mod search;
mod width;

#[cfg(test)]
mod tests;

pub use self::completion::{format_candidates, longest_common_prefix, sorted_unique_candidates};
pub use self::history::{History, DEFAULT_HISTORY_MAX_SIZE};
pub use self::width::{char_display_width, display_text, display_width};

use self::search::{IncrementalSearch, SearchOperation};

/// How many killed texts the kill ring keeps (readline's default).
pub const KILL_RING_MAX_SIZE: usize = 10;

/// A key press or other input, independent of any UI toolkit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Key {
    /// A typed character (control characters are treated like the
    /// corresponding `Ctrl` key, `'\r'` like Enter, `'\t'` like Tab).
    Char(char),
    /// The Enter / Return key.
    Enter,
    /// The Backspace key.
    Backspace,
    /// The Delete key.
    Delete,
    /// The left arrow key.
    Left,
    /// The right arrow key.
    Right,
    /// The Home key.
    Home,
    /// The End key.
    End,
    /// The up arrow key.
    Up,
    /// The down arrow key.
    Down,
    /// The Tab key.
    Tab,
    /// Ctrl together with a character key (`Ctrl('a')`; case does not
    /// matter).
    Ctrl(char),
    /// Alt (Meta) together with a character key (`Alt('b')`;
    /// `Alt('\x7f')` is Alt+Backspace).
    Alt(char),
    /// Text pasted or committed by an input method; may contain line breaks.
    Paste(String),
    /// The Escape key on its own.
    Escape,
}

/// Something the editor reports to the UI in response to input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditorEvent {
    /// A line was accepted; run it. The editor now holds a fresh line.
    Submit(String),
    /// Ctrl+C: the line was abandoned (the UI prints `^C`).
    Interrupt,
    /// Ctrl+L: clear the screen and redraw the prompt and the line.
    ClearScreen,
    /// Ctrl+D on an empty line: end of input (the UI decides what to do).
    Eof,
    /// Tab: compute completions for the word ending at `cursor` (a char
    /// index in `line`) and call [`LineEditor::apply_completion`].
    CompleteRequest {
        /// The whole line being edited.
        line: String,
        /// The cursor, as a char index into `line`.
        cursor: usize,
    },
    /// Second Tab with several candidates: list them (sorted, duplicates
    /// removed), e.g. with [`format_candidates`], then redraw the line.
    ShowCandidates(Vec<String>),
    /// Ring the terminal bell (readline's "ding").
    Bell,
}

/// What the UI needs to draw the line and its cursor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderedLine {
    /// The text left of the cursor.
    pub before_cursor: String,
    /// The char under the cursor; `None` when the cursor is at the end.
    pub under_cursor: Option<char>,
    /// The text right of the char under the cursor.
    pub after_cursor: String,
    /// Text to show instead of the shell prompt (during a history search,
    /// e.g. `(reverse-i-search)`kube': `).
    pub prompt_override: Option<String>,
}

/// An editing command, what a [`Key`] is bound to (readline function names).
#[derive(Debug, Clone, PartialEq, Eq)]
enum Command {
    /// `self-insert`.
    SelfInsert(char),
    /// `accept-line`.
    AcceptLine,
    /// `backward-delete-char`.
    BackwardDeleteChar,
    /// `delete-char` bound to the Delete key.
    DeleteChar,
    /// `delete-char` bound to Ctrl+D, which is end of input on an empty line.
    DeleteCharOrEof,
    /// `backward-char`.
    BackwardChar,
    /// `forward-char`.
    ForwardChar,
    /// `beginning-of-line`.
    BeginningOfLine,
    /// `end-of-line`.
    EndOfLine,
    /// `backward-word`.
    BackwardWord,
    /// `forward-word`.
    ForwardWord,
    /// `previous-history`.
    PreviousHistory,
    /// `next-history`.
    NextHistory,
    /// `beginning-of-history`.
    BeginningOfHistory,
    /// `end-of-history`.
    EndOfHistory,
    /// `complete`.
    Complete,
    /// `unix-line-discard`.
    UnixLineDiscard,
    /// `kill-line`.
    KillLine,
    /// `unix-word-rubout`.
    UnixWordRubout,
    /// `kill-word`.
    KillWord,
    /// `backward-kill-word`.
    BackwardKillWord,
    /// `yank`.
    Yank,
    /// `yank-pop`.
    YankPop,
    /// `yank-last-arg`.
    YankLastArg,
    /// `transpose-chars`.
    /// `transpose-words`.
    TransposeWords,
    TransposeChars,
    /// `upcase-word`.
    UpcaseWord,
    /// `downcase-word`.
    DowncaseWord,
    /// `capitalize-word`.
    CapitalizeWord,
    /// `clear-screen`.
    ClearScreen,
    /// SIGINT.
    Interrupt,
    /// `abort`.
    Abort,
    /// `reverse-search-history`.
    ReverseSearchHistory,
    /// `forward-search-history`.
    ForwardSearchHistory,
    /// Bracketed paste.
    Paste(String),
    /// A lone Escape (a prefix key in readline; nothing here).
    Escape,
    /// A key bound to nothing.
    Unbound,
}

/// What the previous command was, for commands that behave differently
/// when repeated (kills append, yank-pop, yank-last-arg, double Tab).
#[derive(Debug, Clone, PartialEq, Eq)]
enum LastCommand {
    /// Anything else.
    Other,
    /// A kill that added to the kill ring.
    Kill,
    /// A yank or yank-pop.
    Yank,
    /// A yank-last-arg; `skip` history lines were skipped and `inserted`
    /// is the char range it inserted, if it inserted something.
    YankLastArg {
        /// How many history lines back from the previous one.
        skip: usize,
        /// The inserted range, to remove on the next yank-last-arg.
        inserted: Option<(usize, usize)>,
    },
    /// Tab was pressed; `consecutive` when the Tab before it completed
    /// without changing the line (so this one lists the candidates).
    CompletionRequested {
        /// Whether this Tab should list candidates.
        consecutive: bool,
    },
    /// A completion was applied.
    Completed {
        /// Whether it changed the line.
        changed_buffer: bool,
    },
}

/// What to do with a key while an incremental search is active.
#[derive(Debug, Clone, PartialEq, Eq)]
enum SearchKeyAction {
    /// Change the query or search again.
    Operate(SearchOperation),
    /// Ctrl+R (`reverse`) or Ctrl+S: search again in that direction, or
    /// turn the search around when it runs the other way.
    SearchKey {
        /// Whether the key was Ctrl+R.
        reverse: bool,
    },
    /// Ctrl+G: leave the search and restore the original line.
    Abort,
    /// Escape, Ctrl+J: leave the search keeping the found line.
    Terminate,
    /// Any other editing key: leave the search keeping the found line, then
    /// run the key's command on it.
    TerminateAndExecute(Command),
    /// Ctrl+C: abandon the line (as bash does).
    Interrupt,
    /// Pasted text: appended to the query up to the first line break, which
    /// accepts the found line.
    Paste(String),
}

/// The line editor: one prompt line, its history, kill ring and search.
#[derive(Debug, Clone)]
pub struct LineEditor {
    /// The line being edited (or the line a search shows).
    buffer: Vec<char>,
    /// Cursor as a char index, `0..=buffer.len()`.
    cursor: usize,
    /// Accepted lines.
    history: History,
    /// The history entry being shown, `None` for the line being typed.
    browse_index: Option<usize>,
    /// Edits made to history entries while browsing, by entry index (a `Vec` searched by
    /// index rather than a `BTreeMap`: a few entries, and less wasm).
    browse_edits: Vec<(usize, Vec<char>)>,
    /// The line being typed, saved while browsing history.
    saved_line: Vec<char>,
    /// Killed texts, oldest first.
    kill_ring: Vec<Vec<char>>,
    /// Index in `kill_ring` that the next yank inserts.
    kill_index: usize,
    /// The previous command, for repeat-sensitive commands.
    last_command: LastCommand,
    /// The active incremental search, if any.
    search: Option<IncrementalSearch>,
    /// The query of the last accepted search (reused by Ctrl+R Ctrl+R).
    last_search_query: Vec<char>,
    /// Whether submitted lines are added to the history.
    add_submitted_lines_to_history: bool,
    /// Set for a continuation line that joins the newest history entry.
    extend_history_with: Option<String>,
}

impl Default for LineEditor {
    fn default() -> Self {
        Self::new()
    }
}

impl LineEditor {
    /// An editor with an empty line and an empty [`History`] of
    /// [`DEFAULT_HISTORY_MAX_SIZE`] entries.
    pub fn new() -> Self {
        Self::with_history(History::new())
    }

    /// An editor with an empty line and the given history (e.g. restored
    /// from a saved session).
    pub fn with_history(history: History) -> Self {
        LineEditor {
            buffer: Vec::new(),
            cursor: 0,
            history,
            browse_index: None,
            browse_edits: Vec::new(),
            saved_line: Vec::new(),
            kill_ring: Vec::new(),
            kill_index: 0,
            last_command: LastCommand::Other,
            search: None,
            last_search_query: Vec::new(),
            add_submitted_lines_to_history: true,
            extend_history_with: None,
        }
    }

    /// The line currently shown (during a search: the matched line).
    pub fn line(&self) -> String {
        self.buffer.iter().collect()
    }

    /// The cursor as a char index into [`LineEditor::line`].
    pub fn cursor(&self) -> usize {
        self.cursor
    }

    /// The terminal column of the cursor relative to the start of the line
    /// (the [`display_width`] of the text before it).
    pub fn cursor_display_column(&self) -> usize {
        self.buffer
            .iter()
            .take(self.cursor)
            .copied()
            .map(char_display_width)
            .sum()
    }

    /// Whether an incremental history search (Ctrl+R) is active.
    pub fn is_searching(&self) -> bool {
        self.search.is_some()
    }

    /// The history.
    pub fn history(&self) -> &History {
        &self.history
    }

    /// The history, for changing it (e.g. `history -c`, restoring a
    /// session). An active search is cancelled and history browsing stops,
    /// keeping the shown line as the line being typed.
    pub fn history_mut(&mut self) -> &mut History {
        if let Some(search) = self.search.take() {
            let (line, point) = search.original();
            self.buffer = line;
            self.cursor = point;
        }
        self.forget_history_browsing();
        self.last_command = LastCommand::Other;
        &mut self.history
    }

    /// Whether submitted lines are added to the history.
    pub fn adds_submitted_lines_to_history(&self) -> bool {
        self.add_submitted_lines_to_history
    }

    /// Turns adding submitted lines to the history on or off (off e.g.
    /// while the shell reads here-document lines).
    pub fn set_add_submitted_lines_to_history(&mut self, add: bool) {
        self.add_submitted_lines_to_history = add;
        self.extend_history_with = None;
    }

    /// The next submitted line continues the newest history entry after `delimiter` (a
    /// command typed over several lines, see [`History::extend_newest`]).
    pub fn extend_history_with_next_line(&mut self, delimiter: &str) {
        self.add_submitted_lines_to_history = false;
        self.extend_history_with = Some(delimiter.to_string());
    }

    /// Replaces the line being typed with `line` (line breaks become
    /// spaces) and puts the cursor at its end, leaving any search or
    /// history browsing. Used when the tutorial pane types for the learner.
    pub fn set_line(&mut self, line: &str) {
        self.search = None;
        self.forget_history_browsing();
        self.buffer = line
            .chars()
            .map(|c| if c == '\n' || c == '\r' { ' ' } else { c })
            .collect();
        self.cursor = self.buffer.len();
        self.last_command = LastCommand::Other;
    }

    /// The line split at the cursor, and the search prompt if searching.
    pub fn render(&self) -> RenderedLine {
        RenderedLine {
            before_cursor: self.buffer.iter().take(self.cursor).collect(),
            under_cursor: self.buffer.get(self.cursor).copied(),
            after_cursor: self.buffer.iter().skip(self.cursor + 1).collect(),
            prompt_override: self.search.as_ref().map(IncrementalSearch::prompt),
        }
    }

    /// Applies one key and returns what happened, in order (see the module
    /// documentation for the contract).
    pub fn handle(&mut self, key: Key) -> Vec<EditorEvent> {
        let mut events = Vec::new();
        if self.search.is_some() {
            let action = search_action_for(key);
            self.handle_search_action(action, &mut events);
        } else {
            self.execute(command_for(key), &mut events);
        }
        events
    }

    /// Completes the word that starts at char index `word_start` and ends
    /// at the cursor, with `candidates` computed by the caller after an
    /// [`EditorEvent::CompleteRequest`]. Like readline: no candidate rings
    /// the bell; a unique one replaces the word and adds a space unless it
    /// ends with `/` or a space already follows; several insert their
    /// longest common prefix and ring the bell, and if the previous Tab
    /// changed nothing this Tab returns [`EditorEvent::ShowCandidates`]
    /// instead.
    pub fn apply_completion(
        &mut self,
        candidates: &[String],
        word_start: usize,
    ) -> Vec<EditorEvent> {
        let mut events = Vec::new();
        if self.search.is_some() {
            return events;
        }
        let consecutive = matches!(
            self.last_command,
            LastCommand::CompletionRequested { consecutive: true }
        );
        let unique = sorted_unique_candidates(candidates);
        let word_start = word_start.min(self.cursor);
        let before = self.buffer.clone();
        match unique.as_slice() {
            [] => ring_bell(&mut events),
            [only] => {
                let mut replacement: Vec<char> = only.chars().collect();
                let next_is_whitespace = self
                    .buffer
                    .get(self.cursor)
                    .is_some_and(|c| c.is_whitespace());
                if !only.ends_with('/') && !next_is_whitespace {
                    replacement.push(' ');
                }
                self.replace_range(word_start, self.cursor, &replacement);
            }
            several if consecutive => {
                events.push(EditorEvent::ShowCandidates(several.to_vec()));
            }
            several => {
                let prefix: Vec<char> = longest_common_prefix(several).chars().collect();
                if !prefix.is_empty() && prefix.len() >= self.cursor - word_start {
                    self.replace_range(word_start, self.cursor, &prefix);
                }
                ring_bell(&mut events);
            }
        }
        self.last_command = LastCommand::Completed {
            changed_buffer: self.buffer != before,
        };
        events
    }

    /// Runs one editing command outside a search.
    fn execute(&mut self, command: Command, events: &mut Vec<EditorEvent>) {
        let previous = std::mem::replace(&mut self.last_command, LastCommand::Other);
        match command {
            Command::SelfInsert(c) => self.insert(&[c]),
            Command::AcceptLine => {
                let line = self.accept_line();
                events.push(EditorEvent::Submit(line));
            }
            Command::BackwardDeleteChar => {
                if self.cursor == 0 {
                    ring_bell(events);
                } else {
                    self.delete_range(self.cursor - 1, self.cursor);
                }
            }
            Command::DeleteChar => self.delete_char(events),
            Command::DeleteCharOrEof => {
                if self.buffer.is_empty() {
                    events.push(EditorEvent::Eof);
                } else {
                    self.delete_char(events);
                }
            }
            Command::BackwardChar => {
                if self.cursor == 0 {
                    ring_bell(events);
                } else {
                    self.cursor -= 1;
                }
            }
            Command::ForwardChar => {
                if self.cursor >= self.buffer.len() {
                    ring_bell(events);
                } else {
                    self.cursor += 1;
                }
            }
            Command::BeginningOfLine => self.cursor = 0,
            Command::EndOfLine => self.cursor = self.buffer.len(),
            Command::BackwardWord => self.cursor = self.backward_word_position(),
            Command::ForwardWord => self.cursor = self.forward_word_position(),
            Command::PreviousHistory => {
                let current = self.current_history_position();
                if current == 0 {
                    ring_bell(events);
                } else {
                    self.move_to_history_position(current - 1);
                }
            }
            Command::NextHistory => match self.browse_index {
                None => ring_bell(events),
                Some(index) => self.move_to_history_position(index + 1),
            },
            Command::BeginningOfHistory => {
                if self.history.is_empty() {
                    ring_bell(events);
                } else {
                    self.move_to_history_position(0);
                }
            }
            Command::EndOfHistory => {
                if self.browse_index.is_none() {
                    ring_bell(events);
                } else {
                    self.move_to_history_position(self.history.len());
                }
            }
            Command::Complete => {
                let consecutive = matches!(
                    previous,
                    LastCommand::Completed {
                        changed_buffer: false
                    }
                );
                self.last_command = LastCommand::CompletionRequested { consecutive };
                events.push(EditorEvent::CompleteRequest {
                    line: self.line(),
                    cursor: self.cursor,
                });
            }
            Command::UnixLineDiscard => {
                if self.cursor == 0 {
                    ring_bell(events);
                } else {
                    self.kill(0, self.cursor, false, &previous);
                }
            }
            Command::KillLine => self.kill(self.cursor, self.buffer.len(), true, &previous),
            Command::UnixWordRubout => {
                if self.cursor == 0 {
                    ring_bell(events);
                } else {
                    let start = self.unix_word_start();
                    self.kill(start, self.cursor, false, &previous);
                }
            }
            Command::KillWord => {
                let end = self.forward_word_position();
                self.kill(self.cursor, end, true, &previous);
            }
            Command::BackwardKillWord => {
                let start = self.backward_word_position();
                self.kill(start, self.cursor, false, &previous);
            }
            Command::Yank => self.yank(events),
            Command::YankPop => self.yank_pop(&previous, events),
            Command::YankLastArg => self.yank_last_arg(&previous, events),
            Command::TransposeChars => self.transpose_chars(events),
            Command::TransposeWords => self.transpose_words(events),
            Command::UpcaseWord => self.change_word_case(WordCase::Upper),
            Command::DowncaseWord => self.change_word_case(WordCase::Lower),
            Command::CapitalizeWord => self.change_word_case(WordCase::Capitalized),
            Command::ClearScreen => events.push(EditorEvent::ClearScreen),
            Command::Interrupt => {
                self.reset_line_state();
                events.push(EditorEvent::Interrupt);
            }
            Command::Abort | Command::Unbound => ring_bell(events),
            Command::ReverseSearchHistory => self.start_search(true),
            Command::ForwardSearchHistory => self.start_search(false),
            Command::Paste(text) => self.paste(&text, events),
            Command::Escape => {}
        }
    }

    /// Runs a key's action during an incremental search.
    fn handle_search_action(&mut self, action: SearchKeyAction, events: &mut Vec<EditorEvent>) {
        let Some(mut search) = self.search.take() else {
            return;
        };
        let action = match action {
            SearchKeyAction::SearchKey { reverse } if reverse == search.is_reverse() => {
                SearchKeyAction::Operate(SearchOperation::SearchAgain)
            }
            SearchKeyAction::SearchKey { .. } => {
                SearchKeyAction::Operate(SearchOperation::SwitchDirection)
            }
            other => other,
        };
        match action {
            SearchKeyAction::SearchKey { .. } => self.search = Some(search),
            SearchKeyAction::Operate(operation) => {
                let bell = search.dispatch(
                    operation,
                    &mut self.buffer,
                    &mut self.cursor,
                    &self.last_search_query,
                );
                if bell {
                    ring_bell(events);
                }
                self.search = Some(search);
            }
            SearchKeyAction::Abort => {
                let (line, point) = search.original();
                self.buffer = line;
                self.cursor = point;
            }
            SearchKeyAction::Terminate => self.finish_search(&search),
            SearchKeyAction::TerminateAndExecute(command) => {
                self.finish_search(&search);
                self.execute(command, events);
            }
            SearchKeyAction::Interrupt => self.execute(Command::Interrupt, events),
            SearchKeyAction::Paste(text) => {
                let text = normalize_line_breaks(&text);
                let (query_part, rest) = match text.split_once('\n') {
                    Some((first, rest)) => (first, Some(rest)),
                    None => (text.as_str(), None),
                };
                if !query_part.is_empty() {
                    let operation = SearchOperation::AppendToQuery(query_part.chars().collect());
                    if search.dispatch(
                        operation,
                        &mut self.buffer,
                        &mut self.cursor,
                        &self.last_search_query,
                    ) {
                        ring_bell(events);
                    }
                }
                match rest {
                    None => self.search = Some(search),
                    Some(rest) => {
                        self.finish_search(&search);
                        let line = self.accept_line();
                        events.push(EditorEvent::Submit(line));
                        self.paste(rest, events);
                    }
                }
            }
        }
    }

    /// Starts an incremental search from the shown line and cursor.
    fn start_search(&mut self, reverse: bool) {
        if let Some(index) = self.browse_index {
            self.record_browse_edit(index);
        }
        let mut lines: Vec<Vec<char>> = (0..self.history.len())
            .map(|index| self.history_line(index))
            .collect();
        let typed_line = match self.browse_index {
            Some(_) => self.saved_line.clone(),
            None => self.buffer.clone(),
        };
        lines.push(typed_line);
        let save_line = self.current_history_position();
        self.search = Some(IncrementalSearch::new(
            lines,
            save_line,
            self.cursor,
            reverse,
        ));
    }

    /// Leaves a search keeping the found line: moves through the history to
    /// the matched entry with the cursor at the match (readline's
    /// `_rl_isearch_fini`).
    fn finish_search(&mut self, search: &IncrementalSearch) {
        let (line_index, point) = search.accepted_position();
        self.last_search_query = search.query().to_vec();
        let (original, _) = search.original();
        self.buffer = original;
        self.move_to_history_position(line_index);
        self.cursor = point.min(self.buffer.len());
    }

    /// Inserts pasted text; each line break accepts the line so far.
    fn paste(&mut self, text: &str, events: &mut Vec<EditorEvent>) {
        let text = normalize_line_breaks(text);
        let mut segments = text.split('\n');
        if let Some(first) = segments.next() {
            self.insert(&first.chars().collect::<Vec<char>>());
        }
        for segment in segments {
            let line = self.accept_line();
            events.push(EditorEvent::Submit(line));
            self.insert(&segment.chars().collect::<Vec<char>>());
        }
    }

    /// Takes the line for submission: adds it to the history and starts a
    /// fresh line.
    fn accept_line(&mut self) -> String {
        let line = self.line();
        if self.add_submitted_lines_to_history {
            self.history.add(&line);
        } else if let Some(delimiter) = self.extend_history_with.take() {
            self.history.extend_newest(&delimiter, &line);
        }
        self.reset_line_state();
        line
    }

    /// Empties the line and forgets browsing, search and repeat state.
    fn reset_line_state(&mut self) {
        self.buffer.clear();
        self.cursor = 0;
        self.search = None;
        self.forget_history_browsing();
        self.last_command = LastCommand::Other;
    }

    /// Stops browsing history and forgets edits made to history lines.
    fn forget_history_browsing(&mut self) {
        self.browse_index = None;
        self.browse_edits.clear();
        self.saved_line.clear();
    }

    /// The position in the history being shown: an entry index, or
    /// `history.len()` for the line being typed.
    fn current_history_position(&self) -> usize {
        let len = self.history.len();
        match self.browse_index {
            Some(index) if index < len => index,
            _ => len,
        }
    }

    /// History entry `index` as shown while browsing (with edits made to it).
    fn history_line(&self, index: usize) -> Vec<char> {
        match self
            .browse_edits
            .iter()
            .find(|(edited, _)| *edited == index)
        {
            Some((_, edited)) => edited.clone(),
            None => self
                .history
                .get(index)
                .map(|entry| entry.chars().collect())
                .unwrap_or_default(),
        }
    }

    /// Remembers the shown line as the edited version of entry `index`.
    fn record_browse_edit(&mut self, index: usize) {
        let Some(entry) = self.history.get(index) else {
            return;
        };
        self.browse_edits.retain(|(edited, _)| *edited != index);
        if !self.buffer.iter().copied().eq(entry.chars()) {
            self.browse_edits.push((index, self.buffer.clone()));
        }
    }

    /// Shows history position `target` (an entry, or `history.len()` for the
    /// line being typed), keeping edits of the line left; cursor at the end.
    fn move_to_history_position(&mut self, target: usize) {
        let len = self.history.len();
        let target = target.min(len);
        if target == self.current_history_position() {
            return;
        }
        match self.browse_index {
            None => self.saved_line = self.buffer.clone(),
            Some(index) => self.record_browse_edit(index),
        }
        if target >= len {
            self.buffer = std::mem::take(&mut self.saved_line);
            self.browse_index = None;
        } else {
            self.buffer = self.history_line(target);
            self.browse_index = Some(target);
        }
        self.cursor = self.buffer.len();
    }

    /// Inserts `chars` at the cursor and moves the cursor after them.
    fn insert(&mut self, chars: &[char]) {
        let at = self.cursor.min(self.buffer.len());
        self.buffer.splice(at..at, chars.iter().copied());
        self.cursor = at + chars.len();
    }

    /// Removes chars `start..end` (clamped); the cursor goes to `start`.
    fn delete_range(&mut self, start: usize, end: usize) -> Vec<char> {
        let end = end.min(self.buffer.len());
        let start = start.min(end);
        let removed: Vec<char> = self.buffer.drain(start..end).collect();
        self.cursor = start;
        removed
    }

    /// Replaces chars `start..end` with `text`; the cursor goes after it.
    fn replace_range(&mut self, start: usize, end: usize, text: &[char]) {
        self.delete_range(start, end);
        self.insert(text);
    }

    /// `delete-char`: removes the char under the cursor, bell at the end.
    fn delete_char(&mut self, events: &mut Vec<EditorEvent>) {
        if self.cursor >= self.buffer.len() {
            ring_bell(events);
        } else {
            let cursor = self.cursor;
            self.delete_range(cursor, cursor + 1);
        }
    }

    /// Kills chars `start..end` into the kill ring. A kill right after a
    /// kill joins the same entry: forward kills (`append`) add at its end,
    /// backward kills at its start. Killing nothing does nothing.
    fn kill(&mut self, start: usize, end: usize, append: bool, previous: &LastCommand) {
        if start >= end {
            return;
        }
        let killed = self.delete_range(start, end);
        let joins_previous = *previous == LastCommand::Kill;
        match self.kill_ring.last_mut() {
            Some(newest) if joins_previous => {
                if append {
                    newest.extend(killed);
                } else {
                    newest.splice(0..0, killed);
                }
            }
            _ => {
                if self.kill_ring.len() >= KILL_RING_MAX_SIZE {
                    self.kill_ring.remove(0);
                }
                self.kill_ring.push(killed);
            }
        }
        self.kill_index = self.kill_ring.len().saturating_sub(1);
        self.last_command = LastCommand::Kill;
    }

    /// `yank`: inserts the current kill ring entry.
    fn yank(&mut self, events: &mut Vec<EditorEvent>) {
        match self.kill_ring.get(self.kill_index).cloned() {
            Some(text) => {
                self.insert(&text);
                self.last_command = LastCommand::Yank;
            }
            None => ring_bell(events),
        }
    }

    /// `yank-pop`: right after a yank, replaces the yanked text with the
    /// next older kill ring entry (wrapping around).
    fn yank_pop(&mut self, previous: &LastCommand, events: &mut Vec<EditorEvent>) {
        let Some(text) = self.kill_ring.get(self.kill_index).cloned() else {
            ring_bell(events);
            return;
        };
        let start = self.cursor.checked_sub(text.len());
        let yanked_before_cursor = start
            .and_then(|start| self.buffer.get(start..self.cursor))
            .is_some_and(|before| before == text.as_slice());
        match start {
            Some(start) if *previous == LastCommand::Yank && yanked_before_cursor => {
                self.delete_range(start, self.cursor);
                self.kill_index = match self.kill_index {
                    0 => self.kill_ring.len().saturating_sub(1),
                    index => index - 1,
                };
                self.yank(events);
            }
            _ => ring_bell(events),
        }
    }

    /// `yank-last-arg`: inserts the last word of the previous history line;
    /// repeated, replaces it with the last word of the line before that.
    fn yank_last_arg(&mut self, previous: &LastCommand, events: &mut Vec<EditorEvent>) {
        let skip = match previous {
            LastCommand::YankLastArg { skip, inserted } => {
                if let Some((start, end)) = *inserted {
                    self.delete_range(start, end);
                }
                skip + 1
            }
            _ => 0,
        };
        let entry = self
            .current_history_position()
            .checked_sub(skip + 1)
            .map(|index| self.history_line(index));
        let argument = entry.and_then(|line| last_shell_word(&line));
        let inserted = match argument {
            Some(argument) if !argument.is_empty() => {
                let start = self.cursor;
                self.insert(&argument);
                Some((start, self.cursor))
            }
            _ => {
                ring_bell(events);
                None
            }
        };
        self.last_command = LastCommand::YankLastArg { skip, inserted };
    }

    /// `transpose-words` (readline's `rl_transpose_words`): swaps the word before the cursor
    /// with the one after it (the last two at the end of the line); the cursor ends after
    /// them.
    fn transpose_words(&mut self, events: &mut Vec<EditorEvent>) {
        let original = self.cursor;
        let at = |editor: &mut Self, forward: bool| {
            editor.cursor = if forward {
                editor.forward_word_position()
            } else {
                editor.backward_word_position()
            };
            editor.cursor
        };
        let w2_end = at(self, true);
        let w2_start = at(self, false);
        let w1_start = at(self, false);
        let w1_end = at(self, true);
        if w1_start == w2_start || w2_start < w1_end {
            self.cursor = original;
            ring_bell(events);
            return;
        }
        let word1: Vec<char> = self.buffer[w1_start..w1_end].to_vec();
        let word2: Vec<char> = self.buffer[w2_start..w2_end].to_vec();
        self.buffer.splice(w2_start..w2_end, word1);
        self.buffer.splice(w1_start..w1_end, word2);
        self.cursor = w2_end;
    }

    /// `transpose-chars`: swaps the char before the cursor with the one
    /// under it (the last two at the end of the line).
    fn transpose_chars(&mut self, events: &mut Vec<EditorEvent>) {
        let len = self.buffer.len();
        if self.cursor == 0 || len < 2 {
            ring_bell(events);
            return;
        }
        if self.cursor >= len {
            self.cursor = len - 1;
        }
        self.buffer.swap(self.cursor - 1, self.cursor);
        self.cursor += 1;
    }

    /// Changes the case of the text from the cursor to the end of the next
    /// word and moves the cursor there.
    fn change_word_case(&mut self, case: WordCase) {
        let end = self.forward_word_position();
        let mut in_word = false;
        for c in self.buffer.iter_mut().take(end).skip(self.cursor) {
            if !c.is_alphanumeric() {
                in_word = false;
                continue;
            }
            let upper = match case {
                WordCase::Upper => true,
                WordCase::Lower => false,
                WordCase::Capitalized => !in_word,
            };
            in_word = true;
            *c = change_char_case(*c, upper);
        }
        self.cursor = end;
    }

    /// Where `forward-word` moves: past the next run of alphanumerics.
    fn forward_word_position(&self) -> usize {
        let is_word_char =
            |index: usize| self.buffer.get(index).is_some_and(|c| c.is_alphanumeric());
        let len = self.buffer.len();
        let mut position = self.cursor.min(len);
        while position < len && !is_word_char(position) {
            position += 1;
        }
        while position < len && is_word_char(position) {
            position += 1;
        }
        position
    }

    /// Where `backward-word` moves: to the start of the previous run of
    /// alphanumerics.
    fn backward_word_position(&self) -> usize {
        let is_word_char =
            |index: usize| self.buffer.get(index).is_some_and(|c| c.is_alphanumeric());
        let mut position = self.cursor.min(self.buffer.len());
        while position > 0 && !is_word_char(position - 1) {
            position -= 1;
        }
        while position > 0 && is_word_char(position - 1) {
            position -= 1;
        }
        position
    }

    /// Where `unix-word-rubout` kills back to: the start of the previous
    /// whitespace-delimited word (and the whitespace after it).
    fn unix_word_start(&self) -> usize {
        let is_blank = |index: usize| {
            self.buffer
                .get(index)
                .is_some_and(|c| *c == ' ' || *c == '\t')
        };
        let mut position = self.cursor.min(self.buffer.len());
        while position > 0 && is_blank(position - 1) {
            position -= 1;
        }
        while position > 0 && !is_blank(position - 1) {
            position -= 1;
        }
        position
    }
}

/// Which case `change_word_case` produces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum WordCase {
    /// `upcase-word`.
    Upper,
    /// `downcase-word`.
    Lower,
    /// `capitalize-word`: first char of each word upper, the rest lower.
    Capitalized,
}

/// `c` in upper or lower case, unchanged when that is not a single char
/// (e.g. `ß` upper-cases to `SS`).
fn change_char_case(c: char, upper: bool) -> char {
    let mut changed: Vec<char> = if upper {
        c.to_uppercase().collect()
    } else {
        c.to_lowercase().collect()
    };
    match (changed.pop(), changed.is_empty()) {
        (Some(single), true) => single,
        _ => c,
    }
}

/// Pushes a bell unless the previous event already is one.
fn ring_bell(events: &mut Vec<EditorEvent>) {
    if events.last() != Some(&EditorEvent::Bell) {
        events.push(EditorEvent::Bell);
    }
}

/// `text` with `\r\n` and lone `\r` turned into `\n`.
fn normalize_line_breaks(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// The command a key is bound to in readline's emacs keymap (as bash sets
/// it up).
fn command_for(key: Key) -> Command {
    match key {
        Key::Char(c) => command_for_char(c),
        Key::Enter => Command::AcceptLine,
        Key::Backspace => Command::BackwardDeleteChar,
        Key::Delete => Command::DeleteChar,
        Key::Left => Command::BackwardChar,
        Key::Right => Command::ForwardChar,
        Key::Home => Command::BeginningOfLine,
        Key::End => Command::EndOfLine,
        Key::Up => Command::PreviousHistory,
        Key::Down => Command::NextHistory,
        Key::Tab => Command::Complete,
        Key::Ctrl(c) => command_for_ctrl(c),
        Key::Alt(c) => command_for_alt(c),
        Key::Paste(text) => Command::Paste(text),
        Key::Escape => Command::Escape,
    }
}

/// The command for a typed char: control chars act as their Ctrl key.
fn command_for_char(c: char) -> Command {
    match c {
        '\r' | '\n' => Command::AcceptLine,
        '\t' => Command::Complete,
        '\u{7f}' => Command::BackwardDeleteChar,
        _ => match control_key_letter(c) {
            Some(letter) => command_for_ctrl(letter),
            None => Command::SelfInsert(c),
        },
    }
}

/// For a C0 control char, the key that Ctrl combines with to type it
/// (`'\u{1}'` → `'a'`, `'\u{1b}'` → `'['`).
fn control_key_letter(c: char) -> Option<char> {
    let code = u8::try_from(u32::from(c))
        .ok()
        .filter(|code| *code < 0x20)?;
    Some(char::from(code + 0x40).to_ascii_lowercase())
}

/// The command for Ctrl + `c`.
fn command_for_ctrl(c: char) -> Command {
    match c.to_ascii_lowercase() {
        'a' => Command::BeginningOfLine,
        'b' => Command::BackwardChar,
        'c' => Command::Interrupt,
        'd' => Command::DeleteCharOrEof,
        'e' => Command::EndOfLine,
        'f' => Command::ForwardChar,
        'g' => Command::Abort,
        'h' | '?' => Command::BackwardDeleteChar,
        'i' => Command::Complete,
        'j' | 'm' => Command::AcceptLine,
        'k' => Command::KillLine,
        'l' => Command::ClearScreen,
        'n' => Command::NextHistory,
        'p' => Command::PreviousHistory,
        'r' => Command::ReverseSearchHistory,
        's' => Command::ForwardSearchHistory,
        't' => Command::TransposeChars,
        'u' => Command::UnixLineDiscard,
        'w' => Command::UnixWordRubout,
        'y' => Command::Yank,
        '[' => Command::Escape,
        _ => Command::Unbound,
    }
}

/// The command for Alt + `c`.
fn command_for_alt(c: char) -> Command {
    match c.to_ascii_lowercase() {
        'b' => Command::BackwardWord,
        'f' => Command::ForwardWord,
        'd' => Command::KillWord,
        '\u{7f}' | '\u{8}' => Command::BackwardKillWord,
        'y' => Command::YankPop,
        '.' | '_' => Command::YankLastArg,
        '<' => Command::BeginningOfHistory,
        '>' => Command::EndOfHistory,
        'u' => Command::UpcaseWord,
        'l' => Command::DowncaseWord,
        'c' => Command::CapitalizeWord,
        't' => Command::TransposeWords,
        _ => Command::Unbound,
    }
}

/// What a key does during an incremental search (readline's
/// `_rl_isearch_dispatch`): printable chars extend the query, Ctrl+R/Ctrl+S
/// search again or turn around, Backspace shortens the query, Ctrl+W and
/// Ctrl+Y pull text from the line into the query, Ctrl+G aborts, Escape and
/// Ctrl+J end the search, any other key ends it and then does its usual job.
fn search_action_for(key: Key) -> SearchKeyAction {
    let is_terminator = match &key {
        Key::Escape => true,
        Key::Char(c) => matches!(*c, '\n' | '\u{1b}'),
        Key::Ctrl(c) => matches!(c.to_ascii_lowercase(), 'j' | '['),
        _ => false,
    };
    if is_terminator {
        return SearchKeyAction::Terminate;
    }
    if let Key::Paste(text) = key {
        return SearchKeyAction::Paste(text);
    }
    match command_for(key) {
        Command::SelfInsert(c) => SearchKeyAction::Operate(SearchOperation::AppendToQuery(vec![c])),
        Command::ReverseSearchHistory => SearchKeyAction::SearchKey { reverse: true },
        Command::ForwardSearchHistory => SearchKeyAction::SearchKey { reverse: false },
        Command::BackwardDeleteChar => {
            SearchKeyAction::Operate(SearchOperation::RemoveLastQueryChar)
        }
        Command::UnixWordRubout => SearchKeyAction::Operate(SearchOperation::YankWordIntoQuery),
        Command::Yank => SearchKeyAction::Operate(SearchOperation::YankRestOfLineIntoQuery),
        Command::Abort => SearchKeyAction::Abort,
        Command::Interrupt => SearchKeyAction::Interrupt,
        command => SearchKeyAction::TerminateAndExecute(command),
    }
}

/// The last word of a shell command line, as readline's `yank-last-arg`
/// tokenizes history lines: words separated by blanks, quotes keep blanks
/// inside a word, and runs of `|&;<>()` are words of their own.
fn last_shell_word(line: &[char]) -> Option<Vec<char>> {
    const OPERATOR_CHARS: &str = "|&;<>()";
    let mut words: Vec<Vec<char>> = Vec::new();
    let mut index = 0;
    while let Some(&c) = line.get(index) {
        if c.is_whitespace() {
            index += 1;
            continue;
        }
        let start = index;
        if OPERATOR_CHARS.contains(c) {
            while line.get(index).is_some_and(|c| OPERATOR_CHARS.contains(*c)) {
                index += 1;
            }
        } else {
            let mut quote: Option<char> = None;
            while let Some(&c) = line.get(index) {
                match quote {
                    Some(open) if c == open => quote = None,
                    Some(_) => {}
                    None if c == '\\' => index += 1,
                    None if c == '\'' || c == '"' || c == '`' => quote = Some(c),
                    None if c.is_whitespace() || OPERATOR_CHARS.contains(c) => break,
                    None => {}
                }
                index += 1;
            }
        }
        let end = index.min(line.len());
        words.push(line.get(start..end).unwrap_or_default().to_vec());
    }
    words.pop()
}
