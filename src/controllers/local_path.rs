//! Rancher's local-path-provisioner (an add-on, not part of kube-controller-manager): while its
//! pod runs, it provisions the claims the PersistentVolume controller hands to
//! `rancher.io/local-path` — a hostPath volume under `/opt/local-path-provisioner` on the node
//! the scheduler picked (`volume.kubernetes.io/selected-node`), with node affinity to it — and
//! deletes released volumes of reclaim policy Delete. Its helper pod's work (mkdir, rm -rf) is
//! the few seconds each takes.

use crate::api::order::Collect;
use super::volume::{PROVISIONED_BY, SELECTED_NODE, STORAGE_PROVISIONER};
use crate::api::core::{
    HostPathVolumeSource, NodeSelector, NodeSelectorRequirement, NodeSelectorTerm, ObjectReference, PersistentVolume, PersistentVolumeClaim,
    PersistentVolumeSpec, VolumeNodeAffinity,
};
use crate::api::metav1::ObjectMeta;
use crate::api::storage::StorageClass;
use crate::api::{Kind, Typed};
use crate::client::events::{Recorder, NORMAL, WARNING};
use crate::client::informer::Informer;
use crate::client::Ctx;
use crate::sim::clock::SimTime;
use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

pub const PROVISIONER: &str = "rancher.io/local-path";
pub const NAMESPACE: &str = "local-path-storage";
pub const IMAGE: &str = "docker.io/rancher/local-path-provisioner";
/// `nodePathMap`'s default path in the add-on's ConfigMap.
const BASE_PATH: &str = "/opt/local-path-provisioner";
/// What the helper pod takes to create or remove a volume's directory.
const HELPER: Duration = Duration::from_secs(3);
/// How soon work that could not be done is tried again.
const RETRY: Duration = Duration::from_secs(5);

pub struct LocalPath {
    claims: Informer,
    volumes: Informer,
    classes: Informer,
    recorder: Option<Recorder>,
    /// Claims (ns/name) and volumes (name) to look at.
    claim_work: BTreeSet<String>,
    volume_work: BTreeSet<String>,
    /// Helper work under way: claim key or volume name → when it is done.
    creating: BTreeMap<String, SimTime>,
    deleting: BTreeMap<String, SimTime>,
    started: bool,
    uuid: String,
}

impl LocalPath {
    pub fn new(uuid: String) -> Self {
        LocalPath {
            claims: Informer::new(Kind::PersistentVolumeClaim),
            volumes: Informer::new(Kind::PersistentVolume),
            classes: Informer::new(Kind::StorageClass),
            recorder: None,
            claim_work: BTreeSet::new(),
            volume_work: BTreeSet::new(),
            creating: BTreeMap::new(),
            deleting: BTreeMap::new(),
            started: false,
            uuid,
        }
    }

    /// One turn. `pod` is the name of the provisioner's running pod, if it runs.
    pub fn handle(&mut self, ctx: &mut Ctx, pod: Option<&str>) {
        let owner = ctx.owner;
        let (cd, vd) = if self.started {
            self.classes.sync(ctx.api, owner);
            (self.claims.sync(ctx.api, owner), self.volumes.sync(ctx.api, owner))
        } else {
            self.started = true;
            self.classes.start(ctx.api, owner);
            (self.claims.start(ctx.api, owner), self.volumes.start(ctx.api, owner))
        };
        // Only claims handed to this provisioner and not yet bound, and its released volumes.
        let wanted = |o: &crate::api::ObjectRef| {
            o.as_typed::<PersistentVolumeClaim>().is_some_and(|c| {
                c.metadata.annotations.as_ref().and_then(|a| a.get(STORAGE_PROVISIONER)).is_some_and(|p| p == PROVISIONER)
                    && c.spec.as_ref().and_then(|s| s.volume_name.as_deref()).is_none_or(str::is_empty)
            })
        };
        self.claim_work.extend(cd.iter().map(|d| d.object()).filter(|o| wanted(o)).map(|o| o.cache_key()));
        let released = |o: &crate::api::ObjectRef| {
            o.as_typed::<PersistentVolume>().is_some_and(|v| {
                v.metadata.annotations.as_ref().and_then(|a| a.get(PROVISIONED_BY)).is_some_and(|p| p == PROVISIONER)
                    && v.status.as_ref().and_then(|s| s.phase.as_deref()) == Some("Released")
            })
        };
        self.volume_work.extend(vd.iter().map(|d| d.object()).filter(|o| released(o)).map(|o| o.name().to_string()));
        let Some(pod) = pod else {
            if !(self.claim_work.is_empty() && self.volume_work.is_empty()) {
                ctx.wake_at(ctx.now + RETRY);
            }
            return;
        };
        // The controller's identity: provisioner, host (its pod) and a uuid per start.
        let identity = format!("{}_{}_{}", PROVISIONER, pod, self.uuid);
        if self.recorder.as_ref().is_none_or(|r| r.component != identity) {
            self.recorder = Some(Recorder::new(&identity, None));
        }
        for key in std::mem::take(&mut self.claim_work) {
            self.sync_claim(ctx, &key);
        }
        for name in std::mem::take(&mut self.volume_work) {
            self.sync_volume(ctx, &name);
        }
        if let Some(t) = self.creating.values().chain(self.deleting.values()).min() {
            ctx.wake_at(*t);
        }
    }

    fn event(&mut self, ctx: &mut Ctx, obj: &crate::api::Object, type_: &str, reason: &str, msg: &str) {
        if let Some(r) = self.recorder.as_mut() {
            r.event(ctx, obj, type_, reason, msg);
        }
    }

    fn sync_claim(&mut self, ctx: &mut Ctx, key: &str) {
        let Some(obj) = self.claims.get(key).cloned() else {
            self.creating.remove(key);
            return;
        };
        let Some(pvc) = obj.as_typed::<PersistentVolumeClaim>() else { return };
        let ours = pvc.metadata.annotations.as_ref().and_then(|a| a.get(STORAGE_PROVISIONER)).is_some_and(|p| p == PROVISIONER);
        let bound = pvc.spec.as_ref().and_then(|s| s.volume_name.as_deref()).is_some_and(|v| !v.is_empty());
        let uid = pvc.metadata.uid.clone().unwrap_or_default();
        let pv_name = format!("pvc-{}", uid);
        if !ours || bound || pvc.metadata.deletion_timestamp.is_some() || self.volumes.get(&pv_name).is_some() {
            self.creating.remove(key);
            return;
        }
        let class_name = super::volume::claim_class(pvc);
        let Some(class) = self.classes.get(&class_name).and_then(|o| o.as_typed::<StorageClass>()).cloned() else { return };
        let Some(node) = pvc.metadata.annotations.as_ref().and_then(|a| a.get(SELECTED_NODE)).cloned() else {
            let msg = format!("failed to provision volume with StorageClass {:?}: configuration error, no node was specified", class_name);
            self.event(ctx, &obj, WARNING, "ProvisioningFailed", &msg);
            return;
        };
        let Some(done) = self.creating.get(key).copied() else {
            let msg = format!("External provisioner is provisioning volume for claim {:?}", key);
            self.event(ctx, &obj, NORMAL, "Provisioning", &msg);
            self.creating.insert(key.to_string(), ctx.now + HELPER);
            self.claim_work.insert(key.to_string());
            return;
        };
        if ctx.now < done {
            self.claim_work.insert(key.to_string());
            return;
        }
        self.creating.remove(key);
        let (ns, name) = crate::api::meta::split_key(key);
        let spec = pvc.spec.clone().unwrap_or_default();
        let pv = PersistentVolume {
            metadata: ObjectMeta {
                name: Some(pv_name.clone()),
                annotations: Some([
                    ("local.path.provisioner/selected-node".to_string(), node.clone()),
                    (PROVISIONED_BY.to_string(), PROVISIONER.to_string()),
                ].into_iter().into_map()),
                ..Default::default()
            },
            spec: Some(PersistentVolumeSpec {
                access_modes: spec.access_modes.clone(),
                capacity: spec.resources.as_ref().and_then(|r| r.requests.as_ref()).and_then(|r| r.get("storage")).map(|q| [("storage".to_string(), q.clone())].into_iter().into_map()),
                claim_ref: Some(Box::new(ObjectReference {
                    api_version: Some("v1".into()),
                    kind: Some("PersistentVolumeClaim".into()),
                    name: Some(name.to_string()),
                    namespace: Some(ns.to_string()),
                    uid: Some(uid.clone()),
                    resource_version: pvc.metadata.resource_version.clone(),
                    field_path: None,
                })),
                host_path: Some(Box::new(HostPathVolumeSource { path: format!("{}/{}_{}_{}", BASE_PATH, pv_name, ns, name), type_: Some("DirectoryOrCreate".into()) })),
                node_affinity: Some(VolumeNodeAffinity {
                    required: Some(NodeSelector {
                        node_selector_terms: vec![NodeSelectorTerm {
                            match_expressions: Some(vec![NodeSelectorRequirement { key: "kubernetes.io/hostname".into(), operator: "In".into(), values: Some(vec![node]) }]),
                            match_fields: None,
                        }],
                    }),
                }),
                persistent_volume_reclaim_policy: Some(class.reclaim_policy.clone().unwrap_or_else(|| "Delete".into())),
                storage_class_name: Some(class_name),
                volume_mode: spec.volume_mode.clone(),
                ..Default::default()
            }),
            status: None,
        };
        match ctx.create("", pv.into_object()) {
            Ok(_) => {
                let msg = format!("Successfully provisioned volume {}", pv_name);
                self.event(ctx, &obj, NORMAL, "ProvisioningSucceeded", &msg);
            }
            Err(e) if e.is_already_exists() => {}
            Err(e) => {
                let msg = format!("failed to provision volume with StorageClass {:?}: {}", super::volume::claim_class(pvc), e);
                self.event(ctx, &obj, WARNING, "ProvisioningFailed", &msg);
            }
        }
    }

    fn sync_volume(&mut self, ctx: &mut Ctx, name: &str) {
        let Some(pv) = self.volumes.get(name).and_then(|o| o.as_typed::<PersistentVolume>()).cloned() else {
            self.deleting.remove(name);
            return;
        };
        let ours = pv.metadata.annotations.as_ref().and_then(|a| a.get(PROVISIONED_BY)).is_some_and(|p| p == PROVISIONER);
        let released = pv.status.as_ref().and_then(|s| s.phase.as_deref()) == Some("Released");
        let delete = pv.spec.as_ref().and_then(|s| s.persistent_volume_reclaim_policy.as_deref()) == Some("Delete");
        if !(ours && released && delete) || pv.metadata.deletion_timestamp.is_some() {
            self.deleting.remove(name);
            return;
        }
        let done = *self.deleting.entry(name.to_string()).or_insert(ctx.now + HELPER);
        if ctx.now < done {
            self.volume_work.insert(name.to_string());
            return;
        }
        self.deleting.remove(name);
        let _ = ctx.delete(Kind::PersistentVolume, "", name, &Default::default());
    }
}
