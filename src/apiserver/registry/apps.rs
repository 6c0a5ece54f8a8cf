//! Workload strategies (`pkg/apis/apps/v1/defaults.go`, `pkg/apis/apps/validation`): Deployment,
//! ReplicaSet, DaemonSet and StatefulSet defaults, and the selector/template checks every
//! controller-owned template shares.

use super::pod::{default_pod_spec, validate_pod_spec};
use crate::api::apps::{
    DaemonSet, DaemonSetUpdateStrategy, Deployment, DeploymentStrategy, ReplicaSet, RollingUpdateDaemonSet, RollingUpdateDeployment,
    RollingUpdateStatefulSetStrategy, StatefulSet, StatefulSetPersistentVolumeClaimRetentionPolicy, StatefulSetUpdateStrategy,
};
use crate::api::core::PodTemplateSpec;
use crate::api::labels::Selector;
use crate::api::metav1::LabelSelector;
use crate::apiserver::errors::FieldError;
use k8s_openapi::apimachinery::pkg::util::intstr::IntOrString;
use crate::json;

fn pct(s: &str) -> IntOrString {
    IntOrString::String(s.into())
}

pub fn default_template(t: &mut PodTemplateSpec) {
    if let Some(spec) = t.spec.as_mut() {
        default_pod_spec(spec);
    }
}

pub fn default_deployment(d: &mut Deployment) {
    let spec = d.spec.get_or_insert_with(Default::default);
    spec.replicas.get_or_insert(1);
    let strategy = spec.strategy.get_or_insert_with(DeploymentStrategy::default);
    let t = strategy.type_.get_or_insert_with(|| "RollingUpdate".into()).clone();
    if t == "RollingUpdate" {
        let ru = strategy.rolling_update.get_or_insert_with(RollingUpdateDeployment::default);
        ru.max_unavailable.get_or_insert_with(|| pct("25%"));
        ru.max_surge.get_or_insert_with(|| pct("25%"));
    }
    spec.revision_history_limit.get_or_insert(10);
    spec.progress_deadline_seconds.get_or_insert(600);
    default_template(&mut spec.template);
}

pub fn default_replicaset(rs: &mut ReplicaSet) {
    let spec = rs.spec.get_or_insert_with(Default::default);
    spec.replicas.get_or_insert(1);
    if let Some(t) = spec.template.as_mut() {
        default_template(t);
    }
}

pub fn default_daemonset(ds: &mut DaemonSet) {
    let spec = ds.spec.get_or_insert_with(Default::default);
    let us = spec.update_strategy.get_or_insert_with(DaemonSetUpdateStrategy::default);
    let t = us.type_.get_or_insert_with(|| "RollingUpdate".into()).clone();
    if t == "RollingUpdate" {
        let ru = us.rolling_update.get_or_insert_with(RollingUpdateDaemonSet::default);
        ru.max_unavailable.get_or_insert(IntOrString::Int(1));
        ru.max_surge.get_or_insert(IntOrString::Int(0));
    }
    spec.revision_history_limit.get_or_insert(10);
    default_template(&mut spec.template);
}

pub fn default_statefulset(s: &mut StatefulSet) {
    let spec = s.spec.get_or_insert_with(Default::default);
    spec.replicas.get_or_insert(1);
    spec.pod_management_policy.get_or_insert_with(|| "OrderedReady".into());
    let us = spec.update_strategy.get_or_insert_with(StatefulSetUpdateStrategy::default);
    let t = us.type_.get_or_insert_with(|| "RollingUpdate".into()).clone();
    if t == "RollingUpdate" {
        us.rolling_update.get_or_insert_with(RollingUpdateStatefulSetStrategy::default).partition.get_or_insert(0);
    }
    spec.revision_history_limit.get_or_insert(10);
    let p = spec.persistent_volume_claim_retention_policy.get_or_insert_with(StatefulSetPersistentVolumeClaimRetentionPolicy::default);
    p.when_deleted.get_or_insert_with(|| "Retain".into());
    p.when_scaled.get_or_insert_with(|| "Retain".into());
    for pvc in spec.volume_claim_templates.iter_mut().flatten() {
        let s = pvc.spec.get_or_insert_with(Default::default);
        s.volume_mode.get_or_insert_with(|| "Filesystem".into());
    }
    default_template(&mut spec.template);
}

/// The selector checks apps validation applies (`ValidateDeploymentSpec` and friends): required,
/// not empty, matching the template's labels; the template's restartPolicy must be Always.
pub fn validate_selector_and_template(selector: Option<&LabelSelector>, template: Option<&PodTemplateSpec>, what: &str) -> Vec<FieldError> {
    let mut errs = Vec::new();
    let sel = match selector {
        None => {
            errs.push(FieldError::required("spec.selector", ""));
            None
        }
        Some(ls) => {
            let empty = ls.match_labels.as_ref().is_none_or(|m| m.is_empty()) && ls.match_expressions.as_ref().is_none_or(|e| e.is_empty());
            if empty {
                errs.push(FieldError::invalid("spec.selector", &json!({}), format!("empty selector is invalid for {}", what)));
            }
            match Selector::from_label_selector(ls) {
                Ok(s) => Some(s),
                Err(e) => {
                    errs.push(FieldError::invalid("spec.selector", &crate::api::json_value(ls), e));
                    None
                }
            }
        }
    };
    let Some(t) = template else {
        errs.push(FieldError::required("spec.template", ""));
        return errs;
    };
    let labels = t.metadata.as_ref().and_then(|m| m.labels.clone()).unwrap_or_default();
    let matches = sel.as_ref().is_some_and(|s| !s.is_empty() && s.matches(Some(&labels)));
    if !matches {
        errs.push(FieldError::invalid("spec.template.metadata.labels", &json!(labels), "`selector` does not match template `labels`"));
    }
    match &t.spec {
        None => errs.push(FieldError::required("spec.template.spec.containers", "")),
        Some(ps) => {
            errs.extend(validate_pod_spec(ps, "spec.template.spec"));
            if let Some(rp) = ps.restart_policy.as_deref() {
                if rp != "Always" {
                    errs.push(FieldError::not_supported("spec.template.spec.restartPolicy", rp, &["Always"]));
                }
            }
        }
    }
    errs
}

fn replicas_ok(r: Option<i32>) -> Vec<FieldError> {
    match r {
        Some(n) if n < 0 => vec![FieldError::invalid("spec.replicas", &serde_json::Value::from(n), "must be greater than or equal to 0")],
        _ => vec![],
    }
}

pub fn validate_deployment(d: &Deployment) -> Vec<FieldError> {
    let Some(spec) = &d.spec else { return vec![FieldError::required("spec.selector", "")] };
    let mut errs = replicas_ok(spec.replicas);
    errs.extend(validate_selector_and_template(Some(&spec.selector).filter(|s| s.match_labels.is_some() || s.match_expressions.is_some()), Some(&spec.template), "deployment"));
    if let Some(t) = spec.strategy.as_ref().and_then(|s| s.type_.as_deref()) {
        if t != "Recreate" && t != "RollingUpdate" {
            errs.push(FieldError::not_supported("spec.strategy.type", t, &["Recreate", "RollingUpdate"]));
        }
        if t == "Recreate" && spec.strategy.as_ref().and_then(|s| s.rolling_update.as_ref()).is_some() {
            errs.push(FieldError::forbidden("spec.strategy.rollingUpdate", "may not be specified when strategy `type` is 'Recreate'"));
        }
    }
    errs
}

pub fn validate_replicaset(rs: &ReplicaSet) -> Vec<FieldError> {
    let Some(spec) = &rs.spec else { return vec![FieldError::required("spec.selector", "")] };
    let mut errs = replicas_ok(spec.replicas);
    errs.extend(validate_selector_and_template(Some(&spec.selector).filter(|s| s.match_labels.is_some() || s.match_expressions.is_some()), spec.template.as_ref(), "deployment"));
    errs
}

pub fn validate_daemonset(ds: &DaemonSet) -> Vec<FieldError> {
    let Some(spec) = &ds.spec else { return vec![FieldError::required("spec.selector", "")] };
    validate_selector_and_template(Some(&spec.selector).filter(|s| s.match_labels.is_some() || s.match_expressions.is_some()), Some(&spec.template), "daemonset")
}

pub fn validate_statefulset(s: &StatefulSet) -> Vec<FieldError> {
    let Some(spec) = &s.spec else { return vec![FieldError::required("spec.selector", "")] };
    let mut errs = replicas_ok(spec.replicas);
    errs.extend(validate_selector_and_template(Some(&spec.selector).filter(|s| s.match_labels.is_some() || s.match_expressions.is_some()), Some(&spec.template), "statefulset"));
    errs
}

/// Selectors may not change once set (apps/v1).
pub fn validate_selector_immutable(new: Option<&LabelSelector>, old: Option<&LabelSelector>) -> Vec<FieldError> {
    if new != old {
        vec![FieldError::invalid("spec.selector", &new.map_or(serde_json::Value::Null, crate::api::json_value), "field is immutable")]
    } else {
        vec![]
    }
}
