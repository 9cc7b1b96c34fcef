//! The page layout: the terminal (the tutorial pane and cluster picture come later).

use crate::terminal::Terminal;
use yew::prelude::*;

/// The whole playground.
#[function_component(App)]
pub fn app() -> Html {
    html! {
        <main class="playground">
            <Terminal />
        </main>
    }
}
