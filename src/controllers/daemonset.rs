//! The DaemonSet controller (`pkg/controller/daemon`): one pod per node that should run it, placed
//! by the default scheduler through a `metadata.name` node-affinity term; revisions kept as
//! ControllerRevisions (`controller-revision-hash`); RollingUpdate with maxUnavailable or
//! maxSurge, OnDelete; status counts written only when they change.

use super::deployment::util::scaled_value;
use super::history;
use super::replicaset::available_at;
use crate::api::apps::{DaemonSet, DaemonSetStatus};
use crate::api::core::{Node, NodeAffinity, NodeSelector, NodeSelectorRequirement, NodeSelectorTerm, Pod, Toleration};
use crate::api::labels::Selector;
use crate::api::meta::controller_of;
use crate::api::metav1::{ObjectMeta, OwnerReference};
use crate::api::{Kind, ObjectRef, Typed};
use crate::apiserver::DeleteOptions;
use crate::client::events::{Recorder, NORMAL, WARNING};
use crate::client::informer::{Delta, Informer};
use crate::client::workqueue::{sync_cost, WorkQueue, Workers};
use crate::client::Ctx;
use crate::scheduler::plugins::node_affinity::required_affinity_matches;
use crate::scheduler::plugins::taint_toleration::toleration_matches;
use crate::sim::clock::SimTime;
use std::collections::BTreeMap;
use std::time::Duration;

pub const HASH_LABEL: &str = "controller-revision-hash";
pub const GENERATION_LABEL: &str = "pod-template-generation";
const EXPECTATIONS_TTL: Duration = Duration::from_secs(5 * 60);
/// `--concurrent-daemonset-syncs`.
const WORKERS: usize = 2;
const BURST_REPLICAS: usize = 250;

#[derive(Debug, Default)]
struct Expectations {
    add: i64,
    del: i64,
    set_at: SimTime,
}

pub struct DaemonSetController {
    pub queue: WorkQueue,
    pub(crate) workers: Workers,
    expectations: BTreeMap<String, Box<Expectations>>,
    recorder: Recorder,
    examined: usize,
    writes: usize,
}

impl Default for DaemonSetController {
    fn default() -> Self {
        DaemonSetController {
            queue: WorkQueue::new(),
            workers: Workers::new(WORKERS),
            expectations: BTreeMap::new(),
            recorder: Recorder::new("daemonset-controller", None),
            examined: 0,
            writes: 0,
        }
    }
}

fn is_ready(pod: &Pod) -> bool {
    pod.status.as_ref().and_then(|s| s.conditions.as_ref()).is_some_and(|cs| cs.iter().any(|c| c.type_ == "Ready" && c.status == "True"))
}

fn phase(pod: &Pod) -> &str {
    pod.status.as_ref().and_then(|s| s.phase.as_deref()).unwrap_or("")
}

fn hash_of(pod: &Pod) -> &str {
    pod.metadata.labels.as_ref().and_then(|l| l.get(HASH_LABEL)).map(String::as_str).unwrap_or("")
}

/// `util.GetTargetNodeName`: the node a daemon pod is for (bound, or named by its affinity).
fn target_node(pod: &Pod) -> Option<String> {
    let spec = pod.spec.as_ref()?;
    if let Some(n) = spec.node_name.as_ref().filter(|n| !n.is_empty()) {
        return Some(n.clone());
    }
    let terms = &spec.affinity.as_ref()?.node_affinity.as_ref()?.required_during_scheduling_ignored_during_execution.as_ref()?.node_selector_terms;
    terms.iter().flat_map(|t| t.match_fields.iter().flatten()).find(|r| r.key == "metadata.name" && r.operator == "In").and_then(|r| r.values.as_ref()?.first().cloned())
}

/// `AddOrUpdateDaemonPodTolerations`.
fn daemon_tolerations(spec: &mut crate::api::core::PodSpec) {
    let host_network = spec.host_network.unwrap_or(false);
    let mut wanted = vec![
        ("node.kubernetes.io/not-ready", "NoExecute"),
        ("node.kubernetes.io/unreachable", "NoExecute"),
        ("node.kubernetes.io/disk-pressure", "NoSchedule"),
        ("node.kubernetes.io/memory-pressure", "NoSchedule"),
        ("node.kubernetes.io/pid-pressure", "NoSchedule"),
        ("node.kubernetes.io/unschedulable", "NoSchedule"),
    ];
    if host_network {
        wanted.push(("node.kubernetes.io/network-unavailable", "NoSchedule"));
    }
    let list = spec.tolerations.get_or_insert_with(Vec::new);
    for (key, effect) in wanted {
        let t = Toleration { key: Some(key.into()), operator: Some("Exists".into()), effect: Some(effect.into()), value: None, toleration_seconds: None };
        let same = |o: &Toleration| o.key == t.key && o.effect == t.effect && o.operator == t.operator && o.value == t.value;
        match list.iter_mut().find(|o| same(o)) {
            Some(o) => *o = t,
            None => list.push(t),
        }
    }
}

/// `ReplaceDaemonSetPodNodeNameNodeAffinity`.
fn pin_to_node(spec: &mut crate::api::core::PodSpec, node: &str) {
    let req = NodeSelectorRequirement { key: "metadata.name".into(), operator: "In".into(), values: Some(vec![node.to_string()]) };
    let affinity = spec.affinity.get_or_insert_with(Box::default);
    let na = affinity.node_affinity.get_or_insert_with(NodeAffinity::default);
    let terms: Vec<NodeSelectorTerm> = match na.required_during_scheduling_ignored_during_execution.as_ref() {
        Some(sel) if !sel.node_selector_terms.is_empty() => sel
            .node_selector_terms
            .iter()
            .map(|t| NodeSelectorTerm { match_expressions: t.match_expressions.clone(), match_fields: Some(vec![req.clone()]) })
            .collect(),
        _ => vec![NodeSelectorTerm { match_expressions: None, match_fields: Some(vec![req])} ],
    };
    na.required_during_scheduling_ignored_during_execution = Some(NodeSelector { node_selector_terms: terms });
}

/// `NewPod(ds, nodeName)`: the pod the controller would create for a node, before naming.
fn new_pod(ds: &DaemonSet, node: &str, hash: &str) -> Pod {
    let template = ds.spec.as_ref().map(|s| s.template.clone()).unwrap_or_default();
    let tmeta = template.metadata.unwrap_or_default();
    let mut spec = template.spec.unwrap_or_default();
    daemon_tolerations(&mut spec);
    pin_to_node(&mut spec, node);
    let mut labels = tmeta.labels.unwrap_or_default();
    if !hash.is_empty() {
        labels.insert(HASH_LABEL.into(), hash.into());
    }
    if let Some(g) = ds.metadata.generation {
        labels.insert(GENERATION_LABEL.into(), g.to_string());
    }
    Pod {
        metadata: ObjectMeta {
            generate_name: Some(format!("{}-", ds.metadata.name.clone().unwrap_or_default())),
            namespace: ds.metadata.namespace.clone(),
            labels: Some(labels),
            annotations: tmeta.annotations,
            finalizers: tmeta.finalizers,
            owner_references: Some(vec![owner_ref(ds)]),
            ..Default::default()
        },
        spec: Some(spec),
        status: None,
    }
}

fn owner_ref(ds: &DaemonSet) -> OwnerReference {
    crate::api::meta::controller_ref("apps/v1", "DaemonSet", &ds.metadata)
}

/// `NodeShouldRunDaemonPod` for every node of one sync: the daemon pod is built once and only
/// its `metadata.name` affinity term is pointed at each node in turn (building a whole pod per
/// node per sync was a fifth of the controller manager's time at 400 nodes).
pub struct Probe {
    pod: Pod,
}

impl Probe {
    pub fn new(ds: &DaemonSet) -> Self {
        Probe { pod: new_pod(ds, "", "") }
    }

    /// (should run, should continue running).
    pub fn should_run(&mut self, node: &Node) -> (bool, bool) {
        let name = node.metadata.name.as_deref().unwrap_or("");
        let terms = self.pod.spec.as_mut().and_then(|s| s.affinity.as_mut()).and_then(|a| a.node_affinity.as_mut()).and_then(|na| na.required_during_scheduling_ignored_during_execution.as_mut());
        for r in terms.into_iter().flat_map(|t| t.node_selector_terms.iter_mut()).flat_map(|t| t.match_fields.iter_mut().flatten()) {
            if r.key == "metadata.name" {
                if let Some(v) = r.values.as_mut().and_then(|v| v.first_mut()) {
                    name.clone_into(v);
                }
            }
        }
        let pod = &self.pod;
        let template_node = pod.spec.as_ref().and_then(|s| s.node_name.as_deref()).unwrap_or("");
        if !template_node.is_empty() && template_node != name {
            return (false, false);
        }
        if !required_affinity_matches(pod, node) {
            return (false, false);
        }
        let taints = node.spec.as_ref().and_then(|s| s.taints.as_deref()).unwrap_or(&[]);
        let tolerations = pod.spec.as_ref().and_then(|s| s.tolerations.as_deref()).unwrap_or(&[]);
        let untolerated = |effects: &[&str]| taints.iter().any(|t| effects.contains(&t.effect.as_str()) && !tolerations.iter().any(|tol| toleration_matches(tol, t)));
        if untolerated(&["NoSchedule", "NoExecute"]) {
            return (false, !untolerated(&["NoExecute"]));
        }
        (true, true)
    }
}

/// The DaemonSet's rolling-update bounds (`updatedDesiredNodeCounts`): (maxSurge, maxUnavailable).
fn surge_and_unavailable(ds: &DaemonSet, desired: i32) -> (i32, i32) {
    let ru = ds.spec.as_ref().and_then(|s| s.update_strategy.as_ref()).and_then(|s| s.rolling_update.as_ref());
    let surge = scaled_value(ru.and_then(|r| r.max_surge.as_ref()), desired, true);
    let default_unavailable = k8s_openapi::apimachinery::pkg::util::intstr::IntOrString::Int(1);
    let mut unavailable = scaled_value(Some(ru.and_then(|r| r.max_unavailable.as_ref()).unwrap_or(&default_unavailable)), desired, true);
    if surge == 0 && unavailable == 0 {
        unavailable = 1;
    }
    (surge, unavailable)
}

/// `podByCreationTimestampAndPhase`: running before others, then oldest first.
fn sort_oldest_first(pods: &mut [ObjectRef]) {
    crate::api::order::sort_by_key(pods, |o| {
        let p = o.as_pod().expect("pod");
        let created = p.metadata.creation_timestamp.as_ref().map(|t| t.0.as_nanosecond()).unwrap_or(0);
        (phase(p) != "Running", created, o.name().to_string())
    });
}

impl DaemonSetController {
    pub fn on_daemonset(&mut self, d: &Delta) {
        if let Delta::Deleted(o) = d {
            self.expectations.remove(&o.cache_key());
        }
        self.queue.add(&d.object().cache_key());
    }

    pub fn on_pod(&mut self, d: &Delta, daemonsets: &Informer) {
        let owner = |o: &ObjectRef| -> Option<String> {
            let r = controller_of(o.meta())?;
            if r.kind != "DaemonSet" {
                return None;
            }
            let key = crate::api::meta::cache_key(o.namespace(), &r.name);
            daemonsets.get(&key).filter(|ds| ds.uid() == r.uid).map(|_| key)
        };
        match d {
            Delta::Added(o) => match owner(o) {
                Some(k) => {
                    if let Some(e) = self.expectations.get_mut(&k) {
                        e.add -= 1;
                    }
                    self.queue.add(&k);
                }
                None => self.enqueue_matching(o, daemonsets),
            },
            Delta::Updated { old, new } => {
                if let Some(k) = owner(old).filter(|k| Some(k) != owner(new).as_ref()) {
                    self.queue.add(&k);
                }
                match owner(new) {
                    Some(k) => self.queue.add(&k),
                    None if old.meta().labels != new.meta().labels => self.enqueue_matching(new, daemonsets),
                    None => {}
                }
            }
            Delta::Deleted(o) => {
                if let Some(k) = owner(o) {
                    if let Some(e) = self.expectations.get_mut(&k) {
                        e.del -= 1;
                    }
                    self.queue.add(&k);
                }
            }
        }
    }

    fn enqueue_matching(&mut self, pod: &ObjectRef, daemonsets: &Informer) {
        if controller_of(pod.meta()).is_some() {
            return;
        }
        for o in daemonsets.in_namespace(pod.namespace()) {
            let Some(ds) = DaemonSet::from_object(o) else { continue };
            if selector(ds).matches(pod.meta().labels.as_ref()) {
                self.queue.add(&o.cache_key());
            }
        }
    }

    /// Nodes joining or leaving, or changing what decides placement (labels, taints), concern
    /// every DaemonSet; heartbeats and other status writes do not (`shouldIgnoreNodeUpdate`).
    pub fn on_node(&mut self, d: &Delta, daemonsets: &Informer) {
        let relevant = match d {
            Delta::Added(_) | Delta::Deleted(_) => true,
            Delta::Updated { old, new } => {
                let (o, n) = (Node::from_object(old), Node::from_object(new));
                o.map(|o| (&o.metadata.labels, o.spec.as_ref().and_then(|s| s.taints.as_ref()))) != n.map(|n| (&n.metadata.labels, n.spec.as_ref().and_then(|s| s.taints.as_ref())))
            }
        };
        if relevant {
            for ds in daemonsets.iter() {
                self.queue.add(&ds.cache_key());
            }
        }
    }

    pub fn on_revision(&mut self, d: &Delta, daemonsets: &Informer) {
        if let Some(r) = controller_of(d.object().meta()).filter(|r| r.kind == "DaemonSet") {
            let key = crate::api::meta::cache_key(d.object().namespace(), &r.name);
            if daemonsets.get(&key).is_some() {
                self.queue.add(&key);
            }
        }
    }

    pub fn next_ready(&self, now: SimTime) -> Option<SimTime> {
        self.workers.next_ready(&self.queue, now)
    }

    pub fn process(&mut self, ctx: &mut Ctx, daemonsets: &Informer, pods: &Informer, nodes: &Informer, revisions: &Informer) {
        while let Some((w, key)) = self.workers.next(&mut self.queue, ctx.now) {
            self.examined = 0;
            self.writes = 0;
            match self.sync(ctx, &key, daemonsets, pods, nodes, revisions) {
                Ok(()) => self.queue.forget(&key),
                Err(e) => {
                    ctx.trace(format!("sync daemonset {} failed: {}; requeued with backoff", key, e));
                    let at = self.queue.add_rate_limited(&key, ctx.now);
                    ctx.wake_at(at);
                }
            }
            self.workers.done(w, key, ctx.now, sync_cost(self.examined, self.writes));
        }
        if let Some(t) = self.next_ready(ctx.now) {
            ctx.wake_at(t);
        }
    }

    fn satisfied(&self, key: &str, now: SimTime) -> bool {
        self.expectations.get(key).is_none_or(|e| (e.add <= 0 && e.del <= 0) || now.since(e.set_at) > EXPECTATIONS_TTL)
    }

    fn sync(&mut self, ctx: &mut Ctx, key: &str, daemonsets: &Informer, pods: &Informer, nodes: &Informer, revisions: &Informer) -> Result<(), String> {
        let Some(obj) = daemonsets.get(key).cloned() else {
            self.expectations.remove(key);
            return Ok(());
        };
        let Some(ds) = DaemonSet::from_object(&obj) else { return Ok(()) };
        if ds.metadata.deletion_timestamp.is_some() {
            return Ok(());
        }
        let (hash, old_revisions) = self.construct_history(ctx, ds, revisions)?;
        let node_list: Vec<&Node> = nodes.iter().filter_map(|n| Node::from_object(n)).collect();
        let by_node = self.claim_pods(ctx, ds, pods);
        if !self.satisfied(key, ctx.now) {
            return self.update_status(ctx, ds, &node_list, &by_node, &hash, false);
        }
        let mut err = self.manage(ctx, key, ds, &node_list, &by_node, &hash).err();
        if err.is_none() && self.satisfied(key, ctx.now) && update_type(ds) == "RollingUpdate" {
            let by_node = self.claim_pods(ctx, ds, pods);
            err = self.rolling_update(ctx, key, ds, &node_list, &by_node, &hash).err();
        }
        self.cleanup_history(ctx, ds, &old_revisions, pods);
        let by_node = self.claim_pods(ctx, ds, pods);
        self.update_status(ctx, ds, &node_list, &by_node, &hash, true)?;
        match err {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }

    /// Pods this DaemonSet controls (adopting matching orphans), by the node they are for.
    fn claim_pods(&mut self, ctx: &mut Ctx, ds: &DaemonSet, pods: &Informer) -> BTreeMap<String, Vec<ObjectRef>> {
        let uid = ds.metadata.uid.clone().unwrap_or_default();
        let ns = ds.metadata.namespace.clone().unwrap_or_default();
        let sel = selector(ds);
        let mut out: BTreeMap<String, Vec<ObjectRef>> = BTreeMap::new();
        let candidates: Vec<ObjectRef> = pods.controlled_by(&uid).chain(pods.orphans_in(&ns)).cloned().collect();
        // A sync's time grows with what it walks: its pods here, every node in each pass below.
        self.examined += candidates.len();
        for o in candidates {
            let Some(pod) = Pod::from_object(&o) else { continue };
            let matches = sel.matches(pod.metadata.labels.as_ref());
            let owned = controller_of(&pod.metadata).is_some_and(|r| r.uid == uid);
            let o = if owned {
                if !matches {
                    let mut p = pod.clone();
                    if let Some(refs) = p.metadata.owner_references.as_mut() {
                        refs.retain(|r| r.controller != Some(true));
                    }
                    let _ = ctx.update(p.into_object());
                    continue;
                }
                o
            } else if matches && pod.metadata.deletion_timestamp.is_none() {
                let mut p = pod.clone();
                p.metadata.owner_references.get_or_insert_with(Vec::new).push(owner_ref(ds));
                match ctx.update(p.into_object()) {
                    Ok(a) => a,
                    Err(_) => continue,
                }
            } else {
                continue;
            };
            if let Some(node) = o.as_pod().and_then(target_node) {
                out.entry(node).or_default().push(o);
            }
        }
        out
    }

    fn construct_history(&mut self, ctx: &mut Ctx, ds: &DaemonSet, revisions: &Informer) -> Result<(String, Vec<ObjectRef>), String> {
        let template = ds.spec.as_ref().map(|s| s.template.clone()).unwrap_or_default();
        let parent = history::Parent { meta: &ds.metadata, template: &template, collision: ds.status.as_ref().and_then(|s| s.collision_count), owner: owner_ref(ds) };
        let h = history::construct(ctx, &parent, revisions, &mut self.writes)?;
        Ok((h.hash, h.old))
    }

    /// `cleanupHistory`: old revisions beyond `revisionHistoryLimit` that no live pod uses.
    fn cleanup_history(&mut self, ctx: &mut Ctx, ds: &DaemonSet, old: &[ObjectRef], pods: &Informer) {
        let limit = ds.spec.as_ref().and_then(|s| s.revision_history_limit).unwrap_or(10);
        let uid = ds.metadata.uid.clone().unwrap_or_default();
        let name = ds.metadata.name.clone().unwrap_or_default();
        let live: Vec<String> = pods.controlled_by(&uid).filter_map(|p| p.as_pod()).map(|p| format!("{}-{}", name, hash_of(p))).collect();
        history::truncate(ctx, old, limit, &live, &mut self.writes);
    }

    /// `manage`: create the pods nodes lack, delete the ones that should not be there.
    fn manage(&mut self, ctx: &mut Ctx, key: &str, ds: &DaemonSet, nodes: &[&Node], by_node: &BTreeMap<String, Vec<ObjectRef>>, hash: &str) -> Result<(), String> {
        let mut create_on: Vec<String> = Vec::new();
        let mut delete: Vec<ObjectRef> = Vec::new();
        let surge = surge_and_unavailable(ds, nodes.len() as i32).0 > 0 && update_type(ds) == "RollingUpdate";
        self.examined += nodes.len();
        let mut probe = Probe::new(ds);
        for node in nodes {
            let name = node.metadata.name.clone().unwrap_or_default();
            let (should_run, should_continue) = probe.should_run(node);
            let existing = by_node.get(&name);
            match existing {
                None if should_run => create_on.push(name),
                Some(pods) if should_continue => {
                    let mut running: Vec<ObjectRef> = Vec::new();
                    for o in pods {
                        let p = o.as_pod().expect("pod");
                        if p.metadata.deletion_timestamp.is_some() {
                            continue;
                        }
                        match phase(p) {
                            "Failed" => {
                                let msg = format!("Found failed daemon pod {}/{} on node {}, will try to kill it", o.namespace(), o.name(), name);
                                self.recorder.event(ctx, &ds.clone().into_object(), WARNING, "FailedDaemonPod", &msg);
                                delete.push(o.clone());
                            }
                            "Succeeded" => delete.push(o.clone()),
                            _ => running.push(o.clone()),
                        }
                    }
                    if running.len() > 1 {
                        sort_oldest_first(&mut running);
                        if !surge {
                            delete.extend(running.into_iter().skip(1));
                        } else {
                            let mut oldest_new: Option<ObjectRef> = None;
                            let mut oldest_old: Option<ObjectRef> = None;
                            for o in running {
                                let is_new = hash_of(o.as_pod().expect("pod")) == hash;
                                let slot = if is_new { &mut oldest_new } else { &mut oldest_old };
                                if slot.is_none() {
                                    *slot = Some(o);
                                } else {
                                    delete.push(o);
                                }
                            }
                            if let (Some(n), Some(o)) = (oldest_new, oldest_old) {
                                let min_ready = ds.spec.as_ref().and_then(|s| s.min_ready_seconds).unwrap_or(0);
                                let old_pod = o.as_pod().expect("pod");
                                if !is_ready(old_pod) || available_at(n.as_pod().expect("pod"), min_ready, ctx.api.epoch()).is_some_and(|t| t <= ctx.now) {
                                    delete.push(o);
                                }
                            }
                        }
                    }
                }
                Some(pods) if !should_continue => delete.extend(pods.iter().filter(|p| p.meta().deletion_timestamp.is_none()).cloned()),
                _ => {}
            }
        }
        // Pods for nodes that no longer exist.
        let names = crate::api::order::str_set(nodes.iter().filter_map(|n| n.metadata.name.as_deref()));
        for (node, pods) in by_node {
            if names.binary_search(&node.as_str()).is_err() {
                delete.extend(pods.iter().filter(|p| p.meta().deletion_timestamp.is_none()).cloned());
            }
        }
        self.sync_nodes(ctx, key, ds, delete, create_on, hash)
    }

    /// `syncNodes`: creations in slow-start batches, then deletions, under expectations.
    fn sync_nodes(&mut self, ctx: &mut Ctx, key: &str, ds: &DaemonSet, delete: Vec<ObjectRef>, create_on: Vec<String>, hash: &str) -> Result<(), String> {
        let create_on: Vec<String> = create_on.into_iter().take(BURST_REPLICAS).collect();
        let delete: Vec<ObjectRef> = delete.into_iter().take(BURST_REPLICAS).collect();
        if create_on.is_empty() && delete.is_empty() {
            return Ok(());
        }
        self.expectations.insert(key.to_string(), Box::new(Expectations { add: create_on.len() as i64, del: delete.len() as i64, set_at: ctx.now }));
        let ns = ds.metadata.namespace.clone().unwrap_or_default();
        let ds_obj = ds.clone().into_object();
        let mut first_err = None;
        let mut batch = 1;
        let mut i = 0;
        while i < create_on.len() {
            let end = (i + batch).min(create_on.len());
            let mut failed = false;
            for node in &create_on[i..end] {
                self.writes += 1;
                match ctx.create(&ns, new_pod(ds, node, hash).into_object()) {
                    Ok(p) => self.recorder.event(ctx, &ds_obj, NORMAL, "SuccessfulCreate", &format!("Created pod: {}", p.name())),
                    Err(e) => {
                        self.recorder.event(ctx, &ds_obj, WARNING, "FailedCreate", &format!("Error creating: {}", e.message));
                        failed = true;
                        first_err.get_or_insert(e.message);
                        if let Some(x) = self.expectations.get_mut(key) {
                            x.add -= 1;
                        }
                    }
                }
            }
            if failed {
                if let Some(x) = self.expectations.get_mut(key) {
                    x.add -= (create_on.len() - end) as i64;
                }
                break;
            }
            i = end;
            batch *= 2;
        }
        for o in delete {
            self.writes += 1;
            let opts = DeleteOptions { precondition_uid: Some(o.uid().to_string()), ..Default::default() };
            match ctx.delete(Kind::Pod, o.namespace(), o.name(), &opts) {
                Ok(_) => self.recorder.event(ctx, &ds_obj, NORMAL, "SuccessfulDelete", &format!("Deleted pod: {}", o.name())),
                Err(e) => {
                    if let Some(x) = self.expectations.get_mut(key) {
                        x.del -= 1;
                    }
                    if !e.is_not_found() {
                        self.recorder.event(ctx, &ds_obj, WARNING, "FailedDelete", &format!("Error deleting: {}", e.message));
                        first_err.get_or_insert(e.message);
                    }
                }
            }
        }
        match first_err {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }

    /// `rollingUpdate`: replace old pods within maxUnavailable, or surge within maxSurge.
    fn rolling_update(&mut self, ctx: &mut Ctx, key: &str, ds: &DaemonSet, nodes: &[&Node], by_node: &BTreeMap<String, Vec<ObjectRef>>, hash: &str) -> Result<(), String> {
        let mut probe = Probe::new(ds);
        self.examined += nodes.len();
        let desired = nodes.iter().filter(|n| probe.should_run(n).0).count() as i32;
        let (max_surge, max_unavailable) = surge_and_unavailable(ds, desired);
        let min_ready = ds.spec.as_ref().and_then(|s| s.min_ready_seconds).unwrap_or(0);
        let epoch = ctx.api.epoch();
        let now = ctx.now;
        let available = |o: &ObjectRef| available_at(o.as_pod().expect("pod"), min_ready, epoch).is_some_and(|t| t <= now);
        let mut wake: Option<SimTime> = None;
        let mut delete = Vec::new();
        let mut create_on = Vec::new();
        if max_surge == 0 {
            let mut unavailable = 0;
            let mut replace = Vec::new();
            let mut candidates = Vec::new();
            for pods in by_node.values() {
                let Some((new, old)) = split_new_old(pods, hash) else {
                    unavailable += 1;
                    continue;
                };
                match (new, old) {
                    (None, None) | (Some(_), Some(_)) => unavailable += 1,
                    (Some(n), None) => {
                        if !available(&n) {
                            unavailable += 1;
                            wake = wake.or(available_at(n.as_pod().expect("pod"), min_ready, epoch));
                        }
                    }
                    (None, Some(o)) => {
                        if !available(&o) {
                            replace.push(o);
                        } else if unavailable < max_unavailable {
                            candidates.push(o);
                        }
                    }
                }
            }
            let remaining = (max_unavailable - unavailable).max(0) as usize;
            delete.extend(replace);
            delete.extend(candidates.into_iter().take(remaining));
        } else {
            let mut surged = 0;
            let mut allowed = Vec::new();
            let mut candidates = Vec::new();
            for (node, pods) in by_node {
                let Some((new, old)) = split_new_old(pods, hash) else {
                    surged += 1;
                    continue;
                };
                match (new, old) {
                    (_, None) => {}
                    (None, Some(o)) => {
                        if !available(&o) {
                            allowed.push(node.clone());
                        } else if surged < max_surge {
                            candidates.push(node.clone());
                        }
                    }
                    (Some(n), Some(o)) => {
                        if !available(&n) {
                            surged += 1;
                            wake = wake.or(available_at(n.as_pod().expect("pod"), min_ready, epoch));
                        } else {
                            delete.push(o);
                        }
                    }
                }
            }
            let remaining = (max_surge - surged).max(0) as usize;
            create_on.extend(allowed);
            create_on.extend(candidates.into_iter().take(remaining));
        }
        if let Some(t) = wake.filter(|t| *t > now) {
            self.queue.add_after(key, t);
            ctx.wake_at(t);
        }
        self.sync_nodes(ctx, key, ds, delete, create_on, hash)
    }

    fn update_status(&mut self, ctx: &mut Ctx, ds: &DaemonSet, nodes: &[&Node], by_node: &BTreeMap<String, Vec<ObjectRef>>, hash: &str, observed: bool) -> Result<(), String> {
        let (mut desired, mut current, mut misscheduled, mut ready, mut available, mut updated) = (0, 0, 0, 0, 0, 0);
        let min_ready = ds.spec.as_ref().and_then(|s| s.min_ready_seconds).unwrap_or(0);
        let epoch = ctx.api.epoch();
        let generation = ds.metadata.generation.map(|g| g.to_string());
        let mut wake: Option<SimTime> = None;
        let mut probe = Probe::new(ds);
        self.examined += nodes.len();
        for node in nodes {
            let name = node.metadata.name.clone().unwrap_or_default();
            let scheduled = by_node.get(&name).filter(|p| !p.is_empty());
            if !probe.should_run(node).0 {
                if scheduled.is_some() {
                    misscheduled += 1;
                }
                continue;
            }
            desired += 1;
            let Some(pods) = scheduled else { continue };
            current += 1;
            let mut pods = pods.clone();
            sort_oldest_first(&mut pods);
            let pod = pods[0].as_pod().expect("pod");
            if is_ready(pod) {
                ready += 1;
                match available_at(pod, min_ready, epoch) {
                    Some(t) if t <= ctx.now => available += 1,
                    Some(t) => wake = Some(wake.map_or(t, |w: SimTime| w.min(t))),
                    None => {}
                }
            }
            let labels = pod.metadata.labels.as_ref();
            let gen_matches = generation.is_some() && labels.and_then(|l| l.get(GENERATION_LABEL)) == generation.as_ref();
            if hash_of(pod) == hash || gen_matches {
                updated += 1;
            }
        }
        if let Some(t) = wake {
            let key = crate::api::meta::cache_key(ds.metadata.namespace.as_deref().unwrap_or(""), ds.metadata.name.as_deref().unwrap_or(""));
            self.queue.add_after(&key, t);
            ctx.wake_at(t);
        }
        let old = ds.status.clone().unwrap_or_default();
        let nz = |v: i32| if v == 0 { None } else { Some(v) };
        let status = DaemonSetStatus {
            current_number_scheduled: current,
            number_misscheduled: misscheduled,
            desired_number_scheduled: desired,
            number_ready: ready,
            observed_generation: if observed { ds.metadata.generation } else { old.observed_generation },
            updated_number_scheduled: nz(updated),
            number_available: nz(available),
            number_unavailable: nz(desired - available),
            collision_count: old.collision_count,
            conditions: old.conditions.clone(),
        };
        if status == old {
            return Ok(());
        }
        let mut next = ds.clone();
        next.status = Some(status);
        self.writes += 1;
        ctx.update_status(next.into_object()).map(|_| ()).map_err(|e| e.message)
    }
}

fn update_type(ds: &DaemonSet) -> &str {
    ds.spec.as_ref().and_then(|s| s.update_strategy.as_ref()).and_then(|s| s.type_.as_deref()).unwrap_or("RollingUpdate")
}

fn selector(ds: &DaemonSet) -> Selector {
    ds.spec.as_ref().and_then(|s| Selector::from_label_selector(&s.selector).ok()).filter(|s| !s.is_empty()).unwrap_or_else(Selector::nothing)
}

/// `findUpdatedPodsOnNode`: (new, old) pod on a node; None if it has more than one of either.
fn split_new_old(pods: &[ObjectRef], hash: &str) -> Option<(Option<ObjectRef>, Option<ObjectRef>)> {
    let (mut new, mut old) = (None, None);
    for o in pods {
        let p = o.as_pod().expect("pod");
        if p.metadata.deletion_timestamp.is_some() {
            continue;
        }
        let slot = if hash_of(p) == hash { &mut new } else { &mut old };
        if slot.is_some() {
            return None;
        }
        *slot = Some(o.clone());
    }
    Some((new, old))
}

