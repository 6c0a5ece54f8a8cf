//! ingress-nginx's controller process (v1.14, the bare-metal manifest: a Deployment behind a
//! NodePort Service). While its container runs it watches Ingresses and IngressClasses, takes
//! the Ingresses of its class (`ingressClassName: nginx`, the legacy `kubernetes.io/ingress.class`
//! annotation, or none when the `nginx` class is the default), records `Sync` events for them and
//! rewrites nginx's configuration (a `RELOAD` event on its pod when it changed). As the leader it
//! publishes the addresses of the nodes its pods run on in each Ingress's status at once and every
//! 60 seconds after. Requests reaching its port 80 are routed by `Cluster` with this
//! configuration; the round-robin turns of its upstreams are kept here.

use crate::api::networking::{Ingress, IngressClass, IngressLoadBalancerIngress, IngressLoadBalancerStatus, IngressStatus};
use crate::api::{Kind, ObjectRef, Typed};
use crate::client::events::{Recorder, NORMAL};
use crate::client::informer::{Delta, Informer};
use crate::client::Ctx;
use crate::network::ingress::NginxConfig;
use crate::sim::clock::SimTime;
use std::collections::BTreeMap;
use std::time::Duration;

pub const NAMESPACE: &str = "ingress-nginx";
pub const IMAGE: &str = "registry.k8s.io/ingress-nginx/controller";
/// `--ingress-class` and `--controller-class`.
pub const CLASS: &str = "nginx";
pub const CONTROLLER_CLASS: &str = "k8s.io/ingress-nginx";
pub const COMPONENT: &str = "nginx-ingress-controller";
pub const USER: &str = "system:serviceaccount:ingress-nginx:ingress-nginx";
/// The status syncer's `UpdateInterval`.
const STATUS_INTERVAL: Duration = Duration::from_secs(60);

/// The running controller: its pod and the addresses it publishes.
pub struct Running {
    pub pod: String,
    pub started: SimTime,
    pub addresses: Vec<String>,
}

#[derive(Default)]
pub struct IngressNginx {
    ingresses: Option<Informer>,
    classes: Option<Informer>,
    /// The process start this state belongs to.
    started: Option<SimTime>,
    config: NginxConfig,
    next_status: Option<SimTime>,
    turns: BTreeMap<String, usize>,
    recorder: Option<Recorder>,
}

impl IngressNginx {
    /// When the process this controller state serves started (None: not running).
    pub fn seen_start(&self) -> Option<SimTime> {
        self.started
    }

    /// nginx's configuration while the controller runs.
    pub fn config(&self) -> Option<&NginxConfig> {
        self.started.map(|_| &self.config)
    }

    /// The next endpoint (of `n`) for an upstream: the Lua balancer's `round_robin`.
    pub fn pick(&mut self, upstream: &str, n: usize) -> usize {
        let turn = self.turns.entry(upstream.to_string()).or_default();
        let i = *turn % n.max(1);
        *turn = turn.wrapping_add(1);
        i
    }

    fn ours(&self, ing: &Ingress) -> bool {
        let class = self.classes.as_ref().and_then(|c| c.get(CLASS)).and_then(|o| o.as_typed::<IngressClass>());
        let class_ok = class.is_some_and(|c| c.spec.as_ref().and_then(|s| s.controller.as_deref()) == Some(CONTROLLER_CLASS));
        let annotation = ing.metadata.annotations.as_ref().and_then(|a| a.get("kubernetes.io/ingress.class"));
        match (ing.spec.as_ref().and_then(|s| s.ingress_class_name.as_deref()), annotation) {
            (_, Some(a)) => a == CLASS,
            (Some(name), None) => name == CLASS && class_ok,
            (None, None) => {
                class_ok && class.and_then(|c| c.metadata.annotations.as_ref()).and_then(|a| a.get("ingressclass.kubernetes.io/is-default-class")).is_some_and(|v| v == "true")
            }
        }
    }

    /// One turn of the controller (`running`: its process, if it runs).
    pub fn handle(&mut self, ctx: &mut Ctx, running: Option<Running>) {
        let Some(run) = running else {
            self.started = None;
            self.next_status = None;
            return;
        };
        let fresh = self.started != Some(run.started);
        if fresh {
            // A new process: it lists everything again and, once leader, syncs the status.
            self.started = Some(run.started);
            self.config = NginxConfig::default();
            self.turns.clear();
            self.next_status = Some(ctx.now);
            self.recorder = Some(Recorder::new(COMPONENT, None));
        }
        let (owner, api) = (ctx.owner, &mut *ctx.api);
        let class_deltas = match self.classes.as_mut() {
            Some(i) => i.sync(api, owner),
            None => self.classes.insert(Informer::new(Kind::IngressClass)).start(api, owner),
        };
        let deltas = match self.ingresses.as_mut() {
            Some(i) => i.sync(api, owner),
            None => self.ingresses.insert(Informer::new(Kind::Ingress)).start(api, owner),
        };
        for d in &deltas {
            let (Delta::Added(o) | Delta::Updated { new: o, .. }) = d else { continue };
            if o.as_typed::<Ingress>().is_some_and(|i| self.ours(i)) {
                if let Some(r) = self.recorder.as_mut() {
                    r.event(ctx, o, NORMAL, "Sync", "Scheduled for sync");
                }
            }
        }
        if fresh || !deltas.is_empty() || !class_deltas.is_empty() {
            let mine = self.mine();
            let list: Vec<&Ingress> = mine.iter().filter_map(|o| o.as_typed::<Ingress>()).collect();
            let config = NginxConfig::build(&list);
            if config != self.config {
                self.config = config;
                if let Ok(pod) = ctx.get(Kind::Pod, NAMESPACE, &run.pod) {
                    if let Some(r) = self.recorder.as_mut() {
                        r.event(ctx, &pod, NORMAL, "RELOAD", "NGINX reload triggered due to a change in configuration");
                    }
                }
            }
        }
        if let Some(at) = self.next_status {
            if ctx.now >= at {
                self.sync_status(ctx, &run.addresses);
                self.next_status = Some(ctx.now + STATUS_INTERVAL);
            }
            ctx.wake_at(self.next_status.unwrap_or(ctx.now + STATUS_INTERVAL));
        }
    }

    /// The Ingresses of this controller's class, oldest first (as the controller sorts them).
    fn mine(&self) -> Vec<ObjectRef> {
        let mut v: Vec<ObjectRef> = self.ingresses.iter().flat_map(|i| i.iter()).filter(|o| o.as_typed::<Ingress>().is_some_and(|i| self.ours(i))).cloned().collect();
        crate::api::order::sort_by_key(&mut v, |o| (o.meta().creation_timestamp.as_ref().map(|t| t.0.as_nanosecond()).unwrap_or(0), o.cache_key()));
        v
    }

    /// Publishes the controller's addresses in the status of every Ingress of its class.
    fn sync_status(&mut self, ctx: &mut Ctx, addresses: &[String]) {
        let want: Vec<IngressLoadBalancerIngress> = addresses.iter().map(|ip| IngressLoadBalancerIngress { ip: Some(ip.clone()), ..Default::default() }).collect();
        for o in self.mine() {
            let Some(ing) = o.as_typed::<Ingress>() else { continue };
            let have = ing.status.as_ref().and_then(|s| s.load_balancer.as_ref()).and_then(|l| l.ingress.clone()).unwrap_or_default();
            if have == want {
                continue;
            }
            let mut ing = ing.clone();
            ing.status = Some(IngressStatus { load_balancer: Some(IngressLoadBalancerStatus { ingress: (!want.is_empty()).then(|| want.clone()) }) });
            let _ = ctx.update_status(ing.into_object());
        }
    }
}
