// Generated from definition io.k8s.api.admissionregistration.v1.ValidatingAdmissionPolicySpec

#[derive(Debug, Default, PartialEq)]
pub struct ValidatingAdmissionPolicySpec {
    pub audit_annotations: Option<std::vec::Vec<crate::api::admissionregistration::v1::AuditAnnotation>>,

    pub failure_policy: Option<std::string::String>,

    pub match_conditions: Option<std::vec::Vec<crate::api::admissionregistration::v1::MatchCondition>>,

    pub match_constraints: Option<std::boxed::Box<crate::api::admissionregistration::v1::MatchResources>>,

    pub param_kind: Option<crate::api::admissionregistration::v1::ParamKind>,

    pub validations: Option<std::vec::Vec<crate::api::admissionregistration::v1::Validation>>,

    pub variables: Option<std::vec::Vec<crate::api::admissionregistration::v1::Variable>>,
}

impl crate::DeepMerge for ValidatingAdmissionPolicySpec {
    fn merge_from(&mut self, other: Self) {
        crate::merge_strategies::list::atomic(&mut self.audit_annotations, other.audit_annotations);
        crate::DeepMerge::merge_from(&mut self.failure_policy, other.failure_policy);
        crate::merge_strategies::list::map(
            &mut self.match_conditions,
            other.match_conditions,
            &[|lhs, rhs| lhs.name == rhs.name],
            |current_item, other_item| {
                crate::DeepMerge::merge_from(current_item, other_item);
            },
        );
        crate::DeepMerge::merge_from(&mut self.match_constraints, other.match_constraints);
        crate::DeepMerge::merge_from(&mut self.param_kind, other.param_kind);
        crate::merge_strategies::list::atomic(&mut self.validations, other.validations);
        crate::merge_strategies::list::map(
            &mut self.variables,
            other.variables,
            &[|lhs, rhs| lhs.name == rhs.name],
            |current_item, other_item| {
                crate::DeepMerge::merge_from(current_item, other_item);
            },
        );
    }
}

impl<'de> crate::serde::Deserialize<'de> for ValidatingAdmissionPolicySpec {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_audit_annotations,
            Key_failure_policy,
            Key_match_conditions,
            Key_match_constraints,
            Key_param_kind,
            Key_validations,
            Key_variables,
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
                            "auditAnnotations" => Field::Key_audit_annotations,
                            "failurePolicy" => Field::Key_failure_policy,
                            "matchConditions" => Field::Key_match_conditions,
                            "matchConstraints" => Field::Key_match_constraints,
                            "paramKind" => Field::Key_param_kind,
                            "validations" => Field::Key_validations,
                            "variables" => Field::Key_variables,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = ValidatingAdmissionPolicySpec;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("ValidatingAdmissionPolicySpec")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_audit_annotations: Option<std::vec::Vec<crate::api::admissionregistration::v1::AuditAnnotation>> = None;
                let mut value_failure_policy: Option<std::string::String> = None;
                let mut value_match_conditions: Option<std::vec::Vec<crate::api::admissionregistration::v1::MatchCondition>> = None;
                let mut value_match_constraints: Option<std::boxed::Box<crate::api::admissionregistration::v1::MatchResources>> = None;
                let mut value_param_kind: Option<crate::api::admissionregistration::v1::ParamKind> = None;
                let mut value_validations: Option<std::vec::Vec<crate::api::admissionregistration::v1::Validation>> = None;
                let mut value_variables: Option<std::vec::Vec<crate::api::admissionregistration::v1::Variable>> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_audit_annotations => value_audit_annotations = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_failure_policy => value_failure_policy = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_match_conditions => value_match_conditions = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_match_constraints => value_match_constraints = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_param_kind => value_param_kind = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_validations => value_validations = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_variables => value_variables = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(ValidatingAdmissionPolicySpec {
                    audit_annotations: value_audit_annotations,
                    failure_policy: value_failure_policy,
                    match_conditions: value_match_conditions,
                    match_constraints: value_match_constraints,
                    param_kind: value_param_kind,
                    validations: value_validations,
                    variables: value_variables,
                })
            }
        }

        deserializer.deserialize_struct(
            "ValidatingAdmissionPolicySpec",
            &[
                "auditAnnotations",
                "failurePolicy",
                "matchConditions",
                "matchConstraints",
                "paramKind",
                "validations",
                "variables",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for ValidatingAdmissionPolicySpec {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "ValidatingAdmissionPolicySpec",
            self.audit_annotations.as_ref().map_or(0, |_| 1) +
            self.failure_policy.as_ref().map_or(0, |_| 1) +
            self.match_conditions.as_ref().map_or(0, |_| 1) +
            self.match_constraints.as_ref().map_or(0, |_| 1) +
            self.param_kind.as_ref().map_or(0, |_| 1) +
            self.validations.as_ref().map_or(0, |_| 1) +
            self.variables.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.audit_annotations {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "auditAnnotations", value)?;
        }
        if let Some(value) = &self.failure_policy {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "failurePolicy", value)?;
        }
        if let Some(value) = &self.match_conditions {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "matchConditions", value)?;
        }
        if let Some(value) = &self.match_constraints {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "matchConstraints", value)?;
        }
        if let Some(value) = &self.param_kind {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "paramKind", value)?;
        }
        if let Some(value) = &self.validations {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "validations", value)?;
        }
        if let Some(value) = &self.variables {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "variables", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static ValidatingAdmissionPolicySpec_JSON: [crate::json::Field<ValidatingAdmissionPolicySpec>; 7] = unsafe { [
        crate::json::Field::opt("auditAnnotations", core::mem::offset_of!(ValidatingAdmissionPolicySpec, audit_annotations), |s: &ValidatingAdmissionPolicySpec| &s.audit_annotations),
        crate::json::Field::opt("failurePolicy", core::mem::offset_of!(ValidatingAdmissionPolicySpec, failure_policy), |s: &ValidatingAdmissionPolicySpec| &s.failure_policy),
        crate::json::Field::opt("matchConditions", core::mem::offset_of!(ValidatingAdmissionPolicySpec, match_conditions), |s: &ValidatingAdmissionPolicySpec| &s.match_conditions),
        crate::json::Field::opt("matchConstraints", core::mem::offset_of!(ValidatingAdmissionPolicySpec, match_constraints), |s: &ValidatingAdmissionPolicySpec| &s.match_constraints),
        crate::json::Field::opt("paramKind", core::mem::offset_of!(ValidatingAdmissionPolicySpec, param_kind), |s: &ValidatingAdmissionPolicySpec| &s.param_kind),
        crate::json::Field::opt("validations", core::mem::offset_of!(ValidatingAdmissionPolicySpec, validations), |s: &ValidatingAdmissionPolicySpec| &s.validations),
        crate::json::Field::opt("variables", core::mem::offset_of!(ValidatingAdmissionPolicySpec, variables), |s: &ValidatingAdmissionPolicySpec| &s.variables),
] };

impl crate::json::Json for ValidatingAdmissionPolicySpec {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("ValidatingAdmissionPolicySpec", &ValidatingAdmissionPolicySpec_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("ValidatingAdmissionPolicySpec", &ValidatingAdmissionPolicySpec_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&ValidatingAdmissionPolicySpec_JSON, self)
    }
}

impl Clone for ValidatingAdmissionPolicySpec {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&ValidatingAdmissionPolicySpec_JSON, self)
    }
}
