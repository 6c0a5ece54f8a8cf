//! A root shell on a node (`ssh node01`, `kubeplay ssh node01`): `crictl` asks the node's
//! container runtime what runs there — pod sandboxes (pause containers included), containers,
//! images, logs — and `ls /etc/kubernetes/manifests` shows the static pods the kubelet runs from
//! files. `exit` goes back to the learner's machine.

use crate::kubectl::Output;
use crate::sim::Cluster;
use std::time::Duration;

/// go-units' `HumanDuration`, as crictl prints ages ("2 minutes ago").
pub fn human(d: Duration) -> String {
    let s = d.as_secs();
    let m = s / 60;
    // Hours are rounded: 90 minutes is "2 hours".
    let h = (d.as_millis() + 1_800_000) / 3_600_000;
    match () {
        _ if s < 1 => "Less than a second".into(),
        _ if s == 1 => "1 second".into(),
        _ if s < 60 => format!("{} seconds", s),
        _ if m == 1 => "About a minute".into(),
        _ if m < 60 => format!("{} minutes", m),
        _ if h == 1 => "About an hour".into(),
        _ if h < 48 => format!("{} hours", h),
        _ if h < 24 * 7 * 2 => format!("{} days", h / 24),
        _ if h < 24 * 30 * 2 => format!("{} weeks", h / 24 / 7),
        _ if h < 24 * 365 * 2 => format!("{} months", h / 24 / 30),
        _ => format!("{} years", h / 24 / 365),
    }
}

/// go-units' `HumanSizeWithPrecision(size, 3)`: decimal units.
pub fn human_size(bytes: u64) -> String {
    let units = ["B", "kB", "MB", "GB", "TB", "PB"];
    let mut size = bytes as f64;
    let mut i = 0;
    while size >= 1000.0 && i < units.len() - 1 {
        size /= 1000.0;
        i += 1;
    }
    // `%.4g`: three significant digits, no trailing zeros.
    let digits = if size >= 100.0 { 0 } else if size >= 10.0 { 1 } else { 2 };
    let mut n = format!("{:.*}", digits, size);
    if n.contains('.') {
        n = n.trim_end_matches('0').trim_end_matches('.').to_string();
    }
    format!("{}{}", n, units[i])
}

/// crictl's tables: tab-separated cells, at least 20 wide, 3 apart.
fn table(rows: Vec<Vec<String>>) -> String {
    let text: String = rows.iter().map(|r| format!("{}\n", r.join("\t"))).collect();
    crate::kubectl::tabwriter::format(&text, 20, 3)
}

pub struct NodeShell {
    pub node: String,
}

impl NodeShell {
    pub fn prompt(&self) -> String {
        format!("root@{}:~# ", self.node)
    }

    /// Runs one line; None when it was `exit`.
    pub fn run(&mut self, words: &[String], cluster: &mut Cluster) -> Option<Output> {
        let mut o = Output::default();
        let Some((cmd, args)) = words.split_first() else { return Some(o) };
        let now = cluster.now();
        let epoch_ms = cluster.epoch_unix_ms();
        let Some(k) = cluster.kubelet(&self.node) else { return None };
        let age = |t: crate::sim::clock::SimTime| format!("{} ago", human(now.since(t)));
        match (cmd.as_str(), args.first().map(String::as_str)) {
            ("exit" | "logout", _) => return None,
            ("crictl", Some("pods")) => {
                let mut rows = vec![["POD ID", "CREATED", "STATE", "NAME", "NAMESPACE", "ATTEMPT", "RUNTIME"].map(String::from).to_vec()];
                for p in k.cri_pods() {
                    let state = if p.ready { "Ready" } else { "NotReady" };
                    rows.push(vec![p.id[..13].to_string(), age(p.created), state.into(), p.name, p.namespace, p.attempt.to_string(), "(default)".into()]);
                }
                o.out(table(rows));
            }
            ("crictl", Some("ps")) => {
                let all = args.iter().any(|a| a == "-a" || a == "--all");
                let mut rows = vec![["CONTAINER", "IMAGE", "CREATED", "STATE", "NAME", "ATTEMPT", "POD ID", "POD", "NAMESPACE"].map(String::from).to_vec()];
                for c in k.cri_containers(all) {
                    let state = if c.running { "Running" } else { "Exited" };
                    let image: String = c.image.chars().take(13).collect();
                    rows.push(vec![c.id[..13].to_string(), image, age(c.created), state.into(), c.name, c.attempt.to_string(), c.pod_id[..13].to_string(), c.pod, c.namespace]);
                }
                o.out(table(rows));
            }
            ("crictl", Some("images")) => {
                let mut rows = vec![["IMAGE", "TAG", "IMAGE ID", "SIZE"].map(String::from).to_vec()];
                for i in k.cri_images() {
                    rows.push(vec![i.repository, i.tag, i.id[..13].to_string(), human_size(i.size)]);
                }
                o.out(table(rows));
            }
            ("crictl", Some("logs")) => match args.iter().skip(1).find(|a| !a.starts_with('-')) {
                None => o.fail("FATA[0000] ID cannot be empty\n"),
                Some(id) => match k.cri_logs(id, epoch_ms) {
                    Some(log) => o.out(log),
                    None => {
                        let why = format!("rpc error: code = NotFound desc = an error occurred when try to find container {:?}: not found", id);
                        let t = crate::kubelet::sh::programs::strftime("%m%d %H:%M:%S", epoch_ms + now.as_millis() as i64);
                        o.err(format!("E{}.000000    4242 log.go:32] \"ContainerStatus from runtime service failed\" err={:?} containerID={:?}\n", t, why, id));
                        o.fail(format!("FATA[0000] {}\n", why));
                    }
                },
            },
            ("crictl", _) => o.fail("kubeplay's node shell has: crictl pods, crictl ps [-a], crictl images, crictl logs ID\n".to_string()),
            ("ls", Some(dir)) if dir.trim_end_matches('/') == "/etc/kubernetes/manifests" => {
                o.out(k.static_manifests().into_iter().map(|n| format!("{}\n", n)).collect::<String>());
            }
            ("hostname", None) => o.out(format!("{}\n", self.node)),
            ("systemctl", Some("status")) if args.get(1).is_some_and(|u| u == "kubelet" || u == "kubelet.service") => {
                let state = if k.is_stopped() { "inactive (dead)" } else { "active (running)" };
                o.out(format!(
                    "\u{25cf} kubelet.service - kubelet: The Kubernetes Node Agent\n     Loaded: loaded (/usr/lib/systemd/system/kubelet.service; enabled; preset: enabled)\n    Drop-In: /usr/lib/systemd/system/kubelet.service.d\n             \u{2514}\u{2500}10-kubeadm.conf\n     Active: {}\n       Docs: https://kubernetes.io/docs/\n",
                    state
                ));
            }
            (other, _) => o.fail(format!("{}: command not found\n", other)),
        }
        Some(o)
    }
}
