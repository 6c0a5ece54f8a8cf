//! Pod strategy: v1.34 defaults (`SetDefaults_PodSpec`, `SetDefaults_Container`), the admission
//! plugins every pod meets (ServiceAccount, DefaultTolerationSeconds, Priority), validation, and
//! graceful deletion.

use super::validation::{dns1123_label, name_errors};
use crate::api::core::{
    Container, KeyToPath, ObjectFieldSelector, Pod, PodSpec, PodStatus, ProjectedVolumeSource, ServiceAccountTokenProjection,
    Toleration, Volume, VolumeMount, VolumeProjection, ConfigMapProjection, DownwardAPIProjection, DownwardAPIVolumeFile,
};
use crate::apiserver::errors::FieldError;
use crate::sim::rng::SimRng;
use std::collections::BTreeSet;

/// `SetDefaults_Container` for one container.
pub fn default_container(c: &mut Container) {
    if c.termination_message_path.is_none() {
        c.termination_message_path = Some("/dev/termination-log".into());
    }
    if c.termination_message_policy.is_none() {
        c.termination_message_policy = Some("File".into());
    }
    if c.image_pull_policy.is_none() {
        c.image_pull_policy = Some(default_pull_policy(c.image.as_deref().unwrap_or("")).into());
    }
    if c.resources.is_none() {
        c.resources = Some(Box::default());
    }
    for p in c.ports.iter_mut().flatten() {
        if p.protocol.is_none() {
            p.protocol = Some("TCP".into());
        }
    }
    for probe in [c.liveness_probe.as_mut(), c.readiness_probe.as_mut(), c.startup_probe.as_mut()].into_iter().flatten() {
        default_probe(probe);
    }
    for e in c.env.iter_mut().flatten() {
        if let Some(f) = e.value_from.as_mut().and_then(|v| v.field_ref.as_mut()) {
            f.api_version.get_or_insert_with(|| "v1".into());
        }
    }
}

/// `SetDefaults_Probe` and `SetDefaults_HTTPGetAction`.
fn default_probe(p: &mut crate::api::core::Probe) {
    p.timeout_seconds.get_or_insert(1);
    p.period_seconds.get_or_insert(10);
    p.success_threshold.get_or_insert(1);
    p.failure_threshold.get_or_insert(3);
    if let Some(h) = p.http_get.as_mut() {
        h.path.get_or_insert_with(|| "/".into());
        h.scheme.get_or_insert_with(|| "HTTP".into());
    }
}

/// Volume defaults: `defaultMode: 420` for ConfigMap, Secret, projected and downward API
/// volumes, `type: ""` for hostPath, and the projected token's one-hour expiry.
fn default_volume(v: &mut Volume) {
    if let Some(cm) = v.config_map.as_mut() {
        cm.default_mode.get_or_insert(420);
    }
    if let Some(sec) = v.secret.as_mut() {
        sec.default_mode.get_or_insert(420);
    }
    if let Some(d) = v.downward_api.as_mut() {
        d.default_mode.get_or_insert(420);
        for item in d.items.iter_mut().flatten() {
            if let Some(f) = item.field_ref.as_mut() {
                f.api_version.get_or_insert_with(|| "v1".into());
            }
        }
    }
    if let Some(p) = v.projected.as_mut() {
        p.default_mode.get_or_insert(420);
        for src in p.sources.iter_mut().flatten() {
            if let Some(t) = src.service_account_token.as_mut() {
                t.expiration_seconds.get_or_insert(3600);
            }
        }
    }
    if let Some(h) = v.host_path.as_mut() {
        h.type_.get_or_insert_with(String::new);
    }
}

/// `Always` for `:latest` or no tag, else `IfNotPresent` (a digest counts as pinned).
pub fn default_pull_policy(image: &str) -> &'static str {
    if image.contains('@') {
        return "IfNotPresent";
    }
    let last = image.rsplit('/').next().unwrap_or(image);
    match last.split_once(':') {
        Some((_, "latest")) | None => "Always",
        Some(_) => "IfNotPresent",
    }
}

/// `SetDefaults_PodSpec` plus container defaults: used for pods and for pod templates.
pub fn default_pod_spec(spec: &mut PodSpec) {
    if spec.dns_policy.is_none() {
        spec.dns_policy = Some("ClusterFirst".into());
    }
    if spec.restart_policy.is_none() {
        spec.restart_policy = Some("Always".into());
    }
    if spec.security_context.is_none() {
        spec.security_context = Some(Box::default());
    }
    if spec.termination_grace_period_seconds.is_none() {
        spec.termination_grace_period_seconds = Some(30);
    }
    if spec.scheduler_name.is_none() {
        spec.scheduler_name = Some("default-scheduler".into());
    }
    for c in spec.containers.iter_mut().chain(spec.init_containers.iter_mut().flatten()) {
        default_container(c);
    }
    for v in spec.volumes.iter_mut().flatten() {
        default_volume(v);
    }
}

/// `SetDefaults_Pod`: spec defaults, enableServiceLinks, and requests copied from limits.
pub fn default_pod(pod: &mut Pod) {
    let spec = pod.spec.get_or_insert_with(Default::default);
    default_pod_spec(spec);
    if spec.enable_service_links.is_none() {
        spec.enable_service_links = Some(true);
    }
    for c in spec.containers.iter_mut().chain(spec.init_containers.iter_mut().flatten()) {
        if let Some(res) = c.resources.as_mut() {
            if let Some(limits) = res.limits.clone() {
                let requests = res.requests.get_or_insert_with(Default::default);
                for (k, v) in limits {
                    requests.entry(k).or_insert(v);
                }
            }
        }
    }
}

/// The QoS class a pod's requests and limits give it.
pub fn qos_class(spec: &PodSpec) -> &'static str {
    let mut any = false;
    let mut guaranteed = true;
    for c in &spec.containers {
        let res = c.resources.as_ref();
        let req = res.and_then(|r| r.requests.as_ref());
        let lim = res.and_then(|r| r.limits.as_ref());
        if req.is_some_and(|r| !r.is_empty()) || lim.is_some_and(|l| !l.is_empty()) {
            any = true;
        }
        for name in ["cpu", "memory"] {
            let l = super::resources::get(lim, name);
            let r = super::resources::get(req, name);
            if l.is_none() || r.map(|q| q.milli) != l.map(|q| q.milli) {
                guaranteed = false;
            }
        }
    }
    if !any {
        "BestEffort"
    } else if guaranteed {
        "Guaranteed"
    } else {
        "Burstable"
    }
}

/// `PrepareForCreate`: a new pod starts Pending with its QoS class, whatever status was sent.
pub fn prepare_for_create(pod: &mut Pod) {
    let qos = qos_class(pod.spec.as_ref().expect("defaulted spec"));
    pod.status = Some(PodStatus { phase: Some("Pending".into()), qos_class: Some(qos.into()), ..Default::default() });
}

/// Admission for a new pod: ServiceAccount (default account, projected token volume and mount)
/// and DefaultTolerationSeconds (not-ready/unreachable for 300s). Priority is in `admission`.
/// A mirror pod: the API's copy of a kubelet's static pod.
pub fn is_mirror(pod: &Pod) -> bool {
    pod.metadata.annotations.as_ref().is_some_and(|a| a.contains_key("kubernetes.io/config.mirror"))
}

pub fn admit_create(pod: &mut Pod, rng: &mut SimRng) {
    let mirror = is_mirror(pod);
    let spec = pod.spec.get_or_insert_with(Default::default);
    if mirror {
        // ServiceAccount admission skips mirror pods; DefaultTolerationSeconds still applies.
        add_default_tolerations(spec);
        return;
    }
    if spec.service_account_name.as_deref().unwrap_or("").is_empty() {
        spec.service_account_name = Some("default".into());
    }
    spec.service_account = spec.service_account_name.clone();
    let automount = spec.automount_service_account_token.unwrap_or(true);
    let has_mount = spec.containers.iter().any(|c| {
        c.volume_mounts.iter().flatten().any(|m| m.mount_path == "/var/run/secrets/kubernetes.io/serviceaccount")
    });
    if automount && !has_mount {
        let vol_name = format!("kube-api-access-{}", rng.string_from(crate::api::names::ALPHANUMS, 5));
        spec.volumes.get_or_insert_with(Vec::new).push(token_volume(&vol_name));
        for c in spec.containers.iter_mut().chain(spec.init_containers.iter_mut().flatten()) {
            c.volume_mounts.get_or_insert_with(Vec::new).push(VolumeMount {
                name: vol_name.clone(),
                mount_path: "/var/run/secrets/kubernetes.io/serviceaccount".into(),
                read_only: Some(true),
                ..Default::default()
            });
        }
    }
    add_default_tolerations(spec);
}

/// DefaultTolerationSeconds: tolerate not-ready and unreachable for 300s unless already tolerated.
fn add_default_tolerations(spec: &mut PodSpec) {
    let tolerations = spec.tolerations.get_or_insert_with(Vec::new);
    for key in ["node.kubernetes.io/not-ready", "node.kubernetes.io/unreachable"] {
        let covered = tolerations.iter().any(|t| {
            (t.key.as_deref() == Some(key) || t.key.is_none() && t.operator.as_deref() == Some("Exists"))
                && matches!(t.effect.as_deref(), None | Some("") | Some("NoExecute"))
        });
        if !covered {
            tolerations.push(Toleration {
                key: Some(key.into()),
                operator: Some("Exists".into()),
                effect: Some("NoExecute".into()),
                toleration_seconds: Some(300),
                value: None,
            });
        }
    }
}

fn token_volume(name: &str) -> Volume {
    Volume {
        name: name.into(),
        projected: Some(ProjectedVolumeSource {
            default_mode: Some(420),
            sources: Some(vec![
                VolumeProjection {
                    service_account_token: Some(Box::new(ServiceAccountTokenProjection {
                        expiration_seconds: Some(3607),
                        path: "token".into(),
                        audience: None,
                    })),
                    ..Default::default()
                },
                VolumeProjection {
                    config_map: Some(Box::new(ConfigMapProjection {
                        name: "kube-root-ca.crt".into(),
                        items: Some(vec![KeyToPath { key: "ca.crt".into(), path: "ca.crt".into(), mode: None }]),
                        optional: None,
                    })),
                    ..Default::default()
                },
                VolumeProjection {
                    downward_api: Some(DownwardAPIProjection {
                        items: Some(vec![DownwardAPIVolumeFile {
                            path: "namespace".into(),
                            field_ref: Some(ObjectFieldSelector {
                                api_version: Some("v1".into()),
                                field_path: "metadata.namespace".into(),
                            }),
                            ..Default::default()
                        }]),
                    }),
                    ..Default::default()
                },
            ]),
        }),
        ..Default::default()
    }
}

/// `ValidatePodSpec` (the checks a learner meets), with field paths under `path`.
pub fn validate_pod_spec(spec: &PodSpec, path: &str) -> Vec<FieldError> {
    let mut errs = Vec::new();
    if spec.containers.is_empty() {
        errs.push(FieldError::required(format!("{}.containers", path), ""));
    }
    let mut names = BTreeSet::new();
    for (i, c) in spec.containers.iter().enumerate() {
        let cp = format!("{}.containers[{}]", path, i);
        if c.name.is_empty() {
            errs.push(FieldError::required(format!("{}.name", cp), ""));
        } else {
            errs.extend(name_errors(&format!("{}.name", cp), &c.name, dns1123_label(&c.name)));
            if !names.insert(c.name.clone()) {
                errs.push(FieldError::duplicate(format!("{}.name", cp), &crate::json!(c.name)));
            }
        }
        if c.image.as_deref().unwrap_or("").trim().is_empty() {
            errs.push(FieldError::required(format!("{}.image", cp), ""));
        }
        if let Some(p) = c.image_pull_policy.as_deref() {
            if !["Always", "IfNotPresent", "Never"].contains(&p) {
                errs.push(FieldError::not_supported(format!("{}.imagePullPolicy", cp), p, &["Always", "IfNotPresent", "Never"]));
            }
        }
        if let Some(r) = &c.resources {
            errs.extend(super::resources::validate_requirements(r, &format!("{}.resources", cp)));
        }
        for (j, port) in c.ports.iter().flatten().enumerate() {
            if !(1..=65535).contains(&port.container_port) {
                errs.push(FieldError::invalid(
                    format!("{}.ports[{}].containerPort", cp, j),
                    &serde_json::Value::from(port.container_port),
                    "must be between 1 and 65535, inclusive",
                ));
            }
        }
    }
    if let Some(rp) = spec.restart_policy.as_deref() {
        if !["Always", "OnFailure", "Never"].contains(&rp) {
            errs.push(FieldError::not_supported(format!("{}.restartPolicy", path), rp, &["Always", "OnFailure", "Never"]));
        }
    }
    if let Some(dp) = spec.dns_policy.as_deref() {
        let ok = ["ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"];
        if !ok.contains(&dp) {
            errs.push(FieldError::not_supported(format!("{}.dnsPolicy", path), dp, &ok));
        }
    }
    errs
}

pub fn validate(pod: &Pod) -> Vec<FieldError> {
    match &pod.spec {
        Some(spec) => validate_pod_spec(spec, "spec"),
        None => vec![FieldError::required("spec.containers", "")],
    }
}

/// `ValidatePodUpdate`: only images, activeDeadlineSeconds, tolerations and the grace period may change.
pub fn validate_update(n: &Pod, o: &Pod) -> Vec<FieldError> {
    let mut errs = Vec::new();
    let (Some(ns), Some(os)) = (&n.spec, &o.spec) else { return errs };
    let mut masked = ns.clone();
    for (c, oc) in masked.containers.iter_mut().zip(os.containers.iter()) {
        c.image = oc.image.clone();
    }
    masked.active_deadline_seconds = os.active_deadline_seconds;
    masked.tolerations = os.tolerations.clone();
    masked.termination_grace_period_seconds = os.termination_grace_period_seconds;
    masked.node_name = os.node_name.clone();
    if ns.node_name != os.node_name && os.node_name.is_some() {
        errs.push(FieldError::forbidden("spec.nodeName", "field is immutable"));
    }
    // Compared as JSON, not with a deep PartialEq of every PodSpec type in the binary.
    if k8s_openapi::json::to_string(&masked) != k8s_openapi::json::to_string(os) {
        errs.push(FieldError::forbidden(
            "spec",
            "pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)",
        ));
    }
    errs
}
