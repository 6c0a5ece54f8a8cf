//! NodeAffinity: `nodeSelector` and required node affinity filter; preferred affinity scores.

use crate::api::core::{NodeSelectorRequirement, NodeSelectorTerm, Pod};
use crate::scheduler::framework::{default_normalize, FilterPlugin, NodeInfo, Cycle, ScorePlugin, Status};
use std::collections::BTreeMap;

pub struct NodeAffinity;

pub const REASON: &str = "node(s) didn't match Pod's node affinity/selector";

fn requirement_matches(r: &NodeSelectorRequirement, labels: &BTreeMap<String, String>) -> bool {
    let v = labels.get(&r.key);
    let values = r.values.as_deref().unwrap_or(&[]);
    match r.operator.as_str() {
        "In" => v.is_some_and(|v| values.contains(v)),
        "NotIn" => !v.is_some_and(|v| values.contains(v)),
        "Exists" => v.is_some(),
        "DoesNotExist" => v.is_none(),
        "Gt" | "Lt" => {
            let (Some(v), Some(b)) = (v.and_then(|v| v.parse::<i64>().ok()), values.first().and_then(|b| b.parse::<i64>().ok())) else {
                return false;
            };
            if r.operator == "Gt" { v > b } else { v < b }
        }
        _ => false,
    }
}

fn term_matches(term: &NodeSelectorTerm, labels: &BTreeMap<String, String>, name: &str) -> bool {
    let exprs = term.match_expressions.as_deref().unwrap_or(&[]);
    let fields = term.match_fields.as_deref().unwrap_or(&[]);
    if exprs.is_empty() && fields.is_empty() {
        return false;
    }
    let mut field_labels = BTreeMap::new();
    field_labels.insert("metadata.name".to_string(), name.to_string());
    exprs.iter().all(|r| requirement_matches(r, labels)) && fields.iter().all(|r| requirement_matches(r, &field_labels))
}

/// `GetRequiredNodeAffinity(pod).Match(node)`: the pod's nodeSelector and required node
/// affinity both accept the node (by its labels and `metadata.name`).
pub fn required_affinity_matches(pod: &Pod, node: &crate::api::core::Node) -> bool {
    let empty = BTreeMap::new();
    let labels = node.metadata.labels.as_ref().unwrap_or(&empty);
    let name = node.metadata.name.as_deref().unwrap_or("");
    let spec = pod.spec.as_ref();
    if let Some(sel) = spec.and_then(|s| s.node_selector.as_ref()) {
        if !sel.iter().all(|(k, v)| labels.get(k) == Some(v)) {
            return false;
        }
    }
    let required = spec
        .and_then(|s| s.affinity.as_ref())
        .and_then(|a| a.node_affinity.as_ref())
        .and_then(|na| na.required_during_scheduling_ignored_during_execution.as_ref());
    match required {
        Some(req) => req.node_selector_terms.iter().any(|t| term_matches(t, labels, name)),
        None => true,
    }
}

impl FilterPlugin for NodeAffinity {
    fn name(&self) -> &'static str {
        "NodeAffinity"
    }
    fn filter(&self, cx: &Cycle, node: &NodeInfo) -> Status {
        let pod = &cx.pod;
        if required_affinity_matches(pod, &node.node) {
            Status::success()
        } else {
            Status::unresolvable(REASON)
        }
    }
}

impl ScorePlugin for NodeAffinity {
    fn name(&self) -> &'static str {
        "NodeAffinity"
    }
    fn weight(&self) -> i64 {
        2
    }
    fn score(&self, cx: &Cycle, node: &NodeInfo) -> i64 {
        let pod = &cx.pod;
        let empty = BTreeMap::new();
        let labels = node.node.metadata.labels.as_ref().unwrap_or(&empty);
        let preferred = pod
            .spec
            .as_ref()
            .and_then(|s| s.affinity.as_ref())
            .and_then(|a| a.node_affinity.as_ref())
            .and_then(|na| na.preferred_during_scheduling_ignored_during_execution.as_ref());
        preferred.into_iter().flatten().filter(|p| term_matches(&p.preference, labels, &node.name)).map(|p| p.weight as i64).sum()
    }
    fn normalize(&self, _: &Cycle, scores: &mut [i64]) {
        default_normalize(scores, false);
    }
}
