// Generated from definition io.k8s.api.core.v1.NodeSwapStatus

#[derive(Debug, Default, PartialEq)]
pub struct NodeSwapStatus {
    pub capacity: Option<i64>,
}

impl crate::DeepMerge for NodeSwapStatus {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.capacity, other.capacity);
    }
}

impl<'de> crate::serde::Deserialize<'de> for NodeSwapStatus {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_capacity,
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
                            "capacity" => Field::Key_capacity,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = NodeSwapStatus;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("NodeSwapStatus")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_capacity: Option<i64> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_capacity => value_capacity = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(NodeSwapStatus {
                    capacity: value_capacity,
                })
            }
        }

        deserializer.deserialize_struct(
            "NodeSwapStatus",
            &[
                "capacity",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for NodeSwapStatus {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "NodeSwapStatus",
            self.capacity.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.capacity {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "capacity", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static NodeSwapStatus_JSON: [crate::json::Field<NodeSwapStatus>; 1] = unsafe { [
        crate::json::Field::opt("capacity", core::mem::offset_of!(NodeSwapStatus, capacity), |s: &NodeSwapStatus| &s.capacity),
] };

impl crate::json::Json for NodeSwapStatus {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("NodeSwapStatus", &NodeSwapStatus_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("NodeSwapStatus", &NodeSwapStatus_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&NodeSwapStatus_JSON, self)
    }
}

impl Clone for NodeSwapStatus {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&NodeSwapStatus_JSON, self)
    }
}
