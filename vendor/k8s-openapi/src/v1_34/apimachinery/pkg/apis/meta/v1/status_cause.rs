// Generated from definition io.k8s.apimachinery.pkg.apis.meta.v1.StatusCause

#[derive(Debug, Default, PartialEq)]
pub struct StatusCause {
    pub field: Option<std::string::String>,

    pub message: Option<std::string::String>,

    pub reason: Option<std::string::String>,
}

impl crate::DeepMerge for StatusCause {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.field, other.field);
        crate::DeepMerge::merge_from(&mut self.message, other.message);
        crate::DeepMerge::merge_from(&mut self.reason, other.reason);
    }
}

impl<'de> crate::serde::Deserialize<'de> for StatusCause {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_field,
            Key_message,
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
                            "field" => Field::Key_field,
                            "message" => Field::Key_message,
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
            type Value = StatusCause;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("StatusCause")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_field: Option<std::string::String> = None;
                let mut value_message: Option<std::string::String> = None;
                let mut value_reason: Option<std::string::String> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_field => value_field = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_message => value_message = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_reason => value_reason = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(StatusCause {
                    field: value_field,
                    message: value_message,
                    reason: value_reason,
                })
            }
        }

        deserializer.deserialize_struct(
            "StatusCause",
            &[
                "field",
                "message",
                "reason",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for StatusCause {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "StatusCause",
            self.field.as_ref().map_or(0, |_| 1) +
            self.message.as_ref().map_or(0, |_| 1) +
            self.reason.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.field {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "field", value)?;
        }
        if let Some(value) = &self.message {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "message", value)?;
        }
        if let Some(value) = &self.reason {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "reason", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static StatusCause_JSON: [crate::json::Field<StatusCause>; 3] = unsafe { [
        crate::json::Field::opt("field", core::mem::offset_of!(StatusCause, field), |s: &StatusCause| &s.field),
        crate::json::Field::opt("message", core::mem::offset_of!(StatusCause, message), |s: &StatusCause| &s.message),
        crate::json::Field::opt("reason", core::mem::offset_of!(StatusCause, reason), |s: &StatusCause| &s.reason),
] };

impl crate::json::Json for StatusCause {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("StatusCause", &StatusCause_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("StatusCause", &StatusCause_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&StatusCause_JSON, self)
    }
}

impl Clone for StatusCause {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&StatusCause_JSON, self)
    }
}
