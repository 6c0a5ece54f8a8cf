// Generated from definition io.k8s.api.admissionregistration.v1alpha1.NamedRuleWithOperations

#[derive(Debug, Default, PartialEq)]
pub struct NamedRuleWithOperations {
    pub api_groups: Option<std::vec::Vec<std::string::String>>,

    pub api_versions: Option<std::vec::Vec<std::string::String>>,

    pub operations: Option<std::vec::Vec<std::string::String>>,

    pub resource_names: Option<std::vec::Vec<std::string::String>>,

    pub resources: Option<std::vec::Vec<std::string::String>>,

    pub scope: Option<std::string::String>,
}

impl crate::DeepMerge for NamedRuleWithOperations {
    fn merge_from(&mut self, other: Self) {
        crate::merge_strategies::list::atomic(&mut self.api_groups, other.api_groups);
        crate::merge_strategies::list::atomic(&mut self.api_versions, other.api_versions);
        crate::merge_strategies::list::atomic(&mut self.operations, other.operations);
        crate::merge_strategies::list::atomic(&mut self.resource_names, other.resource_names);
        crate::merge_strategies::list::atomic(&mut self.resources, other.resources);
        crate::DeepMerge::merge_from(&mut self.scope, other.scope);
    }
}

impl<'de> crate::serde::Deserialize<'de> for NamedRuleWithOperations {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_api_groups,
            Key_api_versions,
            Key_operations,
            Key_resource_names,
            Key_resources,
            Key_scope,
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
                            "apiGroups" => Field::Key_api_groups,
                            "apiVersions" => Field::Key_api_versions,
                            "operations" => Field::Key_operations,
                            "resourceNames" => Field::Key_resource_names,
                            "resources" => Field::Key_resources,
                            "scope" => Field::Key_scope,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = NamedRuleWithOperations;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("NamedRuleWithOperations")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_api_groups: Option<std::vec::Vec<std::string::String>> = None;
                let mut value_api_versions: Option<std::vec::Vec<std::string::String>> = None;
                let mut value_operations: Option<std::vec::Vec<std::string::String>> = None;
                let mut value_resource_names: Option<std::vec::Vec<std::string::String>> = None;
                let mut value_resources: Option<std::vec::Vec<std::string::String>> = None;
                let mut value_scope: Option<std::string::String> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_api_groups => value_api_groups = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_api_versions => value_api_versions = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_operations => value_operations = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_resource_names => value_resource_names = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_resources => value_resources = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_scope => value_scope = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(NamedRuleWithOperations {
                    api_groups: value_api_groups,
                    api_versions: value_api_versions,
                    operations: value_operations,
                    resource_names: value_resource_names,
                    resources: value_resources,
                    scope: value_scope,
                })
            }
        }

        deserializer.deserialize_struct(
            "NamedRuleWithOperations",
            &[
                "apiGroups",
                "apiVersions",
                "operations",
                "resourceNames",
                "resources",
                "scope",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for NamedRuleWithOperations {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "NamedRuleWithOperations",
            self.api_groups.as_ref().map_or(0, |_| 1) +
            self.api_versions.as_ref().map_or(0, |_| 1) +
            self.operations.as_ref().map_or(0, |_| 1) +
            self.resource_names.as_ref().map_or(0, |_| 1) +
            self.resources.as_ref().map_or(0, |_| 1) +
            self.scope.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.api_groups {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "apiGroups", value)?;
        }
        if let Some(value) = &self.api_versions {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "apiVersions", value)?;
        }
        if let Some(value) = &self.operations {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "operations", value)?;
        }
        if let Some(value) = &self.resource_names {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "resourceNames", value)?;
        }
        if let Some(value) = &self.resources {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "resources", value)?;
        }
        if let Some(value) = &self.scope {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "scope", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static NamedRuleWithOperations_JSON: [crate::json::Field<NamedRuleWithOperations>; 6] = unsafe { [
        crate::json::Field::opt("apiGroups", core::mem::offset_of!(NamedRuleWithOperations, api_groups), |s: &NamedRuleWithOperations| &s.api_groups),
        crate::json::Field::opt("apiVersions", core::mem::offset_of!(NamedRuleWithOperations, api_versions), |s: &NamedRuleWithOperations| &s.api_versions),
        crate::json::Field::opt("operations", core::mem::offset_of!(NamedRuleWithOperations, operations), |s: &NamedRuleWithOperations| &s.operations),
        crate::json::Field::opt("resourceNames", core::mem::offset_of!(NamedRuleWithOperations, resource_names), |s: &NamedRuleWithOperations| &s.resource_names),
        crate::json::Field::opt("resources", core::mem::offset_of!(NamedRuleWithOperations, resources), |s: &NamedRuleWithOperations| &s.resources),
        crate::json::Field::opt("scope", core::mem::offset_of!(NamedRuleWithOperations, scope), |s: &NamedRuleWithOperations| &s.scope),
] };

impl crate::json::Json for NamedRuleWithOperations {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("NamedRuleWithOperations", &NamedRuleWithOperations_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("NamedRuleWithOperations", &NamedRuleWithOperations_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&NamedRuleWithOperations_JSON, self)
    }
}

impl Clone for NamedRuleWithOperations {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&NamedRuleWithOperations_JSON, self)
    }
}
