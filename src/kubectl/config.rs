//! `kubectl config` (upstream `pkg/cmd/config`): the kubeconfig kubectl reads, the admin's
//! `/root/.kube/config` that kubeadm wrote — cluster `kubernetes` (the first control plane's
//! `https://IP:6443`), user `kubernetes-admin`, context `kubernetes-admin@kubernetes` — viewed
//! and changed: `view` (`--minify`, `--raw`, `--flatten`, `-o`), `get-contexts`,
//! `current-context`, `use-context`, `set-context` (`--current`, `--namespace`, `--cluster`,
//! `--user`), `get-clusters`, `get-users`, `delete-context`, `rename-context`. The current
//! context's namespace is where namespaced commands go without `-n`; `--context` picks another
//! for one command.

use super::errors::plain;
use super::flags::{flag, Kind as F};
use super::{parse_flags, Invocation, Kubectl, Output};
use serde_json::Value;
use crate::json;

/// Where the kubeconfig lives on the control-plane node (messages name it).
const PATH: &str = "/root/.kube/config";

/// A context: the cluster, the user and the default namespace it stands for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Context {
    pub name: String,
    pub cluster: String,
    pub user: String,
    pub namespace: String,
}

/// The kubeconfig's entries (kept in name order, as kubectl prints them).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Kubeconfig {
    /// (name, server URL).
    pub clusters: Vec<(String, String)>,
    pub users: Vec<String>,
    pub contexts: Vec<Context>,
    pub current: String,
    /// The certificates' data as `--raw` shows it: the cluster CA's, the admin's certificate
    /// and key (base64 of their PEM).
    pub ca_data: String,
    pub cert_data: String,
    pub key_data: String,
}

impl Default for Kubeconfig {
    fn default() -> Self {
        Kubeconfig::admin("https://172.30.1.2:6443", "", "", "")
    }
}

impl Kubeconfig {
    /// kubeadm's `admin.conf`.
    pub fn admin(server: &str, ca_data: &str, cert_data: &str, key_data: &str) -> Self {
        Kubeconfig {
            clusters: vec![("kubernetes".into(), server.into())],
            users: vec!["kubernetes-admin".into()],
            contexts: vec![Context { name: "kubernetes-admin@kubernetes".into(), cluster: "kubernetes".into(), user: "kubernetes-admin".into(), namespace: String::new() }],
            current: "kubernetes-admin@kubernetes".into(),
            ca_data: ca_data.into(),
            cert_data: cert_data.into(),
            key_data: key_data.into(),
        }
    }

    pub fn context(&self, name: &str) -> Option<&Context> {
        self.contexts.iter().find(|c| c.name == name)
    }

    /// The namespace commands use under a context (`default` when it names none).
    pub fn namespace_of(&self, name: &str) -> Result<String, String> {
        match self.context(name) {
            Some(c) if !c.namespace.is_empty() => Ok(c.namespace.clone()),
            Some(_) => Ok("default".into()),
            None => Err(format!("Error in configuration: context was not found for specified context: {}\n", name)),
        }
    }

    /// The v1 `Config` object, its fields in Go's order; `minify` keeps what the current
    /// context uses, `raw` keeps the certificates' data.
    fn object(&self, minify: bool, raw: bool) -> Value {
        let current = self.context(&self.current);
        let keep_cluster = |n: &str| !minify || current.is_some_and(|c| c.cluster == n);
        let keep_user = |n: &str| !minify || current.is_some_and(|c| c.user == n);
        let data = |d: &str| if raw { d.to_string() } else { "DATA+OMITTED".into() };
        let clusters: Vec<Value> = self
            .clusters
            .iter()
            .filter(|(n, _)| keep_cluster(n))
            .map(|(n, s)| json!({"name": n, "cluster": {"server": s, "certificate-authority-data": data(&self.ca_data)}}))
            .collect();
        let users: Vec<Value> = self
            .users
            .iter()
            .filter(|n| keep_user(n))
            .map(|n| {
                let user = if n == "kubernetes-admin" { json!({"client-certificate-data": data(&self.cert_data), "client-key-data": data(&self.key_data)}) } else { json!({}) };
                json!({"name": n, "user": user})
            })
            .collect();
        let contexts: Vec<Value> = self
            .contexts
            .iter()
            .filter(|c| !minify || c.name == self.current)
            .map(|c| {
                let mut ctx = json!({"cluster": c.cluster, "user": c.user});
                if !c.namespace.is_empty() {
                    ctx["namespace"] = json!(c.namespace);
                }
                json!({"name": c.name, "context": ctx})
            })
            .collect();
        json!({"kind": "Config", "apiVersion": "v1", "preferences": {}, "clusters": clusters, "users": users, "contexts": contexts, "current-context": self.current})
    }

    fn sort_contexts(&mut self) {
        crate::api::order::sort_by(&mut self.contexts, |a, b| a.name.cmp(&b.name));
    }
}

/// `json.MarshalIndent` of a `Config`: fields in the struct's order (serde_json's maps are
/// sorted, so the order is written out here).
fn go_json(v: &Value, depth: usize, out: &mut String) {
    const ORDER: [&str; 13] = ["kind", "apiVersion", "preferences", "clusters", "users", "contexts", "current-context", "name", "cluster", "user", "server", "certificate-authority-data", "namespace"];
    let pad = |d: usize| "    ".repeat(d);
    match v {
        Value::Object(m) if m.is_empty() => out.push_str("{}"),
        Value::Object(m) => {
            let mut keys: Vec<&String> = m.keys().collect();
            crate::api::order::sort_by_key(&mut keys, |k| ORDER.iter().position(|o| o == k).unwrap_or(ORDER.len()));
            out.push_str("{\n");
            for (i, k) in keys.iter().enumerate() {
                out.push_str(&format!("{}{}: ", pad(depth + 1), Value::String((*k).clone())));
                go_json(&m[k.as_str()], depth + 1, out);
                out.push_str(if i + 1 < keys.len() { ",\n" } else { "\n" });
            }
            out.push_str(&format!("{}}}", pad(depth)));
        }
        Value::Array(a) if a.is_empty() => out.push_str("null"),
        Value::Array(a) => {
            out.push_str("[\n");
            for (i, item) in a.iter().enumerate() {
                out.push_str(&pad(depth + 1));
                go_json(item, depth + 1, out);
                out.push_str(if i + 1 < a.len() { ",\n" } else { "\n" });
            }
            out.push_str(&format!("{}]", pad(depth)));
        }
        other => out.push_str(&other.to_string()),
    }
}

/// A command's help text (the usage these commands print with their errors).
fn help(path: &str) -> &'static str {
    super::help::text(path).unwrap_or_default()
}

/// Usage then `error: Unexpected args: [a b]`, as cobra's `UsageErrorf` in these commands.
fn unexpected(help: &str, args: &[String], out: &mut Output) {
    out.out(help);
    out.fail(format!("error: Unexpected args: [{}]\n", args.join(" ")));
}

pub fn run(kubectl: &mut Kubectl, inv: Invocation, out: &mut Output) {
    let Some(sub) = inv.args.iter().position(|a| !a.starts_with('-')) else {
        out.err(help("config"));
        out.exit_code = 1;
        return;
    };
    let name = inv.args[sub].clone();
    let mut args = inv.args.clone();
    args.remove(sub);
    let verb = format!("config {}", name);
    let cfg = &mut kubectl.config;
    match name.as_str() {
        "view" => {
            let flags = [flag("minify", None, F::Bool), flag("raw", None, F::Bool), flag("flatten", None, F::Bool), flag("output", Some('o'), F::Value), flag("template", None, F::Value)];
            let Some(p) = parse_flags(&verb, &args, &flags, out) else { return };
            let obj = cfg.object(p.bool("minify"), p.bool("raw") || p.bool("flatten"));
            match p.value("output").unwrap_or("yaml") {
                "yaml" | "" => out.out(crate::manifest::to_yaml(&obj)),
                "json" => {
                    let mut s = String::new();
                    go_json(&obj, 0, &mut s);
                    out.out(s + "\n");
                }
                "name" => out.out("config/<unknown>\n"),
                o => match super::get::build_printer(o, p.value("template").unwrap_or(""), inv.files, false, false) {
                    Ok(super::get::Printer::JsonPath { raw, mut jp }) => match super::printers::print_jsonpath(&raw, &mut jp, &obj) {
                        Ok(text) => out.out(text),
                        Err(e) => out.fail(plain(&e)),
                    },
                    Err(e) if !e.starts_with("unable to match") => out.fail(plain(&e)),
                    _ => out.fail(plain(&format!("unable to match a printer suitable for the output format {:?}, allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml", o))),
                },
            }
        }
        "current-context" => {
            let Some(_) = parse_flags(&verb, &args, &[], out) else { return };
            if cfg.current.is_empty() {
                return out.fail("error: current-context is not set\n");
            }
            out.out(format!("{}\n", cfg.current));
        }
        "get-contexts" => {
            let Some(p) = parse_flags(&verb, &args, &[flag("output", Some('o'), F::Value), flag("no-headers", None, F::Bool)], out) else { return };
            let name_only = match p.value("output").unwrap_or("") {
                "" => false,
                "name" => true,
                o => return out.fail(format!("error: --output {} is not available in kubectl config get-contexts; resetting to default output format\n", o)),
            };
            let (shown, missing): (Vec<&Context>, Vec<&String>) = if p.positionals.is_empty() {
                (cfg.contexts.iter().collect(), Vec::new())
            } else {
                (cfg.contexts.iter().filter(|c| p.positionals.contains(&c.name)).collect(), p.positionals.iter().filter(|n| cfg.context(n).is_none()).collect())
            };
            let mut table = String::new();
            if !name_only && !p.bool("no-headers") {
                table.push_str("CURRENT\tNAME\tCLUSTER\tAUTHINFO\tNAMESPACE\n");
            }
            for c in shown {
                if name_only {
                    table.push_str(&format!("{}\n", c.name));
                } else {
                    let mark = if c.name == cfg.current { "*" } else { " " };
                    table.push_str(&format!("{}\t{}\t{}\t{}\t{}\n", mark, c.name, c.cluster, c.user, c.namespace));
                }
            }
            out.out(super::tabwriter::format(&table, 6, 3));
            match missing.as_slice() {
                [] => {}
                [one] => out.fail(format!("error: context {} not found\n", one)),
                many => out.fail(many.iter().map(|n| format!("context {} not found\n", n)).collect::<String>()),
            }
        }
        "get-clusters" | "get-users" => {
            let Some(_) = parse_flags(&verb, &args, &[], out) else { return };
            let mut names: Vec<&String> = if name == "get-clusters" { cfg.clusters.iter().map(|c| &c.0).collect() } else { cfg.users.iter().collect() };
            crate::api::order::sort(&mut names);
            out.out(format!("NAME\n{}", names.iter().map(|n| format!("{}\n", n)).collect::<String>()));
        }
        "use-context" | "use" => {
            let Some(p) = parse_flags(&verb, &args, &[], out) else { return };
            let [ctx] = p.positionals.as_slice() else { return unexpected(help("config use-context"), &p.positionals, out) };
            if cfg.context(ctx).is_none() {
                return out.fail(format!("error: no context exists with the name: {:?}\n", ctx));
            }
            cfg.current = ctx.clone();
            out.out(format!("Switched to context {:?}.\n", ctx));
        }
        "set-context" => {
            let flags = [flag("current", None, F::Bool), flag("cluster", None, F::Value), flag("user", None, F::Value)];
            let Some(p) = parse_flags(&verb, &args, &flags, out) else { return };
            if p.positionals.len() > 1 || (p.bool("current") && !p.positionals.is_empty()) {
                return unexpected(help("config set-context"), &p.positionals, out);
            }
            let ctx_name = if p.bool("current") { cfg.current.clone() } else { p.positionals.first().cloned().unwrap_or_default() };
            if ctx_name.is_empty() {
                return out.fail(if p.bool("current") { "error: no current context is set\n" } else { "error: you must specify a non-empty context name or --current\n" });
            }
            let exists = cfg.context(&ctx_name).is_some();
            if !exists {
                cfg.contexts.push(Context { name: ctx_name.clone(), cluster: String::new(), user: String::new(), namespace: String::new() });
                cfg.sort_contexts();
            }
            let c = cfg.contexts.iter_mut().find(|c| c.name == ctx_name).expect("just made");
            if let Some(v) = p.value("cluster") {
                c.cluster = v.to_string();
            }
            if let Some(v) = p.value("user") {
                c.user = v.to_string();
            }
            // `--namespace` is kubectl's global flag, read here as the context's field.
            if let Some(v) = p.value("namespace") {
                c.namespace = v.to_string();
            }
            out.out(format!("Context {:?} {}.\n", ctx_name, if exists { "modified" } else { "created" }));
        }
        "delete-context" => {
            let Some(p) = parse_flags(&verb, &args, &[], out) else { return };
            let Some(ctx) = p.positionals.first() else { return out.out(help("config delete-context")) };
            if cfg.context(ctx).is_none() {
                return out.fail(format!("error: cannot delete context {}, not in {}\n", ctx, PATH));
            }
            if *ctx == cfg.current {
                out.err("warning: this removed your active context, use \"kubectl config use-context\" to select a different one\n");
            }
            cfg.contexts.retain(|c| &c.name != ctx);
            out.out(format!("deleted context {} from {}\n", ctx, PATH));
        }
        "rename-context" => {
            let Some(p) = parse_flags(&verb, &args, &[], out) else { return };
            let [old, new] = p.positionals.as_slice() else { return unexpected(help("config rename-context"), &p.positionals, out) };
            if cfg.context(old).is_none() {
                return out.fail(format!("error: cannot rename the context {:?}, it's not in {}\n", old, PATH));
            }
            if cfg.context(new).is_some() {
                return out.fail(format!("error: cannot rename the context {:?}, the context {:?} already exists in {}\n", old, new, PATH));
            }
            for c in cfg.contexts.iter_mut().filter(|c| &c.name == old) {
                c.name = new.clone();
            }
            if cfg.current == *old {
                cfg.current = new.clone();
            }
            cfg.sort_contexts();
            out.out(format!("Context {:?} renamed to {:?}.\n", old, new));
        }
        other => out.fail(format!("error: unknown command {:?}\nSee 'kubectl config -h' for help and examples\n", other)),
    }
}

/// `kubectl cluster-info` (upstream `pkg/cmd/clusterinfo`): the server of the kubeconfig's
/// cluster, and the Services labelled `kubernetes.io/cluster-service=true` in kube-system (or
/// `-n`), each reached through the apiserver's service proxy (or its load balancer).
pub fn cluster_info(kubectl: &mut Kubectl, inv: Invocation, out: &mut Output) {
    let Some(p) = parse_flags("cluster-info", &inv.args, &[], out) else { return };
    if p.positionals.first().map(String::as_str) == Some("dump") {
        return out.fail("error: kubeplay does not simulate \"kubectl cluster-info dump\" yet\n");
    }
    let cfg = &kubectl.config;
    let context = super::flag_value(&inv.args, "--context").unwrap_or_else(|| cfg.current.clone());
    let cluster = cfg.context(&context).map(|c| c.cluster.clone()).unwrap_or_default();
    let host = cfg.clusters.iter().find(|(n, _)| *n == cluster).map(|(_, s)| s.clone()).unwrap_or_default();
    let ns = p.value("namespace").unwrap_or("kube-system");
    let req = crate::apiserver::http::Request::new(crate::apiserver::http::Method::Get, format!("/api/v1/namespaces/{}/services", ns))
        .with_header("Accept", "application/json")
        .with_query("labelSelector", "kubernetes.io/cluster-service=true");
    let resp = inv.transport.round_trip(req);
    let mut text = String::new();
    if resp.is_success() {
        text.push_str(&format!("Kubernetes control plane is running at {}\n", host));
        let list: Value = serde_json::from_str(&resp.body).unwrap_or(Value::Null);
        for svc in list["items"].as_array().into_iter().flatten() {
            let name = svc["metadata"]["name"].as_str().unwrap_or("");
            let ports = svc["spec"]["ports"].as_array().cloned().unwrap_or_default();
            let link = match svc["status"]["loadBalancer"]["ingress"][0].as_object() {
                Some(ingress) => {
                    let ip = ingress.get("ip").and_then(Value::as_str).filter(|s| !s.is_empty()).or(ingress.get("hostname").and_then(Value::as_str)).unwrap_or("");
                    ports.iter().map(|p| format!("http://{}:{} ", ip, p["port"].as_i64().unwrap_or(0))).collect()
                }
                None => {
                    // `JoinSchemeNamePort`: https when the port is named so or is 443.
                    let target = match ports.first() {
                        Some(port) => {
                            let port_name = port["name"].as_str().unwrap_or("");
                            let https = port_name == "https" || port["port"].as_i64() == Some(443);
                            match (https, port_name.is_empty()) {
                                (true, _) => format!("https:{}:{}", name, port_name),
                                (false, true) => name.to_string(),
                                (false, false) => format!("{}:{}", name, port_name),
                            }
                        }
                        None => name.to_string(),
                    };
                    format!("{}/api/v1/namespaces/{}/services/{}/proxy", host, svc["metadata"]["namespace"].as_str().unwrap_or(ns), target)
                }
            };
            let shown = svc["metadata"]["labels"]["kubernetes.io/name"].as_str().filter(|s| !s.is_empty()).unwrap_or(name);
            text.push_str(&format!("{} is running at {}\n", shown, link));
        }
    }
    text.push_str("\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n");
    out.out(text);
    if !resp.is_success() {
        out.fail(super::errors::StatusError::from_body(resp.code, &resp.body).render());
    }
}
