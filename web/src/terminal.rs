//! The terminal component: scrollback, a prompt line with a cursor, keyboard input.

use yew::prelude::*;

/// A terminal over a playground session.
#[function_component(Terminal)]
pub fn terminal() -> Html {
    html! { <div class="terminal" tabindex="0"></div> }
}
