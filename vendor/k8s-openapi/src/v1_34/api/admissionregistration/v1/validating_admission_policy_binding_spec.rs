// Generated from definition io.k8s.api.admissionregistration.v1.ValidatingAdmissionPolicyBindingSpec

#[derive(Debug, Default, PartialEq)]
pub struct ValidatingAdmissionPolicyBindingSpec {
    pub match_resources: Option<std::boxed::Box<crate::api::admissionregistration::v1::MatchResources>>,

    pub param_ref: Option<std::boxed::Box<crate::api::admissionregistration::v1::ParamRef>>,

    pub policy_name: Option<std::string::String>,

    pub validation_actions: Option<std::vec::Vec<std::string::String>>,
}

impl crate::DeepMerge for ValidatingAdmissionPolicyBindingSpec {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.match_resources, other.match_resources);
        crate::DeepMerge::merge_from(&mut self.param_ref, other.param_ref);
        crate::DeepMerge::merge_from(&mut self.policy_name, other.policy_name);
        crate::merge_strategies::list::set(&mut self.validation_actions, other.validation_actions);
    }
}

impl<'de> crate::serde::Deserialize<'de> for ValidatingAdmissionPolicyBindingSpec {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_match_resources,
            Key_param_ref,
            Key_policy_name,
            Key_validation_actions,
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
                            "matchResources" => Field::Key_match_resources,
                            "paramRef" => Field::Key_param_ref,
                            "policyName" => Field::Key_policy_name,
                            "validationActions" => Field::Key_validation_actions,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = ValidatingAdmissionPolicyBindingSpec;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("ValidatingAdmissionPolicyBindingSpec")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_match_resources: Option<std::boxed::Box<crate::api::admissionregistration::v1::MatchResources>> = None;
                let mut value_param_ref: Option<std::boxed::Box<crate::api::admissionregistration::v1::ParamRef>> = None;
                let mut value_policy_name: Option<std::string::String> = None;
                let mut value_validation_actions: Option<std::vec::Vec<std::string::String>> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_match_resources => value_match_resources = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_param_ref => value_param_ref = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_policy_name => value_policy_name = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_validation_actions => value_validation_actions = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(ValidatingAdmissionPolicyBindingSpec {
                    match_resources: value_match_resources,
                    param_ref: value_param_ref,
                    policy_name: value_policy_name,
                    validation_actions: value_validation_actions,
                })
            }
        }

        deserializer.deserialize_struct(
            "ValidatingAdmissionPolicyBindingSpec",
            &[
                "matchResources",
                "paramRef",
                "policyName",
                "validationActions",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for ValidatingAdmissionPolicyBindingSpec {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "ValidatingAdmissionPolicyBindingSpec",
            self.match_resources.as_ref().map_or(0, |_| 1) +
            self.param_ref.as_ref().map_or(0, |_| 1) +
            self.policy_name.as_ref().map_or(0, |_| 1) +
            self.validation_actions.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.match_resources {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "matchResources", value)?;
        }
        if let Some(value) = &self.param_ref {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "paramRef", value)?;
        }
        if let Some(value) = &self.policy_name {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "policyName", value)?;
        }
        if let Some(value) = &self.validation_actions {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "validationActions", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static ValidatingAdmissionPolicyBindingSpec_JSON: [crate::json::Field<ValidatingAdmissionPolicyBindingSpec>; 4] = unsafe { [
        crate::json::Field::opt("matchResources", core::mem::offset_of!(ValidatingAdmissionPolicyBindingSpec, match_resources), |s: &ValidatingAdmissionPolicyBindingSpec| &s.match_resources),
        crate::json::Field::opt("paramRef", core::mem::offset_of!(ValidatingAdmissionPolicyBindingSpec, param_ref), |s: &ValidatingAdmissionPolicyBindingSpec| &s.param_ref),
        crate::json::Field::opt("policyName", core::mem::offset_of!(ValidatingAdmissionPolicyBindingSpec, policy_name), |s: &ValidatingAdmissionPolicyBindingSpec| &s.policy_name),
        crate::json::Field::opt("validationActions", core::mem::offset_of!(ValidatingAdmissionPolicyBindingSpec, validation_actions), |s: &ValidatingAdmissionPolicyBindingSpec| &s.validation_actions),
] };

impl crate::json::Json for ValidatingAdmissionPolicyBindingSpec {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("ValidatingAdmissionPolicyBindingSpec", &ValidatingAdmissionPolicyBindingSpec_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("ValidatingAdmissionPolicyBindingSpec", &ValidatingAdmissionPolicyBindingSpec_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&ValidatingAdmissionPolicyBindingSpec_JSON, self)
    }
}

impl Clone for ValidatingAdmissionPolicyBindingSpec {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&ValidatingAdmissionPolicyBindingSpec_JSON, self)
    }
}
