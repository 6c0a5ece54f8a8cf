//! The LimitRanger admission plugin (`plugin/pkg/admission/limitranger`): on pod creation it fills
//! in the namespace's LimitRange defaults (recording what it set in the
//! `kubernetes.io/limit-ranger` annotation), then enforces min, max and max limit/request ratio
//! per Container and per Pod; on PVC creation it enforces storage min and max.

use crate::api::order::Collect;
use super::errors::{ApiError, ApiResult};
use super::ApiServer;
use crate::api::core::{Container, LimitRange, Pod};
use crate::api::quantity::Qty;
use crate::api::{Kind, Object, Typed};
use k8s_openapi::apimachinery::pkg::api::resource::Quantity;
use std::collections::BTreeMap;

type List = BTreeMap<String, Quantity>;

const ANNOTATION: &str = "kubernetes.io/limit-ranger";

impl ApiServer {
    fn limit_ranges(&self, ns: &str) -> Vec<LimitRange> {
        let prefix = Kind::LimitRange.storage_prefix(Some(ns));
        self.store().range_prefix(&prefix).iter().filter_map(|kv| LimitRange::from_object(&kv.value).cloned()).collect()
    }

    /// The mutating half, on create: defaults from every Container item.
    pub(super) fn limit_ranger_mutate(&self, obj: &mut Object, ns: &str) {
        let Object::Pod(pod) = obj else { return };
        for lr in self.limit_ranges(ns) {
            let (mut requests, mut limits) = (List::new(), List::new());
            for item in lr.spec.iter().flat_map(|s| s.limits.iter()).filter(|i| i.type_ == "Container") {
                requests.extend(item.default_request.clone().unwrap_or_default());
                limits.extend(item.default.clone().unwrap_or_default());
            }
            merge_pod(pod, &requests, &limits);
        }
    }

    /// The validating half, on create: every LimitRange's constraints.
    pub(super) fn limit_ranger_validate(&self, obj: &Object, ns: &str) -> ApiResult<()> {
        let kind = obj.kind();
        if kind != Kind::Pod && kind != Kind::PersistentVolumeClaim {
            return Ok(());
        }
        for lr in self.limit_ranges(ns) {
            let errs = match obj {
                Object::Pod(p) => validate_pod(&lr, p),
                Object::PersistentVolumeClaim(pvc) => {
                    let requests = pvc.spec.as_ref().and_then(|s| s.resources.as_ref()).and_then(|r| r.requests.clone()).unwrap_or_default();
                    let mut errs = Vec::new();
                    for item in lr.spec.iter().flat_map(|s| s.limits.iter()).filter(|i| i.type_ == "PersistentVolumeClaim") {
                        for (k, v) in item.min.iter().flatten() {
                            errs.extend(min_constraint("PersistentVolumeClaim", k, v, &requests, &List::new()));
                        }
                        for (k, v) in item.max.iter().flatten() {
                            errs.extend(max_request_constraint("PersistentVolumeClaim", k, v, &requests));
                        }
                    }
                    errs
                }
                _ => Vec::new(),
            };
            if !errs.is_empty() {
                return Err(ApiError::forbidden(kind.info(), obj.name(), &aggregate(&errs)));
            }
        }
        Ok(())
    }
}

/// `utilerrors.NewAggregate(errs).Error()`: one message alone, several in brackets.
pub fn aggregate(errs: &[String]) -> String {
    let mut seen: Vec<&str> = Vec::new();
    for e in errs {
        if !seen.contains(&e.as_str()) {
            seen.push(e);
        }
    }
    if seen.len() == 1 {
        seen[0].to_string()
    } else {
        format!("[{}]", seen.join(", "))
    }
}

fn merge_container(c: &mut Container, requests: &List, limits: &List, prefix: &str, notes: &mut Vec<String>) {
    let res = c.resources.get_or_insert_with(Default::default);
    let (mut set_req, mut set_lim) = (Vec::new(), Vec::new());
    let lims = res.limits.get_or_insert_with(Default::default);
    for (k, v) in limits {
        if !lims.contains_key(k) {
            lims.insert(k.clone(), v.clone());
            set_lim.push(k.clone());
        }
    }
    let reqs = res.requests.get_or_insert_with(Default::default);
    for (k, v) in requests {
        if !reqs.contains_key(k) {
            reqs.insert(k.clone(), v.clone());
            set_req.push(k.clone());
        }
    }
    if res.limits.as_ref().is_some_and(|l| l.is_empty()) {
        res.limits = None;
    }
    if res.requests.as_ref().is_some_and(|r| r.is_empty()) {
        res.requests = None;
    }
    if !set_req.is_empty() {
        notes.push(format!("{} request for {} {}", set_req.join(", "), prefix, c.name));
    }
    if !set_lim.is_empty() {
        notes.push(format!("{} limit for {} {}", set_lim.join(", "), prefix, c.name));
    }
}

fn merge_pod(pod: &mut Pod, requests: &List, limits: &List) {
    let mut notes = Vec::new();
    let Some(spec) = pod.spec.as_mut() else { return };
    for c in spec.containers.iter_mut() {
        merge_container(c, requests, limits, "container", &mut notes);
    }
    for c in spec.init_containers.iter_mut().flatten() {
        merge_container(c, requests, limits, "init container", &mut notes);
    }
    if !notes.is_empty() {
        let a = pod.metadata.annotations.get_or_insert_with(Default::default);
        a.insert(ANNOTATION.into(), format!("LimitRanger plugin set: {}", notes.join("; ")));
    }
}

/// `requestLimitEnforcedValues`: milli precision (our quantities always fit).
fn values(req: Option<Qty>, lim: Option<Qty>, enforced: Qty) -> (i128, i128, i128) {
    (req.map_or(0, |q| q.milli), lim.map_or(0, |q| q.milli), enforced.milli)
}

fn q(list: &List, name: &str) -> Option<Qty> {
    list.get(name).and_then(|v| Qty::parse(&v.0))
}

fn min_constraint(limit_type: &str, name: &str, enforced: &Quantity, requests: &List, limits: &List) -> Option<String> {
    let e = Qty::parse(&enforced.0)?;
    let (req, lim) = (q(requests, name), q(limits, name));
    let (r, l, ev) = values(req, lim, e);
    let Some(req) = req else {
        return Some(format!("minimum {} usage per {} is {}.  No request is specified", name, limit_type, e.canonical()));
    };
    if r < ev {
        return Some(format!("minimum {} usage per {} is {}, but request is {}", name, limit_type, e.canonical(), req.canonical()));
    }
    match lim {
        Some(lim) if l < ev => Some(format!("minimum {} usage per {} is {}, but limit is {}", name, limit_type, e.canonical(), lim.canonical())),
        _ => None,
    }
}

fn max_constraint(limit_type: &str, name: &str, enforced: &Quantity, requests: &List, limits: &List) -> Option<String> {
    let e = Qty::parse(&enforced.0)?;
    let (req, lim) = (q(requests, name), q(limits, name));
    let (r, l, ev) = values(req, lim, e);
    let Some(lim) = lim else {
        return Some(format!("maximum {} usage per {} is {}.  No limit is specified", name, limit_type, e.canonical()));
    };
    if l > ev {
        return Some(format!("maximum {} usage per {} is {}, but limit is {}", name, limit_type, e.canonical(), lim.canonical()));
    }
    match req {
        Some(req) if r > ev => Some(format!("maximum {} usage per {} is {}, but request is {}", name, limit_type, e.canonical(), req.canonical())),
        _ => None,
    }
}

fn max_request_constraint(limit_type: &str, name: &str, enforced: &Quantity, requests: &List) -> Option<String> {
    let e = Qty::parse(&enforced.0)?;
    let Some(req) = q(requests, name) else {
        return Some(format!("maximum {} usage per {} is {}.  No request is specified", name, limit_type, e.canonical()));
    };
    if req.milli > e.milli {
        return Some(format!("maximum {} usage per {} is {}, but request is {}", name, limit_type, e.canonical(), req.canonical()));
    }
    None
}

fn ratio_constraint(limit_type: &str, name: &str, enforced: &Quantity, requests: &List, limits: &List) -> Option<String> {
    let e = Qty::parse(&enforced.0)?;
    let (req, lim) = (q(requests, name), q(limits, name));
    let (r, l, _) = values(req, lim, e);
    if req.is_none() || r == 0 {
        return Some(format!("{} max limit to request ratio per {} is {}, but no request is specified or request is 0", name, limit_type, e.canonical()));
    }
    if lim.is_none() || l == 0 {
        return Some(format!("{} max limit to request ratio per {} is {}, but no limit is specified or limit is 0", name, limit_type, e.canonical()));
    }
    // `observed > enforced`, and the ratio as `%f` prints it, in integers.
    let (l, r) = (l as i128, r as i128);
    if l * 1000 > e.milli as i128 * r {
        let millionths = (l * 2_000_000 + r) / (2 * r);
        return Some(format!("{} max limit to request ratio per {} is {}, but provided ratio is {}.{:06}", name, limit_type, e.canonical(), millionths / 1_000_000, millionths % 1_000_000));
    }
    None
}

fn check(limit_type: &str, item: &crate::api::core::LimitRangeItem, requests: &List, limits: &List, errs: &mut Vec<String>) {
    for (k, v) in item.min.iter().flatten() {
        errs.extend(min_constraint(limit_type, k, v, requests, limits));
    }
    for (k, v) in item.max.iter().flatten() {
        errs.extend(max_constraint(limit_type, k, v, requests, limits));
    }
    for (k, v) in item.max_limit_request_ratio.iter().flatten() {
        errs.extend(ratio_constraint(limit_type, k, v, requests, limits));
    }
}

/// `resourcehelper.PodRequests` / `PodLimits`: containers summed, init containers as a floor.
pub fn pod_totals(pod: &Pod, limits: bool) -> List {
    let mut sum: BTreeMap<String, Qty> = BTreeMap::new();
    let Some(spec) = pod.spec.as_ref() else { return List::new() };
    let pick = |c: &Container| -> List {
        let r = c.resources.as_ref();
        if limits { r.and_then(|r| r.limits.clone()) } else { r.and_then(|r| r.requests.clone()) }.unwrap_or_default()
    };
    for c in &spec.containers {
        for (k, v) in pick(c) {
            if let Some(x) = Qty::parse(&v.0) {
                let e = sum.entry(k).or_insert(Qty::ZERO);
                *e = e.add(x);
            }
        }
    }
    for c in spec.init_containers.iter().flatten() {
        for (k, v) in pick(c) {
            if let Some(x) = Qty::parse(&v.0) {
                let e = sum.entry(k).or_insert(Qty::ZERO);
                if x.milli > e.milli {
                    *e = x;
                }
            }
        }
    }
    if !limits {
        for (k, v) in spec.overhead.iter().flatten() {
            if let Some(x) = Qty::parse(&v.0) {
                let e = sum.entry(k.clone()).or_insert(Qty::ZERO);
                *e = e.add(x);
            }
        }
    }
    sum.into_iter().map(|(k, v)| (k, Quantity(v.canonical()))).into_map()
}

fn validate_pod(lr: &LimitRange, pod: &Pod) -> Vec<String> {
    let mut errs = Vec::new();
    let Some(spec) = pod.spec.as_ref() else { return errs };
    for item in lr.spec.iter().flat_map(|s| s.limits.iter()) {
        match item.type_.as_str() {
            "Container" => {
                for c in spec.containers.iter().chain(spec.init_containers.iter().flatten()) {
                    let r = c.resources.as_ref();
                    let requests = r.and_then(|r| r.requests.clone()).unwrap_or_default();
                    let limits = r.and_then(|r| r.limits.clone()).unwrap_or_default();
                    check("Container", item, &requests, &limits, &mut errs);
                }
            }
            "Pod" => check("Pod", item, &pod_totals(pod, false), &pod_totals(pod, true), &mut errs),
            _ => {}
        }
    }
    errs
}
