//! The shell's own state: variables, aliases, history, background jobs and the notices bash
//! prints before the next prompt.

use super::assoc::Assoc;
use super::exec::Execution;
use std::collections::BTreeMap;

/// A background job (`cmd &`).
pub struct Job {
    /// `%1`, `%2`…
    pub id: usize,
    /// The fake process id bash printed (`[1] 4242`).
    pub pid: u32,
    /// The command as typed, without the `&`.
    pub command: String,
    pub execution: Execution,
    /// The job's own shell state: bash forks it, so what it changes stays with it and what
    /// the shell changes afterwards does not reach it.
    pub state: ForkedState,
}

/// The parts of a shell a forked process (a background job) has to itself.
pub struct ForkedState {
    vars: BTreeMap<String, String>,
    arrays: BTreeMap<String, Array>,
    exported: std::collections::BTreeSet<String>,
    attributes: BTreeMap<String, u8>,
    assocs: BTreeMap<String, Assoc>,
    aliases: BTreeMap<String, String>,
    positional: Positional,
    options: ShellOptions,
    subshells: Vec<SubshellFrame>,
    script_depth: usize,
    bash_scripts: usize,
    script_place: Option<String>,
    last_status: i32,
    /// The working directory (kept by the file system; swapped in by the executor).
    pub cwd: String,
}

/// Variables, aliases, history and jobs of one shell.
pub struct ShellState {
    /// The scalar variables. Read through `get_var` (an array's element 0 is its value);
    /// write through `set_var`/`unset_var`, so a subshell can undo it.
    pub vars: BTreeMap<String, String>,
    /// The indexed arrays (`a=(x y)`), never also in `vars`. Read freely; write through
    /// `set_array`/`set_element`/`unset_element`/`unset_var`.
    pub arrays: BTreeMap<String, Array>,
    /// The variables in the environment of commands (`export`); `env` prints these. Written
    /// through `set_exported`.
    pub exported: std::collections::BTreeSet<String>,
    /// The attributes of names beyond their values ([`DECLARED`], [`READONLY`]); written
    /// through `set_attribute`.
    pub attributes: BTreeMap<String, u8>,
    /// The associative arrays (`declare -A m`), never also in `vars` or `arrays`. Read
    /// freely; write through `set_assoc` and `unset_var`.
    pub assocs: BTreeMap<String, Assoc>,
    /// Written through `set_alias`/`unset_alias`.
    pub aliases: BTreeMap<String, String>,
    /// Commands as submitted (for `history`).
    pub history: Vec<String>,
    pub jobs: Vec<Job>,
    /// `[1]+  Done …` lines waiting for the next prompt.
    pub finished_notices: Vec<String>,
    /// For `kubens -`.
    pub previous_namespace: Option<String>,
    /// Set by `clear`; the front end clears its screen and resets it.
    pub clear_requested: bool,
    /// Set by `exit N`: the program stops, and the front end decides what leaving means.
    pub exit_requested: Option<i32>,
    /// Set by `kubectl exec -i POD -- sh`: the session sends the next lines to that shell.
    pub attach_requested: Option<Box<crate::kubectl::verbs::AttachedShell>>,
    pub last_status: i32,
    /// The status of the last command substitution of the command being expanded (an
    /// assignment-only command such as `x=$(false)` ends with it).
    pub substitution_status: Option<i32>,
    /// `$_`: the last argument of the last simple command.
    pub last_argument: String,
    /// The width of the terminal the shell writes to (`None`: not a terminal, as under a
    /// pipe or in a transcript); `ls` prints columns to it.
    pub terminal_columns: Option<usize>,
    /// Set by `break N` / `continue N`; the running program unwinds its loops.
    pub loop_control: Option<LoopControl>,
    /// Loops around the command being run (for `break` outside a loop).
    pub loop_depth: usize,
    next_pid: u32,
    /// The subshells being run, innermost last: what each changed, to put back at its end.
    subshells: Vec<SubshellFrame>,
    /// `$0` and `$1`…: set while a script runs (`bash script.sh a b`, `source f a b`).
    pub positional: Positional,
    /// Scripts running inside one another (`source` in a sourced file…).
    pub script_depth: usize,
    /// Of those, the ones run by `bash FILE` (not interactive: `set -u` ends them).
    pub bash_scripts: usize,
    /// Set by an error that makes bash give up the rest of the command line (`set -u`).
    pub abandon_line: bool,
    /// Executions running inside one another on the native stack (the line's own, a function
    /// or compound command in a pipeline, `$(…)`, a background job started inside one): the
    /// playground forks no deeper than `exec::MAX_NESTING`.
    pub nesting: usize,
    /// Commands the line ran since it started or last waited, in every execution nested in it.
    pub line_steps: usize,
    /// Set, with the line's status, when a fork failed or the line ran too many commands
    /// without waiting: every execution running gives up, up to the line's own.
    pub line_stopped: Option<i32>,
    /// Background jobs running inside one another: a job started in a job is a subshell's,
    /// which bash starts and ends without `[1] 4212` or `Done` lines.
    pub job_depth: usize,
    /// In a script run by `bash`: how bash's messages name it (`err.sh`, `bash` for `bash
    /// -c`), before the line of the command (`err.sh: line 3: `).
    pub script_place: Option<String>,
    /// What `set -e`, `-u`, `-x` and `-o pipefail` turned on.
    pub options: ShellOptions,
    /// Compound commands being run as a stage of their own (piped or redirected): they run one
    /// level deeper here, but `set -x` shows them at their own level, as bash does.
    pub xtrace_nesting: usize,
    /// The standard inputs of compound commands being run with their input piped or
    /// redirected (`… | while read l; do …; done`), innermost last: what is left to read. The
    /// commands inside read it in turn (`read` takes a line, `cat` the rest).
    pub input_streams: Vec<String>,
    /// The functions defined (`name() { …; }`): each body is a command with its compound
    /// command and redirections. Written through `set_function`, so a subshell can undo it.
    pub functions: BTreeMap<String, super::syntax::SimpleCommand>,
    /// The functions being run, innermost last: the variables each made `local`, with their
    /// values before (put back when it returns).
    pub function_locals: Vec<Vec<(String, SavedVar)>>,
    /// Set by `return N`: the running function (or sourced file) ends with status N.
    pub return_requested: Option<i32>,
    /// The files standing for open process substitutions (`/dev/fd/63`…), removed when the
    /// command that names them is over (or, for one that waits, when the line is).
    pub process_substitutions: Vec<String>,
}

/// The `set` options the shell acts on.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ShellOptions {
    /// `-e`: a failing command ends the shell (or the script).
    pub errexit: bool,
    /// `-u`: expanding an unset variable is an error.
    pub nounset: bool,
    /// `-x`: each command is printed, expanded, before it runs.
    pub xtrace: bool,
    /// `-o pipefail`: a pipeline fails with its last failing stage.
    pub pipefail: bool,
}

impl ShellOptions {
    /// `$-`: bash's flag letters in its order (interactive shells add `i`, `m` and `H`).
    pub fn flags(&self, interactive: bool) -> String {
        let mut flags = String::new();
        for (on, letter) in [
            (self.errexit, 'e'),
            (true, 'h'),
            (interactive, 'i'),
            (interactive, 'm'),
            (self.nounset, 'u'),
            (self.xtrace, 'x'),
            (true, 'B'),
            (interactive, 'H'),
            (true, 's'),
        ] {
            if on {
                flags.push(letter);
            }
        }
        flags
    }
}

/// The positional parameters.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Positional {
    /// `$0`; `None`: the interactive shell's `bash`.
    pub zero: Option<String>,
    /// `$1`, `$2`…
    pub args: Vec<String>,
}

/// What a subshell found before it changed it: its options and positional parameters, and
/// the first value of each variable, export flag and alias it wrote (`None`: there was none).
#[derive(Default)]
struct SubshellFrame {
    /// `set` options at its start (`set -e` in `bash -c '…'` stays there).
    options: ShellOptions,
    /// The positional parameters at its start (`$(set -- a b)` leaves the shell's alone).
    positional: Positional,
    vars: BTreeMap<String, Option<String>>,
    arrays: BTreeMap<String, Option<Array>>,
    exported: BTreeMap<String, bool>,
    attributes: BTreeMap<String, Option<u8>>,
    assocs: BTreeMap<String, Option<Assoc>>,
    aliases: BTreeMap<String, Option<String>>,
    /// The functions as they were before it first defined one.
    functions: Option<BTreeMap<String, super::syntax::SimpleCommand>>,
}

/// A name declared without a value (`declare x`, `local -a a`): `declare -p` shows it, `$x`
/// is still unset. Any assignment ends it.
pub const DECLARED: u8 = 1;
/// `readonly x`, `declare -r x`: assignments and `unset` are refused.
pub const READONLY: u8 = 2;

/// An indexed array: its elements by index (bash's indexes are 0 and up; sparse after
/// `unset 'a[1]'`).
pub type Array = BTreeMap<i64, String>;

/// A variable's value as `local` found it, to put back when the function returns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SavedVar {
    Unset,
    Scalar(String),
    Array(Array),
    Assoc(Assoc),
}

/// What `break` or `continue` asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoopControl {
    /// Leave this many loops.
    Break(usize),
    /// Go on with the next round of the loop this many levels out.
    Continue(usize),
}

impl Default for ShellState {
    fn default() -> ShellState {
        let mut vars = BTreeMap::new();
        for (key, value) in [
            ("HOME", crate::vfs::HOME),
            ("USER", "learner"),
            ("SHELL", "/bin/bash"),
            ("PATH", "/usr/local/bin:/usr/bin:/bin"),
            ("KUBECONFIG", "/home/learner/.kube/config"),
            ("TERM", "xterm-256color"),
        ] {
            vars.insert(key.to_string(), value.to_string());
        }
        ShellState {
            exported: vars.keys().cloned().collect(),
            attributes: BTreeMap::new(),
            assocs: BTreeMap::new(),
            vars,
            arrays: BTreeMap::new(),
            aliases: BTreeMap::new(),
            history: Vec::new(),
            jobs: Vec::new(),
            finished_notices: Vec::new(),
            previous_namespace: None,
            clear_requested: false,
            exit_requested: None,
            attach_requested: None,
            last_status: 0,
            loop_control: None,
            loop_depth: 0,
            next_pid: 4242,
            terminal_columns: None,
            substitution_status: None,
            last_argument: String::new(),
            subshells: Vec::new(),
            input_streams: Vec::new(),
            functions: BTreeMap::new(),
            function_locals: Vec::new(),
            return_requested: None,
            process_substitutions: Vec::new(),
            positional: Positional::default(),
            script_depth: 0,
            bash_scripts: 0,
            abandon_line: false,
            nesting: 0,
            line_steps: 0,
            line_stopped: None,
            job_depth: 0,
            script_place: None,
            options: ShellOptions::default(),
            xtrace_nesting: 0,
        }
    }
}

impl ShellState {
    /// The next job number: one more than the highest in use, as bash numbers them.
    pub fn next_job_id(&self) -> usize {
        self.jobs.iter().map(|job| job.id).max().unwrap_or(0) + 1
    }

    /// A fresh fake process id.
    pub fn next_pid(&mut self) -> u32 {
        self.next_pid += 7;
        self.next_pid
    }

    /// A variable's value: a scalar's, or an array's element 0 (`$a` is `${a[0]}`).
    pub fn get_var(&self, name: &str) -> Option<&str> {
        if let Some(assoc) = self.assocs.get(name) {
            return assoc.get("0");
        }
        match self.arrays.get(name) {
            Some(array) => array.get(&0).map(String::as_str),
            None => self.vars.get(name).map(String::as_str),
        }
    }

    /// Sets a variable; on an array, its element 0 (as bash does).
    pub fn set_var(&mut self, name: &str, value: String) {
        if self.attributes.contains_key(name) && self.declared_only(name) {
            return;
        }
        if self.arrays.contains_key(name) {
            self.set_element(name, 0, value);
            return;
        }
        if self.assocs.contains_key(name) {
            self.set_assoc_element(name, "0", value);
            return;
        }
        self.remember_var(name);
        self.vars.insert(name.to_string(), value);
    }

    /// `name+=value`, in place (on an array, to element 0).
    pub fn append_to_var(&mut self, name: &str, value: &str) {
        if self.attributes.contains_key(name) && self.declared_only(name) {
            return;
        }
        if self.arrays.contains_key(name) || self.assocs.contains_key(name) {
            let mut element = self.get_var(name).unwrap_or_default().to_string();
            element.push_str(value);
            self.set_var(name, element);
            return;
        }
        self.remember_var(name);
        self.vars
            .entry(name.to_string())
            .or_default()
            .push_str(value);
    }

    /// Unsets a variable, scalar or array.
    pub fn unset_var(&mut self, name: &str) {
        if self.has_attribute(name, READONLY) {
            return;
        }
        self.set_attribute(name, DECLARED, false);
        self.remember_var(name);
        self.remember_array(name);
        self.remember_assoc(name);
        self.vars.remove(name);
        self.arrays.remove(name);
        self.assocs.remove(name);
    }

    /// Makes `name` the associative array `assoc` (a variable of that name is gone).
    pub fn set_assoc(&mut self, name: &str, assoc: Assoc) {
        if self.attributes.contains_key(name) && self.declared_only(name) {
            return;
        }
        self.remember_var(name);
        self.remember_array(name);
        self.remember_assoc(name);
        self.vars.remove(name);
        self.arrays.remove(name);
        self.assocs.insert(name.to_string(), assoc);
    }

    /// `m[key]=value` of an associative array.
    pub fn set_assoc_element(&mut self, name: &str, key: &str, value: String) {
        if self.attributes.contains_key(name) && self.declared_only(name) {
            return;
        }
        self.remember_assoc(name);
        if let Some(assoc) = self.assocs.get_mut(name) {
            assoc.insert(key, value);
        }
    }

    /// `unset 'm[key]'`.
    pub fn unset_assoc_element(&mut self, name: &str, key: &str) {
        if self.has_attribute(name, READONLY) {
            return;
        }
        self.remember_assoc(name);
        if let Some(assoc) = self.assocs.get_mut(name) {
            assoc.remove(key);
        }
    }

    /// The elements of a variable seen as an array: an array's, a set scalar's as element 0,
    /// none for an unset one.
    pub fn array_elements(&self, name: &str) -> Array {
        match self.arrays.get(name) {
            Some(array) => array.clone(),
            None => self
                .vars
                .get(name)
                .map(|value| Array::from([(0, value.clone())]))
                .unwrap_or_default(),
        }
    }

    /// Makes `name` the array `array` (a scalar of that name is gone).
    pub fn set_array(&mut self, name: &str, array: Array) {
        if self.attributes.contains_key(name) && self.declared_only(name) {
            return;
        }
        if self.assocs.contains_key(name) {
            self.remember_assoc(name);
            self.assocs.remove(name);
        }
        self.remember_var(name);
        self.remember_array(name);
        self.vars.remove(name);
        self.arrays.insert(name.to_string(), array);
    }

    /// `name[index]=value`: a scalar becomes an array whose element 0 is its value.
    pub fn set_element(&mut self, name: &str, index: i64, value: String) {
        if self.attributes.contains_key(name) && self.declared_only(name) {
            return;
        }
        if self.assocs.contains_key(name) {
            self.set_assoc_element(name, &index.to_string(), value);
            return;
        }
        self.to_array(name);
        if let Some(array) = self.arrays.get_mut(name) {
            array.insert(index, value);
        }
    }

    /// Makes `name` an array (a scalar's value becomes element 0; an unset name an empty
    /// array).
    pub fn to_array(&mut self, name: &str) {
        if self.arrays.contains_key(name) {
            self.remember_array(name);
            return;
        }
        let array = self.array_elements(name);
        self.set_array(name, array);
    }

    /// `unset 'name[index]'` (a scalar is element 0).
    pub fn unset_element(&mut self, name: &str, index: i64) {
        if !self.arrays.contains_key(name) {
            if index == 0 {
                self.unset_var(name);
            }
            return;
        }
        self.remember_array(name);
        if let Some(array) = self.arrays.get_mut(name) {
            array.remove(&index);
        }
    }

    pub fn set_exported(&mut self, name: &str, exported: bool) {
        if let Some(frame) = self.subshells.last_mut() {
            if !frame.exported.contains_key(name) {
                let was = self.exported.contains(name);
                frame.exported.insert(name.to_string(), was);
            }
        }
        if exported {
            self.exported.insert(name.to_string());
        } else {
            self.exported.remove(name);
        }
    }

    /// Defines a function (a subshell's definitions end with it).
    pub fn set_function(&mut self, name: &str, body: super::syntax::SimpleCommand) {
        if let Some(frame) = self.subshells.last_mut() {
            if frame.functions.is_none() {
                frame.functions = Some(self.functions.clone());
            }
        }
        self.functions.insert(name.to_string(), body);
    }

    /// Whether `name` has the attribute `flag` ([`DECLARED`], [`READONLY`]).
    pub fn has_attribute(&self, name: &str, flag: u8) -> bool {
        self.attributes
            .get(name)
            .is_some_and(|flags| flags & flag != 0)
    }

    /// Turns an attribute of `name` on or off (a subshell's changes end with it).
    pub fn set_attribute(&mut self, name: &str, flag: u8, on: bool) {
        if on == self.has_attribute(name, flag) {
            return;
        }
        if let Some(frame) = self.subshells.last_mut() {
            remember(&mut frame.attributes, &self.attributes, name);
        }
        let flags = self.attributes.get(name).copied().unwrap_or(0);
        let flags = if on { flags | flag } else { flags & !flag };
        if flags == 0 {
            self.attributes.remove(name);
        } else {
            self.attributes.insert(name.to_string(), flags);
        }
    }

    /// Before a write to `name`: it is no longer only declared; `true` when it is read-only
    /// and the write must not happen.
    fn declared_only(&mut self, name: &str) -> bool {
        if self.has_attribute(name, READONLY) {
            return true;
        }
        self.set_attribute(name, DECLARED, false);
        false
    }

    /// `unset -f NAME`: removes a function (a subshell's removal ends with it); whether there
    /// was one.
    pub fn unset_function(&mut self, name: &str) -> bool {
        if !self.functions.contains_key(name) {
            return false;
        }
        if let Some(frame) = self.subshells.last_mut() {
            if frame.functions.is_none() {
                frame.functions = Some(self.functions.clone());
            }
        }
        self.functions.remove(name).is_some()
    }

    /// `local NAME`: notes the variable's value, to put back when the innermost function
    /// returns; `false` outside a function.
    pub fn make_local(&mut self, name: &str) -> bool {
        let before = match (self.arrays.get(name), self.vars.get(name)) {
            _ if self.assocs.contains_key(name) => {
                SavedVar::Assoc(self.assocs.get(name).cloned().unwrap_or_default())
            }
            (Some(array), _) => SavedVar::Array(array.clone()),
            (None, Some(value)) => SavedVar::Scalar(value.clone()),
            (None, None) => SavedVar::Unset,
        };
        let Some(locals) = self.function_locals.last_mut() else {
            return false;
        };
        if !locals.iter().any(|(local, _)| local == name) {
            locals.push((name.to_string(), before));
        }
        true
    }

    /// The innermost function returned: its local variables get their values back.
    pub fn end_function(&mut self) {
        for (name, value) in self.function_locals.pop().unwrap_or_default() {
            // A local could not shadow a read-only variable: its attributes were its own.
            self.set_attribute(&name, READONLY, false);
            self.unset_var(&name);
            match value {
                SavedVar::Scalar(value) => self.set_var(&name, value),
                SavedVar::Array(array) => self.set_array(&name, array),
                SavedVar::Assoc(assoc) => self.set_assoc(&name, assoc),
                // `local -x` of a name that was not set: exported no more.
                SavedVar::Unset => self.set_exported(&name, false),
            }
        }
    }

    pub fn set_alias(&mut self, name: &str, value: String) {
        self.remember_alias(name);
        self.aliases.insert(name.to_string(), value);
    }

    /// Removes an alias; `false` when there was none.
    pub fn unset_alias(&mut self, name: &str) -> bool {
        self.remember_alias(name);
        self.aliases.remove(name).is_some()
    }

    fn remember_var(&mut self, name: &str) {
        if let Some(frame) = self.subshells.last_mut() {
            remember(&mut frame.vars, &self.vars, name);
        }
    }

    fn remember_array(&mut self, name: &str) {
        if let Some(frame) = self.subshells.last_mut() {
            if !frame.arrays.contains_key(name) {
                frame
                    .arrays
                    .insert(name.to_string(), self.arrays.get(name).cloned());
            }
        }
    }

    fn remember_assoc(&mut self, name: &str) {
        if let Some(frame) = self.subshells.last_mut() {
            remember(&mut frame.assocs, &self.assocs, name);
        }
    }

    fn remember_alias(&mut self, name: &str) {
        if let Some(frame) = self.subshells.last_mut() {
            remember(&mut frame.aliases, &self.aliases, name);
        }
    }

    /// A copy of the state a forked process starts with (`cwd`: the working directory).
    pub fn fork(&self, cwd: String) -> ForkedState {
        ForkedState {
            vars: self.vars.clone(),
            arrays: self.arrays.clone(),
            exported: self.exported.clone(),
            attributes: self.attributes.clone(),
            assocs: self.assocs.clone(),
            aliases: self.aliases.clone(),
            positional: self.positional.clone(),
            options: self.options,
            subshells: Vec::new(),
            script_depth: 0,
            bash_scripts: 0,
            script_place: None,
            last_status: self.last_status,
            cwd,
        }
    }

    /// Exchanges the forkable state with `other` (a job's, around each time it runs).
    pub fn swap_forked(&mut self, other: &mut ForkedState) {
        std::mem::swap(&mut self.vars, &mut other.vars);
        std::mem::swap(&mut self.arrays, &mut other.arrays);
        std::mem::swap(&mut self.exported, &mut other.exported);
        std::mem::swap(&mut self.attributes, &mut other.attributes);
        std::mem::swap(&mut self.assocs, &mut other.assocs);
        std::mem::swap(&mut self.aliases, &mut other.aliases);
        std::mem::swap(&mut self.positional, &mut other.positional);
        std::mem::swap(&mut self.options, &mut other.options);
        std::mem::swap(&mut self.subshells, &mut other.subshells);
        std::mem::swap(&mut self.script_depth, &mut other.script_depth);
        std::mem::swap(&mut self.bash_scripts, &mut other.bash_scripts);
        std::mem::swap(&mut self.script_place, &mut other.script_place);
        std::mem::swap(&mut self.last_status, &mut other.last_status);
    }

    /// Starts a subshell: from here its variable, export and alias changes are recorded.
    pub fn enter_subshell(&mut self) {
        self.subshells.push(SubshellFrame {
            options: self.options,
            positional: self.positional.clone(),
            ..SubshellFrame::default()
        });
    }

    /// Ends the innermost subshell: what it changed is as it was when it started. The cost is
    /// that of its own changes, not of the whole state.
    pub fn leave_subshell(&mut self) {
        let Some(frame) = self.subshells.pop() else {
            return;
        };
        self.options = frame.options;
        self.positional = frame.positional;
        restore(&mut self.vars, frame.vars);
        for (name, array) in frame.arrays {
            match array {
                Some(array) => self.arrays.insert(name, array),
                None => self.arrays.remove(&name),
            };
        }
        restore(&mut self.aliases, frame.aliases);
        restore(&mut self.attributes, frame.attributes);
        restore(&mut self.assocs, frame.assocs);
        if let Some(functions) = frame.functions {
            self.functions = functions;
        }
        for (name, exported) in frame.exported {
            if exported {
                self.exported.insert(name);
            } else {
                self.exported.remove(&name);
            }
        }
    }
}

/// Notes `name`'s value in `map` before a subshell first changes it.
fn remember<T: Clone>(
    saved: &mut BTreeMap<String, Option<T>>,
    map: &BTreeMap<String, T>,
    name: &str,
) {
    if !saved.contains_key(name) {
        saved.insert(name.to_string(), map.get(name).cloned());
    }
}

/// Puts back the values a subshell noted.
fn restore<T>(map: &mut BTreeMap<String, T>, saved: BTreeMap<String, Option<T>>) {
    for (name, value) in saved {
        match value {
            Some(value) => map.insert(name, value),
            None => map.remove(&name),
        };
    }
}
