//! The TCP ports open on the learner's machine: the control-plane daemons' own, and the
//! listeners `kubectl port-forward` opens there, each tied to its stream into a pod. `curl
//! localhost:PORT` at the prompt connects to one of them.

/// A port-forward listener: where it listens, and where its connections go.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Listener {
    pub address: String,
    pub port: u16,
    /// The port-forward stream that carries its connections.
    pub stream: u64,
    pub remote: u16,
}

/// Ports the control-plane node's daemons hold on every address: sshd, etcd (client, peer,
/// metrics), kube-apiserver, the kubelet (healthz, API), kube-proxy (metrics, healthz),
/// kube-controller-manager and kube-scheduler.
const DAEMONS: [u16; 11] = [22, 2379, 2380, 2381, 6443, 10248, 10249, 10250, 10256, 10257, 10259];

/// Where Linux starts handing out ephemeral ports (`net.ipv4.ip_local_port_range`).
const EPHEMERAL: u16 = 32768;

#[derive(Clone, Debug, Default)]
pub struct HostPorts {
    listeners: Vec<Listener>,
    /// Ephemeral ports handed out so far.
    handed: u16,
}

fn wildcard(address: &str) -> bool {
    address == "0.0.0.0" || address == "::"
}

impl HostPorts {
    /// Binds `address:port` (port 0: an ephemeral one) for `stream`; the port, or Go's
    /// `net.Listen` error.
    pub fn listen(&mut self, stream: u64, address: &str, port: u16, remote: u16) -> Result<u16, String> {
        let proto = if address.contains(':') { "tcp6" } else { "tcp4" };
        let at = |port: u16| if address.contains(':') { format!("[{}]:{}", address, port) } else { format!("{}:{}", address, port) };
        // The machine has its loopback addresses (and the wildcards).
        if !(address.starts_with("127.") || address == "::1" || wildcard(address)) {
            return Err(format!("listen {} {}: bind: cannot assign requested address", proto, at(port)));
        }
        let port = if port == 0 {
            loop {
                let p = EPHEMERAL + (self.handed.wrapping_mul(7919) % 28232);
                self.handed = self.handed.wrapping_add(1);
                if !self.taken(address, p) {
                    break p;
                }
            }
        } else {
            port
        };
        if self.taken(address, port) {
            return Err(format!("listen {} {}: bind: address already in use", proto, at(port)));
        }
        self.listeners.push(Listener { address: address.to_string(), port, stream, remote });
        Ok(port)
    }

    fn taken(&self, address: &str, port: u16) -> bool {
        // Go binds tcp6 listeners IPv6-only: the families do not collide.
        let v6 = address.contains(':');
        DAEMONS.contains(&port) || self.listeners.iter().any(|l| l.port == port && l.address.contains(':') == v6 && (l.address == address || wildcard(&l.address) || wildcard(address)))
    }

    /// The stream's listeners close with it.
    pub fn close(&mut self, stream: u64) {
        self.listeners.retain(|l| l.stream != stream);
    }

    /// The listener a connection to `address:port` reaches.
    pub fn find(&self, address: &str, port: u16) -> Option<&Listener> {
        let v6 = address.contains(':');
        self.listeners.iter().find(|l| l.port == port && (l.address == address || (wildcard(&l.address) && l.address.contains(':') == v6)))
    }
}
