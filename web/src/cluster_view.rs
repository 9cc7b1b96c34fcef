//! The cluster picture beside the terminal: nodes as boxes with their pods, the pods no node
//! has taken yet, a namespace filter, a label-selector filter that lights up what it selects
//! (and says why the rest is left out), and a details panel that explains a Pending pod.
//!
//! The component draws `kubeplay_core::cluster_view::snapshot` and keeps no cluster state: it
//! reads the session through the playground's [`PlaygroundContext`] and takes a new snapshot
//! whenever the context changes (a new `resourceVersion`, a simulated second, a new input).
//! What it keeps is the learner's choices (namespace, selector text, clicked pod or node,
//! collapsed or not) and the last picture in shareable pieces: a piece equal to the last one
//! keeps its `Rc`, so Yew skips the node boxes and pod cards that did not change.
//!
//! A click on a pod or a node types `kubectl describe pod NAME -n NAMESPACE` or
//! `kubectl describe node NAME` at the prompt (`PlaygroundContext::type_command`) without
//! running it. When the learner runs `kubectl get … -l SEL`, the filter box takes `SEL`
//! (`Session::last_get_selector`).
//!
//! Every redraw (snapshot, diff and DOM patch) is timed: the latest time in milliseconds is in
//! the root element's `data-redraw-ms` attribute, the snapshot's share in `data-snapshot-ms` (of which `data-core-ms` in the core).

mod details;
mod node_box;
mod pod_chip;
pub mod text;

use crate::i18n::{t, Lang, Text};
use crate::playground::{ContextChanges, PlaygroundContext};
use details::{node_details, pod_details, NodeDetails, PodDetails};
use kubeplay_core::cluster_view::{
    self as picture, Focus, NamespaceView, PodGroup, PodView, SelectorQuery, SelectorTarget,
    Snapshot, Stage, ViewOptions,
};
use node_box::{hardware_text, unscheduled_box, NodeBox, NodeEntry};
use pod_chip::{namespace_class, stage_class, PodEntry, PodItem, Selection};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::context::ContextHandle;
use yew::prelude::*;

/// Properties of the cluster picture.
#[derive(Properties, PartialEq)]
pub struct ClusterViewProps {
    /// Pods in view beyond which nodes show counts instead of pods.
    #[prop_or(picture::DEFAULT_DETAIL_LIMIT)]
    pub detail_limit: usize,
    /// Open or closed at first; by default closed on narrow screens (phones).
    #[prop_or_default]
    pub expanded: Option<bool>,
}

/// Messages of the cluster picture.
pub enum Msg {
    /// The playground's context changed (a command ran, time passed, the language changed).
    Context(PlaygroundContext),
    Namespace(Option<String>),
    Filter(String),
    Target(SelectorTarget),
    ClearFilter,
    /// A click somewhere in the picture (resolved to a pod or node by `data-*` attributes).
    Click(MouseEvent),
    CloseDetails,
    ToggleExpanded,
}

/// What the learner clicked.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Selected {
    Pod(Rc<(String, String)>),
    Node(String),
}

impl Selected {
    fn describe_command(&self) -> String {
        match self {
            Selected::Pod(pod) => format!("kubectl describe pod {} -n {}", pod.1, pod.0),
            Selected::Node(name) => format!("kubectl describe node {name}"),
        }
    }
}

/// The drawn state, in shareable pieces: unchanged pieces keep their `Rc`, so their
/// components are not drawn again.
#[derive(Default)]
struct Picture {
    lang: Lang,
    nodes: Vec<NodeEntry>,
    unscheduled: Rc<PodGroup>,
    unscheduled_pods: Rc<[PodEntry]>,
    namespaces: Rc<Vec<NamespaceView>>,
    n_pods: usize,
    detailed: bool,
    selector: Option<(SelectorQuery, usize)>,
    focus: Option<Rc<Focus>>,
    summary: Rc<Vec<String>>,
}

/// Keeps `old` if it equals `new` (so its `Rc` stays the same); says whether it changed.
fn keep_or_replace<T: PartialEq>(old: &mut Rc<T>, new: T) -> bool {
    if **old == new {
        false
    } else {
        *old = Rc::new(new);
        true
    }
}

/// Turns a snapshot's pods into entries, reusing the old entries' `Rc`s where a pod and its
/// verdict are unchanged. Both lists are in (namespace, name) order, so one walk pairs them.
fn entries(lang: Lang, pods: Vec<PodView>, old: &Rc<[PodEntry]>) -> (Rc<[PodEntry]>, bool) {
    let mut changed = pods.len() != old.len();
    let mut cursor = 0;
    let mut list: Vec<PodEntry> = Vec::with_capacity(pods.len());
    for mut view in pods {
        let verdict = view.selection.take();
        let key = (view.namespace.as_str(), view.name.as_str());
        while old.get(cursor).is_some_and(|entry| {
            (
                entry.item.view.namespace.as_str(),
                entry.item.view.name.as_str(),
            ) < key
        }) {
            cursor += 1;
        }
        let previous = old.get(cursor).filter(|entry| {
            entry.item.view.namespace == view.namespace && entry.item.view.name == view.name
        });
        let item = match previous {
            Some(entry) if entry.item.view == view => Rc::clone(&entry.item),
            _ => {
                changed = true;
                Rc::new(PodItem::new(view))
            }
        };
        let selection =
            verdict.map(
                |verdict| match previous.and_then(|entry| entry.selection.as_ref()) {
                    Some(selection) if selection.verdict == verdict => Rc::clone(selection),
                    _ => {
                        changed = true;
                        Rc::new(Selection::new(lang, verdict))
                    }
                },
            );
        if previous.is_some_and(|entry| entry.selection.is_some() != selection.is_some()) {
            changed = true;
        }
        list.push(PodEntry { item, selection });
    }
    if changed {
        (list.into(), true)
    } else {
        (Rc::clone(old), false)
    }
}

/// The screen-reader summary: the whole picture, then one line per node.
fn summary(lang: Lang, picture: &Picture) -> Vec<String> {
    let mut lines = vec![text::summary_head(
        lang,
        picture.nodes.len(),
        picture.n_pods,
        picture.unscheduled.total,
    )];
    if let Some((query, count)) = &picture.selector {
        let nodes = query.target == SelectorTarget::Nodes;
        let total = if nodes {
            picture.nodes.len()
        } else {
            picture.n_pods
        };
        lines.push(text::filter_status(
            lang,
            &query.text,
            *count,
            total,
            nodes,
            query.namespace.as_deref(),
        ));
    }
    for node in &picture.nodes {
        let info = &node.info;
        lines.push(text::summary_node(
            lang,
            &info.name,
            &info.role,
            &info.status,
            &hardware_text(info),
            &node.group,
        ));
    }
    if picture.unscheduled.total > 0 {
        lines.push(format!(
            "{}: {}",
            t(lang, Text::CvUnscheduled),
            text::group_counts(lang, &picture.unscheduled)
        ));
    }
    lines
}

impl Picture {
    /// Takes a new snapshot; false if nothing changed.
    fn update(&mut self, snapshot: Snapshot, lang: Lang) -> bool {
        let mut changed = false;
        if lang != self.lang {
            // Reasons are worded in the language: make every entry anew.
            *self = Picture {
                lang,
                ..Picture::default()
            };
            changed = true;
        }
        let Snapshot {
            namespaces,
            nodes,
            mut unscheduled,
            n_pods,
            detailed,
            selector,
            focus,
        } = snapshot;
        let mut old_nodes = std::mem::take(&mut self.nodes).into_iter();
        changed |= old_nodes.len() != nodes.len();
        for mut node in nodes {
            let mut group = std::mem::take(&mut node.pods);
            let pods = std::mem::take(&mut group.pods);
            let entry = match old_nodes.next() {
                Some(mut old) if old.info.name == node.name => {
                    changed |= keep_or_replace(&mut old.info, node);
                    changed |= keep_or_replace(&mut old.group, group);
                    let (pods, pods_changed) = entries(lang, pods, &old.pods);
                    changed |= pods_changed;
                    old.pods = pods;
                    old
                }
                _ => {
                    changed = true;
                    let (pods, _) = entries(lang, pods, &Rc::<[PodEntry]>::from(Vec::new()));
                    NodeEntry {
                        info: Rc::new(node),
                        group: Rc::new(group),
                        pods,
                    }
                }
            };
            self.nodes.push(entry);
        }
        let pods = std::mem::take(&mut unscheduled.pods);
        changed |= keep_or_replace(&mut self.unscheduled, unscheduled);
        let (pods, pods_changed) = entries(lang, pods, &self.unscheduled_pods);
        changed |= pods_changed;
        self.unscheduled_pods = pods;
        changed |= keep_or_replace(&mut self.namespaces, namespaces);
        if self.focus.as_deref() != focus.as_ref() {
            self.focus = focus.map(Rc::new);
            changed = true;
        }
        changed |= self.n_pods != n_pods || self.detailed != detailed || self.selector != selector;
        self.n_pods = n_pods;
        self.detailed = detailed;
        self.selector = selector;
        if changed {
            let lines = summary(lang, self);
            keep_or_replace(&mut self.summary, lines);
        }
        changed
    }
}

/// The cluster picture.
pub struct ClusterView {
    context: Option<PlaygroundContext>,
    _context_handle: Option<ContextHandle<PlaygroundContext>>,
    picture: Picture,
    namespace: Option<String>,
    filter: String,
    target: SelectorTarget,
    /// The namespace the last `kubectl get -l` listed (its selector applies there only).
    filter_namespace: Option<String>,
    filter_error: Option<String>,
    /// The serial of the last `kubectl get -l` followed.
    seen_get: u64,
    selected: Option<Selected>,
    expanded: bool,
    root: NodeRef,
    redraw_started: Option<f64>,
    /// Milliseconds the latest snapshot (and its comparison with the last one) took.
    snapshot_ms: f64,
    /// Milliseconds of that in the core's `snapshot`.
    core_ms: f64,
}

fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|window| window.performance())
        .map(|performance| performance.now())
        .unwrap_or(0.0)
}

/// Phones: the picture starts folded away below the terminal.
fn narrow_screen() -> bool {
    web_sys::window()
        .and_then(|window| window.match_media("(max-width: 720px)").ok().flatten())
        .map(|query| query.matches())
        .unwrap_or(false)
}

/// The value of the element an event came from (`<input>`, `<select>`).
fn target_value(event: &Event) -> String {
    event
        .target()
        .and_then(|target| js_sys::Reflect::get(&target, &"value".into()).ok())
        .and_then(|value| value.as_string())
        .unwrap_or_default()
}

impl ClusterView {
    fn lang(&self) -> Lang {
        self.context
            .as_ref()
            .map(|context| context.lang)
            .unwrap_or_default()
    }

    fn options(&mut self, detail_limit: usize) -> ViewOptions {
        self.filter_error = None;
        let selector = if self.filter.trim().is_empty() {
            None
        } else {
            let scope = self.filter_namespace.clone();
            match SelectorQuery::parse(&self.filter, self.target, scope) {
                Ok(query) => Some(query),
                Err(error) => {
                    self.filter_error = Some(error);
                    None
                }
            }
        };
        ViewOptions {
            namespace: self.namespace.clone(),
            selector,
            focus: match &self.selected {
                Some(Selected::Pod(pod)) => Some((pod.0.clone(), pod.1.clone())),
                _ => None,
            },
            detail_limit,
        }
    }

    fn session(&self) -> Option<Rc<RefCell<kubeplay_core::session::Session>>> {
        self.context
            .as_ref()
            .map(|context| Rc::clone(&context.session))
    }

    /// Follows the last `kubectl get -l`; true if the filter changed.
    fn follow_get(&mut self) -> bool {
        let Some(session) = self.session() else {
            return false;
        };
        let Ok(session) = session.try_borrow() else {
            return false;
        };
        let Some(get) = session.last_get_selector().cloned() else {
            return false;
        };
        drop(session);
        if get.serial <= self.seen_get {
            return false;
        }
        self.seen_get = get.serial;
        self.filter = get.selector.clone();
        self.filter_namespace = get.namespace.clone();
        if let Ok(query) = SelectorQuery::from_get(&get) {
            self.target = query.target;
        }
        true
    }

    /// Takes a new snapshot; false if the picture is unchanged.
    fn refresh(&mut self, ctx: &Context<Self>) -> bool {
        if !self.expanded {
            return false;
        }
        let Some(session) = self.session() else {
            return false;
        };
        let options = self.options(ctx.props().detail_limit);
        let Ok(session) = session.try_borrow() else {
            return false;
        };
        let started = now_ms();
        let snapshot = picture::snapshot(&session.cluster, &options);
        drop(session);
        self.core_ms = now_ms() - started;
        let lang = self.lang();
        self.picture.update(snapshot, lang)
    }

    /// Refreshes and, if anything changed, starts timing the redraw. `force`: the learner
    /// changed an option (always draw).
    fn redraw(&mut self, ctx: &Context<Self>, force: bool) -> bool {
        let started = now_ms();
        let changed = self.refresh(ctx) || force;
        self.snapshot_ms = now_ms() - started;
        self.redraw_started = changed.then_some(started);
        changed
    }

    fn clicked(&self, event: &MouseEvent) -> Option<Selected> {
        let target = event.target()?.dyn_into::<Element>().ok()?;
        if let Some(pod) = target.closest("[data-pod]").ok().flatten() {
            let name = pod.get_attribute("data-pod")?;
            let namespace = pod.get_attribute("data-namespace")?;
            return Some(Selected::Pod(Rc::new((namespace, name))));
        }
        let node = target.closest("[data-node]").ok().flatten()?;
        Some(Selected::Node(node.get_attribute("data-node")?))
    }

    fn view_toolbar(&self, ctx: &Context<Self>) -> Html {
        let lang = self.lang();
        let link = ctx.link();
        let on_namespace = link.callback(|event: Event| {
            let value = target_value(&event);
            Msg::Namespace(if value.is_empty() { None } else { Some(value) })
        });
        let on_target = link.callback(|event: Event| {
            Msg::Target(if target_value(&event) == "nodes" {
                SelectorTarget::Nodes
            } else {
                SelectorTarget::Pods
            })
        });
        let on_filter = link.callback(|event: InputEvent| Msg::Filter(target_value(&event)));
        let status = match (&self.filter_error, &self.picture.selector) {
            (Some(error), _) => error.clone(),
            (None, Some((query, count))) => {
                let nodes = query.target == SelectorTarget::Nodes;
                let total = if nodes {
                    self.picture.nodes.len()
                } else {
                    self.picture.n_pods
                };
                text::filter_status(
                    lang,
                    &query.text,
                    *count,
                    total,
                    nodes,
                    query.namespace.as_deref(),
                )
            }
            (None, None) => t(lang, Text::CvFilterHint).to_string(),
        };
        let namespace = self.namespace.clone().unwrap_or_default();
        html! {
            <div class="cv-toolbar">
                <label class="cv-field">
                    <span>{ t(lang, Text::CvNamespace) }</span>
                    <select class="cv-namespace" onchange={on_namespace}>
                        <option value="" selected={namespace.is_empty()}>{ t(lang, Text::CvAllNamespaces) }</option>
                        { for self.picture.namespaces.iter().map(|ns| html! {
                            <option key={ns.name.clone()} value={ns.name.clone()} selected={ns.name == namespace}>
                                { format!("{} ({})", ns.name, ns.n_pods) }
                            </option>
                        }) }
                    </select>
                </label>
                <label class="cv-field cv-filter">
                    <span>{ t(lang, Text::CvSelector) }</span>
                    <input type="search" class="cv-filter-input" value={self.filter.clone()}
                        placeholder="app=kubia, env in (prod)…" autocapitalize="off"
                        autocomplete="off" spellcheck="false" aria-describedby="cv-filter-status"
                        oninput={on_filter} />
                </label>
                <label class="cv-field">
                    <span>{ t(lang, Text::CvOn) }</span>
                    <select class="cv-target" onchange={on_target}>
                        <option value="pods" selected={self.target == SelectorTarget::Pods}>{ t(lang, Text::CvPods) }</option>
                        <option value="nodes" selected={self.target == SelectorTarget::Nodes}>{ t(lang, Text::CvNodes) }</option>
                    </select>
                </label>
                if !self.filter.is_empty() {
                    <button type="button" class="cv-clear" onclick={link.callback(|_| Msg::ClearFilter)}>
                        { t(lang, Text::CvClear) }
                    </button>
                }
                <p id="cv-filter-status" role="status"
                    class={classes!("cv-filter-status", self.filter_error.is_some().then_some("error"))}>
                    { status }
                </p>
            </div>
        }
    }

    fn view_legend(&self) -> Html {
        let lang = self.lang();
        let mut namespaces: Vec<&NamespaceView> = self
            .picture
            .namespaces
            .iter()
            .filter(|ns| ns.n_pods > 0)
            .filter(|ns| self.namespace.as_ref().is_none_or(|only| *only == ns.name))
            .collect();
        namespaces.truncate(12);
        html! {
            <div class="cv-legend" aria-hidden="true">
                { for Stage::ALL.iter().map(|stage| html! {
                    <span class={classes!("legend-item", stage_class(*stage))}>
                        <span class="swatch"></span>{ text::stage_label(lang, *stage) }
                    </span>
                }) }
                { for namespaces.iter().map(|ns| html! {
                    <span class={classes!("legend-item", "legend-ns", namespace_class(&ns.name))}>
                        <span class="swatch"></span>{ ns.name.clone() }
                    </span>
                }) }
            </div>
        }
    }

    fn view_details(&self, ctx: &Context<Self>) -> Html {
        let Some(selected) = &self.selected else {
            return Html::default();
        };
        let lang = self.lang();
        let on_close = ctx.link().callback(|_| Msg::CloseDetails);
        let command = selected.describe_command();
        match selected {
            Selected::Pod(pod) => pod_details(
                PodDetails {
                    namespace: &pod.0,
                    name: &pod.1,
                    focus: self.picture.focus.as_deref(),
                    command: &command,
                },
                &on_close,
                lang,
            ),
            Selected::Node(name) => {
                let entry = self
                    .picture
                    .nodes
                    .iter()
                    .find(|node| node.info.name == *name);
                node_details(
                    NodeDetails {
                        name,
                        node: entry.map(|entry| &*entry.info),
                        n_pods: entry.map_or(0, |entry| entry.group.total),
                        command: &command,
                    },
                    &on_close,
                    lang,
                )
            }
        }
    }
}

impl Component for ClusterView {
    type Message = Msg;
    type Properties = ClusterViewProps;

    fn create(ctx: &Context<Self>) -> Self {
        let (context, context_handle) = match ctx
            .link()
            .context::<PlaygroundContext>(ctx.link().callback(Msg::Context))
        {
            Some((context, handle)) => (Some(context), Some(handle)),
            None => (None, None),
        };
        let expanded = ctx.props().expanded.unwrap_or_else(|| !narrow_screen());
        let mut view = ClusterView {
            context,
            _context_handle: context_handle,
            picture: Picture::default(),
            namespace: None,
            filter: String::new(),
            target: SelectorTarget::Pods,
            filter_namespace: None,
            filter_error: None,
            seen_get: 0,
            selected: None,
            expanded,
            root: NodeRef::default(),
            redraw_started: None,
            snapshot_ms: 0.0,
            core_ms: 0.0,
        };
        view.follow_get();
        view.redraw(ctx, true);
        view
    }

    fn update(&mut self, ctx: &Context<Self>, msg: Msg) -> bool {
        match msg {
            Msg::Context(context) => {
                let ContextChanges {
                    session_replaced: replaced,
                    relabelled,
                } = context.changes_from(self.context.as_ref());
                self.context = Some(context);
                if replaced {
                    // Reset or import: a new session, nothing clicked, its own `get -l`s.
                    self.selected = None;
                    self.seen_get = 0;
                    self.filter.clear();
                    self.filter_namespace = None;
                }
                let followed = self.follow_get();
                self.redraw(ctx, replaced || relabelled || followed)
            }
            Msg::Namespace(namespace) => {
                self.namespace = namespace;
                self.redraw(ctx, true)
            }
            Msg::Filter(text) => {
                self.filter = text;
                self.filter_namespace = None;
                self.redraw(ctx, true)
            }
            Msg::Target(target) => {
                self.target = target;
                self.redraw(ctx, true)
            }
            Msg::ClearFilter => {
                self.filter.clear();
                self.filter_namespace = None;
                self.redraw(ctx, true)
            }
            Msg::Click(event) => {
                let Some(selected) = self.clicked(&event) else {
                    return false;
                };
                if let Some(context) = &self.context {
                    context.type_command.emit(selected.describe_command());
                }
                self.selected = Some(selected);
                self.redraw(ctx, true)
            }
            Msg::CloseDetails => {
                self.selected = None;
                self.redraw(ctx, true)
            }
            Msg::ToggleExpanded => {
                self.expanded = !self.expanded;
                self.redraw(ctx, true)
            }
        }
    }

    fn rendered(&mut self, _ctx: &Context<Self>, _first_render: bool) {
        if let Some(started) = self.redraw_started.take() {
            let elapsed = now_ms() - started;
            if let Some(root) = self.root.cast::<Element>() {
                let _ = root.set_attribute("data-redraw-ms", &format!("{elapsed:.2}"));
                let _ = root.set_attribute("data-snapshot-ms", &format!("{:.2}", self.snapshot_ms));
                let _ = root.set_attribute("data-core-ms", &format!("{:.2}", self.core_ms));
            }
        }
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        let lang = self.lang();
        let link = ctx.link();
        let picture = &self.picture;
        let headline = if self.expanded {
            text::headline(
                lang,
                picture.nodes.len(),
                picture.n_pods,
                picture.unscheduled.total,
            )
        } else {
            String::new()
        };
        let focused_pod = match &self.selected {
            Some(Selected::Pod(pod)) => Some(Rc::clone(pod)),
            _ => None,
        };
        let focused_node = match &self.selected {
            Some(Selected::Node(name)) => Some(name.as_str()),
            _ => None,
        };
        html! {
            <section ref={self.root.clone()}
                class={classes!("cluster-view", if self.expanded { "expanded" } else { "collapsed" })}
                aria-labelledby="cv-title">
                <header class="cv-header">
                    <h2 id="cv-title">{ t(lang, Text::ClusterPane) }</h2>
                    <span class="cv-headline">{ headline }</span>
                    <button type="button" class="cv-toggle" aria-expanded={self.expanded.to_string()}
                        aria-controls="cv-body" onclick={link.callback(|_| Msg::ToggleExpanded)}>
                        { t(lang, if self.expanded { Text::CvHide } else { Text::CvShow }) }
                    </button>
                </header>
                if self.expanded {
                    <div id="cv-body" class="cv-body">
                        { self.view_toolbar(ctx) }
                        <div class="cv-summary sr-only" role="region" aria-label={t(lang, Text::CvSummary)}>
                            <ul>{ for picture.summary.iter().map(|line| html! { <li>{ line.clone() }</li> }) }</ul>
                        </div>
                        if !picture.detailed {
                            <p class="cv-aggregated">{ text::aggregated(lang, picture.n_pods) }</p>
                        }
                        <div class="cv-main" onclick={link.callback(Msg::Click)}>
                            { unscheduled_box(&picture.unscheduled, &picture.unscheduled_pods, &focused_pod, lang) }
                            <div class="cv-nodes">
                                { for picture.nodes.iter().map(|node| html! {
                                    <NodeBox key={node.info.name.clone()} entry={node.clone()}
                                        focused={focused_node == Some(node.info.name.as_str())}
                                        focused_pod={focused_pod.clone()} {lang} />
                                }) }
                            </div>
                        </div>
                        { self.view_details(ctx) }
                        { self.view_legend() }
                    </div>
                }
            </section>
        }
    }
}
