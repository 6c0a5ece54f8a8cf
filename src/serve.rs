//! `kubeplay serve [--port 6443] [--seed N]`: the simulated cluster runs in real time and its
//! apiserver answers HTTP/1.1 on 127.0.0.1, so the real `kubectl`, client-go and kube-rs can
//! drive it. Each connection has a thread that reads requests and writes responses; the main
//! thread owns the cluster, advances it with the wall clock, answers each request in turn and
//! pumps open streams (watches, `logs -f`) to their connections as chunked responses. Requests
//! act as the cluster admin, as on a local development cluster.
//!
//! Beside the Kubernetes API, `POST /kubeplay/v1/terminal` runs one line of kubeplay's own
//! terminal (its kubectl, `kubeplay wait 30s`, …) and answers what it printed, and
//! `POST /kubeplay/v1/inspect` runs a read of its kubectl that takes no cluster time; with
//! `--clock manual` time passes only when such a line lets it (`kubeplay wait`), so a test can
//! compare the real kubectl with kubeplay's on the very same state.

use kubeplay::apiserver::http::{Method, Request, Response};
use kubeplay::sim::Cluster;
use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::mpsc::{channel, Receiver, RecvTimeoutError, Sender};
use std::time::{Duration, Instant};

/// What a connection thread asks of the cluster.
enum Call {
    Once(Request, Sender<Response>),
    Open(Request, Sender<Chunk>),
}

/// What flows back on a stream.
enum Chunk {
    Failed(Response),
    Started { content_type: &'static str },
    Lines(Vec<String>),
    End,
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'%' if i + 2 < b.len() => match u8::from_str_radix(std::str::from_utf8(&b[i + 1..i + 3]).unwrap_or("zz"), 16) {
                Ok(v) => {
                    out.push(v);
                    i += 3;
                }
                Err(_) => {
                    out.push(b'%');
                    i += 1;
                }
            },
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Reads one request off the connection (None: the client closed it or sent nonsense).
fn read_request(r: &mut BufReader<TcpStream>) -> Option<Request> {
    let mut line = String::new();
    if r.read_line(&mut line).ok()? == 0 {
        return None;
    }
    let mut parts = line.split_whitespace();
    let method = Method::parse(parts.next()?)?;
    let target = parts.next()?;
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    let mut req = Request::new(method, percent_decode(path));
    req.query = query.split('&').filter(|kv| !kv.is_empty()).map(|kv| {
        let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
        (percent_decode(k), percent_decode(v))
    }).collect();
    let mut length = 0usize;
    loop {
        let mut h = String::new();
        if r.read_line(&mut h).ok()? == 0 {
            return None;
        }
        let h = h.trim_end();
        if h.is_empty() {
            break;
        }
        if let Some((k, v)) = h.split_once(':') {
            let (k, v) = (k.trim().to_string(), v.trim().to_string());
            if k.eq_ignore_ascii_case("content-length") {
                length = v.parse().ok()?;
            }
            req.headers.push((k, v));
        }
    }
    if length > 0 {
        let mut body = vec![0u8; length.min(8 << 20)];
        r.read_exact(&mut body).ok()?;
        req.body = Some(String::from_utf8_lossy(&body).into_owned());
    }
    Some(req)
}

fn write_response(w: &mut TcpStream, resp: &Response) -> std::io::Result<()> {
    // The apiserver's JSON encoder ends each document with a newline.
    let nl = if resp.content_type.starts_with("application/json") && !resp.body.ends_with('\n') { "\n" } else { "" };
    let mut head = format!("HTTP/1.1 {} {}\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: no-cache, private\r\n", resp.code, kubeplay::apiserver::http::reason_phrase(resp.code), resp.content_type, resp.body.len() + nl.len());
    for warning in &resp.warnings {
        head.push_str(&format!("Warning: 299 - {:?}\r\n", warning));
    }
    head.push_str("\r\n");
    w.write_all(head.as_bytes())?;
    w.write_all(resp.body.as_bytes())?;
    w.write_all(nl.as_bytes())?;
    w.flush()
}

/// Whether a request streams: a watch, or a log followed.
fn streams(req: &Request) -> bool {
    let q = |k: &str| req.query.iter().any(|(key, v)| key == k && (v == "true" || v == "1"));
    req.method == Method::Get && (q("watch") || (q("follow") && req.path.ends_with("/log")))
}

fn connection(stream: TcpStream, calls: Sender<Call>) {
    let Ok(write_half) = stream.try_clone() else { return };
    let mut w = write_half;
    let mut r = BufReader::new(stream);
    while let Some(req) = read_request(&mut r) {
        if streams(&req) {
            let (tx, rx) = channel();
            if calls.send(Call::Open(req, tx)).is_err() {
                return;
            }
            pump(&mut w, rx);
            // A stream ends the connection (as the apiserver closes a finished watch).
            return;
        }
        let (tx, rx) = channel();
        if calls.send(Call::Once(req, tx)).is_err() {
            return;
        }
        let Ok(resp) = rx.recv() else { return };
        if write_response(&mut w, &resp).is_err() {
            return;
        }
    }
}

/// Writes a stream as a chunked response until it ends or the client goes.
fn pump(w: &mut TcpStream, rx: Receiver<Chunk>) {
    while let Ok(chunk) = rx.recv() {
        let ok = match chunk {
            Chunk::Failed(resp) => {
                let _ = write_response(w, &resp);
                return;
            }
            Chunk::Started { content_type } => w
                .write_all(format!("HTTP/1.1 200 OK\r\nContent-Type: {}\r\nTransfer-Encoding: chunked\r\nCache-Control: no-cache, private\r\n\r\n", content_type).as_bytes())
                .and_then(|_| w.flush()),
            Chunk::Lines(lines) => {
                let mut out = Vec::new();
                for l in lines {
                    let data = format!("{}\n", l);
                    out.extend_from_slice(format!("{:x}\r\n", data.len()).as_bytes());
                    out.extend_from_slice(data.as_bytes());
                    out.extend_from_slice(b"\r\n");
                }
                w.write_all(&out).and_then(|_| w.flush())
            }
            Chunk::End => {
                let _ = w.write_all(b"0\r\n\r\n").and_then(|_| w.flush());
                return;
            }
        };
        if ok.is_err() {
            return;
        }
    }
}

/// One line of kubeplay's terminal, as the page's terminal would run it.
fn terminal(cluster: &mut Cluster, line: &str) -> Response {
    use kubeplay::shell::{finish, Session, Step};
    let text = match Session::new().feed(line, cluster) {
        Step::Done(mut out) => {
            let first = out.text();
            first + &finish(cluster, &mut out)
        }
        Step::More => "kubeplay serve: one line at a time (no heredocs)\n".to_string(),
        Step::Clear => String::new(),
    };
    Response { code: 200, content_type: "text/plain; charset=utf-8".into(), body: text, warnings: Vec::new() }
}

/// A read by kubeplay's kubectl (`kubectl get|describe|logs|events …`) that takes no time and
/// wakes nothing, as the page's inspector reads: the cluster is exactly as a client left it.
fn inspect(cluster: &mut Cluster, line: &str) -> Response {
    let text = match kubeplay::shell::words::split(line) {
        Ok(l) if l.words.first().map(String::as_str) == Some("kubectl") => cluster.inspect(&l.words[1..]).text(),
        Ok(_) => "kubeplay serve: inspect runs kubectl get, describe, logs or events\n".to_string(),
        Err(e) => format!("{}\n", e),
    };
    Response { code: 200, content_type: "text/plain; charset=utf-8".into(), body: text, warnings: Vec::new() }
}

/// Serves until the process is stopped. `real_time`: virtual time follows the wall clock;
/// otherwise only terminal lines move it.
pub fn serve(mut cluster: Cluster, port: u16, real_time: bool) -> i32 {
    let listener = match TcpListener::bind(("127.0.0.1", port)) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("kubeplay serve: cannot listen on 127.0.0.1:{}: {}", port, e);
            return 1;
        }
    };
    let port = listener.local_addr().map(|a| a.port()).unwrap_or(port);
    // Whoever started us may stop reading (a test reads the first line): never die of it.
    let mut stdout = std::io::stdout();
    let _ = writeln!(stdout, "kubeplay serve: the cluster's API is on http://127.0.0.1:{}", port);
    let _ = writeln!(stdout, "  kubectl --server http://127.0.0.1:{} get nodes", port);
    let _ = stdout.flush();
    let (calls_tx, calls) = channel::<Call>();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let _ = stream.set_nodelay(true);
            let calls = calls_tx.clone();
            std::thread::spawn(move || connection(stream, calls));
        }
    });
    let start = Instant::now();
    let mut advanced = Duration::ZERO;
    let mut open: BTreeMap<u64, Sender<Chunk>> = BTreeMap::new();
    loop {
        let first = match calls.recv_timeout(Duration::from_millis(20)) {
            Ok(c) => Some(c),
            Err(RecvTimeoutError::Timeout) => None,
            Err(RecvTimeoutError::Disconnected) => return 0,
        };
        // Virtual time follows the wall clock.
        let now = start.elapsed();
        if real_time && now > advanced {
            cluster.run_for(now - advanced);
            advanced = now;
        }
        for call in first.into_iter().chain(std::iter::from_fn(|| calls.try_recv().ok())) {
            match call {
                Call::Once(req, reply) if req.path == "/kubeplay/v1/terminal" && req.method == Method::Post => {
                    let line = req.body.clone().unwrap_or_default();
                    let _ = reply.send(terminal(&mut cluster, line.trim_end_matches('\n')));
                }
                Call::Once(req, reply) if req.path == "/kubeplay/v1/inspect" && req.method == Method::Post => {
                    let line = req.body.clone().unwrap_or_default();
                    let _ = reply.send(inspect(&mut cluster, line.trim_end_matches('\n')));
                }
                Call::Once(req, reply) => {
                    let _ = reply.send(cluster.http_request(req));
                }
                Call::Open(req, tx) => {
                    let content_type = if req.path.ends_with("/log") { "text/plain" } else { "application/json" };
                    match cluster.http_open(req) {
                        Ok(id) => {
                            if tx.send(Chunk::Started { content_type }).is_ok() {
                                open.insert(id, tx);
                            } else {
                                cluster.http_close(id);
                            }
                        }
                        Err(resp) => {
                            let _ = tx.send(Chunk::Failed(resp));
                        }
                    }
                }
            }
        }
        let ids: Vec<u64> = open.keys().copied().collect();
        for id in ids {
            let (lines, ended) = cluster.http_read(id);
            let tx = &open[&id];
            let gone = (!lines.is_empty() && tx.send(Chunk::Lines(lines)).is_err()) || (ended && tx.send(Chunk::End).is_err());
            if ended || gone {
                if !ended {
                    cluster.http_close(id);
                }
                open.remove(&id);
            }
        }
    }
}
