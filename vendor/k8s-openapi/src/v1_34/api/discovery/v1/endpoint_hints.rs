// Generated from definition io.k8s.api.discovery.v1.EndpointHints

#[derive(Debug, Default, PartialEq)]
pub struct EndpointHints {
    pub for_nodes: Option<std::vec::Vec<crate::api::discovery::v1::ForNode>>,

    pub for_zones: Option<std::vec::Vec<crate::api::discovery::v1::ForZone>>,
}

impl crate::DeepMerge for EndpointHints {
    fn merge_from(&mut self, other: Self) {
        crate::merge_strategies::list::atomic(&mut self.for_nodes, other.for_nodes);
        crate::merge_strategies::list::atomic(&mut self.for_zones, other.for_zones);
    }
}

impl<'de> crate::serde::Deserialize<'de> for EndpointHints {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_for_nodes,
            Key_for_zones,
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
                            "forNodes" => Field::Key_for_nodes,
                            "forZones" => Field::Key_for_zones,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = EndpointHints;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("EndpointHints")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_for_nodes: Option<std::vec::Vec<crate::api::discovery::v1::ForNode>> = None;
                let mut value_for_zones: Option<std::vec::Vec<crate::api::discovery::v1::ForZone>> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_for_nodes => value_for_nodes = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_for_zones => value_for_zones = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(EndpointHints {
                    for_nodes: value_for_nodes,
                    for_zones: value_for_zones,
                })
            }
        }

        deserializer.deserialize_struct(
            "EndpointHints",
            &[
                "forNodes",
                "forZones",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for EndpointHints {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "EndpointHints",
            self.for_nodes.as_ref().map_or(0, |_| 1) +
            self.for_zones.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.for_nodes {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "forNodes", value)?;
        }
        if let Some(value) = &self.for_zones {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "forZones", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static EndpointHints_JSON: [crate::json::Field<EndpointHints>; 2] = unsafe { [
        crate::json::Field::opt("forNodes", core::mem::offset_of!(EndpointHints, for_nodes), |s: &EndpointHints| &s.for_nodes),
        crate::json::Field::opt("forZones", core::mem::offset_of!(EndpointHints, for_zones), |s: &EndpointHints| &s.for_zones),
] };

impl crate::json::Json for EndpointHints {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("EndpointHints", &EndpointHints_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("EndpointHints", &EndpointHints_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&EndpointHints_JSON, self)
    }
}

impl Clone for EndpointHints {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&EndpointHints_JSON, self)
    }
}
