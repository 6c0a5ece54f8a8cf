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

#[derive(Default)]
pub struct Metrics {
    workloads: BTreeMap<WorkloadKey, VecDeque<Point>>,
    /// (namespace, pod) → requests it answered.
    requests: BTreeMap<(String, String), u64>,
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
                self.requests.remove(&(a.namespace.clone(), a.name.clone()));
            } else if let Some((k, _, _)) = replicas(kind, o) {
                self.workloads.remove(&(k, a.namespace.clone(), a.name.clone()));
            }
            return;
        }
        let Some((k, desired, ready)) = replicas(kind, o) else { return };
        let key = (k, a.namespace.clone(), a.name.clone());
        let point = Point { at: a.at, desired, ready };
        if !self.workloads.contains_key(&key) && self.workloads.len() >= SERIES {
            // The workload idle longest gives way (rare: only past SERIES workloads).
            let idle = self.workloads.iter().min_by_key(|(_, s)| s.back().map(|p| p.at)).map(|(k, _)| k.clone());
            if let Some(idle) = idle {
                self.workloads.remove(&idle);
            }
        }
        let series = self.workloads.entry(key).or_default();
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
        let key = (namespace.to_string(), pod.to_string());
        if let Some(n) = self.requests.get_mut(&key) {
            *n += 1;
        } else if self.requests.len() < COUNTERS {
            self.requests.insert(key, 1);
        }
    }

    /// Requests a pod has answered.
    pub fn requests(&self, namespace: &str, pod: &str) -> u64 {
        self.requests.get(&(namespace.to_string(), pod.to_string())).copied().unwrap_or(0)
    }

    /// The workloads followed, in order.
    pub fn workloads(&self) -> impl Iterator<Item = &WorkloadKey> {
        self.workloads.keys()
    }

    /// A workload's desired and ready replicas, oldest first.
    pub fn series(&self, kind: &str, namespace: &str, name: &str) -> Option<&VecDeque<Point>> {
        let kind = ["Deployment", "ReplicaSet", "ReplicationController", "StatefulSet", "DaemonSet"].into_iter().find(|k| *k == kind)?;
        self.workloads.get(&(kind, namespace.to_string(), name.to_string()))
    }
}
