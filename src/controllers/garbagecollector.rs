//! The garbage collector (`pkg/controller/garbagecollector`). It keeps a graph of owners and
//! dependents from every watched kind and acts on it:
//! - background: when an owner is gone, its dependents are deleted (after a live check);
//! - orphan: an owner deleted with the `orphan` finalizer has its dependents' references to it
//!   removed, then the finalizer;
//! - foreground: an owner deleted with `foregroundDeletion` has its dependents deleted first; the
//!   finalizer goes when none is left.

use crate::api::meta::split_key;
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

/// A dependent: its kind, cache key and uid.
type Dependent = (Kind, String, String);

/// A dependent's key in its owner's map: kind (as a fixed-width number), cache key and uid
/// joined by NULs, so keys sort as the dependents do (no map code of a tuple type of its own).
fn dep_key(d: &Dependent) -> String {
    format!("{:04}\0{}\0{}", d.0 as u32, d.1, d.2)
}

const ORPHAN: &str = "orphan";
const FOREGROUND: &str = "foregroundDeletion";

#[derive(Default)]
pub struct GarbageCollector {
    /// owner uid → its dependents, under [`dep_key`].
    dependents: BTreeMap<String, BTreeMap<String, Box<Dependent>>>,
    /// Owners known to exist, by uid.
    alive: BTreeSet<String>,
    /// Dependents to check because an owner of theirs may be gone.
    attempt: VecDeque<(Dependent, OwnerKey)>,
    /// Owners being deleted with the orphan or foreground finalizer.
    finalizing: BTreeMap<String, Box<(Kind, String)>>,
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

fn has_finalizer(o: &ObjectRef, f: &str) -> bool {
    o.meta().finalizers.iter().flatten().any(|x| x == f)
}

impl GarbageCollector {
    fn unlink(&mut self, o: &ObjectRef) {
        let me = (o.kind(), o.cache_key(), o.uid().to_string());
        for ow in owners_of(o) {
            if let Some(set) = self.dependents.get_mut(&ow.uid) {
                set.remove(&dep_key(&me));
                if set.is_empty() {
                    self.dependents.remove(&ow.uid);
                }
            }
        }
    }

    /// Every watched kind feeds the graph: objects as owners, and objects with owner references
    /// as dependents.
    pub fn on_object(&mut self, delta: &Delta) {
        match delta {
            Delta::Deleted(o) => {
                self.alive.remove(o.uid());
                self.finalizing.remove(o.uid());
                self.unlink(o);
                // The owner is gone: queue its dependents.
                if let Some(deps) = self.dependents.remove(o.uid()) {
                    let ok = OwnerKey { uid: o.uid().into(), kind: o.kind().info().kind.into(), namespace: o.namespace().into(), name: o.name().into() };
                    for d in deps.into_values() {
                        self.attempt.push_back((*d, ok.clone()));
                    }
                }
            }
            Delta::Added(o) | Delta::Updated { new: o, .. } => {
                if let Delta::Updated { old, .. } = delta {
                    self.unlink(old);
                }
                self.alive.insert(o.uid().to_string());
                for ow in owners_of(o) {
                    let d: Dependent = (o.kind(), o.cache_key(), o.uid().to_string());
                    self.dependents.entry(ow.uid.clone()).or_default().insert(dep_key(&d), Box::new(d));
                    if !self.alive.contains(&ow.uid) {
                        self.attempt.push_back(((o.kind(), o.cache_key(), o.uid().to_string()), ow));
                    }
                }
                if o.meta().deletion_timestamp.is_some() && (has_finalizer(o, ORPHAN) || has_finalizer(o, FOREGROUND)) {
                    self.finalizing.insert(o.uid().to_string(), Box::new((o.kind(), o.cache_key())));
                }
            }
        }
    }

    pub fn has_work(&self) -> bool {
        !self.attempt.is_empty()
    }

    pub fn process(&mut self, ctx: &mut Ctx) {
        self.attempt_to_delete(ctx);
        let owners: Vec<(String, (Kind, String))> = self.finalizing.iter().map(|(k, v)| (k.clone(), (**v).clone())).collect();
        for (uid, (kind, key)) in owners {
            self.finalize_owner(ctx, &uid, kind, &key);
        }
    }

    /// `attemptToDeleteItem`: if no owner of the dependent is alive (checked live), delete it.
    fn attempt_to_delete(&mut self, ctx: &mut Ctx) {
        while let Some(((kind, key, uid), owner)) = self.attempt.pop_front() {
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
            let (ns, name) = split_key(&key);
            let Ok(dep) = ctx.get(kind, ns, name) else { continue };
            if dep.uid() != uid || dep.meta().deletion_timestamp.is_some() {
                continue;
            }
            // The live object may no longer point at this owner (it was orphaned meanwhile).
            if !owners_of(&dep).iter().any(|o| o.uid == owner.uid) {
                continue;
            }
            if owners_of(&dep).iter().any(|o| o.uid != owner.uid && self.alive.contains(&o.uid)) {
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

    /// Orphan: strip the dependents' references, then the finalizer. Foreground: delete the
    /// dependents; once none is left, the finalizer.
    fn finalize_owner(&mut self, ctx: &mut Ctx, uid: &str, kind: Kind, key: &str) {
        let (ns, name) = split_key(key);
        let Ok(owner) = ctx.get(kind, ns, name) else { return };
        if owner.uid() != uid {
            return;
        }
        let deps: Vec<Dependent> = self.dependents.get(uid).map(|s| s.values().map(|d| (**d).clone()).collect()).unwrap_or_default();
        let finalizer = if has_finalizer(&owner, ORPHAN) { ORPHAN } else { FOREGROUND };
        if finalizer == ORPHAN {
            for (dk, dkey, _) in &deps {
                let (dns, dname) = split_key(dkey);
                if let Ok(d) = ctx.get(*dk, dns, dname) {
                    let mut o = (*d).clone();
                    if let Some(refs) = o.meta_mut().owner_references.as_mut() {
                        refs.retain(|r| r.uid != uid);
                    }
                    if o.meta().owner_references.as_ref().is_some_and(|r| r.is_empty()) {
                        o.meta_mut().owner_references = None;
                    }
                    o.meta_mut().resource_version = None;
                    let _ = ctx.update(o);
                }
            }
            ctx.trace(format!("orphaned the {} dependents of {} {}", deps.len(), kind.info().singular, key));
        } else if !deps.is_empty() {
            for (dk, dkey, duid) in &deps {
                let (dns, dname) = split_key(dkey);
                // A dependent already being deleted is waited for, not deleted again
                // (`attemptToDeleteItem` skips it).
                if ctx.get(*dk, dns, dname).is_ok_and(|d| d.meta().deletion_timestamp.is_some()) {
                    continue;
                }
                let opts = DeleteOptions { precondition_uid: Some(duid.clone()), propagation: Some(Propagation::Foreground), ..Default::default() };
                let _ = ctx.delete(*dk, dns, dname, &opts);
            }
            return;
        }
        let mut o = (*owner).clone();
        if let Some(f) = o.meta_mut().finalizers.as_mut() {
            f.retain(|x| x != finalizer);
        }
        o.meta_mut().resource_version = None;
        if ctx.update(o).is_ok() {
            self.finalizing.remove(uid);
            ctx.trace(format!("removed the {} finalizer from {} {}", finalizer, kind.info().singular, key));
        }
    }
}
