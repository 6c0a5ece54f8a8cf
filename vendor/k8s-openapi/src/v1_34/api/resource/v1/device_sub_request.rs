// Generated from definition io.k8s.api.resource.v1.DeviceSubRequest

#[derive(Debug, Default, PartialEq)]
pub struct DeviceSubRequest {
    pub allocation_mode: Option<std::string::String>,

    pub capacity: Option<crate::api::resource::v1::CapacityRequirements>,

    pub count: Option<i64>,

    pub device_class_name: std::string::String,

    pub name: std::string::String,

    pub selectors: Option<std::vec::Vec<crate::api::resource::v1::DeviceSelector>>,

    pub tolerations: Option<std::vec::Vec<crate::api::resource::v1::DeviceToleration>>,
}

impl crate::DeepMerge for DeviceSubRequest {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.allocation_mode, other.allocation_mode);
        crate::DeepMerge::merge_from(&mut self.capacity, other.capacity);
        crate::DeepMerge::merge_from(&mut self.count, other.count);
        crate::DeepMerge::merge_from(&mut self.device_class_name, other.device_class_name);
        crate::DeepMerge::merge_from(&mut self.name, other.name);
        crate::merge_strategies::list::atomic(&mut self.selectors, other.selectors);
        crate::merge_strategies::list::atomic(&mut self.tolerations, other.tolerations);
    }
}

impl<'de> crate::serde::Deserialize<'de> for DeviceSubRequest {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_allocation_mode,
            Key_capacity,
            Key_count,
            Key_device_class_name,
            Key_name,
            Key_selectors,
            Key_tolerations,
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
                            "allocationMode" => Field::Key_allocation_mode,
                            "capacity" => Field::Key_capacity,
                            "count" => Field::Key_count,
                            "deviceClassName" => Field::Key_device_class_name,
                            "name" => Field::Key_name,
                            "selectors" => Field::Key_selectors,
                            "tolerations" => Field::Key_tolerations,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = DeviceSubRequest;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("DeviceSubRequest")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_allocation_mode: Option<std::string::String> = None;
                let mut value_capacity: Option<crate::api::resource::v1::CapacityRequirements> = None;
                let mut value_count: Option<i64> = None;
                let mut value_device_class_name: Option<std::string::String> = None;
                let mut value_name: Option<std::string::String> = None;
                let mut value_selectors: Option<std::vec::Vec<crate::api::resource::v1::DeviceSelector>> = None;
                let mut value_tolerations: Option<std::vec::Vec<crate::api::resource::v1::DeviceToleration>> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_allocation_mode => value_allocation_mode = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_capacity => value_capacity = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_count => value_count = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_device_class_name => value_device_class_name = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_name => value_name = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_selectors => value_selectors = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_tolerations => value_tolerations = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(DeviceSubRequest {
                    allocation_mode: value_allocation_mode,
                    capacity: value_capacity,
                    count: value_count,
                    device_class_name: value_device_class_name.unwrap_or_default(),
                    name: value_name.unwrap_or_default(),
                    selectors: value_selectors,
                    tolerations: value_tolerations,
                })
            }
        }

        deserializer.deserialize_struct(
            "DeviceSubRequest",
            &[
                "allocationMode",
                "capacity",
                "count",
                "deviceClassName",
                "name",
                "selectors",
                "tolerations",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for DeviceSubRequest {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "DeviceSubRequest",
            2 +
            self.allocation_mode.as_ref().map_or(0, |_| 1) +
            self.capacity.as_ref().map_or(0, |_| 1) +
            self.count.as_ref().map_or(0, |_| 1) +
            self.selectors.as_ref().map_or(0, |_| 1) +
            self.tolerations.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.allocation_mode {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "allocationMode", value)?;
        }
        if let Some(value) = &self.capacity {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "capacity", value)?;
        }
        if let Some(value) = &self.count {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "count", value)?;
        }
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "deviceClassName", &self.device_class_name)?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "name", &self.name)?;
        if let Some(value) = &self.selectors {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "selectors", value)?;
        }
        if let Some(value) = &self.tolerations {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "tolerations", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static DeviceSubRequest_JSON: [crate::json::Field<DeviceSubRequest>; 7] = unsafe { [
        crate::json::Field::opt("allocationMode", core::mem::offset_of!(DeviceSubRequest, allocation_mode), |s: &DeviceSubRequest| &s.allocation_mode),
        crate::json::Field::opt("capacity", core::mem::offset_of!(DeviceSubRequest, capacity), |s: &DeviceSubRequest| &s.capacity),
        crate::json::Field::opt("count", core::mem::offset_of!(DeviceSubRequest, count), |s: &DeviceSubRequest| &s.count),
        crate::json::Field::req("deviceClassName", core::mem::offset_of!(DeviceSubRequest, device_class_name), |s: &DeviceSubRequest| &s.device_class_name),
        crate::json::Field::req("name", core::mem::offset_of!(DeviceSubRequest, name), |s: &DeviceSubRequest| &s.name),
        crate::json::Field::opt("selectors", core::mem::offset_of!(DeviceSubRequest, selectors), |s: &DeviceSubRequest| &s.selectors),
        crate::json::Field::opt("tolerations", core::mem::offset_of!(DeviceSubRequest, tolerations), |s: &DeviceSubRequest| &s.tolerations),
] };

impl crate::json::Json for DeviceSubRequest {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("DeviceSubRequest", &DeviceSubRequest_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("DeviceSubRequest", &DeviceSubRequest_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&DeviceSubRequest_JSON, self)
    }
}

impl Clone for DeviceSubRequest {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&DeviceSubRequest_JSON, self)
    }
}
