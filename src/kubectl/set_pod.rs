//! `kubectl set env` and `kubectl set resources`: they change the containers of a pod template
//! (set_env.go, set_resources.go) and send what changed as a strategic merge patch keyed by
//! container and variable name, printing `deployment.apps/web env updated` (or nothing when
//! nothing changed).

use super::builder::{self, Target};
use super::errors::plain;
use super::flags::{flag, Kind as F, Parsed};
use super::set::{nest, pod_spec_pointer};
use super::{parse_flags, Invocation, Kubectl, Output};
use crate::json;
use serde_json::{Map, Value};

/// `selectString`: a container name against `-c`, where each `*` matches as little as it can.
fn select(name: &str, spec: &str) -> bool {
    if spec == "*" {
        return true;
    }
    if !spec.contains('*') {
        return name == spec;
    }
    let parts: Vec<&str> = spec.split('*').collect();
    let mut pos = 0;
    for (i, part) in parts.iter().enumerate() {
        if part.is_empty() {
            continue;
        }
        let Some(next) = name[pos..].find(part).map(|n| n + pos) else { return false };
        if (i == 0 && next != 0) || (i == parts.len() - 1 && name.len() != part.len() + next) {
            return false;
        }
        pos = next;
    }
    true
}

/// The flags and objects both commands share; None when an error was printed.
fn targets(kubectl: &mut Kubectl, inv: &mut Invocation, out: &mut Output, p: &Parsed, resources: &[String]) -> Option<Vec<(Target, Value)>> {
    let dry = p.value("dry-run").unwrap_or("none");
    if !matches!(dry, "none" | "client" | "server") {
        out.fail(format!("error: Invalid dry-run value ({}). Must be \"none\", \"server\", or \"client\".\n", dry));
        return None;
    }
    let ns = p.value("namespace").map(str::to_string).unwrap_or_else(|| kubectl.namespace.clone());
    let targets = match builder::selected_targets(kubectl, inv, resources, &ns, p.value("selector"), p.bool("all")) {
        Ok(t) => t,
        Err(e) => {
            out.fail(e);
            return None;
        }
    };
    let mut objects = Vec::new();
    for t in targets {
        match builder::fetch(inv, &t) {
            Ok(v) => objects.push((t, v)),
            Err(e) => {
                out.fail(e.render());
                return None;
            }
        }
    }
    Some(objects)
}

/// The pod spec's pointer in the object, or the error for an object without one.
fn spec_of(t: &Target, obj: &Value) -> Result<&'static str, String> {
    let kind = obj["kind"].as_str().unwrap_or(&t.resource.kind);
    pod_spec_pointer(kind).ok_or_else(|| format!("{}/{} the object is not a pod or does not have a pod template: *v1.{}", t.resource.name, t.name, kind))
}

/// Sends each object's patch (or, with `--dry-run=client`, prints the changed object) and
/// reports as kubectl does; `what` is the printer's operation (`env updated`).
fn send(inv: &mut Invocation, out: &mut Output, p: &Parsed, changed: Vec<(Target, Value, Value)>, what: &str, failure: &str, errors: &mut Vec<String>) {
    let dry = p.value("dry-run").unwrap_or("none");
    let manager = p.value("field-manager").unwrap_or("kubectl-set").to_string();
    for (t, patch, modified) in changed {
        if dry == "client" {
            builder::print_obj(out, p, &modified, &t.display(), &format!("{} (dry run)", what));
            continue;
        }
        match builder::patch(inv, &t, None, "application/strategic-merge-patch+json", &patch, &manager, dry == "server") {
            Ok(v) => builder::print_obj(out, p, &v, &t.display(), &format!("{}{}", what, if dry == "server" { " (server dry run)" } else { "" })),
            Err(e) => errors.push(format!("{} {}", failure, e.message)),
        }
    }
}

/// The strategic merge patch that turns `old` containers into `new` ones, by name: changed
/// fields of changed containers, with `null` for fields dropped, and each list of named items
/// (`env`) patched item by item with `$patch: delete` for the ones removed.
fn containers_patch(old: &[Value], new: &[Value]) -> Vec<Value> {
    let mut items = Vec::new();
    for (o, n) in old.iter().zip(new) {
        if o == n {
            continue;
        }
        let mut item = Map::new();
        item.insert("name".into(), n["name"].clone());
        for (k, v) in n.as_object().into_iter().flatten() {
            if o.get(k) == Some(v) {
                continue;
            }
            let patched = match (k.as_str(), o.get(k).and_then(Value::as_array), v.as_array()) {
                ("env", Some(before), Some(after)) => Value::Array(named_list_patch(before, after)),
                _ => v.clone(),
            };
            item.insert(k.clone(), patched);
        }
        for k in o.as_object().into_iter().flatten().map(|(k, _)| k) {
            if n.get(k).is_none() {
                item.insert(k.clone(), Value::Null);
            }
        }
        items.push(Value::Object(item));
    }
    items
}

fn named_list_patch(before: &[Value], after: &[Value]) -> Vec<Value> {
    let mut items = Vec::new();
    for a in after {
        match before.iter().find(|b| b["name"] == a["name"]) {
            Some(b) if b == a => {}
            Some(b) => {
                let mut m = a.as_object().cloned().unwrap_or_default();
                for k in b.as_object().into_iter().flatten().map(|(k, _)| k) {
                    if a.get(k).is_none() {
                        m.insert(k.clone(), Value::Null);
                    }
                }
                items.push(Value::Object(m));
            }
            None => items.push(a.clone()),
        }
    }
    for b in before {
        if !after.iter().any(|a| a["name"] == b["name"]) {
            items.push(json!({"name": b["name"].clone(), "$patch": "delete"}));
        }
    }
    items
}

/// One variable: `(name, value or valueFrom)`.
type Var = Value;

/// `ParseEnv`: `KEY=VALUE` sets, `KEY-` removes, `-` reads `KEY=VALUE` lines from stdin.
fn parse_env(specs: &[String], stdin: Option<&str>) -> Result<(Vec<Var>, Vec<String>), String> {
    let mut env = Vec::new();
    let mut remove: Vec<String> = Vec::new();
    for spec in specs {
        if spec == "-" {
            let Some(text) = stdin else { return Err("when '-' is used, STDIN must be open".into()) };
            for line in text.lines() {
                let line = line.split('#').next().unwrap_or("");
                if let Some((k, v)) = line.split_once('=') {
                    env.push(json!({"name": k, "value": v}));
                }
            }
        } else if let Some((k, v)) = spec.split_once('=') {
            let valid = k.starts_with(|c: char| c.is_ascii_alphabetic() || "-._".contains(c)) && k.chars().all(|c| c.is_ascii_alphanumeric() || "-._".contains(c));
            if !valid {
                return Err(format!("{:?} is not a valid key name: a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')", k));
            }
            env.push(json!({"name": k, "value": v}));
        } else if let Some(k) = spec.strip_suffix('-') {
            remove.push(k.to_string());
        } else {
            return Err(format!("unknown environment variable: {}", spec));
        }
    }
    if remove.iter().any(|r| env.iter().any(|e| e["name"] == r.as_str())) {
        return Err("can not both modify and remove the same environment variable in the same command".into());
    }
    Ok((env, remove))
}

/// `updateEnv`: existing variables keep their places (replaced or removed), new ones follow.
fn update_env(existing: &[Value], env: &[Var], remove: &[String]) -> Vec<Value> {
    let mut out: Vec<Value> = Vec::new();
    let mut covered: Vec<String> = remove.to_vec();
    for e in existing {
        let name = e["name"].as_str().unwrap_or("").to_string();
        if covered.contains(&name) {
            continue;
        }
        match env.iter().find(|v| v["name"] == name.as_str()) {
            Some(newer) => {
                covered.push(name);
                out.push(newer.clone());
            }
            None => out.push(e.clone()),
        }
    }
    for e in env {
        let name = e["name"].as_str().unwrap_or("").to_string();
        if !covered.contains(&name) {
            covered.push(name);
            out.push(e.clone());
        }
    }
    out
}

/// `GetEnvVarRefString`.
fn ref_string(from: &Value) -> String {
    if let Some(r) = from.get("configMapKeyRef") {
        format!("configmap {}, key {}", r["name"].as_str().unwrap_or(""), r["key"].as_str().unwrap_or(""))
    } else if let Some(r) = from.get("secretKeyRef") {
        format!("secret {}, key {}", r["name"].as_str().unwrap_or(""), r["key"].as_str().unwrap_or(""))
    } else if let Some(r) = from.get("fieldRef") {
        format!("field path {}", r["fieldPath"].as_str().unwrap_or(""))
    } else if let Some(r) = from.get("resourceFieldRef") {
        let c = r["containerName"].as_str().filter(|c| !c.is_empty()).map(|c| format!("{}/", c)).unwrap_or_default();
        format!("resource field {}{}", c, r["resource"].as_str().unwrap_or(""))
    } else {
        "invalid valueFrom".into()
    }
}

const ENV_FLAGS: &[super::flags::Flag] = &[
    flag("all", None, F::Bool),
    flag("selector", Some('l'), F::Value),
    flag("filename", Some('f'), F::Values),
    flag("dry-run", None, F::Value),
    flag("output", Some('o'), F::Value),
    flag("local", None, F::Bool),
    flag("field-manager", None, F::Value),
    flag("containers", Some('c'), F::Value),
    flag("from", None, F::Value),
    flag("prefix", None, F::Value),
    flag("env", Some('e'), F::Values),
    flag("keys", None, F::Values),
    flag("list", None, F::Bool),
    flag("resolve", None, F::Bool),
    flag("overwrite", None, F::Bool),
    flag("show-managed-fields", None, F::Bool),
];

pub fn env(kubectl: &mut Kubectl, mut inv: Invocation, out: &mut Output) {
    let Some(p) = parse_flags("set env", &inv.args, ENV_FLAGS, out) else { return };
    if p.bool("all") && p.value("selector").is_some_and(|s| !s.is_empty()) {
        return out.fail("error: cannot set --all and --selector at the same time\n");
    }
    // SplitEnvironmentFromResources: resources first, then KEY=VALUE and KEY- arguments.
    let (mut resources, mut env_args) = (Vec::new(), Vec::new());
    for a in &p.positionals {
        let is_env = a.find('=').is_some_and(|i| i > 0) || a.ends_with('-');
        match (env_args.is_empty(), is_env) {
            (_, true) => env_args.push(a.clone()),
            (true, false) => resources.push(a.clone()),
            (false, false) => return out.fail(format!("error: all resources must be specified before environment changes: {}\n", p.positionals.join(" "))),
        }
    }
    if p.values("filename").is_empty() && resources.is_empty() {
        return out.fail("error: one or more resources must be specified as <resource> <name> or <resource>/<name>\n");
    }
    if p.bool("list") && p.value("output").is_some_and(|o| !o.is_empty()) {
        return out.fail("error: --list and --output may not be specified together\n");
    }
    let keys: Vec<String> = p.values("keys").iter().flat_map(|k| k.split(',').map(str::to_string)).collect();
    let from = p.value("from").unwrap_or("").to_string();
    if !keys.is_empty() && from.is_empty() {
        return out.fail("error: when specifying --keys, a configmap or secret must be provided with --from\n");
    }
    let mut specs = p.values("env");
    specs.extend(env_args);
    let (mut env, remove) = match parse_env(&specs, inv.stdin) {
        Ok(e) => e,
        Err(e) => return out.fail(plain(&e)),
    };
    if !from.is_empty() {
        let Some(sources) = targets(kubectl, &mut inv, out, &p, &[from]) else { return };
        for (t, src) in sources {
            let reference = match src["kind"].as_str() {
                Some("Secret") => "secretKeyRef",
                Some("ConfigMap") => "configMapKeyRef",
                _ => return out.fail("error: unsupported resource specified in --from\n"),
            };
            for key in src["data"].as_object().into_iter().flat_map(|d| d.keys()) {
                if !keys.is_empty() && !keys.contains(key) {
                    continue;
                }
                let name: String = key.chars().map(|c| if c.is_ascii_alphanumeric() || c == '_' { c.to_ascii_uppercase() } else { '_' }).collect();
                if &name != key {
                    out.err(format!("Warning: key {} transferred to {}\n", key, name));
                }
                env.push(json!({"name": name, "valueFrom": {reference: {"key": key, "name": t.name.clone()}}}));
            }
        }
    }
    if let Some(prefix) = p.value("prefix").filter(|s| !s.is_empty()) {
        for e in &mut env {
            e["name"] = Value::from(format!("{}{}", prefix, e["name"].as_str().unwrap_or("")));
        }
    }
    let Some(objects) = targets(kubectl, &mut inv, out, &p, &resources) else { return };
    let selector = p.value("containers").unwrap_or("*");
    let overwrite = p.value("overwrite").is_none_or(|v| v == "true");
    let mut errors = Vec::new();
    let mut changed = Vec::new();
    for (t, obj) in objects {
        let ptr = match spec_of(&t, &obj) {
            Ok(ptr) => ptr,
            Err(e) => {
                errors.push(format!("error: {}\n", e));
                continue;
            }
        };
        let kind = obj["kind"].as_str().unwrap_or(&t.resource.kind).to_string();
        let old: Vec<Value> = obj.pointer(&format!("{}/containers", ptr)).and_then(Value::as_array).cloned().unwrap_or_default();
        let mut new = old.clone();
        let mut matched = 0;
        let mut failed = None;
        for c in new.iter_mut().filter(|c| select(c["name"].as_str().unwrap_or(""), selector)) {
            matched += 1;
            let existing: Vec<Value> = c["env"].as_array().cloned().unwrap_or_default();
            if !overwrite {
                if let Some((cur, _)) = env.iter().find_map(|e| existing.iter().find(|x| x["name"] == e["name"] && x["value"] != e["value"]).map(|x| (x, e))) {
                    failed = Some(format!("'{}' already has a value ({}), and --overwrite is false", cur["name"].as_str().unwrap_or(""), cur["value"].as_str().unwrap_or("")));
                    break;
                }
            }
            let updated = update_env(&existing, &env, &remove);
            if updated.is_empty() {
                if let Some(m) = c.as_object_mut() {
                    m.remove("env");
                }
            } else {
                c["env"] = Value::Array(updated);
            }
            if p.bool("list") {
                out.out(format!("# {} {}, container {}\n", kind, t.name, c["name"].as_str().unwrap_or("")));
                for e in c["env"].as_array().into_iter().flatten() {
                    let name = e["name"].as_str().unwrap_or("");
                    match e.get("valueFrom") {
                        None => out.out(format!("{}={}\n", name, e["value"].as_str().unwrap_or(""))),
                        Some(from) => match resolve(&mut inv, &t.namespace, from).filter(|_| p.bool("resolve")) {
                            Some(v) => out.out(format!("{}={}\n", name, v)),
                            None => out.out(format!("# {} from {}\n", name, ref_string(from))),
                        },
                    }
                }
            }
        }
        if let Some(e) = failed {
            errors.push(format!("error: {}/{} {}\n", t.resource.name, t.name, e));
            continue;
        }
        if matched == 0 {
            out.err(format!("Warning: {}/{} does not have any containers matching {:?}\n", kind, t.name, selector));
        }
        let items = containers_patch(&old, &new);
        if !items.is_empty() {
            let mut modified = obj.clone();
            if let Some(spec) = modified.pointer_mut(ptr) {
                spec["containers"] = Value::Array(new);
            }
            changed.push((t, nest(ptr, json!({"containers": items})), modified));
        }
    }
    if !p.bool("list") {
        send(&mut inv, out, &p, changed, "env updated", "failed to patch env update to pod template:", &mut errors);
    }
    finish(out, errors);
}

/// A `valueFrom` reference's value, for `--list --resolve`: a ConfigMap's or Secret's key.
fn resolve(inv: &mut Invocation, ns: &str, from: &Value) -> Option<String> {
    let (path, r, secret) = match (from.get("configMapKeyRef"), from.get("secretKeyRef")) {
        (Some(r), _) => (format!("/api/v1/namespaces/{}/configmaps/{}", ns, r["name"].as_str()?), r, false),
        (_, Some(r)) => (format!("/api/v1/namespaces/{}/secrets/{}", ns, r["name"].as_str()?), r, true),
        _ => return None,
    };
    let resp = inv.transport.round_trip(crate::apiserver::http::Request::new(crate::apiserver::http::Method::Get, path));
    let obj: Value = serde_json::from_str(&resp.body).ok().filter(|_| resp.is_success())?;
    let value = obj["data"][r["key"].as_str()?].as_str()?.to_string();
    if secret {
        let bytes = crate::kubelet::sh::programs::base64_decode(&value)?;
        String::from_utf8(bytes).ok()
    } else {
        Some(value)
    }
}

/// Aggregated errors as kubectl prints them.
fn finish(out: &mut Output, errors: Vec<String>) {
    match errors.len() {
        0 => {}
        1 => out.fail(plain(errors[0].trim_start_matches("error: ").trim_end())),
        _ => out.fail(plain(&format!("[{}]", errors.iter().map(|e| e.trim_start_matches("error: ").trim_end()).collect::<Vec<_>>().join(", ")))),
    }
}

const RESOURCES_FLAGS: &[super::flags::Flag] = &[
    flag("all", None, F::Bool),
    flag("selector", Some('l'), F::Value),
    flag("filename", Some('f'), F::Values),
    flag("dry-run", None, F::Value),
    flag("output", Some('o'), F::Value),
    flag("local", None, F::Bool),
    flag("field-manager", None, F::Value),
    flag("containers", Some('c'), F::Value),
    flag("limits", None, F::Value),
    flag("requests", None, F::Value),
    flag("show-managed-fields", None, F::Bool),
];

/// `--limits=cpu=200m,memory=512Mi`: the quantities, as given (the apiserver canonicalizes).
fn resource_list(spec: &str) -> Result<Vec<(String, String)>, String> {
    let mut list = Vec::new();
    for part in spec.split(',').filter(|s| !s.is_empty()) {
        let (name, q) = part.split_once('=').ok_or_else(|| format!("invalid argument syntax {}, expected <resource>=<value>", part))?;
        if crate::api::quantity::Qty::parse(q).is_none() {
            return Err("quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'".into());
        }
        list.push((name.to_string(), q.to_string()));
    }
    Ok(list)
}

pub fn resources(kubectl: &mut Kubectl, mut inv: Invocation, out: &mut Output) {
    let Some(p) = parse_flags("set resources", &inv.args, RESOURCES_FLAGS, out) else { return };
    if p.bool("all") && p.value("selector").is_some_and(|s| !s.is_empty()) {
        return out.fail("error: cannot set --all and --selector at the same time\n");
    }
    if p.values("filename").is_empty() && p.positionals.is_empty() {
        return out.fail(format!("error: {}\n", builder::NO_RESOURCES));
    }
    let (limits, requests) = match (resource_list(p.value("limits").unwrap_or("")), resource_list(p.value("requests").unwrap_or(""))) {
        (Ok(l), Ok(r)) => (l, r),
        (Err(e), _) | (_, Err(e)) => return out.fail(plain(&e)),
    };
    if limits.is_empty() && requests.is_empty() {
        return out.fail("error: you must specify an update to requests or limits (in the form of --requests/--limits)\n");
    }
    let Some(objects) = targets(kubectl, &mut inv, out, &p, &p.positionals) else { return };
    let selector = p.value("containers").unwrap_or("*");
    let mut errors = Vec::new();
    let mut changed = Vec::new();
    for (t, obj) in objects {
        let ptr = match spec_of(&t, &obj) {
            Ok(ptr) => ptr,
            Err(e) => {
                errors.push(format!("error: {}\n", e));
                continue;
            }
        };
        let mut modified = obj.clone();
        let mut patch = Map::new();
        let mut matched = 0;
        for list in ["initContainers", "containers"] {
            let old: Vec<Value> = obj.pointer(&format!("{}/{}", ptr, list)).and_then(Value::as_array).cloned().unwrap_or_default();
            let mut new = old.clone();
            for c in new.iter_mut().filter(|c| select(c["name"].as_str().unwrap_or(""), selector)) {
                matched += 1;
                for (field, values) in [("limits", &limits), ("requests", &requests)] {
                    for (name, q) in values {
                        c["resources"][field][name.as_str()] = Value::from(q.as_str());
                    }
                }
            }
            let items = containers_patch(&old, &new);
            if !items.is_empty() {
                patch.insert(list.to_string(), Value::Array(items));
                if let Some(spec) = modified.pointer_mut(ptr) {
                    spec[list] = Value::Array(new);
                }
            }
        }
        if matched == 0 {
            errors.push(format!("error: unable to find container named {}\n", selector));
            continue;
        }
        if !patch.is_empty() {
            changed.push((t, nest(ptr, Value::Object(patch)), modified));
        }
    }
    send(&mut inv, out, &p, changed, "resource requirements updated", "failed to patch resources update to pod template", &mut errors);
    finish(out, errors);
}
