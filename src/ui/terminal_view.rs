//! The terminal pane: scrollback, the prompt and an input line; Enter, ↑/↓, Ctrl-C, Ctrl-L and
//! multi-line paste go to the playground (which journals them) and its `Terminal`.

use super::Shared;
use crate::shell::terminal::LineKind;
use crate::shell::{CONTINUATION, PROMPT};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, Clone)]
pub struct Props {
    pub play: Shared,
    pub redraw: UseForceUpdateHandle,
}

impl PartialEq for Props {
    fn eq(&self, _: &Self) -> bool {
        false
    }
}

#[component(TerminalView)]
pub fn terminal_view(props: &Props) -> Html {
    let input_ref = use_node_ref();
    let output_ref = use_node_ref();
    let last_version = use_mut_ref(|| u64::MAX);
    let version = props.play.borrow().term.version;
    {
        let output_ref = output_ref.clone();
        let last_version = last_version.clone();
        use_effect(move || {
            if *last_version.borrow() != version {
                *last_version.borrow_mut() = version;
                if let Some(el) = output_ref.cast::<web_sys::Element>() {
                    el.set_scroll_top(el.scroll_height());
                }
            }
        });
    }
    let onkeydown = {
        let play = props.play;
        let redraw = props.redraw.clone();
        let input_ref = input_ref.clone();
        Callback::from(move |e: KeyboardEvent| {
            let Some(input) = input_ref.cast::<HtmlInputElement>() else { return };
            let value = input.value();
            match e.key().as_str() {
                "Enter" => {
                    e.prevent_default();
                    if play.borrow().term.busy() {
                        return;
                    }
                    input.set_value("");
                    play.borrow_mut().submit(&value);
                    super::save(&play.borrow());
                }
                "ArrowUp" => {
                    e.prevent_default();
                    if let Some(h) = play.borrow_mut().term.history_up(&value) {
                        input.set_value(&h);
                    }
                }
                "ArrowDown" => {
                    e.prevent_default();
                    if let Some(h) = play.borrow_mut().term.history_down() {
                        input.set_value(&h);
                    }
                }
                "c" | "C" if e.ctrl_key() => {
                    let selection = input.selection_start().ok().flatten() != input.selection_end().ok().flatten();
                    if selection {
                        return;
                    }
                    e.prevent_default();
                    play.borrow_mut().interrupt(&value);
                    input.set_value("");
                }
                "l" | "L" if e.ctrl_key() => {
                    e.prevent_default();
                    play.borrow_mut().submit("clear");
                }
                _ => return,
            }
            redraw.force_update();
        })
    };
    let onpaste = {
        let play = props.play;
        let redraw = props.redraw.clone();
        let input_ref = input_ref.clone();
        Callback::from(move |e: Event| {
            let Some(e) = wasm_bindgen::JsCast::dyn_ref::<web_sys::ClipboardEvent>(&e) else { return };
            let Some(text) = e.clipboard_data().and_then(|d| d.get_data("text").ok()) else { return };
            if !text.contains('\n') {
                return;
            }
            e.prevent_default();
            let Some(input) = input_ref.cast::<HtmlInputElement>() else { return };
            let rest = play.borrow_mut().paste(&input.value(), &text);
            super::save(&play.borrow());
            input.set_value(&rest);
            redraw.force_update();
        })
    };
    let focus = {
        let input_ref = input_ref.clone();
        Callback::from(move |_: MouseEvent| {
            let selecting = web_sys::window().and_then(|w| w.get_selection().ok().flatten()).is_some_and(|s| !s.is_collapsed());
            if !selecting {
                if let Some(input) = input_ref.cast::<HtmlInputElement>() {
                    let _ = input.focus();
                }
            }
        })
    };
    let p = props.play.borrow();
    let t = &p.term;
    let prompt = t.prompt();
    html! {
        <section class="terminal" onclick={focus}>
            <div class="scrollback" id="terminal-output" ref={output_ref}>
                <div class="welcome">{"Welcome to kubeplay. Type kubectl commands below — try "}<code>{"kubectl get nodes"}</code>{" — or "}<code>{"kubeplay help"}</code>{"."}</div>
                { for t.lines().map(|l| {
                    let class = match l.kind { LineKind::Input => "in", LineKind::Stdout => "out", LineKind::Stderr => "err" };
                    let prompt = [PROMPT, CONTINUATION].into_iter().find(|p| l.kind == LineKind::Input && l.text.starts_with(p));
                    match prompt {
                        Some(p) => html! { <div class={classes!("line", class)}><span class="prompt">{ p }</span>{ &l.text[p.len()..] }</div> },
                        None => html! { <div class={classes!("line", class)}>{ if l.text.is_empty() { " ".to_string() } else { l.text.clone() } }</div> },
                    }
                }) }
                <div class="inputline">
                    <span class="prompt">{ prompt.unwrap_or("") }</span>
                    <input id="terminal-input" ref={input_ref} type="text" autocomplete="off" autocapitalize="off"
                        spellcheck="false" autofocus=true aria-label="terminal input"
                        class={classes!(prompt.is_none().then_some("busy"))}
                        {onkeydown} {onpaste} />
                </div>
            </div>
        </section>
    }
}
