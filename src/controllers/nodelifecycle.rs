//! Node lifecycle (`pkg/controller/nodelifecycle`), the part that taints nodes by condition:
//! `node.kubernetes.io/not-ready:NoSchedule` while Ready is False, `…/unreachable:NoSchedule`
//! while it is Unknown, `…/unschedulable:NoSchedule` while cordoned — so the scheduler, which only
//! reads taints, keeps pods off such nodes.

use crate::api::core::{Node, Taint};
use crate::api::Typed;
use crate::client::informer::{Delta, Informer};
use crate::client::workqueue::WorkQueue;
use crate::client::Ctx;

pub const NOT_READY: &str = "node.kubernetes.io/not-ready";
pub const UNREACHABLE: &str = "node.kubernetes.io/unreachable";
pub const UNSCHEDULABLE: &str = "node.kubernetes.io/unschedulable";

#[derive(Default)]
pub struct NodeLifecycle {
    pub queue: WorkQueue,
}

/// The NoSchedule condition taints a node should carry.
fn desired_taints(node: &Node) -> Vec<&'static str> {
    let mut out = Vec::new();
    let ready = node.status.as_ref().and_then(|s| s.conditions.as_ref()).and_then(|cs| cs.iter().find(|c| c.type_ == "Ready"));
    match ready.map(|c| c.status.as_str()) {
        Some("True") => {}
        Some("False") => out.push(NOT_READY),
        _ => out.push(UNREACHABLE),
    }
    if node.spec.as_ref().and_then(|s| s.unschedulable).unwrap_or(false) {
        out.push(UNSCHEDULABLE);
    }
    out
}

impl NodeLifecycle {
    pub fn on_node(&mut self, delta: &Delta) {
        if !matches!(delta, Delta::Deleted(_)) {
            self.queue.add(&delta.object().cache_key());
        }
    }

    pub fn process(&mut self, ctx: &mut Ctx, nodes: &Informer) {
        while let Some(key) = self.queue.pop(ctx.now) {
            let Some(node) = nodes.get(&key).and_then(|o| Node::from_object(o)) else { continue };
            let want = desired_taints(node);
            let managed = [NOT_READY, UNREACHABLE, UNSCHEDULABLE];
            let current: Vec<Taint> = node.spec.as_ref().and_then(|s| s.taints.clone()).unwrap_or_default();
            let mut next: Vec<Taint> = current
                .iter()
                .filter(|t| !(managed.contains(&t.key.as_str()) && t.effect == "NoSchedule") || want.contains(&t.key.as_str()))
                .cloned()
                .collect();
            for k in &want {
                if !next.iter().any(|t| t.key == *k && t.effect == "NoSchedule") {
                    next.push(Taint { key: k.to_string(), effect: "NoSchedule".into(), time_added: None, value: None });
                }
            }
            if next == current {
                continue;
            }
            let mut n = node.clone();
            n.spec.get_or_insert_with(Default::default).taints = if next.is_empty() { None } else { Some(next) };
            match ctx.update(n.into_object()) {
                Ok(_) => ctx.trace(format!("node {} taints now {:?}", key, want)),
                Err(e) => {
                    let at = self.queue.add_rate_limited(&key, ctx.now);
                    ctx.wake_at(at);
                    ctx.trace(format!("tainting node {} failed: {}", key, e));
                }
            }
        }
    }
}
