//! NodeAffinity: `nodeSelector` and required node affinity filter; preferred affinity scores.

use crate::api::core::{NodeSelectorRequirement, NodeSelectorTerm, Pod};
use crate::scheduler::framework::{default_normalize, FilterPlugin, NodeInfo, Cycle, ScorePlugin, Status};
use crate::api::order::Collect;
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

/// `matchFields`: the only field a node selector can name is `metadata.name`.
fn field_matches(r: &NodeSelectorRequirement, name: &str) -> bool {
    let value = (r.key == "metadata.name").then_some(name);
    let values = r.values.as_deref().unwrap_or(&[]);
    match r.operator.as_str() {
        "In" => value.is_some_and(|v| values.iter().any(|x| x == v)),
        "NotIn" => !value.is_some_and(|v| values.iter().any(|x| x == v)),
        "Exists" => value.is_some(),
        "DoesNotExist" => value.is_none(),
        _ => false,
    }
}

pub fn term_matches(term: &NodeSelectorTerm, labels: &BTreeMap<String, String>, name: &str) -> bool {
    let exprs = term.match_expressions.as_deref().unwrap_or(&[]);
    let fields = term.match_fields.as_deref().unwrap_or(&[]);
    if exprs.is_empty() && fields.is_empty() {
        return false;
    }
    exprs.iter().all(|r| requirement_matches(r, labels)) && fields.iter().all(|r| field_matches(r, name))
}

/// NodeAffinity's PreFilter result: when every required term pins `metadata.name` (as the
/// DaemonSet controller's pods do), only those nodes are worth filtering. `None` means all
/// nodes; an empty set means the terms conflict.
pub fn pre_filter_node_names(pod: &Pod) -> Option<std::collections::BTreeSet<String>> {
    let terms = &pod.spec.as_ref()?.affinity.as_ref()?.node_affinity.as_ref()?.required_during_scheduling_ignored_during_execution.as_ref()?.node_selector_terms;
    if terms.is_empty() {
        return None;
    }
    let mut names = std::collections::BTreeSet::new();
    for t in terms {
        let mut term_names: Option<std::collections::BTreeSet<String>> = None;
        for r in t.match_fields.iter().flatten().filter(|r| r.key == "metadata.name" && r.operator == "In") {
            let s = r.values.iter().flatten().cloned().into_set();
            term_names = Some(match term_names {
                None => s,
                Some(prev) => prev.intersection(&s).cloned().into_set(),
            });
        }
        // A term without a name pin admits every node: the terms are ORed.
        names.extend(term_names?);
    }
    Some(names)
}

/// Upstream's status for the nodes a PreFilter result left out.
pub const REASON_PRE_FILTERED: &str = "node(s) didn't satisfy plugin(s) [NodeAffinity]";
/// PreFilter's rejection when the name pins of the terms leave no node.
pub const REASON_CONFLICT: &str = "pod affinity terms conflict";

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
