// Generated from definition io.k8s.api.core.v1.NodeRuntimeHandlerFeatures

#[derive(Debug, Default, PartialEq)]
pub struct NodeRuntimeHandlerFeatures {
    pub recursive_read_only_mounts: Option<bool>,

    pub user_namespaces: Option<bool>,
}

impl crate::DeepMerge for NodeRuntimeHandlerFeatures {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.recursive_read_only_mounts, other.recursive_read_only_mounts);
        crate::DeepMerge::merge_from(&mut self.user_namespaces, other.user_namespaces);
    }
}

impl<'de> crate::serde::Deserialize<'de> for NodeRuntimeHandlerFeatures {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_recursive_read_only_mounts,
            Key_user_namespaces,
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
                            "recursiveReadOnlyMounts" => Field::Key_recursive_read_only_mounts,
                            "userNamespaces" => Field::Key_user_namespaces,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = NodeRuntimeHandlerFeatures;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("NodeRuntimeHandlerFeatures")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_recursive_read_only_mounts: Option<bool> = None;
                let mut value_user_namespaces: Option<bool> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_recursive_read_only_mounts => value_recursive_read_only_mounts = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_user_namespaces => value_user_namespaces = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(NodeRuntimeHandlerFeatures {
                    recursive_read_only_mounts: value_recursive_read_only_mounts,
                    user_namespaces: value_user_namespaces,
                })
            }
        }

        deserializer.deserialize_struct(
            "NodeRuntimeHandlerFeatures",
            &[
                "recursiveReadOnlyMounts",
                "userNamespaces",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for NodeRuntimeHandlerFeatures {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "NodeRuntimeHandlerFeatures",
            self.recursive_read_only_mounts.as_ref().map_or(0, |_| 1) +
            self.user_namespaces.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.recursive_read_only_mounts {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "recursiveReadOnlyMounts", value)?;
        }
        if let Some(value) = &self.user_namespaces {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "userNamespaces", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static NodeRuntimeHandlerFeatures_JSON: [crate::json::Field<NodeRuntimeHandlerFeatures>; 2] = unsafe { [
        crate::json::Field::opt("recursiveReadOnlyMounts", core::mem::offset_of!(NodeRuntimeHandlerFeatures, recursive_read_only_mounts), |s: &NodeRuntimeHandlerFeatures| &s.recursive_read_only_mounts),
        crate::json::Field::opt("userNamespaces", core::mem::offset_of!(NodeRuntimeHandlerFeatures, user_namespaces), |s: &NodeRuntimeHandlerFeatures| &s.user_namespaces),
] };

impl crate::json::Json for NodeRuntimeHandlerFeatures {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("NodeRuntimeHandlerFeatures", &NodeRuntimeHandlerFeatures_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("NodeRuntimeHandlerFeatures", &NodeRuntimeHandlerFeatures_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&NodeRuntimeHandlerFeatures_JSON, self)
    }
}

impl Clone for NodeRuntimeHandlerFeatures {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&NodeRuntimeHandlerFeatures_JSON, self)
    }
}
