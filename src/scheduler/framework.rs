//! The scheduling framework's shapes (`pkg/scheduler/framework`): per-node `NodeInfo`, plugin
//! `Status` codes, and the Filter and Score plugin traits.

use crate::api::core::{Node, Pod};
use crate::api::quantity::{parse_milli, parse_value};
use std::collections::BTreeSet;

/// `schedutil.DefaultMilliCPURequest` / `DefaultMemoryRequest`: what a pod without requests counts as when scoring.
pub const DEFAULT_MILLI_CPU: i64 = 100;
pub const DEFAULT_MEMORY: i64 = 200 * 1024 * 1024;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Code {
    Success,
    Unschedulable,
    UnschedulableAndUnresolvable,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Status {
    pub code: Code,
    pub reasons: Vec<String>,
}

impl Status {
    pub fn success() -> Self {
        Status { code: Code::Success, reasons: vec![] }
    }
    pub fn unschedulable(reason: impl Into<String>) -> Self {
        Status { code: Code::Unschedulable, reasons: vec![reason.into()] }
    }
    pub fn unresolvable(reason: impl Into<String>) -> Self {
        Status { code: Code::UnschedulableAndUnresolvable, reasons: vec![reason.into()] }
    }
    pub fn is_success(&self) -> bool {
        self.code == Code::Success
    }
}

/// Requests of one pod, in milli-CPU and bytes (plain and with the scoring defaults for zeros).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Requests {
    pub milli_cpu: i64,
    pub memory: i64,
    pub nonzero_milli_cpu: i64,
    pub nonzero_memory: i64,
}

pub fn pod_requests(pod: &Pod) -> Requests {
    let mut r = Requests::default();
    let Some(spec) = &pod.spec else { return r };
    for c in &spec.containers {
        let req = c.resources.as_ref().and_then(|res| res.requests.as_ref());
        let cpu = req.and_then(|m| m.get("cpu")).and_then(|q| parse_milli(&q.0)).unwrap_or(0) as i64;
        let mem = req.and_then(|m| m.get("memory")).and_then(|q| parse_value(&q.0)).unwrap_or(0) as i64;
        r.milli_cpu += cpu;
        r.memory += mem;
        r.nonzero_milli_cpu += if cpu == 0 { DEFAULT_MILLI_CPU } else { cpu };
        r.nonzero_memory += if mem == 0 { DEFAULT_MEMORY } else { mem };
    }
    // Init containers run first: the pod needs the larger of their maximum and the app sum.
    for c in spec.init_containers.iter().flatten() {
        let req = c.resources.as_ref().and_then(|res| res.requests.as_ref());
        let cpu = req.and_then(|m| m.get("cpu")).and_then(|q| parse_milli(&q.0)).unwrap_or(0) as i64;
        let mem = req.and_then(|m| m.get("memory")).and_then(|q| parse_value(&q.0)).unwrap_or(0) as i64;
        r.milli_cpu = r.milli_cpu.max(cpu);
        r.memory = r.memory.max(mem);
    }
    r
}

/// What the scheduler knows about one node: the node and the pods assigned (or assumed) to it.
#[derive(Clone, Debug)]
pub struct NodeInfo {
    pub node: Node,
    pub name: String,
    pub pods: BTreeSet<String>,
    pub requested: Requests,
    pub allocatable_milli_cpu: i64,
    pub allocatable_memory: i64,
    pub allowed_pods: i64,
}

impl NodeInfo {
    pub fn new(node: Node) -> Self {
        let alloc = node.status.as_ref().and_then(|s| s.allocatable.as_ref());
        let get = |k: &str, milli: bool| {
            alloc.and_then(|a| a.get(k)).and_then(|q| if milli { parse_milli(&q.0) } else { parse_value(&q.0) }).unwrap_or(0) as i64
        };
        NodeInfo {
            name: node.metadata.name.clone().unwrap_or_default(),
            allocatable_milli_cpu: get("cpu", true),
            allocatable_memory: get("memory", false),
            allowed_pods: get("pods", false),
            node,
            pods: BTreeSet::new(),
            requested: Requests::default(),
        }
    }

    pub fn set_node(&mut self, node: Node) {
        let fresh = NodeInfo::new(node);
        self.node = fresh.node;
        self.allocatable_milli_cpu = fresh.allocatable_milli_cpu;
        self.allocatable_memory = fresh.allocatable_memory;
        self.allowed_pods = fresh.allowed_pods;
    }

    pub fn add_pod(&mut self, key: &str, r: Requests) -> bool {
        if !self.pods.insert(key.to_string()) {
            return false;
        }
        self.requested.milli_cpu += r.milli_cpu;
        self.requested.memory += r.memory;
        self.requested.nonzero_milli_cpu += r.nonzero_milli_cpu;
        self.requested.nonzero_memory += r.nonzero_memory;
        true
    }

    pub fn remove_pod(&mut self, key: &str, r: Requests) {
        if self.pods.remove(key) {
            self.requested.milli_cpu -= r.milli_cpu;
            self.requested.memory -= r.memory;
            self.requested.nonzero_milli_cpu -= r.nonzero_milli_cpu;
            self.requested.nonzero_memory -= r.nonzero_memory;
        }
    }
}

pub trait FilterPlugin {
    fn name(&self) -> &'static str;
    fn filter(&self, pod: &Pod, requests: &Requests, node: &NodeInfo) -> Status;
}

/// Score plugins return 0..=100 per node (after their own normalisation); the framework applies weights.
pub trait ScorePlugin {
    fn name(&self) -> &'static str;
    fn weight(&self) -> i64;
    fn score(&self, pod: &Pod, requests: &Requests, node: &NodeInfo) -> i64;
    fn normalize(&self, _scores: &mut [i64]) {}
}

pub const MAX_NODE_SCORE: i64 = 100;

/// `DefaultNormalizeScore`: scale to 0..100, optionally reversed.
pub fn default_normalize(scores: &mut [i64], reverse: bool) {
    let max = scores.iter().copied().max().unwrap_or(0);
    if max == 0 {
        if reverse {
            scores.iter_mut().for_each(|s| *s = MAX_NODE_SCORE);
        }
        return;
    }
    for s in scores.iter_mut() {
        let v = MAX_NODE_SCORE * *s / max;
        *s = if reverse { MAX_NODE_SCORE - v } else { v };
    }
}
