//! The PersistentVolume controller (`pkg/controller/volume/persistentvolume`, the
//! "persistentvolume-binder"): binds each claim to the smallest available volume that satisfies
//! it (class, access modes, size, volume mode, selector), hands claims of a class with a
//! provisioner to that provisioner, leaves claims of a `WaitForFirstConsumer` class for the
//! scheduler, and releases (or fails to delete) volumes whose claim is gone; pending claims are
//! retried every 15 s (`--pvclaimbinder-sync-period`). Also the protection controllers
//! (`pvcprotection`, `pvprotection`): a claim in use by a pod, or a bound volume, keeps its
//! finalizer until that is no longer so.

use crate::api::core::{ObjectReference, PersistentVolume, PersistentVolumeClaim, Pod};
use crate::api::labels::Selector;
use crate::api::quantity::parse_value;
use crate::api::storage::StorageClass;
use crate::api::{Kind, Typed};
use crate::client::events::{Recorder, NORMAL, WARNING};
use crate::client::informer::{Delta, Informer};
use crate::client::workqueue::WorkQueue;
use crate::client::Ctx;
use crate::sim::clock::SimTime;
use std::time::Duration;

pub const PVC_PROTECTION: &str = "kubernetes.io/pvc-protection";
pub const PV_PROTECTION: &str = "kubernetes.io/pv-protection";
pub const SELECTED_NODE: &str = "volume.kubernetes.io/selected-node";
pub const STORAGE_PROVISIONER: &str = "volume.kubernetes.io/storage-provisioner";
const STORAGE_PROVISIONER_BETA: &str = "volume.beta.kubernetes.io/storage-provisioner";
pub const PROVISIONED_BY: &str = "pv.kubernetes.io/provisioned-by";
const BIND_COMPLETED: &str = "pv.kubernetes.io/bind-completed";
const BOUND_BY_CONTROLLER: &str = "pv.kubernetes.io/bound-by-controller";
/// `--pvclaimbinder-sync-period`.
const RESYNC: Duration = Duration::from_secs(15);

/// The class a claim asks for ("" for none).
pub fn claim_class(pvc: &PersistentVolumeClaim) -> String {
    pvc.spec.as_ref().and_then(|s| s.storage_class_name.clone()).unwrap_or_default()
}

/// The claims a pod's volumes name.
pub fn pod_claims(pod: &Pod) -> Vec<String> {
    pod.spec.iter().flat_map(|s| s.volumes.iter().flatten()).filter_map(|v| v.persistent_volume_claim.as_ref()).map(|c| c.claim_name.clone()).collect()
}

/// `IsDelayBindingMode`: the claim's class exists and binds when a pod is scheduled.
pub fn delays_binding(pvc: &PersistentVolumeClaim, classes: &Informer) -> bool {
    let class = claim_class(pvc);
    !class.is_empty() && classes.get(&class).and_then(|o| o.as_typed::<StorageClass>()).is_some_and(|c| c.volume_binding_mode.as_deref() == Some("WaitForFirstConsumer"))
}

fn storage_request(pvc: &PersistentVolumeClaim) -> i128 {
    pvc.spec.as_ref().and_then(|s| s.resources.as_ref()).and_then(|r| r.requests.as_ref()).and_then(|r| r.get("storage")).and_then(|q| parse_value(&q.0)).unwrap_or(0)
}

fn capacity(pv: &PersistentVolume) -> i128 {
    pv.spec.as_ref().and_then(|s| s.capacity.as_ref()).and_then(|c| c.get("storage")).and_then(|q| parse_value(&q.0)).unwrap_or(0)
}

/// Whether a volume's claimRef names this claim (by uid once it has one).
pub fn refers_to(r: &ObjectReference, pvc: &PersistentVolumeClaim) -> bool {
    r.name.as_deref() == pvc.metadata.name.as_deref()
        && r.namespace.as_deref() == pvc.metadata.namespace.as_deref()
        && r.uid.as_deref().is_none_or(|u| Some(u) == pvc.metadata.uid.as_deref())
}

/// `checkVolumeSatisfyClaim` without the claimRef: class, volume mode, access modes, size and the
/// claim's selector.
pub fn satisfies(pv: &PersistentVolume, pvc: &PersistentVolumeClaim) -> bool {
    let (Some(vs), Some(cs)) = (&pv.spec, &pvc.spec) else { return false };
    if vs.storage_class_name.clone().unwrap_or_default() != claim_class(pvc) {
        return false;
    }
    if vs.volume_mode.as_deref().unwrap_or("Filesystem") != cs.volume_mode.as_deref().unwrap_or("Filesystem") {
        return false;
    }
    let modes = vs.access_modes.clone().unwrap_or_default();
    if !cs.access_modes.iter().flatten().all(|m| modes.contains(m)) {
        return false;
    }
    if capacity(pv) < storage_request(pvc) {
        return false;
    }
    match cs.selector.as_ref().map(Selector::from_label_selector) {
        Some(Ok(sel)) => sel.matches(pv.metadata.labels.as_ref()),
        Some(Err(_)) => false,
        None => true,
    }
}

/// `findBestMatchForClaim`: a volume pre-bound to the claim, else (unless binding waits for the
/// scheduler) the smallest available volume that satisfies it.
fn best_match<'a>(pvc: &PersistentVolumeClaim, volumes: &'a Informer, delay: bool) -> Option<&'a PersistentVolume> {
    let mut best: Option<&PersistentVolume> = None;
    for pv in volumes.iter().filter_map(|o| o.as_typed::<PersistentVolume>()) {
        if pv.metadata.deletion_timestamp.is_some() {
            continue;
        }
        match pv.spec.as_ref().and_then(|s| s.claim_ref.as_deref()) {
            Some(r) if refers_to(r, pvc) => {
                if satisfies(pv, pvc) {
                    return Some(pv);
                }
                continue;
            }
            Some(_) => continue,
            None => {}
        }
        let phase = pv.status.as_ref().and_then(|s| s.phase.as_deref()).unwrap_or("");
        if delay || phase != "Available" || !satisfies(pv, pvc) {
            continue;
        }
        if best.is_none_or(|b| capacity(pv) < capacity(b)) {
            best = Some(pv);
        }
    }
    best
}

fn annotate(m: &mut crate::api::metav1::ObjectMeta, k: &str, v: &str) {
    m.annotations.get_or_insert_with(Default::default).insert(k.to_string(), v.to_string());
}

fn without_finalizer(m: &mut crate::api::metav1::ObjectMeta, f: &str) -> bool {
    let Some(fs) = m.finalizers.as_mut() else { return false };
    let before = fs.len();
    fs.retain(|x| x != f);
    before != fs.len()
}

pub struct VolumeController {
    claims: WorkQueue,
    volumes: WorkQueue,
    recorder: Recorder,
    next_resync: Option<SimTime>,
}

impl Default for VolumeController {
    fn default() -> Self {
        VolumeController { claims: WorkQueue::new(), volumes: WorkQueue::new(), recorder: Recorder::new("persistentvolume-controller", None), next_resync: None }
    }
}

impl VolumeController {
    pub fn on_claim(&mut self, d: &Delta) {
        self.claims.add(&d.object().cache_key());
        // A deleted claim's volume is released.
        if let Delta::Deleted(o) = d {
            if let Some(v) = o.as_typed::<PersistentVolumeClaim>().and_then(|c| c.spec.as_ref()).and_then(|s| s.volume_name.as_deref()).filter(|v| !v.is_empty()) {
                self.volumes.add(v);
            }
        }
    }

    pub fn on_volume(&mut self, d: &Delta) {
        let o = d.object();
        self.volumes.add(o.name());
        if let Some(r) = o.as_typed::<PersistentVolume>().and_then(|pv| pv.spec.as_ref()).and_then(|s| s.claim_ref.as_deref()) {
            self.claims.add(&format!("{}/{}", r.namespace.as_deref().unwrap_or(""), r.name.as_deref().unwrap_or("")));
        }
    }

    /// A pod that uses claims went away or finished: a claim waiting to be deleted may go now.
    pub fn on_pod(&mut self, d: &Delta) {
        let Some(pod) = d.object().as_typed::<Pod>() else { return };
        let gone = matches!(d, Delta::Deleted(_)) || matches!(pod.status.as_ref().and_then(|s| s.phase.as_deref()), Some("Succeeded") | Some("Failed"));
        if gone {
            let ns = pod.metadata.namespace.clone().unwrap_or_default();
            for c in pod_claims(pod) {
                self.claims.add(&format!("{}/{}", ns, c));
            }
        }
    }

    pub fn next_wakeup(&self, now: SimTime) -> Option<SimTime> {
        [self.claims.next_ready(now), self.volumes.next_ready(now), self.next_resync].into_iter().flatten().min()
    }

    pub fn process(&mut self, ctx: &mut Ctx, claims: &Informer, volumes: &Informer, classes: &Informer, pods: &Informer) {
        if self.next_resync.is_some_and(|t| t <= ctx.now) {
            self.next_resync = None;
            for o in claims.iter() {
                if o.as_typed::<PersistentVolumeClaim>().and_then(|c| c.status.as_ref()).and_then(|s| s.phase.as_deref()) == Some("Pending") {
                    self.claims.add(&o.cache_key());
                }
            }
        }
        while let Some(key) = self.claims.pop(ctx.now) {
            self.sync_claim(ctx, &key, claims, volumes, classes, pods);
        }
        while let Some(name) = self.volumes.pop(ctx.now) {
            self.sync_volume(ctx, &name, claims, volumes);
        }
    }

    fn resync_later(&mut self, now: SimTime) {
        if self.next_resync.is_none() {
            self.next_resync = Some(now + RESYNC);
        }
    }

    fn sync_claim(&mut self, ctx: &mut Ctx, key: &str, claims: &Informer, volumes: &Informer, classes: &Informer, pods: &Informer) {
        let Some(obj) = claims.get(key) else { return };
        let Some(pvc) = obj.as_typed::<PersistentVolumeClaim>() else { return };
        let (ns, name) = crate::api::meta::split_key(key);
        if pvc.metadata.deletion_timestamp.is_some() {
            // pvcprotection: the finalizer goes once no pod uses the claim.
            let in_use = pods.in_namespace(ns).filter_map(|o| o.as_typed::<Pod>()).any(|p| {
                !matches!(p.status.as_ref().and_then(|s| s.phase.as_deref()), Some("Succeeded") | Some("Failed")) && pod_claims(p).iter().any(|c| c == name)
            });
            let mut c = pvc.clone();
            if !in_use && without_finalizer(&mut c.metadata, PVC_PROTECTION) {
                let _ = ctx.update(c.into_object());
            }
            return;
        }
        let volume_name = pvc.spec.as_ref().and_then(|s| s.volume_name.clone()).unwrap_or_default();
        let phase = pvc.status.as_ref().and_then(|s| s.phase.clone()).unwrap_or_default();
        if !volume_name.is_empty() {
            match volumes.get(&volume_name).and_then(|o| o.as_typed::<PersistentVolume>()) {
                None if phase == "Bound" => {
                    self.recorder.event(ctx, obj, WARNING, "ClaimLost", "Bound claim has lost its PersistentVolume. Data on the volume is lost!");
                    let mut c = pvc.clone();
                    c.status.get_or_insert_with(Default::default).phase = Some("Lost".into());
                    let _ = ctx.update_status(c.into_object());
                }
                None => self.resync_later(ctx.now),
                Some(pv) => match pv.spec.as_ref().and_then(|s| s.claim_ref.as_deref()) {
                    None => self.bind(ctx, pv, pvc),
                    Some(r) if refers_to(r, pvc) => self.bind(ctx, pv, pvc),
                    Some(_) => self.resync_later(ctx.now),
                },
            }
            return;
        }
        let delay = delays_binding(pvc, classes) && !pvc.metadata.annotations.as_ref().is_some_and(|a| a.contains_key(SELECTED_NODE));
        if let Some(pv) = best_match(pvc, volumes, delay) {
            return self.bind(ctx, pv, pvc);
        }
        let class = claim_class(pvc);
        if delay {
            self.recorder.event(ctx, obj, NORMAL, "WaitForFirstConsumer", "waiting for first consumer to be created before binding");
        } else if !class.is_empty() {
            match classes.get(&class).and_then(|o| o.as_typed::<StorageClass>()) {
                None => {
                    let msg = format!("storageclass.storage.k8s.io {:?} not found", class);
                    self.recorder.event(ctx, obj, WARNING, "ProvisioningFailed", &msg);
                }
                Some(sc) if sc.provisioner == "kubernetes.io/no-provisioner" => {}
                Some(sc) => {
                    let has = pvc.metadata.annotations.as_ref().is_some_and(|a| a.get(STORAGE_PROVISIONER) == Some(&sc.provisioner));
                    let mut target = obj.clone();
                    if !has {
                        let mut c = pvc.clone();
                        annotate(&mut c.metadata, STORAGE_PROVISIONER_BETA, &sc.provisioner);
                        annotate(&mut c.metadata, STORAGE_PROVISIONER, &sc.provisioner);
                        match ctx.update(c.into_object()) {
                            Ok(o) => target = o,
                            Err(_) => return self.resync_later(ctx.now),
                        }
                    }
                    let msg = format!("Waiting for a volume to be created either by the external provisioner '{}' or manually by the system administrator. If volume creation is delayed, please verify that your external provisioner is running and correctly registered.", sc.provisioner);
                    self.recorder.event(ctx, &target, NORMAL, "ExternalProvisioning", &msg);
                }
            }
        } else {
            self.recorder.event(ctx, obj, NORMAL, "FailedBinding", "no persistent volumes available for this claim and no storage class is set");
        }
        self.resync_later(ctx.now);
    }

    /// `bind`: the volume's claimRef, its phase, the claim's volumeName, then the claim's status.
    fn bind(&mut self, ctx: &mut Ctx, pv: &PersistentVolume, pvc: &PersistentVolumeClaim) {
        let pv_name = pv.metadata.name.clone().unwrap_or_default();
        let mut v = pv.clone();
        let spec = v.spec.get_or_insert_with(Default::default);
        let complete = spec.claim_ref.as_deref().is_some_and(|r| r.uid.is_some() && refers_to(r, pvc));
        if !complete {
            if spec.claim_ref.is_none() {
                annotate(&mut v.metadata, BOUND_BY_CONTROLLER, "yes");
            }
            let spec = v.spec.get_or_insert_with(Default::default);
            spec.claim_ref = Some(Box::new(ObjectReference {
                api_version: Some("v1".into()),
                kind: Some("PersistentVolumeClaim".into()),
                name: pvc.metadata.name.clone(),
                namespace: pvc.metadata.namespace.clone(),
                uid: pvc.metadata.uid.clone(),
                resource_version: pvc.metadata.resource_version.clone(),
                field_path: None,
            }));
            match ctx.update(v.into_object()) {
                Ok(o) => v = o.as_typed::<PersistentVolume>().cloned().unwrap_or_default(),
                Err(_) => return self.resync_later(ctx.now),
            }
        }
        if v.status.as_ref().and_then(|s| s.phase.as_deref()) != Some("Bound") {
            v.status.get_or_insert_with(Default::default).phase = Some("Bound".into());
            if ctx.update_status(v.clone().into_object()).is_err() {
                return self.resync_later(ctx.now);
            }
        }
        let mut c = pvc.clone();
        let cspec = c.spec.get_or_insert_with(Default::default);
        let named = cspec.volume_name.as_deref().is_some_and(|n| !n.is_empty());
        if !named || !c.metadata.annotations.as_ref().is_some_and(|a| a.contains_key(BIND_COMPLETED)) {
            if !named {
                cspec.volume_name = Some(pv_name);
                annotate(&mut c.metadata, BOUND_BY_CONTROLLER, "yes");
            }
            annotate(&mut c.metadata, BIND_COMPLETED, "yes");
            match ctx.update(c.into_object()) {
                Ok(o) => c = o.as_typed::<PersistentVolumeClaim>().cloned().unwrap_or_default(),
                Err(_) => return self.resync_later(ctx.now),
            }
        }
        let st = c.status.get_or_insert_with(Default::default);
        if st.phase.as_deref() != Some("Bound") {
            st.phase = Some("Bound".into());
            st.capacity = v.spec.as_ref().and_then(|s| s.capacity.clone());
            st.access_modes = v.spec.as_ref().and_then(|s| s.access_modes.clone());
            let _ = ctx.update_status(c.into_object());
        }
    }

    fn set_volume_phase(ctx: &mut Ctx, pv: &PersistentVolume, phase: &str) -> Option<PersistentVolume> {
        let mut v = pv.clone();
        v.status.get_or_insert_with(Default::default).phase = Some(phase.into());
        ctx.update_status(v.into_object()).ok().and_then(|o| o.as_typed::<PersistentVolume>().cloned())
    }

    fn sync_volume(&mut self, ctx: &mut Ctx, name: &str, claims: &Informer, volumes: &Informer) {
        let Some(obj) = volumes.get(name) else { return };
        let Some(pv) = obj.as_typed::<PersistentVolume>() else { return };
        let phase = pv.status.as_ref().and_then(|s| s.phase.clone()).unwrap_or_default();
        if pv.metadata.deletion_timestamp.is_some() {
            // pvprotection: a volume that is not bound may go.
            let mut v = pv.clone();
            if phase != "Bound" && without_finalizer(&mut v.metadata, PV_PROTECTION) {
                let _ = ctx.update(v.into_object());
            }
            return;
        }
        let Some(r) = pv.spec.as_ref().and_then(|s| s.claim_ref.as_deref()) else {
            if phase != "Available" {
                Self::set_volume_phase(ctx, pv, "Available");
            }
            return;
        };
        let key = format!("{}/{}", r.namespace.as_deref().unwrap_or(""), r.name.as_deref().unwrap_or(""));
        let claim = claims.get(&key).and_then(|o| o.as_typed::<PersistentVolumeClaim>());
        match claim {
            // Pre-bound (by an administrator or a provisioner): the claim's sync binds it.
            _ if r.uid.is_none() => {
                if phase != "Available" {
                    Self::set_volume_phase(ctx, pv, "Available");
                }
            }
            Some(c) if refers_to(r, c) => {
                let bound_here = c.spec.as_ref().and_then(|s| s.volume_name.as_deref()) == pv.metadata.name.as_deref();
                if bound_here && phase != "Bound" {
                    Self::set_volume_phase(ctx, pv, "Bound");
                }
            }
            // The claim is gone (or was replaced): the volume is released and reclaimed.
            _ => {
                if phase == "Released" || phase == "Failed" {
                    return;
                }
                let Some(released) = Self::set_volume_phase(ctx, pv, "Released") else { return };
                let policy = released.spec.as_ref().and_then(|s| s.persistent_volume_reclaim_policy.clone()).unwrap_or_default();
                let external = released.metadata.annotations.as_ref().is_some_and(|a| a.contains_key(PROVISIONED_BY));
                if policy != "Delete" || external {
                    return;
                }
                // The in-tree hostPath deleter only deletes under /tmp.
                let path = released.spec.as_ref().and_then(|s| s.host_path.as_ref()).map(|h| h.path.clone());
                match path {
                    Some(p) if p.starts_with("/tmp/") && p.len() > 5 => {
                        let _ = ctx.delete(Kind::PersistentVolume, "", name, &Default::default());
                    }
                    _ => {
                        let msg = match &path {
                            Some(p) => format!("host_path deleter only supports /tmp/.+ but received provided {}", p),
                            None => format!("error getting deleter volume plugin for volume {:?}: no deletable volume plugin matched", name),
                        };
                        if let Some(failed) = Self::set_volume_phase(ctx, &released, "Failed") {
                            self.recorder.event(ctx, &failed.clone().into_object(), WARNING, "VolumeFailedDelete", &msg);
                        }
                    }
                }
            }
        }
    }
}
