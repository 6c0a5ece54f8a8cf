//! Admission plugins that need to read the cluster: Priority (a pod's priorityClassName resolved
//! to its value, or the global default, or 0), ServiceAccount, DefaultStorageClass and
//! StorageObjectInUseProtection. Each failure is a `Forbidden` error worded as upstream's plugin
//! words it.

use super::errors::{ApiError, ApiResult};
use super::ApiServer;
use crate::api::scheduling::PriorityClass;
use crate::api::{Kind, Object, Typed};

pub const SYSTEM_CLUSTER_CRITICAL: (&str, i32) = ("system-cluster-critical", 2_000_000_000);
pub const SYSTEM_NODE_CRITICAL: (&str, i32) = ("system-node-critical", 2_000_001_000);

impl ApiServer {
    fn priority_classes(&self) -> Vec<PriorityClass> {
        let prefix = Kind::PriorityClass.storage_prefix(None);
        self.store().range_prefix(&prefix).iter().filter_map(|kv| PriorityClass::from_object(&kv.value).cloned()).collect()
    }

    /// The ServiceAccount plugin, on pod creation: the pod's account must exist.
    pub(super) fn admit_service_account(&self, obj: &Object, ns: &str) -> ApiResult<()> {
        let Object::Pod(pod) = obj else { return Ok(()) };
        if super::registry::pod::is_mirror(pod) {
            return Ok(());
        }
        let sa = pod.spec.as_ref().and_then(|s| s.service_account_name.clone()).filter(|s| !s.is_empty()).unwrap_or_else(|| "default".into());
        if self.store().get(&Kind::ServiceAccount.storage_key(ns, &sa)).is_some() {
            return Ok(());
        }
        Err(ApiError::forbidden(
            Kind::Pod.info(),
            pod.metadata.name.as_deref().unwrap_or(""),
            &format!("error looking up service account {}/{}: serviceaccount \"{}\" not found", ns, sa, sa),
        ))
    }

    /// The Priority plugin, on pod creation.
    pub(super) fn admit_priority(&self, obj: &mut Object) -> ApiResult<()> {
        let Object::Pod(pod) = obj else { return Ok(()) };
        let name = pod.metadata.name.clone().unwrap_or_default();
        let spec = pod.spec.get_or_insert_with(Default::default);
        let class_name = spec.priority_class_name.clone().filter(|n| !n.is_empty());
        let classes = self.priority_classes();
        let class = match &class_name {
            Some(n) => match classes.iter().find(|c| c.metadata.name.as_deref() == Some(n.as_str())) {
                Some(c) => Some(c.clone()),
                None => {
                    return Err(ApiError::forbidden(Kind::Pod.info(), &name, &format!("no PriorityClass with name {} was found", n)));
                }
            },
            None => classes.iter().filter(|c| c.global_default == Some(true)).min_by_key(|c| c.value).cloned(),
        };
        let (value, policy) = match &class {
            Some(c) => (c.value, c.preemption_policy.clone().unwrap_or_else(|| "PreemptLowerPriority".into())),
            None => (0, "PreemptLowerPriority".into()),
        };
        if let Some(given) = spec.priority {
            if given != value {
                return Err(ApiError::forbidden(
                    Kind::Pod.info(),
                    &name,
                    &format!("the integer value of priority ({}) must not be provided in pod spec; priority admission controller computed {} from the given PriorityClass name", given, value),
                ));
            }
        }
        spec.priority = Some(value);
        if class.is_some() && class_name.is_none() {
            spec.priority_class_name = class.as_ref().and_then(|c| c.metadata.name.clone());
        }
        spec.preemption_policy.get_or_insert(policy);
        Ok(())
    }

    /// DefaultStorageClass (a claim without a class gets the default one, the newest if several
    /// are marked) and StorageObjectInUseProtection (the protection finalizers), on creation.
    pub(super) fn admit_storage(&self, obj: &mut Object) {
        const DEFAULT: &str = "storageclass.kubernetes.io/is-default-class";
        const DEFAULT_BETA: &str = "storageclass.beta.kubernetes.io/is-default-class";
        match obj {
            Object::PersistentVolumeClaim(pvc) => {
                let beta = pvc.metadata.annotations.as_ref().is_some_and(|a| a.contains_key("volume.beta.kubernetes.io/storage-class"));
                let spec = pvc.spec.get_or_insert_with(Default::default);
                if spec.storage_class_name.is_none() && !beta {
                    let prefix = Kind::StorageClass.storage_prefix(None);
                    let default = self
                        .store()
                        .range_prefix(&prefix)
                        .iter()
                        .filter(|kv| kv.value.meta().annotations.as_ref().is_some_and(|a| [DEFAULT, DEFAULT_BETA].iter().any(|k| a.get(*k).is_some_and(|v| v == "true"))))
                        .max_by_key(|kv| (kv.value.meta().creation_timestamp.as_ref().map(|t| t.0), std::cmp::Reverse(kv.value.name().to_string())))
                        .map(|kv| kv.value.name().to_string());
                    spec.storage_class_name = default;
                }
                add_finalizer(&mut pvc.metadata, "kubernetes.io/pvc-protection");
            }
            Object::PersistentVolume(pv) => add_finalizer(&mut pv.metadata, "kubernetes.io/pv-protection"),
            _ => {}
        }
    }
}

fn add_finalizer(m: &mut crate::api::metav1::ObjectMeta, f: &str) {
    let fs = m.finalizers.get_or_insert_with(Vec::new);
    if !fs.iter().any(|x| x == f) {
        fs.push(f.to_string());
    }
}
