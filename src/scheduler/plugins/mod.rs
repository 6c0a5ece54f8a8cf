//! The default plugins, one file each, named as upstream names them.

pub mod node_affinity;
pub mod node_name;
pub mod node_resources;
pub mod node_unschedulable;
pub mod taint_toleration;

use super::framework::{FilterPlugin, ScorePlugin};

/// The default profile's filters, in upstream's order.
pub fn filters() -> Vec<Box<dyn FilterPlugin>> {
    vec![
        Box::new(node_unschedulable::NodeUnschedulable),
        Box::new(node_name::NodeName),
        Box::new(taint_toleration::TaintToleration),
        Box::new(node_affinity::NodeAffinity),
        Box::new(node_resources::Fit),
    ]
}

/// The default profile's scorers with their weights.
pub fn scorers() -> Vec<Box<dyn ScorePlugin>> {
    vec![
        Box::new(taint_toleration::TaintToleration),
        Box::new(node_affinity::NodeAffinity),
        Box::new(node_resources::Fit),
        Box::new(node_resources::BalancedAllocation),
    ]
}
