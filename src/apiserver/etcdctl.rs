//! `etcdctl`, talking to the etcd members the way the real client does: it needs kubeadm's
//! certificates, reaches the member behind its endpoint, and prints `get`, `member list`,
//! `endpoint status|health` and `version` in etcdctl v3's formats. Values are shown as JSON
//! (kube-apiserver stores protobuf; a learner reads JSON more easily).

use super::ApiServer;
use crate::store::raft::Member;
use crate::json;
use std::collections::BTreeMap;

pub const ETCD_VERSION: &str = "3.6.4";

/// What etcdctl printed, and how long it took (a dead endpoint costs the 5s command timeout).
#[derive(Debug, Default)]
pub struct EtcdctlOutput {
    pub stdout: String,
    pub stderr: String,
    pub code: i32,
    pub took_ms: u64,
    /// `etcdctl watch`: it keeps printing as the store changes, until interrupted.
    pub watch: Option<EtcdWatch>,
}

/// A running `etcdctl watch`: the key range, how to print, and the next revision to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EtcdWatch {
    key: String,
    range_end: Option<String>,
    prefix: bool,
    prev_kv: bool,
    json: bool,
    next_rev: i64,
    /// The member the client is connected to: while it is down nothing arrives, and the client
    /// resumes from the last revision it saw once it is back, as clientv3 does.
    member: String,
}

const CA: &str = "/etc/kubernetes/pki/etcd/ca.crt";
const CLIENT_PAIRS: &[(&str, &str)] = &[
    ("/etc/kubernetes/pki/etcd/server.crt", "/etc/kubernetes/pki/etcd/server.key"),
    ("/etc/kubernetes/pki/etcd/healthcheck-client.crt", "/etc/kubernetes/pki/etcd/healthcheck-client.key"),
    ("/etc/kubernetes/pki/etcd/peer.crt", "/etc/kubernetes/pki/etcd/peer.key"),
    ("/etc/kubernetes/pki/apiserver-etcd-client.crt", "/etc/kubernetes/pki/apiserver-etcd-client.key"),
];

fn b64(bytes: &[u8]) -> String {
    const T: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |acc, (i, b)| acc | (*b as u32) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(T[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// A JSON object with its fields in the order given, as Go marshals a struct; empty values are
/// left out (`omitempty`). Values are JSON already.
fn obj(fields: &[(&str, String)]) -> String {
    let parts: Vec<String> = fields.iter().filter(|(_, v)| !v.is_empty()).map(|(k, v)| format!("\"{}\":{}", k, v)).collect();
    format!("{{{}}}", parts.join(","))
}

/// etcd's `ResponseHeader` as JSON.
fn header_at(cluster_id: u64, member: &Member, revision: i64) -> String {
    obj(&[("cluster_id", cluster_id.to_string()), ("member_id", member.id.to_string()), ("revision", revision.to_string()), ("raft_term", member.term.to_string())])
}

/// mvccpb's `KeyValue` as JSON (values base64, as Go marshals bytes).
fn kv_json(kv: &crate::store::KeyValue<crate::api::Object>, with_value: bool) -> String {
    let value = if with_value { format!("\"{}\"", b64(kv.value.to_value().to_string().as_bytes())) } else { String::new() };
    obj(&[
        ("key", format!("\"{}\"", b64(kv.key.as_bytes()))),
        ("create_revision", kv.create_revision.to_string()),
        ("mod_revision", kv.mod_revision.to_string()),
        ("version", kv.version.to_string()),
        ("value", value),
    ])
}

/// go-humanize's `Bytes`: SI units, `floor(x*10+0.5)/10`, one decimal under 10 (`%.1f`), else
/// `%.0f` (which rounds a half to even); in integers, so no float formatting is linked in.
fn humanize_bytes(n: u64) -> String {
    if n < 10 {
        return format!("{} B", n);
    }
    let units = ["B", "kB", "MB", "GB", "TB"];
    let (mut e, mut div) = (0usize, 1u128);
    while e + 1 < units.len() && n as u128 >= div * 1000 {
        e += 1;
        div *= 1000;
    }
    let tenths = (n as u128 * 10 + div / 2) / div;
    if tenths < 100 {
        format!("{}.{} {}", tenths / 10, tenths % 10, units[e])
    } else {
        let (q, r) = (tenths / 10, tenths % 10);
        let whole = if r > 5 || (r == 5 && q % 2 == 1) { q + 1 } else { q };
        format!("{} {}", whole, units[e])
    }
}

/// olekukonko/tablewriter as etcdctl uses it: borders, centred upper-case headers, cells right-aligned.
fn table(header: &[&str], rows: &[Vec<String>]) -> String {
    let widths: Vec<usize> = (0..header.len()).map(|i| rows.iter().map(|r| r[i].chars().count()).chain([header[i].len()]).max().unwrap_or(0)).collect();
    let line = || format!("+{}+\n", widths.iter().map(|w| "-".repeat(w + 2)).collect::<Vec<_>>().join("+"));
    let mut out = line();
    out.push('|');
    for (h, w) in header.iter().zip(&widths) {
        let gap = w - h.len();
        out.push_str(&format!(" {}{}{} |", " ".repeat(gap / 2), h.to_ascii_uppercase(), " ".repeat(gap - gap / 2)));
    }
    out.push('\n');
    out.push_str(&line());
    for r in rows {
        out.push('|');
        for (c, w) in r.iter().zip(&widths) {
            out.push_str(&format!(" {}{} |", " ".repeat(w - c.chars().count()), c));
        }
        out.push('\n');
    }
    out.push_str(&line());
    out
}

struct Flags {
    endpoints: Vec<String>,
    cacert: Option<String>,
    cert: Option<String>,
    key: Option<String>,
    write_out: String,
    prefix: bool,
    keys_only: bool,
    cluster: bool,
    limit: Option<usize>,
    rev: Option<i64>,
    prev_kv: bool,
    positionals: Vec<String>,
    /// The address of the node etcdctl runs on (what `127.0.0.1` means).
    local_ip: String,
}

fn parse(args: &[String], env: &BTreeMap<String, String>) -> Result<Flags, String> {
    let mut f = Flags {
        endpoints: env.get("ETCDCTL_ENDPOINTS").map(|e| e.split(',').map(str::to_string).collect()).unwrap_or_else(|| vec!["127.0.0.1:2379".into()]),
        cacert: env.get("ETCDCTL_CACERT").cloned(),
        cert: env.get("ETCDCTL_CERT").cloned(),
        local_ip: String::new(),
        key: env.get("ETCDCTL_KEY").cloned(),
        write_out: env.get("ETCDCTL_WRITE_OUT").cloned().unwrap_or_else(|| "simple".into()),
        prefix: false,
        keys_only: false,
        cluster: false,
        limit: None,
        rev: None,
        prev_kv: false,
        positionals: Vec::new(),
    };
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        let (name, inline) = match a.split_once('=') {
            Some((n, v)) if a.starts_with('-') => (n.to_string(), Some(v.to_string())),
            _ => (a.clone(), None),
        };
        let mut value = || -> Result<String, String> {
            if let Some(v) = inline.clone() {
                return Ok(v);
            }
            i += 1;
            args.get(i).cloned().ok_or_else(|| format!("flag needs an argument: {}", name))
        };
        match name.as_str() {
            "--endpoints" => f.endpoints = value()?.split(',').map(str::to_string).collect(),
            "--cacert" => f.cacert = Some(value()?),
            "--cert" => f.cert = Some(value()?),
            "--key" => f.key = Some(value()?),
            "-w" | "--write-out" => f.write_out = value()?,
            "--limit" => f.limit = value()?.parse().ok(),
            "--rev" => f.rev = value()?.parse().ok(),
            "--prefix" => f.prefix = true,
            "--keys-only" => f.keys_only = true,
            "--prev-kv" => f.prev_kv = true,
            "--cluster" => f.cluster = true,
            "--hex" | "--insecure-skip-tls-verify" | "--debug" => {}
            n if n.starts_with('-') => return Err(format!("unknown flag: {}", n)),
            _ => f.positionals.push(a.clone()),
        }
        i += 1;
    }
    Ok(f)
}

impl ApiServer {
    fn member_at(&self, endpoint: &str, local_ip: &str) -> Option<&Member> {
        let host = endpoint.trim_start_matches("https://").trim_start_matches("http://");
        let host = host.split(':').next().unwrap_or("");
        let host = if host == "127.0.0.1" || host == "localhost" { local_ip } else { host };
        self.raft().members.iter().find(|m| m.client_url.contains(&format!("//{}:", host)))
    }

    fn unreachable(&self, endpoint: &str, now_text: &str, why: &str) -> EtcdctlOutput {
        EtcdctlOutput {
            stderr: format!(
                "{{\"level\":\"warn\",\"ts\":\"{}\",\"logger\":\"etcd-client\",\"caller\":\"v3@v{}/retry_interceptor.go:65\",\"msg\":\"retrying of unary invoker failed\",\"target\":\"etcd-endpoints://0xc0004aa000/{}\",\"attempt\":0,\"error\":\"rpc error: code = DeadlineExceeded desc = latest balancer error: last connection error: connection error: desc = \\\"{}\\\"\"}}\nError: context deadline exceeded\n",
                now_text, ETCD_VERSION, endpoint.trim_start_matches("https://"), why
            ),
            code: 1,
            took_ms: 5000,
            ..Default::default()
        }
    }

    /// Runs `etcdctl ARGS` from a control-plane node whose IP is `local_ip`.
    pub fn etcdctl(&self, args: &[String], env: &BTreeMap<String, String>, local_ip: &str) -> EtcdctlOutput {
        let mut f = match parse(args, env) {
            Ok(f) => f,
            Err(e) => return EtcdctlOutput { stderr: format!("Error: {}\n", e), code: 1, ..Default::default() },
        };
        f.local_ip = local_ip.to_string();
        let cmd: Vec<&str> = f.positionals.iter().map(String::as_str).collect();
        if cmd.first() == Some(&"version") {
            return EtcdctlOutput { stdout: format!("etcdctl version: {}\nAPI version: 3.6\n", ETCD_VERSION), ..Default::default() };
        }
        let now_text = self.epoch().micro_timestamp(self.now()).to_string();
        for p in [&f.cacert, &f.cert, &f.key].into_iter().flatten() {
            let known = p == CA || CLIENT_PAIRS.iter().any(|(c, k)| p == c || p == k);
            if !known {
                return EtcdctlOutput { stderr: format!("Error: open {}: no such file or directory\n", p), code: 1, ..Default::default() };
            }
        }
        let endpoint = f.endpoints.first().cloned().unwrap_or_default();
        if f.cacert.is_none() || f.cert.is_none() || f.key.is_none() {
            return self.unreachable(&endpoint, &now_text, "error reading server preface: EOF");
        }
        let Some(member) = self.member_at(&endpoint, local_ip) else {
            return self.unreachable(&endpoint, &now_text, "connection refused");
        };
        if !member.running {
            return self.unreachable(&endpoint, &now_text, &format!("transport: Error while dialing: dial tcp {}: connect: connection refused", endpoint.trim_start_matches("https://")));
        }
        match cmd.as_slice() {
            ["get", key, rest @ ..] => self.etcdctl_get(&f, key, rest.first().copied(), member),
            ["member", "list"] => self.etcdctl_member_list(&f),
            ["endpoint", "status"] => self.etcdctl_endpoint_status(&f, member),
            ["endpoint", "health"] => self.etcdctl_endpoint_health(&f, member),
            ["watch", key, rest @ ..] => self.etcdctl_watch(&f, key, rest.first().copied(), member),
            ["watch"] => EtcdctlOutput { stderr: "Error: bad number of arguments\n".into(), code: 1, ..Default::default() },
            ["put", ..] | ["del", ..] | ["snapshot", ..] => EtcdctlOutput {
                stderr: format!("Error: kubeplay does not simulate \"etcdctl {}\" yet\n", cmd[0]),
                code: 1,
                ..Default::default()
            },
            [] => EtcdctlOutput { stdout: "NAME:\n\tetcdctl - A simple command line client for etcd3.\n\nUSAGE:\n\tetcdctl [flags]\n".into(), ..Default::default() },
            other => EtcdctlOutput { stderr: format!("Error: unknown command {:?} for \"etcdctl\"\n", other[0]), code: 1, ..Default::default() },
        }
    }

    fn header(&self, member: &Member) -> String {
        header_at(self.raft().cluster_id, member, self.revision())
    }

    fn etcdctl_get(&self, f: &Flags, key: &str, range_end: Option<&str>, member: &Member) -> EtcdctlOutput {
        if !self.raft().can_read() {
            return EtcdctlOutput { stderr: "{\"level\":\"warn\",\"msg\":\"retrying of unary invoker failed\"}\nError: etcdserver: request timed out\n".into(), code: 1, took_ms: 7000, ..Default::default() };
        }
        let kvs = match f.rev {
            Some(rev) => match self.store().range_prefix_at(if f.prefix { key } else { key }, rev) {
                Ok(k) => k,
                Err(e) => return EtcdctlOutput { stderr: format!("Error: etcdserver: {}\n", e), code: 1, ..Default::default() },
            },
            None => self.store().range_prefix(key),
        };
        let mut kvs: Vec<_> = kvs
            .into_iter()
            .filter(|kv| if f.prefix { true } else if let Some(end) = range_end { kv.key.as_str() >= key && kv.key.as_str() < end } else { kv.key == key })
            .collect();
        if let Some(l) = f.limit.filter(|l| *l > 0) {
            kvs.truncate(l);
        }
        let mut out = EtcdctlOutput::default();
        match f.write_out.as_str() {
            "json" => {
                let items: Vec<String> = kvs.iter().map(|kv| kv_json(kv, !f.keys_only)).collect();
                let kvs_field = if items.is_empty() { String::new() } else { format!("[{}]", items.join(",")) };
                let count = if kvs.is_empty() { String::new() } else { kvs.len().to_string() };
                out.stdout = format!("{}\n", obj(&[("header", self.header(member)), ("kvs", kvs_field), ("count", count)]));
            }
            _ => {
                for kv in &kvs {
                    out.stdout.push_str(&kv.key);
                    out.stdout.push('\n');
                    if f.keys_only {
                        out.stdout.push('\n');
                    } else {
                        out.stdout.push_str(&kv.value.to_value().to_string());
                        out.stdout.push('\n');
                    }
                }
            }
        }
        out
    }

    fn etcdctl_watch(&self, f: &Flags, key: &str, range_end: Option<&str>, member: &Member) -> EtcdctlOutput {
        let next_rev = match f.rev {
            Some(r) if r > 0 => r,
            _ => self.revision() + 1,
        };
        let watch = EtcdWatch {
            key: key.to_string(),
            range_end: range_end.map(str::to_string),
            prefix: f.prefix,
            prev_kv: f.prev_kv,
            json: f.write_out == "json",
            next_rev,
            member: member.name.clone(),
        };
        EtcdctlOutput { watch: Some(watch), ..Default::default() }
    }

    /// What a running `etcdctl watch` prints now: the events since it last printed. The third
    /// value is true when the server cancelled the watch (its revision was compacted).
    pub fn etcdctl_watch_poll(&self, w: &mut EtcdWatch) -> (String, String, bool) {
        let member = self.raft().members.iter().find(|m| m.name == w.member);
        if !member.is_some_and(|m| m.running) || !self.raft().can_read() || w.next_rev > self.revision() {
            return (String::new(), String::new(), false);
        }
        let scan = if w.range_end.is_some() && !w.prefix { "" } else { w.key.as_str() };
        let events = match self.store().history(scan, w.next_rev) {
            Ok(e) => e,
            Err(e) => {
                return (String::new(), format!("watch was canceled (etcdserver: {})\nError: watch is canceled by the server\n", e), true);
            }
        };
        w.next_rev = self.revision() + 1;
        let events: Vec<_> = events
            .into_iter()
            .filter(|e| {
                let k = e.kv.key.as_str();
                if w.prefix {
                    true
                } else if let Some(end) = &w.range_end {
                    k >= w.key.as_str() && k < end.as_str()
                } else {
                    k == w.key
                }
            })
            .collect();
        let mut out = String::new();
        if w.json {
            // One WatchResponse per revision, as etcd sends them.
            let mut i = 0;
            while i < events.len() {
                let rev = events[i].kv.mod_revision;
                let mut batch = Vec::new();
                while i < events.len() && events[i].kv.mod_revision == rev {
                    let e = &events[i];
                    let deleted = e.kind == crate::store::EventType::Delete;
                    let kv = if deleted {
                        obj(&[("key", format!("\"{}\"", b64(e.kv.key.as_bytes()))), ("mod_revision", e.kv.mod_revision.to_string())])
                    } else {
                        kv_json(&e.kv, true)
                    };
                    let prev = match (&e.prev, w.prev_kv) {
                        (Some(p), true) => kv_json(p, true),
                        _ => String::new(),
                    };
                    batch.push(obj(&[("type", if deleted { "1".into() } else { String::new() }), ("kv", kv), ("prev_kv", prev)]));
                    i += 1;
                }
                let m = member.expect("checked above");
                let header = header_at(self.raft().cluster_id, m, rev);
                out.push_str(&format!(
                    "{}\n",
                    obj(&[("Header", header), ("Events", format!("[{}]", batch.join(","))), ("CompactRevision", "0".into()), ("Canceled", "false".into()), ("Created", "false".into())])
                ));
            }
        } else {
            for e in &events {
                let deleted = e.kind == crate::store::EventType::Delete;
                out.push_str(if deleted { "DELETE\n" } else { "PUT\n" });
                if w.prev_kv {
                    if let Some(p) = &e.prev {
                        out.push_str(&format!("{}\n{}\n", p.key, p.value.to_value()));
                    }
                }
                let value = if deleted { String::new() } else { e.kv.value.to_value().to_string() };
                out.push_str(&format!("{}\n{}\n", e.kv.key, value));
            }
        }
        (out, String::new(), false)
    }

    fn etcdctl_member_list(&self, f: &Flags) -> EtcdctlOutput {
        let rows: Vec<Vec<String>> = self
            .raft()
            .members
            .iter()
            .map(|m| vec![format!("{:x}", m.id), "started".into(), m.name.clone(), m.peer_url.clone(), m.client_url.clone(), "false".into()])
            .collect();
        let stdout = match f.write_out.as_str() {
            "table" => table(&["ID", "STATUS", "NAME", "PEER ADDRS", "CLIENT ADDRS", "IS LEARNER"], &rows),
            "json" => {
                let members: Vec<String> = self
                    .raft()
                    .members
                    .iter()
                    .map(|m| obj(&[("ID", m.id.to_string()), ("name", json!(m.name).to_string()), ("peerURLs", json!([m.peer_url]).to_string()), ("clientURLs", json!([m.client_url]).to_string())]))
                    .collect();
                let leader = self.raft().leader().or(self.raft().members.first());
                format!("{}\n", obj(&[("header", leader.map(|m| self.header(m)).unwrap_or_default()), ("members", format!("[{}]", members.join(",")))]))
            }
            _ => rows.iter().map(|r| format!("{}\n", r.join(", "))).collect(),
        };
        EtcdctlOutput { stdout, ..Default::default() }
    }

    fn db_size(&self) -> u64 {
        // bbolt grows in pages; a kubeadm cluster's database starts around a few MB.
        2_400_000 + self.store().record_count() as u64 * 1_600
    }

    /// The members `endpoint status|health` asks: the cluster's (`--cluster`), or one per
    /// endpoint given (the first is `member`; the others are dialled in turn).
    fn endpoint_targets<'a>(&'a self, f: &Flags, member: &'a Member) -> Vec<(String, Option<&'a Member>)> {
        if f.cluster {
            self.raft().members.iter().map(|m| (m.client_url.clone(), Some(m))).collect()
        } else {
            let mut targets = vec![(f.endpoints.first().cloned().unwrap_or_default(), Some(member))];
            for ep in f.endpoints.iter().skip(1) {
                targets.push((ep.clone(), self.member_at(ep, &f.local_ip)));
            }
            targets
        }
    }

    fn etcdctl_endpoint_status(&self, f: &Flags, member: &Member) -> EtcdctlOutput {
        let mut out = EtcdctlOutput::default();
        let leader = self.raft().leader().map(|m| m.id);
        let mut rows = Vec::new();
        for (ep, m) in self.endpoint_targets(f, member) {
            let Some(m) = m.filter(|m| m.running) else {
                out.stderr.push_str(&format!("Failed to get the status of endpoint {} (context deadline exceeded)\n", ep));
                out.took_ms = 5000;
                continue;
            };
            rows.push(vec![
                ep.clone(),
                format!("{:x}", m.id),
                ETCD_VERSION.into(),
                humanize_bytes(self.db_size()),
                (leader == Some(m.id)).to_string(),
                "false".into(),
                m.term.to_string(),
                m.index.to_string(),
                m.index.to_string(),
                if leader.is_none() { "etcdserver: no leader".into() } else { String::new() },
            ]);
        }
        out.stdout = match f.write_out.as_str() {
            "table" => table(&["ENDPOINT", "ID", "VERSION", "DB SIZE", "IS LEADER", "IS LEARNER", "RAFT TERM", "RAFT INDEX", "RAFT APPLIED INDEX", "ERRORS"], &rows),
            _ => rows.iter().map(|r| format!("{}\n", r.join(", "))).collect(),
        };
        if !out.stderr.is_empty() && rows.is_empty() {
            out.code = 1;
        }
        out
    }

    fn etcdctl_endpoint_health(&self, f: &Flags, member: &Member) -> EtcdctlOutput {
        let mut out = EtcdctlOutput::default();
        for (ep, m) in self.endpoint_targets(f, member) {
            match m.filter(|m| m.running) {
                Some(_) if self.raft().can_read() => out.stdout.push_str(&format!("{} is healthy: successfully committed proposal: took = 9.187342ms\n", ep)),
                Some(_) => {
                    out.stderr.push_str(&format!("{} is unhealthy: failed to commit proposal: context deadline exceeded\n", ep));
                    out.code = 1;
                }
                None => {
                    out.stderr.push_str(&format!("{} is unhealthy: failed to commit proposal: context deadline exceeded\n", ep));
                    out.code = 1;
                    out.took_ms = 5000;
                }
            }
        }
        if out.code != 0 {
            out.stderr.push_str("Error: unhealthy cluster\n");
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        assert_eq!(humanize_bytes(5_600_000), "5.6 MB");
        assert_eq!(humanize_bytes(24_000_000), "24 MB");
        assert_eq!(b64(b"/registry/pods"), "L3JlZ2lzdHJ5L3BvZHM=");
        let t = table(&["ID", "NAME"], &[vec!["8e9e05c52164694d".into(), "a".into()]]);
        assert_eq!(t, "+------------------+------+\n|        ID        | NAME |\n+------------------+------+\n| 8e9e05c52164694d |    a |\n+------------------+------+\n");
    }
}
