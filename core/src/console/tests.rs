//! Tests of the console: keys through a session onto a recording screen, the terminal key
//! decoder (table tests), and the escape sequences of the TTY screen.

use super::keys::KeyDecoder;
use super::tty::TtyScreen;
use super::{Console, Screen};
use crate::kubectl::Stream;
use crate::line_editor::{Key, RenderedLine};
use crate::session::Session;

/// A screen that keeps a plain transcript.
#[derive(Default)]
struct Recorder {
    text: String,
    bells: usize,
    clears: usize,
}

impl Screen for Recorder {
    fn echo(&mut self, prompt: &str, line: &str, suffix: &str) {
        self.text.push_str(&format!("{prompt}{line}{suffix}\n"));
    }
    fn output(&mut self, text: &str, stream: Stream) {
        if stream == Stream::Stderr {
            self.text.push_str("[err]");
        }
        self.text.push_str(text);
    }
    fn ensure_line_start(&mut self) {
        if !self.text.is_empty() && !self.text.ends_with('\n') {
            self.text.push('\n');
        }
    }
    fn clear(&mut self) {
        self.clears += 1;
        self.text.clear();
    }
    fn bell(&mut self) {
        self.bells += 1;
    }
    fn columns(&self) -> usize {
        80
    }
}

fn type_text(console: &mut Console, session: &mut Session, screen: &mut Recorder, text: &str) {
    for c in text.chars() {
        let key = match c {
            '\n' => Key::Enter,
            '\t' => Key::Tab,
            c => Key::Char(c),
        };
        console.key(session, screen, key);
    }
}

fn interactive_session() -> Session {
    let mut session = Session::new(1);
    session.set_interactive(true);
    session
}

#[test]
fn typed_lines_are_echoed_then_run() {
    let (mut console, mut session, mut screen) = (
        Console::default(),
        interactive_session(),
        Recorder::default(),
    );
    type_text(&mut console, &mut session, &mut screen, "echo hi\n");
    assert_eq!(screen.text, "$ echo hi\nhi\n");
}

#[test]
fn tab_completes_and_a_second_tab_lists() {
    let (mut console, mut session, mut screen) = (
        Console::default(),
        interactive_session(),
        Recorder::default(),
    );
    type_text(&mut console, &mut session, &mut screen, "kubectl ann\t");
    assert_eq!(console.editor().line(), "kubectl annotate ");
    type_text(&mut console, &mut session, &mut screen, "\x15kubectl de\t");
    assert_eq!(screen.bells, 1);
    assert_eq!(screen.text, "");
    type_text(&mut console, &mut session, &mut screen, "\t");
    assert_eq!(console.editor().line(), "kubectl de");
    assert_eq!(screen.text, "$ kubectl de\ndelete    describe  \n");
}

#[test]
fn escape_then_a_key_is_alt() {
    let (mut console, mut session, mut screen) = (
        Console::default(),
        interactive_session(),
        Recorder::default(),
    );
    type_text(&mut console, &mut session, &mut screen, "one two");
    console.key(&mut session, &mut screen, Key::Escape);
    assert!(console.escape_pending());
    console.key(&mut session, &mut screen, Key::Char('b'));
    assert_eq!(console.editor().cursor(), 4);
    console.key(&mut session, &mut screen, Key::Escape);
    console.key(&mut session, &mut screen, Key::Backspace);
    assert_eq!(console.editor().line(), "two");
}

#[test]
fn lines_typed_while_a_command_runs_wait_and_ctrl_c_discards_them() {
    let (mut console, mut session, mut screen) = (
        Console::default(),
        interactive_session(),
        Recorder::default(),
    );
    type_text(
        &mut console,
        &mut session,
        &mut screen,
        "sleep 5\necho later\n",
    );
    assert_eq!(console.queued().count(), 1);
    assert_eq!(screen.text, "$ sleep 5\n");
    console.advance(&mut session, &mut screen, 5_000);
    assert_eq!(screen.text, "$ sleep 5\n$ echo later\nlater\n");

    type_text(
        &mut console,
        &mut session,
        &mut screen,
        "sleep 5\necho never\n",
    );
    console.key(&mut session, &mut screen, Key::Ctrl('c'));
    console.advance(&mut session, &mut screen, 10_000);
    assert!(screen.text.ends_with("$ sleep 5\n^C\n"), "{}", screen.text);
    assert_eq!(console.queued().count(), 0);
    assert_eq!(session.last_status(), 130);
}

#[test]
fn an_answer_to_delete_interactive_is_typed_after_its_question_and_stays_out_of_history() {
    let (mut console, mut session, mut screen) = (
        Console::default(),
        interactive_session(),
        Recorder::default(),
    );
    type_text(
        &mut console,
        &mut session,
        &mut screen,
        "kubectl delete ns kube-public -i\n",
    );
    assert!(session.reads_terminal());
    assert!(
        screen.text.ends_with("Do you want to continue? (y/N): "),
        "{}",
        screen.text
    );
    type_text(&mut console, &mut session, &mut screen, "n\necho next\n");
    assert!(
        screen
            .text
            .ends_with("(y/N): n\ndeletion is cancelled\n$ echo next\nnext\n"),
        "{}",
        screen.text
    );
    assert_eq!(
        console.editor().history().entries(),
        ["kubectl delete ns kube-public -i", "echo next"]
    );
}

#[test]
fn ls_fills_the_terminal_with_columns_but_writes_lines_into_a_pipe() {
    let (mut console, mut session, mut screen) = (
        Console::default(),
        interactive_session(),
        Recorder::default(),
    );
    type_text(
        &mut console,
        &mut session,
        &mut screen,
        "ls\nls | cat\necho $(ls -a)\n",
    );
    assert_eq!(
        screen.text,
        "$ ls\ncustom-namespace.yaml  kubia-manual-with-labels.yaml\nkubia-gpu.yaml\t       kubia-manual.yaml\n\
         $ ls | cat\ncustom-namespace.yaml\nkubia-gpu.yaml\nkubia-manual-with-labels.yaml\nkubia-manual.yaml\n\
         $ echo $(ls -a)\n. .. .kube custom-namespace.yaml kubia-gpu.yaml kubia-manual-with-labels.yaml kubia-manual.yaml\n"
    );
}

#[test]
fn filters_read_the_lines_typed_up_to_ctrl_d() {
    let (mut console, mut session, mut screen) = (
        Console::default(),
        interactive_session(),
        Recorder::default(),
    );
    // `cat > file`: the typed lines go to the file; Ctrl+D ends it and the prompt returns.
    type_text(
        &mut console,
        &mut session,
        &mut screen,
        "cat > pod.yaml\napiVersion: v1\nkind: Pod\n",
    );
    assert!(session.reads_terminal());
    console.key(&mut session, &mut screen, Key::Ctrl('d'));
    assert!(!session.reads_terminal());
    type_text(&mut console, &mut session, &mut screen, "cat pod.yaml\n");
    assert_eq!(
        screen.text,
        "$ cat > pod.yaml\napiVersion: v1\nkind: Pod\n$ cat pod.yaml\napiVersion: v1\nkind: Pod\n"
    );
    // Plain `cat` copies each line at once; `wc -l` counts them at the end.
    screen.text.clear();
    type_text(&mut console, &mut session, &mut screen, "cat\nhello\n");
    assert_eq!(screen.text, "$ cat\nhello\nhello\n");
    console.key(&mut session, &mut screen, Key::Ctrl('d'));
    type_text(&mut console, &mut session, &mut screen, "wc -l\na\nb\n");
    console.key(&mut session, &mut screen, Key::Ctrl('d'));
    assert_eq!(screen.text, "$ cat\nhello\nhello\n$ wc -l\na\nb\n2\n");
    // Ctrl+C stops it: the lines read so far stay in the file.
    type_text(
        &mut console,
        &mut session,
        &mut screen,
        "cat > notes.txt\nfirst\n",
    );
    console.key(&mut session, &mut screen, Key::Ctrl('c'));
    assert_eq!(session.last_status(), 130);
    assert_eq!(
        session.submit("cat notes.txt").text(Stream::Stdout),
        "first\n"
    );
    // Ctrl+D at a here-document's prompt: bash's warning, and the command runs.
    screen.text.clear();
    type_text(&mut console, &mut session, &mut screen, "cat <<EOF\nabc\n");
    console.key(&mut session, &mut screen, Key::Ctrl('d'));
    assert_eq!(
        screen.text,
        "$ cat <<EOF\n> abc\n> \n[err]bash: warning: here-document at line 7 delimited by end-of-file (wanted `EOF')\nabc\n"
    );
    // The journal replays to the same files.
    let (mut replayed, _) = Session::replay(1, session.journal());
    assert_eq!(
        replayed
            .submit("cat pod.yaml notes.txt")
            .text(Stream::Stdout),
        "apiVersion: v1\nkind: Pod\nfirst\n"
    );
}

#[test]
fn ctrl_c_at_the_prompt_sets_the_status_to_130_and_assignments_keep_a_substitution_s() {
    let (mut console, mut session, mut screen) = (
        Console::default(),
        interactive_session(),
        Recorder::default(),
    );
    type_text(&mut console, &mut session, &mut screen, "false\necho abc");
    console.key(&mut session, &mut screen, Key::Ctrl('c'));
    type_text(
        &mut console,
        &mut session,
        &mut screen,
        "echo $?\nx=$(exit 3); echo $?\n",
    );
    assert_eq!(
        screen.text,
        "$ false\n$ echo abc^C\n$ echo $?\n130\n$ x=$(exit 3); echo $?\n3\n"
    );
}

#[test]
fn alt_f_during_a_reverse_search_ends_it_and_moves_a_word() {
    let (mut console, mut session, mut screen) = (
        Console::default(),
        interactive_session(),
        Recorder::default(),
    );
    type_text(&mut console, &mut session, &mut screen, "echo alpha beta\n");
    console.key(&mut session, &mut screen, Key::Ctrl('r'));
    type_text(&mut console, &mut session, &mut screen, "alpha");
    console.key(&mut session, &mut screen, Key::Alt('f'));
    type_text(&mut console, &mut session, &mut screen, "X");
    assert_eq!(console.editor().line(), "echo alphaX beta");
}

#[test]
fn ctrl_c_at_the_prompt_abandons_the_line_and_unfinished_input() {
    let (mut console, mut session, mut screen) = (
        Console::default(),
        interactive_session(),
        Recorder::default(),
    );
    type_text(&mut console, &mut session, &mut screen, "cat <<EOF\nhalf");
    console.key(&mut session, &mut screen, Key::Ctrl('c'));
    assert_eq!(screen.text, "$ cat <<EOF\n> half^C\n");
    assert_eq!(session.prompt(), "$ ");
    assert_eq!(console.editor().line(), "");
}

#[test]
fn ctrl_d_on_an_empty_main_prompt_asks_to_end_input() {
    let (mut console, mut session, mut screen) = (
        Console::default(),
        interactive_session(),
        Recorder::default(),
    );
    type_text(&mut console, &mut session, &mut screen, "cat <<EOF\n");
    console.key(&mut session, &mut screen, Key::Ctrl('d'));
    assert!(
        !console.take_end_of_input_request(),
        "not inside a here-document"
    );
    console.key(&mut session, &mut screen, Key::Ctrl('c'));
    type_text(&mut console, &mut session, &mut screen, "x");
    console.key(&mut session, &mut screen, Key::Ctrl('d'));
    assert!(!console.end_of_input_requested(), "the line is not empty");
    console.key(&mut session, &mut screen, Key::Ctrl('u'));
    console.key(&mut session, &mut screen, Key::Ctrl('d'));
    assert!(console.take_end_of_input_request());
    assert!(!console.end_of_input_requested());
}

#[test]
fn a_pasted_here_document_runs_line_by_line_and_stays_out_of_history() {
    let (mut console, mut session, mut screen) = (
        Console::default(),
        interactive_session(),
        Recorder::default(),
    );
    console.key(
        &mut session,
        &mut screen,
        Key::Paste("cat <<EOF > a.txt\nhello\nEOF\ncat a.txt\nnext".to_string()),
    );
    assert_eq!(
        screen.text,
        "$ cat <<EOF > a.txt\n> hello\n> EOF\n$ cat a.txt\nhello\n"
    );
    assert_eq!(console.editor().line(), "next");
    assert_eq!(
        console.editor().history().entries(),
        ["cat <<EOF > a.txt", "cat a.txt"]
    );
}

#[test]
fn a_loop_typed_over_lines_waits_for_done_then_runs_and_sleeps_in_time() {
    let (mut console, mut session, mut screen) = (
        Console::default(),
        interactive_session(),
        Recorder::default(),
    );
    type_text(
        &mut console,
        &mut session,
        &mut screen,
        "for i in 1 2\ndo\n  echo n=$i; sleep 1\ndone\n",
    );
    // The first round has run; the second waits for its simulated second.
    assert_eq!(
        screen.text,
        "$ for i in 1 2\n> do\n>   echo n=$i; sleep 1\n> done\nn=1\n"
    );
    let io = session.advance(crate::clock::SimDuration::from_secs(1));
    assert_eq!(io.text(Stream::Stdout), "n=2\n");
    assert_eq!(
        console.editor().history().entries(),
        ["for i in 1 2; do   echo n=$i; sleep 1; done"]
    );
}

#[test]
fn clear_and_ctrl_l_clear_the_screen() {
    let (mut console, mut session, mut screen) = (
        Console::default(),
        interactive_session(),
        Recorder::default(),
    );
    type_text(&mut console, &mut session, &mut screen, "clear\n");
    console.key(&mut session, &mut screen, Key::Ctrl('l'));
    assert_eq!(screen.clears, 2);
}

#[test]
fn replay_shows_prompts_and_outputs_as_they_were() {
    let mut original = interactive_session();
    for line in ["kubens kube-system", "echo hi"] {
        let _ = original.submit(line);
    }
    let (_, inputs) = Session::parse_saved(&original.save()).unwrap();
    let (mut session, mut screen) = (interactive_session(), Recorder::default());
    Console::replay(&mut session, &mut screen, &inputs);
    assert_eq!(
        screen.text,
        "$ kubens kube-system\nContext \"kind-kubeplay\" modified.\nActive namespace is \"kube-system\".\n(kube-system) $ echo hi\nhi\n"
    );
}

#[test]
fn the_key_decoder_reads_what_terminals_send() {
    let cases: &[(&[u8], &[Key])] = &[
        (b"ab", &[Key::Char('a'), Key::Char('b')]),
        ("テ".as_bytes(), &[Key::Char('テ')]),
        (b"\r\t\x7f", &[Key::Enter, Key::Tab, Key::Backspace]),
        (
            b"\x01\x03\x04\x0a",
            &[
                Key::Ctrl('a'),
                Key::Ctrl('c'),
                Key::Ctrl('d'),
                Key::Ctrl('j'),
            ],
        ),
        (b"\x1f\x00", &[Key::Ctrl('_'), Key::Ctrl('@')]),
        (
            b"\x1b[A\x1b[B\x1b[C\x1b[D",
            &[Key::Up, Key::Down, Key::Right, Key::Left],
        ),
        (b"\x1bOA\x1bOH\x1bOF", &[Key::Up, Key::Home, Key::End]),
        (
            b"\x1b[H\x1b[F\x1b[1~\x1b[4~\x1b[3~",
            &[Key::Home, Key::End, Key::Home, Key::End, Key::Delete],
        ),
        (b"\x1b[1;5C\x1b[1;3D", &[Key::Alt('f'), Key::Alt('b')]),
        // Meta in one write: Alt+key (readline then ends a reverse search and runs it).
        (b"\x1bb", &[Key::Alt('b')]),
        (b"\x1b\x7f", &[Key::Alt('\u{7f}')]),
        (b"\x1b[5~x", &[Key::Char('x')]),
        (
            b"\x1b[200~a\nb\x1b[201~c",
            &[Key::Paste(String::new()), Key::Char('c')],
        ),
        (b"\xff", &[Key::Char(char::REPLACEMENT_CHARACTER)]),
    ];
    for (bytes, expected) in cases {
        let mut decoder = KeyDecoder::new();
        let mut keys = decoder.feed(bytes);
        keys.extend(decoder.flush());
        let expected: Vec<Key> = expected
            .iter()
            .map(|key| match key {
                Key::Paste(_) => Key::Paste("a\nb".to_string()),
                key => key.clone(),
            })
            .collect();
        assert_eq!(keys, expected, "{bytes:?}");
    }
}

#[test]
fn the_key_decoder_waits_for_sequences_split_across_reads() {
    let mut decoder = KeyDecoder::new();
    assert_eq!(decoder.feed(b"\x1b"), []);
    assert_eq!(decoder.feed(b"["), []);
    assert_eq!(decoder.feed(b"A"), [Key::Up]);
    assert_eq!(decoder.feed(&"ö".as_bytes()[..1]), []);
    assert_eq!(decoder.feed(&"ö".as_bytes()[1..]), [Key::Char('ö')]);
    assert_eq!(decoder.feed(b"\x1b[200~one\x1b[2"), []);
    assert_eq!(decoder.flush(), [], "a paste keeps waiting");
    assert_eq!(
        decoder.feed(b"01~x"),
        [Key::Paste("one".to_string()), Key::Char('x')]
    );
    assert_eq!(decoder.feed(b"\x1b"), []);
    assert_eq!(decoder.flush(), [Key::Escape], "a lone Escape key");
}

fn rendered(before: &str, after: &str) -> RenderedLine {
    let mut chars = after.chars();
    RenderedLine {
        before_cursor: before.to_string(),
        under_cursor: chars.next(),
        after_cursor: chars.collect(),
        prompt_override: None,
    }
}

fn written(screen: &mut TtyScreen) -> String {
    screen
        .take_output()
        .into_iter()
        .map(|(stream, text)| match stream {
            Stream::Stdout => text,
            Stream::Stderr => format!("[err]{text}"),
        })
        .collect()
}

#[test]
fn the_tty_screen_draws_the_line_and_puts_the_cursor_in_place() {
    let mut screen = TtyScreen::new(10);
    screen.show_line("$ ", &rendered("ab", "cd"));
    assert_eq!(written(&mut screen), "$ abcd\r\x1b[4C");
    screen.show_line("$ ", &rendered("ab", "cd"));
    assert_eq!(written(&mut screen), "", "nothing changed, nothing drawn");
    screen.show_line("$ ", &rendered("abc", "d"));
    assert_eq!(written(&mut screen), "\r\x1b[J$ abcd\r\x1b[5C");
    // 2 + 13 columns wrap to a second row; the cursor goes back to the first.
    screen.show_line("$ ", &rendered("x", "123456789012"));
    assert_eq!(
        written(&mut screen),
        "\r\x1b[J$ x123456789012\x1b[1A\r\x1b[3C"
    );
    // Erasing goes up to the prompt's row first.
    screen.show_line("$ ", &rendered("x1234567890", "12"));
    assert_eq!(written(&mut screen), "\r\x1b[J$ x123456789012\r\x1b[3C");
    screen.hide_line();
    assert_eq!(written(&mut screen), "\x1b[1A\r\x1b[J");
}

#[test]
fn the_tty_screen_wraps_a_line_that_fills_its_row() {
    let mut screen = TtyScreen::new(10);
    screen.show_line("$ ", &rendered("12345678", ""));
    assert_eq!(written(&mut screen), "$ 12345678\n\r");
    screen.echo("$ ", "12345678", "");
    assert_eq!(written(&mut screen), "\x1b[1A\r\x1b[J$ 12345678\n");
}

#[test]
fn the_tty_screen_starts_the_prompt_where_output_left_off() {
    let mut screen = TtyScreen::new(80);
    screen.output("no newline", Stream::Stdout);
    screen.output("oops\n", Stream::Stderr);
    screen.output("\x1b[31mred\x1b[0m", Stream::Stdout);
    screen.show_line("$ ", &rendered("", ""));
    assert_eq!(
        written(&mut screen),
        "no newline[err]oops\n\x1b[31mred\x1b[0m$ \r\x1b[5C"
    );
    screen.ensure_line_start();
    assert_eq!(written(&mut screen), "\r\x1b[3C\x1b[J\n");
    screen.bell();
    screen.clear();
    assert_eq!(written(&mut screen), "\x07\x1b[H\x1b[2J");
}

#[test]
fn the_tty_screen_shows_control_characters_in_caret_notation() {
    let mut screen = TtyScreen::new(80);
    screen.show_line("$ ", &rendered("a\x01", ""));
    assert_eq!(written(&mut screen), "$ a^A\r\x1b[5C");
}

/// An interactive session whose busybox pod `bb` runs `sleep 3600`.
fn with_a_running_busybox_pod() -> (Console, Session, Recorder) {
    let (mut console, mut session, mut screen) = (
        Console::default(),
        interactive_session(),
        Recorder::default(),
    );
    type_text(
        &mut console,
        &mut session,
        &mut screen,
        "kubectl run bb --image=busybox -- sleep 3600\n",
    );
    let _ = session.advance(crate::clock::SimDuration::from_secs(10));
    (console, session, screen)
}

#[test]
fn kubectl_exec_it_opens_the_containers_shell_until_exit_or_ctrl_d() {
    let (mut console, mut session, mut screen) = with_a_running_busybox_pod();
    type_text(
        &mut console,
        &mut session,
        &mut screen,
        "kubectl exec -it bb -- sh\n",
    );
    assert!(session.in_container_shell());
    assert_eq!(session.prompt(), "/ # ");
    type_text(
        &mut console,
        &mut session,
        &mut screen,
        "echo $HOSTNAME\nwhile false; do\n",
    );
    assert_eq!(
        session.prompt(),
        "> ",
        "unfinished input waits for more lines"
    );
    console.key(&mut session, &mut screen, Key::Ctrl('c'));
    assert_eq!(
        session.prompt(),
        "/ # ",
        "Ctrl+C drops it and stays in the shell"
    );
    type_text(&mut console, &mut session, &mut screen, "false\n");
    console.key(&mut session, &mut screen, Key::Ctrl('d'));
    assert!(!session.in_container_shell(), "Ctrl+D ends the shell");
    assert!(
        !console.take_end_of_input_request(),
        "and not the playground"
    );
    assert_eq!(session.prompt(), "$ ");
    assert!(
        screen
            .text
            .ends_with("/ # false\n/ # exit\n[err]command terminated with exit code 1\n"),
        "{}",
        screen.text
    );
    assert!(
        screen.text.contains("/ # echo $HOSTNAME\nbb\n"),
        "{}",
        screen.text
    );
}

#[test]
fn kubectl_exec_waits_out_the_scripts_sleeps() {
    let (mut console, mut session, mut screen) = with_a_running_busybox_pod();
    type_text(
        &mut console,
        &mut session,
        &mut screen,
        "kubectl exec bb -- sh -c 'echo one; sleep 2; echo two; exit 5'\n",
    );
    assert!(screen.text.ends_with("one\n"), "{}", screen.text);
    assert_eq!(session.activity(), crate::session::Activity::Busy);
    console.advance(&mut session, &mut screen, 1_500);
    assert!(screen.text.ends_with("one\n"), "not yet: {}", screen.text);
    console.advance(&mut session, &mut screen, 600);
    assert!(
        screen
            .text
            .ends_with("one\ntwo\n[err]command terminated with exit code 5\n"),
        "{}",
        screen.text
    );
    assert_eq!(session.activity(), crate::session::Activity::Idle);
}

#[test]
fn history_expansion_is_echoed_and_kept_expanded_in_the_history() {
    let (mut console, mut session, mut screen) = (
        Console::default(),
        interactive_session(),
        Recorder::default(),
    );
    type_text(
        &mut console,
        &mut session,
        &mut screen,
        "echo hello\n!!\nkubectl get pods -l \"!env\"\n",
    );
    assert_eq!(
        screen.text,
        "$ echo hello\nhello\n$ !!\n[err]echo hello\nhello\n$ kubectl get pods -l \"!env\"\n[err]bash: !env: event not found\n"
    );
    // `!!` became `echo hello` (dropped as a duplicate); the failed line is forgotten.
    assert_eq!(console.editor().history().entries(), ["echo hello"]);
}
