//! The details panel for the clicked pod or node: what it is, the selector's verdict
//! requirement by requirement, and for a Pending pod the scheduler's per-node reasons in plain
//! words next to the `FailedScheduling` message it really wrote.

use super::node_box::hardware_text;
use super::pod_chip::label_chips;
use super::text;
use crate::i18n::{t, Lang, Text};
use kubeplay_core::cluster_view::{Focus, NodeView, PendingExplanation, SelectorVerdict};
use yew::prelude::*;

fn header(lang: Lang, title: String, on_close: &Callback<MouseEvent>) -> Html {
    html! {
        <header class="cv-details-head">
            <h3>{ title }</h3>
            <button type="button" class="cv-close" aria-label={t(lang, Text::CvCloseDetails)}
                onclick={on_close.clone()}>{ "×" }</button>
        </header>
    }
}

fn command_line(lang: Lang, command: &str) -> Html {
    html! {
        <p class="cv-command">{ t(lang, Text::CvTyped) }<code>{ command.to_string() }</code></p>
    }
}

fn verdict_section(lang: Lang, verdict: &SelectorVerdict) -> Html {
    html! {
        <section class="cv-verdict" aria-label={t(lang, Text::CvSelector)}>
            <h4>{ t(lang, if verdict.matches { Text::CvSelected } else { Text::CvNotSelected }) }</h4>
            <ul>
                { for verdict.checks.iter().map(|check| match &check.miss {
                    None => html! { <li class="ok">{ format!("✓ {}", check.requirement) }</li> },
                    Some(miss) => html! { <li class="fail">{ format!("✗ {}: {}", check.requirement, text::miss(lang, miss)) }</li> },
                }) }
                if let Some(namespace) = &verdict.outside_namespace {
                    <li class="fail">{ format!("✗ {}", text::outside_namespace(lang, namespace)) }</li>
                }
            </ul>
        </section>
    }
}

fn pending_section(lang: Lang, pending: &PendingExplanation) -> Html {
    let words = match lang {
        Lang::Ja => kubeplay_core::tutorial::Lang::Ja,
        Lang::En => kubeplay_core::tutorial::Lang::En,
    };
    html! {
        <section class="cv-pending" aria-label={t(lang, Text::CvWhyPending)}>
            <h4>{ t(lang, Text::CvWhyPending) }</h4>
            <p class="pending-summary">{ pending.summary.get(words).to_string() }</p>
            <div class="scheduler-message">
                <span class="label">{ t(lang, Text::CvSchedulerEvent) }</span>
                if let Some(message) = &pending.message {
                    <code>{ message.clone() }</code>
                } else {
                    <em>{ t(lang, Text::CvNoEventYet) }</em>
                }
            </div>
            <table class="pending-nodes">
                <caption>{ t(lang, Text::CvNodeByNode) }</caption>
                <thead><tr><th scope="col">{ t(lang, Text::CvNode) }</th><th scope="col">{ t(lang, Text::CvVerdict) }</th></tr></thead>
                <tbody>
                    { for pending.nodes.iter().map(|reason| html! {
                        <tr class={if reason.failure.is_none() { "fits" } else { "fails" }}>
                            <th scope="row">{ reason.node.clone() }</th>
                            <td>{ if reason.failure.is_none() { "✓ " } else { "✗ " } }{ reason.plain.get(words).to_string() }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            if let Some(hint) = &pending.hint {
                <p class="pending-hint">{ hint.get(words).to_string() }</p>
            }
        </section>
    }
}

/// The clicked pod and the `kubectl describe` line its click typed.
pub struct PodDetails<'a> {
    pub namespace: &'a str,
    pub name: &'a str,
    /// The snapshot's account of the pod (`None`: it is gone).
    pub focus: Option<&'a Focus>,
    pub command: &'a str,
}

/// Details of the clicked pod (a plain function: drawn only while a pod is clicked).
pub fn pod_details(props: PodDetails<'_>, on_close: &Callback<MouseEvent>, lang: Lang) -> Html {
    let Some(focus) = props.focus else {
        return html! {
            <aside class="cv-details" aria-label={t(lang, Text::CvDetails)}>
                { header(lang, text::pod_title(lang, props.name), on_close) }
                <p>{ text::pod_gone(lang, props.namespace, props.name) }</p>
            </aside>
        };
    };
    let pod = &focus.pod;
    html! {
        <aside class="cv-details" aria-label={t(lang, Text::CvDetails)}>
            { header(lang, text::pod_title(lang, &pod.name), on_close) }
            <dl class="facts">
                <dt>{ t(lang, Text::CvNamespace) }</dt><dd>{ pod.namespace.clone() }</dd>
                <dt>{ t(lang, Text::CvStatus) }</dt><dd>{ text::status_text(lang, &pod.status, pod.grace_left_secs) }</dd>
                <dt>{ t(lang, Text::CvReady) }</dt><dd>{ pod.ready.clone() }</dd>
                <dt>{ t(lang, Text::CvRestarts) }</dt><dd>{ pod.restarts }</dd>
                <dt>{ t(lang, Text::CvNode) }</dt><dd>{ pod.node.clone().unwrap_or_else(|| t(lang, Text::CvNoneYet).to_string()) }</dd>
                if let Some(owner) = &pod.owner {
                    <dt>{ t(lang, Text::CvOwner) }</dt><dd>{ owner.clone() }</dd>
                }
            </dl>
            <div class="facts-labels">
                <span class="label">{ t(lang, Text::CvLabels) }{ " " }</span>
                if pod.labels.is_empty() { <em>{ t(lang, Text::CvNone) }</em> } else { { label_chips(&pod.labels) } }
            </div>
            if !pod.node_selector.is_empty() {
                <div class="facts-labels">
                    <span class="label">{ "nodeSelector: " }</span>
                    { label_chips(&pod.node_selector) }
                    <span class="hint">{ " " }{ t(lang, Text::CvNodeSelectorHint) }</span>
                </div>
            }
            if let Some(verdict) = &pod.selection {
                { verdict_section(lang, verdict) }
            }
            if let Some(pending) = &focus.pending {
                { pending_section(lang, pending) }
            }
            { command_line(lang, props.command) }
        </aside>
    }
}

/// The clicked node and the `kubectl describe` line its click typed.
pub struct NodeDetails<'a> {
    pub name: &'a str,
    /// The snapshot's account of the node (`None`: it is gone).
    pub node: Option<&'a NodeView>,
    /// Pods on the node.
    pub n_pods: usize,
    pub command: &'a str,
}

/// Details of the clicked node (a plain function: drawn only while a node is clicked).
pub fn node_details(props: NodeDetails<'_>, on_close: &Callback<MouseEvent>, lang: Lang) -> Html {
    let Some(node) = props.node else {
        return html! {
            <aside class="cv-details" aria-label={t(lang, Text::CvDetails)}>
                { header(lang, text::node_title(lang, props.name), on_close) }
                <p>{ text::node_gone(lang, props.name) }</p>
            </aside>
        };
    };
    html! {
        <aside class="cv-details" aria-label={t(lang, Text::CvDetails)}>
            { header(lang, text::node_title(lang, &node.name), on_close) }
            <dl class="facts">
                <dt>{ t(lang, Text::CvRole) }</dt><dd>{ node.role.clone() }</dd>
                <dt>{ t(lang, Text::CvStatus) }</dt><dd>{ node.status.clone() }</dd>
                <dt>{ t(lang, Text::CvHardware) }</dt><dd>{ hardware_text(node) }</dd>
                <dt>{ t(lang, Text::CvPods) }</dt><dd>{ props.n_pods }</dd>
                { for node.usage.iter().map(|meter| html! {
                    <>
                        <dt>{ text::requested(lang, &meter.resource) }</dt>
                        <dd>{ text::used_of(lang, &meter.used_text, &meter.total_text, meter.percent()) }</dd>
                    </>
                }) }
                if !node.taints.is_empty() {
                    <dt>{ t(lang, Text::CvTaints) }</dt><dd>{ node.taints.join(", ") }</dd>
                }
            </dl>
            <div class="facts-labels">
                <span class="label">{ t(lang, Text::CvLabels) }{ " " }</span>
                { label_chips(&node.labels) }
            </div>
            if let Some(verdict) = &node.selection {
                { verdict_section(lang, verdict) }
            }
            { command_line(lang, props.command) }
        </aside>
    }
}
