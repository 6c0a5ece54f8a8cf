// Generated from definition io.k8s.api.core.v1.SleepAction

#[derive(Debug, Default, PartialEq)]
pub struct SleepAction {
    pub seconds: i64,
}

impl crate::DeepMerge for SleepAction {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.seconds, other.seconds);
    }
}

impl<'de> crate::serde::Deserialize<'de> for SleepAction {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_seconds,
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
                            "seconds" => Field::Key_seconds,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = SleepAction;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("SleepAction")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_seconds: Option<i64> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_seconds => value_seconds = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(SleepAction {
                    seconds: value_seconds.unwrap_or_default(),
                })
            }
        }

        deserializer.deserialize_struct(
            "SleepAction",
            &[
                "seconds",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for SleepAction {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "SleepAction",
            1,
        )?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "seconds", &self.seconds)?;
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static SleepAction_JSON: [crate::json::Field<SleepAction>; 1] = unsafe { [
        crate::json::Field::req("seconds", core::mem::offset_of!(SleepAction, seconds), |s: &SleepAction| &s.seconds),
] };

impl crate::json::Json for SleepAction {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("SleepAction", &SleepAction_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("SleepAction", &SleepAction_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&SleepAction_JSON, self)
    }
}

impl Clone for SleepAction {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&SleepAction_JSON, self)
    }
}
