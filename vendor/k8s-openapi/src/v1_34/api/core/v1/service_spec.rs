// Generated from definition io.k8s.api.core.v1.ServiceSpec

#[derive(Debug, Default, PartialEq)]
pub struct ServiceSpec {
    pub allocate_load_balancer_node_ports: Option<bool>,

    pub cluster_ip: Option<std::string::String>,

    pub cluster_ips: Option<std::vec::Vec<std::string::String>>,

    pub external_ips: Option<std::vec::Vec<std::string::String>>,

    pub external_name: Option<std::string::String>,

    pub external_traffic_policy: Option<std::string::String>,

    pub health_check_node_port: Option<i32>,

    pub internal_traffic_policy: Option<std::string::String>,

    pub ip_families: Option<std::vec::Vec<std::string::String>>,

    pub ip_family_policy: Option<std::string::String>,

    pub load_balancer_class: Option<std::string::String>,

    pub load_balancer_ip: Option<std::string::String>,

    pub load_balancer_source_ranges: Option<std::vec::Vec<std::string::String>>,

    pub ports: Option<std::vec::Vec<crate::api::core::v1::ServicePort>>,

    pub publish_not_ready_addresses: Option<bool>,

    pub selector: Option<std::collections::BTreeMap<std::string::String, std::string::String>>,

    pub session_affinity: Option<std::string::String>,

    pub session_affinity_config: Option<crate::api::core::v1::SessionAffinityConfig>,

    pub traffic_distribution: Option<std::string::String>,

    pub type_: Option<std::string::String>,
}

impl crate::DeepMerge for ServiceSpec {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.allocate_load_balancer_node_ports, other.allocate_load_balancer_node_ports);
        crate::DeepMerge::merge_from(&mut self.cluster_ip, other.cluster_ip);
        crate::merge_strategies::list::atomic(&mut self.cluster_ips, other.cluster_ips);
        crate::merge_strategies::list::atomic(&mut self.external_ips, other.external_ips);
        crate::DeepMerge::merge_from(&mut self.external_name, other.external_name);
        crate::DeepMerge::merge_from(&mut self.external_traffic_policy, other.external_traffic_policy);
        crate::DeepMerge::merge_from(&mut self.health_check_node_port, other.health_check_node_port);
        crate::DeepMerge::merge_from(&mut self.internal_traffic_policy, other.internal_traffic_policy);
        crate::merge_strategies::list::atomic(&mut self.ip_families, other.ip_families);
        crate::DeepMerge::merge_from(&mut self.ip_family_policy, other.ip_family_policy);
        crate::DeepMerge::merge_from(&mut self.load_balancer_class, other.load_balancer_class);
        crate::DeepMerge::merge_from(&mut self.load_balancer_ip, other.load_balancer_ip);
        crate::merge_strategies::list::atomic(&mut self.load_balancer_source_ranges, other.load_balancer_source_ranges);
        crate::merge_strategies::list::map(
            &mut self.ports,
            other.ports,
            &[|lhs, rhs| lhs.port == rhs.port],
            |current_item, other_item| {
                crate::DeepMerge::merge_from(current_item, other_item);
            },
        );
        crate::DeepMerge::merge_from(&mut self.publish_not_ready_addresses, other.publish_not_ready_addresses);
        crate::merge_strategies::map::atomic(&mut self.selector, other.selector);
        crate::DeepMerge::merge_from(&mut self.session_affinity, other.session_affinity);
        crate::DeepMerge::merge_from(&mut self.session_affinity_config, other.session_affinity_config);
        crate::DeepMerge::merge_from(&mut self.traffic_distribution, other.traffic_distribution);
        crate::DeepMerge::merge_from(&mut self.type_, other.type_);
    }
}

impl<'de> crate::serde::Deserialize<'de> for ServiceSpec {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_allocate_load_balancer_node_ports,
            Key_cluster_ip,
            Key_cluster_ips,
            Key_external_ips,
            Key_external_name,
            Key_external_traffic_policy,
            Key_health_check_node_port,
            Key_internal_traffic_policy,
            Key_ip_families,
            Key_ip_family_policy,
            Key_load_balancer_class,
            Key_load_balancer_ip,
            Key_load_balancer_source_ranges,
            Key_ports,
            Key_publish_not_ready_addresses,
            Key_selector,
            Key_session_affinity,
            Key_session_affinity_config,
            Key_traffic_distribution,
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
                            "allocateLoadBalancerNodePorts" => Field::Key_allocate_load_balancer_node_ports,
                            "clusterIP" => Field::Key_cluster_ip,
                            "clusterIPs" => Field::Key_cluster_ips,
                            "externalIPs" => Field::Key_external_ips,
                            "externalName" => Field::Key_external_name,
                            "externalTrafficPolicy" => Field::Key_external_traffic_policy,
                            "healthCheckNodePort" => Field::Key_health_check_node_port,
                            "internalTrafficPolicy" => Field::Key_internal_traffic_policy,
                            "ipFamilies" => Field::Key_ip_families,
                            "ipFamilyPolicy" => Field::Key_ip_family_policy,
                            "loadBalancerClass" => Field::Key_load_balancer_class,
                            "loadBalancerIP" => Field::Key_load_balancer_ip,
                            "loadBalancerSourceRanges" => Field::Key_load_balancer_source_ranges,
                            "ports" => Field::Key_ports,
                            "publishNotReadyAddresses" => Field::Key_publish_not_ready_addresses,
                            "selector" => Field::Key_selector,
                            "sessionAffinity" => Field::Key_session_affinity,
                            "sessionAffinityConfig" => Field::Key_session_affinity_config,
                            "trafficDistribution" => Field::Key_traffic_distribution,
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
            type Value = ServiceSpec;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("ServiceSpec")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_allocate_load_balancer_node_ports: Option<bool> = None;
                let mut value_cluster_ip: Option<std::string::String> = None;
                let mut value_cluster_ips: Option<std::vec::Vec<std::string::String>> = None;
                let mut value_external_ips: Option<std::vec::Vec<std::string::String>> = None;
                let mut value_external_name: Option<std::string::String> = None;
                let mut value_external_traffic_policy: Option<std::string::String> = None;
                let mut value_health_check_node_port: Option<i32> = None;
                let mut value_internal_traffic_policy: Option<std::string::String> = None;
                let mut value_ip_families: Option<std::vec::Vec<std::string::String>> = None;
                let mut value_ip_family_policy: Option<std::string::String> = None;
                let mut value_load_balancer_class: Option<std::string::String> = None;
                let mut value_load_balancer_ip: Option<std::string::String> = None;
                let mut value_load_balancer_source_ranges: Option<std::vec::Vec<std::string::String>> = None;
                let mut value_ports: Option<std::vec::Vec<crate::api::core::v1::ServicePort>> = None;
                let mut value_publish_not_ready_addresses: Option<bool> = None;
                let mut value_selector: Option<std::collections::BTreeMap<std::string::String, std::string::String>> = None;
                let mut value_session_affinity: Option<std::string::String> = None;
                let mut value_session_affinity_config: Option<crate::api::core::v1::SessionAffinityConfig> = None;
                let mut value_traffic_distribution: Option<std::string::String> = None;
                let mut value_type_: Option<std::string::String> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_allocate_load_balancer_node_ports => value_allocate_load_balancer_node_ports = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_cluster_ip => value_cluster_ip = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_cluster_ips => value_cluster_ips = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_external_ips => value_external_ips = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_external_name => value_external_name = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_external_traffic_policy => value_external_traffic_policy = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_health_check_node_port => value_health_check_node_port = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_internal_traffic_policy => value_internal_traffic_policy = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_ip_families => value_ip_families = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_ip_family_policy => value_ip_family_policy = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_load_balancer_class => value_load_balancer_class = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_load_balancer_ip => value_load_balancer_ip = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_load_balancer_source_ranges => value_load_balancer_source_ranges = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_ports => value_ports = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_publish_not_ready_addresses => value_publish_not_ready_addresses = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_selector => value_selector = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_session_affinity => value_session_affinity = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_session_affinity_config => value_session_affinity_config = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_traffic_distribution => value_traffic_distribution = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_type_ => value_type_ = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(ServiceSpec {
                    allocate_load_balancer_node_ports: value_allocate_load_balancer_node_ports,
                    cluster_ip: value_cluster_ip,
                    cluster_ips: value_cluster_ips,
                    external_ips: value_external_ips,
                    external_name: value_external_name,
                    external_traffic_policy: value_external_traffic_policy,
                    health_check_node_port: value_health_check_node_port,
                    internal_traffic_policy: value_internal_traffic_policy,
                    ip_families: value_ip_families,
                    ip_family_policy: value_ip_family_policy,
                    load_balancer_class: value_load_balancer_class,
                    load_balancer_ip: value_load_balancer_ip,
                    load_balancer_source_ranges: value_load_balancer_source_ranges,
                    ports: value_ports,
                    publish_not_ready_addresses: value_publish_not_ready_addresses,
                    selector: value_selector,
                    session_affinity: value_session_affinity,
                    session_affinity_config: value_session_affinity_config,
                    traffic_distribution: value_traffic_distribution,
                    type_: value_type_,
                })
            }
        }

        deserializer.deserialize_struct(
            "ServiceSpec",
            &[
                "allocateLoadBalancerNodePorts",
                "clusterIP",
                "clusterIPs",
                "externalIPs",
                "externalName",
                "externalTrafficPolicy",
                "healthCheckNodePort",
                "internalTrafficPolicy",
                "ipFamilies",
                "ipFamilyPolicy",
                "loadBalancerClass",
                "loadBalancerIP",
                "loadBalancerSourceRanges",
                "ports",
                "publishNotReadyAddresses",
                "selector",
                "sessionAffinity",
                "sessionAffinityConfig",
                "trafficDistribution",
                "type",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for ServiceSpec {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "ServiceSpec",
            self.allocate_load_balancer_node_ports.as_ref().map_or(0, |_| 1) +
            self.cluster_ip.as_ref().map_or(0, |_| 1) +
            self.cluster_ips.as_ref().map_or(0, |_| 1) +
            self.external_ips.as_ref().map_or(0, |_| 1) +
            self.external_name.as_ref().map_or(0, |_| 1) +
            self.external_traffic_policy.as_ref().map_or(0, |_| 1) +
            self.health_check_node_port.as_ref().map_or(0, |_| 1) +
            self.internal_traffic_policy.as_ref().map_or(0, |_| 1) +
            self.ip_families.as_ref().map_or(0, |_| 1) +
            self.ip_family_policy.as_ref().map_or(0, |_| 1) +
            self.load_balancer_class.as_ref().map_or(0, |_| 1) +
            self.load_balancer_ip.as_ref().map_or(0, |_| 1) +
            self.load_balancer_source_ranges.as_ref().map_or(0, |_| 1) +
            self.ports.as_ref().map_or(0, |_| 1) +
            self.publish_not_ready_addresses.as_ref().map_or(0, |_| 1) +
            self.selector.as_ref().map_or(0, |_| 1) +
            self.session_affinity.as_ref().map_or(0, |_| 1) +
            self.session_affinity_config.as_ref().map_or(0, |_| 1) +
            self.traffic_distribution.as_ref().map_or(0, |_| 1) +
            self.type_.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.allocate_load_balancer_node_ports {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "allocateLoadBalancerNodePorts", value)?;
        }
        if let Some(value) = &self.cluster_ip {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "clusterIP", value)?;
        }
        if let Some(value) = &self.cluster_ips {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "clusterIPs", value)?;
        }
        if let Some(value) = &self.external_ips {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "externalIPs", value)?;
        }
        if let Some(value) = &self.external_name {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "externalName", value)?;
        }
        if let Some(value) = &self.external_traffic_policy {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "externalTrafficPolicy", value)?;
        }
        if let Some(value) = &self.health_check_node_port {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "healthCheckNodePort", value)?;
        }
        if let Some(value) = &self.internal_traffic_policy {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "internalTrafficPolicy", value)?;
        }
        if let Some(value) = &self.ip_families {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "ipFamilies", value)?;
        }
        if let Some(value) = &self.ip_family_policy {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "ipFamilyPolicy", value)?;
        }
        if let Some(value) = &self.load_balancer_class {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "loadBalancerClass", value)?;
        }
        if let Some(value) = &self.load_balancer_ip {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "loadBalancerIP", value)?;
        }
        if let Some(value) = &self.load_balancer_source_ranges {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "loadBalancerSourceRanges", value)?;
        }
        if let Some(value) = &self.ports {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "ports", value)?;
        }
        if let Some(value) = &self.publish_not_ready_addresses {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "publishNotReadyAddresses", value)?;
        }
        if let Some(value) = &self.selector {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "selector", value)?;
        }
        if let Some(value) = &self.session_affinity {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "sessionAffinity", value)?;
        }
        if let Some(value) = &self.session_affinity_config {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "sessionAffinityConfig", value)?;
        }
        if let Some(value) = &self.traffic_distribution {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "trafficDistribution", value)?;
        }
        if let Some(value) = &self.type_ {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "type", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static ServiceSpec_JSON: [crate::json::Field<ServiceSpec>; 20] = unsafe { [
        crate::json::Field::opt("allocateLoadBalancerNodePorts", core::mem::offset_of!(ServiceSpec, allocate_load_balancer_node_ports), |s: &ServiceSpec| &s.allocate_load_balancer_node_ports),
        crate::json::Field::opt("clusterIP", core::mem::offset_of!(ServiceSpec, cluster_ip), |s: &ServiceSpec| &s.cluster_ip),
        crate::json::Field::opt("clusterIPs", core::mem::offset_of!(ServiceSpec, cluster_ips), |s: &ServiceSpec| &s.cluster_ips),
        crate::json::Field::opt("externalIPs", core::mem::offset_of!(ServiceSpec, external_ips), |s: &ServiceSpec| &s.external_ips),
        crate::json::Field::opt("externalName", core::mem::offset_of!(ServiceSpec, external_name), |s: &ServiceSpec| &s.external_name),
        crate::json::Field::opt("externalTrafficPolicy", core::mem::offset_of!(ServiceSpec, external_traffic_policy), |s: &ServiceSpec| &s.external_traffic_policy),
        crate::json::Field::opt("healthCheckNodePort", core::mem::offset_of!(ServiceSpec, health_check_node_port), |s: &ServiceSpec| &s.health_check_node_port),
        crate::json::Field::opt("internalTrafficPolicy", core::mem::offset_of!(ServiceSpec, internal_traffic_policy), |s: &ServiceSpec| &s.internal_traffic_policy),
        crate::json::Field::opt("ipFamilies", core::mem::offset_of!(ServiceSpec, ip_families), |s: &ServiceSpec| &s.ip_families),
        crate::json::Field::opt("ipFamilyPolicy", core::mem::offset_of!(ServiceSpec, ip_family_policy), |s: &ServiceSpec| &s.ip_family_policy),
        crate::json::Field::opt("loadBalancerClass", core::mem::offset_of!(ServiceSpec, load_balancer_class), |s: &ServiceSpec| &s.load_balancer_class),
        crate::json::Field::opt("loadBalancerIP", core::mem::offset_of!(ServiceSpec, load_balancer_ip), |s: &ServiceSpec| &s.load_balancer_ip),
        crate::json::Field::opt("loadBalancerSourceRanges", core::mem::offset_of!(ServiceSpec, load_balancer_source_ranges), |s: &ServiceSpec| &s.load_balancer_source_ranges),
        crate::json::Field::opt("ports", core::mem::offset_of!(ServiceSpec, ports), |s: &ServiceSpec| &s.ports),
        crate::json::Field::opt("publishNotReadyAddresses", core::mem::offset_of!(ServiceSpec, publish_not_ready_addresses), |s: &ServiceSpec| &s.publish_not_ready_addresses),
        crate::json::Field::opt("selector", core::mem::offset_of!(ServiceSpec, selector), |s: &ServiceSpec| &s.selector),
        crate::json::Field::opt("sessionAffinity", core::mem::offset_of!(ServiceSpec, session_affinity), |s: &ServiceSpec| &s.session_affinity),
        crate::json::Field::opt("sessionAffinityConfig", core::mem::offset_of!(ServiceSpec, session_affinity_config), |s: &ServiceSpec| &s.session_affinity_config),
        crate::json::Field::opt("trafficDistribution", core::mem::offset_of!(ServiceSpec, traffic_distribution), |s: &ServiceSpec| &s.traffic_distribution),
        crate::json::Field::opt("type", core::mem::offset_of!(ServiceSpec, type_), |s: &ServiceSpec| &s.type_),
] };

impl crate::json::Json for ServiceSpec {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("ServiceSpec", &ServiceSpec_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("ServiceSpec", &ServiceSpec_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&ServiceSpec_JSON, self)
    }
}

impl Clone for ServiceSpec {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&ServiceSpec_JSON, self)
    }
}
