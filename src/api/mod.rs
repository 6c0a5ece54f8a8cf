//! The object model: every kind kubeplay serves, as `k8s-openapi` v1.34 types, wrapped in one
//! `Object` enum that the store, the watch hub and the informer caches share by `Arc`.

pub mod conversion;
pub mod cron;
pub mod fields;
pub mod labels;
pub mod meta;
pub mod names;
pub mod order;
pub mod quantity;
pub mod timefmt;

pub use k8s_openapi::api::core::v1 as core;
pub use k8s_openapi::apimachinery::pkg::apis::meta::v1 as metav1;

use k8s_openapi::Metadata;
use metav1::ObjectMeta;
use std::sync::Arc;

/// What the API knows about a resource type: what discovery serves and where the store keeps it.
/// A typed value as JSON: through text, with the vendored k8s-openapi's compact codec (see
/// `Object::to_json_string`).
pub fn json_value<T: Json>(t: &T) -> serde_json::Value {
    serde_json::from_str(&k8s_openapi::json::to_string(t)).unwrap_or(serde_json::Value::Null)
}

pub use k8s_openapi::json::{Error as DecodeError, Json};

#[derive(Debug)]
pub struct ResourceInfo {
    pub kind: &'static str,
    pub group: &'static str,
    pub version: &'static str,
    pub api_version: &'static str,
    pub plural: &'static str,
    pub singular: &'static str,
    pub short_names: &'static [&'static str],
    pub namespaced: bool,
    /// The etcd key prefix kube-apiserver uses (`/registry/minions` for nodes, and so on).
    pub etcd_prefix: &'static str,
    /// Whether the resource has a `/status` subresource whose writes the main resource ignores.
    pub has_status: bool,
    /// The verbs discovery lists.
    pub verbs: &'static [&'static str],
    pub categories: &'static [&'static str],
}

impl ResourceInfo {
    /// `pods` or `deployments.apps`: how API errors name the resource.
    pub fn group_resource(&self) -> String {
        if self.group.is_empty() {
            self.plural.to_string()
        } else {
            format!("{}.{}", self.plural, self.group)
        }
    }
    /// `Pod` or `Deployment.apps`: how Invalid errors name the kind.
    pub fn group_kind(&self) -> String {
        if self.group.is_empty() {
            self.kind.to_string()
        } else {
            format!("{}.{}", self.kind, self.group)
        }
    }
}

const ALL_VERBS: &[&str] = &["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"];

/// A typed kind: lets generic code go from `Object` to the concrete type and back.
pub trait Typed: Sized + Json {
    const KIND: Kind;
    fn from_object(obj: &Object) -> Option<&Self>;
    fn into_object(self) -> Object;
}

macro_rules! kinds {
    (
        with_status { $( $sv:ident : $sty:ty => { $($sattrs:tt)* } ),* $(,)? }
        without_status { $( $nv:ident : $nty:ty => { $($nattrs:tt)* } ),* $(,)? }
    ) => {
        /// Every kind the apiserver serves.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Kind { $($sv,)* $($nv,)* }

        impl Kind {
            pub const ALL: &'static [Kind] = &[$(Kind::$sv,)* $(Kind::$nv,)*];

            pub fn info(self) -> &'static ResourceInfo {
                match self {
                    $(Kind::$sv => kinds!(@info $sty, true, $($sattrs)*),)*
                    $(Kind::$nv => kinds!(@info $nty, false, $($nattrs)*),)*
                }
            }
        }

        /// A stored Kubernetes object of any kind. Variants are boxed so that every object costs
        /// its own size, not the largest kind's.
        #[derive(Clone, Debug)]
        pub enum Object { $($sv(Box<$sty>),)* $($nv(Box<$nty>),)* }

        impl Object {
            pub fn kind(&self) -> Kind {
                match self { $(Object::$sv(_) => Kind::$sv,)* $(Object::$nv(_) => Kind::$nv,)* }
            }
            pub fn meta(&self) -> &ObjectMeta {
                match self { $(Object::$sv(o) => o.metadata(),)* $(Object::$nv(o) => o.metadata(),)* }
            }
            pub fn meta_mut(&mut self) -> &mut ObjectMeta {
                match self { $(Object::$sv(o) => o.metadata_mut(),)* $(Object::$nv(o) => o.metadata_mut(),)* }
            }
            /// The object as JSON text, with `apiVersion` and `kind`, as `serde_json::to_string`
            /// writes it. Typed objects are encoded and decoded only by the vendored
            /// k8s-openapi's `json` module (a fraction of the page that serde's per-type impls
            /// took), and only to and from text; a `Value` is parsed back from it.
            pub fn to_json_string(&self) -> String {
                match self { $(Object::$sv(o) => k8s_openapi::json::to_string(o.as_ref()),)* $(Object::$nv(o) => k8s_openapi::json::to_string(o.as_ref()),)* }
            }
            /// The object as JSON, with `apiVersion` and `kind`.
            pub fn to_value(&self) -> serde_json::Value {
                serde_json::from_str(&self.to_json_string()).unwrap_or(serde_json::Value::Null)
            }
            /// Decodes JSON (which must carry the right `apiVersion` and `kind`) into a typed object.
            /// Decoding always goes through text, so each type's decoder exists once in the wasm
            /// build.
            pub fn from_value(kind: Kind, value: serde_json::Value) -> Result<Object, DecodeError> {
                Self::from_json_str(kind, &value.to_string())
            }
            /// Decodes JSON text as `serde_json::from_str` would, with its error texts, lines and
            /// columns.
            pub fn from_json_str(kind: Kind, text: &str) -> Result<Object, DecodeError> {
                Ok(match kind {
                    $(Kind::$sv => Object::$sv(Box::new(k8s_openapi::json::from_str(text)?)),)*
                    $(Kind::$nv => Object::$nv(Box::new(k8s_openapi::json::from_str(text)?)),)*
                })
            }
            /// serde_json's own decoding and encoding of the typed object: the oracle the compact
            /// codec is tested against (`tests/json_codec.rs`); not in the page.
            #[cfg(not(target_arch = "wasm32"))]
            pub fn serde_roundtrip(kind: Kind, text: &str) -> Result<String, serde_json::Error> {
                match kind {
                    $(Kind::$sv => serde_json::to_string(&serde_json::from_str::<$sty>(text)?),)*
                    $(Kind::$nv => serde_json::to_string(&serde_json::from_str::<$nty>(text)?),)*
                }
            }
            /// For the status subresource: a write to the main resource keeps `old`'s status, a
            /// write to `/status` keeps `old`'s spec. Kinds without status keep nothing.
            pub fn keep_from(&mut self, old: &Object, status_write: bool) {
                match (self, old) {
                    $((Object::$sv(n), Object::$sv(o)) => {
                        if status_write { n.spec = o.spec.clone(); } else { n.status = o.status.clone(); }
                    })*
                    _ => {}
                }
            }
            /// Whether the spec differs (what moves `metadata.generation`).
            /// Compared as JSON: one code path for every kind instead of a deep `PartialEq` per
            /// spec type in the binary (the status subresource never gets here: its spec is the
            /// old one).
            pub fn spec_differs(&self, old: &Object) -> bool {
                let strip = |v: serde_json::Value| match v {
                    serde_json::Value::Object(mut m) => { m.remove("metadata"); m.remove("status"); serde_json::Value::Object(m) }
                    v => v,
                };
                match (self, old) {
                    $((Object::$sv(_), Object::$sv(_)) => self.to_value().get("spec") != old.to_value().get("spec"),)*
                    (n, o) => strip(n.to_value()) != strip(o.to_value()),
                }
            }
        }

        $(kinds!(@typed $sv, $sty);)*
        $(kinds!(@typed $nv, $nty);)*
    };

    (@typed $variant:ident, $ty:ty) => {
        impl Typed for $ty {
            const KIND: Kind = Kind::$variant;
            fn from_object(obj: &Object) -> Option<&Self> {
                match obj { Object::$variant(o) => Some(o.as_ref()), #[allow(unreachable_patterns)] _ => None }
            }
            fn into_object(self) -> Object { Object::$variant(Box::new(self)) }
        }
    };

    (@info $ty:ty, $status:literal, plural: $plural:literal, singular: $singular:literal, short: [$($short:literal),*],
        namespaced: $ns:literal, etcd: $etcd:literal, categories: [$($cat:literal),*]) => {{
        static INFO: ResourceInfo = ResourceInfo {
            kind: <$ty as k8s_openapi::Resource>::KIND,
            group: <$ty as k8s_openapi::Resource>::GROUP,
            version: <$ty as k8s_openapi::Resource>::VERSION,
            api_version: <$ty as k8s_openapi::Resource>::API_VERSION,
            plural: $plural,
            singular: $singular,
            short_names: &[$($short),*],
            namespaced: $ns,
            etcd_prefix: $etcd,
            has_status: $status,
            verbs: ALL_VERBS,
            categories: &[$($cat),*],
        };
        &INFO
    }};
}

pub use k8s_openapi::api::{apps::v1 as apps, autoscaling::v2 as autoscaling, batch::v1 as batch, coordination::v1 as coordination};
pub use k8s_openapi::api::{discovery::v1 as discovery, networking::v1 as networking, policy::v1 as policy, rbac::v1 as rbac};
pub use k8s_openapi::api::{scheduling::v1 as scheduling, storage::v1 as storage};

// Discovery order within a group follows kube-apiserver's (alphabetical by resource), and the
// order of `all` follows kubectl's category expansion.
kinds! {
    with_status {
        Namespace: core::Namespace => { plural: "namespaces", singular: "namespace", short: ["ns"],
            namespaced: false, etcd: "namespaces", categories: [] },
        Node: core::Node => { plural: "nodes", singular: "node", short: ["no"], namespaced: false,
            etcd: "minions", categories: [] },
        PersistentVolumeClaim: core::PersistentVolumeClaim => { plural: "persistentvolumeclaims",
            singular: "persistentvolumeclaim", short: ["pvc"], namespaced: true, etcd: "persistentvolumeclaims", categories: [] },
        PersistentVolume: core::PersistentVolume => { plural: "persistentvolumes", singular: "persistentvolume",
            short: ["pv"], namespaced: false, etcd: "persistentvolumes", categories: [] },
        Pod: core::Pod => { plural: "pods", singular: "pod", short: ["po"], namespaced: true,
            etcd: "pods", categories: ["all"] },
        ReplicationController: core::ReplicationController => { plural: "replicationcontrollers",
            singular: "replicationcontroller", short: ["rc"], namespaced: true, etcd: "controllers", categories: ["all"] },
        ResourceQuota: core::ResourceQuota => { plural: "resourcequotas", singular: "resourcequota", short: ["quota"],
            namespaced: true, etcd: "resourcequotas", categories: [] },
        Service: core::Service => { plural: "services", singular: "service", short: ["svc"], namespaced: true,
            etcd: "services/specs", categories: ["all"] },
        DaemonSet: apps::DaemonSet => { plural: "daemonsets", singular: "daemonset", short: ["ds"], namespaced: true,
            etcd: "daemonsets", categories: ["all"] },
        Deployment: apps::Deployment => { plural: "deployments", singular: "deployment", short: ["deploy"],
            namespaced: true, etcd: "deployments", categories: ["all"] },
        ReplicaSet: apps::ReplicaSet => { plural: "replicasets", singular: "replicaset", short: ["rs"],
            namespaced: true, etcd: "replicasets", categories: ["all"] },
        StatefulSet: apps::StatefulSet => { plural: "statefulsets", singular: "statefulset", short: ["sts"],
            namespaced: true, etcd: "statefulsets", categories: ["all"] },
        HorizontalPodAutoscaler: autoscaling::HorizontalPodAutoscaler => { plural: "horizontalpodautoscalers",
            singular: "horizontalpodautoscaler", short: ["hpa"], namespaced: true, etcd: "horizontalpodautoscalers", categories: ["all"] },
        CronJob: batch::CronJob => { plural: "cronjobs", singular: "cronjob", short: ["cj"], namespaced: true,
            etcd: "cronjobs", categories: ["all"] },
        Job: batch::Job => { plural: "jobs", singular: "job", short: [], namespaced: true, etcd: "jobs", categories: ["all"] },
        Ingress: networking::Ingress => { plural: "ingresses", singular: "ingress", short: ["ing"], namespaced: true,
            etcd: "ingress", categories: [] },
        PodDisruptionBudget: policy::PodDisruptionBudget => { plural: "poddisruptionbudgets", singular: "poddisruptionbudget",
            short: ["pdb"], namespaced: true, etcd: "poddisruptionbudgets", categories: [] },
    }
    without_status {
        ConfigMap: core::ConfigMap => { plural: "configmaps", singular: "configmap", short: ["cm"], namespaced: true,
            etcd: "configmaps", categories: [] },
        Endpoints: core::Endpoints => { plural: "endpoints", singular: "endpoints", short: ["ep"], namespaced: true,
            etcd: "services/endpoints", categories: [] },
        Event: core::Event => { plural: "events", singular: "event", short: ["ev"], namespaced: true,
            etcd: "events", categories: [] },
        LimitRange: core::LimitRange => { plural: "limitranges", singular: "limitrange", short: ["limits"],
            namespaced: true, etcd: "limitranges", categories: [] },
        Secret: core::Secret => { plural: "secrets", singular: "secret", short: [], namespaced: true,
            etcd: "secrets", categories: [] },
        ServiceAccount: core::ServiceAccount => { plural: "serviceaccounts", singular: "serviceaccount", short: ["sa"],
            namespaced: true, etcd: "serviceaccounts", categories: [] },
        ControllerRevision: apps::ControllerRevision => { plural: "controllerrevisions", singular: "controllerrevision", short: [],
            namespaced: true, etcd: "controllerrevisions", categories: [] },
        Lease: coordination::Lease => { plural: "leases", singular: "lease", short: [], namespaced: true,
            etcd: "leases", categories: [] },
        EndpointSlice: discovery::EndpointSlice => { plural: "endpointslices", singular: "endpointslice", short: [],
            namespaced: true, etcd: "endpointslices", categories: [] },
        IngressClass: networking::IngressClass => { plural: "ingressclasses", singular: "ingressclass", short: [],
            namespaced: false, etcd: "ingressclasses", categories: [] },
        NetworkPolicy: networking::NetworkPolicy => { plural: "networkpolicies", singular: "networkpolicy", short: ["netpol"],
            namespaced: true, etcd: "networkpolicies", categories: [] },
        ClusterRoleBinding: rbac::ClusterRoleBinding => { plural: "clusterrolebindings", singular: "clusterrolebinding",
            short: [], namespaced: false, etcd: "clusterrolebindings", categories: [] },
        ClusterRole: rbac::ClusterRole => { plural: "clusterroles", singular: "clusterrole", short: [], namespaced: false,
            etcd: "clusterroles", categories: [] },
        RoleBinding: rbac::RoleBinding => { plural: "rolebindings", singular: "rolebinding", short: [], namespaced: true,
            etcd: "rolebindings", categories: [] },
        Role: rbac::Role => { plural: "roles", singular: "role", short: [], namespaced: true, etcd: "roles", categories: [] },
        PriorityClass: scheduling::PriorityClass => { plural: "priorityclasses", singular: "priorityclass", short: ["pc"],
            namespaced: false, etcd: "priorityclasses", categories: [] },
        StorageClass: storage::StorageClass => { plural: "storageclasses", singular: "storageclass", short: ["sc"],
            namespaced: false, etcd: "storageclasses", categories: [] },
    }
}

impl Kind {
    /// Finds a kind by its `apiVersion` and `kind` as a manifest spells them.
    pub fn from_api_version_kind(api_version: &str, kind: &str) -> Option<Kind> {
        Kind::ALL.iter().copied().find(|k| k.info().api_version == api_version && k.info().kind == kind)
    }

    /// Finds a kind by group and plural resource name, as REST paths name them.
    pub fn from_group_resource(group: &str, plural: &str) -> Option<Kind> {
        Kind::ALL.iter().copied().find(|k| k.info().group == group && k.info().plural == plural)
    }

    /// The store key of an object: `/registry/pods/default/nginx`, `/registry/minions/node01`.
    pub fn storage_key(self, namespace: &str, name: &str) -> String {
        let info = self.info();
        if info.namespaced {
            format!("/registry/{}/{}/{}", info.etcd_prefix, namespace, name)
        } else {
            format!("/registry/{}/{}", info.etcd_prefix, name)
        }
    }

    /// The store prefix for all objects of this kind, or of one namespace.
    pub fn storage_prefix(self, namespace: Option<&str>) -> String {
        let info = self.info();
        match namespace {
            Some(ns) if info.namespaced => format!("/registry/{}/{}/", info.etcd_prefix, ns),
            _ => format!("/registry/{}/", info.etcd_prefix),
        }
    }
}

/// Objects are shared between the store, watch events and caches; this is how they travel.
pub type ObjectRef = Arc<Object>;

impl Object {
    pub fn name(&self) -> &str {
        self.meta().name.as_deref().unwrap_or("")
    }
    pub fn namespace(&self) -> &str {
        self.meta().namespace.as_deref().unwrap_or("")
    }
    pub fn uid(&self) -> &str {
        self.meta().uid.as_deref().unwrap_or("")
    }
    pub fn as_typed<T: Typed>(&self) -> Option<&T> {
        T::from_object(self)
    }
    pub fn as_pod(&self) -> Option<&core::Pod> {
        self.as_typed()
    }
    pub fn as_node(&self) -> Option<&core::Node> {
        self.as_typed()
    }
    /// `namespace/name` (or `name` for cluster-scoped objects): the key informers and queues use.
    pub fn cache_key(&self) -> String {
        meta::cache_key(self.namespace(), self.name())
    }
}
