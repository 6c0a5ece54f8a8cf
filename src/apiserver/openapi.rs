//! `/openapi/v2` and `/openapi/v3` as kubectl reads them. kubectl builds its validator from the
//! v2 document and, when the server's v3 paths show that PATCH takes `fieldValidation`, leaves
//! validation to the server (kubeplay's strict decoding); so each group-version's v3 document
//! lists every kind's paths, tagged with `x-kubernetes-group-version-kind`, with the query
//! parameters the handler honours. The v2 document is served as the protobuf kubectl asks for
//! and holds no definitions; the v3 documents carry the kinds' schemas (`schemas.rs`), which
//! `kubectl explain` reads.

use crate::api::conversion;
use crate::api::Kind;
use serde_json::Value;
use crate::json;

/// The content type of the v2 document as kube-openapi's handler returns it: kubectl asks for
/// `…spec.v2@v1.0+protobuf`, and the answer names the same type with a dot, which Go's
/// `mime.ParseMediaType` accepts (an `@` makes the client fail its validation).
pub const V2_PROTOBUF: &str = "application/com.github.proto-openapi.spec.v2.v1.0+protobuf";

/// `group/version` as the v3 root names it: `api/v1`, `apis/apps/v1`.
fn gv_path(group: &str, version: &str) -> String {
    if group.is_empty() {
        format!("api/{}", version)
    } else {
        format!("apis/{}/{}", group, version)
    }
}

fn served() -> impl Iterator<Item = (Kind, &'static str)> {
    Kind::ALL.iter().flat_map(|k| conversion::served_versions(*k).iter().map(move |v| (*k, *v)))
}

/// A stable tag for a document's URL (kubectl caches documents by it): FNV-1a of its path.
fn hash(path: &str) -> String {
    let h = path.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ b as u64).wrapping_mul(0x0000_0100_0000_01b3));
    format!("{:016X}", h)
}

/// `/openapi/v3`: each group-version's document and where to fetch it.
pub fn v3_root() -> Value {
    let mut paths = serde_json::Map::new();
    for (k, v) in served() {
        let p = gv_path(k.info().group, v);
        let url = format!("/openapi/v3/{}?hash={}", p, hash(&p));
        paths.insert(p, json!({ "serverRelativeURL": url }));
    }
    json!({ "paths": paths })
}

fn param(name: &str, description: &str) -> Value {
    json!({"name": name, "in": "query", "description": description, "schema": {"type": "string", "uniqueItems": true}})
}

/// `/openapi/v3/apis/GROUP/VERSION` (or `api/v1`): None for a group-version not served.
pub fn v3_group_version(path: &str) -> Option<Value> {
    let kinds: Vec<(Kind, &str)> = served().filter(|(k, v)| gv_path(k.info().group, v) == path).collect();
    if kinds.is_empty() {
        return None;
    }
    let mut paths = serde_json::Map::new();
    let roots: Vec<String> = kinds.iter().map(|(k, v)| super::schemas::definition_for(k.info().group, v, k.info().kind)).collect();
    for (k, v) in kinds {
        let i = k.info();
        let gvk = json!({"group": i.group, "version": v, "kind": i.kind});
        let base = if i.namespaced { format!("/{}/namespaces/{{namespace}}/{}", gv_path(i.group, v), i.plural) } else { format!("/{}/{}", gv_path(i.group, v), i.plural) };
        let write = [param("dryRun", "When present, indicates that modifications should not be persisted."), param("fieldManager", "fieldManager is a name associated with the actor or entity that is making these changes."), param("fieldValidation", "fieldValidation instructs the server on how to handle objects in the request containing unknown or duplicate fields: Ignore, Warn or Strict.")];
        let op = |verb: &str, params: &[Value]| json!({"operationId": format!("{}{}", verb, i.kind), "x-kubernetes-action": verb, "x-kubernetes-group-version-kind": gvk, "parameters": params, "responses": {"200": {"description": "OK"}}});
        let mut patch_params = write.to_vec();
        patch_params.push(param("force", "Force is going to \"force\" Apply requests."));
        paths.insert(base.clone(), json!({"get": op("list", &[]), "post": op("post", &write)}));
        paths.insert(format!("{}/{{name}}", base), json!({"get": op("get", &[]), "put": op("put", &write), "patch": op("patch", &patch_params), "delete": op("delete", &[param("dryRun", "When present, indicates that modifications should not be persisted.")])}));
    }
    Some(json!({"openapi": "3.0.0", "info": {"title": "Kubernetes", "version": super::rest::GIT_VERSION}, "paths": paths, "components": {"schemas": super::schemas::components(&roots)}}))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patch_takes_field_validation_for_every_served_kind() {
        let root = v3_root();
        let apps = root["paths"]["apis/apps/v1"]["serverRelativeURL"].as_str().expect("apps/v1");
        assert!(apps.starts_with("/openapi/v3/apis/apps/v1?hash="), "{}", apps);
        let doc = v3_group_version("apis/apps/v1").expect("served");
        let item = &doc["paths"]["/apis/apps/v1/namespaces/{namespace}/deployments/{name}"]["patch"];
        assert_eq!(item["x-kubernetes-group-version-kind"], json!({"group": "apps", "version": "v1", "kind": "Deployment"}));
        assert!(item["parameters"].as_array().unwrap().iter().any(|p| p["name"] == "fieldValidation" && p["in"] == "query"));
        assert!(v3_group_version("api/v1").unwrap()["paths"]["/api/v1/nodes/{name}"]["patch"].is_object());
        assert!(v3_group_version("apis/nope/v1").is_none());
    }
}
