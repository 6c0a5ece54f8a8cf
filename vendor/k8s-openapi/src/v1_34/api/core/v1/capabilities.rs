// Generated from definition io.k8s.api.core.v1.Capabilities

#[derive(Debug, Default, PartialEq)]
pub struct Capabilities {
    pub add: Option<std::vec::Vec<std::string::String>>,

    pub drop: Option<std::vec::Vec<std::string::String>>,
}

impl crate::DeepMerge for Capabilities {
    fn merge_from(&mut self, other: Self) {
        crate::merge_strategies::list::atomic(&mut self.add, other.add);
        crate::merge_strategies::list::atomic(&mut self.drop, other.drop);
    }
}

impl<'de> crate::serde::Deserialize<'de> for Capabilities {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_add,
            Key_drop,
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
                            "add" => Field::Key_add,
                            "drop" => Field::Key_drop,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = Capabilities;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("Capabilities")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_add: Option<std::vec::Vec<std::string::String>> = None;
                let mut value_drop: Option<std::vec::Vec<std::string::String>> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_add => value_add = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_drop => value_drop = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(Capabilities {
                    add: value_add,
                    drop: value_drop,
                })
            }
        }

        deserializer.deserialize_struct(
            "Capabilities",
            &[
                "add",
                "drop",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for Capabilities {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "Capabilities",
            self.add.as_ref().map_or(0, |_| 1) +
            self.drop.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.add {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "add", value)?;
        }
        if let Some(value) = &self.drop {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "drop", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static Capabilities_JSON: [crate::json::Field<Capabilities>; 2] = unsafe { [
        crate::json::Field::opt("add", core::mem::offset_of!(Capabilities, add), |s: &Capabilities| &s.add),
        crate::json::Field::opt("drop", core::mem::offset_of!(Capabilities, drop), |s: &Capabilities| &s.drop),
] };

impl crate::json::Json for Capabilities {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("Capabilities", &Capabilities_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("Capabilities", &Capabilities_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&Capabilities_JSON, self)
    }
}

impl Clone for Capabilities {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&Capabilities_JSON, self)
    }
}
