//! The lab's load balancer: what a cloud provider's service controller (cloud-controller-manager's
//! `service` loop) does with a bare-metal announcer behind it, as MetalLB's layer-2 mode or
//! cloud-provider-kind do for a local cluster. Each Service of type LoadBalancer gets the
//! `service.kubernetes.io/load-balancer-cleanup` finalizer and an address from the lab network's
//! pool (172.30.255.1–254; `spec.loadBalancerIP` when it is free and in the pool), written to
//! `status.loadBalancer.ingress` with the events upstream records; when the Service goes or
//! stops being a LoadBalancer, the address is released and the finalizer removed. The address
//! then carries traffic to the nodes (see `Cluster::carry`): kube-proxy's rules for it do the rest.

use crate::api::order::Collect;
use crate::api::core::{LoadBalancerIngress, LoadBalancerStatus, Service, ServiceStatus};
use crate::api::{Kind, Typed};
use crate::client::events::{Recorder, NORMAL, WARNING};
use crate::client::informer::Informer;
use crate::client::Ctx;
use std::collections::{BTreeMap, BTreeSet};

pub const FINALIZER: &str = "service.kubernetes.io/load-balancer-cleanup";
/// The pool: `POOL_PREFIX` + 1..=254.
pub const POOL_PREFIX: &str = "172.30.255.";
/// The component name on its events.
pub const COMPONENT: &str = "service-controller";

pub struct ServiceLb {
    services: Informer,
    recorder: Recorder,
    work: BTreeSet<String>,
    started: bool,
    /// Addresses handed out, by Service uid (the informer may not show the last turn's yet).
    assigned: BTreeMap<String, String>,
}

impl Default for ServiceLb {
    fn default() -> Self {
        ServiceLb { services: Informer::new(Kind::Service), recorder: Recorder::new(COMPONENT, None), work: BTreeSet::new(), started: false, assigned: BTreeMap::new() }
    }
}

/// The addresses a Service's load balancer holds.
pub fn ingress_ips(svc: &Service) -> Vec<String> {
    svc.status.as_ref().and_then(|s| s.load_balancer.as_ref()).and_then(|lb| lb.ingress.as_ref()).map(|i| i.iter().filter_map(|i| i.ip.clone()).collect()).unwrap_or_default()
}

impl ServiceLb {
    /// One turn: every Service that changed is looked at.
    pub fn handle(&mut self, ctx: &mut Ctx) {
        let deltas = if self.started {
            self.services.sync(ctx.api, ctx.owner)
        } else {
            self.started = true;
            self.services.start(ctx.api, ctx.owner)
        };
        for d in &deltas {
            if let crate::client::informer::Delta::Deleted(o) = d {
                self.assigned.remove(o.uid());
            }
        }
        self.work.extend(deltas.iter().map(|d| d.object().cache_key()));
        for key in std::mem::take(&mut self.work) {
            self.sync(ctx, &key);
        }
    }

    fn sync(&mut self, ctx: &mut Ctx, key: &str) {
        let Some(obj) = self.services.get(key).cloned() else { return };
        let Some(svc) = obj.as_typed::<Service>() else { return };
        let is_lb = svc.spec.as_ref().and_then(|s| s.type_.as_deref()) == Some("LoadBalancer");
        let wants = is_lb && svc.metadata.deletion_timestamp.is_none();
        let has_finalizer = svc.metadata.finalizers.iter().flatten().any(|f| f == FINALIZER);
        let held = ingress_ips(svc);
        let mut svc = svc.clone();
        if wants {
            if !held.is_empty() && has_finalizer {
                return;
            }
            if !has_finalizer {
                svc.metadata.finalizers.get_or_insert_with(Vec::new).push(FINALIZER.to_string());
                match ctx.update(svc.clone().into_object()) {
                    Ok(o) => svc = o.as_typed::<Service>().cloned().unwrap_or(svc),
                    Err(_) => {
                        self.work.insert(key.to_string());
                        return;
                    }
                }
            }
            if !held.is_empty() {
                return;
            }
            self.recorder.event(ctx, &obj, NORMAL, "EnsuringLoadBalancer", "Ensuring load balancer");
            let ip = match self.allocate(&svc) {
                Ok(ip) => ip,
                Err(why) => {
                    let msg = format!("Error syncing load balancer: failed to ensure load balancer: {}", why);
                    self.recorder.event(ctx, &obj, WARNING, "SyncLoadBalancerFailed", &msg);
                    return;
                }
            };
            self.assigned.insert(svc.metadata.uid.clone().unwrap_or_default(), ip.clone());
            let ingress = LoadBalancerIngress { ip: Some(ip), ip_mode: Some("VIP".into()), ..Default::default() };
            let status = svc.status.get_or_insert_with(ServiceStatus::default);
            status.load_balancer = Some(LoadBalancerStatus { ingress: Some(vec![ingress]) });
            if ctx.update_status(svc.into_object()).is_ok() {
                self.recorder.event(ctx, &obj, NORMAL, "EnsuredLoadBalancer", "Ensured load balancer");
            } else {
                self.work.insert(key.to_string());
            }
        } else if has_finalizer || (!is_lb && !held.is_empty()) {
            self.recorder.event(ctx, &obj, NORMAL, "DeletingLoadBalancer", "Deleting load balancer");
            self.assigned.remove(svc.metadata.uid.as_deref().unwrap_or(""));
            if !held.is_empty() {
                if let Some(s) = svc.status.as_mut() {
                    s.load_balancer = Some(LoadBalancerStatus::default());
                }
                match ctx.update_status(svc.clone().into_object()) {
                    Ok(o) => svc = o.as_typed::<Service>().cloned().unwrap_or(svc),
                    Err(_) => {
                        self.work.insert(key.to_string());
                        return;
                    }
                }
            }
            if has_finalizer {
                let rest: Vec<String> = svc.metadata.finalizers.take().into_iter().flatten().filter(|f| f != FINALIZER).collect();
                svc.metadata.finalizers = (!rest.is_empty()).then_some(rest);
                if ctx.update(svc.into_object()).is_err() {
                    self.work.insert(key.to_string());
                    return;
                }
            }
            self.recorder.event(ctx, &obj, NORMAL, "DeletedLoadBalancer", "Deleted load balancer");
        }
    }

    /// The requested address (`spec.loadBalancerIP`) if it is in the pool and free, else the
    /// lowest free one; Err says why a requested address cannot be had.
    fn allocate(&self, svc: &Service) -> Result<String, String> {
        let me = svc.metadata.uid.as_deref().unwrap_or("");
        let mut used: BTreeSet<String> = self.services.iter().filter(|o| o.uid() != me).filter_map(|o| o.as_typed::<Service>()).flat_map(ingress_ips).into_set();
        used.extend(self.assigned.iter().filter(|(uid, _)| *uid != me).map(|(_, ip)| ip.clone()));
        let pool = format!("{}0/24", POOL_PREFIX);
        match svc.spec.as_ref().and_then(|s| s.load_balancer_ip.clone()).filter(|ip| !ip.is_empty()) {
            Some(ip) if !ip.strip_prefix(POOL_PREFIX).and_then(|n| n.parse::<u8>().ok()).is_some_and(|n| (1..=254).contains(&n)) => Err(format!("requested IP {} is not in the pool {}", ip, pool)),
            Some(ip) if used.contains(&ip) => Err(format!("requested IP {} is already in use", ip)),
            Some(ip) => Ok(ip),
            None => (1..=254).map(|n| format!("{}{}", POOL_PREFIX, n)).find(|ip| !used.contains(ip)).ok_or(format!("no available IPs in the pool {}", pool)),
        }
    }
}
