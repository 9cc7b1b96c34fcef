//! The terminal component: scrollback above, a prompt line with a blinking cursor, and a
//! hidden textarea that receives keys, pastes and IME composition.
//!
//! It owns a `Session` and a `LineEditor` from the core and only translates: DOM key events
//! become `Key`s, editor events become session calls, session output becomes scrollback
//! lines. A timer advances the simulated clock while a command runs.

use crate::keys::key_from_event;
use gloo::events::EventListener;
use gloo::timers::callback::Interval;
use kubeplay_core::clock::SimDuration;
use kubeplay_core::kubectl::{Io, Stream};
use kubeplay_core::line_editor::{EditorEvent, Key, LineEditor};
use kubeplay_core::session::{Activity, Session};
use web_sys::{HtmlElement, HtmlTextAreaElement};
use yew::prelude::*;

/// How often the simulated clock moves while the page is open.
const TICK_MILLIS: u32 = 100;
/// Lines kept in the scrollback.
const MAX_LINES: usize = 20_000;

/// One styled piece of a scrollback line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub text: String,
    pub class: &'static str,
}

/// Messages of the terminal component.
pub enum Msg {
    Key(KeyboardEvent),
    Paste(String),
    CompositionStart,
    CompositionEnd(String),
    Input(String),
    Tick,
    Focus,
}

/// Properties: the seed of the session.
#[derive(Properties, PartialEq)]
pub struct TerminalProps {
    #[prop_or(1)]
    pub seed: u64,
}

/// The terminal.
pub struct Terminal {
    session: Session,
    editor: LineEditor,
    lines: Vec<Vec<Span>>,
    composing: bool,
    input_ref: NodeRef,
    scroll_ref: NodeRef,
    _ticker: Interval,
    /// Yew has no typed composition listeners; these are attached in `rendered`.
    composition_listeners: Vec<EventListener>,
}

impl Terminal {
    /// Appends text; `lines` always ends with the open line output continues on.
    fn push_text(&mut self, text: &str, class: &'static str) {
        for (index, piece) in text.split('\n').enumerate() {
            if index > 0 || self.lines.is_empty() {
                self.lines.push(Vec::new());
            }
            if !piece.is_empty() {
                if let Some(line) = self.lines.last_mut() {
                    line.push(Span {
                        text: piece.to_string(),
                        class,
                    });
                }
            }
        }
        if self.lines.len() > MAX_LINES {
            let excess = self.lines.len() - MAX_LINES;
            self.lines.drain(..excess);
        }
    }

    fn push_io(&mut self, io: Io) {
        for (stream, text) in io.chunks {
            let class = match stream {
                Stream::Stdout => "out",
                Stream::Stderr => "err",
            };
            self.push_text(&text, class);
        }
    }

    fn run_events(&mut self, events: Vec<EditorEvent>) {
        for event in events {
            match event {
                EditorEvent::Submit(line) => {
                    let prompt = self.session.prompt();
                    self.push_text(&format!("{prompt}{line}\n"), "echo");
                    let io = self.session.submit(&line);
                    self.push_io(io);
                }
                EditorEvent::Interrupt => {
                    let prompt = self.session.prompt();
                    let line = self.editor.line();
                    self.push_text(&format!("{prompt}{line}^C\n"), "echo");
                }
                EditorEvent::ClearScreen => self.lines.clear(),
                EditorEvent::CompleteRequest { line, cursor } => {
                    let completion = self.session.complete(&line, cursor);
                    let more = self
                        .editor
                        .apply_completion(&completion.candidates, completion.word_start);
                    self.run_events(more);
                }
                EditorEvent::ShowCandidates(candidates) => {
                    let prompt = self.session.prompt();
                    let line = self.editor.line();
                    self.push_text(&format!("{prompt}{line}\n"), "echo");
                    let listing = kubeplay_core::line_editor::format_candidates(&candidates, 80);
                    self.push_text(&listing, "out");
                }
                EditorEvent::Eof | EditorEvent::Bell => {}
            }
        }
    }

    fn handle_key(&mut self, key: Key) {
        if self.session.activity() == Activity::Busy {
            if key == Key::Ctrl('c') {
                self.push_text("^C\n", "echo");
                let io = self.session.interrupt();
                self.push_io(io);
            }
            return;
        }
        let events = self.editor.handle(key);
        self.run_events(events);
    }
}

impl Component for Terminal {
    type Message = Msg;
    type Properties = TerminalProps;

    fn create(ctx: &Context<Self>) -> Self {
        let link = ctx.link().clone();
        let ticker = Interval::new(TICK_MILLIS, move || link.send_message(Msg::Tick));
        Terminal {
            session: Session::new(ctx.props().seed),
            editor: LineEditor::new(),
            lines: Vec::new(),
            composing: false,
            input_ref: NodeRef::default(),
            scroll_ref: NodeRef::default(),
            _ticker: ticker,
            composition_listeners: Vec::new(),
        }
    }

    fn update(&mut self, _ctx: &Context<Self>, msg: Msg) -> bool {
        match msg {
            Msg::Key(event) => {
                if self.composing || event.is_composing() {
                    return false;
                }
                // Let the browser copy a selection with Ctrl+C / Cmd+C.
                let has_selection = web_sys::window()
                    .and_then(|w| w.get_selection().ok().flatten())
                    .map(|s| !s.is_collapsed())
                    .unwrap_or(false);
                if has_selection && (event.ctrl_key() || event.meta_key()) && event.key() == "c" {
                    return false;
                }
                let Some(key) = key_from_event(&event) else {
                    return false;
                };
                event.prevent_default();
                self.handle_key(key);
                true
            }
            Msg::Paste(text) => {
                self.handle_key(Key::Paste(text));
                true
            }
            Msg::CompositionStart => {
                self.composing = true;
                false
            }
            Msg::CompositionEnd(text) => {
                self.composing = false;
                if let Some(input) = self.input_ref.cast::<HtmlTextAreaElement>() {
                    input.set_value("");
                }
                if !text.is_empty() {
                    self.handle_key(Key::Paste(text));
                }
                true
            }
            Msg::Input(text) => {
                if self.composing {
                    return false;
                }
                if let Some(input) = self.input_ref.cast::<HtmlTextAreaElement>() {
                    input.set_value("");
                }
                if text.is_empty() {
                    return false;
                }
                self.handle_key(Key::Paste(text));
                true
            }
            Msg::Tick => {
                let io = self
                    .session
                    .advance(SimDuration::from_millis(i64::from(TICK_MILLIS)));
                let changed = !io.is_empty();
                self.push_io(io);
                changed || self.session.activity() == Activity::Busy
            }
            Msg::Focus => {
                if let Some(input) = self.input_ref.cast::<HtmlElement>() {
                    let _ = input.focus();
                }
                false
            }
        }
    }

    fn rendered(&mut self, ctx: &Context<Self>, first_render: bool) {
        if first_render {
            if let Some(input) = self.input_ref.cast::<HtmlElement>() {
                let _ = input.focus();
                let start = ctx.link().callback(|_: ()| Msg::CompositionStart);
                let end = ctx.link().callback(Msg::CompositionEnd);
                self.composition_listeners = vec![
                    EventListener::new(&input, "compositionstart", move |_| start.emit(())),
                    EventListener::new(&input, "compositionend", move |event| {
                        let text = event
                            .dyn_ref::<web_sys::CompositionEvent>()
                            .and_then(|e| e.data())
                            .unwrap_or_default();
                        end.emit(text);
                    }),
                ];
            }
        }
        if let Some(scroll) = self.scroll_ref.cast::<HtmlElement>() {
            scroll.set_scroll_top(scroll.scroll_height());
        }
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        let link = ctx.link();
        let onkeydown = link.callback(Msg::Key);
        let onpaste = link.callback(|event: Event| {
            event.prevent_default();
            let text = event
                .dyn_ref::<web_sys::ClipboardEvent>()
                .and_then(|e| e.clipboard_data())
                .and_then(|data| data.get_data("text").ok())
                .unwrap_or_default();
            Msg::Paste(text)
        });
        let oninput = link.callback(|event: InputEvent| {
            let value = event
                .target_dyn_into::<HtmlTextAreaElement>()
                .map(|t| t.value())
                .unwrap_or_default();
            Msg::Input(value)
        });
        let onclick = link.callback(|_: MouseEvent| Msg::Focus);
        let busy = self.session.activity() == Activity::Busy;
        let rendered = self.editor.render();
        let prompt = rendered
            .prompt_override
            .clone()
            .unwrap_or_else(|| self.session.prompt());
        let cursor = rendered
            .under_cursor
            .map(String::from)
            .unwrap_or_else(|| " ".to_string());
        html! {
            <div class="terminal" onclick={onclick} ref={self.scroll_ref.clone()} role="log" aria-live="polite">
                <div class="scrollback">
                    { for visible_lines(&self.lines).iter().map(|line| html! {
                        <div class="line">{ for line.iter().map(|span| html! {
                            <span class={span.class}>{ span.text.clone() }</span>
                        }) }</div>
                    }) }
                </div>
                if !busy {
                    <div class="line prompt-line" aria-live="off">
                        <span class="prompt">{ prompt }</span>
                        <span>{ rendered.before_cursor.clone() }</span>
                        <span class="cursor">{ cursor }</span>
                        <span>{ rendered.after_cursor.clone() }</span>
                    </div>
                }
                <textarea class="keyboard" ref={self.input_ref.clone()}
                    aria-label="terminal input" autocapitalize="off" autocomplete="off" spellcheck="false"
                    onkeydown={onkeydown} onpaste={onpaste} oninput={oninput} />
            </div>
        }
    }
}

use wasm_bindgen::JsCast;

/// Every line but the open, still-empty last one.
fn visible_lines(lines: &[Vec<Span>]) -> &[Vec<Span>] {
    match lines.split_last() {
        Some((last, rest)) if last.is_empty() => rest,
        _ => lines,
    }
}
