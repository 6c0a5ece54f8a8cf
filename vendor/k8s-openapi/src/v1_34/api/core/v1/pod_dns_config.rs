// Generated from definition io.k8s.api.core.v1.PodDNSConfig

#[derive(Debug, Default, PartialEq)]
pub struct PodDNSConfig {
    pub nameservers: Option<std::vec::Vec<std::string::String>>,

    pub options: Option<std::vec::Vec<crate::api::core::v1::PodDNSConfigOption>>,

    pub searches: Option<std::vec::Vec<std::string::String>>,
}

impl crate::DeepMerge for PodDNSConfig {
    fn merge_from(&mut self, other: Self) {
        crate::merge_strategies::list::atomic(&mut self.nameservers, other.nameservers);
        crate::merge_strategies::list::atomic(&mut self.options, other.options);
        crate::merge_strategies::list::atomic(&mut self.searches, other.searches);
    }
}

impl<'de> crate::serde::Deserialize<'de> for PodDNSConfig {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_nameservers,
            Key_options,
            Key_searches,
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
                            "nameservers" => Field::Key_nameservers,
                            "options" => Field::Key_options,
                            "searches" => Field::Key_searches,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = PodDNSConfig;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("PodDNSConfig")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_nameservers: Option<std::vec::Vec<std::string::String>> = None;
                let mut value_options: Option<std::vec::Vec<crate::api::core::v1::PodDNSConfigOption>> = None;
                let mut value_searches: Option<std::vec::Vec<std::string::String>> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_nameservers => value_nameservers = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_options => value_options = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_searches => value_searches = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(PodDNSConfig {
                    nameservers: value_nameservers,
                    options: value_options,
                    searches: value_searches,
                })
            }
        }

        deserializer.deserialize_struct(
            "PodDNSConfig",
            &[
                "nameservers",
                "options",
                "searches",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for PodDNSConfig {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "PodDNSConfig",
            self.nameservers.as_ref().map_or(0, |_| 1) +
            self.options.as_ref().map_or(0, |_| 1) +
            self.searches.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.nameservers {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "nameservers", value)?;
        }
        if let Some(value) = &self.options {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "options", value)?;
        }
        if let Some(value) = &self.searches {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "searches", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static PodDNSConfig_JSON: [crate::json::Field<PodDNSConfig>; 3] = unsafe { [
        crate::json::Field::opt("nameservers", core::mem::offset_of!(PodDNSConfig, nameservers), |s: &PodDNSConfig| &s.nameservers),
        crate::json::Field::opt("options", core::mem::offset_of!(PodDNSConfig, options), |s: &PodDNSConfig| &s.options),
        crate::json::Field::opt("searches", core::mem::offset_of!(PodDNSConfig, searches), |s: &PodDNSConfig| &s.searches),
] };

impl crate::json::Json for PodDNSConfig {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("PodDNSConfig", &PodDNSConfig_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("PodDNSConfig", &PodDNSConfig_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&PodDNSConfig_JSON, self)
    }
}

impl Clone for PodDNSConfig {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&PodDNSConfig_JSON, self)
    }
}
