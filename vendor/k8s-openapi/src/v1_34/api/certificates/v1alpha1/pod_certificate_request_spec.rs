// Generated from definition io.k8s.api.certificates.v1alpha1.PodCertificateRequestSpec

#[derive(Debug, Default, PartialEq)]
pub struct PodCertificateRequestSpec {
    pub max_expiration_seconds: Option<i32>,

    pub node_name: std::string::String,

    pub node_uid: std::string::String,

    pub pkix_public_key: crate::ByteString,

    pub pod_name: std::string::String,

    pub pod_uid: std::string::String,

    pub proof_of_possession: crate::ByteString,

    pub service_account_name: std::string::String,

    pub service_account_uid: std::string::String,

    pub signer_name: std::string::String,
}

impl crate::DeepMerge for PodCertificateRequestSpec {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.max_expiration_seconds, other.max_expiration_seconds);
        crate::DeepMerge::merge_from(&mut self.node_name, other.node_name);
        crate::DeepMerge::merge_from(&mut self.node_uid, other.node_uid);
        crate::DeepMerge::merge_from(&mut self.pkix_public_key, other.pkix_public_key);
        crate::DeepMerge::merge_from(&mut self.pod_name, other.pod_name);
        crate::DeepMerge::merge_from(&mut self.pod_uid, other.pod_uid);
        crate::DeepMerge::merge_from(&mut self.proof_of_possession, other.proof_of_possession);
        crate::DeepMerge::merge_from(&mut self.service_account_name, other.service_account_name);
        crate::DeepMerge::merge_from(&mut self.service_account_uid, other.service_account_uid);
        crate::DeepMerge::merge_from(&mut self.signer_name, other.signer_name);
    }
}

impl<'de> crate::serde::Deserialize<'de> for PodCertificateRequestSpec {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_max_expiration_seconds,
            Key_node_name,
            Key_node_uid,
            Key_pkix_public_key,
            Key_pod_name,
            Key_pod_uid,
            Key_proof_of_possession,
            Key_service_account_name,
            Key_service_account_uid,
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
                            "maxExpirationSeconds" => Field::Key_max_expiration_seconds,
                            "nodeName" => Field::Key_node_name,
                            "nodeUID" => Field::Key_node_uid,
                            "pkixPublicKey" => Field::Key_pkix_public_key,
                            "podName" => Field::Key_pod_name,
                            "podUID" => Field::Key_pod_uid,
                            "proofOfPossession" => Field::Key_proof_of_possession,
                            "serviceAccountName" => Field::Key_service_account_name,
                            "serviceAccountUID" => Field::Key_service_account_uid,
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
            type Value = PodCertificateRequestSpec;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("PodCertificateRequestSpec")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_max_expiration_seconds: Option<i32> = None;
                let mut value_node_name: Option<std::string::String> = None;
                let mut value_node_uid: Option<std::string::String> = None;
                let mut value_pkix_public_key: Option<crate::ByteString> = None;
                let mut value_pod_name: Option<std::string::String> = None;
                let mut value_pod_uid: Option<std::string::String> = None;
                let mut value_proof_of_possession: Option<crate::ByteString> = None;
                let mut value_service_account_name: Option<std::string::String> = None;
                let mut value_service_account_uid: Option<std::string::String> = None;
                let mut value_signer_name: Option<std::string::String> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_max_expiration_seconds => value_max_expiration_seconds = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_node_name => value_node_name = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_node_uid => value_node_uid = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_pkix_public_key => value_pkix_public_key = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_pod_name => value_pod_name = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_pod_uid => value_pod_uid = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_proof_of_possession => value_proof_of_possession = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_service_account_name => value_service_account_name = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_service_account_uid => value_service_account_uid = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_signer_name => value_signer_name = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(PodCertificateRequestSpec {
                    max_expiration_seconds: value_max_expiration_seconds,
                    node_name: value_node_name.unwrap_or_default(),
                    node_uid: value_node_uid.unwrap_or_default(),
                    pkix_public_key: value_pkix_public_key.unwrap_or_default(),
                    pod_name: value_pod_name.unwrap_or_default(),
                    pod_uid: value_pod_uid.unwrap_or_default(),
                    proof_of_possession: value_proof_of_possession.unwrap_or_default(),
                    service_account_name: value_service_account_name.unwrap_or_default(),
                    service_account_uid: value_service_account_uid.unwrap_or_default(),
                    signer_name: value_signer_name.unwrap_or_default(),
                })
            }
        }

        deserializer.deserialize_struct(
            "PodCertificateRequestSpec",
            &[
                "maxExpirationSeconds",
                "nodeName",
                "nodeUID",
                "pkixPublicKey",
                "podName",
                "podUID",
                "proofOfPossession",
                "serviceAccountName",
                "serviceAccountUID",
                "signerName",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for PodCertificateRequestSpec {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "PodCertificateRequestSpec",
            9 +
            self.max_expiration_seconds.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.max_expiration_seconds {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "maxExpirationSeconds", value)?;
        }
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "nodeName", &self.node_name)?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "nodeUID", &self.node_uid)?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "pkixPublicKey", &self.pkix_public_key)?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "podName", &self.pod_name)?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "podUID", &self.pod_uid)?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "proofOfPossession", &self.proof_of_possession)?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "serviceAccountName", &self.service_account_name)?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "serviceAccountUID", &self.service_account_uid)?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "signerName", &self.signer_name)?;
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static PodCertificateRequestSpec_JSON: [crate::json::Field<PodCertificateRequestSpec>; 10] = unsafe { [
        crate::json::Field::opt("maxExpirationSeconds", core::mem::offset_of!(PodCertificateRequestSpec, max_expiration_seconds), |s: &PodCertificateRequestSpec| &s.max_expiration_seconds),
        crate::json::Field::req("nodeName", core::mem::offset_of!(PodCertificateRequestSpec, node_name), |s: &PodCertificateRequestSpec| &s.node_name),
        crate::json::Field::req("nodeUID", core::mem::offset_of!(PodCertificateRequestSpec, node_uid), |s: &PodCertificateRequestSpec| &s.node_uid),
        crate::json::Field::req("pkixPublicKey", core::mem::offset_of!(PodCertificateRequestSpec, pkix_public_key), |s: &PodCertificateRequestSpec| &s.pkix_public_key),
        crate::json::Field::req("podName", core::mem::offset_of!(PodCertificateRequestSpec, pod_name), |s: &PodCertificateRequestSpec| &s.pod_name),
        crate::json::Field::req("podUID", core::mem::offset_of!(PodCertificateRequestSpec, pod_uid), |s: &PodCertificateRequestSpec| &s.pod_uid),
        crate::json::Field::req("proofOfPossession", core::mem::offset_of!(PodCertificateRequestSpec, proof_of_possession), |s: &PodCertificateRequestSpec| &s.proof_of_possession),
        crate::json::Field::req("serviceAccountName", core::mem::offset_of!(PodCertificateRequestSpec, service_account_name), |s: &PodCertificateRequestSpec| &s.service_account_name),
        crate::json::Field::req("serviceAccountUID", core::mem::offset_of!(PodCertificateRequestSpec, service_account_uid), |s: &PodCertificateRequestSpec| &s.service_account_uid),
        crate::json::Field::req("signerName", core::mem::offset_of!(PodCertificateRequestSpec, signer_name), |s: &PodCertificateRequestSpec| &s.signer_name),
] };

impl crate::json::Json for PodCertificateRequestSpec {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("PodCertificateRequestSpec", &PodCertificateRequestSpec_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("PodCertificateRequestSpec", &PodCertificateRequestSpec_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&PodCertificateRequestSpec_JSON, self)
    }
}

impl Clone for PodCertificateRequestSpec {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&PodCertificateRequestSpec_JSON, self)
    }
}
