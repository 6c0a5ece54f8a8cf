//! The replication manager (`pkg/controller/replicaset`, which serves ReplicaSets and
//! ReplicationControllers alike): pod events enqueue the owning controller's key; `sync_replica_set`
//! claims matching pods, creates or deletes pods to match `spec.replicas` (slow-start batches,
//! expectations so a stale cache never makes it act twice), and writes status back.

use crate::api::core::{Pod, ReplicationController, ReplicationControllerStatus};
use crate::api::labels::Selector;
use crate::api::meta::{controller_of, split_key};
use crate::api::metav1::{ObjectMeta, OwnerReference};
use crate::api::{Kind, ObjectRef, Typed};
use crate::apiserver::DeleteOptions;
use crate::client::events::{Recorder, NORMAL, WARNING};
use crate::client::informer::{Delta, Informer};
use crate::client::workqueue::WorkQueue;
use crate::client::Ctx;
use std::collections::BTreeMap;
use std::time::Duration;

const BURST_REPLICAS: i32 = 500;
const EXPECTATIONS_TTL: Duration = Duration::from_secs(5 * 60);

/// `ControllerExpectations`: creations and deletions we are waiting to see in the cache.
#[derive(Debug, Default)]
struct Expectations {
    add: i64,
    del: i64,
    set_at: crate::sim::clock::SimTime,
}

/// `--concurrent-replicaset-syncs` (also used for replication controllers).
const WORKERS: usize = 5;

pub struct ReplicationManager {
    pub queue: WorkQueue,
    /// When each sync worker is free again: a sync takes time, and meanwhile events for its key
    /// collapse in the queue, as they do upstream.
    workers: [crate::sim::clock::SimTime; WORKERS],
    /// Keys being synced and when their sync ends: like client-go's processing set, a key is never
    /// synced by two workers at once; events meanwhile mark it for one more sync afterwards.
    in_flight: BTreeMap<String, crate::sim::clock::SimTime>,
    examined: usize,
    writes: usize,
    expectations: BTreeMap<String, Expectations>,
    recorder: Recorder,
}

impl Default for ReplicationManager {
    fn default() -> Self {
        ReplicationManager {
            queue: WorkQueue::new(),
            workers: [crate::sim::clock::SimTime::ZERO; WORKERS],
            in_flight: BTreeMap::new(),
            examined: 0,
            writes: 0,
            expectations: BTreeMap::new(),
            recorder: Recorder::new("replication-controller", None),
        }
    }
}

fn rc_selector(rc: &ReplicationController) -> Selector {
    match rc.spec.as_ref().and_then(|s| s.selector.as_ref()).filter(|s| !s.is_empty()) {
        Some(m) => Selector::from_map(m),
        None => Selector::nothing(),
    }
}

fn is_active(pod: &Pod) -> bool {
    let phase = pod.status.as_ref().and_then(|s| s.phase.as_deref()).unwrap_or("");
    phase != "Succeeded" && phase != "Failed" && pod.metadata.deletion_timestamp.is_none()
}

fn is_ready(pod: &Pod) -> bool {
    pod.status.as_ref().and_then(|s| s.conditions.as_ref()).is_some_and(|cs| cs.iter().any(|c| c.type_ == "Ready" && c.status == "True"))
}

impl ReplicationManager {
    fn satisfied(&self, key: &str, now: crate::sim::clock::SimTime) -> bool {
        match self.expectations.get(key) {
            None => true,
            Some(e) => (e.add <= 0 && e.del <= 0) || now.since(e.set_at) > EXPECTATIONS_TTL,
        }
    }

    /// Pod informer handlers (`addPod`, `updatePod`, `deletePod`).
    pub fn on_pod(&mut self, delta: &Delta, rcs: &Informer) {
        match delta {
            Delta::Added(o) => {
                let pod = o.as_pod().expect("pod");
                if let Some(key) = self.resolve_owner(o, rcs) {
                    if pod.metadata.deletion_timestamp.is_none() {
                        if let Some(e) = self.expectations.get_mut(&key) {
                            e.add -= 1;
                        }
                    }
                    self.queue.add(&key);
                } else {
                    self.enqueue_matching(o, rcs);
                }
            }
            Delta::Updated { old, new } => {
                let old_owner = self.resolve_owner(old, rcs);
                let new_owner = self.resolve_owner(new, rcs);
                if old_owner != new_owner {
                    if let Some(k) = &old_owner {
                        self.queue.add(k);
                    }
                }
                match new_owner {
                    Some(k) => self.queue.add(&k),
                    None => {
                        if old.meta().labels != new.meta().labels || old_owner.is_some() {
                            self.enqueue_matching(new, rcs);
                        }
                    }
                }
            }
            Delta::Deleted(o) => {
                if let Some(key) = self.resolve_owner(o, rcs) {
                    if let Some(e) = self.expectations.get_mut(&key) {
                        e.del -= 1;
                    }
                    self.queue.add(&key);
                }
            }
        }
    }

    pub fn on_rc(&mut self, delta: &Delta) {
        let o = delta.object();
        if let Delta::Deleted(_) = delta {
            self.expectations.remove(&o.cache_key());
        }
        self.queue.add(&o.cache_key());
    }

    fn resolve_owner(&self, pod: &ObjectRef, rcs: &Informer) -> Option<String> {
        let r = controller_of(pod.meta())?;
        if r.kind != "ReplicationController" {
            return None;
        }
        let key = crate::api::meta::cache_key(pod.namespace(), &r.name);
        match rcs.get(&key) {
            Some(rc) if rc.uid() == r.uid => Some(key),
            _ => None,
        }
    }

    fn enqueue_matching(&mut self, pod: &ObjectRef, rcs: &Informer) {
        let labels = pod.meta().labels.as_ref();
        for rc in rcs.in_namespace(pod.namespace()) {
            if let Some(rc_t) = ReplicationController::from_object(rc) {
                if rc_selector(rc_t).matches(labels) {
                    self.queue.add(&rc.cache_key());
                }
            }
        }
    }

    /// Processes ready keys while a worker is free. A sync occupies its worker for a modelled
    /// duration: 1ms, plus 2µs per pod examined, plus 1ms per API write.
    pub fn process(&mut self, ctx: &mut Ctx, rcs: &Informer, pods: &Informer) {
        loop {
            let Some(w) = (0..WORKERS).find(|i| self.workers[*i] <= ctx.now) else { break };
            self.in_flight.retain(|_, until| *until > ctx.now);
            let Some(key) = self.queue.pop(ctx.now) else { break };
            if let Some(until) = self.in_flight.get(&key).copied() {
                self.queue.add_after(&key, until);
                continue;
            }
            self.examined = 0;
            self.writes = 0;
            match self.sync_replica_set(ctx, &key, rcs, pods) {
                Ok(()) => self.queue.forget(&key),
                Err(e) => {
                    ctx.trace(format!("sync {} failed: {}; requeued with backoff", key, e));
                    let at = self.queue.add_rate_limited(&key, ctx.now);
                    ctx.wake_at(at);
                }
            }
            let micros = 1000 + 2 * self.examined as u64 + 1000 * self.writes as u64;
            let until = ctx.now + Duration::from_micros(micros.div_ceil(1000) * 1000);
            self.workers[w] = until;
            self.in_flight.insert(key, until);
        }
        if let Some(t) = self.next_ready(ctx.now) {
            ctx.wake_at(t);
        }
    }

    /// When the next key can be processed: when one is ready and a worker is free.
    pub fn next_ready(&self, now: crate::sim::clock::SimTime) -> Option<crate::sim::clock::SimTime> {
        let ready = self.queue.next_ready(now)?;
        let free = self.workers.iter().copied().min().unwrap_or(now);
        Some(ready.max(free))
    }

    fn sync_replica_set(&mut self, ctx: &mut Ctx, key: &str, rcs: &Informer, pods: &Informer) -> Result<(), String> {
        let Some(rc_obj) = rcs.get(key) else {
            self.expectations.remove(key);
            return Ok(());
        };
        let rc = ReplicationController::from_object(rc_obj).expect("rc").clone();
        let needs_sync = self.satisfied(key, ctx.now);
        let selector = rc_selector(&rc);
        let (ns, _) = split_key(key);
        let mut owned: Vec<ObjectRef> = Vec::new();
        // claimPods: owned pods that still match, plus orphans to adopt; release owned pods that no longer match.
        let uid = rc.metadata.uid.clone().unwrap_or_default();
        let candidates: Vec<ObjectRef> = pods.controlled_by(&uid).chain(pods.orphans_in(ns)).cloned().collect();
        self.examined = candidates.len();
        for p in candidates {
            let pod = p.as_pod().expect("pod");
            let matches = selector.matches(pod.metadata.labels.as_ref());
            match controller_of(&pod.metadata) {
                Some(r) if r.uid == rc.metadata.uid.clone().unwrap_or_default() => {
                    if matches {
                        if is_active(pod) {
                            owned.push(p.clone());
                        }
                    } else if rc.metadata.deletion_timestamp.is_none() {
                        self.release(ctx, pod);
                    }
                }
                Some(_) => {}
                None => {
                    if matches && is_active(pod) && rc.metadata.deletion_timestamp.is_none() && pod.metadata.deletion_timestamp.is_none() {
                        if let Some(adopted) = self.adopt(ctx, &rc, pod) {
                            owned.push(adopted);
                        }
                    }
                }
            }
        }
        let mut err = None;
        if needs_sync && rc.metadata.deletion_timestamp.is_none() {
            err = self.manage_replicas(ctx, key, &rc, &owned).err();
        }
        self.update_status(ctx, &rc, &owned, err.as_deref())?;
        match err {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }

    fn adopt(&mut self, ctx: &mut Ctx, rc: &ReplicationController, pod: &Pod) -> Option<ObjectRef> {
        let mut p = pod.clone();
        p.metadata.owner_references.get_or_insert_with(Vec::new).push(owner_ref(rc));
        let res = ctx.update(p.into_object()).ok();
        if res.is_some() {
            ctx.trace(format!("adopted orphan pod {} into rc {}", pod.metadata.name.clone().unwrap_or_default(), rc.metadata.name.clone().unwrap_or_default()));
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

    fn manage_replicas(&mut self, ctx: &mut Ctx, key: &str, rc: &ReplicationController, pods: &[ObjectRef]) -> Result<(), String> {
        let want = rc.spec.as_ref().and_then(|s| s.replicas).unwrap_or(1);
        let diff = pods.len() as i32 - want;
        let rc_obj = rc.clone().into_object();
        let name = rc.metadata.name.clone().unwrap_or_default();
        if diff < 0 {
            let count = (-diff).min(BURST_REPLICAS);
            ctx.trace(format!("rc {} has {} of {} pods: creating {}", key, pods.len(), want, count));
            self.expectations.insert(key.to_string(), Expectations { add: count as i64, del: 0, set_at: ctx.now });
            // slowStartBatch: 1, 2, 4, ... stopping at the first batch with an error.
            let mut remaining = count;
            let mut batch = 1;
            while remaining > 0 {
                let n = batch.min(remaining);
                let mut failed = 0;
                let mut first_err = None;
                for _ in 0..n {
                    self.writes += 1;
                    match ctx.create(rc.metadata.namespace.as_deref().unwrap_or("default"), pod_from_template(rc).into_object()) {
                        Ok(pod) => {
                            let msg = format!("Created pod: {}", pod.name());
                            self.recorder.event(ctx, &rc_obj, NORMAL, "SuccessfulCreate", &msg);
                        }
                        Err(e) => {
                            failed += 1;
                            let msg = format!("Error creating: {}", e.message);
                            self.recorder.event(ctx, &rc_obj, WARNING, "FailedCreate", &msg);
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
            ctx.trace(format!("rc {} has {} of {} pods: deleting {}", key, pods.len(), want, count));
            let victims = pods_to_delete(pods, count);
            self.expectations.insert(key.to_string(), Expectations { add: 0, del: victims.len() as i64, set_at: ctx.now });
            for v in victims {
                self.writes += 1;
                let opts = DeleteOptions { precondition_uid: Some(v.uid().to_string()), ..Default::default() };
                match ctx.delete(Kind::Pod, v.namespace(), v.name(), &opts) {
                    Ok(_) => {
                        let msg = format!("Deleted pod: {}", v.name());
                        self.recorder.event(ctx, &rc_obj, NORMAL, "SuccessfulDelete", &msg);
                    }
                    Err(e) => {
                        if let Some(exp) = self.expectations.get_mut(key) {
                            exp.del -= 1;
                        }
                        if !e.is_not_found() {
                            self.recorder.event(ctx, &rc_obj, WARNING, "FailedDelete", &format!("Error deleting: {}", e.message));
                            return Err(e.message);
                        }
                    }
                }
            }
            let _ = name;
        }
        Ok(())
    }

    fn update_status(&mut self, ctx: &mut Ctx, rc: &ReplicationController, pods: &[ObjectRef], err: Option<&str>) -> Result<(), String> {
        let template_labels = rc.spec.as_ref().and_then(|s| s.template.as_ref()).and_then(|t| t.metadata.as_ref()).and_then(|m| m.labels.clone()).unwrap_or_default();
        let template_sel = Selector::from_map(&template_labels);
        let mut fully = 0;
        let mut ready = 0;
        for p in pods {
            let pod = p.as_pod().expect("pod");
            if template_sel.matches(pod.metadata.labels.as_ref()) {
                fully += 1;
            }
            if is_ready(pod) {
                ready += 1;
            }
        }
        let old = rc.status.clone().unwrap_or_default();
        let mut conditions = old.conditions.clone().unwrap_or_default();
        conditions.retain(|c| c.type_ != "ReplicaFailure");
        if let Some(e) = err {
            conditions.push(crate::api::core::ReplicationControllerCondition {
                type_: "ReplicaFailure".into(),
                status: "True".into(),
                reason: Some("FailedCreate".into()),
                message: Some(e.to_string()),
                last_transition_time: Some(ctx.api.epoch().time(ctx.now)),
            });
        }
        let nz = |v: i32| if v == 0 { None } else { Some(v) };
        let status = ReplicationControllerStatus {
            replicas: pods.len() as i32,
            fully_labeled_replicas: nz(fully),
            ready_replicas: nz(ready),
            available_replicas: nz(ready),
            observed_generation: rc.metadata.generation,
            conditions: if conditions.is_empty() { None } else { Some(conditions) },
        };
        if status == old {
            return Ok(());
        }
        self.writes += 1;
        let mut updated = rc.clone();
        updated.status = Some(status);
        ctx.update_status(updated.into_object()).map(|_| ()).map_err(|e| e.message)
    }
}

fn owner_ref(rc: &ReplicationController) -> OwnerReference {
    OwnerReference {
        api_version: "v1".into(),
        kind: "ReplicationController".into(),
        name: rc.metadata.name.clone().unwrap_or_default(),
        uid: rc.metadata.uid.clone().unwrap_or_default(),
        controller: Some(true),
        block_owner_deletion: Some(true),
    }
}

/// `GetPodFromTemplate`: labels, annotations and spec from the template; generateName `<rc>-`.
fn pod_from_template(rc: &ReplicationController) -> Pod {
    let template = rc.spec.as_ref().and_then(|s| s.template.clone()).unwrap_or_default();
    let tmeta = template.metadata.unwrap_or_default();
    Pod {
        metadata: ObjectMeta {
            generate_name: Some(format!("{}-", rc.metadata.name.clone().unwrap_or_default())),
            namespace: rc.metadata.namespace.clone(),
            labels: tmeta.labels,
            annotations: tmeta.annotations,
            finalizers: tmeta.finalizers,
            owner_references: Some(vec![owner_ref(rc)]),
            ..Default::default()
        },
        spec: template.spec,
        status: None,
    }
}

/// `getPodsToDelete` with `ActivePods` ranking: unscheduled before scheduled, Pending before
/// Unknown before Running, not-ready before ready, more restarts first, newer first.
fn pods_to_delete(pods: &[ObjectRef], count: usize) -> Vec<ObjectRef> {
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
    ranked.sort_by_key(|o| rank(o));
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
