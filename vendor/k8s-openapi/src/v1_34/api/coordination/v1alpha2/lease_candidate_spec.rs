// Generated from definition io.k8s.api.coordination.v1alpha2.LeaseCandidateSpec

#[derive(Debug, Default, PartialEq)]
pub struct LeaseCandidateSpec {
    pub binary_version: std::string::String,

    pub emulation_version: Option<std::string::String>,

    pub lease_name: std::string::String,

    pub ping_time: Option<crate::apimachinery::pkg::apis::meta::v1::MicroTime>,

    pub renew_time: Option<crate::apimachinery::pkg::apis::meta::v1::MicroTime>,

    pub strategy: std::string::String,
}

impl crate::DeepMerge for LeaseCandidateSpec {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.binary_version, other.binary_version);
        crate::DeepMerge::merge_from(&mut self.emulation_version, other.emulation_version);
        crate::DeepMerge::merge_from(&mut self.lease_name, other.lease_name);
        crate::DeepMerge::merge_from(&mut self.ping_time, other.ping_time);
        crate::DeepMerge::merge_from(&mut self.renew_time, other.renew_time);
        crate::DeepMerge::merge_from(&mut self.strategy, other.strategy);
    }
}

impl<'de> crate::serde::Deserialize<'de> for LeaseCandidateSpec {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_binary_version,
            Key_emulation_version,
            Key_lease_name,
            Key_ping_time,
            Key_renew_time,
            Key_strategy,
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
                            "binaryVersion" => Field::Key_binary_version,
                            "emulationVersion" => Field::Key_emulation_version,
                            "leaseName" => Field::Key_lease_name,
                            "pingTime" => Field::Key_ping_time,
                            "renewTime" => Field::Key_renew_time,
                            "strategy" => Field::Key_strategy,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = LeaseCandidateSpec;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("LeaseCandidateSpec")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_binary_version: Option<std::string::String> = None;
                let mut value_emulation_version: Option<std::string::String> = None;
                let mut value_lease_name: Option<std::string::String> = None;
                let mut value_ping_time: Option<crate::apimachinery::pkg::apis::meta::v1::MicroTime> = None;
                let mut value_renew_time: Option<crate::apimachinery::pkg::apis::meta::v1::MicroTime> = None;
                let mut value_strategy: Option<std::string::String> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_binary_version => value_binary_version = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_emulation_version => value_emulation_version = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_lease_name => value_lease_name = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_ping_time => value_ping_time = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_renew_time => value_renew_time = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_strategy => value_strategy = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(LeaseCandidateSpec {
                    binary_version: value_binary_version.unwrap_or_default(),
                    emulation_version: value_emulation_version,
                    lease_name: value_lease_name.unwrap_or_default(),
                    ping_time: value_ping_time,
                    renew_time: value_renew_time,
                    strategy: value_strategy.unwrap_or_default(),
                })
            }
        }

        deserializer.deserialize_struct(
            "LeaseCandidateSpec",
            &[
                "binaryVersion",
                "emulationVersion",
                "leaseName",
                "pingTime",
                "renewTime",
                "strategy",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for LeaseCandidateSpec {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "LeaseCandidateSpec",
            3 +
            self.emulation_version.as_ref().map_or(0, |_| 1) +
            self.ping_time.as_ref().map_or(0, |_| 1) +
            self.renew_time.as_ref().map_or(0, |_| 1),
        )?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "binaryVersion", &self.binary_version)?;
        if let Some(value) = &self.emulation_version {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "emulationVersion", value)?;
        }
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "leaseName", &self.lease_name)?;
        if let Some(value) = &self.ping_time {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "pingTime", value)?;
        }
        if let Some(value) = &self.renew_time {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "renewTime", value)?;
        }
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "strategy", &self.strategy)?;
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static LeaseCandidateSpec_JSON: [crate::json::Field<LeaseCandidateSpec>; 6] = unsafe { [
        crate::json::Field::req("binaryVersion", core::mem::offset_of!(LeaseCandidateSpec, binary_version), |s: &LeaseCandidateSpec| &s.binary_version),
        crate::json::Field::opt("emulationVersion", core::mem::offset_of!(LeaseCandidateSpec, emulation_version), |s: &LeaseCandidateSpec| &s.emulation_version),
        crate::json::Field::req("leaseName", core::mem::offset_of!(LeaseCandidateSpec, lease_name), |s: &LeaseCandidateSpec| &s.lease_name),
        crate::json::Field::opt("pingTime", core::mem::offset_of!(LeaseCandidateSpec, ping_time), |s: &LeaseCandidateSpec| &s.ping_time),
        crate::json::Field::opt("renewTime", core::mem::offset_of!(LeaseCandidateSpec, renew_time), |s: &LeaseCandidateSpec| &s.renew_time),
        crate::json::Field::req("strategy", core::mem::offset_of!(LeaseCandidateSpec, strategy), |s: &LeaseCandidateSpec| &s.strategy),
] };

impl crate::json::Json for LeaseCandidateSpec {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("LeaseCandidateSpec", &LeaseCandidateSpec_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("LeaseCandidateSpec", &LeaseCandidateSpec_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&LeaseCandidateSpec_JSON, self)
    }
}

impl Clone for LeaseCandidateSpec {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&LeaseCandidateSpec_JSON, self)
    }
}
