//! Engine tests that drive the cluster through its API and the clock.

use super::*;
use serde_json::json;

fn pod_manifest(name: &str, labels: serde_json::Value) -> serde_json::Value {
    json!({"apiVersion": "v1", "kind": "Pod",
           "metadata": {"name": name, "labels": labels},
           "spec": {"containers": [{"name": "kubia", "image": "luksa/kubia", "ports": [{"containerPort": 8080}]}]}})
}

#[test]
fn default_cluster_has_the_chapter_state() {
    let cluster = Cluster::new(1);
    assert_eq!(cluster.nodes().count(), 4);
    let default_pods: Vec<&Pod> = cluster
        .pods()
        .filter(|p| p.namespace() == "default")
        .collect();
    assert_eq!(default_pods.len(), 1);
    let kubia = default_pods[0];
    assert!(kubia.name().starts_with("kubia-"));
    assert_eq!(kubia.status.phase, crate::api::PodPhase::Running);
    assert!(cluster.get(Kind::Service, "default", "kubernetes").is_ok());
    assert!(!cluster
        .nodes()
        .any(|node| node.meta.labels.contains_key("gpu")));
}

#[test]
fn a_created_pod_is_scheduled_and_runs() {
    let mut cluster = Cluster::new(7);
    cluster
        .create(&pod_manifest("kubia-manual", json!({})), "default")
        .unwrap();
    let pod = cluster.pod("default", "kubia-manual").unwrap();
    assert_eq!(pod.status.phase, crate::api::PodPhase::Pending);
    cluster.advance(SimDuration::from_secs(30));
    let pod = cluster.pod("default", "kubia-manual").unwrap();
    assert_eq!(pod.status.phase, crate::api::PodPhase::Running);
    let node = pod.node_name.clone().unwrap();
    assert_ne!(
        node, "kubeplay-control-plane",
        "the control plane is tainted"
    );
    let reasons: Vec<String> = cluster
        .events_for(&pod.meta.uid)
        .iter()
        .map(|e| e.reason.clone())
        .collect();
    assert_eq!(
        reasons,
        vec!["Scheduled", "Pulling", "Pulled", "Created", "Started"]
    );
}

#[test]
fn deleting_a_pod_takes_the_grace_period() {
    let mut cluster = Cluster::new(3);
    cluster
        .create(&pod_manifest("kubia-manual", json!({})), "default")
        .unwrap();
    cluster.advance(SimDuration::from_secs(30));
    let outcome = cluster
        .delete(
            Kind::Pod,
            "default",
            "kubia-manual",
            DeleteOptions::default(),
        )
        .unwrap();
    assert_eq!(outcome, DeleteOutcome::Terminating);
    cluster.advance(SimDuration::from_secs(29));
    assert!(
        cluster.pod("default", "kubia-manual").is_some(),
        "kubia ignores SIGTERM"
    );
    cluster.advance(SimDuration::from_secs(2));
    assert!(cluster.pod("default", "kubia-manual").is_none());
}

#[test]
fn replication_controller_replaces_deleted_pods() {
    let mut cluster = Cluster::new(5);
    let original: String = cluster
        .pods()
        .find(|p| p.namespace() == "default")
        .unwrap()
        .name()
        .to_string();
    cluster
        .delete(Kind::Pod, "default", &original, DeleteOptions::default())
        .unwrap();
    cluster.advance(SimDuration::from_secs(1));
    let names: Vec<String> = cluster
        .pods()
        .filter(|p| p.namespace() == "default")
        .map(|p| p.name().to_string())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
    cluster.advance(SimDuration::from_secs(40));
    let names: Vec<String> = cluster
        .pods()
        .filter(|p| p.namespace() == "default")
        .map(|p| p.name().to_string())
        .collect();
    assert_eq!(names.len(), 1);
    assert_ne!(names[0], original);
}

#[test]
fn node_selector_waits_for_a_matching_node() {
    let mut cluster = Cluster::new(9);
    let manifest = json!({"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "kubia-gpu"},
        "spec": {"nodeSelector": {"gpu": "true"}, "containers": [{"name": "kubia", "image": "luksa/kubia"}]}});
    cluster.create(&manifest, "default").unwrap();
    cluster.advance(SimDuration::from_secs(10));
    let pod = cluster.pod("default", "kubia-gpu").unwrap();
    assert!(pod.node_name.is_none());
    let message = pod
        .status
        .condition("PodScheduled")
        .and_then(|c| c.message.clone())
        .unwrap();
    assert_eq!(message, "0/4 nodes are available: 1 node(s) had untolerated taint(s), 3 node(s) didn't match Pod's node affinity/selector. no new claims to deallocate, preemption: 0/4 nodes are available: 4 Preemption is not helpful for scheduling.");
    let mut patch = MetadataPatch::default();
    patch.set.insert("gpu".into(), "true".into());
    cluster
        .patch_metadata(
            Kind::Node,
            "",
            "kubeplay-worker2",
            MetadataField::Labels,
            &patch,
        )
        .unwrap();
    cluster.advance(SimDuration::from_millis(1500));
    assert_eq!(
        cluster
            .pod("default", "kubia-gpu")
            .unwrap()
            .node_name
            .as_deref(),
        Some("kubeplay-worker2")
    );
}

#[test]
fn same_seed_same_cluster() {
    let run = |seed| {
        let mut cluster = Cluster::new(seed);
        cluster
            .create(&pod_manifest("a", json!({"env": "prod"})), "default")
            .unwrap();
        cluster.advance(SimDuration::from_secs(60));
        cluster
            .list(Kind::Pod, None)
            .iter()
            .map(|o| serde_json::to_string(&o.to_value()).unwrap())
            .collect::<Vec<_>>()
    };
    assert_eq!(run(11), run(11));
    assert_ne!(run(11), run(12));
}

#[test]
fn the_event_aggregator_forgets_its_least_recently_seen_records() {
    let mut cluster = Cluster::new(3);
    let involved = |uid: &str| ObjectReference {
        kind: "Pod".into(),
        namespace: Some("default".into()),
        name: format!("pod-{uid}"),
        uid: uid.into(),
        field_path: None,
        resource_version: 1,
    };
    let record = |cluster: &mut Cluster, uid: &str, message: String| {
        cluster.record_event(involved(uid), "Normal", "Tested", message, "tester", None);
    };
    // Nine distinct messages of similar events: a tenth would be combined with them…
    for n in 0..9 {
        record(&mut cluster, "a", format!("message {n}"));
    }
    // …unless newer records fill the cache, which then forgets its least recently seen
    // quarter, this one first.
    cluster.advance(SimDuration::from_secs(1));
    for n in 0..EVENT_AGGREGATE_CACHE {
        record(&mut cluster, &format!("b{n}"), "other".into());
    }
    record(&mut cluster, "a", "message 9".into());
    let messages: Vec<&str> = cluster
        .events_for("a")
        .iter()
        .map(|event| event.message.as_str())
        .collect();
    assert_eq!(messages.len(), 10, "{messages:?}");
    assert_eq!(messages.last(), Some(&"message 9"));
    // The tenth distinct message of a record still combines.
    for n in 0..10 {
        record(&mut cluster, "b0", format!("more {n}"));
    }
    assert!(cluster
        .events_for("b0")
        .iter()
        .any(|event| event.message.starts_with(COMBINED_PREFIX)));
}

/// `newTerminationOrdering`: once the app container is done, the last sidecar gets SIGTERM
/// first; each earlier one waits for the one after it, but never longer than the grace
/// period (`waitForTurn`'s timer), so with three sidecars ignoring SIGTERM the last is killed
/// after 30 s and the other two together 2 s later.
#[test]
fn sidecars_wait_for_their_turn_at_most_the_grace_period() {
    let mut cluster = Cluster::new(5);
    let sidecar = |name: &str| {
        json!({"name": name, "image": "busybox", "restartPolicy": "Always",
               "command": ["sh", "-c", "sleep 3600"]})
    };
    let manifest = json!({"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p"},
        "spec": {"restartPolicy": "Never",
                 "initContainers": [sidecar("a"), sidecar("b"), sidecar("c")],
                 "containers": [{"name": "main", "image": "busybox",
                                 "command": ["sh", "-c", "sleep 5"]}]}});
    cluster.create(&manifest, "default").unwrap();
    cluster.advance(SimDuration::from_secs(120));
    let pod = cluster.pod("default", "p").unwrap();
    assert_eq!(pod.status.phase, crate::api::PodPhase::Succeeded);
    let finished = |statuses: &[crate::api::ContainerStatus], name: &str| {
        statuses
            .iter()
            .find(|status| status.name == name)
            .and_then(|status| match &status.state {
                crate::api::ContainerState::Terminated {
                    finished_at,
                    exit_code,
                    ..
                } => Some((*finished_at, *exit_code)),
                _ => None,
            })
            .unwrap()
    };
    let (main_done, _) = finished(&pod.status.container_statuses, "main");
    let init = &pod.status.init_container_statuses;
    let (a, a_code) = finished(init, "a");
    let (b, b_code) = finished(init, "b");
    let (c, c_code) = finished(init, "c");
    assert_eq!((a_code, b_code, c_code), (137, 137, 137));
    let after = |at: SimTime| at.since(main_done).as_millis();
    assert!((30_000..32_000).contains(&after(c)), "c after {}", after(c));
    assert_eq!(b.since(c).as_millis(), 2_000);
    assert_eq!(a, b);
}
