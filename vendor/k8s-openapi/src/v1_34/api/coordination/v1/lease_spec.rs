// Generated from definition io.k8s.api.coordination.v1.LeaseSpec

#[derive(Debug, Default, PartialEq)]
pub struct LeaseSpec {
    pub acquire_time: Option<crate::apimachinery::pkg::apis::meta::v1::MicroTime>,

    pub holder_identity: Option<std::string::String>,

    pub lease_duration_seconds: Option<i32>,

    pub lease_transitions: Option<i32>,

    pub preferred_holder: Option<std::string::String>,

    pub renew_time: Option<crate::apimachinery::pkg::apis::meta::v1::MicroTime>,

    pub strategy: Option<std::string::String>,
}

impl crate::DeepMerge for LeaseSpec {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.acquire_time, other.acquire_time);
        crate::DeepMerge::merge_from(&mut self.holder_identity, other.holder_identity);
        crate::DeepMerge::merge_from(&mut self.lease_duration_seconds, other.lease_duration_seconds);
        crate::DeepMerge::merge_from(&mut self.lease_transitions, other.lease_transitions);
        crate::DeepMerge::merge_from(&mut self.preferred_holder, other.preferred_holder);
        crate::DeepMerge::merge_from(&mut self.renew_time, other.renew_time);
        crate::DeepMerge::merge_from(&mut self.strategy, other.strategy);
    }
}

impl<'de> crate::serde::Deserialize<'de> for LeaseSpec {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_acquire_time,
            Key_holder_identity,
            Key_lease_duration_seconds,
            Key_lease_transitions,
            Key_preferred_holder,
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
                            "acquireTime" => Field::Key_acquire_time,
                            "holderIdentity" => Field::Key_holder_identity,
                            "leaseDurationSeconds" => Field::Key_lease_duration_seconds,
                            "leaseTransitions" => Field::Key_lease_transitions,
                            "preferredHolder" => Field::Key_preferred_holder,
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
            type Value = LeaseSpec;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("LeaseSpec")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_acquire_time: Option<crate::apimachinery::pkg::apis::meta::v1::MicroTime> = None;
                let mut value_holder_identity: Option<std::string::String> = None;
                let mut value_lease_duration_seconds: Option<i32> = None;
                let mut value_lease_transitions: Option<i32> = None;
                let mut value_preferred_holder: Option<std::string::String> = None;
                let mut value_renew_time: Option<crate::apimachinery::pkg::apis::meta::v1::MicroTime> = None;
                let mut value_strategy: Option<std::string::String> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_acquire_time => value_acquire_time = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_holder_identity => value_holder_identity = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_lease_duration_seconds => value_lease_duration_seconds = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_lease_transitions => value_lease_transitions = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_preferred_holder => value_preferred_holder = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_renew_time => value_renew_time = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_strategy => value_strategy = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(LeaseSpec {
                    acquire_time: value_acquire_time,
                    holder_identity: value_holder_identity,
                    lease_duration_seconds: value_lease_duration_seconds,
                    lease_transitions: value_lease_transitions,
                    preferred_holder: value_preferred_holder,
                    renew_time: value_renew_time,
                    strategy: value_strategy,
                })
            }
        }

        deserializer.deserialize_struct(
            "LeaseSpec",
            &[
                "acquireTime",
                "holderIdentity",
                "leaseDurationSeconds",
                "leaseTransitions",
                "preferredHolder",
                "renewTime",
                "strategy",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for LeaseSpec {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "LeaseSpec",
            self.acquire_time.as_ref().map_or(0, |_| 1) +
            self.holder_identity.as_ref().map_or(0, |_| 1) +
            self.lease_duration_seconds.as_ref().map_or(0, |_| 1) +
            self.lease_transitions.as_ref().map_or(0, |_| 1) +
            self.preferred_holder.as_ref().map_or(0, |_| 1) +
            self.renew_time.as_ref().map_or(0, |_| 1) +
            self.strategy.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.acquire_time {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "acquireTime", value)?;
        }
        if let Some(value) = &self.holder_identity {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "holderIdentity", value)?;
        }
        if let Some(value) = &self.lease_duration_seconds {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "leaseDurationSeconds", value)?;
        }
        if let Some(value) = &self.lease_transitions {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "leaseTransitions", value)?;
        }
        if let Some(value) = &self.preferred_holder {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "preferredHolder", value)?;
        }
        if let Some(value) = &self.renew_time {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "renewTime", value)?;
        }
        if let Some(value) = &self.strategy {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "strategy", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static LeaseSpec_JSON: [crate::json::Field<LeaseSpec>; 7] = unsafe { [
        crate::json::Field::opt("acquireTime", core::mem::offset_of!(LeaseSpec, acquire_time), |s: &LeaseSpec| &s.acquire_time),
        crate::json::Field::opt("holderIdentity", core::mem::offset_of!(LeaseSpec, holder_identity), |s: &LeaseSpec| &s.holder_identity),
        crate::json::Field::opt("leaseDurationSeconds", core::mem::offset_of!(LeaseSpec, lease_duration_seconds), |s: &LeaseSpec| &s.lease_duration_seconds),
        crate::json::Field::opt("leaseTransitions", core::mem::offset_of!(LeaseSpec, lease_transitions), |s: &LeaseSpec| &s.lease_transitions),
        crate::json::Field::opt("preferredHolder", core::mem::offset_of!(LeaseSpec, preferred_holder), |s: &LeaseSpec| &s.preferred_holder),
        crate::json::Field::opt("renewTime", core::mem::offset_of!(LeaseSpec, renew_time), |s: &LeaseSpec| &s.renew_time),
        crate::json::Field::opt("strategy", core::mem::offset_of!(LeaseSpec, strategy), |s: &LeaseSpec| &s.strategy),
] };

impl crate::json::Json for LeaseSpec {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("LeaseSpec", &LeaseSpec_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("LeaseSpec", &LeaseSpec_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&LeaseSpec_JSON, self)
    }
}

impl Clone for LeaseSpec {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&LeaseSpec_JSON, self)
    }
}
