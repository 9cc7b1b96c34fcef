//! Tests for the Go `text/template` port.
//!
//! `GOLDEN` holds runs of the real kubectl 1.37.1 (Go 1.26):
//! `kubectl label --local -f <object> k- -o go-template=<template>` (plus
//! `--allow-missing-template-keys=false` when `strict`). The objects are the "raw data" kubectl
//! printed for them, i.e. exactly what its template engine received; the expected output is
//! kubectl's stdout before `Error executing template: `, the error what followed it (execution)
//! or what `error: error parsing template <text>, ` was followed by on stderr (parse).
//! Invalid UTF-8 in kubectl's output is compared as U+FFFD, as `execute` returns it.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use super::*;
use serde_json::json;

/// How kubectl finished: output only, output then an execution error, or a parse error.
enum Outcome {
    Ok,
    Exec(&'static str),
    Parse(&'static str),
}

struct Golden {
    data: &'static str,
    strict: bool,
    template: &'static str,
    output: &'static str,
    outcome: Outcome,
}

const fn ok(
    data: &'static str,
    strict: bool,
    template: &'static str,
    output: &'static str,
) -> Golden {
    Golden {
        data,
        strict,
        template,
        output,
        outcome: Outcome::Ok,
    }
}

const fn exec(
    data: &'static str,
    strict: bool,
    template: &'static str,
    output: &'static str,
    error: &'static str,
) -> Golden {
    Golden {
        data,
        strict,
        template,
        output,
        outcome: Outcome::Exec(error),
    }
}

const fn parse(template: &'static str, error: &'static str) -> Golden {
    Golden {
        data: "{}",
        strict: false,
        template,
        output: "",
        outcome: Outcome::Parse(error),
    }
}

const THING: &str = r#"{"apiVersion":"example.com/v1","b":true,"bf":false,"big":1e+300,"e":{},"el":[],"es":"","f":1.5,"huge":18446744073709552000,"i":3,"kind":"Thing","l":[1,"a",2.5,null,[1,2],{"x":1}],"m":{"a":1,"b":2},"metadata":{"labels":{},"name":"t1"},"n":null,"neg":-7,"s":"hello","z":0,"zf":0}"#;
const POD: &str = r#"{"apiVersion":"v1","kind":"Pod","metadata":{"labels":{},"name":"kubia-manual"},"spec":{"containers":[{"image":"luksa/kubia","name":"kubia","ports":[{"containerPort":8080,"protocol":"TCP"}]}]}}"#;
const SECRET: &str = r#"{"apiVersion":"v1","data":{"binary":"/w==","empty":"","multi":"bGluZTEKbGluZTI=","password":"cGFzc3dvcmQ="},"kind":"Secret","metadata":{"annotations":{"note":"héllo wörld ☃ \u003cb\u003e\u0026\u003c/b\u003e"},"labels":{"app":"web","tier":"backend"},"name":"creds","namespace":"default"},"type":"Opaque"}"#;
const WIDGET: &str = r#"{"apiVersion":"example.com/v1","kind":"Widget","metadata":{"annotations":{"a/b":"x=1"},"labels":{"app":"web","app.kubernetes.io/name":"widget"},"name":"w1"},"spec":{"bigf":150000000000000000000,"containers":[{"image":"nginx:1.25","name":"app","ports":[{"containerPort":80},{"containerPort":443}],"resources":{"limits":{"cpu":"500m","memory":"128Mi"}}},{"args":["sh","-c","echo hi"],"image":"busybox","name":"side"}],"deep":{"a":{"b":{"c":[{"d":[1,[2,[3]]]}]}}},"exp":2,"large":123456789012,"list":[],"neg":-0.5,"one":1,"ratio":0.75,"replicas":3,"tiny":1e-7},"status":{"conditions":[{"status":"True","type":"Ready"},{"status":"False","type":"Progressing"}],"nl":"l1\nl2","quote":"say \"hi\"","tab":"a\tb","unicode":"日本語"}}"#;
const GOLDEN: &[Golden] = &[
    // Basics, errors and types first explored.
    ok(POD, false, r#"{{.metadata.name}}{{"\n"}}"#, r"kubia-manual
"),
    ok(THING, false, r"{{.nope.x.y}}", r"<no value>"),
    exec(THING, false, r"{{.n.x}}", r"", r#"template: output:1:4: executing "output" at <.n.x>: nil pointer evaluating interface {}.x"#),
    exec(THING, false, r"{{.s.x}}", r"", r#"template: output:1:4: executing "output" at <.s.x>: can't evaluate field x in type interface {}"#),
    exec(THING, false, r"{{with .s}}{{.x}}{{end}}", r"", r#"template: output:1:13: executing "output" at <.x>: can't evaluate field x in type string"#),
    exec(THING, false, r"{{range .l}}{{.x}}{{end}}", r"", r#"template: output:1:14: executing "output" at <.x>: can't evaluate field x in type interface {}"#),
    exec(THING, false, r"{{len .n}}", r"", r#"template: output:1:2: executing "output" at <len .n>: error calling len: len of nil pointer"#),
    exec(THING, false, r"{{len .missing}}", r"", r#"template: output:1:2: executing "output" at <len .missing>: error calling len: reflect: call of reflect.Value.Type on zero Value"#),
    exec(THING, false, r"{{index .n 0}}", r"", r#"template: output:1:2: executing "output" at <index .n 0>: error calling index: index of untyped nil"#),
    exec(THING, false, r"{{range .s}}{{.}}{{end}}", r"", r#"template: output:1:8: executing "output" at <.s>: range can't iterate over hello"#),
    exec(THING, false, r"{{call .s}}", r"", r#"template: output:1:2: executing "output" at <call .s>: error calling call: non-function .s of type string"#),
    exec(THING, false, r"{{call .missing}}", r"", r#"template: output:1:2: executing "output" at <call .missing>: error calling call: call of nil"#),
    ok(THING, false, r"{{slice .l 0 4}}", r"[1 a 2.5 <nil>]"),
    ok(THING, false, r"{{slice .l 1 7}}", r"[a 2.5 <nil> [1 2] map[x:1] <nil>]"),
    exec(THING, false, r"{{index .metadata.name.first.second.third 5}}", r"", r#"template: output:1:17: executing "output" at <.metadata.name.first.second.third>: can't evaluate field first in type interface {}"#),
    exec(THING, false, r"{{if index .l 9}}x{{end}}", r"", r#"template: output:1:5: executing "output" at <index .l 9>: error calling index: index out of range: 9"#),
    exec(THING, false, r"{{(index .l 9)}}", r"", r#"template: output:1:3: executing "output" at <index .l 9>: error calling index: index out of range: 9"#),
    parse(r"{{ .x ) }}", r"template: output:1: unexpected right paren"),
    parse(r"{{.x", r"template: output:1: unclosed action"),
    parse(r"{{/* x", r"template: output:1: unclosed comment"),
    parse(r"{{/* x */ y}}", r"template: output:1: comment ends before closing delimiter"),
    parse(r"a
{{.x
}}b{{", r"template: output:3: unclosed action"),
    parse(r#"{{"abc}}"#, r"template: output:1: unterminated quoted string"),
    parse(r"{{`abc}}", r"template: output:1: unterminated raw quoted string"),
    parse(r"{{'ab'}}", r"template: output:1: malformed character constant: 'ab'"),
    parse(r"{{089}}", r#"template: output:1: integer overflow: "089""#),
    parse(r"{{0x}}", r#"template: output:1: illegal number syntax: "0x""#),
    parse(r"{{1e400}}", r#"template: output:1: illegal number syntax: "1e400""#),
    exec(THING, false, r"{{18446744073709551615}}", r"", r#"template: output:1:2: executing "output" at <18446744073709551615>: 18446744073709551615 overflows int"#),
    parse(r"{{18446744073709551616}}", r#"template: output:1: integer overflow: "18446744073709551616""#),
    ok(THING, false, r"{{1+2i}} {{3i}} {{0x1p4}} {{1_000}} {{0o17}} {{0b11}} {{017}} {{.5}} {{1.}} {{-0}} {{+5}}", r"(1+2i) (0+3i) 16 1000 15 3 15 0.5 1 0 5"),
    parse(r#"{{"\q"}}"#, r"template: output:1: invalid syntax"),
    parse(r"{{foo}}", r#"template: output:1: function "foo" not defined"#),
    parse(r"{{.x | 3}}", r"template: output:1: non executable command in pipeline stage 2"),
    parse(r"{{$x}}", r#"template: output:1: undefined variable "$x""#),
    exec(THING, false, r"{{$x = 1}}", r"", r#"template: output:1:7: executing "output" at <1>: undefined variable: $x"#),
    parse(r"{{break}}", r"template: output:1: {{break}} outside {{range}}"),
    ok(THING, false, r"{{range .l}}{{break}}{{end}}x", r"x"),
    parse(r"{{else}}", r"template: output:1: unexpected {{else}}"),
    parse(r"{{end}}", r"template: output:1: unexpected {{end}}"),
    parse(r"{{if}}{{end}}", r"template: output:1: missing value for if"),
    parse(r"{{if .x}}", r"template: output:1: unexpected EOF"),
    parse(r#"{{define "a"}}x{{end}}{{define "a"}}y{{end}}"#, r#"template: output:1: template: multiple definition of template "a""#),
    exec(THING, false, r#"{{template "zz"}}"#, r"", r#"template: output:1:11: executing "output" at <{{template "zz"}}>: template "zz" not defined"#),
    parse(r"{{.x.}}", r"template: output:1: unexpected <.> in operand"),
    parse(r"{{.x#}}", r"template: output:1: bad character U+0023 '#'"),
    parse(r"{{3.x}}", r#"template: output:1: bad number syntax: "3.x""#),
    exec(THING, false, r"{{nil}}", r"", r#"template: output:1:2: executing "output" at <nil>: nil is not a command"#),
    ok(THING, false, r"{{print nil}}", r"<nil>"),
    exec(THING, false, r"{{(1) 2}}", r"", r#"template: output:1:2: executing "output" at <(1) 2>: can't give argument to non-function 1"#),
    parse(r"{{range $i, $v, $w := .l}}{{end}}", r"template: output:1: too many declarations in range"),
    parse(r"{{with $i, $v := .l}}{{end}}", r"template: output:1: too many declarations in with"),
    parse(r"{{range $i, 3}}{{end}}", r"template: output:1: range can only initialize variables"),
    ok(THING, false, r"{{range 3}}{{.}}{{end}}", r"012"),
    ok(THING, false, r#"{{range $x := .i}}{{printf "%T" $x}}{{end}}"#, r"int64int64int64"),
    exec(THING, false, r"{{range $i, $v := 3}}{{end}}", r"", r#"template: output:1:18: executing "output" at <3>: can't use 3 to iterate over more than one variable"#),
    exec(THING, false, r"{{range .f}}{{end}}", r"", r#"template: output:1:8: executing "output" at <.f>: range can't iterate over 1.5"#),
    ok(THING, false, r"{{range -2}}x{{else}}none{{end}}", r"none"),
    ok(THING, false, r#"{{print 1 2 "a" "b" 3 .l .s .f}}"#, r"1 2ab3 [1 a 2.5 <nil> [1 2] map[x:1]]hello1.5"),
    ok(THING, false, r#"{{println 1 "a" 2}}"#, r"1 a 2
"),
    exec(THING, false, r"{{eq 1.5 1}}", r"", r#"template: output:1:2: executing "output" at <eq 1.5 1>: error calling eq: incompatible types for comparison: float64 and int"#),
    ok(THING, false, r"{{eq .i 3}}", r"true"),
    exec(THING, false, r"{{eq .l 3}}", r"", r#"template: output:1:2: executing "output" at <eq .l 3>: error calling eq: incompatible types for comparison: []interface {} and int"#),
    ok(THING, false, r"{{eq .n nil}}", r"true"),
    ok(THING, false, r"{{eq .missing .n}}", r"true"),
    exec(THING, false, r"{{lt .s 3}}", r"", r#"template: output:1:2: executing "output" at <lt .s 3>: error calling lt: incompatible types for comparison: string and int"#),
    exec(THING, false, r"{{lt true false}}", r"", r#"template: output:1:2: executing "output" at <lt true false>: error calling lt: invalid type for comparison"#),
    exec(THING, false, r"{{eq}}", r"", r#"template: output:1:2: executing "output" at <eq>: wrong number of args for eq: want at least 1 got 0"#),
    exec(THING, false, r"{{eq 1}}", r"", r#"template: output:1:2: executing "output" at <eq 1>: error calling eq: missing argument for comparison"#),
    exec(THING, false, r"{{ne 1 2 3}}", r"", r#"template: output:1:2: executing "output" at <ne>: wrong number of args for ne: want 2 got 3"#),
    ok(THING, false, r"{{eq 1 2 3 1}}", r"true"),
    exec(THING, false, r"{{eq .m .m}}", r"", r#"template: output:1:2: executing "output" at <eq .m .m>: error calling eq: non-comparable type map[a:%!s(int64=1) b:%!s(int64=2)]: map[string]interface {}"#),
    exec(THING, false, r#"{{eq "a" .l}}"#, r"", r#"template: output:1:2: executing "output" at <eq "a" .l>: error calling eq: incompatible types for comparison: string and []interface {}"#),
    exec(THING, false, r"{{lt .l .l}}", r"", r#"template: output:1:2: executing "output" at <lt .l .l>: error calling lt: invalid type for comparison"#),
    ok(THING, false, r#"{{printf "%T %T %T %T %T %T" 1 1.5 "a" true (index "ab" 0) 2i}}"#, r"int float64 string bool uint8 complex128"),
    ok(THING, false, r#"{{printf "%T" nil}}"#, r"<nil>"),
    ok(THING, false, r#"{{printf "%T" .missing}}"#, r"<nil>"),
    ok(THING, false, r#"{{printf "%v|%d|%s" .missing .missing .missing}}"#, r"<nil>|%!d(<nil>)|%!s(<nil>)"),
    ok(THING, false, r"{{html .missing}} {{js .missing}} {{urlquery .missing}}", r"&lt;no value&gt; \u003Cno value\u003E %3Cno+value%3E"),
    ok(THING, false, r#"{{and 1 0 2}} {{or 0 "" 3}} {{and 1 2}} {{or 0 ""}} {{not .l}} {{not .el}}"#, r"0 3 2  false true"),
    exec(THING, false, r"{{and}}", r"", r#"template: output:1:2: executing "output" at <and>: wrong number of args for and: want at least 1 got 0"#),
    ok(THING, false, r"{{.i | and 1}}", r"3"),
    ok(THING, false, r"{{0 | or 1}}", r"1"),
    ok(THING, false, r#"{{printf "%-05d|%05s|%05q|%05.1f|%-05s|%05t|%5t|%05v|%x|%X|% x|%#x|%# x" 3 "ab" "ab" 2.25 "ab" true false "x" "hi" "hi" "hi" "hi" "hi"}}"#, r#"3    |000ab|0"ab"|002.2|ab   |0true|false|0000x|6869|6869|68 69|0x6869|0x68 0x69"#),
    ok(THING, false, r#"{{printf "%#v %#v %#v %#v %#v %#v %#v" 1.0 .m .l "s" .i (index "a" 0) .f}}"#, r#"1 map[string]interface {}{"a":1, "b":2} []interface {}{1, "a", 2.5, interface {}(nil), []interface {}{1, 2}, map[string]interface {}{"x":1}} "s" 3 0x61 1.5"#),
    ok(THING, false, r#"{{printf "%v %.3v %10.4v %e %E %.2e %g %G %.3g %f %F %.1f %b %x %X %#g %#.3x" 1e6 3.14159 3.14159 1234.5678 1e-7 0.000123 1e21 1e-5 100.0 2.5 2.5 0.05 1.0 1.5 1.5 1.0 1.0}}"#, r"1e+06 3.14      3.142 1.234568e+03 1.000000E-07 1.23e-04 1e+21 1E-05 100 2.500000 2.500000 0.1 4503599627370496p-52 0x1.8p+00 0X1.8P+00 1.00000 0x1.000p+00"),
    ok(THING, false, r#"{{printf "%d %5d %-5d| %05d %+d % d %x %X %o %O %b %#x %#o %c %q %U %#U %.3d %8.3d" 42 42 42 -42 42 42 255 255 8 8 5 255 8 65 65 65 65 7 7}}"#, r"42    42 42   | -0042 +42  42 ff FF 10 0o10 101 0xff 010 A 'A' U+0041 U+0041 'A' 007      007"),
    ok(THING, false, r#"{{printf "%s %d %t %z" 1 "a" 1 2}}"#, r"%!s(int=1) %!d(string=a) %!t(int=1) %!z(int=2)"),
    ok(THING, false, r#"{{printf "%d %d" 1}}"#, r"1 %!d(MISSING)"),
    ok(THING, false, r#"{{printf "%d" 1 2 "x"}}"#, r"1%!(EXTRA int=2, string=x)"),
    ok(THING, false, r#"{{printf "%" 1}}"#, r"%!(NOVERB)%!(EXTRA int=1)"),
    ok(THING, false, r#"{{printf "%*d|%-*d|%.*f|%*d" 5 1 5 2 2 3.14159 "x" 4}}"#, r"    1|2    |3.14|%!(BADWIDTH)4"),
    ok(THING, false, r#"{{printf "%[2]d %[1]d %[3]d %d" 1 2}}"#, r"2 1 %!d(BADINDEX) 2"),
    ok(THING, false, r#"{{printf "%5v|%-6v|%x" .l .m .l}}"#, r"[    1     a   2.5 <nil> [    1     2] map[    x:    1]]|map[a     :1      b     :2     ]|[1 61 0x1.4p+01 <nil> [1 2] map[78:1]]"),
    ok(THING, false, r#"{{printf "%q %+q %#q %q" "héllo\n" "héllo" "a`b" "ab"}}"#, r#""héllo\n" "h\u00e9llo" "a`b" "ab""#),
    ok(THING, false, r#"{{printf "%.2s|%.0s|%5.1s|%x" "héllo" "abc" "xyz" "é"}}"#, r"hé||    x|c3a9"),
    ok(THING, false, r#"{{printf "%v %d %s" .n .n .n}}"#, r"<nil> %!d(<nil>) %!s(<nil>)"),
    ok(THING, false, r#"{{printf "%p" 1}}"#, r"%!p(int=1)"),
    ok(THING, false, r#"{{printf "%T %T %T" .l .m .i}}"#, r"[]interface {} map[string]interface {} int64"),
    ok(THING, false, r#"{{printf "%6.2f|%-8.3e|%+.1e|%08.3f|%+08d|%x" -1.5 1234.5 0.0 -3.14159 42 -255}}"#, r" -1.50|1.234e+03|+0.0e+00|-003.142|+0000042|-ff"),
    ok(THING, false, r#"{{printf "%v" 1i}} {{printf "%.2f" 1+2i}} {{printf "%d" 2i}}"#, r"(0+1i) (1.00+2.00i) %!d(complex128=(0+2i))"),
    ok(THING, false, r#"{{printf "%c|%c|%q" 1114112 -1 0}}"#, r"�|�|'\x00'"),
    exec(THING, true, r"{{.metadata.nope}}", r"", r#"template: output:1:11: executing "output" at <.metadata.nope>: map has no entry for key "nope""#),
    exec(THING, true, r"{{.nope.x}}", r"", r#"template: output:1:7: executing "output" at <.nope.x>: map has no entry for key "nope""#),
    exec(THING, true, r#"{{template "x"}}{{define "x"}}{{.a}}{{end}}"#, r"", r#"template: output:1:32: executing "x" at <.a>: nil data; no entry for key "a""#),
    ok(THING, false, r#"{{template "x"}}{{define "x"}}{{.a}}{{end}}"#, r"<no value>"),
    ok(THING, false, r#"{{template "x" .m}}{{define "x"}}[{{.a}}]{{end}}"#, r"[1]"),
    exec(THING, false, r#"{{define "x"}}{{.a}}{{.zz.q.r}}{{len 3}}{{end}}{{template "x" .m}}"#, r"1<no value>", r#"template: output:1:33: executing "x" at <len 3>: error calling len: len of type int"#),
    exec(THING, false, r#"{{define "r"}}{{template "r" .}}{{end}}{{template "r" .}}"#, r"", r#"template: output:1:25: executing "r" at <{{template "r" .}}>: exceeded maximum template depth (100000)"#),
    ok(THING, false, r"{{.}}", r"map[apiVersion:example.com/v1 b:true bf:false big:1e+300 e:map[] el:[] es: f:1.5 huge:1.8446744073709552e+19 i:3 kind:Thing l:[1 a 2.5 <nil> [1 2] map[x:1]] m:map[a:1 b:2] metadata:map[labels:map[] name:t1] n:<nil> neg:-7 s:hello z:0 zf:0]"),
    ok(POD, false, r"{{.}}", r"map[apiVersion:v1 kind:Pod metadata:map[labels:map[] name:kubia-manual] spec:map[containers:[map[image:luksa/kubia name:kubia ports:[map[containerPort:8080 protocol:TCP]]]]]]"),
    ok(THING, false, r"{{.l}} {{.m}} {{.f}} {{.big}} {{.huge}} {{.z}} {{.zf}} {{.b}} {{.n}} {{.es}}|{{.e}} {{.el}}", r"[1 a 2.5 <nil> [1 2] map[x:1]] map[a:1 b:2] 1.5 1e+300 1.8446744073709552e+19 0 0 true <no value> |map[] []"),
    exec(THING, false, r#"{{base64decode "aGVsbG8="}} {{base64decode "aGVsbG8"}}"#, r"hello ", r#"template: output:1:30: executing "output" at <base64decode "aGVsbG8">: error calling base64decode: base64 decode failed: illegal base64 data at input byte 4"#),
    exec(THING, false, r#"{{base64decode "!!!"}}"#, r"", r#"template: output:1:2: executing "output" at <base64decode "!!!">: error calling base64decode: base64 decode failed: illegal base64 data at input byte 0"#),
    exec(THING, false, r"{{base64decode .i}}", r"", r#"template: output:1:15: executing "output" at <.i>: wrong type for value; expected string; got int64"#),
    exec(THING, false, r"{{base64decode .n}}", r"", r#"template: output:1:15: executing "output" at <.n>: wrong type for value; expected string; got interface {}"#),
    exec(THING, false, r"{{base64decode .missing}}", r"", r#"template: output:1:15: executing "output" at <.missing>: invalid value; expected string"#),
    exec(THING, false, r"{{base64decode 3}}", r"", r#"template: output:1:15: executing "output" at <3>: expected string; found 3"#),
    exec(THING, false, r"{{base64decode nil}}", r"", r#"template: output:1:15: executing "output" at <nil>: cannot assign nil to string"#),
    ok(THING, false, r#"{{"aGk=" | base64decode}}"#, r"hi"),
    ok(THING, false, r#"{{exists . "m" "a"}} {{exists . "m" "zz"}} {{exists .l 3}} {{exists .l 4 0}} {{exists .l 9}} {{exists . "n"}} {{exists .missing}} {{exists "abc" 1}} {{exists . 1}}"#, r"true false false true false false true true false"),
    // Trim markers, comments, positions, variables, range, if/with chains, define/block/template.
    ok(THING, false, r"a  {{- .s -}}  b", r"ahellob"),
    ok(THING, false, r"a 
	{{- .s}}
 b", r"ahello
 b"),
    ok(THING, false, r"{{.s -}}

  x", r"hellox"),
    ok(THING, false, r"{{-3}}", r"-3"),
    ok(THING, false, r"{{- 3 -}}", r"3"),
    ok(THING, false, r"{{3 -}} x", r"3x"),
    ok(THING, false, r"a {{/* c */}} b", r"a  b"),
    ok(THING, false, r"a {{- /* c */ -}} b", r"ab"),
    parse(r"{{ /* c */ }}", r#"template: output:1: unexpected "/" in command"#),
    parse(r"{{/*c*/ }}", r"template: output:1: comment ends before closing delimiter"),
    ok(THING, false, r"{{/* a */}}{{/* b
 c */}}x", r"x"),
    ok(THING, false, r"{{
.s
}}", r"hello"),
    ok(THING, false, "{{.s\r\n}}", r"hello"),
    ok(THING, false, r#"{{.s	| printf "%q"}}"#, r#""hello""#),
    ok(THING, false, r#"{{ .s | printf "%s-%s" "a" }}"#, r"a-hello"),
    exec(THING, false, r"line1
line2 {{.s.x}}", r"line1
line2 ", r#"template: output:2:10: executing "output" at <.s.x>: can't evaluate field x in type interface {}"#),
    exec(THING, false, r"a
b
  {{index .l 10}}", r"a
b
  ", r#"template: output:3:4: executing "output" at <index .l 10>: error calling index: index out of range: 10"#),
    exec(THING, false, r"x
{{if .s}}
  {{len 3}}
{{end}}", r"x

  ", r#"template: output:3:4: executing "output" at <len 3>: error calling len: len of type int"#),
    parse(r"a
{{.x
b", r#"template: output:3: function "b" not defined"#),
    parse(r"a
{{.x )
}}", r"template: output:2: unexpected right paren"),
    ok(THING, false, r"{{.a


|}}", r"<no value>"),
    parse(r#"a

{{"abc
"}}"#, r"template: output:3: unterminated quoted string"),
    parse(r"{{if .s}}

{{else}}
{{else}}{{end}}", r"template: output:4: expected end; found {{else}}"),
    parse(r"{{range .l}}
{{end}}
{{end}}", r"template: output:3: unexpected {{end}}"),
    parse(r"{{if .s}}
{{end", r"template: output:2: unclosed action"),
    parse(r"{{with .s}}x{{else with .i}}y{{end", r"template: output:1: unclosed action"),
    ok(THING, false, r"{{$x := .s}}{{$x}}", r"hello"),
    ok(THING, false, r"{{$x := 1}}{{$x = 2}}{{$x}}", r"2"),
    ok(THING, false, r"{{$x := 1}}{{if true}}{{$x = 2}}{{$y := 3}}{{end}}{{$x}}", r"2"),
    parse(r"{{if true}}{{$y := 3}}{{end}}{{$y}}", r#"template: output:1: undefined variable "$y""#),
    exec(THING, false, r"{{if false}}{{$y := 1}}{{else}}{{$y}}{{end}}", r"", r#"template: output:1:33: executing "output" at <$y>: undefined variable: $y"#),
    ok(THING, false, r"{{$}}", r"map[apiVersion:example.com/v1 b:true bf:false big:1e+300 e:map[] el:[] es: f:1.5 huge:1.8446744073709552e+19 i:3 kind:Thing l:[1 a 2.5 <nil> [1 2] map[x:1]] m:map[a:1 b:2] metadata:map[labels:map[] name:t1] n:<nil> neg:-7 s:hello z:0 zf:0]"),
    ok(THING, false, r"{{$.s}} {{$.m.a}}", r"hello 1"),
    ok(THING, false, r"{{with .m}}{{$.s}} {{.a}}{{end}}", r"hello 1"),
    exec(THING, false, r"{{$x := .m}}{{$x.a}} {{$x.zz}} {{$x.a.b}}", r"1 <no value> ", r#"template: output:1:35: executing "output" at <$x.a.b>: can't evaluate field b in type interface {}"#),
    exec(THING, false, r"{{$x := .s}}{{$x.y}}", r"", r#"template: output:1:16: executing "output" at <$x.y>: can't evaluate field y in type string"#),
    exec(THING, false, r"{{$x := 3}}{{$x 1}}", r"", r#"template: output:1:13: executing "output" at <$x>: can't give argument to non-function $x"#),
    ok(THING, false, r"{{$ := 1}}{{$}}", r"1"),
    parse(r"{{$x, $y := 1}}", r"template: output:1: too many declarations in command"),
    ok(THING, false, r#"{{$x := 1 | printf "%d"}}{{$x}}"#, r"1"),
    parse(r"{{$x :}}", r#"template: output:1: undefined variable "$x""#),
    parse(r"{{$x := }}", r"template: output:1: missing value for command"),
    parse(r"{{$x = }}", r"template: output:1: missing value for command"),
    parse(r"{{$x.a := 1}}", r#"template: output:1: undefined variable "$x""#),
    ok(THING, false, r"{{$1 := 2}}{{$1}}", r"2"),
    ok(THING, false, r"{{range $i, $v := .l}}{{$i}}={{$v}};{{end}}", r"0=1;1=a;2=2.5;3=<no value>;4=[1 2];5=map[x:1];"),
    ok(THING, false, r"{{range $k, $v := .m}}{{$k}}={{$v}};{{end}}", r"a=1;b=2;"),
    ok(THING, false, r"{{range $v := .m}}{{$v}};{{end}}", r"1;2;"),
    ok(THING, false, r"{{range .m}}{{.}};{{end}}", r"1;2;"),
    ok(THING, false, r"{{range .e}}x{{else}}empty{{end}}", r"empty"),
    ok(THING, false, r"{{range .el}}x{{else}}empty{{end}}", r"empty"),
    ok(THING, false, r"{{range .n}}x{{else}}nil{{end}}", r"nil"),
    ok(THING, false, r"{{range .missing}}x{{else}}miss{{end}}", r"miss"),
    exec(THING, false, r"{{range .l}}{{if eq . 2.5}}{{continue}}{{end}}{{.}},{{end}}", r"", r#"template: output:1:17: executing "output" at <eq . 2.5>: error calling eq: incompatible types for comparison: int64 and float64"#),
    ok(THING, false, r"{{range .l}}{{if not .}}{{break}}{{end}}{{.}},{{end}}", r"1,a,2.5,"),
    ok(THING, false, r"{{range $i, $v := .l}}{{if eq $i 2}}{{break}}{{end}}{{$v}}{{end}}", r"1a"),
    ok(THING, false, r"{{$i := 0}}{{range $i = .l}}{{end}}{{$i}}", r"map[x:1]"),
    ok(THING, false, r"{{$i := 0}}{{$v := 0}}{{range $i, $v = .m}}{{end}}{{$i}}{{$v}}", r"b2"),
    exec(THING, false, r"{{range $i, $v = .l}}{{end}}", r"", r#"template: output:1:17: executing "output" at <.l>: undefined variable: $i"#),
    ok(THING, false, r"{{range 3}}{{continue}}{{end}}x", r"x"),
    exec(THING, false, r"{{range .b}}{{end}}", r"", r#"template: output:1:8: executing "output" at <.b>: range can't iterate over true"#),
    ok(THING, false, r"{{range .i}}{{.}}{{end}}", r"012"),
    ok(THING, false, r#"{{range (index "ab" 0)}}{{end}}x"#, r"x"),
    parse(r"{{range .l}}{{$x := .}}{{end}}{{$x}}", r#"template: output:1: undefined variable "$x""#),
    parse(r"{{range $x := .l}}{{end}}{{$x}}", r#"template: output:1: undefined variable "$x""#),
    exec(THING, false, r"{{range .l}}{{range .}}{{.}}{{end}}{{end}}", r"0", r#"template: output:1:20: executing "output" at <.>: range can't iterate over a"#),
    ok(THING, false, r"{{range .l}}[{{.}}]{{end}}", r"[1][a][2.5][<no value>][[1 2]][map[x:1]]"),
    parse(r"{{break 1}}", r#"template: output:1: unexpected "1" in {{break}}"#),
    parse(r"{{range .l}}{{break 1}}{{end}}", r#"template: output:1: unexpected "1" in {{break}}"#),
    parse(r"{{range .l}}{{continue}}{{else}}{{break}}{{end}}", r"template: output:1: {{break}} outside {{range}}"),
    parse(r#"{{range .l}}{{define "x"}}{{end}}{{end}}"#, r"template: output:1: unexpected <define> in command"),
    parse(r#"{{range .l}}{{block "b" .}}{{break}}{{end}}{{end}}"#, r"template: output:1: {{break}} outside {{range}}"),
    ok(THING, false, r"{{if .z}}a{{else if .i}}b{{else}}c{{end}}", r"b"),
    ok(THING, false, r"{{if .z}}a{{else if .zf}}b{{else if .es}}c{{end}}", r""),
    ok(THING, false, r"{{with .missing}}a{{else with .s}}{{.}}{{end}}", r"hello"),
    ok(THING, false, r"{{with .z}}a{{else}}{{.s}}{{end}}", r"hello"),
    ok(THING, false, r"{{with $x := .m}}{{$x.a}}{{.b}}{{end}}", r"12"),
    ok(THING, false, r"{{if $x := .s}}{{$x}}{{end}}", r"hello"),
    parse(r"{{if .s}}{{else if}}{{end}}", r"template: output:1: missing value for if"),
    parse(r"{{range .l}}{{else if .s}}{{end}}", r"template: output:1: unexpected <if> in input"),
    parse(r"{{if .s}}x{{else}}y{{else}}z{{end}}", r"template: output:1: expected end; found {{else}}"),
    parse(r"{{with .s}}{{else if .i}}{{end}}", r"template: output:1: unexpected <if> in input"),
    parse(r"{{if .s}}{{else with .i}}{{end}}", r"template: output:1: unexpected <with> in input"),
    ok(THING, false, r#"{{if .n}}y{{else}}n{{end}} {{if .e}}y{{else}}n{{end}} {{if .l}}y{{else}}n{{end}} {{if .f}}y{{end}} {{if 0.0}}y{{else}}n{{end}} {{if 0i}}y{{else}}n{{end}} {{if "0"}}y{{end}}"#, r"n n y y n n y"),
    parse(r"{{if}}", r"template: output:1: missing value for if"),
    exec(THING, false, r"{{if 1 2}}{{end}}", r"", r#"template: output:1:5: executing "output" at <1>: can't give argument to non-function 1"#),
    parse(r"{{else x}}", r#"template: output:1: unexpected "x" in else"#),
    parse(r"{{end x}}", r#"template: output:1: unexpected "x" in end"#),
    parse(r"{{if .s}}{{end x}}", r#"template: output:1: unexpected "x" in end"#),
    ok(THING, false, r#"{{define "a"}}A{{.}}{{end}}{{template "a" 1}}{{template "a"}}"#, r"A1A<no value>"),
    ok(THING, false, r#"{{block "b" .s}}[{{.}}]{{end}}"#, r"[hello]"),
    parse(r#"{{define "b"}}B{{end}}{{block "b" .}}x{{end}}"#, r#"template: output:1: template: multiple definition of template "b""#),
    parse(r#"{{block "b" .}}x{{end}}{{define "b"}}B{{end}}"#, r#"template: output:1: template: multiple definition of template "b""#),
    ok(THING, false, r#"{{define "output"}}O{{end}}"#, r"O"),
    parse(r#"{{define "output"}}O{{end}}x"#, r#"template: output:1: template: multiple definition of template "output""#),
    ok(THING, false, r#"  {{define "output"}}O{{end}}  "#, r"O"),
    ok(THING, false, r#"{{define "a"}}{{end}}{{define "a"}}y{{end}}{{template "a"}}"#, r"y"),
    ok(THING, false, r#"{{define "a"}}x{{end}}{{define "a"}} {{end}}{{template "a"}}"#, r"x"),
    parse(r"{{define a}}{{end}}", r#"template: output:1: unexpected "a" in define clause"#),
    parse(r#"{{define "a" 3}}{{end}}"#, r#"template: output:1: unexpected "3" in define clause"#),
    parse(r#"{{define "a"}}"#, r"template: output:1: unexpected EOF"),
    parse(r#"{{define "a"}}{{else}}{{end}}"#, r"template: output:1: unexpected {{else}} in define clause"),
    parse(r"{{template .s}}", r#"template: output:1: unexpected ".s" in template clause"#),
    exec(THING, false, r#"{{template "a" 1 2}}{{define "a"}}{{end}}"#, r"", r#"template: output:1:15: executing "output" at <1>: can't give argument to non-function 1"#),
    parse(r#"{{template "a" | x}}"#, r#"template: output:1: unexpected "|" in template clause"#),
    parse(r"{{template}}", r#"template: output:1: unexpected "}}" in template clause"#),
    parse(r#"{{block "b"}}{{end}}"#, r"template: output:1: missing value for block clause"),
    parse(r#"{{block "b" .}}"#, r"template: output:1: unexpected EOF"),
    parse(r#"{{block "b" .}}{{else}}{{end}}"#, r"template: output:1: unexpected {{else}} in block clause"),
    parse(r#"{{if true}}{{define "a"}}{{end}}{{end}}"#, r"template: output:1: unexpected <define> in command"),
    ok(THING, false, r#"{{define "a"}}{{$}}{{end}}{{$x := 5}}{{template "a" 7}}"#, r"7"),
    parse(r#"{{define "a"}}{{$x}}{{end}}{{$x := 5}}{{template "a"}}"#, r#"template: output:1: undefined variable "$x""#),
    ok(THING, false, r#"{{define "a"}}{{.q.r}}{{end}}{{template "a" .}}"#, r"<no value>"),
    exec(THING, true, r#"{{define "a"}}{{.q.r}}{{end}}{{template "a" .}}"#, r"", r#"template: output:1:18: executing "a" at <.q.r>: map has no entry for key "q""#),
    ok(THING, false, r#"{{template "a\x41"}}{{define "aA"}}ok{{end}}"#, r"ok"),
    ok(THING, false, r"{{template `x` .}}{{define `x`}}raw{{end}}", r"raw"),
    parse(r#"{{define "x\q"}}{{end}}"#, r"template: output:1: invalid syntax"),
    exec(THING, false, r#"{{template "%d" .}}"#, r"", r#"template: output:1:11: executing "output" at <{{template "%d" .}}>: template "%d" not defined"#),
    ok(THING, false, r#"{{template "a" $x := 3}}{{$x}}{{define "a"}}{{.}}{{end}}"#, r"33"),
    // index, slice, len, comparisons, and/or/not, escapers, print/printf, numbers, characters, strings.
    ok(THING, false, r#"{{index .l 0}} {{index .l 4 1}} {{index .l 5 "x"}} {{index .m "a"}} {{index .m "zz"}} {{index . "l" 4 0}}"#, r"1 2 1 1 <no value> 1"),
    exec(THING, false, r"{{index .l 6}}", r"", r#"template: output:1:2: executing "output" at <index .l 6>: error calling index: reflect: slice index out of range"#),
    exec(THING, false, r"{{index .s 5}}", r"", r#"template: output:1:2: executing "output" at <index .s 5>: error calling index: reflect: string index out of range"#),
    ok(THING, false, r"{{index .s 4}}", r"111"),
    exec(THING, false, r"{{index .l -1}}", r"", r#"template: output:1:2: executing "output" at <index .l -1>: error calling index: index out of range: -1"#),
    exec(THING, false, r#"{{index .l "a"}}"#, r"", r#"template: output:1:2: executing "output" at <index .l "a">: error calling index: cannot index slice/array with type string"#),
    exec(THING, false, r"{{index .l nil}}", r"", r#"template: output:1:2: executing "output" at <index .l nil>: error calling index: cannot index slice/array with nil"#),
    exec(THING, false, r"{{index .l 1.5}}", r"", r#"template: output:1:2: executing "output" at <index .l 1.5>: error calling index: cannot index slice/array with type float64"#),
    exec(THING, false, r"{{index .m 1}}", r"", r#"template: output:1:2: executing "output" at <index .m 1>: error calling index: value has type int; should be string"#),
    exec(THING, false, r"{{index .m nil}}", r"", r#"template: output:1:2: executing "output" at <index .m nil>: error calling index: value is nil; should be of type string"#),
    exec(THING, false, r"{{index .i 0}}", r"", r#"template: output:1:2: executing "output" at <index .i 0>: error calling index: can't index item of type int64"#),
    exec(THING, false, r"{{index .l 3 0}}", r"", r#"template: output:1:2: executing "output" at <index .l 3 0>: error calling index: index of nil pointer"#),
    exec(THING, false, r"{{index nil 1}}", r"", r#"template: output:1:2: executing "output" at <index nil 1>: error calling index: index of untyped nil"#),
    ok(THING, false, r"{{index .l}}", r"[1 a 2.5 <nil> [1 2] map[x:1]]"),
    exec(THING, false, r"{{index}}", r"", r#"template: output:1:2: executing "output" at <index>: wrong number of args for index: want at least 1 got 0"#),
    ok(THING, false, r"{{index .l .i}}", r"<no value>"),
    ok(THING, false, r"{{index .m .s}}", r"<no value>"),
    ok(THING, false, r"{{index .l (index .l 0)}}", r"a"),
    ok(THING, false, r"{{index .l 4 (len .el)}}", r"1"),
    ok(THING, false, r"{{(index .l 5).x}} {{(index .l 5).y}}", r"1 <no value>"),
    exec(THING, true, r"{{(index .l 5).y}}", r"", r#"template: output:1:12: executing "output" at <5>: map has no entry for key "y""#),
    ok(THING, false, r#"{{(index .m "zz").x}}"#, r"<no value>"),
    exec(THING, true, r#"{{(index .m "zz").x}}"#, r"", r#"template: output:1:12: executing "output" at <"zz">: nil data; no entry for key "x""#),
    exec(THING, false, r"{{(index .l 0).x}}", r"", r#"template: output:1:12: executing "output" at <0>: can't evaluate field x in type int64"#),
    ok(THING, false, r"{{slice .l}} {{slice .l 2}} {{slice .l 1 3}} {{slice .l 1 3 4}} {{slice .s 1 3}} {{slice .s}} {{len (slice .l 0 8)}}", r"[1 a 2.5 <nil> [1 2] map[x:1]] [2.5 <nil> [1 2] map[x:1]] [a 2.5] [a 2.5] el hello 8"),
    exec(THING, false, r"{{slice .l 0 9}}", r"", r#"template: output:1:2: executing "output" at <slice .l 0 9>: error calling slice: index out of range: 9"#),
    exec(THING, false, r"{{slice .l 3 2}}", r"", r#"template: output:1:2: executing "output" at <slice .l 3 2>: error calling slice: invalid slice index: 3 > 2"#),
    exec(THING, false, r"{{slice .l 1 2 1}}", r"", r#"template: output:1:2: executing "output" at <slice .l 1 2 1>: error calling slice: invalid slice index: 2 > 1"#),
    exec(THING, false, r"{{slice .s 1 2 3}}", r"", r#"template: output:1:2: executing "output" at <slice .s 1 2 3>: error calling slice: cannot 3-index slice a string"#),
    exec(THING, false, r"{{slice .l 1 2 3 4}}", r"", r#"template: output:1:2: executing "output" at <slice .l 1 2 3 4>: error calling slice: too many slice indexes: 4"#),
    exec(THING, false, r"{{slice .m 1}}", r"", r#"template: output:1:2: executing "output" at <slice .m 1>: error calling slice: can't slice item of type map[string]interface {}"#),
    exec(THING, false, r"{{slice nil}}", r"", r#"template: output:1:2: executing "output" at <slice nil>: error calling slice: slice of untyped nil"#),
    exec(THING, false, r"{{slice .l .i}}", r"", r#"template: output:1:2: executing "output" at <slice .l .i>: error calling slice: cannot index slice/array with type interface {}"#),
    exec(THING, false, r"{{slice .l 7}}", r"", r#"template: output:1:2: executing "output" at <slice .l 7>: error calling slice: invalid slice index: 7 > 6"#),
    ok(THING, false, r"{{slice .el 0 0}}", r"[]"),
    exec(THING, false, r"{{slice .el 0 1}}", r"", r#"template: output:1:2: executing "output" at <slice .el 0 1>: error calling slice: index out of range: 1"#),
    ok(THING, false, r"{{slice (slice .l 1 2 3) 0 2}}", r"[a 2.5]"),
    ok(THING, false, r"{{slice (slice .l 0 8) 7 8}}", r"[<nil>]"),
    ok(THING, false, r"{{index (slice .l 0 8) 7}}", r"<no value>"),
    exec(THING, false, r"{{slice .s -1}}", r"", r#"template: output:1:2: executing "output" at <slice .s -1>: error calling slice: index out of range: -1"#),
    ok(THING, false, r#"{{slice "héllo" 1 2 | printf "%q"}}"#, r#""\xc3""#),
    exec(THING, false, r#"{{slice .l 1 (index "a" 0)}}"#, r"", r#"template: output:1:2: executing "output" at <slice .l 1 (index "a" 0)>: error calling slice: index out of range: 97"#),
    ok(THING, false, r#"{{len .l}} {{len .m}} {{len .s}} {{len "héllo"}} {{len .e}} {{len .el}} {{len (slice .l 1)}}"#, r"6 2 5 6 0 0 5"),
    exec(THING, false, r"{{len .i}}", r"", r#"template: output:1:2: executing "output" at <len .i>: error calling len: len of type int64"#),
    exec(THING, false, r"{{len 3}}", r"", r#"template: output:1:2: executing "output" at <len 3>: error calling len: len of type int"#),
    exec(THING, false, r"{{len nil}}", r"", r#"template: output:1:2: executing "output" at <len nil>: error calling len: reflect: call of reflect.Value.Type on zero Value"#),
    exec(THING, false, r"{{len .l .m}}", r"", r#"template: output:1:2: executing "output" at <len>: wrong number of args for len: want 1 got 2"#),
    exec(THING, false, r"{{len}}", r"", r#"template: output:1:2: executing "output" at <len>: wrong number of args for len: want 1 got 0"#),
    ok(THING, false, r"{{.l | len}}", r"6"),
    exec(THING, false, r"{{print len}}", r"", r#"template: output:1:8: executing "output" at <len>: wrong number of args for len: want 1 got 0"#),
    ok(THING, false, r#"{{eq .s "hello"}} {{ne .s "x"}} {{lt "a" "b"}} {{le 2 2}} {{gt 3 2}} {{ge 1 2}} {{lt 1.5 2.5}} {{eq true true}} {{eq 2i 2i}} {{ne .i 3}}"#, r"true true true true true false true true true false"),
    ok(THING, false, r#"{{eq (index "a" 0) 97}} {{eq 97 (index "a" 0)}} {{lt (index "a" 0) 98}} {{lt -1 (index "a" 0)}} {{lt (index "a" 0) -1}} {{eq -1 (index "a" 0)}}"#, r"true true true true false false"),
    exec(THING, false, r"{{lt 1i 2i}}", r"", r#"template: output:1:2: executing "output" at <lt 1i 2i>: error calling lt: invalid type for comparison"#),
    exec(THING, false, r"{{lt .m .m}}", r"", r#"template: output:1:2: executing "output" at <lt .m .m>: error calling lt: invalid type for comparison"#),
    exec(THING, false, r"{{lt 1 nil}}", r"", r#"template: output:1:2: executing "output" at <lt 1 nil>: error calling lt: invalid type for comparison"#),
    exec(THING, false, r"{{lt nil 1}}", r"", r#"template: output:1:2: executing "output" at <lt nil 1>: error calling lt: invalid type for comparison"#),
    exec(THING, false, r"{{eq .m .l}}", r"", r#"template: output:1:2: executing "output" at <eq .m .l>: error calling eq: non-comparable types map[a:%!s(int64=1) b:%!s(int64=2)]: map[string]interface {}, []interface {}: [1 a 2.5 <nil> [1 2] map[x:1]]"#),
    exec(THING, false, r"{{eq .l .l}}", r"", r#"template: output:1:2: executing "output" at <eq .l .l>: error calling eq: non-comparable type [%!s(int64=1) a %!s(float64=2.5) <nil> [%!s(int64=1) %!s(int64=2)] map[x:%!s(int64=1)]]: []interface {}"#),
    ok(THING, false, r"{{eq .m nil}}", r"false"),
    ok(THING, false, r"{{eq nil .m}}", r"false"),
    ok(THING, false, r"{{eq .s nil}}", r"false"),
    ok(THING, false, r"{{eq nil nil}}", r"true"),
    exec(THING, false, r#"{{eq 1 "a" 1}}"#, r"", r#"template: output:1:2: executing "output" at <eq 1 "a" 1>: error calling eq: incompatible types for comparison: int and string"#),
    exec(THING, false, r#"{{eq 1 2 "a"}}"#, r"", r#"template: output:1:2: executing "output" at <eq 1 2 "a">: error calling eq: incompatible types for comparison: int and string"#),
    exec(THING, false, r"{{ne}}", r"", r#"template: output:1:2: executing "output" at <ne>: wrong number of args for ne: want 2 got 0"#),
    exec(THING, false, r"{{lt 1}}", r"", r#"template: output:1:2: executing "output" at <lt>: wrong number of args for lt: want 2 got 1"#),
    exec(THING, false, r"{{gt .s 1}}", r"", r#"template: output:1:2: executing "output" at <gt .s 1>: error calling gt: incompatible types for comparison: string and int"#),
    exec(THING, false, r"{{ge true true}}", r"", r#"template: output:1:2: executing "output" at <ge true true>: error calling ge: invalid type for comparison"#),
    exec(THING, false, r"{{le 1 1.5}}", r"", r#"template: output:1:2: executing "output" at <le 1 1.5>: error calling le: incompatible types for comparison: int and float64"#),
    ok(THING, false, r#"{{le "b" "a"}}"#, r"false"),
    ok(THING, false, r"{{eq .f 1.5}} {{eq .z 0}} {{eq .zf 0}} {{eq .big 1e300}} {{lt .neg .z}}", r"true true true true true"),
    ok(THING, false, r#"{{.s | eq "hello"}}"#, r"true"),
    ok(THING, false, r#"{{not 0}} {{not 1}} {{not ""}} {{not .n}} {{not .missing}} {{not .m}} {{not nil}}"#, r"true false true true true false true"),
    exec(THING, false, r"{{not 1 2}}", r"", r#"template: output:1:2: executing "output" at <not>: wrong number of args for not: want 1 got 2"#),
    exec(THING, false, r"{{not}}", r"", r#"template: output:1:2: executing "output" at <not>: wrong number of args for not: want 1 got 0"#),
    ok(THING, false, r"{{and .s .i}} {{or .z .es}} {{and .n 1}} {{or .missing .n}} {{and 1 .l}} {{or .e .m}}", r"3  <no value> <no value> [1 a 2.5 <nil> [1 2] map[x:1]] map[a:1 b:2]"),
    exec(THING, false, r"{{and 1 (len 3)}}", r"", r#"template: output:1:9: executing "output" at <len 3>: error calling len: len of type int"#),
    ok(THING, false, r"{{or 1 (len 3)}}", r"1"),
    ok(THING, false, r"{{and .z (len 3)}}", r"0"),
    ok(THING, false, r#"{{printf "%T" (and 1 "a")}} {{printf "%T" (or .n .missing)}} {{printf "%T" (and .i)}}"#, r"string <nil> int64"),
    ok(THING, false, r#"{{html "<a href=\"x\">&'"}} {{js "<a 'b' \"c\" = &\\ \t\n é \u2028"}} {{urlquery "a b&c=d/é?~_.-"}}"#, r#"&lt;a href=&#34;x&#34;&gt;&amp;&#39; \u003Ca \'b\' \"c\" \u003D \u0026\\ \u0009\u000A é \u2028 a+b%26c%3Dd%2F%C3%A9%3F~_.-"#),
    ok(THING, false, r#"{{html .l}} {{js 1 2}} {{urlquery .m "x"}} {{html}} {{html "a" 1 "b" 2 3}}"#, r"[1 a 2.5 &lt;nil&gt; [1 2] map[x:1]] 1 2 map%5Ba%3A1+b%3A2%5Dx  a1b2 3"),
    ok(THING, false, r#"{{.s | html}} {{"x y" | urlquery}}"#, r"hello x+y"),
    ok(THING, false, r#"{{html "\x00"}}"#, r"�"),
    ok(THING, false, r#"{{print}}|{{println}}|{{printf "x"}}"#, r"|
|x"),
    ok(THING, false, r#"{{print .n .missing nil 1 "a" nil}}"#, r"<nil> <nil> <nil> 1a<nil>"),
    ok(THING, false, r#"{{println .n "a" .l}}"#, r"<nil> a [1 a 2.5 <nil> [1 2] map[x:1]]
"),
    exec(THING, false, r"{{printf}}", r"", r#"template: output:1:2: executing "output" at <printf>: wrong number of args for printf: want at least 1 got 0"#),
    exec(THING, false, r"{{printf 1}}", r"", r#"template: output:1:9: executing "output" at <1>: expected string; found 1"#),
    exec(THING, false, r"{{printf .i}}", r"", r#"template: output:1:9: executing "output" at <.i>: wrong type for value; expected string; got int64"#),
    ok(THING, false, r"{{printf .s}}", r"hello"),
    exec(THING, false, r"{{printf nil}}", r"", r#"template: output:1:9: executing "output" at <nil>: cannot assign nil to string"#),
    exec(THING, false, r"{{printf .missing}}", r"", r#"template: output:1:9: executing "output" at <.missing>: invalid value; expected string"#),
    ok(THING, false, r"{{.s | printf}}", r"hello"),
    ok(THING, false, r#"{{1 | printf "%d %d" 2}}"#, r"2 1"),
    ok(THING, false, r#"{{printf "%d%%" 50}} {{printf "%%d" 1}} {{printf "%5%"}} {{printf "%-5.2%|"}}"#, r"50% %d%!(EXTRA int=1) % %|"),
    ok(THING, false, r#"{{printf "%!"}} {{printf "%é" 1}} {{printf "%[0]d" 1}} {{printf "%[x]d" 1}} {{printf "%[1]" 1}}"#, r"%!!(MISSING) %!é(int=1) %!d(BADINDEX) %!d(BADINDEX) %!(NOVERB)"),
    ok(THING, false, r#"{{printf "%[2]*[1]d|%[3]*.[2]*[1]f|%-*d|%.*d" 12 5 6 -4 3 2 7}}"#, r"   12|%!f(int= 00012)|6    |%!(BADPREC)3"),
    ok(THING, false, r#"{{printf "%*d" 10000000 1}}"#, r"%!(BADWIDTH)1"),
    ok(THING, false, r#"{{printf "%.*d" -1 1}}"#, r"%!(BADPREC)1"),
    ok(THING, false, r#"{{printf "%[1]d %d" 1 2 3}}"#, r"1 2"),
    ok(THING, false, r#"{{printf "%d %s" .l .m}}"#, r"[1 %!d(string=a) %!d(float64=2.5) <nil> [1 2] map[%!d(string=x):1]] map[a:%!s(int64=1) b:%!s(int64=2)]"),
    ok(THING, false, r#"{{printf "%s" .l}}"#, r"[%!s(int64=1) a %!s(float64=2.5) <nil> [%!s(int64=1) %!s(int64=2)] map[x:%!s(int64=1)]]"),
    ok(THING, false, r#"{{printf "%x %X %o" .l .m .s}}"#, r"[1 61 0x1.4p+01 <nil> [1 2] map[78:1]] map[61:1 62:2] %!o(string=hello)"),
    ok(THING, false, r#"{{printf "%q" .l}}"#, r#"['\x01' "a" %!q(float64=2.5) <nil> ['\x01' '\x02'] map["x":'\x01']]"#),
    ok(THING, false, r#"{{printf "%v %+v %#v" .n .n .n}}"#, r"<nil> <nil> <nil>"),
    ok(THING, false, r#"{{printf "%t %t %v" true .b .bf}}"#, r"true true false"),
    ok(THING, false, r#"{{printf "%5.1q|%-8q|%08q" "abc" "é" "x"}}"#, r#"  "a"|"é"     |00000"x""#),
    ok(THING, false, r#"{{printf "%x|% X|%#x|%# X|%.1x|%8x|%-8x|" "hé" "hé" "hé" "hé" "hé" "ab" "ab"}}"#, r"68c3a9|68 C3 A9|0x68c3a9|0X68 0XC3 0XA9|68|    6162|6162    |"),
    ok(THING, false, r#"{{printf "%U %#U %#U %.6U %c %c %q %+q %#q" 9731 9731 10 65 9731 0x1F600 9731 9731 39}}"#, r"U+2603 U+2603 '☃' U+000A U+000041 ☃ 😀 '☃' '\u2603' '\''"),
    ok(THING, false, r#"{{printf "%#o %#b %O %#X %+x % x %x" 8 5 64 255 -255 255 (index "a" 0)}}"#, r"010 0b101 0o100 0XFF -ff  ff 61"),
    ok(THING, false, r#"{{printf "%08.3d|%-08d|%+-8d|% 05d|%#08x|%08x" 5 5 5 5 255 -255}}"#, r"     005|5       |+5      | 0005|0x000000ff|-00000ff"),
    ok(THING, false, r#"{{printf "%.0d|%.0d|%5.0d|" 0 1 0}}"#, r"|1|     |"),
    ok(THING, false, r#"{{printf "%d %x" 9223372036854775807 -9223372036854775807}}"#, r"9223372036854775807 -7fffffffffffffff"),
    ok(THING, false, r#"{{printf "%e %.0e %#.0e %g %.0g %#.0g %#g %#.4g %G %.10g" 123.456 2.5 2.5 0.0001 35.0 35.0 1e-5 100.0 1e-10 0.1}}"#, r"1.234560e+02 2e+00 2.e+00 0.0001 4e+01 4.e+01 1.00000e-05 100.0 1E-10 0.1"),
    ok(THING, false, r#"{{printf "%f %.0f %#.0f %.3f %10.2f %-10.2f| %+.2f % .2f %010.2f %+010.2f" 3.14159 2.5 2.5 -0.0005 3.14159 3.14159 1.0 1.0 -3.5 3.5}}"#, r"3.141590 2 2. -0.001       3.14 3.14      | +1.00  1.00 -000003.50 +000003.50"),
    ok(THING, false, r#"{{printf "%v %v %v %v %v %v %v %v" 1e20 1e21 123456.0 1234567.0 0.0001 0.00001 -0.0 100000.0}}"#, r"1e+20 1e+21 123456 1.234567e+06 0.0001 1e-05 -0 100000"),
    ok(THING, false, r#"{{printf "%b %x %X %.2x %#x %.0x" 0.1 -1.5 1e10 3.14159 0.0 1.5}}"#, r"7205759403792794p-56 -0x1.8p+00 0X1.2A05F2P+33 0x1.92p+01 0x0.0000p+00 0x1p+01"),
    ok(THING, false, r#"{{printf "%v %.2v %8.3v %e" 1+2i -1.5-0.5i 1i 2i}}"#, r"(1+2i) (-1.5-0.5i) (       0      +1i) (0.000000e+00+2.000000e+00i)"),
    ok(THING, false, r"{{print 1i 2.0 3}}", r"(0+1i) 2 3"),
    ok(THING, false, r#"{{printf "%s %d" 1.5 1.5}}"#, r"%!s(float64=1.5) %!d(float64=1.5)"),
    ok(THING, false, r#"{{printf "%T %v" 0x10 0x10}} {{printf "%T" 1e3}} {{printf "%T" 0x1p-2}} {{printf "%T %v" 'a' 'a'}} {{printf "%T" 0b101}} {{0x1p-2}} {{1E3}} {{1_0.5_0}}"#, r"int 16 float64 float64 int 97 int 0.25 1000 10.5"),
    ok(THING, false, r"{{'\n'}} {{'\x41'}} {{'\u00e9'}} {{'é'}} {{'\''}} {{'\\'}} {{'\101'}}", r"10 65 233 233 39 92 65"),
    parse(r"{{''}}", r"template: output:1: invalid syntax"),
    parse(r"{{'\z'}}", r"template: output:1: invalid syntax"),
    parse(r#"{{'\"'}}"#, r"template: output:1: invalid syntax"),
    parse(r"{{'a}}", r"template: output:1: unterminated character constant"),
    parse(r"{{'\u12'}}", r"template: output:1: invalid syntax"),
    ok(THING, false, r#"{{"\u00e9\t\x41\101\a\"\\"}} {{`raw\n`}} {{"\U0001F600"}}"#, "é\tAA\u{7}\"\\ raw\\n 😀"),
    parse(r#"{{"\'"}}"#, r"template: output:1: invalid syntax"),
    parse(r#"{{"\400"}}"#, r"template: output:1: invalid syntax"),
    ok(THING, false, r#"{{"\xff" | printf "%q %x %d"}}{{len "\xff"}}"#, r#""\xff" %!x(MISSING) %!d(MISSING)1"#),
    parse(r#"{{"\ud800"}}"#, r"template: output:1: invalid syntax"),
    ok(THING, false, r#"{{"a\xffb" | printf "%s|%5s|%.2s|%q|%+q|%x"}}"#, r"a�b|%!s(MISSING)|%!s(MISSING)|%!q(MISSING)|%!q(MISSING)|%!x(MISSING)"),
    ok(THING, false, r#"{{print "\xe2\x82" "x" | printf "%q"}}"#, r#""\xe2\x82x""#),
    ok(THING, false, r#"{{js "\xff\x01\u0085"}}"#, r"�\u0001\u0085"),
    // Parse errors, commands and pipelines, chains, call, numbers, missingkey=error.
    parse(r"{{.x.y.}}", r"template: output:1: unexpected <.> in operand"),
    parse(r"{{..}}", r"template: output:1: unexpected <.> in operand"),
    parse(r"{{$x.}}", r#"template: output:1: undefined variable "$x""#),
    parse(r"{{a:=}}", r#"template: output:1: function "a" not defined"#),
    parse(r"{{:}}", r"template: output:1: expected :="),
    parse(r"{{=}}", r#"template: output:1: unexpected "=" in command"#),
    parse(r"{{,}}", r#"template: output:1: unexpected "," in command"#),
    parse(r"{{(}}", r"template: output:1: unclosed left paren"),
    parse(r"{{)}}", r"template: output:1: unexpected right paren"),
    parse(r"{{((1)}}", r"template: output:1: unclosed left paren"),
    parse(r"{{(1))}}", r"template: output:1: unexpected right paren"),
    parse(r"{{()}}", r"template: output:1: missing value for parenthesized pipeline"),
    parse(r"{{|}}", r#"template: output:1: unexpected "|" in command"#),
    ok(THING, false, r"{{.s |}}", r"hello"),
    parse(r"{{| .s}}", r#"template: output:1: unexpected "|" in command"#),
    parse(r"{{.s || .s}}", r#"template: output:1: unexpected "|" in command"#),
    parse(r"{{}}", r"template: output:1: missing value for command"),
    parse(r"{{ }}", r"template: output:1: missing value for command"),
    parse(r"{{- }}", r"template: output:1: missing value for command"),
    parse(r"{{ -}}", r"template: output:1: missing value for command"),
    parse(r"{{-}}", r#"template: output:1: illegal number syntax: "-""#),
    exec(THING, false, r#"{{"a" "b"}}"#, r"", r#"template: output:1:2: executing "output" at <"a">: can't give argument to non-function "a""#),
    exec(THING, false, r#"{{.s "x"}}"#, r"", r#"template: output:1:2: executing "output" at <.s>: s is not a method but has arguments"#),
    exec(THING, false, r"{{.m.a 1}}", r"", r#"template: output:1:4: executing "output" at <.m.a>: a is not a method but has arguments"#),
    exec(THING, false, r#"{{"x" | .s}}"#, r"", r#"template: output:1:8: executing "output" at <.s>: s is not a method but has arguments"#),
    exec(THING, false, r"{{1 | .m.a}}", r"", r#"template: output:1:8: executing "output" at <.m.a>: a is not a method but has arguments"#),
    exec(THING, false, r"{{$x := 1}}{{1 | $x}}", r"", r#"template: output:1:17: executing "output" at <$x>: can't give argument to non-function $x"#),
    exec(THING, false, r"{{(.s) 1}}", r"", r#"template: output:1:2: executing "output" at <(.s) 1>: can't give argument to non-function .s"#),
    parse(r"{{true.x}}", r#"template: output:1: unexpected . after term "true""#),
    exec(THING, false, r"{{(1).x}}", r"", r#"template: output:1:3: executing "output" at <1>: can't evaluate field x in type int"#),
    ok(THING, false, r"{{(.m).a}}", r"1"),
    exec(THING, false, r"{{(.m).a.b}}", r"", r#"template: output:1:3: executing "output" at <.m>: can't evaluate field b in type interface {}"#),
    ok(THING, false, r"{{($).s}}", r"hello"),
    parse(r"{{nil.x}}", r#"template: output:1: unexpected . after term "nil""#),
    exec(THING, false, r"{{(nil).x}}", r"", r#"template: output:1:3: executing "output" at <nil>: nil is not a command"#),
    exec(THING, false, r"{{len.x}}", r"", r#"template: output:1:2: executing "output" at <len>: wrong number of args for len: want 1 got 0"#),
    exec(THING, false, r"{{print.x}}", r"", r#"template: output:1:2: executing "output" at <print>: can't evaluate field x in type string"#),
    parse(r#"{{"s".x}}"#, r#"template: output:1: unexpected . after term "\"s\"""#),
    exec(THING, false, r#"{{.s | (printf "%s!")}}"#, r"", r#"template: output:1:2: executing "output" at <.s>: can't give argument to non-function printf "%s!""#),
    exec(THING, false, r"{{.s | (.m)}}", r"", r#"template: output:1:2: executing "output" at <.s>: can't give argument to non-function .m"#),
    exec(THING, false, r"{{.i | call}}", r"", r#"template: output:1:7: executing "output" at <call>: error calling call: non-function <int64 Value> of type int64"#),
    exec(THING, false, r"{{.s | call}}", r"", r#"template: output:1:7: executing "output" at <call>: error calling call: non-function hello of type string"#),
    exec(THING, false, r"{{.missing | call}}", r"", r#"template: output:1:13: executing "output" at <call>: error calling call: call of nil"#),
    exec(THING, false, r"{{call}}", r"", r#"template: output:1:2: executing "output" at <call>: wrong number of args for call: want at least 1 got 0"#),
    exec(THING, false, r"{{call 1 2}}", r"", r#"template: output:1:2: executing "output" at <call 1 2>: error calling call: non-function 1 of type int"#),
    exec(THING, false, r"{{call .l .missing.x}}", r"", r#"template: output:1:2: executing "output" at <call .l .missing.x>: error calling call: non-function .l of type []interface {}"#),
    exec(THING, false, r"{{call nil}}", r"", r#"template: output:1:2: executing "output" at <call nil>: error calling call: call of nil"#),
    exec(THING, false, r"{{call .m.a 1}}", r"", r#"template: output:1:2: executing "output" at <call .m.a 1>: error calling call: non-function .m.a of type int64"#),
    ok(THING, false, r#"{{.i | not}} {{.i | printf "%d|%d" 1}}"#, r"false 1|3"),
    ok(THING, false, r"{{3 | index .l}}", r"<no value>"),
    ok(THING, false, r#"{{"a" | index .m}}"#, r"1"),
    ok(THING, false, r"{{1 | slice .l}}", r"[a 2.5 <nil> [1 2] map[x:1]]"),
    ok(THING, false, r"{{.l | slice}}", r"[1 a 2.5 <nil> [1 2] map[x:1]]"),
    ok(THING, false, r#"{{"abc" | len}}"#, r"3"),
    exec(THING, false, r"{{1 | len .l}}", r"", r#"template: output:1:6: executing "output" at <len>: wrong number of args for len: want 1 got 2"#),
    ok(THING, false, r"{{1 | eq 1}}", r"true"),
    exec(THING, false, r"{{1 | eq}}", r"", r#"template: output:1:6: executing "output" at <eq>: error calling eq: missing argument for comparison"#),
    ok(THING, false, r"{{2 | ne 1}}", r"true"),
    exec(THING, false, r"{{1 | ne}}", r"", r#"template: output:1:6: executing "output" at <ne>: wrong number of args for ne: want 2 got 1"#),
    ok(THING, false, r#"{{"a" | exists .m}}"#, r"true"),
    ok(THING, false, r"{{.m | exists}}", r"true"),
    ok(THING, false, r#"{{"aGk=" | base64decode | printf "%q"}}"#, r#""hi""#),
    exec(THING, false, r"{{1 | base64decode}}", r"", r#"template: output:1:6: executing "output" at <base64decode>: wrong type for value; expected string; got int"#),
    exec(THING, false, r#"{{base64decode "aGk=" "x"}}"#, r"", r#"template: output:1:2: executing "output" at <base64decode>: wrong number of args for base64decode: want 1 got 2"#),
    exec(THING, false, r"{{base64decode}}", r"", r#"template: output:1:2: executing "output" at <base64decode>: wrong number of args for base64decode: want 1 got 0"#),
    parse(r"{{abcdefghijklmnop}}", r#"template: output:1: function "abcdefghijklmnop" not defined"#),
    parse(r"{{.s abcdefghijkl}}", r#"template: output:1: function "abcdefghijkl" not defined"#),
    parse(r"{{if .s}}{{else}}{{else}}{{end}}", r"template: output:1: expected end; found {{else}}"),
    parse(r"{{.x

#}}", r##"template: output:3: unexpected "#" in operand"##),
    parse(r#"{{.x

"abc}}"#, r"template: output:3: unterminated quoted string in action started at output:1"),
    parse(r"{{.x

)}}", r"template: output:3: unexpected right paren in action started at output:1"),
    parse(r"{{.x

", r"template: output:3: unclosed action started at output:1"),
    parse(r"{{if .x

(}}{{end}}", r"template: output:3: unclosed left paren in action started at output:1"),
    parse(r#"{{define "a"}}

{{.x #}}{{end}}"#, r##"template: output:3: unexpected "#" in operand"##),
    parse(r#"{{ .x  "unterminated }}"#, r"template: output:1: unterminated quoted string"),
    parse(r"{{.x ☃}}", r"template: output:1: unrecognized character in action: U+2603 '☃'"),
    parse("{{.x \u{7}}}", r"template: output:1: unrecognized character in action: U+0007"),
    parse(r"{{☃}}", r"template: output:1: unrecognized character in action: U+2603 '☃'"),
    parse(r"{{.☃}}", r"template: output:1: bad character U+2603 '☃'"),
    parse(r"{{$☃ := 1}}{{$☃}}", r"template: output:1: bad character U+2603 '☃'"),
    parse(r"{{.x/}}", r"template: output:1: bad character U+002F '/'"),
    parse(r"{{1a}}", r#"template: output:1: bad number syntax: "1a""#),
    parse(r"{{1..2}}", r#"template: output:1: unexpected ".2" in operand"#),
    parse(r"{{0x1.8}}", r#"template: output:1: illegal number syntax: "0x1.8""#),
    ok(THING, false, r"{{0x1.8p1}}", r"3"),
    parse(r"{{1e}}", r#"template: output:1: illegal number syntax: "1e""#),
    parse(r"{{1e+}}", r#"template: output:1: illegal number syntax: "1e+""#),
    parse(r"{{+}}", r#"template: output:1: illegal number syntax: "+""#),
    parse(r"{{-}} {{+i}}", r#"template: output:1: illegal number syntax: "-""#),
    parse(r"{{.}}{{.", r#"template: output:1: illegal number syntax: ".""#),
    parse(r"{{1__0}}", r#"template: output:1: illegal number syntax: "1__0""#),
    parse(r"{{_1}}", r#"template: output:1: function "_1" not defined"#),
    parse(r"{{1_}}", r#"template: output:1: illegal number syntax: "1_""#),
    ok(THING, false, r"{{0_1}}", r"1"),
    ok(THING, false, r"{{0x_1}}", r"1"),
    parse(r"{{1+2}}", r#"template: output:1: bad number syntax: "1+2""#),
    parse(r"{{1+2j}}", r#"template: output:1: bad number syntax: "1+2j""#),
    ok(THING, false, r"{{1e3i}}", r"(0+1000i)"),
    ok(THING, false, r"{{0i}}", r"(0+0i)"),
    ok(THING, false, r"{{-1.5e-3}}", r"-0.0015"),
    ok(THING, false, r"{{9223372036854775807}} {{-9223372036854775808}}", r"9223372036854775807 -9223372036854775808"),
    parse(r"{{-9223372036854775809}}", r#"template: output:1: integer overflow: "-9223372036854775809""#),
    ok(THING, false, r"{{1e19}}", r"1e+19"),
    ok(THING, false, r"{{0.1e1}}", r"1"),
    parse(r"{{00}} {{08.5}} {{0o}}", r#"template: output:1: illegal number syntax: "0o""#),
    ok(THING, false, r"{{true}} {{false}} {{true | not}}", r"true false false"),
    exec(THING, false, r"{{true 1}}", r"", r#"template: output:1:2: executing "output" at <true>: can't give argument to non-function true"#),
    exec(THING, false, r"{{. 1}}", r"", r#"template: output:1:2: executing "output" at <.>: can't give argument to non-function ."#),
    exec(THING, false, r#"{{"a" 1}}"#, r"", r#"template: output:1:2: executing "output" at <"a">: can't give argument to non-function "a""#),
    exec(THING, false, r"{{1 2}}", r"", r#"template: output:1:2: executing "output" at <1>: can't give argument to non-function 1"#),
    exec(THING, false, r"{{nil 1}}", r"", r#"template: output:1:2: executing "output" at <nil>: can't give argument to non-function nil"#),
    parse(r"{{.s | nil}}", r"template: output:1: non executable command in pipeline stage 2"),
    exec(THING, false, r#"{{define "a"}}{{end}}{{template "a" nil}}"#, r"", r#"template: output:1:36: executing "output" at <nil>: nil is not a command"#),
    exec(THING, false, r"{{with nil}}{{end}}", r"", r#"template: output:1:7: executing "output" at <nil>: nil is not a command"#),
    exec(THING, false, r"{{if nil}}{{end}}", r"", r#"template: output:1:5: executing "output" at <nil>: nil is not a command"#),
    exec(THING, false, r"{{print (nil)}}", r"", r#"template: output:1:9: executing "output" at <nil>: nil is not a command"#),
    exec(THING, false, r"{{$x := nil}}", r"", r#"template: output:1:8: executing "output" at <nil>: nil is not a command"#),
    exec(THING, false, r"{{.metadata.labels}} {{.metadata.labels.x}} {{.e.x}} {{.el.x}}", r"map[] <no value> <no value> ", r#"template: output:1:58: executing "output" at <.el.x>: can't evaluate field x in type interface {}"#),
    exec(THING, true, r"{{.e.x}}", r"", r#"template: output:1:4: executing "output" at <.e.x>: map has no entry for key "x""#),
    exec(THING, true, r"{{.n.x}}", r"", r#"template: output:1:4: executing "output" at <.n.x>: nil pointer evaluating interface {}.x"#),
    ok(THING, true, r"{{.n}}", r"<no value>"),
    ok(THING, true, r#"{{index .m "zz"}}"#, r"<no value>"),
    exec(THING, true, r#"{{.missing | printf "%v"}}"#, r"", r#"template: output:1:2: executing "output" at <.missing>: map has no entry for key "missing""#),
    exec(THING, true, r"{{with .missing}}x{{end}}", r"", r#"template: output:1:7: executing "output" at <.missing>: map has no entry for key "missing""#),
    exec(THING, true, r"{{$.nope}}", r"", r#"template: output:1:3: executing "output" at <$.nope>: map has no entry for key "nope""#),
    exec(THING, true, r"{{$x := .m}}{{$x.zz}}", r"", r#"template: output:1:16: executing "output" at <$x.zz>: map has no entry for key "zz""#),
    exec(THING, true, r"{{range .l}}{{.x}}{{end}}", r"", r#"template: output:1:14: executing "output" at <.x>: can't evaluate field x in type interface {}"#),
    exec(THING, true, r"partial {{.s}} {{.missing}} tail", r"partial hello ", r#"template: output:1:17: executing "output" at <.missing>: map has no entry for key "missing""#),
    exec(THING, false, r"partial {{.s}} {{.s.x}} tail", r"partial hello ", r#"template: output:1:19: executing "output" at <.s.x>: can't evaluate field x in type interface {}"#),
    parse(r"{{len}(1)}}", r"template: output:1: bad character U+007D '}'"),
    parse(r"{{.s}x}}", r"template: output:1: bad character U+007D '}'"),
    parse(r"{{$}x}}", r"template: output:1: bad character U+007D '}'"),
    parse(r"{{.}x}}", r"template: output:1: bad character U+007D '}'"),
    ok(THING, false, r"{{$x := 1}}{{$x}}}", r"1}"),
    ok(THING, false, r"{{.s}}}", r"hello}"),
    parse(r"{{true}x}}", r"template: output:1: bad character U+007D '}'"),
    // Realistic objects: a Secret (base64decode), a Deployment-like object, the Pod.
    ok(SECRET, false, r"{{.data.password | base64decode}}", r"password"),
    ok(SECRET, false, r"{{range $k, $v := .data}}{{$k}}={{base64decode $v}};{{end}}", r"binary=�;empty=;multi=line1
line2;password=password;"),
    ok(SECRET, false, r#"{{.data.binary | base64decode | printf "%q %x %d"}}{{len (base64decode .data.binary)}}"#, r#""\xff" %!x(MISSING) %!d(MISSING)1"#),
    ok(SECRET, false, r"{{base64decode .data.multi}}", r"line1
line2"),
    ok(SECRET, false, r#"{{index .data "password" | base64decode}}"#, r"password"),
    ok(SECRET, false, r#"{{.metadata.annotations.note}}|{{html .metadata.annotations.note}}|{{js .metadata.annotations.note}}|{{urlquery .metadata.annotations.note}}|{{printf "%q|%+q|%x|%.3s|%8.4s|" .metadata.annotations.note .metadata.annotations.note .metadata.annotations.note .metadata.annotations.note .metadata.annotations.note}}"#, r#"héllo wörld ☃ <b>&</b>|héllo wörld ☃ &lt;b&gt;&amp;&lt;/b&gt;|héllo wörld ☃ \u003Cb\u003E\u0026\u003C/b\u003E|h%C3%A9llo+w%C3%B6rld+%E2%98%83+%3Cb%3E%26%3C%2Fb%3E|"héllo wörld ☃ <b>&</b>"|"h\u00e9llo w\u00f6rld \u2603 <b>&</b>"|68c3a96c6c6f2077c3b6726c6420e29883203c623e263c2f623e|hél|    héll|"#),
    ok(SECRET, false, r"{{range $k, $v := .metadata.labels}}{{$k}}={{$v}},{{end}}", r"app=web,tier=backend,"),
    ok(SECRET, false, r"{{if .metadata.labels.app}}app={{.metadata.labels.app}}{{end}}", r"app=web"),
    exec(SECRET, false, r"{{.data.missing | base64decode}}", r"", r#"template: output:1:18: executing "output" at <base64decode>: invalid value; expected string"#),
    exec(SECRET, false, r#"{{base64decode "cGFzc3dvcmQ"}}"#, r"", r#"template: output:1:2: executing "output" at <base64decode "cGFzc3dvcmQ">: error calling base64decode: base64 decode failed: illegal base64 data at input byte 8"#),
    exec(SECRET, false, r#"{{base64decode "cGFzc3dvcmQ=="}}"#, r"", r#"template: output:1:2: executing "output" at <base64decode "cGFzc3dvcmQ==">: error calling base64decode: base64 decode failed: illegal base64 data at input byte 12"#),
    ok(SECRET, false, r#"{{base64decode "cGFz\nc3dvcmQ="}}"#, r"password"),
    exec(SECRET, false, r#"{{base64decode "cGFzc3dvcmQ=x"}}"#, r"", r#"template: output:1:2: executing "output" at <base64decode "cGFzc3dvcmQ=x">: error calling base64decode: base64 decode failed: illegal base64 data at input byte 12"#),
    exec(SECRET, false, r#"{{base64decode "c="}}"#, r"", r#"template: output:1:2: executing "output" at <base64decode "c=">: error calling base64decode: base64 decode failed: illegal base64 data at input byte 1"#),
    ok(SECRET, false, r#"{{base64decode "cG=="}}"#, r"p"),
    ok(SECRET, false, r#"{{base64decode "cGE="}}{{base64decode ""}}|{{base64decode "cGFz"}}"#, r"pa|pas"),
    exec(SECRET, false, r#"{{base64decode "cGF=c3dv"}}"#, r"", r#"template: output:1:2: executing "output" at <base64decode "cGF=c3dv">: error calling base64decode: base64 decode failed: illegal base64 data at input byte 4"#),
    ok(SECRET, false, r#"{{base64decode "cGFzc3dvcmQ=\n"}}"#, r"password"),
    ok(SECRET, false, r#"{{base64decode "cG\r\n=\n="}}"#, r"p"),
    exec(SECRET, false, r#"{{base64decode "cGFzc3dv cmQ="}}"#, r"", r#"template: output:1:2: executing "output" at <base64decode "cGFzc3dv cmQ=">: error calling base64decode: base64 decode failed: illegal base64 data at input byte 8"#),
    ok(SECRET, false, r#"{{base64decode "cGFzc3dvcmR="}}"#, r"password"),
    exec(SECRET, false, r#"{{base64decode "=="}}"#, r"", r#"template: output:1:2: executing "output" at <base64decode "==">: error calling base64decode: base64 decode failed: illegal base64 data at input byte 0"#),
    exec(SECRET, false, r#"{{base64decode "cGFzc3dvcmQ=\n="}}"#, r"", r#"template: output:1:2: executing "output" at <base64decode "cGFzc3dvcmQ=\n=">: error calling base64decode: base64 decode failed: illegal base64 data at input byte 13"#),
    ok(WIDGET, false, r#"{{range .spec.containers}}{{.name}}{{"\t"}}{{.image}}{{"\n"}}{{end}}"#, r"app	nginx:1.25
side	busybox
"),
    ok(WIDGET, false, r#"{{range $i, $c := .spec.containers}}{{$i}}:{{$c.name}} {{range $c.ports}}{{.containerPort}},{{end}}{{"\n"}}{{end}}"#, r"0:app 80,443,
1:side 
"),
    ok(WIDGET, false, r#"{{index .metadata.labels "app.kubernetes.io/name"}} {{index .metadata.annotations "a/b"}}"#, r"widget x=1"),
    parse(r"{{.metadata.labels.app.kubernetes.io/name}}", r"template: output:1: bad character U+002F '/'"),
    ok(WIDGET, false, r"{{.spec.replicas}} {{.spec.ratio}} {{.spec.tiny}} {{.spec.large}} {{.spec.bigf}} {{.spec.neg}} {{.spec.exp}} {{.spec.one}} {{.spec.list}} {{.spec.deep}}", r"3 0.75 1e-07 123456789012 1.5e+20 -0.5 2 1 [] map[a:map[b:map[c:[map[d:[1 [2 [3]]]]]]]]"),
    ok(WIDGET, false, r#"{{printf "%T %T %T %T %T %T" .spec.replicas .spec.ratio .spec.tiny .spec.large .spec.bigf .spec.exp}}"#, r"int64 float64 float64 int64 float64 int64"),
    ok(WIDGET, false, r#"{{printf "%.2f %5.1f%% %e %d %v" .spec.ratio .spec.ratio .spec.large .spec.replicas .spec.bigf}}"#, r"0.75   0.8% %!e(int64=123456789012) 3 1.5e+20"),
    ok(WIDGET, false, r"{{if gt .spec.replicas 2}}many{{else}}few{{end}} {{if eq .spec.replicas 3}}three{{end}} {{if lt .spec.ratio 1.0}}lt{{end}} {{if eq .spec.exp 2}}exp2{{end}}", r"many three lt exp2"),
    exec(WIDGET, false, r"{{if gt .spec.ratio 1}}x{{end}}", r"", r#"template: output:1:5: executing "output" at <gt .spec.ratio 1>: error calling gt: incompatible types for comparison: float64 and int"#),
    ok(WIDGET, false, r#"{{range .status.conditions}}{{if eq .status "True"}}{{.type}} {{end}}{{end}}"#, r"Ready "),
    ok(WIDGET, false, r#"{{range .status.conditions}}{{.type}}={{.status}}{{"\n"}}{{end}}"#, r"Ready=True
Progressing=False
"),
    ok(WIDGET, false, r"{{with index .spec.containers 1}}{{.name}}: {{range .args}}[{{.}}]{{end}}{{end}}", r"side: [sh][-c][echo hi]"),
    ok(WIDGET, false, r#"{{.status.unicode}} {{len .status.unicode}} {{printf "%q %x %5s|%-5s|%.2s" .status.unicode .status.unicode .status.unicode .status.unicode .status.unicode}} {{slice .status.unicode 0 3}} {{index .status.unicode 0}}"#, r#"日本語 9 "日本語" e697a5e69cace8aa9e   日本語|日本語  |日本 日 230"#),
    ok(WIDGET, false, r#"{{.status.tab}}|{{.status.quote}}|{{.status.nl}}|{{printf "%q %q %q" .status.tab .status.quote .status.nl}}|{{js .status.quote}}|{{html .status.quote}}"#, r#"a	b|say "hi"|l1
l2|"a\tb" "say \"hi\"" "l1\nl2"|say \"hi\"|say &#34;hi&#34;"#),
    ok(WIDGET, false, r#"{{printf "%v|%#v" .status .spec.containers}}"#, r#"map[conditions:[map[status:True type:Ready] map[status:False type:Progressing]] nl:l1
l2 quote:say "hi" tab:a	b unicode:日本語]|[]interface {}{map[string]interface {}{"image":"nginx:1.25", "name":"app", "ports":[]interface {}{map[string]interface {}{"containerPort":80}, map[string]interface {}{"containerPort":443}}, "resources":map[string]interface {}{"limits":map[string]interface {}{"cpu":"500m", "memory":"128Mi"}}}, map[string]interface {}{"args":[]interface {}{"sh", "-c", "echo hi"}, "image":"busybox", "name":"side"}}"#),
    ok(WIDGET, false, r#"{{.spec.deep.a.b.c}} {{index .spec.deep.a.b.c 0 "d" 1 1 0}} {{(index .spec.deep.a.b.c 0).d}}"#, r"[map[d:[1 [2 [3]]]]] 3 [1 [2 [3]]]"),
    ok(WIDGET, false, r#"{{printf "%d" .spec.deep}}"#, r"map[%!d(string=a):map[%!d(string=b):map[%!d(string=c):[map[%!d(string=d):[1 [2 [3]]]]]]]]"),
    ok(WIDGET, false, r"{{len .spec.containers}} {{len .metadata.labels}} {{len .spec.list}}", r"2 2 0"),
    ok(WIDGET, false, r"{{range .spec.containers}}{{.resources.limits.cpu}}{{end}}", r"500m<no value>"),
    exec(WIDGET, true, r"{{range .spec.containers}}{{.resources.limits.cpu}}{{end}}", r"500m", r#"template: output:1:38: executing "output" at <.resources.limits.cpu>: map has no entry for key "resources""#),
    ok(WIDGET, false, r"{{range .spec.containers}}{{if .resources}}{{.resources.limits.memory}}{{else}}none{{end}} {{end}}", r"128Mi none "),
    ok(WIDGET, false, r#"{{.metadata.name | printf "%-10s|"}}{{.spec.replicas | printf "%05d"}}"#, r"w1        |00003"),
    ok(WIDGET, false, r"{{- range .spec.containers }}
  - {{ .name }}
{{- end }}
", r"
  - app
  - side
"),
    ok(WIDGET, false, r"{{/* comment */ -}}
{{.metadata.name}}
{{- /* trailing */}}", r"w1"),
    ok(WIDGET, false, r#"{{exists .spec "containers" 0 "ports" 1}} {{exists .spec "containers" 5}} {{exists .spec.containers 0 "resources" "limits" "cpu"}} {{exists .metadata "annotations" "x"}}"#, r"true false true false"),
    ok(WIDGET, false, r"{{range $c := .spec.containers}}{{range $p := $c.ports}}{{$c.name}}:{{$p.containerPort}} {{end}}{{end}}", r"app:80 app:443 "),
    ok(WIDGET, false, r"{{$n := .metadata.name}}{{range .spec.containers}}{{$n}}/{{.name}} {{end}}", r"w1/app w1/side "),
    ok(WIDGET, false, r#"{{define "c"}}<{{.name}}>{{end}}{{range .spec.containers}}{{template "c" .}}{{end}}"#, r"<app><side>"),
    ok(WIDGET, false, r#"{{printf "%s has %d containers" .metadata.name (len .spec.containers)}}"#, r"w1 has 2 containers"),
    ok(POD, false, r"{{range .spec.containers}}{{range .ports}}{{.containerPort}}/{{.protocol}}{{end}}{{end}}", r"8080/TCP"),
    ok(POD, false, r"NAME: {{.metadata.name}}
IMAGE: {{(index .spec.containers 0).image}}
", r"NAME: kubia-manual
IMAGE: luksa/kubia
"),
    ok(POD, false, r"{{.status.phase}}", r"<no value>"),
    exec(POD, true, r"{{.status.phase}}", r"", r#"template: output:1:9: executing "output" at <.status.phase>: map has no entry for key "status""#),
    ok(POD, false, r"{{.metadata.labels}} {{.metadata.annotations}} {{if .metadata.annotations}}y{{else}}n{{end}}", r"map[] <no value> n"),
    // fmt sweep: verbs and flags over every value type.
    ok(THING, false, r#"{{printf "%v|%+v|%#v|%T\n%v|%+v|%#v|%T\n%v|%+v|%#v|%T\n%v|%+v|%#v|%T\n%v|%+v|%#v|%T\n%v|%+v|%#v|%T" 0 0 0 0 -0 -0 -0 -0 7 7 7 7 -42 -42 -42 -42 255 255 255 255 9223372036854775807 9223372036854775807 9223372036854775807 9223372036854775807}}"#, r"0|0|0|int
0|0|0|int
7|7|7|int
-42|-42|-42|int
255|255|255|int
9223372036854775807|9223372036854775807|9223372036854775807|int"),
    ok(THING, false, r#"{{printf "%v|%+v|%#v|%T\n%v|%+v|%#v|%T\n%v|%+v|%#v|%T\n%v|%+v|%#v|%T\n%v|%+v|%#v|%T\n%v|%+v|%#v|%T" 0.0 0.0 0.0 0.0 -0.0 -0.0 -0.0 -0.0 1.0 1.0 1.0 1.0 0.5 0.5 0.5 0.5 -2.5 -2.5 -2.5 -2.5 3.14159265 3.14159265 3.14159265 3.14159265}}"#, r"0|0|0|float64
-0|-0|-0|float64
1|1|1|float64
0.5|0.5|0.5|float64
-2.5|-2.5|-2.5|float64
3.14159265|3.14159265|3.14159265|float64"),
    ok(THING, false, r#"{{printf "%v|%+v|%#v|%T\n%v|%+v|%#v|%T\n%v|%+v|%#v|%T\n%v|%+v|%#v|%T\n%v|%+v|%#v|%T\n%v|%+v|%#v|%T" 1e-7 1e-7 1e-7 1e-7 123456789.0 123456789.0 123456789.0 123456789.0 1e21 1e21 1e21 1e21 6.02e23 6.02e23 6.02e23 6.02e23 0.000123456 0.000123456 0.000123456 0.000123456 100.0 100.0 100.0 100.0}}"#, r"1e-07|1e-07|1e-07|float64
1.23456789e+08|1.23456789e+08|1.23456789e+08|float64
1e+21|1e+21|1e+21|float64
6.02e+23|6.02e+23|6.02e+23|float64
0.000123456|0.000123456|0.000123456|float64
100|100|100|float64"),
    ok(THING, false, r#"{{printf "%v|%+v|%#v|%T\n%v|%+v|%#v|%T\n%v|%+v|%#v|%T\n%v|%+v|%#v|%T\n%v|%+v|%#v|%T\n%v|%+v|%#v|%T" 1e6 1e6 1e6 1e6 999999.5 999999.5 999999.5 999999.5 "s" "s" "s" "s" "héllo" "héllo" "héllo" "héllo" "" "" "" "" true true true true}}"#, r#"1e+06|1e+06|1e+06|float64
999999.5|999999.5|999999.5|float64
s|s|"s"|string
héllo|héllo|"héllo"|string
||""|string
true|true|true|bool"#),
    ok(THING, false, r#"{{printf "%v|%+v|%#v|%T\n%v|%+v|%#v|%T\n%v|%+v|%#v|%T\n%v|%+v|%#v|%T\n%v|%+v|%#v|%T\n%v|%+v|%#v|%T" .i .i .i .i .f .f .f .f .big .big .big .big .huge .huge .huge .huge .neg .neg .neg .neg (index "ÿ" 1) (index "ÿ" 1) (index "ÿ" 1) (index "ÿ" 1)}}"#, r"3|3|3|int64
1.5|1.5|1.5|float64
1e+300|1e+300|1e+300|float64
1.8446744073709552e+19|1.8446744073709552e+19|1.8446744073709552e+19|float64
-7|-7|-7|int64
191|191|0xbf|uint8"),
    ok(THING, false, r#"{{printf "%v|%+v|%#v|%T\n%v|%+v|%#v|%T\n%v|%+v|%#v|%T\n%v|%+v|%#v|%T\n%v|%+v|%#v|%T\n%v|%+v|%#v|%T" 2i 2i 2i 2i -1.5+2.25i -1.5+2.25i -1.5+2.25i -1.5+2.25i .l .l .l .l .m .m .m .m nil nil nil nil .n .n .n .n}}"#, r#"(0+2i)|(0+2i)|(0+2i)|complex128
(-1.5+2.25i)|(-1.5+2.25i)|(-1.5+2.25i)|complex128
[1 a 2.5 <nil> [1 2] map[x:1]]|[1 a 2.5 <nil> [1 2] map[x:1]]|[]interface {}{1, "a", 2.5, interface {}(nil), []interface {}{1, 2}, map[string]interface {}{"x":1}}|[]interface {}
map[a:1 b:2]|map[a:1 b:2]|map[string]interface {}{"a":1, "b":2}|map[string]interface {}
<nil>|<nil>|<nil>|<nil>
<nil>|<nil>|<nil>|<nil>"#),
    ok(THING, false, r#"{{printf "%d|%+d|% d|%5d|%-5d|%05d|%.3d|%x|%#X|%o|%#o|%b|%O|%c|%q|%U|%#U\n%d|%+d|% d|%5d|%-5d|%05d|%.3d|%x|%#X|%o|%#o|%b|%O|%c|%q|%U|%#U\n%d|%+d|% d|%5d|%-5d|%05d|%.3d|%x|%#X|%o|%#o|%b|%O|%c|%q|%U|%#U\n%d|%+d|% d|%5d|%-5d|%05d|%.3d|%x|%#X|%o|%#o|%b|%O|%c|%q|%U|%#U\n%d|%+d|% d|%5d|%-5d|%05d|%.3d|%x|%#X|%o|%#o|%b|%O|%c|%q|%U|%#U\n%d|%+d|% d|%5d|%-5d|%05d|%.3d|%x|%#X|%o|%#o|%b|%O|%c|%q|%U|%#U" 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 -0 -0 -0 -0 -0 -0 -0 -0 -0 -0 -0 -0 -0 -0 -0 -0 -0 7 7 7 7 7 7 7 7 7 7 7 7 7 7 7 7 7 -42 -42 -42 -42 -42 -42 -42 -42 -42 -42 -42 -42 -42 -42 -42 -42 -42 255 255 255 255 255 255 255 255 255 255 255 255 255 255 255 255 255 9223372036854775807 9223372036854775807 9223372036854775807 9223372036854775807 9223372036854775807 9223372036854775807 9223372036854775807 9223372036854775807 9223372036854775807 9223372036854775807 9223372036854775807 9223372036854775807 9223372036854775807 9223372036854775807 9223372036854775807 9223372036854775807 9223372036854775807}}"#, "0|+0| 0|    0|0    |00000|000|0|0X0|0|0|0|0o0|\u{0}|'\\x00'|U+0000|U+0000\n0|+0| 0|    0|0    |00000|000|0|0X0|0|0|0|0o0|\u{0}|'\\x00'|U+0000|U+0000\n7|+7| 7|    7|7    |00007|007|7|0X7|7|07|111|0o7|\u{7}|'\\a'|U+0007|U+0007\n-42|-42|-42|  -42|-42  |-0042|-042|-2a|-0X2A|-52|-052|-101010|-0o52|�|'�'|U+FFFFFFFFFFFFFFD6|U+FFFFFFFFFFFFFFD6\n255|+255| 255|  255|255  |00255|255|ff|0XFF|377|0377|11111111|0o377|ÿ|'ÿ'|U+00FF|U+00FF 'ÿ'\n9223372036854775807|+9223372036854775807| 9223372036854775807|9223372036854775807|9223372036854775807|9223372036854775807|9223372036854775807|7fffffffffffffff|0X7FFFFFFFFFFFFFFF|777777777777777777777|0777777777777777777777|111111111111111111111111111111111111111111111111111111111111111|0o777777777777777777777|�|'�'|U+7FFFFFFFFFFFFFFF|U+7FFFFFFFFFFFFFFF"),
    ok(THING, false, r#"{{printf "%d|%+d|% d|%5d|%-5d|%05d|%.3d|%x|%#X|%o|%#o|%b|%O|%c|%q|%U|%#U\n%d|%+d|% d|%5d|%-5d|%05d|%.3d|%x|%#X|%o|%#o|%b|%O|%c|%q|%U|%#U\n%d|%+d|% d|%5d|%-5d|%05d|%.3d|%x|%#X|%o|%#o|%b|%O|%c|%q|%U|%#U\n%d|%+d|% d|%5d|%-5d|%05d|%.3d|%x|%#X|%o|%#o|%b|%O|%c|%q|%U|%#U\n%d|%+d|% d|%5d|%-5d|%05d|%.3d|%x|%#X|%o|%#o|%b|%O|%c|%q|%U|%#U\n%d|%+d|% d|%5d|%-5d|%05d|%.3d|%x|%#X|%o|%#o|%b|%O|%c|%q|%U|%#U" 0.0 0.0 0.0 0.0 0.0 0.0 0.0 0.0 0.0 0.0 0.0 0.0 0.0 0.0 0.0 0.0 0.0 -0.0 -0.0 -0.0 -0.0 -0.0 -0.0 -0.0 -0.0 -0.0 -0.0 -0.0 -0.0 -0.0 -0.0 -0.0 -0.0 -0.0 1.0 1.0 1.0 1.0 1.0 1.0 1.0 1.0 1.0 1.0 1.0 1.0 1.0 1.0 1.0 1.0 1.0 0.5 0.5 0.5 0.5 0.5 0.5 0.5 0.5 0.5 0.5 0.5 0.5 0.5 0.5 0.5 0.5 0.5 -2.5 -2.5 -2.5 -2.5 -2.5 -2.5 -2.5 -2.5 -2.5 -2.5 -2.5 -2.5 -2.5 -2.5 -2.5 -2.5 -2.5 3.14159265 3.14159265 3.14159265 3.14159265 3.14159265 3.14159265 3.14159265 3.14159265 3.14159265 3.14159265 3.14159265 3.14159265 3.14159265 3.14159265 3.14159265 3.14159265 3.14159265}}"#, r"%!d(float64=0)|%!d(float64=+0)|%!d(float64= 0)|%!d(float64=    0)|%!d(float64=0    )|%!d(float64=00000)|%!d(float64=0)|0x0p+00|0X0.P+00|%!o(float64=0)|%!o(float64=0.00000)|0p-1074|%!O(float64=0)|%!c(float64=0)|%!q(float64=0)|%!U(float64=0)|%!U(float64=0.00000)
%!d(float64=-0)|%!d(float64=-0)|%!d(float64=-0)|%!d(float64=   -0)|%!d(float64=-0   )|%!d(float64=-0000)|%!d(float64=-0)|-0x0p+00|-0X0.P+00|%!o(float64=-0)|%!o(float64=-0.00000)|-0p-1074|%!O(float64=-0)|%!c(float64=-0)|%!q(float64=-0)|%!U(float64=-0)|%!U(float64=-0.00000)
%!d(float64=1)|%!d(float64=+1)|%!d(float64= 1)|%!d(float64=    1)|%!d(float64=1    )|%!d(float64=00001)|%!d(float64=1)|0x1p+00|0X1.P+00|%!o(float64=1)|%!o(float64=1.00000)|4503599627370496p-52|%!O(float64=1)|%!c(float64=1)|%!q(float64=1)|%!U(float64=1)|%!U(float64=1.00000)
%!d(float64=0.5)|%!d(float64=+0.5)|%!d(float64= 0.5)|%!d(float64=  0.5)|%!d(float64=0.5  )|%!d(float64=000.5)|%!d(float64=0.5)|0x1p-01|0X1.P-01|%!o(float64=0.5)|%!o(float64=0.500000)|4503599627370496p-53|%!O(float64=0.5)|%!c(float64=0.5)|%!q(float64=0.5)|%!U(float64=0.5)|%!U(float64=0.500000)
%!d(float64=-2.5)|%!d(float64=-2.5)|%!d(float64=-2.5)|%!d(float64= -2.5)|%!d(float64=-2.5 )|%!d(float64=-02.5)|%!d(float64=-2.5)|-0x1.4p+01|-0X1.4P+01|%!o(float64=-2.5)|%!o(float64=-2.50000)|-5629499534213120p-51|%!O(float64=-2.5)|%!c(float64=-2.5)|%!q(float64=-2.5)|%!U(float64=-2.5)|%!U(float64=-2.50000)
%!d(float64=3.14159265)|%!d(float64=+3.14159265)|%!d(float64= 3.14159265)|%!d(float64=3.14159265)|%!d(float64=3.14159265)|%!d(float64=3.14159265)|%!d(float64=3.14)|0x1.921fb53c8d4f1p+01|0X1.921FB53C8D4F1P+01|%!o(float64=3.14159265)|%!o(float64=3.14159265)|7074237743944945p-51|%!O(float64=3.14159265)|%!c(float64=3.14159265)|%!q(float64=3.14159265)|%!U(float64=3.14159265)|%!U(float64=3.14159265)"),
    ok(THING, false, r#"{{printf "%d|%+d|% d|%5d|%-5d|%05d|%.3d|%x|%#X|%o|%#o|%b|%O|%c|%q|%U|%#U\n%d|%+d|% d|%5d|%-5d|%05d|%.3d|%x|%#X|%o|%#o|%b|%O|%c|%q|%U|%#U\n%d|%+d|% d|%5d|%-5d|%05d|%.3d|%x|%#X|%o|%#o|%b|%O|%c|%q|%U|%#U\n%d|%+d|% d|%5d|%-5d|%05d|%.3d|%x|%#X|%o|%#o|%b|%O|%c|%q|%U|%#U\n%d|%+d|% d|%5d|%-5d|%05d|%.3d|%x|%#X|%o|%#o|%b|%O|%c|%q|%U|%#U\n%d|%+d|% d|%5d|%-5d|%05d|%.3d|%x|%#X|%o|%#o|%b|%O|%c|%q|%U|%#U" 1e-7 1e-7 1e-7 1e-7 1e-7 1e-7 1e-7 1e-7 1e-7 1e-7 1e-7 1e-7 1e-7 1e-7 1e-7 1e-7 1e-7 123456789.0 123456789.0 123456789.0 123456789.0 123456789.0 123456789.0 123456789.0 123456789.0 123456789.0 123456789.0 123456789.0 123456789.0 123456789.0 123456789.0 123456789.0 123456789.0 123456789.0 1e21 1e21 1e21 1e21 1e21 1e21 1e21 1e21 1e21 1e21 1e21 1e21 1e21 1e21 1e21 1e21 1e21 6.02e23 6.02e23 6.02e23 6.02e23 6.02e23 6.02e23 6.02e23 6.02e23 6.02e23 6.02e23 6.02e23 6.02e23 6.02e23 6.02e23 6.02e23 6.02e23 6.02e23 0.000123456 0.000123456 0.000123456 0.000123456 0.000123456 0.000123456 0.000123456 0.000123456 0.000123456 0.000123456 0.000123456 0.000123456 0.000123456 0.000123456 0.000123456 0.000123456 0.000123456 100.0 100.0 100.0 100.0 100.0 100.0 100.0 100.0 100.0 100.0 100.0 100.0 100.0 100.0 100.0 100.0 100.0}}"#, r"%!d(float64=1e-07)|%!d(float64=+1e-07)|%!d(float64= 1e-07)|%!d(float64=1e-07)|%!d(float64=1e-07)|%!d(float64=1e-07)|%!d(float64=1e-07)|0x1.ad7f29abcaf48p-24|0X1.AD7F29ABCAF48P-24|%!o(float64=1e-07)|%!o(float64=1.00000e-07)|7555786372591432p-76|%!O(float64=1e-07)|%!c(float64=1e-07)|%!q(float64=1e-07)|%!U(float64=1e-07)|%!U(float64=1.00000e-07)
%!d(float64=1.23456789e+08)|%!d(float64=+1.23456789e+08)|%!d(float64= 1.23456789e+08)|%!d(float64=1.23456789e+08)|%!d(float64=1.23456789e+08)|%!d(float64=1.23456789e+08)|%!d(float64=1.23e+08)|0x1.d6f3454p+26|0X1.D6F3454P+26|%!o(float64=1.23456789e+08)|%!o(float64=1.23456789e+08)|8285044862877696p-26|%!O(float64=1.23456789e+08)|%!c(float64=1.23456789e+08)|%!q(float64=1.23456789e+08)|%!U(float64=1.23456789e+08)|%!U(float64=1.23456789e+08)
%!d(float64=1e+21)|%!d(float64=+1e+21)|%!d(float64= 1e+21)|%!d(float64=1e+21)|%!d(float64=1e+21)|%!d(float64=1e+21)|%!d(float64=1e+21)|0x1.b1ae4d6e2ef5p+69|0X1.B1AE4D6E2EF5P+69|%!o(float64=1e+21)|%!o(float64=1.00000e+21)|7629394531250000p+17|%!O(float64=1e+21)|%!c(float64=1e+21)|%!q(float64=1e+21)|%!U(float64=1e+21)|%!U(float64=1.00000e+21)
%!d(float64=6.02e+23)|%!d(float64=+6.02e+23)|%!d(float64= 6.02e+23)|%!d(float64=6.02e+23)|%!d(float64=6.02e+23)|%!d(float64=6.02e+23)|%!d(float64=6.02e+23)|0x1.fde9f10a8d361p+78|0X1.FDE9F10A8D361P+78|%!o(float64=6.02e+23)|%!o(float64=6.02000e+23)|8970499038696289p+26|%!O(float64=6.02e+23)|%!c(float64=6.02e+23)|%!q(float64=6.02e+23)|%!U(float64=6.02e+23)|%!U(float64=6.02000e+23)
%!d(float64=0.000123456)|%!d(float64=+0.000123456)|%!d(float64= 0.000123456)|%!d(float64=0.000123456)|%!d(float64=0.000123456)|%!d(float64=0.000123456)|%!d(float64=0.000123)|0x1.02e7ef70994ddp-13|0X1.02E7EF70994DDP-13|%!o(float64=0.000123456)|%!o(float64=0.000123456)|4554722472727773p-65|%!O(float64=0.000123456)|%!c(float64=0.000123456)|%!q(float64=0.000123456)|%!U(float64=0.000123456)|%!U(float64=0.000123456)
%!d(float64=100)|%!d(float64=+100)|%!d(float64= 100)|%!d(float64=  100)|%!d(float64=100  )|%!d(float64=00100)|%!d(float64=100)|0x1.9p+06|0X1.9P+06|%!o(float64=100)|%!o(float64=100.000)|7036874417766400p-46|%!O(float64=100)|%!c(float64=100)|%!q(float64=100)|%!U(float64=100)|%!U(float64=100.000)"),
    ok(THING, false, r#"{{printf "%d|%+d|% d|%5d|%-5d|%05d|%.3d|%x|%#X|%o|%#o|%b|%O|%c|%q|%U|%#U\n%d|%+d|% d|%5d|%-5d|%05d|%.3d|%x|%#X|%o|%#o|%b|%O|%c|%q|%U|%#U\n%d|%+d|% d|%5d|%-5d|%05d|%.3d|%x|%#X|%o|%#o|%b|%O|%c|%q|%U|%#U\n%d|%+d|% d|%5d|%-5d|%05d|%.3d|%x|%#X|%o|%#o|%b|%O|%c|%q|%U|%#U\n%d|%+d|% d|%5d|%-5d|%05d|%.3d|%x|%#X|%o|%#o|%b|%O|%c|%q|%U|%#U\n%d|%+d|% d|%5d|%-5d|%05d|%.3d|%x|%#X|%o|%#o|%b|%O|%c|%q|%U|%#U" 1e6 1e6 1e6 1e6 1e6 1e6 1e6 1e6 1e6 1e6 1e6 1e6 1e6 1e6 1e6 1e6 1e6 999999.5 999999.5 999999.5 999999.5 999999.5 999999.5 999999.5 999999.5 999999.5 999999.5 999999.5 999999.5 999999.5 999999.5 999999.5 999999.5 999999.5 "s" "s" "s" "s" "s" "s" "s" "s" "s" "s" "s" "s" "s" "s" "s" "s" "s" "héllo" "héllo" "héllo" "héllo" "héllo" "héllo" "héllo" "héllo" "héllo" "héllo" "héllo" "héllo" "héllo" "héllo" "héllo" "héllo" "héllo" "" "" "" "" "" "" "" "" "" "" "" "" "" "" "" "" "" true true true true true true true true true true true true true true true true true}}"#, r#"%!d(float64=1e+06)|%!d(float64=+1e+06)|%!d(float64= 1e+06)|%!d(float64=1e+06)|%!d(float64=1e+06)|%!d(float64=1e+06)|%!d(float64=1e+06)|0x1.e848p+19|0X1.E848P+19|%!o(float64=1e+06)|%!o(float64=1.00000e+06)|8589934592000000p-33|%!O(float64=1e+06)|%!c(float64=1e+06)|%!q(float64=1e+06)|%!U(float64=1e+06)|%!U(float64=1.00000e+06)
%!d(float64=999999.5)|%!d(float64=+999999.5)|%!d(float64= 999999.5)|%!d(float64=999999.5)|%!d(float64=999999.5)|%!d(float64=999999.5)|%!d(float64=1e+06)|0x1.e847fp+19|0X1.E847FP+19|%!o(float64=999999.5)|%!o(float64=999999.5)|8589930297032704p-33|%!O(float64=999999.5)|%!c(float64=999999.5)|%!q(float64=999999.5)|%!U(float64=999999.5)|%!U(float64=999999.5)
%!d(string=s)|%!d(string=s)|%!d(string=s)|%!d(string=    s)|%!d(string=s    )|%!d(string=0000s)|%!d(string=s)|73|0X73|%!o(string=s)|%!o(string=s)|%!b(string=s)|%!O(string=s)|%!c(string=s)|"s"|%!U(string=s)|%!U(string=s)
%!d(string=héllo)|%!d(string=héllo)|%!d(string=héllo)|%!d(string=héllo)|%!d(string=héllo)|%!d(string=héllo)|%!d(string=hél)|68c3a96c6c6f|0X68C3A96C6C6F|%!o(string=héllo)|%!o(string=héllo)|%!b(string=héllo)|%!O(string=héllo)|%!c(string=héllo)|"héllo"|%!U(string=héllo)|%!U(string=héllo)
%!d(string=)|%!d(string=)|%!d(string=)|%!d(string=     )|%!d(string=     )|%!d(string=00000)|%!d(string=)|||%!o(string=)|%!o(string=)|%!b(string=)|%!O(string=)|%!c(string=)|""|%!U(string=)|%!U(string=)
%!d(bool=true)|%!d(bool=true)|%!d(bool=true)|%!d(bool= true)|%!d(bool=true )|%!d(bool=0true)|%!d(bool=true)|%!x(bool=true)|%!X(bool=true)|%!o(bool=true)|%!o(bool=true)|%!b(bool=true)|%!O(bool=true)|%!c(bool=true)|%!q(bool=true)|%!U(bool=true)|%!U(bool=true)"#),
    ok(THING, false, r#"{{printf "%d|%+d|% d|%5d|%-5d|%05d|%.3d|%x|%#X|%o|%#o|%b|%O|%c|%q|%U|%#U\n%d|%+d|% d|%5d|%-5d|%05d|%.3d|%x|%#X|%o|%#o|%b|%O|%c|%q|%U|%#U\n%d|%+d|% d|%5d|%-5d|%05d|%.3d|%x|%#X|%o|%#o|%b|%O|%c|%q|%U|%#U\n%d|%+d|% d|%5d|%-5d|%05d|%.3d|%x|%#X|%o|%#o|%b|%O|%c|%q|%U|%#U\n%d|%+d|% d|%5d|%-5d|%05d|%.3d|%x|%#X|%o|%#o|%b|%O|%c|%q|%U|%#U\n%d|%+d|% d|%5d|%-5d|%05d|%.3d|%x|%#X|%o|%#o|%b|%O|%c|%q|%U|%#U" .i .i .i .i .i .i .i .i .i .i .i .i .i .i .i .i .i .f .f .f .f .f .f .f .f .f .f .f .f .f .f .f .f .f .big .big .big .big .big .big .big .big .big .big .big .big .big .big .big .big .big .huge .huge .huge .huge .huge .huge .huge .huge .huge .huge .huge .huge .huge .huge .huge .huge .huge .neg .neg .neg .neg .neg .neg .neg .neg .neg .neg .neg .neg .neg .neg .neg .neg .neg (index "ÿ" 1) (index "ÿ" 1) (index "ÿ" 1) (index "ÿ" 1) (index "ÿ" 1) (index "ÿ" 1) (index "ÿ" 1) (index "ÿ" 1) (index "ÿ" 1) (index "ÿ" 1) (index "ÿ" 1) (index "ÿ" 1) (index "ÿ" 1) (index "ÿ" 1) (index "ÿ" 1) (index "ÿ" 1) (index "ÿ" 1)}}"#, "3|+3| 3|    3|3    |00003|003|3|0X3|3|03|11|0o3|\u{3}|'\\x03'|U+0003|U+0003\n%!d(float64=1.5)|%!d(float64=+1.5)|%!d(float64= 1.5)|%!d(float64=  1.5)|%!d(float64=1.5  )|%!d(float64=001.5)|%!d(float64=1.5)|0x1.8p+00|0X1.8P+00|%!o(float64=1.5)|%!o(float64=1.50000)|6755399441055744p-52|%!O(float64=1.5)|%!c(float64=1.5)|%!q(float64=1.5)|%!U(float64=1.5)|%!U(float64=1.50000)\n%!d(float64=1e+300)|%!d(float64=+1e+300)|%!d(float64= 1e+300)|%!d(float64=1e+300)|%!d(float64=1e+300)|%!d(float64=1e+300)|%!d(float64=1e+300)|0x1.7e43c8800759cp+996|0X1.7E43C8800759CP+996|%!o(float64=1e+300)|%!o(float64=1.00000e+300)|6724873095247260p+944|%!O(float64=1e+300)|%!c(float64=1e+300)|%!q(float64=1e+300)|%!U(float64=1e+300)|%!U(float64=1.00000e+300)\n%!d(float64=1.8446744073709552e+19)|%!d(float64=+1.8446744073709552e+19)|%!d(float64= 1.8446744073709552e+19)|%!d(float64=1.8446744073709552e+19)|%!d(float64=1.8446744073709552e+19)|%!d(float64=1.8446744073709552e+19)|%!d(float64=1.84e+19)|0x1p+64|0X1.P+64|%!o(float64=1.8446744073709552e+19)|%!o(float64=1.8446744073709552e+19)|4503599627370496p+12|%!O(float64=1.8446744073709552e+19)|%!c(float64=1.8446744073709552e+19)|%!q(float64=1.8446744073709552e+19)|%!U(float64=1.8446744073709552e+19)|%!U(float64=1.8446744073709552e+19)\n-7|-7|-7|   -7|-7   |-0007|-007|-7|-0X7|-7|-07|-111|-0o7|�|'�'|U+FFFFFFFFFFFFFFF9|U+FFFFFFFFFFFFFFF9\n191|+191| 191|  191|191  |00191|191|bf|0XBF|277|0277|10111111|0o277|¿|'¿'|U+00BF|U+00BF '¿'"),
    ok(THING, false, r#"{{printf "%d|%+d|% d|%5d|%-5d|%05d|%.3d|%x|%#X|%o|%#o|%b|%O|%c|%q|%U|%#U\n%d|%+d|% d|%5d|%-5d|%05d|%.3d|%x|%#X|%o|%#o|%b|%O|%c|%q|%U|%#U\n%d|%+d|% d|%5d|%-5d|%05d|%.3d|%x|%#X|%o|%#o|%b|%O|%c|%q|%U|%#U\n%d|%+d|% d|%5d|%-5d|%05d|%.3d|%x|%#X|%o|%#o|%b|%O|%c|%q|%U|%#U\n%d|%+d|% d|%5d|%-5d|%05d|%.3d|%x|%#X|%o|%#o|%b|%O|%c|%q|%U|%#U\n%d|%+d|% d|%5d|%-5d|%05d|%.3d|%x|%#X|%o|%#o|%b|%O|%c|%q|%U|%#U" 2i 2i 2i 2i 2i 2i 2i 2i 2i 2i 2i 2i 2i 2i 2i 2i 2i -1.5+2.25i -1.5+2.25i -1.5+2.25i -1.5+2.25i -1.5+2.25i -1.5+2.25i -1.5+2.25i -1.5+2.25i -1.5+2.25i -1.5+2.25i -1.5+2.25i -1.5+2.25i -1.5+2.25i -1.5+2.25i -1.5+2.25i -1.5+2.25i -1.5+2.25i .l .l .l .l .l .l .l .l .l .l .l .l .l .l .l .l .l .m .m .m .m .m .m .m .m .m .m .m .m .m .m .m .m .m nil nil nil nil nil nil nil nil nil nil nil nil nil nil nil nil nil .n .n .n .n .n .n .n .n .n .n .n .n .n .n .n .n .n}}"#, "%!d(complex128=(0+2i))|%!d(complex128=(+0+2i))|%!d(complex128=( 0+2i))|%!d(complex128=(    0   +2i))|%!d(complex128=(0    +2   i))|%!d(complex128=(00000+0002i))|%!d(complex128=(0+2i))|(0x0p+00+0x1p+01i)|(0X0.P+00+0X1.P+01i)|%!o(complex128=(0+2i))|%!o(complex128=(0.00000+2.00000i))|(0p-1074+4503599627370496p-51i)|%!O(complex128=(0+2i))|%!c(complex128=(0+2i))|%!q(complex128=(0+2i))|%!U(complex128=(0+2i))|%!U(complex128=(0.00000+2.00000i))\n%!d(complex128=(-1.5+2.25i))|%!d(complex128=(-1.5+2.25i))|%!d(complex128=(-1.5+2.25i))|%!d(complex128=( -1.5+2.25i))|%!d(complex128=(-1.5 +2.25i))|%!d(complex128=(-01.5+2.25i))|%!d(complex128=(-1.5+2.25i))|(-0x1.8p+00+0x1.2p+01i)|(-0X1.8P+00+0X1.2P+01i)|%!o(complex128=(-1.5+2.25i))|%!o(complex128=(-1.50000+2.25000i))|(-6755399441055744p-52+5066549580791808p-51i)|%!O(complex128=(-1.5+2.25i))|%!c(complex128=(-1.5+2.25i))|%!q(complex128=(-1.5+2.25i))|%!U(complex128=(-1.5+2.25i))|%!U(complex128=(-1.50000+2.25000i))\n[1 %!d(string=a) %!d(float64=2.5) <nil> [1 2] map[%!d(string=x):1]]|[+1 %!d(string=a) %!d(float64=+2.5) <nil> [+1 +2] map[%!d(string=x):+1]]|[ 1 %!d(string=a) %!d(float64= 2.5) <nil> [ 1  2] map[%!d(string=x): 1]]|[    1 %!d(string=    a) %!d(float64=  2.5) <nil> [    1     2] map[%!d(string=    x):    1]]|[1     %!d(string=a    ) %!d(float64=2.5  ) <nil> [1     2    ] map[%!d(string=x    ):1    ]]|[00001 %!d(string=0000a) %!d(float64=002.5) <nil> [00001 00002] map[%!d(string=0000x):00001]]|[001 %!d(string=a) %!d(float64=2.5) <nil> [001 002] map[%!d(string=x):001]]|[1 61 0x1.4p+01 <nil> [1 2] map[78:1]]|[0X1 0X61 0X1.4P+01 <nil> [0X1 0X2] map[0X78:0X1]]|[1 %!o(string=a) %!o(float64=2.5) <nil> [1 2] map[%!o(string=x):1]]|[01 %!o(string=a) %!o(float64=2.50000) <nil> [01 02] map[%!o(string=x):01]]|[1 %!b(string=a) 5629499534213120p-51 <nil> [1 10] map[%!b(string=x):1]]|[0o1 %!O(string=a) %!O(float64=2.5) <nil> [0o1 0o2] map[%!O(string=x):0o1]]|[\u{1} %!c(string=a) %!c(float64=2.5) <nil> [\u{1} \u{2}] map[%!c(string=x):\u{1}]]|['\\x01' \"a\" %!q(float64=2.5) <nil> ['\\x01' '\\x02'] map[\"x\":'\\x01']]|[U+0001 %!U(string=a) %!U(float64=2.5) <nil> [U+0001 U+0002] map[%!U(string=x):U+0001]]|[U+0001 %!U(string=a) %!U(float64=2.50000) <nil> [U+0001 U+0002] map[%!U(string=x):U+0001]]\nmap[%!d(string=a):1 %!d(string=b):2]|map[%!d(string=a):+1 %!d(string=b):+2]|map[%!d(string=a): 1 %!d(string=b): 2]|map[%!d(string=    a):    1 %!d(string=    b):    2]|map[%!d(string=a    ):1     %!d(string=b    ):2    ]|map[%!d(string=0000a):00001 %!d(string=0000b):00002]|map[%!d(string=a):001 %!d(string=b):002]|map[61:1 62:2]|map[0X61:0X1 0X62:0X2]|map[%!o(string=a):1 %!o(string=b):2]|map[%!o(string=a):01 %!o(string=b):02]|map[%!b(string=a):1 %!b(string=b):10]|map[%!O(string=a):0o1 %!O(string=b):0o2]|map[%!c(string=a):\u{1} %!c(string=b):\u{2}]|map[\"a\":'\\x01' \"b\":'\\x02']|map[%!U(string=a):U+0001 %!U(string=b):U+0002]|map[%!U(string=a):U+0001 %!U(string=b):U+0002]\n%!d(<nil>)|%!d(<nil>)|%!d(<nil>)|%!d(<nil>)|%!d(<nil>)|%!d(<nil>)|%!d(<nil>)|%!x(<nil>)|%!X(<nil>)|%!o(<nil>)|%!o(<nil>)|%!b(<nil>)|%!O(<nil>)|%!c(<nil>)|%!q(<nil>)|%!U(<nil>)|%!U(<nil>)\n%!d(<nil>)|%!d(<nil>)|%!d(<nil>)|%!d(<nil>)|%!d(<nil>)|%!d(<nil>)|%!d(<nil>)|%!x(<nil>)|%!X(<nil>)|%!o(<nil>)|%!o(<nil>)|%!b(<nil>)|%!O(<nil>)|%!c(<nil>)|%!q(<nil>)|%!U(<nil>)|%!U(<nil>)"),
    ok(THING, false, r#"{{printf "%e|%E|%.2e|%10.3e|%-12e|%+e|%f|%.0f|%#.0f|%8.3f|%-8.2f|%+.1f|% f|%08.2f\n%e|%E|%.2e|%10.3e|%-12e|%+e|%f|%.0f|%#.0f|%8.3f|%-8.2f|%+.1f|% f|%08.2f\n%e|%E|%.2e|%10.3e|%-12e|%+e|%f|%.0f|%#.0f|%8.3f|%-8.2f|%+.1f|% f|%08.2f\n%e|%E|%.2e|%10.3e|%-12e|%+e|%f|%.0f|%#.0f|%8.3f|%-8.2f|%+.1f|% f|%08.2f\n%e|%E|%.2e|%10.3e|%-12e|%+e|%f|%.0f|%#.0f|%8.3f|%-8.2f|%+.1f|% f|%08.2f\n%e|%E|%.2e|%10.3e|%-12e|%+e|%f|%.0f|%#.0f|%8.3f|%-8.2f|%+.1f|% f|%08.2f" 0 0 0 0 0 0 0 0 0 0 0 0 0 0 -0 -0 -0 -0 -0 -0 -0 -0 -0 -0 -0 -0 -0 -0 7 7 7 7 7 7 7 7 7 7 7 7 7 7 -42 -42 -42 -42 -42 -42 -42 -42 -42 -42 -42 -42 -42 -42 255 255 255 255 255 255 255 255 255 255 255 255 255 255 9223372036854775807 9223372036854775807 9223372036854775807 9223372036854775807 9223372036854775807 9223372036854775807 9223372036854775807 9223372036854775807 9223372036854775807 9223372036854775807 9223372036854775807 9223372036854775807 9223372036854775807 9223372036854775807}}"#, r"%!e(int=0)|%!E(int=0)|%!e(int=00)|%!e(int=       000)|%!e(int=0           )|%!e(int=+0)|%!f(int=0)|%!f(int=)|%!f(int=)|%!f(int=     000)|%!f(int=00      )|%!f(int=+0)|%!f(int= 0)|%!f(int=      00)
%!e(int=0)|%!E(int=0)|%!e(int=00)|%!e(int=       000)|%!e(int=0           )|%!e(int=+0)|%!f(int=0)|%!f(int=)|%!f(int=)|%!f(int=     000)|%!f(int=00      )|%!f(int=+0)|%!f(int= 0)|%!f(int=      00)
%!e(int=7)|%!E(int=7)|%!e(int=07)|%!e(int=       007)|%!e(int=7           )|%!e(int=+7)|%!f(int=7)|%!f(int=7)|%!f(int=7)|%!f(int=     007)|%!f(int=07      )|%!f(int=+7)|%!f(int= 7)|%!f(int=      07)
%!e(int=-42)|%!E(int=-42)|%!e(int=-42)|%!e(int=      -042)|%!e(int=-42         )|%!e(int=-42)|%!f(int=-42)|%!f(int=-42)|%!f(int=-42)|%!f(int=    -042)|%!f(int=-42     )|%!f(int=-42)|%!f(int=-42)|%!f(int=     -42)
%!e(int=255)|%!E(int=255)|%!e(int=255)|%!e(int=       255)|%!e(int=255         )|%!e(int=+255)|%!f(int=255)|%!f(int=255)|%!f(int=255)|%!f(int=     255)|%!f(int=255     )|%!f(int=+255)|%!f(int= 255)|%!f(int=     255)
%!e(int=9223372036854775807)|%!E(int=9223372036854775807)|%!e(int=9223372036854775807)|%!e(int=9223372036854775807)|%!e(int=9223372036854775807)|%!e(int=+9223372036854775807)|%!f(int=9223372036854775807)|%!f(int=9223372036854775807)|%!f(int=9223372036854775807)|%!f(int=9223372036854775807)|%!f(int=9223372036854775807)|%!f(int=+9223372036854775807)|%!f(int= 9223372036854775807)|%!f(int=9223372036854775807)"),
    ok(THING, false, r#"{{printf "%e|%E|%.2e|%10.3e|%-12e|%+e|%f|%.0f|%#.0f|%8.3f|%-8.2f|%+.1f|% f|%08.2f\n%e|%E|%.2e|%10.3e|%-12e|%+e|%f|%.0f|%#.0f|%8.3f|%-8.2f|%+.1f|% f|%08.2f\n%e|%E|%.2e|%10.3e|%-12e|%+e|%f|%.0f|%#.0f|%8.3f|%-8.2f|%+.1f|% f|%08.2f\n%e|%E|%.2e|%10.3e|%-12e|%+e|%f|%.0f|%#.0f|%8.3f|%-8.2f|%+.1f|% f|%08.2f\n%e|%E|%.2e|%10.3e|%-12e|%+e|%f|%.0f|%#.0f|%8.3f|%-8.2f|%+.1f|% f|%08.2f\n%e|%E|%.2e|%10.3e|%-12e|%+e|%f|%.0f|%#.0f|%8.3f|%-8.2f|%+.1f|% f|%08.2f" 0.0 0.0 0.0 0.0 0.0 0.0 0.0 0.0 0.0 0.0 0.0 0.0 0.0 0.0 -0.0 -0.0 -0.0 -0.0 -0.0 -0.0 -0.0 -0.0 -0.0 -0.0 -0.0 -0.0 -0.0 -0.0 1.0 1.0 1.0 1.0 1.0 1.0 1.0 1.0 1.0 1.0 1.0 1.0 1.0 1.0 0.5 0.5 0.5 0.5 0.5 0.5 0.5 0.5 0.5 0.5 0.5 0.5 0.5 0.5 -2.5 -2.5 -2.5 -2.5 -2.5 -2.5 -2.5 -2.5 -2.5 -2.5 -2.5 -2.5 -2.5 -2.5 3.14159265 3.14159265 3.14159265 3.14159265 3.14159265 3.14159265 3.14159265 3.14159265 3.14159265 3.14159265 3.14159265 3.14159265 3.14159265 3.14159265}}"#, r"0.000000e+00|0.000000E+00|0.00e+00| 0.000e+00|0.000000e+00|+0.000000e+00|0.000000|0|0.|   0.000|0.00    |+0.0| 0.000000|00000.00
-0.000000e+00|-0.000000E+00|-0.00e+00|-0.000e+00|-0.000000e+00|-0.000000e+00|-0.000000|-0|-0.|  -0.000|-0.00   |-0.0|-0.000000|-0000.00
1.000000e+00|1.000000E+00|1.00e+00| 1.000e+00|1.000000e+00|+1.000000e+00|1.000000|1|1.|   1.000|1.00    |+1.0| 1.000000|00001.00
5.000000e-01|5.000000E-01|5.00e-01| 5.000e-01|5.000000e-01|+5.000000e-01|0.500000|0|0.|   0.500|0.50    |+0.5| 0.500000|00000.50
-2.500000e+00|-2.500000E+00|-2.50e+00|-2.500e+00|-2.500000e+00|-2.500000e+00|-2.500000|-2|-2.|  -2.500|-2.50   |-2.5|-2.500000|-0002.50
3.141593e+00|3.141593E+00|3.14e+00| 3.142e+00|3.141593e+00|+3.141593e+00|3.141593|3|3.|   3.142|3.14    |+3.1| 3.141593|00003.14"),
    ok(THING, false, r#"{{printf "%e|%E|%.2e|%10.3e|%-12e|%+e|%f|%.0f|%#.0f|%8.3f|%-8.2f|%+.1f|% f|%08.2f\n%e|%E|%.2e|%10.3e|%-12e|%+e|%f|%.0f|%#.0f|%8.3f|%-8.2f|%+.1f|% f|%08.2f\n%e|%E|%.2e|%10.3e|%-12e|%+e|%f|%.0f|%#.0f|%8.3f|%-8.2f|%+.1f|% f|%08.2f\n%e|%E|%.2e|%10.3e|%-12e|%+e|%f|%.0f|%#.0f|%8.3f|%-8.2f|%+.1f|% f|%08.2f\n%e|%E|%.2e|%10.3e|%-12e|%+e|%f|%.0f|%#.0f|%8.3f|%-8.2f|%+.1f|% f|%08.2f\n%e|%E|%.2e|%10.3e|%-12e|%+e|%f|%.0f|%#.0f|%8.3f|%-8.2f|%+.1f|% f|%08.2f" 1e-7 1e-7 1e-7 1e-7 1e-7 1e-7 1e-7 1e-7 1e-7 1e-7 1e-7 1e-7 1e-7 1e-7 123456789.0 123456789.0 123456789.0 123456789.0 123456789.0 123456789.0 123456789.0 123456789.0 123456789.0 123456789.0 123456789.0 123456789.0 123456789.0 123456789.0 1e21 1e21 1e21 1e21 1e21 1e21 1e21 1e21 1e21 1e21 1e21 1e21 1e21 1e21 6.02e23 6.02e23 6.02e23 6.02e23 6.02e23 6.02e23 6.02e23 6.02e23 6.02e23 6.02e23 6.02e23 6.02e23 6.02e23 6.02e23 0.000123456 0.000123456 0.000123456 0.000123456 0.000123456 0.000123456 0.000123456 0.000123456 0.000123456 0.000123456 0.000123456 0.000123456 0.000123456 0.000123456 100.0 100.0 100.0 100.0 100.0 100.0 100.0 100.0 100.0 100.0 100.0 100.0 100.0 100.0}}"#, r"1.000000e-07|1.000000E-07|1.00e-07| 1.000e-07|1.000000e-07|+1.000000e-07|0.000000|0|0.|   0.000|0.00    |+0.0| 0.000000|00000.00
1.234568e+08|1.234568E+08|1.23e+08| 1.235e+08|1.234568e+08|+1.234568e+08|123456789.000000|123456789|123456789.|123456789.000|123456789.00|+123456789.0| 123456789.000000|123456789.00
1.000000e+21|1.000000E+21|1.00e+21| 1.000e+21|1.000000e+21|+1.000000e+21|1000000000000000000000.000000|1000000000000000000000|1000000000000000000000.|1000000000000000000000.000|1000000000000000000000.00|+1000000000000000000000.0| 1000000000000000000000.000000|1000000000000000000000.00
6.020000e+23|6.020000E+23|6.02e+23| 6.020e+23|6.020000e+23|+6.020000e+23|601999999999999995805696.000000|601999999999999995805696|601999999999999995805696.|601999999999999995805696.000|601999999999999995805696.00|+601999999999999995805696.0| 601999999999999995805696.000000|601999999999999995805696.00
1.234560e-04|1.234560E-04|1.23e-04| 1.235e-04|1.234560e-04|+1.234560e-04|0.000123|0|0.|   0.000|0.00    |+0.0| 0.000123|00000.00
1.000000e+02|1.000000E+02|1.00e+02| 1.000e+02|1.000000e+02|+1.000000e+02|100.000000|100|100.| 100.000|100.00  |+100.0| 100.000000|00100.00"),
    ok(THING, false, r#"{{printf "%e|%E|%.2e|%10.3e|%-12e|%+e|%f|%.0f|%#.0f|%8.3f|%-8.2f|%+.1f|% f|%08.2f\n%e|%E|%.2e|%10.3e|%-12e|%+e|%f|%.0f|%#.0f|%8.3f|%-8.2f|%+.1f|% f|%08.2f\n%e|%E|%.2e|%10.3e|%-12e|%+e|%f|%.0f|%#.0f|%8.3f|%-8.2f|%+.1f|% f|%08.2f\n%e|%E|%.2e|%10.3e|%-12e|%+e|%f|%.0f|%#.0f|%8.3f|%-8.2f|%+.1f|% f|%08.2f\n%e|%E|%.2e|%10.3e|%-12e|%+e|%f|%.0f|%#.0f|%8.3f|%-8.2f|%+.1f|% f|%08.2f\n%e|%E|%.2e|%10.3e|%-12e|%+e|%f|%.0f|%#.0f|%8.3f|%-8.2f|%+.1f|% f|%08.2f" 1e6 1e6 1e6 1e6 1e6 1e6 1e6 1e6 1e6 1e6 1e6 1e6 1e6 1e6 999999.5 999999.5 999999.5 999999.5 999999.5 999999.5 999999.5 999999.5 999999.5 999999.5 999999.5 999999.5 999999.5 999999.5 "s" "s" "s" "s" "s" "s" "s" "s" "s" "s" "s" "s" "s" "s" "héllo" "héllo" "héllo" "héllo" "héllo" "héllo" "héllo" "héllo" "héllo" "héllo" "héllo" "héllo" "héllo" "héllo" "" "" "" "" "" "" "" "" "" "" "" "" "" "" true true true true true true true true true true true true true true}}"#, r"1.000000e+06|1.000000E+06|1.00e+06| 1.000e+06|1.000000e+06|+1.000000e+06|1000000.000000|1000000|1000000.|1000000.000|1000000.00|+1000000.0| 1000000.000000|1000000.00
9.999995e+05|9.999995E+05|1.00e+06| 1.000e+06|9.999995e+05|+9.999995e+05|999999.500000|1000000|1000000.|999999.500|999999.50|+999999.5| 999999.500000|999999.50
%!e(string=s)|%!E(string=s)|%!e(string=s)|%!e(string=         s)|%!e(string=s           )|%!e(string=s)|%!f(string=s)|%!f(string=)|%!f(string=)|%!f(string=       s)|%!f(string=s       )|%!f(string=s)|%!f(string=s)|%!f(string=0000000s)
%!e(string=héllo)|%!E(string=héllo)|%!e(string=hé)|%!e(string=       hél)|%!e(string=héllo       )|%!e(string=héllo)|%!f(string=héllo)|%!f(string=)|%!f(string=)|%!f(string=     hél)|%!f(string=hé      )|%!f(string=h)|%!f(string=héllo)|%!f(string=000000hé)
%!e(string=)|%!E(string=)|%!e(string=)|%!e(string=          )|%!e(string=            )|%!e(string=)|%!f(string=)|%!f(string=)|%!f(string=)|%!f(string=        )|%!f(string=        )|%!f(string=)|%!f(string=)|%!f(string=00000000)
%!e(bool=true)|%!E(bool=true)|%!e(bool=true)|%!e(bool=      true)|%!e(bool=true        )|%!e(bool=true)|%!f(bool=true)|%!f(bool=true)|%!f(bool=true)|%!f(bool=    true)|%!f(bool=true    )|%!f(bool=true)|%!f(bool=true)|%!f(bool=0000true)"),
    ok(THING, false, r#"{{printf "%e|%E|%.2e|%10.3e|%-12e|%+e|%f|%.0f|%#.0f|%8.3f|%-8.2f|%+.1f|% f|%08.2f\n%e|%E|%.2e|%10.3e|%-12e|%+e|%f|%.0f|%#.0f|%8.3f|%-8.2f|%+.1f|% f|%08.2f\n%e|%E|%.2e|%10.3e|%-12e|%+e|%f|%.0f|%#.0f|%8.3f|%-8.2f|%+.1f|% f|%08.2f\n%e|%E|%.2e|%10.3e|%-12e|%+e|%f|%.0f|%#.0f|%8.3f|%-8.2f|%+.1f|% f|%08.2f\n%e|%E|%.2e|%10.3e|%-12e|%+e|%f|%.0f|%#.0f|%8.3f|%-8.2f|%+.1f|% f|%08.2f\n%e|%E|%.2e|%10.3e|%-12e|%+e|%f|%.0f|%#.0f|%8.3f|%-8.2f|%+.1f|% f|%08.2f" .i .i .i .i .i .i .i .i .i .i .i .i .i .i .f .f .f .f .f .f .f .f .f .f .f .f .f .f .big .big .big .big .big .big .big .big .big .big .big .big .big .big .huge .huge .huge .huge .huge .huge .huge .huge .huge .huge .huge .huge .huge .huge .neg .neg .neg .neg .neg .neg .neg .neg .neg .neg .neg .neg .neg .neg (index "ÿ" 1) (index "ÿ" 1) (index "ÿ" 1) (index "ÿ" 1) (index "ÿ" 1) (index "ÿ" 1) (index "ÿ" 1) (index "ÿ" 1) (index "ÿ" 1) (index "ÿ" 1) (index "ÿ" 1) (index "ÿ" 1) (index "ÿ" 1) (index "ÿ" 1)}}"#, r"%!e(int64=3)|%!E(int64=3)|%!e(int64=03)|%!e(int64=       003)|%!e(int64=3           )|%!e(int64=+3)|%!f(int64=3)|%!f(int64=3)|%!f(int64=3)|%!f(int64=     003)|%!f(int64=03      )|%!f(int64=+3)|%!f(int64= 3)|%!f(int64=      03)
1.500000e+00|1.500000E+00|1.50e+00| 1.500e+00|1.500000e+00|+1.500000e+00|1.500000|2|2.|   1.500|1.50    |+1.5| 1.500000|00001.50
1.000000e+300|1.000000E+300|1.00e+300|1.000e+300|1.000000e+300|+1.000000e+300|1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000|1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160|1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.|1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000|1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.00|+1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.0| 1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000|1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.00
1.844674e+19|1.844674E+19|1.84e+19| 1.845e+19|1.844674e+19|+1.844674e+19|18446744073709551616.000000|18446744073709551616|18446744073709551616.|18446744073709551616.000|18446744073709551616.00|+18446744073709551616.0| 18446744073709551616.000000|18446744073709551616.00
%!e(int64=-7)|%!E(int64=-7)|%!e(int64=-07)|%!e(int64=      -007)|%!e(int64=-7          )|%!e(int64=-7)|%!f(int64=-7)|%!f(int64=-7)|%!f(int64=-7)|%!f(int64=    -007)|%!f(int64=-07     )|%!f(int64=-7)|%!f(int64=-7)|%!f(int64=     -07)
%!e(uint8=191)|%!E(uint8=191)|%!e(uint8=191)|%!e(uint8=       191)|%!e(uint8=191         )|%!e(uint8=+191)|%!f(uint8=191)|%!f(uint8=191)|%!f(uint8=191)|%!f(uint8=     191)|%!f(uint8=191     )|%!f(uint8=+191)|%!f(uint8= 191)|%!f(uint8=     191)"),
    ok(THING, false, r#"{{printf "%e|%E|%.2e|%10.3e|%-12e|%+e|%f|%.0f|%#.0f|%8.3f|%-8.2f|%+.1f|% f|%08.2f\n%e|%E|%.2e|%10.3e|%-12e|%+e|%f|%.0f|%#.0f|%8.3f|%-8.2f|%+.1f|% f|%08.2f\n%e|%E|%.2e|%10.3e|%-12e|%+e|%f|%.0f|%#.0f|%8.3f|%-8.2f|%+.1f|% f|%08.2f\n%e|%E|%.2e|%10.3e|%-12e|%+e|%f|%.0f|%#.0f|%8.3f|%-8.2f|%+.1f|% f|%08.2f\n%e|%E|%.2e|%10.3e|%-12e|%+e|%f|%.0f|%#.0f|%8.3f|%-8.2f|%+.1f|% f|%08.2f\n%e|%E|%.2e|%10.3e|%-12e|%+e|%f|%.0f|%#.0f|%8.3f|%-8.2f|%+.1f|% f|%08.2f" 2i 2i 2i 2i 2i 2i 2i 2i 2i 2i 2i 2i 2i 2i -1.5+2.25i -1.5+2.25i -1.5+2.25i -1.5+2.25i -1.5+2.25i -1.5+2.25i -1.5+2.25i -1.5+2.25i -1.5+2.25i -1.5+2.25i -1.5+2.25i -1.5+2.25i -1.5+2.25i -1.5+2.25i .l .l .l .l .l .l .l .l .l .l .l .l .l .l .m .m .m .m .m .m .m .m .m .m .m .m .m .m nil nil nil nil nil nil nil nil nil nil nil nil nil nil .n .n .n .n .n .n .n .n .n .n .n .n .n .n}}"#, r"(0.000000e+00+2.000000e+00i)|(0.000000E+00+2.000000E+00i)|(0.00e+00+2.00e+00i)|( 0.000e+00+2.000e+00i)|(0.000000e+00+2.000000e+00i)|(+0.000000e+00+2.000000e+00i)|(0.000000+2.000000i)|(0+2i)|(0.+2.i)|(   0.000  +2.000i)|(0.00    +2.00   i)|(+0.0+2.0i)|( 0.000000+2.000000i)|(00000.00+0002.00i)
(-1.500000e+00+2.250000e+00i)|(-1.500000E+00+2.250000E+00i)|(-1.50e+00+2.25e+00i)|(-1.500e+00+2.250e+00i)|(-1.500000e+00+2.250000e+00i)|(-1.500000e+00+2.250000e+00i)|(-1.500000+2.250000i)|(-2+2i)|(-2.+2.i)|(  -1.500  +2.250i)|(-1.50   +2.25   i)|(-1.5+2.2i)|(-1.500000+2.250000i)|(-0001.50+0002.25i)
[%!e(int64=1) %!e(string=a) 2.500000e+00 <nil> [%!e(int64=1) %!e(int64=2)] map[%!e(string=x):%!e(int64=1)]]|[%!E(int64=1) %!E(string=a) 2.500000E+00 <nil> [%!E(int64=1) %!E(int64=2)] map[%!E(string=x):%!E(int64=1)]]|[%!e(int64=01) %!e(string=a) 2.50e+00 <nil> [%!e(int64=01) %!e(int64=02)] map[%!e(string=x):%!e(int64=01)]]|[%!e(int64=       001) %!e(string=         a)  2.500e+00 <nil> [%!e(int64=       001) %!e(int64=       002)] map[%!e(string=         x):%!e(int64=       001)]]|[%!e(int64=1           ) %!e(string=a           ) 2.500000e+00 <nil> [%!e(int64=1           ) %!e(int64=2           )] map[%!e(string=x           ):%!e(int64=1           )]]|[%!e(int64=+1) %!e(string=a) +2.500000e+00 <nil> [%!e(int64=+1) %!e(int64=+2)] map[%!e(string=x):%!e(int64=+1)]]|[%!f(int64=1) %!f(string=a) 2.500000 <nil> [%!f(int64=1) %!f(int64=2)] map[%!f(string=x):%!f(int64=1)]]|[%!f(int64=1) %!f(string=) 2 <nil> [%!f(int64=1) %!f(int64=2)] map[%!f(string=):%!f(int64=1)]]|[%!f(int64=1) %!f(string=) 2. <nil> [%!f(int64=1) %!f(int64=2)] map[%!f(string=):%!f(int64=1)]]|[%!f(int64=     001) %!f(string=       a)    2.500 <nil> [%!f(int64=     001) %!f(int64=     002)] map[%!f(string=       x):%!f(int64=     001)]]|[%!f(int64=01      ) %!f(string=a       ) 2.50     <nil> [%!f(int64=01      ) %!f(int64=02      )] map[%!f(string=x       ):%!f(int64=01      )]]|[%!f(int64=+1) %!f(string=a) +2.5 <nil> [%!f(int64=+1) %!f(int64=+2)] map[%!f(string=x):%!f(int64=+1)]]|[%!f(int64= 1) %!f(string=a)  2.500000 <nil> [%!f(int64= 1) %!f(int64= 2)] map[%!f(string=x):%!f(int64= 1)]]|[%!f(int64=      01) %!f(string=0000000a) 00002.50 <nil> [%!f(int64=      01) %!f(int64=      02)] map[%!f(string=0000000x):%!f(int64=      01)]]
map[%!e(string=a):%!e(int64=1) %!e(string=b):%!e(int64=2)]|map[%!E(string=a):%!E(int64=1) %!E(string=b):%!E(int64=2)]|map[%!e(string=a):%!e(int64=01) %!e(string=b):%!e(int64=02)]|map[%!e(string=         a):%!e(int64=       001) %!e(string=         b):%!e(int64=       002)]|map[%!e(string=a           ):%!e(int64=1           ) %!e(string=b           ):%!e(int64=2           )]|map[%!e(string=a):%!e(int64=+1) %!e(string=b):%!e(int64=+2)]|map[%!f(string=a):%!f(int64=1) %!f(string=b):%!f(int64=2)]|map[%!f(string=):%!f(int64=1) %!f(string=):%!f(int64=2)]|map[%!f(string=):%!f(int64=1) %!f(string=):%!f(int64=2)]|map[%!f(string=       a):%!f(int64=     001) %!f(string=       b):%!f(int64=     002)]|map[%!f(string=a       ):%!f(int64=01      ) %!f(string=b       ):%!f(int64=02      )]|map[%!f(string=a):%!f(int64=+1) %!f(string=b):%!f(int64=+2)]|map[%!f(string=a):%!f(int64= 1) %!f(string=b):%!f(int64= 2)]|map[%!f(string=0000000a):%!f(int64=      01) %!f(string=0000000b):%!f(int64=      02)]
%!e(<nil>)|%!E(<nil>)|%!e(<nil>)|%!e(<nil>)|%!e(<nil>)|%!e(<nil>)|%!f(<nil>)|%!f(<nil>)|%!f(<nil>)|%!f(<nil>)|%!f(<nil>)|%!f(<nil>)|%!f(<nil>)|%!f(<nil>)
%!e(<nil>)|%!E(<nil>)|%!e(<nil>)|%!e(<nil>)|%!e(<nil>)|%!e(<nil>)|%!f(<nil>)|%!f(<nil>)|%!f(<nil>)|%!f(<nil>)|%!f(<nil>)|%!f(<nil>)|%!f(<nil>)|%!f(<nil>)"),
    ok(THING, false, r#"{{printf "%g|%G|%.3g|%#g|%#.3g|%10g|%-10g|%+g|%.0g|%x|%X|%.2x|%#x|%b\n%g|%G|%.3g|%#g|%#.3g|%10g|%-10g|%+g|%.0g|%x|%X|%.2x|%#x|%b\n%g|%G|%.3g|%#g|%#.3g|%10g|%-10g|%+g|%.0g|%x|%X|%.2x|%#x|%b\n%g|%G|%.3g|%#g|%#.3g|%10g|%-10g|%+g|%.0g|%x|%X|%.2x|%#x|%b\n%g|%G|%.3g|%#g|%#.3g|%10g|%-10g|%+g|%.0g|%x|%X|%.2x|%#x|%b\n%g|%G|%.3g|%#g|%#.3g|%10g|%-10g|%+g|%.0g|%x|%X|%.2x|%#x|%b" 0 0 0 0 0 0 0 0 0 0 0 0 0 0 -0 -0 -0 -0 -0 -0 -0 -0 -0 -0 -0 -0 -0 -0 7 7 7 7 7 7 7 7 7 7 7 7 7 7 -42 -42 -42 -42 -42 -42 -42 -42 -42 -42 -42 -42 -42 -42 255 255 255 255 255 255 255 255 255 255 255 255 255 255 9223372036854775807 9223372036854775807 9223372036854775807 9223372036854775807 9223372036854775807 9223372036854775807 9223372036854775807 9223372036854775807 9223372036854775807 9223372036854775807 9223372036854775807 9223372036854775807 9223372036854775807 9223372036854775807}}"#, r"%!g(int=0)|%!G(int=0)|%!g(int=000)|%!g(int=0)|%!g(int=000)|%!g(int=         0)|%!g(int=0         )|%!g(int=+0)|%!g(int=)|0|0|00|0x0|0
%!g(int=0)|%!G(int=0)|%!g(int=000)|%!g(int=0)|%!g(int=000)|%!g(int=         0)|%!g(int=0         )|%!g(int=+0)|%!g(int=)|0|0|00|0x0|0
%!g(int=7)|%!G(int=7)|%!g(int=007)|%!g(int=7)|%!g(int=007)|%!g(int=         7)|%!g(int=7         )|%!g(int=+7)|%!g(int=7)|7|7|07|0x7|111
%!g(int=-42)|%!G(int=-42)|%!g(int=-042)|%!g(int=-42)|%!g(int=-042)|%!g(int=       -42)|%!g(int=-42       )|%!g(int=-42)|%!g(int=-42)|-2a|-2A|-2a|-0x2a|-101010
%!g(int=255)|%!G(int=255)|%!g(int=255)|%!g(int=255)|%!g(int=255)|%!g(int=       255)|%!g(int=255       )|%!g(int=+255)|%!g(int=255)|ff|FF|ff|0xff|11111111
%!g(int=9223372036854775807)|%!G(int=9223372036854775807)|%!g(int=9223372036854775807)|%!g(int=9223372036854775807)|%!g(int=9223372036854775807)|%!g(int=9223372036854775807)|%!g(int=9223372036854775807)|%!g(int=+9223372036854775807)|%!g(int=9223372036854775807)|7fffffffffffffff|7FFFFFFFFFFFFFFF|7fffffffffffffff|0x7fffffffffffffff|111111111111111111111111111111111111111111111111111111111111111"),
    ok(THING, false, r#"{{printf "%g|%G|%.3g|%#g|%#.3g|%10g|%-10g|%+g|%.0g|%x|%X|%.2x|%#x|%b\n%g|%G|%.3g|%#g|%#.3g|%10g|%-10g|%+g|%.0g|%x|%X|%.2x|%#x|%b\n%g|%G|%.3g|%#g|%#.3g|%10g|%-10g|%+g|%.0g|%x|%X|%.2x|%#x|%b\n%g|%G|%.3g|%#g|%#.3g|%10g|%-10g|%+g|%.0g|%x|%X|%.2x|%#x|%b\n%g|%G|%.3g|%#g|%#.3g|%10g|%-10g|%+g|%.0g|%x|%X|%.2x|%#x|%b\n%g|%G|%.3g|%#g|%#.3g|%10g|%-10g|%+g|%.0g|%x|%X|%.2x|%#x|%b" 0.0 0.0 0.0 0.0 0.0 0.0 0.0 0.0 0.0 0.0 0.0 0.0 0.0 0.0 -0.0 -0.0 -0.0 -0.0 -0.0 -0.0 -0.0 -0.0 -0.0 -0.0 -0.0 -0.0 -0.0 -0.0 1.0 1.0 1.0 1.0 1.0 1.0 1.0 1.0 1.0 1.0 1.0 1.0 1.0 1.0 0.5 0.5 0.5 0.5 0.5 0.5 0.5 0.5 0.5 0.5 0.5 0.5 0.5 0.5 -2.5 -2.5 -2.5 -2.5 -2.5 -2.5 -2.5 -2.5 -2.5 -2.5 -2.5 -2.5 -2.5 -2.5 3.14159265 3.14159265 3.14159265 3.14159265 3.14159265 3.14159265 3.14159265 3.14159265 3.14159265 3.14159265 3.14159265 3.14159265 3.14159265 3.14159265}}"#, r"0|0|0|0.00000|0.00|         0|0         |+0|0|0x0p+00|0X0P+00|0x0.00p+00|0x0.0000p+00|0p-1074
-0|-0|-0|-0.00000|-0.00|        -0|-0        |-0|-0|-0x0p+00|-0X0P+00|-0x0.00p+00|-0x0.0000p+00|-0p-1074
1|1|1|1.00000|1.00|         1|1         |+1|1|0x1p+00|0X1P+00|0x1.00p+00|0x1.0000p+00|4503599627370496p-52
0.5|0.5|0.5|0.500000|0.500|       0.5|0.5       |+0.5|0.5|0x1p-01|0X1P-01|0x1.00p-01|0x1.0000p-01|4503599627370496p-53
-2.5|-2.5|-2.5|-2.50000|-2.50|      -2.5|-2.5      |-2.5|-2|-0x1.4p+01|-0X1.4P+01|-0x1.40p+01|-0x1.4000p+01|-5629499534213120p-51
3.14159265|3.14159265|3.14|3.14159265|3.14|3.14159265|3.14159265|+3.14159265|3|0x1.921fb53c8d4f1p+01|0X1.921FB53C8D4F1P+01|0x1.92p+01|0x1.921fb53c8d4f1p+01|7074237743944945p-51"),
    ok(THING, false, r#"{{printf "%g|%G|%.3g|%#g|%#.3g|%10g|%-10g|%+g|%.0g|%x|%X|%.2x|%#x|%b\n%g|%G|%.3g|%#g|%#.3g|%10g|%-10g|%+g|%.0g|%x|%X|%.2x|%#x|%b\n%g|%G|%.3g|%#g|%#.3g|%10g|%-10g|%+g|%.0g|%x|%X|%.2x|%#x|%b\n%g|%G|%.3g|%#g|%#.3g|%10g|%-10g|%+g|%.0g|%x|%X|%.2x|%#x|%b\n%g|%G|%.3g|%#g|%#.3g|%10g|%-10g|%+g|%.0g|%x|%X|%.2x|%#x|%b\n%g|%G|%.3g|%#g|%#.3g|%10g|%-10g|%+g|%.0g|%x|%X|%.2x|%#x|%b" 1e-7 1e-7 1e-7 1e-7 1e-7 1e-7 1e-7 1e-7 1e-7 1e-7 1e-7 1e-7 1e-7 1e-7 123456789.0 123456789.0 123456789.0 123456789.0 123456789.0 123456789.0 123456789.0 123456789.0 123456789.0 123456789.0 123456789.0 123456789.0 123456789.0 123456789.0 1e21 1e21 1e21 1e21 1e21 1e21 1e21 1e21 1e21 1e21 1e21 1e21 1e21 1e21 6.02e23 6.02e23 6.02e23 6.02e23 6.02e23 6.02e23 6.02e23 6.02e23 6.02e23 6.02e23 6.02e23 6.02e23 6.02e23 6.02e23 0.000123456 0.000123456 0.000123456 0.000123456 0.000123456 0.000123456 0.000123456 0.000123456 0.000123456 0.000123456 0.000123456 0.000123456 0.000123456 0.000123456 100.0 100.0 100.0 100.0 100.0 100.0 100.0 100.0 100.0 100.0 100.0 100.0 100.0 100.0}}"#, r"1e-07|1E-07|1e-07|1.00000e-07|1.00e-07|     1e-07|1e-07     |+1e-07|1e-07|0x1.ad7f29abcaf48p-24|0X1.AD7F29ABCAF48P-24|0x1.adp-24|0x1.ad7f29abcaf48p-24|7555786372591432p-76
1.23456789e+08|1.23456789E+08|1.23e+08|1.23456789e+08|1.23e+08|1.23456789e+08|1.23456789e+08|+1.23456789e+08|1e+08|0x1.d6f3454p+26|0X1.D6F3454P+26|0x1.d7p+26|0x1.d6f3454p+26|8285044862877696p-26
1e+21|1E+21|1e+21|1.00000e+21|1.00e+21|     1e+21|1e+21     |+1e+21|1e+21|0x1.b1ae4d6e2ef5p+69|0X1.B1AE4D6E2EF5P+69|0x1.b2p+69|0x1.b1ae4d6e2ef5p+69|7629394531250000p+17
6.02e+23|6.02E+23|6.02e+23|6.02000e+23|6.02e+23|  6.02e+23|6.02e+23  |+6.02e+23|6e+23|0x1.fde9f10a8d361p+78|0X1.FDE9F10A8D361P+78|0x1.fep+78|0x1.fde9f10a8d361p+78|8970499038696289p+26
0.000123456|0.000123456|0.000123|0.000123456|0.000123|0.000123456|0.000123456|+0.000123456|0.0001|0x1.02e7ef70994ddp-13|0X1.02E7EF70994DDP-13|0x1.03p-13|0x1.02e7ef70994ddp-13|4554722472727773p-65
100|100|100|100.000|100.|       100|100       |+100|1e+02|0x1.9p+06|0X1.9P+06|0x1.90p+06|0x1.9000p+06|7036874417766400p-46"),
    ok(THING, false, r#"{{printf "%g|%G|%.3g|%#g|%#.3g|%10g|%-10g|%+g|%.0g|%x|%X|%.2x|%#x|%b\n%g|%G|%.3g|%#g|%#.3g|%10g|%-10g|%+g|%.0g|%x|%X|%.2x|%#x|%b\n%g|%G|%.3g|%#g|%#.3g|%10g|%-10g|%+g|%.0g|%x|%X|%.2x|%#x|%b\n%g|%G|%.3g|%#g|%#.3g|%10g|%-10g|%+g|%.0g|%x|%X|%.2x|%#x|%b\n%g|%G|%.3g|%#g|%#.3g|%10g|%-10g|%+g|%.0g|%x|%X|%.2x|%#x|%b\n%g|%G|%.3g|%#g|%#.3g|%10g|%-10g|%+g|%.0g|%x|%X|%.2x|%#x|%b" 1e6 1e6 1e6 1e6 1e6 1e6 1e6 1e6 1e6 1e6 1e6 1e6 1e6 1e6 999999.5 999999.5 999999.5 999999.5 999999.5 999999.5 999999.5 999999.5 999999.5 999999.5 999999.5 999999.5 999999.5 999999.5 "s" "s" "s" "s" "s" "s" "s" "s" "s" "s" "s" "s" "s" "s" "héllo" "héllo" "héllo" "héllo" "héllo" "héllo" "héllo" "héllo" "héllo" "héllo" "héllo" "héllo" "héllo" "héllo" "" "" "" "" "" "" "" "" "" "" "" "" "" "" true true true true true true true true true true true true true true}}"#, r"1e+06|1E+06|1e+06|1.00000e+06|1.00e+06|     1e+06|1e+06     |+1e+06|1e+06|0x1.e848p+19|0X1.E848P+19|0x1.e8p+19|0x1.e848p+19|8589934592000000p-33
999999.5|999999.5|1e+06|999999.5|1.00e+06|  999999.5|999999.5  |+999999.5|1e+06|0x1.e847fp+19|0X1.E847FP+19|0x1.e8p+19|0x1.e847fp+19|8589930297032704p-33
%!g(string=s)|%!G(string=s)|%!g(string=s)|%!g(string=s)|%!g(string=s)|%!g(string=         s)|%!g(string=s         )|%!g(string=s)|%!g(string=)|73|73|73|0x73|%!b(string=s)
%!g(string=héllo)|%!G(string=héllo)|%!g(string=hél)|%!g(string=héllo)|%!g(string=hél)|%!g(string=     héllo)|%!g(string=héllo     )|%!g(string=héllo)|%!g(string=)|68c3a96c6c6f|68C3A96C6C6F|68c3|0x68c3a96c6c6f|%!b(string=héllo)
%!g(string=)|%!G(string=)|%!g(string=)|%!g(string=)|%!g(string=)|%!g(string=          )|%!g(string=          )|%!g(string=)|%!g(string=)|||||%!b(string=)
%!g(bool=true)|%!G(bool=true)|%!g(bool=true)|%!g(bool=true)|%!g(bool=true)|%!g(bool=      true)|%!g(bool=true      )|%!g(bool=true)|%!g(bool=true)|%!x(bool=true)|%!X(bool=true)|%!x(bool=true)|%!x(bool=true)|%!b(bool=true)"),
    ok(THING, false, r#"{{printf "%g|%G|%.3g|%#g|%#.3g|%10g|%-10g|%+g|%.0g|%x|%X|%.2x|%#x|%b\n%g|%G|%.3g|%#g|%#.3g|%10g|%-10g|%+g|%.0g|%x|%X|%.2x|%#x|%b\n%g|%G|%.3g|%#g|%#.3g|%10g|%-10g|%+g|%.0g|%x|%X|%.2x|%#x|%b\n%g|%G|%.3g|%#g|%#.3g|%10g|%-10g|%+g|%.0g|%x|%X|%.2x|%#x|%b\n%g|%G|%.3g|%#g|%#.3g|%10g|%-10g|%+g|%.0g|%x|%X|%.2x|%#x|%b\n%g|%G|%.3g|%#g|%#.3g|%10g|%-10g|%+g|%.0g|%x|%X|%.2x|%#x|%b" .i .i .i .i .i .i .i .i .i .i .i .i .i .i .f .f .f .f .f .f .f .f .f .f .f .f .f .f .big .big .big .big .big .big .big .big .big .big .big .big .big .big .huge .huge .huge .huge .huge .huge .huge .huge .huge .huge .huge .huge .huge .huge .neg .neg .neg .neg .neg .neg .neg .neg .neg .neg .neg .neg .neg .neg (index "ÿ" 1) (index "ÿ" 1) (index "ÿ" 1) (index "ÿ" 1) (index "ÿ" 1) (index "ÿ" 1) (index "ÿ" 1) (index "ÿ" 1) (index "ÿ" 1) (index "ÿ" 1) (index "ÿ" 1) (index "ÿ" 1) (index "ÿ" 1) (index "ÿ" 1)}}"#, r"%!g(int64=3)|%!G(int64=3)|%!g(int64=003)|%!g(int64=3)|%!g(int64=003)|%!g(int64=         3)|%!g(int64=3         )|%!g(int64=+3)|%!g(int64=3)|3|3|03|0x3|11
1.5|1.5|1.5|1.50000|1.50|       1.5|1.5       |+1.5|2|0x1.8p+00|0X1.8P+00|0x1.80p+00|0x1.8000p+00|6755399441055744p-52
1e+300|1E+300|1e+300|1.00000e+300|1.00e+300|    1e+300|1e+300    |+1e+300|1e+300|0x1.7e43c8800759cp+996|0X1.7E43C8800759CP+996|0x1.7ep+996|0x1.7e43c8800759cp+996|6724873095247260p+944
1.8446744073709552e+19|1.8446744073709552E+19|1.84e+19|1.8446744073709552e+19|1.84e+19|1.8446744073709552e+19|1.8446744073709552e+19|+1.8446744073709552e+19|2e+19|0x1p+64|0X1P+64|0x1.00p+64|0x1.0000p+64|4503599627370496p+12
%!g(int64=-7)|%!G(int64=-7)|%!g(int64=-007)|%!g(int64=-7)|%!g(int64=-007)|%!g(int64=        -7)|%!g(int64=-7        )|%!g(int64=-7)|%!g(int64=-7)|-7|-7|-07|-0x7|-111
%!g(uint8=191)|%!G(uint8=191)|%!g(uint8=191)|%!g(uint8=191)|%!g(uint8=191)|%!g(uint8=       191)|%!g(uint8=191       )|%!g(uint8=+191)|%!g(uint8=191)|bf|BF|bf|0xbf|10111111"),
    ok(THING, false, r#"{{printf "%g|%G|%.3g|%#g|%#.3g|%10g|%-10g|%+g|%.0g|%x|%X|%.2x|%#x|%b\n%g|%G|%.3g|%#g|%#.3g|%10g|%-10g|%+g|%.0g|%x|%X|%.2x|%#x|%b\n%g|%G|%.3g|%#g|%#.3g|%10g|%-10g|%+g|%.0g|%x|%X|%.2x|%#x|%b\n%g|%G|%.3g|%#g|%#.3g|%10g|%-10g|%+g|%.0g|%x|%X|%.2x|%#x|%b\n%g|%G|%.3g|%#g|%#.3g|%10g|%-10g|%+g|%.0g|%x|%X|%.2x|%#x|%b\n%g|%G|%.3g|%#g|%#.3g|%10g|%-10g|%+g|%.0g|%x|%X|%.2x|%#x|%b" 2i 2i 2i 2i 2i 2i 2i 2i 2i 2i 2i 2i 2i 2i -1.5+2.25i -1.5+2.25i -1.5+2.25i -1.5+2.25i -1.5+2.25i -1.5+2.25i -1.5+2.25i -1.5+2.25i -1.5+2.25i -1.5+2.25i -1.5+2.25i -1.5+2.25i -1.5+2.25i -1.5+2.25i .l .l .l .l .l .l .l .l .l .l .l .l .l .l .m .m .m .m .m .m .m .m .m .m .m .m .m .m nil nil nil nil nil nil nil nil nil nil nil nil nil nil .n .n .n .n .n .n .n .n .n .n .n .n .n .n}}"#, r"(0+2i)|(0+2i)|(0+2i)|(0.00000+2.00000i)|(0.00+2.00i)|(         0        +2i)|(0         +2        i)|(+0+2i)|(0+2i)|(0x0p+00+0x1p+01i)|(0X0P+00+0X1P+01i)|(0x0.00p+00+0x1.00p+01i)|(0x0.0000p+00+0x1.0000p+01i)|(0p-1074+4503599627370496p-51i)
(-1.5+2.25i)|(-1.5+2.25i)|(-1.5+2.25i)|(-1.50000+2.25000i)|(-1.50+2.25i)|(      -1.5     +2.25i)|(-1.5      +2.25     i)|(-1.5+2.25i)|(-2+2i)|(-0x1.8p+00+0x1.2p+01i)|(-0X1.8P+00+0X1.2P+01i)|(-0x1.80p+00+0x1.20p+01i)|(-0x1.8000p+00+0x1.2000p+01i)|(-6755399441055744p-52+5066549580791808p-51i)
[%!g(int64=1) %!g(string=a) 2.5 <nil> [%!g(int64=1) %!g(int64=2)] map[%!g(string=x):%!g(int64=1)]]|[%!G(int64=1) %!G(string=a) 2.5 <nil> [%!G(int64=1) %!G(int64=2)] map[%!G(string=x):%!G(int64=1)]]|[%!g(int64=001) %!g(string=a) 2.5 <nil> [%!g(int64=001) %!g(int64=002)] map[%!g(string=x):%!g(int64=001)]]|[%!g(int64=1) %!g(string=a) 2.50000 <nil> [%!g(int64=1) %!g(int64=2)] map[%!g(string=x):%!g(int64=1)]]|[%!g(int64=001) %!g(string=a) 2.50 <nil> [%!g(int64=001) %!g(int64=002)] map[%!g(string=x):%!g(int64=001)]]|[%!g(int64=         1) %!g(string=         a)        2.5 <nil> [%!g(int64=         1) %!g(int64=         2)] map[%!g(string=         x):%!g(int64=         1)]]|[%!g(int64=1         ) %!g(string=a         ) 2.5        <nil> [%!g(int64=1         ) %!g(int64=2         )] map[%!g(string=x         ):%!g(int64=1         )]]|[%!g(int64=+1) %!g(string=a) +2.5 <nil> [%!g(int64=+1) %!g(int64=+2)] map[%!g(string=x):%!g(int64=+1)]]|[%!g(int64=1) %!g(string=) 2 <nil> [%!g(int64=1) %!g(int64=2)] map[%!g(string=):%!g(int64=1)]]|[1 61 0x1.4p+01 <nil> [1 2] map[78:1]]|[1 61 0X1.4P+01 <nil> [1 2] map[78:1]]|[01 61 0x1.40p+01 <nil> [01 02] map[78:01]]|[0x1 0x61 0x1.4000p+01 <nil> [0x1 0x2] map[0x78:0x1]]|[1 %!b(string=a) 5629499534213120p-51 <nil> [1 10] map[%!b(string=x):1]]
map[%!g(string=a):%!g(int64=1) %!g(string=b):%!g(int64=2)]|map[%!G(string=a):%!G(int64=1) %!G(string=b):%!G(int64=2)]|map[%!g(string=a):%!g(int64=001) %!g(string=b):%!g(int64=002)]|map[%!g(string=a):%!g(int64=1) %!g(string=b):%!g(int64=2)]|map[%!g(string=a):%!g(int64=001) %!g(string=b):%!g(int64=002)]|map[%!g(string=         a):%!g(int64=         1) %!g(string=         b):%!g(int64=         2)]|map[%!g(string=a         ):%!g(int64=1         ) %!g(string=b         ):%!g(int64=2         )]|map[%!g(string=a):%!g(int64=+1) %!g(string=b):%!g(int64=+2)]|map[%!g(string=):%!g(int64=1) %!g(string=):%!g(int64=2)]|map[61:1 62:2]|map[61:1 62:2]|map[61:01 62:02]|map[0x61:0x1 0x62:0x2]|map[%!b(string=a):1 %!b(string=b):10]
%!g(<nil>)|%!G(<nil>)|%!g(<nil>)|%!g(<nil>)|%!g(<nil>)|%!g(<nil>)|%!g(<nil>)|%!g(<nil>)|%!g(<nil>)|%!x(<nil>)|%!X(<nil>)|%!x(<nil>)|%!x(<nil>)|%!b(<nil>)
%!g(<nil>)|%!G(<nil>)|%!g(<nil>)|%!g(<nil>)|%!g(<nil>)|%!g(<nil>)|%!g(<nil>)|%!g(<nil>)|%!g(<nil>)|%!x(<nil>)|%!X(<nil>)|%!x(<nil>)|%!x(<nil>)|%!b(<nil>)"),
    ok(THING, false, r#"{{printf "%s|%q|%+q|%#q|%x|%X|% x|%#x|%5.2s|%-6s|%06s|%t\n%s|%q|%+q|%#q|%x|%X|% x|%#x|%5.2s|%-6s|%06s|%t\n%s|%q|%+q|%#q|%x|%X|% x|%#x|%5.2s|%-6s|%06s|%t\n%s|%q|%+q|%#q|%x|%X|% x|%#x|%5.2s|%-6s|%06s|%t\n%s|%q|%+q|%#q|%x|%X|% x|%#x|%5.2s|%-6s|%06s|%t\n%s|%q|%+q|%#q|%x|%X|% x|%#x|%5.2s|%-6s|%06s|%t" 0 0 0 0 0 0 0 0 0 0 0 0 -0 -0 -0 -0 -0 -0 -0 -0 -0 -0 -0 -0 7 7 7 7 7 7 7 7 7 7 7 7 -42 -42 -42 -42 -42 -42 -42 -42 -42 -42 -42 -42 255 255 255 255 255 255 255 255 255 255 255 255 9223372036854775807 9223372036854775807 9223372036854775807 9223372036854775807 9223372036854775807 9223372036854775807 9223372036854775807 9223372036854775807 9223372036854775807 9223372036854775807 9223372036854775807 9223372036854775807}}"#, r"%!s(int=0)|'\x00'|'\x00'|'\x00'|0|0| 0|0x0|%!s(int=   00)|%!s(int=0     )|%!s(int=000000)|%!t(int=0)
%!s(int=0)|'\x00'|'\x00'|'\x00'|0|0| 0|0x0|%!s(int=   00)|%!s(int=0     )|%!s(int=000000)|%!t(int=0)
%!s(int=7)|'\a'|'\a'|'\a'|7|7| 7|0x7|%!s(int=   07)|%!s(int=7     )|%!s(int=000007)|%!t(int=7)
%!s(int=-42)|'�'|'\ufffd'|'�'|-2a|-2A|-2a|-0x2a|%!s(int=  -42)|%!s(int=-42   )|%!s(int=-00042)|%!t(int=-42)
%!s(int=255)|'ÿ'|'\u00ff'|'ÿ'|ff|FF| ff|0xff|%!s(int=  255)|%!s(int=255   )|%!s(int=000255)|%!t(int=255)
%!s(int=9223372036854775807)|'�'|'\ufffd'|'�'|7fffffffffffffff|7FFFFFFFFFFFFFFF| 7fffffffffffffff|0x7fffffffffffffff|%!s(int=9223372036854775807)|%!s(int=9223372036854775807)|%!s(int=9223372036854775807)|%!t(int=9223372036854775807)"),
    ok(THING, false, r#"{{printf "%s|%q|%+q|%#q|%x|%X|% x|%#x|%5.2s|%-6s|%06s|%t\n%s|%q|%+q|%#q|%x|%X|% x|%#x|%5.2s|%-6s|%06s|%t\n%s|%q|%+q|%#q|%x|%X|% x|%#x|%5.2s|%-6s|%06s|%t\n%s|%q|%+q|%#q|%x|%X|% x|%#x|%5.2s|%-6s|%06s|%t\n%s|%q|%+q|%#q|%x|%X|% x|%#x|%5.2s|%-6s|%06s|%t\n%s|%q|%+q|%#q|%x|%X|% x|%#x|%5.2s|%-6s|%06s|%t" 0.0 0.0 0.0 0.0 0.0 0.0 0.0 0.0 0.0 0.0 0.0 0.0 -0.0 -0.0 -0.0 -0.0 -0.0 -0.0 -0.0 -0.0 -0.0 -0.0 -0.0 -0.0 1.0 1.0 1.0 1.0 1.0 1.0 1.0 1.0 1.0 1.0 1.0 1.0 0.5 0.5 0.5 0.5 0.5 0.5 0.5 0.5 0.5 0.5 0.5 0.5 -2.5 -2.5 -2.5 -2.5 -2.5 -2.5 -2.5 -2.5 -2.5 -2.5 -2.5 -2.5 3.14159265 3.14159265 3.14159265 3.14159265 3.14159265 3.14159265 3.14159265 3.14159265 3.14159265 3.14159265 3.14159265 3.14159265}}"#, r"%!s(float64=0)|%!q(float64=0)|%!q(float64=+0)|%!q(float64=0.00000)|0x0p+00|0X0P+00| 0x0p+00|0x0.0000p+00|%!s(float64=    0)|%!s(float64=0     )|%!s(float64=000000)|%!t(float64=0)
%!s(float64=-0)|%!q(float64=-0)|%!q(float64=-0)|%!q(float64=-0.00000)|-0x0p+00|-0X0P+00|-0x0p+00|-0x0.0000p+00|%!s(float64=   -0)|%!s(float64=-0    )|%!s(float64=-00000)|%!t(float64=-0)
%!s(float64=1)|%!q(float64=1)|%!q(float64=+1)|%!q(float64=1.00000)|0x1p+00|0X1P+00| 0x1p+00|0x1.0000p+00|%!s(float64=    1)|%!s(float64=1     )|%!s(float64=000001)|%!t(float64=1)
%!s(float64=0.5)|%!q(float64=0.5)|%!q(float64=+0.5)|%!q(float64=0.500000)|0x1p-01|0X1P-01| 0x1p-01|0x1.0000p-01|%!s(float64=  0.5)|%!s(float64=0.5   )|%!s(float64=0000.5)|%!t(float64=0.5)
%!s(float64=-2.5)|%!q(float64=-2.5)|%!q(float64=-2.5)|%!q(float64=-2.50000)|-0x1.4p+01|-0X1.4P+01|-0x1.4p+01|-0x1.4000p+01|%!s(float64= -2.5)|%!s(float64=-2.5  )|%!s(float64=-002.5)|%!t(float64=-2.5)
%!s(float64=3.14159265)|%!q(float64=3.14159265)|%!q(float64=+3.14159265)|%!q(float64=3.14159265)|0x1.921fb53c8d4f1p+01|0X1.921FB53C8D4F1P+01| 0x1.921fb53c8d4f1p+01|0x1.921fb53c8d4f1p+01|%!s(float64=  3.1)|%!s(float64=3.14159265)|%!s(float64=3.14159265)|%!t(float64=3.14159265)"),
    ok(THING, false, r#"{{printf "%s|%q|%+q|%#q|%x|%X|% x|%#x|%5.2s|%-6s|%06s|%t\n%s|%q|%+q|%#q|%x|%X|% x|%#x|%5.2s|%-6s|%06s|%t\n%s|%q|%+q|%#q|%x|%X|% x|%#x|%5.2s|%-6s|%06s|%t\n%s|%q|%+q|%#q|%x|%X|% x|%#x|%5.2s|%-6s|%06s|%t\n%s|%q|%+q|%#q|%x|%X|% x|%#x|%5.2s|%-6s|%06s|%t\n%s|%q|%+q|%#q|%x|%X|% x|%#x|%5.2s|%-6s|%06s|%t" 1e-7 1e-7 1e-7 1e-7 1e-7 1e-7 1e-7 1e-7 1e-7 1e-7 1e-7 1e-7 123456789.0 123456789.0 123456789.0 123456789.0 123456789.0 123456789.0 123456789.0 123456789.0 123456789.0 123456789.0 123456789.0 123456789.0 1e21 1e21 1e21 1e21 1e21 1e21 1e21 1e21 1e21 1e21 1e21 1e21 6.02e23 6.02e23 6.02e23 6.02e23 6.02e23 6.02e23 6.02e23 6.02e23 6.02e23 6.02e23 6.02e23 6.02e23 0.000123456 0.000123456 0.000123456 0.000123456 0.000123456 0.000123456 0.000123456 0.000123456 0.000123456 0.000123456 0.000123456 0.000123456 100.0 100.0 100.0 100.0 100.0 100.0 100.0 100.0 100.0 100.0 100.0 100.0}}"#, r"%!s(float64=1e-07)|%!q(float64=1e-07)|%!q(float64=+1e-07)|%!q(float64=1.00000e-07)|0x1.ad7f29abcaf48p-24|0X1.AD7F29ABCAF48P-24| 0x1.ad7f29abcaf48p-24|0x1.ad7f29abcaf48p-24|%!s(float64=1e-07)|%!s(float64=1e-07 )|%!s(float64=01e-07)|%!t(float64=1e-07)
%!s(float64=1.23456789e+08)|%!q(float64=1.23456789e+08)|%!q(float64=+1.23456789e+08)|%!q(float64=1.23456789e+08)|0x1.d6f3454p+26|0X1.D6F3454P+26| 0x1.d6f3454p+26|0x1.d6f3454p+26|%!s(float64=1.2e+08)|%!s(float64=1.23456789e+08)|%!s(float64=1.23456789e+08)|%!t(float64=1.23456789e+08)
%!s(float64=1e+21)|%!q(float64=1e+21)|%!q(float64=+1e+21)|%!q(float64=1.00000e+21)|0x1.b1ae4d6e2ef5p+69|0X1.B1AE4D6E2EF5P+69| 0x1.b1ae4d6e2ef5p+69|0x1.b1ae4d6e2ef5p+69|%!s(float64=1e+21)|%!s(float64=1e+21 )|%!s(float64=01e+21)|%!t(float64=1e+21)
%!s(float64=6.02e+23)|%!q(float64=6.02e+23)|%!q(float64=+6.02e+23)|%!q(float64=6.02000e+23)|0x1.fde9f10a8d361p+78|0X1.FDE9F10A8D361P+78| 0x1.fde9f10a8d361p+78|0x1.fde9f10a8d361p+78|%!s(float64=6e+23)|%!s(float64=6.02e+23)|%!s(float64=6.02e+23)|%!t(float64=6.02e+23)
%!s(float64=0.000123456)|%!q(float64=0.000123456)|%!q(float64=+0.000123456)|%!q(float64=0.000123456)|0x1.02e7ef70994ddp-13|0X1.02E7EF70994DDP-13| 0x1.02e7ef70994ddp-13|0x1.02e7ef70994ddp-13|%!s(float64=0.00012)|%!s(float64=0.000123456)|%!s(float64=0.000123456)|%!t(float64=0.000123456)
%!s(float64=100)|%!q(float64=100)|%!q(float64=+100)|%!q(float64=100.000)|0x1.9p+06|0X1.9P+06| 0x1.9p+06|0x1.9000p+06|%!s(float64=1e+02)|%!s(float64=100   )|%!s(float64=000100)|%!t(float64=100)"),
    ok(THING, false, r#"{{printf "%s|%q|%+q|%#q|%x|%X|% x|%#x|%5.2s|%-6s|%06s|%t\n%s|%q|%+q|%#q|%x|%X|% x|%#x|%5.2s|%-6s|%06s|%t\n%s|%q|%+q|%#q|%x|%X|% x|%#x|%5.2s|%-6s|%06s|%t\n%s|%q|%+q|%#q|%x|%X|% x|%#x|%5.2s|%-6s|%06s|%t\n%s|%q|%+q|%#q|%x|%X|% x|%#x|%5.2s|%-6s|%06s|%t\n%s|%q|%+q|%#q|%x|%X|% x|%#x|%5.2s|%-6s|%06s|%t" 1e6 1e6 1e6 1e6 1e6 1e6 1e6 1e6 1e6 1e6 1e6 1e6 999999.5 999999.5 999999.5 999999.5 999999.5 999999.5 999999.5 999999.5 999999.5 999999.5 999999.5 999999.5 "s" "s" "s" "s" "s" "s" "s" "s" "s" "s" "s" "s" "héllo" "héllo" "héllo" "héllo" "héllo" "héllo" "héllo" "héllo" "héllo" "héllo" "héllo" "héllo" "" "" "" "" "" "" "" "" "" "" "" "" true true true true true true true true true true true true}}"#, r#"%!s(float64=1e+06)|%!q(float64=1e+06)|%!q(float64=+1e+06)|%!q(float64=1.00000e+06)|0x1.e848p+19|0X1.E848P+19| 0x1.e848p+19|0x1.e848p+19|%!s(float64=1e+06)|%!s(float64=1e+06 )|%!s(float64=01e+06)|%!t(float64=1e+06)
%!s(float64=999999.5)|%!q(float64=999999.5)|%!q(float64=+999999.5)|%!q(float64=999999.5)|0x1.e847fp+19|0X1.E847FP+19| 0x1.e847fp+19|0x1.e847fp+19|%!s(float64=1e+06)|%!s(float64=999999.5)|%!s(float64=999999.5)|%!t(float64=999999.5)
s|"s"|"s"|`s`|73|73|73|0x73|    s|s     |00000s|%!t(string=s)
héllo|"héllo"|"h\u00e9llo"|`héllo`|68c3a96c6c6f|68C3A96C6C6F|68 c3 a9 6c 6c 6f|0x68c3a96c6c6f|   hé|héllo |0héllo|%!t(string=héllo)
|""|""|``|||||     |      |000000|%!t(string=)
%!s(bool=true)|%!q(bool=true)|%!q(bool=true)|%!q(bool=true)|%!x(bool=true)|%!X(bool=true)|%!x(bool=true)|%!x(bool=true)|%!s(bool= true)|%!s(bool=true  )|%!s(bool=00true)|true"#),
    ok(THING, false, r#"{{printf "%s|%q|%+q|%#q|%x|%X|% x|%#x|%5.2s|%-6s|%06s|%t\n%s|%q|%+q|%#q|%x|%X|% x|%#x|%5.2s|%-6s|%06s|%t\n%s|%q|%+q|%#q|%x|%X|% x|%#x|%5.2s|%-6s|%06s|%t\n%s|%q|%+q|%#q|%x|%X|% x|%#x|%5.2s|%-6s|%06s|%t\n%s|%q|%+q|%#q|%x|%X|% x|%#x|%5.2s|%-6s|%06s|%t\n%s|%q|%+q|%#q|%x|%X|% x|%#x|%5.2s|%-6s|%06s|%t" .i .i .i .i .i .i .i .i .i .i .i .i .f .f .f .f .f .f .f .f .f .f .f .f .big .big .big .big .big .big .big .big .big .big .big .big .huge .huge .huge .huge .huge .huge .huge .huge .huge .huge .huge .huge .neg .neg .neg .neg .neg .neg .neg .neg .neg .neg .neg .neg (index "ÿ" 1) (index "ÿ" 1) (index "ÿ" 1) (index "ÿ" 1) (index "ÿ" 1) (index "ÿ" 1) (index "ÿ" 1) (index "ÿ" 1) (index "ÿ" 1) (index "ÿ" 1) (index "ÿ" 1) (index "ÿ" 1)}}"#, r"%!s(int64=3)|'\x03'|'\x03'|'\x03'|3|3| 3|0x3|%!s(int64=   03)|%!s(int64=3     )|%!s(int64=000003)|%!t(int64=3)
%!s(float64=1.5)|%!q(float64=1.5)|%!q(float64=+1.5)|%!q(float64=1.50000)|0x1.8p+00|0X1.8P+00| 0x1.8p+00|0x1.8000p+00|%!s(float64=  1.5)|%!s(float64=1.5   )|%!s(float64=0001.5)|%!t(float64=1.5)
%!s(float64=1e+300)|%!q(float64=1e+300)|%!q(float64=+1e+300)|%!q(float64=1.00000e+300)|0x1.7e43c8800759cp+996|0X1.7E43C8800759CP+996| 0x1.7e43c8800759cp+996|0x1.7e43c8800759cp+996|%!s(float64=1e+300)|%!s(float64=1e+300)|%!s(float64=1e+300)|%!t(float64=1e+300)
%!s(float64=1.8446744073709552e+19)|%!q(float64=1.8446744073709552e+19)|%!q(float64=+1.8446744073709552e+19)|%!q(float64=1.8446744073709552e+19)|0x1p+64|0X1P+64| 0x1p+64|0x1.0000p+64|%!s(float64=1.8e+19)|%!s(float64=1.8446744073709552e+19)|%!s(float64=1.8446744073709552e+19)|%!t(float64=1.8446744073709552e+19)
%!s(int64=-7)|'�'|'\ufffd'|'�'|-7|-7|-7|-0x7|%!s(int64=  -07)|%!s(int64=-7    )|%!s(int64=-00007)|%!t(int64=-7)
%!s(uint8=191)|'¿'|'\u00bf'|'¿'|bf|BF| bf|0xbf|%!s(uint8=  191)|%!s(uint8=191   )|%!s(uint8=000191)|%!t(uint8=191)"),
    ok(THING, false, r#"{{printf "%s|%q|%+q|%#q|%x|%X|% x|%#x|%5.2s|%-6s|%06s|%t\n%s|%q|%+q|%#q|%x|%X|% x|%#x|%5.2s|%-6s|%06s|%t\n%s|%q|%+q|%#q|%x|%X|% x|%#x|%5.2s|%-6s|%06s|%t\n%s|%q|%+q|%#q|%x|%X|% x|%#x|%5.2s|%-6s|%06s|%t\n%s|%q|%+q|%#q|%x|%X|% x|%#x|%5.2s|%-6s|%06s|%t\n%s|%q|%+q|%#q|%x|%X|% x|%#x|%5.2s|%-6s|%06s|%t" 2i 2i 2i 2i 2i 2i 2i 2i 2i 2i 2i 2i -1.5+2.25i -1.5+2.25i -1.5+2.25i -1.5+2.25i -1.5+2.25i -1.5+2.25i -1.5+2.25i -1.5+2.25i -1.5+2.25i -1.5+2.25i -1.5+2.25i -1.5+2.25i .l .l .l .l .l .l .l .l .l .l .l .l .m .m .m .m .m .m .m .m .m .m .m .m nil nil nil nil nil nil nil nil nil nil nil nil .n .n .n .n .n .n .n .n .n .n .n .n}}"#, r#"%!s(complex128=(0+2i))|%!q(complex128=(0+2i))|%!q(complex128=(+0+2i))|%!q(complex128=(0.00000+2.00000i))|(0x0p+00+0x1p+01i)|(0X0P+00+0X1P+01i)|( 0x0p+00+0x1p+01i)|(0x0.0000p+00+0x1.0000p+01i)|%!s(complex128=(    0   +2i))|%!s(complex128=(0     +2    i))|%!s(complex128=(000000+00002i))|%!t(complex128=(0+2i))
%!s(complex128=(-1.5+2.25i))|%!q(complex128=(-1.5+2.25i))|%!q(complex128=(-1.5+2.25i))|%!q(complex128=(-1.50000+2.25000i))|(-0x1.8p+00+0x1.2p+01i)|(-0X1.8P+00+0X1.2P+01i)|(-0x1.8p+00+0x1.2p+01i)|(-0x1.8000p+00+0x1.2000p+01i)|%!s(complex128=( -1.5 +2.2i))|%!s(complex128=(-1.5  +2.25 i))|%!s(complex128=(-001.5+02.25i))|%!t(complex128=(-1.5+2.25i))
[%!s(int64=1) a %!s(float64=2.5) <nil> [%!s(int64=1) %!s(int64=2)] map[x:%!s(int64=1)]]|['\x01' "a" %!q(float64=2.5) <nil> ['\x01' '\x02'] map["x":'\x01']]|['\x01' "a" %!q(float64=+2.5) <nil> ['\x01' '\x02'] map["x":'\x01']]|['\x01' `a` %!q(float64=2.50000) <nil> ['\x01' '\x02'] map[`x`:'\x01']]|[1 61 0x1.4p+01 <nil> [1 2] map[78:1]]|[1 61 0X1.4P+01 <nil> [1 2] map[78:1]]|[ 1 61  0x1.4p+01 <nil> [ 1  2] map[78: 1]]|[0x1 0x61 0x1.4000p+01 <nil> [0x1 0x2] map[0x78:0x1]]|[%!s(int64=   01)     a %!s(float64=  2.5) <nil> [%!s(int64=   01) %!s(int64=   02)] map[    x:%!s(int64=   01)]]|[%!s(int64=1     ) a      %!s(float64=2.5   ) <nil> [%!s(int64=1     ) %!s(int64=2     )] map[x     :%!s(int64=1     )]]|[%!s(int64=000001) 00000a %!s(float64=0002.5) <nil> [%!s(int64=000001) %!s(int64=000002)] map[00000x:%!s(int64=000001)]]|[%!t(int64=1) %!t(string=a) %!t(float64=2.5) <nil> [%!t(int64=1) %!t(int64=2)] map[%!t(string=x):%!t(int64=1)]]
map[a:%!s(int64=1) b:%!s(int64=2)]|map["a":'\x01' "b":'\x02']|map["a":'\x01' "b":'\x02']|map[`a`:'\x01' `b`:'\x02']|map[61:1 62:2]|map[61:1 62:2]|map[61: 1 62: 2]|map[0x61:0x1 0x62:0x2]|map[    a:%!s(int64=   01)     b:%!s(int64=   02)]|map[a     :%!s(int64=1     ) b     :%!s(int64=2     )]|map[00000a:%!s(int64=000001) 00000b:%!s(int64=000002)]|map[%!t(string=a):%!t(int64=1) %!t(string=b):%!t(int64=2)]
%!s(<nil>)|%!q(<nil>)|%!q(<nil>)|%!q(<nil>)|%!x(<nil>)|%!X(<nil>)|%!x(<nil>)|%!x(<nil>)|%!s(<nil>)|%!s(<nil>)|%!s(<nil>)|%!t(<nil>)
%!s(<nil>)|%!q(<nil>)|%!q(<nil>)|%!q(<nil>)|%!x(<nil>)|%!X(<nil>)|%!x(<nil>)|%!x(<nil>)|%!s(<nil>)|%!s(<nil>)|%!s(<nil>)|%!t(<nil>)"#),
    // Line numbers in define/block and multi-line actions, scoping, empty templates.
    parse(r#"{{define "a"}}
x
{{end}}
{{define "a"}}
y{{end}}"#, r#"template: output:5: template: multiple definition of template "a""#),
    parse(r#"x
{{block "b" .}}

{{else}}{{end}}"#, r"template: output:2: unexpected {{else}} in block clause"),
    ok(THING, false, r#"{{block "b" .}}

{{end}}
{{define "b"}}
z{{end}}"#, r"
z
"),
    parse(r#"{{define "b"}}
z{{end}}

{{block "b" .}}
q
{{end}}"#, r#"template: output:6: template: multiple definition of template "b""#),
    parse(r#"
{{define "a"}}
{{.x

"#, r"template: output:5: unclosed action started at output:3"),
    parse(r#"{{define "a"}}

{{if}}{{end}}{{end}}"#, r"template: output:3: missing value for if"),
    parse(r#"{{block "b" .}}
{{break}}{{end}}"#, r"template: output:2: {{break}} outside {{range}}"),
    parse(r"{{if .s}}
{{.x

}}", r"template: output:4: unexpected EOF"),
    ok(THING, false, r"{{if
.s
}}x{{end}}", r"x"),
    parse(r#"{{print
1
"a
"}}"#, r"template: output:3: unterminated quoted string in action started at output:1"),
    parse(r"{{print 1
(}}", r"template: output:2: unclosed left paren in action started at output:1"),
    exec(THING, false, r"{{/*

*/}}
{{.s.x}}", r"
", r#"template: output:4:4: executing "output" at <.s.x>: can't evaluate field x in type interface {}"#),
    parse(r#"{{"
"}}"#, r"template: output:1: unterminated quoted string"),
    exec(THING, false, r"{{`

`}}{{.s.x}}", r"

", r#"template: output:3:7: executing "output" at <.s.x>: can't evaluate field x in type interface {}"#),
    parse(r"{{`a

b", r"template: output:1: unterminated raw quoted string"),
    exec(THING, false, r"x{{
.s.x}}", r"x", r#"template: output:2:2: executing "output" at <.s.x>: can't evaluate field x in type interface {}"#),
    ok(THING, false, r"{{range $k, $v := .}}{{$k}},{{end}}", r"apiVersion,b,bf,big,e,el,es,f,huge,i,kind,l,m,metadata,n,neg,s,z,zf,"),
    parse(r"{{range $k, $v := .m}}{{$k}}{{end}}{{$k}}", r#"template: output:1: undefined variable "$k""#),
    ok(THING, false, r"{{with $x := 1}}{{$x = 2}}{{$x}}{{end}}", r"2"),
    ok(THING, false, r#"{{define "t"}}{{$ := 5}}{{$}}{{end}}{{template "t"}}{{$}}"#, r"5map[apiVersion:example.com/v1 b:true bf:false big:1e+300 e:map[] el:[] es: f:1.5 huge:1.8446744073709552e+19 i:3 kind:Thing l:[1 a 2.5 <nil> [1 2] map[x:1]] m:map[a:1 b:2] metadata:map[labels:map[] name:t1] n:<nil> neg:-7 s:hello z:0 zf:0]"),
    ok(THING, false, r#"{{- define "t" -}}
  x  
{{- end -}}
  {{- template "t" -}}  "#, r"x"),
    ok(THING, false, r"   ", r"   "),
    ok(THING, false, r"{{/* only */}}", r""),
    ok(THING, false, r#"{{define "a"}}{{end}}"#, r""),
];

#[test]
fn golden_cases_match_kubectl() {
    let mut failures = Vec::new();
    for case in GOLDEN {
        let data: Value = serde_json::from_str(case.data).unwrap();
        let (output, error, parse_failed) = match GoTemplate::parse(case.template) {
            Err(error) => (String::new(), Some(error.to_string()), true),
            Ok(template) => {
                let (output, error) = template.execute(&data, case.strict);
                (output, error.map(|error| error.to_string()), false)
            }
        };
        let expected = match case.outcome {
            Outcome::Ok => (None, false),
            Outcome::Exec(error) => (Some(error.to_string()), false),
            Outcome::Parse(error) => (Some(error.to_string()), true),
        };
        if output != case.output || (error.clone(), parse_failed) != expected {
            failures.push(format!(
                "{:?} (strict {}):\n  got      {output:?} {error:?}\n  expected {:?} {:?}",
                case.template, case.strict, case.output, expected.0
            ));
        }
    }
    assert!(GOLDEN.len() > 500);
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

fn run(text: &str, data: &Value, strict: bool) -> (String, Option<String>) {
    match GoTemplate::parse(text) {
        Err(error) => (String::new(), Some(error.to_string())),
        Ok(template) => {
            let (output, error) = template.execute(data, strict);
            (output, error.map(|error| error.to_string()))
        }
    }
}

#[test]
fn api_returns_partial_output_with_the_error() {
    let template = GoTemplate::parse("a{{.x}}b{{.y.z}}c").unwrap();
    let data = json!({"x": 1, "y": "s"});
    let (output, error) = template.execute(&data, false);
    assert_eq!(output, "a1b");
    assert_eq!(
        error.unwrap().to_string(),
        r#"template: output:1:12: executing "output" at <.y.z>: can't evaluate field z in type interface {}"#
    );
    let (output, error) = template.execute(&json!({}), true);
    assert_eq!(output, "a");
    assert_eq!(
        error.unwrap().to_string(),
        r#"template: output:1:3: executing "output" at <.x>: map has no entry for key "x""#
    );
    // A template executes any number of times.
    assert_eq!(
        template.execute(&json!({"x": 2, "y": {"z": 3}}), true),
        ("a2b3c".to_string(), None)
    );
    let error = GoTemplate::parse("{{.x").unwrap_err();
    assert_eq!(error.to_string(), "template: output:1: unclosed action");
}

#[test]
fn go_sprint_plus_v_matches_kubectl() {
    // kubectl's "object given to template engine was:" for the golden objects.
    let cases = [
        (THING, "map[apiVersion:example.com/v1 b:true bf:false big:1e+300 e:map[] el:[] es: f:1.5 huge:1.8446744073709552e+19 i:3 kind:Thing l:[1 a 2.5 <nil> [1 2] map[x:1]] m:map[a:1 b:2] metadata:map[labels:map[] name:t1] n:<nil> neg:-7 s:hello z:0 zf:0]"),
        (POD, "map[apiVersion:v1 kind:Pod metadata:map[labels:map[] name:kubia-manual] spec:map[containers:[map[image:luksa/kubia name:kubia ports:[map[containerPort:8080 protocol:TCP]]]]]]"),
        (SECRET, "map[apiVersion:v1 data:map[binary:/w== empty: multi:bGluZTEKbGluZTI= password:cGFzc3dvcmQ=] kind:Secret metadata:map[annotations:map[note:héllo wörld ☃ <b>&</b>] labels:map[app:web tier:backend] name:creds namespace:default] type:Opaque]"),
    ];
    for (data, expected) in cases {
        assert_eq!(
            go_sprint_plus_v(&serde_json::from_str(data).unwrap()),
            expected
        );
    }
}

#[test]
fn numbers_are_typed_as_after_kubectls_json_round_trip() {
    // json.Marshal writes integral float64s below 1e21 without exponent; the int-preserving
    // json.Unmarshal then reads them back as int64.
    let data = json!({"two": 2.0, "zero": -0.0, "half": 0.5, "e20": 1e20, "e21": 1e21, "min": -9.223372036854776e18});
    let (output, error) = run(
        r#"{{printf "%T %T %T %T %T %T" .two .zero .half .e20 .e21 .min}} {{.two}} {{.zero}} {{.e21}}"#,
        &data,
        false,
    );
    assert_eq!(error, None);
    assert_eq!(
        output,
        "int64 int64 float64 float64 float64 int64 2 0 1e+21"
    );
}

#[test]
fn decoded_slices_have_the_capacity_encoding_json_gives_them() {
    let capacities: Vec<usize> = [0, 1, 2, 3, 5, 6, 9, 200, 256, 257, 513, 849, 2049, 5000]
        .into_iter()
        .map(json_slice_capacity)
        .collect();
    assert_eq!(
        capacities,
        [0, 1, 2, 4, 8, 8, 16, 256, 256, 512, 848, 1280, 2560, 5120]
    );
}

#[test]
fn nesting_limits_report_go_errors() {
    let deep_parens = format!(
        "{{{{{}1{}}}}}",
        "(".repeat(MAX_PARSE_DEPTH + 1),
        ")".repeat(MAX_PARSE_DEPTH + 1)
    );
    assert_eq!(
        run(&deep_parens, &json!({}), false).1.unwrap(),
        "template: output:1: max expression depth exceeded"
    );
    let deep_ifs = format!(
        "{}x{}",
        "{{if 1}}".repeat(MAX_PARSE_DEPTH + 1),
        "{{end}}".repeat(MAX_PARSE_DEPTH + 1)
    );
    assert_eq!(
        run(&deep_ifs, &json!({}), false).1.unwrap(),
        "template: output:1: max expression depth exceeded"
    );
    let fine = format!(
        "{}x{}",
        "{{if 1}}".repeat(MAX_PARSE_DEPTH),
        "{{end}}".repeat(MAX_PARSE_DEPTH)
    );
    assert_eq!(run(&fine, &json!({}), false), ("x".to_string(), None));
    let recursive = r#"{{define "r"}}{{.}}{{template "r" .}}{{end}}{{template "r" 1}}"#;
    let (output, error) = run(recursive, &json!({}), false);
    assert_eq!(output, "1".repeat(MAX_EXEC_DEPTH));
    assert_eq!(
        error.unwrap(),
        r#"template: output:1:30: executing "r" at <{{template "r" .}}>: exceeded maximum template depth (100000)"#
    );
}

#[test]
fn the_deepest_template_runs_on_a_small_stack() {
    // Nesting at every limit at once: recursive template calls inside ranges, with the
    // deepest nested function-call argument; 1 MiB is the wasm default stack.
    for ranges in [1, MAX_PARSE_DEPTH / 2, MAX_PARSE_DEPTH] {
        let calls = MAX_PARSE_DEPTH - ranges;
        let text = format!(
            r#"{{{{define "r"}}}}{}{{{{print {}1{}}}}}{{{{template "r" .}}}}{}{{{{end}}}}{{{{template "r" .}}}}"#,
            "{{range 1}}".repeat(ranges),
            "(print ".repeat(calls),
            ")".repeat(calls),
            "{{end}}".repeat(ranges)
        );
        let error = std::thread::Builder::new()
            .stack_size(1 << 20)
            .spawn(move || run(&text, &json!({}), false).1)
            .unwrap()
            .join()
            .unwrap();
        assert!(error
            .unwrap()
            .ends_with("exceeded maximum template depth (100000)"));
    }
}

#[test]
fn runaway_execution_is_stopped() {
    let (output, error) = run("{{range 1000000000}}{{end}}", &json!({}), false);
    assert_eq!(output, "");
    assert_eq!(
        error.unwrap(),
        r#"template: output:1:8: executing "output" at <1000000000>: template execution stopped after 5000000 steps (kubeplay limit)"#
    );
    let (output, error) = run(
        r#"{{range 100}}{{printf "%1000000d" 1}}{{end}}"#,
        &json!({}),
        false,
    );
    assert!(output.len() <= MAX_OUTPUT_BYTES);
    assert!(error.unwrap().ends_with(&format!(
        "template output exceeds {MAX_OUTPUT_BYTES} bytes (kubeplay limit)"
    )));
    let doubling = r#"{{$s := "xx"}}{{range 40}}{{$s = printf "%s%s" $s $s}}{{end}}"#;
    assert!(run(doubling, &json!({}), false)
        .1
        .unwrap()
        .ends_with(&format!(
            "error calling printf: result exceeds {MAX_OUTPUT_BYTES} bytes (kubeplay limit)"
        )));
}

/// A deterministic xorshift generator for the no-panic test.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

#[test]
fn random_templates_never_panic() {
    const PIECES: &[&str] = &[
        "{{",
        "}}",
        "{{- ",
        " -}}",
        "{{/*",
        "*/}}",
        ".a",
        ".b.c",
        ".",
        "$",
        "$x",
        "$x := ",
        "$y = ",
        "(",
        ")",
        "|",
        " ",
        "\n",
        "\"s\"",
        "`r`",
        "'c'",
        "'\\x",
        "1",
        "-2.5e3",
        "0x1p4",
        "2i",
        "1+2i",
        "nil",
        "true",
        "if ",
        "else ",
        "end",
        "range ",
        "with ",
        "break",
        "continue",
        "define \"t\"",
        "template \"t\" ",
        "block \"b\" . ",
        "print ",
        "printf \"%v %d %5.2f %q %x %T %[2]*d %!\" ",
        "len ",
        "index ",
        "slice ",
        "and ",
        "or ",
        "not ",
        "eq ",
        "lt ",
        "le ",
        "html ",
        "js ",
        "urlquery ",
        "exists ",
        "base64decode ",
        "call ",
        ", ",
        "=",
        ":=",
        "é",
        "\u{0}",
        "#",
        "}",
        "{",
    ];
    let data = json!({"a": [1, "x", null, {"b": 2.5}], "b": {"c": "aGk="}, "s": "héllo"});
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    std::thread::Builder::new()
        .stack_size(1 << 20)
        .spawn(move || {
            for _ in 0..3000 {
                let count = 1 + rng.below(24);
                let text: String = (0..count)
                    .map(|_| PIECES[rng.below(PIECES.len())])
                    .collect();
                for strict in [false, true] {
                    let _ = run(&text, &data, strict);
                }
            }
        })
        .unwrap()
        .join()
        .unwrap();
}

#[test]
fn string_work_counts_against_the_step_limit() {
    let data = json!({"big": "x".repeat(1 << 20)});
    let (_, error) = run(
        "{{range 1000000}}{{if eq $.big $.big}}{{end}}{{end}}",
        &data,
        false,
    );
    assert!(error.unwrap().ends_with("steps (kubeplay limit)"));
    let (_, error) = run("{{range 1000000}}{{$x := print $}}{{end}}", &data, false);
    assert!(error.unwrap().ends_with("steps (kubeplay limit)"));
}

#[test]
fn parsed_templates_can_be_shared_between_threads() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<GoTemplate>();
    assert_send_sync::<GoTemplateError>();
}
