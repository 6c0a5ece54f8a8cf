//! Faults a teacher or learner injects (`kubeplay node|kubelet|runtime|etcd|registry …`,
//! `systemctl stop …` on a node): each changes the simulated machine, never the API directly.

use super::*;

impl Cluster {
    fn etcd_member_names(&self) -> String {
        self.api.raft().members.iter().map(|m| m.name.clone()).collect::<Vec<_>>().join(", ")
    }

    pub(super) fn fault(&mut self, f: crate::sim::command::Fault) -> Output {
        use crate::sim::command::Fault;
        let mut out = Output::default();
        let runtime_down = matches!(f, Fault::RuntimeStop(_));
        let what = match f {
            Fault::KubeletStop(_) | Fault::KubeletStart(_) => "kubelet",
            Fault::RuntimeStop(_) | Fault::RuntimeStart(_) => "runtime",
            _ => "node",
        };
        match f {
            Fault::NodeStop(name) | Fault::NodeStart(name) | Fault::NodePartition(name, _) | Fault::KubeletStop(name) | Fault::KubeletStart(name) | Fault::NodeMemory(name, _) | Fault::NodeDisk(name, _) | Fault::RuntimeStop(name) | Fault::RuntimeStart(name)
                if !self.kubelets.iter().any(|k| k.name() == name) =>
            {
                let names: Vec<&str> = self.kubelets.iter().map(|k| k.name()).collect();
                out.fail(format!("kubeplay {}: no node named {:?}; nodes: {}\n", what, name, names.join(", ")));
                return out;
            }
            Fault::NodeStop(name) => {
                let k = self.kubelets.iter_mut().find(|k| k.name() == name).expect("node");
                if k.stop() {
                    out.out(format!("node {} stopped\n", name));
                    let now = self.now;
                    self.record(TraceEvent { at: now, component: format!("kubelet/{}", name), message: "machine powered off: the kubelet stops posting status".into() });
                } else {
                    out.out(format!("node {} is already stopped\n", name));
                }
                return out;
            }
            Fault::NodeStart(name) => {
                let now = self.now;
                let i = self.kubelets.iter().position(|k| k.name() == name).expect("node");
                if self.kubelets[i].start(now) {
                    out.out(format!("node {} started\n", name));
                    self.schedule(now, KUBELET_BASE + i as Owner);
                } else {
                    out.out(format!("node {} is already running\n", name));
                }
                return out;
            }
            Fault::NodePartition(name, on) => {
                let now = self.now;
                let i = self.kubelets.iter().position(|k| k.name() == name).expect("node");
                if self.kubelets[i].set_partitioned(on, now) {
                    out.out(format!("node {} {}\n", name, if on { "is cut off from the network" } else { "is reconnected" }));
                    let message = if on { "network partitioned: the kubelet reaches nobody and nobody reaches it" } else { "network reconnected" };
                    self.record(TraceEvent { at: now, component: "network".into(), message: format!("{}: {}", name, message) });
                    self.schedule(now, KUBELET_BASE + i as Owner);
                    self.schedule(now, KUBE_PROXY);
                } else {
                    out.out(format!("node {} is {}\n", name, if on { "already cut off" } else { "not cut off" }));
                }
                return out;
            }
            Fault::RuntimeStop(name) | Fault::RuntimeStart(name) => {
                let down = runtime_down;
                let now = self.now;
                let i = self.kubelets.iter().position(|k| k.name() == name).expect("node");
                if self.kubelets[i].set_runtime_down(down, now) {
                    out.out(format!("containerd on {} {}\n", name, if down { "stopped" } else { "started" }));
                    self.record(TraceEvent { at: now, component: format!("kubelet/{}", name), message: format!("containerd.service {}", if down { "stopped" } else { "started" }) });
                    self.schedule(now, KUBELET_BASE + i as Owner);
                } else {
                    out.out(format!("containerd on {} is already {}\n", name, if down { "stopped" } else { "running" }));
                }
                return out;
            }
            Fault::RegistryDown(down) => {
                for k in self.kubelets.iter_mut() {
                    k.set_registry_down(down);
                }
                out.out(if down { "image registries are unreachable from the nodes\n" } else { "image registries are reachable again\n" });
                let now = self.now;
                self.record(TraceEvent { at: now, component: "network".into(), message: format!("image registries {}", if down { "unreachable" } else { "reachable" }) });
                return out;
            }
            Fault::NodeDisk(name, bytes) => {
                let now = self.now;
                let i = self.kubelets.iter().position(|k| k.name() == name).expect("node");
                self.kubelets[i].eviction.disk_hog = bytes;
                let what = crate::kubelet::eviction_quantity(bytes);
                if bytes == 0 {
                    out.out(format!("node {}: the files are gone\n", name));
                } else {
                    out.out(format!("node {}: files outside Kubernetes now take {} of its disk\n", name, what));
                }
                self.record(TraceEvent { at: now, component: format!("kubelet/{}", name), message: format!("disk held outside Kubernetes: {}", what) });
                return out;
            }
            Fault::NodeMemory(name, bytes) => {
                let now = self.now;
                let i = self.kubelets.iter().position(|k| k.name() == name).expect("node");
                self.kubelets[i].eviction.hog = bytes;
                let what = crate::kubelet::eviction_quantity(bytes);
                if bytes == 0 {
                    out.out(format!("node {}: the memory hog is gone\n", name));
                } else {
                    out.out(format!("node {}: a process outside Kubernetes now holds {} of memory\n", name, what));
                }
                self.record(TraceEvent { at: now, component: format!("kubelet/{}", name), message: format!("memory held outside Kubernetes: {}", what) });
                self.schedule(now, KUBELET_BASE + i as Owner);
                return out;
            }
            Fault::KubeletStop(name) => {
                let now = self.now;
                let k = self.kubelets.iter_mut().find(|k| k.name() == name).expect("node");
                if k.stop_service(now) {
                    out.out(format!("kubelet on {} stopped\n", name));
                    self.record(TraceEvent { at: now, component: format!("kubelet/{}", name), message: "kubelet.service stopped: the containers run on, unwatched".into() });
                } else {
                    out.out(format!("kubelet on {} is already stopped\n", name));
                }
                return out;
            }
            Fault::KubeletStart(name) => {
                let now = self.now;
                let i = self.kubelets.iter().position(|k| k.name() == name).expect("node");
                if self.kubelets[i].start_service(now) {
                    out.out(format!("kubelet on {} started\n", name));
                    self.record(TraceEvent { at: now, component: format!("kubelet/{}", name), message: "kubelet.service started".into() });
                    self.schedule(now, KUBELET_BASE + i as Owner);
                } else {
                    out.out(format!("kubelet on {} is already running\n", name));
                }
                return out;
            }
            Fault::EtcdStop(name) => {
                let name = match name.or_else(|| self.api.raft().leader().map(|m| m.name.clone())) {
                    Some(n) => n,
                    None => {
                        out.fail("kubeplay etcd stop: there is no leader to stop\n");
                        return out;
                    }
                };
                let now = self.now;
                if self.api.raft_mut().stop(&name, now) {
                    let id = self.api.raft().members.iter().find(|m| m.name == name).map(|m| m.id).unwrap_or(0);
                    out.out(format!("etcd member {} ({:x}) stopped\n", name, id));
                } else {
                    out.fail(format!("kubeplay etcd stop: no etcd member named {:?}; members: {}\n", name, self.etcd_member_names()));
                }
            }
            Fault::EtcdStart(name) => {
                let now = self.now;
                if self.api.raft_mut().start(&name, now) {
                    out.out(format!("etcd member {} started\n", name));
                } else {
                    out.fail(format!("kubeplay etcd start: no etcd member named {:?}; members: {}\n", name, self.etcd_member_names()));
                }
            }
        }
        self.after_etcd_change();
        out
    }

}
