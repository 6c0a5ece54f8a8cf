//! A flannel-like CNI plugin with host-local IPAM: each node allocates pod IPs from its own /24,
//! starting at .2 (.1 is the `cni0` bridge), continuing after the last IP handed out, as host-local does.

use crate::kubelet::Cni;
use std::collections::BTreeMap;

#[derive(Debug, Default)]
struct NodeIpam {
    cidr: String,
    base: [u8; 3],
    last: u8,
    /// The last octets handed out, as a bitmap (one bit per address of the /24).
    allocated: [u64; 4],
    /// Each pod's last octet (held as `u32`: the page has that map type already).
    by_pod: BTreeMap<String, u32>,
}

#[derive(Debug, Default)]
pub struct Flannel {
    nodes: BTreeMap<String, Box<NodeIpam>>,
}

impl Flannel {
    pub fn new() -> Self {
        Self::default()
    }

    /// The IP a pod holds on a node, if any.
    pub fn pod_ip(&self, node: &str, pod_key: &str) -> Option<String> {
        let n = self.nodes.get(node)?;
        n.by_pod.get(pod_key).map(|last| format!("{}.{}.{}.{}", n.base[0], n.base[1], n.base[2], last))
    }

    pub fn allocated(&self, node: &str) -> usize {
        self.nodes.get(node).map(|n| n.allocated.iter().map(|w| w.count_ones() as usize).sum()).unwrap_or(0)
    }
}

fn parse_cidr24(cidr: &str) -> Option<[u8; 3]> {
    let (addr, len) = cidr.split_once('/')?;
    if len != "24" {
        return None;
    }
    let parts: Vec<u8> = addr.split('.').map(|p| p.parse().ok()).collect::<Option<_>>()?;
    (parts.len() == 4).then(|| [parts[0], parts[1], parts[2]])
}

impl Cni for Flannel {
    fn add(&mut self, node: &str, pod_cidr: &str, pod_key: &str) -> Result<String, String> {
        let base = parse_cidr24(pod_cidr).ok_or_else(|| format!("plugin type=\"flannel\" failed (add): invalid pod CIDR {:?}", pod_cidr))?;
        let n = self.nodes.entry(node.to_string()).or_default();
        if n.cidr != pod_cidr {
            **n = NodeIpam { cidr: pod_cidr.to_string(), base, last: 1, ..Default::default() };
        }
        if let Some(ip) = n.by_pod.get(pod_key) {
            return Ok(format!("{}.{}.{}.{}", base[0], base[1], base[2], ip));
        }
        for step in 1..=253u16 {
            let candidate = ((n.last as u16 + step - 2) % 253 + 2) as u8;
            if n.allocated[candidate as usize / 64] & (1 << (candidate % 64)) == 0 {
                n.allocated[candidate as usize / 64] |= 1 << (candidate % 64);
                n.by_pod.insert(pod_key.to_string(), candidate.into());
                n.last = candidate;
                return Ok(format!("{}.{}.{}.{}", base[0], base[1], base[2], candidate));
            }
        }
        Err(format!("plugin type=\"flannel\" failed (add): failed to allocate for range 0: no IP addresses available in range set: {}.{}.{}.1-{}.{}.{}.254", base[0], base[1], base[2], base[0], base[1], base[2]))
    }

    fn del(&mut self, node: &str, pod_key: &str) {
        if let Some(n) = self.nodes.get_mut(node) {
            if let Some(ip) = n.by_pod.remove(pod_key) {
                n.allocated[ip as usize / 64] &= !(1 << (ip % 64));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn host_local_continues_after_the_last_ip() {
        let mut f = Flannel::new();
        assert_eq!(f.add("node01", "10.244.1.0/24", "a").unwrap(), "10.244.1.2");
        assert_eq!(f.add("node01", "10.244.1.0/24", "b").unwrap(), "10.244.1.3");
        f.del("node01", "a");
        assert_eq!(f.add("node01", "10.244.1.0/24", "c").unwrap(), "10.244.1.4", "host-local does not reuse at once");
        assert_eq!(f.add("node01", "10.244.1.0/24", "b").unwrap(), "10.244.1.3", "idempotent per pod");
        for i in 0..251 {
            let _ = f.add("node01", "10.244.1.0/24", &format!("p{}", i));
        }
        assert!(f.add("node01", "10.244.1.0/24", "overflow").is_err());
        assert!(f.add("node02", "bogus", "x").is_err());
    }
}
