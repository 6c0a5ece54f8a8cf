//! Node memory: the kernel's OOM killer when the node's working set passes its memory, and the
//! kubelet's eviction manager (`pkg/kubelet/eviction`), which every 10 s compares
//! `memory.available` with kubeadm's hard threshold (100Mi): below it the node reports
//! MemoryPressure (for five minutes after the last time it was seen) and one pod is evicted per
//! pass, ranked as `rankMemoryPressure` ranks them (usage above requests first, then lower
//! priority, then usage above requests by amount). The disk likewise: below 15% free
//! (`imagefs.available`, the same filesystem on a kubeadm node) the node reports DiskPressure,
//! the kubelet deletes the images no container uses, least recently pulled first, and evicts
//! a pod if that was not enough.

use crate::api::order::Collect;
use super::worker::{CState, PodWorker};
use super::Kubelet;
use crate::client::events::{NORMAL, WARNING};
use crate::client::Ctx;
use crate::sim::clock::SimTime;
use std::time::Duration;

const MI: u64 = 1024 * 1024;
/// `evictionHard: memory.available<100Mi`.
pub const THRESHOLD: u64 = 100 * MI;
/// `evictionPressureTransitionPeriod`.
const PRESSURE_TRANSITION: Duration = Duration::from_secs(300);

/// `evictionHard: imagefs.available<15%`.
const DISK_FREE_PERCENT: u64 = 15;
/// What the operating system, the kubelet's and containerd's state take of a node's disk.
const SYSTEM_DISK: u64 = 5 * 1024 * MI;

#[derive(Clone, Debug, Default)]
pub struct Eviction {
    /// When the disk threshold was last seen crossed.
    pub disk_observed: Option<SimTime>,
    /// Disk held outside Kubernetes (`kubeplay node fill-disk`).
    pub disk_hog: u64,
    pub disk_reported: bool,
    /// When the threshold was last seen crossed.
    pub last_observed: Option<SimTime>,
    /// Memory held outside Kubernetes (`kubeplay node fill-memory`).
    pub hog: u64,
    /// The pressure the node status last reported.
    pub reported: bool,
}

/// A byte count as `resource.NewQuantity(n, BinarySI).String()` prints it.
pub fn binary_si(bytes: u64) -> String {
    const UNITS: [(&str, u32); 6] = [("Ei", 60), ("Pi", 50), ("Ti", 40), ("Gi", 30), ("Mi", 20), ("Ki", 10)];
    if bytes == 0 {
        return "0".into();
    }
    for (suffix, shift) in UNITS {
        if bytes.trailing_zeros() >= shift {
            return format!("{}{}", bytes >> shift, suffix);
        }
    }
    bytes.to_string()
}

/// What a pod's running containers hold (one the kernel just killed holds nothing).
fn pod_memory(w: &PodWorker) -> u64 {
    w.containers.iter().filter(|c| matches!(c.state, CState::Running { .. }) && !c.oom_killed).map(|c| c.demand.memory).sum()
}

fn pod_request(w: &PodWorker) -> u64 {
    w.containers.iter().map(|c| super::usage::memory_request(&c.spec)).sum()
}

impl Kubelet {
    /// The node's working set: the system's daemons, anything outside Kubernetes, the containers.
    pub fn working_set(&self) -> u64 {
        super::SYSTEM_MEMORY + self.eviction.hog + self.workers.values().map(|w| pod_memory(w)).sum::<u64>()
    }

    fn memory_capacity(&self) -> u64 {
        self.cfg.memory_ki * 1024
    }

    /// What the node's disk holds: the system, the images (unpacked, about twice their size),
    /// and anything outside Kubernetes.
    pub fn disk_used(&self) -> u64 {
        SYSTEM_DISK + self.eviction.disk_hog + self.runtime.images.iter().filter_map(|i| super::images::parse_image(i).ok()).filter_map(|r| super::images::lookup(&r)).map(|i| i.size_bytes * 2).sum::<u64>()
    }

    pub fn disk_pressure(&self, now: SimTime) -> bool {
        self.eviction.disk_observed.is_some_and(|t| now.since(t) < PRESSURE_TRANSITION)
    }

    /// The disk half of a pass: reclaim images first (as the image garbage collector does),
    /// then evict one pod if the disk is still short.
    fn disk_pass(&mut self, ctx: &mut Ctx) {
        let capacity = self.cfg.ephemeral_storage_ki * 1024;
        let threshold = capacity * DISK_FREE_PERCENT / 100;
        if capacity.saturating_sub(self.disk_used()) >= threshold {
            return;
        }
        self.eviction.disk_observed = Some(ctx.now);
        if let Ok(node) = ctx.get(crate::api::Kind::Node, "", &self.cfg.name) {
            self.recorder.event(ctx, &node, WARNING, "EvictionThresholdMet", "Attempting to reclaim ephemeral-storage");
        }
        // Images no container uses (the sandbox image is pinned).
        let in_use: std::collections::BTreeSet<String> = self.workers.values().flat_map(|w| w.containers.iter()).filter_map(|c| c.image.as_ref().ok().map(|r| r.full())).into_set();
        let unused: Vec<String> = self.runtime.images.iter().filter(|i| !in_use.contains(*i) && !i.starts_with("registry.k8s.io/pause:")).cloned().collect();
        for image in unused {
            if capacity.saturating_sub(self.disk_used()) >= threshold {
                break;
            }
            self.runtime.images.remove(&image);
            ctx.trace(format!("image garbage collection removed {}", image));
        }
        let available = capacity.saturating_sub(self.disk_used());
        if available >= threshold {
            return;
        }
        let victim = self
            .workers
            .iter()
            .filter(|(_, w)| !w.is_static && w.terminating_since.is_none() && w.evicted.is_none())
            .min_by_key(|(_, w)| w.pod().spec.as_ref().and_then(|s| s.priority).unwrap_or(0))
            .map(|(k, _)| k.clone());
        let Some(key) = victim else { return };
        let message = format!("The node was low on resource: ephemeral-storage. Threshold quantity: {}, available: {}. ", binary_si(threshold / 1024 * 1024), binary_si(available / 1024 * 1024));
        self.evict(ctx, &key, message);
    }

    fn evict(&mut self, ctx: &mut Ctx, key: &str, message: String) {
        let Some(w) = self.workers.get(key) else { return };
        let obj = w.obj.clone();
        self.recorder.event(ctx, &obj, WARNING, "Evicted", &message);
        let mut events = Vec::new();
        let w = self.workers.get_mut(key).expect("victim");
        w.evicted = Some(message);
        w.begin_termination(ctx.now, Duration::ZERO, &mut self.runtime, &mut events);
        ctx.trace(format!("evicted pod {}", key));
        self.emit(ctx, key, events);
    }

    /// Whether the node is under memory pressure (as its status reports it).
    pub fn memory_pressure(&self, now: SimTime) -> bool {
        self.eviction.last_observed.is_some_and(|t| now.since(t) < PRESSURE_TRANSITION)
    }

    /// The kernel: a node whose working set would pass its memory kills the biggest process
    /// (the memory hog outside Kubernetes, if it is the biggest).
    pub(super) fn system_oom(&mut self, ctx: &mut Ctx) {
        while self.working_set() > self.memory_capacity() {
            let biggest = self.workers.values().flat_map(|w| w.containers.iter()).filter(|c| matches!(c.state, CState::Running { .. }) && !c.oom_killed).map(|c| c.demand.memory).max().unwrap_or(0);
            if self.eviction.hog > biggest {
                self.eviction.hog = 0;
                let pid = 1000 + (ctx.now.as_millis() % 30000) as u32;
                ctx.trace("system OOM: killed memhog (outside Kubernetes)".to_string());
                if let Ok(node) = ctx.get(crate::api::Kind::Node, "", &self.cfg.name) {
                    self.recorder.event(ctx, &node, WARNING, "SystemOOM", &format!("System OOM encountered, victim process: memhog, pid: {}", pid));
                }
                continue;
            }
            let victim = self
                .workers
                .iter()
                .flat_map(|(k, w)| w.containers.iter().enumerate().map(move |(i, c)| (k, i, c)))
                .filter(|(_, _, c)| matches!(c.state, CState::Running { .. }) && !c.oom_killed)
                .max_by_key(|(_, _, c)| c.demand.memory)
                .map(|(k, i, c)| (k.clone(), i, c.spec.name.clone()));
            let Some((key, i, name)) = victim else { return };
            let Some(w) = self.workers.get_mut(&key) else { return };
            let pid = 1000 + (ctx.now.as_millis() % 30000) as u32;
            let c = &w.containers[i];
            let image = super::sh::programs::Image::of(c.image.as_ref().ok().and_then(super::images::lookup).map_or("", |i| i.repository));
            let program = super::env::container_argv(&c.spec, image, &c.env).into_iter().next().unwrap_or(name);
            w.containers[i].kill_oom(ctx.now);
            w.next = Some(ctx.now);
            ctx.trace(format!("system OOM: killed {} in {}", program, key));
            if let Ok(node) = ctx.get(crate::api::Kind::Node, "", &self.cfg.name) {
                let base = program.rsplit('/').next().unwrap_or(&program).to_string();
                self.recorder.event(ctx, &node, WARNING, "SystemOOM", &format!("System OOM encountered, victim process: {}, pid: {}", base, pid));
            }
        }
    }

    /// One pass of the eviction manager.
    pub(super) fn eviction_pass(&mut self, ctx: &mut Ctx) {
        self.disk_pass(ctx);
        let available = self.memory_capacity().saturating_sub(self.working_set());
        if available >= THRESHOLD {
            return;
        }
        self.eviction.last_observed = Some(ctx.now);
        if let Ok(node) = ctx.get(crate::api::Kind::Node, "", &self.cfg.name) {
            self.recorder.event(ctx, &node, WARNING, "EvictionThresholdMet", "Attempting to reclaim memory");
        }
        // rankMemoryPressure over the pods that can be evicted (static pods are critical).
        let victim = self
            .workers
            .iter()
            .filter(|(_, w)| !w.is_static && w.terminating_since.is_none() && w.evicted.is_none())
            .min_by_key(|(_, w)| {
                let (used, req) = (pod_memory(w), pod_request(w));
                let priority = w.pod().spec.as_ref().and_then(|s| s.priority).unwrap_or(0);
                (used <= req, priority, std::cmp::Reverse(used.saturating_sub(req)))
            })
            .map(|(k, _)| k.clone());
        let Some(key) = victim else { return };
        let w = self.workers.get(&key).expect("victim");
        let mut message = format!("The node was low on resource: memory. Threshold quantity: {}, available: {}. ", binary_si(THRESHOLD), binary_si(available / 1024 * 1024));
        for c in w.containers.iter().filter(|c| matches!(c.state, CState::Running { .. })) {
            let req = super::usage::memory_request(&c.spec);
            if c.demand.memory > req {
                message.push_str(&format!("Container {} was using {}, request is {}, has larger consumption of memory. ", c.spec.name, binary_si(c.demand.memory / 1024 * 1024), binary_si(req)));
            }
        }
        self.evict(ctx, &key, message);
    }

    /// The node status reports a change of pressure; the kubelet records it as an event.
    pub(super) fn pressure_event(&mut self, ctx: &mut Ctx, node: &crate::api::Object) {
        let mem = self.memory_pressure(ctx.now);
        if mem != self.eviction.reported {
            self.eviction.reported = mem;
            let reason = if mem { "NodeHasInsufficientMemory" } else { "NodeHasSufficientMemory" };
            self.recorder.event(ctx, node, NORMAL, reason, &format!("Node {} status is now: {}", self.cfg.name, reason));
        }
        let disk = self.disk_pressure(ctx.now);
        if disk != self.eviction.disk_reported {
            self.eviction.disk_reported = disk;
            let reason = if disk { "NodeHasDiskPressure" } else { "NodeHasNoDiskPressure" };
            self.recorder.event(ctx, node, NORMAL, reason, &format!("Node {} status is now: {}", self.cfg.name, reason));
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn quantities_print_in_the_largest_exact_binary_unit() {
        assert_eq!(super::binary_si(100 * 1024 * 1024), "100Mi");
        assert_eq!(super::binary_si(3 * 1024 * 1024 * 1024), "3Gi");
        assert_eq!(super::binary_si(81920 * 1024), "80Mi");
        assert_eq!(super::binary_si(81921 * 1024), "81921Ki");
        assert_eq!(super::binary_si(1000), "1000");
        assert_eq!(super::binary_si(0), "0");
    }
}
