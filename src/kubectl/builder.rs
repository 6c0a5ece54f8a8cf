//! The resource builder's rules for commands that act on named objects (`rollout`, `scale`,
//! `set`): `TYPE NAME…` or `TYPE/NAME…` resolved through discovery, each object fetched, and
//! named in output as the name printer does (`deployment.apps/web`).

use super::discovery::ApiResource;
use super::errors::StatusError;
use super::{get, Invocation, Kubectl};
use crate::apiserver::http::{Method, Request};
use serde_json::Value;

pub const NO_RESOURCES: &str = "You must provide one or more resources by argument or filename.
Example resource specifications include:
   '-f rsrc.yaml'
   '--filename=rsrc.json'
   '<resource> <name>'
   '<resource>'";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Target {
    pub resource: ApiResource,
    pub namespace: String,
    pub name: String,
}

impl Target {
    /// `deployment.apps/web`.
    pub fn display(&self) -> String {
        format!("{}/{}", self.resource.kind_prefix(), self.name)
    }
    pub fn path(&self) -> String {
        self.resource.item_path(&self.namespace, &self.name)
    }
}

/// Resolves `TYPE NAME…` / `TYPE/NAME…` into targets; every type needs at least one name.
pub fn named_targets(kubectl: &mut Kubectl, inv: &mut Invocation, args: &[String], ns: &str) -> Result<Vec<Target>, String> {
    if args.is_empty() {
        return Err(NO_RESOURCES.into());
    }
    kubectl.discovery(inv.transport);
    let reqs = get::resolve_args(kubectl, args)?;
    let mut out = Vec::new();
    for r in reqs {
        if r.names.is_empty() {
            return Err("resource(s) were provided, but no name was specified".into());
        }
        for n in r.names {
            out.push(Target { resource: r.resource.clone(), namespace: ns.to_string(), name: n });
        }
    }
    Ok(out)
}

/// `TYPE NAME…`, or `TYPE` with `-l SELECTOR` / `--all` (each object of the type listed):
/// the builder's rules for commands such as `scale` and `set image`. An empty selection is not
/// an error here (the command says what it does with none). Errors come as the text to print.
pub fn selected_targets(kubectl: &mut Kubectl, inv: &mut Invocation, args: &[String], ns: &str, selector: Option<&str>, all: bool) -> Result<Vec<Target>, String> {
    use super::errors::plain;
    if selector.is_none() && !all {
        return named_targets(kubectl, inv, args, ns).map_err(|e| plain(&e));
    }
    if args.is_empty() {
        return Err(plain(NO_RESOURCES));
    }
    if args.iter().any(|a| a.contains('/')) || args.len() > 1 {
        return Err(plain("selectors and the all flag cannot be used when passing resource/name arguments"));
    }
    kubectl.discovery(inv.transport);
    let reqs = get::resolve_args(kubectl, args).map_err(|e| plain(&e))?;
    let mut out = Vec::new();
    for r in reqs {
        let mut req = Request::new(Method::Get, r.resource.collection_path(Some(ns))).with_header("Accept", "application/json");
        if let Some(sel) = selector {
            req = req.with_query("labelSelector", sel);
        }
        let resp = inv.transport.round_trip(req);
        if !resp.is_success() {
            return Err(StatusError::from_body(resp.code, &resp.body).render());
        }
        let list: Value = serde_json::from_str(&resp.body).unwrap_or(Value::Null);
        for item in list["items"].as_array().into_iter().flatten() {
            let name = item["metadata"]["name"].as_str().unwrap_or("").to_string();
            out.push(Target { resource: r.resource.clone(), namespace: ns.to_string(), name });
        }
    }
    Ok(out)
}

/// The objects `-f` names (files, directories, `-`) as targets, each in its own namespace or
/// the command's; errors come as the text to print.
pub fn file_targets(kubectl: &mut Kubectl, inv: &mut Invocation, files: &[String], recursive: bool, ns: &str, explicit_ns: bool) -> Result<Vec<Target>, String> {
    use super::errors::plain;
    use super::source::{map_doc, read_sources, target_namespace};
    let docs = read_sources(files, recursive, inv.stdin, inv.files).map_err(|e| plain(&e))?;
    kubectl.discovery(inv.transport);
    let disco = kubectl.discovery.as_ref().expect("discovery");
    let mut out = Vec::new();
    for doc in &docs {
        let res = map_doc(doc, disco).map_err(|e| plain(&e))?;
        let namespace = target_namespace(doc, res, ns, explicit_ns).map_err(|e| plain(&e))?;
        out.push(Target { resource: res.clone(), namespace, name: doc.value["metadata"]["name"].as_str().unwrap_or("").to_string() });
    }
    Ok(out)
}

/// GETs a target.
pub fn fetch(inv: &mut Invocation, t: &Target) -> Result<Value, StatusError> {
    get(inv.transport, t)
}

/// GETs a target over a transport (a command that follows has no invocation any more).
pub fn get(transport: &mut dyn super::Transport, t: &Target) -> Result<Value, StatusError> {
    let resp = transport.round_trip(Request::new(Method::Get, t.path()).with_header("Accept", "application/json"));
    if !resp.is_success() {
        return Err(StatusError::from_body(resp.code, &resp.body));
    }
    Ok(serde_json::from_str(&resp.body).unwrap_or(Value::Null))
}

/// PATCHes a target (or one of its subresources) and returns the result.
pub fn patch(inv: &mut Invocation, t: &Target, sub: Option<&str>, content_type: &str, body: &Value, manager: &str, dry_run_server: bool) -> Result<Value, StatusError> {
    let path = match sub {
        Some(s) => format!("{}/{}", t.path(), s),
        None => t.path(),
    };
    let mut req = Request::new(Method::Patch, path)
        .with_header("Content-Type", content_type)
        .with_query("fieldManager", manager)
        .with_body(body.to_string());
    if dry_run_server {
        req = req.with_query("dryRun", "All");
    }
    let resp = inv.transport.round_trip(req);
    if !resp.is_success() {
        return Err(StatusError::from_body(resp.code, &resp.body));
    }
    Ok(serde_json::from_str(&resp.body).unwrap_or(Value::Null))
}

/// Creates an object a command generated (`autoscale`, `expose`), or with `--dry-run=client`
/// only prints it, and reports it as kubectl's generators do: `<display> <verb>` with the dry-run
/// suffix, or the object in the `-o` format. False when it failed (the error is in `out`).
pub fn create_generated(inv: &mut Invocation, out: &mut super::Output, p: &super::flags::Parsed, path: &str, obj: Value, manager: &str, display: &str, verb: &str) -> bool {
    let dry = p.value("dry-run").unwrap_or("none");
    let result: Result<Value, StatusError> = if dry == "client" {
        Ok(obj)
    } else {
        let mut req = Request::new(Method::Post, path.to_string())
            .with_header("Content-Type", "application/json")
            .with_query("fieldManager", p.value("field-manager").unwrap_or(manager))
            .with_body(obj.to_string());
        if dry == "server" {
            req = req.with_query("dryRun", "All");
        }
        let resp = inv.transport.round_trip(req);
        if resp.is_success() { Ok(serde_json::from_str(&resp.body).unwrap_or(Value::Null)) } else { Err(StatusError::from_body(resp.code, &resp.body)) }
    };
    let suffix = match dry {
        "client" => " (dry run)",
        "server" => " (server dry run)",
        _ => "",
    };
    match result {
        Err(e) => out.fail(e.render()),
        Ok(v) => print_obj(out, p, &v, display, &format!("{}{}", verb, suffix)),
    }
    out.exit_code == 0
}

/// What a command that changed an object prints of it: the object in the `-o` format, or
/// `<display> <what>` (`deployment.apps/web env updated`).
pub fn print_obj(out: &mut super::Output, p: &super::flags::Parsed, v: &Value, display: &str, what: &str) {
    match p.value("output") {
        Some("yaml") => out.out(crate::manifest::to_yaml(&super::printers::omit_managed(v, p.bool("show-managed-fields")))),
        Some("json") => out.out(super::printers::to_json(&super::printers::omit_managed(v, p.bool("show-managed-fields")))),
        Some("name") => out.out(format!("{}\n", display)),
        Some(o) if o.starts_with("jsonpath=") || o.starts_with("jsonpath-as-json=") => {
            let (format, text) = o.split_once('=').unwrap_or_default();
            match super::jsonpath::JsonPath::parse(text) {
                Ok(jp) => match super::printers::print_jsonpath(text, &mut jp.enable_json_output(format == "jsonpath-as-json"), v) {
                    Ok(s) => out.out(s),
                    Err(e) => out.fail(super::errors::plain(&e)),
                },
                Err(e) => out.fail(super::errors::plain(&format!("error parsing jsonpath {}, {}", text, e))),
            }
        }
        Some(o) if !o.is_empty() => out.fail(super::errors::plain(&format!("unable to match a printer suitable for the output format {:?}, allowed formats are: json,name,yaml", o))),
        _ => out.out(format!("{} {}\n", display, what)),
    }
}
