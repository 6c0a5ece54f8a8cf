// Generated from definition io.k8s.api.core.v1.ResourceStatus

#[derive(Debug, Default, PartialEq)]
pub struct ResourceStatus {
    pub name: std::string::String,

    pub resources: Option<std::vec::Vec<crate::api::core::v1::ResourceHealth>>,
}

impl crate::DeepMerge for ResourceStatus {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.name, other.name);
        crate::merge_strategies::list::map(
            &mut self.resources,
            other.resources,
            &[|lhs, rhs| lhs.resource_id == rhs.resource_id],
            |current_item, other_item| {
                crate::DeepMerge::merge_from(current_item, other_item);
            },
        );
    }
}

impl<'de> crate::serde::Deserialize<'de> for ResourceStatus {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_name,
            Key_resources,
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
                            "name" => Field::Key_name,
                            "resources" => Field::Key_resources,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = ResourceStatus;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("ResourceStatus")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_name: Option<std::string::String> = None;
                let mut value_resources: Option<std::vec::Vec<crate::api::core::v1::ResourceHealth>> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_name => value_name = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_resources => value_resources = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(ResourceStatus {
                    name: value_name.unwrap_or_default(),
                    resources: value_resources,
                })
            }
        }

        deserializer.deserialize_struct(
            "ResourceStatus",
            &[
                "name",
                "resources",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for ResourceStatus {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "ResourceStatus",
            1 +
            self.resources.as_ref().map_or(0, |_| 1),
        )?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "name", &self.name)?;
        if let Some(value) = &self.resources {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "resources", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static ResourceStatus_JSON: [crate::json::Field<ResourceStatus>; 2] = unsafe { [
        crate::json::Field::req("name", core::mem::offset_of!(ResourceStatus, name), |s: &ResourceStatus| &s.name),
        crate::json::Field::opt("resources", core::mem::offset_of!(ResourceStatus, resources), |s: &ResourceStatus| &s.resources),
] };

impl crate::json::Json for ResourceStatus {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("ResourceStatus", &ResourceStatus_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("ResourceStatus", &ResourceStatus_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&ResourceStatus_JSON, self)
    }
}

impl Clone for ResourceStatus {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&ResourceStatus_JSON, self)
    }
}
