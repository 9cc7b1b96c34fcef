//! A node as a box (name, role, status, hardware, capacity in use, labels, taints, the
//! focused pod's nodeSelector ✓/✗, the node selector's verdict, and its pods), and the area
//! for pods no node has taken.
//!
//! All are function components with `Rc` props: Yew skips a box whose node and pods are the
//! same `Rc`s as last time, which keeps a redraw of 50 nodes cheap when one pod changes; the
//! node's own part ([`NodeHead`]) is skipped too when only its pods changed (a pod selector).

use super::pod_chip::{label_chip, pod_counts, pod_list, PodEntry};
use super::text;
use crate::i18n::{t, Lang, Text};
use kubeplay_core::cluster_view::{Meter, NodeView, PodGroup};
use std::rc::Rc;
use yew::prelude::*;

/// Labels every node has (`kubernetes.io/…`, `node-role…`): folded away by default.
fn well_known(key: &str) -> bool {
    key.contains("kubernetes.io/") || key.starts_with("nvidia.com/")
}

/// A node as the picture keeps it, in parts that change separately.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NodeEntry {
    /// The node without its pods.
    pub info: Rc<NodeView>,
    /// Counts of its pods (the list itself is `pods`).
    pub group: Rc<PodGroup>,
    pub pods: Rc<[PodEntry]>,
}

fn meter(lang: Lang, meter: &Meter) -> Html {
    let percent = meter.percent();
    let name = match meter.resource.as_str() {
        "nvidia.com/gpu" => "GPU",
        "cpu" => "CPU",
        other => other,
    };
    let amount = format!("{} / {}", meter.used_text, meter.total_text);
    html! {
        <div class={classes!("meter", (percent >= 90).then_some("high"))}>
            <span class="meter-name">{ name }</span>
            <span class="meter-bar" role="meter" aria-label={text::requested(lang, name)}
                aria-valuemin="0" aria-valuemax="100" aria-valuenow={percent.clamp(0, 100).to_string()}
                aria-valuetext={text::used_of(lang, &meter.used_text, &meter.total_text, percent)}>
                <span class="meter-fill" style={format!("width: {}%", percent.clamp(0, 100))}></span>
            </span>
            <span class="meter-text">{ amount }</span>
        </div>
    }
}

/// The hardware line: `4 CPU · 16 GiB RAM · 98 GiB SSD · 2× GPU Tesla-T4`.
pub fn hardware_text(node: &NodeView) -> String {
    let hardware = &node.hardware;
    let mut specs = format!(
        "{} CPU · {} RAM · {} {}",
        hardware.cpu_cores,
        hardware.memory,
        hardware.disk_size,
        hardware.disk.as_str()
    );
    if hardware.gpus > 0 {
        specs.push_str(&format!(
            " · {}× GPU {}",
            hardware.gpus,
            hardware.gpu_model.as_deref().unwrap_or("")
        ));
    }
    specs
}

/// Properties of a node's own part.
#[derive(Properties, PartialEq)]
pub struct NodeHeadProps {
    pub info: Rc<NodeView>,
    pub focused: bool,
    pub lang: Lang,
}

/// A node's name, role, status, hardware, requested capacity, labels, taints, the clicked
/// pod's nodeSelector checked here, and why a node selector leaves it out.
#[function_component(NodeHead)]
pub fn node_head(props: &NodeHeadProps) -> Html {
    let node = &props.info;
    let lang = props.lang;
    let (own_labels, system_labels): (Vec<_>, Vec<_>) =
        node.labels.iter().partition(|(key, _)| !well_known(key));
    let why = node
        .selection
        .as_ref()
        .filter(|verdict| !verdict.matches)
        .map(|verdict| text::why_not(lang, verdict));
    html! {
        <>
            <header class="node-head">
                <button type="button" class="node-name" data-node={node.name.clone()}
                    aria-pressed={if props.focused { "true" } else { "false" }}>
                    { node.name.clone() }
                </button>
                <span class={classes!("node-role", (node.role == "control-plane").then_some("role-control-plane"))}>{ node.role.clone() }</span>
                <span class={classes!("node-status", if node.ready { "ready" } else { "not-ready" })}>{ node.status.clone() }</span>
            </header>
            <p class="node-hw">{ hardware_text(node) }</p>
            <div class="meters">{ for node.usage.iter().map(|m| meter(lang, m)) }</div>
            <div class="node-labels">
                { for own_labels.iter().map(|(key, value)| label_chip(key, value)) }
                if !system_labels.is_empty() {
                    <details class="more-labels">
                        <summary>{ text::system_labels(lang, system_labels.len()) }</summary>
                        { for system_labels.iter().map(|(key, value)| label_chip(key, value)) }
                    </details>
                }
            </div>
            if !node.taints.is_empty() {
                <p class="taints">
                    { for node.taints.iter().map(|taint| html! { <span class="chip taint">{ format!("taint {taint}") }</span> }) }
                </p>
            }
            if !node.node_selector.is_empty() {
                <ul class="node-selector-checks" aria-label={t(lang, Text::CvNodeSelectorChecks)}>
                    { for node.node_selector.iter().map(|check| html! {
                        <li class={if check.ok { "ok" } else { "fail" }}>{ text::label_check(lang, check) }</li>
                    }) }
                </ul>
            }
            if let Some(why) = why {
                <p class="why">{ format!("✗ {why}") }</p>
            }
        </>
    }
}

/// Properties of a node box.
#[derive(Properties, PartialEq)]
pub struct NodeBoxProps {
    pub entry: NodeEntry,
    /// The learner clicked this node.
    pub focused: bool,
    /// `(namespace, name)` of the clicked pod, if any.
    pub focused_pod: Option<Rc<(String, String)>>,
    pub lang: Lang,
}

/// The pods of a group: cards, or counts by stage when the picture is aggregated.
fn pods_of(
    lang: Lang,
    group: &PodGroup,
    pods: &Rc<[PodEntry]>,
    focused_pod: &Option<Rc<(String, String)>>,
) -> Html {
    if group.total == 0 {
        return html! { <p class="no-pods">{ t(lang, Text::CvNoPods) }</p> };
    }
    if !group.detailed {
        return pod_counts(lang, group);
    }
    pod_list(pods, focused_pod.as_deref(), lang)
}

/// One node.
#[function_component(NodeBox)]
pub fn node_box(props: &NodeBoxProps) -> Html {
    let node = &props.entry.info;
    let selection = node.selection.as_ref().map(|verdict| verdict.matches);
    html! {
        <section
            class={classes!(
                "node",
                (!node.ready).then_some("not-ready"),
                match selection { Some(true) => Some("selected"), Some(false) => Some("unselected"), None => None },
                props.focused.then_some("focused"),
            )}
            aria-label={text::node_title(props.lang, &node.name)} data-node-box={node.name.clone()}>
            <NodeHead info={Rc::clone(node)} focused={props.focused} lang={props.lang} />
            { pods_of(props.lang, &props.entry.group, &props.entry.pods, &props.focused_pod) }
        </section>
    }
}

/// Pods without a node (a plain function: there is one such area, drawn with the picture).
pub fn unscheduled_box(
    group: &PodGroup,
    pods: &Rc<[PodEntry]>,
    focused_pod: &Option<Rc<(String, String)>>,
    lang: Lang,
) -> Html {
    html! {
        <section class={classes!("unscheduled", (group.total > 0).then_some("has-pods"))}
            aria-label={t(lang, Text::CvPodsNotOnNode)}>
            <header class="node-head">
                <h3>{ t(lang, Text::CvUnscheduled) }</h3>
                <span class="hint">{ t(lang, Text::CvUnscheduledHint) }</span>
            </header>
            if group.total == 0 {
                <p class="no-pods">{ t(lang, Text::CvEveryPodPlaced) }</p>
            } else {
                { pods_of(lang, group, pods, focused_pod) }
            }
        </section>
    }
}
