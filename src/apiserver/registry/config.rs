//! Strategies for configuration and storage kinds: ConfigMap and Secret (keys, `stringData`,
//! `immutable`), PV and PVC, StorageClass, PriorityClass, NetworkPolicy, LimitRange, HPA.

use crate::api::autoscaling::{HorizontalPodAutoscaler, MetricSpec, MetricTarget, ResourceMetricSource};
use crate::api::core::{ConfigMap, LimitRange, PersistentVolume, PersistentVolumeClaim, Secret};
use crate::api::networking::NetworkPolicy;
use crate::api::scheduling::PriorityClass;
use crate::api::storage::StorageClass;
use crate::apiserver::errors::FieldError;
use k8s_openapi::ByteString;

/// `IsConfigMapKey`.
fn key_errors(field: &str, key: &str) -> Vec<FieldError> {
    let mut errs = Vec::new();
    let ok = !key.is_empty() && key.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'));
    if !ok {
        errs.push(FieldError::invalid(
            format!("{}[{}]", field, key),
            &serde_json::Value::from(key),
            "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')",
        ));
    }
    if key == "." || key == ".." {
        errs.push(FieldError::invalid(format!("{}[{}]", field, key), &serde_json::Value::from(key), format!("must not be '{}'", key)));
    }
    errs
}

pub fn validate_configmap(cm: &ConfigMap) -> Vec<FieldError> {
    let mut errs = Vec::new();
    for k in cm.data.iter().flat_map(|d| d.keys()) {
        errs.extend(key_errors("data", k));
    }
    for k in cm.binary_data.iter().flat_map(|d| d.keys()) {
        errs.extend(key_errors("binaryData", k));
        if cm.data.as_ref().is_some_and(|d| d.contains_key(k)) {
            errs.push(FieldError::invalid(format!("data[{}]", k), &crate::json!(k), "duplicate of key present in binaryData"));
        }
    }
    errs
}

/// Secrets store `stringData` merged into `data` (the v1 conversion does it); type defaults to Opaque.
pub fn default_secret(s: &mut Secret) {
    s.type_.get_or_insert_with(|| "Opaque".into());
    if let Some(sd) = s.string_data.take() {
        let data = s.data.get_or_insert_with(Default::default);
        for (k, v) in sd {
            data.insert(k, ByteString(v.into_bytes()));
        }
    }
}

pub fn validate_secret(s: &Secret) -> Vec<FieldError> {
    let mut errs = Vec::new();
    for k in s.data.iter().flat_map(|d| d.keys()) {
        errs.extend(key_errors("data", k));
    }
    if s.type_.as_deref() == Some("kubernetes.io/tls") {
        for k in ["tls.crt", "tls.key"] {
            if !s.data.as_ref().is_some_and(|d| d.contains_key(k)) {
                errs.push(FieldError::required(format!("data[{}]", k), ""));
            }
        }
    }
    errs
}

/// ConfigMaps and Secrets marked `immutable` keep their data.
pub fn validate_immutable(new_immutable: Option<bool>, old_immutable: Option<bool>, data_changed: bool) -> Vec<FieldError> {
    let mut errs = Vec::new();
    if old_immutable == Some(true) {
        if new_immutable != Some(true) {
            errs.push(FieldError::forbidden("immutable", "field is immutable when `immutable` is set"));
        }
        if data_changed {
            errs.push(FieldError::forbidden("data", "field is immutable when `immutable` is set"));
        }
    }
    errs
}

pub fn default_pv(pv: &mut PersistentVolume) {
    let spec = pv.spec.get_or_insert_with(Default::default);
    spec.persistent_volume_reclaim_policy.get_or_insert_with(|| "Retain".into());
    spec.volume_mode.get_or_insert_with(|| "Filesystem".into());
    pv.status.get_or_insert_with(Default::default).phase.get_or_insert_with(|| "Pending".into());
}

pub fn default_pvc(pvc: &mut PersistentVolumeClaim) {
    let spec = pvc.spec.get_or_insert_with(Default::default);
    spec.volume_mode.get_or_insert_with(|| "Filesystem".into());
    pvc.status.get_or_insert_with(Default::default).phase.get_or_insert_with(|| "Pending".into());
}

pub fn validate_pvc(pvc: &PersistentVolumeClaim) -> Vec<FieldError> {
    let mut errs = Vec::new();
    let spec = pvc.spec.clone().unwrap_or_default();
    if spec.access_modes.as_ref().is_none_or(|m| m.is_empty()) {
        errs.push(FieldError::required("spec.accessModes", "at least 1 access mode is required"));
    }
    let has_storage = spec.resources.as_ref().and_then(|r| r.requests.as_ref()).is_some_and(|r| r.contains_key("storage"));
    if !has_storage {
        errs.push(FieldError::required("spec.resources[storage]", ""));
    }
    errs
}

pub fn default_storage_class(sc: &mut StorageClass) {
    sc.reclaim_policy.get_or_insert_with(|| "Delete".into());
    sc.volume_binding_mode.get_or_insert_with(|| "Immediate".into());
}

pub fn default_priority_class(pc: &mut PriorityClass) {
    pc.preemption_policy.get_or_insert_with(|| "PreemptLowerPriority".into());
}

/// NetworkPolicy `policyTypes`: Ingress, plus Egress when egress rules are given.
pub fn default_network_policy(np: &mut NetworkPolicy) {
    let spec = np.spec.get_or_insert_with(Default::default);
    spec.pod_selector.get_or_insert_with(Default::default);
    if spec.policy_types.as_ref().is_none_or(|p| p.is_empty()) {
        let mut types = vec!["Ingress".to_string()];
        if spec.egress.is_some() {
            types.push("Egress".into());
        }
        spec.policy_types = Some(types);
    }
    for rule in spec.ingress.iter_mut().flatten() {
        for p in rule.ports.iter_mut().flatten() {
            p.protocol.get_or_insert_with(|| "TCP".into());
        }
    }
    for rule in spec.egress.iter_mut().flatten() {
        for p in rule.ports.iter_mut().flatten() {
            p.protocol.get_or_insert_with(|| "TCP".into());
        }
    }
}

/// `SetDefaults_LimitRangeItem`: a container limit defaults its default and defaultRequest.
pub fn default_limit_range(lr: &mut LimitRange) {
    for item in lr.spec.iter_mut().flat_map(|s| s.limits.iter_mut()) {
        if item.type_ != "Container" {
            continue;
        }
        let max = item.max.clone().unwrap_or_default();
        let default = item.default.get_or_insert_with(Default::default);
        for (k, v) in max {
            default.entry(k).or_insert(v);
        }
        let default = item.default.clone().unwrap_or_default();
        let req = item.default_request.get_or_insert_with(Default::default);
        for (k, v) in default {
            req.entry(k).or_insert(v);
        }
        for (k, v) in item.min.clone().unwrap_or_default() {
            req.entry(k).or_insert(v);
        }
        if item.default.as_ref().is_some_and(|d| d.is_empty()) {
            item.default = None;
        }
        if item.default_request.as_ref().is_some_and(|d| d.is_empty()) {
            item.default_request = None;
        }
    }
}

/// `SetDefaults_HorizontalPodAutoscaler` (v2): one replica minimum, 80% CPU when no metric is given.
pub fn default_hpa(h: &mut HorizontalPodAutoscaler) {
    let spec = h.spec.get_or_insert_with(Default::default);
    spec.min_replicas.get_or_insert(1);
    if spec.metrics.as_ref().is_none_or(|m| m.is_empty()) {
        spec.metrics = Some(vec![MetricSpec {
            type_: "Resource".into(),
            resource: Some(Box::new(ResourceMetricSource {
                name: "cpu".into(),
                target: MetricTarget { type_: "Utilization".into(), average_utilization: Some(80), ..Default::default() },
            })),
            ..Default::default()
        }]);
    }
    // `SetDefaults_HorizontalPodAutoscalerBehavior`: a given behavior gets every missing rule.
    if let Some(b) = spec.behavior.as_mut() {
        use crate::api::autoscaling::{HPAScalingPolicy, HPAScalingRules};
        let policy = |t: &str, value: i32| HPAScalingPolicy { type_: t.into(), value, period_seconds: 15 };
        let fill = |r: &mut Option<HPAScalingRules>, window: Option<i32>, policies: Vec<HPAScalingPolicy>| {
            let r = r.get_or_insert_with(Default::default);
            if r.stabilization_window_seconds.is_none() {
                r.stabilization_window_seconds = window;
            }
            r.select_policy.get_or_insert_with(|| "Max".into());
            r.policies.get_or_insert(policies);
        };
        fill(&mut b.scale_up, Some(0), vec![policy("Pods", 4), policy("Percent", 100)]);
        fill(&mut b.scale_down, None, vec![policy("Percent", 100)]);
    }
}
