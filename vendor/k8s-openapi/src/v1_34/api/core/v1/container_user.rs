// Generated from definition io.k8s.api.core.v1.ContainerUser

#[derive(Debug, Default, PartialEq)]
pub struct ContainerUser {
    pub linux: Option<crate::api::core::v1::LinuxContainerUser>,
}

impl crate::DeepMerge for ContainerUser {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.linux, other.linux);
    }
}

impl<'de> crate::serde::Deserialize<'de> for ContainerUser {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_linux,
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
                            "linux" => Field::Key_linux,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = ContainerUser;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("ContainerUser")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_linux: Option<crate::api::core::v1::LinuxContainerUser> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_linux => value_linux = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(ContainerUser {
                    linux: value_linux,
                })
            }
        }

        deserializer.deserialize_struct(
            "ContainerUser",
            &[
                "linux",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for ContainerUser {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "ContainerUser",
            self.linux.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.linux {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "linux", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static ContainerUser_JSON: [crate::json::Field<ContainerUser>; 1] = unsafe { [
        crate::json::Field::opt("linux", core::mem::offset_of!(ContainerUser, linux), |s: &ContainerUser| &s.linux),
] };

impl crate::json::Json for ContainerUser {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("ContainerUser", &ContainerUser_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("ContainerUser", &ContainerUser_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&ContainerUser_JSON, self)
    }
}

impl Clone for ContainerUser {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&ContainerUser_JSON, self)
    }
}
