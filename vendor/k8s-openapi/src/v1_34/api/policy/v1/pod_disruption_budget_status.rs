// Generated from definition io.k8s.api.policy.v1.PodDisruptionBudgetStatus

#[derive(Debug, Default, PartialEq)]
pub struct PodDisruptionBudgetStatus {
    pub conditions: Option<std::vec::Vec<crate::apimachinery::pkg::apis::meta::v1::Condition>>,

    pub current_healthy: i32,

    pub desired_healthy: i32,

    pub disrupted_pods: Option<std::collections::BTreeMap<std::string::String, crate::apimachinery::pkg::apis::meta::v1::Time>>,

    pub disruptions_allowed: i32,

    pub expected_pods: i32,

    pub observed_generation: Option<i64>,
}

impl crate::DeepMerge for PodDisruptionBudgetStatus {
    fn merge_from(&mut self, other: Self) {
        crate::merge_strategies::list::map(
            &mut self.conditions,
            other.conditions,
            &[|lhs, rhs| lhs.type_ == rhs.type_],
            |current_item, other_item| {
                crate::DeepMerge::merge_from(current_item, other_item);
            },
        );
        crate::DeepMerge::merge_from(&mut self.current_healthy, other.current_healthy);
        crate::DeepMerge::merge_from(&mut self.desired_healthy, other.desired_healthy);
        crate::merge_strategies::map::granular(&mut self.disrupted_pods, other.disrupted_pods, |current_item, other_item| {
            crate::DeepMerge::merge_from(current_item, other_item);
        });
        crate::DeepMerge::merge_from(&mut self.disruptions_allowed, other.disruptions_allowed);
        crate::DeepMerge::merge_from(&mut self.expected_pods, other.expected_pods);
        crate::DeepMerge::merge_from(&mut self.observed_generation, other.observed_generation);
    }
}

impl<'de> crate::serde::Deserialize<'de> for PodDisruptionBudgetStatus {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_conditions,
            Key_current_healthy,
            Key_desired_healthy,
            Key_disrupted_pods,
            Key_disruptions_allowed,
            Key_expected_pods,
            Key_observed_generation,
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
                            "conditions" => Field::Key_conditions,
                            "currentHealthy" => Field::Key_current_healthy,
                            "desiredHealthy" => Field::Key_desired_healthy,
                            "disruptedPods" => Field::Key_disrupted_pods,
                            "disruptionsAllowed" => Field::Key_disruptions_allowed,
                            "expectedPods" => Field::Key_expected_pods,
                            "observedGeneration" => Field::Key_observed_generation,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = PodDisruptionBudgetStatus;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("PodDisruptionBudgetStatus")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_conditions: Option<std::vec::Vec<crate::apimachinery::pkg::apis::meta::v1::Condition>> = None;
                let mut value_current_healthy: Option<i32> = None;
                let mut value_desired_healthy: Option<i32> = None;
                let mut value_disrupted_pods: Option<std::collections::BTreeMap<std::string::String, crate::apimachinery::pkg::apis::meta::v1::Time>> = None;
                let mut value_disruptions_allowed: Option<i32> = None;
                let mut value_expected_pods: Option<i32> = None;
                let mut value_observed_generation: Option<i64> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_conditions => value_conditions = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_current_healthy => value_current_healthy = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_desired_healthy => value_desired_healthy = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_disrupted_pods => value_disrupted_pods = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_disruptions_allowed => value_disruptions_allowed = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_expected_pods => value_expected_pods = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_observed_generation => value_observed_generation = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(PodDisruptionBudgetStatus {
                    conditions: value_conditions,
                    current_healthy: value_current_healthy.unwrap_or_default(),
                    desired_healthy: value_desired_healthy.unwrap_or_default(),
                    disrupted_pods: value_disrupted_pods,
                    disruptions_allowed: value_disruptions_allowed.unwrap_or_default(),
                    expected_pods: value_expected_pods.unwrap_or_default(),
                    observed_generation: value_observed_generation,
                })
            }
        }

        deserializer.deserialize_struct(
            "PodDisruptionBudgetStatus",
            &[
                "conditions",
                "currentHealthy",
                "desiredHealthy",
                "disruptedPods",
                "disruptionsAllowed",
                "expectedPods",
                "observedGeneration",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for PodDisruptionBudgetStatus {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "PodDisruptionBudgetStatus",
            4 +
            self.conditions.as_ref().map_or(0, |_| 1) +
            self.disrupted_pods.as_ref().map_or(0, |_| 1) +
            self.observed_generation.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.conditions {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "conditions", value)?;
        }
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "currentHealthy", &self.current_healthy)?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "desiredHealthy", &self.desired_healthy)?;
        if let Some(value) = &self.disrupted_pods {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "disruptedPods", value)?;
        }
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "disruptionsAllowed", &self.disruptions_allowed)?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "expectedPods", &self.expected_pods)?;
        if let Some(value) = &self.observed_generation {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "observedGeneration", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static PodDisruptionBudgetStatus_JSON: [crate::json::Field<PodDisruptionBudgetStatus>; 7] = unsafe { [
        crate::json::Field::opt("conditions", core::mem::offset_of!(PodDisruptionBudgetStatus, conditions), |s: &PodDisruptionBudgetStatus| &s.conditions),
        crate::json::Field::req("currentHealthy", core::mem::offset_of!(PodDisruptionBudgetStatus, current_healthy), |s: &PodDisruptionBudgetStatus| &s.current_healthy),
        crate::json::Field::req("desiredHealthy", core::mem::offset_of!(PodDisruptionBudgetStatus, desired_healthy), |s: &PodDisruptionBudgetStatus| &s.desired_healthy),
        crate::json::Field::opt("disruptedPods", core::mem::offset_of!(PodDisruptionBudgetStatus, disrupted_pods), |s: &PodDisruptionBudgetStatus| &s.disrupted_pods),
        crate::json::Field::req("disruptionsAllowed", core::mem::offset_of!(PodDisruptionBudgetStatus, disruptions_allowed), |s: &PodDisruptionBudgetStatus| &s.disruptions_allowed),
        crate::json::Field::req("expectedPods", core::mem::offset_of!(PodDisruptionBudgetStatus, expected_pods), |s: &PodDisruptionBudgetStatus| &s.expected_pods),
        crate::json::Field::opt("observedGeneration", core::mem::offset_of!(PodDisruptionBudgetStatus, observed_generation), |s: &PodDisruptionBudgetStatus| &s.observed_generation),
] };

impl crate::json::Json for PodDisruptionBudgetStatus {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("PodDisruptionBudgetStatus", &PodDisruptionBudgetStatus_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("PodDisruptionBudgetStatus", &PodDisruptionBudgetStatus_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&PodDisruptionBudgetStatus_JSON, self)
    }
}

impl Clone for PodDisruptionBudgetStatus {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&PodDisruptionBudgetStatus_JSON, self)
    }
}
