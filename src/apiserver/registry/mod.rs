//! Per-kind strategies: defaults, create/update preparation, validation and admission, dispatched
//! by kind as kube-apiserver's registry does.

pub mod apps;
pub mod batch;
pub mod config;
pub mod pod;
pub mod replicationcontroller;
pub mod resources;
pub mod service;
pub mod validation;

use crate::api::metav1::ObjectMeta;
use crate::api::{Kind, Object};
use crate::apiserver::errors::FieldError;
use crate::sim::rng::SimRng;
use validation::{dns1123_label, dns1123_subdomain, validate_name};

/// Applies the defaults a decoded object gets (the generated defaulters), with its quantities
/// in canonical form.
pub fn apply_defaults(obj: &mut Object) {
    defaults(obj);
    resources::canonicalize(obj);
}

fn defaults(obj: &mut Object) {
    match obj {
        Object::Pod(p) => pod::default_pod(p),
        Object::ReplicationController(rc) => replicationcontroller::default(rc),
        Object::Deployment(d) => apps::default_deployment(d),
        Object::ReplicaSet(rs) => apps::default_replicaset(rs),
        Object::DaemonSet(ds) => apps::default_daemonset(ds),
        Object::StatefulSet(s) => apps::default_statefulset(s),
        Object::Job(j) => batch::default_job(j),
        Object::CronJob(c) => batch::default_cronjob(c),
        Object::Service(svc) => service::default_service(svc),
        Object::Secret(sec) => config::default_secret(sec),
        Object::PersistentVolume(pv) => config::default_pv(pv),
        Object::PersistentVolumeClaim(pvc) => config::default_pvc(pvc),
        Object::StorageClass(sc) => config::default_storage_class(sc),
        Object::PriorityClass(pc) => config::default_priority_class(pc),
        Object::NetworkPolicy(np) => config::default_network_policy(np),
        Object::LimitRange(lr) => config::default_limit_range(lr),
        Object::HorizontalPodAutoscaler(h) => config::default_hpa(h),
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
    matches!(
        kind,
        Kind::Pod
            | Kind::ReplicationController
            | Kind::ReplicaSet
            | Kind::Deployment
            | Kind::DaemonSet
            | Kind::StatefulSet
            | Kind::Job
            | Kind::CronJob
            | Kind::HorizontalPodAutoscaler
            | Kind::PodDisruptionBudget
            | Kind::Ingress
            | Kind::NetworkPolicy
    )
}

/// `PrepareForCreate` plus the admission chain's mutating plugins. The object already has its
/// uid and creation timestamp.
pub fn prepare_for_create(obj: &mut Object, rng: &mut SimRng) {
    if tracks_generation(obj.kind()) {
        obj.meta_mut().generation = Some(1);
    }
    match obj {
        Object::Pod(p) => {
            pod::admit_create(p, rng);
            pod::prepare_for_create(p);
        }
        Object::Job(j) => {
            batch::generate_selector(j);
            // Reads apply defaults again, copying the (now generated) template labels up.
            if j.metadata.labels.as_ref().is_none_or(|l| l.is_empty()) {
                j.metadata.labels = j.spec.as_ref().and_then(|s| s.template.metadata.as_ref()).and_then(|m| m.labels.clone());
            }
            j.status = Some(Default::default());
        }
        Object::ReplicationController(rc) => rc.status = Some(Default::default()),
        Object::ReplicaSet(rs) => rs.status = Some(Default::default()),
        Object::Deployment(d) => d.status = Some(Default::default()),
        Object::DaemonSet(ds) => ds.status = Some(Default::default()),
        Object::StatefulSet(s) => s.status = Some(Default::default()),
        Object::CronJob(c) => c.status = Some(Default::default()),
        Object::Service(svc) => svc.status = Some(crate::api::core::ServiceStatus { load_balancer: Some(Default::default()), conditions: None }),
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
/// keeps the stored spec.
pub fn prepare_for_update(new: &mut Object, old: &Object, status_subresource: bool) {
    new.keep_from(old, status_subresource);
    // A namespace's finalizers change only through `finalize`.
    if let (Object::Namespace(n), Object::Namespace(o)) = (new, old) {
        let keep = o.spec.as_ref().and_then(|s| s.finalizers.clone());
        n.spec.get_or_insert_with(Default::default).finalizers = keep;
    }
}

/// Bumps `metadata.generation` when the spec changed (kinds that track it).
pub fn bump_generation(new: &mut Object, old: &Object, status_subresource: bool) {
    if !tracks_generation(new.kind()) {
        return;
    }
    let changed = !status_subresource && new.spec_differs(old);
    let g = old.meta().generation.unwrap_or(1);
    new.meta_mut().generation = Some(if changed { g + 1 } else { g });
}

/// Validation on create.
pub fn validate_create(obj: &Object) -> Vec<FieldError> {
    let meta = obj.meta();
    let mut errs = validate_meta_name(obj.kind(), meta);
    errs.extend(validation::labels_and_annotations(meta.labels.as_ref(), meta.annotations.as_ref()));
    errs.extend(validate_spec(obj));
    errs
}

fn validate_meta_name(kind: Kind, meta: &ObjectMeta) -> Vec<FieldError> {
    let check = match kind {
        Kind::Namespace => dns1123_label,
        // Services check their DNS-1035 name in their own validation.
        Kind::Service => return Vec::new(),
        Kind::Role | Kind::ClusterRole | Kind::RoleBinding | Kind::ClusterRoleBinding => validation::path_segment_name,
        _ => dns1123_subdomain,
    };
    validate_name(meta.name.as_deref(), check)
}

fn validate_spec(obj: &Object) -> Vec<FieldError> {
    match obj {
        Object::Pod(p) => pod::validate(p),
        Object::ReplicationController(rc) => replicationcontroller::validate(rc),
        Object::Deployment(d) => apps::validate_deployment(d),
        Object::ReplicaSet(rs) => apps::validate_replicaset(rs),
        Object::DaemonSet(ds) => apps::validate_daemonset(ds),
        Object::StatefulSet(s) => apps::validate_statefulset(s),
        Object::Job(j) => batch::validate_job(j),
        Object::CronJob(c) => batch::validate_cronjob(c),
        Object::Service(svc) => service::validate(svc),
        Object::ConfigMap(cm) => config::validate_configmap(cm),
        Object::Secret(sec) => config::validate_secret(sec),
        Object::PersistentVolumeClaim(pvc) => config::validate_pvc(pvc),
        _ => Vec::new(),
    }
}

/// Validation on update: the spec checks plus what may not change.
pub fn validate_update(new: &Object, old: &Object, status_subresource: bool) -> Vec<FieldError> {
    let mut errs = validation::labels_and_annotations(new.meta().labels.as_ref(), new.meta().annotations.as_ref());
    errs.extend(match (new, old) {
        (Object::Service(n), Object::Service(o)) => service::validate_update(n, o),
        _ => validate_spec(new),
    });
    match (new, old) {
        // Through `/status` the spec is the old one.
        (Object::Pod(n), Object::Pod(o)) if !status_subresource => errs.extend(pod::validate_update(n, o)),
        (Object::Deployment(n), Object::Deployment(o)) => {
            errs.extend(apps::validate_selector_immutable(n.spec.as_ref().map(|s| &s.selector), o.spec.as_ref().map(|s| &s.selector)))
        }
        (Object::ReplicaSet(n), Object::ReplicaSet(o)) => {
            errs.extend(apps::validate_selector_immutable(n.spec.as_ref().map(|s| &s.selector), o.spec.as_ref().map(|s| &s.selector)))
        }
        (Object::DaemonSet(n), Object::DaemonSet(o)) => {
            errs.extend(apps::validate_selector_immutable(n.spec.as_ref().map(|s| &s.selector), o.spec.as_ref().map(|s| &s.selector)))
        }
        (Object::StatefulSet(n), Object::StatefulSet(o)) => {
            errs.extend(apps::validate_selector_immutable(n.spec.as_ref().map(|s| &s.selector), o.spec.as_ref().map(|s| &s.selector)))
        }
        (Object::Job(n), Object::Job(o)) => {
            let (ns, os) = (n.spec.clone().unwrap_or_default(), o.spec.clone().unwrap_or_default());
            let (nt, ot) = (crate::api::json_value(&ns.template), crate::api::json_value(&os.template));
            if nt != ot {
                errs.push(FieldError::invalid("spec.template", &nt, "field is immutable"));
            }
        }
        (Object::ConfigMap(n), Object::ConfigMap(o)) => {
            errs.extend(config::validate_immutable(n.immutable, o.immutable, n.data != o.data || n.binary_data != o.binary_data))
        }
        (Object::Secret(n), Object::Secret(o)) => errs.extend(config::validate_immutable(n.immutable, o.immutable, n.data != o.data)),
        _ => {}
    }
    errs
}
