//! The resource quota controller (`pkg/controller/resourcequota`): a new or changed quota gets its
//! `status.hard` and a `status.used` computed from everything in its namespace; deletions (and
//! pods that finish) replenish the quotas that charged them; every quota is recomputed every five
//! minutes (`--resource-quota-sync-period`).

use crate::api::core::{Pod, ResourceQuota, ResourceQuotaStatus};
use crate::api::fields::FieldSelector;
use crate::api::labels::Selector;
use crate::api::quantity::Qty;
use crate::api::{Kind, Object, Typed};
use crate::apiserver::quota::{add_usage, matches_resource, quota_matches, to_list, usage, Usage};
use crate::client::informer::{Delta, Informer};
use crate::client::workqueue::WorkQueue;
use crate::client::Ctx;
use crate::sim::clock::SimTime;
use std::time::Duration;

pub const SYNC_PERIOD: Duration = Duration::from_secs(300);

#[derive(Default)]
pub struct ResourceQuotaController {
    pub queue: WorkQueue,
    next_resync: Option<SimTime>,
}

fn key_of(o: &Object) -> String {
    format!("{}/{}", o.namespace(), o.name())
}

fn pod_terminal(o: &Object) -> bool {
    Pod::from_object(o).and_then(|p| p.status.as_ref()).and_then(|s| s.phase.as_deref()).is_some_and(|p| p == "Succeeded" || p == "Failed")
}

impl ResourceQuotaController {
    pub fn on_quota(&mut self, d: &Delta) {
        match d {
            Delta::Added(o) => self.queue.add(&key_of(o)),
            Delta::Updated { new, .. } => {
                let q = ResourceQuota::from_object(new).expect("quota");
                let spec_hard = q.spec.as_ref().and_then(|s| s.hard.clone()).unwrap_or_default();
                let status_hard = q.status.as_ref().and_then(|s| s.hard.clone()).unwrap_or_default();
                if spec_hard != status_hard {
                    self.queue.add(&key_of(new));
                }
            }
            Delta::Deleted(_) => {}
        }
    }

    /// Replenishment: something that may have been charged went away (or stopped counting).
    pub fn on_object(&mut self, d: &Delta, quotas: &Informer) {
        let (o, release) = match d {
            Delta::Deleted(o) => (o, true),
            Delta::Updated { old, new } => {
                let released = match new.kind() {
                    Kind::Pod => !pod_terminal(old) && pod_terminal(new),
                    Kind::Service | Kind::PersistentVolumeClaim => usage(old) != usage(new),
                    _ => false,
                };
                (new, released)
            }
            Delta::Added(o) => (o, false),
        };
        if !release {
            return;
        }
        let kind = o.kind();
        let keys: Vec<String> = quotas
            .in_namespace(o.namespace())
            .filter(|q| {
                let q = ResourceQuota::from_object(q).expect("quota");
                q.status.as_ref().and_then(|s| s.hard.as_ref()).is_some_and(|h| h.keys().any(|n| matches_resource(kind, n)))
            })
            .map(|q| key_of(q))
            .collect();
        for k in keys {
            self.queue.add(&k);
        }
    }

    pub fn process(&mut self, ctx: &mut Ctx, quotas: &Informer, pods: &Informer) {
        if !quotas.is_empty() {
            let due = *self.next_resync.get_or_insert(ctx.now + SYNC_PERIOD);
            if ctx.now >= due {
                let keys: Vec<String> = quotas.iter().map(|q| key_of(q)).collect();
                for k in keys {
                    self.queue.add(&k);
                }
                self.next_resync = Some(ctx.now + SYNC_PERIOD);
            }
        } else {
            self.next_resync = None;
        }
        while let Some(key) = self.queue.pop(ctx.now) {
            let Some(q) = quotas.get(&key).and_then(|o| ResourceQuota::from_object(o)).cloned() else { continue };
            if let Err(e) = self.sync(ctx, &q, pods) {
                ctx.trace(format!("syncing quota {} failed: {}; retrying", key, e));
                let at = self.queue.add_rate_limited(&key, ctx.now);
                ctx.wake_at(at);
            } else {
                self.queue.forget(&key);
            }
        }
    }

    pub fn next_wakeup(&self, now: SimTime) -> Option<SimTime> {
        [self.queue.next_ready(now), self.next_resync].into_iter().flatten().min()
    }

    /// `syncResourceQuota`: usage from scratch for every resource the quota limits.
    fn sync(&mut self, ctx: &mut Ctx, q: &ResourceQuota, pods: &Informer) -> Result<(), String> {
        let ns = q.metadata.namespace.clone().unwrap_or_default();
        let hard = q.spec.as_ref().and_then(|s| s.hard.clone()).unwrap_or_default();
        let mut used = Usage::new();
        for kind in Kind::ALL.iter().copied().filter(|k| k.info().namespaced) {
            let names: Vec<&String> = hard.keys().filter(|n| matches_resource(kind, n)).collect();
            if names.is_empty() {
                continue;
            }
            for n in &names {
                used.entry((*n).clone()).or_insert(Qty::ZERO);
            }
            let objects: Vec<crate::api::ObjectRef> = if kind == Kind::Pod {
                pods.in_namespace(&ns).cloned().collect()
            } else {
                ctx.api.list(kind, Some(&ns), &Selector::everything(), &FieldSelector::default()).map_err(|e| e.to_string())?.items
            };
            for o in objects {
                if quota_matches(&hard, q, &o) {
                    used = add_usage(&used, &usage(&o));
                }
            }
        }
        crate::api::order::retain_map(&mut used, &mut |k, _| hard.contains_key(k));
        let status = ResourceQuotaStatus { hard: Some(hard.clone()), used: Some(to_list(&used)) };
        let same = q.status.as_ref().is_some_and(|s| {
            let old_used = crate::apiserver::quota::parse_list(s.used.as_ref());
            s.hard == status.hard && old_used.len() == used.len() && old_used.iter().all(|(k, v)| used.get(k).is_some_and(|u| u.milli == v.milli))
        });
        if same {
            return Ok(());
        }
        let mut updated = q.clone();
        updated.status = Some(status);
        ctx.update_status(updated.into_object()).map(|_| ()).map_err(|e| e.to_string())
    }
}
