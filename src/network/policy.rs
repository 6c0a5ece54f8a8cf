//! NetworkPolicy as a policy-capable CNI enforces it (networking.k8s.io/v1 semantics): a pod is
//! isolated in a direction once any policy in its namespace selects it with that policy type;
//! then a connection is allowed only if some selecting policy has a rule whose peers and ports
//! both match (an empty peer list or port list matches everything). Peers are pods picked by
//! `podSelector` (in the policy's namespace), by `namespaceSelector` (and `podSelector`
//! together: both must match), or addresses in an `ipBlock` less its `except`. A named port
//! is the destination pod's container port of that name. Replies to allowed connections pass
//! (the CNI tracks connections), and the node's own traffic to its pods (probes) is not policed.

use crate::api::labels::Selector;
use crate::api::metav1::LabelSelector;
use crate::api::networking::{NetworkPolicy, NetworkPolicyPeer, NetworkPolicyPort};
use crate::network::proxy::rules::in_cidr;
use k8s_openapi::apimachinery::pkg::util::intstr::IntOrString;
use std::collections::BTreeMap;

/// One side of a connection: its address, and the pod holding it if a pod does.
#[derive(Clone, Debug, Default)]
pub struct Party<'a> {
    pub ip: &'a str,
    pub pod: Option<PodFacts<'a>>,
}

/// What policy looks at of a pod.
#[derive(Clone, Debug, Default)]
pub struct PodFacts<'a> {
    pub namespace: &'a str,
    pub name: &'a str,
    pub labels: Option<&'a BTreeMap<String, String>>,
    pub namespace_labels: Option<&'a BTreeMap<String, String>>,
    /// Its containers' ports: (name, port, protocol).
    pub ports: Vec<(String, i32, String)>,
}

impl<'a> PodFacts<'a> {
    pub fn of(p: &'a crate::api::core::Pod, namespace_labels: Option<&'a BTreeMap<String, String>>) -> Self {
        let ports = p
            .spec
            .iter()
            .flat_map(|s| s.containers.iter())
            .flat_map(|c| c.ports.iter().flatten())
            .filter_map(|cp| cp.name.clone().map(|n| (n, cp.container_port, cp.protocol.clone().unwrap_or_else(|| "TCP".into()))))
            .collect();
        PodFacts { namespace: p.metadata.namespace.as_deref().unwrap_or(""), name: p.metadata.name.as_deref().unwrap_or(""), labels: p.metadata.labels.as_ref(), namespace_labels, ports }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Ingress,
    Egress,
}

impl Direction {
    fn policy_type(self) -> &'static str {
        match self {
            Direction::Ingress => "Ingress",
            Direction::Egress => "Egress",
        }
    }
}

/// What the policies in the pod's namespace say about one connection.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// No policy selects the pod in this direction.
    NotIsolated,
    /// This policy's rule allows it.
    Allowed(String),
    /// These policies select the pod and none allows it.
    Denied(Vec<String>),
}

fn selects(sel: Option<&LabelSelector>, labels: Option<&BTreeMap<String, String>>) -> bool {
    match sel {
        // A missing selector in a peer means "not this criterion"; callers handle that.
        None => true,
        Some(s) => Selector::from_label_selector(s).is_ok_and(|s| s.matches(labels)),
    }
}

fn peer_matches(peer: &NetworkPolicyPeer, policy_ns: &str, other: &Party) -> bool {
    if let Some(b) = &peer.ip_block {
        return in_cidr(other.ip, &b.cidr) && !b.except.iter().flatten().any(|e| in_cidr(other.ip, e));
    }
    let Some(pod) = &other.pod else { return false };
    match (&peer.namespace_selector, &peer.pod_selector) {
        (None, None) => false,
        (None, Some(ps)) => pod.namespace == policy_ns && selects(Some(ps), pod.labels),
        (Some(ns), ps) => selects(Some(ns), pod.namespace_labels) && selects(ps.as_ref(), pod.labels),
    }
}

fn port_matches(p: &NetworkPolicyPort, dest: Option<&PodFacts>, port: u16, proto: &str) -> bool {
    if !p.protocol.as_deref().unwrap_or("TCP").eq_ignore_ascii_case(proto) {
        return false;
    }
    match &p.port {
        None => true,
        Some(IntOrString::Int(n)) => {
            let end = p.end_port.unwrap_or(*n);
            (*n..=end.max(*n)).contains(&(port as i32))
        }
        Some(IntOrString::String(name)) => dest.is_some_and(|d| d.ports.iter().any(|(n, p, pr)| n == name && *p == port as i32 && pr.eq_ignore_ascii_case(proto))),
    }
}

/// The verdict for a connection to (ingress) or from (egress) `pod`, with `other` the far side;
/// `port`/`proto` are the destination's (after any DNAT). `policies` are those of the pod's
/// namespace.
pub fn check(policies: &[&NetworkPolicy], dir: Direction, pod: &PodFacts, other: &Party, port: u16, proto: &str) -> Verdict {
    let mut isolating = Vec::new();
    for np in policies {
        let Some(spec) = np.spec.as_ref() else { continue };
        let name = format!("{}/{}", np.metadata.namespace.as_deref().unwrap_or(""), np.metadata.name.as_deref().unwrap_or(""));
        let types = spec.policy_types.clone().unwrap_or_default();
        if !types.iter().any(|t| t == dir.policy_type()) || !selects(spec.pod_selector.as_ref(), pod.labels) {
            continue;
        }
        let dest = match dir {
            Direction::Ingress => Some(pod),
            Direction::Egress => other.pod.as_ref(),
        };
        let rules: Vec<(Option<&Vec<NetworkPolicyPeer>>, Option<&Vec<NetworkPolicyPort>>)> = match dir {
            Direction::Ingress => spec.ingress.iter().flatten().map(|r| (r.from.as_ref(), r.ports.as_ref())).collect(),
            Direction::Egress => spec.egress.iter().flatten().map(|r| (r.to.as_ref(), r.ports.as_ref())).collect(),
        };
        let allowed = rules.iter().any(|(peers, ports)| {
            let peer_ok = peers.is_none_or(|ps| ps.is_empty() || ps.iter().any(|p| peer_matches(p, pod.namespace, other)));
            let port_ok = ports.is_none_or(|ps| ps.is_empty() || ps.iter().any(|p| port_matches(p, dest, port, proto)));
            peer_ok && port_ok
        });
        if allowed {
            return Verdict::Allowed(name);
        }
        isolating.push(name);
    }
    if isolating.is_empty() {
        Verdict::NotIsolated
    } else {
        Verdict::Denied(isolating)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy(json: &str) -> NetworkPolicy {
        let mut np: NetworkPolicy = serde_json::from_str(json).expect("policy");
        crate::apiserver::registry::config::default_network_policy(&mut np);
        np.metadata.namespace = Some("default".into());
        np
    }

    fn labels(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn policies_isolate_selected_pods_and_allow_what_their_rules_match() {
        let deny = policy(r#"{"metadata": {"name": "default-deny-ingress"}, "spec": {"podSelector": {}, "policyTypes": ["Ingress"]}}"#);
        let allow = policy(
            r#"{"metadata": {"name": "allow-frontend"}, "spec": {"podSelector": {"matchLabels": {"app": "web"}}, "ingress": [{"from": [
                {"podSelector": {"matchLabels": {"role": "frontend"}}},
                {"namespaceSelector": {"matchLabels": {"team": "ops"}}, "podSelector": {"matchLabels": {"role": "monitor"}}},
                {"ipBlock": {"cidr": "172.30.0.0/16", "except": ["172.30.0.100/32"]}}
            ], "ports": [{"port": "http"}, {"port": 8000, "endPort": 8100}]}]}}"#,
        );
        let web_labels = labels(&[("app", "web")]);
        let web = PodFacts { namespace: "default", name: "web", labels: Some(&web_labels), namespace_labels: None, ports: vec![("http".into(), 80, "TCP".into())] };
        let fe_labels = labels(&[("role", "frontend")]);
        let default_ns = labels(&[("kubernetes.io/metadata.name", "default")]);
        let frontend = Party { ip: "10.244.1.7", pod: Some(PodFacts { namespace: "default", name: "fe", labels: Some(&fe_labels), namespace_labels: Some(&default_ns), ports: vec![] }) };
        let mon_labels = labels(&[("role", "monitor")]);
        let ops_ns = labels(&[("team", "ops")]);
        let monitor = Party { ip: "10.244.2.7", pod: Some(PodFacts { namespace: "ops", name: "mon", labels: Some(&mon_labels), namespace_labels: Some(&ops_ns), ports: vec![] }) };
        let other_ns_frontend = Party { ip: "10.244.2.8", pod: Some(PodFacts { namespace: "ops", name: "fe", labels: Some(&fe_labels), namespace_labels: Some(&ops_ns), ports: vec![] }) };

        // No policy: not isolated. A default deny: isolated, nothing allowed.
        assert_eq!(check(&[], Direction::Ingress, &web, &frontend, 80, "tcp"), Verdict::NotIsolated);
        assert_eq!(check(&[&deny], Direction::Ingress, &web, &frontend, 80, "tcp"), Verdict::Denied(vec!["default/default-deny-ingress".into()]));
        // Egress is not isolated by an Ingress-only policy.
        assert_eq!(check(&[&deny], Direction::Egress, &web, &frontend, 80, "tcp"), Verdict::NotIsolated);
        let both = [&deny, &allow];
        assert_eq!(check(&both, Direction::Ingress, &web, &frontend, 80, "tcp"), Verdict::Allowed("default/allow-frontend".into()));
        // The named port is the pod's port 80 only; the range covers 8000-8100; UDP is another protocol.
        assert!(matches!(check(&both, Direction::Ingress, &web, &frontend, 81, "tcp"), Verdict::Denied(_)));
        assert!(matches!(check(&both, Direction::Ingress, &web, &frontend, 8050, "tcp"), Verdict::Allowed(_)));
        assert!(matches!(check(&both, Direction::Ingress, &web, &frontend, 80, "udp"), Verdict::Denied(_)));
        // namespaceSelector and podSelector in one peer: both must match; a bare podSelector is the policy's namespace.
        assert!(matches!(check(&both, Direction::Ingress, &web, &monitor, 80, "tcp"), Verdict::Allowed(_)));
        assert!(matches!(check(&both, Direction::Ingress, &web, &other_ns_frontend, 80, "tcp"), Verdict::Denied(_)));
        // ipBlock less except.
        assert!(matches!(check(&both, Direction::Ingress, &web, &Party { ip: "172.30.1.3", pod: None }, 80, "tcp"), Verdict::Allowed(_)));
        assert!(matches!(check(&both, Direction::Ingress, &web, &Party { ip: "172.30.0.100", pod: None }, 80, "tcp"), Verdict::Denied(_)));
        // A pod the allow policy does not select is still isolated by the default deny.
        let other = PodFacts { namespace: "default", name: "db", labels: None, namespace_labels: None, ports: vec![] };
        assert!(matches!(check(&both, Direction::Ingress, &other, &frontend, 80, "tcp"), Verdict::Denied(_)));
    }
}
