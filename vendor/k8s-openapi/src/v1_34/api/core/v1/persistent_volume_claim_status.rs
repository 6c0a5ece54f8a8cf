// Generated from definition io.k8s.api.core.v1.PersistentVolumeClaimStatus

#[derive(Debug, Default, PartialEq)]
pub struct PersistentVolumeClaimStatus {
    pub access_modes: Option<std::vec::Vec<std::string::String>>,

    pub allocated_resource_statuses: Option<std::collections::BTreeMap<std::string::String, std::string::String>>,

    pub allocated_resources: Option<std::collections::BTreeMap<std::string::String, crate::apimachinery::pkg::api::resource::Quantity>>,

    pub capacity: Option<std::collections::BTreeMap<std::string::String, crate::apimachinery::pkg::api::resource::Quantity>>,

    pub conditions: Option<std::vec::Vec<crate::api::core::v1::PersistentVolumeClaimCondition>>,

    pub current_volume_attributes_class_name: Option<std::string::String>,

    pub modify_volume_status: Option<crate::api::core::v1::ModifyVolumeStatus>,

    pub phase: Option<std::string::String>,
}

impl crate::DeepMerge for PersistentVolumeClaimStatus {
    fn merge_from(&mut self, other: Self) {
        crate::merge_strategies::list::atomic(&mut self.access_modes, other.access_modes);
        crate::merge_strategies::map::granular(&mut self.allocated_resource_statuses, other.allocated_resource_statuses, |current_item, other_item| {
            crate::DeepMerge::merge_from(current_item, other_item);
        });
        crate::merge_strategies::map::granular(&mut self.allocated_resources, other.allocated_resources, |current_item, other_item| {
            crate::DeepMerge::merge_from(current_item, other_item);
        });
        crate::merge_strategies::map::granular(&mut self.capacity, other.capacity, |current_item, other_item| {
            crate::DeepMerge::merge_from(current_item, other_item);
        });
        crate::merge_strategies::list::map(
            &mut self.conditions,
            other.conditions,
            &[|lhs, rhs| lhs.type_ == rhs.type_],
            |current_item, other_item| {
                crate::DeepMerge::merge_from(current_item, other_item);
            },
        );
        crate::DeepMerge::merge_from(&mut self.current_volume_attributes_class_name, other.current_volume_attributes_class_name);
        crate::DeepMerge::merge_from(&mut self.modify_volume_status, other.modify_volume_status);
        crate::DeepMerge::merge_from(&mut self.phase, other.phase);
    }
}

impl<'de> crate::serde::Deserialize<'de> for PersistentVolumeClaimStatus {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_access_modes,
            Key_allocated_resource_statuses,
            Key_allocated_resources,
            Key_capacity,
            Key_conditions,
            Key_current_volume_attributes_class_name,
            Key_modify_volume_status,
            Key_phase,
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
                            "accessModes" => Field::Key_access_modes,
                            "allocatedResourceStatuses" => Field::Key_allocated_resource_statuses,
                            "allocatedResources" => Field::Key_allocated_resources,
                            "capacity" => Field::Key_capacity,
                            "conditions" => Field::Key_conditions,
                            "currentVolumeAttributesClassName" => Field::Key_current_volume_attributes_class_name,
                            "modifyVolumeStatus" => Field::Key_modify_volume_status,
                            "phase" => Field::Key_phase,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = PersistentVolumeClaimStatus;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("PersistentVolumeClaimStatus")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_access_modes: Option<std::vec::Vec<std::string::String>> = None;
                let mut value_allocated_resource_statuses: Option<std::collections::BTreeMap<std::string::String, std::string::String>> = None;
                let mut value_allocated_resources: Option<std::collections::BTreeMap<std::string::String, crate::apimachinery::pkg::api::resource::Quantity>> = None;
                let mut value_capacity: Option<std::collections::BTreeMap<std::string::String, crate::apimachinery::pkg::api::resource::Quantity>> = None;
                let mut value_conditions: Option<std::vec::Vec<crate::api::core::v1::PersistentVolumeClaimCondition>> = None;
                let mut value_current_volume_attributes_class_name: Option<std::string::String> = None;
                let mut value_modify_volume_status: Option<crate::api::core::v1::ModifyVolumeStatus> = None;
                let mut value_phase: Option<std::string::String> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_access_modes => value_access_modes = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_allocated_resource_statuses => value_allocated_resource_statuses = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_allocated_resources => value_allocated_resources = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_capacity => value_capacity = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_conditions => value_conditions = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_current_volume_attributes_class_name => value_current_volume_attributes_class_name = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_modify_volume_status => value_modify_volume_status = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_phase => value_phase = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(PersistentVolumeClaimStatus {
                    access_modes: value_access_modes,
                    allocated_resource_statuses: value_allocated_resource_statuses,
                    allocated_resources: value_allocated_resources,
                    capacity: value_capacity,
                    conditions: value_conditions,
                    current_volume_attributes_class_name: value_current_volume_attributes_class_name,
                    modify_volume_status: value_modify_volume_status,
                    phase: value_phase,
                })
            }
        }

        deserializer.deserialize_struct(
            "PersistentVolumeClaimStatus",
            &[
                "accessModes",
                "allocatedResourceStatuses",
                "allocatedResources",
                "capacity",
                "conditions",
                "currentVolumeAttributesClassName",
                "modifyVolumeStatus",
                "phase",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for PersistentVolumeClaimStatus {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "PersistentVolumeClaimStatus",
            self.access_modes.as_ref().map_or(0, |_| 1) +
            self.allocated_resource_statuses.as_ref().map_or(0, |_| 1) +
            self.allocated_resources.as_ref().map_or(0, |_| 1) +
            self.capacity.as_ref().map_or(0, |_| 1) +
            self.conditions.as_ref().map_or(0, |_| 1) +
            self.current_volume_attributes_class_name.as_ref().map_or(0, |_| 1) +
            self.modify_volume_status.as_ref().map_or(0, |_| 1) +
            self.phase.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.access_modes {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "accessModes", value)?;
        }
        if let Some(value) = &self.allocated_resource_statuses {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "allocatedResourceStatuses", value)?;
        }
        if let Some(value) = &self.allocated_resources {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "allocatedResources", value)?;
        }
        if let Some(value) = &self.capacity {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "capacity", value)?;
        }
        if let Some(value) = &self.conditions {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "conditions", value)?;
        }
        if let Some(value) = &self.current_volume_attributes_class_name {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "currentVolumeAttributesClassName", value)?;
        }
        if let Some(value) = &self.modify_volume_status {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "modifyVolumeStatus", value)?;
        }
        if let Some(value) = &self.phase {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "phase", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static PersistentVolumeClaimStatus_JSON: [crate::json::Field<PersistentVolumeClaimStatus>; 8] = unsafe { [
        crate::json::Field::opt("accessModes", core::mem::offset_of!(PersistentVolumeClaimStatus, access_modes), |s: &PersistentVolumeClaimStatus| &s.access_modes),
        crate::json::Field::opt("allocatedResourceStatuses", core::mem::offset_of!(PersistentVolumeClaimStatus, allocated_resource_statuses), |s: &PersistentVolumeClaimStatus| &s.allocated_resource_statuses),
        crate::json::Field::opt("allocatedResources", core::mem::offset_of!(PersistentVolumeClaimStatus, allocated_resources), |s: &PersistentVolumeClaimStatus| &s.allocated_resources),
        crate::json::Field::opt("capacity", core::mem::offset_of!(PersistentVolumeClaimStatus, capacity), |s: &PersistentVolumeClaimStatus| &s.capacity),
        crate::json::Field::opt("conditions", core::mem::offset_of!(PersistentVolumeClaimStatus, conditions), |s: &PersistentVolumeClaimStatus| &s.conditions),
        crate::json::Field::opt("currentVolumeAttributesClassName", core::mem::offset_of!(PersistentVolumeClaimStatus, current_volume_attributes_class_name), |s: &PersistentVolumeClaimStatus| &s.current_volume_attributes_class_name),
        crate::json::Field::opt("modifyVolumeStatus", core::mem::offset_of!(PersistentVolumeClaimStatus, modify_volume_status), |s: &PersistentVolumeClaimStatus| &s.modify_volume_status),
        crate::json::Field::opt("phase", core::mem::offset_of!(PersistentVolumeClaimStatus, phase), |s: &PersistentVolumeClaimStatus| &s.phase),
] };

impl crate::json::Json for PersistentVolumeClaimStatus {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("PersistentVolumeClaimStatus", &PersistentVolumeClaimStatus_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("PersistentVolumeClaimStatus", &PersistentVolumeClaimStatus_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&PersistentVolumeClaimStatus_JSON, self)
    }
}

impl Clone for PersistentVolumeClaimStatus {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&PersistentVolumeClaimStatus_JSON, self)
    }
}
