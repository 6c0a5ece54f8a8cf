// Generated from definition io.k8s.api.admissionregistration.v1.ExpressionWarning

#[derive(Debug, Default, PartialEq)]
pub struct ExpressionWarning {
    pub field_ref: std::string::String,

    pub warning: std::string::String,
}

impl crate::DeepMerge for ExpressionWarning {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.field_ref, other.field_ref);
        crate::DeepMerge::merge_from(&mut self.warning, other.warning);
    }
}

impl<'de> crate::serde::Deserialize<'de> for ExpressionWarning {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_field_ref,
            Key_warning,
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
                            "fieldRef" => Field::Key_field_ref,
                            "warning" => Field::Key_warning,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = ExpressionWarning;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("ExpressionWarning")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_field_ref: Option<std::string::String> = None;
                let mut value_warning: Option<std::string::String> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_field_ref => value_field_ref = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_warning => value_warning = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(ExpressionWarning {
                    field_ref: value_field_ref.unwrap_or_default(),
                    warning: value_warning.unwrap_or_default(),
                })
            }
        }

        deserializer.deserialize_struct(
            "ExpressionWarning",
            &[
                "fieldRef",
                "warning",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for ExpressionWarning {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "ExpressionWarning",
            2,
        )?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "fieldRef", &self.field_ref)?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "warning", &self.warning)?;
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static ExpressionWarning_JSON: [crate::json::Field<ExpressionWarning>; 2] = unsafe { [
        crate::json::Field::req("fieldRef", core::mem::offset_of!(ExpressionWarning, field_ref), |s: &ExpressionWarning| &s.field_ref),
        crate::json::Field::req("warning", core::mem::offset_of!(ExpressionWarning, warning), |s: &ExpressionWarning| &s.warning),
] };

impl crate::json::Json for ExpressionWarning {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("ExpressionWarning", &ExpressionWarning_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("ExpressionWarning", &ExpressionWarning_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&ExpressionWarning_JSON, self)
    }
}

impl Clone for ExpressionWarning {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&ExpressionWarning_JSON, self)
    }
}
