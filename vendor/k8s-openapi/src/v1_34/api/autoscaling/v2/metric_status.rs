// Generated from definition io.k8s.api.autoscaling.v2.MetricStatus

#[derive(Debug, Default, PartialEq)]
pub struct MetricStatus {
    pub container_resource: Option<std::boxed::Box<crate::api::autoscaling::v2::ContainerResourceMetricStatus>>,

    pub external: Option<std::boxed::Box<crate::api::autoscaling::v2::ExternalMetricStatus>>,

    pub object: Option<std::boxed::Box<crate::api::autoscaling::v2::ObjectMetricStatus>>,

    pub pods: Option<std::boxed::Box<crate::api::autoscaling::v2::PodsMetricStatus>>,

    pub resource: Option<crate::api::autoscaling::v2::ResourceMetricStatus>,

    pub type_: std::string::String,
}

impl crate::DeepMerge for MetricStatus {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.container_resource, other.container_resource);
        crate::DeepMerge::merge_from(&mut self.external, other.external);
        crate::DeepMerge::merge_from(&mut self.object, other.object);
        crate::DeepMerge::merge_from(&mut self.pods, other.pods);
        crate::DeepMerge::merge_from(&mut self.resource, other.resource);
        crate::DeepMerge::merge_from(&mut self.type_, other.type_);
    }
}

impl<'de> crate::serde::Deserialize<'de> for MetricStatus {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_container_resource,
            Key_external,
            Key_object,
            Key_pods,
            Key_resource,
            Key_type_,
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
                            "containerResource" => Field::Key_container_resource,
                            "external" => Field::Key_external,
                            "object" => Field::Key_object,
                            "pods" => Field::Key_pods,
                            "resource" => Field::Key_resource,
                            "type" => Field::Key_type_,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = MetricStatus;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("MetricStatus")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_container_resource: Option<std::boxed::Box<crate::api::autoscaling::v2::ContainerResourceMetricStatus>> = None;
                let mut value_external: Option<std::boxed::Box<crate::api::autoscaling::v2::ExternalMetricStatus>> = None;
                let mut value_object: Option<std::boxed::Box<crate::api::autoscaling::v2::ObjectMetricStatus>> = None;
                let mut value_pods: Option<std::boxed::Box<crate::api::autoscaling::v2::PodsMetricStatus>> = None;
                let mut value_resource: Option<crate::api::autoscaling::v2::ResourceMetricStatus> = None;
                let mut value_type_: Option<std::string::String> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_container_resource => value_container_resource = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_external => value_external = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_object => value_object = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_pods => value_pods = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_resource => value_resource = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_type_ => value_type_ = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(MetricStatus {
                    container_resource: value_container_resource,
                    external: value_external,
                    object: value_object,
                    pods: value_pods,
                    resource: value_resource,
                    type_: value_type_.unwrap_or_default(),
                })
            }
        }

        deserializer.deserialize_struct(
            "MetricStatus",
            &[
                "containerResource",
                "external",
                "object",
                "pods",
                "resource",
                "type",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for MetricStatus {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "MetricStatus",
            1 +
            self.container_resource.as_ref().map_or(0, |_| 1) +
            self.external.as_ref().map_or(0, |_| 1) +
            self.object.as_ref().map_or(0, |_| 1) +
            self.pods.as_ref().map_or(0, |_| 1) +
            self.resource.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.container_resource {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "containerResource", value)?;
        }
        if let Some(value) = &self.external {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "external", value)?;
        }
        if let Some(value) = &self.object {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "object", value)?;
        }
        if let Some(value) = &self.pods {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "pods", value)?;
        }
        if let Some(value) = &self.resource {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "resource", value)?;
        }
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "type", &self.type_)?;
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static MetricStatus_JSON: [crate::json::Field<MetricStatus>; 6] = unsafe { [
        crate::json::Field::opt("containerResource", core::mem::offset_of!(MetricStatus, container_resource), |s: &MetricStatus| &s.container_resource),
        crate::json::Field::opt("external", core::mem::offset_of!(MetricStatus, external), |s: &MetricStatus| &s.external),
        crate::json::Field::opt("object", core::mem::offset_of!(MetricStatus, object), |s: &MetricStatus| &s.object),
        crate::json::Field::opt("pods", core::mem::offset_of!(MetricStatus, pods), |s: &MetricStatus| &s.pods),
        crate::json::Field::opt("resource", core::mem::offset_of!(MetricStatus, resource), |s: &MetricStatus| &s.resource),
        crate::json::Field::req("type", core::mem::offset_of!(MetricStatus, type_), |s: &MetricStatus| &s.type_),
] };

impl crate::json::Json for MetricStatus {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("MetricStatus", &MetricStatus_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("MetricStatus", &MetricStatus_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&MetricStatus_JSON, self)
    }
}

impl Clone for MetricStatus {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&MetricStatus_JSON, self)
    }
}
