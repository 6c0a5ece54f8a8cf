// Generated from definition io.k8s.api.authorization.v1.SubjectRulesReviewStatus

#[derive(Debug, Default, PartialEq)]
pub struct SubjectRulesReviewStatus {
    pub evaluation_error: Option<std::string::String>,

    pub incomplete: bool,

    pub non_resource_rules: std::vec::Vec<crate::api::authorization::v1::NonResourceRule>,

    pub resource_rules: std::vec::Vec<crate::api::authorization::v1::ResourceRule>,
}

impl crate::DeepMerge for SubjectRulesReviewStatus {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.evaluation_error, other.evaluation_error);
        crate::DeepMerge::merge_from(&mut self.incomplete, other.incomplete);
        crate::merge_strategies::list::atomic(&mut self.non_resource_rules, other.non_resource_rules);
        crate::merge_strategies::list::atomic(&mut self.resource_rules, other.resource_rules);
    }
}

impl<'de> crate::serde::Deserialize<'de> for SubjectRulesReviewStatus {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_evaluation_error,
            Key_incomplete,
            Key_non_resource_rules,
            Key_resource_rules,
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
                            "evaluationError" => Field::Key_evaluation_error,
                            "incomplete" => Field::Key_incomplete,
                            "nonResourceRules" => Field::Key_non_resource_rules,
                            "resourceRules" => Field::Key_resource_rules,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = SubjectRulesReviewStatus;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("SubjectRulesReviewStatus")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_evaluation_error: Option<std::string::String> = None;
                let mut value_incomplete: Option<bool> = None;
                let mut value_non_resource_rules: Option<std::vec::Vec<crate::api::authorization::v1::NonResourceRule>> = None;
                let mut value_resource_rules: Option<std::vec::Vec<crate::api::authorization::v1::ResourceRule>> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_evaluation_error => value_evaluation_error = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_incomplete => value_incomplete = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_non_resource_rules => value_non_resource_rules = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_resource_rules => value_resource_rules = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(SubjectRulesReviewStatus {
                    evaluation_error: value_evaluation_error,
                    incomplete: value_incomplete.unwrap_or_default(),
                    non_resource_rules: value_non_resource_rules.unwrap_or_default(),
                    resource_rules: value_resource_rules.unwrap_or_default(),
                })
            }
        }

        deserializer.deserialize_struct(
            "SubjectRulesReviewStatus",
            &[
                "evaluationError",
                "incomplete",
                "nonResourceRules",
                "resourceRules",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for SubjectRulesReviewStatus {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "SubjectRulesReviewStatus",
            3 +
            self.evaluation_error.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.evaluation_error {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "evaluationError", value)?;
        }
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "incomplete", &self.incomplete)?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "nonResourceRules", &self.non_resource_rules)?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "resourceRules", &self.resource_rules)?;
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static SubjectRulesReviewStatus_JSON: [crate::json::Field<SubjectRulesReviewStatus>; 4] = unsafe { [
        crate::json::Field::opt("evaluationError", core::mem::offset_of!(SubjectRulesReviewStatus, evaluation_error), |s: &SubjectRulesReviewStatus| &s.evaluation_error),
        crate::json::Field::req("incomplete", core::mem::offset_of!(SubjectRulesReviewStatus, incomplete), |s: &SubjectRulesReviewStatus| &s.incomplete),
        crate::json::Field::req("nonResourceRules", core::mem::offset_of!(SubjectRulesReviewStatus, non_resource_rules), |s: &SubjectRulesReviewStatus| &s.non_resource_rules),
        crate::json::Field::req("resourceRules", core::mem::offset_of!(SubjectRulesReviewStatus, resource_rules), |s: &SubjectRulesReviewStatus| &s.resource_rules),
] };

impl crate::json::Json for SubjectRulesReviewStatus {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("SubjectRulesReviewStatus", &SubjectRulesReviewStatus_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("SubjectRulesReviewStatus", &SubjectRulesReviewStatus_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&SubjectRulesReviewStatus_JSON, self)
    }
}

impl Clone for SubjectRulesReviewStatus {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&SubjectRulesReviewStatus_JSON, self)
    }
}
