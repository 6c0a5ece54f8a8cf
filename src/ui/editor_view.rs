//! The manifest editor pane: YAML with its syntax coloured (a highlighted copy under a
//! transparent text area), what the real decoders say about it on the line it concerns, and
//! Apply / Delete buttons that run `kubectl apply|delete -f -` with the text as a heredoc in a
//! shell beside the terminal (which shows it). Examples to start from; the text is saved with
//! the session.
//!
//! While the terminal runs `kubectl edit`, the pane is its editor: it shows the file kubectl
//! wrote (the object under kubectl's header, or after a failed save the reasons), and Save
//! hands the text back to kubectl as an editor does when it writes the file and quits; Cancel
//! quits without writing.

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
    let area = use_node_ref();
    let section = use_node_ref();
    let editing = props.play.borrow().editing();
    // A file kubectl edit (re)opens is shown from its top (the reasons a save failed are
    // there), and the pane comes into view.
    {
        let (area, section) = (area.clone(), section.clone());
        use_effect_with(editing.as_ref().map(|(f, _)| f.clone()), move |file| {
            if file.is_some() {
                if let Some(t) = area.cast::<HtmlTextAreaElement>() {
                    t.set_scroll_top(0);
                }
                if let Some(s) = section.cast::<web_sys::Element>() {
                    s.scroll_into_view();
                }
            }
        });
    }
    let text = match &editing {
        Some((file, buffer)) => props.play.borrow().edit_draft.as_ref().filter(|(f, _)| f == file).map_or_else(|| buffer.clone(), |(_, t)| t.clone()),
        None => props.play.borrow().editor.clone(),
    };
    let problems = check(&text);
    let on_input = {
        let play = props.play;
        let redraw = props.redraw.clone();
        let file = editing.as_ref().map(|(f, _)| f.clone());
        Callback::from(move |e: InputEvent| {
            if let Some(t) = e.target_dyn_into::<HtmlTextAreaElement>() {
                match &file {
                    Some(f) => play.borrow_mut().edit_draft = Some((f.clone(), t.value())),
                    None => play.borrow_mut().editor = t.value(),
                }
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
    // kubectl edit's editor writes the file and quits (Save) or quits without writing (Cancel).
    let quit = |write: bool| {
        let play = props.play;
        let redraw = props.redraw.clone();
        let (text, buffer) = (text.clone(), editing.as_ref().map(|(_, b)| b.clone()).unwrap_or_default());
        Callback::from(move |_: MouseEvent| {
            let mut p = play.borrow_mut();
            p.edit_draft = None;
            p.save_edit(if write { &text } else { &buffer });
            drop(p);
            super::save(&play.borrow());
            redraw.force_update();
        })
    };
    let bad: Vec<usize> = problems.iter().map(|p| p.line).collect();
    let bar = match &editing {
        Some((file, _)) => html! {
            <div class="editor-bar editing">
                <span class="editing-file" id="editor-file" title="the file kubectl edit wrote; the terminal waits until you save or cancel">{ format!("kubectl edit · {}", file) }</span>
                <span class="spacer"></span>
                <button id="editor-save" class="primary" onclick={quit(true)} title="write the file and quit the editor: kubectl sends what changed">{"Save"}</button>
                <button id="editor-cancel" onclick={quit(false)} title="quit without writing: kubectl cancels the edit">{"Cancel"}</button>
            </div>
        },
        None => html! {
            <div class="editor-bar">
                <select id="editor-example" onchange={on_example} aria-label="start from an example">
                    <option value="" selected=true>{"start from an example…"}</option>
                    { for EXAMPLES.iter().map(|(name, _)| html! { <option value={*name}>{ *name }</option> }) }
                </select>
                <span class="spacer"></span>
                <button id="editor-apply" onclick={run("apply")} title="kubectl apply -f - with this text (the terminal shows it)">{"Apply"}</button>
                <button id="editor-delete" onclick={run("delete")} title="kubectl delete -f - with this text">{"Delete"}</button>
            </div>
        },
    };
    html! {
        <section class="editor" id="editor" ref={section}>
            { bar }
            <div class="editor-box">
                <pre class="editor-backdrop" ref={backdrop} aria-hidden="true">
                    { for text.split('\n').enumerate().map(|(i, line)| html! {
                        <div class={classes!("y-line", bad.contains(&(i + 1)).then_some("y-bad"))}>
                            { for highlight(line).into_iter().map(|(t, s)| html! { <span class={class(t)}>{ s }</span> }) }
                            { "\u{200b}" }
                        </div>
                    }) }
                </pre>
                <textarea id="editor-text" ref={area} class="editor-text" spellcheck="false" autocomplete="off" aria-label="manifest (YAML)" value={text.clone()} oninput={on_input} onscroll={on_scroll} />
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
