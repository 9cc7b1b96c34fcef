//! Placeholders for the panes beside the terminal. Each reads the [`PlaygroundContext`] to
//! show what it can; the cluster picture will replace it (the tutorial pane is
//! [`crate::tutorial_pane`]).

use crate::i18n::{t, Text};
use crate::playground::PlaygroundContext;
use yew::prelude::*;

/// The cluster picture's slot: for now, a count of nodes and pods.
#[function_component(ClusterSlot)]
pub fn cluster_slot() -> Html {
    let Some(context) = use_context::<PlaygroundContext>() else {
        return html! {};
    };
    let session = context.session.borrow();
    let nodes = session.cluster.nodes().count();
    let pods = session.cluster.pods().count();
    drop(session);
    html! {
        <div class="slot cluster-slot">
            <h2>{ t(context.lang, Text::ClusterPane) }</h2>
            <p class="placeholder">{ t(context.lang, Text::ClusterPlaceholder) }</p>
            <p class="counts"><span>{ format!("nodes: {nodes}") }</span>{ " · " }<span>{ format!("pods: {pods}") }</span></p>
        </div>
    }
}
