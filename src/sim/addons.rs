//! The add-ons' loops, each run as the cluster's clock reaches it: metrics-server's scrapes,
//! local-path-provisioner's controller, and the lab's load balancer (a cloud provider's service
//! controller).

use super::{Cluster, LOCAL_PATH, METRICS_SERVER, METRIC_RESOLUTION, SERVICE_LB};
use crate::client::Ctx;

impl Cluster {
    /// local-path-provisioner: its controller acts while its container runs on a node that is up.
    pub(super) fn run_local_path(&mut self) {
        let Some(mut lp) = self.local_path.take() else { return };
        let pod = self.kubelets.iter().filter(|k| k.is_connected()).find_map(|k| k.pod_running(crate::controllers::local_path::NAMESPACE, crate::controllers::local_path::IMAGE)).map(str::to_string);
        let mut trace = Vec::new();
        let mut wakes = Vec::new();
        {
            let user = "system:serviceaccount:local-path-storage:local-path-provisioner-service-account";
            let mut ctx = Ctx { now: self.now, api: &mut self.api, owner: LOCAL_PATH, user, component: "local-path-provisioner", trace: &mut trace, wakeups: &mut wakes };
            lp.handle(&mut ctx, pod.as_deref());
        }
        self.local_path = Some(lp);
        for ev in trace {
            self.record(ev);
        }
        for t in wakes {
            self.schedule(t, LOCAL_PATH);
        }
        self.collect();
    }

    /// metrics-server: while its container runs on a node that is up, it scrapes every kubelet
    /// that answers, each resolution period; when it is gone, so is what it held.
    pub(super) fn run_metrics_server(&mut self) {
        let now = self.now;
        let running = self.kubelets.iter().any(|k| k.is_connected() && k.runs_container("kube-system", "registry.k8s.io/metrics-server/metrics-server"));
        let scrape = running.then(|| self.kubelets.iter_mut().filter(|k| k.unreachable().is_none()).map(|k| k.stats(now)).collect());
        self.api.ingest_metrics(scrape);
        self.schedule(now + METRIC_RESOLUTION, METRICS_SERVER);
    }

    /// The lab's load balancer: its service controller hands out and releases addresses.
    pub(super) fn run_service_lb(&mut self) {
        let Some(mut lb) = self.service_lb.take() else { return };
        let mut trace = Vec::new();
        let mut wakes = Vec::new();
        {
            let mut ctx = Ctx { now: self.now, api: &mut self.api, owner: SERVICE_LB, user: "system:serviceaccount:kube-system:service-controller", component: crate::controllers::service_lb::COMPONENT, trace: &mut trace, wakeups: &mut wakes };
            lb.handle(&mut ctx);
        }
        self.service_lb = Some(lb);
        for ev in trace {
            self.record(ev);
        }
        for t in wakes {
            self.schedule(t, SERVICE_LB);
        }
        self.collect();
    }
}
