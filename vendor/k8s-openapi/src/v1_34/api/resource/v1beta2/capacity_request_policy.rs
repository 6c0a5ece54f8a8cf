// Generated from definition io.k8s.api.resource.v1beta2.CapacityRequestPolicy

#[derive(Debug, Default, PartialEq)]
pub struct CapacityRequestPolicy {
    pub default: Option<crate::apimachinery::pkg::api::resource::Quantity>,

    pub valid_range: Option<crate::api::resource::v1beta2::CapacityRequestPolicyRange>,

    pub valid_values: Option<std::vec::Vec<crate::apimachinery::pkg::api::resource::Quantity>>,
}

impl crate::DeepMerge for CapacityRequestPolicy {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.default, other.default);
        crate::DeepMerge::merge_from(&mut self.valid_range, other.valid_range);
        crate::merge_strategies::list::atomic(&mut self.valid_values, other.valid_values);
    }
}

impl<'de> crate::serde::Deserialize<'de> for CapacityRequestPolicy {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_default,
            Key_valid_range,
            Key_valid_values,
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
                            "default" => Field::Key_default,
                            "validRange" => Field::Key_valid_range,
                            "validValues" => Field::Key_valid_values,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = CapacityRequestPolicy;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("CapacityRequestPolicy")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_default: Option<crate::apimachinery::pkg::api::resource::Quantity> = None;
                let mut value_valid_range: Option<crate::api::resource::v1beta2::CapacityRequestPolicyRange> = None;
                let mut value_valid_values: Option<std::vec::Vec<crate::apimachinery::pkg::api::resource::Quantity>> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_default => value_default = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_valid_range => value_valid_range = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_valid_values => value_valid_values = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(CapacityRequestPolicy {
                    default: value_default,
                    valid_range: value_valid_range,
                    valid_values: value_valid_values,
                })
            }
        }

        deserializer.deserialize_struct(
            "CapacityRequestPolicy",
            &[
                "default",
                "validRange",
                "validValues",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for CapacityRequestPolicy {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "CapacityRequestPolicy",
            self.default.as_ref().map_or(0, |_| 1) +
            self.valid_range.as_ref().map_or(0, |_| 1) +
            self.valid_values.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.default {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "default", value)?;
        }
        if let Some(value) = &self.valid_range {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "validRange", value)?;
        }
        if let Some(value) = &self.valid_values {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "validValues", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static CapacityRequestPolicy_JSON: [crate::json::Field<CapacityRequestPolicy>; 3] = unsafe { [
        crate::json::Field::opt("default", core::mem::offset_of!(CapacityRequestPolicy, default), |s: &CapacityRequestPolicy| &s.default),
        crate::json::Field::opt("validRange", core::mem::offset_of!(CapacityRequestPolicy, valid_range), |s: &CapacityRequestPolicy| &s.valid_range),
        crate::json::Field::opt("validValues", core::mem::offset_of!(CapacityRequestPolicy, valid_values), |s: &CapacityRequestPolicy| &s.valid_values),
] };

impl crate::json::Json for CapacityRequestPolicy {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("CapacityRequestPolicy", &CapacityRequestPolicy_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("CapacityRequestPolicy", &CapacityRequestPolicy_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&CapacityRequestPolicy_JSON, self)
    }
}

impl Clone for CapacityRequestPolicy {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&CapacityRequestPolicy_JSON, self)
    }
}
