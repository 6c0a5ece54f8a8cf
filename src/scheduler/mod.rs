//! kube-scheduler: pods without a node enter the queue; `schedule_one` filters nodes through the
//! plugins, scores the feasible ones, picks the best (ties broken by the seeded rng), assumes the
//! pod in its cache and binds it through the apiserver. Failures give upstream's diagnosis.

pub mod explain;
pub mod framework;
pub mod nominator;
pub mod plugins;
pub mod preemption;
pub mod queue;

use crate::api::core::{Pod, PodCondition};
use crate::api::labels::Selector;
use crate::api::meta::controller_of;
use crate::api::{Kind, ObjectRef, Typed};
use crate::client::events::{Recorder, NORMAL, WARNING};
use crate::client::informer::{Delta, Informer};
use crate::client::Ctx;
use crate::sim::clock::SimTime;
use crate::sim::rng::SimRng;
use explain::{Explain, Row};
use framework::{node_images, normalized_image, pod_requests, Cycle, FilterPlugin, NodeInfo, NsLabels, Requests, ScorePlugin, Status};
use plugins::{image_locality, inter_pod_affinity as ipa, node_affinity, pod_topology_spread as spread};
use queue::SchedulingQueue;
use std::collections::BTreeMap;

pub const SCHEDULER_NAME: &str = "default-scheduler";

pub struct Scheduler {
    pods: Informer,
    nodes: Informer,
    /// Namespaces (for `namespaceSelector`), and the objects that give default spreading its
    /// selector (Services, RCs, RSs, StatefulSets), and PDBs for preemption.
    others: Vec<Informer>,
    ns_labels: NsLabels,
    /// Normalised image name → size, and → number of nodes reporting it (`ImageStateSummary`).
    image_size: BTreeMap<String, i64>,
    image_nodes: BTreeMap<String, i64>,
    /// The last cycle's record per pod, for `kubeplay explain-schedule`, and the order they came in.
    explains: Vec<(String, Explain)>,
    cycles: u64,
    queue: SchedulingQueue,
    /// The scheduler cache: node infos with assigned and assumed pods.
    cache: BTreeMap<String, Box<NodeInfo>>,
    nominator: nominator::Nominator,
    /// pod key → (node, requests) for every pod counted in the cache.
    placed: BTreeMap<String, Box<(String, Requests)>>,
    filters: Vec<Box<dyn FilterPlugin>>,
    scorers: Vec<Box<dyn ScorePlugin>>,
    rng: SimRng,
    recorder: Recorder,
    next_start_node_index: usize,
    started: bool,
    /// Scheduling cycles take time (microseconds of virtual time): the cycle is serial, so this
    /// is when the scheduler can start the next one.
    busy_until_us: u64,
    /// Pods assumed on a node whose binding waits for their claims to bind (VolumeBinding's
    /// PreBind): pod key → (node, when it gives up).
    waiting: BTreeMap<String, Box<(String, SimTime)>>,
}

/// VolumeBinding's `bindTimeoutSeconds`.
const BIND_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(600);

/// How many recent scheduling cycles keep their explanation.
pub const EXPLAIN_CYCLES: usize = 32;

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
            others: [
                Kind::Namespace,
                Kind::Service,
                Kind::ReplicationController,
                Kind::ReplicaSet,
                Kind::StatefulSet,
                Kind::PodDisruptionBudget,
                Kind::PersistentVolumeClaim,
                Kind::PersistentVolume,
                Kind::StorageClass,
            ]
                .into_iter()
                .map(Informer::new)
                .collect(),
            ns_labels: NsLabels::new(),
            image_size: BTreeMap::new(),
            image_nodes: BTreeMap::new(),
            explains: Vec::new(),
            cycles: 0,
            queue: SchedulingQueue::default(),
            cache: BTreeMap::new(),
            nominator: Default::default(),
            placed: BTreeMap::new(),
            filters: plugins::filters(),
            scorers: plugins::scorers(),
            rng,
            recorder: Recorder::new(SCHEDULER_NAME, None),
            next_start_node_index: 0,
            started: false,
            busy_until_us: 0,
            waiting: BTreeMap::new(),
        }
    }

    fn other(&self, kind: Kind) -> &Informer {
        self.others.iter().find(|i| i.kind() == kind).expect("an informer for the kind")
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
        for inf in self.others.iter_mut() {
            let deltas = if inf.has_synced() { inf.sync(ctx.api, owner) } else { inf.start(ctx.api, owner) };
            // A claim, volume or class that appears or changes may let a pod's volumes fit.
            if matches!(inf.kind(), Kind::PersistentVolumeClaim | Kind::PersistentVolume | Kind::StorageClass) && !deltas.is_empty() {
                cluster_event = true;
            }
            for d in deltas.iter().filter(|_| inf.kind() == Kind::Namespace) {
                let o = d.object();
                match d {
                    Delta::Deleted(_) => self.ns_labels.remove(o.name()),
                    _ => self.ns_labels.insert(o.name().to_string(), o.meta().labels.clone().unwrap_or_default()),
                };
            }
        }
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
        self.finish_waiting(ctx);
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
        let waiting = self.waiting.values().map(|w| w.1).min();
        let Some(ready) = self.queue.next_ready(now) else { return waiting };
        Some(ready.max(SimTime::from_millis(self.busy_until_us / 1000)).min(waiting.unwrap_or(SimTime(u64::MAX))))
    }

    fn on_node(&mut self, d: &Delta) -> bool {
        let o = d.object();
        let name = o.name().to_string();
        if let Some(old) = self.cache.get(&name) {
            for (img, _) in node_images(&old.node) {
                if let Some(e) = self.image_nodes.get_mut(&img) {
                    *e -= 1;
                    if *e == 0 {
                        self.image_nodes.remove(&img);
                        self.image_size.remove(&img);
                    }
                }
            }
        }
        if !matches!(d, Delta::Deleted(_)) {
            for (img, size) in node_images(o.as_node().expect("node")) {
                self.image_size.entry(img.clone()).or_insert(size);
                *self.image_nodes.entry(img).or_insert(0) += 1;
            }
        }
        match d {
            Delta::Deleted(_) => {
                self.cache.remove(&name);
                false
            }
            _ => {
                let node = o.as_node().expect("node").clone();
                match self.cache.get_mut(&name) {
                    Some(info) => info.set_node(node),
                    None => {
                        self.cache.insert(name, Box::new(NodeInfo::new(node)));
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
        self.nominator.update(&key, (!matches!(d, Delta::Deleted(_))).then_some(o));
        match d {
            Delta::Deleted(_) => {
                self.queue.remove(&key);
                self.waiting.remove(&key);
                self.explains.retain(|(k, _)| *k != key);
                self.forget(&key)
            }
            _ => {
                if let Some(node) = assigned_node(pod) {
                    self.queue.remove(&key);
                    if is_terminal(pod) {
                        return self.forget(&key);
                    }
                    self.place(&key, node, o, pod_requests(pod));
                    false
                } else {
                    if responsible(pod) && pod.metadata.deletion_timestamp.is_none() && !self.queue.contains(&key) && !self.waiting.contains_key(&key) {
                        self.queue.add(&key, pod.spec.as_ref().and_then(|s| s.priority).unwrap_or(0));
                    }
                    false
                }
            }
        }
    }

    fn place(&mut self, key: &str, node: &str, obj: &ObjectRef, r: Requests) {
        if let Some(p) = self.placed.get(key) {
            if p.0 != node {
                self.forget(key);
            }
        }
        if let Some(info) = self.cache.get_mut(node) {
            info.add_pod(key, obj, r);
        }
        self.placed.insert(key.to_string(), Box::new((node.to_string(), r)));
    }

    fn forget(&mut self, key: &str) -> bool {
        match self.placed.remove(key).map(|p| *p) {
            Some((node, r)) => {
                if let Some(info) = self.cache.get_mut(&node) {
                    info.remove_pod(key, r);
                }
                true
            }
            None => false,
        }
    }

    /// The scheduler's cache of nodes: what each can allocate and what its pods request.
    pub fn nodes(&self) -> impl Iterator<Item = &NodeInfo> {
        self.cache.values().map(|i| &**i)
    }

    /// Read-only access to the last cycle recorded for a pod (`namespace/name`).
    pub fn explain(&self, key: &str) -> Option<&Explain> {
        self.explains.iter().find(|(k, _)| k == key).map(|(_, e)| e)
    }

    /// Keeps the pod's latest cycle, and only the most recent `EXPLAIN_CYCLES` cycles.
    fn record(&mut self, key: &str, e: Explain) {
        self.explains.retain(|(k, _)| k != key);
        if self.explains.len() >= EXPLAIN_CYCLES {
            self.explains.remove(0);
        }
        self.explains.push((key.to_string(), e));
    }

    /// `helper.DefaultSelector`: the selectors of the Services selecting the pod, and of its
    /// controlling RC, RS or StatefulSet, merged.
    fn default_selector(&self, pod: &Pod) -> Selector {
        let ns = pod.metadata.namespace.as_deref().unwrap_or("");
        let labels = pod.metadata.labels.as_ref();
        let mut merged = BTreeMap::new();
        for o in self.others[1].in_namespace(ns) {
            let sel = o.as_typed::<crate::api::core::Service>().and_then(|s| s.spec.as_ref()).and_then(|s| s.selector.as_ref());
            if let Some(sel) = sel.filter(|m| Selector::from_map(m).matches(labels)) {
                merged.extend(sel.clone());
            }
        }
        let mut selector = Selector::from_map(&merged);
        let Some(owner) = controller_of(&pod.metadata) else { return selector };
        let key = format!("{}/{}", ns, owner.name);
        match (owner.api_version.as_str(), owner.kind.as_str()) {
            ("v1", "ReplicationController") => {
                if let Some(m) = self.others[2].get(&key).and_then(|o| o.as_typed::<crate::api::core::ReplicationController>()?.spec.as_ref()?.selector.clone()) {
                    merged.extend(m);
                    selector = Selector::from_map(&merged);
                }
            }
            ("apps/v1", "ReplicaSet") | ("apps/v1", "StatefulSet") => {
                let o = self.others[if owner.kind == "ReplicaSet" { 3 } else { 4 }].get(&key);
                let ls = o.and_then(|o| match o.as_typed::<crate::api::apps::ReplicaSet>() {
                    Some(rs) => rs.spec.as_ref().map(|s| s.selector.clone()),
                    None => o.as_typed::<crate::api::apps::StatefulSet>().and_then(|s| s.spec.as_ref()).map(|s| s.selector.clone()),
                });
                if let Some(sel) = ls.and_then(|l| Selector::from_label_selector(&l).ok()) {
                    selector.requirements.extend(sel.requirements);
                }
            }
            _ => {}
        }
        selector
    }

    /// `scheduleOne`: PreFilter, Filter, (PostFilter: preemption), PreScore, Score, select,
    /// assume, bind. Returns how many nodes it evaluated.
    fn schedule_one(&mut self, ctx: &mut Ctx, key: &str) -> usize {
        let Some(obj) = self.pods.get(key).cloned() else { return 0 };
        let pod = Pod::from_object(&obj).expect("pod").clone();
        if assigned_node(&pod).is_some() || pod.metadata.deletion_timestamp.is_some() {
            return 0;
        }
        self.cycles += 1;
        let mut cx = Cycle::new(pod);
        let volumes = plugins::volume_binding::pre_filter(&cx.pod, self.other(Kind::PersistentVolumeClaim), self.other(Kind::PersistentVolume), self.other(Kind::StorageClass));
        let volume_error = match volumes {
            Ok(st) => {
                cx.volumes = st;
                None
            }
            Err(reason) => Some(reason),
        };
        cx.spread = spread::pre_filter(&cx.pod, self.nodes());
        cx.ipa = ipa::pre_filter(&cx.pod, &cx.terms, self.nodes(), &self.ns_labels);
        let total = self.cache.len();
        // NodeAffinity's PreFilter may pin the pod to named nodes; only those are filtered.
        let pinned = node_affinity::pre_filter_node_names(&cx.pod);
        // The snapshot's node list, in name order, walked rather than looked up.
        let nodes: Vec<(&String, &NodeInfo)> = match &pinned {
            Some(p) => p.iter().filter_map(|n| self.cache.get_key_value(n)).map(|(k, v)| (k, &**v)).collect(),
            None => self.cache.iter().map(|(k, v)| (k, &**v)).collect(),
        };
        let want = num_feasible_nodes_to_find(nodes.len());
        let mut feasible: Vec<(&String, &NodeInfo)> = Vec::new();
        let mut statuses: BTreeMap<String, Box<Status>> = BTreeMap::new();
        let mut visited = 0;
        // A node nominated by an earlier preemption is likely the one place the pod fits: it is
        // tried alone first (`evaluateNominatedNode`).
        let nominated = cx.pod.status.as_ref().and_then(|s| s.nominated_node_name.as_deref()).and_then(|n| self.cache.get_key_value(n));
        if let Some((name, info)) = nominated {
            if self.nominator.filter(&self.filters, &cx, info, &self.ns_labels).is_none() {
                feasible.push((name, info));
            }
        }
        let to_search = if feasible.is_empty() && volume_error.is_none() { nodes.len() } else { 0 };
        if let Some(reason) = &volume_error {
            for n in self.cache.keys() {
                let mut st = Status::unresolvable(reason.clone());
                st.plugin = "VolumeBinding";
                statuses.insert(n.clone(), Box::new(st));
            }
        }
        for i in 0..to_search {
            if feasible.len() >= want {
                break;
            }
            let (name, info) = nodes[(self.next_start_node_index + i) % nodes.len()];
            visited += 1;
            match self.nominator.filter(&self.filters, &cx, info, &self.ns_labels) {
                None => feasible.push((name, info)),
                Some(failed) => {
                    statuses.insert(name.clone(), Box::new(failed));
                }
            }
        }
        if total > 0 {
            self.next_start_node_index = (self.next_start_node_index + visited) % total;
        }
        if feasible.is_empty() {
            if let Some(p) = &pinned {
                // The nodes the PreFilter result left out (all of them when the terms conflict).
                let reason = if p.is_empty() { node_affinity::REASON_CONFLICT } else { node_affinity::REASON_PRE_FILTERED };
                for n in self.cache.keys().filter(|n| !p.contains(*n)) {
                    let mut st = Status::unresolvable(reason);
                    st.plugin = "NodeAffinity";
                    statuses.insert(n.clone(), Box::new(st));
                }
            }
        }
        let mut rec = Explain::new(self.cycles, ctx.now, total, &self.scorers);
        rec.rows = statuses.iter().map(|(n, st)| Row::filtered(n, st.plugin, &st.reasons.join(", "))).collect();
        // The winner is chosen while the snapshot is borrowed; the rng is lent for it.
        let mut rng = std::mem::replace(&mut self.rng, SimRng::new(0));
        let host = (!feasible.is_empty()).then(|| self.select_host(&mut rng, &mut cx, &feasible, &mut rec));
        self.rng = rng;
        let feasible_count = feasible.len();
        drop(feasible);
        drop(nodes);
        let Some(host) = host else {
            let post = self.post_filter(ctx, &obj, &cx, &statuses, total);
            // A PreFilter rejection is reported as its own message, not per node.
            let pre_filter_msg = volume_error.as_deref().or(pinned.as_ref().filter(|p| p.is_empty()).map(|_| node_affinity::REASON_CONFLICT));
            let msg = self.fail(ctx, &obj, &cx.pod, key, total, &statuses, pre_filter_msg, post);
            rec.outcome = format!("unschedulable: {}", msg);
            self.record(key, rec);
            return visited;
        };
        let requests = cx.r;
        self.place(key, &host, &obj, requests);
        // VolumeBinding's PreBind: claims that bind on this node are bound (or handed to their
        // provisioner) first; the pod is bound once they all are.
        if !cx.volumes.delayed.is_empty() {
            let node = self.cache.get(&host).map(|i| i.node.clone()).unwrap_or_default();
            for (claim, pv) in plugins::volume_binding::plan(&cx.volumes, &node).unwrap_or_default() {
                let written = match pv {
                    Some(mut pv) => {
                        let spec = pv.spec.get_or_insert_with(Default::default);
                        spec.claim_ref = Some(Box::new(crate::api::core::ObjectReference {
                            api_version: Some("v1".into()),
                            kind: Some("PersistentVolumeClaim".into()),
                            name: claim.metadata.name.clone(),
                            namespace: claim.metadata.namespace.clone(),
                            uid: claim.metadata.uid.clone(),
                            resource_version: claim.metadata.resource_version.clone(),
                            field_path: None,
                        }));
                        ctx.update(pv.into_object()).map(|_| ())
                    }
                    None if plugins::volume_binding::selected(&claim, &host) => Ok(()),
                    None => {
                        let mut c = claim.clone();
                        c.metadata.annotations.get_or_insert_with(Default::default).insert(crate::controllers::volume::SELECTED_NODE.into(), host.clone());
                        ctx.update(c.into_object()).map(|_| ())
                    }
                };
                if let Err(e) = written {
                    ctx.trace(format!("binding volumes of {} on {} failed: {}", key, host, e));
                }
            }
            ctx.trace(format!("{} assumed on {}: waiting for its volumes to bind", key, host));
            rec.outcome = format!("assumed on {}; binding waits for its PersistentVolumeClaims", host);
            self.waiting.insert(key.to_string(), Box::new((host, ctx.now + BIND_TIMEOUT)));
            self.record(key, rec);
            return visited;
        }
        if let Some(msg) = self.bind_pod(ctx, key, &cx.pod, &host, feasible_count, total) {
            rec.outcome = msg;
        }
        self.record(key, rec);
        visited
    }

    /// The Bind step: the binding subresource, then the Scheduled event. Returns what happened.
    fn bind_pod(&mut self, ctx: &mut Ctx, key: &str, pod: &Pod, host: &str, feasible: usize, total: usize) -> Option<String> {
        let ns = pod.metadata.namespace.clone().unwrap_or_default();
        let name = pod.metadata.name.clone().unwrap_or_default();
        // For the timeline: the binding answers the pod's creation (or its last change).
        crate::client::span::set_cause(pod.metadata.resource_version.as_deref().and_then(|v| v.parse().ok()).unwrap_or(0));
        match ctx.bind(&ns, &name, host) {
            Ok(bound) => {
                ctx.trace(format!("bound {} to {} ({} feasible of {} nodes)", key, host, feasible, total));
                let msg = format!("Successfully assigned {}/{} to {}", ns, name, host);
                self.recorder.event(ctx, &bound, NORMAL, "Scheduled", &msg);
                Some(msg)
            }
            Err(e) => {
                self.forget(key);
                ctx.trace(format!("binding {} to {} failed: {}", key, host, e));
                if !e.is_not_found() {
                    let at = self.queue.add_backoff(key, ctx.now);
                    ctx.wake_at(at);
                }
                Some(format!("binding to {} failed: {}", host, e))
            }
        }
    }

    /// Pods waiting for their claims: bound once every claim is, given up after the timeout.
    fn finish_waiting(&mut self, ctx: &mut Ctx) {
        if self.waiting.is_empty() {
            return;
        }
        for (key, w) in std::mem::take(&mut self.waiting) {
            let (host, deadline) = *w;
            let Some(pod) = self.pods.get(&key).and_then(|o| Pod::from_object(o)).cloned() else {
                self.forget(&key);
                continue;
            };
            if pod.metadata.deletion_timestamp.is_some() || assigned_node(&pod).is_some() {
                continue;
            }
            let ns = pod.metadata.namespace.clone().unwrap_or_default();
            let claims = self.other(Kind::PersistentVolumeClaim);
            let all_bound = crate::controllers::volume::pod_claims(&pod).iter().all(|c| {
                claims.get(&format!("{}/{}", ns, c)).and_then(|o| o.as_typed::<crate::api::core::PersistentVolumeClaim>()).is_some_and(|pvc| {
                    pvc.status.as_ref().and_then(|s| s.phase.as_deref()) == Some("Bound") && pvc.spec.as_ref().and_then(|s| s.volume_name.as_deref()).is_some_and(|v| !v.is_empty())
                })
            });
            if all_bound {
                let total = self.cache.len();
                self.bind_pod(ctx, &key, &pod, &host, 1, total);
            } else if ctx.now >= deadline {
                self.forget(&key);
                let msg = "running PreBind plugin \"VolumeBinding\": binding volumes: context deadline exceeded".to_string();
                if let Some(obj) = self.pods.get(&key).cloned() {
                    self.recorder.event(ctx, &obj, WARNING, "FailedScheduling", &msg);
                }
                let at = self.queue.add_backoff(&key, ctx.now);
                ctx.wake_at(at);
            } else {
                self.waiting.insert(key, Box::new((host, deadline)));
            }
        }
    }

    /// PreScore, Score, NormalizeScore and weights, then `selectHost`: the highest total, ties
    /// broken by reservoir sampling with the seeded rng. A single feasible node is not scored.
    fn select_host(&self, rng: &mut SimRng, cx: &mut Cycle, feasible: &[(&String, &NodeInfo)], rec: &mut Explain) -> String {
        if feasible.len() == 1 {
            rec.rows.push(Row::feasible(feasible[0].0, vec![], 0));
            rec.winner = Some((feasible[0].0.clone(), 1));
            return feasible[0].0.clone();
        }
        let infos: Vec<&NodeInfo> = feasible.iter().map(|(_, i)| *i).collect();
        let defaults = spread::default_constraints(self.default_selector(&cx.pod));
        cx.spread_score = spread::pre_score(&cx.pod, defaults, &infos, self.nodes());
        cx.ipa_score = ipa::pre_score(&cx.pod, &cx.terms, self.nodes(), &self.ns_labels);
        let spec = cx.pod.spec.as_ref();
        let images = spec.into_iter().flat_map(|s| s.init_containers.iter().flatten().chain(&s.containers)).filter_map(|c| c.image.as_deref());
        cx.image_scores = images
            .filter_map(|i| {
                let n = normalized_image(i);
                let (size, nodes) = (*self.image_size.get(&n)?, *self.image_nodes.get(&n)?);
                Some((n, image_locality::scaled_image_score(size, nodes as usize, self.cache.len())))
            })
            .collect();
        let mut totals = vec![0i64; feasible.len()];
        let mut cells = vec![Vec::new(); feasible.len()];
        for s in &self.scorers {
            let raw: Vec<i64> = infos.iter().map(|n| s.score(cx, n)).collect();
            let mut scores = raw.clone();
            s.normalize(cx, &mut scores);
            for i in 0..feasible.len() {
                totals[i] += scores[i] * s.weight();
                cells[i].push((raw[i], scores[i]));
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
                if rng.below(ties) == 0 {
                    best = i;
                }
            }
        }
        for (i, c) in cells.into_iter().enumerate() {
            rec.rows.push(Row::feasible(feasible[i].0, c, totals[i]));
        }
        rec.winner = Some((feasible[best].0.clone(), ties));
        feasible[best].0.clone()
    }

    /// A FitError: the "0/3 nodes are available: …" diagnosis, with the PostFilter (preemption)
    /// message, as an event and the PodScheduled condition; a nominated node goes in the status.
    #[allow(clippy::too_many_arguments)]
    fn fail(&mut self, ctx: &mut Ctx, obj: &ObjectRef, pod: &Pod, key: &str, total: usize, statuses: &BTreeMap<String, Box<Status>>, pre_filter_msg: Option<&str>, post: preemption::PostFilter) -> String {
        let mut msg = format!("0/{} nodes are available:", total);
        let reasons = match pre_filter_msg {
            Some(m) => m.to_string(),
            None => histogram(statuses.values().flat_map(|st| st.reasons.iter().map(String::as_str))),
        };
        if !reasons.is_empty() {
            msg.push_str(&format!(" {}.", reasons));
        }
        if !post.message.is_empty() {
            msg.push_str(&format!(" {}", post.message));
        }
        ctx.trace(format!("cannot schedule {}: {}", key, msg));
        self.recorder.event(ctx, obj, WARNING, "FailedScheduling", &msg);
        let mut updated = pod.clone();
        let status = updated.status.get_or_insert_with(Default::default);
        let mut changed = false;
        if let Some(nominated) = post.nominate {
            let n = Some(nominated).filter(|n| !n.is_empty());
            changed |= status.nominated_node_name != n;
            status.nominated_node_name = n;
        }
        let conds = status.conditions.get_or_insert_with(Vec::new);
        let existing = conds.iter().find(|c| c.type_ == "PodScheduled").cloned();
        if existing.as_ref().is_none_or(|c| c.status != "False" || c.message.as_deref() != Some(&msg)) {
            changed = true;
            conds.retain(|c| c.type_ != "PodScheduled");
            let since = existing.filter(|c| c.status == "False").and_then(|c| c.last_transition_time);
            conds.push(PodCondition {
                type_: "PodScheduled".into(),
                status: "False".into(),
                reason: Some("Unschedulable".into()),
                message: Some(msg.clone()),
                last_transition_time: since.or(Some(ctx.api.epoch().time(ctx.now))),
                last_probe_time: None,
                observed_generation: None,
            });
        }
        if changed {
            let _ = ctx.update_status(updated.into_object());
        }
        let at = self.queue.add_unschedulable(key, ctx.now);
        ctx.wake_at(at);
        msg
    }
}

/// Runs the filters in order; the first failure ends the node's evaluation.
pub(crate) fn run_filters(filters: &[Box<dyn FilterPlugin>], cx: &Cycle, info: &NodeInfo) -> Option<Status> {
    filters.iter().map(|f| Status { plugin: f.name(), ..f.filter(cx, info) }).find(|s| !s.is_success())
}

/// Reasons counted over nodes, as "N reason", sorted as strings and comma-joined (`FitError.Error`).
pub fn histogram<'a>(reasons: impl Iterator<Item = &'a str>) -> String {
    let mut h: BTreeMap<String, usize> = BTreeMap::new();
    reasons.for_each(|r| *h.entry(r.to_string()).or_insert(0) += 1);
    let mut v: Vec<String> = h.iter().map(|(r, n)| format!("{} {}", n, r)).collect();
    crate::api::order::sort(&mut v);
    v.join(", ")
}
