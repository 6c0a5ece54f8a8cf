// Generated from definition io.k8s.api.storagemigration.v1alpha1.StorageVersionMigrationSpec

#[derive(Debug, Default, PartialEq)]
pub struct StorageVersionMigrationSpec {
    pub continue_token: Option<std::string::String>,

    pub resource: crate::api::storagemigration::v1alpha1::GroupVersionResource,
}

impl crate::DeepMerge for StorageVersionMigrationSpec {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.continue_token, other.continue_token);
        crate::DeepMerge::merge_from(&mut self.resource, other.resource);
    }
}

impl<'de> crate::serde::Deserialize<'de> for StorageVersionMigrationSpec {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_continue_token,
            Key_resource,
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
                            "continueToken" => Field::Key_continue_token,
                            "resource" => Field::Key_resource,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = StorageVersionMigrationSpec;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("StorageVersionMigrationSpec")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_continue_token: Option<std::string::String> = None;
                let mut value_resource: Option<crate::api::storagemigration::v1alpha1::GroupVersionResource> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_continue_token => value_continue_token = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_resource => value_resource = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(StorageVersionMigrationSpec {
                    continue_token: value_continue_token,
                    resource: value_resource.unwrap_or_default(),
                })
            }
        }

        deserializer.deserialize_struct(
            "StorageVersionMigrationSpec",
            &[
                "continueToken",
                "resource",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for StorageVersionMigrationSpec {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "StorageVersionMigrationSpec",
            1 +
            self.continue_token.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.continue_token {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "continueToken", value)?;
        }
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "resource", &self.resource)?;
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static StorageVersionMigrationSpec_JSON: [crate::json::Field<StorageVersionMigrationSpec>; 2] = unsafe { [
        crate::json::Field::opt("continueToken", core::mem::offset_of!(StorageVersionMigrationSpec, continue_token), |s: &StorageVersionMigrationSpec| &s.continue_token),
        crate::json::Field::req("resource", core::mem::offset_of!(StorageVersionMigrationSpec, resource), |s: &StorageVersionMigrationSpec| &s.resource),
] };

impl crate::json::Json for StorageVersionMigrationSpec {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("StorageVersionMigrationSpec", &StorageVersionMigrationSpec_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("StorageVersionMigrationSpec", &StorageVersionMigrationSpec_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&StorageVersionMigrationSpec_JSON, self)
    }
}

impl Clone for StorageVersionMigrationSpec {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&StorageVersionMigrationSpec_JSON, self)
    }
}
