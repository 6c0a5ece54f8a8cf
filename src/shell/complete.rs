//! Tab completion, as bash with kubectl's completion script gives it: the command, kubectl's
//! verbs, resource types after `get`/`describe`/`delete`/…, and the names of the objects of
//! that type in the namespace (`-n`) from the cluster — a read that changes nothing. One Tab
//! completes as far as every candidate agrees; when it cannot go further the candidates are
//! listed.

use crate::api::Kind;
use crate::sim::Cluster;

/// The learner's commands at the prompt.
const COMMANDS: [&str; 8] = ["kubectl", "k", "kubeplay", "etcdctl", "ssh", "clear", "export", "timeout"];

/// The kubectl verbs kubeplay answers.
const VERBS: [&str; 25] = [
    "annotate", "apply", "attach", "auth", "autoscale", "cordon", "create", "delete", "describe", "drain", "exec", "expose", "get", "label", "logs", "patch", "replace", "rollout", "run", "scale", "set", "taint",
    "top", "uncordon", "version",
];

/// Verbs followed by a resource type, then names.
const TYPED: [&str; 9] = ["get", "describe", "delete", "edit", "patch", "scale", "label", "annotate", "expose"];

const KUBEPLAY: [&str; 12] = ["wait", "trace", "timeline", "etcd", "node", "kubelet", "runtime", "registry", "ssh", "explain-schedule", "help", "run"];

/// What Tab offers for `line` (the cursor at its end): the line completed as far as the
/// candidates agree, and the candidates (more than one: the UI lists them).
pub fn complete(line: &str, cluster: &Cluster) -> (String, Vec<String>) {
    let words: Vec<&str> = line.split_whitespace().collect();
    let partial = if line.ends_with(' ') || line.is_empty() { "" } else { words.last().copied().unwrap_or("") };
    let done: Vec<&str> = if partial.is_empty() { words.clone() } else { words[..words.len() - 1].to_vec() };
    let candidates: Vec<String> = match done.first().copied() {
        None => COMMANDS.iter().map(|s| s.to_string()).collect(),
        Some("kubectl" | "k") => kubectl(&done[1..], cluster),
        Some("kubeplay") if done.len() == 1 => KUBEPLAY.iter().map(|s| s.to_string()).collect(),
        Some("kubeplay" | "ssh") if matches!(done.last().copied(), Some("stop" | "start" | "partition" | "reconnect" | "fill-memory" | "fill-disk" | "ssh")) => node_names(cluster),
        _ => Vec::new(),
    };
    let mut matching: Vec<String> = candidates.into_iter().filter(|c| c.starts_with(partial)).collect();
    crate::api::order::sort(&mut matching);
    matching.dedup();
    let head = &line[..line.len() - partial.len()];
    match matching.len() {
        0 => (line.to_string(), Vec::new()),
        1 => (format!("{}{} ", head, matching[0]), Vec::new()),
        _ => {
            let common = matching.iter().skip(1).fold(matching[0].clone(), |acc, c| acc.chars().zip(c.chars()).take_while(|(a, b)| a == b).map(|(a, _)| a).collect());
            (format!("{}{}", head, common), matching)
        }
    }
}

fn node_names(cluster: &Cluster) -> Vec<String> {
    names(cluster, "nodes", "")
}

/// kubectl's words after `kubectl`: the verb, then a type, then names.
fn kubectl(args: &[&str], cluster: &Cluster) -> Vec<String> {
    let mut namespace = "default".to_string();
    let mut positional: Vec<&str> = Vec::new();
    let mut i = 0;
    while i < args.len() {
        match args[i] {
            "-n" | "--namespace" => {
                if let Some(ns) = args.get(i + 1) {
                    namespace = ns.to_string();
                }
                i += 1;
            }
            a if a.starts_with("--namespace=") => namespace = a["--namespace=".len()..].to_string(),
            a if a.starts_with('-') => {}
            a => positional.push(a),
        }
        i += 1;
    }
    match positional.as_slice() {
        [] => VERBS.iter().map(|s| s.to_string()).collect(),
        [verb] if TYPED.contains(verb) => types(),
        [verb, kind, ..] if TYPED.contains(verb) => names(cluster, kind, &namespace),
        ["logs" | "exec" | "attach" | "port-forward", ..] => names(cluster, "pods", &namespace),
        ["cordon" | "uncordon" | "drain" | "taint", ..] => names(cluster, "nodes", ""),
        ["rollout"] => ["history", "pause", "restart", "resume", "status", "undo"].iter().map(|s| s.to_string()).collect(),
        ["rollout", _] => ["deployment", "daemonset", "statefulset"].iter().map(|s| s.to_string()).collect(),
        ["rollout", _, kind, ..] => names(cluster, kind, &namespace),
        ["create"] => ["deployment", "ingress", "namespace", "service"].iter().map(|s| s.to_string()).collect(),
        ["top"] => vec!["node".into(), "pod".into()],
        _ => Vec::new(),
    }
}

/// Resource types by their plural names, as kubectl's completion lists them.
fn types() -> Vec<String> {
    Kind::ALL.iter().map(|k| k.info().plural.to_string()).collect()
}

/// The names of the objects of a type (`pods`, `pod`, `po`, `deploy`, …) in a namespace.
fn names(cluster: &Cluster, kind: &str, namespace: &str) -> Vec<String> {
    let kind = kind.split('/').next().unwrap_or(kind);
    let Some(k) = Kind::ALL.iter().find(|k| {
        let i = k.info();
        i.plural == kind || i.singular == kind || i.short_names.contains(&kind) || i.kind.eq_ignore_ascii_case(kind)
    }) else {
        return Vec::new();
    };
    let ns = if k.info().namespaced { Some(namespace) } else { None };
    let everything = crate::api::labels::Selector::everything();
    let no_fields = crate::api::fields::FieldSelector::default();
    cluster.api().list(*k, ns, &everything, &no_fields).map(|l| l.items.iter().map(|o| o.name().to_string()).collect()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::ClusterConfig;

    #[test]
    fn tab_completes_commands_verbs_types_and_names() {
        let mut c = Cluster::boot(ClusterConfig::kubeadm(1));
        c.apply(crate::sim::Command::Kubectl { args: ["create", "deployment", "web", "--image=nginx"].map(String::from).to_vec(), stdin: None });
        assert_eq!(complete("kubec", &c), ("kubectl ".to_string(), vec![]));
        assert_eq!(complete("kubectl desc", &c).0, "kubectl describe ");
        let (line, list) = complete("kubectl de", &c);
        assert_eq!((line.as_str(), list), ("kubectl de", vec!["delete".to_string(), "describe".to_string()]));
        assert_eq!(complete("kubectl get deploym", &c).0, "kubectl get deployments ");
        assert_eq!(complete("kubectl get deploy w", &c).0, "kubectl get deploy web ");
        assert_eq!(complete("kubectl get deploy -n kube-system core", &c).0, "kubectl get deploy -n kube-system coredns ");
        assert_eq!(complete("kubectl cordon node0", &c).1, vec!["node01".to_string(), "node02".to_string()]);
        assert_eq!(complete("kubeplay node stop contr", &c).0, "kubeplay node stop controlplane ");
        assert_eq!(complete("kubectl get pods nothing-", &c), ("kubectl get pods nothing-".to_string(), vec![]));
    }
}
