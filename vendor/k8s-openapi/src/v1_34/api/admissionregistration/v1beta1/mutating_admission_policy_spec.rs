// Generated from definition io.k8s.api.admissionregistration.v1beta1.MutatingAdmissionPolicySpec

#[derive(Debug, Default, PartialEq)]
pub struct MutatingAdmissionPolicySpec {
    pub failure_policy: Option<std::string::String>,

    pub match_conditions: Option<std::vec::Vec<crate::api::admissionregistration::v1beta1::MatchCondition>>,

    pub match_constraints: Option<std::boxed::Box<crate::api::admissionregistration::v1beta1::MatchResources>>,

    pub mutations: Option<std::vec::Vec<crate::api::admissionregistration::v1beta1::Mutation>>,

    pub param_kind: Option<crate::api::admissionregistration::v1beta1::ParamKind>,

    pub reinvocation_policy: Option<std::string::String>,

    pub variables: Option<std::vec::Vec<crate::api::admissionregistration::v1beta1::Variable>>,
}

impl crate::DeepMerge for MutatingAdmissionPolicySpec {
    fn merge_from(&mut self, other: Self) {
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
        crate::merge_strategies::list::atomic(&mut self.mutations, other.mutations);
        crate::DeepMerge::merge_from(&mut self.param_kind, other.param_kind);
        crate::DeepMerge::merge_from(&mut self.reinvocation_policy, other.reinvocation_policy);
        crate::merge_strategies::list::atomic(&mut self.variables, other.variables);
    }
}

impl<'de> crate::serde::Deserialize<'de> for MutatingAdmissionPolicySpec {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_failure_policy,
            Key_match_conditions,
            Key_match_constraints,
            Key_mutations,
            Key_param_kind,
            Key_reinvocation_policy,
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
                            "failurePolicy" => Field::Key_failure_policy,
                            "matchConditions" => Field::Key_match_conditions,
                            "matchConstraints" => Field::Key_match_constraints,
                            "mutations" => Field::Key_mutations,
                            "paramKind" => Field::Key_param_kind,
                            "reinvocationPolicy" => Field::Key_reinvocation_policy,
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
            type Value = MutatingAdmissionPolicySpec;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("MutatingAdmissionPolicySpec")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_failure_policy: Option<std::string::String> = None;
                let mut value_match_conditions: Option<std::vec::Vec<crate::api::admissionregistration::v1beta1::MatchCondition>> = None;
                let mut value_match_constraints: Option<std::boxed::Box<crate::api::admissionregistration::v1beta1::MatchResources>> = None;
                let mut value_mutations: Option<std::vec::Vec<crate::api::admissionregistration::v1beta1::Mutation>> = None;
                let mut value_param_kind: Option<crate::api::admissionregistration::v1beta1::ParamKind> = None;
                let mut value_reinvocation_policy: Option<std::string::String> = None;
                let mut value_variables: Option<std::vec::Vec<crate::api::admissionregistration::v1beta1::Variable>> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_failure_policy => value_failure_policy = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_match_conditions => value_match_conditions = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_match_constraints => value_match_constraints = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_mutations => value_mutations = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_param_kind => value_param_kind = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_reinvocation_policy => value_reinvocation_policy = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_variables => value_variables = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(MutatingAdmissionPolicySpec {
                    failure_policy: value_failure_policy,
                    match_conditions: value_match_conditions,
                    match_constraints: value_match_constraints,
                    mutations: value_mutations,
                    param_kind: value_param_kind,
                    reinvocation_policy: value_reinvocation_policy,
                    variables: value_variables,
                })
            }
        }

        deserializer.deserialize_struct(
            "MutatingAdmissionPolicySpec",
            &[
                "failurePolicy",
                "matchConditions",
                "matchConstraints",
                "mutations",
                "paramKind",
                "reinvocationPolicy",
                "variables",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for MutatingAdmissionPolicySpec {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "MutatingAdmissionPolicySpec",
            self.failure_policy.as_ref().map_or(0, |_| 1) +
            self.match_conditions.as_ref().map_or(0, |_| 1) +
            self.match_constraints.as_ref().map_or(0, |_| 1) +
            self.mutations.as_ref().map_or(0, |_| 1) +
            self.param_kind.as_ref().map_or(0, |_| 1) +
            self.reinvocation_policy.as_ref().map_or(0, |_| 1) +
            self.variables.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.failure_policy {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "failurePolicy", value)?;
        }
        if let Some(value) = &self.match_conditions {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "matchConditions", value)?;
        }
        if let Some(value) = &self.match_constraints {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "matchConstraints", value)?;
        }
        if let Some(value) = &self.mutations {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "mutations", value)?;
        }
        if let Some(value) = &self.param_kind {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "paramKind", value)?;
        }
        if let Some(value) = &self.reinvocation_policy {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "reinvocationPolicy", value)?;
        }
        if let Some(value) = &self.variables {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "variables", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static MutatingAdmissionPolicySpec_JSON: [crate::json::Field<MutatingAdmissionPolicySpec>; 7] = unsafe { [
        crate::json::Field::opt("failurePolicy", core::mem::offset_of!(MutatingAdmissionPolicySpec, failure_policy), |s: &MutatingAdmissionPolicySpec| &s.failure_policy),
        crate::json::Field::opt("matchConditions", core::mem::offset_of!(MutatingAdmissionPolicySpec, match_conditions), |s: &MutatingAdmissionPolicySpec| &s.match_conditions),
        crate::json::Field::opt("matchConstraints", core::mem::offset_of!(MutatingAdmissionPolicySpec, match_constraints), |s: &MutatingAdmissionPolicySpec| &s.match_constraints),
        crate::json::Field::opt("mutations", core::mem::offset_of!(MutatingAdmissionPolicySpec, mutations), |s: &MutatingAdmissionPolicySpec| &s.mutations),
        crate::json::Field::opt("paramKind", core::mem::offset_of!(MutatingAdmissionPolicySpec, param_kind), |s: &MutatingAdmissionPolicySpec| &s.param_kind),
        crate::json::Field::opt("reinvocationPolicy", core::mem::offset_of!(MutatingAdmissionPolicySpec, reinvocation_policy), |s: &MutatingAdmissionPolicySpec| &s.reinvocation_policy),
        crate::json::Field::opt("variables", core::mem::offset_of!(MutatingAdmissionPolicySpec, variables), |s: &MutatingAdmissionPolicySpec| &s.variables),
] };

impl crate::json::Json for MutatingAdmissionPolicySpec {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("MutatingAdmissionPolicySpec", &MutatingAdmissionPolicySpec_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("MutatingAdmissionPolicySpec", &MutatingAdmissionPolicySpec_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&MutatingAdmissionPolicySpec_JSON, self)
    }
}

impl Clone for MutatingAdmissionPolicySpec {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&MutatingAdmissionPolicySpec_JSON, self)
    }
}
