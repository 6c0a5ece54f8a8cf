//! The REST handler: routes `/api/v1/...` and `/apis/{group}/{version}/...` requests to the typed
//! verbs and answers with status codes and JSON (`Status` for errors, `Table` when asked), as
//! kube-apiserver does. It is a pure function of the request and the cluster's state.

use super::decode::{decode_version, FieldValidation};
use crate::api::conversion;
use super::errors::{ApiError, ApiResult};
use super::http::{Method, Request, Response};
use super::patch::{json_patch, merge_patch, strategic_merge_patch};
use super::{printers, ApiServer, DeleteOptions, Propagation};
use crate::api::fields::FieldSelector;
use crate::api::labels::Selector;
use crate::api::{Kind, ObjectRef};
use serde_json::Value;
use crate::json;

/// A parsed resource path.
#[derive(Debug)]
struct Target {
    kind: Kind,
    /// The version the request addressed (the storage version, or another served one).
    version: String,
    namespace: Option<String>,
    name: Option<String>,
    subresource: Option<String>,
}

/// The kube-apiserver version this cluster reports.
pub const GIT_VERSION: &str = "v1.34.1";

impl ApiServer {
    /// Answers one request.
    pub fn handle(&mut self, req: &Request) -> Response {
        if req.method == Method::Get && matches!(req.path.as_str(), "/healthz" | "/readyz" | "/livez") {
            // Every check passes while the apiserver answers (etcd's health shows in etcdctl).
            return Response { code: 200, content_type: "text/plain; charset=utf-8".into(), body: "ok".into(), warnings: Vec::new() };
        }
        if req.method == Method::Get && req.path.trim_end_matches('/') == "/openapi/v2" {
            return Response { code: 200, content_type: super::openapi::V2_PROTOBUF.into(), body: String::new(), warnings: Vec::new() };
        }
        if super::discovery::wanted(req) {
            if let Err(e) = self.authenticate_and_authorize(req) {
                return Response::json(e.code, e.status_body());
            }
            return self.aggregated_discovery(req);
        }
        let mut warnings = Vec::new();
        let result = match self.authenticate_and_authorize(req) {
            Ok(user) => {
                let mut effective = req.clone();
                effective.user = user.name.clone();
                effective.groups = user.groups.clone();
                self.request_manager = req
                    .query_value("fieldManager")
                    .filter(|m| !m.is_empty())
                    .or_else(|| req.header("User-Agent").map(|ua| ua.split('/').next().unwrap_or("")))
                    .map(str::to_string);
                let r = self.route(&effective, &mut warnings);
                self.request_manager = None;
                r
            }
            Err(e) => Err(e),
        };
        let mut resp = match result {
            Ok((code, body)) => Response::json(code, body.to_string()),
            Err(e) => Response::json(e.code, e.status_body()),
        };
        resp.warnings = warnings;
        resp
    }

    /// Opens a watch (`GET …?watch=true`): the stream's id, or the error response. Events are
    /// read with `read_stream` as newline-delimited JSON, as the real server streams them.
    pub fn open_stream(&mut self, req: &Request) -> Result<u64, Response> {
        let fail = |e: ApiError| Response::json(e.code, e.status_body());
        if !req.query_value("watch").is_some_and(|w| w == "true" || w == "1") {
            return Err(fail(ApiError::bad_request("only watch requests stream")));
        }
        self.authenticate_and_authorize(req).map_err(fail)?;
        let path = req.path.trim_end_matches('/');
        let segs: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        let (group, version, rest) = match segs.as_slice() {
            ["api", "v1", rest @ ..] => ("", "v1", rest),
            ["apis", g, v, rest @ ..] => (*g, *v, rest),
            _ => return Err(fail(ApiError::not_found_path())),
        };
        let t = parse_target(group, version, rest).ok_or_else(|| fail(ApiError::not_found_path()))?;
        if t.name.is_some() || t.subresource.is_some() {
            return Err(fail(ApiError::method_not_supported(t.kind.info(), "watch")));
        }
        let labels = Selector::parse(req.query_value("labelSelector").unwrap_or("")).map_err(|e| fail(selector_error(t.kind, req, &e)))?;
        let fields = FieldSelector::parse(req.query_value("fieldSelector").unwrap_or(""), t.kind).map_err(|e| fail(selector_error(t.kind, req, &e)))?;
        let from = match req.query_value("resourceVersion").unwrap_or("") {
            "" | "0" => super::WatchFrom::Now,
            rv => super::WatchFrom::Revision(rv.parse().map_err(|_| fail(ApiError::bad_request(format!("invalid resource version: {}", rv))))?),
        };
        let filter = super::watch::WatchFilter { kind: t.kind, namespace: t.namespace.clone(), labels, fields };
        let id = self.watch(super::watch::CLIENT, filter, from).map_err(fail)?;
        let table = req.header("Accept").is_some_and(|a| a.contains("as=Table"));
        self.streams.insert(id, Box::new(super::Stream { kind: t.kind, version: t.version.clone(), table, sent_columns: false }));
        Ok(id)
    }

    /// What an open stream has delivered since the last read: one JSON watch event per line
    /// (`{"type":"ADDED","object":{…}}`). A stream whose history was compacted ends with an ERROR
    /// event carrying the 410 Status, and is closed.
    pub fn read_stream(&mut self, id: u64) -> (Vec<String>, bool) {
        let Some(st) = self.streams.get(&id).map(|s| (s.kind, s.version.clone(), s.table, s.sent_columns)) else { return (Vec::new(), true) };
        let (kind, version, table, mut sent_columns) = st;
        let events = self.poll_watch(id);
        let mut lines = Vec::new();
        let mut closed = false;
        for e in events {
            let object = if e.kind == super::watch::WatchEventType::Expired {
                closed = true;
                json!({"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Failure", "message": "too old resource version", "reason": "Expired", "code": 410})
            } else if table {
                let mut t = printers::table(kind, std::slice::from_ref(&e.object), self.revision(), self.epoch, self.now);
                if sent_columns {
                    t["columnDefinitions"] = json!([]);
                }
                sent_columns = true;
                t
            } else {
                conversion::from_storage(kind, &version, e.object.to_value())
            };
            lines.push(json!({"type": e.kind.as_str(), "object": object}).to_string());
        }
        if let Some(s) = self.streams.get_mut(&id) {
            s.sent_columns = sent_columns;
        }
        if closed {
            self.close_stream(id);
        }
        (lines, closed)
    }

    pub fn close_stream(&mut self, id: u64) {
        self.streams.remove(&id);
        self.stop_watch(id);
    }

    fn route(&mut self, req: &Request, warnings: &mut Vec<String>) -> ApiResult<(u16, Value)> {
        let path = req.path.trim_end_matches('/');
        let segs: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        match segs.as_slice() {
            ["version"] => return Ok((200, version_info())),
            ["openapi", "v3"] => return Ok((200, super::openapi::v3_root())),
            ["openapi", "v3", _, ..] if !super::schemas::available() => return Err(ApiError::unavailable("the OpenAPI schemas could not be loaded into this page")),
            ["openapi", "v3", gv @ ..] => return super::openapi::v3_group_version(&gv.join("/")).map(|d| (200, d)).ok_or_else(ApiError::not_found_path),
            ["api"] => return Ok((200, json!({"kind": "APIVersions", "versions": ["v1"],
                "serverAddressByClientCIDRs": [{"clientCIDR": "0.0.0.0/0", "serverAddress": "192.168.0.10:6443"}]}))),
            ["apis"] => return Ok((200, api_group_list(self.metrics_registered()))),
            ["apis", super::metrics::GROUP, "v1beta1", rest @ ..] => {
                if req.method != Method::Get {
                    return Err(ApiError { code: 405, reason: "MethodNotAllowed", message: "the server does not allow this method on the requested resource".into(), details: None });
                }
                return self.serve_metrics(req, rest);
            }
            ["api", "v1"] => return Ok((200, resource_list("", "v1"))),
            ["apis", super::auth::AUTHENTICATION_GROUP, "v1"] => {
                return Ok((200, json!({"kind": "APIResourceList", "apiVersion": "v1", "groupVersion": "authentication.k8s.io/v1",
                    "resources": [{"name": "selfsubjectreviews", "singularName": "", "namespaced": false, "kind": "SelfSubjectReview", "verbs": ["create"]}]})));
            }
            ["apis", super::auth::AUTHENTICATION_GROUP, "v1", "selfsubjectreviews"] if req.method == Method::Post => {
                // `kubectl auth whoami`: who the apiserver took the caller for.
                return Ok((201, json!({"kind": "SelfSubjectReview", "apiVersion": "authentication.k8s.io/v1", "metadata": {"creationTimestamp": null},
                    "status": {"userInfo": {"username": req.user, "groups": req.groups}}})));
            }
            ["apis", "authorization.k8s.io", "v1"] => {
                return Ok((200, json!({"kind": "APIResourceList", "apiVersion": "v1", "groupVersion": "authorization.k8s.io/v1",
                    "resources": super::auth::review_resources()})));
            }
            ["apis", "authorization.k8s.io", "v1", review @ ("selfsubjectaccessreviews" | "selfsubjectrulesreviews")] if req.method == Method::Post => {
                let body = parse_body(req)?;
                let user = super::auth::UserInfo { name: req.user.clone(), groups: req.groups.clone() };
                let out = if *review == "selfsubjectaccessreviews" {
                    self.self_subject_access_review(&user, &body)
                } else {
                    self.self_subject_rules_review(&user, &body)
                };
                return Ok((201, out));
            }
            ["apis", g, v] => {
                if !Kind::ALL.iter().any(|k| k.info().group == *g && conversion::is_served(*k, v)) {
                    return Err(ApiError::not_found_path());
                }
                return Ok((200, resource_list(g, v)));
            }
            _ => {}
        }
        let (group, version, rest) = match segs.as_slice() {
            ["api", "v1", rest @ ..] => ("", "v1", rest),
            ["apis", g, v, rest @ ..] => (*g, *v, rest),
            _ => return Err(ApiError::not_found_path()),
        };
        let target = parse_target(group, version, rest).ok_or_else(ApiError::not_found_path)?;
        self.dispatch(req, target, warnings)
    }

    fn dispatch(&mut self, req: &Request, t: Target, warnings: &mut Vec<String>) -> ApiResult<(u16, Value)> {
        let info = t.kind.info();
        if t.kind == Kind::Endpoints {
            // Since v1.33 every request for v1 Endpoints carries the deprecation warning.
            warnings.push("v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice".into());
        }
        let ns = t.namespace.clone().unwrap_or_default();
        if info.namespaced && t.name.is_some() && t.namespace.is_none() {
            return Err(ApiError::not_found_path());
        }
        let table = req.header("Accept").is_some_and(|a| a.contains("as=Table"));
        match (req.method, &t.name, t.subresource.as_deref()) {
            (Method::Get, None, None) => {
                if req.query_value("watch").is_some_and(|w| w == "true" || w == "1") {
                    return Err(ApiError::bad_request("watch requests need a streaming connection"));
                }
                let labels = Selector::parse(req.query_value("labelSelector").unwrap_or(""))
                    .map_err(|e| selector_error(t.kind, req, &e))?;
                let fields = FieldSelector::parse(req.query_value("fieldSelector").unwrap_or(""), t.kind)
                    .map_err(|e| selector_error(t.kind, req, &e))?;
                let list = self.list(t.kind, t.namespace.as_deref(), &labels, &fields)?;
                let filtered = !labels.is_empty() || !req.query_value("fieldSelector").unwrap_or("").is_empty();
                let page = Page::of(req, &list.items, (list.resource_version, self.store.compacted_revision()), filtered)?;
                if table {
                    let mut tbl = printers::table(t.kind, page.items, page.resource_version, self.epoch, self.now);
                    page.annotate(&mut tbl["metadata"]);
                    return Ok((200, include_objects(tbl, req, &t, page.items)));
                }
                // A typed list's items go without their kind and apiVersion (the list says them).
                let items: Vec<Value> = page.items.iter().map(|o| untyped(out(&t, o))).collect();
                let mut meta = json!({"resourceVersion": page.resource_version.to_string()});
                page.annotate(&mut meta);
                Ok((200, json!({"kind": format!("{}List", info.kind), "apiVersion": conversion::api_version(t.kind, &t.version),
                    "metadata": meta, "items": items})))
            }
            (Method::Get, Some(name), None) => {
                let obj = self.get(t.kind, &ns, name)?;
                if table {
                    let tbl = printers::table(t.kind, std::slice::from_ref(&obj), self.revision(), self.epoch, self.now);
                    return Ok((200, include_objects(tbl, req, &t, std::slice::from_ref(&obj))));
                }
                Ok((200, out(&t, &obj)))
            }
            (Method::Get, Some(name), Some("status")) if info.has_status => Ok((200, out(&t, &self.get(t.kind, &ns, name)?))),
            (Method::Post, None, None) => {
                let validation = FieldValidation::parse(req.query_value("fieldValidation"))?;
                let body = parse_body(req)?;
                let (obj, warn) = decode_version(t.kind, &t.version, body, validation)?;
                warnings.extend(warn);
                let dry_run = req.query_value("dryRun") == Some("All");
                let created = self.create(&req.user, t.kind, &ns, obj, dry_run)?;
                Ok((201, out(&t, &created)))
            }
            (Method::Get | Method::Put | Method::Patch, Some(name), Some("scale")) if super::scale::scalable(t.kind) => self.serve_scale(req, t.kind, &ns, name),
            (Method::Post, Some(name), Some("eviction")) if t.kind == Kind::Pod => self.evict(req, &ns, name),
            (Method::Post, Some(name), Some("token")) if t.kind == Kind::ServiceAccount => Ok((201, self.token_request(&ns, name, &parse_body(req)?)?)),
            (Method::Post, Some(name), Some("binding")) if t.kind == Kind::Pod => {
                let body = parse_body(req)?;
                let node = body.pointer("/target/name").and_then(Value::as_str).unwrap_or("").to_string();
                if node.is_empty() {
                    return Err(ApiError::invalid(info, name, vec![super::errors::FieldError::required("target.name", "")]));
                }
                self.bind(&req.user, &ns, name, &node)?;
                Ok((201, json!({"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Success", "code": 201})))
            }
            (Method::Put, Some(name), sub @ (None | Some("status"))) => {
                if sub.is_some() && !info.has_status {
                    return Err(ApiError::not_found_path());
                }
                let validation = FieldValidation::parse(req.query_value("fieldValidation"))?;
                let (obj, warn) = decode_version(t.kind, &t.version, parse_body(req)?, validation)?;
                warnings.extend(warn);
                if obj.name() != name {
                    return Err(ApiError::bad_request(format!(
                        "the name of the object ({}) does not match the name on the URL ({})",
                        obj.name(),
                        name
                    )));
                }
                let updated = if dry_run(req) { self.update_dry_run(&req.user, t.kind, &ns, obj, sub.is_some())? } else { self.update(&req.user, t.kind, &ns, obj, sub.is_some())? };
                Ok((200, out(&t, &updated)))
            }
            (Method::Put, Some(name), Some("finalize")) if t.kind == Kind::Namespace => {
                let body = parse_body(req)?;
                let finalizers: Vec<String> = body
                    .pointer("/spec/finalizers")
                    .and_then(Value::as_array)
                    .map(|a| a.iter().filter_map(|v| v.as_str().map(str::to_string)).collect())
                    .unwrap_or_default();
                let updated = self.finalize_namespace(&req.user, name, finalizers)?;
                Ok((200, out(&t, &updated)))
            }
            (Method::Patch, Some(name), sub @ (None | Some("status"))) if super::decode::media_type(req) == super::decode::APPLY_PATCH => {
                let (code, updated) = self.server_side_apply(req, t.kind, &t.version, &ns, name, sub.is_some(), warnings)?;
                Ok((code, out(&t, &updated)))
            }
            (Method::Patch, Some(name), sub @ (None | Some("status"))) => {
                if req.query_value("force").is_some() {
                    return Err(patch_options_invalid(super::errors::FieldError::forbidden("force", "may not be specified for non-apply patch")));
                }
                let updated = self.patch(req, t.kind, &t.version, &ns, name, sub.is_some(), warnings)?;
                Ok((200, out(&t, &updated)))
            }
            (Method::Delete, Some(name), None) => {
                let opts = delete_options(req)?;
                let deleted = self.delete(&req.user, t.kind, &ns, name, &opts)?;
                if deleted.gone && t.kind != Kind::Pod {
                    return Ok((200, json!({"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Success",
                        "details": {"name": name, "group": info.group, "kind": info.plural, "uid": deleted.object.uid()}})));
                }
                Ok((200, out(&t, &deleted.object)))
            }
            (_, Some(_), Some(sub)) if !matches!(sub, "status" | "finalize" | "binding" | "scale" | "eviction" | "token") => Err(ApiError::not_found_path()),
            (_, Some(_), Some("scale")) if !super::scale::scalable(t.kind) => Err(ApiError::not_found_path()),
            _ => Err(ApiError::method_not_supported(info, &req.method.as_str().to_ascii_lowercase())),
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn patch(&mut self, req: &Request, kind: Kind, version: &str, ns: &str, name: &str, status: bool, warnings: &mut Vec<String>) -> ApiResult<ObjectRef> {
        let content_type = super::decode::media_type(req).to_string();
        if !super::decode::PATCH_TYPES.contains(&content_type.as_str()) {
            return Err(ApiError::unsupported_media_type(&super::decode::PATCH_TYPES));
        }
        let patch = parse_body(req)?;
        let current = self.get(kind, ns, name)?;
        let mut value = conversion::from_storage(kind, version, current.to_value());
        match content_type.as_str() {
            "application/merge-patch+json" => merge_patch(&mut value, &patch),
            "application/strategic-merge-patch+json" => strategic_merge_patch(&mut value, &patch),
            "application/json-patch+json" => {
                if let Err(e) = json_patch(&mut value, &patch) {
                    let _ = e;
                    return Err(ApiError {
                        code: 422,
                        reason: "Invalid",
                        message: "the server rejected our request due to an error in our request".into(),
                        details: None,
                    });
                }
            }
            _ => return Err(ApiError::unsupported_media_type(&super::decode::PATCH_TYPES)),
        }
        let validation = FieldValidation::parse(req.query_value("fieldValidation"))?;
        let (obj, warn) = decode_version(kind, version, value, validation)?;
        warnings.extend(warn);
        if dry_run(req) {
            return self.update_dry_run(&req.user, kind, ns, obj, status);
        }
        self.update(&req.user, kind, ns, obj, status)
    }
}

/// The request's PatchOptions are invalid.
pub(super) fn patch_options_invalid(e: super::errors::FieldError) -> ApiError {
    ApiError::invalid_kind("PatchOptions", "meta.k8s.io", "", vec![e])
}

/// An object as the request's version shows it.
/// `includeObject=Object` (kubectl asks for it when sorting): the Table's rows carry whole
/// objects instead of their metadata.
fn include_objects(mut table: Value, req: &Request, t: &Target, items: &[ObjectRef]) -> Value {
    if req.query_value("includeObject") == Some("Object") {
        if let Some(rows) = table["rows"].as_array_mut() {
            for (row, o) in rows.iter_mut().zip(items) {
                row["object"] = out(t, o);
            }
        }
    }
    table
}

fn out(t: &Target, obj: &ObjectRef) -> Value {
    conversion::from_storage(t.kind, &t.version, obj.to_value())
}

fn selector_error(kind: Kind, req: &Request, e: &str) -> ApiError {
    let info = kind.info();
    let gv = if info.group.is_empty() { format!("/{}", info.version) } else { format!("{}/{}", info.group, info.version) };
    ApiError::bad_request(format!(
        "Unable to find \"{}, Resource={}\" that match label selector \"{}\", field selector \"{}\": {}",
        gv,
        info.plural,
        req.query_value("labelSelector").unwrap_or(""),
        req.query_value("fieldSelector").unwrap_or(""),
        e
    ))
}

/// One chunk of a list (`limit`, `continue`), as the apiserver's etcd storage pages: at most
/// `limit` objects in key order after the token's start key, a `continue` token while more
/// remain, and their count when no selector filters. The token is upstream's (base64url JSON
/// with the list's revision and the key to start after); later pages read the current objects.
struct Page<'a> {
    items: &'a [ObjectRef],
    resource_version: i64,
    next: Option<String>,
    remaining: Option<usize>,
}

impl<'a> Page<'a> {
    fn of(req: &Request, items: &'a [ObjectRef], (rv, compacted): (i64, i64), filtered: bool) -> ApiResult<Page<'a>> {
        let key = |o: &ObjectRef| if o.namespace().is_empty() { o.name().to_string() } else { format!("{}/{}", o.namespace(), o.name()) };
        let (mut from, mut resource_version) = (0, rv);
        if let Some(token) = req.query_value("continue").filter(|t| !t.is_empty()) {
            let invalid = |why: &str| ApiError::bad_request(format!("continue key is not valid: {}", why));
            let bytes = super::tokens::base64url_decode(token).ok_or_else(|| invalid("illegal base64 data"))?;
            let v: Value = serde_json::from_slice(&bytes).map_err(|e| invalid(&e.to_string()))?;
            if v["v"] != "meta.k8s.io/v1" {
                return Err(invalid("server does not recognize this encoded key"));
            }
            let start = v["start"].as_str().unwrap_or("").trim_end_matches('\0').to_string();
            // The list's revision compacted away: the chunk cannot be consistent any more
            // (`handleCompactedErrorForPaging`): 410, with a token that goes on at the latest
            // revision (-1) for a client that accepts an inconsistent list.
            match v["rv"].as_i64() {
                Some(-1) => {}
                Some(token_rv) if token_rv < compacted => {
                    let again = super::tokens::base64url(json!({"v": "meta.k8s.io/v1", "rv": -1, "start": v["start"]}).to_string().as_bytes());
                    let mut e = ApiError::gone(INCONSISTENT_CONTINUE);
                    e.details = Some(Box::new(super::errors::Details { list_continue: again, ..Default::default() }));
                    return Err(e);
                }
                Some(token_rv) if token_rv != 0 => resource_version = token_rv,
                _ => return Err(invalid("incorrect encoded start resourceVersion (version meta.k8s.io/v1)")),
            }
            from = items.partition_point(|o| key(o) <= start);
        }
        let limit = req.query_value("limit").and_then(|l| l.parse::<usize>().ok()).filter(|l| *l > 0).unwrap_or(usize::MAX);
        let rest = &items[from..];
        if rest.len() <= limit {
            return Ok(Page { items: rest, resource_version, next: None, remaining: None });
        }
        let page = &rest[..limit];
        let start = format!("{}\0", page.last().map(key).unwrap_or_default());
        let token = super::tokens::base64url(json!({"v": "meta.k8s.io/v1", "rv": resource_version, "start": start}).to_string().as_bytes());
        Ok(Page { items: page, resource_version, next: Some(token), remaining: (!filtered).then(|| rest.len() - limit) })
    }

    fn annotate(&self, meta: &mut Value) {
        if let Some(t) = &self.next {
            meta["continue"] = json!(t);
        }
        if let Some(n) = self.remaining {
            meta["remainingItemCount"] = Value::from(n);
        }
    }
}

fn untyped(mut v: Value) -> Value {
    if let Some(m) = v.as_object_mut() {
        m.remove("kind");
        m.remove("apiVersion");
    }
    v
}

const INCONSISTENT_CONTINUE: &str = "The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter, or use the continue token in this response to retrieve the remainder of the results. Continuing with the provided token results in an inconsistent list - objects that were created, modified, or deleted between the time the first chunk was returned and now may show up in the list.";

/// `?dryRun=All`: the write is checked and answered, not stored.
fn dry_run(req: &Request) -> bool {
    req.query_value("dryRun") == Some("All")
}

fn parse_body(req: &Request) -> ApiResult<Value> {
    super::decode::body_value(req)
}

fn delete_options(req: &Request) -> ApiResult<DeleteOptions> {
    let mut opts = DeleteOptions::default();
    let body: Value = match req.body.as_deref() {
        Some(b) if !b.trim().is_empty() && !matches!(super::decode::media_type(req), "" | "application/json") => super::decode::body_value(req)?,
        Some(b) if !b.trim().is_empty() => serde_json::from_str(b).map_err(|e| ApiError::bad_request(e.to_string()))?,
        _ => json!({}),
    };
    opts.grace_period_seconds = body
        .get("gracePeriodSeconds")
        .and_then(Value::as_i64)
        .or_else(|| req.query_value("gracePeriodSeconds").and_then(|v| v.parse().ok()));
    let policy = body.get("propagationPolicy").and_then(Value::as_str).map(str::to_string).or_else(|| req.query_value("propagationPolicy").map(str::to_string));
    opts.propagation = match policy.as_deref() {
        None => None,
        Some("Background") => Some(Propagation::Background),
        Some("Foreground") => Some(Propagation::Foreground),
        Some("Orphan") => Some(Propagation::Orphan),
        Some(other) => return Err(ApiError::bad_request(format!("DeleteOptions.meta.k8s.io \"\" is invalid: propagationPolicy: Unsupported value: {:?}: supported values: \"Foreground\", \"Background\", \"Orphan\", \"nil\"", other))),
    };
    opts.precondition_uid = body.pointer("/preconditions/uid").and_then(Value::as_str).map(str::to_string);
    opts.precondition_resource_version = body.pointer("/preconditions/resourceVersion").and_then(Value::as_str).map(str::to_string);
    opts.dry_run = req.query_value("dryRun") == Some("All") || body.get("dryRun").and_then(Value::as_array).is_some_and(|a| !a.is_empty());
    Ok(opts)
}

fn parse_target(group: &str, version: &str, rest: &[&str]) -> Option<Target> {
    let find = |plural: &str| Kind::from_group_resource(group, plural).filter(|k| conversion::is_served(*k, version));
    let owned = |s: &&str| s.to_string();
    match rest {
        ["namespaces", ns, res, tail @ ..] if find(res).is_some_and(|k| k.info().namespaced) => {
            let kind = find(res)?;
            match tail {
                [] => Some(Target { kind, version: version.to_string(), namespace: Some(ns.to_string()), name: None, subresource: None }),
                [name] => Some(Target { kind, version: version.to_string(), namespace: Some(ns.to_string()), name: Some(name.to_string()), subresource: None }),
                [name, sub] => Some(Target { kind, version: version.to_string(), namespace: Some(ns.to_string()), name: Some(name.to_string()), subresource: Some(sub.to_string()) }),
                _ => None,
            }
        }
        [res, tail @ ..] => {
            let kind = find(res)?;
            match tail {
                [] => Some(Target { kind, version: version.to_string(), namespace: None, name: None, subresource: None }),
                [name] if !kind.info().namespaced => Some(Target { kind, version: version.to_string(), namespace: None, name: tail.first().map(owned), subresource: None }).filter(|_| !name.is_empty()),
                [name, sub] if !kind.info().namespaced => Some(Target { kind, version: version.to_string(), namespace: None, name: Some(name.to_string()), subresource: Some(sub.to_string()) }),
                _ => None,
            }
        }
        _ => None,
    }
}

fn version_info() -> Value {
    json!({
        "major": "1", "minor": "34", "emulationMajor": "1", "emulationMinor": "34",
        "minCompatibilityMajor": "1", "minCompatibilityMinor": "33",
        "gitVersion": GIT_VERSION, "gitCommit": "93248f9ae092f571eb870b7664c534bfc7d00f03",
        "gitTreeState": "clean", "buildDate": "2025-09-09T19:38:27Z", "goVersion": "go1.24.6",
        "compiler": "gc", "platform": "linux/amd64"
    })
}

fn api_group_list(metrics: bool) -> Value {
    let mut groups: Vec<(&str, Vec<&str>)> = Vec::new();
    for k in Kind::ALL {
        let i = k.info();
        if i.group.is_empty() {
            continue;
        }
        let idx = match groups.iter().position(|(g, _)| *g == i.group) {
            Some(idx) => idx,
            None => {
                groups.push((i.group, Vec::new()));
                groups.len() - 1
            }
        };
        for v in conversion::served_versions(*k) {
            if !groups[idx].1.contains(v) {
                groups[idx].1.push(v);
            }
        }
    }
    groups.push((super::auth::AUTHENTICATION_GROUP, vec!["v1"]));
    groups.push((super::auth::AUTHORIZATION_GROUP, vec!["v1"]));
    if metrics {
        groups.push((super::metrics::GROUP, vec!["v1beta1"]));
    }
    let list: Vec<Value> = groups
        .iter()
        .map(|(g, vs)| {
            let versions: Vec<Value> = vs.iter().map(|v| json!({"groupVersion": format!("{}/{}", g, v), "version": v})).collect();
            json!({"name": g, "versions": versions, "preferredVersion": versions[0].clone()})
        })
        .collect();
    json!({"kind": "APIGroupList", "apiVersion": "v1", "groups": list})
}

/// The subresources of the core group's kinds, in name order: (kind, suffix, group/version when
/// not the parent's, kind, verbs). `scale` and `status` are added from the kind's traits.
const SUBRESOURCES: [(Kind, &str, &str, &str, &[&str]); 9] = [
    (Kind::Node, "proxy", "", "NodeProxyOptions", &PROXY_VERBS),
    (Kind::Pod, "attach", "", "PodAttachOptions", &["create", "get"]),
    (Kind::Pod, "binding", "", "Binding", &["create"]),
    (Kind::Pod, "eviction", "policy/v1", "Eviction", &["create"]),
    (Kind::Pod, "exec", "", "PodExecOptions", &["create", "get"]),
    (Kind::Pod, "log", "", "Pod", &["get"]),
    (Kind::Pod, "proxy", "", "PodProxyOptions", &PROXY_VERBS),
    (Kind::Service, "proxy", "", "ServiceProxyOptions", &PROXY_VERBS),
    (Kind::ServiceAccount, "token", "authentication.k8s.io/v1", "TokenRequest", &["create"]),
];
const PROXY_VERBS: [&str; 5] = ["create", "delete", "get", "patch", "update"];

/// One entry of an APIResourceList.
fn api_resource(name: String, singular: &str, namespaced: bool, gv: &str, kind: &str, verbs: &[&str]) -> Value {
    let mut r = serde_json::Map::new();
    r.insert("name".into(), Value::from(name));
    r.insert("singularName".into(), Value::from(singular));
    r.insert("namespaced".into(), Value::from(namespaced));
    if let Some((g, v)) = gv.split_once('/') {
        r.insert("group".into(), Value::from(g));
        r.insert("version".into(), Value::from(v));
    }
    r.insert("kind".into(), Value::from(kind));
    r.insert("verbs".into(), Value::from(verbs));
    Value::Object(r)
}

fn resource_list(group: &str, version: &str) -> Value {
    let mut resources = Vec::new();
    for k in Kind::ALL.iter().filter(|k| k.info().group == group && conversion::is_served(**k, version)) {
        let i = k.info();
        let mut r = api_resource(i.plural.to_string(), i.singular, i.namespaced, "", i.kind, i.verbs);
        if !i.short_names.is_empty() {
            r["shortNames"] = Value::from(i.short_names);
        }
        if !i.categories.is_empty() {
            r["categories"] = Value::from(i.categories);
        }
        resources.push(r);
        // Subresources come in name order: `scale` and the table's, then `status`.
        let scale = super::scale::scalable(*k).then_some(("scale", "autoscaling/v1", "Scale", &["get", "patch", "update"][..]));
        let listed = SUBRESOURCES.iter().filter(|s| s.0 == *k).map(|s| (s.1, s.2, s.3, s.4));
        let status = i.has_status.then_some(("status", "", i.kind, &["get", "patch", "update"][..]));
        for (sub, gv, kind, verbs) in scale.into_iter().chain(listed).chain(status) {
            resources.push(api_resource(format!("{}/{}", i.plural, sub), "", i.namespaced, gv, kind, verbs));
        }
    }
    let gv = if group.is_empty() { version.to_string() } else { format!("{}/{}", group, version) };
    json!({"kind": "APIResourceList", "apiVersion": "v1", "groupVersion": gv, "resources": resources})
}
