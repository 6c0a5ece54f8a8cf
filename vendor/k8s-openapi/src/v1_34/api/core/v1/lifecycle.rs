// Generated from definition io.k8s.api.core.v1.Lifecycle

#[derive(Debug, Default, PartialEq)]
pub struct Lifecycle {
    pub post_start: Option<crate::api::core::v1::LifecycleHandler>,

    pub pre_stop: Option<crate::api::core::v1::LifecycleHandler>,

    pub stop_signal: Option<std::string::String>,
}

impl crate::DeepMerge for Lifecycle {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.post_start, other.post_start);
        crate::DeepMerge::merge_from(&mut self.pre_stop, other.pre_stop);
        crate::DeepMerge::merge_from(&mut self.stop_signal, other.stop_signal);
    }
}

impl<'de> crate::serde::Deserialize<'de> for Lifecycle {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_post_start,
            Key_pre_stop,
            Key_stop_signal,
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
                            "postStart" => Field::Key_post_start,
                            "preStop" => Field::Key_pre_stop,
                            "stopSignal" => Field::Key_stop_signal,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = Lifecycle;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("Lifecycle")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_post_start: Option<crate::api::core::v1::LifecycleHandler> = None;
                let mut value_pre_stop: Option<crate::api::core::v1::LifecycleHandler> = None;
                let mut value_stop_signal: Option<std::string::String> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_post_start => value_post_start = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_pre_stop => value_pre_stop = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_stop_signal => value_stop_signal = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(Lifecycle {
                    post_start: value_post_start,
                    pre_stop: value_pre_stop,
                    stop_signal: value_stop_signal,
                })
            }
        }

        deserializer.deserialize_struct(
            "Lifecycle",
            &[
                "postStart",
                "preStop",
                "stopSignal",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for Lifecycle {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "Lifecycle",
            self.post_start.as_ref().map_or(0, |_| 1) +
            self.pre_stop.as_ref().map_or(0, |_| 1) +
            self.stop_signal.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.post_start {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "postStart", value)?;
        }
        if let Some(value) = &self.pre_stop {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "preStop", value)?;
        }
        if let Some(value) = &self.stop_signal {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "stopSignal", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static Lifecycle_JSON: [crate::json::Field<Lifecycle>; 3] = unsafe { [
        crate::json::Field::opt("postStart", core::mem::offset_of!(Lifecycle, post_start), |s: &Lifecycle| &s.post_start),
        crate::json::Field::opt("preStop", core::mem::offset_of!(Lifecycle, pre_stop), |s: &Lifecycle| &s.pre_stop),
        crate::json::Field::opt("stopSignal", core::mem::offset_of!(Lifecycle, stop_signal), |s: &Lifecycle| &s.stop_signal),
] };

impl crate::json::Json for Lifecycle {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("Lifecycle", &Lifecycle_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("Lifecycle", &Lifecycle_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&Lifecycle_JSON, self)
    }
}

impl Clone for Lifecycle {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&Lifecycle_JSON, self)
    }
}
