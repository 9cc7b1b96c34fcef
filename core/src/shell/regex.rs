//! A small POSIX regular expression engine for the shell's `grep` and `sed`: GNU's basic (BRE)
//! and extended (ERE) syntaxes with bracket expressions, character classes, intervals, groups,
//! back-references and the GNU escapes (`\w \W \s \S \b \B \< \> \` \'`).
//!
//! Patterns compile to a small program of instructions that a backtracking matcher runs with
//! a memo of visited (instruction, position) states, so every search is bounded by program
//! size × text length; patterns with back-references also remember the captures in the memo
//! and stop after a step budget. The overall match is the leftmost-longest one (POSIX); the
//! groups are those of the first path (in greedy order) that reaches that longest end.
//! Compile errors carry GNU's texts.

use std::collections::BTreeSet;

/// How a pattern is read.
#[derive(Clone, Copy, Default)]
pub struct Syntax {
    /// ERE (`grep -E`, `sed -E`) instead of BRE.
    pub extended: bool,
    pub ignore_case: bool,
    /// glibc's strict rules as `sed` uses them (a leading `*` in ERE or `\{` is an error, a
    /// lone `)` too) and sed's escapes `\n` and `\t`; otherwise GNU grep's lenient ones.
    pub sed: bool,
    /// `grep -w`: the match has no word character right before or after it.
    pub word: bool,
    /// `grep -x`: the match is the whole text.
    pub line: bool,
}

/// A compiled pattern.
#[derive(Debug)]
pub struct Regex {
    program: Vec<Inst>,
    sets: Vec<Set>,
    groups: usize,
    ignore_case: bool,
    backrefs: bool,
}

/// Where each group matched (index 0 is the whole match), as char offsets.
pub type Captures = Vec<Option<(usize, usize)>>;

#[derive(Clone, Copy, Debug, PartialEq)]
enum Assert {
    LineStart,
    LineEnd,
    WordBoundary,
    NotWordBoundary,
    WordStart,
    WordEnd,
    NoWordBefore,
    NoWordAfter,
}

#[derive(Clone, Copy, Debug)]
enum Inst {
    Char(char),
    Any,
    Set(usize),
    Split(usize, usize),
    Jump(usize),
    Save(usize),
    Assert(Assert),
    Backref(usize),
    Match,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Class {
    Alpha,
    Digit,
    Alnum,
    Upper,
    Lower,
    Space,
    Blank,
    Punct,
    Print,
    Graph,
    Cntrl,
    Xdigit,
    Word,
}

const CLASS_NAMES: [(&str, Class); 12] = [
    ("alpha", Class::Alpha),
    ("digit", Class::Digit),
    ("alnum", Class::Alnum),
    ("upper", Class::Upper),
    ("lower", Class::Lower),
    ("space", Class::Space),
    ("blank", Class::Blank),
    ("punct", Class::Punct),
    ("print", Class::Print),
    ("graph", Class::Graph),
    ("cntrl", Class::Cntrl),
    ("xdigit", Class::Xdigit),
];

impl Class {
    fn contains(self, c: char) -> bool {
        match self {
            Class::Alpha => c.is_alphabetic(),
            Class::Digit => c.is_ascii_digit(),
            Class::Alnum => c.is_alphanumeric(),
            Class::Upper => c.is_uppercase(),
            Class::Lower => c.is_lowercase(),
            Class::Space => c.is_whitespace(),
            Class::Blank => c == ' ' || c == '\t',
            Class::Punct => c.is_ascii_punctuation(),
            Class::Print => !c.is_control(),
            Class::Graph => !c.is_control() && !c.is_whitespace(),
            Class::Cntrl => c.is_control(),
            Class::Xdigit => c.is_ascii_hexdigit(),
            Class::Word => is_word(c),
        }
    }
}

/// A bracket expression (or `\w`, `\s` and their negations).
#[derive(Debug, Default)]
struct Set {
    negated: bool,
    ranges: Vec<(char, char)>,
    classes: Vec<Class>,
}

impl Set {
    fn contains(&self, c: char, ignore_case: bool) -> bool {
        let test = |c: char| {
            self.ranges.iter().any(|(lo, hi)| *lo <= c && c <= *hi)
                || self.classes.iter().any(|class| class.contains(c))
        };
        let found = test(c) || (ignore_case && (test(lower(c)) || test(upper(c))));
        found != self.negated
    }
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

fn lower(c: char) -> char {
    c.to_lowercase().next().unwrap_or(c)
}

fn upper(c: char) -> char {
    c.to_uppercase().next().unwrap_or(c)
}

/// The parsed pattern.
#[derive(Debug)]
enum Node {
    Empty,
    Char(char),
    Any,
    Set(usize),
    Assert(Assert),
    Group(Box<Node>, usize),
    Backref(usize),
    Concat(Vec<Node>),
    Alt(Vec<Node>),
    Repeat(Box<Node>, u32, Option<u32>),
}

/// GNU's limit on interval counts (RE_DUP_MAX).
const DUP_MAX: u32 = 32767;
/// Bounds that keep hostile patterns cheap.
const MAX_PROGRAM: usize = 20_000;
const MAX_DEPTH: usize = 200;
const MAX_BITS: usize = 1 << 25;
const BACKREF_BUDGET: usize = 1 << 19;

const TOO_BIG: &str = "Regular expression too big";
const UNMATCHED_BRACKET: &str = "Unmatched [, [^, [:, [., or [=";
const UNMATCHED_OPEN: &str = "Unmatched ( or \\(";
const UNMATCHED_CLOSE: &str = "Unmatched ) or \\)";
const BAD_PRECEDING: &str = "Invalid preceding regular expression";
const BAD_INTERVAL: &str = "Invalid content of \\{\\}";
const UNMATCHED_INTERVAL: &str = "Unmatched \\{";

struct Parser {
    chars: Vec<char>,
    pos: usize,
    syntax: Syntax,
    sets: Vec<Set>,
    groups: usize,
    closed_groups: Vec<usize>,
    depth: usize,
    backrefs: bool,
}

impl Parser {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn peek_at(&self, offset: usize) -> Option<char> {
        self.chars.get(self.pos + offset).copied()
    }

    fn starts_with(&self, text: &str) -> bool {
        text.chars()
            .enumerate()
            .all(|(i, c)| self.peek_at(i) == Some(c))
    }

    /// Whether an alternation bar starts here.
    fn at_bar(&self) -> bool {
        if self.syntax.extended {
            self.peek() == Some('|')
        } else {
            self.starts_with("\\|")
        }
    }

    /// Whether a group closes here.
    fn at_close(&self) -> bool {
        if self.syntax.extended {
            self.peek() == Some(')') && (self.depth > 0 || self.syntax.sed)
        } else {
            self.starts_with("\\)")
        }
    }

    fn parse_alternation(&mut self) -> Result<Node, String> {
        let mut branches = vec![self.parse_branch()?];
        while self.at_bar() {
            self.pos += if self.syntax.extended { 1 } else { 2 };
            branches.push(self.parse_branch()?);
        }
        Ok(if branches.len() == 1 {
            branches.pop().unwrap_or(Node::Empty)
        } else {
            Node::Alt(branches)
        })
    }

    fn parse_branch(&mut self) -> Result<Node, String> {
        let mut items: Vec<Node> = Vec::new();
        while self.peek().is_some() && !self.at_bar() && !self.at_close() {
            // Nothing to repeat yet (or only a `^` anchor): see `parse_repetition`.
            let at_start =
                items.is_empty() || matches!(items.as_slice(), [Node::Assert(Assert::LineStart)]);
            if let Some((min, max)) = self.parse_repetition(at_start)? {
                if !at_start {
                    if let Some(last) = items.pop() {
                        items.push(Node::Repeat(Box::new(last), min, max));
                    }
                }
                continue;
            }
            let atom = self.parse_atom(items.is_empty())?;
            items.push(atom);
        }
        Ok(match items.len() {
            0 => Node::Empty,
            1 => items.pop().unwrap_or(Node::Empty),
            _ => Node::Concat(items),
        })
    }

    /// A repetition operator here, if any: `Some((min, max))` once consumed. Operators with
    /// nothing to repeat are literal in BRE (sed refuses `\{`), ignored by grep's ERE (GNU
    /// warns) and errors for sed's ERE.
    fn parse_repetition(&mut self, at_start: bool) -> Result<Option<(u32, Option<u32>)>, String> {
        let extended = self.syntax.extended;
        let Some(c) = self.peek() else {
            return Ok(None);
        };
        let escaped = usize::from(!extended);
        let (length, simple) = match (extended, c, self.peek_at(1)) {
            (_, '*', _) => (1, Some((0, None))),
            (true, '+', _) | (false, '\\', Some('+')) => (1 + escaped, Some((1, None))),
            (true, '?', _) | (false, '\\', Some('?')) => (1 + escaped, Some((0, Some(1)))),
            (true, '{', _) | (false, '\\', Some('{')) => (1 + escaped, None),
            _ => return Ok(None),
        };
        if at_start {
            if !extended {
                if simple.is_none() && self.syntax.sed {
                    return Err(BAD_PRECEDING.into());
                }
                return Ok(None);
            }
            if self.syntax.sed {
                return Err(BAD_PRECEDING.into());
            }
        }
        let start = self.pos;
        self.pos += length;
        if let Some(bounds) = simple {
            return Ok(Some(bounds));
        }
        match self.parse_interval() {
            Ok(bounds) => Ok(Some(bounds)),
            // grep's ERE reads a `{` that starts no valid interval as a literal.
            Err((_, true)) if extended && !self.syntax.sed => {
                self.pos = start;
                Ok(None)
            }
            Err((error, _)) => Err(error.into()),
        }
    }

    /// The inside of an interval after `{`/`\{`: `m`, `m,`, `m,n` or `,n`, then `}`/`\}`.
    /// Errors say whether the interval's syntax (rather than its numbers) is wrong.
    fn parse_interval(&mut self) -> Result<(u32, Option<u32>), (&'static str, bool)> {
        let number = |parser: &mut Parser| -> Option<u32> {
            let mut value: Option<u32> = None;
            while let Some(digit) = parser.peek().and_then(|c| c.to_digit(10)) {
                value = Some(value.unwrap_or(0).saturating_mul(10).saturating_add(digit));
                parser.pos += 1;
            }
            value
        };
        let min = number(self);
        let comma = self.peek() == Some(',');
        let max = if comma {
            self.pos += 1;
            number(self)
        } else {
            min
        };
        let closer = if self.syntax.extended { "}" } else { "\\}" };
        if !self.starts_with(closer) || (min.is_none() && !comma) {
            let rest: String = self.chars.iter().skip(self.pos).collect();
            return Err(if rest.contains(closer) {
                (BAD_INTERVAL, true)
            } else {
                (UNMATCHED_INTERVAL, true)
            });
        }
        self.pos += closer.len();
        let min = min.unwrap_or(0);
        if max.is_some_and(|max| max < min) {
            return Err((BAD_INTERVAL, false));
        }
        if min > DUP_MAX || max.is_some_and(|max| max > DUP_MAX) {
            return Err((TOO_BIG, false));
        }
        Ok((min, max))
    }

    fn parse_atom(&mut self, first: bool) -> Result<Node, String> {
        let extended = self.syntax.extended;
        let Some(c) = self.peek() else {
            return Ok(Node::Empty);
        };
        self.pos += 1;
        match c {
            '.' => Ok(Node::Any),
            '[' => self.parse_bracket(),
            '^' if extended || first => Ok(Node::Assert(Assert::LineStart)),
            '$' if extended || self.at_branch_end() => Ok(Node::Assert(Assert::LineEnd)),
            '(' if extended => self.parse_group(),
            '\\' => self.parse_escape(),
            other => Ok(Node::Char(other)),
        }
    }

    /// Whether the BRE branch ends here (where a `$` is an anchor).
    fn at_branch_end(&self) -> bool {
        self.peek().is_none() || self.starts_with("\\)") || self.starts_with("\\|")
    }

    fn parse_group(&mut self) -> Result<Node, String> {
        if self.depth >= MAX_DEPTH {
            return Err(TOO_BIG.into());
        }
        self.groups += 1;
        let index = self.groups;
        self.depth += 1;
        let inner = self.parse_alternation()?;
        self.depth -= 1;
        let closed = if self.syntax.extended {
            self.peek() == Some(')')
        } else {
            self.starts_with("\\)")
        };
        if !closed {
            return Err(UNMATCHED_OPEN.into());
        }
        self.pos += if self.syntax.extended { 1 } else { 2 };
        self.closed_groups.push(index);
        Ok(Node::Group(Box::new(inner), index))
    }

    fn parse_escape(&mut self) -> Result<Node, String> {
        let Some(c) = self.peek() else {
            return Err("Trailing backslash".into());
        };
        self.pos += 1;
        let class = |class: Class, negated: bool, parser: &mut Parser| {
            parser.sets.push(Set {
                negated,
                ranges: Vec::new(),
                classes: vec![class],
            });
            Node::Set(parser.sets.len() - 1)
        };
        Ok(match c {
            '(' if !self.syntax.extended => self.parse_group()?,
            ')' if !self.syntax.extended => return Err(UNMATCHED_CLOSE.into()),
            '{' if !self.syntax.extended && self.syntax.sed => return Err(BAD_PRECEDING.into()),
            '}' if !self.syntax.extended => Node::Char('}'),
            '1'..='9' => {
                let number = c.to_digit(10).unwrap_or(1) as usize;
                if !self.closed_groups.contains(&number) {
                    return Err("Invalid back reference".into());
                }
                self.backrefs = true;
                Node::Backref(number)
            }
            'w' => class(Class::Word, false, self),
            'W' => class(Class::Word, true, self),
            's' => class(Class::Space, false, self),
            'S' => class(Class::Space, true, self),
            'b' => Node::Assert(Assert::WordBoundary),
            'B' => Node::Assert(Assert::NotWordBoundary),
            '<' => Node::Assert(Assert::WordStart),
            '>' => Node::Assert(Assert::WordEnd),
            '`' => Node::Assert(Assert::LineStart),
            '\'' => Node::Assert(Assert::LineEnd),
            'n' if self.syntax.sed => Node::Char('\n'),
            't' if self.syntax.sed => Node::Char('\t'),
            other => Node::Char(other),
        })
    }

    /// A bracket expression after its `[`.
    fn parse_bracket(&mut self) -> Result<Node, String> {
        let open = self.pos;
        if self.peek().is_none() && !self.syntax.sed {
            return Err("Invalid regular expression".into());
        }
        let mut set = Set::default();
        if self.peek() == Some('^') {
            set.negated = true;
            self.pos += 1;
        }
        let mut first = true;
        loop {
            let Some(c) = self.peek() else {
                return Err(UNMATCHED_BRACKET.into());
            };
            if c == ']' && !first {
                self.pos += 1;
                break;
            }
            first = false;
            let low = match self.bracket_element(&mut set)? {
                Some(low) => low,
                None => continue,
            };
            if self.peek() == Some('-') && self.peek_at(1).is_some_and(|c| c != ']') {
                self.pos += 1;
                let high = match self.bracket_element(&mut set)? {
                    Some(high) => high,
                    None => return Err("Invalid range end".into()),
                };
                if high < low {
                    return Err("Invalid range end".into());
                }
                set.ranges.push((low, high));
            } else {
                set.ranges.push((low, low));
            }
        }
        // grep refuses `[:space:]` used without the outer brackets.
        let inner: String = self
            .chars
            .get(open..self.pos.saturating_sub(1))
            .unwrap_or(&[])
            .iter()
            .collect();
        if !self.syntax.sed && inner.len() > 2 && inner.starts_with(':') && inner.ends_with(':') {
            return Err(format!(
                "character class syntax is [[{inner}]], not [{inner}]"
            ));
        }
        self.sets.push(set);
        Ok(Node::Set(self.sets.len() - 1))
    }

    /// One element of a bracket: a char (returned) or a `[:class:]` (added to the set).
    fn bracket_element(&mut self, set: &mut Set) -> Result<Option<char>, String> {
        let c = self.peek().unwrap_or(']');
        self.pos += 1;
        if c == '\\' && self.syntax.sed {
            match self.peek() {
                Some('n') => {
                    self.pos += 1;
                    return Ok(Some('\n'));
                }
                Some('t') => {
                    self.pos += 1;
                    return Ok(Some('\t'));
                }
                Some('\\') => {
                    self.pos += 1;
                    return Ok(Some('\\'));
                }
                _ => {}
            }
        }
        if c != '[' {
            return Ok(Some(c));
        }
        let Some(kind @ (':' | '.' | '=')) = self.peek() else {
            return Ok(Some('['));
        };
        let start = self.pos + 1;
        let end = (start..self.chars.len().saturating_sub(1))
            .find(|i| self.chars.get(*i) == Some(&kind) && self.chars.get(i + 1) == Some(&']'));
        let Some(end) = end else {
            return Err(UNMATCHED_BRACKET.into());
        };
        let name: String = self.chars.get(start..end).unwrap_or(&[]).iter().collect();
        self.pos = end + 2;
        if kind == ':' {
            let Some((_, class)) = CLASS_NAMES.iter().find(|(n, _)| *n == name) else {
                return Err("Invalid character class name".into());
            };
            set.classes.push(*class);
            return Ok(None);
        }
        let mut chars = name.chars();
        match (chars.next(), chars.next()) {
            (Some(single), None) => Ok(Some(single)),
            _ => Err("Invalid collation character".into()),
        }
    }
}

struct Compiler {
    program: Vec<Inst>,
}

impl Compiler {
    fn push(&mut self, inst: Inst) -> Result<usize, String> {
        if self.program.len() >= MAX_PROGRAM {
            return Err(TOO_BIG.into());
        }
        self.program.push(inst);
        Ok(self.program.len() - 1)
    }

    fn patch(&mut self, at: usize, inst: Inst) {
        if let Some(slot) = self.program.get_mut(at) {
            *slot = inst;
        }
    }

    fn emit(&mut self, node: &Node) -> Result<(), String> {
        match node {
            Node::Empty => {}
            Node::Char(c) => {
                self.push(Inst::Char(*c))?;
            }
            Node::Any => {
                self.push(Inst::Any)?;
            }
            Node::Set(index) => {
                self.push(Inst::Set(*index))?;
            }
            Node::Assert(kind) => {
                self.push(Inst::Assert(*kind))?;
            }
            Node::Backref(n) => {
                self.push(Inst::Backref(*n))?;
            }
            Node::Group(inner, index) => {
                self.push(Inst::Save(2 * index))?;
                self.emit(inner)?;
                self.push(Inst::Save(2 * index + 1))?;
            }
            Node::Concat(items) => {
                for item in items {
                    self.emit(item)?;
                }
            }
            Node::Alt(branches) => {
                let mut jumps = Vec::new();
                for (index, branch) in branches.iter().enumerate() {
                    if index + 1 < branches.len() {
                        let split = self.push(Inst::Split(0, 0))?;
                        self.emit(branch)?;
                        jumps.push(self.push(Inst::Jump(0))?);
                        let next = self.program.len();
                        self.patch(split, Inst::Split(split + 1, next));
                    } else {
                        self.emit(branch)?;
                    }
                }
                let end = self.program.len();
                for jump in jumps {
                    self.patch(jump, Inst::Jump(end));
                }
            }
            Node::Repeat(inner, min, max) => {
                for _ in 0..*min {
                    self.emit(inner)?;
                }
                match max {
                    None => {
                        let split = self.push(Inst::Split(0, 0))?;
                        self.emit(inner)?;
                        self.push(Inst::Jump(split))?;
                        let end = self.program.len();
                        self.patch(split, Inst::Split(split + 1, end));
                    }
                    Some(max) => {
                        let mut splits = Vec::new();
                        for _ in *min..*max {
                            splits.push(self.push(Inst::Split(0, 0))?);
                            self.emit(inner)?;
                        }
                        let end = self.program.len();
                        for split in splits {
                            self.patch(split, Inst::Split(split + 1, end));
                        }
                    }
                }
            }
        }
        Ok(())
    }
}

/// States already explored by a search.
enum Visited {
    Bits {
        bits: Vec<u64>,
        width: usize,
        base: usize,
    },
    /// Hashed states, with the captures when back-references make them matter.
    Keys(BTreeSet<Vec<usize>>, bool),
}

impl Visited {
    /// Marks a state; false when it was seen before.
    fn insert(&mut self, pc: usize, pos: usize, captures: &[usize]) -> bool {
        match self {
            Visited::Bits { bits, width, base } => {
                let index = pos.saturating_sub(*base) * *width + pc;
                match bits.get_mut(index / 64) {
                    Some(word) => {
                        let mask = 1u64 << (index % 64);
                        let fresh = *word & mask == 0;
                        *word |= mask;
                        fresh
                    }
                    None => false,
                }
            }
            Visited::Keys(keys, with_captures) => {
                let mut key = vec![pc, pos];
                if *with_captures {
                    key.extend_from_slice(captures);
                }
                keys.insert(key)
            }
        }
    }
}

enum Job {
    Try(usize, usize),
    Restore(usize, usize),
}

const UNSET: usize = usize::MAX;

impl Regex {
    /// Compiles a pattern, or gives GNU's message for why it is invalid.
    pub fn new(pattern: &str, syntax: Syntax) -> Result<Regex, String> {
        let mut parser = Parser {
            chars: pattern.chars().collect(),
            pos: 0,
            syntax,
            sets: Vec::new(),
            groups: 0,
            closed_groups: Vec::new(),
            depth: 0,
            backrefs: false,
        };
        if parser.chars.len() > MAX_PROGRAM {
            return Err(TOO_BIG.into());
        }
        let mut node = parser.parse_alternation()?;
        if parser.pos < parser.chars.len() {
            // Only a group closer can stop the top level.
            return Err(UNMATCHED_CLOSE.into());
        }
        if syntax.word {
            node = Node::Concat(vec![
                Node::Assert(Assert::NoWordBefore),
                node,
                Node::Assert(Assert::NoWordAfter),
            ]);
        }
        if syntax.line {
            node = Node::Concat(vec![
                Node::Assert(Assert::LineStart),
                node,
                Node::Assert(Assert::LineEnd),
            ]);
        }
        let mut compiler = Compiler {
            program: Vec::new(),
        };
        compiler.emit(&node)?;
        compiler.push(Inst::Match)?;
        Ok(Regex {
            program: compiler.program,
            sets: parser.sets,
            groups: parser.groups,
            ignore_case: syntax.ignore_case,
            backrefs: parser.backrefs,
        })
    }

    /// How many groups the pattern has.
    pub fn groups(&self) -> usize {
        self.groups
    }

    /// Whether the pattern matches somewhere in the text.
    pub fn is_match(&self, text: &[char]) -> bool {
        self.search(text, 0, true).is_some()
    }

    /// The leftmost-longest match starting at or after `from` (anchors see the whole text).
    pub fn find_at(&self, text: &[char], from: usize) -> Option<Captures> {
        self.search(text, from, false)
    }

    fn search(&self, text: &[char], from: usize, any: bool) -> Option<Captures> {
        if from > text.len() {
            return None;
        }
        let width = self.program.len();
        let cells = (text.len() - from + 1).saturating_mul(width);
        let mut visited = if self.backrefs || cells > MAX_BITS {
            Visited::Keys(BTreeSet::new(), self.backrefs)
        } else {
            Visited::Bits {
                bits: vec![0; cells / 64 + 1],
                width,
                base: from,
            }
        };
        let mut budget = BACKREF_BUDGET;
        for start in from..=text.len() {
            match self.run(text, start, &mut visited, &mut budget, any) {
                Some(Some(slots)) => {
                    let captures = slots
                        .chunks(2)
                        .map(|pair| match pair {
                            [s, e] if *s != UNSET && *e != UNSET && s <= e => Some((*s, *e)),
                            _ => None,
                        })
                        .collect();
                    return Some(captures);
                }
                Some(None) => {}
                None => return None,
            }
        }
        None
    }

    /// The longest match from `start` as capture slots; `None` when the budget ran out.
    fn run(
        &self,
        text: &[char],
        start: usize,
        visited: &mut Visited,
        budget: &mut usize,
        any: bool,
    ) -> Option<Option<Vec<usize>>> {
        let keyed = matches!(visited, Visited::Keys(..));
        let mut slots = vec![UNSET; 2 * (self.groups + 1)];
        let mut best: Option<Vec<usize>> = None;
        let mut stack = vec![Job::Try(0, start)];
        while let Some(job) = stack.pop() {
            let (mut pc, mut pos) = match job {
                Job::Restore(slot, value) => {
                    if let Some(cell) = slots.get_mut(slot) {
                        *cell = value;
                    }
                    continue;
                }
                Job::Try(pc, pos) => (pc, pos),
            };
            loop {
                if !visited.insert(pc, pos, &slots) {
                    break;
                }
                if keyed {
                    *budget = budget.checked_sub(1)?;
                }
                let Some(inst) = self.program.get(pc) else {
                    break;
                };
                match *inst {
                    Inst::Char(want) => match text.get(pos) {
                        Some(c) if *c == want || (self.ignore_case && lower(*c) == lower(want)) => {
                            pc += 1;
                            pos += 1;
                        }
                        _ => break,
                    },
                    Inst::Any => {
                        if pos >= text.len() {
                            break;
                        }
                        pc += 1;
                        pos += 1;
                    }
                    Inst::Set(index) => match (text.get(pos), self.sets.get(index)) {
                        (Some(c), Some(set)) if set.contains(*c, self.ignore_case) => {
                            pc += 1;
                            pos += 1;
                        }
                        _ => break,
                    },
                    Inst::Split(first, second) => {
                        stack.push(Job::Try(second, pos));
                        pc = first;
                    }
                    Inst::Jump(target) => pc = target,
                    Inst::Save(slot) => {
                        let old = slots.get(slot).copied().unwrap_or(UNSET);
                        stack.push(Job::Restore(slot, old));
                        if let Some(cell) = slots.get_mut(slot) {
                            *cell = pos;
                        }
                        pc += 1;
                    }
                    Inst::Assert(kind) => {
                        if !assert_holds(kind, text, pos) {
                            break;
                        }
                        pc += 1;
                    }
                    Inst::Backref(group) => {
                        let (s, e) = (
                            slots.get(2 * group).copied().unwrap_or(UNSET),
                            slots.get(2 * group + 1).copied().unwrap_or(UNSET),
                        );
                        let Some(wanted) = text.get(s..e) else {
                            break;
                        };
                        let Some(here) = text.get(pos..pos + wanted.len()) else {
                            break;
                        };
                        let same = wanted
                            .iter()
                            .zip(here)
                            .all(|(a, b)| a == b || (self.ignore_case && lower(*a) == lower(*b)));
                        if !same {
                            break;
                        }
                        pc += 1;
                        pos += wanted.len();
                    }
                    Inst::Match => {
                        if best
                            .as_ref()
                            .is_none_or(|b| b.get(1).is_some_and(|end| pos > *end))
                        {
                            let mut found = slots.clone();
                            if let Some(cell) = found.get_mut(0) {
                                *cell = start;
                            }
                            if let Some(cell) = found.get_mut(1) {
                                *cell = pos;
                            }
                            best = Some(found);
                            if any || pos == text.len() {
                                return Some(best);
                            }
                        }
                        break;
                    }
                }
            }
        }
        Some(best)
    }
}

fn assert_holds(kind: Assert, text: &[char], pos: usize) -> bool {
    let before = pos
        .checked_sub(1)
        .and_then(|p| text.get(p))
        .is_some_and(|c| is_word(*c));
    let after = text.get(pos).is_some_and(|c| is_word(*c));
    match kind {
        Assert::LineStart => pos == 0,
        Assert::LineEnd => pos == text.len(),
        Assert::WordBoundary => before != after,
        Assert::NotWordBoundary => before == after,
        Assert::WordStart => !before && after,
        Assert::WordEnd => before && !after,
        Assert::NoWordBefore => !before,
        Assert::NoWordAfter => !after,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(pattern: &str, extended: bool, text: &str) -> Result<Option<(usize, usize)>, String> {
        let syntax = Syntax {
            extended,
            ..Syntax::default()
        };
        let regex = Regex::new(pattern, syntax)?;
        let chars: Vec<char> = text.chars().collect();
        Ok(regex
            .find_at(&chars, 0)
            .and_then(|c| c.first().copied().flatten()))
    }

    #[test]
    fn matches_like_gnu() {
        type Case<'a> = (&'a str, bool, &'a str, Option<(usize, usize)>);
        let cases: &[Case] = &[
            ("abc", false, "xabcx", Some((1, 4))),
            ("^abc", false, "xabc", None),
            ("c$", false, "abc", Some((2, 3))),
            ("a$b", false, "a$b", Some((0, 3))),
            ("a^b", false, "a^b", Some((0, 3))),
            ("a.c", false, "abc", Some((0, 3))),
            ("a*", false, "baa", Some((0, 0))),
            ("ba*", false, "baa", Some((0, 3))),
            ("*a", false, "x*a", Some((1, 3))),
            ("\\(*a\\)", false, "*a", Some((0, 2))),
            ("a\\{2,3\\}", false, "aaaa", Some((0, 3))),
            ("a\\{2\\}", false, "a", None),
            ("a\\{,2\\}b", false, "aab", Some((0, 3))),
            ("a\\+", false, "caa", Some((1, 3))),
            ("a\\?b", false, "b", Some((0, 1))),
            ("a+", false, "a+", Some((0, 2))),
            ("x\\|yz", false, "ayz", Some((1, 3))),
            ("\\(a\\)\\1", false, "xaa", Some((1, 3))),
            ("\\(a*\\)b\\1", false, "aabaa", Some((0, 5))),
            ("[0-9]\\+", false, "ab123c", Some((2, 5))),
            ("[^a-z]", false, "abC", Some((2, 3))),
            ("[]a]", false, "x]", Some((1, 2))),
            ("[^]a]", false, "]ab", Some((2, 3))),
            ("[[:digit:]]*x", false, "12x", Some((0, 3))),
            ("[[:upper:][:space:]]", false, "ab C", Some((2, 3))),
            ("[a-]", false, "-", Some((0, 1))),
            ("\\w\\+", false, "  foo_1 ", Some((2, 7))),
            ("\\bfoo\\b", false, "a foo b", Some((2, 5))),
            ("\\<f", false, "off f", Some((4, 5))),
            ("o\\>", false, "oo o", Some((1, 2))),
            ("\\Bo", false, "o oo", Some((3, 4))),
            ("\\s", false, "a b", Some((1, 2))),
            ("Running|Pending", true, "x Pending", Some((2, 9))),
            ("(a|ab)(c|bcd)", true, "abcd", Some((0, 4))),
            ("a{1", true, "a{1", Some((0, 3))),
            ("a)", true, "a)", Some((0, 2))),
            ("*a", true, "xa", Some((1, 2))),
            ("^(ab)+$", true, "ababab", Some((0, 6))),
            ("(a|b)*c", true, "abbac", Some((0, 5))),
            ("x*", true, "", Some((0, 0))),
            ("()", true, "a", Some((0, 0))),
            ("(a)\\1", true, "baa", Some((1, 3))),
            ("a{1}{2}", true, "aa", Some((0, 2))),
            ("日本", false, "こ日本", Some((1, 3))),
        ];
        for (pattern, extended, text, want) in cases {
            assert_eq!(
                span(pattern, *extended, text),
                Ok(*want),
                "{pattern:?} on {text:?}"
            );
        }
    }

    #[test]
    fn compile_errors_carry_gnu_texts() {
        let cases: &[(&str, bool, &str)] = &[
            ("[a", false, UNMATCHED_BRACKET),
            ("[[:alpha:", false, UNMATCHED_BRACKET),
            ("[[:foo:]]", false, "Invalid character class name"),
            ("\\(", false, UNMATCHED_OPEN),
            ("a\\)", false, UNMATCHED_CLOSE),
            ("(", true, UNMATCHED_OPEN),
            ("a\\{1", false, UNMATCHED_INTERVAL),
            ("a\\{1,0\\}", false, BAD_INTERVAL),
            ("a\\{x\\}", false, BAD_INTERVAL),
            ("a{1,0}", true, BAD_INTERVAL),
            ("\\1", false, "Invalid back reference"),
            ("\\(a\\)\\2", false, "Invalid back reference"),
            ("a\\", false, "Trailing backslash"),
            ("[b-a]", false, "Invalid range end"),
            ("a\\{32768\\}", false, TOO_BIG),
            (
                "[:space:]",
                false,
                "character class syntax is [[:space:]], not [:space:]",
            ),
        ];
        for (pattern, extended, want) in cases {
            assert_eq!(
                span(pattern, *extended, "x").err().as_deref(),
                Some(*want),
                "{pattern:?}"
            );
        }
    }

    #[test]
    fn sed_syntax_is_strict() {
        let sed = |pattern: &str, extended: bool| {
            Regex::new(
                pattern,
                Syntax {
                    extended,
                    sed: true,
                    ..Syntax::default()
                },
            )
            .err()
        };
        assert_eq!(sed("*a", true).as_deref(), Some(BAD_PRECEDING));
        assert_eq!(sed("a)", true).as_deref(), Some(UNMATCHED_CLOSE));
        assert_eq!(sed("a{1", true).as_deref(), Some(UNMATCHED_INTERVAL));
        assert_eq!(sed("\\{1\\}", false).as_deref(), Some(BAD_PRECEDING));
        assert_eq!(sed("*a", false), None);
    }

    #[test]
    fn groups_and_case() {
        let syntax = Syntax {
            extended: true,
            ignore_case: true,
            ..Syntax::default()
        };
        let regex = Regex::new("(K[a-z]+)-([0-9])", syntax).unwrap();
        let text: Vec<char> = "x kUBIA-3".chars().collect();
        let found = regex.find_at(&text, 0).unwrap();
        assert_eq!(found, vec![Some((2, 9)), Some((2, 7)), Some((8, 9))]);
        let regex = Regex::new(
            "(a|ab)(bc|c)",
            Syntax {
                extended: true,
                ..Syntax::default()
            },
        )
        .unwrap();
        let text: Vec<char> = "abc".chars().collect();
        assert_eq!(
            regex.find_at(&text, 0).unwrap(),
            vec![Some((0, 3)), Some((0, 1)), Some((1, 3))]
        );
    }

    #[test]
    fn hostile_patterns_stay_fast() {
        let long: Vec<char> = "a".repeat(10_000).chars().collect();
        for pattern in [
            "(a*)*b",
            "(a|a)*b",
            "(a*)*(a*)*(a*)*b",
            "((a+)+)+b",
            "(.*)*x",
        ] {
            let regex = Regex::new(
                pattern,
                Syntax {
                    extended: true,
                    ..Syntax::default()
                },
            )
            .unwrap();
            assert!(!regex.is_match(&long), "{pattern}");
            assert!(regex.find_at(&long, 0).is_none());
        }
        let regex = Regex::new("\\(a*\\)*\\1b", Syntax::default()).unwrap();
        assert!(!regex.is_match(&long));
        assert!(Regex::new("a\\{1000\\}\\{1000\\}", Syntax::default()).is_err());
        assert!(Regex::new(
            &"(".repeat(5000),
            Syntax {
                extended: true,
                ..Syntax::default()
            }
        )
        .is_err());
    }

    #[test]
    fn random_patterns_never_panic() {
        const FRAGMENTS: &[&str] = &[
            "a",
            "\\",
            "[",
            "]",
            "(",
            ")",
            "\\(",
            "\\)",
            "{",
            "}",
            "\\{",
            "\\}",
            "*",
            "+",
            "?",
            "|",
            "\\|",
            "^",
            "$",
            ".",
            "-",
            "[:alpha:]",
            "[:",
            ":]",
            "[.",
            "[=",
            "\\1",
            "\\2",
            "1",
            ",",
            "9",
            "\\w",
            "\\b",
            "\\<",
            "日",
            "\u{0}",
            "\n",
            "[^",
            "\\n",
        ];
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let texts: Vec<Vec<char>> = ["", "a", "aa[](){}", "日本 a-b_c\n", "\\1|*+?"]
            .iter()
            .map(|t| t.chars().collect())
            .collect();
        for _ in 0..3000 {
            let mut pattern = String::new();
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let count = (state % 8) as usize;
            for step in 0..count {
                let index = ((state >> (step * 5)) % FRAGMENTS.len() as u64) as usize;
                pattern.push_str(FRAGMENTS[index]);
            }
            for extended in [false, true] {
                for sed in [false, true] {
                    let syntax = Syntax {
                        extended,
                        ignore_case: sed,
                        sed,
                        word: extended,
                        line: false,
                    };
                    if let Ok(regex) = Regex::new(&pattern, syntax) {
                        for text in &texts {
                            for from in 0..=text.len() + 1 {
                                let _ = regex.find_at(text, from);
                            }
                        }
                    }
                }
            }
        }
    }
}
