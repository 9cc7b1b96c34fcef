//! `watch` (procps-ng 4.0): runs a kubectl command every `-n` seconds (2 by default) and
//! shows its latest output under watch's title line (`Every 2.0s: kubectl get pods`, and at
//! the right `kubeplay: Sun Nov 29 19:01:53 2026`) in the terminal's read-only pane, until
//! it is closed (as Ctrl+C ends `watch`).
//!
//! Only kubectl runs under the playground's watch: a command with pipes, other programs or
//! shell syntax is refused by name rather than shown wrong.

use crate::clock::{SimDuration, SimTime};
use crate::kubectl::{self, EditRequest, Env, Io, LineRead, Outcome, Waiter};

/// The shortest interval watch accepts (it raises shorter ones to this).
const MIN_INTERVAL_MILLIS: i64 = 100;

/// procps-ng 4.0.2's usage, on standard error after a wrong option or without a command.
const USAGE: &str = "\nUsage:\n watch [options] command\n\nOptions:\n  -b, --beep             beep if command has a non-zero exit\n  -c, --color            interpret ANSI color and style sequences\n  -d, --differences[=<permanent>]\n                         highlight changes between updates\n  -e, --errexit          exit if command has a non-zero exit\n  -g, --chgexit          exit when output from command changes\n  -q, --equexit <cycles>\n                         exit when output from command does not change\n  -n, --interval <secs>  seconds to wait between updates\n  -p, --precise          attempt run command in precise intervals\n  -t, --no-title         turn off header\n  -w, --no-wrap          turn off line wrapping\n  -x, --exec             pass command to exec instead of \"sh -c\"\n\n -h, --help     display this help and exit\n -v, --version  output version information and exit\n\nFor more details see watch(1).\n";

/// `-n`'s value in milliseconds, or watch's error.
fn interval(value: &str) -> Result<i64, String> {
    match value.replace(',', ".").parse::<f64>() {
        Ok(seconds) if seconds.is_finite() => {
            Ok(((seconds * 1000.0) as i64).clamp(MIN_INTERVAL_MILLIS, 1_000_000_000))
        }
        _ => Err(format!(
            "watch: failed to parse argument: '{value}': Invalid argument\n"
        )),
    }
}

/// `watch [-n SECONDS] [-t] [-g] [-x] COMMAND…` (`-b -c -d -p -w` change only how a real
/// terminal shows it and are accepted).
pub fn watch(args: &[&str], columns: Option<usize>, env: &mut Env<'_>, io: &mut Io) -> Outcome {
    let mut interval_millis = 2000;
    let mut title = true;
    let mut exit_on_change = false;
    let mut index = 0;
    while let Some(arg) = args.get(index) {
        let (flag, attached) = match arg.split_once('=') {
            Some((flag, value)) if flag.starts_with("--") => (flag, Some(value)),
            _ => (*arg, None),
        };
        match flag {
            "-n" | "--interval" => {
                let value = match attached {
                    Some(value) => Some(value),
                    None => {
                        index += 1;
                        args.get(index).copied()
                    }
                };
                let Some(value) = value else {
                    io.err("watch: option requires an argument -- 'n'\n");
                    return Outcome::Done(1);
                };
                match interval(value) {
                    Ok(millis) => interval_millis = millis,
                    Err(error) => {
                        io.err(&error);
                        return Outcome::Done(1);
                    }
                }
            }
            "-t" | "--no-title" => title = false,
            "-g" | "--chgexit" => exit_on_change = true,
            "-x" | "--exec" | "-b" | "--beep" | "-c" | "--color" | "-d" | "--differences"
            | "-p" | "--precise" | "-w" | "--no-wrap" => {}
            "-e" | "--errexit" | "-q" | "--equexit" => {
                io.err(&format!(
                    "watch: the playground does not implement watch {flag}\n"
                ));
                return Outcome::Done(1);
            }
            _ if arg.starts_with("-n") && arg.len() > 2 => {
                match interval(arg.get(2..).unwrap_or("")) {
                    Ok(millis) => interval_millis = millis,
                    Err(error) => {
                        io.err(&error);
                        return Outcome::Done(1);
                    }
                }
            }
            "--" => {
                index += 1;
                break;
            }
            _ if arg.starts_with("--") && arg.len() > 2 => {
                io.err(&format!("watch: unrecognized option '{arg}'\n{USAGE}"));
                return Outcome::Done(1);
            }
            _ if arg.starts_with('-') && arg.len() > 1 => {
                let option = arg.chars().nth(1).unwrap_or('-');
                io.err(&format!("watch: invalid option -- '{option}'\n{USAGE}"));
                return Outcome::Done(1);
            }
            _ => break,
        }
        index += 1;
    }
    let command_words: Vec<&str> = args.get(index..).unwrap_or_default().to_vec();
    if command_words.is_empty() {
        io.err(USAGE);
        return Outcome::Done(1);
    }
    let command = command_words.join(" ");
    let argv: Vec<String> = command.split_whitespace().map(str::to_string).collect();
    // What `sh -c` would read as more than words.
    let shell_syntax = command.contains(|c: char| "|&;<>()$`\\\"'*?[".contains(c))
        || argv.iter().any(|word| word.starts_with(['#', '~']));
    if argv.first().map(String::as_str) != Some("kubectl") || shell_syntax {
        io.err(&format!(
            "watch: kubeplay's watch runs one kubectl command, not {}\n",
            crate::validation::go_quote(&command)
        ));
        return Outcome::Done(1);
    }
    let mut watching = Watching {
        argv: argv.into_iter().skip(1).collect(),
        command,
        interval: SimDuration::from_millis(interval_millis),
        title,
        exit_on_change,
        shown: None,
        width: columns.unwrap_or(80),
        next: env.cluster.now(),
        request: None,
    };
    let _ = watching.refresh(env);
    Outcome::Wait(Box::new(watching))
}

/// A running `watch`.
struct Watching {
    /// kubectl's arguments.
    argv: Vec<String>,
    /// The command as the title shows it.
    command: String,
    interval: SimDuration,
    title: bool,
    /// `-g`: watch ends when the output changes.
    exit_on_change: bool,
    /// The command's output on the screen.
    shown: Option<String>,
    /// The terminal's width, for the title line.
    width: usize,
    /// When the command runs next.
    next: SimTime,
    request: Option<EditRequest>,
}

impl Watching {
    /// Runs the command and shows its output; whether the output changed.
    fn refresh(&mut self, env: &mut Env<'_>) -> bool {
        let mut output = Io::default();
        let mut inner = Env {
            cluster: &mut *env.cluster,
            fs: &mut *env.fs,
            config: &mut *env.config,
            network: &mut *env.network,
            stdin: None,
            interactive: env.interactive,
            attach: None,
            stdout_is_terminal: false,
            editor: String::new(),
        };
        if let Outcome::Wait(mut waiter) = kubectl::run(&self.argv, &mut inner, &mut output) {
            // A command that would go on (`get -w`) shows what it has so far.
            waiter.interrupt(&mut inner, &mut output);
        }
        let output: String = output.chunks.into_iter().map(|(_, chunk)| chunk).collect();
        let changed = self.shown.as_ref().is_some_and(|shown| *shown != output);
        let mut text = String::new();
        if self.title {
            text.push_str(&title_line(
                self.width,
                self.interval,
                &self.command,
                env.cluster.now(),
            ));
            text.push_str("\n\n");
        }
        text.push_str(&output);
        self.shown = Some(output);
        self.request = Some(EditRequest {
            program: "watch".to_string(),
            path: self.command.clone(),
            text,
            read_only: true,
        });
        let now = env.cluster.now();
        while self.next <= now {
            self.next = self.next.plus(self.interval);
        }
        changed
    }
}

impl Waiter for Watching {
    fn poll(&mut self, env: &mut Env<'_>, _io: &mut Io) -> Option<i32> {
        if env.cluster.now() >= self.next && self.refresh(env) && self.exit_on_change {
            return Some(0);
        }
        None
    }

    fn interrupt(&mut self, _env: &mut Env<'_>, _io: &mut Io) -> i32 {
        0
    }

    fn endless(&self) -> bool {
        true
    }

    fn wake_at(&self) -> Option<SimTime> {
        Some(self.next)
    }

    fn edit_request(&self) -> Option<&EditRequest> {
        self.request.as_ref()
    }

    fn finish_edit(&mut self, _saved: Option<&str>, _env: &mut Env<'_>, _io: &mut Io) -> LineRead {
        LineRead::Finished(Outcome::Done(0))
    }
}

/// watch's title line at `width` columns (`show_title` in watch.c): `Every 2.0s: COMMAND` at
/// the left, cut with `... ` when it does not fit, and `kubeplay: DATE` at the right.
fn title_line(width: usize, interval: SimDuration, command: &str, now: SimTime) -> String {
    let header = format!("Every {:.1}s: ", interval.as_millis() as f64 / 1000.0);
    let stamp = format!("kubeplay: {}", ctime(now));
    // ctime's text ends with a newline, which watch counts.
    let stamp_length = stamp.chars().count() + 1;
    let header_length = header.chars().count();
    let mut line: Vec<char> = vec![' '; width];
    let mut put = |at: usize, text: &str| {
        for (offset, c) in text.chars().enumerate() {
            if let Some(cell) = line.get_mut(at + offset) {
                *cell = c;
            }
        }
    };
    if width < stamp_length {
        return String::new();
    }
    if stamp_length + header_length < width {
        put(0, &header);
        if stamp_length + header_length + 2 <= width {
            let command_length = command.chars().count();
            if width < stamp_length + header_length + 4 {
                put(width - stamp_length - 4, "... ");
            } else if width < stamp_length + header_length + command_length {
                let available = width - stamp_length - header_length;
                let kept: String = command.chars().take(available.saturating_sub(4)).collect();
                put(header_length, &kept);
                put(width - stamp_length - 4, "... ");
            } else {
                put(header_length, command);
            }
        }
    }
    put(width + 1 - stamp_length, &stamp);
    line.into_iter().collect::<String>().trim_end().to_string()
}

/// C's `ctime` without its newline: `Sun Nov 29 19:01:53 2026` (a day below 10 padded with a
/// space), in UTC.
fn ctime(now: SimTime) -> String {
    let text = now.rfc1123z();
    let parts: Vec<&str> = text.split(' ').collect();
    match parts.as_slice() {
        [weekday, day, month, year, time, _] => format!(
            "{} {month} {:>2} {time} {year}",
            weekday.trim_end_matches(','),
            day.trim_start_matches('0')
        ),
        _ => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_title_line_fits_the_width_as_watch_c_fits_it() {
        let now = SimTime::PLAYGROUND_START;
        let two = SimDuration::from_millis(2000);
        let cases = [
            (
                80,
                "kubectl get pods",
                "Every 2.0s: kubectl get pods                  kubeplay: Fri Nov 27 09:00:00 2026",
            ),
            (
                60,
                "kubectl get pods",
                "Every 2.0s: kubectl g...  kubeplay: Fri Nov 27 09:00:00 2026",
            ),
            (
                40,
                "kubectl get pods",
                "      kubeplay: Fri Nov 27 09:00:00 2026",
            ),
            (30, "kubectl get pods", ""),
        ];
        for (width, command, want) in cases {
            assert_eq!(title_line(width, two, command, now), want, "{width}");
        }
    }

    #[test]
    fn ctime_pads_the_day_with_a_space() {
        let first = SimTime::PLAYGROUND_START.plus(SimDuration::from_millis(4 * 86_400_000));
        assert_eq!(ctime(first), "Tue Dec  1 09:00:00 2026");
    }
}
