// Generated from definition io.k8s.api.core.v1.VolumeMountStatus

#[derive(Debug, Default, PartialEq)]
pub struct VolumeMountStatus {
    pub mount_path: std::string::String,

    pub name: std::string::String,

    pub read_only: Option<bool>,

    pub recursive_read_only: Option<std::string::String>,
}

impl crate::DeepMerge for VolumeMountStatus {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.mount_path, other.mount_path);
        crate::DeepMerge::merge_from(&mut self.name, other.name);
        crate::DeepMerge::merge_from(&mut self.read_only, other.read_only);
        crate::DeepMerge::merge_from(&mut self.recursive_read_only, other.recursive_read_only);
    }
}

impl<'de> crate::serde::Deserialize<'de> for VolumeMountStatus {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_mount_path,
            Key_name,
            Key_read_only,
            Key_recursive_read_only,
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
                            "mountPath" => Field::Key_mount_path,
                            "name" => Field::Key_name,
                            "readOnly" => Field::Key_read_only,
                            "recursiveReadOnly" => Field::Key_recursive_read_only,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = VolumeMountStatus;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("VolumeMountStatus")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_mount_path: Option<std::string::String> = None;
                let mut value_name: Option<std::string::String> = None;
                let mut value_read_only: Option<bool> = None;
                let mut value_recursive_read_only: Option<std::string::String> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_mount_path => value_mount_path = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_name => value_name = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_read_only => value_read_only = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_recursive_read_only => value_recursive_read_only = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(VolumeMountStatus {
                    mount_path: value_mount_path.unwrap_or_default(),
                    name: value_name.unwrap_or_default(),
                    read_only: value_read_only,
                    recursive_read_only: value_recursive_read_only,
                })
            }
        }

        deserializer.deserialize_struct(
            "VolumeMountStatus",
            &[
                "mountPath",
                "name",
                "readOnly",
                "recursiveReadOnly",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for VolumeMountStatus {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "VolumeMountStatus",
            2 +
            self.read_only.as_ref().map_or(0, |_| 1) +
            self.recursive_read_only.as_ref().map_or(0, |_| 1),
        )?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "mountPath", &self.mount_path)?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "name", &self.name)?;
        if let Some(value) = &self.read_only {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "readOnly", value)?;
        }
        if let Some(value) = &self.recursive_read_only {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "recursiveReadOnly", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static VolumeMountStatus_JSON: [crate::json::Field<VolumeMountStatus>; 4] = unsafe { [
        crate::json::Field::req("mountPath", core::mem::offset_of!(VolumeMountStatus, mount_path), |s: &VolumeMountStatus| &s.mount_path),
        crate::json::Field::req("name", core::mem::offset_of!(VolumeMountStatus, name), |s: &VolumeMountStatus| &s.name),
        crate::json::Field::opt("readOnly", core::mem::offset_of!(VolumeMountStatus, read_only), |s: &VolumeMountStatus| &s.read_only),
        crate::json::Field::opt("recursiveReadOnly", core::mem::offset_of!(VolumeMountStatus, recursive_read_only), |s: &VolumeMountStatus| &s.recursive_read_only),
] };

impl crate::json::Json for VolumeMountStatus {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("VolumeMountStatus", &VolumeMountStatus_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("VolumeMountStatus", &VolumeMountStatus_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&VolumeMountStatus_JSON, self)
    }
}

impl Clone for VolumeMountStatus {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&VolumeMountStatus_JSON, self)
    }
}
