// Generated from definition io.k8s.api.admissionregistration.v1.TypeChecking

#[derive(Debug, Default, PartialEq)]
pub struct TypeChecking {
    pub expression_warnings: Option<std::vec::Vec<crate::api::admissionregistration::v1::ExpressionWarning>>,
}

impl crate::DeepMerge for TypeChecking {
    fn merge_from(&mut self, other: Self) {
        crate::merge_strategies::list::atomic(&mut self.expression_warnings, other.expression_warnings);
    }
}

impl<'de> crate::serde::Deserialize<'de> for TypeChecking {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_expression_warnings,
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
                            "expressionWarnings" => Field::Key_expression_warnings,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = TypeChecking;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("TypeChecking")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_expression_warnings: Option<std::vec::Vec<crate::api::admissionregistration::v1::ExpressionWarning>> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_expression_warnings => value_expression_warnings = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(TypeChecking {
                    expression_warnings: value_expression_warnings,
                })
            }
        }

        deserializer.deserialize_struct(
            "TypeChecking",
            &[
                "expressionWarnings",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for TypeChecking {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "TypeChecking",
            self.expression_warnings.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.expression_warnings {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "expressionWarnings", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static TypeChecking_JSON: [crate::json::Field<TypeChecking>; 1] = unsafe { [
        crate::json::Field::opt("expressionWarnings", core::mem::offset_of!(TypeChecking, expression_warnings), |s: &TypeChecking| &s.expression_warnings),
] };

impl crate::json::Json for TypeChecking {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("TypeChecking", &TypeChecking_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("TypeChecking", &TypeChecking_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&TypeChecking_JSON, self)
    }
}

impl Clone for TypeChecking {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&TypeChecking_JSON, self)
    }
}
