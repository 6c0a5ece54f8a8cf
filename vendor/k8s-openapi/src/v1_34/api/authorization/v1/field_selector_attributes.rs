// Generated from definition io.k8s.api.authorization.v1.FieldSelectorAttributes

#[derive(Debug, Default, PartialEq)]
pub struct FieldSelectorAttributes {
    pub raw_selector: Option<std::string::String>,

    pub requirements: Option<std::vec::Vec<crate::apimachinery::pkg::apis::meta::v1::FieldSelectorRequirement>>,
}

impl crate::DeepMerge for FieldSelectorAttributes {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.raw_selector, other.raw_selector);
        crate::merge_strategies::list::atomic(&mut self.requirements, other.requirements);
    }
}

impl<'de> crate::serde::Deserialize<'de> for FieldSelectorAttributes {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_raw_selector,
            Key_requirements,
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
                            "rawSelector" => Field::Key_raw_selector,
                            "requirements" => Field::Key_requirements,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = FieldSelectorAttributes;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("FieldSelectorAttributes")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_raw_selector: Option<std::string::String> = None;
                let mut value_requirements: Option<std::vec::Vec<crate::apimachinery::pkg::apis::meta::v1::FieldSelectorRequirement>> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_raw_selector => value_raw_selector = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_requirements => value_requirements = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(FieldSelectorAttributes {
                    raw_selector: value_raw_selector,
                    requirements: value_requirements,
                })
            }
        }

        deserializer.deserialize_struct(
            "FieldSelectorAttributes",
            &[
                "rawSelector",
                "requirements",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for FieldSelectorAttributes {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "FieldSelectorAttributes",
            self.raw_selector.as_ref().map_or(0, |_| 1) +
            self.requirements.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.raw_selector {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "rawSelector", value)?;
        }
        if let Some(value) = &self.requirements {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "requirements", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static FieldSelectorAttributes_JSON: [crate::json::Field<FieldSelectorAttributes>; 2] = unsafe { [
        crate::json::Field::opt("rawSelector", core::mem::offset_of!(FieldSelectorAttributes, raw_selector), |s: &FieldSelectorAttributes| &s.raw_selector),
        crate::json::Field::opt("requirements", core::mem::offset_of!(FieldSelectorAttributes, requirements), |s: &FieldSelectorAttributes| &s.requirements),
] };

impl crate::json::Json for FieldSelectorAttributes {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("FieldSelectorAttributes", &FieldSelectorAttributes_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("FieldSelectorAttributes", &FieldSelectorAttributes_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&FieldSelectorAttributes_JSON, self)
    }
}

impl Clone for FieldSelectorAttributes {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&FieldSelectorAttributes_JSON, self)
    }
}
