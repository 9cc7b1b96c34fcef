//! Sessions are their journals: replaying the inputs rebuilds the same state, saved sessions
//! round-trip, and damaged saves are refused with a reason, never trusted.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use kubeplay_core::clock::SimDuration;
use kubeplay_core::kubectl::Stream;
use kubeplay_core::session::{Input, RestoreError, Session};

fn everything(session: &mut Session) -> String {
    let io = session.submit("kubectl get all -A -o yaml; cat *.yaml; kubectl get events -A");
    io.text(Stream::Stdout)
}

#[test]
fn replaying_the_journal_rebuilds_the_session() {
    let mut session = Session::new(42);
    for line in [
        "kubectl create -f kubia-manual.yaml",
        "cat <<EOF > extra.yaml",
        "apiVersion: v1",
        "kind: Namespace",
        "metadata:",
        "  name: extra",
        "EOF",
        "kubectl apply -f extra.yaml",
        "kubectl label pod kubia-manual env=prod",
    ] {
        session.submit(line);
    }
    for _ in 0..50 {
        session.advance(SimDuration::from_millis(100));
    }
    session.submit("kubectl delete pod kubia-manual");
    session.advance(SimDuration::from_secs(3));
    session.interrupt();
    session.advance(SimDuration::from_secs(40));
    let journal = session.journal().to_vec();
    assert!(
        journal
            .iter()
            .filter(|i| matches!(i, Input::Advance(_)))
            .count()
            <= 4,
        "advances are merged: {journal:?}"
    );
    let (mut replayed, steps) = Session::replay(42, &journal);
    assert_eq!(steps.len(), journal.len());
    assert_eq!(replayed.cluster.now(), session.cluster.now());
    assert_eq!(everything(&mut replayed), everything(&mut session));
}

#[test]
fn saved_sessions_round_trip() {
    let mut session = Session::new(7);
    session.submit("kubectl run web --image=nginx");
    session.advance(SimDuration::from_secs(10));
    session.submit("echo 'quotes \" and \\\\ and 日本語'");
    let saved = session.save();
    let (seed, inputs) = Session::parse_saved(&saved).unwrap();
    assert_eq!(seed, 7);
    assert_eq!(inputs, session.journal());
}

#[test]
fn less_pages_on_the_terminal_and_copies_elsewhere() {
    let mut session = Session::new(3);
    session.set_interactive(true);
    session.set_terminal_columns(80);
    let io = session.submit("kubectl explain pods | less");
    assert!(io.is_empty(), "{io:?}");
    let request = session.edit_request().expect("less shows the text").clone();
    assert!(request.read_only);
    assert_eq!(
        (request.program.as_str(), request.path.as_str()),
        ("less", "")
    );
    assert!(
        request.text.starts_with("KIND:       Pod\n"),
        "{}",
        request.text
    );
    // Closing it ends the command; a pager saves nothing.
    assert!(session.finish_edit(Some("changed".into())).is_empty());
    assert_eq!(session.edit_request(), None);
    assert_eq!(session.last_status(), 0);
    session.submit("less kubia-manual.yaml nope.yaml kubia-gpu.yaml");
    assert_eq!(
        session.edit_request().map(|r| r.path.as_str()),
        Some("kubia-manual.yaml")
    );
    let io = session.finish_edit(None);
    assert!(io.is_empty(), "{io:?}");
    assert_eq!(
        session.edit_request().map(|r| r.path.as_str()),
        Some("kubia-gpu.yaml")
    );
    session.finish_edit(None);
    assert_eq!(session.last_status(), 0);
    session.submit("less nope.yaml");
    assert_eq!(session.edit_request(), None);
    assert_eq!(session.last_status(), 1);
    assert_eq!(
        session
            .fs
            .read("kubia-manual.yaml")
            .map(|t| t.contains("kubia")),
        Ok(true)
    );
    // Not to the terminal: as cat.
    let io = session.submit("less kubia-manual.yaml | wc -l; more kubia-manual.yaml | head -1");
    assert_eq!(session.edit_request(), None);
    let out: String = io.chunks.iter().map(|(_, text)| text.as_str()).collect();
    assert!(out.ends_with("11\n::::::::::::::\n"), "{out}");
    let io = session.submit("less");
    assert_eq!(
        io.chunks[0].1,
        "Missing filename (\"less --help\" for help)\n"
    );
}

#[test]
fn edits_are_journaled_and_replayed() {
    let mut session = Session::new(3);
    session.set_interactive(true);
    session.submit("kubectl create configmap settings --from-literal=color=blue");
    session.submit("kubectl edit cm settings");
    let opened = session
        .edit_request()
        .expect("the editor opened")
        .text
        .clone();
    assert!(opened.contains("color: blue"), "{opened}");
    let io = session.finish_edit(Some(opened.replace("blue", "red")));
    assert_eq!(io.chunks[0].1, "configmap/settings edited\n");
    session.submit("vi notes.txt");
    session.finish_edit(None);
    session.submit("vi notes.txt; echo done");
    session.finish_edit(Some("hello\n".into()));
    assert_eq!(session.edit_request(), None);
    // Closing an editor that is not open does nothing and is not journaled.
    assert!(session.finish_edit(Some("x".into())).is_empty());
    let saved = session.save();
    let (seed, inputs) = Session::parse_saved(&saved).unwrap();
    assert_eq!(inputs, session.journal());
    assert_eq!(
        inputs
            .iter()
            .filter(|i| matches!(i, Input::Edit(_)))
            .count(),
        3
    );
    let (replayed, _) = Session::replay(seed, &inputs);
    assert_eq!(replayed.fs.read("notes.txt"), Ok("hello\n"));
    let color = replayed
        .cluster
        .get(kubeplay_core::api::Kind::ConfigMap, "default", "settings")
        .map(|object| object.to_value()["data"]["color"].clone());
    assert_eq!(color, Ok(serde_json::json!("red")));
}

#[test]
fn damaged_saves_are_refused() {
    for (text, want) in [
        ("", "Malformed"),
        ("{", "Malformed"),
        ("[]", "Malformed"),
        ("{\"version\":1}", "Malformed"),
        (
            "{\"version\":2,\"seed\":1,\"inputs\":[]}",
            "UnsupportedVersion",
        ),
        ("{\"version\":1,\"seed\":-1,\"inputs\":[]}", "Malformed"),
        (
            "{\"version\":1,\"seed\":1,\"inputs\":[[\"x\"]]}",
            "Malformed",
        ),
        (
            "{\"version\":1,\"seed\":1,\"inputs\":[[\"a\",-5]]}",
            "Malformed",
        ),
        (
            "{\"version\":1,\"seed\":1,\"inputs\":[[\"l\",5]]}",
            "Malformed",
        ),
    ] {
        let error = Session::parse_saved(text).unwrap_err();
        let kind = match error {
            RestoreError::Malformed(_) => "Malformed",
            RestoreError::UnsupportedVersion(_) => "UnsupportedVersion",
        };
        assert_eq!(kind, want, "{text}");
    }
}

#[test]
fn waiting_commands_keep_the_prompt_until_done_or_interrupted() {
    use kubeplay_core::session::Activity;
    let mut session = Session::new(3);
    session.submit("kubectl create -f kubia-manual.yaml");
    session.advance(SimDuration::from_secs(20));
    // A waiting delete: busy for the 30 s grace period (kubia ignores SIGTERM).
    let io = session.submit("kubectl delete pod kubia-manual");
    assert_eq!(
        io.text(Stream::Stdout),
        "pod \"kubia-manual\" deleted from default namespace\n"
    );
    assert_eq!(session.activity(), Activity::Busy);
    session.advance(SimDuration::from_secs(25));
    assert_eq!(session.activity(), Activity::Busy);
    session.advance(SimDuration::from_secs(10));
    assert_eq!(session.activity(), Activity::Idle);
    // A watch prints rows as things change, until Ctrl+C.
    session.submit("kubectl create -f kubia-manual-with-labels.yaml");
    let io = session.submit("kubectl get pods -l env -w");
    assert!(
        io.text(Stream::Stdout).starts_with("NAME "),
        "{:?}",
        io.chunks
    );
    let io = session.advance(SimDuration::from_secs(30));
    assert!(
        io.text(Stream::Stdout)
            .contains("kubia-manual-v2   1/1     Running"),
        "{:?}",
        io.chunks
    );
    assert_eq!(session.activity(), Activity::Busy);
    session.interrupt();
    assert_eq!(session.activity(), Activity::Idle);
    assert_eq!(session.last_status(), 130);
    // Type-ahead while busy runs afterwards, in order.
    session.submit("sleep 5");
    session.submit("echo after");
    let io = session.advance(SimDuration::from_secs(6));
    assert_eq!(io.text(Stream::Stdout), "after\n");
}

#[test]
fn time_reports_a_pipeline_that_ctrl_c_stopped() {
    let mut session = Session::new(1);
    session.submit("time sleep 100");
    session.advance(SimDuration::from_millis(2_500));
    let io = session.interrupt();
    assert_eq!(
        io.text(Stream::Stderr),
        "\nreal\t0m2.500s\nuser\t0m0.000s\nsys\t0m0.000s\n"
    );
    // The report goes where the shell's standard error goes, not into the pipe.
    let io = session.submit("time -p echo x | tr x y");
    assert_eq!(io.text(Stream::Stdout), "y\n");
    assert_eq!(io.text(Stream::Stderr), "real 0.00\nuser 0.00\nsys 0.00\n");
}

#[test]
fn continuation_prompts_follow_unfinished_input() {
    let mut session = Session::new(1);
    assert_eq!(session.prompt(), "$ ");
    session.submit("cat <<EOF > note.txt");
    assert_eq!(session.prompt(), "> ");
    session.submit("hello");
    session.submit("EOF");
    assert_eq!(session.prompt(), "$ ");
    let io = session.submit("cat note.txt");
    assert_eq!(io.text(Stream::Stdout), "hello\n");
    session.submit("echo 'open");
    assert_eq!(session.prompt(), "> ");
    session.interrupt();
    assert_eq!(session.prompt(), "$ ");
    session.submit("kubens kube-system");
    assert_eq!(session.prompt(), "(kube-system) $ ");
}

#[test]
fn line_filters_see_a_waiting_command_s_lines_as_they_come() {
    use kubeplay_core::session::Activity;
    let mut session = Session::new(3);
    session.submit("kubectl create -f kubia-manual.yaml");
    let io = session.submit("kubectl get pods -w | grep manual | sed 's/Pending/waiting/'");
    assert_eq!(
        io.text(Stream::Stdout),
        "kubia-manual   0/1     waiting   0          0s\n"
    );
    let io = session.advance(SimDuration::from_secs(30));
    assert!(
        io.text(Stream::Stdout)
            .contains("kubia-manual   1/1     Running"),
        "{:?}",
        io.chunks
    );
    assert!(!io.text(Stream::Stdout).contains("kubia-ndwnb"));
    session.interrupt();
    assert_eq!(session.activity(), Activity::Idle);
    // Counting needs all the input: nothing until the watch ends (and Ctrl+C ends both).
    let io = session.submit("kubectl get pods -w | grep -c kubia");
    assert_eq!(io.text(Stream::Stdout), "");
    let io = session.interrupt();
    assert_eq!(io.text(Stream::Stdout), "");
    // A filter that never matched fails; one that matched succeeds, when the writer ends.
    session.submit("sleep 1 | grep x; echo $?");
    let io = session.advance(SimDuration::from_secs(2));
    assert_eq!(io.text(Stream::Stdout), "1\n");
    let io = session.submit("kubectl logs kubia-manual -f | grep -v nothing");
    assert_eq!(io.text(Stream::Stdout), "Kubia server starting...\n");
    assert_eq!(session.activity(), Activity::Busy);
}

#[test]
fn a_while_loop_sees_a_waiting_command_s_lines_as_they_come() {
    use kubeplay_core::session::Activity;
    let mut session = Session::new(3);
    session.submit("kubectl create -f kubia-manual.yaml");
    let io = session.submit(
        "kubectl get pods -w --no-headers | while read name ready status rest; do echo \"$name is $status\"; done",
    );
    assert_eq!(
        io.text(Stream::Stdout),
        "kubia-cww2w is Running\nkubia-manual is Pending\n"
    );
    let io = session.advance(SimDuration::from_secs(30));
    assert!(
        io.text(Stream::Stdout).contains("kubia-manual is Running"),
        "{:?}",
        io.chunks
    );
    assert_eq!(session.activity(), Activity::Busy);
    session.interrupt();
    assert_eq!(session.activity(), Activity::Idle);
}

#[test]
fn head_ends_a_waiting_pipeline_once_it_has_its_lines() {
    use kubeplay_core::session::Activity;
    let mut session = Session::new(3);
    session.submit("kubectl create -f kubia-manual.yaml");
    // The watch's first listing has 3 lines; head takes 2 and the watch gets SIGPIPE.
    let io = session.submit("kubectl get pods -w | head -n 2; echo status $?");
    assert_eq!(
        io.text(Stream::Stdout),
        "NAME           READY   STATUS    RESTARTS   AGE\nkubia-cww2w    1/1     Running   0          9h\nstatus 0\n"
    );
    assert_eq!(session.activity(), Activity::Idle);
    // Through a filter, head waits for the lines that pass it.
    let io = session.submit("kubectl get pods -w | grep manual | head -2");
    assert_eq!(
        io.text(Stream::Stdout),
        "kubia-manual   0/1     Pending   0          0s\n"
    );
    assert_eq!(session.activity(), Activity::Busy);
    let io = session.advance(SimDuration::from_secs(30));
    assert_eq!(
        io.text(Stream::Stdout).lines().count(),
        1,
        "{:?}",
        io.chunks
    );
    assert_eq!(session.activity(), Activity::Idle);
}

/// A running busybox pod `gone` (its `sleep` ignores SIGTERM), deleted with a 5 s grace period.
fn session_with_a_terminating_pod() -> Session {
    let mut session = Session::new(3);
    session.submit("kubectl run gone --image=busybox -- sleep 3600");
    session.advance(SimDuration::from_secs(20));
    session.submit("kubectl delete pod gone --grace-period=5 --wait=false");
    session
}

/// A table row's first three cells.
fn first_three_words(line: &str) -> String {
    line.split_whitespace()
        .take(3)
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn a_watch_shows_a_deleted_object_with_its_last_state() {
    let mut session = session_with_a_terminating_pod();
    let io = session.submit("kubectl get pods -w");
    assert!(io.text(Stream::Stdout).contains("gone "), "{:?}", io.chunks);
    let io = session.advance(SimDuration::from_secs(10));
    let rows: Vec<String> = io
        .text(Stream::Stdout)
        .lines()
        .filter(|line| line.starts_with("gone "))
        .map(first_three_words)
        .collect();
    // `sleep` ignores SIGTERM: at the end of the grace period it is killed, the kubelet
    // reports the terminal phase (MODIFIED), then the pod is gone (DELETED, its last state).
    assert_eq!(rows, ["gone 0/1 Error", "gone 0/1 Error"], "{rows:?}");
}

#[test]
fn a_watch_with_output_watch_events_names_each_event() {
    let mut session = session_with_a_terminating_pod();
    let io = session.submit("kubectl get pods -l run=gone -w --output-watch-events");
    let first: Vec<String> = io
        .text(Stream::Stdout)
        .lines()
        .map(first_three_words)
        .collect();
    assert_eq!(
        first,
        ["EVENT NAME READY", "ADDED gone 1/1"],
        "{:?}",
        io.chunks
    );
    let io = session.advance(SimDuration::from_secs(10));
    let text = io.text(Stream::Stdout);
    let events: Vec<&str> = text
        .lines()
        .filter_map(|line| line.split_whitespace().next())
        .map(|word| {
            if word == "MODIFIED" || word == "DELETED" {
                word
            } else {
                "?"
            }
        })
        .collect();
    assert_eq!(events, ["MODIFIED", "DELETED"], "{:?}", io.chunks);
    session.interrupt();
    // In YAML each object is its own document, an event with `type` and `object`.
    session.submit("kubectl run other --image=busybox -- sleep 3600");
    let io = session.submit("kubectl get pods -w -o yaml --output-watch-events");
    let text = io.text(Stream::Stdout);
    assert!(text.starts_with("object:\n  apiVersion: v1\n"), "{text}");
    assert!(text.contains("\ntype: ADDED\n---\nobject:\n"), "{text}");
}

#[test]
fn delete_interactive_reads_its_answer_from_the_terminal() {
    use kubeplay_core::session::Activity;
    let mut session = Session::new(3);
    session.submit("kubectl create -f kubia-manual.yaml");
    session.advance(SimDuration::from_secs(20));
    let question = "You are about to delete the following 1 resource(s):\npod/kubia-manual\nDo you want to continue? (y/N): ";
    // No: nothing is deleted, and the prompt comes back.
    let io = session.submit("kubectl delete pod kubia-manual -i");
    assert_eq!(io.text(Stream::Stdout), question);
    assert_eq!(session.activity(), Activity::Busy);
    assert!(session.reads_terminal());
    session.advance(SimDuration::from_secs(60));
    assert!(session.reads_terminal(), "kubectl waits for its answer");
    let io = session.submit("nope");
    assert_eq!(io.text(Stream::Stdout), "deletion is cancelled\n");
    assert_eq!(session.activity(), Activity::Idle);
    assert_eq!(session.last_status(), 0);
    // Ctrl+C while it asks.
    session.submit("kubectl delete pod kubia-manual -i");
    session.interrupt();
    assert_eq!(session.activity(), Activity::Idle);
    assert_eq!(session.last_status(), 130);
    // Yes: deleted, then the usual wait for the grace period; lines typed meanwhile are
    // commands again.
    session.submit("kubectl delete pod kubia-manual --interactive");
    let io = session.submit(" Y ");
    assert_eq!(
        io.text(Stream::Stdout),
        "pod \"kubia-manual\" deleted from default namespace\n"
    );
    assert!(!session.reads_terminal());
    session.submit("echo after");
    let io = session.advance(SimDuration::from_secs(40));
    assert_eq!(io.text(Stream::Stdout), "after\n");
    let io = session.submit("kubectl get pod kubia-manual");
    assert_eq!(
        io.text(Stream::Stderr),
        "Error from server (NotFound): pods \"kubia-manual\" not found\n"
    );
    // The journal holds the answers: a replay ends in the same state.
    let journal = session.journal().to_vec();
    let (mut replayed, _) = Session::replay(3, &journal);
    assert_eq!(everything(&mut replayed), everything(&mut session));
}

#[test]
fn a_here_document_cut_short_names_the_line_of_its_operator() {
    // A script (no terminal): bash names the line it reached, then the `<<` line.
    let mut session = Session::new(1);
    session.set_interactive(false);
    for line in ["echo hi", "cat <<EOF", "a", "b"] {
        session.submit(line);
    }
    let io = session.finish_input();
    assert_eq!(
        io.text(Stream::Stderr),
        "bash: line 4: warning: here-document at line 2 delimited by end-of-file (wanted `EOF')\n"
    );
    assert_eq!(io.text(Stream::Stdout), "a\nb\n");
    // A terminal: Ctrl+D at the `> ` prompt, and no line prefix.
    let mut session = Session::new(1);
    for line in ["echo 1", "echo 2", "cat <<EOF", "abc"] {
        session.submit(line);
    }
    let io = session.end_of_terminal_input();
    assert_eq!(
        io.text(Stream::Stderr),
        "bash: warning: here-document at line 3 delimited by end-of-file (wanted `EOF')\n"
    );
    assert_eq!(io.text(Stream::Stdout), "abc\n");
}

#[test]
fn a_watch_on_nodes_shows_the_kubelets_status_reports() {
    let mut session = Session::new(3);
    let rv = |session: &mut Session| {
        session
            .submit("kubectl get node kubeplay-worker -o jsonpath='{.metadata.resourceVersion}'")
            .text(Stream::Stdout)
    };
    let before = rv(&mut session);
    let io = session.submit("kubectl get nodes -w --output-watch-events");
    assert_eq!(
        io.text(Stream::Stdout).lines().count(),
        5,
        "{:?}",
        io.chunks
    );
    // Every node reports its unchanged status once in five minutes: a write, so a MODIFIED
    // event for each, with the same columns.
    let io = session.advance(SimDuration::from_secs(300));
    let mut events: Vec<String> = io
        .text(Stream::Stdout)
        .lines()
        .map(|line| {
            line.split_whitespace()
                .take(3)
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    events.sort();
    assert_eq!(
        events,
        [
            "MODIFIED kubeplay-control-plane Ready",
            "MODIFIED kubeplay-worker Ready",
            "MODIFIED kubeplay-worker2 Ready",
            "MODIFIED kubeplay-worker3 Ready",
        ],
    );
    session.interrupt();
    assert_ne!(rv(&mut session), before);
}

#[test]
fn a_script_runs_as_time_passes_and_ctrl_c_ends_it_and_its_subshell() {
    use kubeplay_core::session::Activity;
    let mut session = Session::new(3);
    session.submit("mkdir work; x=outside");
    session.submit(
        "printf 'x=inside; cd work\\nfor i in 1 2 3; do echo \"tick $i\"; sleep 10; done\\n' > ticks.sh",
    );
    let io = session.submit("bash ticks.sh; echo never");
    assert_eq!(io.text(Stream::Stdout), "tick 1\n");
    assert_eq!(session.activity(), Activity::Busy);
    let io = session.advance(SimDuration::from_secs(10));
    assert_eq!(io.text(Stream::Stdout), "tick 2\n");
    session.interrupt();
    assert_eq!(session.activity(), Activity::Idle);
    assert_eq!(session.last_status(), 130);
    // The script was a subshell: its variable and directory are gone with it.
    let io = session.submit("echo \"$x $(pwd)\"");
    assert_eq!(io.text(Stream::Stdout), "outside /home/learner\n");
    // A sourced script is the learner's shell itself.
    session.submit("source ticks.sh");
    session.interrupt();
    let io = session.submit("echo \"$x $(pwd)\"");
    assert_eq!(io.text(Stream::Stdout), "inside /home/learner/work\n");
}

#[test]
fn set_u_abandons_the_line_in_an_interactive_shell() {
    let mut session = Session::new(3);
    let io = session.submit("set -u; echo $nope; echo after");
    assert_eq!(io.text(Stream::Stderr), "bash: nope: unbound variable\n");
    assert_eq!(io.text(Stream::Stdout), "");
    let io = session.submit("echo $?; set +u; echo \"[$nope]\"");
    assert_eq!(io.text(Stream::Stdout), "1\n[]\n");
}

#[test]
fn read_waits_for_the_typed_line() {
    use kubeplay_core::session::Activity;
    let mut session = Session::new(3);
    let io = session.submit("read -p 'Pod name: ' pod rest; echo \"pod=[$pod] rest=[$rest] $?\"");
    assert_eq!(io.text(Stream::Stderr), "Pod name: ");
    assert_eq!(session.activity(), Activity::Busy);
    assert!(session.reads_terminal());
    let io = session.submit("kubia-manual  the  rest ");
    assert_eq!(
        io.text(Stream::Stdout),
        "pod=[kubia-manual] rest=[the  rest] 0\n"
    );
    assert_eq!(session.activity(), Activity::Idle);
    // A backslash at the end asks for the next line; Ctrl+C sets nothing.
    session.submit("read joined; echo \"[$joined]\"");
    session.submit("a\\");
    let io = session.submit("b");
    assert_eq!(io.text(Stream::Stdout), "[ab]\n");
    session.submit("read never; echo \"[$never]\"");
    session.interrupt();
    let io = session.submit("echo \"[$never] $?\"");
    assert_eq!(io.text(Stream::Stdout), "[] 130\n");
    // A stage of a pipeline is a subshell: what it reads stays there.
    session.submit("read piped | cat");
    session.submit("typed");
    let io = session.submit("echo \"[$piped]\"");
    assert_eq!(io.text(Stream::Stdout), "[]\n");
}

#[test]
fn a_background_job_has_its_own_shell_state() {
    let mut session = Session::new(3);
    session
        .submit("printf 'x=job; cd /tmp; sleep 10; echo \"job sees $x $y $(pwd)\"\\n' > slow.sh");
    let io = session.submit("x=shell; bash slow.sh &");
    assert_eq!(io.text(Stream::Stderr), "[1] 4249\n", "{:?}", io.chunks);
    // What the shell changes meanwhile is its own; the job's changes stay in the job.
    session.submit("y=later; x=changed");
    let io = session.advance(SimDuration::from_secs(10));
    assert_eq!(io.text(Stream::Stdout), "job sees job  /tmp\n");
    let io = session.submit("echo \"$x $y $(pwd)\"; x=again");
    assert!(
        io.text(Stream::Stdout)
            .ends_with("changed later /home/learner\n"),
        "{:?}",
        io.chunks
    );
    let io = session.submit("echo $x");
    assert_eq!(io.text(Stream::Stdout), "again\n");
}

#[test]
fn an_editor_text_over_the_input_limit_is_not_saved() {
    let mut session = Session::new(3);
    session.submit("vi big.txt");
    let io = session.finish_edit(Some("x".repeat(16 * 1024 * 1024 + 1)));
    assert_eq!(
        io.chunks[0].1,
        "kubeplay: the editor's text is over 16 MiB: it was not saved\n"
    );
    assert_eq!(session.edit_request(), None);
    assert!(session.fs.read("big.txt").is_err());
    assert_eq!(session.journal().last(), Some(&Input::Edit(None)));
}
