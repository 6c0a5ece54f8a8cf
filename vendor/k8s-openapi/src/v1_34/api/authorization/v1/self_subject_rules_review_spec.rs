// Generated from definition io.k8s.api.authorization.v1.SelfSubjectRulesReviewSpec

#[derive(Debug, Default, PartialEq)]
pub struct SelfSubjectRulesReviewSpec {
    pub namespace: Option<std::string::String>,
}

impl crate::DeepMerge for SelfSubjectRulesReviewSpec {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.namespace, other.namespace);
    }
}

impl<'de> crate::serde::Deserialize<'de> for SelfSubjectRulesReviewSpec {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_namespace,
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
                            "namespace" => Field::Key_namespace,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = SelfSubjectRulesReviewSpec;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("SelfSubjectRulesReviewSpec")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_namespace: Option<std::string::String> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_namespace => value_namespace = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(SelfSubjectRulesReviewSpec {
                    namespace: value_namespace,
                })
            }
        }

        deserializer.deserialize_struct(
            "SelfSubjectRulesReviewSpec",
            &[
                "namespace",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for SelfSubjectRulesReviewSpec {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "SelfSubjectRulesReviewSpec",
            self.namespace.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.namespace {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "namespace", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static SelfSubjectRulesReviewSpec_JSON: [crate::json::Field<SelfSubjectRulesReviewSpec>; 1] = unsafe { [
        crate::json::Field::opt("namespace", core::mem::offset_of!(SelfSubjectRulesReviewSpec, namespace), |s: &SelfSubjectRulesReviewSpec| &s.namespace),
] };

impl crate::json::Json for SelfSubjectRulesReviewSpec {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("SelfSubjectRulesReviewSpec", &SelfSubjectRulesReviewSpec_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("SelfSubjectRulesReviewSpec", &SelfSubjectRulesReviewSpec_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&SelfSubjectRulesReviewSpec_JSON, self)
    }
}

impl Clone for SelfSubjectRulesReviewSpec {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&SelfSubjectRulesReviewSpec_JSON, self)
    }
}
