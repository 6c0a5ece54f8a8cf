//! Node IPAM (`pkg/controller/nodeipam`, range allocator): gives each node a pod CIDR from the
//! cluster CIDR, one /24 per node (`--node-cidr-mask-size=24`) in the order nodes join (what
//! flannel then uses). A /16 holds 256 nodes; past that, nodes wait without a CIDR, never
//! Ready, as on a real cluster whose `--cluster-cidr` is too small.

use crate::api::core::Node;
use crate::api::Typed;
use crate::client::informer::{Delta, Informer};
use crate::client::workqueue::WorkQueue;
use crate::client::Ctx;
use std::collections::BTreeSet;

pub struct NodeIpam {
    /// The cluster CIDR's network address and how many /24s it holds.
    base: u32,
    subnets: u32,
    /// As `u64`s: the page's one integer set.
    used: BTreeSet<u64>,
    /// No subnet below this one is free (allocation takes the lowest free one).
    lowest_free: u32,
    pub queue: WorkQueue,
}

/// `a.b.c.d/len` as (address, prefix length).
fn parse_cidr(cidr: &str) -> Option<(u32, u32)> {
    let (ip, len) = cidr.split_once('/')?;
    let octets: Vec<u32> = ip.split('.').map(|p| p.parse::<u8>().ok().map(u32::from)).collect::<Option<_>>()?;
    let [a, b, c, d] = octets[..] else { return None };
    Some(((a << 24) | (b << 16) | (c << 8) | d, len.parse().ok().filter(|l| *l <= 32)?))
}

impl NodeIpam {
    pub fn new(cluster_cidr: &str) -> Self {
        let (addr, len) = parse_cidr(cluster_cidr).unwrap_or((0x0af4_0000, 16));
        let len = len.min(24);
        let base = addr & (u32::MAX << (32 - len));
        NodeIpam { base, subnets: 1 << (24 - len), used: BTreeSet::new(), lowest_free: 0, queue: WorkQueue::new() }
    }

    fn cidr_index(&self, cidr: &str) -> Option<u32> {
        let (addr, _) = parse_cidr(cidr)?;
        let idx = addr.checked_sub(self.base)? >> 8;
        (idx < self.subnets).then_some(idx)
    }

    fn cidr(&self, idx: u32) -> String {
        let a = self.base + (idx << 8);
        format!("{}.{}.{}.0/24", a >> 24, (a >> 16) & 255, (a >> 8) & 255)
    }

    pub fn on_node(&mut self, delta: &Delta) {
        match delta {
            Delta::Deleted(o) => {
                if let Some(idx) = o.as_node().and_then(|n| n.spec.as_ref()).and_then(|s| s.pod_cidr.as_deref()).and_then(|c| self.cidr_index(c)) {
                    self.used.remove(&(idx as u64));
                    self.lowest_free = self.lowest_free.min(idx);
                }
            }
            _ => {
                let o = delta.object();
                // Occupy CIDRs already assigned (on restart), queue nodes without one.
                match o.as_node().and_then(|n| n.spec.as_ref()).and_then(|s| s.pod_cidr.as_deref()).and_then(|c| self.cidr_index(c)) {
                    Some(idx) => {
                        self.used.insert(idx as u64);
                    }
                    None => self.queue.add(&o.cache_key()),
                }
            }
        }
    }

    pub fn process(&mut self, ctx: &mut Ctx, nodes: &Informer) {
        while let Some(key) = self.queue.pop(ctx.now) {
            let Some(obj) = nodes.get(&key) else { continue };
            let Some(node) = Node::from_object(obj) else { continue };
            if node.spec.as_ref().and_then(|s| s.pod_cidr.as_ref()).is_some() {
                continue;
            }
            let Some(idx) = (self.lowest_free..self.subnets).find(|i| !self.used.contains(&(*i as u64))) else {
                ctx.trace(format!("no pod CIDR left for node {}", key));
                continue;
            };
            self.lowest_free = idx;
            let cidr = self.cidr(idx);
            let mut n = node.clone();
            let spec = n.spec.get_or_insert_with(Default::default);
            spec.pod_cidr = Some(cidr.clone());
            spec.pod_cidrs = Some(vec![cidr.clone()]);
            match ctx.update(n.into_object()) {
                Ok(_) => {
                    self.used.insert(idx as u64);
                    ctx.trace(format!("allocated pod CIDR {} to node {}", cidr, key));
                }
                Err(e) => {
                    let at = self.queue.add_rate_limited(&key, ctx.now);
                    ctx.wake_at(at);
                    ctx.trace(format!("pod CIDR for {} failed: {}", key, e));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subnets_of_any_cluster_cidr() {
        let small = NodeIpam::new("10.244.0.0/16");
        assert_eq!((small.subnets, small.cidr(0), small.cidr(255)), (256, "10.244.0.0/24".to_string(), "10.244.255.0/24".to_string()));
        assert_eq!(small.cidr_index("10.244.7.0/24"), Some(7));
        assert_eq!(small.cidr_index("10.245.0.0/24"), None);
        let big = NodeIpam::new("10.0.0.0/8");
        assert_eq!((big.subnets, big.cidr(256), big.cidr(5000)), (65536, "10.1.0.0/24".to_string(), "10.19.136.0/24".to_string()));
        assert_eq!(big.cidr_index("10.19.136.0/24"), Some(5000));
    }
}
