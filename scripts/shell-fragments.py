#!/usr/bin/env python3
"""Prints a random 8-line shell script for `scripts/compare-shell.sh` (argument: the seed).

The lines mix what the learner's shell imitates from bash: quoting, parameter expansion,
brace expansion, `$(...)`, pipes, `read`, `case`, `set --`, `source`, `bash FILE`, `bash -c`,
compound commands in pipelines and with redirections (`| while read`, `{ ...; }`, `( ... )`),
`((...))`, `for ((...))`, `[[ ... ]]` and functions; parameter expansion operators
(`${v/p/s}`, `${v:1:2}`, `${v^^}`, `${v@Q}`, `${!n}`), `shift`, printf's numbers and `set -x`;
indexed arrays (`a=(...)`, `a+=(...)`, `a[i]=v`, `"${a[@]}"`, `${#a[@]}`, `${!a[@]}`, slices,
operators on every element, `unset 'a[i]'`, `read -a`, `mapfile`, `declare -p`, elements in `((...))`);
functions as `declare -f`, `declare -F`, `type` and `command -v` show them; variables declared
without a value and read-only ones (`declare -r`, `readonly`) with what refuses to change them;
associative arrays (`declare -A`) and the order of their keys.
"""
import random, sys
random.seed(int(sys.argv[1]))
words = ["a", "b c", "'x y'", '"$v"', "$v", "${v:-d}", "k{1,2}", "{a..c}", "{01..03}", "x{,y}", "$(echo s)", "\"$(echo 'p q')\"", "$#", "\"$@\"", "$1", "~", "'{a,b}'", "\\{a,b\\}", "$((1+2))", "*.nomatch"]
def word(): return random.choice(words)
# One word inside `[[ ... ]]` (the unquoted `b c` would be two).
def cword(): return random.choice([w for w in words if w != "b c"])
def simple():
    if random.random() < 0.08: return "%s; %s" % (random.choice(array_sets), random.choice(array_uses))
    if random.random() < 0.1: return random.choice(expansions)()
    if random.random() < 0.03: return expansions[-1]()
    if random.random() < 0.03: return expansions[-2]()
    if random.random() < 0.03: return expansions[-3]()
    r = random.random()
    if r < 0.35: return "echo " + " ".join(word() for _ in range(random.randint(1,3)))
    if r < 0.45: return "printf '[%s]' " + " ".join(word() for _ in range(random.randint(1,3))) + "; echo"
    if r < 0.55: return "v=" + random.choice(["1", "'m n'", "$(echo z)", "{a,b}", "$v$v"])
    if r < 0.62: return "read r1 r2 <<< " + random.choice(["'a b c'", "' x  y '", "'p\\ q r'", "''"]) + "; echo \"[$r1][$r2]\""
    if r < 0.72: return "case \"" + word().replace("\"","") + "\" in a|b) echo ab;; k*) echo k;& z) echo z;; *) echo other;; esac"
    if r < 0.80: return "set -- " + " ".join(word() for _ in range(random.randint(0,3))) + "; echo \"$# $1\""
    if r < 0.87: return "x=$( " + simple() + " )" + "; echo \"x=$x\""
    if r < 0.93: return simple() + " | " + random.choice(["cat", "tr a-z A-Z", "sort", "wc -l"])
    if r < 0.94: return random.choice(["{ %s; %s; } | %s", "( %s; %s ) | %s", "%s && { %s; } | %s", "for i in 2 1; do %s; %s; done | %s", "if true; then %s; fi; %s | %s"]) % (simple(), simple(), random.choice(["cat", "sort", "wc -l", "while read l; do echo \"<$l>\"; done"]))
    if r < 0.95: return random.choice(["printf 'a b\\nc\\n' | while read p q; do echo \"[$p][$q]\"; cat; done", "n=0; printf 'x\\ny\\n' | while read l; do n=$((n+1)); done; echo n=$n", "while read l; do echo \"<$l>\"; done <<< " + word(), "{ %s; } > o.txt 2>&1; cat o.txt" % simple(), "( v=sub; cd /; %s ); echo \"$v\"" % simple(), "for ((i=0; i<3; i++)); do ((i == 1)) && continue; echo \"i=$i\"; done", "n=2; while ((n--)); do echo \"n=$n\"; done; ((n)); echo $?", "f() { echo \"f:$1:$#\"; local v=loc; return 2; }; f " + word() + "; echo \"rc=$? v=$v\"", "g() { %s; } ; g | tr a-z A-Z" % simple()])
    if r < 0.955: return random.choice(["printf 'echo \"s:$1:$#\"; w=sv\\n' > f.sh; source f.sh q; echo \"w=$w $#\"", "printf 'echo \"b:$0:$1\"; w=bv; exit 4\\n' > g.sh; bash g.sh r; echo \"rc=$? w=$w\"", "echo 'echo piped $0' | bash", "bash -c 'set -u; echo $nope; echo no'; echo \"rc=$?\"", "bash -c 'set -o pipefail; false | true; echo $?'", "for a in x{1..3}; do case $a in x2) continue;; esac; echo $a; done"])
    if r < 0.99: return random.choice(["[[ %s == %s ]]; echo $?" % (cword(), cword()), "[[ -n %s && %s != %s ]] && echo t || echo f" % (cword(), cword(), cword()), "[[ %s =~ ^(a|b|x)[^_]*$ ]]; echo \"$? $BASH_REMATCH\"" % cword(), "[[ %s < %s ]]; echo $?" % (cword(), cword()), "n=2; [[ n+1 -gt 2 || x -eq 0 ]]; echo $?", "[[ ! ( %s == [a-k]* ) ]]; echo $?" % cword(), "f() [[ $1 == *c* ]]; f %s; echo $?" % cword(), "while [[ ${#v} -lt 4 ]]; do v=$v.; done; echo \"$v\"", "[[ %s ]] | cat; echo $?" % cword(), "[[ -f f.sh || -d / ]] && echo file", "[[ a =~ [ ]]; echo $?", "[[ \"x y\" =~ ^(x y)$ ]]; echo $?", "[[ $v == \"$v\" && $v =~ \"$v\" ]]; echo $?", "if [[ -z $v ]]; then echo empty; elif [[ $v == *[[:space:]]* ]]; then echo spaced; fi", "[[ $# -ge 1 && $1 =~ ^.(.)$ ]] && echo \"m=$BASH_REMATCH\"", "[[ 1 == 1 &&\n  %s != '' ]]; echo $?" % cword()])
    return "bash -c '" + random.choice(["echo in; exit 3", "set -e; false; echo no", "echo $0 $1", "for i in 1 2; do echo $i; done"]) + "' n1 a1; echo \"rc=$?\""
# Indexed arrays: ways to set one, and ways to use one (broken subscripts included).
array_sets = ["a=(x 'y z' \"$v\" {1,2} [5]=w)", "a=()", "a=($(echo p q) \"$@\" *.nomatch)", "a+=(n \"$v\")", "a[1]=one", "a[i + 1]=sum", "a[-1]+=z", "a[-9]=bad", "unset 'a[0]'", "unset a", "read -a a <<< ' r s  t'", "a=(\n  x # c\n  y)", "i=2; a[i]=two", "local -a a=(f)", "a=([2]=c [0]=a b)", "a=$v", "a=(\"${a[@]}\" more)", "mapfile -t a <<< $'m\\nn o'", "printf 'p\\nq\\n' | mapfile -t a"]
array_uses = ['echo "${a[@]}" ${#a[@]}', 'printf "[%s]" "${a[@]}"; echo', 'printf "[%s]" ${a[*]} "${a[*]}"; echo', 'echo "${!a[@]}" "${a[-1]}" "$a"', 'echo "${a[@]:1:2}" "${a[*]^^}" ${a[@]: -1}', 'echo "${a[@]/y/Y}" "${a[0]:-d}" "${a[@]#?}"', 'for e in "${a[@]}"; do echo "<$e>"; done', 'declare -p a', '(( a[0] += 1 )); echo "$? ${a[0]}"', 'echo "${a[@]:1:-1}"; echo rc=$?', 'echo ${a[}; echo rc=$?', 'echo "${a[-9]}" "${#a[1]}"', 'echo $(( ${#a[@]} * 2 )) $(( a[1] ))', 'IFS=:; echo "${a[*]}"; unset IFS', '( a+=(sub); echo "${a[@]}" ); echo "${a[@]}"', 'set -- "${a[@]}"; echo "$# $1"']

# Parameter expansions with operators, printf's numbers, `shift`, `set -x` of compound
# commands and arithmetic errors (which abandon the rest of the line).
values = ["abcabc", "'a b  c'", "''", "x.tar.gz", "/usr/local/bin", "AbC", "-3"]
patterns = ["a", "*", "a*", "*c", "?", "[ab]", "b*c", "'*'", "x", "\\*"]
def operator():
    op = random.choice(["/%s/Z", "//%s/Z", "/#%s/Z", "/%%%s/Z", "/%s/[&]", "//%s", ":1", ":1:2", ": -2", ":(-3):2", ":0:0", ":1:-1", "^", "^^", ",", ",,", "^^%s", "@Q", "@U", "@u", "@L"])
    return op % random.choice(patterns) if "%s" in op else op
expansions = [
    lambda: "v=%s; echo \"[${v%s}]\" [${v%s}]" % (random.choice(values), operator(), operator()),
    lambda: "set -- a 'b c' d; echo \"${@:%s}\" ${*:%s}; shift %s; echo \"$? $# $1\"" % (random.choice(["2", "1:2", "0:1", " -1"]), random.choice(["3", "1:1"]), random.choice(["", "2", "5", "-1", "x"])),
    lambda: "printf '%s\\n' %s" % (random.choice(["%d|%i", "%x|%o", "%.2f|%e", "%5d|%-3s"]), " ".join(random.choice(["''", "x", "0x10", "0x1G", "08", "' 7'", "'7 '", "3.5", "-2", "'a"]) for _ in range(2))),
    lambda: "set -x; for i in %s; do :; done; case %s in a*) ;; esac; ((i = %s)); [[ $i == 1* || -z $i ]]; set +x" % (random.choice(["1 2", "'x y'", "$v"]), random.choice(["$i", "abc", "\"$i\""]), random.choice(["1 + 2", "$i * 2", "i"])),
    lambda: "echo $((%s)) next; echo \"rc=$?\"" % random.choice(["1/0", "1 +", "2**3", "08", "a b"]),
    lambda: "n=v; v=%s; echo \"${!n}\"" % random.choice(values),
    lambda: "%s <(%s) %s<(%s); echo \"rc=$?\"" % (random.choice(["cat", "wc -l", "echo", "diff"]), simple(), random.choice(["", "x", "< "]), simple()),
    lambda: "while read l; do echo \"[$l]\"; done < <(%s)" % simple(),
    lambda: "%s; %s" % (random.choice(array_sets), random.choice(array_uses)),
    lambda: "%s; %s; %s" % (random.choice(array_sets), random.choice(array_sets), random.choice(array_uses)),
    lambda: "%s; %s; %s" % (random.choice(["declare w", "declare -a w", "local w", "export w", "readonly w=1", "declare -r w", "readonly w=(1 2)", "declare -rx w=2", "w=(x)"]), random.choice(["w=3", "w+=4", "w[1]=5", "w=(6)", "unset w", "read w <<< r", "for w in 7; do :; done", "((w = 8))", "echo $((w += 9))", "declare w=10", "export w=11", "x=12 w=13 true", "declare +r w", "readonly w"]), random.choice(["declare -p w", "echo \"[${w-unset}] [${w[@]}] $?\"", "[[ -v w ]]; echo $?", "readonly -p | grep -E ' w(=|$)'", "set | grep -c ^w="])),
    lambda: "declare -A m=(%s); %s; %s" % (random.choice(["", "[k]=v", "[a]=1 [b]=2 [c]=3", "[\"x y\"]=1 [z]='' [0]=n", "k1 v1 k2", "[%s]=w" % cword()]), random.choice(["m[k]=new", "m[$v]+=x", "unset 'm[a]'", "m+=([d]=4 [e]=5)", "m=([q]=r)", "(( m[n] += 2 ))", "m=zero", "k=b; m[$k]=kb", ": ${m[w]:=def}", "for i in {1..40}; do m[key$i]=$i; done"]), random.choice(["declare -p m", "echo \"${!m[@]}\" \"${m[@]}\" ${#m[@]}", "for k in \"${!m[@]}\"; do echo \"$k=${m[$k]}\"; done", "[[ -v m[k] ]]; echo $? \"${m[k]:-u}\"", "echo \"${m[@]:1:2}\" \"${m[@]^^}\"", "set | grep ^m="])),
    lambda: "h() { %s; %s; } %s; %s; unset -f h; type -t h; echo \"rc=$?\"" % (simple(), compound(), random.choice(["", "2> /dev/null"]), random.choice(["declare -f h", "type h", "type -t h; command -v h", "declare -F h; typeset -f h", "declare -F | grep -c h"])),
]
# Compound commands in a function's body, for bash's re-printing of it (`declare -f`, `type`).
def compound():
    template = random.choice(["if %s; then %s; elif %s; then %s; else %s; fi", "while %s; do %s; break; done", "until %s; do %s; done", "for i in a 'b c'; do %s; %s & done", "case $v in a|b) %s;; *) %s;& esac", "{ %s; %s; } > /dev/null", "( %s; %s )", "! %s && %s || [[ -n $v && ( $v == a* || ! -z $v ) ]]", "for ((i=0 ; i < 2; i++ )); do %s; %s; done", "cat <<E | %s\nb $v\nE\n%s", "x=$(  %s  ;  %s ) y=`%s` && (( i += 1 ))", "f() { %s; } 2>&1; %s"])
    return template % tuple(one_line() for _ in range(template.count("%s")))
def one_line():
    while True:
        command = simple()
        if "\n" not in command: return command

lines = [simple() for _ in range(8)]
print("\n".join(lines))
