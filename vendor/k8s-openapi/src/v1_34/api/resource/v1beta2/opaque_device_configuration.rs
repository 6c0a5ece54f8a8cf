// Generated from definition io.k8s.api.resource.v1beta2.OpaqueDeviceConfiguration

#[derive(Debug, Default, PartialEq)]
pub struct OpaqueDeviceConfiguration {
    pub driver: std::string::String,

    pub parameters: crate::apimachinery::pkg::runtime::RawExtension,
}

impl crate::DeepMerge for OpaqueDeviceConfiguration {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.driver, other.driver);
        crate::DeepMerge::merge_from(&mut self.parameters, other.parameters);
    }
}

impl<'de> crate::serde::Deserialize<'de> for OpaqueDeviceConfiguration {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_driver,
            Key_parameters,
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
                            "driver" => Field::Key_driver,
                            "parameters" => Field::Key_parameters,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = OpaqueDeviceConfiguration;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("OpaqueDeviceConfiguration")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_driver: Option<std::string::String> = None;
                let mut value_parameters: Option<crate::apimachinery::pkg::runtime::RawExtension> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_driver => value_driver = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_parameters => value_parameters = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(OpaqueDeviceConfiguration {
                    driver: value_driver.unwrap_or_default(),
                    parameters: value_parameters.unwrap_or_default(),
                })
            }
        }

        deserializer.deserialize_struct(
            "OpaqueDeviceConfiguration",
            &[
                "driver",
                "parameters",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for OpaqueDeviceConfiguration {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "OpaqueDeviceConfiguration",
            2,
        )?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "driver", &self.driver)?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "parameters", &self.parameters)?;
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static OpaqueDeviceConfiguration_JSON: [crate::json::Field<OpaqueDeviceConfiguration>; 2] = unsafe { [
        crate::json::Field::req("driver", core::mem::offset_of!(OpaqueDeviceConfiguration, driver), |s: &OpaqueDeviceConfiguration| &s.driver),
        crate::json::Field::req("parameters", core::mem::offset_of!(OpaqueDeviceConfiguration, parameters), |s: &OpaqueDeviceConfiguration| &s.parameters),
] };

impl crate::json::Json for OpaqueDeviceConfiguration {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("OpaqueDeviceConfiguration", &OpaqueDeviceConfiguration_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("OpaqueDeviceConfiguration", &OpaqueDeviceConfiguration_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&OpaqueDeviceConfiguration_JSON, self)
    }
}

impl Clone for OpaqueDeviceConfiguration {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&OpaqueDeviceConfiguration_JSON, self)
    }
}
