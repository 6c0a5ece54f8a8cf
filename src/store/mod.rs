//! An etcd-shaped MVCC store: revisions, a key index with per-key history, transactions, ranges at
//! a revision, watches from a revision, and compaction. It knows nothing of Kubernetes.
//!
//! Current values are shared (`Arc<V>`, never copied): the apiserver's watch cache and every
//! informer hold the same allocation. A value superseded by a later write is history, which etcd
//! keeps serialized on disk; here, once every watcher has been sent the write that superseded it,
//! it is packed (`Pack`, for objects their JSON) and unpacked only if someone reads that old
//! revision (a watch or list from an old resourceVersion, `etcdctl get --rev`). History is what
//! fills memory between compactions: a pod is written five times on its way to Running.

mod delta;
pub mod raft;
mod revision;
#[cfg(test)]
mod tests;

pub use revision::Revision;

use std::collections::BTreeMap;
use std::sync::Arc;

/// A key's value as a range or watch returns it, with etcd's per-key counters.
#[derive(Debug)]
pub struct KeyValue<V> {
    pub key: String,
    pub value: Arc<V>,
    pub create_revision: i64,
    pub mod_revision: i64,
    /// Number of writes since the key was (re)created; 1 after the first put.
    pub version: i64,
}

impl<V> Clone for KeyValue<V> {
    fn clone(&self) -> Self {
        KeyValue {
            key: self.key.clone(),
            value: self.value.clone(),
            create_revision: self.create_revision,
            mod_revision: self.mod_revision,
            version: self.version,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventType {
    Put,
    Delete,
}

/// A watch event. For `Delete`, `kv.value` is the last value and `kv.mod_revision` the deletion's.
#[derive(Debug)]
pub struct Event<V> {
    pub kind: EventType,
    pub kv: KeyValue<V>,
    pub prev: Option<KeyValue<V>>,
}

impl<V> Clone for Event<V> {
    fn clone(&self) -> Self {
        Event { kind: self.kind, kv: self.kv.clone(), prev: self.prev.clone() }
    }
}

/// etcd's errors that the store can return.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// The requested revision was compacted away ("mvcc: required revision has been compacted").
    Compacted { compacted: i64 },
    /// The requested revision is in the future ("mvcc: required revision is a future revision").
    FutureRevision,
    /// The store is not available (e.g. no quorum).
    Unavailable,
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StoreError::Compacted { .. } => write!(f, "mvcc: required revision has been compacted"),
            StoreError::FutureRevision => write!(f, "mvcc: required revision is a future revision"),
            StoreError::Unavailable => write!(f, "etcdserver: request timed out"),
        }
    }
}

/// How a value is kept once it is history: serialized bytes it can be rebuilt from.
pub trait Pack: Sized {
    fn pack(&self) -> Vec<u8>;
    fn unpack(bytes: &[u8]) -> Self;
}

impl Pack for String {
    fn pack(&self) -> Vec<u8> {
        self.as_bytes().to_vec()
    }
    fn unpack(bytes: &[u8]) -> String {
        String::from_utf8_lossy(bytes).into_owned()
    }
}

#[derive(Debug)]
enum Slot<V> {
    Live(Arc<V>),
    /// Serialized.
    Full(Box<[u8]>),
    /// Serialized as the edits from the value written at `base` (the write that superseded
    /// it, always newer, so compaction never drops a base before what depends on it).
    Delta { base: Revision, ops: Box<[u8]> },
}

/// A record in the backend: the value written at one revision (None for a tombstone).
#[derive(Debug)]
struct Record<V> {
    key: String,
    value: Option<Slot<V>>,
    create_revision: i64,
    version: i64,
}

/// Comparisons a transaction can guard on (etcd `Compare`).
#[derive(Clone, Debug)]
pub enum Compare {
    /// The key's mod revision equals this (0 means the key does not exist).
    ModRevision(String, i64),
    /// The key's create revision equals this (0 means the key does not exist).
    CreateRevision(String, i64),
}

pub enum Op<V> {
    Put(String, Arc<V>),
    Delete(String),
}

#[derive(Debug)]
pub struct TxnResult {
    pub succeeded: bool,
    /// The store's revision after the transaction.
    pub revision: i64,
}

pub type WatchId = u64;

#[derive(Debug)]
struct Watcher {
    prefix: String,
    /// The next revision this watcher has not seen yet.
    next_rev: i64,
}

/// The MVCC store.
#[derive(Debug)]
pub struct Store<V: Pack> {
    /// key → every revision (puts and tombstones) still held for it, oldest first.
    index: BTreeMap<String, Vec<Revision>>,
    backend: BTreeMap<Revision, Record<V>>,
    current: i64,
    compacted: i64,
    /// Boxed, as the other maps under a `u64` key: one copy of the map's code for all of them.
    watchers: BTreeMap<WatchId, Box<Watcher>>,
    next_watch: WatchId,
    /// (superseding revision, superseded revision) for live values that became history, in the
    /// order they did; packed once every watcher is past the superseding revision.
    superseded: std::collections::VecDeque<(Revision, Revision)>,
    /// Prefixes whose current values are packed too once every watcher has seen them: what
    /// the apiserver serves from etcd rather than from its watch cache (events).
    cold: Vec<String>,
}

impl<V: Pack> Default for Store<V> {
    fn default() -> Self {
        Store {
            index: BTreeMap::new(),
            backend: BTreeMap::new(),
            current: 1,
            compacted: 0,
            watchers: BTreeMap::new(),
            next_watch: 1,
            superseded: Default::default(),
            cold: Vec::new(),
        }
    }
}

impl<V: Pack> Store<V> {
    pub fn new() -> Self {
        Self::default()
    }

    /// The current revision (etcd starts at 1).
    pub fn revision(&self) -> i64 {
        self.current
    }

    pub fn compacted_revision(&self) -> i64 {
        self.compacted
    }

    /// Number of records held (live values, history and tombstones): what compaction shrinks.
    pub fn record_count(&self) -> usize {
        self.backend.len()
    }

    fn latest_rev(&self, key: &str) -> Option<Revision> {
        self.index.get(key).and_then(|revs| revs.last().copied())
    }

    /// The value written at `rev`, unpacked if it is history.
    fn value_at(&self, rev: Revision) -> Option<Arc<V>> {
        match self.backend.get(&rev)?.value.as_ref()? {
            Slot::Live(v) => Some(v.clone()),
            Slot::Full(b) => Some(Arc::new(V::unpack(b))),
            Slot::Delta { .. } => Some(Arc::new(V::unpack(&self.bytes_at(rev)?))),
        }
    }

    /// The serialized value written at `rev` (following deltas to their bases).
    fn bytes_at(&self, rev: Revision) -> Option<Vec<u8>> {
        match self.backend.get(&rev)?.value.as_ref()? {
            Slot::Live(v) => Some(v.pack()),
            Slot::Full(b) => Some(b.to_vec()),
            Slot::Delta { base, ops } => delta::decode(&self.bytes_at(*base)?, ops),
        }
    }

    fn kv_at(&self, key: &str, rev: Revision) -> Option<KeyValue<V>> {
        let rec = self.backend.get(&rev)?;
        let value = self.value_at(rev)?;
        Some(KeyValue {
            key: key.to_string(),
            value,
            create_revision: rec.create_revision,
            mod_revision: rev.main,
            version: rec.version,
        })
    }

    /// The key's current value.
    pub fn get(&self, key: &str) -> Option<KeyValue<V>> {
        let rev = self.latest_rev(key)?;
        self.kv_at(key, rev)
    }

    /// All live keys with this prefix at the current revision, in key order.
    pub fn range_prefix(&self, prefix: &str) -> Vec<KeyValue<V>> {
        self.index
            .range(prefix.to_string()..)
            .take_while(|(k, _)| k.starts_with(prefix))
            .filter_map(|(k, revs)| revs.last().and_then(|r| self.kv_at(k, *r)))
            .collect()
    }

    /// All keys with this prefix as they were at revision `at`.
    pub fn range_prefix_at(&self, prefix: &str, at: i64) -> Result<Vec<KeyValue<V>>, StoreError> {
        if at > self.current {
            return Err(StoreError::FutureRevision);
        }
        if at < self.compacted {
            return Err(StoreError::Compacted { compacted: self.compacted });
        }
        let bound = Revision::new(at, i64::MAX);
        Ok(self
            .index
            .range(prefix.to_string()..)
            .take_while(|(k, _)| k.starts_with(prefix))
            .filter_map(|(k, revs)| {
                let idx = revs.partition_point(|r| *r <= bound);
                if idx == 0 {
                    return None;
                }
                self.kv_at(k, revs[idx - 1])
            })
            .collect())
    }

    /// Counts live keys under a prefix without cloning values.
    pub fn count_prefix(&self, prefix: &str) -> usize {
        self.index
            .range(prefix.to_string()..)
            .take_while(|(k, _)| k.starts_with(prefix))
            .filter(|(_, revs)| revs.last().map(|r| self.backend.get(r).is_some_and(|rec| rec.value.is_some())).unwrap_or(false))
            .count()
    }

    fn check(&self, cmp: &Compare) -> bool {
        match cmp {
            Compare::ModRevision(key, want) => self.get(key).map(|kv| kv.mod_revision).unwrap_or(0) == *want,
            Compare::CreateRevision(key, want) => self.get(key).map(|kv| kv.create_revision).unwrap_or(0) == *want,
        }
    }

    /// An etcd transaction: if every comparison holds, apply `then`, else `otherwise`. Writes in one
    /// transaction share one main revision. A transaction that writes nothing does not bump the revision.
    pub fn txn(&mut self, compares: &[Compare], then: Vec<Op<V>>, otherwise: Vec<Op<V>>) -> TxnResult {
        let succeeded = compares.iter().all(|c| self.check(c));
        let ops = if succeeded { then } else { otherwise };
        let main = self.current + 1;
        let mut sub = 0;
        for op in ops {
            let wrote = match op {
                Op::Put(key, value) => {
                    self.put_at(Revision::new(main, sub), key, Some(value));
                    true
                }
                Op::Delete(key) => {
                    if self.get(&key).is_some() {
                        self.put_at(Revision::new(main, sub), key, None);
                        true
                    } else {
                        false
                    }
                }
            };
            if wrote {
                sub += 1;
            }
        }
        if sub > 0 {
            self.current = main;
        }
        TxnResult { succeeded, revision: self.current }
    }

    fn put_at(&mut self, rev: Revision, key: String, value: Option<Arc<V>>) {
        let prev = self.latest_rev(&key).and_then(|r| self.backend.get(&r).filter(|rec| rec.value.is_some()).map(|rec| (r, rec.create_revision, rec.version)));
        let (create_revision, version) = match (&value, &prev) {
            (None, _) => (0, 0),
            (Some(_), Some((_, created, version))) => (*created, version + 1),
            (Some(_), None) => (rev.main, 1),
        };
        if let Some((r, _, _)) = prev {
            self.superseded.push_back((rev, r));
        }
        if value.is_some() && self.cold.iter().any(|p| key.starts_with(p.as_str())) {
            self.superseded.push_back((rev, rev));
        }
        self.index.entry(key.clone()).or_default().push(rev);
        self.backend.insert(rev, Record { key, value: value.map(Slot::Live), create_revision, version });
    }

    /// Puts a value unconditionally; returns the new revision.
    pub fn put(&mut self, key: &str, value: Arc<V>) -> i64 {
        self.txn(&[], vec![Op::Put(key.to_string(), value)], vec![]).revision
    }

    /// Deletes a key; returns the new revision, or None if the key did not exist.
    pub fn delete(&mut self, key: &str) -> Option<i64> {
        self.get(key)?;
        Some(self.txn(&[], vec![Op::Delete(key.to_string())], vec![]).revision)
    }

    /// Starts a watch on a prefix from revision `start` (events with revision >= start).
    pub fn watch(&mut self, prefix: &str, start: i64) -> Result<WatchId, StoreError> {
        if start != 0 && start <= self.compacted {
            return Err(StoreError::Compacted { compacted: self.compacted });
        }
        let id = self.next_watch;
        self.next_watch += 1;
        let next_rev = if start == 0 { self.current + 1 } else { start };
        self.watchers.insert(id, Box::new(Watcher { prefix: prefix.to_string(), next_rev }));
        Ok(id)
    }

    pub fn cancel_watch(&mut self, id: WatchId) {
        self.watchers.remove(&id);
    }

    /// The events a watcher has not seen yet, in revision order. A watcher left behind by
    /// compaction gets `Compacted` and is cancelled, as etcd does.
    pub fn poll(&mut self, id: WatchId) -> Result<Vec<Event<V>>, StoreError> {
        let Some(w) = self.watchers.get(&id) else { return Ok(Vec::new()) };
        if w.next_rev <= self.compacted {
            self.watchers.remove(&id);
            return Err(StoreError::Compacted { compacted: self.compacted });
        }
        let (prefix, from) = (w.prefix.clone(), w.next_rev);
        let events = self.events_since(&prefix, from);
        if let Some(w) = self.watchers.get_mut(&id) {
            w.next_rev = self.current + 1;
        }
        self.pack_history();
        Ok(events)
    }

    /// Keeps values under `prefix` packed once every watcher has been sent them, current ones
    /// included; reads unpack them.
    pub fn keep_packed(&mut self, prefix: &str) {
        self.cold.push(prefix.to_string());
    }

    /// Packs the values superseded by writes every watcher has been sent.
    fn pack_history(&mut self) {
        let seen = self.watchers.values().map(|w| w.next_rev).min().unwrap_or(self.current + 1);
        while let Some(&(by, rev)) = self.superseded.front() {
            if by.main >= seen {
                break;
            }
            self.superseded.pop_front();
            let Some(Some(Slot::Live(v))) = self.backend.get(&rev).map(|r| &r.value) else { continue };
            let bytes = v.pack();
            // History as the edits from its successor; a value deleted (or kept cold) whole.
            let base = (by != rev).then(|| self.bytes_at(by)).flatten();
            let slot = match base.map(|b| delta::encode(&b, &bytes)) {
                Some(ops) if ops.len() < bytes.len() => Slot::Delta { base: by, ops: ops.into_boxed_slice() },
                _ => Slot::Full(bytes.into_boxed_slice()),
            };
            if let Some(rec) = self.backend.get_mut(&rev) {
                rec.value = Some(slot);
            }
        }
    }

    /// How many records hold a packed value (history, and current values under `keep_packed`
    /// prefixes), and their bytes; the rest of `record_count` are shared current values and
    /// tombstones.
    pub fn packed(&self) -> (usize, usize) {
        self.backend.values().fold((0, 0), |(n, bytes), r| match &r.value {
            Some(Slot::Full(b)) => (n + 1, bytes + b.len()),
            Some(Slot::Delta { ops, .. }) => (n + 1, bytes + ops.len()),
            _ => (n, bytes),
        })
    }

    /// Events on keys under `prefix` with revision >= `from`, as a watch started at `from` would
    /// see them; `Compacted` when that history is gone.
    pub fn history(&self, prefix: &str, from: i64) -> Result<Vec<Event<V>>, StoreError> {
        if from <= self.compacted {
            return Err(StoreError::Compacted { compacted: self.compacted });
        }
        Ok(self.events_since(prefix, from))
    }

    fn events_since(&self, prefix: &str, from: i64) -> Vec<Event<V>> {
        let mut out = Vec::new();
        for (rev, rec) in self.backend.range(Revision::new(from, 0)..) {
            if !rec.key.starts_with(prefix) {
                continue;
            }
            let prev = self.prev_kv(&rec.key, *rev);
            match self.value_at(*rev) {
                Some(value) => out.push(Event {
                    kind: EventType::Put,
                    kv: KeyValue {
                        key: rec.key.clone(),
                        value,
                        create_revision: rec.create_revision,
                        mod_revision: rev.main,
                        version: rec.version,
                    },
                    prev,
                }),
                None => {
                    if let Some(p) = prev {
                        let kv = KeyValue { mod_revision: rev.main, ..p.clone() };
                        out.push(Event { kind: EventType::Delete, kv, prev: Some(p) });
                    }
                }
            }
        }
        out
    }

    fn prev_kv(&self, key: &str, rev: Revision) -> Option<KeyValue<V>> {
        let revs = self.index.get(key)?;
        let idx = revs.partition_point(|r| *r < rev);
        if idx == 0 {
            return None;
        }
        self.kv_at(key, revs[idx - 1])
    }

    /// Compacts history up to `rev`: every record superseded at or before `rev` is dropped, and
    /// tombstones at or before it go too. Reads and watches before `rev` then fail with `Compacted`.
    pub fn compact(&mut self, rev: i64) -> Result<(), StoreError> {
        if rev <= self.compacted {
            return Err(StoreError::Compacted { compacted: self.compacted });
        }
        if rev > self.current {
            return Err(StoreError::FutureRevision);
        }
        let bound = Revision::new(rev, i64::MAX);
        let mut emptied = Vec::new();
        for (key, revs) in self.index.iter_mut() {
            let upto = revs.partition_point(|r| *r <= bound);
            if upto == 0 {
                continue;
            }
            // Keep the newest revision at or before `rev` unless it is a tombstone.
            let keep_last = self.backend.get(&revs[upto - 1]).is_some_and(|r| r.value.is_some());
            let drop_n = if keep_last { upto - 1 } else { upto };
            for r in revs.drain(..drop_n) {
                self.backend.remove(&r);
            }
            if revs.is_empty() {
                emptied.push(key.clone());
            }
        }
        for key in emptied {
            self.index.remove(&key);
        }
        self.compacted = rev;
        Ok(())
    }
}
