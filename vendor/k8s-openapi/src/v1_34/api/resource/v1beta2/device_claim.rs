// Generated from definition io.k8s.api.resource.v1beta2.DeviceClaim

#[derive(Debug, Default, PartialEq)]
pub struct DeviceClaim {
    pub config: Option<std::vec::Vec<crate::api::resource::v1beta2::DeviceClaimConfiguration>>,

    pub constraints: Option<std::vec::Vec<crate::api::resource::v1beta2::DeviceConstraint>>,

    pub requests: Option<std::vec::Vec<crate::api::resource::v1beta2::DeviceRequest>>,
}

impl crate::DeepMerge for DeviceClaim {
    fn merge_from(&mut self, other: Self) {
        crate::merge_strategies::list::atomic(&mut self.config, other.config);
        crate::merge_strategies::list::atomic(&mut self.constraints, other.constraints);
        crate::merge_strategies::list::atomic(&mut self.requests, other.requests);
    }
}

impl<'de> crate::serde::Deserialize<'de> for DeviceClaim {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_config,
            Key_constraints,
            Key_requests,
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
                            "config" => Field::Key_config,
                            "constraints" => Field::Key_constraints,
                            "requests" => Field::Key_requests,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = DeviceClaim;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("DeviceClaim")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_config: Option<std::vec::Vec<crate::api::resource::v1beta2::DeviceClaimConfiguration>> = None;
                let mut value_constraints: Option<std::vec::Vec<crate::api::resource::v1beta2::DeviceConstraint>> = None;
                let mut value_requests: Option<std::vec::Vec<crate::api::resource::v1beta2::DeviceRequest>> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_config => value_config = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_constraints => value_constraints = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_requests => value_requests = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(DeviceClaim {
                    config: value_config,
                    constraints: value_constraints,
                    requests: value_requests,
                })
            }
        }

        deserializer.deserialize_struct(
            "DeviceClaim",
            &[
                "config",
                "constraints",
                "requests",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for DeviceClaim {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "DeviceClaim",
            self.config.as_ref().map_or(0, |_| 1) +
            self.constraints.as_ref().map_or(0, |_| 1) +
            self.requests.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.config {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "config", value)?;
        }
        if let Some(value) = &self.constraints {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "constraints", value)?;
        }
        if let Some(value) = &self.requests {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "requests", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static DeviceClaim_JSON: [crate::json::Field<DeviceClaim>; 3] = unsafe { [
        crate::json::Field::opt("config", core::mem::offset_of!(DeviceClaim, config), |s: &DeviceClaim| &s.config),
        crate::json::Field::opt("constraints", core::mem::offset_of!(DeviceClaim, constraints), |s: &DeviceClaim| &s.constraints),
        crate::json::Field::opt("requests", core::mem::offset_of!(DeviceClaim, requests), |s: &DeviceClaim| &s.requests),
] };

impl crate::json::Json for DeviceClaim {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("DeviceClaim", &DeviceClaim_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("DeviceClaim", &DeviceClaim_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&DeviceClaim_JSON, self)
    }
}

impl Clone for DeviceClaim {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&DeviceClaim_JSON, self)
    }
}
