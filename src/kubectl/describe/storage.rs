//! Storage describers: PersistentVolume (with its source and node affinity),
//! PersistentVolumeClaim (with the pods that use it) and StorageClass.

use super::events::{for_object, section};
use super::format::{format_labels, go_list, time_or_zero};
use super::{annotations_multiline, labels_multiline, labels_multiline_indent, ns_path, print_bool_ptr, tabbed, Client, Result, Writer};
use crate::api::core::{
    HostPathVolumeSource, NFSVolumeSource, NodeSelectorRequirement, PersistentVolume, PersistentVolumeClaim, PersistentVolumeClaimTemplate, Pod, VolumeNodeAffinity,
};
use crate::api::storage::StorageClass;
use crate::kubectl::builder::Target;
use std::collections::BTreeMap;

const BETA_STORAGE_CLASS: &str = "volume.beta.kubernetes.io/storage-class";

/// `printHostPathVolumeSource` (an unset type reads as the apiserver's default, "").
pub fn host_path(w: &mut Writer, h: &HostPathVolumeSource) {
    w.fmt(2, format_args!("Type:\tHostPath (bare host directory volume)\n    Path:\t{}\n    HostPathType:\t{}\n", h.path, h.type_.clone().unwrap_or_default()));
}

pub fn nfs(w: &mut Writer, n: &NFSVolumeSource) {
    w.fmt(2, format_args!("Type:\tNFS (an NFS mount that lasts the lifetime of a pod)\n    Server:\t{}\n    Path:\t{}\n    ReadOnly:\t{}\n", n.server, n.path, n.read_only.unwrap_or(false)));
}

/// `printCSIPersistentVolumeAttributesMultiline`.
pub fn csi_attributes(w: &mut Writer, attrs: Option<&BTreeMap<String, String>>) {
    w.write(2, "VolumeAttributes:\t");
    let Some(attrs) = attrs.filter(|a| !a.is_empty()) else {
        w.line("<none>");
        return;
    };
    for (i, (k, v)) in attrs.iter().enumerate() {
        if i != 0 {
            w.write(2, "");
            w.write(2, "\t");
        }
        let line = format!("{}={}", k, v);
        if line.len() > super::MAX_ANNOTATION_LEN {
            let mut end = super::MAX_ANNOTATION_LEN;
            while !line.is_char_boundary(end) {
                end -= 1;
            }
            w.fmt(2, format_args!("{}...\n", &line[..end]));
        } else {
            w.fmt(2, format_args!("{}\n", line));
        }
    }
}

/// `storageutil.GetAccessModesAsString`.
pub fn access_modes(modes: &[String]) -> String {
    let has = |m: &str| modes.iter().any(|x| x == m);
    let mut out = Vec::new();
    for (mode, short) in [("ReadWriteOnce", "RWO"), ("ReadOnlyMany", "ROX"), ("ReadWriteMany", "RWX"), ("ReadWriteOncePod", "RWOP")] {
        if has(mode) {
            out.push(short);
        }
    }
    out.join(",")
}

fn volume_class(annotations: Option<&BTreeMap<String, String>>, spec_class: Option<&str>) -> String {
    match annotations.and_then(|a| a.get(BETA_STORAGE_CLASS)) {
        Some(c) => c.clone(),
        None => spec_class.unwrap_or("").to_string(),
    }
}

fn node_selector_terms(w: &mut Writer, level: usize, title: &str, reqs: &[NodeSelectorRequirement]) {
    w.fmt(level, format_args!("{}:\t", title));
    if reqs.is_empty() {
        w.line("<none>");
        return;
    }
    for (i, r) in reqs.iter().enumerate() {
        if i != 0 {
            w.write(level, "\t");
        }
        let mut expr = format!("{} {}", r.key, r.operator.to_ascii_lowercase());
        if let Some(values) = r.values.as_ref().filter(|v| !v.is_empty()) {
            expr = format!("{} [{}]", expr, values.join(", "));
        }
        w.fmt(0, format_args!("{}\n", expr));
    }
}

fn node_affinity(w: &mut Writer, affinity: Option<&VolumeNodeAffinity>) {
    w.write(0, "Node Affinity:\t");
    let Some(required) = affinity.and_then(|a| a.required.as_ref()) else {
        w.line("<none>");
        return;
    };
    w.line("");
    w.write(1, "Required Terms:\t");
    if required.node_selector_terms.is_empty() {
        w.line("<none>");
        return;
    }
    w.line("");
    for (i, term) in required.node_selector_terms.iter().enumerate() {
        node_selector_terms(w, 2, &format!("Term {}", i), term.match_expressions.as_deref().unwrap_or(&[]));
    }
}

fn pv_source(w: &mut Writer, pv: &PersistentVolume) {
    let spec = pv.spec.clone().unwrap_or_default();
    if let Some(h) = &spec.host_path {
        host_path(w, h);
    } else if let Some(n) = &spec.nfs {
        nfs(w, n);
    } else if let Some(l) = &spec.local {
        w.fmt(2, format_args!("Type:\tLocalVolume (a persistent volume backed by local storage on a node)\n    Path:\t{}\n", l.path));
    } else if let Some(c) = &spec.csi {
        w.write(
            2,
            &format!(
                "Type:\tCSI (a Container Storage Interface (CSI) volume source)\n    Driver:\t{}\n    FSType:\t{}\n    VolumeHandle:\t{}\n    ReadOnly:\t{}\n",
                c.driver,
                c.fs_type.clone().unwrap_or_default(),
                c.volume_handle,
                c.read_only.unwrap_or(false)
            ),
        );
        csi_attributes(w, c.volume_attributes.as_ref());
    } else {
        w.write(1, "<unknown>\n");
    }
}

/// `describePersistentVolume`.
pub fn persistent_volume(c: &mut Client, t: &Target) -> Result<String> {
    let pv: PersistentVolume = c.get_as(&t.path())?;
    let events = for_object(c, "PersistentVolume", &pv.metadata);
    let now = c.now_ms;
    let spec = pv.spec.clone().unwrap_or_default();
    Ok(tabbed(|w| {
        let m = &pv.metadata;
        w.fmt(0, format_args!("Name:\t{}\n", m.name.as_deref().unwrap_or("")));
        labels_multiline(w, "Labels", m.labels.as_ref());
        annotations_multiline(w, "Annotations", m.annotations.as_ref());
        w.fmt(0, format_args!("Finalizers:\t{}\n", go_list(m.finalizers.as_deref().unwrap_or(&[]))));
        w.fmt(0, format_args!("StorageClass:\t{}\n", volume_class(m.annotations.as_ref(), spec.storage_class_name.as_deref())));
        match &m.deletion_timestamp {
            Some(ts) => w.fmt(0, format_args!("Status:\tTerminating (lasts {})\n", super::human_since(now, Some(&ts.0)))),
            None => w.fmt(0, format_args!("Status:\t{}\n", pv.status.as_ref().and_then(|s| s.phase.clone()).unwrap_or_default())),
        }
        let claim = spec.claim_ref.as_ref().map(|r| format!("{}/{}", r.namespace.as_deref().unwrap_or(""), r.name.as_deref().unwrap_or(""))).unwrap_or_default();
        w.fmt(0, format_args!("Claim:\t{}\n", claim));
        w.fmt(0, format_args!("Reclaim Policy:\t{}\n", spec.persistent_volume_reclaim_policy.clone().unwrap_or_default()));
        w.fmt(0, format_args!("Access Modes:\t{}\n", access_modes(spec.access_modes.as_deref().unwrap_or(&[]))));
        if let Some(mode) = &spec.volume_mode {
            w.fmt(0, format_args!("VolumeMode:\t{}\n", mode));
        }
        let capacity = spec.capacity.as_ref().and_then(|c| c.get("storage")).map(|q| q.0.clone()).unwrap_or_else(|| "0".into());
        w.fmt(0, format_args!("Capacity:\t{}\n", capacity));
        node_affinity(w, spec.node_affinity.as_ref());
        w.fmt(0, format_args!("Message:\t{}\n", pv.status.as_ref().and_then(|s| s.message.clone()).unwrap_or_default()));
        w.write(0, "Source:\n");
        pv_source(w, &pv);
        section(w, &events, now);
    }))
}

/// `printPersistentVolumeClaim`: a full claim, or a claim template (no name, status, finalizers).
fn print_claim(w: &mut Writer, pvc: &PersistentVolumeClaim, full: bool, now: i64) {
    let m = &pvc.metadata;
    let spec = pvc.spec.clone().unwrap_or_default();
    let status = pvc.status.clone().unwrap_or_default();
    if full {
        w.fmt(0, format_args!("Name:\t{}\n", m.name.as_deref().unwrap_or("")));
        w.fmt(0, format_args!("Namespace:\t{}\n", m.namespace.as_deref().unwrap_or("")));
    }
    w.fmt(0, format_args!("StorageClass:\t{}\n", volume_class(m.annotations.as_ref(), spec.storage_class_name.as_deref())));
    if full {
        match &m.deletion_timestamp {
            Some(ts) => w.fmt(0, format_args!("Status:\tTerminating (lasts {})\n", super::human_since(now, Some(&ts.0)))),
            None => w.fmt(0, format_args!("Status:\t{}\n", status.phase.clone().unwrap_or_default())),
        }
    }
    let volume = spec.volume_name.clone().unwrap_or_default();
    w.fmt(0, format_args!("Volume:\t{}\n", volume));
    labels_multiline(w, "Labels", m.labels.as_ref());
    annotations_multiline(w, "Annotations", m.annotations.as_ref());
    if full {
        w.fmt(0, format_args!("Finalizers:\t{}\n", go_list(m.finalizers.as_deref().unwrap_or(&[]))));
    }
    let (capacity, modes) = if volume.is_empty() {
        (String::new(), String::new())
    } else {
        let cap = status.capacity.as_ref().and_then(|c| c.get("storage")).map(|q| q.0.clone()).unwrap_or_else(|| "0".into());
        (cap, access_modes(status.access_modes.as_deref().unwrap_or(&[])))
    };
    w.fmt(0, format_args!("Capacity:\t{}\n", capacity));
    w.fmt(0, format_args!("Access Modes:\t{}\n", modes));
    if let Some(mode) = &spec.volume_mode {
        w.fmt(0, format_args!("VolumeMode:\t{}\n", mode));
    }
    if let Some(ds) = &spec.data_source {
        w.write(0, "DataSource:\n");
        if let Some(g) = &ds.api_group {
            w.fmt(1, format_args!("APIGroup:\t{}\n", g));
        }
        w.fmt(1, format_args!("Kind:\t{}\n", ds.kind));
        w.fmt(1, format_args!("Name:\t{}\n", ds.name));
    }
}

/// An ephemeral volume's claim template, through a writer nested two levels deeper.
pub fn claim_template(w: &mut Writer, t: &PersistentVolumeClaimTemplate) {
    let pvc = PersistentVolumeClaim { metadata: t.metadata.clone().unwrap_or_default(), spec: Some(t.spec.clone()), status: None };
    w.nested(2, |w| print_claim(w, &pvc, false, 0));
}

/// `getPodsForPVC`: pods with a volume from the claim, then pods that own it.
fn pods_for_claim(c: &mut Client, pvc: &PersistentVolumeClaim) -> Result<Vec<Pod>> {
    let ns = pvc.metadata.namespace.clone().unwrap_or_default();
    let name = pvc.metadata.name.clone().unwrap_or_default();
    let all: Vec<Pod> = c.list_as(&ns_path("/api/v1", &ns, "pods"), "", "")?;
    let mut pods: Vec<Pod> = Vec::new();
    for p in &all {
        for v in p.spec.as_ref().and_then(|s| s.volumes.as_ref()).into_iter().flatten() {
            if v.persistent_volume_claim.as_ref().is_some_and(|c| c.claim_name == name) {
                pods.push(p.clone());
            }
        }
    }
    for owner in pvc.metadata.owner_references.iter().flatten().filter(|o| o.kind == "Pod") {
        let Some(p) = all.iter().find(|p| p.metadata.uid.as_deref() == Some(owner.uid.as_str())) else { continue };
        if !pods.iter().any(|x| x.metadata.uid == p.metadata.uid) {
            pods.push(p.clone());
        }
    }
    Ok(pods)
}

/// `describePersistentVolumeClaim`.
pub fn persistent_volume_claim(c: &mut Client, t: &Target) -> Result<String> {
    let pvc: PersistentVolumeClaim = c.get_as(&t.path())?;
    let mut pods = pods_for_claim(c, &pvc)?;
    let events = for_object(c, "PersistentVolumeClaim", &pvc.metadata);
    let now = c.now_ms;
    super::gosort::sort(&mut pods, |a, b| a.metadata.name < b.metadata.name);
    Ok(tabbed(|w| {
        print_claim(w, &pvc, true, now);
        w.write(0, "Used By:\t");
        if pods.is_empty() {
            w.line("<none>");
        }
        for (i, p) in pods.iter().enumerate() {
            if i != 0 {
                w.write(0, "\t");
            }
            w.fmt(0, format_args!("{}\n", p.metadata.name.as_deref().unwrap_or("")));
        }
        let conditions = pvc.status.as_ref().and_then(|s| s.conditions.clone()).unwrap_or_default();
        if !conditions.is_empty() {
            w.write(0, "Conditions:\n");
            w.write(1, "Type\tStatus\tLastProbeTime\tLastTransitionTime\tReason\tMessage\n");
            w.write(1, "----\t------\t-----------------\t------------------\t------\t-------\n");
            for cond in &conditions {
                w.write(
                    1,
                    &format!(
                        "{} \t{} \t{} \t{} \t{} \t{}\n",
                        cond.type_,
                        cond.status,
                        time_or_zero(cond.last_probe_time.as_ref()),
                        time_or_zero(cond.last_transition_time.as_ref()),
                        cond.reason.as_deref().unwrap_or(""),
                        cond.message.as_deref().unwrap_or("")
                    ),
                );
            }
        }
        section(w, &events, now);
    }))
}

/// `describeStorageClass`.
pub fn storage_class(c: &mut Client, t: &Target) -> Result<String> {
    let sc: StorageClass = c.get_as(&t.path())?;
    let events = for_object(c, "StorageClass", &sc.metadata);
    let now = c.now_ms;
    Ok(tabbed(|w| {
        let ann = sc.metadata.annotations.as_ref();
        let is_default = ["storageclass.kubernetes.io/is-default-class", "storageclass.beta.kubernetes.io/is-default-class"]
            .iter()
            .any(|k| ann.and_then(|a| a.get(*k)).is_some_and(|v| v == "true"));
        w.fmt(0, format_args!("Name:\t{}\n", sc.metadata.name.as_deref().unwrap_or("")));
        w.fmt(0, format_args!("IsDefaultClass:\t{}\n", if is_default { "Yes" } else { "No" }));
        w.fmt(0, format_args!("Annotations:\t{}\n", format_labels(ann)));
        w.fmt(0, format_args!("Provisioner:\t{}\n", sc.provisioner));
        w.fmt(0, format_args!("Parameters:\t{}\n", format_labels(sc.parameters.as_ref())));
        w.fmt(0, format_args!("AllowVolumeExpansion:\t{}\n", print_bool_ptr(sc.allow_volume_expansion)));
        match sc.mount_options.as_ref().filter(|o| !o.is_empty()) {
            None => w.write(0, "MountOptions:\t<none>\n"),
            Some(opts) => {
                w.write(0, "MountOptions:\n");
                for o in opts {
                    w.fmt(1, format_args!("{}\n", o));
                }
            }
        }
        if let Some(p) = &sc.reclaim_policy {
            w.fmt(0, format_args!("ReclaimPolicy:\t{}\n", p));
        }
        if let Some(m) = &sc.volume_binding_mode {
            w.fmt(0, format_args!("VolumeBindingMode:\t{}\n", m));
        }
        if let Some(topologies) = &sc.allowed_topologies {
            w.write(0, "AllowedTopologies:\t");
            if topologies.is_empty() {
                w.line("<none>");
            } else {
                w.line("");
                for (i, term) in topologies.iter().enumerate() {
                    let reqs = term.match_label_expressions.clone().unwrap_or_default();
                    w.fmt(1, format_args!("Term {}:\t", i));
                    if reqs.is_empty() {
                        w.line("<none>");
                    }
                    for (j, r) in reqs.iter().enumerate() {
                        if j != 0 {
                            w.write(1, "\t");
                        }
                        let mut expr = format!("{} in", r.key);
                        if !r.values.is_empty() {
                            expr = format!("{} [{}]", expr, r.values.join(", "));
                        }
                        w.fmt(0, format_args!("{}\n", expr));
                    }
                }
            }
        }
        section(w, &events, now);
    }))
}

/// `describeVolumeClaimTemplates` (StatefulSets).
pub fn volume_claim_templates(w: &mut Writer, templates: &[PersistentVolumeClaim]) {
    if templates.is_empty() {
        w.write(0, "Volume Claims:\t<none>\n");
        return;
    }
    w.write(0, "Volume Claims:\n");
    for pvc in templates {
        let spec = pvc.spec.clone().unwrap_or_default();
        w.fmt(1, format_args!("Name:\t{}\n", pvc.metadata.name.as_deref().unwrap_or("")));
        w.fmt(1, format_args!("StorageClass:\t{}\n", volume_class(pvc.metadata.annotations.as_ref(), spec.storage_class_name.as_deref())));
        labels_multiline_indent(w, "  ", "Labels", "\t", pvc.metadata.labels.as_ref());
        labels_multiline_indent(w, "  ", "Annotations", "\t", pvc.metadata.annotations.as_ref());
        let capacity = spec.resources.as_ref().and_then(|r| r.requests.as_ref()).and_then(|r| r.get("storage")).map(|q| q.0.clone()).unwrap_or_else(|| "<default>".into());
        w.fmt(1, format_args!("Capacity:\t{}\n", capacity));
        w.fmt(1, format_args!("Access Modes:\t{}\n", go_list(spec.access_modes.as_deref().unwrap_or(&[]))));
    }
}
