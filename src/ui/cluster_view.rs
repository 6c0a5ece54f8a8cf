//! The cluster pane: each node with its status, role, address and pod CIDR, and the pods on it
//! coloured by what `kubectl get pods` would say, restarts as a badge, the etcd member that leads
//! starred; unscheduled pods wait in their own lane; the Services below, each with the pods its
//! endpoints pick.

use crate::sim::view::{ClusterView, IngressView, NodeView, PodView, ServiceView};
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

fn pod(p: &PodView, traced: bool, leader: Option<&'static str>, on_select: &Callback<(String, String, String)>) -> Html {
    let onclick = {
        let on_select = on_select.clone();
        let key = ("Pod".to_string(), p.namespace.clone(), p.name.clone());
        Callback::from(move |_: MouseEvent| on_select.emit(key.clone()))
    };
    let title = format!("{}/{}  {}  {}  restarts {}{}", p.namespace, p.name, p.ready, p.status, p.restarts, p.ip.as_ref().map(|i| format!("  {}", i)).unwrap_or_default());
    html! {
        <div class={classes!("pod", status_class(&p.status), traced.then_some("traced"))} title={title} data-pod={p.name.clone()} {onclick}>
            <span class="pod-name">{ &p.name }{ match leader { Some(why) => html! { <span class="leader" title={why}>{" ★"}</span> }, None => html! {} } }</span>
            <span class="pod-status">{ &p.status }
                { match p.restarts.split_whitespace().next().filter(|r| *r != "0") {
                    Some(r) => html! { <span class="restarts" title={format!("restarts: {}", p.restarts)}>{ format!("↻{}", r) }</span> },
                    None => html! {},
                } }
            </span>
        </div>
    }
}

/// Why a control-plane pod is starred: the etcd member that leads raft, or the scheduler or
/// controller-manager instance that holds its lease.
fn leader_of(v: &ClusterView, p: &PodView) -> Option<&'static str> {
    if p.namespace != "kube-system" {
        return None;
    }
    let node = p.node.as_deref()?;
    if v.etcd_leader.as_deref() == Some(node) && p.name == format!("etcd-{}", node) {
        return Some("the etcd member that leads the raft group");
    }
    v.leaders.iter().find(|(c, n)| n == node && p.name == format!("{}-{}", c, node)).map(|(c, _)| {
        if c == "kube-scheduler" { "this kube-scheduler holds the lease: it schedules" } else { "this kube-controller-manager holds the lease: its controllers run" }
    })
}

fn ingress(i: &IngressView, on_select: &Callback<(String, String, String)>) -> Html {
    let onclick = {
        let on_select = on_select.clone();
        let key = ("Ingress".to_string(), i.namespace.clone(), i.name.clone());
        Callback::from(move |_: MouseEvent| on_select.emit(key.clone()))
    };
    html! {
        <div class="service ingress" data-ingress={i.name.clone()}>
            <div class="service-head" {onclick}>
                <span class="node-name">{ &i.name }</span>
                <span class="svc-meta">{ format!("class {} {}", if i.class.is_empty() { "<none>" } else { &i.class }, if i.address.is_empty() { "no address yet" } else { &i.address }) }</span>
            </div>
            { for i.rules.iter().map(|(host, path, backend)| html! {
                <div class="endpoints"><span class="ep">{ format!("{}{}", host, path) }</span><span class="arrow">{"→"}</span><span class="ep ok">{ backend }</span></div>
            }) }
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
                { for n.pods.iter().map(|p| {
                    let leader = leader_of(&props.view, p);
                    pod(p, props.trace_pods.contains(&p.name), leader, &props.on_select)
                }) }
                { if n.pods.is_empty() { html!{ <span class="empty">{"no pods"}</span> } } else { html!{} } }
            </div>
        </div>
    }
}

fn service(s: &ServiceView, on_select: &Callback<(String, String, String)>) -> Html {
    let onclick = {
        let on_select = on_select.clone();
        let key = ("Service".to_string(), s.namespace.clone(), s.name.clone());
        Callback::from(move |_: MouseEvent| on_select.emit(key.clone()))
    };
    html! {
        <div class="service" data-service={s.name.clone()}>
            <div class="service-head" {onclick}>
                <span class="node-name">{ &s.name }</span>
                <span class="svc-meta">{ format!("{} {} {}", s.type_, s.cluster_ip, s.ports) }</span>
            </div>
            <div class="endpoints">
                <span class="arrow">{"→"}</span>
                { if s.endpoints.is_empty() { html! { <span class="empty">{"no endpoints"}</span> } } else { html! {} } }
                { for s.endpoints.iter().map(|(name, ready)| html! { <span class={classes!("ep", if *ready { "ok" } else { "wait" })}>{ name }</span> }) }
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
            <div class="control-plane" id="control-plane" title="the control plane's components run as static pods on the control-plane nodes; ★ marks the ones that lead">
                <span>{ format!("etcd leader: {}", v.etcd_leader.as_deref().unwrap_or("none (no quorum)")) }</span>
                { for v.leaders.iter().map(|(c, n)| html! { <span>{ format!("{}: {}", c.trim_start_matches("kube-"), n) }</span> }) }
                <span>{ format!("revision {}", v.revision) }</span>
            </div>
            { for v.nodes.iter().map(|n| node(n, props)) }
            { if v.pending.is_empty() { html!{} } else { html! {
                <div class="node pending-lane">
                    <div class="node-head"><span class="node-name">{"not scheduled yet"}</span></div>
                    <div class="pods">{ for v.pending.iter().map(|p| pod(p, false, None, &props.on_select)) }</div>
                </div>
            } } }
            { if v.ingresses.is_empty() { html! {} } else { html! {
                <>
                    <h2>{"Ingress"}</h2>
                    { for v.ingresses.iter().map(|i| ingress(i, &props.on_select)) }
                </>
            } } }
            { if v.services.is_empty() { html! {} } else { html! {
                <>
                    <h2>{"Services"}</h2>
                    { for v.services.iter().map(|s| service(s, &props.on_select)) }
                </>
            } } }
        </section>
    }
}
