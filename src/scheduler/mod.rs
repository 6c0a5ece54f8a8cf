//! kube-scheduler: pods without a node enter the queue; `schedule_one` filters nodes through the
//! plugins, scores the feasible ones, picks the best (ties broken by the seeded rng), assumes the
//! pod in its cache and binds it through the apiserver. Failures give upstream's diagnosis.

pub mod framework;
pub mod plugins;
pub mod queue;

use crate::api::core::{Pod, PodCondition};
use crate::api::{ObjectRef, Typed};
use crate::client::events::{Recorder, NORMAL, WARNING};
use crate::client::informer::{Delta, Informer};
use crate::client::Ctx;
use crate::sim::clock::SimTime;
use crate::sim::rng::SimRng;
use framework::{pod_requests, Code, FilterPlugin, NodeInfo, Requests, ScorePlugin};
use queue::SchedulingQueue;
use std::collections::BTreeMap;

pub const SCHEDULER_NAME: &str = "default-scheduler";

pub struct Scheduler {
    pods: Informer,
    nodes: Informer,
    queue: SchedulingQueue,
    /// The scheduler cache: node infos with assigned and assumed pods.
    cache: BTreeMap<String, NodeInfo>,
    /// pod key → (node, requests) for every pod counted in the cache.
    placed: BTreeMap<String, (String, Requests)>,
    filters: Vec<Box<dyn FilterPlugin>>,
    scorers: Vec<Box<dyn ScorePlugin>>,
    rng: SimRng,
    recorder: Recorder,
    next_start_node_index: usize,
    started: bool,
    /// Node names in cache order, rebuilt only when nodes come or go.
    node_names: Vec<String>,
    /// Scheduling cycles take time (microseconds of virtual time): the cycle is serial, so this
    /// is when the scheduler can start the next one.
    busy_until_us: u64,
}

/// A cycle's modelled cost: fixed work plus filtering and scoring each node evaluated.
const CYCLE_BASE_US: u64 = 200;
const CYCLE_PER_NODE_US: u64 = 4;

fn is_terminal(pod: &Pod) -> bool {
    matches!(pod.status.as_ref().and_then(|s| s.phase.as_deref()), Some("Succeeded") | Some("Failed"))
}

fn assigned_node(pod: &Pod) -> Option<&str> {
    pod.spec.as_ref().and_then(|s| s.node_name.as_deref()).filter(|n| !n.is_empty())
}

fn responsible(pod: &Pod) -> bool {
    pod.spec.as_ref().and_then(|s| s.scheduler_name.as_deref()).unwrap_or(SCHEDULER_NAME) == SCHEDULER_NAME
}

/// `numFeasibleNodesToFind` with the adaptive percentage (50% minus 1% per 125 nodes, at least 5%).
fn num_feasible_nodes_to_find(all: usize) -> usize {
    const MIN_FEASIBLE: usize = 100;
    if all < MIN_FEASIBLE {
        return all;
    }
    let pct = (50usize.saturating_sub(all / 125)).max(5);
    (all * pct / 100).max(MIN_FEASIBLE)
}

impl Scheduler {
    pub fn new(rng: SimRng) -> Self {
        Scheduler {
            pods: Informer::new(crate::api::Kind::Pod),
            nodes: Informer::new(crate::api::Kind::Node),
            queue: SchedulingQueue::default(),
            cache: BTreeMap::new(),
            placed: BTreeMap::new(),
            filters: plugins::filters(),
            scorers: plugins::scorers(),
            rng,
            recorder: Recorder::new(SCHEDULER_NAME, None),
            next_start_node_index: 0,
            started: false,
            node_names: Vec::new(),
            busy_until_us: 0,
        }
    }

    pub fn handle(&mut self, ctx: &mut Ctx) {
        let owner = ctx.owner;
        let (node_deltas, pod_deltas) = if self.started {
            (self.nodes.sync(ctx.api, owner), self.pods.sync(ctx.api, owner))
        } else {
            self.started = true;
            (self.nodes.start(ctx.api, owner), self.pods.start(ctx.api, owner))
        };
        let mut cluster_event = false;
        for d in &node_deltas {
            cluster_event |= self.on_node(d);
        }
        for d in &pod_deltas {
            cluster_event |= self.on_pod(d);
        }
        if cluster_event {
            if let Some(t) = self.queue.move_all_to_active_or_backoff(ctx.now) {
                ctx.wake_at(t);
            }
        }
        let now_us = ctx.now.as_millis() * 1000;
        let mut clock = self.busy_until_us.max(now_us);
        while clock < now_us + 1000 {
            let Some(key) = self.queue.pop(ctx.now) else { break };
            let evaluated = self.schedule_one(ctx, &key);
            clock += CYCLE_BASE_US + CYCLE_PER_NODE_US * evaluated as u64;
        }
        self.busy_until_us = clock;
        if let Some(t) = self.next_wakeup(ctx.now) {
            ctx.wake_at(t);
        }
    }

    pub fn next_wakeup(&self, now: SimTime) -> Option<SimTime> {
        if !self.started {
            return Some(now);
        }
        let ready = self.queue.next_ready(now)?;
        Some(ready.max(SimTime::from_millis(self.busy_until_us / 1000)))
    }

    fn on_node(&mut self, d: &Delta) -> bool {
        let o = d.object();
        let name = o.name().to_string();
        match d {
            Delta::Deleted(_) => {
                self.cache.remove(&name);
                self.node_names = self.cache.keys().cloned().collect();
                false
            }
            _ => {
                let node = o.as_node().expect("node").clone();
                match self.cache.get_mut(&name) {
                    Some(info) => info.set_node(node),
                    None => {
                        self.cache.insert(name, NodeInfo::new(node));
                        self.node_names = self.cache.keys().cloned().collect();
                    }
                }
                true
            }
        }
    }

    /// Pod handlers: unassigned pods go to the queue, assigned pods to the cache. Returns whether
    /// the event may make unschedulable pods fit (an assigned pod went away).
    fn on_pod(&mut self, d: &Delta) -> bool {
        let o = d.object();
        let key = o.cache_key();
        let pod = o.as_pod().expect("pod");
        match d {
            Delta::Deleted(_) => {
                self.queue.remove(&key);
                self.forget(&key)
            }
            _ => {
                if let Some(node) = assigned_node(pod) {
                    self.queue.remove(&key);
                    if is_terminal(pod) {
                        return self.forget(&key);
                    }
                    self.place(&key, node, pod_requests(pod));
                    false
                } else {
                    if responsible(pod) && pod.metadata.deletion_timestamp.is_none() && !self.queue.contains(&key) {
                        self.queue.add(&key, pod.spec.as_ref().and_then(|s| s.priority).unwrap_or(0));
                    }
                    false
                }
            }
        }
    }

    fn place(&mut self, key: &str, node: &str, r: Requests) {
        if let Some((prev, _)) = self.placed.get(key) {
            if prev == node {
                return;
            }
            self.forget(key);
        }
        if let Some(info) = self.cache.get_mut(node) {
            info.add_pod(key, r);
        }
        self.placed.insert(key.to_string(), (node.to_string(), r));
    }

    fn forget(&mut self, key: &str) -> bool {
        match self.placed.remove(key) {
            Some((node, r)) => {
                if let Some(info) = self.cache.get_mut(&node) {
                    info.remove_pod(key, r);
                }
                true
            }
            None => false,
        }
    }

    /// `scheduleOne`: filter, score, select, assume, bind. Returns how many nodes it evaluated.
    fn schedule_one(&mut self, ctx: &mut Ctx, key: &str) -> usize {
        let Some(obj) = self.pods.get(key).cloned() else { return 0 };
        let pod = Pod::from_object(&obj).expect("pod").clone();
        if assigned_node(&pod).is_some() || pod.metadata.deletion_timestamp.is_some() {
            return 0;
        }
        let requests = pod_requests(&pod);
        let names = std::mem::take(&mut self.node_names);
        let total = names.len();
        let want = num_feasible_nodes_to_find(total);
        let mut feasible: Vec<String> = Vec::new();
        let mut statuses: BTreeMap<String, framework::Status> = BTreeMap::new();
        let mut visited = 0;
        for i in 0..total {
            if feasible.len() >= want {
                break;
            }
            let name = &names[(self.next_start_node_index + i) % total];
            visited += 1;
            let info = &self.cache[name];
            let status = self.run_filters(&pod, &requests, info);
            if status.is_success() {
                feasible.push(name.clone());
            } else {
                statuses.insert(name.clone(), status);
            }
        }
        if total > 0 {
            self.next_start_node_index = (self.next_start_node_index + visited) % total;
        }
        self.node_names = names;
        if feasible.is_empty() {
            self.fail(ctx, &obj, &pod, key, total, &statuses);
            return visited;
        }
        let host = self.select_host(&pod, &requests, &feasible);
        self.place(key, &host, requests);
        let ns = pod.metadata.namespace.clone().unwrap_or_default();
        let name = pod.metadata.name.clone().unwrap_or_default();
        match ctx.bind(&ns, &name, &host) {
            Ok(bound) => {
                ctx.trace(format!("bound {} to {} ({} feasible of {} nodes)", key, host, feasible.len(), total));
                let msg = format!("Successfully assigned {}/{} to {}", ns, name, host);
                self.recorder.event(ctx, &bound, NORMAL, "Scheduled", &msg);
            }
            Err(e) => {
                self.forget(key);
                ctx.trace(format!("binding {} to {} failed: {}", key, host, e));
                if !e.is_not_found() {
                    let at = self.queue.add_backoff(key, ctx.now);
                    ctx.wake_at(at);
                }
            }
        }
        visited
    }

    fn run_filters(&self, pod: &Pod, r: &Requests, info: &NodeInfo) -> framework::Status {
        for f in &self.filters {
            let s = f.filter(pod, r, info);
            if !s.is_success() {
                return s;
            }
        }
        framework::Status::success()
    }

    /// Scores every feasible node, and picks the highest (reservoir sampling among ties).
    fn select_host(&mut self, pod: &Pod, r: &Requests, feasible: &[String]) -> String {
        let mut totals = vec![0i64; feasible.len()];
        for s in &self.scorers {
            let mut scores: Vec<i64> = feasible.iter().map(|n| s.score(pod, r, &self.cache[n])).collect();
            s.normalize(&mut scores);
            for (t, v) in totals.iter_mut().zip(scores) {
                *t += v * s.weight();
            }
        }
        let mut best = 0;
        let mut ties = 0u64;
        for i in 0..feasible.len() {
            if i == 0 || totals[i] > totals[best] {
                best = i;
                ties = 1;
            } else if totals[i] == totals[best] {
                ties += 1;
                if self.rng.below(ties) == 0 {
                    best = i;
                }
            }
        }
        feasible[best].clone()
    }

    /// A FitError: the "0/3 nodes are available: …" diagnosis as an event and a pod condition.
    fn fail(&mut self, ctx: &mut Ctx, obj: &ObjectRef, pod: &Pod, key: &str, total: usize, statuses: &BTreeMap<String, framework::Status>) {
        let mut histogram: BTreeMap<String, usize> = BTreeMap::new();
        let mut unresolvable = 0;
        for st in statuses.values() {
            if st.code == Code::UnschedulableAndUnresolvable {
                unresolvable += 1;
            }
            for r in &st.reasons {
                *histogram.entry(r.clone()).or_insert(0) += 1;
            }
        }
        let mut reasons: Vec<String> = histogram.iter().map(|(r, n)| format!("{} {}", n, r)).collect();
        crate::api::order::sort(&mut reasons);
        let mut msg = format!("0/{} nodes are available", total);
        if !reasons.is_empty() {
            msg.push_str(&format!(": {}.", reasons.join(", ")));
        } else {
            msg.push('.');
        }
        let resolvable = statuses.len() - unresolvable;
        let mut pre = Vec::new();
        if unresolvable > 0 {
            pre.push(format!("{} Preemption is not helpful for scheduling", unresolvable));
        }
        if resolvable > 0 {
            pre.push(format!("{} No preemption victims found for incoming pod", resolvable));
        }
        if !pre.is_empty() {
            msg.push_str(&format!(" preemption: 0/{} nodes are available: {}.", total, pre.join(", ")));
        }
        ctx.trace(format!("cannot schedule {}: {}", key, msg));
        self.recorder.event(ctx, obj, WARNING, "FailedScheduling", &msg);
        let mut updated = pod.clone();
        let status = updated.status.get_or_insert_with(Default::default);
        let conds = status.conditions.get_or_insert_with(Vec::new);
        let existing = conds.iter().find(|c| c.type_ == "PodScheduled").cloned();
        let changed = existing.as_ref().is_none_or(|c| c.status != "False" || c.message.as_deref() != Some(&msg));
        if changed {
            conds.retain(|c| c.type_ != "PodScheduled");
            let since = existing.filter(|c| c.status == "False").and_then(|c| c.last_transition_time);
            conds.push(PodCondition {
                type_: "PodScheduled".into(),
                status: "False".into(),
                reason: Some("Unschedulable".into()),
                message: Some(msg),
                last_transition_time: since.or(Some(ctx.api.epoch().time(ctx.now))),
                last_probe_time: None,
                observed_generation: None,
            });
            let _ = ctx.update_status(updated.into_object());
        }
        let at = self.queue.add_unschedulable(key, ctx.now);
        ctx.wake_at(at);
    }
}
