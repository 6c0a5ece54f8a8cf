//! Per-kind strategies: defaults, create/update preparation, validation and admission, dispatched
//! by kind as kube-apiserver's registry does.

pub mod pod;
pub mod replicationcontroller;
pub mod validation;

use crate::api::metav1::ObjectMeta;
use crate::api::{Kind, Object};
use crate::apiserver::errors::FieldError;
use crate::sim::rng::SimRng;
use validation::{dns1123_label, dns1123_subdomain, validate_name};

/// Applies the defaults a decoded object gets (the generated defaulters).
pub fn apply_defaults(obj: &mut Object) {
    match obj {
        Object::Pod(p) => pod::default_pod(p),
        Object::ReplicationController(rc) => replicationcontroller::default(rc),
        Object::Namespace(ns) => {
            let status = ns.status.get_or_insert_with(Default::default);
            if status.phase.is_none() {
                status.phase = Some("Active".into());
            }
            let spec = ns.spec.get_or_insert_with(Default::default);
            if spec.finalizers.is_none() {
                spec.finalizers = Some(vec!["kubernetes".into()]);
            }
        }
        _ => {}
    }
}

/// Kinds whose `metadata.generation` tracks spec changes.
fn tracks_generation(kind: Kind) -> bool {
    matches!(kind, Kind::Pod | Kind::ReplicationController)
}

/// `PrepareForCreate` plus the admission chain's mutating plugins.
pub fn prepare_for_create(obj: &mut Object, rng: &mut SimRng) {
    if tracks_generation(obj.kind()) {
        obj.meta_mut().generation = Some(1);
    }
    match obj {
        Object::Pod(p) => {
            pod::admit_create(p, rng);
            pod::prepare_for_create(p);
        }
        Object::ReplicationController(rc) => {
            rc.status = Some(Default::default());
        }
        Object::Namespace(ns) => {
            ns.status = Some(crate::api::core::NamespaceStatus { phase: Some("Active".into()), ..Default::default() });
            let labels = ns.metadata.labels.get_or_insert_with(Default::default);
            let name = ns.metadata.name.clone().unwrap_or_default();
            labels.insert("kubernetes.io/metadata.name".into(), name);
        }
        _ => {}
    }
}

/// `PrepareForUpdate`: a write to the main resource keeps the stored status; a write to `/status`
/// keeps the stored spec. Generation moves when the spec changes.
pub fn prepare_for_update(new: &mut Object, old: &Object, status_subresource: bool) {
    let has_status = new.kind().info().has_status;
    match (new, old) {
        (Object::Pod(n), Object::Pod(o)) => {
            if status_subresource {
                n.spec = o.spec.clone();
            } else if has_status {
                n.status = o.status.clone();
            }
        }
        (Object::ReplicationController(n), Object::ReplicationController(o)) => {
            if status_subresource {
                n.spec = o.spec.clone();
            } else {
                n.status = o.status.clone();
            }
        }
        (Object::Node(n), Object::Node(o)) => {
            if status_subresource {
                n.spec = o.spec.clone();
            } else {
                n.status = o.status.clone();
            }
        }
        (Object::Namespace(n), Object::Namespace(o)) => {
            if !status_subresource {
                n.status = o.status.clone();
            }
        }
        _ => {}
    }
}

/// Bumps `metadata.generation` when the spec changed (kinds that track it).
pub fn bump_generation(new: &mut Object, old: &Object) {
    if !tracks_generation(new.kind()) {
        return;
    }
    let changed = match (&*new, old) {
        (Object::Pod(n), Object::Pod(o)) => n.spec != o.spec,
        (Object::ReplicationController(n), Object::ReplicationController(o)) => n.spec != o.spec,
        _ => false,
    };
    let g = old.meta().generation.unwrap_or(1);
    new.meta_mut().generation = Some(if changed { g + 1 } else { g });
}

/// Validation on create.
pub fn validate_create(obj: &Object) -> Vec<FieldError> {
    let meta = obj.meta();
    let mut errs = validate_meta_name(obj.kind(), meta);
    errs.extend(validate_spec(obj));
    errs
}

fn validate_meta_name(kind: Kind, meta: &ObjectMeta) -> Vec<FieldError> {
    let check = match kind {
        Kind::Namespace => dns1123_label,
        _ => dns1123_subdomain,
    };
    validate_name(meta.name.as_deref(), check)
}

fn validate_spec(obj: &Object) -> Vec<FieldError> {
    match obj {
        Object::Pod(p) => pod::validate(p),
        Object::ReplicationController(rc) => replicationcontroller::validate(rc),
        _ => Vec::new(),
    }
}

/// Validation on update: the spec checks plus what may not change.
pub fn validate_update(new: &Object, old: &Object) -> Vec<FieldError> {
    let mut errs = validate_spec(new);
    if let (Object::Pod(n), Object::Pod(o)) = (new, old) {
        let (Some(ns), Some(os)) = (&n.spec, &o.spec) else { return errs };
        let mut masked = ns.clone();
        for (c, oc) in masked.containers.iter_mut().zip(os.containers.iter()) {
            c.image = oc.image.clone();
        }
        masked.active_deadline_seconds = os.active_deadline_seconds;
        masked.tolerations = os.tolerations.clone();
        masked.termination_grace_period_seconds = os.termination_grace_period_seconds;
        // Binding sets nodeName through its own subresource; a plain update may not move a pod.
        if masked.node_name != os.node_name && os.node_name.is_some() {
            masked.node_name = os.node_name.clone();
            errs.push(FieldError::forbidden("spec.nodeName", "field is immutable"));
        }
        masked.node_name = os.node_name.clone();
        if &masked != os {
            errs.push(FieldError::forbidden(
                "spec",
                "pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)",
            ));
        }
    }
    errs
}
