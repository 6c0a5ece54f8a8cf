// Generated from definition io.k8s.api.core.v1.NodeSpec

#[derive(Debug, Default, PartialEq)]
pub struct NodeSpec {
    pub config_source: Option<crate::api::core::v1::NodeConfigSource>,

    pub external_id: Option<std::string::String>,

    pub pod_cidr: Option<std::string::String>,

    pub pod_cidrs: Option<std::vec::Vec<std::string::String>>,

    pub provider_id: Option<std::string::String>,

    pub taints: Option<std::vec::Vec<crate::api::core::v1::Taint>>,

    pub unschedulable: Option<bool>,
}

impl crate::DeepMerge for NodeSpec {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.config_source, other.config_source);
        crate::DeepMerge::merge_from(&mut self.external_id, other.external_id);
        crate::DeepMerge::merge_from(&mut self.pod_cidr, other.pod_cidr);
        crate::merge_strategies::list::set(&mut self.pod_cidrs, other.pod_cidrs);
        crate::DeepMerge::merge_from(&mut self.provider_id, other.provider_id);
        crate::merge_strategies::list::atomic(&mut self.taints, other.taints);
        crate::DeepMerge::merge_from(&mut self.unschedulable, other.unschedulable);
    }
}

impl<'de> crate::serde::Deserialize<'de> for NodeSpec {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_config_source,
            Key_external_id,
            Key_pod_cidr,
            Key_pod_cidrs,
            Key_provider_id,
            Key_taints,
            Key_unschedulable,
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
                            "configSource" => Field::Key_config_source,
                            "externalID" => Field::Key_external_id,
                            "podCIDR" => Field::Key_pod_cidr,
                            "podCIDRs" => Field::Key_pod_cidrs,
                            "providerID" => Field::Key_provider_id,
                            "taints" => Field::Key_taints,
                            "unschedulable" => Field::Key_unschedulable,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = NodeSpec;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("NodeSpec")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_config_source: Option<crate::api::core::v1::NodeConfigSource> = None;
                let mut value_external_id: Option<std::string::String> = None;
                let mut value_pod_cidr: Option<std::string::String> = None;
                let mut value_pod_cidrs: Option<std::vec::Vec<std::string::String>> = None;
                let mut value_provider_id: Option<std::string::String> = None;
                let mut value_taints: Option<std::vec::Vec<crate::api::core::v1::Taint>> = None;
                let mut value_unschedulable: Option<bool> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_config_source => value_config_source = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_external_id => value_external_id = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_pod_cidr => value_pod_cidr = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_pod_cidrs => value_pod_cidrs = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_provider_id => value_provider_id = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_taints => value_taints = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_unschedulable => value_unschedulable = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(NodeSpec {
                    config_source: value_config_source,
                    external_id: value_external_id,
                    pod_cidr: value_pod_cidr,
                    pod_cidrs: value_pod_cidrs,
                    provider_id: value_provider_id,
                    taints: value_taints,
                    unschedulable: value_unschedulable,
                })
            }
        }

        deserializer.deserialize_struct(
            "NodeSpec",
            &[
                "configSource",
                "externalID",
                "podCIDR",
                "podCIDRs",
                "providerID",
                "taints",
                "unschedulable",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for NodeSpec {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "NodeSpec",
            self.config_source.as_ref().map_or(0, |_| 1) +
            self.external_id.as_ref().map_or(0, |_| 1) +
            self.pod_cidr.as_ref().map_or(0, |_| 1) +
            self.pod_cidrs.as_ref().map_or(0, |_| 1) +
            self.provider_id.as_ref().map_or(0, |_| 1) +
            self.taints.as_ref().map_or(0, |_| 1) +
            self.unschedulable.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.config_source {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "configSource", value)?;
        }
        if let Some(value) = &self.external_id {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "externalID", value)?;
        }
        if let Some(value) = &self.pod_cidr {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "podCIDR", value)?;
        }
        if let Some(value) = &self.pod_cidrs {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "podCIDRs", value)?;
        }
        if let Some(value) = &self.provider_id {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "providerID", value)?;
        }
        if let Some(value) = &self.taints {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "taints", value)?;
        }
        if let Some(value) = &self.unschedulable {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "unschedulable", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static NodeSpec_JSON: [crate::json::Field<NodeSpec>; 7] = unsafe { [
        crate::json::Field::opt("configSource", core::mem::offset_of!(NodeSpec, config_source), |s: &NodeSpec| &s.config_source),
        crate::json::Field::opt("externalID", core::mem::offset_of!(NodeSpec, external_id), |s: &NodeSpec| &s.external_id),
        crate::json::Field::opt("podCIDR", core::mem::offset_of!(NodeSpec, pod_cidr), |s: &NodeSpec| &s.pod_cidr),
        crate::json::Field::opt("podCIDRs", core::mem::offset_of!(NodeSpec, pod_cidrs), |s: &NodeSpec| &s.pod_cidrs),
        crate::json::Field::opt("providerID", core::mem::offset_of!(NodeSpec, provider_id), |s: &NodeSpec| &s.provider_id),
        crate::json::Field::opt("taints", core::mem::offset_of!(NodeSpec, taints), |s: &NodeSpec| &s.taints),
        crate::json::Field::opt("unschedulable", core::mem::offset_of!(NodeSpec, unschedulable), |s: &NodeSpec| &s.unschedulable),
] };

impl crate::json::Json for NodeSpec {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("NodeSpec", &NodeSpec_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("NodeSpec", &NodeSpec_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&NodeSpec_JSON, self)
    }
}

impl Clone for NodeSpec {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&NodeSpec_JSON, self)
    }
}
