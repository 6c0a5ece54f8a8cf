//! The timeline pane: the latest chains of cause and effect, newest first, each from the write
//! that started it (often the learner's own command) through every component that reacted —
//! filtered by component or object; the kubelet's and controllers' Events can be shown too.
//! While stepping, only the happenings revealed so far are shown.

use super::Shared;
use crate::sim::timeline::{clock, Happening};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Chains shown at once.
const CHAINS: usize = 8;

#[derive(Properties, Clone)]
pub struct Props {
    pub play: Shared,
    /// The last happening to show.
    pub revealed: u64,
    /// Selecting the object a happening names: (kind, namespace, name).
    pub on_select: Callback<(String, String, String)>,
}

impl PartialEq for Props {
    fn eq(&self, other: &Self) -> bool {
        self.revealed == other.revealed
    }
}

/// The actor groups the filter offers: (label, prefix of the actor).
const ACTORS: [(&str, &str); 6] = [("every component", ""), ("kubectl (you)", "kubectl"), ("controllers", "-controller"), ("scheduler", "scheduler"), ("kubelets", "kubelet/"), ("kube-proxy", "kube-proxy")];

fn actor_matches(actor: &str, group: &str) -> bool {
    match group {
        "" => true,
        "-controller" => actor.ends_with("-controller") || actor == "horizontal-pod-autoscaler",
        g if g.ends_with('/') => actor.starts_with(g),
        g => actor == g,
    }
}

fn entry(depth: usize, h: &Happening, on_select: &Callback<(String, String, String)>) -> Html {
    let class = if h.what.starts_with("event ") { "event" } else { "write" };
    let onclick = {
        let on_select = on_select.clone();
        // An event's object is the event; what it is about is named in it, so select nothing.
        let key = (h.kind.clone(), h.namespace.clone(), h.name.clone());
        let selectable = !h.kind.is_empty() && h.kind != "Event";
        Callback::from(move |_: MouseEvent| {
            if selectable {
                on_select.emit(key.clone());
            }
        })
    };
    let actor_class = h.actor.split('/').next().unwrap_or("").to_string();
    html! {
        <li class={classes!("happening", class)} style={format!("--depth:{}", depth)} data-seq={h.seq.to_string()} data-actor={h.actor.clone()} data-depth={depth.to_string()}
            title={if h.kind.is_empty() { String::new() } else { format!("{} {}/{}", h.kind, h.namespace, h.name) }} {onclick}>
            <span class="at">{ clock(h.at) }</span>
            <span class="arrow">{ if depth == 0 { "•" } else { "→" } }</span>
            <span class={classes!("actor", actor_class)}>{ &h.actor }</span>
            <span class="what">{ &h.what }</span>
        </li>
    }
}

#[component(TimelineView)]
pub fn timeline_view(props: &Props) -> Html {
    let group = use_state(|| String::new());
    let object = use_state(String::new);
    let events = use_state(|| false);
    let on_group = {
        let group = group.clone();
        Callback::from(move |e: Event| {
            if let Some(s) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
                group.set(s.value());
            }
        })
    };
    let on_object = {
        let object = object.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(i) = e.target_dyn_into::<HtmlInputElement>() {
                object.set(i.value());
            }
        })
    };
    let on_events = {
        let events = events.clone();
        Callback::from(move |_: Event| events.set(!*events))
    };
    let p = props.play.borrow();
    let tl = p.cluster().timeline();
    let (g, o, show_events) = ((*group).clone(), object.trim().to_string(), *events);
    let filter = |h: &Happening| actor_matches(&h.actor, &g) && (o.is_empty() || h.name.contains(o.as_str()) || h.what.contains(o.as_str()));
    let chains = tl.recent_chains(CHAINS, props.revealed, &filter);
    html! {
        <section class="timeline" id="timeline">
            <div class="panel-head">
                <h2>{"Timeline"}</h2>
                <span class="count">{ format!("{} happenings", props.revealed) }</span>
                <span class="spacer"></span>
                <select id="timeline-actor" onchange={on_group} aria-label="component">
                    { for ACTORS.iter().map(|(label, v)| html! { <option value={v.to_string()} selected={*v == g}>{ *label }</option> }) }
                </select>
                <input id="timeline-object" type="search" placeholder="object" value={(*object).clone()} oninput={on_object} size="10" />
                <label class="check"><input id="timeline-events" type="checkbox" checked={show_events} onchange={on_events} />{"events"}</label>
            </div>
            { if chains.is_empty() { html! { <p class="empty">{"Nothing yet: type a kubectl command, or press Step ›."}</p> } } else { html! {} } }
            { for chains.iter().map(|chain| html! {
                <ol class="chain">
                    { for chain.iter().filter(|(_, h)| show_events || !h.what.starts_with("event ")).map(|(d, h)| entry(*d, h, &props.on_select)) }
                </ol>
            }) }
        </section>
    }
}
