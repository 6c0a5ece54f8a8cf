// Generated from definition io.k8s.api.core.v1.ResourceClaim

#[derive(Debug, Default, PartialEq)]
pub struct ResourceClaim {
    pub name: std::string::String,

    pub request: Option<std::string::String>,
}

impl crate::DeepMerge for ResourceClaim {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.name, other.name);
        crate::DeepMerge::merge_from(&mut self.request, other.request);
    }
}

impl<'de> crate::serde::Deserialize<'de> for ResourceClaim {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_name,
            Key_request,
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
                            "request" => Field::Key_request,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = ResourceClaim;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("ResourceClaim")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_name: Option<std::string::String> = None;
                let mut value_request: Option<std::string::String> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_name => value_name = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_request => value_request = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(ResourceClaim {
                    name: value_name.unwrap_or_default(),
                    request: value_request,
                })
            }
        }

        deserializer.deserialize_struct(
            "ResourceClaim",
            &[
                "name",
                "request",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for ResourceClaim {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "ResourceClaim",
            1 +
            self.request.as_ref().map_or(0, |_| 1),
        )?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "name", &self.name)?;
        if let Some(value) = &self.request {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "request", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static ResourceClaim_JSON: [crate::json::Field<ResourceClaim>; 2] = unsafe { [
        crate::json::Field::req("name", core::mem::offset_of!(ResourceClaim, name), |s: &ResourceClaim| &s.name),
        crate::json::Field::opt("request", core::mem::offset_of!(ResourceClaim, request), |s: &ResourceClaim| &s.request),
] };

impl crate::json::Json for ResourceClaim {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("ResourceClaim", &ResourceClaim_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("ResourceClaim", &ResourceClaim_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&ResourceClaim_JSON, self)
    }
}

impl Clone for ResourceClaim {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&ResourceClaim_JSON, self)
    }
}
