//! Table tests of the cluster picture: selector and nodeSelector explanations, pod stages and
//! the grace countdown, "why Pending", aggregation, and the session's last `get -l`.

use super::*;
use crate::clock::SimDuration;
use crate::cluster::{ClusterShape, DeleteOptions};
use crate::session::Session;
use serde_json::json;

fn labels(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(key, value)| (key.to_string(), value.to_string()))
        .collect()
}

fn pod_manifest(
    name: &str,
    labels: serde_json::Value,
    spec_extra: serde_json::Value,
) -> serde_json::Value {
    let mut spec = json!({"containers": [{"name": "kubia", "image": "luksa/kubia", "ports": [{"containerPort": 8080}]}]});
    if let (Some(spec), Some(extra)) = (spec.as_object_mut(), spec_extra.as_object()) {
        for (key, value) in extra {
            spec.insert(key.clone(), value.clone());
        }
    }
    json!({"apiVersion": "v1", "kind": "Pod", "metadata": {"name": name, "labels": labels}, "spec": spec})
}

fn find_pod<'a>(snapshot: &'a Snapshot, name: &str) -> Option<&'a PodView> {
    snapshot
        .nodes
        .iter()
        .flat_map(|node| node.pods.pods.iter())
        .chain(snapshot.unscheduled.pods.iter())
        .find(|pod| pod.name == name)
}

#[test]
fn selector_explanations() {
    let debug = labels(&[("app", "kubia"), ("env", "debug")]);
    let bare = labels(&[("app", "kubia")]);
    for (selector, labels, want_matches, want_reasons) in [
        ("env=debug", &debug, true, vec![]),
        (
            "env=prod",
            &debug,
            false,
            vec!["env is \"debug\", not \"prod\""],
        ),
        (
            "env==prod",
            &debug,
            false,
            vec!["env is \"debug\", not \"prod\""],
        ),
        ("env", &bare, false, vec!["has no label env"]),
        ("env=debug", &bare, false, vec!["has no label env"]),
        (
            "env in (prod,staging)",
            &debug,
            false,
            vec!["env is \"debug\", not one of \"prod\", \"staging\""],
        ),
        (
            "env in (prod,staging)",
            &bare,
            false,
            vec!["has no label env"],
        ),
        (
            "env!=debug",
            &debug,
            false,
            vec!["env is \"debug\", which env!=debug excludes"],
        ),
        ("env!=debug", &bare, true, vec![]),
        (
            "env notin (debug,prod)",
            &debug,
            false,
            vec!["env is \"debug\", which env notin (debug,prod) excludes"],
        ),
        ("env notin (debug,prod)", &bare, true, vec![]),
        (
            "!env",
            &debug,
            false,
            vec!["has the label env=debug, but !env wants no such label"],
        ),
        ("!env", &bare, true, vec![]),
        (
            "app=web,env=prod",
            &debug,
            false,
            vec![
                "app is \"kubia\", not \"web\"",
                "env is \"debug\", not \"prod\"",
            ],
        ),
        ("app=kubia,!env", &bare, true, vec![]),
        (
            "env>3",
            &debug,
            false,
            vec!["env is \"debug\", not a whole number"],
        ),
        ("tier>3", &bare, false, vec!["has no label tier"]),
        ("", &bare, true, vec![]),
    ] {
        let parsed = crate::selector::parse(selector).expect("a valid selector");
        let verdict = explain_selector(&parsed, labels);
        assert_eq!(verdict.matches, want_matches, "{selector} on {labels:?}");
        assert_eq!(verdict.why_not(), want_reasons, "{selector} on {labels:?}");
        assert_eq!(verdict.checks.len(), parsed.0.len(), "{selector}");
    }
    let numbers = labels(&[("replicas", "2")]);
    for (selector, want) in [
        ("replicas>3", vec!["replicas is 2, not greater than 3"]),
        ("replicas<1", vec!["replicas is 2, not less than 1"]),
        ("replicas>1", vec![]),
    ] {
        let parsed = crate::selector::parse(selector).expect("a valid selector");
        assert_eq!(
            explain_selector(&parsed, &numbers).why_not(),
            want,
            "{selector}"
        );
    }
}

#[test]
fn node_selector_label_by_label() {
    let node = labels(&[("gpu", "false"), ("disk", "ssd")]);
    for (wanted, want) in [
        (vec![("gpu", "true")], vec!["✗ gpu=true (it is \"false\")"]),
        (vec![("disk", "ssd")], vec!["✓ disk=ssd"]),
        (vec![("zone", "a")], vec!["✗ zone=a (no such label)"]),
        (
            vec![("disk", "ssd"), ("gpu", "true")],
            vec!["✓ disk=ssd", "✗ gpu=true (it is \"false\")"],
        ),
        (vec![], vec![]),
    ] {
        let checks = node_selector_checks(&labels(&wanted), &node);
        let plain: Vec<String> = checks.iter().map(LabelCheck::plain).collect();
        assert_eq!(plain, want, "{wanted:?}");
    }
}

#[test]
fn quantities_for_people() {
    for (millis, want) in [
        (0, "0"),
        (1000, "1"),
        (1500, "1500m"),
        (250, "250m"),
        (8000, "8"),
    ] {
        assert_eq!(format_cpu(millis), want);
    }
    for (bytes, want) in [
        (0, "0"),
        (512, "512"),
        (2048, "2Ki"),
        (200 * 1024 * 1024, "200Mi"),
        (16 * 1024 * 1024 * 1024 - 12_000 * 1024, "16Gi"),
        (1536 * 1024 * 1024, "1.5Gi"),
        (-1024 * 1024, "-1Mi"),
    ] {
        assert_eq!(format_bytes(bytes), want, "{bytes}");
    }
}

#[test]
fn the_starting_cluster_as_a_picture() {
    let cluster = Cluster::new(1);
    let snapshot = snapshot(&cluster, &ViewOptions::default());
    let names: Vec<(&str, &str, &str)> = snapshot
        .nodes
        .iter()
        .map(|node| (node.name.as_str(), node.role.as_str(), node.status.as_str()))
        .collect();
    assert_eq!(
        names,
        vec![
            ("kubeplay-control-plane", "control-plane", "Ready"),
            ("kubeplay-worker", "worker", "Ready"),
            ("kubeplay-worker2", "worker", "Ready"),
            ("kubeplay-worker3", "worker", "Ready"),
        ]
    );
    let worker2 = &snapshot.nodes[2];
    assert_eq!(worker2.hardware.gpus, 2);
    assert_eq!(worker2.hardware.gpu_model.as_deref(), Some("Tesla-T4"));
    assert_eq!(worker2.hardware.disk, DiskKind::Ssd);
    assert_eq!(worker2.hardware.cpu_cores, 8);
    assert_eq!(worker2.hardware.memory, "32 GiB");
    let resources: Vec<&str> = worker2.usage.iter().map(|m| m.resource.as_str()).collect();
    assert_eq!(resources, vec!["cpu", "memory", "pods", "nvidia.com/gpu"]);
    assert_eq!(snapshot.nodes[3].hardware.disk, DiskKind::Hdd);
    let control_plane = &snapshot.nodes[0];
    assert_eq!(
        control_plane.taints,
        vec!["node-role.kubernetes.io/control-plane:NoSchedule"]
    );
    assert!(control_plane
        .pods
        .pods
        .iter()
        .any(|pod| pod.name == "etcd-kubeplay-control-plane" && pod.namespace == "kube-system"));
    let cpu = &control_plane.usage[0];
    assert!(cpu.used > 0 && cpu.used <= cpu.total, "{cpu:?}");
    let kubia = snapshot
        .nodes
        .iter()
        .flat_map(|node| node.pods.pods.iter())
        .find(|pod| pod.namespace == "default")
        .expect("the kubia pod");
    assert!(kubia.name.starts_with("kubia-"));
    assert_eq!(kubia.status, "Running");
    assert_eq!(kubia.stage, Stage::Running);
    assert_eq!(kubia.owner.as_deref(), Some("ReplicationController/kubia"));
    assert_eq!(kubia.labels, labels(&[("run", "kubia")]));
    assert_eq!(snapshot.unscheduled.total, 0);
    assert!(snapshot.detailed);
    let namespaces: Vec<&str> = snapshot
        .namespaces
        .iter()
        .map(|ns| ns.name.as_str())
        .collect();
    assert_eq!(
        namespaces,
        vec![
            "default",
            "kube-node-lease",
            "kube-public",
            "kube-system",
            "local-path-storage"
        ]
    );
    assert_eq!(snapshot.n_pods, cluster.pods().count());
}

#[test]
fn a_pod_appears_is_placed_starts_terminates_and_disappears() {
    let mut cluster = Cluster::new(7);
    let options = ViewOptions::default();
    cluster
        .create(
            &pod_manifest("kubia-manual", json!({}), json!({})),
            "default",
        )
        .expect("created");
    let mut seen: Vec<(String, Option<i64>, bool)> = Vec::new();
    let mut record = |cluster: &Cluster| {
        let picture = snapshot(cluster, &options);
        let entry = match find_pod(&picture, "kubia-manual") {
            Some(pod) => (pod.status_text(), pod.grace_left_secs, pod.node.is_some()),
            None => ("gone".to_string(), None, false),
        };
        if seen.last() != Some(&entry) {
            seen.push(entry);
        }
    };
    record(&cluster);
    for _ in 0..300 {
        cluster.advance(SimDuration::from_millis(100));
        record(&cluster);
    }
    cluster
        .delete(
            Kind::Pod,
            "default",
            "kubia-manual",
            DeleteOptions::default(),
        )
        .expect("deleted");
    for _ in 0..400 {
        cluster.advance(SimDuration::from_millis(100));
        record(&cluster);
    }
    let statuses: Vec<&str> = seen.iter().map(|(status, _, _)| status.as_str()).collect();
    assert_eq!(statuses.first(), Some(&"Pending"));
    assert_eq!(
        seen.first().map(|entry| entry.2),
        Some(false),
        "not placed at first"
    );
    assert!(statuses.contains(&"ContainerCreating"), "{statuses:?}");
    assert!(statuses.contains(&"Running"), "{statuses:?}");
    assert!(statuses.contains(&"Terminating (30s left)"), "{statuses:?}");
    assert!(statuses.contains(&"Terminating (1s left)"), "{statuses:?}");
    assert_eq!(statuses.last(), Some(&"gone"));
    // The countdown only goes down.
    let countdown: Vec<i64> = seen.iter().filter_map(|entry| entry.1).collect();
    assert!(
        countdown.windows(2).all(|pair| pair[0] > pair[1]),
        "{countdown:?}"
    );
}

#[test]
fn a_replication_controller_replaces_a_deleted_pod() {
    let mut cluster = Cluster::new(3);
    let options = ViewOptions::default();
    let rc_pods = |cluster: &Cluster| -> Vec<(String, Stage)> {
        let picture = snapshot(cluster, &options);
        picture
            .nodes
            .iter()
            .flat_map(|node| node.pods.pods.iter())
            .chain(picture.unscheduled.pods.iter())
            .filter(|pod| pod.owner.as_deref() == Some("ReplicationController/kubia"))
            .map(|pod| (pod.name.clone(), pod.stage))
            .collect()
    };
    let before = rc_pods(&cluster);
    assert_eq!(before.len(), 1);
    let (old_name, _) = before[0].clone();
    cluster
        .delete(Kind::Pod, "default", &old_name, DeleteOptions::default())
        .expect("deleted");
    cluster.advance(SimDuration::from_millis(200));
    let during = rc_pods(&cluster);
    assert!(
        during.contains(&(old_name.clone(), Stage::Terminating)),
        "{during:?}"
    );
    assert!(
        during
            .iter()
            .any(|(name, stage)| *name != old_name && *stage != Stage::Terminating),
        "a replacement appears: {during:?}"
    );
    cluster.advance(SimDuration::from_secs(60));
    let after = rc_pods(&cluster);
    assert_eq!(after.len(), 1, "{after:?}");
    assert_ne!(after[0].0, old_name);
    assert_eq!(after[0].1, Stage::Running);
}

#[test]
fn pod_selector_lights_up_and_explains() {
    let mut cluster = Cluster::new(5);
    cluster
        .create(
            &pod_manifest("a", json!({"env": "debug", "app": "kubia"}), json!({})),
            "default",
        )
        .expect("created");
    cluster
        .create(
            &pod_manifest("b", json!({"env": "prod", "app": "kubia"}), json!({})),
            "default",
        )
        .expect("created");
    cluster
        .create(
            &pod_manifest("c", json!({"app": "kubia"}), json!({})),
            "default",
        )
        .expect("created");
    cluster.advance(SimDuration::from_secs(20));
    let options = ViewOptions {
        namespace: Some("default".into()),
        selector: Some(
            SelectorQuery::parse("env=debug", SelectorTarget::Pods, Some("default".into()))
                .expect("parses"),
        ),
        ..ViewOptions::default()
    };
    let picture = snapshot(&cluster, &options);
    let judged: Vec<(String, Option<bool>, Vec<String>)> = ["a", "b", "c"]
        .iter()
        .filter_map(|name| find_pod(&picture, name))
        .map(|pod| {
            (
                pod.name.clone(),
                pod.selected(),
                pod.selection
                    .as_ref()
                    .map(SelectorVerdict::why_not)
                    .unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(
        judged,
        vec![
            ("a".to_string(), Some(true), vec![]),
            (
                "b".to_string(),
                Some(false),
                vec!["env is \"prod\", not \"debug\"".to_string()]
            ),
            (
                "c".to_string(),
                Some(false),
                vec!["has no label env".to_string()]
            ),
        ]
    );
    assert_eq!(picture.selector.as_ref().map(|(_, n)| *n), Some(1));
    assert_eq!(picture.n_pods, 4, "three pods and kubia's");
    assert!(picture
        .summary()
        .contains(&"Selector env=debug matches 1 of 4 pods.".to_string()));
    // Listed in one namespace: pods elsewhere are left out for that reason.
    let elsewhere = ViewOptions {
        selector: Some(
            SelectorQuery::parse(
                "tier=control-plane",
                SelectorTarget::Pods,
                Some("default".into()),
            )
            .expect("parses"),
        ),
        ..ViewOptions::default()
    };
    let picture = snapshot(&cluster, &elsewhere);
    let etcd = find_pod(&picture, "etcd-kubeplay-control-plane").expect("etcd");
    assert_eq!(etcd.selected(), Some(false));
    assert_eq!(
        etcd.selection.as_ref().map(SelectorVerdict::why_not),
        Some(vec!["not in namespace default, the one listed".to_string()])
    );
}

#[test]
fn node_selectors_on_nodes() {
    let mut cluster = Cluster::new(5);
    cluster
        .patch_metadata(
            Kind::Node,
            "",
            "kubeplay-worker2",
            crate::cluster::MetadataField::Labels,
            &crate::cluster::MetadataPatch {
                set: labels(&[("gpu", "true")]),
                remove: Vec::new(),
            },
        )
        .expect("labelled");
    let options = ViewOptions {
        selector: Some(
            SelectorQuery::parse("gpu=true", SelectorTarget::Nodes, None).expect("parses"),
        ),
        ..ViewOptions::default()
    };
    let picture = snapshot(&cluster, &options);
    let verdicts: Vec<(&str, bool)> = picture
        .nodes
        .iter()
        .map(|node| {
            (
                node.name.as_str(),
                node.selection.as_ref().is_some_and(|v| v.matches),
            )
        })
        .collect();
    assert_eq!(
        verdicts,
        vec![
            ("kubeplay-control-plane", false),
            ("kubeplay-worker", false),
            ("kubeplay-worker2", true),
            ("kubeplay-worker3", false),
        ]
    );
    assert_eq!(picture.selector.as_ref().map(|(_, n)| *n), Some(1));
    assert!(picture
        .nodes
        .iter()
        .all(|node| node.pods.matching.is_none()));
}

#[test]
fn why_a_gpu_pod_is_pending() {
    let mut session = Session::new(11);
    session.set_interactive(false);
    let io = session.submit("kubectl create -f kubia-gpu.yaml");
    assert_eq!(
        io.text(crate::kubectl::Stream::Stdout),
        "pod/kubia-gpu created\n"
    );
    session.cluster.advance(SimDuration::from_secs(5));
    let explanation = explain_pending(&session.cluster, "default", "kubia-gpu").expect("pending");
    assert_eq!(
        explanation.message.as_deref(),
        Some("0/4 nodes are available: 1 node(s) had untolerated taint(s), 3 node(s) didn't match Pod's node affinity/selector. no new claims to deallocate, preemption: 0/4 nodes are available: 4 Preemption is not helpful for scheduling.")
    );
    let plain: Vec<(&str, &str)> = explanation
        .nodes
        .iter()
        .map(|reason| (reason.node.as_str(), reason.plain.en.as_str()))
        .collect();
    assert_eq!(
        plain,
        vec![
            ("kubeplay-control-plane", "it is the control-plane node: its taint node-role.kubernetes.io/control-plane:NoSchedule keeps ordinary pods away, and the pod has no toleration for it"),
            ("kubeplay-worker", "it has no label gpu (the pod's nodeSelector wants gpu=true)"),
            ("kubeplay-worker2", "it has no label gpu (the pod's nodeSelector wants gpu=true)"),
            ("kubeplay-worker3", "it has no label gpu (the pod's nodeSelector wants gpu=true)"),
        ]
    );
    assert_eq!(
        explanation.summary.en,
        "No node can run kubia-gpu: 1 node is the control plane, kept for system pods; 3 nodes lack the labels its nodeSelector asks for (gpu=true)."
    );
    assert_eq!(
        explanation.hint.as_ref().map(|hint| hint.en.as_str()),
        Some("Label a node so it matches (kubectl label node <node> gpu=true), or create the pod without that nodeSelector.")
    );
    // The same in Japanese, for a Japanese page.
    assert_eq!(
        explanation.summary.ja,
        "kubia-gpu を動かせるノードはありません: 1 台はシステム用の Pod のためのコントロールプレーンです、3 台は nodeSelector が求めるラベル (gpu=true) がありません。"
    );
    assert_eq!(
        explanation.nodes[1].plain.ja,
        "ラベル gpu がありません (Pod の nodeSelector は gpu=true を求めています)"
    );
    // Focusing the pod checks its nodeSelector on every node.
    let options = ViewOptions {
        focus: Some(("default".into(), "kubia-gpu".into())),
        ..ViewOptions::default()
    };
    let picture = snapshot(&session.cluster, &options);
    let marks: Vec<Vec<String>> = picture
        .nodes
        .iter()
        .map(|node| node.node_selector.iter().map(LabelCheck::plain).collect())
        .collect();
    assert_eq!(
        marks,
        vec![vec!["✗ gpu=true (no such label)".to_string()]; 4]
    );
    assert_eq!(
        picture
            .focus
            .as_ref()
            .and_then(|focus| focus.pending.as_ref()),
        Some(&explanation)
    );
    assert_eq!(picture.unscheduled.total, 1);
    assert_eq!(picture.unscheduled.pods[0].stage, Stage::Unscheduled);
    // Label the GPU node: it now fits, and the pod is placed there.
    session.submit("kubectl label node kubeplay-worker2 gpu=true");
    let explanation =
        explain_pending(&session.cluster, "default", "kubia-gpu").expect("still pending");
    let worker2 = explanation
        .nodes
        .iter()
        .find(|reason| reason.node == "kubeplay-worker2")
        .expect("worker2");
    assert_eq!(worker2.failure, None);
    assert_eq!(
        worker2.plain.en,
        "fits: the scheduler can place the pod here"
    );
    assert_eq!(
        explanation.summary.en,
        "kubeplay-worker2 can take kubia-gpu now; the scheduler will place it on its next try."
    );
    session.cluster.advance(SimDuration::from_secs(5));
    assert_eq!(
        explain_pending(&session.cluster, "default", "kubia-gpu"),
        None
    );
    let picture = snapshot(&session.cluster, &options);
    let marks: Vec<Vec<String>> = picture
        .nodes
        .iter()
        .map(|node| node.node_selector.iter().map(LabelCheck::plain).collect())
        .collect();
    assert_eq!(marks[2], vec!["✓ gpu=true".to_string()]);
    assert_eq!(
        find_pod(&picture, "kubia-gpu")
            .and_then(|pod| pod.node.clone())
            .as_deref(),
        Some("kubeplay-worker2")
    );
}

#[test]
fn pending_for_want_of_resources() {
    for (requests, want_reason, want_summary) in [
        (
            json!({"cpu": "100"}),
            "not enough cpu: the pod requests 100, the node has 3900m free (of 4)",
            "No node can run big: 1 node is the control plane, kept for system pods; 3 nodes don't have enough free resources for it.",
        ),
        (
            json!({"memory": "64Gi"}),
            "not enough memory: the pod requests 64Gi, the node has 15.9Gi free (of 16Gi)",
            "No node can run big: 1 node is the control plane, kept for system pods; 3 nodes don't have enough free resources for it.",
        ),
        (
            json!({"nvidia.com/gpu": "1"}),
            "it has no nvidia.com/gpu at all, and the pod requests 1",
            "The scheduler has not tried yet; kubeplay-worker2 can take big.",
        ),
    ] {
        let mut cluster = Cluster::new(2);
        let manifest = json!({"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "big"},
            "spec": {"containers": [{"name": "c", "image": "luksa/kubia", "resources": {"requests": requests, "limits": requests}}]}});
        cluster.create(&manifest, "default").expect("created");
        let explanation = explain_pending(&cluster, "default", "big").expect("pending");
        let worker = explanation
            .nodes
            .iter()
            .find(|reason| reason.node == "kubeplay-worker")
            .expect("worker");
        assert_eq!(worker.plain.en, want_reason, "{requests}");
        assert_eq!(explanation.summary.en, want_summary, "{requests}");
        assert_eq!(explanation.message, None, "the scheduler has not run yet");
    }
}

#[test]
fn namespace_filter_and_aggregation() {
    let mut cluster = Cluster::with_shape(1, &ClusterShape::workers(50));
    for namespace in ["alpha", "beta"] {
        cluster
            .create(
                &json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": namespace}}),
                "default",
            )
            .expect("namespace");
    }
    for index in 0..500 {
        let namespace = if index % 5 == 0 { "beta" } else { "alpha" };
        let manifest = json!({"apiVersion": "v1", "kind": "Pod",
            "metadata": {"name": format!("pod-{index:04}"), "namespace": namespace, "labels": {"app": format!("app-{}", index % 7)}},
            "spec": {"containers": [{"name": "c", "image": "luksa/kubia"}]}});
        cluster.create(&manifest, "default").expect("pod");
    }
    cluster.advance(SimDuration::from_secs(30));
    let all = snapshot(&cluster, &ViewOptions::default());
    assert_eq!(all.nodes.len(), 50);
    assert_eq!(all.n_pods, 500);
    assert!(all.detailed);
    let placed: usize = all.nodes.iter().map(|node| node.pods.pods.len()).sum();
    assert_eq!(placed, 500);
    let beta = snapshot(
        &cluster,
        &ViewOptions {
            namespace: Some("beta".into()),
            ..ViewOptions::default()
        },
    );
    assert_eq!(beta.n_pods, 100);
    assert!(beta
        .nodes
        .iter()
        .flat_map(|node| node.pods.pods.iter())
        .all(|pod| pod.namespace == "beta"));
    let counts: Vec<(&str, usize)> = beta
        .namespaces
        .iter()
        .filter(|ns| ns.n_pods > 0)
        .map(|ns| (ns.name.as_str(), ns.n_pods))
        .collect();
    assert_eq!(counts, vec![("alpha", 400), ("beta", 100)]);
    let aggregated = snapshot(
        &cluster,
        &ViewOptions {
            detail_limit: 100,
            selector: Some(
                SelectorQuery::parse("app=app-3", SelectorTarget::Pods, None).expect("parses"),
            ),
            ..ViewOptions::default()
        },
    );
    assert!(!aggregated.detailed);
    assert!(aggregated
        .nodes
        .iter()
        .all(|node| node.pods.pods.is_empty()));
    let total: usize = aggregated.nodes.iter().map(|node| node.pods.total).sum();
    assert_eq!(total, 500);
    let running: usize = aggregated
        .nodes
        .iter()
        .map(|node| {
            node.pods
                .by_stage
                .get(&Stage::Running)
                .copied()
                .unwrap_or(0)
        })
        .sum();
    assert_eq!(running, 500);
    let matching: usize = aggregated
        .nodes
        .iter()
        .filter_map(|node| node.pods.matching)
        .sum();
    assert_eq!(matching, 71, "pods 3, 10, …, 493");
    assert_eq!(aggregated.selector.as_ref().map(|(_, n)| *n), Some(71));
    let summary = aggregated.summary();
    assert!(
        summary[2]
            .starts_with("Node node-0000 (worker, Ready, 64 CPUs, 256 GiB memory, 98 GiB SSD): "),
        "{}",
        summary[2]
    );
    assert!(summary[2].contains(" running)"), "{}", summary[2]);
}

#[test]
fn the_summary_reads_like_sentences() {
    let mut cluster = Cluster::new(4);
    cluster
        .create(
            &pod_manifest("kubia-manual", json!({"env": "debug"}), json!({})),
            "default",
        )
        .expect("created");
    let picture = snapshot(
        &cluster,
        &ViewOptions {
            namespace: Some("default".into()),
            ..ViewOptions::default()
        },
    );
    let summary = picture.summary();
    assert_eq!(summary[0], "4 nodes, 2 pods, 1 waiting for a node.");
    assert_eq!(
        summary[1],
        "Node kubeplay-control-plane (control-plane, Ready, 4 CPUs, 8 GiB memory, 98 GiB SSD): no pods."
    );
    assert!(summary[3].starts_with("Node kubeplay-worker2 (worker, Ready, 8 CPUs, 32 GiB memory, 98 GiB SSD, 2 GPUs Tesla-T4): "), "{summary:#?}");
    assert_eq!(
        summary.last().map(String::as_str),
        Some("Not on any node: 1 pod: kubia-manual in default, Pending.")
    );
    let pod = find_pod(&picture, "kubia-manual").expect("pod");
    assert_eq!(
        pod.describe_command(),
        "kubectl describe pod kubia-manual -n default"
    );
    assert_eq!(
        picture.nodes[1].describe_command(),
        "kubectl describe node kubeplay-worker"
    );
}

#[test]
fn the_session_remembers_the_last_get_selector() {
    let mut session = Session::new(1);
    session.set_interactive(false);
    assert_eq!(session.last_get_selector(), None);
    for (line, want) in [
        ("kubectl get pods", None),
        (
            "kubectl get pods -l 'env notin (prod)'",
            Some((1, vec![Kind::Pod], Some("default"), "env notin (prod)")),
        ),
        (
            "kubectl get pods -l 'env in (a'",
            Some((1, vec![Kind::Pod], Some("default"), "env notin (prod)")),
        ),
        (
            "kubectl get po -l app=kubia -A",
            Some((2, vec![Kind::Pod], None, "app=kubia")),
        ),
        (
            "kubectl get nodes --selector gpu=true",
            Some((3, vec![Kind::Node], None, "gpu=true")),
        ),
        (
            "kubectl get pods",
            Some((3, vec![Kind::Node], None, "gpu=true")),
        ),
        (
            "kubectl get po -l app=kubia -n kube-system",
            Some((4, vec![Kind::Pod], Some("kube-system"), "app=kubia")),
        ),
    ] {
        session.submit(line);
        let got = session.last_get_selector().map(|get| {
            (
                get.serial,
                get.kinds.clone(),
                get.namespace.as_deref(),
                get.selector.as_str(),
            )
        });
        assert_eq!(got, want, "{line}");
    }
    let nodes = session.last_get_selector().cloned();
    session.submit("kubectl get nodes -l gpu=true");
    let query =
        SelectorQuery::from_get(session.last_get_selector().expect("recorded")).expect("parses");
    assert_eq!(query.target, SelectorTarget::Nodes);
    assert_ne!(session.last_get_selector().cloned(), nodes);
}

#[test]
fn pods_without_a_node_stay_listed_when_the_rest_is_counted() {
    let mut cluster = Cluster::with_shape(1, &ClusterShape::workers(5));
    for index in 0..120 {
        let selector = if index % 40 == 0 {
            json!({"gpu": "true"})
        } else {
            json!({})
        };
        let manifest = json!({"apiVersion": "v1", "kind": "Pod",
            "metadata": {"name": format!("pod-{index:03}")},
            "spec": {"nodeSelector": selector, "containers": [{"name": "c", "image": "luksa/kubia"}]}});
        cluster.create(&manifest, "default").expect("pod");
    }
    cluster.advance(SimDuration::from_secs(5));
    let picture = snapshot(
        &cluster,
        &ViewOptions {
            detail_limit: 100,
            ..ViewOptions::default()
        },
    );
    assert!(!picture.detailed);
    assert!(picture.nodes.iter().all(|node| node.pods.pods.is_empty()));
    assert!(picture.unscheduled.detailed);
    let waiting: Vec<&str> = picture
        .unscheduled
        .pods
        .iter()
        .map(|pod| pod.name.as_str())
        .collect();
    assert_eq!(waiting, vec!["pod-000", "pod-040", "pod-080"]);
}

#[test]
fn init_containers_are_starting_and_their_failures_problems() {
    let mut cluster = Cluster::new(7);
    let options = ViewOptions::default();
    let init = |name: &str, script: &str| {
        json!({"initContainers": [
            {"name": format!("{name}-1"), "image": "busybox:1.36", "command": ["sh", "-c", script]},
            {"name": format!("{name}-2"), "image": "busybox:1.36", "command": ["sh", "-c", "sleep 2"]},
        ]})
    };
    for (name, script) in [("works", "sleep 2"), ("fails", "sleep 2; exit 1")] {
        cluster
            .create(
                &pod_manifest(name, json!({}), init(name, script)),
                "default",
            )
            .expect("created");
    }
    let mut seen: BTreeMap<String, Vec<(String, Stage)>> = BTreeMap::new();
    for _ in 0..300 {
        cluster.advance(SimDuration::from_millis(100));
        let picture = snapshot(&cluster, &options);
        for name in ["works", "fails"] {
            if let Some(pod) = find_pod(&picture, name) {
                let entry = (pod.status.clone(), pod.stage);
                let list = seen.entry(name.to_string()).or_default();
                if list.last() != Some(&entry) {
                    list.push(entry);
                }
            }
        }
    }
    let works = seen.get("works").cloned().unwrap_or_default();
    for want in [
        ("Init:0/2", Stage::Starting),
        ("Init:1/2", Stage::Starting),
        ("PodInitializing", Stage::Starting),
        ("Running", Stage::Running),
    ] {
        assert!(
            works.contains(&(want.0.to_string(), want.1)),
            "{want:?} in {works:?}"
        );
    }
    let fails = seen.get("fails").cloned().unwrap_or_default();
    assert!(
        fails.contains(&("Init:CrashLoopBackOff".to_string(), Stage::Problem)),
        "{fails:?}"
    );
    assert!(
        !fails.iter().any(|(status, _)| status == "Running"),
        "{fails:?}"
    );
}
