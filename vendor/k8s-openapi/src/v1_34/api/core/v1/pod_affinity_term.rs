// Generated from definition io.k8s.api.core.v1.PodAffinityTerm

#[derive(Debug, Default, PartialEq)]
pub struct PodAffinityTerm {
    pub label_selector: Option<crate::apimachinery::pkg::apis::meta::v1::LabelSelector>,

    pub match_label_keys: Option<std::vec::Vec<std::string::String>>,

    pub mismatch_label_keys: Option<std::vec::Vec<std::string::String>>,

    pub namespace_selector: Option<crate::apimachinery::pkg::apis::meta::v1::LabelSelector>,

    pub namespaces: Option<std::vec::Vec<std::string::String>>,

    pub topology_key: std::string::String,
}

impl crate::DeepMerge for PodAffinityTerm {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.label_selector, other.label_selector);
        crate::merge_strategies::list::atomic(&mut self.match_label_keys, other.match_label_keys);
        crate::merge_strategies::list::atomic(&mut self.mismatch_label_keys, other.mismatch_label_keys);
        crate::DeepMerge::merge_from(&mut self.namespace_selector, other.namespace_selector);
        crate::merge_strategies::list::atomic(&mut self.namespaces, other.namespaces);
        crate::DeepMerge::merge_from(&mut self.topology_key, other.topology_key);
    }
}

impl<'de> crate::serde::Deserialize<'de> for PodAffinityTerm {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_label_selector,
            Key_match_label_keys,
            Key_mismatch_label_keys,
            Key_namespace_selector,
            Key_namespaces,
            Key_topology_key,
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
                            "labelSelector" => Field::Key_label_selector,
                            "matchLabelKeys" => Field::Key_match_label_keys,
                            "mismatchLabelKeys" => Field::Key_mismatch_label_keys,
                            "namespaceSelector" => Field::Key_namespace_selector,
                            "namespaces" => Field::Key_namespaces,
                            "topologyKey" => Field::Key_topology_key,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = PodAffinityTerm;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("PodAffinityTerm")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_label_selector: Option<crate::apimachinery::pkg::apis::meta::v1::LabelSelector> = None;
                let mut value_match_label_keys: Option<std::vec::Vec<std::string::String>> = None;
                let mut value_mismatch_label_keys: Option<std::vec::Vec<std::string::String>> = None;
                let mut value_namespace_selector: Option<crate::apimachinery::pkg::apis::meta::v1::LabelSelector> = None;
                let mut value_namespaces: Option<std::vec::Vec<std::string::String>> = None;
                let mut value_topology_key: Option<std::string::String> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_label_selector => value_label_selector = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_match_label_keys => value_match_label_keys = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_mismatch_label_keys => value_mismatch_label_keys = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_namespace_selector => value_namespace_selector = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_namespaces => value_namespaces = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_topology_key => value_topology_key = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(PodAffinityTerm {
                    label_selector: value_label_selector,
                    match_label_keys: value_match_label_keys,
                    mismatch_label_keys: value_mismatch_label_keys,
                    namespace_selector: value_namespace_selector,
                    namespaces: value_namespaces,
                    topology_key: value_topology_key.unwrap_or_default(),
                })
            }
        }

        deserializer.deserialize_struct(
            "PodAffinityTerm",
            &[
                "labelSelector",
                "matchLabelKeys",
                "mismatchLabelKeys",
                "namespaceSelector",
                "namespaces",
                "topologyKey",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for PodAffinityTerm {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "PodAffinityTerm",
            1 +
            self.label_selector.as_ref().map_or(0, |_| 1) +
            self.match_label_keys.as_ref().map_or(0, |_| 1) +
            self.mismatch_label_keys.as_ref().map_or(0, |_| 1) +
            self.namespace_selector.as_ref().map_or(0, |_| 1) +
            self.namespaces.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.label_selector {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "labelSelector", value)?;
        }
        if let Some(value) = &self.match_label_keys {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "matchLabelKeys", value)?;
        }
        if let Some(value) = &self.mismatch_label_keys {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "mismatchLabelKeys", value)?;
        }
        if let Some(value) = &self.namespace_selector {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "namespaceSelector", value)?;
        }
        if let Some(value) = &self.namespaces {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "namespaces", value)?;
        }
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "topologyKey", &self.topology_key)?;
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static PodAffinityTerm_JSON: [crate::json::Field<PodAffinityTerm>; 6] = unsafe { [
        crate::json::Field::opt("labelSelector", core::mem::offset_of!(PodAffinityTerm, label_selector), |s: &PodAffinityTerm| &s.label_selector),
        crate::json::Field::opt("matchLabelKeys", core::mem::offset_of!(PodAffinityTerm, match_label_keys), |s: &PodAffinityTerm| &s.match_label_keys),
        crate::json::Field::opt("mismatchLabelKeys", core::mem::offset_of!(PodAffinityTerm, mismatch_label_keys), |s: &PodAffinityTerm| &s.mismatch_label_keys),
        crate::json::Field::opt("namespaceSelector", core::mem::offset_of!(PodAffinityTerm, namespace_selector), |s: &PodAffinityTerm| &s.namespace_selector),
        crate::json::Field::opt("namespaces", core::mem::offset_of!(PodAffinityTerm, namespaces), |s: &PodAffinityTerm| &s.namespaces),
        crate::json::Field::req("topologyKey", core::mem::offset_of!(PodAffinityTerm, topology_key), |s: &PodAffinityTerm| &s.topology_key),
] };

impl crate::json::Json for PodAffinityTerm {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("PodAffinityTerm", &PodAffinityTerm_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("PodAffinityTerm", &PodAffinityTerm_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&PodAffinityTerm_JSON, self)
    }
}

impl Clone for PodAffinityTerm {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&PodAffinityTerm_JSON, self)
    }
}
