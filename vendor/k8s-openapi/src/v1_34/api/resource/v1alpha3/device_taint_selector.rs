// Generated from definition io.k8s.api.resource.v1alpha3.DeviceTaintSelector

#[derive(Debug, Default, PartialEq)]
pub struct DeviceTaintSelector {
    pub device: Option<std::string::String>,

    pub device_class_name: Option<std::string::String>,

    pub driver: Option<std::string::String>,

    pub pool: Option<std::string::String>,

    pub selectors: Option<std::vec::Vec<crate::api::resource::v1alpha3::DeviceSelector>>,
}

impl crate::DeepMerge for DeviceTaintSelector {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.device, other.device);
        crate::DeepMerge::merge_from(&mut self.device_class_name, other.device_class_name);
        crate::DeepMerge::merge_from(&mut self.driver, other.driver);
        crate::DeepMerge::merge_from(&mut self.pool, other.pool);
        crate::merge_strategies::list::atomic(&mut self.selectors, other.selectors);
    }
}

impl<'de> crate::serde::Deserialize<'de> for DeviceTaintSelector {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_device,
            Key_device_class_name,
            Key_driver,
            Key_pool,
            Key_selectors,
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
                            "device" => Field::Key_device,
                            "deviceClassName" => Field::Key_device_class_name,
                            "driver" => Field::Key_driver,
                            "pool" => Field::Key_pool,
                            "selectors" => Field::Key_selectors,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = DeviceTaintSelector;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("DeviceTaintSelector")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_device: Option<std::string::String> = None;
                let mut value_device_class_name: Option<std::string::String> = None;
                let mut value_driver: Option<std::string::String> = None;
                let mut value_pool: Option<std::string::String> = None;
                let mut value_selectors: Option<std::vec::Vec<crate::api::resource::v1alpha3::DeviceSelector>> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_device => value_device = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_device_class_name => value_device_class_name = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_driver => value_driver = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_pool => value_pool = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_selectors => value_selectors = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(DeviceTaintSelector {
                    device: value_device,
                    device_class_name: value_device_class_name,
                    driver: value_driver,
                    pool: value_pool,
                    selectors: value_selectors,
                })
            }
        }

        deserializer.deserialize_struct(
            "DeviceTaintSelector",
            &[
                "device",
                "deviceClassName",
                "driver",
                "pool",
                "selectors",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for DeviceTaintSelector {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "DeviceTaintSelector",
            self.device.as_ref().map_or(0, |_| 1) +
            self.device_class_name.as_ref().map_or(0, |_| 1) +
            self.driver.as_ref().map_or(0, |_| 1) +
            self.pool.as_ref().map_or(0, |_| 1) +
            self.selectors.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.device {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "device", value)?;
        }
        if let Some(value) = &self.device_class_name {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "deviceClassName", value)?;
        }
        if let Some(value) = &self.driver {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "driver", value)?;
        }
        if let Some(value) = &self.pool {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "pool", value)?;
        }
        if let Some(value) = &self.selectors {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "selectors", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static DeviceTaintSelector_JSON: [crate::json::Field<DeviceTaintSelector>; 5] = unsafe { [
        crate::json::Field::opt("device", core::mem::offset_of!(DeviceTaintSelector, device), |s: &DeviceTaintSelector| &s.device),
        crate::json::Field::opt("deviceClassName", core::mem::offset_of!(DeviceTaintSelector, device_class_name), |s: &DeviceTaintSelector| &s.device_class_name),
        crate::json::Field::opt("driver", core::mem::offset_of!(DeviceTaintSelector, driver), |s: &DeviceTaintSelector| &s.driver),
        crate::json::Field::opt("pool", core::mem::offset_of!(DeviceTaintSelector, pool), |s: &DeviceTaintSelector| &s.pool),
        crate::json::Field::opt("selectors", core::mem::offset_of!(DeviceTaintSelector, selectors), |s: &DeviceTaintSelector| &s.selectors),
] };

impl crate::json::Json for DeviceTaintSelector {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("DeviceTaintSelector", &DeviceTaintSelector_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("DeviceTaintSelector", &DeviceTaintSelector_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&DeviceTaintSelector_JSON, self)
    }
}

impl Clone for DeviceTaintSelector {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&DeviceTaintSelector_JSON, self)
    }
}
