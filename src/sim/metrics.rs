//! What the page's plots draw, recorded as the cluster runs: each workload controller's desired
//! and ready replicas over time (a point whenever a write changes either, read from the object
//! as the apiserver accepted it), and how many HTTP requests each pod has answered through the
//! network (Services, NodePorts, Ingress, pod to pod). Bounded: a series keeps its latest
//! `POINTS` changes, at most `SERIES` workloads are followed (the one idle longest gives way),
//! and a deleted object's numbers go with it.

use crate::api::apps::{DaemonSet, Deployment, ReplicaSet, StatefulSet};
use crate::api::core::ReplicationController;
use crate::api::Kind;
use crate::apiserver::AuditEvent;
use crate::sim::clock::SimTime;
use std::collections::{BTreeMap, VecDeque};

/// Points kept per workload.
pub const POINTS: usize = 240;
/// Workloads followed at once.
pub const SERIES: usize = 2000;
/// Pods whose answered requests are counted at once.
pub const COUNTERS: usize = 20_000;

/// One moment of a workload: desired and ready replicas.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Point {
    pub at: SimTime,
    pub desired: i32,
    pub ready: i32,
}

/// A workload: kind (`Deployment`, …), namespace, name.
pub type WorkloadKey = (&'static str, String, String);

/// The maps are keyed by strings (and the series boxed) to share the page's code of maps it
/// already has rather than bring their own.
#[derive(Default)]
pub struct Metrics {
    /// Under [`workload_key`], in (kind, namespace, name) order.
    workloads: BTreeMap<String, Box<(WorkloadKey, VecDeque<Point>)>>,
    /// `namespace/pod` → requests it answered.
    requests: BTreeMap<String, u64>,
}

/// A workload's map key: kind, namespace and name joined by NULs (which none of them holds, and
/// which sort before any other character), so keys sort as the (kind, namespace, name) tuples.
fn workload_key(kind: &str, namespace: &str, name: &str) -> String {
    format!("{}\0{}\0{}", kind, namespace, name)
}

fn pod_key(namespace: &str, pod: &str) -> String {
    format!("{}/{}", namespace, pod)
}

/// Desired and ready replicas of a workload object, as `kubectl get` reads them.
fn replicas(kind: Kind, o: &crate::api::Object) -> Option<(&'static str, i32, i32)> {
    match kind {
        Kind::Deployment => {
            let d = o.as_typed::<Deployment>()?;
            let st = d.status.as_ref();
            Some(("Deployment", d.spec.as_ref().and_then(|s| s.replicas).unwrap_or(1), st.and_then(|s| s.ready_replicas).unwrap_or(0)))
        }
        Kind::ReplicaSet => {
            let r = o.as_typed::<ReplicaSet>()?;
            let st = r.status.as_ref();
            Some(("ReplicaSet", r.spec.as_ref().and_then(|s| s.replicas).unwrap_or(1), st.and_then(|s| s.ready_replicas).unwrap_or(0)))
        }
        Kind::ReplicationController => {
            let r = o.as_typed::<ReplicationController>()?;
            let st = r.status.as_ref();
            Some(("ReplicationController", r.spec.as_ref().and_then(|s| s.replicas).unwrap_or(1), st.and_then(|s| s.ready_replicas).unwrap_or(0)))
        }
        Kind::StatefulSet => {
            let s = o.as_typed::<StatefulSet>()?;
            let st = s.status.as_ref();
            Some(("StatefulSet", s.spec.as_ref().and_then(|s| s.replicas).unwrap_or(1), st.and_then(|s| s.ready_replicas).unwrap_or(0)))
        }
        Kind::DaemonSet => {
            let d = o.as_typed::<DaemonSet>()?;
            let st = d.status.as_ref();
            Some(("DaemonSet", st.map_or(0, |s| s.desired_number_scheduled), st.map_or(0, |s| s.number_ready)))
        }
        _ => None,
    }
}

impl Metrics {
    /// Follows an accepted write.
    pub fn record_write(&mut self, a: &AuditEvent) {
        if a.rev == 0 || a.code >= 300 {
            return;
        }
        let Some(o) = a.object.as_ref() else { return };
        let kind = o.kind();
        if a.verb == "delete" {
            if kind == Kind::Pod {
                self.requests.remove(&pod_key(&a.namespace, &a.name));
            } else if let Some((k, _, _)) = replicas(kind, o) {
                self.workloads.remove(&workload_key(k, &a.namespace, &a.name));
            }
            return;
        }
        let Some((k, desired, ready)) = replicas(kind, o) else { return };
        let key = workload_key(k, &a.namespace, &a.name);
        let point = Point { at: a.at, desired, ready };
        if !self.workloads.contains_key(&key) && self.workloads.len() >= SERIES {
            // The workload idle longest gives way (rare: only past SERIES workloads).
            let idle = self.workloads.iter().min_by_key(|(_, s)| s.1.back().map(|p| p.at)).map(|(k, _)| k.clone());
            if let Some(idle) = idle {
                self.workloads.remove(&idle);
            }
        }
        let series = &mut self.workloads.entry(key).or_insert_with(|| Box::new(((k, a.namespace.clone(), a.name.clone()), VecDeque::new()))).1;
        if series.back().is_some_and(|p| p.desired == desired && p.ready == ready) {
            return;
        }
        if series.len() >= POINTS {
            series.pop_front();
        }
        series.push_back(point);
    }

    /// A pod answered an HTTP request that came through the network.
    pub fn answered(&mut self, namespace: &str, pod: &str) {
        let key = pod_key(namespace, pod);
        if let Some(n) = self.requests.get_mut(&key) {
            *n += 1;
        } else if self.requests.len() < COUNTERS {
            self.requests.insert(key, 1);
        }
    }

    /// Requests a pod has answered.
    pub fn requests(&self, namespace: &str, pod: &str) -> u64 {
        self.requests.get(&pod_key(namespace, pod)).copied().unwrap_or(0)
    }

    /// The workloads followed, in order.
    pub fn workloads(&self) -> impl Iterator<Item = &WorkloadKey> {
        self.workloads.values().map(|w| &w.0)
    }

    /// A workload's desired and ready replicas, oldest first.
    pub fn series(&self, kind: &str, namespace: &str, name: &str) -> Option<&VecDeque<Point>> {
        self.workloads.get(&workload_key(kind, namespace, name)).map(|w| &w.1)
    }
}
