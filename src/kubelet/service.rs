//! The node's systemd units as the kubelet sees them: its own service (stop, start, the journal
//! `journalctl -u kubelet` reads), containerd's, and what the apiserver meets when it dials the
//! kubelet's port.

use super::*;

impl Kubelet {
    /// `crictl`'s view needs containerd.
    pub fn runtime_error(&self) -> Option<&'static str> {
        self.containerd.down.then_some(cri::UNAVAILABLE)
    }

    /// `kubeplay registry down|up`: image pulls from this node fail, or work again.
    pub fn set_registry_down(&mut self, down: bool) {
        self.runtime.registry_down = down;
    }

    /// Why the apiserver cannot reach the kubelet's port, if it cannot: a machine that is off
    /// does not answer; one whose kubelet is stopped refuses the connection.
    pub fn unreachable(&self) -> Option<&'static str> {
        if self.partitioned {
            Some("i/o timeout")
        } else if self.stopped {
            Some("connect: no route to host")
        } else if self.service.down {
            Some("connect: connection refused")
        } else {
            None
        }
    }

    /// `kubeplay node partition|reconnect`: the machine loses its network, or gets it back. Cut
    /// off, the kubelet can neither watch nor write (the node goes NotReady when its lease runs
    /// out) while its containers run on; reconnected, it heartbeats and resyncs at once.
    pub fn set_partitioned(&mut self, on: bool, now: SimTime) -> bool {
        if self.partitioned == on {
            return false;
        }
        self.partitioned = on;
        if on {
            self.execs.clear();
            self.journal(now, "kubelet", "Error updating node status, will retry: error getting node: dial tcp: i/o timeout".into());
        } else {
            self.resume(now);
        }
        true
    }

    pub fn is_partitioned(&self) -> bool {
        self.partitioned
    }

    /// Powered on and on the network: what the rest of the cluster can reach.
    pub fn is_connected(&self) -> bool {
        !self.stopped && !self.partitioned
    }

    /// Adds a line to the journal: `systemd` (PID 1) for the unit's own, `kubelet` (the
    /// running kubelet's PID) for what it logs.
    pub fn journal(&mut self, at: SimTime, source: &'static str, line: String) {
        if self.journal.len() >= JOURNAL_CAPACITY {
            self.journal.pop_front();
        }
        let pid = if source == "systemd" { 1 } else { self.service.pid };
        self.journal.push_back((at, pid, line));
    }

    /// The journal: when, which PID, what.
    pub fn journal_entries(&self) -> impl Iterator<Item = &(SimTime, u32, String)> {
        self.journal.iter()
    }

    /// `systemctl stop kubelet`: the kubelet exits; containerd and the containers run on.
    pub fn stop_service(&mut self, now: SimTime) -> bool {
        if self.service.down {
            return false;
        }
        self.journal(now, "systemd", format!("Stopping {}...", UNIT));
        self.journal(now, "systemd", "kubelet.service: Deactivated successfully.".into());
        self.journal(now, "systemd", format!("Stopped {}.", UNIT));
        self.execs.clear();
        self.service.ran_for = Some(now.since(self.service.since));
        self.service.down = true;
        self.service.since = now;
        true
    }

    /// `systemctl stop|start containerd`. Back, it finds the shims of the containers that kept
    /// running, and the kubelet syncs every pod.
    pub fn set_runtime_down(&mut self, down: bool, now: SimTime) -> bool {
        if self.containerd.down == down {
            return false;
        }
        if down {
            self.execs.clear();
            self.containerd.ran_for = Some(now.since(self.containerd.since));
        } else {
            self.containerd.pid += 1 + (now.as_millis() % 613) as u32;
            self.next_heartbeat = Some(now);
            for w in self.workers.values_mut() {
                w.next = Some(now);
            }
        }
        self.containerd.down = down;
        self.containerd.since = now;
        true
    }

    /// `systemctl start kubelet`: a new kubelet process picks up where the last one stopped: it
    /// announces itself, heartbeats at once and syncs every pod (restarting what exited).
    pub fn start_service(&mut self, now: SimTime) -> bool {
        if !self.service.down {
            return false;
        }
        self.service.down = false;
        self.service.since = now;
        self.service.pid += 1 + (now.as_millis() % 977) as u32;
        self.service.restarted = true;
        self.journal(now, "systemd", format!("Started {}.", UNIT));
        self.next_heartbeat = Some(now);
        for w in self.workers.values_mut() {
            w.next = Some(now);
        }
        true
    }

}
