// Generated from definition io.k8s.api.core.v1.ContainerExtendedResourceRequest

#[derive(Debug, Default, PartialEq)]
pub struct ContainerExtendedResourceRequest {
    pub container_name: std::string::String,

    pub request_name: std::string::String,

    pub resource_name: std::string::String,
}

impl crate::DeepMerge for ContainerExtendedResourceRequest {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.container_name, other.container_name);
        crate::DeepMerge::merge_from(&mut self.request_name, other.request_name);
        crate::DeepMerge::merge_from(&mut self.resource_name, other.resource_name);
    }
}

impl<'de> crate::serde::Deserialize<'de> for ContainerExtendedResourceRequest {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_container_name,
            Key_request_name,
            Key_resource_name,
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
                            "requestName" => Field::Key_request_name,
                            "resourceName" => Field::Key_resource_name,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = ContainerExtendedResourceRequest;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("ContainerExtendedResourceRequest")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_container_name: Option<std::string::String> = None;
                let mut value_request_name: Option<std::string::String> = None;
                let mut value_resource_name: Option<std::string::String> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_container_name => value_container_name = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_request_name => value_request_name = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_resource_name => value_resource_name = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(ContainerExtendedResourceRequest {
                    container_name: value_container_name.unwrap_or_default(),
                    request_name: value_request_name.unwrap_or_default(),
                    resource_name: value_resource_name.unwrap_or_default(),
                })
            }
        }

        deserializer.deserialize_struct(
            "ContainerExtendedResourceRequest",
            &[
                "containerName",
                "requestName",
                "resourceName",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for ContainerExtendedResourceRequest {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "ContainerExtendedResourceRequest",
            3,
        )?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "containerName", &self.container_name)?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "requestName", &self.request_name)?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "resourceName", &self.resource_name)?;
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static ContainerExtendedResourceRequest_JSON: [crate::json::Field<ContainerExtendedResourceRequest>; 3] = unsafe { [
        crate::json::Field::req("containerName", core::mem::offset_of!(ContainerExtendedResourceRequest, container_name), |s: &ContainerExtendedResourceRequest| &s.container_name),
        crate::json::Field::req("requestName", core::mem::offset_of!(ContainerExtendedResourceRequest, request_name), |s: &ContainerExtendedResourceRequest| &s.request_name),
        crate::json::Field::req("resourceName", core::mem::offset_of!(ContainerExtendedResourceRequest, resource_name), |s: &ContainerExtendedResourceRequest| &s.resource_name),
] };

impl crate::json::Json for ContainerExtendedResourceRequest {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("ContainerExtendedResourceRequest", &ContainerExtendedResourceRequest_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("ContainerExtendedResourceRequest", &ContainerExtendedResourceRequest_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&ContainerExtendedResourceRequest_JSON, self)
    }
}

impl Clone for ContainerExtendedResourceRequest {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&ContainerExtendedResourceRequest_JSON, self)
    }
}
