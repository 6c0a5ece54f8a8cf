//! The endpoints controller (`pkg/controller/endpoint`) and the EndpointSlice controller
//! (`pkg/controller/endpointslice`): for every Service with a selector, the pods it selects —
//! ready ones as addresses, not-ready ones apart, terminating ones left out of Endpoints and
//! marked `terminating` in slices — with each service port resolved against the pod's
//! container ports. Both write only when something changed.

use crate::api::order::Collect;
use crate::api::core::{EndpointAddress, EndpointPort, EndpointSubset, Endpoints, ObjectReference, Pod, Service};
use crate::api::discovery::{Endpoint, EndpointConditions, EndpointPort as SlicePort, EndpointSlice};
use crate::api::labels::Selector;
use crate::api::meta::split_key;
use crate::api::metav1::{ObjectMeta, OwnerReference};
use crate::api::{Kind, Typed};
use crate::apiserver::DeleteOptions;
use crate::client::informer::{Delta, Informer};
use crate::client::workqueue::{sync_cost, WorkQueue, Workers};
use crate::client::Ctx;
use crate::sim::clock::SimTime;
use k8s_openapi::apimachinery::pkg::util::intstr::IntOrString;

pub const MANAGED_BY: &str = "endpointslice.kubernetes.io/managed-by";
pub const SLICE_CONTROLLER: &str = "endpointslice-controller.k8s.io";
pub const SERVICE_NAME: &str = "kubernetes.io/service-name";
const TRIGGER_TIME: &str = "endpoints.kubernetes.io/last-change-trigger-time";
const HEADLESS: &str = "service.kubernetes.io/headless";
const MAX_ENDPOINTS_PER_SLICE: usize = 100;

pub struct EndpointsController {
    pub queue: WorkQueue,
    pub(crate) workers: Workers,
    examined: usize,
    writes: usize,
}

impl Default for EndpointsController {
    fn default() -> Self {
        EndpointsController { queue: WorkQueue::new(), workers: Workers::new(5), examined: 0, writes: 0 }
    }
}

fn selector(svc: &Service) -> Option<Selector> {
    svc.spec.as_ref()?.selector.as_ref().filter(|s| !s.is_empty()).map(Selector::from_map)
}

/// Resolved ports (name, number, protocol): what pods are grouped by.
type PortSet = Vec<(String, i32, String)>;

/// The group of `key`, added if new. Groups are few (pods of a Service mostly share their ports):
/// a vector, sorted by key before use (the order a `BTreeMap<PortSet, _>` would give, without
/// a map type per use).
fn group<V: Default>(groups: &mut Vec<(PortSet, V)>, key: PortSet) -> &mut V {
    let i = match groups.iter().position(|g| g.0 == key) {
        Some(i) => i,
        None => {
            groups.push((key, V::default()));
            groups.len() - 1
        }
    };
    &mut groups[i].1
}

fn is_ready(pod: &Pod) -> bool {
    pod.status.as_ref().and_then(|s| s.conditions.as_ref()).is_some_and(|cs| cs.iter().any(|c| c.type_ == "Ready" && c.status == "True"))
}

fn pod_ip(pod: &Pod) -> Option<&str> {
    pod.status.as_ref()?.pod_ip.as_deref().filter(|ip| !ip.is_empty())
}

/// `podutil.FindPort`: a service port's target on this pod.
fn find_port(pod: &Pod, target: Option<&IntOrString>, port: i32, protocol: &str) -> Option<i32> {
    match target {
        None => Some(port),
        Some(IntOrString::Int(p)) => Some(*p),
        Some(IntOrString::String(name)) => pod.spec.as_ref()?.containers.iter().flat_map(|c| c.ports.iter().flatten()).find(|p| p.name.as_deref() == Some(name.as_str()) && p.protocol.as_deref().unwrap_or("TCP") == protocol).map(|p| p.container_port),
    }
}

fn ip_key(ip: &str) -> Vec<u32> {
    ip.split('.').map(|p| p.parse().unwrap_or(0)).collect()
}

fn target_ref(pod: &Pod) -> ObjectReference {
    ObjectReference {
        kind: Some("Pod".into()),
        namespace: pod.metadata.namespace.clone(),
        name: pod.metadata.name.clone(),
        uid: pod.metadata.uid.clone(),
        ..Default::default()
    }
}

impl EndpointsController {
    pub fn on_service(&mut self, d: &Delta) {
        self.queue.add(&d.object().cache_key());
    }

    /// A pod change concerns the services whose selectors match it before or after.
    pub fn on_pod(&mut self, d: &Delta, services: &Informer) {
        let (old, new) = match d {
            Delta::Added(o) | Delta::Deleted(o) => (None, o),
            Delta::Updated { old, new } => (Some(old), new),
        };
        for s in services.in_namespace(new.namespace()) {
            let Some(svc) = Service::from_object(s) else { continue };
            let Some(sel) = selector(svc) else { continue };
            if sel.matches(new.meta().labels.as_ref()) || old.is_some_and(|o| sel.matches(o.meta().labels.as_ref())) {
                self.queue.add(&s.cache_key());
            }
        }
    }

    /// Someone else changed what we manage: sync the service again (it may need putting back).
    pub fn on_endpoints(&mut self, d: &Delta) {
        let o = d.object();
        let name = match o.kind() {
            Kind::EndpointSlice => o.meta().labels.as_ref().filter(|l| l.get(MANAGED_BY).map(String::as_str) == Some(SLICE_CONTROLLER)).and_then(|l| l.get(SERVICE_NAME)).cloned(),
            _ => Some(o.name().to_string()),
        };
        if let Some(n) = name {
            self.queue.add(&crate::api::meta::cache_key(o.namespace(), &n));
        }
    }

    pub fn next_ready(&self, now: SimTime) -> Option<SimTime> {
        self.workers.next_ready(&self.queue, now)
    }

    pub fn process(&mut self, ctx: &mut Ctx, services: &Informer, pods: &Informer, endpoints: &Informer, slices: &Informer) {
        while let Some((w, key)) = self.workers.next(&mut self.queue, ctx.now) {
            self.examined = 0;
            self.writes = 0;
            match self.sync_service(ctx, &key, services, pods, endpoints, slices) {
                Ok(()) => self.queue.forget(&key),
                Err(e) => {
                    ctx.trace(format!("sync endpoints {} failed: {}; requeued with backoff", key, e));
                    let at = self.queue.add_rate_limited(&key, ctx.now);
                    ctx.wake_at(at);
                }
            }
            self.workers.done(w, key, ctx.now, sync_cost(self.examined, self.writes));
        }
        if let Some(t) = self.next_ready(ctx.now) {
            ctx.wake_at(t);
        }
    }

    fn sync_service(&mut self, ctx: &mut Ctx, key: &str, services: &Informer, pods: &Informer, endpoints: &Informer, slices: &Informer) -> Result<(), String> {
        let (ns, name) = split_key(key);
        let svc = services.get(key).and_then(|o| Service::from_object(o)).cloned();
        let Some(svc) = svc else {
            // The Service is gone: its Endpoints go too (slices follow by garbage collection).
            if endpoints.get(key).is_some() {
                self.writes += 1;
                let _ = ctx.delete(Kind::Endpoints, ns, name, &DeleteOptions::default());
            }
            return Ok(());
        };
        let Some(sel) = selector(&svc) else { return Ok(()) };
        if svc.metadata.deletion_timestamp.is_some() {
            return Ok(());
        }
        let mut selected: Vec<&Pod> = pods.in_namespace(ns).filter_map(|o| Pod::from_object(o)).filter(|p| sel.matches(p.metadata.labels.as_ref())).collect();
        self.examined = selected.len();
        crate::api::order::sort_by(&mut selected, |a, b| a.metadata.name.cmp(&b.metadata.name));
        let publish_not_ready = svc.spec.as_ref().and_then(|s| s.publish_not_ready_addresses).unwrap_or(false);
        let ports = svc.spec.as_ref().and_then(|s| s.ports.clone()).unwrap_or_default();
        let trigger = selected
            .iter()
            .filter_map(|p| p.status.as_ref().and_then(|s| s.conditions.as_ref()).and_then(|cs| cs.iter().find(|c| c.type_ == "Ready")).and_then(|c| c.last_transition_time.clone()).or_else(|| p.metadata.creation_timestamp.clone()))
            .max_by_key(|t| t.0)
            .or_else(|| svc.metadata.creation_timestamp.clone());
        self.sync_endpoints(ctx, &svc, &selected, &ports, publish_not_ready, trigger.as_ref(), endpoints)?;
        self.sync_slices(ctx, &svc, &selected, &ports, publish_not_ready, trigger.as_ref(), slices)
    }

    #[allow(clippy::too_many_arguments)]
    fn sync_endpoints(&mut self, ctx: &mut Ctx, svc: &Service, pods: &[&Pod], ports: &[crate::api::core::ServicePort], publish_not_ready: bool, trigger: Option<&crate::api::metav1::Time>, endpoints: &Informer) -> Result<(), String> {
        // Port set → (ready, not ready) addresses, as `RepackSubsets` groups them.
        let mut groups: Vec<(PortSet, (Vec<EndpointAddress>, Vec<EndpointAddress>))> = Vec::new();
        for pod in pods {
            let Some(ip) = pod_ip(pod) else { continue };
            if pod.metadata.deletion_timestamp.is_some() && !publish_not_ready {
                continue;
            }
            let phase = pod.status.as_ref().and_then(|s| s.phase.as_deref()).unwrap_or("");
            if phase == "Succeeded" || phase == "Failed" {
                continue;
            }
            let mut pset = Vec::new();
            for p in ports {
                let proto = p.protocol.clone().unwrap_or_else(|| "TCP".into());
                if let Some(port) = find_port(pod, p.target_port.as_ref(), p.port, &proto) {
                    pset.push((p.name.clone().unwrap_or_default(), port, proto));
                }
            }
            let addr = EndpointAddress { ip: ip.to_string(), node_name: pod.spec.as_ref().and_then(|s| s.node_name.clone()), target_ref: Some(Box::new(target_ref(pod))), hostname: dns_hostname(pod, svc) };
            let entry = group(&mut groups, pset);
            if is_ready(pod) || publish_not_ready {
                entry.0.push(addr);
            } else {
                entry.1.push(addr);
            }
        }
        crate::api::order::sort_by(&mut groups, |a, b| a.0.cmp(&b.0));
        let subsets: Vec<EndpointSubset> = groups
            .into_iter()
            .map(|(pset, (mut ready, mut not_ready))| {
                crate::api::order::sort_by(&mut ready, |a, b| ip_key(&a.ip).cmp(&ip_key(&b.ip)));
                crate::api::order::sort_by(&mut not_ready, |a, b| ip_key(&a.ip).cmp(&ip_key(&b.ip)));
                EndpointSubset {
                    addresses: (!ready.is_empty()).then_some(ready),
                    not_ready_addresses: (!not_ready.is_empty()).then_some(not_ready),
                    ports: (!pset.is_empty()).then(|| pset.into_iter().map(|(name, port, protocol)| EndpointPort { name: (!name.is_empty()).then_some(name), port, protocol: Some(protocol), app_protocol: None }).collect()),
                }
            })
            .collect();
        let mut labels = svc.metadata.labels.clone().unwrap_or_default();
        let headless = svc.spec.as_ref().and_then(|s| s.cluster_ip.as_deref()) == Some("None");
        if headless {
            labels.insert(HEADLESS.into(), String::new());
        }
        let key = svc_key(svc);
        let current = endpoints.get(&key).and_then(|o| Endpoints::from_object(o));
        let subsets_opt = (!subsets.is_empty()).then_some(subsets);
        if let Some(cur) = current {
            if cur.subsets == subsets_opt && cur.metadata.labels.clone().unwrap_or_default() == labels {
                return Ok(());
            }
        }
        let mut annotations = current.and_then(|c| c.metadata.annotations.clone()).unwrap_or_default();
        match trigger {
            Some(t) => annotations.insert(TRIGGER_TIME.into(), crate::api::timefmt::rfc3339(&t.0)),
            None => annotations.remove(TRIGGER_TIME),
        };
        let ep = Endpoints {
            metadata: ObjectMeta {
                name: svc.metadata.name.clone(),
                namespace: svc.metadata.namespace.clone(),
                labels: (!labels.is_empty()).then_some(labels),
                annotations: (!annotations.is_empty()).then_some(annotations),
                resource_version: current.and_then(|c| c.metadata.resource_version.clone()),
                ..Default::default()
            },
            subsets: subsets_opt,
        };
        self.writes += 1;
        let ns = svc.metadata.namespace.clone().unwrap_or_default();
        let res = if current.is_some() { ctx.update(ep.into_object()) } else { ctx.create(&ns, ep.into_object()) };
        res.map(|_| ()).map_err(|e| e.message)
    }

    #[allow(clippy::too_many_arguments)]
    fn sync_slices(&mut self, ctx: &mut Ctx, svc: &Service, pods: &[&Pod], ports: &[crate::api::core::ServicePort], publish_not_ready: bool, trigger: Option<&crate::api::metav1::Time>, slices: &Informer) -> Result<(), String> {
        let svc_name = svc.metadata.name.clone().unwrap_or_default();
        let ns = svc.metadata.namespace.clone().unwrap_or_default();
        // Endpoints grouped by their resolved ports.
        let mut groups: Vec<(PortSet, Vec<Endpoint>)> = Vec::new();
        for pod in pods {
            let Some(ip) = pod_ip(pod) else { continue };
            let phase = pod.status.as_ref().and_then(|s| s.phase.as_deref()).unwrap_or("");
            if phase == "Succeeded" || phase == "Failed" {
                continue;
            }
            let terminating = pod.metadata.deletion_timestamp.is_some();
            let serving = is_ready(pod) || publish_not_ready;
            let mut pset = Vec::new();
            for p in ports {
                let proto = p.protocol.clone().unwrap_or_else(|| "TCP".into());
                if let Some(port) = find_port(pod, p.target_port.as_ref(), p.port, &proto) {
                    pset.push((p.name.clone().unwrap_or_default(), port, proto));
                }
            }
            group(&mut groups, pset).push(Endpoint {
                addresses: vec![ip.to_string()],
                conditions: Some(EndpointConditions { ready: Some(serving && !terminating), serving: Some(serving), terminating: Some(terminating) }),
                node_name: pod.spec.as_ref().and_then(|s| s.node_name.clone()),
                target_ref: Some(Box::new(target_ref(pod))),
                hostname: dns_hostname(pod, svc),
                ..Default::default()
            });
        }
        let mut wanted: Vec<(Option<Vec<SlicePort>>, Vec<Endpoint>)> = Vec::new();
        crate::api::order::sort_by(&mut groups, |a, b| a.0.cmp(&b.0));
        for (pset, eps) in groups {
            let sp: Vec<SlicePort> = pset.into_iter().map(|(name, port, protocol)| SlicePort { name: Some(name), port: Some(port), protocol: Some(protocol), app_protocol: None }).collect();
            for chunk in eps.chunks(MAX_ENDPOINTS_PER_SLICE) {
                wanted.push((Some(sp.clone()), chunk.to_vec()));
            }
        }
        if wanted.is_empty() {
            // A placeholder slice with no endpoints and no ports.
            wanted.push((None, Vec::new()));
        }
        let mut labels = svc.metadata.labels.clone().unwrap_or_default();
        labels.insert(MANAGED_BY.into(), SLICE_CONTROLLER.into());
        labels.insert(SERVICE_NAME.into(), svc_name.clone());
        let sel = Selector::from_map(&[(SERVICE_NAME.to_string(), svc_name.clone()), (MANAGED_BY.to_string(), SLICE_CONTROLLER.to_string())].into_iter().into_map());
        let mut existing: Vec<EndpointSlice> = slices.in_namespace(&ns).filter_map(|o| EndpointSlice::from_object(o)).filter(|s| sel.matches(s.metadata.labels.as_ref())).cloned().collect();
        crate::api::order::sort_by(&mut existing, |a, b| a.metadata.name.cmp(&b.metadata.name));
        let owner = OwnerReference {
            api_version: "v1".into(),
            kind: "Service".into(),
            name: svc_name.clone(),
            uid: svc.metadata.uid.clone().unwrap_or_default(),
            controller: Some(true),
            block_owner_deletion: Some(true),
        };
        let trigger_text = trigger.map(|t| crate::api::timefmt::rfc3339(&t.0));
        let wanted_len = wanted.len();
        for (i, (ports, eps)) in wanted.into_iter().enumerate() {
            let endpoints = eps;
            match existing.get(i) {
                Some(cur) if cur.ports == ports && cur.endpoints == endpoints && cur.metadata.labels.as_ref() == Some(&labels) => {}
                Some(cur) => {
                    let mut s = cur.clone();
                    s.ports = ports;
                    s.endpoints = endpoints;
                    s.metadata.labels = Some(labels.clone());
                    if let Some(t) = &trigger_text {
                        s.metadata.annotations.get_or_insert_with(Default::default).insert(TRIGGER_TIME.into(), t.clone());
                    }
                    self.writes += 1;
                    ctx.update(s.into_object()).map_err(|e| e.message)?;
                }
                None => {
                    let s = EndpointSlice {
                        metadata: ObjectMeta {
                            generate_name: Some(format!("{}-", svc_name)),
                            namespace: Some(ns.clone()),
                            labels: Some(labels.clone()),
                            annotations: trigger_text.as_ref().map(|t| [(TRIGGER_TIME.to_string(), t.clone())].into_iter().into_map()),
                            owner_references: Some(vec![owner.clone()]),
                            ..Default::default()
                        },
                        address_type: "IPv4".into(),
                        endpoints,
                        ports,
                    };
                    self.writes += 1;
                    ctx.create(&ns, s.into_object()).map_err(|e| e.message)?;
                }
            }
        }
        // Slices beyond what the service needs now are deleted.
        for extra in existing.iter().skip(wanted_len) {
            self.writes += 1;
            let _ = ctx.delete(Kind::EndpointSlice, &ns, extra.metadata.name.as_deref().unwrap_or(""), &DeleteOptions::default());
        }
        Ok(())
    }
}

fn svc_key(svc: &Service) -> String {
    crate::api::meta::cache_key(svc.metadata.namespace.as_deref().unwrap_or(""), svc.metadata.name.as_deref().unwrap_or(""))
}

/// A pod's DNS hostname under the Service: its `hostname` when its `subdomain` is this Service
/// (in the same namespace), as a StatefulSet's pods have under their governing Service.
fn dns_hostname(pod: &Pod, svc: &Service) -> Option<String> {
    let spec = pod.spec.as_ref()?;
    let host = spec.hostname.clone().filter(|h| !h.is_empty())?;
    (spec.subdomain.as_deref() == svc.metadata.name.as_deref() && pod.metadata.namespace == svc.metadata.namespace).then_some(host)
}
