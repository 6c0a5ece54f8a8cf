// Generated from definition io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceColumnDefinition

#[derive(Debug, Default, PartialEq)]
pub struct CustomResourceColumnDefinition {
    pub description: Option<std::string::String>,

    pub format: Option<std::string::String>,

    pub json_path: std::string::String,

    pub name: std::string::String,

    pub priority: Option<i32>,

    pub type_: std::string::String,
}

impl crate::DeepMerge for CustomResourceColumnDefinition {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.description, other.description);
        crate::DeepMerge::merge_from(&mut self.format, other.format);
        crate::DeepMerge::merge_from(&mut self.json_path, other.json_path);
        crate::DeepMerge::merge_from(&mut self.name, other.name);
        crate::DeepMerge::merge_from(&mut self.priority, other.priority);
        crate::DeepMerge::merge_from(&mut self.type_, other.type_);
    }
}

impl<'de> crate::serde::Deserialize<'de> for CustomResourceColumnDefinition {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_description,
            Key_format,
            Key_json_path,
            Key_name,
            Key_priority,
            Key_type_,
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
                            "description" => Field::Key_description,
                            "format" => Field::Key_format,
                            "jsonPath" => Field::Key_json_path,
                            "name" => Field::Key_name,
                            "priority" => Field::Key_priority,
                            "type" => Field::Key_type_,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = CustomResourceColumnDefinition;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("CustomResourceColumnDefinition")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_description: Option<std::string::String> = None;
                let mut value_format: Option<std::string::String> = None;
                let mut value_json_path: Option<std::string::String> = None;
                let mut value_name: Option<std::string::String> = None;
                let mut value_priority: Option<i32> = None;
                let mut value_type_: Option<std::string::String> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_description => value_description = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_format => value_format = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_json_path => value_json_path = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_name => value_name = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_priority => value_priority = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_type_ => value_type_ = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(CustomResourceColumnDefinition {
                    description: value_description,
                    format: value_format,
                    json_path: value_json_path.unwrap_or_default(),
                    name: value_name.unwrap_or_default(),
                    priority: value_priority,
                    type_: value_type_.unwrap_or_default(),
                })
            }
        }

        deserializer.deserialize_struct(
            "CustomResourceColumnDefinition",
            &[
                "description",
                "format",
                "jsonPath",
                "name",
                "priority",
                "type",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for CustomResourceColumnDefinition {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "CustomResourceColumnDefinition",
            3 +
            self.description.as_ref().map_or(0, |_| 1) +
            self.format.as_ref().map_or(0, |_| 1) +
            self.priority.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.description {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "description", value)?;
        }
        if let Some(value) = &self.format {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "format", value)?;
        }
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "jsonPath", &self.json_path)?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "name", &self.name)?;
        if let Some(value) = &self.priority {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "priority", value)?;
        }
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "type", &self.type_)?;
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static CustomResourceColumnDefinition_JSON: [crate::json::Field<CustomResourceColumnDefinition>; 6] = unsafe { [
        crate::json::Field::opt("description", core::mem::offset_of!(CustomResourceColumnDefinition, description), |s: &CustomResourceColumnDefinition| &s.description),
        crate::json::Field::opt("format", core::mem::offset_of!(CustomResourceColumnDefinition, format), |s: &CustomResourceColumnDefinition| &s.format),
        crate::json::Field::req("jsonPath", core::mem::offset_of!(CustomResourceColumnDefinition, json_path), |s: &CustomResourceColumnDefinition| &s.json_path),
        crate::json::Field::req("name", core::mem::offset_of!(CustomResourceColumnDefinition, name), |s: &CustomResourceColumnDefinition| &s.name),
        crate::json::Field::opt("priority", core::mem::offset_of!(CustomResourceColumnDefinition, priority), |s: &CustomResourceColumnDefinition| &s.priority),
        crate::json::Field::req("type", core::mem::offset_of!(CustomResourceColumnDefinition, type_), |s: &CustomResourceColumnDefinition| &s.type_),
] };

impl crate::json::Json for CustomResourceColumnDefinition {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("CustomResourceColumnDefinition", &CustomResourceColumnDefinition_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("CustomResourceColumnDefinition", &CustomResourceColumnDefinition_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&CustomResourceColumnDefinition_JSON, self)
    }
}

impl Clone for CustomResourceColumnDefinition {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&CustomResourceColumnDefinition_JSON, self)
    }
}
