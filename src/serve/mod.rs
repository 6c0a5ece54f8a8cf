//! `kubeplay serve [--port 6443] [--seed N]`: the simulated cluster runs in real time and its
//! apiserver answers HTTP/1.1 on 127.0.0.1, so the real `kubectl`, client-go and kube-rs can
//! drive it. Each connection has a thread that reads requests and writes responses; the main
//! thread owns the cluster, advances it with the wall clock, answers each request in turn and
//! pumps open streams (watches, `logs -f`) to their connections as chunked responses. Requests
//! act as the cluster admin, as on a local development cluster.
//!
//! Beside the Kubernetes API, `POST /kubeplay/v1/terminal` runs lines of kubeplay's own
//! terminal (its kubectl, `kubeplay wait 30s`, …) and answers what it printed, and
//! `POST /kubeplay/v1/inspect` runs a read of its kubectl that takes no cluster time; with
//! `--clock manual` time passes only when such a line lets it (`kubeplay wait`), so a test can
//! compare the real kubectl with kubeplay's on the very same state.

mod protobuf;
mod tls;
mod websocket;

use kubeplay::apiserver::http::{Method, Request, Response};
use kubeplay::sim::Cluster;
use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use tls::{Reader, Writer};
use std::sync::mpsc::{channel, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// What a connection thread asks of the cluster.
enum Call {
    Once(Request, Sender<Response>),
    Open(Request, Sender<Chunk>),
    /// A line of input on an open stream (an exec's stdin).
    Write(u64, String),
    /// The client is done with a stream.
    Close(u64),
}

/// What flows back on a stream.
enum Chunk {
    Failed(Response),
    Started { content_type: &'static str, id: u64 },
    /// Watch events and log lines; an exec's frames, each led by its channel.
    Lines(Vec<String>),
    End,
}

/// Standard base64 with padding (protobuf's bytes in JSON, the kubeconfig's PEM data, the
/// WebSocket accept key).
fn base64(data: &[u8]) -> String {
    const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in data.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, b)| n | (*b as u32) << (16 - 8 * i));
        for i in 0..4 {
            out.push(if i <= chunk.len() { ABC[(n >> (18 - 6 * i) & 63) as usize] as char } else { '=' });
        }
    }
    out
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

/// The most of a request body the apiserver reads (`MaxRequestBodyBytes`, 3 MiB).
const MAX_BODY: usize = 3 << 20;

/// Reads one request off the connection (None: the client closed it or sent nonsense; Err: the
/// answer to a request refused before it reaches the apiserver).
fn read_request(r: &mut BufReader<Reader>) -> Option<Result<Request, Response>> {
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
    if length > MAX_BODY {
        // `limitedReadBody`: the body is drained (the connection stays usable) and refused.
        std::io::copy(&mut r.by_ref().take(length as u64), &mut std::io::sink()).ok()?;
        let e = kubeplay::apiserver::errors::ApiError { code: 413, reason: "RequestEntityTooLarge", message: format!("Request entity too large: limit is {}", MAX_BODY), details: None };
        return Some(Err(Response::json(413, e.status_body())));
    }
    if length > 0 {
        let mut body = vec![0u8; length];
        r.read_exact(&mut body).ok()?;
        let media = req.header("content-type").unwrap_or("").split(';').next().unwrap_or("").trim().to_string();
        // A typed client's protobuf body is read into JSON here; one that cannot be read is
        // left to the apiserver, which refuses its media type.
        match protobuf::to_json(&body).ok().filter(|_| media == protobuf::MEDIA_TYPE) {
            Some(json) => {
                req.headers.retain(|(k, _)| !k.eq_ignore_ascii_case("content-type"));
                req.headers.push(("Content-Type".into(), "application/json".into()));
                req.body = Some(json);
            }
            None => req.body = Some(String::from_utf8_lossy(&body).into_owned()),
        }
    }
    Some(Ok(req))
}

fn write_response(w: &mut dyn Write, resp: &Response) -> std::io::Result<()> {
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

fn header<'r>(req: &'r Request, name: &str) -> Option<&'r str> {
    req.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
}

fn connection(r: Reader, mut w: Writer, calls: Sender<Call>) {
    let mut r = BufReader::new(r);
    while let Some(req) = read_request(&mut r) {
        let req = match req {
            Ok(req) => req,
            Err(resp) => {
                if write_response(&mut w, &resp).is_err() {
                    return;
                }
                continue;
            }
        };
        let upgrade = header(&req, "upgrade").map(str::to_string);
        if let Some(upgrade) = upgrade.filter(|_| req.path.ends_with("/exec") || req.path.ends_with("/attach")) {
            return exec_upgrade(req, &upgrade, r, w, calls);
        }
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
/// A watch sends one JSON event per line; a followed log is the kubelet's stdout frames
/// (channel `1`), passed on as they are.
fn pump(w: &mut dyn Write, rx: Receiver<Chunk>) {
    let mut log = false;
    while let Ok(chunk) = rx.recv() {
        let ok = match chunk {
            Chunk::Failed(resp) => {
                let _ = write_response(w, &resp);
                return;
            }
            Chunk::Started { content_type, .. } => {
                log = content_type.starts_with("text/plain");
                w.write_all(format!("HTTP/1.1 200 OK\r\nContent-Type: {}\r\nTransfer-Encoding: chunked\r\nCache-Control: no-cache, private\r\n\r\n", content_type).as_bytes())
                    .and_then(|_| w.flush())
            }
            Chunk::Lines(lines) => {
                let mut out = Vec::new();
                for l in lines {
                    let data = match l.strip_prefix('1') {
                        Some(text) if log => text.to_string(),
                        _ if log => continue,
                        _ => format!("{}\n", l),
                    };
                    if data.is_empty() {
                        continue;
                    }
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

/// `pods/exec` and `pods/attach` upgraded to a WebSocket (kubectl v1.30+; `v5.channel.k8s.io`). The stream opens
/// in the cluster first, so a refusal (no such container, a pod on no node) is the plain error
/// response the client reports. SPDY (kubectl's fallback, and older clients' only way) is not
/// spoken: the stream is closed again and the client told so.
fn exec_upgrade(req: Request, upgrade: &str, r: BufReader<Reader>, mut w: Writer, calls: Sender<Call>) {
    let websocket = upgrade.eq_ignore_ascii_case("websocket");
    let protocol = header(&req, "sec-websocket-protocol").and_then(websocket::choose_protocol);
    let key = header(&req, "sec-websocket-key").map(websocket::accept_key);
    let tty = req.query_value("tty") == Some("true");
    let (tx, rx) = channel();
    if calls.send(Call::Open(req, tx)).is_err() {
        return;
    }
    let id = match rx.recv() {
        Ok(Chunk::Started { id, .. }) => id,
        Ok(Chunk::Failed(resp)) => {
            let _ = write_response(&mut w, &resp);
            return;
        }
        _ => return,
    };
    let (Some(protocol), Some(key), true) = (protocol, key, websocket) else {
        let _ = calls.send(Call::Close(id));
        let body = format!(
            r#"{{"kind":"Status","apiVersion":"v1","metadata":{{}},"status":"Failure","message":"kubeplay serve speaks exec over WebSocket (v5.channel.k8s.io or v4.channel.k8s.io), not {}","reason":"BadRequest","code":400}}"#,
            upgrade.replace('"', "")
        );
        let _ = write_response(&mut w, &Response::json(400, body));
        return;
    };
    let head = format!(
        "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: {}\r\nSec-WebSocket-Protocol: {}\r\n\r\n",
        key, protocol
    );
    if w.write_all(head.as_bytes()).and_then(|_| w.flush()).is_err() {
        let _ = calls.send(Call::Close(id));
        return;
    }
    let w = Arc::new(Mutex::new(w));
    let reader_w = Arc::clone(&w);
    let reader_calls = calls.clone();
    std::thread::spawn(move || exec_input(r, reader_w, reader_calls, id, tty));
    exec_output(&w, rx, tty);
    let _ = calls.send(Call::Close(id));
}

/// Sends an exec's frames to the client until its Status (channel 3), then closes.
fn exec_output(w: &Mutex<Writer>, rx: Receiver<Chunk>, tty: bool) {
    let send = |opcode: u8, payload: &[u8]| match w.lock() {
        Ok(mut w) => websocket::write_frame(&mut *w, opcode, payload),
        Err(_) => Err(std::io::ErrorKind::BrokenPipe.into()),
    };
    while let Ok(chunk) = rx.recv() {
        let Chunk::Lines(frames) = chunk else { break };
        for frame in frames {
            let (channel, data) = frame.split_at(frame.len().min(1));
            // A terminal turns each newline into CR LF; an interactive shell's prompt (the
            // page's terminal edits the line itself) is what it writes on a terminal.
            let data = if tty { data.replace('\n', "\r\n") } else { data.to_string() };
            let channel = match channel {
                "1" => 1u8,
                "2" => 2,
                "3" => 3,
                "p" if tty => 1,
                _ => continue,
            };
            let mut payload = vec![channel];
            payload.extend_from_slice(data.as_bytes());
            if send(websocket::BINARY, &payload).is_err() {
                return;
            }
            if channel == 3 {
                let _ = send(websocket::CLOSE, &1000u16.to_be_bytes());
                return;
            }
        }
    }
    let _ = send(websocket::CLOSE, &1000u16.to_be_bytes());
}

/// Reads the client's frames: stdin (channel 0) goes to the process a line at a time, pings are
/// answered, and a close (or the connection's end) ends the stream. On a terminal the input is
/// raw keystrokes: they are echoed, Enter ends a line, Backspace takes a character back, and
/// Ctrl-D on an empty line is the end of input. The end of input is `exit` to a shell, which
/// is what sh does when its input ends (the last command's status).
fn exec_input(mut r: BufReader<Reader>, w: Arc<Mutex<Writer>>, calls: Sender<Call>, id: u64, tty: bool) {
    let echo = |bytes: &[u8]| {
        if let Ok(mut w) = w.lock() {
            let mut payload = vec![1u8];
            payload.extend_from_slice(bytes);
            let _ = websocket::write_frame(&mut *w, websocket::BINARY, &payload);
        }
    };
    let mut line: Vec<u8> = Vec::new();
    let line_done = |line: &mut Vec<u8>| calls.send(Call::Write(id, String::from_utf8_lossy(&std::mem::take(line)).into_owned())).is_ok();
    loop {
        let Ok((opcode, payload)) = websocket::read_frame(&mut r) else { break };
        match opcode {
            websocket::PING => {
                if let Ok(mut w) = w.lock() {
                    let _ = websocket::write_frame(&mut *w, websocket::PONG, &payload);
                }
            }
            websocket::CLOSE => break,
            websocket::BINARY | 0 => match payload.split_first() {
                Some((0, data)) => {
                    for &b in data {
                        match b {
                            b'\r' | b'\n' if tty => {
                                echo(b"\r\n");
                                if !line_done(&mut line) {
                                    return;
                                }
                            }
                            b'\n' => {
                                if !line_done(&mut line) {
                                    return;
                                }
                            }
                            0x7f | 0x08 if tty => {
                                if line.pop().is_some() {
                                    echo(b"\x08 \x08");
                                }
                            }
                            0x04 if tty && line.is_empty() => {
                                line.extend_from_slice(b"exit");
                                let _ = line_done(&mut line);
                            }
                            _ => {
                                if tty {
                                    echo(&[b]);
                                }
                                line.push(b);
                            }
                        }
                    }
                }
                // v5: the client closed its stdin.
                Some((255, [0])) => {
                    if !line.is_empty() {
                        let _ = line_done(&mut line);
                    }
                    line.extend_from_slice(b"exit");
                    let _ = line_done(&mut line);
                }
                _ => {}
            },
            _ => {}
        }
    }
    let _ = calls.send(Call::Close(id));
}

/// One line of kubeplay's terminal, as the page's terminal would run it.
fn terminal(cluster: &mut Cluster, lines: &str) -> Response {
    use kubeplay::shell::{finish, Session, Step};
    let mut session = Session::new();
    let mut text = String::new();
    let mut more = false;
    for line in lines.split('\n') {
        more = false;
        match session.feed(line, cluster) {
            Step::Done(mut out) => {
                text.push_str(&out.text());
                text.push_str(&finish(cluster, &mut out));
            }
            Step::More => more = true,
            Step::Clear => {}
        }
    }
    if more {
        text.push_str("kubeplay serve: the input ended inside a heredoc or quote\n");
    }
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
/// otherwise only terminal lines move it. The port answers HTTP and HTTPS; `kubeconfig` (a
/// file in the temporary directory unless named) is written for HTTPS clients.
pub fn serve(mut cluster: Cluster, port: u16, real_time: bool, kubeconfig: Option<std::path::PathBuf>) -> i32 {
    let listener = match TcpListener::bind(("127.0.0.1", port)) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("kubeplay serve: cannot listen on 127.0.0.1:{}: {}", port, e);
            return 1;
        }
    };
    let port = listener.local_addr().map(|a| a.port()).unwrap_or(port);
    let tls = match tls::generate() {
        Ok(t) => t,
        Err(e) => {
            eprintln!("kubeplay serve: cannot make the serving certificate: {}", e);
            return 1;
        }
    };
    let kubeconfig = kubeconfig.unwrap_or_else(|| std::env::temp_dir().join(format!("kubeplay-{}.kubeconfig", port)));
    if let Err(e) = std::fs::write(&kubeconfig, tls::kubeconfig(&format!("https://127.0.0.1:{}", port), &tls)) {
        eprintln!("kubeplay serve: cannot write {}: {}", kubeconfig.display(), e);
        return 1;
    }
    // Whoever started us may stop reading (a test reads the first line): never die of it.
    let mut stdout = std::io::stdout();
    let _ = writeln!(stdout, "kubeplay serve: the cluster's API is on http://127.0.0.1:{}", port);
    let _ = writeln!(stdout, "  kubectl --server http://127.0.0.1:{} get nodes", port);
    let _ = writeln!(stdout, "  kubectl --kubeconfig {} get nodes    (HTTPS; tokens and RBAC need it)", kubeconfig.display());
    let _ = stdout.flush();
    let (calls_tx, calls) = channel::<Call>();
    let config = tls.config;
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let _ = stream.set_nodelay(true);
            let (calls, config) = (calls_tx.clone(), Arc::clone(&config));
            std::thread::spawn(move || {
                if let Some((r, w)) = tls::halves(stream, Some(&config)) {
                    connection(r, w, calls);
                }
            });
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
                Call::Write(id, line) => cluster.http_write(id, &line),
                Call::Close(id) => {
                    if open.remove(&id).is_some() {
                        cluster.http_close(id);
                    }
                }
                Call::Open(req, tx) => {
                    let content_type = if req.path.ends_with("/log") { "text/plain" } else { "application/json" };
                    match cluster.http_open(req) {
                        Ok(id) => {
                            if tx.send(Chunk::Started { content_type, id }).is_ok() {
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
