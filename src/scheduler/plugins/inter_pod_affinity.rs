//! InterPodAffinity: required pod affinity and anti-affinity (the incoming pod's and the existing
//! pods') filter; preferred terms, and existing pods' required affinity, score. PreFilter counts
//! matching pods per topology pair once per cycle, as upstream does.

use crate::api::core::Pod;
use crate::scheduler::framework::{labels_of, pair, pod_terms, Cycle, FilterPlugin, NodeInfo, NsLabels, PodTerms, ScorePlugin, Status, TopoCounts, MAX_NODE_SCORE};

pub struct InterPodAffinity;

pub const REASON_AFFINITY: &str = "node(s) didn't match pod affinity rules";
pub const REASON_ANTI: &str = "node(s) didn't match pod anti-affinity rules";
pub const REASON_EXISTING: &str = "node(s) didn't satisfy existing pods anti-affinity rules";

/// PreFilter state: topology pair → count of existing pods whose required anti-affinity matches
/// the incoming pod, of pods matching all its affinity terms, and of pods matching its anti terms.
#[derive(Clone, Default)]
pub struct FilterState {
    pub existing_anti: TopoCounts,
    pub affinity: TopoCounts,
    pub anti: TopoCounts,
    /// The incoming pod matches its own affinity terms (the first pod of a group may go anywhere).
    pub self_match: bool,
}

fn add(m: &mut TopoCounts, key: &str, node: &NodeInfo, v: i64, keep_zero: bool) {
    if let Some(val) = labels_of(node).get(key) {
        let k = pair(key, val);
        let e = m.entry(k.clone()).or_insert(0);
        *e += v;
        if *e == 0 && !keep_zero {
            m.remove(&k);
        }
    }
}

impl FilterState {
    /// `updateWithPod`: `other` on `node` counted with `delta` (+1 at PreFilter, ±1 in preemption).
    pub fn update_with_pod(&mut self, pod: &Pod, terms: &PodTerms, other: &Pod, node: &NodeInfo, ns: &NsLabels, delta: i64) {
        for t in pod_terms(other).anti.iter().filter(|t| t.matches(pod, ns)) {
            add(&mut self.existing_anti, &t.key, node, delta, false);
        }
        if !terms.affinity.is_empty() && terms.affinity.iter().all(|t| t.matches(other, ns)) {
            for t in &terms.affinity {
                add(&mut self.affinity, &t.key, node, delta, false);
            }
        }
        for t in terms.anti.iter().filter(|t| t.matches(other, ns)) {
            add(&mut self.anti, &t.key, node, delta, false);
        }
    }
}

/// Walks every pod only when the incoming pod has required terms; otherwise only the pods with
/// affinity (whose anti-affinity may reject it).
pub fn pre_filter<'a>(pod: &Pod, terms: &PodTerms, nodes: impl Iterator<Item = &'a NodeInfo>, ns: &NsLabels) -> FilterState {
    let mut s = FilterState { self_match: !terms.affinity.is_empty() && terms.affinity.iter().all(|t| t.matches(pod, ns)), ..Default::default() };
    let all = !terms.affinity.is_empty() || !terms.anti.is_empty();
    for node in nodes {
        if all {
            node.pods.values().for_each(|o| s.update_with_pod(pod, terms, o.as_pod().expect("pod"), node, ns, 1));
        } else {
            node.with_affinity.iter().for_each(|k| s.update_with_pod(pod, terms, node.pods[k].as_pod().expect("pod"), node, ns, 1));
        }
    }
    s
}

impl FilterPlugin for InterPodAffinity {
    fn name(&self) -> &'static str {
        "InterPodAffinity"
    }
    fn filter(&self, cx: &Cycle, node: &NodeInfo) -> Status {
        let (s, labels) = (&cx.ipa, labels_of(node));
        let node_pair = |k: &str| labels.get(k).map(|v| pair(k, v));
        let mut pods_exist = true;
        for t in &cx.terms.affinity {
            match node_pair(&t.key) {
                Some(p) => pods_exist &= s.affinity.get(&p).copied().unwrap_or(0) > 0,
                None => return Status::unresolvable(REASON_AFFINITY),
            }
        }
        if !pods_exist && !(s.affinity.is_empty() && s.self_match) {
            return Status::unresolvable(REASON_AFFINITY);
        }
        if cx.terms.anti.iter().any(|t| node_pair(&t.key).is_some_and(|p| s.anti.get(&p).copied().unwrap_or(0) > 0)) {
            return Status::unschedulable(REASON_ANTI);
        }
        if !s.existing_anti.is_empty() && labels.iter().any(|(k, v)| s.existing_anti.get(&pair(k, v)).copied().unwrap_or(0) > 0) {
            return Status::unschedulable(REASON_EXISTING);
        }
        Status::success()
    }
}

/// PreScore: topology pair → score, from the incoming pod's preferred terms and the existing pods'
/// required affinity (weight 1, `hardPodAffinityWeight`) and preferred terms that match it.
pub fn pre_score<'a>(pod: &Pod, terms: &PodTerms, nodes: impl Iterator<Item = &'a NodeInfo>, ns: &NsLabels) -> TopoCounts {
    let mut m = TopoCounts::new();
    let own = !terms.pref_affinity.is_empty() || !terms.pref_anti.is_empty();
    for node in nodes.filter(|n| own || !n.with_affinity.is_empty()) {
        let keys: Vec<&String> = if own { node.pods.keys().collect() } else { node.with_affinity.iter().collect() };
        for k in keys {
            let other = node.pods[k].as_pod().expect("pod");
            for (list, sign) in [(&terms.pref_affinity, 1), (&terms.pref_anti, -1)] {
                list.iter().filter(|t| t.matches(other, ns)).for_each(|t| add(&mut m, &t.key, node, sign * t.weight, true));
            }
            let ot = pod_terms(other);
            for (list, sign) in [(&ot.affinity, 1), (&ot.pref_affinity, 1), (&ot.pref_anti, -1)] {
                list.iter().filter(|t| t.matches(pod, ns)).for_each(|t| add(&mut m, &t.key, node, sign * t.weight, true));
            }
        }
    }
    m
}

impl ScorePlugin for InterPodAffinity {
    fn name(&self) -> &'static str {
        "InterPodAffinity"
    }
    fn weight(&self) -> i64 {
        2
    }
    fn score(&self, cx: &Cycle, node: &NodeInfo) -> i64 {
        let labels = labels_of(node);
        cx.ipa_score.iter().filter(|(p, _)| p.split_once('\0').is_some_and(|(k, v)| labels.get(k).map(String::as_str) == Some(v))).map(|(_, s)| *s).sum()
    }
    fn normalize(&self, cx: &Cycle, scores: &mut [i64]) {
        if cx.ipa_score.is_empty() {
            return;
        }
        let (min, max) = scores.iter().fold((i64::MAX, i64::MIN), |(lo, hi), s| (lo.min(*s), hi.max(*s)));
        let diff = max - min;
        for s in scores.iter_mut() {
            *s = if diff > 0 { (MAX_NODE_SCORE as f64 * ((*s - min) as f64 / diff as f64)) as i64 } else { 0 };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_is_min_max_scaled() {
        let mut cx = Cycle::new(Pod::default());
        cx.ipa_score.insert(pair("zone", "a"), 1);
        let mut scores = vec![-5, 0, 5, 10];
        InterPodAffinity.normalize(&cx, &mut scores);
        assert_eq!(scores, vec![0, 33, 66, 100]);
    }
}
