//! The node's processes on the network. A connection that reached one of this node's pods:
//! whichever of the pod's running containers listens on the port answers it, as its server
//! would — a document-root server (nginx, httpd) with its files and an access-log line, agnhost's
//! serve-hostname with the pod's name. And the calls the node's processes make (`wget`,
//! `nslookup`, …): the kubelet hands them to the cluster's network and wakes each process with
//! its answer.

use super::sh::net::{NetCall, NetReply};
use super::worker::CState;
use super::Kubelet;
use crate::kubelet::sh::programs::Image;
use crate::sim::clock::SimTime;

/// Which process waits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NetFrom {
    /// A container's main process (`namespace/name` of its pod).
    Main { pod: String, container: String },
    /// A `kubectl exec` session.
    Exec(u64),
}

/// A call a process made, from its pod's address.
#[derive(Clone, Debug)]
pub struct NetRequest {
    pub from: NetFrom,
    pub src: String,
    pub call: NetCall,
}

/// What the client got.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    /// Nothing listens: the pod's kernel resets the connection.
    Refused,
    /// An HTTP response.
    Http { code: u16, body: String },
    /// A server that speaks something else closes without an HTTP reply.
    NoReply,
    /// A server whose HTTP answers kubeplay does not model yet (what it is).
    Unmodelled(String),
    /// The TLS handshake failed: curl's exit code and message.
    TlsFailed(i32, String),
}

impl Kubelet {
    /// The calls this node's processes wait on, for the network to carry.
    pub fn take_net_requests(&mut self) -> Vec<NetRequest> {
        std::mem::take(&mut self.runtime.net_out)
    }

    /// The network's answer to a process's call: the process goes on when the answer arrives.
    /// Returns when the kubelet should run it (None if the process is gone).
    pub fn net_reply(&mut self, from: &NetFrom, reply: NetReply, now: SimTime) -> Option<SimTime> {
        let at = now + reply.took();
        match from {
            NetFrom::Main { pod, container } => {
                let w = self.workers.get_mut(pod)?;
                let c = w.containers.iter_mut().find(|c| c.spec.name == *container && matches!(c.state, CState::Running { exits_at: None, .. }))?;
                c.proc.as_mut()?.net_reply(reply);
                c.wake = Some(at);
                w.next = Some(w.next.map_or(at, |n| n.min(at)));
            }
            NetFrom::Exec(id) => self.exec_net_reply(*id, reply, at)?,
        }
        Some(at)
    }

    /// Whether a pod sandbox here holds `ip`, and the pod's `namespace/name`.
    pub fn pod_with_ip(&self, ip: &str) -> Option<String> {
        self.workers.values().find(|w| w.pod_ip() == Some(ip)).map(|w| {
            let p = w.pod();
            format!("{}/{}", p.metadata.namespace.as_deref().unwrap_or(""), p.metadata.name.as_deref().unwrap_or(""))
        })
    }

    /// The pod (on the pod network, not the host's) that holds `ip` here.
    pub fn pod_object(&self, ip: &str) -> Option<&crate::api::core::Pod> {
        self.workers.values().find(|w| !w.host_network() && w.pod_ip() == Some(ip)).map(|w| w.pod())
    }

    /// The node's pod network (its pod CIDR), once the node has one.
    pub fn pod_cidr(&self) -> Option<&str> {
        self.pod_cidr.as_deref()
    }

    /// Which image's program listens on `port` in the pod holding `ip` (the pod's containers
    /// share its network).
    /// The pod (`ns/name`) whose container listens on `ip:port`.
    pub fn pod_listening(&self, ip: &str, port: u16) -> Option<String> {
        let w = self.workers.values().filter(|w| w.pod_ip() == Some(ip)).find(|w| {
            w.containers.iter().any(|c| matches!(c.state, CState::Running { exits_at: None, .. }) && c.listening.contains_key(&port))
        })?;
        let p = w.pod();
        Some(format!("{}/{}", p.metadata.namespace.as_deref().unwrap_or(""), p.metadata.name.as_deref().unwrap_or("")))
    }

    pub fn listener(&self, ip: &str, port: u16) -> Option<Image> {
        // Host-network pods share the node's address: any of them may hold the port.
        let c = self.workers.values().filter(|w| w.pod_ip() == Some(ip)).find_map(|w| {
            w.containers.iter().find(|c| matches!(c.state, CState::Running { exits_at: None, .. }) && c.listening.contains_key(&port))
        })?;
        Some(Image::of(c.image.as_ref().ok().and_then(super::images::lookup).map_or("", |i| i.repository)))
    }

    /// Appends an access-log line to the log of the container listening on `ip:port`; `line`
    /// gets nginx's `$time_local`.
    pub fn log_access(&mut self, now: SimTime, ip: &str, port: u16, line: impl FnOnce(&str) -> String) {
        let when = super::sh::programs::strftime("%d/%b/%Y:%H:%M:%S +0000", self.runtime.epoch_ms + now.as_millis() as i64);
        let Some(w) = self.workers.values_mut().find(|w| w.pod_ip() == Some(ip)) else { return };
        if let Some(c) = w.containers.iter_mut().find(|c| matches!(c.state, CState::Running { exits_at: None, .. }) && c.listening.contains_key(&port)) {
            c.log.write(now, &line(&when), None);
        }
    }

    /// One HTTP GET from `client` to `ip:port` (a pod here), answered by its server;
    /// `forwarded` is the request's X-Forwarded-For ("-" when it has none).
    #[allow(clippy::too_many_arguments)]
    pub fn http_get(&mut self, now: SimTime, ip: &str, port: u16, path: &str, client: &str, agent: &str, forwarded: &str) -> Option<Answer> {
        let epoch_ms = self.runtime.epoch_ms;
        let w = self.workers.values_mut().find(|w| w.pod_ip() == Some(ip))?;
        let hostname = w.pod().metadata.name.clone().unwrap_or_default();
        let Some(c) = w.containers.iter_mut().find(|c| matches!(c.state, CState::Running { exits_at: None, .. }) && c.listening.contains_key(&port)) else {
            return Some(Answer::Refused);
        };
        let root = c.listening.get(&port).copied().unwrap_or_default();
        let image = Image::of(c.image.as_ref().ok().and_then(super::images::lookup).map_or("", |i| i.repository));
        if root.is_empty() {
            return Some(Answer::NoReply);
        }
        if root == "*" {
            return Some(if image == Image::Distroless("agnhost") && c.spec.command.iter().flatten().chain(c.spec.args.iter().flatten()).find(|a| !a.starts_with('-') && !a.ends_with("agnhost")).is_some_and(|a| a == "serve-hostname") {
                Answer::Http { code: 200, body: hostname }
            } else {
                Answer::Unmodelled(format!("{} on port {}", c.spec.image.as_deref().unwrap_or(""), port))
            });
        }
        if !root.starts_with('/') {
            return Some(Answer::Unmodelled(format!("{} on port {}", c.spec.image.as_deref().unwrap_or(""), port)));
        }
        let file = if path.ends_with('/') { format!("{}{}index.html", root, path) } else { format!("{}{}", root, path) };
        let (code, body) = match c.fs.read(image, &file) {
            Some(body) => (200, body),
            None if path.ends_with('/') && c.fs.is_dir(image, &format!("{}{}", root, path)) => (403, error_page(403, "Forbidden")),
            None => (404, error_page(404, "Not Found")),
        };
        if image == Image::Nginx {
            let when = super::sh::programs::strftime("%d/%b/%Y:%H:%M:%S +0000", epoch_ms + now.as_millis() as i64);
            let line = format!("{} - - [{}] \"GET {} HTTP/1.1\" {} {} \"-\" \"{}\" \"{}\"\n", client, when, path, code, body.len(), agent, forwarded);
            c.log.write(now, &line, None);
        }
        Some(Answer::Http { code, body })
    }
}

/// nginx 1.29's error page (153 bytes for 404).
fn error_page(code: u16, text: &str) -> String {
    format!("<html>\r\n<head><title>{} {}</title></head>\r\n<body>\r\n<center><h1>{} {}</h1></center>\r\n<hr><center>nginx/1.29.3</center>\r\n</body>\r\n</html>\r\n", code, text, code, text)
}
