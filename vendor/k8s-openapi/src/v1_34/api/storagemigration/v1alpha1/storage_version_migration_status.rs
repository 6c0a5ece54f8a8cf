// Generated from definition io.k8s.api.storagemigration.v1alpha1.StorageVersionMigrationStatus

#[derive(Debug, Default, PartialEq)]
pub struct StorageVersionMigrationStatus {
    pub conditions: Option<std::vec::Vec<crate::api::storagemigration::v1alpha1::MigrationCondition>>,

    pub resource_version: Option<std::string::String>,
}

impl crate::DeepMerge for StorageVersionMigrationStatus {
    fn merge_from(&mut self, other: Self) {
        crate::merge_strategies::list::map(
            &mut self.conditions,
            other.conditions,
            &[|lhs, rhs| lhs.type_ == rhs.type_],
            |current_item, other_item| {
                crate::DeepMerge::merge_from(current_item, other_item);
            },
        );
        crate::DeepMerge::merge_from(&mut self.resource_version, other.resource_version);
    }
}

impl<'de> crate::serde::Deserialize<'de> for StorageVersionMigrationStatus {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_conditions,
            Key_resource_version,
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
                            "conditions" => Field::Key_conditions,
                            "resourceVersion" => Field::Key_resource_version,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = StorageVersionMigrationStatus;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("StorageVersionMigrationStatus")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_conditions: Option<std::vec::Vec<crate::api::storagemigration::v1alpha1::MigrationCondition>> = None;
                let mut value_resource_version: Option<std::string::String> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_conditions => value_conditions = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_resource_version => value_resource_version = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(StorageVersionMigrationStatus {
                    conditions: value_conditions,
                    resource_version: value_resource_version,
                })
            }
        }

        deserializer.deserialize_struct(
            "StorageVersionMigrationStatus",
            &[
                "conditions",
                "resourceVersion",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for StorageVersionMigrationStatus {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "StorageVersionMigrationStatus",
            self.conditions.as_ref().map_or(0, |_| 1) +
            self.resource_version.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.conditions {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "conditions", value)?;
        }
        if let Some(value) = &self.resource_version {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "resourceVersion", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static StorageVersionMigrationStatus_JSON: [crate::json::Field<StorageVersionMigrationStatus>; 2] = unsafe { [
        crate::json::Field::opt("conditions", core::mem::offset_of!(StorageVersionMigrationStatus, conditions), |s: &StorageVersionMigrationStatus| &s.conditions),
        crate::json::Field::opt("resourceVersion", core::mem::offset_of!(StorageVersionMigrationStatus, resource_version), |s: &StorageVersionMigrationStatus| &s.resource_version),
] };

impl crate::json::Json for StorageVersionMigrationStatus {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("StorageVersionMigrationStatus", &StorageVersionMigrationStatus_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("StorageVersionMigrationStatus", &StorageVersionMigrationStatus_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&StorageVersionMigrationStatus_JSON, self)
    }
}

impl Clone for StorageVersionMigrationStatus {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&StorageVersionMigrationStatus_JSON, self)
    }
}
