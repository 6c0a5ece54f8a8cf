//! The scheduling queue (`pkg/scheduler/backend/queue`): activeQ ordered by priority then arrival,
//! backoffQ (1s doubling to 10s per attempt), and unschedulable pods that wait for a cluster
//! event — or at most 5 minutes — before another try.

use crate::sim::clock::SimTime;
use crate::sim::timers::TimerQueue;
use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

pub const INITIAL_BACKOFF: Duration = Duration::from_secs(1);
pub const MAX_BACKOFF: Duration = Duration::from_secs(10);
pub const MAX_IN_UNSCHEDULABLE: Duration = Duration::from_secs(5 * 60);

/// A priority as an ascending key: the highest priority is the smallest (`Reverse<i32>`'s order).
fn rank(priority: i32) -> SimTime {
    SimTime((i32::MAX as i64 - priority as i64) as u64)
}

#[derive(Debug, Default)]
pub struct SchedulingQueue {
    /// By rank (higher priority first, see [`rank`]) then arrival: the key type of the
    /// simulation's timer queues, so the page carries one such map.
    active: BTreeMap<(SimTime, u64), String>,
    active_keys: BTreeMap<String, Box<(SimTime, u64)>>,
    backoff: TimerQueue<String>,
    in_backoff: BTreeSet<String>,
    unschedulable: BTreeMap<String, SimTime>,
    attempts: BTreeMap<String, u32>,
    priority: BTreeMap<String, i32>,
    seq: u64,
}

impl SchedulingQueue {
    pub fn add(&mut self, key: &str, priority: i32) {
        self.priority.insert(key.to_string(), priority);
        if self.active_keys.contains_key(key) || self.in_backoff.contains(key) {
            return;
        }
        self.unschedulable.remove(key);
        self.seq += 1;
        let k = (rank(priority), self.seq);
        self.active.insert(k, key.to_string());
        self.active_keys.insert(key.to_string(), Box::new(k));
    }

    pub fn remove(&mut self, key: &str) {
        if let Some(k) = self.active_keys.remove(key) {
            self.active.remove(&*k);
        }
        self.in_backoff.remove(key);
        self.unschedulable.remove(key);
        self.attempts.remove(key);
        self.priority.remove(key);
    }

    pub fn contains(&self, key: &str) -> bool {
        self.active_keys.contains_key(key) || self.in_backoff.contains(key) || self.unschedulable.contains_key(key)
    }

    /// Pops the next pod to schedule, first moving finished backoffs and expired waits to active.
    pub fn pop(&mut self, now: SimTime) -> Option<String> {
        self.flush(now);
        let (_, key) = self.active.pop_first()?;
        self.active_keys.remove(&key);
        *self.attempts.entry(key.clone()).or_insert(0) += 1;
        Some(key)
    }

    fn backoff_duration(&self, key: &str) -> Duration {
        let n = self.attempts.get(key).copied().unwrap_or(1).max(1);
        let d = INITIAL_BACKOFF.saturating_mul(1u32 << (n - 1).min(16));
        d.min(MAX_BACKOFF)
    }

    /// A failed attempt: the pod waits for a cluster event (or 5 minutes).
    pub fn add_unschedulable(&mut self, key: &str, now: SimTime) -> SimTime {
        self.unschedulable.insert(key.to_string(), now);
        now + MAX_IN_UNSCHEDULABLE
    }

    /// A scheduling error (e.g. a failed bind): retry after the pod's backoff.
    pub fn add_backoff(&mut self, key: &str, now: SimTime) -> SimTime {
        let at = now + self.backoff_duration(key);
        self.in_backoff.insert(key.to_string());
        self.backoff.push(at, key.to_string());
        at
    }

    /// `MoveAllToActiveOrBackoffQueue`: a cluster event may have made unschedulable pods fit.
    pub fn move_all_to_active_or_backoff(&mut self, now: SimTime) -> Option<SimTime> {
        let keys: Vec<(String, SimTime)> = std::mem::take(&mut self.unschedulable).into_iter().collect();
        let mut earliest = None;
        for (key, since) in keys {
            let ready_at = since + self.backoff_duration(&key);
            if ready_at <= now {
                let p = self.priority.get(&key).copied().unwrap_or(0);
                self.add(&key, p);
            } else {
                self.in_backoff.insert(key.clone());
                self.backoff.push(ready_at, key);
                earliest = Some(earliest.map_or(ready_at, |e: SimTime| e.min(ready_at)));
            }
        }
        earliest
    }

    fn flush(&mut self, now: SimTime) {
        while let Some((_, key)) = self.backoff.pop_due(now) {
            if self.in_backoff.remove(&key) {
                let p = self.priority.get(&key).copied().unwrap_or(0);
                self.add(&key, p);
            }
        }
        let expired: Vec<String> =
            self.unschedulable.iter().filter(|(_, since)| now.since(**since) >= MAX_IN_UNSCHEDULABLE).map(|(k, _)| k.clone()).collect();
        for key in expired {
            let p = self.priority.get(&key).copied().unwrap_or(0);
            self.unschedulable.remove(&key);
            self.add(&key, p);
        }
    }

    /// When the queue next has a pod ready: now, the next backoff expiry, or the next 5-minute flush.
    pub fn next_ready(&self, now: SimTime) -> Option<SimTime> {
        if !self.active.is_empty() {
            return Some(now);
        }
        let flush = self.unschedulable.values().map(|s| *s + MAX_IN_UNSCHEDULABLE).min();
        [self.backoff.peek_time(), flush].into_iter().flatten().min()
    }

    pub fn pending_counts(&self) -> (usize, usize, usize) {
        (self.active.len(), self.in_backoff.len(), self.unschedulable.len())
    }
}
