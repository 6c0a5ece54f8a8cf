//! The network: a flannel-like CNI (a pod CIDR per node, host-local IPAM handing out pod IPs),
//! kube-proxy's iptables rule compiler, the nodes' netfilter tables and CoreDNS's answers.
//! Later: IPVS, NetworkPolicy and ingress.

pub mod cni;
pub mod dns;
pub mod hash;
pub mod netfilter;
pub mod proxy;
