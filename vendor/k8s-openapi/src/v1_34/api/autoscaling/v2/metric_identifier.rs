// Generated from definition io.k8s.api.autoscaling.v2.MetricIdentifier

#[derive(Debug, Default, PartialEq)]
pub struct MetricIdentifier {
    pub name: std::string::String,

    pub selector: Option<crate::apimachinery::pkg::apis::meta::v1::LabelSelector>,
}

impl crate::DeepMerge for MetricIdentifier {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.name, other.name);
        crate::DeepMerge::merge_from(&mut self.selector, other.selector);
    }
}

impl<'de> crate::serde::Deserialize<'de> for MetricIdentifier {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_name,
            Key_selector,
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
                            "name" => Field::Key_name,
                            "selector" => Field::Key_selector,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = MetricIdentifier;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("MetricIdentifier")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_name: Option<std::string::String> = None;
                let mut value_selector: Option<crate::apimachinery::pkg::apis::meta::v1::LabelSelector> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_name => value_name = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_selector => value_selector = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(MetricIdentifier {
                    name: value_name.unwrap_or_default(),
                    selector: value_selector,
                })
            }
        }

        deserializer.deserialize_struct(
            "MetricIdentifier",
            &[
                "name",
                "selector",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for MetricIdentifier {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "MetricIdentifier",
            1 +
            self.selector.as_ref().map_or(0, |_| 1),
        )?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "name", &self.name)?;
        if let Some(value) = &self.selector {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "selector", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static MetricIdentifier_JSON: [crate::json::Field<MetricIdentifier>; 2] = unsafe { [
        crate::json::Field::req("name", core::mem::offset_of!(MetricIdentifier, name), |s: &MetricIdentifier| &s.name),
        crate::json::Field::opt("selector", core::mem::offset_of!(MetricIdentifier, selector), |s: &MetricIdentifier| &s.selector),
] };

impl crate::json::Json for MetricIdentifier {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("MetricIdentifier", &MetricIdentifier_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("MetricIdentifier", &MetricIdentifier_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&MetricIdentifier_JSON, self)
    }
}

impl Clone for MetricIdentifier {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&MetricIdentifier_JSON, self)
    }
}
