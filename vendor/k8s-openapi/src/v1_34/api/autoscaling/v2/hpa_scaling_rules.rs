// Generated from definition io.k8s.api.autoscaling.v2.HPAScalingRules

#[derive(Debug, Default, PartialEq)]
pub struct HPAScalingRules {
    pub policies: Option<std::vec::Vec<crate::api::autoscaling::v2::HPAScalingPolicy>>,

    pub select_policy: Option<std::string::String>,

    pub stabilization_window_seconds: Option<i32>,

    pub tolerance: Option<crate::apimachinery::pkg::api::resource::Quantity>,
}

impl crate::DeepMerge for HPAScalingRules {
    fn merge_from(&mut self, other: Self) {
        crate::merge_strategies::list::atomic(&mut self.policies, other.policies);
        crate::DeepMerge::merge_from(&mut self.select_policy, other.select_policy);
        crate::DeepMerge::merge_from(&mut self.stabilization_window_seconds, other.stabilization_window_seconds);
        crate::DeepMerge::merge_from(&mut self.tolerance, other.tolerance);
    }
}

impl<'de> crate::serde::Deserialize<'de> for HPAScalingRules {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_policies,
            Key_select_policy,
            Key_stabilization_window_seconds,
            Key_tolerance,
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
                            "policies" => Field::Key_policies,
                            "selectPolicy" => Field::Key_select_policy,
                            "stabilizationWindowSeconds" => Field::Key_stabilization_window_seconds,
                            "tolerance" => Field::Key_tolerance,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = HPAScalingRules;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("HPAScalingRules")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_policies: Option<std::vec::Vec<crate::api::autoscaling::v2::HPAScalingPolicy>> = None;
                let mut value_select_policy: Option<std::string::String> = None;
                let mut value_stabilization_window_seconds: Option<i32> = None;
                let mut value_tolerance: Option<crate::apimachinery::pkg::api::resource::Quantity> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_policies => value_policies = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_select_policy => value_select_policy = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_stabilization_window_seconds => value_stabilization_window_seconds = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_tolerance => value_tolerance = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(HPAScalingRules {
                    policies: value_policies,
                    select_policy: value_select_policy,
                    stabilization_window_seconds: value_stabilization_window_seconds,
                    tolerance: value_tolerance,
                })
            }
        }

        deserializer.deserialize_struct(
            "HPAScalingRules",
            &[
                "policies",
                "selectPolicy",
                "stabilizationWindowSeconds",
                "tolerance",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for HPAScalingRules {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "HPAScalingRules",
            self.policies.as_ref().map_or(0, |_| 1) +
            self.select_policy.as_ref().map_or(0, |_| 1) +
            self.stabilization_window_seconds.as_ref().map_or(0, |_| 1) +
            self.tolerance.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.policies {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "policies", value)?;
        }
        if let Some(value) = &self.select_policy {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "selectPolicy", value)?;
        }
        if let Some(value) = &self.stabilization_window_seconds {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "stabilizationWindowSeconds", value)?;
        }
        if let Some(value) = &self.tolerance {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "tolerance", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static HPAScalingRules_JSON: [crate::json::Field<HPAScalingRules>; 4] = unsafe { [
        crate::json::Field::opt("policies", core::mem::offset_of!(HPAScalingRules, policies), |s: &HPAScalingRules| &s.policies),
        crate::json::Field::opt("selectPolicy", core::mem::offset_of!(HPAScalingRules, select_policy), |s: &HPAScalingRules| &s.select_policy),
        crate::json::Field::opt("stabilizationWindowSeconds", core::mem::offset_of!(HPAScalingRules, stabilization_window_seconds), |s: &HPAScalingRules| &s.stabilization_window_seconds),
        crate::json::Field::opt("tolerance", core::mem::offset_of!(HPAScalingRules, tolerance), |s: &HPAScalingRules| &s.tolerance),
] };

impl crate::json::Json for HPAScalingRules {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("HPAScalingRules", &HPAScalingRules_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("HPAScalingRules", &HPAScalingRules_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&HPAScalingRules_JSON, self)
    }
}

impl Clone for HPAScalingRules {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&HPAScalingRules_JSON, self)
    }
}
