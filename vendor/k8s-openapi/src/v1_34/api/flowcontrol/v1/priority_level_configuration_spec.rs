// Generated from definition io.k8s.api.flowcontrol.v1.PriorityLevelConfigurationSpec

#[derive(Debug, Default, PartialEq)]
pub struct PriorityLevelConfigurationSpec {
    pub exempt: Option<crate::api::flowcontrol::v1::ExemptPriorityLevelConfiguration>,

    pub limited: Option<crate::api::flowcontrol::v1::LimitedPriorityLevelConfiguration>,

    pub type_: std::string::String,
}

impl crate::DeepMerge for PriorityLevelConfigurationSpec {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.exempt, other.exempt);
        crate::DeepMerge::merge_from(&mut self.limited, other.limited);
        crate::DeepMerge::merge_from(&mut self.type_, other.type_);
    }
}

impl<'de> crate::serde::Deserialize<'de> for PriorityLevelConfigurationSpec {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_exempt,
            Key_limited,
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
                            "exempt" => Field::Key_exempt,
                            "limited" => Field::Key_limited,
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
            type Value = PriorityLevelConfigurationSpec;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("PriorityLevelConfigurationSpec")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_exempt: Option<crate::api::flowcontrol::v1::ExemptPriorityLevelConfiguration> = None;
                let mut value_limited: Option<crate::api::flowcontrol::v1::LimitedPriorityLevelConfiguration> = None;
                let mut value_type_: Option<std::string::String> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_exempt => value_exempt = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_limited => value_limited = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_type_ => value_type_ = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(PriorityLevelConfigurationSpec {
                    exempt: value_exempt,
                    limited: value_limited,
                    type_: value_type_.unwrap_or_default(),
                })
            }
        }

        deserializer.deserialize_struct(
            "PriorityLevelConfigurationSpec",
            &[
                "exempt",
                "limited",
                "type",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for PriorityLevelConfigurationSpec {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "PriorityLevelConfigurationSpec",
            1 +
            self.exempt.as_ref().map_or(0, |_| 1) +
            self.limited.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.exempt {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "exempt", value)?;
        }
        if let Some(value) = &self.limited {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "limited", value)?;
        }
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "type", &self.type_)?;
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static PriorityLevelConfigurationSpec_JSON: [crate::json::Field<PriorityLevelConfigurationSpec>; 3] = unsafe { [
        crate::json::Field::opt("exempt", core::mem::offset_of!(PriorityLevelConfigurationSpec, exempt), |s: &PriorityLevelConfigurationSpec| &s.exempt),
        crate::json::Field::opt("limited", core::mem::offset_of!(PriorityLevelConfigurationSpec, limited), |s: &PriorityLevelConfigurationSpec| &s.limited),
        crate::json::Field::req("type", core::mem::offset_of!(PriorityLevelConfigurationSpec, type_), |s: &PriorityLevelConfigurationSpec| &s.type_),
] };

impl crate::json::Json for PriorityLevelConfigurationSpec {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("PriorityLevelConfigurationSpec", &PriorityLevelConfigurationSpec_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("PriorityLevelConfigurationSpec", &PriorityLevelConfigurationSpec_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&PriorityLevelConfigurationSpec_JSON, self)
    }
}

impl Clone for PriorityLevelConfigurationSpec {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&PriorityLevelConfigurationSpec_JSON, self)
    }
}
