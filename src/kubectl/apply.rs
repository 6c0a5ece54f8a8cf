//! `kubectl apply -f` (client-side apply: create with the last-applied annotation, or a three-way
//! patch computed from last-applied, the file and the live object) and `kubectl create -f`.

use super::errors::{plain, StatusError};
use super::flags::{flag, Kind as F};
use super::get::report;
use super::source::{map_doc, read_sources, target_namespace, Doc};
use super::{parse_flags, Invocation, Kubectl, Output};
use crate::apiserver::http::{Method, Request};
use serde_json::Value;
use crate::json;

pub const LAST_APPLIED: &str = "kubectl.kubernetes.io/last-applied-configuration";

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Apply,
    Create,
    Replace,
}

const FLAGS: &[super::flags::Flag] = &[
    flag("filename", Some('f'), F::Values),
    flag("recursive", Some('R'), F::Bool),
    flag("dry-run", None, F::Value),
    flag("output", Some('o'), F::Value),
    flag("validate", None, F::Value),
    flag("field-manager", None, F::Value),
    flag("server-side", None, F::Bool),
    flag("force-conflicts", None, F::Bool),
    flag("save-config", None, F::Bool),
    flag("force", None, F::Bool),
    flag("overwrite", None, F::Bool),
    flag("selector", Some('l'), F::Value),
];

/// The diff of `modified` against `base` that ignores fields `modified` leaves out: what changes.
/// Lists compare element-wise the same way; any difference sends the whole list.
fn changes(base: &Value, modified: &Value) -> Option<Value> {
    match (base, modified) {
        (Value::Object(b), Value::Object(m)) => {
            let mut out = serde_json::Map::new();
            for (k, mv) in m {
                match b.get(k) {
                    Some(bv) => {
                        if let Some(d) = changes(bv, mv) {
                            out.insert(k.clone(), d);
                        }
                    }
                    None if mv.is_null() => {}
                    None => {
                        out.insert(k.clone(), mv.clone());
                    }
                }
            }
            (!out.is_empty()).then_some(Value::Object(out))
        }
        (Value::Array(b), Value::Array(m)) => {
            let same = b.len() == m.len() && b.iter().zip(m).all(|(bv, mv)| changes(bv, mv).is_none());
            (!same).then(|| modified.clone())
        }
        (b, m) if b == m => None,
        _ => Some(modified.clone()),
    }
}

/// Fields that were in the last applied configuration but are gone from the file: set to null.
fn deletions(original: &Value, modified: &Value) -> Option<Value> {
    match (original, modified) {
        (Value::Object(o), Value::Object(m)) => {
            let mut out = serde_json::Map::new();
            for (k, ov) in o {
                match m.get(k) {
                    None => {
                        out.insert(k.clone(), Value::Null);
                    }
                    Some(mv) => {
                        if let Some(d) = deletions(ov, mv) {
                            out.insert(k.clone(), d);
                        }
                    }
                }
            }
            (!out.is_empty()).then_some(Value::Object(out))
        }
        _ => None,
    }
}

fn merge_into(target: &mut Value, extra: Value) {
    match (target, extra) {
        (Value::Object(t), Value::Object(e)) => {
            for (k, v) in e {
                match t.get_mut(k.as_str()) {
                    Some(existing) if existing.is_object() && v.is_object() => merge_into(existing, v),
                    _ => {
                        t.insert(k, v);
                    }
                }
            }
        }
        (t, e) => *t = e,
    }
}

/// `CreateThreeWayJSONMergePatch(original, modified, current)`.
pub fn three_way_patch(original: Option<&Value>, modified: &Value, current: &Value) -> Value {
    let mut patch = changes(current, modified).unwrap_or_else(|| json!({}));
    if let Some(del) = original.and_then(|o| deletions(o, modified)) {
        merge_into(&mut patch, del);
    }
    patch
}

/// The object as sent (`GetModifiedConfiguration`): the last-applied annotation holds the object's
/// own JSON with that annotation removed, leaving `annotations: {}` when there were no others.
fn with_last_applied(doc: &Value) -> Value {
    let mut v = without_last_applied(doc);
    let encoded = format!("{}\n", v);
    v["metadata"]["annotations"][LAST_APPLIED] = Value::String(encoded);
    v
}

/// `GetModifiedConfiguration` without annotating: the object with its annotations (an empty
/// map when none) less the last-applied one.
fn without_last_applied(doc: &Value) -> Value {
    let mut clean = doc.clone();
    if !clean["metadata"].is_object() {
        clean["metadata"] = json!({});
    }
    let meta = clean["metadata"].as_object_mut().expect("metadata");
    let mut annotations = meta.get("annotations").and_then(Value::as_object).cloned().unwrap_or_default();
    annotations.remove(LAST_APPLIED);
    meta.insert("annotations".into(), Value::Object(annotations));
    clean
}

/// kubectl puts the target namespace into a namespaced object before it encodes it.
fn with_namespace(doc: &Value, res: &super::discovery::ApiResource, ns: &str) -> Value {
    let mut value = doc.clone();
    if res.namespaced {
        if !value["metadata"].is_object() {
            value["metadata"] = json!({});
        }
        value["metadata"]["namespace"] = Value::from(ns);
    }
    value
}

pub fn run(kubectl: &mut Kubectl, inv: Invocation, out: &mut Output, mode: Mode) {
    let verb = match mode {
        Mode::Apply => "apply",
        Mode::Create => "create",
        Mode::Replace => "replace",
    };
    let Some(p) = parse_flags(verb, &inv.args, FLAGS, out) else { return };
    if mode == Mode::Create && !p.positionals.is_empty() {
        return out.fail(plain(&format!("kubeplay does not simulate \"kubectl create {}\" yet", p.positionals[0])));
    }
    if !p.positionals.is_empty() {
        return out.fail(plain(&format!("Unexpected args: [{}]\nSee 'kubectl {} -h' for help and examples", p.positionals.join(" "), verb)));
    }
    let server_side = p.bool("server-side");
    if p.bool("force-conflicts") && !server_side {
        return out.fail(plain("--force-conflicts only works with --server-side"));
    }
    let filenames = p.values("filename");
    if filenames.is_empty() {
        return out.fail("error: must specify one of -f and -k\n");
    }
    let dry_run = p.value("dry-run").unwrap_or("none").to_string();
    let dry_run = match dry_run.as_str() {
        "none" | "false" => "",
        "client" | "true" => "client",
        "server" => "server",
        other => return out.fail(plain(&format!("Invalid dry-run value ({}). Must be \"none\", \"server\", or \"client\".", other))),
    };
    if server_side && dry_run == "client" {
        return out.fail(plain("--dry-run=client doesn't work with --server-side (did you mean --dry-run=server?)"));
    }
    let manager = p.value("field-manager").unwrap_or(if server_side { "kubectl" } else { "kubectl-client-side-apply" }).to_string();
    let output = p.value("output").unwrap_or("").to_string();
    let explicit_ns = p.has("namespace");
    let ns = p.value("namespace").map(str::to_string).unwrap_or_else(|| kubectl.namespace.clone());
    let docs = match read_sources(&filenames, p.bool("recursive"), inv.stdin, inv.files) {
        Ok(d) => d,
        Err(e) => return out.fail(plain(&e)),
    };
    if docs.is_empty() {
        return out.fail(plain(&format!("no objects passed to {}", verb)));
    }
    kubectl.discovery(inv.transport);
    let mut api_errors: Vec<StatusError> = Vec::new();
    let mut plain_errors: Vec<String> = Vec::new();
    let Invocation { transport, .. } = inv;
    for doc in &docs {
        let disco = kubectl.discovery.as_ref().expect("discovery");
        let res = match map_doc(doc, disco) {
            Ok(r) => r.clone(),
            Err(e) => {
                plain_errors.push(e);
                continue;
            }
        };
        let target_ns = match target_namespace(doc, &res, &ns, explicit_ns) {
            Ok(n) => n,
            Err(e) => {
                plain_errors.push(e);
                continue;
            }
        };
        let suffix = match dry_run {
            "client" => " (dry run)",
            "server" => " (server dry run)",
            _ => "",
        };
        let result = match mode {
            Mode::Create => create_one(transport, doc, &res, &target_ns, dry_run, p.bool("save-config")),
            Mode::Replace => replace_one(transport, doc, &res, &target_ns, dry_run),
            Mode::Apply if server_side => server_side_one(transport, doc, &res, &target_ns, dry_run, &manager, p.bool("force-conflicts")),
            Mode::Apply => apply_one(transport, doc, &res, &target_ns, dry_run, &manager, out, true),
        };
        match result {
            Ok((word, obj)) => {
                let name = obj["metadata"]["name"].as_str().or(doc.value["metadata"]["name"].as_str()).unwrap_or("").to_string();
                match output.as_str() {
                    "name" => out.out(format!("{}/{}\n", res.kind_prefix(), name)),
                    "yaml" => out.out(crate::manifest::to_yaml(&super::printers::omit_managed(&obj, p.bool("show-managed-fields")))),
                    "json" => out.out(super::printers::to_json(&super::printers::omit_managed(&obj, p.bool("show-managed-fields")))),
                    _ => out.out(format!("{}/{} {}{}\n", res.kind_prefix(), name, word, suffix)),
                }
            }
            Err(Failure::Api(e)) => api_errors.push(e),
            Err(Failure::Plain(e)) => plain_errors.push(e),
        }
    }
    for e in &plain_errors {
        out.fail(plain(e));
    }
    if !plain_errors.is_empty() && !api_errors.is_empty() {
        for e in &api_errors {
            out.fail(e.render());
        }
    } else {
        report(api_errors, out);
    }
}

pub(super) enum Failure {
    Api(StatusError),
    Plain(String),
}

impl Failure {
    /// As kubectl prints it.
    pub(super) fn render(&self) -> String {
        match self {
            Failure::Api(e) => e.render(),
            Failure::Plain(s) => plain(s),
        }
    }
}

fn send(t: &mut dyn super::Transport, req: Request) -> Result<Value, StatusError> {
    let resp = t.round_trip(req);
    if !resp.is_success() {
        return Err(StatusError::from_body(resp.code, &resp.body));
    }
    Ok(serde_json::from_str(&resp.body).unwrap_or(Value::Null))
}

fn with_dry_run(req: Request, dry_run: &str) -> Request {
    if dry_run == "server" {
        req.with_query("dryRun", "All")
    } else {
        req
    }
}

fn create_one(t: &mut dyn super::Transport, doc: &Doc, res: &super::discovery::ApiResource, ns: &str, dry_run: &str, save_config: bool) -> Result<(&'static str, Value), Failure> {
    let body = if save_config { with_last_applied(&doc.value) } else { doc.value.clone() };
    if dry_run == "client" {
        return Ok(("created", body));
    }
    let req = Request::new(Method::Post, res.collection_path(Some(ns)))
        .with_query("fieldManager", "kubectl-create")
        .with_query("fieldValidation", "Strict")
        .with_header("Content-Type", "application/json")
        .with_body(body.to_string());
    send(t, with_dry_run(req, dry_run)).map(|v| ("created", v)).map_err(|e| Failure::Api(e.with_source("creating", &doc.source)))
}

/// `kubectl replace -f`: PUT the object as written (its resourceVersion, if any, is a precondition).
fn replace_one(t: &mut dyn super::Transport, doc: &Doc, res: &super::discovery::ApiResource, ns: &str, dry_run: &str) -> Result<(&'static str, Value), Failure> {
    let name = doc.value["metadata"]["name"].as_str().unwrap_or("").to_string();
    if name.is_empty() {
        return Err(Failure::Plain(format!("error when replacing {:?}: resource name may not be empty", doc.source)));
    }
    let body = with_namespace(&doc.value, res, ns);
    if dry_run == "client" {
        return Ok(("replaced", body));
    }
    let req = Request::new(Method::Put, res.item_path(ns, &name))
        .with_query("fieldManager", "kubectl-replace")
        .with_query("fieldValidation", "Strict")
        .with_header("Content-Type", "application/json")
        .with_body(body.to_string());
    send(t, with_dry_run(req, dry_run)).map(|v| ("replaced", v)).map_err(|e| Failure::Api(e.with_source("replacing", &doc.source)))
}

/// `apply --server-side`: the whole file to the apiserver, which merges it and records the
/// fields as this manager's.
fn server_side_one(t: &mut dyn super::Transport, doc: &Doc, res: &super::discovery::ApiResource, ns: &str, dry_run: &str, manager: &str, force: bool) -> Result<(&'static str, Value), Failure> {
    let name = doc.value["metadata"]["name"].as_str().unwrap_or("");
    let mut req = Request::new(Method::Patch, res.item_path(ns, name));
    if dry_run == "server" {
        req = req.with_query("dryRun", "All");
    }
    let req = req
        .with_query("fieldManager", manager)
        .with_query("fieldValidation", "Strict")
        .with_query("force", if force { "true" } else { "false" })
        .with_header("Content-Type", crate::apiserver::decode::APPLY_PATCH)
        .with_body(with_namespace(&doc.value, res, ns).to_string());
    match send(t, req) {
        Ok(v) => Ok(("serverside-applied", v)),
        Err(e) if e.reason == "Conflict" => Err(Failure::Plain(format!("{}\n{}", e.message, CONFLICT_HELP))),
        Err(e) => Err(Failure::Api(e)),
    }
}

const CONFLICT_HELP: &str = "Please review the fields above--they currently have other managers. Here
are the ways you can resolve this warning:
* If you intend to manage all of these fields, please re-run the apply
  command with the `--force-conflicts` flag.
* If you do not intend to manage all of the fields, please edit your
  manifest to remove references to the fields that should keep their
  current managers.
* You may co-own fields by updating your manifest to match the existing
  value; in this case, you'll become the manager if the other manager(s)
  stop managing the field (remove it from their configuration).
See https://kubernetes.io/docs/reference/using-api/server-side-apply/#conflicts";

#[allow(clippy::too_many_arguments)]
/// Applies one document (client-side): created, configured or unchanged, and the object the
/// apiserver returned. `annotate`: whether the sent object carries the last-applied annotation
/// (`kubectl diff` merges without it).
pub(super) fn apply_one(t: &mut dyn super::Transport, doc: &Doc, res: &super::discovery::ApiResource, ns: &str, dry_run: &str, manager: &str, out: &mut Output, annotate: bool) -> Result<(&'static str, Value), Failure> {
    let name = doc.value["metadata"]["name"].as_str().unwrap_or("").to_string();
    if name.is_empty() {
        let gv = if res.group.is_empty() { format!("/{}", res.version) } else { format!("{}/{}", res.group, res.version) };
        return Err(Failure::Plain(format!(
            "error when retrieving current configuration of:\nResource: \"{gv}, Resource={}\", GroupVersionKind: \"{gv}, Kind={}\"\nName: \"\", Namespace: \"{}\"\nfrom server for: \"{}\": resource name may not be empty",
            res.name, res.kind, ns, doc.source
        )));
    }
    let modified = if annotate { with_last_applied(&with_namespace(&doc.value, res, ns)) } else { without_last_applied(&with_namespace(&doc.value, res, ns)) };
    let current = match send(t, Request::new(Method::Get, res.item_path(ns, &name)).with_header("Accept", "application/json")) {
        Ok(v) => v,
        Err(e) if e.is_not_found() => {
            if dry_run == "client" {
                return Ok(("created", modified));
            }
            let req = Request::new(Method::Post, res.collection_path(Some(ns)))
                .with_query("fieldManager", manager)
                .with_query("fieldValidation", "Strict")
                .with_header("Content-Type", "application/json")
                .with_body(modified.to_string());
            return send(t, with_dry_run(req, dry_run)).map(|v| ("created", v)).map_err(|e| Failure::Api(e.with_source("creating", &doc.source)));
        }
        Err(e) => return Err(Failure::Api(e.with_source("retrieving current configuration of", &doc.source))),
    };
    let original: Option<Value> = current["metadata"]["annotations"][LAST_APPLIED].as_str().and_then(|s| serde_json::from_str(s).ok());
    if original.is_none() {
        out.err(format!(
            "Warning: resource {}/{} is missing the {} annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\n",
            res.name, name, LAST_APPLIED
        ));
    }
    let patch = three_way_patch(original.as_ref(), &modified, &current);
    if patch == json!({}) {
        return Ok(("unchanged", current));
    }
    if dry_run == "client" {
        return Ok(("configured", modified));
    }
    let req = Request::new(Method::Patch, res.item_path(ns, &name))
        .with_query("fieldManager", manager)
        .with_query("fieldValidation", "Strict")
        .with_header("Content-Type", "application/strategic-merge-patch+json")
        .with_body(patch.to_string());
    send(t, with_dry_run(req, dry_run)).map(|v| ("configured", v)).map_err(|e| {
        Failure::Api(e.with_source(&format!("applying patch:\n{}\nto:\n{}\nfor:", patch, res.kind), &doc.source))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reapplying_the_same_file_is_unchanged() {
        let file = json!({"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "x"}, "spec": {"containers": [{"name": "c", "image": "nginx"}]}});
        let modified = with_last_applied(&file);
        let mut live = modified.clone();
        live["metadata"]["uid"] = json!("u");
        live["spec"]["containers"][0]["imagePullPolicy"] = json!("Always");
        live["spec"]["restartPolicy"] = json!("Always");
        let original: Value = serde_json::from_str(live["metadata"]["annotations"][LAST_APPLIED].as_str().unwrap()).unwrap();
        assert_eq!(three_way_patch(Some(&original), &modified, &live), json!({}));
    }

    #[test]
    fn removed_fields_become_null_and_changes_are_sent() {
        let original = json!({"metadata": {"labels": {"a": "1", "b": "2"}}, "spec": {"replicas": 3}});
        let modified = json!({"metadata": {"labels": {"a": "1"}}, "spec": {"replicas": 5}});
        let live = json!({"metadata": {"labels": {"a": "1", "b": "2"}, "uid": "u"}, "spec": {"replicas": 3, "x": 1}});
        assert_eq!(three_way_patch(Some(&original), &modified, &live), json!({"metadata": {"labels": {"b": null}}, "spec": {"replicas": 5}}));
    }
}

/// `kubectl apply view-last-applied (TYPE [NAME | -l label] | TYPE/NAME | -f FILENAME)`: each
/// object's last-applied annotation, as YAML (the default) or indented JSON; an object without
/// one prints nothing.
pub fn view_last_applied(kubectl: &mut Kubectl, mut inv: Invocation, out: &mut Output) {
    let flags = [
        flag("filename", Some('f'), F::Values),
        flag("recursive", Some('R'), F::Bool),
        flag("selector", Some('l'), F::Value),
        flag("all", None, F::Bool),
        flag("output", Some('o'), F::Value),
        flag("kustomize", Some('k'), F::Value),
    ];
    let Some(p) = parse_flags("apply view-last-applied", &inv.args, &flags, out) else { return };
    let format = p.value("output").unwrap_or("yaml");
    if format != "yaml" && format != "json" {
        return out.fail(format!("error: Unexpected -o output mode: {}, the flag 'output' must be one of yaml|json\nSee 'kubectl apply view-last-applied -h' for help and examples\n", format));
    }
    let ns = p.value("namespace").map(str::to_string).unwrap_or_else(|| kubectl.namespace.clone());
    let filenames = p.values("filename");
    let targets = if filenames.is_empty() {
        if p.positionals.is_empty() {
            return out.fail(format!("error: {}\n", super::builder::NO_RESOURCES));
        }
        match super::builder::selected_targets(kubectl, &mut inv, &p.positionals, &ns, p.value("selector"), p.bool("all")) {
            Ok(t) => t,
            Err(e) => return out.fail(e),
        }
    } else {
        match super::builder::file_targets(kubectl, &mut inv, &filenames, p.bool("recursive"), &ns, p.value("namespace").is_some()) {
            Ok(t) => t,
            Err(e) => return out.fail(e),
        }
    };
    for t in targets {
        let obj = match super::builder::fetch(&mut inv, &t) {
            Ok(v) => v,
            Err(e) => return out.fail(e.render()),
        };
        let Some(applied) = obj["metadata"]["annotations"][LAST_APPLIED].as_str() else { continue };
        let Ok(v) = serde_json::from_str::<Value>(applied) else { continue };
        if format == "json" {
            out.out(format!("{}\n", serde_json::to_string_pretty(&v).unwrap_or_default()));
        } else {
            out.out(crate::manifest::to_yaml(&v));
        }
    }
}
