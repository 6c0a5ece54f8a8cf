//! The horizontal pod autoscaler (`pkg/controller/podautoscaler`): every 15 s each HPA reads its
//! target's `/scale`, the metrics API's pod metrics for the scale's selector and the pods' requests,
//! and computes `ceil(currentReplicas × usage / target)` with upstream's tolerance (10 %), its
//! handling of unready and missing pods, the scale-down stabilization window (5 min) or the
//! `behavior` rules, then writes the new scale, the status, the three conditions and the events.

use crate::api::autoscaling::{
    HPAScalingRules, HorizontalPodAutoscaler, HorizontalPodAutoscalerCondition, MetricSpec, MetricStatus, MetricValueStatus,
};
use crate::api::core::Pod;
use crate::api::labels::Selector;
use crate::api::quantity::parse_milli;
use crate::api::{Kind, Typed};
use crate::apiserver::http::{encode, Method, Request};
use crate::client::events::{Recorder, NORMAL, WARNING};
use crate::client::informer::{Delta, Informer};
use crate::client::workqueue::WorkQueue;
use crate::client::Ctx;
use crate::sim::clock::SimTime;
use k8s_openapi::apimachinery::pkg::api::resource::Quantity;
use serde_json::Value;
use std::collections::BTreeSet;
use std::time::Duration;

mod replicas;
use replicas::{calc_plain, calc_utilization, pod_requests, PodMetrics};

/// `--horizontal-pod-autoscaler-sync-period`.
pub const SYNC_PERIOD: Duration = Duration::from_secs(15);
/// `--horizontal-pod-autoscaler-downscale-stabilization`.
const DOWNSCALE_STABILIZATION: Duration = Duration::from_secs(300);
#[derive(Default)]
struct History {
    /// (recommendation, when)
    recommendations: Vec<(i32, SimTime)>,
    /// (replica change, when) of the rescales made with `behavior`.
    scale_up: Vec<(i32, SimTime)>,
    scale_down: Vec<(i32, SimTime)>,
}

pub struct HorizontalController {
    pub queue: WorkQueue,
    /// Keys with a request in the queue: upstream's fixed-interval rate limiter drops new ones, so
    /// every HPA is reconciled once per period however often it changes.
    queued: BTreeSet<String>,
    recorder: Recorder,
    /// Per HPA key (a few dozen at most: a list, not another map type in the binary).
    history: Vec<(String, History)>,
}

impl Default for HorizontalController {
    fn default() -> Self {
        HorizontalController { queue: WorkQueue::new(), queued: BTreeSet::new(), recorder: Recorder::new("horizontal-pod-autoscaler", None), history: Vec::new() }
    }
}

struct Computed {
    replicas: i32,
    name: String,
    status: MetricStatus,
}

fn condition(hpa: &mut HorizontalPodAutoscaler, type_: &str, status: bool, reason: &str, message: String, now: &crate::api::metav1::Time) {
    let list = hpa.status.get_or_insert_with(Default::default).conditions.get_or_insert_with(Vec::new);
    let status = if status { "True" } else { "False" };
    let i = match list.iter().position(|c| c.type_ == type_) {
        Some(i) => i,
        None => {
            list.push(HorizontalPodAutoscalerCondition { type_: type_.into(), ..Default::default() });
            list.len() - 1
        }
    };
    let c = &mut list[i];
    if c.status != status {
        c.last_transition_time = Some(now.clone());
    }
    c.status = status.into();
    c.reason = Some(reason.into());
    c.message = Some(message);
}

fn api_get(ctx: &mut Ctx, path: String) -> Result<Value, String> {
    let mut req = Request::from_target(Method::Get, &path);
    req.user = ctx.user.to_string();
    let resp = ctx.api.handle(&req);
    let v: Value = serde_json::from_str(&resp.body).unwrap_or(Value::Null);
    if resp.is_success() {
        Ok(v)
    } else {
        Err(v["message"].as_str().unwrap_or("").to_string())
    }
}

impl HorizontalController {
    fn history_of(&mut self, key: &str) -> &mut History {
        let i = match self.history.iter().position(|(k, _)| k == key) {
            Some(i) => i,
            None => {
                self.history.push((key.to_string(), History::default()));
                self.history.len() - 1
            }
        };
        &mut self.history[i].1
    }

    /// `enqueueHPA`: `AddRateLimited` with the sync period, dropped when a request is queued.
    pub fn on_hpa(&mut self, d: &Delta, now: SimTime) {
        let o = d.object();
        let key = format!("{}/{}", o.namespace(), o.name());
        if matches!(d, Delta::Deleted(_)) {
            self.history.retain(|(k, _)| *k != key);
        } else if self.queued.insert(key.clone()) {
            self.queue.add_after(&key, now + SYNC_PERIOD);
        }
    }

    pub fn next_wakeup(&self, now: SimTime) -> Option<SimTime> {
        self.queue.next_ready(now)
    }

    pub fn process(&mut self, ctx: &mut Ctx, hpas: &Informer, pods: &Informer) {
        while let Some(key) = self.queue.pop(ctx.now) {
            self.queued.remove(&key);
            let Some(hpa) = hpas.get(&key).and_then(|o| HorizontalPodAutoscaler::from_object(o)).cloned() else {
                self.history.retain(|(k, _)| *k != key);
                continue;
            };
            if let Err(e) = self.reconcile(ctx, &key, hpa, pods) {
                ctx.trace(format!("failed to reconcile HPA {}: {}", key, e));
            }
            // The resync: every HPA is looked at again each period.
            let at = ctx.now + SYNC_PERIOD;
            if self.queued.insert(key.clone()) {
                self.queue.add_after(&key, at);
            }
            ctx.wake_at(at);
        }
    }

    /// `reconcileAutoscaler`.
    fn reconcile(&mut self, ctx: &mut Ctx, key: &str, mut hpa: HorizontalPodAutoscaler, pods: &Informer) -> Result<(), String> {
        let original = hpa.clone();
        let obj = hpa.clone().into_object();
        let now_t = ctx.api.epoch().time(ctx.now);
        let ns = hpa.metadata.namespace.clone().unwrap_or_default();
        let spec = hpa.spec.clone().unwrap_or_default();
        let target = &spec.scale_target_ref;
        let group = target.api_version.as_deref().unwrap_or("").rsplit_once('/').map_or("", |(g, _)| g);
        let version = target.api_version.as_deref().unwrap_or("").rsplit('/').next().unwrap_or("");
        let kind = Kind::ALL.iter().copied().find(|k| k.info().kind == target.kind && k.info().group == group);
        let scale = match kind {
            Some(k) if crate::apiserver::scale::scalable(k) => {
                let base = if group.is_empty() { format!("/api/{}", version) } else { format!("/apis/{}/{}", group, version) };
                api_get(ctx, format!("{}/namespaces/{}/{}/{}/scale", base, ns, k.info().plural, target.name))
            }
            _ => Err(format!("unable to determine resource for scale target reference: no matches for kind {:?} in version {:?}", target.kind, target.api_version.as_deref().unwrap_or(""))),
        };
        let scale = match scale {
            Ok(s) => s,
            Err(e) => {
                self.recorder.event(ctx, &obj, WARNING, "FailedGetScale", &e);
                condition(&mut hpa, "AbleToScale", false, "FailedGetScale", format!("the HPA controller was unable to get the target's current scale: {}", e), &now_t);
                self.write_status(ctx, &original, hpa)?;
                return Err(e);
            }
        };
        condition(&mut hpa, "AbleToScale", true, "SucceededGetScale", "the HPA controller was able to get the target's current scale".into(), &now_t);
        let current = scale["spec"]["replicas"].as_i64().unwrap_or(0) as i32;
        let min = spec.min_replicas.unwrap_or(1);
        let max = spec.max_replicas;
        let hist = self.history_of(key);
        if hist.recommendations.is_empty() {
            hist.recommendations.push((current, ctx.now));
        }
        let mut desired = 0;
        let mut reason = String::new();
        let mut statuses = None;
        if current == 0 && min != 0 {
            condition(&mut hpa, "ScalingActive", false, "ScalingDisabled", "scaling is disabled since the replica count of the target is zero".into(), &now_t);
        } else if current > max {
            reason = "Current number of replicas above Spec.MaxReplicas".into();
            desired = max;
        } else if current < min {
            reason = "Current number of replicas below Spec.MinReplicas".into();
            desired = min;
        } else {
            let selector = scale["status"]["selector"].as_str().unwrap_or("").to_string();
            let (proposal, metric, st) = match self.compute_replicas(ctx, &mut hpa, &obj, &spec.metrics.clone().unwrap_or_default(), current, &ns, &selector, pods, &now_t) {
                Ok(v) => v,
                Err((st, e)) => {
                    let s = hpa.status.get_or_insert_with(Default::default);
                    s.current_replicas = Some(current);
                    s.current_metrics = st;
                    self.write_status(ctx, &original, hpa)?;
                    self.recorder.event(ctx, &obj, WARNING, "FailedComputeMetricsReplicas", &e);
                    return Err(format!("failed to compute desired number of replicas based on listed metrics for {}/{}/{}: {}", target.kind, ns, target.name, e));
                }
            };
            statuses = st;
            desired = proposal;
            if desired > current {
                reason = format!("{} above target", metric);
            } else if desired < current {
                reason = "All metrics below target".into();
            }
            desired = match spec.behavior.as_ref() {
                None => self.normalize(ctx.now, key, &mut hpa, current, desired, min, max, &now_t),
                Some(b) => self.normalize_with_behavior(ctx.now, key, &mut hpa, b.scale_up.clone().unwrap_or_default(), b.scale_down.clone().unwrap_or_default(), current, desired, min, max, &now_t),
            };
        }
        let rescale = desired != current && !(current == 0 && min != 0);
        if rescale {
            let base = if group.is_empty() { format!("/api/{}", version) } else { format!("/apis/{}/{}", group, version) };
            let path = format!("{}/namespaces/{}/{}/{}/scale", base, ns, kind.map(|k| k.info().plural).unwrap_or(""), target.name);
            let mut new_scale = scale.clone();
            new_scale["spec"]["replicas"] = Value::from(desired);
            let mut req = Request::new(Method::Put, path).with_body(new_scale.to_string());
            req.user = ctx.user.to_string();
            let resp = ctx.api.handle(&req);
            if !resp.is_success() {
                let e = serde_json::from_str::<Value>(&resp.body).ok().and_then(|v| v["message"].as_str().map(str::to_string)).unwrap_or_default();
                self.recorder.event(ctx, &obj, WARNING, "FailedRescale", &format!("New size: {}; reason: {}; error: {}", desired, reason, e));
                condition(&mut hpa, "AbleToScale", false, "FailedUpdateScale", format!("the HPA controller was unable to update the target scale: {}", e), &now_t);
                self.write_status(ctx, &original, hpa)?;
                return Err(e);
            }
            condition(&mut hpa, "AbleToScale", true, "SucceededRescale", format!("the HPA controller was able to update the target scale to {}", desired), &now_t);
            self.recorder.event(ctx, &obj, NORMAL, "SuccessfulRescale", &format!("New size: {}; reason: {}", desired, reason));
            if spec.behavior.is_some() {
                let h = self.history_of(key);
                let longest = |r: Option<&HPAScalingRules>| r.and_then(|r| r.policies.as_ref()).into_iter().flatten().map(|p| p.period_seconds).max().unwrap_or(0);
                let b = spec.behavior.as_ref();
                if desired > current {
                    let keep = Duration::from_secs(longest(b.and_then(|b| b.scale_up.as_ref())).max(0) as u64);
                    h.scale_up.retain(|(_, t)| ctx.now.since(*t) <= keep);
                    h.scale_up.push((desired - current, ctx.now));
                } else {
                    let keep = Duration::from_secs(longest(b.and_then(|b| b.scale_down.as_ref())).max(0) as u64);
                    h.scale_down.retain(|(_, t)| ctx.now.since(*t) <= keep);
                    h.scale_down.push((current - desired, ctx.now));
                }
            }
            ctx.trace(format!("HPA {} scaled {} {} from {} to {}: {}", key, target.kind, target.name, current, desired, reason));
        }
        let s = hpa.status.get_or_insert_with(Default::default);
        s.current_replicas = Some(current);
        s.desired_replicas = if current == 0 && min != 0 { 0 } else { desired };
        if statuses.is_some() || !(current >= min && current <= max) {
            s.current_metrics = statuses;
        }
        if rescale {
            s.last_scale_time = Some(now_t.clone());
        }
        self.write_status(ctx, &original, hpa)
    }

    fn write_status(&mut self, ctx: &mut Ctx, original: &HorizontalPodAutoscaler, hpa: HorizontalPodAutoscaler) -> Result<(), String> {
        if original.status == hpa.status {
            return Ok(());
        }
        let obj = hpa.into_object();
        match ctx.update_status(obj.clone()) {
            Ok(_) => Ok(()),
            Err(e) => {
                self.recorder.event(ctx, &obj, WARNING, "FailedUpdateStatus", &e.message);
                Err(format!("failed to update status for {}: {}", obj.name(), e.message))
            }
        }
    }

    /// `computeReplicasForMetrics`: the largest proposal over the metrics, or the error when
    /// every metric failed (or some failed and the rest would scale down).
    #[allow(clippy::too_many_arguments)]
    fn compute_replicas(
        &mut self,
        ctx: &mut Ctx,
        hpa: &mut HorizontalPodAutoscaler,
        obj: &crate::api::Object,
        metrics: &[MetricSpec],
        current: i32,
        ns: &str,
        selector: &str,
        pods: &Informer,
        now_t: &crate::api::metav1::Time,
    ) -> Result<(i32, String, Option<Vec<MetricStatus>>), (Option<Vec<MetricStatus>>, String)> {
        if selector.is_empty() {
            let e = "selector is required".to_string();
            self.recorder.event(ctx, obj, WARNING, "SelectorRequired", &e);
            condition(hpa, "ScalingActive", false, "InvalidSelector", "the HPA target's scale is missing a selector".into(), now_t);
            return Err((None, e));
        }
        let Ok(sel) = Selector::parse(selector) else {
            let e = format!("couldn't convert selector into a corresponding internal selector object: {}", selector);
            self.recorder.event(ctx, obj, WARNING, "InvalidSelector", &e);
            condition(hpa, "ScalingActive", false, "InvalidSelector", e.clone(), now_t);
            return Err((None, e));
        };
        let mut statuses = Vec::new();
        let (mut best, mut best_name) = (0, String::new());
        let (mut invalid, mut first_err, mut first_cond) = (0, String::new(), (String::new(), String::new()));
        for spec in metrics {
            match self.compute_one(ctx, spec, current, ns, selector, &sel, pods) {
                Ok(c) => {
                    statuses.push(c.status);
                    if c.replicas > best || best_name.is_empty() {
                        best = c.replicas;
                        best_name = c.name;
                    }
                }
                Err((reason, e)) => {
                    self.recorder.event(ctx, obj, WARNING, reason, &e.1);
                    statuses.push(MetricStatus::default());
                    if invalid == 0 {
                        first_err = e.0;
                        first_cond = (reason.to_string(), format!("the HPA was unable to compute the replica count: {}", e.1));
                    }
                    invalid += 1;
                }
            }
        }
        if invalid >= metrics.len() || (invalid > 0 && best < current) {
            condition(hpa, "ScalingActive", false, &first_cond.0, first_cond.1, now_t);
            return Err((Some(statuses), format!("invalid metrics ({} invalid out of {}), first error is: {}", invalid, metrics.len(), first_err)));
        }
        condition(hpa, "ScalingActive", true, "ValidMetricFound", format!("the HPA was able to successfully calculate a replica count from {}", best_name), now_t);
        Ok((best, best_name, Some(statuses)))
    }

    /// One metric: (event reason, (wrapped error, inner error)) on failure.
    #[allow(clippy::too_many_arguments)]
    #[allow(clippy::type_complexity)]
    fn compute_one(&self, ctx: &mut Ctx, spec: &MetricSpec, current: i32, ns: &str, selector: &str, sel: &Selector, pods: &Informer) -> Result<Computed, (&'static str, (String, String))> {
        let (resource, target, container) = match (spec.type_.as_str(), &spec.resource, &spec.container_resource) {
            ("Resource", Some(r), _) => (r.name.clone(), r.target.clone(), None),
            ("ContainerResource", _, Some(r)) => (r.name.clone(), r.target.clone(), Some(r.container.clone())),
            (t @ ("Pods" | "Object" | "External"), _, _) => {
                let (reason, what, api) = match t {
                    "Pods" => ("FailedGetPodsMetric", "pods", "custom metrics API (custom.metrics.k8s.io)"),
                    "Object" => ("FailedGetObjectMetric", "object", "custom metrics API (custom.metrics.k8s.io)"),
                    _ => ("FailedGetExternalMetric", "external", "external metrics API (external.metrics.k8s.io)"),
                };
                let name = spec.pods.as_ref().map(|p| p.metric.name.clone()).or(spec.object.as_ref().map(|o| o.metric.name.clone())).or(spec.external.as_ref().map(|e| e.metric.name.clone())).unwrap_or_default();
                let inner = format!("unable to get metric {}: unable to fetch metrics from {}: no {} registered", name, api.split(" (").next().unwrap_or(api), api);
                return Err((reason, (format!("failed to get {} metric value: {}", what, inner), inner)));
            }
            (t, _, _) => {
                let e = format!("unknown metric source type {:?}", t);
                return Err(("InvalidMetricSourceType", (e.clone(), e)));
            }
        };
        let wrap = |e: String, what: &str| {
            let inner = format!("failed to get {} {}: {}", resource, what, e);
            let reason = if container.is_some() { "FailedGetContainerResourceMetric" } else { "FailedGetResourceMetric" };
            let kind = if container.is_some() { "container resource" } else { "resource" };
            Err((reason, (format!("failed to get {} {} metric value: {}", resource, kind, inner), inner)))
        };
        let what = if target.average_value.is_some() { "usage" } else { "utilization" };
        let metrics = match self.resource_metrics(ctx, &resource, container.as_deref(), ns, selector) {
            Ok(m) => m,
            Err(e) => return wrap(format!("unable to get metrics for resource {}: {}", resource, e), what),
        };
        let pod_list: Vec<&Pod> = pods.in_namespace(ns).filter(|p| sel.matches(p.meta().labels.as_ref())).filter_map(|p| Pod::from_object(p)).collect();
        if pod_list.is_empty() {
            return wrap("no pods returned by selector while calculating replica count".into(), what);
        }
        let status_of = |cur: MetricValueStatus| MetricStatus {
            type_: spec.type_.clone(),
            resource: container.is_none().then(|| crate::api::autoscaling::ResourceMetricStatus { name: resource.clone(), current: cur.clone() }),
            container_resource: container.clone().map(|c| Box::new(crate::api::autoscaling::ContainerResourceMetricStatus { container: c, name: resource.clone(), current: cur.clone() })),
            ..Default::default()
        };
        if let Some(avg) = &target.average_value {
            let target_usage = parse_milli(&avg.0).unwrap_or(0) as i64;
            let (replicas, usage) = match calc_plain((ctx.now, ctx.api.epoch()), metrics, current, target_usage, &resource, &pod_list) {
                Ok(v) => v,
                Err(e) => return wrap(e, what),
            };
            let name = format!("{} resource", resource);
            let cur = MetricValueStatus { average_value: Some(Quantity(milli_quantity(usage))), ..Default::default() };
            return Ok(Computed { replicas, name, status: status_of(cur) });
        }
        let Some(target_util) = target.average_utilization else {
            let e = "invalid resource metric source: neither an average utilization target nor an average value (usage) target was set".to_string();
            return Err(("FailedGetResourceMetric", (format!("failed to get {} resource metric value: {}", resource, e), e)));
        };
        let requests = match pod_requests(&pod_list, container.as_deref(), &resource) {
            Ok(r) => r,
            Err(e) => return wrap(e, what),
        };
        let (replicas, util, raw) = match calc_utilization((ctx.now, ctx.api.epoch()), metrics, current, target_util, &resource, &pod_list, &requests) {
            Ok(v) => v,
            Err(e) => return wrap(e, what),
        };
        let name = if container.is_some() { format!("{} container resource utilization (percentage of request)", resource) } else { format!("{} resource utilization (percentage of request)", resource) };
        let cur = MetricValueStatus { average_utilization: Some(util), average_value: Some(Quantity(milli_quantity(raw))), ..Default::default() };
        Ok(Computed { replicas, name, status: status_of(cur) })
    }

    /// The metrics client: pod metrics from `metrics.k8s.io`, summed over containers (or one).
    fn resource_metrics(&self, ctx: &mut Ctx, resource: &str, container: Option<&str>, ns: &str, selector: &str) -> Result<PodMetrics, String> {
        let list = api_get(ctx, format!("/apis/metrics.k8s.io/v1beta1/namespaces/{}/pods?labelSelector={}", ns, encode(selector)))
            .map_err(|e| format!("unable to fetch metrics from resource metrics API: {}", e))?;
        let items = list["items"].as_array().cloned().unwrap_or_default();
        if items.is_empty() {
            return Err("no metrics returned from resource metrics API".into());
        }
        let epoch = ctx.api.epoch();
        let mut out = PodMetrics::default();
        for m in &items {
            let cs = m["containers"].as_array().cloned().unwrap_or_default();
            let mut sum = 0i64;
            let mut missing = cs.is_empty();
            let mut found = container.is_none();
            for c in &cs {
                if container.is_some_and(|want| c["name"].as_str() != Some(want)) {
                    continue;
                }
                found = true;
                match c["usage"][resource].as_str().and_then(parse_milli) {
                    Some(v) => sum += v as i64,
                    None => missing = true,
                }
            }
            if !found {
                return Err(format!("failed to get container metrics: container {} not present in metrics for pod {}/{}", container.unwrap_or(""), ns, m["metadata"]["name"].as_str().unwrap_or("")));
            }
            if missing {
                continue;
            }
            let ts = m["timestamp"].as_str().and_then(|t| t.parse::<k8s_openapi::jiff::Timestamp>().ok()).map(|t| epoch.sim_time(&t)).unwrap_or(ctx.now);
            let window = m["window"].as_str().and_then(|w| crate::sim::clock::parse_duration(w).ok()).unwrap_or(Duration::ZERO);
            let since = SimTime::from_millis(ts.as_millis().saturating_sub(window.as_millis() as u64));
            out.insert(m["metadata"]["name"].as_str().unwrap_or(""), sum, since);
        }
        Ok(out)
    }

    /// `normalizeDesiredReplicas` (no `behavior`): scale-down stabilization, then the
    /// min/max and scale-up limits.
    #[allow(clippy::too_many_arguments)]
    fn normalize(&mut self, now: SimTime, key: &str, hpa: &mut HorizontalPodAutoscaler, current: i32, prenormalized: i32, min: i32, max: i32, now_t: &crate::api::metav1::Time) -> i32 {
        let h = self.history_of(key);
        let mut stabilized = prenormalized;
        let mut old = None;
        for (i, (rec, at)) in h.recommendations.iter().enumerate() {
            if now.since(*at) > DOWNSCALE_STABILIZATION {
                old = Some(i);
            } else if *rec > stabilized {
                stabilized = *rec;
            }
        }
        match old {
            Some(i) => h.recommendations[i] = (prenormalized, now),
            None => h.recommendations.push((prenormalized, now)),
        }
        if stabilized != prenormalized {
            condition(hpa, "AbleToScale", true, "ScaleDownStabilized", "recent recommendations were higher than current one, applying the highest recent recommendation".into(), now_t);
        } else {
            condition(hpa, "AbleToScale", true, "ReadyForNewScale", "recommended size matches current size".into(), now_t);
        }
        let scale_up_limit = ((2.0 * current as f64).max(4.0)) as i32;
        let (max_allowed, limit_reason, limit_msg) = if max > scale_up_limit {
            (scale_up_limit, "ScaleUpLimit", "the desired replica count is increasing faster than the maximum scale rate")
        } else {
            (max, "TooManyReplicas", "the desired replica count is more than the maximum replica count")
        };
        let (desired, reason, msg) = if stabilized < min {
            (min, "TooFewReplicas", "the desired replica count is less than the minimum replica count")
        } else if stabilized > max_allowed {
            (max_allowed, limit_reason, limit_msg)
        } else {
            (stabilized, "DesiredWithinRange", "the desired count is within the acceptable range")
        };
        condition(hpa, "ScalingLimited", desired != stabilized, reason, msg.into(), now_t);
        desired
    }

    /// `normalizeDesiredReplicasWithBehaviors`.
    #[allow(clippy::too_many_arguments)]
    fn normalize_with_behavior(
        &mut self,
        now: SimTime,
        key: &str,
        hpa: &mut HorizontalPodAutoscaler,
        up: HPAScalingRules,
        down: HPAScalingRules,
        current: i32,
        prenormalized: i32,
        min: i32,
        max: i32,
        now_t: &crate::api::metav1::Time,
    ) -> i32 {
        let h = self.history_of(key);
        let up_window = Duration::from_secs(up.stabilization_window_seconds.unwrap_or(0).max(0) as u64);
        let down_window = match down.stabilization_window_seconds {
            Some(s) => Duration::from_secs(s.max(0) as u64),
            None => DOWNSCALE_STABILIZATION,
        };
        let (mut up_rec, mut down_rec) = (prenormalized, prenormalized);
        let mut old = None;
        for (i, (rec, at)) in h.recommendations.iter().enumerate() {
            let age = now.since(*at);
            if age < up_window {
                up_rec = up_rec.min(*rec);
            }
            if age < down_window {
                down_rec = down_rec.max(*rec);
            }
            if age > up_window && age > down_window {
                old = Some(i);
            }
        }
        let stabilized = current.max(up_rec).min(down_rec);
        match old {
            Some(i) => h.recommendations[i] = (prenormalized, now),
            None => h.recommendations.push((prenormalized, now)),
        }
        if stabilized != prenormalized {
            if prenormalized >= current {
                condition(hpa, "AbleToScale", true, "ScaleUpStabilized", "recent recommendations were lower than current one, applying the lowest recent recommendation".into(), now_t);
            } else {
                condition(hpa, "AbleToScale", true, "ScaleDownStabilized", "recent recommendations were higher than current one, applying the highest recent recommendation".into(), now_t);
            }
        } else {
            condition(hpa, "AbleToScale", true, "ReadyForNewScale", "recommended size matches current size".into(), now_t);
        }
        let change = |events: &[(i32, SimTime)], period: i32| -> i32 { events.iter().filter(|(_, t)| now.since(*t) < Duration::from_secs(period.max(0) as u64)).map(|(c, _)| c).sum() };
        let (mut desired, mut reason, mut msg) = (stabilized, "DesiredWithinRange", "the desired count is within the acceptable range");
        if stabilized > current {
            let limit = rate_limit(&up, current, &h.scale_up, &h.scale_down, &change, true).max(current);
            let (allowed, r, m) = if max > limit {
                (limit, "ScaleUpLimit", "the desired replica count is increasing faster than the maximum scale rate")
            } else {
                (max, "TooManyReplicas", "the desired replica count is more than the maximum replica count")
            };
            if stabilized > allowed {
                (desired, reason, msg) = (allowed, r, m);
            }
        } else if stabilized < current {
            let limit = rate_limit(&down, current, &h.scale_up, &h.scale_down, &change, false).min(current);
            let (allowed, r, m) = if min < limit {
                (limit, "ScaleDownLimit", "the desired replica count is decreasing faster than the maximum scale rate")
            } else {
                (min, "TooFewReplicas", "the desired replica count is less than the minimum replica count")
            };
            if stabilized < allowed {
                (desired, reason, msg) = (allowed, r, m);
            }
        }
        condition(hpa, "ScalingLimited", desired != stabilized, reason, msg.into(), now_t);
        desired
    }
}

/// `calculateScaleUpLimitWithScalingRules` / `calculateScaleDownLimitWithBehaviors`.
fn rate_limit(rules: &HPAScalingRules, current: i32, ups: &[(i32, SimTime)], downs: &[(i32, SimTime)], change: &dyn Fn(&[(i32, SimTime)], i32) -> i32, up: bool) -> i32 {
    let select = rules.select_policy.as_deref().unwrap_or("Max");
    if select == "Disabled" {
        return current;
    }
    // "Min" picks the smallest change: the lowest limit up, the highest down.
    let smallest_change = select == "Min";
    let mut result: Option<i32> = None;
    for p in rules.policies.iter().flatten() {
        let start = current - change(ups, p.period_seconds) + change(downs, p.period_seconds);
        let proposed = match (p.type_.as_str(), up) {
            ("Pods", true) => start + p.value,
            ("Percent", true) => (start as f64 * (1.0 + p.value as f64 / 100.0)).ceil() as i32,
            ("Pods", false) => start - p.value,
            (_, false) => (start as f64 * (1.0 - p.value as f64 / 100.0)) as i32,
            _ => continue,
        };
        result = Some(match result {
            None => proposed,
            Some(r) if up == smallest_change => r.min(proposed),
            Some(r) => r.max(proposed),
        });
    }
    result.unwrap_or(if up { i32::MIN } else { i32::MAX })
}

/// `resource.NewMilliQuantity(v, DecimalSI)` as text (`250m`, `2`, `104857600`).
fn milli_quantity(v: i64) -> String {
    if v % 1000 == 0 { (v / 1000).to_string() } else { format!("{}m", v) }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn behavior_policies_limit_the_rate() {
        let now = SimTime::ZERO + Duration::from_secs(600);
        let up = HPAScalingRules {
            select_policy: Some("Max".into()),
            policies: Some(vec![
                crate::api::autoscaling::HPAScalingPolicy { type_: "Pods".into(), value: 4, period_seconds: 15 },
                crate::api::autoscaling::HPAScalingPolicy { type_: "Percent".into(), value: 100, period_seconds: 15 },
            ]),
            ..Default::default()
        };
        let change = |events: &[(i32, SimTime)], period: i32| -> i32 { events.iter().filter(|(_, t)| now.since(*t) < Duration::from_secs(period as u64)).map(|(c, _)| c).sum() };
        assert_eq!(rate_limit(&up, 1, &[], &[], &change, true), 5);
        assert_eq!(rate_limit(&up, 10, &[], &[], &change, true), 20);
        // Two pods were added 5 s ago: the period started at 8.
        assert_eq!(rate_limit(&up, 10, &[(2, SimTime::ZERO + Duration::from_secs(595))], &[], &change, true), 16);
        let min = HPAScalingRules { select_policy: Some("Min".into()), ..up.clone() };
        assert_eq!(rate_limit(&min, 10, &[], &[], &change, true), 14);
        let down = HPAScalingRules {
            select_policy: Some("Max".into()),
            policies: Some(vec![crate::api::autoscaling::HPAScalingPolicy { type_: "Percent".into(), value: 10, period_seconds: 60 }]),
            ..Default::default()
        };
        assert_eq!(rate_limit(&down, 10, &[], &[], &change, false), 9);
        let disabled = HPAScalingRules { select_policy: Some("Disabled".into()), ..down };
        assert_eq!(rate_limit(&disabled, 10, &[], &[], &change, false), 10);
    }
}
