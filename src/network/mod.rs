//! The network: a flannel-like CNI (a pod CIDR per node, host-local IPAM handing out pod IPs).
//! Later: kube-proxy rule compilers, DNS, ingress and the packet tracer.

pub mod cni;
