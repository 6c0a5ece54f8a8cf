// Generated from definition io.k8s.api.certificates.v1alpha1.ClusterTrustBundleSpec

#[derive(Debug, Default, PartialEq)]
pub struct ClusterTrustBundleSpec {
    pub signer_name: Option<std::string::String>,

    pub trust_bundle: std::string::String,
}

impl crate::DeepMerge for ClusterTrustBundleSpec {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.signer_name, other.signer_name);
        crate::DeepMerge::merge_from(&mut self.trust_bundle, other.trust_bundle);
    }
}

impl<'de> crate::serde::Deserialize<'de> for ClusterTrustBundleSpec {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_signer_name,
            Key_trust_bundle,
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
                            "signerName" => Field::Key_signer_name,
                            "trustBundle" => Field::Key_trust_bundle,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = ClusterTrustBundleSpec;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("ClusterTrustBundleSpec")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_signer_name: Option<std::string::String> = None;
                let mut value_trust_bundle: Option<std::string::String> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_signer_name => value_signer_name = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_trust_bundle => value_trust_bundle = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(ClusterTrustBundleSpec {
                    signer_name: value_signer_name,
                    trust_bundle: value_trust_bundle.unwrap_or_default(),
                })
            }
        }

        deserializer.deserialize_struct(
            "ClusterTrustBundleSpec",
            &[
                "signerName",
                "trustBundle",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for ClusterTrustBundleSpec {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "ClusterTrustBundleSpec",
            1 +
            self.signer_name.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.signer_name {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "signerName", value)?;
        }
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "trustBundle", &self.trust_bundle)?;
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static ClusterTrustBundleSpec_JSON: [crate::json::Field<ClusterTrustBundleSpec>; 2] = unsafe { [
        crate::json::Field::opt("signerName", core::mem::offset_of!(ClusterTrustBundleSpec, signer_name), |s: &ClusterTrustBundleSpec| &s.signer_name),
        crate::json::Field::req("trustBundle", core::mem::offset_of!(ClusterTrustBundleSpec, trust_bundle), |s: &ClusterTrustBundleSpec| &s.trust_bundle),
] };

impl crate::json::Json for ClusterTrustBundleSpec {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("ClusterTrustBundleSpec", &ClusterTrustBundleSpec_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("ClusterTrustBundleSpec", &ClusterTrustBundleSpec_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&ClusterTrustBundleSpec_JSON, self)
    }
}

impl Clone for ClusterTrustBundleSpec {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&ClusterTrustBundleSpec_JSON, self)
    }
}
