//! The kubelet's Node: registering it, the status it reports (addresses, capacity, conditions,
//! images, taints while not ready), and the heartbeats — a Lease renewal every 10 seconds and a
//! full status when something changed or every 5 minutes.

use crate::api::order::Collect;
use super::*;

impl Kubelet {
    /// The status the kubelet reports. A condition keeps its transition time while its status
    /// stays the same; every report refreshes the heartbeat times.
    pub(super) fn node_status(&self, ctx: &Ctx, existing: Option<&NodeStatus>) -> NodeStatus {
        let now = ctx.api.epoch().time(ctx.now);
        let ready = self.pod_cidr.is_some();
        let old = existing.and_then(|s| s.conditions.as_ref());
        let cond = |t: &str, status: &str, reason: &str, message: &str| NodeCondition {
            type_: t.into(),
            status: status.into(),
            reason: Some(reason.into()),
            message: Some(message.into()),
            last_heartbeat_time: Some(now.clone()),
            last_transition_time: old
                .and_then(|cs| cs.iter().find(|c| c.type_ == t && c.status == status))
                .and_then(|c| c.last_transition_time.clone())
                .or_else(|| Some(now.clone())),
        };
        let mem = self.cfg.memory_ki;
        let capacity: BTreeMap<String, Quantity> = [
            ("cpu", self.cfg.cpu.clone()),
            ("ephemeral-storage", format!("{}Ki", self.cfg.ephemeral_storage_ki)),
            ("hugepages-1Gi", "0".into()),
            ("hugepages-2Mi", "0".into()),
            ("memory", format!("{}Ki", mem)),
            ("pods", self.cfg.max_pods.to_string()),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), q(v)))
        .into_map();
        let mut allocatable = capacity.clone();
        // kubeadm reserves nothing; hard eviction keeps 100Mi of memory and 10% of the disk.
        allocatable.insert("memory".into(), q(format!("{}Ki", mem.saturating_sub(100 * 1024))));
        allocatable.insert("ephemeral-storage".into(), q(((self.cfg.ephemeral_storage_ki * 1024) * 9 / 10).to_string()));
        let mut images: Vec<ContainerImage> = self
            .runtime
            .images
            .iter()
            .filter_map(|full| {
                let r = images::parse_image(full).ok()?;
                let info = images::lookup(&r)?;
                Some(ContainerImage { names: Some(vec![format!("{}@{}", info.repository, info.digest), full.clone()]), size_bytes: Some(info.size_bytes as i64) })
            })
            .collect();
        crate::api::order::sort_by_key(&mut images, |i| std::cmp::Reverse(i.size_bytes));
        NodeStatus {
            conditions: Some(vec![
                if self.containerd.down {
                    cond("MemoryPressure", "False", "KubeletHasSufficientMemory", "kubelet has sufficient memory available")
                } else if self.memory_pressure(ctx.now) {
                    cond("MemoryPressure", "True", "KubeletHasInsufficientMemory", "kubelet has insufficient memory available")
                } else {
                    cond("MemoryPressure", "False", "KubeletHasSufficientMemory", "kubelet has sufficient memory available")
                },
                if self.disk_pressure(ctx.now) && !self.containerd.down {
                    cond("DiskPressure", "True", "KubeletHasDiskPressure", "kubelet has disk pressure")
                } else {
                    cond("DiskPressure", "False", "KubeletHasNoDiskPressure", "kubelet has no disk pressure")
                },
                cond("PIDPressure", "False", "KubeletHasSufficientPID", "kubelet has sufficient PID available"),
                if self.containerd.down {
                    cond("Ready", "False", "KubeletNotReady", "container runtime is down")
                } else if ready {
                    cond("Ready", "True", "KubeletReady", "kubelet is posting ready status")
                } else {
                    cond("Ready", "False", "KubeletNotReady", "container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized")
                },
            ]),
            addresses: Some(vec![
                NodeAddress { type_: "InternalIP".into(), address: self.cfg.internal_ip.clone() },
                NodeAddress { type_: "Hostname".into(), address: self.cfg.name.clone() },
            ]),
            allocatable: Some(allocatable),
            capacity: Some(capacity),
            daemon_endpoints: Some(crate::api::core::NodeDaemonEndpoints {
                kubelet_endpoint: Some(crate::api::core::DaemonEndpoint { port: 10250 }),
            }),
            images: if images.is_empty() { None } else { Some(images) },
            node_info: Some(Box::new(NodeSystemInfo {
                architecture: "amd64".into(),
                boot_id: self.machine_ids.2.clone(),
                container_runtime_version: self.cfg.container_runtime_version.clone(),
                kernel_version: self.cfg.kernel_version.clone(),
                kube_proxy_version: String::new(),
                kubelet_version: self.cfg.kubelet_version.clone(),
                machine_id: self.machine_ids.0.clone(),
                operating_system: "linux".into(),
                os_image: self.cfg.os_image.clone(),
                system_uuid: self.machine_ids.1.clone(),
                swap: None,
            })),
            ..Default::default()
        }
    }

    /// `registerWithAPIServer`: create the Node (or take over an existing one).
    pub(super) fn register(&mut self, ctx: &mut Ctx) -> bool {
        let mut labels = [
            ("beta.kubernetes.io/arch".to_string(), "amd64".to_string()),
            ("beta.kubernetes.io/os".to_string(), "linux".to_string()),
            ("kubernetes.io/arch".to_string(), "amd64".to_string()),
            ("kubernetes.io/hostname".to_string(), self.cfg.name.clone()),
            ("kubernetes.io/os".to_string(), "linux".to_string()),
        ].into_iter().into_map();
        labels.extend(self.cfg.labels.clone());
        let mut taints = self.cfg.register_with_taints.clone();
        taints.push(Taint { key: "node.kubernetes.io/not-ready".into(), effect: "NoSchedule".into(), value: None, time_added: None });
        let node = Node {
            metadata: ObjectMeta {
                name: Some(self.cfg.name.clone()),
                labels: Some(labels),
                annotations: Some([
                    ("kubeadm.alpha.kubernetes.io/cri-socket".to_string(), "unix:///var/run/containerd/containerd.sock".to_string()),
                    ("node.alpha.kubernetes.io/ttl".to_string(), "0".to_string()),
                    ("volumes.kubernetes.io/controller-managed-attach-detach".to_string(), "true".to_string()),
                ].into_iter().into_map()),
                ..Default::default()
            },
            spec: Some(NodeSpec { taints: Some(taints), ..Default::default() }),
            status: None,
        };
        match ctx.create("", node.into_object()) {
            Ok(created) => {
                let mut n = Node::from_object(&created).expect("node").clone();
                n.status = Some(self.node_status(ctx, None));
                self.last_status_report = Some(ctx.now);
                let _ = ctx.update_status(n.into_object());
                ctx.trace(format!("registered node {}", self.cfg.name));
                let node_obj = ctx.get(Kind::Node, "", &self.cfg.name).ok();
                if let Some(o) = node_obj {
                    self.recorder.event(ctx, &o, NORMAL, "Starting", "Starting kubelet.");
                }
                true
            }
            Err(e) if e.is_already_exists() => true,
            Err(e) => {
                ctx.trace(format!("unable to register node: {}", e));
                false
            }
        }
    }

    pub(super) fn write_node_status(&mut self, ctx: &mut Ctx) {
        self.sync_node_status(ctx, true);
    }

    /// `syncNodeStatus`: post the status when it changed, or when the report period ran out.
    pub(super) fn sync_node_status(&mut self, ctx: &mut Ctx, force: bool) {
        let Ok(obj) = ctx.get(Kind::Node, "", &self.cfg.name) else { return };
        let current = Node::from_object(&obj).expect("node");
        let next = self.node_status(ctx, current.status.as_ref());
        let changed = current.status.as_ref().is_none_or(|old| status_changed(old, &next));
        let due = self.last_status_report.is_none_or(|t| ctx.now.since(t) >= STATUS_REPORT);
        if !(force || changed || due) {
            return;
        }
        // `setNodeReadyCondition` records the transition from what the Node says now (after a
        // restart, the node controller's Unknown).
        let ready = |s: Option<&NodeStatus>| s.and_then(|s| s.conditions.as_ref()).and_then(|cs| cs.iter().find(|c| c.type_ == "Ready")).map(|c| c.status.clone());
        let (was, now_ready) = (ready(current.status.as_ref()), ready(Some(&next)));
        let mut n = current.clone();
        n.status = Some(next);
        n.metadata.resource_version = None;
        if let Ok(written) = ctx.update_status(n.into_object()) {
            self.last_status_report = Some(ctx.now);
            if was.is_some() && was != now_ready {
                let reason = if now_ready.as_deref() == Some("True") { "NodeReady" } else { "NodeNotReady" };
                self.recorder.event(ctx, &written, NORMAL, reason, &format!("Node {} status is now: {}", self.cfg.name, reason));
            }
            self.pressure_event(ctx, &written);
        }
    }

    /// The node heartbeat: renew the Lease in `kube-node-lease` (creating it, owned by the
    /// Node, the first time) and check the node status.
    pub(super) fn heartbeat(&mut self, ctx: &mut Ctx) {
        use crate::api::coordination::{Lease, LeaseSpec};
        let renew = Some(crate::api::metav1::MicroTime(ctx.api.epoch().micro_timestamp(ctx.now)));
        match ctx.get(Kind::Lease, "kube-node-lease", &self.cfg.name) {
            Ok(o) => {
                let mut l = Lease::from_object(&o).expect("lease").clone();
                let spec = l.spec.get_or_insert_with(Default::default);
                spec.renew_time = renew;
                spec.holder_identity = Some(self.cfg.name.clone());
                spec.lease_duration_seconds = Some(LEASE_DURATION_SECONDS);
                let _ = ctx.update(l.into_object());
            }
            Err(e) if e.is_not_found() => {
                let uid = ctx.get(Kind::Node, "", &self.cfg.name).map(|n| n.uid().to_string()).unwrap_or_default();
                let lease = Lease {
                    metadata: ObjectMeta {
                        name: Some(self.cfg.name.clone()),
                        namespace: Some("kube-node-lease".into()),
                        owner_references: Some(vec![crate::api::metav1::OwnerReference {
                            api_version: "v1".into(),
                            kind: "Node".into(),
                            name: self.cfg.name.clone(),
                            uid,
                            controller: None,
                            block_owner_deletion: None,
                        }]),
                        ..Default::default()
                    },
                    spec: Some(LeaseSpec {
                        holder_identity: Some(self.cfg.name.clone()),
                        lease_duration_seconds: Some(LEASE_DURATION_SECONDS),
                        renew_time: renew,
                        ..Default::default()
                    }),
                };
                let _ = ctx.create("kube-node-lease", lease.into_object());
            }
            Err(_) => {}
        }
        self.eviction_pass(ctx);
        self.sync_node_status(ctx, false);
    }
}

/// `nodeStatusHasChanged`: any difference but the conditions' heartbeat times (compared field by
/// field, without copying the status the kubelet checks every ten seconds).
fn status_changed(old: &NodeStatus, new: &NodeStatus) -> bool {
    let NodeStatus { addresses, allocatable, capacity, conditions, config, daemon_endpoints, features, images, node_info, phase, runtime_handlers, volumes_attached, volumes_in_use } = old;
    let conditions_differ = {
        let (a, b) = (conditions.as_deref().unwrap_or_default(), new.conditions.as_deref().unwrap_or_default());
        a.len() != b.len()
            || a.iter().zip(b).any(|(x, y)| {
                (&x.type_, &x.status, &x.reason, &x.message, &x.last_transition_time) != (&y.type_, &y.status, &y.reason, &y.message, &y.last_transition_time)
            })
    };
    conditions_differ
        || *addresses != new.addresses
        || *allocatable != new.allocatable
        || *capacity != new.capacity
        || *config != new.config
        || *daemon_endpoints != new.daemon_endpoints
        || *features != new.features
        || *images != new.images
        || *node_info != new.node_info
        || *phase != new.phase
        || *runtime_handlers != new.runtime_handlers
        || *volumes_attached != new.volumes_attached
        || *volumes_in_use != new.volumes_in_use
}
