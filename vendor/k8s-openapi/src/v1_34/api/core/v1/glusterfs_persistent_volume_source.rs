// Generated from definition io.k8s.api.core.v1.GlusterfsPersistentVolumeSource

#[derive(Debug, Default, PartialEq)]
pub struct GlusterfsPersistentVolumeSource {
    pub endpoints: std::string::String,

    pub endpoints_namespace: Option<std::string::String>,

    pub path: std::string::String,

    pub read_only: Option<bool>,
}

impl crate::DeepMerge for GlusterfsPersistentVolumeSource {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.endpoints, other.endpoints);
        crate::DeepMerge::merge_from(&mut self.endpoints_namespace, other.endpoints_namespace);
        crate::DeepMerge::merge_from(&mut self.path, other.path);
        crate::DeepMerge::merge_from(&mut self.read_only, other.read_only);
    }
}

impl<'de> crate::serde::Deserialize<'de> for GlusterfsPersistentVolumeSource {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_endpoints,
            Key_endpoints_namespace,
            Key_path,
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
                            "endpoints" => Field::Key_endpoints,
                            "endpointsNamespace" => Field::Key_endpoints_namespace,
                            "path" => Field::Key_path,
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
            type Value = GlusterfsPersistentVolumeSource;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("GlusterfsPersistentVolumeSource")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_endpoints: Option<std::string::String> = None;
                let mut value_endpoints_namespace: Option<std::string::String> = None;
                let mut value_path: Option<std::string::String> = None;
                let mut value_read_only: Option<bool> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_endpoints => value_endpoints = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_endpoints_namespace => value_endpoints_namespace = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_path => value_path = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_read_only => value_read_only = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(GlusterfsPersistentVolumeSource {
                    endpoints: value_endpoints.unwrap_or_default(),
                    endpoints_namespace: value_endpoints_namespace,
                    path: value_path.unwrap_or_default(),
                    read_only: value_read_only,
                })
            }
        }

        deserializer.deserialize_struct(
            "GlusterfsPersistentVolumeSource",
            &[
                "endpoints",
                "endpointsNamespace",
                "path",
                "readOnly",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for GlusterfsPersistentVolumeSource {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "GlusterfsPersistentVolumeSource",
            2 +
            self.endpoints_namespace.as_ref().map_or(0, |_| 1) +
            self.read_only.as_ref().map_or(0, |_| 1),
        )?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "endpoints", &self.endpoints)?;
        if let Some(value) = &self.endpoints_namespace {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "endpointsNamespace", value)?;
        }
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "path", &self.path)?;
        if let Some(value) = &self.read_only {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "readOnly", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static GlusterfsPersistentVolumeSource_JSON: [crate::json::Field<GlusterfsPersistentVolumeSource>; 4] = unsafe { [
        crate::json::Field::req("endpoints", core::mem::offset_of!(GlusterfsPersistentVolumeSource, endpoints), |s: &GlusterfsPersistentVolumeSource| &s.endpoints),
        crate::json::Field::opt("endpointsNamespace", core::mem::offset_of!(GlusterfsPersistentVolumeSource, endpoints_namespace), |s: &GlusterfsPersistentVolumeSource| &s.endpoints_namespace),
        crate::json::Field::req("path", core::mem::offset_of!(GlusterfsPersistentVolumeSource, path), |s: &GlusterfsPersistentVolumeSource| &s.path),
        crate::json::Field::opt("readOnly", core::mem::offset_of!(GlusterfsPersistentVolumeSource, read_only), |s: &GlusterfsPersistentVolumeSource| &s.read_only),
] };

impl crate::json::Json for GlusterfsPersistentVolumeSource {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("GlusterfsPersistentVolumeSource", &GlusterfsPersistentVolumeSource_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("GlusterfsPersistentVolumeSource", &GlusterfsPersistentVolumeSource_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&GlusterfsPersistentVolumeSource_JSON, self)
    }
}

impl Clone for GlusterfsPersistentVolumeSource {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&GlusterfsPersistentVolumeSource_JSON, self)
    }
}
