//! `kubectl expose (-f FILE | TYPE NAME) [--port=N] [--target-port=P] [--type=T] [--name=N]`:
//! a Service for a pod, service, replication controller, deployment or replica set, built as
//! upstream's `expose.go` builds it — the selector and (without `--port`) the ports come from the
//! object (`MapBasedSelectorForObject`, `PortsForObject`), the labels too unless `--labels`.

use super::builder;
use super::errors::plain;
use super::flags::{flag, Kind as F};
use super::{parse_flags, Invocation, Kubectl, Output};
use serde_json::{Map, Value};
use crate::json;

const FLAGS: &[super::flags::Flag] = &[
    flag("port", None, F::Value),
    flag("target-port", None, F::Value),
    flag("protocol", None, F::Value),
    flag("type", None, F::Value),
    flag("name", None, F::Value),
    flag("labels", Some('l'), F::Value),
    flag("selector", None, F::Value),
    flag("external-ip", None, F::Value),
    flag("cluster-ip", None, F::Value),
    flag("load-balancer-ip", None, F::Value),
    flag("session-affinity", None, F::Value),
    flag("dry-run", None, F::Value),
    flag("output", Some('o'), F::Value),
    flag("filename", Some('f'), F::Values),
    flag("save-config", None, F::Bool),
    flag("field-manager", None, F::Value),
];

/// `a=b,c=d` → a map (kubectl's `ParseLabels`).
fn parse_map(s: &str) -> Result<Map<String, Value>, String> {
    let mut m = Map::new();
    for kv in s.split(',').filter(|p| !p.is_empty()) {
        let Some((k, v)) = kv.split_once('=') else { return Err(format!("invalid label spec: {}", kv)) };
        m.insert(k.to_string(), Value::from(v));
    }
    Ok(m)
}

/// The selector a Service would use for this object, or why there is none.
fn selector_of(kind: &str, obj: &Value) -> Result<Map<String, Value>, String> {
    let as_map = |v: &Value| v.as_object().cloned().unwrap_or_default();
    match kind {
        "Pod" => {
            let l = as_map(&obj["metadata"]["labels"]);
            if l.is_empty() { Err("the pod has no labels and cannot be exposed".into()) } else { Ok(l) }
        }
        "Service" => {
            let s = as_map(&obj["spec"]["selector"]);
            if s.is_empty() { Err("the service has no pod selector set".into()) } else { Ok(s) }
        }
        "ReplicationController" => Ok(as_map(&obj["spec"]["selector"])),
        _ => {
            let sel = &obj["spec"]["selector"];
            if sel["matchExpressions"].as_array().is_some_and(|e| !e.is_empty()) {
                return Err(format!("couldn't convert expressions - \"{}\" to map-based selector format", sel["matchExpressions"]));
            }
            Ok(as_map(&sel["matchLabels"]))
        }
    }
}

/// The ports the object offers: (port, protocol, name) of its containers (or its own ports).
fn ports_of(kind: &str, obj: &Value) -> Vec<(i64, String, String)> {
    let from = |list: &Value, port_key: &str| -> Vec<(i64, String, String)> {
        list.as_array()
            .into_iter()
            .flatten()
            .filter_map(|p| Some((p[port_key].as_i64()?, p["protocol"].as_str().unwrap_or("TCP").to_string(), p["name"].as_str().unwrap_or("").to_string())))
            .collect()
    };
    let containers = |spec: &Value| -> Vec<(i64, String, String)> { spec["containers"].as_array().into_iter().flatten().flat_map(|c| from(&c["ports"], "containerPort")).collect() };
    match kind {
        "Pod" => containers(&obj["spec"]),
        "Service" => from(&obj["spec"]["ports"], "port"),
        _ => containers(&obj["spec"]["template"]["spec"]),
    }
}

pub fn run(kubectl: &mut Kubectl, mut inv: Invocation, out: &mut Output) {
    let Some(p) = parse_flags("expose", &inv.args, FLAGS, out) else { return };
    let dry = p.value("dry-run").unwrap_or("none");
    if !matches!(dry, "none" | "client" | "server") {
        return out.fail(format!("error: Invalid dry-run value ({}). Must be \"none\", \"server\", or \"client\".\n", dry));
    }
    let ns = p.value("namespace").map(str::to_string).unwrap_or_else(|| kubectl.namespace.clone());
    let targets = match builder::selected_targets(kubectl, &mut inv, &p.positionals, &ns, None, false) {
        Ok(t) => t,
        Err(e) => return out.fail(e),
    };
    if targets.is_empty() {
        return out.fail("error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'\n");
    }
    for t in &targets {
        let obj = match builder::fetch(&mut inv, t) {
            Ok(o) => o,
            Err(e) => return out.fail(e.render()),
        };
        let r = &t.resource;
        if !matches!((r.group.as_str(), r.kind.as_str()), ("", "Pod" | "Service" | "ReplicationController") | ("apps", "Deployment" | "ReplicaSet")) {
            let gk = if r.group.is_empty() { r.kind.clone() } else { format!("{}.{}", r.kind, r.group) };
            return out.fail(plain(&format!("cannot expose a {}", gk)));
        }
        let selector = match p.value("selector").filter(|s| !s.is_empty()) {
            Some(s) => parse_map(s),
            None => selector_of(&r.kind, &obj),
        };
        let selector = match selector {
            Ok(s) => s,
            Err(e) => return out.fail(plain(&format!("couldn't retrieve selectors via --selector flag or introspection: {}", e))),
        };
        let svc_type = p.value("type").unwrap_or("");
        // The ports: --port (one), else every port the object has.
        let protocol = p.value("protocol").filter(|s| !s.is_empty());
        let ports: Vec<(i64, String, String)> = match p.value("port").filter(|s| !s.is_empty()) {
            Some(s) => match s.parse::<i64>() {
                Ok(n) => vec![(n, protocol.unwrap_or("TCP").to_string(), String::new())],
                Err(_) => return out.fail(plain(&format!("strconv.Atoi: parsing {:?}: invalid syntax", s))),
            },
            None => ports_of(&r.kind, &obj),
        };
        if ports.is_empty() && svc_type != "ExternalName" {
            return out.fail(plain("couldn't find port via --port flag or introspection"));
        }
        let target = p.value("target-port").filter(|s| !s.is_empty());
        let many = ports.len() > 1;
        let spec_ports: Vec<Value> = ports
            .iter()
            .enumerate()
            .map(|(i, (port, proto, name))| {
                let mut sp = Map::new();
                if many {
                    sp.insert("name".into(), Value::from(if name.is_empty() { format!("port-{}", i + 1) } else { name.clone() }));
                }
                sp.insert("port".into(), json!(port));
                sp.insert("protocol".into(), Value::from(protocol.unwrap_or(proto)));
                let tp = match target {
                    Some(t) => t.parse::<i64>().map(|n| Value::from(n)).unwrap_or_else(|_| Value::from(t)),
                    None => json!(port),
                };
                sp.insert("targetPort".into(), tp);
                Value::Object(sp)
            })
            .collect();
        let name = p.value("name").filter(|n| !n.is_empty()).unwrap_or(&t.name).to_string();
        let labels = match p.value("labels").filter(|l| !l.is_empty()) {
            Some(l) => match parse_map(l) {
                Ok(m) => m,
                Err(e) => return out.fail(plain(&e)),
            },
            None => obj["metadata"]["labels"].as_object().cloned().unwrap_or_default(),
        };
        let mut meta = json!({"creationTimestamp": null, "name": name});
        if !labels.is_empty() {
            meta["labels"] = Value::Object(labels);
        }
        let mut spec = json!({"ports": spec_ports, "selector": selector});
        if !svc_type.is_empty() {
            spec["type"] = Value::from(svc_type);
        }
        for (flag, field) in [("cluster-ip", "clusterIP"), ("load-balancer-ip", "loadBalancerIP"), ("session-affinity", "sessionAffinity")] {
            if let Some(v) = p.value(flag).filter(|v| !v.is_empty()) {
                spec[field] = Value::from(v);
            }
        }
        if let Some(v) = p.value("external-ip").filter(|v| !v.is_empty()) {
            spec["externalIPs"] = Value::from(v.split(',').collect::<Vec<_>>());
        }
        let svc = json!({"apiVersion": "v1", "kind": "Service", "metadata": meta, "spec": spec, "status": {"loadBalancer": {}}});
        let path = format!("/api/v1/namespaces/{}/services", ns);
        if !builder::create_generated(&mut inv, out, &p, &path, svc, "kubectl-expose", &format!("service/{}", name), "exposed") {
            return;
        }
    }
}
