// Generated from definition io.k8s.api.core.v1.PodSpec

#[derive(Debug, Default, PartialEq)]
pub struct PodSpec {
    pub active_deadline_seconds: Option<i64>,

    pub affinity: Option<std::boxed::Box<crate::api::core::v1::Affinity>>,

    pub automount_service_account_token: Option<bool>,

    pub containers: std::vec::Vec<crate::api::core::v1::Container>,

    pub dns_config: Option<crate::api::core::v1::PodDNSConfig>,

    pub dns_policy: Option<std::string::String>,

    pub enable_service_links: Option<bool>,

    pub ephemeral_containers: Option<std::vec::Vec<crate::api::core::v1::EphemeralContainer>>,

    pub host_aliases: Option<std::vec::Vec<crate::api::core::v1::HostAlias>>,

    pub host_ipc: Option<bool>,

    pub host_network: Option<bool>,

    pub host_pid: Option<bool>,

    pub host_users: Option<bool>,

    pub hostname: Option<std::string::String>,

    pub hostname_override: Option<std::string::String>,

    pub image_pull_secrets: Option<std::vec::Vec<crate::api::core::v1::LocalObjectReference>>,

    pub init_containers: Option<std::vec::Vec<crate::api::core::v1::Container>>,

    pub node_name: Option<std::string::String>,

    pub node_selector: Option<std::collections::BTreeMap<std::string::String, std::string::String>>,

    pub os: Option<crate::api::core::v1::PodOS>,

    pub overhead: Option<std::collections::BTreeMap<std::string::String, crate::apimachinery::pkg::api::resource::Quantity>>,

    pub preemption_policy: Option<std::string::String>,

    pub priority: Option<i32>,

    pub priority_class_name: Option<std::string::String>,

    pub readiness_gates: Option<std::vec::Vec<crate::api::core::v1::PodReadinessGate>>,

    pub resource_claims: Option<std::vec::Vec<crate::api::core::v1::PodResourceClaim>>,

    pub resources: Option<crate::api::core::v1::ResourceRequirements>,

    pub restart_policy: Option<std::string::String>,

    pub runtime_class_name: Option<std::string::String>,

    pub scheduler_name: Option<std::string::String>,

    pub scheduling_gates: Option<std::vec::Vec<crate::api::core::v1::PodSchedulingGate>>,

    pub security_context: Option<std::boxed::Box<crate::api::core::v1::PodSecurityContext>>,

    pub service_account: Option<std::string::String>,

    pub service_account_name: Option<std::string::String>,

    pub set_hostname_as_fqdn: Option<bool>,

    pub share_process_namespace: Option<bool>,

    pub subdomain: Option<std::string::String>,

    pub termination_grace_period_seconds: Option<i64>,

    pub tolerations: Option<std::vec::Vec<crate::api::core::v1::Toleration>>,

    pub topology_spread_constraints: Option<std::vec::Vec<crate::api::core::v1::TopologySpreadConstraint>>,

    pub volumes: Option<std::vec::Vec<crate::api::core::v1::Volume>>,
}

impl crate::DeepMerge for PodSpec {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.active_deadline_seconds, other.active_deadline_seconds);
        crate::DeepMerge::merge_from(&mut self.affinity, other.affinity);
        crate::DeepMerge::merge_from(&mut self.automount_service_account_token, other.automount_service_account_token);
        crate::merge_strategies::list::map(
            &mut self.containers,
            other.containers,
            &[|lhs, rhs| lhs.name == rhs.name],
            |current_item, other_item| {
                crate::DeepMerge::merge_from(current_item, other_item);
            },
        );
        crate::DeepMerge::merge_from(&mut self.dns_config, other.dns_config);
        crate::DeepMerge::merge_from(&mut self.dns_policy, other.dns_policy);
        crate::DeepMerge::merge_from(&mut self.enable_service_links, other.enable_service_links);
        crate::merge_strategies::list::map(
            &mut self.ephemeral_containers,
            other.ephemeral_containers,
            &[|lhs, rhs| lhs.name == rhs.name],
            |current_item, other_item| {
                crate::DeepMerge::merge_from(current_item, other_item);
            },
        );
        crate::merge_strategies::list::map(
            &mut self.host_aliases,
            other.host_aliases,
            &[|lhs, rhs| lhs.ip == rhs.ip],
            |current_item, other_item| {
                crate::DeepMerge::merge_from(current_item, other_item);
            },
        );
        crate::DeepMerge::merge_from(&mut self.host_ipc, other.host_ipc);
        crate::DeepMerge::merge_from(&mut self.host_network, other.host_network);
        crate::DeepMerge::merge_from(&mut self.host_pid, other.host_pid);
        crate::DeepMerge::merge_from(&mut self.host_users, other.host_users);
        crate::DeepMerge::merge_from(&mut self.hostname, other.hostname);
        crate::DeepMerge::merge_from(&mut self.hostname_override, other.hostname_override);
        crate::merge_strategies::list::map(
            &mut self.image_pull_secrets,
            other.image_pull_secrets,
            &[|lhs, rhs| lhs.name == rhs.name],
            |current_item, other_item| {
                crate::DeepMerge::merge_from(current_item, other_item);
            },
        );
        crate::merge_strategies::list::map(
            &mut self.init_containers,
            other.init_containers,
            &[|lhs, rhs| lhs.name == rhs.name],
            |current_item, other_item| {
                crate::DeepMerge::merge_from(current_item, other_item);
            },
        );
        crate::DeepMerge::merge_from(&mut self.node_name, other.node_name);
        crate::merge_strategies::map::atomic(&mut self.node_selector, other.node_selector);
        crate::DeepMerge::merge_from(&mut self.os, other.os);
        crate::merge_strategies::map::granular(&mut self.overhead, other.overhead, |current_item, other_item| {
            crate::DeepMerge::merge_from(current_item, other_item);
        });
        crate::DeepMerge::merge_from(&mut self.preemption_policy, other.preemption_policy);
        crate::DeepMerge::merge_from(&mut self.priority, other.priority);
        crate::DeepMerge::merge_from(&mut self.priority_class_name, other.priority_class_name);
        crate::merge_strategies::list::atomic(&mut self.readiness_gates, other.readiness_gates);
        crate::merge_strategies::list::map(
            &mut self.resource_claims,
            other.resource_claims,
            &[|lhs, rhs| lhs.name == rhs.name],
            |current_item, other_item| {
                crate::DeepMerge::merge_from(current_item, other_item);
            },
        );
        crate::DeepMerge::merge_from(&mut self.resources, other.resources);
        crate::DeepMerge::merge_from(&mut self.restart_policy, other.restart_policy);
        crate::DeepMerge::merge_from(&mut self.runtime_class_name, other.runtime_class_name);
        crate::DeepMerge::merge_from(&mut self.scheduler_name, other.scheduler_name);
        crate::merge_strategies::list::map(
            &mut self.scheduling_gates,
            other.scheduling_gates,
            &[|lhs, rhs| lhs.name == rhs.name],
            |current_item, other_item| {
                crate::DeepMerge::merge_from(current_item, other_item);
            },
        );
        crate::DeepMerge::merge_from(&mut self.security_context, other.security_context);
        crate::DeepMerge::merge_from(&mut self.service_account, other.service_account);
        crate::DeepMerge::merge_from(&mut self.service_account_name, other.service_account_name);
        crate::DeepMerge::merge_from(&mut self.set_hostname_as_fqdn, other.set_hostname_as_fqdn);
        crate::DeepMerge::merge_from(&mut self.share_process_namespace, other.share_process_namespace);
        crate::DeepMerge::merge_from(&mut self.subdomain, other.subdomain);
        crate::DeepMerge::merge_from(&mut self.termination_grace_period_seconds, other.termination_grace_period_seconds);
        crate::merge_strategies::list::atomic(&mut self.tolerations, other.tolerations);
        crate::merge_strategies::list::map(
            &mut self.topology_spread_constraints,
            other.topology_spread_constraints,
            &[|lhs, rhs| lhs.topology_key == rhs.topology_key],
            |current_item, other_item| {
                crate::DeepMerge::merge_from(current_item, other_item);
            },
        );
        crate::merge_strategies::list::map(
            &mut self.volumes,
            other.volumes,
            &[|lhs, rhs| lhs.name == rhs.name],
            |current_item, other_item| {
                crate::DeepMerge::merge_from(current_item, other_item);
            },
        );
    }
}

impl<'de> crate::serde::Deserialize<'de> for PodSpec {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_active_deadline_seconds,
            Key_affinity,
            Key_automount_service_account_token,
            Key_containers,
            Key_dns_config,
            Key_dns_policy,
            Key_enable_service_links,
            Key_ephemeral_containers,
            Key_host_aliases,
            Key_host_ipc,
            Key_host_network,
            Key_host_pid,
            Key_host_users,
            Key_hostname,
            Key_hostname_override,
            Key_image_pull_secrets,
            Key_init_containers,
            Key_node_name,
            Key_node_selector,
            Key_os,
            Key_overhead,
            Key_preemption_policy,
            Key_priority,
            Key_priority_class_name,
            Key_readiness_gates,
            Key_resource_claims,
            Key_resources,
            Key_restart_policy,
            Key_runtime_class_name,
            Key_scheduler_name,
            Key_scheduling_gates,
            Key_security_context,
            Key_service_account,
            Key_service_account_name,
            Key_set_hostname_as_fqdn,
            Key_share_process_namespace,
            Key_subdomain,
            Key_termination_grace_period_seconds,
            Key_tolerations,
            Key_topology_spread_constraints,
            Key_volumes,
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
                            "activeDeadlineSeconds" => Field::Key_active_deadline_seconds,
                            "affinity" => Field::Key_affinity,
                            "automountServiceAccountToken" => Field::Key_automount_service_account_token,
                            "containers" => Field::Key_containers,
                            "dnsConfig" => Field::Key_dns_config,
                            "dnsPolicy" => Field::Key_dns_policy,
                            "enableServiceLinks" => Field::Key_enable_service_links,
                            "ephemeralContainers" => Field::Key_ephemeral_containers,
                            "hostAliases" => Field::Key_host_aliases,
                            "hostIPC" => Field::Key_host_ipc,
                            "hostNetwork" => Field::Key_host_network,
                            "hostPID" => Field::Key_host_pid,
                            "hostUsers" => Field::Key_host_users,
                            "hostname" => Field::Key_hostname,
                            "hostnameOverride" => Field::Key_hostname_override,
                            "imagePullSecrets" => Field::Key_image_pull_secrets,
                            "initContainers" => Field::Key_init_containers,
                            "nodeName" => Field::Key_node_name,
                            "nodeSelector" => Field::Key_node_selector,
                            "os" => Field::Key_os,
                            "overhead" => Field::Key_overhead,
                            "preemptionPolicy" => Field::Key_preemption_policy,
                            "priority" => Field::Key_priority,
                            "priorityClassName" => Field::Key_priority_class_name,
                            "readinessGates" => Field::Key_readiness_gates,
                            "resourceClaims" => Field::Key_resource_claims,
                            "resources" => Field::Key_resources,
                            "restartPolicy" => Field::Key_restart_policy,
                            "runtimeClassName" => Field::Key_runtime_class_name,
                            "schedulerName" => Field::Key_scheduler_name,
                            "schedulingGates" => Field::Key_scheduling_gates,
                            "securityContext" => Field::Key_security_context,
                            "serviceAccount" => Field::Key_service_account,
                            "serviceAccountName" => Field::Key_service_account_name,
                            "setHostnameAsFQDN" => Field::Key_set_hostname_as_fqdn,
                            "shareProcessNamespace" => Field::Key_share_process_namespace,
                            "subdomain" => Field::Key_subdomain,
                            "terminationGracePeriodSeconds" => Field::Key_termination_grace_period_seconds,
                            "tolerations" => Field::Key_tolerations,
                            "topologySpreadConstraints" => Field::Key_topology_spread_constraints,
                            "volumes" => Field::Key_volumes,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = PodSpec;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("PodSpec")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_active_deadline_seconds: Option<i64> = None;
                let mut value_affinity: Option<std::boxed::Box<crate::api::core::v1::Affinity>> = None;
                let mut value_automount_service_account_token: Option<bool> = None;
                let mut value_containers: Option<std::vec::Vec<crate::api::core::v1::Container>> = None;
                let mut value_dns_config: Option<crate::api::core::v1::PodDNSConfig> = None;
                let mut value_dns_policy: Option<std::string::String> = None;
                let mut value_enable_service_links: Option<bool> = None;
                let mut value_ephemeral_containers: Option<std::vec::Vec<crate::api::core::v1::EphemeralContainer>> = None;
                let mut value_host_aliases: Option<std::vec::Vec<crate::api::core::v1::HostAlias>> = None;
                let mut value_host_ipc: Option<bool> = None;
                let mut value_host_network: Option<bool> = None;
                let mut value_host_pid: Option<bool> = None;
                let mut value_host_users: Option<bool> = None;
                let mut value_hostname: Option<std::string::String> = None;
                let mut value_hostname_override: Option<std::string::String> = None;
                let mut value_image_pull_secrets: Option<std::vec::Vec<crate::api::core::v1::LocalObjectReference>> = None;
                let mut value_init_containers: Option<std::vec::Vec<crate::api::core::v1::Container>> = None;
                let mut value_node_name: Option<std::string::String> = None;
                let mut value_node_selector: Option<std::collections::BTreeMap<std::string::String, std::string::String>> = None;
                let mut value_os: Option<crate::api::core::v1::PodOS> = None;
                let mut value_overhead: Option<std::collections::BTreeMap<std::string::String, crate::apimachinery::pkg::api::resource::Quantity>> = None;
                let mut value_preemption_policy: Option<std::string::String> = None;
                let mut value_priority: Option<i32> = None;
                let mut value_priority_class_name: Option<std::string::String> = None;
                let mut value_readiness_gates: Option<std::vec::Vec<crate::api::core::v1::PodReadinessGate>> = None;
                let mut value_resource_claims: Option<std::vec::Vec<crate::api::core::v1::PodResourceClaim>> = None;
                let mut value_resources: Option<crate::api::core::v1::ResourceRequirements> = None;
                let mut value_restart_policy: Option<std::string::String> = None;
                let mut value_runtime_class_name: Option<std::string::String> = None;
                let mut value_scheduler_name: Option<std::string::String> = None;
                let mut value_scheduling_gates: Option<std::vec::Vec<crate::api::core::v1::PodSchedulingGate>> = None;
                let mut value_security_context: Option<std::boxed::Box<crate::api::core::v1::PodSecurityContext>> = None;
                let mut value_service_account: Option<std::string::String> = None;
                let mut value_service_account_name: Option<std::string::String> = None;
                let mut value_set_hostname_as_fqdn: Option<bool> = None;
                let mut value_share_process_namespace: Option<bool> = None;
                let mut value_subdomain: Option<std::string::String> = None;
                let mut value_termination_grace_period_seconds: Option<i64> = None;
                let mut value_tolerations: Option<std::vec::Vec<crate::api::core::v1::Toleration>> = None;
                let mut value_topology_spread_constraints: Option<std::vec::Vec<crate::api::core::v1::TopologySpreadConstraint>> = None;
                let mut value_volumes: Option<std::vec::Vec<crate::api::core::v1::Volume>> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_active_deadline_seconds => value_active_deadline_seconds = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_affinity => value_affinity = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_automount_service_account_token => value_automount_service_account_token = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_containers => value_containers = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_dns_config => value_dns_config = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_dns_policy => value_dns_policy = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_enable_service_links => value_enable_service_links = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_ephemeral_containers => value_ephemeral_containers = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_host_aliases => value_host_aliases = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_host_ipc => value_host_ipc = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_host_network => value_host_network = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_host_pid => value_host_pid = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_host_users => value_host_users = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_hostname => value_hostname = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_hostname_override => value_hostname_override = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_image_pull_secrets => value_image_pull_secrets = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_init_containers => value_init_containers = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_node_name => value_node_name = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_node_selector => value_node_selector = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_os => value_os = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_overhead => value_overhead = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_preemption_policy => value_preemption_policy = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_priority => value_priority = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_priority_class_name => value_priority_class_name = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_readiness_gates => value_readiness_gates = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_resource_claims => value_resource_claims = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_resources => value_resources = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_restart_policy => value_restart_policy = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_runtime_class_name => value_runtime_class_name = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_scheduler_name => value_scheduler_name = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_scheduling_gates => value_scheduling_gates = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_security_context => value_security_context = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_service_account => value_service_account = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_service_account_name => value_service_account_name = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_set_hostname_as_fqdn => value_set_hostname_as_fqdn = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_share_process_namespace => value_share_process_namespace = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_subdomain => value_subdomain = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_termination_grace_period_seconds => value_termination_grace_period_seconds = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_tolerations => value_tolerations = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_topology_spread_constraints => value_topology_spread_constraints = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_volumes => value_volumes = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(PodSpec {
                    active_deadline_seconds: value_active_deadline_seconds,
                    affinity: value_affinity,
                    automount_service_account_token: value_automount_service_account_token,
                    containers: value_containers.unwrap_or_default(),
                    dns_config: value_dns_config,
                    dns_policy: value_dns_policy,
                    enable_service_links: value_enable_service_links,
                    ephemeral_containers: value_ephemeral_containers,
                    host_aliases: value_host_aliases,
                    host_ipc: value_host_ipc,
                    host_network: value_host_network,
                    host_pid: value_host_pid,
                    host_users: value_host_users,
                    hostname: value_hostname,
                    hostname_override: value_hostname_override,
                    image_pull_secrets: value_image_pull_secrets,
                    init_containers: value_init_containers,
                    node_name: value_node_name,
                    node_selector: value_node_selector,
                    os: value_os,
                    overhead: value_overhead,
                    preemption_policy: value_preemption_policy,
                    priority: value_priority,
                    priority_class_name: value_priority_class_name,
                    readiness_gates: value_readiness_gates,
                    resource_claims: value_resource_claims,
                    resources: value_resources,
                    restart_policy: value_restart_policy,
                    runtime_class_name: value_runtime_class_name,
                    scheduler_name: value_scheduler_name,
                    scheduling_gates: value_scheduling_gates,
                    security_context: value_security_context,
                    service_account: value_service_account,
                    service_account_name: value_service_account_name,
                    set_hostname_as_fqdn: value_set_hostname_as_fqdn,
                    share_process_namespace: value_share_process_namespace,
                    subdomain: value_subdomain,
                    termination_grace_period_seconds: value_termination_grace_period_seconds,
                    tolerations: value_tolerations,
                    topology_spread_constraints: value_topology_spread_constraints,
                    volumes: value_volumes,
                })
            }
        }

        deserializer.deserialize_struct(
            "PodSpec",
            &[
                "activeDeadlineSeconds",
                "affinity",
                "automountServiceAccountToken",
                "containers",
                "dnsConfig",
                "dnsPolicy",
                "enableServiceLinks",
                "ephemeralContainers",
                "hostAliases",
                "hostIPC",
                "hostNetwork",
                "hostPID",
                "hostUsers",
                "hostname",
                "hostnameOverride",
                "imagePullSecrets",
                "initContainers",
                "nodeName",
                "nodeSelector",
                "os",
                "overhead",
                "preemptionPolicy",
                "priority",
                "priorityClassName",
                "readinessGates",
                "resourceClaims",
                "resources",
                "restartPolicy",
                "runtimeClassName",
                "schedulerName",
                "schedulingGates",
                "securityContext",
                "serviceAccount",
                "serviceAccountName",
                "setHostnameAsFQDN",
                "shareProcessNamespace",
                "subdomain",
                "terminationGracePeriodSeconds",
                "tolerations",
                "topologySpreadConstraints",
                "volumes",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for PodSpec {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "PodSpec",
            1 +
            self.active_deadline_seconds.as_ref().map_or(0, |_| 1) +
            self.affinity.as_ref().map_or(0, |_| 1) +
            self.automount_service_account_token.as_ref().map_or(0, |_| 1) +
            self.dns_config.as_ref().map_or(0, |_| 1) +
            self.dns_policy.as_ref().map_or(0, |_| 1) +
            self.enable_service_links.as_ref().map_or(0, |_| 1) +
            self.ephemeral_containers.as_ref().map_or(0, |_| 1) +
            self.host_aliases.as_ref().map_or(0, |_| 1) +
            self.host_ipc.as_ref().map_or(0, |_| 1) +
            self.host_network.as_ref().map_or(0, |_| 1) +
            self.host_pid.as_ref().map_or(0, |_| 1) +
            self.host_users.as_ref().map_or(0, |_| 1) +
            self.hostname.as_ref().map_or(0, |_| 1) +
            self.hostname_override.as_ref().map_or(0, |_| 1) +
            self.image_pull_secrets.as_ref().map_or(0, |_| 1) +
            self.init_containers.as_ref().map_or(0, |_| 1) +
            self.node_name.as_ref().map_or(0, |_| 1) +
            self.node_selector.as_ref().map_or(0, |_| 1) +
            self.os.as_ref().map_or(0, |_| 1) +
            self.overhead.as_ref().map_or(0, |_| 1) +
            self.preemption_policy.as_ref().map_or(0, |_| 1) +
            self.priority.as_ref().map_or(0, |_| 1) +
            self.priority_class_name.as_ref().map_or(0, |_| 1) +
            self.readiness_gates.as_ref().map_or(0, |_| 1) +
            self.resource_claims.as_ref().map_or(0, |_| 1) +
            self.resources.as_ref().map_or(0, |_| 1) +
            self.restart_policy.as_ref().map_or(0, |_| 1) +
            self.runtime_class_name.as_ref().map_or(0, |_| 1) +
            self.scheduler_name.as_ref().map_or(0, |_| 1) +
            self.scheduling_gates.as_ref().map_or(0, |_| 1) +
            self.security_context.as_ref().map_or(0, |_| 1) +
            self.service_account.as_ref().map_or(0, |_| 1) +
            self.service_account_name.as_ref().map_or(0, |_| 1) +
            self.set_hostname_as_fqdn.as_ref().map_or(0, |_| 1) +
            self.share_process_namespace.as_ref().map_or(0, |_| 1) +
            self.subdomain.as_ref().map_or(0, |_| 1) +
            self.termination_grace_period_seconds.as_ref().map_or(0, |_| 1) +
            self.tolerations.as_ref().map_or(0, |_| 1) +
            self.topology_spread_constraints.as_ref().map_or(0, |_| 1) +
            self.volumes.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.active_deadline_seconds {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "activeDeadlineSeconds", value)?;
        }
        if let Some(value) = &self.affinity {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "affinity", value)?;
        }
        if let Some(value) = &self.automount_service_account_token {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "automountServiceAccountToken", value)?;
        }
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "containers", &self.containers)?;
        if let Some(value) = &self.dns_config {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "dnsConfig", value)?;
        }
        if let Some(value) = &self.dns_policy {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "dnsPolicy", value)?;
        }
        if let Some(value) = &self.enable_service_links {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "enableServiceLinks", value)?;
        }
        if let Some(value) = &self.ephemeral_containers {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "ephemeralContainers", value)?;
        }
        if let Some(value) = &self.host_aliases {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "hostAliases", value)?;
        }
        if let Some(value) = &self.host_ipc {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "hostIPC", value)?;
        }
        if let Some(value) = &self.host_network {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "hostNetwork", value)?;
        }
        if let Some(value) = &self.host_pid {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "hostPID", value)?;
        }
        if let Some(value) = &self.host_users {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "hostUsers", value)?;
        }
        if let Some(value) = &self.hostname {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "hostname", value)?;
        }
        if let Some(value) = &self.hostname_override {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "hostnameOverride", value)?;
        }
        if let Some(value) = &self.image_pull_secrets {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "imagePullSecrets", value)?;
        }
        if let Some(value) = &self.init_containers {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "initContainers", value)?;
        }
        if let Some(value) = &self.node_name {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "nodeName", value)?;
        }
        if let Some(value) = &self.node_selector {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "nodeSelector", value)?;
        }
        if let Some(value) = &self.os {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "os", value)?;
        }
        if let Some(value) = &self.overhead {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "overhead", value)?;
        }
        if let Some(value) = &self.preemption_policy {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "preemptionPolicy", value)?;
        }
        if let Some(value) = &self.priority {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "priority", value)?;
        }
        if let Some(value) = &self.priority_class_name {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "priorityClassName", value)?;
        }
        if let Some(value) = &self.readiness_gates {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "readinessGates", value)?;
        }
        if let Some(value) = &self.resource_claims {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "resourceClaims", value)?;
        }
        if let Some(value) = &self.resources {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "resources", value)?;
        }
        if let Some(value) = &self.restart_policy {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "restartPolicy", value)?;
        }
        if let Some(value) = &self.runtime_class_name {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "runtimeClassName", value)?;
        }
        if let Some(value) = &self.scheduler_name {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "schedulerName", value)?;
        }
        if let Some(value) = &self.scheduling_gates {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "schedulingGates", value)?;
        }
        if let Some(value) = &self.security_context {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "securityContext", value)?;
        }
        if let Some(value) = &self.service_account {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "serviceAccount", value)?;
        }
        if let Some(value) = &self.service_account_name {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "serviceAccountName", value)?;
        }
        if let Some(value) = &self.set_hostname_as_fqdn {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "setHostnameAsFQDN", value)?;
        }
        if let Some(value) = &self.share_process_namespace {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "shareProcessNamespace", value)?;
        }
        if let Some(value) = &self.subdomain {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "subdomain", value)?;
        }
        if let Some(value) = &self.termination_grace_period_seconds {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "terminationGracePeriodSeconds", value)?;
        }
        if let Some(value) = &self.tolerations {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "tolerations", value)?;
        }
        if let Some(value) = &self.topology_spread_constraints {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "topologySpreadConstraints", value)?;
        }
        if let Some(value) = &self.volumes {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "volumes", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static PodSpec_JSON: [crate::json::Field<PodSpec>; 41] = unsafe { [
        crate::json::Field::opt("activeDeadlineSeconds", core::mem::offset_of!(PodSpec, active_deadline_seconds), |s: &PodSpec| &s.active_deadline_seconds),
        crate::json::Field::opt("affinity", core::mem::offset_of!(PodSpec, affinity), |s: &PodSpec| &s.affinity),
        crate::json::Field::opt("automountServiceAccountToken", core::mem::offset_of!(PodSpec, automount_service_account_token), |s: &PodSpec| &s.automount_service_account_token),
        crate::json::Field::req("containers", core::mem::offset_of!(PodSpec, containers), |s: &PodSpec| &s.containers),
        crate::json::Field::opt("dnsConfig", core::mem::offset_of!(PodSpec, dns_config), |s: &PodSpec| &s.dns_config),
        crate::json::Field::opt("dnsPolicy", core::mem::offset_of!(PodSpec, dns_policy), |s: &PodSpec| &s.dns_policy),
        crate::json::Field::opt("enableServiceLinks", core::mem::offset_of!(PodSpec, enable_service_links), |s: &PodSpec| &s.enable_service_links),
        crate::json::Field::opt("ephemeralContainers", core::mem::offset_of!(PodSpec, ephemeral_containers), |s: &PodSpec| &s.ephemeral_containers),
        crate::json::Field::opt("hostAliases", core::mem::offset_of!(PodSpec, host_aliases), |s: &PodSpec| &s.host_aliases),
        crate::json::Field::opt("hostIPC", core::mem::offset_of!(PodSpec, host_ipc), |s: &PodSpec| &s.host_ipc),
        crate::json::Field::opt("hostNetwork", core::mem::offset_of!(PodSpec, host_network), |s: &PodSpec| &s.host_network),
        crate::json::Field::opt("hostPID", core::mem::offset_of!(PodSpec, host_pid), |s: &PodSpec| &s.host_pid),
        crate::json::Field::opt("hostUsers", core::mem::offset_of!(PodSpec, host_users), |s: &PodSpec| &s.host_users),
        crate::json::Field::opt("hostname", core::mem::offset_of!(PodSpec, hostname), |s: &PodSpec| &s.hostname),
        crate::json::Field::opt("hostnameOverride", core::mem::offset_of!(PodSpec, hostname_override), |s: &PodSpec| &s.hostname_override),
        crate::json::Field::opt("imagePullSecrets", core::mem::offset_of!(PodSpec, image_pull_secrets), |s: &PodSpec| &s.image_pull_secrets),
        crate::json::Field::opt("initContainers", core::mem::offset_of!(PodSpec, init_containers), |s: &PodSpec| &s.init_containers),
        crate::json::Field::opt("nodeName", core::mem::offset_of!(PodSpec, node_name), |s: &PodSpec| &s.node_name),
        crate::json::Field::opt("nodeSelector", core::mem::offset_of!(PodSpec, node_selector), |s: &PodSpec| &s.node_selector),
        crate::json::Field::opt("os", core::mem::offset_of!(PodSpec, os), |s: &PodSpec| &s.os),
        crate::json::Field::opt("overhead", core::mem::offset_of!(PodSpec, overhead), |s: &PodSpec| &s.overhead),
        crate::json::Field::opt("preemptionPolicy", core::mem::offset_of!(PodSpec, preemption_policy), |s: &PodSpec| &s.preemption_policy),
        crate::json::Field::opt("priority", core::mem::offset_of!(PodSpec, priority), |s: &PodSpec| &s.priority),
        crate::json::Field::opt("priorityClassName", core::mem::offset_of!(PodSpec, priority_class_name), |s: &PodSpec| &s.priority_class_name),
        crate::json::Field::opt("readinessGates", core::mem::offset_of!(PodSpec, readiness_gates), |s: &PodSpec| &s.readiness_gates),
        crate::json::Field::opt("resourceClaims", core::mem::offset_of!(PodSpec, resource_claims), |s: &PodSpec| &s.resource_claims),
        crate::json::Field::opt("resources", core::mem::offset_of!(PodSpec, resources), |s: &PodSpec| &s.resources),
        crate::json::Field::opt("restartPolicy", core::mem::offset_of!(PodSpec, restart_policy), |s: &PodSpec| &s.restart_policy),
        crate::json::Field::opt("runtimeClassName", core::mem::offset_of!(PodSpec, runtime_class_name), |s: &PodSpec| &s.runtime_class_name),
        crate::json::Field::opt("schedulerName", core::mem::offset_of!(PodSpec, scheduler_name), |s: &PodSpec| &s.scheduler_name),
        crate::json::Field::opt("schedulingGates", core::mem::offset_of!(PodSpec, scheduling_gates), |s: &PodSpec| &s.scheduling_gates),
        crate::json::Field::opt("securityContext", core::mem::offset_of!(PodSpec, security_context), |s: &PodSpec| &s.security_context),
        crate::json::Field::opt("serviceAccount", core::mem::offset_of!(PodSpec, service_account), |s: &PodSpec| &s.service_account),
        crate::json::Field::opt("serviceAccountName", core::mem::offset_of!(PodSpec, service_account_name), |s: &PodSpec| &s.service_account_name),
        crate::json::Field::opt("setHostnameAsFQDN", core::mem::offset_of!(PodSpec, set_hostname_as_fqdn), |s: &PodSpec| &s.set_hostname_as_fqdn),
        crate::json::Field::opt("shareProcessNamespace", core::mem::offset_of!(PodSpec, share_process_namespace), |s: &PodSpec| &s.share_process_namespace),
        crate::json::Field::opt("subdomain", core::mem::offset_of!(PodSpec, subdomain), |s: &PodSpec| &s.subdomain),
        crate::json::Field::opt("terminationGracePeriodSeconds", core::mem::offset_of!(PodSpec, termination_grace_period_seconds), |s: &PodSpec| &s.termination_grace_period_seconds),
        crate::json::Field::opt("tolerations", core::mem::offset_of!(PodSpec, tolerations), |s: &PodSpec| &s.tolerations),
        crate::json::Field::opt("topologySpreadConstraints", core::mem::offset_of!(PodSpec, topology_spread_constraints), |s: &PodSpec| &s.topology_spread_constraints),
        crate::json::Field::opt("volumes", core::mem::offset_of!(PodSpec, volumes), |s: &PodSpec| &s.volumes),
] };

impl crate::json::Json for PodSpec {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("PodSpec", &PodSpec_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("PodSpec", &PodSpec_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&PodSpec_JSON, self)
    }
}

impl Clone for PodSpec {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&PodSpec_JSON, self)
    }
}
