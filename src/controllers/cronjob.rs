//! The CronJob controller (`pkg/controller/cronjob`, v2): evaluates each schedule in virtual time,
//! creates `<cronjob>-<minutes since the epoch>` Jobs, applies the concurrency policy and the
//! starting deadline, keeps `status.active`, `lastScheduleTime` and `lastSuccessfulTime`, and
//! deletes finished Jobs beyond the history limits; it wakes 100 ms after the next activation.

use super::job::is_job_finished;
use crate::api::batch::{CronJob, Job};
use crate::api::core::ObjectReference;
use crate::api::cron::{self, Schedule};
use crate::api::meta::controller_of;
use crate::api::metav1::ObjectMeta;
use crate::api::{Kind, Object, ObjectRef, Typed};
use crate::apiserver::{DeleteOptions, Propagation};
use crate::client::events::{Recorder, NORMAL, WARNING};
use crate::client::informer::{Delta, Informer};
use crate::client::workqueue::{sync_cost, WorkQueue, Workers};
use crate::client::Ctx;
use crate::sim::clock::SimTime;
use std::time::Duration;

pub const SCHEDULED_TIMESTAMP: &str = "batch.kubernetes.io/cronjob-scheduled-timestamp";
/// `--concurrent-cron-job-syncs`.
const WORKERS: usize = 5;
/// `nextScheduleDelta`.
const DELTA: Duration = Duration::from_millis(100);

pub struct CronJobController {
    pub queue: WorkQueue,
    pub(crate) workers: Workers,
    recorder: Recorder,
    examined: usize,
    writes: usize,
}

impl Default for CronJobController {
    fn default() -> Self {
        CronJobController { queue: WorkQueue::new(), workers: Workers::new(WORKERS), recorder: Recorder::new("cronjob-controller", None), examined: 0, writes: 0 }
    }
}

fn unix(t: &k8s_openapi::apimachinery::pkg::apis::meta::v1::Time) -> i64 {
    t.0.as_second()
}

/// `mostRecentScheduleTime`: (the latest activation not after now, how many were missed).
fn most_recent(cj: &CronJob, now: i64, sched: &Schedule, offset: i64, with_deadline: bool) -> (i64, Option<i64>, u32) {
    let spec = cj.spec.as_ref();
    let mut earliest = cj.status.as_ref().and_then(|s| s.last_schedule_time.as_ref()).or(cj.metadata.creation_timestamp.as_ref()).map(unix).unwrap_or(now);
    if let Some(sds) = spec.and_then(|s| s.starting_deadline_seconds).filter(|_| with_deadline) {
        earliest = earliest.max(now - sds);
    }
    let Some(t1) = sched.next(earliest, offset) else { return (earliest, None, 0) };
    if now < t1 {
        return (earliest, None, 0);
    }
    let mut latest = t1;
    let mut missed = 1;
    while let Some(t) = sched.next(latest, offset).filter(|t| *t <= now) {
        latest = t;
        missed += 1;
        if missed > 100_000 {
            break;
        }
    }
    (earliest, Some(latest), missed)
}

fn job_ref(j: &ObjectRef) -> ObjectReference {
    ObjectReference {
        api_version: Some("batch/v1".into()),
        kind: Some("Job".into()),
        name: Some(j.name().into()),
        namespace: Some(j.namespace().into()),
        resource_version: j.meta().resource_version.clone(),
        uid: Some(j.uid().into()),
        field_path: None,
    }
}

impl CronJobController {
    pub fn on_cronjob(&mut self, d: &Delta) {
        self.queue.add(&d.object().cache_key());
    }

    pub fn on_job(&mut self, d: &Delta) {
        let o = d.object();
        if let Some(r) = controller_of(o.meta()).filter(|r| r.kind == "CronJob") {
            self.queue.add(&crate::api::meta::cache_key(o.namespace(), &r.name));
        }
    }

    pub fn next_ready(&self, now: SimTime) -> Option<SimTime> {
        self.workers.next_ready(&self.queue, now)
    }

    pub fn process(&mut self, ctx: &mut Ctx, cronjobs: &Informer, jobs: &Informer) {
        while let Some((w, key)) = self.workers.next(&mut self.queue, ctx.now) {
            self.examined = 0;
            self.writes = 0;
            match self.sync(ctx, &key, cronjobs, jobs) {
                Ok(requeue) => {
                    self.queue.forget(&key);
                    if let Some(at) = requeue {
                        self.queue.add_after(&key, at);
                        ctx.wake_at(at);
                    }
                }
                Err(e) => {
                    ctx.trace(format!("sync cronjob {} failed: {}; requeued with backoff", key, e));
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

    fn delete_job(&mut self, ctx: &mut Ctx, obj: &Object, ns: &str, name: &str) -> bool {
        self.writes += 1;
        let opts = DeleteOptions { propagation: Some(Propagation::Background), ..Default::default() };
        match ctx.delete(Kind::Job, ns, name, &opts) {
            Ok(_) => {
                self.recorder.event(ctx, obj, NORMAL, "SuccessfulDelete", &format!("Deleted job {}", name));
                true
            }
            Err(e) if e.is_not_found() => true,
            Err(e) => {
                self.recorder.event(ctx, obj, WARNING, "FailedDelete", &format!("Deleted job: {}", e.message));
                false
            }
        }
    }

    /// `sync` + `syncCronJob` + `cleanupFinishedJobs`; returns when to look again.
    fn sync(&mut self, ctx: &mut Ctx, key: &str, cronjobs: &Informer, jobs: &Informer) -> Result<Option<SimTime>, String> {
        let Some(obj) = cronjobs.get(key).cloned() else { return Ok(None) };
        let Some(cj0) = CronJob::from_object(&obj) else { return Ok(None) };
        let mut cj = cj0.clone();
        let ns = obj.namespace().to_string();
        let children: Vec<&ObjectRef> = jobs.controlled_by(obj.uid()).collect();
        self.examined = children.len();
        let status = cj.status.get_or_insert_with(Default::default);
        for j in &children {
            let Some(job) = Job::from_object(j) else { continue };
            let active = status.active.as_ref().and_then(|a| a.iter().position(|r| r.uid.as_deref() == Some(j.uid())));
            let finished = is_job_finished(job);
            match (active, finished) {
                (None, None) => self.recorder.event(ctx, &obj, WARNING, "UnexpectedJob", &format!("Saw a job that the controller did not create or forgot: {}", j.name())),
                (Some(i), Some(c)) => {
                    let msg = format!("Saw completed job: {}, condition: {}", j.name(), c.type_);
                    if let Some(a) = status.active.as_mut() {
                        a.remove(i);
                    }
                    self.recorder.event(ctx, &obj, NORMAL, "SawCompletedJob", &msg);
                }
                _ => {}
            }
            if finished.is_some_and(|c| c.type_ == "Complete") {
                let done = job.status.as_ref().and_then(|s| s.completion_time.clone());
                if done.as_ref().map(unix) > status.last_successful_time.as_ref().map(unix) {
                    status.last_successful_time = done;
                }
            }
        }
        let missing: Vec<ObjectReference> = status.active.iter().flatten().filter(|r| !children.iter().any(|c| Some(c.uid()) == r.uid.as_deref())).cloned().collect();
        for r in missing {
            if ctx.get(Kind::Job, &ns, r.name.as_deref().unwrap_or("")).is_err_and(|e| e.is_not_found()) {
                self.recorder.event(ctx, &obj, NORMAL, "MissingJob", &format!("Active job went missing: {}", r.name.as_deref().unwrap_or("")));
                status.active.get_or_insert_with(Vec::new).retain(|a| a.uid != r.uid);
            }
        }
        let requeue = if cj.metadata.deletion_timestamp.is_some() { None } else { self.schedule(ctx, &obj, &mut cj)? };
        let st = cj.status.get_or_insert_with(Default::default);
        if st.active.as_ref().is_some_and(|a| a.is_empty()) {
            st.active = None;
        }
        if cj.status != cj0.status {
            self.writes += 1;
            ctx.update_status(cj.clone().into_object()).map_err(|e| e.message)?;
        }
        self.cleanup(ctx, &obj, &cj, &children);
        Ok(requeue)
    }

    /// The scheduling half of `syncCronJob`: create the Job for the latest missed activation.
    fn schedule(&mut self, ctx: &mut Ctx, obj: &Object, cj: &mut CronJob) -> Result<Option<SimTime>, String> {
        let spec = cj.spec.clone().unwrap_or_default();
        if spec.suspend == Some(true) {
            return Ok(None);
        }
        let Some(offset) = cron::fixed_offset(spec.time_zone.as_deref()) else {
            let msg = format!("invalid timeZone: {:?}: unknown time zone {}", spec.time_zone.as_deref().unwrap_or(""), spec.time_zone.as_deref().unwrap_or(""));
            self.recorder.event(ctx, obj, WARNING, "UnknownTimeZone", &msg);
            return Ok(None);
        };
        let sched = match cron::parse(&spec.schedule) {
            Ok(s) => s,
            Err(e) => {
                self.recorder.event(ctx, obj, WARNING, "UnparseableSchedule", &format!("unparseable schedule: {:?} : {}", spec.schedule, e));
                return Ok(None);
            }
        };
        let epoch = ctx.api.epoch();
        let now_ts = epoch.timestamp(ctx.now);
        let now = now_ts.as_second();
        // `nextScheduleTimeDuration`: 100 ms after the activation that follows the latest one.
        let next_after = |cj: &CronJob| {
            let (earliest, latest, _) = most_recent(cj, now, &sched, offset, false);
            sched.next(latest.unwrap_or(earliest), offset).map(|t| epoch.sim_time(&k8s_openapi::jiff::Timestamp::from_second(t).unwrap_or(now_ts)) + DELTA)
        };
        let (_, scheduled, missed) = most_recent(cj, now, &sched, offset, true);
        let Some(scheduled) = scheduled else { return Ok(next_after(cj)) };
        if missed > 100 {
            self.recorder.event(ctx, obj, WARNING, "TooManyMissedTimes", "too many missed start times. Set or decrease .spec.startingDeadlineSeconds or check clock skew");
        }
        if spec.starting_deadline_seconds.is_some_and(|sds| scheduled + sds < now) {
            let ts = k8s_openapi::jiff::Timestamp::from_second(scheduled).unwrap_or(now_ts);
            self.recorder.event(ctx, obj, WARNING, "MissSchedule", &format!("Missed scheduled time to start a job: {}", crate::api::timefmt::rfc1123z(&ts)));
            return Ok(next_after(cj));
        }
        let name = format!("{}-{}", cj.metadata.name.as_deref().unwrap_or(""), scheduled / 60);
        let status = cj.status.get_or_insert_with(Default::default);
        let active = status.active.get_or_insert_with(Vec::new);
        if active.iter().any(|r| r.name.as_deref() == Some(&name)) || status.last_schedule_time.as_ref().map(unix) == Some(scheduled) {
            return Ok(next_after(cj));
        }
        let policy = spec.concurrency_policy.as_deref().unwrap_or("Allow");
        if policy == "Forbid" && !active.is_empty() {
            self.recorder.event(ctx, obj, NORMAL, "JobAlreadyActive", "Not starting job because prior execution is running and concurrency policy is Forbid");
            return Ok(next_after(cj));
        }
        let ns = obj.namespace().to_string();
        if policy == "Replace" {
            for r in active.clone() {
                if !self.delete_job(ctx, obj, &ns, r.name.as_deref().unwrap_or("")) {
                    return Err(format!("could not replace job {}/{}", ns, r.name.unwrap_or_default()));
                }
                active.retain(|a| a.uid != r.uid);
            }
        }
        let template = spec.job_template.clone();
        let tmeta = template.metadata.unwrap_or_default();
        let mut annotations = tmeta.annotations.unwrap_or_default();
        annotations.insert(SCHEDULED_TIMESTAMP.into(), cron::rfc3339_in(scheduled, offset));
        let job = Job {
            metadata: ObjectMeta {
                name: Some(name.clone()),
                namespace: Some(ns.clone()),
                labels: tmeta.labels,
                annotations: Some(annotations),
                owner_references: Some(vec![crate::api::meta::controller_ref("batch/v1", "CronJob", &cj.metadata)]),
                ..Default::default()
            },
            spec: template.spec,
            status: None,
        };
        self.writes += 1;
        let created = match ctx.create(&ns, job.into_object()) {
            Ok(j) => {
                self.recorder.event(ctx, obj, NORMAL, "SuccessfulCreate", &format!("Created job {}", name));
                j
            }
            Err(e) if e.is_already_exists() => ctx.get(Kind::Job, &ns, &name).map_err(|e| e.message)?,
            Err(e) => {
                self.recorder.event(ctx, obj, WARNING, "FailedCreate", &format!("Error creating job: {}", e.message));
                return Err(e.message);
            }
        };
        let status = cj.status.get_or_insert_with(Default::default);
        status.active.get_or_insert_with(Vec::new).push(job_ref(&created));
        status.last_schedule_time = Some(k8s_openapi::apimachinery::pkg::apis::meta::v1::Time(k8s_openapi::jiff::Timestamp::from_second(scheduled).unwrap_or(now_ts)));
        Ok(next_after(cj))
    }

    /// `cleanupFinishedJobs`: keep the newest `successfulJobsHistoryLimit` complete and
    /// `failedJobsHistoryLimit` failed Jobs.
    fn cleanup(&mut self, ctx: &mut Ctx, obj: &Object, cj: &CronJob, children: &[&ObjectRef]) {
        let spec = cj.spec.clone().unwrap_or_default();
        if spec.successful_jobs_history_limit.is_none() && spec.failed_jobs_history_limit.is_none() {
            return;
        }
        for (kind, limit) in [("Complete", spec.successful_jobs_history_limit), ("Failed", spec.failed_jobs_history_limit)] {
            let Some(limit) = limit else { continue };
            let mut done: Vec<&Job> = children.iter().filter_map(|o| Job::from_object(o)).filter(|j| is_job_finished(j).is_some_and(|c| c.type_ == kind)).collect();
            if done.len() <= limit.max(0) as usize {
                continue;
            }
            // `byJobStartTime`: jobs without a start time last, then by start time, then name.
            crate::api::order::sort_by_key(&mut done, |j| {
                let start = j.status.as_ref().and_then(|s| s.start_time.as_ref()).map(unix);
                (start.is_none(), start, j.metadata.name.clone())
            });
            let excess = done.len() - limit.max(0) as usize;
            for j in done.into_iter().take(excess) {
                let (ns, name) = (j.metadata.namespace.clone().unwrap_or_default(), j.metadata.name.clone().unwrap_or_default());
                self.delete_job(ctx, obj, &ns, &name);
            }
        }
    }
}
