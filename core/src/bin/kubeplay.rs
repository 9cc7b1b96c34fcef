//! The `kubeplay` terminal program: the playground's shell over stdin/stdout.
//!
//! With a TTY it shows a prompt and lets simulated time follow real time; without one (pipes,
//! transcript tests) it prints only each command's output, flushing after every command, and
//! the clock moves only when a command makes time pass.

use kubeplay_core::kubectl::Stream;
use kubeplay_core::session::Session;
use std::io::{BufRead, IsTerminal, Write};

fn main() {
    let mut seed: u64 = 1;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--seed" => match args.next().and_then(|value| value.parse().ok()) {
                Some(value) => seed = value,
                None => {
                    eprintln!("kubeplay: --seed needs a number");
                    std::process::exit(2);
                }
            },
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
                    eprintln!("kubeplay: unknown argument {other}");
                    std::process::exit(2);
                }
            }
        }
    }
    let interactive = std::io::stdin().is_terminal();
    let mut session = Session::new(seed);
    session.set_interactive(interactive);
    let stdin = std::io::stdin();
    let mut stdout = std::io::stdout();
    let mut stderr = std::io::stderr();
    if interactive {
        let _ = write!(stdout, "{}", session.prompt());
        let _ = stdout.flush();
    }
    let mut print = |io: kubeplay_core::kubectl::Io| {
        for (stream, text) in io.chunks {
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
    };
    for line in stdin.lock().lines() {
        let Ok(line) = line else { break };
        print(session.submit(&line));
        if interactive {
            print(kubeplay_core::kubectl::Io {
                chunks: vec![(Stream::Stdout, session.prompt())],
            });
        }
    }
    print(session.finish_input());
    std::process::exit(session.last_status());
}
