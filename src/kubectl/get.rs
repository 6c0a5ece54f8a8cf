//! `kubectl get`: lists or fetches resources and prints the server's Table (or the objects as
//! YAML/JSON/names), grouping several kinds with `kind/` prefixes.

use super::discovery::ApiResource;
use super::errors::{plain, StatusError};
use super::flags::{flag, Kind as F};
use super::printers::{print_table, to_json, TableOptions};
use super::{parse_flags, Invocation, Kubectl, Output};
use crate::apiserver::http::{Method, Request};
use serde_json::{json, Value};

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
    flag("show-kind", None, F::Bool),
    flag("chunk-size", None, F::Value),
    flag("filename", Some('f'), F::Values),
    flag("recursive", Some('R'), F::Bool),
    flag("sort-by", None, F::Value),
];

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

fn get_json(inv: &mut Invocation, req: Request) -> Result<Value, StatusError> {
    let resp = inv.transport.round_trip(req);
    if !resp.is_success() {
        return Err(StatusError::from_body(resp.code, &resp.body));
    }
    Ok(serde_json::from_str(&resp.body).unwrap_or(Value::Null))
}

pub fn run(kubectl: &mut Kubectl, mut inv: Invocation, out: &mut Output) {
    let Some(p) = parse_flags("get", &inv.args, FLAGS, out) else { return };
    if p.positionals.is_empty() {
        out.fail("You must specify the type of resource to get. Use \"kubectl api-resources\" for a complete list of supported resources.\n\nerror: Required resource not specified.\nUse \"kubectl explain <resource>\" for a detailed description of that resource (e.g. kubectl explain pods).\nSee 'kubectl get -h' for help and examples\n");
        return;
    }
    let output = p.value("output").unwrap_or("").to_string();
    match output.as_str() {
        "" | "wide" | "yaml" | "json" | "name" => {}
        o if ["custom-columns", "custom-columns-file", "go-template", "go-template-file", "jsonpath", "jsonpath-as-json", "jsonpath-file", "kyaml", "template", "templatefile"]
            .iter()
            .any(|f| o == *f || o.starts_with(&format!("{}=", f))) =>
        {
            return out.fail(plain(&format!("kubeplay does not simulate the {:?} output format yet", o)));
        }
        o => {
            return out.fail(plain(&format!("unable to match a printer suitable for the output format {:?}, allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,kyaml,name,template,templatefile,wide,yaml", o)));
        }
    }
    if p.bool("watch") {
        return out.fail(plain("kubeplay does not simulate \"kubectl get --watch\" yet"));
    }
    let all_ns = p.bool("all-namespaces");
    let ns = p.value("namespace").map(str::to_string).unwrap_or_else(|| kubectl.namespace.clone());
    let selector = p.value("selector").unwrap_or("").to_string();
    let field_selector = p.value("field-selector").unwrap_or("").to_string();
    kubectl.discovery(inv.transport);
    let requests = match resolve_args(kubectl, &p.positionals) {
        Ok(r) => r,
        Err(e) => return out.fail(plain(&e)),
    };
    let named = requests.iter().any(|r| !r.names.is_empty());
    if named && all_ns {
        return out.fail(plain("a resource cannot be retrieved by name across all namespaces"));
    }
    if named && (!selector.is_empty() || !field_selector.is_empty()) {
        return out.fail(plain("name cannot be provided when a selector is specified"));
    }
    let multi = requests.len() > 1 || p.bool("show-kind");
    let label_columns: Vec<String> = p.values("label-columns").iter().flat_map(|v| v.split(',').map(str::to_string).collect::<Vec<_>>()).collect();
    let structured = matches!(output.as_str(), "yaml" | "json");
    let mut errors: Vec<StatusError> = Vec::new();
    let mut tables: Vec<String> = Vec::new();
    let mut items: Vec<Value> = Vec::new();
    let mut names_out = String::new();
    let mut any_namespaced = false;
    for r in &requests {
        let res = r.resource;
        any_namespaced |= res.namespaced;
        let accept = if structured { "application/json" } else { TABLE_ACCEPT };
        let mut table = json!({"rows": []});
        let mut fetched: Vec<Value> = Vec::new();
        if r.names.is_empty() {
            let path = res.collection_path(if all_ns { None } else { Some(&ns) });
            let mut req = Request::new(Method::Get, path).with_header("Accept", accept);
            if !selector.is_empty() {
                req = req.with_query("labelSelector", selector.clone());
            }
            if !field_selector.is_empty() {
                req = req.with_query("fieldSelector", field_selector.clone());
            }
            req = req.with_query("limit", "500");
            match get_json(&mut inv, req) {
                Ok(v) if structured => fetched.extend(v["items"].as_array().cloned().unwrap_or_default()),
                Ok(v) => table = v,
                Err(e) => errors.push(e),
            }
        } else {
            for name in &r.names {
                let req = Request::new(Method::Get, res.item_path(&ns, name)).with_header("Accept", accept);
                match get_json(&mut inv, req) {
                    Ok(v) if structured => fetched.push(v),
                    Ok(v) => {
                        if table["columnDefinitions"].is_null() {
                            table = v;
                        } else if let Some(rows) = v["rows"].as_array() {
                            table["rows"].as_array_mut().expect("rows").extend(rows.iter().cloned());
                        }
                    }
                    Err(e) if e.is_not_found() && p.bool("ignore-not-found") => {}
                    Err(e) => errors.push(e),
                }
            }
        }
        if output == "name" {
            let rows: Vec<Value> = if structured { fetched.clone() } else { table["rows"].as_array().cloned().unwrap_or_default() };
            for row in rows {
                let name = row["object"]["metadata"]["name"].as_str().or(row["metadata"]["name"].as_str()).unwrap_or("").to_string();
                names_out.push_str(&format!("{}/{}\n", res.kind_prefix(), name));
            }
        } else if structured {
            items.extend(fetched);
        } else {
            let opts = TableOptions {
                wide: output == "wide",
                no_headers: p.bool("no-headers"),
                with_namespace: all_ns && res.namespaced,
                show_labels: p.bool("show-labels"),
                label_columns: label_columns.clone(),
                kind_prefix: multi.then(|| res.kind_prefix()),
            };
            let text = print_table(&table, &opts);
            if !text.is_empty() {
                tables.push(text);
            }
        }
    }
    let printed_any = !tables.is_empty() || !items.is_empty() || !names_out.is_empty();
    if structured {
        let single = requests.len() == 1 && requests[0].names.len() == 1 && items.len() == 1;
        let doc = if single {
            items.remove(0)
        } else {
            json!({"apiVersion": "v1", "items": items, "kind": "List", "metadata": {"resourceVersion": ""}})
        };
        if single || errors.is_empty() || printed_any {
            out.out(if output == "json" { to_json(&doc) } else { crate::manifest::to_yaml(&doc) });
        }
    } else if output == "name" {
        out.out(names_out);
    } else {
        out.out(tables.join("\n"));
    }
    if !printed_any && errors.is_empty() && !named && !structured {
        if all_ns || !any_namespaced {
            out.err("No resources found\n");
        } else {
            out.err(format!("No resources found in {} namespace.\n", ns));
        }
    }
    report(errors, out);
}

/// Prints collected API errors the way `CheckErr` does (one error, or one line each).
pub fn report(errors: Vec<StatusError>, out: &mut Output) {
    match errors.len() {
        0 => {}
        1 => out.fail(errors[0].render()),
        _ => {
            let text: String = errors
                .iter()
                .map(|e| if e.reason.is_empty() { format!("{}\n", e.message) } else { format!("Error from server ({}): {}\n", e.reason, e.message) })
                .collect();
            out.fail(text);
        }
    }
}
