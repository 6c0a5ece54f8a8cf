//! ReplicationController strategy: defaults (selector and labels from the template, one replica,
//! pod-template defaults) and validation (`ValidateReplicationControllerSpec`).

use super::pod::{default_pod_spec, validate_pod_spec};
use crate::api::core::ReplicationController;
use crate::api::labels::Selector;
use crate::apiserver::errors::FieldError;

pub fn default(rc: &mut ReplicationController) {
    let spec = rc.spec.get_or_insert_with(Default::default);
    let template_labels = spec.template.as_ref().and_then(|t| t.metadata.as_ref()).and_then(|m| m.labels.clone());
    if let Some(labels) = template_labels.filter(|l| !l.is_empty()) {
        if spec.selector.as_ref().is_none_or(|s| s.is_empty()) {
            spec.selector = Some(labels.clone());
        }
        if rc.metadata.labels.as_ref().is_none_or(|l| l.is_empty()) {
            rc.metadata.labels = Some(labels);
        }
    }
    if spec.replicas.is_none() {
        spec.replicas = Some(1);
    }
    if let Some(pod_spec) = spec.template.as_mut().and_then(|t| t.spec.as_mut()) {
        default_pod_spec(pod_spec);
    }
}

pub fn validate(rc: &ReplicationController) -> Vec<FieldError> {
    let mut errs = Vec::new();
    let Some(spec) = &rc.spec else {
        return vec![FieldError::required("spec.selector", "")];
    };
    let replicas = spec.replicas.unwrap_or(1);
    if replicas < 0 {
        errs.push(FieldError::invalid("spec.replicas", &serde_json::Value::from(replicas), "must be greater than or equal to 0"));
    }
    let selector = spec.selector.clone().unwrap_or_default();
    if selector.is_empty() {
        errs.push(FieldError::required("spec.selector", ""));
    }
    match &spec.template {
        None => errs.push(FieldError::required("spec.template", "")),
        Some(t) => {
            let labels = t.metadata.as_ref().and_then(|m| m.labels.clone()).unwrap_or_default();
            if !selector.is_empty() && !Selector::from_map(&selector).matches(Some(&labels)) {
                errs.push(FieldError::invalid(
                    "spec.template.metadata.labels",
                    &crate::json!(labels),
                    "`selector` does not match template `labels`",
                ));
            }
            match &t.spec {
                Some(ps) => {
                    errs.extend(validate_pod_spec(ps, "spec.template.spec"));
                    if let Some(rp) = ps.restart_policy.as_deref() {
                        if rp != "Always" {
                            errs.push(FieldError::not_supported("spec.template.spec.restartPolicy", rp, &["Always"]));
                        }
                    }
                }
                None => errs.push(FieldError::required("spec.template.spec.containers", "")),
            }
        }
    }
    errs
}
