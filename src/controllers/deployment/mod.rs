//! The deployment controller (`pkg/controller/deployment`): a Deployment owns ReplicaSets, one per
//! pod template (named `<deployment>-<pod-template-hash>`), and moves replicas from the old ones
//! to the new one — RollingUpdate within maxSurge / maxUnavailable, or Recreate — recording
//! revisions in annotations, scaling proportionally when resized mid-rollout, pausing, cleaning
//! up beyond `revisionHistoryLimit`, and reporting Available / Progressing / ReplicaFailure
//! conditions with upstream's reasons and messages (timing out after progressDeadlineSeconds).

use crate::api::apps::{Deployment, DeploymentCondition, DeploymentStatus, ReplicaSet, ReplicaSetSpec};
use crate::api::labels::Selector;
use crate::api::meta::controller_of;
use crate::api::metav1::ObjectMeta;
use crate::api::{Kind, ObjectRef, Typed};
use crate::apiserver::DeleteOptions;
use crate::client::events::{Recorder, NORMAL, WARNING};
use crate::client::informer::{Delta, Informer};
use crate::client::workqueue::{sync_cost, WorkQueue, Workers};
use crate::client::Ctx;
use crate::sim::clock::SimTime;
use std::time::Duration;

pub mod util;
use util::*;

/// `--concurrent-deployment-syncs`.
const WORKERS: usize = 5;

pub struct DeploymentController {
    pub queue: WorkQueue,
    pub(crate) workers: Workers,
    recorder: Recorder,
    examined: usize,
    writes: usize,
}

impl Default for DeploymentController {
    fn default() -> Self {
        DeploymentController { queue: WorkQueue::new(), workers: Workers::new(WORKERS), recorder: Recorder::new("deployment-controller", None), examined: 0, writes: 0 }
    }
}

/// The deployment a ReplicaSet (or nothing) belongs to, by its controller reference.
fn owning_deployment(o: &ObjectRef, deployments: &Informer) -> Option<String> {
    let r = controller_of(o.meta())?;
    if r.kind != "Deployment" {
        return None;
    }
    let key = crate::api::meta::cache_key(o.namespace(), &r.name);
    deployments.get(&key).filter(|d| d.uid() == r.uid).map(|_| key)
}

fn selector_of(d: &Deployment) -> Selector {
    d.spec.as_ref().and_then(|s| Selector::from_label_selector(&s.selector).ok()).unwrap_or_else(Selector::nothing)
}

impl DeploymentController {
    pub fn on_deployment(&mut self, d: &Delta) {
        self.queue.add(&d.object().cache_key());
    }

    /// ReplicaSet handlers: the owner, or for orphans every deployment whose selector matches.
    pub fn on_replicaset(&mut self, delta: &Delta, deployments: &Informer) {
        let mut keys = Vec::new();
        if let Delta::Updated { old, .. } = delta {
            keys.extend(owning_deployment(old, deployments));
        }
        let o = delta.object();
        match owning_deployment(o, deployments) {
            Some(k) => keys.push(k),
            None if !matches!(delta, Delta::Deleted(_)) && controller_of(o.meta()).is_none() => {
                for d in deployments.in_namespace(o.namespace()) {
                    if let Some(dep) = Deployment::from_object(d) {
                        let sel = selector_of(dep);
                        if !sel.is_empty() && sel.matches(o.meta().labels.as_ref()) {
                            keys.push(d.cache_key());
                        }
                    }
                }
            }
            None => {}
        }
        for k in keys {
            self.queue.add(&k);
        }
    }

    /// A Recreate deployment waits for its old pods to be gone: their deletion brings it back.
    pub fn on_pod(&mut self, delta: &Delta, rss: &Informer, deployments: &Informer) {
        let Delta::Deleted(p) = delta else { return };
        let Some(r) = controller_of(p.meta()).filter(|r| r.kind == "ReplicaSet") else { return };
        let Some(rs) = rss.get(&crate::api::meta::cache_key(p.namespace(), &r.name)) else { return };
        if let Some(k) = owning_deployment(rs, deployments) {
            let recreate = deployments.get(&k).and_then(|d| Deployment::from_object(d)).is_some_and(|d| !is_rolling(d));
            if recreate {
                self.queue.add(&k);
            }
        }
    }

    pub fn process(&mut self, ctx: &mut Ctx, deployments: &Informer, rss: &Informer, pods: &Informer) {
        while let Some((w, key)) = self.workers.next(&mut self.queue, ctx.now) {
            self.examined = 0;
            self.writes = 0;
            match self.sync_deployment(ctx, &key, deployments, rss, pods) {
                Ok(()) => self.queue.forget(&key),
                Err(e) => {
                    ctx.trace(format!("sync deployment {} failed: {}; requeued with backoff", key, e));
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

    pub fn next_ready(&self, now: SimTime) -> Option<SimTime> {
        self.workers.next_ready(&self.queue, now)
    }

    fn sync_deployment(&mut self, ctx: &mut Ctx, key: &str, deployments: &Informer, rss: &Informer, pods: &Informer) -> Result<(), String> {
        let Some(d) = deployments.get(key).and_then(|o| Deployment::from_object(o)).cloned() else { return Ok(()) };
        let mut d = d;
        let selector = selector_of(&d);
        if selector.is_empty() {
            let obj = d.clone().into_object();
            self.recorder.event(ctx, &obj, WARNING, "SelectorOverride", "This deployment is selecting all pods. A non-empty selector is required.");
            if d.status.as_ref().and_then(|s| s.observed_generation) < d.metadata.generation {
                d.status.get_or_insert_with(Default::default).observed_generation = d.metadata.generation;
                self.update_status(ctx, &mut d)?;
            }
            return Ok(());
        }
        let mut rs_list = self.claim_replica_sets(ctx, &d, &selector, rss);
        self.examined += rs_list.len();
        if d.metadata.deletion_timestamp.is_some() {
            return self.sync_status_only(ctx, &mut d, &mut rs_list);
        }
        self.check_paused_conditions(ctx, &mut d)?;
        if d.spec.as_ref().and_then(|s| s.paused).unwrap_or(false) {
            return self.sync(ctx, &mut d, &mut rs_list);
        }
        if self.is_scaling_event(ctx, &mut d, &mut rs_list)? {
            return self.sync(ctx, &mut d, &mut rs_list);
        }
        if is_rolling(&d) {
            self.rollout_rolling(ctx, &mut d, &mut rs_list)
        } else {
            self.rollout_recreate(ctx, &mut d, &mut rs_list, pods)
        }
    }

    /// `ClaimReplicaSets`: owned ones that still match, orphans that match are adopted; owned
    /// ones that no longer match are released.
    fn claim_replica_sets(&mut self, ctx: &mut Ctx, d: &Deployment, selector: &Selector, rss: &Informer) -> Vec<ReplicaSet> {
        let uid = d.metadata.uid.clone().unwrap_or_default();
        let ns = d.metadata.namespace.clone().unwrap_or_default();
        let deleting = d.metadata.deletion_timestamp.is_some();
        let mut out = Vec::new();
        let candidates: Vec<ObjectRef> = rss.controlled_by(&uid).chain(rss.orphans_in(&ns)).cloned().collect();
        for o in candidates {
            let Some(rs) = ReplicaSet::from_object(&o) else { continue };
            let matches = selector.matches(rs.metadata.labels.as_ref());
            match controller_of(&rs.metadata) {
                Some(r) if r.uid == uid => {
                    if matches {
                        out.push(rs.clone());
                    } else if !deleting {
                        let mut r2 = rs.clone();
                        if let Some(refs) = r2.metadata.owner_references.as_mut() {
                            refs.retain(|r| r.controller != Some(true));
                        }
                        self.writes += 1;
                        let _ = ctx.update(r2.into_object());
                    }
                }
                Some(_) => {}
                None if matches && !deleting && rs.metadata.deletion_timestamp.is_none() => {
                    let mut r2 = rs.clone();
                    r2.metadata.owner_references.get_or_insert_with(Vec::new).push(owner_ref(d));
                    self.writes += 1;
                    if let Ok(adopted) = ctx.update(r2.into_object()) {
                        if let Some(a) = ReplicaSet::from_object(&adopted) {
                            out.push(a.clone());
                        }
                    }
                }
                None => {}
            }
        }
        out
    }

    fn update_status(&mut self, ctx: &mut Ctx, d: &mut Deployment) -> Result<(), String> {
        self.writes += 1;
        let updated = ctx.update_status(d.clone().into_object()).map_err(|e| e.message)?;
        if let Some(u) = Deployment::from_object(&updated) {
            *d = u.clone();
        }
        Ok(())
    }

    fn check_paused_conditions(&mut self, ctx: &mut Ctx, d: &mut Deployment) -> Result<(), String> {
        if !has_progress_deadline(d) {
            return Ok(());
        }
        let status = d.status.clone().unwrap_or_default();
        let cond = get_condition(&status, "Progressing");
        if cond.is_some_and(|c| c.reason.as_deref() == Some("ProgressDeadlineExceeded")) {
            return Ok(());
        }
        let paused_exists = cond.is_some_and(|c| c.reason.as_deref() == Some("DeploymentPaused"));
        let paused = d.spec.as_ref().and_then(|s| s.paused).unwrap_or(false);
        let c = if paused && !paused_exists {
            self.condition(ctx, "Progressing", "Unknown", "DeploymentPaused", "Deployment is paused".into())
        } else if !paused && paused_exists {
            self.condition(ctx, "Progressing", "Unknown", "DeploymentResumed", "Deployment is resumed".into())
        } else {
            return Ok(());
        };
        set_condition(d.status.get_or_insert_with(Default::default), c);
        self.update_status(ctx, d)
    }

    fn condition(&self, ctx: &Ctx, t: &str, status: &str, reason: &str, message: String) -> DeploymentCondition {
        let now = ctx.api.epoch().time(ctx.now);
        DeploymentCondition {
            type_: t.into(),
            status: status.into(),
            reason: Some(reason.into()),
            message: Some(message),
            last_update_time: Some(now.clone()),
            last_transition_time: Some(now),
        }
    }

    /// `getAllReplicaSetsAndSyncRevision`: (new, old). The new one is created if asked and missing.
    fn new_and_old(&mut self, ctx: &mut Ctx, d: &mut Deployment, rs_list: &mut Vec<ReplicaSet>, create: bool) -> Result<(Option<ReplicaSet>, Vec<ReplicaSet>), String> {
        let template = d.spec.as_ref().map(|s| s.template.clone()).unwrap_or_default();
        // FindNewReplicaSet: the oldest with an equal template.
        let mut sorted: Vec<usize> = (0..rs_list.len()).collect();
        crate::api::order::sort_by_key(&mut sorted, |i| created(&rs_list[*i]));
        let new_idx = sorted.into_iter().find(|i| rs_list[*i].spec.as_ref().and_then(|s| s.template.as_ref()).is_some_and(|t| equal_ignore_hash(t, &template)));
        let old: Vec<ReplicaSet> = rs_list.iter().enumerate().filter(|(i, _)| Some(*i) != new_idx).map(|(_, r)| r.clone()).collect();
        let existing = new_idx.map(|i| rs_list[i].clone());
        let new = self.get_new_replica_set(ctx, d, existing, &old, create)?;
        if let Some(n) = &new {
            match new_idx {
                Some(i) => rs_list[i] = n.clone(),
                None => rs_list.push(n.clone()),
            }
        }
        Ok((new, old))
    }

    fn get_new_replica_set(&mut self, ctx: &mut Ctx, d: &mut Deployment, existing: Option<ReplicaSet>, old: &[ReplicaSet], create: bool) -> Result<Option<ReplicaSet>, String> {
        let max_old = old.iter().map(revision).max().unwrap_or(0);
        let new_revision = (max_old + 1).to_string();
        let min_ready = d.spec.as_ref().and_then(|s| s.min_ready_seconds);
        if let Some(rs) = existing {
            let mut copy = rs.clone();
            let changed = self.set_new_rs_annotations(d, &mut copy, &new_revision, true);
            let min_ready_changed = copy.spec.as_ref().and_then(|s| s.min_ready_seconds) != min_ready;
            if changed || min_ready_changed {
                copy.spec.get_or_insert_with(Default::default).min_ready_seconds = min_ready;
                self.writes += 1;
                let updated = ctx.update(copy.into_object()).map_err(|e| e.message)?;
                return Ok(ReplicaSet::from_object(&updated).cloned());
            }
            let rev = annotation(&copy.metadata, REVISION).unwrap_or("").to_string();
            let mut needs_update = set_deployment_revision(d, &rev);
            let status = d.status.clone().unwrap_or_default();
            if has_progress_deadline(d) && get_condition(&status, "Progressing").is_none() {
                let c = self.condition(ctx, "Progressing", "True", "FoundNewReplicaSet", format!("Found new replica set \"{}\"", copy.metadata.name.clone().unwrap_or_default()));
                set_condition(d.status.get_or_insert_with(Default::default), c);
                needs_update = true;
            }
            if needs_update {
                self.update_status(ctx, d)?;
            }
            return Ok(Some(copy));
        }
        if !create {
            return Ok(None);
        }
        let spec = d.spec.clone().unwrap_or_default();
        let collision = d.status.as_ref().and_then(|s| s.collision_count);
        let hash = compute_hash(&spec.template, collision);
        let mut template = spec.template.clone();
        template.metadata.get_or_insert_with(Default::default).labels.get_or_insert_with(Default::default).insert(HASH_LABEL.into(), hash.clone());
        let mut selector = spec.selector.clone();
        selector.match_labels.get_or_insert_with(Default::default).insert(HASH_LABEL.into(), hash.clone());
        let name = format!("{}-{}", d.metadata.name.clone().unwrap_or_default(), hash);
        let mut new_rs = ReplicaSet {
            metadata: ObjectMeta {
                name: Some(name.clone()),
                namespace: d.metadata.namespace.clone(),
                owner_references: Some(vec![owner_ref(d)]),
                labels: template.metadata.as_ref().and_then(|m| m.labels.clone()),
                ..Default::default()
            },
            spec: Some(ReplicaSetSpec { replicas: Some(0), min_ready_seconds: min_ready, selector, template: Some(template) }),
            status: None,
        };
        let mut all: Vec<ReplicaSet> = old.to_vec();
        all.push(new_rs.clone());
        let count = new_rs_new_replicas(d, &all, &new_rs);
        set_rs_replicas(&mut new_rs, count);
        self.set_new_rs_annotations(d, &mut new_rs, &new_revision, false);
        self.writes += 1;
        let ns = d.metadata.namespace.clone().unwrap_or_default();
        let dobj = d.clone().into_object();
        let (created_rs, already) = match ctx.create(&ns, new_rs.clone().into_object()) {
            Ok(o) => (ReplicaSet::from_object(&o).cloned().unwrap_or(new_rs), false),
            Err(e) if e.is_already_exists() => {
                let live = ctx.get(Kind::ReplicaSet, &ns, &name).ok();
                let live_rs = live.as_ref().and_then(|o| ReplicaSet::from_object(o)).cloned();
                match live_rs {
                    Some(rs)
                        if controller_of(&rs.metadata).is_some_and(|r| Some(&r.uid) == d.metadata.uid.as_ref())
                            && rs.spec.as_ref().and_then(|s| s.template.as_ref()).is_some_and(|t| equal_ignore_hash(t, &spec.template)) =>
                    {
                        (rs, true)
                    }
                    _ => {
                        let st = d.status.get_or_insert_with(Default::default);
                        st.collision_count = Some(st.collision_count.unwrap_or(0) + 1);
                        let _ = self.update_status(ctx, d);
                        return Err(e.message);
                    }
                }
            }
            Err(e) => {
                let msg = format!("Failed to create new replica set \"{}\": {}", name, e.message);
                if has_progress_deadline(d) {
                    let c = self.condition(ctx, "Progressing", "False", "ReplicaSetCreateError", msg.clone());
                    set_condition(d.status.get_or_insert_with(Default::default), c);
                    let _ = self.update_status(ctx, d);
                }
                self.recorder.event(ctx, &dobj, WARNING, "ReplicaSetCreateError", &msg);
                return Err(e.message);
            }
        };
        if !already && count > 0 {
            self.recorder.event(ctx, &dobj, NORMAL, "ScalingReplicaSet", &format!("Scaled up replica set {} from 0 to {}", name, count));
        }
        let mut needs_update = set_deployment_revision(d, &new_revision);
        if !already && has_progress_deadline(d) {
            let c = self.condition(ctx, "Progressing", "True", "NewReplicaSetCreated", format!("Created new replica set \"{}\"", name));
            set_condition(d.status.get_or_insert_with(Default::default), c);
            needs_update = true;
        }
        if needs_update {
            self.update_status(ctx, d)?;
        }
        Ok(Some(created_rs))
    }

    /// `SetNewReplicaSetAnnotations`.
    fn set_new_rs_annotations(&self, d: &Deployment, rs: &mut ReplicaSet, new_revision: &str, exists: bool) -> bool {
        let mut changed = false;
        let a = rs.metadata.annotations.get_or_insert_with(Default::default);
        for (k, v) in d.metadata.annotations.iter().flatten() {
            if skip_copy(k) || a.get(k) == Some(v) {
                continue;
            }
            a.insert(k.clone(), v.clone());
            changed = true;
        }
        let old_rev = a.get(REVISION).cloned();
        let old_int: i64 = match old_rev.as_deref().map(str::parse::<i64>) {
            Some(Ok(v)) => v,
            Some(Err(_)) => return false,
            None => 0,
        };
        let new_int: i64 = new_revision.parse().unwrap_or(0);
        if old_int < new_int {
            a.insert(REVISION.into(), new_revision.to_string());
            changed = true;
            if let Some(old) = old_rev.filter(|o| !o.is_empty()) {
                let history = a.get(REVISION_HISTORY).cloned().unwrap_or_default();
                if history.is_empty() {
                    a.insert(REVISION_HISTORY.into(), old);
                } else {
                    let mut parts: Vec<String> = history.split(',').map(str::to_string).collect();
                    let mut total = history.len() + old.len() + 1;
                    let mut start = 0;
                    while total > MAX_REV_HISTORY_CHARS && start < parts.len() {
                        total -= parts[start].len() + 1;
                        start += 1;
                    }
                    if total <= MAX_REV_HISTORY_CHARS {
                        parts = parts.split_off(start);
                        parts.push(old);
                        a.insert(REVISION_HISTORY.into(), parts.join(","));
                    }
                }
            }
        }
        if !exists && set_replicas_annotations(rs, replicas(d), replicas(d) + max_surge(d)) {
            changed = true;
        }
        changed
    }

    /// `scaleReplicaSet`: the size (and the replicas annotations), with the ScalingReplicaSet event.
    fn scale_rs(&mut self, ctx: &mut Ctx, rs: &mut ReplicaSet, new_scale: i32, d: &Deployment, op: &str) -> Result<bool, String> {
        let size_changes = rs_replicas(rs) != new_scale;
        let mut copy = rs.clone();
        let ann_changes = set_replicas_annotations(&mut copy, replicas(d), replicas(d) + max_surge(d));
        if !size_changes && !ann_changes {
            return Ok(false);
        }
        let old = rs_replicas(rs);
        set_rs_replicas(&mut copy, new_scale);
        self.writes += 1;
        let updated = ctx.update(copy.into_object()).map_err(|e| e.message)?;
        if let Some(u) = ReplicaSet::from_object(&updated) {
            *rs = u.clone();
        }
        if size_changes {
            let dobj = d.clone().into_object();
            let msg = format!("Scaled {} replica set {} from {} to {}", op, rs.metadata.name.clone().unwrap_or_default(), old, new_scale);
            self.recorder.event(ctx, &dobj, NORMAL, "ScalingReplicaSet", &msg);
        }
        Ok(size_changes)
    }

    fn scale_and_record(&mut self, ctx: &mut Ctx, rs: &mut ReplicaSet, new_scale: i32, d: &Deployment) -> Result<bool, String> {
        if rs_replicas(rs) == new_scale {
            return Ok(false);
        }
        let op = if rs_replicas(rs) < new_scale { "up" } else { "down" };
        self.scale_rs(ctx, rs, new_scale, d, op)
    }

    fn is_scaling_event(&mut self, ctx: &mut Ctx, d: &mut Deployment, rs_list: &mut Vec<ReplicaSet>) -> Result<bool, String> {
        let (new, old) = self.new_and_old(ctx, d, rs_list, false)?;
        let want = replicas(d);
        Ok(old.iter().chain(new.iter()).filter(|r| is_active(r)).any(|r| {
            annotation(&r.metadata, DESIRED_REPLICAS).and_then(|v| v.parse::<i32>().ok()).is_some_and(|desired| desired != want)
        }))
    }

    /// `sync`: scaling only (paused deployments and resizes), then status.
    fn sync(&mut self, ctx: &mut Ctx, d: &mut Deployment, rs_list: &mut Vec<ReplicaSet>) -> Result<(), String> {
        let (mut new, mut old) = self.new_and_old(ctx, d, rs_list, false)?;
        self.scale(ctx, d, &mut new, &mut old)?;
        if d.spec.as_ref().and_then(|s| s.paused).unwrap_or(false) {
            self.cleanup(ctx, &old, d)?;
        }
        let all: Vec<ReplicaSet> = old.iter().chain(new.iter()).cloned().collect();
        let status = calculate_status(&all, new.as_ref(), d, self.condition(ctx, "Available", "True", "MinimumReplicasAvailable", "Deployment has minimum availability.".into()), self.condition(ctx, "Available", "False", "MinimumReplicasUnavailable", "Deployment does not have minimum availability.".into()));
        if d.status.as_ref() == Some(&status) {
            return Ok(());
        }
        d.status = Some(status);
        self.update_status(ctx, d)
    }

    fn sync_status_only(&mut self, ctx: &mut Ctx, d: &mut Deployment, rs_list: &mut Vec<ReplicaSet>) -> Result<(), String> {
        let (new, old) = self.new_and_old(ctx, d, rs_list, false)?;
        let all: Vec<ReplicaSet> = old.iter().chain(new.iter()).cloned().collect();
        let status = calculate_status(&all, new.as_ref(), d, self.condition(ctx, "Available", "True", "MinimumReplicasAvailable", "Deployment has minimum availability.".into()), self.condition(ctx, "Available", "False", "MinimumReplicasUnavailable", "Deployment does not have minimum availability.".into()));
        if d.status.as_ref() == Some(&status) {
            return Ok(());
        }
        d.status = Some(status);
        self.update_status(ctx, d)
    }

    /// `scale`: the only active (or newest) ReplicaSet takes the full count; a saturated new one
    /// means the old go to zero; otherwise proportional scaling over the active ones.
    fn scale(&mut self, ctx: &mut Ctx, d: &Deployment, new: &mut Option<ReplicaSet>, old: &mut [ReplicaSet]) -> Result<(), String> {
        let want = replicas(d);
        // FindActiveOrLatest.
        let active_count = old.iter().chain(new.iter()).filter(|r| is_active(r)).count();
        if new.is_some() || !old.is_empty() {
            if active_count == 0 || active_count == 1 {
                let target: &mut ReplicaSet = if active_count == 1 {
                    match new.as_mut().filter(|n| is_active(n)) {
                        Some(n) => n,
                        None => old.iter_mut().find(|r| is_active(r)).expect("one active"),
                    }
                } else if let Some(n) = new.as_mut() {
                    n
                } else {
                    old.iter_mut().max_by_key(|r| created(r)).expect("non-empty")
                };
                if rs_replicas(target) == want {
                    return Ok(());
                }
                self.scale_and_record(ctx, target, want, d)?;
                return Ok(());
            }
        }
        let saturated = new.as_ref().is_some_and(|n| {
            rs_replicas(n) == want && annotation(&n.metadata, DESIRED_REPLICAS).and_then(|v| v.parse::<i32>().ok()) == Some(want) && rs_status(n).2 == want
        });
        if saturated {
            for o in old.iter_mut().filter(|r| is_active(r)) {
                self.scale_and_record(ctx, o, 0, d)?;
            }
            return Ok(());
        }
        if !is_rolling(d) {
            return Ok(());
        }
        // Proportional scaling.
        let mut all: Vec<&mut ReplicaSet> = old.iter_mut().chain(new.iter_mut()).filter(|r| is_active(r)).collect();
        let total: i32 = all.iter().map(|r| rs_replicas(r)).sum();
        let allowed = if want > 0 { want + max_surge(d) } else { 0 };
        let to_add = allowed - total;
        let op = if to_add > 0 {
            // ReplicaSetsBySizeNewer: larger first, then newer first.
            crate::api::order::sort_by(&mut all, |a, b| rs_replicas(b).cmp(&rs_replicas(a)).then(created(b).cmp(&created(a))));
            "up"
        } else {
            // ReplicaSetsBySizeOlder: larger first, then older first.
            crate::api::order::sort_by(&mut all, |a, b| rs_replicas(b).cmp(&rs_replicas(a)).then(created(a).cmp(&created(b))));
            "down"
        };
        let mut added = 0;
        let mut sizes: Vec<i32> = Vec::new();
        for rs in all.iter() {
            if to_add != 0 {
                let p = proportion(rs, d, to_add, added);
                sizes.push(rs_replicas(rs) + p);
                added += p;
            } else {
                sizes.push(rs_replicas(rs));
            }
        }
        for (i, rs) in all.into_iter().enumerate() {
            if i == 0 && to_add != 0 {
                sizes[0] = (sizes[0] + to_add - added).max(0);
            }
            self.scale_rs(ctx, rs, sizes[i], d, op)?;
        }
        Ok(())
    }

    fn cleanup(&mut self, ctx: &mut Ctx, old: &[ReplicaSet], d: &Deployment) -> Result<(), String> {
        let Some(limit) = d.spec.as_ref().and_then(|s| s.revision_history_limit) else { return Ok(()) };
        let mut cleanable: Vec<&ReplicaSet> = old.iter().filter(|r| r.metadata.deletion_timestamp.is_none()).collect();
        let diff = cleanable.len() as i32 - limit;
        if diff <= 0 {
            return Ok(());
        }
        crate::api::order::sort_by_key(&mut cleanable, |r| (revision(r), created(r)));
        for rs in cleanable.into_iter().take(diff as usize) {
            let st = rs.status.clone().unwrap_or_default();
            if st.replicas != 0 || rs_replicas(rs) != 0 || rs.metadata.generation > st.observed_generation {
                continue;
            }
            self.writes += 1;
            let (ns, name) = (rs.metadata.namespace.clone().unwrap_or_default(), rs.metadata.name.clone().unwrap_or_default());
            match ctx.delete(Kind::ReplicaSet, &ns, &name, &DeleteOptions::default()) {
                Ok(_) => ctx.trace(format!("deleted old replica set {}/{} beyond the revision history limit", ns, name)),
                Err(e) if e.is_not_found() => {}
                Err(e) => return Err(e.message),
            }
        }
        Ok(())
    }

    fn rollout_rolling(&mut self, ctx: &mut Ctx, d: &mut Deployment, rs_list: &mut Vec<ReplicaSet>) -> Result<(), String> {
        let (new, mut old) = self.new_and_old(ctx, d, rs_list, true)?;
        let Some(mut new) = new else { return Ok(()) };
        // reconcileNewReplicaSet.
        let want = replicas(d);
        let scaled_up = if rs_replicas(&new) == want {
            false
        } else if rs_replicas(&new) > want {
            self.scale_and_record(ctx, &mut new, want, d)?
        } else {
            let all: Vec<ReplicaSet> = old.iter().cloned().chain(std::iter::once(new.clone())).collect();
            let n = new_rs_new_replicas(d, &all, &new);
            self.scale_and_record(ctx, &mut new, n, d)?
        };
        if scaled_up {
            return self.sync_rollout_status(ctx, d, &old, &new);
        }
        if self.reconcile_old(ctx, d, &mut old, &new)? {
            return self.sync_rollout_status(ctx, d, &old, &new);
        }
        if complete(d, &d.status.clone().unwrap_or_default()) {
            self.cleanup(ctx, &old, d)?;
        }
        self.sync_rollout_status(ctx, d, &old, &new)
    }

    /// `reconcileOldReplicaSets`: unhealthy old replicas first, then down to minAvailable.
    fn reconcile_old(&mut self, ctx: &mut Ctx, d: &Deployment, old: &mut [ReplicaSet], new: &ReplicaSet) -> Result<bool, String> {
        let old_pods: i32 = old.iter().map(rs_replicas).sum();
        if old_pods == 0 {
            return Ok(false);
        }
        let all_pods = old_pods + rs_replicas(new);
        let min_available = replicas(d) - max_unavailable(d);
        let new_unavailable = rs_replicas(new) - rs_status(new).2;
        let max_scaled_down = all_pods - min_available - new_unavailable;
        if max_scaled_down <= 0 {
            return Ok(false);
        }
        crate::api::order::sort_by_key(old, created);
        // cleanupUnhealthyReplicas.
        let mut cleaned = 0;
        for rs in old.iter_mut().filter(|r| is_active(r)) {
            if cleaned >= max_scaled_down {
                break;
            }
            let available = rs_status(rs).2;
            if rs_replicas(rs) == available {
                continue;
            }
            let n = (max_scaled_down - cleaned).min(rs_replicas(rs) - available);
            let target = rs_replicas(rs) - n;
            self.scale_and_record(ctx, rs, target, d)?;
            cleaned += n;
        }
        // scaleDownOldReplicaSetsForRollingUpdate.
        let available: i32 = old.iter().chain(std::iter::once(new)).map(|r| rs_status(r).2).sum();
        let mut scaled = 0;
        if available > min_available {
            let total = available - min_available;
            for rs in old.iter_mut() {
                if scaled >= total {
                    break;
                }
                if rs_replicas(rs) == 0 {
                    continue;
                }
                let n = rs_replicas(rs).min(total - scaled);
                let target = rs_replicas(rs) - n;
                self.scale_and_record(ctx, rs, target, d)?;
                scaled += n;
            }
        }
        Ok(cleaned + scaled > 0)
    }

    fn rollout_recreate(&mut self, ctx: &mut Ctx, d: &mut Deployment, rs_list: &mut Vec<ReplicaSet>, pods: &Informer) -> Result<(), String> {
        let (new, mut old) = self.new_and_old(ctx, d, rs_list, false)?;
        let mut scaled_down = false;
        for rs in old.iter_mut().filter(|r| is_active(r)) {
            if self.scale_and_record(ctx, rs, 0, d)? {
                scaled_down = true;
            }
        }
        if scaled_down {
            return self.sync_rollout_status_opt(ctx, d, &old, new.as_ref());
        }
        // oldPodsRunning: any non-terminal pod of an old ReplicaSet.
        let running = old.iter().any(|rs| {
            pods.controlled_by(rs.metadata.uid.as_deref().unwrap_or("")).any(|p| {
                let phase = p.as_pod().and_then(|p| p.status.as_ref()).and_then(|s| s.phase.as_deref()).unwrap_or("");
                phase != "Failed" && phase != "Succeeded"
            })
        });
        if running {
            return self.sync_rollout_status_opt(ctx, d, &old, new.as_ref());
        }
        let (new, old) = match new {
            Some(n) => (n, old),
            None => {
                let (n, o) = self.new_and_old(ctx, d, rs_list, true)?;
                (n.ok_or("no new replica set")?, o)
            }
        };
        let mut new = new;
        let want = replicas(d);
        if rs_replicas(&new) != want {
            self.scale_and_record(ctx, &mut new, want, d)?;
        }
        if complete(d, &d.status.clone().unwrap_or_default()) {
            self.cleanup(ctx, &old, d)?;
        }
        self.sync_rollout_status(ctx, d, &old, &new)
    }

    fn sync_rollout_status_opt(&mut self, ctx: &mut Ctx, d: &mut Deployment, old: &[ReplicaSet], new: Option<&ReplicaSet>) -> Result<(), String> {
        match new {
            Some(n) => self.sync_rollout_status(ctx, d, old, n),
            None => self.sync_rollout_status_inner(ctx, d, old, None),
        }
    }

    fn sync_rollout_status(&mut self, ctx: &mut Ctx, d: &mut Deployment, old: &[ReplicaSet], new: &ReplicaSet) -> Result<(), String> {
        self.sync_rollout_status_inner(ctx, d, old, Some(new))
    }

    /// `syncRolloutStatus`: status, Progressing (complete, progressing or timed out) and
    /// ReplicaFailure; a stuck deployment is looked at again when its deadline passes.
    fn sync_rollout_status_inner(&mut self, ctx: &mut Ctx, d: &mut Deployment, old: &[ReplicaSet], new: Option<&ReplicaSet>) -> Result<(), String> {
        let all: Vec<ReplicaSet> = old.iter().cloned().chain(new.cloned()).collect();
        let avail_true = self.condition(ctx, "Available", "True", "MinimumReplicasAvailable", "Deployment has minimum availability.".into());
        let avail_false = self.condition(ctx, "Available", "False", "MinimumReplicasUnavailable", "Deployment does not have minimum availability.".into());
        let mut status = calculate_status(&all, new, d, avail_true, avail_false);
        if !has_progress_deadline(d) {
            remove_condition(&mut status, "Progressing");
        }
        let old_status = d.status.clone().unwrap_or_default();
        let current = get_condition(&old_status, "Progressing").cloned();
        let is_complete = status.replicas == status.updated_replicas && current.as_ref().is_some_and(|c| c.reason.as_deref() == Some("NewReplicaSetAvailable"));
        let name = d.metadata.name.clone().unwrap_or_default();
        let subject = match new {
            Some(n) => format!("ReplicaSet \"{}\"", n.metadata.name.clone().unwrap_or_default()),
            None => format!("Deployment \"{}\"", name),
        };
        if has_progress_deadline(d) && !is_complete {
            if complete(d, &status) {
                let c = self.condition(ctx, "Progressing", "True", "NewReplicaSetAvailable", format!("{} has successfully progressed.", subject));
                set_condition(&mut status, c);
            } else if progressing(d, &status) {
                let mut c = self.condition(ctx, "Progressing", "True", "ReplicaSetUpdated", format!("{} is progressing.", subject));
                if let Some(cur) = &current {
                    if cur.status == "True" {
                        c.last_transition_time = cur.last_transition_time.clone();
                    }
                    remove_condition(&mut status, "Progressing");
                }
                set_condition(&mut status, c);
            } else if timed_out(d, &status, ctx) {
                let c = self.condition(ctx, "Progressing", "False", "ProgressDeadlineExceeded", format!("{} has timed out progressing.", subject));
                set_condition(&mut status, c);
            }
        }
        // ReplicaFailure from the replica sets (the new one first).
        let failure = new.into_iter().chain(old.iter()).find_map(|rs| {
            rs.status.as_ref().and_then(|s| s.conditions.as_ref()).and_then(|cs| cs.iter().find(|c| c.type_ == "ReplicaFailure").cloned())
        });
        match failure {
            Some(f) => {
                let now = ctx.api.epoch().time(ctx.now);
                set_condition(
                    &mut status,
                    DeploymentCondition { type_: "ReplicaFailure".into(), status: f.status, reason: f.reason, message: f.message, last_update_time: Some(now.clone()), last_transition_time: f.last_transition_time.or(Some(now)) },
                );
            }
            None => remove_condition(&mut status, "ReplicaFailure"),
        }
        if d.status.as_ref() == Some(&status) {
            self.requeue_stuck(ctx, d, &status);
            return Ok(());
        }
        d.status = Some(status);
        self.update_status(ctx, d)
    }

    fn requeue_stuck(&mut self, ctx: &mut Ctx, d: &Deployment, status: &DeploymentStatus) {
        if !has_progress_deadline(d) {
            return;
        }
        let old = d.status.clone().unwrap_or_default();
        let Some(cur) = get_condition(&old, "Progressing") else { return };
        if complete(d, status) || cur.reason.as_deref() == Some("ProgressDeadlineExceeded") {
            return;
        }
        let deadline = d.spec.as_ref().and_then(|s| s.progress_deadline_seconds).unwrap_or(600).max(0) as u64;
        let last = cur.last_update_time.as_ref().map(|t| ctx.api.epoch().sim_time(&t.0)).unwrap_or(ctx.now);
        let due = last + Duration::from_secs(deadline);
        let key = d.metadata.namespace.clone().unwrap_or_default() + "/" + d.metadata.name.as_deref().unwrap_or("");
        if due <= ctx.now + Duration::from_secs(1) {
            let at = self.queue.add_rate_limited(&key, ctx.now);
            ctx.wake_at(at);
        } else {
            let at = due + Duration::from_secs(1);
            self.queue.add_after(&key, at);
            ctx.wake_at(at);
        }
    }
}
