// Generated from definition io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerSpec

#[derive(Debug, Default, PartialEq)]
pub struct HorizontalPodAutoscalerSpec {
    pub behavior: Option<std::boxed::Box<crate::api::autoscaling::v2::HorizontalPodAutoscalerBehavior>>,

    pub max_replicas: i32,

    pub metrics: Option<std::vec::Vec<crate::api::autoscaling::v2::MetricSpec>>,

    pub min_replicas: Option<i32>,

    pub scale_target_ref: crate::api::autoscaling::v2::CrossVersionObjectReference,
}

impl crate::DeepMerge for HorizontalPodAutoscalerSpec {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.behavior, other.behavior);
        crate::DeepMerge::merge_from(&mut self.max_replicas, other.max_replicas);
        crate::merge_strategies::list::atomic(&mut self.metrics, other.metrics);
        crate::DeepMerge::merge_from(&mut self.min_replicas, other.min_replicas);
        crate::DeepMerge::merge_from(&mut self.scale_target_ref, other.scale_target_ref);
    }
}

impl<'de> crate::serde::Deserialize<'de> for HorizontalPodAutoscalerSpec {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_behavior,
            Key_max_replicas,
            Key_metrics,
            Key_min_replicas,
            Key_scale_target_ref,
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
                            "behavior" => Field::Key_behavior,
                            "maxReplicas" => Field::Key_max_replicas,
                            "metrics" => Field::Key_metrics,
                            "minReplicas" => Field::Key_min_replicas,
                            "scaleTargetRef" => Field::Key_scale_target_ref,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = HorizontalPodAutoscalerSpec;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("HorizontalPodAutoscalerSpec")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_behavior: Option<std::boxed::Box<crate::api::autoscaling::v2::HorizontalPodAutoscalerBehavior>> = None;
                let mut value_max_replicas: Option<i32> = None;
                let mut value_metrics: Option<std::vec::Vec<crate::api::autoscaling::v2::MetricSpec>> = None;
                let mut value_min_replicas: Option<i32> = None;
                let mut value_scale_target_ref: Option<crate::api::autoscaling::v2::CrossVersionObjectReference> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_behavior => value_behavior = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_max_replicas => value_max_replicas = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_metrics => value_metrics = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_min_replicas => value_min_replicas = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_scale_target_ref => value_scale_target_ref = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(HorizontalPodAutoscalerSpec {
                    behavior: value_behavior,
                    max_replicas: value_max_replicas.unwrap_or_default(),
                    metrics: value_metrics,
                    min_replicas: value_min_replicas,
                    scale_target_ref: value_scale_target_ref.unwrap_or_default(),
                })
            }
        }

        deserializer.deserialize_struct(
            "HorizontalPodAutoscalerSpec",
            &[
                "behavior",
                "maxReplicas",
                "metrics",
                "minReplicas",
                "scaleTargetRef",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for HorizontalPodAutoscalerSpec {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "HorizontalPodAutoscalerSpec",
            2 +
            self.behavior.as_ref().map_or(0, |_| 1) +
            self.metrics.as_ref().map_or(0, |_| 1) +
            self.min_replicas.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.behavior {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "behavior", value)?;
        }
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "maxReplicas", &self.max_replicas)?;
        if let Some(value) = &self.metrics {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "metrics", value)?;
        }
        if let Some(value) = &self.min_replicas {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "minReplicas", value)?;
        }
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "scaleTargetRef", &self.scale_target_ref)?;
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static HorizontalPodAutoscalerSpec_JSON: [crate::json::Field<HorizontalPodAutoscalerSpec>; 5] = unsafe { [
        crate::json::Field::opt("behavior", core::mem::offset_of!(HorizontalPodAutoscalerSpec, behavior), |s: &HorizontalPodAutoscalerSpec| &s.behavior),
        crate::json::Field::req("maxReplicas", core::mem::offset_of!(HorizontalPodAutoscalerSpec, max_replicas), |s: &HorizontalPodAutoscalerSpec| &s.max_replicas),
        crate::json::Field::opt("metrics", core::mem::offset_of!(HorizontalPodAutoscalerSpec, metrics), |s: &HorizontalPodAutoscalerSpec| &s.metrics),
        crate::json::Field::opt("minReplicas", core::mem::offset_of!(HorizontalPodAutoscalerSpec, min_replicas), |s: &HorizontalPodAutoscalerSpec| &s.min_replicas),
        crate::json::Field::req("scaleTargetRef", core::mem::offset_of!(HorizontalPodAutoscalerSpec, scale_target_ref), |s: &HorizontalPodAutoscalerSpec| &s.scale_target_ref),
] };

impl crate::json::Json for HorizontalPodAutoscalerSpec {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("HorizontalPodAutoscalerSpec", &HorizontalPodAutoscalerSpec_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("HorizontalPodAutoscalerSpec", &HorizontalPodAutoscalerSpec_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&HorizontalPodAutoscalerSpec_JSON, self)
    }
}

impl Clone for HorizontalPodAutoscalerSpec {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&HorizontalPodAutoscalerSpec_JSON, self)
    }
}
