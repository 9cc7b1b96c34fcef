//! The page: the playground with its two panes filled, the tutorial pane and the cluster
//! picture; they read the session through [`crate::playground::PlaygroundContext`].

use crate::cluster_view::ClusterView;
use crate::playground::Playground;
use crate::tutorial_pane::TutorialPane;
use yew::prelude::*;

/// Properties of the whole app (tests give each mount its own storage key).
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// Where the session is saved in `localStorage`.
    #[prop_or(AttrValue::Static(crate::storage::STORAGE_KEY))]
    pub storage_key: AttrValue,
    /// Seed for a fresh session (random when absent).
    #[prop_or_default]
    pub seed: Option<u64>,
}

impl Default for AppProps {
    fn default() -> Self {
        AppProps {
            storage_key: AttrValue::Static(crate::storage::STORAGE_KEY),
            seed: None,
        }
    }
}

/// The whole playground.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    html! {
        <Playground
            storage_key={props.storage_key.clone()}
            seed={props.seed}
            tutorial={html! { <TutorialPane /> }}
            cluster={html! { <ClusterView /> }} />
    }
}
