//! The garbage collector (`pkg/controller/garbagecollector`), background propagation: when an
//! owner is gone, its dependents are deleted; a dependent whose owner never existed (or has another
//! uid) is deleted too, after a live check against the apiserver.

use crate::api::{Kind, ObjectRef};
use crate::apiserver::{DeleteOptions, Propagation};
use crate::client::informer::Delta;
use crate::client::Ctx;
use std::collections::{BTreeMap, BTreeSet, VecDeque};

/// An owner as dependents name it.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct OwnerKey {
    uid: String,
    kind: String,
    namespace: String,
    name: String,
}

#[derive(Default)]
pub struct GarbageCollector {
    /// owner uid → dependents (kind, namespace/name key, dependent uid).
    dependents: BTreeMap<String, BTreeSet<(Kind, String, String)>>,
    /// Owners known to exist, by uid.
    alive: BTreeSet<String>,
    /// Dependents to check: (dependent kind, key, uid, owner).
    attempt: VecDeque<(Kind, String, String, OwnerKey)>,
}

fn owners_of(o: &ObjectRef) -> Vec<OwnerKey> {
    o.meta()
        .owner_references
        .iter()
        .flatten()
        .map(|r| OwnerKey { uid: r.uid.clone(), kind: r.kind.clone(), namespace: o.namespace().to_string(), name: r.name.clone() })
        .collect()
}

fn owner_kind(kind: &str) -> Option<Kind> {
    Kind::ALL.iter().copied().find(|k| k.info().kind == kind)
}

impl GarbageCollector {
    /// Every watched kind feeds the graph: objects as owners, and objects with owner references as dependents.
    pub fn on_object(&mut self, delta: &Delta) {
        let o = delta.object();
        match delta {
            Delta::Deleted(_) => {
                self.alive.remove(o.uid());
                let me = (o.kind(), o.cache_key(), o.uid().to_string());
                for ow in owners_of(o) {
                    if let Some(set) = self.dependents.get_mut(&ow.uid) {
                        set.remove(&me);
                        if set.is_empty() {
                            self.dependents.remove(&ow.uid);
                        }
                    }
                }
                // The owner is gone: queue its dependents.
                if let Some(deps) = self.dependents.remove(o.uid()) {
                    let ok = OwnerKey { uid: o.uid().into(), kind: o.kind().info().kind.into(), namespace: o.namespace().into(), name: o.name().into() };
                    for (k, key, uid) in deps {
                        self.attempt.push_back((k, key, uid, ok.clone()));
                    }
                }
            }
            _ => {
                self.alive.insert(o.uid().to_string());
                for ow in owners_of(o) {
                    self.dependents.entry(ow.uid.clone()).or_default().insert((o.kind(), o.cache_key(), o.uid().to_string()));
                    if !self.alive.contains(&ow.uid) {
                        self.attempt.push_back((o.kind(), o.cache_key(), o.uid().to_string(), ow));
                    }
                }
            }
        }
    }

    pub fn has_work(&self) -> bool {
        !self.attempt.is_empty()
    }

    /// `attemptToDeleteItem`: if no owner of the dependent is alive (checked live), delete it.
    pub fn process(&mut self, ctx: &mut Ctx) {
        while let Some((kind, key, uid, owner)) = self.attempt.pop_front() {
            if self.alive.contains(&owner.uid) {
                continue;
            }
            let live_owner = owner_kind(&owner.kind).and_then(|k| {
                let ns = if k.info().namespaced { owner.namespace.as_str() } else { "" };
                ctx.get(k, ns, &owner.name).ok()
            });
            if live_owner.is_some_and(|o| o.uid() == owner.uid) {
                continue;
            }
            let (ns, name) = crate::api::meta::split_key(&key);
            let Ok(dep) = ctx.get(kind, ns, name) else { continue };
            if dep.uid() != uid {
                continue;
            }
            // Another owner may still be alive.
            if owners_of(&dep).iter().any(|o| o.uid != owner.uid && self.alive.contains(&o.uid)) {
                continue;
            }
            if dep.meta().deletion_timestamp.is_some() {
                continue;
            }
            let opts = DeleteOptions { precondition_uid: Some(uid.clone()), propagation: Some(Propagation::Background), ..Default::default() };
            match ctx.delete(kind, ns, name, &opts) {
                Ok(_) => ctx.trace(format!("deleting {} {} (owner {} {} is gone)", kind.info().singular, key, owner.kind, owner.name)),
                Err(e) if e.is_not_found() => {}
                Err(e) => ctx.trace(format!("could not delete {} {}: {}", kind.info().singular, key, e)),
            }
        }
    }
}
