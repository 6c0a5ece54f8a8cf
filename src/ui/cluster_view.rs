//! The cluster pane: each node with its status, role, address and pod CIDR, and the pods on it
//! coloured by what `kubectl get pods` would say; unscheduled pods wait in their own lane.

use crate::sim::view::{ClusterView, NodeView, PodView};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub view: Rc<ClusterView>,
    /// Where a traced request is now, and the pods it reached.
    #[prop_or_default]
    pub trace_node: Option<String>,
    #[prop_or_default]
    pub trace_pods: Vec<String>,
    /// Selecting a pod or a node: (kind, namespace, name).
    pub on_select: Callback<(String, String, String)>,
}

fn status_class(status: &str) -> &'static str {
    match status {
        "Running" | "Completed" => "ok",
        "Pending" | "ContainerCreating" | "PodInitializing" => "wait",
        "Terminating" => "gone",
        s if s.starts_with("Init:") => "wait",
        _ => "bad",
    }
}

fn pod(p: &PodView, traced: bool, on_select: &Callback<(String, String, String)>) -> Html {
    let onclick = {
        let on_select = on_select.clone();
        let key = ("Pod".to_string(), p.namespace.clone(), p.name.clone());
        Callback::from(move |_: MouseEvent| on_select.emit(key.clone()))
    };
    let title = format!("{}/{}  {}  {}  restarts {}{}", p.namespace, p.name, p.ready, p.status, p.restarts, p.ip.as_ref().map(|i| format!("  {}", i)).unwrap_or_default());
    html! {
        <div class={classes!("pod", status_class(&p.status), traced.then_some("traced"))} title={title} data-pod={p.name.clone()} {onclick}>
            <span class="pod-name">{ &p.name }</span>
            <span class="pod-status">{ &p.status }</span>
        </div>
    }
}

fn node(n: &NodeView, props: &Props) -> Html {
    let ready = n.status.starts_with("Ready");
    let here = props.trace_node.as_deref() == Some(n.name.as_str());
    let onclick = {
        let on_select = props.on_select.clone();
        let key = ("Node".to_string(), String::new(), n.name.clone());
        Callback::from(move |_: MouseEvent| on_select.emit(key.clone()))
    };
    html! {
        <div class={classes!("node", if ready { "ready" } else { "notready" }, here.then_some("traced"))} data-node={n.name.clone()}>
            <div class="node-head" {onclick}>
                <span class="node-name">{ &n.name }</span>
                <span class="node-status">{ &n.status }</span>
            </div>
            <div class="node-meta">
                <span>{ if n.roles == "<none>" { "worker".to_string() } else { n.roles.clone() } }</span>
                <span>{ &n.internal_ip }</span>
                <span>{ n.pod_cidr.clone().unwrap_or_else(|| "no pod CIDR".into()) }</span>
            </div>
            <div class="pods">
                { for n.pods.iter().map(|p| pod(p, props.trace_pods.contains(&p.name), &props.on_select)) }
                { if n.pods.is_empty() { html!{ <span class="empty">{"no pods"}</span> } } else { html!{} } }
            </div>
        </div>
    }
}

#[component(ClusterMap)]
pub fn cluster_map(props: &Props) -> Html {
    let v = &props.view;
    html! {
        <section class="cluster" id="cluster-map">
            <h2>{"Nodes"}</h2>
            { for v.nodes.iter().map(|n| node(n, props)) }
            { if v.pending.is_empty() { html!{} } else { html! {
                <div class="node pending-lane">
                    <div class="node-head"><span class="node-name">{"not scheduled yet"}</span></div>
                    <div class="pods">{ for v.pending.iter().map(|p| pod(p, false, &props.on_select)) }</div>
                </div>
            } } }
        </section>
    }
}
