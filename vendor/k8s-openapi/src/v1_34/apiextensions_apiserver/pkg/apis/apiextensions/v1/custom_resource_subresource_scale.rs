// Generated from definition io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceSubresourceScale

#[derive(Debug, Default, PartialEq)]
pub struct CustomResourceSubresourceScale {
    pub label_selector_path: Option<std::string::String>,

    pub spec_replicas_path: std::string::String,

    pub status_replicas_path: std::string::String,
}

impl crate::DeepMerge for CustomResourceSubresourceScale {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.label_selector_path, other.label_selector_path);
        crate::DeepMerge::merge_from(&mut self.spec_replicas_path, other.spec_replicas_path);
        crate::DeepMerge::merge_from(&mut self.status_replicas_path, other.status_replicas_path);
    }
}

impl<'de> crate::serde::Deserialize<'de> for CustomResourceSubresourceScale {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_label_selector_path,
            Key_spec_replicas_path,
            Key_status_replicas_path,
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
                            "labelSelectorPath" => Field::Key_label_selector_path,
                            "specReplicasPath" => Field::Key_spec_replicas_path,
                            "statusReplicasPath" => Field::Key_status_replicas_path,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = CustomResourceSubresourceScale;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("CustomResourceSubresourceScale")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_label_selector_path: Option<std::string::String> = None;
                let mut value_spec_replicas_path: Option<std::string::String> = None;
                let mut value_status_replicas_path: Option<std::string::String> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_label_selector_path => value_label_selector_path = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_spec_replicas_path => value_spec_replicas_path = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_status_replicas_path => value_status_replicas_path = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(CustomResourceSubresourceScale {
                    label_selector_path: value_label_selector_path,
                    spec_replicas_path: value_spec_replicas_path.unwrap_or_default(),
                    status_replicas_path: value_status_replicas_path.unwrap_or_default(),
                })
            }
        }

        deserializer.deserialize_struct(
            "CustomResourceSubresourceScale",
            &[
                "labelSelectorPath",
                "specReplicasPath",
                "statusReplicasPath",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for CustomResourceSubresourceScale {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "CustomResourceSubresourceScale",
            2 +
            self.label_selector_path.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.label_selector_path {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "labelSelectorPath", value)?;
        }
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "specReplicasPath", &self.spec_replicas_path)?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "statusReplicasPath", &self.status_replicas_path)?;
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static CustomResourceSubresourceScale_JSON: [crate::json::Field<CustomResourceSubresourceScale>; 3] = unsafe { [
        crate::json::Field::opt("labelSelectorPath", core::mem::offset_of!(CustomResourceSubresourceScale, label_selector_path), |s: &CustomResourceSubresourceScale| &s.label_selector_path),
        crate::json::Field::req("specReplicasPath", core::mem::offset_of!(CustomResourceSubresourceScale, spec_replicas_path), |s: &CustomResourceSubresourceScale| &s.spec_replicas_path),
        crate::json::Field::req("statusReplicasPath", core::mem::offset_of!(CustomResourceSubresourceScale, status_replicas_path), |s: &CustomResourceSubresourceScale| &s.status_replicas_path),
] };

impl crate::json::Json for CustomResourceSubresourceScale {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("CustomResourceSubresourceScale", &CustomResourceSubresourceScale_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("CustomResourceSubresourceScale", &CustomResourceSubresourceScale_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&CustomResourceSubresourceScale_JSON, self)
    }
}

impl Clone for CustomResourceSubresourceScale {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&CustomResourceSubresourceScale_JSON, self)
    }
}
