//! `kubectl create <kind> NAME …`: objects built from flags (`create namespace`, `deployment`,
//! `ingress`, `service`), sent as a POST; `create token` asks the TokenRequest API.

use crate::api::order::Collect;
use super::errors::{plain, StatusError};
use super::flags::{flag, Kind as F};
use super::{parse_flags, Invocation, Kubectl, Output};
use crate::apiserver::http::{Method, Request};
use serde_json::Value;
use crate::json;

const NAMESPACE_FLAGS: &[super::flags::Flag] =
    &[flag("dry-run", None, F::Value), flag("output", Some('o'), F::Value), flag("save-config", None, F::Bool), flag("field-manager", None, F::Value)];

/// Dispatches `kubectl create SUBCOMMAND`; returns false if the subcommand is not simulated.
pub fn run_sub(kubectl: &mut Kubectl, inv: Invocation, out: &mut Output) -> bool {
    let Some(pos) = super::find_verb(&inv.args) else { return false };
    let sub: fn(&mut Kubectl, Invocation, &mut Output) = match inv.args[pos].as_str() {
        "namespace" | "ns" => namespace,
        "deployment" | "deploy" => deployment,
        "ingress" | "ing" => ingress,
        "service" | "svc" => service,
        "token" => token,
        "configmap" | "cm" => configmap,
        "secret" => secret,
        "serviceaccount" | "sa" => serviceaccount,
        "job" => super::generators::job,
        "cronjob" | "cj" => super::generators::cronjob,
        "quota" | "resourcequota" => super::generators::quota,
        "priorityclass" | "pc" => super::generators::priorityclass,
        "poddisruptionbudget" | "pdb" => super::generators::pdb,
        "role" => super::generators::role,
        "clusterrole" => super::generators::clusterrole,
        "rolebinding" => super::generators::rolebinding,
        "clusterrolebinding" => super::generators::clusterrolebinding,
        _ => return false,
    };
    let mut args = inv.args.clone();
    args.remove(pos);
    sub(kubectl, Invocation { args, ..inv }, out);
    true
}

/// `kubectl create token SERVICE_ACCOUNT [--duration=D] [--audience=A]…`: a token for the
/// account from `…/serviceaccounts/NAME/token`, printed alone (the terminal ends it with a
/// newline, as kubectl does on a terminal).
fn token(kubectl: &mut Kubectl, inv: Invocation, out: &mut Output) {
    let flags = [
        flag("duration", None, F::Value),
        flag("audience", None, F::Values),
        flag("bound-object-kind", None, F::Value),
        flag("bound-object-name", None, F::Value),
        flag("bound-object-uid", None, F::Value),
        flag("output", Some('o'), F::Value),
    ];
    let Some(p) = parse_flags("create token", &inv.args, &flags, out) else { return };
    let name = match p.positionals.as_slice() {
        [n] => n.clone(),
        more => return out.fail(format!("error: exactly one NAME is required, got {}\nSee 'kubectl create token -h' for help and examples\n", more.len())),
    };
    let mut spec = json!({"audiences": p.values("audience"), "boundObjectRef": null});
    if p.values("audience").is_empty() {
        spec["audiences"] = Value::Null;
    }
    if let Some(d) = p.value("duration") {
        let d = match crate::sim::clock::parse_duration(d) {
            Ok(d) => d,
            Err(e) => return out.fail(format!("error: invalid argument {:?} for \"--duration\" flag: {}\nSee 'kubectl create token -h' for help and examples\n", d, e)),
        };
        if d.as_millis() % 1000 != 0 {
            return out.fail("error: --duration must be positive integer seconds\n");
        }
        if !d.is_zero() {
            spec["expirationSeconds"] = json!(d.as_millis() / 1000);
        }
    }
    if let Some(kind) = p.value("bound-object-kind") {
        spec["boundObjectRef"] = json!({"kind": kind, "apiVersion": if kind == "Node" || kind == "Pod" || kind == "Secret" { "v1" } else { "" },
            "name": p.value("bound-object-name").unwrap_or(""), "uid": p.value("bound-object-uid").unwrap_or("")});
    }
    let ns = p.value("namespace").map(str::to_string).unwrap_or_else(|| kubectl.namespace.clone());
    let body = json!({"kind": "TokenRequest", "apiVersion": "authentication.k8s.io/v1", "metadata": {"creationTimestamp": null}, "spec": spec, "status": {"token": "", "expirationTimestamp": null}});
    let resp = inv.transport.round_trip(
        Request::new(Method::Post, format!("/api/v1/namespaces/{}/serviceaccounts/{}/token", ns, name)).with_header("Content-Type", "application/json").with_body(body.to_string()),
    );
    if !resp.is_success() {
        return out.fail(plain(&format!("failed to create token: {}", StatusError::from_body(resp.code, &resp.body).message)));
    }
    let v: Value = serde_json::from_str(&resp.body).unwrap_or_default();
    match p.value("output") {
        Some("json") => out.out(super::printers::to_json(&v)),
        Some("yaml") => out.out(crate::manifest::to_yaml(&v)),
        _ => out.out(format!("{}\n", v["status"]["token"].as_str().unwrap_or(""))),
    }
}

/// `kubectl create ingress NAME --rule=host/path=svc:port[,tls[=secret]]… [--class] [--default-backend]
/// [--annotation]`, built as kubectl's `create_ingress.go` builds it (a trailing `*` makes a
/// Prefix path, else Exact; rules with the same host share it; TLS entries grouped by secret).
fn ingress(kubectl: &mut Kubectl, inv: Invocation, out: &mut Output) {
    let flags = [
        flag("rule", None, F::Values),
        flag("class", None, F::Value),
        flag("default-backend", None, F::Value),
        flag("annotation", None, F::Values),
        flag("dry-run", None, F::Value),
        flag("output", Some('o'), F::Value),
        flag("save-config", None, F::Bool),
        flag("field-manager", None, F::Value),
        flag("validate", None, F::Value),
    ];
    let Some(p) = parse_flags("create ingress", &inv.args, &flags, out) else { return };
    let name = match p.positionals.as_slice() {
        [n] => n.clone(),
        more => return out.fail(format!("error: exactly one NAME is required, got {}\nSee 'kubectl create ingress -h' for help and examples\n", more.len())),
    };
    let (rules, annotations) = (p.values("rule"), p.values("annotation"));
    let backend_flag = p.value("default-backend").unwrap_or("");
    if backend_flag.is_empty() && rules.is_empty() {
        return out.fail("error: not enough information provided: every ingress has to either specify a default-backend (which catches all traffic) or a list of rules (which catch specific paths)\n");
    }
    let word = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    // ^[\w*.-]*/.*=[\w-]+:[\w-]+ (not anchored at the end), and the parts kubectl then splits out.
    let valid = |r: &str| {
        let Some(slash) = r.find('/') else { return false };
        r[..slash].bytes().all(|b| b.is_ascii_alphanumeric() || b"_*.-".contains(&b))
            && r[slash..].match_indices('=').any(|(i, _)| {
                let rest = &r[slash + i + 1..];
                let svc: String = rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-').collect();
                word(&svc) && rest[svc.len()..].strip_prefix(':').is_some_and(|p| p.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_' || c == '-'))
            })
    };
    for r in &rules {
        let usable = r.split(',').next().and_then(|m| m.split_once('/')).is_some_and(|(_, ps)| ps.split('=').nth(1).is_some_and(|s| s.contains(':')));
        if !valid(r) || !usable {
            return out.fail(format!("error: rule {} is invalid and should be in format host/path=svcname:svcport[,tls[=secret]]\n", r));
        }
    }
    if let Some(a) = annotations.iter().find(|a| !a.contains('=')) {
        return out.fail(format!("error: annotation {} is invalid and should be in format key=[value]\n", a));
    }
    if !backend_flag.is_empty() && backend_flag.split(':').count() != 2 {
        return out.fail("error: default-backend should be in format servicename:serviceport\n");
    }
    let backend = |svc: &str| {
        let (n, port) = svc.split_once(':').unwrap_or((svc, ""));
        let port = port.split(':').next().unwrap_or("");
        let port = match port.parse::<i32>() {
            Ok(num) => json!({"number": num}),
            Err(_) => json!({"name": port}),
        };
        json!({"service": {"name": n, "port": port}})
    };
    let mut spec = json!({});
    if let Some(c) = p.value("class").filter(|c| !c.is_empty()) {
        spec["ingressClassName"] = Value::from(c);
    }
    if !backend_flag.is_empty() {
        spec["defaultBackend"] = backend(backend_flag);
    }
    let mut tls: Vec<Value> = Vec::new();
    let mut tls_hosts = std::collections::BTreeSet::new();
    for r in &rules {
        let parts: Vec<&str> = r.split(',').collect();
        if parts.len() == 1 {
            continue;
        }
        let host = r.split('/').next().unwrap_or("");
        let secret = parts[1].split('=').nth(1).unwrap_or("");
        let idx = tls.iter().position(|t| t["secretName"].as_str().unwrap_or("") == secret);
        if !tls_hosts.insert(host.to_string()) {
            continue;
        }
        match idx {
            Some(i) if !host.is_empty() => tls[i]["hosts"].as_array_mut().map(|h| h.push(Value::from(host))).unwrap_or_else(|| tls[i]["hosts"] = json!([host])),
            Some(_) => {}
            None => {
                let mut t = json!({});
                if !host.is_empty() {
                    t["hosts"] = json!([host]);
                }
                if !secret.is_empty() {
                    t["secretName"] = Value::from(secret);
                }
                if t.as_object().is_some_and(|o| !o.is_empty()) {
                    tls.push(t);
                }
            }
        }
    }
    let mut out_rules: Vec<Value> = Vec::new();
    for r in &rules {
        let main = r.split(',').next().unwrap_or("");
        let (host, pathsvc) = main.split_once('/').unwrap_or((main, ""));
        let mut fields = pathsvc.split('=');
        let mut path = format!("/{}", fields.next().unwrap_or(""));
        let svc = fields.next().unwrap_or("");
        let kind = if path.ends_with('*') {
            path.pop();
            "Prefix"
        } else {
            "Exact"
        };
        let entry = json!({"backend": backend(svc), "path": path, "pathType": kind});
        match out_rules.iter_mut().find(|x| x["host"].as_str().unwrap_or("") == host) {
            Some(x) => x["http"]["paths"].as_array_mut().into_iter().for_each(|p| p.push(entry.clone())),
            None => {
                let mut x = json!({"http": {"paths": [entry]}});
                if !host.is_empty() {
                    x["host"] = Value::from(host);
                }
                out_rules.push(x);
            }
        }
    }
    if !out_rules.is_empty() {
        spec["rules"] = Value::from(out_rules);
    }
    if !tls.is_empty() {
        spec["tls"] = Value::from(tls);
    }
    let mut meta = json!({"name": name, "creationTimestamp": null});
    if let Some(ns) = p.value("namespace") {
        meta["namespace"] = Value::from(ns);
    }
    if !annotations.is_empty() {
        let map: serde_json::Map<String, Value> = annotations.iter().filter_map(|a| a.split_once('=')).map(|(k, v)| (k.to_string(), Value::from(v))).into_json_map();
        meta["annotations"] = Value::Object(map);
    }
    let obj = json!({"apiVersion": "networking.k8s.io/v1", "kind": "Ingress", "metadata": meta, "spec": spec, "status": {"loadBalancer": {}}});
    let ns = p.value("namespace").map(str::to_string).unwrap_or_else(|| kubectl.namespace.clone());
    let path = format!("/apis/networking.k8s.io/v1/namespaces/{}/ingresses", ns);
    post(kubectl, inv, out, &p, &path, obj, "ingress.networking.k8s.io");
}


/// `kubectl create service clusterip|nodeport|loadbalancer|externalname NAME [--tcp=PORT[:TARGET]]…`,
/// built as kubectl's `create_service.go` builds it: each `--tcp` a port named after it
/// (`80:8080` → `80-8080`), the selector and label `app=NAME`.
fn service(kubectl: &mut Kubectl, inv: Invocation, out: &mut Output) {
    let Some(pos) = super::find_verb(&inv.args) else { return out.fail(super::help::text("create service").unwrap_or_default()) };
    let (type_, sub) = match inv.args[pos].as_str() {
        "clusterip" => ("ClusterIP", "clusterip"),
        "nodeport" => ("NodePort", "nodeport"),
        "loadbalancer" => ("LoadBalancer", "loadbalancer"),
        "externalname" => ("ExternalName", "externalname"),
        _ => return out.fail(super::help::text("create service").unwrap_or_default()),
    };
    let mut args = inv.args.clone();
    args.remove(pos);
    let mut flags = vec![
        flag("tcp", None, F::Values),
        flag("dry-run", None, F::Value),
        flag("output", Some('o'), F::Value),
        flag("save-config", None, F::Bool),
        flag("field-manager", None, F::Value),
        flag("validate", None, F::Value),
    ];
    match type_ {
        "ClusterIP" => flags.push(flag("clusterip", None, F::Value)),
        "NodePort" => flags.push(flag("node-port", None, F::Value)),
        "ExternalName" => flags.push(flag("external-name", None, F::Value)),
        _ => {}
    }
    let cmd = format!("create service {}", sub);
    let Some(p) = parse_flags(&cmd, &args, &flags, out) else { return };
    let external = p.value("external-name").unwrap_or("").to_string();
    if type_ == "ExternalName" && p.value("external-name").is_none() {
        return out.fail("error: required flag(s) \"external-name\" not set\n");
    }
    let name = match p.positionals.as_slice() {
        [n] => n.clone(),
        more => return out.fail(format!("error: exactly one NAME is required, got {}\nSee 'kubectl {} -h' for help and examples\n", more.len(), cmd)),
    };
    let Ok(node_port) = super::scale::int_flag(&p, "node-port", &cmd, out) else { return };
    let cluster_ip = p.value("clusterip").unwrap_or("");
    let tcp = p.values("tcp");
    if cluster_ip == "None" && type_ != "ClusterIP" {
        return out.fail("error: ClusterIP=None can only be used with ClusterIP service type\n");
    }
    if cluster_ip != "None" && tcp.is_empty() && type_ != "ExternalName" {
        return out.fail("error: at least one tcp port specifier must be provided\n");
    }
    if type_ == "ExternalName" && !crate::apiserver::registry::validation::dns1123_subdomain(&external).is_empty() {
        return out.fail(format!("error: invalid service external name {}\n", external));
    }
    let mut ports = Vec::new();
    for spec in &tcp {
        let parts: Vec<&str> = spec.split(':').collect();
        let Ok(port) = parts[0].parse::<u16>() else {
            let why = if !parts[0].is_empty() && parts[0].bytes().all(|b| b.is_ascii_digit()) { "value out of range" } else { "invalid syntax" };
            return out.fail(format!("error: strconv.ParseUint: parsing {:?}: {}\n", parts[0], why));
        };
        let target = match parts.get(1) {
            None => Value::from(port),
            Some(t) => match t.parse::<i64>() {
                Ok(n) if (1..=65535).contains(&n) => Value::from(n),
                Ok(_) => return out.fail("error: must be between 1 and 65535, inclusive\n"),
                Err(_) => {
                    let errs = crate::apiserver::registry::validation::port_name(t);
                    if !errs.is_empty() {
                        return out.fail(format!("error: {}\n", errs.join(",")));
                    }
                    json!(t)
                }
            },
        };
        let mut p = json!({"name": spec.replace(':', "-"), "port": port, "protocol": "TCP", "targetPort": target});
        if let Some(np) = node_port.filter(|n| *n != 0) {
            p["nodePort"] = Value::from(np);
        }
        ports.push(p);
    }
    let labels = json!({"app": name});
    let mut meta = json!({"creationTimestamp": null, "labels": labels, "name": name});
    if let Some(ns) = p.value("namespace") {
        meta["namespace"] = Value::from(ns);
    }
    let mut spec = json!({"selector": labels, "type": type_});
    if !ports.is_empty() {
        spec["ports"] = Value::from(ports);
    }
    if !external.is_empty() {
        spec["externalName"] = Value::from(external);
    }
    if !cluster_ip.is_empty() {
        spec["clusterIP"] = Value::from(cluster_ip);
    }
    let obj = json!({"apiVersion": "v1", "kind": "Service", "metadata": meta, "spec": spec, "status": {"loadBalancer": {}}});
    let ns = p.value("namespace").map(str::to_string).unwrap_or_else(|| kubectl.namespace.clone());
    let path = format!("/api/v1/namespaces/{}/services", ns);
    post(kubectl, Invocation { args, ..inv }, out, &p, &path, obj, "service");
}

/// `kubectl create deployment NAME --image=IMAGE… [--replicas=N] [--port=P] [-- COMMAND…]`.
fn deployment(kubectl: &mut Kubectl, inv: Invocation, out: &mut Output) {
    let flags = [
        flag("image", None, F::Values),
        flag("replicas", Some('r'), F::Value),
        flag("port", None, F::Value),
        flag("dry-run", None, F::Value),
        flag("output", Some('o'), F::Value),
        flag("save-config", None, F::Bool),
        flag("field-manager", None, F::Value),
        flag("validate", None, F::Value),
    ];
    let Some(p) = parse_flags("create deployment", &inv.args, &flags, out) else { return };
    let (names, command) = match p.dash {
        Some(i) => (&p.positionals[..i], p.positionals[i..].to_vec()),
        None => (&p.positionals[..], Vec::new()),
    };
    let images = p.values("image");
    if images.is_empty() {
        return out.fail("error: required flag(s) \"image\" not set\n");
    }
    let name = match names {
        [n] => n.clone(),
        more => return out.fail(format!("error: exactly one NAME is required, got {}\nSee 'kubectl create deployment -h' for help and examples\n", more.len())),
    };
    if images.len() > 1 && !command.is_empty() {
        return out.fail("error: cannot specify multiple --image options and command\n");
    }
    let Ok(replicas) = super::scale::int_flag(&p, "replicas", "create deployment", out) else { return };
    let Ok(port) = super::scale::int_flag(&p, "port", "create deployment", out) else { return };
    let mut used = std::collections::BTreeSet::new();
    let mut containers = Vec::new();
    for (i, image) in images.iter().enumerate() {
        // buildPodSpec: the last path segment without tag or digest; `_` is not allowed.
        let last = image.rsplit('/').next().unwrap_or(image);
        let base = last.split(':').next().unwrap_or(last).split('@').next().unwrap_or(last).replace('_', "-");
        let mut cname = base.clone();
        if !used.insert(cname.clone()) {
            cname = format!("{}-{}", base, suffix(&format!("{}/{}", name, i)));
            used.insert(cname.clone());
        }
        let mut c = json!({"image": image, "name": cname, "resources": {}});
        if !command.is_empty() {
            c["command"] = json!(command);
        }
        containers.push(c);
    }
    if let Some(port) = port.filter(|p| *p >= 0) {
        containers[0]["ports"] = json!([{"containerPort": port}]);
    }
    let labels = json!({"app": name});
    let mut meta = json!({"name": name, "labels": labels, "creationTimestamp": null});
    if let Some(ns) = p.value("namespace") {
        meta["namespace"] = Value::from(ns);
    }
    let obj = json!({
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": meta,
        "spec": {
            "replicas": replicas.unwrap_or(1),
            "selector": {"matchLabels": labels},
            "strategy": {},
            "template": {"metadata": {"creationTimestamp": null, "labels": labels}, "spec": {"containers": containers}},
        },
        "status": {},
    });
    let ns = p.value("namespace").map(str::to_string).unwrap_or_else(|| kubectl.namespace.clone());
    let path = format!("/apis/apps/v1/namespaces/{}/deployments", ns);
    post(kubectl, inv, out, &p, &path, obj, "deployment.apps");
}

/// `exactly one NAME is required`, as the generators check it.
pub(super) fn one_name(p: &super::flags::Parsed, command: &str, out: &mut Output) -> Option<String> {
    match p.positionals.as_slice() {
        [n] => Some(n.clone()),
        more => {
            out.fail(format!("error: exactly one NAME is required, got {}\nSee 'kubectl {} -h' for help and examples\n", more.len(), command));
            None
        }
    }
}

/// `--from-literal`, `--from-file` and `--from-env-file` into keys and values, in order
/// (`handleConfigMapFromLiteralSources` and friends); `what` names the object in errors.
pub(super) fn data_sources(p: &super::flags::Parsed, files: &dyn super::Files, what: &str) -> Result<Vec<(String, String)>, String> {
    let mut data: Vec<(String, String)> = Vec::new();
    let add = |k: String, v: String, data: &mut Vec<(String, String)>| -> Result<(), String> {
        let key_ok = !k.is_empty() && k.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'));
        if !key_ok {
            let rule = "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')";
            return Err(match what {
                "Secret" => format!("{:?} is not valid key name for a Secret {}", k, rule),
                _ => format!("{:?} is not a valid key name for a ConfigMap: {}", k, rule),
            });
        }
        if data.iter().any(|(old, _)| *old == k) {
            return Err(format!("cannot add key {:?}, another key by that name already exists in Data for {} {:?}", k, what, p.positionals.first().map_or("", String::as_str)));
        }
        data.push((k, v));
        Ok(())
    };
    for f in p.values("from-file") {
        let (key, path) = match f.split_once('=') {
            Some((k, path)) => (k.to_string(), path.to_string()),
            None => (f.rsplit('/').next().unwrap_or(&f).to_string(), f.clone()),
        };
        match files.list_dir(&path) {
            Some(names) => {
                for n in names {
                    let text = files.read(&format!("{}/{}", path.trim_end_matches('/'), n)).map_err(|_| format!("error reading {}: no such file or directory", path))?;
                    add(n, text, &mut data)?;
                }
            }
            None => {
                let text = files.read(&path).map_err(|_| format!("error reading {}: no such file or directory", path))?;
                add(key, text, &mut data)?;
            }
        }
    }
    for l in p.values("from-literal") {
        let Some((k, v)) = l.split_once('=').filter(|(k, _)| !k.is_empty()) else {
            return Err(format!("invalid literal source {}, expected key=value", l));
        };
        add(k.to_string(), v.to_string(), &mut data)?;
    }
    for path in p.values("from-env-file") {
        let text = files.read(&path).map_err(|_| format!("error reading {}: no such file or directory", path))?;
        for line in text.lines().filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#')) {
            let (k, v) = line.split_once('=').unwrap_or((line, ""));
            let env_ok = !k.is_empty() && !k.starts_with(|c: char| c.is_ascii_digit()) && k.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'));
            if !env_ok {
                return Err(format!("{:?} is not a valid key name: a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')", k));
            }
            add(k.to_string(), v.to_string(), &mut data)?;
        }
    }
    Ok(data)
}

const DATA_FLAGS: [super::flags::Flag; 9] = [
    flag("from-literal", None, F::Values),
    flag("from-file", None, F::Values),
    flag("from-env-file", None, F::Values),
    flag("dry-run", None, F::Value),
    flag("output", Some('o'), F::Value),
    flag("save-config", None, F::Bool),
    flag("field-manager", None, F::Value),
    flag("append-hash", None, F::Bool),
    flag("type", None, F::Value),
];

/// `--append-hash` (`hash.ConfigMapHash`, `hash.SecretHash`): the name gets `-` and ten
/// characters of the SHA-256 of the object's kind, name, type and data as Go's json.Marshal
/// writes them (keys sorted, `<`, `>` and `&` escaped), with 0 1 3 a e spelled g h k m t.
pub(super) fn append_hash(obj: &mut Value) {
    let mut m = serde_json::Map::new();
    let data = obj.get("data").cloned().unwrap_or_else(|| json!({}));
    m.insert("data".into(), data);
    m.insert("kind".into(), obj["kind"].clone());
    m.insert("name".into(), obj["metadata"]["name"].clone());
    if obj["kind"] == "Secret" {
        m.insert("type".into(), Value::from(obj["type"].as_str().unwrap_or("")));
    }
    let text = Value::Object(m).to_string().replace('<', "\\u003c").replace('>', "\\u003e").replace('&', "\\u0026");
    let digest = crate::network::hash::sha256(text.as_bytes());
    let hex: String = digest.iter().take(5).map(|b| format!("{:02x}", b)).collect();
    let suffix: String = hex.chars().map(|c| match c {
        '0' => 'g',
        '1' => 'h',
        '3' => 'k',
        'a' => 'm',
        'e' => 't',
        c => c,
    }).collect();
    let name = format!("{}-{}", obj["metadata"]["name"].as_str().unwrap_or(""), suffix);
    obj["metadata"]["name"] = Value::from(name);
}

/// `kubectl create configmap NAME [--from-literal=K=V] [--from-file=[K=]PATH] [--from-env-file=PATH]`.
fn configmap(kubectl: &mut Kubectl, inv: Invocation, out: &mut Output) {
    let Some(p) = parse_flags("create configmap", &inv.args, &DATA_FLAGS[..8], out) else { return };
    let Some(name) = one_name(&p, "create configmap", out) else { return };
    let data = match data_sources(&p, inv.files, "ConfigMap") {
        Ok(d) => d,
        Err(e) => return out.fail(plain(&e)),
    };
    let mut obj = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": name, "creationTimestamp": null}});
    if !data.is_empty() {
        obj["data"] = Value::Object(data.into_iter().map(|(k, v)| (k, Value::from(v))).collect());
    }
    if p.bool("append-hash") {
        append_hash(&mut obj);
    }
    let ns = p.value("namespace").map(str::to_string).unwrap_or_else(|| kubectl.namespace.clone());
    post(kubectl, inv, out, &p, &format!("/api/v1/namespaces/{}/configmaps", ns), obj, "configmap");
}

/// `kubectl create secret generic NAME [--from-literal=K=V] [--from-file=…] [--type=T]`.
fn secret(kubectl: &mut Kubectl, inv: Invocation, out: &mut Output) {
    let help = super::help::text("create secret").unwrap_or_default();
    let Some(pos) = super::find_verb(&inv.args) else { return out.out(help) };
    match inv.args[pos].as_str() {
        "generic" => {}
        "docker-registry" => {
            let mut args = inv.args.clone();
            args.remove(pos);
            return super::generators::docker_registry(kubectl, Invocation { args, ..inv }, out);
        }
        "tls" => {
            let mut args = inv.args.clone();
            args.remove(pos);
            return super::tls::secret_tls(kubectl, Invocation { args, ..inv }, out);
        }
        _ => return out.out(help),
    }
    let mut args = inv.args.clone();
    args.remove(pos);
    let Some(p) = parse_flags("create secret generic", &args, &DATA_FLAGS, out) else { return };
    let Some(name) = one_name(&p, "create secret generic", out) else { return };
    let data = match data_sources(&p, inv.files, "Secret") {
        Ok(d) => d,
        Err(e) => return out.fail(plain(&e)),
    };
    let secret = k8s_openapi::api::core::v1::Secret {
        data: (!data.is_empty()).then(|| data.into_iter().map(|(k, v)| (k, k8s_openapi::ByteString(v.into_bytes()))).collect()),
        ..Default::default()
    };
    let mut obj = json!({"apiVersion": "v1", "kind": "Secret", "metadata": {"name": name, "creationTimestamp": null}});
    // Without --type the apiserver's default (Opaque) applies.
    if let Some(t) = p.value("type").filter(|t| !t.is_empty()) {
        obj["type"] = Value::from(t);
    }
    if let Some(d) = crate::api::json_value(&secret).get("data") {
        obj["data"] = d.clone();
    }
    if p.bool("append-hash") {
        append_hash(&mut obj);
    }
    let ns = p.value("namespace").map(str::to_string).unwrap_or_else(|| kubectl.namespace.clone());
    let inv = Invocation { args, ..inv };
    post(kubectl, inv, out, &p, &format!("/api/v1/namespaces/{}/secrets", ns), obj, "secret");
}

/// `kubectl create serviceaccount NAME`.
fn serviceaccount(kubectl: &mut Kubectl, inv: Invocation, out: &mut Output) {
    let Some(p) = parse_flags("create serviceaccount", &inv.args, NAMESPACE_FLAGS, out) else { return };
    let Some(name) = one_name(&p, "create serviceaccount", out) else { return };
    let obj = json!({"apiVersion": "v1", "kind": "ServiceAccount", "metadata": {"name": name, "creationTimestamp": null}});
    let ns = p.value("namespace").map(str::to_string).unwrap_or_else(|| kubectl.namespace.clone());
    post(kubectl, inv, out, &p, &format!("/api/v1/namespaces/{}/serviceaccounts", ns), obj, "serviceaccount");
}

fn namespace(kubectl: &mut Kubectl, inv: Invocation, out: &mut Output) {
    let Some(p) = parse_flags("create namespace", &inv.args, NAMESPACE_FLAGS, out) else { return };
    let name = match p.positionals.as_slice() {
        [n] => n.clone(),
        [] => return out.fail("error: exactly one NAME is required, got 0\nSee 'kubectl create namespace -h' for help and examples\n"),
        more => return out.fail(format!("error: exactly one NAME is required, got {}\nSee 'kubectl create namespace -h' for help and examples\n", more.len())),
    };
    let obj = json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": name}});
    post(kubectl, inv, out, &p, "/api/v1/namespaces", obj, "namespace");
}

/// Sends the object (honouring `--dry-run` and `-o`) and prints `kind/name created`.
pub(super) fn post(_kubectl: &mut Kubectl, inv: Invocation, out: &mut Output, p: &super::flags::Parsed, path: &str, obj: Value, prefix: &str) {
    let dry = p.value("dry-run").unwrap_or("none");
    let name = obj["metadata"]["name"].as_str().unwrap_or("").to_string();
    let result = if dry == "client" {
        Ok(obj)
    } else {
        let mut req = Request::new(Method::Post, path)
            .with_query("fieldManager", p.value("field-manager").unwrap_or("kubectl-create"))
            .with_query("fieldValidation", "Strict")
            .with_header("Content-Type", "application/json")
            .with_body(obj.to_string());
        if dry == "server" {
            req = req.with_query("dryRun", "All");
        }
        let resp = inv.transport.round_trip(req);
        if resp.is_success() {
            Ok(serde_json::from_str(&resp.body).unwrap_or(Value::Null))
        } else {
            Err(StatusError::from_body(resp.code, &resp.body))
        }
    };
    let suffix = match dry {
        "client" => " (dry run)",
        "server" => " (server dry run)",
        _ => "",
    };
    match result {
        Err(e) if prefix == "deployment.apps" => out.fail(plain(&format!("failed to create deployment: {}", e.message))),
        // The generators' own words (`create secret` has no colon).
        Err(e) if prefix == "secret" => out.fail(plain(&format!("failed to create secret {}", e.message))),
        Err(e) if matches!(prefix, "configmap" | "serviceaccount") => out.fail(plain(&format!("failed to create {}: {}", prefix, e.message))),
        Err(e) if prefix == "resourcequota" => out.fail(plain(&format!("failed to create quota: {}", e.message))),
        Err(e) if prefix == "priorityclass.scheduling.k8s.io" => out.fail(plain(&format!("failed to create priorityclass: {}", e.message))),
        Err(e) if prefix == "poddisruptionbudget.policy" => out.fail(plain(&format!("failed to create poddisruptionbudgets: {}", e.message))),
        Err(e) if matches!(prefix, "job.batch" | "cronjob.batch") => out.fail(plain(&format!("failed to create {}: {}", &prefix[..prefix.len() - 6], e.message))),
        Err(e) => out.fail(e.render()),
        Ok(v) => super::builder::print_obj(out, p, &v, &format!("{}/{}", prefix, name), &format!("created{}", suffix)),
    }
}

/// Five characters from the name alphabet (`utilrand.String(5)`), chosen from `seed` so the same
/// command always makes the same name.
fn suffix(seed: &str) -> String {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in seed.bytes() {
        h = (h ^ b as u64).wrapping_mul(0x100000001b3);
    }
    let a = crate::api::names::ALPHANUMS;
    (0..5).map(|i| a[((h >> (i * 8)) % a.len() as u64) as usize] as char).collect()
}
