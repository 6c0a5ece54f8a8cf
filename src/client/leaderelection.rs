//! client-go's leader election over a `coordination.k8s.io` Lease, as kube-scheduler and
//! kube-controller-manager run it with kubeadm's settings (`--leader-elect=true`): every
//! control-plane node runs a candidate; the holder renews every 2 s (retry period); the others
//! try every 2 s and take over once the lease has not been renewed for 15 s (lease duration).
//! Only the holder's component does any work.

use crate::api::coordination::{Lease, LeaseSpec};
use crate::api::metav1::{MicroTime, ObjectMeta};
use crate::api::{Kind, Typed};
use crate::client::Ctx;
use crate::sim::clock::SimTime;
use std::time::Duration;

pub const LEASE_DURATION: Duration = Duration::from_secs(15);
pub const RETRY_PERIOD: Duration = Duration::from_secs(2);

/// One candidate: a component instance on one control-plane node.
#[derive(Clone, Debug)]
pub struct Candidate {
    pub node: String,
    /// `<node>_<uuid>`, as the component names itself.
    pub identity: String,
}

#[derive(Debug)]
pub struct LeaderElector {
    /// The Lease's name in kube-system (`kube-scheduler`, `kube-controller-manager`).
    name: String,
    candidates: Vec<Candidate>,
    /// When each candidate last saw the lease's record change (its local observed time).
    observed: Option<(String, SimTime)>,
    next_try: SimTime,
}

impl LeaderElector {
    pub fn new(name: &str, candidates: Vec<Candidate>) -> Self {
        LeaderElector { name: name.into(), candidates, observed: None, next_try: SimTime::ZERO }
    }

    /// When the electors next act.
    pub fn next_wakeup(&self) -> SimTime {
        self.next_try
    }

    /// Runs the candidates whose nodes are up (`up(node)`): the holder renews, or another takes
    /// an expired lease. Returns the leader's node, if the lease is held by a running candidate.
    pub fn tick(&mut self, ctx: &mut Ctx, up: &dyn Fn(&str) -> bool) -> Option<String> {
        if ctx.now < self.next_try {
            return self.current_leader(ctx, up);
        }
        self.next_try = ctx.now + RETRY_PERIOD;
        ctx.wake_at(self.next_try);
        let now_micro = MicroTime(ctx.api.epoch().micro_timestamp(ctx.now));
        let existing = ctx.get(Kind::Lease, "kube-system", &self.name).ok();
        let Some(obj) = existing else {
            let first = self.candidates.iter().find(|c| up(&c.node))?.clone();
            let lease = Lease {
                metadata: ObjectMeta { name: Some(self.name.clone()), namespace: Some("kube-system".into()), ..Default::default() },
                spec: Some(LeaseSpec {
                    holder_identity: Some(first.identity.clone()),
                    lease_duration_seconds: Some(LEASE_DURATION.as_secs() as i32),
                    acquire_time: Some(now_micro.clone()),
                    renew_time: Some(now_micro),
                    lease_transitions: Some(0),
                    ..Default::default()
                }),
            };
            ctx.create("kube-system", lease.into_object()).ok()?;
            ctx.trace(format!("{} became leader of {}", first.identity, self.name));
            self.observed = Some((first.identity.clone(), ctx.now));
            return Some(first.node);
        };
        let lease = Lease::from_object(&obj)?.clone();
        let spec = lease.spec.clone().unwrap_or_default();
        let holder = spec.holder_identity.clone().unwrap_or_default();
        let record = format!("{}|{:?}", holder, spec.renew_time.as_ref().map(|t| t.0.to_string()));
        match &self.observed {
            Some((r, _)) if *r == record => {}
            _ => self.observed = Some((record, ctx.now)),
        }
        let observed_at = self.observed.as_ref().map(|o| o.1).unwrap_or(ctx.now);
        let holder_candidate = self.candidates.iter().find(|c| c.identity == holder).cloned();
        // The holder renews while its node runs.
        if let Some(h) = holder_candidate.as_ref().filter(|h| up(&h.node)) {
            let mut l = lease.clone();
            l.spec.get_or_insert_with(Default::default).renew_time = Some(now_micro);
            if ctx.update(l.into_object()).is_ok() {
                self.observed = None;
            }
            return Some(h.node.clone());
        }
        // Someone else may take it once it has expired.
        if ctx.now.since(observed_at) < LEASE_DURATION {
            return None;
        }
        let next = self.candidates.iter().find(|c| c.identity != holder && up(&c.node))?.clone();
        let mut l = lease;
        let s = l.spec.get_or_insert_with(Default::default);
        s.holder_identity = Some(next.identity.clone());
        s.acquire_time = Some(now_micro.clone());
        s.renew_time = Some(now_micro);
        s.lease_transitions = Some(spec.lease_transitions.unwrap_or(0) + 1);
        ctx.update(l.into_object()).ok()?;
        ctx.trace(format!("{} became leader of {} (the lease of {} expired)", next.identity, self.name, holder));
        self.observed = None;
        Some(next.node)
    }

    fn current_leader(&self, ctx: &Ctx, up: &dyn Fn(&str) -> bool) -> Option<String> {
        let obj = ctx.get(Kind::Lease, "kube-system", &self.name).ok()?;
        let holder = Lease::from_object(&obj)?.spec.as_ref()?.holder_identity.clone()?;
        self.candidates.iter().find(|c| c.identity == holder && up(&c.node)).map(|c| c.node.clone())
    }
}
