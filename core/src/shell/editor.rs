//! `vi`, `vim` and `nano`: the learner's files open in the terminal's editor. The command
//! waits ([`EditRequest`]) while the front end shows the file (the browser's editor pane, the
//! native binary's `$EDITOR`, a transcript's `@ save`); what was saved is written back.
//!
//! Several files open one after another, as `vim a b` walks its argument list; options
//! (`-R`, `+10`) are accepted and have no effect. Saving writes the whole text; quitting
//! leaves the file as it was (a file that did not exist is not created).

use crate::kubectl::{EditRequest, Env, Io, LineRead, Outcome, Waiter};
use crate::vfs::{FsError, Vfs};

/// The editors the shell knows, by the names learners type (and `KUBE_EDITOR` may give).
pub const EDITOR_COMMANDS: &[&str] = &["nano", "vi", "vim"];

/// Largest text an editor may save (the shell's own limit on input).
const MAX_SAVED_BYTES: usize = 16 * 1024 * 1024;

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
            if text.len() > MAX_SAVED_BYTES {
                io.err(&format!(
                    "\"{}\" E514: Write error (file too large)\n",
                    request.path
                ));
                self.status = 1;
            } else if env.fs.write(&request.path, text).is_err() {
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
