// Generated from definition io.k8s.api.admissionregistration.v1alpha1.MatchResources

#[derive(Debug, Default, PartialEq)]
pub struct MatchResources {
    pub exclude_resource_rules: Option<std::vec::Vec<crate::api::admissionregistration::v1alpha1::NamedRuleWithOperations>>,

    pub match_policy: Option<std::string::String>,

    pub namespace_selector: Option<crate::apimachinery::pkg::apis::meta::v1::LabelSelector>,

    pub object_selector: Option<crate::apimachinery::pkg::apis::meta::v1::LabelSelector>,

    pub resource_rules: Option<std::vec::Vec<crate::api::admissionregistration::v1alpha1::NamedRuleWithOperations>>,
}

impl crate::DeepMerge for MatchResources {
    fn merge_from(&mut self, other: Self) {
        crate::merge_strategies::list::atomic(&mut self.exclude_resource_rules, other.exclude_resource_rules);
        crate::DeepMerge::merge_from(&mut self.match_policy, other.match_policy);
        crate::DeepMerge::merge_from(&mut self.namespace_selector, other.namespace_selector);
        crate::DeepMerge::merge_from(&mut self.object_selector, other.object_selector);
        crate::merge_strategies::list::atomic(&mut self.resource_rules, other.resource_rules);
    }
}

impl<'de> crate::serde::Deserialize<'de> for MatchResources {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_exclude_resource_rules,
            Key_match_policy,
            Key_namespace_selector,
            Key_object_selector,
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
                            "excludeResourceRules" => Field::Key_exclude_resource_rules,
                            "matchPolicy" => Field::Key_match_policy,
                            "namespaceSelector" => Field::Key_namespace_selector,
                            "objectSelector" => Field::Key_object_selector,
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
            type Value = MatchResources;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("MatchResources")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_exclude_resource_rules: Option<std::vec::Vec<crate::api::admissionregistration::v1alpha1::NamedRuleWithOperations>> = None;
                let mut value_match_policy: Option<std::string::String> = None;
                let mut value_namespace_selector: Option<crate::apimachinery::pkg::apis::meta::v1::LabelSelector> = None;
                let mut value_object_selector: Option<crate::apimachinery::pkg::apis::meta::v1::LabelSelector> = None;
                let mut value_resource_rules: Option<std::vec::Vec<crate::api::admissionregistration::v1alpha1::NamedRuleWithOperations>> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_exclude_resource_rules => value_exclude_resource_rules = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_match_policy => value_match_policy = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_namespace_selector => value_namespace_selector = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_object_selector => value_object_selector = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_resource_rules => value_resource_rules = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(MatchResources {
                    exclude_resource_rules: value_exclude_resource_rules,
                    match_policy: value_match_policy,
                    namespace_selector: value_namespace_selector,
                    object_selector: value_object_selector,
                    resource_rules: value_resource_rules,
                })
            }
        }

        deserializer.deserialize_struct(
            "MatchResources",
            &[
                "excludeResourceRules",
                "matchPolicy",
                "namespaceSelector",
                "objectSelector",
                "resourceRules",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for MatchResources {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "MatchResources",
            self.exclude_resource_rules.as_ref().map_or(0, |_| 1) +
            self.match_policy.as_ref().map_or(0, |_| 1) +
            self.namespace_selector.as_ref().map_or(0, |_| 1) +
            self.object_selector.as_ref().map_or(0, |_| 1) +
            self.resource_rules.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.exclude_resource_rules {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "excludeResourceRules", value)?;
        }
        if let Some(value) = &self.match_policy {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "matchPolicy", value)?;
        }
        if let Some(value) = &self.namespace_selector {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "namespaceSelector", value)?;
        }
        if let Some(value) = &self.object_selector {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "objectSelector", value)?;
        }
        if let Some(value) = &self.resource_rules {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "resourceRules", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static MatchResources_JSON: [crate::json::Field<MatchResources>; 5] = unsafe { [
        crate::json::Field::opt("excludeResourceRules", core::mem::offset_of!(MatchResources, exclude_resource_rules), |s: &MatchResources| &s.exclude_resource_rules),
        crate::json::Field::opt("matchPolicy", core::mem::offset_of!(MatchResources, match_policy), |s: &MatchResources| &s.match_policy),
        crate::json::Field::opt("namespaceSelector", core::mem::offset_of!(MatchResources, namespace_selector), |s: &MatchResources| &s.namespace_selector),
        crate::json::Field::opt("objectSelector", core::mem::offset_of!(MatchResources, object_selector), |s: &MatchResources| &s.object_selector),
        crate::json::Field::opt("resourceRules", core::mem::offset_of!(MatchResources, resource_rules), |s: &MatchResources| &s.resource_rules),
] };

impl crate::json::Json for MatchResources {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("MatchResources", &MatchResources_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("MatchResources", &MatchResources_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&MatchResources_JSON, self)
    }
}

impl Clone for MatchResources {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&MatchResources_JSON, self)
    }
}
