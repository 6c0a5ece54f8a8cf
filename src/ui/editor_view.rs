//! The manifest editor pane: YAML with its syntax coloured (a highlighted copy under a
//! transparent text area), what the real decoders say about it on the line it concerns, and
//! Apply / Delete buttons that run `kubectl apply|delete -f -` with the text as a heredoc in a
//! shell beside the terminal (which shows it). Examples to start from; the text is saved with
//! the session.

use super::Shared;
use crate::shell::editor::{check, highlight, script, Tok, EXAMPLES};
use web_sys::{HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, Clone)]
pub struct Props {
    pub play: Shared,
    pub redraw: UseForceUpdateHandle,
}

impl PartialEq for Props {
    fn eq(&self, _: &Self) -> bool {
        // The text lives in the playground; the pane redraws with the page.
        false
    }
}

fn class(t: Tok) -> &'static str {
    match t {
        Tok::Key => "y-key",
        Tok::Str => "y-str",
        Tok::Num => "y-num",
        Tok::Comment => "y-com",
        Tok::Punct => "y-punct",
        Tok::Plain => "y-plain",
    }
}

#[component(EditorView)]
pub fn editor_view(props: &Props) -> Html {
    let backdrop = use_node_ref();
    let text = props.play.borrow().editor.clone();
    let problems = check(&text);
    let on_input = {
        let play = props.play;
        let redraw = props.redraw.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(t) = e.target_dyn_into::<HtmlTextAreaElement>() {
                play.borrow_mut().editor = t.value();
                redraw.force_update();
            }
        })
    };
    let on_scroll = {
        let backdrop = backdrop.clone();
        Callback::from(move |e: Event| {
            if let (Some(t), Some(b)) = (e.target_dyn_into::<HtmlTextAreaElement>(), backdrop.cast::<web_sys::Element>()) {
                b.set_scroll_top(t.scroll_top());
                b.set_scroll_left(t.scroll_left());
            }
        })
    };
    let on_example = {
        let play = props.play;
        let redraw = props.redraw.clone();
        Callback::from(move |e: Event| {
            let Some(s) = e.target_dyn_into::<HtmlSelectElement>() else { return };
            if let Some((_, yaml)) = EXAMPLES.iter().find(|(name, _)| *name == s.value()) {
                play.borrow_mut().editor = yaml.to_string();
                super::save(&play.borrow());
                redraw.force_update();
            }
            s.set_value("");
        })
    };
    let run = |verb: &'static str| {
        let play = props.play;
        let redraw = props.redraw.clone();
        Callback::from(move |_: MouseEvent| {
            let text = play.borrow().editor.clone();
            if text.trim().is_empty() {
                return;
            }
            play.borrow_mut().action(&script(verb, &text));
            super::save(&play.borrow());
            redraw.force_update();
        })
    };
    let bad: Vec<usize> = problems.iter().map(|p| p.line).collect();
    html! {
        <section class="editor" id="editor">
            <div class="editor-bar">
                <select id="editor-example" onchange={on_example} aria-label="start from an example">
                    <option value="" selected=true>{"start from an example…"}</option>
                    { for EXAMPLES.iter().map(|(name, _)| html! { <option value={*name}>{ *name }</option> }) }
                </select>
                <span class="spacer"></span>
                <button id="editor-apply" onclick={run("apply")} title="kubectl apply -f - with this text (the terminal shows it)">{"Apply"}</button>
                <button id="editor-delete" onclick={run("delete")} title="kubectl delete -f - with this text">{"Delete"}</button>
            </div>
            <div class="editor-box">
                <pre class="editor-backdrop" ref={backdrop} aria-hidden="true">
                    { for text.split('\n').enumerate().map(|(i, line)| html! {
                        <div class={classes!("y-line", bad.contains(&(i + 1)).then_some("y-bad"))}>
                            { for highlight(line).into_iter().map(|(t, s)| html! { <span class={class(t)}>{ s }</span> }) }
                            { "\u{200b}" }
                        </div>
                    }) }
                </pre>
                <textarea id="editor-text" class="editor-text" spellcheck="false" autocomplete="off" aria-label="manifest (YAML)" value={text.clone()} oninput={on_input} onscroll={on_scroll} />
            </div>
            <ul class="problems" id="editor-problems" aria-live="polite">
                { if problems.is_empty() && !text.trim().is_empty() { html! { <li class="ok">{"the decoders accept it"}</li> } } else { html! {} } }
                { for problems.iter().map(|p| html! {
                    <li class="bad">{ if p.line > 0 { format!("line {}: {}", p.line, p.message) } else { p.message.clone() } }</li>
                }) }
            </ul>
        </section>
    }
}
