// Generated from definition io.k8s.api.admissionregistration.v1.ValidatingAdmissionPolicyStatus

#[derive(Debug, Default, PartialEq)]
pub struct ValidatingAdmissionPolicyStatus {
    pub conditions: Option<std::vec::Vec<crate::apimachinery::pkg::apis::meta::v1::Condition>>,

    pub observed_generation: Option<i64>,

    pub type_checking: Option<crate::api::admissionregistration::v1::TypeChecking>,
}

impl crate::DeepMerge for ValidatingAdmissionPolicyStatus {
    fn merge_from(&mut self, other: Self) {
        crate::merge_strategies::list::map(
            &mut self.conditions,
            other.conditions,
            &[|lhs, rhs| lhs.type_ == rhs.type_],
            |current_item, other_item| {
                crate::DeepMerge::merge_from(current_item, other_item);
            },
        );
        crate::DeepMerge::merge_from(&mut self.observed_generation, other.observed_generation);
        crate::DeepMerge::merge_from(&mut self.type_checking, other.type_checking);
    }
}

impl<'de> crate::serde::Deserialize<'de> for ValidatingAdmissionPolicyStatus {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_conditions,
            Key_observed_generation,
            Key_type_checking,
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
                            "observedGeneration" => Field::Key_observed_generation,
                            "typeChecking" => Field::Key_type_checking,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = ValidatingAdmissionPolicyStatus;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("ValidatingAdmissionPolicyStatus")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_conditions: Option<std::vec::Vec<crate::apimachinery::pkg::apis::meta::v1::Condition>> = None;
                let mut value_observed_generation: Option<i64> = None;
                let mut value_type_checking: Option<crate::api::admissionregistration::v1::TypeChecking> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_conditions => value_conditions = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_observed_generation => value_observed_generation = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_type_checking => value_type_checking = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(ValidatingAdmissionPolicyStatus {
                    conditions: value_conditions,
                    observed_generation: value_observed_generation,
                    type_checking: value_type_checking,
                })
            }
        }

        deserializer.deserialize_struct(
            "ValidatingAdmissionPolicyStatus",
            &[
                "conditions",
                "observedGeneration",
                "typeChecking",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for ValidatingAdmissionPolicyStatus {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "ValidatingAdmissionPolicyStatus",
            self.conditions.as_ref().map_or(0, |_| 1) +
            self.observed_generation.as_ref().map_or(0, |_| 1) +
            self.type_checking.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.conditions {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "conditions", value)?;
        }
        if let Some(value) = &self.observed_generation {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "observedGeneration", value)?;
        }
        if let Some(value) = &self.type_checking {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "typeChecking", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static ValidatingAdmissionPolicyStatus_JSON: [crate::json::Field<ValidatingAdmissionPolicyStatus>; 3] = unsafe { [
        crate::json::Field::opt("conditions", core::mem::offset_of!(ValidatingAdmissionPolicyStatus, conditions), |s: &ValidatingAdmissionPolicyStatus| &s.conditions),
        crate::json::Field::opt("observedGeneration", core::mem::offset_of!(ValidatingAdmissionPolicyStatus, observed_generation), |s: &ValidatingAdmissionPolicyStatus| &s.observed_generation),
        crate::json::Field::opt("typeChecking", core::mem::offset_of!(ValidatingAdmissionPolicyStatus, type_checking), |s: &ValidatingAdmissionPolicyStatus| &s.type_checking),
] };

impl crate::json::Json for ValidatingAdmissionPolicyStatus {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("ValidatingAdmissionPolicyStatus", &ValidatingAdmissionPolicyStatus_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("ValidatingAdmissionPolicyStatus", &ValidatingAdmissionPolicyStatus_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&ValidatingAdmissionPolicyStatus_JSON, self)
    }
}

impl Clone for ValidatingAdmissionPolicyStatus {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&ValidatingAdmissionPolicyStatus_JSON, self)
    }
}
