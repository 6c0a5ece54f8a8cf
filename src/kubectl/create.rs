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
        _ => false,
    }
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
fn post(_kubectl: &mut Kubectl, inv: Invocation, out: &mut Output, p: &super::flags::Parsed, path: &str, obj: Value, prefix: &str) {
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
