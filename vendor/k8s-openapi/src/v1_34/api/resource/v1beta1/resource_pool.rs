// Generated from definition io.k8s.api.resource.v1beta1.ResourcePool

#[derive(Debug, Default, PartialEq)]
pub struct ResourcePool {
    pub generation: i64,

    pub name: std::string::String,

    pub resource_slice_count: i64,
}

impl crate::DeepMerge for ResourcePool {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.generation, other.generation);
        crate::DeepMerge::merge_from(&mut self.name, other.name);
        crate::DeepMerge::merge_from(&mut self.resource_slice_count, other.resource_slice_count);
    }
}

impl<'de> crate::serde::Deserialize<'de> for ResourcePool {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_generation,
            Key_name,
            Key_resource_slice_count,
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
                            "generation" => Field::Key_generation,
                            "name" => Field::Key_name,
                            "resourceSliceCount" => Field::Key_resource_slice_count,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = ResourcePool;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("ResourcePool")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_generation: Option<i64> = None;
                let mut value_name: Option<std::string::String> = None;
                let mut value_resource_slice_count: Option<i64> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_generation => value_generation = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_name => value_name = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_resource_slice_count => value_resource_slice_count = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(ResourcePool {
                    generation: value_generation.unwrap_or_default(),
                    name: value_name.unwrap_or_default(),
                    resource_slice_count: value_resource_slice_count.unwrap_or_default(),
                })
            }
        }

        deserializer.deserialize_struct(
            "ResourcePool",
            &[
                "generation",
                "name",
                "resourceSliceCount",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for ResourcePool {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "ResourcePool",
            3,
        )?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "generation", &self.generation)?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "name", &self.name)?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "resourceSliceCount", &self.resource_slice_count)?;
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static ResourcePool_JSON: [crate::json::Field<ResourcePool>; 3] = unsafe { [
        crate::json::Field::req("generation", core::mem::offset_of!(ResourcePool, generation), |s: &ResourcePool| &s.generation),
        crate::json::Field::req("name", core::mem::offset_of!(ResourcePool, name), |s: &ResourcePool| &s.name),
        crate::json::Field::req("resourceSliceCount", core::mem::offset_of!(ResourcePool, resource_slice_count), |s: &ResourcePool| &s.resource_slice_count),
] };

impl crate::json::Json for ResourcePool {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("ResourcePool", &ResourcePool_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("ResourcePool", &ResourcePool_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&ResourcePool_JSON, self)
    }
}

impl Clone for ResourcePool {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&ResourcePool_JSON, self)
    }
}
