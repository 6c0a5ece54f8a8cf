// Generated from definition io.k8s.api.core.v1.GCEPersistentDiskVolumeSource

#[derive(Debug, Default, PartialEq)]
pub struct GCEPersistentDiskVolumeSource {
    pub fs_type: Option<std::string::String>,

    pub partition: Option<i32>,

    pub pd_name: std::string::String,

    pub read_only: Option<bool>,
}

impl crate::DeepMerge for GCEPersistentDiskVolumeSource {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.fs_type, other.fs_type);
        crate::DeepMerge::merge_from(&mut self.partition, other.partition);
        crate::DeepMerge::merge_from(&mut self.pd_name, other.pd_name);
        crate::DeepMerge::merge_from(&mut self.read_only, other.read_only);
    }
}

impl<'de> crate::serde::Deserialize<'de> for GCEPersistentDiskVolumeSource {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_fs_type,
            Key_partition,
            Key_pd_name,
            Key_read_only,
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
                            "fsType" => Field::Key_fs_type,
                            "partition" => Field::Key_partition,
                            "pdName" => Field::Key_pd_name,
                            "readOnly" => Field::Key_read_only,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = GCEPersistentDiskVolumeSource;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("GCEPersistentDiskVolumeSource")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_fs_type: Option<std::string::String> = None;
                let mut value_partition: Option<i32> = None;
                let mut value_pd_name: Option<std::string::String> = None;
                let mut value_read_only: Option<bool> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_fs_type => value_fs_type = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_partition => value_partition = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_pd_name => value_pd_name = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_read_only => value_read_only = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(GCEPersistentDiskVolumeSource {
                    fs_type: value_fs_type,
                    partition: value_partition,
                    pd_name: value_pd_name.unwrap_or_default(),
                    read_only: value_read_only,
                })
            }
        }

        deserializer.deserialize_struct(
            "GCEPersistentDiskVolumeSource",
            &[
                "fsType",
                "partition",
                "pdName",
                "readOnly",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for GCEPersistentDiskVolumeSource {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "GCEPersistentDiskVolumeSource",
            1 +
            self.fs_type.as_ref().map_or(0, |_| 1) +
            self.partition.as_ref().map_or(0, |_| 1) +
            self.read_only.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.fs_type {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "fsType", value)?;
        }
        if let Some(value) = &self.partition {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "partition", value)?;
        }
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "pdName", &self.pd_name)?;
        if let Some(value) = &self.read_only {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "readOnly", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static GCEPersistentDiskVolumeSource_JSON: [crate::json::Field<GCEPersistentDiskVolumeSource>; 4] = unsafe { [
        crate::json::Field::opt("fsType", core::mem::offset_of!(GCEPersistentDiskVolumeSource, fs_type), |s: &GCEPersistentDiskVolumeSource| &s.fs_type),
        crate::json::Field::opt("partition", core::mem::offset_of!(GCEPersistentDiskVolumeSource, partition), |s: &GCEPersistentDiskVolumeSource| &s.partition),
        crate::json::Field::req("pdName", core::mem::offset_of!(GCEPersistentDiskVolumeSource, pd_name), |s: &GCEPersistentDiskVolumeSource| &s.pd_name),
        crate::json::Field::opt("readOnly", core::mem::offset_of!(GCEPersistentDiskVolumeSource, read_only), |s: &GCEPersistentDiskVolumeSource| &s.read_only),
] };

impl crate::json::Json for GCEPersistentDiskVolumeSource {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("GCEPersistentDiskVolumeSource", &GCEPersistentDiskVolumeSource_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("GCEPersistentDiskVolumeSource", &GCEPersistentDiskVolumeSource_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&GCEPersistentDiskVolumeSource_JSON, self)
    }
}

impl Clone for GCEPersistentDiskVolumeSource {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&GCEPersistentDiskVolumeSource_JSON, self)
    }
}
