// Generated from definition io.k8s.api.core.v1.VolumeProjection

#[derive(Debug, Default, PartialEq)]
pub struct VolumeProjection {
    pub cluster_trust_bundle: Option<std::boxed::Box<crate::api::core::v1::ClusterTrustBundleProjection>>,

    pub config_map: Option<std::boxed::Box<crate::api::core::v1::ConfigMapProjection>>,

    pub downward_api: Option<crate::api::core::v1::DownwardAPIProjection>,

    pub pod_certificate: Option<std::boxed::Box<crate::api::core::v1::PodCertificateProjection>>,

    pub secret: Option<std::boxed::Box<crate::api::core::v1::SecretProjection>>,

    pub service_account_token: Option<std::boxed::Box<crate::api::core::v1::ServiceAccountTokenProjection>>,
}

impl crate::DeepMerge for VolumeProjection {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.cluster_trust_bundle, other.cluster_trust_bundle);
        crate::DeepMerge::merge_from(&mut self.config_map, other.config_map);
        crate::DeepMerge::merge_from(&mut self.downward_api, other.downward_api);
        crate::DeepMerge::merge_from(&mut self.pod_certificate, other.pod_certificate);
        crate::DeepMerge::merge_from(&mut self.secret, other.secret);
        crate::DeepMerge::merge_from(&mut self.service_account_token, other.service_account_token);
    }
}

impl<'de> crate::serde::Deserialize<'de> for VolumeProjection {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_cluster_trust_bundle,
            Key_config_map,
            Key_downward_api,
            Key_pod_certificate,
            Key_secret,
            Key_service_account_token,
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
                            "clusterTrustBundle" => Field::Key_cluster_trust_bundle,
                            "configMap" => Field::Key_config_map,
                            "downwardAPI" => Field::Key_downward_api,
                            "podCertificate" => Field::Key_pod_certificate,
                            "secret" => Field::Key_secret,
                            "serviceAccountToken" => Field::Key_service_account_token,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = VolumeProjection;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("VolumeProjection")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_cluster_trust_bundle: Option<std::boxed::Box<crate::api::core::v1::ClusterTrustBundleProjection>> = None;
                let mut value_config_map: Option<std::boxed::Box<crate::api::core::v1::ConfigMapProjection>> = None;
                let mut value_downward_api: Option<crate::api::core::v1::DownwardAPIProjection> = None;
                let mut value_pod_certificate: Option<std::boxed::Box<crate::api::core::v1::PodCertificateProjection>> = None;
                let mut value_secret: Option<std::boxed::Box<crate::api::core::v1::SecretProjection>> = None;
                let mut value_service_account_token: Option<std::boxed::Box<crate::api::core::v1::ServiceAccountTokenProjection>> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_cluster_trust_bundle => value_cluster_trust_bundle = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_config_map => value_config_map = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_downward_api => value_downward_api = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_pod_certificate => value_pod_certificate = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_secret => value_secret = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_service_account_token => value_service_account_token = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(VolumeProjection {
                    cluster_trust_bundle: value_cluster_trust_bundle,
                    config_map: value_config_map,
                    downward_api: value_downward_api,
                    pod_certificate: value_pod_certificate,
                    secret: value_secret,
                    service_account_token: value_service_account_token,
                })
            }
        }

        deserializer.deserialize_struct(
            "VolumeProjection",
            &[
                "clusterTrustBundle",
                "configMap",
                "downwardAPI",
                "podCertificate",
                "secret",
                "serviceAccountToken",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for VolumeProjection {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "VolumeProjection",
            self.cluster_trust_bundle.as_ref().map_or(0, |_| 1) +
            self.config_map.as_ref().map_or(0, |_| 1) +
            self.downward_api.as_ref().map_or(0, |_| 1) +
            self.pod_certificate.as_ref().map_or(0, |_| 1) +
            self.secret.as_ref().map_or(0, |_| 1) +
            self.service_account_token.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.cluster_trust_bundle {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "clusterTrustBundle", value)?;
        }
        if let Some(value) = &self.config_map {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "configMap", value)?;
        }
        if let Some(value) = &self.downward_api {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "downwardAPI", value)?;
        }
        if let Some(value) = &self.pod_certificate {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "podCertificate", value)?;
        }
        if let Some(value) = &self.secret {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "secret", value)?;
        }
        if let Some(value) = &self.service_account_token {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "serviceAccountToken", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static VolumeProjection_JSON: [crate::json::Field<VolumeProjection>; 6] = unsafe { [
        crate::json::Field::opt("clusterTrustBundle", core::mem::offset_of!(VolumeProjection, cluster_trust_bundle), |s: &VolumeProjection| &s.cluster_trust_bundle),
        crate::json::Field::opt("configMap", core::mem::offset_of!(VolumeProjection, config_map), |s: &VolumeProjection| &s.config_map),
        crate::json::Field::opt("downwardAPI", core::mem::offset_of!(VolumeProjection, downward_api), |s: &VolumeProjection| &s.downward_api),
        crate::json::Field::opt("podCertificate", core::mem::offset_of!(VolumeProjection, pod_certificate), |s: &VolumeProjection| &s.pod_certificate),
        crate::json::Field::opt("secret", core::mem::offset_of!(VolumeProjection, secret), |s: &VolumeProjection| &s.secret),
        crate::json::Field::opt("serviceAccountToken", core::mem::offset_of!(VolumeProjection, service_account_token), |s: &VolumeProjection| &s.service_account_token),
] };

impl crate::json::Json for VolumeProjection {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("VolumeProjection", &VolumeProjection_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("VolumeProjection", &VolumeProjection_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&VolumeProjection_JSON, self)
    }
}

impl Clone for VolumeProjection {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&VolumeProjection_JSON, self)
    }
}
