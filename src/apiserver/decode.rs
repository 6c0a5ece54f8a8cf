//! Request-body decoding: JSON into typed objects, with kube-apiserver's strict field validation
//! (an unknown field is found by comparing the input with the typed round trip).

use super::errors::{ApiError, ApiResult};
use super::http::Request;
use crate::api::{Kind, Object};
use serde_json::Value;

/// The body's media type: `Content-Type` without its parameters.
pub fn media_type(req: &Request) -> &str {
    req.header("Content-Type").unwrap_or("").split(';').next().unwrap_or("").trim()
}

/// The PATCH formats the apiserver applies.
pub const PATCH_TYPES: [&str; 4] = ["application/json-patch+json", "application/merge-patch+json", "application/strategic-merge-patch+json", APPLY_PATCH];

/// Server-side apply's PATCH format: the configuration as YAML (JSON is YAML too).
pub const APPLY_PATCH: &str = "application/apply-patch+yaml";

/// A request body as a JSON value. JSON comes as sent and YAML is converted; a body in a format
/// kubeplay's apiserver does not read is 415 Unsupported Media Type (as for a custom resource,
/// which has no protobuf form). kubectl v1.33's typed clients send protobuf first and, told
/// 415, send the same request again in JSON.
pub fn body_value(req: &Request) -> ApiResult<Value> {
    let body = req.body.as_deref().unwrap_or("");
    let bad = |e: String| ApiError::bad_request(format!("error decoding request body: {}", e));
    match media_type(req) {
        "application/yaml" | APPLY_PATCH => match crate::manifest::parse_documents(body) {
            Ok(docs) if docs.len() == 1 => Ok(docs.into_iter().next().unwrap_or(Value::Null)),
            Ok(_) => Err(bad("a YAML body holds exactly one object".into())),
            Err(e) => Err(bad(e.0)),
        },
        "" | "application/json" => serde_json::from_str(body).map_err(|e| bad(e.to_string())),
        t if PATCH_TYPES.contains(&t) => serde_json::from_str(body).map_err(|e| bad(e.to_string())),
        _ => Err(ApiError::unsupported_media_type(&["application/json", "application/yaml"])),
    }
}

/// How unknown fields are treated (`fieldValidation=Strict|Warn|Ignore`; the server default is Warn,
/// kubectl sends Strict).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldValidation {
    Strict,
    Warn,
    Ignore,
}

impl FieldValidation {
    pub fn parse(s: Option<&str>) -> Result<Self, ApiError> {
        match s.unwrap_or("Warn") {
            "Strict" => Ok(FieldValidation::Strict),
            "Warn" | "" => Ok(FieldValidation::Warn),
            "Ignore" => Ok(FieldValidation::Ignore),
            other => Err(ApiError::bad_request(format!("fieldValidation parameter unsupported: {}", other))),
        }
    }
}

fn cannot_handle(kind: Kind, version: &str, detail: &str) -> ApiError {
    let info = kind.info();
    ApiError::bad_request(format!("{} in version {:?} cannot be handled as a {}: {}", info.kind, version, info.kind, detail))
}

/// Decodes a JSON value meant for `kind` at its storage version. Returns the object and the
/// unknown-field warnings (empty in Strict mode, where unknown fields are an error).
pub fn decode(kind: Kind, input: Value, validation: FieldValidation) -> ApiResult<(Object, Vec<String>)> {
    decode_version(kind, kind.info().version, input, validation)
}

/// Decodes a JSON value sent to `kind` at a served `version`, converting it to storage.
pub fn decode_version(kind: Kind, version: &str, input: Value, validation: FieldValidation) -> ApiResult<(Object, Vec<String>)> {
    let info = kind.info();
    let expected = crate::api::conversion::api_version(kind, version);
    if version != info.version {
        let api_version = input.get("apiVersion").and_then(Value::as_str).unwrap_or("");
        if api_version != expected {
            return Err(ApiError::bad_request(format!(
                "the API version in the data ({}) does not match the expected API version ({})",
                api_version, expected
            )));
        }
        let typed = crate::api::conversion::versioned_round_trip(kind, version, &input).map_err(|e| cannot_handle(kind, version, &e))?;
        let mut unknown = Vec::new();
        if validation != FieldValidation::Ignore {
            unknown_fields(&input, &typed, "", &mut unknown);
        }
        let warnings: Vec<String> = unknown.iter().map(|f| format!("unknown field {:?}", f)).collect();
        if validation == FieldValidation::Strict && !warnings.is_empty() {
            return Err(cannot_handle(kind, version, &format!("strict decoding error: {}", warnings.join(", "))));
        }
        let stored = crate::api::conversion::to_storage(kind, version, typed);
        let (obj, _) = decode_version(kind, info.version, stored, FieldValidation::Ignore)?;
        return Ok((obj, warnings));
    }
    let api_version = input.get("apiVersion").and_then(Value::as_str).unwrap_or("").to_string();
    let kind_field = input.get("kind").and_then(Value::as_str).unwrap_or("").to_string();
    if kind_field.is_empty() {
        return Err(ApiError::bad_request("Object 'Kind' is missing in request body"));
    }
    if api_version != info.api_version {
        return Err(ApiError::bad_request(format!(
            "the API version in the data ({}) does not match the expected API version ({})",
            api_version, info.api_version
        )));
    }
    if kind_field != info.kind {
        return Err(ApiError::bad_request(format!(
            "the kind in the data ({}) does not match the expected kind ({})",
            kind_field, info.kind
        )));
    }
    let obj = Object::from_value(kind, input.clone()).map_err(|e| {
        let text = e.to_string();
        let plain = text.split(" at line ").next().unwrap_or(&text).to_string();
        let detail = super::type_errors::go_message(kind, &input).unwrap_or(plain);
        cannot_handle(kind, info.version, &detail)
    })?;
    let mut unknown = Vec::new();
    if validation != FieldValidation::Ignore {
        unknown_fields(&input, &obj.to_value(), "", &mut unknown);
    }
    let warnings: Vec<String> = unknown.iter().map(|f| format!("unknown field {:?}", f)).collect();
    if validation == FieldValidation::Strict && !warnings.is_empty() {
        return Err(cannot_handle(kind, info.version, &format!("strict decoding error: {}", warnings.join(", "))));
    }
    Ok((obj, warnings))
}

/// Collects the paths present (and non-null) in `input` but absent from `typed`.
pub fn unknown_fields(input: &Value, typed: &Value, path: &str, out: &mut Vec<String>) {
    match (input, typed) {
        (Value::Object(i), Value::Object(t)) => {
            for (k, v) in i {
                let p = if path.is_empty() { k.clone() } else { format!("{}.{}", path, k) };
                match t.get(k) {
                    None if !v.is_null() => out.push(p),
                    None => {}
                    Some(tv) => unknown_fields(v, tv, &p, out),
                }
            }
        }
        (Value::Array(i), Value::Array(t)) => {
            for (idx, (iv, tv)) in i.iter().zip(t.iter()).enumerate() {
                unknown_fields(iv, tv, &format!("{}[{}]", path, idx), out);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json;

    #[test]
    fn strict_decoding_names_the_unknown_field() {
        let pod = json!({"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "x", "creationTimestamp": null},
            "spec": {"containers": [{"name": "c", "image": "nginx", "imagePullPolice": "Always"}]}});
        let err = decode(Kind::Pod, pod.clone(), FieldValidation::Strict).unwrap_err();
        assert_eq!(
            err.message,
            "Pod in version \"v1\" cannot be handled as a Pod: strict decoding error: unknown field \"spec.containers[0].imagePullPolice\""
        );
        let (_, warnings) = decode(Kind::Pod, pod, FieldValidation::Warn).unwrap();
        assert_eq!(warnings, vec!["unknown field \"spec.containers[0].imagePullPolice\"".to_string()]);
    }

    #[test]
    fn version_mismatch_is_rejected() {
        let rc = json!({"apiVersion": "apps/v1", "kind": "ReplicationController", "metadata": {"name": "x"}});
        assert!(decode(Kind::ReplicationController, rc, FieldValidation::Strict).is_err());
    }
}
