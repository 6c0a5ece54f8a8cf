//! `kubectl get`: lists or fetches resources and prints the server's Table (human-readable
//! output, `kind/` prefixes when several kinds print), or fetches the objects and prints them, or
//! the List of them, as YAML, JSON, names, a JSONPath template or custom columns; `--sort-by`
//! sorts either.

use super::discovery::ApiResource;
use super::errors::{plain, StatusError};
use super::flags::{flag, Kind as F};
use super::jsonpath::{relaxed, JsonPath};
use super::printers::{columns_from_spec, columns_from_template, print_custom_columns, print_jsonpath, print_table, to_json, Column, TableOptions};
use super::sorter::{sort_objects, sort_table_rows, SortError};
use super::{parse_flags, Files, Invocation, Kubectl, Output};
use crate::apiserver::http::{Method, Request};
use serde_json::Value;
use crate::json;

pub const TABLE_ACCEPT: &str = "application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json";

const FLAGS: &[super::flags::Flag] = &[
    flag("output", Some('o'), F::Value),
    flag("selector", Some('l'), F::Value),
    flag("field-selector", None, F::Value),
    flag("all-namespaces", Some('A'), F::Bool),
    flag("show-labels", None, F::Bool),
    flag("label-columns", Some('L'), F::Values),
    flag("no-headers", None, F::Bool),
    flag("ignore-not-found", None, F::Bool),
    flag("watch", Some('w'), F::Bool),
    flag("watch-only", None, F::Bool),
    flag("output-watch-events", None, F::Bool),
    flag("show-kind", None, F::Bool),
    flag("chunk-size", None, F::Value),
    flag("filename", Some('f'), F::Values),
    flag("recursive", Some('R'), F::Bool),
    flag("sort-by", None, F::Value),
    flag("template", None, F::Value),
    flag("allow-missing-template-keys", None, F::Bool),
    flag("raw", None, F::Value),
];

const ALLOWED_FORMATS: &str = "custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,kyaml,name,template,templatefile,wide,yaml";

/// A request for one kind: all of them, or these names.
pub struct Request1<'a> {
    pub resource: &'a ApiResource,
    pub names: Vec<String>,
}

/// Splits `TYPE[,TYPE] [NAME...]` or `TYPE/NAME...` into per-kind requests (the resource builder's rules).
pub fn resolve_args<'d>(kubectl: &'d Kubectl, args: &[String]) -> Result<Vec<Request1<'d>>, String> {
    let disco = kubectl.discovery.as_ref().expect("discovery loaded");
    let lookup = |t: &str| disco.resolve(t).ok_or_else(|| format!("the server doesn't have a resource type {:?}", t));
    let mut out: Vec<Request1> = Vec::new();
    if args.iter().any(|a| a.contains('/')) {
        for a in args {
            let Some((t, n)) = a.split_once('/') else {
                return Err("there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'".into());
            };
            let r = lookup(t)?;
            match out.iter_mut().find(|q| std::ptr::eq(q.resource, r)) {
                Some(q) => q.names.push(n.to_string()),
                None => out.push(Request1 { resource: r, names: vec![n.to_string()] }),
            }
        }
        return Ok(out);
    }
    let Some((types, names)) = args.split_first() else { return Ok(out) };
    for t in types.split(',').filter(|t| !t.is_empty()) {
        if t == "all" {
            for r in disco.category("all") {
                out.push(Request1 { resource: r, names: names.to_vec() });
            }
            continue;
        }
        out.push(Request1 { resource: lookup(t)?, names: names.to_vec() });
    }
    Ok(out)
}

pub(super) fn get_json(inv: &mut Invocation, req: Request) -> Result<Value, StatusError> {
    let once = |inv: &mut Invocation, req: Request| {
        let resp = inv.transport.round_trip(req);
        if !resp.is_success() {
            return Err(StatusError::from_body(resp.code, &resp.body));
        }
        Ok(serde_json::from_str::<Value>(&resp.body).unwrap_or(Value::Null))
    };
    let mut v = once(inv, req.clone())?;
    // A chunked list (`limit=500`): the next chunk while the server hands back a `continue`,
    // its items (or a Table's rows) after the ones before.
    let mut previous = String::new();
    while let Some(token) = v["metadata"]["continue"].as_str().filter(|t| !t.is_empty() && *t != previous).map(str::to_string) {
        previous = token.clone();
        let mut next = req.clone();
        next.query.retain(|(k, _)| k != "continue");
        let more = once(inv, next.with_query("continue", token))?;
        for key in ["items", "rows"] {
            if let (Some(all), Some(add)) = (v[key].as_array_mut(), more[key].as_array()) {
                all.extend(add.iter().cloned());
            }
        }
        v["metadata"]["continue"] = more["metadata"]["continue"].clone();
        if let Some(m) = v["metadata"].as_object_mut() {
            m.remove("remainingItemCount");
            if m.get("continue").is_some_and(|c| c.as_str().is_none_or(str::is_empty)) {
                m.remove("continue");
            }
        }
    }
    Ok(v)
}

/// An error `get` reports at the end: from the server, or from kubectl itself.
enum GetError {
    Api(StatusError),
    Plain(String),
}

/// `CheckErr` on what `get` collected: one error alone, or one line each.
fn report_all(errors: Vec<GetError>, out: &mut Output) {
    match errors.as_slice() {
        [] => {}
        [GetError::Api(e)] => out.fail(e.render()),
        [GetError::Plain(m)] => {
            let mut msg = if m.starts_with("error: ") { m.clone() } else { format!("error: {}", m) };
            if !msg.ends_with('\n') {
                msg.push('\n');
            }
            out.fail(msg);
        }
        many => {
            let text: String = many
                .iter()
                .map(|e| match e {
                    GetError::Api(e) if e.reason.is_empty() => format!("{}\n", e.message),
                    GetError::Api(e) => format!("Error from server ({}): {}\n", e.reason, e.message),
                    GetError::Plain(m) => format!("{}\n", m),
                })
                .collect();
            out.fail(text);
        }
    }
}

/// How the objects of a non-table output are printed.
#[derive(Clone, Debug)]
pub(super) enum Printer {
    Json,
    Yaml,
    Name,
    JsonPath { raw: String, jp: Box<JsonPath> },
    Columns { columns: Vec<Column>, no_headers: bool },
}

const JSONPATH_FORMATS: &[&str] = &["jsonpath", "jsonpath-file", "jsonpath-as-json"];
const COLUMNS_FORMATS: &[&str] = &["custom-columns", "custom-columns-file"];

/// `format=value`, or `format` with the value from `--template`.
fn split_format<'a>(output: &'a str, template: &'a str, formats: &[&str]) -> Option<(&'a str, &'a str)> {
    if !template.is_empty() {
        return formats.iter().find(|f| **f == output).map(|_| (output, template));
    }
    for f in formats {
        if let Some(v) = output.strip_prefix(f).and_then(|r| r.strip_prefix('=')) {
            return Some((&output[..f.len()], v));
        }
    }
    formats.iter().find(|f| **f == output).map(|_| (output, ""))
}

/// `PrintFlags.ToPrinter` for the non-table formats (run, as upstream, once the objects are fetched).
pub(super) fn build_printer(output: &str, template: &str, files: &dyn Files, no_headers: bool, allow_missing: bool) -> Result<Printer, String> {
    match output {
        "json" => return Ok(Printer::Json),
        "yaml" => return Ok(Printer::Yaml),
        "name" => return Ok(Printer::Name),
        _ => {}
    }
    if let Some((format, value)) = split_format(output, template, JSONPATH_FORMATS) {
        if value.is_empty() {
            return Err("template format specified but no template given".into());
        }
        let text = if format == "jsonpath-file" {
            files.read(value).map_err(|_| format!("error reading --template {}, open {}: no such file or directory", value, value))?
        } else {
            value.to_string()
        };
        let jp = JsonPath::parse(&text).map_err(|e| format!("error parsing jsonpath {}, {}", text, e))?;
        let jp = jp.allow_missing_keys(allow_missing).enable_json_output(format == "jsonpath-as-json");
        return Ok(Printer::JsonPath { raw: text, jp: Box::new(jp) });
    }
    if let Some((format, value)) = split_format(output, template, COLUMNS_FORMATS) {
        if value.is_empty() {
            return Err("custom-columns format specified but no custom columns given".into());
        }
        if format == "custom-columns-file" {
            let text = files.read(value).map_err(|_| format!("error reading template {}, open {}: no such file or directory\n", value, value))?;
            return Ok(Printer::Columns { columns: columns_from_template(&text)?, no_headers: false });
        }
        return Ok(Printer::Columns { columns: columns_from_spec(value)?, no_headers });
    }
    Err(format!("unable to match a printer suitable for the output format {:?}, allowed formats are: {}", output, ALLOWED_FORMATS))
}

/// `kind/name`, or `kind.group/name`, for `-o name`.
pub(super) fn object_name(o: &Value) -> String {
    let group = o["apiVersion"].as_str().and_then(|v| v.split_once('/')).map(|(g, _)| g).unwrap_or("");
    let kind = o["kind"].as_str().unwrap_or("").to_ascii_lowercase();
    let name = o["metadata"]["name"].as_str().unwrap_or("");
    if group.is_empty() {
        format!("{}/{}", kind, name)
    } else {
        format!("{}.{}/{}", kind, group, name)
    }
}

pub(super) struct Options {
    pub all_ns: bool,
    pub ns: String,
    pub selector: String,
    pub field_selector: String,
    pub sort_by: String,
    pub ignore_not_found: bool,
}


pub fn run(kubectl: &mut Kubectl, mut inv: Invocation, out: &mut Output) {
    let Some(p) = parse_flags("get", &inv.args, FLAGS, out) else { return };
    if let Some(raw) = p.value("raw") {
        // `--raw PATH`: the apiserver's answer, byte for byte.
        if !p.positionals.is_empty() {
            return out.fail("error: arguments may not be passed when --raw is specified\n");
        }
        let resp = inv.transport.round_trip(crate::apiserver::http::Request::from_target(crate::apiserver::http::Method::Get, raw));
        if resp.code >= 400 {
            return out.fail(super::errors::StatusError::from_body(resp.code, &resp.body).render());
        }
        // The apiserver's JSON encoder ends its bodies with a newline; other answers (`ok`, a
        // proxied page) come as they are.
        let nl = if resp.body.ends_with('\n') || !resp.content_type.starts_with("application/json") { "" } else { "\n" };
        return out.out(format!("{}{}", resp.body, nl));
    }
    if p.positionals.is_empty() {
        out.fail("You must specify the type of resource to get. Use \"kubectl api-resources\" for a complete list of supported resources.\n\nerror: Required resource not specified.\nUse \"kubectl explain <resource>\" for a detailed description of that resource (e.g. kubectl explain pods).\nSee 'kubectl get -h' for help and examples\n");
        return;
    }
    let output = p.value("output").unwrap_or("").to_string();
    let template = p.value("template").unwrap_or("").to_string();
    let not_simulated = ["go-template", "go-template-file", "template", "templatefile", "kyaml"];
    if not_simulated.iter().any(|f| output == *f || output.starts_with(&format!("{}=", f))) || (output.is_empty() && !template.is_empty()) {
        let o = if output.is_empty() { "go-template" } else { output.as_str() };
        return out.fail(plain(&format!("kubeplay does not simulate the {:?} output format yet", o)));
    }
    if p.bool("show-labels") && !output.is_empty() && output != "wide" {
        return out.fail(plain(&format!("--show-labels option cannot be used with {} printer", output)));
    }
    let opts = Options {
        all_ns: p.bool("all-namespaces"),
        ns: p.value("namespace").map(str::to_string).unwrap_or_else(|| kubectl.namespace.clone()),
        selector: p.value("selector").unwrap_or("").to_string(),
        field_selector: p.value("field-selector").unwrap_or("").to_string(),
        sort_by: p.value("sort-by").unwrap_or("").to_string(),
        ignore_not_found: p.bool("ignore-not-found"),
    };
    kubectl.discovery(inv.transport);
    let requests = match resolve_args(kubectl, &p.positionals) {
        Ok(r) => r,
        Err(e) => return out.fail(plain(&e)),
    };
    let named = requests.iter().any(|r| !r.names.is_empty());
    if named && opts.all_ns {
        return out.fail(plain("a resource cannot be retrieved by name across all namespaces"));
    }
    if named && (!opts.selector.is_empty() || !opts.field_selector.is_empty()) {
        return out.fail(plain("name cannot be provided when a selector is specified"));
    }
    let watching = p.bool("watch") || p.bool("watch-only");
    if watching || output.is_empty() || output == "wide" {
        let label_columns: Vec<String> = p.values("label-columns").iter().flat_map(|v| v.split(',').map(str::to_string).collect::<Vec<_>>()).collect();
        let table = TableOptions {
            wide: output == "wide",
            no_headers: p.bool("no-headers"),
            with_namespace: false,
            show_labels: p.bool("show-labels"),
            label_columns,
            kind_prefix: None,
            event: None,
        };
        if watching {
            let allow_missing = p.value("allow-missing-template-keys").is_none_or(|v| v == "true");
            let events = p.bool("output-watch-events");
            let w = super::watch::WatchRequest { requests, opts, output, template, table, watch_only: p.bool("watch-only"), events, allow_missing, show_managed: p.bool("show-managed-fields") };
            return super::watch::run(inv, w, out);
        }
        let multi = requests.len() > 1 || p.bool("show-kind");
        return run_tables(kubectl, &mut inv, &requests, &opts, table, multi, out);
    }
    // The generic printers: the objects themselves, as JSON.
    let mut errors: Vec<GetError> = Vec::new();
    let mut items: Vec<Value> = Vec::new();
    for r in &requests {
        let res = r.resource;
        if r.names.is_empty() {
            match get_json(&mut inv, list_request(res, &opts, "application/json")) {
                Ok(v) => items.extend(super::list_items(&v)),
                Err(e) => errors.push(GetError::Api(e)),
            }
            continue;
        }
        for name in &r.names {
            let req = Request::new(Method::Get, res.item_path(&opts.ns, name)).with_header("Accept", "application/json");
            match get_json(&mut inv, req) {
                Ok(v) => items.push(v),
                Err(e) if e.is_not_found() && opts.ignore_not_found => {}
                Err(e) => errors.push(GetError::Api(e)),
            }
        }
    }
    let single_implied = requests.len() == 1 && requests[0].names.len() == 1;
    if single_implied && !errors.is_empty() {
        return report_all(errors, out);
    }
    if items.is_empty() && opts.ignore_not_found {
        return report_all(errors, out);
    }
    let allow_missing = p.value("allow-missing-template-keys").is_none_or(|v| v == "true");
    let mut printer = match build_printer(&output, &template, inv.files, p.bool("no-headers"), allow_missing) {
        Ok(pr) => pr,
        Err(e) => return report_all(vec![GetError::Plain(e)], out),
    };
    let single = single_implied && items.len() == 1;
    if !single && !opts.sort_by.is_empty() && !items.is_empty() {
        match sort_objects(&items, &opts.sort_by, kubectl.now_unix_ms) {
            Ok(order) => items = order.into_iter().map(|i| items[i].clone()).collect(),
            Err(SortError::Fatal(line)) => return out.fail(line),
            Err(SortError::Plain(e)) => {
                errors.push(GetError::Plain(e));
                return report_all(errors, out);
            }
        }
    }
    let doc = if single { items.remove(0) } else { json!({"apiVersion": "v1", "items": items, "kind": "List", "metadata": {"resourceVersion": ""}}) };
    let objs: Vec<&Value> = if single { vec![&doc] } else { doc["items"].as_array().map(|a| a.iter().collect()).unwrap_or_default() };
    match &mut printer {
        Printer::Json => out.out(to_json(&super::printers::omit_managed(&doc, p.bool("show-managed-fields")))),
        Printer::Yaml => out.out(crate::manifest::to_yaml(&super::printers::omit_managed(&doc, p.bool("show-managed-fields")))),
        Printer::Name => out.out(objs.iter().map(|o| object_name(o) + "\n").collect::<String>()),
        Printer::JsonPath { raw, jp } => match print_jsonpath(raw, jp, &doc) {
            Ok(text) => out.out(text),
            Err(e) => errors.push(GetError::Plain(e)),
        },
        Printer::Columns { columns, no_headers } => {
            let (text, err) = print_custom_columns(columns, *no_headers, &objs);
            out.out(text);
            if let Some(e) = err {
                errors.push(GetError::Plain(e));
            }
        }
    }
    report_all(errors, out);
}

/// The list request for one kind (no chunking when sorting, as upstream).
pub(super) fn list_request(res: &ApiResource, opts: &Options, accept: &str) -> Request {
    let path = res.collection_path(if opts.all_ns { None } else { Some(&opts.ns) });
    let mut req = Request::new(Method::Get, path).with_header("Accept", accept);
    if !opts.selector.is_empty() {
        req = req.with_query("labelSelector", opts.selector.clone());
    }
    if !opts.field_selector.is_empty() {
        req = req.with_query("fieldSelector", opts.field_selector.clone());
    }
    if opts.sort_by.is_empty() {
        req = req.with_query("limit", "500");
    }
    req
}

/// The human-readable path: a Table per request (per name for named objects), sorted by
/// `--sort-by` as upstream does (the rows of one Table; several Tables are sorted as objects).
fn run_tables(kubectl: &Kubectl, inv: &mut Invocation, requests: &[Request1], opts: &Options, table: TableOptions, multi: bool, out: &mut Output) {
    let sorting = !opts.sort_by.is_empty();
    let with_object = |req: Request| if sorting { req.with_query("includeObject", "Object") } else { req };
    let mut errors: Vec<StatusError> = Vec::new();
    let mut infos: Vec<(usize, Value)> = Vec::new();
    for (ri, r) in requests.iter().enumerate() {
        let res = r.resource;
        if r.names.is_empty() {
            match get_json(inv, with_object(list_request(res, opts, TABLE_ACCEPT))) {
                Ok(v) => infos.push((ri, v)),
                Err(e) => errors.push(e),
            }
            continue;
        }
        for name in &r.names {
            let req = with_object(Request::new(Method::Get, res.item_path(&opts.ns, name)).with_header("Accept", TABLE_ACCEPT));
            match get_json(inv, req) {
                Ok(v) => infos.push((ri, v)),
                Err(e) if e.is_not_found() && opts.ignore_not_found => {}
                Err(e) => errors.push(e),
            }
        }
    }
    if sorting && infos.len() > 1 {
        // The Tables themselves are what upstream's RuntimeSorter sorts here.
        let field = relaxed(&opts.sort_by).unwrap_or_else(|_| opts.sort_by.clone());
        let tables: Vec<Value> = infos.iter().map(|(_, t)| t.clone()).collect();
        match sort_objects(&tables, &field, kubectl.now_unix_ms) {
            Ok(order) => infos = order.into_iter().map(|i| infos[i].clone()).collect(),
            Err(SortError::Fatal(line)) => return out.fail(line),
            Err(SortError::Plain(e)) => return out.fail(plain(&e)),
        }
    }
    // Each Table goes through the sorting printer (its errors are dropped, as upstream's are),
    // then consecutive Tables of one kind print under one header.
    let mut groups: Vec<(usize, Value)> = Vec::new();
    for (ri, mut t) in infos {
        let rows = t["rows"].as_array().cloned().unwrap_or_default();
        if sorting && rows.len() > 1 {
            let field = relaxed(&opts.sort_by).unwrap_or_else(|_| opts.sort_by.clone());
            let objs: Vec<Value> = rows.iter().map(|r| r["object"].clone()).collect();
            match sort_table_rows(&objs, &field, kubectl.now_unix_ms) {
                Ok(order) => t["rows"] = Value::Array(order.into_iter().map(|i| rows[i].clone()).collect()),
                Err(SortError::Plain(_)) => continue,
                Err(SortError::Fatal(line)) => {
                    out.out(print_groups(&groups, requests, opts, &table, multi).join("\n"));
                    return out.fail(line);
                }
            }
        }
        match groups.last_mut() {
            Some((last, g)) if *last == ri => {
                let more = t["rows"].as_array().cloned().unwrap_or_default();
                if let Some(rows) = g["rows"].as_array_mut() {
                    rows.extend(more);
                }
            }
            _ => groups.push((ri, t)),
        }
    }
    let tables = print_groups(&groups, requests, opts, &table, multi);
    let printed_any = !tables.is_empty();
    out.out(tables.join("\n"));
    if !printed_any && errors.is_empty() && !opts.ignore_not_found {
        if opts.all_ns || !requests.iter().any(|r| r.resource.namespaced) {
            out.err("No resources found\n");
        } else {
            out.err(format!("No resources found in {} namespace.\n", opts.ns));
        }
    }
    report(errors, out);
}

fn print_groups(groups: &[(usize, Value)], requests: &[Request1], opts: &Options, table: &TableOptions, multi: bool) -> Vec<String> {
    let mut tables = Vec::new();
    for (ri, t) in groups {
        let res = requests[*ri].resource;
        let o = TableOptions { with_namespace: opts.all_ns && res.namespaced, kind_prefix: multi.then(|| res.kind_prefix()), ..table.clone() };
        let text = print_table(t, &o);
        if !text.is_empty() {
            tables.push(text);
        }
    }
    tables
}

/// Prints collected API errors the way `CheckErr` does (one error, or one line each).
pub fn report(errors: Vec<StatusError>, out: &mut Output) {
    report_all(errors.into_iter().map(GetError::Api).collect(), out);
}
