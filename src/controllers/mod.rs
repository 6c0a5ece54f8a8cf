//! kube-controller-manager: shared informers feeding the controllers, each a loop of
//! informer → work queue of keys → sync(key) that writes only the difference.

pub mod garbagecollector;
pub mod namespace;
pub mod nodeipam;
pub mod nodelifecycle;
pub mod replicaset;
pub mod resourcequota;
pub mod serviceaccount;

use crate::api::Kind;
use crate::client::informer::Informer;
use crate::client::Ctx;
use crate::sim::clock::SimTime;

pub struct ControllerManager {
    pods: Informer,
    rcs: Informer,
    nodes: Informer,
    namespaces: Informer,
    namespace: namespace::NamespaceController,
    serviceaccounts: serviceaccount::ServiceAccounts,
    replication: replicaset::ReplicationManager,
    ipam: nodeipam::NodeIpam,
    lifecycle: nodelifecycle::NodeLifecycle,
    gc: garbagecollector::GarbageCollector,
    quota: resourcequota::ResourceQuotaController,
    started: bool,
}

impl ControllerManager {
    pub fn new(cluster_cidr: &str, ca_pem: String) -> Self {
        ControllerManager {
            pods: Informer::new(Kind::Pod),
            rcs: Informer::new(Kind::ReplicationController),
            nodes: Informer::new(Kind::Node),
            namespaces: Informer::new(Kind::Namespace),
            namespace: namespace::NamespaceController::default(),
            serviceaccounts: serviceaccount::ServiceAccounts::new(ca_pem),
            replication: replicaset::ReplicationManager::default(),
            ipam: nodeipam::NodeIpam::new(cluster_cidr),
            lifecycle: nodelifecycle::NodeLifecycle::default(),
            gc: garbagecollector::GarbageCollector::default(),
            quota: resourcequota::ResourceQuotaController::default(),
            started: false,
        }
    }

    /// One turn: take delivered watch events, hand them to the controllers, run their queues.
    pub fn handle(&mut self, ctx: &mut Ctx) {
        let owner = ctx.owner;
        let (rc_deltas, pod_deltas, node_deltas, ns_deltas) = if self.started {
            (self.rcs.sync(ctx.api, owner), self.pods.sync(ctx.api, owner), self.nodes.sync(ctx.api, owner), self.namespaces.sync(ctx.api, owner))
        } else {
            self.started = true;
            (self.rcs.start(ctx.api, owner), self.pods.start(ctx.api, owner), self.nodes.start(ctx.api, owner), self.namespaces.start(ctx.api, owner))
        };
        for d in &ns_deltas {
            self.namespace.on_namespace(d);
            self.serviceaccounts.on_namespace(d);
        }
        let (sa_deltas, cm_deltas) = if self.serviceaccounts.accounts.has_synced() {
            (self.serviceaccounts.accounts.sync(ctx.api, owner), self.serviceaccounts.ca_maps.sync(ctx.api, owner))
        } else {
            (self.serviceaccounts.accounts.start(ctx.api, owner), self.serviceaccounts.ca_maps.start(ctx.api, owner))
        };
        for d in sa_deltas.iter().chain(cm_deltas.iter()) {
            self.serviceaccounts.on_owned(d);
        }
        let quota_deltas = if self.quota.quotas.has_synced() { self.quota.quotas.sync(ctx.api, owner) } else { self.quota.quotas.start(ctx.api, owner) };
        for d in &quota_deltas {
            self.quota.on_quota(d);
        }
        for i in 0..self.quota.watched.len() {
            let inf = &mut self.quota.watched[i];
            let deltas = if inf.has_synced() { inf.sync(ctx.api, owner) } else { inf.start(ctx.api, owner) };
            for d in &deltas {
                self.quota.on_object(d);
            }
        }
        for d in &rc_deltas {
            self.replication.on_rc(d);
            self.gc.on_object(d);
        }
        for d in &pod_deltas {
            self.replication.on_pod(d, &self.rcs);
            self.gc.on_object(d);
            self.quota.on_object(d);
        }
        for d in &node_deltas {
            self.ipam.on_node(d);
            self.lifecycle.on_node(d);
        }
        self.ipam.process(ctx, &self.nodes);
        self.lifecycle.process(ctx, &self.nodes);
        self.replication.process(ctx, &self.rcs, &self.pods);
        self.gc.process(ctx);
        self.namespace.process(ctx, &self.namespaces);
        self.serviceaccounts.process(ctx, &self.namespaces);
        self.quota.process(ctx, &self.pods);
        for t in [self.ipam.queue.next_ready(ctx.now), self.lifecycle.queue.next_ready(ctx.now), self.namespace.queue.next_ready(ctx.now), self.quota.next_wakeup(ctx.now)]
            .into_iter()
            .flatten()
        {
            ctx.wake_at(t);
        }
    }

    /// When the controller manager next has work of its own (watch deliveries wake it separately).
    pub fn next_wakeup(&self, now: SimTime) -> Option<SimTime> {
        [self.replication.next_ready(now), self.ipam.queue.next_ready(now), self.lifecycle.queue.next_ready(now), self.namespace.queue.next_ready(now), self.quota.next_wakeup(now)]
            .into_iter()
            .flatten()
            .min()
            .or(if self.gc.has_work() { Some(now) } else { None })
            .or(if self.started { None } else { Some(now) })
    }
}
