// Generated from definition io.k8s.api.apiserverinternal.v1alpha1.ServerStorageVersion

#[derive(Debug, Default, PartialEq)]
pub struct ServerStorageVersion {
    pub api_server_id: Option<std::string::String>,

    pub decodable_versions: Option<std::vec::Vec<std::string::String>>,

    pub encoding_version: Option<std::string::String>,

    pub served_versions: Option<std::vec::Vec<std::string::String>>,
}

impl crate::DeepMerge for ServerStorageVersion {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.api_server_id, other.api_server_id);
        crate::merge_strategies::list::set(&mut self.decodable_versions, other.decodable_versions);
        crate::DeepMerge::merge_from(&mut self.encoding_version, other.encoding_version);
        crate::merge_strategies::list::set(&mut self.served_versions, other.served_versions);
    }
}

impl<'de> crate::serde::Deserialize<'de> for ServerStorageVersion {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_api_server_id,
            Key_decodable_versions,
            Key_encoding_version,
            Key_served_versions,
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
                            "apiServerID" => Field::Key_api_server_id,
                            "decodableVersions" => Field::Key_decodable_versions,
                            "encodingVersion" => Field::Key_encoding_version,
                            "servedVersions" => Field::Key_served_versions,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = ServerStorageVersion;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("ServerStorageVersion")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_api_server_id: Option<std::string::String> = None;
                let mut value_decodable_versions: Option<std::vec::Vec<std::string::String>> = None;
                let mut value_encoding_version: Option<std::string::String> = None;
                let mut value_served_versions: Option<std::vec::Vec<std::string::String>> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_api_server_id => value_api_server_id = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_decodable_versions => value_decodable_versions = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_encoding_version => value_encoding_version = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_served_versions => value_served_versions = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(ServerStorageVersion {
                    api_server_id: value_api_server_id,
                    decodable_versions: value_decodable_versions,
                    encoding_version: value_encoding_version,
                    served_versions: value_served_versions,
                })
            }
        }

        deserializer.deserialize_struct(
            "ServerStorageVersion",
            &[
                "apiServerID",
                "decodableVersions",
                "encodingVersion",
                "servedVersions",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for ServerStorageVersion {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "ServerStorageVersion",
            self.api_server_id.as_ref().map_or(0, |_| 1) +
            self.decodable_versions.as_ref().map_or(0, |_| 1) +
            self.encoding_version.as_ref().map_or(0, |_| 1) +
            self.served_versions.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.api_server_id {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "apiServerID", value)?;
        }
        if let Some(value) = &self.decodable_versions {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "decodableVersions", value)?;
        }
        if let Some(value) = &self.encoding_version {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "encodingVersion", value)?;
        }
        if let Some(value) = &self.served_versions {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "servedVersions", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static ServerStorageVersion_JSON: [crate::json::Field<ServerStorageVersion>; 4] = unsafe { [
        crate::json::Field::opt("apiServerID", core::mem::offset_of!(ServerStorageVersion, api_server_id), |s: &ServerStorageVersion| &s.api_server_id),
        crate::json::Field::opt("decodableVersions", core::mem::offset_of!(ServerStorageVersion, decodable_versions), |s: &ServerStorageVersion| &s.decodable_versions),
        crate::json::Field::opt("encodingVersion", core::mem::offset_of!(ServerStorageVersion, encoding_version), |s: &ServerStorageVersion| &s.encoding_version),
        crate::json::Field::opt("servedVersions", core::mem::offset_of!(ServerStorageVersion, served_versions), |s: &ServerStorageVersion| &s.served_versions),
] };

impl crate::json::Json for ServerStorageVersion {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("ServerStorageVersion", &ServerStorageVersion_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("ServerStorageVersion", &ServerStorageVersion_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&ServerStorageVersion_JSON, self)
    }
}

impl Clone for ServerStorageVersion {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&ServerStorageVersion_JSON, self)
    }
}
