//! Job and CronJob strategies (`pkg/apis/batch/v1/defaults.go`, `pkg/registry/batch/job`):
//! completions/parallelism, backoffLimit, the generated `controller-uid` selector, and the
//! template restartPolicy rule (Never or OnFailure, never defaulted).

use crate::api::order::Collect;
use super::pod::{default_pod_spec, validate_pod_spec};
use crate::api::batch::{CronJob, Job, JobSpec};
use crate::api::metav1::LabelSelector;
use crate::apiserver::errors::FieldError;
use std::collections::BTreeMap;

pub fn default_job_spec(spec: &mut JobSpec, labels: &mut Option<BTreeMap<String, String>>) {
    if spec.completions.is_none() && spec.parallelism.is_none() {
        spec.completions = Some(1);
        spec.parallelism = Some(1);
    }
    spec.parallelism.get_or_insert(1);
    spec.backoff_limit.get_or_insert(if spec.backoff_limit_per_index.is_some() { i32::MAX } else { 6 });
    spec.completion_mode.get_or_insert_with(|| "NonIndexed".into());
    spec.suspend.get_or_insert(false);
    let policy = if spec.pod_failure_policy.is_some() { "Failed" } else { "TerminatingOrFailed" };
    spec.pod_replacement_policy.get_or_insert_with(|| policy.into());
    if let Some(ps) = spec.template.spec.as_mut() {
        // The template's restartPolicy is not defaulted: Job validation requires it.
        let rp = ps.restart_policy.take();
        default_pod_spec(ps);
        ps.restart_policy = rp;
    }
    if labels.as_ref().is_none_or(|l| l.is_empty()) {
        if let Some(tl) = spec.template.metadata.as_ref().and_then(|m| m.labels.clone()) {
            *labels = Some(tl);
        }
    }
}

pub fn default_job(j: &mut Job) {
    let spec = j.spec.get_or_insert_with(Default::default);
    default_job_spec(spec, &mut j.metadata.labels);
}

pub fn default_cronjob(c: &mut CronJob) {
    let spec = c.spec.get_or_insert_with(Default::default);
    spec.concurrency_policy.get_or_insert_with(|| "Allow".into());
    spec.suspend.get_or_insert(false);
    spec.successful_jobs_history_limit.get_or_insert(3);
    spec.failed_jobs_history_limit.get_or_insert(1);
    if let Some(js) = spec.job_template.spec.as_mut() {
        let mut labels = None;
        default_job_spec(js, &mut labels);
    }
}

/// `generateSelector`: a Job's pods are selected by its uid unless `manualSelector` is set.
pub fn generate_selector(j: &mut Job) {
    let uid = j.metadata.uid.clone().unwrap_or_default();
    let name = j.metadata.name.clone().unwrap_or_default();
    let spec = j.spec.get_or_insert_with(Default::default);
    if spec.manual_selector == Some(true) {
        return;
    }
    let tlabels = spec.template.metadata.get_or_insert_with(Default::default).labels.get_or_insert_with(Default::default);
    tlabels.insert("batch.kubernetes.io/controller-uid".into(), uid.clone());
    tlabels.insert("batch.kubernetes.io/job-name".into(), name.clone());
    tlabels.insert("controller-uid".into(), uid.clone());
    tlabels.insert("job-name".into(), name);
    spec.selector = Some(LabelSelector {
        match_labels: Some([("batch.kubernetes.io/controller-uid".to_string(), uid)].into_iter().into_map()),
        match_expressions: None,
    });
}

pub fn validate_job_spec(spec: &JobSpec, path: &str) -> Vec<FieldError> {
    let mut errs = Vec::new();
    for (field, v) in [("parallelism", spec.parallelism), ("completions", spec.completions), ("backoffLimit", spec.backoff_limit)] {
        if let Some(n) = v {
            if n < 0 {
                errs.push(FieldError::invalid(format!("{}.{}", path, field), &serde_json::Value::from(n), "must be greater than or equal to 0"));
            }
        }
    }
    match &spec.template.spec {
        None => errs.push(FieldError::required(format!("{}.template.spec.containers", path), "")),
        Some(ps) => {
            errs.extend(validate_pod_spec(ps, &format!("{}.template.spec", path)));
            match ps.restart_policy.as_deref() {
                None => errs.push(FieldError::required(format!("{}.template.spec.restartPolicy", path), "valid values: \"OnFailure\", \"Never\"")),
                Some("OnFailure") | Some("Never") => {}
                Some(other) => errs.push(FieldError::not_supported(format!("{}.template.spec.restartPolicy", path), other, &["OnFailure", "Never"])),
            }
        }
    }
    errs
}

pub fn validate_job(j: &Job) -> Vec<FieldError> {
    match &j.spec {
        Some(spec) => validate_job_spec(spec, "spec"),
        None => vec![FieldError::required("spec.template", "")],
    }
}

/// `validateScheduleFormat`: robfig/cron's standard parser, and no `TZ=` in new schedules.
fn cron_errors(s: &str) -> Vec<String> {
    let body = s.trim();
    let body = body.strip_prefix("TZ=").or(body.strip_prefix("CRON_TZ=")).map(|r| r.split_once(' ').map(|x| x.1).unwrap_or("")).unwrap_or(body);
    let mut errs: Vec<String> = crate::api::cron::parse(body).err().into_iter().collect();
    if s.contains("TZ") {
        errs.push("cannot use TZ or CRON_TZ in schedule, use timeZone field instead".into());
    }
    errs
}

pub fn validate_cronjob(c: &CronJob) -> Vec<FieldError> {
    let Some(spec) = &c.spec else { return vec![FieldError::required("spec.schedule", "")] };
    let mut errs = Vec::new();
    if spec.schedule.is_empty() {
        errs.push(FieldError::required("spec.schedule", ""));
    } else {
        for e in cron_errors(&spec.schedule) {
            errs.push(FieldError::invalid("spec.schedule", &crate::json!(spec.schedule), e));
        }
    }
    if let Some(p) = spec.concurrency_policy.as_deref() {
        if !["Allow", "Forbid", "Replace"].contains(&p) {
            errs.push(FieldError::not_supported("spec.concurrencyPolicy", p, &["Allow", "Forbid", "Replace"]));
        }
    }
    match &spec.job_template.spec {
        Some(js) => errs.extend(validate_job_spec(js, "spec.jobTemplate.spec")),
        None => errs.push(FieldError::required("spec.jobTemplate.spec.template", "")),
    }
    errs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cron_schedules() {
        assert!(cron_errors("*/1 * * * *").is_empty());
        assert!(cron_errors("0 0 * * 1-5").is_empty());
        assert!(cron_errors("@hourly").is_empty());
        assert!(!cron_errors("* * *").is_empty());
        assert_eq!(cron_errors("TZ=UTC 0 * * * *"), vec!["cannot use TZ or CRON_TZ in schedule, use timeZone field instead".to_string()]);
    }
}
