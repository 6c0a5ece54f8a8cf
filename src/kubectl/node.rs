//! `kubectl cordon` / `kubectl uncordon` (`pkg/cmd/drain`, `pkg/drain/cordon.go`), and what they
//! share with `drain`: the nodes named on the command line or selected with `-l`, the dry-run
//! strategy, and the cordon helper that patches `spec.unschedulable`.

use super::errors::{plain, StatusError};
use super::flags::{flag, Kind as F, Parsed};
use super::{parse_flags, Invocation, Kubectl, Output};
use crate::apiserver::http::{Method, Request};
use serde_json::Value;
use crate::json;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DryRun {
    None,
    Client,
    Server,
}

impl DryRun {
    /// `cmdutil.GetDryRunStrategy`.
    pub fn parse(p: &Parsed) -> Result<DryRun, String> {
        match p.value("dry-run").unwrap_or("none") {
            "none" => Ok(DryRun::None),
            "client" => Ok(DryRun::Client),
            "server" => Ok(DryRun::Server),
            other => Err(format!("error: Invalid dry-run value ({}). Must be \"none\", \"server\", or \"client\".\n", other)),
        }
    }
    /// What the name printer appends.
    pub fn suffix(self) -> &'static str {
        match self {
            DryRun::None => "",
            DryRun::Client => " (dry run)",
            DryRun::Server => " (server dry run)",
        }
    }
}

/// `cmdutil.UsageErrorf`: the message, then where to get help.
pub fn usage_error(verb: &str, msg: &str) -> String {
    plain(&format!("{}\nSee 'kubectl {} -h' for help and examples", msg, verb))
}

fn get_json(inv: &mut Invocation, req: Request) -> Result<Value, String> {
    let resp = inv.transport.round_trip(req.with_header("Accept", "application/json"));
    if !resp.is_success() {
        return Err(StatusError::from_body(resp.code, &resp.body).render());
    }
    Ok(serde_json::from_str(&resp.body).unwrap_or(Value::Null))
}

/// The drain command's builder: `ResourceNames("nodes", args…)` (a `TYPE/NAME` argument names
/// its own type) or the nodes a label selector picks; every object is fetched before anything is
/// changed, and the first failure stops the command.
pub fn resolve_nodes(kubectl: &mut Kubectl, inv: &mut Invocation, args: &[String], selector: Option<&str>, ns: &str) -> Result<Vec<Value>, String> {
    let mut out = Vec::new();
    if let Some(sel) = selector.filter(|s| !s.is_empty()) {
        let list = get_json(inv, Request::new(Method::Get, "/api/v1/nodes").with_query("labelSelector", sel))?;
        out.extend(super::list_items(&list));
    }
    for a in args {
        let (path, node) = match a.split_once('/') {
            None => (format!("/api/v1/nodes/{}", a), true),
            Some((t, n)) => {
                kubectl.discovery(inv.transport);
                let disco = kubectl.discovery.as_ref().expect("discovery loaded");
                let Some(r) = disco.resolve(t) else { return Err(plain(&format!("the server doesn't have a resource type {:?}", t))) };
                let node = r.group.is_empty() && r.name == "nodes";
                (r.item_path(ns, n), node)
            }
        };
        let obj = get_json(inv, Request::new(Method::Get, path))?;
        if !node {
            let api_version = obj["apiVersion"].as_str().unwrap_or("");
            let (g, v) = api_version.rsplit_once('/').unwrap_or(("", api_version));
            let plural = a.split_once('/').and_then(|(t, _)| kubectl.discovery.as_ref().and_then(|d| d.resolve(t)).map(|r| r.name.clone())).unwrap_or_default();
            return Err(plain(&format!("error: expected resource of type node, got \"{}/{}, Resource={}\"", g, v, plural)));
        }
        out.push(obj);
    }
    Ok(out)
}

/// `RunCordonOrUncordon`: `node/X cordoned`, or `already cordoned` when nothing changes.
pub fn cordon_nodes(inv: &mut Invocation, nodes: &[Value], desired: bool, dry: DryRun, out: &mut Output) {
    let verb = if desired { "cordon" } else { "uncordon" };
    for node in nodes {
        let name = node["metadata"]["name"].as_str().unwrap_or("");
        let current = node["spec"]["unschedulable"].as_bool().unwrap_or(false);
        if current == desired {
            out.out(format!("node/{} already {}ed{}\n", name, verb, dry.suffix()));
            continue;
        }
        if dry != DryRun::Client {
            let patch = json!({"spec": {"unschedulable": if desired { Value::from(true) } else { Value::Null }}});
            let mut req = Request::new(Method::Patch, format!("/api/v1/nodes/{}", name))
                .with_header("Content-Type", "application/strategic-merge-patch+json")
                .with_body(patch.to_string());
            if dry == DryRun::Server {
                req = req.with_query("dryRun", "All");
            }
            let resp = inv.transport.round_trip(req);
            if !resp.is_success() {
                let e = StatusError::from_body(resp.code, &resp.body);
                out.err(format!("error: unable to {} node {:?}: {}\n", verb, name, e.message));
                continue;
            }
        }
        out.out(format!("node/{} {}ed{}\n", name, verb, dry.suffix()));
    }
}

pub fn run(kubectl: &mut Kubectl, mut inv: Invocation, out: &mut Output, desired: bool) {
    let verb = if desired { "cordon" } else { "uncordon" };
    let flags = [flag("selector", Some('l'), F::Value), flag("dry-run", None, F::Value)];
    let Some(p) = parse_flags(verb, &inv.args, &flags, out) else { return };
    if p.positionals.is_empty() && !p.has("selector") {
        return out.fail(usage_error(verb, &format!("USAGE: {} NODE [flags]", verb)));
    }
    if !p.positionals.is_empty() && p.value("selector").is_some_and(|s| !s.is_empty()) {
        return out.fail(usage_error(verb, "error: cannot specify both a node name and a --selector option"));
    }
    let dry = match DryRun::parse(&p) {
        Ok(d) => d,
        Err(e) => return out.fail(e),
    };
    let ns = p.value("namespace").map(str::to_string).unwrap_or_else(|| kubectl.namespace.clone());
    let nodes = match resolve_nodes(kubectl, &mut inv, &p.positionals, p.value("selector"), &ns) {
        Ok(n) => n,
        Err(e) => return out.fail(e),
    };
    cordon_nodes(&mut inv, &nodes, desired, dry, out);
}
