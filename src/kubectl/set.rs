//! `kubectl set image TYPE NAME CONTAINER=IMAGE…`: the pod template's containers are updated
//! and only what changed is sent, as a strategic merge patch keyed by container name.

use super::builder::{self, Target};
use super::errors::plain;
use super::flags::{flag, Kind as F};
use super::{parse_flags, Invocation, Kubectl, Output};
use serde_json::{Map, Value};
use crate::json;


const SUBCOMMANDS: &[&str] = &["env", "image", "resources", "selector", "serviceaccount", "subject"];

pub fn run(kubectl: &mut Kubectl, inv: Invocation, out: &mut Output) {
    let Some(pos) = super::find_verb(&inv.args) else {
        // cobra's DefaultSubCommandRun: the help on stderr, exit 1.
        out.err(super::help::text("set").unwrap_or_default());
        out.exit_code = 1;
        return;
    };
    let sub = inv.args[pos].clone();
    let mut args = inv.args.clone();
    args.remove(pos);
    let inv = Invocation { args, ..inv };
    match sub.as_str() {
        "image" => image(kubectl, inv, out),
        "env" => super::set_pod::env(kubectl, inv, out),
        "resources" => super::set_pod::resources(kubectl, inv, out),
        s if SUBCOMMANDS.contains(&s) => out.fail(format!("error: kubeplay does not simulate \"kubectl set {}\" yet\n", s)),
        other => out.fail(format!("error: unknown command {:?}\nSee 'kubectl set -h' for help and examples\n", other)),
    }
}

/// Where a kind keeps its pod spec (`UpdatePodSpecForObject`), as a JSON pointer.
pub(super) fn pod_spec_pointer(kind: &str) -> Option<&'static str> {
    match kind {
        "Pod" => Some("/spec"),
        "ReplicationController" | "Deployment" | "DaemonSet" | "ReplicaSet" | "StatefulSet" | "Job" => Some("/spec/template/spec"),
        "CronJob" => Some("/spec/jobTemplate/spec/template/spec"),
        _ => None,
    }
}

/// Nests `leaf` under the pointer's path: `/spec/template/spec` → `{"spec":{"template":{"spec":leaf}}}`.
pub(super) fn nest(pointer: &str, leaf: Value) -> Value {
    pointer.split('/').filter(|s| !s.is_empty()).rev().fold(leaf, |acc, key| json!({ key: acc }))
}

fn image(kubectl: &mut Kubectl, mut inv: Invocation, out: &mut Output) {
    let flags = [
        flag("all", None, F::Bool),
        flag("selector", Some('l'), F::Value),
        flag("filename", Some('f'), F::Values),
        flag("dry-run", None, F::Value),
        flag("output", Some('o'), F::Value),
        flag("local", None, F::Bool),
        flag("field-manager", None, F::Value),
        flag("record", None, F::Bool),
    ];
    let Some(p) = parse_flags("set image", &inv.args, &flags, out) else { return };
    // GetResourcesAndPairs: resources first, then NAME=IMAGE pairs.
    let mut resources = Vec::new();
    let mut pairs: Vec<(String, String)> = Vec::new();
    for a in &p.positionals {
        match a.split_once('=') {
            Some((c, img)) if !a.starts_with('=') => pairs.push((c.to_string(), img.to_string())),
            _ if !pairs.is_empty() => return out.fail(format!("error: all resources must be specified before image changes: {}\n", a)),
            _ => resources.push(a.clone()),
        }
    }
    let dry = p.value("dry-run").unwrap_or("none");
    if !matches!(dry, "none" | "client" | "server") {
        return out.fail(format!("error: Invalid dry-run value ({}). Must be \"none\", \"server\", or \"client\".\n", dry));
    }
    let ns = p.value("namespace").map(str::to_string).unwrap_or_else(|| kubectl.namespace.clone());
    let targets = match builder::selected_targets(kubectl, &mut inv, &resources, &ns, p.value("selector"), p.bool("all")) {
        Ok(t) => t,
        Err(e) => return out.fail(e),
    };
    let mut objects = Vec::new();
    for t in targets {
        match builder::fetch(&mut inv, &t) {
            Ok(v) => objects.push((t, v)),
            Err(e) => return out.fail(e.render()),
        }
    }
    if pairs.is_empty() {
        return out.fail("error: at least one image update is required\n");
    }
    let manager = p.value("field-manager").unwrap_or("kubectl-set").to_string();
    let mut errors: Vec<String> = Vec::new();
    for (t, obj) in objects {
        match image_patch(&t, &obj, &pairs) {
            Err(e) => errors.push(e),
            Ok((patch, missing)) => {
                errors.extend(missing);
                let Some(patch) = patch else { continue };
                if dry == "client" {
                    out.out(format!("{} image updated (dry run)\n", t.display()));
                    continue;
                }
                match builder::patch(&mut inv, &t, None, "application/strategic-merge-patch+json", &patch, &manager, dry == "server") {
                    Ok(_) => out.out(format!("{} image updated{}\n", t.display(), if dry == "server" { " (server dry run)" } else { "" })),
                    Err(e) => errors.push(format!("failed to patch image update to pod template: {}", e.render().trim_end())),
                }
            }
        }
    }
    match errors.len() {
        0 => {}
        1 => out.fail(plain(&errors[0])),
        _ => out.fail(plain(&format!("[{}]", errors.join(", ")))),
    }
}

/// The strategic merge patch that sets the images (None when nothing changes), and an error
/// for each container name that matched nothing.
fn image_patch(t: &Target, obj: &Value, pairs: &[(String, String)]) -> Result<(Option<Value>, Vec<String>), String> {
    let kind = obj["kind"].as_str().unwrap_or(&t.resource.kind).to_string();
    let Some(ptr) = pod_spec_pointer(&kind) else {
        let gvr = format!("{}/{}, Resource={}", t.resource.group, t.resource.version, t.resource.name);
        return Err(format!("error: {}/{} the object is not a pod or does not have a pod template: *v1.{}\n", gvr, t.name, kind));
    };
    let spec = obj.pointer(ptr).cloned().unwrap_or(Value::Null);
    let mut changes: Map<String, Value> = Map::new();
    let mut missing = Vec::new();
    for (name, image) in pairs {
        let mut found = false;
        for list in ["initContainers", "containers", "ephemeralContainers"] {
            for c in spec[list].as_array().into_iter().flatten() {
                let cname = c["name"].as_str().unwrap_or("");
                if cname != name && name != "*" {
                    continue;
                }
                found = true;
                if c["image"].as_str() == Some(image.as_str()) {
                    continue;
                }
                let entries = changes.entry(list.to_string()).or_insert_with(|| json!([]));
                let arr = entries.as_array_mut().expect("array");
                match arr.iter_mut().find(|e| e["name"] == cname) {
                    Some(e) => e["image"] = json!(image),
                    None => arr.push(json!({"image": image, "name": cname})),
                }
            }
        }
        if !found {
            missing.push(format!("unable to find container named {:?}", name));
        }
    }
    if changes.is_empty() {
        return Ok((None, missing));
    }
    Ok((Some(nest(ptr, Value::Object(changes))), missing))
}
