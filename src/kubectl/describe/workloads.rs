//! Workload describers: ReplicationController, ReplicaSet, Deployment (with its old and new
//! ReplicaSets), DaemonSet, StatefulSet, Job and CronJob.

use crate::api::order::Collect;
use super::containers::pod_template;
use super::events::{for_object, section};
use super::format::{format_label_selector, format_labels, human_between, int_or_string, rfc1123z, selector_string};
use super::storage::volume_claim_templates;
use super::{annotations_multiline, controlled_by, labels_multiline, ns_path, print_bool_ptr, tabbed, Client, Error, Result, Writer};
use crate::api::apps::{DaemonSet, Deployment, ReplicaSet, StatefulSet};
use crate::api::batch::{CronJob, Job, JobTemplateSpec};
use crate::api::core::{Pod, PodTemplateSpec, ReplicationController};
use crate::api::metav1::ObjectMeta;
use crate::kubectl::builder::Target;
use serde_json::Value;

/// Pods by phase: running, waiting (pending), succeeded, failed.
type PodCounts = (usize, usize, usize, usize);

/// `getPodStatusForController`: the phases of the pods the controller owns.
fn pod_status_for_controller(c: &mut Client, ns: &str, selector: &str, uid: &str) -> Result<PodCounts> {
    let pods: Vec<Pod> = c.list_as(&ns_path("/api/v1", ns, "pods"), selector, "")?;
    let mut counts = (0, 0, 0, 0);
    for p in &pods {
        let owned = p.metadata.owner_references.iter().flatten().any(|r| r.controller == Some(true) && r.uid == uid);
        if !owned {
            continue;
        }
        match p.status.as_ref().and_then(|s| s.phase.as_deref()) {
            Some("Running") => counts.0 += 1,
            Some("Pending") => counts.1 += 1,
            Some("Succeeded") => counts.2 += 1,
            Some("Failed") => counts.3 += 1,
            _ => {}
        }
    }
    Ok(counts)
}

fn counts_text(c: PodCounts) -> String {
    format!("{} Running / {} Waiting / {} Succeeded / {} Failed", c.0, c.1, c.2, c.3)
}

fn name_ns(w: &mut Writer, m: &ObjectMeta) {
    w.fmt(0, format_args!("Name:\t{}\n", m.name.as_deref().unwrap_or("")));
    w.fmt(0, format_args!("Namespace:\t{}\n", m.namespace.as_deref().unwrap_or("")));
}

fn uid(m: &ObjectMeta) -> String {
    m.uid.clone().unwrap_or_default()
}

/// `Conditions:` with `Type Status Reason` rows (note the space after each type).
fn conditions_table(w: &mut Writer, rows: &[(String, String, String)]) {
    if rows.is_empty() {
        return;
    }
    w.write(0, "Conditions:\n  Type\tStatus\tReason\n");
    w.write(1, "----\t------\t------\n");
    for (t, s, r) in rows {
        w.fmt(1, format_args!("{} \t{}\t{}\n", t, s, r));
    }
}

/// `describeReplicationController`.
pub fn replication_controller(c: &mut Client, t: &Target) -> Result<String> {
    let rc: ReplicationController = c.get_as(&t.path())?;
    let spec = rc.spec.clone().unwrap_or_default();
    let selector = crate::api::labels::Selector::from_map(&spec.selector.clone().unwrap_or_default()).to_string();
    let counts = pod_status_for_controller(c, &t.namespace, &selector, &uid(&rc.metadata))?;
    let events = for_object(c, "ReplicationController", &rc.metadata);
    let now = c.now_ms;
    Ok(tabbed(|w| {
        name_ns(w, &rc.metadata);
        w.fmt(0, format_args!("Selector:\t{}\n", format_labels(spec.selector.as_ref())));
        labels_multiline(w, "Labels", rc.metadata.labels.as_ref());
        annotations_multiline(w, "Annotations", rc.metadata.annotations.as_ref());
        let current = rc.status.as_ref().map(|s| s.replicas).unwrap_or(0);
        w.fmt(0, format_args!("Replicas:\t{} current / {} desired\n", current, spec.replicas.unwrap_or(0)));
        w.fmt(0, format_args!("Pods Status:\t{}\n", counts_text(counts)));
        match &spec.template {
            Some(tpl) => pod_template(w, tpl),
            None => {
                w.write(0, "Pod Template:\n");
                w.write(1, "<unset>");
            }
        }
        let rows: Vec<_> = rc.status.iter().flat_map(|s| s.conditions.iter().flatten()).map(|c| (c.type_.clone(), c.status.clone(), c.reason.clone().unwrap_or_default())).collect();
        conditions_table(w, &rows);
        section(w, &events, now);
    }))
}

/// `describeReplicaSet`.
pub fn replica_set(c: &mut Client, t: &Target) -> Result<String> {
    let rs: ReplicaSet = c.get_as(&t.path())?;
    let spec = rs.spec.clone().unwrap_or_default();
    let selector = selector_string(Some(&spec.selector)).map_err(Error::Plain)?;
    let counts = pod_status_for_controller(c, &t.namespace, &selector, &uid(&rs.metadata));
    let events = for_object(c, "ReplicaSet", &rs.metadata);
    let now = c.now_ms;
    Ok(tabbed(|w| {
        name_ns(w, &rs.metadata);
        w.fmt(0, format_args!("Selector:\t{}\n", format_label_selector(Some(&spec.selector))));
        labels_multiline(w, "Labels", rs.metadata.labels.as_ref());
        annotations_multiline(w, "Annotations", rs.metadata.annotations.as_ref());
        let owner = controlled_by(&rs.metadata);
        if !owner.is_empty() {
            w.fmt(0, format_args!("Controlled By:\t{}\n", owner));
        }
        let current = rs.status.as_ref().map(|s| s.replicas).unwrap_or(0);
        w.fmt(0, format_args!("Replicas:\t{} current / {} desired\n", current, spec.replicas.unwrap_or(0)));
        w.write(0, "Pods Status:\t");
        match counts {
            Ok(counts) => w.fmt(0, format_args!("{}\n", counts_text(counts))),
            Err(e) => w.fmt(0, format_args!("error in fetching pods: {}\n", e.message())),
        }
        pod_template(w, &spec.template.clone().unwrap_or_default());
        let rows: Vec<_> = rs.status.iter().flat_map(|s| s.conditions.iter().flatten()).map(|c| (c.type_.clone(), c.status.clone(), c.reason.clone().unwrap_or_default())).collect();
        conditions_table(w, &rows);
        section(w, &events, now);
    }))
}

/// A template as JSON with the `pod-template-hash` label removed and empty values dropped, so
/// that `apiequality.Semantic.DeepEqual` (nil and empty alike) becomes plain equality.
fn normalized_template(t: Option<&PodTemplateSpec>) -> Value {
    fn strip(v: Value) -> Value {
        match v {
            Value::Object(m) => {
                let m: serde_json::Map<String, Value> = m.into_iter().map(|(k, v)| (k, strip(v))).filter(|(_, v)| !is_empty(v)).into_json_map();
                Value::Object(m)
            }
            Value::Array(a) => Value::Array(a.into_iter().map(strip).collect()),
            other => other,
        }
    }
    fn is_empty(v: &Value) -> bool {
        match v {
            Value::Null => true,
            Value::Object(m) => m.is_empty(),
            Value::Array(a) => a.is_empty(),
            _ => false,
        }
    }
    let mut v = crate::api::json_value(&t.cloned().unwrap_or_default());
    if let Some(labels) = v.pointer_mut("/metadata/labels").and_then(Value::as_object_mut) {
        labels.remove("pod-template-hash");
    }
    strip(v)
}

/// `deploymentutil.GetAllReplicaSetsInChunks`: (all old ReplicaSets, the new one).
fn replica_sets_of(c: &mut Client, d: &Deployment, selector: &str) -> Result<(Vec<ReplicaSet>, Option<ReplicaSet>)> {
    let ns = d.metadata.namespace.clone().unwrap_or_default();
    let all: Vec<ReplicaSet> = c.list_as(&ns_path("/apis/apps/v1", &ns, "replicasets"), selector, "")?;
    let duid = uid(&d.metadata);
    let mut owned: Vec<ReplicaSet> = all.into_iter().filter(|rs| rs.metadata.owner_references.iter().flatten().any(|r| r.controller == Some(true) && r.uid == duid)).collect();
    let created = |rs: &ReplicaSet| rs.metadata.creation_timestamp.as_ref().map(|t| t.0.as_nanosecond()).unwrap_or(i128::MIN);
    super::gosort::sort(&mut owned, |a, b| if created(a) == created(b) { a.metadata.name < b.metadata.name } else { created(a) < created(b) });
    let want = normalized_template(d.spec.as_ref().map(|s| &s.template));
    let new_idx = owned.iter().position(|rs| normalized_template(rs.spec.as_ref().and_then(|s| s.template.as_ref())) == want);
    let new = new_idx.map(|i| owned.remove(i));
    Ok((owned, new))
}

fn replica_sets_text(list: &[&ReplicaSet]) -> String {
    let parts: Vec<String> = list
        .iter()
        .map(|rs| {
            let current = rs.status.as_ref().map(|s| s.replicas).unwrap_or(0);
            let desired = rs.spec.as_ref().and_then(|s| s.replicas).unwrap_or(0);
            format!("{} ({}/{} replicas created)", rs.metadata.name.as_deref().unwrap_or(""), current, desired)
        })
        .collect();
    if parts.is_empty() {
        "<none>".into()
    } else {
        parts.join(", ")
    }
}

/// `describeDeployment`.
pub fn deployment(c: &mut Client, t: &Target) -> Result<String> {
    let d: Deployment = c.get_as(&t.path())?;
    let spec = d.spec.clone().unwrap_or_default();
    let events = for_object(c, "Deployment", &d.metadata);
    let selector = selector_string(Some(&spec.selector)).map_err(Error::Plain)?;
    let (old, new) = replica_sets_of(c, &d, &selector).unwrap_or_default();
    let now = c.now_ms;
    let status = d.status.clone().unwrap_or_default();
    Ok(tabbed(|w| {
        name_ns(w, &d.metadata);
        w.fmt(0, format_args!("CreationTimestamp:\t{}\n", super::format::time_or_zero(d.metadata.creation_timestamp.as_ref())));
        labels_multiline(w, "Labels", d.metadata.labels.as_ref());
        annotations_multiline(w, "Annotations", d.metadata.annotations.as_ref());
        w.fmt(0, format_args!("Selector:\t{}\n", selector));
        w.write(
            0,
            &format!(
                "Replicas:\t{} desired | {} updated | {} total | {} available | {} unavailable\n",
                spec.replicas.unwrap_or(0),
                status.updated_replicas.unwrap_or(0),
                status.replicas.unwrap_or(0),
                status.available_replicas.unwrap_or(0),
                status.unavailable_replicas.unwrap_or(0)
            ),
        );
        let strategy = spec.strategy.clone().unwrap_or_default();
        w.fmt(0, format_args!("StrategyType:\t{}\n", strategy.type_.clone().unwrap_or_default()));
        w.fmt(0, format_args!("MinReadySeconds:\t{}\n", spec.min_ready_seconds.unwrap_or(0)));
        if let Some(ru) = &strategy.rolling_update {
            let s = |v: &Option<k8s_openapi::apimachinery::pkg::util::intstr::IntOrString>| v.as_ref().map(int_or_string).unwrap_or_else(|| "<nil>".into());
            w.fmt(0, format_args!("RollingUpdateStrategy:\t{} max unavailable, {} max surge\n", s(&ru.max_unavailable), s(&ru.max_surge)));
        }
        pod_template(w, &spec.template);
        let rows: Vec<_> = status.conditions.iter().flatten().map(|c| (c.type_.clone(), c.status.clone(), c.reason.clone().unwrap_or_default())).collect();
        conditions_table(w, &rows);
        if !old.is_empty() || new.is_some() {
            w.fmt(0, format_args!("OldReplicaSets:\t{}\n", replica_sets_text(&old.iter().collect::<Vec<_>>())));
            w.fmt(0, format_args!("NewReplicaSet:\t{}\n", replica_sets_text(&new.iter().collect::<Vec<_>>())));
        }
        section(w, &events, now);
    }))
}

/// `describeDaemonSet`.
pub fn daemon_set(c: &mut Client, t: &Target) -> Result<String> {
    let ds: DaemonSet = c.get_as(&t.path())?;
    let spec = ds.spec.clone().unwrap_or_default();
    let selector = selector_string(Some(&spec.selector)).map_err(Error::Plain)?;
    let counts = pod_status_for_controller(c, &t.namespace, &selector, &uid(&ds.metadata))?;
    let events = for_object(c, "DaemonSet", &ds.metadata);
    let now = c.now_ms;
    let status = ds.status.clone().unwrap_or_default();
    Ok(tabbed(|w| {
        name_ns(w, &ds.metadata);
        w.fmt(0, format_args!("Selector:\t{}\n", selector));
        let node_selector = spec.template.spec.as_ref().and_then(|s| s.node_selector.as_ref());
        w.fmt(0, format_args!("Node-Selector:\t{}\n", format_labels(node_selector)));
        labels_multiline(w, "Labels", ds.metadata.labels.as_ref());
        annotations_multiline(w, "Annotations", ds.metadata.annotations.as_ref());
        w.fmt(0, format_args!("Desired Number of Nodes Scheduled: {}\n", status.desired_number_scheduled));
        w.fmt(0, format_args!("Current Number of Nodes Scheduled: {}\n", status.current_number_scheduled));
        w.fmt(0, format_args!("Number of Nodes Scheduled with Up-to-date Pods: {}\n", status.updated_number_scheduled.unwrap_or(0)));
        w.fmt(0, format_args!("Number of Nodes Scheduled with Available Pods: {}\n", status.number_available.unwrap_or(0)));
        w.fmt(0, format_args!("Number of Nodes Misscheduled: {}\n", status.number_misscheduled));
        w.fmt(0, format_args!("Pods Status:\t{}\n", counts_text(counts)));
        pod_template(w, &spec.template);
        section(w, &events, now);
    }))
}

/// `describeStatefulSet`.
pub fn stateful_set(c: &mut Client, t: &Target) -> Result<String> {
    let sts: StatefulSet = c.get_as(&t.path())?;
    let spec = sts.spec.clone().unwrap_or_default();
    let selector = selector_string(Some(&spec.selector)).map_err(Error::Plain)?;
    let counts = pod_status_for_controller(c, &t.namespace, &selector, &uid(&sts.metadata))?;
    let events = for_object(c, "StatefulSet", &sts.metadata);
    let now = c.now_ms;
    Ok(tabbed(|w| {
        name_ns(w, &sts.metadata);
        w.fmt(0, format_args!("CreationTimestamp:\t{}\n", super::format::time_or_zero(sts.metadata.creation_timestamp.as_ref())));
        w.fmt(0, format_args!("Selector:\t{}\n", selector));
        labels_multiline(w, "Labels", sts.metadata.labels.as_ref());
        annotations_multiline(w, "Annotations", sts.metadata.annotations.as_ref());
        let total = sts.status.as_ref().map(|s| s.replicas).unwrap_or(0);
        w.fmt(0, format_args!("Replicas:\t{} desired | {} total\n", spec.replicas.unwrap_or(0), total));
        let strategy = spec.update_strategy.clone().unwrap_or_default();
        w.fmt(0, format_args!("Update Strategy:\t{}\n", strategy.type_.clone().unwrap_or_default()));
        if let Some(ru) = &strategy.rolling_update {
            if let Some(p) = ru.partition {
                w.fmt(1, format_args!("Partition:\t{}\n", p));
                if let Some(mu) = &ru.max_unavailable {
                    w.fmt(1, format_args!("MaxUnavailable:\t{}\n", int_or_string(mu)));
                }
            }
        }
        w.fmt(0, format_args!("Pods Status:\t{}\n", counts_text(counts)));
        pod_template(w, &spec.template);
        volume_claim_templates(w, spec.volume_claim_templates.as_deref().unwrap_or(&[]));
        section(w, &events, now);
    }))
}

/// `capIndexesListOrNone`.
fn cap_indexes(indexes: &str, soft_limit: usize) -> String {
    if indexes.is_empty() {
        return "<none>".into();
    }
    let bytes = indexes.as_bytes();
    let mut ix = soft_limit;
    while ix < bytes.len() && bytes[ix] != b',' {
        ix += 1;
    }
    if ix >= bytes.len() {
        return indexes.to_string();
    }
    format!("{}...", &indexes[..ix + 1])
}

/// `describeJob`.
pub fn job(c: &mut Client, t: &Target) -> Result<String> {
    let job: Job = c.get_as(&t.path())?;
    let events = for_object(c, "Job", &job.metadata);
    let now = c.now_ms;
    let spec = job.spec.clone().unwrap_or_default();
    let status = job.status.clone().unwrap_or_default();
    Ok(tabbed(|w| {
        name_ns(w, &job.metadata);
        match selector_string(spec.selector.as_ref()) {
            Ok(s) => w.fmt(0, format_args!("Selector:\t{}\n", s)),
            Err(e) => w.fmt(0, format_args!("Selector:\tFailed to get selector: {}\n", e)),
        }
        labels_multiline(w, "Labels", job.metadata.labels.as_ref());
        annotations_multiline(w, "Annotations", job.metadata.annotations.as_ref());
        let owner = controlled_by(&job.metadata);
        if !owner.is_empty() {
            w.fmt(0, format_args!("Controlled By:\t{}\n", owner));
        }
        if let Some(p) = spec.parallelism {
            w.fmt(0, format_args!("Parallelism:\t{}\n", p));
        }
        match spec.completions {
            Some(n) => w.fmt(0, format_args!("Completions:\t{}\n", n)),
            None => w.write(0, "Completions:\t<unset>\n"),
        }
        if let Some(m) = &spec.completion_mode {
            w.fmt(0, format_args!("Completion Mode:\t{}\n", m));
        }
        if let Some(s) = spec.suspend {
            w.fmt(0, format_args!("Suspend:\t{}\n", s));
        }
        if let Some(b) = spec.backoff_limit {
            w.fmt(0, format_args!("Backoff Limit:\t{}\n", b));
        }
        if let Some(ttl) = spec.ttl_seconds_after_finished {
            w.fmt(0, format_args!("TTL Seconds After Finished:\t{}\n", ttl));
        }
        if let Some(st) = &status.start_time {
            w.fmt(0, format_args!("Start Time:\t{}\n", rfc1123z(&st.0)));
        }
        if let Some(ct) = &status.completion_time {
            w.fmt(0, format_args!("Completed At:\t{}\n", rfc1123z(&ct.0)));
        }
        if let (Some(st), Some(ct)) = (&status.start_time, &status.completion_time) {
            w.fmt(0, format_args!("Duration:\t{}\n", human_between(&st.0, &ct.0)));
        }
        if let Some(a) = spec.active_deadline_seconds {
            w.fmt(0, format_args!("Active Deadline Seconds:\t{}s\n", a));
        }
        let (active, succeeded, failed) = (status.active.unwrap_or(0), status.succeeded.unwrap_or(0), status.failed.unwrap_or(0));
        match status.ready {
            None => w.fmt(0, format_args!("Pods Statuses:\t{} Active / {} Succeeded / {} Failed\n", active, succeeded, failed)),
            Some(r) => w.fmt(0, format_args!("Pods Statuses:\t{} Active ({} Ready) / {} Succeeded / {} Failed\n", active, r, succeeded, failed)),
        }
        if spec.completion_mode.as_deref() == Some("Indexed") {
            w.fmt(0, format_args!("Completed Indexes:\t{}\n", cap_indexes(status.completed_indexes.as_deref().unwrap_or(""), 50)));
        }
        pod_template(w, &spec.template);
        section(w, &events, now);
    }))
}

/// `describeJobTemplate`.
fn job_template(w: &mut Writer, t: &JobTemplateSpec) {
    let spec = t.spec.clone().unwrap_or_default();
    match &spec.selector {
        None => w.write(0, "Selector:\t<unset>\n"),
        Some(s) => match selector_string(Some(s)) {
            Ok(s) => w.fmt(0, format_args!("Selector:\t{}\n", s)),
            Err(e) => w.fmt(0, format_args!("Selector:\tFailed to get selector: {}\n", e)),
        },
    }
    let or_unset = |v: Option<i32>| v.map(|v| v.to_string()).unwrap_or_else(|| "<unset>".into());
    w.fmt(0, format_args!("Parallelism:\t{}\n", or_unset(spec.parallelism)));
    w.fmt(0, format_args!("Completions:\t{}\n", or_unset(spec.completions)));
    if let Some(a) = spec.active_deadline_seconds {
        w.fmt(0, format_args!("Active Deadline Seconds:\t{}s\n", a));
    }
    pod_template(w, &spec.template);
}

/// `describeCronJob`.
pub fn cron_job(c: &mut Client, t: &Target) -> Result<String> {
    let cj: CronJob = c.get_as(&t.path())?;
    let events = for_object(c, "CronJob", &cj.metadata);
    let now = c.now_ms;
    let spec = cj.spec.clone().unwrap_or_default();
    let status = cj.status.clone().unwrap_or_default();
    Ok(tabbed(|w| {
        name_ns(w, &cj.metadata);
        labels_multiline(w, "Labels", cj.metadata.labels.as_ref());
        annotations_multiline(w, "Annotations", cj.metadata.annotations.as_ref());
        w.fmt(0, format_args!("Schedule:\t{}\n", spec.schedule));
        w.fmt(0, format_args!("Concurrency Policy:\t{}\n", spec.concurrency_policy.clone().unwrap_or_default()));
        w.fmt(0, format_args!("Suspend:\t{}\n", print_bool_ptr(spec.suspend)));
        let or_unset = |v: Option<i32>| v.map(|v| v.to_string()).unwrap_or_else(|| "<unset>".into());
        w.fmt(0, format_args!("Successful Job History Limit:\t{}\n", or_unset(spec.successful_jobs_history_limit)));
        w.fmt(0, format_args!("Failed Job History Limit:\t{}\n", or_unset(spec.failed_jobs_history_limit)));
        match spec.starting_deadline_seconds {
            Some(s) => w.fmt(0, format_args!("Starting Deadline Seconds:\t{}s\n", s)),
            None => w.write(0, "Starting Deadline Seconds:\t<unset>\n"),
        }
        job_template(w, &spec.job_template);
        match &status.last_schedule_time {
            Some(ts) => w.fmt(0, format_args!("Last Schedule Time:\t{}\n", rfc1123z(&ts.0))),
            None => w.write(0, "Last Schedule Time:\t<unset>\n"),
        }
        w.write(0, "Active Jobs:\t");
        let active = status.active.clone().unwrap_or_default();
        if active.is_empty() {
            w.line("<none>");
        } else {
            let names: Vec<String> = active.iter().map(|j| j.name.clone().unwrap_or_default()).collect();
            w.write(0, &names.join(", "));
            w.line("");
        }
        section(w, &events, now);
    }))
}
