//! `kubectl taint` (`pkg/cmd/taint`): `NODE-TYPE NAME… KEY[=VALUE]:EFFECT…` adds taints,
//! `KEY[:EFFECT]-` removes them; each node's new list is sent as a strategic merge patch and the
//! name printer says `tainted`, `untainted` or `modified`. The scheduler reads the taints.

use super::errors::{plain, StatusError};
use super::flags::{flag, Kind as F};
use super::node::{usage_error, DryRun};
use super::{parse_flags, Invocation, Kubectl, Output};
use crate::apiserver::http::{Method, Request};
use crate::apiserver::registry::validation::{label_value, qualified_name};
use serde_json::Value;
use crate::json;

const FLAGS: &[super::flags::Flag] = &[
    flag("selector", Some('l'), F::Value),
    flag("overwrite", None, F::Bool),
    flag("all", None, F::Bool),
    flag("dry-run", None, F::Value),
    flag("output", Some('o'), F::Value),
    flag("field-manager", None, F::Value),
    flag("validate", None, F::Value),
    flag("allow-missing-template-keys", None, F::Bool),
    flag("show-managed-fields", None, F::Bool),
    flag("template", None, F::Value),
];

/// A taint as kubectl parses it (`TimeAdded` is never set by kubectl).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Taint {
    pub key: String,
    pub value: String,
    pub effect: String,
}

impl Taint {
    fn from_json(v: &Value) -> Taint {
        let s = |k: &str| v[k].as_str().unwrap_or("").to_string();
        Taint { key: s("key"), value: s("value"), effect: s("effect") }
    }
    /// `Taint.ToString`.
    fn to_go_string(&self) -> String {
        match (self.effect.is_empty(), self.value.is_empty()) {
            (true, true) => self.key.clone(),
            (true, false) => format!("{}={}:", self.key, self.value),
            (false, true) => format!("{}:{}", self.key, self.effect),
            (false, false) => format!("{}={}:{}", self.key, self.value, self.effect),
        }
    }
    fn matches(&self, other: &Taint) -> bool {
        self.key == other.key && self.effect == other.effect
    }
}

/// `parseTaint`: `KEY=VALUE:EFFECT`, `KEY:EFFECT` or `KEY`.
fn parse_taint(st: &str) -> Result<Taint, String> {
    let parts: Vec<&str> = st.split(':').collect();
    let (key, value, effect) = match parts.as_slice() {
        [k] => (k.to_string(), String::new(), String::new()),
        [kv, effect] => {
            if !matches!(*effect, "NoSchedule" | "PreferNoSchedule" | "NoExecute") {
                return Err(format!("invalid taint effect: {}, unsupported taint effect", effect));
            }
            let kvs: Vec<&str> = kv.split('=').collect();
            if kvs.len() > 2 {
                return Err(format!("invalid taint spec: {}", st));
            }
            let value = kvs.get(1).map(|v| v.to_string()).unwrap_or_default();
            if kvs.len() == 2 {
                let errs = label_value(&value);
                if !errs.is_empty() {
                    return Err(format!("invalid taint spec: {}, {}", st, errs.join("; ")));
                }
            }
            (kvs[0].to_string(), value, effect.to_string())
        }
        _ => return Err(format!("invalid taint spec: {}", st)),
    };
    let errs = qualified_name(&key);
    if !errs.is_empty() {
        return Err(format!("invalid taint spec: {}, {}", st, errs.join("; ")));
    }
    Ok(Taint { key, value, effect })
}

/// `parseTaints`: the taints to add and to remove.
fn parse_taints(specs: &[String]) -> Result<(Vec<Taint>, Vec<Taint>), String> {
    let mut add: Vec<Taint> = Vec::new();
    let mut remove = Vec::new();
    for spec in specs {
        if let Some(s) = spec.strip_suffix('-') {
            let t = parse_taint(s)?;
            remove.push(Taint { key: t.key, value: String::new(), effect: t.effect });
        } else {
            let t = parse_taint(spec)?;
            if t.effect.is_empty() {
                return Err(format!("invalid taint spec: {}", spec));
            }
            if add.iter().any(|a| a.matches(&t)) {
                return Err(format!("duplicated taints with the same key and effect: {{{} {} {} <nil>}}", t.key, t.value, t.effect));
            }
            add.push(t);
        }
    }
    Ok((add, remove))
}

/// `reorganizeTaints`: the operation word and the new list, or the removals that found nothing.
fn reorganize(old: &[Taint], overwrite: bool, add: &[Taint], remove: &[Taint]) -> (&'static str, Vec<Taint>, Vec<String>) {
    let mut new: Vec<Taint> = add.to_vec();
    for o in old {
        if !new.iter().any(|t| t.matches(o)) {
            new.push(o.clone());
        }
    }
    let added = old.len() != new.len();
    let mut errs = Vec::new();
    let mut deleted = false;
    for r in remove {
        let before = new.len();
        new.retain(|t| if r.effect.is_empty() { t.key != r.key } else { !r.matches(t) });
        deleted = new.len() != before;
        if !deleted {
            errs.push(format!("taint {:?} not found", r.to_go_string()));
        }
    }
    let op = if (added && deleted) || overwrite {
        "modified"
    } else if added {
        "tainted"
    } else {
        "untainted"
    };
    (op, new, errs)
}

fn taint_json(t: &Taint) -> Value {
    let mut v = json!({"key": t.key, "effect": t.effect});
    if !t.value.is_empty() {
        v["value"] = json!(t.value);
    }
    v
}

pub fn run(kubectl: &mut Kubectl, inv: Invocation, out: &mut Output) {
    let Some(p) = parse_flags("taint", &inv.args, FLAGS, out) else { return };
    let dry = match DryRun::parse(&p) {
        Ok(d) => d,
        Err(e) => return out.fail(e),
    };
    // Resources first, then taint changes.
    let mut resources: Vec<String> = Vec::new();
    let mut specs: Vec<String> = Vec::new();
    for a in &p.positionals {
        let is_taint = a.contains('=') || a.contains(':') || a.ends_with('-');
        match (specs.is_empty(), is_taint) {
            (_, true) => specs.push(a.clone()),
            (true, false) => resources.push(a.clone()),
            (false, false) => return out.fail(plain(&format!("all resources must be specified before taint changes: {}", a))),
        }
    }
    if resources.is_empty() {
        return out.fail(plain("one or more resources must be specified as <resource> <name>"));
    }
    if specs.is_empty() {
        return out.fail(plain("at least one taint update is required"));
    }
    let (add, remove) = match parse_taints(&specs) {
        Ok(v) => v,
        Err(e) => return out.fail(usage_error("taint", &e)),
    };
    // Validate: the type must be nodes (the part before any '.').
    let rtype = resources[0].to_ascii_lowercase();
    let rtype = rtype.split('.').next().unwrap_or("").to_string();
    kubectl.discovery(inv.transport);
    let found = kubectl.discovery.as_ref().and_then(|d| d.resolve(&rtype)).map(|r| r.kind.clone());
    match found {
        None => return out.fail(format!("the server doesn't have a resource type {:?}\n", rtype)),
        Some(k) if k != "Node" => return out.fail(plain(&format!("invalid resource type {}, only node types are supported", resources[0].to_ascii_lowercase()))),
        Some(_) => {}
    }
    let conflicts: Vec<String> = add
        .iter()
        .flat_map(|a| remove.iter().filter(move |r| r.key == a.key && (r.effect.is_empty() || r.effect == a.effect)))
        .map(|r| format!("{{\"{}\":\"{}\"}}", r.key, r.effect))
        .collect();
    if !conflicts.is_empty() {
        return out.fail(plain(&format!("can not both modify and remove the following taint(s) in the same command: {}", conflicts.join(", "))));
    }
    let selector = p.value("selector").unwrap_or("");
    let all = p.bool("all");
    if all && !selector.is_empty() {
        return out.fail(plain("setting 'all' parameter with a non empty selector is prohibited"));
    }
    if !all && selector.is_empty() && resources.len() < 2 {
        return out.fail(plain("at least one resource name must be specified since 'all' parameter is not set"));
    }
    let mut errors: Vec<String> = Vec::new();
    let nodes: Vec<Result<Value, String>> = if all || !selector.is_empty() {
        let mut req = Request::new(Method::Get, "/api/v1/nodes").with_header("Accept", "application/json");
        if !selector.is_empty() {
            req = req.with_query("labelSelector", selector);
        }
        let resp = inv.transport.round_trip(req);
        if !resp.is_success() {
            return out.fail(StatusError::from_body(resp.code, &resp.body).render());
        }
        let list: Value = serde_json::from_str(&resp.body).unwrap_or(Value::Null);
        super::list_items(&list).into_iter().map(Ok).collect()
    } else {
        resources[1..]
            .iter()
            .map(|n| {
                let name = n.split_once('/').map_or(n.as_str(), |(_, n)| n);
                let resp = inv.transport.round_trip(Request::new(Method::Get, format!("/api/v1/nodes/{}", name)).with_header("Accept", "application/json"));
                if resp.is_success() {
                    Ok(serde_json::from_str(&resp.body).unwrap_or(Value::Null))
                } else {
                    Err(StatusError::from_body(resp.code, &resp.body).render())
                }
            })
            .collect()
    };
    let overwrite = p.bool("overwrite");
    for node in nodes {
        let node = match node {
            Ok(n) => n,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        let name = node["metadata"]["name"].as_str().unwrap_or("").to_string();
        let old: Vec<Taint> = node["spec"]["taints"].as_array().into_iter().flatten().map(Taint::from_json).collect();
        if !overwrite {
            let exists: Vec<&str> = add.iter().flat_map(|a| old.iter().filter(move |o| o.matches(a)).map(move |_| a.key.as_str())).collect();
            if !exists.is_empty() {
                errors.push(plain(&format!("node {} already has {} taint(s) with same effect(s) and --overwrite is false", name, exists.join(","))));
                continue;
            }
        }
        let (op, new, errs) = reorganize(&old, overwrite, &add, &remove);
        if !errs.is_empty() {
            // An aggregate: one error reads as `error: …`, several one per line.
            errors.push(if errs.len() == 1 { plain(&errs[0]) } else { errs.iter().map(|e| format!("{}\n", e)).collect() });
            continue;
        }
        if dry != DryRun::Client {
            let patch = if new == old {
                json!({})
            } else if new.is_empty() {
                json!({"spec": {"taints": null}})
            } else {
                json!({"spec": {"taints": new.iter().map(taint_json).collect::<Vec<_>>()}})
            };
            let manager = p.value("field-manager").unwrap_or("kubectl-taint");
            let mut req = Request::new(Method::Patch, format!("/api/v1/nodes/{}", name))
                .with_header("Content-Type", "application/strategic-merge-patch+json")
                .with_query("fieldManager", manager)
                .with_body(patch.to_string());
            if dry == DryRun::Server {
                req = req.with_query("dryRun", "All");
            }
            let resp = inv.transport.round_trip(req);
            if !resp.is_success() {
                errors.push(StatusError::from_body(resp.code, &resp.body).render());
                continue;
            }
        }
        match p.value("output") {
            Some("name") => out.out(format!("node/{}\n", name)),
            _ => out.out(format!("node/{} {}{}\n", name, op, dry.suffix())),
        }
    }
    if !errors.is_empty() {
        // ContinueOnError: one error alone, or each on its own line (without `error: ` for plain ones).
        if errors.len() == 1 {
            out.fail(errors.concat());
        } else {
            out.fail(errors.iter().map(|e| e.strip_prefix("error: ").unwrap_or(e)).collect::<String>());
        }
    }
}
