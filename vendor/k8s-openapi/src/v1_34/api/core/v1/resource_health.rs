// Generated from definition io.k8s.api.core.v1.ResourceHealth

#[derive(Debug, Default, PartialEq)]
pub struct ResourceHealth {
    pub health: Option<std::string::String>,

    pub resource_id: std::string::String,
}

impl crate::DeepMerge for ResourceHealth {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.health, other.health);
        crate::DeepMerge::merge_from(&mut self.resource_id, other.resource_id);
    }
}

impl<'de> crate::serde::Deserialize<'de> for ResourceHealth {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_health,
            Key_resource_id,
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
                            "health" => Field::Key_health,
                            "resourceID" => Field::Key_resource_id,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = ResourceHealth;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("ResourceHealth")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_health: Option<std::string::String> = None;
                let mut value_resource_id: Option<std::string::String> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_health => value_health = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_resource_id => value_resource_id = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(ResourceHealth {
                    health: value_health,
                    resource_id: value_resource_id.unwrap_or_default(),
                })
            }
        }

        deserializer.deserialize_struct(
            "ResourceHealth",
            &[
                "health",
                "resourceID",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for ResourceHealth {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "ResourceHealth",
            1 +
            self.health.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.health {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "health", value)?;
        }
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "resourceID", &self.resource_id)?;
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static ResourceHealth_JSON: [crate::json::Field<ResourceHealth>; 2] = unsafe { [
        crate::json::Field::opt("health", core::mem::offset_of!(ResourceHealth, health), |s: &ResourceHealth| &s.health),
        crate::json::Field::req("resourceID", core::mem::offset_of!(ResourceHealth, resource_id), |s: &ResourceHealth| &s.resource_id),
] };

impl crate::json::Json for ResourceHealth {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("ResourceHealth", &ResourceHealth_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("ResourceHealth", &ResourceHealth_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&ResourceHealth_JSON, self)
    }
}

impl Clone for ResourceHealth {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&ResourceHealth_JSON, self)
    }
}
