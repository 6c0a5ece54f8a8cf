//! NodeUnschedulable: a cordoned node takes no pods unless they tolerate its unschedulable taint.

use super::taint_toleration::tolerates;
use crate::api::core::Taint;
use crate::scheduler::framework::{FilterPlugin, NodeInfo, Cycle, Status};

pub struct NodeUnschedulable;

pub const REASON: &str = "node(s) were unschedulable";

impl FilterPlugin for NodeUnschedulable {
    fn name(&self) -> &'static str {
        "NodeUnschedulable"
    }
    fn filter(&self, cx: &Cycle, node: &NodeInfo) -> Status {
        let pod = &cx.pod;
        if !node.node.spec.as_ref().and_then(|s| s.unschedulable).unwrap_or(false) {
            return Status::success();
        }
        let taint = Taint { key: "node.kubernetes.io/unschedulable".into(), effect: "NoSchedule".into(), value: None, time_added: None };
        if tolerates(pod, &taint) {
            Status::success()
        } else {
            Status::unresolvable(REASON)
        }
    }
}
