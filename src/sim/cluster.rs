//! The `Cluster`: owns the clock, the rng, the apiserver and every component, and drives them in
//! virtual time. `step` runs every component due at the next wakeup (in a fixed order); watch
//! deliveries and component timers are the wakeups. Same seed + same commands ⇒ same trace.

use crate::api::order::Collect;
use super::clock::SimTime;
use super::command::{Command, Follow, Output, WaitFor};
use super::config::ClusterConfig;
use super::rng::SimRng;
use super::timers::TimerQueue;
use crate::api::meta::Epoch;
use crate::api::{Kind, Typed};
use crate::api::core::Namespace;
use crate::api::metav1::ObjectMeta;
use crate::apiserver::http::{Request, Response};
use crate::apiserver::watch::Owner;
use crate::apiserver::ApiServer;
use crate::client::{Ctx, TraceEvent};

#[path = "addons.rs"]
mod addons;
#[path = "faults.rs"]
mod faults;
#[path = "http.rs"]
mod http;
#[path = "hostports.rs"]
pub mod hostports;
#[path = "ingress.rs"]
mod ingress;
#[path = "observe.rs"]
mod observe;
#[path = "requests.rs"]
pub mod requests;
#[path = "waits.rs"]
pub mod waits;
use crate::controllers::ControllerManager;
use crate::kubectl::{Files, Kubectl, NoFiles, Transport};
use crate::client::leaderelection::{Candidate, LeaderElector};
use crate::kubelet::Kubelet;
use crate::network::cni::Flannel;
use crate::scheduler::Scheduler;
use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::time::Duration;

const CONTROLLER_MANAGER: Owner = 0;
const SCHEDULER: Owner = 1;
const KUBELET_BASE: Owner = 2;
/// The etcd members' election timers.
const ETCD: Owner = 1_000_000;
/// metrics-server's scrape loop (it acts only while its pod runs).
const METRICS_SERVER: Owner = 1_000_001;
/// The local-path-provisioner add-on's controller.
const LOCAL_PATH: Owner = 1_000_002;
/// The lab's load balancer (its service controller).
const SERVICE_LB: Owner = 1_000_004;
/// ingress-nginx's controller (it acts while its pod runs).
const INGRESS_NGINX: Owner = 1_000_005;
/// The kube-proxy DaemonSet's proxiers (each acts while its pod runs on its node).
const KUBE_PROXY: Owner = 1_000_003;
/// metrics-server's `--metric-resolution`.
pub const METRIC_RESOLUTION: Duration = Duration::from_secs(15);
/// The trace keeps this many recent events; older ones are dropped (and counted).
pub const TRACE_CAPACITY: usize = 20_000;
/// How long a kubectl process takes to start (load kubeconfig, read its discovery cache) before
/// its first request reaches the apiserver; the cluster keeps running meanwhile.
pub const KUBECTL_STARTUP: Duration = Duration::from_millis(60);
/// kube-apiserver's `--etcd-compaction-interval`: every 5 minutes it compacts to the revision it
/// recorded the previous time, so the store keeps 5 to 10 minutes of history.
pub const COMPACTION_INTERVAL: Duration = Duration::from_secs(300);
/// The longest a new cluster runs before it is handed to the learner.
pub const BOOT_LIMIT: Duration = Duration::from_secs(120);
/// A guard against runaway loops inside one `run_for`.
const MAX_STEPS_PER_RUN: u64 = 5_000_000;

pub struct Cluster {
    profiler: Option<Box<dyn FnMut() -> u64>>,
    busy: BTreeMap<&'static str, (u64, u64)>,
    config: ClusterConfig,
    now: SimTime,
    api: ApiServer,
    controller_manager: ControllerManager,
    local_path: Option<crate::controllers::local_path::LocalPath>,
    service_lb: Option<crate::controllers::service_lb::ServiceLb>,
    ingress: crate::controllers::ingress_nginx::IngressNginx,
    scheduler: Scheduler,
    kubelets: Vec<Kubelet>,
    names: Vec<(String, String)>,
    cni: Flannel,
    kube_proxy: crate::network::proxy::kube_proxy::KubeProxy,
    /// The node kernels' random numbers (`statistic`) and `recent` lists (node, name, source).
    net_rng: SimRng,
    /// The network maps are keyed by their parts joined with NULs (`requests::net_key`), values
    /// boxed, to use the page's existing map code rather than tuple-keyed maps of their own.
    net_recent: BTreeMap<String, SimTime>,
    /// While `kubeplay trace` records: the hops of the pods' requests.
    net_trace: Option<Vec<String>>,
    /// IPVS's scheduler state per node and virtual server (the last real server chosen), and
    /// its persistence templates (node, virtual server, client) → (real server, last used).
    ipvs_last: BTreeMap<String, String>,
    ipvs_persist: BTreeMap<String, Box<(String, SimTime)>>,
    /// When each (node, virtual server, real server)'s recent connections were made.
    ipvs_conns: BTreeMap<String, Box<Vec<SimTime>>>,
    /// The lab load balancer's turn per address (the next node to get a connection).
    lb_turns: BTreeMap<String, usize>,
    wakeups: TimerQueue<Owner>,
    /// The (time, owner) pairs in `wakeups`, under the timer queue's own map type (the owner
    /// widened into the sequence slot) rather than a set type of their own.
    pending: BTreeMap<(SimTime, u64), Owner>,
    trace: VecDeque<TraceEvent>,
    trace_dropped: u64,
    /// What each component did and why (`kubeplay timeline`, the page's timeline).
    timeline: super::timeline::Timeline,
    /// What the page's plots draw: replicas over time, requests per pod.
    metrics: super::metrics::Metrics,
    /// The last request `kubeplay trace` followed: its number, the command, its hops.
    last_trace: (u64, String, Vec<String>),
    steps: u64,
    kubectl: Kubectl,
    /// kube-controller-manager and kube-scheduler run on every control-plane node; the Lease
    /// decides which instance works.
    cm_election: LeaderElector,
    scheduler_election: LeaderElector,
    workspace: Box<dyn Files>,
    /// The control-plane host's disk where the learner works (`/root`): what the terminal's
    /// shell writes (`cat > pod.yaml <<EOF`), and what `kubectl apply -f` reads first.
    pub host_fs: crate::kubelet::sh::Fs,
    /// The ports open on that host, `kubectl port-forward`'s listeners among them.
    pub host_ports: hostports::HostPorts,
    /// The commands the learner's shells ran (lessons check them).
    pub commands: super::history::CommandLog,
    next_compaction: SimTime,
    compact_to: Option<i64>,
}

/// kubectl's transport inside the simulator: requests go straight to the REST handler; exec
/// streams go on to the pod's kubelet, as the apiserver proxies them.
pub struct ApiTransport<'a> {
    pub api: &'a mut ApiServer,
    pub kubelets: &'a mut [Kubelet],
    pub now: SimTime,
    /// Kubelets (by index) that must run at a time: an exec that sleeps.
    pub wakes: Vec<(SimTime, usize)>,
    /// The learner's machine, where port-forward listens.
    pub host: &'a mut hostports::HostPorts,
}

/// Exec stream ids: this bit, the kubelet's index above bit 32, the kubelet's own id below.
const EXEC_STREAM: u64 = 1 << 62;

/// The kubelets as the apiserver reaches them: a powered-off machine does not answer.
struct KubeletDialer<'a> {
    kubelets: &'a mut [Kubelet],
    now: SimTime,
    epoch_ms: i64,
}

impl crate::apiserver::podlog::Nodes for KubeletDialer<'_> {
    fn kubelet(&mut self, node: &str, req: &Request) -> Result<Response, String> {
        match self.kubelets.iter().find(|k| k.name() == node) {
            Some(k) => match k.unreachable() {
                None => Ok(k.serve(self.now, self.epoch_ms, req)),
                Some(why) => Err(why.into()),
            },
            None => Err("connect: connection refused".into()),
        }
    }
    fn pod_get(&mut self, ip: &str, port: u16, path: &str, agent: &str) -> Option<crate::kubelet::http::Answer> {
        // The apiserver's node (the first control plane) is the client.
        let client = self.kubelets.first().map(|k| k.config().internal_ip.clone()).unwrap_or_default();
        let now = self.now;
        self.kubelets.iter_mut().filter(|k| k.unreachable().is_none()).find_map(|k| k.http_get(now, ip, port, path, &client, agent, "-"))
    }
}

impl Transport for ApiTransport<'_> {
    fn round_trip(&mut self, req: Request) -> Response {
        let epoch_ms = self.api.epoch().unix_ms;
        let mut nodes = KubeletDialer { kubelets: self.kubelets, now: self.now, epoch_ms };
        self.api.handle_with(&req, &mut nodes)
    }
    fn open_stream(&mut self, req: Request) -> Result<u64, Response> {
        if let Some(target) = self.api.log_follow_location(&req) {
            // Not on a node yet: an empty stream that ends at once.
            let Some((node, kreq)) = target? else { return Ok(EXEC_STREAM | 0xffff_ffff) };
            let Some(i) = self.kubelets.iter().position(|k| k.name() == node && k.unreachable().is_none()) else {
                let why = self.kubelets.iter().find(|k| k.name() == node).and_then(|k| k.unreachable()).unwrap_or("connect: connection refused");
                return Err(self.api.dial_error(&node, &kreq, why));
            };
            let epoch_ms = self.api.epoch().unix_ms;
            // The kubelet's refusal (a container still waiting) is the client's BadRequest.
            let id = self.kubelets[i].follow_start(&kreq, epoch_ms, self.now).map_err(|r| {
                crate::apiserver::podlog::status(crate::apiserver::errors::ApiError::bad_request(r.body.trim_end().to_string()))
            })?;
            return Ok(EXEC_STREAM | ((i as u64) << 32) | id);
        }
        let Some(target) = self.api.exec_location(&req) else { return self.api.open_stream(&req) };
        let (node, kreq) = target?;
        let text = |code: u16, body: String| Response { code, content_type: "text/plain".into(), body, warnings: vec![] };
        let Some(i) = self.kubelets.iter().position(|k| k.name() == node) else {
            return Err(text(500, "error dialing backend: connect: connection refused".into()));
        };
        let k = &mut self.kubelets[i];
        if let Some(why) = k.unreachable() {
            return Err(text(500, format!("error dialing backend: dial tcp: {}", why)));
        }
        let id = k.exec_start(self.now, &kreq)?;
        if let Some(t) = k.exec_wake() {
            self.wakes.push((t, i));
        }
        Ok(EXEC_STREAM | ((i as u64) << 32) | id)
    }
    fn listen(&mut self, stream: u64, address: &str, port: u16, remote: u16) -> Result<u16, String> {
        self.host.listen(stream, address, port, remote)
    }
    fn read_stream(&mut self, id: u64) -> (Vec<String>, bool) {
        if id & EXEC_STREAM == 0 {
            return self.api.read_stream(id);
        }
        let i = ((id & !EXEC_STREAM) >> 32) as usize;
        match self.kubelets.get_mut(i) {
            Some(k) if k.unreachable().is_none() => k.exec_read(id & 0xffff_ffff),
            // The node went away mid-stream.
            _ => (vec![], true),
        }
    }
    fn write_stream(&mut self, id: u64, line: &str) {
        if id & EXEC_STREAM == 0 {
            return;
        }
        let i = ((id & !EXEC_STREAM) >> 32) as usize;
        if let Some(k) = self.kubelets.get_mut(i).filter(|k| k.unreachable().is_none()) {
            k.exec_write(id & 0xffff_ffff, line, self.now);
            if let Some(t) = k.next_wakeup(self.now) {
                self.wakes.push((t, i));
            }
        }
    }
    fn close_stream(&mut self, id: u64) {
        if id & EXEC_STREAM == 0 {
            return self.api.close_stream(id);
        }
        self.host.close(id);
        let i = ((id & !EXEC_STREAM) >> 32) as usize;
        if let Some(k) = self.kubelets.get_mut(i) {
            k.exec_close(id & 0xffff_ffff, self.now);
            if let Some(t) = k.next_wakeup(self.now) {
                self.wakes.push((t, i));
            }
        }
    }
}

impl Cluster {
    /// A cluster whose components have not started yet (call `run_until_idle_bounded`, or use `boot`).
    pub fn new(config: ClusterConfig) -> Self {
        let rng = SimRng::new(config.seed);
        let epoch = Epoch { unix_ms: config.epoch_unix_ms };
        let mut api = ApiServer::new(epoch, rng.fork("apiserver"), config.api.clone(), config.etcd_members());
        // kube-apiserver's system namespaces controller creates these at startup.
        for ns in ["default", "kube-node-lease", "kube-public", "kube-system"] {
            let obj = Namespace { metadata: ObjectMeta { name: Some(ns.into()), ..Default::default() }, ..Default::default() }.into_object();
            api.create("system:apiserver", Kind::Namespace, "", obj, false).expect("system namespace");
        }
        bootstrap_kubernetes_service(&mut api, &config);
        // The RBAC post-start hook and kubeadm's admin binding.
        for r in crate::apiserver::rbac_policy::cluster_roles() {
            api.create("system:apiserver", Kind::ClusterRole, "", r.into_object(), false).expect("bootstrap role");
        }
        for b in crate::apiserver::rbac_policy::cluster_role_bindings() {
            api.create("system:apiserver", Kind::ClusterRoleBinding, "", b.into_object(), false).expect("bootstrap binding");
        }
        // kube-apiserver's scheduling bootstrap creates the two system PriorityClasses.
        for (name, value, what) in [
            (crate::apiserver::admission::SYSTEM_CLUSTER_CRITICAL.0, crate::apiserver::admission::SYSTEM_CLUSTER_CRITICAL.1, "cluster"),
            (crate::apiserver::admission::SYSTEM_NODE_CRITICAL.0, crate::apiserver::admission::SYSTEM_NODE_CRITICAL.1, "node"),
        ] {
            let pc = crate::api::scheduling::PriorityClass {
                metadata: ObjectMeta { name: Some(name.into()), ..Default::default() },
                value,
                description: Some(if what == "cluster" {
                    "Used for system critical pods that must run in the cluster, but can be moved to another node if necessary.".to_string()
                } else {
                    "Used for system critical pods that must not be moved from their current node.".to_string()
                }),
                ..Default::default()
            };
            api.create("system:apiserver", Kind::PriorityClass, "", pc.into_object(), false).expect("system priority class");
        }
        // kubeadm's addon phase, as kubernetes-admin: CoreDNS and kube-proxy.
        let api_ip = config.nodes.first().map(|(n, _)| n.internal_ip.clone()).unwrap_or_default();
        api.set_field_manager(Some("kubeadm"));
        for obj in super::kubeadm::addons(&api_ip, &config.cluster_cidr, "10.96.0.10", &config.proxy_mode) {
            let (kind, ns) = (obj.kind(), obj.namespace().to_string());
            api.create("kubernetes-admin", kind, &ns, obj, false).expect("kubeadm addon");
        }
        // The other addons, as `kubectl apply -f` installs them.
        api.set_field_manager(Some("kubectl-client-side-apply"));
        if config.metrics_server {
            for obj in super::kubeadm::metrics_server() {
                let (kind, ns) = (obj.kind(), obj.namespace().to_string());
                api.create("kubernetes-admin", kind, &ns, obj, false).expect("metrics-server addon");
            }
        }
        if config.local_path {
            for obj in super::kubeadm::local_path_provisioner() {
                let (kind, ns) = (obj.kind(), obj.namespace().to_string());
                api.create("kubernetes-admin", kind, &ns, obj, false).expect("local-path-provisioner addon");
            }
        }
        if config.ingress_nginx {
            for obj in super::kubeadm::ingress_nginx() {
                let (kind, ns) = (obj.kind(), obj.namespace().to_string());
                api.create("kubernetes-admin", kind, &ns, obj, false).expect("ingress-nginx addon");
            }
        }
        api.set_field_manager(None);
        let mut wakeups = TimerQueue::new();
        let mut pending = BTreeMap::new();
        let mut names = vec![
            ("system:kube-controller-manager".to_string(), "controller-manager".to_string()),
            ("system:kube-scheduler".to_string(), "scheduler".to_string()),
        ];
        let local_path = config.local_path.then(|| {
            let mut r = rng.fork("local-path-provisioner");
            crate::controllers::local_path::LocalPath::new(crate::api::names::uuid(&mut r))
        });
        if local_path.is_some() {
            wakeups.push(SimTime::ZERO, LOCAL_PATH);
            pending.insert((SimTime::ZERO, LOCAL_PATH as u64), LOCAL_PATH);
        }
        if config.load_balancer {
            wakeups.push(SimTime::ZERO, SERVICE_LB);
            pending.insert((SimTime::ZERO, SERVICE_LB as u64), SERVICE_LB);
        }
        for owner in [CONTROLLER_MANAGER, SCHEDULER, METRICS_SERVER, KUBE_PROXY] {
            wakeups.push(SimTime::ZERO, owner);
            pending.insert((SimTime::ZERO, owner as u64), owner);
        }
        let mut kubelets = Vec::new();
        for (i, (node, start)) in config.nodes.iter().enumerate() {
            let owner = KUBELET_BASE + i as Owner;
            let at = SimTime::ZERO + *start;
            wakeups.push(at, owner);
            pending.insert((at, owner as u64), owner);
            names.push((format!("system:node:{}", node.name), format!("kubelet/{}", node.name)));
            let mut node = node.clone();
            super::kubeadm::set_pod_network_cidr(&mut node.static_pods, &config.cluster_cidr);
            let rng = rng.fork(&format!("kubelet/{}", node.name));
            kubelets.push(Kubelet::new(node, rng));
        }
        let candidates = |component: &str| -> Vec<Candidate> {
            config
                .etcd_members()
                .into_iter()
                .map(|(node, _)| {
                    let mut r = rng.fork(&format!("leader/{}/{}", component, node));
                    let uuid = format!("{}-{}-{}-{}-{}", r.hex(8), r.hex(4), r.hex(4), r.hex(4), r.hex(12));
                    Candidate { identity: format!("{}_{}", node, uuid), node }
                })
                .collect()
        };
        let cm_election = LeaderElector::new("kube-controller-manager", candidates("kube-controller-manager"));
        let scheduler_election = LeaderElector::new("kube-scheduler", candidates("kube-scheduler"));
        let kube_proxy = crate::network::proxy::kube_proxy::KubeProxy::new(kubelets.len(), &config.cluster_cidr);
        // kubeadm's admin.conf: the first control plane's address, the cluster CA (the one pods
        // see in kube-root-ca.crt), the admin's certificate and key.
        let pem = |name: &str| crate::controllers::serviceaccount::fake_certificate(&mut rng.fork(name));
        let b64 = |text: String| crate::kubelet::sh::programs::base64_encode(text.as_bytes());
        let key = pem("pki/admin-key").replace("CERTIFICATE", "RSA PRIVATE KEY");
        let server = format!("https://{}:6443", config.nodes.first().map(|(n, _)| n.internal_ip.as_str()).unwrap_or("172.30.1.2"));
        let kubeconfig = crate::kubectl::config::Kubeconfig::admin(&server, &b64(pem("pki")), &b64(pem("pki/admin")), &b64(key));
        Cluster {
            kube_proxy,
            net_rng: rng.fork("kernel"),
            net_recent: BTreeMap::new(),
            net_trace: None,
            ipvs_last: BTreeMap::new(),
            ipvs_persist: BTreeMap::new(),
            ipvs_conns: BTreeMap::new(),
            lb_turns: BTreeMap::new(),
            profiler: None,
            busy: BTreeMap::new(),
            cm_election,
            scheduler_election,
            local_path,
            service_lb: config.load_balancer.then(Default::default),
            ingress: Default::default(),
            controller_manager: ControllerManager::new(&config.cluster_cidr, crate::controllers::serviceaccount::fake_certificate(&mut rng.fork("pki"))),
            scheduler: Scheduler::new(rng.fork("scheduler")),
            config,
            now: SimTime::ZERO,
            api,
            kubelets,
            names,
            cni: Flannel::new(),
            wakeups,
            pending,
            trace: VecDeque::new(),
            trace_dropped: 0,
            timeline: Default::default(),
            metrics: Default::default(),
            last_trace: Default::default(),
            steps: 0,
            kubectl: Kubectl::with_config(kubeconfig),
            workspace: Box::new(NoFiles),
            host_fs: {
                let mut fs = crate::kubelet::sh::Fs::default();
                fs.mkdir("/root");
                fs.cwd = "/root".into();
                fs
            },
            host_ports: Default::default(),
            commands: Default::default(),
            next_compaction: SimTime::ZERO + COMPACTION_INTERVAL,
            compact_to: None,
        }
    }

    /// A new cluster, run until its nodes have registered and become Ready (at most two minutes
    /// of cluster time: anything that keeps going longer is left to run as time passes).
    pub fn boot(config: ClusterConfig) -> Self {
        let mut c = Cluster::new(config);
        let limit = SimTime::ZERO + BOOT_LIMIT;
        let mut checked = SimTime::ZERO;
        while c.wakeups.peek_time().is_some_and(|t| t <= limit) && c.steps < 1_000_000 {
            c.step();
            // Kubelets heartbeat for ever, so "booted" means: every node Ready and every
            // kube-system pod ready (checked every half second of cluster time).
            if c.now.since(checked) >= Duration::from_millis(500) {
                checked = c.now;
                if c.booted() {
                    break;
                }
            }
        }
        c
    }

    /// Every node Ready and every kube-system pod ready.
    pub fn booted(&self) -> bool {
        use crate::api::labels::Selector;
        use crate::api::fields::FieldSelector;
        let ready = |conds: Option<&Vec<(String, String)>>| conds.is_some_and(|cs| cs.iter().any(|(t, s)| t == "Ready" && s == "True"));
        let Ok(nodes) = self.api.list(Kind::Node, None, &Selector::everything(), &FieldSelector::default()) else { return false };
        let nodes_ready = nodes.items.len() == self.config.nodes.len()
            && nodes.items.iter().all(|o| {
                let c = o.as_node().and_then(|n| n.status.as_ref()).and_then(|s| s.conditions.as_ref()).map(|cs| cs.iter().map(|c| (c.type_.clone(), c.status.clone())).collect());
                ready(c.as_ref())
            });
        let Ok(pods) = self.api.list(Kind::Pod, Some("kube-system"), &Selector::everything(), &FieldSelector::default()) else { return false };
        nodes_ready
            && !pods.items.is_empty()
            && pods.items.iter().all(|o| {
                let c = o.as_pod().and_then(|p| p.status.as_ref()).and_then(|s| s.conditions.as_ref()).map(|cs| cs.iter().map(|c| (c.type_.clone(), c.status.clone())).collect());
                ready(c.as_ref())
            })
    }

    pub fn config(&self) -> &ClusterConfig {
        &self.config
    }
    pub fn now(&self) -> SimTime {
        self.now
    }
    pub fn epoch(&self) -> Epoch {
        self.api.epoch()
    }
    pub fn steps(&self) -> u64 {
        self.steps
    }
    pub fn api(&self) -> &ApiServer {
        &self.api
    }
    /// The scheduler, for reading what it recorded (`kubeplay explain-schedule`).
    pub fn scheduler(&self) -> &Scheduler {
        &self.scheduler
    }
    /// A node's kubelet (and what its container runtime holds), by node name.
    pub fn kubelet(&self, node: &str) -> Option<&Kubelet> {
        self.kubelets.iter().find(|k| k.name() == node)
    }
    pub fn node_names(&self) -> Vec<String> {
        self.kubelets.iter().map(|k| k.name().to_string()).collect()
    }
    /// The cluster's wall clock at virtual time zero, in Unix milliseconds.
    pub fn epoch_unix_ms(&self) -> i64 {
        self.config.epoch_unix_ms
    }
    pub fn set_workspace(&mut self, files: Box<dyn Files>) {
        self.workspace = files;
    }
    /// The next time something is scheduled to happen, if anything is.
    pub fn next_wakeup(&self) -> Option<SimTime> {
        self.wakeups.peek_time()
    }

    /// Kubelets a request asked to run at a time (an exec's process sleeping).
    fn schedule_kubelets(&mut self, wakes: Vec<(SimTime, usize)>) {
        for (t, i) in wakes {
            self.schedule(t, KUBELET_BASE + i as Owner);
        }
    }

    fn schedule(&mut self, at: SimTime, owner: Owner) {
        let at = at.max(self.now);
        if self.pending.insert((at, owner as u64), owner).is_none() {
            self.wakeups.push(at, owner);
        }
    }

    fn record(&mut self, ev: TraceEvent) {
        if self.trace.len() >= TRACE_CAPACITY {
            self.trace.pop_front();
            self.trace_dropped += 1;
        }
        self.trace.push_back(ev);
    }

    /// Moves the apiserver's pending watch wakeups and audit records into the engine.
    fn collect(&mut self) {
        for (t, owner) in self.api.take_wakeups() {
            self.schedule(t, owner);
        }
        for a in self.api.take_audit() {
            self.timeline.record_write(&a);
            self.metrics.record_write(&a);
            let target = if a.namespace.is_empty() { a.name.clone() } else { format!("{}/{}", a.namespace, a.name) };
            let sub = if a.subresource.is_empty() { String::new() } else { format!("/{}", a.subresource) };
            self.record(TraceEvent {
                at: a.at,
                component: "apiserver".into(),
                message: format!("{} {} {}{} {} -> {}", a.user, a.verb, a.resource, sub, target, a.code),
            });
        }
    }

    /// Runs the etcd members' election timers and records what they did.
    fn run_etcd(&mut self) {
        self.api.raft_mut().tick(self.now);
        self.after_etcd_change();
    }

    fn after_etcd_change(&mut self) {
        let events: Vec<_> = std::mem::take(&mut self.api.raft_mut().events);
        for e in events {
            self.record(TraceEvent { at: e.at, component: "etcd".into(), message: e.message });
        }
        if let Some(t) = self.api.raft().next_wakeup() {
            self.schedule(t, ETCD);
        }
    }

    /// Measures where wall time goes, for benchmarks: `clock` returns nanoseconds from any
    /// fixed origin (the core never reads a clock itself). See `busy`.
    pub fn set_profiler(&mut self, clock: Box<dyn FnMut() -> u64>) {
        self.profiler = Some(clock);
    }

    /// (runs, nanoseconds) per component kind since `set_profiler`: `etcd`, `controller-manager`,
    /// `scheduler`, `kubelet`.
    pub fn busy(&self) -> &BTreeMap<&'static str, (u64, u64)> {
        &self.busy
    }

    /// Work-queue syncs the controller manager has finished.
    pub fn controller_syncs(&self) -> u64 {
        self.controller_manager.syncs()
    }

    fn run_component(&mut self, owner: Owner) {
        let t0 = self.profiler.as_mut().map(|clock| clock());
        crate::client::span::enter("");
        self.run_component_inner(owner);
        // What happens between components' turns comes from outside (the learner's commands).
        crate::client::span::enter("");
        if let (Some(t0), Some(clock)) = (t0, self.profiler.as_mut()) {
            let kind = match owner {
                ETCD => "etcd",
                METRICS_SERVER => "metrics-server",
                KUBE_PROXY => "kube-proxy",
                LOCAL_PATH => "local-path-provisioner",
                SERVICE_LB => "service-controller",
                INGRESS_NGINX => "ingress-nginx",
                CONTROLLER_MANAGER => "controller-manager",
                SCHEDULER => "scheduler",
                _ => "kubelet",
            };
            let e = self.busy.entry(kind).or_insert((0, 0));
            e.0 += 1;
            e.1 += clock().saturating_sub(t0);
        }
    }

    fn run_component_inner(&mut self, owner: Owner) {
        match owner {
            ETCD => return self.run_etcd(),
            METRICS_SERVER => return self.run_metrics_server(),
            LOCAL_PATH => return self.run_local_path(),
            SERVICE_LB => return self.run_service_lb(),
            INGRESS_NGINX => return self.run_ingress(),
            KUBE_PROXY => return self.run_kube_proxy(),
            _ => {}
        }
        let mut trace = Vec::new();
        let mut wakes = Vec::new();
        let Some((user, component)) = self.names.get(owner as usize).cloned() else { return };
        {
            let mut ctx = Ctx { now: self.now, api: &mut self.api, owner, user: &user, component: &component, trace: &mut trace, wakeups: &mut wakes };
            let kubelets = &self.kubelets;
            let up = |node: &str| kubelets.iter().any(|k| k.name() == node && k.is_connected());
            match owner {
                CONTROLLER_MANAGER => {
                    if self.cm_election.tick(&mut ctx, &up).is_some() {
                        self.controller_manager.handle(&mut ctx);
                    }
                }
                SCHEDULER => {
                    if self.scheduler_election.tick(&mut ctx, &up).is_some() {
                        self.scheduler.handle(&mut ctx);
                    }
                }
                k => {
                    let i = (k - KUBELET_BASE) as usize;
                    if let Some(kubelet) = self.kubelets.get_mut(i) {
                        let start = SimTime::ZERO + self.config.nodes[i].1;
                        if self.now >= start {
                            kubelet.handle(&mut ctx, &mut self.cni);
                        } else {
                            wakes.push(start);
                        }
                    }
                }
            }
        }
        if let Some(k) = owner.checked_sub(KUBELET_BASE).and_then(|i| self.kubelets.get_mut(i as usize)) {
            for ev in &trace {
                k.journal(ev.at, "kubelet", ev.message.clone());
            }
        }
        if let Some(i) = owner.checked_sub(KUBELET_BASE).filter(|i| (*i as usize) < self.kubelets.len()) {
            let i = i as usize;
            self.serve_network(i);
            // A kube-proxy process that just started syncs at once.
            let started = self.kubelets[i].container_started("kube-system", crate::network::proxy::kube_proxy::IMAGE);
            if started.is_some() && started != self.kube_proxy.seen_start(i) {
                self.schedule(self.now, KUBE_PROXY);
            }
            if self.ingress_started(i) {
                self.schedule(self.now, INGRESS_NGINX);
            }
        }
        for ev in trace {
            self.record(ev);
        }
        for t in wakes {
            self.schedule(t, owner);
        }
        self.collect();
    }

    /// kube-proxy: each node's proxier syncs while its container runs on a node that is up.
    fn run_kube_proxy(&mut self) {
        use crate::network::proxy::kube_proxy::IMAGE;
        let started: Vec<Option<SimTime>> = self.kubelets.iter().map(|k| k.container_started("kube-system", IMAGE).filter(|_| k.is_connected())).collect();
        let names = self.node_names();
        let mut trace = Vec::new();
        let mut wakes = Vec::new();
        {
            let user = "system:serviceaccount:kube-system:kube-proxy";
            let mut ctx = Ctx { now: self.now, api: &mut self.api, owner: KUBE_PROXY, user, component: "kube-proxy", trace: &mut trace, wakeups: &mut wakes };
            if let Some(round) = self.kube_proxy.handle(&mut ctx, &names, &started) {
                let on = if round.nodes.len() <= 5 { round.nodes.join(", ") } else { format!("{} nodes", round.nodes.len()) };
                let what = match round.changes.len() {
                    0 => format!("synced rules on {}: no endpoint changed", on),
                    1..=3 => format!("synced rules on {}: {}", on, round.changes.join("; ")),
                    n => format!("synced rules on {}: {}; and {} more", on, round.changes[..3].join("; "), n - 3),
                };
                self.timeline.record(self.now, "kube-proxy", what, round.cause);
            }
        }
        for ev in trace {
            self.record(ev);
        }
        for t in wakes {
            self.schedule(t, KUBE_PROXY);
        }
        self.collect();
    }

    /// The netfilter tables a node's kernel holds (kube-proxy's rules as it last wrote them).
    pub fn iptables(&self, node: &str) -> Option<std::sync::Arc<crate::network::netfilter::Tables>> {
        let i = self.kubelets.iter().position(|k| k.name() == node)?;
        let pod_cidr = self.kubelets[i].pod_cidr().map(str::to_string);
        let ip = &self.config.nodes[i].0.internal_ip;
        Some(self.kube_proxy.tables(i, node, pod_cidr, ip))
    }

    /// Runs every component due at the next wakeup. Returns false when nothing is scheduled.
    pub fn step(&mut self) -> bool {
        let Some(t) = self.wakeups.peek_time() else { return false };
        if t > self.now {
            self.now = t;
        }
        self.api.set_now(self.now);
        self.compact_if_due();
        let mut due = Vec::new();
        let mut seen: BTreeSet<u64> = BTreeSet::new();
        while let Some((at, owner)) = self.wakeups.pop_due(self.now) {
            self.pending.remove(&(at, owner as u64));
            if seen.insert(owner as u64) {
                due.push(owner);
            }
        }
        for owner in due {
            self.run_component(owner);
        }
        self.steps += 1;
        true
    }

    /// The apiserver's compactor. It runs as time passes, without a wakeup of its own: with
    /// nothing happening there is nothing to compact.
    /// Called when time has just moved to `now`, before anything runs at `now`: every interval
    /// boundary passed since the last call fires in turn, and the store's revision then is the
    /// revision at that boundary (nothing writes between steps).
    fn compact_if_due(&mut self) {
        while self.next_compaction <= self.now {
            let at = self.next_compaction;
            if let Some(rev) = self.compact_to.take() {
                if rev > self.api.store().compacted_revision() && self.api.compact(rev).is_ok() {
                    self.record(TraceEvent { at, component: "apiserver".into(), message: format!("compacted the store to revision {}", rev) });
                }
            }
            self.compact_to = Some(self.api.revision());
            self.next_compaction = at + COMPACTION_INTERVAL;
        }
    }

    /// Lets `d` of virtual time pass, running everything that falls due on the way.
    pub fn run_for(&mut self, d: Duration) {
        let target = self.now + d;
        let mut guard = 0;
        while let Some(t) = self.wakeups.peek_time() {
            if t > target || guard >= MAX_STEPS_PER_RUN {
                break;
            }
            self.step();
            guard += 1;
        }
        self.now = self.now.max(target);
        self.api.set_now(self.now);
        self.compact_if_due();
    }

    /// Steps until nothing is scheduled or `max_steps` have run; returns the steps taken.
    pub fn run_until_idle_bounded(&mut self, max_steps: u64) -> u64 {
        let mut n = 0;
        while n < max_steps && self.step() {
            n += 1;
        }
        n
    }

    /// Sends one request to the apiserver, as any client would.
    pub fn request(&mut self, req: Request) -> Response {
        self.api.set_now(self.now);
        let epoch_ms = self.api.epoch().unix_ms;
        let resp = self.api.handle_with(&req, &mut KubeletDialer { kubelets: &mut self.kubelets, now: self.now, epoch_ms });
        self.collect();
        resp
    }

    /// Executes a command at the current virtual time.
    pub fn apply(&mut self, cmd: Command) -> Output {
        match cmd {
            Command::Kubectl { args, stdin } => {
                self.run_for(KUBECTL_STARTUP);
                let (out, wakes) = self.run_kubectl(&args, stdin.as_deref());
                self.schedule_kubelets(wakes);
                self.collect();
                out
            }
            Command::Tick(d) => {
                self.run_for(d);
                Output::default()
            }
            Command::Fault(f) => self.fault(f),
        }
    }

    /// `kubectl edit` opens the page's editor pane rather than reading standard input.
    pub fn use_editor_pane(&mut self) {
        self.kubectl.editor_pane = true;
    }

    /// Runs kubectl at the current moment; returns its output and the kubelets it woke.
    fn run_kubectl(&mut self, args: &[String], stdin: Option<&str>) -> (Output, Vec<(SimTime, usize)>) {
        self.api.set_now(self.now);
        self.kubectl.now_sim_ms = self.now.as_millis();
        self.kubectl.now_unix_ms = self.config.epoch_unix_ms + self.now.as_millis() as i64;
        let mut t = ApiTransport { api: &mut self.api, kubelets: &mut self.kubelets, now: self.now, wakes: Vec::new(), host: &mut self.host_ports };
        let files = HostFiles { fs: &self.host_fs, base: self.workspace.as_ref() };
        let mut out = self.kubectl.run(args, stdin, &mut t, &files);
        for (path, text) in std::mem::take(&mut out.writes) {
            self.host_fs.write(&path, &text, false);
        }
        (out, t.wakes)
    }

    /// `etcdctl` run on the first control-plane node (where the learner's terminal is).
    pub fn etcdctl(&mut self, args: &[String], env: &std::collections::BTreeMap<String, String>) -> Output {
        self.api.set_now(self.now);
        let ip = self.config.nodes.first().map(|(n, _)| n.internal_ip.clone()).unwrap_or_default();
        let r = self.api.etcdctl(args, env, &ip);
        let mut out = Output::default();
        if r.took_ms > 0 {
            // The client waits out its timeout before it reports.
            out.wait.push(WaitFor::Until(self.now.as_millis() + r.took_ms));
        }
        out.out(r.stdout);
        out.err(r.stderr);
        out.exit_code = r.code;
        if let Some(w) = r.watch {
            out.wait.push(WaitFor::Follow(Follow::Etcd(Box::new(w))));
        }
        out
    }

}

/// kube-apiserver's endpoint reconciler: the `kubernetes` Service (the first IP of the service
/// CIDR) and its Endpoints and EndpointSlice, pointing at the control-plane's 6443.
fn bootstrap_kubernetes_service(api: &mut ApiServer, config: &ClusterConfig) {
    use crate::api::core::{EndpointAddress, EndpointPort, EndpointSubset, Endpoints, Service, ServicePort, ServiceSpec};
    use crate::api::discovery::{Endpoint, EndpointConditions, EndpointPort as SlicePort, EndpointSlice};
    use k8s_openapi::apimachinery::pkg::util::intstr::IntOrString;
    let ip = config.nodes.first().map(|(n, _)| n.internal_ip.clone()).unwrap_or_else(|| "172.30.1.2".into());
    let labels = |pairs: &[(&str, &str)]| Some(pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).into_map());
    let svc = Service {
        metadata: ObjectMeta { name: Some("kubernetes".into()), labels: labels(&[("component", "apiserver"), ("provider", "kubernetes")]), ..Default::default() },
        spec: Some(ServiceSpec {
            cluster_ip: Some("10.96.0.1".into()),
            ports: Some(vec![ServicePort { name: Some("https".into()), port: 443, target_port: Some(IntOrString::Int(6443)), ..Default::default() }]),
            ..Default::default()
        }),
        status: None,
    };
    api.create("system:apiserver", Kind::Service, "default", svc.into_object(), false).expect("kubernetes service");
    let ep = Endpoints {
        metadata: ObjectMeta { name: Some("kubernetes".into()), labels: labels(&[("endpointslice.kubernetes.io/skip-mirror", "true")]), ..Default::default() },
        subsets: Some(vec![EndpointSubset {
            addresses: Some(vec![EndpointAddress { ip: ip.clone(), ..Default::default() }]),
            ports: Some(vec![EndpointPort { name: Some("https".into()), port: 6443, protocol: Some("TCP".into()), app_protocol: None }]),
            not_ready_addresses: None,
        }]),
    };
    api.create("system:apiserver", Kind::Endpoints, "default", ep.into_object(), false).expect("kubernetes endpoints");
    let slice = EndpointSlice {
        metadata: ObjectMeta {
            name: Some("kubernetes".into()),
            labels: labels(&[("kubernetes.io/service-name", "kubernetes")]),
            ..Default::default()
        },
        address_type: "IPv4".into(),
        endpoints: vec![Endpoint { addresses: vec![ip], conditions: Some(EndpointConditions { ready: Some(true), ..Default::default() }), ..Default::default() }],
        ports: Some(vec![SlicePort { name: Some("https".into()), port: Some(6443), protocol: Some("TCP".into()), app_protocol: None }]),
    };
    api.create("system:apiserver", Kind::EndpointSlice, "default", slice.into_object(), false).expect("kubernetes endpointslice");
}

/// The files kubectl reads: the learner's on the control-plane host first, then the workspace
/// (the disk natively, nothing in the page).
struct HostFiles<'a> {
    fs: &'a crate::kubelet::sh::Fs,
    base: &'a dyn Files,
}

impl Files for HostFiles<'_> {
    fn read(&self, path: &str) -> Result<String, String> {
        match self.fs.written(path) {
            Some(text) => Ok(text.to_string()),
            None => self.base.read(path),
        }
    }
    fn list_dir(&self, path: &str) -> Option<Vec<String>> {
        let image = crate::kubelet::sh::programs::Image::Ubuntu;
        let dir = self.fs.abs(path);
        let files: Vec<String> = self.fs.list(image, &dir).into_iter().filter(|n| self.fs.written(&format!("{}/{}", dir.trim_end_matches('/'), n)).is_some()).collect();
        if files.is_empty() {
            self.base.list_dir(path)
        } else {
            Some(files)
        }
    }
    fn entries(&self, path: &str) -> Option<Vec<String>> {
        let image = crate::kubelet::sh::programs::Image::Ubuntu;
        if self.fs.is_dir(image, path) && self.fs.written(path).is_none() {
            return Some(self.fs.list(image, &self.fs.abs(path)));
        }
        self.base.entries(path)
    }
}
