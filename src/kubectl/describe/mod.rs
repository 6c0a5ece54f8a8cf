//! `kubectl describe` (`k8s.io/kubectl/pkg/describe`): the PrefixWriter (two spaces per level),
//! everything run through the tabwriter with padding 2, and the shared pieces every describer
//! uses — labels, annotations, pod templates, containers, volumes, tolerations.

use crate::api::core::{Container, PodTemplateSpec, Toleration, Volume};
use std::collections::BTreeMap;

/// kubectl's `maxAnnotationLen`.
const MAX_ANNOTATION_LEN: usize = 140;
const LAST_APPLIED: &str = "kubectl.kubernetes.io/last-applied-configuration";

/// The PrefixWriter: text at an indentation level (two spaces per level).
#[derive(Default)]
pub struct Writer {
    buf: String,
}

impl Writer {
    pub fn write(&mut self, level: usize, text: &str) {
        for _ in 0..level {
            self.buf.push_str("  ");
        }
        self.buf.push_str(text);
    }
    /// `WriteLine`: the text and a newline, no indentation.
    pub fn line(&mut self, text: &str) {
        self.buf.push_str(text);
        self.buf.push('\n');
    }
}

/// `tabbedString`: what the describer wrote, aligned by the tabwriter (minwidth 0, padding 2).
pub fn tabbed(f: impl FnOnce(&mut Writer)) -> String {
    let mut w = Writer::default();
    f(&mut w);
    super::tabwriter::format(&w.buf, 0, 2)
}

/// `printLabelsMultilineWithIndent`.
pub fn labels_multiline_indent(w: &mut Writer, initial: &str, title: &str, inner: &str, labels: Option<&BTreeMap<String, String>>) {
    w.write(0, &format!("{}{}:{}", initial, title, inner));
    let Some(labels) = labels.filter(|l| !l.is_empty()) else {
        w.line("<none>");
        return;
    };
    for (i, (k, v)) in labels.iter().enumerate() {
        if i != 0 {
            w.write(0, initial);
            w.write(0, inner);
        }
        w.write(0, &format!("{}={}\n", k, v));
    }
}

/// `printLabelsMultiline`.
pub fn labels_multiline(w: &mut Writer, title: &str, labels: Option<&BTreeMap<String, String>>) {
    labels_multiline_indent(w, "", title, "\t", labels);
}

fn shorten(s: &str, max: usize) -> String {
    if s.len() > max {
        let mut end = max;
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        format!("{}...", &s[..end])
    } else {
        s.to_string()
    }
}

/// `printAnnotationsMultiline`: sorted, last-applied hidden, long or multi-line values folded.
pub fn annotations_multiline(w: &mut Writer, title: &str, annotations: Option<&BTreeMap<String, String>>) {
    w.write(0, &format!("{}:\t", title));
    let keys: Vec<&String> = annotations.into_iter().flatten().map(|(k, _)| k).filter(|k| k.as_str() != LAST_APPLIED).collect();
    if keys.is_empty() {
        w.line("<none>");
        return;
    }
    let annotations = annotations.expect("non-empty");
    let indent = "\t";
    for (i, k) in keys.iter().enumerate() {
        if i != 0 {
            w.write(0, indent);
        }
        let value = annotations[*k].strip_suffix('\n').unwrap_or(&annotations[*k]);
        if value.len() + k.len() + 2 > MAX_ANNOTATION_LEN || value.contains('\n') {
            w.write(0, &format!("{}:\n", k));
            for s in value.split('\n') {
                w.write(0, &format!("{}  {}\n", indent, shorten(s, MAX_ANNOTATION_LEN - 2)));
            }
        } else {
            w.write(0, &format!("{}: {}\n", k, value));
        }
    }
}

/// `printPodTolerationsMultiline`.
pub fn tolerations_multiline(w: &mut Writer, title: &str, tolerations: &[Toleration]) {
    w.write(0, &format!("{}:\t", title));
    if tolerations.is_empty() {
        w.line("<none>");
        return;
    }
    for (i, t) in tolerations.iter().enumerate() {
        if i != 0 {
            w.write(0, "\t");
        }
        let mut s = t.key.clone().unwrap_or_default();
        if let Some(v) = t.value.as_deref().filter(|v| !v.is_empty()) {
            s.push_str(&format!("={}", v));
        }
        if let Some(e) = t.effect.as_deref().filter(|e| !e.is_empty()) {
            s.push_str(&format!(":{}", e));
        }
        if t.operator.as_deref() == Some("Exists") && t.value.as_deref().unwrap_or("").is_empty() {
            s.push_str(" op=Exists");
        }
        if let Some(secs) = t.toleration_seconds {
            s.push_str(&format!(" for {}s", secs));
        }
        w.write(0, &format!("{}\n", s));
    }
}

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

fn or_none(s: String) -> String {
    if s.is_empty() {
        "<none>".into()
    } else {
        s
    }
}

/// `DescribeProbe`.
pub fn probe(p: &crate::api::core::Probe) -> String {
    let attrs = format!(
        "delay={}s timeout={}s period={}s #success={} #failure={}",
        p.initial_delay_seconds.unwrap_or(0),
        p.timeout_seconds.unwrap_or(1),
        p.period_seconds.unwrap_or(10),
        p.success_threshold.unwrap_or(1),
        p.failure_threshold.unwrap_or(3)
    );
    let port = |p: &k8s_openapi::apimachinery::pkg::util::intstr::IntOrString| match p {
        k8s_openapi::apimachinery::pkg::util::intstr::IntOrString::Int(i) => i.to_string(),
        k8s_openapi::apimachinery::pkg::util::intstr::IntOrString::String(s) => s.clone(),
    };
    if let Some(e) = &p.exec {
        return format!("exec [{}] {}", e.command.clone().unwrap_or_default().join(" "), attrs);
    }
    if let Some(h) = &p.http_get {
        let scheme = h.scheme.as_deref().unwrap_or("HTTP").to_lowercase();
        let host = h.host.clone().unwrap_or_default();
        return format!("http-get {}://{}:{}{} {}", scheme, host, port(&h.port), h.path.as_deref().unwrap_or(""), attrs);
    }
    if let Some(t) = &p.tcp_socket {
        return format!("tcp-socket {}:{} {}", t.host.clone().unwrap_or_default(), port(&t.port), attrs);
    }
    if let Some(g) = &p.grpc {
        return format!("grpc <pod>:{} {} {}", g.port, g.service.clone().unwrap_or_default(), attrs);
    }
    format!("unknown {}", attrs)
}

/// `describeContainers` for containers without statuses (templates); pods pass statuses later.
pub fn containers(w: &mut Writer, label: &str, list: &[Container], space: &str) {
    let none = if list.is_empty() { " <none>" } else { "" };
    w.write(0, &format!("{}{}:{}\n", space, label, none));
    let name_indent = if space.is_empty() { "" } else { " " };
    for c in list {
        w.write(1, &format!("{}{}:\n", name_indent, c.name));
        w.write(2, &format!("Image:\t{}\n", c.image.clone().unwrap_or_default()));
        let p = ports(c, false);
        if p.contains(',') {
            w.write(2, &format!("Ports:\t{}\n", p));
        } else {
            w.write(2, &format!("Port:\t{}\n", or_none(p)));
        }
        let hp = ports(c, true);
        if hp.contains(',') {
            w.write(2, &format!("Host Ports:\t{}\n", hp));
        } else {
            w.write(2, &format!("Host Port:\t{}\n", or_none(hp)));
        }
        container_body(w, c);
    }
}

/// Everything after a container's ports: command, args, resources, probes, environment, mounts.
pub fn container_body(w: &mut Writer, c: &Container) {
    for (title, items) in [("Command", &c.command), ("Args", &c.args)] {
        if let Some(items) = items.as_ref().filter(|i| !i.is_empty()) {
            w.write(2, &format!("{}:\n", title));
            for item in items {
                for s in item.split('\n') {
                    w.write(3, &format!("{}\n", s));
                }
            }
        }
    }
    container_tail(w, c);
}

/// Resources, probes, environment and mounts (after the container's state, for pods).
pub fn container_tail(w: &mut Writer, c: &Container) {
    if let Some(r) = &c.resources {
        for (title, list) in [("Limits", &r.limits), ("Requests", &r.requests)] {
            if let Some(list) = list.as_ref().filter(|l| !l.is_empty()) {
                w.write(2, &format!("{}:\n", title));
                for (k, v) in list {
                    w.write(3, &format!("{}:\t{}\n", k, v.0));
                }
            }
        }
    }
    for (title, p) in [("Liveness", &c.liveness_probe), ("Readiness", &c.readiness_probe), ("Startup", &c.startup_probe)] {
        if let Some(p) = p {
            w.write(2, &format!("{}:\t{}\n", title, probe(p)));
        }
    }
    if let Some(from) = c.env_from.as_ref().filter(|f| !f.is_empty()) {
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
                None => w.write(3, &format!("{}\t{}\tOptional: {}\n", name, kind, optional)),
                Some(p) => w.write(3, &format!("{}\t{} with prefix '{}'\tOptional: {}\n", name, kind, p, optional)),
            }
        }
    }
    let env = c.env.clone().unwrap_or_default();
    w.write(2, &format!("Environment:{}\n", if env.is_empty() { "\t<none>" } else { "" }));
    for e in &env {
        match &e.value_from {
            None => {
                for (i, s) in e.value.clone().unwrap_or_default().split('\n').enumerate() {
                    if i == 0 {
                        w.write(3, &format!("{}:\t{}\n", e.name, s));
                    } else {
                        w.write(3, &format!("\t{}\n", s));
                    }
                }
            }
            Some(vf) => {
                if let Some(f) = &vf.field_ref {
                    w.write(3, &format!("{}:\t ({}:{})\n", e.name, f.api_version.clone().unwrap_or_else(|| "v1".into()), f.field_path));
                } else if let Some(r) = &vf.resource_field_ref {
                    w.write(3, &format!("{}:\t ({})\n", e.name, r.resource));
                } else if let Some(s) = &vf.secret_key_ref {
                    w.write(3, &format!("{}:\t<set to the key '{}' in secret '{}'>\tOptional: {}\n", e.name, s.key, s.name, s.optional.unwrap_or(false)));
                } else if let Some(cm) = &vf.config_map_key_ref {
                    w.write(3, &format!("{}:\t<set to the key '{}' of config map '{}'>\tOptional: {}\n", e.name, cm.key, cm.name, cm.optional.unwrap_or(false)));
                }
            }
        }
    }
    let mut mounts = c.volume_mounts.clone().unwrap_or_default();
    w.write(2, &format!("Mounts:{}\n", if mounts.is_empty() { "\t<none>" } else { "" }));
    mounts.sort_by(|a, b| a.mount_path.cmp(&b.mount_path));
    for m in &mounts {
        let mut flags = vec![if m.read_only.unwrap_or(false) { "ro".to_string() } else { "rw".to_string() }];
        if let Some(sp) = m.sub_path.as_deref().filter(|s| !s.is_empty()) {
            flags.push(format!("path={:?}", sp));
        }
        w.write(3, &format!("{} from {} ({})\n", m.mount_path, m.name, flags.join(",")));
    }
}

/// `describeVolumes`.
pub fn volumes(w: &mut Writer, list: &[Volume], space: &str) {
    if list.is_empty() {
        w.write(0, &format!("{}Volumes:\t<none>\n", space));
        return;
    }
    w.write(0, &format!("{}Volumes:\n", space));
    let name_indent = if space.is_empty() { "" } else { " " };
    for v in list {
        w.write(1, &format!("{}{}:\n", name_indent, v.name));
        if let Some(h) = &v.host_path {
            w.write(2, &format!("Type:\tHostPath (bare host directory volume)\n    Path:\t{}\n    HostPathType:\t{}\n", h.path, h.type_.clone().unwrap_or_else(|| "<none>".into())));
        } else if let Some(e) = &v.empty_dir {
            let size = e.size_limit.as_ref().filter(|q| crate::api::quantity::parse_milli(&q.0).is_some_and(|m| m > 0)).map(|q| q.0.clone()).unwrap_or_else(|| "<unset>".into());
            w.write(2, &format!("Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n    Medium:\t{}\n    SizeLimit:\t{}\n", e.medium.clone().unwrap_or_default(), size));
        } else if let Some(s) = &v.secret {
            w.write(2, &format!("Type:\tSecret (a volume populated by a Secret)\n    SecretName:\t{}\n    Optional:\t{}\n", s.secret_name.clone().unwrap_or_default(), s.optional.unwrap_or(false)));
        } else if let Some(cm) = &v.config_map {
            w.write(2, &format!("Type:\tConfigMap (a volume populated by a ConfigMap)\n    Name:\t{}\n    Optional:\t{}\n", cm.name, cm.optional.unwrap_or(false)));
        } else if let Some(c) = &v.persistent_volume_claim {
            w.write(2, &format!("Type:\tPersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)\n    ClaimName:\t{}\n    ReadOnly:\t{}\n", c.claim_name, c.read_only.unwrap_or(false)));
        } else if let Some(p) = &v.projected {
            w.write(2, "Type:\tProjected (a volume that contains injected data from multiple sources)\n");
            for s in p.sources.iter().flatten() {
                if let Some(sec) = &s.secret {
                    w.write(2, &format!("SecretName:\t{}\n    Optional:\t{}\n", sec.name, sec.optional.unwrap_or(false)));
                } else if s.downward_api.is_some() {
                    w.write(2, "DownwardAPI:\ttrue\n");
                } else if let Some(cm) = &s.config_map {
                    w.write(2, &format!("ConfigMapName:\t{}\n    Optional:\t{}\n", cm.name, cm.optional.unwrap_or(false)));
                } else if let Some(t) = &s.service_account_token {
                    w.write(2, &format!("TokenExpirationSeconds:\t{}\n", t.expiration_seconds.unwrap_or(3600)));
                }
            }
        } else if let Some(d) = &v.downward_api {
            w.write(2, "Type:\tDownwardAPI (a volume populated by information about the pod)\n    Items:\n");
            for item in d.items.iter().flatten() {
                if let Some(f) = &item.field_ref {
                    w.write(3, &format!("{} -> {}\n", f.field_path, item.path));
                }
                if let Some(r) = &item.resource_field_ref {
                    w.write(3, &format!("{} -> {}\n", r.resource, item.path));
                }
            }
        } else if let Some(n) = &v.nfs {
            w.write(2, &format!("Type:\tNFS (an NFS mount that lasts the lifetime of a pod)\n    Server:\t{}\n    Path:\t{}\n    ReadOnly:\t{}\n", n.server, n.path, n.read_only.unwrap_or(false)));
        } else {
            w.write(1, "<unknown>\n");
        }
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
        w.write(1, &format!("Service Account:\t{}\n", sa));
    }
    if let Some(init) = spec.init_containers.as_ref().filter(|i| !i.is_empty()) {
        containers(w, "Init Containers", init, "  ");
    }
    containers(w, "Containers", &spec.containers, "  ");
    volumes(w, spec.volumes.as_deref().unwrap_or(&[]), "  ");
    if let Some(pc) = spec.priority_class_name.as_deref().filter(|s| !s.is_empty()) {
        w.write(1, &format!("Priority Class Name:\t{}\n", pc));
    }
    labels_multiline(w, "  Node-Selectors", spec.node_selector.as_ref());
    tolerations_multiline(w, "  Tolerations", spec.tolerations.as_deref().unwrap_or(&[]));
}

/// A pod template (as JSON) described on its own, as `rollout history --revision` prints it.
pub fn pod_template_text(template: &serde_json::Value) -> String {
    let t: PodTemplateSpec = serde_json::from_value(template.clone()).unwrap_or_default();
    tabbed(|w| pod_template(w, &t))
}
