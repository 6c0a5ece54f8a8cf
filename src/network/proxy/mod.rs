//! kube-proxy: what it knows (every Service port and its endpoints, from the Service and
//! EndpointSlice informers — upstream's `ServicePortMap` and `EndpointsMap`) and the per-node
//! proxiers that turn it into rules (`iptables`). One snapshot of that knowledge is built per
//! change and shared by every node's proxier (`Arc`), so a node's sync is a pointer swap and its
//! rules are compiled only when someone looks at them.

pub mod iptables;
pub mod ipvs;
pub mod kube_proxy;
pub mod rules;

use crate::api::core::Service;
use crate::api::discovery::EndpointSlice;
use crate::api::ObjectRef;
use std::collections::BTreeMap;

/// `discovery.k8s.io/v1`'s label naming the Service a slice belongs to.
pub const SERVICE_NAME_LABEL: &str = "kubernetes.io/service-name";

/// One endpoint of a service port.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Endpoint {
    pub ip: String,
    pub port: i32,
    pub node: Option<String>,
    pub ready: bool,
    pub serving: bool,
    pub terminating: bool,
    /// The pod's DNS hostname under the Service (a StatefulSet's `web-0`).
    pub hostname: Option<String>,
}

impl Endpoint {
    /// `ip:port`, as upstream's `Endpoint.String()` (and the sort order of a port's endpoints).
    pub fn addr(&self) -> String {
        format!("{}:{}", self.ip, self.port)
    }
}

/// One port of one Service, with everything the proxier needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SvcPort {
    pub namespace: String,
    pub service: String,
    /// The port's name ("" for an unnamed single port).
    pub port_name: String,
    /// `TCP`, `UDP` or `SCTP`.
    pub protocol: String,
    /// None for a headless Service (no rules).
    pub cluster_ip: Option<String>,
    pub port: i32,
    pub node_port: Option<i32>,
    pub external_ips: Vec<String>,
    pub load_balancer_ips: Vec<String>,
    /// `externalTrafficPolicy: Local`.
    pub external_local: bool,
    /// `internalTrafficPolicy: Local`.
    pub internal_local: bool,
    /// `sessionAffinity: ClientIP`: its timeout in seconds.
    pub affinity_seconds: Option<i32>,
    /// Sorted by `ip:port`, as upstream's endpoint slice cache returns them.
    pub endpoints: Vec<Endpoint>,
}

impl SvcPort {
    /// `ServicePortName.String()`: `ns/svc` or `ns/svc:port`.
    pub fn name(&self) -> String {
        if self.port_name.is_empty() {
            format!("{}/{}", self.namespace, self.service)
        } else {
            format!("{}/{}:{}", self.namespace, self.service, self.port_name)
        }
    }
    pub fn proto(&self) -> String {
        self.protocol.to_ascii_lowercase()
    }
    /// Whether traffic from outside (NodePort, external and load-balancer IPs) may reach it.
    pub fn has_external(&self) -> bool {
        self.node_port.is_some() || !self.external_ips.is_empty() || !self.load_balancer_ips.is_empty()
    }
}

/// An `ExternalName` Service: no rules, only CoreDNS's CNAME.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExternalName {
    pub namespace: String,
    pub service: String,
    pub target: String,
    /// (name, protocol, port) of its declared ports, for SRV answers.
    pub ports: Vec<(String, String, i32)>,
}

/// Everything kube-proxy knows at one moment, sorted by service port name and protocol (and
/// the ExternalName Services by namespace and name, which CoreDNS's informer also sees).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ServiceSnapshot {
    pub ports: Vec<SvcPort>,
    pub external_names: Vec<ExternalName>,
}

impl ServiceSnapshot {
    pub fn new(ports: Vec<SvcPort>) -> ServiceSnapshot {
        ServiceSnapshot { ports, external_names: vec![] }
    }
}

impl ServiceSnapshot {
    /// Builds the snapshot from the informers' caches: each Service port, and the endpoints of
    /// the slices labelled with its Service whose port has the same name and protocol.
    pub fn build<'a>(services: impl Iterator<Item = &'a ObjectRef>, slices: impl Iterator<Item = &'a ObjectRef>) -> ServiceSnapshot {
        // (namespace, service) -> slices
        let mut by_service: BTreeMap<(String, String), Vec<&EndpointSlice>> = BTreeMap::new();
        for o in slices {
            let Some(s) = o.as_typed::<EndpointSlice>() else { continue };
            let Some(svc) = s.metadata.labels.as_ref().and_then(|l| l.get(SERVICE_NAME_LABEL)) else { continue };
            if s.address_type != "IPv4" {
                continue;
            }
            by_service.entry((o.namespace().to_string(), svc.clone())).or_default().push(s);
        }
        let mut ports = Vec::new();
        let mut external_names = Vec::new();
        for o in services {
            let Some(svc) = o.as_typed::<Service>() else { continue };
            let Some(spec) = svc.spec.as_ref() else { continue };
            let type_ = spec.type_.as_deref().unwrap_or("ClusterIP");
            if type_ == "ExternalName" {
                let target = spec.external_name.clone().unwrap_or_default().trim_end_matches('.').to_ascii_lowercase();
                let ports = spec.ports.iter().flatten().map(|p| (p.name.clone().unwrap_or_default(), p.protocol.clone().unwrap_or_else(|| "TCP".into()), p.port)).collect();
                external_names.push(ExternalName { namespace: o.namespace().to_string(), service: o.name().to_string(), target, ports });
                continue;
            }
            let cluster_ip = spec.cluster_ip.clone().filter(|ip| !ip.is_empty() && ip != "None");
            let slices = by_service.get(&(o.namespace().to_string(), o.name().to_string()));
            let lb_ips: Vec<String> = svc
                .status
                .as_ref()
                .and_then(|s| s.load_balancer.as_ref())
                .and_then(|lb| lb.ingress.as_ref())
                .map(|ing| ing.iter().filter_map(|i| i.ip.clone()).collect())
                .unwrap_or_default();
            for p in spec.ports.iter().flatten() {
                let port_name = p.name.clone().unwrap_or_default();
                let protocol = p.protocol.clone().unwrap_or_else(|| "TCP".into());
                let mut endpoints = Vec::new();
                for s in slices.into_iter().flatten() {
                    let Some(sp) = s.ports.iter().flatten().find(|sp| sp.name.clone().unwrap_or_default() == port_name && sp.protocol.as_deref().unwrap_or("TCP") == protocol) else {
                        continue;
                    };
                    let Some(port) = sp.port else { continue };
                    for e in &s.endpoints {
                        let Some(ip) = e.addresses.first() else { continue };
                        let c = e.conditions.as_ref();
                        let ready = c.and_then(|c| c.ready).unwrap_or(true);
                        endpoints.push(Endpoint {
                            ip: ip.clone(),
                            port,
                            node: e.node_name.clone(),
                            ready,
                            serving: c.and_then(|c| c.serving).unwrap_or(ready),
                            terminating: c.and_then(|c| c.terminating).unwrap_or(false),
                            hostname: e.hostname.clone(),
                        });
                    }
                }
                crate::api::order::sort_by_key(&mut endpoints, |e| e.addr());
                endpoints.dedup_by(|a, b| a.addr() == b.addr());
                ports.push(SvcPort {
                    namespace: o.namespace().to_string(),
                    service: o.name().to_string(),
                    port_name,
                    protocol,
                    cluster_ip: cluster_ip.clone(),
                    port: p.port,
                    node_port: p.node_port.filter(|_| type_ == "NodePort" || type_ == "LoadBalancer"),
                    external_ips: spec.external_ips.clone().unwrap_or_default(),
                    load_balancer_ips: lb_ips.clone(),
                    external_local: spec.external_traffic_policy.as_deref() == Some("Local"),
                    internal_local: spec.internal_traffic_policy.as_deref() == Some("Local"),
                    affinity_seconds: (spec.session_affinity.as_deref() == Some("ClientIP")).then(|| {
                        spec.session_affinity_config.as_ref().and_then(|c| c.client_ip.as_ref()).and_then(|c| c.timeout_seconds).unwrap_or(10800)
                    }),
                    endpoints,
                });
            }
        }
        crate::api::order::sort_by_key(&mut ports, |p| (p.name(), p.proto()));
        crate::api::order::sort_by_key(&mut external_names, |e| (e.namespace.clone(), e.service.clone()));
        ServiceSnapshot { ports, external_names }
    }
}

#[cfg(test)]
mod flow_tests;
