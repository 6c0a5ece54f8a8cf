//! Scale benchmark: boot clusters of growing size, apply a Deployment with many replicas, and run
//! until every pod is Running. Prints wall time, virtual time, engine steps, store records, live
//! and peak heap, and where the wall time went: scheduler pods per busy second and controller
//! syncs per busy second. Run with `cargo bench --bench scale [-- SIZES]`, where SIZES are
//! `nodes:pods` pairs (default `10:100 100:1000 1000:10000`; the Kubernetes envelope is
//! `5000:150000`).

use kubeplay::api::Kind;
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use kubeplay::sim::Cluster;
use std::time::{Duration, Instant};

/// Counts live heap bytes, so memory is measured exactly rather than through RSS.
struct Counting;
static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(by: usize) {
    let now = LIVE.fetch_add(by, Ordering::Relaxed) + by;
    PEAK.fetch_max(now, Ordering::Relaxed);
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        grew(l.size());
        unsafe { System.alloc(l) }
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        LIVE.fetch_sub(l.size(), Ordering::Relaxed);
        unsafe { System.dealloc(p, l) }
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, n: usize) -> *mut u8 {
        grew(n);
        LIVE.fetch_sub(l.size(), Ordering::Relaxed);
        unsafe { System.realloc(p, l, n) }
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

fn live_mib() -> f64 {
    LIVE.load(Ordering::Relaxed) as f64 / (1024.0 * 1024.0)
}

fn rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with("VmRSS:")).and_then(|l| l.split_whitespace().nth(1)).and_then(|v| v.parse().ok()))
        .unwrap_or(0)
}

fn run(nodes: usize, pods: usize) {
    let rss0 = rss_kib();
    let origin = Instant::now();
    let mut clock = move || origin.elapsed().as_secs_f64() * 1000.0;
    let mut syncs0 = 0;
    let (mut c, r) = kubeplay::sim::scale::run(nodes, pods, &mut clock, &mut |c: &mut Cluster| {
        let origin = Instant::now();
        c.set_profiler(Box::new(move || origin.elapsed().as_nanos() as u64));
        syncs0 = c.controller_syncs();
    });
    let (boot, converge) = (Duration::from_secs_f64(r.boot_ms / 1000.0), Duration::from_secs_f64(r.converge_ms / 1000.0));
    let got = r.ready;
    let busy = c.busy().clone();
    let secs = |k: &str| busy.get(k).map_or(0.0, |b| b.1 as f64 / 1e9);
    let syncs = c.controller_syncs() - syncs0;
    let records = c.api().store().record_count();
    let (packed, packed_bytes) = c.api().store().packed();
    let packed_mib = packed_bytes as f64 / (1024.0 * 1024.0);
    c.drain_trace();
    let live = live_mib();
    println!(
        "nodes {:>5}  pods {:>6}  boot {:>7.1} ms ({:.0} s virtual)  converge {:>8.1} ms  virtual {:>5.1} s  steps {:>6}  ready {:>6}  store records {:>7} ({} packed, {:.1} MiB)  live heap {:>7.1} MiB  rss +{:>7} KiB",
        nodes,
        pods,
        boot.as_secs_f64() * 1000.0,
        r.boot_virtual_secs,
        converge.as_secs_f64() * 1000.0,
        r.virtual_secs,
        r.steps,
        got,
        records,
        packed,
        packed_mib,
        live,
        rss_kib().saturating_sub(rss0)
    );
    println!(
        "      wall time: scheduler {:.2} s ({:.0} pods/s), controller-manager {:.2} s ({} syncs, {:.0} syncs/s), kubelets {:.2} s, kube-proxy {:.2} s, etcd {:.2} s; peak heap {:.1} MiB",
        secs("scheduler"),
        got as f64 / secs("scheduler").max(1e-9),
        secs("controller-manager"),
        syncs,
        syncs as f64 / secs("controller-manager").max(1e-9),
        secs("kubelet"),
        secs("kube-proxy"),
        secs("etcd"),
        PEAK.load(Ordering::Relaxed) as f64 / (1024.0 * 1024.0)
    );
    if let Some(pod) = c.api().list(Kind::Pod, Some("default"), &Default::default(), &Default::default()).ok().and_then(|l| l.items.first().cloned()) {
        let before = LIVE.load(Ordering::Relaxed);
        let copy = (*pod).clone();
        let size = LIVE.load(Ordering::Relaxed) - before;
        let json = serde_json::to_string(&pod.to_value()).map(|j| j.len()).unwrap_or(0);
        drop(copy);
        println!("      one running pod: {} bytes in memory (+{} inline), {} bytes as JSON", size, std::mem::size_of::<kubeplay::api::Object>(), json);
    }
    // Ten more minutes: the apiserver's compactor drops history older than the last interval.
    let t2 = Instant::now();
    c.run_for(Duration::from_secs(600));
    c.drain_trace();
    {
        let st = c.api().store();
        let mut by: std::collections::BTreeMap<String, (usize, usize)> = Default::default();
        for kv in st.range_prefix("/") {
            let res = kv.key.split('/').nth(2).unwrap_or("?").to_string();
            let before = LIVE.load(Ordering::Relaxed);
            let copy = (*kv.value).clone();
            let size = LIVE.load(Ordering::Relaxed) - before;
            drop(copy);
            let e = by.entry(res).or_default();
            e.0 += 1;
            e.1 += size;
        }
        for (k, (n, b)) in by { println!("        {:<30} {:>7} objects {:>10} bytes decoded ({} avg)", k, n, b, b / n.max(1)); }
    }
    println!(
        "      after 10 more minutes ({:.1} ms): store records {:>7}  live heap {:>7.1} MiB  ({:.1} KiB per pod)",
        t2.elapsed().as_secs_f64() * 1000.0,
        c.api().store().record_count(),
        live_mib(),
        live_mib() * 1024.0 / pods as f64
    );
    if std::env::var_os("SCALE_FORGET").is_some() {
        std::mem::forget(c); // heaptrack then reports what the cluster holds as "leaked"
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| a.contains(':')).collect();
    let sizes: Vec<(usize, usize)> = if args.is_empty() {
        vec![(10, 100), (100, 1000), (1000, 10000)]
    } else {
        args.iter().filter_map(|a| a.split_once(':')).filter_map(|(n, p)| Some((n.parse().ok()?, p.parse().ok()?))).collect()
    };
    for (n, p) in sizes {
        run(n, p);
    }
    kube_proxy_compile(5000, 30);
}

/// kube-proxy's rule compiler alone: a node's tables for `services` Services of `endpoints`
/// endpoints each (the envelope's 150,000 pods behind 5,000 Services), written and printed.
fn kube_proxy_compile(services: usize, endpoints: usize) {
    use kubeplay::network::netfilter::node_tables;
    use kubeplay::network::proxy::iptables::NodeParams;
    use kubeplay::network::proxy::{Endpoint, ServiceSnapshot, SvcPort};
    let ports = (0..services)
        .map(|i| SvcPort {
            namespace: "default".into(),
            service: format!("svc-{}", i),
            port_name: String::new(),
            protocol: "TCP".into(),
            cluster_ip: Some(format!("10.96.{}.{}", i / 250, i % 250 + 2)),
            port: 80,
            node_port: None,
            external_ips: vec![],
            load_balancer_ips: vec![],
            external_local: false,
            internal_local: false,
            affinity_seconds: None,
            endpoints: (0..endpoints)
                .map(|e| {
                    let n = i * endpoints + e;
                    Endpoint { ip: format!("10.{}.{}.{}", 64 + n / 65536, n / 256 % 256, n % 256), port: 80, node: Some(format!("node{}", n % 5000)), ready: true, serving: true, terminating: false, hostname: None }
                })
                .collect(),
        })
        .collect();
    let snap = ServiceSnapshot::new(ports);
    let params = NodeParams { name: "node1".into(), cluster_cidr: "10.64.0.0/10".into(), pod_cidr: Some("10.64.1.0/24".into()), node_ip: "172.30.2.2".into(), mode: Default::default() };
    let t0 = Instant::now();
    let tables = node_tables(Some(&snap), &params);
    let compiled = t0.elapsed();
    let t1 = Instant::now();
    let mut text = String::new();
    tables.nat.save(&mut text);
    let saved = t1.elapsed();
    println!(
        "kube-proxy rules: {} services x {} endpoints -> nat table of {} lines ({:.1} MiB) compiled in {:.0} ms, printed in {:.0} ms",
        services,
        endpoints,
        text.lines().count(),
        text.len() as f64 / 1048576.0,
        compiled.as_secs_f64() * 1e3,
        saved.as_secs_f64() * 1e3
    );
}
