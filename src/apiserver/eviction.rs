//! The pods `eviction` subresource (`pkg/registry/core/pod/storage/eviction.go`): POST a policy/v1
//! (or v1beta1) `Eviction` to `…/pods/NAME/eviction` and the pod is deleted with the eviction's
//! `deleteOptions` — unless the PodDisruptionBudget that selects it has no disruption left, which
//! answers 429 TooManyRequests. A successful eviction of a counted pod takes one disruption from
//! the budget and records the pod in `status.disruptedPods` until the disruption controller sees
//! it go. Pending, finished and terminating pods are deleted without asking any budget.

use super::errors::{ApiError, ApiResult};
use super::http::Request;
use super::{ApiServer, DeleteOptions};
use crate::api::core::{Pod, PodCondition};
use crate::api::labels::Selector;
use crate::api::policy::PodDisruptionBudget;
use crate::api::{Kind, Object, Typed};
use serde_json::Value;
use crate::json;

/// `MaxDisruptedPodSize`: more unconfirmed evictions than this and the budget refuses.
pub const MAX_DISRUPTED_POD_SIZE: usize = 2000;

pub const DISRUPTION_ALLOWED: &str = "DisruptionAllowed";
pub const SUFFICIENT_PODS: &str = "SufficientPods";
pub const INSUFFICIENT_PODS: &str = "InsufficientPods";
pub const SYNC_FAILED: &str = "SyncFailed";

const VIOLATES: &str = "Cannot evict pod as it would violate the pod's disruption budget.";

/// The 429 Status `NewTooManyRequests` builds, with its `DisruptionBudget` cause.
fn too_many_requests(cause: String, retry_after: i32) -> (u16, Value) {
    let mut details = json!({"causes": [{"reason": "DisruptionBudget", "message": cause}]});
    if retry_after > 0 {
        details["retryAfterSeconds"] = Value::from(retry_after);
    }
    (429, json!({"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Failure", "message": VIOLATES, "reason": "TooManyRequests", "details": details, "code": 429}))
}

/// `createTooManyRequestsError`: the budget's status is older than its spec.
fn still_processing(pdb: &str) -> (u16, Value) {
    too_many_requests(format!("The disruption budget {} is still being processed by the server.", pdb), 10)
}

fn success() -> (u16, Value) {
    (201, json!({"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Success", "code": 201}))
}

fn phase(pod: &Pod) -> &str {
    pod.status.as_ref().and_then(|s| s.phase.as_deref()).unwrap_or("")
}

/// `podutil.IsPodReady`.
pub fn pod_ready(pod: &Pod) -> bool {
    pod.status.as_ref().and_then(|s| s.conditions.as_ref()).is_some_and(|cs| cs.iter().any(|c| c.type_ == "Ready" && c.status == "True"))
}

/// `canIgnorePDB`: finished, pending and terminating pods are deleted without a budget check.
fn can_ignore_pdb(pod: &Pod) -> bool {
    matches!(phase(pod), "Succeeded" | "Failed" | "Pending") || pod.metadata.deletion_timestamp.is_some()
}

/// `shouldEnforceResourceVersion`: everything but finished or terminating pods.
fn should_enforce_resource_version(pod: &Pod) -> bool {
    !matches!(phase(pod), "Succeeded" | "Failed") && pod.metadata.deletion_timestamp.is_none()
}

/// `pdbhelper.UpdateDisruptionAllowedCondition` with `apimeta.SetStatusCondition`'s rules.
pub fn update_disruption_allowed_condition(pdb: &mut PodDisruptionBudget, now: &crate::api::metav1::Time) {
    let status = pdb.status.get_or_insert_with(Default::default);
    let (state, reason) = if status.disruptions_allowed > 0 { ("True", SUFFICIENT_PODS) } else { ("False", INSUFFICIENT_PODS) };
    let observed = status.observed_generation;
    set_condition(status.conditions.get_or_insert_with(Vec::new), state, reason, "", observed, now);
}

/// `apimeta.SetStatusCondition` for the `DisruptionAllowed` condition.
pub fn set_condition(conds: &mut Vec<crate::api::metav1::Condition>, state: &str, reason: &str, message: &str, observed: Option<i64>, now: &crate::api::metav1::Time) {
    match conds.iter_mut().find(|c| c.type_ == DISRUPTION_ALLOWED) {
        None => conds.push(crate::api::metav1::Condition {
            type_: DISRUPTION_ALLOWED.into(),
            status: state.into(),
            reason: reason.into(),
            message: message.into(),
            observed_generation: observed,
            last_transition_time: now.clone(),
        }),
        Some(c) => {
            if c.status != state {
                c.status = state.into();
                c.last_transition_time = now.clone();
            }
            c.reason = reason.into();
            c.message = message.into();
            c.observed_generation = observed;
        }
    }
}

/// The eviction's `deleteOptions` (plus the request's `dryRun`), as the delete will use them.
fn delete_options(eviction: &Value, req: &Request) -> ApiResult<DeleteOptions> {
    let d = &eviction["deleteOptions"];
    let body_dry: Vec<&str> = d["dryRun"].as_array().into_iter().flatten().filter_map(Value::as_str).collect();
    let query_dry: Vec<&str> = req.query_value("dryRun").into_iter().collect();
    if !body_dry.is_empty() && !query_dry.is_empty() && body_dry != query_dry {
        return Err(ApiError::internal(format!("Non-matching dry-run options in request and content: [{}] and [{}]", query_dry.join(" "), body_dry.join(" "))));
    }
    Ok(DeleteOptions {
        grace_period_seconds: d["gracePeriodSeconds"].as_i64(),
        propagation: None,
        precondition_uid: d.pointer("/preconditions/uid").and_then(Value::as_str).map(str::to_string),
        precondition_resource_version: d.pointer("/preconditions/resourceVersion").and_then(Value::as_str).map(str::to_string),
        dry_run: !body_dry.is_empty() || !query_dry.is_empty(),
    })
}

impl ApiServer {
    /// POST `namespaces/NS/pods/NAME/eviction`.
    pub(crate) fn evict(&mut self, req: &Request, ns: &str, name: &str) -> ApiResult<(u16, Value)> {
        let result = self.evict_inner(req, ns, name);
        let code = match &result {
            Ok((c, _)) => *c,
            Err(e) => e.code,
        };
        self.audit(&req.user, "create", Kind::Pod, "eviction", ns, name, code, None);
        result
    }

    fn evict_inner(&mut self, req: &Request, ns: &str, name: &str) -> ApiResult<(u16, Value)> {
        let body = super::decode::body_value(req)?;
        let api_version = body["apiVersion"].as_str().unwrap_or("");
        if body["kind"].as_str().unwrap_or("") != "Eviction" || !matches!(api_version, "policy/v1" | "policy/v1beta1") {
            return Err(ApiError::bad_request(format!("not a Eviction object: {}", if api_version.is_empty() { "<none>" } else { api_version })));
        }
        if body["metadata"]["name"].as_str().unwrap_or("") != name {
            return Err(ApiError::bad_request("name in URL does not match name in Eviction object"));
        }
        let opts = delete_options(&body, req)?;
        let obj = self.get(Kind::Pod, ns, name)?;
        let Some(pod) = Pod::from_object(&obj).cloned() else { return Err(ApiError::internal("not a pod")) };
        let rv = obj.meta().resource_version.clone();
        // Finished, pending and terminating pods go without asking any budget.
        if can_ignore_pdb(&pod) {
            let mut o = opts.clone();
            if should_enforce_resource_version(&pod) && o.precondition_resource_version.is_none() {
                o.precondition_resource_version = rv;
            }
            self.add_condition_and_delete(ns, name, &o)?;
            return Ok(success());
        }
        let pdbs = self.pdbs_for(&pod, ns)?;
        if pdbs.len() > 1 {
            return Ok((500, json!({"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Failure",
                "message": "This pod has more than one PodDisruptionBudget, which the eviction subresource does not support.", "code": 500})));
        }
        let mut opts = opts;
        let mut unhealthy_ok = false;
        if let Some(pdb) = pdbs.into_iter().next() {
            let st = pdb.status.clone().unwrap_or_default();
            let always = pdb.spec.as_ref().and_then(|s| s.unhealthy_pod_eviction_policy.as_deref()) == Some("AlwaysAllow");
            if !pod_ready(&pod) && (always || (st.current_healthy >= st.desired_healthy && st.desired_healthy > 0)) {
                // An unready pod does not count: deleting it disrupts nothing.
                unhealthy_ok = true;
            } else if let Some(refused) = self.check_and_decrement(&pdb, name, opts.dry_run)? {
                return Ok(refused);
            }
        }
        if unhealthy_ok {
            // The pod must not have become ready since the budget was read.
            let caller_rv = opts.precondition_resource_version.is_some();
            opts.precondition_resource_version = rv;
            if let Err(e) = self.add_condition_and_delete(ns, name, &opts) {
                if e.is_conflict() && !caller_rv {
                    let pdb = self.pdbs_for(&pod, ns)?.into_iter().next().and_then(|p| p.metadata.name).unwrap_or_default();
                    return Ok(still_processing(&pdb));
                }
                return Err(e);
            }
            return Ok(success());
        }
        self.add_condition_and_delete(ns, name, &opts)?;
        Ok(success())
    }

    /// The budgets in the pod's namespace whose selector matches it (an empty selector matches
    /// every pod, a missing one none).
    fn pdbs_for(&self, pod: &Pod, ns: &str) -> ApiResult<Vec<PodDisruptionBudget>> {
        let list = self.list(Kind::PodDisruptionBudget, Some(ns), &Selector::everything(), &Default::default())?;
        Ok(list
            .items
            .iter()
            .filter_map(|o| PodDisruptionBudget::from_object(o))
            .filter(|p| {
                let Some(ls) = p.spec.as_ref().and_then(|s| s.selector.as_ref()) else { return false };
                Selector::from_label_selector(ls).is_ok_and(|s| s.matches(pod.metadata.labels.as_ref()))
            })
            .cloned()
            .collect())
    }

    /// `checkAndDecrement`: Ok(Some(refusal)) when the budget says no, Ok(None) once one
    /// disruption has been taken (and the pod recorded) — nothing is written in a dry run.
    fn check_and_decrement(&mut self, pdb: &PodDisruptionBudget, pod: &str, dry_run: bool) -> ApiResult<Option<(u16, Value)>> {
        let name = pdb.metadata.name.clone().unwrap_or_default();
        let st = pdb.status.clone().unwrap_or_default();
        if st.observed_generation.unwrap_or(0) < pdb.metadata.generation.unwrap_or(0) {
            return Ok(Some(still_processing(&name)));
        }
        let forbidden = |why: &str| ApiError {
            code: 403,
            reason: "Forbidden",
            message: format!("poddisruptionbudget.policy {:?} is forbidden: {}", name, why),
            details: Some(Box::new(super::errors::Details { name: name.clone(), group: "policy".into(), kind: "poddisruptionbudget".into(), ..Default::default() })),
        };
        if st.disruptions_allowed < 0 {
            return Err(forbidden("pdb disruptions allowed is negative"));
        }
        if st.disrupted_pods.as_ref().map_or(0, |m| m.len()) > MAX_DISRUPTED_POD_SIZE {
            return Err(forbidden("DisruptedPods map too big - too many evictions not confirmed by PDB controller"));
        }
        if st.disruptions_allowed == 0 {
            let cause = format!("The disruption budget {} needs {} healthy pods and has {} currently", name, st.desired_healthy, st.current_healthy);
            return Ok(Some(too_many_requests(cause, 0)));
        }
        if dry_run {
            return Ok(None);
        }
        let now = self.epoch.time(self.now);
        let mut updated = pdb.clone();
        {
            let s = updated.status.get_or_insert_with(Default::default);
            s.disruptions_allowed -= 1;
        }
        if updated.status.as_ref().is_some_and(|s| s.disruptions_allowed == 0) {
            update_disruption_allowed_condition(&mut updated, &now);
        }
        updated.status.get_or_insert_with(Default::default).disrupted_pods.get_or_insert_with(Default::default).insert(pod.to_string(), now);
        let ns = updated.metadata.namespace.clone().unwrap_or_default();
        self.set_writer("system:apiserver", "status");
        match self.update_inner(Kind::PodDisruptionBudget, &ns, &name, updated.into_object(), true) {
            Ok(_) => Ok(None),
            // Another writer got there first (the disruption controller): the client retries.
            Err(e) if e.is_conflict() => Ok(Some(still_processing(&name))),
            Err(e) => Err(e),
        }
    }

    /// `addConditionAndDeletePod`: the pod gets the `DisruptionTarget` condition through its
    /// status, then is deleted with the eviction's options.
    fn add_condition_and_delete(&mut self, ns: &str, name: &str, opts: &DeleteOptions) -> ApiResult<()> {
        let mut opts = opts.clone();
        if !opts.dry_run {
            let current = self.get(Kind::Pod, ns, name)?;
            if let Some(uid) = opts.precondition_uid.as_deref().filter(|u| !u.is_empty() && *u != current.uid()) {
                return Err(ApiError::conflict(
                    Kind::Pod.info(),
                    name,
                    &format!("the UID in the precondition ({}) does not match the UID in record ({}). The object might have been deleted and then recreated", uid, current.uid()),
                ));
            }
            let have_rv = current.meta().resource_version.clone().unwrap_or_default();
            if let Some(rv) = opts.precondition_resource_version.as_deref().filter(|rv| !rv.is_empty() && *rv != have_rv) {
                return Err(ApiError::conflict(
                    Kind::Pod.info(),
                    name,
                    &format!("the ResourceVersion in the precondition ({}) does not match the ResourceVersion in record ({}). The object might have been modified", rv, have_rv),
                ));
            }
            let Some(mut pod) = Pod::from_object(&current).cloned() else { return Err(ApiError::internal("not a pod")) };
            let now = self.epoch.time(self.now);
            let conds = pod.status.get_or_insert_with(Default::default).conditions.get_or_insert_with(Vec::new);
            let wanted = PodCondition {
                type_: "DisruptionTarget".into(),
                status: "True".into(),
                reason: Some("EvictionByEvictionAPI".into()),
                message: Some("Eviction API: evicting".into()),
                last_transition_time: Some(now),
                ..Default::default()
            };
            let changed = match conds.iter_mut().find(|c| c.type_ == wanted.type_) {
                None => {
                    conds.push(wanted);
                    true
                }
                Some(c) => {
                    let same = c.status == wanted.status && c.reason == wanted.reason && c.message == wanted.message;
                    if c.status != wanted.status {
                        c.last_transition_time = wanted.last_transition_time.clone();
                    }
                    c.status = wanted.status.clone();
                    c.reason = wanted.reason.clone();
                    c.message = wanted.message.clone();
                    !same
                }
            };
            if changed {
                self.set_writer("system:apiserver", "status");
                let updated = self.update_inner(Kind::Pod, ns, name, Object::Pod(Box::new(pod)), true)?;
                if opts.precondition_resource_version.is_some() {
                    opts.precondition_resource_version = updated.meta().resource_version.clone();
                }
            }
        }
        self.delete_inner(Kind::Pod, ns, name, &opts)?;
        Ok(())
    }
}
