//! The Job controller (`pkg/controller/job`) and the TTL-after-finished controller: pods created
//! up to `parallelism` until `completions` succeed; every pod carries the
//! `batch.kubernetes.io/job-tracking` finalizer until the controller has counted it (through
//! `status.uncountedTerminatedPods`), so a deleted pod is never lost from the count; failures
//! back off 10 s, 20 s, 40 s … (at most 10 min) before a replacement; `backoffLimit`,
//! `activeDeadlineSeconds` and `podFailurePolicy` end the Job; the interim conditions
//! `SuccessCriteriaMet` / `FailureTarget` come first and `Complete` / `Failed` once no pod is
//! left terminating; `Indexed` completion mode; `suspend`; `ttlSecondsAfterFinished`.

use super::replicaset::pods_to_delete;
use crate::api::batch::{Job, JobCondition, JobStatus, UncountedTerminatedPods};
use crate::api::core::{EnvVar, EnvVarSource, ObjectFieldSelector, Pod};
use crate::api::meta::controller_of;
use crate::api::metav1::{ObjectMeta, OwnerReference};
use crate::api::{Kind, ObjectRef, Typed};
use crate::apiserver::{DeleteOptions, Propagation};
use crate::client::events::{Recorder, NORMAL, WARNING};
use crate::client::informer::{Delta, Informer};
use crate::client::workqueue::{sync_cost, WorkQueue, Workers};
use crate::client::Ctx;
use crate::sim::clock::SimTime;
use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

pub const TRACKING_FINALIZER: &str = "batch.kubernetes.io/job-tracking";
pub const INDEX_KEY: &str = "batch.kubernetes.io/job-completion-index";
/// `--concurrent-job-syncs`.
const WORKERS: usize = 5;
/// `MaxPodCreateDeletePerSync`.
const BURST: usize = 500;
/// `DefaultJobPodFailureBackOff` and `MaxJobPodFailureBackOff`.
const POD_BACKOFF: Duration = Duration::from_secs(10);
const MAX_POD_BACKOFF: Duration = Duration::from_secs(600);
const EXPECTATIONS_TTL: Duration = Duration::from_secs(5 * 60);

#[derive(Default)]
struct Record {
    /// Pods created or deleted that the cache has not shown yet.
    add: i64,
    del: i64,
    set_at: SimTime,
    /// `backoffRecord`: failures since the last success, and when the last one happened.
    failures: u32,
    last_failure: SimTime,
}

pub struct JobController {
    pub queue: WorkQueue,
    pub(crate) workers: Workers,
    records: BTreeMap<String, Box<Record>>,
    /// Pods still holding the tracking finalizer whose Job is gone (`syncOrphanPod`).
    orphans: BTreeSet<(String, String)>,
    recorder: Recorder,
    examined: usize,
    writes: usize,
}

impl Default for JobController {
    fn default() -> Self {
        JobController {
            queue: WorkQueue::new(),
            workers: Workers::new(WORKERS),
            records: BTreeMap::new(),
            orphans: BTreeSet::new(),
            recorder: Recorder::new("job-controller", None),
            examined: 0,
            writes: 0,
        }
    }
}

fn phase(p: &Pod) -> &str {
    p.status.as_ref().and_then(|s| s.phase.as_deref()).unwrap_or("")
}

fn has_finalizer(p: &Pod) -> bool {
    p.metadata.finalizers.iter().flatten().any(|f| f == TRACKING_FINALIZER)
}

fn spec_i32(j: &Job, f: impl Fn(&crate::api::batch::JobSpec) -> Option<i32>) -> Option<i32> {
    j.spec.as_ref().and_then(f)
}

fn indexed(j: &Job) -> bool {
    j.spec.as_ref().and_then(|s| s.completion_mode.as_deref()) == Some("Indexed")
}

/// `isPodFailed`: failed, or (unless only Failed pods are replaced) deleted before succeeding.
fn is_failed(p: &Pod, j: &Job) -> bool {
    if phase(p) == "Failed" {
        return true;
    }
    let only_failed = j.spec.as_ref().and_then(|s| s.pod_replacement_policy.as_deref()) == Some("Failed");
    !only_failed && p.metadata.deletion_timestamp.is_some() && phase(p) != "Succeeded"
}

fn is_finished(p: &Pod, j: &Job) -> bool {
    phase(p) == "Succeeded" || is_failed(p, j)
}

fn pod_index(p: &Pod) -> Option<i32> {
    let m = &p.metadata;
    m.annotations.as_ref().and_then(|a| a.get(INDEX_KEY)).or_else(|| m.labels.as_ref().and_then(|l| l.get(INDEX_KEY)))?.parse().ok()
}

fn is_ready(p: &Pod) -> bool {
    p.status.as_ref().and_then(|s| s.conditions.as_ref()).is_some_and(|cs| cs.iter().any(|c| c.type_ == "Ready" && c.status == "True"))
}

fn condition<'a>(s: &'a JobStatus, t: &str) -> Option<&'a JobCondition> {
    s.conditions.iter().flatten().find(|c| c.type_ == t && c.status == "True")
}

/// `IsJobFinished`.
pub fn is_job_finished(j: &Job) -> Option<&JobCondition> {
    let s = j.status.as_ref()?;
    condition(s, "Complete").or_else(|| condition(s, "Failed"))
}

/// `updateConditions`: set a condition, keeping lastTransitionTime when the status is unchanged.
fn set_condition(s: &mut JobStatus, ctx: &Ctx, t: &str, status: &str, reason: &str, message: &str) -> bool {
    let now = ctx.api.epoch().time(ctx.now);
    let list = s.conditions.get_or_insert_with(Vec::new);
    if let Some(c) = list.iter_mut().find(|c| c.type_ == t) {
        if c.status == status && c.reason.as_deref() == Some(reason) && c.message.as_deref() == Some(message) {
            return false;
        }
        if c.status != status {
            c.last_transition_time = Some(now.clone());
        }
        c.status = status.into();
        c.reason = Some(reason.into());
        c.message = Some(message.into());
        c.last_probe_time = Some(now);
        return true;
    }
    list.push(JobCondition {
        type_: t.into(),
        status: status.into(),
        reason: Some(reason.into()),
        message: Some(message.into()),
        last_probe_time: Some(now.clone()),
        last_transition_time: Some(now),
    });
    true
}

/// A set of completion indexes, in order: a `BTreeSet<u64>` under an order-preserving key (the
/// page has that set's code already) rather than a `BTreeSet<i32>` of its own.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Indexes(BTreeSet<u64>);

impl Indexes {
    fn key(i: i32) -> u64 {
        (i as i64 - i32::MIN as i64) as u64
    }
    pub fn insert(&mut self, i: i32) -> bool {
        self.0.insert(Self::key(i))
    }
    pub fn contains(&self, i: &i32) -> bool {
        self.0.contains(&Self::key(*i))
    }
    pub fn len(&self) -> usize {
        self.0.len()
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    pub fn iter(&self) -> impl Iterator<Item = i32> + '_ {
        self.0.iter().map(|k| (*k as i64 + i32::MIN as i64) as i32)
    }
}

impl FromIterator<i32> for Indexes {
    fn from_iter<I: IntoIterator<Item = i32>>(iter: I) -> Self {
        let mut set = Indexes::default();
        for i in iter {
            set.insert(i);
        }
        set
    }
}

/// "0-2,5": the compressed interval list of `completedIndexes`.
pub fn format_indexes(set: &Indexes) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut iter = set.iter().peekable();
    while let Some(first) = iter.next() {
        let mut last = first;
        while iter.peek() == Some(&(last + 1)) {
            last = iter.next().unwrap_or(last);
        }
        out.push(if first == last { first.to_string() } else { format!("{}-{}", first, last) });
    }
    out.join(",")
}

pub fn parse_indexes(s: &str, completions: i32) -> Indexes {
    let mut set = Indexes::default();
    for part in s.split(',').filter(|p| !p.is_empty()) {
        let (a, b) = part.split_once('-').unwrap_or((part, part));
        if let (Ok(a), Ok(b)) = (a.parse::<i32>(), b.parse::<i32>()) {
            for i in (a..=b.min(completions - 1)).filter(|i| *i >= 0) {
                set.insert(i);
            }
        }
    }
    set
}

/// `matchPodFailurePolicy`: the first rule that matches a failed pod: (action, message).
fn match_failure_policy(j: &Job, p: &Pod) -> Option<(String, String)> {
    let rules = j.spec.as_ref()?.pod_failure_policy.as_ref()?.rules.as_slice();
    let (ns, name) = (p.metadata.namespace.as_deref().unwrap_or(""), p.metadata.name.as_deref().unwrap_or(""));
    let st = p.status.as_ref()?;
    for (i, rule) in rules.iter().enumerate() {
        if let Some(req) = &rule.on_exit_codes {
            let statuses = st.container_statuses.iter().flatten();
            for cs in statuses.filter(|c| req.container_name.as_ref().is_none_or(|n| *n == c.name)) {
                let Some(code) = cs.state.as_ref().and_then(|s| s.terminated.as_ref()).map(|t| t.exit_code).filter(|c| *c != 0) else { continue };
                if req.values.contains(&code) == (req.operator == "In") {
                    let msg = format!("Container {} for pod {}/{} failed with exit code {} matching {} rule at index {}", cs.name, ns, name, code, rule.action, i);
                    return Some((rule.action.clone(), msg));
                }
            }
        }
        for pat in rule.on_pod_conditions.iter().flatten() {
            if st.conditions.iter().flatten().any(|c| c.type_ == pat.type_ && c.status == pat.status) {
                return Some((rule.action.clone(), format!("Pod {}/{} has condition {} matching {} rule at index {}", ns, name, pat.type_, rule.action, i)));
            }
        }
    }
    None
}

fn owner_ref(j: &Job) -> OwnerReference {
    crate::api::meta::controller_ref("batch/v1", "Job", &j.metadata)
}

/// The pod the controller creates (for `index` in Indexed mode).
fn new_pod(j: &Job, index: Option<i32>) -> Pod {
    let template = j.spec.as_ref().map(|s| s.template.clone()).unwrap_or_default();
    let tmeta = template.metadata.unwrap_or_default();
    let mut spec = template.spec.unwrap_or_default();
    let name = j.metadata.name.clone().unwrap_or_default();
    let mut labels = tmeta.labels.unwrap_or_default();
    let mut annotations = tmeta.annotations.unwrap_or_default();
    let mut finalizers = tmeta.finalizers.unwrap_or_default();
    finalizers.push(TRACKING_FINALIZER.into());
    let generate_name = match index {
        Some(i) => {
            labels.insert(INDEX_KEY.into(), i.to_string());
            annotations.insert(INDEX_KEY.into(), i.to_string());
            if spec.hostname.is_none() {
                spec.hostname = Some(format!("{}-{}", name, i));
            }
            // `addCompletionIndexEnvVariables`.
            let env = EnvVar {
                name: "JOB_COMPLETION_INDEX".into(),
                value: None,
                value_from: Some(Box::new(EnvVarSource {
                    field_ref: Some(ObjectFieldSelector { api_version: Some("v1".into()), field_path: format!("metadata.labels['{}']", INDEX_KEY) }),
                    ..Default::default()
                })),
            };
            for c in spec.init_containers.iter_mut().flatten().chain(spec.containers.iter_mut()) {
                let list = c.env.get_or_insert_with(Vec::new);
                if !list.iter().any(|e| e.name == env.name) {
                    list.push(env.clone());
                }
            }
            format!("{}-{}-", name, i)
        }
        None => format!("{}-", name),
    };
    Pod {
        metadata: ObjectMeta {
            generate_name: Some(generate_name),
            namespace: j.metadata.namespace.clone(),
            labels: Some(labels),
            annotations: (!annotations.is_empty()).then_some(annotations),
            finalizers: Some(finalizers),
            owner_references: Some(vec![owner_ref(j)]),
            ..Default::default()
        },
        spec: Some(spec),
        status: None,
    }
}

impl JobController {
    pub fn on_job(&mut self, d: &Delta) {
        if let Delta::Deleted(o) = d {
            self.records.remove(&o.cache_key());
        }
        self.queue.add(&d.object().cache_key());
    }

    pub fn on_pod(&mut self, d: &Delta, jobs: &Informer) {
        let o = d.object();
        let Some(r) = controller_of(o.meta()).filter(|r| r.kind == "Job") else { return };
        let key = crate::api::meta::cache_key(o.namespace(), &r.name);
        if jobs.get(&key).filter(|j| j.uid() == r.uid).is_none() {
            if o.as_pod().is_some_and(has_finalizer) && !matches!(d, Delta::Deleted(_)) {
                self.orphans.insert((o.namespace().to_string(), o.name().to_string()));
            }
            return;
        }
        if let Some(rec) = self.records.get_mut(&key) {
            match d {
                Delta::Added(_) => rec.add -= 1,
                Delta::Deleted(_) => rec.del -= 1,
                Delta::Updated { old, new } if old.meta().deletion_timestamp.is_none() && new.meta().deletion_timestamp.is_some() => rec.del -= 1,
                _ => {}
            }
        }
        self.queue.add(&key);
    }

    pub fn next_ready(&self, now: SimTime) -> Option<SimTime> {
        if !self.orphans.is_empty() {
            return Some(now);
        }
        self.workers.next_ready(&self.queue, now)
    }

    pub fn process(&mut self, ctx: &mut Ctx, jobs: &Informer, pods: &Informer) {
        for (ns, name) in std::mem::take(&mut self.orphans) {
            if let Ok(o) = ctx.get(Kind::Pod, &ns, &name) {
                if let Some(p) = o.as_pod().filter(|p| has_finalizer(p)) {
                    self.remove_finalizer(ctx, p);
                }
            }
        }
        while let Some((w, key)) = self.workers.next(&mut self.queue, ctx.now) {
            self.examined = 0;
            self.writes = 0;
            match self.sync(ctx, &key, jobs, pods) {
                Ok(()) => self.queue.forget(&key),
                Err(e) => {
                    ctx.trace(format!("sync job {} failed: {}; requeued with backoff", key, e));
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

    fn remove_finalizer(&mut self, ctx: &mut Ctx, p: &Pod) -> bool {
        let mut p = p.clone();
        if let Some(f) = p.metadata.finalizers.as_mut() {
            f.retain(|f| f != TRACKING_FINALIZER);
        }
        self.writes += 1;
        ctx.update(p.into_object()).is_ok()
    }

    fn sync(&mut self, ctx: &mut Ctx, key: &str, jobs: &Informer, pods: &Informer) -> Result<(), String> {
        let Some(obj) = jobs.get(key).cloned() else { return Ok(()) };
        let Some(job) = Job::from_object(&obj) else { return Ok(()) };
        let uid = obj.uid().to_string();
        let owned: Vec<&Pod> = pods.controlled_by(&uid).filter_map(|o| o.as_pod()).collect();
        self.examined = owned.len();
        if job.metadata.deletion_timestamp.is_some() || is_job_finished(job).is_some() {
            for p in owned.iter().filter(|p| has_finalizer(p) && (is_finished(p, job) || job.metadata.deletion_timestamp.is_some())) {
                self.remove_finalizer(ctx, p);
            }
            return self.ttl(ctx, key, job);
        }
        let epoch = ctx.api.epoch();
        let spec = job.spec.clone().unwrap_or_default();
        let completions = spec.completions;
        let mut status = job.status.clone().unwrap_or_default();
        let old_status = status.clone();
        let suspended = spec.suspend == Some(true);
        if status.start_time.is_none() && !suspended {
            status.start_time = Some(epoch.time(ctx.now));
        }
        // Count the pods that finished since the last sync: uncounted first, then their finalizers.
        let mut uncounted = status.uncounted_terminated_pods.clone().unwrap_or_default();
        let known = |u: &UncountedTerminatedPods, id: &str| u.succeeded.iter().chain(u.failed.iter()).flatten().any(|x| x == id);
        let mut newly: Vec<&Pod> = Vec::new();
        let mut fail_job: Option<(String, String)> = None;
        // `newBackoffRecord`: failures since the last success, and the last failure's time.
        let mut backoff: Option<(u32, SimTime)> = None;
        for p in owned.iter().copied().filter(|p| has_finalizer(p) && is_finished(p, job)) {
            let id = p.metadata.uid.clone().unwrap_or_default();
            let success = phase(p) == "Succeeded";
            if !success {
                match match_failure_policy(job, p) {
                    Some((action, _)) if action == "Ignore" => {
                        newly.push(p);
                        continue;
                    }
                    Some((action, msg)) if action == "FailJob" => {
                        fail_job.get_or_insert((String::from("PodFailurePolicy"), msg));
                    }
                    _ => {}
                }
            }
            if !known(&uncounted, &id) {
                // The backoff record changes only once the status write below holds them.
                if success {
                    backoff = Some((0, SimTime::ZERO));
                } else {
                    let failures = backoff.map_or_else(|| self.records.get(key).map_or(0, |r| r.failures), |b| b.0);
                    backoff = Some((failures + 1, ctx.now));
                }
                let list = if success { &mut uncounted.succeeded } else { &mut uncounted.failed };
                list.get_or_insert_with(Vec::new).push(id);
            }
            newly.push(p);
        }
        let mut tracked = crate::api::order::str_set(owned.iter().filter(|p| has_finalizer(p)).filter_map(|p| p.metadata.uid.as_deref()));
        if !newly.is_empty() {
            let mut s = status.clone();
            s.uncounted_terminated_pods = Some(uncounted.clone());
            if Some(&s) != job.status.as_ref() {
                let mut j = job.clone();
                j.status = Some(s);
                self.writes += 1;
                ctx.update_status(j.into_object()).map_err(|e| e.message)?;
                if let Some((failures, at)) = backoff {
                    let rec = self.records.entry(key.to_string()).or_default();
                    rec.failures = failures;
                    if failures > 0 {
                        rec.last_failure = at;
                    }
                }
                return Ok(()); // the status write wakes the next sync, which removes the finalizers
            }
            for p in &newly {
                if self.remove_finalizer(ctx, p) {
                    if let Ok(i) = tracked.binary_search(&p.metadata.uid.as_deref().unwrap_or("")) {
                        tracked.remove(i);
                    }
                }
            }
        }
        // Move uncounted pods whose finalizer is gone to the counters; the rest wait.
        let mut succeeded_indexes = parse_indexes(status.completed_indexes.as_deref().unwrap_or(""), completions.unwrap_or(0));
        let mut keep = UncountedTerminatedPods::default();
        for (ids, success) in [(&uncounted.succeeded, true), (&uncounted.failed, false)] {
            for id in ids.iter().flatten() {
                if tracked.binary_search(&id.as_str()).is_ok() {
                    let list = if success { &mut keep.succeeded } else { &mut keep.failed };
                    list.get_or_insert_with(Vec::new).push(id.clone());
                } else if success {
                    status.succeeded = Some(status.succeeded.unwrap_or(0) + 1);
                    let pod = owned.iter().find(|p| p.metadata.uid.as_deref() == Some(id));
                    if let Some(i) = pod.and_then(|p| pod_index(p)).filter(|i| *i < completions.unwrap_or(0)) {
                        succeeded_indexes.insert(i);
                    }
                } else {
                    status.failed = Some(status.failed.unwrap_or(0) + 1);
                }
            }
        }
        let all_counted = keep.succeeded.is_none() && keep.failed.is_none() && tracked.iter().all(|id| !owned.iter().any(|p| p.metadata.uid.as_deref() == Some(*id) && is_finished(p, job)));
        status.uncounted_terminated_pods = Some(keep);
        if indexed(job) {
            status.completed_indexes = Some(format_indexes(&succeeded_indexes));
        }
        let active: Vec<&Pod> = owned.iter().copied().filter(|p| !is_finished(p, job) && p.metadata.deletion_timestamp.is_none()).collect();
        let terminating = owned.iter().filter(|p| p.metadata.deletion_timestamp.is_some() && !matches!(phase(p), "Succeeded" | "Failed")).count() as i32;
        // Pods counted but still holding their finalizer count too (`jobCtx.succeeded/failed`).
        let pending = status.uncounted_terminated_pods.as_ref();
        let succeeded = status.succeeded.unwrap_or(0) + pending.and_then(|u| u.succeeded.as_ref()).map_or(0, |v| v.len() as i32);
        let failed = status.failed.unwrap_or(0) + pending.and_then(|u| u.failed.as_ref()).map_or(0, |v| v.len() as i32);
        // Decide whether the Job has met its end.
        let already = |s: &JobStatus| condition(s, "FailureTarget").or_else(|| condition(s, "SuccessCriteriaMet")).cloned();
        let mut target = already(&status);
        if target.is_none() {
            let backoff_limit = spec.backoff_limit.unwrap_or(6);
            let on_failure = spec.template.spec.as_ref().and_then(|s| s.restart_policy.as_deref()) == Some("OnFailure");
            let restarts: i32 = active
                .iter()
                .filter(|p| matches!(phase(p), "Running" | "Pending"))
                .flat_map(|p| p.status.iter().flat_map(|s| s.init_container_statuses.iter().flatten().chain(s.container_statuses.iter().flatten())))
                .map(|c| c.restart_count)
                .sum();
            let deadline = spec.active_deadline_seconds.zip(status.start_time.as_ref()).map(|(secs, st)| epoch.sim_time(&st.0) + Duration::from_secs(secs.max(0) as u64));
            let end = if let Some(f) = fail_job {
                Some(("FailureTarget", f.0, f.1))
            } else if failed > backoff_limit || (on_failure && (if backoff_limit == 0 { restarts > 0 } else { restarts >= backoff_limit })) {
                Some(("FailureTarget", "BackoffLimitExceeded".into(), "Job has reached the specified backoff limit".to_string()))
            } else if deadline.is_some_and(|d| ctx.now >= d) && !suspended {
                Some(("FailureTarget", "DeadlineExceeded".into(), "Job was active longer than specified deadline".to_string()))
            } else if match completions {
                Some(c) if indexed(job) => succeeded_indexes.len() as i32 >= c,
                Some(c) => succeeded >= c,
                None => succeeded > 0 && active.is_empty(),
            } {
                Some(("SuccessCriteriaMet", "CompletionsReached".into(), "Reached expected number of succeeded pods".to_string()))
            } else {
                if let Some(d) = deadline.filter(|d| *d > ctx.now) {
                    self.queue.add_after(key, d);
                    ctx.wake_at(d);
                }
                None
            };
            if let Some((t, reason, msg)) = end {
                set_condition(&mut status, ctx, t, "True", &reason, &msg);
                target = already(&status);
            }
        }
        let mut remaining_active = active.len() as i32;
        if let Some(t) = &target {
            // The Job's end is decided: stop what still runs, then finish once nothing terminates.
            let running: Vec<ObjectRef> = owned_refs(pods, &uid, &active);
            remaining_active -= self.delete_pods(ctx, &obj, &running) as i32;
            if remaining_active == 0 && terminating == 0 && all_counted {
                let (final_type, reason, msg) = match t.type_.as_str() {
                    "FailureTarget" => ("Failed", t.reason.clone().unwrap_or_default(), t.message.clone().unwrap_or_default()),
                    _ => ("Complete", t.reason.clone().unwrap_or_default(), t.message.clone().unwrap_or_default()),
                };
                set_condition(&mut status, ctx, final_type, "True", &reason, &msg);
                if final_type == "Complete" {
                    status.completion_time = Some(epoch.time(ctx.now));
                    self.recorder.event(ctx, &obj, NORMAL, "Completed", "Job completed");
                } else {
                    self.recorder.event(ctx, &obj, WARNING, &reason, &msg);
                }
            }
        } else if suspended {
            let running: Vec<ObjectRef> = owned_refs(pods, &uid, &active);
            remaining_active -= self.delete_pods(ctx, &obj, &running) as i32;
            if set_condition(&mut status, ctx, "Suspended", "True", "JobSuspended", "Job suspended") {
                self.recorder.event(ctx, &obj, NORMAL, "Suspended", "Job suspended");
            }
        } else {
            if condition(&status, "Suspended").is_some() {
                set_condition(&mut status, ctx, "Suspended", "False", "JobResumed", "Job resumed");
                self.recorder.event(ctx, &obj, NORMAL, "Resumed", "Job resumed");
                status.start_time = Some(epoch.time(ctx.now));
            }
            remaining_active = self.manage(ctx, key, job, &obj, pods, &active, succeeded, &succeeded_indexes)?;
        }
        // `active`, `succeeded` and `failed` are omitempty ints; `ready` and `terminating` pointers.
        let nz = |n: i32| (n > 0).then_some(n);
        status.active = nz(remaining_active);
        status.ready = Some(active.iter().filter(|p| is_ready(p)).count() as i32);
        status.terminating = Some(terminating);
        status.succeeded = nz(succeeded);
        status.failed = nz(failed);
        if status != old_status {
            let mut j = job.clone();
            j.status = Some(status);
            self.writes += 1;
            ctx.update_status(j.into_object()).map_err(|e| e.message)?;
        }
        Ok(())
    }

    /// Deletes active pods (counted as failed when they are gone); how many were deleted.
    fn delete_pods(&mut self, ctx: &mut Ctx, obj: &crate::api::Object, pods: &[ObjectRef]) -> usize {
        let mut n = 0;
        for v in pods {
            self.writes += 1;
            let opts = DeleteOptions { precondition_uid: Some(v.uid().to_string()), ..Default::default() };
            if ctx.delete(Kind::Pod, v.namespace(), v.name(), &opts).is_ok() {
                self.recorder.event(ctx, obj, NORMAL, "SuccessfulDelete", &format!("Deleted pod: {}", v.name()));
                n += 1;
            }
        }
        n
    }

    fn satisfied(&self, key: &str, now: SimTime) -> bool {
        self.records.get(key).is_none_or(|r| (r.add <= 0 && r.del <= 0) || now.since(r.set_at) > EXPECTATIONS_TTL)
    }

    /// `manageJob`: as many active pods as parallelism allows and completions still need.
    #[allow(clippy::too_many_arguments)]
    fn manage(&mut self, ctx: &mut Ctx, key: &str, job: &Job, obj: &crate::api::Object, pods: &Informer, active: &[&Pod], succeeded: i32, done: &Indexes) -> Result<i32, String> {
        let n_active = active.len() as i32;
        if !self.satisfied(key, ctx.now) {
            return Ok(n_active);
        }
        let parallelism = spec_i32(job, |s| s.parallelism).unwrap_or(1).max(0);
        let completions = spec_i32(job, |s| s.completions);
        let want = match completions {
            Some(c) if indexed(job) => (c - done.len() as i32).min(parallelism),
            Some(c) => (c - succeeded).min(parallelism),
            None if succeeded > 0 => n_active.min(parallelism),
            None => parallelism,
        }
        .max(0);
        let uid = obj.uid().to_string();
        if n_active > want {
            let refs = owned_refs(pods, &uid, active);
            let victims = pods_to_delete(&refs, ((n_active - want) as usize).min(BURST));
            self.records.entry(key.into()).or_default().del = victims.len() as i64;
            self.records.entry(key.into()).or_default().set_at = ctx.now;
            let n = self.delete_pods(ctx, obj, &victims) as i32;
            return Ok(n_active - n);
        }
        if n_active == want {
            return Ok(n_active);
        }
        // A recent failure holds back replacements (`getRemainingTime` of the backoff record).
        let rec = self.records.entry(key.into()).or_default();
        if rec.failures > 0 {
            let delay = POD_BACKOFF.saturating_mul(1 << (rec.failures - 1).min(16)).min(MAX_POD_BACKOFF);
            let at = rec.last_failure + delay;
            if at > ctx.now {
                self.queue.add_after(key, at);
                ctx.wake_at(at);
                return Ok(n_active);
            }
        }
        let mut indexes: Vec<Option<i32>> = Vec::new();
        let count = ((want - n_active) as usize).min(BURST);
        if indexed(job) {
            let busy: Indexes = active.iter().filter_map(|p| pod_index(p)).collect();
            let c = completions.unwrap_or(0);
            indexes.extend((0..c).filter(|i| !done.contains(i) && !busy.contains(i)).take(count).map(Some));
        } else {
            indexes.resize(count, None);
        }
        let rec = self.records.entry(key.into()).or_default();
        rec.add = indexes.len() as i64;
        rec.set_at = ctx.now;
        let ns = obj.namespace().to_string();
        let mut created = 0;
        // slowStartBatch: 1, 2, 4, … stopping at the first batch with an error.
        let mut batch = 1;
        let mut rest = indexes.as_slice();
        while !rest.is_empty() {
            let (now_batch, later) = rest.split_at(batch.min(rest.len()));
            rest = later;
            let mut err = None;
            for idx in now_batch {
                self.writes += 1;
                match ctx.create(&ns, new_pod(job, *idx).into_object()) {
                    Ok(p) => {
                        created += 1;
                        self.recorder.event(ctx, obj, NORMAL, "SuccessfulCreate", &format!("Created pod: {}", p.name()));
                    }
                    Err(e) => {
                        self.recorder.event(ctx, obj, WARNING, "FailedCreate", &format!("Error creating: {}", e.message));
                        err.get_or_insert(e.message);
                    }
                }
            }
            if let Some(e) = err {
                if let Some(r) = self.records.get_mut(key) {
                    r.add = 0;
                }
                return Err(e);
            }
            batch *= 2;
        }
        Ok(n_active + created)
    }

    /// The TTL-after-finished controller: delete a finished Job (and, in the foreground, its
    /// pods) `ttlSecondsAfterFinished` after it finished.
    fn ttl(&mut self, ctx: &mut Ctx, key: &str, job: &Job) -> Result<(), String> {
        let Some(ttl) = job.spec.as_ref().and_then(|s| s.ttl_seconds_after_finished) else { return Ok(()) };
        if job.metadata.deletion_timestamp.is_some() {
            return Ok(());
        }
        let Some(c) = is_job_finished(job) else { return Ok(()) };
        let finished = c.last_transition_time.as_ref().map(|t| ctx.api.epoch().sim_time(&t.0)).unwrap_or(ctx.now);
        let at = finished + Duration::from_secs(ttl.max(0) as u64);
        if at > ctx.now {
            self.queue.add_after(key, at);
            ctx.wake_at(at);
            return Ok(());
        }
        let opts = DeleteOptions { propagation: Some(Propagation::Foreground), precondition_uid: job.metadata.uid.clone(), ..Default::default() };
        let (ns, name) = (job.metadata.namespace.clone().unwrap_or_default(), job.metadata.name.clone().unwrap_or_default());
        ctx.trace(format!("job {} finished {}s ago (ttlSecondsAfterFinished): deleting it", key, ttl));
        ctx.delete(Kind::Job, &ns, &name, &opts).map(|_| ()).or_else(|e| if e.is_not_found() { Ok(()) } else { Err(e.message) })
    }
}

/// The cache's shared references to `which` (pods of this Job), for deletion.
fn owned_refs(pods: &Informer, uid: &str, which: &[&Pod]) -> Vec<ObjectRef> {
    let wanted = crate::api::order::str_set(which.iter().filter_map(|p| p.metadata.uid.as_deref()));
    pods.controlled_by(uid).filter(|o| wanted.binary_search(&o.uid()).is_ok()).cloned().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn completed_indexes_are_compressed_intervals() {
        let set: Indexes = [0, 1, 2, 5, 7, 8].into_iter().collect();
        assert_eq!(format_indexes(&set), "0-2,5,7-8");
        assert_eq!(parse_indexes("0-2,5,7-8", 8), [0, 1, 2, 5, 7].into_iter().collect());
        assert_eq!(format_indexes(&Indexes::default()), "");
    }
}
