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
        if cmd == "systemctl" {
            return Some(systemctl(&self.node, args, cluster));
        }
        if cmd == "journalctl" {
            return Some(journalctl(&self.node, args, cluster));
        }
        if cmd == "ip" {
            return Some(ip(&self.node, args, cluster));
        }
        if cmd == "iptables-save" {
            return Some(iptables_save(&self.node, args, cluster));
        }
        if cmd == "ipvsadm" {
            return Some(ipvsadm(&self.node, args, cluster));
        }
        let now = cluster.now();
        let epoch_ms = cluster.epoch_unix_ms();
        let Some(k) = cluster.kubelet(&self.node) else { return None };
        let age = |t: crate::sim::clock::SimTime| format!("{} ago", human(now.since(t)));
        if let (Some(why), "crictl", Some(sub @ ("pods" | "ps" | "images" | "logs"))) = (k.runtime_error(), cmd.as_str(), args.first().map(String::as_str)) {
            // crictl cannot reach containerd's socket.
            let what = match sub {
                "pods" => "listing pod sandboxes",
                "ps" => "listing containers",
                "images" => "listing images",
                _ => "failed to get container status",
            };
            o.fail(format!("FATA[0000] {}: {}\n", what, why));
            return Some(o);
        }
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
            (other, _) => o.fail(format!("{}: command not found\n", other)),
        }
        Some(o)
    }
}

fn is_kubelet(unit: &str) -> bool {
    unit == "kubelet" || unit == "kubelet.service"
}

/// A systemd unit on the node: how `systemctl status` describes it.
struct Unit {
    name: &'static str,
    description: &'static str,
    drop_in: bool,
    docs: &'static str,
    exec_start: &'static str,
    cmdline: &'static str,
}

const KUBELET: Unit = Unit {
    name: "kubelet",
    description: crate::kubelet::UNIT,
    drop_in: true,
    docs: "https://kubernetes.io/docs/",
    exec_start: "/usr/bin/kubelet $KUBELET_KUBECONFIG_ARGS $KUBELET_CONFIG_ARGS $KUBELET_KUBEADM_ARGS $KUBELET_EXTRA_ARGS",
    cmdline: "/usr/bin/kubelet --bootstrap-kubeconfig=/etc/kubernetes/bootstrap-kubelet.conf --kubeconfig=/etc/kubernetes/kubelet.conf --config=/var/lib/kubelet/config.yaml --container-runtime-endpoint=unix:///var/run/containerd/containerd.sock",
};

const CONTAINERD: Unit = Unit {
    name: "containerd",
    description: "containerd.service - containerd container runtime",
    drop_in: false,
    docs: "https://containerd.io",
    exec_start: "/usr/bin/containerd",
    cmdline: "/usr/bin/containerd",
};

/// `systemctl status|stop|start|restart|is-active kubelet|containerd`.
fn systemctl(node: &str, args: &[String], cluster: &mut Cluster) -> Output {
    use crate::sim::command::{Command, Fault};
    let mut o = Output::default();
    let verb = args.first().map(String::as_str).unwrap_or("");
    let units: Vec<&String> = args.iter().skip(1).filter(|a| !a.starts_with('-')).collect();
    if !matches!(verb, "status" | "stop" | "start" | "restart" | "is-active") {
        o.fail("kubeplay's node shell has: systemctl status|stop|start|restart|is-active kubelet|containerd\n");
        return o;
    }
    let Some(unit) = units.first() else {
        o.fail("Too few arguments.\n");
        return o;
    };
    let unit = match unit.trim_end_matches(".service") {
        "kubelet" => &KUBELET,
        "containerd" => &CONTAINERD,
        _ => {
            let name = if unit.contains('.') { unit.to_string() } else { format!("{}.service", unit) };
            match verb {
                "status" => o.fail(format!("Unit {} could not be found.\n", name)),
                "is-active" => {
                    o.out("inactive\n");
                    o.exit_code = 3;
                }
                _ => o.fail(format!("Failed to {} {}: Unit {} not found.\n", verb, name, name)),
            }
            return o;
        }
    };
    let kubelet = unit.name == "kubelet";
    let n = node.to_string();
    let (stop, start) = if kubelet { (Fault::KubeletStop(n.clone()), Fault::KubeletStart(n)) } else { (Fault::RuntimeStop(n.clone()), Fault::RuntimeStart(n)) };
    match verb {
        "stop" => drop(cluster.apply(Command::Fault(stop))),
        "start" => drop(cluster.apply(Command::Fault(start))),
        "restart" => {
            cluster.apply(Command::Fault(stop));
            cluster.apply(Command::Fault(start));
        }
        "is-active" => {
            let down = cluster.kubelet(node).is_none_or(|k| if kubelet { k.service.down } else { k.containerd.down });
            o.out(if down { "inactive\n" } else { "active\n" });
            o.exit_code = if down { 3 } else { 0 };
        }
        _ => o = status(node, cluster, unit),
    }
    o
}

/// systemd's relative time ("5s ago", "2min 3s ago", "1h 5min ago", "3 days ago").
fn relative(d: Duration) -> String {
    let s = d.as_secs();
    let (min, h, day) = (60, 3600, 86400);
    match s {
        _ if s >= 2 * day => format!("{} days ago", s / day),
        _ if s >= 25 * h => format!("1 day {}h ago", (s - day) / h),
        _ if s >= 6 * h => format!("{}h ago", s / h),
        _ if s >= h => format!("{}h {}min ago", s / h, s % h / min),
        _ if s >= 5 * min => format!("{}min ago", s / min),
        _ if s >= min => format!("{}min {}s ago", s / min, s % min),
        _ if s >= 1 => format!("{}s ago", s),
        _ => format!("{}ms ago", d.as_millis()),
    }
}

/// systemd's `format_timespan` to the millisecond ("10min 3.123s").
fn timespan(d: Duration) -> String {
    let ms = d.as_millis() as u64;
    let (h, m, s, frac) = (ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    let mut parts = Vec::new();
    if h > 0 {
        parts.push(format!("{}h", h));
    }
    if m > 0 {
        parts.push(format!("{}min", m));
    }
    if s > 0 || frac > 0 {
        parts.push(if frac > 0 { format!("{}.{:03}s", s, frac).trim_end_matches('0').to_string() } else { format!("{}s", s) });
    }
    parts.join(" ")
}

/// `systemctl status UNIT`: the unit, its state since when, and (the kubelet's) last journal lines.
fn status(node: &str, cluster: &Cluster, unit: &Unit) -> Output {
    use crate::kubelet::sh::programs::strftime;
    let mut o = Output::default();
    let Some(k) = cluster.kubelet(node) else { return o };
    let sv = if unit.name == "kubelet" { &k.service } else { &k.containerd };
    let now = cluster.now();
    let unix = |t: crate::sim::clock::SimTime| cluster.epoch_unix_ms() + t.as_millis() as i64;
    let since = format!("{}; {}", strftime("%a %Y-%m-%d %H:%M:%S UTC", unix(sv.since)), relative(now.since(sv.since)));
    let mut text = format!(
        "{} {}\n     Loaded: loaded (/usr/lib/systemd/system/{}.service; enabled; preset: enabled)\n",
        if sv.down { '\u{25cb}' } else { '\u{25cf}' },
        unit.description,
        unit.name
    );
    if unit.drop_in {
        text.push_str(&format!("    Drop-In: /usr/lib/systemd/system/{}.service.d\n             \u{2514}\u{2500}10-kubeadm.conf\n", unit.name));
    }
    if sv.down {
        text.push_str(&format!("     Active: inactive (dead) since {}\n", since));
        if let Some(d) = sv.ran_for {
            text.push_str(&format!("   Duration: {}\n", timespan(d)));
        }
        text.push_str(&format!("       Docs: {}\n", unit.docs));
        text.push_str(&format!("    Process: {} ExecStart={} (code=exited, status=0/SUCCESS)\n", sv.pid, unit.exec_start));
        text.push_str(&format!("   Main PID: {} (code=exited, status=0/SUCCESS)\n", sv.pid));
    } else {
        text.push_str(&format!("     Active: active (running) since {}\n", since));
        text.push_str(&format!("       Docs: {}\n", unit.docs));
        text.push_str(&format!("   Main PID: {} ({})\n", sv.pid, unit.name));
        text.push_str(&format!("     CGroup: /system.slice/{}.service\n             \u{2514}\u{2500}{} {}\n", unit.name, sv.pid, unit.cmdline));
    }
    let lines = if unit.name == "kubelet" { journal_lines(node, cluster) } else { Vec::new() };
    if !lines.is_empty() {
        text.push('\n');
        for l in lines.iter().skip(lines.len().saturating_sub(10)) {
            text.push_str(l);
        }
    }
    o.out(text);
    if sv.down {
        o.exit_code = 3;
    }
    o
}

/// The unit's journal as `journalctl` prints it (short format).
fn journal_lines(node: &str, cluster: &Cluster) -> Vec<String> {
    use crate::kubelet::sh::programs::strftime;
    let Some(k) = cluster.kubelet(node) else { return Vec::new() };
    k.journal_entries()
        .map(|(at, pid, line)| {
            let stamp = strftime("%b %d %H:%M:%S", cluster.epoch_unix_ms() + at.as_millis() as i64);
            let who = if *pid == 1 { "systemd[1]".to_string() } else { format!("kubelet[{}]", pid) };
            format!("{} {} {}: {}\n", stamp, node, who, line)
        })
        .collect()
}

/// `journalctl -u kubelet [-n N] [--no-pager]`.
fn journalctl(node: &str, args: &[String], cluster: &Cluster) -> Output {
    let mut o = Output::default();
    let mut unit = None;
    let mut lines: Option<usize> = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "-u" | "--unit" => unit = it.next().cloned(),
            "-n" | "--lines" => lines = it.next().and_then(|n| n.parse().ok()),
            "--no-pager" | "-l" | "--full" | "-e" | "--pager-end" | "-x" => {}
            a if a.starts_with("--unit=") => unit = Some(a["--unit=".len()..].to_string()),
            a if a.starts_with("-u") && a.len() > 2 => unit = Some(a[2..].to_string()),
            a if a.starts_with("-n") && a.len() > 2 => lines = a[2..].parse().ok(),
            a if a.starts_with("--lines=") => lines = a["--lines=".len()..].parse().ok(),
            other => {
                o.fail(format!("kubeplay's node shell has: journalctl -u kubelet [-n N] [--no-pager] (not {})\n", other));
                return o;
            }
        }
    }
    let Some(unit) = unit.filter(|u| is_kubelet(u)) else {
        o.out("-- No entries --\n");
        return o;
    };
    let _ = unit;
    let all = journal_lines(node, cluster);
    let n = lines.unwrap_or(all.len());
    if all.is_empty() {
        o.out("-- No entries --\n");
    }
    o.out(all[all.len().saturating_sub(n)..].concat());
    o
}

/// `a.b.c.d/24` → (`a.b.c`, prefix length).
fn net24(cidr: &str) -> Option<(String, String)> {
    let (addr, len) = cidr.split_once('/')?;
    let (net, _) = addr.rsplit_once('.')?;
    Some((net.to_string(), len.to_string()))
}

/// `ipvsadm -Ln`: IPVS's virtual servers on the node (none unless kube-proxy runs in IPVS mode,
/// and then the kernel has not loaded IPVS at all).
fn ipvsadm(node: &str, args: &[String], cluster: &Cluster) -> Output {
    let mut o = Output::default();
    let flags: String = args.iter().filter(|a| a.starts_with('-') && !a.starts_with("--")).map(|a| a.trim_start_matches('-')).collect();
    let long: Vec<&str> = args.iter().filter(|a| a.starts_with("--")).map(String::as_str).collect();
    let list = args.is_empty() || flags.contains('L') || flags.contains('l') || long.contains(&"--list");
    if !list || args.iter().any(|a| !a.starts_with('-')) || !flags.chars().all(|c| "Lln".contains(c)) || long.iter().any(|l| !matches!(*l, "--list" | "--numeric")) {
        o.fail("kubeplay's ipvsadm lists only: ipvsadm -Ln\n");
        o.exit_code = 2;
        return o;
    }
    match cluster.ipvs_list(node) {
        Some(text) => o.out(text),
        None => {
            o.fail("Can't initialize ipvs: Protocol not available\nAre you sure that IP Virtual Server is built in the kernel or as module?\n");
            o.exit_code = 2;
        }
    }
    o
}

/// `iptables-save [-t TABLE]`: the tables as the node's kernel holds them (kube-proxy's rules
/// as of its last sync), each between its own header and footer.
fn iptables_save(node: &str, args: &[String], cluster: &Cluster) -> Output {
    let mut o = Output::default();
    let mut table = None;
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_str();
        if a == "-t" || a == "--table" {
            i += 1;
            table = args.get(i).cloned();
        } else if let Some(t) = a.strip_prefix("--table=").or_else(|| a.strip_prefix("-t").filter(|t| !t.is_empty())) {
            table = Some(t.to_string());
        } else {
            o.fail(format!("iptables-save v1.8.10 (nf_tables): unknown option \"{}\"\nTry `iptables-save -h' for more information.\n", a));
            return o;
        }
        i += 1;
    }
    let Some(tables) = cluster.iptables(node) else { return o };
    let chosen: Vec<&crate::network::proxy::rules::Table> = match table.as_deref() {
        None => tables.all().to_vec(),
        Some(t) => match tables.get(t) {
            Some(t) => vec![t],
            // raw and security exist but hold nothing here.
            None if matches!(t, "raw" | "security") => vec![],
            None => {
                o.fail(format!("iptables-save v1.8.10 (nf_tables): Cannot initialize: Table does not exist (do you need to insmod?)\n"));
                return o;
            }
        },
    };
    let when = crate::kubelet::sh::programs::strftime("%a %b %e %H:%M:%S %Y", cluster.epoch_unix_ms() + cluster.now().as_millis() as i64);
    let mut text = String::new();
    for t in chosen {
        text.push_str(&format!("# Generated by iptables-save v1.8.10 (nf_tables) on {}\n", when));
        t.save(&mut text);
        text.push_str(&format!("# Completed on {}\n", when));
    }
    o.out(text);
    o
}

/// `ip addr`, `ip link` and `ip route` on a node: its uplink, flannel's VXLAN device and
/// bridge, a veth per pod sandbox; the routes to the other nodes' pod CIDRs go through flannel.1.
fn ip(node: &str, args: &[String], cluster: &Cluster) -> Output {
    use crate::kubelet::cri_mac as mac;
    let mut o = Output::default();
    let Some(k) = cluster.kubelet(node) else { return o };
    let (node_ip, cidr, veths, _) = k.net_view();
    let (net, _) = net24(&format!("{}/24", node_ip)).unwrap_or_default();
    let obj = args.first().map(String::as_str).unwrap_or("");
    let is = |full: &str| !obj.is_empty() && full.starts_with(obj);
    // (link line, link/ether line, address lines) per interface.
    let mut ifs: Vec<(String, String, String)> = vec![
        (
            "lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000".into(),
            "link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00".into(),
            "    inet 127.0.0.1/8 scope host lo\n       valid_lft forever preferred_lft forever\n    inet6 ::1/128 scope host noprefixroute \n       valid_lft forever preferred_lft forever\n".into(),
        ),
        (
            "enp1s0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc fq_codel state UP mode DEFAULT group default qlen 1000".into(),
            format!("link/ether {} brd ff:ff:ff:ff:ff:ff", mac(&format!("{}/enp1s0", node))),
            format!("    inet {}/24 metric 100 brd {}.255 scope global dynamic enp1s0\n       valid_lft 86313sec preferred_lft 86313sec\n", node_ip, net),
        ),
    ];
    if let Some((pnet, _)) = cidr.as_deref().and_then(net24) {
        ifs.push((
            "flannel.1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1450 qdisc noqueue state UNKNOWN mode DEFAULT group default ".into(),
            format!("link/ether {} brd ff:ff:ff:ff:ff:ff", mac(&format!("{}/flannel.1", node))),
            format!("    inet {}.0/32 scope global flannel.1\n       valid_lft forever preferred_lft forever\n", pnet),
        ));
        ifs.push((
            "cni0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1450 qdisc noqueue state UP mode DEFAULT group default qlen 1000".into(),
            format!("link/ether {} brd ff:ff:ff:ff:ff:ff", mac(&format!("{}/cni0", node))),
            format!("    inet {}.1/24 brd {}.255 scope global cni0\n       valid_lft forever preferred_lft forever\n", pnet, pnet),
        ));
        for v in &veths {
            ifs.push((
                format!("{}@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1450 qdisc noqueue master cni0 state UP mode DEFAULT group default qlen 1000", v.name),
                format!("link/ether {} brd ff:ff:ff:ff:ff:ff link-netns {}", v.mac, v.netns),
                String::new(),
            ));
        }
    }
    if is("address") || is("link") {
        let link = is("link");
        let mut t = String::new();
        for (i, (head, ether, addrs)) in ifs.iter().enumerate() {
            // `ip addr` leaves out the link mode.
            let head = if link { head.clone() } else { head.replace(" mode DEFAULT", "") };
            t.push_str(&format!("{}: {}\n    {}\n", i + 1, head, ether));
            if !link {
                t.push_str(addrs);
            }
        }
        o.out(t);
    } else if is("route") {
        let mut t = format!("default via {}.1 dev enp1s0 proto dhcp src {} metric 100 \n", net, node_ip);
        // flannel's routes: each node's pod CIDR, this node's on the bridge.
        let mut cidrs: Vec<String> = cluster
            .api()
            .list(crate::api::Kind::Node, None, &Default::default(), &Default::default())
            .map(|l| l.items.iter().filter_map(|n| n.as_node().and_then(|n| n.spec.as_ref()).and_then(|s| s.pod_cidr.clone())).collect())
            .unwrap_or_default();
        crate::api::order::sort(&mut cidrs);
        for c in cidrs {
            let Some((pnet, len)) = net24(&c) else { continue };
            if Some(&c) == cidr.as_ref() {
                t.push_str(&format!("{}.0/{} dev cni0 proto kernel scope link src {}.1 \n", pnet, len, pnet));
            } else {
                t.push_str(&format!("{}.0/{} via {}.0 dev flannel.1 onlink \n", pnet, len, pnet));
            }
        }
        t.push_str(&format!("{}.0/24 dev enp1s0 proto kernel scope link src {} metric 100 \n", net, node_ip));
        o.out(t);
    } else {
        o.fail("kubeplay's node shell has: ip addr, ip link, ip route\n");
    }
    o
}
