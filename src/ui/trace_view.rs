//! The trace pane: run a request from the learner's machine (or type `kubeplay trace …` in the
//! terminal) and watch it hop by hop — each hop with its rule and decision, revealed in turn while
//! the map lights up the node it is on and the pod that answers — with the nat rules of the node
//! it entered, the ones it matched highlighted (and in IPVS mode its `ipvsadm -Ln`, the virtual
//! and real server the packet used highlighted).

use super::Shared;
use std::cell::Cell;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Which trace the animation shows, and how many of its hops so far.
pub type Cursor = Rc<Cell<(u64, usize)>>;

#[derive(Properties, Clone)]
pub struct Props {
    pub play: Shared,
    pub cursor: Cursor,
    pub redraw: UseForceUpdateHandle,
    /// The trace number and hops shown, so the pane redraws when the animation moves.
    pub shown: (u64, usize),
}

impl PartialEq for Props {
    fn eq(&self, other: &Self) -> bool {
        self.shown == other.shown
    }
}

/// A hop line's place (`node01`, `request`, `reply`, …) and what happened there.
pub fn split_hop(line: &str) -> (&str, &str) {
    match line.split_once(": ") {
        Some((at, rest)) if !at.contains(' ') => (at, rest),
        _ => ("", line),
    }
}

/// The node and pods a trace has reached in its first `shown` hops.
pub fn highlight(hops: &[String], shown: usize, nodes: &[String]) -> (Option<String>, Vec<String>) {
    let mut node = None;
    let mut pods = Vec::new();
    for h in hops.iter().take(shown) {
        let (at, rest) = split_hop(h);
        if nodes.iter().any(|n| n == at) {
            node = Some(at.to_string());
        }
        if let Some(p) = rest.strip_prefix("pod ").and_then(|r| r.split_whitespace().next()) {
            pods.push(p.rsplit('/').next().unwrap_or(p).to_string());
        }
    }
    (node, pods)
}

/// `-A CHAIN RULE` for each `nat CHAIN rule N: RULE` hop (its draw's note dropped).
fn matched_rules(hops: &[String], node: &str) -> Vec<String> {
    hops.iter()
        .filter_map(|h| {
            let (at, rest) = split_hop(h);
            let rest = rest.strip_prefix("nat ").filter(|_| at == node)?;
            let (chain, rule) = rest.split_once(" rule ")?;
            let rule = rule.split_once(": ")?.1;
            let rule = rule.rsplit_once(" (random ").map_or(rule, |(r, _)| r);
            Some(format!("-A {} {}", chain, rule))
        })
        .collect()
}

#[component(TraceView)]
pub fn trace_view(props: &Props) -> Html {
    let url_ref = use_node_ref();
    // The URL as typed (the input is controlled: a redraw must not put the default back).
    let url = use_state(|| "http://node01:30080/".to_string());
    let on_url = {
        let url = url.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(i) = e.target_dyn_into::<HtmlInputElement>() {
                url.set(i.value());
            }
        })
    };
    let on_run = {
        let play = props.play;
        let redraw = props.redraw.clone();
        let url_ref = url_ref.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(url) = url_ref.cast::<HtmlInputElement>().map(|i| i.value()).filter(|u| !u.trim().is_empty()) else { return };
            play.borrow_mut().action(&format!("kubeplay trace curl {}", url.trim()));
            super::save(&play.borrow());
            redraw.force_update();
        })
    };
    let p = props.play.borrow();
    let (id, command, hops) = p.cluster().last_trace();
    let shown = if props.shown.0 == id { props.shown.1.min(hops.len()) } else { 0 };
    let entry = hops.iter().find_map(|h| {
        let at = split_hop(h).0;
        p.cluster().iptables(at).map(|_| at.to_string())
    });
    let rules = entry.as_ref().and_then(|node| {
        let tables = p.cluster().iptables(node)?;
        let mut text = String::new();
        tables.nat.save(&mut text);
        let matched = matched_rules(&hops[..shown], node);
        let chains: Vec<&str> = matched.iter().filter_map(|m| m.split_whitespace().nth(1)).collect();
        let lines: Vec<(bool, String)> = text
            .lines()
            .filter(|l| chains.iter().any(|c| l.starts_with(&format!("-A {} ", c)) || l.starts_with(&format!(":{} ", c))))
            .map(|l| (matched.iter().any(|m| m == l), l.to_string()))
            .collect();
        Some((node.clone(), lines))
    });
    // In IPVS mode: the entry node's `ipvsadm -Ln`, the virtual and real server it used marked.
    let ipvs = entry.as_ref().and_then(|node| {
        let list = p.cluster().ipvs_list(node)?;
        let marks = crate::network::proxy::ipvs::matched_lines(&list, &hops[..shown], node);
        Some((node.clone(), list.lines().zip(marks).map(|(l, m)| (m, l.to_string())).collect::<Vec<_>>()))
    });
    let done = shown == hops.len() && id > 0;
    html! {
        <section class="trace" id="trace">
            <div class="panel-head">
                <h2>{"Trace a request"}</h2>
                <span class="spacer"></span>
                <input id="trace-url" ref={url_ref} type="text" value={(*url).clone()} oninput={on_url} size="26" aria-label="URL" />
                <button id="trace-run" onclick={on_run} title="kubeplay trace curl URL: from the learner's machine">{"Trace"}</button>
            </div>
            { if id == 0 {
                html! { <p class="empty">{"Send a request from your machine with the form, or type "}<code>{"kubeplay trace curl http://node01:PORT/"}</code>{" or "}<code>{"kubeplay trace kubectl exec POD -- wget -qO- http://SERVICE"}</code>{" in the terminal."}</p> }
            } else { html! {
                <>
                    <div class="trace-command">{ format!("kubeplay trace {}", command) }</div>
                    <ol class={classes!("hops", done.then_some("done"))} data-total={hops.len().to_string()} data-id={id.to_string()}>
                        { for hops[..shown].iter().enumerate().map(|(i, h)| {
                            let (at, rest) = split_hop(h);
                            html! { <li class={classes!("hop", (i + 1 == shown && !done).then_some("current"))} data-where={at.to_string()}><span class="where">{ at }</span><span class="did">{ rest }</span></li> }
                        }) }
                    </ol>
                    { match rules { Some((node, lines)) if !lines.is_empty() => html! {
                        <div class="rules">
                            <div class="rules-head">{ format!("{}: iptables-save -t nat (the chains it walked)", node) }</div>
                            <pre>{ for lines.iter().map(|(hit, l)| html! { <div class={classes!("rule", hit.then_some("hit"))}>{ l }</div> }) }</pre>
                        </div>
                    }, _ => html! {} } }
                    { match ipvs { Some((node, lines)) => html! {
                        <div class="rules" id="trace-ipvs">
                            <div class="rules-head">{ format!("{}: ipvsadm -Ln (the virtual server it hit, the real server chosen)", node) }</div>
                            <pre>{ for lines.iter().map(|(hit, l)| html! { <div class={classes!("rule", hit.then_some("hit"))}>{ l }</div> }) }</pre>
                        </div>
                    }, None => html! {} } }
                </>
            } } }
        </section>
    }
}
