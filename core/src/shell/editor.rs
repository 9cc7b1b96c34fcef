//! `vi`, `vim` and `nano`: the learner's files open in the terminal's editor. The command
//! waits ([`EditRequest`]) while the front end shows the file (the browser's editor pane, the
//! native binary's `$EDITOR`, a transcript's `@ save`); what was saved is written back.
//!
//! Several files open one after another, as `vim a b` walks its argument list; options
//! (`-R`, `+10`) are accepted and have no effect. Saving writes the whole text; quitting
//! leaves the file as it was (a file that did not exist is not created).
//!
//! `less` is the same editor, read-only (a pager); `more` prints.

use crate::kubectl::{EditRequest, Env, Io, LineRead, Outcome, Waiter};
use crate::vfs::{FsError, Vfs};

/// The editors the shell knows, by the names learners type (and `KUBE_EDITOR` may give).
pub const EDITOR_COMMANDS: &[&str] = &["nano", "vi", "vim"];

/// Opens the files named in `args` one after another.
pub fn open(program: &str, args: &[&str], fs: &Vfs, io: &mut Io) -> Outcome {
    let mut paths: Vec<String> = Vec::new();
    let mut options_end = false;
    for arg in args {
        if !options_end && *arg == "--" {
            options_end = true;
        } else if options_end || !(arg.starts_with('-') || arg.starts_with('+')) || *arg == "-" {
            paths.push((*arg).to_string());
        }
    }
    if paths.is_empty() {
        // An unnamed buffer: what is typed there has nowhere to go.
        paths.push(String::new());
    }
    paths.reverse();
    let mut editor = FileEditor {
        program: program.to_string(),
        waiting: paths,
        request: None,
        status: 0,
    };
    editor.open_next(fs, io);
    match editor.request {
        Some(_) => Outcome::Wait(Box::new(editor)),
        None => Outcome::Done(editor.status),
    }
}

/// `less` and `more`. On the terminal, `less` shows each file (or its piped input) in the
/// terminal's editor, read-only, until it is closed; `more` prints them, as it does when they
/// fit the screen (the terminal's scrollback pages them). Writing elsewhere (`less f > g`,
/// `less f | wc`), `less` copies its input as `cat` does and `more` puts util-linux's
/// `::::::::::::::` header before each file. A missing file is reported and skipped; only
/// `less` on the terminal with nothing to show fails.
pub fn page(
    program: &str,
    args: &[&str],
    stdin: &super::builtins::Stdin<'_>,
    to_terminal: bool,
    fs: &Vfs,
    io: &mut Io,
) -> Outcome {
    let files: Vec<&str> = args
        .iter()
        .copied()
        .filter(|arg| !arg.starts_with('-') || *arg == "-")
        .collect();
    if files.is_empty() && stdin.is_terminal() {
        io.err(if program == "less" {
            "Missing filename (\"less --help\" for help)\n"
        } else {
            "more: bad usage\nTry 'more --help' for more information.\n"
        });
        return Outcome::Done(1);
    }
    let headers = program == "more" && (!to_terminal || files.len() > 1);
    let mut texts: Vec<(String, String)> = Vec::new();
    if files.is_empty() {
        texts.push((String::new(), stdin.read().to_string()));
    }
    for file in files {
        if file == "-" {
            texts.push((String::new(), stdin.read().to_string()));
            continue;
        }
        match fs.read(file) {
            Ok(text) if headers => texts.push((
                file.to_string(),
                format!("::::::::::::::\n{file}\n::::::::::::::\n{text}"),
            )),
            Ok(text) => texts.push((file.to_string(), text.to_string())),
            Err(error) => {
                io.err(&match (program, error) {
                    ("less", FsError::IsADirectory) => format!("{file} is a directory\n"),
                    ("less", _) => format!("{file}: No such file or directory\n"),
                    (_, FsError::IsADirectory) => {
                        format!("more: cannot open {file}: Is a directory\n")
                    }
                    _ => format!("more: cannot open {file}: No such file or directory\n"),
                });
            }
        }
    }
    if !to_terminal || program != "less" {
        for (_, text) in &texts {
            io.out(text);
        }
        return Outcome::Done(0);
    }
    let mut pages: Vec<EditRequest> = texts
        .into_iter()
        .map(|(path, text)| EditRequest {
            program: program.to_string(),
            path,
            text,
            read_only: true,
        })
        .collect();
    pages.reverse();
    let Some(first) = pages.pop() else {
        return Outcome::Done(1);
    };
    Outcome::Wait(Box::new(Pager {
        shown: Some(first),
        waiting: pages,
    }))
}

/// `less` showing its files one after another.
struct Pager {
    shown: Option<EditRequest>,
    /// The files still to show, the next one last.
    waiting: Vec<EditRequest>,
}

impl Waiter for Pager {
    fn poll(&mut self, _env: &mut Env<'_>, _io: &mut Io) -> Option<i32> {
        None
    }

    fn interrupt(&mut self, _env: &mut Env<'_>, _io: &mut Io) -> i32 {
        130
    }

    fn endless(&self) -> bool {
        true
    }

    fn edit_request(&self) -> Option<&EditRequest> {
        self.shown.as_ref()
    }

    fn finish_edit(&mut self, _saved: Option<&str>, _env: &mut Env<'_>, _io: &mut Io) -> LineRead {
        if self.shown.take().is_none() {
            return LineRead::Ignored;
        }
        self.shown = self.waiting.pop();
        if self.shown.is_some() {
            return LineRead::Continue;
        }
        LineRead::Finished(Outcome::Done(0))
    }
}

/// Files waiting to be edited, the one open first.
struct FileEditor {
    program: String,
    /// The files still to open, the next one last.
    waiting: Vec<String>,
    /// The file open now.
    request: Option<EditRequest>,
    status: i32,
}

impl FileEditor {
    /// Opens the next file that can be opened (a directory is reported and skipped).
    fn open_next(&mut self, fs: &Vfs, io: &mut Io) {
        self.request = None;
        while let Some(path) = self.waiting.pop() {
            let text = match fs.read(&path) {
                // An unnamed buffer starts empty.
                _ if path.is_empty() => String::new(),
                Ok(text) => text.to_string(),
                Err(FsError::IsADirectory) => {
                    io.err(&format!("\"{path}\" is a directory\n"));
                    continue;
                }
                Err(_) => String::new(),
            };
            self.request = Some(EditRequest {
                program: self.program.clone(),
                path,
                text,
                read_only: false,
            });
            return;
        }
    }
}

impl Waiter for FileEditor {
    fn poll(&mut self, _env: &mut Env<'_>, _io: &mut Io) -> Option<i32> {
        None
    }

    fn interrupt(&mut self, _env: &mut Env<'_>, _io: &mut Io) -> i32 {
        130
    }

    fn endless(&self) -> bool {
        true
    }

    fn edit_request(&self) -> Option<&EditRequest> {
        self.request.as_ref()
    }

    fn finish_edit(&mut self, saved: Option<&str>, env: &mut Env<'_>, io: &mut Io) -> LineRead {
        let Some(request) = self.request.take() else {
            return LineRead::Ignored;
        };
        if let Some(text) = saved.filter(|_| !request.path.is_empty()) {
            if env.fs.write(&request.path, text).is_err() {
                io.err(&format!(
                    "\"{}\" E212: Can't open file for writing\n",
                    request.path
                ));
                self.status = 1;
            }
        }
        self.open_next(env.fs, io);
        if self.request.is_some() {
            return LineRead::Continue;
        }
        LineRead::Finished(Outcome::Done(self.status))
    }
}
