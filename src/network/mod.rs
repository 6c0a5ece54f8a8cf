//! The network: a flannel-like CNI (a pod CIDR per node, host-local IPAM handing out pod IPs) and
//! kube-proxy's iptables rule compiler. Later: IPVS, DNS, ingress and the packet tracer.

pub mod cni;
pub mod hash;
pub mod netfilter;
pub mod proxy;
