// Generated from definition io.k8s.api.core.v1.QuobyteVolumeSource

#[derive(Debug, Default, PartialEq)]
pub struct QuobyteVolumeSource {
    pub group: Option<std::string::String>,

    pub read_only: Option<bool>,

    pub registry: std::string::String,

    pub tenant: Option<std::string::String>,

    pub user: Option<std::string::String>,

    pub volume: std::string::String,
}

impl crate::DeepMerge for QuobyteVolumeSource {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.group, other.group);
        crate::DeepMerge::merge_from(&mut self.read_only, other.read_only);
        crate::DeepMerge::merge_from(&mut self.registry, other.registry);
        crate::DeepMerge::merge_from(&mut self.tenant, other.tenant);
        crate::DeepMerge::merge_from(&mut self.user, other.user);
        crate::DeepMerge::merge_from(&mut self.volume, other.volume);
    }
}

impl<'de> crate::serde::Deserialize<'de> for QuobyteVolumeSource {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_group,
            Key_read_only,
            Key_registry,
            Key_tenant,
            Key_user,
            Key_volume,
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
                            "group" => Field::Key_group,
                            "readOnly" => Field::Key_read_only,
                            "registry" => Field::Key_registry,
                            "tenant" => Field::Key_tenant,
                            "user" => Field::Key_user,
                            "volume" => Field::Key_volume,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = QuobyteVolumeSource;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("QuobyteVolumeSource")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_group: Option<std::string::String> = None;
                let mut value_read_only: Option<bool> = None;
                let mut value_registry: Option<std::string::String> = None;
                let mut value_tenant: Option<std::string::String> = None;
                let mut value_user: Option<std::string::String> = None;
                let mut value_volume: Option<std::string::String> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_group => value_group = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_read_only => value_read_only = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_registry => value_registry = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_tenant => value_tenant = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_user => value_user = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_volume => value_volume = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(QuobyteVolumeSource {
                    group: value_group,
                    read_only: value_read_only,
                    registry: value_registry.unwrap_or_default(),
                    tenant: value_tenant,
                    user: value_user,
                    volume: value_volume.unwrap_or_default(),
                })
            }
        }

        deserializer.deserialize_struct(
            "QuobyteVolumeSource",
            &[
                "group",
                "readOnly",
                "registry",
                "tenant",
                "user",
                "volume",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for QuobyteVolumeSource {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "QuobyteVolumeSource",
            2 +
            self.group.as_ref().map_or(0, |_| 1) +
            self.read_only.as_ref().map_or(0, |_| 1) +
            self.tenant.as_ref().map_or(0, |_| 1) +
            self.user.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.group {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "group", value)?;
        }
        if let Some(value) = &self.read_only {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "readOnly", value)?;
        }
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "registry", &self.registry)?;
        if let Some(value) = &self.tenant {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "tenant", value)?;
        }
        if let Some(value) = &self.user {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "user", value)?;
        }
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "volume", &self.volume)?;
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static QuobyteVolumeSource_JSON: [crate::json::Field<QuobyteVolumeSource>; 6] = unsafe { [
        crate::json::Field::opt("group", core::mem::offset_of!(QuobyteVolumeSource, group), |s: &QuobyteVolumeSource| &s.group),
        crate::json::Field::opt("readOnly", core::mem::offset_of!(QuobyteVolumeSource, read_only), |s: &QuobyteVolumeSource| &s.read_only),
        crate::json::Field::req("registry", core::mem::offset_of!(QuobyteVolumeSource, registry), |s: &QuobyteVolumeSource| &s.registry),
        crate::json::Field::opt("tenant", core::mem::offset_of!(QuobyteVolumeSource, tenant), |s: &QuobyteVolumeSource| &s.tenant),
        crate::json::Field::opt("user", core::mem::offset_of!(QuobyteVolumeSource, user), |s: &QuobyteVolumeSource| &s.user),
        crate::json::Field::req("volume", core::mem::offset_of!(QuobyteVolumeSource, volume), |s: &QuobyteVolumeSource| &s.volume),
] };

impl crate::json::Json for QuobyteVolumeSource {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("QuobyteVolumeSource", &QuobyteVolumeSource_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("QuobyteVolumeSource", &QuobyteVolumeSource_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&QuobyteVolumeSource_JSON, self)
    }
}

impl Clone for QuobyteVolumeSource {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&QuobyteVolumeSource_JSON, self)
    }
}
