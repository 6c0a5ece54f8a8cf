// Generated from definition io.k8s.api.admissionregistration.v1.Validation

#[derive(Debug, Default, PartialEq)]
pub struct Validation {
    pub expression: std::string::String,

    pub message: Option<std::string::String>,

    pub message_expression: Option<std::string::String>,

    pub reason: Option<std::string::String>,
}

impl crate::DeepMerge for Validation {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.expression, other.expression);
        crate::DeepMerge::merge_from(&mut self.message, other.message);
        crate::DeepMerge::merge_from(&mut self.message_expression, other.message_expression);
        crate::DeepMerge::merge_from(&mut self.reason, other.reason);
    }
}

impl<'de> crate::serde::Deserialize<'de> for Validation {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_expression,
            Key_message,
            Key_message_expression,
            Key_reason,
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
                            "expression" => Field::Key_expression,
                            "message" => Field::Key_message,
                            "messageExpression" => Field::Key_message_expression,
                            "reason" => Field::Key_reason,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = Validation;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("Validation")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_expression: Option<std::string::String> = None;
                let mut value_message: Option<std::string::String> = None;
                let mut value_message_expression: Option<std::string::String> = None;
                let mut value_reason: Option<std::string::String> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_expression => value_expression = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_message => value_message = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_message_expression => value_message_expression = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_reason => value_reason = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(Validation {
                    expression: value_expression.unwrap_or_default(),
                    message: value_message,
                    message_expression: value_message_expression,
                    reason: value_reason,
                })
            }
        }

        deserializer.deserialize_struct(
            "Validation",
            &[
                "expression",
                "message",
                "messageExpression",
                "reason",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for Validation {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "Validation",
            1 +
            self.message.as_ref().map_or(0, |_| 1) +
            self.message_expression.as_ref().map_or(0, |_| 1) +
            self.reason.as_ref().map_or(0, |_| 1),
        )?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "expression", &self.expression)?;
        if let Some(value) = &self.message {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "message", value)?;
        }
        if let Some(value) = &self.message_expression {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "messageExpression", value)?;
        }
        if let Some(value) = &self.reason {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "reason", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static Validation_JSON: [crate::json::Field<Validation>; 4] = unsafe { [
        crate::json::Field::req("expression", core::mem::offset_of!(Validation, expression), |s: &Validation| &s.expression),
        crate::json::Field::opt("message", core::mem::offset_of!(Validation, message), |s: &Validation| &s.message),
        crate::json::Field::opt("messageExpression", core::mem::offset_of!(Validation, message_expression), |s: &Validation| &s.message_expression),
        crate::json::Field::opt("reason", core::mem::offset_of!(Validation, reason), |s: &Validation| &s.reason),
] };

impl crate::json::Json for Validation {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("Validation", &Validation_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("Validation", &Validation_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&Validation_JSON, self)
    }
}

impl Clone for Validation {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&Validation_JSON, self)
    }
}
