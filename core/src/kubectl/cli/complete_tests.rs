//! Table tests of completion: which words and which hints come back for a line.

use super::*;

fn words(line: &[&str]) -> Vec<String> {
    line.iter().map(|word| word.to_string()).collect()
}

/// The `Word` texts.
fn texts(candidates: &[Candidate]) -> Vec<String> {
    candidates
        .iter()
        .filter_map(|candidate| match candidate {
            Candidate::Word { text, .. } => Some(text.clone()),
            Candidate::Hint { .. } => None,
        })
        .collect()
}

/// The single hint, as `(hint, insert_prefix, match_prefix, namespace)`.
fn hint(candidates: &[Candidate]) -> Option<(ValueHint, String, String, Option<String>)> {
    candidates.iter().find_map(|candidate| match candidate {
        Candidate::Hint {
            hint,
            insert_prefix,
            match_prefix,
            namespace,
            ..
        } => Some((
            hint.clone(),
            insert_prefix.clone(),
            match_prefix.clone(),
            namespace.clone(),
        )),
        Candidate::Word { .. } => None,
    })
}

#[test]
fn command_and_subcommand_names() {
    for (line, current, want) in [
        (
            &[][..],
            "",
            vec![
                "annotate",
                "api-resources",
                "api-versions",
                "apply",
                "attach",
                "auth",
                "cluster-info",
                "config",
                "cordon",
                "create",
                "delete",
                "describe",
                "diff",
                "drain",
                "edit",
                "events",
                "exec",
                "explain",
                "expose",
                "get",
                "help",
                "label",
                "logs",
                "options",
                "patch",
                "plugin",
                "port-forward",
                "proxy",
                "replace",
                "rollout",
                "run",
                "scale",
                "set",
                "taint",
                "top",
                "uncordon",
                "version",
                "wait",
            ],
        ),
        (&[][..], "ge", vec!["get"]),
        (
            &[][..],
            "a",
            vec![
                "annotate",
                "api-resources",
                "api-versions",
                "apply",
                "attach",
                "auth",
            ],
        ),
        (&[][..], "sc", vec!["scale"]),
        (&["auth"][..], "", vec!["can-i", "reconcile", "whoami"]),
        (
            &["config"][..],
            "",
            vec![
                "current-context",
                "delete-context",
                "get-clusters",
                "get-contexts",
                "get-users",
                "rename-context",
                "set",
                "set-context",
                "unset",
                "use-context",
                "view",
            ],
        ),
        (&["config"][..], "u", vec!["unset", "use-context"]),
        (&["create"][..], "n", vec!["namespace"]),
        (&["top"][..], "", vec!["node", "pod"]),
        (&["-n", "x"][..], "lo", vec!["logs"]),
        (&["help"][..], "con", vec!["config"]),
        (&["help", "config"][..], "v", vec!["view"]),
    ] {
        let got = complete(&words(line), current);
        assert_eq!(texts(&got), want, "{line:?} {current:?}");
        assert_eq!(hint(&got), None, "{line:?} {current:?}");
    }
}

#[test]
fn flag_names() {
    let got = complete(&words(&["get"]), "--show-l");
    assert_eq!(texts(&got), vec!["--show-labels"]);
    let got = complete(&words(&["get", "pods"]), "-l");
    assert_eq!(texts(&got), vec!["-l"]);
    let got = complete(&words(&["get", "pods"]), "--names");
    assert_eq!(texts(&got), vec!["--namespace"]);
    // Global flags and cobra's help flag are offered too; hidden and deprecated ones are not.
    let got = texts(&complete(&words(&["label"]), "--"));
    assert!(got.contains(&"--kubeconfig".to_string()));
    assert!(got.contains(&"--help".to_string()));
    assert!(got.contains(&"--overwrite".to_string()));
    assert!(!got.contains(&"--record".to_string()));
    // A flag already given is not offered again, unless it repeats.
    let got = texts(&complete(
        &words(&["get", "--show-labels", "-f", "a"]),
        "--",
    ));
    assert!(!got.contains(&"--show-labels".to_string()));
    assert!(got.contains(&"--filename".to_string()));
    // After `--` everything is an argument.
    assert_eq!(complete(&words(&["exec", "pod", "--"]), "--"), vec![]);
    // Descriptions are the usage texts.
    let got = complete(&words(&["get"]), "--watch-o");
    assert_eq!(
        got,
        vec![Candidate::Word {
            text: "--watch-only".to_string(),
            description:
                "Watch for changes to the requested object(s), without listing/getting first."
                    .to_string(),
        }]
    );
}

#[test]
fn flag_values() {
    let got = complete(&words(&["get", "pods", "-o"]), "j");
    assert_eq!(
        texts(&got),
        vec!["json", "jsonpath", "jsonpath-as-json", "jsonpath-file"]
    );
    let got = complete(&words(&["get", "pods"]), "--output=y");
    assert_eq!(texts(&got), vec!["--output=yaml"]);
    let got = complete(&words(&["apply", "-f", "x", "--dry-run"]), "");
    assert_eq!(hint(&got), None, "--dry-run takes no separate value");
    let got = complete(&words(&["delete", "pod", "x"]), "--cascade=f");
    assert_eq!(texts(&got), vec!["--cascade=foreground"]);
    for (line, current, want) in [
        (
            &["get", "pods", "-n"][..],
            "ku",
            (ValueHint::Namespace, "", "ku"),
        ),
        (
            &["get", "pods", "--namespace"][..],
            "",
            (ValueHint::Namespace, "", ""),
        ),
        (
            &["get", "pods"][..],
            "--namespace=kube",
            (ValueHint::Namespace, "--namespace=", "kube"),
        ),
        (&["-n"][..], "d", (ValueHint::Namespace, "", "d")),
        (&["apply", "-f"][..], "po", (ValueHint::File, "", "po")),
        (&["apply", "-Rf"][..], "", (ValueHint::File, "", "")),
        (
            &["logs", "p", "-c"][..],
            "",
            (ValueHint::Container { pod: String::new() }, "", ""),
        ),
        (
            &["get", "--context"][..],
            "k",
            (ValueHint::Context, "", "k"),
        ),
    ] {
        let got = complete(&words(line), current);
        let (kind, insert, matching, _) = hint(&got).unwrap();
        assert_eq!(
            (kind, insert.as_str(), matching.as_str()),
            want,
            "{line:?} {current:?}"
        );
    }
    // A free-text flag value offers nothing.
    assert_eq!(complete(&words(&["get", "-l"]), "app"), vec![]);
}

#[test]
fn positional_hints() {
    let resource = |t: &str| ValueHint::ResourceName {
        resource_type: t.to_string(),
    };
    for (line, current, want) in [
        (
            &["get"][..],
            "po",
            Some((ValueHint::ResourceType, "", "po")),
        ),
        (
            &["get"][..],
            "pods/ku",
            Some((resource("pods"), "pods/", "ku")),
        ),
        (
            &["get", "pods"][..],
            "ku",
            Some((resource("pods"), "", "ku")),
        ),
        (
            &["get", "-n", "x", "po"][..],
            "",
            Some((resource("po"), "", "")),
        ),
        (
            &["get", "po/a"][..],
            "",
            Some((ValueHint::ResourceType, "", "")),
        ),
        (&["get", "pods,svc"][..], "", None),
        (
            &["describe"][..],
            "no",
            Some((ValueHint::ResourceType, "", "no")),
        ),
        (
            &["delete", "deploy"][..],
            "we",
            Some((resource("deploy"), "", "we")),
        ),
        (
            &["label", "pods", "x"][..],
            "",
            Some((resource("pods"), "", "")),
        ),
        (
            &["explain"][..],
            "p",
            Some((ValueHint::ResourceType, "", "p")),
        ),
        (&["explain", "pods"][..], "", None),
        (&["logs"][..], "ku", Some((resource("pods"), "", "ku"))),
        (
            &["logs"][..],
            "deploy/w",
            Some((resource("deploy"), "deploy/", "w")),
        ),
        (
            &["logs", "kubia"][..],
            "",
            Some((
                ValueHint::Container {
                    pod: "kubia".to_string(),
                },
                "",
                "",
            )),
        ),
        (&["exec", "-it"][..], "k", Some((resource("pods"), "", "k"))),
        (&["exec", "-it", "kubia", "--"][..], "", None),
        (&["port-forward"][..], "", Some((resource("pods"), "", ""))),
        (&["port-forward", "kubia"][..], "", None),
        (
            &["config", "use-context"][..],
            "",
            Some((ValueHint::Context, "", "")),
        ),
        (
            &["config", "set-context"][..],
            "m",
            Some((ValueHint::Context, "", "m")),
        ),
        (&["run"][..], "", None),
        (&["create", "namespace"][..], "", None),
        (&["version"][..], "", None),
    ] {
        let got = complete(&words(line), current);
        let got = hint(&got).map(|(kind, insert, matching, _)| (kind, insert, matching));
        let want =
            want.map(|(kind, insert, matching)| (kind, insert.to_string(), matching.to_string()));
        assert_eq!(got, want, "{line:?} {current:?}");
    }
}

#[test]
fn hints_carry_the_namespace_of_the_line() {
    let got = complete(&words(&["get", "pods", "-n", "kube-system"]), "");
    assert_eq!(
        hint(&got).and_then(|h| h.3),
        Some("kube-system".to_string())
    );
    let got = complete(&words(&["-n=dev", "logs"]), "");
    assert_eq!(hint(&got).and_then(|h| h.3), Some("dev".to_string()));
    let got = complete(&words(&["get", "pods"]), "");
    assert_eq!(hint(&got).and_then(|h| h.3), None);
    match complete(&words(&["get", "pods", "-A"]), "").first() {
        Some(Candidate::Hint { all_namespaces, .. }) => assert!(*all_namespaces),
        other => panic!("{other:?}"),
    }
}

#[test]
fn unknown_commands_complete_nothing() {
    assert_eq!(complete(&words(&["autoscale"]), ""), vec![]);
    assert_eq!(complete(&words(&["nope"]), "--"), vec![]);
}
