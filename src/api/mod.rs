//! The object model: every kind kubeplay serves, as `k8s-openapi` v1.34 types, wrapped in one
//! `Object` enum that the store, the watch hub and the informer caches share by `Arc`.

pub mod fields;
pub mod labels;
pub mod meta;
pub mod names;
pub mod quantity;

pub use k8s_openapi::api::core::v1 as core;
pub use k8s_openapi::apimachinery::pkg::apis::meta::v1 as metav1;

use k8s_openapi::Metadata;
use metav1::ObjectMeta;
use std::sync::Arc;

/// What the API knows about a resource type: what discovery serves and where the store keeps it.
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
pub trait Typed: Sized {
    const KIND: Kind;
    fn from_object(obj: &Object) -> Option<&Self>;
    fn into_object(self) -> Object;
}

macro_rules! kinds {
    ($( $variant:ident : $ty:ty => {
        plural: $plural:literal, singular: $singular:literal, short: [$($short:literal),*],
        namespaced: $ns:literal, etcd: $etcd:literal, status: $status:literal, categories: [$($cat:literal),*]
    } ),* $(,)?) => {
        /// Every kind the apiserver serves.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Kind { $($variant),* }

        impl Kind {
            pub const ALL: &'static [Kind] = &[$(Kind::$variant),*];

            pub fn info(self) -> &'static ResourceInfo {
                match self {
                    $(Kind::$variant => {
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
                    })*
                }
            }
        }

        /// A stored Kubernetes object of any kind. Variants are boxed so that every object costs
        /// its own size, not the largest kind's.
        #[derive(Clone, Debug, PartialEq)]
        pub enum Object { $($variant(Box<$ty>)),* }

        impl Object {
            pub fn kind(&self) -> Kind {
                match self { $(Object::$variant(_) => Kind::$variant),* }
            }
            pub fn meta(&self) -> &ObjectMeta {
                match self { $(Object::$variant(o) => o.metadata()),* }
            }
            pub fn meta_mut(&mut self) -> &mut ObjectMeta {
                match self { $(Object::$variant(o) => o.metadata_mut()),* }
            }
            /// The object as JSON, with `apiVersion` and `kind`.
            pub fn to_value(&self) -> serde_json::Value {
                let v = match self { $(Object::$variant(o) => serde_json::to_value(o)),* };
                v.unwrap_or(serde_json::Value::Null)
            }
            /// Decodes JSON (which must carry the right `apiVersion` and `kind`) into a typed object.
            pub fn from_value(kind: Kind, value: serde_json::Value) -> Result<Object, serde_json::Error> {
                Ok(match kind { $(Kind::$variant => Object::$variant(Box::new(serde_json::from_value(value)?))),* })
            }
        }

        $(
            impl Typed for $ty {
                const KIND: Kind = Kind::$variant;
                fn from_object(obj: &Object) -> Option<&Self> {
                    match obj { Object::$variant(o) => Some(o.as_ref()), #[allow(unreachable_patterns)] _ => None }
                }
                fn into_object(self) -> Object { Object::$variant(Box::new(self)) }
            }
        )*
    };
}

kinds! {
    Pod: core::Pod => { plural: "pods", singular: "pod", short: ["po"], namespaced: true,
        etcd: "pods", status: true, categories: ["all"] },
    ReplicationController: core::ReplicationController => { plural: "replicationcontrollers",
        singular: "replicationcontroller", short: ["rc"], namespaced: true, etcd: "controllers", status: true,
        categories: ["all"] },
    Node: core::Node => { plural: "nodes", singular: "node", short: ["no"], namespaced: false,
        etcd: "minions", status: true, categories: [] },
    Namespace: core::Namespace => { plural: "namespaces", singular: "namespace", short: ["ns"],
        namespaced: false, etcd: "namespaces", status: true, categories: [] },
    Event: core::Event => { plural: "events", singular: "event", short: ["ev"], namespaced: true,
        etcd: "events", status: false, categories: [] },
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
