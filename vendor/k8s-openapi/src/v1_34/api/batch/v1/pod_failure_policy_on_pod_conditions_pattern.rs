// Generated from definition io.k8s.api.batch.v1.PodFailurePolicyOnPodConditionsPattern

#[derive(Debug, Default, PartialEq)]
pub struct PodFailurePolicyOnPodConditionsPattern {
    pub status: std::string::String,

    pub type_: std::string::String,
}

impl crate::DeepMerge for PodFailurePolicyOnPodConditionsPattern {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.status, other.status);
        crate::DeepMerge::merge_from(&mut self.type_, other.type_);
    }
}

impl<'de> crate::serde::Deserialize<'de> for PodFailurePolicyOnPodConditionsPattern {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_status,
            Key_type_,
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
                            "status" => Field::Key_status,
                            "type" => Field::Key_type_,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = PodFailurePolicyOnPodConditionsPattern;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("PodFailurePolicyOnPodConditionsPattern")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_status: Option<std::string::String> = None;
                let mut value_type_: Option<std::string::String> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_status => value_status = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_type_ => value_type_ = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(PodFailurePolicyOnPodConditionsPattern {
                    status: value_status.unwrap_or_default(),
                    type_: value_type_.unwrap_or_default(),
                })
            }
        }

        deserializer.deserialize_struct(
            "PodFailurePolicyOnPodConditionsPattern",
            &[
                "status",
                "type",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for PodFailurePolicyOnPodConditionsPattern {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "PodFailurePolicyOnPodConditionsPattern",
            2,
        )?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "status", &self.status)?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "type", &self.type_)?;
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static PodFailurePolicyOnPodConditionsPattern_JSON: [crate::json::Field<PodFailurePolicyOnPodConditionsPattern>; 2] = unsafe { [
        crate::json::Field::req("status", core::mem::offset_of!(PodFailurePolicyOnPodConditionsPattern, status), |s: &PodFailurePolicyOnPodConditionsPattern| &s.status),
        crate::json::Field::req("type", core::mem::offset_of!(PodFailurePolicyOnPodConditionsPattern, type_), |s: &PodFailurePolicyOnPodConditionsPattern| &s.type_),
] };

impl crate::json::Json for PodFailurePolicyOnPodConditionsPattern {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("PodFailurePolicyOnPodConditionsPattern", &PodFailurePolicyOnPodConditionsPattern_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("PodFailurePolicyOnPodConditionsPattern", &PodFailurePolicyOnPodConditionsPattern_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&PodFailurePolicyOnPodConditionsPattern_JSON, self)
    }
}

impl Clone for PodFailurePolicyOnPodConditionsPattern {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&PodFailurePolicyOnPodConditionsPattern_JSON, self)
    }
}
