//! `kubectl top node|pod`: resource usage from the metrics API (`metrics.k8s.io/v1beta1`), as
//! upstream's `TopCmdPrinter` lays it out — CPU in millicores (`250m`), memory in MiB (`64Mi`),
//! node percentages of allocatable (or capacity with `--show-capacity`). Without the API in
//! discovery: `error: Metrics API not available`.

use super::errors::{plain, StatusError};
use super::flags::{flag, Kind as F};
use super::{parse_flags, tabwriter, Invocation, Kubectl, Output};
use crate::api::quantity::{parse_milli, parse_value};
use crate::apiserver::http::{encode, Method, Request};
use serde_json::Value;


const NODE_FLAGS: &[super::flags::Flag] = &[
    flag("no-headers", None, F::Bool),
    flag("selector", Some('l'), F::Value),
    flag("show-capacity", None, F::Bool),
    flag("sort-by", None, F::Value),
    flag("use-protocol-buffers", None, F::Bool),
];

const POD_FLAGS: &[super::flags::Flag] = &[
    flag("all-namespaces", Some('A'), F::Bool),
    flag("containers", None, F::Bool),
    flag("field-selector", None, F::Value),
    flag("no-headers", None, F::Bool),
    flag("selector", Some('l'), F::Value),
    flag("sort-by", None, F::Value),
    flag("sum", None, F::Bool),
    flag("use-protocol-buffers", None, F::Bool),
];

fn get(inv: &mut Invocation, path: String) -> Result<Value, String> {
    let resp = inv.transport.round_trip(Request::from_target(Method::Get, &path).with_header("Accept", "application/json"));
    if !resp.is_success() {
        return Err(StatusError::from_body(resp.code, &resp.body).render());
    }
    Ok(serde_json::from_str(&resp.body).unwrap_or(Value::Null))
}

/// `SupportedMetricsAPIVersionAvailable`: is `metrics.k8s.io/v1beta1` in the server's groups?
fn metrics_api_available(inv: &mut Invocation) -> Result<bool, String> {
    let groups = get(inv, "/apis".into())?;
    Ok(groups["groups"].as_array().into_iter().flatten().any(|g| g["name"] == "metrics.k8s.io"))
}

/// (millicores, bytes) of a `usage` map.
fn usage(v: &Value) -> (i128, i128) {
    let cpu = v["cpu"].as_str().and_then(parse_milli).unwrap_or(0);
    let mem = v["memory"].as_str().and_then(parse_value).unwrap_or(0);
    (cpu, mem)
}

fn cells(cpu: i128, mem: i128) -> String {
    format!("{}m\t{}Mi\t", cpu, mem / (1024 * 1024))
}

fn query(selector: Option<&str>, fields: Option<&str>) -> String {
    let mut q = Vec::new();
    if let Some(s) = selector.filter(|s| !s.is_empty()) {
        q.push(format!("labelSelector={}", encode(s)));
    }
    if let Some(s) = fields.filter(|s| !s.is_empty()) {
        q.push(format!("fieldSelector={}", encode(s)));
    }
    if q.is_empty() { String::new() } else { format!("?{}", q.join("&")) }
}

pub fn run(kubectl: &mut Kubectl, mut inv: Invocation, out: &mut Output) {
    let sub = super::find_verb(&inv.args);
    let Some(i) = sub else { return out.out(super::help::text("top").unwrap_or_default()) };
    let which = inv.args.remove(i);
    match which.as_str() {
        "node" | "nodes" | "no" => top_node(&mut inv, out),
        "pod" | "pods" | "po" => top_pod(kubectl, &mut inv, out),
        _ => out.out(super::help::text("top").unwrap_or_default()),
    }
}

fn sort_flag(sort: Option<&str>, out: &mut Output) -> Result<Option<String>, ()> {
    match sort.filter(|s| !s.is_empty()) {
        Some(s) if s != "cpu" && s != "memory" => {
            out.fail("error: --sort-by accepts only cpu or memory\n");
            Err(())
        }
        s => Ok(s.map(str::to_string)),
    }
}

fn top_node(inv: &mut Invocation, out: &mut Output) {
    let Some(p) = parse_flags("top node", &inv.args, NODE_FLAGS, out) else { return };
    let Ok(sort) = sort_flag(p.value("sort-by"), out) else { return };
    let name = p.positionals.first().cloned();
    let result = (|| -> Result<String, String> {
        if !metrics_api_available(inv)? {
            return Err(plain("Metrics API not available"));
        }
        let q = query(p.value("selector"), None);
        let mut metrics: Vec<Value> = match &name {
            Some(n) => vec![get(inv, format!("/apis/metrics.k8s.io/v1beta1/nodes/{}", n))?],
            None => get(inv, format!("/apis/metrics.k8s.io/v1beta1/nodes{}", q))?["items"].as_array().cloned().unwrap_or_default(),
        };
        if metrics.is_empty() {
            return Err(plain("metrics not available yet"));
        }
        let nodes: Vec<Value> = match &name {
            Some(n) => vec![get(inv, format!("/api/v1/nodes/{}", n))?],
            None => get(inv, format!("/api/v1/nodes{}", q))?["items"].as_array().cloned().unwrap_or_default(),
        };
        let field = if p.bool("show-capacity") { "capacity" } else { "allocatable" };
        let mut available: Vec<(String, Value)> = nodes.iter().map(|n| (n["metadata"]["name"].as_str().unwrap_or("").to_string(), n["status"][field].clone())).collect();
        crate::api::order::sort_by_key(&mut metrics, |m| {
            let (cpu, mem) = usage(&m["usage"]);
            match sort.as_deref() {
                Some("cpu") => (-cpu, String::new()),
                Some("memory") => (-mem, String::new()),
                _ => (0, m["metadata"]["name"].as_str().unwrap_or("").to_string()),
            }
        });
        let mut text = String::new();
        if !p.bool("no-headers") {
            text.push_str("NAME\tCPU(cores)\tCPU(%)\tMEMORY(bytes)\tMEMORY(%)\t\n");
        }
        for m in &metrics {
            let name = m["metadata"]["name"].as_str().unwrap_or("");
            let (cpu, mem) = usage(&m["usage"]);
            text.push_str(&format!("{}\t{}m\t", name, cpu));
            let avail = available.iter().position(|(n, _)| n == name).map(|i| available.remove(i).1);
            let pct = |used: i128, total: Option<i128>| total.filter(|t| *t > 0).map(|t| format!("{}%\t", (used as f64 / t as f64 * 100.0) as i64)).unwrap_or_default();
            text.push_str(&pct(cpu, avail.as_ref().and_then(|a| a["cpu"].as_str()).and_then(parse_milli)));
            text.push_str(&format!("{}Mi\t", mem / (1024 * 1024)));
            text.push_str(&pct(mem * 1000, avail.as_ref().and_then(|a| a["memory"].as_str()).and_then(parse_milli)));
            text.push('\n');
        }
        crate::api::order::sort_by_key(&mut available, |(n, _)| n.clone());
        for (n, _) in available {
            text.push_str(&format!("{}\t<unknown>\t<unknown>\t<unknown>\t<unknown>\t\n", n));
        }
        Ok(text)
    })();
    match result {
        Ok(text) => out.out(tabwriter::format(&text, 6, 3)),
        Err(e) => out.fail(e),
    }
}

fn top_pod(kubectl: &mut Kubectl, inv: &mut Invocation, out: &mut Output) {
    let Some(p) = parse_flags("top pod", &inv.args, POD_FLAGS, out) else { return };
    let Ok(sort) = sort_flag(p.value("sort-by"), out) else { return };
    let all = p.bool("all-namespaces");
    let ns = p.value("namespace").map(str::to_string).unwrap_or_else(|| kubectl.namespace.clone());
    let name = p.positionals.first().cloned();
    let result = (|| -> Result<Option<String>, String> {
        if !metrics_api_available(inv)? {
            return Err(plain("Metrics API not available"));
        }
        let q = query(p.value("selector"), p.value("field-selector"));
        let base = if all { "/apis/metrics.k8s.io/v1beta1/pods".to_string() } else { format!("/apis/metrics.k8s.io/v1beta1/namespaces/{}/pods", ns) };
        let mut metrics: Vec<Value> = match &name {
            Some(n) => vec![get(inv, format!("/apis/metrics.k8s.io/v1beta1/namespaces/{}/pods/{}", ns, n))?],
            None => get(inv, format!("{}{}", base, q))?["items"].as_array().cloned().unwrap_or_default(),
        };
        if metrics.is_empty() {
            // `verifyEmptyMetrics`: pods that exist but have no metrics yet.
            let pods_path = if all { format!("/api/v1/pods{}", q) } else { format!("/api/v1/namespaces/{}/pods{}", ns, q) };
            let pods = get(inv, pods_path)?["items"].as_array().cloned().unwrap_or_default();
            if pods.is_empty() {
                return Ok(None);
            }
            for pod in &pods {
                let created = pod["metadata"]["creationTimestamp"].as_str().unwrap_or("");
                let created_ms = created.parse::<k8s_openapi::jiff::Timestamp>().map(|t| t.as_millisecond()).unwrap_or(0);
                let age_ms = (kubectl.now_unix_ms - created_ms).max(0) as u64;
                if age_ms > 2 * 60 * 1000 {
                    return Err(plain(&format!(
                        "Metrics not available for pod {}/{}, age: {}",
                        pod["metadata"]["namespace"].as_str().unwrap_or(""),
                        pod["metadata"]["name"].as_str().unwrap_or(""),
                        crate::api::timefmt::go_duration(age_ms)
                    )));
                }
            }
            return Err(plain("metrics not available yet"));
        }
        let total = |m: &Value| -> (i128, i128) {
            m["containers"].as_array().into_iter().flatten().map(|c| usage(&c["usage"])).fold((0, 0), |a, b| (a.0 + b.0, a.1 + b.1))
        };
        crate::api::order::sort_by_key(&mut metrics, |m| {
            let (cpu, mem) = total(m);
            match sort.as_deref() {
                Some("cpu") => (-cpu, String::new(), String::new()),
                Some("memory") => (-mem, String::new(), String::new()),
                _ => (0, if all { m["metadata"]["namespace"].as_str().unwrap_or("").to_string() } else { String::new() }, m["metadata"]["name"].as_str().unwrap_or("").to_string()),
            }
        });
        let containers = p.bool("containers");
        let mut text = String::new();
        let mut columns = 3;
        if !p.bool("no-headers") {
            if all {
                text.push_str("NAMESPACE\t");
                columns += 1;
            }
            if containers {
                text.push_str("POD\t");
                columns += 1;
            }
            text.push_str("NAME\tCPU(cores)\tMEMORY(bytes)\t\n");
        }
        let (mut sum_cpu, mut sum_mem) = (0, 0);
        for m in &metrics {
            let ns_cell = if all { format!("{}\t", m["metadata"]["namespace"].as_str().unwrap_or("")) } else { String::new() };
            let pod = m["metadata"]["name"].as_str().unwrap_or("");
            let (cpu, mem) = total(m);
            sum_cpu += cpu;
            sum_mem += mem;
            if containers {
                let mut cs: Vec<&Value> = m["containers"].as_array().into_iter().flatten().collect();
                crate::api::order::sort_by_key(&mut cs, |c| {
                    let (cpu, mem) = usage(&c["usage"]);
                    match sort.as_deref() {
                        Some("cpu") => (-cpu, String::new()),
                        Some("memory") => (-mem, String::new()),
                        _ => (0, c["name"].as_str().unwrap_or("").to_string()),
                    }
                });
                for c in cs {
                    let (cpu, mem) = usage(&c["usage"]);
                    text.push_str(&format!("{}{}\t{}\t{}\n", ns_cell, pod, c["name"].as_str().unwrap_or(""), cells(cpu, mem)));
                }
            } else {
                text.push_str(&format!("{}{}\t{}\n", ns_cell, pod, cells(cpu, mem)));
            }
        }
        if p.bool("sum") {
            text.push_str(&"\t".repeat(columns - 2));
            text.push_str("________\t________\t\n");
            text.push_str(&"\t".repeat(columns - 3));
            text.push_str(&format!("\t{}\n", cells(sum_cpu, sum_mem)));
        }
        Ok(Some(text))
    })();
    match result {
        Ok(Some(text)) => out.out(tabwriter::format(&text, 6, 3)),
        Ok(None) if all => out.err("No resources found\n"),
        Ok(None) => out.err(format!("No resources found in {} namespace.\n", ns)),
        Err(e) => out.fail(e),
    }
}
