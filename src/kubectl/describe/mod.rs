//! `kubectl describe` (`k8s.io/kubectl/pkg/describe`): the PrefixWriter (two spaces per level),
//! everything run through the tabwriter with padding 2, the client the describers read through,
//! and the shared pieces every describer uses — labels, annotations, taints, tolerations.

mod command;
mod config;
mod containers;
mod events;
pub mod format;
mod generic;
pub mod gosort;
mod network;
mod nodes;
mod pods;
mod policy;
mod rbac;
mod storage;
mod workloads;

pub use command::run;
pub use containers::{pod_template, pod_template_text};
pub use events::describe_events;
pub use format::human_since;

use super::errors::{plain, StatusError};
use super::Transport;
use crate::api::core::{Taint, Toleration};
use crate::apiserver::http::{Method, Request};
use serde_json::Value;
use std::collections::BTreeMap;

/// kubectl's `maxAnnotationLen`.
const MAX_ANNOTATION_LEN: usize = 140;
const LAST_APPLIED: &str = "kubectl.kubernetes.io/last-applied-configuration";

/// The PrefixWriter: text at an indentation level (two spaces per level), escaped as
/// `printers.WriteEscaped` does (ESC and CR made visible).
#[derive(Default)]
pub struct Writer {
    buf: String,
    /// Levels a `NestedPrefixWriter` adds to everything written through it.
    indent: usize,
}

impl Writer {
    pub fn write(&mut self, level: usize, text: &str) {
        for _ in 0..level + self.indent {
            self.buf.push_str("  ");
        }
        self.push_escaped(text);
    }
    /// `write` of formatted text: one formatting call shared by every describer (a `format!`
    /// at each call site inlines its own fast path and drop).
    #[inline(never)]
    pub fn fmt(&mut self, level: usize, args: std::fmt::Arguments<'_>) {
        self.write(level, &std::fmt::format(args));
    }
    /// `WriteLine`: the text and a newline, no indentation (a nested writer indents it too).
    pub fn line(&mut self, text: &str) {
        if self.indent > 0 {
            self.write(0, &format!("{}\n", text));
            return;
        }
        self.push_escaped(text);
        self.buf.push('\n');
    }
    /// Runs `f` with a `NestedPrefixWriter` that adds `indent` levels.
    pub fn nested(&mut self, indent: usize, f: impl FnOnce(&mut Writer)) {
        self.indent += indent;
        f(self);
        self.indent -= indent;
    }
    fn push_escaped(&mut self, text: &str) {
        for c in text.chars() {
            match c {
                '\x1b' => self.buf.push_str("^["),
                '\r' => self.buf.push_str("\\r"),
                c => self.buf.push(c),
            }
        }
    }
}

/// `tabbedString`: what the describer wrote, aligned by the tabwriter (minwidth 0, padding 2).
pub fn tabbed(f: impl FnOnce(&mut Writer)) -> String {
    let mut w = Writer::default();
    f(&mut w);
    super::tabwriter::format(&w.buf, 0, 2)
}

/// What `--show-events` and `--chunk-size` set.
#[derive(Clone, Copy, Debug)]
pub struct Settings {
    pub show_events: bool,
    pub chunk_size: i64,
}

/// A describer's failure: an API status, or a plain message.
#[derive(Clone, Debug)]
pub enum Error {
    Api(StatusError),
    Plain(String),
}

impl Error {
    /// `err.Error()`, which kubectl uses to print each error only once.
    pub fn message(&self) -> String {
        match self {
            Error::Api(e) => e.message.clone(),
            Error::Plain(m) => m.clone(),
        }
    }
    pub fn is_not_found(&self) -> bool {
        matches!(self, Error::Api(e) if e.is_not_found())
    }
    /// What `CheckErr` prints for this error alone.
    pub fn render(&self) -> String {
        match self {
            Error::Api(e) => e.render(),
            Error::Plain(m) => plain(m),
        }
    }
    /// One line of `MultipleErrors` (no `error: ` prefix).
    pub fn render_in_list(&self) -> String {
        match self {
            Error::Api(e) if e.reason.is_empty() => format!("Error from server: {}\n", e.message),
            Error::Api(e) => format!("Error from server ({}): {}\n", e.reason, e.message),
            Error::Plain(m) => format!("{}\n", m),
        }
    }
}

impl From<StatusError> for Error {
    fn from(e: StatusError) -> Self {
        Error::Api(e)
    }
}

pub type Result<T> = std::result::Result<T, Error>;

/// How describers read the cluster: HTTP-shaped requests through kubectl's transport.
pub struct Client<'a> {
    pub transport: &'a mut dyn Transport,
    /// The learner's clock, in Unix milliseconds (ages are counted from it).
    pub now_ms: i64,
    pub settings: Settings,
}

impl Client<'_> {
    fn send(&mut self, req: Request) -> std::result::Result<Value, StatusError> {
        let resp = self.transport.round_trip(req.with_header("Accept", "application/json"));
        if !resp.is_success() {
            return Err(StatusError::from_body(resp.code, &resp.body));
        }
        Ok(serde_json::from_str(&resp.body).unwrap_or(Value::Null))
    }

    /// GETs one object.
    pub fn get(&mut self, path: &str) -> Result<Value> {
        Ok(self.send(Request::new(Method::Get, path))?)
    }

    /// GETs one object as a typed value (a body that does not decode gives the type's default).
    pub fn get_as<T: crate::api::Typed + Clone + Default>(&mut self, path: &str) -> Result<T> {
        Ok(decode(self.get(path)?))
    }

    /// Lists a collection in chunks of `--chunk-size`, following `continue` tokens.
    pub fn list(&mut self, path: &str, label_selector: &str, field_selector: &str) -> Result<Vec<Value>> {
        let mut items = Vec::new();
        let mut token = String::new();
        for _ in 0..10_000 {
            let mut req = Request::new(Method::Get, path);
            if !label_selector.is_empty() {
                req = req.with_query("labelSelector", label_selector);
            }
            if !field_selector.is_empty() {
                req = req.with_query("fieldSelector", field_selector);
            }
            if self.settings.chunk_size > 0 {
                req = req.with_query("limit", self.settings.chunk_size.to_string());
            }
            if !token.is_empty() {
                req = req.with_query("continue", token.clone());
            }
            let v = self.send(req)?;
            items.extend(crate::kubectl::list_items(&v));
            token = v["metadata"]["continue"].as_str().unwrap_or("").to_string();
            if token.is_empty() {
                break;
            }
        }
        Ok(items)
    }

    pub fn list_as<T: crate::api::Typed + Clone + Default>(&mut self, path: &str, label_selector: &str, field_selector: &str) -> Result<Vec<T>> {
        Ok(self.list(path, label_selector, field_selector)?.into_iter().map(decode).collect())
    }

    /// `translateTimestampSince`: HumanDuration of now minus the timestamp, `<unknown>` if unset.
    pub fn since(&self, ts: Option<&k8s_openapi::jiff::Timestamp>) -> String {
        human_since(self.now_ms, ts)
    }
}

/// A JSON object as a typed value; what does not decode is the type's default.
pub fn decode<T: crate::api::Json + Default>(v: Value) -> T {
    // The apiserver's own decoder (k8s-openapi's compact codec, from text).
    k8s_openapi::json::from_str(&v.to_string()).unwrap_or_default()
}

/// A pod template, decoded as the pod it describes.
pub fn decode_template(v: &Value) -> k8s_openapi::api::core::v1::PodTemplateSpec {
    let pod: k8s_openapi::api::core::v1::Pod = decode(crate::json!({"metadata": v["metadata"], "spec": v["spec"]}));
    k8s_openapi::api::core::v1::PodTemplateSpec { metadata: (!v["metadata"].is_null()).then_some(pod.metadata), spec: pod.spec }
}

/// `/api/v1/namespaces/<ns>/<resource>` or `/apis/<group>/<version>/…`.
pub fn ns_path(prefix: &str, ns: &str, resource: &str) -> String {
    if ns.is_empty() {
        format!("{}/{}", prefix, resource)
    } else {
        format!("{}/namespaces/{}/{}", prefix, ns, resource)
    }
}

/// `printLabelsMultilineWithIndent`.
pub fn labels_multiline_indent(w: &mut Writer, initial: &str, title: &str, inner: &str, labels: Option<&BTreeMap<String, String>>) {
    w.fmt(0, format_args!("{}{}:{}", initial, title, inner));
    let Some(labels) = labels.filter(|l| !l.is_empty()) else {
        w.line("<none>");
        return;
    };
    for (i, (k, v)) in labels.iter().enumerate() {
        if i != 0 {
            w.write(0, initial);
            w.write(0, inner);
        }
        w.fmt(0, format_args!("{}={}\n", k, v));
    }
}

/// `printLabelsMultiline`.
pub fn labels_multiline(w: &mut Writer, title: &str, labels: Option<&BTreeMap<String, String>>) {
    labels_multiline_indent(w, "", title, "\t", labels);
}

fn shorten(s: &str, max: usize) -> String {
    if s.len() > max {
        let mut end = max;
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        format!("{}...", &s[..end])
    } else {
        s.to_string()
    }
}

/// `printAnnotationsMultiline`: sorted, last-applied hidden, long or multi-line values folded.
pub fn annotations_multiline(w: &mut Writer, title: &str, annotations: Option<&BTreeMap<String, String>>) {
    w.fmt(0, format_args!("{}:\t", title));
    let shown: Vec<(&String, &String)> = annotations.into_iter().flatten().filter(|(k, _)| k.as_str() != LAST_APPLIED).collect();
    if shown.is_empty() {
        w.line("<none>");
        return;
    }
    let indent = "\t";
    for (i, (k, v)) in shown.iter().enumerate() {
        if i != 0 {
            w.write(0, indent);
        }
        let value = v.strip_suffix('\n').unwrap_or(v);
        if value.len() + k.len() + 2 > MAX_ANNOTATION_LEN || value.contains('\n') {
            w.fmt(0, format_args!("{}:\n", k));
            for s in value.split('\n') {
                w.fmt(0, format_args!("{}  {}\n", indent, shorten(s, MAX_ANNOTATION_LEN - 2)));
            }
        } else {
            w.fmt(0, format_args!("{}: {}\n", k, value));
        }
    }
}

/// `printPodTolerationsMultiline`: sorted by key.
pub fn tolerations_multiline(w: &mut Writer, title: &str, tolerations: &[Toleration]) {
    w.fmt(0, format_args!("{}:\t", title));
    if tolerations.is_empty() {
        w.line("<none>");
        return;
    }
    let mut sorted: Vec<&Toleration> = tolerations.iter().collect();
    gosort::sort(&mut sorted, |a, b| a.key.as_deref().unwrap_or("") < b.key.as_deref().unwrap_or(""));
    for (i, t) in sorted.iter().enumerate() {
        if i != 0 {
            w.write(0, "\t");
        }
        let key = t.key.clone().unwrap_or_default();
        let value = t.value.clone().unwrap_or_default();
        let effect = t.effect.clone().unwrap_or_default();
        let mut s = key.clone();
        if !value.is_empty() {
            s.push_str(&format!("={}", value));
        }
        if !effect.is_empty() {
            s.push_str(&format!(":{}", effect));
        }
        if t.operator.as_deref() == Some("Exists") && value.is_empty() {
            s.push_str(if !key.is_empty() || !effect.is_empty() { " op=Exists" } else { "op=Exists" });
        }
        if let Some(secs) = t.toleration_seconds {
            s.push_str(&format!(" for {}s", secs));
        }
        w.fmt(0, format_args!("{}\n", s));
    }
}

/// `Taint.ToString`.
pub fn taint_string(t: &Taint) -> String {
    let value = t.value.as_deref().unwrap_or("");
    match (t.effect.is_empty(), value.is_empty()) {
        (true, true) => t.key.clone(),
        (true, false) => format!("{}={}:", t.key, value),
        (false, true) => format!("{}:{}", t.key, t.effect),
        (false, false) => format!("{}={}:{}", t.key, value, t.effect),
    }
}

/// `printNodeTaintsMultiline`: sorted by effect, then key.
pub fn taints_multiline(w: &mut Writer, title: &str, taints: &[Taint]) {
    w.fmt(0, format_args!("{}:\t", title));
    if taints.is_empty() {
        w.line("<none>");
        return;
    }
    let mut sorted: Vec<&Taint> = taints.iter().collect();
    gosort::sort(&mut sorted, |a, b| format!("{},{}", a.effect, a.key) < format!("{},{}", b.effect, b.key));
    for (i, t) in sorted.iter().enumerate() {
        if i != 0 {
            w.write(0, "\t");
        }
        w.fmt(0, format_args!("{}\n", taint_string(t)));
    }
}

/// `printBool`.
pub fn print_bool(b: bool) -> &'static str {
    if b {
        "True"
    } else {
        "False"
    }
}

/// `printBoolPtr`.
pub fn print_bool_ptr(b: Option<bool>) -> &'static str {
    match b {
        Some(b) => print_bool(b),
        None => "<unset>",
    }
}

/// `printController`: `Kind/name` of the controlling owner, or "".
pub fn controlled_by(meta: &crate::api::metav1::ObjectMeta) -> String {
    meta.owner_references
        .iter()
        .flatten()
        .find(|r| r.controller == Some(true))
        .map(|r| format!("{}/{}", r.kind, r.name))
        .unwrap_or_default()
}

/// `stringOrNone`.
pub fn or_none(s: &str) -> String {
    if s.is_empty() {
        "<none>".into()
    } else {
        s.to_string()
    }
}
