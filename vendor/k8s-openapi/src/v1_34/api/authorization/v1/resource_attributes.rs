// Generated from definition io.k8s.api.authorization.v1.ResourceAttributes

#[derive(Debug, Default, PartialEq)]
pub struct ResourceAttributes {
    pub field_selector: Option<crate::api::authorization::v1::FieldSelectorAttributes>,

    pub group: Option<std::string::String>,

    pub label_selector: Option<crate::api::authorization::v1::LabelSelectorAttributes>,

    pub name: Option<std::string::String>,

    pub namespace: Option<std::string::String>,

    pub resource: Option<std::string::String>,

    pub subresource: Option<std::string::String>,

    pub verb: Option<std::string::String>,

    pub version: Option<std::string::String>,
}

impl crate::DeepMerge for ResourceAttributes {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.field_selector, other.field_selector);
        crate::DeepMerge::merge_from(&mut self.group, other.group);
        crate::DeepMerge::merge_from(&mut self.label_selector, other.label_selector);
        crate::DeepMerge::merge_from(&mut self.name, other.name);
        crate::DeepMerge::merge_from(&mut self.namespace, other.namespace);
        crate::DeepMerge::merge_from(&mut self.resource, other.resource);
        crate::DeepMerge::merge_from(&mut self.subresource, other.subresource);
        crate::DeepMerge::merge_from(&mut self.verb, other.verb);
        crate::DeepMerge::merge_from(&mut self.version, other.version);
    }
}

impl<'de> crate::serde::Deserialize<'de> for ResourceAttributes {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_field_selector,
            Key_group,
            Key_label_selector,
            Key_name,
            Key_namespace,
            Key_resource,
            Key_subresource,
            Key_verb,
            Key_version,
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
                            "fieldSelector" => Field::Key_field_selector,
                            "group" => Field::Key_group,
                            "labelSelector" => Field::Key_label_selector,
                            "name" => Field::Key_name,
                            "namespace" => Field::Key_namespace,
                            "resource" => Field::Key_resource,
                            "subresource" => Field::Key_subresource,
                            "verb" => Field::Key_verb,
                            "version" => Field::Key_version,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = ResourceAttributes;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("ResourceAttributes")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_field_selector: Option<crate::api::authorization::v1::FieldSelectorAttributes> = None;
                let mut value_group: Option<std::string::String> = None;
                let mut value_label_selector: Option<crate::api::authorization::v1::LabelSelectorAttributes> = None;
                let mut value_name: Option<std::string::String> = None;
                let mut value_namespace: Option<std::string::String> = None;
                let mut value_resource: Option<std::string::String> = None;
                let mut value_subresource: Option<std::string::String> = None;
                let mut value_verb: Option<std::string::String> = None;
                let mut value_version: Option<std::string::String> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_field_selector => value_field_selector = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_group => value_group = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_label_selector => value_label_selector = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_name => value_name = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_namespace => value_namespace = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_resource => value_resource = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_subresource => value_subresource = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_verb => value_verb = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_version => value_version = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(ResourceAttributes {
                    field_selector: value_field_selector,
                    group: value_group,
                    label_selector: value_label_selector,
                    name: value_name,
                    namespace: value_namespace,
                    resource: value_resource,
                    subresource: value_subresource,
                    verb: value_verb,
                    version: value_version,
                })
            }
        }

        deserializer.deserialize_struct(
            "ResourceAttributes",
            &[
                "fieldSelector",
                "group",
                "labelSelector",
                "name",
                "namespace",
                "resource",
                "subresource",
                "verb",
                "version",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for ResourceAttributes {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "ResourceAttributes",
            self.field_selector.as_ref().map_or(0, |_| 1) +
            self.group.as_ref().map_or(0, |_| 1) +
            self.label_selector.as_ref().map_or(0, |_| 1) +
            self.name.as_ref().map_or(0, |_| 1) +
            self.namespace.as_ref().map_or(0, |_| 1) +
            self.resource.as_ref().map_or(0, |_| 1) +
            self.subresource.as_ref().map_or(0, |_| 1) +
            self.verb.as_ref().map_or(0, |_| 1) +
            self.version.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.field_selector {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "fieldSelector", value)?;
        }
        if let Some(value) = &self.group {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "group", value)?;
        }
        if let Some(value) = &self.label_selector {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "labelSelector", value)?;
        }
        if let Some(value) = &self.name {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "name", value)?;
        }
        if let Some(value) = &self.namespace {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "namespace", value)?;
        }
        if let Some(value) = &self.resource {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "resource", value)?;
        }
        if let Some(value) = &self.subresource {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "subresource", value)?;
        }
        if let Some(value) = &self.verb {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "verb", value)?;
        }
        if let Some(value) = &self.version {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "version", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static ResourceAttributes_JSON: [crate::json::Field<ResourceAttributes>; 9] = unsafe { [
        crate::json::Field::opt("fieldSelector", core::mem::offset_of!(ResourceAttributes, field_selector), |s: &ResourceAttributes| &s.field_selector),
        crate::json::Field::opt("group", core::mem::offset_of!(ResourceAttributes, group), |s: &ResourceAttributes| &s.group),
        crate::json::Field::opt("labelSelector", core::mem::offset_of!(ResourceAttributes, label_selector), |s: &ResourceAttributes| &s.label_selector),
        crate::json::Field::opt("name", core::mem::offset_of!(ResourceAttributes, name), |s: &ResourceAttributes| &s.name),
        crate::json::Field::opt("namespace", core::mem::offset_of!(ResourceAttributes, namespace), |s: &ResourceAttributes| &s.namespace),
        crate::json::Field::opt("resource", core::mem::offset_of!(ResourceAttributes, resource), |s: &ResourceAttributes| &s.resource),
        crate::json::Field::opt("subresource", core::mem::offset_of!(ResourceAttributes, subresource), |s: &ResourceAttributes| &s.subresource),
        crate::json::Field::opt("verb", core::mem::offset_of!(ResourceAttributes, verb), |s: &ResourceAttributes| &s.verb),
        crate::json::Field::opt("version", core::mem::offset_of!(ResourceAttributes, version), |s: &ResourceAttributes| &s.version),
] };

impl crate::json::Json for ResourceAttributes {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("ResourceAttributes", &ResourceAttributes_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("ResourceAttributes", &ResourceAttributes_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&ResourceAttributes_JSON, self)
    }
}

impl Clone for ResourceAttributes {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&ResourceAttributes_JSON, self)
    }
}
