// Generated from definition io.k8s.api.resource.v1beta2.CapacityRequestPolicyRange

#[derive(Debug, Default, PartialEq)]
pub struct CapacityRequestPolicyRange {
    pub max: Option<crate::apimachinery::pkg::api::resource::Quantity>,

    pub min: crate::apimachinery::pkg::api::resource::Quantity,

    pub step: Option<crate::apimachinery::pkg::api::resource::Quantity>,
}

impl crate::DeepMerge for CapacityRequestPolicyRange {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.max, other.max);
        crate::DeepMerge::merge_from(&mut self.min, other.min);
        crate::DeepMerge::merge_from(&mut self.step, other.step);
    }
}

impl<'de> crate::serde::Deserialize<'de> for CapacityRequestPolicyRange {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_max,
            Key_min,
            Key_step,
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
                            "max" => Field::Key_max,
                            "min" => Field::Key_min,
                            "step" => Field::Key_step,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = CapacityRequestPolicyRange;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("CapacityRequestPolicyRange")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_max: Option<crate::apimachinery::pkg::api::resource::Quantity> = None;
                let mut value_min: Option<crate::apimachinery::pkg::api::resource::Quantity> = None;
                let mut value_step: Option<crate::apimachinery::pkg::api::resource::Quantity> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_max => value_max = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_min => value_min = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_step => value_step = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(CapacityRequestPolicyRange {
                    max: value_max,
                    min: value_min.unwrap_or_default(),
                    step: value_step,
                })
            }
        }

        deserializer.deserialize_struct(
            "CapacityRequestPolicyRange",
            &[
                "max",
                "min",
                "step",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for CapacityRequestPolicyRange {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "CapacityRequestPolicyRange",
            1 +
            self.max.as_ref().map_or(0, |_| 1) +
            self.step.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.max {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "max", value)?;
        }
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "min", &self.min)?;
        if let Some(value) = &self.step {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "step", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static CapacityRequestPolicyRange_JSON: [crate::json::Field<CapacityRequestPolicyRange>; 3] = unsafe { [
        crate::json::Field::opt("max", core::mem::offset_of!(CapacityRequestPolicyRange, max), |s: &CapacityRequestPolicyRange| &s.max),
        crate::json::Field::req("min", core::mem::offset_of!(CapacityRequestPolicyRange, min), |s: &CapacityRequestPolicyRange| &s.min),
        crate::json::Field::opt("step", core::mem::offset_of!(CapacityRequestPolicyRange, step), |s: &CapacityRequestPolicyRange| &s.step),
] };

impl crate::json::Json for CapacityRequestPolicyRange {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("CapacityRequestPolicyRange", &CapacityRequestPolicyRange_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("CapacityRequestPolicyRange", &CapacityRequestPolicyRange_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&CapacityRequestPolicyRange_JSON, self)
    }
}

impl Clone for CapacityRequestPolicyRange {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&CapacityRequestPolicyRange_JSON, self)
    }
}
