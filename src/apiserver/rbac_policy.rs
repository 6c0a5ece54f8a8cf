//! The bootstrap RBAC policy kube-apiserver and kubeadm create: the user-facing roles
//! (cluster-admin, admin, edit, view), the discovery roles, the control plane's own roles, and
//! the bindings that make kubeadm's `kubernetes-admin` a cluster admin.

use crate::api::order::Collect;
use crate::api::metav1::ObjectMeta;
use crate::api::rbac::{ClusterRole, ClusterRoleBinding, PolicyRule, RoleRef, Subject};

fn rule(groups: &[&str], resources: &[&str], verbs: &[&str]) -> PolicyRule {
    PolicyRule {
        api_groups: Some(groups.iter().map(|s| s.to_string()).collect()),
        resources: Some(resources.iter().map(|s| s.to_string()).collect()),
        verbs: verbs.iter().map(|s| s.to_string()).collect(),
        ..Default::default()
    }
}

fn urls(paths: &[&str], verbs: &[&str]) -> PolicyRule {
    PolicyRule { non_resource_urls: Some(paths.iter().map(|s| s.to_string()).collect()), verbs: verbs.iter().map(|s| s.to_string()).collect(), ..Default::default() }
}

const READ: &[&str] = &["get", "list", "watch"];
const WRITE: &[&str] = &["create", "delete", "deletecollection", "patch", "update"];

fn role(name: &str, rules: Vec<PolicyRule>) -> ClusterRole {
    let mut labels = [("kubernetes.io/bootstrapping".to_string(), "rbac-defaults".to_string())].into_iter().into_map();
    if ["admin", "edit", "view"].contains(&name) {
        labels.insert(format!("rbac.authorization.k8s.io/aggregate-to-{}", if name == "view" { "edit" } else if name == "edit" { "admin" } else { "admin" }), "true".into());
    }
    ClusterRole {
        metadata: ObjectMeta {
            name: Some(name.into()),
            labels: Some(labels),
            annotations: Some([("rbac.authorization.kubernetes.io/autoupdate".to_string(), "true".to_string())].into_iter().into_map()),
            ..Default::default()
        },
        rules: Some(rules),
        aggregation_rule: None,
    }
}

fn binding(name: &str, role: &str, subjects: &[(&str, &str)]) -> ClusterRoleBinding {
    let bootstrapping = !name.starts_with("kubeadm:");
    ClusterRoleBinding {
        metadata: ObjectMeta {
            name: Some(name.into()),
            labels: bootstrapping.then(|| [("kubernetes.io/bootstrapping".to_string(), "rbac-defaults".to_string())].into_iter().into_map()),
            annotations: bootstrapping.then(|| [("rbac.authorization.kubernetes.io/autoupdate".to_string(), "true".to_string())].into_iter().into_map()),
            ..Default::default()
        },
        role_ref: RoleRef { api_group: "rbac.authorization.k8s.io".into(), kind: "ClusterRole".into(), name: role.into() },
        subjects: Some(
            subjects
                .iter()
                .map(|(kind, n)| Subject {
                    kind: kind.to_string(),
                    name: n.to_string(),
                    api_group: (*kind != "ServiceAccount").then(|| "rbac.authorization.k8s.io".to_string()),
                    namespace: (*kind == "ServiceAccount").then(|| "kube-system".to_string()),
                })
                .collect(),
        ),
    }
}

/// What `view` can read in a namespace (it never reads Secrets).
fn view_rules() -> Vec<PolicyRule> {
    vec![
        rule(&[""], &["configmaps", "endpoints", "persistentvolumeclaims", "persistentvolumeclaims/status", "pods", "replicationcontrollers",
            "replicationcontrollers/scale", "serviceaccounts", "services", "services/status"], READ),
        rule(&[""], &["bindings", "events", "limitranges", "namespaces/status", "pods/log", "pods/status", "replicationcontrollers/status",
            "resourcequotas", "resourcequotas/status"], READ),
        rule(&[""], &["namespaces"], READ),
        rule(&["discovery.k8s.io"], &["endpointslices"], READ),
        rule(&["apps"], &["controllerrevisions", "daemonsets", "daemonsets/status", "deployments", "deployments/scale", "deployments/status",
            "replicasets", "replicasets/scale", "replicasets/status", "statefulsets", "statefulsets/scale", "statefulsets/status"], READ),
        rule(&["autoscaling"], &["horizontalpodautoscalers", "horizontalpodautoscalers/status"], READ),
        rule(&["batch"], &["cronjobs", "cronjobs/status", "jobs", "jobs/status"], READ),
        rule(&["policy"], &["poddisruptionbudgets", "poddisruptionbudgets/status"], READ),
        rule(&["networking.k8s.io"], &["ingresses", "ingresses/status", "networkpolicies"], READ),
    ]
}

fn edit_rules() -> Vec<PolicyRule> {
    let mut r = view_rules();
    r.extend([
        rule(&[""], &["pods/attach", "pods/exec", "pods/portforward", "pods/proxy", "secrets", "services/proxy"], READ),
        rule(&[""], &["serviceaccounts"], &["impersonate"]),
        rule(&[""], &["pods", "pods/attach", "pods/exec", "pods/portforward", "pods/proxy"], &["create", "delete", "deletecollection", "patch", "update"]),
        rule(&[""], &["pods/eviction"], &["create"]),
        rule(&[""], &["configmaps", "events", "persistentvolumeclaims", "replicationcontrollers", "replicationcontrollers/scale", "secrets",
            "serviceaccounts", "services", "services/proxy"], WRITE),
        rule(&[""], &["serviceaccounts/token"], &["create"]),
        rule(&["apps"], &["daemonsets", "deployments", "deployments/rollback", "deployments/scale", "replicasets", "replicasets/scale",
            "statefulsets", "statefulsets/scale"], WRITE),
        rule(&["autoscaling"], &["horizontalpodautoscalers"], WRITE),
        rule(&["batch"], &["cronjobs", "jobs"], WRITE),
        rule(&["networking.k8s.io"], &["ingresses", "networkpolicies"], WRITE),
        rule(&["policy"], &["poddisruptionbudgets"], WRITE),
        rule(&["discovery.k8s.io"], &["endpointslices"], WRITE),
    ]);
    r
}

fn admin_rules() -> Vec<PolicyRule> {
    let mut r = edit_rules();
    r.extend([
        rule(&["authorization.k8s.io"], &["localsubjectaccessreviews"], &["create"]),
        rule(&["rbac.authorization.k8s.io"], &["rolebindings", "roles"], &["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"]),
    ]);
    r
}

pub fn cluster_roles() -> Vec<ClusterRole> {
    let all = rule(&["*"], &["*"], &["*"]);
    vec![
        role("admin", admin_rules()),
        role("cluster-admin", vec![all, urls(&["*"], &["*"])]),
        role("edit", edit_rules()),
        role("system:basic-user", vec![rule(&["authorization.k8s.io"], &["selfsubjectaccessreviews", "selfsubjectrulesreviews"], &["create"])]),
        role("system:discovery", vec![urls(&["/api", "/api/*", "/apis", "/apis/*", "/healthz", "/livez", "/openapi", "/openapi/*", "/readyz", "/version", "/version/"], &["get"])]),
        role("system:kube-controller-manager", vec![rule(&["*"], &["*"], &["*"])]),
        role("system:kube-scheduler", vec![
            rule(&[""], &["pods", "nodes", "namespaces", "services", "persistentvolumeclaims", "persistentvolumes", "replicationcontrollers"], READ),
            rule(&[""], &["bindings", "pods/binding"], &["create"]),
            rule(&[""], &["pods/status"], &["patch", "update"]),
            rule(&["", "events.k8s.io"], &["events"], &["create", "patch", "update"]),
            rule(&["coordination.k8s.io"], &["leases"], &["create", "get", "update"]),
        ]),
        role("system:node", vec![
            rule(&[""], &["nodes", "nodes/status"], &["create", "get", "list", "watch", "patch", "update"]),
            rule(&[""], &["pods"], &["get", "list", "watch", "create", "delete"]),
            rule(&[""], &["pods/status"], &["patch", "update"]),
            rule(&["", "events.k8s.io"], &["events"], &["create", "patch", "update"]),
            rule(&["coordination.k8s.io"], &["leases"], &["create", "delete", "get", "patch", "update"]),
        ]),
        role("system:node-proxier", vec![
            rule(&[""], &["endpoints", "services"], &["list", "watch"]),
            rule(&[""], &["nodes"], &["get", "list", "watch"]),
            rule(&["", "events.k8s.io"], &["events"], &["create", "patch", "update"]),
            rule(&["discovery.k8s.io"], &["endpointslices"], &["list", "watch"]),
        ]),
        role("system:public-info-viewer", vec![urls(&["/healthz", "/livez", "/readyz", "/version", "/version/"], &["get"])]),
        role("view", view_rules()),
    ]
}

pub fn cluster_role_bindings() -> Vec<ClusterRoleBinding> {
    vec![
        binding("cluster-admin", "cluster-admin", &[("Group", "system:masters")]),
        binding("kubeadm:cluster-admins", "cluster-admin", &[("Group", "kubeadm:cluster-admins")]),
        binding("system:basic-user", "system:basic-user", &[("Group", "system:authenticated")]),
        binding("system:discovery", "system:discovery", &[("Group", "system:authenticated")]),
        binding("system:kube-controller-manager", "system:kube-controller-manager", &[("User", "system:kube-controller-manager")]),
        binding("system:kube-scheduler", "system:kube-scheduler", &[("User", "system:kube-scheduler")]),
        binding("system:public-info-viewer", "system:public-info-viewer", &[("Group", "system:authenticated"), ("Group", "system:unauthenticated")]),
    ]
}
