//! The kube-proxy DaemonSet's processes: each node's proxier acts while its kube-proxy container
//! runs there. They share the Service and EndpointSlice informers and the snapshot built from
//! them; a node syncs its rules when what it knows changed, at most once per `minSyncPeriod`
//! (upstream's `BoundedFrequencyRunner`), and its kernel keeps the last rules it wrote — also
//! while kube-proxy is down.

use super::iptables::NodeParams;
use super::ipvs::ProxyMode;
use crate::network::netfilter::{node_tables, Tables};
use super::ServiceSnapshot;
use crate::api::Kind;
use crate::client::informer::Informer;
use crate::client::Ctx;
use crate::sim::clock::SimTime;
use std::cell::RefCell;
use std::sync::Arc;
use std::time::Duration;

/// `iptables.minSyncPeriod`'s default.
pub const MIN_SYNC_PERIOD: Duration = Duration::from_secs(1);
/// The DaemonSet's image: a node's proxier runs while a container of it runs there.
pub const IMAGE: &str = "registry.k8s.io/kube-proxy";

/// One node's proxier and what its kernel holds.
#[derive(Default)]
struct NodeProxy {
    /// The snapshot its rules were last written from, with the generation it had.
    synced: Option<(u64, Arc<ServiceSnapshot>)>,
    last_sync: Option<SimTime>,
    /// Its tables, compiled when first looked at after a sync (for the pod CIDR they were
    /// compiled with): requests and `iptables-save` reuse them.
    compiled: RefCell<Option<(Option<String>, Arc<Tables>)>>,
    /// When the running kube-proxy process started, and the mode it read from its ConfigMap then.
    started: Option<SimTime>,
    mode: ProxyMode,
}

pub struct KubeProxy {
    services: Informer,
    slices: Informer,
    started: bool,
    /// Bumped on every change the informers see.
    generation: u64,
    snapshot: Option<(u64, Arc<ServiceSnapshot>)>,
    nodes: Vec<NodeProxy>,
    cluster_cidr: String,
    /// The revision of the latest Service or EndpointSlice change seen (the timeline's cause).
    cause: i64,
}

/// One round of rule syncs, for the timeline.
pub struct Round {
    pub nodes: Vec<String>,
    /// What changed in the rules, one item per service port.
    pub changes: Vec<String>,
    pub cause: i64,
}

impl KubeProxy {
    pub fn new(nodes: usize, cluster_cidr: &str) -> Self {
        KubeProxy {
            services: Informer::new(Kind::Service),
            slices: Informer::new(Kind::EndpointSlice),
            started: false,
            generation: 0,
            snapshot: None,
            nodes: (0..nodes).map(|_| NodeProxy::default()).collect(),
            cluster_cidr: cluster_cidr.to_string(),
            cause: 0,
        }
    }

    /// What the informers hold now, as a snapshot (rebuilt only after a change).
    pub fn current(&mut self) -> Arc<ServiceSnapshot> {
        if let Some((g, s)) = &self.snapshot {
            if *g == self.generation {
                return s.clone();
            }
        }
        let s = Arc::new(ServiceSnapshot::build(self.services.iter(), self.slices.iter()));
        self.snapshot = Some((self.generation, s.clone()));
        s
    }

    /// When the kube-proxy process the proxier of node `i` last saw started.
    pub fn seen_start(&self, i: usize) -> Option<SimTime> {
        self.nodes.get(i).and_then(|n| n.started)
    }

    /// One turn. `started[i]` says when node `i`'s kube-proxy container started (None: it does
    /// not run); `names[i]` is its name. A process that started since the last turn reads its
    /// ConfigMap (`config.conf`'s `mode`) and writes its rules afresh.
    pub fn handle(&mut self, ctx: &mut Ctx, names: &[String], started: &[Option<SimTime>]) -> Option<Round> {
        let running: Vec<bool> = started.iter().map(Option::is_some).collect();
        for (i, s) in started.iter().enumerate().take(self.nodes.len()) {
            if s.is_none() || *s == self.nodes[i].started {
                continue;
            }
            let conf = ctx.get(Kind::ConfigMap, "kube-system", "kube-proxy").ok().and_then(|o| o.as_typed::<crate::api::core::ConfigMap>().and_then(|c| c.data.as_ref()?.get("config.conf").cloned())).unwrap_or_default();
            let (mode, unsupported) = ProxyMode::from_config(&conf);
            match unsupported {
                Some(m) => ctx.trace(format!("kube-proxy on {}: mode {:?} is not simulated: using the iptables proxier", names[i], m)),
                None => ctx.trace(format!("kube-proxy on {} started: Using {} Proxier", names[i], mode.name())),
            }
            let node = &mut self.nodes[i];
            node.started = *s;
            node.mode = mode;
            node.synced = None;
            node.last_sync = None;
            node.compiled.replace(None);
        }
        let running = &running[..];
        let owner = ctx.owner;
        let changed = if self.started {
            let mut deltas = self.services.sync(ctx.api, owner);
            deltas.extend(self.slices.sync(ctx.api, owner));
            for d in &deltas {
                self.cause = self.cause.max(crate::client::span::revision_of(d.object()));
            }
            !deltas.is_empty()
        } else {
            self.started = true;
            self.services.start(ctx.api, owner);
            self.slices.start(ctx.api, owner);
            true
        };
        if changed {
            self.generation += 1;
        }
        let mut synced = Vec::new();
        let mut before: Option<Option<Arc<ServiceSnapshot>>> = None;
        let mut next: Option<SimTime> = None;
        for i in 0..self.nodes.len().min(running.len()) {
            if !running[i] || self.nodes[i].synced.as_ref().is_some_and(|(g, _)| *g == self.generation) {
                continue;
            }
            if let Some(t) = self.nodes[i].last_sync.map(|t| t + MIN_SYNC_PERIOD).filter(|t| *t > ctx.now) {
                next = Some(next.map_or(t, |n| n.min(t)));
                continue;
            }
            let snap = self.current();
            let node = &mut self.nodes[i];
            if before.is_none() {
                before = Some(node.synced.as_ref().map(|(_, s)| s.clone()));
            }
            node.synced = Some((self.generation, snap));
            node.last_sync = Some(ctx.now);
            node.compiled.replace(None);
            synced.push(names[i].as_str());
        }
        if let Some(t) = next {
            ctx.wake_at(t);
        }
        // One line per round, for the timeline.
        let (_, snap) = self.snapshot.as_ref().filter(|_| !synced.is_empty())?;
        let ports = snap.ports.iter().filter(|p| p.cluster_ip.is_some()).count();
        let eps: usize = snap.ports.iter().map(|p| p.endpoints.len()).sum();
        let on = if synced.len() <= 5 { synced.join(", ") } else { format!("{} nodes", synced.len()) };
        ctx.trace(format!("syncProxyRules on {}: rules for {} service ports and {} endpoints", on, ports, eps));
        let changes = rule_changes(before.flatten().as_deref(), snap);
        Some(Round { nodes: synced.iter().map(|s| s.to_string()).collect(), changes, cause: self.cause })
    }

    /// The tables node `i`'s kernel holds (without kube-proxy's rules before its first sync).
    pub fn tables(&self, i: usize, name: &str, pod_cidr: Option<String>, node_ip: &str) -> Arc<Tables> {
        let node = self.nodes.get(i);
        if let Some((cidr, t)) = node.and_then(|n| n.compiled.borrow().clone()) {
            if cidr == pod_cidr {
                return t;
            }
        }
        let mode = node.map(|n| n.mode.clone()).unwrap_or_default();
        let params = NodeParams { name: name.to_string(), cluster_cidr: self.cluster_cidr.clone(), pod_cidr: pod_cidr.clone(), node_ip: node_ip.to_string(), mode };
        let t = Arc::new(node_tables(node.and_then(|n| n.synced.as_ref()).map(|(_, s)| &**s), &params));
        if let Some(n) = node {
            n.compiled.replace(Some((pod_cidr, t.clone())));
        }
        t
    }
}

/// What a sync changed, per service port with a ClusterIP: its chain and the ready endpoints
/// added (+) and removed (−); a new or removed port says so.
pub fn rule_changes(old: Option<&ServiceSnapshot>, new: &ServiceSnapshot) -> Vec<String> {
    use super::SvcPort;
    let ready = |p: &SvcPort| -> Vec<String> { p.endpoints.iter().filter(|e| e.ready).map(|e| e.addr()).collect() };
    let key = |p: &SvcPort| (p.name(), p.proto());
    let empty = ServiceSnapshot::default();
    let old = old.unwrap_or(&empty);
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::new();
    let with_ip = |v: &[SvcPort]| v.iter().filter(|p| p.cluster_ip.is_some()).cloned().collect::<Vec<_>>();
    let (a, b) = (with_ip(&old.ports), with_ip(&new.ports));
    while i < a.len() || j < b.len() {
        let ord = match (a.get(i), b.get(j)) {
            (Some(x), Some(y)) => key(x).cmp(&key(y)),
            (Some(_), None) => std::cmp::Ordering::Less,
            _ => std::cmp::Ordering::Greater,
        };
        match ord {
            std::cmp::Ordering::Less => {
                out.push(format!("removed {} ({})", super::iptables::svc_chain(&a[i]), a[i].name()));
                i += 1;
            }
            std::cmp::Ordering::Greater => {
                let eps = ready(&b[j]);
                out.push(format!("added {} ({}) → {}", super::iptables::svc_chain(&b[j]), b[j].name(), if eps.is_empty() { "no endpoints".to_string() } else { eps.join(", ") }));
                j += 1;
            }
            std::cmp::Ordering::Equal => {
                let (was, is) = (ready(&a[i]), ready(&b[j]));
                let mut diff: Vec<String> = is.iter().filter(|e| !was.contains(e)).map(|e| format!("+{}", e)).collect();
                diff.extend(was.iter().filter(|e| !is.contains(e)).map(|e| format!("−{}", e)));
                if !diff.is_empty() {
                    out.push(format!("rewrote {} ({}): {}", super::iptables::svc_chain(&b[j]), b[j].name(), diff.join(" ")));
                }
                i += 1;
                j += 1;
            }
        }
    }
    out
}
