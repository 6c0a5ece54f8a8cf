//! What a running container uses, as cAdvisor would measure it: the CPU its program wants (a
//! stress tool or a busy loop burns cores, servers idle near zero) throttled to its CPU limit and
//! shared by `cpu.shares` when the node is oversubscribed, and the memory it holds (its image's
//! resident size plus what a stress tool allocates; more than the limit is an OOM kill). The
//! kubelet integrates CPU over virtual time into the cumulative counters the Summary API serves.

use crate::api::core::Container;
use crate::api::quantity::{parse_milli, parse_value};
use crate::sim::clock::SimTime;

const MI: u64 = 1024 * 1024;

/// One container in a Summary API scrape.
#[derive(Clone, Debug)]
pub struct ContainerStats {
    pub name: String,
    pub start: SimTime,
    /// Cumulative CPU time in nanoseconds since the container started.
    pub cpu_ns: u64,
    /// Working set in bytes.
    pub memory: u64,
}

#[derive(Clone, Debug)]
pub struct PodStats {
    pub namespace: String,
    pub name: String,
    pub containers: Vec<ContainerStats>,
}

/// A node's resource metrics at one instant.
#[derive(Clone, Debug)]
pub struct NodeStats {
    pub node: String,
    pub at: SimTime,
    pub cpu_ns: u64,
    pub memory: u64,
    pub pods: Vec<PodStats>,
}

/// What a container's program asks of the machine.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Demand {
    /// Millicores it would burn with no limit and no contention.
    pub cpu_milli: u64,
    /// Bytes of working set.
    pub memory: u64,
}

/// The resident size and idle CPU of an image's program (what `kubectl top` shows for it idle).
fn idle(repository: &str) -> (u64, u64) {
    let name = repository.rsplit('/').next().unwrap_or(repository);
    match name {
        "nginx" | "nginx-slim" => (0, 3 * MI),
        "httpd" => (1, 7 * MI),
        "redis" => (2, 3 * MI),
        "etcd" => (18, 42 * MI),
        "kube-apiserver" => (42, 240 * MI),
        "kube-controller-manager" => (14, 48 * MI),
        "kube-scheduler" => (3, 21 * MI),
        "kube-proxy" => (1, 13 * MI),
        "coredns" => (2, 13 * MI),
        "metrics-server" => (4, 19 * MI),
        "local-path-provisioner" => (1, 9 * MI),
        "controller" => (2, 96 * MI),
        "hpa-example" => (1, 10 * MI),
        "stress" => (0, MI),
        "pause" => (0, MI / 2),
        _ => (0, MI / 2),
    }
}

/// `stress`'s size arguments: a number with an optional B, K, M or G (powers of 1024).
fn stress_bytes(s: &str) -> Option<u64> {
    let s = s.trim();
    let (num, mult) = match s.chars().last()? {
        'b' | 'B' => (&s[..s.len() - 1], 1),
        'k' | 'K' => (&s[..s.len() - 1], 1024),
        'm' | 'M' => (&s[..s.len() - 1], MI),
        'g' | 'G' => (&s[..s.len() - 1], 1024 * MI),
        _ => (s, 1),
    };
    num.parse::<u64>().ok().map(|n| n * mult)
}

/// The value after `flag` (`--cpu 2`) or in `flag=value` form.
fn flag<'a>(words: &'a [String], names: &[&str]) -> Option<&'a str> {
    for (i, w) in words.iter().enumerate() {
        for n in names {
            if w == n {
                return words.get(i + 1).map(|s| s.as_str());
            }
            if let Some(v) = w.strip_prefix(n).and_then(|r| r.strip_prefix('=')) {
                return Some(v);
            }
        }
    }
    None
}

/// Shell commands that spin a core each (`while true; do :; done`, `yes > /dev/null`, …).
fn busy_loops(script: &str) -> u64 {
    let s: String = script.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut n = 0;
    for burner in ["yes >", "yes>", "md5sum /dev/zero", "sha1sum /dev/zero", "sha256sum /dev/zero", "dd if=/dev/zero of=/dev/null", "cat /dev/zero >", "cat /dev/urandom >"] {
        n += s.matches(burner).count() as u64;
    }
    // A loop with nothing that waits in its body.
    for head in ["while true; do ", "while :; do ", "while true;do ", "while :;do "] {
        for (i, _) in s.match_indices(head) {
            let body = s[i + head.len()..].split("done").next().unwrap_or("");
            if !["sleep", "wget", "curl", "nc ", "read", "wait"].iter().any(|w| body.contains(w)) {
                n += 1;
            }
        }
    }
    n
}

/// What the container's program wants, from its image and command line.
pub fn demand(repository: Option<&str>, c: &Container) -> Demand {
    let (idle_cpu, idle_mem) = repository.map(idle).unwrap_or((0, MI / 2));
    let mut words: Vec<String> = c.command.clone().unwrap_or_default();
    words.extend(c.args.clone().unwrap_or_default());
    let mut d = Demand { cpu_milli: idle_cpu, memory: idle_mem };
    let program = words.first().map(|w| w.rsplit('/').next().unwrap_or(w).to_string());
    let image = repository.map(|r| r.rsplit('/').next().unwrap_or(r)).unwrap_or("");
    if image == "stress" && repository.is_some_and(|r| r.contains("vish/")) {
        // vish/stress: `-cpus N`, `-mem-total 950Mi`.
        let cpus = flag(&words, &["-cpus", "--cpus"]).and_then(|v| v.parse::<u64>().ok()).unwrap_or(0);
        let mem = flag(&words, &["-mem-total", "--mem-total"]).and_then(parse_value).map(|v| v.max(0) as u64).unwrap_or(0);
        d.cpu_milli += cpus * 1000;
        d.memory += mem;
    } else if program.as_deref() == Some("stress") || (image == "stress" && words.is_empty()) {
        // stress(1): `--cpu N`, `--vm N --vm-bytes B [--vm-hang S]`.
        let cpu = flag(&words, &["--cpu", "-c"]).and_then(|v| v.parse::<u64>().ok()).unwrap_or(0);
        let vm = flag(&words, &["--vm", "-m"]).and_then(|v| v.parse::<u64>().ok()).unwrap_or(0);
        let bytes = flag(&words, &["--vm-bytes"]).and_then(stress_bytes).unwrap_or(256 * MI);
        let hangs = flag(&words, &["--vm-hang"]).is_some();
        d.cpu_milli += cpu * 1000 + vm * if hangs { 100 } else { 1000 };
        d.memory += vm * bytes + 4 * MI;
    } else {
        d.cpu_milli += busy_loops(&words.join(" ")) * 1000;
    }
    d
}

/// `limits.cpu` in millicores, if set.
pub fn cpu_limit(c: &Container) -> Option<u64> {
    quantity(c, "limits", "cpu").map(|v| v as u64)
}

/// `requests.cpu` in millicores, 0 when unset (admission has already copied a lone limit into it).
pub fn cpu_request(c: &Container) -> u64 {
    quantity(c, "requests", "cpu").map(|v| v as u64).unwrap_or(0)
}

/// `requests.memory` in bytes (0 if unset; a limit alone defaults the request to it).
pub fn memory_request(c: &Container) -> u64 {
    let r = c.resources.as_ref();
    let q = r.and_then(|r| r.requests.as_ref()).and_then(|m| m.get("memory")).or_else(|| r.and_then(|r| r.limits.as_ref()).and_then(|m| m.get("memory")));
    q.and_then(|q| parse_value(&q.0)).map_or(0, |v| v.max(0) as u64)
}

/// `limits.memory` in bytes, if set.
pub fn memory_limit(c: &Container) -> Option<u64> {
    let r = c.resources.as_ref()?.limits.as_ref()?.get("memory")?;
    parse_value(&r.0).map(|v| v.max(0) as u64)
}

fn quantity(c: &Container, which: &str, name: &str) -> Option<i64> {
    let r = c.resources.as_ref()?;
    let m = if which == "limits" { r.limits.as_ref() } else { r.requests.as_ref() }?;
    parse_milli(&m.get(name)?.0).map(|v| v as i64)
}

/// CFS on one node: every container gets what it wants up to its limit when the cores suffice;
/// otherwise the cores are shared in proportion to `cpu.shares` (the request, at least 2
/// shares' worth), and what a capped container leaves goes to the others (water filling).
/// `wants[i]` is (demand already capped by the limit, request in millicores).
pub fn share_cpu(capacity_milli: u64, wants: &[(u64, u64)]) -> Vec<u64> {
    let mut got = vec![0u64; wants.len()];
    if wants.iter().map(|w| w.0).sum::<u64>() <= capacity_milli {
        return wants.iter().map(|w| w.0).collect();
    }
    let mut open: Vec<usize> = (0..wants.len()).filter(|&i| wants[i].0 > 0).collect();
    let mut left = capacity_milli;
    while !open.is_empty() && left > 0 {
        let weights: u64 = open.iter().map(|&i| wants[i].1.max(2)).sum();
        let mut capped = Vec::new();
        for &i in &open {
            let fair = left * wants[i].1.max(2) / weights;
            if wants[i].0 - got[i] <= fair {
                capped.push(i);
            }
        }
        if capped.is_empty() {
            for &i in &open {
                got[i] += left * wants[i].1.max(2) / weights;
            }
            break;
        }
        for i in capped {
            left -= wants[i].0 - got[i];
            got[i] = wants[i].0;
            open.retain(|&j| j != i);
        }
    }
    got
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctr(image_cmd: &[&str]) -> Container {
        Container { name: "c".into(), command: Some(image_cmd.iter().map(|s| s.to_string()).collect()), ..Default::default() }
    }

    #[test]
    fn programs_have_their_demands() {
        let sleep = demand(Some("docker.io/library/busybox"), &ctr(&["sh", "-c", "while true; do sleep 1; done"]));
        assert_eq!(sleep.cpu_milli, 0);
        let spin = demand(Some("docker.io/library/busybox"), &ctr(&["sh", "-c", "while true; do :; done"]));
        assert_eq!(spin.cpu_milli, 1000);
        let two = demand(Some("docker.io/library/busybox"), &ctr(&["sh", "-c", "yes > /dev/null & yes > /dev/null"]));
        assert_eq!(two.cpu_milli, 2000);
        let vm = demand(Some("docker.io/polinux/stress"), &ctr(&["stress", "--vm", "1", "--vm-bytes", "150M", "--vm-hang", "1"]));
        assert_eq!(vm.memory, 154 * MI + MI);
        let mut vish = ctr(&[]);
        vish.command = None;
        vish.args = Some(vec!["-cpus".into(), "2".into()]);
        assert_eq!(demand(Some("docker.io/vish/stress"), &vish).cpu_milli, 2000);
    }

    #[test]
    fn cpu_is_shared_by_requests_when_the_node_is_full() {
        assert_eq!(share_cpu(2000, &[(500, 100), (300, 0)]), vec![500, 300]);
        // Two spinning containers on one core: shares 3:1.
        assert_eq!(share_cpu(1000, &[(1000, 300), (1000, 100)]), vec![750, 250]);
        // A small demand is met in full; the rest is split.
        assert_eq!(share_cpu(1000, &[(100, 100), (1000, 100), (1000, 100)]), vec![100, 450, 450]);
    }
}
