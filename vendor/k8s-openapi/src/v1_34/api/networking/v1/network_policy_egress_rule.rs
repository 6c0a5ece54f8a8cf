// Generated from definition io.k8s.api.networking.v1.NetworkPolicyEgressRule

#[derive(Debug, Default, PartialEq)]
pub struct NetworkPolicyEgressRule {
    pub ports: Option<std::vec::Vec<crate::api::networking::v1::NetworkPolicyPort>>,

    pub to: Option<std::vec::Vec<crate::api::networking::v1::NetworkPolicyPeer>>,
}

impl crate::DeepMerge for NetworkPolicyEgressRule {
    fn merge_from(&mut self, other: Self) {
        crate::merge_strategies::list::atomic(&mut self.ports, other.ports);
        crate::merge_strategies::list::atomic(&mut self.to, other.to);
    }
}

impl<'de> crate::serde::Deserialize<'de> for NetworkPolicyEgressRule {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_ports,
            Key_to,
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
                            "ports" => Field::Key_ports,
                            "to" => Field::Key_to,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = NetworkPolicyEgressRule;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("NetworkPolicyEgressRule")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_ports: Option<std::vec::Vec<crate::api::networking::v1::NetworkPolicyPort>> = None;
                let mut value_to: Option<std::vec::Vec<crate::api::networking::v1::NetworkPolicyPeer>> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_ports => value_ports = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_to => value_to = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(NetworkPolicyEgressRule {
                    ports: value_ports,
                    to: value_to,
                })
            }
        }

        deserializer.deserialize_struct(
            "NetworkPolicyEgressRule",
            &[
                "ports",
                "to",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for NetworkPolicyEgressRule {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "NetworkPolicyEgressRule",
            self.ports.as_ref().map_or(0, |_| 1) +
            self.to.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.ports {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "ports", value)?;
        }
        if let Some(value) = &self.to {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "to", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static NetworkPolicyEgressRule_JSON: [crate::json::Field<NetworkPolicyEgressRule>; 2] = unsafe { [
        crate::json::Field::opt("ports", core::mem::offset_of!(NetworkPolicyEgressRule, ports), |s: &NetworkPolicyEgressRule| &s.ports),
        crate::json::Field::opt("to", core::mem::offset_of!(NetworkPolicyEgressRule, to), |s: &NetworkPolicyEgressRule| &s.to),
] };

impl crate::json::Json for NetworkPolicyEgressRule {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("NetworkPolicyEgressRule", &NetworkPolicyEgressRule_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("NetworkPolicyEgressRule", &NetworkPolicyEgressRule_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&NetworkPolicyEgressRule_JSON, self)
    }
}

impl Clone for NetworkPolicyEgressRule {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&NetworkPolicyEgressRule_JSON, self)
    }
}
