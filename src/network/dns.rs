//! CoreDNS as kubeadm deploys it (the `kubernetes cluster.local in-addr.arpa ip6.arpa` plugin
//! with `pods insecure` and `fallthrough in-addr.arpa ip6.arpa`, then `forward . /etc/resolv.conf`):
//! a Service's name answers its ClusterIP, a headless Service's one A per ready endpoint,
//! `a-b-c-d.ns.pod` the address it spells, a headless Service's endpoint by hostname
//! (`web-0.nginx`); `_port._proto.svc.ns.svc` and SRV questions the Service's ports (weights
//! as upstream's `backend_lookup.go` shares them); an ExternalName Service a CNAME to its
//! `externalName`, followed inside the zone or asked of the upstream resolver; PTR questions
//! a ClusterIP's or an endpoint's name. Anything else in the zone is NXDOMAIN (NODATA for the
//! zone's own names and for an IPv6 question in this IPv4 cluster). Names outside the zone go
//! to the nodes' resolver, which knows the nodes' names and nothing else (the lab has no
//! internet). CoreDNS watches Services and EndpointSlices; kubeplay answers from the same
//! informer snapshot kube-proxy builds.

use super::proxy::{ServiceSnapshot, SvcPort};
use crate::kubelet::sh::net::{is_ip, DnsAnswer, Qtype, Rcode, Srv};

pub const ZONE: &str = "cluster.local";

/// CoreDNS's answer to one question. `namespace_exists` is its namespace informer; `nodes`
/// (name, address) is what the upstream resolver knows.
pub fn answer(snap: &ServiceSnapshot, name: &str, qtype: Qtype, namespace_exists: &dyn Fn(&str) -> bool, nodes: &[(String, String)]) -> DnsAnswer {
    answer_at(snap, name, qtype, namespace_exists, nodes, 0)
}

/// A Service port's records: (address, port, the SRV target's name).
struct Rec {
    ip: String,
    port: i32,
    target: String,
}

fn answer_at(snap: &ServiceSnapshot, name: &str, qtype: Qtype, namespace_exists: &dyn Fn(&str) -> bool, nodes: &[(String, String)], depth: u32) -> DnsAnswer {
    let name = name.trim_end_matches('.').to_ascii_lowercase();
    let reply = |rcode: Rcode, addrs: Vec<String>| DnsAnswer::new(&name, qtype, rcode, addrs, true);
    if let Some(ip) = name.strip_suffix(".in-addr.arpa").map(|r| r.rsplit('.').collect::<Vec<_>>().join(".")) {
        return match reverse(snap, &ip) {
            Some(n) if qtype == Qtype::Ptr => DnsAnswer { ptr: vec![n], ..reply(Rcode::NoError, vec![]) },
            Some(_) => reply(Rcode::NoError, vec![]),
            None => upstream(&name, qtype, nodes),
        };
    }
    let Some(rest) = name.strip_suffix(ZONE).filter(|r| r.is_empty() || r.ends_with('.')) else {
        return upstream(&name, qtype, nodes);
    };
    let labels: Vec<&str> = rest.trim_end_matches('.').split('.').filter(|l| !l.is_empty()).collect();
    let found = |recs: Vec<Rec>| {
        if recs.is_empty() {
            return reply(Rcode::NxDomain, vec![]);
        }
        match qtype {
            Qtype::A => {
                let mut addrs: Vec<String> = recs.iter().map(|r| r.ip.clone()).collect();
                addrs.dedup();
                reply(Rcode::NoError, addrs)
            }
            Qtype::Srv => DnsAnswer { srv: srv_records(&recs), ..reply(Rcode::NoError, vec![]) },
            // IPv4 only: the name exists, with no IPv6 address (nor any other record).
            _ => reply(Rcode::NoError, vec![]),
        }
    };
    match labels.as_slice() {
        [] | ["svc"] | ["pod"] => reply(Rcode::NoError, vec![]),
        [ns, "svc"] | [ns, "pod"] if namespace_exists(ns) => reply(Rcode::NoError, vec![]),
        [svc, ns, "svc"] => match external(snap, ns, svc) {
            Some(e) => alias(snap, &name, &e.target, qtype, namespace_exists, nodes, depth, e.ports.iter().map(|p| p.2).collect()),
            None => found(service_records(snap, ns, svc, None)),
        },
        [port, proto, svc, ns, "svc"] if port.starts_with('_') && proto.starts_with('_') => {
            found(service_records(snap, ns, svc, Some((&port[1..], &proto[1..]))))
        }
        [host, svc, ns, "svc"] => {
            let fqdn = format!("{}.{}.{}.svc.{}", host, svc, ns, ZONE);
            found(service_records(snap, ns, svc, None).into_iter().filter(|r| r.target == fqdn).collect())
        }
        [dashed, ns, "pod"] if namespace_exists(ns) => {
            let ip = dashed.replace('-', ".");
            found(if is_ip(&ip) { vec![Rec { ip, port: 0, target: String::new() }] } else { vec![] })
        }
        _ => reply(Rcode::NxDomain, vec![]),
    }
}

/// An ExternalName Service's answer: the CNAME, then what its target has — asked of CoreDNS
/// itself inside the zone (no answer there drops the CNAME too), of the upstream resolver
/// outside it (an unknown name leaves the CNAME alone).
#[allow(clippy::too_many_arguments)]
fn alias(snap: &ServiceSnapshot, name: &str, target: &str, qtype: Qtype, namespace_exists: &dyn Fn(&str) -> bool, nodes: &[(String, String)], depth: u32, ports: Vec<i32>) -> DnsAnswer {
    let mut a = DnsAnswer::new(name, qtype, Rcode::NoError, vec![], true);
    // upstream's loop and chain-length guards
    if target == name || depth > 7 {
        return a;
    }
    match qtype {
        Qtype::Cname => a.cnames = vec![target.to_string()],
        Qtype::Srv => {
            let recs: Vec<Rec> = ports.into_iter().map(|port| Rec { ip: String::new(), port, target: target.to_string() }).collect();
            a.srv = srv_records(&recs);
        }
        _ => {
            let in_zone = target == ZONE || target.ends_with(&format!(".{}", ZONE));
            let next = if in_zone { answer_at(snap, target, qtype, namespace_exists, nodes, depth + 1) } else { upstream(target, qtype, nodes) };
            if in_zone && !next.has_records() {
                return a;
            }
            a.cnames = std::iter::once(target.to_string()).chain(next.cnames).collect();
            a.addrs = next.addrs;
        }
    }
    a
}

/// SRV records for a Service's records: priority 0, the weight 100 shared among them as
/// upstream shares it (`floor(100 / (100 · n) · 100)`), one per target and port.
fn srv_records(recs: &[Rec]) -> Vec<Srv> {
    let weight = ((100.0 / (100.0 * recs.len() as f64)) * 100.0).floor().max(1.0) as u16;
    let mut out: Vec<Srv> = Vec::new();
    for r in recs {
        let srv = Srv { priority: 0, weight, port: r.port as u16, target: r.target.clone() };
        if !out.iter().any(|s| s.target == srv.target && s.port == srv.port) {
            out.push(srv);
        }
    }
    out
}

fn external<'a>(snap: &'a ServiceSnapshot, ns: &str, svc: &str) -> Option<&'a super::proxy::ExternalName> {
    let i = snap.external_names.partition_point(|e| (e.namespace.as_str(), e.service.as_str()) < (ns, svc));
    snap.external_names.get(i).filter(|e| e.namespace == ns && e.service == svc)
}

/// A Service's ports, `(name, protocol)` chosen or all.
fn service_ports<'a>(snap: &'a ServiceSnapshot, ns: &'a str, svc: &'a str) -> impl Iterator<Item = &'a SvcPort> + 'a {
    // Ports are sorted by `ns/svc[:port]`: a Service's ports lie after the first name ≥ `ns/svc`,
    // among the names that start with it.
    let prefix = format!("{}/{}", ns, svc);
    let start = snap.ports.partition_point(|p| p.name() < prefix);
    snap.ports[start..].iter().take_while(move |p| p.name().starts_with(&prefix)).filter(move |p| p.namespace == ns && p.service == svc)
}

/// A Service's records: its ClusterIP per port, or for a headless one each ready endpoint
/// (named by its hostname, a StatefulSet's `web-0`, or its dashed address).
fn service_records(snap: &ServiceSnapshot, ns: &str, svc: &str, port: Option<(&str, &str)>) -> Vec<Rec> {
    let mut recs = Vec::new();
    let fqdn = format!("{}.{}.svc.{}", svc, ns, ZONE);
    for p in service_ports(snap, ns, svc) {
        if port.is_some_and(|(name, proto)| p.port_name != name || !p.protocol.eq_ignore_ascii_case(proto)) {
            continue;
        }
        match &p.cluster_ip {
            Some(ip) => recs.push(Rec { ip: ip.clone(), port: p.port, target: fqdn.clone() }),
            None => {
                for e in p.endpoints.iter().filter(|e| e.ready) {
                    recs.push(Rec { ip: e.ip.clone(), port: e.port, target: format!("{}.{}", endpoint_name(e), fqdn) });
                }
            }
        }
    }
    recs
}

/// upstream's `endpointHostname`: the endpoint's hostname, or its address with dashes.
fn endpoint_name(e: &super::proxy::Endpoint) -> String {
    e.hostname.clone().unwrap_or_else(|| e.ip.replace('.', "-"))
}

/// The name an address has in the zone: a Service's by its ClusterIP, else an endpoint's.
fn reverse(snap: &ServiceSnapshot, ip: &str) -> Option<String> {
    let svc = |p: &SvcPort| format!("{}.{}.svc.{}", p.service, p.namespace, ZONE);
    if let Some(p) = snap.ports.iter().find(|p| p.cluster_ip.as_deref() == Some(ip)) {
        return Some(svc(p));
    }
    snap.ports.iter().find_map(|p| p.endpoints.iter().find(|e| e.ip == ip).map(|e| format!("{}.{}", endpoint_name(e), svc(p))))
}

/// The nodes' resolver: the lab's DNS server knows the machines' names and addresses.
pub fn upstream(name: &str, qtype: Qtype, nodes: &[(String, String)]) -> DnsAnswer {
    let name = name.trim_end_matches('.').to_ascii_lowercase();
    let mut a = DnsAnswer::new(&name, qtype, Rcode::NxDomain, vec![], false);
    if let Some(ip) = name.strip_suffix(".in-addr.arpa").map(|r| r.rsplit('.').collect::<Vec<_>>().join(".")) {
        if let Some((n, _)) = nodes.iter().find(|(_, a)| *a == ip) {
            a.rcode = Rcode::NoError;
            if qtype == Qtype::Ptr {
                a.ptr = vec![n.clone()];
            }
        }
    } else if let Some((_, ip)) = nodes.iter().find(|(n, _)| *n == name) {
        a.rcode = Rcode::NoError;
        if qtype == Qtype::A {
            a.addrs = vec![ip.clone()];
        }
    }
    a
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
        let snap = ServiceSnapshot::new(ports);
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
        // A headless Service's endpoints by hostname (a StatefulSet's pods).
        assert_eq!(q("db-2.db.default.svc.cluster.local", Qtype::A), (Rcode::NoError, vec!["10.244.2.7".to_string()]));
        // upstream's endpointHostname: an endpoint with a hostname is known by it alone.
        assert_eq!(q("10-244-1-5.db.default.svc.cluster.local", Qtype::A), (Rcode::NxDomain, vec![]));
        assert_eq!(q("db-1.db.default.svc.cluster.local", Qtype::A), (Rcode::NxDomain, vec![]));
        assert_eq!(q("web-0.web.default.svc.cluster.local", Qtype::A), (Rcode::NxDomain, vec![]));
        assert_eq!(q("10-244-1-5.default.pod.cluster.local", Qtype::A), (Rcode::NoError, vec!["10.244.1.5".to_string()]));
        assert_eq!(q("node01", Qtype::A), (Rcode::NoError, vec!["172.30.1.3".to_string()]));
        assert!(!answer(&snap, "node01", Qtype::A, &ns, &nodes).authoritative);
        assert_eq!(q("example.com", Qtype::A), (Rcode::NxDomain, vec![]));
    }

    #[test]
    fn coredns_answers_srv_ptr_and_externalname_cnames() {
        let mut web = port("default", "web", "http", Some("10.96.12.34"), &[("10.244.1.9", true)]);
        web.port = 80;
        let mut ports = vec![web, port("default", "db", "sql", None, &[("10.244.1.5", true), ("10.244.2.6", false), ("10.244.2.7", true)])];
        crate::api::order::sort_by_key(&mut ports, |p| (p.name(), p.proto()));
        let ext = |svc: &str, target: &str| crate::network::proxy::ExternalName { namespace: "default".into(), service: svc.into(), target: target.into(), ports: vec![] };
        let snap = ServiceSnapshot { ports, external_names: vec![ext("inner", "web.default.svc.cluster.local"), ext("outer", "db.example.com"), ext("toanode", "node01")] };
        let ns = |n: &str| n == "default";
        let nodes = vec![("node01".to_string(), "172.30.1.3".to_string())];
        let q = |name: &str, t: Qtype| answer(&snap, name, t, &ns, &nodes);
        let srv = |weight: u16, port: u16, target: &str| Srv { priority: 0, weight, port, target: target.into() };
        // SRV: a ClusterIP Service's port by name; a headless one's ready endpoints, weight shared.
        assert_eq!(q("_http._tcp.web.default.svc.cluster.local", Qtype::Srv).srv, vec![srv(100, 80, "web.default.svc.cluster.local")]);
        assert_eq!(q("_http._tcp.web.default.svc.cluster.local", Qtype::A).addrs, vec!["10.96.12.34"]);
        assert_eq!(q("_http._udp.web.default.svc.cluster.local", Qtype::Srv).rcode, Rcode::NxDomain);
        assert_eq!(q("db.default.svc.cluster.local", Qtype::Srv).srv, vec![srv(50, 80, "db-0.db.default.svc.cluster.local"), srv(50, 80, "db-2.db.default.svc.cluster.local")]);
        // PTR: a ClusterIP names its Service, an endpoint its hostname; a node's the lab's.
        assert_eq!(q("34.12.96.10.in-addr.arpa", Qtype::Ptr).ptr, vec!["web.default.svc.cluster.local"]);
        assert_eq!(q("7.2.244.10.in-addr.arpa", Qtype::Ptr).ptr, vec!["db-2.db.default.svc.cluster.local"]);
        let node = q("3.1.30.172.in-addr.arpa", Qtype::Ptr);
        assert_eq!((node.ptr, node.authoritative), (vec!["node01".to_string()], false));
        assert_eq!(q("9.9.9.9.in-addr.arpa", Qtype::Ptr).rcode, Rcode::NxDomain);
        // ExternalName: a CNAME, followed inside the zone and upstream.
        let a = q("inner.default.svc.cluster.local", Qtype::A);
        assert_eq!((a.rcode, a.cnames, a.addrs), (Rcode::NoError, vec!["web.default.svc.cluster.local".to_string()], vec!["10.96.12.34".to_string()]));
        let a = q("outer.default.svc.cluster.local", Qtype::A);
        assert_eq!((a.rcode, a.cnames, a.addrs), (Rcode::NoError, vec!["db.example.com".to_string()], vec![]));
        let a = q("toanode.default.svc.cluster.local", Qtype::A);
        assert_eq!((a.cnames, a.addrs), (vec!["node01".to_string()], vec!["172.30.1.3".to_string()]));
        // No AAAA inside the zone: the CNAME goes too.
        assert!(!q("inner.default.svc.cluster.local", Qtype::Aaaa).has_records());
        assert_eq!(q("outer.default.svc.cluster.local", Qtype::Cname).cnames, vec!["db.example.com"]);
    }
}
