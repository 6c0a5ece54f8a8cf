//! The terminal pane: scrollback, the prompt and an input line; Enter, ↑/↓, Tab (completion),
//! Ctrl-R (reverse history search), Ctrl-C, Ctrl-L and multi-line paste go to the playground
//! (which journals what reaches the cluster) and its `Terminal`.

use super::Shared;
use crate::shell::terminal::LineKind;
use crate::shell::{CONTINUATION, PROMPT};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, Clone)]
pub struct Props {
    pub play: Shared,
    pub redraw: UseForceUpdateHandle,
    /// Whether the input takes the keyboard when the page loads (the page's own terminal: yes;
    /// a widget on someone else's page: no, until it is clicked).
    #[prop_or(true)]
    pub autofocus: bool,
    /// The line above the first prompt, in place of the page's welcome (a widget's).
    #[prop_or_default]
    pub welcome: Option<&'static str>,
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
    // Ctrl-R: while searching, the input holds the query; Some(the match's history index).
    let search = use_state(|| None::<Option<usize>>);
    let query = use_state(String::new);
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
        let search = search.clone();
        let query = query.clone();
        Callback::from(move |e: KeyboardEvent| {
            let Some(input) = input_ref.cast::<HtmlInputElement>() else { return };
            let value = input.value();
            if let Some(at) = *search {
                // Reverse search: Ctrl-R goes further back, Enter runs the match, Escape or an
                // arrow takes it into the line, Ctrl-C or Ctrl-G gives up.
                let found = play.borrow().term.search_history(&value, at.map(|i| i + 1)).map(|(i, h)| (i, h.to_string()));
                match e.key().as_str() {
                    "r" | "R" if e.ctrl_key() => {
                        e.prevent_default();
                        let next = play.borrow().term.search_history(&value, found.as_ref().map(|(i, _)| *i)).map(|(i, _)| i);
                        if next.is_some() {
                            search.set(Some(next));
                        }
                    }
                    "Enter" => {
                        e.prevent_default();
                        search.set(None);
                        input.set_value("");
                        if let Some((_, h)) = found {
                            play.borrow_mut().submit(&h);
                            super::save(&play.borrow());
                        }
                    }
                    "Escape" | "ArrowLeft" | "ArrowRight" | "Tab" => {
                        e.prevent_default();
                        search.set(None);
                        input.set_value(&found.map(|(_, h)| h).unwrap_or_default());
                    }
                    "c" | "C" | "g" | "G" if e.ctrl_key() => {
                        e.prevent_default();
                        search.set(None);
                        input.set_value("");
                    }
                    _ => return,
                }
                redraw.force_update();
                return;
            }
            match e.key().as_str() {
                "r" | "R" if e.ctrl_key() => {
                    e.prevent_default();
                    search.set(Some(None));
                    query.set(String::new());
                    input.set_value("");
                }
                "Tab" => {
                    e.prevent_default();
                    let line = play.borrow_mut().term.complete(&value);
                    input.set_value(&line);
                }
                "Enter" => {
                    e.prevent_default();
                    if play.borrow().term.busy() {
                        return;
                    }
                    input.set_value("");
                    let redraw = redraw.clone();
                    super::docs::then(&value.clone(), move || {
                        play.borrow_mut().submit(&value);
                        super::save(&play.borrow());
                        redraw.force_update();
                    });
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
            let current = input.value();
            input.set_value("");
            let redraw = redraw.clone();
            super::docs::then(&text.clone(), move || {
                let rest = play.borrow_mut().paste(&current, &text);
                super::save(&play.borrow());
                input.set_value(&rest);
                redraw.force_update();
            });
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
    let oninput = {
        let query = query.clone();
        let searching = search.is_some();
        Callback::from(move |e: InputEvent| {
            if searching {
                if let Some(i) = e.target_dyn_into::<HtmlInputElement>() {
                    query.set(i.value());
                }
            }
        })
    };
    let p = props.play.borrow();
    let t = &p.term;
    let found = search.map(|at| t.search_history(&query, at.map(|i| i + 1)).map(|(_, h)| h.to_string()).unwrap_or_default());
    let prompt = if found.is_some() { Some("(reverse-i-search)`") } else { t.prompt() };
    html! {
        <section class="terminal" onclick={focus}>
            <div class="scrollback" id="terminal-output" ref={output_ref}>
                { match props.welcome {
                    Some(w) => html! { <div class="welcome">{ w }</div> },
                    None => html! { <div class="welcome">{"Welcome to kubeplay. Type kubectl commands below — try "}<code>{"kubectl get nodes"}</code>{" — or "}<code>{"kubeplay help"}</code>{". New to Kubernetes? The Lesson tab starts the course with lesson 1, a tour of the architecture."}</div> },
                } }
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
                        spellcheck="false" autofocus={props.autofocus} aria-label="terminal input"
                        class={classes!(prompt.is_none().then_some("busy"))}
                        {onkeydown} {onpaste} {oninput} />
                    { match &found { Some(m) => html! { <span class="search-match" id="search-match">{ format!("': {}", m) }</span> }, None => html! {} } }
                </div>
            </div>
        </section>
    }
}
