// Generated from definition io.k8s.api.resource.v1beta1.DeviceRequestAllocationResult

#[derive(Debug, Default, PartialEq)]
pub struct DeviceRequestAllocationResult {
    pub admin_access: Option<bool>,

    pub binding_conditions: Option<std::vec::Vec<std::string::String>>,

    pub binding_failure_conditions: Option<std::vec::Vec<std::string::String>>,

    pub consumed_capacity: Option<std::collections::BTreeMap<std::string::String, crate::apimachinery::pkg::api::resource::Quantity>>,

    pub device: std::string::String,

    pub driver: std::string::String,

    pub pool: std::string::String,

    pub request: std::string::String,

    pub share_id: Option<std::string::String>,

    pub tolerations: Option<std::vec::Vec<crate::api::resource::v1beta1::DeviceToleration>>,
}

impl crate::DeepMerge for DeviceRequestAllocationResult {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.admin_access, other.admin_access);
        crate::merge_strategies::list::atomic(&mut self.binding_conditions, other.binding_conditions);
        crate::merge_strategies::list::atomic(&mut self.binding_failure_conditions, other.binding_failure_conditions);
        crate::merge_strategies::map::granular(&mut self.consumed_capacity, other.consumed_capacity, |current_item, other_item| {
            crate::DeepMerge::merge_from(current_item, other_item);
        });
        crate::DeepMerge::merge_from(&mut self.device, other.device);
        crate::DeepMerge::merge_from(&mut self.driver, other.driver);
        crate::DeepMerge::merge_from(&mut self.pool, other.pool);
        crate::DeepMerge::merge_from(&mut self.request, other.request);
        crate::DeepMerge::merge_from(&mut self.share_id, other.share_id);
        crate::merge_strategies::list::atomic(&mut self.tolerations, other.tolerations);
    }
}

impl<'de> crate::serde::Deserialize<'de> for DeviceRequestAllocationResult {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_admin_access,
            Key_binding_conditions,
            Key_binding_failure_conditions,
            Key_consumed_capacity,
            Key_device,
            Key_driver,
            Key_pool,
            Key_request,
            Key_share_id,
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
                            "bindingConditions" => Field::Key_binding_conditions,
                            "bindingFailureConditions" => Field::Key_binding_failure_conditions,
                            "consumedCapacity" => Field::Key_consumed_capacity,
                            "device" => Field::Key_device,
                            "driver" => Field::Key_driver,
                            "pool" => Field::Key_pool,
                            "request" => Field::Key_request,
                            "shareID" => Field::Key_share_id,
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
            type Value = DeviceRequestAllocationResult;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("DeviceRequestAllocationResult")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_admin_access: Option<bool> = None;
                let mut value_binding_conditions: Option<std::vec::Vec<std::string::String>> = None;
                let mut value_binding_failure_conditions: Option<std::vec::Vec<std::string::String>> = None;
                let mut value_consumed_capacity: Option<std::collections::BTreeMap<std::string::String, crate::apimachinery::pkg::api::resource::Quantity>> = None;
                let mut value_device: Option<std::string::String> = None;
                let mut value_driver: Option<std::string::String> = None;
                let mut value_pool: Option<std::string::String> = None;
                let mut value_request: Option<std::string::String> = None;
                let mut value_share_id: Option<std::string::String> = None;
                let mut value_tolerations: Option<std::vec::Vec<crate::api::resource::v1beta1::DeviceToleration>> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_admin_access => value_admin_access = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_binding_conditions => value_binding_conditions = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_binding_failure_conditions => value_binding_failure_conditions = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_consumed_capacity => value_consumed_capacity = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_device => value_device = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_driver => value_driver = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_pool => value_pool = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_request => value_request = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_share_id => value_share_id = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_tolerations => value_tolerations = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(DeviceRequestAllocationResult {
                    admin_access: value_admin_access,
                    binding_conditions: value_binding_conditions,
                    binding_failure_conditions: value_binding_failure_conditions,
                    consumed_capacity: value_consumed_capacity,
                    device: value_device.unwrap_or_default(),
                    driver: value_driver.unwrap_or_default(),
                    pool: value_pool.unwrap_or_default(),
                    request: value_request.unwrap_or_default(),
                    share_id: value_share_id,
                    tolerations: value_tolerations,
                })
            }
        }

        deserializer.deserialize_struct(
            "DeviceRequestAllocationResult",
            &[
                "adminAccess",
                "bindingConditions",
                "bindingFailureConditions",
                "consumedCapacity",
                "device",
                "driver",
                "pool",
                "request",
                "shareID",
                "tolerations",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for DeviceRequestAllocationResult {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "DeviceRequestAllocationResult",
            4 +
            self.admin_access.as_ref().map_or(0, |_| 1) +
            self.binding_conditions.as_ref().map_or(0, |_| 1) +
            self.binding_failure_conditions.as_ref().map_or(0, |_| 1) +
            self.consumed_capacity.as_ref().map_or(0, |_| 1) +
            self.share_id.as_ref().map_or(0, |_| 1) +
            self.tolerations.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.admin_access {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "adminAccess", value)?;
        }
        if let Some(value) = &self.binding_conditions {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "bindingConditions", value)?;
        }
        if let Some(value) = &self.binding_failure_conditions {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "bindingFailureConditions", value)?;
        }
        if let Some(value) = &self.consumed_capacity {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "consumedCapacity", value)?;
        }
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "device", &self.device)?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "driver", &self.driver)?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "pool", &self.pool)?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "request", &self.request)?;
        if let Some(value) = &self.share_id {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "shareID", value)?;
        }
        if let Some(value) = &self.tolerations {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "tolerations", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static DeviceRequestAllocationResult_JSON: [crate::json::Field<DeviceRequestAllocationResult>; 10] = unsafe { [
        crate::json::Field::opt("adminAccess", core::mem::offset_of!(DeviceRequestAllocationResult, admin_access), |s: &DeviceRequestAllocationResult| &s.admin_access),
        crate::json::Field::opt("bindingConditions", core::mem::offset_of!(DeviceRequestAllocationResult, binding_conditions), |s: &DeviceRequestAllocationResult| &s.binding_conditions),
        crate::json::Field::opt("bindingFailureConditions", core::mem::offset_of!(DeviceRequestAllocationResult, binding_failure_conditions), |s: &DeviceRequestAllocationResult| &s.binding_failure_conditions),
        crate::json::Field::opt("consumedCapacity", core::mem::offset_of!(DeviceRequestAllocationResult, consumed_capacity), |s: &DeviceRequestAllocationResult| &s.consumed_capacity),
        crate::json::Field::req("device", core::mem::offset_of!(DeviceRequestAllocationResult, device), |s: &DeviceRequestAllocationResult| &s.device),
        crate::json::Field::req("driver", core::mem::offset_of!(DeviceRequestAllocationResult, driver), |s: &DeviceRequestAllocationResult| &s.driver),
        crate::json::Field::req("pool", core::mem::offset_of!(DeviceRequestAllocationResult, pool), |s: &DeviceRequestAllocationResult| &s.pool),
        crate::json::Field::req("request", core::mem::offset_of!(DeviceRequestAllocationResult, request), |s: &DeviceRequestAllocationResult| &s.request),
        crate::json::Field::opt("shareID", core::mem::offset_of!(DeviceRequestAllocationResult, share_id), |s: &DeviceRequestAllocationResult| &s.share_id),
        crate::json::Field::opt("tolerations", core::mem::offset_of!(DeviceRequestAllocationResult, tolerations), |s: &DeviceRequestAllocationResult| &s.tolerations),
] };

impl crate::json::Json for DeviceRequestAllocationResult {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("DeviceRequestAllocationResult", &DeviceRequestAllocationResult_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("DeviceRequestAllocationResult", &DeviceRequestAllocationResult_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&DeviceRequestAllocationResult_JSON, self)
    }
}

impl Clone for DeviceRequestAllocationResult {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&DeviceRequestAllocationResult_JSON, self)
    }
}
