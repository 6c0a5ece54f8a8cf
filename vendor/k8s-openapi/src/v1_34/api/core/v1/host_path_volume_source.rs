// Generated from definition io.k8s.api.core.v1.HostPathVolumeSource

#[derive(Debug, Default, PartialEq)]
pub struct HostPathVolumeSource {
    pub path: std::string::String,

    pub type_: Option<std::string::String>,
}

impl crate::DeepMerge for HostPathVolumeSource {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.path, other.path);
        crate::DeepMerge::merge_from(&mut self.type_, other.type_);
    }
}

impl<'de> crate::serde::Deserialize<'de> for HostPathVolumeSource {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_path,
            Key_type_,
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
                            "path" => Field::Key_path,
                            "type" => Field::Key_type_,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = HostPathVolumeSource;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("HostPathVolumeSource")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_path: Option<std::string::String> = None;
                let mut value_type_: Option<std::string::String> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_path => value_path = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_type_ => value_type_ = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(HostPathVolumeSource {
                    path: value_path.unwrap_or_default(),
                    type_: value_type_,
                })
            }
        }

        deserializer.deserialize_struct(
            "HostPathVolumeSource",
            &[
                "path",
                "type",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for HostPathVolumeSource {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "HostPathVolumeSource",
            1 +
            self.type_.as_ref().map_or(0, |_| 1),
        )?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "path", &self.path)?;
        if let Some(value) = &self.type_ {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "type", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static HostPathVolumeSource_JSON: [crate::json::Field<HostPathVolumeSource>; 2] = unsafe { [
        crate::json::Field::req("path", core::mem::offset_of!(HostPathVolumeSource, path), |s: &HostPathVolumeSource| &s.path),
        crate::json::Field::opt("type", core::mem::offset_of!(HostPathVolumeSource, type_), |s: &HostPathVolumeSource| &s.type_),
] };

impl crate::json::Json for HostPathVolumeSource {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("HostPathVolumeSource", &HostPathVolumeSource_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("HostPathVolumeSource", &HostPathVolumeSource_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&HostPathVolumeSource_JSON, self)
    }
}

impl Clone for HostPathVolumeSource {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&HostPathVolumeSource_JSON, self)
    }
}
