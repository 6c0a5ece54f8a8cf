// Generated from definition io.k8s.api.resource.v1beta1.NetworkDeviceData

#[derive(Debug, Default, PartialEq)]
pub struct NetworkDeviceData {
    pub hardware_address: Option<std::string::String>,

    pub interface_name: Option<std::string::String>,

    pub ips: Option<std::vec::Vec<std::string::String>>,
}

impl crate::DeepMerge for NetworkDeviceData {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.hardware_address, other.hardware_address);
        crate::DeepMerge::merge_from(&mut self.interface_name, other.interface_name);
        crate::merge_strategies::list::atomic(&mut self.ips, other.ips);
    }
}

impl<'de> crate::serde::Deserialize<'de> for NetworkDeviceData {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_hardware_address,
            Key_interface_name,
            Key_ips,
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
                            "hardwareAddress" => Field::Key_hardware_address,
                            "interfaceName" => Field::Key_interface_name,
                            "ips" => Field::Key_ips,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = NetworkDeviceData;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("NetworkDeviceData")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_hardware_address: Option<std::string::String> = None;
                let mut value_interface_name: Option<std::string::String> = None;
                let mut value_ips: Option<std::vec::Vec<std::string::String>> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_hardware_address => value_hardware_address = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_interface_name => value_interface_name = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_ips => value_ips = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(NetworkDeviceData {
                    hardware_address: value_hardware_address,
                    interface_name: value_interface_name,
                    ips: value_ips,
                })
            }
        }

        deserializer.deserialize_struct(
            "NetworkDeviceData",
            &[
                "hardwareAddress",
                "interfaceName",
                "ips",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for NetworkDeviceData {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "NetworkDeviceData",
            self.hardware_address.as_ref().map_or(0, |_| 1) +
            self.interface_name.as_ref().map_or(0, |_| 1) +
            self.ips.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.hardware_address {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "hardwareAddress", value)?;
        }
        if let Some(value) = &self.interface_name {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "interfaceName", value)?;
        }
        if let Some(value) = &self.ips {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "ips", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static NetworkDeviceData_JSON: [crate::json::Field<NetworkDeviceData>; 3] = unsafe { [
        crate::json::Field::opt("hardwareAddress", core::mem::offset_of!(NetworkDeviceData, hardware_address), |s: &NetworkDeviceData| &s.hardware_address),
        crate::json::Field::opt("interfaceName", core::mem::offset_of!(NetworkDeviceData, interface_name), |s: &NetworkDeviceData| &s.interface_name),
        crate::json::Field::opt("ips", core::mem::offset_of!(NetworkDeviceData, ips), |s: &NetworkDeviceData| &s.ips),
] };

impl crate::json::Json for NetworkDeviceData {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("NetworkDeviceData", &NetworkDeviceData_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("NetworkDeviceData", &NetworkDeviceData_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&NetworkDeviceData_JSON, self)
    }
}

impl Clone for NetworkDeviceData {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&NetworkDeviceData_JSON, self)
    }
}
