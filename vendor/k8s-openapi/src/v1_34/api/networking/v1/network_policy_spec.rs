// Generated from definition io.k8s.api.networking.v1.NetworkPolicySpec

#[derive(Debug, Default, PartialEq)]
pub struct NetworkPolicySpec {
    pub egress: Option<std::vec::Vec<crate::api::networking::v1::NetworkPolicyEgressRule>>,

    pub ingress: Option<std::vec::Vec<crate::api::networking::v1::NetworkPolicyIngressRule>>,

    pub pod_selector: Option<crate::apimachinery::pkg::apis::meta::v1::LabelSelector>,

    pub policy_types: Option<std::vec::Vec<std::string::String>>,
}

impl crate::DeepMerge for NetworkPolicySpec {
    fn merge_from(&mut self, other: Self) {
        crate::merge_strategies::list::atomic(&mut self.egress, other.egress);
        crate::merge_strategies::list::atomic(&mut self.ingress, other.ingress);
        crate::DeepMerge::merge_from(&mut self.pod_selector, other.pod_selector);
        crate::merge_strategies::list::atomic(&mut self.policy_types, other.policy_types);
    }
}

impl<'de> crate::serde::Deserialize<'de> for NetworkPolicySpec {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_egress,
            Key_ingress,
            Key_pod_selector,
            Key_policy_types,
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
                            "egress" => Field::Key_egress,
                            "ingress" => Field::Key_ingress,
                            "podSelector" => Field::Key_pod_selector,
                            "policyTypes" => Field::Key_policy_types,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = NetworkPolicySpec;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("NetworkPolicySpec")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_egress: Option<std::vec::Vec<crate::api::networking::v1::NetworkPolicyEgressRule>> = None;
                let mut value_ingress: Option<std::vec::Vec<crate::api::networking::v1::NetworkPolicyIngressRule>> = None;
                let mut value_pod_selector: Option<crate::apimachinery::pkg::apis::meta::v1::LabelSelector> = None;
                let mut value_policy_types: Option<std::vec::Vec<std::string::String>> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_egress => value_egress = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_ingress => value_ingress = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_pod_selector => value_pod_selector = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_policy_types => value_policy_types = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(NetworkPolicySpec {
                    egress: value_egress,
                    ingress: value_ingress,
                    pod_selector: value_pod_selector,
                    policy_types: value_policy_types,
                })
            }
        }

        deserializer.deserialize_struct(
            "NetworkPolicySpec",
            &[
                "egress",
                "ingress",
                "podSelector",
                "policyTypes",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for NetworkPolicySpec {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "NetworkPolicySpec",
            self.egress.as_ref().map_or(0, |_| 1) +
            self.ingress.as_ref().map_or(0, |_| 1) +
            self.pod_selector.as_ref().map_or(0, |_| 1) +
            self.policy_types.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.egress {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "egress", value)?;
        }
        if let Some(value) = &self.ingress {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "ingress", value)?;
        }
        if let Some(value) = &self.pod_selector {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "podSelector", value)?;
        }
        if let Some(value) = &self.policy_types {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "policyTypes", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static NetworkPolicySpec_JSON: [crate::json::Field<NetworkPolicySpec>; 4] = unsafe { [
        crate::json::Field::opt("egress", core::mem::offset_of!(NetworkPolicySpec, egress), |s: &NetworkPolicySpec| &s.egress),
        crate::json::Field::opt("ingress", core::mem::offset_of!(NetworkPolicySpec, ingress), |s: &NetworkPolicySpec| &s.ingress),
        crate::json::Field::opt("podSelector", core::mem::offset_of!(NetworkPolicySpec, pod_selector), |s: &NetworkPolicySpec| &s.pod_selector),
        crate::json::Field::opt("policyTypes", core::mem::offset_of!(NetworkPolicySpec, policy_types), |s: &NetworkPolicySpec| &s.policy_types),
] };

impl crate::json::Json for NetworkPolicySpec {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("NetworkPolicySpec", &NetworkPolicySpec_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("NetworkPolicySpec", &NetworkPolicySpec_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&NetworkPolicySpec_JSON, self)
    }
}

impl Clone for NetworkPolicySpec {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&NetworkPolicySpec_JSON, self)
    }
}
