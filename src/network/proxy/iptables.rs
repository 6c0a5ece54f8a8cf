//! kube-proxy's iptables mode as a pure rule compiler: `sync_proxy_rules` turns what kube-proxy
//! knows (a `ServiceSnapshot`) into the nat table one node holds, with upstream's chain names
//! (`KUBE-SVC-`/`KUBE-SEP-`/`KUBE-EXT-`/`KUBE-SVL-` + `portProtoHash`), rule order, comments and
//! the `statistic` ladder 1/(n−i) — `syncProxyRules` in `pkg/proxy/iptables/proxier.go`.

use crate::network::hash::port_proto_hash;
use super::rules::{kernel_probability, Match, Recent, Rule, Table, Target, MASQ_MARK};
use super::{ServiceSnapshot, SvcPort};

pub const KUBE_SERVICES: &str = "KUBE-SERVICES";
pub const KUBE_NODEPORTS: &str = "KUBE-NODEPORTS";
pub const KUBE_POSTROUTING: &str = "KUBE-POSTROUTING";
pub const KUBE_MARK_MASQ: &str = "KUBE-MARK-MASQ";

/// What a node's proxier knows of itself.
#[derive(Clone, Debug)]
pub struct NodeParams {
    pub name: String,
    /// `clusterCIDR` from kube-proxy's configuration (local traffic detection).
    pub cluster_cidr: String,
    /// The node's pod CIDR (flannel's lease), once it has one.
    pub pod_cidr: Option<String>,
    /// The node's address on the nodes' network.
    pub node_ip: String,
    /// The proxier's mode (from its ConfigMap when it started).
    pub mode: super::ipvs::ProxyMode,
}

/// What kube-proxy writes: its chains and jumps in the nat and filter tables, then every
/// service port's rules — `syncProxyRules`.
pub fn sync_proxy_rules(snap: &ServiceSnapshot, node: &NodeParams, t: &mut super::super::netfilter::Tables) {
    for table in [&mut t.mangle, &mut t.filter, &mut t.nat] {
        table.chain("KUBE-PROXY-CANARY");
    }
    let f = &mut t.filter;
    for c in ["KUBE-EXTERNAL-SERVICES", "KUBE-FORWARD", KUBE_NODEPORTS, "KUBE-PROXY-FIREWALL", KUBE_SERVICES] {
        f.chain(c);
    }
    let new = || Match::Conntrack { negated: false, states: "NEW" };
    f.add("INPUT", Rule::jump("KUBE-PROXY-FIREWALL").m(new()).comment("kubernetes load balancer firewall"));
    f.add("INPUT", Rule::jump(KUBE_NODEPORTS).comment("kubernetes health check service ports"));
    f.add("INPUT", Rule::jump("KUBE-EXTERNAL-SERVICES").m(new()).comment("kubernetes externally-visible service portals"));
    f.add("FORWARD", Rule::jump("KUBE-PROXY-FIREWALL").m(new()).comment("kubernetes load balancer firewall"));
    f.add("FORWARD", Rule::jump("KUBE-FORWARD").comment("kubernetes forwarding rules"));
    f.add("FORWARD", Rule::jump(KUBE_SERVICES).m(new()).comment("kubernetes service portals"));
    f.add("FORWARD", Rule::jump("KUBE-EXTERNAL-SERVICES").m(new()).comment("kubernetes externally-visible service portals"));
    f.add("OUTPUT", Rule::jump("KUBE-PROXY-FIREWALL").m(new()).comment("kubernetes load balancer firewall"));
    f.add("OUTPUT", Rule::jump(KUBE_SERVICES).m(new()).comment("kubernetes service portals"));
    f.add("KUBE-FORWARD", Rule::default().m(Match::Conntrack { negated: false, states: "INVALID" }).to(Target::Drop));
    f.add("KUBE-FORWARD", Rule::default().comment("kubernetes forwarding rules").m(Match::Mark { negated: false, mark: MASQ_MARK }).to(Target::Accept));
    f.add("KUBE-FORWARD", Rule::default().comment("kubernetes forwarding conntrack rule").m(Match::Conntrack { negated: false, states: "RELATED,ESTABLISHED" }).to(Target::Accept));
    let n = &mut t.nat;
    for c in [KUBE_SERVICES, KUBE_NODEPORTS, KUBE_POSTROUTING, KUBE_MARK_MASQ] {
        n.chain(c);
    }
    n.add("PREROUTING", Rule::jump(KUBE_SERVICES).comment("kubernetes service portals"));
    n.add("OUTPUT", Rule::jump(KUBE_SERVICES).comment("kubernetes service portals"));
    n.add("POSTROUTING", Rule::jump(KUBE_POSTROUTING).comment("kubernetes postrouting rules"));
    compile_services(snap, node, &mut t.nat, &mut t.filter);
}

/// `servicePortChainName` and friends.
pub fn svc_chain(p: &SvcPort) -> String {
    format!("KUBE-SVC-{}", port_proto_hash(&format!("{}{}", p.name(), p.proto())))
}
pub fn svl_chain(p: &SvcPort) -> String {
    format!("KUBE-SVL-{}", port_proto_hash(&format!("{}{}", p.name(), p.proto())))
}
pub fn ext_chain(p: &SvcPort) -> String {
    format!("KUBE-EXT-{}", port_proto_hash(&format!("{}{}", p.name(), p.proto())))
}
pub fn sep_chain(p: &SvcPort, endpoint: &str) -> String {
    format!("KUBE-SEP-{}", port_proto_hash(&format!("{}{}{}", p.name(), p.proto(), endpoint)))
}

/// The endpoints a service port uses for traffic of one policy: ready ones; with none ready, the
/// serving terminating ones (upstream's `CategorizeEndpoints`).
pub(super) fn usable<'a>(p: &'a SvcPort, local_only: Option<&str>) -> Vec<&'a super::Endpoint> {
    let pick = |f: &dyn Fn(&super::Endpoint) -> bool| -> Vec<&super::Endpoint> {
        p.endpoints.iter().filter(|e| f(e) && local_only.is_none_or(|n| e.node.as_deref() == Some(n))).collect()
    };
    let ready = pick(&|e| e.ready);
    if !ready.is_empty() {
        return ready;
    }
    pick(&|e| e.serving && e.terminating)
}

/// Every service port's rules (nat), and the filter rules for those without endpoints.
fn compile_services(snap: &ServiceSnapshot, node: &NodeParams, t: &mut Table, filter: &mut Table) {
    t.add(KUBE_POSTROUTING, Rule::default().m(Match::Mark { negated: true, mark: MASQ_MARK }).to(Target::Return));
    t.add(KUBE_POSTROUTING, Rule::default().to(Target::XorMark(MASQ_MARK)));
    t.add(KUBE_POSTROUTING, Rule::default().comment("kubernetes service traffic requiring SNAT").to(Target::Masquerade));
    t.add(KUBE_MARK_MASQ, Rule::default().to(Target::OrMark(MASQ_MARK)));
    for p in &snap.ports {
        let Some(cip) = p.cluster_ip.as_deref() else { continue };
        let name = p.name();
        let proto = p.proto();
        let cluster_eps = usable(p, None);
        let local_eps = usable(p, Some(&node.name));
        let (svc, svl, ext) = (svc_chain(p), svl_chain(p), ext_chain(p));
        // The chain internal traffic goes to, and the one external traffic ends in.
        let internal = if p.internal_local { &svl } else { &svc };
        let internal_eps = if p.internal_local { &local_eps } else { &cluster_eps };
        let external = if p.external_local { &svl } else { &svc };
        let uses_svc = (!p.internal_local || (p.has_external() && !p.external_local)) && !cluster_eps.is_empty();
        let uses_svl = (p.internal_local || (p.has_external() && p.external_local)) && !local_eps.is_empty();
        let has_endpoints = !cluster_eps.is_empty() || !local_eps.is_empty();
        let has_external_eps = has_endpoints && (!p.external_local || !local_eps.is_empty());
        // KUBE-SERVICES: the cluster IP; without endpoints the filter table refuses it.
        let (refuse, why) = if cluster_eps.is_empty() { (Target::Reject, "has no endpoints") } else { (Target::Drop, "has no local endpoints") };
        if !internal_eps.is_empty() {
            t.add(KUBE_SERVICES, Rule::jump(internal).comment(format!("{} cluster IP", name)).proto(&proto, Some(p.port)).dst(cip));
        } else {
            filter.add(KUBE_SERVICES, Rule::default().comment(format!("{} {}", name, why)).proto(&proto, Some(p.port)).dst(cip).to(refuse.clone()));
        }
        if p.has_external() && !has_external_eps {
            for ip in p.external_ips.iter().chain(&p.load_balancer_ips) {
                filter.add("KUBE-EXTERNAL-SERVICES", Rule::default().comment(format!("{} {}", name, why)).proto(&proto, Some(p.port)).dst(ip).to(refuse.clone()));
            }
            if let Some(np) = p.node_port {
                let r = Rule::default().comment(format!("{} {}", name, why)).m(Match::AddrTypeLocal { src: false }).proto(&proto, Some(np));
                filter.add("KUBE-EXTERNAL-SERVICES", r.to(refuse.clone()));
            }
        }
        // NodePorts, external and load-balancer IPs go through the external chain.
        if let Some(np) = p.node_port {
            if has_endpoints {
                t.add(KUBE_NODEPORTS, Rule::jump(&ext).comment(name.clone()).proto(&proto, Some(np)));
            }
        }
        for ip in p.external_ips.iter().chain(&p.load_balancer_ips) {
            if has_endpoints {
                let what = if p.external_ips.contains(ip) { "external IP" } else { "loadbalancer IP" };
                t.add(KUBE_SERVICES, Rule::jump(&ext).comment(format!("{} {}", name, what)).proto(&proto, Some(p.port)).dst(ip));
            }
        }
        if p.has_external() && has_endpoints {
            t.chain(&ext);
            if p.external_local {
                t.add(&ext, Rule::jump(&svc).comment(format!("pod traffic for {} external destinations", name)).src(false, &node.cluster_cidr));
                t.add(&ext, Rule::jump(KUBE_MARK_MASQ).comment(format!("masquerade LOCAL traffic for {} external destinations", name)).m(Match::AddrTypeLocal { src: true }));
                t.add(&ext, Rule::jump(&svc).comment(format!("route LOCAL traffic for {} external destinations", name)).m(Match::AddrTypeLocal { src: true }));
            } else {
                t.add(&ext, Rule::jump(KUBE_MARK_MASQ).comment(format!("masquerade traffic for {} external destinations", name)));
            }
            if has_external_eps {
                t.add(&ext, Rule::jump(external));
            }
        }
        // The service chains and their endpoint ladders.
        for (chain, eps, used) in [(&svc, &cluster_eps, uses_svc), (&svl, &local_eps, uses_svl)] {
            if !used {
                continue;
            }
            t.chain(chain);
            if chain == &svc {
                t.add(chain, Rule::jump(KUBE_MARK_MASQ).comment(format!("{} cluster IP", name)).proto(&proto, Some(p.port)).dst(cip).src(true, &node.cluster_cidr));
            }
            if let Some(seconds) = p.affinity_seconds {
                for e in eps.iter() {
                    let sep = sep_chain(p, &e.addr());
                    let r = Rule::jump(&sep).comment(format!("{} -> {}", name, e.addr())).m(Match::Recent(Recent::Check { name: sep.clone(), seconds }));
                    t.add(chain, r);
                }
            }
            let n = eps.len();
            for (i, e) in eps.iter().enumerate() {
                let sep = sep_chain(p, &e.addr());
                let mut r = Rule::jump(&sep).comment(format!("{} -> {}", name, e.addr()));
                if i < n - 1 {
                    r = r.m(Match::Statistic(kernel_probability(&format!("{:.10}", 1.0 / (n - i) as f64))));
                }
                t.add(chain, r);
            }
        }
        // One chain per endpoint in use: hairpin masquerade, then DNAT.
        let mut seps: Vec<&super::Endpoint> = Vec::new();
        if uses_svc {
            seps.extend(cluster_eps.iter().copied());
        }
        if uses_svl {
            for e in local_eps.iter().copied() {
                if !seps.iter().any(|s| s.addr() == e.addr()) {
                    seps.push(e);
                }
            }
        }
        for e in seps {
            let sep = sep_chain(p, &e.addr());
            t.chain(&sep);
            t.add(&sep, Rule::jump(KUBE_MARK_MASQ).comment(name.clone()).src(false, &e.ip));
            let mut dnat = Rule::default().comment(name.clone());
            if p.affinity_seconds.is_some() {
                dnat = dnat.m(Match::Recent(Recent::Set { name: sep.clone() }));
            }
            t.add(&sep, dnat.proto(&proto, None).to(Target::Dnat(e.addr())));
        }
    }
    t.add(KUBE_SERVICES, Rule::jump(KUBE_NODEPORTS).comment("kubernetes service nodeports; NOTE: this must be the last rule in this chain").m(Match::AddrTypeLocal { src: false }));
}
