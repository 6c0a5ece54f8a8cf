//! VolumeBinding: a pod's claims must exist and not be going away; bound claims pin the pod to
//! the nodes their volume's node affinity allows; claims of a `WaitForFirstConsumer` class are
//! bound once a node is chosen (to a matching volume there, or by the class's provisioner, told
//! the node through `volume.kubernetes.io/selected-node`), and the pod is bound only after them.
//! A claim of any other class that is not bound yet keeps the pod from being scheduled.

use super::node_affinity::term_matches;
use crate::api::core::{NodeSelector, PersistentVolume, PersistentVolumeClaim, Pod};
use crate::api::storage::StorageClass;
use crate::client::informer::Informer;
use crate::controllers::volume::{claim_class, delays_binding, pod_claims, refers_to, satisfies, SELECTED_NODE};
use crate::scheduler::framework::{Cycle, FilterPlugin, NodeInfo, Status};

pub const REASON_NODE_CONFLICT: &str = "node(s) had volume node affinity conflict";
pub const REASON_BIND_CONFLICT: &str = "node(s) didn't find available persistent volumes to bind";
pub const REASON_UNBOUND_IMMEDIATE: &str = "pod has unbound immediate PersistentVolumeClaims";

/// A claim to bind once the node is known: the volumes that could take it, and whether its class
/// can provision one instead.
#[derive(Clone, Debug, Default)]
pub struct Delayed {
    pub claim: PersistentVolumeClaim,
    pub candidates: Vec<PersistentVolume>,
    pub provisions: bool,
}

#[derive(Clone, Debug, Default)]
pub struct State {
    /// Node affinity of the volumes bound claims use.
    pub bound: Vec<NodeSelector>,
    pub delayed: Vec<Delayed>,
}

/// Whether a volume's node affinity admits the node.
pub fn affinity_allows(sel: &NodeSelector, node: &crate::api::core::Node) -> bool {
    let labels = node.metadata.labels.clone().unwrap_or_default();
    let name = node.metadata.name.as_deref().unwrap_or("");
    sel.node_selector_terms.iter().any(|t| term_matches(t, &labels, name))
}

fn volume_affinity(pv: &PersistentVolume) -> Option<NodeSelector> {
    pv.spec.as_ref().and_then(|s| s.node_affinity.as_ref()).and_then(|a| a.required.clone())
}

/// PreFilter: what the pod's claims need, or why it cannot be scheduled at all.
pub fn pre_filter(pod: &Pod, claims: &Informer, volumes: &Informer, classes: &Informer) -> Result<State, String> {
    let ns = pod.metadata.namespace.as_deref().unwrap_or("");
    let mut st = State::default();
    let mut unbound_immediate = false;
    for name in pod_claims(pod) {
        let Some(pvc) = claims.get(&format!("{}/{}", ns, name)).and_then(|o| o.as_typed::<PersistentVolumeClaim>()) else {
            return Err(format!("persistentvolumeclaim {:?} not found", name));
        };
        if pvc.metadata.deletion_timestamp.is_some() {
            return Err(format!("persistentvolumeclaim {:?} is being deleted", name));
        }
        let volume = pvc.spec.as_ref().and_then(|s| s.volume_name.clone()).unwrap_or_default();
        if !volume.is_empty() {
            let Some(pv) = volumes.get(&volume).and_then(|o| o.as_typed::<PersistentVolume>()) else {
                return Err("pvc(s) bound to non-existent pv(s)".into());
            };
            st.bound.extend(volume_affinity(pv));
            continue;
        }
        if !delays_binding(pvc, classes) {
            unbound_immediate = true;
            continue;
        }
        let candidates = volumes
            .iter()
            .filter_map(|o| o.as_typed::<PersistentVolume>())
            .filter(|pv| {
                let free = match pv.spec.as_ref().and_then(|s| s.claim_ref.as_deref()) {
                    Some(r) => refers_to(r, pvc),
                    None => pv.status.as_ref().and_then(|s| s.phase.as_deref()) == Some("Available"),
                };
                free && pv.metadata.deletion_timestamp.is_none() && satisfies(pv, pvc)
            })
            .cloned()
            .collect();
        let provisions = classes
            .get(&claim_class(pvc))
            .and_then(|o| o.as_typed::<StorageClass>())
            .is_some_and(|c| c.provisioner != "kubernetes.io/no-provisioner");
        st.delayed.push(Delayed { claim: pvc.clone(), candidates, provisions });
    }
    if unbound_immediate {
        return Err(REASON_UNBOUND_IMMEDIATE.into());
    }
    Ok(st)
}

/// What binding the claims on `node` takes: volumes to pre-bind to their claim (by name), and
/// claims to annotate with the node for their provisioner. None if a claim cannot be satisfied.
pub fn plan(st: &State, node: &crate::api::core::Node) -> Option<Vec<(PersistentVolumeClaim, Option<PersistentVolume>)>> {
    let mut taken: Vec<String> = Vec::new();
    let mut out = Vec::new();
    for d in &st.delayed {
        let mut best: Option<&PersistentVolume> = None;
        for pv in &d.candidates {
            let name = pv.metadata.name.clone().unwrap_or_default();
            if taken.contains(&name) || !volume_affinity(pv).is_none_or(|a| affinity_allows(&a, node)) {
                continue;
            }
            let cap = |p: &PersistentVolume| p.spec.as_ref().and_then(|s| s.capacity.as_ref()).and_then(|c| c.get("storage")).and_then(|q| crate::api::quantity::parse_value(&q.0)).unwrap_or(0);
            if best.is_none_or(|b| cap(pv) < cap(b)) {
                best = Some(pv);
            }
        }
        match best {
            Some(pv) => {
                taken.push(pv.metadata.name.clone().unwrap_or_default());
                out.push((d.claim.clone(), Some(pv.clone())));
            }
            None if d.provisions => out.push((d.claim.clone(), None)),
            None => return None,
        }
    }
    Some(out)
}

/// Whether a claim already carries this node for its provisioner.
pub fn selected(pvc: &PersistentVolumeClaim, node: &str) -> bool {
    pvc.metadata.annotations.as_ref().and_then(|a| a.get(SELECTED_NODE)).is_some_and(|n| n == node)
}

pub struct VolumeBinding;

impl FilterPlugin for VolumeBinding {
    fn name(&self) -> &'static str {
        "VolumeBinding"
    }
    fn filter(&self, cx: &Cycle, node: &NodeInfo) -> Status {
        if cx.volumes.bound.iter().any(|a| !affinity_allows(a, &node.node)) {
            return Status::unresolvable(REASON_NODE_CONFLICT);
        }
        if !cx.volumes.delayed.is_empty() && plan(&cx.volumes, &node.node).is_none() {
            return Status::unresolvable(REASON_BIND_CONFLICT);
        }
        Status::success()
    }
}
