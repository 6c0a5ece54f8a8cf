// Generated from definition io.k8s.api.core.v1.PhotonPersistentDiskVolumeSource

#[derive(Debug, Default, PartialEq)]
pub struct PhotonPersistentDiskVolumeSource {
    pub fs_type: Option<std::string::String>,

    pub pd_id: std::string::String,
}

impl crate::DeepMerge for PhotonPersistentDiskVolumeSource {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.fs_type, other.fs_type);
        crate::DeepMerge::merge_from(&mut self.pd_id, other.pd_id);
    }
}

impl<'de> crate::serde::Deserialize<'de> for PhotonPersistentDiskVolumeSource {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_fs_type,
            Key_pd_id,
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
                            "pdID" => Field::Key_pd_id,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = PhotonPersistentDiskVolumeSource;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("PhotonPersistentDiskVolumeSource")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_fs_type: Option<std::string::String> = None;
                let mut value_pd_id: Option<std::string::String> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_fs_type => value_fs_type = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_pd_id => value_pd_id = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(PhotonPersistentDiskVolumeSource {
                    fs_type: value_fs_type,
                    pd_id: value_pd_id.unwrap_or_default(),
                })
            }
        }

        deserializer.deserialize_struct(
            "PhotonPersistentDiskVolumeSource",
            &[
                "fsType",
                "pdID",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for PhotonPersistentDiskVolumeSource {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "PhotonPersistentDiskVolumeSource",
            1 +
            self.fs_type.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.fs_type {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "fsType", value)?;
        }
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "pdID", &self.pd_id)?;
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static PhotonPersistentDiskVolumeSource_JSON: [crate::json::Field<PhotonPersistentDiskVolumeSource>; 2] = unsafe { [
        crate::json::Field::opt("fsType", core::mem::offset_of!(PhotonPersistentDiskVolumeSource, fs_type), |s: &PhotonPersistentDiskVolumeSource| &s.fs_type),
        crate::json::Field::req("pdID", core::mem::offset_of!(PhotonPersistentDiskVolumeSource, pd_id), |s: &PhotonPersistentDiskVolumeSource| &s.pd_id),
] };

impl crate::json::Json for PhotonPersistentDiskVolumeSource {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("PhotonPersistentDiskVolumeSource", &PhotonPersistentDiskVolumeSource_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("PhotonPersistentDiskVolumeSource", &PhotonPersistentDiskVolumeSource_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&PhotonPersistentDiskVolumeSource_JSON, self)
    }
}

impl Clone for PhotonPersistentDiskVolumeSource {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&PhotonPersistentDiskVolumeSource_JSON, self)
    }
}
