//! Versions a kind is served at besides the one it is stored as, and the conversions between
//! them, as kube-apiserver converts through its internal version: HorizontalPodAutoscaler is
//! stored as `autoscaling/v2` and also served as `autoscaling/v1`.

use super::Kind;
use serde_json::Value;
use crate::json;

/// Every version a kind is served at; the first is its storage (and preferred) version.
pub fn served_versions(kind: Kind) -> &'static [&'static str] {
    match kind {
        Kind::HorizontalPodAutoscaler => &["v2", "v1"],
        _ => std::slice::from_ref(&kind.info().version),
    }
}

pub fn is_served(kind: Kind, version: &str) -> bool {
    served_versions(kind).contains(&version)
}

/// `group/version` for a kind at a version.
pub fn api_version(kind: Kind, version: &str) -> String {
    let g = kind.info().group;
    if g.is_empty() {
        version.to_string()
    } else {
        format!("{}/{}", g, version)
    }
}

/// Decodes `v` as the versioned type and returns the typed round trip (for strict field checks),
/// or the decoding error.
pub fn versioned_round_trip(kind: Kind, version: &str, v: &Value) -> Result<Value, String> {
    match (kind, version) {
        (Kind::HorizontalPodAutoscaler, "v1") => {
            let typed: k8s_openapi::api::autoscaling::v1::HorizontalPodAutoscaler = k8s_openapi::json::from_str(&v.to_string()).map_err(|e| e.to_string())?;
            Ok(crate::api::json_value(&typed))
        }
        _ => Ok(v.clone()),
    }
}

/// Converts an object from a served version to the storage version.
pub fn to_storage(kind: Kind, version: &str, mut v: Value) -> Value {
    if kind == Kind::HorizontalPodAutoscaler && version == "v1" {
        v["apiVersion"] = Value::from("autoscaling/v2");
        if let Some(spec) = v.get_mut("spec").and_then(Value::as_object_mut) {
            if let Some(pct) = spec.remove("targetCPUUtilizationPercentage") {
                spec.insert(
                    "metrics".into(),
                    json!([{"type": "Resource", "resource": {"name": "cpu", "target": {"type": "Utilization", "averageUtilization": pct}}}]),
                );
            }
        }
        if let Some(status) = v.get_mut("status").and_then(Value::as_object_mut) {
            if let Some(pct) = status.remove("currentCPUUtilizationPercentage") {
                status.insert("currentMetrics".into(), json!([{"type": "Resource", "resource": {"name": "cpu", "current": {"averageUtilization": pct}}}]));
            }
        }
    }
    v
}

/// Converts an object from the storage version to a served version.
pub fn from_storage(kind: Kind, version: &str, mut v: Value) -> Value {
    // A role's `rules` has no omitempty in Go: a role without rules (an aggregated one) says null.
    if matches!(kind, Kind::Role | Kind::ClusterRole) {
        if let Some(o) = v.as_object_mut().filter(|o| !o.contains_key("rules")) {
            o.insert("rules".into(), Value::Null);
        }
    }
    if kind == Kind::HorizontalPodAutoscaler && version == "v1" {
        v["apiVersion"] = Value::from("autoscaling/v1");
        let is_cpu = |m: &Value| m["type"] == "Resource" && m["resource"]["name"] == "cpu";
        if let Some(spec) = v.get_mut("spec").and_then(Value::as_object_mut) {
            let metrics = spec.remove("metrics").unwrap_or(Value::Null);
            spec.remove("behavior");
            if let Some(pct) = metrics.as_array().and_then(|ms| ms.iter().find(|m| is_cpu(m))).map(|m| m["resource"]["target"]["averageUtilization"].clone()) {
                if !pct.is_null() {
                    spec.insert("targetCPUUtilizationPercentage".into(), pct);
                }
            }
        }
        if let Some(status) = v.get_mut("status").and_then(Value::as_object_mut) {
            let current = status.remove("currentMetrics").unwrap_or(Value::Null);
            status.remove("conditions");
            if let Some(pct) = current.as_array().and_then(|ms| ms.iter().find(|m| is_cpu(m))).map(|m| m["resource"]["current"]["averageUtilization"].clone()) {
                if !pct.is_null() {
                    status.insert("currentCPUUtilizationPercentage".into(), pct);
                }
            }
        }
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hpa_v1_round_trips_through_v2() {
        let v1 = json!({"apiVersion": "autoscaling/v1", "kind": "HorizontalPodAutoscaler", "metadata": {"name": "h"},
            "spec": {"scaleTargetRef": {"kind": "Deployment", "name": "web", "apiVersion": "apps/v1"}, "minReplicas": 1, "maxReplicas": 5, "targetCPUUtilizationPercentage": 50}});
        let v2 = to_storage(Kind::HorizontalPodAutoscaler, "v1", v1.clone());
        assert_eq!(v2["spec"]["metrics"][0]["resource"]["target"]["averageUtilization"], 50);
        assert_eq!(from_storage(Kind::HorizontalPodAutoscaler, "v1", v2), v1);
    }
}
