//! The network: a flannel-like CNI (a pod CIDR per node, host-local IPAM handing out pod IPs),
//! kube-proxy's iptables rule compiler, the nodes' netfilter tables, CoreDNS's answers and
//! NetworkPolicy as a policy-capable CNI enforces it. Later: IPVS and ingress.

pub mod cni;
pub mod dns;
pub mod hash;
pub mod netfilter;
pub mod policy;
pub mod proxy;
