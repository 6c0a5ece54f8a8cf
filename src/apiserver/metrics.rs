//! The resource metrics API, `metrics.k8s.io/v1beta1`, which the aggregation layer serves from
//! metrics-server. metrics-server scrapes every kubelet's resource metrics each resolution
//! period (15 s) and keeps the last two points of every node and container; a rate needs both,
//! so a new pod has no metrics until its second scrape. The group is registered while the
//! `kube-system/metrics-server` Service exists (its APIService comes and goes with the addon), and
//! requests fail with 503 while that Service has no ready endpoint.

use super::errors::{ApiError, ApiResult, Details};
use super::http::Request;
use super::ApiServer;
use crate::api::core::{Endpoints, Pod};
use crate::api::labels::Selector;
use crate::api::{Kind, Typed};
use crate::kubelet::usage::NodeStats;
use crate::sim::clock::SimTime;
use serde_json::Value;
use crate::json;

pub const GROUP: &str = "metrics.k8s.io";
const VERSION: &str = "metrics.k8s.io/v1beta1";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Point {
    at: SimTime,
    start: SimTime,
    cpu_ns: u64,
    memory: u64,
}

/// The last two points of one series.
#[derive(Clone, Debug, Default)]
struct Series {
    last: Option<Point>,
    prev: Option<Point>,
}

impl Series {
    fn push(&mut self, p: Point) {
        // A restarted container (or rebooted node) starts a new series.
        self.prev = self.last.filter(|l| l.start == p.start && l.at < p.at);
        self.last = Some(p);
    }
    /// (cpu in nanocores, memory in bytes, timestamp, window).
    fn usage(&self) -> Option<(u64, u64, SimTime, std::time::Duration)> {
        let (last, prev) = (self.last?, self.prev?);
        let window = last.at.since(prev.at);
        let nanos = window.as_nanos().max(1);
        let rate = (last.cpu_ns.saturating_sub(prev.cpu_ns) as u128 * 1_000_000_000 / nanos) as u64;
        Some((rate, last.memory, last.at, window))
    }
}

/// metrics-server's storage: node series under their names, container series under
/// `namespace/pod/container` (none of those names can hold a `/`), so a pod is a key range.
/// Each is a vector sorted by key (rebuilt whole at every scrape), not a map of its own type.
#[derive(Default)]
pub struct MetricsStore {
    nodes: Vec<(String, Series)>,
    containers: Vec<(String, Series)>,
}

/// The series under `key` taken out of `v` (what a map's `remove` gave), or a new one.
fn take(v: &mut [(String, Series)], key: &str) -> Series {
    match v.binary_search_by(|e| e.0.as_str().cmp(key)) {
        Ok(i) => std::mem::take(&mut v[i].1),
        Err(_) => Series::default(),
    }
}

/// The entries from `from` on, in key order.
fn from<'a>(v: &'a [(String, Series)], from: &str) -> &'a [(String, Series)] {
    &v[v.partition_point(|e| e.0.as_str() < from)..]
}

impl MetricsStore {
    /// Stores one scrape of every reachable node; what the scrape did not return is forgotten.
    pub fn ingest(&mut self, scrape: Vec<NodeStats>) {
        let mut nodes = Vec::new();
        let mut containers = Vec::new();
        for n in scrape {
            let mut s = take(&mut self.nodes, &n.node);
            s.push(Point { at: n.at, start: SimTime::ZERO, cpu_ns: n.cpu_ns, memory: n.memory });
            nodes.push((n.node, s));
            for p in n.pods {
                for c in p.containers {
                    let key = format!("{}/{}/{}", p.namespace, p.name, c.name);
                    let mut s = take(&mut self.containers, &key);
                    s.push(Point { at: n.at, start: c.start, cpu_ns: c.cpu_ns, memory: c.memory });
                    containers.push((key, s));
                }
            }
        }
        self.nodes = crate::api::order::sorted_entries(nodes);
        self.containers = crate::api::order::sorted_entries(containers);
    }

    pub fn clear(&mut self) {
        self.nodes.clear();
        self.containers.clear();
    }

    /// The pods with series, as (namespace, name), in order (all, or one namespace's).
    fn pods(&self, ns: Option<&str>) -> Vec<(String, String)> {
        let start = ns.map(|n| format!("{}/", n)).unwrap_or_default();
        let mut out: Vec<(String, String)> = Vec::new();
        for key in from(&self.containers, &start).iter().map(|(k, _)| k).take_while(|k| k.starts_with(&start)) {
            let mut parts = key.splitn(3, '/');
            let (n, p) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
            if out.last().is_none_or(|(a, b)| a != n || b != p) {
                out.push((n.to_string(), p.to_string()));
            }
        }
        out
    }
}

fn usage_value(cpu: u64, memory: u64) -> Value {
    json!({"cpu": if cpu == 0 { "0".to_string() } else { format!("{}n", cpu) }, "memory": format!("{}Ki", memory / 1024)})
}

fn not_found(resource: &str, name: &str) -> ApiError {
    ApiError {
        code: 404,
        reason: "NotFound",
        message: format!("{}.{} {:?} not found", resource, GROUP, name),
        details: Some(Box::new(Details { name: name.into(), group: GROUP.into(), kind: resource.into(), ..Default::default() })),
    }
}

/// client-go's text for an answer without a Status body from the aggregator (`… (get pods.metrics.k8s.io)`).
fn unavailable(resource: &str) -> ApiError {
    ApiError { code: 503, reason: "ServiceUnavailable", message: format!("the server is currently unable to handle the request (get {}.{})", resource, GROUP), details: None }
}

impl ApiServer {
    /// Whether the metrics APIService is registered (the addon's Service exists).
    pub fn metrics_registered(&self) -> bool {
        self.get(Kind::Service, "kube-system", "metrics-server").is_ok()
    }

    fn metrics_available(&self) -> bool {
        self.get(Kind::Endpoints, "kube-system", "metrics-server")
            .ok()
            .and_then(|o| Endpoints::from_object(&o).cloned())
            .is_some_and(|e| e.subsets.iter().flatten().any(|s| s.addresses.as_ref().is_some_and(|a| !a.is_empty())))
    }

    /// `GET /apis/metrics.k8s.io/v1beta1/…` (`rest` is what follows the version).
    pub(crate) fn serve_metrics(&self, req: &Request, rest: &[&str]) -> ApiResult<(u16, Value)> {
        let resource = if rest.iter().any(|s| *s == "pods") { "pods" } else { "nodes" };
        if !self.metrics_registered() {
            let mut e = ApiError::not_found_path();
            e.message = format!("{} (get {}.{})", e.message, resource, GROUP);
            return Err(e);
        }
        if rest.is_empty() {
            let res = |name: &str, kind: &str| json!({"name": name, "singularName": "", "namespaced": name == "pods", "kind": kind, "verbs": ["get", "list"]});
            return Ok((200, json!({"kind": "APIResourceList", "apiVersion": "v1", "groupVersion": VERSION,
                "resources": [res("nodes", "NodeMetrics"), res("pods", "PodMetrics")]})));
        }
        if !self.metrics_available() {
            return Err(unavailable(resource));
        }
        let selector = Selector::parse(req.query_value("labelSelector").unwrap_or("")).map_err(ApiError::bad_request)?;
        let created = self.epoch.time(self.now);
        match rest {
            ["nodes", name @ ..] if name.len() <= 1 => {
                let mut items = Vec::new();
                for (node, s) in &self.metrics.nodes {
                    if name.first().is_some_and(|n| n != node) {
                        continue;
                    }
                    let Ok(obj) = self.get(Kind::Node, "", node) else { continue };
                    if !selector.matches(obj.meta().labels.as_ref()) {
                        continue;
                    }
                    let Some((cpu, mem, at, window)) = s.usage() else { continue };
                    items.push(json!({"metadata": {"name": node, "creationTimestamp": created, "labels": obj.meta().labels},
                        "timestamp": self.epoch.time(at), "window": crate::api::timefmt::go_duration(window.as_millis() as u64),
                        "usage": usage_value(cpu, mem)}));
                }
                match name.first() {
                    Some(n) => items.pop().map(|i| (200, json!({"kind": "NodeMetrics", "apiVersion": VERSION}).merge(i))).ok_or_else(|| not_found("nodemetrics", n)),
                    None => Ok((200, json!({"kind": "NodeMetricsList", "apiVersion": VERSION, "metadata": {}, "items": items}))),
                }
            }
            ["pods"] | ["namespaces", _, "pods"] => {
                let fields = crate::api::fields::FieldSelector::parse(req.query_value("fieldSelector").unwrap_or(""), Kind::Pod).map_err(ApiError::bad_request)?;
                let ns = if let ["namespaces", ns, _] = rest { Some(*ns) } else { None };
                Ok((200, self.pod_metrics_list(ns, &selector, &fields, &created)))
            }
            ["namespaces", ns, "pods", name] => {
                let key = (ns.to_string(), name.to_string());
                self.pod_metrics(&key, &created)
                    .map(|i| (200, json!({"kind": "PodMetrics", "apiVersion": VERSION}).merge(i)))
                    .ok_or_else(|| not_found("podmetrics", &format!("{}/{}", ns, name)))
            }
            _ => Err(ApiError::not_found_path()),
        }
    }

    fn pod_metrics_list(&self, ns: Option<&str>, selector: &Selector, fields: &crate::api::fields::FieldSelector, created: &crate::api::metav1::Time) -> Value {
        let items: Vec<Value> = self
            .metrics
            .pods(ns)
            .iter()
            .filter(|(n, name)| self.get(Kind::Pod, n, name).is_ok_and(|p| selector.matches(p.meta().labels.as_ref()) && fields.matches(&p)))
            .filter_map(|k| self.pod_metrics(k, created))
            .collect();
        json!({"kind": "PodMetricsList", "apiVersion": VERSION, "metadata": {}, "items": items})
    }

    /// A pod's metrics, when every container has a rate.
    fn pod_metrics(&self, key: &(String, String), created: &crate::api::metav1::Time) -> Option<Value> {
        let prefix = format!("{}/{}/", key.0, key.1);
        let cs: Vec<(&str, &Series)> = from(&self.metrics.containers, &prefix).iter().take_while(|(k, _)| k.starts_with(&prefix)).map(|(k, s)| (&k[prefix.len()..], s)).collect();
        if cs.is_empty() {
            return None;
        }
        let pod = self.get(Kind::Pod, &key.0, &key.1).ok()?;
        let labels = Pod::from_object(&pod).and_then(|p| p.metadata.labels.clone());
        let mut containers = Vec::new();
        let (mut ts, mut win) = (SimTime::ZERO, std::time::Duration::ZERO);
        for (name, s) in cs {
            let (cpu, mem, at, window) = s.usage()?;
            ts = ts.max(at);
            win = win.max(window);
            containers.push(json!({"name": name, "usage": usage_value(cpu, mem)}));
        }
        Some(json!({"metadata": {"name": key.1, "namespace": key.0, "creationTimestamp": created, "labels": labels},
            "timestamp": self.epoch.time(ts), "window": crate::api::timefmt::go_duration(win.as_millis() as u64), "containers": containers}))
    }
}

trait Merge {
    fn merge(self, other: Value) -> Value;
}

impl Merge for Value {
    fn merge(mut self, other: Value) -> Value {
        if let (Some(a), Value::Object(b)) = (self.as_object_mut(), other) {
            a.extend(b);
        }
        self
    }
}
