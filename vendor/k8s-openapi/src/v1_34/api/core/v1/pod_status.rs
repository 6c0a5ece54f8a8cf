// Generated from definition io.k8s.api.core.v1.PodStatus

#[derive(Debug, Default, PartialEq)]
pub struct PodStatus {
    pub conditions: Option<std::vec::Vec<crate::api::core::v1::PodCondition>>,

    pub container_statuses: Option<std::vec::Vec<crate::api::core::v1::ContainerStatus>>,

    pub ephemeral_container_statuses: Option<std::vec::Vec<crate::api::core::v1::ContainerStatus>>,

    pub extended_resource_claim_status: Option<crate::api::core::v1::PodExtendedResourceClaimStatus>,

    pub host_ip: Option<std::string::String>,

    pub host_ips: Option<std::vec::Vec<crate::api::core::v1::HostIP>>,

    pub init_container_statuses: Option<std::vec::Vec<crate::api::core::v1::ContainerStatus>>,

    pub message: Option<std::string::String>,

    pub nominated_node_name: Option<std::string::String>,

    pub observed_generation: Option<i64>,

    pub phase: Option<std::string::String>,

    pub pod_ip: Option<std::string::String>,

    pub pod_ips: Option<std::vec::Vec<crate::api::core::v1::PodIP>>,

    pub qos_class: Option<std::string::String>,

    pub reason: Option<std::string::String>,

    pub resize: Option<std::string::String>,

    pub resource_claim_statuses: Option<std::vec::Vec<crate::api::core::v1::PodResourceClaimStatus>>,

    pub start_time: Option<crate::apimachinery::pkg::apis::meta::v1::Time>,
}

impl crate::DeepMerge for PodStatus {
    fn merge_from(&mut self, other: Self) {
        crate::merge_strategies::list::map(
            &mut self.conditions,
            other.conditions,
            &[|lhs, rhs| lhs.type_ == rhs.type_],
            |current_item, other_item| {
                crate::DeepMerge::merge_from(current_item, other_item);
            },
        );
        crate::merge_strategies::list::atomic(&mut self.container_statuses, other.container_statuses);
        crate::merge_strategies::list::atomic(&mut self.ephemeral_container_statuses, other.ephemeral_container_statuses);
        crate::DeepMerge::merge_from(&mut self.extended_resource_claim_status, other.extended_resource_claim_status);
        crate::DeepMerge::merge_from(&mut self.host_ip, other.host_ip);
        crate::merge_strategies::list::map(
            &mut self.host_ips,
            other.host_ips,
            &[|lhs, rhs| lhs.ip == rhs.ip],
            |current_item, other_item| {
                crate::DeepMerge::merge_from(current_item, other_item);
            },
        );
        crate::merge_strategies::list::atomic(&mut self.init_container_statuses, other.init_container_statuses);
        crate::DeepMerge::merge_from(&mut self.message, other.message);
        crate::DeepMerge::merge_from(&mut self.nominated_node_name, other.nominated_node_name);
        crate::DeepMerge::merge_from(&mut self.observed_generation, other.observed_generation);
        crate::DeepMerge::merge_from(&mut self.phase, other.phase);
        crate::DeepMerge::merge_from(&mut self.pod_ip, other.pod_ip);
        crate::merge_strategies::list::map(
            &mut self.pod_ips,
            other.pod_ips,
            &[|lhs, rhs| lhs.ip == rhs.ip],
            |current_item, other_item| {
                crate::DeepMerge::merge_from(current_item, other_item);
            },
        );
        crate::DeepMerge::merge_from(&mut self.qos_class, other.qos_class);
        crate::DeepMerge::merge_from(&mut self.reason, other.reason);
        crate::DeepMerge::merge_from(&mut self.resize, other.resize);
        crate::merge_strategies::list::map(
            &mut self.resource_claim_statuses,
            other.resource_claim_statuses,
            &[|lhs, rhs| lhs.name == rhs.name],
            |current_item, other_item| {
                crate::DeepMerge::merge_from(current_item, other_item);
            },
        );
        crate::DeepMerge::merge_from(&mut self.start_time, other.start_time);
    }
}

impl<'de> crate::serde::Deserialize<'de> for PodStatus {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_conditions,
            Key_container_statuses,
            Key_ephemeral_container_statuses,
            Key_extended_resource_claim_status,
            Key_host_ip,
            Key_host_ips,
            Key_init_container_statuses,
            Key_message,
            Key_nominated_node_name,
            Key_observed_generation,
            Key_phase,
            Key_pod_ip,
            Key_pod_ips,
            Key_qos_class,
            Key_reason,
            Key_resize,
            Key_resource_claim_statuses,
            Key_start_time,
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
                            "containerStatuses" => Field::Key_container_statuses,
                            "ephemeralContainerStatuses" => Field::Key_ephemeral_container_statuses,
                            "extendedResourceClaimStatus" => Field::Key_extended_resource_claim_status,
                            "hostIP" => Field::Key_host_ip,
                            "hostIPs" => Field::Key_host_ips,
                            "initContainerStatuses" => Field::Key_init_container_statuses,
                            "message" => Field::Key_message,
                            "nominatedNodeName" => Field::Key_nominated_node_name,
                            "observedGeneration" => Field::Key_observed_generation,
                            "phase" => Field::Key_phase,
                            "podIP" => Field::Key_pod_ip,
                            "podIPs" => Field::Key_pod_ips,
                            "qosClass" => Field::Key_qos_class,
                            "reason" => Field::Key_reason,
                            "resize" => Field::Key_resize,
                            "resourceClaimStatuses" => Field::Key_resource_claim_statuses,
                            "startTime" => Field::Key_start_time,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = PodStatus;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("PodStatus")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_conditions: Option<std::vec::Vec<crate::api::core::v1::PodCondition>> = None;
                let mut value_container_statuses: Option<std::vec::Vec<crate::api::core::v1::ContainerStatus>> = None;
                let mut value_ephemeral_container_statuses: Option<std::vec::Vec<crate::api::core::v1::ContainerStatus>> = None;
                let mut value_extended_resource_claim_status: Option<crate::api::core::v1::PodExtendedResourceClaimStatus> = None;
                let mut value_host_ip: Option<std::string::String> = None;
                let mut value_host_ips: Option<std::vec::Vec<crate::api::core::v1::HostIP>> = None;
                let mut value_init_container_statuses: Option<std::vec::Vec<crate::api::core::v1::ContainerStatus>> = None;
                let mut value_message: Option<std::string::String> = None;
                let mut value_nominated_node_name: Option<std::string::String> = None;
                let mut value_observed_generation: Option<i64> = None;
                let mut value_phase: Option<std::string::String> = None;
                let mut value_pod_ip: Option<std::string::String> = None;
                let mut value_pod_ips: Option<std::vec::Vec<crate::api::core::v1::PodIP>> = None;
                let mut value_qos_class: Option<std::string::String> = None;
                let mut value_reason: Option<std::string::String> = None;
                let mut value_resize: Option<std::string::String> = None;
                let mut value_resource_claim_statuses: Option<std::vec::Vec<crate::api::core::v1::PodResourceClaimStatus>> = None;
                let mut value_start_time: Option<crate::apimachinery::pkg::apis::meta::v1::Time> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_conditions => value_conditions = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_container_statuses => value_container_statuses = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_ephemeral_container_statuses => value_ephemeral_container_statuses = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_extended_resource_claim_status => value_extended_resource_claim_status = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_host_ip => value_host_ip = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_host_ips => value_host_ips = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_init_container_statuses => value_init_container_statuses = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_message => value_message = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_nominated_node_name => value_nominated_node_name = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_observed_generation => value_observed_generation = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_phase => value_phase = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_pod_ip => value_pod_ip = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_pod_ips => value_pod_ips = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_qos_class => value_qos_class = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_reason => value_reason = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_resize => value_resize = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_resource_claim_statuses => value_resource_claim_statuses = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_start_time => value_start_time = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(PodStatus {
                    conditions: value_conditions,
                    container_statuses: value_container_statuses,
                    ephemeral_container_statuses: value_ephemeral_container_statuses,
                    extended_resource_claim_status: value_extended_resource_claim_status,
                    host_ip: value_host_ip,
                    host_ips: value_host_ips,
                    init_container_statuses: value_init_container_statuses,
                    message: value_message,
                    nominated_node_name: value_nominated_node_name,
                    observed_generation: value_observed_generation,
                    phase: value_phase,
                    pod_ip: value_pod_ip,
                    pod_ips: value_pod_ips,
                    qos_class: value_qos_class,
                    reason: value_reason,
                    resize: value_resize,
                    resource_claim_statuses: value_resource_claim_statuses,
                    start_time: value_start_time,
                })
            }
        }

        deserializer.deserialize_struct(
            "PodStatus",
            &[
                "conditions",
                "containerStatuses",
                "ephemeralContainerStatuses",
                "extendedResourceClaimStatus",
                "hostIP",
                "hostIPs",
                "initContainerStatuses",
                "message",
                "nominatedNodeName",
                "observedGeneration",
                "phase",
                "podIP",
                "podIPs",
                "qosClass",
                "reason",
                "resize",
                "resourceClaimStatuses",
                "startTime",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for PodStatus {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "PodStatus",
            self.conditions.as_ref().map_or(0, |_| 1) +
            self.container_statuses.as_ref().map_or(0, |_| 1) +
            self.ephemeral_container_statuses.as_ref().map_or(0, |_| 1) +
            self.extended_resource_claim_status.as_ref().map_or(0, |_| 1) +
            self.host_ip.as_ref().map_or(0, |_| 1) +
            self.host_ips.as_ref().map_or(0, |_| 1) +
            self.init_container_statuses.as_ref().map_or(0, |_| 1) +
            self.message.as_ref().map_or(0, |_| 1) +
            self.nominated_node_name.as_ref().map_or(0, |_| 1) +
            self.observed_generation.as_ref().map_or(0, |_| 1) +
            self.phase.as_ref().map_or(0, |_| 1) +
            self.pod_ip.as_ref().map_or(0, |_| 1) +
            self.pod_ips.as_ref().map_or(0, |_| 1) +
            self.qos_class.as_ref().map_or(0, |_| 1) +
            self.reason.as_ref().map_or(0, |_| 1) +
            self.resize.as_ref().map_or(0, |_| 1) +
            self.resource_claim_statuses.as_ref().map_or(0, |_| 1) +
            self.start_time.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.conditions {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "conditions", value)?;
        }
        if let Some(value) = &self.container_statuses {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "containerStatuses", value)?;
        }
        if let Some(value) = &self.ephemeral_container_statuses {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "ephemeralContainerStatuses", value)?;
        }
        if let Some(value) = &self.extended_resource_claim_status {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "extendedResourceClaimStatus", value)?;
        }
        if let Some(value) = &self.host_ip {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "hostIP", value)?;
        }
        if let Some(value) = &self.host_ips {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "hostIPs", value)?;
        }
        if let Some(value) = &self.init_container_statuses {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "initContainerStatuses", value)?;
        }
        if let Some(value) = &self.message {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "message", value)?;
        }
        if let Some(value) = &self.nominated_node_name {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "nominatedNodeName", value)?;
        }
        if let Some(value) = &self.observed_generation {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "observedGeneration", value)?;
        }
        if let Some(value) = &self.phase {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "phase", value)?;
        }
        if let Some(value) = &self.pod_ip {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "podIP", value)?;
        }
        if let Some(value) = &self.pod_ips {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "podIPs", value)?;
        }
        if let Some(value) = &self.qos_class {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "qosClass", value)?;
        }
        if let Some(value) = &self.reason {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "reason", value)?;
        }
        if let Some(value) = &self.resize {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "resize", value)?;
        }
        if let Some(value) = &self.resource_claim_statuses {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "resourceClaimStatuses", value)?;
        }
        if let Some(value) = &self.start_time {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "startTime", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static PodStatus_JSON: [crate::json::Field<PodStatus>; 18] = unsafe { [
        crate::json::Field::opt("conditions", core::mem::offset_of!(PodStatus, conditions), |s: &PodStatus| &s.conditions),
        crate::json::Field::opt("containerStatuses", core::mem::offset_of!(PodStatus, container_statuses), |s: &PodStatus| &s.container_statuses),
        crate::json::Field::opt("ephemeralContainerStatuses", core::mem::offset_of!(PodStatus, ephemeral_container_statuses), |s: &PodStatus| &s.ephemeral_container_statuses),
        crate::json::Field::opt("extendedResourceClaimStatus", core::mem::offset_of!(PodStatus, extended_resource_claim_status), |s: &PodStatus| &s.extended_resource_claim_status),
        crate::json::Field::opt("hostIP", core::mem::offset_of!(PodStatus, host_ip), |s: &PodStatus| &s.host_ip),
        crate::json::Field::opt("hostIPs", core::mem::offset_of!(PodStatus, host_ips), |s: &PodStatus| &s.host_ips),
        crate::json::Field::opt("initContainerStatuses", core::mem::offset_of!(PodStatus, init_container_statuses), |s: &PodStatus| &s.init_container_statuses),
        crate::json::Field::opt("message", core::mem::offset_of!(PodStatus, message), |s: &PodStatus| &s.message),
        crate::json::Field::opt("nominatedNodeName", core::mem::offset_of!(PodStatus, nominated_node_name), |s: &PodStatus| &s.nominated_node_name),
        crate::json::Field::opt("observedGeneration", core::mem::offset_of!(PodStatus, observed_generation), |s: &PodStatus| &s.observed_generation),
        crate::json::Field::opt("phase", core::mem::offset_of!(PodStatus, phase), |s: &PodStatus| &s.phase),
        crate::json::Field::opt("podIP", core::mem::offset_of!(PodStatus, pod_ip), |s: &PodStatus| &s.pod_ip),
        crate::json::Field::opt("podIPs", core::mem::offset_of!(PodStatus, pod_ips), |s: &PodStatus| &s.pod_ips),
        crate::json::Field::opt("qosClass", core::mem::offset_of!(PodStatus, qos_class), |s: &PodStatus| &s.qos_class),
        crate::json::Field::opt("reason", core::mem::offset_of!(PodStatus, reason), |s: &PodStatus| &s.reason),
        crate::json::Field::opt("resize", core::mem::offset_of!(PodStatus, resize), |s: &PodStatus| &s.resize),
        crate::json::Field::opt("resourceClaimStatuses", core::mem::offset_of!(PodStatus, resource_claim_statuses), |s: &PodStatus| &s.resource_claim_statuses),
        crate::json::Field::opt("startTime", core::mem::offset_of!(PodStatus, start_time), |s: &PodStatus| &s.start_time),
] };

impl crate::json::Json for PodStatus {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("PodStatus", &PodStatus_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("PodStatus", &PodStatus_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&PodStatus_JSON, self)
    }
}

impl Clone for PodStatus {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&PodStatus_JSON, self)
    }
}
