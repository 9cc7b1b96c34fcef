//! The `kubeplay` terminal program: the playground's shell over stdin/stdout.
//!
//! With a TTY it is an interactive terminal (`tty`): the browser terminal's line editing,
//! history, Ctrl+R and Tab completion, Ctrl+C for a running command, and simulated time that
//! follows real time. Without one (pipes, transcript tests) it prints only each command's
//! output, flushing after every command, and the clock moves only when a command makes time
//! pass. `exit` and Ctrl+D leave.
//!
//! `kubeplay tutorial list` prints the built-in tutorials; `kubeplay tutorial verify [ID|FILE]`
//! replays every step's solution on a fresh seeded session and prints one line per step
//! (`ok   3.2/create-pod` or `FAIL …: why`), exiting 1 if any step fails.

// The terminal program is the one place outside the browser where real time drives the clock.
#![allow(clippy::disallowed_methods)]

#[cfg(unix)]
mod tty;

use kubeplay_core::clock::SimDuration;
use kubeplay_core::kubectl::{EditRequest, Stream};
use kubeplay_core::session::{Activity, Session};
use std::io::{BufRead, IsTerminal, Write};

/// What `kubeplay --help` prints.
const USAGE: &str = "\
usage: kubeplay [--seed N]             the playground's shell (a TTY gets line editing and
                                      a clock that follows real time; a pipe runs one
                                      command per line)
       kubeplay tutorial list          the built-in tutorials
       kubeplay tutorial verify [ID|FILE]
                                      replay every step's solution on a fresh cluster
";

fn main() {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    if argv.first().map(String::as_str) == Some("tutorial") {
        std::process::exit(tutorial_command(argv.get(1..).unwrap_or(&[])));
    }
    let mut seed: u64 = 1;
    let mut args = argv.into_iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--seed" => match args.next().and_then(|value| value.parse().ok()) {
                Some(value) => seed = value,
                None => {
                    eprintln!("kubeplay: --seed needs a number");
                    std::process::exit(2);
                }
            },
            "-h" | "--help" => {
                print!("{USAGE}");
                std::process::exit(0);
            }
            other => {
                if let Some(value) = other.strip_prefix("--seed=") {
                    match value.parse() {
                        Ok(value) => seed = value,
                        Err(_) => {
                            eprintln!("kubeplay: --seed needs a number");
                            std::process::exit(2);
                        }
                    }
                } else {
                    eprint!("kubeplay: unknown argument {other}\n{USAGE}");
                    std::process::exit(2);
                }
            }
        }
    }
    let interactive = std::io::stdin().is_terminal();
    let mut session = Session::new(seed);
    session.set_interactive(interactive);
    #[cfg(unix)]
    if interactive && std::io::stdout().is_terminal() {
        if let Some(status) = tty::run(&mut session) {
            std::process::exit(status);
        }
    }
    // Without a TTY (or one that cannot be put in raw mode): one line at a time.
    let stdin = std::io::stdin();
    if interactive {
        write_chunks(vec![(Stream::Stdout, session.prompt())]);
    }
    let print = |io: kubeplay_core::kubectl::Io| write_chunks(io.chunks);
    // With a TTY the simulated clock follows real time: it catches up before each line and
    // runs while a command waits; Ctrl+C interrupts the waiting command.
    let interrupted = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    if interactive {
        let flag = std::sync::Arc::clone(&interrupted);
        #[cfg(not(target_arch = "wasm32"))]
        let _ = ctrlc::set_handler(move || flag.store(true, std::sync::atomic::Ordering::SeqCst));
        #[cfg(target_arch = "wasm32")]
        let _ = flag;
    }
    let mut last_tick = std::time::Instant::now();
    let catch_up = |session: &mut Session, last_tick: &mut std::time::Instant| {
        let elapsed = last_tick.elapsed().as_millis().min(i64::MAX as u128) as i64;
        *last_tick = std::time::Instant::now();
        session.advance(SimDuration::from_millis(elapsed))
    };
    for line in stdin.lock().lines() {
        let Ok(line) = line else { break };
        if interactive {
            print(catch_up(&mut session, &mut last_tick));
            interrupted.store(false, std::sync::atomic::Ordering::SeqCst);
        }
        print(session.submit(&line));
        answer_editor(&mut session, interactive, &print);
        if let Some(status) = session.take_exit_request() {
            std::process::exit(status);
        }
        if interactive {
            while session.activity() == Activity::Busy {
                answer_editor(&mut session, interactive, &print);
                std::thread::sleep(std::time::Duration::from_millis(50));
                if interrupted.swap(false, std::sync::atomic::Ordering::SeqCst) {
                    print(kubeplay_core::kubectl::Io {
                        chunks: vec![(Stream::Stdout, "^C\n".to_string())],
                    });
                    print(session.interrupt());
                    break;
                }
                print(catch_up(&mut session, &mut last_tick));
            }
            print(kubeplay_core::kubectl::Io {
                chunks: vec![(Stream::Stdout, session.prompt())],
            });
        }
    }
    print(session.finish_input());
    std::process::exit(session.last_status());
}

/// A command waits on the terminal's editor (`vi pod.yaml`, `kubectl edit`): with a
/// terminal, the real editor edits a copy of the file; without one, the editor closes at
/// once without saving (as `EDITOR=true` would).
fn answer_editor(
    session: &mut Session,
    interactive: bool,
    print: &dyn Fn(kubeplay_core::kubectl::Io),
) {
    while let Some(request) = session.edit_request().cloned() {
        let saved = if interactive {
            edit_in_real_editor(&request)
        } else {
            None
        };
        print(session.finish_edit(saved));
    }
}

/// Runs the editor the request names (`vi`, `vim`, `nano`), else `$VISUAL` or `$EDITOR`, on
/// a temporary copy of the file; returns what it saved, or `None` if it failed.
pub(crate) fn edit_in_real_editor(request: &EditRequest) -> Option<String> {
    let name = request
        .path
        .rsplit('/')
        .next()
        .filter(|name| !name.is_empty())
        .unwrap_or("untitled");
    let dir = std::env::temp_dir().join(format!("kubeplay-edit-{}", std::process::id()));
    std::fs::create_dir_all(&dir).ok()?;
    let path = dir.join(name);
    std::fs::write(&path, &request.text).ok()?;
    let launched = std::process::Command::new(&request.program)
        .arg(&path)
        .status()
        .or_else(|_| {
            let fallback = std::env::var("VISUAL")
                .or_else(|_| std::env::var("EDITOR"))
                .unwrap_or_else(|_| "vi".to_string());
            std::process::Command::new("sh")
                .arg("-c")
                .arg(format!("{fallback} \"$1\""))
                .arg("sh")
                .arg(&path)
                .status()
        });
    let saved = match launched {
        Ok(status) if status.success() => std::fs::read_to_string(&path).ok(),
        Ok(_) => None,
        Err(error) => {
            eprintln!("kubeplay: cannot start an editor: {error}");
            None
        }
    };
    let _ = std::fs::remove_file(&path);
    let _ = std::fs::remove_dir(&dir);
    saved
}

/// Writes output where it belongs, in order: stdout is flushed before stderr is written.
fn write_chunks(chunks: Vec<(Stream, String)>) {
    let mut stdout = std::io::stdout();
    let mut stderr = std::io::stderr();
    for (stream, text) in chunks {
        match stream {
            Stream::Stdout => {
                let _ = stdout.write_all(text.as_bytes());
            }
            Stream::Stderr => {
                let _ = stdout.flush();
                let _ = stderr.write_all(text.as_bytes());
                let _ = stderr.flush();
            }
        }
    }
    let _ = stdout.flush();
}

/// `kubeplay tutorial list|verify [ID|FILE]`; returns the exit code.
fn tutorial_command(args: &[String]) -> i32 {
    use kubeplay_core::tutorial;
    let usage = "usage: kubeplay tutorial list\n       kubeplay tutorial verify [ID|FILE.yaml]";
    match args.first().map(String::as_str) {
        Some("list") if args.len() == 1 => {
            let mut status = 0;
            for loaded in tutorial::builtin() {
                match loaded {
                    Ok(tutorial) => println!(
                        "{:<5} {} / {}",
                        tutorial.id, tutorial.title.en, tutorial.title.ja
                    ),
                    Err(error) => {
                        eprintln!("kubeplay: {error}");
                        status = 1;
                    }
                }
            }
            status
        }
        Some("verify") if args.len() <= 2 => {
            let wanted = args.get(1);
            let loaded: Vec<Result<tutorial::Tutorial, String>> = match wanted {
                Some(path) if path.ends_with(".yaml") || path.ends_with(".yml") => {
                    match std::fs::read_to_string(path) {
                        Ok(text) => vec![tutorial::load(path, &text).map_err(|e| e.to_string())],
                        Err(error) => vec![Err(format!("{path}: {error}"))],
                    }
                }
                _ => tutorial::builtin()
                    .into_iter()
                    .map(|loaded| loaded.map_err(|e| e.to_string()))
                    .filter(|loaded| match (wanted, loaded) {
                        (Some(id), Ok(tutorial)) => tutorial.id == *id,
                        _ => true,
                    })
                    .collect(),
            };
            if loaded.is_empty() {
                eprintln!(
                    "kubeplay: no tutorial {}",
                    wanted.map(String::as_str).unwrap_or("")
                );
                return 2;
            }
            let mut failed = false;
            for tutorial in loaded {
                match tutorial {
                    Ok(tutorial) => {
                        for report in tutorial::verify(&tutorial) {
                            failed |= !report.ok();
                            println!("{report}");
                        }
                    }
                    Err(error) => {
                        failed = true;
                        println!("FAIL {error}");
                    }
                }
            }
            i32::from(failed)
        }
        _ => {
            eprintln!("{usage}");
            2
        }
    }
}
