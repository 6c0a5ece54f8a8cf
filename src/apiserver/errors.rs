//! API errors as `metav1.Status` (apimachinery `pkg/api/errors`) and field errors
//! (`pkg/util/validation/field`), with upstream's exact message formats.

use crate::api::metav1::{Status, StatusCause, StatusDetails};
use crate::api::ResourceInfo;

/// A failed API call: what the REST handler turns into a `Status` body.
#[derive(Clone, Debug, PartialEq)]
pub struct ApiError {
    pub code: u16,
    pub reason: &'static str,
    pub message: String,
    /// Boxed: an `ApiError` travels up through every `?`, and most have no details.
    pub details: Option<Box<Details>>,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Details {
    pub name: String,
    pub group: String,
    pub kind: String,
    pub causes: Vec<FieldError>,
    pub retry_after_seconds: Option<i32>,
    /// The Status's `metadata.continue` (an expired list chunk's token to go on from).
    pub list_continue: String,
}

/// One field error: `spec.containers[0].image: Required value`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub kind: FieldErrorType,
    pub field: String,
    /// The bad value, already rendered (strings quoted, maps and lists as JSON).
    pub value: Option<String>,
    pub detail: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldErrorType {
    Required,
    Invalid,
    NotSupported,
    Duplicate,
    Forbidden,
    TooLong,
    NotFound,
    /// Server-side apply: another manager owns the field (the detail says which).
    ManagerConflict,
}

impl FieldErrorType {
    fn reason(self) -> &'static str {
        match self {
            FieldErrorType::Required => "FieldValueRequired",
            FieldErrorType::Invalid => "FieldValueInvalid",
            FieldErrorType::NotSupported => "FieldValueNotSupported",
            FieldErrorType::Duplicate => "FieldValueDuplicate",
            FieldErrorType::Forbidden => "FieldValueForbidden",
            FieldErrorType::TooLong => "FieldValueTooLong",
            FieldErrorType::NotFound => "FieldValueNotFound",
            FieldErrorType::ManagerConflict => "FieldManagerConflict",
        }
    }
    fn text(self) -> &'static str {
        match self {
            FieldErrorType::Required => "Required value",
            FieldErrorType::Invalid => "Invalid value",
            FieldErrorType::NotSupported => "Unsupported value",
            FieldErrorType::Duplicate => "Duplicate value",
            FieldErrorType::Forbidden => "Forbidden",
            FieldErrorType::TooLong => "Too long",
            FieldErrorType::NotFound => "Not found",
            FieldErrorType::ManagerConflict => "",
        }
    }
}

/// Renders a bad value as apimachinery v0.34 does: strings quoted, numbers and bools bare, the rest JSON.
pub fn render_value(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) => format!("{:?}", s),
        other => other.to_string(),
    }
}

impl FieldError {
    pub fn required(field: impl Into<String>, detail: impl Into<String>) -> Self {
        FieldError { kind: FieldErrorType::Required, field: field.into(), value: None, detail: detail.into() }
    }
    pub fn invalid(field: impl Into<String>, value: &serde_json::Value, detail: impl Into<String>) -> Self {
        FieldError { kind: FieldErrorType::Invalid, field: field.into(), value: Some(render_value(value)), detail: detail.into() }
    }
    pub fn not_supported(field: impl Into<String>, value: &str, supported: &[&str]) -> Self {
        let list: Vec<String> = supported.iter().map(|s| format!("{:?}", s)).collect();
        FieldError {
            kind: FieldErrorType::NotSupported,
            field: field.into(),
            value: Some(format!("{:?}", value)),
            detail: format!("supported values: {}", list.join(", ")),
        }
    }
    pub fn forbidden(field: impl Into<String>, detail: impl Into<String>) -> Self {
        FieldError { kind: FieldErrorType::Forbidden, field: field.into(), value: None, detail: detail.into() }
    }
    pub fn duplicate(field: impl Into<String>, value: &serde_json::Value) -> Self {
        FieldError { kind: FieldErrorType::Duplicate, field: field.into(), value: Some(render_value(value)), detail: String::new() }
    }

    /// The body after the field path: `Invalid value: "x": detail`.
    pub fn body(&self) -> String {
        if self.kind == FieldErrorType::ManagerConflict {
            return self.detail.clone();
        }
        let mut s = self.kind.text().to_string();
        if let Some(v) = &self.value {
            if !matches!(self.kind, FieldErrorType::Forbidden | FieldErrorType::Required) {
                s.push_str(": ");
                s.push_str(v);
            }
        }
        if !self.detail.is_empty() {
            s.push_str(": ");
            s.push_str(&self.detail);
        }
        s
    }
}

impl std::fmt::Display for FieldError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.field, self.body())
    }
}

impl ApiError {
    pub fn not_found(info: &ResourceInfo, name: &str) -> Self {
        ApiError {
            code: 404,
            reason: "NotFound",
            message: format!("{} {:?} not found", info.group_resource(), name),
            details: Some(Box::new(Details { name: name.into(), group: info.group.into(), kind: info.plural.into(), ..Default::default() })),
        }
    }
    /// NotFound for a resource named by group-resource text (e.g. a missing namespace).
    pub fn not_found_named(group_resource: &str, name: &str) -> Self {
        ApiError {
            code: 404,
            reason: "NotFound",
            message: format!("{} {:?} not found", group_resource, name),
            details: Some(Box::new(Details { name: name.into(), kind: group_resource.into(), ..Default::default() })),
        }
    }
    pub fn already_exists(info: &ResourceInfo, name: &str) -> Self {
        ApiError {
            code: 409,
            reason: "AlreadyExists",
            message: format!("{} {:?} already exists", info.group_resource(), name),
            details: Some(Box::new(Details { name: name.into(), group: info.group.into(), kind: info.plural.into(), ..Default::default() })),
        }
    }
    pub fn conflict(info: &ResourceInfo, name: &str, why: &str) -> Self {
        ApiError {
            code: 409,
            reason: "Conflict",
            message: format!("Operation cannot be fulfilled on {} {:?}: {}", info.group_resource(), name, why),
            details: Some(Box::new(Details { name: name.into(), group: info.group.into(), kind: info.plural.into(), ..Default::default() })),
        }
    }
    pub fn optimistic_lock(info: &ResourceInfo, name: &str) -> Self {
        Self::conflict(info, name, "the object has been modified; please apply your changes to the latest version and try again")
    }
    /// Server-side apply refused: fields other managers own would change.
    pub fn apply_conflict(message: String, causes: Vec<FieldError>) -> Self {
        ApiError { code: 409, reason: "Conflict", message, details: Some(Box::new(Details { causes, ..Default::default() })) }
    }
    pub fn invalid(info: &ResourceInfo, name: &str, causes: Vec<FieldError>) -> Self {
        Self::invalid_kind(info.kind, info.group, name, causes)
    }
    /// As `invalid`, for a kind that is no resource of its own (a subresource's body).
    pub fn invalid_kind(kind: &str, group: &str, name: &str, causes: Vec<FieldError>) -> Self {
        let group_kind = if group.is_empty() { kind.to_string() } else { format!("{}.{}", kind, group) };
        let mut causes = causes;
        causes.dedup();
        let list = if causes.len() == 1 {
            causes[0].to_string()
        } else {
            format!("[{}]", causes.iter().map(|c| c.to_string()).collect::<Vec<_>>().join(", "))
        };
        ApiError {
            code: 422,
            reason: "Invalid",
            message: format!("{} {:?} is invalid: {}", group_kind, name, list),
            details: Some(Box::new(Details { name: name.into(), group: group.into(), kind: kind.into(), causes, ..Default::default() })),
        }
    }
    pub fn bad_request(message: impl Into<String>) -> Self {
        ApiError { code: 400, reason: "BadRequest", message: message.into(), details: None }
    }
    pub fn forbidden(info: &ResourceInfo, name: &str, why: &str) -> Self {
        let message = if name.is_empty() {
            format!("{} is forbidden: {}", info.group_resource(), why)
        } else {
            format!("{} {:?} is forbidden: {}", info.group_resource(), name, why)
        };
        ApiError {
            code: 403,
            reason: "Forbidden",
            message,
            details: Some(Box::new(Details { name: name.into(), group: info.group.into(), kind: info.plural.into(), ..Default::default() })),
        }
    }
    pub fn method_not_supported(info: &ResourceInfo, action: &str) -> Self {
        ApiError {
            code: 405,
            reason: "MethodNotAllowed",
            message: format!("{} is not supported on resources of kind {:?}", action, info.group_resource()),
            details: None,
        }
    }
    /// A request whose credentials the apiserver cannot authenticate.
    pub fn unauthorized() -> Self {
        ApiError { code: 401, reason: "Unauthorized", message: "Unauthorized".into(), details: None }
    }
    pub fn gone(message: impl Into<String>) -> Self {
        ApiError { code: 410, reason: "Expired", message: message.into(), details: None }
    }
    /// apimachinery's `negotiation.NewUnsupportedMediaTypeError(accepts)`.
    pub fn unsupported_media_type(accepts: &[&str]) -> Self {
        ApiError {
            code: 415,
            reason: "UnsupportedMediaType",
            message: format!("the body of the request was in an unknown format - accepted media types include: {}", accepts.join(", ")),
            details: None,
        }
    }
    pub fn not_found_path() -> Self {
        ApiError { code: 404, reason: "NotFound", message: "the server could not find the requested resource".into(), details: None }
    }
    /// An etcd error passed through unchanged (kubectl prints `Error from server: <message>`).
    pub fn etcd(message: String) -> Self {
        ApiError { code: 500, reason: "", message, details: None }
    }
    pub fn timeout(message: impl Into<String>) -> Self {
        ApiError { code: 504, reason: "Timeout", message: message.into(), details: None }
    }
    /// 503 ServiceUnavailable.
    pub fn unavailable(message: impl Into<String>) -> Self {
        ApiError { code: 503, reason: "ServiceUnavailable", message: message.into(), details: None }
    }
    pub fn internal(message: impl Into<String>) -> Self {
        ApiError { code: 500, reason: "InternalError", message: format!("Internal error occurred: {}", message.into()), details: None }
    }

    pub fn is_not_found(&self) -> bool {
        self.reason == "NotFound"
    }
    pub fn is_conflict(&self) -> bool {
        self.reason == "Conflict"
    }
    pub fn is_already_exists(&self) -> bool {
        self.reason == "AlreadyExists"
    }

    pub fn to_status(&self) -> Status {
        Status {
            code: Some(self.code as i32),
            message: Some(self.message.clone()),
            reason: Some(self.reason.to_string()),
            status: Some("Failure".into()),
            details: self.details.as_ref().filter(|d| d.list_continue.is_empty()).map(|d| StatusDetails {
                name: (!d.name.is_empty()).then(|| d.name.clone()),
                group: (!d.group.is_empty()).then(|| d.group.clone()),
                kind: (!d.kind.is_empty()).then(|| d.kind.clone()),
                retry_after_seconds: d.retry_after_seconds,
                uid: None,
                causes: (!d.causes.is_empty()).then(|| {
                    d.causes
                        .iter()
                        .map(|c| StatusCause {
                            field: Some(c.field.clone()),
                            message: Some(c.body()),
                            reason: Some(c.kind.reason().into()),
                        })
                        .collect()
                }),
            }),
            metadata: k8s_openapi::apimachinery::pkg::apis::meta::v1::ListMeta {
                continue_: self.details.as_ref().map(|d| d.list_continue.clone()).filter(|c| !c.is_empty()),
                ..Default::default()
            },
        }
    }
}

/// A JSON value with an object's keys in the order Go's struct declares them (serde_json's
/// objects are sorted; the apiserver writes struct fields in declaration order).
fn go_order(v: &serde_json::Value, order: &[&str], out: &mut String) {
    let Some(m) = v.as_object() else { return out.push_str(&v.to_string()) };
    out.push('{');
    for (i, k) in order.iter().filter(|k| m.contains_key(**k)).enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&format!("{:?}:", k));
        match *k {
            "details" => go_order(&m[*k], &["name", "group", "kind", "uid", "causes", "retryAfterSeconds"], out),
            "causes" => {
                out.push('[');
                for (j, c) in m[*k].as_array().into_iter().flatten().enumerate() {
                    if j > 0 {
                        out.push(',');
                    }
                    go_order(c, &["reason", "message", "field"], out);
                }
                out.push(']');
            }
            _ => out.push_str(&m[*k].to_string()),
        }
    }
    out.push('}');
}

impl ApiError {
    /// The error as the apiserver's `Status` body, its fields in Go's order
    /// (`{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":…}`).
    pub fn status_body(&self) -> String {
        let mut status = crate::api::json_value(&self.to_status());
        status["kind"] = crate::json!("Status");
        status["apiVersion"] = crate::json!("v1");
        let mut out = String::new();
        go_order(&status, &["kind", "apiVersion", "metadata", "status", "message", "reason", "details", "code"], &mut out);
        out
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.message)
    }
}

pub type ApiResult<T> = Result<T, ApiError>;
