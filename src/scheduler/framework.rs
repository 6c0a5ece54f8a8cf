//! The scheduling framework's shapes (`pkg/scheduler/framework`): per-node `NodeInfo`, plugin
//! `Status` codes, and the Filter and Score plugin traits.

use crate::api::order::Collect;
use crate::api::core::{Node, Pod, PodAffinityTerm, WeightedPodAffinityTerm};
use crate::api::labels::Selector;
use crate::api::quantity::{parse_milli, parse_value};
use crate::api::ObjectRef;
use std::collections::{BTreeMap, BTreeSet};

/// Namespace name → its labels (for `namespaceSelector` in pod affinity terms).
pub type NsLabels = BTreeMap<String, BTreeMap<String, String>>;
/// A topology pair (`key\0value`, see `pair`) → a count or score.
pub type TopoCounts = BTreeMap<String, i64>;

/// Indices of `keys` in ascending, stable order: a binary insertion sort, so the page carries no
/// further instance of the standard sort for the scheduler's few small lists.
pub fn order_by(keys: &[(i64, i64)]) -> Vec<usize> {
    let mut idx: Vec<usize> = Vec::with_capacity(keys.len());
    for i in 0..keys.len() {
        let pos = idx.partition_point(|&j| keys[j] <= keys[i]);
        idx.insert(pos, i);
    }
    idx
}

pub fn pair(key: &str, value: &str) -> String {
    format!("{}\0{}", key, value)
}

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
    /// The plugin that returned it (set by the framework).
    pub plugin: &'static str,
}

impl Status {
    pub fn success() -> Self {
        Status { code: Code::Success, reasons: vec![], plugin: "" }
    }
    pub fn unschedulable(reason: impl Into<String>) -> Self {
        Status { code: Code::Unschedulable, reasons: vec![reason.into()], plugin: "" }
    }
    pub fn unresolvable(reason: impl Into<String>) -> Self {
        Status { code: Code::UnschedulableAndUnresolvable, reasons: vec![reason.into()], plugin: "" }
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
#[derive(Clone)]
pub struct NodeInfo {
    pub node: Node,
    pub name: String,
    /// Pod key → the pod as last seen (assumed pods are the unbound object).
    pub pods: BTreeMap<String, ObjectRef>,
    /// Keys of the pods with pod affinity or anti-affinity (upstream's `PodsWithAffinity`).
    pub with_affinity: BTreeSet<String>,
    /// Pods per first owner uid (upstream's `PodsWithOwnerRef`), for default spreading.
    pub by_owner: BTreeMap<String, i64>,
    /// Normalised names of the images the node reports.
    pub images: BTreeSet<String>,
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
            images: node_images(&node).map(|(n, _)| n).into_set(),
            node,
            pods: BTreeMap::new(),
            with_affinity: BTreeSet::new(),
            by_owner: BTreeMap::new(),
            requested: Requests::default(),
        }
    }

    pub fn set_node(&mut self, node: Node) {
        let fresh = NodeInfo::new(node);
        self.node = fresh.node;
        self.allocatable_milli_cpu = fresh.allocatable_milli_cpu;
        self.allocatable_memory = fresh.allocatable_memory;
        self.allowed_pods = fresh.allowed_pods;
        self.images = fresh.images;
    }

    /// Adds (or refreshes the object of) a pod; counts its requests once.
    pub fn add_pod(&mut self, key: &str, obj: &ObjectRef, r: Requests) -> bool {
        if self.pods.insert(key.to_string(), obj.clone()).is_some() {
            return false;
        }
        let pod = obj.as_pod().expect("pod");
        if has_pod_affinity(pod) {
            self.with_affinity.insert(key.to_string());
        }
        if let Some(uid) = first_owner(pod) {
            *self.by_owner.entry(uid.to_string()).or_insert(0) += 1;
        }
        self.requested.milli_cpu += r.milli_cpu;
        self.requested.memory += r.memory;
        self.requested.nonzero_milli_cpu += r.nonzero_milli_cpu;
        self.requested.nonzero_memory += r.nonzero_memory;
        true
    }

    pub fn remove_pod(&mut self, key: &str, r: Requests) {
        if let Some(obj) = self.pods.remove(key) {
            self.with_affinity.remove(key);
            if let Some(uid) = first_owner(obj.as_pod().expect("pod")) {
                if let Some(n) = self.by_owner.get_mut(uid) {
                    *n -= 1;
                    if *n <= 0 {
                        self.by_owner.remove(uid);
                    }
                }
            }
            self.requested.milli_cpu -= r.milli_cpu;
            self.requested.memory -= r.memory;
            self.requested.nonzero_milli_cpu -= r.nonzero_milli_cpu;
            self.requested.nonzero_memory -= r.nonzero_memory;
        }
    }
}

pub fn labels_of(node: &NodeInfo) -> &BTreeMap<String, String> {
    static EMPTY: BTreeMap<String, String> = BTreeMap::new();
    node.node.metadata.labels.as_ref().unwrap_or(&EMPTY)
}

pub fn first_owner(pod: &Pod) -> Option<&str> {
    pod.metadata.owner_references.as_ref()?.first().map(|o| o.uid.as_str())
}

pub fn priority(pod: &Pod) -> i32 {
    pod.spec.as_ref().and_then(|s| s.priority).unwrap_or(0)
}

pub fn has_pod_affinity(pod: &Pod) -> bool {
    pod.spec.as_ref().and_then(|s| s.affinity.as_ref()).is_some_and(|a| a.pod_affinity.is_some() || a.pod_anti_affinity.is_some())
}

/// `normalizedImageName`: a name without a tag gets `:latest`.
pub fn normalized_image(name: &str) -> String {
    if name.rfind(':').map_or(true, |c| name.rfind('/').is_some_and(|s| c < s)) {
        format!("{}:latest", name)
    } else {
        name.to_string()
    }
}

/// The node's reported images as (normalised name, size).
pub fn node_images(node: &Node) -> impl Iterator<Item = (String, i64)> + '_ {
    let images = node.status.as_ref().and_then(|s| s.images.as_deref()).unwrap_or(&[]);
    images.iter().flat_map(|i| i.names.iter().flatten().map(move |n| (normalized_image(n), i.size_bytes.unwrap_or(0))))
}

/// A pod affinity term with its selectors compiled (`framework.AffinityTerm`).
#[derive(Clone)]
pub struct Term {
    pub namespaces: Vec<String>,
    pub ns_selector: Option<Selector>,
    pub selector: Selector,
    pub key: String,
    pub weight: i64,
}

fn selector_of(ls: Option<&crate::api::metav1::LabelSelector>) -> Selector {
    ls.and_then(|l| Selector::from_label_selector(l).ok()).unwrap_or_else(Selector::nothing)
}

impl Term {
    pub fn new(owner_ns: &str, t: &PodAffinityTerm, weight: i32) -> Self {
        let mut namespaces = t.namespaces.clone().unwrap_or_default();
        if namespaces.is_empty() && t.namespace_selector.is_none() {
            namespaces.push(owner_ns.to_string());
        }
        let ns_selector = t.namespace_selector.as_ref().map(|s| selector_of(Some(s)));
        Term { namespaces, ns_selector, selector: selector_of(t.label_selector.as_ref()), key: t.topology_key.clone(), weight: weight as i64 }
    }

    /// `AffinityTerm.Matches`: the pod's namespace is selected and its labels match.
    pub fn matches(&self, pod: &Pod, ns: &NsLabels) -> bool {
        let pns = pod.metadata.namespace.as_deref().unwrap_or("");
        (self.namespaces.iter().any(|n| n == pns) || self.ns_selector.as_ref().is_some_and(|s| s.matches(ns.get(pns))))
            && self.selector.matches(pod.metadata.labels.as_ref())
    }
}

/// A pod's required and preferred (anti-)affinity terms.
#[derive(Clone, Default)]
pub struct PodTerms {
    pub affinity: Vec<Term>,
    pub anti: Vec<Term>,
    pub pref_affinity: Vec<Term>,
    pub pref_anti: Vec<Term>,
}

pub fn pod_terms(pod: &Pod) -> PodTerms {
    let ns = pod.metadata.namespace.as_deref().unwrap_or("");
    let a = pod.spec.as_ref().and_then(|s| s.affinity.as_ref());
    let req = |v: Option<&Vec<PodAffinityTerm>>| v.into_iter().flatten().map(|t| Term::new(ns, t, 1)).collect();
    let pref = |v: Option<&Vec<WeightedPodAffinityTerm>>| v.into_iter().flatten().map(|t| Term::new(ns, &t.pod_affinity_term, t.weight)).collect();
    let pa = a.and_then(|a| a.pod_affinity.as_ref());
    let pn = a.and_then(|a| a.pod_anti_affinity.as_ref());
    PodTerms {
        affinity: req(pa.and_then(|p| p.required_during_scheduling_ignored_during_execution.as_ref())),
        anti: req(pn.and_then(|p| p.required_during_scheduling_ignored_during_execution.as_ref())),
        pref_affinity: pref(pa.and_then(|p| p.preferred_during_scheduling_ignored_during_execution.as_ref())),
        pref_anti: pref(pn.and_then(|p| p.preferred_during_scheduling_ignored_during_execution.as_ref())),
    }
}

/// One scheduling cycle's state (upstream's `CycleState`): the pod, what PreFilter computed for
/// the Filter plugins, and what PreScore computed for the Score plugins.
#[derive(Clone)]
pub struct Cycle {
    pub pod: Pod,
    pub r: Requests,
    pub terms: PodTerms,
    /// The pod's host ports as (protocol, ip, port).
    pub ports: Vec<(String, String, i32)>,
    pub spread: Option<crate::scheduler::plugins::pod_topology_spread::FilterState>,
    pub ipa: crate::scheduler::plugins::inter_pod_affinity::FilterState,
    pub spread_score: Option<crate::scheduler::plugins::pod_topology_spread::ScoreState>,
    pub ipa_score: TopoCounts,
    /// Normalised image name → its spread-scaled size (ImageLocality's `scaledImageScore`).
    pub image_scores: Vec<(String, i64)>,
    pub containers: usize,
    /// VolumeBinding's PreFilter state: the pod's claims as bound or still to bind.
    pub volumes: crate::scheduler::plugins::volume_binding::State,
}

impl Cycle {
    /// A cycle with nothing pre-computed yet.
    pub fn new(pod: Pod) -> Self {
        Cycle {
            r: pod_requests(&pod),
            terms: pod_terms(&pod),
            ports: crate::scheduler::plugins::node_ports::host_ports(&pod),
            containers: pod.spec.as_ref().map_or(0, |s| s.containers.len() + s.init_containers.as_ref().map_or(0, |c| c.len())),
            pod,
            spread: None,
            ipa: Default::default(),
            spread_score: None,
            ipa_score: TopoCounts::new(),
            image_scores: vec![],
            volumes: Default::default(),
        }
    }
}

pub trait FilterPlugin {
    fn name(&self) -> &'static str;
    fn filter(&self, cx: &Cycle, node: &NodeInfo) -> Status;
}

/// Score plugins return a raw score per node; `normalize` maps them to 0..=100 and the framework
/// applies the weight.
pub trait ScorePlugin {
    fn name(&self) -> &'static str;
    fn weight(&self) -> i64;
    fn score(&self, cx: &Cycle, node: &NodeInfo) -> i64;
    fn normalize(&self, _cx: &Cycle, _scores: &mut [i64]) {}
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
