//! The crate's one stable sort. Every `slice::sort*` call monomorphizes a separate copy of the
//! standard library's driftsort (about 4 KB of wasm each); here a single non-generic merge sort
//! orders indices through a `dyn` comparison, and a few lines per element type apply the order.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};

/// `collect()` into ordered collections without std's sort-then-bulk-build, which instantiates
/// a driftsort for every call site (its closure is generic over the iterator): inserting one by
/// one costs no extra code and is as fast for the small maps built here.
pub trait Collect: Iterator + Sized {
    fn into_map<K: Ord, V>(self) -> BTreeMap<K, V>
    where
        Self: Iterator<Item = (K, V)>,
    {
        let mut m = BTreeMap::new();
        for (k, v) in self {
            m.insert(k, v);
        }
        m
    }
    fn into_set<T: Ord>(self) -> BTreeSet<T>
    where
        Self: Iterator<Item = T>,
    {
        let mut m = BTreeSet::new();
        for v in self {
            m.insert(v);
        }
        m
    }
    fn into_json_map(self) -> serde_json::Map<String, serde_json::Value>
    where
        Self: Iterator<Item = (String, serde_json::Value)>,
    {
        let mut m = serde_json::Map::new();
        for (k, v) in self {
            m.insert(k, v);
        }
        m
    }
}

impl<I: Iterator> Collect for I {}

/// A small map as a vector, without a `BTreeMap` instance of its own: the entries sorted by
/// key, of equal keys only the last (what inserting them into a map keeps).
pub fn sorted_entries<K: Ord, V>(mut v: Vec<(K, V)>) -> Vec<(K, V)> {
    sort_by(&mut v, |a, b| a.0.cmp(&b.0));
    let mut out: Vec<(K, V)> = Vec::with_capacity(v.len());
    for e in v {
        if out.last().is_some_and(|l| l.0 == e.0) {
            out.pop();
        }
        out.push(e);
    }
    out
}

/// A small set of strings as a sorted vector without duplicates (look up with `binary_search`),
/// without a `BTreeSet<&str>` instance of its own.
pub fn str_set<'a>(it: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut v: Vec<&str> = it.collect();
    sort(&mut v);
    v.dedup();
    v
}

/// The value of `key` in entries from [`sorted_entries`].
pub fn entry<K: Ord, V>(v: &[(K, V)], key: K) -> Option<&V> {
    v.iter().find(|e| e.0 == key).map(|e| &e.1)
}

/// `BTreeMap::retain` by way of `remove`: `retain` compiles the map's whole removal code
/// (rebalancing included) again for each map type it is used on, beside the copy `remove`
/// already has. Same result: the predicate sees every entry in key order, then the refused go.
pub fn retain_map<K: Ord + Clone, V>(m: &mut BTreeMap<K, V>, f: &mut dyn FnMut(&K, &mut V) -> bool) {
    let gone: Vec<K> = m.iter_mut().filter_map(|(k, v)| (!f(k, v)).then(|| k.clone())).collect();
    for k in &gone {
        m.remove(k);
    }
}

/// `BTreeSet::retain`, likewise.
pub fn retain_set<T: Ord + Clone>(s: &mut BTreeSet<T>, f: &mut dyn FnMut(&T) -> bool) {
    let gone: Vec<T> = s.iter().filter(|x| !f(x)).cloned().collect();
    for x in &gone {
        s.remove(x);
    }
}

/// Bottom-up merge sort of `0..n` (stable).
fn order(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..n).collect();
    let mut buf = vec![0; n];
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut a, mut b, mut k) = (start, mid, start);
            while a < mid && b < end {
                if cmp(idx[b], idx[a]) == Ordering::Less {
                    buf[k] = idx[b];
                    b += 1;
                } else {
                    buf[k] = idx[a];
                    a += 1;
                }
                k += 1;
            }
            buf[k..k + mid - a].copy_from_slice(&idx[a..mid]);
            k += mid - a;
            buf[k..k + end - b].copy_from_slice(&idx[b..end]);
            start = end;
        }
        std::mem::swap(&mut idx, &mut buf);
        width *= 2;
    }
    idx
}

/// Stable sort by a comparison, like `slice::sort_by`.
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    let mut perm = order(v.len(), &mut |a, b| cmp(&v[a], &v[b]));
    // Afterwards v[i] holds what was at v[perm[i]]: follow each cycle with swaps.
    for i in 0..v.len() {
        let mut cur = i;
        while perm[cur] != i {
            let next = perm[cur];
            v.swap(cur, next);
            perm[cur] = cur;
            cur = next;
        }
        perm[cur] = cur;
    }
}

/// Stable sort by a key, like `slice::sort_by_key`.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)))
}

/// Stable sort, like `slice::sort`.
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, |a, b| a.cmp(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_like_the_standard_library() {
        let mut seed = 7u64;
        for n in [0usize, 1, 2, 3, 7, 8, 33, 100, 257] {
            let v: Vec<(u8, usize)> = (0..n)
                .map(|i| {
                    seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                    ((seed >> 59) as u8, i)
                })
                .collect();
            let mut ours = v.clone();
            sort_by_key(&mut ours, |x| x.0);
            let mut std_sorted = v.clone();
            std_sorted.sort_by_key(|x| x.0);
            assert_eq!(ours, std_sorted, "n = {}", n);
        }
        let mut words = vec!["b", "a", "c", "a"];
        sort(&mut words);
        assert_eq!(words, vec!["a", "a", "b", "c"]);
    }
}
