//! The scale scenario both benchmarks run — natively (`cargo bench --bench scale`) and compiled
//! to wasm (`examples/scale_wasm.rs`, run in node by `scripts/bench.sh`): a cluster of N
//! workers and P nginx replicas from Deployments of at most 100 replicas each (as the upstream
//! load tests spread their pods over many controllers), run until every replica is Ready. The
//! caller supplies the wall clock (the core has none).

use super::{Cluster, ClusterConfig, Command};
use crate::api::Kind;
use std::time::Duration;

/// What one run measured.
pub struct ScaleRun {
    pub boot_ms: f64,
    /// Cluster time until every node and kube-system pod was ready.
    pub boot_virtual_secs: f64,
    pub converge_ms: f64,
    pub virtual_secs: f64,
    pub steps: u64,
    pub ready: i32,
}

/// Replicas per Deployment.
pub const PER_DEPLOYMENT: usize = 100;

/// The Deployments holding `pods` replicas, as one multi-document manifest.
pub fn deployments(pods: usize) -> String {
    (0..pods.div_ceil(PER_DEPLOYMENT))
        .map(|i| {
            let replicas = PER_DEPLOYMENT.min(pods - i * PER_DEPLOYMENT);
            format!(
                "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web-{i}\nspec:\n  replicas: {replicas}\n  selector:\n    matchLabels:\n      app: web-{i}\n  template:\n    metadata:\n      labels:\n        app: web-{i}\n    spec:\n      containers:\n      - name: web\n        image: nginx\n"
            )
        })
        .collect::<Vec<_>>()
        .join("---\n")
}

/// Ready replicas over all the scenario's Deployments.
pub fn ready(c: &Cluster, pods: usize) -> i32 {
    (0..pods.div_ceil(PER_DEPLOYMENT))
        .filter_map(|i| c.api().get(Kind::Deployment, "default", &format!("web-{i}")).ok())
        .filter_map(|o| o.as_typed::<crate::api::apps::Deployment>().and_then(|r| r.status.as_ref()).and_then(|s| s.ready_replicas))
        .sum()
}

/// Boots the cluster until every node and kube-system pod is ready (timed), applies the
/// Deployments and runs in one-second steps of cluster time until all replicas are Ready or 30
/// minutes of cluster time have passed. `before_apply` runs between the two (the native
/// benchmark starts its profiler there).
pub fn run(nodes: usize, pods: usize, clock: &mut dyn FnMut() -> f64, before_apply: &mut dyn FnMut(&mut Cluster)) -> (Cluster, ScaleRun) {
    let t0 = clock();
    let mut config = ClusterConfig::with_workers(1, nodes);
    // flannel's 10.244.0.0/16 holds 256 nodes' /24s; large clusters are set up with a wider
    // pod network (here 32,768 /24s, clear of the 10.96.0.0/12 service range).
    config.cluster_cidr = "10.128.0.0/9".into();
    let mut c = Cluster::boot(config);
    // Large clusters take longer than `boot`'s bound to bring every node and daemon up.
    let mut waited = 0;
    while !c.booted() && waited < 1800 {
        c.run_for(Duration::from_secs(1));
        waited += 1;
    }
    let boot_ms = clock() - t0;
    let boot_virtual_secs = c.now().since(crate::sim::clock::SimTime::ZERO).as_secs_f64();
    let (steps0, v0) = (c.steps(), c.now());
    before_apply(&mut c);
    let t1 = clock();
    let out = c.apply(Command::Kubectl { args: vec!["apply".into(), "-f".into(), "-".into()], stdin: Some(deployments(pods)) });
    assert_eq!(out.exit_code, 0, "{}", out.text());
    let mut waited = 0;
    while ready(&c, pods) < pods as i32 && waited < 1800 {
        c.run_for(Duration::from_secs(1));
        waited += 1;
    }
    let run = ScaleRun { boot_ms, boot_virtual_secs, converge_ms: clock() - t1, virtual_secs: c.now().since(v0).as_secs_f64(), steps: c.steps() - steps0, ready: ready(&c, pods) };
    (c, run)
}
