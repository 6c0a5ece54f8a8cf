// Generated from definition io.k8s.api.storage.v1.CSIDriverSpec

#[derive(Debug, Default, PartialEq)]
pub struct CSIDriverSpec {
    pub attach_required: Option<bool>,

    pub fs_group_policy: Option<std::string::String>,

    pub node_allocatable_update_period_seconds: Option<i64>,

    pub pod_info_on_mount: Option<bool>,

    pub requires_republish: Option<bool>,

    pub se_linux_mount: Option<bool>,

    pub storage_capacity: Option<bool>,

    pub token_requests: Option<std::vec::Vec<crate::api::storage::v1::TokenRequest>>,

    pub volume_lifecycle_modes: Option<std::vec::Vec<std::string::String>>,
}

impl crate::DeepMerge for CSIDriverSpec {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.attach_required, other.attach_required);
        crate::DeepMerge::merge_from(&mut self.fs_group_policy, other.fs_group_policy);
        crate::DeepMerge::merge_from(&mut self.node_allocatable_update_period_seconds, other.node_allocatable_update_period_seconds);
        crate::DeepMerge::merge_from(&mut self.pod_info_on_mount, other.pod_info_on_mount);
        crate::DeepMerge::merge_from(&mut self.requires_republish, other.requires_republish);
        crate::DeepMerge::merge_from(&mut self.se_linux_mount, other.se_linux_mount);
        crate::DeepMerge::merge_from(&mut self.storage_capacity, other.storage_capacity);
        crate::merge_strategies::list::atomic(&mut self.token_requests, other.token_requests);
        crate::merge_strategies::list::set(&mut self.volume_lifecycle_modes, other.volume_lifecycle_modes);
    }
}

impl<'de> crate::serde::Deserialize<'de> for CSIDriverSpec {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_attach_required,
            Key_fs_group_policy,
            Key_node_allocatable_update_period_seconds,
            Key_pod_info_on_mount,
            Key_requires_republish,
            Key_se_linux_mount,
            Key_storage_capacity,
            Key_token_requests,
            Key_volume_lifecycle_modes,
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
                            "attachRequired" => Field::Key_attach_required,
                            "fsGroupPolicy" => Field::Key_fs_group_policy,
                            "nodeAllocatableUpdatePeriodSeconds" => Field::Key_node_allocatable_update_period_seconds,
                            "podInfoOnMount" => Field::Key_pod_info_on_mount,
                            "requiresRepublish" => Field::Key_requires_republish,
                            "seLinuxMount" => Field::Key_se_linux_mount,
                            "storageCapacity" => Field::Key_storage_capacity,
                            "tokenRequests" => Field::Key_token_requests,
                            "volumeLifecycleModes" => Field::Key_volume_lifecycle_modes,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = CSIDriverSpec;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("CSIDriverSpec")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_attach_required: Option<bool> = None;
                let mut value_fs_group_policy: Option<std::string::String> = None;
                let mut value_node_allocatable_update_period_seconds: Option<i64> = None;
                let mut value_pod_info_on_mount: Option<bool> = None;
                let mut value_requires_republish: Option<bool> = None;
                let mut value_se_linux_mount: Option<bool> = None;
                let mut value_storage_capacity: Option<bool> = None;
                let mut value_token_requests: Option<std::vec::Vec<crate::api::storage::v1::TokenRequest>> = None;
                let mut value_volume_lifecycle_modes: Option<std::vec::Vec<std::string::String>> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_attach_required => value_attach_required = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_fs_group_policy => value_fs_group_policy = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_node_allocatable_update_period_seconds => value_node_allocatable_update_period_seconds = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_pod_info_on_mount => value_pod_info_on_mount = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_requires_republish => value_requires_republish = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_se_linux_mount => value_se_linux_mount = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_storage_capacity => value_storage_capacity = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_token_requests => value_token_requests = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_volume_lifecycle_modes => value_volume_lifecycle_modes = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(CSIDriverSpec {
                    attach_required: value_attach_required,
                    fs_group_policy: value_fs_group_policy,
                    node_allocatable_update_period_seconds: value_node_allocatable_update_period_seconds,
                    pod_info_on_mount: value_pod_info_on_mount,
                    requires_republish: value_requires_republish,
                    se_linux_mount: value_se_linux_mount,
                    storage_capacity: value_storage_capacity,
                    token_requests: value_token_requests,
                    volume_lifecycle_modes: value_volume_lifecycle_modes,
                })
            }
        }

        deserializer.deserialize_struct(
            "CSIDriverSpec",
            &[
                "attachRequired",
                "fsGroupPolicy",
                "nodeAllocatableUpdatePeriodSeconds",
                "podInfoOnMount",
                "requiresRepublish",
                "seLinuxMount",
                "storageCapacity",
                "tokenRequests",
                "volumeLifecycleModes",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for CSIDriverSpec {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "CSIDriverSpec",
            self.attach_required.as_ref().map_or(0, |_| 1) +
            self.fs_group_policy.as_ref().map_or(0, |_| 1) +
            self.node_allocatable_update_period_seconds.as_ref().map_or(0, |_| 1) +
            self.pod_info_on_mount.as_ref().map_or(0, |_| 1) +
            self.requires_republish.as_ref().map_or(0, |_| 1) +
            self.se_linux_mount.as_ref().map_or(0, |_| 1) +
            self.storage_capacity.as_ref().map_or(0, |_| 1) +
            self.token_requests.as_ref().map_or(0, |_| 1) +
            self.volume_lifecycle_modes.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.attach_required {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "attachRequired", value)?;
        }
        if let Some(value) = &self.fs_group_policy {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "fsGroupPolicy", value)?;
        }
        if let Some(value) = &self.node_allocatable_update_period_seconds {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "nodeAllocatableUpdatePeriodSeconds", value)?;
        }
        if let Some(value) = &self.pod_info_on_mount {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "podInfoOnMount", value)?;
        }
        if let Some(value) = &self.requires_republish {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "requiresRepublish", value)?;
        }
        if let Some(value) = &self.se_linux_mount {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "seLinuxMount", value)?;
        }
        if let Some(value) = &self.storage_capacity {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "storageCapacity", value)?;
        }
        if let Some(value) = &self.token_requests {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "tokenRequests", value)?;
        }
        if let Some(value) = &self.volume_lifecycle_modes {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "volumeLifecycleModes", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static CSIDriverSpec_JSON: [crate::json::Field<CSIDriverSpec>; 9] = unsafe { [
        crate::json::Field::opt("attachRequired", core::mem::offset_of!(CSIDriverSpec, attach_required), |s: &CSIDriverSpec| &s.attach_required),
        crate::json::Field::opt("fsGroupPolicy", core::mem::offset_of!(CSIDriverSpec, fs_group_policy), |s: &CSIDriverSpec| &s.fs_group_policy),
        crate::json::Field::opt("nodeAllocatableUpdatePeriodSeconds", core::mem::offset_of!(CSIDriverSpec, node_allocatable_update_period_seconds), |s: &CSIDriverSpec| &s.node_allocatable_update_period_seconds),
        crate::json::Field::opt("podInfoOnMount", core::mem::offset_of!(CSIDriverSpec, pod_info_on_mount), |s: &CSIDriverSpec| &s.pod_info_on_mount),
        crate::json::Field::opt("requiresRepublish", core::mem::offset_of!(CSIDriverSpec, requires_republish), |s: &CSIDriverSpec| &s.requires_republish),
        crate::json::Field::opt("seLinuxMount", core::mem::offset_of!(CSIDriverSpec, se_linux_mount), |s: &CSIDriverSpec| &s.se_linux_mount),
        crate::json::Field::opt("storageCapacity", core::mem::offset_of!(CSIDriverSpec, storage_capacity), |s: &CSIDriverSpec| &s.storage_capacity),
        crate::json::Field::opt("tokenRequests", core::mem::offset_of!(CSIDriverSpec, token_requests), |s: &CSIDriverSpec| &s.token_requests),
        crate::json::Field::opt("volumeLifecycleModes", core::mem::offset_of!(CSIDriverSpec, volume_lifecycle_modes), |s: &CSIDriverSpec| &s.volume_lifecycle_modes),
] };

impl crate::json::Json for CSIDriverSpec {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("CSIDriverSpec", &CSIDriverSpec_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("CSIDriverSpec", &CSIDriverSpec_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&CSIDriverSpec_JSON, self)
    }
}

impl Clone for CSIDriverSpec {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&CSIDriverSpec_JSON, self)
    }
}
