// Generated from definition io.k8s.api.core.v1.GRPCAction

#[derive(Debug, Default, PartialEq)]
pub struct GRPCAction {
    pub port: i32,

    pub service: Option<std::string::String>,
}

impl crate::DeepMerge for GRPCAction {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.port, other.port);
        crate::DeepMerge::merge_from(&mut self.service, other.service);
    }
}

impl<'de> crate::serde::Deserialize<'de> for GRPCAction {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_port,
            Key_service,
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
                            "port" => Field::Key_port,
                            "service" => Field::Key_service,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = GRPCAction;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("GRPCAction")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_port: Option<i32> = None;
                let mut value_service: Option<std::string::String> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_port => value_port = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_service => value_service = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(GRPCAction {
                    port: value_port.unwrap_or_default(),
                    service: value_service,
                })
            }
        }

        deserializer.deserialize_struct(
            "GRPCAction",
            &[
                "port",
                "service",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for GRPCAction {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "GRPCAction",
            1 +
            self.service.as_ref().map_or(0, |_| 1),
        )?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "port", &self.port)?;
        if let Some(value) = &self.service {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "service", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static GRPCAction_JSON: [crate::json::Field<GRPCAction>; 2] = unsafe { [
        crate::json::Field::req("port", core::mem::offset_of!(GRPCAction, port), |s: &GRPCAction| &s.port),
        crate::json::Field::opt("service", core::mem::offset_of!(GRPCAction, service), |s: &GRPCAction| &s.service),
] };

impl crate::json::Json for GRPCAction {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("GRPCAction", &GRPCAction_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("GRPCAction", &GRPCAction_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&GRPCAction_JSON, self)
    }
}

impl Clone for GRPCAction {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&GRPCAction_JSON, self)
    }
}
