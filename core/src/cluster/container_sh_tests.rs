//! Table tests of the containers' `sh -c`: each script's output, exit status and sleeps, as
//! busybox ash gives them.

use super::*;

struct TestMachine {
    now: SimTime,
}

impl Machine for TestMachine {
    fn hostname(&self) -> String {
        "bb".into()
    }
    fn pod_ip(&self) -> String {
        "10.244.1.5".into()
    }
    fn now(&self) -> SimTime {
        self.now
    }
    fn run(&mut self, argv: &[String], _stdin: &str, out: &mut Output) -> Option<i32> {
        (argv[0] == "uname").then(|| {
            out.write(Stream::Out, "Linux\n");
            0
        })
    }
}

/// Runs a script to its end (or 3 slices), noting each pause: the log text with `[sleep N]`
/// where the process slept N ms, and the exit status.
fn run(script: &str) -> (String, Option<i32>) {
    let env = vec![
        (
            "PATH".to_string(),
            "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin".to_string(),
        ),
        ("HOSTNAME".to_string(), "bb".to_string()),
        ("HOME".to_string(), "/root".to_string()),
    ];
    let mut process = match Process::new(script, &[], env, 1) {
        Ok(process) => process,
        Err(SyntaxError(message)) => return (format!("sh: {message}\n"), Some(2)),
    };
    let mut machine = TestMachine {
        now: SimTime::PLAYGROUND_START,
    };
    let mut text = String::new();
    for _ in 0..3 {
        let mut out = Output::default();
        let pause = process.resume(&mut machine, &mut out, 1000);
        text.push_str(&out.text());
        match pause {
            Pause::Exit(status) => return (text, Some(status)),
            Pause::Forever => {
                text.push_str("[forever]");
                return (text, None);
            }
            Pause::Sleep(duration) => {
                text.push_str(&format!("[sleep {}]", duration.as_millis()));
                machine.now = machine.now.plus(duration);
            }
        }
    }
    (text, None)
}

#[test]
fn scripts() {
    let cases: &[(&str, &str, Option<i32>)] = &[
        ("echo hello", "hello\n", Some(0)),
        ("echo  a   b ; echo c", "a b\nc\n", Some(0)),
        ("echo 'a   b' \"c  d\"", "a   b c  d\n", Some(0)),
        ("echo $HOSTNAME ${HOME}", "bb /root\n", Some(0)),
        ("x='1  2'; echo $x; echo \"$x\"", "1 2\n1  2\n", Some(0)),
        ("echo ${UNSET:-default} ${HOME:+set} ${#HOSTNAME}", "default set 2\n", Some(0)),
        ("i=0; i=$((i+1)); echo $i $((2*3+1)) $((7/2)) $((7%3)) $((1<2))", "1 7 3 1 1\n", Some(0)),
        ("echo $((1/0))", "sh: divide by zero\n", Some(2)),
        ("echo $((a=4, a*2)) $a $((1,))", "sh: arithmetic syntax error\n", Some(2)),
        ("echo $((a=4, a*2)) $a", "8 4\n", Some(0)),
        ("for i in 1 2 3; do echo $i; done", "1\n2\n3\n", Some(0)),
        ("for i in $(seq 2 4); do echo n$i; done", "n2\nn3\nn4\n", Some(0)),
        ("i=0; while [ $i -lt 3 ]; do echo $i; i=$((i+1)); done", "0\n1\n2\n", Some(0)),
        ("i=0; until [ $i -ge 2 ]; do i=$((i+1)); done; echo $i", "2\n", Some(0)),
        ("if [ a = b ]; then echo yes; elif true; then echo elif; else echo no; fi", "elif\n", Some(0)),
        ("if false; then echo yes; fi; echo $?", "0\n", Some(0)),
        ("false && echo a || echo b", "b\n", Some(0)),
        ("true && echo a || echo b", "a\n", Some(0)),
        ("false || false && echo c; echo $?", "1\n", Some(0)),
        ("false; x=1; echo $?; x=$(false); echo $?", "0\n1\n", Some(0)),
        ("for i in 1 2 3 4; do if [ $i = 3 ]; then break; fi; echo $i; done", "1\n2\n", Some(0)),
        ("for i in 1 2 3; do [ $i = 2 ] && continue; echo $i; done", "1\n3\n", Some(0)),
        ("for a in 1 2; do for b in x y; do [ $b = y ] && continue 2; echo $a$b; done; done", "1x\n2x\n", Some(0)),
        ("echo one; sleep 2; echo two", "one\n[sleep 2000]two\n", Some(0)),
        ("while true; do echo tick; sleep 5; done", "tick\n[sleep 5000]tick\n[sleep 5000]tick\n[sleep 5000]", None),
        ("sleep infinity", "[forever]", None),
        ("sleep 1.5 2s 1m", "[sleep 63500]", Some(0)),
        ("sleep x", "sleep: invalid number 'x'\n", Some(1)),
        ("sleep 0; sleep 0.001; echo quick", "quick\n", Some(0)),
        ("exit 3", "", Some(3)),
        ("exit 300", "", Some(44)),
        ("exit abc", "sh: exit: line 0: Illegal number: abc\n", Some(2)),
        ("exit -1", "sh: exit: line 0: Illegal number: -1\n", Some(2)),
        ("echo ~ ~/x a~", "/root /root/x a~\n", Some(0)),
        ("printf '%d\\n' abc", "sh: invalid number 'abc'\n0\n", Some(1)),
        ("echo ${x:?}", "sh: x: parameter not set or null\n", Some(2)),
        ("echo ${x?boom}", "sh: x: boom\n", Some(2)),
        ("for i in 1; do break 0; done", "sh: break: line 0: Illegal number: 0\n", Some(2)),
        ("[ a -eq 1 ]", "sh: a: bad number\n", Some(2)),
        ("[ 1 -xx 2 ]", "sh: -xx: unknown operand\n", Some(2)),
        ("test; echo $?; [ -n ]; echo $?", "1\n0\n", Some(0)),
        ("foo bar", "sh: foo: not found\n", Some(127)),
        ("foo; echo $?", "sh: foo: not found\n127\n", Some(0)),
        ("uname", "Linux\n", Some(0)),
        ("echo $(hostname) `echo back`", "bb back\n", Some(0)),
        ("date", "Fri Nov 27 09:00:00 UTC 2026\n", Some(0)),
        ("date +%Y-%m-%dT%H:%M:%S", "2026-11-27T09:00:00\n", Some(0)),
        ("echo -n a; echo b", "ab\n", Some(0)),
        ("echo -e 'a\\tb'", "a\tb\n", Some(0)),
        ("printf '%s=%03d\\n' a 7 b 12", "a=007\nb=012\n", Some(0)),
        ("echo hi > /tmp/f; cat /tmp/f; echo x >> /tmp/f; cat /tmp/f", "hi\nhi\nx\n", Some(0)),
        ("echo gone > /dev/null; foo 2>/dev/null; echo $?", "127\n", Some(0)),
        ("echo err >&2", "err\n", Some(0)),
        ("seq 3 | grep -v 2 | wc -l", "2\n", Some(0)),
        ("{ echo g1; echo g2; } | wc -l", "2\n", Some(0)),
        ("seq 3 | while read n; do echo \"n=$n\"; done", "n=1\nn=2\nn=3\n", Some(0)),
        ("printf 'a b c\\n' | { read x rest; echo \"$x|$rest\"; }", "a|b c\n", Some(0)),
        ("for i in 1 2; do echo $i; done | grep 2; echo \"x=$x\"", "2\nx=\n", Some(0)),
        ("echo one | { cat; echo two; } | tail -1", "two\n", Some(0)),
        ("while true; do echo done; break; done | wc -l", "1\n", Some(0)),
        ("cat /etc/hostname", "bb\n", Some(0)),
        ("env", "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\nHOSTNAME=bb\nHOME=/root\n", Some(0)),
        ("[ 1 -lt x ]", "sh: x: bad number\n", Some(2)),
        ("[ 1 = 1", "sh: missing ]\n", Some(2)),
        ("! true; echo $?", "1\n", Some(0)),
        ("[ ! -n \"\" ] && echo notn; test ! a = b && echo differs", "notn\ndiffers\n", Some(0)),
        ("set -- x y; echo $# $1 $2; shift; echo $1 $#; for a; do echo [$a]; done", "2 x y\ny 1\n[y]\n", Some(0)),
        ("{ echo a; echo b; }", "a\nb\n", Some(0)),
        ("(echo sub)", "sub\n", Some(0)),
        ("exec sleep 10", "[sleep 10000]", Some(0)),
        ("exec echo hi; echo never", "hi\n", Some(0)),
        // Syntax errors, as busybox ash words them.
        ("while true; do echo", "sh: syntax error: unexpected end of file (expecting \"done\")\n", Some(2)),
        ("done", "sh: syntax error: unexpected \"done\"\n", Some(2)),
        ("echo 'open", "sh: syntax error: unterminated quoted string\n", Some(2)),
        ("if true; then echo", "sh: syntax error: unexpected end of file (expecting \"fi\")\n", Some(2)),
        ("echo ${", "sh: syntax error: missing '}'\n", Some(2)),
        ("echo ${x", "sh: syntax error: missing '}'\n", Some(2)),
        ("echo ${1x}", "sh: syntax error: bad substitution\n", Some(2)),
        ("for 1 in a; do :; done", "sh: syntax error: bad for loop variable\n", Some(2)),
        ("echo a; ; echo b", "sh: syntax error: unexpected \";\"\n", Some(2)),
    ];
    let mut failures = Vec::new();
    for (script, want_text, want_status) in cases {
        let (text, status) = run(script);
        if text != *want_text || status != *want_status {
            failures.push(format!(
                "{script:?}\n   got {text:?} {status:?}\n  want {want_text:?} {want_status:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_loop_that_never_sleeps_pauses_after_its_slice() {
    for script in ["while true; do :; done", "while true; do sleep 0; done"] {
        let (text, status) = run(script);
        assert_eq!(status, None);
        assert!(text.starts_with("[sleep 1000][sleep 1000]"), "{text}");
    }
}

#[test]
fn hostile_scripts_never_panic() {
    let nested = format!("{}echo{}", "$(".repeat(100), ")".repeat(100));
    let deep_if = "if true; then ".repeat(200) + &"fi; ".repeat(200);
    for script in [
        nested.as_str(),
        deep_if.as_str(),
        "$((",
        "$(( 1 +",
        "echo $((1 ** -1)) $((9223372036854775807 + 1)) $(( (((1)) ))",
        "`",
        "\"$(",
        "for",
        "for i in",
        "while",
        "case x in esac",
        "echo \\",
        "x=$((x++ + ++x))",
        "break 0",
        "echo ${x?boom}",
        "printf %",
        "seq 1 0 5",
        "seq -5",
        "echo a | while true; do :; done",
        "$((2**62**2))",
        "exec",
        ">",
        "2>&",
    ] {
        let _ = run(script);
    }
}

#[test]
fn random_scripts_never_panic() {
    const PIECES: &[&str] = &[
        "while ",
        "until ",
        "do ",
        "done",
        "for i in ",
        "if ",
        "then ",
        "elif ",
        "else ",
        "fi",
        "{ ",
        "}",
        "(",
        ")",
        "$((",
        "))",
        "$(",
        "`",
        "'",
        "\"",
        "${",
        "${#",
        ":-",
        "=",
        "}",
        ";",
        "&&",
        "||",
        "|",
        "&",
        "!",
        "\n",
        " ",
        "echo ",
        "sleep 1",
        "exit ",
        "break ",
        "continue ",
        "x",
        "i",
        "=",
        "$x",
        "$i",
        "$?",
        "1",
        "0",
        "-1",
        "+",
        "*",
        "/",
        "%",
        "**",
        "++",
        "[ ",
        " ]",
        "-lt ",
        "-eq ",
        "seq ",
        "printf ",
        "%s",
        "%d",
        "\\",
        ">",
        ">>",
        "2>&1",
        "<",
        "/dev/null",
        "cat ",
        "date ",
        "+%T",
        "exec ",
        "export ",
        "~",
        "#",
        "true",
        "false",
        ":",
    ];
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let iterations = std::env::var("FUZZ_ITERATIONS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(3_000);
    for _ in 0..iterations {
        let length = next() % 24;
        let script: String = (0..length)
            .map(|_| PIECES[(next() % PIECES.len() as u64) as usize])
            .collect();
        let _ = run(&script);
    }
}

#[test]
fn a_string_doubled_forever_stays_bounded() {
    let (text, status) = run("x=ab; while true; do x=\"$x$x\"; done");
    assert_eq!(status, None);
    assert!(text.starts_with("[sleep 1000]"), "{text}");
    let (text, status) = run("printf '%999999999d|' 1 | wc -c");
    assert_eq!((text.as_str(), status), ("1048577\n", Some(0)));
}

#[test]
fn a_script_writes_at_most_a_thousand_files() {
    let script =
        "i=0; while [ $i -lt 1005 ]; do echo > /tmp/f$i || break; i=$((i+1)); done; echo $i";
    let mut process = Process::new(script, &[], Vec::new(), 1).unwrap();
    let mut machine = TestMachine {
        now: SimTime::PLAYGROUND_START,
    };
    let mut out = Output::default();
    assert_eq!(process.run_to_end(&mut machine, &mut out, 100_000), Some(0));
    assert_eq!(
        out.text(),
        "sh: can't create /tmp/f1000: No space left on device\n1000\n"
    );
}
