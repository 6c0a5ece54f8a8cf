// Generated from definition io.k8s.api.resource.v1beta2.DeviceRequest

#[derive(Debug, Default, PartialEq)]
pub struct DeviceRequest {
    pub exactly: Option<std::boxed::Box<crate::api::resource::v1beta2::ExactDeviceRequest>>,

    pub first_available: Option<std::vec::Vec<crate::api::resource::v1beta2::DeviceSubRequest>>,

    pub name: std::string::String,
}

impl crate::DeepMerge for DeviceRequest {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.exactly, other.exactly);
        crate::merge_strategies::list::atomic(&mut self.first_available, other.first_available);
        crate::DeepMerge::merge_from(&mut self.name, other.name);
    }
}

impl<'de> crate::serde::Deserialize<'de> for DeviceRequest {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_exactly,
            Key_first_available,
            Key_name,
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
                            "exactly" => Field::Key_exactly,
                            "firstAvailable" => Field::Key_first_available,
                            "name" => Field::Key_name,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = DeviceRequest;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("DeviceRequest")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_exactly: Option<std::boxed::Box<crate::api::resource::v1beta2::ExactDeviceRequest>> = None;
                let mut value_first_available: Option<std::vec::Vec<crate::api::resource::v1beta2::DeviceSubRequest>> = None;
                let mut value_name: Option<std::string::String> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_exactly => value_exactly = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_first_available => value_first_available = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_name => value_name = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(DeviceRequest {
                    exactly: value_exactly,
                    first_available: value_first_available,
                    name: value_name.unwrap_or_default(),
                })
            }
        }

        deserializer.deserialize_struct(
            "DeviceRequest",
            &[
                "exactly",
                "firstAvailable",
                "name",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for DeviceRequest {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "DeviceRequest",
            1 +
            self.exactly.as_ref().map_or(0, |_| 1) +
            self.first_available.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.exactly {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "exactly", value)?;
        }
        if let Some(value) = &self.first_available {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "firstAvailable", value)?;
        }
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "name", &self.name)?;
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static DeviceRequest_JSON: [crate::json::Field<DeviceRequest>; 3] = unsafe { [
        crate::json::Field::opt("exactly", core::mem::offset_of!(DeviceRequest, exactly), |s: &DeviceRequest| &s.exactly),
        crate::json::Field::opt("firstAvailable", core::mem::offset_of!(DeviceRequest, first_available), |s: &DeviceRequest| &s.first_available),
        crate::json::Field::req("name", core::mem::offset_of!(DeviceRequest, name), |s: &DeviceRequest| &s.name),
] };

impl crate::json::Json for DeviceRequest {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("DeviceRequest", &DeviceRequest_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("DeviceRequest", &DeviceRequest_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&DeviceRequest_JSON, self)
    }
}

impl Clone for DeviceRequest {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&DeviceRequest_JSON, self)
    }
}
