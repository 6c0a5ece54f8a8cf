//! The pod describer (`describePod`): node, status, IPs, controller, containers with their
//! states, conditions, volumes, QoS class, tolerations and the pod's events.

use super::containers::{describe_containers, resources, topology_spread, volumes};
use super::events::{describe_events, maybe_search, section, EventRef};
use super::format::rfc1123z;
use super::{annotations_multiline, controlled_by, labels_multiline, tabbed, tolerations_multiline, Client, Result, Writer};
use crate::api::core::{Container, EnvVar, Pod};
use crate::api::quantity::parse_milli;
use crate::kubectl::builder::Target;

const MIRROR_POD: &str = "kubernetes.io/config.mirror";

/// `EnvValueRetriever`: kubectl's scheme converts only `metadata.name` and `metadata.namespace`
/// field labels for pods, so every other `fieldRef` shows an empty value.
fn env_value(pod: &Pod, e: &EnvVar) -> String {
    let Some(f) = e.value_from.as_ref().and_then(|v| v.field_ref.as_ref()) else { return String::new() };
    match f.field_path.as_str() {
        "metadata.name" => pod.metadata.name.clone().unwrap_or_default(),
        "metadata.namespace" => pod.metadata.namespace.clone().unwrap_or_default(),
        _ => String::new(),
    }
}

/// `qos.GetPodQOS`: the status's class, else computed from the containers' cpu and memory.
pub fn qos_class(pod: &Pod) -> String {
    if let Some(q) = pod.status.as_ref().and_then(|s| s.qos_class.clone()).filter(|q| !q.is_empty()) {
        return q;
    }
    let Some(spec) = &pod.spec else { return "BestEffort".into() };
    let containers: Vec<&Container> = spec.containers.iter().chain(spec.init_containers.iter().flatten()).collect();
    let positive = |list: Option<&std::collections::BTreeMap<String, k8s_openapi::apimachinery::pkg::api::resource::Quantity>>, name: &str| -> Option<i128> {
        list.and_then(|l| l.get(name)).and_then(|q| parse_milli(&q.0)).filter(|m| *m > 0)
    };
    let (mut any, mut guaranteed) = (false, true);
    let (mut req_sum, mut lim_sum) = ([0i128; 2], [0i128; 2]);
    for c in containers {
        let r = c.resources.as_ref();
        for (i, name) in ["cpu", "memory"].iter().enumerate() {
            let req = positive(r.and_then(|r| r.requests.as_ref()), name);
            let lim = positive(r.and_then(|r| r.limits.as_ref()), name);
            any |= req.is_some() || lim.is_some();
            req_sum[i] += req.unwrap_or(0);
            lim_sum[i] += lim.unwrap_or(0);
            if lim.is_none() {
                guaranteed = false;
            }
        }
    }
    if !any {
        "BestEffort".into()
    } else if guaranteed && req_sum == lim_sum {
        "Guaranteed".into()
    } else {
        "Burstable".into()
    }
}

/// `describePod`.
pub fn pod(c: &mut Client, t: &Target) -> Result<String> {
    let pod: Pod = match c.get_as(&t.path()) {
        Ok(p) => p,
        Err(e) => {
            if c.settings.show_events {
                let r = EventRef { kind: "", name: &t.name, namespace: &t.namespace, uid: "" };
                if let Ok(events) = super::events::search(c, &r) {
                    if !events.is_empty() {
                        let now = c.now_ms;
                        return Ok(tabbed(|w| {
                            w.fmt(0, format_args!("Pod '{}': error '{}', but found events.\n", t.name, e.message()));
                            describe_events(w, &events, now);
                        }));
                    }
                }
            }
            return Err(e);
        }
    };
    let meta = &pod.metadata;
    let uid = meta.annotations.as_ref().and_then(|a| a.get(MIRROR_POD)).cloned().unwrap_or_else(|| meta.uid.clone().unwrap_or_default());
    let events = maybe_search(c, &EventRef { kind: "", name: meta.name.as_deref().unwrap_or(""), namespace: meta.namespace.as_deref().unwrap_or(""), uid: &uid });
    let now = c.now_ms;
    Ok(tabbed(|w| {
        describe_pod(w, &pod, now);
        section(w, &events, now);
    }))
}

fn describe_pod(w: &mut Writer, pod: &Pod, now: i64) {
    let m = &pod.metadata;
    let spec = pod.spec.clone().unwrap_or_default();
    let status = pod.status.clone().unwrap_or_default();
    w.fmt(0, format_args!("Name:\t{}\n", m.name.as_deref().unwrap_or("")));
    w.fmt(0, format_args!("Namespace:\t{}\n", m.namespace.as_deref().unwrap_or("")));
    if let Some(p) = spec.priority {
        w.fmt(0, format_args!("Priority:\t{}\n", p));
    }
    if let Some(pc) = spec.priority_class_name.as_deref().filter(|s| !s.is_empty()) {
        w.fmt(0, format_args!("Priority Class Name:\t{}\n", pc));
    }
    if let Some(rc) = spec.runtime_class_name.as_deref().filter(|s| !s.is_empty()) {
        w.fmt(0, format_args!("Runtime Class Name:\t{}\n", rc));
    }
    if let Some(sa) = spec.service_account_name.as_deref().filter(|s| !s.is_empty()) {
        w.fmt(0, format_args!("Service Account:\t{}\n", sa));
    }
    match spec.node_name.as_deref().filter(|n| !n.is_empty()) {
        None => w.write(0, "Node:\t<none>\n"),
        Some(n) => w.fmt(0, format_args!("Node:\t{}/{}\n", n, status.host_ip.as_deref().unwrap_or(""))),
    }
    if let Some(st) = &status.start_time {
        w.fmt(0, format_args!("Start Time:\t{}\n", rfc1123z(&st.0)));
    }
    labels_multiline(w, "Labels", m.labels.as_ref());
    annotations_multiline(w, "Annotations", m.annotations.as_ref());
    let phase = status.phase.clone().unwrap_or_default();
    match &m.deletion_timestamp {
        Some(ts) if phase != "Failed" && phase != "Succeeded" => {
            w.fmt(0, format_args!("Status:\tTerminating (lasts {})\n", super::human_since(now, Some(&ts.0))));
            w.fmt(0, format_args!("Termination Grace Period:\t{}s\n", m.deletion_grace_period_seconds.unwrap_or(0)));
        }
        _ => w.fmt(0, format_args!("Status:\t{}\n", phase)),
    }
    if let Some(r) = status.reason.as_deref().filter(|s| !s.is_empty()) {
        w.fmt(0, format_args!("Reason:\t{}\n", r));
    }
    if let Some(msg) = status.message.as_deref().filter(|s| !s.is_empty()) {
        w.fmt(0, format_args!("Message:\t{}\n", msg));
    }
    if let Some(sp) = spec.security_context.as_ref().and_then(|s| s.seccomp_profile.as_ref()) {
        w.fmt(0, format_args!("SeccompProfile:\t{}\n", sp.type_));
        if sp.type_ == "Localhost" {
            w.fmt(0, format_args!("LocalhostProfile:\t{}\n", sp.localhost_profile.as_deref().unwrap_or("")));
        }
    }
    w.fmt(0, format_args!("IP:\t{}\n", status.pod_ip.as_deref().unwrap_or("")));
    let ips = status.pod_ips.clone().unwrap_or_default();
    if ips.is_empty() {
        w.write(0, "IPs:\t<none>\n");
    } else {
        w.write(0, "IPs:\n");
        for ip in &ips {
            w.fmt(1, format_args!("IP:\t{}\n", ip.ip));
        }
    }
    let owner = controlled_by(m);
    if !owner.is_empty() {
        w.fmt(0, format_args!("Controlled By:\t{}\n", owner));
    }
    if let Some(n) = status.nominated_node_name.as_deref().filter(|s| !s.is_empty()) {
        w.fmt(0, format_args!("NominatedNodeName:\t{}\n", n));
    }
    if spec.resources.is_some() {
        w.write(0, "Resources:\n");
        resources(w, spec.resources.as_ref(), 1);
    }
    let resolver = |e: &EnvVar| env_value(pod, e);
    if let Some(init) = spec.init_containers.as_ref().filter(|i| !i.is_empty()) {
        describe_containers(w, "Init Containers", init, Some(status.init_container_statuses.as_deref().unwrap_or(&[])), Some(&resolver), "");
    }
    describe_containers(w, "Containers", &spec.containers, Some(status.container_statuses.as_deref().unwrap_or(&[])), Some(&resolver), "");
    if let Some(eph) = spec.ephemeral_containers.as_ref().filter(|e| !e.is_empty()) {
        let as_containers: Vec<Container> = {
            let wrapped: Pod = super::decode(crate::json!({"spec": {"containers": crate::api::json_value(eph)}}));
            wrapped.spec.map(|s| s.containers).unwrap_or_default()
        };
        describe_containers(w, "Ephemeral Containers", &as_containers, Some(status.ephemeral_container_statuses.as_deref().unwrap_or(&[])), Some(&resolver), "");
    }
    let conditions = status.conditions.clone().unwrap_or_default();
    if let Some(gates) = spec.readiness_gates.as_ref().filter(|g| !g.is_empty()) {
        w.write(0, "Readiness Gates:\n  Type\tStatus\n");
        for g in gates {
            let st = conditions.iter().find(|c| c.type_ == g.condition_type).map(|c| c.status.clone()).unwrap_or_else(|| "<none>".into());
            w.fmt(1, format_args!("{} \t{} \n", g.condition_type, st));
        }
    }
    if !conditions.is_empty() {
        w.write(0, "Conditions:\n  Type\tStatus\n");
        for cond in &conditions {
            w.fmt(1, format_args!("{} \t{} \n", cond.type_, cond.status));
        }
    }
    volumes(w, spec.volumes.as_deref().unwrap_or(&[]), "");
    w.fmt(0, format_args!("QoS Class:\t{}\n", qos_class(pod)));
    labels_multiline(w, "Node-Selectors", spec.node_selector.as_ref());
    tolerations_multiline(w, "Tolerations", spec.tolerations.as_deref().unwrap_or(&[]));
    topology_spread(w, spec.topology_spread_constraints.as_deref().unwrap_or(&[]), "");
}
