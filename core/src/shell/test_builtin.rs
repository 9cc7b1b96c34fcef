//! bash's `test` and `[` builtins (`test.c`): strings, integers, files of the playground's
//! file system, `!`, `-a`, `-o` and parentheses, read by the number of arguments as POSIX
//! says, with bash's messages (`[: x: integer expression expected`, `[: missing `]'`, …) and
//! statuses (0 true, 1 false, 2 misuse).

use crate::vfs::Vfs;

/// Runs `test ARGS` or `[ ARGS ]` (`name` is `test` or `[`); returns the status and the
/// error line, if any.
pub fn run(name: &str, args: &[&str], fs: &Vfs) -> (i32, Option<String>) {
    let args = if name == "[" {
        match args.split_last() {
            Some((&"]", rest)) => rest,
            _ => return (2, Some("bash: [: missing `]'\n".to_string())),
        }
    } else {
        args
    };
    let mut reader = Reader { args, at: 0, fs };
    let result = match args.len() {
        0 => Ok(false),
        1..=4 => reader.posix(args.len()),
        _ => reader.expression(),
    };
    let result = result.and_then(|value| {
        if reader.at < args.len() {
            Err("too many arguments".to_string())
        } else {
            Ok(value)
        }
    });
    match result {
        Ok(true) => (0, None),
        Ok(false) => (1, None),
        Err(message) => (2, Some(format!("bash: {name}: {message}\n"))),
    }
}

/// Whether `op` is a unary file or string test.
fn is_unary(op: &str) -> bool {
    matches!(
        op,
        "-n" | "-z" | "-e" | "-f" | "-d" | "-r" | "-w" | "-x" | "-s" | "-a" | "-h" | "-L"
    )
}

fn is_binary(op: &str) -> bool {
    matches!(
        op,
        "=" | "==" | "!=" | "<" | ">" | "-eq" | "-ne" | "-lt" | "-le" | "-gt" | "-ge" | "-a" | "-o"
    )
}

/// A unary test (`-n`, `-z`, `-f`, `-d`, …) of `test` and `[[ … ]]` on the playground's files:
/// files are readable, writable and executable; there are no symbolic links, devices, pipes or
/// set-id bits.
pub(super) fn unary_test(op: &str, operand: &str, fs: &Vfs) -> bool {
    match op {
        "-n" => !operand.is_empty(),
        "-z" => operand.is_empty(),
        "-d" => fs.is_dir(operand),
        "-f" => fs.read(operand).is_ok(),
        "-s" => fs.is_dir(operand) || fs.read(operand).is_ok_and(|text| !text.is_empty()),
        "-a" | "-e" | "-r" | "-w" | "-x" => fs.exists(operand),
        _ => false,
    }
}

struct Reader<'a> {
    args: &'a [&'a str],
    at: usize,
    fs: &'a Vfs,
}

impl<'a> Reader<'a> {
    fn peek(&self, offset: usize) -> Option<&'a str> {
        self.args.get(self.at + offset).copied()
    }

    fn take(&mut self) -> Option<&'a str> {
        let arg = self.args.get(self.at).copied();
        self.at += 1;
        arg
    }

    /// The POSIX rules for one to four arguments.
    fn posix(&mut self, count: usize) -> Result<bool, String> {
        let first = self.peek(0).unwrap_or("");
        match count {
            1 => {
                self.at += 1;
                Ok(!first.is_empty())
            }
            2 if first == "!" => {
                self.at += 1;
                Ok(!self.posix(1)?)
            }
            2 if is_unary(first) => self.unary(),
            2 => Err(format!("{first}: unary operator expected")),
            3 => {
                let middle = self.peek(1).unwrap_or("");
                if is_binary(middle) {
                    self.binary()
                } else if first == "!" {
                    self.at += 1;
                    Ok(!self.posix(2)?)
                } else if first == "(" && self.peek(2) == Some(")") {
                    self.at += 1;
                    let value = self.posix(1)?;
                    self.at += 1;
                    Ok(value)
                } else {
                    Err(format!("{middle}: binary operator expected"))
                }
            }
            _ if first == "!" => {
                self.at += 1;
                Ok(!self.posix(3)?)
            }
            _ => self.expression(),
        }
    }

    /// expression: `and (-o and)*`.
    fn expression(&mut self) -> Result<bool, String> {
        let mut value = self.and()?;
        while self.peek(0) == Some("-o") {
            self.at += 1;
            let right = self.and()?;
            value = value || right;
        }
        Ok(value)
    }

    fn and(&mut self) -> Result<bool, String> {
        let mut value = self.not()?;
        while self.peek(0) == Some("-a") {
            self.at += 1;
            let right = self.not()?;
            value = value && right;
        }
        Ok(value)
    }

    fn not(&mut self) -> Result<bool, String> {
        if self.peek(0) == Some("!") {
            self.at += 1;
            return Ok(!self.not()?);
        }
        self.primary()
    }

    fn primary(&mut self) -> Result<bool, String> {
        let Some(first) = self.peek(0) else {
            return Err("argument expected".into());
        };
        if first == "(" {
            self.at += 1;
            let value = self.expression()?;
            if self.take() != Some(")") {
                return Err("`)' expected".into());
            }
            return Ok(value);
        }
        if self
            .peek(1)
            .is_some_and(|op| is_binary(op) && op != "-a" && op != "-o")
        {
            return self.binary();
        }
        if is_unary(first) && self.peek(1).is_some() {
            return self.unary();
        }
        self.at += 1;
        Ok(!first.is_empty())
    }

    fn unary(&mut self) -> Result<bool, String> {
        let op = self.take().unwrap_or("");
        let operand = self.take().unwrap_or("");
        Ok(unary_test(op, operand, self.fs))
    }

    fn binary(&mut self) -> Result<bool, String> {
        let left = self.take().unwrap_or("");
        let op = self.take().unwrap_or("");
        let right = self.take().unwrap_or("");
        let integer = |text: &str| -> Result<i64, String> {
            text.trim()
                .parse::<i64>()
                .map_err(|_| format!("{text}: integer expression expected"))
        };
        Ok(match op {
            "=" | "==" => left == right,
            "!=" => left != right,
            "<" => left < right,
            ">" => left > right,
            "-a" => !left.is_empty() && !right.is_empty(),
            "-o" => !left.is_empty() || !right.is_empty(),
            _ => crate::arithmetic::compare(op, integer(left)?, integer(right)?),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_and_messages_are_bash_s() {
        let mut fs = Vfs::new();
        let _ = fs.write("pod.yaml", "kind: Pod\n");
        // (name, args, status, error) — checked against bash 5.2.
        let cases: [(&str, &[&str], i32, Option<&str>); 23] = [
            (
                "[",
                &["1", "-lt", "x", "]"],
                2,
                Some("bash: [: x: integer expression expected\n"),
            ),
            (
                "[",
                &["a", "b", "c", "]"],
                2,
                Some("bash: [: b: binary operator expected\n"),
            ),
            (
                "[",
                &["a", "b", "]"],
                2,
                Some("bash: [: a: unary operator expected\n"),
            ),
            ("[", &["1", "=", "1"], 2, Some("bash: [: missing `]'\n")),
            (
                "[",
                &["a", "=", "b", "c", "]"],
                2,
                Some("bash: [: too many arguments\n"),
            ),
            (
                "test",
                &["a", "b"],
                2,
                Some("bash: test: a: unary operator expected\n"),
            ),
            ("[", &["]"], 1, None),
            ("[", &["!", "]"], 0, None),
            ("[", &["-n", "]"], 0, None),
            ("[", &["-z", "", "]"], 0, None),
            ("[", &["a", "-a", "", "]"], 1, None),
            ("[", &["2", "-gt", "1", "-o", "x", "=", "y", "]"], 0, None),
            ("[", &["-x", "]"], 0, None),
            ("[", &["", "]"], 1, None),
            ("test", &["5", "-eq", "05"], 0, None),
            ("[", &["08", "-eq", "8", "]"], 0, None),
            ("[", &[" 1", "-eq", "1", "]"], 0, None),
            ("[", &["-f", "pod.yaml", "]"], 0, None),
            ("[", &["-f", "nope.yaml", "]"], 1, None),
            ("[", &["!", "-e", "nope", "]"], 0, None),
            ("[", &["(", "a", "=", "a", ")", "-a", "b", "]"], 0, None),
            ("[", &["a", "!=", "b", "]"], 0, None),
            ("[", &["-s", "/", "]"], 0, None),
        ];
        for (name, args, status, error) in cases {
            let got = run(name, args, &fs);
            assert_eq!(got, (status, error.map(str::to_string)), "{name} {args:?}");
        }
    }
}
