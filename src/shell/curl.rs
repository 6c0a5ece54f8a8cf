//! `curl` at the learner's prompt (Ubuntu 24.04's curl 8.5.0): a request from outside the
//! cluster, carried by the simulated network (`Cluster::http_from_outside`); and
//! `kubeplay trace curl URL`, which prints every hop and decision of that request.

use crate::kubectl::Output;
use crate::kubelet::http::Answer;
use crate::sim::cluster::requests::Outcome;
use crate::sim::Cluster;
use std::time::Duration;

/// Linux's connect timeout with `tcp_syn_retries` = 6: 1 + 2 + 4 + … + 64 seconds.
const SYN_TIMEOUT: Duration = Duration::from_secs(127);

pub fn curl(args: &[String], cluster: &mut Cluster, trace: bool) -> Output {
    let mut o = Output::default();
    let (mut silent, mut show_errors, mut url) = (false, false, None);
    let (mut host_header, mut resolve) = (None, Vec::new());
    let (mut fail, mut file, mut write_out) = (false, None::<String>, None::<String>);
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "-o" | "--output" | "-w" | "--write-out" => {
                let Some(v) = it.next() else {
                    o.fail(format!("curl: option {}: requires parameter\ncurl: try 'curl --help' or 'curl --manual' for more information\n", a));
                    o.exit_code = 2;
                    return o;
                };
                if a == "-o" || a == "--output" {
                    file = Some(v.clone());
                } else {
                    write_out = Some(v.clone());
                }
            }
            "-f" | "--fail" => fail = true,
            "-H" | "--header" | "--resolve" => {
                let Some(v) = it.next() else {
                    o.fail(format!("curl: option {}: requires parameter\ncurl: try 'curl --help' or 'curl --manual' for more information\n", a));
                    o.exit_code = 2;
                    return o;
                };
                if a == "--resolve" {
                    // HOST:PORT:ADDRESS
                    let mut parts = v.splitn(3, ':');
                    if let (Some(h), Some(p), Some(ip)) = (parts.next(), parts.next().and_then(|p| p.parse::<u16>().ok()), parts.next()) {
                        resolve.push((h.to_ascii_lowercase(), p, ip.to_string()));
                    }
                } else if let Some((name, value)) = v.split_once(':') {
                    if name.trim().eq_ignore_ascii_case("host") {
                        host_header = Some(value.trim().to_string());
                    }
                }
            }
            "-s" | "--silent" => silent = true,
            "-S" | "--show-error" => show_errors = true,
            f if f.len() > 1 && !f.starts_with("--") && f[1..].chars().all(|c| "sSf".contains(c)) => {
                silent |= f.contains('s');
                show_errors |= f.contains('S');
                fail |= f.contains('f');
            }
            f if f.starts_with('-') => {
                o.fail(format!("curl: option {}: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information\n", f));
                o.exit_code = 2;
                return o;
            }
            u => url = Some(u.to_string()),
        }
    }
    let Some(url) = url else {
        o.fail("curl: try 'curl --help' or 'curl --manual' for more information\n");
        o.exit_code = 2;
        return o;
    };
    let rest = url.strip_prefix("http://").unwrap_or(&url);
    if url.contains("://") && !url.starts_with("http://") {
        let scheme = url.split("://").next().unwrap_or("");
        o.fail(format!("kubeplay simulates plain http:// requests only (not {}://)\n", scheme));
        return o;
    }
    let (hostport, path) = match rest.find('/') {
        Some(i) => (&rest[..i], rest[i..].to_string()),
        None => (rest, "/".to_string()),
    };
    let (host, port) = match hostport.rsplit_once(':') {
        Some((h, p)) => match p.parse::<u16>() {
            Ok(p) => (h.to_string(), p),
            Err(_) => {
                o.fail(format!("curl: (3) URL rejected: Port number was not a decimal number between 0 and 65535\n"));
                o.exit_code = 3;
                return o;
            }
        },
        None => (hostport.to_string(), 80),
    };
    let pinned = resolve.iter().find(|(h, p, _)| *h == host.to_ascii_lowercase() && *p == port).map(|(_, _, ip)| ip.as_str());
    let (outcome, hops) = cluster.http_from_outside_with(&host, port, &path, host_header.as_deref(), pinned);
    if trace {
        for h in &hops {
            o.out(format!("{}\n", h));
        }
        cluster.set_last_trace(format!("curl {}", args.join(" ")), hops.clone());
    }
    let err = |o: &mut Output, code: i32, msg: String| {
        if !silent || show_errors {
            o.err(format!("curl: ({}) {}\n", code, msg));
        }
        o.exit_code = code;
    };
    match outcome {
        Outcome::Resolved(Answer::Http { code, body }) => {
            if fail && code >= 400 {
                err(&mut o, 22, format!("The requested URL returned error: {}", code));
                return o;
            }
            if !trace {
                match file.as_deref() {
                    Some("/dev/null") => {}
                    Some(f) if f != "-" => cluster.host_fs.write(&cluster.host_fs.abs(f), &body, false),
                    _ => o.out(body.clone()),
                }
            }
            if let Some(w) = write_out {
                o.out(crate::kubelet::sh::net::write_out_text(&w, code, &host, body.len()));
            }
        }
        Outcome::Resolved(Answer::NoReply) => err(&mut o, 52, "Empty reply from server".into()),
        Outcome::Resolved(Answer::TlsFailed(code, why)) => err(&mut o, code, why),
        Outcome::Resolved(Answer::Unmodelled(what)) => {
            o.fail(format!("kubeplay does not simulate the HTTP answers of {} yet\n", what));
        }
        Outcome::Resolved(Answer::Refused) | Outcome::Refused => err(&mut o, 7, format!("Failed to connect to {} port {} after 0 ms: Couldn't connect to server", host, port)),
        Outcome::NoSuchHost => err(&mut o, 6, format!("Could not resolve host: {}", host)),
        Outcome::Timeout => {
            cluster.run_for(SYN_TIMEOUT);
            err(&mut o, 28, format!("Failed to connect to {} port {} after {} ms: Couldn't connect to server", host, port, SYN_TIMEOUT.as_millis()));
        }
    }
    o
}
