//! The playground page: a toolbar (cluster clock and speed, session tools, view settings),
//! the terminal, and two slots the page's other parts fill (the tutorial pane and the
//! cluster picture), which read the session through [`PlaygroundContext`].
//!
//! This component owns the [`Console`] and everything that touches the browser: key, paste,
//! IME and input events; the timer that moves the simulated clock; measuring the terminal's
//! width; drawing only the scrollback rows on screen; saving to `localStorage`.

use crate::editor_pane::EditorPane;
use crate::i18n::{t, Lang, Text};
use crate::keys::{map_key, KeyPress};
use crate::scrollback::{Row, Span};
use crate::storage::{self, Loaded, Prefs, SavedState};
use crate::terminal::Console;
use gloo::events::EventListener;
use gloo::timers::callback::Interval;
use kubeplay_core::clock::SimTime;
use kubeplay_core::line_editor::{display_text, Key};
use kubeplay_core::session::{Input, Session};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// How often the simulated clock moves.
const TICK_MILLIS: u32 = 100;
/// Most real time one tick may account for (a tab that slept does not jump hours ahead).
const MAX_TICK_GAP_MILLIS: f64 = 1000.0;
/// Save at least this often (real milliseconds) while time passes.
const SAVE_EVERY_MILLIS: f64 = 5000.0;
/// Rows drawn above and below the visible ones.
const OVERSCAN_ROWS: usize = 24;
/// The window of drawn rows moves in steps of this many rows (fewer re-renders on scroll).
const WINDOW_STEP: usize = 16;
/// Speeds offered (simulated per real time); 0 pauses.
pub const SPEEDS: [u32; 4] = [0, 1, 10, 60];
const FONT_MIN: u32 = 11;
const FONT_MAX: u32 = 28;

/// A session handed to [`PlaygroundContext::replace_session`] (`Session` is not `Clone`; the
/// playground takes it out).
pub type ReplacementSession = Rc<RefCell<Option<Session>>>;

/// What the tutorial pane and the cluster picture get: the session (read it, do not change it
/// except through the callbacks), when it last changed, the UI language, and ways to act.
#[derive(Clone)]
pub struct PlaygroundContext {
    pub session: Rc<RefCell<Session>>,
    /// The cluster's latest `resourceVersion` (changes whenever an object changes).
    pub resource_version: u64,
    /// Simulated time, whole seconds.
    pub now_seconds: i64,
    /// How many inputs the session has seen.
    pub journal_len: usize,
    pub lang: Lang,
    /// Puts a command on the prompt line for the learner to run (or edit).
    pub type_command: Callback<String>,
    /// Runs a command as if typed and entered.
    pub run_command: Callback<String>,
    /// The tutorial's saved progress (opaque JSON, `null` at first).
    pub tutorial_progress: Rc<serde_json::Value>,
    /// Saves new tutorial progress with the session.
    pub set_tutorial_progress: Callback<serde_json::Value>,
    /// Replaces the session (a tutorial step prepared by `Tutorial::session_at`); the text is
    /// shown in the terminal as a note.
    pub replace_session: Callback<(ReplacementSession, String)>,
    /// Shows a note line in the terminal.
    pub notice: Callback<String>,
}

impl PlaygroundContext {
    /// What changed since `old` (`None`: the first context a pane sees): whether the session
    /// was replaced (reset, import, a tutorial step prepared), and whether the language changed.
    pub fn changes_from(&self, old: Option<&PlaygroundContext>) -> ContextChanges {
        ContextChanges {
            session_replaced: old.is_none_or(|old| !Rc::ptr_eq(&old.session, &self.session)),
            relabelled: old.is_some_and(|old| old.lang != self.lang),
        }
    }
}

/// See [`PlaygroundContext::changes_from`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ContextChanges {
    pub session_replaced: bool,
    pub relabelled: bool,
}

impl PartialEq for PlaygroundContext {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.session, &other.session)
            && self.resource_version == other.resource_version
            && self.now_seconds == other.now_seconds
            && self.journal_len == other.journal_len
            && self.lang == other.lang
            && Rc::ptr_eq(&self.tutorial_progress, &other.tutorial_progress)
    }
}

/// Properties: the two slots and where the session is saved.
#[derive(Properties, PartialEq)]
pub struct PlaygroundProps {
    /// The tutorial pane (left on wide screens, above the terminal on phones).
    #[prop_or_default]
    pub tutorial: Html,
    /// The cluster picture (right on wide screens, below the terminal on phones).
    #[prop_or_default]
    pub cluster: Html,
    /// The `localStorage` key of the session.
    #[prop_or(AttrValue::Static(storage::STORAGE_KEY))]
    pub storage_key: AttrValue,
    /// Seed of a fresh session; random when absent.
    #[prop_or_default]
    pub seed: Option<u64>,
}

/// Messages.
pub enum Msg {
    /// A key for the editor (already mapped; its default action already prevented).
    Key(Key),
    Paste(String),
    CompositionStart,
    CompositionUpdate(String),
    CompositionEnd(String),
    Input(InputEvent),
    Tick,
    Scroll,
    Resize,
    SetSpeed(u32),
    SkipToNext,
    /// Asks to confirm a reset.
    Reset,
    ConfirmReset(bool),
    Export,
    ImportFile(Option<web_sys::File>),
    ImportLoaded(Result<String, String>),
    Share,
    CloseShare,
    SetLang(Lang),
    FontSize(i32),
    Dismiss(usize),
    PaletteKey(Key),
    ScrollToBottom,
    TypeCommand(String),
    RunCommand(String),
    SetTutorialProgress(serde_json::Value),
    ReplaceSession(ReplacementSession, String),
    TerminalNotice(String),
    SaveNow,
    /// The address's fragment changed: a share link opened in a tab that already shows the
    /// playground is a same-document navigation, with no new start-up to read it.
    HashChanged,
    /// The editor pane closed: the text saved, `None` when closed without saving.
    FinishEdit(Option<String>),
}

/// A message shown above the terminal until dismissed.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub text: Text,
    pub detail: String,
    pub warning: bool,
}

/// Sizes measured from the page.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Metrics {
    char_width: f64,
    viewport_height: f64,
}

/// The playground.
pub struct Playground {
    console: Console,
    prefs: Prefs,
    lang: Lang,
    notices: Vec<Notice>,
    tutorial_progress: Rc<serde_json::Value>,
    share_url: Option<String>,
    confirm_reset: bool,
    composing: bool,
    preedit: String,
    metrics: Metrics,
    /// First row of the drawn window when not following the output.
    window_start: usize,
    /// Whether the view sticks to the newest output.
    follow: bool,
    needs_measure: bool,
    input_ref: NodeRef,
    screen_ref: NodeRef,
    probe_ref: NodeRef,
    rows_ref: NodeRef,
    /// The editor pane's text area (while a command waits on the terminal's editor).
    editor_ref: NodeRef,
    /// Bumped when an editor closes or the session is replaced: the editor pane's key, so the
    /// next request opens with its own text.
    edit_generation: u64,
    /// Whether the last render showed the editor pane (when it goes, the terminal, inert
    /// until that render, takes the focus back).
    editor_shown: bool,
    _ticker: Interval,
    last_tick: f64,
    carry_millis: f64,
    last_save: f64,
    saved_marker: (usize, SimTime),
    listeners: Vec<EventListener>,
    _reader: Option<gloo::file::callbacks::FileReader>,
    storage_ok: bool,
    /// What was selected when the mouse button went down on the terminal.
    selection_before_click: Rc<RefCell<Option<String>>>,
}

fn now_millis() -> f64 {
    web_sys::window()
        .and_then(|window| window.performance())
        .map(|performance| performance.now())
        .unwrap_or_else(js_sys::Date::now)
}

fn random_seed() -> u64 {
    (js_sys::Math::random() * 4_294_967_296.0) as u64
}

/// The editor history a replayed journal implies (when none was saved).
fn history_of(inputs: &[Input]) -> Vec<String> {
    let mut history: Vec<String> = Vec::new();
    for input in inputs {
        if let Input::Line(line) = input {
            if !line.trim().is_empty() && history.last() != Some(line) {
                history.push(line.clone());
            }
        }
    }
    history
}

impl Playground {
    fn row_height(&self) -> f64 {
        row_height_for(self.prefs.font_px)
    }

    fn save(&mut self, ctx: &Context<Self>) {
        let session = self.console.session.borrow();
        let state = SavedState::new(
            &session,
            self.console.editor().history().to_vec(),
            self.prefs.clone(),
            (*self.tutorial_progress).clone(),
        );
        self.saved_marker = (session.journal().len(), session.cluster.now());
        drop(session);
        let saved = storage::save(&ctx.props().storage_key, &state);
        if self.storage_ok && !saved {
            // Once, when saving starts to fail (a full storage): a reload would lose the work.
            self.notice(Text::SaveFailed, "", true);
        }
        self.storage_ok = saved;
        self.last_save = now_millis();
    }

    fn save_if_changed(&mut self, ctx: &Context<Self>) {
        let marker = {
            let session = self.console.session.borrow();
            (session.journal().len(), session.cluster.now())
        };
        if marker != self.saved_marker {
            self.save(ctx);
        }
    }

    fn notice(&mut self, text: Text, detail: impl Into<String>, warning: bool) {
        self.notices.push(Notice {
            text,
            detail: detail.into(),
            warning,
        });
    }

    fn columns(&self) -> usize {
        self.console.scrollback.columns()
    }

    /// Reads the terminal's width and height; re-wraps when the column count changed.
    fn measure(&mut self) -> bool {
        let (Some(probe), Some(rows), Some(screen)) = (
            self.probe_ref.cast::<HtmlElement>(),
            self.rows_ref.cast::<HtmlElement>(),
            self.screen_ref.cast::<HtmlElement>(),
        ) else {
            return false;
        };
        let char_width = probe.get_bounding_client_rect().width() / 10.0;
        if char_width <= 0.0 {
            return false;
        }
        let width = rows.get_bounding_client_rect().width();
        let columns = ((width / char_width).floor() as usize).max(20);
        let metrics = Metrics {
            char_width,
            viewport_height: f64::from(screen.client_height()),
        };
        let changed = metrics != self.metrics || columns != self.columns();
        self.metrics = metrics;
        self.console.scrollback.set_columns(columns);
        changed
    }

    /// The rows to draw: `(start, end)`.
    fn visible_window(&self) -> (usize, usize) {
        let total = self.console.scrollback.row_count();
        let row_height = self.row_height();
        let visible = ((self.metrics.viewport_height / row_height).ceil() as usize).max(10);
        if self.follow {
            let start = total.saturating_sub(visible + OVERSCAN_ROWS);
            return (start, total);
        }
        let start = self.window_start.min(total);
        (start, (start + visible + 3 * OVERSCAN_ROWS).min(total))
    }

    fn replace_console(&mut self, console: Console) {
        self.console = console;
        self.edit_generation += 1;
        self.follow = true;
        self.needs_measure = true;
    }

    fn fresh_console(&self, ctx: &Context<Self>) -> Console {
        Console::new(ctx.props().seed.unwrap_or_else(random_seed))
    }

    fn after_input(&mut self, ctx: &Context<Self>) {
        self.follow = true;
        if self.console.take_exit_request() {
            self.console.notice(t(self.lang, Text::ExitNotice));
        }
        let journal_len = self.console.session.borrow().journal().len();
        if journal_len != self.saved_marker.0 {
            self.save(ctx);
        }
    }

    fn context_value(&self, ctx: &Context<Self>) -> PlaygroundContext {
        let session = self.console.session.borrow();
        PlaygroundContext {
            session: self.console.session.clone(),
            resource_version: session.cluster.resource_version(),
            now_seconds: session.cluster.now().unix_seconds(),
            journal_len: session.journal().len(),
            lang: self.lang,
            type_command: ctx.link().callback(Msg::TypeCommand),
            run_command: ctx.link().callback(Msg::RunCommand),
            tutorial_progress: self.tutorial_progress.clone(),
            set_tutorial_progress: ctx.link().callback(Msg::SetTutorialProgress),
            replace_session: ctx
                .link()
                .callback(|(session, notice)| Msg::ReplaceSession(session, notice)),
            notice: ctx.link().callback(Msg::TerminalNotice),
        }
    }

    /// Focuses the terminal's input, or the editor pane's text while it is open.
    fn focus_input(&self) {
        let editing = self.console.session.borrow().edit_request().is_some();
        let target = if editing {
            &self.editor_ref
        } else {
            &self.input_ref
        };
        if let Some(input) = target.cast::<HtmlElement>() {
            let _ = input.focus();
        }
    }

    /// Forgets a composition whose `compositionend` never came (see `Msg::Key`); returns
    /// whether there was one.
    fn abandon_composition(&mut self) -> bool {
        let abandoned = std::mem::take(&mut self.composing);
        if abandoned {
            self.preedit.clear();
            self.clear_input();
        }
        abandoned
    }

    fn clear_input(&self) {
        if let Some(input) = self.input_ref.cast::<HtmlTextAreaElement>() {
            input.set_value("");
        }
    }

    fn export(&self) {
        let session = self.console.session.borrow();
        let state = SavedState::new(
            &session,
            self.console.editor().history().to_vec(),
            self.prefs.clone(),
            (*self.tutorial_progress).clone(),
        );
        let name = format!(
            "kubeplay-session-{}.json",
            session.cluster.now().rfc3339().replace(':', "")
        );
        download(&name, &state.to_json());
    }
}

/// Copies text with the asynchronous clipboard API, where the browser offers it.
fn copy_to_clipboard(text: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let navigator = window.navigator();
    let available = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .map(|value| !value.is_undefined() && !value.is_null())
        .unwrap_or(false);
    if available {
        let _ = navigator.clipboard().write_text(text);
    }
}

/// Row height in CSS pixels for a font size (whole pixels, so rows never drift).
fn row_height_for(font_px: u32) -> f64 {
    (f64::from(font_px) * 1.4).round()
}

/// Offers `text` as a file download.
fn download(name: &str, text: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let document = gloo::utils::document();
    if let Some(anchor) = document
        .create_element("a")
        .ok()
        .and_then(|element| element.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        anchor.set_href(&url);
        anchor.set_download(name);
        anchor.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

impl Component for Playground {
    type Message = Msg;
    type Properties = PlaygroundProps;

    fn create(ctx: &Context<Self>) -> Self {
        let link = ctx.link().clone();
        let ticker = Interval::new(TICK_MILLIS, move || link.send_message(Msg::Tick));
        let key = ctx.props().storage_key.to_string();
        let mut notices = Vec::new();
        let mut prefs = Prefs::default();
        let mut tutorial = serde_json::Value::Null;
        let mut console = None;
        let loaded = storage::load(&key);
        if let Loaded::Restored(restorable) = &loaded {
            // The learner's preferences hold even when a share link replaces the session.
            prefs = restorable.state.prefs.clone();
        }
        let notice = |text, detail: String, warning| Notice {
            text,
            detail,
            warning,
        };
        let mut shared = false;
        match storage::share_from_location() {
            Some(Ok((seed, inputs))) => {
                shared = true;
                let aside = storage::set_aside_current(&key);
                console = Some(Console::replay(seed, &inputs, history_of(&inputs), 80));
                notices.push(notice(Text::ShareOpened, String::new(), false));
                if let Some(aside) = aside {
                    notices.push(notice(Text::PreviousKeptAside, aside, false));
                }
                storage::clear_fragment();
            }
            Some(Err(reason)) => {
                notices.push(notice(Text::ShareDamaged, reason, true));
                storage::clear_fragment();
            }
            None => {}
        }
        if !shared {
            match loaded {
                Loaded::Restored(restorable) => {
                    tutorial = restorable.state.tutorial.clone();
                    let history = if restorable.state.history.is_empty() {
                        history_of(&restorable.inputs)
                    } else {
                        restorable.state.history.clone()
                    };
                    if !restorable.inputs.is_empty() {
                        notices.push(notice(Text::Restored, String::new(), false));
                    }
                    console = Some(Console::replay(
                        restorable.seed,
                        &restorable.inputs,
                        history,
                        80,
                    ));
                }
                Loaded::SetAside { key, reason } => {
                    notices.push(notice(Text::SetAside, format!("{key} ({reason})"), true))
                }
                Loaded::Nothing => {}
            }
        }
        let storage_ok = storage::storage().is_some();
        if !storage_ok {
            notices.push(Notice {
                text: Text::StorageUnavailable,
                detail: String::new(),
                warning: true,
            });
        }
        prefs.font_px = prefs.font_px.clamp(FONT_MIN, FONT_MAX);
        if !SPEEDS.contains(&prefs.speed) {
            prefs.speed = 1;
        }
        let lang = prefs
            .lang
            .as_deref()
            .and_then(Lang::from_tag)
            .unwrap_or_else(Lang::from_browser);
        let console =
            console.unwrap_or_else(|| Console::new(ctx.props().seed.unwrap_or_else(random_seed)));
        Playground {
            console,
            prefs,
            lang,
            notices,
            tutorial_progress: Rc::new(tutorial),
            share_url: None,
            confirm_reset: false,
            composing: false,
            preedit: String::new(),
            metrics: Metrics {
                char_width: 8.0,
                viewport_height: 480.0,
            },
            window_start: 0,
            follow: true,
            needs_measure: true,
            input_ref: NodeRef::default(),
            screen_ref: NodeRef::default(),
            probe_ref: NodeRef::default(),
            rows_ref: NodeRef::default(),
            editor_ref: NodeRef::default(),
            edit_generation: 0,
            editor_shown: false,
            _ticker: ticker,
            last_tick: now_millis(),
            carry_millis: 0.0,
            last_save: 0.0,
            saved_marker: (usize::MAX, SimTime(0)),
            listeners: Vec::new(),
            _reader: None,
            storage_ok,
            selection_before_click: Rc::default(),
        }
    }

    fn update(&mut self, ctx: &Context<Self>, msg: Msg) -> bool {
        match msg {
            Msg::Key(key) => {
                // The keydown was not part of a composition (`map_key` leaves those to the
                // IME): one still marked as running lost its `compositionend` (browsers and
                // IMEs drop it, e.g. when the focus moves mid-composition). Its uncommitted
                // text goes, and the key counts: the terminal must not stay deaf.
                self.abandon_composition();
                self.console.key(key);
                self.after_input(ctx);
                true
            }
            Msg::Paste(text) => {
                self.console.paste(&text);
                self.after_input(ctx);
                true
            }
            Msg::CompositionStart => {
                self.composing = true;
                false
            }
            Msg::CompositionUpdate(text) => {
                self.preedit = text;
                true
            }
            Msg::CompositionEnd(text) => {
                self.composing = false;
                self.preedit.clear();
                self.clear_input();
                if !text.is_empty() {
                    self.console.paste(&text);
                    self.after_input(ctx);
                }
                true
            }
            Msg::Input(event) => {
                let kind = event.input_type();
                let data = event.data().unwrap_or_default();
                if event.is_composing() || kind.contains("Composition") || kind == "insertFromPaste"
                {
                    return false;
                }
                // Text that is not a composition's: any composition still marked as running
                // lost its `compositionend` (as for keys above).
                let abandoned = self.abandon_composition();
                self.clear_input();
                match kind.as_str() {
                    "insertLineBreak" | "insertParagraph" => self.console.key(Key::Enter),
                    "deleteContentBackward" => self.console.key(Key::Backspace),
                    "deleteContentForward" => self.console.key(Key::Delete),
                    _ if !data.is_empty() => self.console.paste(&data),
                    _ => return abandoned,
                }
                self.after_input(ctx);
                true
            }
            Msg::Tick => {
                let now = now_millis();
                let gap = (now - self.last_tick).clamp(0.0, MAX_TICK_GAP_MILLIS);
                self.last_tick = now;
                let mut changed = false;
                if self.prefs.speed > 0 {
                    let before = self.console.session.borrow().cluster.now().unix_seconds();
                    let simulated = gap * f64::from(self.prefs.speed) + self.carry_millis;
                    let millis = simulated.floor();
                    self.carry_millis = simulated - millis;
                    changed = self.console.advance(millis as i64);
                    let after = self.console.session.borrow().cluster.now().unix_seconds();
                    changed |= before != after;
                }
                if now - self.last_save >= SAVE_EVERY_MILLIS {
                    self.save_if_changed(ctx);
                }
                changed
            }
            Msg::Scroll => {
                let Some(screen) = self.screen_ref.cast::<HtmlElement>() else {
                    return false;
                };
                let top = f64::from(screen.scroll_top());
                let height = f64::from(screen.client_height());
                let bottom = f64::from(screen.scroll_height());
                let row_height = self.row_height();
                let follow = top + height >= bottom - row_height;
                let first = (top / row_height).floor() as usize;
                let start = (first / WINDOW_STEP * WINDOW_STEP).saturating_sub(OVERSCAN_ROWS);
                let changed = follow != self.follow
                    || (!follow && start != self.window_start)
                    || height != self.metrics.viewport_height;
                self.follow = follow;
                self.window_start = start;
                self.metrics.viewport_height = height;
                changed
            }
            Msg::Resize => self.measure(),
            Msg::SetSpeed(speed) => {
                self.prefs.speed = speed;
                self.last_tick = now_millis();
                self.save(ctx);
                true
            }
            Msg::SkipToNext => {
                if self.console.skip_to_next_event() {
                    self.after_input(ctx);
                    self.save(ctx);
                }
                self.focus_input();
                true
            }
            Msg::Reset => {
                self.confirm_reset = true;
                true
            }
            Msg::ConfirmReset(false) => {
                self.confirm_reset = false;
                self.focus_input();
                true
            }
            Msg::ConfirmReset(true) => {
                self.confirm_reset = false;
                storage::set_aside_current(&ctx.props().storage_key);
                let console = self.fresh_console(ctx);
                self.replace_console(console);
                self.tutorial_progress = Rc::new(serde_json::Value::Null);
                self.notices.clear();
                self.notice(Text::FreshCluster, "", false);
                self.save(ctx);
                self.focus_input();
                true
            }
            Msg::Export => {
                self.export();
                false
            }
            Msg::ImportFile(file) => {
                let Some(file) = file else {
                    return false;
                };
                let link = ctx.link().clone();
                let file = gloo::file::File::from(file);
                self._reader = Some(gloo::file::callbacks::read_as_text(&file, move |result| {
                    link.send_message(Msg::ImportLoaded(result.map_err(|error| error.to_string())))
                }));
                false
            }
            Msg::ImportLoaded(result) => {
                self._reader = None;
                match result.and_then(|text| SavedState::parse(&text)) {
                    Ok(restorable) => {
                        let history = if restorable.state.history.is_empty() {
                            history_of(&restorable.inputs)
                        } else {
                            restorable.state.history.clone()
                        };
                        let console = Console::replay(
                            restorable.seed,
                            &restorable.inputs,
                            history,
                            self.columns(),
                        );
                        storage::set_aside_current(&ctx.props().storage_key);
                        self.replace_console(console);
                        self.tutorial_progress = Rc::new(restorable.state.tutorial.clone());
                        self.notice(Text::Imported, "", false);
                        self.save(ctx);
                    }
                    Err(reason) => self.notice(Text::ImportFailed, reason, true),
                }
                self.focus_input();
                true
            }
            Msg::Share => {
                let url = storage::share_url(&self.console.session.borrow());
                copy_to_clipboard(&url);
                self.share_url = Some(url);
                true
            }
            Msg::CloseShare => {
                self.share_url = None;
                self.focus_input();
                true
            }
            Msg::SetLang(lang) => {
                self.lang = lang;
                self.prefs.lang = Some(lang.code().to_string());
                self.save(ctx);
                true
            }
            Msg::FontSize(delta) => {
                let size = i64::from(self.prefs.font_px) + i64::from(delta);
                self.prefs.font_px =
                    u32::try_from(size.clamp(i64::from(FONT_MIN), i64::from(FONT_MAX)))
                        .unwrap_or(15);
                self.needs_measure = true;
                self.save(ctx);
                true
            }
            Msg::Dismiss(index) => {
                if index < self.notices.len() {
                    self.notices.remove(index);
                }
                self.focus_input();
                true
            }
            Msg::PaletteKey(key) => {
                self.console.key(key);
                self.after_input(ctx);
                self.focus_input();
                true
            }
            Msg::ScrollToBottom => {
                self.follow = true;
                self.focus_input();
                true
            }
            Msg::TypeCommand(line) => {
                // A here-document: its lines are entered as a paste would, the last one (the
                // delimiter) waits on the prompt line for Enter.
                self.console.set_line("");
                self.console.paste(&line);
                self.follow = true;
                self.focus_input();
                true
            }
            Msg::RunCommand(line) => {
                self.console.set_line(&line);
                self.console.key(Key::Enter);
                self.after_input(ctx);
                self.focus_input();
                true
            }
            Msg::SetTutorialProgress(value) => {
                self.tutorial_progress = Rc::new(value);
                self.save(ctx);
                true
            }
            Msg::ReplaceSession(session, notice) => {
                let Some(session) = session.borrow_mut().take() else {
                    return false;
                };
                self.console.replace_session(session, &notice);
                self.edit_generation += 1;
                self.follow = true;
                self.save(ctx);
                self.focus_input();
                true
            }
            Msg::TerminalNotice(notice) => {
                self.console.notice(&notice);
                self.follow = true;
                true
            }
            Msg::SaveNow => {
                self.save(ctx);
                false
            }
            Msg::HashChanged => match storage::share_from_location() {
                Some(Ok((seed, inputs))) => {
                    storage::clear_fragment();
                    let console =
                        Console::replay(seed, &inputs, history_of(&inputs), self.columns());
                    let aside = storage::set_aside_current(&ctx.props().storage_key);
                    self.replace_console(console);
                    self.tutorial_progress = Rc::new(serde_json::Value::Null);
                    self.notice(Text::ShareOpened, "", false);
                    if let Some(aside) = aside {
                        self.notice(Text::PreviousKeptAside, aside, false);
                    }
                    self.save(ctx);
                    self.focus_input();
                    true
                }
                Some(Err(reason)) => {
                    storage::clear_fragment();
                    self.notice(Text::ShareDamaged, reason, true);
                    true
                }
                None => false,
            },
            Msg::FinishEdit(saved) => {
                self.console.finish_edit(saved);
                self.edit_generation += 1;
                self.after_input(ctx);
                true
            }
        }
    }

    fn rendered(&mut self, ctx: &Context<Self>, first_render: bool) {
        if first_render {
            self.focus_input();
            self.attach_listeners(ctx);
            // A shared session becomes the learner's own at once.
            self.save(ctx);
            // For measurements: when the prompt is ready and focused (ms since navigation).
            if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
                let _ = performance.mark("kubeplay:prompt-focused");
            }
            if let Some(root) = gloo::utils::document().document_element() {
                let _ = root.set_attribute("lang", self.lang.code());
            }
        }
        let editing = self.console.session.borrow().edit_request().is_some();
        if std::mem::replace(&mut self.editor_shown, editing) && !editing {
            self.focus_input();
        }
        if self.needs_measure {
            self.needs_measure = false;
            if self.measure() {
                ctx.link().send_message(Msg::Scroll);
            }
        }
        if let Some(root) = gloo::utils::document().document_element() {
            if root.get_attribute("lang").as_deref() != Some(self.lang.code()) {
                let _ = root.set_attribute("lang", self.lang.code());
            }
        }
        if self.follow {
            if let Some(screen) = self.screen_ref.cast::<HtmlElement>() {
                screen.set_scroll_top(screen.scroll_height());
            }
        }
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        let lang = self.lang;
        let row_height = self.row_height();
        let style = format!(
            "--term-font:{}px;--row-h:{}px",
            self.prefs.font_px, row_height
        );
        html! {
            <div class="playground" style={style}>
                { self.view_toolbar(ctx) }
                { self.view_notices(ctx) }
                { self.view_confirm_reset(ctx) }
                { self.view_share(ctx) }
                <ContextProvider<PlaygroundContext> context={self.context_value(ctx)}>
                    <div class="panes">
                        <aside class="pane tutorial-pane" aria-label={t(lang, Text::TutorialPane)}>
                            { ctx.props().tutorial.clone() }
                        </aside>
                        <section class="pane terminal-pane" aria-label="Terminal">
                            { self.view_terminal(ctx) }
                            { self.view_editor(ctx) }
                        </section>
                        <aside class="pane cluster-pane" aria-label={t(lang, Text::ClusterPane)}>
                            { ctx.props().cluster.clone() }
                        </aside>
                    </div>
                </ContextProvider<PlaygroundContext>>
            </div>
        }
    }
}

impl Playground {
    fn attach_listeners(&mut self, ctx: &Context<Self>) {
        let window = gloo::utils::window();
        let resize = ctx.link().callback(|_: ()| Msg::Resize);
        let save = ctx.link().callback(|_: ()| Msg::SaveNow);
        let save_on_hide = save.clone();
        let hash_changed = ctx.link().callback(|_: ()| Msg::HashChanged);
        let mut listeners = vec![
            EventListener::new(&window, "resize", move |_| resize.emit(())),
            EventListener::new(&window, "pagehide", move |_| save.emit(())),
            EventListener::new(&window, "hashchange", move |_| hash_changed.emit(())),
            EventListener::new(&gloo::utils::document(), "visibilitychange", move |_| {
                if gloo::utils::document().hidden() {
                    save_on_hide.emit(());
                }
            }),
            type_anywhere(ctx.link().callback(Msg::PaletteKey)),
        ];
        if let Some(input) = self.input_ref.cast::<HtmlElement>() {
            let start = ctx.link().callback(|_: ()| Msg::CompositionStart);
            let update = ctx.link().callback(Msg::CompositionUpdate);
            let end = ctx.link().callback(Msg::CompositionEnd);
            let data = |event: &Event| {
                event
                    .dyn_ref::<web_sys::CompositionEvent>()
                    .and_then(|e| e.data())
                    .unwrap_or_default()
            };
            listeners.push(EventListener::new(&input, "compositionstart", move |_| {
                start.emit(())
            }));
            listeners.push(EventListener::new(
                &input,
                "compositionupdate",
                move |event| update.emit(data(event)),
            ));
            listeners.push(EventListener::new(&input, "compositionend", move |event| {
                end.emit(data(event))
            }));
        }
        self.listeners = listeners;
    }

    fn view_toolbar(&self, ctx: &Context<Self>) -> Html {
        let lang = self.lang;
        let link = ctx.link();
        let session = self.console.session.borrow();
        let now = session.cluster.now();
        let has_next = session.next_event_time().is_some();
        drop(session);
        let clock = now.rfc3339();
        let shown = clock.replace('T', " ").trim_end_matches('Z').to_string();
        let speed_button = |speed: u32| {
            let pressed = self.prefs.speed == speed;
            let (label, title) = match speed {
                0 => (pause_icon(), t(lang, Text::Pause).to_string()),
                n => (
                    html! { { format!("{n}×") } },
                    format!("{} {n}×", t(lang, Text::Speed)),
                ),
            };
            html! {
                <button type="button" class="speed" data-speed={speed.to_string()} aria-pressed={pressed.to_string()}
                    title={title.clone()} aria-label={title} onclick={link.callback(move |_| Msg::SetSpeed(speed))}>{ label }</button>
            }
        };
        let on_import = link.callback(|event: Event| {
            let file = event
                .target_dyn_into::<HtmlInputElement>()
                .and_then(|input| {
                    let file = input.files().and_then(|files| files.get(0));
                    input.set_value("");
                    file
                });
            Msg::ImportFile(file)
        });
        html! {
            <header class="topbar">
                <div class="brand">
                    <span class="logo" aria-hidden="true">{ "⎈" }</span>
                    <h1>{ t(lang, Text::Title) }</h1>
                    <span class="tagline">{ t(lang, Text::Tagline) }</span>
                </div>
                <div class="tools clock" role="group" aria-label={t(lang, Text::SimTime)}>
                    <span class="simtime" title={t(lang, Text::SimTime)}>
                        <span class="label">{ t(lang, Text::SimTime) }</span>
                        <time datetime={clock.clone()}>{ shown }</time>
                    </span>
                    { for SPEEDS.iter().map(|speed| speed_button(*speed)) }
                    <button type="button" class="skip" disabled={!has_next}
                        title={if has_next { t(lang, Text::SkipToNextHint) } else { t(lang, Text::NothingScheduled) }}
                        onclick={link.callback(|_| Msg::SkipToNext)}>{ t(lang, Text::SkipToNext) }{ skip_icon() }</button>
                </div>
                <div class="tools-row">
                <div class="tools session" role="group" aria-label={t(lang, Text::Session)}>
                    <button type="button" onclick={link.callback(|_| Msg::Reset)}>{ t(lang, Text::Reset) }</button>
                    <button type="button" onclick={link.callback(|_| Msg::Export)}>{ t(lang, Text::Export) }</button>
                    <label class="button file">
                        { t(lang, Text::Import) }
                        <input type="file" accept=".json,application/json" onchange={on_import} />
                    </label>
                    <button type="button" onclick={link.callback(|_| Msg::Share)}>{ t(lang, Text::Share) }</button>
                </div>
                <div class="tools view" role="group">
                    <button type="button" aria-label={t(lang, Text::FontSmaller)} title={t(lang, Text::FontSmaller)}
                        onclick={link.callback(|_| Msg::FontSize(-1))}>{ "A−" }</button>
                    <button type="button" aria-label={t(lang, Text::FontLarger)} title={t(lang, Text::FontLarger)}
                        onclick={link.callback(|_| Msg::FontSize(1))}>{ "A+" }</button>
                    <button type="button" class="language" lang={lang.other().code()} onclick={link.callback(move |_| Msg::SetLang(lang.other()))}>
                        { t(lang, Text::Language) }
                    </button>
                </div>
                </div>
            </header>
        }
    }

    fn view_notices(&self, ctx: &Context<Self>) -> Html {
        if self.notices.is_empty() {
            return html! {};
        }
        let lang = self.lang;
        html! {
            <div class="notices" role="status">
                { for self.notices.iter().enumerate().map(|(index, notice)| html! {
                    <div class={classes!("notice", notice.warning.then_some("warning"))}>
                        <span>{ t(lang, notice.text) }</span>
                        if !notice.detail.is_empty() {
                            { " " }<code>{ notice.detail.clone() }</code>
                        }
                        <button type="button" class="dismiss" aria-label={t(lang, Text::Dismiss)}
                            onclick={ctx.link().callback(move |_| Msg::Dismiss(index))}>{ "×" }</button>
                    </div>
                }) }
            </div>
        }
    }

    fn view_confirm_reset(&self, ctx: &Context<Self>) -> Html {
        if !self.confirm_reset {
            return html! {};
        }
        let lang = self.lang;
        html! {
            <div class="share confirm" role="alertdialog" aria-label={t(lang, Text::Reset)}>
                <p>{ t(lang, Text::ResetConfirm) }</p>
                <button type="button" class="danger" onclick={ctx.link().callback(|_| Msg::ConfirmReset(true))}>
                    { t(lang, Text::ResetYes) }
                </button>
                <button type="button" onclick={ctx.link().callback(|_| Msg::ConfirmReset(false))}>
                    { t(lang, Text::Cancel) }
                </button>
            </div>
        }
    }

    fn view_share(&self, ctx: &Context<Self>) -> Html {
        let Some(url) = &self.share_url else {
            return html! {};
        };
        let lang = self.lang;
        let select = Callback::from(|event: FocusEvent| {
            if let Some(input) = event.target_dyn_into::<HtmlInputElement>() {
                input.select();
            }
        });
        html! {
            <div class="share" role="dialog" aria-label={t(lang, Text::Share)}>
                <p>{ t(lang, Text::ShareCopyHint) }</p>
                <input class="share-url" type="text" readonly=true value={url.clone()} onfocus={select} />
                <button type="button" onclick={ctx.link().callback(|_| Msg::CloseShare)}>{ t(lang, Text::Close) }</button>
            </div>
        }
    }

    fn view_terminal(&self, ctx: &Context<Self>) -> Html {
        let lang = self.lang;
        let link = ctx.link();
        // The default action must be prevented while the event is dispatched, so the mapping
        // happens here and not in `update` (which Yew may run later).
        let onkeydown = link.batch_callback(|event: KeyboardEvent| {
            let press = KeyPress::from_event(&event);
            // Let the browser copy a selection with Ctrl+C.
            let has_selection = web_sys::window()
                .and_then(|w| w.get_selection().ok().flatten())
                .map(|s| !s.is_collapsed())
                .unwrap_or(false);
            if has_selection && press.ctrl && press.key.eq_ignore_ascii_case("c") {
                return None;
            }
            // Cmd+Z / Cmd+Shift+Z: the terminal has nothing to undo, and the browser's undo
            // would reach back to the page's last edit elsewhere (the cluster picture's filter).
            if press.meta && press.key.eq_ignore_ascii_case("z") {
                event.prevent_default();
                return None;
            }
            let key = map_key(&press)?;
            event.prevent_default();
            Some(Msg::Key(key))
        });
        let onpaste = link.callback(|event: Event| {
            event.prevent_default();
            let text = event
                .dyn_ref::<web_sys::ClipboardEvent>()
                .and_then(|e| e.clipboard_data())
                .and_then(|data| data.get_data("text").ok())
                .unwrap_or_default();
            Msg::Paste(text)
        });
        let oninput = link.callback(Msg::Input);
        // Focus synchronously, inside the tap's handler: mobile browsers open the on-screen
        // keyboard only for a focus made by a user gesture.
        let onclick = focus_callback(&self.input_ref, &self.selection_before_click);
        let onmousedown = note_selection(&self.selection_before_click);
        let onscroll = link.callback(|_: Event| Msg::Scroll);
        let busy = self.console.is_busy();
        // Under the editor pane the terminal takes neither focus nor clicks.
        let inert = self.console.session.borrow().edit_request().is_some();
        let row_height = self.row_height();
        let total = self.console.scrollback.row_count();
        let (start, end) = self.visible_window();
        let top = start as f64 * row_height;
        let bottom = (total - end) as f64 * row_height;
        let bell = if self.console.bell() % 2 == 1 {
            "bell-odd"
        } else if self.console.bell() > 0 {
            "bell-even"
        } else {
            ""
        };
        html! {
            <>
            <div class={classes!("terminal", bell)} onmousedown={onmousedown} onclick={onclick} inert={inert}>
                <div class="screen" ref={self.screen_ref.clone()} onscroll={onscroll}>
                    <div class="rows" ref={self.rows_ref.clone()} role="log" aria-label={t(lang, Text::TerminalOutput)}
                        aria-live="off" data-rows={total.to_string()} data-columns={self.columns().to_string()}>
                        <div class="spacer" style={format!("height:{top}px")}></div>
                        { for (start..end).zip(self.console.scrollback.rows(start, end).iter()).map(|(index, row)| view_row(index, row)) }
                        <div class="spacer" style={format!("height:{bottom}px")}></div>
                    </div>
                    if busy {
                        <div class="status" aria-live="off">
                            <span class="spinner" aria-hidden="true"></span>
                            <span class="running">{ t(lang, Text::Running) }</span>
                        </div>
                        { for self.console.queued().map(|line| html! { <div class="typeahead">{ line.clone() }</div> }) }
                    }
                    { self.view_prompt_line(busy) }
                </div>
                <span class="probe" ref={self.probe_ref.clone()} aria-hidden="true">{ "0000000000" }</span>
                <textarea class="keyboard" ref={self.input_ref.clone()} rows="1"
                    aria-label={t(lang, Text::TerminalInput)} autocapitalize="off" autocomplete="off"
                    autocorrect="off" spellcheck="false" enterkeyhint="send"
                    onkeydown={onkeydown} onpaste={onpaste} oninput={oninput} />
                if !self.follow {
                    <button type="button" class="jump" onclick={link.callback(|event: MouseEvent| { event.stop_propagation(); Msg::ScrollToBottom })}>
                        { t(lang, Text::ScrolledUp) }
                    </button>
                }
            </div>
            <div class="sr-only" aria-live="polite" aria-atomic="true">{ self.console.announcement().to_string() }</div>
            { self.view_palette(ctx, inert) }
            </>
        }
    }

    /// The editor pane over the terminal while a command waits on the terminal's editor.
    fn view_editor(&self, ctx: &Context<Self>) -> Html {
        let Some(request) = self.console.edit_request() else {
            return html! {};
        };
        html! {
            <EditorPane key={self.edit_generation.to_string()} request={request} lang={self.lang}
                text_ref={self.editor_ref.clone()} on_close={ctx.link().callback(Msg::FinishEdit)} />
        }
    }

    fn view_prompt_line(&self, busy: bool) -> Html {
        let rendered = self.console.editor().render();
        let searching = rendered.prompt_override.is_some();
        let prompt = if busy && !searching {
            String::new()
        } else {
            self.console.prompt()
        };
        if busy && rendered.before_cursor.is_empty() && rendered.under_cursor.is_none() {
            return html! { <div class="prompt-line empty" aria-hidden="true"></div> };
        }
        let cursor = rendered
            .under_cursor
            .map(|c| display_text(&c.to_string()))
            .unwrap_or_else(|| " ".to_string());
        let escape = self.console.escape_pending().then_some("escape");
        html! {
            <div class={classes!("prompt-line", escape)} aria-hidden="true">
                <span class="p">{ prompt }</span>
                <span class="c">{ display_text(&rendered.before_cursor) }</span>
                if !self.preedit.is_empty() {
                    <span class="preedit">{ self.preedit.clone() }</span>
                }
                <span class="cursor">{ cursor }</span>
                <span class="c">{ display_text(&rendered.after_cursor) }</span>
            </div>
        }
    }

    fn view_palette(&self, ctx: &Context<Self>, inert: bool) -> Html {
        let lang = self.lang;
        let link = ctx.link();
        let keep_focus = Callback::from(|event: PointerEvent| event.prevent_default());
        let button = |label: &'static str, aria: &'static str, key: Key| {
            let key = key.clone();
            html! {
                <button type="button" aria-label={aria} onpointerdown={keep_focus.clone()}
                    onclick={link.callback(move |_| Msg::PaletteKey(key.clone()))}>{ label }</button>
            }
        };
        html! {
            <div class="palette" role="toolbar" aria-label={t(lang, Text::Palette)} inert={inert}>
                { button("Tab", "Tab", Key::Tab) }
                { button("^C", "Ctrl+C", Key::Ctrl('c')) }
                { button("^D", "Ctrl+D", Key::Ctrl('d')) }
                { button("Esc", "Escape", Key::Escape) }
                { button("^R", "Ctrl+R", Key::Ctrl('r')) }
                { button("←", "Left", Key::Left) }
                { button("→", "Right", Key::Right) }
                { button("↑", "Up", Key::Up) }
                { button("↓", "Down", Key::Down) }
                { button("-", "-", Key::Char('-')) }
                { button("|", "|", Key::Char('|')) }
                <button type="button" class="kbd" onclick={always_focus(&self.input_ref)}>
                    { "⌨ " }{ t(lang, Text::ShowKeyboard) }
                </button>
            </div>
        }
    }
}

/// Typing while a button has the focus (after a click on the clock's speeds, Export, the
/// language, a tutorial button) or nothing has: a character key goes to the terminal, which
/// takes the focus back, instead of being lost (and the Enter after it pressing the button
/// again). Enter, Space and shortcuts stay the button's; fields, the editor pane and dialogs
/// keep their keys.
fn type_anywhere(typed: Callback<Key>) -> EventListener {
    let options = gloo::events::EventListenerOptions::enable_prevent_default();
    EventListener::new_with_options(&gloo::utils::document(), "keydown", options, move |event| {
        let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
            return;
        };
        let press = KeyPress::from_event(event);
        if press.ctrl || press.alt || press.meta || press.key == " " {
            return;
        }
        let on_button_or_nothing = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|element| {
                matches!(
                    element.tag_name().as_str(),
                    "BUTTON" | "SUMMARY" | "BODY" | "HTML"
                ) && element
                    .closest(
                        ".editor-pane, .share, .panic-overlay, [role=dialog], [role=alertdialog]",
                    )
                    .ok()
                    .flatten()
                    .is_none()
            });
        let editing = gloo::utils::document()
            .query_selector(".editor-pane")
            .ok()
            .flatten()
            .is_some();
        if !on_button_or_nothing || editing {
            return;
        }
        if let Some(key @ Key::Char(_)) = map_key(&press) {
            event.prevent_default();
            typed.emit(key);
        }
    })
}

/// A click handler that focuses the terminal input (the palette's keyboard button says so).
fn always_focus(input: &NodeRef) -> Callback<MouseEvent> {
    let input = input.clone();
    Callback::from(move |_: MouseEvent| {
        if let Some(input) = input.cast::<HtmlElement>() {
            let _ = input.focus();
        }
    })
}

/// The text selected in the page, if any.
fn selected_text() -> Option<String> {
    let selection = web_sys::window()?.get_selection().ok().flatten()?;
    if selection.is_collapsed() {
        return None;
    }
    Some(String::from(selection.to_string()))
}

/// A `mousedown` handler that notes what was selected before the click (see
/// [`focus_callback`]).
fn note_selection(before: &Rc<RefCell<Option<String>>>) -> Callback<MouseEvent> {
    let before = before.clone();
    Callback::from(move |_: MouseEvent| *before.borrow_mut() = selected_text())
}

/// A click handler that focuses the terminal input at once, unless the click selected text
/// (a drag or a double click over the output, to copy it). A selection that was there
/// before the click (the page's Ctrl+A, text copied a moment ago) does not keep the
/// terminal from taking the focus: clicking it to type must work the first time.
fn focus_callback(input: &NodeRef, before: &Rc<RefCell<Option<String>>>) -> Callback<MouseEvent> {
    let input = input.clone();
    let before = before.clone();
    Callback::from(move |_: MouseEvent| {
        let selected = selected_text();
        let made_by_this_click = selected.is_some() && selected != before.borrow_mut().take();
        if !made_by_this_click {
            if let Some(input) = input.cast::<HtmlElement>() {
                let _ = input.focus();
            }
        }
    })
}

fn pause_icon() -> Html {
    html! {
        <svg class="icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
            <rect x="3" y="2" width="3.5" height="12" fill="currentColor" />
            <rect x="9.5" y="2" width="3.5" height="12" fill="currentColor" />
        </svg>
    }
}

fn skip_icon() -> Html {
    html! {
        <svg class="icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
            <path d="M2 2 L10 8 L2 14 Z" fill="currentColor" />
            <rect x="11" y="2" width="3" height="12" fill="currentColor" />
        </svg>
    }
}

fn view_row(index: usize, row: &Row) -> Html {
    html! {
        <div class="row" key={index} data-line={row.line_id.to_string()}>{ for row.spans.iter().map(view_span) }</div>
    }
}

fn view_span(span: &Span) -> Html {
    let mut class = span.style.classes();
    let mut style = span.style.inline_css();
    if span.wide {
        class.push_str(" w");
        style.push_str(&format!("width:{}ch", span.cells));
    }
    if style.is_empty() {
        html! { <span class={class}>{ span.text.clone() }</span> }
    } else {
        html! { <span class={class} style={style}>{ span.text.clone() }</span> }
    }
}
