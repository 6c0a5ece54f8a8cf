//! The page (wasm32 only): a yew app that renders the `Terminal` and a snapshot of the cluster,
//! forwards keys and pastes, and lets virtual time follow real time on an interval.

mod cluster_view;
mod terminal_view;

use crate::shell::terminal::Terminal;
use crate::sim::config::ClusterConfig;
use crate::sim::Cluster;
use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;
use yew::prelude::*;

/// Mounts the app on `<body>`.
pub fn start() {
    yew::Renderer::<App>::new().render();
}

fn now_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map(|p| p.now()).unwrap_or(0.0)
}

/// `?control-planes=3` in the page's address asks for kubeadm's HA topology.
fn control_planes_from_url() -> usize {
    let search = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    search.trim_start_matches('?').split('&').find_map(|kv| kv.strip_prefix("control-planes=")).and_then(|v| v.parse().ok()).filter(|n| (1..=3).contains(n)).unwrap_or(1)
}

/// A new cluster: a random seed (recorded in the page) and the real current time as its epoch;
/// one control plane, or kubeadm's stacked HA topology with three.
fn new_cluster(control_planes: usize) -> Cluster {
    let mut buf = [0u8; 8];
    let seed = if getrandom::getrandom(&mut buf).is_ok() { u64::from_le_bytes(buf) } else { 1 };
    let mut config = if control_planes > 1 { ClusterConfig::kubeadm_ha(seed, control_planes) } else { ClusterConfig::kubeadm(seed) };
    config.epoch_unix_ms = js_sys::Date::now() as i64;
    Cluster::boot(config)
}

/// The page's one terminal and cluster. It lives as long as the page (a new cluster is a new
/// page load), so it is leaked on purpose: nothing ever has to drop a whole cluster.
pub type Shared = &'static RefCell<Terminal>;

#[component]
fn App() -> Html {
    let term: Shared = *use_memo((), |_| -> Shared { Box::leak(Box::new(RefCell::new(Terminal::new(new_cluster(control_planes_from_url()))))) });
    let redraw = use_force_update();
    {
        let term = term;
        let redraw = redraw.clone();
        use_effect_with((), move |_| {
            let mut last = now_ms();
            let interval = gloo::timers::callback::Interval::new(100, move || {
                let now = now_ms();
                let dt = (now - last).max(0.0);
                last = now;
                term.borrow_mut().tick(Duration::from_micros((dt * 1000.0) as u64));
                redraw.force_update();
            });
            move || drop(interval)
        });
    }
    let (paused, seed, uptime, view) = {
        let t = term.borrow();
        let now = t.cluster.now();
        (t.paused, t.cluster.config().seed, crate::sim::clock::human_duration(now.since(crate::sim::clock::SimTime::ZERO)), t.cluster.snapshot())
    };
    let on_pause = {
        let term = term;
        let redraw = redraw.clone();
        Callback::from(move |_| {
            let p = term.borrow().paused;
            term.borrow_mut().set_paused(!p);
            redraw.force_update();
        })
    };
    let control_planes = use_node_ref();
    // A new cluster is a fresh page load with the chosen topology in its address: nothing of the
    // old cluster survives, and the address can be shared.
    let on_new = {
        let select = control_planes.clone();
        Callback::from(move |_| {
            let n = select.cast::<web_sys::HtmlSelectElement>().and_then(|s| s.value().parse::<usize>().ok()).unwrap_or(1);
            if let Some(w) = web_sys::window() {
                let _ = w.location().set_search(&format!("control-planes={}", n));
            }
        })
    };
    let current = control_planes_from_url();
    html! {
        <div class="app">
            <header class="topbar">
                <span class="brand">{"kubeplay"}</span>
                <span class="subtitle">{"a Kubernetes v1.34 cluster, simulated in this tab"}</span>
                <span class="spacer"></span>
                <label class="newcluster" title="kubeadm's topology: one control plane, or three with stacked etcd members">
                    <select id="control-planes" ref={control_planes}>
                        <option value="1" selected={current == 1}>{"1 control plane"}</option>
                        <option value="3" selected={current == 3}>{"3 control planes (HA)"}</option>
                    </select>
                    <button id="new-cluster" onclick={on_new}>{"New cluster"}</button>
                </label>
                <span class="clock" id="clock" title={format!("seed {}", seed)}>{format!("cluster up {}", uptime)}</span>
                <button id="pause" class={classes!("pause", paused.then_some("paused"))} onclick={on_pause}>
                    { if paused { "▶ Resume" } else { "❚❚ Pause" } }
                </button>
            </header>
            <main class="panes">
                <terminal_view::TerminalView term={term} redraw={redraw.clone()} />
                <cluster_view::ClusterMap view={Rc::new(view)} />
            </main>
        </div>
    }
}
