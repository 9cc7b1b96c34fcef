//! The playground's virtual file system: a small in-memory tree of text files.
//!
//! Seeded with the chapter's manifests so `kubectl create -f kubia-manual.yaml` works on the
//! first visit. Paths are resolved against a current directory (`/home/learner`), `~` and `..`
//! are understood, and errors carry the texts coreutils prints.

use std::collections::BTreeMap;
use std::fmt;

/// The learner's home and the initial working directory.
pub const HOME: &str = "/home/learner";

/// A file-system error, rendered like coreutils (`No such file or directory`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FsError {
    /// The path (or a parent) does not exist.
    NotFound,
    /// A file was expected but the path is a directory.
    IsADirectory,
    /// A directory was expected but the path is a file.
    NotADirectory,
    /// The path already exists.
    AlreadyExists,
    /// The directory is not empty.
    NotEmpty,
}

impl fmt::Display for FsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            FsError::NotFound => "No such file or directory",
            FsError::IsADirectory => "Is a directory",
            FsError::NotADirectory => "Not a directory",
            FsError::AlreadyExists => "File exists",
            FsError::NotEmpty => "Directory not empty",
        })
    }
}

/// A node of the tree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    File(String),
    Directory,
}

/// The file system: absolute normalized path → entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Vfs {
    entries: BTreeMap<String, Box<Entry>>,
    cwd: String,
}

impl Default for Vfs {
    fn default() -> Vfs {
        Vfs::new()
    }
}

impl Vfs {
    /// An empty tree with `/`, `/home`, `/home/learner` and `/tmp`.
    pub fn new() -> Vfs {
        let mut entries = BTreeMap::new();
        for dir in ["/", "/dev", "/home", HOME, "/tmp"] {
            entries.insert(dir.to_string(), Box::new(Entry::Directory));
        }
        // Always empty: redirections discard what is written to it.
        entries.insert(
            "/dev/null".to_string(),
            Box::new(Entry::File(String::new())),
        );
        Vfs {
            entries,
            cwd: HOME.to_string(),
        }
    }

    /// The tree a fresh playground starts with: the chapter's manifests in the home directory
    /// (the session adds the kubeconfig kind wrote).
    pub fn with_chapter_files() -> Vfs {
        let mut vfs = Vfs::new();
        for (name, content) in crate::manifests::CHAPTER_FILES {
            let _ = vfs.write(name, content);
        }
        vfs
    }

    pub fn cwd(&self) -> &str {
        &self.cwd
    }

    /// Normalizes `path` against the current directory (`~`, `.`, `..`, repeated `/`).
    pub fn resolve(&self, path: &str) -> String {
        let expanded = if path == "~" {
            HOME.to_string()
        } else if let Some(rest) = path.strip_prefix("~/") {
            format!("{HOME}/{rest}")
        } else if path.starts_with('/') {
            path.to_string()
        } else {
            format!("{}/{path}", self.cwd)
        };
        let mut parts: Vec<&str> = Vec::new();
        for part in expanded.split('/') {
            match part {
                "" | "." => {}
                ".." => {
                    parts.pop();
                }
                other => parts.push(other),
            }
        }
        format!("/{}", parts.join("/"))
    }

    fn parent(path: &str) -> String {
        match path.rfind('/') {
            Some(0) | None => "/".to_string(),
            Some(index) => path.get(..index).unwrap_or("/").to_string(),
        }
    }

    pub fn entry(&self, path: &str) -> Option<&Entry> {
        self.entries.get(&self.resolve(path)).map(|entry| &**entry)
    }

    pub fn is_dir(&self, path: &str) -> bool {
        matches!(self.entry(path), Some(Entry::Directory))
    }

    pub fn exists(&self, path: &str) -> bool {
        self.entry(path).is_some()
    }

    /// The text of a file (`name/` names a directory: a file there is `Not a directory`).
    pub fn read(&self, path: &str) -> Result<&str, FsError> {
        match self.entry(path) {
            Some(Entry::File(_)) if path.len() > 1 && path.ends_with('/') => {
                Err(FsError::NotADirectory)
            }
            Some(Entry::File(content)) => Ok(content),
            Some(Entry::Directory) => Err(FsError::IsADirectory),
            None => Err(FsError::NotFound),
        }
    }

    /// Creates or replaces a file; the parent directory must exist.
    pub fn write(&mut self, path: &str, content: &str) -> Result<(), FsError> {
        let absolute = self.resolve(path);
        match self
            .entries
            .get(&Vfs::parent(&absolute))
            .map(|entry| &**entry)
        {
            Some(Entry::Directory) => {}
            Some(Entry::File(_)) => return Err(FsError::NotADirectory),
            None => return Err(FsError::NotFound),
        }
        if let Some(Entry::Directory) = self.entries.get(&absolute).map(|entry| &**entry) {
            return Err(FsError::IsADirectory);
        }
        self.entries
            .insert(absolute, Box::new(Entry::File(content.to_string())));
        Ok(())
    }

    /// Appends to a file, creating it if missing.
    pub fn append(&mut self, path: &str, content: &str) -> Result<(), FsError> {
        let existing = match self.read(path) {
            Ok(text) => text.to_string(),
            Err(FsError::NotFound) => String::new(),
            Err(error) => return Err(error),
        };
        self.write(path, &(existing + content))
    }

    pub fn mkdir(&mut self, path: &str, parents: bool) -> Result<(), FsError> {
        let absolute = self.resolve(path);
        if self.entries.contains_key(&absolute) {
            return if parents && self.is_dir(&absolute) {
                Ok(())
            } else {
                Err(FsError::AlreadyExists)
            };
        }
        let parent = Vfs::parent(&absolute);
        if !self.entries.contains_key(&parent) {
            if parents {
                self.mkdir(&parent, true)?;
            } else {
                return Err(FsError::NotFound);
            }
        }
        if !self.is_dir(&parent) {
            return Err(FsError::NotADirectory);
        }
        self.entries.insert(absolute, Box::new(Entry::Directory));
        Ok(())
    }

    /// Removes a file, or a directory with `recursive`.
    pub fn remove(&mut self, path: &str, recursive: bool) -> Result<(), FsError> {
        let absolute = self.resolve(path);
        match self.entries.get(&absolute).map(|entry| &**entry) {
            None => Err(FsError::NotFound),
            Some(Entry::File(_)) => {
                self.entries.remove(&absolute);
                Ok(())
            }
            Some(Entry::Directory) => {
                if !recursive {
                    return Err(FsError::IsADirectory);
                }
                if absolute == "/" {
                    return Err(FsError::NotEmpty);
                }
                let prefix = format!("{absolute}/");
                self.entries
                    .retain(|key, _| key != &absolute && !key.starts_with(&prefix));
                Ok(())
            }
        }
    }

    /// Names directly inside a directory, sorted.
    pub fn list(&self, path: &str) -> Result<Vec<(String, bool)>, FsError> {
        let absolute = self.resolve(path);
        match self.entries.get(&absolute).map(|entry| &**entry) {
            None => return Err(FsError::NotFound),
            Some(Entry::File(_)) => return Err(FsError::NotADirectory),
            Some(Entry::Directory) => {}
        }
        let prefix = if absolute == "/" {
            "/".to_string()
        } else {
            format!("{absolute}/")
        };
        Ok(self
            .entries
            .range(prefix.clone()..)
            .take_while(|(key, _)| key.starts_with(&prefix))
            .filter(|(key, _)| {
                key.len() > prefix.len() && !key.get(prefix.len()..).unwrap_or("").contains('/')
            })
            .map(|(key, entry)| {
                (
                    key.get(prefix.len()..).unwrap_or("").to_string(),
                    matches!(**entry, Entry::Directory),
                )
            })
            .collect())
    }

    /// Every file below a directory (recursively), sorted by path.
    pub fn files_below(&self, path: &str) -> Vec<String> {
        let absolute = self.resolve(path);
        let prefix = format!("{}/", absolute.trim_end_matches('/'));
        self.entries
            .iter()
            .filter(|(key, entry)| key.starts_with(&prefix) && matches!(***entry, Entry::File(_)))
            .map(|(key, _)| key.clone())
            .collect()
    }

    pub fn change_dir(&mut self, path: &str) -> Result<(), FsError> {
        // The kernel walks the path: `nosuch/..` fails although it would resolve to `.`.
        let mut walked = String::new();
        for part in path.split('/') {
            if part == ".." && !walked.is_empty() && !self.is_dir(&walked) {
                return Err(FsError::NotFound);
            }
            if !walked.is_empty() || path.starts_with('/') {
                walked.push('/');
            }
            walked.push_str(part);
        }
        let absolute = self.resolve(path);
        match self.entries.get(&absolute).map(|entry| &**entry) {
            Some(Entry::Directory) => {
                self.cwd = absolute;
                Ok(())
            }
            Some(Entry::File(_)) => Err(FsError::NotADirectory),
            None => Err(FsError::NotFound),
        }
    }

    /// Puts back the working directory a subshell started in (which may have been removed
    /// meanwhile, as a process's can).
    pub fn restore_cwd(&mut self, cwd: String) {
        self.cwd = cwd;
    }

    /// All entries (for saving a session).
    pub fn entries(&self) -> &BTreeMap<String, Box<Entry>> {
        &self.entries
    }

    /// Rebuilds a tree from saved entries.
    pub fn from_entries(entries: BTreeMap<String, Box<Entry>>, cwd: String) -> Vfs {
        let mut vfs = Vfs::new();
        vfs.entries.extend(entries);
        if vfs.is_dir(&cwd) {
            vfs.cwd = cwd;
        }
        vfs
    }

    /// Shell glob over the tree: `*`, `?` and `[...]` in the last path segment.
    pub fn glob(&self, pattern: &str) -> Vec<String> {
        let (dir, file_pattern) = match pattern.rfind('/') {
            Some(index) => (
                pattern.get(..=index).unwrap_or(""),
                pattern.get(index + 1..).unwrap_or(""),
            ),
            None => ("", pattern),
        };
        let Ok(names) = self.list(if dir.is_empty() { "." } else { dir }) else {
            return Vec::new();
        };
        names
            .into_iter()
            .filter(|(name, _)| !name.starts_with('.') || file_pattern.starts_with('.'))
            .filter(|(name, _)| glob_match(file_pattern, name))
            .map(|(name, _)| format!("{dir}{name}"))
            .collect()
    }
}

/// Matches a shell glob against a name (no `/` handling).
pub fn glob_match(pattern: &str, name: &str) -> bool {
    let pattern: Vec<char> = pattern.chars().collect();
    let name: Vec<char> = name.chars().collect();
    let (mut p, mut n) = (0usize, 0usize);
    let (mut star, mut star_n) = (None::<usize>, 0usize);
    while n < name.len() {
        let pc = pattern.get(p).copied();
        let nc = name.get(n).copied();
        match pc {
            Some('*') => {
                star = Some(p);
                star_n = n;
                p += 1;
                continue;
            }
            Some('?') => {
                p += 1;
                n += 1;
                continue;
            }
            Some('[') => {
                if let Some((matched, next)) = class_match(&pattern, p, nc.unwrap_or('\0')) {
                    if matched {
                        p = next;
                        n += 1;
                        continue;
                    }
                } else if nc == Some('[') {
                    p += 1;
                    n += 1;
                    continue;
                }
            }
            Some(c) if Some(c) == nc => {
                p += 1;
                n += 1;
                continue;
            }
            _ => {}
        }
        match star {
            Some(star_p) => {
                p = star_p + 1;
                star_n += 1;
                n = star_n;
            }
            None => return false,
        }
    }
    pattern
        .get(p..)
        .map(|rest| rest.iter().all(|c| *c == '*'))
        .unwrap_or(true)
}

fn class_match(pattern: &[char], start: usize, c: char) -> Option<(bool, usize)> {
    let mut i = start + 1;
    let negate = matches!(pattern.get(i), Some('!') | Some('^'));
    if negate {
        i += 1;
    }
    let mut matched = false;
    let mut first = true;
    while let Some(&pc) = pattern.get(i) {
        if pc == ']' && !first {
            return Some((matched != negate, i + 1));
        }
        first = false;
        if pattern.get(i + 1) == Some(&'-')
            && pattern.get(i + 2).map(|e| *e != ']').unwrap_or(false)
        {
            let end = pattern.get(i + 2).copied().unwrap_or(pc);
            if pc <= c && c <= end {
                matched = true;
            }
            i += 3;
        } else {
            if pc == c {
                matched = true;
            }
            i += 1;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_paths() {
        let vfs = Vfs::new();
        for (path, want) in [
            ("a.yaml", "/home/learner/a.yaml"),
            ("./a.yaml", "/home/learner/a.yaml"),
            ("../x", "/home/x"),
            ("/tmp//y", "/tmp/y"),
            ("~", "/home/learner"),
            ("~/z", "/home/learner/z"),
            ("/../..", "/"),
        ] {
            assert_eq!(vfs.resolve(path), want, "{path}");
        }
    }

    #[test]
    fn writes_reads_and_removes() {
        let mut vfs = Vfs::new();
        vfs.write("pod.yaml", "x").unwrap();
        assert_eq!(vfs.read("pod.yaml"), Ok("x"));
        vfs.append("pod.yaml", "y").unwrap();
        assert_eq!(vfs.read("/home/learner/pod.yaml"), Ok("xy"));
        assert_eq!(vfs.write("nodir/pod.yaml", "x"), Err(FsError::NotFound));
        assert_eq!(vfs.read("/tmp"), Err(FsError::IsADirectory));
        vfs.mkdir("a/b/c", true).unwrap();
        vfs.write("a/b/c/f", "1").unwrap();
        assert_eq!(vfs.remove("a", false), Err(FsError::IsADirectory));
        vfs.remove("a", true).unwrap();
        assert!(!vfs.exists("a/b/c/f"));
    }

    #[test]
    fn globs() {
        for (pattern, name, want) in [
            ("*.yaml", "kubia.yaml", true),
            ("*.yaml", "kubia.yml", false),
            ("kubia-*", "kubia-gpu.yaml", true),
            ("?.txt", "a.txt", true),
            ("[ab].txt", "b.txt", true),
            ("[!ab].txt", "b.txt", false),
            ("[a-c]*", "custom", true),
            ("*", "", true),
            ("[", "[", true),
        ] {
            assert_eq!(glob_match(pattern, name), want, "{pattern} {name}");
        }
        let vfs = Vfs::with_chapter_files();
        assert!(vfs
            .glob("*.yaml")
            .contains(&"kubia-manual.yaml".to_string()));
    }
}
