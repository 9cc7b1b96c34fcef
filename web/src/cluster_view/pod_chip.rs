//! One pod as a card (name, namespace colour, status with the grace countdown, labels as
//! chips, and why a selector leaves it out), and a group of pods as counts when there are too
//! many to draw one by one.
//!
//! A card is two components: [`PodCard`] (the list item, its classes and the selector's
//! reason) and [`PodBody`] (what the pod is). A selector only changes the first: the body's
//! props are the same `Rc` as before, so Yew skips it. Cards carry `data-pod`/`data-namespace`;
//! the picture resolves clicks from those attributes (one listener for all pods), so a card
//! needs no callback of its own.

use super::text;
use crate::i18n::{t, Lang, Text};
use kubeplay_core::cluster_view::{PodGroup, PodView, SelectorVerdict, Stage};
use std::collections::BTreeMap;
use std::rc::Rc;
use yew::prelude::*;

/// Namespace colour classes (eight colours, by a hash of the name).
const NAMESPACE_CLASSES: [&str; 8] = [
    "ns-0", "ns-1", "ns-2", "ns-3", "ns-4", "ns-5", "ns-6", "ns-7",
];

/// A colour class for a namespace (FNV-1a of its name): the same namespace always gets the
/// same colour.
pub fn namespace_class(namespace: &str) -> &'static str {
    let mut hash: u32 = 0x811c_9dc5;
    for byte in namespace.bytes() {
        hash ^= u32::from(byte);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    NAMESPACE_CLASSES
        .get((hash % 8) as usize)
        .copied()
        .unwrap_or("ns-0")
}

/// The CSS class of a stage.
pub fn stage_class(stage: Stage) -> &'static str {
    match stage {
        Stage::Unscheduled => "stage-unscheduled",
        Stage::Starting => "stage-starting",
        Stage::Running => "stage-running",
        Stage::Problem => "stage-problem",
        Stage::Completed => "stage-completed",
        Stage::Terminating => "stage-terminating",
    }
}

/// A pod as the picture keeps it: the core's view without the selector's verdict (which lives
/// in [`Selection`]), with the strings the card needs made once.
#[derive(Debug, PartialEq, Eq)]
pub struct PodItem {
    pub view: PodView,
    pub name: AttrValue,
    pub namespace: AttrValue,
    /// The uid, for keyed lists.
    pub key: yew::virtual_dom::Key,
    /// The card's classes without a selector, selected, and left out (made once, so a
    /// selector's redraw allocates no class strings).
    pub classes: [AttrValue; 3],
}

impl PodItem {
    /// Wraps a pod view (its `selection` must already be taken out).
    pub fn new(view: PodView) -> PodItem {
        let base = format!(
            "pod {} {}",
            stage_class(view.stage),
            namespace_class(&view.namespace)
        );
        PodItem {
            classes: [
                AttrValue::from(base.clone()),
                AttrValue::from(format!("{base} selected")),
                AttrValue::from(format!("{base} unselected")),
            ],
            name: AttrValue::from(view.name.clone()),
            namespace: AttrValue::from(view.namespace.clone()),
            key: yew::virtual_dom::Key::from(view.uid.as_str()),
            view,
        }
    }
}

/// How the selector in view judges a pod, with the reason in words when it leaves it out.
#[derive(Debug, PartialEq, Eq)]
pub struct Selection {
    pub verdict: SelectorVerdict,
    /// `✗ has no label app` (`None` when selected).
    pub why: Option<AttrValue>,
}

impl Selection {
    pub fn new(lang: Lang, verdict: SelectorVerdict) -> Selection {
        let why = (!verdict.matches)
            .then(|| AttrValue::from(format!("✗ {}", text::why_not(lang, &verdict))));
        Selection { verdict, why }
    }
}

/// One pod in a list: the pod, and the selector's verdict (`None` without a pod selector).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PodEntry {
    pub item: Rc<PodItem>,
    pub selection: Option<Rc<Selection>>,
}

/// A label as a chip.
pub fn label_chip(key: &str, value: &str) -> Html {
    html! { <span class="chip">{ format!("{key}={value}") }</span> }
}

/// Labels as chips.
pub fn label_chips(labels: &BTreeMap<String, String>) -> Html {
    html! {
        <span class="chips">{ for labels.iter().map(|(key, value)| label_chip(key, value)) }</span>
    }
}

/// Properties of a pod's body.
#[derive(Properties, PartialEq)]
pub struct PodBodyProps {
    pub item: Rc<PodItem>,
    pub lang: Lang,
}

/// What a pod is: name, namespace, status, labels.
#[function_component(PodBody)]
pub fn pod_body(props: &PodBodyProps) -> Html {
    let pod = &props.item.view;
    html! {
        <>
            <span class="pod-name">{ props.item.name.clone() }</span>
            <span class="pod-status">{ text::status_text(props.lang, &pod.status, pod.grace_left_secs) }</span>
            <span class="pod-ns">{ props.item.namespace.clone() }</span>
            if !pod.labels.is_empty() {
                { label_chips(&pod.labels) }
            }
        </>
    }
}

/// One pod card (a plain function, not a component: a selector redraws every card, and the
/// body inside is skipped by Yew when its `Rc` is unchanged).
fn pod_card(entry: &PodEntry, focused: bool, lang: Lang) -> Html {
    let item = &entry.item;
    let selection = entry.selection.as_deref();
    let selected = selection.map(|selection| selection.verdict.matches);
    let index = match selected {
        None => 0,
        Some(true) => 1,
        Some(false) => 2,
    };
    let class = match (focused, item.classes.get(index)) {
        (false, Some(class)) => class.clone(),
        (_, class) => AttrValue::from(format!(
            "{} focused",
            class.map(AttrValue::as_str).unwrap_or("pod")
        )),
    };
    html! {
        <li key={item.key.clone()} {class} data-pod={item.name.clone()} data-namespace={item.namespace.clone()}>
            <button type="button" class="pod-card" aria-pressed={if focused { "true" } else { "false" }}>
                <PodBody item={Rc::clone(item)} {lang} />
                if let Some(why) = selection.and_then(|selection| selection.why.clone()) {
                    <span class="why">{ why }</span>
                } else if selected == Some(true) {
                    <span class="sr-only">{ t(lang, Text::CvSelected) }</span>
                }
            </button>
        </li>
    }
}

/// Pods as cards, keyed by uid.
pub fn pod_list(pods: &[PodEntry], focused_pod: Option<&(String, String)>, lang: Lang) -> Html {
    html! {
        <ul class="pods">
            { for pods.iter().map(|entry| {
                let pod = &entry.item.view;
                let focused = focused_pod.is_some_and(|(namespace, name)| *namespace == pod.namespace && *name == pod.name);
                pod_card(entry, focused, lang)
            }) }
        </ul>
    }
}

/// Counts by stage as a stacked bar, with the selector's count.
pub fn pod_counts(lang: Lang, group: &PodGroup) -> Html {
    let total = group.total.max(1);
    html! {
        <div class="pod-counts">
            <div class="stack-bar" aria-hidden="true">
                { for group.by_stage.iter().map(|(stage, count)| html! {
                    <span class={classes!("segment", stage_class(*stage))}
                        style={format!("width: {:.2}%", (*count as f64) * 100.0 / (total as f64))}></span>
                }) }
            </div>
            <p class="counts-text">
                { text::group_counts(lang, group) }
                if let Some(matching) = group.matching {
                    <span class="counts-matching">{ text::n_selected(lang, matching) }</span>
                }
            </p>
        </div>
    }
}
