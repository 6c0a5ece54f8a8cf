// Generated from definition io.k8s.api.authorization.v1.LabelSelectorAttributes

#[derive(Debug, Default, PartialEq)]
pub struct LabelSelectorAttributes {
    pub raw_selector: Option<std::string::String>,

    pub requirements: Option<std::vec::Vec<crate::apimachinery::pkg::apis::meta::v1::LabelSelectorRequirement>>,
}

impl crate::DeepMerge for LabelSelectorAttributes {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.raw_selector, other.raw_selector);
        crate::merge_strategies::list::atomic(&mut self.requirements, other.requirements);
    }
}

impl<'de> crate::serde::Deserialize<'de> for LabelSelectorAttributes {
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
            type Value = LabelSelectorAttributes;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("LabelSelectorAttributes")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_raw_selector: Option<std::string::String> = None;
                let mut value_requirements: Option<std::vec::Vec<crate::apimachinery::pkg::apis::meta::v1::LabelSelectorRequirement>> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_raw_selector => value_raw_selector = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_requirements => value_requirements = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(LabelSelectorAttributes {
                    raw_selector: value_raw_selector,
                    requirements: value_requirements,
                })
            }
        }

        deserializer.deserialize_struct(
            "LabelSelectorAttributes",
            &[
                "rawSelector",
                "requirements",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for LabelSelectorAttributes {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "LabelSelectorAttributes",
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
static LabelSelectorAttributes_JSON: [crate::json::Field<LabelSelectorAttributes>; 2] = unsafe { [
        crate::json::Field::opt("rawSelector", core::mem::offset_of!(LabelSelectorAttributes, raw_selector), |s: &LabelSelectorAttributes| &s.raw_selector),
        crate::json::Field::opt("requirements", core::mem::offset_of!(LabelSelectorAttributes, requirements), |s: &LabelSelectorAttributes| &s.requirements),
] };

impl crate::json::Json for LabelSelectorAttributes {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("LabelSelectorAttributes", &LabelSelectorAttributes_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("LabelSelectorAttributes", &LabelSelectorAttributes_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&LabelSelectorAttributes_JSON, self)
    }
}

impl Clone for LabelSelectorAttributes {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&LabelSelectorAttributes_JSON, self)
    }
}
