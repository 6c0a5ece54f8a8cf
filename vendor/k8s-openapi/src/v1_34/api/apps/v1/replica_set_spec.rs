// Generated from definition io.k8s.api.apps.v1.ReplicaSetSpec

#[derive(Debug, Default, PartialEq)]
pub struct ReplicaSetSpec {
    pub min_ready_seconds: Option<i32>,

    pub replicas: Option<i32>,

    pub selector: crate::apimachinery::pkg::apis::meta::v1::LabelSelector,

    pub template: Option<crate::api::core::v1::PodTemplateSpec>,
}

impl crate::DeepMerge for ReplicaSetSpec {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.min_ready_seconds, other.min_ready_seconds);
        crate::DeepMerge::merge_from(&mut self.replicas, other.replicas);
        crate::DeepMerge::merge_from(&mut self.selector, other.selector);
        crate::DeepMerge::merge_from(&mut self.template, other.template);
    }
}

impl<'de> crate::serde::Deserialize<'de> for ReplicaSetSpec {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_min_ready_seconds,
            Key_replicas,
            Key_selector,
            Key_template,
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
                            "minReadySeconds" => Field::Key_min_ready_seconds,
                            "replicas" => Field::Key_replicas,
                            "selector" => Field::Key_selector,
                            "template" => Field::Key_template,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = ReplicaSetSpec;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("ReplicaSetSpec")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_min_ready_seconds: Option<i32> = None;
                let mut value_replicas: Option<i32> = None;
                let mut value_selector: Option<crate::apimachinery::pkg::apis::meta::v1::LabelSelector> = None;
                let mut value_template: Option<crate::api::core::v1::PodTemplateSpec> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_min_ready_seconds => value_min_ready_seconds = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_replicas => value_replicas = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_selector => value_selector = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_template => value_template = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(ReplicaSetSpec {
                    min_ready_seconds: value_min_ready_seconds,
                    replicas: value_replicas,
                    selector: value_selector.unwrap_or_default(),
                    template: value_template,
                })
            }
        }

        deserializer.deserialize_struct(
            "ReplicaSetSpec",
            &[
                "minReadySeconds",
                "replicas",
                "selector",
                "template",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for ReplicaSetSpec {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "ReplicaSetSpec",
            1 +
            self.min_ready_seconds.as_ref().map_or(0, |_| 1) +
            self.replicas.as_ref().map_or(0, |_| 1) +
            self.template.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.min_ready_seconds {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "minReadySeconds", value)?;
        }
        if let Some(value) = &self.replicas {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "replicas", value)?;
        }
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "selector", &self.selector)?;
        if let Some(value) = &self.template {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "template", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static ReplicaSetSpec_JSON: [crate::json::Field<ReplicaSetSpec>; 4] = unsafe { [
        crate::json::Field::opt("minReadySeconds", core::mem::offset_of!(ReplicaSetSpec, min_ready_seconds), |s: &ReplicaSetSpec| &s.min_ready_seconds),
        crate::json::Field::opt("replicas", core::mem::offset_of!(ReplicaSetSpec, replicas), |s: &ReplicaSetSpec| &s.replicas),
        crate::json::Field::req("selector", core::mem::offset_of!(ReplicaSetSpec, selector), |s: &ReplicaSetSpec| &s.selector),
        crate::json::Field::opt("template", core::mem::offset_of!(ReplicaSetSpec, template), |s: &ReplicaSetSpec| &s.template),
] };

impl crate::json::Json for ReplicaSetSpec {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("ReplicaSetSpec", &ReplicaSetSpec_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("ReplicaSetSpec", &ReplicaSetSpec_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&ReplicaSetSpec_JSON, self)
    }
}

impl Clone for ReplicaSetSpec {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&ReplicaSetSpec_JSON, self)
    }
}
