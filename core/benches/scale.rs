//! Scale benchmark (prints its figures; run with `cargo bench -p kubeplay-core --bench scale`).
//!
//! From one `kind: List` manifest it creates 10,000 pods with labels and nodeSelectors on a
//! cluster of 1,000 nodes, lets the scheduler settle, then lists pods by a set-based selector.
//! It reports wall-clock times (best of several runs) and the heap retained per pod beyond its
//! manifest, measured with a counting allocator. Targets: create + schedule < 0.5 s, selector
//! listing < 5 ms, < 4 KiB per pod beyond the manifest.

#![allow(
    unsafe_code,
    clippy::disallowed_methods,
    clippy::unwrap_used,
    clippy::expect_used
)]

use kubeplay_core::api::Kind;
use kubeplay_core::clock::SimDuration;
use kubeplay_core::cluster::{Cluster, ClusterShape};
use kubeplay_core::kubectl::manifest::{parse_documents, ReadChecks};
use kubeplay_core::selector;
use std::alloc::{GlobalAlloc, Layout, System};
use std::fmt::Write as _;
use std::sync::atomic::{AtomicIsize, Ordering};
use std::time::Instant;

/// Counts live heap bytes.
struct Counting;

static LIVE: AtomicIsize = AtomicIsize::new(0);

// SAFETY: delegates to the system allocator and only adds bookkeeping.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size() as isize, Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size() as isize, Ordering::Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        LIVE.fetch_add(
            new_size as isize - layout.size() as isize,
            Ordering::Relaxed,
        );
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const PODS: usize = 10_000;
const NODES: usize = 1_000;

fn list_manifest() -> String {
    let mut text = String::from("apiVersion: v1\nkind: List\nitems:\n");
    for index in 0..PODS {
        let _ = write!(
            text,
            "- apiVersion: v1\n  kind: Pod\n  metadata:\n    name: pod-{index:05}\n    labels:\n      app: app-{}\n      tier: {}\n      env: {}\n  spec:\n    nodeSelector:\n      zone: zone-{}\n    containers:\n    - name: main\n      image: luksa/kubia\n      resources:\n        requests:\n          cpu: 100m\n          memory: 64Mi\n",
            index % 50,
            ["frontend", "backend", "cache"][index % 3],
            ["prod", "staging", "dev", "test"][index % 4],
            index % 10
        );
    }
    text
}

fn main() {
    let manifest = list_manifest();
    let checks = ReadChecks {
        validate: true,
        map_kinds: true,
    };
    let (objects, errors) = parse_documents(&manifest, "pods.yaml", checks);
    assert!(errors.is_empty(), "manifest parses: {errors:?}");
    let values: Vec<serde_json::Value> = objects.into_iter().map(|o| o.value).collect();
    let mut best_create = f64::MAX;
    let mut best_list = f64::MAX;
    let mut per_pod_bytes = 0.0;
    let mut matched = 0;
    for _run in 0..3 {
        let mut cluster = Cluster::with_shape(1, &ClusterShape::workers(NODES));
        let before = LIVE.load(Ordering::Relaxed);
        let started = Instant::now();
        for value in &values {
            cluster.create(value, "default").expect("pod created");
        }
        cluster.advance(SimDuration::from_millis(20));
        let create_seconds = started.elapsed().as_secs_f64();
        let unbound = cluster.pods().filter(|pod| pod.node_name.is_none()).count();
        assert_eq!(unbound, 0, "every pod is scheduled");
        let after = LIVE.load(Ordering::Relaxed);
        best_create = best_create.min(create_seconds);
        // The pods' own manifests (their `spec`, as submitted) are what the store must keep.
        let manifest_bytes: isize = {
            let start = LIVE.load(Ordering::Relaxed);
            let specs: Vec<serde_json::Value> =
                cluster.pods().map(|pod| pod.spec.clone()).collect();
            let end = LIVE.load(Ordering::Relaxed);
            drop(specs);
            end - start
        };
        per_pod_bytes = (after - before - manifest_bytes) as f64 / PODS as f64;
        let selector =
            selector::parse("env in (prod,staging),tier notin (cache),app").expect("selector");
        for _ in 0..20 {
            let started = Instant::now();
            let found = cluster
                .list(Kind::Pod, Some("default"))
                .into_iter()
                .filter(|object| selector.matches(&object.meta().labels))
                .count();
            best_list = best_list.min(started.elapsed().as_secs_f64());
            matched = found;
        }
    }
    println!("create {PODS} pods from one List on {NODES} nodes and schedule them: {:.1} ms (target < 500 ms)", best_create * 1000.0);
    println!("list pods by `env in (prod,staging),tier notin (cache),app` ({matched} of {PODS} match): {:.2} ms (target < 5 ms)", best_list * 1000.0);
    println!(
        "heap retained per pod beyond its manifest: {:.0} bytes (target < 4096)",
        per_pod_bytes
    );
    // A ReplicationController of 10,000 replicas on the playground's own cluster: its
    // controller, the scheduler and the kubelets for one simulated minute.
    let mut session = kubeplay_core::session::Session::new(1);
    session.set_interactive(true);
    let rc = "cat > many.yaml <<EOF\napiVersion: v1\nkind: ReplicationController\nmetadata:\n  name: many\nspec:\n  replicas: 10000\n  selector:\n    app: many\n  template:\n    metadata:\n      labels:\n        app: many\n    spec:\n      containers:\n      - name: c\n        image: luksa/kubia\nEOF\n";
    for line in rc.lines() {
        let _ = session.submit(line);
    }
    let started = Instant::now();
    let _ = session.submit("kubectl create -f many.yaml");
    let _ = session.advance(SimDuration::from_secs(60));
    let rc_seconds = started.elapsed().as_secs_f64();
    let started = Instant::now();
    let listing = session.submit("kubectl get pods -A");
    let list_seconds = started.elapsed().as_secs_f64();
    println!(
        "ReplicationController of 10,000 replicas, one simulated minute: {:.0} ms; then `kubectl get pods -A` ({} lines): {:.0} ms",
        rc_seconds * 1000.0,
        listing.text(kubeplay_core::kubectl::Stream::Stdout).lines().count(),
        list_seconds * 1000.0
    );
}
