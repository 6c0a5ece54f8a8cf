// Generated from definition io.k8s.api.core.v1.ImageVolumeSource

#[derive(Debug, Default, PartialEq)]
pub struct ImageVolumeSource {
    pub pull_policy: Option<std::string::String>,

    pub reference: Option<std::string::String>,
}

impl crate::DeepMerge for ImageVolumeSource {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.pull_policy, other.pull_policy);
        crate::DeepMerge::merge_from(&mut self.reference, other.reference);
    }
}

impl<'de> crate::serde::Deserialize<'de> for ImageVolumeSource {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_pull_policy,
            Key_reference,
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
                            "pullPolicy" => Field::Key_pull_policy,
                            "reference" => Field::Key_reference,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = ImageVolumeSource;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("ImageVolumeSource")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_pull_policy: Option<std::string::String> = None;
                let mut value_reference: Option<std::string::String> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_pull_policy => value_pull_policy = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_reference => value_reference = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(ImageVolumeSource {
                    pull_policy: value_pull_policy,
                    reference: value_reference,
                })
            }
        }

        deserializer.deserialize_struct(
            "ImageVolumeSource",
            &[
                "pullPolicy",
                "reference",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for ImageVolumeSource {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "ImageVolumeSource",
            self.pull_policy.as_ref().map_or(0, |_| 1) +
            self.reference.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.pull_policy {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "pullPolicy", value)?;
        }
        if let Some(value) = &self.reference {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "reference", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static ImageVolumeSource_JSON: [crate::json::Field<ImageVolumeSource>; 2] = unsafe { [
        crate::json::Field::opt("pullPolicy", core::mem::offset_of!(ImageVolumeSource, pull_policy), |s: &ImageVolumeSource| &s.pull_policy),
        crate::json::Field::opt("reference", core::mem::offset_of!(ImageVolumeSource, reference), |s: &ImageVolumeSource| &s.reference),
] };

impl crate::json::Json for ImageVolumeSource {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("ImageVolumeSource", &ImageVolumeSource_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("ImageVolumeSource", &ImageVolumeSource_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&ImageVolumeSource_JSON, self)
    }
}

impl Clone for ImageVolumeSource {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&ImageVolumeSource_JSON, self)
    }
}
