//! Server-side table printing (`pkg/printers/internalversion/printers.go`): the `meta.k8s.io/v1`
//! Table that `kubectl get` asks for. The server always fills every column; the client hides
//! priority-1 columns unless `-o wide`.

mod apps;
mod core;
mod other;

pub use self::core::{node_roles, node_status, pod_summary};
use crate::api::core::Container;
use crate::api::meta::Epoch;
use crate::api::{Kind, Object, ObjectRef};
use crate::sim::clock::SimTime;
use serde_json::Value;
use crate::json;

/// A column: name, type, priority (1 = only with `-o wide`).
pub struct Col(pub &'static str, pub &'static str, pub u8);

const NAME: Col = Col("Name", "string", 0);
const AGE: Col = Col("Age", "string", 0);

fn columns(kind: Kind) -> Vec<Col> {
    let wide_containers = || vec![Col("Containers", "string", 1), Col("Images", "string", 1), Col("Selector", "string", 1)];
    let mut cols = match kind {
        Kind::Pod => vec![NAME, Col("Ready", "string", 0), Col("Status", "string", 0), Col("Restarts", "string", 0), AGE,
            Col("IP", "string", 1), Col("Node", "string", 1), Col("Nominated Node", "string", 1), Col("Readiness Gates", "string", 1)],
        Kind::Node => vec![NAME, Col("Status", "string", 0), Col("Roles", "string", 0), AGE, Col("Version", "string", 0),
            Col("Internal-IP", "string", 1), Col("External-IP", "string", 1), Col("OS-Image", "string", 1),
            Col("Kernel-Version", "string", 1), Col("Container-Runtime", "string", 1)],
        Kind::ReplicationController | Kind::ReplicaSet => {
            let mut c = vec![NAME, Col("Desired", "integer", 0), Col("Current", "integer", 0), Col("Ready", "integer", 0), AGE];
            c.extend(wide_containers());
            c
        }
        Kind::Deployment => {
            let mut c = vec![NAME, Col("Ready", "string", 0), Col("Up-to-date", "integer", 0), Col("Available", "integer", 0), AGE];
            c.extend(wide_containers());
            c
        }
        Kind::DaemonSet => {
            let mut c = vec![NAME, Col("Desired", "integer", 0), Col("Current", "integer", 0), Col("Ready", "integer", 0),
                Col("Up-to-date", "integer", 0), Col("Available", "integer", 0), Col("Node Selector", "string", 0), AGE];
            c.extend(wide_containers());
            c
        }
        Kind::StatefulSet => vec![NAME, Col("Ready", "string", 0), AGE, Col("Containers", "string", 1), Col("Images", "string", 1)],
        Kind::Job => {
            let mut c = vec![NAME, Col("Status", "string", 0), Col("Completions", "string", 0), Col("Duration", "string", 0), AGE];
            c.extend(wide_containers());
            c
        }
        Kind::CronJob => {
            let mut c = vec![NAME, Col("Schedule", "string", 0), Col("Timezone", "string", 0), Col("Suspend", "boolean", 0),
                Col("Active", "integer", 0), Col("Last Schedule", "string", 0), AGE];
            c.extend(wide_containers());
            c
        }
        Kind::Service => vec![NAME, Col("Type", "string", 0), Col("Cluster-IP", "string", 0), Col("External-IP", "string", 0),
            Col("Port(s)", "string", 0), AGE, Col("Selector", "string", 1)],
        Kind::Endpoints => vec![NAME, Col("Endpoints", "string", 0), AGE],
        Kind::EndpointSlice => vec![NAME, Col("AddressType", "string", 0), Col("Ports", "string", 0), Col("Endpoints", "string", 0), AGE],
        Kind::Namespace => vec![NAME, Col("Status", "string", 0), AGE],
        Kind::Event => vec![Col("Last Seen", "string", 0), Col("Type", "string", 0), Col("Reason", "string", 0),
            Col("Object", "string", 0), Col("Subobject", "string", 1), Col("Source", "string", 1), Col("Message", "string", 0),
            Col("First Seen", "string", 1), Col("Count", "string", 1), Col("Name", "string", 1)],
        Kind::ConfigMap => vec![NAME, Col("Data", "integer", 0), AGE],
        Kind::Secret => vec![NAME, Col("Type", "string", 0), Col("Data", "integer", 0), AGE],
        Kind::ServiceAccount => vec![NAME, Col("Secrets", "string", 0), AGE],
        Kind::PersistentVolume => vec![NAME, Col("Capacity", "string", 0), Col("Access Modes", "string", 0),
            Col("Reclaim Policy", "string", 0), Col("Status", "string", 0), Col("Claim", "string", 0), Col("StorageClass", "string", 0),
            Col("VolumeAttributesClass", "string", 0), Col("Reason", "string", 0), AGE, Col("VolumeMode", "string", 1)],
        Kind::PersistentVolumeClaim => vec![NAME, Col("Status", "string", 0), Col("Volume", "string", 0), Col("Capacity", "string", 0),
            Col("Access Modes", "string", 0), Col("StorageClass", "string", 0), Col("VolumeAttributesClass", "string", 0), AGE,
            Col("VolumeMode", "string", 1)],
        Kind::ResourceQuota => vec![NAME, AGE, Col("Request", "string", 0), Col("Limit", "string", 0)],
        Kind::LimitRange | Kind::Role | Kind::ClusterRole => vec![NAME, Col("Created At", "date", 0)],
        Kind::Lease => vec![NAME, Col("Holder", "string", 0), AGE],
        Kind::ControllerRevision => vec![NAME, Col("Controller", "string", 0), Col("Revision", "integer", 0), AGE],
        Kind::Ingress => vec![NAME, Col("Class", "string", 0), Col("Hosts", "string", 0), Col("Address", "string", 0),
            Col("Ports", "string", 0), AGE],
        Kind::IngressClass => vec![NAME, Col("Controller", "string", 0), Col("Parameters", "string", 0), AGE],
        Kind::NetworkPolicy => vec![NAME, Col("Pod-Selector", "string", 0), AGE],
        Kind::StorageClass => vec![NAME, Col("Provisioner", "string", 0), Col("ReclaimPolicy", "string", 0),
            Col("VolumeBindingMode", "string", 0), Col("AllowVolumeExpansion", "string", 0), AGE],
        Kind::RoleBinding | Kind::ClusterRoleBinding => vec![NAME, Col("Role", "string", 0), AGE, Col("Users", "string", 1),
            Col("Groups", "string", 1), Col("ServiceAccounts", "string", 1)],
        Kind::HorizontalPodAutoscaler => vec![NAME, Col("Reference", "string", 0), Col("Targets", "string", 0),
            Col("MinPods", "string", 0), Col("MaxPods", "integer", 0), Col("Replicas", "integer", 0), AGE],
        Kind::PodDisruptionBudget => vec![NAME, Col("Min Available", "string", 0), Col("Max Unavailable", "string", 0),
            Col("Allowed Disruptions", "integer", 0), AGE],
        Kind::PriorityClass => vec![NAME, Col("Value", "integer", 0), Col("Global-Default", "boolean", 0), AGE,
            Col("PreemptionPolicy", "string", 0)],
    };
    cols.shrink_to_fit();
    cols
}

/// Builds the Table for a list of objects of one kind.
pub fn table(kind: Kind, items: &[ObjectRef], resource_version: i64, epoch: Epoch, now: SimTime) -> Value {
    let defs: Vec<Value> = columns(kind)
        .iter()
        .map(|c| {
            let format = if c.0 == "Name" && c.2 == 0 { "name" } else { "" };
            json!({"name": c.0, "type": c.1, "format": format, "description": "", "priority": c.2})
        })
        .collect();
    let rows: Vec<Value> = items.iter().map(|o| json!({"cells": cells(o, epoch, now), "object": partial_metadata(o)})).collect();
    json!({
        "kind": "Table",
        "apiVersion": "meta.k8s.io/v1",
        "metadata": {"resourceVersion": resource_version.to_string()},
        "columnDefinitions": defs,
        "rows": rows,
    })
}

fn partial_metadata(o: &Object) -> Value {
    let meta = crate::api::json_value(o.meta());
    json!({"kind": "PartialObjectMetadata", "apiVersion": "meta.k8s.io/v1", "metadata": meta})
}

fn cells(o: &Object, epoch: Epoch, now: SimTime) -> Vec<Value> {
    let age = epoch.age(o.meta().creation_timestamp.as_ref(), now);
    let name = Value::from(o.name());
    let created_at = || Value::from(o.meta().creation_timestamp.as_ref().map(|t| t.0.to_string()).unwrap_or_else(|| "<unknown>".into()));
    match o {
        Object::Pod(p) => core::pod_cells(p, epoch, now, age),
        Object::Node(n) => core::node_cells(n, age),
        Object::ReplicationController(rc) => core::rc_cells(rc, age),
        Object::Namespace(ns) => core::namespace_cells(ns, age),
        Object::Event(e) => core::event_cells(e, epoch, now),
        Object::Service(s) => core::service_cells(s, age),
        Object::Endpoints(e) => core::endpoints_cells(e, age),
        Object::ConfigMap(c) => vec![name, Value::from(c.data.as_ref().map_or(0, |d| d.len()) + c.binary_data.as_ref().map_or(0, |d| d.len())), Value::from(age)],
        Object::Secret(s) => vec![name, Value::from(s.type_.clone().unwrap_or_else(|| "Opaque".into())),
            Value::from(s.data.as_ref().map_or(0, |d| d.len())), Value::from(age)],
        Object::ServiceAccount(sa) => vec![name, Value::from(sa.secrets.as_ref().map_or(0, |s| s.len()).to_string()), Value::from(age)],
        Object::PersistentVolume(pv) => core::pv_cells(pv, age),
        Object::PersistentVolumeClaim(pvc) => core::pvc_cells(pvc, age),
        Object::ResourceQuota(q) => core::quota_cells(q, age),
        Object::LimitRange(_) | Object::Role(_) | Object::ClusterRole(_) => vec![name, created_at()],
        Object::ReplicaSet(rs) => apps::rs_cells(rs, age),
        Object::Deployment(d) => apps::deployment_cells(d, age),
        Object::DaemonSet(ds) => apps::ds_cells(ds, age),
        Object::StatefulSet(s) => apps::sts_cells(s, age),
        Object::Job(j) => apps::job_cells(j, epoch, now, age),
        Object::CronJob(c) => apps::cronjob_cells(c, epoch, now, age),
        Object::HorizontalPodAutoscaler(h) => other::hpa_cells(h, age),
        Object::PodDisruptionBudget(p) => other::pdb_cells(p, age),
        Object::Ingress(i) => other::ingress_cells(i, age),
        Object::IngressClass(c) => other::ingress_class_cells(c, age),
        Object::NetworkPolicy(n) => other::netpol_cells(n, age),
        Object::EndpointSlice(e) => other::endpointslice_cells(e, age),
        Object::ControllerRevision(cr) => {
            let controller = crate::api::meta::controller_of(&cr.metadata).map_or_else(
                || "<none>".to_string(),
                |r| {
                    let group = r.api_version.rsplit_once('/').map(|(g, _)| g).unwrap_or("");
                    let gk = if group.is_empty() { r.kind.clone() } else { format!("{}.{}", r.kind, group) };
                    format!("{}/{}", gk.to_ascii_lowercase(), r.name)
                },
            );
            vec![name, Value::from(controller), Value::from(cr.revision), Value::from(age)]
        }
        Object::Lease(l) => vec![name, Value::from(l.spec.as_ref().and_then(|s| s.holder_identity.clone()).unwrap_or_default()), Value::from(age)],
        Object::StorageClass(s) => other::storage_class_cells(s, age),
        Object::RoleBinding(b) => other::binding_cells(&b.role_ref, b.subjects.as_deref(), o.name(), age),
        Object::ClusterRoleBinding(b) => other::binding_cells(&b.role_ref, b.subjects.as_deref(), o.name(), age),
        Object::PriorityClass(p) => vec![name, Value::from(p.value), Value::from(p.global_default.unwrap_or(false)), Value::from(age),
            Value::from(p.preemption_policy.clone().unwrap_or_else(|| "PreemptLowerPriority".into()))],
    }
}

/// `layoutContainerCells`: names and images joined by commas.
pub fn container_cells(containers: &[Container]) -> (String, String) {
    let names: Vec<&str> = containers.iter().map(|c| c.name.as_str()).collect();
    let images: Vec<&str> = containers.iter().map(|c| c.image.as_deref().unwrap_or("")).collect();
    (names.join(","), images.join(","))
}

/// `<none>` for an empty string.
pub fn none_if_empty(s: String) -> String {
    if s.is_empty() {
        "<none>".into()
    } else {
        s
    }
}
