//! Requests carried by the simulated network, from the learner's machine or from a pod. A
//! packet enters a node — on its uplink from outside, through the pod's veth into cni0 from a
//! pod — and that node's kernel walks nat PREROUTING as its kernel would (kube-proxy's rules,
//! the `statistic` draws from the cluster's rng, `recent` for affinity); it is routed to the pod
//! over the bridge or flannel's VXLAN overlay, masqueraded where the rules marked it, and the
//! pod's server answers: nginx or agnhost for HTTP, CoreDNS for DNS. Every step is recorded for
//! `kubeplay trace`.

use super::Cluster;
use crate::kubelet::http::{Answer, NetRequest};
use crate::kubelet::sh::net::{ConnError, DnsAnswer, NetCall, NetReply, Rcode};
use crate::kubelet::sh::programs::Image;
use crate::network::policy::{self, Direction, Party, PodFacts};
use crate::network::proxy::rules::{in_cidr, Kernel, Packet, Verdict, MASQ_MARK};
use std::collections::BTreeMap;
use std::time::Duration;

/// The learner's machine on the nodes' network.
pub const WORKSTATION_IP: &str = "172.30.0.100";
/// What the learner's `curl` says it is (Ubuntu 24.04's).
pub const CURL_AGENT: &str = "curl/8.5.0";

/// An HTTP request as a server sees it.
#[derive(Clone, Debug)]
pub struct HttpReq {
    pub path: String,
    /// The `Host` header.
    pub host: String,
    pub agent: String,
    /// X-Forwarded-For, set by a proxy on the way.
    pub forwarded: Option<String>,
    /// Other headers the client sent (`curl -H`).
    pub headers: Vec<(String, String)>,
    /// Over TLS: what the client trusts.
    pub tls: Option<crate::kubelet::sh::net::TlsClient>,
}

/// How a request from outside ended.
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
/// A key of the network's maps: its parts (node, names, addresses) joined by NULs.
pub(super) fn net_key(parts: &[&str]) -> String {
    parts.join("\0")
}

pub struct NetKernel<'a> {
    pub rng: &'a mut crate::sim::rng::SimRng,
    /// Under [`net_key`] of (node, name, source).
    pub recent: &'a mut BTreeMap<String, crate::sim::clock::SimTime>,
    pub node: &'a str,
    pub now: crate::sim::clock::SimTime,
}

impl Kernel for NetKernel<'_> {
    fn draw(&mut self) -> u32 {
        (self.rng.next_u64() >> 33) as u32
    }
    fn recent(&mut self, name: &str, src: &str, seconds: i32) -> bool {
        let key = net_key(&[self.node, name, src]);
        self.recent.get(&key).is_some_and(|t| self.now.since(*t).as_secs() < seconds as u64)
    }
}

/// Where a packet starts: a machine on the nodes' network (the learner's, or a node forwarding
/// a pod's packet), or a pod.
pub(super) enum Src {
    Host(String),
    Pod { node: usize, ip: String },
}

/// Where the network took a packet.
pub(super) enum Carried {
    /// Into a pod's network namespace: the address and port it reached, the source the pod sees,
    /// and the NAT that conntrack reverses on the way back (node, original, translated).
    Pod { node: usize, ip: String, port: u16, client: String, nat: Option<(usize, String, String)> },
    /// To the lab network's DNS server (the nodes' resolver).
    Upstream,
    Refused,
    TimedOut,
    NoRoute,
}

/// A reply on the same node, and over the overlay.
pub(super) const LOCAL_RTT: Duration = Duration::from_millis(1);
pub(super) const OVERLAY_RTT: Duration = Duration::from_millis(2);
/// How long a resolver waits for a DNS server (glibc's and busybox's `timeout:5`).
const DNS_TIMEOUT: Duration = Duration::from_secs(5);
/// ARP gives up on an address nobody holds after three seconds: host unreachable.
const ARP_TIMEOUT: Duration = Duration::from_secs(3);

impl Cluster {
    fn node_addrs(&self) -> Vec<(String, String)> {
        self.config.nodes.iter().map(|(n, _)| (n.name.clone(), n.internal_ip.clone())).collect()
    }

    /// Which node's pod network holds `ip`.
    fn pod_net_owner(&self, ip: &str) -> Option<usize> {
        self.kubelets.iter().position(|k| k.pod_cidr().is_some_and(|c| in_cidr(ip, c)))
    }

    /// Carries one packet (the first of a connection, or a datagram) from `src` to `dst:port`.
    pub(super) fn carry(&mut self, src: &Src, dst: &str, port: u16, proto: &str, trace: &mut Vec<String>) -> Carried {
        let nodes = self.node_addrs();
        let (entry, src_ip) = match src {
            Src::Host(ip) => {
                let k = match nodes.iter().position(|(_, n)| n == dst) {
                    Some(k) => k,
                    None => match self.load_balancer(dst, port, proto, trace) {
                        Some(k) => k,
                        None => {
                            trace.push(format!("route: no route from {} to {} (only the nodes' and load balancers' addresses are reachable from outside the cluster)", ip, dst));
                            return Carried::TimedOut;
                        }
                    },
                };
                (k, ip.clone())
            }
            Src::Pod { node, ip } => {
                if dst == ip || dst.starts_with("127.") {
                    trace.push(format!("{}: {} is the pod's own address: over its loopback", nodes[*node].0, dst));
                    return Carried::Pod { node: *node, ip: ip.clone(), port, client: if dst == ip { ip.clone() } else { dst.to_string() }, nat: None };
                }
                (*node, ip.clone())
            }
        };
        let (node, node_ip) = nodes[entry].clone();
        if self.kubelets[entry].is_stopped() {
            trace.push(format!("{}: powered off, nothing answers", node));
            return Carried::TimedOut;
        }
        if matches!(src, Src::Host(_)) && self.kubelets[entry].is_partitioned() {
            trace.push(format!("{}: cut off from the network (partitioned): the packet is lost", node));
            return Carried::TimedOut;
        }
        match src {
            Src::Host(_) => trace.push(format!("{}: the packet arrives on enp1s0 ({} → {}:{})", node, src_ip, dst, port)),
            Src::Pod { .. } => {
                let pod = self.kubelets[entry].pod_with_ip(&src_ip).unwrap_or_default();
                trace.push(format!("{}: the packet leaves pod {} through its veth into cni0 ({} → {}:{}/{})", node, pod, src_ip, dst, port, proto));
            }
        }
        let Some(tables) = self.iptables(&node) else { return Carried::TimedOut };
        // In IPVS mode every service address is bound to kube-ipvs0: a local address.
        let ipvs_local = tables.nat.sets.get("KUBE-IPVS-IPS").is_some_and(|s| s.entries.contains(dst));
        let mut pkt = Packet { src: src_ip.clone(), dst: dst.to_string(), proto: proto.into(), dport: port as i32, src_local: false, dst_local: dst == node_ip || ipvs_local, mark: 0 };
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
                self.net_recent.insert(net_key(&[&node, name, &src_ip]), self.now);
            }
        }
        let mut dnat = v.dnat.clone();
        if let Some(vss) = tables.ipvs.as_ref().filter(|_| dnat.is_none()) {
            // IPVS takes the packet on its way in to the local address and picks a real server.
            if let Some(vs) = vss.iter().find(|vs| vs.proto.eq_ignore_ascii_case(proto) && vs.addr == dst && vs.port == port as i32) {
                match self.ipvs_schedule(&node, vs, &src_ip) {
                    Some((to, why)) => {
                        trace.push(format!("{}: IPVS {} {}:{} {}: {} → real server {} (Masq)", node, vs.proto, vs.addr, vs.port, vs.scheduler, why, to));
                        dnat = Some(to);
                    }
                    None => {
                        trace.push(format!("{}: IPVS {} {}:{} has no real server: ICMP port unreachable", node, vs.proto, vs.addr, vs.port));
                        return Carried::Refused;
                    }
                }
            }
        }
        let (to_ip, to_port) = match dnat.as_deref().and_then(|to| to.split_once(':')) {
            Some((ip, p)) => {
                trace.push(format!("{}: DNAT {}:{} → {}:{}", node, dst, port, ip, p));
                (ip.to_string(), p.parse::<u16>().unwrap_or(0))
            }
            None => (dst.to_string(), port),
        };
        let nat = dnat.clone().map(|to| (entry, format!("{}:{}", dst, port), to));
        if let Src::Pod { ip, .. } = src {
            if let Some(line) = self.policy_drop(Direction::Egress, ip, &to_ip, to_port, proto) {
                trace.push(format!("{}: {}", node, line));
                return Carried::TimedOut;
            }
        }
        let Some(j) = self.pod_net_owner(&to_ip) else {
            return self.off_pod_network(src, entry, &pkt, &to_ip, to_port, proto, trace);
        };
        // The pod network: the bridge on this node, or flannel's overlay to the node that holds it.
        let target_node = nodes[j].0.clone();
        let cidr = |k: &crate::kubelet::Kubelet| k.pod_cidr().unwrap_or_default().to_string();
        let masq = if entry == j {
            trace.push(format!("{}: route: {} is on this node: out through the cni0 bridge", node, to_ip));
            cidr(&self.kubelets[entry]).replace(".0/24", ".1")
        } else {
            trace.push(format!("{}: route: {} via flannel.1 (VXLAN, outer {} → {} UDP 8472)", node, cidr(&self.kubelets[j]), node_ip, nodes[j].1));
            cidr(&self.kubelets[entry]).replace("/24", "")
        };
        let client = if pkt.mark & MASQ_MARK != 0 {
            trace.push(format!("{}: nat KUBE-POSTROUTING: marked 0x4000: MASQUERADE, source {} → {}", node, src_ip, masq));
            masq
        } else {
            src_ip.clone()
        };
        if self.kubelets[j].is_stopped() {
            trace.push(format!("{}: powered off, nothing answers", target_node));
            return Carried::TimedOut;
        }
        if entry != j && (self.kubelets[j].is_partitioned() || self.kubelets[entry].is_partitioned()) {
            let cut = if self.kubelets[j].is_partitioned() { &target_node } else { &node };
            trace.push(format!("{}: cut off from the network (partitioned): the VXLAN packet is lost", cut));
            return Carried::TimedOut;
        }
        if entry != j {
            trace.push(format!("{}: flannel.1 decapsulates; route: {} is on this node: out through the cni0 bridge", target_node, to_ip));
        }
        if self.kubelets[j].pod_with_ip(&to_ip).is_none() {
            trace.push(format!("{}: no pod holds {} (ARP gets no answer): host unreachable", target_node, to_ip));
            return Carried::NoRoute;
        }
        if let Some(line) = self.policy_drop(Direction::Ingress, &to_ip, &client, to_port, proto) {
            trace.push(format!("{}: {}", target_node, line));
            return Carried::TimedOut;
        }
        Carried::Pod { node: j, ip: to_ip, port: to_port, client, nat }
    }

    /// The lab's load balancer for an address it holds: the node that gets the connection, in
    /// turn among the nodes that may take it (up, not excluded from external load balancers,
    /// and with `externalTrafficPolicy: Local` holding a ready endpoint, as its health check
    /// finds). The packet keeps its addresses; kube-proxy's rules for the address take it.
    fn load_balancer(&mut self, dst: &str, port: u16, proto: &str, trace: &mut Vec<String>) -> Option<usize> {
        let snap = self.kube_proxy.current();
        let p = snap.ports.iter().find(|p| p.load_balancer_ips.iter().any(|ip| ip == dst) && p.port == port as i32 && p.proto() == proto)
            .or_else(|| snap.ports.iter().find(|p| p.load_balancer_ips.iter().any(|ip| ip == dst)))?;
        let exclude = "node.kubernetes.io/exclude-from-external-load-balancers";
        let healthy: Vec<usize> = (0..self.kubelets.len())
            .filter(|&k| self.kubelets[k].is_connected() && !self.config.nodes[k].0.labels.contains_key(exclude))
            .filter(|&k| !p.external_local || p.endpoints.iter().any(|e| e.ready && e.node.as_deref() == Some(self.kubelets[k].name())))
            .collect();
        let names: Vec<&str> = healthy.iter().map(|&k| self.kubelets[k].name()).collect();
        let which = if p.external_local { "nodes with a ready local endpoint (externalTrafficPolicy: Local)" } else { "nodes in service" };
        if healthy.is_empty() {
            trace.push(format!("load balancer {} ({}): no healthy node to send it to", dst, p.name()));
            return None;
        }
        let turn = self.lb_turns.entry(dst.to_string()).or_default();
        let k = healthy[*turn % healthy.len()];
        *turn += 1;
        trace.push(format!("load balancer {} ({}): forwards the connection to {} ({}: {})", dst, p.name(), self.kubelets[k].name(), which, names.join(", ")));
        Some(k)
    }

    /// A packet whose destination is not on the pod network after PREROUTING: a node's own
    /// address, the lab's DNS server, or nowhere (a Service address kube-proxy has no rule for).
    #[allow(clippy::too_many_arguments)]
    fn off_pod_network(&mut self, src: &Src, entry: usize, pkt: &Packet, dst: &str, port: u16, proto: &str, trace: &mut Vec<String>) -> Carried {
        let nodes = self.node_addrs();
        let (node, node_ip) = nodes[entry].clone();
        let Some(tables) = self.iptables(&node) else { return Carried::TimedOut };
        let mut pkt = pkt.clone();
        let mut f = Verdict::default();
        let chain = if pkt.dst_local { "INPUT" } else { "FORWARD" };
        {
            let mut k = NetKernel { rng: &mut self.net_rng, recent: &mut self.net_recent, node: &node, now: self.now };
            tables.filter.walk(chain, &mut pkt, &mut k, &mut f);
        }
        if f.rejected {
            if let Some(h) = f.hits.last() {
                trace.push(format!("{}: filter {} rule {}: {}", node, h.chain, h.line, h.rule));
            }
            return Carried::Refused;
        }
        if pkt.dst_local {
            // A host-network pod's server (the apiserver on 6443) holds the node's own address.
            if let Some(pod) = self.kubelets[entry].pod_listening(dst, port) {
                trace.push(format!("{}: {}:{} is this node's address: pod {} (host network) listens on it", node, dst, port, pod));
                return Carried::Pod { node: entry, ip: dst.to_string(), port, client: pkt.src.clone(), nat: None };
            }
            trace.push(format!("{}: nothing listens on port {}: the kernel answers with a reset", node, port));
            return Carried::Refused;
        }
        if let Src::Pod { ip, .. } = src {
            if let Some(line) = self.policy_drop(Direction::Egress, ip, dst, port, proto).filter(|_| dst != node_ip) {
                trace.push(format!("{}: {}", node, line));
                return Carried::TimedOut;
            }
            // Leaving the pod network: flannel masquerades the pod's address as the node's.
            if let Some(k) = nodes.iter().position(|(_, ip)| ip == dst) {
                trace.push(format!("{}: route: {} is {} on enp1s0; nat FLANNEL-POSTRTG: MASQUERADE, source {} → {}", node, dst, nodes[k].0, pkt.src, node_ip));
                return self.carry(&Src::Host(node_ip), dst, port, proto, trace);
            }
            if dst == crate::kubelet::env::NODE_DNS && port == 53 {
                trace.push(format!("{}: route: {} is the lab's DNS server, via enp1s0; nat FLANNEL-POSTRTG: MASQUERADE, source {} → {}", node, dst, pkt.src, node_ip));
                return Carried::Upstream;
            }
        }
        trace.push(format!("{}: route: no rule and no network holds {}: out through the default gateway, and nothing answers", node, dst));
        Carried::TimedOut
    }

    /// `ipvsadm -Ln` on a node (None when its kernel holds no IPVS table): a connection counts
    /// as inactive for IPVS's FIN_WAIT/TIME_WAIT timeout after it ends (UDP entries: 300 s).
    pub fn ipvs_list(&self, node: &str) -> Option<String> {
        let tables = self.iptables(node)?;
        let vss = tables.ipvs.as_ref()?;
        let now = self.now;
        let conns = |vs: &crate::network::proxy::ipvs::VirtualServer, d: &str| {
            let window = if vs.proto == "UDP" { 300 } else { 120 };
            let key = net_key(&[node, &vs.key(), d]);
            let n = self.ipvs_conns.get(&key).map_or(0, |ts| ts.iter().filter(|t| now.since(**t).as_secs() < window).count());
            (0, n as u32)
        };
        Some(crate::network::proxy::ipvs::ipvsadm_list(vss, &conns))
    }

    /// IPVS's choice of real server for a new connection: the client's persistent one while its
    /// template lives, otherwise the scheduler's (`rr`: the one after the last chosen, in the
    /// order the real servers were added). None when the service has none.
    fn ipvs_schedule(&mut self, node: &str, vs: &crate::network::proxy::ipvs::VirtualServer, client: &str) -> Option<(String, String)> {
        if vs.dests.is_empty() {
            return None;
        }
        let key = net_key(&[node, &vs.key()]);
        if let Some(t) = vs.persistent {
            let pkey = net_key(&[node, &vs.key(), client]);
            if let Some((d, at)) = self.ipvs_persist.get(&pkey).map(|e| &**e).filter(|(d, at)| vs.dests.contains(d) && self.now.since(*at).as_secs() < t as u64) {
                let (d, _) = (d.clone(), *at);
                self.ipvs_persist.insert(pkey, Box::new((d.clone(), self.now)));
                self.ipvs_connection(node, vs, &d);
                return Some((d, format!("persistent template for {}", client)));
            }
        }
        let next = match self.ipvs_last.get(&key).and_then(|last| vs.dests.iter().position(|d| d == last)) {
            Some(i) => (i + 1) % vs.dests.len(),
            None => 0,
        };
        let d = vs.dests[next].clone();
        self.ipvs_last.insert(key, d.clone());
        self.ipvs_connection(node, vs, &d);
        if vs.persistent.is_some() {
            self.ipvs_persist.insert(net_key(&[node, &vs.key(), client]), Box::new((d.clone(), self.now)));
        }
        let why = match vs.scheduler.as_str() {
            "rr" => format!("round robin, server {} of {}", next + 1, vs.dests.len()),
            other => format!("scheduler {} (kubeplay schedules it as rr), server {} of {}", other, next + 1, vs.dests.len()),
        };
        Some((d, why))
    }

    /// A connection IPVS made to a real server (kept while young enough to count in `ipvsadm`).
    fn ipvs_connection(&mut self, node: &str, vs: &crate::network::proxy::ipvs::VirtualServer, dest: &str) {
        let now = self.now;
        let conns = self.ipvs_conns.entry(net_key(&[node, &vs.key(), dest])).or_default();
        conns.retain(|t| now.since(*t).as_secs() < 300);
        conns.push(now);
    }

    /// The policy-capable CNI's verdict on a connection of `pod` (by address) with `other`, at
    /// the destination's `port`: None to let it pass, or the trace line naming the policies that
    /// drop it. The CNI's agent watches NetworkPolicies, Pods and Namespaces; kubeplay reads
    /// them as they are when the packet passes.
    fn policy_drop(&self, dir: Direction, pod: &str, other: &str, port: u16, proto: &str) -> Option<String> {
        let find = |ip: &str| self.pod_net_owner(ip).and_then(|k| self.kubelets[k].pod_object(ip)).cloned();
        let target = find(pod)?;
        let ns = target.metadata.namespace.clone().unwrap_or_default();
        let everything = crate::api::labels::Selector::everything();
        let listed = self.api.list(crate::api::Kind::NetworkPolicy, Some(&ns), &everything, &Default::default()).ok()?;
        let policies: Vec<&crate::api::networking::NetworkPolicy> = listed.items.iter().filter_map(|o| o.as_typed()).collect();
        if policies.is_empty() {
            return None;
        }
        let peer = find(other);
        let ns_labels = |ns: &str| self.api.get(crate::api::Kind::Namespace, "", ns).ok().and_then(|o| o.meta().labels.clone());
        let target_ns_labels = ns_labels(&ns);
        let peer_ns_labels = peer.as_ref().and_then(|p| ns_labels(p.metadata.namespace.as_deref().unwrap_or("")));
        let me = PodFacts::of(&target, target_ns_labels.as_ref());
        let far = Party { ip: other, pod: peer.as_ref().map(|p| PodFacts::of(p, peer_ns_labels.as_ref())) };
        let policy::Verdict::Denied(names) = policy::check(&policies, dir, &me, &far, port, proto) else { return None };
        let who = match &far.pod {
            Some(p) => format!("{} (pod {}/{})", other, p.namespace, p.name),
            None => other.to_string(),
        };
        let (way, prep) = if dir == Direction::Ingress { ("ingress", "from") } else { ("egress", "to") };
        let plural = if names.len() == 1 { "" } else { "s" };
        Some(format!("NetworkPolicy{} {} select{} pod {}/{} for {} and no rule allows {} {} port {}/{}: dropped", plural, names.join(", "), if names.len() == 1 { "s" } else { "" }, ns, me.name, way, prep, who, port, proto))
    }

    /// `curl http://HOST:PORT/PATH` from the learner's machine; the trace lines say what happened.
    pub fn http_from_outside(&mut self, host: &str, port: u16, path: &str) -> (Outcome, Vec<String>) {
        self.http_from_outside_with(host, port, path, None, None)
    }

    /// The same, with a `Host` header of the learner's (else the URL's host, and its port
    /// unless 80) and, as `curl --resolve` gives it, the address to use for `host`.
    pub fn http_from_outside_with(&mut self, host: &str, port: u16, path: &str, host_header: Option<&str>, resolve: Option<&str>) -> (Outcome, Vec<String>) {
        let mut trace = vec![format!("request: GET http://{}:{}{} from the learner's machine ({})", host, port, path, WORKSTATION_IP)];
        let host_header = host_header.map_or_else(|| if port == 80 { host.to_string() } else { format!("{}:{}", host, port) }, str::to_string);
        let req = HttpReq { path: path.to_string(), host: host_header, agent: CURL_AGENT.to_string(), forwarded: None, headers: Vec::new(), tls: None };
        // The learner's own machine: what listens there is kubectl port-forward.
        let local = resolve.unwrap_or(host).trim_start_matches('[').trim_end_matches(']');
        if matches!(local, "localhost" | "127.0.0.1" | "::1") {
            let outcome = self.forwarded_http(local, port, &req, &mut trace);
            return (outcome, trace);
        }
        let dst = if let Some(ip) = resolve {
            trace.push(format!("resolve: {} is {} (curl --resolve)", host, ip));
            ip.to_string()
        } else if crate::kubelet::sh::net::is_ip(host) {
            host.to_string()
        } else if let Some((_, ip)) = self.node_addrs().into_iter().find(|(n, _)| n == host) {
            trace.push(format!("resolve: {} is {} (/etc/hosts on the learner's machine)", host, ip));
            ip
        } else {
            trace.push(format!("resolve: {} is not a known name", host));
            return (Outcome::NoSuchHost, trace);
        };
        let outcome = match self.carry(&Src::Host(WORKSTATION_IP.into()), &dst, port, "tcp", &mut trace) {
            Carried::Pod { node, ip, port: p, client, nat } => match self.answer_http(node, &ip, p, &req, &client, nat, WORKSTATION_IP, &mut trace) {
                Answer::Refused => Outcome::Refused,
                a => Outcome::Resolved(a),
            },
            Carried::Refused => Outcome::Refused,
            Carried::Upstream | Carried::TimedOut | Carried::NoRoute => Outcome::Timeout,
        };
        (outcome, trace)
    }

    /// A connection to the learner's machine at `port`: a port-forward listener there carries it
    /// over its stream to the pod's own `localhost`, as the kubelet's port-forward dials it.
    fn forwarded_http(&mut self, host: &str, port: u16, req: &HttpReq, trace: &mut Vec<String>) -> Outcome {
        // curl tries each address `localhost` has (::1, then 127.0.0.1).
        let addrs: &[&str] = if host == "localhost" { &["::1", "127.0.0.1"] } else { &[host] };
        let Some(l) = addrs.iter().find_map(|a| self.host_ports.find(a, port)).cloned() else {
            trace.push(format!("connect: nothing listens on {} port {} on the learner's machine: refused", host, port));
            return Outcome::Refused;
        };
        let i = ((l.stream & !super::EXEC_STREAM) >> 32) as usize;
        let sid = l.stream & 0xffff_ffff;
        let Some(k) = self.kubelets.get_mut(i).filter(|k| k.unreachable().is_none()) else { return Outcome::Refused };
        let node = k.name().to_string();
        k.portforward_frame(sid, format!("c{}", l.port));
        let Some(target) = k.portforward_target(sid) else { return Outcome::Resolved(Answer::NoReply) };
        let pod = k.pod_with_ip(&target.ip).unwrap_or_default();
        trace.push(format!("port-forward: {}:{} is kubectl port-forward's listener; its stream goes through the apiserver to the kubelet on {}", l.address, l.port, node));
        trace.push(format!("{}: the kubelet dials localhost:{} in the network namespace of pod {}", node, l.remote, pod));
        if k.listener(&target.ip, l.remote).is_none() {
            let why = target.refused(l.remote);
            k.portforward_frame(sid, format!("e{}", why));
            trace.push(format!("{}: pod {}: nothing listens on port {}: the dial is refused, and kubectl loses the connection", node, pod, l.remote));
            return Outcome::Resolved(Answer::NoReply);
        }
        match self.answer_http(i, &target.ip, l.remote, req, "127.0.0.1", None, "127.0.0.1", trace) {
            Answer::Refused => Outcome::Refused,
            a => Outcome::Resolved(a),
        }
    }

    /// The server in the pod answers; conntrack reverses the NAT on the way back.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn answer_http(&mut self, j: usize, ip: &str, port: u16, req: &HttpReq, client: &str, nat: Option<(usize, String, String)>, sender: &str, trace: &mut Vec<String>) -> Answer {
        let node = self.kubelets[j].name().to_string();
        let pod = self.kubelets[j].pod_with_ip(ip).unwrap_or_default();
        let now = self.now;
        let answer = if self.kubelets[j].listener(ip, port) == Some(Image::Distroless("nginx-ingress-controller")) && port == 80 {
            self.ingress_proxy(j, ip, req, client, trace)
        } else if self.kubelets[j].listener(ip, port) == Some(Image::Distroless("kube-apiserver")) {
            return self.apiserver_http(j, ip, port, req, client, trace);
        } else if req.tls.is_some() {
            // No other server here speaks TLS: the client's hello gets a plain HTTP answer.
            Answer::TlsFailed(35, "OpenSSL/3.5.4: error:0A00010B:SSL routines::wrong version number".into())
        } else {
            self.kubelets[j].http_get(now, ip, port, &req.path, client, &req.agent, req.forwarded.as_deref().unwrap_or("-")).unwrap_or(Answer::Refused)
        };
        match &answer {
            Answer::Refused => trace.push(format!("{}: pod {} ({}): nothing listens on port {}: reset", node, pod, ip, port)),
            Answer::Http { code, body } => {
                if let Some((ns, name)) = pod.split_once('/') {
                    self.metrics.answered(ns, name);
                }
                trace.push(format!("{}: pod {} ({}:{}) answers {} ({} bytes) to {}", node, pod, ip, port, code, body.len(), client))
            }
            Answer::NoReply => trace.push(format!("{}: pod {} ({}:{}) closes the connection without an HTTP reply", node, pod, ip, port)),
            Answer::Unmodelled(what) => trace.push(format!("{}: pod {} ({}:{}): {}", node, pod, ip, port, what)),
            Answer::TlsFailed(..) => trace.push(format!("{}: pod {} ({}:{}) answers the TLS hello in plain HTTP: the handshake fails", node, pod, ip, port)),
        }
        if let Some((k, orig, to)) = nat {
            if answer != Answer::Refused {
                let source = if client == sender { String::new() } else { format!(", {} → {}", client, sender) };
                trace.push(format!("reply: conntrack on {} reverses the NAT: {} → {}{}", self.kubelets[k].name(), to, orig, source));
            }
        }
        answer
    }

    /// One call a process in a pod on node `i` made, carried through the network.
    fn pod_call(&mut self, i: usize, src: &str, call: &NetCall) -> (NetReply, Vec<String>) {
        let mut trace = Vec::new();
        let from = Src::Pod { node: i, ip: src.to_string() };
        match call {
            NetCall::Http { ip, port, method, path, host, agent, timeout, headers, tls } => {
                let pod = self.kubelets[i].pod_with_ip(src).unwrap_or_default();
                let scheme = if tls.is_some() { "https" } else { "http" };
                trace.push(format!("request: {} {}://{}{} from pod {} ({})", method, scheme, host, path, pod, src));
                let (took, result) = match self.carry(&from, ip, *port, "tcp", &mut trace) {
                    Carried::Pod { node, ip: to, port: p, client, nat } => {
                        let rtt = if node == i { LOCAL_RTT } else { OVERLAY_RTT };
                        let req = HttpReq { path: path.clone(), host: host.clone(), agent: agent.clone(), forwarded: None, headers: headers.clone(), tls: tls.clone() };
                        (rtt, Ok(self.answer_http(node, &to, p, &req, &client, nat, src, &mut trace)))
                    }
                    Carried::Refused | Carried::Upstream => (LOCAL_RTT, Ok(Answer::Refused)),
                    Carried::TimedOut => (*timeout, Err(ConnError::TimedOut)),
                    Carried::NoRoute if ARP_TIMEOUT < *timeout => (ARP_TIMEOUT, Err(ConnError::NoRoute)),
                    Carried::NoRoute => (*timeout, Err(ConnError::TimedOut)),
                };
                (NetReply::Http { took, result }, trace)
            }
            NetCall::Dns { server, queries, all, deadline } => {
                let mut answers = Vec::new();
                let mut took = Duration::ZERO;
                for (n, (name, qtype)) in queries.iter().enumerate() {
                    if deadline.is_some_and(|d| took >= d) {
                        break;
                    }
                    let mut hops = Vec::new();
                    let a = match self.carry(&from, server, 53, "udp", &mut hops) {
                        Carried::Pod { node, ip, .. } => {
                            took += if node == i { LOCAL_RTT } else { OVERLAY_RTT };
                            if self.kubelets[node].listener(&ip, 53) == Some(Image::Distroless("coredns")) {
                                let pod = self.kubelets[node].pod_with_ip(&ip).unwrap_or_default();
                                let a = self.coredns(name, *qtype);
                                hops.push(format!("{}: pod {} (CoreDNS) answers {}", self.kubelets[node].name(), pod, describe(&a)));
                                a
                            } else {
                                hops.push(format!("{}: nothing listens on udp port 53 at {}: port unreachable", self.kubelets[node].name(), ip));
                                unanswered(name, *qtype, Rcode::Refused)
                            }
                        }
                        Carried::Upstream => {
                            took += OVERLAY_RTT;
                            let a = crate::network::dns::upstream(name, *qtype, &self.node_addrs());
                            hops.push(format!("{}: the lab's DNS server answers {}", crate::kubelet::env::NODE_DNS, describe(&a)));
                            a
                        }
                        Carried::Refused => unanswered(name, *qtype, Rcode::Refused),
                        Carried::TimedOut | Carried::NoRoute => {
                            // nslookup sends its queries at once and waits once; libc's
                            // resolver tries each name twice (`attempts:2`).
                            if !*all {
                                took += DNS_TIMEOUT * 2;
                            } else if n == 0 {
                                took += DNS_TIMEOUT;
                            }
                            hops.push(format!("dns: no answer from {} within {} s", server, DNS_TIMEOUT.as_secs()));
                            unanswered(name, *qtype, Rcode::Timeout)
                        }
                    };
                    trace.push(format!("dns: {} {}? to {}:53", name, qtype.as_str(), server));
                    // The first query's hops in full; the rest take the same path.
                    if n == 0 {
                        trace.extend(hops);
                    } else if let Some(last) = hops.last() {
                        trace.push(last.clone());
                    }
                    let found = !a.addrs.is_empty();
                    answers.push(a);
                    if found && !*all {
                        break;
                    }
                }
                let took = deadline.map_or(took, |d| took.min(d));
                (NetReply::Dns { took, answers }, trace)
            }
        }
    }

    /// CoreDNS's answer, from the Service and EndpointSlice informers' snapshot.
    fn coredns(&mut self, name: &str, qtype: crate::kubelet::sh::net::Qtype) -> DnsAnswer {
        let snap = self.kube_proxy.current();
        let nodes = self.node_addrs();
        let api = &self.api;
        let exists = |ns: &str| api.get(crate::api::Kind::Namespace, "", ns).is_ok();
        crate::network::dns::answer(&snap, name, qtype, &exists, &nodes)
    }

    /// Starts recording the hops of the pods' requests (`kubeplay trace kubectl exec …`), or
    /// stops and returns what was recorded.
    pub fn record_pod_requests(&mut self, on: bool) -> Vec<String> {
        let was = std::mem::replace(&mut self.net_trace, on.then(Vec::new));
        was.unwrap_or_default()
    }

    /// Carries the calls node `i`'s processes wait on and wakes each with its answer.
    pub(super) fn serve_network(&mut self, i: usize) {
        for NetRequest { from, src, call } in self.kubelets[i].take_net_requests() {
            let (reply, trace) = self.pod_call(i, &src, &call);
            if let Some(t) = self.net_trace.as_mut() {
                t.extend(trace);
            }
            if let Some(at) = self.kubelets[i].net_reply(&from, reply, self.now) {
                self.schedule(at, super::KUBELET_BASE + i as super::Owner);
            }
        }
    }
}

fn unanswered(name: &str, qtype: crate::kubelet::sh::net::Qtype, rcode: Rcode) -> DnsAnswer {
    DnsAnswer::new(name, qtype, rcode, vec![], false)
}

fn describe(a: &DnsAnswer) -> String {
    match a.rcode {
        Rcode::NoError if !a.has_records() => "NOERROR with no record".into(),
        Rcode::NoError => {
            let cnames = a.cnames.iter().map(|c| format!("CNAME {}", c));
            let srv = a.srv.iter().map(|s| format!("SRV {} {} {} {}", s.priority, s.weight, s.port, s.target));
            let ptr = a.ptr.iter().map(|p| format!("PTR {}", p));
            cnames.chain(a.addrs.iter().cloned()).chain(srv).chain(ptr).collect::<Vec<_>>().join(", ")
        }
        Rcode::NxDomain => "NXDOMAIN".into(),
        Rcode::ServFail => "SERVFAIL".into(),
        Rcode::Timeout => "nothing".into(),
        Rcode::Refused => "port unreachable".into(),
    }
}
