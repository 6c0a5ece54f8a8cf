//! The timeline: what each component did and why, as causal chains. Every write the apiserver
//! accepts is one happening, told from the object as written (`created pod web-9fq4m`, `bound
//! pod web-9fq4m to node02`, `pod web-9fq4m is Running (1/1 ready)`), with the component that made
//! it and the write it reacted to (`client::span`); kube-proxy's rule syncs are happenings too,
//! caused by the Service or EndpointSlice change they carry. Lease renewals (heartbeats and
//! leader elections) are left out: they say only that time passes. The timeline is bounded: the
//! oldest happenings go first.

use crate::api::core::{Node, Pod, ReplicationController};
use crate::api::ObjectRef;
use crate::apiserver::AuditEvent;
use crate::sim::clock::SimTime;
use std::collections::VecDeque;

/// How many happenings the timeline keeps.
pub const CAPACITY: usize = 5_000;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Happening {
    /// Its place in the timeline (1, 2, …; never reused).
    pub seq: u64,
    pub at: SimTime,
    /// Who acted: `replication-controller`, `scheduler`, `kubelet/node02`, `kube-proxy/node01`,
    /// `kubectl` (the learner).
    pub actor: String,
    /// What it did, in a line.
    pub what: String,
    /// The object it acted on: kind, namespace, name (for jumping to it).
    pub kind: String,
    pub namespace: String,
    pub name: String,
    /// The revision its write made (0 for kube-proxy's syncs, which write no object).
    pub rev: i64,
    /// The revision of the write it reacted to (0: none known — a root of a chain).
    pub cause: i64,
}

#[derive(Clone, Debug, Default)]
pub struct Timeline {
    entries: VecDeque<Happening>,
    next: u64,
    /// (revision, seq) of the entries that wrote something, in order: writes are recorded in
    /// revision order, so a revision is found by binary search.
    writes: VecDeque<(i64, u64)>,
}

impl Timeline {
    pub fn len(&self) -> usize {
        self.entries.len()
    }
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
    /// Happenings in order, oldest first.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &Happening> + ExactSizeIterator {
        self.entries.iter()
    }
    /// The number the next happening will get (how many there have been, plus one).
    pub fn next_seq(&self) -> u64 {
        self.next + 1
    }

    fn push(&mut self, mut h: Happening) {
        self.next += 1;
        h.seq = self.next;
        if self.entries.len() >= CAPACITY {
            if let Some(old) = self.entries.pop_front() {
                if self.writes.front().is_some_and(|(_, s)| *s == old.seq) {
                    self.writes.pop_front();
                }
            }
        }
        if h.rev > 0 {
            self.writes.push_back((h.rev, h.seq));
        }
        self.entries.push_back(h);
    }

    /// Records an audited write, if it changed something worth telling.
    pub fn record_write(&mut self, a: &AuditEvent) {
        if a.rev == 0 || a.code >= 300 || a.resource == "leases" {
            return;
        }
        let actor = if a.actor.is_empty() { client_name(&a.user) } else { a.actor.clone() };
        let what = describe(a);
        let kind = a.object.as_ref().map(|o| o.kind().info().kind.to_string()).unwrap_or_default();
        self.push(Happening { seq: 0, at: a.at, actor, what, kind, namespace: a.namespace.clone(), name: a.name.clone(), rev: a.rev, cause: a.cause });
    }

    /// Records something a component did without writing an object (kube-proxy's rule syncs).
    pub fn record(&mut self, at: SimTime, actor: &str, what: String, cause: i64) {
        self.push(Happening { seq: 0, at, actor: actor.to_string(), what, kind: String::new(), namespace: String::new(), name: String::new(), rev: 0, cause });
    }

    /// The happening whose write made revision `rev`.
    pub fn by_rev(&self, rev: i64) -> Option<&Happening> {
        if rev <= 0 {
            return None;
        }
        let i = self.writes.partition_point(|(r, _)| *r < rev);
        let &(r, seq) = self.writes.get(i)?;
        if r != rev {
            return None;
        }
        self.get(seq)
    }

    /// The happening numbered `seq`, while the timeline still holds it.
    pub fn get(&self, seq: u64) -> Option<&Happening> {
        let first = self.entries.front()?.seq;
        self.entries.get(seq.checked_sub(first)? as usize)
    }

    /// The chain `seq` belongs to, from its root: each happening with its depth (a reaction is
    /// one deeper than what it reacted to), in time order.
    pub fn chain(&self, seq: u64) -> Vec<(usize, &Happening)> {
        let Some(mut root) = self.get(seq) else { return Vec::new() };
        while let Some(parent) = self.by_rev(root.cause) {
            root = parent;
        }
        let mut out: Vec<(usize, &Happening)> = vec![(0, root)];
        // Revisions in the chain so far, with their depth: a later happening caused by one of
        // them joins it.
        let mut revs: Vec<(i64, usize)> = vec![(root.rev, 0)];
        let start = (root.seq - self.entries.front().map_or(root.seq, |h| h.seq)) as usize + 1;
        for h in self.entries.range(start..) {
            if let Some(&(_, d)) = revs.iter().find(|(r, _)| *r > 0 && *r == h.cause) {
                out.push((d + 1, h));
                if h.rev > 0 {
                    revs.push((h.rev, d + 1));
                }
            }
        }
        out
    }
}

/// How the timeline names a client outside the cluster's components.
fn client_name(user: &str) -> String {
    match user {
        "kubernetes-admin" => "kubectl".into(),
        u => u.strip_prefix("system:").unwrap_or(u).to_string(),
    }
}

/// One line for a write, from the object as written.
fn describe(a: &AuditEvent) -> String {
    let Some(obj) = a.object.as_ref() else {
        return format!("{} {} {}", a.verb, a.resource, a.name);
    };
    let singular = obj.kind().info().kind.to_ascii_lowercase();
    let deleting = obj.meta().deletion_timestamp.is_some();
    match (a.verb, a.resource, a.subresource) {
        ("create", "events", _) => event_line(obj),
        ("create", "pods", "binding") => {
            let node = obj.as_typed::<Pod>().and_then(|p| p.spec.as_ref()?.node_name.clone()).unwrap_or_default();
            format!("bound pod {} to {}", a.name, node)
        }
        ("create", "pods", "") => match owner_of(obj) {
            Some(o) => format!("created pod {} for {}", a.name, o),
            None => format!("created pod {}", a.name),
        },
        ("delete", "pods", _) if a.actor.starts_with("kubelet/") => format!("removed pod {} from the API: its containers have stopped", a.name),
        ("delete", "pods", _) if deleting => {
            let grace = obj.meta().deletion_grace_period_seconds.unwrap_or(0);
            format!("deleted pod {} (grace period {}s)", a.name, grace)
        }
        ("delete", _, _) if deleting => format!("marked {} {} for deletion (finalizers wait)", singular, a.name),
        ("delete", _, _) => format!("deleted {} {}", singular, a.name),
        ("update", "pods", _) if deleting => format!("pod {} is Terminating", a.name),
        ("update", "pods", "status") => pod_line(obj, &a.name),
        ("update", "replicationcontrollers", "status") | ("update", "replicasets", "status") => replicas_line(obj, &singular, &a.name),
        ("update", "endpointslices", _) | ("create", "endpointslices", _) => slice_line(obj, a.verb, &a.name),
        ("update", "nodes", "status") => {
            let status = obj.as_typed::<Node>().map(crate::apiserver::printers::node_status).unwrap_or_default();
            format!("node {} reports {}", a.name, status)
        }
        (verb, _, sub) => {
            let done = if verb.ends_with('e') { format!("{}d", verb) } else { format!("{}ed", verb) };
            let what = if sub.is_empty() { singular } else { format!("{} {}", singular, sub) };
            format!("{} {} {}", done, what, a.name)
        }
    }
}

fn owner_of(obj: &ObjectRef) -> Option<String> {
    let refs = obj.meta().owner_references.as_ref()?;
    let o = refs.iter().find(|r| r.controller == Some(true))?;
    Some(format!("{} {}", o.kind, o.name))
}

fn event_line(obj: &ObjectRef) -> String {
    let Some(e) = obj.as_typed::<crate::api::core::Event>() else { return "recorded an event".into() };
    let reason = e.reason.clone().unwrap_or_default();
    let message = e.message.clone().unwrap_or_default();
    format!("event {}: {}", reason, message)
}

fn pod_line(obj: &ObjectRef, name: &str) -> String {
    let Some(p) = obj.as_typed::<Pod>() else { return format!("updated pod {} status", name) };
    let statuses = p.status.as_ref().and_then(|s| s.container_statuses.as_ref());
    let total = p.spec.as_ref().map(|s| s.containers.len()).unwrap_or(0);
    let ready = statuses.map(|c| c.iter().filter(|c| c.ready).count()).unwrap_or(0);
    let reason = statuses
        .and_then(|c| c.iter().find_map(|c| c.state.as_ref()?.waiting.as_ref()?.reason.clone()))
        .or_else(|| p.status.as_ref()?.phase.clone())
        .unwrap_or_else(|| "Pending".into());
    let ip = p.status.as_ref().and_then(|s| s.pod_ip.clone()).map(|ip| format!(", IP {}", ip)).unwrap_or_default();
    format!("pod {} is {} ({}/{} ready{})", name, reason, ready, total, ip)
}

fn replicas_line(obj: &ObjectRef, singular: &str, name: &str) -> String {
    let (want, status) = match obj.as_typed::<ReplicationController>() {
        Some(rc) => (rc.spec.as_ref().and_then(|s| s.replicas).unwrap_or(1), rc.status.as_ref().map(|s| (s.replicas, s.ready_replicas.unwrap_or(0)))),
        None => match obj.as_typed::<crate::api::apps::ReplicaSet>() {
            Some(rs) => (rs.spec.as_ref().and_then(|s| s.replicas).unwrap_or(1), rs.status.as_ref().map(|s| (s.replicas, s.ready_replicas.unwrap_or(0)))),
            None => (0, None),
        },
    };
    let (have, ready) = status.unwrap_or((0, 0));
    format!("{} {} observed {}/{} replicas ({} ready)", singular, name, have, want, ready)
}

fn slice_line(obj: &ObjectRef, verb: &str, name: &str) -> String {
    let Some(s) = obj.as_typed::<crate::api::discovery::EndpointSlice>() else { return format!("{}d endpointslice {}", verb, name) };
    let ready: Vec<String> = s.endpoints.iter().filter(|e| e.conditions.as_ref().and_then(|c| c.ready).unwrap_or(true)).filter_map(|e| e.addresses.first().cloned()).collect();
    let svc = s.metadata.labels.as_ref().and_then(|l| l.get(crate::network::proxy::SERVICE_NAME_LABEL)).cloned().unwrap_or_default();
    let list = if ready.is_empty() { "none".to_string() } else { ready.join(", ") };
    format!("{}d endpointslice {} of service {}: ready endpoints {}", verb, name, svc, list)
}

impl Timeline {
    /// The root of the chain `seq` belongs to (the first happening whose cause is unknown).
    pub fn root_of(&self, seq: u64) -> Option<&Happening> {
        let mut h = self.get(seq)?;
        while let Some(parent) = self.by_rev(h.cause) {
            h = parent;
        }
        Some(h)
    }

    /// The last `n` chains with a happening numbered at most `upto` that `filter` accepts, the
    /// newest first; each chain from its root, without happenings after `upto`.
    pub fn recent_chains(&self, n: usize, upto: u64, filter: &dyn Fn(&Happening) -> bool) -> Vec<Vec<(usize, &Happening)>> {
        let mut roots: Vec<u64> = Vec::new();
        for h in self.entries.iter().rev().filter(|h| h.seq <= upto) {
            if roots.len() >= n {
                break;
            }
            if !filter(h) {
                continue;
            }
            if let Some(r) = self.root_of(h.seq) {
                if !roots.contains(&r.seq) {
                    roots.push(r.seq);
                }
            }
        }
        roots.into_iter().map(|r| self.chain(r).into_iter().filter(|(_, h)| h.seq <= upto).collect()).collect()
    }

    /// `kubeplay timeline`: the last `n` chains, each from its root, indented by depth.
    pub fn render(&self, n: usize, filter: &dyn Fn(&Happening) -> bool) -> String {
        let mut out = String::new();
        for chain in self.recent_chains(n, u64::MAX, filter).into_iter().rev() {
            for (depth, h) in chain {
                out.push_str(&format!("{} {}{} {}: {}\n", clock(h.at), "  ".repeat(depth), if depth > 0 { "→" } else { "•" }, h.actor, h.what));
            }
        }
        out
    }
}

/// A moment as the timeline prints it: seconds since the cluster booted, to the millisecond.
pub fn clock(t: SimTime) -> String {
    let ms = t.as_millis();
    format!("{:>5}.{:03}s", ms / 1000, ms % 1000)
}
