//! The timer queue: wakeups ordered by (time, sequence), so ties resolve in insertion order.

use super::clock::SimTime;
use std::collections::BTreeMap;

/// A queue of timed entries. Entries at the same time pop in the order they were pushed.
#[derive(Debug)]
pub struct TimerQueue<T> {
    entries: BTreeMap<(SimTime, u64), T>,
    seq: u64,
}

impl<T> Default for TimerQueue<T> {
    fn default() -> Self {
        TimerQueue { entries: BTreeMap::new(), seq: 0 }
    }
}

impl<T> TimerQueue<T> {
    pub fn new() -> Self {
        Self::default()
    }
    pub fn push(&mut self, at: SimTime, item: T) {
        self.seq += 1;
        self.entries.insert((at, self.seq), item);
    }
    pub fn peek_time(&self) -> Option<SimTime> {
        self.entries.keys().next().map(|(t, _)| *t)
    }
    /// Pops the earliest entry if it is due at or before `now`.
    pub fn pop_due(&mut self, now: SimTime) -> Option<(SimTime, T)> {
        match self.peek_time() {
            Some(t) if t <= now => self.entries.pop_first().map(|((t, _), v)| (t, v)),
            _ => None,
        }
    }
    pub fn len(&self) -> usize {
        self.entries.len()
    }
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
    pub fn iter(&self) -> impl Iterator<Item = (SimTime, &T)> {
        self.entries.iter().map(|((t, _), v)| (*t, v))
    }
    pub fn retain(&mut self, mut keep: impl FnMut(&T) -> bool) {
        crate::api::order::retain_map(&mut self.entries, &mut |_, v| keep(v));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn orders_by_time_then_insertion() {
        let mut q = TimerQueue::new();
        q.push(SimTime(20), "c");
        q.push(SimTime(10), "a");
        q.push(SimTime(10), "b");
        assert_eq!(q.pop_due(SimTime(5)), None);
        assert_eq!(q.pop_due(SimTime(30)), Some((SimTime(10), "a")));
        assert_eq!(q.pop_due(SimTime(30)), Some((SimTime(10), "b")));
        assert_eq!(q.pop_due(SimTime(30)), Some((SimTime(20), "c")));
        assert!(q.is_empty());
    }
}
