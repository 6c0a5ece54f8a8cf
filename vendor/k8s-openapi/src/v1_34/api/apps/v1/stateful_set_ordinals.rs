// Generated from definition io.k8s.api.apps.v1.StatefulSetOrdinals

#[derive(Debug, Default, PartialEq)]
pub struct StatefulSetOrdinals {
    pub start: Option<i32>,
}

impl crate::DeepMerge for StatefulSetOrdinals {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.start, other.start);
    }
}

impl<'de> crate::serde::Deserialize<'de> for StatefulSetOrdinals {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_start,
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
                            "start" => Field::Key_start,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = StatefulSetOrdinals;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("StatefulSetOrdinals")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_start: Option<i32> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_start => value_start = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(StatefulSetOrdinals {
                    start: value_start,
                })
            }
        }

        deserializer.deserialize_struct(
            "StatefulSetOrdinals",
            &[
                "start",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for StatefulSetOrdinals {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "StatefulSetOrdinals",
            self.start.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.start {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "start", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static StatefulSetOrdinals_JSON: [crate::json::Field<StatefulSetOrdinals>; 1] = unsafe { [
        crate::json::Field::opt("start", core::mem::offset_of!(StatefulSetOrdinals, start), |s: &StatefulSetOrdinals| &s.start),
] };

impl crate::json::Json for StatefulSetOrdinals {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("StatefulSetOrdinals", &StatefulSetOrdinals_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("StatefulSetOrdinals", &StatefulSetOrdinals_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&StatefulSetOrdinals_JSON, self)
    }
}

impl Clone for StatefulSetOrdinals {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&StatefulSetOrdinals_JSON, self)
    }
}
