//! ingress-nginx in the cluster: its controller's turns (while its container runs), and the
//! proxy in its pod. A request reaching the controller's port 80 is routed by the configuration
//! the controller last wrote (server by `Host`, location by path); nginx picks the upstream's next
//! endpoint (round robin over the Service's ready endpoints, as the Lua balancer does: pod to
//! pod, not through the ClusterIP) and opens its own connection from the controller's pod,
//! which the network carries like any other; the answer goes back to the client, and both the
//! controller and the serving pod log the request.

use super::requests::{Carried, HttpReq, Src, LOCAL_RTT, OVERLAY_RTT};
use super::{Cluster, INGRESS_NGINX};
use crate::client::Ctx;
use crate::controllers::ingress_nginx::{Running, IMAGE, NAMESPACE, USER};
use crate::kubelet::http::Answer;
use crate::network::ingress::{DEFAULT_BACKEND_ADDR, DEFAULT_UPSTREAM};

/// ingress-nginx's own error pages (`server_tokens off`: no version).
fn error_page(code: u16, text: &str) -> String {
    format!("<html>\r\n<head><title>{} {}</title></head>\r\n<body>\r\n<center><h1>{} {}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n", code, text, code, text)
}

impl Cluster {
    /// Whether node `i` just started an ingress-nginx controller the controller state has not seen.
    pub(super) fn ingress_started(&self, i: usize) -> bool {
        let started = self.kubelets[i].container_started(NAMESPACE, IMAGE);
        started.is_some() && started != self.ingress.seen_start()
    }

    /// The controller's turn: it acts while its container runs on a node that is up.
    pub(super) fn run_ingress(&mut self) {
        let mut running = None;
        let mut addresses = Vec::new();
        for (k, kubelet) in self.kubelets.iter().enumerate() {
            let Some(started) = kubelet.container_started(NAMESPACE, IMAGE).filter(|_| kubelet.is_connected()) else { continue };
            addresses.push(self.config.nodes[k].0.internal_ip.clone());
            if running.is_none() {
                let pod = kubelet.pod_running(NAMESPACE, IMAGE).unwrap_or_default().to_string();
                running = Some(Running { pod, started, addresses: Vec::new() });
            }
        }
        if let Some(r) = running.as_mut() {
            r.addresses = addresses;
        }
        let mut trace = Vec::new();
        let mut wakes = Vec::new();
        {
            let mut ctx = Ctx { now: self.now, api: &mut self.api, owner: INGRESS_NGINX, user: USER, component: "ingress-nginx", trace: &mut trace, wakeups: &mut wakes };
            self.ingress.handle(&mut ctx, running);
        }
        for ev in trace {
            self.record(ev);
        }
        for t in wakes {
            self.schedule(t, INGRESS_NGINX);
        }
        self.collect();
    }

    /// nginx in the controller's pod (`ip` on node `j`) proxies one request from `client`.
    pub(super) fn ingress_proxy(&mut self, j: usize, ip: &str, req: &HttpReq, client: &str, trace: &mut Vec<String>) -> Answer {
        let node = self.kubelets[j].name().to_string();
        let pod = self.kubelets[j].pod_with_ip(ip).unwrap_or_default();
        let config = self.ingress.config().cloned().unwrap_or_default();
        let route = config.route(&req.host, &req.path);
        let loc = &route.location;
        let mut rtt = LOCAL_RTT;
        let (code, body, upstream, addr) = match &loc.backend {
            None => {
                trace.push(format!("{}: pod {} (ingress-nginx): Host {:?}, server {}: no Ingress rule takes {}: the controller's default backend answers 404", node, pod, req.host, route.server, req.path));
                (404, error_page(404, "Not Found"), DEFAULT_UPSTREAM.to_string(), DEFAULT_BACKEND_ADDR.to_string())
            }
            Some(b) => {
                let upstream = b.upstream();
                let of = if loc.ingress.is_empty() { String::new() } else { format!(" of Ingress {}", loc.ingress) };
                trace.push(format!("{}: pod {} (ingress-nginx): Host {:?}, server {}, location {}{} → upstream {}", node, pod, req.host, route.server, loc.describe(), of, upstream));
                let snap = self.kube_proxy.current();
                let port = snap.ports.iter().find(|p| {
                    p.namespace == b.namespace && p.service == b.service && p.protocol == "TCP" && match &b.port {
                        Ok(n) => p.port == *n,
                        Err(name) => p.port_name == *name,
                    }
                });
                let ready: Vec<(String, u16)> = port.iter().flat_map(|p| p.endpoints.iter()).filter(|e| e.ready).map(|e| (e.ip.clone(), e.port as u16)).collect();
                if ready.is_empty() {
                    trace.push(format!("{}: upstream {} has no ready endpoint: 503", node, upstream));
                    (503, error_page(503, "Service Temporarily Unavailable"), upstream, "-".to_string())
                } else {
                    let i = self.ingress.pick(&upstream, ready.len());
                    let (to, to_port) = ready[i].clone();
                    trace.push(format!("{}: round robin: endpoint {} of {}, {}:{}", node, i + 1, ready.len(), to, to_port));
                    if route.path != req.path {
                        trace.push(format!("{}: rewrite-target: {} → {}", node, req.path, route.path));
                    }
                    let forwarded = HttpReq { path: route.path.clone(), host: req.host.clone(), agent: req.agent.clone(), headers: req.headers.clone(), tls: None, forwarded: Some(client.to_string()) };
                    let addr = format!("{}:{}", to, to_port);
                    let answer = match self.carry(&Src::Pod { node: j, ip: ip.to_string() }, &to, to_port, "tcp", trace) {
                        Carried::Pod { node: k, ip: at, port: p, client: seen, nat } => {
                            if k != j {
                                rtt = OVERLAY_RTT;
                            }
                            self.answer_http(k, &at, p, &forwarded, &seen, nat, ip, trace)
                        }
                        Carried::TimedOut | Carried::NoRoute => Answer::Http { code: 504, body: error_page(504, "Gateway Time-out") },
                        Carried::Refused | Carried::Upstream => Answer::Refused,
                    };
                    match answer {
                        Answer::Http { code, body } => (code, body, upstream, addr),
                        Answer::Refused | Answer::NoReply => (502, error_page(502, "Bad Gateway"), upstream, addr),
                        a @ (Answer::Unmodelled(_) | Answer::TlsFailed(..)) => return a,
                    }
                }
            }
        };
        // ingress-nginx's `log-format-upstream`.
        let request = format!("GET {} HTTP/1.1\r\nHost: {}\r\nUser-Agent: {}\r\nAccept: */*\r\n\r\n", req.path, req.host, req.agent);
        let secs = format!("{:.3}", rtt.as_secs_f64());
        let id: String = (0..4).map(|_| format!("{:08x}", (self.net_rng.next_u64() >> 32) as u32)).collect();
        let len = body.len();
        let now = self.now;
        let (path, agent) = (req.path.clone(), req.agent.clone());
        self.kubelets[j].log_access(now, ip, 80, |when| {
            format!("{} - - [{}] \"GET {} HTTP/1.1\" {} {} \"-\" \"{}\" {} {} [{}] [] {} {} {} {} {}\n", client, when, path, code, len, agent, request.len(), secs, upstream, addr, len, secs, code, id)
        });
        Answer::Http { code, body }
    }
}
