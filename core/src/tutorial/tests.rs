//! Unit tests of the tutorial loader (strict schema, typed errors, no panics on malformed input)
//! and of goal checking against sessions and parsed last commands.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use super::goal::Goal;
use super::run::run_command;
use super::*;
use crate::session::Session;

fn session() -> Session {
    let mut session = Session::new(1);
    session.set_interactive(false);
    session
}

fn run(session: &mut Session, command: &str) -> Option<i32> {
    run_command(session, command)
}

/// A goal from its YAML form (inside a minimal tutorial).
fn goal(yaml: &str) -> Goal {
    let indented: String = yaml.lines().map(|line| format!("      {line}\n")).collect();
    let text = format!(
        "id: t\ntitle: {{ja: t, en: t}}\nsteps:\n  - id: s\n    title: {{ja: t, en: t}}\n    text: {{ja: t, en: t}}\n    hint: {{ja: t, en: t}}\n    solution: [\"true\"]\n    goal:\n{indented}"
    );
    match load("test.yaml", &text) {
        Ok(tutorial) => tutorial.steps[0].goal.clone(),
        Err(error) => panic!("{error}\n{text}"),
    }
}

fn holds(goal_yaml: &str, session: &Session) -> bool {
    goal(goal_yaml).check(session, &LastCommand::from_session(session))
}

const MINIMAL: &str = "id: \"9.9\"
title: {ja: タイトル, en: Title}
steps:
  - id: one
    title: {ja: 一, en: One}
    text: {ja: 本文, en: Text}
    hint: {ja: ヒント, en: Hint}
    solution: [\"kubectl get pods\"]
    goal:
      ran: {verb: get, kind: pods}
";

fn load_error(text: &str) -> TutorialError {
    match load("bad.yaml", text) {
        Ok(_) => panic!("loaded:\n{text}"),
        Err(error) => error,
    }
}

// ----- loader ---------------------------------------------------------------------------------

#[test]
fn loads_a_minimal_tutorial_with_defaults() {
    let tutorial = load("min.yaml", MINIMAL).unwrap();
    assert_eq!(tutorial.id, "9.9");
    assert_eq!(tutorial.seed, 1);
    assert_eq!(tutorial.title.get(Lang::Ja), "タイトル");
    assert_eq!(tutorial.title.get(Lang::En), "Title");
    assert!(tutorial.setup.is_empty() && tutorial.files.is_empty());
    let step = &tutorial.steps[0];
    assert_eq!(step.id, "one");
    assert_eq!(step.advance, None);
    assert!(step.mistakes.is_empty());
    assert_eq!(step.goal.to_string(), "ran kubectl get pods");
    assert!(step.goal.uses_last_command());
    assert!(!goal("exists: {kind: pod}").uses_last_command());
    assert!(goal("all_of: [{exists: {kind: pod}}, {file: {}}]").uses_last_command());
}

#[test]
fn unknown_field_is_an_error_at_its_place() {
    let text = MINIMAL.replace("    hint:", "    hnit: {ja: x, en: x}\n    hint:");
    let error = load_error(&text);
    assert_eq!(error.file, "bad.yaml");
    let (at, reason) = invalid_at(&text);
    assert_eq!(at, "steps[0]");
    assert!(
        reason.starts_with("unknown field `hnit`, expected one of `id`, `section`, `title`"),
        "{reason}"
    );
    assert!(
        error
            .to_string()
            .starts_with("bad.yaml: steps[0]: unknown field `hnit`"),
        "{error}"
    );
}

#[test]
fn missing_language_is_an_error() {
    let error = load_error(&MINIMAL.replace("text: {ja: 本文, en: Text}", "text: {ja: 本文}"));
    assert!(
        error
            .to_string()
            .contains("steps[0].text: missing field `en`"),
        "{error}"
    );
}

#[test]
fn wrong_type_is_an_error() {
    let text = MINIMAL.replace("id: \"9.9\"\n", "id: \"9.9\"\nseed: many\n");
    assert_eq!(
        invalid_at(&text),
        (
            "seed".to_string(),
            "expected a whole number, found string \"many\"".to_string()
        )
    );
    let text = MINIMAL.replace("id: \"9.9\"\n", "id: 9.9\n");
    assert_eq!(
        invalid_at(&text),
        (
            "id".to_string(),
            "expected a string, found floating point `9.9`".to_string()
        )
    );
    let text = MINIMAL.replace("solution:", "solution: {a: b}\n    x:");
    assert!(
        load_error(&text).to_string().contains("steps[0]"),
        "{}",
        load_error(&text)
    );
}

#[test]
fn not_yaml_is_an_error() {
    let error = load_error("id: [unclosed\n");
    assert!(matches!(error.kind, TutorialErrorKind::Syntax(_)));
    assert!(error.line.is_some(), "{error}");
    // An empty file is YAML (null), but not a tutorial.
    assert_eq!(
        load_error("").to_string(),
        "bad.yaml: expected a mapping, found null"
    );
    assert_eq!(
        load_error("- a\n").to_string(),
        "bad.yaml: expected a mapping, found a sequence"
    );
}

#[test]
fn duplicate_keys_and_tags_are_errors() {
    // A key given twice is refused (a tutorial is strict, unlike a manifest), with its line.
    let error = load_error(&MINIMAL.replace("id: \"9.9\"\n", "id: \"9.9\"\nid: again\n"));
    assert!(
        matches!(error.kind, TutorialErrorKind::Syntax(_)),
        "{error}"
    );
    assert!(
        error
            .to_string()
            .contains("duplicate entry with key \"id\""),
        "{error}"
    );
    assert!(error.line.is_some(), "{error}");
    // YAML 1.2, not kubectl's YAML 1.1: `yes` is a string.
    let text = MINIMAL.replace("id: \"9.9\"\n", "id: yes\n");
    assert_eq!(load("t.yaml", &text).unwrap().id, "yes");
    let text = MINIMAL.replace("id: \"9.9\"\n", "id: !custom x\n");
    assert_eq!(
        invalid_at(&text),
        (
            "id".to_string(),
            "expected a string, found a value tagged !custom".to_string()
        )
    );
}

fn invalid_at(text: &str) -> (String, String) {
    match load_error(text).kind {
        TutorialErrorKind::Invalid { at, reason } => (at, reason),
        other => panic!("{other:?}"),
    }
}

#[test]
fn semantic_errors_name_the_place() {
    let with_goal = |goal: &str| MINIMAL.replace("      ran: {verb: get, kind: pods}", goal);
    for (goal, want_at, want_reason) in [
        (
            "      exists: {kind: podz}",
            "steps[0] (one).goal.exists.kind",
            "`podz` is not a kind",
        ),
        (
            "      exists: {kind: pod, selector: \"a in (\"}",
            "steps[0] (one).goal.exists.selector",
            "`a in (`",
        ),
        (
            "      exists: {kind: pod, max_age: soon}",
            "steps[0] (one).goal.exists.max_age",
            "not a duration",
        ),
        (
            "      absent: {kind: pod, count: 1}",
            "steps[0] (one).goal.absent.count",
            "belongs to `exists`",
        ),
        (
            "      exists: {kind: node, node: x}",
            "steps[0] (one).goal.exists.node",
            "only applies to pods",
        ),
        (
            "      exists: {kind: node, namespace: default}",
            "steps[0] (one).goal.exists.namespace",
            "not namespaced",
        ),
        (
            "      exists: {kind: pod, phase: Active}",
            "steps[0] (one).goal.exists.phase",
            "not a phase of a pod",
        ),
        (
            "      ran: {program: curl, flags: [x]}",
            "steps[0] (one).goal.ran.flags",
            "only applies to kubectl",
        ),
        (
            "      ran: {flags: [--show-labels]}",
            "steps[0] (one).goal.ran.flags",
            "without dashes",
        ),
        (
            "      ran: {verb: \"-o\"}",
            "steps[0] (one).goal.ran.verb",
            "not a kubectl command path",
        ),
        (
            "      ran: {status: maybe}",
            "steps[0] (one).goal.ran.status",
            "not one of success",
        ),
        (
            "      all_of: []",
            "steps[0] (one).goal.all_of",
            "lists no goals",
        ),
        (
            "      {}",
            "steps[0] (one).goal",
            "exactly one of",
        ),
        (
            "      file: {path: a}\n      current_namespace: b",
            "steps[0] (one).goal",
            "exactly one of",
        ),
        (
            "      any_of:\n        - exists: {kind: pod}\n        - not: {ran: {verb: get, kind: no-such}}",
            "steps[0] (one).goal.any_of[1].not.ran.kind",
            "not a kind",
        ),
        (
            "      file: {yaml: {pointer: /spec, equals: {1: x}}}",
            "steps[0] (one).goal.file.yaml.equals",
            "expected a string, found integer `1`",
        ),
        (
            "      file: {yaml: {pointer: /spec, equals: .nan}}",
            "steps[0] (one).goal.file.yaml.equals",
            "is not a JSON number",
        ),
        (
            "      file: {yaml: {pointer: spec, equals: 1}}",
            "steps[0] (one).goal.file.yaml.pointer",
            "JSON pointer",
        ),
    ] {
        let (at, reason) = invalid_at(&with_goal(goal));
        assert_eq!(at, want_at, "{goal}");
        assert!(reason.contains(want_reason), "{goal}: {reason}");
    }
}

#[test]
fn step_level_errors() {
    let doubled = MINIMAL.to_string() + &MINIMAL[MINIMAL.find("  - id: one").unwrap()..];
    let (at, reason) = invalid_at(&doubled);
    assert_eq!(at, "steps[1] (one)");
    assert!(reason.contains("used twice"), "{reason}");

    let (at, _) =
        invalid_at(&MINIMAL.replace("    solution:", "    advance: later\n    solution:"));
    assert_eq!(at, "steps[0] (one).advance");

    let (at, _) = invalid_at(&MINIMAL.replace(
        "    solution:",
        "    files: {\"../etc/passwd\": x}\n    solution:",
    ));
    assert_eq!(at, "steps[0] (one).files");

    let (at, _) = invalid_at(&MINIMAL.replace("  - id: one", "  - id: two words"));
    assert_eq!(at, "steps[0] (two words)");

    let (at, _) = invalid_at("id: x\ntitle: {ja: a, en: b}\nsteps: []\n");
    assert_eq!(at, "steps");

    let with_mistake = MINIMAL.to_string()
        + "    mistakes:\n      - id: m\n        when: {exists: {kind: nope}}\n        explain: {ja: a, en: b}\n";
    let (at, _) = invalid_at(&with_mistake);
    assert_eq!(at, "steps[0] (one).mistakes[0] (m).when.exists.kind");
}

#[test]
fn deep_nesting_is_refused_not_overflowed() {
    let mut goal = String::from("{exists: {kind: pod}}");
    for _ in 0..40 {
        goal = format!("{{not: {goal}}}");
    }
    let text = MINIMAL.replace(
        "      ran: {verb: get, kind: pods}",
        &format!("      {goal}"),
    );
    let error = load_error(&text);
    assert!(error.to_string().contains("nested too deeply"), "{error}");
}

#[test]
fn truncated_and_garbled_files_never_panic() {
    for (_, text) in builtin_files().iter().take(3) {
        let mut cut = 0;
        while cut < text.len() {
            if text.is_char_boundary(cut) {
                let _ = load("cut.yaml", &text[..cut]);
                let garbled = format!("{}\t]{{:{}", &text[..cut], &text[cut..]);
                let _ = load("garbled.yaml", &garbled);
            }
            cut += 97;
        }
    }
    assert!(load("huge.yaml", &"#".repeat(MAX_FILE_BYTES + 1)).is_err());
}

#[test]
fn durations() {
    for (text, millis) in [
        ("30s", Some(30_000)),
        ("2m", Some(120_000)),
        ("1m30s", Some(90_000)),
        ("500ms", Some(500)),
        ("1h", Some(3_600_000)),
        ("", None),
        ("30", None),
        ("s", None),
        ("3d", None),
        ("99999999999999999999s", None),
    ] {
        assert_eq!(
            parse_duration(text).map(|d| d.as_millis()),
            millis,
            "{text}"
        );
    }
}

#[test]
fn builtin_tutorials_load_in_order() {
    let ids: Vec<String> = builtin()
        .into_iter()
        .map(|loaded| loaded.map(|t| t.id).unwrap_or_else(|e| panic!("{e}")))
        .collect();
    assert_eq!(
        ids,
        ["3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7", "3.8", "3.9"]
    );
}

// ----- goals on objects -----------------------------------------------------------------------

#[test]
fn exists_and_absent_with_conditions() {
    let mut s = session();
    assert!(!holds("exists: {kind: pod, name: kubia-manual}", &s));
    assert!(holds("absent: {kind: pod, name: kubia-manual}", &s));
    assert_eq!(
        run(&mut s, "kubectl create -f kubia-manual-with-labels.yaml"),
        Some(0)
    );
    assert!(holds(
        "exists: {kind: pod, name: kubia-manual-v2, phase: Pending}",
        &s
    ));
    assert!(!holds(
        "exists: {kind: pod, name: kubia-manual-v2, ready: true}",
        &s
    ));
    assert_eq!(
        run(
            &mut s,
            "kubectl wait --for=condition=Ready pod/kubia-manual-v2"
        ),
        Some(0)
    );
    assert!(holds(
        "exists: {kind: pod, name: kubia-manual-v2, phase: Running, ready: true, containers: 1}",
        &s
    ));
    assert!(holds("exists: {kind: pod, labels: {env: prod}}", &s));
    assert!(!holds("exists: {kind: pod, labels: {env: debug}}", &s));
    assert!(holds(
        "exists: {kind: pod, selector: \"creation_method=manual,env in (prod)\"}",
        &s
    ));
    assert!(!holds(
        "exists: {kind: pod, name: kubia-manual-v2, namespace: kube-system}",
        &s
    ));
    assert!(holds(
        "exists: {kind: pod, selector: \"component=etcd\", all_namespaces: true}",
        &s
    ));
    assert!(!holds(
        "exists: {kind: pod, selector: \"component=etcd\"}",
        &s
    ));
    // The ReplicationController's pod and kubia-manual-v2 run kubia in default.
    assert!(holds(
        "exists: {kind: pod, selector: \"!tier\", count: 2}",
        &s
    ));
    assert!(!holds(
        "exists: {kind: pod, selector: \"!tier\", count: 1}",
        &s
    ));
    // Only the new pod is young.
    assert!(holds("exists: {kind: pod, max_age: 1m, count: 1}", &s));
    assert!(holds(
        "exists: {kind: pod, name: kubia-manual-v2, log_contains: \"starting\"}",
        &s
    ));
    assert!(!holds(
        "exists: {kind: pod, name: kubia-manual-v2, log_contains: \"Received\"}",
        &s
    ));
    assert!(holds(
        "exists: {kind: namespace, name: default, phase: Active}",
        &s
    ));
    assert!(holds(
        "exists: {kind: replicationcontroller, name: kubia}",
        &s
    ));
    assert!(holds(
        "exists: {kind: node, selector: \"nvidia.com/gpu.present=true\", count: 1}",
        &s
    ));
}

#[test]
fn annotations_terminating_and_nodes() {
    let mut s = session();
    run(&mut s, "kubectl create -f kubia-manual.yaml");
    run(
        &mut s,
        "kubectl wait --for=condition=Ready pod/kubia-manual",
    );
    assert!(!holds(
        "exists: {kind: pod, annotations: {mycompany.com/someannotation: foo bar}}",
        &s
    ));
    run(
        &mut s,
        "kubectl annotate pod kubia-manual mycompany.com/someannotation=\"foo bar\"",
    );
    assert!(holds(
        "exists: {kind: pod, annotations: {mycompany.com/someannotation: foo bar}}",
        &s
    ));
    let on_gpu =
        "exists: {kind: pod, name: kubia-manual, node_labels: {nvidia.com/gpu.present: \"true\"}}";
    let on_gpu_by_selector =
        "exists: {kind: pod, name: kubia-manual, node_selector: \"nvidia.com/gpu.present=true\"}";
    let node = s
        .cluster
        .pod("default", "kubia-manual")
        .unwrap()
        .node_name
        .clone()
        .unwrap();
    let gpu = node == "kubeplay-worker2";
    assert_eq!(holds(on_gpu, &s), gpu);
    assert_eq!(holds(on_gpu_by_selector, &s), gpu);
    assert!(holds(
        &format!("exists: {{kind: pod, name: kubia-manual, node: {node}}}"),
        &s
    ));
    assert!(!holds("exists: {kind: pod, terminating: true}", &s));
    run(&mut s, "kubectl delete pod kubia-manual --wait=false");
    assert!(holds(
        "exists: {kind: pod, name: kubia-manual, terminating: true}",
        &s
    ));
    run(&mut s, "kubectl create -f kubia-gpu.yaml");
    assert!(holds(
        "exists: {kind: pod, name: kubia-gpu, spec_node_selector: {gpu: \"true\"}}",
        &s
    ));
    assert!(!holds(
        "exists: {kind: pod, name: kubia-gpu, spec_node_selector: {gpu: \"false\"}}",
        &s
    ));
}

#[test]
fn node_labels_and_namespaces() {
    let mut s = session();
    let gpu_labelled =
        "node_label: {key: gpu, value: \"true\", on: \"nvidia.com/gpu.present=true\"}";
    let any_gpu_label = "node_label: {key: gpu}";
    assert!(!holds(gpu_labelled, &s) && !holds(any_gpu_label, &s));
    run(&mut s, "kubectl label node kubeplay-worker3 gpu=yes");
    assert!(!holds(gpu_labelled, &s) && holds(any_gpu_label, &s));
    run(
        &mut s,
        "kubectl label nodes -l nvidia.com/gpu.present=true gpu=true",
    );
    assert!(holds(gpu_labelled, &s));
    assert!(holds("current_namespace: default", &s));
    run(&mut s, "kubectl create namespace work");
    run(
        &mut s,
        "kubectl config set-context --current --namespace work",
    );
    assert!(holds("current_namespace: work", &s));
    assert!(holds("not: {current_namespace: default}", &s));
    assert!(holds(
        "any_of: [{current_namespace: x}, {current_namespace: work}]",
        &s
    ));
    assert!(!holds(
        "all_of: [{current_namespace: x}, {current_namespace: work}]",
        &s
    ));
}

// ----- goals on the last command --------------------------------------------------------------

#[test]
fn ran_reads_the_parsed_command_not_its_spelling() {
    let mut s = session();
    let goal_text = "ran: {verb: get, kind: pods, selector: \"env=prod\"}";
    for (command, want) in [
        ("kubectl get pods -l env=prod", true),
        ("kubectl get po --selector=env==prod", true),
        ("kubectl get pod --selector 'env = prod'", true),
        ("kubectl -l env=prod get pods", true),
        ("kubectl get pods -l env", false),
        ("kubectl get nodes -l env=prod", false),
        ("kubectl get pods,nodes -l env=prod", true),
        ("kubectl get pods -l env=prod | grep kubia", true),
        (
            "kubectl create -f kubia-manual.yaml; kubectl get pods -l env=prod",
            true,
        ),
        ("echo kubectl get pods -l env=prod", false),
        ("X=env=prod; kubectl get pods -l $X", true),
    ] {
        let _ = run(&mut s, command);
        let last = LastCommand::from_session(&s);
        let status_ok = last.status == Some(0);
        assert_eq!(
            goal(goal_text).check(&s, &last),
            want && status_ok,
            "{command}"
        );
    }
    // Variables set earlier are expanded as the shell did.
    run(&mut s, "SEL=env=prod");
    run(&mut s, "kubectl get pods -l $SEL");
    assert!(holds(goal_text, &s));
    // Aliases too.
    run(&mut s, "alias k=kubectl");
    run(&mut s, "k get pods -l env=prod");
    assert!(holds(goal_text, &s));
}

#[test]
fn ran_flags_outputs_namespaces_and_status() {
    let mut s = session();
    run(&mut s, "kubectl create -f kubia-manual-with-labels.yaml");
    run(&mut s, "kubectl get pods --show-labels -o wide");
    assert!(holds(
        "ran: {verb: get, flags: [show-labels], output: wide}",
        &s
    ));
    assert!(!holds("ran: {verb: get, without_flags: [show-labels]}", &s));
    run(&mut s, "kubectl get pods --show-labels=false");
    assert!(!holds("ran: {verb: get, flags: [show-labels]}", &s));
    assert!(holds("ran: {verb: get, without_flags: [show-labels]}", &s));
    run(&mut s, "kubectl get pods -L env,creation_method");
    assert!(holds(
        "ran: {verb: get, flag_values: {label-columns: \"creation_method,env\"}}",
        &s
    ));
    assert!(!holds(
        "ran: {verb: get, flag_values: {label-columns: env}}",
        &s
    ));
    run(
        &mut s,
        "kubectl get pod kubia-manual-v2 -o jsonpath='{.metadata.name}'",
    );
    assert!(holds(
        "ran: {verb: get, kind: pods, name: kubia-manual-v2, output: jsonpath}",
        &s
    ));
    assert!(!holds("ran: {verb: get, output: yaml}", &s));
    run(&mut s, "kubectl get pods -n kube-system");
    assert!(holds("ran: {verb: get, namespace: kube-system}", &s));
    assert!(!holds("ran: {verb: get, namespace: default}", &s));
    run(&mut s, "kubectl label pods kubia-manual-v2 env=debug");
    assert!(!holds("ran: {verb: label}", &s));
    assert!(holds(
        "ran: {verb: label, status: failure, without_flags: [overwrite]}",
        &s
    ));
    assert!(holds(
        "ran: {verb: label, status: any, args: [env=debug]}",
        &s
    ));
    run(
        &mut s,
        "kubectl label pods/kubia-manual-v2 env=debug --overwrite",
    );
    assert!(holds(
        "ran: {verb: label, kind: pods, name: kubia-manual-v2, flags: [overwrite]}",
        &s
    ));
    run(&mut s, "kubectl create namespace scratch");
    assert!(holds(
        "ran: {verb: create namespace, kind: namespace, name: scratch}",
        &s
    ));
    assert!(!holds("ran: {verb: create}", &s));
    run(
        &mut s,
        "kubectl wait --for=condition=Ready pod/kubia-manual-v2",
    );
    run(
        &mut s,
        "kubectl exec kubia-manual-v2 -c kubia -- curl -s localhost:8080",
    );
    assert!(holds(
        "ran: {verb: exec, kind: pod, name: kubia-manual-v2, flag_values: {container: kubia}, after_dash: [curl, localhost:8080]}",
        &s
    ));
    assert!(!holds("ran: {verb: exec, after_dash: [wget]}", &s));
    run(&mut s, "cat kubia-manual.yaml > /dev/null");
    assert!(holds("ran: {program: cat, args: [kubia-manual.yaml]}", &s));
    assert!(!holds("ran: {verb: get}", &s));
}

#[test]
fn selects_like_compares_what_is_selected() {
    let mut s = session();
    run(&mut s, "kubectl create -f kubia-manual.yaml");
    run(&mut s, "kubectl create -f kubia-manual-with-labels.yaml");
    let goal_text = "ran: {verb: get, kind: pods, selects_like: \"creation_method=manual\"}";
    for (command, want) in [
        ("kubectl get pods -l creation_method=manual", true),
        ("kubectl get pods -l env=prod", true),
        ("kubectl get pods -l 'env in (prod,debug)'", true),
        ("kubectl get pods -l env!=prod", false),
        ("kubectl get pods", false),
    ] {
        run(&mut s, command);
        assert_eq!(holds(goal_text, &s), want, "{command}");
    }
}

#[test]
fn last_command_details() {
    let mut s = session();
    assert_eq!(LastCommand::from_session(&s).number, 0);
    run(
        &mut s,
        "kubectl config set-context $(kubectl config current-context) --namespace kube-system",
    );
    let last = LastCommand::from_session(&s);
    assert_eq!(last.number, 1);
    assert_eq!(last.status, Some(0));
    let invocation = last.kubectl().next().unwrap();
    assert_eq!(invocation.path, ["config", "set-context"]);
    assert_eq!(invocation.args, ["kind-kubeplay"]);
    run(&mut s, "kubectl get pods -o 'bad");
    // An unfinished quote waits for more input: nothing new was recorded.
    assert_eq!(LastCommand::from_session(&s).number, 1);
    s.interrupt();
    run(&mut s, "kubectl get pods )");
    let last = LastCommand::from_session(&s);
    assert_eq!((last.number, last.status), (2, Some(2)));
    assert!(last.commands.is_empty());
    run(
        &mut s,
        "kubectl create -f kubia-manual.yaml -f kubia-gpu.yaml",
    );
    assert_eq!(
        LastCommand::from_session(&s).filenames(),
        ["kubia-manual.yaml", "kubia-gpu.yaml"]
    );
}

#[test]
fn recent_commands_record_statuses_while_running() {
    let mut s = Session::new(1);
    s.submit("kubectl create -f kubia-manual.yaml");
    s.submit("sleep 5");
    assert_eq!(s.last_command().map(|r| r.status), Some(None));
    assert!(!holds("ran: {program: sleep}", &s));
    assert!(holds("ran: {program: sleep, status: any}", &s));
    s.wait_until_idle();
    assert_eq!(s.last_command().map(|r| r.status), Some(Some(0)));
    assert!(holds("ran: {program: sleep}", &s));
    s.submit("kubectl get pods -w");
    s.interrupt();
    assert_eq!(s.last_command().map(|r| r.status), Some(Some(130)));
    let texts: Vec<&str> = s.recent_commands().map(|r| r.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "kubectl create -f kubia-manual.yaml",
            "sleep 5",
            "kubectl get pods -w"
        ]
    );
}

// ----- file goals -----------------------------------------------------------------------------

#[test]
fn file_goals() {
    let mut s = session();
    assert!(!holds("file: {path: answer.txt}", &s));
    run(&mut s, "echo '  Separate ' > answer.txt");
    assert!(holds("file: {path: answer.txt}", &s));
    assert!(holds(
        "file: {path: answer.txt, answer: [same, separate]}",
        &s
    ));
    assert!(!holds("file: {path: answer.txt, answer: [same]}", &s));
    assert!(holds("file: {path: answer.txt, contains: [Sep]}", &s));
    assert!(!holds(
        "file: {path: answer.txt, contains: [Sep, Same]}",
        &s
    ));
    run(&mut s, "mkdir sub; cd sub");
    // Relative goal paths stay relative to the home directory.
    assert!(holds("file: {path: answer.txt}", &s));
    run(&mut s, "cd ~");
    let unquoted = "file: {yaml: {pointer: /spec/nodeSelector/gpu, equals: true}}";
    let quoted = "file: {yaml: {pointer: /spec/nodeSelector/gpu, equals: \"true\"}}";
    run(&mut s, "kubectl create -f kubia-gpu.yaml");
    assert!(holds(quoted, &s) && !holds(unquoted, &s));
    run(
        &mut s,
        "printf 'kind: Pod\\nspec:\\n  nodeSelector:\\n    gpu: true\\n' > bad.yaml",
    );
    run(&mut s, "kubectl create -f bad.yaml");
    assert!(holds(unquoted, &s) && !holds(quoted, &s));
    assert!(holds(
        "file: {path: bad.yaml, yaml: {pointer: /kind, equals: Pod}}",
        &s
    ));
    // A whole subtree, with numbers, lists and nulls, compares as JSON.
    run(
        &mut s,
        "printf 'kind: Pod\\nspec:\\n  x: {a: [1, 2.5, null], b: -3}\\n' > tree.yaml",
    );
    assert!(holds(
        "file: {path: tree.yaml, yaml: {pointer: /spec/x, equals: {a: [1, 2.5, null], b: -3}}}",
        &s
    ));
    assert!(!holds(
        "file: {path: tree.yaml, yaml: {pointer: /spec/x, equals: {a: [1, 2.5], b: -3}}}",
        &s
    ));
}

// ----- steps and progress ---------------------------------------------------------------------

#[test]
fn verify_reports_broken_steps() {
    let broken = MINIMAL.replace(
        "solution: [\"kubectl get pods\"]",
        "solution: [\"kubectl get nodes\"]",
    );
    let tutorial = load("broken.yaml", &broken).unwrap();
    let reports = verify(&tutorial);
    assert_eq!(reports.len(), 1);
    assert!(!reports[0].ok());
    assert!(
        reports[0]
            .to_string()
            .starts_with("FAIL 9.9/one: the goal does not hold"),
        "{}",
        reports[0]
    );

    let already = MINIMAL.replace(
        "      ran: {verb: get, kind: pods}",
        "      exists: {kind: namespace, name: default}",
    );
    let reports = verify(&load("already.yaml", &already).unwrap());
    assert!(
        reports[0].to_string().contains("already holds before"),
        "{}",
        reports[0]
    );

    let failing = MINIMAL.replace(
        "solution: [\"kubectl get pods\"]",
        "solution: [\"kubectl get pods nope\", \"kubectl get pods\"]",
    );
    let reports = verify(&load("failing.yaml", &failing).unwrap());
    assert!(
        reports[0].to_string().contains("exited with Some(1)"),
        "{}",
        reports[0]
    );

    let bad_setup = MINIMAL.replace("steps:", "setup: [\"false\"]\nsteps:");
    let reports = verify(&load("setup.yaml", &bad_setup).unwrap());
    assert_eq!(reports[0].step, "setup");
    assert!(!reports[0].ok());

    let ok = verify(&load("ok.yaml", MINIMAL).unwrap());
    assert_eq!(ok[0].to_string(), "ok   9.9/one");
}

#[test]
fn verify_checks_mistakes() {
    let with_mistakes = MINIMAL.to_string()
        + "    mistakes:
      - id: nodes-instead
        when: {ran: {verb: get, kind: nodes}}
        explain: {ja: a, en: b}
        example: [\"kubectl get nodes\"]
      - id: never-triggered
        when: {ran: {verb: get, kind: services}}
        explain: {ja: a, en: b}
        example: [\"kubectl get nodes\"]
      - id: claims-the-solution
        when: {ran: {verb: get}}
        explain: {ja: a, en: b}
";
    let reports = verify(&load("m.yaml", &with_mistakes).unwrap());
    let line = reports[0].to_string();
    assert!(!line.contains("nodes-instead"), "{line}");
    assert!(
        line.contains("mistake `never-triggered`: its example does not trigger it"),
        "{line}"
    );
    assert!(
        line.contains("mistake `claims-the-solution` matches the correct solution"),
        "{line}"
    );
}

#[test]
fn progress_follows_a_learner() {
    let text = MINIMAL.to_string()
        + "    mistakes:
      - id: nodes-instead
        when: {ran: {verb: get, kind: nodes}}
        explain: {ja: a, en: b}
  - id: two
    title: {ja: 二, en: Two}
    text: {ja: 本文, en: Text}
    hint: {ja: ヒント, en: Hint}
    files: {note.txt: \"hello\\n\"}
    solution: [\"cat note.txt\"]
    goal:
      ran: {program: cat, args: [note.txt]}
";
    let tutorial = load("p.yaml", &text).unwrap();
    let mut session = tutorial.session_at(0, true).unwrap();
    // A matching command typed before the step began does not count.
    run(&mut session, "kubectl get pods");
    let mut progress = Progress::new(&tutorial, 0, &session);
    assert_eq!(
        progress.observe(&tutorial, &mut session),
        Observation::default()
    );
    run(&mut session, "kubectl get nodes");
    let seen = progress.observe(&tutorial, &mut session);
    assert_eq!(seen.mistake, Some((0, 0)));
    assert_eq!(
        progress.observe(&tutorial, &mut session).mistake,
        None,
        "once per command"
    );
    run(&mut session, "kubectl get pods");
    let seen = progress.observe(&tutorial, &mut session);
    assert_eq!(seen.completed, Some(0));
    assert_eq!(progress.current, 1);
    // Entering step two wrote its file.
    assert_eq!(session.fs.read("note.txt"), Ok("hello\n"));
    run(&mut session, "cat note.txt");
    assert_eq!(progress.observe(&tutorial, &mut session).completed, Some(1));
    assert!(progress.finished());
    assert_eq!(
        progress.observe(&tutorial, &mut session),
        Observation::default()
    );
}

#[test]
fn files_are_written_through_the_shell_and_replay() {
    let text = MINIMAL.replace(
        "steps:",
        "files:\n  dir/a.yaml: \"x: 1\\n\"\n  b.txt: \"no newline\"\nsetup: [\"sleep 3\"]\nsteps:",
    );
    let tutorial = load("f.yaml", &text).unwrap();
    let session = tutorial.start(true).unwrap();
    assert_eq!(session.fs.read("dir/a.yaml"), Ok("x: 1\n"));
    assert_eq!(session.fs.read("b.txt"), Ok("no newline\n"));
    let (replayed, _) = Session::replay(session.seed(), session.journal());
    assert_eq!(replayed.fs, session.fs);
    assert_eq!(replayed.cluster.now(), session.cluster.now());
}

#[test]
fn progress_never_writes_files_into_a_running_command() {
    let text = MINIMAL.replace(
        "      ran: {verb: get, kind: pods}",
        "      exists: {kind: pod, name: kubia-manual, phase: Running}",
    ) + "  - id: two
    title: {ja: 二, en: Two}
    text: {ja: 本文, en: Text}
    hint: {ja: ヒント, en: Hint}
    files: {note.txt: \"hello\\n\"}
    solution: [\"cat note.txt\"]
    goal:
      ran: {program: cat, args: [note.txt]}
";
    let tutorial = load("busy.yaml", &text).unwrap();
    let mut session = tutorial.session_at(0, true).unwrap();
    let mut progress = Progress::new(&tutorial, 0, &session);
    session.submit("kubectl create -f kubia-manual.yaml");
    session.submit("kubectl get pods -w");
    assert_eq!(session.activity(), crate::session::Activity::Busy);
    session.advance(crate::clock::SimDuration::from_secs(10));
    let seen = progress.observe(&tutorial, &mut session);
    assert_eq!(seen.completed, Some(0));
    assert!(!progress.entered());
    assert!(session.fs.read("note.txt").is_err());
    assert_eq!(
        session.activity(),
        crate::session::Activity::Busy,
        "the watch still runs"
    );
    session.interrupt();
    assert_eq!(
        progress.observe(&tutorial, &mut session),
        Observation::default()
    );
    assert!(progress.entered());
    assert_eq!(session.fs.read("note.txt"), Ok("hello\n"));
    run(&mut session, "cat note.txt");
    assert_eq!(progress.observe(&tutorial, &mut session).completed, Some(1));
}

#[test]
fn advance_lets_time_pass_before_the_check() {
    let text = MINIMAL
        .replace(
            "solution: [\"kubectl get pods\"]",
            "solution: [\"kubectl create -f kubia-manual.yaml\"]",
        )
        .replace(
            "      ran: {verb: get, kind: pods}",
            "      exists: {kind: pod, name: kubia-manual, phase: Running}",
        );
    let without = load("a.yaml", &text).unwrap();
    assert!(!verify(&without)[0].ok());
    let with = load(
        "b.yaml",
        &text.replace("    solution:", "    advance: 30s\n    solution:"),
    )
    .unwrap();
    assert_eq!(with.steps[0].advance.map(|d| d.as_millis()), Some(30_000));
    assert!(verify(&with)[0].ok(), "{}", verify(&with)[0]);
}
