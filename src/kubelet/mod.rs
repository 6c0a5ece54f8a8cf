//! The kubelet, one per node: registers its Node, waits for the CNI to be ready (a pod CIDR), runs
//! a pod worker for each pod bound to it, reports pod status through the apiserver, and finishes
//! graceful deletions. It sees only its own pods (a `spec.nodeName` watch) and talks to the network
//! through the narrow `Cni` trait.

mod cri;
mod eviction;
mod service;
pub use eviction::binary_si as eviction_quantity;
pub use cri::mac_of as cri_mac;
pub mod env;
mod exec;
mod portforward;
pub use portforward::ForwardTarget;
mod node_status;
pub mod http;
mod prober;
mod volumes;
pub mod images;
pub mod logs;
pub mod sh;
pub mod status;
pub mod usage;
pub mod worker;

use crate::api::order::Collect;
use crate::api::core::{Node, NodeAddress, NodeCondition, NodeSpec, NodeStatus, NodeSystemInfo, Pod, Taint, ContainerImage};
use crate::api::metav1::ObjectMeta;
use crate::api::{Kind, Typed};
use crate::apiserver::DeleteOptions;
use crate::client::events::{Recorder, NORMAL, WARNING};
use crate::client::informer::{Delta, Informer};
use crate::client::Ctx;
use crate::sim::clock::SimTime;
use crate::sim::rng::SimRng;
use k8s_openapi::apimachinery::pkg::api::resource::Quantity;
use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;
use worker::{NodeRuntime, PodWorker};

/// The network plugin as the kubelet calls it (a CNI binary, in real life).
pub trait Cni {
    /// Sets up a pod's network on `node` from the node's pod CIDR; returns the pod IP.
    fn add(&mut self, node: &str, pod_cidr: &str, pod_key: &str) -> Result<String, String>;
    fn del(&mut self, node: &str, pod_key: &str);
}

/// What a node is: name, address, size and the software it reports.
#[derive(Clone, Debug)]
pub struct NodeConfig {
    pub name: String,
    pub internal_ip: String,
    pub cpu: String,
    pub memory_ki: u64,
    pub max_pods: u32,
    pub ephemeral_storage_ki: u64,
    pub os_image: String,
    pub kernel_version: String,
    pub container_runtime_version: String,
    pub kubelet_version: String,
    pub labels: BTreeMap<String, String>,
    pub register_with_taints: Vec<Taint>,
    /// The manifests in /etc/kubernetes/manifests (control-plane nodes).
    pub static_pods: Vec<Pod>,
    /// Images already on the node (kubeadm pre-pulls the control plane's).
    pub preloaded_images: Vec<String>,
}

pub struct Kubelet {
    cfg: NodeConfig,
    pods: Informer,
    /// Every Service, for the variables containers start with.
    services: Informer,
    node: Informer,
    registered: bool,
    pod_cidr: Option<String>,
    /// Boxed: a map of pointers shares the page's `BTreeMap<String, Arc<_>>` code.
    workers: BTreeMap<String, Box<PodWorker>>,
    runtime: NodeRuntime,
    recorder: Recorder,
    user: String,
    node_ready_since: Option<SimTime>,
    machine_ids: (String, String, String),
    /// Static pods whose mirror pod must be (re)created.
    mirrors_needed: BTreeSet<String>,
    started: bool,
    /// The machine is off (`kubeplay node stop`): nothing runs, nothing is reported.
    stopped: bool,
    /// Cut off from the network (`kubeplay node partition`): it runs, but reaches nobody and
    /// nobody reaches it.
    partitioned: bool,
    /// The kubelet service (`systemctl stop|start kubelet`): whether it runs, since when, its
    /// PID, and whether it has yet to announce a restart ("Starting kubelet.").
    pub service: Service,
    /// containerd's unit (`systemctl stop containerd`): while it is down the containers run on,
    /// but the kubelet can create, inspect and stop nothing, and the node is NotReady.
    pub containerd: Service,
    /// When the kubelet next renews its Lease and checks its node status (every 10s).
    next_heartbeat: Option<SimTime>,
    /// When the node status was last written (it is re-posted at least every 5 minutes).
    last_status_report: Option<SimTime>,
    /// The node's cumulative CPU time (containers and the system daemons), and when it was last
    /// integrated.
    node_cpu: (u64, SimTime),
    /// What the kubelet's unit wrote to the journal (systemd's lines and the kubelet's own), the
    /// last `JOURNAL_CAPACITY` entries.
    journal: std::collections::VecDeque<(SimTime, u32, String)>,
    /// Node memory: pressure last seen, and memory held outside Kubernetes.
    pub eviction: eviction::Eviction,
    /// Running `kubectl exec` processes, by stream id.
    pub(super) execs: Vec<(u64, exec::ExecSession)>,
    next_exec: u64,
}

/// How many journal entries a node keeps for its kubelet unit.
const JOURNAL_CAPACITY: usize = 2000;
/// The unit's description, as systemd prints it.
pub const UNIT: &str = "kubelet.service - kubelet: The Kubernetes Node Agent";

/// The kubelet's systemd unit.
#[derive(Clone, Debug)]
pub struct Service {
    pub down: bool,
    /// When it last started or stopped.
    pub since: SimTime,
    pub pid: u32,
    restarted: bool,
    /// How long it ran before it last stopped.
    pub ran_for: Option<Duration>,
}

/// CPU the node's own daemons (kubelet, containerd, the kernel) burn, in millicores, and the
/// memory they and the page cache hold.
const SYSTEM_CPU_MILLI: u64 = 25;
const SYSTEM_MEMORY: u64 = 520 * 1024 * 1024;

/// `nodeLeaseDurationSeconds` and the renew interval (a quarter of it).
pub const LEASE_DURATION_SECONDS: i32 = 40;
const LEASE_RENEW: Duration = Duration::from_secs(10);
/// `nodeStatusUpdateFrequency` and `nodeStatusReportFrequency`.
const STATUS_UPDATE: Duration = Duration::from_secs(10);
const STATUS_REPORT: Duration = Duration::from_secs(5 * 60);

fn q(s: impl Into<String>) -> Quantity {
    Quantity(s.into())
}

impl Kubelet {
    pub fn new(cfg: NodeConfig, mut rng: SimRng) -> Self {
        let machine_ids = (rng.hex(32), crate::api::names::uuid(&mut rng), crate::api::names::uuid(&mut rng));
        let runtime = NodeRuntime {
            images: cfg.preloaded_images.iter().cloned().into_set(),
            rng: rng.fork("runtime"),
            epoch_ms: 0,
            cpus: cfg.cpu.parse().unwrap_or(1),
            node: cfg.name.clone(),
            host_ip: cfg.internal_ip.clone(),
            banners: Default::default(),
            registry_down: false,
            disk: BTreeMap::new(),
            net_out: Vec::new(),
        };
        let pid = 1100 + (machine_ids.0.as_bytes()[0] as u32 % 64);
        Kubelet {
            pods: Informer::pods_on_node(&cfg.name),
            services: Informer::new(Kind::Service),
            node: Informer::with_filter(crate::apiserver::watch::WatchFilter {
                kind: Kind::Node,
                namespace: None,
                labels: Default::default(),
                fields: crate::api::fields::FieldSelector::parse(&format!("metadata.name={}", cfg.name), Kind::Node).expect("selector"),
            }),
            user: format!("system:node:{}", cfg.name),
            recorder: Recorder::new("kubelet", Some(&cfg.name)),
            cfg,
            registered: false,
            pod_cidr: None,
            workers: BTreeMap::new(),
            runtime,
            node_ready_since: None,
            machine_ids,
            mirrors_needed: BTreeSet::new(),
            started: false,
            stopped: false,
            partitioned: false,
            service: Service { down: false, since: SimTime::ZERO, pid, restarted: false, ran_for: None },
            containerd: Service { down: false, since: SimTime::ZERO, pid: pid - 500, restarted: false, ran_for: None },
            next_heartbeat: None,
            last_status_report: None,
            node_cpu: (0, SimTime::ZERO),
            execs: Vec::new(),
            next_exec: 0,
            journal: Default::default(),
            eviction: Default::default(),
        }
    }

    pub fn name(&self) -> &str {
        &self.cfg.name
    }

    /// The kubelet's HTTPS server (port 10250) as the apiserver calls it:
    /// `/containerLogs/NS/POD/CONTAINER?previous=&tailLines=&timestamps=&sinceSeconds=&limitBytes=`.
    pub fn serve(&self, now: SimTime, epoch_ms: i64, req: &crate::apiserver::http::Request) -> crate::apiserver::http::Response {
        use crate::apiserver::http::Response;
        let text = |code: u16, body: String| Response { code, content_type: "text/plain".into(), body, warnings: vec![] };
        let segs: Vec<&str> = req.path.split('/').filter(|s| !s.is_empty()).collect();
        if segs == ["healthz"] {
            return text(200, "ok".into());
        }
        let ["containerLogs", ns, pod, container] = segs.as_slice() else { return text(404, "404 page not found\n".into()) };
        let Some(w) = self.workers.get(&format!("{}/{}", ns, pod)) else {
            return text(404, format!("pod {:?} does not exist\n", pod));
        };
        let flag = |k: &str| req.query_value(k).is_some_and(|v| v == "true" || v == "1");
        let num = |k: &str| req.query_value(k).and_then(|v| v.parse::<u64>().ok());
        let since = num("sinceSeconds").map(|s| SimTime::ZERO + now.since(SimTime::ZERO).saturating_sub(Duration::from_secs(s)));
        let q = logs::LogQuery { tail_lines: num("tailLines").map(|n| n as usize), timestamps: flag("timestamps"), since, limit_bytes: num("limitBytes").map(|n| n as usize) };
        match w.log_of(container, flag("previous")) {
            Ok(log) => text(200, log.render(&q, epoch_ms)),
            Err(e) => text(400, e),
        }
    }
    pub fn user(&self) -> &str {
        &self.user
    }
    pub fn config(&self) -> &NodeConfig {
        &self.cfg
    }

    /// `kubeplay node stop`: the machine goes off. Nothing it runs reports any more.
    pub fn stop(&mut self) -> bool {
        self.execs.clear();
        !std::mem::replace(&mut self.stopped, true)
    }

    /// Back in touch (powered on, reconnected): heartbeat and run every pod worker at once.
    fn resume(&mut self, now: SimTime) {
        self.next_heartbeat = Some(now);
        for w in self.workers.values_mut() {
            w.next = Some(now);
        }
    }

    /// `kubeplay node start`: the machine is back; the kubelet heartbeats at once.
    pub fn start(&mut self, now: SimTime) -> bool {
        let was = std::mem::replace(&mut self.stopped, false);
        if was {
            self.node_cpu = (0, now);
            self.resume(now);
        }
        was
    }

    pub fn is_stopped(&self) -> bool {
        self.stopped
    }

    pub fn handle(&mut self, ctx: &mut Ctx, cni: &mut dyn Cni) {
        let owner = ctx.owner;
        if self.stopped {
            return;
        }
        if self.service.down || self.partitioned {
            // Its containers run on (the runtime is local); what needs the apiserver waits.
            for w in self.workers.values_mut() {
                if w.next.is_some_and(|t| t <= ctx.now) {
                    w.advance_runtime(ctx.now, &mut self.runtime);
                }
                if let Some(t) = w.next {
                    ctx.wake_at(t);
                }
            }
            return;
        }
        if std::mem::take(&mut self.service.restarted) && self.registered {
            if let Ok(o) = ctx.get(Kind::Node, "", &self.cfg.name) {
                self.recorder.event(ctx, &o, NORMAL, "Starting", "Starting kubelet.");
            }
        }
        if !self.started {
            self.started = true;
            self.service.since = ctx.now;
            self.journal(ctx.now, "systemd", format!("Started {}.", UNIT));
            self.start_static_pods(ctx);
        }
        self.exec_due(ctx.now);
        if !self.registered {
            self.registered = self.register(ctx);
            if !self.registered {
                ctx.wake_at(ctx.now + Duration::from_secs(7));
                return;
            }
            self.node.start(ctx.api, owner);
            self.services.start(ctx.api, owner);
            let deltas = self.pods.start(ctx.api, owner);
            self.on_pods(ctx, deltas);
        }
        let node_deltas = self.node.sync(ctx.api, owner);
        for d in node_deltas {
            if let Some(cidr) = d.object().as_node().and_then(|n| n.spec.as_ref()).and_then(|s| s.pod_cidr.clone()) {
                if self.pod_cidr.is_none() {
                    self.pod_cidr = Some(cidr.clone());
                    self.node_ready_since = Some(ctx.now);
                    ctx.trace(format!("CNI ready with pod CIDR {}; node is Ready", cidr));
                    self.write_node_status(ctx);
                    for w in self.workers.values_mut() {
                        w.next = Some(ctx.now);
                    }
                }
            }
        }
        self.services.sync(ctx.api, owner);
        let deltas = self.pods.sync(ctx.api, owner);
        self.on_pods(ctx, deltas);
        self.create_mirrors(ctx);
        self.run_workers(ctx, cni);
        if self.next_heartbeat.is_none_or(|t| t <= ctx.now) {
            self.heartbeat(ctx);
            self.next_heartbeat = Some(ctx.now + LEASE_RENEW.min(STATUS_UPDATE));
        }
        if let Some(t) = self.next_heartbeat {
            ctx.wake_at(t);
        }
        if let Some(t) = self.exec_wake() {
            ctx.wake_at(t);
        }
    }

    /// The static pods start with the kubelet, before the node is even registered: that is how
    /// kubeadm brings the control plane up.
    fn start_static_pods(&mut self, ctx: &mut Ctx) {
        let seen = ctx.api.epoch().micro_timestamp(ctx.now).to_string();
        for manifest in self.cfg.static_pods.clone() {
            let mut pod = manifest;
            let name = format!("{}-{}", pod.metadata.name.clone().unwrap_or_default(), self.cfg.name);
            let hash = crate::sim::rng::fnv1a64(format!("{}{}", name, crate::api::json_value(&pod.spec).to_string()).as_bytes());
            let hash = format!("{:016x}{:016x}", hash, hash.rotate_left(17));
            pod.metadata.name = Some(name.clone());
            pod.metadata.uid = Some(hash.clone());
            pod.metadata.annotations.get_or_insert_with(Default::default).extend([
                ("kubernetes.io/config.hash".to_string(), hash.clone()),
                ("kubernetes.io/config.seen".to_string(), seen.clone()),
                ("kubernetes.io/config.source".to_string(), "file".to_string()),
            ]);
            let spec = pod.spec.get_or_insert_with(Default::default);
            spec.node_name = Some(self.cfg.name.clone());
            // The kubelet lets static pods tolerate every NoExecute taint.
            spec.tolerations = Some(vec![Taint { key: String::new(), effect: "NoExecute".into(), value: None, time_added: None }].into_iter().map(|_| crate::api::core::Toleration {
                effect: Some("NoExecute".into()),
                operator: Some("Exists".into()),
                ..Default::default()
            }).collect());
            crate::apiserver::registry::pod::default_pod(&mut pod);
            let key = format!("kube-system/{}", name);
            let mut w = PodWorker::new(std::sync::Arc::new(pod.into_object()), ctx.now);
            w.is_static = true;
            self.workers.insert(key.clone(), Box::new(w));
            self.mirrors_needed.insert(key);
        }
    }

    /// Mirror pods: the API's read-only view of static pods (`kubernetes.io/config.mirror`).
    fn create_mirrors(&mut self, ctx: &mut Ctx) {
        if self.mirrors_needed.is_empty() || !self.registered {
            return;
        }
        let Ok(node) = ctx.get(Kind::Node, "", &self.cfg.name) else { return };
        for key in std::mem::take(&mut self.mirrors_needed) {
            let Some(w) = self.workers.get(&key) else { continue };
            let mut pod = w.pod().clone();
            let hash = pod.metadata.uid.take().unwrap_or_default();
            pod.metadata.annotations.get_or_insert_with(Default::default).insert("kubernetes.io/config.mirror".into(), hash);
            pod.metadata.owner_references = Some(vec![crate::api::metav1::OwnerReference {
                api_version: "v1".into(),
                kind: "Node".into(),
                name: self.cfg.name.clone(),
                uid: node.uid().to_string(),
                controller: Some(true),
                block_owner_deletion: None,
            }]);
            pod.status = None;
            match ctx.create("kube-system", pod.into_object()) {
                Ok(_) => ctx.trace(format!("created mirror pod {}", key)),
                Err(e) if e.is_already_exists() => {}
                Err(e) => {
                    ctx.trace(format!("creating mirror pod {} failed: {}", key, e));
                    self.mirrors_needed.insert(key.clone());
                }
            }
            if let Some(w) = self.workers.get_mut(&key) {
                w.next = Some(ctx.now);
            }
        }
    }

    fn on_pods(&mut self, ctx: &mut Ctx, deltas: Vec<Delta>) {
        for d in deltas {
            let key = d.object().cache_key();
            if self.workers.get(&key).is_some_and(|w| w.is_static) {
                self.on_mirror(ctx, &key, &d);
                continue;
            }
            match d {
                Delta::Deleted(_) => {
                    if let Some(w) = self.workers.remove(&key) {
                        // The pod's emptyDir volumes go with it.
                        let prefix = format!("emptydir:{}/", w.pod().metadata.uid.as_deref().unwrap_or(""));
                        crate::api::order::retain_map(&mut self.runtime.disk, &mut |k, _| !k.starts_with(&prefix));
                        ctx.trace(format!("pod {} removed", key));
                    }
                }
                Delta::Added(o) | Delta::Updated { new: o, .. } => {
                    let pod = Pod::from_object(&o).expect("pod");
                    let terminal = matches!(pod.status.as_ref().and_then(|s| s.phase.as_deref()), Some("Succeeded") | Some("Failed"));
                    let deleting = pod.metadata.deletion_timestamp.is_some();
                    let grace = pod.metadata.deletion_grace_period_seconds.unwrap_or(30).max(0) as u64;
                    match self.workers.get_mut(&key) {
                        Some(w) if w.pod().metadata.uid == pod.metadata.uid => {
                            w.obj = o.clone();
                            if deleting && w.evicted.is_some() {
                                w.next = Some(ctx.now);
                            }
                            if deleting && w.terminating_since.is_none() {
                                let mut events = Vec::new();
                                w.begin_termination(ctx.now, Duration::from_secs(grace), &mut self.runtime, &mut events);
                                ctx.trace(format!("pod {} is being deleted: stopping containers (grace {}s)", key, grace));
                                self.emit(ctx, &key, events);
                            }
                        }
                        _ => {
                            if terminal && !deleting {
                                continue;
                            }
                            let mut w = PodWorker::new(o.clone(), ctx.now);
                            if deleting {
                                let mut events = Vec::new();
                                w.begin_termination(ctx.now, Duration::from_secs(grace), &mut self.runtime, &mut events);
                            }
                            ctx.trace(format!("admitted pod {}", key));
                            self.workers.insert(key.clone(), Box::new(w));
                        }
                    }
                }
            }
        }
    }

    /// A mirror pod changed: a deleted mirror is put back (the static pod itself keeps running).
    fn on_mirror(&mut self, ctx: &mut Ctx, key: &str, d: &Delta) {
        match d {
            Delta::Deleted(_) => {
                self.mirrors_needed.insert(key.to_string());
            }
            Delta::Added(o) | Delta::Updated { new: o, .. } => {
                if o.meta().deletion_timestamp.is_some() {
                    let opts = DeleteOptions { grace_period_seconds: Some(0), precondition_uid: Some(o.uid().to_string()), ..Default::default() };
                    let _ = ctx.delete(Kind::Pod, o.namespace(), o.name(), &opts);
                }
            }
        }
        let _ = ctx;
    }

    fn emit(&mut self, ctx: &mut Ctx, key: &str, events: Vec<worker::KEvent>) {
        let Some(w) = self.workers.get(key) else { return };
        let obj = w.obj.clone();
        // For the timeline: the events answer the pod as last written.
        crate::client::span::caused_by(&obj);
        for e in events {
            let field = e.container.as_ref().map(|c| format!("spec.containers{{{}}}", c));
            let t = if e.warning { WARNING } else { NORMAL };
            self.recorder.event_with_field(ctx, &obj, field.as_deref(), t, e.reason, &e.message);
        }
    }

    fn run_workers(&mut self, ctx: &mut Ctx, cni: &mut dyn Cni) {
        self.runtime.epoch_ms = ctx.api.epoch().unix_ms;
        let due: Vec<String> = self.workers.iter().filter(|(_, w)| w.next.is_some_and(|t| t <= ctx.now)).map(|(k, _)| k.clone()).collect();
        if self.containerd.down {
            // Without the runtime the kubelet can only wait; the containers' programs go on.
            for key in due {
                if let Some(w) = self.workers.get_mut(&key) {
                    w.advance_runtime(ctx.now, &mut self.runtime);
                }
            }
            for w in self.workers.values() {
                if let Some(t) = w.next {
                    ctx.wake_at(t);
                }
            }
            return;
        }
        for key in due {
            let cidr = self.pod_cidr.clone().unwrap_or_default();
            let node = self.cfg.name.clone();
            let host_ip = self.cfg.internal_ip.clone();
            let events = {
                let w = self.workers.get_mut(&key).expect("worker");
                // Host-network pods use the node's address and need no CNI.
                let host_network = w.host_network();
                let network = host_network || self.pod_cidr.is_some();
                let mut add = || if host_network { Ok(host_ip.clone()) } else { cni.add(&node, &cidr, &key) };
                let ns = crate::api::meta::split_key(&key).0.to_string();
                let api: &Ctx = ctx;
                let services = &self.services;
                let links = w.pod().spec.as_ref().and_then(|s| s.enable_service_links).unwrap_or(true);
                // What a projected token is bound to: the pod's account, the pod, this node.
                let pm = &w.pod().metadata;
                let account = w.pod().spec.as_ref().and_then(|s| s.service_account_name.clone()).unwrap_or_else(|| "default".into());
                let pod_ref = (pm.name.clone().unwrap_or_default(), pm.uid.clone().unwrap_or_default());
                let mut refs = |r: &str| match r {
                    r if r.starts_with("token/") => {
                        let (secs, aud) = r[6..].split_once('/').unwrap_or(("3600", ""));
                        let node_uid = api.get(Kind::Node, "", &node).map(|o| o.uid().to_string()).unwrap_or_default();
                        let bound = crate::apiserver::tokens::Binding { pod: Some(pod_ref.clone()), node: Some((node.clone(), node_uid)) };
                        let audiences: Vec<String> = if aud.is_empty() { vec![] } else { vec![aud.to_string()] };
                        let (token, _) = api.api.mint_token(&ns, &account, &audiences, secs.parse().unwrap_or(3600), &bound).ok()?;
                        Some(volumes::Data::from([("token".to_string(), token)]))
                    }
                    "services" => {
                        // The pod's namespace (a range of the cache) and the master Service.
                        let master = services.get("default/kubernetes").filter(|_| ns != "default");
                        let seen: Vec<&crate::api::ObjectRef> = master.into_iter().chain(services.in_namespace(&ns)).collect();
                        Some(env::service_env(seen.into_iter().filter_map(|o| o.as_typed::<crate::api::core::Service>()), &ns, links))
                    }
                    r if r.starts_with("pvc/") => volumes::claim_path(api, &ns, &r[4..]),
                    _ => volumes::fetch(api, &ns, r),
                };
                // For the timeline: what the worker does answers the pod as last written.
                crate::client::span::caused_by(&w.obj);
                w.advance(ctx.now, network, &mut self.runtime, &mut add, &mut refs)
            };
            self.emit(ctx, &key, events);
            self.sync_status(ctx, &key);
            let w = self.workers.get(&key).expect("worker");
            // An evicted pod stays (Failed) until someone deletes it.
            let deleting = w.evicted.is_none() || w.pod().metadata.deletion_timestamp.is_some();
            if w.finished && !w.delete_sent && deleting {
                self.finish_deletion(ctx, &key, cni);
            }
        }
        self.system_oom(ctx);
        for w in self.workers.values() {
            if let Some(t) = w.next {
                ctx.wake_at(t);
            }
        }
    }

    /// The status manager: write the pod's status if it changed.
    fn sync_status(&mut self, ctx: &mut Ctx, key: &str) {
        let Some(w) = self.workers.get(key) else { return };
        let (ns, name) = crate::api::meta::split_key(key);
        let Ok(current) = ctx.get(Kind::Pod, ns, name) else { return };
        let Some(pod) = Pod::from_object(&current) else { return };
        if pod.metadata.uid != w.pod().metadata.uid && !w.is_static {
            return;
        }
        if w.containers.iter().any(|c| c.unseen_run()) {
            return;
        }
        let existing = pod.status.clone().unwrap_or_default();
        let status = status::build(w, &existing, &self.cfg.internal_ip, ctx.api.epoch(), ctx.now);
        if status == existing {
            return;
        }
        let before = existing.phase.clone().unwrap_or_default();
        let after = status.phase.clone().unwrap_or_default();
        let mut updated = pod.clone();
        updated.status = Some(status.clone());
        updated.metadata.resource_version = None;
        if ctx.update_status(updated.into_object()).is_ok() && before != after {
            ctx.trace(format!("pod {} phase {} -> {}", key, before, after));
        }
    }

    /// All containers have stopped: release the network and delete the pod for good (grace 0).
    fn finish_deletion(&mut self, ctx: &mut Ctx, key: &str, cni: &mut dyn Cni) {
        let Some(w) = self.workers.get_mut(key) else { return };
        w.delete_sent = true;
        let uid = w.pod().metadata.uid.clone();
        cni.del(&self.cfg.name, key);
        let (ns, name) = crate::api::meta::split_key(key);
        let opts = DeleteOptions { grace_period_seconds: Some(0), precondition_uid: uid, ..Default::default() };
        match ctx.delete(Kind::Pod, ns, name, &opts) {
            Ok(_) => ctx.trace(format!("pod {} terminated and deleted", key)),
            Err(e) => ctx.trace(format!("final delete of {} failed: {}", key, e)),
        }
    }

    pub fn next_wakeup(&self, now: SimTime) -> Option<SimTime> {
        if self.stopped {
            return None;
        }
        if !self.registered {
            return Some(now);
        }
        self.workers.values().filter_map(|w| w.next).chain(self.next_heartbeat).chain(self.exec_wake()).min()
    }

    /// Whether a running container in `namespace` comes from the image `repository`.
    pub fn runs_container(&self, namespace: &str, repository: &str) -> bool {
        self.pod_running(namespace, repository).is_some()
    }

    /// When the running container of image `repository` in `namespace` started, if one runs.
    pub fn container_started(&self, namespace: &str, repository: &str) -> Option<crate::sim::clock::SimTime> {
        let prefix = format!("{}/", namespace);
        self.workers.range(prefix.clone()..).take_while(|(k, _)| k.starts_with(&prefix)).flat_map(|(_, w)| w.containers.iter()).find_map(|c| match c.state {
            worker::CState::Running { started_at, .. } if c.image.as_ref().is_ok_and(|r| r.repository == repository) => Some(started_at),
            _ => None,
        })
    }

    /// The pod in `namespace` whose container of image `repository` runs here, if any.
    pub fn pod_running(&self, namespace: &str, repository: &str) -> Option<&str> {
        let prefix = format!("{}/", namespace);
        self.workers.range(prefix.clone()..).take_while(|(k, _)| k.starts_with(&prefix)).map(|(_, w)| w).find_map(|w| {
            let runs = w.containers.iter().any(|c| matches!(c.state, worker::CState::Running { .. }) && c.image.as_ref().is_ok_and(|r| r.repository == repository));
            runs.then(|| w.pod().metadata.name.as_deref().unwrap_or(""))
        })
    }

    /// The Summary API's resource metrics (`/metrics/resource`), as metrics-server scrapes them:
    /// CPU is integrated up to `now` at the rates CFS gives the running containers.
    pub fn stats(&mut self, now: SimTime) -> usage::NodeStats {
        let capacity = crate::api::quantity::parse_milli(&self.cfg.cpu).unwrap_or(0).max(0) as u64;
        let mut wants = Vec::new();
        for w in self.workers.values() {
            for c in &w.containers {
                if let worker::CState::Running { .. } = c.state {
                    let cap = usage::cpu_limit(&c.spec).map_or(c.demand.cpu_milli, |l| l.min(c.demand.cpu_milli));
                    wants.push((cap, usage::cpu_request(&c.spec)));
                }
            }
        }
        let rates = usage::share_cpu(capacity.saturating_sub(SYSTEM_CPU_MILLI), &wants);
        let mut rates = rates.into_iter();
        let mut pods = Vec::new();
        let mut total_rate = SYSTEM_CPU_MILLI;
        let mut memory = SYSTEM_MEMORY;
        for w in self.workers.values_mut() {
            let mut containers = Vec::new();
            for c in &mut w.containers {
                let worker::CState::Running { started_at, .. } = c.state else { continue };
                let rate = rates.next().unwrap_or(0);
                let from = c.cpu_at.max(started_at);
                c.cpu_ns += (rate as u128 * now.since(from).as_nanos() / 1000) as u64;
                c.cpu_at = now;
                total_rate += rate;
                memory += c.demand.memory;
                containers.push(usage::ContainerStats { name: c.spec.name.clone(), start: started_at, cpu_ns: c.cpu_ns, memory: c.demand.memory });
            }
            if !containers.is_empty() {
                let m = &w.pod().metadata;
                pods.push(usage::PodStats { namespace: m.namespace.clone().unwrap_or_default(), name: m.name.clone().unwrap_or_default(), containers });
            }
        }
        memory += self.eviction.hog;
        let (cum, at) = self.node_cpu;
        self.node_cpu = (cum + (total_rate as u128 * now.since(at).as_nanos() / 1000) as u64, now);
        usage::NodeStats { node: self.cfg.name.clone(), at: now, cpu_ns: self.node_cpu.0, memory, pods }
    }

    /// Pods this kubelet is running, for the UI.
    pub fn running_pods(&self) -> usize {
        self.workers.len()
    }
}
