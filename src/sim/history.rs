//! What the learner ran: every command a shell on the learner's machine started (the terminal's,
//! a script's, a page button's), as its words after alias expansion, with its exit status and
//! when it ran. Lessons read it ("the learner ran `kubectl describe` on a Pending pod"); it is
//! bounded, and numbered so a reader can ask for what came after the last one it saw.

use super::clock::SimTime;
use std::collections::VecDeque;

/// Commands kept.
pub const CAPACITY: usize = 1000;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ran {
    /// 1, 2, 3, … in the order the commands started.
    pub seq: u64,
    pub at: SimTime,
    /// The command's words (`kubectl`, `describe`, `pod`, `web`); `k` is written `kubectl`.
    pub words: Vec<String>,
    /// The node a command ran on through `ssh`, or None on the learner's machine.
    pub node: Option<String>,
    pub exit_code: i32,
}

#[derive(Default)]
pub struct CommandLog {
    ran: VecDeque<Ran>,
    next: u64,
}

impl CommandLog {
    pub fn record(&mut self, at: SimTime, words: &[String], node: Option<&str>, exit_code: i32) {
        self.next += 1;
        let mut words = words.to_vec();
        if words.first().is_some_and(|w| w == "k") {
            words[0] = "kubectl".into();
        }
        self.ran.push_back(Ran { seq: self.next, at, words, node: node.map(str::to_string), exit_code });
        while self.ran.len() > CAPACITY {
            self.ran.pop_front();
        }
    }

    /// The commands after number `seq` (all that are kept).
    pub fn since(&self, seq: u64) -> impl Iterator<Item = &Ran> {
        let skip = self.ran.iter().take_while(|r| r.seq <= seq).count();
        self.ran.iter().skip(skip)
    }

    /// The number of the latest command (0 before any).
    pub fn last_seq(&self) -> u64 {
        self.next
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_latest_and_answers_what_came_after() {
        let mut log = CommandLog::default();
        for i in 0..(CAPACITY + 5) {
            log.record(SimTime::ZERO, &["k".to_string(), format!("{}", i)], None, 0);
        }
        assert_eq!(log.last_seq(), (CAPACITY + 5) as u64);
        assert_eq!(log.since(0).count(), CAPACITY);
        let after: Vec<&Ran> = log.since(CAPACITY as u64 + 3).collect();
        assert_eq!(after.len(), 2);
        assert_eq!(after[0].words, vec!["kubectl".to_string(), format!("{}", CAPACITY + 3)]);
    }
}
