//! Server-side apply (`PATCH` with `application/apply-patch+yaml`): the request's
//! configuration is merged into the live object (or a new one) by the field manager, and the
//! result is written as any update or create is, with the managedFields the apply worked out.

use super::decode::{decode_version, FieldValidation};
use super::errors::{ApiError, ApiResult, FieldError, FieldErrorType};
use super::fields::{self, Writer};
use super::http::Request;
use super::ApiServer;
use crate::api::{conversion, Kind, ObjectRef};
use serde_json::Value;

const LAST_APPLIED: &str = "kubectl.kubernetes.io/last-applied-configuration";

impl ApiServer {
    /// Applies the request's configuration to `kind` `ns/name` (its status with `status`):
    /// 201 and the object when it created it, else 200.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn server_side_apply(&mut self, req: &Request, kind: Kind, version: &str, ns: &str, name: &str, status: bool, warnings: &mut Vec<String>) -> ApiResult<(u16, ObjectRef)> {
        let manager = req.query_value("fieldManager").unwrap_or("").to_string();
        if manager.is_empty() {
            return Err(super::rest::patch_options_invalid(FieldError::required("fieldManager", "is required for apply patch")));
        }
        let force = match req.query_value("force") {
            None | Some("false") => false,
            Some("true") => true,
            Some(other) => return Err(ApiError::bad_request(format!("Invalid value for force: {:?}", other))),
        };
        let config = super::decode::body_value(req).map_err(|e| ApiError::bad_request(e.message.replace("error decoding request body", "error decoding YAML")))?;
        if !config.is_object() {
            return Err(ApiError::bad_request(format!("error decoding YAML: an apply configuration is an object, not {}", config)));
        }
        let expected = conversion::api_version(kind, version);
        match config.get("apiVersion").and_then(Value::as_str) {
            Some(v) if v == expected => {}
            v => {
                return Err(ApiError::bad_request(format!(
                    "Incorrect version specified in apply patch. Specified patch version: {}, expected: {}",
                    v.unwrap_or(""),
                    expected
                )))
            }
        }
        if config.get("kind").and_then(Value::as_str) != Some(kind.info().kind) {
            return Err(ApiError::bad_request(format!("Object 'Kind' is missing or wrong in '{}'", config)));
        }
        if let Some(n) = config.pointer("/metadata/name").and_then(Value::as_str).filter(|n| *n != name) {
            return Err(ApiError::bad_request(format!("the name of the object ({}) does not match the name on the URL ({})", n, name)));
        }
        let config = conversion::to_storage(kind, version, config);
        let current = match self.get(kind, ns, name) {
            Ok(o) => Some(o),
            Err(e) if e.code == 404 && !status => None,
            Err(e) => return Err(e),
        };
        let live = current.as_ref().map_or_else(|| fields::zero(kind), |o| fields::plain(o));
        let entries = fields::decode(current.as_ref().and_then(|o| o.meta().managed_fields.as_ref()));
        let w = Writer { manager: manager.clone(), subresource: if status { "status".into() } else { String::new() } };
        let now = self.epoch.time(self.now);
        let applied = match fields::apply(kind, &live, &config, entries.clone(), &w, force, &now) {
            Ok(a) => a,
            Err(conflicts) => {
                // `kubectl apply --server-side` after `kubectl apply`: what the client-side
                // apply last set, and still holds, is taken over without a conflict.
                let allowed = fields::last_applied_unchanged(kind, &live);
                let mut paths = fields::set::Set::default();
                conflicts.iter().for_each(|(_, p)| paths.insert(p));
                let mut outside = paths.clone();
                outside.difference(&allowed);
                match (manager == "kubectl" && outside.is_empty()).then(|| fields::apply(kind, &live, &config, entries, &w, true, &now)) {
                    Some(Ok(a)) => a,
                    _ => return Err(conflict_error(&conflicts)),
                }
            }
        };
        let mut object = applied.object;
        if let Some(m) = object.get_mut("metadata").and_then(Value::as_object_mut) {
            m.remove("managedFields");
            m.entry("name").or_insert_with(|| Value::String(name.to_string()));
        }
        // kubectl's own applies keep the client-side apply's annotation in step.
        if manager == "kubectl" && live.pointer("/metadata/annotations").and_then(|a| a.get(LAST_APPLIED)).is_some() {
            let mut last = config.clone();
            if let Some(a) = last.pointer_mut("/metadata/annotations").and_then(Value::as_object_mut) {
                a.remove(LAST_APPLIED);
            }
            object["metadata"]["annotations"][LAST_APPLIED] = Value::String(format!("{}\n", last));
        }
        let validation = FieldValidation::parse(req.query_value("fieldValidation"))?;
        let stored_version = kind.info().version;
        let (mut obj, warn) = decode_version(kind, stored_version, object, validation)?;
        warnings.extend(warn);
        obj.meta_mut().managed_fields = fields::encode(applied.entries);
        let dry_run = req.query_value("dryRun") == Some("All");
        self.applying = true;
        let result = match current {
            None => self.create(&req.user, kind, ns, obj, dry_run).map(|o| (201, o)),
            Some(_) if dry_run => self.update_dry_run(&req.user, kind, ns, obj, status).map(|o| (200, o)),
            Some(_) => self.update(&req.user, kind, ns, obj, status).map(|o| (200, o)),
        };
        self.applying = false;
        result
    }
}

fn conflict_error(conflicts: &fields::Conflicts) -> ApiError {
    let causes = conflicts
        .iter()
        .map(|(m, p)| FieldError { kind: FieldErrorType::ManagerConflict, field: fields::set::show_path(p), value: None, detail: format!("conflict with {}", m) })
        .collect();
    ApiError::apply_conflict(fields::conflict_message(conflicts), causes)
}
