//! Table tests of the parser: the corpus captured from kubectl 1.37.1 (`parse_cases.rs`), then
//! command lines that run, with the path, arguments and flag values they must produce.

#[path = "parse_cases.rs"]
mod cases;

use super::super::goldens::HELP_GOLDENS;
use super::super::{parse, Invocation};
use super::*;
use cases::{Want, CASES};

fn argv(words: &[&str]) -> Vec<String> {
    words.iter().map(|word| word.to_string()).collect()
}

fn golden(name: &str) -> &'static str {
    HELP_GOLDENS
        .iter()
        .find(|(file, _)| *file == name)
        .map(|(_, text)| *text)
        .unwrap()
}

fn run(words: &[&str]) -> Invocation {
    match parse(&argv(words)) {
        ParseOutcome::Run(invocation) => invocation,
        other => panic!("{words:?} gave {other:?}"),
    }
}

#[test]
fn outcomes_match_kubectl_before_any_command_runs() {
    assert!(CASES.len() > 150);
    for (words, want) in CASES {
        let got = parse(&argv(words));
        match (want, &got) {
            (Want::HelpGolden(file), ParseOutcome::Help(text)) => {
                assert_eq!(text, golden(file), "{words:?}")
            }
            (
                Want::Help(want),
                ParseOutcome::Help(text) | ParseOutcome::HelpElsewhere { text, .. },
            ) => assert_eq!(text, want, "{words:?}"),
            (Want::ErrorGolden(file), ParseOutcome::Error(text)) => {
                assert_eq!(text, golden(file), "{words:?}")
            }
            (Want::Error(want), ParseOutcome::Error(text)) => assert_eq!(text, want, "{words:?}"),
            (Want::Run, ParseOutcome::Run(_)) => {}
            (_, got) => panic!("{words:?}: got {got:?}"),
        }
    }
}

#[test]
fn command_lines_that_run() {
    // (argv, path, positional args, args before `--`, flags as `FlagValues::string` shows them,
    // flags that count as changed)
    type Case<'a> = (
        &'a [&'a str],
        &'a [&'a str],
        &'a [&'a str],
        Option<usize>,
        &'a [(&'a str, &'a str)],
        &'a [&'a str],
    );
    let cases: &[Case] = &[
        (
            &["get", "pods"],
            &["get"],
            &["pods"],
            None,
            &[("namespace", ""), ("output", "")],
            &[],
        ),
        (
            &["get", "pods", "-n", "kube-system"],
            &["get"],
            &["pods"],
            None,
            &[("namespace", "kube-system")],
            &["namespace"],
        ),
        (
            &["get", "pods", "-nkube-system"],
            &["get"],
            &["pods"],
            None,
            &[("namespace", "kube-system")],
            &["namespace"],
        ),
        (
            &["get", "pods", "-n=kube-system"],
            &["get"],
            &["pods"],
            None,
            &[("namespace", "kube-system")],
            &["namespace"],
        ),
        (
            &["get", "pods", "--namespace=x"],
            &["get"],
            &["pods"],
            None,
            &[("namespace", "x")],
            &["namespace"],
        ),
        (
            &["get", "pods", "--namespace", "x"],
            &["get"],
            &["pods"],
            None,
            &[("namespace", "x")],
            &["namespace"],
        ),
        (
            &["-n", "x", "get", "pods"],
            &["get"],
            &["pods"],
            None,
            &[("namespace", "x")],
            &["namespace"],
        ),
        (
            &["--namespace", "x", "get"],
            &["get"],
            &[],
            None,
            &[("namespace", "x")],
            &["namespace"],
        ),
        (
            &["get", "-nx", "pods", "po/y"],
            &["get"],
            &["pods", "po/y"],
            None,
            &[("namespace", "x")],
            &["namespace"],
        ),
        (
            &["-n", "get", "get", "pods"],
            &["get"],
            &["pods"],
            None,
            &[("namespace", "get")],
            &["namespace"],
        ),
        (&["get", "get"], &["get"], &["get"], None, &[], &[]),
        (&["get", "", "-"], &["get"], &["", "-"], None, &[], &[]),
        (
            &["get", "pods", "--show-labels"],
            &["get"],
            &["pods"],
            None,
            &[("show-labels", "true")],
            &["show-labels"],
        ),
        (
            &["get", "pods", "--show-labels=false"],
            &["get"],
            &["pods"],
            None,
            &[("show-labels", "false")],
            &["show-labels"],
        ),
        (
            &["get", "pods", "--show-labels", "false"],
            &["get"],
            &["pods", "false"],
            None,
            &[("show-labels", "true")],
            &["show-labels"],
        ),
        (
            &["get", "pods", "--show_labels"],
            &["get"],
            &["pods"],
            None,
            &[("show-labels", "true")],
            &["show-labels"],
        ),
        (
            &["get", "-wAo", "wide"],
            &["get"],
            &[],
            None,
            &[
                ("watch", "true"),
                ("all-namespaces", "true"),
                ("output", "wide"),
            ],
            &["all-namespaces", "output", "watch"],
        ),
        (
            &["get", "-owide"],
            &["get"],
            &[],
            None,
            &[("output", "wide")],
            &["output"],
        ),
        (
            &["get", "-o=json"],
            &["get"],
            &[],
            None,
            &[("output", "json")],
            &["output"],
        ),
        (
            &["get", "pods", "-L", "app,tier", "-L", "x"],
            &["get"],
            &["pods"],
            None,
            &[("label-columns", "[app,tier,x]")],
            &["label-columns"],
        ),
        (
            &["get", "pods", "--", "-n"],
            &["get"],
            &["pods", "-n"],
            Some(1),
            &[("namespace", "")],
            &[],
        ),
        (
            &["get", "--help=false", "pods"],
            &["get"],
            &["pods"],
            None,
            &[("help", "false")],
            &["help"],
        ),
        (
            &["get", "-test.v", "pods"],
            &["get"],
            &["pods"],
            None,
            &[],
            &[],
        ),
        (
            &["get", "pods", "--profile=cpu"],
            &["get"],
            &["pods"],
            None,
            &[("profile", "cpu")],
            &["profile"],
        ),
        (
            &["-v=6", "get", "pods"],
            &["get"],
            &["pods"],
            None,
            &[("v", "6")],
            &["v"],
        ),
        (
            &["get", "pods", "--request-timeout=5s", "--chunk-size=0x10"],
            &["get"],
            &["pods"],
            None,
            &[("request-timeout", "5s"), ("chunk-size", "16")],
            &["chunk-size", "request-timeout"],
        ),
        (
            &["exec", "-it", "pod", "--", "sh", "-c", "ls"],
            &["exec"],
            &["pod", "sh", "-c", "ls"],
            Some(1),
            &[("stdin", "true"), ("tty", "true")],
            &["stdin", "tty"],
        ),
        (
            &["exec", "pod", "-c", "app", "--", "ls"],
            &["exec"],
            &["pod", "ls"],
            Some(1),
            &[("container", "app")],
            &["container"],
        ),
        (
            &["exec", "pod", "--", "--help"],
            &["exec"],
            &["pod", "--help"],
            Some(1),
            &[("help", "false")],
            &[],
        ),
        (
            &["exec", "-i", "-t=false", "pod", "--"],
            &["exec"],
            &["pod"],
            Some(1),
            &[("stdin", "true"), ("tty", "false")],
            &["stdin", "tty"],
        ),
        (
            &["apply", "-f", "a.yaml", "-f", "b.yaml"],
            &["apply"],
            &[],
            None,
            &[("filename", "[a.yaml,b.yaml]")],
            &["filename"],
        ),
        (
            &["apply", "-f", "a.yaml,b.yaml", "-R"],
            &["apply"],
            &[],
            None,
            &[("filename", "[a.yaml,b.yaml]"), ("recursive", "true")],
            &["filename", "recursive"],
        ),
        (
            &["apply", "-f", "-"],
            &["apply"],
            &[],
            None,
            &[("filename", "[-]")],
            &["filename"],
        ),
        (
            &["apply", "-f", "x.yaml", "--dry-run"],
            &["apply"],
            &[],
            None,
            &[("dry-run", "unchanged")],
            &["dry-run", "filename"],
        ),
        (
            &[
                "run",
                "nginx",
                "--image=nginx",
                "--env=A=1",
                "--env",
                "B=2,C=3",
            ],
            &["run"],
            &["nginx"],
            None,
            &[("env", "[A=1,\"B=2,C=3\"]"), ("image", "nginx")],
            &["env", "image"],
        ),
        (
            &["run", "x", "--image=y", "--dry-run=client"],
            &["run"],
            &["x"],
            None,
            &[("dry-run", "client")],
            &["dry-run", "image"],
        ),
        (
            &["run", "x", "--image=y", "--dry-run", "client"],
            &["run"],
            &["x", "client"],
            None,
            &[("dry-run", "unchanged")],
            &["dry-run", "image"],
        ),
        (
            &[
                "run",
                "x",
                "--image",
                "y",
                "-it",
                "--rm",
                "--restart=Never",
                "--",
                "sh",
            ],
            &["run"],
            &["x", "sh"],
            Some(1),
            &[("rm", "true"), ("restart", "Never")],
            &["image", "restart", "rm", "stdin", "tty"],
        ),
        (
            &["delete", "pod", "x", "--cascade"],
            &["delete"],
            &["pod", "x"],
            None,
            &[("cascade", "background")],
            &["cascade"],
        ),
        (
            &["delete", "pod", "x", "--grace-period=0", "--force"],
            &["delete"],
            &["pod", "x"],
            None,
            &[("grace-period", "0"), ("force", "true"), ("wait", "true")],
            &["force", "grace-period"],
        ),
        (
            &["logs", "pod", "--tail=10", "-f", "--since=5m"],
            &["logs"],
            &["pod"],
            None,
            &[("tail", "10"), ("follow", "true"), ("since", "5m0s")],
            &["follow", "since", "tail"],
        ),
        (
            &["logs", "pod"],
            &["logs"],
            &["pod"],
            None,
            &[
                ("tail", "-1"),
                ("pod-running-timeout", "20s"),
                ("max-log-requests", "5"),
            ],
            &[],
        ),
        (
            &["label", "pods", "foo", "app=v2", "--overwrite"],
            &["label"],
            &["pods", "foo", "app=v2"],
            None,
            &[("overwrite", "true")],
            &["overwrite"],
        ),
        (
            &["annotate", "pods", "foo", "a-"],
            &["annotate"],
            &["pods", "foo", "a-"],
            None,
            &[],
            &[],
        ),
        (
            &["create", "ns", "dev"],
            &["create", "namespace"],
            &["dev"],
            None,
            &[("dry-run", "none")],
            &[],
        ),
        (
            &["create", "-f", "pod.yaml"],
            &["create"],
            &[],
            None,
            &[("filename", "[pod.yaml]")],
            &["filename"],
        ),
        (
            &["config", "set-context", "--current", "--namespace=dev"],
            &["config", "set-context"],
            &[],
            None,
            &[("current", "true"), ("namespace", "dev")],
            &["current", "namespace"],
        ),
        (
            &["config", "use", "kind"],
            &["config", "use-context"],
            &["kind"],
            None,
            &[],
            &[],
        ),
        (
            &["config", "view", "--minify", "-o", "jsonpath={.x}"],
            &["config", "view"],
            &[],
            None,
            &[
                ("minify", "true"),
                ("output", "jsonpath={.x}"),
                ("merge", "true"),
            ],
            &["minify", "output"],
        ),
        (
            &["config", "--kubeconfig=k", "current-context"],
            &["config", "current-context"],
            &[],
            None,
            &[("kubeconfig", "k")],
            &["kubeconfig"],
        ),
        (
            &["port-forward", "pod", "8080:80", "--address", "0.0.0.0"],
            &["port-forward"],
            &["pod", "8080:80"],
            None,
            &[("address", "[0.0.0.0]")],
            &["address"],
        ),
        (
            &["port-forward", "pod", "8080:80"],
            &["port-forward"],
            &["pod", "8080:80"],
            None,
            &[("address", "[localhost]")],
            &[],
        ),
        (
            &["wait", "--for=condition=Ready", "pod/x", "--timeout=60s"],
            &["wait"],
            &["pod/x"],
            None,
            &[("for", "[condition=Ready]"), ("timeout", "1m0s")],
            &["for", "timeout"],
        ),
        (
            &["events", "--for", "pod/x"],
            &["events"],
            &[],
            None,
            &[("for", "pod/x")],
            &["for"],
        ),
        (
            &["api-resources", "--verbs=list,get"],
            &["api-resources"],
            &[],
            None,
            &[("verbs", "[list,get]")],
            &["verbs"],
        ),
        (
            &["version", "--client"],
            &["version"],
            &[],
            None,
            &[("client", "true")],
            &["client"],
        ),
        (&["cluster-info"], &["cluster-info"], &[], None, &[], &[]),
        (
            &["cluster-info", "dump"],
            &["cluster-info", "dump"],
            &[],
            None,
            &[],
            &[],
        ),
        (
            &["explain", "pods.spec", "--recursive"],
            &["explain"],
            &["pods.spec"],
            None,
            &[("recursive", "true")],
            &["recursive"],
        ),
        (
            &["describe", "nodes"],
            &["describe"],
            &["nodes"],
            None,
            &[],
            &[],
        ),
        (
            &["create", "deployment", "d", "--image=x", "-r", "3"],
            &["create", "deployment"],
            &["d"],
            None,
            &[("replicas", "3")],
            &["image", "replicas"],
        ),
    ];
    for (words, path, args, dash, flags, changed) in cases {
        let invocation = run(words);
        assert_eq!(&invocation.path, path, "{words:?}");
        assert_eq!(invocation.args, argv(args), "{words:?}");
        assert_eq!(invocation.args_before_dash, *dash, "{words:?}");
        for (name, value) in *flags {
            assert_eq!(
                invocation.flags.string(name),
                Some(*value),
                "{words:?} --{name}"
            );
        }
        let got_changed: Vec<&str> = invocation
            .flags
            .changed_flags()
            .iter()
            .map(|flag| flag.name)
            .collect();
        assert_eq!(&got_changed, changed, "{words:?}");
        assert_eq!(invocation.warnings, "", "{words:?}");
    }
}

#[test]
fn typed_accessors_read_values() {
    let invocation = run(&[
        "logs",
        "p",
        "--tail=-5",
        "--since=90s",
        "-c",
        "app",
        "--prefix",
    ]);
    assert_eq!(invocation.flags.int("tail"), Some(-5));
    assert_eq!(invocation.flags.given("container"), Some("app"));
    assert_eq!(invocation.flags.given("selector"), None);
    assert_eq!(invocation.flags.string("selector"), Some(""));
    assert_eq!(invocation.flags.duration_nanos("since"), 90_000_000_000);
    assert_eq!(invocation.flags.string("container"), Some("app"));
    assert!(invocation.flags.bool("prefix"));
    assert!(!invocation.flags.bool("follow"));
    assert!(invocation.flags.changed("container"));
    assert!(!invocation.flags.changed("follow"));
    assert_eq!(invocation.flags.string("nope"), None);
    assert_eq!(invocation.command.name, "logs");
    assert!(invocation.command.simulated);
    assert_eq!(invocation.command_path(), "kubectl logs");

    let invocation = run(&["exec", "-it", "pod", "--", "sh", "-c", "echo hi"]);
    assert_eq!(invocation.args_before_dash(), &argv(&["pod"])[..]);
    assert_eq!(
        invocation.args_after_dash(),
        &argv(&["sh", "-c", "echo hi"])[..]
    );
    let invocation = run(&["get", "pods"]);
    assert_eq!(invocation.args_before_dash(), &argv(&["pods"])[..]);
    assert!(invocation.args_after_dash().is_empty());

    let invocation = run(&["create", "deployment", "d", "--image=x"]);
    assert!(invocation.command.simulated);
    assert_eq!(invocation.command_path(), "kubectl create deployment");
    let invocation = run(&[
        "create",
        "cronjob",
        "j",
        "--image=x",
        "--schedule=* * * * *",
    ]);
    assert!(!invocation.command.simulated);
    let invocation = run(&[
        "create",
        "clusterrole",
        "r",
        "--verb=get",
        "--aggregation-rule=a=1,b=2",
    ]);
    assert_eq!(
        invocation.flags.map("aggregation-rule"),
        vec![
            ("a".to_string(), "1".to_string()),
            ("b".to_string(), "2".to_string())
        ]
    );
}

#[test]
fn deprecated_flags_warn_before_running() {
    for (words, want) in [
        (
            &["run", "x", "--image=y", "-f", "a"][..],
            "Flag shorthand -f has been deprecated, it is ignored by kubectl run and will be removed in a future release\nFlag --filename has been deprecated, it is ignored by kubectl run and will be removed in a future release\n",
        ),
        (
            &["label", "pods", "x", "a=b", "--record"][..],
            "Flag --record has been deprecated, --record will be removed in the future\n",
        ),
        (
            &["run", "x", "--image=y", "--record", "--record=false"][..],
            "Flag --record has been deprecated, --record will be removed in the future\nFlag --record has been deprecated, --record will be removed in the future\n",
        ),
    ] {
        assert_eq!(run(words).warnings, want, "{words:?}");
    }
}

/// What kubectl 1.37.1 wrote into `kubernetes.io/change-cause` for these command lines (read
/// back from `set image --local -o yaml` and from the requests it sent).
#[test]
fn record_builds_the_change_cause_as_kubectl_does() {
    for (words, want) in [
        (
            &["set", "image", "--local", "-f", "deploy.yaml", "nginx=nginx:2", "--record", "-o", "yaml"][..],
            Some("kubectl set image nginx=nginx:2 --local=true --filename=deploy.yaml --record=true --output=yaml"),
        ),
        (
            &["-n", "foo", "set", "image", "--local", "-f", "deploy.yaml", "nginx=nginx:2", "--record", "-oyaml"][..],
            Some("kubectl set image nginx=nginx:2 --namespace=foo --local=true --filename=deploy.yaml --record=true --output=yaml"),
        ),
        (
            &["set", "image", "--local=true", "--filename", "deploy.yaml", "--record=1", "--output", "yaml", "nginx=nginx:2"][..],
            Some("kubectl set image nginx=nginx:2 --local=true --filename=deploy.yaml --record=1 --output=yaml"),
        ),
        (
            &["set", "image", "--local", "-f", "deploy.yaml", "--record", "-o", "yaml", "--", "nginx=nginx:2"][..],
            Some("kubectl set image nginx=nginx:2 --local=true --filename=deploy.yaml --record=true --output=yaml"),
        ),
        (
            &["set", "image", "--local", "-f", "deploy.yaml", "--record", "-o", "yaml", "--dry-run", "nginx=nginx:2"][..],
            Some("kubectl set image nginx=nginx:2 --local=true --filename=deploy.yaml --record=true --output=yaml --dry-run=unchanged"),
        ),
        (
            &["set", "image", "--local", "-f", "deploy.yaml", "--record", "-o", "yaml", "--field_manager=x", "*=a b"][..],
            Some("kubectl set image *=a b --local=true --filename=deploy.yaml --record=true --output=yaml --field-manager=x"),
        ),
        (
            &["create", "-f", "kubia-deployment-v1.yaml", "--record"][..],
            Some("kubectl create --filename=kubia-deployment-v1.yaml --record=true"),
        ),
        (
            &["patch", "pod", "p", "-p", "{\"metadata\":{\"labels\":{\"c\":\"d\"}}}", "--record"][..],
            Some("kubectl patch pod p --patch={\"metadata\":{\"labels\":{\"c\":\"d\"}}} --record=true"),
        ),
        (&["label", "pod", "p", "a=b", "--record=false"][..], None),
        (&["label", "pod", "p", "a=b"][..], None),
        (&["get", "pods"][..], None),
    ] {
        assert_eq!(run(words).change_cause.as_deref(), want, "{words:?}");
    }
}

#[test]
fn commands_outside_the_table_are_unknown() {
    // Real kubectl has `autoscale`: the playground says that it lacks it (not that kubectl
    // does).
    for (words, want) in [
        (
            &["completion", "bash"][..],
            "error: the playground does not implement \"kubectl completion\" yet\n",
        ),
        (
            &["autoscale"][..],
            "error: the playground does not implement \"kubectl autoscale\" yet\n",
        ),
    ] {
        match parse(&argv(words)) {
            ParseOutcome::Error(text) => assert_eq!(text, want, "{words:?}"),
            other => panic!("{words:?}: {other:?}"),
        }
    }
    assert!(super::super::is_real_kubectl_command("autoscale"));
    assert!(super::super::is_real_kubectl_command("get"));
    assert!(!super::super::is_real_kubectl_command("nope"));
}

#[test]
fn suggestions_follow_cobra() {
    for (typed, want) in [
        ("gett", vec!["set", "get"]),
        ("ls", vec!["get", "logs", "cp"]),
        ("rm", vec!["run", "delete", "cp"]),
        ("LIST", vec!["get"]),
        ("zzzzzz", vec![]),
        ("", vec![]),
    ] {
        let mut want_all = want.clone();
        if typed.is_empty() {
            // Every name has the empty prefix.
            want_all = REAL_ROOT_COMMANDS
                .iter()
                .filter(|c| c.available)
                .map(|c| c.name)
                .collect();
        }
        assert_eq!(suggestions_for(typed), want_all, "{typed:?}");
    }
    for (a, b, want) in [
        ("kitten", "sitting", 3),
        ("", "abc", 3),
        ("GET", "get", 0),
        ("des", "describe", 5),
    ] {
        assert_eq!(levenshtein(a, b), want, "{a} {b}");
    }
}

#[test]
fn terminal_width_only_changes_help() {
    let words = argv(&["get", "--nope"]);
    match (parse(&words), super::super::parse_for_terminal(&words, 80)) {
        (ParseOutcome::Error(a), ParseOutcome::Error(b)) => assert_eq!(a, b),
        other => panic!("{other:?}"),
    }
    match super::super::parse_for_terminal(&argv(&["get", "-h"]), 80) {
        ParseOutcome::Help(text) => assert!(text.contains("Use \"kubectl options\" for a list of global command-line options (applies to all\ncommands).")),
        other => panic!("{other:?}"),
    }
}

#[test]
fn odd_input_never_panics() {
    let long = "x".repeat(100_000);
    let long_flag = format!("--{long}");
    let samples: Vec<Vec<String>> = vec![
        vec![],
        vec![String::new()],
        vec!["-".into()],
        vec!["--".into()],
        vec!["---".into()],
        vec!["-=".into()],
        vec!["\u{0}".into()],
        vec!["get".into(), "-\u{1F600}".into()],
        vec!["get".into(), "--\u{1F600}=\u{0}".into()],
        vec!["\u{202e}get".into()],
        vec![long.clone()],
        vec!["get".into(), long_flag.clone()],
        vec!["get".into(), "-L".into(), "\"\"\"\n\r\n\"".into()],
        vec!["logs".into(), "--since".into(), "9".repeat(400)],
        vec!["logs".into(), "--tail".into(), "-".repeat(40)],
        vec!["help".into(), "\u{7f}`\u{feff}".into()],
        vec!["config".into(); 50],
        vec!["-n".into(); 51],
        vec!["get".into(), "-é=x".into()],
        vec!["get".into(), "-nü".into()],
        vec![
            "exec".into(),
            "-itttttt".into(),
            "p".into(),
            "--".into(),
            "--".into(),
        ],
    ];
    for words in samples {
        let _ = parse(&words);
        let _ = super::super::parse_for_terminal(&words, 1);
        let _ = super::super::complete(&words, "");
        let _ = super::super::complete(&words, "-");
        let _ = super::super::complete(&words, "--namespace=");
    }
}
