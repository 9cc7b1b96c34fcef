//! Table tests for the line editor: key sequences → line, cursor and
//! events. Expectations for lines, cursors, search prompts, bells and the
//! completion column layout were checked against bash 5.2 (readline 8.2)
//! driven through a pseudo-terminal.
//!
//! Key notation in the tables: plain chars are `Key::Char`; `<C-x>` is
//! Ctrl+x, `<M-x>` is Alt+x, `<M-BS>` Alt+Backspace, and `<Left>`,
//! `<Right>`, `<Up>`, `<Down>`, `<Home>`, `<End>`, `<BS>`, `<Del>`, `<Tab>`,
//! `<Enter>`, `<Esc>`, `<lt>` (a literal `<`) name the other keys. Lines are
//! written with `‸` at the cursor.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use super::*;
use EditorEvent::{Bell, ClearScreen, Eof, Interrupt, ShowCandidates};

/// Parses the key notation described in the module documentation.
fn parse_keys(notation: &str) -> Vec<Key> {
    let mut keys = Vec::new();
    let mut chars = notation.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '<' {
            keys.push(Key::Char(c));
            continue;
        }
        let mut name = String::new();
        for n in chars.by_ref() {
            if n == '>' && !name.is_empty() && !(name.starts_with("M-") && name.len() == 2) {
                break;
            }
            name.push(n);
        }
        let key = match name.as_str() {
            "Left" => Key::Left,
            "Right" => Key::Right,
            "Up" => Key::Up,
            "Down" => Key::Down,
            "Home" => Key::Home,
            "End" => Key::End,
            "BS" => Key::Backspace,
            "Del" => Key::Delete,
            "Tab" => Key::Tab,
            "Enter" => Key::Enter,
            "Esc" => Key::Escape,
            "lt" => Key::Char('<'),
            "M-BS" => Key::Alt('\u{7f}'),
            other if other.starts_with("C-") => Key::Ctrl(other.chars().nth(2).unwrap()),
            other if other.starts_with("M-") => Key::Alt(other.chars().nth(2).unwrap()),
            other => panic!("unknown key name {other:?}"),
        };
        keys.push(key);
    }
    keys
}

/// The line with `‸` at the cursor.
fn shown(editor: &LineEditor) -> String {
    let line: Vec<char> = editor.line().chars().collect();
    let before: String = line.iter().take(editor.cursor()).collect();
    let after: String = line.iter().skip(editor.cursor()).collect();
    format!("{before}‸{after}")
}

/// An editor whose history holds `history`.
fn editor_with_history(history: &[&str]) -> LineEditor {
    let entries = history.iter().map(|s| s.to_string()).collect();
    LineEditor::with_history(History::from_entries(entries, DEFAULT_HISTORY_MAX_SIZE))
}

/// Feeds `keys` (notation) to `editor`, returning all events in order.
fn feed(editor: &mut LineEditor, keys: &str) -> Vec<EditorEvent> {
    parse_keys(keys)
        .into_iter()
        .flat_map(|key| editor.handle(key))
        .collect()
}

fn submit(line: &str) -> EditorEvent {
    EditorEvent::Submit(line.to_string())
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

#[test]
fn parse_keys_understands_the_notation() {
    assert_eq!(
        parse_keys("a<C-a><M-b><M-BS><Left><lt><M->><M-<><Esc>"),
        vec![
            Key::Char('a'),
            Key::Ctrl('a'),
            Key::Alt('b'),
            Key::Alt('\u{7f}'),
            Key::Left,
            Key::Char('<'),
            Key::Alt('>'),
            Key::Alt('<'),
            Key::Escape,
        ]
    );
}

#[test]
fn editing_keys() {
    let jp = "kubectl label pod テスト-ポッド app=ウェブ";
    let cases: Vec<(&str, String, &str, Vec<EditorEvent>)> = vec![
        ("insert", "abc".into(), "abc‸", vec![]),
        ("left, insert", "abc<Left><Left>X".into(), "aX‸bc", vec![]),
        ("ctrl-a", "abc<C-a>X".into(), "X‸abc", vec![]),
        ("home, end", "abc<Home><End>X".into(), "abcX‸", vec![]),
        (
            "ctrl-b ctrl-f",
            "abc<C-b><C-b><C-f>X".into(),
            "abX‸c",
            vec![],
        ),
        ("ctrl-e", "abc<C-a><C-e>X".into(), "abcX‸", vec![]),
        ("left at start rings", "<Left>".into(), "‸", vec![Bell]),
        ("right at end rings", "ab<Right>".into(), "ab‸", vec![Bell]),
        ("ctrl-f at end rings", "ab<C-f>".into(), "ab‸", vec![Bell]),
        ("backspace", "abc<BS>".into(), "ab‸", vec![]),
        ("backspace at start rings", "<BS>".into(), "‸", vec![Bell]),
        ("ctrl-h", "abc<C-h><C-h>".into(), "a‸", vec![]),
        ("delete", "abc<Home><Del>".into(), "‸bc", vec![]),
        ("delete at end rings", "abc<Del>".into(), "abc‸", vec![Bell]),
        ("ctrl-d deletes", "abc<C-a><C-d>".into(), "‸bc", vec![]),
        ("ctrl-d mid", "abc<C-b><C-b><C-d>".into(), "a‸c", vec![]),
        ("ctrl-d on empty line", "<C-d>".into(), "‸", vec![Eof]),
        // readline's transpose-words (checked in bash 5.2).
        (
            "alt-t at end",
            "echo aa bb<M-t>X".into(),
            "echo bb aaX‸",
            vec![],
        ),
        (
            "alt-t mid",
            "one two three<M-b><M-b><M-t>".into(),
            "two one‸ three",
            vec![],
        ),
        (
            "alt-t one word rings",
            "abc<M-t>".into(),
            "abc‸",
            vec![Bell],
        ),
        ("ctrl-d at end rings", "abc<C-d>".into(), "abc‸", vec![Bell]),
        ("ctrl-d emptied line", "a<BS><C-d>".into(), "‸", vec![Eof]),
        (
            "japanese insert",
            "kubectl label pod テスト<Left><Left>X".into(),
            "kubectl label pod テX‸スト",
            vec![],
        ),
        ("japanese backspace", "テスト<BS>".into(), "テス‸", vec![]),
        (
            "japanese delete",
            "テスト<Home><Del>".into(),
            "‸スト",
            vec![],
        ),
        (
            "alt-b over japanese words",
            format!("{jp}<M-b><M-b>X"),
            "kubectl label pod テスト-ポッド X‸app=ウェブ",
            vec![],
        ),
        (
            "alt-f over japanese words",
            format!("{jp}<C-a><M-f><M-f><M-f><M-f>X"),
            "kubectl label pod テストX‸-ポッド app=ウェブ",
            vec![],
        ),
        ("alt-b at start", "<M-b>".into(), "‸", vec![]),
        ("alt-f at end", "ab<M-f>".into(), "ab‸", vec![]),
        (
            "alt-f skips punctuation",
            "--all-namespaces<C-a><M-f>".into(),
            "--all‸-namespaces",
            vec![],
        ),
        (
            "alt-b underscore is not a word char",
            "foo_bar<M-b>".into(),
            "foo_‸bar",
            vec![],
        ),
        ("ctrl-t at end", "abc<C-t>".into(), "acb‸", vec![]),
        ("ctrl-t mid", "abcd<C-b><C-b><C-t>".into(), "acb‸d", vec![]),
        (
            "ctrl-t at start rings",
            "abcd<C-a><C-t>".into(),
            "‸abcd",
            vec![Bell],
        ),
        ("ctrl-t short line rings", "a<C-t>".into(), "a‸", vec![Bell]),
        ("ctrl-t japanese", "テスト<C-t>".into(), "テトス‸", vec![]),
        (
            "alt-u",
            "kubectl get pods<C-a><M-u>".into(),
            "KUBECTL‸ get pods",
            vec![],
        ),
        (
            "alt-l",
            "KUBECTL GET<C-a><M-l>".into(),
            "kubectl‸ GET",
            vec![],
        ),
        (
            "alt-c twice",
            "hello WORLD<C-a><M-c><M-c>".into(),
            "Hello World‸",
            vec![],
        ),
        (
            "alt-c skips to word",
            "  x-ray<C-a><M-c>".into(),
            "  X‸-ray",
            vec![],
        ),
        ("alt-u empty", "<M-u>".into(), "‸", vec![]),
        ("ctrl-l", "abc<C-l>".into(), "abc‸", vec![ClearScreen]),
        ("ctrl-c", "abc<C-c>".into(), "‸", vec![Interrupt]),
        ("enter", "abc<Enter>".into(), "‸", vec![submit("abc")]),
        ("ctrl-m", "abc<C-m>".into(), "‸", vec![submit("abc")]),
        ("ctrl-j", "abc<C-j>".into(), "‸", vec![submit("abc")]),
        (
            "enter mid-line submits whole line",
            "abc<Left><Enter>".into(),
            "‸",
            vec![submit("abc")],
        ),
        (
            "enter on empty line",
            "<Enter>".into(),
            "‸",
            vec![submit("")],
        ),
        ("ctrl-g rings", "ab<C-g>".into(), "ab‸", vec![Bell]),
        ("unbound alt key rings", "a<M-q>".into(), "a‸", vec![Bell]),
        ("unbound ctrl key rings", "a<C-q>".into(), "a‸", vec![Bell]),
        ("escape alone does nothing", "ab<Esc>".into(), "ab‸", vec![]),
        ("uppercase ctrl letter", "abc<C-A>X".into(), "X‸abc", vec![]),
        (
            "uppercase alt letter",
            "ab cd<M-B>X".into(),
            "ab X‸cd",
            vec![],
        ),
        ("ctrl-? is backspace", "ab<C-?>".into(), "a‸", vec![]),
        (
            "combining mark is its own char",
            "e\u{301}<BS>".into(),
            "e‸",
            vec![],
        ),
    ];
    for (name, keys, want, want_events) in cases {
        let mut editor = LineEditor::new();
        let events = feed(&mut editor, &keys);
        assert_eq!(
            (shown(&editor), events),
            (want.to_string(), want_events),
            "{name}"
        );
    }
}

#[test]
fn typed_control_chars_act_as_their_keys() {
    let cases: Vec<(&str, Vec<Key>, &str, Vec<EditorEvent>)> = vec![
        (
            "\\x01 is ctrl-a",
            vec![Key::Char('b'), Key::Char('\u{1}'), Key::Char('a')],
            "a‸b",
            vec![],
        ),
        (
            "\\r is enter",
            vec![Key::Char('x'), Key::Char('\r')],
            "‸",
            vec![submit("x")],
        ),
        (
            "\\n is enter",
            vec![Key::Char('x'), Key::Char('\n')],
            "‸",
            vec![submit("x")],
        ),
        (
            "\\x7f is backspace",
            vec![Key::Char('x'), Key::Char('\u{7f}')],
            "‸",
            vec![],
        ),
        (
            "\\x08 is backspace",
            vec![Key::Char('x'), Key::Char('\u{8}')],
            "‸",
            vec![],
        ),
        (
            "\\x03 is ctrl-c",
            vec![Key::Char('x'), Key::Char('\u{3}')],
            "‸",
            vec![Interrupt],
        ),
        ("\\x04 is ctrl-d", vec![Key::Char('\u{4}')], "‸", vec![Eof]),
        (
            "\\x1b is escape",
            vec![Key::Char('x'), Key::Char('\u{1b}')],
            "x‸",
            vec![],
        ),
        ("\\0 is unbound", vec![Key::Char('\0')], "‸", vec![Bell]),
        (
            "\\t is tab",
            vec![Key::Char('k'), Key::Char('\t')],
            "k‸",
            vec![EditorEvent::CompleteRequest {
                line: "k".into(),
                cursor: 1,
            }],
        ),
        (
            "alt-\\x08 kills a word",
            vec![
                Key::Char('a'),
                Key::Char(' '),
                Key::Char('b'),
                Key::Alt('\u{8}'),
            ],
            "a ‸",
            vec![],
        ),
        (
            "C1 control char is inserted",
            vec![Key::Char('\u{85}')],
            "\u{85}‸",
            vec![],
        ),
    ];
    for (name, keys, want, want_events) in cases {
        let mut editor = LineEditor::new();
        let events: Vec<EditorEvent> = keys.into_iter().flat_map(|k| editor.handle(k)).collect();
        assert_eq!(
            (shown(&editor), events),
            (want.to_string(), want_events),
            "{name}"
        );
    }
}

#[test]
fn kill_and_yank() {
    let cases: Vec<(&str, &str, &str, Vec<EditorEvent>)> = vec![
        (
            "ctrl-w twice joins, yank",
            "aa bb cc<C-w><C-w><C-y>",
            "aa bb cc‸",
            vec![],
        ),
        (
            "ctrl-w then ctrl-k join",
            "aa bb cc<C-b><C-b><C-b><C-w><C-k><C-y>",
            "aa bb cc‸",
            vec![],
        ),
        (
            "a motion between kills starts a new entry",
            "aa bb cc<C-b><C-b><C-k><C-b><C-b><C-k><C-y>",
            "aa bb ‸",
            vec![],
        ),
        (
            "alt-d twice appends",
            "foo-bar baz<C-a><M-d><M-d><C-y>",
            "foo-bar‸ baz",
            vec![],
        ),
        (
            "alt-backspace twice prepends",
            "foo-bar baz<M-BS><M-BS><C-y>",
            "foo-bar baz‸",
            vec![],
        ),
        (
            "ctrl-w is whitespace delimited",
            "ls foo/bar/ <C-w>X",
            "ls X‸",
            vec![],
        ),
        ("ctrl-w kills trailing blanks", "a b  <C-w>", "a ‸", vec![]),
        ("ctrl-w on blanks only", "   <C-w>", "‸", vec![]),
        ("ctrl-w at start rings", "<C-w>", "‸", vec![Bell]),
        (
            "ctrl-u then yank twice",
            "abcdef<C-b><C-b><C-u><C-y><C-y>",
            "abcdabcd‸ef",
            vec![],
        ),
        ("ctrl-u at start rings", "<C-u>", "‸", vec![Bell]),
        ("ctrl-k at end is silent", "ab<C-k>", "ab‸", vec![]),
        ("ctrl-k mid", "abcd<C-b><C-b><C-k>", "ab‸", vec![]),
        (
            "yank with empty kill ring rings",
            "aa<C-y>",
            "aa‸",
            vec![Bell],
        ),
        ("yank-pop without yank rings", "aa<M-y>", "aa‸", vec![Bell]),
        (
            "yank-pop",
            "aa bb<C-w><C-a><C-k>x<C-y><M-y>",
            "xbb‸",
            vec![],
        ),
        (
            "yank-pop wraps around",
            "one<C-u>two<C-u>three<C-u><C-y><M-y><M-y><M-y>",
            "three‸",
            vec![],
        ),
        (
            "yank after yank-pop yanks the popped entry",
            "one<C-u>two<C-u><C-y><M-y> <C-y>",
            "one one‸",
            vec![],
        ),
        (
            "yank-pop after typing rings",
            "one<C-u><C-y>x<M-y>",
            "onex‸",
            vec![Bell],
        ),
        (
            "japanese ctrl-w and yank twice",
            "kubectl label pod テスト<C-w><C-y><C-y>",
            "kubectl label pod テストテスト‸",
            vec![],
        ),
        (
            "japanese alt-backspace",
            "app=ウェブ<M-BS>",
            "app=‸",
            vec![],
        ),
        (
            "japanese alt-d",
            "テスト ポッド<C-a><M-d>",
            "‸ ポッド",
            vec![],
        ),
        (
            "alt-d at end does not join",
            "ab cd<C-w><M-d><C-w><C-y>",
            "ab ‸",
            vec![],
        ),
        (
            "kill ring survives submit",
            "secret<C-u><Enter><C-y>",
            "secret‸",
            vec![submit("")],
        ),
        (
            "kill ring survives ctrl-c",
            "secret<C-u>x<C-c><C-y>",
            "secret‸",
            vec![Interrupt],
        ),
    ];
    for (name, keys, want, want_events) in cases {
        let mut editor = LineEditor::new();
        let events = feed(&mut editor, keys);
        assert_eq!(
            (shown(&editor), events),
            (want.to_string(), want_events),
            "{name}"
        );
    }
}

#[test]
fn kill_ring_keeps_ten_entries() {
    let mut keys: String = "abcdefghijk".chars().map(|c| format!("{c}<C-u>")).collect();
    keys.push_str("<C-y>");
    for (pops, want) in [(0, "k‸"), (1, "j‸"), (9, "b‸"), (10, "k‸")] {
        let mut editor = LineEditor::new();
        let keys = format!("{keys}{}", "<M-y>".repeat(pops));
        let events = feed(&mut editor, &keys);
        assert_eq!(
            (shown(&editor), events),
            (want.to_string(), vec![]),
            "{pops} pops"
        );
    }
}

#[test]
fn yank_last_arg() {
    let history = ["echo one two \"three four\"", "echo alpha beta"];
    let cases: Vec<(&[&str], &str, &str, Vec<EditorEvent>)> = vec![
        (&history, "<M-.>", "beta‸", vec![]),
        (&history, "<M-.><M-.>", "\"three four\"‸", vec![]),
        (&history, "<M-.><M-.><M-.>", "‸", vec![Bell]),
        (&history, "x <M-_>", "x beta‸", vec![]),
        (&history, "<M-.>x<M-.>", "betaxbeta‸", vec![]),
        (
            &history,
            "<Up><M-.>",
            "echo alpha beta\"three four\"‸",
            vec![],
        ),
        (&[], "<M-.>", "‸", vec![Bell]),
        (
            &["kubectl get pod web > out.txt"],
            "<M-.>",
            "out.txt‸",
            vec![],
        ),
        (&["kubectl get pods | grep web"], "<M-.>", "web‸", vec![]),
        (&["echo a;"], "<M-.>", ";‸", vec![]),
        (&["echo 'a b' c\\ d"], "<M-.>", "c\\ d‸", vec![]),
        (&["kubectl describe pod テスト"], "<M-.>", "テスト‸", vec![]),
    ];
    for (history, keys, want, want_events) in cases {
        let mut editor = editor_with_history(history);
        let events = feed(&mut editor, keys);
        assert_eq!(
            (shown(&editor), events),
            (want.to_string(), want_events),
            "{keys} with {history:?}"
        );
    }
}

#[test]
fn history_browsing() {
    let history = ["echo one", "echo two"];
    let cases: Vec<(&[&str], &str, &str, Vec<EditorEvent>)> = vec![
        (&history, "<Up>", "echo two‸", vec![]),
        (&history, "<Up><Up>", "echo one‸", vec![]),
        (&history, "<Up><Up><Up>", "echo one‸", vec![Bell]),
        (&history, "<Down>", "‸", vec![Bell]),
        (&history, "xyz<Up><Down>", "xyz‸", vec![]),
        (&history, "xyz<Left><Up><Down>", "xyz‸", vec![]),
        (&history, "xyz<Up>!<Up><Down>", "echo two!‸", vec![]),
        (&history, "xyz<Up>!<Up><Down><Down>", "xyz‸", vec![]),
        (&history, "xyz<Up><Down><Down>", "xyz‸", vec![Bell]),
        (&history, "<C-p><C-p><C-n>", "echo two‸", vec![]),
        (&history, "xyz<M-<>", "echo one‸", vec![]),
        (&history, "xyz<M-<><M->>", "xyz‸", vec![]),
        (&history, "xyz<M->>", "xyz‸", vec![Bell]),
        (&history, "<Up><C-a>", "‸echo two", vec![]),
        (
            &history,
            "<Up>!<Enter><Up>",
            "echo two!‸",
            vec![submit("echo two!")],
        ),
        (
            &history,
            "<Up>!<Enter><Up><Up>",
            "echo two‸",
            vec![submit("echo two!")],
        ),
        (
            &history,
            "<Up><Up><Enter><Up>",
            "echo one‸",
            vec![submit("echo one")],
        ),
        (&history, "<Up>x<C-c><Up>", "echo two‸", vec![Interrupt]),
        (&[], "<Up>", "‸", vec![Bell]),
        (&[], "<M-<>", "‸", vec![Bell]),
        (
            &["kubectl label pod テスト a=b"],
            "<Up><M-b><M-b>",
            "kubectl label pod テスト ‸a=b",
            vec![],
        ),
    ];
    for (history, keys, want, want_events) in cases {
        let mut editor = editor_with_history(history);
        let events = feed(&mut editor, keys);
        assert_eq!(
            (shown(&editor), events),
            (want.to_string(), want_events),
            "{keys}"
        );
    }
}

#[test]
fn history_entries_after_submits() {
    let cases: Vec<(&str, &[&str])> = vec![
        ("ls<Enter>ls<Enter>", &["ls"]),
        ("ls<Enter>pwd<Enter>ls<Enter>", &["ls", "pwd", "ls"]),
        ("<Enter>   <Enter>", &[]),
        ("ls <Enter>ls<Enter>", &["ls ", "ls"]),
        ("x<C-c>", &[]),
        ("<Up><Enter>", &[]),
        ("テスト<Enter>", &["テスト"]),
    ];
    for (keys, want) in cases {
        let mut editor = LineEditor::new();
        feed(&mut editor, keys);
        assert_eq!(
            editor.history().entries(),
            strings(want).as_slice(),
            "{keys}"
        );
    }
}

#[test]
fn submitted_lines_can_stay_out_of_history() {
    let mut editor = LineEditor::new();
    assert!(editor.adds_submitted_lines_to_history());
    editor.set_add_submitted_lines_to_history(false);
    assert_eq!(feed(&mut editor, "hello<Enter>"), vec![submit("hello")]);
    assert!(editor.history().is_empty());
    editor.set_add_submitted_lines_to_history(true);
    feed(&mut editor, "EOF<Enter>");
    assert_eq!(editor.history().entries(), strings(&["EOF"]).as_slice());
}

#[test]
fn history_add_follows_ignoredups() {
    let cases: Vec<(usize, &[&str], &[&str])> = vec![
        (1000, &["a", "a", "b", "a"], &["a", "b", "a"]),
        (1000, &["", "  ", "\t", " \n "], &[]),
        (
            1000,
            &["kubectl get pods", "kubectl get pods "],
            &["kubectl get pods", "kubectl get pods "],
        ),
        (3, &["a", "b", "c", "d"], &["b", "c", "d"]),
        (0, &["a"], &[]),
    ];
    for (max_size, added, want) in cases {
        let mut history = History::with_max_size(max_size);
        for line in added {
            history.add(line);
        }
        assert_eq!(history.entries(), strings(want).as_slice(), "{added:?}");
        assert_eq!(history.to_vec(), strings(want));
        assert_eq!(history.len(), want.len());
    }
}

#[test]
fn history_add_reports_whether_added() {
    let mut history = History::new();
    assert_eq!(
        [
            history.add("a"),
            history.add("a"),
            history.add(" "),
            history.add("b")
        ],
        [true, false, false, true]
    );
    assert_eq!(history.newest(), Some("b"));
    assert_eq!(history.get(0), Some("a"));
    assert_eq!(history.get(2), None);
}

#[test]
fn history_restore_and_resize() {
    let saved = strings(&["a", "b", "a", "c"]);
    let history = History::from_entries(saved.clone(), 3);
    assert_eq!(history.entries(), strings(&["b", "a", "c"]).as_slice());
    assert_eq!(history.max_size(), 3);
    let mut history = History::default();
    assert_eq!(history.max_size(), DEFAULT_HISTORY_MAX_SIZE);
    history.replace_entries(saved.clone());
    assert_eq!(history.to_vec(), saved);
    history.set_max_size(2);
    assert_eq!(history.entries(), strings(&["a", "c"]).as_slice());
    history.clear();
    assert!(history.is_empty());
    let mut full = History::with_max_size(1000);
    for n in 0..1005 {
        full.add(&format!("cmd {n}"));
    }
    assert_eq!((full.len(), full.get(0)), (1000, Some("cmd 5")));
}

#[test]
fn history_mut_stops_browsing_and_search() {
    let mut editor = editor_with_history(&["one", "two"]);
    feed(&mut editor, "x<Up>");
    editor.history_mut().clear();
    assert_eq!(shown(&editor), "two‸");
    assert_eq!(feed(&mut editor, "<Down>"), vec![Bell]);
    let mut editor = editor_with_history(&["one", "two"]);
    feed(&mut editor, "x<C-r>on");
    assert_eq!(shown(&editor), "‸one");
    editor.history_mut().add("three");
    assert_eq!(
        (shown(&editor), editor.is_searching()),
        ("x‸".to_string(), false)
    );
    assert_eq!(feed(&mut editor, "<Up>"), vec![]);
    assert_eq!(shown(&editor), "three‸");
}

/// History as in the bash session used to check these expectations: the
/// test harness ran `clear` last.
const SEARCH_HISTORY: [&str; 5] = [
    "echo kubectl get pods",
    "echo hello",
    "echo kubectl get pods",
    "true",
    "clear",
];

#[test]
fn reverse_search() {
    let cases: Vec<(&str, &str, Option<&str>, Vec<EditorEvent>)> = vec![
        (
            "ls -l<C-r>",
            "ls -l‸",
            Some("(reverse-i-search)`': "),
            vec![],
        ),
        (
            "<C-r>k",
            "echo ‸kubectl get pods",
            Some("(reverse-i-search)`k': "),
            vec![],
        ),
        // The older copy of the same line is skipped, so this fails.
        (
            "<C-r>k<C-r>",
            "echo ‸kubectl get pods",
            Some("(failed reverse-i-search)`k': "),
            vec![Bell],
        ),
        (
            "<C-r>k<C-r><C-r>",
            "echo ‸kubectl get pods",
            Some("(failed reverse-i-search)`k': "),
            vec![Bell, Bell],
        ),
        (
            "<C-r>kz",
            "echo ‸kubectl get pods",
            Some("(failed reverse-i-search)`kz': "),
            vec![Bell],
        ),
        // readline keeps failing here: it resumes from the last line scanned.
        (
            "<C-r>kz<BS>",
            "echo ‸kubectl get pods",
            Some("(failed reverse-i-search)`k': "),
            vec![Bell, Bell],
        ),
        (
            "<C-r>k<BS>",
            "echo ‸kubectl get pods",
            Some("(failed reverse-i-search)`': "),
            vec![Bell],
        ),
        (
            "<C-r><BS>",
            "‸",
            Some("(failed reverse-i-search)`': "),
            vec![Bell],
        ),
        (
            "<C-r>hel<BS>",
            "echo ‸hello",
            Some("(reverse-i-search)`he': "),
            vec![],
        ),
        ("<C-r>e", "cl‸ear", Some("(reverse-i-search)`e': "), vec![]),
        (
            "<C-r>e<C-r>",
            "tru‸e",
            Some("(reverse-i-search)`e': "),
            vec![],
        ),
        (
            "<C-r>e<C-r><C-r>",
            "echo kubectl g‸et pods",
            Some("(reverse-i-search)`e': "),
            vec![],
        ),
        (
            "<C-r>e<C-r><C-r><C-r>",
            "echo kub‸ectl get pods",
            Some("(reverse-i-search)`e': "),
            vec![],
        ),
        (
            "ls -l<C-r>s",
            "l‸s -l",
            Some("(reverse-i-search)`s': "),
            vec![],
        ),
        ("abc<C-r>hel<C-g>", "abc‸", None, vec![]),
        ("abc<Left><C-r>hel<C-g>", "ab‸c", None, vec![]),
        ("abc<C-r>hel<C-c>", "‸", None, vec![Interrupt]),
        ("abc<C-r>hel<Esc>", "echo ‸hello", None, vec![]),
        ("abc<C-r>hel<C-j>", "echo ‸hello", None, vec![]),
        ("abc<C-r>hel<C-a>", "‸echo hello", None, vec![]),
        ("abc<C-r>hel<Left>", "echo‸ hello", None, vec![]),
        ("abc<C-r>hel<Right>", "echo h‸ello", None, vec![]),
        ("abc<C-r>hel<End>", "echo hello‸", None, vec![]),
        ("abc<C-r>hel<Up>", "echo kubectl get pods‸", None, vec![]),
        ("abc<C-r>hel<Down>", "echo kubectl get pods‸", None, vec![]),
        ("abc<C-r>tr<Esc><Down><Down>", "abc‸", None, vec![]),
        ("abc<C-r>hel<Enter>", "‸", None, vec![submit("echo hello")]),
        ("abc<C-r>hel<C-d>", "echo ‸ello", None, vec![]),
        ("abc<C-r>hel<M-f>", "echo hello‸", None, vec![]),
        ("abc<C-r>hel<C-l>", "echo ‸hello", None, vec![ClearScreen]),
        ("abc<C-r>zzz<Esc>", "‸abc", None, vec![Bell, Bell, Bell]),
        (
            "<C-r>hel<Esc><C-u><C-r>",
            "‸hello",
            Some("(reverse-i-search)`': "),
            vec![],
        ),
        (
            "<C-r>hel<Esc><C-u><C-r><C-r>",
            "‸hello",
            Some("(reverse-i-search)`hel': "),
            vec![],
        ),
        ("<C-r><C-r>", "‸", Some("(reverse-i-search)`': "), vec![]),
        (
            "<C-r>hel<C-g><C-r><C-r>",
            "‸",
            Some("(reverse-i-search)`': "),
            vec![],
        ),
        (
            "<C-r>hel<C-w>",
            "echo ‸hello",
            Some("(reverse-i-search)`hello': "),
            vec![],
        ),
        (
            "<C-r>hello<C-w>",
            "echo ‸hello",
            Some("(reverse-i-search)`hello': "),
            vec![Bell],
        ),
        (
            "<C-r>echo<C-w>",
            "‸echo kubectl get pods",
            Some("(reverse-i-search)`echo': "),
            vec![Bell],
        ),
        (
            "<C-r>ech<C-y>",
            "‸echo kubectl get pods",
            Some("(reverse-i-search)`echo kubectl get pods': "),
            vec![],
        ),
        (
            "<C-r>ech<C-y><C-y>",
            "‸echo kubectl get pods",
            Some("(reverse-i-search)`echo kubectl get pods': "),
            vec![Bell],
        ),
        (
            "<C-r>hel<Tab>",
            "echo ‸hello",
            None,
            vec![EditorEvent::CompleteRequest {
                line: "echo hello".into(),
                cursor: 5,
            }],
        ),
    ];
    for (keys, want, want_prompt, want_events) in cases {
        let mut editor = editor_with_history(&SEARCH_HISTORY);
        let events = feed(&mut editor, keys);
        let prompt = editor.render().prompt_override;
        assert_eq!(
            (shown(&editor), prompt, events),
            (
                want.to_string(),
                want_prompt.map(str::to_string),
                want_events
            ),
            "{keys}"
        );
        assert_eq!(editor.is_searching(), want_prompt.is_some(), "{keys}");
    }
}

#[test]
fn reverse_search_other_histories() {
    let cases: Vec<SearchCase> = vec![
        (
            &[],
            "<C-r>x",
            "‸",
            Some("(failed reverse-i-search)`x': "),
            vec![Bell],
        ),
        (
            &["kubectl label pod テスト app=web"],
            "<C-r>テス",
            "kubectl label pod ‸テスト app=web",
            Some("(reverse-i-search)`テス': "),
            vec![],
        ),
        (
            &["a1", "a2", "a3"],
            "<C-r>a",
            "‸a3",
            Some("(reverse-i-search)`a': "),
            vec![],
        ),
        (
            &["a1", "a2", "a3"],
            "<C-r>a<C-r><C-r>",
            "‸a1",
            Some("(reverse-i-search)`a': "),
            vec![],
        ),
        (
            &["a1", "a2", "a3"],
            "<C-r>a<C-r><C-r><C-s>",
            "‸a1",
            Some("(i-search)`a': "),
            vec![],
        ),
        (
            &["a1", "a2", "a3"],
            "<C-r>a<C-r><C-r><C-s><C-s>",
            "‸a2",
            Some("(i-search)`a': "),
            vec![],
        ),
        (
            &["a1", "a2", "a3"],
            "<C-r>a<C-r><C-r><C-s><C-r>",
            "‸a1",
            Some("(reverse-i-search)`a': "),
            vec![],
        ),
        (
            &["a1", "a2", "a3"],
            "<C-s>a",
            "‸",
            Some("(failed i-search)`a': "),
            vec![Bell],
        ),
        (
            &["a1", "a2", "a3"],
            "<Up><Up><Up><C-s>a",
            "‸a2",
            Some("(i-search)`a': "),
            vec![],
        ),
        (
            &["a1", "a2", "a3"],
            "<Up><Up><Up><C-s>a<C-s>",
            "‸a3",
            Some("(i-search)`a': "),
            vec![],
        ),
        (
            &["x one", "x two", "x three"],
            "<Up><C-r>x",
            "‸x three",
            Some("(reverse-i-search)`x': "),
            vec![],
        ),
        (
            &["x one", "x two", "x three"],
            "<Up><C-r>x<C-r>",
            "‸x two",
            Some("(reverse-i-search)`x': "),
            vec![],
        ),
        (
            &["x one", "x two", "x three"],
            "<Up><C-r>x<C-r><Esc><Down>",
            "x three‸",
            None,
            vec![],
        ),
        (
            &["x one", "x two", "x three"],
            "<Up><C-r>x<C-r><Esc><Down><Down>",
            "‸",
            None,
            vec![],
        ),
        (
            &["x one", "x two"],
            "typed<Up>!<C-r>two!<Esc>",
            "x ‸two!",
            None,
            vec![],
        ),
        (
            &["x one", "x two"],
            "typed<Up>!<C-r>two!<Esc><Down>",
            "typed‸",
            None,
            vec![],
        ),
        (
            &["x one", "x two"],
            "typed<Up>!<C-r>one<Esc><Down>",
            "x two!‸",
            None,
            vec![],
        ),
    ];
    for (history, keys, want, want_prompt, want_events) in cases {
        let mut editor = editor_with_history(history);
        let events = feed(&mut editor, keys);
        let prompt = editor.render().prompt_override;
        assert_eq!(
            (shown(&editor), prompt, events),
            (
                want.to_string(),
                want_prompt.map(str::to_string),
                want_events
            ),
            "{keys} with {history:?}"
        );
    }
}

#[test]
fn paste_in_search() {
    let cases: Vec<(&str, &str, Option<&str>, Vec<EditorEvent>)> = vec![
        (
            "hel",
            "echo ‸hello",
            Some("(reverse-i-search)`hel': "),
            vec![],
        ),
        ("hel\n", "‸", None, vec![submit("echo hello")]),
        ("hel\necho x", "echo x‸", None, vec![submit("echo hello")]),
        ("\n", "‸", None, vec![submit("")]),
    ];
    for (paste, want, want_prompt, want_events) in cases {
        let mut editor = editor_with_history(&SEARCH_HISTORY);
        feed(&mut editor, "<C-r>");
        let events = editor.handle(Key::Paste(paste.to_string()));
        let prompt = editor.render().prompt_override;
        assert_eq!(
            (shown(&editor), prompt, events),
            (
                want.to_string(),
                want_prompt.map(str::to_string),
                want_events
            ),
            "{paste:?}"
        );
    }
}

#[test]
fn paste() {
    let cases: Vec<PasteCase> = vec![
        ("", "kubectl get pods", "kubectl get pods‸", vec![], &[]),
        (
            "",
            "echo a\necho b\n",
            "‸",
            vec![submit("echo a"), submit("echo b")],
            &["echo a", "echo b"],
        ),
        (
            "",
            "cat <<EOF\nhello\nEOF",
            "EOF‸",
            vec![submit("cat <<EOF"), submit("hello")],
            &["cat <<EOF", "hello"],
        ),
        ("", "a\r\nb", "b‸", vec![submit("a")], &["a"]),
        ("", "a\rb", "b‸", vec![submit("a")], &["a"]),
        (
            "foobar<Left><Left><Left>",
            "x\ny",
            "y‸",
            vec![submit("fooxbar")],
            &["fooxbar"],
        ),
        ("", "a\tb", "a\tb‸", vec![], &[]),
        ("", "\n\n", "‸", vec![submit(""), submit("")], &[]),
        ("ラベル<Left>", "テスト", "ラベテスト‸ル", vec![], &[]),
        ("", "", "‸", vec![], &[]),
    ];
    for (before, paste, want, want_events, want_history) in cases {
        let mut editor = LineEditor::new();
        feed(&mut editor, before);
        let events = editor.handle(Key::Paste(paste.to_string()));
        assert_eq!(
            (shown(&editor), events),
            (want.to_string(), want_events),
            "{paste:?}"
        );
        assert_eq!(
            editor.history().entries(),
            strings(want_history).as_slice(),
            "{paste:?}"
        );
    }
}

#[test]
fn paste_breaks_kill_joining() {
    let mut editor = LineEditor::new();
    feed(&mut editor, "aa bb<C-w>");
    editor.handle(Key::Paste(String::new()));
    feed(&mut editor, "<C-w><C-y>");
    assert_eq!(shown(&editor), "aa ‸");
}

/// History, keys, wanted line, wanted search prompt, wanted events.
type SearchCase<'a> = (
    &'a [&'a str],
    &'a str,
    &'a str,
    Option<&'a str>,
    Vec<EditorEvent>,
);

/// Keys typed first, pasted text, wanted line, events and history.
type PasteCase<'a> = (&'a str, &'a str, &'a str, Vec<EditorEvent>, &'a [&'a str]);

/// Keys, wanted text before, under and after the cursor, wanted prompt.
type RenderCase<'a> = (&'a str, &'a str, Option<char>, &'a str, Option<&'a str>);

/// One completion step: a Tab, then the caller's candidates.
type CompletionStep<'a> = (&'a [&'a str], usize, Vec<EditorEvent>);

#[test]
fn completion_flows() {
    let pods: &[&str] = &["pod-b.yaml", "pod-a.yaml"];
    let cases: Vec<(&str, &str, Vec<CompletionStep>, &str)> = vec![
        (
            "unique adds a space",
            "cat de",
            vec![(&["deploy.yaml"], 4, vec![])],
            "cat deploy.yaml ‸",
        ),
        (
            "directory adds no space",
            "cat ma",
            vec![(&["manifests/"], 4, vec![])],
            "cat manifests/‸",
        ),
        (
            "prefix progress, then bell, then list",
            "cat po",
            vec![
                (pods, 4, vec![Bell]),
                (pods, 4, vec![Bell]),
                (
                    pods,
                    4,
                    vec![ShowCandidates(strings(&["pod-a.yaml", "pod-b.yaml"]))],
                ),
            ],
            "cat pod-‸",
        ),
        (
            "no progress lists on second tab",
            "cat pod-",
            vec![
                (pods, 4, vec![Bell]),
                (
                    pods,
                    4,
                    vec![ShowCandidates(strings(&["pod-a.yaml", "pod-b.yaml"]))],
                ),
                (
                    pods,
                    4,
                    vec![ShowCandidates(strings(&["pod-a.yaml", "pod-b.yaml"]))],
                ),
            ],
            "cat pod-‸",
        ),
        (
            "no candidates",
            "cat zz",
            vec![(&[], 4, vec![Bell]), (&[], 4, vec![Bell])],
            "cat zz‸",
        ),
        (
            "mid-line before a space",
            "cat de x<Left><Left>",
            vec![(&["deploy.yaml"], 4, vec![])],
            "cat deploy.yaml‸ x",
        ),
        (
            "mid-line before a word",
            "cat dex<Left>",
            vec![(&["deploy.yaml"], 4, vec![])],
            "cat deploy.yaml ‸x",
        ),
        (
            "japanese",
            "kubectl label pod テ",
            vec![(&["テスト", "テスト"], 18, vec![])],
            "kubectl label pod テスト ‸",
        ),
        (
            "japanese prefix",
            "kubectl label pod テ",
            vec![(&["テスト-1", "テスト-2"], 18, vec![Bell])],
            "kubectl label pod テスト-‸",
        ),
        (
            "word start past cursor is clamped",
            "get po",
            vec![(&["s"], 99, vec![])],
            "get pos ‸",
        ),
        (
            "prefix shorter than the word keeps it",
            "cat pods",
            vec![(&["po1", "po2"], 4, vec![Bell])],
            "cat pods‸",
        ),
        (
            "empty common prefix keeps the word",
            "cat x",
            vec![
                (&["a", "b"], 4, vec![Bell]),
                (&["a", "b"], 4, vec![ShowCandidates(strings(&["a", "b"]))]),
            ],
            "cat x‸",
        ),
    ];
    for (name, keys, steps, want) in cases {
        let mut editor = LineEditor::new();
        feed(&mut editor, keys);
        for (step, (candidates, word_start, want_events)) in steps.into_iter().enumerate() {
            let request = editor.handle(Key::Tab);
            assert_eq!(
                request,
                vec![EditorEvent::CompleteRequest {
                    line: editor.line(),
                    cursor: editor.cursor()
                }],
                "{name} step {step}"
            );
            let events = editor.apply_completion(&strings(candidates), word_start);
            assert_eq!(events, want_events, "{name} step {step}");
        }
        assert_eq!(shown(&editor), want, "{name}");
    }
}

#[test]
fn completion_is_not_consecutive_after_another_key() {
    let pods = strings(&["pod-a.yaml", "pod-b.yaml"]);
    let mut editor = LineEditor::new();
    feed(&mut editor, "cat pod-<Tab>");
    assert_eq!(editor.apply_completion(&pods, 4), vec![Bell]);
    feed(&mut editor, "x<BS><Tab>");
    assert_eq!(editor.apply_completion(&pods, 4), vec![Bell]);
    feed(&mut editor, "<Tab>");
    assert_eq!(
        editor.apply_completion(&pods, 4),
        vec![ShowCandidates(pods.clone())]
    );
    // Applying without a Tab counts as a first Tab.
    assert_eq!(editor.apply_completion(&pods, 4), vec![Bell]);
    // Ignored during a search.
    feed(&mut editor, "<C-r>");
    assert_eq!(editor.apply_completion(&strings(&["cat x"]), 0), vec![]);
    assert_eq!(shown(&editor), "cat pod-‸");
}

#[test]
fn format_candidates_like_bash() {
    let greek: Vec<String> = [
        "alpha",
        "beta",
        "gamma",
        "delta",
        "epsilon",
        "zeta",
        "eta",
        "theta",
        "iota",
        "kappa",
        "lambda",
        "mu",
        "nu",
        "xi",
        "omicron",
        "pi",
        "rho",
        "sigma",
        "tau",
        "upsilon",
        "phi",
        "chi",
        "psi",
        "omega-long-name",
        "テスト",
    ]
    .iter()
    .map(|name| format!("x{name}"))
    .collect();
    // Byte for byte what bash 5.2 printed for `ls x<Tab><Tab>` in a
    // directory holding these files, at 80 and 40 columns.
    let bash_80 = "xalpha            xiota             xphi              xupsilon\n\
                   xbeta             xkappa            xpi               xxi\n\
                   xchi              xlambda           xpsi              xzeta\n\
                   xdelta            xmu               xrho              xテスト\n\
                   xepsilon          xnu               xsigma            \n\
                   xeta              xomega-long-name  xtau              \n\
                   xgamma            xomicron          xtheta            \n";
    let bash_40 = "xalpha            xomicron\nxbeta             xphi\nxchi              xpi\n\
                   xdelta            xpsi\nxepsilon          xrho\nxeta              xsigma\n\
                   xgamma            xtau\nxiota             xtheta\nxkappa            xupsilon\n\
                   xlambda           xxi\nxmu               xzeta\nxnu               xテスト\n\
                   xomega-long-name  \n";
    let cases: Vec<(Vec<String>, usize, &str)> = vec![
        (greek.clone(), 80, bash_80),
        (greek, 40, bash_40),
        (
            strings(&["pod-b.yaml", "pod-a.yaml", "pod-a.yaml"]),
            80,
            "pod-a.yaml  pod-b.yaml  \n",
        ),
        // Exactly filling the line loses a column: 36 / 18 = 2 → 1.
        (
            strings(&["aaaaaaaaaaaaaaaa", "b"]),
            36,
            "aaaaaaaaaaaaaaaa\nb\n",
        ),
        (
            strings(&["aaaaaaaaaaaaaaaa", "b"]),
            37,
            "aaaaaaaaaaaaaaaa  b\n",
        ),
        (strings(&["abc", "d"]), 0, "abc\nd\n"),
        (strings(&["abc", "d"]), 4, "abc\nd\n"),
        (strings(&["a", "b", "c"]), 6, "a\nb\nc\n"),
        (strings(&["a", "b", "c"]), 7, "a  c\nb  \n"),
        (vec![], 80, ""),
    ];
    for (candidates, width, want) in cases {
        assert_eq!(
            format_candidates(&candidates, width),
            want,
            "{candidates:?} at {width}"
        );
    }
}

#[test]
fn completion_helpers() {
    let cases: Vec<(&[&str], &str)> = vec![
        (&[], ""),
        (&["pods"], "pods"),
        (&["pods", "poddisruptionbudgets", "podtemplates"], "pod"),
        (&["テスト-1", "テスト-2"], "テスト-"),
        (&["a", "b"], ""),
    ];
    for (candidates, want) in cases {
        assert_eq!(
            longest_common_prefix(&strings(candidates)),
            want,
            "{candidates:?}"
        );
    }
    assert_eq!(
        sorted_unique_candidates(&strings(&["b", "a", "b", "B"])),
        strings(&["B", "a", "b"])
    );
}

#[test]
fn display_widths() {
    let cases: Vec<(&str, usize)> = vec![
        ("", 0),
        ("kubectl", 7),
        ("テスト", 6),
        ("kubectl label pod テスト", 24),
        ("한국어", 6),
        ("中文", 4),
        ("ｋｕｂｅ", 8),
        ("ｱｲｳ", 3),
        ("・", 2),
        ("e\u{301}", 1),
        ("\u{200b}\u{200d}\u{fe0f}", 0),
        ("\u{1}", 2),
        ("\t", 2),
        ("\u{7f}", 2),
        ("\u{85}", 4),
        ("🙂", 2),
        ("🚀x", 3),
        ("\u{20b9f}", 2),
        ("é", 1),
        ("Ω", 1),
        ("\u{1100}\u{1161}", 2),
        ("\u{ad}", 1),
        // Blocks where glibc's newer data differs from older Unicode tables.
        ("\u{4dc0}", 2),
        ("\u{3248}", 2),
        ("\u{d7b0}", 0),
        ("\u{600}", 1),
    ];
    for (text, want) in cases {
        assert_eq!(display_width(text), want, "{text:?}");
        assert_eq!(display_width(&display_text(text)), want, "shown {text:?}");
    }
}

#[test]
fn display_texts() {
    let cases: Vec<(&str, &str)> = vec![
        ("kubectl テスト", "kubectl テスト"),
        ("a\tb", "a^Ib"),
        ("\u{1b}[A", "^[[A"),
        ("\u{0}\u{1f}", "^@^_"),
        ("\u{7f}", "^?"),
        ("\u{85}", "\\205"),
    ];
    for (text, want) in cases {
        assert_eq!(display_text(text), want, "{text:?}");
    }
}

#[test]
fn char_display_width_never_panics_on_any_char() {
    let total: usize = (0..=0x10FFFF_u32)
        .filter_map(char::from_u32)
        .map(char_display_width)
        .filter(|width| *width > 4)
        .count();
    assert_eq!(total, 0);
}

#[test]
fn render_splits_at_cursor() {
    let cases: Vec<RenderCase> = vec![
        ("", "", None, "", None),
        ("abc", "abc", None, "", None),
        (
            "kubectl テスト<C-a><M-f><Right>",
            "kubectl ",
            Some('テ'),
            "スト",
            None,
        ),
        ("abc<C-a>", "", Some('a'), "bc", None),
        ("ls<C-r>", "ls", None, "", Some("(reverse-i-search)`': ")),
    ];
    for (keys, before, under, after, prompt) in cases {
        let mut editor = LineEditor::new();
        feed(&mut editor, keys);
        assert_eq!(
            editor.render(),
            RenderedLine {
                before_cursor: before.to_string(),
                under_cursor: under,
                after_cursor: after.to_string(),
                prompt_override: prompt.map(str::to_string),
            },
            "{keys}"
        );
    }
}

#[test]
fn cursor_display_column_counts_cells() {
    let cases: Vec<(&str, usize)> = vec![
        ("", 0),
        ("abc", 3),
        ("pod テスト", 10),
        ("pod テスト<Left>", 8),
    ];
    for (keys, want) in cases {
        let mut editor = LineEditor::new();
        feed(&mut editor, keys);
        assert_eq!(editor.cursor_display_column(), want, "{keys}");
    }
}

#[test]
fn set_line() {
    let cases: Vec<(&str, &str, &str, &str, Vec<EditorEvent>)> = vec![
        ("", "kubectl get pods", "", "kubectl get pods‸", vec![]),
        (
            "old<Left>",
            "kubectl get pods",
            "<C-a>",
            "‸kubectl get pods",
            vec![],
        ),
        ("<Up>", "new", "<Down>", "new‸", vec![Bell]),
        ("<C-r>ec", "new", "x", "newx‸", vec![]),
        ("", "a\nb\r\nc", "", "a b  c‸", vec![]),
        ("", "テスト", "<Left>", "テス‸ト", vec![]),
    ];
    for (before, line, after, want, want_events) in cases {
        let mut editor = editor_with_history(&["echo hi"]);
        feed(&mut editor, before);
        editor.set_line(line);
        assert!(!editor.is_searching());
        let events = feed(&mut editor, after);
        assert_eq!(
            (shown(&editor), events),
            (want.to_string(), want_events),
            "{line:?}"
        );
    }
}

#[test]
fn interrupt_resets_everything() {
    let mut editor = editor_with_history(&["echo one"]);
    assert_eq!(feed(&mut editor, "x<Up>y<C-c>"), vec![Interrupt]);
    assert_eq!(shown(&editor), "‸");
    assert_eq!(feed(&mut editor, "<Up>"), vec![]);
    assert_eq!(shown(&editor), "echo one‸");
    assert_eq!(
        editor.history().entries(),
        strings(&["echo one"]).as_slice()
    );
}

/// A small fixed-seed pseudo-random generator (64-bit LCG, high bits).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<T: Clone>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())].clone()
    }
}

const FUZZ_CHARS: &[char] = &[
    'a', 'k', ' ', '-', '/', '=', 'テ', 'ス', 'ト', '한', '🙂', '\u{301}', '\u{200d}', '\t', '\n',
    '\r', '\u{0}', '\u{1}', '\u{3}', '\u{4}', '\u{12}', '\u{1b}', '\u{7f}', '\u{85}', 'Ω', 'ß',
    '"', '\'', '\\', '|', ';',
];

fn random_text(rng: &mut Lcg, max_len: usize) -> String {
    let len = rng.below(max_len + 1);
    (0..len).map(|_| rng.pick(FUZZ_CHARS)).collect()
}

fn random_key(rng: &mut Lcg) -> Key {
    let letters = [
        'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'k', 'l', 'n', 'p', 'r', 's', 't', 'u', 'w', 'y',
        'q',
    ];
    let alt = [
        'b', 'f', 'd', 'y', '.', '_', '<', '>', 'u', 'l', 'c', '\u{7f}', '\u{8}', 'z', 'B',
    ];
    match rng.below(20) {
        0..=5 => Key::Char(rng.pick(FUZZ_CHARS)),
        6 => Key::Enter,
        7 => Key::Backspace,
        8 => Key::Delete,
        9 => rng.pick(&[Key::Left, Key::Right, Key::Home, Key::End]),
        10 => rng.pick(&[Key::Up, Key::Down]),
        11 => Key::Tab,
        12..=14 => Key::Ctrl(rng.pick(&letters)),
        15..=16 => Key::Alt(rng.pick(&alt)),
        17 => Key::Paste(random_text(rng, 12)),
        18 => Key::Escape,
        _ => Key::Ctrl(rng.pick(FUZZ_CHARS)),
    }
}

fn check_invariants(editor: &LineEditor, context: &str) {
    let line: Vec<char> = editor.line().chars().collect();
    assert!(editor.cursor() <= line.len(), "{context}: cursor past end");
    let rendered = editor.render();
    let mut joined = rendered.before_cursor.clone();
    joined.extend(rendered.under_cursor);
    joined.push_str(&rendered.after_cursor);
    assert_eq!(joined, editor.line(), "{context}: render");
    assert_eq!(
        rendered.prompt_override.is_some(),
        editor.is_searching(),
        "{context}"
    );
    assert!(
        editor.history().len() <= editor.history().max_size(),
        "{context}"
    );
}

#[test]
fn never_panics_on_pseudo_random_key_sequences() {
    let mut rng = Lcg(0x6b75_6265_706c_6179);
    for sequence in 0..3000 {
        let mut history = History::with_max_size(1 + sequence % 7);
        for _ in 0..rng.below(8) {
            history.add(&random_text(&mut rng, 10));
        }
        let mut editor = LineEditor::with_history(history);
        for step in 0..60 {
            let context = format!("sequence {sequence} step {step}");
            match rng.below(40) {
                0 => {
                    let candidates: Vec<String> = (0..rng.below(4))
                        .map(|_| random_text(&mut rng, 6))
                        .collect();
                    let word_start = rng.below(30);
                    editor.apply_completion(&candidates, word_start);
                }
                1 => editor.set_line(&random_text(&mut rng, 10)),
                2 => {
                    let line = random_text(&mut rng, 8);
                    editor.history_mut().add(&line);
                }
                3 => editor.history_mut().set_max_size(rng.below(4)),
                4 => editor.set_add_submitted_lines_to_history(rng.below(2) == 0),
                5 => {
                    let candidates: Vec<String> = (0..rng.below(6))
                        .map(|_| random_text(&mut rng, 9))
                        .collect();
                    let width = rng.below(24);
                    let listing = format_candidates(&candidates, width);
                    assert_eq!(listing.is_empty(), candidates.is_empty(), "{context}");
                }
                _ => {
                    let key = random_key(&mut rng);
                    let events = editor.handle(key.clone());
                    if let Some(EditorEvent::CompleteRequest { line, cursor }) = events.last() {
                        assert_eq!(
                            (line.clone(), *cursor),
                            (editor.line(), editor.cursor()),
                            "{context}"
                        );
                        let candidates: Vec<String> = (0..rng.below(3))
                            .map(|_| format!("{line}{}", random_text(&mut rng, 3)))
                            .collect();
                        editor.apply_completion(&candidates, rng.below(cursor + 2));
                    }
                    assert!(
                        events.windows(2).all(|pair| pair != [Bell, Bell]),
                        "{context}: doubled bell for {key:?}"
                    );
                }
            }
            check_invariants(&editor, &context);
        }
    }
}

#[test]
fn huge_and_odd_input_does_not_panic() {
    let mut editor = LineEditor::new();
    let huge: String = "テスト kubectl ".repeat(10_000);
    editor.handle(Key::Paste(huge.clone()));
    assert_eq!(editor.line(), huge);
    for key in parse_keys("<C-r>kub<C-r><C-r><Esc><M-b><M-d><C-w><C-u><C-y><M-y><C-t><Tab>") {
        editor.handle(key);
    }
    check_invariants(&editor, "huge");
    let mut editor = LineEditor::with_history(History::from_entries(vec![huge.clone(); 3], 5));
    feed(&mut editor, "<Up><M-.><C-r>ト k<C-s><Enter>");
    check_invariants(&editor, "huge history");
    for key in [
        Key::Ctrl('\u{0}'),
        Key::Alt('\u{10ffff}'),
        Key::Ctrl('テ'),
        Key::Alt('テ'),
        Key::Char('\u{10ffff}'),
    ] {
        let mut editor = LineEditor::new();
        editor.handle(key);
        check_invariants(&editor, "odd key");
    }
    assert_eq!(display_width(&huge), 10_000 * 15);
}
