// Generated from definition io.k8s.api.batch.v1.PodFailurePolicyOnExitCodesRequirement

#[derive(Debug, Default, PartialEq)]
pub struct PodFailurePolicyOnExitCodesRequirement {
    pub container_name: Option<std::string::String>,

    pub operator: std::string::String,

    pub values: std::vec::Vec<i32>,
}

impl crate::DeepMerge for PodFailurePolicyOnExitCodesRequirement {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.container_name, other.container_name);
        crate::DeepMerge::merge_from(&mut self.operator, other.operator);
        crate::merge_strategies::list::set(&mut self.values, other.values);
    }
}

impl<'de> crate::serde::Deserialize<'de> for PodFailurePolicyOnExitCodesRequirement {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_container_name,
            Key_operator,
            Key_values,
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
                            "containerName" => Field::Key_container_name,
                            "operator" => Field::Key_operator,
                            "values" => Field::Key_values,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = PodFailurePolicyOnExitCodesRequirement;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("PodFailurePolicyOnExitCodesRequirement")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_container_name: Option<std::string::String> = None;
                let mut value_operator: Option<std::string::String> = None;
                let mut value_values: Option<std::vec::Vec<i32>> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_container_name => value_container_name = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_operator => value_operator = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_values => value_values = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(PodFailurePolicyOnExitCodesRequirement {
                    container_name: value_container_name,
                    operator: value_operator.unwrap_or_default(),
                    values: value_values.unwrap_or_default(),
                })
            }
        }

        deserializer.deserialize_struct(
            "PodFailurePolicyOnExitCodesRequirement",
            &[
                "containerName",
                "operator",
                "values",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for PodFailurePolicyOnExitCodesRequirement {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "PodFailurePolicyOnExitCodesRequirement",
            2 +
            self.container_name.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.container_name {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "containerName", value)?;
        }
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "operator", &self.operator)?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "values", &self.values)?;
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static PodFailurePolicyOnExitCodesRequirement_JSON: [crate::json::Field<PodFailurePolicyOnExitCodesRequirement>; 3] = unsafe { [
        crate::json::Field::opt("containerName", core::mem::offset_of!(PodFailurePolicyOnExitCodesRequirement, container_name), |s: &PodFailurePolicyOnExitCodesRequirement| &s.container_name),
        crate::json::Field::req("operator", core::mem::offset_of!(PodFailurePolicyOnExitCodesRequirement, operator), |s: &PodFailurePolicyOnExitCodesRequirement| &s.operator),
        crate::json::Field::req("values", core::mem::offset_of!(PodFailurePolicyOnExitCodesRequirement, values), |s: &PodFailurePolicyOnExitCodesRequirement| &s.values),
] };

impl crate::json::Json for PodFailurePolicyOnExitCodesRequirement {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("PodFailurePolicyOnExitCodesRequirement", &PodFailurePolicyOnExitCodesRequirement_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("PodFailurePolicyOnExitCodesRequirement", &PodFailurePolicyOnExitCodesRequirement_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&PodFailurePolicyOnExitCodesRequirement_JSON, self)
    }
}

impl Clone for PodFailurePolicyOnExitCodesRequirement {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&PodFailurePolicyOnExitCodesRequirement_JSON, self)
    }
}
