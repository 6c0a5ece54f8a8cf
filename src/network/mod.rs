//! The network: a flannel-like CNI (a pod CIDR per node, host-local IPAM handing out pod IPs),
//! kube-proxy's rule compilers (iptables and IPVS), the nodes' netfilter tables, CoreDNS's
//! answers, NetworkPolicy as a policy-capable CNI enforces it, and ingress-nginx's routing.

pub mod cni;
pub mod dns;
pub mod hash;
pub mod ingress;
pub mod netfilter;
pub mod policy;
pub mod proxy;
