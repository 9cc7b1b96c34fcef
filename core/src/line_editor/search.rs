//! Incremental history search (Ctrl+R / Ctrl+S) for the playground prompt,
//! following GNU readline's `isearch.c` step for step so that the prompt
//! (`(reverse-i-search)`QUERY': `), the line shown, the cursor, the bells and
//! the quirks match bash: the line being edited is searched first, a repeated
//! Ctrl+R also finds earlier matches within the same line, lines equal to the
//! last match are skipped, a failed search keeps showing the last match, and
//! Ctrl+R on an empty query reuses the previous search's query.
//!
//! It deliberately knows nothing about keys, the kill ring or how the editor
//! browses history: the editor turns keys into [`SearchOperation`]s, hands
//! over the lines to search when the search starts, and on leaving asks
//! [`IncrementalSearch::accepted_position`] which history line and cursor to
//! continue with.

/// Something a key asks the search to do (readline's isearch opcodes and
/// "add this to the search string").
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum SearchOperation {
    /// Find the next match in the current direction (Ctrl+R in a reverse
    /// search, Ctrl+S in a forward one).
    SearchAgain,
    /// Turn the search around (Ctrl+S in a reverse search, Ctrl+R in a
    /// forward one) and search from the current match.
    SwitchDirection,
    /// Remove the last char of the query (Backspace, Ctrl+H).
    RemoveLastQueryChar,
    /// Append the word after the matched text to the query (Ctrl+W).
    YankWordIntoQuery,
    /// Append the rest of the shown line after the matched text (Ctrl+Y).
    YankRestOfLineIntoQuery,
    /// Append typed or pasted text to the query.
    AppendToQuery(Vec<char>),
}

/// State of one incremental search, from Ctrl+R until it is accepted or
/// aborted. Positions are char indexes.
#[derive(Debug, Clone)]
pub(super) struct IncrementalSearch {
    /// The history lines followed by the line being edited.
    lines: Vec<Vec<char>>,
    /// Index in `lines` of the line shown when the search started.
    save_line: usize,
    /// Cursor when the search started.
    save_point: usize,
    /// Index in `lines` being searched; -1 or `lines.len()` past either end.
    history_pos: isize,
    /// Index in `lines` of the last successful match.
    last_found_line: usize,
    /// Index in `lines` of the previous match, whose copies are skipped.
    prev_line_found: Option<usize>,
    /// Index in `lines` of the line being scanned (readline's `sline`).
    scanned_line: usize,
    /// Position in the scanned line where matching continues.
    scanned_index: isize,
    /// What is being searched for.
    query: Vec<char>,
    /// Whether searching towards older lines.
    reverse: bool,
    /// Whether the last search step found nothing.
    failed: bool,
}

impl IncrementalSearch {
    /// Starts a search over `lines` (history, oldest first, then the line
    /// being edited) from line `save_line` at cursor `save_point`.
    pub(super) fn new(
        lines: Vec<Vec<char>>,
        save_line: usize,
        save_point: usize,
        reverse: bool,
    ) -> Self {
        let save_line = save_line.min(lines.len().saturating_sub(1));
        IncrementalSearch {
            lines,
            save_line,
            save_point,
            history_pos: to_signed(save_line),
            last_found_line: save_line,
            prev_line_found: None,
            scanned_line: save_line,
            scanned_index: to_signed(save_point),
            query: Vec::new(),
            reverse,
            failed: false,
        }
    }

    /// The prompt bash shows in place of PS1 while searching, e.g.
    /// `(reverse-i-search)`kube': ` or `(failed reverse-i-search)`x': `.
    pub(super) fn prompt(&self) -> String {
        let mut prompt = String::from("(");
        if self.failed {
            prompt.push_str("failed ");
        }
        if self.reverse {
            prompt.push_str("reverse-");
        }
        prompt.push_str("i-search)`");
        prompt.extend(self.query.iter());
        prompt.push_str("': ");
        prompt
    }

    /// Whether the search runs towards older lines.
    pub(super) fn is_reverse(&self) -> bool {
        self.reverse
    }

    /// The current query.
    pub(super) fn query(&self) -> &[char] {
        &self.query
    }

    /// The line and cursor shown before the search started (for Ctrl+G).
    pub(super) fn original(&self) -> (Vec<char>, usize) {
        let line = self.line(self.save_line).to_vec();
        let point = self.save_point.min(line.len());
        (line, point)
    }

    /// Where editing continues when the search is accepted: the index in
    /// the searched lines of the last match (the line being edited when
    /// nothing matched) and the cursor in it.
    pub(super) fn accepted_position(&self) -> (usize, usize) {
        let line_index = self.last_found_line;
        let line_len = self.line(line_index).len();
        let point = match usize::try_from(self.scanned_index) {
            Ok(index) => index,
            Err(_) if line_index == self.save_line => self.save_point,
            Err(_) => line_len,
        };
        (line_index, point.min(line_len))
    }

    /// Applies `operation`, searches, and updates the shown `line` and
    /// `cursor` when something matched. `previous_query` is the query of the
    /// previous search, reused by Ctrl+R on an empty query. Returns whether
    /// the bell should ring.
    pub(super) fn dispatch(
        &mut self,
        operation: SearchOperation,
        line: &mut Vec<char>,
        cursor: &mut usize,
        previous_query: &[char],
    ) -> bool {
        let mut bell = false;
        match operation {
            SearchOperation::SearchAgain => {
                if self.query.is_empty() {
                    if previous_query.is_empty() {
                        return false;
                    }
                    self.query = previous_query.to_vec();
                } else if self.reverse && self.scanned_index >= 0 {
                    self.scanned_index -= 1;
                } else if self.scanned_index != to_signed(self.line(self.scanned_line).len()) {
                    self.scanned_index += 1;
                } else {
                    bell = true;
                }
            }
            SearchOperation::SwitchDirection => self.reverse = !self.reverse,
            SearchOperation::RemoveLastQueryChar => {
                if self.query.pop().is_none() || self.query.is_empty() {
                    bell = true;
                }
            }
            SearchOperation::YankWordIntoQuery => {
                let start = cursor.saturating_add(self.query.len());
                match line.get(start) {
                    Some(c) if c.is_alphanumeric() => {
                        let word = line
                            .iter()
                            .skip(start)
                            .take_while(|c| c.is_alphanumeric())
                            .copied();
                        self.query.extend(word);
                    }
                    _ => bell = true,
                }
            }
            SearchOperation::YankRestOfLineIntoQuery => {
                let start = cursor.saturating_add(self.query.len());
                if start >= line.len() {
                    bell = true;
                } else {
                    self.query.extend(line.iter().skip(start).copied());
                }
            }
            SearchOperation::AppendToQuery(text) => self.query.extend(text),
        }
        let found = self.search();
        if !found {
            self.history_pos = to_signed(self.last_found_line);
            return true;
        }
        if let Ok(found_line) = usize::try_from(self.history_pos) {
            self.prev_line_found = Some(found_line);
            *line = self.line(found_line).to_vec();
            *cursor = usize::try_from(self.scanned_index)
                .unwrap_or(0)
                .min(line.len());
            self.last_found_line = found_line;
        }
        bell
    }

    /// readline's search loop: scans the current line from the current
    /// position, then further lines in the search direction. Returns whether
    /// the query was found; sets `failed` otherwise.
    fn search(&mut self) -> bool {
        self.failed = false;
        let direction: isize = if self.reverse { -1 } else { 1 };
        let query_len = to_signed(self.query.len());
        let line_count = to_signed(self.lines.len());
        loop {
            if self.query.is_empty() {
                self.failed = true;
                return false;
            }
            let scanned_len = to_signed(self.line(self.scanned_line).len());
            let limit = scanned_len - query_len + 1;
            while if self.reverse {
                self.scanned_index >= 0
            } else {
                self.scanned_index < limit
            } {
                if self.query_matches_at(self.scanned_line, self.scanned_index) {
                    return true;
                }
                self.scanned_index += direction;
                if self.scanned_index < 0 || self.scanned_index > scanned_len {
                    self.scanned_index = 0;
                    break;
                }
            }
            // Move to the next line, skipping copies of the last match and
            // lines shorter than the query.
            loop {
                self.history_pos += direction;
                if self.history_pos < 0 || self.history_pos >= line_count {
                    self.failed = true;
                    break;
                }
                self.scanned_line = usize::try_from(self.history_pos).unwrap_or(0);
                let candidate_len = to_signed(self.line(self.scanned_line).len());
                let copy_of_previous_match = self
                    .prev_line_found
                    .is_some_and(|previous| self.line(previous) == self.line(self.scanned_line));
                if !copy_of_previous_match && query_len <= candidate_len {
                    break;
                }
            }
            let scanned_len = to_signed(self.line(self.scanned_line).len());
            if self.failed {
                if self.scanned_index < 0 || self.scanned_index > scanned_len {
                    self.scanned_index = 0;
                }
                return false;
            }
            self.scanned_index = if self.reverse {
                scanned_len - query_len
            } else {
                0
            };
        }
    }

    /// Whether the query occurs in line `line_index` at char `index`.
    fn query_matches_at(&self, line_index: usize, index: isize) -> bool {
        let Ok(index) = usize::try_from(index) else {
            return false;
        };
        self.line(line_index)
            .get(index..)
            .is_some_and(|rest| rest.starts_with(&self.query))
    }

    /// The searched line at `index`, empty past the end.
    fn line(&self, index: usize) -> &[char] {
        self.lines.get(index).map(Vec::as_slice).unwrap_or(&[])
    }
}

/// `value` as a signed index (saturating; lines are far shorter).
fn to_signed(value: usize) -> isize {
    isize::try_from(value).unwrap_or(isize::MAX)
}
