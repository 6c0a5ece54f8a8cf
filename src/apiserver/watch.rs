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
    /// The index a watch is filed under: an exact `spec.nodeName` (a kubelet's pods) or
    /// `metadata.name` (a kubelet's own Node) requirement, else its kind alone.
    fn index(&self) -> Option<(Kind, Field, &str)> {
        if self.kind == Kind::Pod {
            if let Some(node) = self.fields.exact("spec.nodeName") {
                return Some((self.kind, Field::NodeName, node));
            }
        }
        self.fields.exact("metadata.name").map(|name| (self.kind, Field::Name, name))
    }
}

#[derive(Debug)]
struct ClientWatch {
    owner: Owner,
    filter: WatchFilter,
    queue: VecDeque<(SimTime, WatchEvent)>,
    last_wakeup: Option<SimTime>,
}

/// The fields watches are indexed by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Field {
    Name,
    NodeName,
}

/// The fan-out hub.
#[derive(Debug, Default)]
pub struct Cacher {
    /// Boxed, as the other maps under a `u64` key: one copy of the map's code for all of them.
    watches: BTreeMap<ClientWatchId, Box<ClientWatch>>,
    by_kind: BTreeMap<Kind, BTreeSet<ClientWatchId>>,
    /// Watches pinned to one value of an indexed field, by kind, field and value.
    by_field: BTreeMap<(Kind, Field), BTreeMap<String, BTreeSet<ClientWatchId>>>,
    next_id: ClientWatchId,
    /// Owners to wake, and when: drained by the simulator.
    pub wakeups: Vec<(SimTime, Owner)>,
}

/// A pod's `spec.nodeName` as field selectors see it: empty while unscheduled.
pub fn node_of(obj: &Object) -> Option<&str> {
    obj.as_pod().map(|p| p.spec.as_ref().and_then(|s| s.node_name.as_deref()).unwrap_or(""))
}

impl Cacher {
    pub fn add(&mut self, owner: Owner, filter: WatchFilter) -> ClientWatchId {
        self.next_id += 1;
        let id = self.next_id;
        match filter.index() {
            Some((kind, field, value)) => self.by_field.entry((kind, field)).or_default().entry(value.to_string()).or_default().insert(id),
            None => self.by_kind.entry(filter.kind).or_default().insert(id),
        };
        self.watches.insert(id, Box::new(ClientWatch { owner, filter, queue: VecDeque::new(), last_wakeup: None }));
        id
    }

    pub fn remove(&mut self, id: ClientWatchId) {
        if let Some(w) = self.watches.remove(&id) {
            match w.filter.index() {
                Some((kind, field, value)) => {
                    if let Some(values) = self.by_field.get_mut(&(kind, field)) {
                        if let Some(set) = values.get_mut(value) {
                            set.remove(&id);
                            if set.is_empty() {
                                values.remove(value);
                            }
                        }
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
        for obj in [old, new, deleted].into_iter().flatten() {
            let node = if kind == Kind::Pod { node_of(obj) } else { None };
            for (field, value) in [(Field::Name, Some(obj.name())), (Field::NodeName, node)] {
                let Some(value) = value else { continue };
                if let Some(set) = self.by_field.get(&(kind, field)).and_then(|m| m.get(value)) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::labels::Selector;
    use std::sync::Arc;

    fn obj(kind: Kind, json: &str) -> ObjectRef {
        Arc::new(Object::from_json_str(kind, json).expect("object"))
    }

    fn pod(name: &str, node: Option<&str>) -> ObjectRef {
        let spec = match node {
            Some(n) => format!(r#"{{"containers":[],"nodeName":"{n}"}}"#),
            None => r#"{"containers":[]}"#.to_string(),
        };
        obj(Kind::Pod, &format!(r#"{{"apiVersion":"v1","kind":"Pod","metadata":{{"name":"{name}","namespace":"default"}},"spec":{spec}}}"#))
    }

    fn watch(c: &mut Cacher, kind: Kind, fields: &str) -> ClientWatchId {
        let fields = FieldSelector::parse(fields, kind).expect("selector");
        c.add(0, WatchFilter { kind, namespace: None, labels: Selector::everything(), fields })
    }

    fn seen(c: &mut Cacher, id: ClientWatchId) -> Vec<(WatchEventType, String)> {
        c.poll(id, SimTime::ZERO).into_iter().map(|e| (e.kind, e.object.name().to_string())).collect()
    }

    #[test]
    fn watches_pinned_to_a_name_or_node_hear_only_their_objects() {
        let mut c = Cacher::default();
        let own_node = watch(&mut c, Kind::Node, "metadata.name=node01");
        let all_nodes = watch(&mut c, Kind::Node, "");
        let node01_pods = watch(&mut c, Kind::Pod, "spec.nodeName=node01");
        let unscheduled = watch(&mut c, Kind::Pod, "spec.nodeName=");
        let one_pod = watch(&mut c, Kind::Pod, "metadata.name=web");
        let node = |n: &str| obj(Kind::Node, &format!(r#"{{"apiVersion":"v1","kind":"Node","metadata":{{"name":"{n}"}}}}"#));
        for n in ["node01", "node02"] {
            c.dispatch(Kind::Node, None, Some(&node(n)), None, SimTime::ZERO);
        }
        assert_eq!(seen(&mut c, own_node), vec![(WatchEventType::Added, "node01".to_string())]);
        assert_eq!(seen(&mut c, all_nodes).len(), 2);
        // A pod created unscheduled, bound to node02, then another bound to node01 and deleted.
        let (web, bound) = (pod("web", None), pod("web", Some("node02")));
        c.dispatch(Kind::Pod, None, Some(&web), None, SimTime::ZERO);
        c.dispatch(Kind::Pod, Some(&web), Some(&bound), None, SimTime::ZERO);
        let (db, placed) = (pod("db", None), pod("db", Some("node01")));
        c.dispatch(Kind::Pod, None, Some(&db), None, SimTime::ZERO);
        c.dispatch(Kind::Pod, Some(&db), Some(&placed), None, SimTime::ZERO);
        c.dispatch(Kind::Pod, Some(&placed), None, Some(&placed), SimTime::ZERO);
        use WatchEventType::*;
        let names = |v: &[(WatchEventType, &str)]| v.iter().map(|(t, n)| (*t, n.to_string())).collect::<Vec<_>>();
        assert_eq!(seen(&mut c, node01_pods), names(&[(Added, "db"), (Deleted, "db")]));
        assert_eq!(seen(&mut c, unscheduled), names(&[(Added, "web"), (Deleted, "web"), (Added, "db"), (Deleted, "db")]));
        assert_eq!(seen(&mut c, one_pod), names(&[(Added, "web"), (Modified, "web")]));
        // Removing a watch leaves the index without it.
        c.remove(own_node);
        c.dispatch(Kind::Node, Some(&node("node01")), Some(&node("node01")), None, SimTime::ZERO);
        assert!(seen(&mut c, own_node).is_empty());
    }
}
