//! The disruption controller (`pkg/controller/disruption`): keeps every PodDisruptionBudget's
//! status — `expectedPods`, `currentHealthy`, `desiredHealthy`, `disruptionsAllowed`,
//! `disruptedPods`, `observedGeneration` and the `DisruptionAllowed` condition — in step with the
//! pods its selector matches and the scale of their controllers, so that the eviction subresource
//! can refuse what would break the budget. A budget that cannot be computed fails safe: no
//! disruptions allowed, condition `SyncFailed`.

use crate::api::core::Pod;
use crate::api::labels::Selector;
use crate::api::meta::controller_of;
use crate::api::metav1::{LabelSelector, OwnerReference, Time};
use crate::api::policy::PodDisruptionBudget;
use crate::api::{Kind, Object, ObjectRef, Typed};
use crate::apiserver::eviction::{pod_ready, set_condition, update_disruption_allowed_condition, DISRUPTION_ALLOWED, INSUFFICIENT_PODS, SUFFICIENT_PODS, SYNC_FAILED};
use crate::client::events::{Recorder, NORMAL, WARNING};
use crate::client::informer::{Delta, Informer};
use crate::client::workqueue::WorkQueue;
use crate::client::Ctx;
use crate::sim::clock::SimTime;
use k8s_openapi::apimachinery::pkg::util::intstr::IntOrString;
use std::collections::BTreeMap;
use std::time::Duration;

/// `DeletionTimeout`: how long an evicted pod may stay in `disruptedPods` without being deleted.
pub const DELETION_TIMEOUT: Duration = Duration::from_secs(120);

pub struct DisruptionController {
    pub queue: WorkQueue,
    recorder: Recorder,
    /// `MultiplePodDisruptionBudgets` warnings found by the pod handler, recorded next turn.
    multiple: Vec<(ObjectRef, String)>,
}

impl Default for DisruptionController {
    fn default() -> Self {
        DisruptionController { queue: WorkQueue::new(), recorder: Recorder::new("controllermanager", None), multiple: Vec::new() }
    }
}

/// The informers a sync reads (the controller's listers).
pub struct Listers<'a> {
    pub pdbs: &'a Informer,
    pub pods: &'a Informer,
    pub rcs: &'a Informer,
    pub rss: &'a Informer,
    pub deployments: &'a Informer,
}

enum SyncError {
    /// A write lost a race: retried without the fail-safe.
    Conflict(String),
    Failed(String),
}

fn key_of(o: &Object) -> String {
    format!("{}/{}", o.namespace(), o.name())
}

/// `metav1.LabelSelectorAsSelector`: a missing selector matches nothing, an empty one everything.
fn selector_of(pdb: &PodDisruptionBudget) -> Result<Selector, String> {
    match pdb.spec.as_ref().and_then(|s| s.selector.as_ref()) {
        None => Ok(Selector::nothing()),
        Some(ls) => Selector::from_label_selector(ls),
    }
}

/// A `*metav1.LabelSelector` as Go's `%v` prints it (its generated `String()`).
pub fn go_label_selector(ls: Option<&LabelSelector>) -> String {
    let Some(ls) = ls else { return "nil".into() };
    let labels: String = ls.match_labels.iter().flatten().map(|(k, v)| format!("{}: {},", k, v)).collect();
    let exprs: String = ls
        .match_expressions
        .iter()
        .flatten()
        .map(|e| format!("LabelSelectorRequirement{{Key:{},Operator:{},Values:[{}],}},", e.key, e.operator, e.values.clone().unwrap_or_default().join(" ")))
        .collect();
    format!("&LabelSelector{{MatchLabels:map[string]string{{{}}},MatchExpressions:[]LabelSelectorRequirement{{{}}},}}", labels, exprs)
}

/// `intstr.GetScaledValueFromIntOrPercent(v, total, true)`.
fn scaled_value(v: &IntOrString, total: i32) -> Result<i32, String> {
    match v {
        IntOrString::Int(i) => Ok(*i),
        IntOrString::String(s) => {
            let Some(n) = s.strip_suffix('%') else { return Err("invalid value for IntOrString: invalid type: string is not a percentage".into()) };
            let n: i64 = n.parse().map_err(|_| format!("invalid value for IntOrString: invalid value {:?}: strconv.Atoi: parsing {:?}: invalid syntax", s, n))?;
            Ok(((n * total as i64 + 99).div_euclid(100)) as i32)
        }
    }
}

/// The group of an `apiVersion` (`apps/v1` → `apps`, `v1` → ``).
fn group_of(api_version: &str) -> &str {
    api_version.rsplit_once('/').map_or("", |(g, _)| g)
}

fn is_kind(r: &OwnerReference, kind: &str, groups: &[&str]) -> bool {
    r.kind == kind && groups.contains(&group_of(&r.api_version))
}

fn replicas_of(o: &Object) -> i32 {
    o.to_value()["spec"]["replicas"].as_i64().unwrap_or(1) as i32
}

impl DisruptionController {
    pub fn on_pdb(&mut self, d: &Delta) {
        self.queue.add(&key_of(d.object()));
    }

    /// `addPod` / `updatePod` / `deletePod`: the first budget that selects the pod is synced.
    pub fn on_pod(&mut self, d: &Delta, pdbs: &Informer) {
        let pod = d.object();
        let matching: Vec<&ObjectRef> = pdbs
            .in_namespace(pod.namespace())
            .filter(|p| PodDisruptionBudget::from_object(p).and_then(|p| selector_of(p).ok()).is_some_and(|s| s.matches(pod.meta().labels.as_ref())))
            .collect();
        let Some(first) = matching.first() else { return };
        if matching.len() > 1 && !matches!(d, Delta::Deleted(_)) {
            let msg = format!("Pod {:?}/{:?} matches multiple PodDisruptionBudgets.  Chose {:?} arbitrarily.", pod.namespace(), pod.name(), first.name());
            self.multiple.push((pod.clone(), msg));
        }
        self.queue.add(&key_of(first));
    }

    pub fn next_wakeup(&self, now: SimTime) -> Option<SimTime> {
        self.queue.next_ready(now)
    }

    pub fn process(&mut self, ctx: &mut Ctx, l: &Listers) {
        for (pod, msg) in std::mem::take(&mut self.multiple) {
            self.recorder.event(ctx, &pod, WARNING, "MultiplePodDisruptionBudgets", &msg);
        }
        while let Some(key) = self.queue.pop(ctx.now) {
            let Some(pdb) = l.pdbs.get(&key).and_then(|o| PodDisruptionBudget::from_object(o)).cloned() else { continue };
            let result = match self.try_sync(ctx, &pdb, l) {
                Err(SyncError::Failed(e)) => {
                    ctx.trace(format!("failed to sync PDB {}: {}", key, e));
                    self.fail_safe(ctx, &pdb, &e)
                }
                other => other,
            };
            match result {
                Ok(()) => self.queue.forget(&key),
                Err(SyncError::Conflict(e)) | Err(SyncError::Failed(e)) => {
                    ctx.trace(format!("error syncing PodDisruptionBudget {}, requeuing: {}", key, e));
                    let at = self.queue.add_rate_limited(&key, ctx.now);
                    ctx.wake_at(at);
                }
            }
        }
    }

    fn try_sync(&mut self, ctx: &mut Ctx, pdb: &PodDisruptionBudget, l: &Listers) -> Result<(), SyncError> {
        let obj = pdb.clone().into_object();
        let ns = pdb.metadata.namespace.clone().unwrap_or_default();
        let sel = match selector_of(pdb) {
            Ok(s) => s,
            Err(e) => {
                self.recorder.event(ctx, &obj, WARNING, "NoPods", &format!("Failed to get pods: {}", e));
                return Err(SyncError::Failed(e));
            }
        };
        let pods: Vec<&Pod> = l.pods.in_namespace(&ns).filter(|p| sel.matches(p.meta().labels.as_ref())).filter_map(|p| Pod::from_object(p)).collect();
        if pods.is_empty() {
            self.recorder.event(ctx, &obj, NORMAL, "NoPods", "No matching pods found");
        }
        let (expected, desired, unmanaged) = match expected_pod_count(ctx, pdb, &pods, l) {
            Ok(v) => v,
            Err(e) => {
                self.recorder.event(ctx, &obj, WARNING, "CalculateExpectedPodCountFailed", &format!("Failed to calculate the number of expected pods: {}", e));
                return Err(SyncError::Failed(e));
            }
        };
        if !unmanaged.is_empty() {
            let sel = go_label_selector(pdb.spec.as_ref().and_then(|s| s.selector.as_ref()));
            let msg = format!("Pods selected by this PodDisruptionBudget (selector: {}) were found to be unmanaged. As a result, the status of the PDB cannot be calculated correctly, which may result in undefined behavior. To account for these pods please set \".spec.minAvailable\" field of the PDB to an integer value.", sel);
            self.recorder.event(ctx, &obj, WARNING, "UnmanagedPods", &msg);
        }
        let (disrupted, recheck) = self.disrupted_pod_map(ctx, &pods, pdb);
        let healthy = count_healthy(ctx, &pods, &disrupted);
        self.update_status(ctx, pdb, healthy, desired, expected, disrupted)?;
        if let Some(at) = recheck {
            self.queue.add_after(&key_of(&obj), at);
            ctx.wake_at(at);
        }
        Ok(())
    }

    /// `buildDisruptedPodMap`: evicted pods not yet marked for deletion stay recorded until
    /// `DeletionTimeout`; the earliest expiry is when to look again.
    fn disrupted_pod_map(&mut self, ctx: &mut Ctx, pods: &[&Pod], pdb: &PodDisruptionBudget) -> (BTreeMap<String, Time>, Option<SimTime>) {
        let mut out = BTreeMap::new();
        let mut recheck: Option<SimTime> = None;
        let Some(old) = pdb.status.as_ref().and_then(|s| s.disrupted_pods.as_ref()) else { return (out, None) };
        let epoch = ctx.api.epoch();
        let pdb_ns = pdb.metadata.namespace.clone().unwrap_or_default();
        for pod in pods {
            if pod.metadata.deletion_timestamp.is_some() {
                continue;
            }
            let name = pod.metadata.name.clone().unwrap_or_default();
            let Some(t) = old.get(&name) else { continue };
            let expected = epoch.sim_time(&t.0) + DELETION_TIMEOUT;
            if expected < ctx.now {
                // Upstream names the budget's namespace twice.
                let msg = format!("Pod was expected by PDB {}/{} to be deleted but it wasn't", pdb_ns, pdb_ns);
                let obj = (*pod).clone().into_object();
                self.recorder.event(ctx, &obj, WARNING, "NotDeleted", &msg);
            } else {
                recheck = Some(recheck.map_or(expected, |r| r.min(expected)));
                out.insert(name, t.clone());
            }
        }
        (out, recheck)
    }

    /// `updatePdbStatus`: written only when something changed.
    fn update_status(&mut self, ctx: &mut Ctx, pdb: &PodDisruptionBudget, healthy: i32, desired: i32, expected: i32, disrupted: BTreeMap<String, Time>) -> Result<(), SyncError> {
        let mut allowed = healthy - desired;
        if expected <= 0 || allowed <= 0 {
            allowed = 0;
        }
        let generation = pdb.metadata.generation;
        let st = pdb.status.clone().unwrap_or_default();
        let old_disrupted = st.disrupted_pods.clone().unwrap_or_default();
        if st.current_healthy == healthy
            && st.desired_healthy == desired
            && st.expected_pods == expected
            && st.disruptions_allowed == allowed
            && old_disrupted == disrupted
            && st.observed_generation == generation
            && conditions_up_to_date(pdb)
        {
            return Ok(());
        }
        let mut new = pdb.clone();
        new.status = Some(crate::api::policy::PodDisruptionBudgetStatus {
            current_healthy: healthy,
            desired_healthy: desired,
            expected_pods: expected,
            disruptions_allowed: allowed,
            disrupted_pods: if disrupted.is_empty() { None } else { Some(disrupted) },
            observed_generation: generation,
            conditions: st.conditions,
        });
        let now = ctx.api.epoch().time(ctx.now);
        update_disruption_allowed_condition(&mut new, &now);
        self.write(ctx, new)
    }

    /// `failSafe`: no disruptions allowed, and the condition says why.
    fn fail_safe(&mut self, ctx: &mut Ctx, pdb: &PodDisruptionBudget, err: &str) -> Result<(), SyncError> {
        let mut new = pdb.clone();
        let now = ctx.api.epoch().time(ctx.now);
        let st = new.status.get_or_insert_with(Default::default);
        st.disruptions_allowed = 0;
        let observed = st.observed_generation;
        set_condition(st.conditions.get_or_insert_with(Vec::new), "False", SYNC_FAILED, err, observed, &now);
        self.write(ctx, new)
    }

    fn write(&mut self, ctx: &mut Ctx, pdb: PodDisruptionBudget) -> Result<(), SyncError> {
        let name = key_of(&pdb.clone().into_object());
        match ctx.update_status(pdb.into_object()) {
            Ok(_) => {
                ctx.trace(format!("PDB {} status updated", name));
                Ok(())
            }
            Err(e) if e.is_conflict() => Err(SyncError::Conflict(e.message)),
            Err(e) => Err(SyncError::Failed(e.message)),
        }
    }
}

/// `pdbhelper.ConditionsAreUpToDate`.
fn conditions_up_to_date(pdb: &PodDisruptionBudget) -> bool {
    let Some(st) = pdb.status.as_ref() else { return false };
    let Some(c) = st.conditions.iter().flatten().find(|c| c.type_ == DISRUPTION_ALLOWED) else { return false };
    if st.observed_generation != pdb.metadata.generation {
        return false;
    }
    if st.disruptions_allowed > 0 {
        c.status == "True" && c.reason == SUFFICIENT_PODS
    } else {
        c.status == "False" && c.reason == INSUFFICIENT_PODS
    }
}

/// `countHealthyPods`: ready pods that are neither terminating nor just evicted.
fn count_healthy(ctx: &Ctx, pods: &[&Pod], disrupted: &BTreeMap<String, Time>) -> i32 {
    let epoch = ctx.api.epoch();
    pods.iter()
        .filter(|p| p.metadata.deletion_timestamp.is_none())
        .filter(|p| {
            let name = p.metadata.name.as_deref().unwrap_or("");
            !disrupted.get(name).is_some_and(|t| epoch.sim_time(&t.0) + DELETION_TIMEOUT > ctx.now)
        })
        .filter(|p| pod_ready(p))
        .count() as i32
}

/// `getExpectedPodCount`: (expectedPods, desiredHealthy, unmanaged pod names).
fn expected_pod_count(ctx: &Ctx, pdb: &PodDisruptionBudget, pods: &[&Pod], l: &Listers) -> Result<(i32, i32, Vec<String>), String> {
    let spec = pdb.spec.clone().unwrap_or_default();
    if let Some(max) = &spec.max_unavailable {
        let (expected, unmanaged) = expected_scale(ctx, pods, l)?;
        let max = scaled_value(max, expected)?;
        return Ok((expected, (expected - max).max(0), unmanaged));
    }
    match &spec.min_available {
        Some(IntOrString::Int(n)) => Ok((pods.len() as i32, *n, Vec::new())),
        Some(min) => {
            let (expected, unmanaged) = expected_scale(ctx, pods, l)?;
            Ok((expected, scaled_value(min, expected)?, unmanaged))
        }
        None => Ok((0, 0, Vec::new())),
    }
}

/// `getExpectedScale`: the sum of the scales of the pods' controllers.
fn expected_scale(ctx: &Ctx, pods: &[&Pod], l: &Listers) -> Result<(i32, Vec<String>), String> {
    let mut scales: BTreeMap<String, i32> = BTreeMap::new();
    let mut unmanaged = Vec::new();
    for pod in pods {
        let Some(r) = controller_of(&pod.metadata) else {
            unmanaged.push(pod.metadata.name.clone().unwrap_or_default());
            continue;
        };
        if scales.contains_key(&r.uid) {
            continue;
        }
        let ns = pod.metadata.namespace.as_deref().unwrap_or("");
        match find_controller(ctx, r, ns, l)? {
            Some((uid, n)) => {
                scales.insert(uid, n);
            }
            None => return Err(format!("found no controllers for pod {:?}", pod.metadata.name.as_deref().unwrap_or(""))),
        }
    }
    Ok((scales.values().sum(), unmanaged))
}

/// The finders, in upstream's order: ReplicationController, Deployment (through its
/// ReplicaSet), ReplicaSet, StatefulSet, then any kind with a `/scale` subresource.
fn find_controller(ctx: &Ctx, r: &OwnerReference, ns: &str, l: &Listers) -> Result<Option<(String, i32)>, String> {
    let key = format!("{}/{}", ns, r.name);
    let same = |o: &&ObjectRef| o.uid() == r.uid;
    if is_kind(r, "ReplicationController", &[""]) {
        if let Some(rc) = l.rcs.get(&key).filter(same) {
            return Ok(Some((rc.uid().to_string(), replicas_of(rc))));
        }
    }
    if is_kind(r, "ReplicaSet", &["apps", "extensions"]) {
        if let Some(rs) = l.rss.get(&key).filter(same) {
            match controller_of(rs.meta()) {
                Some(d) if is_kind(d, "Deployment", &["apps", "extensions"]) => {
                    let dkey = format!("{}/{}", ns, d.name);
                    if let Some(dep) = l.deployments.get(&dkey).filter(|o| o.uid() == d.uid) {
                        return Ok(Some((dep.uid().to_string(), replicas_of(dep))));
                    }
                }
                Some(d) if d.kind == "Deployment" => {}
                _ => return Ok(Some((rs.uid().to_string(), replicas_of(rs)))),
            }
        }
    }
    if is_kind(r, "StatefulSet", &["apps"]) {
        if let Ok(ss) = ctx.get(Kind::StatefulSet, ns, &r.name) {
            if ss.uid() == r.uid {
                return Ok(Some((ss.uid().to_string(), replicas_of(&ss))));
            }
        }
    }
    // getScaleController: the owner's `/scale`.
    let group = group_of(&r.api_version);
    let Some(kind) = Kind::ALL.iter().copied().find(|k| k.info().kind == r.kind && k.info().group == group) else {
        return Err(format!("no matches for kind {:?} in version {:?}", r.kind, r.api_version));
    };
    if !crate::apiserver::scale::scalable(kind) {
        return Err(format!("{} does not implement the scale subresource", kind.info().group_resource()));
    }
    match ctx.get(kind, ns, &r.name) {
        Ok(o) if o.uid() == r.uid => Ok(Some((o.uid().to_string(), replicas_of(&o)))),
        Ok(_) => Ok(None),
        Err(e) if e.is_not_found() => Ok(None),
        Err(e) => Err(e.message),
    }
}
