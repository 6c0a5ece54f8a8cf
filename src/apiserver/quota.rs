//! Resource quota: the evaluators (`pkg/quota/v1/evaluator/core`: what an object uses, which
//! quota resource names it is charged under, which scopes it matches) and the ResourceQuota
//! admission plugin (`CheckRequest`): a create that would push a quota's `status.used` past its
//! `status.hard` is forbidden with upstream's words; an admitted one is charged at once. The
//! resource quota controller (`controllers::resourcequota`) recomputes usage from scratch.

use crate::api::order::Collect;
use super::errors::{ApiError, ApiResult};
use super::limitranger::pod_totals;
use super::ApiServer;
use crate::api::core::{Pod, ResourceQuota, ScopedResourceSelectorRequirement};
use crate::api::quantity::Qty;
use crate::api::{Kind, Object, Typed};
use crate::store::{Compare, Op};
use k8s_openapi::apimachinery::pkg::api::resource::Quantity;
use std::collections::BTreeMap;
use std::sync::Arc;

pub type Usage = BTreeMap<String, Qty>;

/// The object-count name for a kind: `count/pods`, `count/deployments.apps`.
pub fn count_name(kind: Kind) -> String {
    format!("count/{}", kind.info().group_resource())
}

/// The legacy object-count names some kinds also answer to.
fn legacy_name(kind: Kind) -> Option<&'static str> {
    Some(match kind {
        Kind::Pod => "pods",
        Kind::Service => "services",
        Kind::ConfigMap => "configmaps",
        Kind::Secret => "secrets",
        Kind::ReplicationController => "replicationcontrollers",
        Kind::ResourceQuota => "resourcequotas",
        Kind::PersistentVolumeClaim => "persistentvolumeclaims",
        _ => return None,
    })
}

const POD_COMPUTE: &[&str] = &[
    "cpu",
    "memory",
    "ephemeral-storage",
    "requests.cpu",
    "requests.memory",
    "requests.ephemeral-storage",
    "limits.cpu",
    "limits.memory",
    "limits.ephemeral-storage",
];

/// Whether a quota resource name is charged by objects of `kind` (`MatchingResources`).
pub fn matches_resource(kind: Kind, name: &str) -> bool {
    if name == count_name(kind) || Some(name) == legacy_name(kind) {
        return true;
    }
    match kind {
        Kind::Pod => POD_COMPUTE.contains(&name) || name.starts_with("requests.hugepages-") || (name.starts_with("requests.") && name.contains('/')),
        Kind::Service => name == "services.loadbalancers" || name == "services.nodeports",
        Kind::PersistentVolumeClaim => {
            name == "requests.storage"
                || name.ends_with(".storageclass.storage.k8s.io/requests.storage")
                || name.ends_with(".storageclass.storage.k8s.io/persistentvolumeclaims")
        }
        _ => false,
    }
}

/// `QuotaV1Pod`: pods that reached a terminal phase no longer use compute resources.
fn pod_counts(pod: &Pod) -> bool {
    !matches!(pod.status.as_ref().and_then(|s| s.phase.as_deref()), Some("Succeeded") | Some("Failed"))
}

fn one() -> Qty {
    Qty { milli: 1000, format: crate::api::quantity::Format::DecimalSI }
}

fn add(u: &mut Usage, name: &str, q: Qty) {
    let e = u.entry(name.to_string()).or_insert(Qty::ZERO);
    *e = e.add(q);
}

/// What one object uses (`Usage`).
pub fn usage(obj: &Object) -> Usage {
    let kind = obj.kind();
    let mut u = Usage::new();
    add(&mut u, &count_name(kind), one());
    match obj {
        Object::Pod(pod) => {
            if !pod_counts(pod) {
                return u;
            }
            add(&mut u, "pods", one());
            let requests = pod_totals(pod, false);
            let limits = pod_totals(pod, true);
            for (name, q) in &requests {
                let Some(q) = Qty::parse(&q.0) else { continue };
                if matches!(name.as_str(), "cpu" | "memory" | "ephemeral-storage") {
                    add(&mut u, name, q);
                }
                add(&mut u, &format!("requests.{}", name), q);
            }
            for (name, q) in &limits {
                let Some(q) = Qty::parse(&q.0) else { continue };
                if matches!(name.as_str(), "cpu" | "memory" | "ephemeral-storage") {
                    add(&mut u, &format!("limits.{}", name), q);
                }
            }
        }
        Object::Service(svc) => {
            add(&mut u, "services", one());
            let spec = svc.spec.as_ref();
            let ty = spec.and_then(|s| s.type_.as_deref()).unwrap_or("ClusterIP");
            let ports = spec.and_then(|s| s.ports.as_ref()).map_or(0, |p| p.len()) as i128;
            if ty == "LoadBalancer" {
                add(&mut u, "services.loadbalancers", one());
            }
            if ty == "LoadBalancer" || ty == "NodePort" {
                add(&mut u, "services.nodeports", Qty { milli: ports * 1000, format: crate::api::quantity::Format::DecimalSI });
            }
        }
        Object::PersistentVolumeClaim(pvc) => {
            add(&mut u, "persistentvolumeclaims", one());
            let class = pvc.spec.as_ref().and_then(|s| s.storage_class_name.clone()).unwrap_or_default();
            if !class.is_empty() {
                add(&mut u, &format!("{}.storageclass.storage.k8s.io/persistentvolumeclaims", class), one());
            }
            let storage = pvc.spec.as_ref().and_then(|s| s.resources.as_ref()).and_then(|r| r.requests.as_ref()).and_then(|r| r.get("storage"));
            if let Some(q) = storage.and_then(|q| Qty::parse(&q.0)) {
                add(&mut u, "requests.storage", q);
                if !class.is_empty() {
                    add(&mut u, &format!("{}.storageclass.storage.k8s.io/requests.storage", class), q);
                }
            }
        }
        _ => {
            if let Some(l) = legacy_name(kind) {
                add(&mut u, l, one());
            }
        }
    }
    u
}

/// A quota's scopes as selector requirements (`getScopeSelectorsFromQuota`).
fn scope_selectors(q: &ResourceQuota) -> Vec<ScopedResourceSelectorRequirement> {
    let spec = q.spec.as_ref();
    let mut out: Vec<ScopedResourceSelectorRequirement> = spec
        .and_then(|s| s.scopes.clone())
        .unwrap_or_default()
        .into_iter()
        .map(|s| ScopedResourceSelectorRequirement { scope_name: s, operator: "Exists".into(), values: None })
        .collect();
    out.extend(spec.and_then(|s| s.scope_selector.as_ref()).and_then(|s| s.match_expressions.clone()).unwrap_or_default());
    out
}

/// Whether a pod matches one scope requirement (`podMatchesScopeFunc`); other kinds match none.
fn matches_scope(sel: &ScopedResourceSelectorRequirement, obj: &Object) -> bool {
    let Object::Pod(pod) = obj else { return false };
    let spec = pod.spec.as_ref();
    let terminating = spec.and_then(|s| s.active_deadline_seconds).is_some_and(|d| d >= 0);
    let best_effort = spec.is_some_and(|s| super::registry::pod::qos_class(s) == "BestEffort");
    match sel.scope_name.as_str() {
        "Terminating" => terminating,
        "NotTerminating" => !terminating,
        "BestEffort" => best_effort,
        "NotBestEffort" => !best_effort,
        "PriorityClass" => {
            let class = spec.and_then(|s| s.priority_class_name.clone()).unwrap_or_default();
            let values = sel.values.clone().unwrap_or_default();
            match sel.operator.as_str() {
                "Exists" => !class.is_empty(),
                "DoesNotExist" => class.is_empty(),
                "In" => values.contains(&class),
                "NotIn" => !values.contains(&class),
                _ => false,
            }
        }
        _ => false,
    }
}

/// `Matches`: the quota limits something this kind uses, and the object is in all its scopes.
pub fn quota_matches(hard: &BTreeMap<String, Quantity>, q: &ResourceQuota, obj: &Object) -> bool {
    let kind = obj.kind();
    hard.keys().any(|n| matches_resource(kind, n)) && scope_selectors(q).iter().all(|s| matches_scope(s, obj))
}

/// The pod evaluator's `Constraints`: quotas on cpu or memory require every container to say.
fn constraints(required: &[&str], obj: &Object) -> Result<(), String> {
    let Object::Pod(pod) = obj else { return Ok(()) };
    let validation = ["cpu", "memory", "requests.cpu", "requests.memory", "limits.cpu", "limits.memory"];
    let required: Vec<&str> = required.iter().copied().filter(|r| validation.contains(r)).collect();
    if required.is_empty() {
        return Ok(());
    }
    let mut missing: BTreeMap<&str, std::collections::BTreeSet<String>> = BTreeMap::new();
    let spec = pod.spec.as_ref();
    for c in spec.iter().flat_map(|s| s.containers.iter().chain(s.init_containers.iter().flatten())) {
        let r = c.resources.as_ref();
        let has_req = |n: &str| r.and_then(|r| r.requests.as_ref()).is_some_and(|m| m.contains_key(n));
        let has_lim = |n: &str| r.and_then(|r| r.limits.as_ref()).is_some_and(|m| m.contains_key(n));
        for name in &required {
            let present = match *name {
                "cpu" | "requests.cpu" => has_req("cpu"),
                "memory" | "requests.memory" => has_req("memory"),
                "limits.cpu" => has_lim("cpu"),
                _ => has_lim("memory"),
            };
            if !present {
                missing.entry(name).or_default().insert(c.name.clone());
            }
        }
    }
    if missing.is_empty() {
        return Ok(());
    }
    let parts: Vec<String> = missing.iter().map(|(r, names)| format!("{} for: {}", r, names.iter().cloned().collect::<Vec<_>>().join(","))).collect();
    Err(format!("must specify {}", parts.join("; ")))
}

/// `prettyPrint`: `name=value` pairs sorted by name.
fn pretty(u: &BTreeMap<String, String>) -> String {
    u.iter().map(|(k, v)| format!("{}={}", k, v)).collect::<Vec<_>>().join(",")
}

pub fn parse_list(l: Option<&BTreeMap<String, Quantity>>) -> Usage {
    l.into_iter().flatten().filter_map(|(k, v)| Qty::parse(&v.0).map(|q| (k.clone(), q))).into_map()
}

/// The sum of two usages (`quota.Add`).
pub fn add_usage(a: &Usage, b: &Usage) -> Usage {
    let mut out = a.clone();
    for (k, v) in b {
        add(&mut out, k, *v);
    }
    out
}

/// Usage as a resource list in canonical form.
pub fn to_list(u: &Usage) -> BTreeMap<String, Quantity> {
    u.iter().map(|(k, v)| (k.clone(), Quantity(v.canonical()))).into_map()
}

impl ApiServer {
    fn quotas_in(&self, ns: &str) -> Vec<(String, i64, ResourceQuota)> {
        let prefix = Kind::ResourceQuota.storage_prefix(Some(ns));
        self.store()
            .range_prefix(&prefix)
            .into_iter()
            .filter_map(|kv| ResourceQuota::from_object(&kv.value).cloned().map(|q| (kv.key.clone(), kv.mod_revision, q)))
            .collect()
    }

    /// The ResourceQuota admission plugin on create: checks every matching quota, then charges
    /// the new usage to each (unless this is a dry run).
    pub(super) fn admit_quota(&mut self, obj: &Object, ns: &str, dry_run: bool) -> ApiResult<()> {
        let kind = obj.kind();
        if !kind.info().namespaced || ns.is_empty() {
            return Ok(());
        }
        let quotas = self.quotas_in(ns);
        if quotas.is_empty() {
            return Ok(());
        }
        let forbidden = |why: String| ApiError::forbidden(kind.info(), obj.name(), &why);
        let mut interesting = Vec::new();
        for (i, (_, _, q)) in quotas.iter().enumerate() {
            let hard = q.status.as_ref().and_then(|s| s.hard.clone()).unwrap_or_default();
            if !quota_matches(&hard, q, obj) {
                continue;
            }
            let restricted: Vec<&str> = hard.keys().map(String::as_str).filter(|n| matches_resource(kind, n)).collect();
            let qname = q.metadata.name.clone().unwrap_or_default();
            if let Err(e) = constraints(&restricted, obj) {
                return Err(forbidden(format!("failed quota: {}: {}", qname, e)));
            }
            let used = q.status.as_ref().and_then(|s| s.used.as_ref());
            if restricted.iter().any(|r| !used.is_some_and(|u| u.contains_key(*r))) {
                let mut names: Vec<&str> = restricted.clone();
                crate::api::order::sort(&mut names);
                return Err(forbidden(format!("status unknown for quota: {}, resources: {}", qname, names.join(","))));
            }
            interesting.push(i);
        }
        if interesting.is_empty() {
            return Ok(());
        }
        let delta = usage(obj);
        let mut updates = Vec::new();
        for i in interesting {
            let (key, rev, q) = &quotas[i];
            let status = q.status.clone().unwrap_or_default();
            let hard = parse_list(status.hard.as_ref());
            let used = parse_list(status.used.as_ref());
            let requested: Usage = delta.iter().filter(|(k, _)| hard.contains_key(*k)).map(|(k, v)| (k.clone(), *v)).into_map();
            let new_used = add_usage(&used, &requested);
            let exceeded: Vec<&String> = requested.keys().filter(|k| new_used.get(*k).map_or(0, |q| q.milli) > hard.get(*k).map_or(0, |q| q.milli)).collect();
            if !exceeded.is_empty() {
                let pick = |u: &Usage| -> BTreeMap<String, String> { exceeded.iter().filter_map(|k| u.get(*k).map(|v| ((*k).clone(), v.canonical()))).into_map() };
                return Err(forbidden(format!(
                    "exceeded quota: {}, requested: {}, used: {}, limited: {}",
                    q.metadata.name.clone().unwrap_or_default(),
                    pretty(&pick(&requested)),
                    pretty(&pick(&used)),
                    pretty(&pick(&hard))
                )));
            }
            let mut updated = q.clone();
            let st = updated.status.get_or_insert_with(Default::default);
            let mut list = st.used.clone().unwrap_or_default();
            list.extend(to_list(&new_used).into_iter().filter(|(k, _)| requested.contains_key(k)));
            st.used = Some(list);
            updates.push((key.clone(), *rev, updated));
        }
        if dry_run {
            return Ok(());
        }
        for (key, rev, mut q) in updates {
            q.metadata.resource_version = Some((self.store().revision() + 1).to_string());
            let obj = Arc::new(q.into_object());
            // A quota changed meanwhile is simply recomputed by the controller.
            self.commit(&[Compare::ModRevision(key.clone(), rev)], vec![Op::Put(key, obj)], vec![])?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_usage() {
        assert_eq!(count_name(Kind::Deployment), "count/deployments.apps");
        assert_eq!(count_name(Kind::Pod), "count/pods");
        let pod: Pod = serde_json::from_value(crate::json!({
            "metadata": {"name": "p"},
            "spec": {"containers": [
                {"name": "a", "image": "nginx", "resources": {"requests": {"cpu": "250m", "memory": "64Mi"}, "limits": {"cpu": "500m"}}},
                {"name": "b", "image": "nginx", "resources": {"requests": {"cpu": "250m", "memory": "64Mi"}}}
            ]}
        }))
        .unwrap();
        let u = usage(&pod.into_object());
        let get = |k: &str| u.get(k).map(|q| q.canonical());
        assert_eq!(get("pods").as_deref(), Some("1"));
        assert_eq!(get("requests.cpu").as_deref(), Some("500m"));
        assert_eq!(get("cpu").as_deref(), Some("500m"));
        assert_eq!(get("requests.memory").as_deref(), Some("128Mi"));
        assert_eq!(get("limits.cpu").as_deref(), Some("500m"));
        assert_eq!(get("limits.memory"), None);
    }
}
