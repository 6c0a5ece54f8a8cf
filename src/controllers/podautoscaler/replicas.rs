//! The replica calculator (`replica_calculator.go`): from each pod's sample and request, the
//! usage ratio against the target, with upstream's tolerance, its grouping of pods into ready,
//! unready (still starting), missing (no metrics) and ignored (deleted or failed), and the
//! conservative assumptions it makes for the last two.

use crate::api::core::Pod;
use crate::api::quantity::parse_milli;
use crate::sim::clock::SimTime;
use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

/// `--horizontal-pod-autoscaler-tolerance`.
const TOLERANCE: f64 = 0.1;
const CPU_INITIALIZATION_PERIOD: Duration = Duration::from_secs(300);
const INITIAL_READINESS_DELAY: Duration = Duration::from_secs(30);

pub(super) type Clock = (SimTime, crate::api::meta::Epoch);

/// Each pod's sample (milli-units) and the start of its window (timestamp − window).
#[derive(Clone, Default)]
pub(super) struct PodMetrics {
    pub(super) value: BTreeMap<String, i64>,
    pub(super) since: BTreeMap<String, SimTime>,
}

impl PodMetrics {
    pub(super) fn insert(&mut self, pod: &str, v: i64, since: SimTime) {
        self.value.insert(pod.to_string(), v);
        self.since.insert(pod.to_string(), since);
    }
    pub(super) fn retain(&mut self, drop: &BTreeSet<String>) {
        crate::api::order::retain_map(&mut self.value, &mut |k, _| !drop.contains(k));
        crate::api::order::retain_map(&mut self.since, &mut |k, _| !drop.contains(k));
    }
}

pub(super) fn within_tolerance(ratio: f64) -> bool {
    (1.0 - TOLERANCE) <= ratio && ratio <= (1.0 + TOLERANCE)
}

/// `calculatePodRequests`: every container's request (or the named one's), in milli-units.
pub(super) fn pod_requests(pods: &[&Pod], container: Option<&str>, resource: &str) -> Result<BTreeMap<String, i64>, String> {
    let mut out = BTreeMap::new();
    for p in pods {
        let spec = p.spec.clone().unwrap_or_default();
        let sidecars = spec.init_containers.iter().flatten().filter(|c| c.restart_policy.as_deref() == Some("Always")).cloned();
        let mut sum = 0i64;
        for c in spec.containers.iter().cloned().chain(sidecars) {
            if container.is_some_and(|want| want != c.name) {
                continue;
            }
            match c.resources.as_ref().and_then(|r| r.requests.as_ref()).and_then(|r| r.get(resource)).and_then(|q| parse_milli(&q.0)) {
                Some(v) => sum += v as i64,
                None => return Err(format!("missing request for {} in container {} of Pod {}", resource, c.name, p.metadata.name.as_deref().unwrap_or(""))),
            }
        }
        out.insert(p.metadata.name.clone().unwrap_or_default(), sum);
    }
    Ok(out)
}

/// `groupPods`: (ready count, unready, missing, ignored).
pub(super) fn group_pods(clock: Clock, pods: &[&Pod], metrics: &PodMetrics, resource: &str) -> (usize, BTreeSet<String>, BTreeSet<String>, BTreeSet<String>) {
    let (now, epoch) = clock;
    let (mut ready, mut unready, mut missing, mut ignored) = (0, BTreeSet::new(), BTreeSet::new(), BTreeSet::new());
    for p in pods {
        let name = p.metadata.name.clone().unwrap_or_default();
        let st = p.status.clone().unwrap_or_default();
        if p.metadata.deletion_timestamp.is_some() || st.phase.as_deref() == Some("Failed") {
            ignored.insert(name);
            continue;
        }
        if st.phase.as_deref() == Some("Pending") {
            unready.insert(name);
            continue;
        }
        let Some(since) = metrics.since.get(&name) else {
            missing.insert(name);
            continue;
        };
        if resource == "cpu" {
            let cond = st.conditions.iter().flatten().find(|c| c.type_ == "Ready");
            let is_unready = match (cond, st.start_time.as_ref()) {
                (Some(c), Some(start)) => {
                    let start = epoch.sim_time(&start.0);
                    let trans = c.last_transition_time.as_ref().map(|t| epoch.sim_time(&t.0)).unwrap_or(start);
                    if start + CPU_INITIALIZATION_PERIOD > now {
                        c.status == "False" || *since < trans
                    } else {
                        c.status == "False" && start + INITIAL_READINESS_DELAY > trans
                    }
                }
                _ => true,
            };
            if is_unready {
                unready.insert(name);
                continue;
            }
        }
        ready += 1;
    }
    (ready, unready, missing, ignored)
}

/// `GetResourceUtilizationRatio`: (ratio, utilization %, average raw usage).
pub(super) fn utilization_ratio(metrics: &PodMetrics, requests: &BTreeMap<String, i64>, target: i32) -> Result<(f64, i32, i64), String> {
    let (mut total, mut req, mut n) = (0i64, 0i64, 0i64);
    for (pod, v) in &metrics.value {
        let Some(r) = requests.get(pod) else { continue };
        total += v;
        req += r;
        n += 1;
    }
    if req == 0 {
        return Err("no metrics returned matched known pods".into());
    }
    let util = (total * 100 / req) as i32;
    Ok((util as f64 / target as f64, util, total / n))
}

/// (usage ratio, utilization %, raw average) of a set of samples.
pub(super) type Measure = (f64, i32, i64);

/// The body shared by `GetResourceReplicas` and `calcPlainMetricReplicas`: drop ignored and
/// unready pods, measure, and when pods are missing (or unready while scaling up) assume
/// `missing(pod)` for them when scaling down and nothing when scaling up, then measure again and
/// refuse to change direction. Returns the replicas and the first measure.
pub(super) fn replicas_for(clock: Clock, mut metrics: PodMetrics, current: i32, resource: &str, pods: &[&Pod], measure: &dyn Fn(&PodMetrics) -> Result<Measure, String>, missing_value: &dyn Fn(&str) -> i64) -> Result<(i32, Measure), String> {
    let now = clock.0;
    let (ready, unready, missing, ignored) = group_pods(clock, pods, &metrics, resource);
    metrics.retain(&ignored);
    metrics.retain(&unready);
    if metrics.value.is_empty() {
        return Err("did not receive metrics for targeted pods (pods might be unready)".into());
    }
    let first = measure(&metrics)?;
    let ratio = first.0;
    let scale_up_with_unready = !unready.is_empty() && ratio > 1.0;
    if !scale_up_with_unready && missing.is_empty() {
        if within_tolerance(ratio) {
            return Ok((current, first));
        }
        return Ok(((ratio * ready as f64).ceil() as i32, first));
    }
    for pod in &missing {
        metrics.insert(pod, if ratio < 1.0 { missing_value(pod) } else { 0 }, now);
    }
    if scale_up_with_unready {
        for pod in &unready {
            metrics.insert(pod, 0, now);
        }
    }
    let new_ratio = measure(&metrics)?.0;
    if within_tolerance(new_ratio) || (ratio < 1.0 && new_ratio > 1.0) || (ratio > 1.0 && new_ratio < 1.0) {
        return Ok((current, first));
    }
    let n = (new_ratio * metrics.value.len() as f64).ceil() as i32;
    if (new_ratio < 1.0 && n > current) || (new_ratio > 1.0 && n < current) {
        return Ok((current, first));
    }
    Ok((n, first))
}

/// `GetResourceReplicas`: (replicas, utilization, raw average). A missing pod counts as using
/// `max(100, target)` % of its request when scaling down.
pub(super) fn calc_utilization(clock: Clock, metrics: PodMetrics, current: i32, target: i32, resource: &str, pods: &[&Pod], requests: &BTreeMap<String, i64>) -> Result<(i32, i32, i64), String> {
    let measure = |m: &PodMetrics| utilization_ratio(m, requests, target);
    let missing = |pod: &str| requests.get(pod).copied().unwrap_or(0) * (target.max(100) as i64) / 100;
    let (n, (_, util, raw)) = replicas_for(clock, metrics, current, resource, pods, &measure, &missing)?;
    Ok((n, util, raw))
}

/// `calcPlainMetricReplicas` for an AverageValue target: (replicas, average usage). A missing
/// pod counts as using exactly the target when scaling down.
pub(super) fn calc_plain(clock: Clock, metrics: PodMetrics, current: i32, target: i64, resource: &str, pods: &[&Pod]) -> Result<(i32, i64), String> {
    let measure = |m: &PodMetrics| -> Result<Measure, String> {
        let avg = m.value.values().sum::<i64>() as f64 / m.value.len() as f64;
        Ok((avg / target.max(1) as f64, 0, avg as i64))
    };
    let (n, (_, _, usage)) = replicas_for(clock, metrics, current, resource, pods, &measure, &|_| target)?;
    Ok((n, usage))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::meta::Epoch;

    const EPOCH: Epoch = Epoch { unix_ms: 1_767_603_600_000 };

    /// A Running, Ready pod that started long ago, requesting `cpu` millicores.
    fn pod(name: &str, cpu: &str) -> Pod {
        let text = format!(
            r#"{{"metadata":{{"name":"{}"}},"spec":{{"containers":[{{"name":"c","resources":{{"requests":{{"cpu":"{}"}}}}}}]}},
            "status":{{"phase":"Running","startTime":"2026-01-05T09:00:00Z","conditions":[{{"type":"Ready","status":"True","lastTransitionTime":"2026-01-05T09:00:05Z"}}]}}}}"#,
            name, cpu
        );
        serde_json::from_str(&text).unwrap()
    }

    fn metrics(now: SimTime, values: &[(&str, i64)]) -> PodMetrics {
        let mut m = PodMetrics::default();
        for (n, v) in values {
            m.insert(n, *v, now);
        }
        m
    }

    #[test]
    fn replicas_follow_upstreams_formula() {
        let now = SimTime::ZERO + Duration::from_secs(3600);
        let pods = [pod("a", "100m"), pod("b", "100m"), pod("c", "100m")];
        let refs: Vec<&Pod> = pods.iter().collect();
        let req = pod_requests(&refs, None, "cpu").unwrap();
        // 250 % of request against a 50 % target: five times the pods.
        let m = metrics(now, &[("a", 250), ("b", 250), ("c", 250)]);
        assert_eq!(calc_utilization((now, EPOCH), m, 3, 50, "cpu", &refs, &req).unwrap(), (15, 250, 250));
        // Within the 10 % tolerance nothing changes.
        let m = metrics(now, &[("a", 52), ("b", 52), ("c", 52)]);
        assert_eq!(calc_utilization((now, EPOCH), m, 3, 50, "cpu", &refs, &req).unwrap().0, 3);
        // Scaling down with a pod missing: it counts as using its whole request.
        let m = metrics(now, &[("a", 10), ("b", 10)]);
        assert_eq!(calc_utilization((now, EPOCH), m, 3, 50, "cpu", &refs, &req).unwrap().0, 3);
        let m = metrics(now, &[("a", 5), ("b", 5)]);
        // (5 + 5 + 100) / 300 = 37 % of a 100 % target → ceil(0.3667 × 3) = 2.
        assert_eq!(calc_utilization((now, EPOCH), m, 3, 100, "cpu", &refs, &req).unwrap().0, 2);
        let no_request = [pod("a", "100m"), { let mut p = pod("b", "1"); p.spec.as_mut().unwrap().containers[0].resources = None; p }];
        let refs: Vec<&Pod> = no_request.iter().collect();
        assert_eq!(pod_requests(&refs, None, "cpu").unwrap_err(), "missing request for cpu in container c of Pod b");
    }
}
