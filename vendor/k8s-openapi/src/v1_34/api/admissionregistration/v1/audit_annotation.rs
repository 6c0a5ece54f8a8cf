// Generated from definition io.k8s.api.admissionregistration.v1.AuditAnnotation

#[derive(Debug, Default, PartialEq)]
pub struct AuditAnnotation {
    pub key: std::string::String,

    pub value_expression: std::string::String,
}

impl crate::DeepMerge for AuditAnnotation {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.key, other.key);
        crate::DeepMerge::merge_from(&mut self.value_expression, other.value_expression);
    }
}

impl<'de> crate::serde::Deserialize<'de> for AuditAnnotation {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_key,
            Key_value_expression,
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
                            "key" => Field::Key_key,
                            "valueExpression" => Field::Key_value_expression,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = AuditAnnotation;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("AuditAnnotation")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_key: Option<std::string::String> = None;
                let mut value_value_expression: Option<std::string::String> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_key => value_key = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_value_expression => value_value_expression = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(AuditAnnotation {
                    key: value_key.unwrap_or_default(),
                    value_expression: value_value_expression.unwrap_or_default(),
                })
            }
        }

        deserializer.deserialize_struct(
            "AuditAnnotation",
            &[
                "key",
                "valueExpression",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for AuditAnnotation {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "AuditAnnotation",
            2,
        )?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "key", &self.key)?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "valueExpression", &self.value_expression)?;
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static AuditAnnotation_JSON: [crate::json::Field<AuditAnnotation>; 2] = unsafe { [
        crate::json::Field::req("key", core::mem::offset_of!(AuditAnnotation, key), |s: &AuditAnnotation| &s.key),
        crate::json::Field::req("valueExpression", core::mem::offset_of!(AuditAnnotation, value_expression), |s: &AuditAnnotation| &s.value_expression),
] };

impl crate::json::Json for AuditAnnotation {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("AuditAnnotation", &AuditAnnotation_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("AuditAnnotation", &AuditAnnotation_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&AuditAnnotation_JSON, self)
    }
}

impl Clone for AuditAnnotation {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&AuditAnnotation_JSON, self)
    }
}
