//! A pod worker: one pod's life on a node in virtual time — sandbox and pod IP, image pulls
//! (with ErrImagePull → ImagePullBackOff), container create/start, exits and restarts with
//! CrashLoopBackOff (10s doubling to 300s), and termination with the grace period.

use super::images::{lookup, parse_image, ImageInfo, ImageRef};
use super::logs::{Interner, Log};
use super::sh::programs::Image;
use super::sh::{Fs, Proc, Sys, Yield};
use super::usage::{self, Demand};
use super::env::{container_argv, container_env, exec_error, PodEnv};
use super::http::{NetFrom, NetRequest};
use super::volumes::{self, Refs};
use crate::api::core::{Container, Pod};
use crate::api::ObjectRef;
use crate::sim::clock::SimTime;
use crate::sim::rng::SimRng;
use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

pub const CRASH_BACKOFF_INITIAL: Duration = Duration::from_secs(10);
pub const CRASH_BACKOFF_MAX: Duration = Duration::from_secs(300);
/// The PLEG's relist period: how often the kubelet looks at what the runtime's containers do.
pub const PLEG_RELIST: Duration = Duration::from_secs(1);
/// A container that ran this long without trouble has its backoff reset.
pub const BACKOFF_RESET_AFTER: Duration = Duration::from_secs(600);

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Term {
    pub exit_code: i32,
    pub reason: String,
    pub started_at: SimTime,
    pub finished_at: SimTime,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CState {
    /// Waiting with a reason (ContainerCreating, ErrImagePull, ImagePullBackOff, CrashLoopBackOff,
    /// InvalidImageName); `until` is when the worker acts again.
    Waiting { reason: String, message: Option<String>, until: Option<SimTime> },
    Pulling { done_at: SimTime, started: SimTime },
    Starting { at: SimTime },
    Running { started_at: SimTime, exits_at: Option<(SimTime, i32)> },
    Stopping { started_at: SimTime, done_at: SimTime, exit_code: i32 },
    Terminated(Term),
}

#[derive(Clone, Debug)]
pub struct Ctr {
    pub spec: Container,
    pub image: Result<ImageRef, String>,
    pub state: CState,
    pub restart_count: i32,
    pub last_term: Option<Term>,
    pub container_id: Option<String>,
    pub crash_backoff: Duration,
    pub pull_backoff: Duration,
    /// The waiting reason the API shows while a pull or start is in progress (the previous one),
    /// or "" while a restart shows the instance that exited.
    pub display: String,
    /// The message shown with it (the kubelet's reason cache keeps both until the start succeeds).
    pub display_message: Option<String>,
    /// What the running program wants (set when it starts).
    pub demand: Demand,
    /// Cumulative CPU time of the running container, in nanoseconds, integrated up to `cpu_at`.
    pub cpu_ns: u64,
    pub cpu_at: SimTime,
    /// The running main process, while it has more to do (a server blocked for good drops it).
    pub proc: Option<Box<Proc>>,
    /// The main process's open standard input (`stdin: true`): lines attached clients wrote
    /// that it has not read yet.
    pub stdin: Option<Box<Stdin>>,
    /// When the main process's sleep ends.
    pub wake: Option<SimTime>,
    /// The container's writable layer.
    pub fs: Fs,
    /// The environment it was created with (exec'd processes get the same).
    pub env: Vec<(String, String)>,
    /// Ports its servers listen on (with an HTTP server's document root).
    pub listening: super::sh::Ports,
    /// Its startup, liveness and readiness probes, while it runs.
    pub probes: Option<Box<super::prober::Probes>>,
    /// Its volume mounts backed by the node's disk: mount path → store key.
    pub mounts: Vec<(String, String)>,
    /// The kernel's OOM killer chose it (the node ran out of memory).
    pub oom_killed: bool,
    /// This instance's log, and the previous instance's (`--previous`).
    pub log: Log,
    pub prev_log: Option<Box<Log>>,
}

impl Ctr {
    /// The kernel kills its main process for memory.
    pub fn kill_oom(&mut self, now: SimTime) {
        if let CState::Running { started_at, .. } = self.state {
            self.oom_killed = true;
            self.proc = None;
            self.wake = None;
            self.state = CState::Running { started_at, exits_at: Some((now, 137)) };
        }
    }

    /// Started but already gone before the kubelet's PLEG relists (every second) to see it
    /// running: its status goes from what it was straight to its exit.
    pub fn unseen_run(&self) -> bool {
        matches!(self.state, CState::Running { started_at, exits_at: Some((t, _)) } if t.since(started_at) < PLEG_RELIST)
    }

    /// Running, started (startup probe) and ready (readiness probe).
    pub fn is_ready(&self) -> bool {
        matches!(self.state, CState::Running { .. }) && self.probes.as_ref().is_none_or(|p| p.started && p.ready)
    }
}

/// A container's standard input, kept open by the runtime (`stdin: true`): a pipe that attached
/// clients write to and the main process reads a line at a time.
#[derive(Clone, Debug, Default)]
pub struct Stdin {
    pub lines: std::collections::VecDeque<String>,
    /// The first attach session ended with `stdinOnce`: the process reads end of input.
    pub closed: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Sandbox {
    None,
    Creating { ready_at: SimTime },
    Ready { ip: String },
}

/// Something the worker wants recorded as a kubelet event.
#[derive(Clone, Debug)]
pub struct KEvent {
    pub warning: bool,
    pub reason: &'static str,
    pub message: String,
    pub container: Option<String>,
}

/// Images already on this node, the rng that times pulls and starts, and what containers see of
/// the machine.
pub struct NodeRuntime {
    pub images: BTreeSet<String>,
    pub rng: SimRng,
    /// The cluster's wall clock at time zero (Unix ms), for `date` and log times.
    pub epoch_ms: i64,
    pub cpus: u32,
    pub node: String,
    pub host_ip: String,
    /// Start-up output shared by containers of the same image on this node.
    pub banners: Interner,
    /// The image registries cannot be reached (`kubeplay registry down`).
    pub registry_down: bool,
    /// What the node's disk holds for volumes (hostPath directories, local persistent volumes,
    /// emptyDirs): store key → path in it → contents.
    pub disk: BTreeMap<String, BTreeMap<String, String>>,
    /// Network calls the node's processes wait on, for the cluster's network to carry.
    pub net_out: Vec<NetRequest>,
}

impl NodeRuntime {
    /// The container sees the volumes' current contents.
    pub fn mount_volumes(&self, c: &mut Ctr) {
        for (root, key) in &c.mounts {
            c.fs.mount(root, self.disk.get(key));
        }
    }

    /// What the container's processes wrote under its mounts goes to the node's disk.
    pub fn save_volumes(&mut self, c: &Ctr) {
        for (root, key) in &c.mounts {
            let tree = c.fs.tree(root);
            if self.disk.get(key) != Some(&tree) {
                self.disk.insert(key.clone(), tree);
            }
        }
    }
}

impl NodeRuntime {
    fn pull_time(&mut self, info: Option<&ImageInfo>) -> Duration {
        // ~30 MB/s from the registry, plus a round trip to resolve the manifest.
        let size = info.map(|i| i.size_bytes).unwrap_or(0);
        let base = 250 + self.rng.below(400);
        Duration::from_millis(base + size / 30_000 + self.rng.below(1 + size / 100_000))
    }
    fn quick(&mut self, lo: u64, hi: u64) -> Duration {
        Duration::from_millis(self.rng.range_inclusive(lo, hi))
    }
}

pub struct PodWorker {
    /// The pod as the informer last saw it (shared, never copied).
    pub obj: ObjectRef,
    pub sandbox: Sandbox,
    pub containers: Vec<Ctr>,
    pub terminating_since: Option<SimTime>,
    pub kill_deadline: Option<SimTime>,
    pub finished: bool,
    pub delete_sent: bool,
    pub admitted_at: SimTime,
    pub sandbox_ready_at: Option<SimTime>,
    /// condition type → (status, last transition): four entries, in a vector (see
    /// [`PodWorker::condition`]).
    pub conditions: Vec<(&'static str, (bool, SimTime))>,
    pub next: Option<SimTime>,
    /// A static pod (from the node's manifests): its mirror pod in the API only reports on it.
    pub is_static: bool,
    /// How long until volume mounts are tried again after a failure (500 ms doubling to 2m2s,
    /// as the volume manager's operation backoff).
    pub mount_backoff: Duration,
    /// Evicted by the kubelet (node pressure): the message its status carries.
    pub evicted: Option<String>,
    /// When the periodic sync next brings its ConfigMap, Secret and downward-API files up to date.
    pub volume_sync_at: Option<SimTime>,
}

/// The kubelet's `syncFrequency`: a running pod is synced (its projected volumes rewritten) this
/// often.
pub const SYNC_FREQUENCY: Duration = Duration::from_secs(60);

const MOUNT_BACKOFF_INITIAL: Duration = Duration::from_millis(500);
const MOUNT_BACKOFF_MAX: Duration = Duration::from_secs(122);

fn is_stopped(s: &CState) -> bool {
    !matches!(s, CState::Running { .. } | CState::Stopping { .. })
}

impl PodWorker {
    pub fn new(obj: ObjectRef, now: SimTime) -> Self {
        let containers = obj
            .as_pod()
            .expect("pod")
            .spec
            .as_ref()
            .map(|s| s.containers.clone())
            .unwrap_or_default()
            .into_iter()
            .map(|spec| Ctr {
                image: parse_image(spec.image.as_deref().unwrap_or("")),
                spec,
                state: CState::Waiting { reason: "ContainerCreating".into(), message: None, until: None },
                restart_count: 0,
                last_term: None,
                container_id: None,
                crash_backoff: CRASH_BACKOFF_INITIAL,
                pull_backoff: CRASH_BACKOFF_INITIAL,
                display: "ContainerCreating".into(),
                display_message: None,
                demand: Demand::default(),
                cpu_ns: 0,
                cpu_at: now,
                proc: None,
                stdin: None,
                wake: None,
                fs: Fs::default(),
                env: Vec::new(),
                listening: Default::default(),
                probes: None,
                log: Log::default(),
                prev_log: None,
                mounts: Vec::new(),
                oom_killed: false,
            })
            .collect();
        let conditions = vec![("Initialized", (true, now)), ("PodReadyToStartContainers", (false, now)), ("ContainersReady", (false, now)), ("Ready", (false, now))];
        PodWorker {
            obj,
            sandbox: Sandbox::None,
            containers,
            terminating_since: None,
            kill_deadline: None,
            finished: false,
            delete_sent: false,
            admitted_at: now,
            sandbox_ready_at: None,
            conditions,
            next: Some(now),
            is_static: false,
            mount_backoff: MOUNT_BACKOFF_INITIAL,
            evicted: None,
            volume_sync_at: None,
        }
    }

    pub fn pod(&self) -> &Pod {
        self.obj.as_pod().expect("pod worker holds a pod")
    }

    fn name(&self) -> String {
        self.pod().metadata.name.clone().unwrap_or_default()
    }

    /// `name_namespace(uid)`, as kubelet messages render a pod.
    pub fn format_pod(&self) -> String {
        format!(
            "{}_{}({})",
            self.name(),
            self.pod().metadata.namespace.clone().unwrap_or_default(),
            self.pod().metadata.uid.clone().unwrap_or_default()
        )
    }

    fn restart_policy(&self) -> &str {
        self.pod().spec.as_ref().and_then(|s| s.restart_policy.as_deref()).unwrap_or("Always")
    }

    fn set_condition(&mut self, cond: &'static str, value: bool, now: SimTime) {
        match self.conditions.iter_mut().find(|c| c.0 == cond) {
            Some((_, entry)) if entry.0 != value => *entry = (value, now),
            Some(_) => {}
            None => self.conditions.push((cond, (value, now))),
        }
    }

    /// A condition's (status, last transition).
    pub fn condition(&self, cond: &str) -> Option<(bool, SimTime)> {
        self.conditions.iter().find(|c| c.0 == cond).map(|c| c.1)
    }

    fn schedule(&mut self, t: SimTime) {
        self.next = Some(self.next.map_or(t, |n| n.min(t)));
    }

    /// The deletion has been seen: stop every running container (SIGTERM, SIGKILL at the deadline).
    pub fn begin_termination(&mut self, now: SimTime, grace: Duration, rt: &mut NodeRuntime, events: &mut Vec<KEvent>) {
        if self.terminating_since.is_some() {
            return;
        }
        self.terminating_since = Some(now);
        let deadline = now + grace;
        self.kill_deadline = Some(deadline);
        for c in &mut self.containers {
            match c.state.clone() {
                CState::Running { started_at, .. } => {
                    c.proc = None;
                    c.wake = None;
                    c.probes = None;
                    events.push(KEvent { warning: false, reason: "Killing", message: format!("Stopping container {}", c.spec.name), container: Some(c.spec.name.clone()) });
                    let info = c.image.as_ref().ok().and_then(lookup);
                    let (done_at, code) = match &info {
                        // No grace period: SIGKILL at once.
                        _ if grace.is_zero() => (now, 137),
                        Some(i) if i.handles_stop_signal => (now + i.stop_time + rt.quick(10, 120), 0),
                        _ => (deadline, 137),
                    };
                    c.state = CState::Stopping { started_at, done_at: done_at.min(deadline), exit_code: code };
                }
                CState::Stopping { .. } | CState::Terminated(_) => {}
                _ => {
                    // Never started: nothing to stop.
                    c.state = CState::Waiting { reason: "ContainerCreating".into(), message: None, until: None };
                }
            }
        }
        self.schedule(now);
    }

    /// Moves the pod forward to `now`. `network` says whether the node's CNI is ready; `cni_add`
    /// asks the network plugin for an IP when the sandbox is created.
    /// `refs` reads the ConfigMaps and Secrets the pod uses.
    pub fn advance(&mut self, now: SimTime, network: bool, rt: &mut NodeRuntime, cni_add: &mut dyn FnMut() -> Result<String, String>, refs: &mut Refs) -> Vec<KEvent> {
        let mut events = Vec::new();
        self.next = None;
        if self.terminating_since.is_some() {
            self.advance_termination(now);
            return events;
        }
        match self.sandbox.clone() {
            Sandbox::None => {
                if !network {
                    return events;
                }
                // The volume manager mounts every volume before the sandbox is created.
                let errs = volumes::mount_errors(self.pod(), refs);
                if !errs.is_empty() {
                    for e in errs {
                        events.push(KEvent { warning: true, reason: "FailedMount", message: e, container: None });
                    }
                    let t = now + self.mount_backoff;
                    self.mount_backoff = (self.mount_backoff * 2).min(MOUNT_BACKOFF_MAX);
                    self.schedule(t);
                    return events;
                }
                self.mount_backoff = MOUNT_BACKOFF_INITIAL;
                let t = now + rt.quick(300, 900);
                self.sandbox = Sandbox::Creating { ready_at: t };
                self.schedule(t);
                return events;
            }
            Sandbox::Creating { ready_at } => {
                if now < ready_at {
                    self.schedule(ready_at);
                    return events;
                }
                match cni_add() {
                    Ok(ip) => {
                        self.sandbox = Sandbox::Ready { ip };
                        self.sandbox_ready_at = Some(now);
                        self.set_condition("PodReadyToStartContainers", true, now);
                    }
                    Err(e) => {
                        events.push(KEvent {
                            warning: true,
                            reason: "FailedCreatePodSandBox",
                            message: format!("Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox: {}", e),
                            container: None,
                        });
                        let t = now + Duration::from_secs(5);
                        self.sandbox = Sandbox::Creating { ready_at: t };
                        self.schedule(t);
                        return events;
                    }
                }
            }
            Sandbox::Ready { .. } => {}
        }
        let policy = self.restart_policy().to_string();
        let format_pod = self.format_pod();
        let pod = PodEnv::of(self.pod(), self.pod_ip().unwrap_or_default(), rt);
        let obj = self.obj.clone();
        let spec = obj.as_pod().expect("pod worker holds a pod");
        self.run_probes(now, rt, spec, &pod, &mut events);
        // Containers start in order; a container waits until the one before it has been started.
        for i in 0..self.containers.len() {
            self.advance_container(i, now, rt, &policy, &format_pod, (&pod, spec, &mut *refs), &mut events);
            if matches!(self.containers[i].state, CState::Waiting { .. } | CState::Pulling { .. } | CState::Starting { .. })
                && self.containers[i].container_id.is_none()
            {
                break;
            }
        }
        self.sync_volumes(now, &pod, spec, refs);
        let all_ready = !self.containers.is_empty() && self.containers.iter().all(Ctr::is_ready);
        self.set_condition("ContainersReady", all_ready, now);
        self.set_condition("Ready", all_ready, now);
        events
    }

    /// The periodic sync: running containers see their ConfigMap, Secret and downward-API files
    /// as the sources are now (the atomic writer swaps the whole directory).
    fn sync_volumes(&mut self, now: SimTime, pod: &PodEnv, spec: &Pod, refs: &mut Refs) {
        if !volumes::refreshes(spec) {
            return;
        }
        match self.volume_sync_at {
            Some(t) if now < t => {}
            Some(_) => {
                for c in self.containers.iter_mut().filter(|c| matches!(c.state, CState::Running { .. })) {
                    for (root, tree) in volumes::projected(spec, &c.spec, &pod.fields, refs) {
                        c.fs.mount(&root, Some(&tree));
                    }
                }
                self.volume_sync_at = Some(now + SYNC_FREQUENCY);
            }
            None => self.volume_sync_at = Some(now + SYNC_FREQUENCY),
        }
        if let Some(t) = self.volume_sync_at {
            self.schedule(t);
        }
    }

    /// The kubelet is not running (its service was stopped) but containerd and the containers
    /// are: programs go on and exit; nothing is started, restarted, probed or reported.
    pub fn advance_runtime(&mut self, now: SimTime, rt: &mut NodeRuntime) {
        self.next = None;
        let pod = PodEnv::of(self.pod(), self.pod_ip().unwrap_or_default(), rt);
        for i in 0..self.containers.len() {
            let c = &mut self.containers[i];
            let next = match c.state.clone() {
                CState::Running { started_at, exits_at: None } if c.wake.is_some_and(|w| w <= now) => {
                    c.wake = None;
                    resume(c, now, rt, &pod, started_at, false)
                }
                CState::Running { exits_at: None, .. } => c.wake,
                CState::Running { started_at, exits_at: Some((t, code)) } if now >= t => {
                    exited(c, now, started_at, code);
                    None
                }
                CState::Running { exits_at: Some((t, _)), .. } => Some(t),
                _ => None,
            };
            if let Some(t) = next {
                self.schedule(t);
            }
        }
    }

    /// Runs the due probes of the running containers and acts on what they conclude.
    fn run_probes(&mut self, now: SimTime, rt: &mut NodeRuntime, spec: &Pod, pod: &PodEnv, events: &mut Vec<KEvent>) {
        if !self.containers.iter().any(|c| c.probes.as_ref().and_then(|p| p.next()).is_some_and(|t| t <= now)) {
            return;
        }
        // Containers share the pod's network: a probe reaches whichever listens.
        let mut listening = super::sh::Ports::default();
        for (k, v) in self.containers.iter().flat_map(|c| c.listening.iter()) {
            listening.insert(*k, v);
        }
        let gateway = match pod.ip.rsplit_once('.') {
            Some((net, _)) => format!("{}.1", net),
            None => pod.ip.clone(),
        };
        let pod_grace = spec.spec.as_ref().and_then(|s| s.termination_grace_period_seconds).unwrap_or(30);
        for c in &mut self.containers {
            let CState::Running { started_at, exits_at: None } = c.state else { continue };
            let Some(mut probes) = c.probes.take() else { continue };
            let image = Image::of(c.image.as_ref().ok().and_then(lookup).map_or("", |i| i.repository));
            let ports: Vec<(String, i32)> = c.spec.ports.iter().flatten().filter_map(|p| p.name.clone().map(|n| (n, p.container_port))).collect();
            let mut log = String::new();
            let mut found = Vec::new();
            let verdict = {
                let mut t = super::prober::Target {
                    ip: &pod.ip,
                    listening: &listening,
                    image,
                    fs: &mut c.fs,
                    env: &c.env,
                    hostname: &pod.hostname,
                    now_ms: rt.epoch_ms + now.as_millis() as i64,
                    cpus: rt.cpus,
                    log: &mut log,
                    gateway: &gateway,
                    started_ms: rt.epoch_ms + started_at.as_millis() as i64,
                };
                probes.run(now, &c.spec.name, &ports, &mut t, &mut found)
            };
            c.log.write(now, &log, None);
            for (warning, reason, message) in found {
                events.push(KEvent { warning, reason, message, container: Some(c.spec.name.clone()) });
            }
            c.probes = Some(probes);
            match verdict {
                super::prober::Verdict::Nothing => {}
                super::prober::Verdict::Restart { grace, .. } => {
                    // Killed as the pod's deletion would kill it: SIGTERM, SIGKILL after the grace.
                    let grace = Duration::from_secs(grace.unwrap_or(pod_grace).max(0) as u64);
                    let (at, code) = match c.image.as_ref().ok().and_then(lookup) {
                        Some(i) if i.handles_stop_signal => ((now + i.stop_time + rt.quick(10, 120)).min(now + grace), 0),
                        _ => (now + grace, 137),
                    };
                    c.proc = None;
                    c.wake = None;
                    c.state = CState::Running { started_at, exits_at: Some((at, code)) };
                }
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn advance_container(&mut self, i: usize, now: SimTime, rt: &mut NodeRuntime, policy: &str, format_pod: &str, (pod, spec, refs): (&PodEnv, &Pod, &mut Refs), events: &mut Vec<KEvent>) {
        let c = &mut self.containers[i];
        let next = match c.state.clone() {
            CState::Waiting { reason, message, until } => match until {
                Some(u) if now < u => Some(u),
                Some(_) => expire_waiting(c, &reason, message, now, rt, events),
                // The first sync, or a permanent failure (InvalidImageName, ErrImageNeverPull).
                None if reason == "ContainerCreating" && c.container_id.is_none() => start_image(c, now, rt, events),
                None => None,
            },
            CState::Pulling { done_at, started } => {
                if now < done_at {
                    Some(done_at)
                } else {
                    finish_pull(c, now, started, rt, events)
                }
            }
            CState::Starting { at } => {
                if now < at {
                    Some(at)
                } else {
                    start_container(c, now, rt, (pod, spec, refs), events)
                }
            }
            CState::Running { started_at, exits_at: None } if c.wake.is_some_and(|w| w <= now) => {
                // The main process's sleep is over: it runs on.
                c.wake = None;
                resume(c, now, rt, pod, started_at, false)
            }
            CState::Running { exits_at: None, .. } => c.wake,
            CState::Running { started_at, exits_at: Some((t, code)) } => {
                if now < t {
                    Some(t)
                } else {
                    exited(c, now, started_at, code);
                    let restart = policy == "Always" || (policy == "OnFailure" && code != 0);
                    // PLEG notices the exit within about a second; the next sync restarts it.
                    restart.then(|| now + rt.quick(500, 1500))
                }
            }
            CState::Stopping { .. } => None,
            CState::Terminated(term) => {
                let restart = policy == "Always" || (policy == "OnFailure" && term.exit_code != 0);
                if !restart {
                    None
                } else {
                    c.last_term = Some(term);
                    if c.restart_count == 0 {
                        // No backoff yet: the next sync restarts it, and until the new
                        // container runs the status still shows the one that exited.
                        c.display = String::new();
                        c.display_message = None;
                        start_image(c, now, rt, events)
                    } else {
                        let backoff = c.crash_backoff;
                        c.crash_backoff = (c.crash_backoff * 2).min(CRASH_BACKOFF_MAX);
                        let name = c.spec.name.clone();
                        let msg = format!("back-off {} restarting failed container={} pod={}", crate::sim::clock::human_duration(backoff), name, format_pod);
                        events.push(c_event(c, true, "BackOff", format!("Back-off restarting failed container {} in pod {}", name, format_pod)));
                        c.state = CState::Waiting { reason: "CrashLoopBackOff".into(), message: Some(msg), until: Some(now + backoff) };
                        Some(now + backoff)
                    }
                }
            }
        };
        if let Some(t) = next {
            self.schedule(t);
        }
        if let Some(t) = self.containers[i].probes.as_ref().and_then(|p| p.next()) {
            self.schedule(t);
        }
    }

    fn advance_termination(&mut self, now: SimTime) {
        let deadline = self.kill_deadline.unwrap_or(now);
        for c in &mut self.containers {
            if let CState::Stopping { started_at, done_at, exit_code } = c.state.clone() {
                if now >= done_at || now >= deadline {
                    let code = if now >= done_at { exit_code } else { 137 };
                    let reason = if code == 0 { "Completed" } else { "Error" };
                    c.state = CState::Terminated(Term { exit_code: code, reason: reason.into(), started_at, finished_at: now });
                }
            }
        }
        let pending: Vec<SimTime> = self
            .containers
            .iter()
            .filter_map(|c| match c.state {
                CState::Stopping { done_at, .. } => Some(done_at.min(deadline)),
                _ => None,
            })
            .collect();
        if let Some(t) = pending.iter().min() {
            self.schedule(*t);
        }
        if self.containers.iter().all(|c| is_stopped(&c.state)) {
            self.finished = true;
            self.set_condition("ContainersReady", false, now);
            self.set_condition("Ready", false, now);
            self.set_condition("PodReadyToStartContainers", false, now);
        }
    }

    /// `validateContainerLogStatus`: the log of the container's current instance (or, with
    /// `previous`, of the one before), or why there is none.
    pub fn log_of(&self, container: &str, previous: bool) -> Result<&Log, String> {
        let pod = self.name();
        let Some(c) = self.containers.iter().find(|c| c.spec.name == container) else {
            return Err(format!("container {} is not valid for pod {}", container, pod));
        };
        // Between an exit and the restart (CrashLoopBackOff), the log is the exited instance's.
        let exited = c.last_term.is_some() && matches!(c.state, CState::Waiting { .. } | CState::Pulling { .. } | CState::Starting { .. });
        if previous {
            return match (exited, c.prev_log.as_deref()) {
                (true, _) => Ok(&c.log),
                (false, Some(l)) if c.last_term.is_some() => Ok(l),
                _ => Err(format!("previous terminated container {:?} in pod {:?} not found", container, pod)),
            };
        }
        match &c.state {
            CState::Running { .. } | CState::Stopping { .. } | CState::Terminated(_) => Ok(&c.log),
            _ if exited => Ok(&c.log),
            CState::Waiting { reason, .. } => Err(match reason.as_str() {
                "ErrImagePull" => format!("container {:?} in pod {:?} is waiting to start: image can't be pulled", container, pod),
                "ImagePullBackOff" => format!("container {:?} in pod {:?} is waiting to start: trying and failing to pull image", container, pod),
                r => format!("container {:?} in pod {:?} is waiting to start: {}", container, pod, r),
            }),
            CState::Pulling { .. } | CState::Starting { .. } => Err(format!("container {:?} in pod {:?} is waiting to start: ContainerCreating", container, pod)),
        }
    }

    /// Whether the pod uses the node's network namespace (and so needs no CNI).
    pub fn host_network(&self) -> bool {
        self.pod().spec.as_ref().and_then(|s| s.host_network).unwrap_or(false)
    }

    pub fn pod_ip(&self) -> Option<&str> {
        match &self.sandbox {
            Sandbox::Ready { ip } => Some(ip),
            _ => None,
        }
    }
}

/// The main process is gone: containerd records the container's exit.
fn exited(c: &mut Ctr, now: SimTime, started_at: SimTime, code: i32) {
    c.log.close(now);
    c.proc = None;
    c.probes = None;
    c.listening.clear();
    let oom = code == 137 && (std::mem::take(&mut c.oom_killed) || usage::memory_limit(&c.spec).is_some_and(|l| c.demand.memory > l));
    let reason = if code == 0 { "Completed" } else if oom { "OOMKilled" } else { "Error" };
    if now.since(started_at) >= BACKOFF_RESET_AFTER {
        c.crash_backoff = CRASH_BACKOFF_INITIAL;
    }
    c.state = CState::Terminated(Term { exit_code: code, reason: reason.into(), started_at, finished_at: now });
}

fn c_event(c: &Ctr, warning: bool, reason: &'static str, message: String) -> KEvent {
    KEvent { warning, reason, message, container: Some(c.spec.name.clone()) }
}

/// A waiting period ran out: ErrImagePull becomes ImagePullBackOff; a back-off ends in a new try.
fn expire_waiting(c: &mut Ctr, reason: &str, message: Option<String>, now: SimTime, rt: &mut NodeRuntime, events: &mut Vec<KEvent>) -> Option<SimTime> {
    if reason == "ErrImagePull" {
        let image = c.spec.image.clone().unwrap_or_default();
        let backoff = c.pull_backoff;
        c.pull_backoff = (c.pull_backoff * 2).min(CRASH_BACKOFF_MAX);
        events.push(c_event(c, false, "BackOff", format!("Back-off pulling image \"{}\"", image)));
        events.push(c_event(c, true, "Failed", "Error: ImagePullBackOff".into()));
        let m = format!("Back-off pulling image \"{}\"", image);
        c.state = CState::Waiting { reason: "ImagePullBackOff".into(), message: Some(m), until: Some(now + backoff) };
        return Some(now + backoff);
    }
    c.display = reason.to_string();
    c.display_message = message;
    start_image(c, now, rt, events)
}

/// `EnsureImageExists`: use the node's copy, pull, or fail (InvalidImageName, ErrImageNeverPull).
fn start_image(c: &mut Ctr, now: SimTime, rt: &mut NodeRuntime, events: &mut Vec<KEvent>) -> Option<SimTime> {
    let image_text = c.spec.image.clone().unwrap_or_default();
    let r = match &c.image {
        Err(msg) => {
            let m = format!("Failed to apply default image tag \"{}\": {}", image_text, msg);
            events.push(c_event(c, true, "InspectFailed", m.clone()));
            events.push(c_event(c, true, "Failed", "Error: InvalidImageName".into()));
            c.state = CState::Waiting { reason: "InvalidImageName".into(), message: Some(m), until: None };
            return None;
        }
        Ok(r) => r.clone(),
    };
    let present = rt.images.contains(&r.full());
    let policy = c.spec.image_pull_policy.as_deref().unwrap_or("IfNotPresent");
    if present && policy != "Always" {
        events.push(c_event(c, false, "Pulled", format!("Container image \"{}\" already present on machine", image_text)));
        let t = now + rt.quick(40, 160);
        c.state = CState::Starting { at: t };
        return Some(t);
    }
    if !present && policy == "Never" {
        let m = format!("Container image \"{}\" is not present with pull policy of Never", image_text);
        events.push(c_event(c, true, "ErrImageNeverPull", m.clone()));
        c.state = CState::Waiting { reason: "ErrImageNeverPull".into(), message: Some(m), until: None };
        return None;
    }
    events.push(c_event(c, false, "Pulling", format!("Pulling image \"{}\"", image_text)));
    // With the layers already on the node, a pull only checks the manifest; an unreachable
    // registry fails at the name lookup.
    let d = if rt.registry_down { Duration::from_millis(120) } else if present { rt.quick(300, 900) } else { rt.pull_time(lookup(&r).as_ref()) };
    c.state = CState::Pulling { done_at: now + d, started: now };
    Some(now + d)
}

fn finish_pull(c: &mut Ctr, now: SimTime, started: SimTime, rt: &mut NodeRuntime, events: &mut Vec<KEvent>) -> Option<SimTime> {
    let image_text = c.spec.image.clone().unwrap_or_default();
    let r = c.image.clone().ok()?;
    match lookup(&r).filter(|_| !rt.registry_down) {
        Some(info) => {
            rt.images.insert(r.full());
            let took = now.since(started);
            let secs = format!("{}.{:03}s", took.as_secs(), took.subsec_millis());
            events.push(c_event(c, false, "Pulled", format!(
                "Successfully pulled image \"{}\" in {} ({} including waiting). Image size: {} bytes.",
                image_text, secs, secs, info.size_bytes
            )));
            c.pull_backoff = CRASH_BACKOFF_INITIAL;
            let t = now + rt.quick(40, 160);
            c.state = CState::Starting { at: t };
            Some(t)
        }
        None => {
            let full = r.full();
            let why = if rt.registry_down {
                let (host, path) = r.registry_path();
                format!("failed to do request: Head \"https://{}/v2/{}/manifests/{}\": dial tcp: lookup {} on 127.0.0.53:53: server misbehaving", host, path, r.reference(), host)
            } else if super::images::repository_exists(&r) {
                format!("{}: not found", full)
            } else {
                "pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed".to_string()
            };
            let m = format!("Failed to pull image \"{}\": failed to pull and unpack image \"{}\": failed to resolve reference \"{}\": {}", image_text, full, full, why);
            events.push(c_event(c, true, "Failed", m.clone()));
            events.push(c_event(c, true, "Failed", "Error: ErrImagePull".into()));
            let t = now + rt.quick(500, 1500);
            c.state = CState::Waiting { reason: "ErrImagePull".into(), message: Some(m), until: Some(t) };
            Some(t)
        }
    }
}

fn start_container(c: &mut Ctr, now: SimTime, rt: &mut NodeRuntime, (pod, spec, refs): (&PodEnv, &Pod, &mut Refs), events: &mut Vec<KEvent>) -> Option<SimTime> {
    let name = c.spec.name.clone();
    let info = c.image.as_ref().ok().and_then(lookup);
    let image = Image::of(info.as_ref().map_or("", |i| i.repository));
    // `generateContainerConfig`: a missing ConfigMap or Secret key stops it before the runtime
    // is asked; the pod worker tries again after its error backoff (10 s).
    let env = match container_env(&c.spec, image, pod, refs) {
        Ok(env) => env,
        Err(msg) => {
            events.push(c_event(c, true, "Failed", format!("Error: {}", msg)));
            let t = now + Duration::from_secs(10) + rt.quick(0, 2000);
            c.state = CState::Waiting { reason: "CreateContainerConfigError".into(), message: Some(msg), until: Some(t) };
            return Some(t);
        }
    };
    if c.container_id.is_some() {
        c.restart_count += 1;
        let old = std::mem::take(&mut c.log);
        c.prev_log = Some(Box::new(old));
    }
    c.container_id = Some(rt.rng.hex(64));
    c.fs = Fs::default();
    c.listening.clear();
    let (files, dirs) = volumes::files(spec, &c.spec, &pod.fields, refs);
    for d in dirs {
        c.fs.mkdir(&d);
    }
    for (path, text) in files {
        c.fs.write(&path, &text, false);
    }
    c.mounts = volumes::disk_mounts(spec, &c.spec, refs);
    rt.mount_volumes(c);
    let argv = container_argv(&c.spec, image, &env);
    c.env = env.clone();
    events.push(c_event(c, false, "Created", format!("Created container: {}", name)));
    if argv.first().is_none_or(|p| !image.has(p)) {
        // The runtime cannot start what the image does not have: the container ends at once.
        let msg = exec_error(argv.first().map_or("", String::as_str));
        events.push(c_event(c, true, "Failed", format!("Error: {}", msg)));
        c.state = CState::Terminated(Term { exit_code: 128, reason: "StartError".into(), started_at: now, finished_at: now });
        c.display = "ContainerCreating".into();
        c.display_message = None;
        return Some(now + rt.quick(500, 1500));
    }
    events.push(c_event(c, false, "Started", format!("Started container {}", name)));
    // The prober's workers start once the kubelet sees the container running.
    let has_probes = c.spec.startup_probe.is_some() || c.spec.liveness_probe.is_some() || c.spec.readiness_probe.is_some();
    c.probes = if has_probes { super::prober::Probes::new(&c.spec, now + rt.quick(500, 1500)) } else { None };
    c.demand = usage::demand(info.as_ref().map(|i| i.repository), &c.spec);
    c.cpu_ns = 0;
    c.cpu_at = now;
    // With stdin kept open, a shell named without a script reads its commands from it (as
    // `kubectl run -it … -- sh` starts one); the other programs do not read their input here.
    let interactive = c.spec.stdin == Some(true) && super::exec::plain_shell(&argv).is_some();
    c.stdin = interactive.then(Box::default);
    c.proc = Some(Box::new(match interactive {
        true => Proc::shell(&argv[0], &env, 1),
        false => Proc::new(&argv, &env, 1),
    }));
    c.display = "ContainerCreating".into();
    c.display_message = None;
    resume(c, now, rt, pod, now, true)
}

/// Runs the main process until it sleeps, blocks or exits, and records its output. Returns when
/// the worker should look at the container again.
fn resume(c: &mut Ctr, now: SimTime, rt: &mut NodeRuntime, pod: &PodEnv, started_at: SimTime, first: bool) -> Option<SimTime> {
    let Some(mut proc) = c.proc.take() else { return None };
    let image = Image::of(c.image.as_ref().ok().and_then(lookup).map_or("", |i| i.repository));
    let main = c.spec.command.iter().chain(c.spec.args.iter()).flatten().cloned().collect::<Vec<_>>().join(" ");
    let mut out = String::new();
    rt.mount_volumes(c);
    let mut sys = Sys { now_ms: rt.epoch_ms + now.as_millis() as i64, hostname: &pod.hostname, domain: &pod.domain, image, fs: &mut c.fs, cpus: rt.cpus, ip: &pod.ip, main: &main, out: &mut out, listen: &mut c.listening, resolv: &pod.resolv, net: Default::default(), host: None };
    let y = loop {
        let y = proc.run(&mut sys);
        let Some(stdin) = c.stdin.as_mut().filter(|_| matches!(y, Yield::Forever) && proc.awaiting_input()) else { break y };
        match stdin.lines.pop_front() {
            Some(line) => proc.feed(&line),
            None if stdin.closed => proc.close_input(),
            None => {
                // On a terminal the shell shows its prompt as it waits for the next line.
                if c.spec.tty == Some(true) {
                    sys.out.push_str(&super::exec::prompt(proc.name(), image, &pod.hostname));
                }
                break y;
            }
        }
    };
    rt.save_volumes(c);
    // What a container prints as it starts is the same on every start: kept once per node.
    c.log.write(now, &super::sh::unmark(&out), first.then_some(&mut rt.banners));
    let mut exits_at = match y {
        Yield::Sleep(d) => {
            c.wake = Some(now + d);
            c.proc = Some(proc);
            None
        }
        Yield::Forever => {
            // A shell reading its stdin waits for the next line; nothing else wakes again.
            if c.stdin.is_some() {
                c.proc = Some(proc);
            }
            None
        }
        Yield::Net(call) => {
            // Waits for the network; the answer wakes it (`Kubelet::net_reply`).
            rt.net_out.push(NetRequest { from: NetFrom::Main { pod: pod.key.clone(), container: c.spec.name.clone() }, src: pod.ip.clone(), call });
            c.proc = Some(proc);
            None
        }
        Yield::Exit(code) => Some((now + Duration::from_millis(1), code)),
    };
    // A program that touches more memory than its limit is killed by the kernel as it allocates.
    if first && usage::memory_limit(&c.spec).is_some_and(|l| c.demand.memory > l) {
        exits_at = Some((now + rt.quick(300, 900), 137));
        c.proc = None;
        c.wake = None;
    }
    c.state = CState::Running { started_at, exits_at };
    exits_at.map(|(t, _)| t).or(c.wake)
}
