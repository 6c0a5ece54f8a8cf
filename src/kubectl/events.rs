//! `kubectl events` (upstream `pkg/cmd/events`: `events.go`, `event_printer.go`): the core/v1
//! Events of a namespace (or all, `-A`), or those about one object (`--for TYPE/NAME`: a field
//! selector on the involved object's kind, apiVersion and name), only some types (`--types`),
//! oldest first; a table `LAST SEEN  TYPE  REASON  OBJECT  MESSAGE` whose LAST SEEN reads
//! `5s (x3 over 2m)` for repeats, or any `-o` format. `--watch` prints each event as the
//! apiserver reports it, from the current state on.

use super::errors::{plain, StatusError};
use super::flags::{flag, Kind as F};
use super::{parse_flags, Follow, Following, Invocation, Kubectl, Output, Transport, WaitFor};
use crate::apiserver::http::{Method, Request};
use serde_json::Value;
use crate::json;

const FLAGS: &[super::flags::Flag] = &[
    flag("watch", Some('w'), F::Bool),
    flag("all-namespaces", Some('A'), F::Bool),
    flag("for", None, F::Value),
    flag("types", None, F::Values),
    flag("no-headers", None, F::Bool),
    flag("chunk-size", None, F::Value),
    flag("output", Some('o'), F::Value),
    flag("template", None, F::Value),
];

/// How events are printed: the event table, or a `-o` format.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Printer {
    output: String,
    template: String,
    all_namespaces: bool,
    no_headers: bool,
    headers_printed: bool,
    /// The table's column widths so far (a watch's rows stay aligned, `RememberWidths`).
    widths: Option<Vec<usize>>,
    /// Objects printed so far (YAML separates documents after the first).
    printed: usize,
}

impl Printer {
    /// Prints events (already filtered and sorted) at `now_ms` (Unix milliseconds): the list
    /// (with the files `-o jsonpath-file` reads), or one event a watch reported (`None`).
    fn print(&mut self, events: &[Value], now_ms: i64, files: Option<&dyn super::Files>, out: &mut Output) {
        match self.output.as_str() {
            "" => {
                let mut table = String::new();
                if !self.no_headers && !self.headers_printed {
                    if self.all_namespaces {
                        table.push_str("NAMESPACE\t");
                    }
                    table.push_str("LAST SEEN\tTYPE\tREASON\tOBJECT\tMESSAGE\n");
                    self.headers_printed = true;
                }
                for e in events {
                    if self.all_namespaces {
                        table.push_str(&format!("{}\t", e["metadata"]["namespace"].as_str().unwrap_or("")));
                    }
                    table.push_str(&format!(
                        "{}\t{}\t{}\t{}/{}\t{}\n",
                        interval(e, now_ms),
                        escape(e["type"].as_str().unwrap_or("")),
                        escape(e["reason"].as_str().unwrap_or("")),
                        escape(e["involvedObject"]["kind"].as_str().unwrap_or("")),
                        escape(e["involvedObject"]["name"].as_str().unwrap_or("")),
                        escape(e["message"].as_str().unwrap_or("").trim())
                    ));
                }
                out.out(super::tabwriter::format_remembering(&table, 6, 3, &mut self.widths));
            }
            // The name printer prints nothing for kubectl's own EventList, only watched events.
            "name" if files.is_some() => {}
            "name" => out.out(events.iter().map(|e| format!("event/{}\n", e["metadata"]["name"].as_str().unwrap_or(""))).collect::<String>()),
            other => {
                // A list is one object; a watch prints each event as its own.
                let obj = match (files, events) {
                    (None, [one]) => one.clone(),
                    _ => json!({"apiVersion": "v1", "items": events, "kind": "EventList", "metadata": {}}),
                };
                match other {
                    "yaml" => {
                        if self.printed > 0 {
                            out.out("---\n");
                        }
                        out.out(crate::manifest::to_yaml(&super::printers::omit_managed(&obj, false)));
                    }
                    "json" => out.out(super::printers::to_json(&super::printers::omit_managed(&obj, false))),
                    _ => match super::get::build_printer(other, &self.template, files.unwrap_or(&super::NoFiles), false, false) {
                        Ok(super::get::Printer::JsonPath { raw, mut jp }) => match super::printers::print_jsonpath(&raw, &mut jp, &obj) {
                            Ok(text) => out.out(text),
                            Err(e) => out.fail(plain(&e)),
                        },
                        Err(e) => out.fail(plain(&e)),
                        Ok(_) => out.fail(plain(&format!("unable to match a printer suitable for the output format {:?}, allowed formats are: {}", other, FORMATS))),
                    },
                }
            }
        }
        self.printed += events.len();
    }
}

const FORMATS: &str = "go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml";

/// `printers.EscapeTerminal`: control characters shown escaped, never sent to the terminal.
fn escape(s: &str) -> String {
    s.chars().map(|c| if c.is_control() && c != '\t' { c.escape_default().to_string() } else { c.to_string() }).collect()
}

fn stamp(v: &Value) -> Option<k8s_openapi::jiff::Timestamp> {
    v.as_str().and_then(|s| s.parse().ok())
}

/// `translateTimestampSince`: `<unknown>` for none, else the HumanDuration since.
fn since(now_ms: i64, v: &Value) -> String {
    super::describe::format::human_since(now_ms, stamp(v).as_ref())
}

/// `getInterval`: the first sighting, or `LAST (xN over FIRST)` for a series or a repeat.
fn interval(e: &Value, now_ms: i64) -> String {
    let first = if e["eventTime"].is_null() { since(now_ms, &e["firstTimestamp"]) } else { since(now_ms, &e["eventTime"]) };
    let count = e["count"].as_i64().unwrap_or(0);
    if e["series"].is_object() {
        format!("{} (x{} over {})", since(now_ms, &e["series"]["lastObservedTime"]), e["series"]["count"].as_i64().unwrap_or(0), first)
    } else if count > 1 {
        format!("{} (x{} over {})", since(now_ms, &e["lastTimestamp"]), count, first)
    } else {
        first
    }
}

/// `eventTime`: what events are sorted by (nanoseconds; none first).
fn sort_time(e: &Value) -> i128 {
    let t = if e["series"].is_object() {
        stamp(&e["series"]["lastObservedTime"])
    } else {
        stamp(&e["lastTimestamp"]).or_else(|| stamp(&e["eventTime"]))
    };
    t.map_or(i128::MIN, |t| t.as_nanosecond())
}

/// A running `kubectl events --watch`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventsWatch {
    pub stream: u64,
    types: Vec<String>,
    printer: Printer,
}

impl EventsWatch {
    pub fn poll(&mut self, t: &mut dyn Transport, now_unix_ms: i64, out: &mut Output) -> bool {
        let (lines, closed) = t.read_stream(self.stream);
        let mut batch = Vec::new();
        for line in lines {
            let ev: Value = serde_json::from_str(&line).unwrap_or(Value::Null);
            // Events are deleted after an hour; that is not printed.
            if !matches!(ev["type"].as_str(), Some("ADDED" | "MODIFIED")) {
                continue;
            }
            let mut e = ev["object"].clone();
            if wanted(&self.types, &e) {
                e["kind"] = Value::from("Event");
                e["apiVersion"] = Value::from("v1");
                batch.push(e);
            }
        }
        // Each event is printed and flushed on its own.
        for e in batch {
            self.printer.print(std::slice::from_ref(&e), now_unix_ms, None, out);
        }
        closed
    }
}

fn wanted(types: &[String], e: &Value) -> bool {
    types.is_empty() || types.iter().any(|t| t.eq_ignore_ascii_case(e["type"].as_str().unwrap_or("")))
}

pub fn run(kubectl: &mut Kubectl, inv: Invocation, out: &mut Output) {
    let Some(p) = parse_flags("events", &inv.args, FLAGS, out) else { return };
    let all_ns = p.bool("all-namespaces");
    let ns = p.value("namespace").map(str::to_string).unwrap_or_else(|| kubectl.namespace.clone());
    // `--types=Warning,Normal`: a string slice, its values sorted and deduplicated.
    let mut types: Vec<String> = p.values("types").iter().flat_map(|v| v.split(',').map(str::to_string).collect::<Vec<_>>()).filter(|t| !t.is_empty()).collect();
    crate::api::order::sort(&mut types);
    types.dedup();
    // `--for TYPE/NAME`: the kind and version from discovery.
    let mut selector = None;
    if let Some(target) = p.value("for").filter(|f| !f.is_empty()) {
        if let Some((resource, name)) = target.split_once('/') {
            if name.contains('/') {
                return out.fail(plain("arguments in resource/name form may not have more than one slash"));
            }
            let disco = kubectl.discovery(inv.transport);
            let lower = resource.to_ascii_lowercase();
            let Some(r) = disco.resolve(&lower) else {
                // `NoResourceMatchError`, as checkErr words it (no `error:` in front).
                out.exit_code = 1;
                return out.err(match lower.split_once('.') {
                    Some((res, group)) => format!("the server doesn't have a resource type {:?} in group {:?}\n", res, group),
                    None => format!("the server doesn't have a resource type {:?}\n", lower),
                });
            };
            let api_version = if r.group.is_empty() { r.version.clone() } else { format!("{}/{}", r.group, r.version) };
            selector = Some(format!("involvedObject.kind={},involvedObject.apiVersion={},involvedObject.name={}", r.kind, api_version, name));
        } else {
            return out.fail(plain("--for must be in resource/name form"));
        }
    }
    let output = p.value("output").unwrap_or("").to_string();
    if !matches!(output.as_str(), "" | "yaml" | "json" | "name") {
        match super::get::build_printer(&output, p.value("template").unwrap_or(""), inv.files, false, false) {
            Ok(super::get::Printer::JsonPath { .. }) => {}
            Err(e) if !e.starts_with("unable to match") => return out.fail(plain(&e)),
            _ => return out.fail(plain(&format!("unable to match a printer suitable for the output format {:?}, allowed formats are: {}", output, FORMATS))),
        }
    }
    if types.iter().any(|t| !t.eq_ignore_ascii_case("Normal") && !t.eq_ignore_ascii_case("Warning")) {
        return out.fail(plain("valid --types are Normal or Warning"));
    }
    let path = if all_ns { "/api/v1/events".to_string() } else { format!("/api/v1/namespaces/{}/events", ns) };
    let mut printer = Printer {
        output,
        template: p.value("template").unwrap_or("").to_string(),
        all_namespaces: all_ns,
        no_headers: p.bool("no-headers"),
        headers_printed: false,
        widths: Some(Vec::new()),
        printed: 0,
    };
    if p.bool("watch") {
        let mut req = Request::new(Method::Get, path).with_query("watch", "true");
        if let Some(s) = &selector {
            req = req.with_query("fieldSelector", s.clone());
        }
        match inv.transport.open_stream(req) {
            Ok(stream) => {
                let w = EventsWatch { stream, types, printer };
                out.wait.push(WaitFor::Follow(Follow::Kubectl(Box::new(Following::Events(Box::new(w))))));
            }
            Err(resp) => out.fail(StatusError::from_body(resp.code, &resp.body).render()),
        }
        return;
    }
    // The list, in chunks of 500 (`FollowContinue`).
    let mut events = Vec::new();
    let mut next = String::new();
    loop {
        let mut req = Request::new(Method::Get, path.clone()).with_header("Accept", "application/json").with_query("limit", "500");
        if let Some(s) = &selector {
            req = req.with_query("fieldSelector", s.clone());
        }
        if !next.is_empty() {
            req = req.with_query("continue", next.clone());
        }
        let resp = inv.transport.round_trip(req);
        if !resp.is_success() {
            return out.fail(StatusError::from_body(resp.code, &resp.body).render());
        }
        let list: Value = serde_json::from_str(&resp.body).unwrap_or(Value::Null);
        events.extend(super::list_items(&list).into_iter().filter(|e| wanted(&types, e)));
        next = list["metadata"]["continue"].as_str().unwrap_or("").to_string();
        if next.is_empty() {
            break;
        }
    }
    if events.is_empty() {
        out.err(if all_ns { "No events found.\n".to_string() } else { format!("No events found in {} namespace.\n", ns) });
        return;
    }
    // `sort.Sort(SortableEvents)`: Go's unstable sort, as kubectl's own.
    super::describe::gosort::sort(&mut events, |a, b| sort_time(a) < sort_time(b));
    printer.print(&events, kubectl.now_unix_ms, Some(inv.files), out);
}
