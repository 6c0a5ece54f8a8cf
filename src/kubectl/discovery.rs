//! Discovery and the REST mapper: kubectl learns the server's resources from `/api` and `/apis`
//! and resolves what the learner typed (`po`, `pods`, `pod`, `rc`, `deployments.apps`, a kind)
//! or a manifest's `apiVersion`/`kind` to a REST path.

use super::Transport;
use crate::apiserver::http::{Method, Request};
use serde_json::Value;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiResource {
    pub group: String,
    pub version: String,
    pub name: String,
    pub singular: String,
    pub kind: String,
    pub namespaced: bool,
    pub short_names: Vec<String>,
    pub categories: Vec<String>,
    pub verbs: Vec<String>,
}

impl ApiResource {
    /// `/api/v1` or `/apis/apps/v1`.
    pub fn prefix(&self) -> String {
        if self.group.is_empty() {
            format!("/api/{}", self.version)
        } else {
            format!("/apis/{}/{}", self.group, self.version)
        }
    }
    pub fn api_version(&self) -> String {
        if self.group.is_empty() {
            self.version.clone()
        } else {
            format!("{}/{}", self.group, self.version)
        }
    }
    /// The collection path, in a namespace when namespaced (and `ns` is given).
    pub fn collection_path(&self, ns: Option<&str>) -> String {
        match ns {
            Some(ns) if self.namespaced => format!("{}/namespaces/{}/{}", self.prefix(), ns, self.name),
            _ => format!("{}/{}", self.prefix(), self.name),
        }
    }
    pub fn item_path(&self, ns: &str, name: &str) -> String {
        format!("{}/{}", self.collection_path(Some(ns)), name)
    }
    /// `pod`, `deployment.apps`: how kubectl names the kind in output (`pod/nginx`).
    pub fn kind_prefix(&self) -> String {
        if self.group.is_empty() {
            self.kind.to_ascii_lowercase()
        } else {
            format!("{}.{}", self.kind.to_ascii_lowercase(), self.group)
        }
    }
    /// `pods`, `deployments.apps`: how errors name the resource.
    pub fn group_resource(&self) -> String {
        if self.group.is_empty() {
            self.name.clone()
        } else {
            format!("{}.{}", self.name, self.group)
        }
    }
}

#[derive(Clone, Debug, Default)]
pub struct Discovery {
    pub resources: Vec<ApiResource>,
}

fn get_json(t: &mut dyn Transport, path: &str) -> Option<Value> {
    let resp = t.round_trip(Request::new(Method::Get, path).with_header("Accept", "application/json"));
    if !resp.is_success() {
        return None;
    }
    serde_json::from_str(&resp.body).ok()
}

fn add_list(out: &mut Vec<ApiResource>, group: &str, version: &str, list: &Value) {
    for r in list["resources"].as_array().into_iter().flatten() {
        let name = r["name"].as_str().unwrap_or("");
        if name.contains('/') {
            continue;
        }
        let strs = |v: &Value| v.as_array().into_iter().flatten().filter_map(|s| s.as_str().map(str::to_string)).collect::<Vec<_>>();
        out.push(ApiResource {
            group: group.into(),
            version: version.into(),
            name: name.into(),
            singular: r["singularName"].as_str().unwrap_or("").into(),
            kind: r["kind"].as_str().unwrap_or("").into(),
            namespaced: r["namespaced"].as_bool().unwrap_or(false),
            short_names: strs(&r["shortNames"]),
            categories: strs(&r["categories"]),
            verbs: strs(&r["verbs"]),
        });
    }
}

impl Discovery {
    /// Fetches the server's resources (`/api/v1`, then every group in `/apis`).
    pub fn load(t: &mut dyn Transport) -> Discovery {
        let mut resources = Vec::new();
        if let Some(v1) = get_json(t, "/api/v1") {
            add_list(&mut resources, "", "v1", &v1);
        }
        if let Some(groups) = get_json(t, "/apis") {
            for g in groups["groups"].as_array().into_iter().flatten() {
                let name = g["name"].as_str().unwrap_or("").to_string();
                // The preferred version first, so plain names resolve to it.
                let preferred = g["preferredVersion"]["version"].as_str().unwrap_or("").to_string();
                let mut versions = vec![preferred.clone()];
                for v in g["versions"].as_array().into_iter().flatten().filter_map(|v| v["version"].as_str()) {
                    if v != preferred {
                        versions.push(v.to_string());
                    }
                }
                for version in versions {
                    if let Some(list) = get_json(t, &format!("/apis/{}/{}", name, version)) {
                        add_list(&mut resources, &name, &version, &list);
                    }
                }
            }
        }
        Discovery { resources }
    }

    /// Resolves a resource argument: plural, singular, short name or kind, optionally `.group`.
    pub fn resolve(&self, arg: &str) -> Option<&ApiResource> {
        let arg_l = arg.to_ascii_lowercase();
        let (name, group) = match arg_l.split_once('.') {
            Some((n, g)) => (n.to_string(), Some(g.to_string())),
            None => (arg_l.clone(), None),
        };
        let group_ok = |r: &ApiResource| group.as_deref().is_none_or(|g| r.group == g || format!("{}.{}", r.version, r.group) == g);
        let by = |f: &dyn Fn(&ApiResource) -> bool| self.resources.iter().find(|r| group_ok(r) && f(r));
        by(&|r| r.name == name)
            .or_else(|| by(&|r| r.singular == name))
            .or_else(|| by(&|r| r.short_names.iter().any(|s| *s == name)))
            .or_else(|| by(&|r| r.kind.to_ascii_lowercase() == name))
    }

    /// Resolves a manifest's `apiVersion` and `kind`.
    pub fn for_kind(&self, api_version: &str, kind: &str) -> Option<&ApiResource> {
        self.resources.iter().find(|r| r.api_version() == api_version && r.kind == kind)
    }

    /// Resources in a category (`all`).
    pub fn category(&self, cat: &str) -> Vec<&ApiResource> {
        self.resources.iter().filter(|r| r.categories.iter().any(|c| c == cat)).collect()
    }
}
