//! The lesson panel: the course with each lesson's progress; in a lesson, the current step's
//! text (Markdown, with code blocks that paste into the terminal), its checks as they are
//! now, a hint on request, "show me" (the step's solution typed into the terminal), reset,
//! and the next lesson when one is complete. Starting a lesson makes a new cluster for it.
//! What each lesson has reached is kept in `localStorage` beside the session.

use super::Shared;
use crate::lesson::markdown::{self, Md};
use crate::lesson::Lesson;
use crate::shell::playground::Playground;
use serde_json::Value;
use yew::prelude::*;

const PROGRESS_KEY: &str = "kubeplay.lessons.v1";

/// Each lesson's progress as saved: id → {"step", "steps", "done"}.
fn progress_map() -> serde_json::Map<String, Value> {
    super::storage()
        .and_then(|s| s.get_item(PROGRESS_KEY).ok().flatten())
        .and_then(|t| serde_json::from_str::<Value>(&t).ok())
        .and_then(|v| v.as_object().cloned())
        .unwrap_or_default()
}

/// Notes how far the playground's lesson has come (called whenever the session is saved).
pub fn record_progress(p: &Playground) {
    let Some(l) = &p.lesson else { return };
    let Some(s) = super::storage() else { return };
    let mut map = progress_map();
    let done = l.progress.complete(&l.lesson);
    let was_done = map.get(&l.lesson.id).and_then(|v| v["done"].as_bool()).unwrap_or(false);
    map.insert(l.lesson.id.clone(), serde_json::json!({"step": l.progress.step, "steps": l.lesson.steps.len(), "done": done || was_done}));
    let _ = s.set_item(PROGRESS_KEY, &Value::Object(map).to_string());
}

/// Starts a lesson on a new cluster, in place of the page's playground.
pub fn start(play: Shared, lesson: Lesson) {
    let p = Playground::for_lesson(lesson, js_sys::Date::now() as i64);
    *play.borrow_mut() = p;
    super::save(&play.borrow());
}

/// The terminal's input line in the same document or shadow root as `near` (a widget's).
fn terminal_input(near: Option<web_sys::EventTarget>) -> Option<web_sys::HtmlInputElement> {
    use wasm_bindgen::JsCast;
    let root = near.and_then(|t| t.dyn_into::<web_sys::Node>().ok()).map(|n| n.get_root_node());
    let found = match root.as_ref().and_then(|r| r.dyn_ref::<web_sys::DocumentFragment>()) {
        Some(fragment) => fragment.get_element_by_id("terminal-input"),
        None => web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("terminal-input")),
    };
    found.and_then(|e| e.dyn_into().ok())
}

/// Pastes text into the terminal as a paste would: complete lines run, the last waits in the
/// input line for Enter.
fn paste(play: Shared, text: &str, near: Option<web_sys::EventTarget>) {
    let input = terminal_input(near);
    let current = input.as_ref().map(|i| i.value()).unwrap_or_default();
    let text = text.trim_end_matches('\n').to_string();
    super::docs::then(&text.clone(), move || {
        let rest = play.borrow_mut().paste(&current, &text);
        if let Some(i) = input {
            i.set_value(&rest);
            let _ = i.focus();
        }
        super::save(&play.borrow());
    });
}

fn render(nodes: &[Md], play: Shared, redraw: &UseForceUpdateHandle) -> Html {
    nodes.iter().map(|n| render_one(n, play, redraw)).collect()
}

fn render_one(node: &Md, play: Shared, redraw: &UseForceUpdateHandle) -> Html {
    match node {
        Md::Text(t) => html! { { t.clone() } },
        Md::El { tag: "a", href, children } => match href {
            Some(h) => html! { <a href={h.clone()} target="_blank" rel="noopener noreferrer">{ render(children, play, redraw) }</a> },
            None => html! { <span>{ render(children, play, redraw) }</span> },
        },
        Md::El { tag, children, .. } => html! { <@{*tag}>{ render(children, play, redraw) }</@> },
        Md::Code { lang, text } => {
            let runnable = matches!(lang.as_str(), "" | "sh" | "bash" | "shell" | "console");
            let button = runnable.then(|| {
                let text = text.clone();
                let redraw = redraw.clone();
                let onclick = Callback::from(move |e: MouseEvent| {
                    paste(play, &text, e.target());
                    redraw.force_update();
                });
                html! { <button class="paste" title="paste into the terminal" {onclick}>{"▶ paste"}</button> }
            });
            html! { <div class="md-code">{ for button }<pre><code>{ text.clone() }</code></pre></div> }
        }
    }
}

#[derive(Properties, Clone)]
pub struct Props {
    pub play: Shared,
    pub redraw: UseForceUpdateHandle,
    /// The lesson, its progress version and whether "show me" is typing: the panel redraws
    /// when it changes.
    pub stamp: String,
}

impl PartialEq for Props {
    fn eq(&self, other: &Self) -> bool {
        self.stamp == other.stamp
    }
}

/// The panel's redraw key for the playground as it is.
pub fn key(p: &Playground) -> String {
    match &p.lesson {
        Some(l) => format!("{}:{}:{}", l.lesson.id, l.version, p.typing()),
        None => String::new(),
    }
}

#[component(LessonView)]
pub fn lesson_view(props: &Props) -> Html {
    let course = use_memo((), |_| crate::lesson::course());
    let hint = use_state(|| false);
    let play = props.play;
    let redraw = props.redraw.clone();
    let starter = |l: &Lesson| {
        let l = l.clone();
        let redraw = redraw.clone();
        let hint = hint.clone();
        Callback::from(move |_: MouseEvent| {
            hint.set(false);
            start(play, l.clone());
            redraw.force_update();
        })
    };
    let p = play.borrow();
    let Some(state) = p.lesson.as_ref() else {
        let progress = progress_map();
        return html! {
            <div class="lesson lesson-text" id="lesson-panel">
                <p class="lesson-about">{"Each lesson starts a new cluster made for it and checks every step against it as you work. Progress is kept in this browser."}</p>
                <ol class="course" id="course">
                    { for course.iter().map(|l| {
                        let mark = match progress.get(&l.id) {
                            Some(v) if v["done"].as_bool() == Some(true) => "✓ done".to_string(),
                            Some(v) => format!("step {} of {}", v["step"].as_u64().unwrap_or(0) + 1, l.steps.len()),
                            None => format!("{} min", l.minutes),
                        };
                        html! {
                            <li>
                                <button class="course-item" data-lesson={l.id.clone()} onclick={starter(l)} title={l.summary.clone()}>
                                    <span class="course-title">{ l.title.clone() }</span>
                                    <span class="course-mark">{ mark }</span>
                                </button>
                            </li>
                        }
                    }) }
                </ol>
            </div>
        };
    };
    let lesson = &state.lesson;
    let progress = &state.progress;
    let complete = progress.complete(lesson);
    let leave = {
        let redraw = redraw.clone();
        Callback::from(move |_: MouseEvent| {
            let seed = super::random_seed();
            let setup = crate::shell::playground::Setup { seed, control_planes: 1, workers: 2, epoch_unix_ms: js_sys::Date::now() as i64, ipvs: false };
            *play.borrow_mut() = Playground::new(setup);
            super::save(&play.borrow());
            redraw.force_update();
        })
    };
    let header = html! {
        <div class="lesson-head">
            <button id="lesson-leave" onclick={leave} title="leave the lesson for a free cluster">{"‹ Lessons"}</button>
            <span class="lesson-title" id="lesson-title">{ lesson.title.clone() }</span>
            <span class="lesson-step" id="lesson-step">{ if complete { "complete".to_string() } else { format!("step {} of {}", progress.step + 1, lesson.steps.len()) } }</span>
            <button id="lesson-reset" onclick={starter(lesson)} title="start the lesson again on a fresh cluster">{"Reset"}</button>
        </div>
    };
    if complete {
        let next = course.iter().position(|l| l.id == lesson.id).and_then(|i| course.get(i + 1));
        let outro = lesson.outro.as_ref().map(|o| html! { <><h3>{ o.title.clone() }</h3>{ render(&crate::lesson::render(&o.text), play, &redraw) }</> });
        return html! {
            <div class="lesson" id="lesson-panel">
                { header }
                <div class="lesson-text">
                    <p class="lesson-done" id="lesson-complete">{ format!("✓ Lesson complete: all {} steps done.", lesson.steps.len()) }</p>
                    { for outro }
                    { for next.map(|n| html! { <button class="next" id="lesson-next" onclick={starter(n)}>{ format!("Next: {} ›", n.title) }</button> }) }
                </div>
            </div>
        };
    }
    let step = &lesson.steps[progress.step];
    let failing = step.checks.iter().zip(&progress.passing).find(|(_, ok)| !**ok).map(|(c, _)| c.hint.clone()).unwrap_or_default();
    let on_hint = {
        let hint = hint.clone();
        Callback::from(move |_: MouseEvent| hint.set(!*hint))
    };
    let on_show = {
        let solution = step.solution.clone();
        let redraw = redraw.clone();
        Callback::from(move |_: MouseEvent| {
            let solution = solution.clone();
            let redraw = redraw.clone();
            super::docs::then(&solution.clone(), move || {
                play.borrow_mut().type_lines(&solution);
                super::save(&play.borrow());
                redraw.force_update();
            });
        })
    };
    let typing = p.typing();
    // The text scrolls; the head and the checks stay in view. A new step starts at its top.
    html! {
        <div class="lesson" id="lesson-panel">
            { header }
            <div class="lesson-text" key={format!("{}-{}", lesson.id, progress.step)}>
                { if progress.step == 0 { render(&crate::lesson::render(&lesson.intro), play, &redraw) } else { html! {} } }
                <h3 id="step-title">{ format!("{}. {}", progress.step + 1, step.title) }</h3>
                { render(&crate::lesson::render(&step.text), play, &redraw) }
            </div>
            <div class="lesson-foot">
                <ul class="checks" id="checks">
                    { for step.checks.iter().zip(&progress.passing).map(|(c, ok)| html! {
                        <li class={classes!("check", ok.then_some("ok"))}>{ if *ok { "✓ " } else { "○ " } }{ c.says.clone() }</li>
                    }) }
                </ul>
                { if *hint { html! { <div class="hint" id="hint">{ if failing.is_empty() { html! { "Every check holds: the step completes in a moment." } } else { render(&markdown::code_spans(&failing), play, &redraw) } }</div> } } else { html! {} } }
                <div class="lesson-actions">
                    <button id="lesson-hint" onclick={on_hint}>{ if *hint { "Hide hint" } else { "Hint" } }</button>
                    <button id="lesson-show" onclick={on_show} disabled={typing} title="type this step's solution into the terminal">{"Show me"}</button>
                </div>
            </div>
        </div>
    }
}
