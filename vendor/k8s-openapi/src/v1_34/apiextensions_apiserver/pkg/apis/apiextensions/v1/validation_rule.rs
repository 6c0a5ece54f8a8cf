// Generated from definition io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.ValidationRule

#[derive(Debug, Default, PartialEq)]
pub struct ValidationRule {
    pub field_path: Option<std::string::String>,

    pub message: Option<std::string::String>,

    pub message_expression: Option<std::string::String>,

    pub optional_old_self: Option<bool>,

    pub reason: Option<std::string::String>,

    pub rule: std::string::String,
}

impl crate::DeepMerge for ValidationRule {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.field_path, other.field_path);
        crate::DeepMerge::merge_from(&mut self.message, other.message);
        crate::DeepMerge::merge_from(&mut self.message_expression, other.message_expression);
        crate::DeepMerge::merge_from(&mut self.optional_old_self, other.optional_old_self);
        crate::DeepMerge::merge_from(&mut self.reason, other.reason);
        crate::DeepMerge::merge_from(&mut self.rule, other.rule);
    }
}

impl<'de> crate::serde::Deserialize<'de> for ValidationRule {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_field_path,
            Key_message,
            Key_message_expression,
            Key_optional_old_self,
            Key_reason,
            Key_rule,
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
                            "fieldPath" => Field::Key_field_path,
                            "message" => Field::Key_message,
                            "messageExpression" => Field::Key_message_expression,
                            "optionalOldSelf" => Field::Key_optional_old_self,
                            "reason" => Field::Key_reason,
                            "rule" => Field::Key_rule,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = ValidationRule;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("ValidationRule")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_field_path: Option<std::string::String> = None;
                let mut value_message: Option<std::string::String> = None;
                let mut value_message_expression: Option<std::string::String> = None;
                let mut value_optional_old_self: Option<bool> = None;
                let mut value_reason: Option<std::string::String> = None;
                let mut value_rule: Option<std::string::String> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_field_path => value_field_path = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_message => value_message = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_message_expression => value_message_expression = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_optional_old_self => value_optional_old_self = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_reason => value_reason = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_rule => value_rule = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(ValidationRule {
                    field_path: value_field_path,
                    message: value_message,
                    message_expression: value_message_expression,
                    optional_old_self: value_optional_old_self,
                    reason: value_reason,
                    rule: value_rule.unwrap_or_default(),
                })
            }
        }

        deserializer.deserialize_struct(
            "ValidationRule",
            &[
                "fieldPath",
                "message",
                "messageExpression",
                "optionalOldSelf",
                "reason",
                "rule",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for ValidationRule {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "ValidationRule",
            1 +
            self.field_path.as_ref().map_or(0, |_| 1) +
            self.message.as_ref().map_or(0, |_| 1) +
            self.message_expression.as_ref().map_or(0, |_| 1) +
            self.optional_old_self.as_ref().map_or(0, |_| 1) +
            self.reason.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.field_path {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "fieldPath", value)?;
        }
        if let Some(value) = &self.message {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "message", value)?;
        }
        if let Some(value) = &self.message_expression {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "messageExpression", value)?;
        }
        if let Some(value) = &self.optional_old_self {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "optionalOldSelf", value)?;
        }
        if let Some(value) = &self.reason {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "reason", value)?;
        }
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "rule", &self.rule)?;
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static ValidationRule_JSON: [crate::json::Field<ValidationRule>; 6] = unsafe { [
        crate::json::Field::opt("fieldPath", core::mem::offset_of!(ValidationRule, field_path), |s: &ValidationRule| &s.field_path),
        crate::json::Field::opt("message", core::mem::offset_of!(ValidationRule, message), |s: &ValidationRule| &s.message),
        crate::json::Field::opt("messageExpression", core::mem::offset_of!(ValidationRule, message_expression), |s: &ValidationRule| &s.message_expression),
        crate::json::Field::opt("optionalOldSelf", core::mem::offset_of!(ValidationRule, optional_old_self), |s: &ValidationRule| &s.optional_old_self),
        crate::json::Field::opt("reason", core::mem::offset_of!(ValidationRule, reason), |s: &ValidationRule| &s.reason),
        crate::json::Field::req("rule", core::mem::offset_of!(ValidationRule, rule), |s: &ValidationRule| &s.rule),
] };

impl crate::json::Json for ValidationRule {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("ValidationRule", &ValidationRule_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("ValidationRule", &ValidationRule_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&ValidationRule_JSON, self)
    }
}

impl Clone for ValidationRule {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&ValidationRule_JSON, self)
    }
}
