// Generated from definition io.k8s.api.apps.v1.RollingUpdateStatefulSetStrategy

#[derive(Debug, Default, PartialEq)]
pub struct RollingUpdateStatefulSetStrategy {
    pub max_unavailable: Option<crate::apimachinery::pkg::util::intstr::IntOrString>,

    pub partition: Option<i32>,
}

impl crate::DeepMerge for RollingUpdateStatefulSetStrategy {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.max_unavailable, other.max_unavailable);
        crate::DeepMerge::merge_from(&mut self.partition, other.partition);
    }
}

impl<'de> crate::serde::Deserialize<'de> for RollingUpdateStatefulSetStrategy {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_max_unavailable,
            Key_partition,
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
                            "maxUnavailable" => Field::Key_max_unavailable,
                            "partition" => Field::Key_partition,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = RollingUpdateStatefulSetStrategy;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("RollingUpdateStatefulSetStrategy")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_max_unavailable: Option<crate::apimachinery::pkg::util::intstr::IntOrString> = None;
                let mut value_partition: Option<i32> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_max_unavailable => value_max_unavailable = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_partition => value_partition = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(RollingUpdateStatefulSetStrategy {
                    max_unavailable: value_max_unavailable,
                    partition: value_partition,
                })
            }
        }

        deserializer.deserialize_struct(
            "RollingUpdateStatefulSetStrategy",
            &[
                "maxUnavailable",
                "partition",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for RollingUpdateStatefulSetStrategy {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "RollingUpdateStatefulSetStrategy",
            self.max_unavailable.as_ref().map_or(0, |_| 1) +
            self.partition.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.max_unavailable {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "maxUnavailable", value)?;
        }
        if let Some(value) = &self.partition {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "partition", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static RollingUpdateStatefulSetStrategy_JSON: [crate::json::Field<RollingUpdateStatefulSetStrategy>; 2] = unsafe { [
        crate::json::Field::opt("maxUnavailable", core::mem::offset_of!(RollingUpdateStatefulSetStrategy, max_unavailable), |s: &RollingUpdateStatefulSetStrategy| &s.max_unavailable),
        crate::json::Field::opt("partition", core::mem::offset_of!(RollingUpdateStatefulSetStrategy, partition), |s: &RollingUpdateStatefulSetStrategy| &s.partition),
] };

impl crate::json::Json for RollingUpdateStatefulSetStrategy {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("RollingUpdateStatefulSetStrategy", &RollingUpdateStatefulSetStrategy_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("RollingUpdateStatefulSetStrategy", &RollingUpdateStatefulSetStrategy_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&RollingUpdateStatefulSetStrategy_JSON, self)
    }
}

impl Clone for RollingUpdateStatefulSetStrategy {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&RollingUpdateStatefulSetStrategy_JSON, self)
    }
}
