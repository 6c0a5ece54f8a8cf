// Generated from definition io.k8s.api.flowcontrol.v1.ExemptPriorityLevelConfiguration

#[derive(Debug, Default, PartialEq)]
pub struct ExemptPriorityLevelConfiguration {
    pub lendable_percent: Option<i32>,

    pub nominal_concurrency_shares: Option<i32>,
}

impl crate::DeepMerge for ExemptPriorityLevelConfiguration {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.lendable_percent, other.lendable_percent);
        crate::DeepMerge::merge_from(&mut self.nominal_concurrency_shares, other.nominal_concurrency_shares);
    }
}

impl<'de> crate::serde::Deserialize<'de> for ExemptPriorityLevelConfiguration {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_lendable_percent,
            Key_nominal_concurrency_shares,
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
                            "lendablePercent" => Field::Key_lendable_percent,
                            "nominalConcurrencyShares" => Field::Key_nominal_concurrency_shares,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = ExemptPriorityLevelConfiguration;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("ExemptPriorityLevelConfiguration")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_lendable_percent: Option<i32> = None;
                let mut value_nominal_concurrency_shares: Option<i32> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_lendable_percent => value_lendable_percent = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_nominal_concurrency_shares => value_nominal_concurrency_shares = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(ExemptPriorityLevelConfiguration {
                    lendable_percent: value_lendable_percent,
                    nominal_concurrency_shares: value_nominal_concurrency_shares,
                })
            }
        }

        deserializer.deserialize_struct(
            "ExemptPriorityLevelConfiguration",
            &[
                "lendablePercent",
                "nominalConcurrencyShares",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for ExemptPriorityLevelConfiguration {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "ExemptPriorityLevelConfiguration",
            self.lendable_percent.as_ref().map_or(0, |_| 1) +
            self.nominal_concurrency_shares.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.lendable_percent {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "lendablePercent", value)?;
        }
        if let Some(value) = &self.nominal_concurrency_shares {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "nominalConcurrencyShares", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static ExemptPriorityLevelConfiguration_JSON: [crate::json::Field<ExemptPriorityLevelConfiguration>; 2] = unsafe { [
        crate::json::Field::opt("lendablePercent", core::mem::offset_of!(ExemptPriorityLevelConfiguration, lendable_percent), |s: &ExemptPriorityLevelConfiguration| &s.lendable_percent),
        crate::json::Field::opt("nominalConcurrencyShares", core::mem::offset_of!(ExemptPriorityLevelConfiguration, nominal_concurrency_shares), |s: &ExemptPriorityLevelConfiguration| &s.nominal_concurrency_shares),
] };

impl crate::json::Json for ExemptPriorityLevelConfiguration {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("ExemptPriorityLevelConfiguration", &ExemptPriorityLevelConfiguration_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("ExemptPriorityLevelConfiguration", &ExemptPriorityLevelConfiguration_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&ExemptPriorityLevelConfiguration_JSON, self)
    }
}

impl Clone for ExemptPriorityLevelConfiguration {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&ExemptPriorityLevelConfiguration_JSON, self)
    }
}
