//! `kubectl patch (-f FILE | TYPE NAME) -p PATCH [--type strategic|merge|json]`: the builder's
//! GET, then a PATCH of the given type (the patch may be YAML or JSON), reported as "patched"
//! or "patched (no change)" by comparing the object before and after, as upstream's `patch.go`
//! does; `--dry-run=client` applies the patch locally with the same patch code.

use super::builder;
use super::errors::plain;
use super::flags::{flag, Kind as F};
use super::{parse_flags, Invocation, Kubectl, Output};
use serde_json::Value;

const FLAGS: &[super::flags::Flag] = &[
    flag("patch", Some('p'), F::Value),
    flag("patch-file", None, F::Value),
    flag("type", None, F::Value),
    flag("subresource", None, F::Value),
    flag("dry-run", None, F::Value),
    flag("output", Some('o'), F::Value),
    flag("filename", Some('f'), F::Values),
    flag("local", None, F::Bool),
    flag("field-manager", None, F::Value),
];

pub fn run(kubectl: &mut Kubectl, mut inv: Invocation, out: &mut Output) {
    let Some(p) = parse_flags("patch", &inv.args, FLAGS, out) else { return };
    let dry = p.value("dry-run").unwrap_or("none");
    if !matches!(dry, "none" | "client" | "server") {
        return out.fail(format!("error: Invalid dry-run value ({}). Must be \"none\", \"server\", or \"client\".\n", dry));
    }
    let kind = p.value("type").unwrap_or("strategic");
    let content_type = match kind {
        "strategic" => "application/strategic-merge-patch+json",
        "merge" => "application/merge-patch+json",
        "json" => "application/json-patch+json",
        other => return out.fail(plain(&format!("--type must be one of [json merge strategic], not {:?}", other))),
    };
    let text = match (p.value("patch").filter(|s| !s.is_empty()), p.value("patch-file").filter(|s| !s.is_empty())) {
        (Some(_), Some(_)) => return out.fail(plain("cannot specify --patch and --patch-file together")),
        (Some(t), None) => t.to_string(),
        (None, Some(f)) => match inv.files.read(f) {
            Ok(t) => t,
            Err(_) => return out.fail(plain(&format!("unable to read patch file: open {}: no such file or directory", f))),
        },
        (None, None) => return out.fail(plain("must specify --patch or --patch-file containing the contents of the patch")),
    };
    // YAML or JSON, as `yaml.ToJSON` reads it.
    let patch = match crate::manifest::parse_documents(&text) {
        Ok(mut docs) if docs.len() == 1 => docs.remove(0),
        Ok(docs) if docs.is_empty() => Value::Null,
        Ok(_) => return out.fail(plain(&format!("unable to parse {:?}: yaml: more than one document", text))),
        Err(e) => return out.fail(plain(&format!("unable to parse {:?}: {}", text, e.0))),
    };
    if kind == "json" && !patch.is_array() {
        return out.fail(plain("json: cannot unmarshal object into Go value of type jsonpatch.Patch"));
    }
    let ns = p.value("namespace").map(str::to_string).unwrap_or_else(|| kubectl.namespace.clone());
    let targets = match builder::selected_targets(kubectl, &mut inv, &p.positionals, &ns, None, false) {
        Ok(t) => t,
        Err(e) => return out.fail(e),
    };
    if targets.is_empty() {
        return out.fail("error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'\n");
    }
    let manager = p.value("field-manager").unwrap_or("kubectl-patch").to_string();
    for t in &targets {
        let before = match builder::fetch(&mut inv, t) {
            Ok(o) => o,
            Err(e) => return out.fail(e.render()),
        };
        let after = if dry == "client" {
            let mut obj = before.clone();
            match kind {
                "merge" => crate::apiserver::patch::merge_patch(&mut obj, &patch),
                "json" => {
                    if let Err(e) = crate::apiserver::patch::json_patch(&mut obj, &patch) {
                        return out.fail(plain(&e.0));
                    }
                }
                _ => crate::apiserver::patch::strategic_merge_patch(&mut obj, &patch),
            }
            obj
        } else {
            match builder::patch(&mut inv, t, p.value("subresource").filter(|s| !s.is_empty()), content_type, &patch, &manager, dry == "server") {
                Ok(o) => o,
                Err(e) => return out.fail(e.render()),
            }
        };
        let changed = before != after;
        let suffix = match (changed, dry) {
            (_, "client") => " (dry run)",
            (_, "server") => " (server dry run)",
            (false, _) => " (no change)",
            _ => "",
        };
        match p.value("output") {
            Some("yaml") => out.out(crate::manifest::to_yaml(&super::printers::omit_managed(&after, p.bool("show-managed-fields")))),
            Some("json") => out.out(super::printers::to_json(&super::printers::omit_managed(&after, p.bool("show-managed-fields")))),
            Some("name") => out.out(format!("{}\n", t.display())),
            Some(o) if !o.is_empty() => return out.fail(plain(&format!("unable to match a printer suitable for the output format {:?}, allowed formats are: json,name,yaml", o))),
            _ => out.out(format!("{} patched{}\n", t.display(), suffix)),
        }
    }
}
