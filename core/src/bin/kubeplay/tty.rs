//! The interactive terminal of the `kubeplay` binary on Unix: the TTY in raw mode, keys read
//! by the core's `KeyDecoder`, edited by its `Console` (the same line editor, completion and
//! Ctrl+C handling as the browser's terminal) and drawn by its `TtyScreen`. Simulated time
//! follows real time. A command waiting on the terminal's editor (`vi pod.yaml`, `kubectl
//! edit`) gets the real editor, with the terminal handed over to it meanwhile.

use super::write_chunks;
use kubeplay_core::console::keys::KeyDecoder;
use kubeplay_core::console::tty::TtyScreen;
use kubeplay_core::console::Console;
use kubeplay_core::kubectl::Stream;
use kubeplay_core::session::{Activity, Session};
use rustix::termios::{self, OptionalActions, OutputModes, Termios};
use std::io::{Read, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc};
use std::time::{Duration, Instant};

/// How long to wait for a key before letting the clock catch up.
const TICK: Duration = Duration::from_millis(50);
/// Bracketed paste on/off: pasted text arrives as one key, line breaks included.
const BRACKETED_PASTE_ON: &str = "\x1b[?2004h";
const BRACKETED_PASTE_OFF: &str = "\x1b[?2004l";

/// Puts the terminal back as it was when dropped (also when a panic unwinds).
struct RawMode {
    saved: Termios,
}

impl RawMode {
    fn enable() -> std::io::Result<RawMode> {
        let stdin = std::io::stdin();
        let saved = termios::tcgetattr(&stdin)?;
        let mut raw = saved.clone();
        raw.make_raw();
        // Keep `\n` → `\r\n` on output: the core writes plain line breaks.
        raw.output_modes
            .insert(OutputModes::OPOST | OutputModes::ONLCR);
        termios::tcsetattr(&stdin, OptionalActions::Flush, &raw)?;
        Ok(RawMode { saved })
    }
}

impl RawMode {
    /// Puts the terminal back as it was (for another program), until `resume`.
    fn suspend(&self) {
        let _ = termios::tcsetattr(std::io::stdin(), OptionalActions::Flush, &self.saved);
        let mut stdout = std::io::stdout();
        let _ = stdout.write_all(BRACKETED_PASTE_OFF.as_bytes());
        let _ = stdout.flush();
    }

    fn resume(&self) {
        let mut raw = self.saved.clone();
        raw.make_raw();
        raw.output_modes
            .insert(OutputModes::OPOST | OutputModes::ONLCR);
        let _ = termios::tcsetattr(std::io::stdin(), OptionalActions::Flush, &raw);
        write_chunks(vec![(Stream::Stdout, BRACKETED_PASTE_ON.to_string())]);
    }
}

impl Drop for RawMode {
    fn drop(&mut self) {
        self.suspend();
    }
}

/// Shows a read-only screen that changes as the clock moves (`watch`) on the alternate
/// screen, until q, Escape or Ctrl+C; returns the time of the last clock tick.
fn show_live(
    session: &mut Session,
    keys_in: &mpsc::Receiver<Vec<u8>>,
    decoder: &mut KeyDecoder,
    mut last_tick: Instant,
) -> Instant {
    use kubeplay_core::line_editor::Key;
    let draw = |text: &str| {
        let body = text.replace('\n', "\r\n");
        write_chunks(vec![(Stream::Stdout, format!("\x1b[H\x1b[2J{body}"))]);
    };
    write_chunks(vec![(Stream::Stdout, "\x1b[?1049h".to_string())]);
    let mut shown = String::new();
    // What background jobs print meanwhile shows once the screen is left.
    let mut later = Vec::new();
    while let Some(text) = session.edit_request().map(|request| request.text.clone()) {
        if text != shown {
            draw(&text);
            shown = text;
        }
        let keys = match keys_in.recv_timeout(TICK) {
            Ok(bytes) => decoder.feed(&bytes),
            Err(mpsc::RecvTimeoutError::Timeout) => decoder.flush(),
            Err(mpsc::RecvTimeoutError::Disconnected) => break,
        };
        if keys.iter().any(|key| {
            matches!(
                key,
                Key::Char('q' | 'Q') | Key::Escape | Key::Ctrl('c' | 'C')
            )
        }) {
            break;
        }
        let millis = last_tick.elapsed().as_millis().min(i64::MAX as u128) as i64;
        if millis > 0 {
            last_tick = Instant::now();
            later.extend(
                session
                    .advance(kubeplay_core::clock::SimDuration::from_millis(millis))
                    .chunks,
            );
        }
    }
    write_chunks(vec![(Stream::Stdout, "\x1b[?1049l".to_string())]);
    write_chunks(later);
    last_tick
}

fn terminal_columns() -> usize {
    termios::tcgetwinsize(std::io::stdout())
        .ok()
        .map(|size| usize::from(size.ws_col))
        .filter(|columns| *columns > 0)
        .unwrap_or(80)
}

/// Runs the session on the terminal until Ctrl+D, `exit` or the end of input; returns the
/// exit status. `None` if the terminal cannot be put in raw mode (the caller reads lines).
pub fn run(session: &mut Session) -> Option<i32> {
    let raw_mode = RawMode::enable().ok()?;
    let (sender, keys_in) = mpsc::channel::<Vec<u8>>();
    // While a real editor runs, the key reader leaves the terminal alone: it reads only
    // after `poll` says a key is there, and not while `paused`.
    let paused = Arc::new(AtomicBool::new(false));
    let reader_paused = Arc::clone(&paused);
    std::thread::spawn(move || {
        let mut stdin = std::io::stdin();
        let mut buffer = [0u8; 4096];
        loop {
            if reader_paused.load(Ordering::SeqCst) {
                std::thread::sleep(TICK / 5);
                continue;
            }
            let ready = {
                let mut fds = [rustix::event::PollFd::new(
                    &stdin,
                    rustix::event::PollFlags::IN,
                )];
                let timeout = rustix::event::Timespec {
                    tv_sec: 0,
                    tv_nsec: 20_000_000,
                };
                rustix::event::poll(&mut fds, Some(&timeout)).unwrap_or(0) > 0
            };
            if !ready || reader_paused.load(Ordering::SeqCst) {
                continue;
            }
            match stdin.read(&mut buffer) {
                Ok(0) | Err(_) => break,
                Ok(read) => {
                    if sender
                        .send(buffer.get(..read).unwrap_or_default().to_vec())
                        .is_err()
                    {
                        break;
                    }
                }
            }
        }
    });
    let mut console = Console::default();
    let mut screen = TtyScreen::new(terminal_columns());
    let mut decoder = KeyDecoder::new();
    write_chunks(vec![(Stream::Stdout, BRACKETED_PASTE_ON.to_string())]);
    let mut last_tick = Instant::now();
    let mut carried_micros: u128 = 0;
    let status = loop {
        let keys = match keys_in.recv_timeout(TICK) {
            Ok(bytes) => decoder.feed(&bytes),
            Err(mpsc::RecvTimeoutError::Timeout) => decoder.flush(),
            Err(mpsc::RecvTimeoutError::Disconnected) => break session.last_status(),
        };
        screen.set_columns(terminal_columns());
        for key in keys {
            console.key(session, &mut screen, key);
        }
        // Real time drives the clock, in whole milliseconds.
        carried_micros += last_tick.elapsed().as_micros();
        last_tick = Instant::now();
        let millis = (carried_micros / 1000).min(i64::MAX as u128) as i64;
        carried_micros %= 1000;
        console.advance(session, &mut screen, millis);
        while let Some(request) = session.edit_request().cloned() {
            write_chunks(screen.take_output());
            if request.read_only && request.program == "watch" {
                // No program of the host can show it: the screen is drawn here.
                let saved_tick = show_live(session, &keys_in, &mut decoder, last_tick);
                last_tick = saved_tick;
                console.finish_edit(session, &mut screen, None);
                continue;
            }
            paused.store(true, Ordering::SeqCst);
            // Let a poll in flight run out before the editor owns the terminal.
            std::thread::sleep(TICK);
            raw_mode.suspend();
            let saved = super::edit_in_real_editor(&request);
            raw_mode.resume();
            paused.store(false, Ordering::SeqCst);
            // The clock went on meanwhile, as it does in the browser.
            console.finish_edit(session, &mut screen, saved);
        }
        if let Some(status) = session.take_exit_request() {
            // An interactive bash says `exit` as it leaves.
            write_chunks(screen.take_output());
            write_chunks(vec![(Stream::Stderr, "exit\n".to_string())]);
            break status;
        }
        if console.take_end_of_input_request() {
            // bash says `exit` when Ctrl+D leaves it.
            screen.hide_line();
            write_chunks(screen.take_output());
            write_chunks(vec![(Stream::Stderr, "exit\n".to_string())]);
            break session.last_status();
        }
        if session.activity() == Activity::Idle {
            screen.show_line(&console.prompt(session), &console.editor().render());
        }
        write_chunks(screen.take_output());
    };
    write_chunks(screen.take_output());
    drop(raw_mode);
    Some(status)
}
