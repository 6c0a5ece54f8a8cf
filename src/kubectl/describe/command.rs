//! The `kubectl describe` command (`pkg/cmd/describe`): the resource builder's rules for
//! `TYPE [NAME…]`, `TYPE/NAME`, `-l`, `-A` and `-f`, the name-prefix fallback, one describer per
//! kind (the generic one otherwise), outputs joined by blank lines, and errors reported once.

use super::{config, generic, network, nodes, pods, policy, rbac, storage, workloads};
use super::{Client, Error, Result, Settings};
use crate::kubectl::builder::Target;
use crate::kubectl::discovery::ApiResource;
use crate::kubectl::errors::plain;
use crate::kubectl::flags::{flag, Kind as F};
use crate::kubectl::{get, parse_flags, source, Invocation, Kubectl, Output};

const FLAGS: &[crate::kubectl::flags::Flag] = &[
    flag("selector", Some('l'), F::Value),
    flag("all-namespaces", Some('A'), F::Bool),
    flag("show-events", None, F::Bool),
    flag("chunk-size", None, F::Value),
    flag("filename", Some('f'), F::Values),
    flag("recursive", Some('R'), F::Bool),
    flag("kustomize", Some('k'), F::Value),
];


const NO_TYPE: &str = "You must specify the type of resource to describe. Use \"kubectl api-resources\" for a complete list of supported resources.\n";

type Describer = fn(&mut Client, &Target) -> Result<String>;

/// `describe.DescriberFor`: the kind's own describer, or the generic one.
fn describer_for(r: &ApiResource) -> Describer {
    match (r.group.as_str(), r.kind.as_str()) {
        ("", "Pod") => pods::pod,
        ("", "ReplicationController") => workloads::replication_controller,
        ("", "Secret") => config::secret,
        ("", "Service") => network::service,
        ("", "ServiceAccount") => config::service_account,
        ("", "Node") => nodes::node,
        ("", "LimitRange") => config::limit_range,
        ("", "ResourceQuota") => config::resource_quota,
        ("", "PersistentVolume") => storage::persistent_volume,
        ("", "PersistentVolumeClaim") => storage::persistent_volume_claim,
        ("", "Namespace") => config::namespace,
        ("", "Endpoints") => network::endpoints,
        ("", "ConfigMap") => config::config_map,
        ("discovery.k8s.io", "EndpointSlice") => network::endpoint_slice,
        ("autoscaling", "HorizontalPodAutoscaler") => policy::horizontal_pod_autoscaler,
        ("networking.k8s.io", "Ingress") => network::ingress,
        ("networking.k8s.io", "IngressClass") => network::ingress_class,
        ("networking.k8s.io", "NetworkPolicy") => network::network_policy,
        ("batch", "Job") => workloads::job,
        ("batch", "CronJob") => workloads::cron_job,
        ("apps", "StatefulSet") => workloads::stateful_set,
        ("apps", "Deployment") => workloads::deployment,
        ("apps", "DaemonSet") => workloads::daemon_set,
        ("apps", "ReplicaSet") => workloads::replica_set,
        ("storage.k8s.io", "StorageClass") => storage::storage_class,
        ("policy", "PodDisruptionBudget") => policy::pod_disruption_budget,
        ("rbac.authorization.k8s.io", "Role" | "ClusterRole") => rbac::role,
        ("rbac.authorization.k8s.io", "RoleBinding") => rbac::role_binding,
        ("rbac.authorization.k8s.io", "ClusterRoleBinding") => rbac::cluster_role_binding,
        ("scheduling.k8s.io", "PriorityClass") => policy::priority_class,
        _ => generic::describe,
    }
}

fn target(r: &ApiResource, ns: &str, name: &str) -> Target {
    Target { resource: r.clone(), namespace: if r.namespaced { ns.to_string() } else { String::new() }, name: name.to_string() }
}

/// What the builder found: the objects to describe, and the errors met on the way.
struct Infos {
    targets: Vec<Target>,
    errors: Vec<Error>,
}

/// The builder's options for this run.
struct Query<'a> {
    ns: &'a str,
    explicit_ns: bool,
    all_namespaces: bool,
    selector: &'a str,
}

/// Lists every object of a type (`TYPE` alone, or with `-l`).
fn list_type(c: &mut Client, r: &ApiResource, q: &Query) -> Result<Vec<Target>> {
    let path = r.collection_path(if q.all_namespaces { None } else { Some(q.ns) });
    let items = c.list(&path, q.selector, "")?;
    Ok(items
        .iter()
        .map(|i| {
            let ns = i["metadata"]["namespace"].as_str().unwrap_or("");
            target(r, ns, i["metadata"]["name"].as_str().unwrap_or(""))
        })
        .collect())
}

/// GETs named objects the way the builder's visitors do (errors kept, the rest continues).
fn get_named(c: &mut Client, targets: Vec<Target>, infos: &mut Infos) {
    for t in targets {
        match c.get(&t.path()) {
            Ok(_) => infos.targets.push(t),
            Err(e) => infos.errors.push(e),
        }
    }
}

/// `ResourceTypeOrNameArgs(true, args…)` plus the selector and namespace rules. An `Err` is a
/// builder error (`r.Err()`), printed alone.
fn from_args(kubectl: &Kubectl, c: &mut Client, args: &[String], q: &Query) -> std::result::Result<Infos, String> {
    let requests = get::resolve_args(kubectl, args)?;
    let mut infos = Infos { targets: Vec::new(), errors: Vec::new() };
    let tuples = args.iter().any(|a| a.contains('/'));
    let named = requests.iter().any(|r| !r.names.is_empty());
    if !q.selector.is_empty() {
        if tuples {
            return Err("selectors and the all flag cannot be used when passing resource/name arguments".into());
        }
        if named {
            return Err("name cannot be provided when a selector is specified".into());
        }
    }
    if named && !tuples && requests.len() > 1 {
        return Err("you must specify only one resource".into());
    }
    if named {
        let mut targets = Vec::new();
        for r in &requests {
            if r.resource.namespaced && q.all_namespaces {
                return Err("a resource cannot be retrieved by name across all namespaces".into());
            }
            targets.extend(r.names.iter().map(|n| target(r.resource, q.ns, n)));
        }
        get_named(c, targets, &mut infos);
        return Ok(infos);
    }
    for r in &requests {
        match list_type(c, r.resource, q) {
            Ok(t) => infos.targets.extend(t),
            Err(e) => infos.errors.push(e),
        }
    }
    Ok(infos)
}

/// `-f FILE`: every document names an object; the describer fetches it.
fn from_files(kubectl: &Kubectl, inv: &Invocation, files: &[String], recursive: bool, q: &Query) -> std::result::Result<Infos, String> {
    let disco = kubectl.discovery.as_ref().ok_or_else(|| "discovery unavailable".to_string())?;
    let docs = source::read_sources(files, recursive, inv.stdin, inv.files)?;
    let mut infos = Infos { targets: Vec::new(), errors: Vec::new() };
    for d in &docs {
        let r = source::map_doc(d, disco)?;
        let ns = source::target_namespace(d, r, q.ns, q.explicit_ns)?;
        let name = d.value["metadata"]["name"].as_str().unwrap_or("");
        infos.targets.push(target(r, &ns, name));
    }
    Ok(infos)
}

/// `DescribeMatchingResources`: every object of the type whose name starts with the prefix.
fn describe_matching(kubectl: &Kubectl, c: &mut Client, resource: &str, prefix: &str, original: Error, q: &Query, out: &mut Output) -> Vec<Error> {
    if resource.contains('/') {
        // A TYPE/NAME pair: the builder fetches it, and no name can start with "TYPE/…".
        let requests = match get::resolve_args(kubectl, &[resource.to_string()]) {
            Ok(r) => r,
            Err(e) => return vec![Error::Plain(e)],
        };
        for r in &requests {
            for n in &r.names {
                if let Err(e) = c.get(&target(r.resource, q.ns, n).path()) {
                    return vec![e];
                }
            }
        }
        return vec![original];
    }
    let requests = match get::resolve_args(kubectl, &[resource.to_string()]) {
        Ok(r) => r,
        Err(e) => return vec![Error::Plain(e)],
    };
    let Some(r) = requests.first() else { return vec![original] };
    let list_q = Query { ns: q.ns, explicit_ns: q.explicit_ns, all_namespaces: false, selector: "" };
    let targets = match list_type(c, r.resource, &list_q) {
        Ok(t) => t,
        Err(e) => return vec![e],
    };
    let mut found = false;
    for t in targets.iter().filter(|t| t.name.starts_with(prefix)) {
        found = true;
        match describer_for(&t.resource)(c, t) {
            Ok(s) => out.out(format!("{}\n", s)),
            Err(e) => return vec![e],
        }
    }
    if found {
        Vec::new()
    } else {
        vec![original]
    }
}

/// `CheckErr` on the aggregate of every error (each printed once).
fn report(errors: Vec<Error>, out: &mut Output) {
    match errors.len() {
        0 => {}
        1 => out.fail(errors[0].render()),
        _ => out.fail(errors.iter().map(Error::render_in_list).collect::<String>()),
    }
}

pub fn run(kubectl: &mut Kubectl, inv: Invocation, out: &mut Output) {
    let Some(p) = parse_flags("describe", &inv.args, FLAGS, out) else { return };
    let chunk_size = match p.value("chunk-size").map(|v| v.parse::<i64>()) {
        None => 500,
        Some(Ok(n)) => n,
        Some(Err(_)) => {
            let v = p.value("chunk-size").unwrap_or("");
            return out.fail(format!("error: invalid argument {:?} for \"--chunk-size\" flag: strconv.ParseInt: parsing {:?}: invalid syntax\nSee 'kubectl describe --help' for usage.\n", v, v));
        }
    };
    if p.has("kustomize") {
        return out.fail(plain("kubeplay does not simulate \"kubectl describe -k\" yet"));
    }
    let files = p.values("filename");
    if p.positionals.is_empty() && files.is_empty() {
        return out.fail(format!("error: {}", NO_TYPE));
    }
    let ns = p.value("namespace").map(str::to_string).unwrap_or_else(|| kubectl.namespace.clone());
    let all_namespaces = p.bool("all-namespaces");
    let selector = p.value("selector").unwrap_or("").trim().to_string();
    let q = Query { ns: &ns, explicit_ns: p.value("namespace").is_some() && !all_namespaces, all_namespaces, selector: &selector };
    let settings = Settings { show_events: !p.has("show-events") || p.bool("show-events"), chunk_size };
    kubectl.discovery(inv.transport);
    let now_ms = kubectl.now_unix_ms;
    let args = p.positionals.clone();
    let built = if !files.is_empty() {
        if !args.is_empty() {
            Err("when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well".to_string())
        } else {
            from_files(kubectl, &inv, &files, p.bool("recursive"), &q)
        }
    } else {
        let mut c = Client { transport: &mut *inv.transport, now_ms, settings };
        from_args(kubectl, &mut c, &args, &q)
    };
    let infos = match built {
        Ok(i) => i,
        Err(e) => return out.fail(plain(&e)),
    };
    let mut c = Client { transport: inv.transport, now_ms, settings };
    if infos.errors.len() == 1 && infos.errors[0].is_not_found() && args.len() == 2 {
        let original = infos.errors.into_iter().next().unwrap_or(Error::Plain(String::new()));
        let errors = describe_matching(kubectl, &mut c, &args[0], &args[1], original, &q, out);
        return report(errors, out);
    }
    let mut errors = infos.errors;
    let mut seen: Vec<String> = errors.iter().map(Error::message).collect();
    let mut first = true;
    for t in &infos.targets {
        match describer_for(&t.resource)(&mut c, t) {
            Ok(s) => {
                out.out(if first { s } else { format!("\n\n{}", s) });
                first = false;
            }
            Err(e) => {
                if !seen.contains(&e.message()) {
                    seen.push(e.message());
                    errors.push(e);
                }
            }
        }
    }
    if infos.targets.is_empty() && errors.is_empty() {
        if all_namespaces {
            out.err("No resources found\n");
        } else {
            out.err(format!("No resources found in {} namespace.\n", ns));
        }
    }
    report(errors, out);
}
