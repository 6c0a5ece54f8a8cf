//! ConfigMaps and Secrets as the kubelet's managers read them (a GET when a pod needs them), the
//! volume mounts that must succeed before the sandbox is created (`FailedMount` otherwise), the
//! files configMap, secret, projected and downwardAPI volumes show inside the container, and the
//! environment variables taken from them (`CreateContainerConfigError` when one is missing).

use crate::api::order::Collect;
use crate::api::core::{Container, EnvVarSource, KeyToPath, Pod, Volume};
use crate::api::Kind;
use crate::client::Ctx;
use std::collections::BTreeMap;

/// A ConfigMap's or Secret's data, by key (a Secret's bytes as text).
pub type Data = BTreeMap<String, String>;

/// Looks up `configmap/NAME` or `secret/NAME` in the pod's namespace, or `services`: the
/// variables the Services the kubelet knows give the pod's containers.
pub type Refs<'a> = dyn FnMut(&str) -> Option<Data> + 'a;

/// Reads `configmap/NAME` or `secret/NAME` from the API.
pub fn fetch(ctx: &Ctx, ns: &str, key: &str) -> Option<Data> {
    let (kind, name) = key.split_once('/')?;
    match kind {
        "configmap" => {
            let o = ctx.get(Kind::ConfigMap, ns, name).ok()?;
            let cm = o.as_typed::<crate::api::core::ConfigMap>()?;
            let mut d: Data = cm.data.clone().unwrap_or_default();
            for (k, v) in cm.binary_data.iter().flatten() {
                d.insert(k.clone(), String::from_utf8_lossy(&v.0).into_owned());
            }
            Some(d)
        }
        "secret" => {
            let o = ctx.get(Kind::Secret, ns, name).ok()?;
            let s = o.as_typed::<crate::api::core::Secret>()?;
            let mut d = Data::new();
            for (k, v) in s.data.iter().flatten() {
                d.insert(k.clone(), String::from_utf8_lossy(&v.0).into_owned());
            }
            for (k, v) in s.string_data.iter().flatten() {
                d.insert(k.clone(), v.clone());
            }
            Some(d)
        }
        _ => None,
    }
}

/// One configMap or secret source of a volume: (kind, name, items, optional).
fn sources(v: &Volume) -> Vec<(&'static str, String, &[KeyToPath], bool)> {
    let mut out = Vec::new();
    if let Some(c) = &v.config_map {
        out.push(("configmap", c.name.clone(), c.items.as_deref().unwrap_or(&[]), c.optional.unwrap_or(false)));
    }
    if let Some(s) = &v.secret {
        out.push(("secret", s.secret_name.clone().unwrap_or_default(), s.items.as_deref().unwrap_or(&[]), s.optional.unwrap_or(false)));
    }
    if let Some(p) = &v.projected {
        for src in p.sources.iter().flatten() {
            if let Some(c) = &src.config_map {
                out.push(("configmap", c.name.clone(), c.items.as_deref().unwrap_or(&[]), c.optional.unwrap_or(false)));
            }
            if let Some(s) = &src.secret {
                out.push(("secret", s.name.clone(), s.items.as_deref().unwrap_or(&[]), s.optional.unwrap_or(false)));
            }
        }
    }
    out
}

/// `MountVolume.SetUp` for every volume: the failures, worded as the kubelet's events.
pub fn mount_errors(pod: &Pod, refs: &mut Refs) -> Vec<String> {
    let mut errs = Vec::new();
    for v in pod.spec.iter().flat_map(|s| s.volumes.iter().flatten()) {
        for (kind, name, items, optional) in sources(v) {
            let what = if kind == "configmap" { "config" } else { "secret" };
            match refs(&format!("{}/{}", kind, name)) {
                None if optional => {}
                None => errs.push(format!("MountVolume.SetUp failed for volume {:?} : {} {:?} not found", v.name, kind, name)),
                Some(data) => {
                    if let Some(missing) = items.iter().find(|i| !data.contains_key(&i.key)).filter(|_| !optional) {
                        errs.push(format!("MountVolume.SetUp failed for volume {:?} : {} references non-existent {} key: {}", v.name, kind, what, missing.key));
                    }
                }
            }
        }
    }
    errs
}

/// Whether a pod has volumes the kubelet keeps in step with their sources (ConfigMaps, Secrets,
/// the downward API), beyond the service-account volume every pod gets.
pub fn refreshes(pod: &Pod) -> bool {
    pod.spec.iter().flat_map(|s| s.volumes.iter().flatten()).any(|v| {
        !v.name.starts_with("kube-api-access-") && (v.config_map.is_some() || v.secret.is_some() || v.projected.is_some() || v.downward_api.is_some())
    })
}

/// What the container's configMap, secret, projected and downwardAPI mounts (those without a
/// subPath, which never change) hold now: mount path → (path in it → content).
pub fn projected(pod: &Pod, c: &Container, fields: &BTreeMap<String, String>, refs: &mut Refs) -> Vec<(String, BTreeMap<String, String>)> {
    let volumes = pod.spec.as_ref().and_then(|s| s.volumes.as_ref());
    let mut out = Vec::new();
    for m in c.volume_mounts.iter().flatten().filter(|m| m.sub_path.as_deref().is_none_or(str::is_empty)) {
        let Some(v) = volumes.and_then(|vs| vs.iter().find(|v| v.name == m.name)) else { continue };
        if !(v.config_map.is_some() || v.secret.is_some() || v.projected.is_some() || v.downward_api.is_some()) {
            continue;
        }
        let one = Container { volume_mounts: Some(vec![m.clone()]), ..Default::default() };
        let (files, _) = files(pod, &one, fields, refs);
        let root = m.mount_path.trim_end_matches('/').to_string();
        let prefix = format!("{}/", root);
        let tree = files.into_iter().filter_map(|(p, d)| p.strip_prefix(&prefix).map(|r| (r.to_string(), d))).into_map();
        out.push((root, tree));
    }
    out
}

/// The files a container sees through its volume mounts (path, content); directories of the
/// other volume types are created empty.
pub fn files(pod: &Pod, c: &Container, fields: &BTreeMap<String, String>, refs: &mut Refs) -> (Vec<(String, String)>, Vec<String>) {
    let (mut files, mut dirs) = (Vec::new(), Vec::new());
    let volumes = pod.spec.as_ref().and_then(|s| s.volumes.as_ref());
    for m in c.volume_mounts.iter().flatten() {
        let Some(v) = volumes.and_then(|vs| vs.iter().find(|v| v.name == m.name)) else { continue };
        let mut own: Vec<(String, String)> = Vec::new();
        for (kind, name, items, _) in sources(v) {
            let data = refs(&format!("{}/{}", kind, name)).unwrap_or_default();
            if items.is_empty() {
                own.extend(data.into_iter());
            } else {
                own.extend(items.iter().filter_map(|i| data.get(&i.key).map(|d| (i.path.clone(), d.clone()))));
            }
        }
        let downward = v.downward_api.iter().flat_map(|d| d.items.iter().flatten()).chain(
            v.projected.iter().flat_map(|p| p.sources.iter().flatten()).flat_map(|s| s.downward_api.iter().flat_map(|d| d.items.iter().flatten())),
        );
        for item in downward {
            if let Some(f) = item.field_ref.as_ref().and_then(|f| fields.get(&f.field_path)) {
                own.push((item.path.clone(), f.clone()));
            }
        }
        // A projected service-account token, from the TokenRequest API.
        for t in v.projected.iter().flat_map(|p| p.sources.iter().flatten()).filter_map(|s| s.service_account_token.as_deref()) {
            let key = format!("token/{}/{}", t.expiration_seconds.unwrap_or(3600), t.audience.clone().unwrap_or_default());
            if let Some(token) = refs(&key).and_then(|d| d.get("token").cloned()) {
                own.push((t.path.clone(), token));
            }
        }
        let root = m.mount_path.trim_end_matches('/').to_string();
        match m.sub_path.as_deref().filter(|s| !s.is_empty()) {
            Some(sub) => files.extend(own.into_iter().filter(|(p, _)| p == sub).map(|(_, d)| (root.clone(), d))),
            None if own.is_empty() => dirs.push(root),
            None => files.extend(own.into_iter().map(|(p, d)| (format!("{}/{}", root, p), d))),
        }
    }
    (files, dirs)
}

/// An environment variable from a ConfigMap or Secret key (`makeEnvironmentVariables`); None
/// for an optional one that is absent.
pub fn env_value(from: &EnvVarSource, ns: &str, refs: &mut Refs) -> Result<Option<String>, String> {
    let (kind, title, name, key, optional) = if let Some(r) = &from.config_map_key_ref {
        ("configmap", "ConfigMap", r.name.clone(), r.key.clone(), r.optional.unwrap_or(false))
    } else if let Some(r) = &from.secret_key_ref {
        ("secret", "Secret", r.name.clone(), r.key.clone(), r.optional.unwrap_or(false))
    } else {
        return Ok(None);
    };
    match refs(&format!("{}/{}", kind, name)) {
        None if optional => Ok(None),
        None => Err(format!("{} {:?} not found", kind, name)),
        Some(d) => match d.get(&key) {
            Some(v) => Ok(Some(v.clone())),
            None if optional => Ok(None),
            None => Err(format!("couldn't find key {} in {} {}/{}", key, title, ns, name)),
        },
    }
}

/// `envFrom`: every key of a ConfigMap or Secret, with the prefix.
pub fn env_from(c: &Container, refs: &mut Refs) -> Result<Vec<(String, String)>, String> {
    let mut out = Vec::new();
    for e in c.env_from.iter().flatten() {
        let prefix = e.prefix.clone().unwrap_or_default();
        let (kind, name, optional) = match (&e.config_map_ref, &e.secret_ref) {
            (Some(r), _) => ("configmap", r.name.clone(), r.optional.unwrap_or(false)),
            (None, Some(r)) => ("secret", r.name.clone(), r.optional.unwrap_or(false)),
            _ => continue,
        };
        match refs(&format!("{}/{}", kind, name)) {
            Some(d) => out.extend(d.into_iter().map(|(k, v)| (format!("{}{}", prefix, k), v))),
            None if optional => {}
            None => return Err(format!("{} {:?} not found", kind, name)),
        }
    }
    Ok(out)
}

/// The container's mounts of volumes that live on the node's disk, as (mount path, store key):
/// an emptyDir (the pod's, gone with it), a hostPath directory, or a persistent volume's
/// directory (`refs("pvc/NAME")` gives the bound volume's path).
pub fn disk_mounts(pod: &Pod, c: &Container, refs: &mut Refs) -> Vec<(String, String)> {
    let uid = pod.metadata.uid.clone().unwrap_or_default();
    let volumes = pod.spec.as_ref().and_then(|s| s.volumes.as_ref());
    let mut out = Vec::new();
    for m in c.volume_mounts.iter().flatten() {
        let Some(v) = volumes.and_then(|vs| vs.iter().find(|v| v.name == m.name)) else { continue };
        let base = if v.empty_dir.is_some() {
            format!("emptydir:{}/{}", uid, v.name)
        } else if let Some(h) = &v.host_path {
            format!("host:{}", h.path.trim_end_matches('/'))
        } else if let Some(p) = &v.persistent_volume_claim {
            match refs(&format!("pvc/{}", p.claim_name)).and_then(|d| d.get("path").cloned()) {
                Some(path) => format!("host:{}", path.trim_end_matches('/')),
                None => continue,
            }
        } else {
            continue;
        };
        let key = match m.sub_path.as_deref().filter(|s| !s.is_empty()) {
            Some(sub) => format!("{}/{}", base, sub.trim_matches('/')),
            None => base,
        };
        out.push((m.mount_path.trim_end_matches('/').to_string(), key));
    }
    out
}

/// The host path of the volume a claim is bound to (for `refs("pvc/NAME")`).
pub fn claim_path(ctx: &Ctx, ns: &str, claim: &str) -> Option<Data> {
    let pvc = ctx.get(Kind::PersistentVolumeClaim, ns, claim).ok()?;
    let volume = pvc.as_typed::<crate::api::core::PersistentVolumeClaim>()?.spec.as_ref()?.volume_name.clone()?;
    let pv = ctx.get(Kind::PersistentVolume, "", &volume).ok()?;
    let spec = pv.as_typed::<crate::api::core::PersistentVolume>()?.spec.clone()?;
    let path = spec.host_path.map(|h| h.path).or(spec.local.map(|l| l.path))?;
    Some(Data::from([("path".to_string(), path)]))
}
