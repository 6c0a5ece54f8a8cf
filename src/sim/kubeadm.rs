//! What `kubeadm init` and `kubeadm join --control-plane` write to `/etc/kubernetes/manifests`:
//! the static pods of etcd, kube-apiserver, kube-controller-manager and kube-scheduler, with
//! kubeadm v1.34's flags, images and probes. The manifests are data (a JSON template), which keeps
//! them readable and small in the page.

use crate::api::core::Pod;

pub const ETCD_IMAGE: &str = "registry.k8s.io/etcd:3.6.4-0";
pub const K8S_VERSION: &str = "v1.34.1";

/// The four manifests; `@NODE@`, `@IP@`, `@CLUSTER@`, `@STATE@` and `@VERSION@` are filled in.
const MANIFESTS: &str = r#"[
{"apiVersion":"v1","kind":"Pod","metadata":{"name":"etcd","namespace":"kube-system","labels":{"component":"etcd","tier":"control-plane"},
 "annotations":{"kubeadm.kubernetes.io/etcd.advertise-client-urls":"https://@IP@:2379"}},
 "spec":{"containers":[{"name":"etcd","image":"registry.k8s.io/etcd:3.6.4-0","imagePullPolicy":"IfNotPresent",
  "command":["etcd","--advertise-client-urls=https://@IP@:2379","--cert-file=/etc/kubernetes/pki/etcd/server.crt","--client-cert-auth=true",
   "--data-dir=/var/lib/etcd","--feature-gates=InitialCorruptCheck=true","--initial-advertise-peer-urls=https://@IP@:2380",
   "--initial-cluster=@CLUSTER@","--initial-cluster-state=@STATE@","--key-file=/etc/kubernetes/pki/etcd/server.key",
   "--listen-client-urls=https://127.0.0.1:2379,https://@IP@:2379","--listen-metrics-urls=http://127.0.0.1:2381",
   "--listen-peer-urls=https://@IP@:2380","--name=@NODE@","--peer-cert-file=/etc/kubernetes/pki/etcd/peer.crt",
   "--peer-client-cert-auth=true","--peer-key-file=/etc/kubernetes/pki/etcd/peer.key","--peer-trusted-ca-file=/etc/kubernetes/pki/etcd/ca.crt",
   "--snapshot-count=10000","--trusted-ca-file=/etc/kubernetes/pki/etcd/ca.crt","--watch-progress-notify-interval=5s"],
  "livenessProbe":{"failureThreshold":8,"httpGet":{"host":"127.0.0.1","path":"/livez","port":2381,"scheme":"HTTP"},"initialDelaySeconds":10,"periodSeconds":10,"timeoutSeconds":15},
  "readinessProbe":{"failureThreshold":3,"httpGet":{"host":"127.0.0.1","path":"/readyz","port":2381,"scheme":"HTTP"},"periodSeconds":1,"timeoutSeconds":15},
  "startupProbe":{"failureThreshold":24,"httpGet":{"host":"127.0.0.1","path":"/readyz","port":2381,"scheme":"HTTP"},"initialDelaySeconds":10,"periodSeconds":10,"timeoutSeconds":15},
  "resources":{"requests":{"cpu":"100m","memory":"100Mi"}},
  "volumeMounts":[{"mountPath":"/var/lib/etcd","name":"etcd-data"},{"mountPath":"/etc/kubernetes/pki/etcd","name":"etcd-certs"}]}],
  "hostNetwork":true,"priority":2000001000,"priorityClassName":"system-node-critical","securityContext":{"seccompProfile":{"type":"RuntimeDefault"}},
  "volumes":[{"hostPath":{"path":"/etc/kubernetes/pki/etcd","type":"DirectoryOrCreate"},"name":"etcd-certs"},
   {"hostPath":{"path":"/var/lib/etcd","type":"DirectoryOrCreate"},"name":"etcd-data"}]}},
{"apiVersion":"v1","kind":"Pod","metadata":{"name":"kube-apiserver","namespace":"kube-system","labels":{"component":"kube-apiserver","tier":"control-plane"},
 "annotations":{"kubeadm.kubernetes.io/kube-apiserver.advertise-address.endpoint":"@IP@:6443"}},
 "spec":{"containers":[{"name":"kube-apiserver","image":"registry.k8s.io/kube-apiserver:@VERSION@","imagePullPolicy":"IfNotPresent",
  "command":["kube-apiserver","--advertise-address=@IP@","--allow-privileged=true","--authorization-mode=Node,RBAC",
   "--client-ca-file=/etc/kubernetes/pki/ca.crt","--enable-admission-plugins=NodeRestriction","--enable-bootstrap-token-auth=true",
   "--etcd-cafile=/etc/kubernetes/pki/etcd/ca.crt","--etcd-certfile=/etc/kubernetes/pki/apiserver-etcd-client.crt",
   "--etcd-keyfile=/etc/kubernetes/pki/apiserver-etcd-client.key","--etcd-servers=https://127.0.0.1:2379",
   "--kubelet-client-certificate=/etc/kubernetes/pki/apiserver-kubelet-client.crt","--kubelet-client-key=/etc/kubernetes/pki/apiserver-kubelet-client.key",
   "--kubelet-preferred-address-types=InternalIP,ExternalIP,Hostname","--proxy-client-cert-file=/etc/kubernetes/pki/front-proxy-client.crt",
   "--proxy-client-key-file=/etc/kubernetes/pki/front-proxy-client.key","--requestheader-allowed-names=front-proxy-client",
   "--requestheader-client-ca-file=/etc/kubernetes/pki/front-proxy-ca.crt","--requestheader-extra-headers-prefix=X-Remote-Extra-",
   "--requestheader-group-headers=X-Remote-Group","--requestheader-username-headers=X-Remote-User","--secure-port=6443",
   "--service-account-issuer=https://kubernetes.default.svc.cluster.local","--service-account-key-file=/etc/kubernetes/pki/sa.pub",
   "--service-account-signing-key-file=/etc/kubernetes/pki/sa.key","--service-cluster-ip-range=10.96.0.0/12",
   "--tls-cert-file=/etc/kubernetes/pki/apiserver.crt","--tls-private-key-file=/etc/kubernetes/pki/apiserver.key"],
  "livenessProbe":{"failureThreshold":8,"httpGet":{"host":"@IP@","path":"/livez","port":6443,"scheme":"HTTPS"},"initialDelaySeconds":10,"periodSeconds":10,"timeoutSeconds":15},
  "readinessProbe":{"failureThreshold":3,"httpGet":{"host":"@IP@","path":"/readyz","port":6443,"scheme":"HTTPS"},"periodSeconds":1,"timeoutSeconds":15},
  "startupProbe":{"failureThreshold":24,"httpGet":{"host":"@IP@","path":"/livez","port":6443,"scheme":"HTTPS"},"initialDelaySeconds":10,"periodSeconds":10,"timeoutSeconds":15},
  "resources":{"requests":{"cpu":"250m"}},
  "volumeMounts":[{"mountPath":"/etc/ssl/certs","name":"ca-certs","readOnly":true},{"mountPath":"/etc/ca-certificates","name":"etc-ca-certificates","readOnly":true},
   {"mountPath":"/etc/kubernetes/pki","name":"k8s-certs","readOnly":true},{"mountPath":"/usr/local/share/ca-certificates","name":"usr-local-share-ca-certificates","readOnly":true},
   {"mountPath":"/usr/share/ca-certificates","name":"usr-share-ca-certificates","readOnly":true}]}],
  "hostNetwork":true,"priority":2000001000,"priorityClassName":"system-node-critical","securityContext":{"seccompProfile":{"type":"RuntimeDefault"}},
  "volumes":[{"hostPath":{"path":"/etc/ssl/certs","type":"DirectoryOrCreate"},"name":"ca-certs"},
   {"hostPath":{"path":"/etc/ca-certificates","type":"DirectoryOrCreate"},"name":"etc-ca-certificates"},
   {"hostPath":{"path":"/etc/kubernetes/pki","type":"DirectoryOrCreate"},"name":"k8s-certs"},
   {"hostPath":{"path":"/usr/local/share/ca-certificates","type":"DirectoryOrCreate"},"name":"usr-local-share-ca-certificates"},
   {"hostPath":{"path":"/usr/share/ca-certificates","type":"DirectoryOrCreate"},"name":"usr-share-ca-certificates"}]}},
{"apiVersion":"v1","kind":"Pod","metadata":{"name":"kube-controller-manager","namespace":"kube-system","labels":{"component":"kube-controller-manager","tier":"control-plane"}},
 "spec":{"containers":[{"name":"kube-controller-manager","image":"registry.k8s.io/kube-controller-manager:@VERSION@","imagePullPolicy":"IfNotPresent",
  "command":["kube-controller-manager","--allocate-node-cidrs=true","--authentication-kubeconfig=/etc/kubernetes/controller-manager.conf",
   "--authorization-kubeconfig=/etc/kubernetes/controller-manager.conf","--bind-address=127.0.0.1","--client-ca-file=/etc/kubernetes/pki/ca.crt",
   "--cluster-cidr=10.244.0.0/16","--cluster-name=kubernetes","--cluster-signing-cert-file=/etc/kubernetes/pki/ca.crt",
   "--cluster-signing-key-file=/etc/kubernetes/pki/ca.key","--controllers=*,bootstrapsigner,tokencleaner",
   "--kubeconfig=/etc/kubernetes/controller-manager.conf","--leader-elect=true","--requestheader-client-ca-file=/etc/kubernetes/pki/front-proxy-ca.crt",
   "--root-ca-file=/etc/kubernetes/pki/ca.crt","--service-account-private-key-file=/etc/kubernetes/pki/sa.key",
   "--service-cluster-ip-range=10.96.0.0/12","--use-service-account-credentials=true"],
  "livenessProbe":{"failureThreshold":8,"httpGet":{"host":"127.0.0.1","path":"/healthz","port":10257,"scheme":"HTTPS"},"initialDelaySeconds":10,"periodSeconds":10,"timeoutSeconds":15},
  "startupProbe":{"failureThreshold":24,"httpGet":{"host":"127.0.0.1","path":"/healthz","port":10257,"scheme":"HTTPS"},"initialDelaySeconds":10,"periodSeconds":10,"timeoutSeconds":15},
  "resources":{"requests":{"cpu":"200m"}},
  "volumeMounts":[{"mountPath":"/etc/ssl/certs","name":"ca-certs","readOnly":true},{"mountPath":"/usr/libexec/kubernetes/kubelet-plugins/volume/exec","name":"flexvolume-dir"},
   {"mountPath":"/etc/kubernetes/pki","name":"k8s-certs","readOnly":true},{"mountPath":"/etc/kubernetes/controller-manager.conf","name":"kubeconfig","readOnly":true}]}],
  "hostNetwork":true,"priority":2000001000,"priorityClassName":"system-node-critical","securityContext":{"seccompProfile":{"type":"RuntimeDefault"}},
  "volumes":[{"hostPath":{"path":"/etc/ssl/certs","type":"DirectoryOrCreate"},"name":"ca-certs"},
   {"hostPath":{"path":"/usr/libexec/kubernetes/kubelet-plugins/volume/exec","type":"DirectoryOrCreate"},"name":"flexvolume-dir"},
   {"hostPath":{"path":"/etc/kubernetes/pki","type":"DirectoryOrCreate"},"name":"k8s-certs"},
   {"hostPath":{"path":"/etc/kubernetes/controller-manager.conf","type":"FileOrCreate"},"name":"kubeconfig"}]}},
{"apiVersion":"v1","kind":"Pod","metadata":{"name":"kube-scheduler","namespace":"kube-system","labels":{"component":"kube-scheduler","tier":"control-plane"}},
 "spec":{"containers":[{"name":"kube-scheduler","image":"registry.k8s.io/kube-scheduler:@VERSION@","imagePullPolicy":"IfNotPresent",
  "command":["kube-scheduler","--authentication-kubeconfig=/etc/kubernetes/scheduler.conf","--authorization-kubeconfig=/etc/kubernetes/scheduler.conf",
   "--bind-address=127.0.0.1","--kubeconfig=/etc/kubernetes/scheduler.conf","--leader-elect=true"],
  "livenessProbe":{"failureThreshold":8,"httpGet":{"host":"127.0.0.1","path":"/livez","port":10259,"scheme":"HTTPS"},"initialDelaySeconds":10,"periodSeconds":10,"timeoutSeconds":15},
  "readinessProbe":{"failureThreshold":3,"httpGet":{"host":"127.0.0.1","path":"/readyz","port":10259,"scheme":"HTTPS"},"periodSeconds":1,"timeoutSeconds":15},
  "startupProbe":{"failureThreshold":24,"httpGet":{"host":"127.0.0.1","path":"/livez","port":10259,"scheme":"HTTPS"},"initialDelaySeconds":10,"periodSeconds":10,"timeoutSeconds":15},
  "resources":{"requests":{"cpu":"100m"}},
  "volumeMounts":[{"mountPath":"/etc/kubernetes/scheduler.conf","name":"kubeconfig","readOnly":true}]}],
  "hostNetwork":true,"priority":2000001000,"priorityClassName":"system-node-critical","securityContext":{"seccompProfile":{"type":"RuntimeDefault"}},
  "volumes":[{"hostPath":{"path":"/etc/kubernetes/scheduler.conf","type":"FileOrCreate"},"name":"kubeconfig"}]}}
]"#;

/// `kubeadm init phase addon all`: CoreDNS (ConfigMap, RBAC, ServiceAccount, Deployment and the
/// `kube-dns` Service) and kube-proxy (ConfigMap, ServiceAccount, RBAC and the DaemonSet), as
/// kubeadm v1.34 writes them. `@IP@`, `@CLUSTER_CIDR@`, `@DNS_IP@` and `@VERSION@` are filled in,
/// and kube-proxy's `mode` when kubeadm's configuration sets one (`ipvs`).
const ADDONS: &str = include_str!("kubeadm_addons.json");

pub fn addons(api_ip: &str, cluster_cidr: &str, dns_ip: &str, proxy_mode: &str) -> Vec<crate::api::Object> {
    let text = ADDONS.replace("@IP@", api_ip).replace("@CLUSTER_CIDR@", cluster_cidr).replace("@DNS_IP@", dns_ip).replace("@VERSION@", K8S_VERSION);
    let text = if proxy_mode.is_empty() { text } else { text.replace("mode: \\\"\\\"", &format!("mode: {}", proxy_mode)) };
    objects(&text)
}

/// metrics-server v0.8.0's `components.yaml` (with `--kubelet-insecure-tls`, as playgrounds run
/// it), less the APIService object: the apiserver registers `metrics.k8s.io` while its Service
/// exists.
const METRICS_SERVER: &str = include_str!("metrics_server.json");

pub fn metrics_server() -> Vec<crate::api::Object> {
    objects(METRICS_SERVER)
}

/// Rancher's local-path-provisioner v0.0.31 (`local-path-storage.yaml`), its StorageClass made
/// the default as playgrounds ship it: PVCs get a hostPath volume on the node their first pod
/// is scheduled to.
const LOCAL_PATH: &str = include_str!("local_path.json");

pub fn local_path_provisioner() -> Vec<crate::api::Object> {
    objects(LOCAL_PATH)
}

/// ingress-nginx v1.14.0's bare-metal `deploy.yaml` (the controller Deployment behind a NodePort
/// Service, its RBAC and the `nginx` IngressClass), less the admission webhook and its jobs.
const INGRESS_NGINX: &str = include_str!("ingress_nginx.json");

pub fn ingress_nginx() -> Vec<crate::api::Object> {
    objects(INGRESS_NGINX)
}

/// The manifests the lab's web mirror serves (kubeplay has no internet): ingress-nginx's
/// bare-metal `deploy.yaml` of v1.14.0, as its install guide applies it.
pub const INGRESS_NGINX_URL: &str = "https://raw.githubusercontent.com/kubernetes/ingress-nginx/controller-v1.14.0/deploy/static/provider/baremetal/deploy.yaml";

pub fn lab_web(url: &str) -> Option<String> {
    (url == INGRESS_NGINX_URL).then(|| format!("{{\"apiVersion\":\"v1\",\"kind\":\"List\",\"items\":{}}}", INGRESS_NGINX))
}

fn objects(text: &str) -> Vec<crate::api::Object> {
    let values: Vec<serde_json::Value> = serde_json::from_str(text).expect("kubeadm addons");
    values
        .into_iter()
        .map(|v| {
            let kind = crate::api::Kind::from_api_version_kind(v["apiVersion"].as_str().unwrap_or(""), v["kind"].as_str().unwrap_or("")).expect("addon kind");
            crate::api::Object::from_value(kind, v).expect("addon object")
        })
        .collect()
}

/// The four control-plane static pods for a control-plane node. `initial_cluster` lists the etcd
/// members as `name=https://ip:2380` the way this member joined.
pub fn control_plane_pods(node: &str, ip: &str, initial_cluster: &str, existing: bool) -> Vec<Pod> {
    let text = MANIFESTS
        .replace("@NODE@", node)
        .replace("@IP@", ip)
        .replace("@CLUSTER@", initial_cluster)
        .replace("@STATE@", if existing { "existing" } else { "new" })
        .replace("@VERSION@", K8S_VERSION);
    k8s_openapi::json::from_str(&text).expect("kubeadm manifests")
}

/// `kubeadm init --pod-network-cidr`: the controller-manager's `--cluster-cidr` in the static pods.
pub fn set_pod_network_cidr(pods: &mut [Pod], cidr: &str) {
    let args = pods.iter_mut().filter_map(|p| p.spec.as_mut()).flat_map(|s| s.containers.iter_mut()).filter_map(|c| c.command.as_mut()).flatten();
    for arg in args.filter(|a| a.starts_with("--cluster-cidr=")) {
        *arg = format!("--cluster-cidr={}", cidr);
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn manifests_parse_for_every_node() {
        let pods = super::control_plane_pods("controlplane2", "172.30.1.3", "controlplane=https://172.30.1.2:2380,controlplane2=https://172.30.1.3:2380", true);
        let names: Vec<_> = pods.iter().map(|p| p.metadata.name.clone().unwrap_or_default()).collect();
        assert_eq!(names, ["etcd", "kube-apiserver", "kube-controller-manager", "kube-scheduler"]);
        let etcd = &pods[0].spec.as_ref().unwrap().containers[0];
        assert!(etcd.command.as_ref().unwrap().contains(&"--initial-cluster-state=existing".to_string()));
        assert!(etcd.command.as_ref().unwrap().contains(&"--name=controlplane2".to_string()));
    }

    #[test]
    fn the_pod_network_cidr_reaches_the_controller_manager_flags() {
        let mut pods = super::control_plane_pods("controlplane", "172.30.1.2", "controlplane=https://172.30.1.2:2380", false);
        super::set_pod_network_cidr(&mut pods, "10.128.0.0/9");
        let flags: Vec<&String> = pods.iter().flat_map(|p| p.spec.as_ref().unwrap().containers[0].command.as_ref().unwrap()).filter(|a| a.starts_with("--cluster-cidr")).collect();
        assert_eq!(flags, ["--cluster-cidr=10.128.0.0/9"]);
    }

    #[test]
    fn addons_parse() {
        let objs = super::addons("172.30.1.2", "10.244.0.0/16", "10.96.0.10", "");
        let names: Vec<String> = objs.iter().map(|o| format!("{:?}/{}", o.kind(), o.name())).collect();
        assert!(names.contains(&"DaemonSet/kube-proxy".to_string()), "{:?}", names);
        assert!(names.contains(&"Deployment/coredns".to_string()), "{:?}", names);
        assert!(names.contains(&"Service/kube-dns".to_string()), "{:?}", names);
        let ingress: Vec<String> = super::ingress_nginx().iter().map(|o| format!("{:?}/{}", o.kind(), o.name())).collect();
        assert!(ingress.contains(&"Deployment/ingress-nginx-controller".to_string()) && ingress.contains(&"IngressClass/nginx".to_string()), "{:?}", ingress);
    }
}
