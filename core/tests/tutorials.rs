//! The built-in tutorials are proven: every step's solution solves it on a fresh seeded session
//! (goal false before, true after, mistakes triggered by their examples), every text exists in
//! Japanese and English, every subsection of the chapter has a step, every file under
//! `tutorials/` is embedded, and a learner following the steps interactively gets through.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use kubeplay_core::session::Session;
use kubeplay_core::tutorial::{self, run::run_command, LastCommand, Progress, Tutorial};
use std::collections::BTreeSet;
use std::path::Path;

fn tutorials() -> Vec<Tutorial> {
    tutorial::builtin()
        .into_iter()
        .map(|loaded| loaded.unwrap_or_else(|error| panic!("{error}")))
        .collect()
}

#[test]
fn every_step_is_solved_by_its_solution() {
    let mut failures = Vec::new();
    for tutorial in tutorials() {
        for report in tutorial::verify(&tutorial) {
            if !report.ok() {
                failures.push(format!("{report} (seed={})", tutorial.seed));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_text_has_japanese_and_english_and_every_step_a_hint_goal_and_solution() {
    fn check(problems: &mut Vec<String>, what: String, text: &tutorial::Text) {
        if text.ja.trim().is_empty() {
            problems.push(format!("{what}: no Japanese"));
        }
        if text.en.trim().is_empty() {
            problems.push(format!("{what}: no English"));
        }
    }
    let mut problems = Vec::new();
    for tutorial in tutorials() {
        let problems = &mut problems;
        check(problems, format!("{} title", tutorial.id), &tutorial.title);
        for step in &tutorial.steps {
            let at = format!("{}/{}", tutorial.id, step.id);
            check(problems, format!("{at} title"), &step.title);
            check(problems, format!("{at} text"), &step.text);
            check(problems, format!("{at} hint"), &step.hint);
            for mistake in &step.mistakes {
                check(
                    problems,
                    format!("{at} mistake {}", mistake.id),
                    &mistake.explain,
                );
            }
            if step.solution.iter().all(|line| line.trim().is_empty()) {
                problems.push(format!("{at}: no solution"));
            }
            if step.goal.to_string().is_empty() {
                problems.push(format!("{at}: no goal"));
            }
            if step.section.is_none() {
                problems.push(format!("{at}: no section"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_subsection_of_the_chapter_has_a_step() {
    let covered: BTreeSet<(String, String)> = tutorials()
        .iter()
        .flat_map(|t| {
            t.steps
                .iter()
                .filter_map(|s| s.section.clone().map(|section| (t.id.clone(), section)))
        })
        .collect();
    let mut wanted = Vec::new();
    for (tutorial, subsections) in [
        ("3.1", &["3.1.1", "3.1.2", "3.1.3", "recap"][..]),
        ("3.2", &["3.2.1", "3.2.2", "3.2.3", "3.2.4", "3.2.5"]),
        ("3.3", &["3.3.1", "3.3.2", "3.3.3"]),
        ("3.4", &["3.4.1", "3.4.2"]),
        ("3.5", &["3.5.1", "3.5.2", "3.5.3"]),
        ("3.6", &["3.6.1", "3.6.2"]),
        ("3.7", &["3.7.1", "3.7.2", "3.7.3", "3.7.4", "3.7.5"]),
        ("3.8", &["3.8.1", "3.8.2", "3.8.3", "3.8.4", "3.8.5"]),
        ("3.9", &["3.9"]),
    ] {
        for subsection in subsections {
            wanted.push((tutorial.to_string(), subsection.to_string()));
        }
    }
    let missing: Vec<_> = wanted.iter().filter(|w| !covered.contains(*w)).collect();
    assert!(missing.is_empty(), "no step for {missing:?}");
}

#[test]
fn every_tutorial_file_is_embedded() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tutorials");
    let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".yaml"))
        .collect();
    on_disk.sort();
    let mut embedded: Vec<String> = tutorial::builtin_files()
        .iter()
        .map(|(name, _)| name.to_string())
        .collect();
    embedded.sort();
    assert_eq!(on_disk, embedded);
    for (name, text) in tutorial::builtin_files() {
        assert_eq!(
            std::fs::read_to_string(dir.join(name)).unwrap(),
            *text,
            "{name}"
        );
        let tutorial = tutorial::load(name, text).unwrap();
        assert_eq!(format!("{}.yaml", tutorial.id), *name);
    }
}

/// What a web pane does: prepare a section's session interactively, then follow the learner,
/// who types each solution line and waits for it.
#[test]
fn a_learner_gets_through_every_tutorial_interactively() {
    for tutorial in tutorials() {
        let mut session = tutorial.start(true).unwrap();
        let mut progress = Progress::new(&tutorial, 0, &session);
        for (index, step) in tutorial.steps.iter().enumerate() {
            assert_eq!(progress.current, index, "{}/{}", tutorial.id, step.id);
            for line in &step.solution {
                run_command(&mut session, line);
            }
            if let Some(advance) = step.advance {
                session.advance(advance);
            }
            let seen = progress.observe(&tutorial, &mut session);
            assert_eq!(
                seen.completed,
                Some(index),
                "{}/{} not completed interactively",
                tutorial.id,
                step.id
            );
            assert_eq!(seen.mistake, None);
        }
        assert!(progress.finished(), "{}", tutorial.id);
    }
}

/// How a step is judged: done, and the mistake reported when not.
type Judged = (bool, Option<&'static str>);
const DONE: Judged = (true, None);
const NOT_DONE: Judged = (false, None);

/// Other ways learners take (the book's commands, typos, the wrong namespace or port), each
/// run on a session prepared to its step: the step is judged as a teacher would.
#[test]
fn learners_own_ways_are_judged_fairly() {
    let cases: &[(&str, &str, &[&str], Judged)] = &[
        // The book's delete waits until the pod is gone: done all the same.
        (
            "3.8",
            "delete-by-name",
            &["kubectl delete pod kubia-gpu"],
            DONE,
        ),
        (
            "3.8",
            "delete-by-name",
            &[
                "kubectl delete pod kubia-gpu --wait=false",
                "kubectl get po",
            ],
            DONE,
        ),
        // Looking a while later still finds the pod the RC brought back.
        (
            "3.8",
            "delete-all-pods",
            &["kubectl delete pod --all", "sleep 100", "kubectl get pods"],
            DONE,
        ),
        // A selector in an empty namespace picks "the same" nothing.
        (
            "3.4",
            "your-selector",
            &["kubectl get pods -l 'creation_method=manual,!env' -n kube-system"],
            NOT_DONE,
        ),
        (
            "3.4",
            "your-selector",
            &["kubectl get pods -l 'creation_method in (manual),!env'"],
            DONE,
        ),
        (
            "3.9",
            "q3-selector",
            &["kubectl get pods -l 'env,env!=prod' -n kube-system"],
            NOT_DONE,
        ),
        (
            "3.3",
            "show-labels",
            &["kubectl get pods --show-labels -n kube-system"],
            NOT_DONE,
        ),
        (
            "3.4",
            "equals",
            &["kubectl get pods -l creation_method=manual -n kube-system"],
            NOT_DONE,
        ),
        // A typo in the file name is not an AlreadyExists.
        (
            "3.7",
            "create-in-namespace",
            &["kubectl create -f kubia-manua.yaml"],
            NOT_DONE,
        ),
        (
            "3.7",
            "create-in-namespace",
            &["kubectl create -f kubia-manual.yaml"],
            (false, Some("already-exists")),
        ),
        // -A shows kube-system too.
        ("3.7", "kube-system", &["kubectl get pods -A"], DONE),
        // The pod's port is not the local one.
        (
            "3.2",
            "port-forward",
            &[
                "kubectl port-forward kubia-manual 8888:8080 &",
                "curl localhost:8080",
            ],
            (false, Some("pod-port")),
        ),
        (
            "3.2",
            "port-forward",
            &["curl localhost:8888"],
            (false, Some("no-forward")),
        ),
        // A pod calling itself shows nothing of the pod network.
        (
            "3.1",
            "flat-network",
            &["kubectl exec backend -- curl -s localhost:8080"],
            NOT_DONE,
        ),
    ];
    let tutorials = tutorials();
    for (id, step_id, commands, want) in cases {
        let tutorial = tutorials.iter().find(|t| t.id == *id).unwrap();
        let index = tutorial
            .steps
            .iter()
            .position(|s| s.id == *step_id)
            .unwrap();
        let mut session = tutorial.session_at(index, false).unwrap();
        let step = &tutorial.steps[index];
        step.enter(&mut session).unwrap();
        for line in *commands {
            run_command(&mut session, line);
        }
        let last = LastCommand::from_session(&session);
        let check = step.check(&session, &last);
        let got = (check.done, check.mistake.map(|mistake| mistake.id.as_str()));
        assert_eq!(got, *want, "{id}/{step_id}: {commands:?}");
    }
}

/// Jumping into any step gives a session whose journal replays to the same state, where the
/// step's goal does not hold yet.
#[test]
fn jumping_to_a_step_prepares_a_replayable_session() {
    for tutorial in tutorials() {
        for (index, step) in tutorial.steps.iter().enumerate() {
            let session = tutorial.session_at(index, true).unwrap();
            let last = LastCommand::from_session(&session);
            assert!(
                !step.goal.check(&session, &last),
                "{}/{}: goal holds on arrival",
                tutorial.id,
                step.id
            );
            if index + 1 == tutorial.steps.len() {
                let (mut replayed, _) = Session::replay(session.seed(), session.journal());
                let mut original = session;
                let state = "kubectl get all,nodes,ns -A --show-labels; ls -R ~";
                assert_eq!(
                    replayed.submit(state),
                    original.submit(state),
                    "{}: replay differs",
                    tutorial.id
                );
            }
        }
    }
}

fn kubeplay(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_kubeplay"))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn cli_lists_and_verifies() {
    let list = kubeplay(&["tutorial", "list"]);
    assert!(list.status.success());
    let text = String::from_utf8_lossy(&list.stdout);
    assert_eq!(text.lines().count(), 9, "{text}");
    assert!(
        text.starts_with("3.1   3.1 Introducing pods / 3.1 Pod とは何か\n"),
        "{text}"
    );

    let verify = kubeplay(&["tutorial", "verify", "3.4"]);
    assert!(verify.status.success());
    let text = String::from_utf8_lossy(&verify.stdout);
    assert!(
        text.lines().all(|line| line.starts_with("ok   3.4/")),
        "{text}"
    );
    assert!(text.contains("ok   3.4/equals\n"), "{text}");

    let broken = std::env::temp_dir().join(format!("kubeplay-broken-{}.yaml", std::process::id()));
    let original = tutorial::builtin_files()[1].1;
    std::fs::write(
        &broken,
        original.replace(
            "kubectl logs kubia-manual -c kubia\"\n    goal",
            "kubectl get pods\"\n    goal",
        ),
    )
    .unwrap();
    let verify = kubeplay(&["tutorial", "verify", broken.to_str().unwrap()]);
    let _ = std::fs::remove_file(&broken);
    assert_eq!(verify.status.code(), Some(1));
    let text = String::from_utf8_lossy(&verify.stdout);
    assert!(
        text.contains("FAIL 3.2/logs: the goal does not hold"),
        "{text}"
    );

    assert_eq!(
        kubeplay(&["tutorial", "verify", "7.7"]).status.code(),
        Some(2)
    );
    assert_eq!(kubeplay(&["tutorial"]).status.code(), Some(2));
}
