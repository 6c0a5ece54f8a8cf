// Generated from definition io.k8s.api.core.v1.ContainerRestartRule

#[derive(Debug, Default, PartialEq)]
pub struct ContainerRestartRule {
    pub action: std::string::String,

    pub exit_codes: Option<crate::api::core::v1::ContainerRestartRuleOnExitCodes>,
}

impl crate::DeepMerge for ContainerRestartRule {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.action, other.action);
        crate::DeepMerge::merge_from(&mut self.exit_codes, other.exit_codes);
    }
}

impl<'de> crate::serde::Deserialize<'de> for ContainerRestartRule {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_action,
            Key_exit_codes,
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
                            "action" => Field::Key_action,
                            "exitCodes" => Field::Key_exit_codes,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = ContainerRestartRule;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("ContainerRestartRule")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_action: Option<std::string::String> = None;
                let mut value_exit_codes: Option<crate::api::core::v1::ContainerRestartRuleOnExitCodes> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_action => value_action = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_exit_codes => value_exit_codes = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(ContainerRestartRule {
                    action: value_action.unwrap_or_default(),
                    exit_codes: value_exit_codes,
                })
            }
        }

        deserializer.deserialize_struct(
            "ContainerRestartRule",
            &[
                "action",
                "exitCodes",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for ContainerRestartRule {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "ContainerRestartRule",
            1 +
            self.exit_codes.as_ref().map_or(0, |_| 1),
        )?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "action", &self.action)?;
        if let Some(value) = &self.exit_codes {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "exitCodes", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static ContainerRestartRule_JSON: [crate::json::Field<ContainerRestartRule>; 2] = unsafe { [
        crate::json::Field::req("action", core::mem::offset_of!(ContainerRestartRule, action), |s: &ContainerRestartRule| &s.action),
        crate::json::Field::opt("exitCodes", core::mem::offset_of!(ContainerRestartRule, exit_codes), |s: &ContainerRestartRule| &s.exit_codes),
] };

impl crate::json::Json for ContainerRestartRule {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("ContainerRestartRule", &ContainerRestartRule_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("ContainerRestartRule", &ContainerRestartRule_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&ContainerRestartRule_JSON, self)
    }
}

impl Clone for ContainerRestartRule {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&ContainerRestartRule_JSON, self)
    }
}
