//! `kubectl edit (TYPE NAME | TYPE/NAME | -f FILE)`, after upstream's editoptions.go: the
//! objects (one, or a `List`) as YAML under kubectl's header comment go to an editor; what comes
//! back, comments stripped, is compared with what went out and each changed object is patched
//! (`deployment.apps/web edited`). An invalid change reopens the editor with the apiserver's
//! reasons in the header; an editor that then changes nothing ends the edit, and the edited
//! text is kept in `/tmp/kubectl-edit-N.yaml`.
//!
//! The editor is the command's standard input (a heredoc in a script, the page's editor pane):
//! the text it holds is what the editor saved, and an editor opened again saves the same text.
//! With nothing on standard input the editor leaves the file as it was.

use super::builder::{self, Target};
use super::discovery::ApiResource;
use super::flags::{flag, Kind as F};
use super::source::{map_doc, Doc};
use super::{parse_flags, Invocation, Kubectl, Output};
use crate::apiserver::http::{Method, Request};
use serde_json::Value;

const HEADER: &str = "# Please edit the object below. Lines beginning with a '#' will be ignored,
# and an empty file will abort the edit. If an error occurs while saving this file will be
# reopened with the relevant failures.
#
";

const FLAGS: &[super::flags::Flag] = &[
    flag("filename", Some('f'), F::Values),
    flag("recursive", Some('R'), F::Bool),
    flag("output", Some('o'), F::Value),
    flag("output-patch", None, F::Bool),
    flag("save-config", None, F::Bool),
    flag("validate", None, F::Value),
    flag("windows-line-endings", None, F::Bool),
    flag("field-manager", None, F::Value),
    flag("subresource", None, F::Value),
    flag("show-managed-fields", None, F::Bool),
    flag("kustomize", Some('k'), F::Value),
    flag("allow-missing-template-keys", None, F::Bool),
    flag("template", None, F::Value),
];

/// `kubectl edit`'s targets: `TYPE NAME…`, `TYPE/NAME…` or the objects of `-f`.
fn targets(kubectl: &mut Kubectl, inv: &mut Invocation, p: &super::flags::Parsed, ns: &str) -> Result<Vec<Target>, String> {
    let files = p.values("filename");
    if files.is_empty() {
        if p.positionals.is_empty() {
            return Err(format!("error: {}\n", builder::NO_RESOURCES));
        }
        // A type alone edits every object of it.
        let all = p.positionals.len() == 1 && !p.positionals[0].contains('/');
        return builder::selected_targets(kubectl, inv, &p.positionals, ns, None, all);
    }
    builder::file_targets(kubectl, inv, &files, p.bool("recursive"), ns, p.has("namespace"))
}

/// The file's text without comment lines (`cmdutil.StripComments`, `ManualStrip`).
fn strip_comments(text: &str) -> String {
    text.lines().filter(|l| !l.trim_start().starts_with('#')).map(|l| format!("{}\n", l)).collect()
}

/// Whether a line holds something other than blanks and comments (`hasLines`).
fn has_lines(text: &str) -> bool {
    text.lines().any(|l| !l.trim().is_empty() && !l.trim().starts_with('#'))
}

/// A value as Go's `%#v` prints it once decoded into an `Unstructured`.
fn go_syntax(v: &Value) -> String {
    match v {
        Value::Null => "interface {}(nil)".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => super::gofmt::quote(s),
        Value::Array(items) => format!("[]interface {{}}{{{}}}", items.iter().map(go_syntax).collect::<Vec<_>>().join(", ")),
        Value::Object(m) => format!(
            "map[string]interface {{}}{{{}}}",
            m.iter().map(|(k, v)| format!("{}:{}", super::gofmt::quote(k), go_syntax(v))).collect::<Vec<_>>().join(", ")
        ),
    }
}

/// The edited file's objects (a `List` flattened) with their resources: the builder reading
/// "edited-file", whose errors are the edit's syntax errors.
fn read_edited(text: &str, kubectl: &Kubectl) -> Result<Vec<(Value, ApiResource)>, String> {
    let docs = crate::manifest::parse_documents(text).map_err(|e| format!("error parsing edited-file: {}", e.0))?;
    let disco = kubectl.discovery.as_ref().expect("discovery");
    let mut out = Vec::new();
    for value in docs {
        let items = if value["kind"].as_str().is_some_and(|k| k.ends_with("List")) && value["items"].is_array() {
            value["items"].as_array().cloned().unwrap_or_default()
        } else {
            vec![value]
        };
        for item in items {
            let doc = Doc {
                source: "edited-file".into(),
                value: item,
            };
            let res = map_doc(&doc, disco)?.clone();
            out.push((doc.value, res));
        }
    }
    Ok(out)
}

/// kubectl's client-side check of the edited file before anything is sent
/// (`paramVerifyingSchema.ValidateBytes`): the first document must be an object with a string
/// `apiVersion` and `kind`; the fields themselves are the server's to check.
fn validate(text: &str) -> Result<(), String> {
    let obj = crate::manifest::parse_first(text).map_err(|e| e.0.trim_start_matches("error converting YAML to JSON: ").to_string())?;
    let Some(fields) = obj.as_object() else { return Err("invalid object to validate".into()) };
    let mut errs = Vec::new();
    match fields.get("apiVersion") {
        None | Some(Value::Null) => errs.push("apiVersion not set".to_string()),
        Some(Value::String(gv)) if gv.matches('/').count() > 1 => errs.push(format!("unexpected GroupVersion string: {}", gv)),
        Some(Value::String(_)) => {}
        Some(_) => errs.push("apiVersion isn't string type".into()),
    }
    match fields.get("kind") {
        None | Some(Value::Null) => errs.push("kind not set".into()),
        Some(Value::String(_)) => {}
        Some(_) => errs.push("kind isn't string type".into()),
    }
    match errs.len() {
        0 => Ok(()),
        1 => Err(errs.remove(0)),
        _ => Err(format!("[{}]", errs.join(", "))),
    }
}

/// The reasons an edit is reopened, written under the header (`editHeader.writeTo`).
#[derive(Clone, Debug, PartialEq, Eq)]
struct Reason {
    head: String,
    other: Vec<String>,
}

fn header(reasons: &[Reason]) -> String {
    let hash = |s: &str| s.replace('\n', "\n# ");
    let mut h = HEADER.to_string();
    for r in reasons {
        h.push_str(&format!("# {}{}\n", hash(&r.head), if r.other.is_empty() { "" } else { ":" }));
        for o in &r.other {
            h.push_str(&format!("# * {}\n", hash(o)));
        }
        h.push_str("#\n");
    }
    h
}

pub fn run(kubectl: &mut Kubectl, mut inv: Invocation, out: &mut Output) {
    let Some(p) = parse_flags("edit", &inv.args, FLAGS, out) else { return };
    let format = p.value("output").unwrap_or("yaml");
    if format != "yaml" && format != "json" {
        return out.fail(format!("error: unable to match a printer suitable for the output format \"{}\", allowed formats are: json,yaml\n", format));
    }
    let ns = p.value("namespace").map(str::to_string).unwrap_or_else(|| kubectl.namespace.clone());
    // With -f - the file names the objects; the editor then has nothing to save.
    let editor = if p.values("filename").iter().any(|f| f == "-") { None } else { inv.stdin.map(str::to_string) };
    let targets = match targets(kubectl, &mut inv, &p, &ns) {
        Ok(t) => t,
        Err(e) => return out.fail(e),
    };
    let mut objects = Vec::new();
    for t in &targets {
        match builder::fetch(&mut inv, t) {
            Ok(v) => objects.push(super::printers::omit_managed(&v, p.bool("show-managed-fields")).into_owned()),
            Err(e) => return out.fail(e.render()),
        }
    }
    if objects.is_empty() {
        return out.fail("error: edit cancelled, no objects found\n");
    }
    let shown = match objects.as_slice() {
        [one] => one.clone(),
        many => crate::json!({"apiVersion": "v1", "items": many.to_vec(), "kind": "List", "metadata": {}}),
    };
    let body = if format == "json" {
        format!("{}\n", super::printers::to_json(&shown).trim_end())
    } else {
        crate::manifest::to_yaml(&shown)
    };
    let mut session = Session {
        manager: p.value("field-manager").unwrap_or("kubectl-edit").to_string(),
        original: format!("{}{}", HEADER, body),
        format: format.to_string(),
        validating: !matches!(p.value("validate"), Some("false" | "ignore")),
        output_patch: p.bool("output-patch"),
        ns,
        targets,
        objects,
        reasons: Vec::new(),
        edited: String::new(),
        contains_error: false,
        pass: 0,
        stamp: kubectl.now_unix_ms as u64,
        files: Vec::new(),
    };
    match editor {
        // The page's editor pane: the command waits for what the learner saves.
        None if kubectl.editor_pane => out.wait.push(super::WaitFor::Follow(super::Follow::Kubectl(Box::new(super::Following::Edit(Box::new(EditFollow { session, saved: None })))))),
        // Standard input is what the editor saves, each time it opens; with none, the editor
        // leaves the file as it was.
        _ => loop {
            let text = editor.clone().unwrap_or_else(|| session.buffer());
            if session.save(&text, kubectl, inv.transport, out) {
                break;
            }
        },
    }
}

/// One edit: what went to the editor, what it is compared with, and how far it got
/// (`editFn`'s loop state).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Session {
    targets: Vec<Target>,
    objects: Vec<Value>,
    original: String,
    ns: String,
    manager: String,
    format: String,
    validating: bool,
    output_patch: bool,
    reasons: Vec<Reason>,
    edited: String,
    contains_error: bool,
    pass: u64,
    /// The clock when the edit began (the temporary files' names come from it).
    stamp: u64,
    /// The temporary files this edit has left so far.
    files: Vec<(String, String)>,
}

/// `kubectl edit` waiting for the page's editor pane.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EditFollow {
    pub session: Session,
    /// What the editor saved, not yet read.
    saved: Option<String>,
}

impl EditFollow {
    /// The file the editor has open and its text.
    pub fn buffer(&self) -> (String, String) {
        (self.session.next_file(), self.session.buffer())
    }

    /// The editor saved and closed.
    pub fn write(&mut self, text: &str) {
        self.saved = Some(text.to_string());
    }

    /// Reads what the editor saved; true once the edit is over.
    pub fn poll(&mut self, kubectl: &Kubectl, t: &mut dyn super::Transport, out: &mut Output) -> bool {
        match self.saved.take() {
            Some(text) => self.session.save(&text, kubectl, t, out),
            None => false,
        }
    }
}

impl Session {
    /// The temporary file the next pass writes (os.CreateTemp's random name, drawn here from the
    /// clock and the pass).
    fn next_file(&self) -> String {
        self.file(self.pass + 1)
    }

    fn file(&self, pass: u64) -> String {
        let seed = self.stamp.wrapping_add(pass).wrapping_mul(2862933555777941757);
        format!("/tmp/kubectl-edit-{}.{}", (seed >> 33) as u32, self.format)
    }

    /// What the editor opens next: the object, or after a failed pass the edited text under the
    /// reasons.
    pub fn buffer(&self) -> String {
        if self.contains_error {
            format!("{}{}", header(&self.reasons), strip_comments(&self.edited))
        } else {
            self.original.clone()
        }
    }

    /// One pass of `editFn`'s loop with the text the editor saved; true once the edit is over
    /// (done, cancelled or failed), false when the editor opens again.
    fn save(&mut self, saved: &str, kubectl: &Kubectl, transport: &mut dyn super::Transport, out: &mut Output) -> bool {
        let over = self.pass_once(saved, kubectl, transport, out);
        if over {
            out.writes.extend(self.files.drain(..));
        }
        over
    }

    fn pass_once(&mut self, saved: &str, kubectl: &Kubectl, transport: &mut dyn super::Transport, out: &mut Output) -> bool {
        self.pass += 1;
        let file = self.file(self.pass);
        let previous = std::mem::replace(&mut self.edited, saved.to_string());
        let edited = self.edited.clone();
        self.files.push((file.clone(), edited.clone()));
        let keep = |out: &mut Output| out.err(format!("A copy of your changes has been stored to {:?}\n", file));
        if self.contains_error && strip_comments(&previous) == strip_comments(&edited) {
            keep(out);
            out.fail("error: Edit cancelled, no valid changes were saved.\n");
            return true;
        }
        // The previous pass's file goes once this one is read.
        self.files.retain(|f| f.0 == file);
        if self.validating {
            if let Err(e) = validate(&strip_comments(&edited)) {
                self.contains_error = true;
                let first = &self.targets[0];
                self.reasons = vec![Reason {
                    head: format!("{} {:?} was not valid", resource(first), first.name),
                    other: vec![format!("<nil>: Invalid value: \"The edited file failed validation\": {}", e)],
                }];
                out.err(format!("error: {} {:?} is invalid\n", resource(first), first.name));
                return false;
            }
        }
        if strip_comments(&self.original) == strip_comments(&edited) || !has_lines(&edited) {
            self.files.clear();
            out.err(if has_lines(&edited) { "Edit cancelled, no changes made.\n" } else { "Edit cancelled, saved file was empty.\n" });
            return true;
        }
        self.reasons.clear();
        let mut updated = match read_edited(&edited, kubectl) {
            Ok(u) => u,
            Err(e) => {
                self.contains_error = true;
                self.reasons.push(Reason { head: format!("The edited file had a syntax error: {}", e), other: Vec::new() });
                return false;
            }
        };
        let ns = self.ns.as_str();
        for (obj, res) in updated.iter_mut() {
            let obj_ns = obj["metadata"]["namespace"].as_str().unwrap_or("").to_string();
            if res.namespaced && obj_ns.is_empty() && obj["metadata"].is_object() {
                obj["metadata"]["namespace"] = Value::from(ns);
            }
            if res.namespaced && !obj_ns.is_empty() && obj_ns != ns {
                keep(out);
                out.fail(format!(
                    "error: the namespace from the provided object {:?} does not match the namespace {:?}. You must pass '--namespace={}' to perform this operation.\n",
                    obj_ns, ns, obj_ns
                ));
                return true;
            }
        }
        let (mut invalid, mut notfound, mut retryable) = (0, 0, 0);
        for (after, _) in &updated {
            let uid = &after["metadata"]["uid"];
            let Some((t, before)) = self.targets.iter().zip(self.objects.iter()).find(|(_, o)| &o["metadata"]["uid"] == uid) else {
                keep(out);
                out.fail(format!("error: no original object found for &unstructured.Unstructured{{Object:{}}}\n", go_syntax(after)));
                return true;
            };
            if before == after {
                out.out(format!("{} skipped\n", t.display()));
                continue;
            }
            let unchanged = |k: &str| before[k] == after[k];
            if !unchanged("apiVersion") || !unchanged("kind") || before["metadata"]["name"] != after["metadata"]["name"] || !unchanged("managedFields") {
                keep(out);
                out.fail("error: At least one of apiVersion, kind and name was changed\n");
                return true;
            }
            let patch = crate::apiserver::patch::create_merge_patch(before, after);
            if self.output_patch {
                out.out(format!("Patch: {}\n", patch));
            }
            let resp = transport.round_trip(
                Request::new(Method::Patch, t.path())
                    .with_query("fieldManager", self.manager.as_str())
                    .with_query("fieldValidation", "Strict")
                    .with_header("Content-Type", "application/merge-patch+json")
                    .with_body(patch.to_string()),
            );
            if resp.is_success() {
                out.out(format!("{} edited\n", t.display()));
                continue;
            }
            let e = super::errors::StatusError::from_body(resp.code, &resp.body);
            let (what, name) = (resource(t), &t.name);
            if e.reason == "Invalid" {
                invalid += 1;
                let causes = e.details["causes"].as_array().into_iter().flatten();
                let other = causes.map(|c| format!("{}: {}", c["field"].as_str().unwrap_or(""), c["message"].as_str().unwrap_or(""))).collect();
                self.reasons.push(Reason { head: format!("{} {:?} was not valid", what, name), other });
                out.err(format!("error: {} {:?} is invalid\n", what, name));
            } else if e.is_not_found() {
                notfound += 1;
                out.err(format!("error: {} {:?} could not be found on the server\n", what, name));
            } else {
                retryable += 1;
                out.err(format!("error: {} {:?} could not be patched: {}\n", what, name, e.message));
            }
        }
        if retryable > 0 {
            out.err(format!("You can run `kubectl replace -f {}` to try this update again.\n", file));
        } else if notfound > 0 {
            out.err(format!("The edits you made on deleted resources have been saved to {:?}\n", file));
        } else if invalid == 0 {
            self.files.clear();
            return true;
        } else {
            self.contains_error = true;
            return false;
        }
        out.exit_code = 1;
        true
    }
}

/// `configmaps`, `deployments.apps`: the resource as edit's messages name it.
fn resource(t: &Target) -> String {
    if t.resource.group.is_empty() {
        t.resource.name.clone()
    } else {
        format!("{}.{}", t.resource.name, t.resource.group)
    }
}
