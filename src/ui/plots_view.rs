//! The plots pane (plotters, drawn as SVG by `crate::plots`): a workload's desired and ready
//! replicas over cluster time, the requests each endpoint of a Service has answered, and each
//! node's CPU and memory requests against what it can allocate — redrawn as the cluster runs.

use super::Shared;
use crate::plots::{bars, replicas, Bar};
use crate::sim::view::ClusterView;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, Clone)]
pub struct Props {
    pub play: Shared,
    pub view: Rc<ClusterView>,
    /// Bumped as time passes, so the plots follow the cluster.
    pub frame: u64,
}

impl PartialEq for Props {
    fn eq(&self, other: &Self) -> bool {
        self.frame == other.frame
    }
}

/// Nodes drawn at most (the busiest first when there are more).
const NODES: usize = 12;
/// Endpoints drawn at most (the busiest first).
const ENDPOINTS: usize = 12;

fn svg(text: String) -> Html {
    Html::from_html_unchecked(AttrValue::from(text))
}

fn on_choose(state: &UseStateHandle<Option<String>>) -> Callback<Event> {
    let state = state.clone();
    Callback::from(move |e: Event| {
        if let Some(s) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
            state.set(Some(s.value()));
        }
    })
}

fn mib(bytes: f64) -> String {
    format!("{}Mi", (bytes / 1_048_576.0).round() as i64)
}

#[component(PlotsView)]
pub fn plots_view(props: &Props) -> Html {
    let workload = use_state(|| None::<String>);
    let service = use_state(|| None::<String>);
    let p = props.play.borrow();
    let c = p.cluster();
    let m = c.metrics();
    // Workloads as `Kind namespace/name`, the learner's own first (the add-ons' namespaces
    // last); unless one is chosen, the one that changed last is drawn.
    let system = |ns: &str| matches!(ns, "kube-system" | "kube-public" | "kube-node-lease" | "local-path-storage");
    let mut keyed: Vec<(bool, String, crate::sim::clock::SimTime)> = m
        .workloads()
        .map(|(k, ns, n)| (system(ns), format!("{} {}/{}", k, ns, n), m.series(k, ns, n).and_then(|s| s.back()).map(|p| p.at).unwrap_or_default()))
        .collect();
    keyed.sort();
    let latest = keyed.iter().filter(|(sys, _, _)| !sys).max_by_key(|(_, _, at)| *at).or(keyed.first()).map(|(_, n, _)| n.clone());
    let names: Vec<String> = keyed.into_iter().map(|(_, n, _)| n).collect();
    let chosen = workload.as_ref().filter(|w| names.contains(w)).cloned().or(latest);
    let replicas_plot = chosen.as_ref().and_then(|w| {
        let (kind, rest) = w.split_once(' ')?;
        let (ns, name) = rest.split_once('/')?;
        let pts: Vec<_> = m.series(kind, ns, name)?.iter().copied().collect();
        Some(replicas(&format!("{} {}: desired and ready replicas", kind.to_ascii_lowercase(), name), &pts, c.now(), (460, 220)))
    });
    // Requests per endpoint of the chosen Service.
    let services: Vec<String> = props.view.services.iter().map(|s| format!("{}/{}", s.namespace, s.name)).collect();
    // Unless one is chosen: the Service whose endpoints answered most (not the apiserver's).
    let busiest = props
        .view
        .services
        .iter()
        .filter(|s| !(s.namespace == "default" && s.name == "kubernetes"))
        .max_by_key(|s| (s.endpoints.iter().map(|(pod, _)| m.requests(&s.namespace, pod)).sum::<u64>(), std::cmp::Reverse(format!("{}/{}", s.namespace, s.name))))
        .map(|s| format!("{}/{}", s.namespace, s.name));
    let chosen_svc = service.as_ref().filter(|s| services.contains(s)).cloned().or(busiest).or(services.first().cloned());
    let requests_plot = chosen_svc.as_ref().and_then(|key| {
        let s = props.view.services.iter().find(|s| format!("{}/{}", s.namespace, s.name) == *key)?;
        let mut rows: Vec<Bar> = s.endpoints.iter().map(|(pod, _)| Bar { label: pod.clone(), values: vec![m.requests(&s.namespace, pod) as f64] }).collect();
        rows.sort_by(|a, b| b.values[0].total_cmp(&a.values[0]));
        rows.truncate(ENDPOINTS);
        let h = 60 + 34 * rows.len().max(1) as u32;
        Some(bars(&format!("service {}: requests answered per endpoint", s.name), &rows, 1.0, &|v| if v.fract() == 0.0 { format!("{}", v as i64) } else { String::new() }, (460, h)))
    });
    // Each node's requests as a share of its allocatable CPU and memory.
    let mut nodes: Vec<(String, f64, f64, String)> = c
        .scheduler()
        .nodes()
        .map(|n| {
            let cpu = 100.0 * n.requested.milli_cpu as f64 / n.allocatable_milli_cpu.max(1) as f64;
            let mem = 100.0 * n.requested.memory as f64 / n.allocatable_memory.max(1) as f64;
            let detail = format!("{}m of {}m CPU, {} of {} memory", n.requested.milli_cpu, n.allocatable_milli_cpu, mib(n.requested.memory as f64), mib(n.allocatable_memory as f64));
            (n.name.clone(), cpu, mem, detail)
        })
        .collect();
    let total = nodes.len();
    if total > NODES {
        nodes.sort_by(|a, b| (b.1 + b.2).total_cmp(&(a.1 + a.2)));
        nodes.truncate(NODES);
    }
    let rows: Vec<Bar> = nodes.iter().map(|(n, cpu, mem, _)| Bar { label: n.clone(), values: vec![*cpu, *mem] }).collect();
    let title = if total > NODES { format!("requests / allocatable: the {} busiest of {} nodes (CPU, memory)", NODES, total) } else { "requests / allocatable per node (CPU, memory)".to_string() };
    let alloc_plot = bars(&title, &rows, 100.0, &|v| format!("{}%", v.round() as i64), (460, 60 + 34 * rows.len().max(1) as u32));
    drop(p);
    html! {
        <section class="plots" id="plots">
            <div class="plot-head">
                <label>{"workload "}
                    <select id="plot-workload" onchange={on_choose(&workload)}>
                        { for names.iter().map(|n| html! { <option value={n.clone()} selected={Some(n) == chosen.as_ref()}>{ n }</option> }) }
                    </select>
                </label>
            </div>
            <div class="plot" id="plot-replicas">{ replicas_plot.map(svg).unwrap_or_else(|| html! { <p class="empty">{"no workload yet: try kubectl create deployment web --image=nginx --replicas=3"}</p> }) }</div>
            <div class="plot-head">
                <label>{"service "}
                    <select id="plot-service" onchange={on_choose(&service)}>
                        { for services.iter().map(|n| html! { <option value={n.clone()} selected={Some(n) == chosen_svc.as_ref()}>{ n }</option> }) }
                    </select>
                </label>
            </div>
            <div class="plot" id="plot-requests">{ requests_plot.map(svg).unwrap_or_else(|| html! { <p class="empty">{"no Service yet: try kubectl expose deployment web --port=80 --type=NodePort, then curl it"}</p> }) }</div>
            <div class="plot" id="plot-nodes" title={nodes.iter().map(|(n, _, _, d)| format!("{}: {}", n, d)).collect::<Vec<_>>().join("\n")}>{ svg(alloc_plot) }</div>
        </section>
    }
}
