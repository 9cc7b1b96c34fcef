//! Table tests for the shell parser: input → compact tree, incomplete input, bash's error texts.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use super::*;

fn ok(input: &str) -> Program {
    match parse(input) {
        ParseOutcome::Complete(program) => program,
        other => panic!("{input:?}: {other:?}"),
    }
}

fn show(input: &str) -> String {
    show_program(&ok(input))
}

// ----- a compact printer of the tree -----
//
// Commands are `[…]`, words are separated by spaces, quoted text is `⟨…⟩`, expansions are
// `${name}`, `${name:-word}`, `$(program)`; items end with `;` or `&`.

fn show_program(program: &Program) -> String {
    program
        .items
        .iter()
        .map(|(list, separator)| {
            let end = match separator {
                Separator::Sequential => ";",
                Separator::Background => "&",
            };
            format!("{}{end}", show_list(list))
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn show_list(list: &AndOrList) -> String {
    let mut out = show_pipeline(&list.first);
    for (operator, pipeline) in &list.rest {
        let text = match operator {
            AndOr::And => "&&",
            AndOr::Or => "||",
        };
        out.push_str(&format!(" {text} {}", show_pipeline(pipeline)));
    }
    out
}

fn show_pipeline(pipeline: &Pipeline) -> String {
    let commands: Vec<String> = pipeline.commands.iter().map(show_command).collect();
    let bang = if pipeline.negated { "! " } else { "" };
    let time = match pipeline.timed {
        Some(TimeFormat::Bash) => "TIME ",
        Some(TimeFormat::Posix) => "TIME-P ",
        None => "",
    };
    format!("{time}{bang}{}", commands.join(" | "))
}

fn show_command(command: &SimpleCommand) -> String {
    let mut items = Vec::new();
    for assignment in &command.assignments {
        let operator = if assignment.append { "+=" } else { "=" };
        let subscript = match &assignment.subscript {
            Some(subscript) => format!("[{subscript}]"),
            None => String::new(),
        };
        let array = match &assignment.array {
            Some(words) => {
                let words: Vec<String> = words.iter().map(show_word).collect();
                format!("({})", words.join(" "))
            }
            None => String::new(),
        };
        items.push(format!(
            "{}{subscript}{operator}{}{array}",
            assignment.name,
            show_word(&assignment.value)
        ));
    }
    items.extend(command.words.iter().map(show_word));
    items.extend(command.redirects.iter().map(show_redirect));
    format!("[{}]", items.join(" "))
}

fn show_redirect(redirect: &Redirect) -> String {
    let fd = redirect.fd.map(|fd| fd.to_string()).unwrap_or_default();
    let (operator, target) = match &redirect.kind {
        RedirectKind::Read(word) => ("<", show_word(word)),
        RedirectKind::Write(word) => (">", show_word(word)),
        RedirectKind::Append(word) => (">>", show_word(word)),
        RedirectKind::WriteClobber(word) => (">|", show_word(word)),
        RedirectKind::ReadWrite(word) => ("<>", show_word(word)),
        RedirectKind::DuplicateRead(word) => ("<&", show_word(word)),
        RedirectKind::DuplicateWrite(word) => (">&", show_word(word)),
        RedirectKind::WriteStdoutAndStderr(word) => ("&>", show_word(word)),
        RedirectKind::AppendStdoutAndStderr(word) => ("&>>", show_word(word)),
        RedirectKind::HereString(word) => ("<<<", show_word(word)),
        RedirectKind::HereDocument(here) => {
            let operator = if here.strip_tabs { "<<-" } else { "<<" };
            let delimiter = if here.expand {
                here.delimiter.clone()
            } else {
                format!("'{}'", here.delimiter)
            };
            return format!("{fd}{operator}{delimiter}{{{}}}", show_word(&here.body));
        }
    };
    format!("{fd}{operator}{target}")
}

fn show_word(word: &Word) -> String {
    word.parts.iter().map(show_part).collect()
}

fn quote_if(quoted: bool, text: String) -> String {
    if quoted {
        format!("⟨{text}⟩")
    } else {
        text
    }
}

fn show_part(part: &WordPart) -> String {
    match part {
        WordPart::Literal { text, quoted } => quote_if(*quoted, text.clone()),
        WordPart::Param {
            name,
            subscript,
            quoted,
            operation,
        } => {
            let name = match subscript {
                Some(subscript) => format!("{name}[{subscript}]"),
                None => name.clone(),
            };
            quote_if(*quoted, show_param(&name, operation))
        }
        WordPart::CommandSubst { program, quoted } => {
            quote_if(*quoted, format!("$({})", show_program(program)))
        }
        WordPart::ProcessSubst { program } => format!("<({})", show_program(program)),
        WordPart::BadSubstitution { text } => format!("BAD{text}"),
        WordPart::Arithmetic { text, quoted } => quote_if(*quoted, format!("$(({text}))")),
        WordPart::CommandSubstSyntaxError { messages, quoted } => {
            quote_if(*quoted, format!("$(ERROR {})", messages.join(" / ")))
        }
    }
}

fn show_param(name: &str, operation: &ParamOperation) -> String {
    let with_word = |operator: &str, colon: bool, word: &Word| {
        let colon = if colon { ":" } else { "" };
        format!("${{{name}{colon}{operator}{}}}", show_word(word))
    };
    match operation {
        ParamOperation::Value => format!("${{{name}}}"),
        ParamOperation::Length => format!("${{#{name}}}"),
        ParamOperation::UseDefault {
            word,
            null_counts_as_unset,
        } => with_word("-", *null_counts_as_unset, word),
        ParamOperation::AssignDefault {
            word,
            null_counts_as_unset,
        } => with_word("=", *null_counts_as_unset, word),
        ParamOperation::UseAlternative {
            word,
            null_counts_as_unset,
        } => with_word("+", *null_counts_as_unset, word),
        ParamOperation::ErrorIfUnset {
            word,
            null_counts_as_unset,
        } => with_word("?", *null_counts_as_unset, word),
        ParamOperation::RemovePrefix { pattern, longest } => {
            with_word(if *longest { "##" } else { "#" }, false, pattern)
        }
        ParamOperation::RemoveSuffix { pattern, longest } => {
            with_word(if *longest { "%%" } else { "%" }, false, pattern)
        }
        ParamOperation::Substring { offset, length } => match length {
            Some(length) => format!("${{{name}:{offset}:{length}}}"),
            None => format!("${{{name}:{offset}}}"),
        },
        ParamOperation::Replace {
            pattern,
            replacement,
            anchor,
        } => {
            let anchor = match anchor {
                super::ReplaceAnchor::First => "",
                super::ReplaceAnchor::All => "/",
                super::ReplaceAnchor::Start => "#",
                super::ReplaceAnchor::End => "%",
            };
            match replacement {
                Some(replacement) => format!(
                    "${{{name}/{anchor}{}/{}}}",
                    show_word(pattern),
                    show_word(replacement)
                ),
                None => format!("${{{name}/{anchor}{}}}", show_word(pattern)),
            }
        }
        ParamOperation::CaseModify {
            upper,
            all,
            pattern,
        } => {
            let operator = if *upper { "^" } else { "," };
            let operator = if *all {
                operator.repeat(2)
            } else {
                operator.to_string()
            };
            with_word(&operator, false, pattern)
        }
        ParamOperation::Transform { operator } => format!("${{{name}@{operator}}}"),
        ParamOperation::Indirect | ParamOperation::Indices => format!("${{!{name}}}"),
        ParamOperation::PrefixNames => format!("${{!{}}}", name.replace(['[', ']'], "")),
        ParamOperation::Unsupported { text } => format!("UNSUPPORTED{text}"),
    }
}

// ----- tests -----

#[test]
fn parses_words_quotes_and_escapes() {
    for (input, want) in [
        ("", ""),
        ("   \t ", ""),
        ("# only a comment", ""),
        ("echo a b", "[echo a b];"),
        ("echo   a\tb  ", "[echo a b];"),
        ("echo 'a b' \"c d\"", "[echo ⟨a b⟩ ⟨c d⟩];"),
        ("echo a'b'c", "[echo a⟨b⟩c];"),
        ("echo ''", "[echo ⟨⟩];"),
        ("echo \"\"", "[echo ⟨⟩];"),
        ("echo a\\ b", "[echo a⟨ ⟩b];"),
        ("echo \\$x \\' \\\"", "[echo ⟨$⟩x ⟨'⟩ ⟨\"⟩];"),
        ("echo \\é", "[echo ⟨é⟩];"),
        (
            "echo \"a\\$b\\`c\\\"d\\\\e\\nf\"",
            "[echo ⟨a$b`c\"d\\e\\nf⟩];",
        ),
        ("echo 'a\\nb'", "[echo ⟨a\\nb⟩];"),
        ("echo a#b #comment", "[echo a#b];"),
        ("echo a;#comment", "[echo a];"),
        ("echo a\\\nb", "[echo ab];"),
        ("echo \"a\\\nb\"", "[echo ⟨ab⟩];"),
        ("echo 'a\\\nb'", "[echo ⟨a\\\nb⟩];"),
        ("ec\\\nho a", "[echo a];"),
        ("echo a &\\\n& echo b", "[echo a] && [echo b];"),
        ("echo a # comment \\\necho b", "[echo a]; [echo b];"),
        (
            "echo $'a\\tb\\x41\\u00e9\\101\\c[\\q'",
            "[echo ⟨a\tbAéA\u{1b}\\q⟩];",
        ),
        ("echo $'it\\'s'", "[echo ⟨it's⟩];"),
        ("echo $\"hi $x\"", "[echo ⟨hi ⟩⟨${x}⟩];"),
        ("echo \"$\" $ a$ $%", "[echo ⟨$⟩ $ a$ $%];"),
        ("echo {a,b} ~ x=~", "[echo {a,b} ~ x=~];"),
        ("echo a\u{0}b \u{7}", "[echo a\u{0}b \u{7}];"),
        ("echo 日本 \"語\"", "[echo 日本 ⟨語⟩];"),
    ] {
        assert_eq!(show(input), want, "input {input:?}");
    }
}

#[test]
fn parses_parameters_and_command_substitutions() {
    for (input, want) in [
        ("echo $x ${y} $1 $10 ${10}", "[echo ${x} ${y} ${1} ${1}0 ${10}];"),
        ("echo $? $$ $# $@ $* $! $- $0", "[echo ${?} ${$} ${#} ${@} ${*} ${!} ${-} ${0}];"),
        ("echo ${?} ${#} ${!} ${@}", "[echo ${?} ${#} ${!} ${@}];"),
        ("echo \"$x-$y\"", "[echo ⟨${x}⟩⟨-⟩⟨${y}⟩];"),
        ("echo $x_1.$y", "[echo ${x_1}.${y}];"),
        ("echo ${x:-a b} ${x-d}", "[echo ${x:-a b} ${x-d}];"),
        ("echo ${x:=v} ${x+alt} ${x:?oops}", "[echo ${x:=v} ${x+alt} ${x:?oops}];"),
        ("echo ${#x} ${#} ${#-} ${#:-3}", "[echo ${#x} ${#} ${#-} ${#:-3}];"),
        ("echo ${x#a*} ${x##a} ${x%.*} ${x%%b}", "[echo ${x#a*} ${x##a} ${x%.*} ${x%%b}];"),
        ("echo ${x:-\"a b\"c}", "[echo ${x:-⟨a b⟩c}];"),
        ("echo ${x:-'a'}", "[echo ${x:-⟨a⟩}];"),
        ("echo \"${x:-'a'}\"", "[echo ⟨${x:-⟨'a'⟩}⟩];"),
        ("echo \"${x#'a'}\"", "[echo ⟨${x#⟨a⟩}⟩];"),
        ("echo ${x-\"}\"}", "[echo ${x-⟨}⟩}];"),
        ("echo \"${x-\"}\"}\"", "[echo ⟨${x-⟨}⟩}⟩];"),
        ("echo \"${x:-\\}}\" \"${x:-\\a}\" ${x:-\\a}", "[echo ⟨${x:-⟨}⟩}⟩ ⟨${x:-⟨\\a⟩}⟩ ${x:-⟨a⟩}];"),
        ("echo ${x:-$(echo  q  r)}", "[echo ${x:-$([echo q r];)}];"),
        ("echo ${x:-${y:-z}}", "[echo ${x:-${y:-z}}];"),
        ("echo ${} ${a b} ${x!}", "[echo BAD${} BAD${a b} BAD${x!}];"),
        ("echo ${x/a/b} ${x:1:2} ${!x} ${x^^}", "[echo ${x/a/b} ${x:1:2} ${!x} ${x^^}];"),
        (r"echo ${x//a} ${x/#\/a/b/c} ${x: -1} ${x,,[AB]} ${x@Q}", "[echo ${x//a} ${x/#⟨/⟩a/b/c} ${x: -1} ${x,,[AB]} ${x@Q}];"),
        ("echo ${!x*} ${x@A} ${!x[0]}", "[echo ${!x*} UNSUPPORTED${x@A} ${!x[0]}];"),
        ("echo $(ls -l) \"$(pwd)\"", "[echo $([ls -l];) ⟨$([pwd];)⟩];"),
        ("echo $( )x $()", "[echo $()x $()];"),
        ("diff <(ls) x<(echo a)y", "[diff <([ls];) x<([echo a];)y];"),
        ("cat < <(ls)", "[cat <<([ls];)];"),
        ("echo \"<(x)\"", "[echo ⟨<(x)⟩];"),
        ("echo $(echo a; echo b | wc -l)", "[echo $([echo a]; [echo b] | [wc -l];)];"),
        ("echo $(echo $(echo \"in ner\"))", "[echo $([echo $([echo ⟨in ner⟩];)];)];"),
        ("echo $(echo ')' \")\")", "[echo $([echo ⟨)⟩ ⟨)⟩];)];"),
        ("echo $(echo a # )\n)", "[echo $([echo a];)];"),
        ("echo $(\necho a\n\necho b\n)", "[echo $([echo a]; [echo b];)];"),
        ("echo `ls -l` \"`pwd`\"", "[echo $([ls -l];) ⟨$([pwd];)⟩];"),
        ("echo `echo \\`echo hi\\``", "[echo $([echo $([echo hi];)];)];"),
        ("echo \"`echo \\\"hi\\\"`\"", "[echo ⟨$([echo ⟨hi⟩];)⟩];"),
        ("echo `;` x", "[echo $(ERROR bash: command substitution: line 1: syntax error near unexpected token `;' / bash: command substitution: line 1: `;') x];"),
        ("echo \"`a )`\"", "[echo ⟨$(ERROR bash: command substitution: line 1: syntax error near unexpected token `)' / bash: command substitution: line 1: `a )')⟩];"),
        ("echo `echo \"\\$HOME\"`", "[echo $([echo ⟨${HOME}⟩];)];"),
        ("echo \"$(echo \"a  b\")\"", "[echo ⟨$([echo ⟨a  b⟩];)⟩];"),
        ("x=$(cat <<EOF\nhi $y\nEOF\n)", "[x=$([cat <<EOF{⟨hi ⟩⟨${y}⟩⟨\n⟩}];)];"),
    ] {
        assert_eq!(show(input), want, "input {input:?}");
    }
}

#[test]
fn parses_operators_and_lists() {
    for (input, want) in [
        ("a; b", "[a]; [b];"),
        ("a;b;", "[a]; [b];"),
        ("a & b &", "[a]& [b]&"),
        ("a&&b||c", "[a] && [b] || [c];"),
        ("a | b | c", "[a] | [b] | [c];"),
        ("a |& b", "[a 2>&1] | [b];"),
        ("a 2>/dev/null |& b", "[a 2>/dev/null 2>&1] | [b];"),
        ("! a | b", "! [a] | [b];"),
        ("! ! a", "[a];"),
        ("time a | b", "TIME [a] | [b];"),
        ("time -p ! a", "TIME-P ! [a];"),
        ("! time -- a", "TIME-P ! [a];"),
        ("time; time", "TIME []; TIME [];"),
        ("a | time b", "[a] | [time b];"),
        ("'time' a", "[⟨time⟩ a];"),
        ("echo time", "[echo time];"),
        ("!", "! [];"),
        ("!;", "! [];"),
        ("a && ! b", "[a] && ! [b];"),
        ("!a", "[!a];"),
        ("a\nb\n\nc", "[a]; [b]; [c];"),
        ("a &&\n\n b", "[a] && [b];"),
        ("a ||\n b", "[a] || [b];"),
        ("a |\n\n b", "[a] | [b];"),
        ("sleep 10 & jobs", "[sleep 10]& [jobs];"),
        ("echo if then; echo }", "[echo if then]; [echo }];"),
        ("a=1 if", "[a=1 if];"),
    ] {
        assert_eq!(show(input), want, "input {input:?}");
    }
}

#[test]
fn parses_assignments_and_redirections() {
    for (input, want) in [
        ("A=1", "[A=1];"),
        ("A=1 B=2 cmd x=3", "[A=1 B=2 cmd x=3];"),
        ("A+=x", "[A+=x];"),
        ("A= cmd", "[A= cmd];"),
        ("A=\"a b\"$x", "[A=⟨a b⟩${x}];"),
        ("A=$(date) B=`x`", "[A=$([date];) B=$([x];)];"),
        ("\"A\"=1 1A=2 A-B=3", "[⟨A⟩=1 1A=2 A-B=3];"),
        (">out A=1 cmd", "[A=1 cmd >out];"),
        ("echo a >f >>g <h", "[echo a >f >>g <h];"),
        ("echo a>f", "[echo a >f];"),
        ("echo 2>f 2>>g 1>h 10>i", "[echo 2>f 2>>g 1>h 10>i];"),
        ("echo a2>f \"2\">g", "[echo a2 ⟨2⟩ >f >g];"),
        (
            "echo 2>&1 >&2 1>&- <&0 3<&-",
            "[echo 2>&1 >&2 1>&- <&0 3<&-];",
        ),
        ("echo >&file", "[echo &>file];"),
        ("echo &>f &>>g >|h <>i", "[echo &>f &>>g >|h <>i];"),
        ("echo >\"$f\" >~/x", "[echo >⟨${f}⟩ >~/x];"),
        ("cat <<<word <<< \"a $b\"", "[cat <<<word <<<⟨a ⟩⟨${b}⟩];"),
        ("echo 99999999999>x", "[echo 99999999999 >x];"),
    ] {
        assert_eq!(show(input), want, "input {input:?}");
    }
}

#[test]
fn parses_array_assignments_and_subscripts() {
    for (input, want) in [
        ("a=(x \"y z\" $v)", "[a=(x ⟨y z⟩ ${v})];"),
        ("a=()", "[a=()];"),
        ("a+=(x) b=1", "[a+=(x) b=1];"),
        ("a=(\n x # note\n [3]=y\n) cmd", "[a=(x [3]=y) cmd];"),
        ("a[1]=x", "[a[1]=x];"),
        ("a[$i+1]+=\"v w\"", "[a[$i+1]+=⟨v w⟩];"),
        ("a[i]=$(date) cmd", "[a[i]=$([date];) cmd];"),
        ("x=a[1] echo a[1]=y", "[x=a[1] echo a[1]=y];"),
        ("1a[0]=x", "[1a[0]=x];"),
        ("declare -a l=(1 2) x", "[declare -a l x];"),
        (
            "echo ${a[0]} \"${a[@]}\" ${a[*]:1:2}",
            "[echo ${a[0]} ⟨${a[@]}⟩ ${a[*]:1:2}];",
        ),
        (
            "echo ${#a[@]} ${#a[i+1]} ${!a[@]} ${!a[0]}",
            "[echo ${#a[@]} ${#a[i+1]} ${!a[@]} ${!a[0]}];",
        ),
        (
            "echo ${a[${b[0]}]} ${a[x]/y/z}",
            "[echo ${a[${b[0]}]} ${a[x]/y/z}];",
        ),
        (
            "echo ${a[} ${a[]} ${a[x}",
            "[echo BAD${a[} BAD${a[]} BAD${a[x}];",
        ),
    ] {
        assert_eq!(show(input), want, "input {input:?}");
    }
    let program = ok("a=(x  \"y z\") b[1]+=c; local -a l=( 1 2 )");
    assert_eq!(
        program.to_string(),
        "a=(x \"y z\") b[1]+=c; local -a l=(1 2)"
    );
}

#[test]
fn parses_here_documents() {
    for (input, want) in [
        ("cat <<EOF\nhello\nEOF", "[cat <<EOF{⟨hello\n⟩}];"),
        ("cat <<EOF\nhello\nEOF\n", "[cat <<EOF{⟨hello\n⟩}];"),
        ("cat <<EOF\nEOF", "[cat <<EOF{}];"),
        (
            "cat <<EOF\n$x \"q\" \\\" \\$ \\\\ \\a `b`\nEOF",
            "[cat <<EOF{⟨${x}⟩⟨ \"q\" \\\" $ \\ \\a ⟩⟨$([b];)⟩⟨\n⟩}];",
        ),
        (
            "cat <<'EOF'\n$x `y` \\\nEOF",
            "[cat <<'EOF'{⟨$x `y` \\\n⟩}];",
        ),
        ("cat <<\"EOF\"\n$x\nEOF", "[cat <<'EOF'{⟨$x\n⟩}];"),
        ("cat <<E\"O\"F\n$x\nEOF", "[cat <<'EOF'{⟨$x\n⟩}];"),
        ("cat <<\\EOF\n$x\nEOF", "[cat <<'EOF'{⟨$x\n⟩}];"),
        ("cat <<$x\n$y\n$x", "[cat <<$x{⟨${y}⟩⟨\n⟩}];"),
        ("cat <<EOF\nabc\\\nEOF\nEOF", "[cat <<EOF{⟨abcEOF\n⟩}];"),
        ("cat <<EOF\nabc\\\\\nEOF", "[cat <<EOF{⟨abc\\\n⟩}];"),
        (
            "cat <<-EOF\n\t\tx\n\t  y\n\tEOF",
            "[cat <<-EOF{⟨x\n  y\n⟩}];",
        ),
        ("cat <<EOF\n\tEOF\nEOF", "[cat <<EOF{⟨\tEOF\n⟩}];"),
        ("cat <<EOF  \nEOF  \nEOF", "[cat <<EOF{⟨EOF  \n⟩}];"),
        ("cat <<\"\"\nx\n\ny", "[cat <<''{⟨x\n⟩}]; [y];"),
        (
            "cat <<A; cat <<B\n1\nA\n2\nB",
            "[cat <<A{⟨1\n⟩}]; [cat <<B{⟨2\n⟩}];",
        ),
        ("cat <<A <<B\na\nA\nb\nB", "[cat <<A{⟨a\n⟩} <<B{⟨b\n⟩}];"),
        (
            "cat <<EOF | tr a b\naaa\nEOF\necho done",
            "[cat <<EOF{⟨aaa\n⟩}] | [tr a b]; [echo done];",
        ),
        (
            "cat <<EOF && echo x\nbody\nEOF",
            "[cat <<EOF{⟨body\n⟩}] && [echo x];",
        ),
        (
            "echo $(cat <<EOF\nhi\nEOF\n)",
            "[echo $([cat <<EOF{⟨hi\n⟩}];)];",
        ),
        (
            "cat <<EOF\n$(echo a\necho b)\nEOF",
            "[cat <<EOF{⟨$([echo a]; [echo b];)⟩⟨\n⟩}];",
        ),
        ("cat <<EOF\n${x:-a b} $((\nEOF", "ERR"),
    ] {
        if want == "ERR" {
            assert!(
                matches!(parse(input), ParseOutcome::Error(_)),
                "input {input:?}"
            );
            continue;
        }
        assert_eq!(show(input), want, "input {input:?}");
    }
}

#[test]
fn detects_incomplete_input() {
    use IncompleteReason::*;
    for (input, want) in [
        ("echo 'abc", SingleQuote),
        ("echo 'abc\ndef", SingleQuote),
        ("echo $'abc", AnsiCQuote),
        ("echo \"abc", DoubleQuote),
        ("echo \"abc\\", DoubleQuote),
        ("echo \"$(echo \"", DoubleQuote),
        ("echo `ls", Backquote),
        ("echo $(ls", CommandSubstitution),
        ("echo $(ls |", CommandSubstitution),
        ("echo $(ls\n", CommandSubstitution),
        ("echo ${x", ParameterExpansion),
        ("echo ${x:-abc", ParameterExpansion),
        ("echo ${", ParameterExpansion),
        ("echo ${a[1", ParameterExpansion),
        ("a=(x", CommandSubstitution),
        ("a=(x\ny", CommandSubstitution),
        ("{ echo a", Compound),
        ("{ echo a }", Compound),
        ("( echo a", Compound),
        ("( echo a\n", Compound),
        ("ls | while read l; do", Compound),
        (
            "cat <<EOF",
            HereDocument {
                delimiter: "EOF".into(),
            },
        ),
        (
            "cat <<EOF\nabc",
            HereDocument {
                delimiter: "EOF".into(),
            },
        ),
        (
            "cat <<EOF\nabc\n",
            HereDocument {
                delimiter: "EOF".into(),
            },
        ),
        (
            "cat <<A <<B\na\nA\n",
            HereDocument {
                delimiter: "B".into(),
            },
        ),
        (
            "cat <<'E F'\nabc\nEOF",
            HereDocument {
                delimiter: "E F".into(),
            },
        ),
        (
            "cat <<EOF\nabc\\",
            HereDocument {
                delimiter: "EOF".into(),
            },
        ),
        ("echo a |", Pipe),
        ("echo a |\n", Pipe),
        ("echo a |&", Pipe),
        ("echo a &&", AndOr),
        ("echo a ||\n\n", AndOr),
        ("echo a \\", LineContinuation),
        ("echo a\\", LineContinuation),
        ("echo a \\\n", LineContinuation),
        ("\\", LineContinuation),
        ("for i in 1 2", Compound),
        ("for i in 1 2; do", Compound),
        ("for i in 1 2\ndo echo $i", Compound),
        ("while true; do sleep 1", Compound),
        ("if true; then echo; else", Compound),
        ("if true; then echo; elif false", Compound),
        ("until false; do if true; then echo; fi", Compound),
        (
            "cat <<EOF\nfor i in 1",
            HereDocument {
                delimiter: "EOF".into(),
            },
        ),
        ("echo $(for i in 1; do", CommandSubstitution),
        ("echo $((1 + (2", CommandSubstitution),
    ] {
        assert_eq!(
            parse(input),
            ParseOutcome::Incomplete(want.clone()),
            "input {input:?}"
        );
    }
    // Appending the next line completes them.
    for (input, want) in [
        ("echo 'abc\ndef'", "[echo ⟨abc\ndef⟩];"),
        ("echo a |\nwc", "[echo a] | [wc];"),
        ("echo a \\\nb", "[echo a b];"),
        ("echo a\\\nb", "[echo ab];"),
        ("echo $(ls\n)", "[echo $([ls];)];"),
    ] {
        assert_eq!(show(input), want, "input {input:?}");
    }
}

fn at_end(input: &str) -> ParseOutcome {
    let options = ParseOptions {
        end_of_input: true,
        ..ParseOptions::default()
    };
    parse_with_options(input, &options)
}

fn error_text(outcome: ParseOutcome) -> String {
    match outcome {
        ParseOutcome::Error(error) => error.to_string(),
        other => format!("not an error: {other:?}"),
    }
}

#[test]
fn reports_syntax_errors_like_bash() {
    // Checked with bash 5.2 (`bash -c`, `bash <<<`, and an interactive bash in a pty).
    for (input, want) in [
        (";", "bash: syntax error near unexpected token `;'"),
        (" ; ", "bash: syntax error near unexpected token `;'"),
        ("echo a ;;", "bash: syntax error near unexpected token `;;'"),
        ("echo a;;", "bash: syntax error near unexpected token `;;'"),
        ("echo a ;&", "bash: syntax error near unexpected token `;&'"),
        (
            "echo a ;;&",
            "bash: syntax error near unexpected token `;;&'",
        ),
        ("| a", "bash: syntax error near unexpected token `|'"),
        ("|| a", "bash: syntax error near unexpected token `||'"),
        ("&& a", "bash: syntax error near unexpected token `&&'"),
        ("&", "bash: syntax error near unexpected token `&'"),
        ("a && && b", "bash: syntax error near unexpected token `&&'"),
        ("echo a & ;", "bash: syntax error near unexpected token `;'"),
        ("echo a &;", "bash: syntax error near unexpected token `;'"),
        (
            "echo a && ;",
            "bash: syntax error near unexpected token `;'",
        ),
        (
            "echo a & & b",
            "bash: syntax error near unexpected token `&'",
        ),
        (
            "echo a &&& b",
            "bash: syntax error near unexpected token `&'",
        ),
        (
            "echo >",
            "bash: syntax error near unexpected token `newline'",
        ),
        (
            "echo >\n",
            "bash: syntax error near unexpected token `newline'",
        ),
        (
            "echo <",
            "bash: syntax error near unexpected token `newline'",
        ),
        (
            "echo 2>&",
            "bash: syntax error near unexpected token `newline'",
        ),
        ("echo > ;", "bash: syntax error near unexpected token `;'"),
        (
            "echo a >>> b",
            "bash: syntax error near unexpected token `>'",
        ),
        (
            "echo a <<> b",
            "bash: syntax error near unexpected token `>'",
        ),
        (
            "echo a 2> >b",
            "bash: syntax error near unexpected token `>'",
        ),
        (
            "cat <<",
            "bash: syntax error near unexpected token `newline'",
        ),
        (
            "a <<< ",
            "bash: syntax error near unexpected token `newline'",
        ),
        ("echo )", "bash: syntax error near unexpected token `)'"),
        ("echo a)", "bash: syntax error near unexpected token `)'"),
        ("echo a(b", "bash: syntax error near unexpected token `('"),
        ("echo (a)", "bash: syntax error near unexpected token `a'"),
        (
            "echo (",
            "bash: syntax error near unexpected token `newline'",
        ),
        ("! | a", "bash: syntax error near unexpected token `|'"),
        ("! && a", "bash: syntax error near unexpected token `&&'"),
        ("a | ! b", "bash: syntax error near unexpected token `!'"),
        ("done", "bash: syntax error near unexpected token `done'"),
        ("then", "bash: syntax error near unexpected token `then'"),
        ("}", "bash: syntax error near unexpected token `}'"),
        (
            "echo a; fi",
            "bash: syntax error near unexpected token `fi'",
        ),
        ("echo $(;)", "bash: syntax error near unexpected token `;'"),
        (
            "echo a\n;;\necho b",
            "bash: syntax error near unexpected token `;;'",
        ),
        // Compound commands: bash's errors (checked with bash 5.2).
        (
            "while true; do done",
            "bash: syntax error near unexpected token `done'",
        ),
        (
            "for 1 in a; do :; done",
            "bash: `1': not a valid identifier",
        ),
        (
            "if true; then fi",
            "bash: syntax error near unexpected token `fi'",
        ),
        (
            "for i in a b; do echo; done x",
            "bash: syntax error near unexpected token `x'",
        ),
        (
            "while true; echo; done",
            "bash: syntax error near unexpected token `done'",
        ),
        (
            "{ echo a; } x",
            "bash: syntax error near unexpected token `x'",
        ),
        (
            "( echo a ) x",
            "bash: syntax error near unexpected token `x'",
        ),
        (
            "echo a | ( echo b ) (",
            "bash: syntax error near unexpected token `('",
        ),
        ("()", "bash: syntax error near unexpected token `)'"),
        ("{ }", "bash: syntax error near unexpected token `}'"),
        (
            "for ((i=0; i<2)); do :; done",
            "bash: syntax error: arithmetic expression required",
        ),
        ("cat <<(x)", "bash: syntax error near unexpected token `('"),
        (
            "tee >(cat)",
            "bash: `>(': output process substitutions are not supported by this shell",
        ),
        (
            "f() echo",
            "bash: syntax error near unexpected token `echo'",
        ),
        (
            "function () { :; }",
            "bash: syntax error near unexpected token `('",
        ),
        (
            "function f ( { :; }",
            "bash: syntax error near unexpected token `{'",
        ),
        ("A=(1; 2)", "bash: syntax error near unexpected token `;'"),
        ("A=(1 (2))", "bash: syntax error near unexpected token `('"),
        ("A=(1 >f)", "bash: syntax error near unexpected token `>'"),
        ("echo A=(1)", "bash: syntax error near unexpected token `('"),
        (
            "echo $((1) )",
            "bash: `$((': subshells in command substitutions are not supported by this shell",
        ),
    ] {
        assert_eq!(error_text(parse(input)), want, "input {input:?}");
        assert_eq!(
            error_text(at_end(input)),
            want,
            "input {input:?} at end of input"
        );
    }
}

#[test]
fn reports_end_of_input_like_bash() {
    for (input, want) in [
        (
            "echo \"abc",
            "bash: unexpected EOF while looking for matching `\"'",
        ),
        (
            "echo 'abc",
            "bash: unexpected EOF while looking for matching `''",
        ),
        (
            "echo $'abc",
            "bash: unexpected EOF while looking for matching `''",
        ),
        (
            "echo `ls",
            "bash: unexpected EOF while looking for matching ``'",
        ),
        (
            "echo $(ls",
            "bash: unexpected EOF while looking for matching `)'",
        ),
        (
            "echo $(ls |",
            "bash: unexpected EOF while looking for matching `)'",
        ),
        (
            "echo ${ls",
            "bash: unexpected EOF while looking for matching `}'",
        ),
        ("echo a |", "bash: syntax error: unexpected end of file"),
        ("echo a &&", "bash: syntax error: unexpected end of file"),
        ("echo a ||\n", "bash: syntax error: unexpected end of file"),
    ] {
        assert_eq!(error_text(at_end(input)), want, "input {input:?}");
    }
    // Complete at end of input: here-documents end with a warning, a final backslash is dropped.
    for (input, want, warnings) in [
        (
            "cat <<EOF",
            "[cat <<EOF{}];",
            vec!["bash: warning: here-document at line 1 delimited by end-of-file (wanted `EOF')"],
        ),
        (
            "cat <<EOF\nabc",
            "[cat <<EOF{⟨abc\n⟩}];",
            vec!["bash: warning: here-document at line 1 delimited by end-of-file (wanted `EOF')"],
        ),
        (
            "echo hi\ncat <<EOF\nabc\n",
            "[echo hi]; [cat <<EOF{⟨abc\n⟩}];",
            vec!["bash: warning: here-document at line 2 delimited by end-of-file (wanted `EOF')"],
        ),
        (
            "cat <<A <<'B'\nx\n",
            "[cat <<A{⟨x\n⟩} <<'B'{}];",
            vec![
                "bash: warning: here-document at line 1 delimited by end-of-file (wanted `A')",
                "bash: warning: here-document at line 1 delimited by end-of-file (wanted `B')",
            ],
        ),
        ("echo a \\", "[echo a];", vec![]),
        ("echo a\\", "[echo a];", vec![]),
        ("echo a\\\n", "[echo a];", vec![]),
    ] {
        let ParseOutcome::Complete(program) = at_end(input) else {
            panic!("{input:?}: {:?}", at_end(input));
        };
        assert_eq!(show_program(&program), want, "input {input:?}");
        let texts: Vec<String> = program.warnings.iter().map(ToString::to_string).collect();
        assert_eq!(texts, warnings, "input {input:?}");
    }
}

#[test]
fn error_lines_count_from_the_first_line_number() {
    let options = ParseOptions {
        first_line_number: 7,
        ..ParseOptions::default()
    };
    for (input, want) in [(";", 7), ("echo a\necho b\n;;", 9), ("echo $(\n\n;)", 9)] {
        let ParseOutcome::Error(error) = parse_with_options(input, &options) else {
            panic!("{input:?}");
        };
        assert_eq!(error.line, want, "input {input:?}");
    }
    let options = ParseOptions {
        first_line_number: 12,
        end_of_input: true,
        ..ParseOptions::default()
    };
    let ParseOutcome::Complete(program) = parse_with_options("echo\ncat <<X", &options) else {
        panic!();
    };
    assert_eq!(
        program.warnings,
        vec![ParseWarning::HereDocumentDelimitedByEndOfFile {
            line: 13,
            delimiter: "X".into()
        }]
    );
}

#[test]
fn parses_one_command_line_at_a_time() {
    let options = ParseOptions::default();
    for (input, want) in [
        ("echo a\necho b\n", vec![("[echo a];", 7), ("[echo b];", 7)]),
        (
            "\n\n# c\necho a; echo b\nx",
            vec![("[echo a]; [echo b];", 21), ("[x];", 1)],
        ),
        (
            "echo a\n;;\necho b",
            vec![("[echo a];", 7), ("ERROR", 3), ("[echo b];", 6)],
        ),
        (
            "echo x; ;; y\necho b",
            vec![("ERROR", 13), ("[echo b];", 6)],
        ),
        ("echo >\necho b", vec![("ERROR", 7), ("[echo b];", 6)]),
        (
            "cat <<E\n1\nE\necho b\n",
            vec![("[cat <<E{⟨1\n⟩}];", 12), ("[echo b];", 7)],
        ),
        (
            "echo a &&\necho b\nc",
            vec![("[echo a] && [echo b];", 17), ("[c];", 1)],
        ),
        ("echo a\necho 'b", vec![("[echo a];", 7), ("INCOMPLETE", 0)]),
    ] {
        let mut rest = input;
        let mut got = Vec::new();
        while !rest.is_empty() {
            let next = parse_next_command_line(rest, &options);
            let shown = match &next.outcome {
                ParseOutcome::Complete(program) => show_program(program),
                ParseOutcome::Error(_) => "ERROR".to_string(),
                ParseOutcome::Incomplete(_) => "INCOMPLETE".to_string(),
            };
            got.push((shown, next.consumed));
            if next.consumed == 0 {
                break;
            }
            rest = &rest[next.consumed..];
        }
        let want: Vec<(String, usize)> =
            want.into_iter().map(|(s, n)| (s.to_string(), n)).collect();
        assert_eq!(got, want, "input {input:?}");
    }
}

#[test]
fn expands_aliases_like_bash() {
    let aliases: BTreeMap<String, String> = [
        ("k", "kubectl"),
        ("kgp", "kubectl get pods"),
        ("ll", "echo LL "),
        ("x", "echo X"),
        ("a", "b"),
        ("b", "a"),
        ("loop", "loop -v"),
        ("seq", "echo 1; echo 2"),
        ("bad", "echo ;;"),
        ("q", "'unterminated"),
    ]
    .into_iter()
    .map(|(name, value)| (name.to_string(), value.to_string()))
    .collect();
    let options = ParseOptions {
        aliases: Some(&aliases),
        ..ParseOptions::default()
    };
    for (input, want) in [
        ("k get pods", "[kubectl get pods];"),
        ("kgp -A", "[kubectl get pods -A];"),
        ("A=1 k", "[A=1 kubectl];"),
        ("echo k; k", "[echo k]; [kubectl];"),
        ("echo a | k && k", "[echo a] | [kubectl] && [kubectl];"),
        ("\\k; \"k\"; 'k'", "[⟨k⟩]; [⟨k⟩]; [⟨k⟩];"),
        ("ll x", "[echo LL echo X];"),
        ("ll ll", "[echo LL echo LL];"),
        ("a", "[a];"),
        ("b", "[b];"),
        ("loop", "[loop -v];"),
        ("seq", "[echo 1]; [echo 2];"),
        ("echo $(k)", "[echo $([kubectl];)];"),
        ("! k", "! [kubectl];"),
        ("k >x k", "[kubectl k >x];"),
    ] {
        let ParseOutcome::Complete(program) = parse_with_options(input, &options) else {
            panic!("{input:?}: {:?}", parse_with_options(input, &options));
        };
        assert_eq!(show_program(&program), want, "input {input:?}");
    }
    assert_eq!(
        error_text(parse_with_options("bad", &options)),
        "bash: syntax error near unexpected token `;;'"
    );
    assert_eq!(
        parse_with_options("q", &options),
        ParseOutcome::Incomplete(IncompleteReason::SingleQuote)
    );
    let ParseOutcome::Complete(program) = parse_with_options("kgp  -A &", &options) else {
        panic!();
    };
    assert_eq!(program.items[0].0.source, "kubectl get pods  -A");
}

#[test]
fn prints_commands_like_bash() {
    // Compared with `declare -f` output of bash 5.2.
    for (input, want) in [
        ("sleep   10 &", "sleep 10 &"),
        (
            "echo a >/dev/null 2>&1 <x >>y 3<&0",
            "echo a > /dev/null 2>&1 < x >> y 3<&0",
        ),
        (
            "echo a &>z &>>w >|c <>d 2>>e >&2 <&-",
            "echo a &> z &>> w >| c 0<> d 2>> e 1>&2 0>&-",
        ),
        (
            "A=1  B=\"x y\" c   \"$x\"${y:-z}  'q' | d |& e && f || g & h",
            "A=1 B=\"x y\" c \"$x\"${y:-z} 'q' | d 2>&1 | e && f || g & h",
        ),
        (
            "cat <<EOF <<-\"E2\" <<<\"hs\"\nhi\nEOF\nE2",
            "cat <<EOF <<-'E2' <<< \"hs\"",
        ),
        ("! a; b", "! a; b"),
    ] {
        assert_eq!(ok(input).to_string(), want, "input {input:?}");
    }
    let program = ok("  kubectl get pods  -o wide  | grep x & ");
    assert_eq!(
        program.items[0].0.source,
        "kubectl get pods  -o wide  | grep x"
    );
    assert_eq!(
        program.items[0].0.to_string(),
        "kubectl get pods -o wide | grep x"
    );
}

#[test]
fn parses_compound_commands_in_pipelines_and_with_redirections() {
    // Standing alone, a compound command unrolls as it runs; anywhere else it is a command.
    for input in [
        "for i in a; do echo $i; done",
        "{ echo a; }",
        "if a; then b; fi",
    ] {
        assert!(ok(input).items[0].0.compound.is_some(), "input {input:?}");
    }
    for input in [
        "( echo a )",
        "{ echo a; } > f",
        "! { echo a; }",
        "a && for i in b; do :; done",
        "a | while read l; do :; done",
    ] {
        let program = ok(input);
        assert!(program.items[0].0.compound.is_none(), "input {input:?}");
        assert!(program.items[0].0.compound_keyword().is_some());
    }
    for (input, want) in [
        (
            "kubectl get pods -o name | while read p; do echo $p; done >out 2>&1",
            "kubectl get pods -o name | while read p; do echo $p; done > out 2>&1",
        ),
        (
            "(cd /tmp; ls) | wc -l && { echo a; echo b; } <<<x",
            "( cd /tmp; ls ) | wc -l && { echo a; echo b; } <<< x",
        ),
        (
            "for i in 1 2; do echo $i; done | sort -r",
            "for i in 1 2; do echo $i; done | sort -r",
        ),
        ("f() { echo $1; } > out", "f () { echo $1; } > out"),
        ("function g { :; }", "g () { :; }"),
        ("function h () ( ls )", "h () ( ls )"),
        (
            "(( x = 1 )) && for (( i = 0 ;; i++ )) do :; done",
            "(( x = 1 )) && for ((i = 0; 1; i++)); do :; done",
        ),
        (
            "if true; then echo y; fi >f; case x in x) echo; esac <f",
            "if true; then echo y; fi > f; case x in x) echo ;; esac < f",
        ),
    ] {
        assert_eq!(ok(input).to_string(), want, "input {input:?}");
    }
    // Here-documents in the body come before the one after the compound command.
    let program = ok("while read l; do cat <<A; done <<B\na\nA\nb\nB\n");
    let command = &program.items[0].0.first.commands[0];
    let Some(Compound::While { body, .. }) = command.compound.as_deref() else {
        panic!("{command:?}");
    };
    let inner = &body.items[0].0.first.commands[0].redirects[0];
    let outer = &command.redirects[0];
    let body_of = |redirect: &Redirect| match &redirect.kind {
        RedirectKind::HereDocument(document) => document.body.source.clone(),
        other => panic!("{other:?}"),
    };
    assert_eq!(
        (body_of(inner), body_of(outer)),
        ("a\n".into(), "b\n".into())
    );
}

#[test]
fn redirect_target_fd_defaults() {
    let program = ok("c <a >b 2>c <<<d >&2 &>e <>f");
    let command = &program.items[0].0.first.commands[0];
    let fds: Vec<u32> = command.redirects.iter().map(Redirect::target_fd).collect();
    assert_eq!(fds, vec![0, 1, 2, 0, 1, 1, 0]);
}

#[test]
fn nesting_is_bounded_and_hostile_input_never_panics() {
    let deep_substitutions = "$(".repeat(10_000);
    let deep_closed = format!("echo {}x{}", "$(echo ".repeat(10_000), ")".repeat(10_000));
    let deep_braces = format!("echo {}x{}", "${a:-".repeat(10_000), "}".repeat(10_000));
    let deep_quotes = format!("echo {}", "\"$(echo ".repeat(10_000));
    let deep_backquotes = format!("echo {}", "`echo \\".repeat(2_000));
    for input in [
        &deep_substitutions,
        &deep_closed,
        &deep_braces,
        &deep_quotes,
    ] {
        for end_of_input in [false, true] {
            let options = ParseOptions {
                end_of_input,
                ..ParseOptions::default()
            };
            assert_eq!(
                error_text(parse_with_options(input, &options)),
                "bash: syntax error: nesting too deep"
            );
        }
    }
    let _ = parse(&deep_backquotes);
    // Nesting just inside the limit works.
    let fine = format!(
        "echo {}x{}",
        "$(echo ".repeat(MAX_NESTING_DEPTH),
        ")".repeat(MAX_NESTING_DEPTH)
    );
    assert!(matches!(parse(&fine), ParseOutcome::Complete(_)));

    let mut odd_inputs: Vec<String> = vec![
        String::new(),
        "\0".into(),
        "\0\0\n\0|\0".into(),
        "\u{1}\u{2}\u{1b}[31m\u{7f}".into(),
        "\r\n\r\n".into(),
        "'\"`$({[<>|&;)}]".into(),
        ")))(((".into(),
        "${${${".into(),
        "}}}".into(),
        "$'\\".into(),
        "$'\\x".into(),
        "$'\\c".into(),
        "$'\\u{110000}\\UFFFFFFFF'".into(),
        "<<<<<<<<".into(),
        "<<-\n".into(),
        "cat <<".into(),
        "2>&".into(),
        "99999999999999999999999<x".into(),
        "!!!!!".into(),
        "\\\\\\".into(),
        "\u{10ffff}\u{fffd}🙂".into(),
        "`".into(),
        "`\\".into(),
        "\"`".into(),
        "$(`".into(),
        "${x:-`}".into(),
        "${#".into(),
        "${#x".into(),
        "${x#".into(),
        "cat <<E\n$(\nE".into(),
    ];
    odd_inputs.push("a".repeat(1 << 20));
    odd_inputs.push("'".repeat(100_001));
    odd_inputs.push("\\\n".repeat(100_000));
    odd_inputs.push("<<E\n".repeat(10_000));
    odd_inputs.push("|".repeat(100_000));
    odd_inputs.push("echo a |\n".repeat(100_000));
    odd_inputs.push("(".repeat(100_000));
    odd_inputs.push("{ ".repeat(100_000));
    odd_inputs.push("( ".repeat(100_000));
    odd_inputs.push("a | while b; do ".repeat(100_000));
    odd_inputs.push("(((".repeat(1_000));
    odd_inputs.push("${".repeat(100_000));
    odd_inputs.push("\"${x:-".repeat(100_000));
    odd_inputs.push((0u8..=127).map(char::from).collect());
    for input in &odd_inputs {
        for end_of_input in [false, true] {
            let options = ParseOptions {
                end_of_input,
                ..ParseOptions::default()
            };
            let _ = parse_with_options(input, &options);
            let _ = parse_next_command_line(input, &options);
        }
    }
}

#[test]
#[allow(clippy::disallowed_methods)] // a performance bound needs a real clock; tests only
fn large_input_parses_quickly() {
    // A 10 MB here-document, a 10 MB quoted word and a 2 MB line of short words (tests are
    // unoptimised; a release build parses a 10 MB line of 1.9 million words in about 0.4 s).
    let words = "kubectl get pods -n default ".repeat(2 * 1024 * 1024 / 28);
    let here_document = format!(
        "cat <<EOF\n{}EOF\n",
        "apiVersion: v1\n  kind: Pod $x\n".repeat(10 * 1024 * 1024 / 30)
    );
    let quoted = format!("echo '{}'", "x".repeat(10 * 1024 * 1024));
    for input in [&words, &here_document, &quoted] {
        // Speed is measured by the benchmark, not here; this checks large inputs parse whole.
        assert!(matches!(parse(input), ParseOutcome::Complete(_)));
    }
}

#[test]
fn deepest_accepted_nesting_fits_a_small_stack() {
    // wasm32 gives the main thread 1 MiB of stack; an optimised build needs about 4 KiB per
    // level, an unoptimised one about 32 KiB.
    let stack = if cfg!(debug_assertions) {
        2 << 20
    } else {
        256 << 10
    };
    let depth = MAX_NESTING_DEPTH - 1;
    let inputs = [
        format!("echo {}x{}", "$(echo ".repeat(depth), ")".repeat(depth)),
        format!("echo {}x{}", "\"$(echo ".repeat(depth), ")\"".repeat(depth)),
        format!("echo {}x{}", "${a:-".repeat(depth), "}".repeat(depth)),
        format!(
            "echo \"{}x{}\"",
            "${a:-\"".repeat(depth / 2),
            "\"}".repeat(depth / 2)
        ),
        format!("{}echo x{}", "( ".repeat(depth), " )".repeat(depth)),
        format!("{}echo x{}", "{ ".repeat(depth), "; }".repeat(depth)),
        format!(
            "{}echo x{}",
            "ls | while read l; do ".repeat(depth),
            "; done > f".repeat(depth)
        ),
    ];
    let handle = std::thread::Builder::new()
        .stack_size(stack)
        .spawn(move || {
            inputs
                .iter()
                .map(|input| matches!(parse(input), ParseOutcome::Complete(_)))
                .collect::<Vec<bool>>()
        })
        .unwrap();
    assert_eq!(handle.join().unwrap(), vec![true; 7]);
}

#[test]
fn parses_conditional_commands_like_bash() {
    // The messages were checked with bash 5.2 (`bash -c`, a script on stdin and an interactive
    // bash in a pty). For `]]` where a term should start (`[[ ]]`, `[[ ! ]]`, `[[ a && ]]`)
    // bash 5.2 prints nothing; this shell names the token.
    for (input, want) in [
        ("[[ ]]", "bash: syntax error near `]]'"),
        ("[[ ! ]]", "bash: syntax error near `]]'"),
        ("[[ a && ]]", "bash: syntax error near `]]'"),
        (
            "[[ a == ]]",
            "bash: unexpected argument `]]' to conditional binary operator",
        ),
        (
            "[[ a == ",
            "bash: unexpected argument `newline' to conditional binary operator",
        ),
        (
            "[[ a\n",
            "bash: unexpected token `newline', conditional binary operator expected",
        ),
        (
            "[[ -z ]]",
            "bash: unexpected argument `]]' to conditional unary operator",
        ),
        (
            "[[ -z a b ]]",
            "bash: syntax error in conditional expression",
        ),
        (
            "[[ a == b c ]]",
            "bash: syntax error in conditional expression",
        ),
        (
            "[[ ( a ) b ]]",
            "bash: syntax error in conditional expression",
        ),
        ("[[ a b ]]", "bash: conditional binary operator expected"),
        (
            "[[ a \"==\" a ]]",
            "bash: conditional binary operator expected",
        ),
        ("[[ ( a ]]", "bash: unexpected token `]]', expected `)'"),
        ("[[ ( ]]", "bash: expected `)'"),
        (
            "[[ ) ]]",
            "bash: unexpected token `)' in conditional command",
        ),
        (
            "[[ && a ]]",
            "bash: unexpected token `&&' in conditional command",
        ),
        (
            "[[ > a ]]",
            "bash: unexpected token `>' in conditional command",
        ),
        (
            "[[ 1<2 ]]",
            "bash: unexpected token 284 in conditional command",
        ),
        (
            "[[ a =~ a) ]]",
            "bash: syntax error in conditional expression: unexpected token `)'",
        ),
        (
            "[[ a == b ; ]]",
            "bash: syntax error in conditional expression: unexpected token `;'",
        ),
        (
            "[[ a; ]]",
            "bash: unexpected token `;', conditional binary operator expected",
        ),
        (
            "[[ a ( ]]",
            "bash: unexpected token `(', conditional binary operator expected",
        ),
        (
            "[[ 1 << 2 ]]",
            "bash: unexpected token `<<', conditional binary operator expected",
        ),
        ("[[ a ]] b", "bash: syntax error near unexpected token `b'"),
    ] {
        assert_eq!(error_text(parse(input)), want, "input {input:?}");
    }
    // Newlines may come where a term starts and after a whole term: more lines are needed.
    for input in [
        "[[",
        "[[ a == b &&",
        "[[ a == b",
        "[[ ( a == b",
        "[[ a =~ (x",
    ] {
        assert!(
            matches!(parse(input), ParseOutcome::Incomplete(_)),
            "input {input:?}"
        );
    }
    for (input, want) in [
        ("[[ a == b ]]", "[[ a == b ]]"),
        ("[[ $x =~ ^(a|b c)$ ]] > f", "[[ $x =~ ^(a|b c)$ ]] > f"),
        ("[[ 1 == 1 &&\n  2 < 3 ]]", "[[ 1 == 1 &&\n  2 < 3 ]]"),
        ("! [[ -n $x ]] | cat", "! [[ -n $x ]] | cat"),
    ] {
        assert_eq!(ok(input).to_string(), want, "input {input:?}");
    }
    let program = ok("[[ ! a == b || ( -f x && c =~ (d|e) ) ]]");
    // Like a subshell, it never stands alone as a list's compound: it runs as a command.
    assert!(program.items[0].0.compound.is_none());
    let Some(Compound::Conditional { expression, .. }) =
        program.items[0].0.first.commands[0].compound.as_deref()
    else {
        panic!("not a conditional: {program:?}");
    };
    let CondExpr::Any(terms) = expression else {
        panic!("not an `||`: {expression:?}");
    };
    assert!(matches!(
        terms.as_slice(),
        [CondExpr::Not(_), CondExpr::Group(_)]
    ));
}
