// Generated from definition io.k8s.api.core.v1.ClusterTrustBundleProjection

#[derive(Debug, Default, PartialEq)]
pub struct ClusterTrustBundleProjection {
    pub label_selector: Option<crate::apimachinery::pkg::apis::meta::v1::LabelSelector>,

    pub name: Option<std::string::String>,

    pub optional: Option<bool>,

    pub path: std::string::String,

    pub signer_name: Option<std::string::String>,
}

impl crate::DeepMerge for ClusterTrustBundleProjection {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.label_selector, other.label_selector);
        crate::DeepMerge::merge_from(&mut self.name, other.name);
        crate::DeepMerge::merge_from(&mut self.optional, other.optional);
        crate::DeepMerge::merge_from(&mut self.path, other.path);
        crate::DeepMerge::merge_from(&mut self.signer_name, other.signer_name);
    }
}

impl<'de> crate::serde::Deserialize<'de> for ClusterTrustBundleProjection {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_label_selector,
            Key_name,
            Key_optional,
            Key_path,
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
                            "labelSelector" => Field::Key_label_selector,
                            "name" => Field::Key_name,
                            "optional" => Field::Key_optional,
                            "path" => Field::Key_path,
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
            type Value = ClusterTrustBundleProjection;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("ClusterTrustBundleProjection")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_label_selector: Option<crate::apimachinery::pkg::apis::meta::v1::LabelSelector> = None;
                let mut value_name: Option<std::string::String> = None;
                let mut value_optional: Option<bool> = None;
                let mut value_path: Option<std::string::String> = None;
                let mut value_signer_name: Option<std::string::String> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_label_selector => value_label_selector = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_name => value_name = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_optional => value_optional = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_path => value_path = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_signer_name => value_signer_name = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(ClusterTrustBundleProjection {
                    label_selector: value_label_selector,
                    name: value_name,
                    optional: value_optional,
                    path: value_path.unwrap_or_default(),
                    signer_name: value_signer_name,
                })
            }
        }

        deserializer.deserialize_struct(
            "ClusterTrustBundleProjection",
            &[
                "labelSelector",
                "name",
                "optional",
                "path",
                "signerName",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for ClusterTrustBundleProjection {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "ClusterTrustBundleProjection",
            1 +
            self.label_selector.as_ref().map_or(0, |_| 1) +
            self.name.as_ref().map_or(0, |_| 1) +
            self.optional.as_ref().map_or(0, |_| 1) +
            self.signer_name.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.label_selector {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "labelSelector", value)?;
        }
        if let Some(value) = &self.name {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "name", value)?;
        }
        if let Some(value) = &self.optional {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "optional", value)?;
        }
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "path", &self.path)?;
        if let Some(value) = &self.signer_name {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "signerName", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static ClusterTrustBundleProjection_JSON: [crate::json::Field<ClusterTrustBundleProjection>; 5] = unsafe { [
        crate::json::Field::opt("labelSelector", core::mem::offset_of!(ClusterTrustBundleProjection, label_selector), |s: &ClusterTrustBundleProjection| &s.label_selector),
        crate::json::Field::opt("name", core::mem::offset_of!(ClusterTrustBundleProjection, name), |s: &ClusterTrustBundleProjection| &s.name),
        crate::json::Field::opt("optional", core::mem::offset_of!(ClusterTrustBundleProjection, optional), |s: &ClusterTrustBundleProjection| &s.optional),
        crate::json::Field::req("path", core::mem::offset_of!(ClusterTrustBundleProjection, path), |s: &ClusterTrustBundleProjection| &s.path),
        crate::json::Field::opt("signerName", core::mem::offset_of!(ClusterTrustBundleProjection, signer_name), |s: &ClusterTrustBundleProjection| &s.signer_name),
] };

impl crate::json::Json for ClusterTrustBundleProjection {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("ClusterTrustBundleProjection", &ClusterTrustBundleProjection_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("ClusterTrustBundleProjection", &ClusterTrustBundleProjection_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&ClusterTrustBundleProjection_JSON, self)
    }
}

impl Clone for ClusterTrustBundleProjection {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&ClusterTrustBundleProjection_JSON, self)
    }
}
