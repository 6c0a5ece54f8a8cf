//! Store conformance: revisions, ranges at a revision, watches from a revision, compaction, and a
//! model-based check against a plain map.

use super::*;
use crate::sim::rng::SimRng;

fn v(s: &str) -> Arc<String> {
    Arc::new(s.to_string())
}

#[test]
fn revisions_and_counters_follow_etcd() {
    let mut s: Store<String> = Store::new();
    assert_eq!(s.revision(), 1);
    assert_eq!(s.put("/a", v("1")), 2);
    assert_eq!(s.put("/a", v("2")), 3);
    let kv = s.get("/a").unwrap();
    assert_eq!((kv.create_revision, kv.mod_revision, kv.version), (2, 3, 2));
    assert_eq!(s.delete("/a"), Some(4));
    assert!(s.get("/a").is_none());
    assert_eq!(s.delete("/a"), None, "deleting a missing key writes nothing");
    assert_eq!(s.revision(), 4);
    s.put("/a", v("3"));
    let kv = s.get("/a").unwrap();
    assert_eq!((kv.create_revision, kv.version), (5, 1), "a new generation starts after a delete");
}

#[test]
fn txn_compares_mod_revision() {
    let mut s: Store<String> = Store::new();
    let r = s.put("/k", v("a"));
    let res = s.txn(&[Compare::ModRevision("/k".into(), r - 1)], vec![Op::Put("/k".into(), v("b"))], vec![]);
    assert!(!res.succeeded);
    assert_eq!(*s.get("/k").unwrap().value, "a");
    let res = s.txn(&[Compare::ModRevision("/k".into(), r)], vec![Op::Put("/k".into(), v("b"))], vec![]);
    assert!(res.succeeded);
    assert_eq!(*s.get("/k").unwrap().value, "b");
    let res = s.txn(&[Compare::CreateRevision("/new".into(), 0)], vec![Op::Put("/new".into(), v("x"))], vec![]);
    assert!(res.succeeded, "create-if-absent");
}

#[test]
fn range_at_old_revision_and_compaction() {
    let mut s: Store<String> = Store::new();
    let r1 = s.put("/p/a", v("a1"));
    s.put("/p/b", v("b1"));
    s.put("/p/a", v("a2"));
    s.delete("/p/b");
    s.put("/q/x", v("x"));
    let old: Vec<_> = s.range_prefix_at("/p/", r1).unwrap().iter().map(|kv| (*kv.value).clone()).collect();
    assert_eq!(old, vec!["a1"]);
    let now: Vec<_> = s.range_prefix("/p/").iter().map(|kv| (*kv.value).clone()).collect();
    assert_eq!(now, vec!["a2"]);
    assert_eq!(s.count_prefix("/p/"), 1);
    let before = s.record_count();
    s.compact(s.revision()).unwrap();
    assert!(s.record_count() < before);
    assert_eq!(s.record_count(), 2, "only live values remain");
    assert!(matches!(s.range_prefix_at("/p/", r1), Err(StoreError::Compacted { .. })));
    assert!(matches!(s.watch("/p/", r1), Err(StoreError::Compacted { .. })));
}

#[test]
fn watch_from_revision_replays_history_with_prev() {
    let mut s: Store<String> = Store::new();
    let r = s.put("/w/a", v("1"));
    s.put("/w/a", v("2"));
    s.put("/other", v("z"));
    s.delete("/w/a");
    let id = s.watch("/w/", r).unwrap();
    let evs = s.poll(id).unwrap();
    let got: Vec<_> = evs
        .iter()
        .map(|e| (e.kind, (*e.kv.value).clone(), e.kv.mod_revision, e.prev.as_ref().map(|p| (*p.value).clone())))
        .collect();
    assert_eq!(
        got,
        vec![
            (EventType::Put, "1".to_string(), r, None),
            (EventType::Put, "2".to_string(), r + 1, Some("1".to_string())),
            (EventType::Delete, "2".to_string(), r + 3, Some("2".to_string())),
        ]
    );
    assert!(s.poll(id).unwrap().is_empty(), "a poll consumes what it returned");
    s.put("/w/b", v("3"));
    assert_eq!(s.poll(id).unwrap().len(), 1);
}

#[test]
fn history_is_packed_once_every_watcher_has_seen_the_write_that_superseded_it() {
    let mut s: Store<String> = Store::new();
    let (w1, w2) = (s.watch("/", 0).unwrap(), s.watch("/", 0).unwrap());
    let a2 = v("a2");
    let r1 = s.put("/a", v("a1"));
    s.put("/a", a2.clone());
    s.put("/b", v("b1"));
    s.delete("/b");
    assert_eq!(s.poll(w1).unwrap().len(), 4);
    assert_eq!(s.packed().0, 0, "w2 has not been sent the superseding writes yet");
    assert_eq!(s.poll(w2).unwrap().len(), 4);
    assert_eq!(s.packed().0, 2, "a1 (superseded by a2) and b1 (by its deletion)");
    assert!(Arc::ptr_eq(&s.get("/a").unwrap().value, &a2), "current values stay shared");
    // Old revisions read back from the packed form.
    let old: Vec<_> = s.range_prefix_at("/", r1).unwrap().iter().map(|kv| (*kv.value).clone()).collect();
    assert_eq!(old, vec!["a1"]);
    let replay: Vec<_> = s.history("/", r1).unwrap().iter().map(|e| ((*e.kv.value).clone(), e.prev.as_ref().map(|p| (*p.value).clone()))).collect();
    assert_eq!(
        replay,
        vec![("a1".into(), None), ("a2".into(), Some("a1".into())), ("b1".into(), None), ("b1".into(), Some("b1".into()))]
    );
}

#[test]
fn watcher_left_behind_by_compaction_gets_compacted() {
    let mut s: Store<String> = Store::new();
    let id = s.watch("/", 0).unwrap();
    s.put("/a", v("1"));
    s.put("/a", v("2"));
    s.compact(s.revision()).unwrap();
    assert!(matches!(s.poll(id), Err(StoreError::Compacted { .. })));
}

/// Model-based: random puts, deletes and compactions against a BTreeMap model; every read agrees.
#[test]
fn store_agrees_with_model_under_random_ops() {
    const CASES: u64 = 20;
    println!("store model property: {} cases, seeds 0..{} (SimRng)", CASES, CASES);
    for seed in 0..CASES {
        let mut rng = SimRng::new(seed);
        let mut s: Store<String> = Store::new();
        let mut model: BTreeMap<String, String> = BTreeMap::new();
        let mut snapshots: Vec<(i64, BTreeMap<String, String>)> = Vec::new();
        let watch = s.watch("/", 0).unwrap();
        let mut watched: BTreeMap<String, String> = BTreeMap::new();
        for step in 0..300 {
            let key = format!("/k{}", rng.below(8));
            match rng.below(10) {
                0..=5 => {
                    let val = format!("v{}", step);
                    s.put(&key, Arc::new(val.clone()));
                    model.insert(key, val);
                }
                6..=8 => {
                    s.delete(&key);
                    model.remove(&key);
                }
                _ => {
                    // Compact to a random earlier snapshot's revision, keeping the watcher in sync first.
                    for e in s.poll(watch).unwrap() {
                        match e.kind {
                            EventType::Put => watched.insert(e.kv.key.clone(), (*e.kv.value).clone()),
                            EventType::Delete => watched.remove(&e.kv.key),
                        };
                    }
                    if let Some((rev, _)) = snapshots.last() {
                        if *rev > s.compacted_revision() {
                            s.compact(*rev).unwrap();
                            snapshots.retain(|(r, _)| *r >= s.compacted_revision());
                        }
                    }
                }
            }
            snapshots.push((s.revision(), model.clone()));
            let live: BTreeMap<String, String> =
                s.range_prefix("/").into_iter().map(|kv| (kv.key, (*kv.value).clone())).collect();
            assert_eq!(live, model, "seed {} step {}", seed, step);
            let (rev, snap) = &snapshots[rng.index(snapshots.len())];
            let at: BTreeMap<String, String> =
                s.range_prefix_at("/", *rev).unwrap().into_iter().map(|kv| (kv.key, (*kv.value).clone())).collect();
            assert_eq!(&at, snap, "seed {} step {} rev {}", seed, step, rev);
        }
        for e in s.poll(watch).unwrap() {
            match e.kind {
                EventType::Put => watched.insert(e.kv.key.clone(), (*e.kv.value).clone()),
                EventType::Delete => watched.remove(&e.kv.key),
            };
        }
        assert_eq!(watched, model, "watch replay reconstructs the state, seed {}", seed);
    }
}

#[test]
fn keep_packed_prefixes_pack_current_values_once_seen() {
    let mut s: Store<String> = Store::new();
    s.keep_packed("/events/");
    let w = s.watch("/", 0).unwrap();
    s.put("/events/e1", v("x"));
    s.put("/pods/p1", v("y"));
    assert_eq!(s.packed().0, 0);
    assert_eq!(s.poll(w).unwrap().len(), 2, "the watcher is sent the live value");
    assert_eq!(s.packed().0, 1, "the event is packed once seen; the pod stays shared");
    assert_eq!(*s.get("/events/e1").unwrap().value, "x");
    assert_eq!(s.range_prefix("/events/").len(), 1);
}

#[test]
fn history_is_packed_as_edits_from_its_successor() {
    let mut s: Store<String> = Store::new();
    let w = s.watch("/", 0).unwrap();
    let body = "x".repeat(2000);
    let version = |i: usize| format!("{{\"rv\":\"{}\",\"spec\":\"{}\",\"phase\":\"p{}\"}}", i, body, i);
    let first = s.put("/pod", Arc::new(version(0)));
    for i in 1..5 {
        s.put("/pod", Arc::new(version(i)));
        s.poll(w).unwrap();
    }
    assert_eq!(s.packed().0, 4);
    assert!(s.packed().1 < 4 * 100, "four versions of 2 KB in {} bytes", s.packed().1);
    for i in 0..5 {
        let at: Vec<_> = s.range_prefix_at("/", first + i as i64).unwrap().iter().map(|kv| (*kv.value).clone()).collect();
        assert_eq!(at, vec![version(i)], "revision {}", first + i as i64);
    }
    // A deleted value has no successor: it is kept whole, and still reads back.
    s.delete("/pod");
    s.poll(w).unwrap();
    assert_eq!(s.packed().0, 5);
    assert_eq!(*s.range_prefix_at("/", first + 4).unwrap()[0].value, version(4));
    s.compact(first + 2).unwrap();
    assert_eq!(*s.range_prefix_at("/", first + 2).unwrap()[0].value, version(2), "compaction keeps the bases it needs");
}
