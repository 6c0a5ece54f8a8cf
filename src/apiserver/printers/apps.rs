//! Table rows for workloads: ReplicaSet, Deployment, DaemonSet, StatefulSet, Job, CronJob.

use super::container_cells;
use crate::api::apps::{DaemonSet, Deployment, ReplicaSet, StatefulSet};
use crate::api::batch::{CronJob, Job};
use crate::api::core::PodTemplateSpec;
use crate::api::labels::{format_label_selector, format_labels};
use crate::api::meta::Epoch;
use crate::sim::clock::{human_duration_signed, SimTime};
use serde_json::Value;

fn containers(t: Option<&PodTemplateSpec>) -> (String, String) {
    container_cells(&t.and_then(|t| t.spec.as_ref()).map(|s| s.containers.clone()).unwrap_or_default())
}

/// `printBool`.
pub fn print_bool(b: bool) -> &'static str {
    if b {
        "True"
    } else {
        "False"
    }
}

pub fn rs_cells(rs: &ReplicaSet, age: String) -> Vec<Value> {
    let spec = rs.spec.clone().unwrap_or_default();
    let st = rs.status.clone().unwrap_or_default();
    let (names, images) = containers(spec.template.as_ref());
    vec![
        Value::from(rs.metadata.name.clone().unwrap_or_default()),
        Value::from(spec.replicas.unwrap_or(1)),
        Value::from(st.replicas),
        Value::from(st.ready_replicas.unwrap_or(0)),
        Value::from(age),
        Value::from(names),
        Value::from(images),
        Value::from(format_label_selector(Some(&spec.selector))),
    ]
}

pub fn deployment_cells(d: &Deployment, age: String) -> Vec<Value> {
    let spec = d.spec.clone().unwrap_or_default();
    let st = d.status.clone().unwrap_or_default();
    let (names, images) = containers(Some(&spec.template));
    vec![
        Value::from(d.metadata.name.clone().unwrap_or_default()),
        Value::from(format!("{}/{}", st.ready_replicas.unwrap_or(0), spec.replicas.unwrap_or(1))),
        Value::from(st.updated_replicas.unwrap_or(0)),
        Value::from(st.available_replicas.unwrap_or(0)),
        Value::from(age),
        Value::from(names),
        Value::from(images),
        Value::from(format_label_selector(Some(&spec.selector))),
    ]
}

pub fn ds_cells(ds: &DaemonSet, age: String) -> Vec<Value> {
    let spec = ds.spec.clone().unwrap_or_default();
    let st = ds.status.clone().unwrap_or_default();
    let (names, images) = containers(Some(&spec.template));
    let node_selector = spec.template.spec.as_ref().and_then(|s| s.node_selector.clone());
    vec![
        Value::from(ds.metadata.name.clone().unwrap_or_default()),
        Value::from(st.desired_number_scheduled),
        Value::from(st.current_number_scheduled),
        Value::from(st.number_ready),
        Value::from(st.updated_number_scheduled.unwrap_or(0)),
        Value::from(st.number_available.unwrap_or(0)),
        Value::from(format_labels(node_selector.as_ref())),
        Value::from(age),
        Value::from(names),
        Value::from(images),
        Value::from(format_label_selector(Some(&spec.selector))),
    ]
}

pub fn sts_cells(s: &StatefulSet, age: String) -> Vec<Value> {
    let spec = s.spec.clone().unwrap_or_default();
    let st = s.status.clone().unwrap_or_default();
    let (names, images) = containers(Some(&spec.template));
    vec![
        Value::from(s.metadata.name.clone().unwrap_or_default()),
        Value::from(format!("{}/{}", st.ready_replicas.unwrap_or(0), spec.replicas.unwrap_or(1))),
        Value::from(age),
        Value::from(names),
        Value::from(images),
    ]
}

/// `printJob`: STATUS from the conditions in upstream's order, COMPLETIONS, DURATION.
pub fn job_cells(j: &Job, epoch: Epoch, now: SimTime, age: String) -> Vec<Value> {
    let spec = j.spec.clone().unwrap_or_default();
    let st = j.status.clone().unwrap_or_default();
    let succeeded = st.succeeded.unwrap_or(0);
    let completions = match spec.completions {
        Some(c) => format!("{}/{}", succeeded, c),
        None if spec.parallelism.unwrap_or(0) > 1 => format!("{}/1 of {}", succeeded, spec.parallelism.unwrap_or(0)),
        None => format!("{}/1", succeeded),
    };
    let duration = match (&st.start_time, &st.completion_time) {
        (None, _) => String::new(),
        (Some(s), None) => human_duration_signed(epoch.nanos_since(&s.0, now)),
        (Some(s), Some(c)) => human_duration_signed(c.0.as_nanosecond() - s.0.as_nanosecond()),
    };
    let has = |t: &str| st.conditions.iter().flatten().any(|c| c.type_ == t && c.status == "True");
    let status = if has("Complete") {
        "Complete"
    } else if has("Failed") {
        "Failed"
    } else if j.metadata.deletion_timestamp.is_some() {
        "Terminating"
    } else if has("Suspended") {
        "Suspended"
    } else if has("FailureTarget") {
        "FailureTarget"
    } else if has("SuccessCriteriaMet") {
        "SuccessCriteriaMet"
    } else {
        "Running"
    };
    let (names, images) = containers(Some(&spec.template));
    vec![
        Value::from(j.metadata.name.clone().unwrap_or_default()),
        Value::from(status),
        Value::from(completions),
        Value::from(duration),
        Value::from(age),
        Value::from(names),
        Value::from(images),
        Value::from(format_label_selector(spec.selector.as_ref())),
    ]
}

pub fn cronjob_cells(c: &CronJob, epoch: Epoch, now: SimTime, age: String) -> Vec<Value> {
    let spec = c.spec.clone().unwrap_or_default();
    let st = c.status.clone().unwrap_or_default();
    let last = st.last_schedule_time.as_ref().map(|t| human_duration_signed(epoch.nanos_since(&t.0, now))).unwrap_or_else(|| "<none>".into());
    let job_spec = spec.job_template.spec.clone().unwrap_or_default();
    let (names, images) = containers(Some(&job_spec.template));
    vec![
        Value::from(c.metadata.name.clone().unwrap_or_default()),
        Value::from(spec.schedule),
        Value::from(spec.time_zone.clone().unwrap_or_else(|| "<none>".into())),
        Value::from(spec.suspend.map(print_bool).unwrap_or("<unset>")),
        Value::from(st.active.as_ref().map_or(0, |a| a.len())),
        Value::from(last),
        Value::from(age),
        Value::from(names),
        Value::from(images),
        Value::from(format_label_selector(job_spec.selector.as_ref())),
    ]
}
