// Generated from definition io.k8s.api.core.v1.ObjectFieldSelector

#[derive(Debug, Default, PartialEq)]
pub struct ObjectFieldSelector {
    pub api_version: Option<std::string::String>,

    pub field_path: std::string::String,
}

impl crate::DeepMerge for ObjectFieldSelector {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.api_version, other.api_version);
        crate::DeepMerge::merge_from(&mut self.field_path, other.field_path);
    }
}

impl<'de> crate::serde::Deserialize<'de> for ObjectFieldSelector {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_api_version,
            Key_field_path,
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
                            "apiVersion" => Field::Key_api_version,
                            "fieldPath" => Field::Key_field_path,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = ObjectFieldSelector;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("ObjectFieldSelector")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_api_version: Option<std::string::String> = None;
                let mut value_field_path: Option<std::string::String> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_api_version => value_api_version = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_field_path => value_field_path = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(ObjectFieldSelector {
                    api_version: value_api_version,
                    field_path: value_field_path.unwrap_or_default(),
                })
            }
        }

        deserializer.deserialize_struct(
            "ObjectFieldSelector",
            &[
                "apiVersion",
                "fieldPath",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for ObjectFieldSelector {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "ObjectFieldSelector",
            1 +
            self.api_version.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.api_version {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "apiVersion", value)?;
        }
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "fieldPath", &self.field_path)?;
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static ObjectFieldSelector_JSON: [crate::json::Field<ObjectFieldSelector>; 2] = unsafe { [
        crate::json::Field::opt("apiVersion", core::mem::offset_of!(ObjectFieldSelector, api_version), |s: &ObjectFieldSelector| &s.api_version),
        crate::json::Field::req("fieldPath", core::mem::offset_of!(ObjectFieldSelector, field_path), |s: &ObjectFieldSelector| &s.field_path),
] };

impl crate::json::Json for ObjectFieldSelector {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("ObjectFieldSelector", &ObjectFieldSelector_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("ObjectFieldSelector", &ObjectFieldSelector_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&ObjectFieldSelector_JSON, self)
    }
}

impl Clone for ObjectFieldSelector {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&ObjectFieldSelector_JSON, self)
    }
}
