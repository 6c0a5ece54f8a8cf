// Generated from definition io.k8s.api.resource.v1beta1.DeviceRequest

#[derive(Debug, Default, PartialEq)]
pub struct DeviceRequest {
    pub admin_access: Option<bool>,

    pub allocation_mode: Option<std::string::String>,

    pub capacity: Option<crate::api::resource::v1beta1::CapacityRequirements>,

    pub count: Option<i64>,

    pub device_class_name: Option<std::string::String>,

    pub first_available: Option<std::vec::Vec<crate::api::resource::v1beta1::DeviceSubRequest>>,

    pub name: std::string::String,

    pub selectors: Option<std::vec::Vec<crate::api::resource::v1beta1::DeviceSelector>>,

    pub tolerations: Option<std::vec::Vec<crate::api::resource::v1beta1::DeviceToleration>>,
}

impl crate::DeepMerge for DeviceRequest {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.admin_access, other.admin_access);
        crate::DeepMerge::merge_from(&mut self.allocation_mode, other.allocation_mode);
        crate::DeepMerge::merge_from(&mut self.capacity, other.capacity);
        crate::DeepMerge::merge_from(&mut self.count, other.count);
        crate::DeepMerge::merge_from(&mut self.device_class_name, other.device_class_name);
        crate::merge_strategies::list::atomic(&mut self.first_available, other.first_available);
        crate::DeepMerge::merge_from(&mut self.name, other.name);
        crate::merge_strategies::list::atomic(&mut self.selectors, other.selectors);
        crate::merge_strategies::list::atomic(&mut self.tolerations, other.tolerations);
    }
}

impl<'de> crate::serde::Deserialize<'de> for DeviceRequest {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_admin_access,
            Key_allocation_mode,
            Key_capacity,
            Key_count,
            Key_device_class_name,
            Key_first_available,
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
                            "adminAccess" => Field::Key_admin_access,
                            "allocationMode" => Field::Key_allocation_mode,
                            "capacity" => Field::Key_capacity,
                            "count" => Field::Key_count,
                            "deviceClassName" => Field::Key_device_class_name,
                            "firstAvailable" => Field::Key_first_available,
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
            type Value = DeviceRequest;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("DeviceRequest")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_admin_access: Option<bool> = None;
                let mut value_allocation_mode: Option<std::string::String> = None;
                let mut value_capacity: Option<crate::api::resource::v1beta1::CapacityRequirements> = None;
                let mut value_count: Option<i64> = None;
                let mut value_device_class_name: Option<std::string::String> = None;
                let mut value_first_available: Option<std::vec::Vec<crate::api::resource::v1beta1::DeviceSubRequest>> = None;
                let mut value_name: Option<std::string::String> = None;
                let mut value_selectors: Option<std::vec::Vec<crate::api::resource::v1beta1::DeviceSelector>> = None;
                let mut value_tolerations: Option<std::vec::Vec<crate::api::resource::v1beta1::DeviceToleration>> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_admin_access => value_admin_access = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_allocation_mode => value_allocation_mode = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_capacity => value_capacity = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_count => value_count = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_device_class_name => value_device_class_name = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_first_available => value_first_available = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_name => value_name = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_selectors => value_selectors = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_tolerations => value_tolerations = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(DeviceRequest {
                    admin_access: value_admin_access,
                    allocation_mode: value_allocation_mode,
                    capacity: value_capacity,
                    count: value_count,
                    device_class_name: value_device_class_name,
                    first_available: value_first_available,
                    name: value_name.unwrap_or_default(),
                    selectors: value_selectors,
                    tolerations: value_tolerations,
                })
            }
        }

        deserializer.deserialize_struct(
            "DeviceRequest",
            &[
                "adminAccess",
                "allocationMode",
                "capacity",
                "count",
                "deviceClassName",
                "firstAvailable",
                "name",
                "selectors",
                "tolerations",
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
            self.admin_access.as_ref().map_or(0, |_| 1) +
            self.allocation_mode.as_ref().map_or(0, |_| 1) +
            self.capacity.as_ref().map_or(0, |_| 1) +
            self.count.as_ref().map_or(0, |_| 1) +
            self.device_class_name.as_ref().map_or(0, |_| 1) +
            self.first_available.as_ref().map_or(0, |_| 1) +
            self.selectors.as_ref().map_or(0, |_| 1) +
            self.tolerations.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.admin_access {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "adminAccess", value)?;
        }
        if let Some(value) = &self.allocation_mode {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "allocationMode", value)?;
        }
        if let Some(value) = &self.capacity {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "capacity", value)?;
        }
        if let Some(value) = &self.count {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "count", value)?;
        }
        if let Some(value) = &self.device_class_name {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "deviceClassName", value)?;
        }
        if let Some(value) = &self.first_available {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "firstAvailable", value)?;
        }
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
static DeviceRequest_JSON: [crate::json::Field<DeviceRequest>; 9] = unsafe { [
        crate::json::Field::opt("adminAccess", core::mem::offset_of!(DeviceRequest, admin_access), |s: &DeviceRequest| &s.admin_access),
        crate::json::Field::opt("allocationMode", core::mem::offset_of!(DeviceRequest, allocation_mode), |s: &DeviceRequest| &s.allocation_mode),
        crate::json::Field::opt("capacity", core::mem::offset_of!(DeviceRequest, capacity), |s: &DeviceRequest| &s.capacity),
        crate::json::Field::opt("count", core::mem::offset_of!(DeviceRequest, count), |s: &DeviceRequest| &s.count),
        crate::json::Field::opt("deviceClassName", core::mem::offset_of!(DeviceRequest, device_class_name), |s: &DeviceRequest| &s.device_class_name),
        crate::json::Field::opt("firstAvailable", core::mem::offset_of!(DeviceRequest, first_available), |s: &DeviceRequest| &s.first_available),
        crate::json::Field::req("name", core::mem::offset_of!(DeviceRequest, name), |s: &DeviceRequest| &s.name),
        crate::json::Field::opt("selectors", core::mem::offset_of!(DeviceRequest, selectors), |s: &DeviceRequest| &s.selectors),
        crate::json::Field::opt("tolerations", core::mem::offset_of!(DeviceRequest, tolerations), |s: &DeviceRequest| &s.tolerations),
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
