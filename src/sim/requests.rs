//! A request from the learner's machine into the cluster, decided by the simulated network: the
//! name resolves (node names do, at the learner's prompt), the packet reaches the node that owns
//! the address, walks that node's nat PREROUTING as its kernel would (kube-proxy's rules, the
//! `statistic` draws from the cluster's rng, `recent` for affinity), is routed to the pod over
//! the bridge or flannel's VXLAN overlay, masqueraded on the way out of the first node, and the
//! pod's server answers. Every step is recorded for `kubeplay trace`.

use super::Cluster;
use crate::kubelet::http::Answer;
use crate::network::proxy::rules::{in_cidr, Kernel, Packet, Verdict};
use std::collections::BTreeMap;

/// The learner's machine on the nodes' network.
pub const WORKSTATION_IP: &str = "172.30.0.100";
/// What the learner's `curl` says it is (Ubuntu 24.04's).
pub const CURL_AGENT: &str = "curl/8.5.0";

/// How a request ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    Resolved(Answer),
    /// `curl: (6)`
    NoSuchHost,
    /// Refused (RST or ICMP port unreachable): `curl: (7)`
    Refused,
    /// Nothing answers: `curl: (28)` after the kernel's SYN retries.
    Timeout,
}

/// The rng and `recent` tables the node kernels use.
pub struct NetKernel<'a> {
    pub rng: &'a mut crate::sim::rng::SimRng,
    pub recent: &'a mut BTreeMap<(String, String, String), crate::sim::clock::SimTime>,
    pub node: &'a str,
    pub now: crate::sim::clock::SimTime,
}

impl Kernel for NetKernel<'_> {
    fn draw(&mut self) -> u32 {
        (self.rng.next_u64() >> 33) as u32
    }
    fn recent(&mut self, name: &str, src: &str, seconds: i32) -> bool {
        let key = (self.node.to_string(), name.to_string(), src.to_string());
        self.recent.get(&key).is_some_and(|t| self.now.since(*t).as_secs() < seconds as u64)
    }
}

impl Cluster {
    /// `curl http://HOST:PORT/PATH` from the learner's machine; the trace lines say what happened.
    pub fn http_from_outside(&mut self, host: &str, port: u16, path: &str) -> (Outcome, Vec<String>) {
        let mut trace = vec![format!("request: GET http://{}:{}{} from the learner's machine ({})", host, port, path, WORKSTATION_IP)];
        let nodes: Vec<(String, String)> = self.config.nodes.iter().map(|(n, _)| (n.name.clone(), n.internal_ip.clone())).collect();
        let dst = if host.split('.').count() == 4 && host.split('.').all(|p| p.parse::<u8>().is_ok()) {
            host.to_string()
        } else if let Some((_, ip)) = nodes.iter().find(|(n, _)| n == host) {
            trace.push(format!("resolve: {} is {} (/etc/hosts on the learner's machine)", host, ip));
            ip.clone()
        } else {
            trace.push(format!("resolve: {} is not a known name", host));
            return (Outcome::NoSuchHost, trace);
        };
        let Some((node, node_ip)) = nodes.iter().find(|(_, ip)| *ip == dst).cloned() else {
            trace.push(format!("route: no route from the learner's machine to {} (only the nodes' addresses are reachable from outside the cluster)", dst));
            return (Outcome::Timeout, trace);
        };
        let Some(i) = self.kubelets.iter().position(|k| k.name() == node) else { return (Outcome::Timeout, trace) };
        if self.kubelets[i].is_stopped() {
            trace.push(format!("{}: powered off, nothing answers", node));
            return (Outcome::Timeout, trace);
        }
        trace.push(format!("{}: the packet arrives on enp1s0 ({} → {}:{})", node, WORKSTATION_IP, dst, port));
        let Some(tables) = self.iptables(&node) else { return (Outcome::Timeout, trace) };
        let mut pkt = Packet { src: WORKSTATION_IP.into(), dst: dst.clone(), proto: "tcp".into(), dport: port as i32, src_local: false, dst_local: true, mark: 0 };
        let mut v = Verdict::default();
        {
            let mut k = NetKernel { rng: &mut self.net_rng, recent: &mut self.net_recent, node: &node, now: self.now };
            tables.nat.walk("PREROUTING", &mut pkt, &mut k, &mut v);
        }
        for (matched, h) in &v.steps {
            let draw = h.draw.map(|(d, p)| {
                let verdict = if *matched { "below" } else { "not below" };
                format!(" (random {:#010x} is {} {:#010x})", d, verdict, p)
            });
            let tail = if *matched { "" } else { ": next rule" };
            trace.push(format!("{}: nat {} rule {}: {}{}{}", node, h.chain, h.line, h.rule, draw.unwrap_or_default(), tail));
        }
        for (name, set) in &v.recent {
            if *set {
                self.net_recent.insert((node.clone(), name.clone(), WORKSTATION_IP.to_string()), self.now);
            }
        }
        let Some(to) = v.dnat.clone() else {
            // Not a service port: the filter table and then the node's own sockets.
            let mut f = Verdict::default();
            {
                let mut k = NetKernel { rng: &mut self.net_rng, recent: &mut self.net_recent, node: &node, now: self.now };
                tables.filter.walk("INPUT", &mut pkt, &mut k, &mut f);
            }
            if f.rejected {
                if let Some(h) = f.hits.last() {
                    trace.push(format!("{}: filter {} rule {}: {}", node, h.chain, h.line, h.rule));
                }
                return (Outcome::Refused, trace);
            }
            trace.push(format!("{}: nothing listens on port {}: the kernel answers with a reset", node, port));
            return (Outcome::Refused, trace);
        };
        let (pod_ip, pod_port) = to.split_once(':').map(|(a, b)| (a.to_string(), b.parse::<u16>().unwrap_or(0))).unwrap_or_default();
        trace.push(format!("{}: DNAT {}:{} → {}", node, dst, port, to));
        // The route: which node's pod CIDR holds the endpoint.
        let Some(j) = self.kubelets.iter().position(|k| k.net_view().1.as_deref().is_some_and(|c| in_cidr(&pod_ip, c))) else {
            trace.push(format!("{}: no route to {}", node, pod_ip));
            return (Outcome::Timeout, trace);
        };
        let target_node = self.kubelets[j].name().to_string();
        let pod_net = |k: &crate::kubelet::Kubelet| k.net_view().1.unwrap_or_default();
        let masq = if i == j {
            let gw = pod_net(&self.kubelets[i]).replace(".0/24", ".1");
            trace.push(format!("{}: route: {} is on this node: out through the cni0 bridge", node, pod_ip));
            gw
        } else {
            let src = pod_net(&self.kubelets[i]).replace("/24", "");
            let target_ip = nodes.iter().find(|(n, _)| *n == target_node).map(|(_, ip)| ip.clone()).unwrap_or_default();
            trace.push(format!("{}: route: {} via flannel.1 (VXLAN, outer {} → {} UDP 8472)", node, pod_net(&self.kubelets[j]), node_ip, target_ip));
            src
        };
        if pkt.mark & crate::network::proxy::rules::MASQ_MARK != 0 {
            trace.push(format!("{}: nat KUBE-POSTROUTING: marked 0x4000: MASQUERADE, source {} → {}", node, WORKSTATION_IP, masq));
        }
        let client = if pkt.mark & crate::network::proxy::rules::MASQ_MARK != 0 { masq } else { WORKSTATION_IP.to_string() };
        if self.kubelets[j].is_stopped() {
            trace.push(format!("{}: powered off, nothing answers", target_node));
            return (Outcome::Timeout, trace);
        }
        if i != j {
            trace.push(format!("{}: flannel.1 decapsulates; route: {} is on this node: out through the cni0 bridge", target_node, pod_ip));
        }
        let pod = self.kubelets[j].pod_with_ip(&pod_ip).unwrap_or_default();
        let now = self.now;
        let Some(answer) = self.kubelets[j].http_get(now, &pod_ip, pod_port, path, &client, CURL_AGENT) else {
            trace.push(format!("{}: no pod holds {} any more: host unreachable", target_node, pod_ip));
            return (Outcome::Timeout, trace);
        };
        match &answer {
            Answer::Refused => {
                trace.push(format!("{}: pod {} ({}): nothing listens on port {}: reset", target_node, pod, pod_ip, pod_port));
                return (Outcome::Refused, trace);
            }
            Answer::Http { code, body } => trace.push(format!("{}: pod {} ({}:{}) answers {} ({} bytes) to {}", target_node, pod, pod_ip, pod_port, code, body.len(), client)),
            Answer::NoReply => trace.push(format!("{}: pod {} ({}:{}) closes the connection without an HTTP reply", target_node, pod, pod_ip, pod_port)),
            Answer::Unmodelled(what) => trace.push(format!("{}: pod {} ({}:{}): {}", target_node, pod, pod_ip, pod_port, what)),
        }
        trace.push(format!("reply: conntrack on {} reverses the NAT: {} → {}:{}, {} → {}", node, to, dst, port, client, WORKSTATION_IP));
        (Outcome::Resolved(answer), trace)
    }
}
