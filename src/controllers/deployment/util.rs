//! The deployment controller's helpers (`pkg/controller/deployment/util`): revisions and
//! annotations, the pod-template hash, maxSurge / maxUnavailable, conditions, status and the
//! proportions used when a deployment is resized mid-rollout. Pure functions of the objects.

use crate::api::apps::{Deployment, DeploymentCondition, DeploymentStatus, ReplicaSet};
use crate::api::core::PodTemplateSpec;
use crate::api::metav1::{ObjectMeta, OwnerReference};
use crate::client::Ctx;
use k8s_openapi::apimachinery::pkg::util::intstr::IntOrString;
use std::time::Duration;

pub const REVISION: &str = "deployment.kubernetes.io/revision";
pub const REVISION_HISTORY: &str = "deployment.kubernetes.io/revision-history";
pub const DESIRED_REPLICAS: &str = "deployment.kubernetes.io/desired-replicas";
pub const MAX_REPLICAS: &str = "deployment.kubernetes.io/max-replicas";
pub const HASH_LABEL: &str = "pod-template-hash";
const LAST_APPLIED: &str = "kubectl.kubernetes.io/last-applied-configuration";
/// The longest revision-history annotation kept (`maxRevHistoryLengthInChars`).
pub const MAX_REV_HISTORY_CHARS: usize = 2000;

pub fn skip_copy(k: &str) -> bool {
    matches!(k, LAST_APPLIED | REVISION | REVISION_HISTORY | DESIRED_REPLICAS | MAX_REPLICAS | "deprecated.deployment.rollback.to")
}

/// `rand.SafeEncodeString`: each byte mapped onto the alphabet without vowels or look-alikes.
pub fn safe_encode(s: &str) -> String {
    const ALPHANUMS: &[u8] = b"bcdfghjklmnpqrstvwxz2456789";
    s.bytes().map(|b| ALPHANUMS[b as usize % ALPHANUMS.len()] as char).collect()
}

/// `controller.ComputeHash`: FNV-32a over the template (and the collision count), printed in
/// decimal and safe-encoded, e.g. `7c5ddbdf54`. Upstream hashes a Go dump of the struct; this
/// hashes its JSON, so the values differ from a real cluster's while behaving the same way.
pub fn compute_hash(template: &PodTemplateSpec, collision_count: Option<i32>) -> String {
    let mut h: u32 = 0x811c9dc5;
    let mut feed = |bytes: &[u8]| {
        for b in bytes {
            h ^= *b as u32;
            h = h.wrapping_mul(0x01000193);
        }
    };
    // Through a Value: the page already has every type's serializer into Value, not into text.
    feed(crate::api::json_value(template).to_string().as_bytes());
    if let Some(c) = collision_count {
        let mut bytes = [0u8; 8];
        bytes[..4].copy_from_slice(&(c as u32).to_le_bytes());
        feed(&bytes);
    }
    safe_encode(&h.to_string())
}

/// `EqualIgnoreHash`: templates equal once the pod-template-hash label is ignored. Compared as
/// JSON (as the apiserver compares objects), not with a deep `PartialEq` of the pod template.
pub fn equal_ignore_hash(a: &PodTemplateSpec, b: &PodTemplateSpec) -> bool {
    let strip = |t: &PodTemplateSpec| {
        let mut v = crate::api::json_value(t);
        if let Some(m) = v.get_mut("metadata").and_then(|m| m.as_object_mut()) {
            if let Some(l) = m.get_mut("labels").and_then(|l| l.as_object_mut()) {
                l.remove(HASH_LABEL);
                if l.is_empty() {
                    m.remove("labels");
                }
            }
        }
        v
    };
    strip(a) == strip(b)
}

/// `GetScaledValueFromIntOrPercent`.
pub fn scaled_value(v: Option<&IntOrString>, total: i32, round_up: bool) -> i32 {
    match v {
        None => 0,
        Some(IntOrString::Int(i)) => *i,
        Some(IntOrString::String(s)) => {
            let p: i64 = s.trim_end_matches('%').parse().unwrap_or(0);
            let x = p * total as i64;
            (if round_up { (x + 99).div_euclid(100) } else { x.div_euclid(100) }) as i32
        }
    }
}

pub fn replicas(d: &Deployment) -> i32 {
    d.spec.as_ref().and_then(|s| s.replicas).unwrap_or(1)
}

pub fn rs_replicas(rs: &ReplicaSet) -> i32 {
    rs.spec.as_ref().and_then(|s| s.replicas).unwrap_or(1)
}

pub fn set_rs_replicas(rs: &mut ReplicaSet, n: i32) {
    rs.spec.get_or_insert_with(Default::default).replicas = Some(n);
}

pub fn rs_status(rs: &ReplicaSet) -> (i32, i32, i32) {
    let s = rs.status.as_ref();
    (s.map_or(0, |s| s.replicas), s.and_then(|s| s.ready_replicas).unwrap_or(0), s.and_then(|s| s.available_replicas).unwrap_or(0))
}

pub fn is_rolling(d: &Deployment) -> bool {
    d.spec.as_ref().and_then(|s| s.strategy.as_ref()).and_then(|s| s.type_.as_deref()).unwrap_or("RollingUpdate") == "RollingUpdate"
}

/// `ResolveFenceposts`: (maxSurge rounded up, maxUnavailable rounded down; never both zero).
pub fn fenceposts(d: &Deployment) -> (i32, i32) {
    let ru = d.spec.as_ref().and_then(|s| s.strategy.as_ref()).and_then(|s| s.rolling_update.as_ref());
    let desired = replicas(d);
    let surge = scaled_value(ru.and_then(|r| r.max_surge.as_ref()), desired, true);
    let mut unavailable = scaled_value(ru.and_then(|r| r.max_unavailable.as_ref()), desired, false);
    if surge == 0 && unavailable == 0 {
        unavailable = 1;
    }
    (surge, unavailable)
}

pub fn max_surge(d: &Deployment) -> i32 {
    if !is_rolling(d) {
        return 0;
    }
    fenceposts(d).0
}

pub fn max_unavailable(d: &Deployment) -> i32 {
    if !is_rolling(d) || replicas(d) == 0 {
        return 0;
    }
    fenceposts(d).1.min(replicas(d))
}

pub fn annotation<'a>(meta: &'a ObjectMeta, k: &str) -> Option<&'a str> {
    meta.annotations.as_ref().and_then(|a| a.get(k)).map(String::as_str)
}

pub fn revision(rs: &ReplicaSet) -> i64 {
    annotation(&rs.metadata, REVISION).and_then(|v| v.parse().ok()).unwrap_or(0)
}

pub fn created(rs: &ReplicaSet) -> (i64, String) {
    (rs.metadata.creation_timestamp.as_ref().map(|t| t.0.as_second()).unwrap_or(0), rs.metadata.name.clone().unwrap_or_default())
}

/// `SetReplicasAnnotations`: true when something changed.
pub fn set_replicas_annotations(rs: &mut ReplicaSet, desired: i32, max: i32) -> bool {
    let a = rs.metadata.annotations.get_or_insert_with(Default::default);
    let (d, m) = (desired.to_string(), max.to_string());
    let mut changed = false;
    if a.get(DESIRED_REPLICAS) != Some(&d) {
        a.insert(DESIRED_REPLICAS.into(), d);
        changed = true;
    }
    if a.get(MAX_REPLICAS) != Some(&m) {
        a.insert(MAX_REPLICAS.into(), m);
        changed = true;
    }
    changed
}

pub fn has_progress_deadline(d: &Deployment) -> bool {
    d.spec.as_ref().and_then(|s| s.progress_deadline_seconds).is_some_and(|p| p != i32::MAX)
}

pub fn get_condition<'a>(s: &'a DeploymentStatus, t: &str) -> Option<&'a DeploymentCondition> {
    s.conditions.as_ref().and_then(|cs| cs.iter().find(|c| c.type_ == t))
}

pub fn remove_condition(s: &mut DeploymentStatus, t: &str) {
    if let Some(cs) = s.conditions.as_mut() {
        cs.retain(|c| c.type_ != t);
        if cs.is_empty() {
            s.conditions = None;
        }
    }
}

/// `SetDeploymentCondition`: unchanged status and reason keep the old condition; unchanged status
/// keeps its lastTransitionTime; the condition moves to the end.
pub fn set_condition(s: &mut DeploymentStatus, mut c: DeploymentCondition) {
    if let Some(cur) = get_condition(s, &c.type_) {
        if cur.status == c.status && cur.reason == c.reason {
            return;
        }
        if cur.status == c.status {
            c.last_transition_time = cur.last_transition_time.clone();
        }
    }
    remove_condition(s, &c.type_);
    s.conditions.get_or_insert_with(Vec::new).push(c);
}

/// `DeploymentComplete`.
pub fn complete(d: &Deployment, s: &DeploymentStatus) -> bool {
    let want = replicas(d);
    s.updated_replicas.unwrap_or(0) == want
        && s.replicas.unwrap_or(0) == want
        && s.available_replicas.unwrap_or(0) == want
        && s.observed_generation.unwrap_or(0) >= d.metadata.generation.unwrap_or(0)
}

/// `DeploymentProgressing`.
pub fn progressing(d: &Deployment, new: &DeploymentStatus) -> bool {
    let old = d.status.clone().unwrap_or_default();
    let v = |x: Option<i32>| x.unwrap_or(0);
    let old_old = v(old.replicas) - v(old.updated_replicas);
    let new_old = v(new.replicas) - v(new.updated_replicas);
    v(new.updated_replicas) > v(old.updated_replicas) || new_old < old_old || v(new.ready_replicas) > v(old.ready_replicas) || v(new.available_replicas) > v(old.available_replicas)
}

pub fn is_active(rs: &ReplicaSet) -> bool {
    rs_replicas(rs) > 0
}

/// `DeploymentTimedOut`.
pub fn timed_out(d: &Deployment, s: &DeploymentStatus, ctx: &Ctx) -> bool {
    let Some(c) = get_condition(s, "Progressing") else { return false };
    match c.reason.as_deref() {
        Some("NewReplicaSetAvailable") => return false,
        Some("ProgressDeadlineExceeded") => return true,
        _ => {}
    }
    let deadline = d.spec.as_ref().and_then(|s| s.progress_deadline_seconds).unwrap_or(600).max(0) as u64;
    let from = c.last_update_time.as_ref().map(|t| ctx.api.epoch().sim_time(&t.0)).unwrap_or(ctx.now);
    from + Duration::from_secs(deadline) < ctx.now
}

pub fn set_deployment_revision(d: &mut Deployment, rev: &str) -> bool {
    let a = d.metadata.annotations.get_or_insert_with(Default::default);
    if a.get(REVISION).map(String::as_str) == Some(rev) {
        return false;
    }
    a.insert(REVISION.into(), rev.to_string());
    true
}

pub fn owner_ref(d: &Deployment) -> OwnerReference {
    crate::api::meta::controller_ref("apps/v1", "Deployment", &d.metadata)
}

/// `NewRSNewReplicas`: how far the new ReplicaSet may grow now.
pub fn new_rs_new_replicas(d: &Deployment, all: &[ReplicaSet], new: &ReplicaSet) -> i32 {
    let want = replicas(d);
    if !is_rolling(d) {
        return want;
    }
    let surge = scaled_value(d.spec.as_ref().and_then(|s| s.strategy.as_ref()).and_then(|s| s.rolling_update.as_ref()).and_then(|r| r.max_surge.as_ref()), want, true);
    let current: i32 = all.iter().map(rs_replicas).sum();
    let max_total = want + surge;
    if current >= max_total {
        return rs_replicas(new);
    }
    let up = (max_total - current).min(want - rs_replicas(new));
    rs_replicas(new) + up
}

/// `GetReplicaSetProportion`.
pub fn proportion(rs: &ReplicaSet, d: &Deployment, to_add: i32, added: i32) -> i32 {
    if rs_replicas(rs) == 0 || to_add == 0 || to_add == added {
        return 0;
    }
    let fraction = {
        let want = replicas(d);
        if want == 0 {
            -rs_replicas(rs)
        } else {
            let max = want + max_surge(d);
            let before = annotation(&rs.metadata, MAX_REPLICAS).and_then(|v| v.parse::<i32>().ok()).filter(|v| *v != 0).or_else(|| d.status.as_ref().and_then(|s| s.replicas).filter(|r| *r != 0));
            match before {
                None => 0,
                Some(b) => ((rs_replicas(rs) as f64 * max as f64) / b as f64).round() as i32 - rs_replicas(rs),
            }
        }
    };
    let allowed = to_add - added;
    if to_add > 0 {
        fraction.min(allowed)
    } else {
        fraction.max(allowed)
    }
}

/// `calculateStatus`.
pub fn calculate_status(all: &[ReplicaSet], new: Option<&ReplicaSet>, d: &Deployment, avail_true: DeploymentCondition, avail_false: DeploymentCondition) -> DeploymentStatus {
    let available: i32 = all.iter().map(|r| rs_status(r).2).sum();
    let total: i32 = all.iter().map(rs_replicas).sum();
    let unavailable = (total - available).max(0);
    let nz = |v: i32| if v == 0 { None } else { Some(v) };
    let old = d.status.clone().unwrap_or_default();
    let mut status = DeploymentStatus {
        observed_generation: d.metadata.generation,
        replicas: nz(all.iter().map(|r| rs_status(r).0).sum()),
        updated_replicas: nz(new.map_or(0, |n| rs_status(n).0)),
        ready_replicas: nz(all.iter().map(|r| rs_status(r).1).sum()),
        available_replicas: nz(available),
        unavailable_replicas: nz(unavailable),
        collision_count: old.collision_count,
        conditions: old.conditions.clone(),
        terminating_replicas: None,
    };
    if available >= replicas(d) - max_unavailable(d) {
        set_condition(&mut status, avail_true);
    } else {
        set_condition(&mut status, avail_false);
    }
    status
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_look_like_upstream_and_fenceposts_round() {
        let h = compute_hash(&PodTemplateSpec::default(), None);
        assert!(h.len() >= 8 && h.len() <= 10 && h.bytes().all(|b| b"456789bcdf".contains(&b)), "{}", h);
        assert_ne!(h, compute_hash(&PodTemplateSpec::default(), Some(1)));
        assert_eq!(scaled_value(Some(&IntOrString::String("25%".into())), 4, true), 1);
        assert_eq!(scaled_value(Some(&IntOrString::String("25%".into())), 3, true), 1);
        assert_eq!(scaled_value(Some(&IntOrString::String("25%".into())), 3, false), 0);
        assert_eq!(scaled_value(Some(&IntOrString::String("25%".into())), 10, false), 2);
    }
}
