//! The terminal's editor in the browser: while a command waits on an
//! [`EditRequest`] (`vi notes.txt`, `nano pod.yaml`), a pane over the terminal shows the file
//! in a plain `<textarea>` with "Save and close" and "Close without saving".
//!
//! It only shows and hands back text: what saving means (writing the file, the command going
//! on, the journal's `Input::Edit`) is the core's. Keys: Ctrl+S (Cmd+S) saves and closes, Tab
//! inserts two spaces, Shift+Tab leaves the text; Escape is left alone (vi users press it out
//! of habit). Keys of an input method mid-composition are never intercepted.
//!
//! A read-only request (`less`, a pager; `watch`) shows the text with one "Close" button; q,
//! Escape or Ctrl+C with nothing selected closes it. Its text may change while it is open
//! (`watch` redraws): the pane follows, keeping the reader's scroll position.

use crate::i18n::{t, Lang, Text};
use kubeplay_core::kubectl::EditRequest;
use web_sys::{HtmlTextAreaElement, KeyboardEvent};
use yew::prelude::*;

/// What an editor shows for a buffer without a file name (`vi` alone), as vim does.
const NO_NAME: &str = "[No Name]";

/// What a pager shows for its piped input.
const STANDARD_INPUT: &str = "(standard input)";

/// What Tab inserts.
const INDENT: &str = "  ";

/// Properties. Give the pane a new `key` for each request, so its text is loaded afresh.
#[derive(Properties, PartialEq)]
pub struct EditorPaneProps {
    pub request: EditRequest,
    pub lang: Lang,
    /// The text area (the playground focuses it while the pane is open).
    pub text_ref: NodeRef,
    /// The editor closed: the text saved, or `None` to close without saving.
    pub on_close: Callback<Option<String>>,
}

/// The editor pane.
pub struct EditorPane;

/// The editor's title: `vi — notes.txt`.
pub fn title(request: &EditRequest) -> String {
    let path = if request.path.is_empty() && request.read_only {
        STANDARD_INPUT
    } else if request.path.is_empty() {
        NO_NAME
    } else {
        request.path.as_str()
    };
    format!("{} — {path}", request.program)
}

/// Inserts `text` in place of the selection, the cursor after it.
fn insert_at_selection(area: &HtmlTextAreaElement, text: &str) {
    let length = area.value().encode_utf16().count() as u32;
    let start = area.selection_start().ok().flatten().unwrap_or(length);
    let end = area.selection_end().ok().flatten().unwrap_or(start);
    if area
        .set_range_text_with_start_and_end(text, start, end)
        .is_ok()
    {
        let cursor = start + text.encode_utf16().count() as u32;
        let _ = area.set_selection_range(cursor, cursor);
    }
}

impl Component for EditorPane {
    type Message = ();
    type Properties = EditorPaneProps;

    fn create(_ctx: &Context<Self>) -> Self {
        EditorPane
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        let props = ctx.props();
        let lang = props.lang;
        let title = title(&props.request);
        let text_ref = props.text_ref.clone();
        let value = move || {
            text_ref
                .cast::<HtmlTextAreaElement>()
                .map(|area| area.value())
                .unwrap_or_default()
        };
        let save = {
            let value = value.clone();
            props.on_close.reform(move |_: MouseEvent| Some(value()))
        };
        let discard = props.on_close.reform(|_: MouseEvent| None);
        let on_close = props.on_close.clone();
        let read_only = props.request.read_only;
        // The default actions must be prevented while the event is dispatched.
        let onkeydown = Callback::from(move |event: KeyboardEvent| {
            if event.is_composing() || event.key_code() == 229 {
                return;
            }
            let key = event.key();
            let command = event.ctrl_key() || event.meta_key();
            if read_only {
                let quit =
                    !command && !event.alt_key() && matches!(key.as_str(), "q" | "Q" | "Escape");
                // Ctrl+C copies a selection; with none it ends the program, as in a terminal.
                let interrupt = event.ctrl_key()
                    && key.eq_ignore_ascii_case("c")
                    && event
                        .target_dyn_into::<HtmlTextAreaElement>()
                        .is_some_and(|area| {
                            area.selection_start().ok().flatten()
                                == area.selection_end().ok().flatten()
                        });
                if quit || interrupt {
                    event.prevent_default();
                    on_close.emit(None);
                } else if command && matches!(key.as_str(), "z" | "Z" | "y" | "Y") {
                    // Nothing to undo in a pager: the browser's undo would reach back to the
                    // page's last edit elsewhere (the cluster picture's filter), changing it
                    // and taking the focus there.
                    event.prevent_default();
                }
                return;
            }
            if command && !event.alt_key() && key.eq_ignore_ascii_case("s") {
                event.prevent_default();
                on_close.emit(Some(value()));
            } else if key == "Tab" && !command && !event.alt_key() && !event.shift_key() {
                event.prevent_default();
                if let Some(area) = event.target_dyn_into::<HtmlTextAreaElement>() {
                    insert_at_selection(&area, INDENT);
                }
            }
        });
        html! {
            <section class="editor-pane" aria-label={format!("{}: {title}", t(lang, Text::EditorPane))}>
                <div class="editor-head">
                    <div class="editor-about">
                        <span class="editor-title">{ title.clone() }</span>
                        <span class="editor-hint">{ t(lang, if read_only { Text::PagerHint } else { Text::EditorHint }) }</span>
                    </div>
                    <div class="editor-actions">
                        if read_only {
                            <button type="button" class="editor-discard" onclick={discard}>{ t(lang, Text::PagerClose) }</button>
                        } else {
                            <button type="button" class="editor-save" onclick={save}>{ t(lang, Text::EditorSave) }</button>
                            <button type="button" class="editor-discard" onclick={discard}>{ t(lang, Text::EditorDiscard) }</button>
                        }
                    </div>
                </div>
                <textarea class="editor-text" ref={props.text_ref.clone()} wrap="off"
                    aria-label={format!("{}: {title}", t(lang, Text::EditorText))}
                    aria-keyshortcuts={if read_only { "Q Escape Control+C" } else { "Control+S Meta+S" }}
                    readonly={read_only} autocapitalize="off" autocomplete="off"
                    autocorrect="off" spellcheck="false" onkeydown={onkeydown} />
            </section>
        }
    }

    fn rendered(&mut self, ctx: &Context<Self>, first_render: bool) {
        if !first_render {
            // A pager's text changes under the reader (`watch` redraws).
            let request = &ctx.props().request;
            if let Some(area) = ctx.props().text_ref.cast::<HtmlTextAreaElement>() {
                if request.read_only && area.value() != request.text {
                    let top = area.scroll_top();
                    area.set_value(&request.text);
                    area.set_scroll_top(top);
                }
            }
            return;
        }
        // The text is loaded once: later renders (the clock, the language) leave the typing.
        if let Some(area) = ctx.props().text_ref.cast::<HtmlTextAreaElement>() {
            area.set_value(&ctx.props().request.text);
            let _ = area.focus();
            let _ = area.set_selection_range(0, 0);
            area.set_scroll_top(0);
        }
    }
}
