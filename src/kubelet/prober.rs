//! The kubelet's prober (upstream `pkg/kubelet/prober`): a worker per probe of a running
//! container, every `periodSeconds` once `initialDelaySeconds` have passed; a result changes only
//! after `failureThreshold` failures or `successThreshold` successes in a row. Startup probes
//! hold the others back until they pass; a failed liveness or startup probe has the container
//! killed and restarted; readiness decides the container's (and so the pod's) Ready, which is
//! what puts a pod in its Services' endpoints. Every failed probe is an `Unhealthy` event.
//!
//! The checks are real: an exec probe runs its command in the container; an HTTP probe asks the
//! server listening on the port (nginx answers 200 for a file under its root, 404 otherwise, and
//! logs the request); a TCP probe connects if something listens.

use super::sh::{Fs, Proc, Sys, Yield};
use super::sh::programs::Image;
use crate::api::core::{Container, Probe};
use crate::sim::clock::SimTime;
use std::time::Duration;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Which {
    Startup,
    Liveness,
    Readiness,
}

impl Which {
    fn title(self) -> &'static str {
        match self {
            Which::Startup => "Startup",
            Which::Liveness => "Liveness",
            Which::Readiness => "Readiness",
        }
    }
}

#[derive(Clone, Debug)]
struct Worker {
    which: Which,
    probe: Box<Probe>,
    next: SimTime,
    last: Option<bool>,
    run: i32,
}

/// A running container's probes and what they have concluded.
#[derive(Clone, Debug)]
pub struct Probes {
    workers: Vec<Worker>,
    /// The startup probe has passed (or there is none).
    pub started: bool,
    /// The readiness probe says ready (or there is none).
    pub ready: bool,
    /// A liveness or startup failure is killing the container: probing stops until the next
    /// container.
    pub hold: bool,
}

/// What the probes decided this round.
pub enum Verdict {
    Nothing,
    /// Kill and restart the container (a liveness or startup failure), with its grace period.
    Restart { which: Which, grace: Option<i64> },
}

/// What a probe can reach: the pod's IP, what the pod's containers listen on, and the
/// container itself (for exec probes).
/// What agnhost's `liveness` server listens with (its answers depend on its age).
pub const AGNHOST_LIVENESS: &str = "agnhost:liveness";

pub struct Target<'a> {
    pub ip: &'a str,
    pub listening: &'a super::sh::Ports,
    pub image: Image,
    pub fs: &'a mut Fs,
    pub env: &'a [(String, String)],
    pub hostname: &'a str,
    pub now_ms: i64,
    pub cpus: u32,
    /// Where a server writes its access log.
    pub log: &'a mut String,
    /// The node's address on the pod network (the source of the kubelet's requests).
    pub gateway: &'a str,
    /// When the probed container started (Unix ms): servers whose answer depends on their age.
    pub started_ms: i64,
}

impl Probes {
    /// The probes of a container that has just started; the first run comes once the kubelet
    /// has seen it running (`first`).
    pub fn new(c: &Container, first: SimTime) -> Option<Box<Probes>> {
        let mut workers = Vec::new();
        for (which, p) in [(Which::Startup, &c.startup_probe), (Which::Liveness, &c.liveness_probe), (Which::Readiness, &c.readiness_probe)] {
            if let Some(p) = p {
                let period = Duration::from_secs(p.period_seconds.unwrap_or(10).max(1) as u64);
                let delay = Duration::from_secs(p.initial_delay_seconds.unwrap_or(0).max(0) as u64);
                // The worker ticks from when it starts; ticks before the initial delay are skipped.
                let mut next = first;
                while next.since(first) < delay {
                    next = next + period;
                }
                workers.push(Worker { which, probe: p.clone(), next, last: None, run: 0 });
            }
        }
        if workers.is_empty() {
            return None;
        }
        Some(Box::new(Probes { started: c.startup_probe.is_none(), ready: c.readiness_probe.is_none(), hold: false, workers }))
    }

    pub fn next(&self) -> Option<SimTime> {
        self.workers.iter().map(|w| w.next).min().filter(|_| !self.hold)
    }

    /// Runs the probes that are due; events as (warning, reason, message).
    pub fn run(&mut self, now: SimTime, name: &str, ports: &[(String, i32)], t: &mut Target, events: &mut Vec<(bool, &'static str, String)>) -> Verdict {
        let mut verdict = Verdict::Nothing;
        for w in &mut self.workers {
            if w.next > now {
                continue;
            }
            let period = Duration::from_secs(w.probe.period_seconds.unwrap_or(10).max(1) as u64);
            while w.next <= now {
                w.next = w.next + period;
            }
            // Until the startup probe passes, only it runs.
            if w.which != Which::Startup && !self.started {
                continue;
            }
            if w.which == Which::Startup && self.started {
                continue;
            }
            let result = check(&w.probe, ports, t);
            let ok = result.is_ok();
            if let Err(msg) = &result {
                events.push((true, "Unhealthy", format!("{} probe failed: {}", w.which.title(), msg)));
            }
            if w.last == Some(ok) {
                w.run += 1;
            } else {
                w.last = Some(ok);
                w.run = 1;
            }
            let threshold = if ok { w.probe.success_threshold.unwrap_or(1) } else { w.probe.failure_threshold.unwrap_or(3) };
            if w.run < threshold.max(1) {
                continue;
            }
            match (w.which, ok) {
                (Which::Readiness, r) => self.ready = r,
                (Which::Startup, true) => self.started = true,
                (which, false) => {
                    events.push((false, "Killing", format!("Container {} failed {} probe, will be restarted", name, which.title().to_ascii_lowercase())));
                    verdict = Verdict::Restart { which, grace: w.probe.termination_grace_period_seconds };
                    self.hold = true;
                    break;
                }
                (Which::Liveness, true) => {}
            }
        }
        verdict
    }
}

/// A probe's port: a number, or the name of one of the container's ports.
fn port_of(p: &k8s_openapi::apimachinery::pkg::util::intstr::IntOrString, ports: &[(String, i32)]) -> Result<u16, String> {
    match p {
        k8s_openapi::apimachinery::pkg::util::intstr::IntOrString::Int(n) => Ok(*n as u16),
        k8s_openapi::apimachinery::pkg::util::intstr::IntOrString::String(name) => match ports.iter().find(|(n, _)| n == name) {
            Some((_, n)) => Ok(*n as u16),
            None => Err(format!("couldn't find port: {} in {:?}", name, ports.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>())),
        },
    }
}

/// One check: Ok, or the failure's output as the kubelet reports it.
fn check(probe: &Probe, ports: &[(String, i32)], t: &mut Target) -> Result<(), String> {
    let timeout = Duration::from_secs(probe.timeout_seconds.unwrap_or(1).max(1) as u64);
    if let Some(e) = &probe.exec {
        let argv = e.command.clone().unwrap_or_default();
        if argv.first().is_none_or(|p| !t.image.has(p)) {
            let p = argv.first().cloned().unwrap_or_default();
            return Err(format!("OCI runtime exec failed: exec failed: unable to start container process: {}: unknown", super::env::not_found(&p)));
        }
        let mut proc = Proc::new(&argv, t.env, 1000);
        let mut out = String::new();
        let mut listen = t.listening.clone();
        let mut sys = Sys { now_ms: t.now_ms, hostname: t.hostname, domain: "", image: t.image, fs: t.fs, cpus: t.cpus, ip: t.ip, main: "", out: &mut out, listen: &mut listen, resolv: "", net: Default::default(), host: None };
        let mut waited = Duration::ZERO;
        loop {
            match proc.run(&mut sys) {
                Yield::Exit(0) => return Ok(()),
                Yield::Exit(_) => return Err(super::sh::unmark(out.trim_end())),
                Yield::Sleep(d) if waited + d <= timeout => {
                    waited += d;
                    sys.now_ms += d.as_millis() as i64;
                }
                _ => return Err(format!("command timed out: {:?} timed out after {}s", argv.join(" "), timeout.as_secs())),
            }
        }
    }
    if let Some(h) = &probe.http_get {
        let port = port_of(&h.port, ports)?;
        let host = h.host.clone().filter(|h| !h.is_empty()).unwrap_or_else(|| t.ip.to_string());
        let path = h.path.clone().filter(|p| !p.is_empty()).unwrap_or_else(|| "/".into());
        let scheme = h.scheme.as_deref().unwrap_or("HTTP").to_ascii_lowercase();
        let url = format!("{}://{}:{}{}", scheme, host, port, path);
        let Some(root) = t.listening.get(&port).copied() else {
            return Err(format!("Get {:?}: dial tcp {}:{}: connect: connection refused", url, host, port));
        };
        if root == "*" {
            // A component's health endpoint.
            return Ok(());
        }
        if root == AGNHOST_LIVENESS {
            // agnhost liveness: /healthz answers 200 for ten seconds after start, then 500.
            let age = (t.now_ms - t.started_ms) as f64 / 1000.0;
            return match path.as_str() {
                "/healthz" if age > 10.0 => Err("HTTP probe failed with statuscode: 500".into()),
                "/healthz" | "/started" => Ok(()),
                _ => Err("HTTP probe failed with statuscode: 404".into()),
            };
        }
        if root.is_empty() || scheme != "http" {
            return Err(format!("Get {:?}: EOF", url));
        }
        // A directory without its index is forbidden (no autoindex); the error pages are the
        // server's own (153 bytes from nginx 1.29).
        let file = if path.ends_with('/') { format!("{}{}index.html", root, path) } else { format!("{}{}", root, path) };
        let (code, bytes) = match t.fs.read(t.image, &file) {
            Some(body) => (200, body.len()),
            None if path.ends_with('/') && t.fs.is_dir(t.image, &format!("{}{}", root, path)) => (403, 153),
            None => (404, 153),
        };
        // nginx's access log (the kubelet's requests come from the node's bridge address).
        if t.image == Image::Nginx {
            let when = super::sh::programs::strftime("%d/%b/%Y:%H:%M:%S +0000", t.now_ms);
            t.log.push_str(&format!("{} - - [{}] \"GET {} HTTP/1.1\" {} {} \"-\" \"kube-probe/1.34\" \"-\"\n", t.gateway, when, path, code, bytes));
        }
        return if (200..400).contains(&code) { Ok(()) } else { Err(format!("HTTP probe failed with statuscode: {}", code)) };
    }
    if let Some(s) = &probe.tcp_socket {
        let port = port_of(&s.port, ports)?;
        let host = s.host.clone().filter(|h| !h.is_empty()).unwrap_or_else(|| t.ip.to_string());
        return if t.listening.contains_key(&port) { Ok(()) } else { Err(format!("dial tcp {}:{}: connect: connection refused", host, port)) };
    }
    if let Some(g) = &probe.grpc {
        let port = g.port as u16;
        return if t.listening.contains_key(&port) {
            Err(format!("service unhealthy (responded with \"NOT_SERVING\")"))
        } else {
            Err(format!("timeout: failed to connect service \"{}:{}\" within {}s: context deadline exceeded", t.ip, port, timeout.as_secs()))
        };
    }
    Ok(())
}
