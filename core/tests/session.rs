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
