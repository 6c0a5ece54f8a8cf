// Generated from definition io.k8s.api.resource.v1beta2.DeviceClassSpec

#[derive(Debug, Default, PartialEq)]
pub struct DeviceClassSpec {
    pub config: Option<std::vec::Vec<crate::api::resource::v1beta2::DeviceClassConfiguration>>,

    pub extended_resource_name: Option<std::string::String>,

    pub selectors: Option<std::vec::Vec<crate::api::resource::v1beta2::DeviceSelector>>,
}

impl crate::DeepMerge for DeviceClassSpec {
    fn merge_from(&mut self, other: Self) {
        crate::merge_strategies::list::atomic(&mut self.config, other.config);
        crate::DeepMerge::merge_from(&mut self.extended_resource_name, other.extended_resource_name);
        crate::merge_strategies::list::atomic(&mut self.selectors, other.selectors);
    }
}

impl<'de> crate::serde::Deserialize<'de> for DeviceClassSpec {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_config,
            Key_extended_resource_name,
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
                            "config" => Field::Key_config,
                            "extendedResourceName" => Field::Key_extended_resource_name,
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
            type Value = DeviceClassSpec;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("DeviceClassSpec")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_config: Option<std::vec::Vec<crate::api::resource::v1beta2::DeviceClassConfiguration>> = None;
                let mut value_extended_resource_name: Option<std::string::String> = None;
                let mut value_selectors: Option<std::vec::Vec<crate::api::resource::v1beta2::DeviceSelector>> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_config => value_config = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_extended_resource_name => value_extended_resource_name = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_selectors => value_selectors = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(DeviceClassSpec {
                    config: value_config,
                    extended_resource_name: value_extended_resource_name,
                    selectors: value_selectors,
                })
            }
        }

        deserializer.deserialize_struct(
            "DeviceClassSpec",
            &[
                "config",
                "extendedResourceName",
                "selectors",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for DeviceClassSpec {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "DeviceClassSpec",
            self.config.as_ref().map_or(0, |_| 1) +
            self.extended_resource_name.as_ref().map_or(0, |_| 1) +
            self.selectors.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.config {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "config", value)?;
        }
        if let Some(value) = &self.extended_resource_name {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "extendedResourceName", value)?;
        }
        if let Some(value) = &self.selectors {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "selectors", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static DeviceClassSpec_JSON: [crate::json::Field<DeviceClassSpec>; 3] = unsafe { [
        crate::json::Field::opt("config", core::mem::offset_of!(DeviceClassSpec, config), |s: &DeviceClassSpec| &s.config),
        crate::json::Field::opt("extendedResourceName", core::mem::offset_of!(DeviceClassSpec, extended_resource_name), |s: &DeviceClassSpec| &s.extended_resource_name),
        crate::json::Field::opt("selectors", core::mem::offset_of!(DeviceClassSpec, selectors), |s: &DeviceClassSpec| &s.selectors),
] };

impl crate::json::Json for DeviceClassSpec {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("DeviceClassSpec", &DeviceClassSpec_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("DeviceClassSpec", &DeviceClassSpec_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&DeviceClassSpec_JSON, self)
    }
}

impl Clone for DeviceClassSpec {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&DeviceClassSpec_JSON, self)
    }
}
