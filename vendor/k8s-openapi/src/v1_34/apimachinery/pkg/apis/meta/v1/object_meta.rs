// Generated from definition io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta

#[derive(Debug, Default, PartialEq)]
pub struct ObjectMeta {
    pub annotations: Option<std::collections::BTreeMap<std::string::String, std::string::String>>,

    pub creation_timestamp: Option<crate::apimachinery::pkg::apis::meta::v1::Time>,

    pub deletion_grace_period_seconds: Option<i64>,

    pub deletion_timestamp: Option<crate::apimachinery::pkg::apis::meta::v1::Time>,

    pub finalizers: Option<std::vec::Vec<std::string::String>>,

    pub generate_name: Option<std::string::String>,

    pub generation: Option<i64>,

    pub labels: Option<std::collections::BTreeMap<std::string::String, std::string::String>>,

    pub managed_fields: Option<std::vec::Vec<crate::apimachinery::pkg::apis::meta::v1::ManagedFieldsEntry>>,

    pub name: Option<std::string::String>,

    pub namespace: Option<std::string::String>,

    pub owner_references: Option<std::vec::Vec<crate::apimachinery::pkg::apis::meta::v1::OwnerReference>>,

    pub resource_version: Option<std::string::String>,

    pub self_link: Option<std::string::String>,

    pub uid: Option<std::string::String>,
}

impl crate::DeepMerge for ObjectMeta {
    fn merge_from(&mut self, other: Self) {
        crate::merge_strategies::map::granular(&mut self.annotations, other.annotations, |current_item, other_item| {
            crate::DeepMerge::merge_from(current_item, other_item);
        });
        crate::DeepMerge::merge_from(&mut self.creation_timestamp, other.creation_timestamp);
        crate::DeepMerge::merge_from(&mut self.deletion_grace_period_seconds, other.deletion_grace_period_seconds);
        crate::DeepMerge::merge_from(&mut self.deletion_timestamp, other.deletion_timestamp);
        crate::merge_strategies::list::set(&mut self.finalizers, other.finalizers);
        crate::DeepMerge::merge_from(&mut self.generate_name, other.generate_name);
        crate::DeepMerge::merge_from(&mut self.generation, other.generation);
        crate::merge_strategies::map::granular(&mut self.labels, other.labels, |current_item, other_item| {
            crate::DeepMerge::merge_from(current_item, other_item);
        });
        crate::merge_strategies::list::atomic(&mut self.managed_fields, other.managed_fields);
        crate::DeepMerge::merge_from(&mut self.name, other.name);
        crate::DeepMerge::merge_from(&mut self.namespace, other.namespace);
        crate::merge_strategies::list::map(
            &mut self.owner_references,
            other.owner_references,
            &[|lhs, rhs| lhs.uid == rhs.uid],
            |current_item, other_item| {
                crate::DeepMerge::merge_from(current_item, other_item);
            },
        );
        crate::DeepMerge::merge_from(&mut self.resource_version, other.resource_version);
        crate::DeepMerge::merge_from(&mut self.self_link, other.self_link);
        crate::DeepMerge::merge_from(&mut self.uid, other.uid);
    }
}

impl<'de> crate::serde::Deserialize<'de> for ObjectMeta {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_annotations,
            Key_creation_timestamp,
            Key_deletion_grace_period_seconds,
            Key_deletion_timestamp,
            Key_finalizers,
            Key_generate_name,
            Key_generation,
            Key_labels,
            Key_managed_fields,
            Key_name,
            Key_namespace,
            Key_owner_references,
            Key_resource_version,
            Key_self_link,
            Key_uid,
            Other,
        }

        impl<'de> crate::serde::Deserialize<'de> for Field {
            fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
                struct Visitor;

                impl crate::serde::de::Visitor<'_> for Visitor {
                    type Value = Field;

                    fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                        f.write_str("field identifier")
                    }

                    fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> where E: crate::serde::de::Error {
                        Ok(match v {
                            "annotations" => Field::Key_annotations,
                            "creationTimestamp" => Field::Key_creation_timestamp,
                            "deletionGracePeriodSeconds" => Field::Key_deletion_grace_period_seconds,
                            "deletionTimestamp" => Field::Key_deletion_timestamp,
                            "finalizers" => Field::Key_finalizers,
                            "generateName" => Field::Key_generate_name,
                            "generation" => Field::Key_generation,
                            "labels" => Field::Key_labels,
                            "managedFields" => Field::Key_managed_fields,
                            "name" => Field::Key_name,
                            "namespace" => Field::Key_namespace,
                            "ownerReferences" => Field::Key_owner_references,
                            "resourceVersion" => Field::Key_resource_version,
                            "selfLink" => Field::Key_self_link,
                            "uid" => Field::Key_uid,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = ObjectMeta;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("ObjectMeta")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_annotations: Option<std::collections::BTreeMap<std::string::String, std::string::String>> = None;
                let mut value_creation_timestamp: Option<crate::apimachinery::pkg::apis::meta::v1::Time> = None;
                let mut value_deletion_grace_period_seconds: Option<i64> = None;
                let mut value_deletion_timestamp: Option<crate::apimachinery::pkg::apis::meta::v1::Time> = None;
                let mut value_finalizers: Option<std::vec::Vec<std::string::String>> = None;
                let mut value_generate_name: Option<std::string::String> = None;
                let mut value_generation: Option<i64> = None;
                let mut value_labels: Option<std::collections::BTreeMap<std::string::String, std::string::String>> = None;
                let mut value_managed_fields: Option<std::vec::Vec<crate::apimachinery::pkg::apis::meta::v1::ManagedFieldsEntry>> = None;
                let mut value_name: Option<std::string::String> = None;
                let mut value_namespace: Option<std::string::String> = None;
                let mut value_owner_references: Option<std::vec::Vec<crate::apimachinery::pkg::apis::meta::v1::OwnerReference>> = None;
                let mut value_resource_version: Option<std::string::String> = None;
                let mut value_self_link: Option<std::string::String> = None;
                let mut value_uid: Option<std::string::String> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_annotations => value_annotations = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_creation_timestamp => value_creation_timestamp = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_deletion_grace_period_seconds => value_deletion_grace_period_seconds = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_deletion_timestamp => value_deletion_timestamp = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_finalizers => value_finalizers = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_generate_name => value_generate_name = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_generation => value_generation = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_labels => value_labels = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_managed_fields => value_managed_fields = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_name => value_name = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_namespace => value_namespace = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_owner_references => value_owner_references = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_resource_version => value_resource_version = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_self_link => value_self_link = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_uid => value_uid = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(ObjectMeta {
                    annotations: value_annotations,
                    creation_timestamp: value_creation_timestamp,
                    deletion_grace_period_seconds: value_deletion_grace_period_seconds,
                    deletion_timestamp: value_deletion_timestamp,
                    finalizers: value_finalizers,
                    generate_name: value_generate_name,
                    generation: value_generation,
                    labels: value_labels,
                    managed_fields: value_managed_fields,
                    name: value_name,
                    namespace: value_namespace,
                    owner_references: value_owner_references,
                    resource_version: value_resource_version,
                    self_link: value_self_link,
                    uid: value_uid,
                })
            }
        }

        deserializer.deserialize_struct(
            "ObjectMeta",
            &[
                "annotations",
                "creationTimestamp",
                "deletionGracePeriodSeconds",
                "deletionTimestamp",
                "finalizers",
                "generateName",
                "generation",
                "labels",
                "managedFields",
                "name",
                "namespace",
                "ownerReferences",
                "resourceVersion",
                "selfLink",
                "uid",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for ObjectMeta {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "ObjectMeta",
            self.annotations.as_ref().map_or(0, |_| 1) +
            self.creation_timestamp.as_ref().map_or(0, |_| 1) +
            self.deletion_grace_period_seconds.as_ref().map_or(0, |_| 1) +
            self.deletion_timestamp.as_ref().map_or(0, |_| 1) +
            self.finalizers.as_ref().map_or(0, |_| 1) +
            self.generate_name.as_ref().map_or(0, |_| 1) +
            self.generation.as_ref().map_or(0, |_| 1) +
            self.labels.as_ref().map_or(0, |_| 1) +
            self.managed_fields.as_ref().map_or(0, |_| 1) +
            self.name.as_ref().map_or(0, |_| 1) +
            self.namespace.as_ref().map_or(0, |_| 1) +
            self.owner_references.as_ref().map_or(0, |_| 1) +
            self.resource_version.as_ref().map_or(0, |_| 1) +
            self.self_link.as_ref().map_or(0, |_| 1) +
            self.uid.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.annotations {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "annotations", value)?;
        }
        if let Some(value) = &self.creation_timestamp {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "creationTimestamp", value)?;
        }
        if let Some(value) = &self.deletion_grace_period_seconds {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "deletionGracePeriodSeconds", value)?;
        }
        if let Some(value) = &self.deletion_timestamp {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "deletionTimestamp", value)?;
        }
        if let Some(value) = &self.finalizers {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "finalizers", value)?;
        }
        if let Some(value) = &self.generate_name {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "generateName", value)?;
        }
        if let Some(value) = &self.generation {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "generation", value)?;
        }
        if let Some(value) = &self.labels {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "labels", value)?;
        }
        if let Some(value) = &self.managed_fields {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "managedFields", value)?;
        }
        if let Some(value) = &self.name {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "name", value)?;
        }
        if let Some(value) = &self.namespace {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "namespace", value)?;
        }
        if let Some(value) = &self.owner_references {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "ownerReferences", value)?;
        }
        if let Some(value) = &self.resource_version {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "resourceVersion", value)?;
        }
        if let Some(value) = &self.self_link {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "selfLink", value)?;
        }
        if let Some(value) = &self.uid {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "uid", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static ObjectMeta_JSON: [crate::json::Field<ObjectMeta>; 15] = unsafe { [
        crate::json::Field::opt("annotations", core::mem::offset_of!(ObjectMeta, annotations), |s: &ObjectMeta| &s.annotations),
        crate::json::Field::opt("creationTimestamp", core::mem::offset_of!(ObjectMeta, creation_timestamp), |s: &ObjectMeta| &s.creation_timestamp),
        crate::json::Field::opt("deletionGracePeriodSeconds", core::mem::offset_of!(ObjectMeta, deletion_grace_period_seconds), |s: &ObjectMeta| &s.deletion_grace_period_seconds),
        crate::json::Field::opt("deletionTimestamp", core::mem::offset_of!(ObjectMeta, deletion_timestamp), |s: &ObjectMeta| &s.deletion_timestamp),
        crate::json::Field::opt("finalizers", core::mem::offset_of!(ObjectMeta, finalizers), |s: &ObjectMeta| &s.finalizers),
        crate::json::Field::opt("generateName", core::mem::offset_of!(ObjectMeta, generate_name), |s: &ObjectMeta| &s.generate_name),
        crate::json::Field::opt("generation", core::mem::offset_of!(ObjectMeta, generation), |s: &ObjectMeta| &s.generation),
        crate::json::Field::opt("labels", core::mem::offset_of!(ObjectMeta, labels), |s: &ObjectMeta| &s.labels),
        crate::json::Field::opt("managedFields", core::mem::offset_of!(ObjectMeta, managed_fields), |s: &ObjectMeta| &s.managed_fields),
        crate::json::Field::opt("name", core::mem::offset_of!(ObjectMeta, name), |s: &ObjectMeta| &s.name),
        crate::json::Field::opt("namespace", core::mem::offset_of!(ObjectMeta, namespace), |s: &ObjectMeta| &s.namespace),
        crate::json::Field::opt("ownerReferences", core::mem::offset_of!(ObjectMeta, owner_references), |s: &ObjectMeta| &s.owner_references),
        crate::json::Field::opt("resourceVersion", core::mem::offset_of!(ObjectMeta, resource_version), |s: &ObjectMeta| &s.resource_version),
        crate::json::Field::opt("selfLink", core::mem::offset_of!(ObjectMeta, self_link), |s: &ObjectMeta| &s.self_link),
        crate::json::Field::opt("uid", core::mem::offset_of!(ObjectMeta, uid), |s: &ObjectMeta| &s.uid),
] };

impl crate::json::Json for ObjectMeta {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("ObjectMeta", &ObjectMeta_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("ObjectMeta", &ObjectMeta_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&ObjectMeta_JSON, self)
    }
}

impl Clone for ObjectMeta {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&ObjectMeta_JSON, self)
    }
}
