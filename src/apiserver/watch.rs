//! The watch cache's fan-out (kube-apiserver's `Cacher`): one store watch for everything, client
//! watches indexed by kind and, for pods, by `spec.nodeName`, so a kubelet hears only of its own pods.
//! Events reach a client after the configured latency; the client's owner is woken then.

use crate::api::fields::FieldSelector;
use crate::api::labels::Selector;
use crate::api::{Kind, Object, ObjectRef};
use crate::sim::clock::SimTime;
use std::collections::{BTreeMap, BTreeSet, VecDeque};

/// Who holds a watch: the simulator wakes this owner when events are due.
pub type Owner = u32;
/// The owner of watches held open for clients over the REST interface (kubectl's `-w`).
pub const CLIENT: Owner = 3_000_000;
pub type ClientWatchId = u64;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WatchEventType {
    Added,
    Modified,
    Deleted,
    /// The watch ended because its history was compacted (HTTP 410); the client must relist.
    Expired,
}

impl WatchEventType {
    pub fn as_str(self) -> &'static str {
        match self {
            WatchEventType::Added => "ADDED",
            WatchEventType::Modified => "MODIFIED",
            WatchEventType::Deleted => "DELETED",
            WatchEventType::Expired => "ERROR",
        }
    }
}

#[derive(Clone, Debug)]
pub struct WatchEvent {
    pub kind: WatchEventType,
    pub object: ObjectRef,
}

/// What a client watch selects.
#[derive(Clone, Debug)]
pub struct WatchFilter {
    pub kind: Kind,
    pub namespace: Option<String>,
    pub labels: Selector,
    pub fields: FieldSelector,
}

impl WatchFilter {
    pub fn matches(&self, obj: &Object) -> bool {
        if let Some(ns) = &self.namespace {
            if obj.namespace() != ns {
                return false;
            }
        }
        self.labels.matches(obj.meta().labels.as_ref()) && self.fields.matches(obj)
    }
    fn node_index(&self) -> Option<&str> {
        if self.kind == Kind::Pod {
            self.fields.exact("spec.nodeName")
        } else {
            None
        }
    }
}

#[derive(Debug)]
struct ClientWatch {
    owner: Owner,
    filter: WatchFilter,
    queue: VecDeque<(SimTime, WatchEvent)>,
    last_wakeup: Option<SimTime>,
}

/// The fan-out hub.
#[derive(Debug, Default)]
pub struct Cacher {
    watches: BTreeMap<ClientWatchId, ClientWatch>,
    by_kind: BTreeMap<Kind, BTreeSet<ClientWatchId>>,
    pods_by_node: BTreeMap<String, BTreeSet<ClientWatchId>>,
    next_id: ClientWatchId,
    /// Owners to wake, and when: drained by the simulator.
    pub wakeups: Vec<(SimTime, Owner)>,
}

fn node_of(obj: &Object) -> Option<&str> {
    obj.as_pod().and_then(|p| p.spec.as_ref()).and_then(|s| s.node_name.as_deref())
}

impl Cacher {
    pub fn add(&mut self, owner: Owner, filter: WatchFilter) -> ClientWatchId {
        self.next_id += 1;
        let id = self.next_id;
        match filter.node_index() {
            Some(node) => self.pods_by_node.entry(node.to_string()).or_default().insert(id),
            None => self.by_kind.entry(filter.kind).or_default().insert(id),
        };
        self.watches.insert(id, ClientWatch { owner, filter, queue: VecDeque::new(), last_wakeup: None });
        id
    }

    pub fn remove(&mut self, id: ClientWatchId) {
        if let Some(w) = self.watches.remove(&id) {
            match w.filter.node_index() {
                Some(node) => {
                    if let Some(set) = self.pods_by_node.get_mut(node) {
                        set.remove(&id);
                    }
                }
                None => {
                    if let Some(set) = self.by_kind.get_mut(&w.filter.kind) {
                        set.remove(&id);
                    }
                }
            }
        }
    }

    pub fn filter(&self, id: ClientWatchId) -> Option<&WatchFilter> {
        self.watches.get(&id).map(|w| &w.filter)
    }

    /// Queues an event for one watch, to be seen at `at`.
    pub fn push(&mut self, id: ClientWatchId, at: SimTime, event: WatchEvent) {
        if let Some(w) = self.watches.get_mut(&id) {
            w.queue.push_back((at, event));
            if w.last_wakeup != Some(at) {
                w.last_wakeup = Some(at);
                self.wakeups.push((at, w.owner));
            }
        }
    }

    /// Fans one store change out to every matching watch. `old` is the previous state (if any),
    /// `new` the current one (None for a deletion, where `deleted` carries the final object).
    pub fn dispatch(&mut self, kind: Kind, old: Option<&ObjectRef>, new: Option<&ObjectRef>, deleted: Option<&ObjectRef>, at: SimTime) {
        let mut candidates: BTreeSet<ClientWatchId> = BTreeSet::new();
        if let Some(set) = self.by_kind.get(&kind) {
            candidates.extend(set.iter().copied());
        }
        if kind == Kind::Pod {
            for obj in [old, new].into_iter().flatten() {
                if let Some(set) = node_of(obj).and_then(|n| self.pods_by_node.get(n)) {
                    candidates.extend(set.iter().copied());
                }
            }
        }
        for id in candidates {
            let Some(w) = self.watches.get(&id) else { continue };
            let was = old.is_some_and(|o| w.filter.matches(o));
            let event = match new {
                Some(n) => {
                    let is = w.filter.matches(n);
                    match (was, is) {
                        (false, true) => WatchEvent { kind: WatchEventType::Added, object: n.clone() },
                        (true, true) => WatchEvent { kind: WatchEventType::Modified, object: n.clone() },
                        (true, false) => WatchEvent { kind: WatchEventType::Deleted, object: n.clone() },
                        (false, false) => continue,
                    }
                }
                None if was => WatchEvent { kind: WatchEventType::Deleted, object: deleted.or(old).cloned().expect("deleted object") },
                None => continue,
            };
            self.push(id, at, event);
        }
    }

    /// Takes the events due at or before `now`.
    pub fn poll(&mut self, id: ClientWatchId, now: SimTime) -> Vec<WatchEvent> {
        let Some(w) = self.watches.get_mut(&id) else { return Vec::new() };
        let mut out = Vec::new();
        while let Some((at, _)) = w.queue.front() {
            if *at > now {
                break;
            }
            out.push(w.queue.pop_front().expect("front").1);
        }
        out
    }

    /// Events queued but not yet delivered, over all watches (the "in flight" count).
    pub fn in_flight(&self) -> usize {
        self.watches.values().map(|w| w.queue.len()).sum()
    }

    pub fn watch_count(&self) -> usize {
        self.watches.len()
    }
}
