//! `kubectl get --watch` and `--watch-only`, as upstream's `GetOptions.watch` runs them: the list
//! (or the one object) printed first, then a watch from the list's resourceVersion (from "0" for
//! one object, whose synthetic ADDED event is not printed), each event printed as it arrives
//! through a tabwriter that remembers its column widths, so rows stay under the header. The
//! server sends column definitions with the first event only; the header is printed again only
//! when they change. `--output-watch-events` adds the EVENT column (or wraps objects in
//! `{"type": …, "object": …}`).

use super::errors::{plain, StatusError};
use super::get::{build_printer, list_request, object_name, Options, Printer, Request1, TABLE_ACCEPT};
use super::printers::{print_custom_columns, print_jsonpath, table_cells, to_json, TableOptions};
use super::{tabwriter, Follow, Following, Invocation, Output, Transport, WaitFor};
use crate::apiserver::http::{Method, Request};
use serde_json::Value;
use crate::json;

/// How each object is printed.
#[derive(Clone, Debug)]
enum Format {
    Table(TableOptions),
    Generic(Printer),
}

/// A running `get --watch`: the stream it reads and its printer's state.
#[derive(Clone, Debug)]
pub struct GetWatch {
    pub stream: u64,
    format: Format,
    /// `--output-watch-events`.
    events: bool,
    /// Whether the next object is printed (false for the synthetic first event of a watch on
    /// one object, and for everything before the first event with `--watch-only`).
    output: bool,
    /// The tabwriter's remembered widths.
    widths: Option<Vec<usize>>,
    /// The table printer's `lastColumns` and `printedHeaders`.
    columns: Value,
    printed_headers: bool,
    /// How many objects the generic printers printed (YAML separates documents with `---`).
    printed: usize,
    /// `--show-managed-fields`.
    show_managed: bool,
}

impl PartialEq for GetWatch {
    fn eq(&self, other: &Self) -> bool {
        self.stream == other.stream
    }
}

impl Eq for GetWatch {}

impl GetWatch {
    fn new(format: Format, events: bool) -> Self {
        GetWatch { stream: 0, format, events, output: true, widths: Some(Vec::new()), columns: Value::Null, printed_headers: false, printed: 0, show_managed: false }
    }

    /// Prints what arrived; true once the watch has ended (the server closed it: kubectl exits
    /// quietly, with status 0, as `UntilWithoutRetry`'s error is not reported).
    pub fn poll(&mut self, t: &mut dyn Transport, out: &mut Output) -> bool {
        let (lines, closed) = t.read_stream(self.stream);
        for line in lines {
            let ev: Value = serde_json::from_str(&line).unwrap_or(Value::Null);
            let kind = ev["type"].as_str().unwrap_or("");
            if kind == "ERROR" {
                t.close_stream(self.stream);
                return true;
            }
            let object = ev["object"].clone();
            self.print(object, kind, out);
            self.output = true;
        }
        closed
    }

    /// `PrintObj` of the human-readable or generic printer (behind upstream's skip printer).
    fn print(&mut self, mut obj: Value, event: &str, out: &mut Output) {
        if !self.output {
            return;
        }
        match &self.format {
            Format::Table(opts) => {
                let mut local = opts.clone();
                let cols = obj["columnDefinitions"].as_array().cloned().unwrap_or_default();
                if self.printed_headers && (cols.is_empty() || Value::Array(cols.clone()) == self.columns) {
                    local.no_headers = true;
                }
                if cols.is_empty() {
                    obj["columnDefinitions"] = self.columns.clone();
                } else if Value::Array(cols.clone()) != self.columns {
                    self.columns = Value::Array(cols);
                    self.printed_headers = false;
                }
                if obj["rows"].as_array().is_some_and(|r| !r.is_empty()) {
                    self.printed_headers = true;
                }
                if self.events {
                    local.event = Some(event.to_string());
                }
                let text = table_cells(&obj, &local);
                if !text.is_empty() {
                    out.out(tabwriter::format_remembering(&text, 6, 3, &mut self.widths));
                }
            }
            Format::Generic(printer) => {
                let shown = super::printers::omit_managed(&obj, self.show_managed).into_owned();
                let doc = if self.events { json!({"type": event, "object": shown}) } else { shown };
                match printer {
                    Printer::Json => out.out(to_json(&doc)),
                    Printer::Yaml => {
                        if self.printed > 0 {
                            out.out("---\n");
                        }
                        out.out(crate::manifest::to_yaml(&doc));
                    }
                    Printer::Name => out.out(object_name(&obj) + "\n"),
                    Printer::JsonPath { raw, jp } => {
                        let mut jp = jp.clone();
                        match print_jsonpath(raw, &mut jp, &doc) {
                            Ok(text) => out.out(text),
                            Err(e) => out.err(format!("{}\n", e)),
                        }
                    }
                    Printer::Columns { columns, no_headers } => {
                        let (text, err) = print_custom_columns(columns, *no_headers || self.printed > 0, &[&obj]);
                        out.out(text);
                        if let Some(e) = err {
                            out.err(format!("{}\n", e));
                        }
                    }
                }
                self.printed += 1;
            }
        }
    }
}

/// What `get` hands over once it sees `--watch` or `--watch-only`.
pub(super) struct WatchRequest<'a> {
    pub requests: Vec<Request1<'a>>,
    pub opts: Options,
    pub output: String,
    pub template: String,
    pub table: TableOptions,
    pub watch_only: bool,
    pub events: bool,
    pub allow_missing: bool,
    pub show_managed: bool,
}

fn fetch(inv: &mut Invocation, req: Request) -> Result<Value, StatusError> {
    super::get::get_json(inv, req)
}

pub(super) fn run(mut inv: Invocation, w: WatchRequest, out: &mut Output) {
    // The builder's `SingleResourceType`.
    if w.requests.len() != 1 {
        return out.fail(plain("you may only specify a single resource type"));
    }
    let r = &w.requests[0];
    let res = r.resource;
    let human = w.output.is_empty() || w.output == "wide";
    let format = if human {
        Format::Table(TableOptions { with_namespace: w.opts.all_ns && res.namespaced, ..w.table.clone() })
    } else {
        match build_printer(&w.output, &w.template, inv.files, w.table.no_headers, w.allow_missing) {
            Ok(p) => Format::Generic(p),
            Err(e) => return out.fail(plain(&e)),
        }
    };
    let accept = if human { TABLE_ACCEPT } else { "application/json" };
    // The current state: the list, or each named object.
    let mut current: Vec<Value> = Vec::new();
    let mut list_rv = None;
    if r.names.is_empty() {
        match fetch(&mut inv, list_request(res, &w.opts, accept)) {
            Ok(v) => {
                list_rv = Some(v["metadata"]["resourceVersion"].as_str().unwrap_or("").to_string());
                current.push(v);
            }
            Err(e) => return out.fail(e.render()),
        }
    } else {
        for name in &r.names {
            match fetch(&mut inv, Request::new(Method::Get, res.item_path(&w.opts.ns, name)).with_header("Accept", accept)) {
                Ok(v) => current.push(v),
                Err(e) => return out.fail(e.render()),
            }
        }
    }
    let mut watch = GetWatch::new(format, w.events);
    watch.show_managed = w.show_managed;
    watch.output = !w.watch_only;
    for obj in current {
        match (&watch.format, list_rv.is_some()) {
            (Format::Generic(_), true) => {
                for item in super::list_items(&obj) {
                    watch.print(item, "ADDED", out);
                }
            }
            _ => watch.print(obj, "ADDED", out),
        }
    }
    // Watches started from a list emit no synthetic events; one started for an object does.
    watch.output = list_rv.is_some();
    if r.names.len() > 1 {
        return out.fail(plain("you may only watch a single resource or type of resource at a time"));
    }
    let path = res.collection_path(if w.opts.all_ns { None } else { Some(&w.opts.ns) });
    let mut req = Request::new(Method::Get, path).with_header("Accept", accept);
    if let Some(name) = r.names.first() {
        req = req.with_query("fieldSelector", format!("metadata.name={}", name));
    } else {
        if !w.opts.selector.is_empty() {
            req = req.with_query("labelSelector", w.opts.selector.clone());
        }
        if !w.opts.field_selector.is_empty() {
            req = req.with_query("fieldSelector", w.opts.field_selector.clone());
        }
    }
    let req = req.with_query("resourceVersion", list_rv.unwrap_or_else(|| "0".into())).with_query("watch", "true");
    match inv.transport.open_stream(req) {
        Ok(stream) => {
            watch.stream = stream;
            out.wait.push(WaitFor::Follow(Follow::Kubectl(Box::new(Following::GetWatch(Box::new(watch))))));
        }
        Err(resp) => out.fail(StatusError::from_body(resp.code, &resp.body).render()),
    }
}
