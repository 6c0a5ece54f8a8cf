//! `kubectl wait` (upstream `pkg/cmd/wait`: `wait.go`, `condition.go`, `json.go`, `delete.go`,
//! `create.go`): the builder's objects (`TYPE NAME…`, `TYPE/NAME`, `-l`/`--all`/`-A`, `-f`), each
//! waited on in turn until `--for` holds — a status condition, a JSONPath value, deletion, or
//! creation — under one `--timeout` for the whole command (30 s by default, 0 = check once,
//! negative = a week). Waiting is a LIST by name then a WATCH from its revision
//! (`UntilWithSync`), so it ends the moment the apiserver reports the change.

use super::builder::{self, Target};
use super::errors::{plain, StatusError};
use super::flags::{flag, Kind as F};
use super::jsonpath::{relaxed, JsonPath, Val};
use super::source::{map_doc, read_sources, target_namespace};
use super::{parse_flags, Follow, Following, Invocation, Kubectl, Output, Transport, WaitFor};
use crate::apiserver::http::{Method, Request};
use serde_json::Value;

const FLAGS: &[super::flags::Flag] = &[
    flag("for", None, F::Value),
    flag("timeout", None, F::Value),
    flag("all", None, F::Bool),
    flag("all-namespaces", Some('A'), F::Bool),
    flag("selector", Some('l'), F::Value),
    flag("field-selector", None, F::Value),
    flag("filename", Some('f'), F::Values),
    flag("recursive", Some('R'), F::Bool),
    flag("local", None, F::Bool),
    flag("output", Some('o'), F::Value),
    flag("template", None, F::Value),
];

/// A week: what a negative `--timeout` means.
const WEEK_MS: u64 = 168 * 3600 * 1000;
/// `--for=create` asks again this often.
const CREATE_POLL_MS: u64 = 500;

/// What `--for` waits for.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Cond {
    Delete,
    Create,
    /// `condition=NAME[=value]`: the first status condition of this type (case-folded) has
    /// this status (case-folded), for the object's current generation.
    Condition { name: String, value: String },
    /// `jsonpath={expr}[=value]`: the expression finds one value (equal to `value`, if given).
    JsonPath { expr: String, value: Option<String> },
}

/// `conditionFuncFor`.
fn parse_cond(text: &str) -> Result<Cond, String> {
    let lower = text.to_ascii_lowercase();
    if lower == "delete" {
        return Ok(Cond::Delete);
    }
    if lower == "create" {
        return Ok(Cond::Create);
    }
    if let Some(rest) = text.strip_prefix("condition=") {
        let (name, value) = rest.split_once('=').unwrap_or((rest, "true"));
        return Ok(Cond::Condition { name: name.to_string(), value: value.to_string() });
    }
    if let Some(rest) = text.strip_prefix("jsonpath=") {
        let parts = split_jsonpath_input(rest);
        if parts.len() > 2 {
            return Err("jsonpath wait format must be --for=jsonpath='{.status.readyReplicas}'=3 or --for=jsonpath='{.status.readyReplicas}'".into());
        }
        let expr = relaxed(&parts[0])?;
        let value = match parts.get(1) {
            None => None,
            Some(v) => {
                let v = v.trim_matches(|c| c == '\'' || c == '"');
                if v.is_empty() {
                    return Err("jsonpath wait has to have a value after equal sign, like --for=jsonpath='{.status.readyReplicas}'=3".into());
                }
                Some(v.to_string())
            }
        };
        if expr.is_empty() {
            return Err("jsonpath expression cannot be empty".into());
        }
        JsonPath::parse(&expr)?;
        return Ok(Cond::JsonPath { expr, value });
    }
    Err(format!("unrecognized condition: {:?}", text))
}

/// `splitJSONPathInput`: splits on a single `=`; `==` stays in the piece.
fn split_jsonpath_input(input: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut piece = String::new();
    let mut chars = input.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '=' {
            if chars.peek() == Some(&'=') {
                chars.next();
                piece.push_str("==");
                continue;
            }
            out.push(std::mem::take(&mut piece));
            continue;
        }
        piece.push(c);
    }
    out.push(piece);
    out
}

impl Cond {
    /// Whether `obj` meets the condition (the `checkCondition` functions); an error ends the wait.
    fn check(&self, obj: &Value) -> Result<bool, String> {
        match self {
            Cond::Condition { name, value } => {
                for c in obj["status"]["conditions"].as_array().into_iter().flatten() {
                    let Some(t) = c["type"].as_str() else { continue };
                    if !name.eq_ignore_ascii_case(t) {
                        continue;
                    }
                    let Some(status) = c["status"].as_str() else { continue };
                    if let Some(generation) = obj["metadata"]["generation"].as_i64() {
                        let observed = c["observedGeneration"].as_i64().or(obj["status"]["observedGeneration"].as_i64());
                        if observed.is_some_and(|o| o < generation) {
                            return Ok(false);
                        }
                    }
                    return Ok(status.eq_ignore_ascii_case(value));
                }
                Ok(false)
            }
            Cond::JsonPath { expr, value } => {
                let mut jp = JsonPath::parse(expr)?.allow_missing_keys(true);
                let results = jp.find_results(obj)?;
                if results.first().is_none_or(|r| r.is_empty()) {
                    return Ok(false);
                }
                if results.len() > 1 {
                    return Err("given jsonpath expression matches more than one list".into());
                }
                if results[0].len() > 1 {
                    return Err("given jsonpath expression matches more than one value".into());
                }
                let Some(want) = value else { return Ok(true) };
                match &results[0][0] {
                    Val::Json(Value::Object(_) | Value::Array(_)) => Err("jsonpath leads to a nested object or list which is not supported".into()),
                    v => Ok(v.sprint().trim() == want.trim()),
                }
            }
            Cond::Delete | Cond::Create => Ok(true),
        }
    }
}

/// One object to wait on, as the builder found it.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Item {
    target: Target,
    /// The object as listed, or `None` for a named one, fetched (`Latest()`) when its turn
    /// comes; what is printed when it is deleted.
    object: Option<Value>,
}

/// Where the wait on the current object stands.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Phase {
    /// `--for=create`: the named objects are looked up again at this time.
    Creating { next_ms: u64 },
    /// The next object in the queue is due.
    Next,
    /// Reading the watch on the current object; `last` is its latest state seen.
    Watching { stream: u64, last: Value },
}

/// A running `kubectl wait`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WaitFollow {
    cond: Cond,
    /// Objects still to wait on, in the builder's order.
    queue: Vec<Item>,
    phase: Phase,
    deadline_ms: u64,
    output: String,
    /// The builder's arguments, for `--for=create`, which resolves them only once all exist.
    spec: Option<Box<Spec>>,
    /// `--timeout=0`: each object is checked once, not watched.
    once: bool,
    /// Errors so far, printed together at the end (the builder continues on errors): an API
    /// error as rendered (ending in a newline), a plain one as its bare message.
    errors: Vec<String>,
    visited: usize,
}

/// What the builder was asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Spec {
    positionals: Vec<String>,
    filenames: Vec<(Target, Value)>,
    ns: String,
    all_ns: bool,
    selector: Option<String>,
    field_selector: Option<String>,
    all: bool,
}

impl WaitFollow {
    pub fn deadline_ms(&self) -> Option<u64> {
        match &self.phase {
            Phase::Creating { next_ms } => Some((*next_ms).min(self.deadline_ms)),
            _ => Some(self.deadline_ms),
        }
    }

    pub fn cancel(&self, t: &mut dyn Transport) {
        if let Phase::Watching { stream, .. } = &self.phase {
            t.close_stream(*stream);
        }
    }

    /// Advances the wait; true once every object is done (printed, or its error recorded).
    pub fn poll(&mut self, kubectl: &mut Kubectl, t: &mut dyn Transport, now_ms: u64, out: &mut Output) -> bool {
        if let Phase::Creating { next_ms } = self.phase {
            if now_ms < next_ms {
                return false;
            }
            let spec = self.spec.clone().expect("create has its spec");
            match resolve(kubectl, t, &spec) {
                Ok(items) => {
                    self.queue = items;
                    self.phase = Phase::Next;
                }
                Err(Resolve::NotFound) if now_ms < self.deadline_ms => {
                    self.phase = Phase::Creating { next_ms: now_ms + CREATE_POLL_MS };
                    return false;
                }
                Err(Resolve::NotFound) => return self.finish(out, Some("timed out waiting for the condition".into())),
                Err(Resolve::Failed(e)) => return self.finish(out, Some(e)),
            }
        }
        loop {
            match std::mem::replace(&mut self.phase, Phase::Next) {
                Phase::Watching { stream, last } => {
                    let (lines, closed) = t.read_stream(stream);
                    let mut last = last;
                    let mut verdict: Option<Result<(), String>> = None;
                    for line in lines {
                        let ev: Value = serde_json::from_str(&line).unwrap_or(Value::Null);
                        match (ev["type"].as_str().unwrap_or(""), &self.cond) {
                            ("DELETED", Cond::Delete) => verdict = Some(Ok(())),
                            ("DELETED", _) => {}
                            ("ADDED" | "MODIFIED", Cond::Delete) => last = ev["object"].clone(),
                            ("ADDED" | "MODIFIED", cond) => {
                                last = ev["object"].clone();
                                match cond.check(&last) {
                                    Ok(true) => verdict = Some(Ok(())),
                                    Ok(false) => {}
                                    Err(e) => verdict = Some(Err(e)),
                                }
                            }
                            ("ERROR", _) => out.err(format!(
                                "error: An error occurred while waiting for the {}: {}",
                                if self.cond == Cond::Delete { "object to be deleted" } else { "condition to be satisfied" },
                                StatusError::from_body(500, &ev["object"].to_string()).message
                            )),
                            _ => {}
                        }
                        if verdict.is_some() {
                            break;
                        }
                    }
                    let item = self.queue.remove(0);
                    match verdict {
                        Some(Ok(())) => {
                            t.close_stream(stream);
                            let shown = if self.cond == Cond::Delete { item.object.as_ref().unwrap_or(&last) } else { &last };
                            self.print(&item.target, shown, out);
                        }
                        Some(Err(e)) => {
                            t.close_stream(stream);
                            self.errors.push(e);
                        }
                        None if now_ms >= self.deadline_ms || closed => {
                            t.close_stream(stream);
                            self.errors.push(timed_out(&item.target));
                        }
                        None => {
                            self.queue.insert(0, item);
                            self.phase = Phase::Watching { stream, last };
                            return false;
                        }
                    }
                }
                Phase::Creating { .. } => unreachable!("resolved above"),
                Phase::Next => {
                    let Some(item) = self.queue.first().cloned() else {
                        return self.finish(out, None);
                    };
                    let Some(item) = self.visit(item, t) else {
                        self.queue.remove(0);
                        continue;
                    };
                    self.visited += 1;
                    match self.start(&item, t, now_ms, out) {
                        Ok(Some(stream)) => {
                            let last = item.object.clone().unwrap_or_default();
                            self.phase = Phase::Watching { stream, last };
                        }
                        Ok(None) => {
                            self.queue.remove(0);
                        }
                        Err(e) => {
                            self.queue.remove(0);
                            self.errors.push(e);
                        }
                    }
                }
            }
        }
    }

    /// The builder's visit of a named object: fetched now. One that does not exist is reported,
    /// except by a deleting wait, which ignores it; so is any other failure.
    fn visit(&mut self, mut item: Item, t: &mut dyn Transport) -> Option<Item> {
        if item.object.is_some() {
            return Some(item);
        }
        match builder::get(t, &item.target) {
            Ok(v) => {
                item.object = Some(v);
                self.queue[0] = item.clone();
                Some(item)
            }
            Err(e) if e.is_not_found() && self.cond == Cond::Delete => None,
            Err(e) => {
                self.errors.push(e.render());
                None
            }
        }
    }

    /// Begins the wait on one object: done at once (printed; `None`), a watch to read, or an error.
    fn start(&mut self, item: &Item, t: &mut dyn Transport, now_ms: u64, out: &mut Output) -> Result<Option<u64>, String> {
        let target = &item.target;
        let check_once = self.once;
        match &self.cond {
            Cond::Create => {
                self.print(target, item.object.as_ref().unwrap_or(&Value::Null), out);
                return Ok(None);
            }
            Cond::Delete => {
                // `IsDeleted`: a GET first; gone already is done.
                let current = match builder::get(t, target) {
                    Ok(v) => v,
                    Err(e) if e.is_not_found() => {
                        self.print(target, item.object.as_ref().unwrap_or(&Value::Null), out);
                        return Ok(None);
                    }
                    Err(e) => return Err(e.render()),
                };
                if check_once {
                    return Err(format!("condition not met for {}/{}", target.resource.name, target.name));
                }
                let _ = current;
            }
            cond => {
                if check_once {
                    let current = builder::get(t, target).map_err(|e| e.render())?;
                    return match cond.check(&current)? {
                        true => {
                            self.print(target, &current, out);
                            Ok(None)
                        }
                        false => Err(format!("condition not met for {}/{}", target.resource.name, target.name)),
                    };
                }
            }
        }
        if now_ms >= self.deadline_ms {
            return Err(timed_out(target));
        }
        // `UntilWithSync`: a LIST by name (the informer's first sync), then a WATCH from it.
        let collection = target.resource.collection_path(if target.resource.namespaced { Some(&target.namespace) } else { None });
        let selector = format!("metadata.name={}", target.name);
        let resp = t.round_trip(Request::new(Method::Get, collection.clone()).with_query("fieldSelector", selector.clone()));
        if !resp.is_success() {
            return Err(StatusError::from_body(resp.code, &resp.body).render());
        }
        let list: Value = serde_json::from_str(&resp.body).unwrap_or(Value::Null);
        let Some(current) = super::list_items(&list).into_iter().next() else {
            // The precondition: for delete, gone is done; otherwise the object is missing.
            if self.cond == Cond::Delete {
                self.print(target, item.object.as_ref().unwrap_or(&Value::Null), out);
                return Ok(None);
            }
            let r = &target.resource;
            let resource = if r.group.is_empty() { r.name.clone() } else { format!("{}.{}", r.name, r.group) };
            return Err(format!("Error from server (NotFound): {} {:?} not found\n", resource, target.name));
        };
        if self.cond != Cond::Delete && self.cond.check(&current)? {
            self.print(target, &current, out);
            return Ok(None);
        }
        let rv = list["metadata"]["resourceVersion"].as_str().unwrap_or("").to_string();
        let watch = Request::new(Method::Get, collection).with_query("fieldSelector", selector).with_query("resourceVersion", rv).with_query("watch", "true");
        t.open_stream(watch).map(Some).map_err(|resp| StatusError::from_body(resp.code, &resp.body).render())
    }

    /// The name printer with "condition met", or the object in the `-o` format.
    fn print(&self, target: &Target, obj: &Value, out: &mut Output) {
        match self.output.as_str() {
            "name" => out.out(format!("{}\n", target.display())),
            "yaml" => out.out(crate::manifest::to_yaml(&super::printers::omit_managed(obj, false))),
            "json" => out.out(super::printers::to_json(&super::printers::omit_managed(obj, false))),
            "" => out.out(format!("{} condition met\n", target.display())),
            jsonpath => {
                let (format, raw) = jsonpath.split_once('=').unwrap_or(("jsonpath", ""));
                let parsed = JsonPath::parse(raw).map(|jp| jp.enable_json_output(format == "jsonpath-as-json"));
                match parsed.and_then(|mut jp| super::printers::print_jsonpath(raw, &mut jp, obj)) {
                    Ok(text) => out.out(text),
                    Err(e) => out.fail(plain(&e)),
                }
            }
        }
    }

    /// Ends the command: the errors collected (one as `error: …`, several one per line).
    fn finish(&mut self, out: &mut Output, last: Option<String>) -> bool {
        self.errors.extend(last);
        if self.errors.is_empty() && self.visited == 0 && self.cond != Cond::Delete {
            self.errors.push("no matching resources found".into());
        }
        let text: String = match self.errors.as_slice() {
            [e] => emit(e),
            many => many.iter().map(|e| if e.ends_with('\n') { e.clone() } else { format!("{}\n", e) }).collect(),
        };
        if !text.is_empty() {
            out.fail(text);
        }
        true
    }
}

/// One error as `checkErr` prints it: an API error as rendered, a plain one after `error: `.
fn emit(e: &str) -> String {
    if e.ends_with('\n') {
        e.to_string()
    } else {
        plain(e)
    }
}

/// `extendErrWaitTimeout`.
fn timed_out(t: &Target) -> String {
    format!("timed out waiting for the condition on {}/{}", t.resource.name, t.name)
}

/// Why the builder's objects could not be listed.
enum Resolve {
    /// A named object does not exist (yet): `--for=create` asks again, others report it.
    NotFound,
    Failed(String),
}

/// The builder's visit: named objects fetched (`Latest()`), selections listed, `-f` objects
/// fetched by their names. Objects that do not exist are collected (for `NotFound`), other
/// failures end it.
fn resolve(kubectl: &mut Kubectl, t: &mut dyn Transport, spec: &Spec) -> Result<Vec<Item>, Resolve> {
    let items = resolve_all(kubectl, t, spec)?;
    for i in items.iter().filter(|i| i.object.is_none()) {
        match builder::get(t, &i.target) {
            Ok(_) => {}
            Err(e) if e.is_not_found() => return Err(Resolve::NotFound),
            Err(e) => return Err(Resolve::Failed(e.render())),
        }
    }
    Ok(items)
}

/// The objects in the builder's order: selections listed now, named ones to fetch in turn.
fn resolve_all(kubectl: &mut Kubectl, t: &mut dyn Transport, spec: &Spec) -> Result<Vec<Item>, Resolve> {
    let mut items = Vec::new();
    let mut named: Vec<Target> = spec.filenames.iter().map(|(tg, _)| tg.clone()).collect();
    if !spec.positionals.is_empty() {
        kubectl.discovery(t);
        let reqs = super::get::resolve_args(kubectl, &spec.positionals).map_err(|e| Resolve::Failed(e))?;
        let any_named = reqs.iter().any(|r| !r.names.is_empty());
        let selecting = spec.all || spec.selector.is_some() || spec.field_selector.is_some();
        if any_named && selecting {
            return Err(Resolve::Failed("name cannot be provided when a selector is specified".into()));
        }
        if !any_named && !selecting {
            return Err(Resolve::Failed("resource(s) were provided, but no name was specified".into()));
        }
        for r in reqs {
            if any_named {
                named.extend(r.names.iter().map(|n| Target { resource: r.resource.clone(), namespace: spec.ns.clone(), name: n.clone() }));
                continue;
            }
            let ns = (r.resource.namespaced && !spec.all_ns).then_some(spec.ns.as_str());
            let mut req = Request::new(Method::Get, r.resource.collection_path(ns)).with_header("Accept", "application/json");
            if let Some(sel) = &spec.selector {
                req = req.with_query("labelSelector", sel.clone());
            }
            if let Some(fs) = &spec.field_selector {
                req = req.with_query("fieldSelector", fs.clone());
            }
            let resp = t.round_trip(req);
            if !resp.is_success() {
                return Err(Resolve::Failed(StatusError::from_body(resp.code, &resp.body).render()));
            }
            let list: Value = serde_json::from_str(&resp.body).unwrap_or(Value::Null);
            for obj in super::list_items(&list) {
                let target = Target {
                    resource: r.resource.clone(),
                    namespace: obj["metadata"]["namespace"].as_str().unwrap_or("").to_string(),
                    name: obj["metadata"]["name"].as_str().unwrap_or("").to_string(),
                };
                items.push(Item { target, object: Some(obj) });
            }
        }
    }
    items.extend(named.into_iter().map(|target| Item { target, object: None }));
    Ok(items)
}

pub fn run(kubectl: &mut Kubectl, inv: Invocation, out: &mut Output) {
    let Some(p) = parse_flags("wait", &inv.args, FLAGS, out) else { return };
    let timeout_ms = match p.value("timeout") {
        None => 30_000,
        Some(v) => match go_duration_ms(v) {
            Ok(ms) if ms < 0 => WEEK_MS as i64,
            Ok(ms) => ms,
            Err(e) => return out.fail(format!("error: invalid argument {:?} for \"--timeout\" flag: {}\nSee 'kubectl wait --help' for usage.\n", v, e)),
        },
    };
    // The printer: `pod/x condition met`, a name, the object, or a JSONPath template of it.
    let mut output = p.value("output").unwrap_or("").to_string();
    if !matches!(output.as_str(), "" | "name" | "yaml" | "json") {
        match super::get::build_printer(&output, p.value("template").unwrap_or(""), inv.files, false, false) {
            Ok(super::get::Printer::JsonPath { raw, .. }) => output = format!("{}={}", if output.starts_with("jsonpath-as-json") { "jsonpath-as-json" } else { "jsonpath" }, raw),
            Err(e) if !e.starts_with("unable to match") => return out.fail(plain(&e)),
            _ => return out.fail(plain(&format!("unable to match a printer suitable for the output format {:?}, allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml", output))),
        }
    }
    let cond = match parse_cond(p.value("for").unwrap_or("")) {
        Ok(c) => c,
        Err(e) => return out.fail(plain(&e)),
    };
    let ns = p.value("namespace").map(str::to_string).unwrap_or_else(|| kubectl.namespace.clone());
    let filenames = p.values("filename");
    if p.bool("local") && !p.positionals.is_empty() {
        return out.fail(plain("you must specify resources by --filename when --local is set.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'"));
    }
    if p.positionals.is_empty() && filenames.is_empty() {
        return out.fail(plain(builder::NO_RESOURCES));
    }
    let mut from_files = Vec::new();
    if !filenames.is_empty() {
        let docs = match read_sources(&filenames, p.bool("recursive"), inv.stdin, inv.files) {
            Ok(d) => d,
            Err(e) => return out.fail(plain(&e)),
        };
        kubectl.discovery(inv.transport);
        let disco = kubectl.discovery.as_ref().expect("discovery");
        for doc in &docs {
            let res = match map_doc(doc, disco) {
                Ok(r) => r.clone(),
                Err(e) => return out.fail(plain(&e)),
            };
            let tns = match target_namespace(doc, &res, &ns, p.has("namespace")) {
                Ok(n) => n,
                Err(e) => return out.fail(plain(&e)),
            };
            let name = doc.value["metadata"]["name"].as_str().unwrap_or("").to_string();
            from_files.push((Target { resource: res, namespace: tns, name }, doc.value.clone()));
        }
    }
    let spec = Spec {
        positionals: p.positionals.clone(),
        filenames: if p.bool("local") { Vec::new() } else { from_files.clone() },
        ns,
        all_ns: p.bool("all-namespaces"),
        selector: p.value("selector").filter(|s| !s.is_empty()).map(str::to_string),
        field_selector: p.value("field-selector").filter(|s| !s.is_empty()).map(str::to_string),
        all: p.bool("all"),
    };
    let start = kubectl.now_sim_ms;
    let mut w = WaitFollow {
        cond: cond.clone(),
        queue: Vec::new(),
        phase: Phase::Next,
        deadline_ms: start + timeout_ms as u64,
        output,
        spec: None,
        once: timeout_ms == 0,
        errors: Vec::new(),
        visited: 0,
    };
    if p.bool("local") {
        w.queue = from_files.into_iter().map(|(target, object)| Item { target, object: Some(object) }).collect();
    } else if cond == Cond::Create {
        // Polled until every named object exists (`wait.PollUntilContextTimeout`, 500 ms).
        w.spec = Some(Box::new(spec));
        w.phase = Phase::Creating { next_ms: start };
    } else {
        match resolve_all(kubectl, inv.transport, &spec) {
            Ok(items) => w.queue = items,
            Err(Resolve::Failed(e)) => return out.fail(emit(&e)),
            Err(Resolve::NotFound) => unreachable!("resolve_all collects missing objects"),
        }
    }
    if !w.poll(kubectl, inv.transport, start, out) {
        out.wait.push(WaitFor::Follow(Follow::Kubectl(Box::new(Following::Wait(Box::new(w))))));
    }
}

/// Go's `time.ParseDuration` for a flag, in milliseconds (negative allowed; a bare number other
/// than 0 has no unit and is refused).
fn go_duration_ms(text: &str) -> Result<i64, String> {
    let (neg, body) = match text.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    if body != "0" && !body.is_empty() && body.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("time: missing unit in duration {:?}", text));
    }
    let d = crate::sim::clock::parse_duration(body).map_err(|_| format!("time: invalid duration {:?}", text))?;
    let ms = d.as_millis().min(i64::MAX as u128) as i64;
    Ok(if neg { -ms } else { ms })
}
