//! Table tests for the tabwriter port: Go's / liggitt's `tabwriter_test.go` vectors (minus the
//! 0xff escape cases a `&str` cannot hold), outputs captured from kubectl 1.37, and odd input.

use super::*;

fn config(
    min_width: usize,
    tab_width: usize,
    padding: usize,
    pad_char: char,
    flags: TabWriterFlags,
) -> TabWriterConfig {
    TabWriterConfig {
        min_width,
        tab_width,
        padding,
        pad_char,
        flags,
    }
}

const FILTER_HTML: TabWriterFlags = TabWriterFlags::FILTER_HTML;
const ALIGN_RIGHT: TabWriterFlags = TabWriterFlags::ALIGN_RIGHT;
const DISCARD: TabWriterFlags = TabWriterFlags::DISCARD_EMPTY_COLUMNS;
const DEBUG: TabWriterFlags = TabWriterFlags::DEBUG;
const NONE: TabWriterFlags = TabWriterFlags::NONE;

/// Writes `text` whole, char by char, and in growing (Fibonacci-like) slices, like upstream's
/// `check`, and asserts all three give `want`.
fn check(name: &str, config: TabWriterConfig, text: &str, want: &str) {
    assert_eq!(tabbed(config, text), want, "{name} (all at once)");

    let mut writer = TabWriter::new(config);
    let mut buf = [0u8; 4];
    for ch in text.chars() {
        writer.write_str(ch.encode_utf8(&mut buf));
    }
    assert_eq!(writer.finish(), want, "{name} (char by char)");

    let chars: Vec<char> = text.chars().collect();
    let mut writer = TabWriter::new(config);
    let (mut i, mut d) = (0usize, 0usize);
    while i < chars.len() {
        let piece: String = chars[i..i + d].iter().collect();
        writer.write_str(&piece);
        i += d;
        d += 1;
        if i + d > chars.len() {
            d = chars.len() - i;
        }
    }
    assert_eq!(writer.finish(), want, "{name} (growing slices)");
}

#[test]
fn upstream_tabwriter_vectors() {
    let cases: Vec<(&str, TabWriterConfig, &str, &str)> = vec![
        ("1a", config(8, 0, 1, '.', NONE), "", ""),
        ("1a debug", config(8, 0, 1, '.', DEBUG), "", ""),
        ("2", config(8, 0, 1, '.', NONE), "\n\n\n", "\n\n\n"),
        ("3", config(8, 0, 1, '.', NONE), "a\nb\nc", "a\nb\nc"),
        ("4a", config(8, 0, 1, '.', NONE), "\t", ""),
        ("4b", config(8, 0, 1, '.', ALIGN_RIGHT), "\t", ""),
        ("5", config(8, 0, 1, '.', NONE), "*\t*", "*.......*"),
        ("5b", config(8, 0, 1, '.', NONE), "*\t*\n", "*.......*\n"),
        ("5c", config(8, 0, 1, '.', NONE), "*\t*\t", "*.......*"),
        ("5c debug", config(8, 0, 1, '.', DEBUG), "*\t*\t", "*.......|*"),
        ("5d", config(8, 0, 1, '.', ALIGN_RIGHT), "*\t*\t", ".......**"),
        ("6", config(8, 0, 1, '.', NONE), "\t\n", "........\n"),
        ("7a", config(8, 0, 1, '.', NONE), "a) foo", "a) foo"),
        ("7b", config(8, 0, 1, ' ', NONE), "b) foo\tbar", "b) foo  bar"),
        ("7c", config(8, 0, 1, '.', NONE), "c) foo\tbar\t", "c) foo..bar"),
        ("7d", config(8, 0, 1, '.', NONE), "d) foo\tbar\n", "d) foo..bar\n"),
        ("7e", config(8, 0, 1, '.', NONE), "e) foo\tbar\t\n", "e) foo..bar.....\n"),
        ("7f", config(8, 0, 1, '.', FILTER_HTML), "f) f&lt;o\t<b>bar</b>\t\n", "f) f&lt;o..<b>bar</b>.....\n"),
        (
            "7g",
            config(8, 0, 1, '.', FILTER_HTML),
            "g) f&lt;o\t<b>bar</b>\t non-terminated entity &amp",
            "g) f&lt;o..<b>bar</b>..... non-terminated entity &amp",
        ),
        (
            "7g debug",
            config(8, 0, 1, '.', FILTER_HTML | DEBUG),
            "g) f&lt;o\t<b>bar</b>\t non-terminated entity &amp",
            "g) f&lt;o..|<b>bar</b>.....| non-terminated entity &amp",
        ),
        ("8", config(8, 0, 1, '*', NONE), "Hello, world!\n", "Hello, world!\n"),
        ("9a", config(1, 0, 0, '.', NONE), "1\t2\t3\t4\n11\t222\t3333\t44444\n", "1.2..3...4\n11222333344444\n"),
        (
            "9b",
            config(1, 0, 0, '.', FILTER_HTML),
            "1\t2<!---\x0c--->\t3\t4\n11\t222\t3333\t44444\n",
            "1.2<!---\x0c--->..3...4\n11222333344444\n",
        ),
        ("9c", config(1, 0, 0, '.', NONE), "1\t2\t3\t4\x0c11\t222\t3333\t44444\n", "1234\n11222333344444\n"),
        (
            "9c debug",
            config(1, 0, 0, '.', DEBUG),
            "1\t2\t3\t4\x0c11\t222\t3333\t44444\n",
            "1|2|3|4\n---\n11|222|3333|44444\n",
        ),
        ("10a", config(5, 0, 0, '.', NONE), "1\t2\t3\t4\n", "1....2....3....4\n"),
        ("10b", config(5, 0, 0, '.', NONE), "1\t2\t3\t4\t\n", "1....2....3....4....\n"),
        (
            "11",
            config(8, 0, 1, '.', NONE),
            "本\tb\tc\naa\t本本本\tcccc\tddddd\naaa\tbbbb\n",
            "本.......b.......c\naa......本本本.....cccc....ddddd\naaa.....bbbb\n",
        ),
        (
            "12a",
            config(8, 0, 1, ' ', ALIGN_RIGHT),
            "a\tè\tc\t\naa\tèèè\tcccc\tddddd\t\naaa\tèèèè\t\n",
            "       a       è       c\n      aa     èèè    cccc   ddddd\n     aaa    èèèè\n",
        ),
        ("12b", config(2, 0, 0, ' ', NONE), "a\tb\tc\naa\tbbb\tcccc\naaa\tbbbb\n", "a  b  c\naa bbbcccc\naaabbbb\n"),
        (
            "12c",
            config(8, 0, 1, '_', NONE),
            "a\tb\tc\naa\tbbb\tcccc\naaa\tbbbb\n",
            "a_______b_______c\naa______bbb_____cccc\naaa_____bbbb\n",
        ),
        (
            "13a",
            config(4, 0, 1, '-', NONE),
            "4444\t日本語\t22\t1\t333\n999999999\t22\n7\t22\n\t\t\t88888888\n\n666666\t666666\t666666\t4444\n1\t1\t999999999\t0000000000\n",
            "4444------日本語-22--1---333\n999999999-22\n7---------22\n------------------88888888\n\n666666-666666-666666----4444\n1------1------999999999-0000000000\n",
        ),
        (
            "13b",
            config(4, 0, 3, '.', NONE),
            "4444\t333\t22\t1\t333\n999999999\t22\n7\t22\n\t\t\t88888888\n\n666666\t666666\t666666\t4444\n1\t1\t999999999\t0000000000\n",
            "4444........333...22...1...333\n999999999...22\n7...........22\n....................88888888\n\n666666...666666...666666......4444\n1........1........999999999...0000000000\n",
        ),
        (
            "13c",
            config(8, 8, 1, '\t', FILTER_HTML),
            "4444\t333\t22\t1\t333\n999999999\t22\n7\t22\n\t\t\t88888888\n\n666666\t666666\t666666\t4444\n1\t1\t<font color=red attr=日本語>999999999</font>\t0000000000\n",
            "4444\t\t333\t22\t1\t333\n999999999\t22\n7\t\t22\n\t\t\t\t88888888\n\n666666\t666666\t666666\t\t4444\n1\t1\t<font color=red attr=日本語>999999999</font>\t0000000000\n",
        ),
        (
            "14",
            config(1, 0, 2, ' ', ALIGN_RIGHT),
            ".0\t.3\t2.4\t-5.1\t\n23.0\t12345678.9\t2.4\t-989.4\t\n5.1\t12.0\t2.4\t-7.0\t\n.0\t0.0\t332.0\t8908.0\t\n.0\t-.3\t456.4\t22.1\t\n.0\t1.2\t44.4\t-13.3\t\t",
            "    .0          .3    2.4    -5.1\n  23.0  12345678.9    2.4  -989.4\n   5.1        12.0    2.4    -7.0\n    .0         0.0  332.0  8908.0\n    .0         -.3  456.4    22.1\n    .0         1.2   44.4   -13.3",
        ),
        (
            "14 debug",
            config(1, 0, 2, ' ', ALIGN_RIGHT | DEBUG),
            ".0\t.3\t2.4\t-5.1\t\n23.0\t12345678.9\t2.4\t-989.4\t\n5.1\t12.0\t2.4\t-7.0\t\n.0\t0.0\t332.0\t8908.0\t\n.0\t-.3\t456.4\t22.1\t\n.0\t1.2\t44.4\t-13.3\t\t",
            "    .0|          .3|    2.4|    -5.1|\n  23.0|  12345678.9|    2.4|  -989.4|\n   5.1|        12.0|    2.4|    -7.0|\n    .0|         0.0|  332.0|  8908.0|\n    .0|         -.3|  456.4|    22.1|\n    .0|         1.2|   44.4|   -13.3|",
        ),
        ("15a", config(4, 0, 0, '.', NONE), "a\t\tb", "a.......b"),
        ("15b", config(4, 0, 0, '.', DISCARD), "a\t\tb", "a.......b"),
        ("15c", config(4, 0, 0, '.', DISCARD), "a\x0b\x0bb", "a...b"),
        ("15d", config(4, 0, 0, '.', ALIGN_RIGHT | DISCARD), "a\x0b\x0bb", "...ab"),
        (
            "16a",
            config(100, 100, 0, '\t', NONE),
            "a\tb\t\td\na\tb\t\td\te\na\na\tb\tc\td\na\tb\tc\td\te\n",
            "a\tb\t\td\na\tb\t\td\te\na\na\tb\tc\td\na\tb\tc\td\te\n",
        ),
        (
            "16b",
            config(100, 100, 0, '\t', DISCARD),
            "a\x0bb\x0b\x0bd\na\x0bb\x0b\x0bd\x0be\na\na\x0bb\x0bc\x0bd\na\x0bb\x0bc\x0bd\x0be\n",
            "a\tb\td\na\tb\td\te\na\na\tb\tc\td\na\tb\tc\td\te\n",
        ),
        (
            "16b debug",
            config(100, 100, 0, '\t', DISCARD | DEBUG),
            "a\x0bb\x0b\x0bd\na\x0bb\x0b\x0bd\x0be\na\na\x0bb\x0bc\x0bd\na\x0bb\x0bc\x0bd\x0be\n",
            "a\t|b\t||d\na\t|b\t||d\t|e\na\na\t|b\t|c\t|d\na\t|b\t|c\t|d\t|e\n",
        ),
        (
            "16c",
            config(100, 100, 0, '\t', DISCARD),
            "a\tb\t\td\na\tb\t\td\te\na\na\tb\tc\td\na\tb\tc\td\te\n",
            "a\tb\t\td\na\tb\t\td\te\na\na\tb\tc\td\na\tb\tc\td\te\n",
        ),
        (
            "16c debug",
            config(100, 100, 0, '\t', DISCARD | DEBUG),
            "a\tb\t\td\na\tb\t\td\te\na\na\tb\tc\td\na\tb\tc\td\te\n",
            "a\t|b\t|\t|d\na\t|b\t|\t|d\t|e\na\na\t|b\t|c\t|d\na\t|b\t|c\t|d\t|e\n",
        ),
        // Tab indentation: leading empty cells are padded with tabs, later ones with padchar.
        (
            "tab indent",
            config(0, 4, 1, '.', TabWriterFlags::TAB_INDENT),
            "\t\tx\ty\n\t\tlonger\tz\n",
            "\t\tx......y\n\t\tlonger.z\n",
        ),
    ];
    for (name, config, text, want) in cases {
        check(name, config, text, want);
    }
}

/// liggitt/tabwriter `TestMultiWrite`: RememberWidths keeps widths across flushes.
#[test]
fn remember_widths_multi_write() {
    let config = TabWriterConfig::kubectl_get();
    let mut writer = TabWriter::new(config);
    let steps: Vec<(&str, &str)> = vec![
        (
            "First\tMiddle\tLast\na\tbb\tccc\nddd\teeeeeeeeeeeeee\tf\n",
            "First   Middle           Last\na       bb               ccc\nddd     eeeeeeeeeeeeee   f\n",
        ),
        ("g\th\ti\n", "g       h                i\n"),
        ("j\t\t\n", "j                        \n"),
        ("\tk\t\n", "        k                \n"),
        ("\t\tl\n", "                         l\n"),
        ("mmmmmmmmmmmmmmm\tnnn\tooo\n", "mmmmmmmmmmmmmmm   nnn              ooo\n"),
    ];
    let mut want = String::new();
    for (text, output) in steps {
        writer.write_str(text);
        writer.flush();
        want.push_str(output);
    }
    let remembered = writer.remembered_widths();
    assert_eq!(writer.finish(), want);

    let mut writer = TabWriter::new(config);
    writer.set_remembered_widths(&remembered);
    writer.write_str("p\tq\tr\n");
    writer.flush();
    assert_eq!(writer.remembered_widths(), vec![18, 17]);
    writer.set_remembered_widths(&[]);
    writer.write_str("sssss\tt\tu\n");
    writer.flush();
    assert_eq!(writer.remembered_widths(), vec![8, 6]);
    writer.set_remembered_widths(&[10, 5, 5]);
    writer.write_str("v\tw\tx\n");
    assert_eq!(
        writer.finish(),
        "p                 q                r\nsssss   t     u\nv         w     x\n"
    );
}

/// RememberWidths also applies between column blocks of one flush: a later block of the same
/// column is at least as wide as an earlier one.
#[test]
fn remember_widths_across_column_blocks() {
    let text = "a\tbbbbbbbbbb\tc\na\tz\na\tb\tc\n";
    let remembering = TabWriterConfig::kubectl_get();
    let forgetting = TabWriterConfig {
        flags: TabWriterFlags::NONE,
        ..remembering
    };
    assert_eq!(
        tabbed(remembering, text),
        "a     bbbbbbbbbb   c\na     z\na     b            c\n"
    );
    assert_eq!(
        tabbed(forgetting, text),
        "a     bbbbbbbbbb   c\na     z\na     b     c\n"
    );
}

/// Without RememberWidths a flush forgets the widths (Go's standard writer).
#[test]
fn plain_writer_forgets_widths_after_flush() {
    let mut writer = TabWriter::new(TabWriterConfig::kubectl_describe());
    writer.write_str("a-long-cell\tx\n");
    writer.flush();
    writer.write_str("b\ty\n");
    assert_eq!(writer.finish(), "a-long-cell  x\nb  y\n");
}

/// `kubectl137 config get-contexts` (cli-runtime `GetNewTabWriter`), captured with `cat -A`:
/// widths count runes (本本本-日本語 is 7 wide) and an empty last cell leaves trailing spaces.
#[test]
fn kubectl_table_matches_kubectl_get_contexts() {
    let rows: Vec<Vec<String>> = [
        ["CURRENT", "NAME", "CLUSTER", "AUTHINFO", "NAMESPACE"],
        ["*", "ctx-a", "c1", "u1", "default"],
        ["", "x", "", "", ""],
        ["", "本本本-日本語", "c1", "u-long-user-name-here", ""],
    ]
    .iter()
    .map(|row| row.iter().map(|cell| cell.to_string()).collect())
    .collect();
    let want = "CURRENT   NAME      CLUSTER   AUTHINFO                NAMESPACE\n\
                *         ctx-a     c1        u1                      default\n          \
                x                                           \n          \
                本本本-日本語   c1        u-long-user-name-here   \n";
    assert_eq!(kubectl_table(&rows), want);
}

#[test]
fn kubectl_table_shapes() {
    let table = |rows: &[&[&str]]| -> String {
        let rows: Vec<Vec<String>> = rows
            .iter()
            .map(|row| row.iter().map(|cell| cell.to_string()).collect())
            .collect();
        kubectl_table(&rows)
    };
    let cases: Vec<(Vec<&[&str]>, &str)> = vec![
        (vec![], ""),
        // Reference §3.4 worked example.
        (
            vec![&["NAME", "READY", "STATUS", "RESTARTS", "AGE"], &["kubia-manual", "1/1", "Running", "0", "32s"]],
            "NAME           READY   STATUS    RESTARTS   AGE\nkubia-manual   1/1     Running   0          32s\n",
        ),
        // minwidth 6 applies to narrow columns.
        (vec![&["A", "B"], &["x", "y"]], "A     B\nx     y\n"),
        // A one-column table is never padded.
        (vec![&["NAME"], &["a"], &["bbbbbbbb"]], "NAME\na\nbbbbbbbb\n"),
        // A `-L` column whose label is absent: previous cell still padded.
        (vec![&["NAME", "APP"], &["pod-a", ""]], "NAME    APP\npod-a   \n"),
    ];
    for (rows, want) in cases {
        assert_eq!(table(&rows), want);
    }
}

/// Reference §5.3 describe fragments (kubectl `tabbedString`, Go `Init(buf, 0, 8, 2, ' ', 0)`).
#[test]
fn describe_tabbed_blocks() {
    let cases: Vec<(&str, &str)> = vec![
        (
            "Name:\tkubia-manual\nNamespace:\tdefault\nLabels:\tcreation_method=manual\n\tenv=prod\nIPs:\n  IP:\t10.244.0.5\nContainers:\n",
            "Name:       kubia-manual\nNamespace:  default\nLabels:     creation_method=manual\n            env=prod\nIPs:\n  IP:  10.244.0.5\nContainers:\n",
        ),
        (
            "Conditions:\n  Type\tStatus\n  PodScheduled \tFalse \nVolumes:\n",
            "Conditions:\n  Type           Status\n  PodScheduled   False \nVolumes:\n",
        ),
        (
            "IP:\t\nIPs:\t<none>\n",
            "IP:   \nIPs:  <none>\n",
        ),
        (
            "Events:\n  Type\tReason\tAge\tFrom\tMessage\n  ----\t------\t----\t----\t-------\n  Normal\tScheduled\t45s\tdefault-scheduler\tSuccessfully assigned default/kubia-manual to minikube\n",
            "Events:\n  Type    Reason     Age   From               Message\n  ----    ------     ----  ----               -------\n  Normal  Scheduled  45s   default-scheduler  Successfully assigned default/kubia-manual to minikube\n",
        ),
        // A form feed flushes (like Go's Flush) and prints as a newline.
        ("a\tb\x0clong-cell\tc\n", "a  b\nlong-cell  c\n"),
    ];
    for (text, want) in cases {
        assert_eq!(describe_tabbed(text), want, "{text:?}");
    }
}

/// Odd input never panics: control characters, many columns, deep column nesting, zero widths.
#[test]
fn odd_input_never_panics() {
    let many_columns = "a\t".repeat(50_000) + "\n";
    let pyramid: String = (0..300).map(|i| "x\t".repeat(i) + "\n").collect();
    let inputs = vec![
        String::new(),
        "\t\t\t".to_string(),
        "\x0b\x0c\n\t\r\u{0}".to_string(),
        "<&<&>;".to_string(),
        "日本語\t🎉\t\u{2028}\n".to_string(),
        many_columns.clone(),
        pyramid,
    ];
    let configs = vec![
        TabWriterConfig::kubectl_get(),
        TabWriterConfig::kubectl_describe(),
        config(0, 0, 0, '\t', TabWriterFlags(0x7f)),
        config(3, 0, 0, '·', ALIGN_RIGHT | DISCARD | DEBUG | FILTER_HTML),
    ];
    for config in configs {
        for input in &inputs {
            let out = tabbed(config, input);
            assert!(out.len() >= input.len() / 2);
        }
    }
    let out = describe_tabbed(&many_columns);
    assert_eq!(out.len(), "a  ".len() * 50_000 + 1);
}
