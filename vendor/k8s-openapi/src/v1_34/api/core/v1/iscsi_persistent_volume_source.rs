// Generated from definition io.k8s.api.core.v1.ISCSIPersistentVolumeSource

#[derive(Debug, Default, PartialEq)]
pub struct ISCSIPersistentVolumeSource {
    pub chap_auth_discovery: Option<bool>,

    pub chap_auth_session: Option<bool>,

    pub fs_type: Option<std::string::String>,

    pub initiator_name: Option<std::string::String>,

    pub iqn: std::string::String,

    pub iscsi_interface: Option<std::string::String>,

    pub lun: i32,

    pub portals: Option<std::vec::Vec<std::string::String>>,

    pub read_only: Option<bool>,

    pub secret_ref: Option<crate::api::core::v1::SecretReference>,

    pub target_portal: std::string::String,
}

impl crate::DeepMerge for ISCSIPersistentVolumeSource {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.chap_auth_discovery, other.chap_auth_discovery);
        crate::DeepMerge::merge_from(&mut self.chap_auth_session, other.chap_auth_session);
        crate::DeepMerge::merge_from(&mut self.fs_type, other.fs_type);
        crate::DeepMerge::merge_from(&mut self.initiator_name, other.initiator_name);
        crate::DeepMerge::merge_from(&mut self.iqn, other.iqn);
        crate::DeepMerge::merge_from(&mut self.iscsi_interface, other.iscsi_interface);
        crate::DeepMerge::merge_from(&mut self.lun, other.lun);
        crate::merge_strategies::list::atomic(&mut self.portals, other.portals);
        crate::DeepMerge::merge_from(&mut self.read_only, other.read_only);
        crate::DeepMerge::merge_from(&mut self.secret_ref, other.secret_ref);
        crate::DeepMerge::merge_from(&mut self.target_portal, other.target_portal);
    }
}

impl<'de> crate::serde::Deserialize<'de> for ISCSIPersistentVolumeSource {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_chap_auth_discovery,
            Key_chap_auth_session,
            Key_fs_type,
            Key_initiator_name,
            Key_iqn,
            Key_iscsi_interface,
            Key_lun,
            Key_portals,
            Key_read_only,
            Key_secret_ref,
            Key_target_portal,
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
                            "chapAuthDiscovery" => Field::Key_chap_auth_discovery,
                            "chapAuthSession" => Field::Key_chap_auth_session,
                            "fsType" => Field::Key_fs_type,
                            "initiatorName" => Field::Key_initiator_name,
                            "iqn" => Field::Key_iqn,
                            "iscsiInterface" => Field::Key_iscsi_interface,
                            "lun" => Field::Key_lun,
                            "portals" => Field::Key_portals,
                            "readOnly" => Field::Key_read_only,
                            "secretRef" => Field::Key_secret_ref,
                            "targetPortal" => Field::Key_target_portal,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = ISCSIPersistentVolumeSource;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("ISCSIPersistentVolumeSource")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_chap_auth_discovery: Option<bool> = None;
                let mut value_chap_auth_session: Option<bool> = None;
                let mut value_fs_type: Option<std::string::String> = None;
                let mut value_initiator_name: Option<std::string::String> = None;
                let mut value_iqn: Option<std::string::String> = None;
                let mut value_iscsi_interface: Option<std::string::String> = None;
                let mut value_lun: Option<i32> = None;
                let mut value_portals: Option<std::vec::Vec<std::string::String>> = None;
                let mut value_read_only: Option<bool> = None;
                let mut value_secret_ref: Option<crate::api::core::v1::SecretReference> = None;
                let mut value_target_portal: Option<std::string::String> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_chap_auth_discovery => value_chap_auth_discovery = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_chap_auth_session => value_chap_auth_session = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_fs_type => value_fs_type = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_initiator_name => value_initiator_name = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_iqn => value_iqn = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_iscsi_interface => value_iscsi_interface = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_lun => value_lun = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_portals => value_portals = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_read_only => value_read_only = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_secret_ref => value_secret_ref = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_target_portal => value_target_portal = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(ISCSIPersistentVolumeSource {
                    chap_auth_discovery: value_chap_auth_discovery,
                    chap_auth_session: value_chap_auth_session,
                    fs_type: value_fs_type,
                    initiator_name: value_initiator_name,
                    iqn: value_iqn.unwrap_or_default(),
                    iscsi_interface: value_iscsi_interface,
                    lun: value_lun.unwrap_or_default(),
                    portals: value_portals,
                    read_only: value_read_only,
                    secret_ref: value_secret_ref,
                    target_portal: value_target_portal.unwrap_or_default(),
                })
            }
        }

        deserializer.deserialize_struct(
            "ISCSIPersistentVolumeSource",
            &[
                "chapAuthDiscovery",
                "chapAuthSession",
                "fsType",
                "initiatorName",
                "iqn",
                "iscsiInterface",
                "lun",
                "portals",
                "readOnly",
                "secretRef",
                "targetPortal",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for ISCSIPersistentVolumeSource {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "ISCSIPersistentVolumeSource",
            3 +
            self.chap_auth_discovery.as_ref().map_or(0, |_| 1) +
            self.chap_auth_session.as_ref().map_or(0, |_| 1) +
            self.fs_type.as_ref().map_or(0, |_| 1) +
            self.initiator_name.as_ref().map_or(0, |_| 1) +
            self.iscsi_interface.as_ref().map_or(0, |_| 1) +
            self.portals.as_ref().map_or(0, |_| 1) +
            self.read_only.as_ref().map_or(0, |_| 1) +
            self.secret_ref.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.chap_auth_discovery {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "chapAuthDiscovery", value)?;
        }
        if let Some(value) = &self.chap_auth_session {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "chapAuthSession", value)?;
        }
        if let Some(value) = &self.fs_type {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "fsType", value)?;
        }
        if let Some(value) = &self.initiator_name {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "initiatorName", value)?;
        }
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "iqn", &self.iqn)?;
        if let Some(value) = &self.iscsi_interface {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "iscsiInterface", value)?;
        }
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "lun", &self.lun)?;
        if let Some(value) = &self.portals {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "portals", value)?;
        }
        if let Some(value) = &self.read_only {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "readOnly", value)?;
        }
        if let Some(value) = &self.secret_ref {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "secretRef", value)?;
        }
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "targetPortal", &self.target_portal)?;
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static ISCSIPersistentVolumeSource_JSON: [crate::json::Field<ISCSIPersistentVolumeSource>; 11] = unsafe { [
        crate::json::Field::opt("chapAuthDiscovery", core::mem::offset_of!(ISCSIPersistentVolumeSource, chap_auth_discovery), |s: &ISCSIPersistentVolumeSource| &s.chap_auth_discovery),
        crate::json::Field::opt("chapAuthSession", core::mem::offset_of!(ISCSIPersistentVolumeSource, chap_auth_session), |s: &ISCSIPersistentVolumeSource| &s.chap_auth_session),
        crate::json::Field::opt("fsType", core::mem::offset_of!(ISCSIPersistentVolumeSource, fs_type), |s: &ISCSIPersistentVolumeSource| &s.fs_type),
        crate::json::Field::opt("initiatorName", core::mem::offset_of!(ISCSIPersistentVolumeSource, initiator_name), |s: &ISCSIPersistentVolumeSource| &s.initiator_name),
        crate::json::Field::req("iqn", core::mem::offset_of!(ISCSIPersistentVolumeSource, iqn), |s: &ISCSIPersistentVolumeSource| &s.iqn),
        crate::json::Field::opt("iscsiInterface", core::mem::offset_of!(ISCSIPersistentVolumeSource, iscsi_interface), |s: &ISCSIPersistentVolumeSource| &s.iscsi_interface),
        crate::json::Field::req("lun", core::mem::offset_of!(ISCSIPersistentVolumeSource, lun), |s: &ISCSIPersistentVolumeSource| &s.lun),
        crate::json::Field::opt("portals", core::mem::offset_of!(ISCSIPersistentVolumeSource, portals), |s: &ISCSIPersistentVolumeSource| &s.portals),
        crate::json::Field::opt("readOnly", core::mem::offset_of!(ISCSIPersistentVolumeSource, read_only), |s: &ISCSIPersistentVolumeSource| &s.read_only),
        crate::json::Field::opt("secretRef", core::mem::offset_of!(ISCSIPersistentVolumeSource, secret_ref), |s: &ISCSIPersistentVolumeSource| &s.secret_ref),
        crate::json::Field::req("targetPortal", core::mem::offset_of!(ISCSIPersistentVolumeSource, target_portal), |s: &ISCSIPersistentVolumeSource| &s.target_portal),
] };

impl crate::json::Json for ISCSIPersistentVolumeSource {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("ISCSIPersistentVolumeSource", &ISCSIPersistentVolumeSource_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("ISCSIPersistentVolumeSource", &ISCSIPersistentVolumeSource_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&ISCSIPersistentVolumeSource_JSON, self)
    }
}

impl Clone for ISCSIPersistentVolumeSource {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&ISCSIPersistentVolumeSource_JSON, self)
    }
}
