// Generated from definition io.k8s.api.core.v1.NodeSystemInfo

#[derive(Debug, Default, PartialEq)]
pub struct NodeSystemInfo {
    pub architecture: std::string::String,

    pub boot_id: std::string::String,

    pub container_runtime_version: std::string::String,

    pub kernel_version: std::string::String,

    pub kube_proxy_version: std::string::String,

    pub kubelet_version: std::string::String,

    pub machine_id: std::string::String,

    pub operating_system: std::string::String,

    pub os_image: std::string::String,

    pub swap: Option<crate::api::core::v1::NodeSwapStatus>,

    pub system_uuid: std::string::String,
}

impl crate::DeepMerge for NodeSystemInfo {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.architecture, other.architecture);
        crate::DeepMerge::merge_from(&mut self.boot_id, other.boot_id);
        crate::DeepMerge::merge_from(&mut self.container_runtime_version, other.container_runtime_version);
        crate::DeepMerge::merge_from(&mut self.kernel_version, other.kernel_version);
        crate::DeepMerge::merge_from(&mut self.kube_proxy_version, other.kube_proxy_version);
        crate::DeepMerge::merge_from(&mut self.kubelet_version, other.kubelet_version);
        crate::DeepMerge::merge_from(&mut self.machine_id, other.machine_id);
        crate::DeepMerge::merge_from(&mut self.operating_system, other.operating_system);
        crate::DeepMerge::merge_from(&mut self.os_image, other.os_image);
        crate::DeepMerge::merge_from(&mut self.swap, other.swap);
        crate::DeepMerge::merge_from(&mut self.system_uuid, other.system_uuid);
    }
}

impl<'de> crate::serde::Deserialize<'de> for NodeSystemInfo {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_architecture,
            Key_boot_id,
            Key_container_runtime_version,
            Key_kernel_version,
            Key_kube_proxy_version,
            Key_kubelet_version,
            Key_machine_id,
            Key_operating_system,
            Key_os_image,
            Key_swap,
            Key_system_uuid,
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
                            "architecture" => Field::Key_architecture,
                            "bootID" => Field::Key_boot_id,
                            "containerRuntimeVersion" => Field::Key_container_runtime_version,
                            "kernelVersion" => Field::Key_kernel_version,
                            "kubeProxyVersion" => Field::Key_kube_proxy_version,
                            "kubeletVersion" => Field::Key_kubelet_version,
                            "machineID" => Field::Key_machine_id,
                            "operatingSystem" => Field::Key_operating_system,
                            "osImage" => Field::Key_os_image,
                            "swap" => Field::Key_swap,
                            "systemUUID" => Field::Key_system_uuid,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = NodeSystemInfo;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("NodeSystemInfo")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_architecture: Option<std::string::String> = None;
                let mut value_boot_id: Option<std::string::String> = None;
                let mut value_container_runtime_version: Option<std::string::String> = None;
                let mut value_kernel_version: Option<std::string::String> = None;
                let mut value_kube_proxy_version: Option<std::string::String> = None;
                let mut value_kubelet_version: Option<std::string::String> = None;
                let mut value_machine_id: Option<std::string::String> = None;
                let mut value_operating_system: Option<std::string::String> = None;
                let mut value_os_image: Option<std::string::String> = None;
                let mut value_swap: Option<crate::api::core::v1::NodeSwapStatus> = None;
                let mut value_system_uuid: Option<std::string::String> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_architecture => value_architecture = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_boot_id => value_boot_id = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_container_runtime_version => value_container_runtime_version = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_kernel_version => value_kernel_version = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_kube_proxy_version => value_kube_proxy_version = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_kubelet_version => value_kubelet_version = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_machine_id => value_machine_id = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_operating_system => value_operating_system = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_os_image => value_os_image = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_swap => value_swap = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_system_uuid => value_system_uuid = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(NodeSystemInfo {
                    architecture: value_architecture.unwrap_or_default(),
                    boot_id: value_boot_id.unwrap_or_default(),
                    container_runtime_version: value_container_runtime_version.unwrap_or_default(),
                    kernel_version: value_kernel_version.unwrap_or_default(),
                    kube_proxy_version: value_kube_proxy_version.unwrap_or_default(),
                    kubelet_version: value_kubelet_version.unwrap_or_default(),
                    machine_id: value_machine_id.unwrap_or_default(),
                    operating_system: value_operating_system.unwrap_or_default(),
                    os_image: value_os_image.unwrap_or_default(),
                    swap: value_swap,
                    system_uuid: value_system_uuid.unwrap_or_default(),
                })
            }
        }

        deserializer.deserialize_struct(
            "NodeSystemInfo",
            &[
                "architecture",
                "bootID",
                "containerRuntimeVersion",
                "kernelVersion",
                "kubeProxyVersion",
                "kubeletVersion",
                "machineID",
                "operatingSystem",
                "osImage",
                "swap",
                "systemUUID",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for NodeSystemInfo {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "NodeSystemInfo",
            10 +
            self.swap.as_ref().map_or(0, |_| 1),
        )?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "architecture", &self.architecture)?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "bootID", &self.boot_id)?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "containerRuntimeVersion", &self.container_runtime_version)?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "kernelVersion", &self.kernel_version)?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "kubeProxyVersion", &self.kube_proxy_version)?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "kubeletVersion", &self.kubelet_version)?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "machineID", &self.machine_id)?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "operatingSystem", &self.operating_system)?;
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "osImage", &self.os_image)?;
        if let Some(value) = &self.swap {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "swap", value)?;
        }
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "systemUUID", &self.system_uuid)?;
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static NodeSystemInfo_JSON: [crate::json::Field<NodeSystemInfo>; 11] = unsafe { [
        crate::json::Field::req("architecture", core::mem::offset_of!(NodeSystemInfo, architecture), |s: &NodeSystemInfo| &s.architecture),
        crate::json::Field::req("bootID", core::mem::offset_of!(NodeSystemInfo, boot_id), |s: &NodeSystemInfo| &s.boot_id),
        crate::json::Field::req("containerRuntimeVersion", core::mem::offset_of!(NodeSystemInfo, container_runtime_version), |s: &NodeSystemInfo| &s.container_runtime_version),
        crate::json::Field::req("kernelVersion", core::mem::offset_of!(NodeSystemInfo, kernel_version), |s: &NodeSystemInfo| &s.kernel_version),
        crate::json::Field::req("kubeProxyVersion", core::mem::offset_of!(NodeSystemInfo, kube_proxy_version), |s: &NodeSystemInfo| &s.kube_proxy_version),
        crate::json::Field::req("kubeletVersion", core::mem::offset_of!(NodeSystemInfo, kubelet_version), |s: &NodeSystemInfo| &s.kubelet_version),
        crate::json::Field::req("machineID", core::mem::offset_of!(NodeSystemInfo, machine_id), |s: &NodeSystemInfo| &s.machine_id),
        crate::json::Field::req("operatingSystem", core::mem::offset_of!(NodeSystemInfo, operating_system), |s: &NodeSystemInfo| &s.operating_system),
        crate::json::Field::req("osImage", core::mem::offset_of!(NodeSystemInfo, os_image), |s: &NodeSystemInfo| &s.os_image),
        crate::json::Field::opt("swap", core::mem::offset_of!(NodeSystemInfo, swap), |s: &NodeSystemInfo| &s.swap),
        crate::json::Field::req("systemUUID", core::mem::offset_of!(NodeSystemInfo, system_uuid), |s: &NodeSystemInfo| &s.system_uuid),
] };

impl crate::json::Json for NodeSystemInfo {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("NodeSystemInfo", &NodeSystemInfo_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("NodeSystemInfo", &NodeSystemInfo_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&NodeSystemInfo_JSON, self)
    }
}

impl Clone for NodeSystemInfo {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&NodeSystemInfo_JSON, self)
    }
}
