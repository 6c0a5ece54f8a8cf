//! `kubectl scale --replicas=N TYPE NAME`: each object's `/scale` subresource is patched
//! (`{"spec":{"replicas":N}}`), or, with `--current-replicas` / `--resource-version`, read,
//! checked and replaced, as upstream's `ScaleSimple` does.

use super::builder::{self, Target};
use super::errors::{plain, StatusError};
use super::flags::{flag, Kind as F, Parsed};
use super::{parse_flags, Invocation, Kubectl, Output};
use crate::apiserver::http::{Method, Request};
use serde_json::Value;
use crate::json;

const FLAGS: &[super::flags::Flag] = &[
    flag("replicas", None, F::Value),
    flag("current-replicas", None, F::Value),
    flag("resource-version", None, F::Value),
    flag("all", None, F::Bool),
    flag("selector", Some('l'), F::Value),
    flag("filename", Some('f'), F::Values),
    flag("dry-run", None, F::Value),
    flag("output", Some('o'), F::Value),
    flag("timeout", None, F::Value),
];

/// An integer flag as pflag parses it, or its error text.
pub fn int_flag(p: &Parsed, name: &str, verb: &str, out: &mut Output) -> Result<Option<i64>, ()> {
    match p.value(name) {
        None => Ok(None),
        Some(v) => match v.parse::<i64>() {
            Ok(n) => Ok(Some(n)),
            Err(_) => {
                let why = if v.chars().all(|c| c.is_ascii_digit() || c == '-' || c == '+') && !v.is_empty() && v != "-" && v != "+" { "value out of range" } else { "invalid syntax" };
                out.fail(format!("error: invalid argument {:?} for \"--{}\" flag: strconv.ParseInt: parsing {:?}: {}\nSee 'kubectl {} --help' for usage.\n", v, name, v, why, verb));
                Err(())
            }
        },
    }
}

pub fn run(kubectl: &mut Kubectl, mut inv: Invocation, out: &mut Output) {
    let Some(p) = parse_flags("scale", &inv.args, FLAGS, out) else { return };
    let Ok(replicas) = int_flag(&p, "replicas", "scale", out) else { return };
    let Ok(current) = int_flag(&p, "current-replicas", "scale", out) else { return };
    let Some(replicas) = replicas else {
        return out.fail("error: required flag(s) \"replicas\" not set\n");
    };
    if replicas < 0 {
        return out.fail("error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0\n");
    }
    let dry = p.value("dry-run").unwrap_or("none");
    if !matches!(dry, "none" | "client" | "server") {
        return out.fail(format!("error: Invalid dry-run value ({}). Must be \"none\", \"server\", or \"client\".\n", dry));
    }
    let ns = p.value("namespace").map(str::to_string).unwrap_or_else(|| kubectl.namespace.clone());
    let targets = match builder::selected_targets(kubectl, &mut inv, &p.positionals, &ns, p.value("selector"), p.bool("all")) {
        Ok(t) => t,
        Err(e) => return out.fail(e),
    };
    // The builder's GET of each object: a missing one stops the command before any write.
    for t in &targets {
        if let Err(e) = builder::fetch(&mut inv, t) {
            return out.fail(e.render());
        }
    }
    if targets.is_empty() {
        return out.fail("error: no objects passed to scale\n");
    }
    let rv = p.value("resource-version").filter(|v| !v.is_empty());
    if rv.is_some() && targets.len() > 1 {
        return out.fail("error: cannot use --resource-version with multiple resources\n");
    }
    let current = current.filter(|c| *c != -1);
    for t in &targets {
        if dry == "client" {
            print(out, &p, t, " (dry run)");
            continue;
        }
        let result = if current.is_some() || rv.is_some() { scale_checked(&mut inv, t, replicas, current, rv, dry == "server") } else { scale_patch(&mut inv, t, replicas, dry == "server") };
        if let Err(e) = result {
            return out.fail(e);
        }
        print(out, &p, t, if dry == "server" { " (server dry run)" } else { "" });
    }
}

fn print(out: &mut Output, p: &Parsed, t: &Target, suffix: &str) {
    match p.value("output") {
        Some("name") => out.out(format!("{}\n", t.display())),
        _ => out.out(format!("{} scaled{}\n", t.display(), suffix)),
    }
}

fn scale_path(t: &Target) -> String {
    format!("{}/scale", t.path())
}

fn send(inv: &mut Invocation, req: Request, dry_server: bool) -> Result<Value, String> {
    let req = if dry_server { req.with_query("dryRun", "All") } else { req };
    let resp = inv.transport.round_trip(req);
    if !resp.is_success() {
        return Err(StatusError::from_body(resp.code, &resp.body).render());
    }
    Ok(serde_json::from_str(&resp.body).unwrap_or(Value::Null))
}

fn scale_patch(inv: &mut Invocation, t: &Target, replicas: i64, dry_server: bool) -> Result<Value, String> {
    let req = Request::new(Method::Patch, scale_path(t))
        .with_header("Content-Type", "application/merge-patch+json")
        .with_body(json!({"spec": {"replicas": replicas}}).to_string());
    send(inv, req, dry_server)
}

/// With preconditions: GET the Scale, check it, PUT it back with the new size.
fn scale_checked(inv: &mut Invocation, t: &Target, replicas: i64, current: Option<i64>, rv: Option<&str>, dry_server: bool) -> Result<Value, String> {
    let mut scale = send(inv, Request::new(Method::Get, scale_path(t)), false)?;
    let have = scale["spec"]["replicas"].as_i64().unwrap_or(0);
    if let Some(c) = current.filter(|c| *c != have) {
        return Err(plain(&format!("Expected replicas to be {}, was {}", c, have)));
    }
    let have_rv = scale["metadata"]["resourceVersion"].as_str().unwrap_or("").to_string();
    if let Some(r) = rv.filter(|r| *r != have_rv) {
        return Err(plain(&format!("Expected resource version to be {}, was {}", r, have_rv)));
    }
    scale["spec"]["replicas"] = Value::from(replicas);
    let req = Request::new(Method::Put, scale_path(t)).with_header("Content-Type", "application/json").with_body(scale.to_string());
    send(inv, req, dry_server)
}
