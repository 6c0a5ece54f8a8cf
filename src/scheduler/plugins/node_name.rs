//! NodeName: a pod that names its node fits only there.

use crate::scheduler::framework::{FilterPlugin, NodeInfo, Cycle, Status};

pub struct NodeName;

impl FilterPlugin for NodeName {
    fn name(&self) -> &'static str {
        "NodeName"
    }
    fn filter(&self, cx: &Cycle, node: &NodeInfo) -> Status {
        let pod = &cx.pod;
        match pod.spec.as_ref().and_then(|s| s.node_name.as_deref()).filter(|n| !n.is_empty()) {
            Some(n) if n != node.name => Status::unresolvable("node(s) didn't match the requested node name"),
            _ => Status::success(),
        }
    }
}
