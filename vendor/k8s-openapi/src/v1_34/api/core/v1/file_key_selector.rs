// Generated from definition io.k8s.api.core.v1.FileKeySelector

#[derive(Debug, Default, PartialEq)]
pub struct FileKeySelector {
    pub key: std::string::String,

    pub optional: Option<bool>,

    pub path: std::string::String,

    pub volume_name: std::string::String,
}

impl crate::DeepMerge for FileKeySelector {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.key, other.key);
        crate::DeepMerge::merge_from(&mut self.optional, other.optional);
        crate::DeepMerge::merge_from(&mut self.path, other.path);
        crate::DeepMerge::merge_from(&mut self.volume_name, other.volume_name);
    }
}

impl<'de> crate::serde::Deserialize<'de> for FileKeySelector {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_key,
            Key_optional,
            Key_path,
            Key_volume_name,
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
                            "key" => Field::Key_key,
                            "optional" => Field::Key_optional,
                            "path" => Field::Key_path,
                            "volumeName" => Field::Key_volume_name,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = FileKeySelector;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("FileKeySelector")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_key: Option<std::string::String> = None;
                let mut value_optional: Option<bool> = None;
                let mut value_path: Option<std::string::String> = None;
                let mut value_volume_name: Option<std::string::String> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_key => value_key = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_optional => value_optional = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_path => value_path = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_volume_name => value_volume_name = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(FileKeySelector {
                    key: value_key.unwrap_or_default(),
                    optional: value_optional,
                    path: value_path.unwrap_or_default(),
                    volume_name: value_volume_name.unwrap_or_default(),
                })
            }
        }

        deserializer.deserialize_struct(
            "FileKeySelector",
            &[
                "key",
                "optional",
                "path",
                "volumeName",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for FileKeySelector {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "FileKeySelector",
            3 +
            self.optional.as_ref().map_or(0, |_| 1),
        )?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "key", &self.key)?;
        if let Some(value) = &self.optional {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "optional", value)?;
        }
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "path", &self.path)?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "volumeName", &self.volume_name)?;
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static FileKeySelector_JSON: [crate::json::Field<FileKeySelector>; 4] = unsafe { [
        crate::json::Field::req("key", core::mem::offset_of!(FileKeySelector, key), |s: &FileKeySelector| &s.key),
        crate::json::Field::opt("optional", core::mem::offset_of!(FileKeySelector, optional), |s: &FileKeySelector| &s.optional),
        crate::json::Field::req("path", core::mem::offset_of!(FileKeySelector, path), |s: &FileKeySelector| &s.path),
        crate::json::Field::req("volumeName", core::mem::offset_of!(FileKeySelector, volume_name), |s: &FileKeySelector| &s.volume_name),
] };

impl crate::json::Json for FileKeySelector {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("FileKeySelector", &FileKeySelector_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("FileKeySelector", &FileKeySelector_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&FileKeySelector_JSON, self)
    }
}

impl Clone for FileKeySelector {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&FileKeySelector_JSON, self)
    }
}
