// Generated from definition io.k8s.api.core.v1.PodExtendedResourceClaimStatus

#[derive(Debug, Default, PartialEq)]
pub struct PodExtendedResourceClaimStatus {
    pub request_mappings: std::vec::Vec<crate::api::core::v1::ContainerExtendedResourceRequest>,

    pub resource_claim_name: std::string::String,
}

impl crate::DeepMerge for PodExtendedResourceClaimStatus {
    fn merge_from(&mut self, other: Self) {
        crate::merge_strategies::list::atomic(&mut self.request_mappings, other.request_mappings);
        crate::DeepMerge::merge_from(&mut self.resource_claim_name, other.resource_claim_name);
    }
}

impl<'de> crate::serde::Deserialize<'de> for PodExtendedResourceClaimStatus {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_request_mappings,
            Key_resource_claim_name,
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
                            "requestMappings" => Field::Key_request_mappings,
                            "resourceClaimName" => Field::Key_resource_claim_name,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = PodExtendedResourceClaimStatus;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("PodExtendedResourceClaimStatus")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_request_mappings: Option<std::vec::Vec<crate::api::core::v1::ContainerExtendedResourceRequest>> = None;
                let mut value_resource_claim_name: Option<std::string::String> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_request_mappings => value_request_mappings = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_resource_claim_name => value_resource_claim_name = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(PodExtendedResourceClaimStatus {
                    request_mappings: value_request_mappings.unwrap_or_default(),
                    resource_claim_name: value_resource_claim_name.unwrap_or_default(),
                })
            }
        }

        deserializer.deserialize_struct(
            "PodExtendedResourceClaimStatus",
            &[
                "requestMappings",
                "resourceClaimName",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for PodExtendedResourceClaimStatus {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "PodExtendedResourceClaimStatus",
            2,
        )?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "requestMappings", &self.request_mappings)?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "resourceClaimName", &self.resource_claim_name)?;
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static PodExtendedResourceClaimStatus_JSON: [crate::json::Field<PodExtendedResourceClaimStatus>; 2] = unsafe { [
        crate::json::Field::req("requestMappings", core::mem::offset_of!(PodExtendedResourceClaimStatus, request_mappings), |s: &PodExtendedResourceClaimStatus| &s.request_mappings),
        crate::json::Field::req("resourceClaimName", core::mem::offset_of!(PodExtendedResourceClaimStatus, resource_claim_name), |s: &PodExtendedResourceClaimStatus| &s.resource_claim_name),
] };

impl crate::json::Json for PodExtendedResourceClaimStatus {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("PodExtendedResourceClaimStatus", &PodExtendedResourceClaimStatus_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("PodExtendedResourceClaimStatus", &PodExtendedResourceClaimStatus_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&PodExtendedResourceClaimStatus_JSON, self)
    }
}

impl Clone for PodExtendedResourceClaimStatus {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&PodExtendedResourceClaimStatus_JSON, self)
    }
}
