//! NodePorts: a pod asking for host ports fits only on nodes where those (protocol, IP, port)
//! triples are free; `0.0.0.0` conflicts with every IP (upstream's `HostPortInfo.CheckConflict`).

use crate::api::core::Pod;
use crate::scheduler::framework::{Cycle, FilterPlugin, NodeInfo, Status};

pub struct NodePorts;

pub const REASON: &str = "node(s) didn't have free ports for the requested pod ports";

/// The pod's host ports as (protocol, host IP, port), with upstream's defaults (TCP, 0.0.0.0).
pub fn host_ports(pod: &Pod) -> Vec<(String, String, i32)> {
    let spec = pod.spec.as_ref();
    let containers = spec.into_iter().flat_map(|s| s.containers.iter().chain(s.init_containers.iter().flatten()));
    containers
        .flat_map(|c| c.ports.iter().flatten())
        .filter(|p| p.host_port.unwrap_or(0) > 0)
        .map(|p| {
            let ip = p.host_ip.clone().filter(|i| !i.is_empty()).unwrap_or_else(|| "0.0.0.0".into());
            (p.protocol.clone().unwrap_or_else(|| "TCP".into()), ip, p.host_port.unwrap_or(0))
        })
        .collect()
}

fn conflict(a: &(String, String, i32), b: &(String, String, i32)) -> bool {
    a.0 == b.0 && a.2 == b.2 && (a.1 == b.1 || a.1 == "0.0.0.0" || b.1 == "0.0.0.0")
}

impl FilterPlugin for NodePorts {
    fn name(&self) -> &'static str {
        "NodePorts"
    }
    fn filter(&self, cx: &Cycle, node: &NodeInfo) -> Status {
        if cx.ports.is_empty() {
            return Status::success();
        }
        for obj in node.pods.values() {
            let used = host_ports(obj.as_pod().expect("pod"));
            if used.iter().any(|u| cx.ports.iter().any(|w| conflict(u, w))) {
                return Status::unschedulable(REASON);
            }
        }
        Status::success()
    }
}
