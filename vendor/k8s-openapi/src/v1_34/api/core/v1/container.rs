// Generated from definition io.k8s.api.core.v1.Container

#[derive(Debug, Default, PartialEq)]
pub struct Container {
    pub args: Option<std::vec::Vec<std::string::String>>,

    pub command: Option<std::vec::Vec<std::string::String>>,

    pub env: Option<std::vec::Vec<crate::api::core::v1::EnvVar>>,

    pub env_from: Option<std::vec::Vec<crate::api::core::v1::EnvFromSource>>,

    pub image: Option<std::string::String>,

    pub image_pull_policy: Option<std::string::String>,

    pub lifecycle: Option<std::boxed::Box<crate::api::core::v1::Lifecycle>>,

    pub liveness_probe: Option<std::boxed::Box<crate::api::core::v1::Probe>>,

    pub name: std::string::String,

    pub ports: Option<std::vec::Vec<crate::api::core::v1::ContainerPort>>,

    pub readiness_probe: Option<std::boxed::Box<crate::api::core::v1::Probe>>,

    pub resize_policy: Option<std::vec::Vec<crate::api::core::v1::ContainerResizePolicy>>,

    pub resources: Option<std::boxed::Box<crate::api::core::v1::ResourceRequirements>>,

    pub restart_policy: Option<std::string::String>,

    pub restart_policy_rules: Option<std::vec::Vec<crate::api::core::v1::ContainerRestartRule>>,

    pub security_context: Option<std::boxed::Box<crate::api::core::v1::SecurityContext>>,

    pub startup_probe: Option<std::boxed::Box<crate::api::core::v1::Probe>>,

    pub stdin: Option<bool>,

    pub stdin_once: Option<bool>,

    pub termination_message_path: Option<std::string::String>,

    pub termination_message_policy: Option<std::string::String>,

    pub tty: Option<bool>,

    pub volume_devices: Option<std::vec::Vec<crate::api::core::v1::VolumeDevice>>,

    pub volume_mounts: Option<std::vec::Vec<crate::api::core::v1::VolumeMount>>,

    pub working_dir: Option<std::string::String>,
}

impl crate::DeepMerge for Container {
    fn merge_from(&mut self, other: Self) {
        crate::merge_strategies::list::atomic(&mut self.args, other.args);
        crate::merge_strategies::list::atomic(&mut self.command, other.command);
        crate::merge_strategies::list::map(
            &mut self.env,
            other.env,
            &[|lhs, rhs| lhs.name == rhs.name],
            |current_item, other_item| {
                crate::DeepMerge::merge_from(current_item, other_item);
            },
        );
        crate::merge_strategies::list::atomic(&mut self.env_from, other.env_from);
        crate::DeepMerge::merge_from(&mut self.image, other.image);
        crate::DeepMerge::merge_from(&mut self.image_pull_policy, other.image_pull_policy);
        crate::DeepMerge::merge_from(&mut self.lifecycle, other.lifecycle);
        crate::DeepMerge::merge_from(&mut self.liveness_probe, other.liveness_probe);
        crate::DeepMerge::merge_from(&mut self.name, other.name);
        crate::merge_strategies::list::map(
            &mut self.ports,
            other.ports,
            &[|lhs, rhs| lhs.container_port == rhs.container_port],
            |current_item, other_item| {
                crate::DeepMerge::merge_from(current_item, other_item);
            },
        );
        crate::DeepMerge::merge_from(&mut self.readiness_probe, other.readiness_probe);
        crate::merge_strategies::list::atomic(&mut self.resize_policy, other.resize_policy);
        crate::DeepMerge::merge_from(&mut self.resources, other.resources);
        crate::DeepMerge::merge_from(&mut self.restart_policy, other.restart_policy);
        crate::merge_strategies::list::atomic(&mut self.restart_policy_rules, other.restart_policy_rules);
        crate::DeepMerge::merge_from(&mut self.security_context, other.security_context);
        crate::DeepMerge::merge_from(&mut self.startup_probe, other.startup_probe);
        crate::DeepMerge::merge_from(&mut self.stdin, other.stdin);
        crate::DeepMerge::merge_from(&mut self.stdin_once, other.stdin_once);
        crate::DeepMerge::merge_from(&mut self.termination_message_path, other.termination_message_path);
        crate::DeepMerge::merge_from(&mut self.termination_message_policy, other.termination_message_policy);
        crate::DeepMerge::merge_from(&mut self.tty, other.tty);
        crate::merge_strategies::list::map(
            &mut self.volume_devices,
            other.volume_devices,
            &[|lhs, rhs| lhs.device_path == rhs.device_path],
            |current_item, other_item| {
                crate::DeepMerge::merge_from(current_item, other_item);
            },
        );
        crate::merge_strategies::list::map(
            &mut self.volume_mounts,
            other.volume_mounts,
            &[|lhs, rhs| lhs.mount_path == rhs.mount_path],
            |current_item, other_item| {
                crate::DeepMerge::merge_from(current_item, other_item);
            },
        );
        crate::DeepMerge::merge_from(&mut self.working_dir, other.working_dir);
    }
}

impl<'de> crate::serde::Deserialize<'de> for Container {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_args,
            Key_command,
            Key_env,
            Key_env_from,
            Key_image,
            Key_image_pull_policy,
            Key_lifecycle,
            Key_liveness_probe,
            Key_name,
            Key_ports,
            Key_readiness_probe,
            Key_resize_policy,
            Key_resources,
            Key_restart_policy,
            Key_restart_policy_rules,
            Key_security_context,
            Key_startup_probe,
            Key_stdin,
            Key_stdin_once,
            Key_termination_message_path,
            Key_termination_message_policy,
            Key_tty,
            Key_volume_devices,
            Key_volume_mounts,
            Key_working_dir,
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
                            "args" => Field::Key_args,
                            "command" => Field::Key_command,
                            "env" => Field::Key_env,
                            "envFrom" => Field::Key_env_from,
                            "image" => Field::Key_image,
                            "imagePullPolicy" => Field::Key_image_pull_policy,
                            "lifecycle" => Field::Key_lifecycle,
                            "livenessProbe" => Field::Key_liveness_probe,
                            "name" => Field::Key_name,
                            "ports" => Field::Key_ports,
                            "readinessProbe" => Field::Key_readiness_probe,
                            "resizePolicy" => Field::Key_resize_policy,
                            "resources" => Field::Key_resources,
                            "restartPolicy" => Field::Key_restart_policy,
                            "restartPolicyRules" => Field::Key_restart_policy_rules,
                            "securityContext" => Field::Key_security_context,
                            "startupProbe" => Field::Key_startup_probe,
                            "stdin" => Field::Key_stdin,
                            "stdinOnce" => Field::Key_stdin_once,
                            "terminationMessagePath" => Field::Key_termination_message_path,
                            "terminationMessagePolicy" => Field::Key_termination_message_policy,
                            "tty" => Field::Key_tty,
                            "volumeDevices" => Field::Key_volume_devices,
                            "volumeMounts" => Field::Key_volume_mounts,
                            "workingDir" => Field::Key_working_dir,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = Container;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("Container")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_args: Option<std::vec::Vec<std::string::String>> = None;
                let mut value_command: Option<std::vec::Vec<std::string::String>> = None;
                let mut value_env: Option<std::vec::Vec<crate::api::core::v1::EnvVar>> = None;
                let mut value_env_from: Option<std::vec::Vec<crate::api::core::v1::EnvFromSource>> = None;
                let mut value_image: Option<std::string::String> = None;
                let mut value_image_pull_policy: Option<std::string::String> = None;
                let mut value_lifecycle: Option<std::boxed::Box<crate::api::core::v1::Lifecycle>> = None;
                let mut value_liveness_probe: Option<std::boxed::Box<crate::api::core::v1::Probe>> = None;
                let mut value_name: Option<std::string::String> = None;
                let mut value_ports: Option<std::vec::Vec<crate::api::core::v1::ContainerPort>> = None;
                let mut value_readiness_probe: Option<std::boxed::Box<crate::api::core::v1::Probe>> = None;
                let mut value_resize_policy: Option<std::vec::Vec<crate::api::core::v1::ContainerResizePolicy>> = None;
                let mut value_resources: Option<std::boxed::Box<crate::api::core::v1::ResourceRequirements>> = None;
                let mut value_restart_policy: Option<std::string::String> = None;
                let mut value_restart_policy_rules: Option<std::vec::Vec<crate::api::core::v1::ContainerRestartRule>> = None;
                let mut value_security_context: Option<std::boxed::Box<crate::api::core::v1::SecurityContext>> = None;
                let mut value_startup_probe: Option<std::boxed::Box<crate::api::core::v1::Probe>> = None;
                let mut value_stdin: Option<bool> = None;
                let mut value_stdin_once: Option<bool> = None;
                let mut value_termination_message_path: Option<std::string::String> = None;
                let mut value_termination_message_policy: Option<std::string::String> = None;
                let mut value_tty: Option<bool> = None;
                let mut value_volume_devices: Option<std::vec::Vec<crate::api::core::v1::VolumeDevice>> = None;
                let mut value_volume_mounts: Option<std::vec::Vec<crate::api::core::v1::VolumeMount>> = None;
                let mut value_working_dir: Option<std::string::String> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_args => value_args = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_command => value_command = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_env => value_env = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_env_from => value_env_from = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_image => value_image = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_image_pull_policy => value_image_pull_policy = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_lifecycle => value_lifecycle = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_liveness_probe => value_liveness_probe = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_name => value_name = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_ports => value_ports = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_readiness_probe => value_readiness_probe = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_resize_policy => value_resize_policy = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_resources => value_resources = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_restart_policy => value_restart_policy = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_restart_policy_rules => value_restart_policy_rules = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_security_context => value_security_context = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_startup_probe => value_startup_probe = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_stdin => value_stdin = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_stdin_once => value_stdin_once = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_termination_message_path => value_termination_message_path = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_termination_message_policy => value_termination_message_policy = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_tty => value_tty = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_volume_devices => value_volume_devices = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_volume_mounts => value_volume_mounts = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_working_dir => value_working_dir = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(Container {
                    args: value_args,
                    command: value_command,
                    env: value_env,
                    env_from: value_env_from,
                    image: value_image,
                    image_pull_policy: value_image_pull_policy,
                    lifecycle: value_lifecycle,
                    liveness_probe: value_liveness_probe,
                    name: value_name.unwrap_or_default(),
                    ports: value_ports,
                    readiness_probe: value_readiness_probe,
                    resize_policy: value_resize_policy,
                    resources: value_resources,
                    restart_policy: value_restart_policy,
                    restart_policy_rules: value_restart_policy_rules,
                    security_context: value_security_context,
                    startup_probe: value_startup_probe,
                    stdin: value_stdin,
                    stdin_once: value_stdin_once,
                    termination_message_path: value_termination_message_path,
                    termination_message_policy: value_termination_message_policy,
                    tty: value_tty,
                    volume_devices: value_volume_devices,
                    volume_mounts: value_volume_mounts,
                    working_dir: value_working_dir,
                })
            }
        }

        deserializer.deserialize_struct(
            "Container",
            &[
                "args",
                "command",
                "env",
                "envFrom",
                "image",
                "imagePullPolicy",
                "lifecycle",
                "livenessProbe",
                "name",
                "ports",
                "readinessProbe",
                "resizePolicy",
                "resources",
                "restartPolicy",
                "restartPolicyRules",
                "securityContext",
                "startupProbe",
                "stdin",
                "stdinOnce",
                "terminationMessagePath",
                "terminationMessagePolicy",
                "tty",
                "volumeDevices",
                "volumeMounts",
                "workingDir",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for Container {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "Container",
            1 +
            self.args.as_ref().map_or(0, |_| 1) +
            self.command.as_ref().map_or(0, |_| 1) +
            self.env.as_ref().map_or(0, |_| 1) +
            self.env_from.as_ref().map_or(0, |_| 1) +
            self.image.as_ref().map_or(0, |_| 1) +
            self.image_pull_policy.as_ref().map_or(0, |_| 1) +
            self.lifecycle.as_ref().map_or(0, |_| 1) +
            self.liveness_probe.as_ref().map_or(0, |_| 1) +
            self.ports.as_ref().map_or(0, |_| 1) +
            self.readiness_probe.as_ref().map_or(0, |_| 1) +
            self.resize_policy.as_ref().map_or(0, |_| 1) +
            self.resources.as_ref().map_or(0, |_| 1) +
            self.restart_policy.as_ref().map_or(0, |_| 1) +
            self.restart_policy_rules.as_ref().map_or(0, |_| 1) +
            self.security_context.as_ref().map_or(0, |_| 1) +
            self.startup_probe.as_ref().map_or(0, |_| 1) +
            self.stdin.as_ref().map_or(0, |_| 1) +
            self.stdin_once.as_ref().map_or(0, |_| 1) +
            self.termination_message_path.as_ref().map_or(0, |_| 1) +
            self.termination_message_policy.as_ref().map_or(0, |_| 1) +
            self.tty.as_ref().map_or(0, |_| 1) +
            self.volume_devices.as_ref().map_or(0, |_| 1) +
            self.volume_mounts.as_ref().map_or(0, |_| 1) +
            self.working_dir.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.args {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "args", value)?;
        }
        if let Some(value) = &self.command {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "command", value)?;
        }
        if let Some(value) = &self.env {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "env", value)?;
        }
        if let Some(value) = &self.env_from {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "envFrom", value)?;
        }
        if let Some(value) = &self.image {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "image", value)?;
        }
        if let Some(value) = &self.image_pull_policy {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "imagePullPolicy", value)?;
        }
        if let Some(value) = &self.lifecycle {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "lifecycle", value)?;
        }
        if let Some(value) = &self.liveness_probe {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "livenessProbe", value)?;
        }
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "name", &self.name)?;
        if let Some(value) = &self.ports {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "ports", value)?;
        }
        if let Some(value) = &self.readiness_probe {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "readinessProbe", value)?;
        }
        if let Some(value) = &self.resize_policy {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "resizePolicy", value)?;
        }
        if let Some(value) = &self.resources {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "resources", value)?;
        }
        if let Some(value) = &self.restart_policy {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "restartPolicy", value)?;
        }
        if let Some(value) = &self.restart_policy_rules {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "restartPolicyRules", value)?;
        }
        if let Some(value) = &self.security_context {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "securityContext", value)?;
        }
        if let Some(value) = &self.startup_probe {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "startupProbe", value)?;
        }
        if let Some(value) = &self.stdin {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "stdin", value)?;
        }
        if let Some(value) = &self.stdin_once {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "stdinOnce", value)?;
        }
        if let Some(value) = &self.termination_message_path {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "terminationMessagePath", value)?;
        }
        if let Some(value) = &self.termination_message_policy {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "terminationMessagePolicy", value)?;
        }
        if let Some(value) = &self.tty {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "tty", value)?;
        }
        if let Some(value) = &self.volume_devices {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "volumeDevices", value)?;
        }
        if let Some(value) = &self.volume_mounts {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "volumeMounts", value)?;
        }
        if let Some(value) = &self.working_dir {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "workingDir", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static Container_JSON: [crate::json::Field<Container>; 25] = unsafe { [
        crate::json::Field::opt("args", core::mem::offset_of!(Container, args), |s: &Container| &s.args),
        crate::json::Field::opt("command", core::mem::offset_of!(Container, command), |s: &Container| &s.command),
        crate::json::Field::opt("env", core::mem::offset_of!(Container, env), |s: &Container| &s.env),
        crate::json::Field::opt("envFrom", core::mem::offset_of!(Container, env_from), |s: &Container| &s.env_from),
        crate::json::Field::opt("image", core::mem::offset_of!(Container, image), |s: &Container| &s.image),
        crate::json::Field::opt("imagePullPolicy", core::mem::offset_of!(Container, image_pull_policy), |s: &Container| &s.image_pull_policy),
        crate::json::Field::opt("lifecycle", core::mem::offset_of!(Container, lifecycle), |s: &Container| &s.lifecycle),
        crate::json::Field::opt("livenessProbe", core::mem::offset_of!(Container, liveness_probe), |s: &Container| &s.liveness_probe),
        crate::json::Field::req("name", core::mem::offset_of!(Container, name), |s: &Container| &s.name),
        crate::json::Field::opt("ports", core::mem::offset_of!(Container, ports), |s: &Container| &s.ports),
        crate::json::Field::opt("readinessProbe", core::mem::offset_of!(Container, readiness_probe), |s: &Container| &s.readiness_probe),
        crate::json::Field::opt("resizePolicy", core::mem::offset_of!(Container, resize_policy), |s: &Container| &s.resize_policy),
        crate::json::Field::opt("resources", core::mem::offset_of!(Container, resources), |s: &Container| &s.resources),
        crate::json::Field::opt("restartPolicy", core::mem::offset_of!(Container, restart_policy), |s: &Container| &s.restart_policy),
        crate::json::Field::opt("restartPolicyRules", core::mem::offset_of!(Container, restart_policy_rules), |s: &Container| &s.restart_policy_rules),
        crate::json::Field::opt("securityContext", core::mem::offset_of!(Container, security_context), |s: &Container| &s.security_context),
        crate::json::Field::opt("startupProbe", core::mem::offset_of!(Container, startup_probe), |s: &Container| &s.startup_probe),
        crate::json::Field::opt("stdin", core::mem::offset_of!(Container, stdin), |s: &Container| &s.stdin),
        crate::json::Field::opt("stdinOnce", core::mem::offset_of!(Container, stdin_once), |s: &Container| &s.stdin_once),
        crate::json::Field::opt("terminationMessagePath", core::mem::offset_of!(Container, termination_message_path), |s: &Container| &s.termination_message_path),
        crate::json::Field::opt("terminationMessagePolicy", core::mem::offset_of!(Container, termination_message_policy), |s: &Container| &s.termination_message_policy),
        crate::json::Field::opt("tty", core::mem::offset_of!(Container, tty), |s: &Container| &s.tty),
        crate::json::Field::opt("volumeDevices", core::mem::offset_of!(Container, volume_devices), |s: &Container| &s.volume_devices),
        crate::json::Field::opt("volumeMounts", core::mem::offset_of!(Container, volume_mounts), |s: &Container| &s.volume_mounts),
        crate::json::Field::opt("workingDir", core::mem::offset_of!(Container, working_dir), |s: &Container| &s.working_dir),
] };

impl crate::json::Json for Container {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("Container", &Container_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("Container", &Container_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&Container_JSON, self)
    }
}

impl Clone for Container {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&Container_JSON, self)
    }
}
