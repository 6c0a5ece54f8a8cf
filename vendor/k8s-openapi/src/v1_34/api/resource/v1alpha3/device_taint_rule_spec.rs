// Generated from definition io.k8s.api.resource.v1alpha3.DeviceTaintRuleSpec

#[derive(Debug, Default, PartialEq)]
pub struct DeviceTaintRuleSpec {
    pub device_selector: Option<std::boxed::Box<crate::api::resource::v1alpha3::DeviceTaintSelector>>,

    pub taint: crate::api::resource::v1alpha3::DeviceTaint,
}

impl crate::DeepMerge for DeviceTaintRuleSpec {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.device_selector, other.device_selector);
        crate::DeepMerge::merge_from(&mut self.taint, other.taint);
    }
}

impl<'de> crate::serde::Deserialize<'de> for DeviceTaintRuleSpec {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_device_selector,
            Key_taint,
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
                            "deviceSelector" => Field::Key_device_selector,
                            "taint" => Field::Key_taint,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = DeviceTaintRuleSpec;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("DeviceTaintRuleSpec")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_device_selector: Option<std::boxed::Box<crate::api::resource::v1alpha3::DeviceTaintSelector>> = None;
                let mut value_taint: Option<crate::api::resource::v1alpha3::DeviceTaint> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_device_selector => value_device_selector = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_taint => value_taint = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(DeviceTaintRuleSpec {
                    device_selector: value_device_selector,
                    taint: value_taint.unwrap_or_default(),
                })
            }
        }

        deserializer.deserialize_struct(
            "DeviceTaintRuleSpec",
            &[
                "deviceSelector",
                "taint",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for DeviceTaintRuleSpec {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "DeviceTaintRuleSpec",
            1 +
            self.device_selector.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.device_selector {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "deviceSelector", value)?;
        }
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "taint", &self.taint)?;
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static DeviceTaintRuleSpec_JSON: [crate::json::Field<DeviceTaintRuleSpec>; 2] = unsafe { [
        crate::json::Field::opt("deviceSelector", core::mem::offset_of!(DeviceTaintRuleSpec, device_selector), |s: &DeviceTaintRuleSpec| &s.device_selector),
        crate::json::Field::req("taint", core::mem::offset_of!(DeviceTaintRuleSpec, taint), |s: &DeviceTaintRuleSpec| &s.taint),
] };

impl crate::json::Json for DeviceTaintRuleSpec {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("DeviceTaintRuleSpec", &DeviceTaintRuleSpec_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("DeviceTaintRuleSpec", &DeviceTaintRuleSpec_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&DeviceTaintRuleSpec_JSON, self)
    }
}

impl Clone for DeviceTaintRuleSpec {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&DeviceTaintRuleSpec_JSON, self)
    }
}
