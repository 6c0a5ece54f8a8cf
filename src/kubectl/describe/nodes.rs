//! The node describer (`describeNode`): roles, taints, lease, conditions, addresses, capacity,
//! system info, the non-terminated pods with their requests and limits against allocatable, the
//! totals, and the node's events (looked up by uid and by name, as kubelets record them).

use super::events::{describe_events, search, EventRef};
use super::format::{rfc1123z, time_or_zero};
use super::{annotations_multiline, labels_multiline, taints_multiline, tabbed, Client, Error, Result, Writer};
use crate::api::coordination::Lease;
use crate::api::core::{Node, Pod};

type ResourceList = BTreeMap<String, k8s_openapi::apimachinery::pkg::api::resource::Quantity>;
use crate::api::quantity::Qty;
use crate::kubectl::builder::Target;
use std::collections::{BTreeMap, BTreeSet};

type Totals = BTreeMap<String, Qty>;

fn qty(list: Option<&ResourceList>, name: &str) -> Qty {
    list.and_then(|l| l.get(name)).and_then(|q| Qty::parse(&q.0)).unwrap_or(Qty::ZERO)
}

fn add_list(into: &mut Totals, list: Option<&ResourceList>) {
    for (k, v) in list.into_iter().flatten() {
        let q = Qty::parse(&v.0).unwrap_or(Qty::ZERO);
        let cur = into.get(k).copied();
        into.insert(k.clone(), match cur {
            Some(c) => c.add(q),
            None => q,
        });
    }
}

fn max_list(into: &mut Totals, other: &Totals) {
    for (k, v) in other {
        match into.get(k) {
            Some(cur) if cur.milli >= v.milli => {}
            _ => {
                into.insert(k.clone(), *v);
            }
        }
    }
}

/// `resourcehelper.PodRequestsAndLimits`: containers summed, init containers as a maximum
/// (restartable ones added), plus the pod overhead.
pub fn pod_requests_and_limits(pod: &Pod) -> (Totals, Totals) {
    let spec = pod.spec.clone().unwrap_or_default();
    let mut out = Vec::new();
    for limits in [false, true] {
        let pick = |r: Option<&crate::api::core::ResourceRequirements>| -> Option<ResourceList> { r.and_then(|r| if limits { r.limits.clone() } else { r.requests.clone() }) };
        let mut total = Totals::new();
        for c in &spec.containers {
            add_list(&mut total, pick(c.resources.as_deref()).as_ref());
        }
        let mut restartable = Totals::new();
        let mut init_max = Totals::new();
        for c in spec.init_containers.iter().flatten() {
            let own = pick(c.resources.as_deref());
            let this = if c.restart_policy.as_deref() == Some("Always") {
                add_list(&mut total, own.as_ref());
                add_list(&mut restartable, own.as_ref());
                restartable.clone()
            } else {
                let mut tmp = Totals::new();
                add_list(&mut tmp, own.as_ref());
                for (k, v) in &restartable {
                    let cur = tmp.get(k).copied();
                    tmp.insert(k.clone(), cur.map(|c| c.add(*v)).unwrap_or(*v));
                }
                tmp
            };
            max_list(&mut init_max, &this);
        }
        max_list(&mut total, &init_max);
        if let Some(overhead) = &spec.overhead {
            for (k, v) in overhead {
                let q = Qty::parse(&v.0).unwrap_or(Qty::ZERO);
                match total.get(k).copied() {
                    Some(cur) => {
                        total.insert(k.clone(), cur.add(q));
                    }
                    None if !limits => {
                        total.insert(k.clone(), q);
                    }
                    None => {}
                }
            }
        }
        out.push(total);
    }
    let limits = out.pop().unwrap_or_default();
    let requests = out.pop().unwrap_or_default();
    (requests, limits)
}

/// `int64(float64(a) / float64(b) * 100)`, as kubectl computes percentages.
fn percent(a: i128, b: i128) -> i64 {
    if b == 0 {
        return 0;
    }
    (a as f64 / b as f64 * 100.0) as i64
}

fn get(t: &Totals, name: &str) -> Qty {
    t.get(name).copied().unwrap_or(Qty::ZERO)
}

/// `findNodeRoles`.
pub fn node_roles(node: &Node) -> Vec<String> {
    let mut roles = BTreeSet::new();
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

/// `describeNodeResource`: the pods table and the allocated totals.
fn node_resources(w: &mut Writer, pods: &[Pod], node: &Node, now: i64) {
    w.fmt(0, format_args!("Non-terminated Pods:\t({} in total)\n", pods.len()));
    w.write(1, "Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n");
    w.write(1, "---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n");
    let status = node.status.clone().unwrap_or_default();
    let alloc = match status.allocatable.as_ref().filter(|a| !a.is_empty()) {
        Some(a) => Some(a.clone()),
        None => status.capacity.clone(),
    };
    let alloc = alloc.as_ref();
    let (alloc_cpu, alloc_mem, alloc_eph) = (qty(alloc, "cpu").milli, qty(alloc, "memory").value(), qty(alloc, "ephemeral-storage").value());
    let cell = |q: Qty, of: i128, milli: bool| format!("{} ({}%)", q.canonical(), percent(if milli { q.milli } else { q.value() }, of));
    for p in pods {
        let (req, lim) = pod_requests_and_limits(p);
        w.write(
            1,
            &format!(
                "{}\t{}\t\t{}\t{}\t{}\t{}\t{}\n",
                p.metadata.namespace.as_deref().unwrap_or(""),
                p.metadata.name.as_deref().unwrap_or(""),
                cell(get(&req, "cpu"), alloc_cpu, true),
                cell(get(&lim, "cpu"), alloc_cpu, true),
                cell(get(&req, "memory"), alloc_mem, false),
                cell(get(&lim, "memory"), alloc_mem, false),
                super::human_since(now, p.metadata.creation_timestamp.as_ref().map(|t| &t.0))
            ),
        );
    }
    w.write(0, "Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n");
    w.write(1, "Resource\tRequests\tLimits\n");
    w.write(1, "--------\t--------\t------\n");
    let (mut reqs, mut limits) = (Totals::new(), Totals::new());
    for p in pods {
        let (r, l) = pod_requests_and_limits(p);
        for (into, from) in [(&mut reqs, r), (&mut limits, l)] {
            for (k, v) in from {
                let cur = into.get(&k).copied();
                into.insert(k, cur.map(|c| c.add(v)).unwrap_or(v));
            }
        }
    }
    for (name, of, milli) in [("cpu", alloc_cpu, true), ("memory", alloc_mem, false), ("ephemeral-storage", alloc_eph, false)] {
        w.fmt(1, format_args!("{}\t{}\t{}\n", name, cell(get(&reqs, name), of, milli), cell(get(&limits, name), of, milli)));
    }
    let standard = |n: &str| matches!(n, "cpu" | "memory" | "ephemeral-storage" | "pods") || n.starts_with("requests.") || n.starts_with("limits.");
    let names: Vec<String> = alloc.map(|a| a.keys().cloned().collect()).unwrap_or_default();
    for h in names.iter().filter(|n| n.starts_with("hugepages-")) {
        let of = qty(alloc, h).value();
        w.fmt(1, format_args!("{}\t{}\t{}\n", h, cell(get(&reqs, h), of, false), cell(get(&limits, h), of, false)));
    }
    for ext in names.iter().filter(|n| !n.starts_with("hugepages-") && !standard(n)) {
        w.fmt(1, format_args!("{}\t{}\t{}\n", ext, get(&reqs, ext).canonical(), get(&limits, ext).canonical()));
    }
}

fn lease_section(w: &mut Writer, lease: std::result::Result<Lease, Error>) {
    match lease {
        Err(e) => w.fmt(0, format_args!("Lease:\tFailed to get lease: {}\n", e.message())),
        Ok(l) => {
            let spec = l.spec.unwrap_or_default();
            w.write(0, "Lease:\n");
            w.fmt(1, format_args!("HolderIdentity:\t{}\n", spec.holder_identity.clone().unwrap_or_else(|| "<unset>".into())));
            w.fmt(1, format_args!("AcquireTime:\t{}\n", spec.acquire_time.as_ref().map(|t| rfc1123z(&t.0)).unwrap_or_else(|| "<unset>".into())));
            w.fmt(1, format_args!("RenewTime:\t{}\n", spec.renew_time.as_ref().map(|t| rfc1123z(&t.0)).unwrap_or_else(|| "<unset>".into())));
        }
    }
}

/// `describeNode`.
pub fn node(c: &mut Client, t: &Target) -> Result<String> {
    let node: Node = c.get_as(&t.path())?;
    let name = node.metadata.name.clone().unwrap_or_default();
    let selector = format!("spec.nodeName={},status.phase!=Succeeded,status.phase!=Failed", name);
    let pods: Option<Vec<Pod>> = match c.list_as(&super::ns_path("/api/v1", &t.namespace, "pods"), "", &selector) {
        Ok(p) => Some(p),
        Err(Error::Api(e)) if e.reason == "Forbidden" => None,
        Err(e) => return Err(e),
    };
    let events = if c.settings.show_events {
        let uid = node.metadata.uid.clone().unwrap_or_default();
        let mut list = search(c, &EventRef { kind: "Node", name: &name, namespace: "", uid: &uid }).unwrap_or_default();
        list.extend(search(c, &EventRef { kind: "Node", name: &name, namespace: "", uid: &name }).unwrap_or_default());
        Some(list)
    } else {
        None
    };
    let lease = c.get_as::<Lease>(&format!("/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases/{}", name));
    let now = c.now_ms;
    Ok(tabbed(|w| {
        let m = &node.metadata;
        let spec = node.spec.clone().unwrap_or_default();
        let status = node.status.clone().unwrap_or_default();
        w.fmt(0, format_args!("Name:\t{}\n", name));
        let roles = node_roles(&node);
        w.fmt(0, format_args!("Roles:\t{}\n", if roles.is_empty() { "<none>".into() } else { roles.join(",") }));
        labels_multiline(w, "Labels", m.labels.as_ref());
        annotations_multiline(w, "Annotations", m.annotations.as_ref());
        w.fmt(0, format_args!("CreationTimestamp:\t{}\n", time_or_zero(m.creation_timestamp.as_ref())));
        taints_multiline(w, "Taints", spec.taints.as_deref().unwrap_or(&[]));
        w.fmt(0, format_args!("Unschedulable:\t{}\n", spec.unschedulable.unwrap_or(false)));
        lease_section(w, lease);
        let conditions = status.conditions.clone().unwrap_or_default();
        if !conditions.is_empty() {
            w.write(0, "Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n");
            w.write(1, "----\t------\t-----------------\t------------------\t------\t-------\n");
            for cnd in &conditions {
                w.write(
                    1,
                    &format!(
                        "{} \t{} \t{} \t{} \t{} \t{}\n",
                        cnd.type_,
                        cnd.status,
                        time_or_zero(cnd.last_heartbeat_time.as_ref()),
                        time_or_zero(cnd.last_transition_time.as_ref()),
                        cnd.reason.as_deref().unwrap_or(""),
                        cnd.message.as_deref().unwrap_or("")
                    ),
                );
            }
        }
        w.write(0, "Addresses:\n");
        for a in status.addresses.iter().flatten() {
            w.fmt(1, format_args!("{}:\t{}\n", a.type_, a.address));
        }
        for (title, list) in [("Capacity", &status.capacity), ("Allocatable", &status.allocatable)] {
            if let Some(list) = list.as_ref().filter(|l| !l.is_empty()) {
                w.fmt(0, format_args!("{}:\n", title));
                for (k, v) in list {
                    w.fmt(0, format_args!("  {}:\t{}\n", k, v.0));
                }
            }
        }
        let info = status.node_info.clone().unwrap_or_default();
        w.write(0, "System Info:\n");
        for (k, v) in [
            ("Machine ID", &info.machine_id),
            ("System UUID", &info.system_uuid),
            ("Boot ID", &info.boot_id),
            ("Kernel Version", &info.kernel_version),
            ("OS Image", &info.os_image),
            ("Operating System", &info.operating_system),
            ("Architecture", &info.architecture),
            ("Container Runtime Version", &info.container_runtime_version),
            ("Kubelet Version", &info.kubelet_version),
        ] {
            w.fmt(0, format_args!("  {}:\t{}\n", k, v));
        }
        w.fmt(0, format_args!("  Kube-Proxy Version:\t{}\n", info.kube_proxy_version));
        if let Some(cidr) = spec.pod_cidr.as_deref().filter(|s| !s.is_empty()) {
            w.fmt(0, format_args!("PodCIDR:\t{}\n", cidr));
        }
        if let Some(cidrs) = spec.pod_cidrs.as_ref().filter(|c| !c.is_empty()) {
            w.fmt(0, format_args!("PodCIDRs:\t{}\n", cidrs.join(",")));
        }
        if let Some(p) = spec.provider_id.as_deref().filter(|s| !s.is_empty()) {
            w.fmt(0, format_args!("ProviderID:\t{}\n", p));
        }
        match &pods {
            Some(pods) => node_resources(w, pods, &node, now),
            None => w.write(0, "Pods:\tnot authorized\n"),
        }
        if let Some(events) = &events {
            describe_events(w, events, now);
        }
    }))
}
