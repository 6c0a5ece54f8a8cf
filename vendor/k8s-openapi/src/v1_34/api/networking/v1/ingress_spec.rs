// Generated from definition io.k8s.api.networking.v1.IngressSpec

#[derive(Debug, Default, PartialEq)]
pub struct IngressSpec {
    pub default_backend: Option<std::boxed::Box<crate::api::networking::v1::IngressBackend>>,

    pub ingress_class_name: Option<std::string::String>,

    pub rules: Option<std::vec::Vec<crate::api::networking::v1::IngressRule>>,

    pub tls: Option<std::vec::Vec<crate::api::networking::v1::IngressTLS>>,
}

impl crate::DeepMerge for IngressSpec {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.default_backend, other.default_backend);
        crate::DeepMerge::merge_from(&mut self.ingress_class_name, other.ingress_class_name);
        crate::merge_strategies::list::atomic(&mut self.rules, other.rules);
        crate::merge_strategies::list::atomic(&mut self.tls, other.tls);
    }
}

impl<'de> crate::serde::Deserialize<'de> for IngressSpec {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_default_backend,
            Key_ingress_class_name,
            Key_rules,
            Key_tls,
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
                            "defaultBackend" => Field::Key_default_backend,
                            "ingressClassName" => Field::Key_ingress_class_name,
                            "rules" => Field::Key_rules,
                            "tls" => Field::Key_tls,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = IngressSpec;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("IngressSpec")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_default_backend: Option<std::boxed::Box<crate::api::networking::v1::IngressBackend>> = None;
                let mut value_ingress_class_name: Option<std::string::String> = None;
                let mut value_rules: Option<std::vec::Vec<crate::api::networking::v1::IngressRule>> = None;
                let mut value_tls: Option<std::vec::Vec<crate::api::networking::v1::IngressTLS>> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_default_backend => value_default_backend = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_ingress_class_name => value_ingress_class_name = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_rules => value_rules = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_tls => value_tls = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(IngressSpec {
                    default_backend: value_default_backend,
                    ingress_class_name: value_ingress_class_name,
                    rules: value_rules,
                    tls: value_tls,
                })
            }
        }

        deserializer.deserialize_struct(
            "IngressSpec",
            &[
                "defaultBackend",
                "ingressClassName",
                "rules",
                "tls",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for IngressSpec {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "IngressSpec",
            self.default_backend.as_ref().map_or(0, |_| 1) +
            self.ingress_class_name.as_ref().map_or(0, |_| 1) +
            self.rules.as_ref().map_or(0, |_| 1) +
            self.tls.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.default_backend {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "defaultBackend", value)?;
        }
        if let Some(value) = &self.ingress_class_name {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "ingressClassName", value)?;
        }
        if let Some(value) = &self.rules {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "rules", value)?;
        }
        if let Some(value) = &self.tls {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "tls", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static IngressSpec_JSON: [crate::json::Field<IngressSpec>; 4] = unsafe { [
        crate::json::Field::opt("defaultBackend", core::mem::offset_of!(IngressSpec, default_backend), |s: &IngressSpec| &s.default_backend),
        crate::json::Field::opt("ingressClassName", core::mem::offset_of!(IngressSpec, ingress_class_name), |s: &IngressSpec| &s.ingress_class_name),
        crate::json::Field::opt("rules", core::mem::offset_of!(IngressSpec, rules), |s: &IngressSpec| &s.rules),
        crate::json::Field::opt("tls", core::mem::offset_of!(IngressSpec, tls), |s: &IngressSpec| &s.tls),
] };

impl crate::json::Json for IngressSpec {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("IngressSpec", &IngressSpec_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("IngressSpec", &IngressSpec_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&IngressSpec_JSON, self)
    }
}

impl Clone for IngressSpec {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&IngressSpec_JSON, self)
    }
}
