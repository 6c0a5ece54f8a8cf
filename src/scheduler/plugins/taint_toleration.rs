//! TaintToleration: filter out nodes with a NoSchedule/NoExecute taint the pod does not tolerate;
//! score down nodes with intolerable PreferNoSchedule taints.

use crate::api::core::{Pod, Taint, Toleration};
use crate::scheduler::framework::{default_normalize, FilterPlugin, NodeInfo, Cycle, ScorePlugin, Status};

pub struct TaintToleration;

/// `Toleration.ToleratesTaint`.
pub fn toleration_matches(t: &Toleration, taint: &Taint) -> bool {
    if let Some(effect) = t.effect.as_deref().filter(|e| !e.is_empty()) {
        if effect != taint.effect {
            return false;
        }
    }
    let key = t.key.as_deref().unwrap_or("");
    if !key.is_empty() && key != taint.key {
        return false;
    }
    match t.operator.as_deref().unwrap_or("Equal") {
        "Exists" => true,
        "Equal" | "" => !key.is_empty() && t.value.as_deref().unwrap_or("") == taint.value.as_deref().unwrap_or(""),
        _ => false,
    }
}

pub fn tolerates(pod: &Pod, taint: &Taint) -> bool {
    pod.spec.as_ref().and_then(|s| s.tolerations.as_ref()).is_some_and(|ts| ts.iter().any(|t| toleration_matches(t, taint)))
}

fn taints(node: &NodeInfo) -> &[Taint] {
    node.node.spec.as_ref().and_then(|s| s.taints.as_deref()).unwrap_or(&[])
}

impl FilterPlugin for TaintToleration {
    fn name(&self) -> &'static str {
        "TaintToleration"
    }
    fn filter(&self, cx: &Cycle, node: &NodeInfo) -> Status {
        let pod = &cx.pod;
        for taint in taints(node) {
            if (taint.effect == "NoSchedule" || taint.effect == "NoExecute") && !tolerates(pod, taint) {
                return Status::unresolvable(format!(
                    "node(s) had untolerated taint {{{}: {}}}",
                    taint.key,
                    taint.value.as_deref().unwrap_or("")
                ));
            }
        }
        Status::success()
    }
}

impl ScorePlugin for TaintToleration {
    fn name(&self) -> &'static str {
        "TaintToleration"
    }
    fn weight(&self) -> i64 {
        3
    }
    fn score(&self, cx: &Cycle, node: &NodeInfo) -> i64 {
        let pod = &cx.pod;
        taints(node).iter().filter(|t| t.effect == "PreferNoSchedule" && !tolerates(pod, t)).count() as i64
    }
    fn normalize(&self, _: &Cycle, scores: &mut [i64]) {
        default_normalize(scores, true);
    }
}
