//! kube-controller-manager: shared informers feeding the controllers, each a loop of
//! informer → work queue of keys → sync(key) that writes only the difference.

pub mod cronjob;
pub mod daemonset;
pub mod deployment;
pub mod disruption;
pub mod endpoints;
pub mod garbagecollector;
pub mod history;
pub mod ingress_nginx;
pub mod job;
pub mod local_path;
pub mod namespace;
pub mod nodeipam;
pub mod nodelifecycle;
pub mod podautoscaler;
pub mod replicaset;
pub mod resourcequota;
pub mod service_lb;
pub mod serviceaccount;
pub mod statefulset;
pub mod volume;

use crate::api::order::Collect;
use crate::api::Kind;
use crate::client::informer::{Delta, Informer};
use crate::client::Ctx;
use crate::sim::clock::SimTime;
use std::collections::BTreeMap;

/// The shared informer factory: one informer per kind, whose caches every controller reads.
#[derive(Default)]
pub struct Informers {
    map: BTreeMap<Kind, Informer>,
}

impl Informers {
    fn with(kinds: &[Kind]) -> Self {
        Informers { map: kinds.iter().map(|k| (*k, Informer::new(*k))).into_map() }
    }

    pub fn get(&self, kind: Kind) -> &Informer {
        self.map.get(&kind).expect("an informer for every kind the manager watches")
    }

    /// Lists (first time) or applies delivered watch events, for every kind.
    fn sync(&mut self, ctx: &mut Ctx) -> Vec<(Kind, Vec<Delta>)> {
        let owner = ctx.owner;
        self.map
            .iter_mut()
            .map(|(k, inf)| (*k, if inf.has_synced() { inf.sync(ctx.api, owner) } else { inf.start(ctx.api, owner) }))
            .collect()
    }
}

/// The kinds kube-controller-manager's controllers watch here.
const WATCHED: &[Kind] = &[
    Kind::Pod,
    Kind::ReplicationController,
    Kind::ReplicaSet,
    Kind::Deployment,
    Kind::DaemonSet,
    Kind::ControllerRevision,
    Kind::Node,
    Kind::Lease,
    Kind::Namespace,
    Kind::ResourceQuota,
    Kind::Service,
    Kind::Endpoints,
    Kind::EndpointSlice,
    Kind::ConfigMap,
    Kind::Secret,
    Kind::PersistentVolumeClaim,
    Kind::PersistentVolume,
    Kind::StorageClass,
    Kind::PodDisruptionBudget,
    Kind::Job,
    Kind::CronJob,
    Kind::StatefulSet,
    Kind::HorizontalPodAutoscaler,
];

pub struct ControllerManager {
    informers: Informers,
    namespace: namespace::NamespaceController,
    serviceaccounts: serviceaccount::ServiceAccounts,
    replication: replicaset::ReplicationManager,
    replicasets: replicaset::ReplicationManager,
    deployments: deployment::DeploymentController,
    disruption: disruption::DisruptionController,
    daemonsets: daemonset::DaemonSetController,
    jobs: job::JobController,
    statefulsets: statefulset::StatefulSetController,
    cronjobs: cronjob::CronJobController,
    hpa: podautoscaler::HorizontalController,
    endpoints: endpoints::EndpointsController,
    ipam: nodeipam::NodeIpam,
    lifecycle: nodelifecycle::NodeLifecycle,
    gc: garbagecollector::GarbageCollector,
    quota: resourcequota::ResourceQuotaController,
    volumes: volume::VolumeController,
    started: bool,
}

impl ControllerManager {
    pub fn new(cluster_cidr: &str, ca_pem: String) -> Self {
        ControllerManager {
            informers: Informers::with(WATCHED),
            namespace: namespace::NamespaceController::default(),
            serviceaccounts: serviceaccount::ServiceAccounts::new(ca_pem),
            replication: replicaset::ReplicationManager::new(Kind::ReplicationController),
            replicasets: replicaset::ReplicationManager::new(Kind::ReplicaSet),
            deployments: deployment::DeploymentController::default(),
            disruption: disruption::DisruptionController::default(),
            daemonsets: daemonset::DaemonSetController::default(),
            jobs: job::JobController::default(),
            statefulsets: statefulset::StatefulSetController::default(),
            cronjobs: cronjob::CronJobController::default(),
            hpa: podautoscaler::HorizontalController::default(),
            endpoints: endpoints::EndpointsController::default(),
            ipam: nodeipam::NodeIpam::new(cluster_cidr),
            lifecycle: nodelifecycle::NodeLifecycle::default(),
            gc: garbagecollector::GarbageCollector::default(),
            quota: resourcequota::ResourceQuotaController::default(),
            volumes: volume::VolumeController::default(),
            started: false,
        }
    }

    /// One turn: take delivered watch events, hand them to the controllers, run their queues.
    pub fn handle(&mut self, ctx: &mut Ctx) {
        let owner = ctx.owner;
        let component = ctx.component;
        self.started = true;
        let deltas = self.informers.sync(ctx);
        let inf = &self.informers;
        // Namespaces and service accounts first: new namespaces get their accounts promptly.
        for (kind, ds) in &deltas {
            for d in ds {
                // The handlers react to this write: the keys they queue remember it.
                crate::client::span::caused_by(d.object());
                match kind {
                    Kind::Namespace => {
                        self.namespace.on_namespace(d);
                        self.serviceaccounts.on_namespace(d);
                    }
                    Kind::Pod => {
                        self.replication.on_pod(d, inf.get(Kind::ReplicationController));
                        self.replicasets.on_pod(d, inf.get(Kind::ReplicaSet));
                        self.deployments.on_pod(d, inf.get(Kind::ReplicaSet), inf.get(Kind::Deployment));
                        self.daemonsets.on_pod(d, inf.get(Kind::DaemonSet));
                        self.jobs.on_pod(d, inf.get(Kind::Job));
                        self.statefulsets.on_pod(d, inf.get(Kind::StatefulSet));
                        self.lifecycle.on_pod(d);
                        self.endpoints.on_pod(d, inf.get(Kind::Service));
                        self.disruption.on_pod(d, inf.get(Kind::PodDisruptionBudget));
                        self.volumes.on_pod(d);
                    }
                    Kind::PersistentVolumeClaim => self.volumes.on_claim(d),
                    Kind::PersistentVolume => self.volumes.on_volume(d),
                    Kind::Service => self.endpoints.on_service(d),
                    Kind::Endpoints | Kind::EndpointSlice => self.endpoints.on_endpoints(d),
                    Kind::Lease => self.lifecycle.on_lease(d, ctx.now),
                    Kind::DaemonSet => self.daemonsets.on_daemonset(d),
                    Kind::Job => {
                        self.jobs.on_job(d);
                        self.cronjobs.on_job(d);
                    }
                    Kind::CronJob => self.cronjobs.on_cronjob(d),
                    Kind::HorizontalPodAutoscaler => self.hpa.on_hpa(d, ctx.now),
                    Kind::ControllerRevision => {
                        self.daemonsets.on_revision(d, inf.get(Kind::DaemonSet));
                        self.statefulsets.on_revision(d, inf.get(Kind::StatefulSet));
                    }
                    Kind::StatefulSet => self.statefulsets.on_set(d),
                    Kind::ReplicationController => self.replication.on_owner(d),
                    Kind::ReplicaSet => {
                        self.replicasets.on_owner(d);
                        self.deployments.on_replicaset(d, inf.get(Kind::Deployment));
                    }
                    Kind::Deployment => self.deployments.on_deployment(d),
                    Kind::Node => {
                        self.ipam.on_node(d);
                        self.lifecycle.on_node(d, ctx.now);
                        self.daemonsets.on_node(d, inf.get(Kind::DaemonSet));
                    }
                    Kind::ResourceQuota => self.quota.on_quota(d),
                    Kind::PodDisruptionBudget => self.disruption.on_pdb(d),
                    _ => {}
                }
                if *kind != Kind::ResourceQuota && *kind != Kind::Namespace && *kind != Kind::Node {
                    self.quota.on_object(d, inf.get(Kind::ResourceQuota));
                }
                self.gc.on_object(d);
            }
        }
        let (sa_deltas, cm_deltas) = if self.serviceaccounts.accounts.has_synced() {
            (self.serviceaccounts.accounts.sync(ctx.api, owner), self.serviceaccounts.ca_maps.sync(ctx.api, owner))
        } else {
            (self.serviceaccounts.accounts.start(ctx.api, owner), self.serviceaccounts.ca_maps.start(ctx.api, owner))
        };
        for d in sa_deltas.iter().chain(cm_deltas.iter()) {
            self.serviceaccounts.on_owned(d);
        }
        let pods = inf.get(Kind::Pod);
        ctx.component = "node-ipam-controller";
        crate::client::span::set_cause(0);
        self.ipam.process(ctx, inf.get(Kind::Node));
        ctx.component = "node-lifecycle-controller";
        crate::client::span::set_cause(0);
        self.lifecycle.process(ctx, inf.get(Kind::Node), pods);
        ctx.component = "replication-controller";
        crate::client::span::set_cause(0);
        self.replication.process(ctx, inf.get(Kind::ReplicationController), pods);
        ctx.component = "replicaset-controller";
        crate::client::span::set_cause(0);
        self.replicasets.process(ctx, inf.get(Kind::ReplicaSet), pods);
        ctx.component = "deployment-controller";
        crate::client::span::set_cause(0);
        self.deployments.process(ctx, inf.get(Kind::Deployment), inf.get(Kind::ReplicaSet), pods);
        ctx.component = "daemonset-controller";
        crate::client::span::set_cause(0);
        self.daemonsets.process(ctx, inf.get(Kind::DaemonSet), pods, inf.get(Kind::Node), inf.get(Kind::ControllerRevision));
        ctx.component = "job-controller";
        crate::client::span::set_cause(0);
        self.jobs.process(ctx, inf.get(Kind::Job), pods);
        ctx.component = "statefulset-controller";
        crate::client::span::set_cause(0);
        self.statefulsets.process(ctx, inf.get(Kind::StatefulSet), pods, inf.get(Kind::ControllerRevision), inf.get(Kind::PersistentVolumeClaim));
        ctx.component = "cronjob-controller";
        crate::client::span::set_cause(0);
        self.cronjobs.process(ctx, inf.get(Kind::CronJob), inf.get(Kind::Job));
        ctx.component = "horizontal-pod-autoscaler";
        crate::client::span::set_cause(0);
        self.hpa.process(ctx, inf.get(Kind::HorizontalPodAutoscaler), pods);
        ctx.component = "endpointslice-controller";
        crate::client::span::set_cause(0);
        self.endpoints.process(ctx, inf.get(Kind::Service), pods, inf.get(Kind::Endpoints), inf.get(Kind::EndpointSlice));
        ctx.component = "garbage-collector-controller";
        crate::client::span::set_cause(0);
        self.gc.process(ctx);
        ctx.component = "namespace-controller";
        crate::client::span::set_cause(0);
        self.namespace.process(ctx, inf.get(Kind::Namespace));
        ctx.component = "serviceaccount-controller";
        crate::client::span::set_cause(0);
        self.serviceaccounts.process(ctx, inf.get(Kind::Namespace));
        ctx.component = "resourcequota-controller";
        crate::client::span::set_cause(0);
        self.quota.process(ctx, inf.get(Kind::ResourceQuota), pods);
        let listers = disruption::Listers {
            pdbs: inf.get(Kind::PodDisruptionBudget),
            pods,
            rcs: inf.get(Kind::ReplicationController),
            rss: inf.get(Kind::ReplicaSet),
            deployments: inf.get(Kind::Deployment),
        };
        ctx.component = "disruption-controller";
        crate::client::span::set_cause(0);
        self.disruption.process(ctx, &listers);
        ctx.component = "persistentvolume-binder-controller";
        crate::client::span::set_cause(0);
        self.volumes.process(ctx, inf.get(Kind::PersistentVolumeClaim), inf.get(Kind::PersistentVolume), inf.get(Kind::StorageClass), pods);
        ctx.component = component;
        if let Some(t) = self.next_wakeup(ctx.now) {
            ctx.wake_at(t);
        }
    }

    /// Work-queue syncs finished by the controllers that use worker pools (for benchmarks).
    pub fn syncs(&self) -> u64 {
        [
            &self.replication.workers,
            &self.replicasets.workers,
            &self.deployments.workers,
            &self.daemonsets.workers,
            &self.jobs.workers,
            &self.cronjobs.workers,
            &self.statefulsets.workers,
            &self.endpoints.workers,
        ]
        .iter()
        .map(|w| w.syncs)
        .sum()
    }

    /// When the controller manager next has work of its own (watch deliveries wake it separately).
    pub fn next_wakeup(&self, now: SimTime) -> Option<SimTime> {
        [
            self.replication.next_ready(now),
            self.replicasets.next_ready(now),
            self.deployments.next_ready(now),
            self.daemonsets.next_ready(now),
            self.jobs.next_ready(now),
            self.statefulsets.next_ready(now),
            self.cronjobs.next_ready(now),
            self.endpoints.next_ready(now),
            self.ipam.queue.next_ready(now),
            self.lifecycle.next_wakeup(now),
            self.namespace.queue.next_ready(now),
            self.quota.next_wakeup(now),
            self.disruption.next_wakeup(now),
            self.hpa.next_wakeup(now),
            self.volumes.next_wakeup(now),
        ]
        .into_iter()
        .flatten()
        .min()
        .or(if self.gc.has_work() { Some(now) } else { None })
        .or(if self.started { None } else { Some(now) })
    }
}
