// Generated from definition io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta

#[derive(Debug, Default, PartialEq)]
pub struct ListMeta {
    pub continue_: Option<std::string::String>,

    pub remaining_item_count: Option<i64>,

    pub resource_version: Option<std::string::String>,

    pub self_link: Option<std::string::String>,
}

impl crate::DeepMerge for ListMeta {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.continue_, other.continue_);
        crate::DeepMerge::merge_from(&mut self.remaining_item_count, other.remaining_item_count);
        crate::DeepMerge::merge_from(&mut self.resource_version, other.resource_version);
        crate::DeepMerge::merge_from(&mut self.self_link, other.self_link);
    }
}

impl<'de> crate::serde::Deserialize<'de> for ListMeta {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_continue_,
            Key_remaining_item_count,
            Key_resource_version,
            Key_self_link,
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
                            "continue" => Field::Key_continue_,
                            "remainingItemCount" => Field::Key_remaining_item_count,
                            "resourceVersion" => Field::Key_resource_version,
                            "selfLink" => Field::Key_self_link,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = ListMeta;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("ListMeta")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_continue_: Option<std::string::String> = None;
                let mut value_remaining_item_count: Option<i64> = None;
                let mut value_resource_version: Option<std::string::String> = None;
                let mut value_self_link: Option<std::string::String> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_continue_ => value_continue_ = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_remaining_item_count => value_remaining_item_count = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_resource_version => value_resource_version = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_self_link => value_self_link = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(ListMeta {
                    continue_: value_continue_,
                    remaining_item_count: value_remaining_item_count,
                    resource_version: value_resource_version,
                    self_link: value_self_link,
                })
            }
        }

        deserializer.deserialize_struct(
            "ListMeta",
            &[
                "continue",
                "remainingItemCount",
                "resourceVersion",
                "selfLink",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for ListMeta {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "ListMeta",
            self.continue_.as_ref().map_or(0, |_| 1) +
            self.remaining_item_count.as_ref().map_or(0, |_| 1) +
            self.resource_version.as_ref().map_or(0, |_| 1) +
            self.self_link.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.continue_ {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "continue", value)?;
        }
        if let Some(value) = &self.remaining_item_count {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "remainingItemCount", value)?;
        }
        if let Some(value) = &self.resource_version {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "resourceVersion", value)?;
        }
        if let Some(value) = &self.self_link {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "selfLink", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static ListMeta_JSON: [crate::json::Field<ListMeta>; 4] = unsafe { [
        crate::json::Field::opt("continue", core::mem::offset_of!(ListMeta, continue_), |s: &ListMeta| &s.continue_),
        crate::json::Field::opt("remainingItemCount", core::mem::offset_of!(ListMeta, remaining_item_count), |s: &ListMeta| &s.remaining_item_count),
        crate::json::Field::opt("resourceVersion", core::mem::offset_of!(ListMeta, resource_version), |s: &ListMeta| &s.resource_version),
        crate::json::Field::opt("selfLink", core::mem::offset_of!(ListMeta, self_link), |s: &ListMeta| &s.self_link),
] };

impl crate::json::Json for ListMeta {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("ListMeta", &ListMeta_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("ListMeta", &ListMeta_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&ListMeta_JSON, self)
    }
}

impl Clone for ListMeta {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&ListMeta_JSON, self)
    }
}
