// Generated from definition io.k8s.api.core.v1.ContainerPort

#[derive(Debug, Default, PartialEq)]
pub struct ContainerPort {
    pub container_port: i32,

    pub host_ip: Option<std::string::String>,

    pub host_port: Option<i32>,

    pub name: Option<std::string::String>,

    pub protocol: Option<std::string::String>,
}

impl crate::DeepMerge for ContainerPort {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.container_port, other.container_port);
        crate::DeepMerge::merge_from(&mut self.host_ip, other.host_ip);
        crate::DeepMerge::merge_from(&mut self.host_port, other.host_port);
        crate::DeepMerge::merge_from(&mut self.name, other.name);
        crate::DeepMerge::merge_from(&mut self.protocol, other.protocol);
    }
}

impl<'de> crate::serde::Deserialize<'de> for ContainerPort {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_container_port,
            Key_host_ip,
            Key_host_port,
            Key_name,
            Key_protocol,
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
                            "containerPort" => Field::Key_container_port,
                            "hostIP" => Field::Key_host_ip,
                            "hostPort" => Field::Key_host_port,
                            "name" => Field::Key_name,
                            "protocol" => Field::Key_protocol,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = ContainerPort;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("ContainerPort")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_container_port: Option<i32> = None;
                let mut value_host_ip: Option<std::string::String> = None;
                let mut value_host_port: Option<i32> = None;
                let mut value_name: Option<std::string::String> = None;
                let mut value_protocol: Option<std::string::String> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_container_port => value_container_port = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_host_ip => value_host_ip = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_host_port => value_host_port = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_name => value_name = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_protocol => value_protocol = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(ContainerPort {
                    container_port: value_container_port.unwrap_or_default(),
                    host_ip: value_host_ip,
                    host_port: value_host_port,
                    name: value_name,
                    protocol: value_protocol,
                })
            }
        }

        deserializer.deserialize_struct(
            "ContainerPort",
            &[
                "containerPort",
                "hostIP",
                "hostPort",
                "name",
                "protocol",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for ContainerPort {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "ContainerPort",
            1 +
            self.host_ip.as_ref().map_or(0, |_| 1) +
            self.host_port.as_ref().map_or(0, |_| 1) +
            self.name.as_ref().map_or(0, |_| 1) +
            self.protocol.as_ref().map_or(0, |_| 1),
        )?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "containerPort", &self.container_port)?;
        if let Some(value) = &self.host_ip {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "hostIP", value)?;
        }
        if let Some(value) = &self.host_port {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "hostPort", value)?;
        }
        if let Some(value) = &self.name {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "name", value)?;
        }
        if let Some(value) = &self.protocol {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "protocol", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static ContainerPort_JSON: [crate::json::Field<ContainerPort>; 5] = unsafe { [
        crate::json::Field::req("containerPort", core::mem::offset_of!(ContainerPort, container_port), |s: &ContainerPort| &s.container_port),
        crate::json::Field::opt("hostIP", core::mem::offset_of!(ContainerPort, host_ip), |s: &ContainerPort| &s.host_ip),
        crate::json::Field::opt("hostPort", core::mem::offset_of!(ContainerPort, host_port), |s: &ContainerPort| &s.host_port),
        crate::json::Field::opt("name", core::mem::offset_of!(ContainerPort, name), |s: &ContainerPort| &s.name),
        crate::json::Field::opt("protocol", core::mem::offset_of!(ContainerPort, protocol), |s: &ContainerPort| &s.protocol),
] };

impl crate::json::Json for ContainerPort {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("ContainerPort", &ContainerPort_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("ContainerPort", &ContainerPort_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&ContainerPort_JSON, self)
    }
}

impl Clone for ContainerPort {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&ContainerPort_JSON, self)
    }
}
