// Generated from definition io.k8s.api.batch.v1.PodFailurePolicyRule

#[derive(Debug, Default, PartialEq)]
pub struct PodFailurePolicyRule {
    pub action: std::string::String,

    pub on_exit_codes: Option<crate::api::batch::v1::PodFailurePolicyOnExitCodesRequirement>,

    pub on_pod_conditions: Option<std::vec::Vec<crate::api::batch::v1::PodFailurePolicyOnPodConditionsPattern>>,
}

impl crate::DeepMerge for PodFailurePolicyRule {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.action, other.action);
        crate::DeepMerge::merge_from(&mut self.on_exit_codes, other.on_exit_codes);
        crate::merge_strategies::list::atomic(&mut self.on_pod_conditions, other.on_pod_conditions);
    }
}

impl<'de> crate::serde::Deserialize<'de> for PodFailurePolicyRule {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_action,
            Key_on_exit_codes,
            Key_on_pod_conditions,
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
                            "onExitCodes" => Field::Key_on_exit_codes,
                            "onPodConditions" => Field::Key_on_pod_conditions,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = PodFailurePolicyRule;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("PodFailurePolicyRule")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_action: Option<std::string::String> = None;
                let mut value_on_exit_codes: Option<crate::api::batch::v1::PodFailurePolicyOnExitCodesRequirement> = None;
                let mut value_on_pod_conditions: Option<std::vec::Vec<crate::api::batch::v1::PodFailurePolicyOnPodConditionsPattern>> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_action => value_action = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_on_exit_codes => value_on_exit_codes = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_on_pod_conditions => value_on_pod_conditions = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(PodFailurePolicyRule {
                    action: value_action.unwrap_or_default(),
                    on_exit_codes: value_on_exit_codes,
                    on_pod_conditions: value_on_pod_conditions,
                })
            }
        }

        deserializer.deserialize_struct(
            "PodFailurePolicyRule",
            &[
                "action",
                "onExitCodes",
                "onPodConditions",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for PodFailurePolicyRule {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "PodFailurePolicyRule",
            1 +
            self.on_exit_codes.as_ref().map_or(0, |_| 1) +
            self.on_pod_conditions.as_ref().map_or(0, |_| 1),
        )?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "action", &self.action)?;
        if let Some(value) = &self.on_exit_codes {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "onExitCodes", value)?;
        }
        if let Some(value) = &self.on_pod_conditions {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "onPodConditions", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static PodFailurePolicyRule_JSON: [crate::json::Field<PodFailurePolicyRule>; 3] = unsafe { [
        crate::json::Field::req("action", core::mem::offset_of!(PodFailurePolicyRule, action), |s: &PodFailurePolicyRule| &s.action),
        crate::json::Field::opt("onExitCodes", core::mem::offset_of!(PodFailurePolicyRule, on_exit_codes), |s: &PodFailurePolicyRule| &s.on_exit_codes),
        crate::json::Field::opt("onPodConditions", core::mem::offset_of!(PodFailurePolicyRule, on_pod_conditions), |s: &PodFailurePolicyRule| &s.on_pod_conditions),
] };

impl crate::json::Json for PodFailurePolicyRule {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("PodFailurePolicyRule", &PodFailurePolicyRule_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("PodFailurePolicyRule", &PodFailurePolicyRule_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&PodFailurePolicyRule_JSON, self)
    }
}

impl Clone for PodFailurePolicyRule {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&PodFailurePolicyRule_JSON, self)
    }
}
