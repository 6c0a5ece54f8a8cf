//! What a container's main process is started with: its command line (the container's command
//! and args over the image's entrypoint and cmd, `$(VAR)` expanded) and its environment (the
//! image's, `HOSTNAME`, `envFrom`, `env` with the downward API and ConfigMap/Secret keys).

use super::sh::programs::Image;
use super::volumes::{self, Refs};
use super::worker::NodeRuntime;
use crate::api::core::{Container, Pod};
use std::collections::BTreeMap;

/// What a container's processes see of their pod: the name they take as hostname, the pod's IP,
/// and the fields the downward API exposes.
pub struct PodEnv {
    /// `namespace/name`
    pub key: String,
    pub hostname: String,
    /// `<subdomain>.<namespace>.svc.cluster.local` for a pod with a subdomain ("" otherwise): its
    /// `/etc/hosts` line then names the FQDN too (the kubelet's `GeneratePodHostNameAndDomain`).
    pub domain: String,
    pub ip: String,
    pub fields: BTreeMap<String, String>,
    /// The `/etc/resolv.conf` the kubelet writes for the pod's `dnsPolicy` and `dnsConfig`.
    pub resolv: String,
}

impl PodEnv {
    pub fn of(p: &Pod, ip: &str, rt: &NodeRuntime) -> Self {
        let spec = p.spec.as_ref();
        let name = p.metadata.name.clone().unwrap_or_default();
        let mut fields = BTreeMap::new();
        fields.insert("metadata.name".to_string(), name.clone());
        fields.insert("metadata.namespace".into(), p.metadata.namespace.clone().unwrap_or_default());
        fields.insert("metadata.uid".into(), p.metadata.uid.clone().unwrap_or_default());
        fields.insert("spec.nodeName".into(), rt.node.clone());
        fields.insert("spec.serviceAccountName".into(), spec.and_then(|s| s.service_account_name.clone()).unwrap_or_default());
        fields.insert("status.podIP".into(), ip.to_string());
        fields.insert("status.podIPs".into(), ip.to_string());
        fields.insert("status.hostIP".into(), rt.host_ip.clone());
        fields.insert("status.hostIPs".into(), rt.host_ip.clone());
        for (k, v) in p.metadata.labels.iter().flatten() {
            fields.insert(format!("metadata.labels['{}']", k), v.clone());
        }
        for (k, v) in p.metadata.annotations.iter().flatten() {
            fields.insert(format!("metadata.annotations['{}']", k), v.clone());
        }
        let hostname = spec.and_then(|s| s.hostname.clone()).unwrap_or(name.clone());
        let ns = p.metadata.namespace.clone().unwrap_or_default();
        PodEnv { key: format!("{}/{}", ns, name), hostname, domain: pod_domain(p), ip: ip.to_string(), fields, resolv: resolv_conf(p) }
    }
}

/// A pod's DNS domain: `<subdomain>.<namespace>.svc.cluster.local` when it has a subdomain.
pub fn pod_domain(p: &Pod) -> String {
    match p.spec.as_ref().and_then(|s| s.subdomain.as_deref()).filter(|s| !s.is_empty()) {
        Some(sub) => format!("{}.{}.svc.cluster.local", sub, p.metadata.namespace.as_deref().unwrap_or("default")),
        None => String::new(),
    }
}

/// The cluster DNS Service's address and the cluster's domain (the kubelet's `clusterDNS` and
/// `clusterDomain`, as kubeadm configures them).
pub const CLUSTER_DNS: &str = "10.96.0.10";
pub const CLUSTER_DOMAIN: &str = "cluster.local";
/// The nodes' own resolver (the lab network's DNS server, which knows the nodes' names).
pub const NODE_DNS: &str = "172.30.0.1";

/// The pod's `/etc/resolv.conf`, as the kubelet's DNS configurer writes it: the cluster DNS with
/// the namespace's search path and `ndots:5` for `ClusterFirst` (a host-network pod falls back
/// to the node's resolver unless `ClusterFirstWithHostNet`), the node's for `Default`, only
/// `dnsConfig` for `None`; `dnsConfig` is merged in.
pub fn resolv_conf(p: &Pod) -> String {
    let spec = p.spec.as_ref();
    let ns = p.metadata.namespace.as_deref().unwrap_or("default");
    let host_network = spec.and_then(|s| s.host_network).unwrap_or(false);
    let policy = spec.and_then(|s| s.dns_policy.as_deref()).unwrap_or("ClusterFirst");
    let cluster = matches!((policy, host_network), ("ClusterFirst", false) | ("ClusterFirstWithHostNet", _));
    let (mut servers, mut search, mut options): (Vec<String>, Vec<String>, Vec<String>) = match policy {
        "None" => (vec![], vec![], vec![]),
        _ if cluster => (vec![CLUSTER_DNS.into()], vec![format!("{}.svc.{}", ns, CLUSTER_DOMAIN), format!("svc.{}", CLUSTER_DOMAIN), CLUSTER_DOMAIN.into()], vec!["ndots:5".into()]),
        _ => (vec![NODE_DNS.into()], vec![], vec![]),
    };
    if let Some(c) = spec.and_then(|s| s.dns_config.as_ref()) {
        servers.extend(c.nameservers.iter().flatten().cloned());
        search.extend(c.searches.iter().flatten().cloned());
        for o in c.options.iter().flatten() {
            let Some(name) = o.name.clone() else { continue };
            let text = match &o.value {
                Some(v) => format!("{}:{}", name, v),
                None => name.clone(),
            };
            // A pod's option replaces the same option from the policy.
            options.retain(|x| x.split(':').next() != Some(name.as_str()));
            options.push(text);
        }
    }
    let mut out = String::new();
    if !search.is_empty() {
        out.push_str(&format!("search {}\n", search.join(" ")));
    }
    for s in servers.iter().take(3) {
        out.push_str(&format!("nameserver {}\n", s));
    }
    if !options.is_empty() {
        out.push_str(&format!("options {}\n", options.join(" ")));
    }
    out
}

/// `$(VAR)` references in command, args and env values, from the variables defined so far;
/// `$$` escapes a `$`, and unknown references stay as written (`expansion.Expand`).
pub fn expand_refs(s: &str, vars: &[(String, String)]) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find('$') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        if let Some(a) = after.strip_prefix('$') {
            out.push('$');
            rest = a;
        } else if let Some((name, tail)) = after.strip_prefix('(').and_then(|a| a.split_once(')')) {
            match vars.iter().rev().find(|(k, _)| k == name) {
                Some((_, v)) => out.push_str(v),
                None => out.push_str(&format!("$({})", name)),
            }
            rest = tail;
        } else {
            out.push('$');
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

/// The variables Services give the containers started after them (`envvars.FromServices`):
/// `NAME_SERVICE_HOST`, `NAME_SERVICE_PORT` (and one per named port) and Docker's link variables,
/// for each Service with a cluster IP in the pod's namespace (when `enableServiceLinks`) and
/// for the `kubernetes` Service in `default` always.
pub fn service_env<'a>(services: impl Iterator<Item = &'a crate::api::core::Service>, ns: &str, links: bool) -> BTreeMap<String, String> {
    let mut m = BTreeMap::new();
    for svc in services {
        let Some(spec) = &svc.spec else { continue };
        let ip = spec.cluster_ip.clone().unwrap_or_default();
        if ip.is_empty() || ip == "None" {
            continue;
        }
        let name = svc.metadata.name.clone().unwrap_or_default();
        let svc_ns = svc.metadata.namespace.as_deref().unwrap_or("");
        let master = svc_ns == "default" && name == "kubernetes";
        if !(master || (svc_ns == ns && links)) {
            continue;
        }
        let prefix = name.replace('-', "_").to_ascii_uppercase();
        let ports = spec.ports.as_deref().unwrap_or(&[]);
        m.insert(format!("{}_SERVICE_HOST", prefix), ip.clone());
        if let Some(first) = ports.first() {
            m.insert(format!("{}_SERVICE_PORT", prefix), first.port.to_string());
        }
        for (i, p) in ports.iter().enumerate() {
            if let Some(pn) = p.name.as_deref().filter(|n| !n.is_empty()) {
                m.insert(format!("{}_SERVICE_PORT_{}", prefix, pn.replace('-', "_").to_ascii_uppercase()), p.port.to_string());
            }
            let proto = p.protocol.clone().unwrap_or_else(|| "TCP".into());
            let url = format!("{}://{}:{}", proto.to_ascii_lowercase(), ip, p.port);
            if i == 0 {
                m.insert(format!("{}_PORT", prefix), url.clone());
            }
            let pp = format!("{}_PORT_{}_{}", prefix, p.port, proto.to_ascii_uppercase());
            m.insert(pp.clone(), url);
            m.insert(format!("{}_PROTO", pp), proto.to_ascii_lowercase());
            m.insert(format!("{}_PORT", pp), p.port.to_string());
            m.insert(format!("{}_ADDR", pp), ip.clone());
        }
    }
    m
}

/// The container's environment: the image's, `HOSTNAME`, then the container's `envFrom` and
/// `env` (values, downward-API fields), then the Services' variables it does not override
/// (`refs("services")`), then `HOME`.
pub fn container_env(c: &Container, image: Image, pod: &PodEnv, refs: &mut Refs) -> Result<Vec<(String, String)>, String> {
    let mut env: Vec<(String, String)> = image.env().into_iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    env.insert(1.min(env.len()), ("HOSTNAME".into(), pod.hostname.clone()));
    let services: Vec<(String, String)> = refs("services").unwrap_or_default().into_iter().collect();
    // envFrom first, then env (which wins); `$(VAR)` sees these, then the Services' variables.
    let mut own: Vec<(String, String)> = volumes::env_from(c, refs)?;
    let ns = pod.fields.get("metadata.namespace").cloned().unwrap_or_default();
    for e in c.env.iter().flatten() {
        let value = match (&e.value, &e.value_from) {
            (Some(v), _) => {
                let vars: Vec<(String, String)> = services.iter().chain(own.iter()).cloned().collect();
                expand_refs(v, &vars)
            }
            (None, Some(from)) if from.field_ref.is_some() => from.field_ref.as_ref().and_then(|f| pod.fields.get(&f.field_path).cloned()).unwrap_or_default(),
            (None, Some(from)) => match volumes::env_value(from, &ns, refs)? {
                Some(v) => v,
                None => continue,
            },
            (None, None) => String::new(),
        };
        own.retain(|(k, _)| *k != e.name);
        own.push((e.name.clone(), value));
    }
    for (k, v) in services {
        if !own.iter().any(|(o, _)| *o == k) {
            own.push((k, v));
        }
    }
    for (k, v) in own {
        env.retain(|(e, _)| *e != k);
        env.push((k, v));
    }
    if !env.iter().any(|(k, _)| k == "HOME") {
        env.push(("HOME".into(), "/root".into()));
    }
    Ok(env)
}

/// The command line the runtime starts: the container's command (or the image's entrypoint)
/// and args (or the image's cmd), with `$(VAR)` references expanded.
pub fn container_argv(c: &Container, image: Image, env: &[(String, String)]) -> Vec<String> {
    let (entry, cmd) = image.defaults();
    let command = c.command.clone().filter(|v| !v.is_empty());
    let args = c.args.clone().filter(|v| !v.is_empty());
    let mut argv: Vec<String> = match &command {
        Some(cmd) => cmd.clone(),
        None => entry.iter().map(|s| s.to_string()).collect(),
    };
    match (args, &command) {
        (Some(a), _) => argv.extend(a),
        (None, None) => argv.extend(cmd.iter().map(|s| s.to_string())),
        (None, Some(_)) => {}
    }
    argv.iter().map(|a| expand_refs(a, env)).collect()
}

/// runc's reason when a command is not in the image (for the main process, `exec` and exec
/// probes alike).
pub fn not_found(program: &str) -> String {
    if program.contains('/') {
        format!("exec: \"{}\": stat {}: no such file or directory", program, program)
    } else {
        format!("exec: \"{}\": executable file not found in $PATH", program)
    }
}

/// containerd's error when the main process's command is not in the image.
pub fn exec_error(program: &str) -> String {
    format!("failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: {}: unknown", not_found(program))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::core::EnvVar;

    fn container(cmd: &[&str], args: &[&str]) -> Container {
        let v = |a: &[&str]| (!a.is_empty()).then(|| a.iter().map(|s| s.to_string()).collect());
        Container { name: "c".into(), command: v(cmd), args: v(args), ..Default::default() }
    }

    #[test]
    fn the_command_line_merges_the_container_and_the_image() {
        let env = vec![("GREETING".to_string(), "hi".to_string())];
        assert_eq!(container_argv(&container(&[], &[]), Image::Nginx, &env), ["/docker-entrypoint.sh", "nginx", "-g", "daemon off;"]);
        assert_eq!(container_argv(&container(&["sleep"], &[]), Image::Busybox, &env), ["sleep"]);
        assert_eq!(container_argv(&container(&[], &["sh", "-c", "echo $(GREETING) $$(X) $(NOPE)"]), Image::Busybox, &env), ["sh", "-c", "echo hi $(X) $(NOPE)"]);
        assert_eq!(container_argv(&container(&[], &["-v"]), Image::Nginx, &env), ["/docker-entrypoint.sh", "-v"]);
    }

    #[test]
    fn the_environment_has_the_image_then_the_container_variables() {
        let mut c = container(&[], &[]);
        c.env = Some(vec![
            EnvVar { name: "A".into(), value: Some("1".into()), value_from: None },
            EnvVar { name: "B".into(), value: Some("$(A)-2".into()), value_from: None },
        ]);
        let pod = PodEnv { key: "default/web".into(), hostname: "web".into(), domain: String::new(), ip: "10.244.1.5".into(), fields: BTreeMap::new(), resolv: String::new() };
        let env = container_env(&c, Image::Busybox, &pod, &mut |_: &str| None).unwrap();
        let names: Vec<&str> = env.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(names, ["PATH", "HOSTNAME", "A", "B", "HOME"]);
        assert_eq!(env[3].1, "1-2");
    }
}
