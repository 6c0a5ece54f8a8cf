// Generated from definition io.k8s.api.core.v1.ModifyVolumeStatus

#[derive(Debug, Default, PartialEq)]
pub struct ModifyVolumeStatus {
    pub status: std::string::String,

    pub target_volume_attributes_class_name: Option<std::string::String>,
}

impl crate::DeepMerge for ModifyVolumeStatus {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.status, other.status);
        crate::DeepMerge::merge_from(&mut self.target_volume_attributes_class_name, other.target_volume_attributes_class_name);
    }
}

impl<'de> crate::serde::Deserialize<'de> for ModifyVolumeStatus {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_status,
            Key_target_volume_attributes_class_name,
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
                            "status" => Field::Key_status,
                            "targetVolumeAttributesClassName" => Field::Key_target_volume_attributes_class_name,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = ModifyVolumeStatus;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("ModifyVolumeStatus")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_status: Option<std::string::String> = None;
                let mut value_target_volume_attributes_class_name: Option<std::string::String> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_status => value_status = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_target_volume_attributes_class_name => value_target_volume_attributes_class_name = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(ModifyVolumeStatus {
                    status: value_status.unwrap_or_default(),
                    target_volume_attributes_class_name: value_target_volume_attributes_class_name,
                })
            }
        }

        deserializer.deserialize_struct(
            "ModifyVolumeStatus",
            &[
                "status",
                "targetVolumeAttributesClassName",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for ModifyVolumeStatus {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "ModifyVolumeStatus",
            1 +
            self.target_volume_attributes_class_name.as_ref().map_or(0, |_| 1),
        )?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "status", &self.status)?;
        if let Some(value) = &self.target_volume_attributes_class_name {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "targetVolumeAttributesClassName", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static ModifyVolumeStatus_JSON: [crate::json::Field<ModifyVolumeStatus>; 2] = unsafe { [
        crate::json::Field::req("status", core::mem::offset_of!(ModifyVolumeStatus, status), |s: &ModifyVolumeStatus| &s.status),
        crate::json::Field::opt("targetVolumeAttributesClassName", core::mem::offset_of!(ModifyVolumeStatus, target_volume_attributes_class_name), |s: &ModifyVolumeStatus| &s.target_volume_attributes_class_name),
] };

impl crate::json::Json for ModifyVolumeStatus {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("ModifyVolumeStatus", &ModifyVolumeStatus_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("ModifyVolumeStatus", &ModifyVolumeStatus_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&ModifyVolumeStatus_JSON, self)
    }
}

impl Clone for ModifyVolumeStatus {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&ModifyVolumeStatus_JSON, self)
    }
}
