// Generated from definition io.k8s.api.admissionregistration.v1alpha1.MutatingAdmissionPolicyBindingSpec

#[derive(Debug, Default, PartialEq)]
pub struct MutatingAdmissionPolicyBindingSpec {
    pub match_resources: Option<std::boxed::Box<crate::api::admissionregistration::v1alpha1::MatchResources>>,

    pub param_ref: Option<std::boxed::Box<crate::api::admissionregistration::v1alpha1::ParamRef>>,

    pub policy_name: Option<std::string::String>,
}

impl crate::DeepMerge for MutatingAdmissionPolicyBindingSpec {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.match_resources, other.match_resources);
        crate::DeepMerge::merge_from(&mut self.param_ref, other.param_ref);
        crate::DeepMerge::merge_from(&mut self.policy_name, other.policy_name);
    }
}

impl<'de> crate::serde::Deserialize<'de> for MutatingAdmissionPolicyBindingSpec {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_match_resources,
            Key_param_ref,
            Key_policy_name,
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
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = MutatingAdmissionPolicyBindingSpec;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("MutatingAdmissionPolicyBindingSpec")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_match_resources: Option<std::boxed::Box<crate::api::admissionregistration::v1alpha1::MatchResources>> = None;
                let mut value_param_ref: Option<std::boxed::Box<crate::api::admissionregistration::v1alpha1::ParamRef>> = None;
                let mut value_policy_name: Option<std::string::String> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_match_resources => value_match_resources = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_param_ref => value_param_ref = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_policy_name => value_policy_name = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(MutatingAdmissionPolicyBindingSpec {
                    match_resources: value_match_resources,
                    param_ref: value_param_ref,
                    policy_name: value_policy_name,
                })
            }
        }

        deserializer.deserialize_struct(
            "MutatingAdmissionPolicyBindingSpec",
            &[
                "matchResources",
                "paramRef",
                "policyName",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for MutatingAdmissionPolicyBindingSpec {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "MutatingAdmissionPolicyBindingSpec",
            self.match_resources.as_ref().map_or(0, |_| 1) +
            self.param_ref.as_ref().map_or(0, |_| 1) +
            self.policy_name.as_ref().map_or(0, |_| 1),
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
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static MutatingAdmissionPolicyBindingSpec_JSON: [crate::json::Field<MutatingAdmissionPolicyBindingSpec>; 3] = unsafe { [
        crate::json::Field::opt("matchResources", core::mem::offset_of!(MutatingAdmissionPolicyBindingSpec, match_resources), |s: &MutatingAdmissionPolicyBindingSpec| &s.match_resources),
        crate::json::Field::opt("paramRef", core::mem::offset_of!(MutatingAdmissionPolicyBindingSpec, param_ref), |s: &MutatingAdmissionPolicyBindingSpec| &s.param_ref),
        crate::json::Field::opt("policyName", core::mem::offset_of!(MutatingAdmissionPolicyBindingSpec, policy_name), |s: &MutatingAdmissionPolicyBindingSpec| &s.policy_name),
] };

impl crate::json::Json for MutatingAdmissionPolicyBindingSpec {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("MutatingAdmissionPolicyBindingSpec", &MutatingAdmissionPolicyBindingSpec_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("MutatingAdmissionPolicyBindingSpec", &MutatingAdmissionPolicyBindingSpec_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&MutatingAdmissionPolicyBindingSpec_JSON, self)
    }
}

impl Clone for MutatingAdmissionPolicyBindingSpec {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&MutatingAdmissionPolicyBindingSpec_JSON, self)
    }
}
