//! What `kubeadm init` and `kubeadm join --control-plane` write to `/etc/kubernetes/manifests`:
//! the static pods of etcd, kube-apiserver, kube-controller-manager and kube-scheduler, with
//! kubeadm v1.34's flags, images and probes.

use crate::api::core::Pod;
use serde_json::{json, Value};

pub const ETCD_IMAGE: &str = "registry.k8s.io/etcd:3.6.4-0";
pub const K8S_VERSION: &str = "v1.34.1";

fn host_path(name: &str, path: &str, kind: &str) -> Value {
    json!({"name": name, "hostPath": {"path": path, "type": kind}})
}

fn mount(name: &str, path: &str, ro: bool) -> Value {
    if ro {
        json!({"name": name, "mountPath": path, "readOnly": true})
    } else {
        json!({"name": name, "mountPath": path})
    }
}

fn probe(host: &str, path: &str, port: u16, scheme: &str, delay: i32, failure: i32) -> Value {
    json!({"httpGet": {"host": host, "path": path, "port": port, "scheme": scheme}, "initialDelaySeconds": delay,
        "periodSeconds": 10, "timeoutSeconds": 15, "failureThreshold": failure})
}

#[allow(clippy::too_many_arguments)]
fn static_pod(name: &str, image: &str, command: Vec<String>, cpu: &str, memory: Option<&str>, mounts: Vec<Value>, volumes: Vec<Value>, probes: Value, annotations: Value) -> Pod {
    let mut requests = json!({"cpu": cpu});
    if let Some(m) = memory {
        requests["memory"] = json!(m);
    }
    let mut container = json!({
        "name": name, "image": image, "imagePullPolicy": "IfNotPresent", "command": command,
        "resources": {"requests": requests}, "volumeMounts": mounts,
    });
    for (k, v) in probes.as_object().into_iter().flatten() {
        container[k] = v.clone();
    }
    let pod = json!({
        "apiVersion": "v1", "kind": "Pod",
        "metadata": {"name": name, "namespace": "kube-system", "labels": {"component": name, "tier": "control-plane"}, "annotations": annotations},
        "spec": {
            "containers": [container],
            "hostNetwork": true,
            "priority": 2000001000,
            "priorityClassName": "system-node-critical",
            "securityContext": {"seccompProfile": {"type": "RuntimeDefault"}},
            "volumes": volumes,
        }
    });
    serde_json::from_value(pod).expect("static pod manifest")
}

fn flags(bin: &str, flags: &[(&str, String)]) -> Vec<String> {
    let mut v = vec![bin.to_string()];
    v.extend(flags.iter().map(|(k, val)| format!("--{}={}", k, val)));
    v
}

/// The four control-plane static pods for a control-plane node. `initial_cluster` lists the etcd
/// members as `name=https://ip:2380` the way this member joined.
pub fn control_plane_pods(node: &str, ip: &str, initial_cluster: &str, existing: bool) -> Vec<Pod> {
    let s = |v: &str| v.to_string();
    let pki = "/etc/kubernetes/pki";
    let etcd = static_pod(
        "etcd",
        ETCD_IMAGE,
        flags(
            "etcd",
            &[
                ("advertise-client-urls", format!("https://{}:2379", ip)),
                ("cert-file", format!("{}/etcd/server.crt", pki)),
                ("client-cert-auth", s("true")),
                ("data-dir", s("/var/lib/etcd")),
                ("feature-gates", s("InitialCorruptCheck=true")),
                ("initial-advertise-peer-urls", format!("https://{}:2380", ip)),
                ("initial-cluster", initial_cluster.to_string()),
                ("initial-cluster-state", s(if existing { "existing" } else { "new" })),
                ("key-file", format!("{}/etcd/server.key", pki)),
                ("listen-client-urls", format!("https://127.0.0.1:2379,https://{}:2379", ip)),
                ("listen-metrics-urls", s("http://127.0.0.1:2381")),
                ("listen-peer-urls", format!("https://{}:2380", ip)),
                ("name", node.to_string()),
                ("peer-cert-file", format!("{}/etcd/peer.crt", pki)),
                ("peer-client-cert-auth", s("true")),
                ("peer-key-file", format!("{}/etcd/peer.key", pki)),
                ("peer-trusted-ca-file", format!("{}/etcd/ca.crt", pki)),
                ("snapshot-count", s("10000")),
                ("trusted-ca-file", format!("{}/etcd/ca.crt", pki)),
                ("watch-progress-notify-interval", s("5s")),
            ],
        ),
        "100m",
        Some("100Mi"),
        vec![mount("etcd-data", "/var/lib/etcd", false), mount("etcd-certs", "/etc/kubernetes/pki/etcd", false)],
        vec![host_path("etcd-certs", "/etc/kubernetes/pki/etcd", "DirectoryOrCreate"), host_path("etcd-data", "/var/lib/etcd", "DirectoryOrCreate")],
        json!({"livenessProbe": probe("127.0.0.1", "/livez", 2381, "HTTP", 10, 8), "readinessProbe": probe("127.0.0.1", "/readyz", 2381, "HTTP", 0, 3),
            "startupProbe": probe("127.0.0.1", "/readyz", 2381, "HTTP", 10, 24)}),
        json!({"kubeadm.kubernetes.io/etcd.advertise-client-urls": format!("https://{}:2379", ip)}),
    );
    let apiserver = static_pod(
        "kube-apiserver",
        &format!("registry.k8s.io/kube-apiserver:{}", K8S_VERSION),
        flags(
            "kube-apiserver",
            &[
                ("advertise-address", ip.to_string()),
                ("allow-privileged", s("true")),
                ("authorization-mode", s("Node,RBAC")),
                ("client-ca-file", format!("{}/ca.crt", pki)),
                ("enable-admission-plugins", s("NodeRestriction")),
                ("enable-bootstrap-token-auth", s("true")),
                ("etcd-cafile", format!("{}/etcd/ca.crt", pki)),
                ("etcd-certfile", format!("{}/apiserver-etcd-client.crt", pki)),
                ("etcd-keyfile", format!("{}/apiserver-etcd-client.key", pki)),
                ("etcd-servers", s("https://127.0.0.1:2379")),
                ("kubelet-client-certificate", format!("{}/apiserver-kubelet-client.crt", pki)),
                ("kubelet-client-key", format!("{}/apiserver-kubelet-client.key", pki)),
                ("kubelet-preferred-address-types", s("InternalIP,ExternalIP,Hostname")),
                ("proxy-client-cert-file", format!("{}/front-proxy-client.crt", pki)),
                ("proxy-client-key-file", format!("{}/front-proxy-client.key", pki)),
                ("requestheader-allowed-names", s("front-proxy-client")),
                ("requestheader-client-ca-file", format!("{}/front-proxy-ca.crt", pki)),
                ("requestheader-extra-headers-prefix", s("X-Remote-Extra-")),
                ("requestheader-group-headers", s("X-Remote-Group")),
                ("requestheader-username-headers", s("X-Remote-User")),
                ("secure-port", s("6443")),
                ("service-account-issuer", s("https://kubernetes.default.svc.cluster.local")),
                ("service-account-key-file", format!("{}/sa.pub", pki)),
                ("service-account-signing-key-file", format!("{}/sa.key", pki)),
                ("service-cluster-ip-range", s("10.96.0.0/12")),
                ("tls-cert-file", format!("{}/apiserver.crt", pki)),
                ("tls-private-key-file", format!("{}/apiserver.key", pki)),
            ],
        ),
        "250m",
        None,
        vec![
            mount("ca-certs", "/etc/ssl/certs", true),
            mount("etc-ca-certificates", "/etc/ca-certificates", true),
            mount("k8s-certs", "/etc/kubernetes/pki", true),
            mount("usr-local-share-ca-certificates", "/usr/local/share/ca-certificates", true),
            mount("usr-share-ca-certificates", "/usr/share/ca-certificates", true),
        ],
        vec![
            host_path("ca-certs", "/etc/ssl/certs", "DirectoryOrCreate"),
            host_path("etc-ca-certificates", "/etc/ca-certificates", "DirectoryOrCreate"),
            host_path("k8s-certs", "/etc/kubernetes/pki", "DirectoryOrCreate"),
            host_path("usr-local-share-ca-certificates", "/usr/local/share/ca-certificates", "DirectoryOrCreate"),
            host_path("usr-share-ca-certificates", "/usr/share/ca-certificates", "DirectoryOrCreate"),
        ],
        json!({"livenessProbe": probe(ip, "/livez", 6443, "HTTPS", 10, 8), "readinessProbe": probe(ip, "/readyz", 6443, "HTTPS", 0, 3),
            "startupProbe": probe(ip, "/livez", 6443, "HTTPS", 10, 24)}),
        json!({"kubeadm.kubernetes.io/kube-apiserver.advertise-address.endpoint": format!("{}:6443", ip)}),
    );
    let controller_manager = static_pod(
        "kube-controller-manager",
        &format!("registry.k8s.io/kube-controller-manager:{}", K8S_VERSION),
        flags(
            "kube-controller-manager",
            &[
                ("allocate-node-cidrs", s("true")),
                ("authentication-kubeconfig", s("/etc/kubernetes/controller-manager.conf")),
                ("authorization-kubeconfig", s("/etc/kubernetes/controller-manager.conf")),
                ("bind-address", s("127.0.0.1")),
                ("client-ca-file", format!("{}/ca.crt", pki)),
                ("cluster-cidr", s("10.244.0.0/16")),
                ("cluster-name", s("kubernetes")),
                ("cluster-signing-cert-file", format!("{}/ca.crt", pki)),
                ("cluster-signing-key-file", format!("{}/ca.key", pki)),
                ("controllers", s("*,bootstrapsigner,tokencleaner")),
                ("kubeconfig", s("/etc/kubernetes/controller-manager.conf")),
                ("leader-elect", s("true")),
                ("requestheader-client-ca-file", format!("{}/front-proxy-ca.crt", pki)),
                ("root-ca-file", format!("{}/ca.crt", pki)),
                ("service-account-private-key-file", format!("{}/sa.key", pki)),
                ("service-cluster-ip-range", s("10.96.0.0/12")),
                ("use-service-account-credentials", s("true")),
            ],
        ),
        "200m",
        None,
        vec![
            mount("ca-certs", "/etc/ssl/certs", true),
            mount("flexvolume-dir", "/usr/libexec/kubernetes/kubelet-plugins/volume/exec", false),
            mount("k8s-certs", "/etc/kubernetes/pki", true),
            mount("kubeconfig", "/etc/kubernetes/controller-manager.conf", true),
        ],
        vec![
            host_path("ca-certs", "/etc/ssl/certs", "DirectoryOrCreate"),
            host_path("flexvolume-dir", "/usr/libexec/kubernetes/kubelet-plugins/volume/exec", "DirectoryOrCreate"),
            host_path("k8s-certs", "/etc/kubernetes/pki", "DirectoryOrCreate"),
            host_path("kubeconfig", "/etc/kubernetes/controller-manager.conf", "FileOrCreate"),
        ],
        json!({"livenessProbe": probe("127.0.0.1", "/healthz", 10257, "HTTPS", 10, 8), "startupProbe": probe("127.0.0.1", "/healthz", 10257, "HTTPS", 10, 24)}),
        json!({}),
    );
    let scheduler = static_pod(
        "kube-scheduler",
        &format!("registry.k8s.io/kube-scheduler:{}", K8S_VERSION),
        flags(
            "kube-scheduler",
            &[
                ("authentication-kubeconfig", s("/etc/kubernetes/scheduler.conf")),
                ("authorization-kubeconfig", s("/etc/kubernetes/scheduler.conf")),
                ("bind-address", s("127.0.0.1")),
                ("kubeconfig", s("/etc/kubernetes/scheduler.conf")),
                ("leader-elect", s("true")),
            ],
        ),
        "100m",
        None,
        vec![mount("kubeconfig", "/etc/kubernetes/scheduler.conf", true)],
        vec![host_path("kubeconfig", "/etc/kubernetes/scheduler.conf", "FileOrCreate")],
        json!({"livenessProbe": probe("127.0.0.1", "/livez", 10259, "HTTPS", 10, 8), "readinessProbe": probe("127.0.0.1", "/readyz", 10259, "HTTPS", 0, 3),
            "startupProbe": probe("127.0.0.1", "/livez", 10259, "HTTPS", 10, 24)}),
        json!({}),
    );
    vec![etcd, apiserver, controller_manager, scheduler]
}
