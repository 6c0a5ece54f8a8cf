//! kube-proxy's IPVS mode as a pure compiler (`pkg/proxy/ipvs/proxier.go`): every service port
//! becomes an IPVS virtual server — on its ClusterIP (bound to the `kube-ipvs0` dummy interface,
//! so every ClusterIP is a local address), its external and load-balancer IPs, and for a
//! NodePort on each of the node's own addresses — with its endpoints as real servers (masquerade
//! forwarding, weight 1) and the configured scheduler (`rr` by default); ClientIP affinity is
//! IPVS persistence. The iptables side shrinks to a few rules over ipsets: masquerade marks for
//! traffic from outside the pod network and for NodePorts, hairpin masquerade, and
//! `KUBE-IPVS-FILTER`, which refuses new connections to a service address on a port that is not
//! a service. `ipvsadm -Ln` prints the virtual servers as ipvsadm does (sorted).

use super::iptables::{NodeParams, KUBE_MARK_MASQ, KUBE_POSTROUTING, KUBE_SERVICES};
use super::rules::{IpSet, Match, Rule, SetKind, Target, MASQ_MARK};
use super::{ServiceSnapshot, SvcPort};
use crate::network::netfilter::Tables;
use std::fmt::Write;

/// How kube-proxy programs the kernel (its ConfigMap's `mode`, read when it starts).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum ProxyMode {
    #[default]
    Iptables,
    Ipvs {
        scheduler: String,
    },
}

impl ProxyMode {
    /// `mode` and `ipvs.scheduler` from `config.conf` (a KubeProxyConfiguration); "" is iptables.
    /// A mode kubeplay does not simulate (nftables, kernelspace) falls back to iptables, and
    /// the second value says so.
    pub fn from_config(conf: &str) -> (ProxyMode, Option<String>) {
        let unquote = |v: &str| v.trim().trim_matches('"').trim_matches('\'').to_string();
        let (mut mode, mut scheduler, mut in_ipvs) = (String::new(), String::new(), false);
        for line in conf.lines() {
            let top = !line.starts_with(' ');
            if top {
                in_ipvs = line.trim_end() == "ipvs:";
            }
            if let Some(v) = line.strip_prefix("mode:") {
                mode = unquote(v);
            } else if let Some(v) = line.trim_start().strip_prefix("scheduler:").filter(|_| in_ipvs && !top) {
                scheduler = unquote(v);
            }
        }
        match mode.as_str() {
            "" | "iptables" => (ProxyMode::Iptables, None),
            "ipvs" => (ProxyMode::Ipvs { scheduler: if scheduler.is_empty() { "rr".into() } else { scheduler } }, None),
            other => (ProxyMode::Iptables, Some(other.to_string())),
        }
    }

    pub fn name(&self) -> &'static str {
        match self {
            ProxyMode::Iptables => "iptables",
            ProxyMode::Ipvs { .. } => "ipvs",
        }
    }
}

/// One IPVS virtual server and its real servers (`ip:port`, in the order they were added).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VirtualServer {
    /// `TCP`, `UDP` or `SCTP`.
    pub proto: String,
    pub addr: String,
    pub port: i32,
    pub scheduler: String,
    /// ClientIP affinity: persistence timeout in seconds.
    pub persistent: Option<i32>,
    pub dests: Vec<String>,
}

impl VirtualServer {
    pub fn key(&self) -> String {
        format!("{} {}:{}", self.proto, self.addr, self.port)
    }
}

fn ip_num(ip: &str) -> u32 {
    ip.split('.').fold(0u32, |a, p| (a << 8) | p.parse::<u32>().unwrap_or(0))
}

fn proto_num(p: &str) -> u8 {
    match p {
        "TCP" => 6,
        "UDP" => 17,
        _ => 132,
    }
}

/// The node's own addresses a NodePort is served on: its uplink, and flannel's and the
/// bridge's addresses in its pod CIDR.
fn local_addrs(node: &NodeParams) -> Vec<String> {
    let mut out = vec![node.node_ip.clone()];
    if let Some(cidr) = &node.pod_cidr {
        out.push(cidr.replace("/24", ""));
        out.push(cidr.replace(".0/24", ".1"));
    }
    out
}

fn dests(p: &SvcPort, local: Option<&str>) -> Vec<String> {
    super::iptables::usable(p, local).iter().map(|e| e.addr()).collect()
}

/// What the IPVS proxier writes into one node's kernel: virtual servers, ipsets and rules.
pub fn sync_ipvs(snap: &ServiceSnapshot, node: &NodeParams, scheduler: &str, t: &mut Tables) {
    let mut vss = Vec::new();
    let set = |name: &str, kind: SetKind| IpSet { name: name.to_string(), kind, entries: Default::default() };
    let mut cluster_ip = set("KUBE-CLUSTER-IP", SetKind::IpPort);
    let mut node_port_tcp = set("KUBE-NODE-PORT-TCP", SetKind::Port);
    let mut node_port_udp = set("KUBE-NODE-PORT-UDP", SetKind::Port);
    let mut loop_back = set("KUBE-LOOP-BACK", SetKind::IpPortIp);
    let mut ipvs_ips = set("KUBE-IPVS-IPS", SetKind::Ip);
    let mut external = set("KUBE-EXTERNAL-IP", SetKind::IpPort);
    let mut lb = set("KUBE-LOAD-BALANCER", SetKind::IpPort);
    let vs = |proto: &str, addr: &str, port: i32, p: &SvcPort, ds: Vec<String>| VirtualServer {
        proto: proto.to_string(),
        addr: addr.to_string(),
        port,
        scheduler: scheduler.to_string(),
        persistent: p.affinity_seconds,
        dests: ds,
    };
    for p in &snap.ports {
        let Some(cip) = p.cluster_ip.as_deref() else { continue };
        let proto = p.protocol.to_ascii_uppercase();
        let lproto = p.proto();
        let internal = dests(p, p.internal_local.then_some(node.name.as_str()));
        let outside = dests(p, p.external_local.then_some(node.name.as_str()));
        cluster_ip.entries.insert(format!("{},{}:{}", cip, lproto, p.port));
        ipvs_ips.entries.insert(cip.to_string());
        vss.push(vs(&proto, cip, p.port, p, internal));
        for e in p.endpoints.iter().filter(|e| e.node.as_deref() == Some(node.name.as_str())) {
            loop_back.entries.insert(format!("{},{}:{},{}", e.ip, lproto, e.port, e.ip));
        }
        for ip in &p.external_ips {
            external.entries.insert(format!("{},{}:{}", ip, lproto, p.port));
            ipvs_ips.entries.insert(ip.clone());
            vss.push(vs(&proto, ip, p.port, p, outside.clone()));
        }
        for ip in &p.load_balancer_ips {
            lb.entries.insert(format!("{},{}:{}", ip, lproto, p.port));
            ipvs_ips.entries.insert(ip.clone());
            vss.push(vs(&proto, ip, p.port, p, outside.clone()));
        }
        if let Some(np) = p.node_port {
            match lproto.as_str() {
                "udp" => node_port_udp.entries.insert(np.to_string()),
                _ => node_port_tcp.entries.insert(np.to_string()),
            };
            for a in local_addrs(node) {
                vss.push(vs(&proto, &a, np, p, outside.clone()));
            }
        }
    }
    crate::api::order::sort_by_key(&mut vss, |v| (proto_num(&v.proto), ip_num(&v.addr), v.port));
    vss.dedup_by(|a, b| a.key() == b.key());

    for table in [&mut t.mangle, &mut t.filter, &mut t.nat] {
        table.chain("KUBE-PROXY-CANARY");
    }
    let n = &mut t.nat;
    for c in [KUBE_SERVICES, "KUBE-NODE-PORT", KUBE_POSTROUTING, KUBE_MARK_MASQ, "KUBE-LOAD-BALANCER"] {
        n.chain(c);
    }
    let set_match = |s: &IpSet, dirs: &'static str| Match::Set { name: s.name.clone(), dirs };
    n.add("PREROUTING", Rule::jump(KUBE_SERVICES).comment("kubernetes service portals"));
    n.add("OUTPUT", Rule::jump(KUBE_SERVICES).comment("kubernetes service portals"));
    n.add("POSTROUTING", Rule::jump(KUBE_POSTROUTING).comment("kubernetes postrouting rules"));
    n.add("KUBE-LOAD-BALANCER", Rule::jump(KUBE_MARK_MASQ));
    n.add(KUBE_MARK_MASQ, Rule::default().to(Target::OrMark(MASQ_MARK)));
    if !loop_back.entries.is_empty() {
        n.add(KUBE_POSTROUTING, Rule::default().comment("Kubernetes endpoints dst ip:port, source ip for solving hairpin purpose").m(set_match(&loop_back, "dst,dst,src")).to(Target::MasqueradePlain));
    }
    n.add(KUBE_POSTROUTING, Rule::default().m(Match::Mark { negated: true, mark: MASQ_MARK }).to(Target::Return));
    n.add(KUBE_POSTROUTING, Rule::default().to(Target::XorMark(MASQ_MARK)));
    n.add(KUBE_POSTROUTING, Rule::default().comment("kubernetes service traffic requiring SNAT").to(Target::Masquerade));
    if !lb.entries.is_empty() {
        n.add(KUBE_SERVICES, Rule::jump("KUBE-LOAD-BALANCER").comment("Kubernetes service lb portal").m(set_match(&lb, "dst,dst")));
    }
    for (s, proto) in [(&node_port_tcp, "tcp"), (&node_port_udp, "udp")] {
        if !s.entries.is_empty() {
            let mut r = Rule::jump(KUBE_MARK_MASQ).comment(format!("Kubernetes nodeport {} port for masquerade purpose", proto.to_ascii_uppercase())).m(set_match(s, "dst"));
            r.proto = Some(proto.into());
            n.add("KUBE-NODE-PORT", r);
        }
    }
    n.add(KUBE_SERVICES, Rule::jump(KUBE_MARK_MASQ).src(true, &node.cluster_cidr).comment("Kubernetes service cluster ip + port for masquerade purpose").m(set_match(&cluster_ip, "dst,dst")));
    if !external.entries.is_empty() {
        n.add(KUBE_SERVICES, Rule::jump(KUBE_MARK_MASQ).comment("Kubernetes service external ip + port for masquerade and filter purpose").m(set_match(&external, "dst,dst")));
    }
    n.add(KUBE_SERVICES, Rule::jump("KUBE-NODE-PORT").m(Match::AddrTypeLocal { src: false }));
    n.add(KUBE_SERVICES, Rule::default().m(set_match(&cluster_ip, "dst,dst")).to(Target::Accept));
    if !lb.entries.is_empty() {
        n.add(KUBE_SERVICES, Rule::default().m(set_match(&lb, "dst,dst")).to(Target::Accept));
    }

    let f = &mut t.filter;
    for c in ["KUBE-FORWARD", "KUBE-NODE-PORT", "KUBE-PROXY-FIREWALL", "KUBE-SOURCE-RANGES-FIREWALL", "KUBE-IPVS-FILTER", "KUBE-IPVS-OUT-FILTER"] {
        f.chain(c);
    }
    f.add("INPUT", Rule::jump("KUBE-PROXY-FIREWALL").comment("kube-proxy firewall rules"));
    f.add("INPUT", Rule::jump("KUBE-NODE-PORT").comment("kubernetes health check rules"));
    f.add("INPUT", Rule::jump("KUBE-IPVS-FILTER").comment("kubernetes ipvs access filter"));
    f.add("FORWARD", Rule::jump("KUBE-PROXY-FIREWALL").comment("kube-proxy firewall rules"));
    f.add("FORWARD", Rule::jump("KUBE-FORWARD").comment("kubernetes forwarding rules"));
    f.add("OUTPUT", Rule::jump("KUBE-IPVS-OUT-FILTER").comment("kubernetes ipvs access filter"));
    f.add("KUBE-FORWARD", Rule::default().comment("kubernetes forwarding rules").m(Match::Mark { negated: false, mark: MASQ_MARK }).to(Target::Accept));
    f.add("KUBE-FORWARD", Rule::default().comment("kubernetes forwarding conntrack rule").m(Match::Conntrack { negated: false, states: "RELATED,ESTABLISHED" }).to(Target::Accept));
    f.add("KUBE-PROXY-FIREWALL", Rule::jump("KUBE-SOURCE-RANGES-FIREWALL").comment("Kubernetes service load balancer ip + port for load balancer with sourceRange").m(set_match(&lb, "dst,dst")));
    f.add("KUBE-SOURCE-RANGES-FIREWALL", Rule::default().to(Target::Drop));
    for (s, dirs) in [(&lb, "dst,dst"), (&cluster_ip, "dst,dst"), (&external, "dst,dst")] {
        f.add("KUBE-IPVS-FILTER", Rule::default().m(set_match(s, dirs)).to(Target::Return));
    }
    f.add("KUBE-IPVS-FILTER", Rule::default().m(Match::Conntrack { negated: false, states: "NEW" }).m(set_match(&ipvs_ips, "dst")).to(Target::Reject));
    for s in [cluster_ip, node_port_tcp, node_port_udp, loop_back, ipvs_ips, external, lb] {
        t.nat.sets.insert(s.name.clone(), Box::new(s.clone()));
        t.filter.sets.insert(s.name.clone(), Box::new(s));
    }
    t.ipvs = Some(vss);
}

/// `ipvsadm -Ln`: the header, then each virtual server and its real servers, sorted by
/// protocol, address and port as ipvsadm sorts them; `conns(vs, dest)` gives the active and
/// inactive connection counts.
pub fn ipvsadm_list(vss: &[VirtualServer], conns: &dyn Fn(&VirtualServer, &str) -> (u32, u32)) -> String {
    let mut out = String::from("IP Virtual Server version 1.2.1 (size=4096)\nProt LocalAddress:Port Scheduler Flags\n  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn\n");
    for v in vss {
        let _ = write!(out, "{}  {}:{} {}", v.proto, v.addr, v.port, v.scheduler);
        if let Some(t) = v.persistent {
            let _ = write!(out, " persistent {}", t);
        }
        out.push('\n');
        let mut ds: Vec<&String> = v.dests.iter().collect();
        crate::api::order::sort_by_key(&mut ds, |d| {
            let (ip, port) = d.split_once(':').unwrap_or((d, "0"));
            (ip_num(ip), port.parse::<u32>().unwrap_or(0))
        });
        for d in ds {
            let (a, i) = conns(v, d);
            let _ = writeln!(out, "  -> {:<28} {:<7} {:<6} {:<10} {:<10}", d, "Masq", 1, a, i);
        }
    }
    out
}

/// The lines of `ipvsadm -Ln` output a traced packet went through, from the trace's hops on
/// `node` (`node: IPVS TCP 10.96.0.10:80 rr: … → real server 10.244.1.3:80 (Masq)`): the virtual
/// server's line and the real server chosen under it. One flag per line of `list`.
pub fn matched_lines(list: &str, hops: &[String], node: &str) -> Vec<bool> {
    let prefix = format!("{}: IPVS ", node);
    let hits: Vec<(String, String)> = hops
        .iter()
        .filter_map(|h| {
            let rest = h.strip_prefix(&prefix)?;
            let mut words = rest.split_whitespace();
            let (proto, vip) = (words.next()?, words.next()?);
            let real = rest.split_once("→ real server ").map(|(_, r)| r.split_whitespace().next().unwrap_or("").to_string()).unwrap_or_default();
            Some((format!("{}  {} ", proto, vip), real))
        })
        .collect();
    let mut current: Option<&(String, String)> = None;
    list.lines()
        .map(|l| {
            if let Some(d) = l.strip_prefix("  -> ") {
                current.is_some_and(|(_, real)| !real.is_empty() && d.split_whitespace().next() == Some(real.as_str()))
            } else {
                current = hits.iter().find(|(vs, _)| l.starts_with(vs.as_str()));
                current.is_some()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_traced_packet_marks_its_virtual_and_real_server() {
        let list = "IP Virtual Server version 1.2.1 (size=4096)\nProt LocalAddress:Port Scheduler Flags\n  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn\nTCP  10.96.0.1:443 rr\n  -> 172.30.1.2:6443             Masq    1      0          0\nTCP  10.96.0.20:80 rr\n  -> 10.244.1.3:80               Masq    1      0          0\n  -> 10.244.2.4:80               Masq    1      1          0\n";
        let hops = vec!["node01: the packet arrives".to_string(), "node01: IPVS TCP 10.96.0.20:80 rr: next in turn → real server 10.244.2.4:80 (Masq)".to_string(), "node02: IPVS TCP 10.96.0.20:80 rr: x → real server 10.244.1.3:80 (Masq)".to_string()];
        let m = matched_lines(list, &hops, "node01");
        let marked: Vec<&str> = list.lines().zip(&m).filter(|(_, on)| **on).map(|(l, _)| l).collect();
        assert_eq!(marked, vec!["TCP  10.96.0.20:80 rr", "  -> 10.244.2.4:80               Masq    1      1          0"]);
    }

    #[test]
    fn the_mode_comes_from_the_configmap() {
        let conf = "apiVersion: kubeproxy.config.k8s.io/v1alpha1\nipvs:\n  excludeCIDRs: null\n  scheduler: \"\"\nkind: KubeProxyConfiguration\nmode: \"\"\n";
        assert_eq!(ProxyMode::from_config(conf), (ProxyMode::Iptables, None));
        assert_eq!(ProxyMode::from_config(&conf.replace("mode: \"\"", "mode: ipvs")), (ProxyMode::Ipvs { scheduler: "rr".into() }, None));
        assert_eq!(ProxyMode::from_config(&conf.replace("mode: \"\"", "mode: \"ipvs\"").replace("scheduler: \"\"", "scheduler: lc")), (ProxyMode::Ipvs { scheduler: "lc".into() }, None));
        assert_eq!(ProxyMode::from_config(&conf.replace("mode: \"\"", "mode: nftables")), (ProxyMode::Iptables, Some("nftables".into())));
    }

    #[test]
    fn ipvsadm_prints_sorted_services_with_padded_columns() {
        let v = |proto: &str, addr: &str, port: i32, dests: &[&str]| VirtualServer {
            proto: proto.into(),
            addr: addr.into(),
            port,
            scheduler: "rr".into(),
            persistent: None,
            dests: dests.iter().map(|d| d.to_string()).collect(),
        };
        let mut vss = vec![v("UDP", "10.96.0.10", 53, &["10.244.0.3:53", "10.244.0.2:53"]), v("TCP", "10.96.0.1", 443, &["172.30.1.2:6443"])];
        crate::api::order::sort_by_key(&mut vss, |v| (proto_num(&v.proto), ip_num(&v.addr), v.port));
        let text = ipvsadm_list(&vss, &|_, _| (0, 0));
        assert_eq!(
            text,
            "IP Virtual Server version 1.2.1 (size=4096)\nProt LocalAddress:Port Scheduler Flags\n  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn\nTCP  10.96.0.1:443 rr\n  -> 172.30.1.2:6443              Masq    1      0          0         \nUDP  10.96.0.10:53 rr\n  -> 10.244.0.2:53                Masq    1      0          0         \n  -> 10.244.0.3:53                Masq    1      0          0         \n"
        );
    }
}
