// Generated from definition io.k8s.api.resource.v1beta1.DeviceConstraint

#[derive(Debug, Default, PartialEq)]
pub struct DeviceConstraint {
    pub distinct_attribute: Option<std::string::String>,

    pub match_attribute: Option<std::string::String>,

    pub requests: Option<std::vec::Vec<std::string::String>>,
}

impl crate::DeepMerge for DeviceConstraint {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.distinct_attribute, other.distinct_attribute);
        crate::DeepMerge::merge_from(&mut self.match_attribute, other.match_attribute);
        crate::merge_strategies::list::atomic(&mut self.requests, other.requests);
    }
}

impl<'de> crate::serde::Deserialize<'de> for DeviceConstraint {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_distinct_attribute,
            Key_match_attribute,
            Key_requests,
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
                            "distinctAttribute" => Field::Key_distinct_attribute,
                            "matchAttribute" => Field::Key_match_attribute,
                            "requests" => Field::Key_requests,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = DeviceConstraint;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("DeviceConstraint")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_distinct_attribute: Option<std::string::String> = None;
                let mut value_match_attribute: Option<std::string::String> = None;
                let mut value_requests: Option<std::vec::Vec<std::string::String>> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_distinct_attribute => value_distinct_attribute = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_match_attribute => value_match_attribute = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_requests => value_requests = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(DeviceConstraint {
                    distinct_attribute: value_distinct_attribute,
                    match_attribute: value_match_attribute,
                    requests: value_requests,
                })
            }
        }

        deserializer.deserialize_struct(
            "DeviceConstraint",
            &[
                "distinctAttribute",
                "matchAttribute",
                "requests",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for DeviceConstraint {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "DeviceConstraint",
            self.distinct_attribute.as_ref().map_or(0, |_| 1) +
            self.match_attribute.as_ref().map_or(0, |_| 1) +
            self.requests.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.distinct_attribute {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "distinctAttribute", value)?;
        }
        if let Some(value) = &self.match_attribute {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "matchAttribute", value)?;
        }
        if let Some(value) = &self.requests {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "requests", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static DeviceConstraint_JSON: [crate::json::Field<DeviceConstraint>; 3] = unsafe { [
        crate::json::Field::opt("distinctAttribute", core::mem::offset_of!(DeviceConstraint, distinct_attribute), |s: &DeviceConstraint| &s.distinct_attribute),
        crate::json::Field::opt("matchAttribute", core::mem::offset_of!(DeviceConstraint, match_attribute), |s: &DeviceConstraint| &s.match_attribute),
        crate::json::Field::opt("requests", core::mem::offset_of!(DeviceConstraint, requests), |s: &DeviceConstraint| &s.requests),
] };

impl crate::json::Json for DeviceConstraint {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("DeviceConstraint", &DeviceConstraint_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("DeviceConstraint", &DeviceConstraint_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&DeviceConstraint_JSON, self)
    }
}

impl Clone for DeviceConstraint {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&DeviceConstraint_JSON, self)
    }
}
