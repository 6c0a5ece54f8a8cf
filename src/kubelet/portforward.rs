//! `kubectl port-forward` on the node: the kubelet's `/portForward/NS/POD` endpoint (the CRI
//! streaming server's) holds a stream into the pod's network namespace. Each connection that
//! arrives on it is dialled to `localhost:PORT` inside the pod, so the pod's own server answers
//! (and sees the client as 127.0.0.1). A refused dial is reported on the connection's error
//! stream as containerd words it; the stream ends when the pod stops running.

use super::exec::{session, ExecSession};
use super::worker::CState;
use super::Kubelet;
use crate::apiserver::http::Response;

/// Where a forwarded connection goes: the pod's IP and the words of a refusal.
pub struct ForwardTarget {
    pub ip: String,
    sandbox: String,
    netns: String,
}

impl ForwardTarget {
    /// The error containerd's port-forward reports when nothing listens on `port` in the pod.
    pub fn refused(&self, port: u16) -> String {
        format!(
            "error forwarding port {port} to pod {sb}, uid : failed to execute portforward in network namespace \"/var/run/netns/{ns}\": failed to connect to localhost:{port} inside namespace \"{sb}\", IPv4: dial tcp4 127.0.0.1:{port}: connect: connection refused IPv6 dial tcp6 [::1]:{port}: connect: connection refused ",
            port = port,
            sb = self.sandbox,
            ns = self.netns
        )
    }
}

impl Kubelet {
    /// Opens a port-forward stream to pod `key` (`namespace/name`).
    pub(super) fn portforward_start(&mut self, key: &str) -> Result<u64, Response> {
        let text = |body: String| Response { code: 500, content_type: "text/plain".into(), body, warnings: vec![] };
        if !self.workers.contains_key(key) {
            return Err(text(format!("pod {:?} does not exist\n", key.split('/').nth(1).unwrap_or(""))));
        }
        if self.containerd.down {
            return Err(text(super::cri::UNAVAILABLE.to_string()));
        }
        self.next_exec += 1;
        let id = self.next_exec;
        let mut s = ExecSession::new(key.to_string(), "");
        s.forward = true;
        self.execs.push((id, s));
        Ok(id)
    }

    /// The pod a port-forward stream reaches, while its sandbox runs.
    pub fn portforward_target(&mut self, id: u64) -> Option<ForwardTarget> {
        let key = session(&mut self.execs, id).filter(|s| s.forward && !s.done)?.pod.clone();
        let w = self.workers.get(&key)?;
        let ip = w.pod_ip()?.to_string();
        let uid = w.pod().metadata.uid.clone().unwrap_or_default();
        Some(ForwardTarget { ip, sandbox: super::cri::sandbox_id(&uid), netns: super::cri::netns_of(&uid) })
    }

    /// Something for the client on a port-forward stream: a connection it handled (`c`), or a
    /// connection's error (`e`), after which the client closes the stream.
    pub fn portforward_frame(&mut self, id: u64, frame: String) {
        if let Some(s) = session(&mut self.execs, id).filter(|s| s.forward) {
            s.frames.push(frame);
        }
    }

    /// A port-forward stream lives in the pod's sandbox: it ends when the pod stops (deleted,
    /// evicted, or done), not when one of its containers restarts.
    pub(super) fn portforward_check(&mut self, id: u64) {
        let Some(s) = session(&mut self.execs, id).filter(|s| s.forward) else { return };
        let alive = self.workers.get(&s.pod).is_some_and(|w| w.pod_ip().is_some() && !w.containers.iter().all(|c| matches!(c.state, CState::Terminated(_))));
        if !alive {
            s.done = true;
        }
    }
}
