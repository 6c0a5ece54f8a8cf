//! Table rows for the core group's kinds (`printPod`, `printNode`, `printService`, …).

use super::{container_cells, none_if_empty};
use crate::api::core::*;
use crate::api::labels::format_labels;
use crate::api::meta::Epoch;
use crate::sim::clock::SimTime;
use serde_json::Value;

/// `printPod`.
pub fn pod_cells(pod: &Pod, epoch: Epoch, now: SimTime, age: String) -> Vec<Value> {
    let spec = pod.spec.clone().unwrap_or_default();
    let status = pod.status.clone().unwrap_or_default();
    let phase = status.phase.clone().unwrap_or_default();
    let mut reason = status.reason.clone().filter(|r| !r.is_empty()).unwrap_or_else(|| phase.clone());
    for c in status.conditions.iter().flatten() {
        if c.type_ == "PodScheduled" && c.reason.as_deref() == Some("SchedulingGated") {
            reason = "SchedulingGated".into();
        }
    }
    let init_specs = spec.init_containers.clone().unwrap_or_default();
    let restartable = |name: &str| init_specs.iter().any(|c| c.name == name && c.restart_policy.as_deref() == Some("Always"));
    let mut total = spec.containers.len() + init_specs.iter().filter(|c| c.restart_policy.as_deref() == Some("Always")).count();
    let mut ready = 0;
    let mut restarts = 0i64;
    let mut last_restart: Option<k8s_openapi::jiff::Timestamp> = None;
    let mut note_restart = |t: Option<&crate::api::metav1::Time>| {
        if let Some(t) = t {
            if last_restart.is_none_or(|l| l < t.0) {
                last_restart = Some(t.0);
            }
        }
    };
    let mut initializing = false;
    let init_statuses = status.init_container_statuses.clone().unwrap_or_default();
    for (i, cs) in init_statuses.iter().enumerate() {
        restarts += cs.restart_count as i64;
        note_restart(cs.last_state.as_ref().and_then(|s| s.terminated.as_ref()).and_then(|t| t.finished_at.as_ref()));
        let state = cs.state.clone().unwrap_or_default();
        if let Some(t) = state.terminated.as_ref().filter(|t| t.exit_code == 0) {
            let _ = t;
            continue;
        }
        if restartable(&cs.name) && cs.started == Some(true) {
            if cs.ready {
                ready += 1;
            }
            continue;
        }
        if let Some(t) = &state.terminated {
            reason = match t.reason.as_deref().filter(|r| !r.is_empty()) {
                Some(r) => format!("Init:{}", r),
                None if t.signal.unwrap_or(0) != 0 => format!("Init:Signal:{}", t.signal.unwrap_or(0)),
                None => format!("Init:ExitCode:{}", t.exit_code),
            };
        } else if let Some(w) = state.waiting.as_ref().and_then(|w| w.reason.clone()).filter(|r| !r.is_empty() && r != "PodInitializing") {
            reason = format!("Init:{}", w);
        } else {
            reason = format!("Init:{}/{}", i, init_specs.len());
        }
        initializing = true;
        break;
    }
    let initialized = status.conditions.iter().flatten().any(|c| c.type_ == "Initialized" && c.status == "True");
    if !initializing || initialized {
        restarts = 0;
        let mut has_running = false;
        for cs in status.container_statuses.iter().flatten().rev() {
            restarts += cs.restart_count as i64;
            note_restart(cs.last_state.as_ref().and_then(|s| s.terminated.as_ref()).and_then(|t| t.finished_at.as_ref()));
            let state = cs.state.clone().unwrap_or_default();
            if let Some(w) = state.waiting.as_ref().and_then(|w| w.reason.clone()).filter(|r| !r.is_empty()) {
                reason = w;
            } else if let Some(t) = &state.terminated {
                reason = match t.reason.as_deref().filter(|r| !r.is_empty()) {
                    Some(r) => r.to_string(),
                    None if t.signal.unwrap_or(0) != 0 => format!("Signal:{}", t.signal.unwrap_or(0)),
                    None => format!("ExitCode:{}", t.exit_code),
                };
            } else if cs.ready && state.running.is_some() {
                has_running = true;
                ready += 1;
            }
        }
        if reason == "Completed" && has_running {
            let pod_ready = status.conditions.iter().flatten().any(|c| c.type_ == "Ready" && c.status == "True");
            reason = if pod_ready { "Running".into() } else { "NotReady".into() };
        }
    }
    if pod.metadata.deletion_timestamp.is_some() && status.reason.as_deref() == Some("NodeLost") {
        reason = "Unknown".into();
    } else if pod.metadata.deletion_timestamp.is_some() && phase != "Succeeded" && phase != "Failed" {
        reason = "Terminating".into();
    }
    if total == 0 {
        total = spec.containers.len();
    }
    let restarts_cell = match last_restart {
        Some(t) if restarts != 0 => {
            format!("{} ({} ago)", restarts, crate::sim::clock::human_duration_signed(epoch.nanos_since(&t, now)))
        }
        _ => restarts.to_string(),
    };
    let ip = status.pod_ips.as_ref().and_then(|ips| ips.first()).map(|i| i.ip.clone()).filter(|s| !s.is_empty());
    let gates = match spec.readiness_gates.as_ref().filter(|g| !g.is_empty()) {
        None => "<none>".to_string(),
        Some(g) => {
            let true_count = g
                .iter()
                .filter(|gate| status.conditions.iter().flatten().any(|c| c.type_ == gate.condition_type && c.status == "True"))
                .count();
            format!("{}/{}", true_count, g.len())
        }
    };
    vec![
        Value::from(pod.metadata.name.clone().unwrap_or_default()),
        Value::from(format!("{}/{}", ready, total)),
        Value::from(reason),
        Value::from(restarts_cell),
        Value::from(age),
        Value::from(ip.unwrap_or_else(|| "<none>".into())),
        Value::from(spec.node_name.filter(|n| !n.is_empty()).unwrap_or_else(|| "<none>".into())),
        Value::from(status.nominated_node_name.filter(|n| !n.is_empty()).unwrap_or_else(|| "<none>".into())),
        Value::from(gates),
    ]
}

/// Roles from `node-role.kubernetes.io/<role>` and `kubernetes.io/role` labels.
pub fn node_roles(node: &Node) -> Vec<String> {
    let mut roles = std::collections::BTreeSet::new();
    for (k, v) in node.metadata.labels.iter().flatten() {
        if let Some(role) = k.strip_prefix("node-role.kubernetes.io/") {
            if !role.is_empty() {
                roles.insert(role.to_string());
            }
        } else if k == "kubernetes.io/role" && !v.is_empty() {
            roles.insert(v.clone());
        }
    }
    roles.into_iter().collect()
}

/// `Ready`, `NotReady`, `Unknown`, plus `,SchedulingDisabled` when cordoned.
pub fn node_status(node: &Node) -> String {
    let mut status = Vec::new();
    if let Some(c) = node.status.as_ref().and_then(|s| s.conditions.as_ref()).and_then(|cs| cs.iter().find(|c| c.type_ == "Ready")) {
        status.push(if c.status == "True" { "Ready".to_string() } else { "NotReady".to_string() });
    }
    if status.is_empty() {
        status.push("Unknown".into());
    }
    if node.spec.as_ref().and_then(|s| s.unschedulable).unwrap_or(false) {
        status.push("SchedulingDisabled".into());
    }
    status.join(",")
}

pub fn node_cells(node: &Node, age: String) -> Vec<Value> {
    let roles = node_roles(node);
    let st = node.status.clone().unwrap_or_default();
    let info = st.node_info.clone().unwrap_or_default();
    let addr = |t: &str| {
        st.addresses.iter().flatten().find(|a| a.type_ == t).map(|a| a.address.clone()).unwrap_or_else(|| "<none>".into())
    };
    let or_unknown = |s: &str| if s.is_empty() { "<unknown>".to_string() } else { s.to_string() };
    vec![
        Value::from(node.metadata.name.clone().unwrap_or_default()),
        Value::from(node_status(node)),
        Value::from(if roles.is_empty() { "<none>".to_string() } else { roles.join(",") }),
        Value::from(age),
        Value::from(info.kubelet_version),
        Value::from(addr("InternalIP")),
        Value::from(addr("ExternalIP")),
        Value::from(or_unknown(&info.os_image)),
        Value::from(or_unknown(&info.kernel_version)),
        Value::from(or_unknown(&info.container_runtime_version)),
    ]
}

pub fn rc_cells(rc: &ReplicationController, age: String) -> Vec<Value> {
    let spec = rc.spec.clone().unwrap_or_default();
    let status = rc.status.clone().unwrap_or_default();
    let containers = spec.template.as_ref().and_then(|t| t.spec.as_ref()).map(|s| s.containers.clone()).unwrap_or_default();
    let (names, images) = container_cells(&containers);
    vec![
        Value::from(rc.metadata.name.clone().unwrap_or_default()),
        Value::from(spec.replicas.unwrap_or(1)),
        Value::from(status.replicas),
        Value::from(status.ready_replicas.unwrap_or(0)),
        Value::from(age),
        Value::from(names),
        Value::from(images),
        Value::from(format_labels(spec.selector.as_ref())),
    ]
}

pub fn namespace_cells(ns: &Namespace, age: String) -> Vec<Value> {
    let phase = ns.status.as_ref().and_then(|s| s.phase.clone()).unwrap_or_default();
    vec![Value::from(ns.metadata.name.clone().unwrap_or_default()), Value::from(phase), Value::from(age)]
}

pub fn event_cells(e: &Event, epoch: Epoch, now: SimTime) -> Vec<Value> {
    let first = match &e.first_timestamp {
        Some(t) => epoch.age(Some(t), now),
        None => match &e.event_time {
            Some(t) => crate::sim::clock::human_duration_signed(epoch.nanos_since(&t.0, now)),
            None => "<unknown>".into(),
        },
    };
    let mut last = match &e.last_timestamp {
        Some(t) => epoch.age(Some(t), now),
        None => first.clone(),
    };
    let mut count = e.count.unwrap_or(0);
    if let Some(series) = &e.series {
        if let Some(t) = &series.last_observed_time {
            last = crate::sim::clock::human_duration_signed(epoch.nanos_since(&t.0, now));
        }
        count = series.count.unwrap_or(count);
    } else if count == 0 {
        count = 1;
    }
    let io = &e.involved_object;
    let kind_lower = io.kind.clone().unwrap_or_default().to_ascii_lowercase();
    let target = match io.name.as_deref().filter(|n| !n.is_empty()) {
        Some(n) => format!("{}/{}", kind_lower, n),
        None => kind_lower,
    };
    let source = {
        let component = e.source.as_ref().and_then(|s| s.component.clone()).filter(|c| !c.is_empty());
        let host = e.source.as_ref().and_then(|s| s.host.clone()).filter(|h| !h.is_empty());
        match (component, host) {
            (Some(c), Some(h)) => format!("{}, {}", c, h),
            (Some(c), None) => c,
            (None, _) => e.reporting_component.clone().unwrap_or_default(),
        }
    };
    vec![
        Value::from(last),
        Value::from(e.type_.clone().unwrap_or_default()),
        Value::from(e.reason.clone().unwrap_or_default()),
        Value::from(target),
        Value::from(io.field_path.clone().unwrap_or_default()),
        Value::from(source),
        Value::from(e.message.clone().unwrap_or_default().trim()),
        Value::from(first),
        Value::from(count),
        Value::from(e.metadata.name.clone().unwrap_or_default()),
    ]
}

/// READY, STATUS and RESTARTS of a pod as `kubectl get pods` shows them.
pub fn pod_summary(pod: &Pod, epoch: Epoch, now: SimTime) -> (String, String, String) {
    let cells = pod_cells(pod, epoch, now, String::new());
    let s = |i: usize| cells[i].as_str().unwrap_or("").to_string();
    (s(1), s(2), s(3))
}

/// `printService`.
pub fn service_cells(svc: &Service, age: String) -> Vec<Value> {
    let spec = svc.spec.clone().unwrap_or_default();
    let type_ = spec.type_.clone().unwrap_or_else(|| "ClusterIP".into());
    let cluster_ip = spec.cluster_ips.as_ref().and_then(|ips| ips.first().cloned()).or(spec.cluster_ip.clone()).filter(|s| !s.is_empty());
    let external = spec.external_ips.clone().unwrap_or_default().join(",");
    let external = match type_.as_str() {
        "ExternalName" => spec.external_name.clone().unwrap_or_default(),
        "LoadBalancer" => {
            let ingress: Vec<String> = svc
                .status
                .as_ref()
                .and_then(|s| s.load_balancer.as_ref())
                .and_then(|lb| lb.ingress.as_ref())
                .map(|ing| ing.iter().filter_map(|i| i.ip.clone().or(i.hostname.clone())).collect())
                .unwrap_or_default();
            let mut all = ingress;
            all.extend(spec.external_ips.clone().unwrap_or_default());
            if all.is_empty() {
                "<pending>".into()
            } else {
                all.join(",")
            }
        }
        _ => none_if_empty(external),
    };
    let ports: Vec<String> = spec
        .ports
        .iter()
        .flatten()
        .map(|p| {
            let proto = p.protocol.clone().unwrap_or_else(|| "TCP".into());
            match p.node_port {
                Some(np) if np != 0 => format!("{}:{}/{}", p.port, np, proto),
                _ => format!("{}/{}", p.port, proto),
            }
        })
        .collect();
    vec![
        Value::from(svc.metadata.name.clone().unwrap_or_default()),
        Value::from(type_),
        Value::from(cluster_ip.unwrap_or_else(|| "<none>".into())),
        Value::from(external),
        Value::from(if ports.is_empty() { "<none>".to_string() } else { ports.join(",") }),
        Value::from(age),
        Value::from(format_labels(spec.selector.as_ref())),
    ]
}

/// `formatEndpoints`: at most three `ip:port` pairs, then `+ N more...`.
pub fn endpoints_cells(ep: &Endpoints, age: String) -> Vec<Value> {
    let mut list = Vec::new();
    let mut count = 0;
    // `formatEndpoints`: ports outside, addresses inside.
    for s in ep.subsets.iter().flatten() {
        let ports = s.ports.clone().unwrap_or_default();
        let addresses = s.addresses.as_deref().unwrap_or(&[]);
        if ports.is_empty() {
            for a in addresses {
                count += 1;
                if list.len() < 3 {
                    list.push(a.ip.clone());
                }
            }
        }
        for p in &ports {
            for a in addresses {
                count += 1;
                if list.len() < 3 {
                    list.push(format!("{}:{}", a.ip, p.port));
                }
            }
        }
    }
    let mut text = list.join(",");
    if count > list.len() {
        text.push_str(&format!(" + {} more...", count - list.len()));
    }
    vec![Value::from(ep.metadata.name.clone().unwrap_or_default()), Value::from(none_if_empty(text)), Value::from(age)]
}

fn access_modes(modes: Option<&Vec<String>>) -> String {
    let mut out: Vec<&str> = Vec::new();
    for m in modes.into_iter().flatten() {
        let short = match m.as_str() {
            "ReadWriteOnce" => "RWO",
            "ReadOnlyMany" => "ROX",
            "ReadWriteMany" => "RWX",
            "ReadWriteOncePod" => "RWOP",
            _ => continue,
        };
        if !out.contains(&short) {
            out.push(short);
        }
    }
    out.join(",")
}

pub fn pv_cells(pv: &PersistentVolume, age: String) -> Vec<Value> {
    let spec = pv.spec.clone().unwrap_or_default();
    let capacity = spec.capacity.as_ref().and_then(|c| c.get("storage")).map(|q| q.0.clone()).unwrap_or_default();
    let claim = spec.claim_ref.as_ref().map(|c| format!("{}/{}", c.namespace.clone().unwrap_or_default(), c.name.clone().unwrap_or_default())).unwrap_or_default();
    let mut status = pv.status.as_ref().and_then(|s| s.phase.clone()).unwrap_or_default();
    if pv.metadata.deletion_timestamp.is_some() {
        status = "Terminating".into();
    }
    vec![
        Value::from(pv.metadata.name.clone().unwrap_or_default()),
        Value::from(capacity),
        Value::from(access_modes(spec.access_modes.as_ref())),
        Value::from(spec.persistent_volume_reclaim_policy.clone().unwrap_or_default()),
        Value::from(status),
        Value::from(claim),
        Value::from(spec.storage_class_name.clone().unwrap_or_default()),
        Value::from(spec.volume_attributes_class_name.clone().unwrap_or_else(|| "<unset>".into())),
        Value::from(pv.status.as_ref().and_then(|s| s.reason.clone()).unwrap_or_default()),
        Value::from(age),
        Value::from(spec.volume_mode.clone().unwrap_or_else(|| "<unset>".into())),
    ]
}

pub fn pvc_cells(pvc: &PersistentVolumeClaim, age: String) -> Vec<Value> {
    let spec = pvc.spec.clone().unwrap_or_default();
    let status = pvc.status.clone().unwrap_or_default();
    let bound = spec.volume_name.clone().unwrap_or_default();
    let capacity = if bound.is_empty() { String::new() } else { status.capacity.as_ref().and_then(|c| c.get("storage")).map(|q| q.0.clone()).unwrap_or_default() };
    let modes = if bound.is_empty() { String::new() } else { access_modes(status.access_modes.as_ref()) };
    vec![
        Value::from(pvc.metadata.name.clone().unwrap_or_default()),
        Value::from(if pvc.metadata.deletion_timestamp.is_some() { "Terminating".to_string() } else { status.phase.clone().unwrap_or_default() }),
        Value::from(bound),
        Value::from(capacity),
        Value::from(modes),
        Value::from(spec.storage_class_name.clone().unwrap_or_default()),
        Value::from(spec.volume_attributes_class_name.clone().unwrap_or_else(|| "<unset>".into())),
        Value::from(age),
        Value::from(spec.volume_mode.clone().unwrap_or_else(|| "<unset>".into())),
    ]
}

/// `printResourceQuota`: requests and limits as `name: used/hard`, sorted by name.
pub fn quota_cells(q: &ResourceQuota, age: String) -> Vec<Value> {
    let hard = q.status.as_ref().and_then(|s| s.hard.clone()).or_else(|| q.spec.as_ref().and_then(|s| s.hard.clone())).unwrap_or_default();
    let used = q.status.as_ref().and_then(|s| s.used.clone()).unwrap_or_default();
    let mut requests = Vec::new();
    let mut limits = Vec::new();
    for (name, h) in &hard {
        let u = used.get(name).map(|q| q.0.clone()).unwrap_or_else(|| "0".into());
        let cell = format!("{}: {}/{}", name, u, h.0);
        if name.starts_with("limits.") {
            limits.push(cell);
        } else {
            requests.push(cell);
        }
    }
    vec![Value::from(q.metadata.name.clone().unwrap_or_default()), Value::from(age), Value::from(requests.join(", ")), Value::from(limits.join(", "))]
}
