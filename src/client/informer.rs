//! An informer: list, then watch from the list's revision, into a local cache of shared objects
//! (`Arc`s from the store, never copies). `sync` applies delivered events and returns deltas for
//! the owner's handlers; an expired watch triggers a relist, as in client-go's reflector.

use crate::api::fields::FieldSelector;
use crate::api::labels::Selector;
use crate::api::meta::controller_of;
use crate::api::{Kind, ObjectRef};
use crate::apiserver::watch::{ClientWatchId, Owner, WatchEventType, WatchFilter};
use crate::apiserver::{ApiServer, WatchFrom};
use std::collections::BTreeMap;

#[derive(Clone, Debug)]
pub enum Delta {
    Added(ObjectRef),
    Updated { old: ObjectRef, new: ObjectRef },
    Deleted(ObjectRef),
}

impl Delta {
    pub fn object(&self) -> &ObjectRef {
        match self {
            Delta::Added(o) | Delta::Deleted(o) => o,
            Delta::Updated { new, .. } => new,
        }
    }
}

#[derive(Debug)]
pub struct Informer {
    filter: WatchFilter,
    watch: Option<ClientWatchId>,
    cache: BTreeMap<String, ObjectRef>,
    /// Controller uid → keys of the objects it controls (client-go's ControllerUID index).
    /// The indexes hold the shared objects themselves, so reading one is a walk, not lookups.
    by_controller: BTreeMap<String, BTreeMap<String, ObjectRef>>,
    /// Namespace → objects with no controller (client-go's orphan index).
    orphans: BTreeMap<String, BTreeMap<String, ObjectRef>>,
    /// Node name → pods bound to it (the `spec.nodeName` index); pods only.
    by_node: BTreeMap<String, BTreeMap<String, ObjectRef>>,
}

fn node_of(obj: &ObjectRef) -> Option<&str> {
    obj.as_pod()?.spec.as_ref()?.node_name.as_deref().filter(|n| !n.is_empty())
}

impl Informer {
    pub fn new(kind: Kind) -> Self {
        Self::with_filter(WatchFilter { kind, namespace: None, labels: Selector::everything(), fields: FieldSelector::default() })
    }

    pub fn with_filter(filter: WatchFilter) -> Self {
        Informer { filter, watch: None, cache: BTreeMap::new(), by_controller: BTreeMap::new(), orphans: BTreeMap::new(), by_node: BTreeMap::new() }
    }

    /// A pod informer for one node (`spec.nodeName=<node>`), as the kubelet runs.
    pub fn pods_on_node(node: &str) -> Self {
        let fields = FieldSelector::parse(&format!("spec.nodeName={}", node), Kind::Pod).expect("valid selector");
        Self::with_filter(WatchFilter { kind: Kind::Pod, namespace: None, labels: Selector::everything(), fields })
    }

    pub fn kind(&self) -> Kind {
        self.filter.kind
    }

    pub fn has_synced(&self) -> bool {
        self.watch.is_some()
    }

    /// Lists and starts watching; the listed objects come back as `Added` deltas.
    pub fn start(&mut self, api: &mut ApiServer, owner: Owner) -> Vec<Delta> {
        if let Some(w) = self.watch.take() {
            api.stop_watch(w);
        }
        let list = api
            .list(self.filter.kind, self.filter.namespace.as_deref(), &self.filter.labels, &self.filter.fields)
            .map(|l| (l.items, l.resource_version));
        // A failed list (etcd without quorum) keeps the cache; the next sync tries again.
        let Ok((items, rv)) = list else { return Vec::new() };
        let mut deltas = Vec::new();
        let mut fresh: BTreeMap<String, ObjectRef> = BTreeMap::new();
        for obj in items {
            fresh.insert(obj.cache_key(), obj);
        }
        // Replace semantics: anything cached but no longer listed was deleted meanwhile.
        let old = std::mem::take(&mut self.cache);
        self.by_controller.clear();
        self.orphans.clear();
        self.by_node.clear();
        for (k, o) in &old {
            if !fresh.contains_key(k) {
                deltas.push(Delta::Deleted(o.clone()));
            }
        }
        for (k, o) in fresh {
            self.index(&k, &o);
            match old.get(&k) {
                Some(prev) if prev.meta().resource_version == o.meta().resource_version => {}
                Some(prev) => deltas.push(Delta::Updated { old: prev.clone(), new: o.clone() }),
                None => deltas.push(Delta::Added(o.clone())),
            }
            self.cache.insert(k, o);
        }
        self.watch = api.watch(owner, self.filter.clone(), WatchFrom::Revision(rv)).ok();
        deltas
    }

    fn index(&mut self, key: &str, obj: &ObjectRef) {
        if let Some(n) = node_of(obj) {
            self.by_node.entry(n.to_string()).or_default().insert(key.to_string(), obj.clone());
        }
        match controller_of(obj.meta()) {
            Some(r) => self.by_controller.entry(r.uid.clone()).or_default().insert(key.to_string(), obj.clone()),
            None => self.orphans.entry(obj.namespace().to_string()).or_default().insert(key.to_string(), obj.clone()),
        };
    }

    fn unindex(&mut self, key: &str, obj: &ObjectRef) {
        if let Some(n) = node_of(obj) {
            if let Some(set) = self.by_node.get_mut(n) {
                set.remove(key);
                if set.is_empty() {
                    self.by_node.remove(n);
                }
            }
        }
        let (map, k) = match controller_of(obj.meta()) {
            Some(r) => (&mut self.by_controller, r.uid.clone()),
            None => (&mut self.orphans, obj.namespace().to_string()),
        };
        if let Some(set) = map.get_mut(&k) {
            set.remove(key);
            if set.is_empty() {
                map.remove(&k);
            }
        }
    }

    /// Applies the watch events delivered so far; returns what changed.
    pub fn sync(&mut self, api: &mut ApiServer, owner: Owner) -> Vec<Delta> {
        let Some(w) = self.watch else { return self.start(api, owner) };
        let mut deltas = Vec::new();
        for ev in api.poll_watch(w) {
            let key = ev.object.cache_key();
            match ev.kind {
                WatchEventType::Added | WatchEventType::Modified => {
                    let obj = ev.object;
                    let prev = self.cache.insert(key.clone(), obj.clone());
                    if let Some(p) = &prev {
                        self.unindex(&key, p);
                    }
                    self.index(&key, &obj);
                    deltas.push(match prev {
                        Some(old) => Delta::Updated { old, new: obj },
                        None => Delta::Added(obj),
                    });
                }
                WatchEventType::Deleted => {
                    if let Some(old) = self.cache.remove(&key) {
                        self.unindex(&key, &old);
                    }
                    deltas.push(Delta::Deleted(ev.object));
                }
                WatchEventType::Expired => {
                    deltas.extend(self.start(api, owner));
                    return deltas;
                }
            }
        }
        deltas
    }

    pub fn get(&self, key: &str) -> Option<&ObjectRef> {
        self.cache.get(key)
    }

    pub fn len(&self) -> usize {
        self.cache.len()
    }

    pub fn is_empty(&self) -> bool {
        self.cache.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &ObjectRef> {
        self.cache.values()
    }

    /// Objects in one namespace (a range over the sorted cache keys).
    pub fn in_namespace<'a>(&'a self, ns: &str) -> impl Iterator<Item = &'a ObjectRef> + 'a {
        let prefix = format!("{}/", ns);
        self.cache.range(prefix.clone()..).take_while(move |(k, _)| k.starts_with(&prefix)).map(|(_, v)| v)
    }

    /// Objects in a namespace that no controller owns.
    pub fn orphans_in<'a>(&'a self, ns: &str) -> impl Iterator<Item = &'a ObjectRef> + 'a {
        self.orphans.get(ns).into_iter().flat_map(|m| m.values())
    }

    /// Pods bound to a node.
    pub fn on_node<'a>(&'a self, node: &str) -> impl Iterator<Item = &'a ObjectRef> + 'a {
        self.by_node.get(node).into_iter().flat_map(|m| m.values())
    }

    /// Objects whose controller has this uid.
    pub fn controlled_by<'a>(&'a self, uid: &str) -> impl Iterator<Item = &'a ObjectRef> + 'a {
        self.by_controller.get(uid).into_iter().flat_map(|m| m.values())
    }
}
