//! Node IPAM (`pkg/controller/nodeipam`, range allocator): gives each node a pod CIDR from the
//! cluster CIDR, one /24 per node in the order nodes join (what flannel then uses).

use crate::api::core::Node;
use crate::api::Typed;
use crate::client::informer::{Delta, Informer};
use crate::client::workqueue::WorkQueue;
use crate::client::Ctx;
use std::collections::BTreeSet;

pub struct NodeIpam {
    /// Cluster CIDR base, e.g. 10.244.0.0/16 as [10, 244].
    base: [u8; 2],
    used: BTreeSet<u8>,
    pub queue: WorkQueue,
}

impl NodeIpam {
    pub fn new(cluster_cidr: &str) -> Self {
        let mut parts = cluster_cidr.split(['.', '/']).map(|p| p.parse::<u8>().unwrap_or(0));
        let base = [parts.next().unwrap_or(10), parts.next().unwrap_or(244)];
        NodeIpam { base, used: BTreeSet::new(), queue: WorkQueue::new() }
    }

    fn cidr_index(&self, cidr: &str) -> Option<u8> {
        let mut parts = cidr.split(['.', '/']);
        let a: u8 = parts.next()?.parse().ok()?;
        let b: u8 = parts.next()?.parse().ok()?;
        let c: u8 = parts.next()?.parse().ok()?;
        ([a, b] == self.base).then_some(c)
    }

    pub fn on_node(&mut self, delta: &Delta) {
        match delta {
            Delta::Deleted(o) => {
                if let Some(idx) = o.as_node().and_then(|n| n.spec.as_ref()).and_then(|s| s.pod_cidr.as_deref()).and_then(|c| self.cidr_index(c)) {
                    self.used.remove(&idx);
                }
            }
            _ => {
                let o = delta.object();
                // Occupy CIDRs already assigned (on restart), queue nodes without one.
                match o.as_node().and_then(|n| n.spec.as_ref()).and_then(|s| s.pod_cidr.as_deref()).and_then(|c| self.cidr_index(c)) {
                    Some(idx) => {
                        self.used.insert(idx);
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
            let Some(idx) = (0..=255u8).find(|i| !self.used.contains(i)) else {
                ctx.trace(format!("no pod CIDR left for node {}", key));
                continue;
            };
            let cidr = format!("{}.{}.{}.0/24", self.base[0], self.base[1], idx);
            let mut n = node.clone();
            let spec = n.spec.get_or_insert_with(Default::default);
            spec.pod_cidr = Some(cidr.clone());
            spec.pod_cidrs = Some(vec![cidr.clone()]);
            match ctx.update(n.into_object()) {
                Ok(_) => {
                    self.used.insert(idx);
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
