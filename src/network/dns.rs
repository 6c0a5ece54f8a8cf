//! CoreDNS as kubeadm deploys it (the `kubernetes cluster.local in-addr.arpa ip6.arpa` plugin
//! with `pods insecure`, then `forward . /etc/resolv.conf`): a Service's name answers its
//! ClusterIP, a headless Service's one A per ready endpoint, `a-b-c-d.ns.pod` the address it
//! spells, a headless Service's endpoint by hostname (`web-0.nginx`); anything else in the zone is NXDOMAIN (NODATA for the zone's own names and for an
//! IPv6 question in this IPv4 cluster). Names outside the zone go to the nodes' resolver, which
//! knows the nodes' names and nothing else (the lab has no internet). CoreDNS watches Services
//! and EndpointSlices; kubeplay answers from the same informer snapshot kube-proxy builds.

use super::proxy::ServiceSnapshot;
use crate::kubelet::sh::net::{is_ip, DnsAnswer, Qtype, Rcode};

pub const ZONE: &str = "cluster.local";

/// CoreDNS's answer to one question. `namespace_exists` is its namespace informer; `nodes`
/// (name, address) is what the upstream resolver knows.
pub fn answer(snap: &ServiceSnapshot, name: &str, qtype: Qtype, namespace_exists: &dyn Fn(&str) -> bool, nodes: &[(String, String)]) -> DnsAnswer {
    let name = name.trim_end_matches('.').to_ascii_lowercase();
    let reply = |rcode: Rcode, addrs: Vec<String>, authoritative: bool| DnsAnswer { name: name.clone(), qtype, rcode, addrs, authoritative };
    let Some(rest) = name.strip_suffix(ZONE).filter(|r| r.is_empty() || r.ends_with('.')) else {
        return upstream(&name, qtype, nodes);
    };
    let labels: Vec<&str> = rest.trim_end_matches('.').split('.').filter(|l| !l.is_empty()).collect();
    let a = |addrs: Vec<String>| {
        if addrs.is_empty() {
            reply(Rcode::NxDomain, vec![], true)
        } else if qtype == Qtype::A {
            reply(Rcode::NoError, addrs, true)
        } else {
            // IPv4 only: the name exists, with no IPv6 address.
            reply(Rcode::NoError, vec![], true)
        }
    };
    match labels.as_slice() {
        [] | ["svc"] | ["pod"] => reply(Rcode::NoError, vec![], true),
        [ns, "svc"] | [ns, "pod"] if namespace_exists(ns) => reply(Rcode::NoError, vec![], true),
        [svc, ns, "svc"] => a(service_addrs(snap, ns, svc)),
        [host, svc, ns, "svc"] => a(endpoint_addrs(snap, ns, svc, host)),
        [dashed, ns, "pod"] if namespace_exists(ns) => {
            let ip = dashed.replace('-', ".");
            a(if is_ip(&ip) { vec![ip] } else { vec![] })
        }
        _ => reply(Rcode::NxDomain, vec![], true),
    }
}

/// A Service's addresses: its ClusterIP, or for a headless one its ready endpoints.
fn service_addrs(snap: &ServiceSnapshot, ns: &str, svc: &str) -> Vec<String> {
    // Ports are sorted by `ns/svc[:port]`: a Service's ports lie after the first name ≥ `ns/svc`,
    // among the names that start with it.
    let prefix = format!("{}/{}", ns, svc);
    let start = snap.ports.partition_point(|p| p.name() < prefix);
    let mut addrs: Vec<String> = Vec::new();
    for p in snap.ports[start..].iter().take_while(|p| p.name().starts_with(&prefix)).filter(|p| p.namespace == ns && p.service == svc) {
        match &p.cluster_ip {
            Some(ip) => return vec![ip.clone()],
            None => {
                for e in p.endpoints.iter().filter(|e| e.ready) {
                    if !addrs.contains(&e.ip) {
                        addrs.push(e.ip.clone());
                    }
                }
            }
        }
    }
    addrs
}

/// A headless Service's endpoint by name: its hostname (a StatefulSet's `web-0`) or its dashed
/// address (`10-244-1-5`); ready endpoints only.
fn endpoint_addrs(snap: &ServiceSnapshot, ns: &str, svc: &str, host: &str) -> Vec<String> {
    let prefix = format!("{}/{}", ns, svc);
    let start = snap.ports.partition_point(|p| p.name() < prefix);
    let ports = snap.ports[start..].iter().take_while(|p| p.name().starts_with(&prefix)).filter(|p| p.namespace == ns && p.service == svc && p.cluster_ip.is_none());
    let found = ports.flat_map(|p| p.endpoints.iter()).find(|e| e.ready && (e.hostname.as_deref() == Some(host) || e.ip.replace('.', "-") == host));
    found.map(|e| vec![e.ip.clone()]).unwrap_or_default()
}

/// The nodes' resolver: the lab's DNS server knows the machines' names.
pub fn upstream(name: &str, qtype: Qtype, nodes: &[(String, String)]) -> DnsAnswer {
    let name = name.trim_end_matches('.').to_ascii_lowercase();
    let found = nodes.iter().find(|(n, _)| *n == name).map(|(_, ip)| ip.clone());
    let (rcode, addrs) = match (found, qtype) {
        (Some(ip), Qtype::A) => (Rcode::NoError, vec![ip]),
        (Some(_), Qtype::Aaaa) => (Rcode::NoError, vec![]),
        (None, _) => (Rcode::NxDomain, vec![]),
    };
    DnsAnswer { name, qtype, rcode, addrs, authoritative: false }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::network::proxy::{Endpoint, SvcPort};

    fn port(ns: &str, svc: &str, name: &str, ip: Option<&str>, eps: &[(&str, bool)]) -> SvcPort {
        SvcPort {
            namespace: ns.into(),
            service: svc.into(),
            port_name: name.into(),
            protocol: "TCP".into(),
            cluster_ip: ip.map(str::to_string),
            port: 80,
            node_port: None,
            external_ips: vec![],
            load_balancer_ips: vec![],
            external_local: false,
            internal_local: false,
            affinity_seconds: None,
            endpoints: eps.iter().enumerate().map(|(i, (ip, ready))| Endpoint { ip: ip.to_string(), port: 80, node: None, ready: *ready, serving: *ready, terminating: false, hostname: Some(format!("{}-{}", svc, i)) }).collect(),
        }
    }

    #[test]
    fn coredns_answers_services_headless_pods_and_forwards_the_rest() {
        let mut ports = vec![
            port("default", "web", "", Some("10.96.12.34"), &[]),
            port("default", "web-2", "", Some("10.96.0.99"), &[]),
            port("default", "db", "", None, &[("10.244.1.5", true), ("10.244.2.6", false), ("10.244.2.7", true)]),
            port("default", "empty", "", None, &[]),
            port("kube-system", "kube-dns", "dns", Some("10.96.0.10"), &[]),
            port("kube-system", "kube-dns", "dns-tcp", Some("10.96.0.10"), &[]),
        ];
        crate::api::order::sort_by_key(&mut ports, |p| (p.name(), p.proto()));
        let snap = ServiceSnapshot { ports };
        let ns = |n: &str| n == "default" || n == "kube-system";
        let nodes = vec![("node01".to_string(), "172.30.1.3".to_string())];
        let q = |name: &str, t: Qtype| {
            let a = answer(&snap, name, t, &ns, &nodes);
            (a.rcode, a.addrs)
        };
        assert_eq!(q("web.default.svc.cluster.local", Qtype::A), (Rcode::NoError, vec!["10.96.12.34".to_string()]));
        assert_eq!(q("web.default.svc.cluster.local.", Qtype::Aaaa), (Rcode::NoError, vec![]));
        assert_eq!(q("kube-dns.kube-system.svc.cluster.local", Qtype::A), (Rcode::NoError, vec!["10.96.0.10".to_string()]));
        assert_eq!(q("web.svc.cluster.local", Qtype::A), (Rcode::NxDomain, vec![]));
        assert_eq!(q("default.svc.cluster.local", Qtype::A), (Rcode::NoError, vec![]));
        assert_eq!(q("web.cluster.local", Qtype::A), (Rcode::NxDomain, vec![]));
        assert_eq!(q("nosuch.default.svc.cluster.local", Qtype::A), (Rcode::NxDomain, vec![]));
        assert_eq!(q("db.default.svc.cluster.local", Qtype::A), (Rcode::NoError, vec!["10.244.1.5".to_string(), "10.244.2.7".to_string()]));
        assert_eq!(q("empty.default.svc.cluster.local", Qtype::A), (Rcode::NxDomain, vec![]));
        // A headless Service's endpoints by hostname (a StatefulSet's pods) and dashed address.
        assert_eq!(q("db-2.db.default.svc.cluster.local", Qtype::A), (Rcode::NoError, vec!["10.244.2.7".to_string()]));
        assert_eq!(q("10-244-1-5.db.default.svc.cluster.local", Qtype::A), (Rcode::NoError, vec!["10.244.1.5".to_string()]));
        assert_eq!(q("db-1.db.default.svc.cluster.local", Qtype::A), (Rcode::NxDomain, vec![]));
        assert_eq!(q("web-0.web.default.svc.cluster.local", Qtype::A), (Rcode::NxDomain, vec![]));
        assert_eq!(q("10-244-1-5.default.pod.cluster.local", Qtype::A), (Rcode::NoError, vec!["10.244.1.5".to_string()]));
        assert_eq!(q("node01", Qtype::A), (Rcode::NoError, vec!["172.30.1.3".to_string()]));
        assert!(!answer(&snap, "node01", Qtype::A, &ns, &nodes).authoritative);
        assert_eq!(q("example.com", Qtype::A), (Rcode::NxDomain, vec![]));
    }
}
