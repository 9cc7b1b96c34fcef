//! The `kubeplay` binary on a terminal: driven through a pseudo-terminal the way a person
//! types, checking what the screen receives (completion, history, Ctrl+C, Ctrl+D, `exit`).

#![cfg(unix)]
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]
// A test of a real terminal program waits in real time.
#![allow(clippy::disallowed_methods)]

use rustix::pty::{grantpt, openpt, ptsname, unlockpt, OpenptFlags};
use rustix::termios::{tcsetwinsize, Winsize};
use std::fs::File;
use std::io::{Read, Write};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How long to wait for the screen to show something (generous: CI machines are busy).
const PATIENCE: Duration = Duration::from_secs(20);

struct Terminal {
    master: File,
    screen: Arc<Mutex<Vec<u8>>>,
    child: Child,
}

impl Terminal {
    fn start() -> Terminal {
        let master = openpt(OpenptFlags::RDWR | OpenptFlags::NOCTTY).unwrap();
        grantpt(&master).unwrap();
        unlockpt(&master).unwrap();
        let size = Winsize {
            ws_row: 24,
            ws_col: 80,
            ws_xpixel: 0,
            ws_ypixel: 0,
        };
        tcsetwinsize(&master, size).unwrap();
        let name = ptsname(&master, Vec::new()).unwrap();
        let slave = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .open(name.to_str().unwrap())
            .unwrap();
        let child = Command::new(env!("CARGO_BIN_EXE_kubeplay"))
            .stdin(Stdio::from(slave.try_clone().unwrap()))
            .stdout(Stdio::from(slave.try_clone().unwrap()))
            .stderr(Stdio::from(slave))
            .spawn()
            .unwrap();
        let master = File::from(master);
        let screen = Arc::new(Mutex::new(Vec::new()));
        let mut reader = master.try_clone().unwrap();
        let sink = Arc::clone(&screen);
        std::thread::spawn(move || {
            let mut buffer = [0u8; 4096];
            while let Ok(read) = reader.read(&mut buffer) {
                if read == 0 {
                    break;
                }
                sink.lock().unwrap().extend_from_slice(&buffer[..read]);
            }
        });
        Terminal {
            master,
            screen,
            child,
        }
    }

    fn screen(&self) -> String {
        String::from_utf8_lossy(&self.screen.lock().unwrap()).into_owned()
    }

    fn typed(&mut self, keys: &str) {
        self.master.write_all(keys.as_bytes()).unwrap();
    }

    /// Waits until the screen has shown `text` after what it showed before `mark`.
    fn wait_for(&self, mark: usize, text: &str) {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if screen.get(mark..).is_some_and(|s| s.contains(text)) {
                return;
            }
            if start.elapsed() > PATIENCE {
                panic!("the screen never showed {text:?}; it shows:\n{screen:?}");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn mark(&self) -> usize {
        self.screen.lock().unwrap().len()
    }

    fn exit_status(mut self) -> i32 {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.code().unwrap_or(-1);
            }
            if start.elapsed() > PATIENCE {
                let _ = self.child.kill();
                panic!(
                    "kubeplay did not leave; the screen shows:\n{:?}",
                    self.screen()
                );
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

#[test]
fn tab_completes_and_enter_runs() {
    let mut terminal = Terminal::start();
    terminal.wait_for(0, "$ ");
    let mark = terminal.mark();
    terminal.typed("kubectl get po\t");
    terminal.wait_for(mark, "$ kubectl get pods ");
    let mark = terminal.mark();
    terminal.typed("\r");
    terminal.wait_for(mark, "kubia-ndwnb   1/1     Running");
    // Two Tabs list what `kubectl de` can become, then the line comes back.
    let mark = terminal.mark();
    terminal.typed("kubectl de\t\t");
    terminal.wait_for(mark, "delete    describe");
    terminal.wait_for(mark, "describe  \r\n$ kubectl de");
    terminal.typed("\x15exit\r");
    assert_eq!(terminal.exit_status(), 0);
}

#[test]
fn history_and_line_editing_keys_work() {
    let mut terminal = Terminal::start();
    terminal.wait_for(0, "$ ");
    terminal.typed("echo one\r");
    terminal.wait_for(0, "one\r\n");
    let mark = terminal.mark();
    // Up brings the line back; Ctrl+A, Alt+F (ESC f) and typing edit it.
    terminal.typed("\x1b[A\x01\x1bf two");
    terminal.wait_for(mark, "$ echo two one");
    let mark = terminal.mark();
    terminal.typed("\r");
    terminal.wait_for(mark, "two one\r\n");
    // Ctrl+R finds it again.
    let mark = terminal.mark();
    terminal.typed("\x12two");
    terminal.wait_for(mark, "(reverse-i-search)`two': echo two one");
    terminal.typed("\x07\x04");
    assert_eq!(terminal.exit_status(), 0);
}

#[test]
fn ctrl_c_interrupts_a_waiting_command_and_time_passes() {
    let mut terminal = Terminal::start();
    terminal.wait_for(0, "$ ");
    terminal.typed("kubectl create -f kubia-manual.yaml\r");
    terminal.wait_for(0, "pod/kubia-manual created");
    let mark = terminal.mark();
    terminal.typed("kubectl get pods -w\r");
    // Pending, or already ContainerCreating on a loaded machine (the clock is real time).
    terminal.wait_for(mark, "kubia-manual   0/1     ");
    // The clock follows real time: the pod starts while we watch.
    terminal.wait_for(mark, "kubia-manual   1/1     Running");
    let mark = terminal.mark();
    terminal.typed("\x03");
    terminal.wait_for(mark, "^C\r\n$ ");
    terminal.typed("exit 3\r");
    terminal.wait_for(mark, "exit\r\n");
    assert_eq!(terminal.exit_status(), 3);
}
