// Generated from definition io.k8s.api.core.v1.ContainerResizePolicy

#[derive(Debug, Default, PartialEq)]
pub struct ContainerResizePolicy {
    pub resource_name: std::string::String,

    pub restart_policy: std::string::String,
}

impl crate::DeepMerge for ContainerResizePolicy {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.resource_name, other.resource_name);
        crate::DeepMerge::merge_from(&mut self.restart_policy, other.restart_policy);
    }
}

impl<'de> crate::serde::Deserialize<'de> for ContainerResizePolicy {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_resource_name,
            Key_restart_policy,
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
                            "resourceName" => Field::Key_resource_name,
                            "restartPolicy" => Field::Key_restart_policy,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = ContainerResizePolicy;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("ContainerResizePolicy")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_resource_name: Option<std::string::String> = None;
                let mut value_restart_policy: Option<std::string::String> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_resource_name => value_resource_name = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_restart_policy => value_restart_policy = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(ContainerResizePolicy {
                    resource_name: value_resource_name.unwrap_or_default(),
                    restart_policy: value_restart_policy.unwrap_or_default(),
                })
            }
        }

        deserializer.deserialize_struct(
            "ContainerResizePolicy",
            &[
                "resourceName",
                "restartPolicy",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for ContainerResizePolicy {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "ContainerResizePolicy",
            2,
        )?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "resourceName", &self.resource_name)?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "restartPolicy", &self.restart_policy)?;
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static ContainerResizePolicy_JSON: [crate::json::Field<ContainerResizePolicy>; 2] = unsafe { [
        crate::json::Field::req("resourceName", core::mem::offset_of!(ContainerResizePolicy, resource_name), |s: &ContainerResizePolicy| &s.resource_name),
        crate::json::Field::req("restartPolicy", core::mem::offset_of!(ContainerResizePolicy, restart_policy), |s: &ContainerResizePolicy| &s.restart_policy),
] };

impl crate::json::Json for ContainerResizePolicy {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("ContainerResizePolicy", &ContainerResizePolicy_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("ContainerResizePolicy", &ContainerResizePolicy_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&ContainerResizePolicy_JSON, self)
    }
}

impl Clone for ContainerResizePolicy {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&ContainerResizePolicy_JSON, self)
    }
}
