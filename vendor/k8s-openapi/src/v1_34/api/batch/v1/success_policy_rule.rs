// Generated from definition io.k8s.api.batch.v1.SuccessPolicyRule

#[derive(Debug, Default, PartialEq)]
pub struct SuccessPolicyRule {
    pub succeeded_count: Option<i32>,

    pub succeeded_indexes: Option<std::string::String>,
}

impl crate::DeepMerge for SuccessPolicyRule {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.succeeded_count, other.succeeded_count);
        crate::DeepMerge::merge_from(&mut self.succeeded_indexes, other.succeeded_indexes);
    }
}

impl<'de> crate::serde::Deserialize<'de> for SuccessPolicyRule {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_succeeded_count,
            Key_succeeded_indexes,
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
                            "succeededCount" => Field::Key_succeeded_count,
                            "succeededIndexes" => Field::Key_succeeded_indexes,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = SuccessPolicyRule;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("SuccessPolicyRule")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_succeeded_count: Option<i32> = None;
                let mut value_succeeded_indexes: Option<std::string::String> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_succeeded_count => value_succeeded_count = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_succeeded_indexes => value_succeeded_indexes = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(SuccessPolicyRule {
                    succeeded_count: value_succeeded_count,
                    succeeded_indexes: value_succeeded_indexes,
                })
            }
        }

        deserializer.deserialize_struct(
            "SuccessPolicyRule",
            &[
                "succeededCount",
                "succeededIndexes",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for SuccessPolicyRule {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "SuccessPolicyRule",
            self.succeeded_count.as_ref().map_or(0, |_| 1) +
            self.succeeded_indexes.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.succeeded_count {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "succeededCount", value)?;
        }
        if let Some(value) = &self.succeeded_indexes {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "succeededIndexes", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static SuccessPolicyRule_JSON: [crate::json::Field<SuccessPolicyRule>; 2] = unsafe { [
        crate::json::Field::opt("succeededCount", core::mem::offset_of!(SuccessPolicyRule, succeeded_count), |s: &SuccessPolicyRule| &s.succeeded_count),
        crate::json::Field::opt("succeededIndexes", core::mem::offset_of!(SuccessPolicyRule, succeeded_indexes), |s: &SuccessPolicyRule| &s.succeeded_indexes),
] };

impl crate::json::Json for SuccessPolicyRule {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("SuccessPolicyRule", &SuccessPolicyRule_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("SuccessPolicyRule", &SuccessPolicyRule_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&SuccessPolicyRule_JSON, self)
    }
}

impl Clone for SuccessPolicyRule {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&SuccessPolicyRule_JSON, self)
    }
}
