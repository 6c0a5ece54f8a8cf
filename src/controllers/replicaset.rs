//! The replication manager (`pkg/controller/replicaset`, which serves ReplicaSets and
//! ReplicationControllers alike): pod events enqueue the owning controller's key; `sync_replica_set`
//! claims matching pods, creates or deletes pods to match `spec.replicas` (slow-start batches,
//! expectations so a stale cache never makes it act twice), and writes status back.

use crate::api::apps::{ReplicaSet, ReplicaSetCondition, ReplicaSetStatus};
use crate::api::core::{Pod, PodTemplateSpec, ReplicationController, ReplicationControllerCondition, ReplicationControllerStatus};
use crate::api::labels::Selector;
use crate::api::meta::{controller_of, split_key};
use crate::api::metav1::{ObjectMeta, OwnerReference, Time};
use crate::api::{Kind, Object, ObjectRef, Typed};
use crate::apiserver::DeleteOptions;
use crate::client::events::{Recorder, NORMAL, WARNING};
use crate::client::informer::{Delta, Informer};
use crate::client::workqueue::{sync_cost, WorkQueue, Workers};
use crate::client::Ctx;
use crate::sim::clock::SimTime;
use std::collections::BTreeMap;
use std::time::Duration;

const BURST_REPLICAS: i32 = 500;
const EXPECTATIONS_TTL: Duration = Duration::from_secs(5 * 60);

/// `ControllerExpectations`: creations and deletions we are waiting to see in the cache.
#[derive(Debug, Default)]
struct Expectations {
    add: i64,
    del: i64,
    set_at: SimTime,
}

/// `--concurrent-replicaset-syncs` (also used for replication controllers).
const WORKERS: usize = 5;

/// The status both kinds share.
#[derive(Clone, Debug, Default, PartialEq)]
struct Status {
    replicas: i32,
    fully_labeled: Option<i32>,
    ready: Option<i32>,
    available: Option<i32>,
    observed_generation: Option<i64>,
    /// (type, status, reason, message, lastTransitionTime)
    conditions: Vec<(String, String, Option<String>, Option<String>, Option<Time>)>,
}

/// A ReplicaSet or a ReplicationController, as the one controller serving both sees it.
struct Controlled<'a> {
    obj: &'a Object,
}

impl Controlled<'_> {
    fn meta(&self) -> &ObjectMeta {
        self.obj.meta()
    }
    fn name(&self) -> String {
        self.obj.name().to_string()
    }
    fn replicas(&self) -> i32 {
        match self.obj {
            Object::ReplicaSet(rs) => rs.spec.as_ref().and_then(|s| s.replicas).unwrap_or(1),
            Object::ReplicationController(rc) => rc.spec.as_ref().and_then(|s| s.replicas).unwrap_or(1),
            _ => 0,
        }
    }
    fn min_ready_seconds(&self) -> i32 {
        match self.obj {
            Object::ReplicaSet(rs) => rs.spec.as_ref().and_then(|s| s.min_ready_seconds).unwrap_or(0),
            Object::ReplicationController(rc) => rc.spec.as_ref().and_then(|s| s.min_ready_seconds).unwrap_or(0),
            _ => 0,
        }
    }
    /// The selector; a missing or empty one selects nothing here.
    fn selector(&self) -> Selector {
        match self.obj {
            Object::ReplicaSet(rs) => rs.spec.as_ref().and_then(|s| Selector::from_label_selector(&s.selector).ok()).filter(|s| !s.is_empty()).unwrap_or_else(Selector::nothing),
            Object::ReplicationController(rc) => match rc.spec.as_ref().and_then(|s| s.selector.as_ref()).filter(|s| !s.is_empty()) {
                Some(m) => Selector::from_map(m),
                None => Selector::nothing(),
            },
            _ => Selector::nothing(),
        }
    }
    fn template(&self) -> PodTemplateSpec {
        match self.obj {
            Object::ReplicaSet(rs) => rs.spec.as_ref().and_then(|s| s.template.clone()).unwrap_or_default(),
            Object::ReplicationController(rc) => rc.spec.as_ref().and_then(|s| s.template.clone()).unwrap_or_default(),
            _ => Default::default(),
        }
    }
    fn status(&self) -> Status {
        match self.obj {
            Object::ReplicaSet(rs) => {
                let s = rs.status.clone().unwrap_or_default();
                Status {
                    replicas: s.replicas,
                    fully_labeled: s.fully_labeled_replicas,
                    ready: s.ready_replicas,
                    available: s.available_replicas,
                    observed_generation: s.observed_generation,
                    conditions: s.conditions.unwrap_or_default().into_iter().map(|c| (c.type_, c.status, c.reason, c.message, c.last_transition_time)).collect(),
                }
            }
            Object::ReplicationController(rc) => {
                let s = rc.status.clone().unwrap_or_default();
                Status {
                    replicas: s.replicas,
                    fully_labeled: s.fully_labeled_replicas,
                    ready: s.ready_replicas,
                    available: s.available_replicas,
                    observed_generation: s.observed_generation,
                    conditions: s.conditions.unwrap_or_default().into_iter().map(|c| (c.type_, c.status, c.reason, c.message, c.last_transition_time)).collect(),
                }
            }
            _ => Status::default(),
        }
    }
    fn with_status(&self, st: Status) -> Object {
        match self.obj {
            Object::ReplicaSet(rs) => {
                let mut rs: ReplicaSet = (**rs).clone();
                let conditions: Vec<ReplicaSetCondition> = st
                    .conditions
                    .into_iter()
                    .map(|(t, s, reason, message, ltt)| ReplicaSetCondition { type_: t, status: s, reason, message, last_transition_time: ltt })
                    .collect();
                rs.status = Some(ReplicaSetStatus {
                    replicas: st.replicas,
                    fully_labeled_replicas: st.fully_labeled,
                    ready_replicas: st.ready,
                    available_replicas: st.available,
                    observed_generation: st.observed_generation,
                    conditions: if conditions.is_empty() { None } else { Some(conditions) },
                    terminating_replicas: None,
                });
                rs.into_object()
            }
            Object::ReplicationController(rc) => {
                let mut rc: ReplicationController = (**rc).clone();
                let conditions: Vec<ReplicationControllerCondition> = st
                    .conditions
                    .into_iter()
                    .map(|(t, s, reason, message, ltt)| ReplicationControllerCondition { type_: t, status: s, reason, message, last_transition_time: ltt })
                    .collect();
                rc.status = Some(ReplicationControllerStatus {
                    replicas: st.replicas,
                    fully_labeled_replicas: st.fully_labeled,
                    ready_replicas: st.ready,
                    available_replicas: st.available,
                    observed_generation: st.observed_generation,
                    conditions: if conditions.is_empty() { None } else { Some(conditions) },
                });
                rc.into_object()
            }
            _ => self.obj.clone(),
        }
    }
    fn owner_ref(&self) -> OwnerReference {
        let info = self.obj.kind().info();
        crate::api::meta::controller_ref(info.api_version, info.kind, self.meta())
    }
}

/// The replication manager for one kind: ReplicaSets or ReplicationControllers.
pub struct ReplicationManager {
    kind: Kind,
    pub queue: WorkQueue,
    pub(crate) workers: Workers,
    examined: usize,
    writes: usize,
    /// Values boxed, as in every controller's per-key map: maps of pointers share their code.
    expectations: BTreeMap<String, Box<Expectations>>,
    recorder: Recorder,
}

impl ReplicationManager {
    pub fn new(kind: Kind) -> Self {
        let component = if kind == Kind::ReplicaSet { "replicaset-controller" } else { "replication-controller" };
        ReplicationManager {
            kind,
            queue: WorkQueue::new(),
            workers: Workers::new(WORKERS),
            examined: 0,
            writes: 0,
            expectations: BTreeMap::new(),
            recorder: Recorder::new(component, None),
        }
    }

    fn short(&self) -> &'static str {
        if self.kind == Kind::ReplicaSet { "rs" } else { "rc" }
    }
}

fn is_active(pod: &Pod) -> bool {
    let phase = pod.status.as_ref().and_then(|s| s.phase.as_deref()).unwrap_or("");
    phase != "Succeeded" && phase != "Failed" && pod.metadata.deletion_timestamp.is_none()
}

fn is_ready(pod: &Pod) -> bool {
    pod.status.as_ref().and_then(|s| s.conditions.as_ref()).is_some_and(|cs| cs.iter().any(|c| c.type_ == "Ready" && c.status == "True"))
}

/// `IsPodAvailable`: ready for at least `min_ready` seconds; also when it becomes so.
pub fn available_at(pod: &Pod, min_ready: i32, epoch: crate::api::meta::Epoch) -> Option<SimTime> {
    let cond = pod.status.as_ref()?.conditions.as_ref()?.iter().find(|c| c.type_ == "Ready" && c.status == "True")?;
    let since = cond.last_transition_time.as_ref().map(|t| epoch.sim_time(&t.0)).unwrap_or(SimTime::ZERO);
    Some(since + Duration::from_secs(min_ready.max(0) as u64))
}

impl ReplicationManager {
    fn satisfied(&self, key: &str, now: SimTime) -> bool {
        match self.expectations.get(key) {
            None => true,
            Some(e) => (e.add <= 0 && e.del <= 0) || now.since(e.set_at) > EXPECTATIONS_TTL,
        }
    }

    /// Pod informer handlers (`addPod`, `updatePod`, `deletePod`).
    pub fn on_pod(&mut self, delta: &Delta, owners: &Informer) {
        match delta {
            Delta::Added(o) => {
                let pod = o.as_pod().expect("pod");
                if let Some(key) = self.resolve_owner(o, owners) {
                    if pod.metadata.deletion_timestamp.is_none() {
                        if let Some(e) = self.expectations.get_mut(&key) {
                            e.add -= 1;
                        }
                    }
                    self.queue.add(&key);
                } else {
                    self.enqueue_matching(o, owners);
                }
            }
            Delta::Updated { old, new } => {
                let old_owner = self.resolve_owner(old, owners);
                let new_owner = self.resolve_owner(new, owners);
                if old_owner != new_owner {
                    if let Some(k) = &old_owner {
                        self.queue.add(k);
                    }
                }
                match new_owner {
                    Some(k) => self.queue.add(&k),
                    None => {
                        if old.meta().labels != new.meta().labels || old_owner.is_some() {
                            self.enqueue_matching(new, owners);
                        }
                    }
                }
            }
            Delta::Deleted(o) => {
                if let Some(key) = self.resolve_owner(o, owners) {
                    if let Some(e) = self.expectations.get_mut(&key) {
                        e.del -= 1;
                    }
                    self.queue.add(&key);
                }
            }
        }
    }

    /// Handlers for the owning kind's own informer.
    pub fn on_owner(&mut self, delta: &Delta) {
        let o = delta.object();
        if let Delta::Deleted(_) = delta {
            self.expectations.remove(&o.cache_key());
        }
        self.queue.add(&o.cache_key());
    }

    fn resolve_owner(&self, pod: &ObjectRef, owners: &Informer) -> Option<String> {
        let r = controller_of(pod.meta())?;
        if r.kind != self.kind.info().kind {
            return None;
        }
        let key = crate::api::meta::cache_key(pod.namespace(), &r.name);
        match owners.get(&key) {
            Some(o) if o.uid() == r.uid => Some(key),
            _ => None,
        }
    }

    fn enqueue_matching(&mut self, pod: &ObjectRef, owners: &Informer) {
        let labels = pod.meta().labels.as_ref();
        for o in owners.in_namespace(pod.namespace()) {
            if (Controlled { obj: o }).selector().matches(labels) {
                self.queue.add(&o.cache_key());
            }
        }
    }

    /// Processes ready keys while a worker is free. A sync occupies its worker for a modelled
    /// duration: 1ms, plus 2µs per pod examined, plus 1ms per API write.
    pub fn process(&mut self, ctx: &mut Ctx, owners: &Informer, pods: &Informer) {
        while let Some((w, key)) = self.workers.next(&mut self.queue, ctx.now) {
            self.examined = 0;
            self.writes = 0;
            match self.sync_replica_set(ctx, &key, owners, pods) {
                Ok(()) => self.queue.forget(&key),
                Err(e) => {
                    ctx.trace(format!("sync {} {} failed: {}; requeued with backoff", self.short(), key, e));
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

    /// When the next key can be processed: when one is ready and a worker is free.
    pub fn next_ready(&self, now: SimTime) -> Option<SimTime> {
        self.workers.next_ready(&self.queue, now)
    }

    fn sync_replica_set(&mut self, ctx: &mut Ctx, key: &str, owners: &Informer, pods: &Informer) -> Result<(), String> {
        let Some(obj) = owners.get(key).cloned() else {
            self.expectations.remove(key);
            return Ok(());
        };
        let rs = Controlled { obj: &obj };
        let needs_sync = self.satisfied(key, ctx.now);
        let selector = rs.selector();
        let (ns, _) = split_key(key);
        let uid = obj.uid().to_string();
        let deleting = rs.meta().deletion_timestamp.is_some();
        let mut owned: Vec<ObjectRef> = Vec::new();
        // claimPods: owned pods that still match, plus orphans to adopt; release owned pods that no longer match.
        let candidates: Vec<ObjectRef> = pods.controlled_by(&uid).chain(pods.orphans_in(ns)).cloned().collect();
        self.examined = candidates.len();
        for p in candidates {
            let pod = p.as_pod().expect("pod");
            let matches = selector.matches(pod.metadata.labels.as_ref());
            match controller_of(&pod.metadata) {
                Some(r) if r.uid == uid => {
                    if matches {
                        if is_active(pod) {
                            owned.push(p.clone());
                        }
                    } else if !deleting {
                        self.release(ctx, pod);
                    }
                }
                Some(_) => {}
                None => {
                    if matches && is_active(pod) && !deleting && pod.metadata.deletion_timestamp.is_none() {
                        if let Some(adopted) = self.adopt(ctx, &rs, pod) {
                            owned.push(adopted);
                        }
                    }
                }
            }
        }
        let mut err = None;
        if needs_sync && !deleting {
            err = self.manage_replicas(ctx, key, &rs, &owned).err();
        }
        self.update_status(ctx, &rs, &owned, err.as_deref())?;
        match err {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }

    fn adopt(&mut self, ctx: &mut Ctx, rs: &Controlled, pod: &Pod) -> Option<ObjectRef> {
        let mut p = pod.clone();
        p.metadata.owner_references.get_or_insert_with(Vec::new).push(rs.owner_ref());
        let res = ctx.update(p.into_object()).ok();
        if res.is_some() {
            ctx.trace(format!("adopted orphan pod {} into {} {}", pod.metadata.name.clone().unwrap_or_default(), self.short(), rs.name()));
        }
        res
    }

    fn release(&mut self, ctx: &mut Ctx, pod: &Pod) {
        let mut p = pod.clone();
        if let Some(refs) = p.metadata.owner_references.as_mut() {
            refs.retain(|r| r.controller != Some(true));
        }
        if ctx.update(p.into_object()).is_ok() {
            ctx.trace(format!("released pod {} (labels no longer match)", pod.metadata.name.clone().unwrap_or_default()));
        }
    }

    fn manage_replicas(&mut self, ctx: &mut Ctx, key: &str, rs: &Controlled, pods: &[ObjectRef]) -> Result<(), String> {
        let want = rs.replicas();
        let diff = pods.len() as i32 - want;
        let ns = rs.meta().namespace.clone().unwrap_or_else(|| "default".into());
        if diff < 0 {
            let count = (-diff).min(BURST_REPLICAS);
            ctx.trace(format!("{} {} has {} of {} pods: creating {}", self.short(), key, pods.len(), want, count));
            self.expectations.insert(key.to_string(), Box::new(Expectations { add: count as i64, del: 0, set_at: ctx.now }));
            // slowStartBatch: 1, 2, 4, ... stopping at the first batch with an error.
            let mut remaining = count;
            let mut batch = 1;
            while remaining > 0 {
                let n = batch.min(remaining);
                let mut failed = 0;
                let mut first_err = None;
                for _ in 0..n {
                    self.writes += 1;
                    match ctx.create(&ns, pod_from_template(rs).into_object()) {
                        Ok(pod) => {
                            let msg = format!("Created pod: {}", pod.name());
                            self.recorder.event(ctx, rs.obj, NORMAL, "SuccessfulCreate", &msg);
                        }
                        Err(e) => {
                            failed += 1;
                            let msg = format!("Error creating: {}", e.message);
                            self.recorder.event(ctx, rs.obj, WARNING, "FailedCreate", &msg);
                            first_err.get_or_insert(e.message);
                        }
                    }
                }
                remaining -= n;
                if let Some(e) = first_err {
                    if let Some(exp) = self.expectations.get_mut(key) {
                        exp.add -= (failed + remaining) as i64;
                    }
                    return Err(e);
                }
                batch *= 2;
            }
        } else if diff > 0 {
            let count = diff.min(BURST_REPLICAS) as usize;
            ctx.trace(format!("{} {} has {} of {} pods: deleting {}", self.short(), key, pods.len(), want, count));
            let victims = pods_to_delete(pods, count);
            self.expectations.insert(key.to_string(), Box::new(Expectations { add: 0, del: victims.len() as i64, set_at: ctx.now }));
            for v in victims {
                self.writes += 1;
                let opts = DeleteOptions { precondition_uid: Some(v.uid().to_string()), ..Default::default() };
                match ctx.delete(Kind::Pod, v.namespace(), v.name(), &opts) {
                    Ok(_) => {
                        let msg = format!("Deleted pod: {}", v.name());
                        self.recorder.event(ctx, rs.obj, NORMAL, "SuccessfulDelete", &msg);
                    }
                    Err(e) => {
                        if let Some(exp) = self.expectations.get_mut(key) {
                            exp.del -= 1;
                        }
                        if !e.is_not_found() {
                            self.recorder.event(ctx, rs.obj, WARNING, "FailedDelete", &format!("Error deleting: {}", e.message));
                            return Err(e.message);
                        }
                    }
                }
            }
        }
        Ok(())
    }

    fn update_status(&mut self, ctx: &mut Ctx, rs: &Controlled, pods: &[ObjectRef], err: Option<&str>) -> Result<(), String> {
        let template_labels = rs.template().metadata.and_then(|m| m.labels).unwrap_or_default();
        let template_sel = Selector::from_map(&template_labels);
        let min_ready = rs.min_ready_seconds();
        let epoch = ctx.api.epoch();
        let mut fully = 0;
        let mut ready = 0;
        let mut available = 0;
        let mut next_available: Option<SimTime> = None;
        for p in pods {
            let pod = p.as_pod().expect("pod");
            if template_sel.matches(pod.metadata.labels.as_ref()) {
                fully += 1;
            }
            if is_ready(pod) {
                ready += 1;
                match available_at(pod, min_ready, epoch) {
                    Some(t) if t <= ctx.now => available += 1,
                    Some(t) => next_available = Some(next_available.map_or(t, |n: SimTime| n.min(t))),
                    None => {}
                }
            }
        }
        // A pod that becomes available later brings this key back then (`AddAfter(minReadySeconds)`).
        if let Some(t) = next_available {
            let key = rs.obj.cache_key();
            self.queue.add_after(&key, t);
            ctx.wake_at(t);
        }
        let old = rs.status();
        let mut conditions = old.conditions.clone();
        let had_failure = conditions.iter().any(|c| c.0 == "ReplicaFailure");
        match err {
            Some(e) if !had_failure => conditions.push(("ReplicaFailure".into(), "True".into(), Some("FailedCreate".into()), Some(e.to_string()), Some(ctx.api.epoch().time(ctx.now)))),
            None if had_failure => conditions.retain(|c| c.0 != "ReplicaFailure"),
            _ => {}
        }
        let nz = |v: i32| if v == 0 { None } else { Some(v) };
        let status = Status {
            replicas: pods.len() as i32,
            fully_labeled: nz(fully),
            ready: nz(ready),
            available: nz(available),
            observed_generation: rs.meta().generation,
            conditions,
        };
        if status == old {
            return Ok(());
        }
        self.writes += 1;
        ctx.update_status(rs.with_status(status)).map(|_| ()).map_err(|e| e.message)
    }
}

/// `GetPodFromTemplate`: labels, annotations and spec from the template; generateName `<owner>-`.
fn pod_from_template(rs: &Controlled) -> Pod {
    let template = rs.template();
    let tmeta = template.metadata.unwrap_or_default();
    Pod {
        metadata: ObjectMeta {
            generate_name: Some(format!("{}-", rs.name())),
            namespace: rs.meta().namespace.clone(),
            labels: tmeta.labels,
            annotations: tmeta.annotations,
            finalizers: tmeta.finalizers,
            owner_references: Some(vec![rs.owner_ref()]),
            ..Default::default()
        },
        spec: template.spec,
        status: None,
    }
}

/// `getPodsToDelete` with `ActivePods` ranking: unscheduled before scheduled, Pending before
/// Unknown before Running, not-ready before ready, more restarts first, newer first.
pub(crate) fn pods_to_delete(pods: &[ObjectRef], count: usize) -> Vec<ObjectRef> {
    let mut ranked: Vec<&ObjectRef> = pods.iter().collect();
    let rank = |o: &ObjectRef| {
        let p = o.as_pod().expect("pod");
        let scheduled = p.spec.as_ref().and_then(|s| s.node_name.as_deref()).is_some_and(|n| !n.is_empty());
        let phase = match p.status.as_ref().and_then(|s| s.phase.as_deref()) {
            Some("Pending") => 0,
            Some("Unknown") => 1,
            Some("Running") => 2,
            _ => 0,
        };
        let restarts: i32 = p.status.as_ref().and_then(|s| s.container_statuses.as_ref()).map(|cs| cs.iter().map(|c| c.restart_count).sum()).unwrap_or(0);
        let created = p.metadata.creation_timestamp.as_ref().map(|t| t.0.as_second()).unwrap_or(0);
        (scheduled, phase, is_ready(p), -restarts, -created, o.name().to_string())
    };
    crate::api::order::sort_by_key(&mut ranked, |o| rank(o));
    ranked.into_iter().take(count).cloned().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unscheduled_and_pending_pods_are_deleted_first() {
        let mk = |name: &str, node: Option<&str>, phase: &str| -> ObjectRef {
            let mut p = Pod::default();
            p.metadata.name = Some(name.into());
            p.spec = Some(crate::api::core::PodSpec { node_name: node.map(str::to_string), ..Default::default() });
            p.status = Some(crate::api::core::PodStatus { phase: Some(phase.into()), ..Default::default() });
            std::sync::Arc::new(p.into_object())
        };
        let pods = vec![mk("running", Some("n1"), "Running"), mk("pending", Some("n1"), "Pending"), mk("unscheduled", None, "Pending")];
        let order: Vec<String> = pods_to_delete(&pods, 3).iter().map(|p| p.name().to_string()).collect();
        assert_eq!(order, vec!["unscheduled", "pending", "running"]);
    }
}
