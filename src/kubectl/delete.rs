//! `kubectl delete`: by name, by `-l`/`--all`, or by `-f`, with graceful deletion, cascading
//! (`--cascade`), `--force`, and waiting until the objects are gone (`--wait`, the default).

use super::errors::{plain, StatusError};
use super::flags::{flag, Kind as F};
use super::get::{report, resolve_args};
use super::source::{map_doc, read_sources, target_namespace};
use super::{parse_flags, Invocation, Kubectl, Output, WaitFor};
use crate::apiserver::http::{Method, Request};
use serde_json::Value;
use crate::json;

const FLAGS: &[super::flags::Flag] = &[
    flag("filename", Some('f'), F::Values),
    flag("recursive", Some('R'), F::Bool),
    flag("selector", Some('l'), F::Value),
    flag("field-selector", None, F::Value),
    flag("all", None, F::Bool),
    flag("all-namespaces", Some('A'), F::Bool),
    flag("grace-period", None, F::Value),
    flag("force", None, F::Bool),
    flag("now", None, F::Bool),
    flag("wait", None, F::Bool),
    flag("cascade", None, F::Value),
    flag("ignore-not-found", None, F::Bool),
    flag("dry-run", None, F::Value),
    flag("output", Some('o'), F::Value),
    flag("timeout", None, F::Value),
];

struct Target {
    kind_prefix: String,
    namespaced: bool,
    path: String,
    name: String,
    namespace: String,
}

pub fn run(kubectl: &mut Kubectl, inv: Invocation, out: &mut Output) {
    let Some(p) = parse_flags("delete", &inv.args, FLAGS, out) else { return };
    let ns = p.value("namespace").map(str::to_string).unwrap_or_else(|| kubectl.namespace.clone());
    let explicit_ns = p.has("namespace");
    let force = p.bool("force");
    let mut grace: i64 = match p.value("grace-period").map(|g| g.parse::<i64>()) {
        None => -1,
        Some(Ok(g)) => g,
        Some(Err(_)) => return out.fail(format!("error: invalid argument {:?} for \"--grace-period\" flag: strconv.ParseInt: parsing {:?}: invalid syntax\nSee 'kubectl delete --help' for usage.\n", p.value("grace-period").unwrap_or(""), p.value("grace-period").unwrap_or(""))),
    };
    if p.bool("now") {
        if grace != -1 {
            return out.fail(plain("--now and --grace-period cannot be specified together"));
        }
        grace = 1;
    }
    if grace == 0 && !force {
        grace = 1;
    }
    if force && grace < 0 {
        grace = 0;
    }
    let propagation = match p.value("cascade").unwrap_or("background") {
        "background" | "true" => "Background",
        "foreground" => "Foreground",
        "orphan" | "false" => "Orphan",
        other => return out.fail(plain(&format!("invalid cascade value ({}). Must be \"background\", \"foreground\", or \"orphan\"", other))),
    };
    let wait = p.value("wait").map(|w| w == "true").unwrap_or(true);
    let selector = p.value("selector").unwrap_or("").to_string();
    let all = p.bool("all");
    let all_ns = p.bool("all-namespaces");
    let filenames = p.values("filename");
    kubectl.discovery(inv.transport);
    let mut targets: Vec<Target> = Vec::new();
    let mut api_errors: Vec<StatusError> = Vec::new();
    let Invocation { transport, stdin, files, .. } = inv;
    if !filenames.is_empty() {
        let docs = match read_sources(&filenames, p.bool("recursive"), stdin, files) {
            Ok(d) => d,
            Err(e) => return out.fail(plain(&e)),
        };
        let disco = kubectl.discovery.as_ref().expect("discovery");
        for doc in &docs {
            let res = match map_doc(doc, disco) {
                Ok(r) => r,
                Err(e) => return out.fail(plain(&e)),
            };
            let tns = match target_namespace(doc, res, &ns, explicit_ns) {
                Ok(n) => n,
                Err(e) => return out.fail(plain(&e)),
            };
            let name = doc.value["metadata"]["name"].as_str().unwrap_or("").to_string();
            targets.push(Target { kind_prefix: res.kind_prefix(), namespaced: res.namespaced, path: res.item_path(&tns, &name), name, namespace: tns });
        }
    } else {
        if p.positionals.is_empty() {
            return out.fail("error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'\n");
        }
        let requests = match resolve_args(kubectl, &p.positionals) {
            Ok(r) => r,
            Err(e) => return out.fail(plain(&e)),
        };
        let named = requests.iter().any(|r| !r.names.is_empty());
        if named && (all || !selector.is_empty()) {
            return out.fail(plain("name cannot be provided when a selector is specified"));
        }
        if !named && !all && selector.is_empty() && p.value("field-selector").is_none() {
            return out.fail(plain("resource(s) were provided, but no name was specified"));
        }
        for r in &requests {
            let res = r.resource;
            if named {
                for n in &r.names {
                    targets.push(Target { kind_prefix: res.kind_prefix(), namespaced: res.namespaced, path: res.item_path(&ns, n), name: n.clone(), namespace: ns.clone() });
                }
                continue;
            }
            let mut req = Request::new(Method::Get, res.collection_path(if all_ns { None } else { Some(&ns) })).with_header("Accept", "application/json");
            if !selector.is_empty() {
                req = req.with_query("labelSelector", selector.clone());
            }
            if let Some(fs) = p.value("field-selector") {
                req = req.with_query("fieldSelector", fs);
            }
            let resp = transport.round_trip(req);
            if !resp.is_success() {
                api_errors.push(StatusError::from_body(resp.code, &resp.body));
                continue;
            }
            let list: Value = serde_json::from_str(&resp.body).unwrap_or(Value::Null);
            for item in list["items"].as_array().into_iter().flatten() {
                let name = item["metadata"]["name"].as_str().unwrap_or("").to_string();
                let ins = item["metadata"]["namespace"].as_str().unwrap_or("").to_string();
                targets.push(Target { kind_prefix: res.kind_prefix(), namespaced: res.namespaced, path: res.item_path(&ins, &name), name, namespace: ins });
            }
        }
        if targets.is_empty() && api_errors.is_empty() {
            out.err("No resources found\n");
            return;
        }
    }
    let dry_run = matches!(p.value("dry-run"), Some("client") | Some("server") | Some("true"));
    if force && grace == 0 && !dry_run {
        out.err("Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n");
    }
    let word = if force && grace == 0 { "force deleted" } else { "deleted" };
    let mut body = json!({"kind": "DeleteOptions", "apiVersion": "v1", "propagationPolicy": propagation});
    if grace >= 0 {
        body["gracePeriodSeconds"] = Value::from(grace);
    }
    for t in &targets {
        let mut req = Request::new(Method::Delete, t.path.clone()).with_header("Content-Type", "application/json").with_body(body.to_string());
        if p.value("dry-run") == Some("server") {
            req = req.with_query("dryRun", "All");
        }
        if p.value("dry-run") == Some("client") {
            out.out(format!("{} \"{}\" {} (dry run)\n", t.kind_prefix, t.name, word));
            continue;
        }
        let resp = transport.round_trip(req);
        if !resp.is_success() {
            let e = StatusError::from_body(resp.code, &resp.body);
            if !(e.is_not_found() && p.bool("ignore-not-found")) {
                api_errors.push(e);
            }
            continue;
        }
        let obj: Value = serde_json::from_str(&resp.body).unwrap_or(Value::Null);
        if p.value("output") == Some("name") {
            out.out(format!("{}/{}\n", t.kind_prefix, t.name));
        } else if t.namespaced {
            out.out(format!("{} \"{}\" {} from {} namespace{}\n", t.kind_prefix, t.name, word, t.namespace, if dry_run { " (server dry run)" } else { "" }));
        } else {
            out.out(format!("{} \"{}\" {}{}\n", t.kind_prefix, t.name, word, if dry_run { " (server dry run)" } else { "" }));
        }
        let uid = obj["metadata"]["uid"].as_str().or(obj["details"]["uid"].as_str()).unwrap_or("").to_string();
        if wait && !dry_run && !(force && grace == 0) {
            out.wait.push(WaitFor::Gone { path: t.path.clone(), uid });
        }
    }
    report(api_errors, out);
}
