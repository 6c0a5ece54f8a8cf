// Generated from definition io.k8s.api.resource.v1.ResourceClaimConsumerReference

#[derive(Debug, Default, PartialEq)]
pub struct ResourceClaimConsumerReference {
    pub api_group: Option<std::string::String>,

    pub name: std::string::String,

    pub resource: std::string::String,

    pub uid: std::string::String,
}

impl crate::DeepMerge for ResourceClaimConsumerReference {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.api_group, other.api_group);
        crate::DeepMerge::merge_from(&mut self.name, other.name);
        crate::DeepMerge::merge_from(&mut self.resource, other.resource);
        crate::DeepMerge::merge_from(&mut self.uid, other.uid);
    }
}

impl<'de> crate::serde::Deserialize<'de> for ResourceClaimConsumerReference {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_api_group,
            Key_name,
            Key_resource,
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
                            "apiGroup" => Field::Key_api_group,
                            "name" => Field::Key_name,
                            "resource" => Field::Key_resource,
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
            type Value = ResourceClaimConsumerReference;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("ResourceClaimConsumerReference")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_api_group: Option<std::string::String> = None;
                let mut value_name: Option<std::string::String> = None;
                let mut value_resource: Option<std::string::String> = None;
                let mut value_uid: Option<std::string::String> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_api_group => value_api_group = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_name => value_name = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_resource => value_resource = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_uid => value_uid = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(ResourceClaimConsumerReference {
                    api_group: value_api_group,
                    name: value_name.unwrap_or_default(),
                    resource: value_resource.unwrap_or_default(),
                    uid: value_uid.unwrap_or_default(),
                })
            }
        }

        deserializer.deserialize_struct(
            "ResourceClaimConsumerReference",
            &[
                "apiGroup",
                "name",
                "resource",
                "uid",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for ResourceClaimConsumerReference {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "ResourceClaimConsumerReference",
            3 +
            self.api_group.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.api_group {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "apiGroup", value)?;
        }
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "name", &self.name)?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "resource", &self.resource)?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "uid", &self.uid)?;
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static ResourceClaimConsumerReference_JSON: [crate::json::Field<ResourceClaimConsumerReference>; 4] = unsafe { [
        crate::json::Field::opt("apiGroup", core::mem::offset_of!(ResourceClaimConsumerReference, api_group), |s: &ResourceClaimConsumerReference| &s.api_group),
        crate::json::Field::req("name", core::mem::offset_of!(ResourceClaimConsumerReference, name), |s: &ResourceClaimConsumerReference| &s.name),
        crate::json::Field::req("resource", core::mem::offset_of!(ResourceClaimConsumerReference, resource), |s: &ResourceClaimConsumerReference| &s.resource),
        crate::json::Field::req("uid", core::mem::offset_of!(ResourceClaimConsumerReference, uid), |s: &ResourceClaimConsumerReference| &s.uid),
] };

impl crate::json::Json for ResourceClaimConsumerReference {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("ResourceClaimConsumerReference", &ResourceClaimConsumerReference_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("ResourceClaimConsumerReference", &ResourceClaimConsumerReference_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&ResourceClaimConsumerReference_JSON, self)
    }
}

impl Clone for ResourceClaimConsumerReference {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&ResourceClaimConsumerReference_JSON, self)
    }
}
