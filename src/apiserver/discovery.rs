//! Aggregated discovery (`apidiscovery.k8s.io/v2`): `/api` and `/apis` answer with every group
//! version's resources at once when the client asks for an `APIGroupDiscoveryList`, as kubectl
//! since v1.30 does, instead of a request per group version. Built from the same resource lists
//! the per-group-version endpoints serve; a subresource (`deployments/scale`) goes under its
//! resource, with its kind's group and version when they differ.

use super::http::{Method, Request, Response};
use super::ApiServer;
use serde_json::Value;
use crate::json;

/// What a client asks for to get the aggregated form.
pub const MEDIA: &str = "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList";

/// Whether the request asks for aggregated discovery.
pub fn wanted(req: &Request) -> bool {
    req.method == Method::Get
        && matches!(req.path.trim_end_matches('/'), "/api" | "/apis")
        && req.header("Accept").is_some_and(|a| a.split(',').any(|t| t.contains("g=apidiscovery.k8s.io") && t.contains("v=v2;") && t.contains("as=APIGroupDiscoveryList")))
}

/// One legacy `APIResourceList` as the aggregated form's resources.
fn resources(list: &Value) -> Vec<Value> {
    let entries = list["resources"].as_array().cloned().unwrap_or_default();
    let kind_of = |r: &Value| json!({"group": r["group"].as_str().unwrap_or(""), "version": r["version"].as_str().unwrap_or(""), "kind": r["kind"]});
    let mut out: Vec<Value> = Vec::new();
    for r in entries.iter().filter(|r| !r["name"].as_str().unwrap_or("").contains('/')) {
        let mut d = json!({
            "resource": r["name"], "responseKind": kind_of(r),
            "scope": if r["namespaced"].as_bool().unwrap_or(false) { "Namespaced" } else { "Cluster" },
            "singularResource": r["singularName"], "verbs": r["verbs"],
        });
        for key in ["shortNames", "categories"] {
            if r[key].is_array() {
                d[key] = r[key].clone();
            }
        }
        let prefix = format!("{}/", r["name"].as_str().unwrap_or(""));
        let subs: Vec<Value> = entries
            .iter()
            .filter_map(|s| s["name"].as_str().and_then(|n| n.strip_prefix(&prefix)).map(|sub| json!({"subresource": sub, "responseKind": kind_of(s), "verbs": s["verbs"]})))
            .collect();
        if !subs.is_empty() {
            d["subresources"] = Value::Array(subs);
        }
        out.push(d);
    }
    out
}

impl ApiServer {
    /// `/api` or `/apis` in the aggregated form; each group version's list is the one its own
    /// endpoint answers (so the metrics API shows once registered, and RBAC applies).
    pub(super) fn aggregated_discovery(&mut self, req: &Request) -> Response {
        let core = req.path.trim_end_matches('/') == "/api";
        let fetch = |api: &mut ApiServer, path: String| {
            let mut r = req.clone();
            r.path = path;
            r.headers.retain(|(k, _)| !k.eq_ignore_ascii_case("Accept"));
            let resp = api.handle(&r);
            resp.is_success().then(|| serde_json::from_str::<Value>(&resp.body).ok()).flatten()
        };
        let mut items = Vec::new();
        if core {
            if let Some(list) = fetch(self, "/api/v1".into()) {
                items.push(json!({"metadata": {"creationTimestamp": null},
                    "versions": [{"version": "v1", "resources": resources(&list), "freshness": "Current"}]}));
            }
        } else {
            let Some(groups) = fetch(self, "/apis".into()) else {
                // Refused (RBAC): the legacy answer says why.
                let mut r = req.clone();
                r.headers.retain(|(k, _)| !k.eq_ignore_ascii_case("Accept"));
                return self.handle(&r);
            };
            for g in groups["groups"].as_array().into_iter().flatten() {
                let name = g["name"].as_str().unwrap_or("");
                let versions: Vec<Value> = g["versions"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|v| {
                        let version = v["version"].as_str()?;
                        let list = fetch(self, format!("/apis/{}/{}", name, version))?;
                        Some(json!({"version": version, "resources": resources(&list), "freshness": "Current"}))
                    })
                    .collect();
                items.push(json!({"metadata": {"name": name, "creationTimestamp": null}, "versions": versions}));
            }
        }
        let body = json!({"kind": "APIGroupDiscoveryList", "apiVersion": "apidiscovery.k8s.io/v2", "metadata": {}, "items": items});
        Response { code: 200, content_type: MEDIA.into(), body: body.to_string(), warnings: Vec::new() }
    }
}
