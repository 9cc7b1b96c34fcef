//! The tutorial pane beside the terminal: the list of sections with their progress, the step
//! being read (Markdown whose shell lines type themselves into the terminal when clicked), the
//! live status of its goal, the hint and then the solution, previous/next, resetting the step,
//! the explanation of an anticipated mistake, and free play (no tutorial).
//!
//! It reads the terminal's `Session` through [`PlaygroundContext`]: it checks the step
//! (`Progress::observe`) whenever the context changes (a command ran, time passed), asks the
//! playground to replace the session when a step is jumped to or reset
//! (`Tutorial::session_at`), and to type a clicked command. Progress is saved with the session
//! through `set_tutorial_progress` (so it survives a reload together with it); the completed
//! steps of every tutorial stay in `localStorage` (`store`); the URL fragment names the section
//! (`#/3.4`). The pane speaks the page's language (the top bar's switch).

pub mod i18n;
pub mod store;

use crate::markdown::Markdown;
use crate::playground::{ContextChanges, PlaygroundContext, ReplacementSession};
use gloo::events::EventListener;
use i18n::{lang_code, tr, Ui};
use kubeplay_core::session::Session;
use kubeplay_core::tutorial::{builtin, Lang, Progress, Tutorial};
use std::cell::RefCell;
use std::rc::Rc;
use store::{DoneMap, Route, SavedActive};
use yew::context::ContextHandle;
use yew::prelude::*;

/// Messages of the pane.
pub enum Msg {
    /// After the first render: follow the URL fragment or restore what was saved.
    Init,
    /// The playground's context changed (the session may have).
    Context(PlaygroundContext),
    /// The URL fragment changed.
    HashChanged,
    /// Open the tutorial at this index of the list.
    Open(usize),
    FreePlay,
    /// Show step `n` (jumping there if it is past the current one).
    View(usize),
    Next,
    Previous,
    ResetStep,
    RevealHint,
    RevealSolution,
    /// Type a command into the terminal.
    Type(String),
}

/// The tutorial being followed.
struct Active {
    /// Index into the tutorial list.
    tutorial: usize,
    progress: Progress,
    /// The step shown (at most `progress.current`, and a valid index).
    view: usize,
    /// Per step: 0 nothing, 1 the hint shown, 2 the solution shown too.
    revealed: Vec<u8>,
    /// An anticipated mistake of the last command: (step, mistake index).
    mistake: Option<(usize, usize)>,
    /// The command number the mistake was made by.
    mistake_at: u64,
    /// The step completed last, for the green banner (cleared by navigation).
    just_completed: Option<usize>,
    /// The last command number seen (saving happens when it moves).
    last_command: u64,
}

/// The pane.
pub struct TutorialPane {
    context: Option<PlaygroundContext>,
    /// A session handed to the playground and not yet taken (observing waits for it).
    pending: Option<ReplacementSession>,
    tutorials: Rc<Vec<Tutorial>>,
    load_errors: Vec<String>,
    active: Option<Active>,
    done: DoneMap,
    error: Option<String>,
    _context_handle: Option<ContextHandle<PlaygroundContext>>,
    _hash_listener: Option<EventListener>,
}

fn current_hash() -> String {
    web_sys::window()
        .and_then(|window| window.location().hash().ok())
        .unwrap_or_default()
}

fn set_hash(route: &Route) {
    let wanted = store::fragment(route);
    if current_hash() != wanted {
        if let Some(window) = web_sys::window() {
            let _ = window.location().set_hash(&wanted);
        }
    }
}

impl TutorialPane {
    /// The page's language (English until the playground's context arrives).
    fn lang(&self) -> Lang {
        match self.context.as_ref().map(|context| context.lang) {
            Some(crate::i18n::Lang::Ja) => Lang::Ja,
            _ => Lang::En,
        }
    }

    fn tutorial(&self) -> Option<(&Tutorial, &Active)> {
        let active = self.active.as_ref()?;
        Some((self.tutorials.get(active.tutorial)?, active))
    }

    /// Saves the open tutorial with its session, and the completed steps.
    fn save(&mut self) {
        let Some(active) = &self.active else {
            return;
        };
        let Some(tutorial) = self.tutorials.get(active.tutorial) else {
            return;
        };
        self.done
            .insert(tutorial.id.clone(), active.progress.done.clone());
        store::store_done(&self.done);
        let Some(context) = &self.context else {
            return;
        };
        let saved = SavedActive {
            version: store::SAVED_VERSION,
            tutorial: tutorial.id.clone(),
            current: active.progress.current,
            view: active.view,
            done: active.progress.done.clone(),
            revealed: active.revealed.clone(),
            // The playground saves the session itself, with this progress.
            session: String::new(),
        };
        context.set_tutorial_progress.emit(saved.to_value());
    }

    /// The progress saved with the session, if any.
    fn saved_active(&self) -> Option<SavedActive> {
        let context = self.context.as_ref()?;
        SavedActive::from_value(&context.tutorial_progress)
    }

    /// Hands `session` to the playground, which shows `notice` in the terminal.
    fn replace_session(&mut self, session: Session, notice: String) -> bool {
        let Some(context) = &self.context else {
            return false;
        };
        let slot: ReplacementSession = Rc::new(RefCell::new(Some(session)));
        self.pending = Some(slot.clone());
        context.replace_session.emit((slot, notice));
        true
    }

    /// Follows a route: opens a tutorial (restoring it if it was saved), or free play.
    fn follow(&mut self, route: Route) {
        match route {
            Route::Default => {
                let saved = self.saved_active();
                match saved.and_then(|saved| self.index_of(&saved.tutorial)) {
                    Some(index) => self.open(index, None),
                    None => self.active = None,
                }
            }
            Route::Free => self.free_play(),
            Route::Tutorial { id, step } => {
                let Some(index) = self.index_of(&id) else {
                    self.error = Some(format!("#/{id}?"));
                    return;
                };
                let step_index = step.and_then(|step| {
                    self.tutorials
                        .get(index)
                        .and_then(|t| t.steps.iter().position(|s| s.id == step))
                });
                if let Some(active) = &self.active {
                    if active.tutorial == index
                        && step_index.is_none_or(|step| step <= active.progress.current)
                    {
                        if let (Some(step), Some(active)) = (step_index, self.active.as_mut()) {
                            active.view = step;
                        }
                        return;
                    }
                }
                self.open(index, step_index);
            }
        }
    }

    fn index_of(&self, id: &str) -> Option<usize> {
        self.tutorials.iter().position(|t| t.id == id)
    }

    /// Opens tutorial `index`: restores the saved progress when it is that tutorial's (and no
    /// step is asked for), else prepares a fresh session at `step` (default the first).
    fn open(&mut self, index: usize, step: Option<usize>) {
        let Some(tutorial) = self.tutorials.get(index) else {
            return;
        };
        set_hash(&Route::Tutorial {
            id: tutorial.id.clone(),
            step: None,
        });
        if step.is_none() {
            if self.active.as_ref().is_some_and(|a| a.tutorial == index) {
                return;
            }
            if let Some(saved) = self.saved_active().filter(|s| s.tutorial == tutorial.id) {
                if self.restore(index, &saved) {
                    return;
                }
            }
        }
        self.start_at(index, step.unwrap_or(0));
    }

    fn restore(&mut self, index: usize, saved: &SavedActive) -> bool {
        let Some(tutorial) = self.tutorials.get(index) else {
            return false;
        };
        let Some(context) = &self.context else {
            return false;
        };
        let Ok(session) = context.session.try_borrow() else {
            return false;
        };
        let steps = tutorial.steps.len();
        let current = saved.current.min(steps);
        let mut progress = Progress::new(tutorial, current, &session);
        for (flag, saved) in progress.done.iter_mut().zip(&saved.done) {
            *flag = *saved;
        }
        let mut revealed = saved.revealed.clone();
        revealed.resize(steps, 0);
        let last_command = session.last_command().map(|r| r.number).unwrap_or(0);
        drop(session);
        self.active = Some(Active {
            tutorial: index,
            progress,
            view: saved.view.min(current).min(steps.saturating_sub(1)),
            revealed,
            mistake: None,
            mistake_at: 0,
            just_completed: None,
            last_command,
        });
        self.error = None;
        true
    }

    /// Prepares a fresh session at `step` of tutorial `index` and shows that step.
    fn start_at(&mut self, index: usize, step: usize) {
        let Some(tutorial) = self.tutorials.get(index) else {
            return;
        };
        let steps = tutorial.steps.len();
        let step = step.min(steps);
        let session = match tutorial.session_at(step, true) {
            Ok(session) => session,
            Err(error) => {
                self.error = Some(format!("{}: {error}", tr(Ui::CouldNotPrepare, self.lang())));
                return;
            }
        };
        let earned = self.done.get(&tutorial.id).cloned().unwrap_or_default();
        let mut progress = Progress::new(tutorial, step, &session);
        for (i, flag) in progress.done.iter_mut().enumerate() {
            *flag = i != step && earned.get(i).copied().unwrap_or(false);
        }
        let revealed = match &self.active {
            Some(active) if active.tutorial == index => active.revealed.clone(),
            _ => vec![0; steps],
        };
        let last_command = session.last_command().map(|r| r.number).unwrap_or(0);
        let step_title = tutorial
            .steps
            .get(step)
            .map(|s| format!(" {}/{}: {}", step + 1, steps, s.title.get(self.lang())))
            .unwrap_or_default();
        let notice = format!(
            "{}{step_title} — {}",
            tutorial.title.get(self.lang()),
            tr(Ui::Prepared, self.lang())
        );
        if !self.replace_session(session, notice) {
            return;
        }
        self.active = Some(Active {
            tutorial: index,
            progress,
            view: step.min(steps.saturating_sub(1)),
            revealed,
            mistake: None,
            mistake_at: 0,
            just_completed: None,
            last_command,
        });
        self.error = None;
        self.save();
    }

    /// Closes the tutorial; the cluster stays as it is.
    fn free_play(&mut self) {
        set_hash(&Route::Free);
        if self.active.take().is_some() {
            if let Some(context) = &self.context {
                context.set_tutorial_progress.emit(serde_json::Value::Null);
                context
                    .notice
                    .emit(tr(Ui::FreePlayNotice, self.lang()).to_string());
            }
        }
    }

    /// Checks the current step against the session; whether anything shown changed.
    fn observe(&mut self) -> bool {
        let Some(active) = self.active.as_mut() else {
            return false;
        };
        let Some(tutorial) = self.tutorials.get(active.tutorial) else {
            return false;
        };
        if let Some(pending) = &self.pending {
            if pending.borrow().is_some() {
                return false;
            }
        }
        self.pending = None;
        let Some(context) = &self.context else {
            return false;
        };
        let Ok(mut session) = context.session.try_borrow_mut() else {
            return false;
        };
        let was_current = active.progress.current;
        let observation = active.progress.observe(tutorial, &mut session);
        let number = session.last_command().map(|r| r.number).unwrap_or(0);
        drop(session);
        let mut changed = false;
        let mut save = false;
        if let Some(done) = observation.completed {
            changed = true;
            save = true;
            active.just_completed = Some(done);
            active.mistake = None;
            // Follow the learner to the next step if they were looking at the one just done.
            if active.view == was_current && done + 1 < tutorial.steps.len() {
                active.view = done + 1;
            }
        }
        if let Some(mistake) = observation.mistake {
            active.mistake = Some(mistake);
            active.mistake_at = number;
            changed = true;
        } else if active.mistake.is_some() && number > active.mistake_at {
            active.mistake = None;
            changed = true;
        }
        if number != active.last_command {
            active.last_command = number;
            save = true;
        }
        if save {
            self.save();
        }
        changed
    }

    fn reveal(&mut self, level: u8) {
        if let Some(active) = self.active.as_mut() {
            if let Some(shown) = active.revealed.get_mut(active.view) {
                if level == 1 || *shown >= 1 {
                    *shown = (*shown).max(level);
                }
            }
        }
        self.save();
    }

    fn view_step(&mut self, step: usize) {
        let Some(active) = self.active.as_mut() else {
            return;
        };
        active.just_completed = None;
        if step <= active.progress.current {
            let steps = self
                .tutorials
                .get(active.tutorial)
                .map(|t| t.steps.len())
                .unwrap_or(0);
            active.view = step.min(steps.saturating_sub(1));
            self.save();
        } else {
            let index = active.tutorial;
            self.start_at(index, step);
        }
    }
}

impl Component for TutorialPane {
    type Message = Msg;
    type Properties = ();

    fn create(ctx: &Context<Self>) -> Self {
        let (context, context_handle) = match ctx
            .link()
            .context::<PlaygroundContext>(ctx.link().callback(Msg::Context))
        {
            Some((context, handle)) => (Some(context), Some(handle)),
            None => (None, None),
        };
        let mut tutorials = Vec::new();
        let mut load_errors = Vec::new();
        for result in builtin() {
            match result {
                Ok(tutorial) => tutorials.push(tutorial),
                Err(error) => load_errors.push(error.to_string()),
            }
        }
        let hash_listener = web_sys::window().map(|window| {
            let link = ctx.link().clone();
            EventListener::new(&window, "hashchange", move |_| {
                link.send_message(Msg::HashChanged)
            })
        });
        ctx.link().send_message(Msg::Init);
        TutorialPane {
            context,
            pending: None,
            tutorials: Rc::new(tutorials),
            load_errors,
            active: None,
            done: store::load_done(),
            error: None,
            _context_handle: context_handle,
            _hash_listener: hash_listener,
        }
    }

    fn update(&mut self, _ctx: &Context<Self>, msg: Msg) -> bool {
        match msg {
            Msg::Init | Msg::HashChanged => {
                self.follow(store::parse_fragment(&current_hash()));
                true
            }
            Msg::Context(context) => {
                let ContextChanges {
                    session_replaced: replaced,
                    relabelled,
                } = context.changes_from(self.context.as_ref());
                self.context = Some(context);
                if replaced {
                    // Reset or import: a new session with its own progress.
                    self.active = None;
                    self.pending = None;
                    self.follow(Route::Default);
                    return true;
                }
                self.observe() || relabelled
            }
            Msg::Open(index) => {
                self.open(index, None);
                true
            }
            Msg::FreePlay => {
                self.free_play();
                true
            }
            Msg::View(step) => {
                self.view_step(step);
                true
            }
            Msg::Next => {
                if let Some(active) = &self.active {
                    let next = active.view + 1;
                    self.view_step(next);
                }
                true
            }
            Msg::Previous => {
                if let Some(active) = &self.active {
                    let previous = active.view.saturating_sub(1);
                    self.view_step(previous);
                }
                true
            }
            Msg::ResetStep => {
                if let Some(active) = &self.active {
                    let (index, view) = (active.tutorial, active.view);
                    self.start_at(index, view);
                }
                true
            }
            Msg::RevealHint => {
                self.reveal(1);
                true
            }
            Msg::RevealSolution => {
                self.reveal(2);
                true
            }
            Msg::Type(command) => {
                if let Some(context) = &self.context {
                    context.type_command.emit(command);
                }
                false
            }
        }
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        let lang = self.lang();
        html! {
            <aside class="tutorial-pane" lang={lang_code(lang)} aria-label={tr(Ui::Tutorials, lang)}>
                <header class="tutorial-header">
                    <h2>{ tr(Ui::Tutorials, lang) }</h2>
                </header>
                { self.view_sections(ctx) }
                if let Some(error) = &self.error {
                    <p class="tutorial-error" role="alert">{ error.clone() }</p>
                }
                { for self.load_errors.iter().map(|e| html! { <p class="tutorial-error">{ e.clone() }</p> }) }
                { match self.tutorial() {
                    Some((tutorial, active)) => self.view_tutorial(ctx, tutorial, active),
                    None => html! {
                        <section class="tutorial-free">
                            <h3>{ tr(Ui::FreePlay, lang) }</h3>
                            <p>{ tr(Ui::FreePlayIntro, lang) }</p>
                        </section>
                    },
                } }
            </aside>
        }
    }
}

impl TutorialPane {
    fn view_sections(&self, ctx: &Context<Self>) -> Html {
        let link = ctx.link();
        let lang = self.lang();
        let active_index = self.active.as_ref().map(|a| a.tutorial);
        html! {
            <details class="tutorial-sections" open={self.active.is_none()}>
                <summary>{ tr(Ui::Sections, lang) }</summary>
                <ul>
                    { for self.tutorials.iter().enumerate().map(|(index, tutorial)| {
                        let done = self.done.get(&tutorial.id).map(|d| d.iter().filter(|x| **x).count()).unwrap_or(0);
                        let total = tutorial.steps.len();
                        let class = classes!(
                            "tutorial-section",
                            (active_index == Some(index)).then_some("active"),
                            (done == total && total > 0).then_some("finished"),
                        );
                        html! {
                            <li class={class} data-id={tutorial.id.clone()}>
                                <a href={format!("#/{}", tutorial.id)} onclick={link.callback(move |e: MouseEvent| { e.prevent_default(); Msg::Open(index) })}>
                                    <span class="title">{ tutorial.title.get(lang) }</span>
                                    <span class="count">{ format!("{done}/{total}") }</span>
                                </a>
                            </li>
                        }
                    }) }
                    <li class={classes!("tutorial-section", "free", self.active.is_none().then_some("active"))}>
                        <a href="#/free" onclick={link.callback(|e: MouseEvent| { e.prevent_default(); Msg::FreePlay })}>
                            <span class="title">{ tr(Ui::FreePlay, lang) }</span>
                        </a>
                    </li>
                </ul>
            </details>
        }
    }

    fn view_tutorial(&self, ctx: &Context<Self>, tutorial: &Tutorial, active: &Active) -> Html {
        let link = ctx.link();
        let lang = self.lang();
        let steps = tutorial.steps.len();
        let current = active.progress.current;
        let Some(step) = tutorial.steps.get(active.view) else {
            return html! {};
        };
        let view = active.view;
        let done = active.progress.done.get(view).copied().unwrap_or(false);
        let revealed = active.revealed.get(view).copied().unwrap_or(0);
        let on_command = link.callback(Msg::Type);
        let click_title = AttrValue::from(tr(Ui::ClickToType, lang));
        let finished = current >= steps;
        let solution_md = step
            .solution
            .iter()
            .map(|line| format!("```sh\n{line}\n```\n"))
            .collect::<String>();
        let mistake = active
            .mistake
            .and_then(|(s, m)| tutorial.steps.get(s)?.mistakes.get(m));
        html! {
            <section class="tutorial" data-tutorial={tutorial.id.clone()}>
                <h3 class="tutorial-title">{ tutorial.title.get(lang) }</h3>
                <ol class="tutorial-steps" aria-label={tr(Ui::Steps, lang)}>
                    { for tutorial.steps.iter().enumerate().map(|(index, s)| {
                        let is_done = active.progress.done.get(index).copied().unwrap_or(false);
                        let class = classes!(
                            is_done.then_some("done"),
                            (index == current).then_some("current"),
                            (index == view).then_some("viewing"),
                        );
                        html! {
                            <li class={class} data-step={s.id.clone()}>
                                <button onclick={link.callback(move |_| Msg::View(index))} title={s.title.get(lang).to_string()}
                                    aria-current={(index == view).then_some("step")}>
                                    { s.title.get(lang) }
                                </button>
                            </li>
                        }
                    }) }
                </ol>
                if let Some(completed) = active.just_completed {
                    if let Some(s) = tutorial.steps.get(completed) {
                        <p class="tutorial-banner" role="status">{ format!("✓ {}", s.title.get(lang)) }</p>
                    }
                }
                <article class={classes!("tutorial-step", done.then_some("done"))} data-step={step.id.clone()}>
                    <h4>
                        <span class="step-number">{ format!("{} {}/{}", tr(Ui::Step, lang), view + 1, steps) }</span>
                        if let Some(section) = &step.section {
                            <span class="step-section">{ section.clone() }</span>
                        }
                        <span class="step-title">{ step.title.get(lang) }</span>
                    </h4>
                    <Markdown text={step.text.get(lang).to_string()} on_command={on_command.clone()} click_title={click_title.clone()} />
                    <p class={classes!("tutorial-goal", if done { "done" } else { "pending" })} role="status" aria-live="polite">
                        <span class="label">{ tr(Ui::Goal, lang) }</span>
                        { if done { format!("✓ {}", tr(Ui::GoalDone, lang)) } else { tr(Ui::GoalPending, lang).to_string() } }
                    </p>
                    if let Some(mistake) = mistake {
                        <div class="tutorial-mistake" role="alert">
                            <strong>{ tr(Ui::Mistake, lang) }</strong>
                            <Markdown text={mistake.explain.get(lang).to_string()} on_command={on_command.clone()} click_title={click_title.clone()} />
                        </div>
                    }
                    <div class="tutorial-reveal">
                        if revealed >= 1 {
                            <div class="tutorial-hint">
                                <strong>{ tr(Ui::Hint, lang) }</strong>
                                <Markdown text={step.hint.get(lang).to_string()} on_command={on_command.clone()} click_title={click_title.clone()} />
                            </div>
                        } else {
                            <button class="show-hint" onclick={link.callback(|_| Msg::RevealHint)}>{ tr(Ui::ShowHint, lang) }</button>
                        }
                        if revealed >= 2 {
                            <div class="tutorial-solution">
                                <strong>{ tr(Ui::Solution, lang) }</strong>
                                <Markdown text={solution_md} on_command={on_command.clone()} click_title={click_title.clone()} />
                            </div>
                        } else if revealed >= 1 {
                            <button class="show-solution" onclick={link.callback(|_| Msg::RevealSolution)}>{ tr(Ui::ShowSolution, lang) }</button>
                        }
                    </div>
                </article>
                <nav class="tutorial-buttons">
                    <button class="previous" disabled={view == 0} onclick={link.callback(|_| Msg::Previous)}>{ tr(Ui::Previous, lang) }</button>
                    <button class="reset" onclick={link.callback(|_| Msg::ResetStep)}>{ tr(Ui::ResetStep, lang) }</button>
                    if view < current && view + 1 < steps {
                        <button class="next" onclick={link.callback(|_| Msg::Next)}>{ tr(Ui::Next, lang) }</button>
                    } else if view + 1 < steps {
                        <button class="next skip" onclick={link.callback(|_| Msg::Next)}>{ tr(Ui::Skip, lang) }</button>
                    }
                </nav>
                if finished {
                    <div class="tutorial-finished" role="status">
                        <p>{ tr(Ui::Finished, lang) }</p>
                        if let Some(next) = self.tutorials.get(active.tutorial + 1) {
                            <button class="next-tutorial" onclick={link.callback({ let index = active.tutorial + 1; move |_| Msg::Open(index) })}>
                                { format!("{}: {}", tr(Ui::NextTutorial, lang), next.title.get(lang)) }
                            </button>
                        }
                    </div>
                }
            </section>
        }
    }
}
