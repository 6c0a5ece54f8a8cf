//! `kubectl describe`: whole outputs compared with kubectl v1.34's layouts (values that depend on
//! the seed — IPs, generated names, ids, times — are read from `kubectl get -o json` first), the
//! builder's errors, name prefixes, selectors, and every served kind described without a panic.

use crate::support::*;
use kubeplay::shell::run_script;
use kubeplay::sim::Cluster;
use serde_json::Value;

fn json(c: &mut Cluster, what: &str) -> Value {
    let text = run(c, &format!("kubectl get {} -o json", what));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {}\n{}", what, e, text))
}

fn s(v: &Value) -> String {
    v.as_str().unwrap_or_else(|| panic!("not a string: {}", v)).to_string()
}

/// An RFC3339 timestamp from the API as describe prints it (`time.RFC1123Z`, UTC).
fn rfc(v: &Value) -> String {
    let ts: k8s_openapi::jiff::Timestamp = s(v).parse().unwrap();
    ts.strftime("%a, %d %b %Y %H:%M:%S +0000").to_string()
}

const NGINX_POD: &str = "apiVersion: v1
kind: Pod
metadata:
  name: nginx
  labels:
    run: nginx
spec:
  containers:
  - name: nginx
    image: nginx
    ports:
    - containerPort: 80
";

#[test]
fn rfc1123z_matches_go() {
    assert_eq!(rfc(&Value::String("2026-01-05T09:00:05Z".into())), "Mon, 05 Jan 2026 09:00:05 +0000");
}

#[test]
fn describe_pod_running_nginx_with_events() {
    let mut c = cluster(7);
    run_script(&mut c, &format!("{}kubeplay wait 20m30s\n", apply_heredoc(NGINX_POD)));
    let pod = json(&mut c, "pod nginx");
    let st = &pod["status"];
    let cs = &st["containerStatuses"][0];
    let node = s(&pod["spec"]["nodeName"]);
    let vol = s(&pod["spec"]["volumes"][0]["name"]);
    let events = json(&mut c, "events --field-selector involvedObject.name=nginx");
    let pulled = events["items"].as_array().unwrap().iter().find(|e| e["reason"] == "Pulled").map(|e| s(&e["message"])).expect("a Pulled event");
    let want = format!(
        "Name:             nginx
Namespace:        default
Priority:         0
Service Account:  default
Node:             {node}/{host_ip}
Start Time:       {start}
Labels:           run=nginx
Annotations:      <none>
Status:           Running
IP:               {ip}
IPs:
  IP:  {ip}
Containers:
  nginx:
    Container ID:   {cid}
    Image:          nginx
    Image ID:       {iid}
    Port:           80/TCP
    Host Port:      0/TCP
    State:          Running
      Started:      {started}
    Ready:          True
    Restart Count:  0
    Environment:    <none>
    Mounts:
      /var/run/secrets/kubernetes.io/serviceaccount from {vol} (ro)
Conditions:
  Type                        Status
  PodReadyToStartContainers   True 
  Initialized                 True 
  Ready                       True 
  ContainersReady             True 
  PodScheduled                True 
Volumes:
  {vol}:
    Type:                    Projected (a volume that contains injected data from multiple sources)
    TokenExpirationSeconds:  3607
    ConfigMapName:           kube-root-ca.crt
    Optional:                false
    DownwardAPI:             true
QoS Class:                   BestEffort
Node-Selectors:              <none>
Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
                             node.kubernetes.io/unreachable:NoExecute op=Exists for 300s
Events:
  Type    Reason     Age   From               Message
  ----    ------     ----  ----               -------
  Normal  Scheduled  20m   default-scheduler  Successfully assigned default/nginx to {node}
  Normal  Pulling    20m   kubelet            Pulling image \"nginx\"
  Normal  Pulled     20m   kubelet            {pulled}
  Normal  Created    20m   kubelet            Created container: nginx
  Normal  Started    20m   kubelet            Started container nginx
",
        node = node,
        host_ip = s(&st["hostIP"]),
        start = rfc(&st["startTime"]),
        ip = s(&st["podIP"]),
        cid = s(&cs["containerID"]),
        iid = s(&cs["imageID"]),
        started = rfc(&cs["state"]["running"]["startedAt"]),
        vol = vol,
        pulled = pulled,
    );
    assert_eq!(run(&mut c, "kubectl describe pod nginx"), want);
    // The same object through TYPE/NAME, a short name and a name prefix (which adds a newline).
    assert_eq!(run(&mut c, "kubectl describe po/nginx"), want);
    assert_eq!(run(&mut c, "kubectl describe pods ngi"), format!("{}\n", want));
    // Without events the section is gone entirely.
    let quiet = run(&mut c, "kubectl describe pod nginx --show-events=false");
    assert_eq!(quiet, want[..want.find("Events:").unwrap()]);
}

#[test]
fn describe_deployment_and_its_replica_sets() {
    let mut c = cluster(11);
    run_script(&mut c, "kubectl create deployment web --image=nginx:1.25 --replicas=2\nkubeplay wait 1m\nkubectl set image deployment/web nginx=nginx:1.26\nkubeplay wait 20m30s\n");
    let d = json(&mut c, "deployment web");
    let rs = json(&mut c, "rs");
    let rs_name = |image: &str| {
        rs["items"].as_array().unwrap().iter().find(|r| r["spec"]["template"]["spec"]["containers"][0]["image"] == image).map(|r| s(&r["metadata"]["name"])).unwrap()
    };
    let (old, new) = (rs_name("nginx:1.25"), rs_name("nginx:1.26"));
    let want = format!(
        "Name:                   web
Namespace:              default
CreationTimestamp:      {created}
Labels:                 app=web
Annotations:            deployment.kubernetes.io/revision: 2
Selector:               app=web
Replicas:               2 desired | 2 updated | 2 total | 2 available | 0 unavailable
StrategyType:           RollingUpdate
MinReadySeconds:        0
RollingUpdateStrategy:  25% max unavailable, 25% max surge
Pod Template:
  Labels:  app=web
  Containers:
   nginx:
    Image:         nginx:1.26
    Port:          <none>
    Host Port:     <none>
    Environment:   <none>
    Mounts:        <none>
  Volumes:         <none>
  Node-Selectors:  <none>
  Tolerations:     <none>
Conditions:
  Type           Status  Reason
  ----           ------  ------
  Available      True    MinimumReplicasAvailable
  Progressing    True    NewReplicaSetAvailable
OldReplicaSets:  {old} (0/0 replicas created)
NewReplicaSet:   {new} (2/2 replicas created)
Events:
  Type    Reason             Age   From                   Message
  ----    ------             ----  ----                   -------
  Normal  ScalingReplicaSet  21m   deployment-controller  Scaled up replica set {old} from 0 to 2
  Normal  ScalingReplicaSet  20m   deployment-controller  Scaled up replica set {new} from 0 to 1
  Normal  ScalingReplicaSet  20m   deployment-controller  Scaled down replica set {old} from 2 to 1
  Normal  ScalingReplicaSet  20m   deployment-controller  Scaled up replica set {new} from 1 to 2
  Normal  ScalingReplicaSet  20m   deployment-controller  Scaled down replica set {old} from 1 to 0
",
        created = rfc(&d["metadata"]["creationTimestamp"]),
        old = old,
        new = new,
    );
    assert_eq!(run(&mut c, "kubectl describe deployment web"), want);
    // The ReplicaSet names its owner and counts its pods by phase.
    let rs_text = run(&mut c, &format!("kubectl describe rs {}", new));
    assert!(rs_text.starts_with(&format!("Name:           {new}\nNamespace:      default\nSelector:       app=web,pod-template-hash={hash}\n", new = new, hash = &new[4..])), "{}", rs_text);
    assert!(rs_text.contains("Controlled By:  Deployment/web\nReplicas:       2 current / 2 desired\nPods Status:    2 Running / 0 Waiting / 0 Succeeded / 0 Failed\n"), "{}", rs_text);
    // Two objects are separated by two blank lines (`\n\n` before the second).
    let both = run(&mut c, "kubectl describe rs");
    assert!(both.contains("Created pod: ") && both.contains(&format!("\n\n\nName:           {}\n", new)), "{}", both);
}

#[test]
fn describe_services() {
    let mut c = cluster(3);
    let svc = "apiVersion: v1
kind: Service
metadata:
  name: db
  labels:
    tier: backend
spec:
  type: NodePort
  ports:
  - name: sql
    port: 5432
    targetPort: 5432
    nodePort: 30432
";
    run_script(&mut c, &format!("{}kubeplay wait 5s\n", apply_heredoc(svc)));
    let ip = s(&json(&mut c, "svc db")["spec"]["clusterIP"]);
    assert_eq!(
        run(&mut c, "kubectl describe svc db"),
        format!(
            "Name:                     db
Namespace:                default
Labels:                   tier=backend
Annotations:              <none>
Selector:                 <none>
Type:                     NodePort
IP Family Policy:         SingleStack
IP Families:              IPv4
IP:                       {ip}
IPs:                      {ip}
Port:                     sql  5432/TCP
TargetPort:               5432/TCP
NodePort:                 sql  30432/TCP
Endpoints:                <none>
Session Affinity:         None
External Traffic Policy:  Cluster
Internal Traffic Policy:  Cluster
Events:                   <none>
",
            ip = ip
        )
    );
    let node_ip = s(&json(&mut c, "node controlplane")["status"]["addresses"][0]["address"]);
    assert_eq!(
        run(&mut c, "kubectl describe service kubernetes"),
        format!(
            "Name:                     kubernetes
Namespace:                default
Labels:                   component=apiserver
                          provider=kubernetes
Annotations:              <none>
Selector:                 <none>
Type:                     ClusterIP
IP Family Policy:         SingleStack
IP Families:              IPv4
IP:                       10.96.0.1
IPs:                      10.96.0.1
Port:                     https  443/TCP
TargetPort:               6443/TCP
Endpoints:                {node_ip}:6443
Session Affinity:         None
Internal Traffic Policy:  Cluster
Events:                   <none>
",
            node_ip = node_ip
        )
    );
}

#[test]
fn describe_control_plane_node() {
    let mut c = cluster(5);
    run_script(&mut c, "kubeplay wait 20m30s\n");
    let n = json(&mut c, "node controlplane");
    let st = &n["status"];
    let info = &st["nodeInfo"];
    let cond = |i: usize| (rfc(&st["conditions"][i]["lastHeartbeatTime"]), rfc(&st["conditions"][i]["lastTransitionTime"]));
    let (h0, t0) = cond(0);
    let (h1, t1) = cond(1);
    let (h2, t2) = cond(2);
    let (h3, t3) = cond(3);
    // kubeadm's addons also run here: both CoreDNS replicas and a kube-proxy.
    let pods = json(&mut c, "pods -n kube-system");
    let on_cp: Vec<String> = pods["items"].as_array().unwrap().iter().filter(|p| p["spec"]["nodeName"] == "controlplane").map(|p| s(&p["metadata"]["name"])).collect();
    let dns: Vec<&String> = on_cp.iter().filter(|n| n.starts_with("coredns-")).collect();
    let proxy = on_cp.iter().find(|n| n.starts_with("kube-proxy-")).unwrap();
    let pad = |n: &str| format!("{:<40}", n);
    let lease = json(&mut c, "lease controlplane -n kube-node-lease");
    let renew = rfc(&lease["spec"]["renewTime"]);
    let (dns1, dns2, proxy) = (pad(dns[0]), pad(dns[1]), pad(proxy));
    let want = format!(
        "Name:               controlplane
Roles:              control-plane
Labels:             beta.kubernetes.io/arch=amd64
                    beta.kubernetes.io/os=linux
                    kubernetes.io/arch=amd64
                    kubernetes.io/hostname=controlplane
                    kubernetes.io/os=linux
                    node-role.kubernetes.io/control-plane=
                    node.kubernetes.io/exclude-from-external-load-balancers=
Annotations:        kubeadm.alpha.kubernetes.io/cri-socket: unix:///var/run/containerd/containerd.sock
                    node.alpha.kubernetes.io/ttl: 0
                    volumes.kubernetes.io/controller-managed-attach-detach: true
CreationTimestamp:  {created}
Taints:             node-role.kubernetes.io/control-plane:NoSchedule
Unschedulable:      false
Lease:
  HolderIdentity:  controlplane
  AcquireTime:     <unset>
  RenewTime:       {renew}
Conditions:
  Type             Status  LastHeartbeatTime                 LastTransitionTime                Reason                       Message
  ----             ------  -----------------                 ------------------                ------                       -------
  MemoryPressure   False   {h0}   {t0}   KubeletHasSufficientMemory   kubelet has sufficient memory available
  DiskPressure     False   {h1}   {t1}   KubeletHasNoDiskPressure     kubelet has no disk pressure
  PIDPressure      False   {h2}   {t2}   KubeletHasSufficientPID      kubelet has sufficient PID available
  Ready            True    {h3}   {t3}   KubeletReady                 kubelet is posting ready status
Addresses:
  InternalIP:  {ip}
  Hostname:    controlplane
Capacity:
  cpu:                2
  ephemeral-storage:  20134592Ki
  hugepages-1Gi:      0
  hugepages-2Mi:      0
  memory:             {cap_mem}
  pods:               110
Allocatable:
  cpu:                2
  ephemeral-storage:  18556039987
  hugepages-1Gi:      0
  hugepages-2Mi:      0
  memory:             {alloc_mem}
  pods:               110
System Info:
  Machine ID:                 {machine}
  System UUID:                {uuid}
  Boot ID:                    {boot}
  Kernel Version:             6.8.0-85-generic
  OS Image:                   Ubuntu 24.04.3 LTS
  Operating System:           linux
  Architecture:               amd64
  Container Runtime Version:  containerd://1.7.28
  Kubelet Version:            v1.34.1
  Kube-Proxy Version:         
PodCIDR:                      10.244.0.0/24
PodCIDRs:                     10.244.0.0/24
Non-terminated Pods:          (7 in total)
  Namespace                   Name                                    CPU Requests  CPU Limits  Memory Requests  Memory Limits  Age
  ---------                   ----                                    ------------  ----------  ---------------  -------------  ---
  kube-system                 {dns1}100m (5%)     0 (0%)      70Mi (1%)        170Mi (4%)     21m
  kube-system                 {dns2}100m (5%)     0 (0%)      70Mi (1%)        170Mi (4%)     21m
  kube-system                 etcd-controlplane                       100m (5%)     0 (0%)      100Mi (2%)       0 (0%)         21m
  kube-system                 kube-apiserver-controlplane             250m (12%)    0 (0%)      0 (0%)           0 (0%)         21m
  kube-system                 kube-controller-manager-controlplane    200m (10%)    0 (0%)      0 (0%)           0 (0%)         21m
  kube-system                 {proxy}0 (0%)        0 (0%)      0 (0%)           0 (0%)         21m
  kube-system                 kube-scheduler-controlplane             100m (5%)     0 (0%)      0 (0%)           0 (0%)         21m
Allocated resources:
  (Total limits may be over 100 percent, i.e., overcommitted.)
  Resource           Requests    Limits
  --------           --------    ------
  cpu                850m (42%)  0 (0%)
  memory             240Mi (6%)  340Mi (8%)
  ephemeral-storage  0 (0%)      0 (0%)
  hugepages-1Gi      0 (0%)      0 (0%)
  hugepages-2Mi      0 (0%)      0 (0%)
Events:
  Type    Reason          Age   From             Message
  ----    ------          ----  ----             -------
  Normal  Starting        21m   kubelet          Starting kubelet.
  Normal  NodeReady       21m   kubelet          Node controlplane status is now: NodeReady
  Normal  RegisteredNode  20m   node-controller  Node controlplane event: Registered Node controlplane in Controller
",
        created = rfc(&n["metadata"]["creationTimestamp"]),
        renew = renew,
        ip = s(&st["addresses"][0]["address"]),
        cap_mem = s(&st["capacity"]["memory"]),
        alloc_mem = s(&st["allocatable"]["memory"]),
        machine = s(&info["machineID"]),
        uuid = s(&info["systemUUID"]),
        boot = s(&info["bootID"]),
    );
    assert_eq!(run(&mut c, "kubectl describe node controlplane"), want);
}

#[test]
fn describe_config_map_secret_and_namespace() {
    let mut c = cluster(9);
    let manifests = "apiVersion: v1
kind: Namespace
metadata:
  name: dev
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: game
  namespace: dev
data:
  lives: \"3\"
  ui.properties: |
    color=blue
    size=large
binaryData:
  logo: aGVsbG8=
---
apiVersion: v1
kind: Secret
metadata:
  name: creds
  namespace: dev
stringData:
  password: hunter2
---
apiVersion: v1
kind: ResourceQuota
metadata:
  name: compute
  namespace: dev
spec:
  hard:
    pods: \"10\"
    requests.cpu: \"2\"
---
apiVersion: v1
kind: LimitRange
metadata:
  name: defaults
  namespace: dev
spec:
  limits:
  - type: Container
    defaultRequest:
      cpu: 250m
    default:
      cpu: 500m
";
    run_script(&mut c, &format!("{}kubeplay wait 10s\n", apply_heredoc(manifests)));
    assert_eq!(
        run(&mut c, "kubectl describe cm game -n dev"),
        "Name:         game
Namespace:    dev
Labels:       <none>
Annotations:  <none>

Data
====
lives:
----
3

ui.properties:
----
color=blue
size=large



BinaryData
====
logo: 5 bytes

Events:  <none>
"
    );
    assert_eq!(
        run(&mut c, "kubectl describe secret creds -n dev"),
        "Name:         creds
Namespace:    dev
Labels:       <none>
Annotations:  <none>

Type:  Opaque

Data
====
password:  7 bytes
"
    );
    assert_eq!(
        run(&mut c, "kubectl describe ns dev"),
        "Name:         dev
Labels:       kubernetes.io/metadata.name=dev
Annotations:  <none>
Status:       Active

Resource Quotas
  Name:         compute
  Resource      Used  Hard
  --------      ---   ---
  pods          0     10
  requests.cpu  0     2

Resource Limits
 Type       Resource  Min  Max  Default Request  Default Limit  Max Limit/Request Ratio
 ----       --------  ---  ---  ---------------  -------------  -----------------------
 Container  cpu       -    -    250m             500m           -
"
    );
    assert_eq!(
        run(&mut c, "kubectl describe namespace default"),
        "Name:         default
Labels:       kubernetes.io/metadata.name=default
Annotations:  <none>
Status:       Active

No resource quota.

No LimitRange resource.
"
    );
    assert_eq!(
        run(&mut c, "kubectl describe quota -n dev"),
        "Name:         compute
Namespace:    dev
Resource      Used  Hard
--------      ----  ----
pods          0     10
requests.cpu  0     2
"
    );
}

#[test]
fn describe_errors_and_empty_results() {
    let mut c = cluster(13);
    run_script(&mut c, &format!("{}kubeplay wait 10s\n", apply_heredoc(NGINX_POD)));
    let cases: &[(&str, &str)] = &[
        ("kubectl describe pods missing", "Error from server (NotFound): pods \"missing\" not found\n"),
        ("kubectl describe deployments.apps web", "Error from server (NotFound): deployments.apps \"web\" not found\n"),
        ("kubectl describe pod/a pod/b", "Error from server (NotFound): pods \"a\" not found\nError from server (NotFound): pods \"b\" not found\n"),
        ("kubectl describe podz", "error: the server doesn't have a resource type \"podz\"\n"),
        ("kubectl describe", "error: You must specify the type of resource to describe. Use \"kubectl api-resources\" for a complete list of supported resources.\n"),
        ("kubectl describe pods -l app=none", "No resources found in default namespace.\n"),
        ("kubectl describe statefulsets -A", "No resources found\n"),
        ("kubectl describe pv", "No resources found in default namespace.\n"),
        ("kubectl describe pods -n kube-public", "No resources found in kube-public namespace.\n"),
        ("kubectl describe pod nginx -A", "error: a resource cannot be retrieved by name across all namespaces\n"),
        ("kubectl describe pods,svc nginx", "error: you must specify only one resource\n"),
        ("kubectl describe pod nginx -l run=nginx", "error: name cannot be provided when a selector is specified\n"),
        ("kubectl describe pod/nginx -l run=nginx", "error: selectors and the all flag cannot be used when passing resource/name arguments\n"),
        ("kubectl describe pod/nginx pods", "error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'\n"),
        ("kubectl describe pods --bogus", "error: unknown flag: --bogus\nSee 'kubectl describe --help' for usage.\n"),
        ("kubectl describe -k dir", "error: kubeplay does not simulate \"kubectl describe -k\" yet\n"),
        ("kubectl describe -f missing.yaml", "error: the path \"missing.yaml\" does not exist\n"),
    ];
    for (line, want) in cases {
        assert_eq!(&run(&mut c, line), want, "{}", line);
    }
    // A missing name among found ones: the found ones are described, the error comes last.
    let mixed = run(&mut c, "kubectl describe pods nginx missing --show-events=false");
    assert!(mixed.starts_with("Name:             nginx\n"), "{}", mixed);
    assert!(mixed.ends_with("Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s\n                             node.kubernetes.io/unreachable:NoExecute op=Exists for 300s\nError from server (NotFound): pods \"missing\" not found\n"), "{}", mixed);
    assert!(run(&mut c, "kubectl describe --help").starts_with("Show details of a specific resource or group of resources.\n"));
}

#[test]
fn describe_selects_by_label_and_across_namespaces() {
    let mut c = cluster(17);
    run_script(&mut c, &format!("{}kubeplay wait 10s\n", apply_heredoc(NGINX_POD)));
    let by_label = run(&mut c, "kubectl describe pods -l run=nginx --show-events=false");
    assert!(by_label.starts_with("Name:             nginx\n") && by_label.lines().filter(|l| l.starts_with("Name:")).count() == 1, "{}", by_label);
    let all = run(&mut c, "kubectl describe pods -A --show-events=false");
    let names: Vec<&str> = all.lines().filter_map(|l| l.strip_prefix("Name:")).map(str::trim).collect();
    let want: Vec<String> = rows(&run(&mut c, "kubectl get pods -A")).into_iter().map(|r| r[1].clone()).collect();
    assert_eq!(names, want, "{}", all);
    assert_eq!(names.len(), 12, "{}", all);
    assert_eq!(all.matches("\n\n\nName:").count(), 11, "{}", all);
    // Static pods: a mirror pod's controller is its node; its toleration has no key.
    assert!(all.contains("Controlled By:  Node/controlplane\n"), "{}", all);
    assert!(all.contains("Tolerations:       :NoExecute op=Exists\n"), "{}", all);
}

#[test]
fn describe_generic_kinds() {
    let mut c = cluster(19);
    let lease = "apiVersion: coordination.k8s.io/v1
kind: Lease
metadata:
  name: my-lease
spec:
  holderIdentity: node01
  leaseDurationSeconds: 40
";
    run_script(&mut c, &format!("{}kubeplay wait 1s\n", apply_heredoc(lease)));
    let l = json(&mut c, "lease my-lease");
    let m = &l["metadata"];
    assert_eq!(
        run(&mut c, "kubectl describe lease my-lease"),
        format!(
            "Name:         my-lease
Namespace:    default
Labels:       <none>
Annotations:  <none>
API Version:  coordination.k8s.io/v1
Kind:         Lease
Metadata:
  Creation Timestamp:  {}
  Resource Version:    {}
  UID:                 {}
Spec:
  Holder Identity:         node01
  Lease Duration Seconds:  40
Events:                    <none>
",
            s(&m["creationTimestamp"]),
            s(&m["resourceVersion"]),
            s(&m["uid"])
        )
    );
}

#[test]
fn describe_rbac_storage_and_policy_kinds() {
    let mut c = cluster(23);
    let manifests = "apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: pod-reader
rules:
- apiGroups: [\"\"]
  resources: [\"pods\", \"pods/log\"]
  verbs: [\"get\", \"watch\", \"list\"]
- apiGroups: [\"apps\"]
  resources: [\"deployments\"]
  resourceNames: [\"web\"]
  verbs: [\"get\"]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: read-pods
subjects:
- kind: User
  name: jane
  apiGroup: rbac.authorization.k8s.io
- kind: ServiceAccount
  name: robot
  namespace: default
roleRef:
  kind: Role
  name: pod-reader
  apiGroup: rbac.authorization.k8s.io
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: zk
spec:
  minAvailable: 2
  selector:
    matchLabels:
      app: zk
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: db
spec:
  podSelector:
    matchLabels:
      role: db
  policyTypes: [Ingress]
  ingress:
  - from:
    - podSelector:
        matchLabels:
          role: frontend
    ports:
    - protocol: TCP
      port: 6379
";
    run_script(&mut c, &format!("{}kubeplay wait 1s\n", apply_heredoc(manifests)));
    assert_eq!(
        run(&mut c, "kubectl describe role pod-reader"),
        "Name:         pod-reader
Labels:       <none>
Annotations:  <none>
PolicyRule:
  Resources         Non-Resource URLs  Resource Names  Verbs
  ---------         -----------------  --------------  -----
  pods/log          []                 []              [get watch list]
  pods              []                 []              [get watch list]
  deployments.apps  []                 [web]           [get]
"
    );
    assert_eq!(
        run(&mut c, "kubectl describe rolebinding read-pods"),
        "Name:         read-pods
Labels:       <none>
Annotations:  <none>
Role:
  Kind:  Role
  Name:  pod-reader
Subjects:
  Kind            Name   Namespace
  ----            ----   ---------
  User            jane   
  ServiceAccount  robot  default
"
    );
    assert_eq!(
        run(&mut c, "kubectl describe pdb zk"),
        "Name:           zk
Namespace:      default
Min available:  2
Selector:       app=zk
Status:
    Allowed disruptions:  0
    Current:              0
    Desired:              2
    Total:                0
Events:
  Type    Reason  Age              From               Message
  ----    ------  ----             ----               -------
  Normal  NoPods  1s (x2 over 1s)  controllermanager  No matching pods found
"
    );
    let created = json(&mut c, "netpol db")["metadata"]["creationTimestamp"].clone();
    let ts: k8s_openapi::jiff::Timestamp = s(&created).parse().unwrap();
    assert_eq!(
        run(&mut c, "kubectl describe netpol db"),
        format!(
            "Name:         db
Namespace:    default
Created on:   {}
Labels:       <none>
Annotations:  <none>
Spec:
  PodSelector:     role=db
  Allowing ingress traffic:
    To Port: 6379/TCP
    From:
      PodSelector: role=frontend
  Not affecting egress traffic
  Policy Types: Ingress
",
            ts.strftime("%Y-%m-%d %H:%M:%S +0000 UTC")
        )
    );
}

const EVERY_KIND: &str = "apiVersion: v1
kind: ReplicationController
metadata:
  name: rc1
spec:
  replicas: 1
  selector:
    app: rc1
  template:
    metadata:
      labels:
        app: rc1
    spec:
      initContainers:
      - name: init
        image: busybox
        command: [\"true\"]
      containers:
      - name: c
        image: busybox
        command: [\"sh\", \"-c\", \"sleep 3600\"]
        env:
        - name: POD
          valueFrom:
            fieldRef:
              fieldPath: metadata.name
        - name: LIM
          valueFrom:
            resourceFieldRef:
              resource: limits.memory
        - name: PASS
          valueFrom:
            secretKeyRef:
              name: creds
              key: password
        envFrom:
        - configMapRef:
            name: game
          prefix: G_
        resources:
          requests:
            cpu: 100m
            memory: 64Mi
          limits:
            memory: 128Mi
        livenessProbe:
          exec:
            command: [\"cat\", \"/tmp/healthy\"]
        readinessProbe:
          tcpSocket:
            port: 8080
        volumeMounts:
        - name: data
          mountPath: /data
          subPath: sub
        - name: cfg
          mountPath: /etc/cfg
          readOnly: true
      volumes:
      - name: data
        emptyDir: {}
      - name: cfg
        configMap:
          name: game
      - name: host
        hostPath:
          path: /var/log
      - name: sec
        secret:
          secretName: creds
      - name: claim
        persistentVolumeClaim:
          claimName: claim
      tolerations:
      - operator: Exists
      nodeSelector:
        kubernetes.io/os: linux
      topologySpreadConstraints:
      - maxSkew: 1
        topologyKey: kubernetes.io/hostname
        whenUnsatisfiable: ScheduleAnyway
        labelSelector:
          matchLabels:
            app: rc1
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: game
data:
  lives: \"3\"
---
apiVersion: v1
kind: Secret
metadata:
  name: creds
stringData:
  password: hunter2
---
apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent
spec:
  selector:
    matchLabels:
      app: agent
  template:
    metadata:
      labels:
        app: agent
    spec:
      containers:
      - name: agent
        image: busybox:1.36
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  selector:
    matchLabels:
      app: db
  template:
    metadata:
      labels:
        app: db
    spec:
      containers:
      - name: db
        image: redis:7
  volumeClaimTemplates:
  - metadata:
      name: data
    spec:
      accessModes: [ReadWriteOnce]
      resources:
        requests:
          storage: 1Gi
---
apiVersion: batch/v1
kind: Job
metadata:
  name: pi
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: pi
        image: perl
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: hello
spec:
  schedule: \"*/1 * * * *\"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
          - name: hello
            image: busybox
---
apiVersion: networking.k8s.io/v1
kind: IngressClass
metadata:
  name: nginx
spec:
  controller: k8s.io/ingress-nginx
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ing
spec:
  ingressClassName: nginx
  tls:
  - hosts: [foo.com]
    secretName: creds
  rules:
  - host: foo.com
    http:
      paths:
      - path: /
        pathType: Prefix
        backend:
          service:
            name: kubernetes
            port:
              name: https
---
apiVersion: v1
kind: PersistentVolume
metadata:
  name: pv1
spec:
  capacity:
    storage: 5Gi
  accessModes: [ReadWriteOnce]
  storageClassName: slow
  hostPath:
    path: /tmp/data
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: claim
spec:
  accessModes: [ReadWriteOnce]
  storageClassName: slow
  resources:
    requests:
      storage: 1Gi
---
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: slow
provisioner: kubernetes.io/no-provisioner
volumeBindingMode: WaitForFirstConsumer
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: web
  minReplicas: 1
  maxReplicas: 10
  metrics:
  - type: Resource
    resource:
      name: cpu
      target:
        type: Utilization
        averageUtilization: 50
  behavior:
    scaleDown:
      stabilizationWindowSeconds: 300
      policies:
      - type: Percent
        value: 100
        periodSeconds: 15
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata:
  name: high
value: 1000000
description: high
---
apiVersion: coordination.k8s.io/v1
kind: Lease
metadata:
  name: my-lease
spec:
  holderIdentity: node01
";

/// Every kind the server lists, with one object of most of them, described without a panic.
#[test]
fn every_served_kind_describes() {
    let mut c = cluster(29);
    let out = run_script(&mut c, &format!("{}kubeplay wait 30s\n", apply_heredoc(EVERY_KIND)));
    assert!(!out.contains("error") && !out.contains("Error"), "{}", out);
    let kinds = [
        "pods", "replicationcontrollers", "services", "endpoints", "configmaps", "secrets", "serviceaccounts", "nodes", "namespaces", "events", "limitranges", "resourcequotas", "persistentvolumes",
        "persistentvolumeclaims", "deployments.apps", "replicasets.apps", "daemonsets.apps", "statefulsets.apps", "jobs.batch", "cronjobs.batch", "horizontalpodautoscalers.autoscaling",
        "ingresses.networking.k8s.io", "ingressclasses.networking.k8s.io", "networkpolicies.networking.k8s.io", "endpointslices.discovery.k8s.io", "leases.coordination.k8s.io",
        "poddisruptionbudgets.policy", "priorityclasses.scheduling.k8s.io", "storageclasses.storage.k8s.io", "roles.rbac.authorization.k8s.io", "rolebindings.rbac.authorization.k8s.io",
        "clusterroles.rbac.authorization.k8s.io", "clusterrolebindings.rbac.authorization.k8s.io",
    ];
    for k in kinds {
        let text = run(&mut c, &format!("kubectl describe {} -A", k));
        // v1 Endpoints answer with the v1.33 deprecation warning first.
        let text = text.strip_prefix("Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice\n").filter(|_| k == "endpoints").unwrap_or(&text).to_string();
        assert!(text.starts_with("Name:") || text == "No resources found\n", "{}:\n{}", k, text);
        assert!(!text.contains("Error from server"), "{}:\n{}", k, text);
    }
    let rc = run(&mut c, "kubectl describe rc rc1 --show-events=false");
    for piece in [
        "Init Containers:\n   init:\n",
        "    Limits:\n      memory:  128Mi\n    Requests:\n      cpu:      100m\n      memory:   64Mi\n",
        "    Liveness:   exec [cat /tmp/healthy] delay=0s timeout=1s period=10s #success=1 #failure=3\n",
        "    Readiness:  tcp-socket :8080 delay=0s timeout=1s period=10s #success=1 #failure=3\n",
        "    Environment Variables from:\n      game  ConfigMap with prefix 'G_'  Optional: false\n",
        "      POD:    (v1:metadata.name)\n      LIM:   134217728 (limits.memory)\n",
        "      PASS:  <set to the key 'password' in secret 'creds'>  Optional: false\n",
        "      /data from data (rw,path=\"sub\")\n      /etc/cfg from cfg (ro)\n",
        "   host:\n    Type:          HostPath (bare host directory volume)\n    Path:          /var/log\n    HostPathType:  \n",
        "  Topology Spread Constraints:  kubernetes.io/hostname:ScheduleAnyway when max skew 1 is exceeded for selector app=rc1\n",
        "  Tolerations:                  op=Exists\n",
    ] {
        assert!(rc.contains(piece), "missing {:?} in\n{}", piece, rc);
    }
    let from_file = run_script(&mut c, "kubectl describe -f - --show-events=false <<EOF\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: game\nEOF\n");
    assert!(from_file.contains("Name:         game\nNamespace:    default\n"), "{}", from_file);
    let gone = run_script(&mut c, "kubectl describe -f - <<EOF\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: nope\nEOF\n");
    assert!(gone.ends_with("\nError from server (NotFound): configmaps \"nope\" not found\n"), "{}", gone);
    for line in ["kubectl describe all", "kubectl describe all -A --show-events=false", "kubectl describe nodes", "kubectl describe hpa web", "kubectl describe ing ing"] {
        let text = run(&mut c, line);
        assert!(text.starts_with("Name:"), "{}: {}", line, text);
    }
}

/// Random describe lines never panic (the seed is printed by the assertion on failure).
#[test]
fn random_describe_lines_never_panic() {
    use kubeplay::sim::rng::SimRng;
    const WORDS: &[&str] = &[
        "pods", "po", "nodes", "no", "svc", "deploy", "rs", "rc", "ds", "sts", "jobs", "cj", "cm", "secret", "sa", "ns", "ep", "endpointslices", "ing", "ingressclass", "netpol", "pv", "pvc",
        "sc", "quota", "limits", "roles", "rolebindings", "clusterroles", "clusterrolebindings", "hpa", "pdb", "pc", "leases", "events", "all", "nginx", "rc1", "pod/nginx", "node/node01",
        "-A", "-l", "app=rc1", "run", "-n", "kube-system", "--show-events=false", "--show-events", "--chunk-size=1", "--chunk-size=0", "-f", "-", "x/y/z", "", "'", "=", "--", "-o", "wide",
    ];
    let mut c = cluster(31);
    run_script(&mut c, &format!("{}{}kubeplay wait 20s\n", apply_heredoc(EVERY_KIND), apply_heredoc(NGINX_POD)));
    let mut rng = SimRng::new(31);
    for step in 0..150 {
        let n = 1 + rng.below(4) as usize;
        let mut words = vec!["kubectl".to_string(), "describe".to_string()];
        for _ in 0..n {
            words.push(WORDS[rng.index(WORDS.len())].to_string());
        }
        let line = words.join(" ");
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run(&mut c, &line)));
        assert!(result.is_ok(), "seed 31 step {}: panic on {:?}", step, line);
    }
}
