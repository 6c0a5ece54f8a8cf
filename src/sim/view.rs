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

#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct ClusterView {
    pub now: SimTime,
    pub epoch_unix_ms: i64,
    pub nodes: Vec<NodeView>,
    /// Pods not yet bound to a node.
    pub pending: Vec<PodView>,
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
    ClusterView { now, epoch_unix_ms: epoch.unix_ms, nodes, pending, revision: api.revision() }
}
