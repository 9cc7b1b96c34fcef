//! Hostile input never breaks the session: random and adversarial lines go through the shell
//! and kubectl; nothing panics, and afterwards the session still answers normally.
//!
//! The generator is seeded (SplitMix64) so failures reproduce; `FUZZ_ITERATIONS=N` runs longer
//! than CI's default, and `FUZZ_SEED=N` mixes N into every test's seed to explore other inputs
//! (a failure names the seed it ran with). The number of inputs tried is printed.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use kubeplay_core::clock::SimDuration;
use kubeplay_core::kubectl::Stream;
use kubeplay_core::rng::SimRng;
use kubeplay_core::session::Session;

const FRAGMENTS: &[&str] = &[
    "edit",
    "--edit",
    "watch",
    "less",
    "more",
    "vi",
    "nano",
    "--output-patch",
    "--save-config",
    "KUBE_EDITOR=nano",
    "auth",
    "diff",
    "--show-secrets",
    "-w",
    "%{http_code}",
    "can-i",
    "whoami",
    "reconcile",
    "--list",
    "--as=jane",
    "--as=system:serviceaccount:default:default",
    "--as-group=system:masters",
    "--as-user-extra=k=v",
    "/healthz",
    "'*'",
    "job",
    "jobs",
    "--from=cronjob/x",
    "set",
    "image",
    "nginx=nginx:1.27",
    "*=busybox",
    "expose",
    "rollout",
    "status",
    "history",
    "undo",
    "restart",
    "pause",
    "resume",
    "--to-revision=1",
    "--revision=2",
    "-w=false",
    "deployment",
    "deploy",
    "rs",
    "ds",
    "daemonsets",
    "deployments.apps",
    "--image=nginx",
    "--replicas=3",
    "--port=80",
    "scale",
    "cordon",
    "uncordon",
    "drain",
    "taint",
    "token",
    "kubeplay-worker",
    "--ignore-daemonsets",
    "--force",
    "k=v:NoExecute",
    "k:NoSchedule-",
    "cm",
    "configmap",
    "secret",
    "generic",
    "docker-registry",
    "sa",
    "serviceaccount",
    "--from-literal=a=b",
    "--from-literal==",
    "--from-file=x",
    "--from-file=k=/",
    "--from-env-file=x",
    "--append-hash",
    "--type=kubernetes.io/tls",
    "base64",
    "-d",
    "-w",
    "aGk=",
    "!!",
    "!$",
    "!-2:s/a/b/",
    "^po^pod^",
    "\"!x\"",
    "kubectl",
    "get",
    "pods",
    "po",
    "pod",
    "nodes",
    "ns",
    "rc",
    "svc",
    "all",
    "events",
    "describe",
    "create",
    "apply",
    "delete",
    "label",
    "annotate",
    "logs",
    "port-forward",
    "exec",
    "run",
    "explain",
    "scale",
    "expose",
    "patch",
    "replace",
    "for",
    "i",
    "in",
    "do",
    "done",
    "if",
    "then",
    "else",
    "fi",
    "break",
    "continue",
    "]",
    "-p",
    "--type=json",
    "--type=merge",
    "--local",
    "'{\"spec\":{\"containers\":[{\"name\":\"kubia\",\"image\":\"x\"}]}}'",
    "'[{\"op\":\"remove\",\"path\":\"/spec\"}]'",
    "'{\"metadata\":{\"labels\":null}}'",
    "--type=LoadBalancer",
    "--overrides={\"spec\":{\"type\":null}}",
    "--replicas=3",
    "--current-replicas=-2",
    "top",
    "config",
    "set-context",
    "--current",
    "set",
    "unset",
    "contexts.a.b.namespace",
    "current-context",
    "use-context",
    "--context=x",
    "--sort-by=.metadata.name",
    "--sort-by=.metadata.labels",
    "--sort-by=.status.containerStatuses[0].ready",
    "--sort-by={.spec.x}",
    "-w",
    "--watch-only",
    "--expose",
    "--port=80",
    "--api-version=apps/v1",
    "--max-depth=2",
    "--recursive",
    "wait",
    "--for=delete",
    "--for=condition=Ready",
    "--for=create",
    "--for=jsonpath={.status.phase}=Running",
    "--for=jsonpath='{.spec}'",
    "--for=jsonpath={.status.conditions[*].type}=x",
    "--timeout=0",
    "--timeout=-1s",
    "--field-selector=metadata.name=kubia-manual",
    "-f",
    "-",
    "kubia-manual.yaml",
    "kubia-gpu.yaml",
    "custom-namespace.yaml",
    "/etc/passwd",
    "-l",
    "-L",
    "-n",
    "-A",
    "-o",
    "yaml",
    "json",
    "wide",
    "name",
    "jsonpath={.items[*].metadata.name}",
    "kyaml",
    "-o=kyaml",
    "--raw",
    "/healthz",
    "/api/v1/pods",
    "/api/v1/namespaces/default/pods?pretty=true",
    "/apis/apps/v1/deployments",
    "--server-print=false",
    "-k",
    "jsonpath-file=x.txt",
    "custom-columns-file=x.txt",
    "go-template={{.kind}}",
    "go-template={{range .items}}{{.metadata.name}} {{end}}",
    "go-template={{printf \"%5.2f|%x|%q\" 3.14159 255 .kind}}",
    "go-template={{index .items 99}}",
    "go-template={{template \"x\"}}",
    "go-template={{define \"x\"}}{{template \"x\"}}{{end}}{{template \"x\"}}",
    "go-template={{range $i, $e := .items}}{{$i}}{{end}}",
    "go-template={{(((((.x)))))}}",
    "template={{.metadata.name | len}}",
    "--template={{.kind}}",
    "--allow-missing-template-keys=false",
    "jsonpath={range .items[*]}{.x}{end}",
    "custom-columns=N:.metadata.name",
    "--show-labels",
    "--overwrite",
    "--all",
    "--grace-period=0",
    "--force",
    "--now",
    "--cascade=orphan",
    "-w",
    "kubia-manual",
    "kubia-gpu",
    "env=prod",
    "env-",
    "a=b=c",
    "'env in (prod,debug)'",
    "'!env'",
    "'x notin ()'",
    "',,,'",
    "'a b'",
    "gpu=true",
    "mycompany.com/x=\"foo bar\"",
    "8888:8080",
    ":8080",
    "--",
    "sh",
    "-c",
    "'echo hi'",
    "curl",
    "localhost:8888",
    "proxy",
    "--api-prefix=/x",
    "--www=.",
    "--accept-paths=(",
    "localhost:8001/api/v1/pods?pretty=t",
    "localhost:8001/api/v1/namespaces/default/pods/x/exec",
    "-i",
    "alpha",
    "plugin",
    "sleep",
    "shift",
    "${v//a/&&}",
    "${v/#*/x}",
    "${v: -99999999999999999999:-1}",
    "${v:(-3):9223372036854775807}",
    "${!v}",
    "<(",
    "time",
    "time -p",
    "TIMEFORMAT=%",
    "<(cat <(echo",
    ">(",
    "< <(kubectl get po -o yaml)",
    "/dev/fd/63",
    "${v@Q}",
    "${@:2:-1}",
    "${v^^[[:alpha:]]}",
    "$((v*v))",
    "1",
    "1e9",
    "0.5",
    "-1",
    "|",
    "||",
    "&&",
    ";",
    "&",
    ">",
    ">>",
    "<",
    "2>&1",
    "$(kubectl config current-context)",
    "`echo x`",
    "\"$HOME\"",
    "${X:-y}",
    "${",
    "$((1+1))",
    "<<EOF",
    "EOF",
    "'",
    "\"",
    "\\",
    "#",
    "*.yaml",
    "[",
    "{",
    "}",
    "(",
    ")",
    "!",
    "~",
    "echo",
    "cat",
    "grep",
    "head",
    "tail",
    "wc",
    "-l",
    "sort",
    "sed",
    "'s/a/b/g'",
    "awk",
    "'{print $1}'",
    "'NR>1 && $3==\"Running\" {n++; print $NF} END {printf \"%d\\n\", n}'",
    "'{$99999=1; x = x x $0; sub(/(/, \"&\")}'",
    "'BEGIN{print substr(\"ab\", -1e30, 1e30) 1/0 -$-1}'",
    "-F",
    "alias",
    "k=kubectl",
    "export",
    "A=1",
    "jobs",
    "kill",
    "%1",
    "history",
    "kubens",
    "kubectx",
    "rm",
    "-rf",
    "/",
    "mkdir",
    "-p",
    "a/b",
    "cd",
    "..",
    "ls",
    "printf",
    "'%s %d'",
    "'%.99999f %99999999999d %*s %q %b'",
    "99999999999",
    "0.0000000000001",
    "xargs",
    "sort -k",
    "tail -n +",
    "wc -L",
    "日本語",
    "テスト",
    "🙂",
    "\u{0}",
    "\u{7f}",
    "\u{202e}",
    "\t",
    "apiVersion:",
    "kind:",
    "List",
    "-it",
    "-i",
    "--rm",
    "--image=busybox",
    "--",
    "sh",
    "-c",
    "'while true; do echo x; sleep 1; done'",
    "'for i in $(seq 3); do echo $i; done'",
    "exit",
    "{a,b}",
    "{1..99999999999}",
    "{-9223372036854775808..9223372036854775807..-1}",
    "{a..Z..0}",
    "kubia-{1..3}{,}",
    "{{{,}}}",
    "{$x,$(echo {a,b})}",
    "{",
    "}",
    "source",
    ".",
    "bash",
    "sh -c",
    "bash -c 'exit 3'",
    "kubia-manual.yaml",
    "set -e",
    "set -u",
    "set -x",
    "set -o pipefail",
    "set --",
    "$1",
    "read",
    "read -r a b <<< 'x y'",
    "IFS=:",
    "case $x in",
    "a|b)",
    ";;",
    ";&",
    "esac",
    "[[",
    "]]",
    "=~",
    "[[ $x =~ ^(a|b)$ ]]",
    "[[ -n $(kubectl get pods -o name) && 1 -lt x+1 ]]",
    "!",
    "-eq",
    "-f",
    "==",
    "<",
    "(",
    ")",
    "$BASH_REMATCH",
    "a=(",
    "a=(x \"y z\" [3]=w $(kubectl get pods -o name))",
    "a+=(q)",
    "a[1]=v",
    "a[i + 1]+=v",
    "a[-99]=x",
    "a[]=x",
    "a[1]=(x)",
    "${a[@]}",
    "\"${a[@]}\"",
    "${a[*]}",
    "${a[0]}",
    "${a[-1]}",
    "${a[-99]}",
    "${#a[@]}",
    "${!a[@]}",
    "${a[@]:1:2}",
    "${a[@]:1:-1}",
    "${a[@]/x/y}",
    "${a[@]:-d}",
    "${a[}",
    "${a[]}",
    "${a[x}",
    "${a[$(echo 1)]}",
    "${a[${a[0]}]}",
    "unset 'a[1]'",
    "unset a[@]",
    "read -a a <<< 'p q'",
    "declare -p a",
    "declare -a",
    "declare -A m",
    "local -a l=(1 2)",
    "(( a[1]++ ))",
    "$(( a[a[0]] + 1 ))",
    "[[ ${a[0]} == x ]]",
    "mapfile -t a < <(kubectl get pods -o name)",
    "readarray -n 1 -O 5",
    "a=(${a[@]} ${a[@]} ${a[@]})",
    "f() { case $1 in a) x;; esac; } > /dev/null",
    "h() { cat <<E | g; e; }",
    "type f",
    "type -t f",
    "type -pP f",
    "declare -f",
    "declare -F f",
    "typeset -f f h",
    "unset -f f",
    "unset -fv f",
    "command -v f",
    "command -V f",
    "command f",
    "$(  a  |  b  )",
    "<(  ( x ) )",
    "$'a\\'b'",
    "[[ ( -n x || y ) && ! ( z ) ]]",
    "for (( ; ; )) ",
    "declare x",
    "declare -a d",
    "declare -p x d",
    "local -rx l",
    "readonly r=1",
    "readonly a=(1 2)",
    "readonly -p",
    "r=2",
    "a[1]=3",
    "declare +r r",
    "declare -r",
    "unset r",
    "(( r++ ))",
    "declare -A m",
    "declare -A m=([k]=v [\"a b\"]=2)",
    "declare -A m=(k v odd)",
    "m[$x]=1",
    "m[]=1",
    "${m[k]}",
    "${m[@]}",
    "${!m[@]}",
    "${#m[@]}",
    "${m[k]:=d}",
    "${m[@]:1:2}",
    "unset 'm[k]'",
    "[[ -v m[k] ]]",
    "(( m[k]++ ))",
    "local -A l",
    "m+=([a]=1)",
];

const SCRIPT_PIECES: &[&str] = &[
    "while ",
    "do ",
    "done",
    "for i in ",
    "if ",
    "then ",
    "else ",
    "fi",
    "{ ",
    "}",
    "(",
    ")",
    "$((",
    "((",
    "))",
    "for ((i=0; i<3; i++)) ",
    "f() ",
    "function g ",
    "type f",
    "declare -f",
    "<<E",
    "E\n",
    "f ",
    "g ",
    "return ",
    "local v=",
    "| while read l; do ",
    "> out.txt ",
    "< out.txt ",
    "$(",
    "`",
    "'",
    "\"",
    "${",
    "}",
    ";",
    "&&",
    "||",
    "|",
    "\n",
    " ",
    "echo ",
    "sleep 1",
    "sleep 0.5",
    "sleep 0",
    "exit ",
    "x",
    "=",
    "$x",
    "$?",
    "1",
    "+",
    "[ ",
    " ]",
    "-lt ",
    "seq 3",
    "date",
    "wget -qO- 10.244.1.2:8080",
    "cat ",
    "/etc/hosts",
    ">",
    "2>&1",
    "true",
];

fn random_line(rng: &mut SimRng) -> String {
    match rng.below(10) {
        // Random bytes (valid UTF-8 after lossy conversion, as a browser would hand us).
        0 => {
            let bytes: Vec<u8> = (0..rng.below(200)).map(|_| rng.below(256) as u8).collect();
            String::from_utf8_lossy(&bytes).into_owned()
        }
        // Random printable ASCII soup.
        1 => (0..rng.below(120))
            .map(|_| (32 + rng.below(95) as u8) as char)
            .collect(),
        // Words from the vocabulary, in random order.
        _ => {
            let count = 1 + rng.below(12) as usize;
            let mut words = Vec::with_capacity(count);
            if rng.below(3) > 0 {
                words.push("kubectl");
            }
            for _ in 0..count {
                let index = rng.below(FRAGMENTS.len() as u64) as usize;
                words.push(FRAGMENTS.get(index).copied().unwrap_or("x"));
            }
            words.join(" ")
        }
    }
}

/// Closes the editor a command opened (`vi`, `kubectl edit`) with what a learner might save:
/// nothing, the text as it was, the text with YAML pieces spliced in, or bytes.
fn answer_editor(session: &mut Session, rng: &mut SimRng) {
    let mut rounds = 0;
    while let Some(request) = session.edit_request().cloned() {
        rounds += 1;
        let saved = match rng.below(5) {
            _ if rounds > 5 => None,
            0 => None,
            1 => Some(request.text),
            2 | 3 => {
                let mut text = request.text;
                let at = text
                    .char_indices()
                    .nth(rng.below(text.chars().count() as u64 + 1) as usize)
                    .map_or(text.len(), |(at, _)| at);
                let piece = YAML_FRAGMENTS[rng.below(YAML_FRAGMENTS.len() as u64) as usize];
                text.insert_str(at, piece);
                Some(text)
            }
            _ => Some(random_line(rng)),
        };
        let _ = session.finish_edit(saved);
    }
}

/// The test's own seed, mixed with `FUZZ_SEED` when it is set (printed, so a failure can be
/// replayed).
fn fuzz_seed(own: u64) -> u64 {
    match std::env::var("FUZZ_SEED")
        .ok()
        .and_then(|n| n.parse::<u64>().ok())
    {
        Some(extra) => {
            let seed = own ^ extra.wrapping_mul(0x9E37_79B9_7F4A_7C15);
            println!("FUZZ_SEED={extra}: seed {seed}");
            seed
        }
        None => own,
    }
}

fn still_usable(session: &mut Session) {
    // Close any unfinished input and stop any running command first; leave a container's
    // shell the way a learner would.
    session.interrupt();
    if session.in_container_shell() {
        let _ = session.submit("exit");
    }
    // `rm -rf ~` or `> ~/.kube/config` leave kubectl without a cluster, as they would on a
    // real machine: put kind's kubeconfig back (kubectl reads the changed file again).
    let kind = Session::new(1);
    let path = kubeplay_core::kubectl::config::KUBECONFIG_PATH;
    for directory in [kubeplay_core::vfs::HOME, "/home/learner/.kube"] {
        if !session.fs.is_dir(directory) {
            let _ = session.fs.remove(directory, true);
        }
    }
    let _ = session.fs.mkdir("/home/learner/.kube", true);
    let _ = session
        .fs
        .write(path, kind.fs.read(path).unwrap_or_default());
    let io = session.submit("kubectl get ns default -o name");
    assert_eq!(
        io.text(Stream::Stdout),
        "namespace/default\n",
        "the session still answers: {:?}",
        io.chunks
    );
}

#[test]
fn random_lines_never_panic() {
    let iterations: u64 = std::env::var("FUZZ_ITERATIONS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(3_000);
    let mut rng = SimRng::new(fuzz_seed(20261127));
    let mut session = Session::new(5);
    session.set_interactive(false);
    // History expansion as in an interactive shell (`!!`, `^a^b^` are among the fragments).
    session.set_history_expansion(true);
    let mut tried = 0u64;
    for round in 0..iterations {
        let line = random_line(&mut rng);
        let _ = session.submit(&line);
        answer_editor(&mut session, &mut rng);
        if round % 7 == 0 {
            let _ = session.advance(SimDuration::from_millis(rng.below(60_000) as i64));
        }
        if round % 97 == 0 {
            let _ = session.interrupt();
        }
        if round % 500 == 499 {
            still_usable(&mut session);
            session = Session::new(round);
            session.set_interactive(false);
            session.set_history_expansion(true);
        }
        tried += 1;
    }
    still_usable(&mut session);
    println!("hostile input: {tried} random lines tried without a panic");
}

#[test]
fn random_container_scripts_and_shell_lines_never_panic() {
    let iterations: u64 = std::env::var("FUZZ_ITERATIONS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(300);
    let mut rng = SimRng::new(fuzz_seed(777));
    let mut session = Session::new(9);
    session.set_interactive(false);
    let mut script = || -> String {
        (0..1 + rng.below(16))
            .map(|_| SCRIPT_PIECES[rng.below(SCRIPT_PIECES.len() as u64) as usize])
            .collect::<String>()
            .replace('\'', "")
    };
    for round in 0..iterations {
        let text = script();
        let _ = session.submit(&format!(
            "kubectl run p{round} --image=busybox -- sh -c '{text}'"
        ));
        let _ = session.advance(SimDuration::from_secs(30));
        let _ = session.submit(&format!("kubectl exec -it p{round} -- sh"));
        for _ in 0..3 {
            let _ = session.submit(&script());
        }
        if round % 3 == 0 {
            let _ = session.interrupt();
        }
        let _ = session.submit("exit");
        let _ = session.submit(&format!("kubectl logs p{round} --tail=3"));
        if round % 50 == 49 {
            still_usable(&mut session);
            session = Session::new(round);
            session.set_interactive(false);
        }
    }
    still_usable(&mut session);
    println!("hostile input: {iterations} random container scripts without a panic");
}

#[test]
fn adversarial_inputs_get_messages_not_panics() {
    let huge_line = format!("echo {}", "x".repeat(2 * 1024 * 1024));
    let deep_yaml = format!("cat <<EOF > deep.yaml\n{}\nEOF", "[".repeat(200_000));
    let deep_map: String = (0..3000)
        .map(|i| format!("{}a:\n", " ".repeat(i)))
        .collect();
    let binary: String = (0u8..=255).map(char::from).collect();
    let many_pipes = "echo x | ".repeat(5_000) + "cat";
    let nested_subst = format!("{}echo{}", "$(".repeat(5_000), ")".repeat(5_000));
    let mut session = Session::new(9);
    session.set_interactive(false);
    for line in [
        huge_line.as_str(),
        deep_yaml.as_str(),
        "kubectl create -f deep.yaml",
        binary.as_str(),
        many_pipes.as_str(),
        nested_subst.as_str(),
        "kubectl get pods -l '((((((((((('",
        "kubectl get pods -l 'a in (b,c'",
        "kubectl get pods --field-selector 'status.phase!=Running,,,'",
        "kubectl get pods -o 'jsonpath={range .items[*]}{range .x}{end'",
        "kubectl get pods -o 'jsonpath={..}'",
        "kubectl get pods --sort-by '{.metadata.'",
        "kubectl label pods --all \"$(printf 'k%.0s' $(seq 1 100))=v\"",
        "kubectl annotate pod kubia-manual x=\"$(cat /dev/zero)\"",
        "sleep 1e308",
        "sleep infinity",
        "kubectl wait --for=delete pod/nope --timeout=1s",
        "cat <<EOF",
    ] {
        let _ = session.submit(line);
    }
    let _ = session.finish_input();
    // A manifest nested deeply in block style.
    session.fs.write("deep-map.yaml", &deep_map).unwrap();
    let io = session.submit("kubectl create -f deep-map.yaml");
    assert!(
        io.text(Stream::Stderr).starts_with("error: "),
        "{:?}",
        io.chunks
    );
    still_usable(&mut session);
}

/// Pieces of YAML that exercise the composer and decoder: anchors, aliases, merge keys, tags,
/// flow and block collections, quotes, block scalars, odd keys.
#[rustfmt::skip]
const YAML_FRAGMENTS: &[&str] = &[
    "a: ", "&x ", "*x", "*y", "&y ", "<<: ", "[", "]", "{", "}", ", ", "- ", "\n", "\n  ",
    "\n    ", "? ", ": ", "!!str ", "!!int ", "!!binary ", "!!float ", "!!null ", "!!merge ",
    "!custom ", "'q'", "\"d\\x41\"", "|\n  text\n", ">-\n  folded\n", "~", "null", "yes",
    "0x1F", "1e400", "18446744073709551615", "-.inf", ".nan", "2001-12-14", "aGVsbG8=", "#c", "data", "binaryData", "stringData", "type", "immutable",
    "spec: {containers: [{name: c, image: busybox, env: [{name: E, valueFrom: ",
    "{configMapKeyRef: {name: x, key: k}}", "{fieldRef: {fieldPath: metadata.labels['a']}}",
    "{resourceFieldRef: {resource: limits.cpu}}", "{secretKeyRef: {name: s, key: k, optional: true}}",
    "}]}]}", "envFrom", "volumes", "configMap", "secret", "items", "tolerationSeconds",
    "spec: {replicas: 2, selector: {matchLabels: {a: b}}, template: {metadata: {labels: {a: b}}, spec: {containers: [{name: c, image: nginx}]}}}\n",
    "strategy: {type: Recreate, rollingUpdate: {maxSurge: 200%}}", "matchExpressions: [{key: a, operator: In}]", "updateStrategy: {type: OnDelete}", "completions: 3", "parallelism: 0", "backoffLimit: -1", "restartPolicy: Never", "nodeSelector: {disk: ssd}", "maxUnavailable: x%",
    "---\n", "...\n", "%YAML 1.1\n", "\t", "\"", "'", "&", "*", "!", "name", "metadata",
    "subsets: [{addresses: [{ip: 10.1.2.3, hostname: h}], ports: [{port: 80}]}]\n", "subsets",
    "notReadyAddresses", "addresses", "{ip: ::ffff:1.2.3.4}", "{ip: 2001:db8::1, nodeName: n}",
    "targetRef: {kind: Pod, name: p, uid: u}", "ports: [{name: a, port: 1}, {name: b, port: 2}]",
    "spec: {ports: [{port: 80}]}\n", "selector: {a: b}", "labels: {endpointslice.kubernetes.io/skip-mirror: 'true'}",
    "activeDeadlineSeconds: 1", "activeDeadlineSeconds: 9223372036854775807", "activeDeadlineSeconds",
    "---\napiVersion: scheduling.k8s.io/v1\nkind: PriorityClass\nmetadata: {name: fuzz-pc}\n",
    "value: 2000001000\n", "value: -2147483649\n", "globalDefault: true\n", "preemptionPolicy: ",
    "Never", "PreemptLowerPriority", "description: d\n", "priorityClassName: system-node-critical\n",
    "priority: 7\n", "metadata: {name: system-node-critical}\n",
];

/// Random manifests built from YAML fragments: every one is read (or refused with kubectl's
/// error), never a panic, and the session stays usable.
#[test]
fn random_yaml_never_panics() {
    let iterations: u64 = std::env::var("FUZZ_ITERATIONS")
        .ok()
        .and_then(|n| n.parse().ok())
        .map_or(1_500, |n: u64| n / 2);
    let mut rng = SimRng::new(fuzz_seed(20261128));
    let mut session = Session::new(3);
    session.set_interactive(false);
    for round in 0..iterations {
        let (api_version, kind) = [
            ("v1", "Pod"),
            ("v1", "ConfigMap"),
            ("v1", "Secret"),
            ("v1", "ServiceAccount"),
            ("apps/v1", "Deployment"),
            ("apps/v1", "ReplicaSet"),
            ("apps/v1", "DaemonSet"),
            ("batch/v1", "Job"),
            ("v1", "Endpoints"),
            ("v1", "Service"),
        ][(round % 10) as usize];
        let mut text =
            format!("apiVersion: {api_version}\nkind: {kind}\nmetadata: {{name: fuzz}}\n");
        for _ in 0..rng.below(40) {
            text.push_str(YAML_FRAGMENTS[rng.below(YAML_FRAGMENTS.len() as u64) as usize]);
        }
        session.fs.write("fuzz.yaml", &text).unwrap();
        let command = match round % 5 {
            0 => "kubectl label --local -f fuzz.yaml k=v -o json",
            1 => "kubectl create -f fuzz.yaml --dry-run=client -o yaml",
            2 => "kubectl replace -f fuzz.yaml",
            3 => "kubectl diff -f fuzz.yaml",
            _ => "kubectl apply -f fuzz.yaml",
        };
        let _ = session.submit(command);
        if round % 200 == 199 {
            still_usable(&mut session);
        }
    }
    still_usable(&mut session);
    println!("hostile input: {iterations} random YAML manifests read without a panic");
}

const PATCH_FRAGMENTS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\"spec\"",
    "\"metadata\"",
    "\"labels\"",
    "\"containers\"",
    "\"name\"",
    "\"kubia\"",
    "\"image\"",
    "\"op\"",
    "\"add\"",
    "\"remove\"",
    "\"replace\"",
    "\"move\"",
    "\"copy\"",
    "\"test\"",
    "\"path\"",
    "\"from\"",
    "\"value\"",
    "\"/spec\"",
    "\"/spec/containers/0\"",
    "\"/spec/containers/-\"",
    "\"/metadata/labels/a~1b\"",
    "\"\"",
    "\"$patch\"",
    "\"delete\"",
    "\"$setElementOrder/containers\"",
    "\"replicas\"",
    "null",
    "1",
    "-1",
    "1e400",
    "true",
    "\"ports\"",
    "\"containerPort\"",
    "\"nodeName\"",
    "\"tolerations\"",
    "\"activeDeadlineSeconds\"",
];

/// Random patches of every type to a pod, a ReplicationController and a Service: each is
/// applied or refused with kubectl's or the server's error, never a panic.
#[test]
fn random_patches_never_panic() {
    let iterations: u64 = std::env::var("FUZZ_ITERATIONS")
        .ok()
        .and_then(|n| n.parse().ok())
        .map_or(1_500, |n: u64| n / 2);
    let mut rng = SimRng::new(fuzz_seed(20261129));
    let mut session = Session::new(5);
    session.set_interactive(false);
    let _ = session.submit("kubectl expose rc kubia --port=80 --target-port=8080");
    let pod = session.submit("kubectl get pods -o name");
    let pod = pod
        .text(Stream::Stdout)
        .lines()
        .next()
        .unwrap_or("pod/x")
        .to_string();
    for round in 0..iterations {
        let mut patch = String::new();
        for _ in 0..rng.below(30) {
            patch.push_str(PATCH_FRAGMENTS[rng.below(PATCH_FRAGMENTS.len() as u64) as usize]);
        }
        session.fs.write("patch.json", &patch).unwrap();
        let kind = ["type=strategic", "type=merge", "type=json"][(round % 3) as usize];
        let target = [pod.as_str(), "rc/kubia", "svc/kubia"][(round / 3 % 3) as usize];
        let _ = session.submit(&format!(
            "kubectl patch {target} --{kind} --patch-file patch.json"
        ));
        let _ = session.submit(&format!(
            "kubectl patch {target} --{kind} --patch-file patch.json --dry-run=client -o json"
        ));
        if round % 100 == 99 {
            let _ = session.advance(SimDuration::from_secs(5));
            still_usable(&mut session);
        }
    }
    still_usable(&mut session);
    println!("hostile input: {iterations} random patches without a panic");
}

/// Aliases that would expand a few lines into millions of nodes, anchors inside themselves,
/// and nesting past go-yaml's limits get go-yaml's errors.
#[test]
fn yaml_bombs_get_go_yaml_errors() {
    let mut laughs = String::from("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for level in 1..10 {
        let previous = format!("*a{}", level - 1);
        let items = [previous.as_str(); 9].join(", ");
        laughs.push_str(&format!("a{level}: &a{level} [{items}]\n"));
    }
    let deep_block: String = (1..=10_002)
        .map(|i| format!("{}a:\n", " ".repeat(i)))
        .collect();
    let cases = [
        (laughs, "yaml: document contains excessive aliasing"),
        (
            "a: &a [*a]\n".to_string(),
            "yaml: anchor 'a' value contains itself",
        ),
        (
            format!("x: {}\n", "[".repeat(10_001)),
            "yaml: line 4: exceeded max depth of 10000",
        ),
        (
            format!("x:\n{deep_block}"),
            "yaml: line 10004: exceeded max depth of 10000",
        ),
    ];
    let mut session = Session::new(4);
    session.set_interactive(false);
    for (body, want) in cases {
        let text = format!("apiVersion: v1\nkind: Pod\nmetadata: {{name: x}}\n{body}");
        session.fs.write("bomb.yaml", &text).unwrap();
        let io = session.submit("kubectl label --local -f bomb.yaml k=v -o name");
        assert_eq!(
            io.text(Stream::Stderr),
            format!("error: error parsing bomb.yaml: error converting YAML to JSON: {want}\n")
        );
    }
    still_usable(&mut session);
}

/// A long manifest pasted as a here-document is read line by line without parsing the whole
/// input again for each line (a 40,000-line paste would otherwise take minutes).
#[test]
fn a_long_here_document_paste_is_read_once() {
    let mut session = Session::new(2);
    session.set_interactive(false);
    let _ = session.submit("cat > long.yaml <<'EOF'");
    let _ = session.submit("apiVersion: v1");
    let _ = session.submit("kind: ConfigMapList");
    let _ = session.submit("items:");
    for i in 0..40_000 {
        let io = session.submit(&format!("- {{name: item{i}, data: \"E\\\\\"}}"));
        assert!(
            io.chunks.is_empty(),
            "line {i} still belongs to the here-document"
        );
    }
    let _ = session.submit("EOF");
    let io = session.submit("wc -l long.yaml");
    assert_eq!(io.text(Stream::Stdout), "40003 long.yaml\n");
    still_usable(&mut session);
}

#[test]
fn a_ten_megabyte_paste_is_handled() {
    let mut session = Session::new(1);
    session.set_interactive(false);
    let paste = "echo hello world\n".repeat(10 * 1024 * 1024 / 17);
    let mut lines = 0;
    for line in paste.lines().take(20_000) {
        let _ = session.submit(line);
        lines += 1;
    }
    assert_eq!(lines, 20_000);
    let io = session.submit(&"y".repeat(10 * 1024 * 1024));
    assert!(
        io.text(Stream::Stderr).contains("command not found"),
        "{:?}",
        io.chunks.len()
    );
    still_usable(&mut session);
}

#[test]
fn random_terminal_bytes_never_panic() {
    use kubeplay_core::console::keys::KeyDecoder;
    use kubeplay_core::console::tty::TtyScreen;
    use kubeplay_core::console::Console;
    let iterations: u64 = std::env::var("FUZZ_ITERATIONS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(3_000);
    // Escape sequences, control bytes and text, cut at random places, as a terminal sends them.
    const PIECES: &[&[u8]] = &[
        b"\x1b",
        b"[",
        b"O",
        b"A",
        b"~",
        b"200~",
        b"201~",
        b"1;5C",
        b"\r",
        b"\t",
        b"\x03",
        b"\x04",
        b"\x12",
        b"\x7f",
        b"kubectl ",
        b"get ",
        b"po",
        b"sleep 1",
        b"\xe3\x83",
        b"\x86",
        b"<<EOF",
        b"\n",
        b"\x0c",
        b"\x19",
        b"\x1by",
    ];
    let mut rng = SimRng::new(fuzz_seed(7));
    let mut session = Session::new(9);
    let (mut console, mut screen, mut decoder) =
        (Console::default(), TtyScreen::new(20), KeyDecoder::new());
    let mut bytes_fed = 0usize;
    for round in 0..iterations {
        let mut chunk = Vec::new();
        for _ in 0..rng.below(8) {
            if rng.below(5) == 0 {
                chunk.push(rng.below(256) as u8);
            } else {
                let index = rng.below(PIECES.len() as u64) as usize;
                chunk.extend_from_slice(PIECES.get(index).copied().unwrap_or(b"x"));
            }
        }
        bytes_fed += chunk.len();
        let mut keys = decoder.feed(&chunk);
        if round % 5 == 0 {
            keys.extend(decoder.flush());
        }
        for key in keys {
            console.key(&mut session, &mut screen, key);
        }
        console.advance(&mut session, &mut screen, rng.below(3_000) as i64);
        screen.show_line(&console.prompt(&session), &console.editor().render());
        let _ = screen.take_output();
    }
    still_usable(&mut session);
    println!("hostile input: {bytes_fed} random terminal bytes decoded and typed without a panic");
}

/// A loop that never waits: in a browser or TTY it yields after a few thousand commands (the
/// page stays alive, Ctrl+C stops it); without one it is stopped after a million commands.
#[test]
fn loops_that_never_wait_yield_and_stop() {
    let mut session = Session::new(7);
    session.set_interactive(true);
    let _ = session.submit("n=0; while true; do n=x$n; done");
    assert_eq!(session.activity(), kubeplay_core::session::Activity::Busy);
    let _ = session.advance(SimDuration::from_millis(16));
    assert_eq!(session.activity(), kubeplay_core::session::Activity::Busy);
    let _ = session.interrupt();
    still_usable(&mut session);
    session.set_interactive(false);
    let io = session.submit("while true; do :; done");
    assert!(
        io.text(Stream::Stderr).contains("stopped a loop"),
        "{:?}",
        io.chunks
    );
    still_usable(&mut session);
}

/// Fork bombs and runaway recursion end, on a thread with a small stack (a browser's holds
/// about 600 nested shell levels; the playground forks 64 deep at most): a job, pipeline stage
/// or `$(…)` nested too deep fails as bash's fork does, and one budget of commands covers
/// every execution nested in a line. Their output stays small.
#[test]
#[allow(clippy::disallowed_methods)] // The wall-clock time is printed, never asserted.
fn fork_bombs_end_on_a_small_stack() {
    const FORK_FAILED: &str = "bash: fork: Resource temporarily unavailable\n";
    let bombs: &[(&str, &str, usize)] = &[
        (":(){ :|:& };:", FORK_FAILED, 4 << 10),
        ("f(){ f|cat & };f", FORK_FAILED, 4 << 10),
        (":(){ :|:; };:", FORK_FAILED, 4 << 10),
        ("f(){ f & };f", FORK_FAILED, 4 << 10),
        ("f(){ echo $(f) $(f); };f", FORK_FAILED, 4 << 10),
        ("f(){ echo $(f|cat) & };f", FORK_FAILED, 4 << 10),
        (
            "f(){ [ ${#1} -lt 12 ] || return; f x$1 | f x$1 | f x$1; };f",
            "stopped a loop",
            4 << 10,
        ),
        // Jobs that each start two more (a job's own jobs are quiet), until the budget.
        (
            "f(){ [ ${#1} -lt 25 ] && { f x$1 & f x$1; }; };f",
            "stopped a loop",
            4 << 10,
        ),
        ("f(){ f; };f", "nested 1000 deep", 4 << 10),
        ("f(){ { f; f; } >/dev/null; };f", "nested 32 deep", 4 << 10),
    ];
    for &(line, expected, max_bytes) in bombs {
        for interactive in [false, true] {
            let run = move || {
                let started = std::time::Instant::now();
                let mut session = Session::new(7);
                session.set_interactive(interactive);
                let mut io = session.submit(line);
                // At a terminal a program yields now and then; the page goes on with it.
                let mut frames = 0;
                while session.activity() == kubeplay_core::session::Activity::Busy {
                    frames += 1;
                    assert!(frames < 10_000, "{line} still runs");
                    let more = session.advance(SimDuration::from_millis(16));
                    io.chunks.extend(more.chunks);
                }
                let seconds = started.elapsed().as_secs_f64();
                still_usable(&mut session);
                (io, seconds)
            };
            let (io, seconds) = std::thread::Builder::new()
                .stack_size(2 << 20)
                .spawn(run)
                .expect("a thread")
                .join()
                .expect("the bomb ends");
            let bytes: usize = io.chunks.iter().map(|(_, text)| text.len()).sum();
            let stderr = io.text(Stream::Stderr);
            assert!(stderr.contains(expected), "{line}: {stderr}");
            assert!(bytes <= max_bytes, "{line}: {bytes} bytes of output");
            println!("{line} (interactive: {interactive}): {bytes} bytes in {seconds:.2}s");
        }
    }
}

/// Pods with active deadlines, sidecars with probes and every restart policy, deadlines
/// lowered and pods deleted at random moments, Jobs with deadlines: the kubelet never
/// panics and the session stays usable.
#[test]
fn random_pod_lifecycles_never_panic() {
    let iterations: u64 = std::env::var("FUZZ_ITERATIONS")
        .ok()
        .and_then(|n| n.parse().ok())
        .map_or(60, |n: u64| n / 20);
    let mut rng = SimRng::new(fuzz_seed(20261130));
    let mut session = Session::new(11);
    session.set_interactive(false);
    let pick = |rng: &mut SimRng, options: &[&'static str]| -> &'static str {
        options[rng.below(options.len() as u64) as usize]
    };
    for round in 0..iterations {
        let deadline = pick(
            &mut rng,
            &[
                "",
                "activeDeadlineSeconds: 1\n",
                "activeDeadlineSeconds: 7\n",
                "activeDeadlineSeconds: 2147483647\n",
            ],
        );
        let grace = pick(
            &mut rng,
            &[
                "",
                "terminationGracePeriodSeconds: 0\n",
                "terminationGracePeriodSeconds: 1\n",
            ],
        );
        let policy = pick(&mut rng, &["Always", "OnFailure", "Never"]);
        let probe = pick(&mut rng, &[
            "",
            "    startupProbe: {httpGet: {port: 80}, periodSeconds: 1}\n",
            "    readinessProbe: {exec: {command: [cat, /tmp/r]}, periodSeconds: 1}\n",
            "    livenessProbe: {exec: {command: [test, -e, /x]}, periodSeconds: 1, failureThreshold: 1, terminationGracePeriodSeconds: 1}\n",
        ]);
        let sidecar_image = pick(
            &mut rng,
            &["nginx", "busybox", "luksa/kubia", "nope/missing"],
        );
        let main = pick(&mut rng, &["sleep 2", "exit 3", "sleep 3600", "echo hi"]);
        let manifest = format!(
            "apiVersion: v1\nkind: Pod\nmetadata: {{name: p{round}}}\nspec:\n  restartPolicy: {policy}\n  {deadline}  {grace}  initContainers:\n  - name: s1\n    image: {sidecar_image}\n    restartPolicy: Always\n{probe}  - name: s2\n    image: busybox\n    restartPolicy: Always\n    command: [sh, -c, 'sleep 100']\n{probe}  - name: once\n    image: busybox\n    command: [sh, -c, 'echo init']\n  containers:\n  - name: main\n    image: busybox\n    command: [sh, -c, '{main}']\n{probe}"
        );
        session.fs.write("p.yaml", &manifest).unwrap();
        let _ = session.submit("kubectl apply -f p.yaml");
        if round % 4 == 0 {
            let job = format!("apiVersion: batch/v1\nkind: Job\nmetadata: {{name: j{round}}}\nspec:\n  activeDeadlineSeconds: {}\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n      - {{name: c, image: busybox, command: [sh, -c, '{main}']}}\n", rng.below(20));
            session.fs.write("j.yaml", &job).unwrap();
            let _ = session.submit("kubectl apply -f j.yaml");
        }
        for _ in 0..1 + rng.below(4) {
            let _ = session.advance(SimDuration::from_millis(rng.below(40_000) as i64));
            let command = match rng.below(6) {
                0 => format!(
                    "kubectl patch pod p{round} -p '{{\"spec\":{{\"activeDeadlineSeconds\":{}}}}}'",
                    rng.below(5)
                ),
                1 => format!("kubectl delete pod p{round} --wait=false"),
                2 => format!("kubectl exec p{round} -c s1 -- sh -c 'echo > /tmp/r'"),
                3 => format!("kubectl describe pod p{round}"),
                4 => "kubectl get pods,jobs -o wide".to_string(),
                _ => "kubectl get events".to_string(),
            };
            let _ = session.submit(&command);
        }
    }
    let _ = session.advance(SimDuration::from_secs(600));
    still_usable(&mut session);
    println!("hostile input: {iterations} random pod lifecycles without a panic");
}
