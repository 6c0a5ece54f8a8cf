// Generated from definition io.k8s.api.core.v1.PodCertificateProjection

#[derive(Debug, Default, PartialEq)]
pub struct PodCertificateProjection {
    pub certificate_chain_path: Option<std::string::String>,

    pub credential_bundle_path: Option<std::string::String>,

    pub key_path: Option<std::string::String>,

    pub key_type: std::string::String,

    pub max_expiration_seconds: Option<i32>,

    pub signer_name: std::string::String,
}

impl crate::DeepMerge for PodCertificateProjection {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.certificate_chain_path, other.certificate_chain_path);
        crate::DeepMerge::merge_from(&mut self.credential_bundle_path, other.credential_bundle_path);
        crate::DeepMerge::merge_from(&mut self.key_path, other.key_path);
        crate::DeepMerge::merge_from(&mut self.key_type, other.key_type);
        crate::DeepMerge::merge_from(&mut self.max_expiration_seconds, other.max_expiration_seconds);
        crate::DeepMerge::merge_from(&mut self.signer_name, other.signer_name);
    }
}

impl<'de> crate::serde::Deserialize<'de> for PodCertificateProjection {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_certificate_chain_path,
            Key_credential_bundle_path,
            Key_key_path,
            Key_key_type,
            Key_max_expiration_seconds,
            Key_signer_name,
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
                            "certificateChainPath" => Field::Key_certificate_chain_path,
                            "credentialBundlePath" => Field::Key_credential_bundle_path,
                            "keyPath" => Field::Key_key_path,
                            "keyType" => Field::Key_key_type,
                            "maxExpirationSeconds" => Field::Key_max_expiration_seconds,
                            "signerName" => Field::Key_signer_name,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = PodCertificateProjection;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("PodCertificateProjection")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_certificate_chain_path: Option<std::string::String> = None;
                let mut value_credential_bundle_path: Option<std::string::String> = None;
                let mut value_key_path: Option<std::string::String> = None;
                let mut value_key_type: Option<std::string::String> = None;
                let mut value_max_expiration_seconds: Option<i32> = None;
                let mut value_signer_name: Option<std::string::String> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_certificate_chain_path => value_certificate_chain_path = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_credential_bundle_path => value_credential_bundle_path = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_key_path => value_key_path = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_key_type => value_key_type = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_max_expiration_seconds => value_max_expiration_seconds = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_signer_name => value_signer_name = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(PodCertificateProjection {
                    certificate_chain_path: value_certificate_chain_path,
                    credential_bundle_path: value_credential_bundle_path,
                    key_path: value_key_path,
                    key_type: value_key_type.unwrap_or_default(),
                    max_expiration_seconds: value_max_expiration_seconds,
                    signer_name: value_signer_name.unwrap_or_default(),
                })
            }
        }

        deserializer.deserialize_struct(
            "PodCertificateProjection",
            &[
                "certificateChainPath",
                "credentialBundlePath",
                "keyPath",
                "keyType",
                "maxExpirationSeconds",
                "signerName",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for PodCertificateProjection {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "PodCertificateProjection",
            2 +
            self.certificate_chain_path.as_ref().map_or(0, |_| 1) +
            self.credential_bundle_path.as_ref().map_or(0, |_| 1) +
            self.key_path.as_ref().map_or(0, |_| 1) +
            self.max_expiration_seconds.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.certificate_chain_path {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "certificateChainPath", value)?;
        }
        if let Some(value) = &self.credential_bundle_path {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "credentialBundlePath", value)?;
        }
        if let Some(value) = &self.key_path {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "keyPath", value)?;
        }
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "keyType", &self.key_type)?;
        if let Some(value) = &self.max_expiration_seconds {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "maxExpirationSeconds", value)?;
        }
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "signerName", &self.signer_name)?;
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static PodCertificateProjection_JSON: [crate::json::Field<PodCertificateProjection>; 6] = unsafe { [
        crate::json::Field::opt("certificateChainPath", core::mem::offset_of!(PodCertificateProjection, certificate_chain_path), |s: &PodCertificateProjection| &s.certificate_chain_path),
        crate::json::Field::opt("credentialBundlePath", core::mem::offset_of!(PodCertificateProjection, credential_bundle_path), |s: &PodCertificateProjection| &s.credential_bundle_path),
        crate::json::Field::opt("keyPath", core::mem::offset_of!(PodCertificateProjection, key_path), |s: &PodCertificateProjection| &s.key_path),
        crate::json::Field::req("keyType", core::mem::offset_of!(PodCertificateProjection, key_type), |s: &PodCertificateProjection| &s.key_type),
        crate::json::Field::opt("maxExpirationSeconds", core::mem::offset_of!(PodCertificateProjection, max_expiration_seconds), |s: &PodCertificateProjection| &s.max_expiration_seconds),
        crate::json::Field::req("signerName", core::mem::offset_of!(PodCertificateProjection, signer_name), |s: &PodCertificateProjection| &s.signer_name),
] };

impl crate::json::Json for PodCertificateProjection {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("PodCertificateProjection", &PodCertificateProjection_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("PodCertificateProjection", &PodCertificateProjection_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&PodCertificateProjection_JSON, self)
    }
}

impl Clone for PodCertificateProjection {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&PodCertificateProjection_JSON, self)
    }
}
