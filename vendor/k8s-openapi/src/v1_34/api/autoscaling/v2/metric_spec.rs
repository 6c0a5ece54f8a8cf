// Generated from definition io.k8s.api.autoscaling.v2.MetricSpec

#[derive(Debug, Default, PartialEq)]
pub struct MetricSpec {
    pub container_resource: Option<std::boxed::Box<crate::api::autoscaling::v2::ContainerResourceMetricSource>>,

    pub external: Option<std::boxed::Box<crate::api::autoscaling::v2::ExternalMetricSource>>,

    pub object: Option<std::boxed::Box<crate::api::autoscaling::v2::ObjectMetricSource>>,

    pub pods: Option<std::boxed::Box<crate::api::autoscaling::v2::PodsMetricSource>>,

    pub resource: Option<std::boxed::Box<crate::api::autoscaling::v2::ResourceMetricSource>>,

    pub type_: std::string::String,
}

impl crate::DeepMerge for MetricSpec {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.container_resource, other.container_resource);
        crate::DeepMerge::merge_from(&mut self.external, other.external);
        crate::DeepMerge::merge_from(&mut self.object, other.object);
        crate::DeepMerge::merge_from(&mut self.pods, other.pods);
        crate::DeepMerge::merge_from(&mut self.resource, other.resource);
        crate::DeepMerge::merge_from(&mut self.type_, other.type_);
    }
}

impl<'de> crate::serde::Deserialize<'de> for MetricSpec {
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
            type Value = MetricSpec;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("MetricSpec")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_container_resource: Option<std::boxed::Box<crate::api::autoscaling::v2::ContainerResourceMetricSource>> = None;
                let mut value_external: Option<std::boxed::Box<crate::api::autoscaling::v2::ExternalMetricSource>> = None;
                let mut value_object: Option<std::boxed::Box<crate::api::autoscaling::v2::ObjectMetricSource>> = None;
                let mut value_pods: Option<std::boxed::Box<crate::api::autoscaling::v2::PodsMetricSource>> = None;
                let mut value_resource: Option<std::boxed::Box<crate::api::autoscaling::v2::ResourceMetricSource>> = None;
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

                Ok(MetricSpec {
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
            "MetricSpec",
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

impl crate::serde::Serialize for MetricSpec {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "MetricSpec",
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
static MetricSpec_JSON: [crate::json::Field<MetricSpec>; 6] = unsafe { [
        crate::json::Field::opt("containerResource", core::mem::offset_of!(MetricSpec, container_resource), |s: &MetricSpec| &s.container_resource),
        crate::json::Field::opt("external", core::mem::offset_of!(MetricSpec, external), |s: &MetricSpec| &s.external),
        crate::json::Field::opt("object", core::mem::offset_of!(MetricSpec, object), |s: &MetricSpec| &s.object),
        crate::json::Field::opt("pods", core::mem::offset_of!(MetricSpec, pods), |s: &MetricSpec| &s.pods),
        crate::json::Field::opt("resource", core::mem::offset_of!(MetricSpec, resource), |s: &MetricSpec| &s.resource),
        crate::json::Field::req("type", core::mem::offset_of!(MetricSpec, type_), |s: &MetricSpec| &s.type_),
] };

impl crate::json::Json for MetricSpec {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("MetricSpec", &MetricSpec_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("MetricSpec", &MetricSpec_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&MetricSpec_JSON, self)
    }
}

impl Clone for MetricSpec {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&MetricSpec_JSON, self)
    }
}
