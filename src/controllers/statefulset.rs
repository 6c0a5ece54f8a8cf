//! The StatefulSet controller (`pkg/controller/statefulset`): pods with stable names
//! `<set>-<ordinal>`, hostnames and claims `<template>-<set>-<ordinal>`; with `OrderedReady` one
//! pod at a time in ordinal order (each Running and Ready before the next) and scale-down from
//! the highest ordinal; with `Parallel` all at once; failed pods replaced; RollingUpdate from the
//! highest ordinal down to the partition, one healthy pod at a time; OnDelete; revisions as
//! ControllerRevisions; status counts written only when they change.

use super::history;
use super::replicaset::available_at;
use crate::api::apps::{StatefulSet, StatefulSetStatus};
use crate::api::core::{PersistentVolumeClaim, PersistentVolumeClaimVolumeSource, Pod, PodTemplateSpec, Volume};
use crate::api::labels::Selector;
use crate::api::meta::controller_of;
use crate::api::metav1::{ObjectMeta, OwnerReference};
use crate::api::{Kind, Object, ObjectRef, Typed};
use crate::apiserver::DeleteOptions;
use crate::client::events::{Recorder, NORMAL, WARNING};
use crate::client::informer::{Delta, Informer};
use crate::client::workqueue::{sync_cost, WorkQueue, Workers};
use crate::client::Ctx;
use crate::sim::clock::SimTime;

pub const POD_NAME_LABEL: &str = "statefulset.kubernetes.io/pod-name";
pub const POD_INDEX_LABEL: &str = "apps.kubernetes.io/pod-index";
const HASH_LABEL: &str = super::daemonset::HASH_LABEL;
/// `--concurrent-statefulset-syncs`.
const WORKERS: usize = 5;

pub struct StatefulSetController {
    pub queue: WorkQueue,
    pub(crate) workers: Workers,
    recorder: Recorder,
    examined: usize,
    writes: usize,
}

impl Default for StatefulSetController {
    fn default() -> Self {
        StatefulSetController { queue: WorkQueue::new(), workers: Workers::new(WORKERS), recorder: Recorder::new("statefulset-controller", None), examined: 0, writes: 0 }
    }
}

fn phase(p: &Pod) -> &str {
    p.status.as_ref().and_then(|s| s.phase.as_deref()).unwrap_or("")
}

fn running_and_ready(p: &Pod) -> bool {
    phase(p) == "Running" && p.status.as_ref().and_then(|s| s.conditions.as_ref()).is_some_and(|cs| cs.iter().any(|c| c.type_ == "Ready" && c.status == "True"))
}

fn terminating(p: &Pod) -> bool {
    p.metadata.deletion_timestamp.is_some()
}

fn revision_of(p: &Pod) -> &str {
    p.metadata.labels.as_ref().and_then(|l| l.get(HASH_LABEL)).map(String::as_str).unwrap_or("")
}

/// The ordinal a pod's name gives it within its set (`getParentNameAndOrdinal`).
fn ordinal(set: &str, pod: &str) -> Option<i32> {
    pod.strip_prefix(set)?.strip_prefix('-')?.parse().ok()
}

fn owner_ref(s: &StatefulSet) -> OwnerReference {
    crate::api::meta::controller_ref("apps/v1", "StatefulSet", &s.metadata)
}

fn selector(s: &StatefulSet) -> Selector {
    s.spec.as_ref().and_then(|sp| Selector::from_label_selector(&sp.selector).ok()).filter(|s| !s.is_empty()).unwrap_or_else(Selector::nothing)
}

fn claim_name(template: &PersistentVolumeClaim, set: &str, ord: i32) -> String {
    format!("{}-{}-{}", template.metadata.name.as_deref().unwrap_or(""), set, ord)
}

/// `newVersionedStatefulSetPod`: the pod for an ordinal from a revision's template.
fn new_pod(s: &StatefulSet, template: &PodTemplateSpec, revision: &str, ord: i32) -> Pod {
    let set = s.metadata.name.clone().unwrap_or_default();
    let name = format!("{}-{}", set, ord);
    let spec = s.spec.clone().unwrap_or_default();
    let tmeta = template.metadata.clone().unwrap_or_default();
    let mut pod_spec = template.spec.clone().unwrap_or_default();
    let mut labels = tmeta.labels.unwrap_or_default();
    labels.insert(POD_NAME_LABEL.into(), name.clone());
    labels.insert(POD_INDEX_LABEL.into(), ord.to_string());
    labels.insert(HASH_LABEL.into(), revision.into());
    // `updateStorage`: a volume per claim template, replacing any of the same name.
    for t in spec.volume_claim_templates.iter().flatten() {
        let vname = t.metadata.name.clone().unwrap_or_default();
        let vol = Volume {
            name: vname.clone(),
            persistent_volume_claim: Some(PersistentVolumeClaimVolumeSource { claim_name: claim_name(t, &set, ord), read_only: None }),
            ..Default::default()
        };
        let vols = pod_spec.volumes.get_or_insert_with(Vec::new);
        vols.retain(|v| v.name != vname);
        vols.push(vol);
    }
    pod_spec.hostname = Some(name.clone());
    pod_spec.subdomain = spec.service_name.filter(|s| !s.is_empty());
    Pod {
        metadata: ObjectMeta {
            name: Some(name),
            namespace: s.metadata.namespace.clone(),
            labels: Some(labels),
            annotations: tmeta.annotations,
            finalizers: tmeta.finalizers,
            owner_references: Some(vec![owner_ref(s)]),
            ..Default::default()
        },
        spec: Some(pod_spec),
        status: None,
    }
}

/// The pod template a ControllerRevision stores.
fn revision_template(revisions: &Informer, ns: &str, name: &str) -> Option<PodTemplateSpec> {
    let o = revisions.get(&crate::api::meta::cache_key(ns, name))?;
    let cr = crate::api::apps::ControllerRevision::from_object(o)?;
    let mut t = cr.data.as_ref()?.0.pointer("/spec/template")?.clone();
    t.as_object_mut()?.remove("$patch");
    // Typed values are decoded from text by k8s-openapi's compact codec (see `crate::api`).
    k8s_openapi::json::from_str(&t.to_string()).ok()
}

impl StatefulSetController {
    pub fn on_set(&mut self, d: &Delta) {
        self.queue.add(&d.object().cache_key());
    }

    pub fn on_pod(&mut self, d: &Delta, sets: &Informer) {
        let key_of = |o: &ObjectRef| {
            let r = controller_of(o.meta()).filter(|r| r.kind == "StatefulSet")?;
            let key = crate::api::meta::cache_key(o.namespace(), &r.name);
            sets.get(&key).filter(|s| s.uid() == r.uid).map(|_| key)
        };
        if let Delta::Updated { old, .. } = d {
            if let Some(k) = key_of(old) {
                self.queue.add(&k);
            }
        }
        match key_of(d.object()) {
            Some(k) => self.queue.add(&k),
            None if controller_of(d.object().meta()).is_none() && !matches!(d, Delta::Deleted(_)) => {
                // An orphan whose labels match a set may be adopted.
                for o in sets.in_namespace(d.object().namespace()) {
                    if StatefulSet::from_object(o).is_some_and(|s| selector(s).matches(d.object().meta().labels.as_ref())) {
                        self.queue.add(&o.cache_key());
                    }
                }
            }
            None => {}
        }
    }

    pub fn on_revision(&mut self, d: &Delta, sets: &Informer) {
        if let Some(r) = controller_of(d.object().meta()).filter(|r| r.kind == "StatefulSet") {
            let key = crate::api::meta::cache_key(d.object().namespace(), &r.name);
            if sets.get(&key).is_some() {
                self.queue.add(&key);
            }
        }
    }

    pub fn next_ready(&self, now: SimTime) -> Option<SimTime> {
        self.workers.next_ready(&self.queue, now)
    }

    pub fn process(&mut self, ctx: &mut Ctx, sets: &Informer, pods: &Informer, revisions: &Informer, claims: &Informer) {
        while let Some((w, key)) = self.workers.next(&mut self.queue, ctx.now) {
            self.examined = 0;
            self.writes = 0;
            match self.sync(ctx, &key, sets, pods, revisions, claims) {
                Ok(()) => self.queue.forget(&key),
                Err(e) => {
                    ctx.trace(format!("sync statefulset {} failed: {}; requeued with backoff", key, e));
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

    fn event(&mut self, ctx: &mut Ctx, obj: &Object, verb: &str, what: &str, err: Option<&str>) {
        match err {
            None => self.recorder.event(ctx, obj, NORMAL, &format!("Successful{}", verb), &format!("{} {} successful", verb.to_ascii_lowercase(), what)),
            Some(e) => self.recorder.event(ctx, obj, WARNING, &format!("Failed{}", verb), &format!("{} {} failed error: {}", verb.to_ascii_lowercase(), what, e)),
        }
    }

    /// `DeleteStatefulPod`.
    fn delete_pod(&mut self, ctx: &mut Ctx, obj: &Object, p: &Pod) -> Result<(), String> {
        let (ns, name) = (p.metadata.namespace.clone().unwrap_or_default(), p.metadata.name.clone().unwrap_or_default());
        self.writes += 1;
        let what = format!("Pod {} in StatefulSet {}", name, obj.name());
        match ctx.delete(Kind::Pod, &ns, &name, &DeleteOptions { precondition_uid: p.metadata.uid.clone(), ..Default::default() }) {
            Ok(_) => {
                self.event(ctx, obj, "Delete", &what, None);
                Ok(())
            }
            Err(e) if e.is_not_found() => Ok(()),
            Err(e) => {
                self.event(ctx, obj, "Delete", &what, Some(&e.message));
                Err(e.message)
            }
        }
    }

    /// `CreateStatefulPod`: the pod's claims first (those missing), then the pod.
    fn create_pod(&mut self, ctx: &mut Ctx, obj: &Object, s: &StatefulSet, pod: Pod, claims: &Informer) -> Result<(), String> {
        let ns = obj.namespace().to_string();
        let set = obj.name().to_string();
        let pod_name = pod.metadata.name.clone().unwrap_or_default();
        let ord = ordinal(&set, &pod_name).unwrap_or(0);
        let spec = s.spec.clone().unwrap_or_default();
        let delete_with_set = spec.persistent_volume_claim_retention_policy.as_ref().and_then(|p| p.when_deleted.as_deref()) == Some("Delete");
        for t in spec.volume_claim_templates.iter().flatten() {
            let name = claim_name(t, &set, ord);
            if claims.get(&crate::api::meta::cache_key(&ns, &name)).is_some() {
                continue;
            }
            let mut claim = t.clone();
            claim.metadata = ObjectMeta {
                name: Some(name.clone()),
                namespace: Some(ns.clone()),
                labels: spec.selector.match_labels.clone(),
                annotations: t.metadata.annotations.clone(),
                owner_references: delete_with_set.then(|| vec![owner_ref(s)]),
                ..Default::default()
            };
            claim.status = None;
            self.writes += 1;
            let what = format!("Claim {} Pod {} in StatefulSet {}", name, pod_name, set);
            match ctx.create(&ns, claim.into_object()) {
                Ok(_) => self.recorder.event(ctx, obj, NORMAL, "SuccessfulCreate", &format!("create {} success", what)),
                Err(e) if e.is_already_exists() => {}
                Err(e) => {
                    self.recorder.event(ctx, obj, WARNING, "FailedCreate", &format!("create {} failed error: {}", what, e.message));
                    return Err(e.message);
                }
            }
        }
        self.writes += 1;
        let what = format!("Pod {} in StatefulSet {}", pod_name, set);
        match ctx.create(&ns, pod.into_object()) {
            Ok(_) => {
                self.event(ctx, obj, "Create", &what, None);
                Ok(())
            }
            Err(e) if e.is_already_exists() => Ok(()),
            Err(e) => {
                self.event(ctx, obj, "Create", &what, Some(&e.message));
                Err(e.message)
            }
        }
    }

    fn sync(&mut self, ctx: &mut Ctx, key: &str, sets: &Informer, pods: &Informer, revisions: &Informer, claims: &Informer) -> Result<(), String> {
        let Some(obj) = sets.get(key).cloned() else { return Ok(()) };
        let Some(s) = StatefulSet::from_object(&obj) else { return Ok(()) };
        let spec = s.spec.clone().unwrap_or_default();
        let set = obj.name().to_string();
        let ns = obj.namespace().to_string();
        // claimPods: owned pods that still match, adopted orphans; released pods that do not.
        let sel = selector(s);
        let mut owned: Vec<(i32, Pod)> = Vec::new();
        let candidates: Vec<ObjectRef> = pods.controlled_by(obj.uid()).chain(pods.orphans_in(&ns)).cloned().collect();
        self.examined = candidates.len();
        for o in candidates {
            let Some(p) = o.as_pod() else { continue };
            let Some(ord) = ordinal(&set, o.name()) else { continue };
            let matches = sel.matches(p.metadata.labels.as_ref());
            let mut p = p.clone();
            match (controller_of(&p.metadata).is_some(), matches) {
                (true, true) => {}
                (true, false) => {
                    if let Some(refs) = p.metadata.owner_references.as_mut() {
                        refs.retain(|r| r.controller != Some(true));
                    }
                    self.writes += 1;
                    let _ = ctx.update(p.into_object());
                    continue;
                }
                (false, true) if s.metadata.deletion_timestamp.is_none() && !terminating(&p) => {
                    p.metadata.owner_references.get_or_insert_with(Vec::new).push(owner_ref(s));
                    self.writes += 1;
                    match ctx.update(p.into_object()) {
                        Ok(a) => p = a.as_pod().cloned().unwrap_or_default(),
                        Err(_) => continue,
                    }
                }
                _ => continue,
            }
            owned.push((ord, p));
        }
        // By ordinal (a sorted vector: no `BTreeMap<i32, Pod>` instance for this one map).
        let owned = crate::api::order::sorted_entries(owned);
        let parent = history::Parent { meta: &s.metadata, template: &spec.template, collision: s.status.as_ref().and_then(|st| st.collision_count), owner: owner_ref(s) };
        let update = history::construct(ctx, &parent, revisions, &mut self.writes)?;
        let current_name = s.status.as_ref().and_then(|st| st.current_revision.clone()).filter(|n| revisions.get(&crate::api::meta::cache_key(&ns, n)).is_some()).unwrap_or_else(|| update.name.clone());
        if s.metadata.deletion_timestamp.is_none() {
            self.update_pods(ctx, &obj, s, &owned, &update.name, &current_name, revisions, claims)?;
        }
        // Status from the pods as the cache shows them now.
        let min_ready = spec.min_ready_seconds.unwrap_or(0);
        let epoch = ctx.api.epoch();
        let replicas = spec.replicas.unwrap_or(1);
        let mut st = StatefulSetStatus {
            observed_generation: s.metadata.generation,
            collision_count: Some(s.status.as_ref().and_then(|st| st.collision_count).unwrap_or(0)),
            current_revision: Some(current_name.clone()),
            update_revision: Some(update.name.clone()),
            ..Default::default()
        };
        let (mut ready, mut available, mut current, mut updated) = (0, 0, 0, 0);
        let mut next_available: Option<SimTime> = None;
        for o in pods.controlled_by(obj.uid()) {
            let Some(p) = o.as_pod() else { continue };
            if !phase(p).is_empty() {
                st.replicas += 1;
            }
            if running_and_ready(p) {
                ready += 1;
                match available_at(p, min_ready, epoch) {
                    Some(t) if t <= ctx.now => available += 1,
                    Some(t) => next_available = Some(next_available.map_or(t, |n| n.min(t))),
                    None => {}
                }
            }
            if !phase(p).is_empty() && !terminating(p) {
                current += i32::from(revision_of(p) == current_name);
                updated += i32::from(revision_of(p) == update.name);
            }
        }
        let nz = |n: i32| (n > 0).then_some(n);
        st.ready_replicas = nz(ready);
        st.available_replicas = Some(available);
        st.current_replicas = nz(current);
        st.updated_replicas = nz(updated);
        // `completeRollingUpdate`.
        let rolling = spec.update_strategy.as_ref().and_then(|u| u.type_.as_deref()).unwrap_or("RollingUpdate") == "RollingUpdate";
        if rolling && updated == st.replicas && ready == st.replicas && st.replicas == replicas {
            st.current_revision = st.update_revision.clone();
            st.current_replicas = st.updated_replicas;
        }
        if let Some(t) = next_available {
            self.queue.add_after(key, t);
            ctx.wake_at(t);
        }
        if s.status.as_ref() != Some(&st) {
            let mut s2 = s.clone();
            s2.status = Some(st);
            self.writes += 1;
            ctx.update_status(s2.into_object()).map_err(|e| e.message)?;
        }
        let live: Vec<String> = pods.controlled_by(obj.uid()).filter_map(|o| o.as_pod()).map(|p| revision_of(p).to_string()).chain([current_name, update.name]).collect();
        history::truncate(ctx, &update.old, spec.revision_history_limit.unwrap_or(10), &live, &mut self.writes);
        Ok(())
    }

    /// `updateStatefulSet`: replace failed pods, create missing ones, delete condemned ones,
    /// then roll out the update revision; `OrderedReady` stops at the first pod it waits for.
    #[allow(clippy::too_many_arguments)]
    fn update_pods(&mut self, ctx: &mut Ctx, obj: &Object, s: &StatefulSet, owned: &[(i32, Pod)], update: &str, current: &str, revisions: &Informer, claims: &Informer) -> Result<(), String> {
        let spec = s.spec.clone().unwrap_or_default();
        let ns = obj.namespace().to_string();
        let monotonic = spec.pod_management_policy.as_deref() != Some("Parallel");
        let start = spec.ordinals.as_ref().and_then(|o| o.start).unwrap_or(0);
        let end = start + spec.replicas.unwrap_or(1).max(0);
        let strategy = spec.update_strategy.clone().unwrap_or_default();
        let partition = strategy.rolling_update.as_ref().and_then(|r| r.partition).unwrap_or(0);
        let rolling = strategy.type_.as_deref().unwrap_or("RollingUpdate") == "RollingUpdate";
        let template_for = |ord: i32| -> (PodTemplateSpec, String) {
            // Pods below the partition (and all pods under OnDelete) are created at the current revision.
            if current != update && (!rolling || ord < start + partition) {
                if let Some(t) = revision_template(revisions, &ns, current) {
                    return (t, current.to_string());
                }
            }
            (spec.template.clone(), update.to_string())
        };
        let healthy = |p: &Pod| running_and_ready(p) && !terminating(p);
        // The replicas in [start, end).
        for ord in start..end {
            let mut pod = crate::api::order::entry(owned, ord);
            if let Some(p) = pod.filter(|p| matches!(phase(p), "Failed" | "Succeeded") && !terminating(p)) {
                self.delete_pod(ctx, obj, p)?;
                pod = None;
                if monotonic {
                    return Ok(());
                }
            }
            let Some(p) = pod else {
                let (t, rev) = template_for(ord);
                self.create_pod(ctx, obj, s, new_pod(s, &t, &rev, ord), claims)?;
                if monotonic {
                    return Ok(());
                }
                continue;
            };
            if monotonic && !healthy(p) {
                return Ok(());
            }
        }
        // Condemned pods, highest ordinal first.
        let first_unhealthy = owned.iter().find(|(o, p)| (start..end).contains(o) && !healthy(p)).or_else(|| owned.iter().find(|(o, p)| !(start..end).contains(o) && !healthy(p))).map(|(o, _)| *o);
        for (ord, p) in owned.iter().rev().filter(|(o, _)| !(start..end).contains(o)) {
            if terminating(p) {
                if monotonic {
                    return Ok(());
                }
                continue;
            }
            if monotonic && !healthy(p) && first_unhealthy != Some(*ord) {
                return Ok(());
            }
            self.delete_pod(ctx, obj, p)?;
            if monotonic {
                return Ok(());
            }
        }
        if !rolling {
            return Ok(());
        }
        for ord in (start + partition..end).rev() {
            let Some(p) = crate::api::order::entry(owned, ord) else { return Ok(()) };
            if revision_of(p) != update && !terminating(p) {
                return self.delete_pod(ctx, obj, p);
            }
            if !healthy(p) {
                return Ok(());
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals_come_from_the_pod_name() {
        assert_eq!(ordinal("web", "web-0"), Some(0));
        assert_eq!(ordinal("web", "web-12"), Some(12));
        assert_eq!(ordinal("web", "web2-1"), None);
        assert_eq!(ordinal("web", "webx"), None);
    }
}
