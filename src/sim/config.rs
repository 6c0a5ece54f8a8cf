//! Cluster configurations: the default is shaped like a small kubeadm cluster — `controlplane`
//! (tainted NoSchedule) and workers `node01`, `node02`, flannel's 10.244.0.0/16 pod network.

use crate::apiserver::ApiConfig;
use crate::api::core::Taint;
use crate::kubelet::NodeConfig;
use std::collections::BTreeMap;
use std::time::Duration;

/// 2026-01-05T09:00:00Z: the fixed virtual epoch of native clusters (a browser cluster uses the real time).
pub const DEFAULT_EPOCH_UNIX_MS: i64 = 1_767_603_600_000;
pub const DEFAULT_SEED: u64 = 1;

#[derive(Clone, Debug)]
pub struct ClusterConfig {
    pub seed: u64,
    pub epoch_unix_ms: i64,
    pub cluster_cidr: String,
    /// Nodes in join order, with how long after the cluster's start each kubelet starts.
    pub nodes: Vec<(NodeConfig, Duration)>,
    pub api: ApiConfig,
    /// Whether metrics-server is installed (`kubectl top`, HorizontalPodAutoscalers).
    pub metrics_server: bool,
    /// Rancher's local-path-provisioner and its default StorageClass `local-path`.
    pub local_path: bool,
    /// The lab's load balancer: Services of type LoadBalancer get an external address.
    pub load_balancer: bool,
    /// ingress-nginx installed (its bare-metal manifest: a NodePort Service in `ingress-nginx`).
    pub ingress_nginx: bool,
    /// kube-proxy's mode in kubeadm's KubeProxyConfiguration (`ipvs`; empty: the default, iptables).
    pub proxy_mode: String,
}

fn node(name: &str, ip: &str, control_plane: bool) -> NodeConfig {
    let mut labels = BTreeMap::new();
    let mut taints = Vec::new();
    if control_plane {
        labels.insert("node-role.kubernetes.io/control-plane".to_string(), String::new());
        labels.insert("node.kubernetes.io/exclude-from-external-load-balancers".to_string(), String::new());
        taints.push(Taint { key: "node-role.kubernetes.io/control-plane".into(), effect: "NoSchedule".into(), value: None, time_added: None });
    }
    NodeConfig {
        name: name.to_string(),
        internal_ip: ip.to_string(),
        cpu: "2".into(),
        memory_ki: if control_plane { 4_005_812 } else { 4_005_828 },
        max_pods: 110,
        ephemeral_storage_ki: 20_134_592,
        os_image: "Ubuntu 24.04.3 LTS".into(),
        kernel_version: "6.8.0-85-generic".into(),
        container_runtime_version: "containerd://1.7.28".into(),
        kubelet_version: "v1.34.1".into(),
        labels,
        register_with_taints: taints,
        static_pods: Vec::new(),
        preloaded_images: Vec::new(),
    }
}

/// kubeadm's control-plane node: its static pods, and the images `kubeadm config images pull` fetched.
fn control_plane(name: &str, ip: &str, initial_cluster: &str, existing: bool) -> NodeConfig {
    let mut n = node(name, ip, true);
    n.static_pods = super::kubeadm::control_plane_pods(name, ip, initial_cluster, existing);
    let v = super::kubeadm::K8S_VERSION;
    n.preloaded_images = vec![
        super::kubeadm::ETCD_IMAGE.to_string(),
        format!("registry.k8s.io/kube-apiserver:{}", v),
        format!("registry.k8s.io/kube-controller-manager:{}", v),
        format!("registry.k8s.io/kube-scheduler:{}", v),
        format!("registry.k8s.io/kube-proxy:{}", v),
        "registry.k8s.io/coredns/coredns:v1.12.1".to_string(),
        "registry.k8s.io/pause:3.10.1".to_string(),
    ];
    n
}

impl ClusterConfig {
    /// The etcd members: one stacked member per control-plane node, named after it (as kubeadm does).
    pub fn etcd_members(&self) -> Vec<(String, String)> {
        self.nodes
            .iter()
            .filter(|(n, _)| n.labels.contains_key("node-role.kubernetes.io/control-plane"))
            .map(|(n, _)| (n.name.clone(), n.internal_ip.clone()))
            .collect()
    }

    /// kubeadm's stacked HA topology: `controlplane`, `controlplane2`, `controlplane3` (each with an
    /// etcd member), then the workers.
    pub fn kubeadm_ha(seed: u64, control_planes: usize) -> Self {
        let mut c = Self::kubeadm(seed);
        let workers: Vec<(NodeConfig, Duration)> = c.nodes.drain(1..).collect();
        let mut cluster = String::from("controlplane=https://172.30.1.2:2380");
        for i in 2..=control_planes.max(1) {
            let ip = format!("172.30.1.{}", 1 + i);
            let name = format!("controlplane{}", i);
            cluster.push_str(&format!(",{}=https://{}:2380", name, ip));
            c.nodes.push((control_plane(&name, &ip, &cluster, true), Duration::from_secs(2 + i as u64)));
        }
        let offset = Duration::from_secs(2 * control_planes.max(1) as u64);
        c.nodes.extend(workers.into_iter().map(|(n, d)| (n, d + offset)));
        c
    }

    /// `controlplane`, `node01`, `node02`.
    pub fn kubeadm(seed: u64) -> Self {
        ClusterConfig {
            seed,
            epoch_unix_ms: DEFAULT_EPOCH_UNIX_MS,
            cluster_cidr: "10.244.0.0/16".into(),
            nodes: vec![
                (control_plane("controlplane", "172.30.1.2", "controlplane=https://172.30.1.2:2380", false), Duration::ZERO),
                (node("node01", "172.30.2.2", false), Duration::from_secs(4)),
                (node("node02", "172.30.2.3", false), Duration::from_secs(5)),
            ],
            api: ApiConfig::default(),
            metrics_server: true,
            local_path: true,
            load_balancer: true,
            ingress_nginx: false,
            proxy_mode: String::new(),
        }
    }

    /// A cluster of `workers` worker nodes (plus the control plane), for benchmarks and scale tests.
    pub fn with_workers(seed: u64, workers: usize) -> Self {
        let mut c = Self::kubeadm(seed);
        c.nodes.truncate(1);
        for i in 1..=workers {
            let ip = format!("172.30.{}.{}", 2 + i / 250, 2 + i % 250);
            c.nodes.push((node(&format!("node{:02}", i), &ip, false), Duration::from_millis(2000 + i as u64)));
        }
        c
    }
}
