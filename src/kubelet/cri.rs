//! What containerd would answer `crictl` with on this node: the pod sandboxes (each pod's pause
//! container), the containers (running, and exited ones with `-a`), the images pulled, a
//! container's log, and the static pod manifests in `/etc/kubernetes/manifests`.

use super::worker::{CState, Sandbox};
use super::Kubelet;
use crate::sim::clock::SimTime;

pub struct CriPod {
    pub id: String,
    pub created: SimTime,
    pub ready: bool,
    pub name: String,
    pub namespace: String,
    pub attempt: u32,
}

pub struct CriContainer {
    pub id: String,
    pub image: String,
    pub created: SimTime,
    pub running: bool,
    pub name: String,
    pub attempt: i32,
    pub pod_id: String,
    pub pod: String,
    pub namespace: String,
}

pub struct CriImage {
    pub repository: String,
    pub tag: String,
    pub digest: String,
    pub id: String,
    pub size: u64,
}

/// A sandbox's id: containerd's is random; here it is derived from the pod's uid so it stays
/// the same for the pod's life.
pub(super) fn sandbox_id(uid: &str) -> String {
    let a = crate::sim::rng::fnv1a64(uid.as_bytes());
    let b = crate::sim::rng::fnv1a64(format!("{}/sandbox", uid).as_bytes());
    let c = crate::sim::rng::fnv1a64(format!("{}/pause", uid).as_bytes());
    let d = crate::sim::rng::fnv1a64(format!("{}/cri", uid).as_bytes());
    format!("{:016x}{:016x}{:016x}{:016x}", a, b, c, d)
}

impl Kubelet {
    /// `crictl pods`: newest first.
    pub fn cri_pods(&self) -> Vec<CriPod> {
        let mut out: Vec<CriPod> = self
            .workers
            .values()
            .filter_map(|w| {
                let created = w.sandbox_ready_at?;
                let p = w.pod();
                Some(CriPod {
                    id: sandbox_id(p.metadata.uid.as_deref().unwrap_or_default()),
                    created,
                    ready: matches!(w.sandbox, Sandbox::Ready { .. }) && !w.finished,
                    name: p.metadata.name.clone().unwrap_or_default(),
                    namespace: p.metadata.namespace.clone().unwrap_or_default(),
                    attempt: 0,
                })
            })
            .collect();
        crate::api::order::sort_by(&mut out, |a, b| b.created.cmp(&a.created).then_with(|| a.name.cmp(&b.name)));
        out
    }

    /// `crictl ps` (running only unless `all`): newest first.
    pub fn cri_containers(&self, all: bool) -> Vec<CriContainer> {
        let mut out = Vec::new();
        for w in self.workers.values() {
            let p = w.pod();
            let uid = p.metadata.uid.as_deref().unwrap_or_default();
            for c in &w.containers {
                let Some(id) = &c.container_id else { continue };
                let (created, running) = match &c.state {
                    CState::Running { started_at, .. } | CState::Stopping { started_at, .. } => (*started_at, true),
                    CState::Terminated(t) => (t.started_at, false),
                    _ => match &c.last_term {
                        Some(t) => (t.started_at, false),
                        None => continue,
                    },
                };
                if !running && !all {
                    continue;
                }
                out.push(CriContainer {
                    id: id.clone(),
                    image: c.image.as_ref().ok().and_then(super::images::lookup).map(|i| i.digest.trim_start_matches("sha256:").to_string()).unwrap_or_default(),
                    created,
                    running,
                    name: c.spec.name.clone(),
                    attempt: c.restart_count,
                    pod_id: sandbox_id(uid),
                    pod: p.metadata.name.clone().unwrap_or_default(),
                    namespace: p.metadata.namespace.clone().unwrap_or_default(),
                });
            }
        }
        crate::api::order::sort_by(&mut out, |a, b| b.created.cmp(&a.created).then_with(|| a.name.cmp(&b.name)));
        out
    }

    /// `crictl images`: what the node has pulled (and the pause image the sandboxes use).
    pub fn cri_images(&self) -> Vec<CriImage> {
        let mut refs: Vec<String> = self.runtime.images.iter().cloned().collect();
        let pause = "registry.k8s.io/pause:3.10".to_string();
        if !refs.contains(&pause) {
            refs.push(pause);
        }
        let mut out: Vec<CriImage> = refs
            .iter()
            .filter_map(|r| {
                let parsed = super::images::parse_image(r).ok()?;
                let info = super::images::lookup(&parsed)?;
                Some(CriImage {
                    repository: parsed.repository.clone(),
                    tag: parsed.tag.clone().unwrap_or_else(|| "<none>".into()),
                    digest: info.digest.to_string(),
                    id: info.digest.trim_start_matches("sha256:").to_string(),
                    size: info.size_bytes,
                })
            })
            .collect();
        crate::api::order::sort_by(&mut out, |a, b| (&a.repository, &a.tag).cmp(&(&b.repository, &b.tag)));
        out
    }

    /// A container's log as `crictl logs` prints it (by a prefix of its id).
    pub fn cri_logs(&self, id_prefix: &str, epoch_ms: i64) -> Option<String> {
        for w in self.workers.values() {
            for c in &w.containers {
                if c.container_id.as_deref().is_some_and(|id| !id_prefix.is_empty() && id.starts_with(id_prefix)) {
                    return Some(c.log.render(&super::logs::LogQuery::default(), epoch_ms));
                }
            }
        }
        None
    }

    /// The static pods' manifest files (`/etc/kubernetes/manifests`).
    pub fn static_manifests(&self) -> Vec<String> {
        let mut out: Vec<String> = self
            .workers
            .values()
            .filter(|w| w.is_static)
            .map(|w| {
                let p = w.pod();
                let name = p.metadata.name.clone().unwrap_or_default();
                let base = name.strip_suffix(&format!("-{}", self.cfg.name)).unwrap_or(&name).to_string();
                format!("{}.yaml", base)
            })
            .collect();
        crate::api::order::sort(&mut out);
        out
    }
}

/// What a CRI call answers while containerd is down.
pub const UNAVAILABLE: &str = "rpc error: code = Unavailable desc = connection error: desc = \"transport: Error while dialing: dial unix /run/containerd/containerd.sock: connect: connection refused\"";

/// A pod's end of the node's bridge: the host-side veth of a sandbox on the pod network.
pub struct Veth {
    pub name: String,
    pub mac: String,
    /// The sandbox's network namespace (`cni-<uuid>`).
    pub netns: String,
    pub created: SimTime,
}

/// A pod sandbox's network namespace (`cni-<uuid>`), derived from the pod's uid.
pub(super) fn netns_of(uid: &str) -> String {
    let a = crate::sim::rng::fnv1a64(format!("netns{}", uid).as_bytes());
    let b = crate::sim::rng::fnv1a64(&a.to_be_bytes());
    format!("cni-{:08x}-{:04x}-{:04x}-{:04x}-{:012x}", a >> 32, (a >> 16) & 0xffff, a & 0xffff, b >> 48, b & 0xffff_ffff_ffff)
}

/// A locally administered MAC address derived from a name.
pub fn mac_of(seed: &str) -> String {
    let h = crate::sim::rng::fnv1a64(seed.as_bytes()).to_be_bytes();
    // Locally administered, unicast.
    format!("{:02x}:{:02x}:{:02x}:{:02x}:{:02x}:{:02x}", (h[0] & 0xfe) | 0x02, h[1], h[2], h[3], h[4], h[5])
}

impl Kubelet {
    /// The node's network as `ip` shows it: its address, its pod CIDR, and a veth per pod
    /// sandbox on the bridge (host-network pods have none), oldest first.
    pub fn net_view(&self) -> (String, Option<String>, Vec<Veth>, String) {
        let mut veths: Vec<Veth> = self
            .workers
            .values()
            .filter(|w| !w.host_network() && matches!(w.sandbox, Sandbox::Ready { .. }))
            .filter_map(|w| {
                let uid = w.pod().metadata.uid.clone().unwrap_or_default();
                let h = format!("{:016x}", crate::sim::rng::fnv1a64(format!("veth{}", uid).as_bytes()));
                Some(Veth { name: format!("veth{}", &h[..8]), mac: mac_of(&h), netns: netns_of(&uid), created: w.sandbox_ready_at? })
            })
            .collect();
        crate::api::order::sort_by(&mut veths, |a, b| a.created.cmp(&b.created).then_with(|| a.name.cmp(&b.name)));
        (self.cfg.internal_ip.clone(), self.pod_cidr.clone(), veths, mac_of(&self.cfg.name))
    }
}
