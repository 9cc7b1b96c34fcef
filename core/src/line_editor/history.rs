//! The command history of the playground prompt: the list that Up/Down,
//! Ctrl+P/Ctrl+N and Ctrl+R browse and that a `history` builtin prints.
//!
//! It behaves like bash with `HISTCONTROL=ignoredups`: a line equal to the
//! newest entry is not added again, and empty or whitespace-only lines are
//! never added. It keeps at most `max_size` entries (bash's `HISTSIZE`),
//! forgetting the oldest first. Entries go in and out as plain
//! `Vec<String>` so a session can be saved and restored without serde.
//!
//! It deliberately knows nothing about keys, the line being edited, history
//! expansion (`!!`, `!$`: the shell expands, and the console puts the result in
//! with `replace_newest`), timestamps or a history file.

/// How many entries a [`History`] keeps unless told otherwise.
pub const DEFAULT_HISTORY_MAX_SIZE: usize = 1000;

/// Lines accepted at the prompt, oldest first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct History {
    /// The entries, oldest first; never longer than `max_size`.
    entries: Vec<String>,
    /// The most entries kept; 0 keeps none.
    max_size: usize,
}

impl Default for History {
    fn default() -> Self {
        Self::new()
    }
}

impl History {
    /// An empty history keeping up to [`DEFAULT_HISTORY_MAX_SIZE`] entries.
    pub fn new() -> Self {
        Self::with_max_size(DEFAULT_HISTORY_MAX_SIZE)
    }

    /// An empty history keeping up to `max_size` entries (0 keeps none).
    pub fn with_max_size(max_size: usize) -> Self {
        History {
            entries: Vec::new(),
            max_size,
        }
    }

    /// A history holding `entries` (oldest first) as saved from an earlier
    /// session, keeping only the newest `max_size` of them. Entries are taken
    /// as they are: no duplicate or blank filtering is applied.
    pub fn from_entries(entries: Vec<String>, max_size: usize) -> Self {
        let mut history = History { entries, max_size };
        history.forget_oldest_beyond_max_size();
        history
    }

    /// Adds `line` as the newest entry, unless it is empty or whitespace
    /// only, or equal to the current newest entry (`ignoredups`). Returns
    /// whether it was added.
    pub fn add(&mut self, line: &str) -> bool {
        if self.max_size == 0 || line.trim().is_empty() {
            return false;
        }
        if self.entries.last().is_some_and(|newest| newest == line) {
            return false;
        }
        self.entries.push(line.to_string());
        self.forget_oldest_beyond_max_size();
        true
    }

    /// Appends a continuation line to the newest entry, bash's `cmdhist`: a command typed
    /// over several lines is one entry (`for i in 1 2; do echo $i; done`). `delimiter` goes
    /// between them. An entry that becomes equal to the one before it is dropped
    /// (`ignoredups`).
    pub fn extend_newest(&mut self, delimiter: &str, line: &str) {
        let Some(newest) = self.entries.last_mut() else {
            return;
        };
        newest.push_str(delimiter);
        newest.push_str(line);
        let count = self.entries.len();
        if count >= 2 && self.entries.get(count - 1) == self.entries.get(count - 2) {
            self.entries.pop();
        }
    }

    /// Replaces the newest entry with the shell's history expansion of what was typed, or
    /// drops it (`None`: the expansion failed). An entry that becomes equal to the one before
    /// it is dropped (`ignoredups`).
    pub fn replace_newest(&mut self, line: Option<String>) {
        match line {
            Some(line) => {
                if let Some(newest) = self.entries.last_mut() {
                    *newest = line;
                }
            }
            None => {
                self.entries.pop();
            }
        }
        let count = self.entries.len();
        if count >= 2 && self.entries.get(count - 1) == self.entries.get(count - 2) {
            self.entries.pop();
        }
    }

    /// All entries, oldest first.
    pub fn entries(&self) -> &[String] {
        &self.entries
    }

    /// A copy of all entries, oldest first, e.g. to save the session.
    pub fn to_vec(&self) -> Vec<String> {
        self.entries.clone()
    }

    /// Replaces all entries with `entries` (oldest first), keeping only the
    /// newest `max_size` of them.
    pub fn replace_entries(&mut self, entries: Vec<String>) {
        self.entries = entries;
        self.forget_oldest_beyond_max_size();
    }

    /// The entry at `index` (0 is the oldest), if any.
    pub fn get(&self, index: usize) -> Option<&str> {
        self.entries.get(index).map(String::as_str)
    }

    /// The newest entry, if any.
    pub fn newest(&self) -> Option<&str> {
        self.entries.last().map(String::as_str)
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there are no entries.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Removes every entry (`history -c`).
    pub fn clear(&mut self) {
        self.entries.clear();
    }

    /// The most entries kept.
    pub fn max_size(&self) -> usize {
        self.max_size
    }

    /// Changes the most entries kept, forgetting the oldest ones beyond it.
    pub fn set_max_size(&mut self, max_size: usize) {
        self.max_size = max_size;
        self.forget_oldest_beyond_max_size();
    }

    /// Drops the oldest entries until at most `max_size` remain.
    fn forget_oldest_beyond_max_size(&mut self) {
        if self.entries.len() > self.max_size {
            let excess = self.entries.len() - self.max_size;
            self.entries.drain(..excess);
        }
    }
}
