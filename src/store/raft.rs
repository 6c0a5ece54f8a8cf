//! Raft for the etcd members: leader election with randomized election timeouts, log
//! replication to the running members, and commit on a majority. The replicated state machine is
//! the one MVCC store; this module decides whether a write can commit (a leader and a quorum of
//! running members), which members hold which log entries, and who leads in which term.

use crate::sim::clock::SimTime;
use crate::sim::rng::SimRng;
use std::time::Duration;

/// etcd's defaults: 100ms heartbeats, a 1000ms election timeout (randomized between 1x and 2x).
pub const HEARTBEAT: Duration = Duration::from_millis(100);
pub const ELECTION_TIMEOUT: Duration = Duration::from_millis(1000);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Follower,
    Candidate,
    Leader,
}

#[derive(Clone, Debug)]
pub struct Member {
    pub id: u64,
    pub name: String,
    pub peer_url: String,
    pub client_url: String,
    pub running: bool,
    pub role: Role,
    pub term: u64,
    pub voted_for: Option<u64>,
    /// The last log index this member holds (everything up to it is applied: the log is the store's).
    pub index: u64,
    /// When this member, without a leader, starts an election.
    pub election_at: Option<SimTime>,
}

/// Why a proposal could not commit (etcd's errors, as the apiserver passes them on).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RaftError {
    /// No leader (an election is under way, or quorum is lost).
    NoLeader,
}

impl std::fmt::Display for RaftError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RaftError::NoLeader => write!(f, "etcdserver: request timed out"),
        }
    }
}

/// Something that happened, for the trace.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RaftEvent {
    pub at: SimTime,
    pub message: String,
}

pub struct Raft {
    pub members: Vec<Member>,
    /// The cluster's committed index (the highest index a quorum holds).
    pub commit: u64,
    pub cluster_id: u64,
    rng: SimRng,
    pub events: Vec<RaftEvent>,
}

impl Raft {
    /// A cluster whose first member was bootstrapped as leader in term 2, as a fresh
    /// single-member etcd reports after its first self-election.
    pub fn new(members: Vec<(String, String)>, mut rng: SimRng) -> Self {
        let cluster_id = rng.next_u64();
        let members = members
            .into_iter()
            .enumerate()
            .map(|(i, (name, ip))| Member {
                id: rng.next_u64(),
                name,
                peer_url: format!("https://{}:2380", ip),
                client_url: format!("https://{}:2379", ip),
                running: true,
                role: if i == 0 { Role::Leader } else { Role::Follower },
                term: 2,
                voted_for: None,
                index: 0,
                election_at: None,
            })
            .collect();
        Raft { members, commit: 0, cluster_id, rng, events: Vec::new() }
    }

    fn quorum(&self) -> usize {
        self.members.len() / 2 + 1
    }

    fn running(&self) -> usize {
        self.members.iter().filter(|m| m.running).count()
    }

    pub fn leader(&self) -> Option<&Member> {
        self.members.iter().find(|m| m.running && m.role == Role::Leader)
    }

    pub fn term(&self) -> u64 {
        self.members.iter().map(|m| m.term).max().unwrap_or(0)
    }

    /// Proposes one entry: it commits when a leader can replicate it to a majority.
    pub fn propose(&mut self) -> Result<u64, RaftError> {
        let Some(leader) = self.leader().map(|m| m.id) else { return Err(RaftError::NoLeader) };
        if self.running() < self.quorum() {
            return Err(RaftError::NoLeader);
        }
        let index = self.commit + 1;
        let term = self.members.iter().find(|m| m.id == leader).map(|m| m.term).unwrap_or(0);
        for m in self.members.iter_mut().filter(|m| m.running) {
            m.index = index;
            m.term = term;
        }
        self.commit = index;
        Ok(index)
    }

    /// Whether a linearizable read can be served (a leader with a quorum).
    pub fn can_read(&self) -> bool {
        self.leader().is_some() && self.running() >= self.quorum()
    }

    fn election_timeout(&mut self) -> Duration {
        ELECTION_TIMEOUT + Duration::from_millis(self.rng.below(ELECTION_TIMEOUT.as_millis() as u64))
    }

    /// A member stops (its process is killed). Without a leader the others start election timers.
    pub fn stop(&mut self, name: &str, now: SimTime) -> bool {
        let Some(i) = self.members.iter().position(|m| m.name == name) else { return false };
        let was_leader = self.members[i].role == Role::Leader;
        self.members[i].running = false;
        self.members[i].role = Role::Follower;
        self.members[i].election_at = None;
        self.events.push(RaftEvent { at: now, message: format!("member {} ({:x}) stopped", name, self.members[i].id) });
        if was_leader {
            self.events.push(RaftEvent { at: now, message: format!("leader {} lost; followers wait for an election timeout", name) });
            self.arm_elections(now);
        } else if self.running() < self.quorum() {
            // check-quorum: a leader that cannot hear from a majority steps down.
            for m in self.members.iter_mut().filter(|m| m.role == Role::Leader) {
                m.role = Role::Follower;
                self.events.push(RaftEvent { at: now, message: format!("{} stepped down: it cannot reach a quorum", m.name) });
            }
        }
        true
    }

    /// A member starts again: it rejoins as a follower and catches up from the leader.
    pub fn start(&mut self, name: &str, now: SimTime) -> bool {
        let Some(i) = self.members.iter().position(|m| m.name == name) else { return false };
        if self.members[i].running {
            return true;
        }
        self.members[i].running = true;
        self.members[i].role = Role::Follower;
        self.events.push(RaftEvent { at: now, message: format!("member {} ({:x}) started", name, self.members[i].id) });
        if let Some((term, index)) = self.leader().map(|l| (l.term, l.index)) {
            let m = &mut self.members[i];
            m.term = term;
            m.index = index;
        } else {
            self.arm_elections(now);
        }
        true
    }

    fn arm_elections(&mut self, now: SimTime) {
        for i in 0..self.members.len() {
            if self.members[i].running && self.members[i].election_at.is_none() {
                let t = now + self.election_timeout();
                self.members[i].election_at = Some(t);
            }
        }
    }

    /// The earliest pending election timer.
    pub fn next_wakeup(&self) -> Option<SimTime> {
        self.members.iter().filter(|m| m.running).filter_map(|m| m.election_at).min()
    }

    /// Runs the election timers that are due: a member times out, becomes a candidate in a new
    /// term and asks the others for votes; a majority makes it leader. Without a majority of running
    /// members, elections keep failing until one returns.
    pub fn tick(&mut self, now: SimTime) {
        loop {
            let Some(i) = (0..self.members.len())
                .filter(|i| self.members[*i].running && self.members[*i].election_at.is_some_and(|t| t <= now))
                .min_by_key(|i| self.members[*i].election_at)
            else {
                return;
            };
            if self.leader().is_some() {
                for m in &mut self.members {
                    m.election_at = None;
                }
                return;
            }
            let term = self.term() + 1;
            let (cand_id, cand_index) = (self.members[i].id, self.members[i].index);
            self.members[i].role = Role::Candidate;
            self.members[i].term = term;
            self.members[i].voted_for = Some(cand_id);
            let mut votes = 1;
            for j in 0..self.members.len() {
                if j == i || !self.members[j].running {
                    continue;
                }
                let m = &mut self.members[j];
                m.term = term;
                m.role = Role::Follower;
                // A vote goes to a candidate whose log is at least as up to date.
                if cand_index >= m.index {
                    m.voted_for = Some(cand_id);
                    votes += 1;
                }
            }
            let name = self.members[i].name.clone();
            if votes >= self.quorum() {
                self.members[i].role = Role::Leader;
                for m in &mut self.members {
                    m.election_at = None;
                }
                self.events.push(RaftEvent { at: now, message: format!("{} elected leader at term {} with {} votes", name, term, votes) });
            } else {
                self.members[i].role = Role::Follower;
                let t = now + self.election_timeout();
                self.members[i].election_at = Some(t);
                self.events.push(RaftEvent {
                    at: now,
                    message: format!("{} lost the election at term {} ({} of {} votes needed)", name, term, votes, self.quorum()),
                });
                if self.running() < self.quorum() {
                    // No election can succeed until a member returns.
                    for m in &mut self.members {
                        m.election_at = None;
                    }
                    return;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn three(seed: u64) -> Raft {
        Raft::new(vec![("a".into(), "10.0.0.1".into()), ("b".into(), "10.0.0.2".into()), ("c".into(), "10.0.0.3".into())], SimRng::new(seed))
    }

    fn run_elections(r: &mut Raft, mut now: SimTime) -> SimTime {
        while let Some(t) = r.next_wakeup() {
            now = t;
            r.tick(now);
        }
        now
    }

    #[test]
    fn leader_loss_elects_a_new_leader_and_keeps_writes() {
        for seed in 0..50 {
            let mut r = three(seed);
            for _ in 0..5 {
                r.propose().unwrap();
            }
            let old = r.leader().unwrap().name.clone();
            r.stop(&old, SimTime(1000));
            assert_eq!(r.propose(), Err(RaftError::NoLeader), "seed {}: no leader during the election", seed);
            let t = run_elections(&mut r, SimTime(1000));
            assert!(t >= SimTime(2000) && t < SimTime(3000), "seed {}: election after one timeout, at {}", seed, t);
            let new = r.leader().unwrap().name.clone();
            assert_ne!(new, old, "seed {}", seed);
            assert!(r.term() > 2);
            assert_eq!(r.propose(), Ok(6), "seed {}: writes continue with 2 of 3", seed);
            r.start(&old, t);
            assert_eq!(r.members.iter().find(|m| m.name == old).unwrap().index, 6, "seed {}: the old leader catches up", seed);
        }
    }

    #[test]
    fn losing_quorum_stops_writes_until_a_member_returns() {
        for seed in 0..50 {
            let mut r = three(seed);
            r.propose().unwrap();
            let names: Vec<String> = r.members.iter().map(|m| m.name.clone()).collect();
            r.stop(&names[0], SimTime(0));
            r.stop(&names[1], SimTime(0));
            run_elections(&mut r, SimTime(0));
            assert!(r.leader().is_none(), "seed {}", seed);
            assert_eq!(r.propose(), Err(RaftError::NoLeader));
            assert!(!r.can_read());
            assert!(r.next_wakeup().is_none(), "seed {}: no endless elections without quorum", seed);
            r.start(&names[1], SimTime(10_000));
            run_elections(&mut r, SimTime(10_000));
            assert!(r.leader().is_some(), "seed {}", seed);
            assert_eq!(r.propose(), Ok(2), "seed {}: the acknowledged write is still there", seed);
        }
    }

    /// Random stops, restarts, writes and elapsed time against 3- and 5-member clusters: at most
    /// one leader per term, no acknowledged write lost (every later leader holds it), writes
    /// fail exactly when there is no quorum, and a quorum always elects a leader in the end.
    #[test]
    fn random_faults_keep_raft_safe_and_live() {
        const CASES: u64 = 200;
        println!("raft property: {} cases, seeds 0..{} (SimRng)", CASES, CASES);
        for seed in 0..CASES {
            let size = if seed % 2 == 0 { 3 } else { 5 };
            let members = (0..size).map(|i| (format!("m{}", i), format!("10.0.0.{}", i + 1))).collect();
            let mut r = Raft::new(members, SimRng::new(seed));
            let mut rng = SimRng::new(seed ^ 0x5eed);
            let mut now = SimTime(0);
            let mut leaders: std::collections::BTreeMap<u64, u64> = std::collections::BTreeMap::new();
            let mut acked = 0u64;
            for step in 0..300 {
                let name = format!("m{}", rng.below(size as u64));
                match rng.below(10) {
                    0 | 1 => {
                        r.stop(&name, now);
                    }
                    2 | 3 => {
                        r.start(&name, now);
                    }
                    4..=6 => {
                        let quorum = r.members.iter().filter(|m| m.running).count() > size / 2;
                        match r.propose() {
                            Ok(i) => {
                                assert!(quorum, "seed {} step {}: a write committed without quorum", seed, step);
                                assert_eq!(i, acked + 1, "seed {} step {}: indexes follow on", seed, step);
                                acked = i;
                            }
                            Err(RaftError::NoLeader) => {}
                        }
                    }
                    _ => {
                        now = now + Duration::from_millis(rng.below(3000));
                        r.tick(now);
                    }
                }
                if let Some(l) = r.leader() {
                    let prev = leaders.insert(l.term, l.id);
                    assert!(prev.is_none() || prev == Some(l.id), "seed {} step {}: two leaders in term {}", seed, step, l.term);
                    assert!(l.index >= acked, "seed {} step {}: leader {} lacks acknowledged write {}", seed, step, l.name, acked);
                }
                assert!(r.commit >= acked, "seed {} step {}", seed, step);
            }
            // Liveness: with every member back, elections end with a leader and writes resume.
            for i in 0..size {
                r.start(&format!("m{}", i), now);
            }
            while let Some(t) = r.next_wakeup() {
                now = t;
                r.tick(now);
            }
            assert!(r.leader().is_some(), "seed {}: no leader with every member running", seed);
            assert_eq!(r.propose(), Ok(acked + 1), "seed {}", seed);
        }
    }
}
