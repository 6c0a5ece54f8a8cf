//! `kubectl label` and `kubectl annotate` (upstream `pkg/cmd/label/label.go`,
//! `pkg/cmd/annotate/annotate.go`): `TYPE NAME… KEY=VALUE… KEY-…`, or `TYPE` with `-l`/`--all`.
//! Each object is fetched, changed locally (refusing to change a value without `--overwrite`),
//! and sent back as a JSON merge patch of the difference; `--list` prints what it has.

use super::builder::{self, Target};
use super::errors::plain;
use super::flags::{flag, Kind as F};
use super::{parse_flags, Invocation, Kubectl, Output};
use serde_json::{Map, Value};
use crate::json;

/// What differs between the two commands.
struct Verb {
    name: &'static str,
    /// `labels` or `annotations`.
    field: &'static str,
    /// "label" / "annotation", in messages.
    noun: &'static str,
}

const LABEL: Verb = Verb { name: "label", field: "labels", noun: "label" };
const ANNOTATE: Verb = Verb { name: "annotate", field: "annotations", noun: "annotation" };

pub fn label(kubectl: &mut Kubectl, inv: Invocation, out: &mut Output) {
    run(&LABEL, kubectl, inv, out)
}

pub fn annotate(kubectl: &mut Kubectl, inv: Invocation, out: &mut Output) {
    run(&ANNOTATE, kubectl, inv, out)
}

/// `KEY=VALUE` and `KEY-` arguments: what to set and what to remove.
type Changes = (Vec<(String, String)>, Vec<String>);

/// `parseLabels` / `parseAnnotations`, with their errors.
fn parse_changes(verb: &Verb, args: &[String]) -> Result<Changes, String> {
    let (mut set, mut remove): (Vec<(String, String)>, Vec<String>) = (Vec::new(), Vec::new());
    let mut invalid = Vec::new();
    for a in args {
        if let Some((k, v)) = a.split_once('=') {
            if verb.name == "label" {
                if v.contains('=') {
                    return Err(format!("invalid label spec: {}", a));
                }
                let errs = crate::apiserver::registry::validation::label_value(v);
                if !errs.is_empty() {
                    return Err(format!("invalid label value: {:?}: {}", a, errs.join(";")));
                }
            } else if k.is_empty() {
                invalid.push(a.clone());
                continue;
            }
            set.retain(|(old, _)| old != k);
            set.push((k.to_string(), v.to_string()));
        } else if let Some(k) = a.strip_suffix('-') {
            remove.push(k.to_string());
        } else if verb.name == "label" {
            return Err(format!("unknown label spec: {}", a));
        } else {
            invalid.push(a.clone());
        }
    }
    if !invalid.is_empty() {
        return Err(format!("invalid annotation format: {}", invalid.join(" ")));
    }
    if verb.name == "label" && remove.iter().any(|r| set.iter().any(|(k, _)| k == r)) {
        return Err("can not both modify and remove a label in the same command".into());
    }
    Ok((set, remove))
}

fn run(verb: &Verb, kubectl: &mut Kubectl, mut inv: Invocation, out: &mut Output) {
    let flags = [
        flag("overwrite", None, F::Bool),
        flag("all", None, F::Bool),
        flag("selector", Some('l'), F::Value),
        flag("list", None, F::Bool),
        flag("dry-run", None, F::Value),
        flag("output", Some('o'), F::Value),
        flag("resource-version", None, F::Value),
        flag("field-manager", None, F::Value),
    ];
    let Some(p) = parse_flags(verb.name, &inv.args, &flags, out) else { return };
    // Resources first, then the changes (`GetResourcesAndPairs`).
    let change = |s: &String| (s.contains('=') && !s.starts_with('=')) || (s.ends_with('-') && s != "-");
    let split = p.positionals.iter().position(change).unwrap_or(p.positionals.len());
    let (resources, changes) = p.positionals.split_at(split);
    if let Some(late) = changes.iter().find(|s| !change(s)) {
        return out.fail(format!("error: all resources must be specified before {} changes: {}\n", verb.noun, late));
    }
    let (set, remove) = match parse_changes(verb, changes) {
        Ok(c) => c,
        Err(e) => return out.fail(plain(&e)),
    };
    if p.bool("all") && p.value("selector").is_some_and(|s| !s.is_empty()) {
        return out.fail("error: cannot set --all and --selector at the same time\n");
    }
    let list = p.bool("list");
    if resources.is_empty() {
        return out.fail("error: one or more resources must be specified as <resource> <name> or <resource>/<name>\n");
    }
    if !list && set.is_empty() && remove.is_empty() {
        return out.fail(format!("error: at least one {} update is required\n", verb.noun));
    }
    let dry = p.value("dry-run").unwrap_or("none");
    if !matches!(dry, "none" | "client" | "server") {
        return out.fail(format!("error: Invalid dry-run value ({}). Must be \"none\", \"server\", or \"client\".\n", dry));
    }
    let ns = p.value("namespace").map(str::to_string).unwrap_or_else(|| kubectl.namespace.clone());
    let targets = match builder::selected_targets(kubectl, &mut inv, resources, &ns, p.value("selector"), p.bool("all")) {
        Ok(t) => t,
        Err(e) => return out.fail(e),
    };
    let one = targets.len() == 1;
    for t in targets {
        let obj = match builder::fetch(&mut inv, &t) {
            Ok(v) => v,
            Err(e) => return out.fail(e.render()),
        };
        let current: Map<String, Value> = obj["metadata"][verb.field].as_object().cloned().unwrap_or_default();
        if list {
            if !one {
                out.err(format!("Listing {}s for {}/{}:\n", verb.noun, kind_group(&t), t.name));
            }
            let indent = if one { "" } else { " " };
            out.out(current.iter().map(|(k, v)| format!("{}{}={}\n", indent, k, v.as_str().unwrap_or(""))).collect::<String>());
            continue;
        }
        if let Err(e) = no_overwrites(verb, &current, &set, p.bool("overwrite")) {
            return out.fail(plain(&e));
        }
        if verb.name == "label" && dry != "client" {
            for r in remove.iter().filter(|r| !current.contains_key(*r)) {
                out.out(format!("label {:?} not found.\n", r));
            }
        }
        let mut changed = current.clone();
        for r in &remove {
            changed.remove(r);
        }
        for (k, v) in &set {
            changed.insert(k.clone(), json!(v));
        }
        let mut patch = Map::new();
        for k in current.keys().filter(|k| !changed.contains_key(*k)) {
            patch.insert(k.clone(), Value::Null);
        }
        for (k, v) in changed.iter().filter(|(k, v)| current.get(*k) != Some(*v)) {
            patch.insert(k.clone(), v.clone());
        }
        // `updateDataChangeMsg` (label); annotate always says annotated.
        let msg = match verb.name {
            "annotate" => "annotated",
            _ if patch.is_empty() && p.value("resource-version").is_none() => "not labeled",
            _ if !p.bool("overwrite") && changed.len() < current.len() && patch.values().all(Value::is_null) => "unlabeled",
            _ => "labeled",
        };
        let mut result = obj.clone();
        result["metadata"][verb.field] = Value::Object(changed);
        if dry != "client" {
            let mut meta = json!({});
            if !patch.is_empty() {
                meta[verb.field] = Value::Object(patch);
            }
            if let Some(rv) = p.value("resource-version") {
                meta["resourceVersion"] = Value::from(rv);
            }
            let body = if meta.as_object().is_some_and(|m| m.is_empty()) { json!({}) } else { json!({ "metadata": meta }) };
            let manager = p.value("field-manager").unwrap_or(if verb.name == "label" { "kubectl-label" } else { "kubectl-annotate" });
            match builder::patch(&mut inv, &t, None, "application/merge-patch+json", &body, manager, dry == "server") {
                Ok(v) => result = v,
                Err(e) => return out.fail(e.render()),
            }
        }
        print(&t, &result, msg, dry, &p, out);
    }
}

/// `validateNoOverwrites` (label) and `validateNoAnnotationOverwrites` (annotate).
fn no_overwrites(verb: &Verb, current: &Map<String, Value>, set: &[(String, String)], overwrite: bool) -> Result<(), String> {
    if overwrite {
        return Ok(());
    }
    let found: Vec<String> = set
        .iter()
        .filter(|(k, _)| verb.name == "label" || k != "kubernetes.io/change-cause")
        .filter_map(|(k, v)| current.get(k).and_then(Value::as_str).filter(|c| c != v).map(|c| format!("'{}' already has a value ({})", k, c)))
        .collect();
    match (found.is_empty(), verb.name) {
        (true, _) => Ok(()),
        // An aggregate of one error is that error; of more, `[e1, e2]`.
        (false, "label") => {
            let errs: Vec<String> = found.iter().map(|f| format!("{}, and --overwrite is false", f)).collect();
            Err(if errs.len() == 1 { errs[0].clone() } else { format!("[{}]", errs.join(", ")) })
        }
        (false, _) => Err(format!("--overwrite is false but found the following declared annotation(s): {}", found.join("; "))),
    }
}

/// `Kind.group` as `--list` names an object (`Pod.`, `Deployment.apps`).
fn kind_group(t: &Target) -> String {
    format!("{}.{}", t.resource.kind, t.resource.group)
}

fn print(t: &Target, obj: &Value, msg: &str, dry: &str, p: &super::flags::Parsed, out: &mut Output) {
    let suffix = match dry {
        "client" => " (dry run)",
        "server" => " (server dry run)",
        _ => "",
    };
    match p.value("output").unwrap_or("") {
        "" => out.out(format!("{} {}{}\n", t.display(), msg, suffix)),
        "name" => out.out(format!("{}\n", t.display())),
        "yaml" => out.out(crate::manifest::to_yaml(&super::printers::omit_managed(obj, false))),
        "json" => out.out(super::printers::to_json(&super::printers::omit_managed(obj, false))),
        o => out.fail(plain(&format!("unable to match a printer suitable for the output format {:?}, allowed formats are: json,name,yaml", o))),
    }
}
