//! Table tests for word expansion, checked against bash 5.2.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use super::super::syntax::{parse, ParseOutcome, RedirectKind, SimpleCommand};
use super::*;
use std::collections::BTreeMap;

/// A fake shell: variables, `$?`, `echo`/`printf` for command substitutions, a few files.
struct FakeShell {
    vars: BTreeMap<String, String>,
    arrays: BTreeMap<String, Vec<(i64, String)>>,
    status: i32,
    files: Vec<&'static str>,
    errors: Vec<String>,
}

impl FakeShell {
    fn new() -> Self {
        let vars = [
            ("HOME", "/home/me"),
            ("PWD", "/work"),
            ("OLDPWD", "/old"),
            ("x", "a  b"),
            ("empty", ""),
            ("star", "*"),
            ("spaced", "  lead  trail  "),
            ("file", "pod.yaml"),
            ("path", "/a/b/c.tar.gz"),
            ("colons", "a::b:"),
            ("lead", " a"),
            ("trail", "a "),
            ("1", "first"),
            ("$", "4242"),
            ("#", "1"),
        ]
        .into_iter()
        .map(|(name, value)| (name.to_string(), value.to_string()))
        .collect();
        let arrays = [
            ("arr", vec![(0, "a b"), (1, ""), (2, "c*")]),
            ("sp", vec![(1, "x"), (5, "y")]),
        ]
        .into_iter()
        .map(|(name, elements)| {
            let elements = elements
                .into_iter()
                .map(|(index, value)| (index, value.to_string()))
                .collect();
            (name.to_string(), elements)
        })
        .collect();
        FakeShell {
            vars,
            arrays,
            status: 3,
            files: vec![".hidden.txt", "[x].txt", "a.txt", "b.txt", "c.yaml"],
            errors: Vec::new(),
        }
    }
}

impl ExpandContext for FakeShell {
    fn var(&self, name: &str) -> Option<String> {
        match self.arrays.get(name) {
            Some(elements) => elements
                .iter()
                .find(|(index, _)| *index == 0)
                .map(|(_, value)| value.clone()),
            None => self.vars.get(name).cloned(),
        }
    }
    fn array(&self, name: &str) -> Vec<(i64, String)> {
        match self.arrays.get(name) {
            Some(elements) => elements.clone(),
            None => self
                .var(name)
                .map(|value| vec![(0, value)])
                .unwrap_or_default(),
        }
    }
    fn is_array(&self, name: &str) -> bool {
        self.arrays.contains_key(name)
    }
    fn set_array(&mut self, name: &str, elements: Vec<(i64, String)>) {
        self.vars.remove(name);
        self.arrays.insert(name.to_string(), elements);
    }
    fn set_element(&mut self, name: &str, index: i64, value: &str) {
        let mut elements: BTreeMap<i64, String> = self.array(name).into_iter().collect();
        elements.insert(index, value.to_string());
        self.set_array(name, elements.into_iter().collect());
    }
    fn last_status(&self) -> i32 {
        self.status
    }
    fn command_subst(&mut self, program: &Program) -> String {
        let mut out = String::new();
        for (list, _) in &program.items {
            for command in &list.first.commands {
                let words = expand_words(&command.words, self).unwrap();
                match words.split_first() {
                    Some((name, args)) if name == "echo" => {
                        out.push_str(&args.join(" "));
                        out.push('\n');
                    }
                    Some((name, args)) if name == "printf" => {
                        out.push_str(
                            &args
                                .first()
                                .cloned()
                                .unwrap_or_default()
                                .replace("\\n", "\n"),
                        );
                    }
                    _ => {}
                }
            }
        }
        out
    }
    fn glob(&self, pattern: &str) -> Vec<String> {
        let matches: Vec<String> = self
            .files
            .iter()
            .filter(|name| glob_match_file_name(pattern, name))
            .map(|name| name.to_string())
            .collect();
        matches
    }
    fn set_var(&mut self, name: &str, value: &str) {
        self.vars.insert(name.to_string(), value.to_string());
    }
    fn print_error(&mut self, message: &str) {
        self.errors.push(message.to_string());
    }
}

fn command(input: &str) -> SimpleCommand {
    match parse(input) {
        ParseOutcome::Complete(program) => program.items[0].0.first.commands[0].clone(),
        other => panic!("{input:?}: {other:?}"),
    }
}

fn expand(input: &str) -> Result<Vec<String>, String> {
    let mut shell = FakeShell::new();
    expand_words(&command(input).words, &mut shell).map_err(|error| error.to_string())
}

fn fields(input: &str) -> String {
    match expand(input) {
        Ok(words) => words.iter().map(|word| format!("[{word}]")).collect(),
        Err(error) => error,
    }
}

#[test]
fn expands_arrays() {
    // Each row was checked with `printf "[%s]" …` in bash 5.2, with arr=("a b" "" "c*"),
    // sp=([1]=x [5]=y) and the same files.
    for (input, want) in [
        (r#"printf ${arr[0]} "${arr[0]}""#, r#"[printf][a][b][a b]"#),
        (r#"printf ${arr[@]}"#, r#"[printf][a][b][c.yaml]"#),
        (r#"printf "${arr[@]}""#, r#"[printf][a b][][c*]"#),
        (r#"printf "<${arr[@]}>""#, r#"[printf][<a b][][c*>]"#),
        (r#"printf "${arr[*]}""#, r#"[printf][a b  c*]"#),
        (r#"printf ${arr[*]}"#, r#"[printf][a][b][c.yaml]"#),
        (
            r#"printf "${#arr[@]}" ${#arr[0]} ${#arr[-1]}"#,
            r#"[printf][3][3][2]"#,
        ),
        (
            r#"printf "${!arr[@]}" "${!sp[*]}""#,
            r#"[printf][0][1][2][1 5]"#,
        ),
        (
            r#"printf "${sp[@]}" ${sp[1]} "${sp[2]}" ${sp[-1]}"#,
            r#"[printf][x][y][x][][y]"#,
        ),
        (
            r#"printf "${arr[@]:1}" "${sp[@]:2}" "${arr[@]: -1}""#,
            r#"[printf][][c*][y][c*]"#,
        ),
        (
            r#"printf "${arr[@]/b/B}" "${arr[@]^^}" "${arr[@]#a}""#,
            r#"[printf][a B][][c*][A B][][C*][ b][][c*]"#,
        ),
        (
            r#"printf "${arr[@]:-d}" "${none[@]:-d}" "${none[@]+alt}" "${sp[@]+alt}""#,
            r#"[printf][a b][][c*][d][alt]"#,
        ),
        (
            r#"printf "${x[0]}" "${x[@]}" ${#x[@]} "${x[1]}""#,
            r#"[printf][a  b][a  b][1][]"#,
        ),
        (
            r#"printf "$arr" "${arr}" ${#arr}"#,
            r#"[printf][a b][a b][3]"#,
        ),
        (
            r#"printf "${arr[1+1]}" "${arr[$((2-1))]}""#,
            r#"[printf][c*][]"#,
        ),
        (r#"printf "${arr[@]@Q}""#, r#"[printf]['a b']['']['c*']"#),
        (r#"printf ${arr[} x"#, r#"bash: ${arr[}: bad substitution"#),
        (
            r#"printf ${arr[@]:1:-1}"#,
            r#"bash: -1: substring expression < 0"#,
        ),
    ] {
        assert_eq!(fields(input), want, "input {input:?}");
    }
    // `${sp[-9]}`: bash reports it and expands to nothing.
    let mut shell = FakeShell::new();
    let words = expand_words(&command("printf \"${sp[-9]}\"").words, &mut shell).unwrap();
    assert_eq!(words, ["printf", ""]);
    assert_eq!(shell.errors, ["bash: sp: bad array subscript"]);
}

#[test]
fn assigns_arrays_as_bash_does() {
    // `declare -p` in bash 5.2 after each command.
    for (input, want) in [
        (
            r#"a=(x "y z" $x {1,2} c* [7]=s [1]+=+ "${arr[@]}")"#,
            r#"declare -a a=([0]="x" [1]="y z+" [2]="a b" [3]="" [4]="c*" [5]="2" [6]="c.yaml" [7]="s")"#,
        ),
        (r#"sp+=(z)"#, r#"declare -a sp=([1]="x" [5]="y" [6]="z")"#),
        (r#"sp[-1]+=q"#, r#"declare -a sp=([1]="x" [5]="yq")"#),
        (r#"x[2]=two"#, r#"declare -a x=([0]="a  b" [2]="two")"#),
        (r#"arr=()"#, r#"declare -a arr=()"#),
        (
            r#"arr=(~ [3]=~ 'q"$\')"#,
            r#"declare -a arr=([0]="/home/me" [3]="/home/me" [4]="q\"\$\\")"#,
        ),
    ] {
        let assignment = command(input).assignments.remove(0);
        let mut shell = FakeShell::new();
        super::super::arrays::assign(&assignment, &mut shell).unwrap();
        let name = assignment.name.as_str();
        let shown = super::super::arrays::declare_text(name, &shell.array(name));
        assert_eq!(shown, want, "input {input:?}");
    }
    let mut shell = FakeShell::new();
    let error = super::super::arrays::assign(&command("sp[-9]=x").assignments[0], &mut shell);
    assert_eq!(
        error.unwrap_err().message,
        "bash: sp[-9]: bad array subscript"
    );
}

#[test]
fn expands_parameters_and_splits_fields() {
    // Each row was checked with `printf "[%s]" …` in bash 5.2 with the same variables.
    for (input, want) in [
        ("printf a b", "[printf][a][b]"),
        ("printf $x", "[printf][a][b]"),
        ("printf \"$x\"", "[printf][a  b]"),
        ("printf $x\"\"", "[printf][a][b]"),
        ("printf $x$x", "[printf][a][ba][b]"),
        ("printf ${x}c", "[printf][a][bc]"),
        ("printf $spaced", "[printf][lead][trail]"),
        ("printf \"$spaced\"", "[printf][  lead  trail  ]"),
        ("printf $empty", "[printf]"),
        ("printf $unset", "[printf]"),
        ("printf \"$empty\"", "[printf][]"),
        ("printf $empty\"\"", "[printf][]"),
        ("printf '' \"\"", "[printf][][]"),
        ("printf $? $$ $# $1", "[printf][3][4242][1][first]"),
        ("printf \"$?\"x", "[printf][3x]"),
        ("printf ${#x} ${#unset} ${#}", "[printf][4][0][1]"),
        ("printf ${unset:-a b}", "[printf][a][b]"),
        ("printf \"${unset:-a b}\"", "[printf][a b]"),
        ("printf ${unset:-\"a  b\"c}", "[printf][a  bc]"),
        ("printf ${unset-d} ${empty-d} ${empty:-d}", "[printf][d][d]"),
        (
            "printf ${file:-d} ${file-d}",
            "[printf][pod.yaml][pod.yaml]",
        ),
        (
            "printf ${file:+set} ${empty+set} ${empty:+set} ${unset+set}",
            "[printf][set][set]",
        ),
        ("printf \"${unset:+x}\"", "[printf][]"),
        ("printf ${unset:-$(echo  q  r)}", "[printf][q][r]"),
        ("printf ${unset:-${file}}", "[printf][pod.yaml]"),
        ("printf \"${unset:-'a'}\" ${unset:-'a'}", "[printf]['a'][a]"),
        ("printf \"${unset-\"}\"}\"", "[printf][}]"),
        (
            "printf ${path#*/} ${path##*/} ${path%.*} ${path%%.*}",
            "[printf][a/b/c.tar.gz][c.tar.gz][/a/b/c.tar][/a/b/c]",
        ),
        (
            "printf ${file%.yaml} ${file#pod} ${file#nomatch}",
            "[printf][pod][.yaml][pod.yaml]",
        ),
        (
            "printf \"${path#'/a'}\" ${star#\"*\"} ${star#*}",
            "[printf][/b/c.tar.gz][[x].txt][a.txt][b.txt][c.yaml]",
        ),
        ("printf ${HOME}/x", "[printf][/home/me/x]"),
        (
            "printf \"\"$lead $trail\"\" \"$trail\"$trail",
            "[printf][][a][a][][a a]",
        ),
    ] {
        assert_eq!(fields(input), want, "input {input:?}");
    }
}

#[test]
fn splits_on_custom_ifs() {
    for (ifs, input, want) in [
        (":", "printf $colons", "[printf][a][][b]"),
        (" :", "printf $v", "[printf][a][b][][c]"),
        ("", "printf $x", "[printf][a  b]"),
        (":", "printf $x", "[printf][a  b]"),
    ] {
        let mut shell = FakeShell::new();
        shell.vars.insert("IFS".into(), ifs.into());
        shell.vars.insert("v".into(), " a : b  ::c ".into());
        let words = expand_words(&command(input).words, &mut shell).unwrap();
        let got: String = words.iter().map(|word| format!("[{word}]")).collect();
        assert_eq!(got, want, "IFS {ifs:?} input {input:?}");
    }
}

#[test]
fn expands_command_substitutions() {
    for (input, want) in [
        ("printf $(echo a b)", "[printf][a][b]"),
        ("printf \"$(echo a  b)\"", "[printf][a b]"),
        ("printf \"$(echo \"a  b\")\"", "[printf][a  b]"),
        ("printf \"$(printf 'a\\n\\n\\n')\"", "[printf][a]"),
        ("printf $(printf 'a\\n\\n\\nb\\n\\n')X", "[printf][a][bX]"),
        ("printf \"$(echo a)\"\"$(echo b)\"", "[printf][ab]"),
        ("printf `echo x y`", "[printf][x][y]"),
        ("printf \"`echo \\\"x  y\\\"`\"", "[printf][x  y]"),
        ("printf $(echo $(echo nested))", "[printf][nested]"),
        ("printf $(echo)", "[printf]"),
        ("printf \"$(echo)\"", "[printf][]"),
        (
            "printf $(echo '*')",
            "[printf][[x].txt][a.txt][b.txt][c.yaml]",
        ),
    ] {
        assert_eq!(fields(input), want, "input {input:?}");
    }
}

#[test]
fn expands_tildes() {
    for (input, want) in [
        (
            "printf ~ ~/x ~+ ~- ~+/y",
            "[printf][/home/me][/home/me/x][/work][/old][/work/y]",
        ),
        // Deliberate difference: there is no user database, so `~root` stays (bash: `/root`).
        (
            "printf a~ \"~\" '~' \\~ ~\"x\" ~root ~/\"a b\"",
            "[printf][a~][~][~][~][~x][~root][/home/me/a b]",
        ),
        (
            "printf x=~ x=a:~ x=~/b:~/c",
            "[printf][x=/home/me][x=a:/home/me][x=/home/me/b:/home/me/c]",
        ),
        ("printf ${unset:-~}", "[printf][/home/me]"),
        ("printf ~$file", "[printf][~pod.yaml]"),
    ] {
        assert_eq!(fields(input), want, "input {input:?}");
    }
}

#[test]
fn globs_unquoted_patterns_only() {
    for (input, want) in [
        ("ls *.txt", "[ls][[x].txt][a.txt][b.txt]"),
        ("ls *", "[ls][[x].txt][a.txt][b.txt][c.yaml]"),
        ("ls .*", "[ls][.hidden.txt]"),
        ("ls ?.txt", "[ls][a.txt][b.txt]"),
        ("ls [ab].txt [!a].txt", "[ls][a.txt][b.txt][b.txt]"),
        ("ls \\[x\\].txt '[x]'.txt", "[ls][[x].txt][[x].txt]"),
        ("ls '*'.txt \"*\" \\*", "[ls][*.txt][*][*]"),
        ("ls *.none", "[ls][*.none]"),
        ("ls $star", "[ls][[x].txt][a.txt][b.txt][c.yaml]"),
        ("ls \"$star\"", "[ls][*]"),
        ("ls [", "[ls][[]"),
        ("A=* ls", "[ls]"),
    ] {
        assert_eq!(fields(input), want, "input {input:?}");
    }
}

#[test]
fn reports_expansion_errors_like_bash() {
    for (input, want) in [
        ("echo ${}", "bash: ${}: bad substitution"),
        ("echo ${a b}", "bash: ${a b}: bad substitution"),
        ("echo \"${}\"", "bash: ${}: bad substitution"),
        ("echo ${unset?}", "bash: unset: parameter not set"),
        ("echo ${empty:?}", "bash: empty: parameter null or not set"),
        ("echo ${unset:?oops $file}", "bash: unset: oops pod.yaml"),
        ("echo ${unset?\"a  b\"}", "bash: unset: a  b"),
        ("echo ${2:=x}", "bash: $2: cannot assign in this way"),
        (
            "echo ${x@A}",
            "bash: ${x@A}: this expansion is not supported by this shell",
        ),
        (
            "echo ${!nothing}",
            "bash: nothing: invalid indirect expansion",
        ),
        ("echo ${file:1:-20}", "bash: -20: substring expression < 0"),
    ] {
        assert_eq!(fields(input), want, "input {input:?}");
    }
    assert_eq!(fields("echo ${empty?}"), "[echo]");
}

#[test]
fn assigns_defaults() {
    let mut shell = FakeShell::new();
    let words = expand_words(&command("echo ${new:=a b} ${new}").words, &mut shell).unwrap();
    assert_eq!(words, ["echo", "a", "b", "a", "b"]);
    assert_eq!(shell.vars.get("new").map(String::as_str), Some("a b"));
}

#[test]
fn expands_assignments_redirect_targets_and_here_documents() {
    let mut shell = FakeShell::new();
    let assignments =
        command("A=$x B=* C=~/bin:~/x D=\"$(echo a  b)\" E=${unset:-d e} cmd").assignments;
    let values: Vec<String> = assignments
        .iter()
        .map(|assignment| expand_assignment_value(&assignment.value, &mut shell).unwrap())
        .collect();
    assert_eq!(
        values,
        ["a  b", "*", "/home/me/bin:/home/me/x", "a b", "d e"]
    );

    let targets = command("cat <$file >~/out 2>$x >$unset >*.txt >*.yaml >\"$x\"").redirects;
    let results: Vec<String> = targets
        .iter()
        .map(|redirect| {
            let (RedirectKind::Read(word) | RedirectKind::Write(word)) = &redirect.kind else {
                panic!();
            };
            match expand_redirect_target(word, &mut shell) {
                Ok(text) => text,
                Err(error) => error.to_string(),
            }
        })
        .collect();
    assert_eq!(
        results,
        [
            "pod.yaml",
            "/home/me/out",
            "bash: $x: ambiguous redirect",
            "bash: $unset: ambiguous redirect",
            "bash: *.txt: ambiguous redirect",
            "c.yaml",
            "a  b",
        ]
    );

    for (input, want) in [
        (
            "cat <<EOF\n$x \"q\" ~ * \\$ \\\\ \\a $(echo s)\n${unset:-d}\nEOF",
            "a  b \"q\" ~ * $ \\ \\a s\nd\n",
        ),
        ("cat <<'EOF'\n$x ~ *\nEOF", "$x ~ *\n"),
        ("cat <<EOF\nEOF", ""),
        ("cat <<< \"$x\"", "a  b"),
        ("cat <<< $x*", "a  b*"),
        ("cat <<< ~", "/home/me"),
    ] {
        let redirect = &command(input).redirects[0];
        let word = match &redirect.kind {
            RedirectKind::HereDocument(here) => &here.body,
            RedirectKind::HereString(word) => word,
            _ => panic!(),
        };
        assert_eq!(
            expand_word_single(word, &mut shell).unwrap(),
            want,
            "input {input:?}"
        );
    }
}

#[test]
fn matches_patterns_like_bash() {
    for (pattern, text, want) in [
        ("*", "", true),
        ("*", "abc", true),
        ("a*c", "abc", true),
        ("a*c", "abd", false),
        ("a?c", "abc", true),
        ("a?c", "ac", false),
        ("*.tar.gz", "x.tar.gz", true),
        ("**a", "bba", true),
        ("[abc]", "b", true),
        ("[!abc]", "b", false),
        ("[^abc]", "d", true),
        ("[a-c]x", "bx", true),
        ("[]]", "]", true),
        ("[!]]", "a", true),
        ("[a-]", "-", true),
        ("[[:digit:]]*", "7up", true),
        ("[[:alpha:]]", "7", false),
        ("[[:space:]]", " ", true),
        ("\\*", "*", true),
        ("\\*", "a", false),
        ("[", "[", true),
        ("[a", "[a", true),
        ("a\\", "a\\", true),
        ("日*", "日本", true),
        ("?", "本", true),
    ] {
        assert_eq!(pattern_matches(pattern, text), want, "{pattern:?} {text:?}");
    }
    for (pattern, name, want) in [
        ("*", ".hidden", false),
        (".*", ".hidden", true),
        ("\\.*", ".hidden", true),
        ("?hidden", ".hidden", false),
        ("*.txt", "a.txt", true),
    ] {
        assert_eq!(
            glob_match_file_name(pattern, name),
            want,
            "{pattern:?} {name:?}"
        );
    }
}

#[test]
fn expansion_of_odd_and_large_input_never_panics() {
    let mut shell = FakeShell::new();
    shell.vars.insert("big".into(), "a b ".repeat(100_000));
    let words = expand_words(&command("echo $big").words, &mut shell).unwrap();
    assert_eq!(words.len(), 200_001);
    for input in [
        "echo ${big#*b} ${big%%a*} ${big##*a}",
        "echo \u{0} \u{1}$x\u{7f}",
        "echo [[[ ]]] [!] [^ [a-",
        "echo ${x#[} ${x%\\\\}",
    ] {
        let _ = expand_words(&command(input).words, &mut shell);
    }
}

#[test]
fn reports_backquote_syntax_errors_when_expanding() {
    // bash 5.2: `echo a `;` b` prints the two messages, then `a b`.
    for (input, want, errors) in [
        (
            "echo a `;` b",
            vec!["echo", "a", "b"],
            vec![
                "bash: command substitution: line 1: syntax error near unexpected token `;'",
                "bash: command substitution: line 1: `;'",
            ],
        ),
        (
            "echo `a; )`",
            vec!["echo"],
            vec![
                "bash: command substitution: line 1: syntax error near unexpected token `)'",
                "bash: command substitution: line 1: `a; )'",
            ],
        ),
        (
            "echo \"`echo \\\"a`\" x",
            vec!["echo", "", "x"],
            vec![
            "bash: command substitution: line 1: unexpected EOF while looking for matching `\"'",
        ],
        ),
        (
            "echo `x\n\n;`",
            vec!["echo"],
            vec![
                "bash: command substitution: line 3: syntax error near unexpected token `;'",
                "bash: command substitution: line 3: `;'",
            ],
        ),
    ] {
        let mut shell = FakeShell::new();
        let words = expand_words(&command(input).words, &mut shell).unwrap();
        assert_eq!(words, want, "input {input:?}");
        assert_eq!(shell.errors, errors, "input {input:?}");
    }
}

#[test]
fn expands_braces_as_bash_does() {
    // Each row was checked with `echo …` in bash 5.2 (HOME=/home/me); `[…]` marks each field.
    for (input, want) in [
        ("echo kubia-{a,b}.yaml", "[echo][kubia-a.yaml][kubia-b.yaml]"),
        ("echo a{b,c}d{e,f}", "[echo][abde][abdf][acde][acdf]"),
        ("echo {a,b{1..3},c}", "[echo][a][b1][b2][b3][c]"),
        ("echo {1..3}{a,b}", "[echo][1a][1b][2a][2b][3a][3b]"),
        ("echo {1..10..3} {10..1..3} {1..10..-3}", "[echo][1][4][7][10][10][7][4][1][1][4][7][10]"),
        ("echo {01..10..2}", "[echo][01][03][05][07][09]"),
        ("echo {-05..5..3} {0..-03}", "[echo][-05][-02][001][004][000][-01][-02][-03]"),
        ("echo {-0..3} {00..3} {007..9}", "[echo][0][1][2][3][00][01][02][03][007][008][009]"),
        ("echo {+1..3} {1..5..+2} {1..5..02}", "[echo][1][2][3][1][3][5][1][3][5]"),
        ("echo {a..e} {e..a..2} {a..c..0} {a..e..-1}", "[echo][a][b][c][d][e][e][c][a][a][b][c][a][b][c][d][e]"),
        ("echo {Y..b}", "[echo][Y][Z][[][][]][^][_][`][a][b]"),
        ("echo {5..5} {a..a} {-1..-3}", "[echo][5][a][-1][-2][-3]"),
        // Not sequences, so not groups.
        ("echo {1..a} {ab..c} {1.5..3} {1..2..} {1..3..1..} {1...3} {1..5..2x}", "[echo][{1..a}][{ab..c}][{1.5..3}][{1..2..}][{1..3..1..}][{1...3}][{1..5..2x}]"),
        ("echo {1..5..9999999999999999999999} {99999999999999999999..1}", "[echo][{1..5..9999999999999999999999}][{99999999999999999999..1}]"),
        ("echo {a..5}x{1,2}", "[echo][{a..5}x1][{a..5}x2]"),
        // Groups without a comma stay, and the braces inside them still expand.
        ("echo {} {a} {a}{b,c} {a}}{b,c}", "[echo][{}][{a}][{a}b][{a}c][{a}}b][{a}}c]"),
        ("echo {a{b,c}} x{a{b,c}}y {{a,b}} {{1..3}}", "[echo][{ab}][{ac}][x{ab}y][x{ac}y][{a}][{b}][{1}][{2}][{3}]"),
        ("echo {{a,b},c} {a,{b}} {{a},b}", "[echo][a][b][c][a][{b}][{a}][b]"),
        // Unmatched braces are literal.
        ("echo {a,b a,b} {1..3}x{ {{a,b} {a,b}}} {{a} a{1..3", "[echo][{a,b][a,b}][1x{][2x{][3x{][{a][{b][a}}][b}}][{{a}][a{1..3]"),
        // Empty alternatives: no argument, unless something else is in the word.
        ("echo x{,}y {,} {a,} {,a} {a,b{,}} a{b,{,}}", "[echo][xy][xy][a][a][a][b][b][ab][a][a]"),
        // Quoted and escaped braces and commas are text; expansions are carried whole.
        ("echo \\{a,b} \"{a,b}\" {a,\"b,c\"} {'a,b',c} {\"\",a}", "[echo][{a,b}][{a,b}][a][b,c][a,b][c][][a]"),
        ("echo ${HOME}{a,b} {$HOME,b} x{a,b}$HOME ~/{a,b} {x,y}=1", "[echo][/home/mea][/home/meb][/home/me][b][xa/home/me][xb/home/me][/home/me/a][/home/me/b][x=1][y=1]"),
    ] {
        assert_eq!(fields(input), want, "{input}");
    }
}

#[test]
fn brace_expansion_is_bounded() {
    let mut shell = FakeShell::new();
    let words = expand_words(&command("echo {1..100000}").words, &mut shell).unwrap();
    assert_eq!(words.len(), 100_001);
    for (input, error) in [
        ("echo {1..100001}", "bash: brace expansion: failed to allocate memory for 100001 elements"),
        ("echo {-9223372036854775808..9223372036854775807}", "bash: brace expansion: failed to allocate memory for 18446744073709551616 elements"),
        ("echo {1..1000}{1..1000}", "bash: brace expansion: failed to allocate memory for `{1..1000}{1..1000}'"),
        ("echo {1..50000}aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "bash: brace expansion: failed to allocate memory for `{1..50000}aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'"),
        ("echo {a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}", "bash: brace expansion: failed to allocate memory for `{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}'"),
    ] {
        shell.errors.clear();
        let words = expand_words(&command(input).words, &mut shell).unwrap();
        assert_eq!(words.len(), 2, "{input}: left as typed");
        assert_eq!(shell.errors, [error], "{input}");
    }
    // Deep nesting: 256 levels expand, 257 are refused; neither recurses without bound.
    for (depth, words) in [(256, 258), (257, 2)] {
        let deep = format!("{}b{}", "{a,".repeat(depth), "}".repeat(depth));
        shell.errors.clear();
        let expanded = expand_words(&command(&format!("echo {deep}")).words, &mut shell).unwrap();
        assert_eq!(expanded.len(), words, "{depth}");
        assert_eq!(shell.errors.len(), usize::from(words == 2), "{depth}");
    }
    // A long word with many unmatched braces is read in one pass.
    let wide = format!("echo {}{{a,b}}", "{x".repeat(200));
    let expanded = expand_words(&command(&wide).words, &mut shell).unwrap();
    assert_eq!(expanded.len(), 3);
}

#[test]
fn substitutes_slices_and_changes_case_like_bash() {
    // Each row was checked with `printf "[%s]" …` in bash 5.2 with the same variables
    // (path=/a/b/c.tar.gz, file=pod.yaml, x='a  b', empty='').
    for (input, want) in [
        ("printf ${path/a/X}", "[printf][/X/b/c.tar.gz]"),
        ("printf ${path//a/X}", "[printf][/X/b/c.tXr.gz]"),
        ("printf ${path//\\//_}", "[printf][_a_b_c.tar.gz]"),
        ("printf ${path/#\\/a/~}", "[printf][/home/me/b/c.tar.gz]"),
        ("printf ${path/%.gz}", "[printf][/a/b/c.tar]"),
        ("printf ${path/*./[&]}", "[printf][[/a/b/c.tar.]gz]"),
        ("printf \"${path//[abc]/\\&}\"", "[printf][/&/&/&.t&r.gz]"),
        (
            "printf ${path##*/} ${path%%.*} ${path#*.} ${path%.*}",
            "[printf][c.tar.gz][/a/b/c][tar.gz][/a/b/c.tar]",
        ),
        (
            "printf \"${empty/*/none}\" \"${file//q*/Z}\"",
            "[printf][none][pod.yaml]",
        ),
        (
            "printf ${file:1:3} ${file: -4} ${file:2:-2} \"${file:20}\"",
            "[printf][od.][yaml][d.ya][]",
        ),
        (
            "printf ${file^} ${file^^} ${file^^[ay]} \"${x,,}\" ${file@U}",
            "[printf][Pod.yaml][POD.YAML][pod.YAml][a  b][POD.YAML]",
        ),
        ("printf \"${x@Q}\" \"${empty@Q}\"", "[printf]['a  b']['']"),
    ] {
        assert_eq!(fields(input), want, "input {input:?}");
    }
}
