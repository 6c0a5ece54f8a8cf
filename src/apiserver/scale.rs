//! The `/scale` subresource (autoscaling/v1 `Scale`) of Deployments, ReplicaSets, StatefulSets
//! and ReplicationControllers, as upstream's registries serve it: GET reads `spec.replicas`,
//! `status.replicas` and the selector as a string; PUT and PATCH write `spec.replicas` only.

use super::errors::{ApiError, ApiResult, Details, FieldError};
use super::http::{Method, Request};
use super::patch::{json_patch, merge_patch, strategic_merge_patch};
use super::ApiServer;
use crate::api::{Kind, Object, ObjectRef};
use serde_json::Value;
use crate::json;

/// Whether a kind serves `/scale`.
pub fn scalable(kind: Kind) -> bool {
    matches!(kind, Kind::Deployment | Kind::ReplicaSet | Kind::StatefulSet | Kind::ReplicationController)
}

/// The selector as its string form (`labels.Selector.String()`), through the shared formatters.
fn selector_string(obj: &Object) -> String {
    use crate::api::labels::{format_label_selector, format_labels};
    let text = match obj {
        Object::ReplicationController(rc) => format_labels(rc.spec.as_ref().and_then(|s| s.selector.as_ref())),
        Object::Deployment(d) => format_label_selector(d.spec.as_ref().map(|s| &s.selector)),
        Object::ReplicaSet(r) => format_label_selector(r.spec.as_ref().map(|s| &s.selector)),
        Object::StatefulSet(s) => format_label_selector(s.spec.as_ref().map(|s| &s.selector)),
        _ => String::new(),
    };
    if text == "<none>" { String::new() } else { text }
}

/// The Scale an object shows.
fn scale_of(obj: &ObjectRef) -> Value {
    let v = obj.to_value();
    let meta = &v["metadata"];
    let mut m = json!({"name": meta["name"], "namespace": meta["namespace"], "uid": meta["uid"],
        "resourceVersion": meta["resourceVersion"], "creationTimestamp": meta["creationTimestamp"]});
    if m["namespace"].is_null() {
        m.as_object_mut().map(|o| o.remove("namespace"));
    }
    let spec_replicas = v["spec"]["replicas"].as_i64().unwrap_or(1);
    let status_replicas = v["status"]["replicas"].as_i64().unwrap_or(0);
    let mut status = json!({"replicas": status_replicas});
    let selector = selector_string(obj);
    if !selector.is_empty() {
        status["selector"] = Value::from(selector);
    }
    json!({"kind": "Scale", "apiVersion": "autoscaling/v1", "metadata": m, "spec": {"replicas": spec_replicas}, "status": status})
}

fn invalid(name: &str, cause: FieldError) -> ApiError {
    ApiError {
        code: 422,
        reason: "Invalid",
        message: format!("Scale.autoscaling {:?} is invalid: {}", name, cause),
        details: Some(Box::new(Details { name: name.into(), group: "autoscaling".into(), kind: "Scale".into(), causes: vec![cause], ..Default::default() })),
    }
}

impl ApiServer {
    /// GET, PUT or PATCH `…/NAME/scale`.
    pub(crate) fn serve_scale(&mut self, req: &Request, kind: Kind, ns: &str, name: &str) -> ApiResult<(u16, Value)> {
        let current = self.get(kind, ns, name)?;
        let scale = scale_of(&current);
        let wanted = match req.method {
            Method::Get => return Ok((200, scale)),
            Method::Put => super::decode::body_value(req)?,
            Method::Patch => {
                let ct = super::decode::media_type(req).to_string();
                if !super::decode::PATCH_TYPES.contains(&ct.as_str()) {
                    return Err(ApiError::unsupported_media_type(&super::decode::PATCH_TYPES));
                }
                let patch = super::decode::body_value(req)?;
                let mut s = scale.clone();
                match ct.as_str() {
                    "application/merge-patch+json" => merge_patch(&mut s, &patch),
                    "application/strategic-merge-patch+json" => strategic_merge_patch(&mut s, &patch),
                    "application/json-patch+json" => {
                        json_patch(&mut s, &patch).map_err(|_| ApiError { code: 422, reason: "Invalid", message: "the server rejected our request due to an error in our request".into(), details: None })?
                    }
                    _ => return Err(ApiError::unsupported_media_type(&super::decode::PATCH_TYPES)),
                }
                s
            }
            _ => return Err(ApiError::method_not_supported(kind.info(), &req.method.as_str().to_ascii_lowercase())),
        };
        if let Some(n) = wanted["metadata"]["name"].as_str().filter(|n| *n != name) {
            return Err(ApiError::bad_request(format!("the name of the object ({}) does not match the name on the URL ({})", n, name)));
        }
        let replicas = match &wanted["spec"]["replicas"] {
            Value::Null => 0,
            v => v.as_i64().filter(|r| i32::try_from(*r).is_ok()).ok_or_else(|| invalid(name, FieldError::invalid("spec.replicas", v, "must be an integer")))?,
        };
        if replicas < 0 {
            return Err(invalid(name, FieldError::invalid("spec.replicas", &Value::from(replicas), "must be greater than or equal to 0")));
        }
        let mut obj = current.to_value();
        if let Some(rv) = wanted["metadata"]["resourceVersion"].as_str().filter(|rv| !rv.is_empty()) {
            obj["metadata"]["resourceVersion"] = Value::from(rv);
        }
        obj["spec"]["replicas"] = Value::from(replicas);
        let obj = Object::from_value(kind, obj).map_err(|e| ApiError::bad_request(e.to_string()))?;
        let dry_run = req.query_value("dryRun") == Some("All");
        let updated = if dry_run { std::sync::Arc::new(obj) } else { self.update_scale(&req.user, kind, ns, obj)? };
        Ok((200, scale_of(&updated)))
    }
}
