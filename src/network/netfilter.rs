//! A node's netfilter tables as its kernel holds them: what the kubelet sets up at start
//! (KUBE-FIREWALL, the canary chains), what kube-proxy last wrote (see `proxy::iptables`, or
//! in IPVS mode `proxy::ipvs`, with its virtual servers and ipsets), and
//! flannel's masquerade and forward rules for its pod CIDR — printed by `iptables-save` in
//! the tables' kernel order (mangle, filter, nat).

use super::proxy::iptables::{sync_proxy_rules, NodeParams};
use super::proxy::ipvs::ProxyMode;
use super::proxy::rules::{Match, Rule, Table, Target, MASQ_MARK};
use super::proxy::ServiceSnapshot;

#[derive(Clone, Debug, Default)]
pub struct Tables {
    pub mangle: Table,
    pub filter: Table,
    pub nat: Table,
    /// IPVS's virtual servers, when kube-proxy runs in IPVS mode.
    pub ipvs: Option<Vec<super::proxy::ipvs::VirtualServer>>,
}

impl Tables {
    pub fn get(&self, name: &str) -> Option<&Table> {
        match name {
            "mangle" => Some(&self.mangle),
            "filter" => Some(&self.filter),
            "nat" => Some(&self.nat),
            _ => None,
        }
    }
    /// In the order `iptables-save` prints them.
    pub fn all(&self) -> [&Table; 3] {
        [&self.mangle, &self.filter, &self.nat]
    }
}

fn builtin(name: &'static str, chains: &[&str]) -> Table {
    Table::new(name, chains)
}

/// A node's tables: the kubelet's, then kube-proxy's (once it has synced), then flannel's.
pub fn node_tables(proxy: Option<&ServiceSnapshot>, node: &NodeParams) -> Tables {
    let mut t = Tables {
        mangle: builtin("mangle", &["PREROUTING", "INPUT", "FORWARD", "OUTPUT", "POSTROUTING"]),
        filter: builtin("filter", &["INPUT", "FORWARD", "OUTPUT"]),
        nat: builtin("nat", &["PREROUTING", "INPUT", "OUTPUT", "POSTROUTING"]),
        ipvs: None,
    };
    // kubelet_network_linux.go: the canaries, the iptables hint and KUBE-FIREWALL.
    t.mangle.chain("KUBE-IPTABLES-HINT");
    for table in [&mut t.mangle, &mut t.filter, &mut t.nat] {
        table.chain("KUBE-KUBELET-CANARY");
    }
    match (proxy, &node.mode) {
        (Some(snap), ProxyMode::Iptables) => sync_proxy_rules(snap, node, &mut t),
        (Some(snap), ProxyMode::Ipvs { scheduler }) => super::proxy::ipvs::sync_ipvs(snap, node, scheduler, &mut t),
        (None, _) => {}
    }
    t.filter.chain("KUBE-FIREWALL");
    t.filter.add("INPUT", Rule::jump("KUBE-FIREWALL"));
    t.filter.add("OUTPUT", Rule::jump("KUBE-FIREWALL"));
    t.filter.add(
        "KUBE-FIREWALL",
        Rule::default()
            .src(true, "127.0.0.0/8")
            .dst("127.0.0.0/8")
            .comment("block incoming localnet connections")
            .m(Match::Conntrack { negated: true, states: "RELATED,ESTABLISHED,DNAT" })
            .to(Target::Drop),
    );
    // flannel: masquerade pod traffic leaving the pod network; forward pod traffic.
    if let Some(pod_cidr) = &node.pod_cidr {
        let net = &node.cluster_cidr;
        let masq = "flanneld masq";
        let n = &mut t.nat;
        n.chain("FLANNEL-POSTRTG");
        n.add("POSTROUTING", Rule::jump("FLANNEL-POSTRTG").comment(masq));
        n.add("FLANNEL-POSTRTG", Rule::default().m(Match::Mark { negated: false, mark: MASQ_MARK }).comment(masq).to(Target::Return));
        n.add("FLANNEL-POSTRTG", Rule::default().src(false, pod_cidr).dst(net).comment(masq).to(Target::Return));
        n.add("FLANNEL-POSTRTG", Rule::default().src(false, net).dst(pod_cidr).comment(masq).to(Target::Return));
        n.add("FLANNEL-POSTRTG", Rule::default().src(true, net).dst(pod_cidr).comment(masq).to(Target::Return));
        n.add("FLANNEL-POSTRTG", Rule::default().src(false, net).not_dst("224.0.0.0/4").comment(masq).to(Target::Masquerade));
        n.add("FLANNEL-POSTRTG", Rule::default().src(true, net).dst(net).comment(masq).to(Target::Masquerade));
        let f = &mut t.filter;
        f.chain("FLANNEL-FWD");
        f.add("FORWARD", Rule::jump("FLANNEL-FWD").comment("flanneld forward"));
        f.add("FLANNEL-FWD", Rule::default().src(false, net).comment("flanneld forward").to(Target::Accept));
        f.add("FLANNEL-FWD", Rule::default().dst(net).comment("flanneld forward").to(Target::Accept));
    }
    t
}
