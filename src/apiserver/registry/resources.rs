//! Resource quantities in objects: stored in canonical form (`cpu: 0.5` reads back as `500m`, as
//! the apiserver's Quantity round trip does), and container requirements validated as
//! `ValidateResourceRequirements` does.

use crate::api::core::{PodSpec, ResourceRequirements};
use crate::api::quantity::Qty;
use crate::api::Object;
use crate::apiserver::errors::FieldError;
use k8s_openapi::apimachinery::pkg::api::resource::Quantity;
use std::collections::BTreeMap;

fn list(m: &mut Option<BTreeMap<String, Quantity>>) {
    for q in m.iter_mut().flat_map(|m| m.values_mut()) {
        if let Some(c) = crate::api::quantity::canonicalize(&q.0) {
            q.0 = c;
        }
    }
}

fn one(q: &mut Option<Quantity>) {
    if let Some(q) = q {
        if let Some(c) = crate::api::quantity::canonicalize(&q.0) {
            q.0 = c;
        }
    }
}

fn requirements(r: Option<&mut ResourceRequirements>) {
    if let Some(r) = r {
        list(&mut r.limits);
        list(&mut r.requests);
    }
}

fn pod_spec(spec: &mut PodSpec) {
    for c in spec.containers.iter_mut().chain(spec.init_containers.iter_mut().flatten()) {
        requirements(c.resources.as_deref_mut());
    }
    list(&mut spec.overhead);
    requirements(spec.resources.as_mut());
    for v in spec.volumes.iter_mut().flatten() {
        if let Some(e) = v.empty_dir.as_mut() {
            one(&mut e.size_limit);
        }
    }
}

/// The pod spec inside an object: a pod's own, or a workload's template.
pub fn pod_spec_mut(obj: &mut Object) -> Option<&mut PodSpec> {
    match obj {
        Object::Pod(p) => p.spec.as_mut(),
        Object::ReplicationController(rc) => rc.spec.as_mut()?.template.as_mut()?.spec.as_mut(),
        Object::ReplicaSet(rs) => rs.spec.as_mut()?.template.as_mut()?.spec.as_mut(),
        Object::Deployment(d) => d.spec.as_mut()?.template.spec.as_mut(),
        Object::DaemonSet(ds) => ds.spec.as_mut()?.template.spec.as_mut(),
        Object::StatefulSet(s) => s.spec.as_mut()?.template.spec.as_mut(),
        Object::Job(j) => j.spec.as_mut()?.template.spec.as_mut(),
        Object::CronJob(c) => c.spec.as_mut()?.job_template.spec.as_mut()?.template.spec.as_mut(),
        _ => None,
    }
}

/// Rewrites every quantity an object holds in canonical form.
pub fn canonicalize(obj: &mut Object) {
    if let Some(spec) = pod_spec_mut(obj) {
        pod_spec(spec);
    }
    match obj {
        Object::StatefulSet(s) => {
            for pvc in s.spec.iter_mut().flat_map(|s| s.volume_claim_templates.iter_mut().flatten()) {
                if let Some(spec) = pvc.spec.as_mut() {
                    if let Some(r) = spec.resources.as_mut() {
                        list(&mut r.limits);
                        list(&mut r.requests);
                    }
                }
            }
        }
        Object::PersistentVolumeClaim(pvc) => {
            if let Some(r) = pvc.spec.as_mut().and_then(|s| s.resources.as_mut()) {
                list(&mut r.limits);
                list(&mut r.requests);
            }
            if let Some(st) = pvc.status.as_mut() {
                list(&mut st.capacity);
            }
        }
        Object::PersistentVolume(pv) => {
            if let Some(spec) = pv.spec.as_mut() {
                list(&mut spec.capacity);
            }
        }
        Object::Node(n) => {
            if let Some(st) = n.status.as_mut() {
                list(&mut st.capacity);
                list(&mut st.allocatable);
            }
        }
        Object::LimitRange(lr) => {
            for item in lr.spec.iter_mut().flat_map(|s| s.limits.iter_mut()) {
                list(&mut item.max);
                list(&mut item.min);
                list(&mut item.default);
                list(&mut item.default_request);
                list(&mut item.max_limit_request_ratio);
            }
        }
        Object::ResourceQuota(q) => {
            if let Some(spec) = q.spec.as_mut() {
                list(&mut spec.hard);
            }
            if let Some(st) = q.status.as_mut() {
                list(&mut st.hard);
                list(&mut st.used);
            }
        }
        _ => {}
    }
}

/// `IsStandardContainerResourceName` or a fully qualified extended resource (`example.com/gpu`).
fn valid_container_resource(name: &str) -> bool {
    matches!(name, "cpu" | "memory" | "ephemeral-storage") || name.starts_with("hugepages-") || (name.contains('/') && !name.starts_with("kubernetes.io/"))
}

/// `ValidateResourceRequirements` for one container at `path` (`spec.containers[0].resources`).
pub fn validate_requirements(r: &ResourceRequirements, path: &str) -> Vec<FieldError> {
    let mut errs = Vec::new();
    let limits = r.limits.clone().unwrap_or_default();
    let requests = r.requests.clone().unwrap_or_default();
    for (name, q) in &limits {
        let fp = format!("{}.limits[{}]", path, name);
        if !valid_container_resource(name) {
            errs.push(FieldError::invalid(&fp, &crate::json!(name), "must be a standard resource for containers"));
        }
        if Qty::parse(&q.0).is_some_and(|v| v.milli < 0) {
            errs.push(FieldError::invalid(&fp, &crate::json!(q.0), "must be greater than or equal to 0"));
        }
    }
    for (name, q) in &requests {
        let fp = format!("{}.requests[{}]", path, name);
        if !valid_container_resource(name) {
            errs.push(FieldError::invalid(&fp, &crate::json!(name), "must be a standard resource for containers"));
        }
        let Some(req) = Qty::parse(&q.0) else { continue };
        if req.milli < 0 {
            errs.push(FieldError::invalid(&fp, &crate::json!(q.0), "must be greater than or equal to 0"));
        }
        if let Some(lim) = limits.get(name).and_then(|l| Qty::parse(&l.0)) {
            let overcommit = matches!(name.as_str(), "cpu" | "memory" | "ephemeral-storage");
            if req.milli != lim.milli && !overcommit {
                errs.push(FieldError::invalid(format!("{}.requests", path), &serde_json::Value::from(req.canonical()), format!("must be equal to {} limit of {}", name, lim.canonical())));
            } else if req.milli > lim.milli {
                errs.push(FieldError::invalid(
                    format!("{}.requests", path),
                    &serde_json::Value::from(req.canonical()),
                    format!("must be less than or equal to {} limit of {}", name, lim.canonical()),
                ));
            }
        }
    }
    errs
}

/// The quantity named `name` in a resource list, parsed.
pub fn get(list: Option<&BTreeMap<String, Quantity>>, name: &str) -> Option<Qty> {
    list.and_then(|l| l.get(name)).and_then(|q| Qty::parse(&q.0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json;

    #[test]
    fn requests_above_limits_are_invalid() {
        let r: ResourceRequirements = serde_json::from_value(json!({"limits": {"cpu": "1"}, "requests": {"cpu": "2", "memory": "-1"}})).unwrap();
        let errs = validate_requirements(&r, "spec.containers[0].resources");
        let text: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
        assert_eq!(
            text,
            vec![
                "spec.containers[0].resources.requests: Invalid value: \"2\": must be less than or equal to cpu limit of 1".to_string(),
                "spec.containers[0].resources.requests[memory]: Invalid value: \"-1\": must be greater than or equal to 0".to_string(),
            ]
        );
    }
}
