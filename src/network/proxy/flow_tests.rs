//! Packet-flow tables over the rule compiler (as upstream's `proxier_test.go` traces packets):
//! (source, destination, port) → the chains visited and the endpoints it can reach.

use super::iptables::NodeParams;
use crate::network::netfilter::node_tables;
use super::rules::{Kernel, Packet, Verdict};
use super::{Endpoint, ServiceSnapshot, SvcPort};
use std::collections::BTreeSet;

struct Draws {
    state: u64,
    recent: BTreeSet<(String, String)>,
}

impl Kernel for Draws {
    fn draw(&mut self) -> u32 {
        // splitmix64, 31 bits, as get_random_u32() & 0x7FFFFFFF
        self.state = self.state.wrapping_add(0x9E3779B97F4A7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58476D1CE4E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D049BB133111EB);
        ((z ^ (z >> 31)) as u32) & 0x7FFF_FFFF
    }
    fn recent(&mut self, name: &str, src: &str, _seconds: i32) -> bool {
        self.recent.contains(&(name.to_string(), src.to_string()))
    }
}

fn ep(ip: &str, node: &str) -> Endpoint {
    Endpoint { ip: ip.into(), port: 80, node: Some(node.into()), ready: true, serving: true, terminating: false, hostname: None }
}

fn web(eps: Vec<Endpoint>) -> SvcPort {
    SvcPort {
        namespace: "default".into(),
        service: "web".into(),
        port_name: String::new(),
        protocol: "TCP".into(),
        cluster_ip: Some("10.96.100.10".into()),
        port: 80,
        node_port: Some(30080),
        external_ips: vec![],
        load_balancer_ips: vec![],
        external_local: false,
        internal_local: false,
        affinity_seconds: None,
        endpoints: eps,
    }
}

fn three() -> Vec<Endpoint> {
    vec![ep("10.244.1.2", "node01"), ep("10.244.1.3", "node01"), ep("10.244.2.2", "node02")]
}

/// Walks `n` packets from PREROUTING; returns the chains the first visited and where each went.
fn flow(svc: SvcPort, node: &str, src: &str, dst: &str, port: i32, dst_local: bool, n: usize) -> (Vec<String>, Vec<Option<String>>, Verdict) {
    let snap = ServiceSnapshot::new(vec![svc]);
    let params = NodeParams { name: node.into(), cluster_cidr: "10.244.0.0/16".into(), pod_cidr: Some("10.244.1.0/24".into()), node_ip: "172.30.1.3".into(), mode: Default::default() };
    let table = node_tables(Some(&snap), &params).nat;
    let mut k = Draws { state: 7, recent: BTreeSet::new() };
    let mut first = None;
    let mut dests = Vec::new();
    for _ in 0..n {
        let mut pkt = Packet { src: src.into(), dst: dst.into(), proto: "tcp".into(), dport: port, src_local: false, dst_local, mark: 0 };
        let mut v = Verdict::default();
        table.walk("PREROUTING", &mut pkt, &mut k, &mut v);
        for (name, set) in &v.recent {
            if *set {
                k.recent.insert((name.clone(), src.to_string()));
            }
        }
        dests.push(v.dnat.clone());
        first.get_or_insert(v);
    }
    let v = first.unwrap_or_default();
    let chains = v.hits.iter().map(|h| h.chain.clone()).fold(Vec::new(), |mut acc, c| {
        if acc.last() != Some(&c) {
            acc.push(c);
        }
        acc
    });
    (chains, dests, v)
}

fn reached(dests: &[Option<String>]) -> BTreeSet<String> {
    dests.iter().map(|d| d.clone().unwrap_or_else(|| "-".into())).collect()
}

#[test]
fn cluster_ip_reaches_every_endpoint_through_the_ladder() {
    let (chains, dests, _) = flow(web(three()), "node01", "10.244.2.9", "10.96.100.10", 80, false, 300);
    assert_eq!(chains[..3], ["PREROUTING", "KUBE-SERVICES", "KUBE-SVC-LOLE4ISW44XBNF3G"]);
    assert!(chains[3].starts_with("KUBE-SEP-"), "{:?}", chains);
    assert_eq!(reached(&dests), ["10.244.1.2:80", "10.244.1.3:80", "10.244.2.2:80"].map(String::from).into_iter().collect());
}

#[test]
fn ladder_is_uniform_within_bounds() {
    // 3,000 packets, seed 7: each of 3 endpoints expects 1,000; ±10% is > 5 standard deviations.
    let (_, dests, _) = flow(web(three()), "node01", "10.244.2.9", "10.96.100.10", 80, false, 3000);
    for e in ["10.244.1.2:80", "10.244.1.3:80", "10.244.2.2:80"] {
        let n = dests.iter().filter(|d| d.as_deref() == Some(e)).count();
        assert!((900..=1100).contains(&n), "{} got {} of 3000 (seed 7)", e, n);
    }
}

#[test]
fn traffic_from_outside_the_pod_network_is_marked_for_masquerade() {
    let (_, _, v) = flow(web(three()), "node01", "172.30.1.9", "10.96.100.10", 80, false, 1);
    assert!(v.hits.iter().any(|h| h.rule.ends_with("-j KUBE-MARK-MASQ") && h.chain.starts_with("KUBE-SVC-")), "{:?}", v.hits);
    let (_, _, v) = flow(web(three()), "node01", "10.244.2.9", "10.96.100.10", 80, false, 1);
    assert!(!v.hits.iter().any(|h| h.chain.starts_with("KUBE-SVC-") && h.rule.ends_with("-j KUBE-MARK-MASQ")));
}

#[test]
fn node_port_goes_through_the_external_chain() {
    let (chains, dests, _) = flow(web(three()), "node02", "192.168.1.50", "172.30.2.2", 30080, true, 200);
    assert_eq!(chains[..5], ["PREROUTING", "KUBE-SERVICES", "KUBE-NODEPORTS", "KUBE-EXT-LOLE4ISW44XBNF3G", "KUBE-MARK-MASQ"]);
    assert_eq!(reached(&dests).len(), 3);
    // Not to a local address: the NodePort rule is not reached.
    let (_, dests, _) = flow(web(three()), "node02", "192.168.1.50", "172.30.9.9", 30080, false, 5);
    assert_eq!(reached(&dests), ["-".to_string()].into_iter().collect());
}

#[test]
fn external_traffic_policy_local_reaches_only_local_endpoints() {
    let mut svc = web(three());
    svc.external_local = true;
    let (chains, dests, _) = flow(svc.clone(), "node02", "192.168.1.50", "172.30.2.2", 30080, true, 100);
    assert!(chains.iter().any(|c| c.starts_with("KUBE-SVL-")), "{:?}", chains);
    assert_eq!(reached(&dests), ["10.244.2.2:80".to_string()].into_iter().collect());
    // Cluster IP traffic still reaches all of them.
    let (_, dests, _) = flow(svc, "node02", "10.244.1.9", "10.96.100.10", 80, false, 300);
    assert_eq!(reached(&dests).len(), 3);
}

#[test]
fn internal_traffic_policy_local_with_no_local_endpoint_goes_nowhere() {
    let mut svc = web(vec![ep("10.244.2.2", "node02")]);
    svc.internal_local = true;
    let (_, dests, _) = flow(svc.clone(), "node01", "10.244.1.9", "10.96.100.10", 80, false, 5);
    assert_eq!(reached(&dests), ["-".to_string()].into_iter().collect());
    let (_, dests, _) = flow(svc, "node02", "10.244.2.9", "10.96.100.10", 80, false, 5);
    assert_eq!(reached(&dests), ["10.244.2.2:80".to_string()].into_iter().collect());
}

#[test]
fn client_ip_affinity_keeps_one_client_on_one_endpoint() {
    let mut svc = web(three());
    svc.affinity_seconds = Some(10800);
    let (_, dests, _) = flow(svc, "node01", "10.244.2.9", "10.96.100.10", 80, false, 200);
    assert_eq!(reached(&dests).len(), 1, "{:?}", reached(&dests));
}

#[test]
fn no_endpoints_no_rules() {
    // PREROUTING jumps to KUBE-SERVICES, where no rule matches (the filter table rejects it).
    let (chains, dests, _) = flow(web(vec![]), "node01", "10.244.2.9", "10.96.100.10", 80, false, 3);
    assert_eq!(chains, ["PREROUTING"]);
    assert_eq!(reached(&dests), ["-".to_string()].into_iter().collect());
}
