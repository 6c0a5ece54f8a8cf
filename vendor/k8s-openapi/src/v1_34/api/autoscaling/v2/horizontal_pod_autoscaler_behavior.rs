// Generated from definition io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerBehavior

#[derive(Debug, Default, PartialEq)]
pub struct HorizontalPodAutoscalerBehavior {
    pub scale_down: Option<crate::api::autoscaling::v2::HPAScalingRules>,

    pub scale_up: Option<crate::api::autoscaling::v2::HPAScalingRules>,
}

impl crate::DeepMerge for HorizontalPodAutoscalerBehavior {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.scale_down, other.scale_down);
        crate::DeepMerge::merge_from(&mut self.scale_up, other.scale_up);
    }
}

impl<'de> crate::serde::Deserialize<'de> for HorizontalPodAutoscalerBehavior {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_scale_down,
            Key_scale_up,
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
                            "scaleDown" => Field::Key_scale_down,
                            "scaleUp" => Field::Key_scale_up,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = HorizontalPodAutoscalerBehavior;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("HorizontalPodAutoscalerBehavior")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_scale_down: Option<crate::api::autoscaling::v2::HPAScalingRules> = None;
                let mut value_scale_up: Option<crate::api::autoscaling::v2::HPAScalingRules> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_scale_down => value_scale_down = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_scale_up => value_scale_up = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(HorizontalPodAutoscalerBehavior {
                    scale_down: value_scale_down,
                    scale_up: value_scale_up,
                })
            }
        }

        deserializer.deserialize_struct(
            "HorizontalPodAutoscalerBehavior",
            &[
                "scaleDown",
                "scaleUp",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for HorizontalPodAutoscalerBehavior {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "HorizontalPodAutoscalerBehavior",
            self.scale_down.as_ref().map_or(0, |_| 1) +
            self.scale_up.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.scale_down {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "scaleDown", value)?;
        }
        if let Some(value) = &self.scale_up {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "scaleUp", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static HorizontalPodAutoscalerBehavior_JSON: [crate::json::Field<HorizontalPodAutoscalerBehavior>; 2] = unsafe { [
        crate::json::Field::opt("scaleDown", core::mem::offset_of!(HorizontalPodAutoscalerBehavior, scale_down), |s: &HorizontalPodAutoscalerBehavior| &s.scale_down),
        crate::json::Field::opt("scaleUp", core::mem::offset_of!(HorizontalPodAutoscalerBehavior, scale_up), |s: &HorizontalPodAutoscalerBehavior| &s.scale_up),
] };

impl crate::json::Json for HorizontalPodAutoscalerBehavior {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("HorizontalPodAutoscalerBehavior", &HorizontalPodAutoscalerBehavior_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("HorizontalPodAutoscalerBehavior", &HorizontalPodAutoscalerBehavior_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&HorizontalPodAutoscalerBehavior_JSON, self)
    }
}

impl Clone for HorizontalPodAutoscalerBehavior {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&HorizontalPodAutoscalerBehavior_JSON, self)
    }
}
