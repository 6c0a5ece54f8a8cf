//! PodTopologySpread: `topologySpreadConstraints` (DoNotSchedule ones filter, ScheduleAnyway ones
//! score), with the cluster default constraints (hostname maxSkew 3, zone maxSkew 5, both
//! ScheduleAnyway) for pods that declare none and belong to a Service, RC, RS or StatefulSet.

use super::node_affinity::required_affinity_matches;
use super::taint_toleration::tolerates;
use crate::api::core::Pod;
use crate::api::labels::{Op, Requirement, Selector};
use crate::scheduler::framework::{first_owner, labels_of, Cycle, FilterPlugin, NodeInfo, ScorePlugin, Status, MAX_NODE_SCORE};
use std::collections::{BTreeMap, BTreeSet};

pub struct PodTopologySpread;

pub const REASON: &str = "node(s) didn't match pod topology spread constraints";
pub const REASON_LABEL: &str = "node(s) didn't match pod topology spread constraints (missing required label)";
pub const HOSTNAME: &str = "kubernetes.io/hostname";
pub const ZONE: &str = "topology.kubernetes.io/zone";

#[derive(Clone)]
pub struct Constraint {
    pub max_skew: i64,
    pub key: String,
    pub selector: Selector,
    pub min_domains: i64,
    pub honor_affinity: bool,
    pub honor_taints: bool,
    /// A system default: pods are counted by their owner (upstream's `PodsWithOwnerRef`).
    pub by_owner: bool,
}

/// `filterTopologySpreadConstraints`: the pod's constraints with this `whenUnsatisfiable`, with
/// `matchLabelKeys` merged into the selector and the policy defaults (Honor affinity, Ignore taints).
pub fn constraints(pod: &Pod, action: &str) -> Vec<Constraint> {
    let labels = pod.metadata.labels.clone().unwrap_or_default();
    let list = pod.spec.as_ref().and_then(|s| s.topology_spread_constraints.as_deref()).unwrap_or(&[]);
    list.iter()
        .filter(|c| c.when_unsatisfiable == action)
        .map(|c| {
            let mut selector = c.label_selector.as_ref().and_then(|l| Selector::from_label_selector(l).ok()).unwrap_or_else(Selector::nothing);
            for k in c.match_label_keys.iter().flatten() {
                if let Some(v) = labels.get(k) {
                    selector.requirements.push(Requirement { key: k.clone(), op: Op::Equals, values: vec![v.clone()] });
                }
            }
            Constraint {
                max_skew: c.max_skew as i64,
                key: c.topology_key.clone(),
                selector,
                min_domains: c.min_domains.unwrap_or(1) as i64,
                honor_affinity: c.node_affinity_policy.as_deref() != Some("Ignore"),
                honor_taints: c.node_taints_policy.as_deref() == Some("Honor"),
                by_owner: false,
            }
        })
        .collect()
}

/// The default constraints, when the pod's Services and controller give a non-empty selector.
pub fn default_constraints(selector: Selector) -> Vec<Constraint> {
    if selector.requirements.is_empty() {
        return vec![];
    }
    [(HOSTNAME, 3), (ZONE, 5)]
        .into_iter()
        .map(|(key, max_skew)| Constraint {
            max_skew,
            key: key.into(),
            selector: selector.clone(),
            min_domains: 1,
            honor_affinity: true,
            honor_taints: false,
            by_owner: true,
        })
        .collect()
}

fn has_all_keys(node: &NodeInfo, cs: &[Constraint]) -> bool {
    let l = labels_of(node);
    cs.iter().all(|c| l.contains_key(&c.key))
}

/// `matchNodeInclusionPolicies`.
fn include(c: &Constraint, pod: &Pod, node: &NodeInfo) -> bool {
    if c.honor_affinity && !required_affinity_matches(pod, &node.node) {
        return false;
    }
    let taints = node.node.spec.as_ref().and_then(|s| s.taints.as_deref()).unwrap_or(&[]);
    !(c.honor_taints && taints.iter().any(|t| (t.effect == "NoSchedule" || t.effect == "NoExecute") && !tolerates(pod, t)))
}

/// Matching pods on the node: same namespace, not terminating, selector matches.
fn count(c: &Constraint, pod: &Pod, node: &NodeInfo) -> i64 {
    if c.by_owner {
        if let Some(uid) = first_owner(pod) {
            return node.by_owner.get(uid).copied().unwrap_or(0);
        }
    }
    let ns = pod.metadata.namespace.as_deref();
    node.pods.values().filter_map(|o| o.as_pod()).filter(|p| counts_for(c, ns, p)).count() as i64
}

fn counts_for(c: &Constraint, ns: Option<&str>, p: &Pod) -> bool {
    p.metadata.deletion_timestamp.is_none() && p.metadata.namespace.as_deref() == ns && c.selector.matches(p.metadata.labels.as_ref())
}

/// PreFilter state: per constraint, matching pods per topology value and the global minimum.
#[derive(Clone)]
pub struct FilterState {
    pub constraints: Vec<Constraint>,
    pub counts: Vec<BTreeMap<String, i64>>,
    pub min: Vec<i64>,
}

impl FilterState {
    fn recompute_min(&mut self) {
        self.min = self
            .constraints
            .iter()
            .zip(&self.counts)
            .map(|(c, m)| if (m.len() as i64) < c.min_domains { 0 } else { m.values().copied().min().unwrap_or(i32::MAX as i64) })
            .collect();
    }

    /// `updateWithPod`: preemption adds or removes `other` on `node`.
    pub fn update_with_pod(&mut self, pod: &Pod, other: &Pod, node: &NodeInfo, delta: i64) {
        if other.metadata.namespace != pod.metadata.namespace || !has_all_keys(node, &self.constraints) {
            return;
        }
        for (i, c) in self.constraints.iter().enumerate() {
            if c.selector.matches(other.metadata.labels.as_ref()) && include(c, pod, node) {
                *self.counts[i].entry(labels_of(node)[&c.key].clone()).or_insert(0) += delta;
            }
        }
        self.recompute_min();
    }
}

pub fn pre_filter<'a>(pod: &Pod, nodes: impl Iterator<Item = &'a NodeInfo>) -> Option<FilterState> {
    let constraints = constraints(pod, "DoNotSchedule");
    if constraints.is_empty() {
        return None;
    }
    let mut counts = vec![BTreeMap::new(); constraints.len()];
    for node in nodes.filter(|n| has_all_keys(n, &constraints)) {
        for (i, c) in constraints.iter().enumerate() {
            if include(c, pod, node) {
                *counts[i].entry(labels_of(node)[&c.key].clone()).or_insert(0) += count(c, pod, node);
            }
        }
    }
    let mut s = FilterState { constraints, counts, min: vec![] };
    s.recompute_min();
    Some(s)
}

impl FilterPlugin for PodTopologySpread {
    fn name(&self) -> &'static str {
        "PodTopologySpread"
    }
    fn filter(&self, cx: &Cycle, node: &NodeInfo) -> Status {
        let Some(s) = &cx.spread else { return Status::success() };
        for (i, c) in s.constraints.iter().enumerate() {
            let Some(v) = labels_of(node).get(&c.key) else { return Status::unresolvable(REASON_LABEL) };
            let self_match = c.selector.matches(cx.pod.metadata.labels.as_ref()) as i64;
            let skew = s.counts[i].get(v).copied().unwrap_or(0) + self_match - s.min[i];
            if skew > c.max_skew {
                return Status::unschedulable(REASON);
            }
        }
        Status::success()
    }
}

/// PreScore state: the soft constraints, nodes left out, per-value counts and topology weights.
#[derive(Clone)]
pub struct ScoreState {
    pub constraints: Vec<Constraint>,
    pub ignored: BTreeSet<String>,
    pub counts: Vec<BTreeMap<String, i64>>,
    pub weights: Vec<f64>,
}

pub fn pre_score<'a>(pod: &Pod, defaults: Vec<Constraint>, feasible: &[&NodeInfo], all: impl Iterator<Item = &'a NodeInfo>) -> Option<ScoreState> {
    let explicit = pod.spec.as_ref().and_then(|s| s.topology_spread_constraints.as_ref()).is_some_and(|v| !v.is_empty());
    let constraints = if explicit { constraints(pod, "ScheduleAnyway") } else { defaults };
    if constraints.is_empty() {
        return None;
    }
    // Only explicit constraints need every topology key on a node; system defaults still spread
    // by hostname on nodes without a zone label.
    let require_all = explicit;
    let mut s = ScoreState { ignored: BTreeSet::new(), counts: vec![BTreeMap::new(); constraints.len()], weights: vec![], constraints };
    // Constraints whose key some feasible node carries: only their domains are ever read.
    let mut labelled = vec![false; s.constraints.len()];
    for n in feasible {
        if require_all && !has_all_keys(n, &s.constraints) {
            s.ignored.insert(n.name.clone());
            continue;
        }
        for (i, c) in s.constraints.iter().enumerate().filter(|(_, c)| c.key != HOSTNAME) {
            let v = labels_of(n).get(&c.key);
            labelled[i] |= v.is_some();
            s.counts[i].entry(v.cloned().unwrap_or_default()).or_insert(0);
        }
    }
    let hosts = (feasible.len() - s.ignored.len()) as f64;
    s.weights = s.constraints.iter().zip(&s.counts).map(|(c, m)| (if c.key == HOSTNAME { hosts } else { m.len() as f64 } + 2.0).ln()).collect();
    // Only domains some feasible node is in are counted (hostname counts are per node, in
    // Score), and only for keys some feasible node carries (an unlabelled node's "" domain
    // counts toward the weight but is never read); with none, the walk over every node is
    // skipped.
    let counted: Vec<usize> = (0..s.constraints.len()).filter(|i| s.constraints[*i].key != HOSTNAME && labelled[*i]).collect();
    for node in all.take(if counted.is_empty() { 0 } else { usize::MAX }) {
        if require_all && !has_all_keys(node, &s.constraints) {
            continue;
        }
        for (i, c) in counted.iter().map(|i| (*i, &s.constraints[*i])) {
            // Score reads a domain only for nodes carrying the key, so unlabelled nodes are
            // skipped here (upstream adds them to the "" domain, which only a node labelled
            // with an empty value would read).
            let Some(v) = labels_of(node).get(&c.key) else { continue };
            if c.key == HOSTNAME || !s.counts[i].contains_key(v) || !include(c, pod, node) {
                continue;
            }
            let n = count(c, pod, node);
            *s.counts[i].get_mut(v).expect("present") += n;
        }
    }
    Some(s)
}

impl ScorePlugin for PodTopologySpread {
    fn name(&self) -> &'static str {
        "PodTopologySpread"
    }
    fn weight(&self) -> i64 {
        2
    }
    /// Matching pods in the node's domains, weighted per topology (-1: the node is ignored).
    fn score(&self, cx: &Cycle, node: &NodeInfo) -> i64 {
        let Some(s) = &cx.spread_score else { return 0 };
        if s.ignored.contains(&node.name) {
            return -1;
        }
        let mut score = 0.0;
        for (i, c) in s.constraints.iter().enumerate() {
            let Some(v) = labels_of(node).get(&c.key) else { continue };
            let cnt = if c.key == HOSTNAME { count(c, &cx.pod, node) } else { s.counts[i].get(v).copied().unwrap_or(0) };
            score += cnt as f64 * s.weights[i] + (c.max_skew - 1) as f64;
        }
        score.round() as i64
    }
    fn normalize(&self, cx: &Cycle, scores: &mut [i64]) {
        if cx.spread_score.is_none() {
            return;
        }
        let valid = scores.iter().copied().filter(|s| *s >= 0);
        let (min, max) = valid.fold((i64::MAX, 0), |(lo, hi), s| (lo.min(s), hi.max(s)));
        for s in scores.iter_mut() {
            *s = if *s < 0 {
                0
            } else if max == 0 {
                MAX_NODE_SCORE
            } else {
                MAX_NODE_SCORE * (max + min - *s) / max
            };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_prefers_the_emptier_domain_and_zeroes_ignored_nodes() {
        let mut cx = Cycle::new(Pod::default());
        cx.spread_score = Some(ScoreState { constraints: vec![], ignored: BTreeSet::new(), counts: vec![], weights: vec![] });
        // Upstream: MaxNodeScore * (max + min - s) / max.
        let mut scores = vec![2, 5, -1, 8];
        PodTopologySpread.normalize(&cx, &mut scores);
        assert_eq!(scores, vec![100, 62, 0, 25]);
    }

    #[test]
    fn topology_weight_is_log_of_domains_plus_two() {
        // scoreForCount: cnt * ln(size+2) + maxSkew-1; 3 nodes, 2 matching pods, maxSkew 3.
        let w = (3.0f64 + 2.0).ln();
        assert_eq!((2.0 * w + 2.0).round() as i64, 5);
    }
}
