//! Node lifecycle (`pkg/controller/nodelifecycle`) and taint-based eviction
//! (`pkg/controller/tainteviction`):
//! - health: every 5 s each node's last sign of life (its Lease renewed, or its status
//!   heartbeat) is checked; after the 50 s grace period the node's conditions become `Unknown`
//!   ("Kubelet stopped posting node status.") and its pods are marked not ready;
//! - taints by condition: `not-ready` while Ready is False, `unreachable` while it is Unknown
//!   (NoSchedule, and NoExecute with the time it was added), `unschedulable` while cordoned;
//! - eviction: pods on a node with NoExecute taints they do not tolerate are deleted at once;
//!   those tolerating them for `tolerationSeconds` (300 s by default admission) are deleted when
//!   that runs out. Recovery removes the taints and cancels what has not happened yet.

use crate::api::core::{Node, NodeCondition, Pod, Taint};
use crate::api::{Kind, ObjectRef, Typed};
use crate::apiserver::DeleteOptions;
use crate::client::events::{Recorder, NORMAL, WARNING};
use crate::client::informer::{Delta, Informer};
use crate::client::workqueue::WorkQueue;
use crate::client::Ctx;
use crate::scheduler::plugins::taint_toleration::toleration_matches;
use crate::sim::clock::SimTime;
use std::collections::BTreeMap;
use std::time::Duration;

pub const NOT_READY: &str = "node.kubernetes.io/not-ready";
pub const UNREACHABLE: &str = "node.kubernetes.io/unreachable";
pub const UNSCHEDULABLE: &str = "node.kubernetes.io/unschedulable";
/// `TaintNodesByCondition`: a pressure condition that is True keeps new pods away.
const PRESSURE_TAINTS: [(&str, &str); 3] =
    [("MemoryPressure", "node.kubernetes.io/memory-pressure"), ("DiskPressure", "node.kubernetes.io/disk-pressure"), ("PIDPressure", "node.kubernetes.io/pid-pressure")];

/// `--node-monitor-grace-period` (50 s since v1.32) and `--node-monitor-period`.
pub const GRACE_PERIOD: Duration = Duration::from_secs(50);
const MONITOR_PERIOD: Duration = Duration::from_secs(5);

/// What the controller last saw of a node's liveness and when.
#[derive(Debug, Default)]
struct Health {
    probe: SimTime,
    heartbeat: Option<String>,
    renew: Option<String>,
}

pub struct NodeLifecycle {
    pub queue: WorkQueue,
    health: BTreeMap<String, Box<Health>>,
    /// Nodes this instance has seen (upstream's `knownNodeSet`): a new one is announced with a
    /// `RegisteredNode` event.
    known: std::collections::BTreeSet<String>,
    next_monitor: Option<SimTime>,
    /// Pod key → when its eviction is due (the taint eviction controller's timed queue).
    evictions: BTreeMap<String, SimTime>,
    /// Nodes whose pods need their eviction deadlines recomputed.
    dirty_nodes: Vec<String>,
    recorder: Recorder,
    eviction_recorder: Recorder,
}

impl Default for NodeLifecycle {
    fn default() -> Self {
        NodeLifecycle {
            queue: WorkQueue::new(),
            health: BTreeMap::new(),
            known: Default::default(),
            next_monitor: None,
            evictions: BTreeMap::new(),
            dirty_nodes: Vec::new(),
            recorder: Recorder::new("node-controller", None),
            eviction_recorder: Recorder::new("taint-eviction-controller", None),
        }
    }
}

fn ready_condition(node: &Node) -> Option<&NodeCondition> {
    node.status.as_ref().and_then(|s| s.conditions.as_ref()).and_then(|cs| cs.iter().find(|c| c.type_ == "Ready"))
}

/// The condition taints a node should carry: (key, effect).
fn desired_taints(node: &Node) -> Vec<(&'static str, &'static str)> {
    let mut out = Vec::new();
    match ready_condition(node).map(|c| c.status.as_str()) {
        Some("True") => {}
        Some("False") => out.extend([(NOT_READY, "NoSchedule"), (NOT_READY, "NoExecute")]),
        _ => out.extend([(UNREACHABLE, "NoSchedule"), (UNREACHABLE, "NoExecute")]),
    }
    if node.spec.as_ref().and_then(|s| s.unschedulable).unwrap_or(false) {
        out.push((UNSCHEDULABLE, "NoSchedule"));
    }
    let conditions = node.status.as_ref().and_then(|s| s.conditions.as_ref());
    for (cond, key) in PRESSURE_TAINTS {
        if conditions.is_some_and(|cs| cs.iter().any(|c| c.type_ == cond && c.status == "True")) {
            out.push((key, "NoSchedule"));
        }
    }
    out
}

fn no_execute_taints(node: &Node) -> Vec<&Taint> {
    node.spec.as_ref().and_then(|s| s.taints.as_ref()).into_iter().flatten().filter(|t| t.effect == "NoExecute").collect()
}

impl NodeLifecycle {
    pub fn on_node(&mut self, delta: &Delta, now: SimTime) {
        let o = delta.object();
        let name = o.name().to_string();
        if let Delta::Deleted(_) = delta {
            self.health.remove(&name);
            self.known.remove(&name);
            return;
        }
        self.queue.add(&o.cache_key());
        if let Some(node) = Node::from_object(o) {
            let hb = ready_condition(node).and_then(|c| c.last_heartbeat_time.as_ref()).map(|t| t.0.to_string());
            let h = self.health.entry(name.clone()).or_insert_with(|| Box::new(Health { probe: now, ..Default::default() }));
            if h.heartbeat != hb {
                h.heartbeat = hb;
                h.probe = now;
            }
            let taints_changed = match delta {
                Delta::Updated { old, .. } => Node::from_object(old).map(no_execute_taints) != Some(no_execute_taints(node)),
                _ => true,
            };
            if taints_changed {
                self.dirty_nodes.push(name);
            }
        }
    }

    /// Node Leases (`kube-node-lease`) renewed by their kubelets.
    pub fn on_lease(&mut self, delta: &Delta, now: SimTime) {
        let o = delta.object();
        if o.namespace() != "kube-node-lease" || matches!(delta, Delta::Deleted(_)) {
            return;
        }
        let Some(l) = crate::api::coordination::Lease::from_object(o) else { return };
        let renew = l.spec.as_ref().and_then(|s| s.renew_time.as_ref()).map(|t| t.0.to_string());
        let h = self.health.entry(o.name().to_string()).or_insert_with(|| Box::new(Health { probe: now, ..Default::default() }));
        if h.renew != renew {
            h.renew = renew;
            h.probe = now;
        }
    }

    /// Pods that appear on, or change on, a node with NoExecute taints need a deadline.
    pub fn on_pod(&mut self, delta: &Delta) {
        match delta {
            Delta::Deleted(o) => {
                self.evictions.remove(&o.cache_key());
            }
            _ => {
                if let Some(n) = delta.object().as_pod().and_then(|p| p.spec.as_ref()).and_then(|s| s.node_name.clone()) {
                    self.dirty_nodes.push(n);
                }
            }
        }
    }

    pub fn next_wakeup(&self, now: SimTime) -> Option<SimTime> {
        [self.queue.next_ready(now), self.next_monitor, self.evictions.values().min().copied(), (!self.dirty_nodes.is_empty()).then_some(now)]
            .into_iter()
            .flatten()
            .min()
    }

    pub fn process(&mut self, ctx: &mut Ctx, nodes: &Informer, pods: &Informer) {
        if self.next_monitor.is_none_or(|t| t <= ctx.now) {
            self.monitor_health(ctx, nodes, pods);
            self.next_monitor = Some(ctx.now + MONITOR_PERIOD);
        }
        while let Some(key) = self.queue.pop(ctx.now) {
            let Some(node) = nodes.get(&key).and_then(|o| Node::from_object(o)) else { continue };
            self.sync_taints(ctx, &key, node);
        }
        let dirty = std::mem::take(&mut self.dirty_nodes);
        let mut seen = std::collections::BTreeSet::new();
        for n in dirty {
            if seen.insert(n.clone()) {
                self.schedule_evictions(ctx, &n, nodes, pods);
            }
        }
        self.run_evictions(ctx, pods);
        if let Some(t) = self.next_wakeup(ctx.now) {
            ctx.wake_at(t);
        }
    }

    /// `monitorNodeHealth`: nodes silent for longer than the grace period go Unknown.
    fn monitor_health(&mut self, ctx: &mut Ctx, nodes: &Informer, pods: &Informer) {
        for o in nodes.iter() {
            let Some(node) = Node::from_object(o) else { continue };
            let name = o.name().to_string();
            if !self.known.contains(&name) {
                self.known.insert(name.clone());
                self.recorder.event(ctx, o, NORMAL, "RegisteredNode", &format!("Node {} event: Registered Node {} in Controller", name, name));
            }
            let probe = self.health.entry(name.clone()).or_insert_with(|| Box::new(Health { probe: ctx.now, ..Default::default() })).probe;
            if ctx.now.since(probe) <= GRACE_PERIOD {
                continue;
            }
            let Some(status) = node.status.as_ref() else { continue };
            if ready_condition(node).is_some_and(|c| c.status == "Unknown") {
                continue;
            }
            let now_time = ctx.api.epoch().time(ctx.now);
            let mut n = node.clone();
            let mut conditions = status.conditions.clone().unwrap_or_default();
            for c in conditions.iter_mut().filter(|c| matches!(c.type_.as_str(), "Ready" | "MemoryPressure" | "DiskPressure" | "PIDPressure")) {
                c.status = "Unknown".into();
                c.reason = Some("NodeStatusUnknown".into());
                c.message = Some("Kubelet stopped posting node status.".into());
                c.last_transition_time = Some(now_time.clone());
            }
            n.status.get_or_insert_with(Default::default).conditions = Some(conditions);
            n.metadata.resource_version = None;
            if ctx.update_status(n.into_object()).is_err() {
                continue;
            }
            ctx.trace(format!("node {} stopped posting status for {}s: marked Unknown", name, GRACE_PERIOD.as_secs()));
            self.recorder.event(ctx, o, NORMAL, "NodeNotReady", &format!("Node {} status is now: NodeNotReady", name));
            self.mark_pods_not_ready(ctx, &name, pods);
        }
    }

    /// `MarkPodsNotReady`: the node's pods lose their Ready condition.
    fn mark_pods_not_ready(&mut self, ctx: &mut Ctx, node: &str, pods: &Informer) {
        let now_time = ctx.api.epoch().time(ctx.now);
        let on_node: Vec<ObjectRef> = pods.on_node(node).cloned().collect();
        for o in on_node {
            let Some(pod) = Pod::from_object(&o) else { continue };
            let mut p = pod.clone();
            let mut changed = false;
            for c in p.status.iter_mut().flat_map(|s| s.conditions.iter_mut().flatten()) {
                if c.type_ == "Ready" && c.status != "False" {
                    c.status = "False".into();
                    c.last_transition_time = Some(now_time.clone());
                    changed = true;
                }
            }
            if !changed {
                continue;
            }
            p.metadata.resource_version = None;
            if ctx.update_status(p.into_object()).is_ok() {
                self.recorder.event(ctx, &o, WARNING, "NodeNotReady", "Node is not ready");
            }
        }
    }

    fn sync_taints(&mut self, ctx: &mut Ctx, key: &str, node: &Node) {
        let want = desired_taints(node);
        let managed = [NOT_READY, UNREACHABLE, UNSCHEDULABLE, PRESSURE_TAINTS[0].1, PRESSURE_TAINTS[1].1, PRESSURE_TAINTS[2].1];
        let current: Vec<Taint> = node.spec.as_ref().and_then(|s| s.taints.clone()).unwrap_or_default();
        let is_managed = |t: &Taint| managed.contains(&t.key.as_str()) && (t.effect == "NoSchedule" || t.effect == "NoExecute");
        let mut next: Vec<Taint> = current.iter().filter(|t| !is_managed(t) || want.contains(&(t.key.as_str(), t.effect.as_str()))).cloned().collect();
        for (k, effect) in &want {
            if !next.iter().any(|t| t.key == *k && t.effect == *effect) {
                let time_added = (*effect == "NoExecute").then(|| ctx.api.epoch().time(ctx.now));
                next.push(Taint { key: k.to_string(), effect: effect.to_string(), time_added, value: None });
            }
        }
        if next == current {
            return;
        }
        let mut n = node.clone();
        n.spec.get_or_insert_with(Default::default).taints = if next.is_empty() { None } else { Some(next) };
        match ctx.update(n.into_object()) {
            Ok(_) => ctx.trace(format!("node {} taints now {:?}", key, want)),
            Err(e) => {
                let at = self.queue.add_rate_limited(key, ctx.now);
                ctx.wake_at(at);
                ctx.trace(format!("tainting node {} failed: {}", key, e));
            }
        }
    }

    /// The taint eviction controller's per-node pass: each pod's deadline from the NoExecute
    /// taints and its tolerations (`getMinTolerationTime`).
    fn schedule_evictions(&mut self, ctx: &mut Ctx, node_name: &str, nodes: &Informer, pods: &Informer) {
        let taints: Vec<Taint> = nodes.get(node_name).and_then(|o| Node::from_object(o)).map(|n| no_execute_taints(n).into_iter().cloned().collect()).unwrap_or_default();
        let epoch = ctx.api.epoch();
        for o in pods.on_node(node_name) {
            let key = o.cache_key();
            let Some(pod) = Pod::from_object(o) else { continue };
            if taints.is_empty() || pod.metadata.deletion_timestamp.is_some() {
                self.evictions.remove(&key);
                continue;
            }
            let tolerations = pod.spec.as_ref().and_then(|s| s.tolerations.as_deref()).unwrap_or(&[]);
            let mut due: Option<SimTime> = None;
            let mut forever = true;
            for t in &taints {
                let Some(tol) = tolerations.iter().find(|tol| toleration_matches(tol, t)) else {
                    due = Some(ctx.now);
                    forever = false;
                    break;
                };
                if let Some(secs) = tol.toleration_seconds {
                    forever = false;
                    let added = t.time_added.as_ref().map(|ta| epoch.sim_time(&ta.0)).unwrap_or(ctx.now);
                    let at = added + Duration::from_secs(secs.max(0) as u64);
                    due = Some(due.map_or(at, |d| d.min(at)));
                }
            }
            match due {
                Some(at) if !forever => {
                    self.evictions.insert(key, at);
                }
                _ => {
                    self.evictions.remove(&key);
                }
            }
        }
    }

    fn run_evictions(&mut self, ctx: &mut Ctx, pods: &Informer) {
        let due: Vec<String> = self.evictions.iter().filter(|(_, t)| **t <= ctx.now).map(|(k, _)| k.clone()).collect();
        for key in due {
            self.evictions.remove(&key);
            let Some(o) = pods.get(&key).cloned() else { continue };
            if o.meta().deletion_timestamp.is_some() {
                continue;
            }
            let msg = format!("Marking for deletion Pod {}", key);
            self.eviction_recorder.event(ctx, &o, NORMAL, "TaintManagerEviction", &msg);
            let opts = DeleteOptions { precondition_uid: Some(o.uid().to_string()), ..Default::default() };
            match ctx.delete(Kind::Pod, o.namespace(), o.name(), &opts) {
                Ok(_) => ctx.trace(format!("evicted pod {} from its tainted node", key)),
                Err(e) => ctx.trace(format!("evicting pod {} failed: {}", key, e)),
            }
        }
    }
}
