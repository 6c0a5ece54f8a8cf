// Generated from definition io.k8s.api.resource.v1beta1.DeviceCapacity

#[derive(Debug, Default, PartialEq)]
pub struct DeviceCapacity {
    pub request_policy: Option<std::boxed::Box<crate::api::resource::v1beta1::CapacityRequestPolicy>>,

    pub value: crate::apimachinery::pkg::api::resource::Quantity,
}

impl crate::DeepMerge for DeviceCapacity {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.request_policy, other.request_policy);
        crate::DeepMerge::merge_from(&mut self.value, other.value);
    }
}

impl<'de> crate::serde::Deserialize<'de> for DeviceCapacity {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_request_policy,
            Key_value,
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
                            "requestPolicy" => Field::Key_request_policy,
                            "value" => Field::Key_value,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = DeviceCapacity;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("DeviceCapacity")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_request_policy: Option<std::boxed::Box<crate::api::resource::v1beta1::CapacityRequestPolicy>> = None;
                let mut value_value: Option<crate::apimachinery::pkg::api::resource::Quantity> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_request_policy => value_request_policy = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_value => value_value = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(DeviceCapacity {
                    request_policy: value_request_policy,
                    value: value_value.unwrap_or_default(),
                })
            }
        }

        deserializer.deserialize_struct(
            "DeviceCapacity",
            &[
                "requestPolicy",
                "value",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for DeviceCapacity {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "DeviceCapacity",
            1 +
            self.request_policy.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.request_policy {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "requestPolicy", value)?;
        }
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "value", &self.value)?;
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static DeviceCapacity_JSON: [crate::json::Field<DeviceCapacity>; 2] = unsafe { [
        crate::json::Field::opt("requestPolicy", core::mem::offset_of!(DeviceCapacity, request_policy), |s: &DeviceCapacity| &s.request_policy),
        crate::json::Field::req("value", core::mem::offset_of!(DeviceCapacity, value), |s: &DeviceCapacity| &s.value),
] };

impl crate::json::Json for DeviceCapacity {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("DeviceCapacity", &DeviceCapacity_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("DeviceCapacity", &DeviceCapacity_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&DeviceCapacity_JSON, self)
    }
}

impl Clone for DeviceCapacity {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&DeviceCapacity_JSON, self)
    }
}
