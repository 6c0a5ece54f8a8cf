//! Snapshots for the UI: plain data about nodes and pods, built from the apiserver's state.

use crate::api::meta::Epoch;
use crate::api::{Kind, Typed};
use crate::api::core::{Node, Pod};
use crate::apiserver::printers::{node_roles, node_status, pod_summary};
use crate::apiserver::ApiServer;
use crate::sim::clock::SimTime;
use std::collections::BTreeMap;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PodView {
    pub namespace: String,
    pub name: String,
    pub ready: String,
    pub status: String,
    pub restarts: String,
    pub ip: Option<String>,
    pub node: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NodeView {
    pub name: String,
    pub status: String,
    pub roles: String,
    pub internal_ip: String,
    pub pod_cidr: Option<String>,
    pub pods: Vec<PodView>,
}

/// A Service and the pods behind it (its EndpointSlices' ready endpoints).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServiceView {
    pub namespace: String,
    pub name: String,
    pub type_: String,
    pub cluster_ip: String,
    /// `80/TCP`, `80:30080/TCP`, …
    pub ports: String,
    /// (pod name or address, ready).
    pub endpoints: Vec<(String, bool)>,
}

/// An Ingress in front of its Services: each rule's host and path, and the backend it picks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IngressView {
    pub namespace: String,
    pub name: String,
    pub class: String,
    /// The address the controller published (`kubectl get ingress`'s ADDRESS).
    pub address: String,
    /// (host or `*`, path, `service:port`).
    pub rules: Vec<(String, String, String)>,
}

#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct ClusterView {
    pub now: SimTime,
    pub epoch_unix_ms: i64,
    pub nodes: Vec<NodeView>,
    /// Pods not yet bound to a node.
    pub pending: Vec<PodView>,
    pub services: Vec<ServiceView>,
    /// The etcd member that leads (named after its node), if any.
    pub etcd_leader: Option<String>,
    /// Which node's kube-scheduler and kube-controller-manager hold their leases (component, node).
    pub leaders: Vec<(String, String)>,
    pub ingresses: Vec<IngressView>,
    pub revision: i64,
}

pub fn build(api: &ApiServer, now: SimTime) -> ClusterView {
    let epoch: Epoch = api.epoch();
    let everything = crate::api::labels::Selector::everything();
    let no_fields = crate::api::fields::FieldSelector::default();
    let nodes = api.list(Kind::Node, None, &everything, &no_fields).map(|l| l.items).unwrap_or_default();
    let pods = api.list(Kind::Pod, None, &everything, &no_fields).map(|l| l.items).unwrap_or_default();
    let mut by_node: BTreeMap<String, Vec<PodView>> = BTreeMap::new();
    let mut pending = Vec::new();
    for o in &pods {
        let Some(p) = Pod::from_object(o) else { continue };
        let (ready, status, restarts) = pod_summary(p, epoch, now);
        let node = p.spec.as_ref().and_then(|s| s.node_name.clone()).filter(|n| !n.is_empty());
        let view = PodView {
            namespace: o.namespace().to_string(),
            name: o.name().to_string(),
            ready,
            status,
            restarts,
            ip: p.status.as_ref().and_then(|s| s.pod_ip.clone()),
            node: node.clone(),
        };
        match node {
            Some(n) => by_node.entry(n).or_default().push(view),
            None => pending.push(view),
        }
    }
    let nodes = nodes
        .iter()
        .filter_map(|o| Node::from_object(o))
        .map(|n| {
            let name = n.metadata.name.clone().unwrap_or_default();
            let roles = node_roles(n);
            NodeView {
                status: node_status(n),
                roles: if roles.is_empty() { "<none>".into() } else { roles.join(",") },
                internal_ip: n
                    .status
                    .as_ref()
                    .and_then(|s| s.addresses.as_ref())
                    .and_then(|a| a.iter().find(|a| a.type_ == "InternalIP"))
                    .map(|a| a.address.clone())
                    .unwrap_or_default(),
                pod_cidr: n.spec.as_ref().and_then(|s| s.pod_cidr.clone()),
                pods: by_node.remove(&name).unwrap_or_default(),
                name,
            }
        })
        .collect();
    let services = services(api);
    let etcd_leader = api.raft().leader().map(|m| m.name.clone());
    let leaders = leaders(api);
    let ingresses = ingresses(api);
    ClusterView { now, epoch_unix_ms: epoch.unix_ms, nodes, pending, services, etcd_leader, leaders, ingresses, revision: api.revision() }
}

/// The leader-election leases in kube-system: whose instance works (holder `node_uuid`).
fn leaders(api: &ApiServer) -> Vec<(String, String)> {
    ["kube-scheduler", "kube-controller-manager"]
        .into_iter()
        .filter_map(|c| {
            let o = api.get(Kind::Lease, "kube-system", c).ok()?;
            let l = o.as_typed::<crate::api::coordination::Lease>()?;
            let holder = l.spec.as_ref()?.holder_identity.clone()?;
            let node = holder.split('_').next().unwrap_or(&holder).to_string();
            Some((c.to_string(), node))
        })
        .collect()
}

/// Every Ingress with its rules.
fn ingresses(api: &ApiServer) -> Vec<IngressView> {
    let everything = crate::api::labels::Selector::everything();
    let no_fields = crate::api::fields::FieldSelector::default();
    let list = api.list(Kind::Ingress, None, &everything, &no_fields).map(|l| l.items).unwrap_or_default();
    list.iter()
        .filter_map(|o| {
            let ing = o.as_typed::<crate::api::networking::Ingress>()?;
            let spec = ing.spec.as_ref()?;
            let backend = |b: &crate::api::networking::IngressBackend| match &b.service {
                Some(s) => format!("{}:{}", s.name, s.port.as_ref().map(|p| p.number.map(|n| n.to_string()).or_else(|| p.name.clone()).unwrap_or_default()).unwrap_or_default()),
                None => "resource".to_string(),
            };
            let mut rules = Vec::new();
            for r in spec.rules.iter().flatten() {
                let host = r.host.clone().unwrap_or_else(|| "*".into());
                for p in r.http.iter().flat_map(|h| h.paths.iter()) {
                    rules.push((host.clone(), p.path.clone().unwrap_or_else(|| "/".into()), backend(&p.backend)));
                }
            }
            if let Some(b) = &spec.default_backend {
                rules.push(("*".into(), "(default)".into(), backend(b)));
            }
            let address = ing
                .status
                .as_ref()
                .and_then(|s| s.load_balancer.as_ref())
                .and_then(|lb| lb.ingress.as_ref())
                .map(|i| i.iter().filter_map(|a| a.ip.clone().or_else(|| a.hostname.clone())).collect::<Vec<_>>().join(","))
                .unwrap_or_default();
            Some(IngressView { namespace: o.namespace().to_string(), name: o.name().to_string(), class: spec.ingress_class_name.clone().unwrap_or_default(), address, rules })
        })
        .collect()
}

/// Every Service outside kube-system, with its endpoints.
fn services(api: &ApiServer) -> Vec<ServiceView> {
    use crate::api::core::Service;
    use crate::api::discovery::EndpointSlice;
    let everything = crate::api::labels::Selector::everything();
    let no_fields = crate::api::fields::FieldSelector::default();
    let svcs = api.list(Kind::Service, None, &everything, &no_fields).map(|l| l.items).unwrap_or_default();
    let slices = api.list(Kind::EndpointSlice, None, &everything, &no_fields).map(|l| l.items).unwrap_or_default();
    // Under `namespace/name`, boxed: the page's existing map code, not a map type of its own.
    let mut by_service: BTreeMap<String, Box<Vec<(String, bool)>>> = BTreeMap::new();
    for o in &slices {
        let Some(s) = o.as_typed::<EndpointSlice>() else { continue };
        let Some(svc) = s.metadata.labels.as_ref().and_then(|l| l.get(crate::network::proxy::SERVICE_NAME_LABEL)) else { continue };
        let eps = by_service.entry(format!("{}/{}", o.namespace(), svc)).or_default();
        for e in &s.endpoints {
            let name = e.target_ref.as_ref().and_then(|r| r.name.clone()).or_else(|| e.addresses.first().cloned()).unwrap_or_default();
            let ready = e.conditions.as_ref().and_then(|c| c.ready).unwrap_or(true);
            if !eps.iter().any(|(n, _)| *n == name) {
                eps.push((name, ready));
            }
        }
    }
    svcs.iter()
        .filter(|o| o.namespace() != "kube-system")
        .filter_map(|o| {
            let svc = o.as_typed::<Service>()?;
            let spec = svc.spec.as_ref()?;
            let ports = spec
                .ports
                .iter()
                .flatten()
                .map(|p| match p.node_port {
                    Some(np) => format!("{}:{}/{}", p.port, np, p.protocol.as_deref().unwrap_or("TCP")),
                    None => format!("{}/{}", p.port, p.protocol.as_deref().unwrap_or("TCP")),
                })
                .collect::<Vec<_>>()
                .join(",");
            Some(ServiceView {
                namespace: o.namespace().to_string(),
                name: o.name().to_string(),
                type_: spec.type_.clone().unwrap_or_else(|| "ClusterIP".into()),
                cluster_ip: spec.cluster_ip.clone().unwrap_or_default(),
                ports,
                endpoints: by_service.remove(&format!("{}/{}", o.namespace(), o.name())).map(|e| *e).unwrap_or_default(),
            })
        })
        .collect()
}

/// The store as the page's store view shows it: the revision and compaction point, how many
/// keys each resource has under its etcd prefix, the raft members, and the latest writes.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct StoreView {
    pub revision: i64,
    pub compacted: i64,
    /// (etcd prefix, keys), for the resources that have any.
    pub resources: Vec<(String, usize)>,
    /// (name, role, term, last index, running).
    pub members: Vec<(String, &'static str, u64, u64, bool)>,
    pub commit: u64,
    /// (revision, key, what the write did), newest first.
    pub recent: Vec<(i64, String, String)>,
}

pub fn store(api: &ApiServer, timeline: &crate::sim::timeline::Timeline, recent: usize) -> StoreView {
    let (revision, compacted, resources) = api.key_counts();
    let (members, commit) = api.raft_members();
    let key = |h: &crate::sim::timeline::Happening| {
        let prefix = format!("/registry/{}", Kind::ALL.iter().map(|k| k.info()).find(|i| i.kind == h.kind).map(|i| i.etcd_prefix).unwrap_or(""));
        if h.namespace.is_empty() { format!("{}/{}", prefix, h.name) } else { format!("{}/{}/{}", prefix, h.namespace, h.name) }
    };
    let recent = timeline.iter().rev().filter(|h| h.rev > 0).take(recent).map(|h| (h.rev, key(h), format!("{}: {}", h.actor, h.what))).collect();
    StoreView { revision, compacted, resources, members, commit, recent }
}
