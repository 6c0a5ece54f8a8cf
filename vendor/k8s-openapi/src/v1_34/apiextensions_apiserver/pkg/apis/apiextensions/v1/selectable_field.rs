// Generated from definition io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.SelectableField

#[derive(Debug, Default, PartialEq)]
pub struct SelectableField {
    pub json_path: std::string::String,
}

impl crate::DeepMerge for SelectableField {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.json_path, other.json_path);
    }
}

impl<'de> crate::serde::Deserialize<'de> for SelectableField {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_json_path,
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
                            "jsonPath" => Field::Key_json_path,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = SelectableField;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("SelectableField")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_json_path: Option<std::string::String> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_json_path => value_json_path = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(SelectableField {
                    json_path: value_json_path.unwrap_or_default(),
                })
            }
        }

        deserializer.deserialize_struct(
            "SelectableField",
            &[
                "jsonPath",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for SelectableField {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "SelectableField",
            1,
        )?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "jsonPath", &self.json_path)?;
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static SelectableField_JSON: [crate::json::Field<SelectableField>; 1] = unsafe { [
        crate::json::Field::req("jsonPath", core::mem::offset_of!(SelectableField, json_path), |s: &SelectableField| &s.json_path),
] };

impl crate::json::Json for SelectableField {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("SelectableField", &SelectableField_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("SelectableField", &SelectableField_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&SelectableField_JSON, self)
    }
}

impl Clone for SelectableField {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&SelectableField_JSON, self)
    }
}
