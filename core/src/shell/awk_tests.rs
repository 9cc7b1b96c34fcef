//! Table tests for `awk`: each program and input with the output Debian's mawk 1.3.4 gave
//! for it (recorded with `/usr/bin/awk` = mawk 1.3.4 20200120).

use super::awk;
use crate::kubectl::{Io, Stream};
use crate::shell::builtins::Stdin;
use crate::vfs::Vfs;

fn run(args: &[&str], input: &str) -> (String, String, i32) {
    let mut io = Io::default();
    let fs = Vfs::default();
    let status = awk(args, &Stdin::text(Some(input)), &mut io, &fs);
    (io.text(Stream::Stdout), io.text(Stream::Stderr), status)
}

#[test]
fn programs_match_mawk() {
    let cases: &[(&str, &str, &str, i32)] = &[
        ("{print $1}", "a b c\nd e f\n", "a\nd\n", 0),
        ("NR>1 && $3==\"Running\" {print $1}", "NAME READY STATUS\nweb-1 1/1 Running\nweb-2 0/1 Pending\n", "web-1\n", 0),
        ("{print $1\"/\"$2}", "ns1 pod1\nns2 pod2\n", "ns1/pod1\nns2/pod2\n", 0),
        ("/worker/ {print $6}", "n1 Ready control 1d v1 10.0.0.1\nworker-1 Ready <none> 1d v1 10.0.0.2\n", "10.0.0.2\n", 0),
        ("{n++} END {print n}", "a\nb\nc\n", "3\n", 0),
        ("{s+=$2} END {printf \"%d\\n\", s}", "a 10m\nb 25m\nc 5\n", "40\n", 0),
        ("{print NF, $NF}", "a b c\n\n  x  \n", "3 c\n0 \n1 x\n", 0),
        ("BEGIN{print 1e6, 1e7, 123456789, 0.1+0.2, 1/3, 100000000000000000000, -0}", "", "1000000 10000000 123456789 0.3 0.333333 1e+20 0\n", 0),
        ("BEGIN{x=\"10\"; y=\"9\"; print (x<y), (\"10\"<\"9\"), (x+0<y+0)}", "", "1 1 0\n", 0),
        ("{print ($1<$2), ($1==$2)}", "10 9\nabc abd\n10 10.0\n", "0 0\n1 0\n0 1\n", 0),
        ("BEGIN{print substr(\"hello\",2,3), substr(\"hello\",0), substr(\"hello\",4,100), index(\"abc\",\"c\")}", "", "ell hello lo 3\n", 0),
        ("{print length(), length($1), length}", "hello world\n", "11 5 11\n", 0),
        ("{print toupper($1) tolower(\"AB\")}", "abc\n", "ABCab\n", 0),
        ("BEGIN{printf \"%c%c%s|%5.2f|%-4d|%x|%5s|%.2s|%%\\n\", 65, \"hi\", 3.0, 3.14159, 7, 255, \"ab\", \"abcdef\"}", "", "Ah3| 3.14|7   |ff|   ab|ab|%\n", 0),
        ("{$3 = \"X\"; print; print NF}", "a b\n", "a b X\n3\n", 0),
        ("BEGIN{OFS=\"-\"}{$1=$1; print; print $1, $2}", "a b\n", "a-b\na-b\n", 0),
        ("{NF=1; print}", "a b c\n", "a\n", 0),
        ("BEGIN{exit 3} END{print \"end\"}", "", "end\n", 3),
        ("{if ($1 > 5) print \"big\"; else print \"small\"}", "3\n10\n", "small\nbig\n", 0),
        ("{if ($1 ~ /^a/) {print \"A:\" $0} else if ($1 !~ /b/) print \"other\"; else print \"B\"}", "apple\nbanana\ncherry\n", "A:apple\nB\nother\n", 0),
        ("$1 == \"x\" {next} {print}", "x 1\ny 2\n", "y 2\n", 0),
        ("NR==2 {exit} {print}", "a\nb\nc\n", "a\n", 0),
        ("{print $1 $2, $1 + $2, $1 - -$2, $1 * 2, $1 / 4, $1 % 3, 2 ^ 10, -2 ^ 2}", "10 9\n", "109 19 19 20 2.5 1 1024 -4\n", 0),
        ("BEGIN{n=split(\"a:b:c\",a,\":\"); print n, a[1], a[3]}", "", "3 a c\n", 0),
        ("{a[$1]+=$2} END {print a[\"x\"], a[\"y\"]}", "x 1\ny 2\nx 3\n", "4 2\n", 0),
        ("{x = $1; x++; ++x; x--; x += 10; x -= 1; x *= 2; x /= 4; x %= 4; print x}", "5\n", "3.5\n", 0),
        ("!/skip/", "keep\nskip this\nkeep too\n", "keep\nkeep too\n", 0),
        ("NR % 2", "1\n2\n3\n", "1\n3\n", 0),
        ("$2", "a 1\nb 0\nc\nd x\n", "a 1\nd x\n", 0),
        ("{print NR\": \"$0}", "x\ny\n", "1: x\n2: y\n", 0),
        ("BEGIN{x = 1; print x == 1 ? \"one\" : \"other\"}", "", "one\n", 0),
        ("{sub(/o/, \"0\"); print; gsub(/[aeiu]/, \"<&>\", $2); print}", "foo bar baz\n", "f0o bar baz\nf0o b<a>r baz\n", 0),
        ("{print int($1), int(-3.9)}", "3.9abc\n", "3 -3\n", 0),
        ("BEGIN{printf \"%s %d %5.1f%%\\n\", \"cpu\", 42.9, 12.345}", "", "cpu 42  12.3%\n", 0),
        ("BEGIN{print length(12345), 1==1.0, \"a\" < \"b\", 2 < 10, \"2\" < \"10\"}", "", "5 1 1 1 0\n", 0),
        ("{ print $(NF-1) }", "a b c\n", "b\n", 0),
        ("BEGIN { printf(\"%s-%s\\n\", \"a\", \"b\") }", "", "a-b\n", 0),
        ("BEGIN { print(\"x\", \"y\") }", "", "x y\n", 0),
        ("{ print sprintf(\"%03d\", $1) }", "7\n", "007\n", 0),
        ("{c[$3]++} END {for (s in c) n++; print n, c[\"Running\"], (\"Pending\" in c), (\"Gone\" in c)}", "a 1/1 Running\nb 0/1 Pending\nc 1/1 Running\n", "2 2 1 0\n", 0),
        ("BEGIN {for (i = 1; i <= 3; i++) printf \"%d \", i; print \"\"}", "", "1 2 3 \n", 0),
        ("BEGIN {i = 0; while (i < 10) {i++; if (i == 2) continue; if (i > 4) break; print i}}", "", "1\n3\n4\n", 0),
        ("{for (i = NF; i > 0; i--) printf \"%s%s\", $i, (i > 1 ? OFS : ORS)}", "a b c\n", "c b a\n", 0),
        ("{a[NR] = $0} END {for (i = NR; i >= 1; i--) print a[i]}", "x\ny\nz\n", "z\ny\nx\n", 0),
        ("BEGIN {a[\"k\"] = 1; delete a[\"k\"]; print (\"k\" in a), length(a[\"k\"])}", "", "0 0\n", 0),
        ("BEGIN {a[1]; a[2]; delete a; for (k in a) n++; print n + 0}", "", "0\n", 0),
        ("BEGIN {a[1, 2] = 3; print ((1, 2) in a), a[1 SUBSEP 2]}", "", "1 3\n", 0),
        ("BEGIN {print 100000 * 100000, 2^31 - 1, 2^31, -2^31 + 1, 0.000001, 123456.7}", "", "1e+10 2147483647 2.14748e+09 -2147483647 1e-06 123457\n", 0),
        ("BEGIN {CONVFMT = \"%.2f\"; x = 3.14159; print x, x \"\"; y = 3; print y \"\"}", "", "3.14159 3.14\n3\n", 0),
        ("BEGIN {OFMT = \"%.2f\"; x = 3.14159; print x, x \"\"}", "", "3.14 3.14159\n", 0),
        ("BEGIN {s = \"aaa\"; print gsub(/a*/, \"-\", s), s; t = \"abc\"; print gsub(/x*/, \"-\", t), t}", "", "1 -\n4 -a-b-c-\n", 0),
        ("BEGIN {s = \"a.b.c\"; gsub(\".\", \"x\", s); print s; s = \"a.b.c\"; gsub(/\\./, \"x\", s); print s}", "", "xxxxx\naxbxc\n", 0),
        ("BEGIN {s = \"path/to/file\"; sub(/.*\\//, \"\", s); print s}", "", "file\n", 0),
        ("BEGIN {s = \"foo\"; sub(/o/, \"[&][\\\\&]\", s); print s}", "", "f[o][&]o\n", 0),
        ("BEGIN {print 1 < 2 < 3, (3 > 2)}", "", "1 1\n", 0),
        ("{print NR, FNR, FILENAME \"|\"}", "a\n", "1 1 -|\n", 0),
        ("BEGIN {x; print x == 0, x == \"\", length(x)}", "", "1 1 0\n", 0),
        ("{print ($0 == 10), ($0 < 9)}", " 10 \n", "1 0\n", 0),
        ("BEGIN {printf \"%5.1f|%-5s|%05d|%+d|%e|%g|%G\\n\", 3.14159, \"ab\", 42, 5, 12345.678, 0.0001234, 1e-10}", "", "  3.1|ab   |00042|+5|1.234568e+04|0.0001234|1E-10\n", 0),
        ("BEGIN {print -3 % 2, 7 % -3, 2 ^ -1, 2 ^ 3 ^ 2}", "", "-1 1 0.5 512\n", 0),
        ("{$5 = \"e\"; print; print NF}", "a b c\n", "a b c  e\n5\n", 0),
        ("{NF = 5; print; $0 = \"x y\"; print $2, NF}", "a b c\n", "a b c  \ny 2\n", 0),
        ("{print $1++ + ++$1, $1}", "1\n", "4 3\n", 0),
        ("BEGIN {n = split(\"  a  b  \", parts); print n, parts[1], parts[2]; n = split(\"a1b2c\", p, /[0-9]/); print n, p[3]}", "", "2 a b\n3 c\n", 0),
        ("NR > 1 {split($2, r, \"/\"); if (r[1] != r[2]) print $1, \"not ready\"; else print $1, \"ready\"}", "NAME READY\nweb-1 1/1\nweb-2 0/1\n", "web-1 ready\nweb-2 not ready\n", 0),
    ];
    for (program, input, expected, status) in cases {
        let (stdout, stderr, code) = run(&[program], input);
        assert_eq!(
            (stdout.as_str(), stderr.as_str(), code),
            (*expected, "", *status),
            "program {program:?}"
        );
    }
}

#[test]
fn errors_match_mawk() {
    // Program, stdout, stderr, status; the input is `a b`.
    let cases: &[(&str, &str, &str, i32)] = &[
        ("{print $1", "", "awk: line 2: missing } near end of file\n", 2),
        ("{print $1}}", "", "awk: line 1: extra '}'\nawk: line 1: syntax error at or near end of line\n", 2),
        ("BEGIN{x = }", "", "awk: line 1: syntax error at or near }\n", 2),
        ("/a(/", "", "awk: line 1: regular expression compile failed (missing ')')\na(\n", 2),
        ("@", "", "awk: 1: unexpected character '@'\n", 2),
        ("{print $-1}", "", "awk: run time error: negative field index $-1\n\tFILENAME=\"-\" FNR=1 NR=1\n", 2),
        ("BEGIN{printf \"%d %d\\n\", 1}", "1 ", "awk: run time error: not enough arguments passed to printf(\"%d %d\n\")\n\tFILENAME=\"\" FNR=0 NR=0\n", 2),
        ("BEGIN{print 1/0, -1/0}", "inf -inf\n", "", 0),
        ("BEGIN{x = 1 +}", "", "awk: line 1: syntax error at or near }\n", 2),
        ("{print $1,", "", "awk: line 2: missing } near end of file\n", 2),
        ("BEGIN", "", "awk: line 1: syntax error at or near end of line\n", 2),
    ];
    for (program, expected_out, expected_err, status) in cases {
        let (stdout, stderr, code) = run(&[program], "a b\n");
        assert_eq!(
            (stdout.as_str(), stderr.as_str(), code),
            (*expected_out, *expected_err, *status),
            "program {program:?}"
        );
    }
}

#[test]
fn options() {
    assert_eq!(run(&["-F:", "{print $1}"], "root:x:0\n").0, "root\n");
    assert_eq!(run(&["-F", ":", "{print $3}"], "root:x:0\n").0, "0\n");
    assert_eq!(run(&["-F", "\\t", "{print $2}"], "a b\tc\n").0, "c\n");
    assert_eq!(run(&["-F", "[:,]", "{print $2 $3}"], "a:b,c\n").0, "bc\n");
    assert_eq!(run(&["-v", "x=1", "BEGIN{print x}"], "").0, "1\n");
    assert_eq!(run(&["-vx=a\\tb", "BEGIN{print x}"], "").0, "a\tb\n");
    assert_eq!(run(&["{print x, $1}", "x=5", "-"], "a\n").0, "5 a\n");
}

#[test]
fn unsupported_features_are_named() {
    for program in [
        "BEGIN { do x++; while (x < 3) }",
        "{ getline; print }",
        "function f(x) { return x } { print f($1) }",
        "{ print > \"out\" }",
        "{ print | \"sort\" }",
        "/a/,/b/",
        "{ print (1, 2) + 1 }",
        "{ print system(\"ls\") }",
    ] {
        let (stdout, stderr, code) = run(&[program], "a\n");
        assert_eq!(stdout, "", "{program}");
        assert!(
            stderr.starts_with("awk: the playground's awk does not support "),
            "{program}: {stderr}"
        );
        assert_eq!(code, 2, "{program}");
    }
}

#[test]
fn hostile_programs_end() {
    let deep = format!(
        "BEGIN {{ print {}1{} }}",
        "(".repeat(5000),
        ")".repeat(5000)
    );
    assert_eq!(run(&[&deep], "").2, 2);
    let minus = format!("BEGIN {{ print {}1 }}", "-".repeat(5000));
    assert_eq!(run(&[&minus], "").2, 2);
    let braces = format!("BEGIN {}", "{".repeat(5000));
    assert_eq!(run(&[&braces], "").2, 2);
    let doubling = "{ x = x x \"aaaaaaaaaaaaaaaa\" x } END { print length(x) }";
    let input = "a\n".repeat(40);
    let (_, stderr, code) = run(&[doubling], &input);
    assert_eq!(code, 2);
    assert!(stderr.contains("strings over 1 MiB"), "{stderr}");
    assert_eq!(run(&["{ $100000 = 1 }"], "a\n").2, 2);
    let (_, stderr, code) = run(&["BEGIN { while (1) n++ }"], "");
    assert_eq!(code, 2);
    assert!(
        stderr.contains("loops that run over 1,000,000 times"),
        "{stderr}"
    );
    let (_, stderr, code) = run(&["BEGIN { for (;;) for (;;) s = s \"x\" }"], "");
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("over 64 MiB"), "{stderr}");
    for program in [
        "BEGIN { s = \"x\"; for (i = 0; i < 20; i++) s = s s; for (;;) if (s ~ /y/) n++ }",
        "{ for (;;) $32767 = \"x\" }",
        "BEGIN { s = sprintf(\"%65535s\", \"\"); for (;;) n += length(s) + index(s, \"y\") }",
        "BEGIN { s = sprintf(\"%65535s\", \"\"); for (;;) gsub(/ /, \" \", s) }",
    ] {
        let (_, stderr, code) = run(&[program], "a\n");
        assert_eq!(code, 2, "{program}: {stderr}");
    }
    assert_eq!(run(&["BEGIN { printf \"%999999999d\", 1 }"], "").2, 0);
}
