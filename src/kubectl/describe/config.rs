//! Configuration and namespace describers: ConfigMap, Secret, ServiceAccount, Namespace (with its
//! quotas and limit ranges), ResourceQuota and LimitRange.

use super::events::{for_object, search, section, EventRef};
use super::format::time_or_zero;
use super::{annotations_multiline, labels_multiline, ns_path, tabbed, Client, Result, Writer};
use crate::api::core::{ConfigMap, LimitRange, LimitRangeSpec, Namespace, ResourceQuota, Secret, ServiceAccount};
use crate::api::quantity::Qty;
use crate::kubectl::builder::Target;
use std::collections::{BTreeMap, BTreeSet};

fn name_ns(w: &mut Writer, m: &crate::api::metav1::ObjectMeta) {
    w.fmt(0, format_args!("Name:\t{}\n", m.name.as_deref().unwrap_or("")));
    w.fmt(0, format_args!("Namespace:\t{}\n", m.namespace.as_deref().unwrap_or("")));
}

/// The ConfigMap describer. Go ranges over the data map in random order; kubeplay sorts keys.
pub fn config_map(c: &mut Client, t: &Target) -> Result<String> {
    let cm: ConfigMap = c.get_as(&t.path())?;
    let events = if c.settings.show_events {
        let m = &cm.metadata;
        let r = EventRef { kind: "ConfigMap", name: m.name.as_deref().unwrap_or(""), namespace: m.namespace.as_deref().unwrap_or(""), uid: m.uid.as_deref().unwrap_or("") };
        Some(search(c, &r)?)
    } else {
        None
    };
    let now = c.now_ms;
    Ok(tabbed(|w| {
        name_ns(w, &cm.metadata);
        labels_multiline(w, "Labels", cm.metadata.labels.as_ref());
        annotations_multiline(w, "Annotations", cm.metadata.annotations.as_ref());
        w.write(0, "\nData\n====\n");
        for (k, v) in cm.data.iter().flatten() {
            w.fmt(0, format_args!("{}:\n----\n", k));
            w.fmt(0, format_args!("{}\n", v));
            w.write(0, "\n");
        }
        w.write(0, "\nBinaryData\n====\n");
        for (k, v) in cm.binary_data.iter().flatten() {
            w.fmt(0, format_args!("{}: {} bytes\n", k, v.0.len()));
        }
        w.write(0, "\n");
        section(w, &events, now);
    }))
}

/// `describeSecret`: sizes only, except a service account token.
pub fn secret(c: &mut Client, t: &Target) -> Result<String> {
    let s: Secret = c.get_as(&t.path())?;
    Ok(tabbed(|w| {
        name_ns(w, &s.metadata);
        labels_multiline(w, "Labels", s.metadata.labels.as_ref());
        annotations_multiline(w, "Annotations", s.metadata.annotations.as_ref());
        let type_ = s.type_.clone().unwrap_or_default();
        w.fmt(0, format_args!("\nType:\t{}\n", type_));
        w.write(0, "\nData\n====\n");
        for (k, v) in s.data.iter().flatten() {
            if k == "token" && type_ == "kubernetes.io/service-account-token" {
                w.fmt(0, format_args!("{}:\t{}\n", k, String::from_utf8_lossy(&v.0)));
            } else {
                w.fmt(0, format_args!("{}:\t{} bytes\n", k, v.0.len()));
            }
        }
    }))
}

/// `describeServiceAccount`: pull secrets, mountable secrets and token secrets, sorted by header.
pub fn service_account(c: &mut Client, t: &Target) -> Result<String> {
    let sa: ServiceAccount = c.get_as(&t.path())?;
    let sa_name = sa.metadata.name.clone().unwrap_or_default();
    let sa_uid = sa.metadata.uid.clone().unwrap_or_default();
    let pull: Vec<String> = sa.image_pull_secrets.iter().flatten().map(|s| s.name.clone()).collect();
    let mount: Vec<String> = sa.secrets.iter().flatten().map(|s| s.name.clone().unwrap_or_default()).collect();
    let mut tokens = Vec::new();
    let mut missing = BTreeSet::new();
    if let Ok(secrets) = c.list_as::<Secret>(&ns_path("/api/v1", &t.namespace, "secrets"), "", "") {
        let mut existing = BTreeSet::new();
        for s in &secrets {
            if s.type_.as_deref() == Some("kubernetes.io/service-account-token") {
                let ann = s.metadata.annotations.clone().unwrap_or_default();
                if ann.get("kubernetes.io/service-account.name") == Some(&sa_name) && ann.get("kubernetes.io/service-account.uid") == Some(&sa_uid) {
                    tokens.push(s.metadata.name.clone().unwrap_or_default());
                }
            }
            existing.insert(s.metadata.name.clone().unwrap_or_default());
        }
        for n in pull.iter().chain(mount.iter()) {
            if !existing.contains(n) {
                missing.insert(n.clone());
            }
        }
    }
    let events = for_object(c, "ServiceAccount", &sa.metadata);
    let now = c.now_ms;
    Ok(tabbed(|w| {
        name_ns(w, &sa.metadata);
        labels_multiline(w, "Labels", sa.metadata.labels.as_ref());
        annotations_multiline(w, "Annotations", sa.metadata.annotations.as_ref());
        let empty = "                   ";
        for (header, names) in [("Image pull secrets:", &pull), ("Mountable secrets: ", &mount), ("Tokens:            ", &tokens)] {
            if names.is_empty() {
                w.fmt(0, format_args!("{}\t<none>\n", header));
                continue;
            }
            let mut prefix = header;
            for n in names {
                if missing.contains(n) {
                    w.fmt(0, format_args!("{}\t{} (not found)\n", prefix, n));
                } else {
                    w.fmt(0, format_args!("{}\t{}\n", prefix, n));
                }
                prefix = empty;
            }
        }
        section(w, &events, now);
    }))
}

/// A used quantity in the hard quantity's format (`describeQuota`).
fn used_in_format(used: Option<&k8s_openapi::apimachinery::pkg::api::resource::Quantity>, hard: &k8s_openapi::apimachinery::pkg::api::resource::Quantity) -> String {
    let hard_q = Qty::parse(&hard.0).unwrap_or(Qty::ZERO);
    match used.and_then(|u| Qty::parse(&u.0)) {
        None => "0".into(),
        Some(u) if u.format == hard_q.format => u.canonical(),
        Some(u) => Qty { milli: u.value() * 1000, format: hard_q.format }.canonical(),
    }
}

fn quota_scopes(w: &mut Writer, q: &ResourceQuota, level: usize, bullet: &str) {
    let mut scopes = q.spec.as_ref().and_then(|s| s.scopes.clone()).unwrap_or_default();
    if scopes.is_empty() {
        return;
    }
    crate::api::order::sort(&mut scopes);
    w.fmt(level, format_args!("Scopes:\t{}\n", scopes.join(", ")));
    for s in &scopes {
        let help = match s.as_str() {
            "Terminating" => "Matches all pods that have an active deadline. These pods have a limited lifespan on a node before being actively terminated by the system.",
            "NotTerminating" => "Matches all pods that do not have an active deadline. These pods usually include long running pods whose container command is not expected to terminate.",
            "BestEffort" => "Matches all pods that do not have resource requirements set. These pods have a best effort quality of service.",
            "NotBestEffort" => "Matches all pods that have at least one resource requirement set. These pods have a burstable or guaranteed quality of service.",
            _ => "",
        };
        if !help.is_empty() {
            w.fmt(level, format_args!("{}{}\n", bullet, help));
        }
    }
}

/// `describeQuota`.
pub fn resource_quota(c: &mut Client, t: &Target) -> Result<String> {
    let q: ResourceQuota = c.get_as(&t.path())?;
    Ok(tabbed(|w| {
        name_ns(w, &q.metadata);
        quota_scopes(w, &q, 0, " * ");
        w.write(0, "Resource\tUsed\tHard\n");
        w.write(0, "--------\t----\t----\n");
        let status = q.status.clone().unwrap_or_default();
        for (name, hard) in status.hard.iter().flatten() {
            w.fmt(0, format_args!("{}\t{}\t{}\n", name, used_in_format(status.used.as_ref().and_then(|u| u.get(name)), hard), hard.0));
        }
    }))
}

/// `describeLimitRangeSpec`: one row per limit type and resource (Go's map order is random;
/// kubeplay sorts resources).
fn limit_range_spec(w: &mut Writer, spec: &LimitRangeSpec, prefix: &str) {
    for item in &spec.limits {
        let maps = [&item.min, &item.max, &item.default_request, &item.default, &item.max_limit_request_ratio];
        let mut names: BTreeSet<String> = BTreeSet::new();
        for m in maps {
            names.extend(m.iter().flatten().map(|(k, _)| k.clone()));
        }
        let cell = |m: &Option<BTreeMap<String, k8s_openapi::apimachinery::pkg::api::resource::Quantity>>, k: &str| m.as_ref().and_then(|m| m.get(k)).map(|q| q.0.clone()).unwrap_or_else(|| "-".into());
        for k in &names {
            w.write(
                0,
                &format!(
                    "{}{}\t{}\t{}\t{}\t{}\t{}\t{}\n",
                    prefix,
                    item.type_,
                    k,
                    cell(&item.min, k),
                    cell(&item.max, k),
                    cell(&item.default_request, k),
                    cell(&item.default, k),
                    cell(&item.max_limit_request_ratio, k)
                ),
            );
        }
    }
}

/// `describeLimitRange`.
pub fn limit_range(c: &mut Client, t: &Target) -> Result<String> {
    let lr: LimitRange = c.get_as(&t.path())?;
    Ok(tabbed(|w| {
        name_ns(w, &lr.metadata);
        w.write(0, "Type\tResource\tMin\tMax\tDefault Request\tDefault Limit\tMax Limit/Request Ratio\n");
        w.write(0, "----\t--------\t---\t---\t---------------\t-------------\t-----------------------\n");
        limit_range_spec(w, &lr.spec.clone().unwrap_or_default(), "");
    }))
}

/// A list the server may not serve (NotFound means "not shown").
fn optional<T>(r: Result<Vec<T>>) -> Result<Option<Vec<T>>> {
    match r {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.is_not_found() => Ok(None),
        Err(e) => Err(e),
    }
}

/// `describeNamespace`: status, conditions, then its quotas and limit ranges (no events).
pub fn namespace(c: &mut Client, t: &Target) -> Result<String> {
    let ns: Namespace = c.get_as(&t.path())?;
    let name = ns.metadata.name.clone().unwrap_or_default();
    let mut quotas: Option<Vec<ResourceQuota>> = optional(c.list_as(&ns_path("/api/v1", &name, "resourcequotas"), "", ""))?;
    let limits: Option<Vec<LimitRange>> = optional(c.list_as(&ns_path("/api/v1", &name, "limitranges"), "", ""))?;
    Ok(tabbed(|w| {
        w.fmt(0, format_args!("Name:\t{}\n", name));
        labels_multiline(w, "Labels", ns.metadata.labels.as_ref());
        annotations_multiline(w, "Annotations", ns.metadata.annotations.as_ref());
        let status = ns.status.clone().unwrap_or_default();
        w.fmt(0, format_args!("Status:\t{}\n", status.phase.clone().unwrap_or_default()));
        let conditions = status.conditions.clone().unwrap_or_default();
        if !conditions.is_empty() {
            w.write(0, "Conditions:\n");
            w.write(1, "Type\tStatus\tLastTransitionTime\tReason\tMessage\n");
            w.write(1, "----\t------\t------------------\t------\t-------\n");
            for cnd in &conditions {
                w.write(
                    1,
                    &format!(
                        "{}\t{}\t{}\t{}\t{}\n",
                        cnd.type_,
                        cnd.status,
                        time_or_zero(cnd.last_transition_time.as_ref()),
                        cnd.reason.as_deref().unwrap_or(""),
                        cnd.message.as_deref().unwrap_or("")
                    ),
                );
            }
        }
        if let Some(quotas) = quotas.as_mut() {
            w.write(0, "\n");
            if quotas.is_empty() {
                w.write(0, "No resource quota.\n");
            } else {
                super::gosort::sort(quotas, |a, b| a.metadata.name < b.metadata.name);
                w.write(0, "Resource Quotas\n");
                for q in quotas.iter() {
                    w.fmt(1, format_args!("Name:\t{}\n", q.metadata.name.as_deref().unwrap_or("")));
                    quota_scopes(w, q, 1, "* ");
                    w.write(1, "Resource\tUsed\tHard\n");
                    w.write(1, "--------\t---\t---\n");
                    let st = q.status.clone().unwrap_or_default();
                    for (res, hard) in st.hard.iter().flatten() {
                        let used = st.used.as_ref().and_then(|u| u.get(res)).map(|q| q.0.clone()).unwrap_or_else(|| "0".into());
                        w.fmt(1, format_args!("{}\t{}\t{}\n", res, used, hard.0));
                    }
                }
            }
        }
        if let Some(limits) = &limits {
            w.write(0, "\n");
            if limits.is_empty() {
                w.write(0, "No LimitRange resource.\n");
            } else {
                w.write(0, "Resource Limits\n Type\tResource\tMin\tMax\tDefault Request\tDefault Limit\tMax Limit/Request Ratio\n");
                w.write(0, " ----\t--------\t---\t---\t---------------\t-------------\t-----------------------\n");
                for lr in limits {
                    limit_range_spec(w, &lr.spec.clone().unwrap_or_default(), " ");
                }
            }
        }
    }))
}
