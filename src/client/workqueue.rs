//! client-go's work queue: keys, deduplicated while waiting, with delayed adds and per-item
//! exponential backoff for retries (`ItemExponentialFailureRateLimiter`, 5ms doubling to 1000s).

use crate::sim::clock::SimTime;
use crate::sim::timers::TimerQueue;
use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::time::Duration;

#[derive(Debug, Default)]
pub struct WorkQueue {
    queue: VecDeque<String>,
    dirty: BTreeSet<String>,
    waiting: TimerQueue<String>,
    failures: BTreeMap<String, u32>,
    /// For the timeline: the latest write that made each waiting key's sync necessary (the
    /// span it was added in); popping the key resumes it.
    causes: BTreeMap<String, i64>,
}

const BASE_DELAY_MS: u64 = 5;
const MAX_DELAY_MS: u64 = 1_000_000;

impl WorkQueue {
    pub fn new() -> Self {
        Self::default()
    }

    /// Remembers the current span's cause for a key.
    fn note_cause(&mut self, key: &str) {
        let cause = crate::client::span::cause();
        if cause > 0 {
            let c = self.causes.entry(key.to_string()).or_insert(0);
            *c = (*c).max(cause);
        }
    }

    /// Adds a key unless it is already waiting.
    pub fn add(&mut self, key: &str) {
        self.note_cause(key);
        if self.dirty.insert(key.to_string()) {
            self.queue.push_back(key.to_string());
        }
    }

    /// Adds a key once `at` has come.
    pub fn add_after(&mut self, key: &str, at: SimTime) {
        self.note_cause(key);
        self.waiting.push(at, key.to_string());
    }

    /// Re-adds a key after its backoff (which doubles on every failure until `forget`).
    pub fn add_rate_limited(&mut self, key: &str, now: SimTime) -> SimTime {
        let n = self.failures.entry(key.to_string()).or_insert(0);
        let delay = BASE_DELAY_MS.saturating_mul(1u64 << (*n).min(30)).min(MAX_DELAY_MS);
        *n += 1;
        let at = now + Duration::from_millis(delay);
        self.add_after(key, at);
        at
    }

    pub fn forget(&mut self, key: &str) {
        self.failures.remove(key);
    }

    /// Moves delayed keys whose time has come into the queue.
    pub fn promote(&mut self, now: SimTime) {
        while let Some((_, key)) = self.waiting.pop_due(now) {
            if self.dirty.insert(key.clone()) {
                self.queue.push_back(key);
            }
        }
    }

    /// Takes the next key to process, resuming the span it was added in.
    pub fn pop(&mut self, now: SimTime) -> Option<String> {
        self.promote(now);
        let key = self.queue.pop_front()?;
        self.dirty.remove(&key);
        crate::client::span::set_cause(self.causes.remove(&key).unwrap_or(0));
        Some(key)
    }

    pub fn is_empty(&self) -> bool {
        self.queue.is_empty()
    }

    pub fn len(&self) -> usize {
        self.queue.len() + self.waiting.len()
    }

    /// When this queue next has work: now if keys are ready, else the first delayed key's time.
    pub fn next_ready(&self, now: SimTime) -> Option<SimTime> {
        if !self.queue.is_empty() {
            return Some(now);
        }
        self.waiting.peek_time()
    }
}

/// A controller's sync workers (`--concurrent-*-syncs`): each sync occupies a worker for a
/// modelled time, and a key is never synced by two workers at once (client-go's processing
/// set): events for it meanwhile mark it for one more sync afterwards.
#[derive(Debug)]
pub struct Workers {
    free_at: Vec<SimTime>,
    in_flight: BTreeMap<String, SimTime>,
    /// Syncs finished so far (for benchmarks).
    pub syncs: u64,
}

impl Workers {
    pub fn new(n: usize) -> Self {
        Workers { free_at: vec![SimTime::ZERO; n.max(1)], in_flight: BTreeMap::new(), syncs: 0 }
    }

    /// The next key a free worker can sync now, and that worker.
    pub fn next(&mut self, queue: &mut WorkQueue, now: SimTime) -> Option<(usize, String)> {
        loop {
            let w = (0..self.free_at.len()).find(|i| self.free_at[*i] <= now)?;
            crate::api::order::retain_map(&mut self.in_flight, &mut |_, until| *until > now);
            let key = queue.pop(now)?;
            if let Some(until) = self.in_flight.get(&key).copied() {
                queue.add_after(&key, until);
                continue;
            }
            return Some((w, key));
        }
    }

    /// A sync of `key` on worker `w` took `cost` (rounded up to whole milliseconds).
    pub fn done(&mut self, w: usize, key: String, now: SimTime, cost: Duration) {
        let until = now + Duration::from_millis((cost.as_micros() as u64).div_ceil(1000));
        self.free_at[w] = until;
        self.in_flight.insert(key, until);
        self.syncs += 1;
    }

    /// When the next key can be synced: when one is ready and a worker is free.
    pub fn next_ready(&self, queue: &WorkQueue, now: SimTime) -> Option<SimTime> {
        let ready = queue.next_ready(now)?;
        let free = self.free_at.iter().copied().min().unwrap_or(now);
        Some(ready.max(free))
    }
}

/// The modelled cost of one sync: 1ms, plus 2µs per object examined, plus 1ms per API write.
pub fn sync_cost(examined: usize, writes: usize) -> Duration {
    Duration::from_micros(1000 + 2 * examined as u64 + 1000 * writes as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dedups_and_delays() {
        let mut q = WorkQueue::new();
        q.add("a");
        q.add("b");
        q.add("a");
        assert_eq!(q.pop(SimTime(0)).as_deref(), Some("a"));
        assert_eq!(q.pop(SimTime(0)).as_deref(), Some("b"));
        assert_eq!(q.pop(SimTime(0)), None);
        let t1 = q.add_rate_limited("c", SimTime(0));
        assert_eq!(t1, SimTime(5));
        assert_eq!(q.pop(SimTime(4)), None);
        assert_eq!(q.pop(SimTime(5)).as_deref(), Some("c"));
        let t2 = q.add_rate_limited("c", SimTime(5));
        assert_eq!(t2, SimTime(15), "backoff doubles");
        q.forget("c");
        assert_eq!(q.add_rate_limited("c", SimTime(20)), SimTime(25));
    }
}
