//! Table rows for networking, policy, autoscaling, storage, discovery and RBAC kinds.

use crate::api::autoscaling::{HorizontalPodAutoscaler, MetricSpec, MetricStatus};
use crate::api::discovery::EndpointSlice;
use crate::api::labels::format_label_selector;
use crate::api::networking::{Ingress, IngressClass, NetworkPolicy};
use crate::api::policy::PodDisruptionBudget;
use crate::api::rbac::{RoleRef, Subject};
use crate::api::storage::StorageClass;
use k8s_openapi::apimachinery::pkg::util::intstr::IntOrString;
use serde_json::Value;

fn intstr(v: &IntOrString) -> String {
    match v {
        IntOrString::Int(i) => i.to_string(),
        IntOrString::String(s) => s.clone(),
    }
}

/// `formatHPAMetrics`: `cpu: 20%/50%`, `<unknown>` before the first measurement.
fn hpa_metrics(specs: &[MetricSpec], statuses: &[MetricStatus]) -> String {
    if specs.is_empty() {
        return "<none>".into();
    }
    let mut list = Vec::new();
    for (i, s) in specs.iter().enumerate() {
        let text = match (s.type_.as_str(), &s.resource) {
            ("Resource", Some(r)) => {
                let current = statuses.get(i).and_then(|st| st.resource.as_ref()).and_then(|r| r.current.average_utilization);
                let cur = current.map(|c| format!("{}%", c)).unwrap_or_else(|| "<unknown>".into());
                match (r.target.average_utilization, &r.target.average_value) {
                    (Some(u), _) => format!("{}: {}/{}%", r.name, cur, u),
                    (None, Some(v)) => format!("{}: {}/{}", r.name, "<unknown>", v.0),
                    _ => format!("{}: <unknown>/<unknown>", r.name),
                }
            }
            (t, _) => format!("{}: <unknown>", t.to_ascii_lowercase()),
        };
        list.push(text);
    }
    if list.len() > 2 {
        let more = list.len() - 2;
        list.truncate(2);
        return format!("{} + {} more...", list.join(", "), more);
    }
    list.join(", ")
}

pub fn hpa_cells(h: &HorizontalPodAutoscaler, age: String) -> Vec<Value> {
    let spec = h.spec.clone().unwrap_or_default();
    let st = h.status.clone().unwrap_or_default();
    vec![
        Value::from(h.metadata.name.clone().unwrap_or_default()),
        Value::from(format!("{}/{}", spec.scale_target_ref.kind, spec.scale_target_ref.name)),
        Value::from(hpa_metrics(spec.metrics.as_deref().unwrap_or(&[]), st.current_metrics.as_deref().unwrap_or(&[]))),
        Value::from(spec.min_replicas.map(|m| m.to_string()).unwrap_or_else(|| "<unset>".into())),
        Value::from(spec.max_replicas),
        Value::from(st.current_replicas.unwrap_or(0)),
        Value::from(age),
    ]
}

pub fn pdb_cells(p: &PodDisruptionBudget, age: String) -> Vec<Value> {
    let spec = p.spec.clone().unwrap_or_default();
    vec![
        Value::from(p.metadata.name.clone().unwrap_or_default()),
        Value::from(spec.min_available.as_ref().map(intstr).unwrap_or_else(|| "N/A".into())),
        Value::from(spec.max_unavailable.as_ref().map(intstr).unwrap_or_else(|| "N/A".into())),
        Value::from(p.status.as_ref().map_or(0, |s| s.disruptions_allowed)),
        Value::from(age),
    ]
}

pub fn ingress_cells(i: &Ingress, age: String) -> Vec<Value> {
    let spec = i.spec.clone().unwrap_or_default();
    let hosts: Vec<String> = spec.rules.iter().flatten().filter_map(|r| r.host.clone()).collect();
    let host_cell = if hosts.is_empty() {
        "*".to_string()
    } else if hosts.len() > 3 {
        format!("{} + {} more...", hosts[..3].join(","), hosts.len() - 3)
    } else {
        hosts.join(",")
    };
    let address: Vec<String> = i
        .status
        .as_ref()
        .and_then(|s| s.load_balancer.as_ref())
        .and_then(|lb| lb.ingress.as_ref())
        .map(|ing| ing.iter().filter_map(|x| x.ip.clone().or(x.hostname.clone())).collect())
        .unwrap_or_default();
    let ports = if spec.tls.as_ref().is_some_and(|t| !t.is_empty()) { "80, 443" } else { "80" };
    vec![
        Value::from(i.metadata.name.clone().unwrap_or_default()),
        Value::from(spec.ingress_class_name.clone().unwrap_or_else(|| "<none>".into())),
        Value::from(host_cell),
        Value::from(address.join(",")),
        Value::from(ports),
        Value::from(age),
    ]
}

pub fn ingress_class_cells(c: &IngressClass, age: String) -> Vec<Value> {
    let spec = c.spec.clone().unwrap_or_default();
    let params = spec
        .parameters
        .as_ref()
        .map(|p| match p.api_group.as_deref().filter(|g| !g.is_empty()) {
            Some(g) => format!("{}.{}/{}", p.kind, g, p.name),
            None => format!("{}/{}", p.kind, p.name),
        })
        .unwrap_or_else(|| "<none>".into());
    vec![Value::from(c.metadata.name.clone().unwrap_or_default()), Value::from(spec.controller.clone().unwrap_or_default()), Value::from(params), Value::from(age)]
}

pub fn netpol_cells(n: &NetworkPolicy, age: String) -> Vec<Value> {
    let sel = n.spec.as_ref().and_then(|s| s.pod_selector.clone()).unwrap_or_default();
    vec![Value::from(n.metadata.name.clone().unwrap_or_default()), Value::from(format_label_selector(Some(&sel))), Value::from(age)]
}

pub fn endpointslice_cells(e: &EndpointSlice, age: String) -> Vec<Value> {
    let ports: Vec<String> = e.ports.iter().flatten().map(|p| p.port.map(|n| n.to_string()).unwrap_or_default()).collect();
    let mut addrs: Vec<String> = Vec::new();
    let mut total = 0;
    for ep in &e.endpoints {
        for a in &ep.addresses {
            total += 1;
            if addrs.len() < 3 {
                addrs.push(a.clone());
            }
        }
    }
    let mut endpoints = if addrs.is_empty() { "<unset>".to_string() } else { addrs.join(",") };
    if total > addrs.len() {
        endpoints.push_str(&format!(" + {} more...", total - addrs.len()));
    }
    vec![
        Value::from(e.metadata.name.clone().unwrap_or_default()),
        crate::json!(e.address_type),
        Value::from(if ports.is_empty() { "<unset>".to_string() } else { ports.join(",") }),
        Value::from(endpoints),
        Value::from(age),
    ]
}

pub fn storage_class_cells(s: &StorageClass, age: String) -> Vec<Value> {
    let default = s.metadata.annotations.as_ref().and_then(|a| a.get("storageclass.kubernetes.io/is-default-class")).is_some_and(|v| v == "true");
    let name = s.metadata.name.clone().unwrap_or_default();
    vec![
        Value::from(if default { format!("{} (default)", name) } else { name }),
        crate::json!(s.provisioner),
        Value::from(s.reclaim_policy.clone().unwrap_or_else(|| "Delete".into())),
        Value::from(s.volume_binding_mode.clone().unwrap_or_else(|| "Immediate".into())),
        Value::from(s.allow_volume_expansion.unwrap_or(false).to_string()),
        Value::from(age),
    ]
}

pub fn binding_cells(role: &RoleRef, subjects: Option<&[Subject]>, name: &str, age: String) -> Vec<Value> {
    let pick = |kind: &str| -> String {
        subjects
            .unwrap_or(&[])
            .iter()
            .filter(|s| s.kind == kind)
            .map(|s| if kind == "ServiceAccount" { format!("{}/{}", s.namespace.clone().unwrap_or_default(), s.name) } else { s.name.clone() })
            .collect::<Vec<_>>()
            .join(", ")
    };
    vec![Value::from(name), Value::from(format!("{}/{}", role.kind, role.name)), Value::from(age), Value::from(pick("User")), Value::from(pick("Group")), Value::from(pick("ServiceAccount"))]
}
