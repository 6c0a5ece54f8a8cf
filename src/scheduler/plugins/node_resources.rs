//! NodeResourcesFit (filter: requests fit allocatable and the pod count; score: LeastAllocated)
//! and NodeResourcesBalancedAllocation (score: CPU and memory used in balance).

use crate::scheduler::framework::{FilterPlugin, NodeInfo, Cycle, ScorePlugin, Status, MAX_NODE_SCORE};

pub struct Fit;
pub struct BalancedAllocation;

impl FilterPlugin for Fit {
    fn name(&self) -> &'static str {
        "NodeResourcesFit"
    }
    fn filter(&self, cx: &Cycle, node: &NodeInfo) -> Status {
        let r = &cx.r;
        let mut reasons = Vec::new();
        if node.pods.len() as i64 + 1 > node.allowed_pods {
            reasons.push("Too many pods".to_string());
        }
        if r.milli_cpu > 0 && r.milli_cpu > node.allocatable_milli_cpu - node.requested.milli_cpu {
            reasons.push("Insufficient cpu".to_string());
        }
        if r.memory > 0 && r.memory > node.allocatable_memory - node.requested.memory {
            reasons.push("Insufficient memory".to_string());
        }
        if reasons.is_empty() {
            Status::success()
        } else {
            Status { code: crate::scheduler::framework::Code::Unschedulable, reasons, plugin: "" }
        }
    }
}

fn least_allocated(requested: i64, capacity: i64) -> i64 {
    if capacity <= 0 || requested > capacity {
        return 0;
    }
    (capacity - requested) * MAX_NODE_SCORE / capacity
}

impl ScorePlugin for Fit {
    fn name(&self) -> &'static str {
        "NodeResourcesFit"
    }
    fn weight(&self) -> i64 {
        1
    }
    fn score(&self, cx: &Cycle, node: &NodeInfo) -> i64 {
        let r = &cx.r;
        let cpu = least_allocated(node.requested.nonzero_milli_cpu + r.nonzero_milli_cpu, node.allocatable_milli_cpu);
        let mem = least_allocated(node.requested.nonzero_memory + r.nonzero_memory, node.allocatable_memory);
        (cpu + mem) / 2
    }
}

impl ScorePlugin for BalancedAllocation {
    fn name(&self) -> &'static str {
        "NodeResourcesBalancedAllocation"
    }
    fn weight(&self) -> i64 {
        1
    }
    fn score(&self, cx: &Cycle, node: &NodeInfo) -> i64 {
        let r = &cx.r;
        if node.allocatable_milli_cpu <= 0 || node.allocatable_memory <= 0 {
            return 0;
        }
        // Fractions in parts per million; with two resources the standard deviation is |a-b|/2.
        let cpu = ((node.requested.nonzero_milli_cpu + r.nonzero_milli_cpu) * 1_000_000 / node.allocatable_milli_cpu).min(1_000_000);
        let mem = ((node.requested.nonzero_memory + r.nonzero_memory) as i128 * 1_000_000 / node.allocatable_memory as i128).min(1_000_000) as i64;
        let std = (cpu - mem).abs() / 2;
        (1_000_000 - std) * MAX_NODE_SCORE / 1_000_000
    }
}
