//! `kubectl create <kind> NAME …`: objects built from flags (`create namespace`), sent as a POST.

use super::errors::{plain, StatusError};
use super::flags::{flag, Kind as F};
use super::{parse_flags, Invocation, Kubectl, Output};
use crate::apiserver::http::{Method, Request};
use serde_json::{json, Value};

const NAMESPACE_FLAGS: &[super::flags::Flag] =
    &[flag("dry-run", None, F::Value), flag("output", Some('o'), F::Value), flag("save-config", None, F::Bool), flag("field-manager", None, F::Value)];

/// Dispatches `kubectl create SUBCOMMAND`; returns false if the subcommand is not simulated.
pub fn run_sub(kubectl: &mut Kubectl, inv: Invocation, out: &mut Output) -> bool {
    let Some(pos) = inv.args.iter().position(|a| !a.starts_with('-')) else { return false };
    match inv.args[pos].as_str() {
        "namespace" | "ns" => {
            let mut args = inv.args.clone();
            args.remove(pos);
            namespace(kubectl, Invocation { args, ..inv }, out);
            true
        }
        "deployment" | "deploy" => {
            let mut args = inv.args.clone();
            args.remove(pos);
            deployment(kubectl, Invocation { args, ..inv }, out);
            true
        }
        _ => false,
    }
}

/// `kubectl create deployment NAME --image=IMAGE… [--replicas=N] [--port=P] [-- COMMAND…]`.
fn deployment(kubectl: &mut Kubectl, inv: Invocation, out: &mut Output) {
    let flags = [
        flag("image", None, F::Values),
        flag("replicas", Some('r'), F::Value),
        flag("port", None, F::Value),
        flag("dry-run", None, F::Value),
        flag("output", Some('o'), F::Value),
        flag("save-config", None, F::Bool),
        flag("field-manager", None, F::Value),
        flag("validate", None, F::Value),
    ];
    let Some(p) = parse_flags("create deployment", &inv.args, &flags, out) else { return };
    let (names, command) = match p.dash {
        Some(i) => (&p.positionals[..i], p.positionals[i..].to_vec()),
        None => (&p.positionals[..], Vec::new()),
    };
    let images = p.values("image");
    if images.is_empty() {
        return out.fail("error: required flag(s) \"image\" not set\n");
    }
    let name = match names {
        [n] => n.clone(),
        more => return out.fail(format!("error: exactly one NAME is required, got {}\nSee 'kubectl create deployment -h' for help and examples\n", more.len())),
    };
    if images.len() > 1 && !command.is_empty() {
        return out.fail("error: cannot specify multiple --image options and command\n");
    }
    let Ok(replicas) = super::scale::int_flag(&p, "replicas", "create deployment", out) else { return };
    let Ok(port) = super::scale::int_flag(&p, "port", "create deployment", out) else { return };
    let mut used = std::collections::BTreeSet::new();
    let mut containers = Vec::new();
    for (i, image) in images.iter().enumerate() {
        // buildPodSpec: the last path segment without tag or digest; `_` is not allowed.
        let last = image.rsplit('/').next().unwrap_or(image);
        let base = last.split(':').next().unwrap_or(last).split('@').next().unwrap_or(last).replace('_', "-");
        let mut cname = base.clone();
        if !used.insert(cname.clone()) {
            cname = format!("{}-{}", base, suffix(&format!("{}/{}", name, i)));
            used.insert(cname.clone());
        }
        let mut c = json!({"image": image, "name": cname, "resources": {}});
        if !command.is_empty() {
            c["command"] = json!(command);
        }
        containers.push(c);
    }
    if let Some(port) = port.filter(|p| *p >= 0) {
        containers[0]["ports"] = json!([{"containerPort": port}]);
    }
    let labels = json!({"app": name});
    let mut meta = json!({"name": name, "labels": labels, "creationTimestamp": null});
    if let Some(ns) = p.value("namespace") {
        meta["namespace"] = json!(ns);
    }
    let obj = json!({
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": meta,
        "spec": {
            "replicas": replicas.unwrap_or(1),
            "selector": {"matchLabels": labels},
            "strategy": {},
            "template": {"metadata": {"creationTimestamp": null, "labels": labels}, "spec": {"containers": containers}},
        },
        "status": {},
    });
    let ns = p.value("namespace").map(str::to_string).unwrap_or_else(|| kubectl.namespace.clone());
    let path = format!("/apis/apps/v1/namespaces/{}/deployments", ns);
    post(kubectl, inv, out, &p, &path, obj, "deployment.apps");
}

fn namespace(kubectl: &mut Kubectl, inv: Invocation, out: &mut Output) {
    let Some(p) = parse_flags("create namespace", &inv.args, NAMESPACE_FLAGS, out) else { return };
    let name = match p.positionals.as_slice() {
        [n] => n.clone(),
        [] => return out.fail("error: exactly one NAME is required, got 0\nSee 'kubectl create namespace -h' for help and examples\n"),
        more => return out.fail(format!("error: exactly one NAME is required, got {}\nSee 'kubectl create namespace -h' for help and examples\n", more.len())),
    };
    let obj = json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": name}});
    post(kubectl, inv, out, &p, "/api/v1/namespaces", obj, "namespace");
}

/// Sends the object (honouring `--dry-run` and `-o`) and prints `kind/name created`.
pub(super) fn post(_kubectl: &mut Kubectl, inv: Invocation, out: &mut Output, p: &super::flags::Parsed, path: &str, obj: Value, prefix: &str) {
    let dry = p.value("dry-run").unwrap_or("none");
    let name = obj["metadata"]["name"].as_str().unwrap_or("").to_string();
    let result = if dry == "client" {
        Ok(obj)
    } else {
        let mut req = Request::new(Method::Post, path)
            .with_query("fieldManager", p.value("field-manager").unwrap_or("kubectl-create"))
            .with_query("fieldValidation", "Strict")
            .with_header("Content-Type", "application/json")
            .with_body(obj.to_string());
        if dry == "server" {
            req = req.with_query("dryRun", "All");
        }
        let resp = inv.transport.round_trip(req);
        if resp.is_success() {
            Ok(serde_json::from_str(&resp.body).unwrap_or(Value::Null))
        } else {
            Err(StatusError::from_body(resp.code, &resp.body))
        }
    };
    let suffix = match dry {
        "client" => " (dry run)",
        "server" => " (server dry run)",
        _ => "",
    };
    match result {
        Err(e) if prefix == "deployment.apps" => out.fail(plain(&format!("failed to create deployment: {}", e.message))),
        Err(e) => out.fail(e.render()),
        Ok(v) => match p.value("output") {
            Some("yaml") => out.out(crate::manifest::to_yaml(&v)),
            Some("json") => out.out(super::printers::to_json(&v)),
            Some("name") => out.out(format!("{}/{}\n", prefix, name)),
            Some(o) if !o.is_empty() => out.fail(plain(&format!("unable to match a printer suitable for the output format {:?}, allowed formats are: json,name,yaml", o))),
            _ => out.out(format!("{}/{} created{}\n", prefix, name, suffix)),
        },
    }
}

/// Five characters from the name alphabet (`utilrand.String(5)`), chosen from `seed` so the same
/// command always makes the same name.
fn suffix(seed: &str) -> String {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in seed.bytes() {
        h = (h ^ b as u64).wrapping_mul(0x100000001b3);
    }
    let a = crate::api::names::ALPHANUMS;
    (0..5).map(|i| a[((h >> (i * 8)) % a.len() as u64) as usize] as char).collect()
}
