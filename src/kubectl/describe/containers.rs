//! Containers, volumes and pod templates (`describeContainers`, `describeVolumes`,
//! `DescribePodTemplate`): shared by the pod describer and every workload describer.

use super::format::{format_label_selector, int_or_string};
use super::{annotations_multiline, labels_multiline, or_none, print_bool, tabbed, tolerations_multiline, Writer};
use crate::api::core::{Container, ContainerState, ContainerStatus, EnvVar, PodTemplateSpec, ResourceRequirements, TopologySpreadConstraint, Volume};

/// Resolves a `fieldRef` env var to its value (the pod describer's `EnvValueRetriever`).
pub type Resolver<'a> = &'a dyn Fn(&EnvVar) -> String;

fn ports(c: &Container, host: bool) -> String {
    c.ports
        .iter()
        .flatten()
        .map(|p| {
            let proto = p.protocol.as_deref().unwrap_or("TCP");
            if host {
                format!("{}/{}", p.host_port.unwrap_or(0), proto)
            } else {
                match p.name.as_deref().filter(|n| !n.is_empty()) {
                    Some(n) => format!("{}/{} ({})", p.container_port, proto, n),
                    None => format!("{}/{}", p.container_port, proto),
                }
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// `DescribeProbe`. Fields the apiserver would have defaulted read as their v1 defaults.
pub fn probe(p: &crate::api::core::Probe) -> String {
    let attrs = format!(
        "delay={}s timeout={}s period={}s #success={} #failure={}",
        p.initial_delay_seconds.unwrap_or(0),
        p.timeout_seconds.unwrap_or(1),
        p.period_seconds.unwrap_or(10),
        p.success_threshold.unwrap_or(1),
        p.failure_threshold.unwrap_or(3)
    );
    if let Some(e) = &p.exec {
        return format!("exec [{}] {}", e.command.clone().unwrap_or_default().join(" "), attrs);
    }
    if let Some(h) = &p.http_get {
        let scheme = h.scheme.as_deref().unwrap_or("HTTP").to_ascii_lowercase();
        let host = h.host.clone().unwrap_or_default();
        let port = int_or_string(&h.port);
        let hostport = if port.is_empty() {
            host
        } else if host.contains(':') {
            format!("[{}]:{}", host, port)
        } else {
            format!("{}:{}", host, port)
        };
        let path = h.path.clone().unwrap_or_else(|| "/".into());
        let path = if !path.is_empty() && !path.starts_with('/') && !hostport.is_empty() { format!("/{}", path) } else { path };
        let url = if scheme.is_empty() { format!("//{}{}", hostport, path) } else { format!("{}://{}{}", scheme, hostport, path) };
        return format!("http-get {} {}", url, attrs);
    }
    if let Some(t) = &p.tcp_socket {
        return format!("tcp-socket {}:{} {}", t.host.clone().unwrap_or_default(), int_or_string(&t.port), attrs);
    }
    if let Some(g) = &p.grpc {
        return format!("grpc <pod>:{} {} {}", g.port, g.service.clone().unwrap_or_default(), attrs);
    }
    format!("unknown {}", attrs)
}

/// `describeContainers`: statuses are given for pods, not for templates.
pub fn describe_containers(w: &mut Writer, label: &str, list: &[Container], statuses: Option<&[ContainerStatus]>, resolver: Option<Resolver>, space: &str) {
    let none = if list.is_empty() { " <none>" } else { "" };
    w.fmt(0, format_args!("{}{}:{}\n", space, label, none));
    let name_indent = if space.is_empty() { "" } else { " " };
    for c in list {
        let status = statuses.and_then(|s| s.iter().rev().find(|st| st.name == c.name));
        w.fmt(1, format_args!("{}{}:\n", name_indent, c.name));
        if let Some(st) = status {
            w.fmt(2, format_args!("Container ID:\t{}\n", st.container_id.as_deref().unwrap_or("")));
        }
        w.fmt(2, format_args!("Image:\t{}\n", c.image.clone().unwrap_or_default()));
        if let Some(st) = status {
            w.fmt(2, format_args!("Image ID:\t{}\n", st.image_id));
        }
        let p = ports(c, false);
        if p.contains(',') {
            w.fmt(2, format_args!("Ports:\t{}\n", p));
        } else {
            w.fmt(2, format_args!("Port:\t{}\n", or_none(&p)));
        }
        let hp = ports(c, true);
        if hp.contains(',') {
            w.fmt(2, format_args!("Host Ports:\t{}\n", hp));
        } else {
            w.fmt(2, format_args!("Host Port:\t{}\n", or_none(&hp)));
        }
        if let Some(sp) = c.security_context.as_ref().and_then(|s| s.seccomp_profile.as_ref()) {
            w.fmt(2, format_args!("SeccompProfile:\t{}\n", sp.type_));
            if sp.type_ == "Localhost" {
                w.fmt(3, format_args!("LocalhostProfile:\t{}\n", sp.localhost_profile.as_deref().unwrap_or("")));
            }
        }
        command(w, c);
        if let Some(st) = status {
            container_state(w, st);
        }
        resources(w, c.resources.as_deref(), 2);
        for (title, p) in [("Liveness", &c.liveness_probe), ("Readiness", &c.readiness_probe), ("Startup", &c.startup_probe)] {
            if let Some(p) = p {
                w.fmt(2, format_args!("{}:\t{}\n", title, probe(p)));
            }
        }
        env_from(w, c);
        env_vars(w, c, resolver);
        mounts(w, c);
    }
}

fn command(w: &mut Writer, c: &Container) {
    for (title, items) in [("Command", &c.command), ("Args", &c.args)] {
        if let Some(items) = items.as_ref().filter(|i| !i.is_empty()) {
            w.fmt(2, format_args!("{}:\n", title));
            for item in items {
                for s in item.split('\n') {
                    w.fmt(3, format_args!("{}\n", s));
                }
            }
        }
    }
}

/// `describeResources`.
pub fn resources(w: &mut Writer, r: Option<&ResourceRequirements>, level: usize) {
    let Some(r) = r else { return };
    for (title, list) in [("Limits", &r.limits), ("Requests", &r.requests)] {
        if let Some(list) = list.as_ref().filter(|l| !l.is_empty()) {
            w.fmt(level, format_args!("{}:\n", title));
            for (k, v) in list {
                w.fmt(level + 1, format_args!("{}:\t{}\n", k, v.0));
            }
        }
    }
}

fn container_state(w: &mut Writer, st: &ContainerStatus) {
    status_block(w, "State", st.state.as_ref());
    if let Some(last) = st.last_state.as_ref().filter(|l| l.terminated.is_some()) {
        status_block(w, "Last State", Some(last));
    }
    w.fmt(2, format_args!("Ready:\t{}\n", print_bool(st.ready)));
    w.fmt(2, format_args!("Restart Count:\t{}\n", st.restart_count));
}

/// `describeStatus`.
fn status_block(w: &mut Writer, name: &str, state: Option<&ContainerState>) {
    let time = |t: Option<&crate::api::metav1::Time>| super::format::time_or_zero(t);
    match state {
        Some(ContainerState { running: Some(r), .. }) => {
            w.fmt(2, format_args!("{}:\tRunning\n", name));
            w.fmt(3, format_args!("Started:\t{}\n", time(r.started_at.as_ref())));
        }
        Some(ContainerState { waiting: Some(wt), .. }) => {
            w.fmt(2, format_args!("{}:\tWaiting\n", name));
            if let Some(reason) = wt.reason.as_deref().filter(|r| !r.is_empty()) {
                w.fmt(3, format_args!("Reason:\t{}\n", reason));
            }
        }
        Some(ContainerState { terminated: Some(t), .. }) => {
            w.fmt(2, format_args!("{}:\tTerminated\n", name));
            if let Some(reason) = t.reason.as_deref().filter(|r| !r.is_empty()) {
                w.fmt(3, format_args!("Reason:\t{}\n", reason));
            }
            if let Some(msg) = t.message.as_deref().filter(|m| !m.is_empty()) {
                w.fmt(3, format_args!("Message:\t{}\n", msg));
            }
            w.fmt(3, format_args!("Exit Code:\t{}\n", t.exit_code));
            if let Some(sig) = t.signal.filter(|s| *s > 0) {
                w.fmt(3, format_args!("Signal:\t{}\n", sig));
            }
            w.fmt(3, format_args!("Started:\t{}\n", time(t.started_at.as_ref())));
            w.fmt(3, format_args!("Finished:\t{}\n", time(t.finished_at.as_ref())));
        }
        _ => w.fmt(2, format_args!("{}:\tWaiting\n", name)),
    }
}

fn env_from(w: &mut Writer, c: &Container) {
    let Some(from) = c.env_from.as_ref().filter(|f| !f.is_empty()) else { return };
    w.write(2, "Environment Variables from:\n");
    for e in from {
        let (kind, name, optional) = if let Some(cm) = &e.config_map_ref {
            ("ConfigMap", cm.name.clone(), cm.optional.unwrap_or(false))
        } else if let Some(s) = &e.secret_ref {
            ("Secret", s.name.clone(), s.optional.unwrap_or(false))
        } else {
            ("", String::new(), false)
        };
        match e.prefix.as_deref().filter(|p| !p.is_empty()) {
            None => w.fmt(3, format_args!("{}\t{}\tOptional: {}\n", name, kind, optional)),
            Some(p) => w.fmt(3, format_args!("{}\t{} with prefix '{}'\tOptional: {}\n", name, kind, p, optional)),
        }
    }
}

/// `resourcehelper.ExtractContainerResourceValue`: the value a `resourceFieldRef` would read.
fn resource_field_value(c: &Container, resource: &str, divisor: Option<&str>) -> String {
    use crate::api::quantity::parse_milli;
    let divisor_milli = divisor.and_then(parse_milli).filter(|d| *d != 0).unwrap_or(1000);
    let (list, name) = match resource.split_once('.') {
        Some(("limits", n)) => (c.resources.as_ref().and_then(|r| r.limits.as_ref()), n),
        Some(("requests", n)) => (c.resources.as_ref().and_then(|r| r.requests.as_ref()), n),
        _ => return String::new(),
    };
    let milli = list.and_then(|l| l.get(name)).and_then(|q| parse_milli(&q.0)).unwrap_or(0);
    let ceil_div = |a: i128, b: i128| if b == 0 { 0 } else { (a + b - 1).div_euclid(b) };
    if name == "cpu" {
        ceil_div(milli, divisor_milli).to_string()
    } else {
        // Memory and the others count whole units (Quantity.Value rounds up).
        let value = ceil_div(milli, 1000);
        let div = ceil_div(divisor_milli, 1000);
        ceil_div(value, div).to_string()
    }
}

fn env_vars(w: &mut Writer, c: &Container, resolver: Option<Resolver>) {
    let env = c.env.clone().unwrap_or_default();
    w.fmt(2, format_args!("Environment:{}\n", if env.is_empty() { "\t<none>" } else { "" }));
    for e in &env {
        let Some(vf) = &e.value_from else {
            for (i, s) in e.value.clone().unwrap_or_default().split('\n').enumerate() {
                if i == 0 {
                    w.fmt(3, format_args!("{}:\t{}\n", e.name, s));
                } else {
                    w.fmt(3, format_args!("\t{}\n", s));
                }
            }
            continue;
        };
        if let Some(f) = &vf.field_ref {
            let value = resolver.map(|r| r(e)).unwrap_or_default();
            w.fmt(3, format_args!("{}:\t{} ({}:{})\n", e.name, value, f.api_version.as_deref().unwrap_or("v1"), f.field_path));
        } else if let Some(r) = &vf.resource_field_ref {
            let mut value = resource_field_value(c, &r.resource, r.divisor.as_ref().map(|d| d.0.as_str()));
            if value == "0" && (r.resource == "limits.cpu" || r.resource == "limits.memory") {
                value = "node allocatable".into();
            }
            w.fmt(3, format_args!("{}:\t{} ({})\n", e.name, value, r.resource));
        } else if let Some(s) = &vf.secret_key_ref {
            w.fmt(3, format_args!("{}:\t<set to the key '{}' in secret '{}'>\tOptional: {}\n", e.name, s.key, s.name, s.optional.unwrap_or(false)));
        } else if let Some(cm) = &vf.config_map_key_ref {
            w.fmt(3, format_args!("{}:\t<set to the key '{}' of config map '{}'>\tOptional: {}\n", e.name, cm.key, cm.name, cm.optional.unwrap_or(false)));
        }
    }
}

fn mounts(w: &mut Writer, c: &Container) {
    let mut mounts = c.volume_mounts.clone().unwrap_or_default();
    let none = if mounts.is_empty() { "\t<none>" } else { "" };
    w.fmt(2, format_args!("Mounts:{}\n", none));
    super::gosort::sort(&mut mounts, |a, b| a.mount_path < b.mount_path);
    for m in &mounts {
        let mut flags = vec![if m.read_only.unwrap_or(false) { "ro".to_string() } else { "rw".to_string() }];
        if let Some(sp) = m.sub_path.as_deref().filter(|s| !s.is_empty()) {
            flags.push(format!("path={:?}", sp));
        }
        w.fmt(3, format_args!("{} from {} ({})\n", m.mount_path, m.name, flags.join(",")));
    }
    let mut devices = c.volume_devices.clone().unwrap_or_default();
    if !devices.is_empty() {
        w.fmt(2, format_args!("Devices:{}\n", none));
        super::gosort::sort(&mut devices, |a, b| a.device_path < b.device_path);
        for d in &devices {
            w.fmt(3, format_args!("{} from {}\n", d.device_path, d.name));
        }
    }
}

/// `describeVolumes`.
pub fn volumes(w: &mut Writer, list: &[Volume], space: &str) {
    if list.is_empty() {
        w.fmt(0, format_args!("{}Volumes:\t<none>\n", space));
        return;
    }
    w.fmt(0, format_args!("{}Volumes:\n", space));
    let name_indent = if space.is_empty() { "" } else { " " };
    for v in list {
        w.fmt(1, format_args!("{}{}:\n", name_indent, v.name));
        volume_source(w, v);
    }
}

fn volume_source(w: &mut Writer, v: &Volume) {
    if let Some(h) = &v.host_path {
        super::storage::host_path(w, h);
    } else if let Some(e) = &v.empty_dir {
        let size = e.size_limit.as_ref().filter(|q| crate::api::quantity::parse_milli(&q.0).is_some_and(|m| m > 0)).map(|q| q.0.clone()).unwrap_or_else(|| "<unset>".into());
        w.fmt(2, format_args!("Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n    Medium:\t{}\n    SizeLimit:\t{}\n", e.medium.clone().unwrap_or_default(), size));
    } else if let Some(s) = &v.secret {
        w.fmt(2, format_args!("Type:\tSecret (a volume populated by a Secret)\n    SecretName:\t{}\n    Optional:\t{}\n", s.secret_name.clone().unwrap_or_default(), s.optional.unwrap_or(false)));
    } else if let Some(cm) = &v.config_map {
        w.fmt(2, format_args!("Type:\tConfigMap (a volume populated by a ConfigMap)\n    Name:\t{}\n    Optional:\t{}\n", cm.name, cm.optional.unwrap_or(false)));
    } else if let Some(n) = &v.nfs {
        super::storage::nfs(w, n);
    } else if let Some(c) = &v.persistent_volume_claim {
        w.fmt(2, format_args!("Type:\tPersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)\n    ClaimName:\t{}\n    ReadOnly:\t{}\n", c.claim_name, c.read_only.unwrap_or(false)));
    } else if let Some(e) = &v.ephemeral {
        w.write(2, "Type:\tEphemeralVolume (an inline specification for a volume that gets created and deleted with the pod)\n");
        if let Some(t) = &e.volume_claim_template {
            super::storage::claim_template(w, t);
        }
    } else if let Some(d) = &v.downward_api {
        w.write(2, "Type:\tDownwardAPI (a volume populated by information about the pod)\n    Items:\n");
        for item in d.items.iter().flatten() {
            if let Some(f) = &item.field_ref {
                w.fmt(3, format_args!("{} -> {}\n", f.field_path, item.path));
            }
            if let Some(r) = &item.resource_field_ref {
                w.fmt(3, format_args!("{} -> {}\n", r.resource, item.path));
            }
        }
    } else if let Some(p) = &v.projected {
        w.write(2, "Type:\tProjected (a volume that contains injected data from multiple sources)\n");
        for s in p.sources.iter().flatten() {
            if let Some(sec) = &s.secret {
                w.fmt(2, format_args!("SecretName:\t{}\n    Optional:\t{}\n", sec.name, sec.optional.unwrap_or(false)));
            } else if s.downward_api.is_some() {
                w.write(2, "DownwardAPI:\ttrue\n");
            } else if let Some(cm) = &s.config_map {
                w.fmt(2, format_args!("ConfigMapName:\t{}\n    Optional:\t{}\n", cm.name, cm.optional.unwrap_or(false)));
            } else if let Some(t) = &s.service_account_token {
                w.fmt(2, format_args!("TokenExpirationSeconds:\t{}\n", t.expiration_seconds.unwrap_or(3600)));
            }
        }
    } else if let Some(c) = &v.csi {
        w.write(
            2,
            &format!(
                "Type:\tCSI (a Container Storage Interface (CSI) volume source)\n    Driver:\t{}\n    FSType:\t{}\n    ReadOnly:\t{}\n",
                c.driver,
                c.fs_type.clone().unwrap_or_default(),
                c.read_only.unwrap_or(false)
            ),
        );
        super::storage::csi_attributes(w, c.volume_attributes.as_ref());
    } else if let Some(i) = &v.image {
        w.fmt(2, format_args!("Type:\tImage (a container image or OCI artifact)\n    Reference:\t{}\n    PullPolicy:\t{}\n", i.reference.clone().unwrap_or_default(), i.pull_policy.clone().unwrap_or_default()));
    } else {
        w.write(1, "<unknown>\n");
    }
}

/// `describeTopologySpreadConstraints`.
pub fn topology_spread(w: &mut Writer, tscs: &[TopologySpreadConstraint], space: &str) {
    if tscs.is_empty() {
        return;
    }
    let mut sorted: Vec<&TopologySpreadConstraint> = tscs.iter().collect();
    super::gosort::sort(&mut sorted, |a, b| a.topology_key < b.topology_key);
    w.fmt(0, format_args!("{}Topology Spread Constraints:\t", space));
    for (i, t) in sorted.iter().enumerate() {
        if i != 0 {
            w.write(0, space);
            w.write(0, "\t");
        }
        w.fmt(0, format_args!("{}:{} when max skew {} is exceeded", t.topology_key, t.when_unsatisfiable, t.max_skew));
        if t.label_selector.is_some() {
            w.fmt(0, format_args!(" for selector {}", format_label_selector(t.label_selector.as_ref())));
        }
        w.write(0, "\n");
    }
}

/// `DescribePodTemplate`.
pub fn pod_template(w: &mut Writer, template: &PodTemplateSpec) {
    w.write(0, "Pod Template:\n");
    let meta = template.metadata.clone().unwrap_or_default();
    labels_multiline(w, "  Labels", meta.labels.as_ref());
    if meta.annotations.as_ref().is_some_and(|a| !a.is_empty()) {
        annotations_multiline(w, "  Annotations", meta.annotations.as_ref());
    }
    let spec = template.spec.clone().unwrap_or_default();
    if let Some(sa) = spec.service_account_name.as_deref().filter(|s| !s.is_empty()) {
        w.fmt(1, format_args!("Service Account:\t{}\n", sa));
    }
    if let Some(init) = spec.init_containers.as_ref().filter(|i| !i.is_empty()) {
        describe_containers(w, "Init Containers", init, None, None, "  ");
    }
    describe_containers(w, "Containers", &spec.containers, None, None, "  ");
    volumes(w, spec.volumes.as_deref().unwrap_or(&[]), "  ");
    topology_spread(w, spec.topology_spread_constraints.as_deref().unwrap_or(&[]), "  ");
    if let Some(pc) = spec.priority_class_name.as_deref().filter(|s| !s.is_empty()) {
        w.fmt(1, format_args!("Priority Class Name:\t{}\n", pc));
    }
    labels_multiline(w, "  Node-Selectors", spec.node_selector.as_ref());
    tolerations_multiline(w, "  Tolerations", spec.tolerations.as_deref().unwrap_or(&[]));
}

/// A pod template (as JSON) described on its own, as `rollout history --revision` prints it.
pub fn pod_template_text(template: &serde_json::Value) -> String {
    let t: PodTemplateSpec = super::decode_template(template);
    tabbed(|w| pod_template(w, &t))
}
