//! Network clients in a container: the resolver (the kubelet's `/etc/hosts`, then DNS queries to
//! `/etc/resolv.conf`'s nameserver through its search list and `ndots`), busybox's `wget` and
//! `nslookup`, and `curl`. A client reaches nothing by itself: each call waits
//! (`Flow::Blocked`) until the cluster's network has carried it — through the node's kube-proxy
//! rules, the bridge or the overlay, to a CoreDNS pod or a web server — and brought the answer
//! back; the command then runs again from its start with the answer in hand.

use super::{Flow, Sys};
use crate::kubelet::http::Answer;
use std::time::Duration;

/// A DNS question's type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Qtype {
    A,
    Aaaa,
    Cname,
    Srv,
    Ptr,
    /// A type CoreDNS has no records of for the cluster's names (NS, SOA, MX, TXT, ANY).
    Other(&'static str),
}

impl Qtype {
    pub fn as_str(self) -> &'static str {
        match self {
            Qtype::A => "A",
            Qtype::Aaaa => "AAAA",
            Qtype::Cname => "CNAME",
            Qtype::Srv => "SRV",
            Qtype::Ptr => "PTR",
            Qtype::Other(t) => t,
        }
    }
    /// busybox nslookup's `-type=` names.
    fn parse(s: &str) -> Option<Qtype> {
        const ALL: [Qtype; 10] = [Qtype::A, Qtype::Other("NS"), Qtype::Cname, Qtype::Other("SOA"), Qtype::Ptr, Qtype::Other("MX"), Qtype::Other("TXT"), Qtype::Aaaa, Qtype::Srv, Qtype::Other("ANY")];
        ALL.into_iter().find(|t| t.as_str().eq_ignore_ascii_case(s))
    }
}

/// An SRV record's data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Srv {
    pub priority: u16,
    pub weight: u16,
    pub port: u16,
    pub target: String,
}

/// What a process asks of the network.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NetCall {
    /// DNS queries over UDP to `server`, sent in turn until one is answered with addresses
    /// (`all`: every one, as nslookup sends them); the client gives up after `deadline`.
    Dns { server: String, queries: Vec<(String, Qtype)>, all: bool, deadline: Option<Duration> },
    /// A TCP connection to `ip:port` carrying one HTTP request; `timeout` bounds the connect.
    /// `headers`: those the client adds (`curl -H`); `tls`: HTTPS, with what the client trusts.
    Http { ip: String, port: u16, method: &'static str, path: String, host: String, agent: String, timeout: Duration, headers: Vec<(String, String)>, tls: Option<TlsClient> },
}

/// The client's side of a TLS handshake: whether it checks the server's certificate at all
/// (`curl -k` does not), and the CA certificate it trusts (`--cacert`; the image's own store,
/// which holds no cluster's CA, otherwise).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TlsClient {
    pub insecure: bool,
    pub trusted: Option<String>,
}

/// A DNS response code, or no response at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rcode {
    NoError,
    NxDomain,
    ServFail,
    /// The query went unanswered (the resolver's timeouts and attempts ran out).
    Timeout,
    /// ICMP port unreachable (a kube-proxy REJECT, or nothing listening on 53).
    Refused,
}

/// The answer to one DNS query.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DnsAnswer {
    pub name: String,
    pub qtype: Qtype,
    pub rcode: Rcode,
    pub addrs: Vec<String>,
    /// The CNAME chain before the addresses: each alias's target in turn (an ExternalName
    /// Service's `externalName`); the addresses belong to the last.
    pub cnames: Vec<String>,
    /// SRV records (a Service's named ports).
    pub srv: Vec<Srv>,
    /// PTR records: the names of an address.
    pub ptr: Vec<String>,
    /// The AA bit: CoreDNS's own zone; a forwarded answer is not.
    pub authoritative: bool,
}

impl DnsAnswer {
    pub fn new(name: &str, qtype: Qtype, rcode: Rcode, addrs: Vec<String>, authoritative: bool) -> DnsAnswer {
        DnsAnswer { name: name.to_string(), qtype, rcode, addrs, cnames: vec![], srv: vec![], ptr: vec![], authoritative }
    }
    /// Whether the answer holds any record.
    pub fn has_records(&self) -> bool {
        !self.addrs.is_empty() || !self.cnames.is_empty() || !self.srv.is_empty() || !self.ptr.is_empty()
    }
}

/// Why a connection got no answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConnError {
    /// Nothing came back before the timeout (a DROP, a dead node, a black hole).
    TimedOut,
    /// ICMP host unreachable (the address is on a pod network but no pod holds it).
    NoRoute,
}

/// What the network brought back, and how long it took.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NetReply {
    Dns { took: Duration, answers: Vec<DnsAnswer> },
    Http { took: Duration, result: Result<Answer, ConnError> },
}

impl NetReply {
    pub fn took(&self) -> Duration {
        match self {
            NetReply::Dns { took, .. } | NetReply::Http { took, .. } => *took,
        }
    }
}

/// A process's exchange with the network for the command it is running: the answers so far
/// (replayed in order when the command runs again) and the call it waits on.
#[derive(Clone, Debug, Default)]
pub struct NetIo {
    log: Vec<NetReply>,
    next: usize,
    /// The call the command could not go on without.
    pub want: Option<NetCall>,
    /// Command substitutions running inside the command.
    pub(super) depth: u32,
    /// Where the command's output started (what it printed before it blocked is dropped).
    pub(super) mark: usize,
}

impl NetIo {
    fn call(&mut self, c: NetCall) -> Option<NetReply> {
        match self.log.get(self.next) {
            Some(r) => {
                self.next += 1;
                Some(r.clone())
            }
            None => {
                self.want = Some(c);
                None
            }
        }
    }
    pub(super) fn answered(&mut self, r: NetReply) {
        self.log.push(r);
    }
    /// The command finished: its answers are spent.
    pub(super) fn done(&mut self) {
        if self.depth == 0 {
            self.log.clear();
            self.next = 0;
        }
    }
    pub(super) fn rewind(&mut self) {
        self.next = 0;
    }
}

/// The pod's resolver configuration.
struct ResolvConf {
    nameserver: Option<String>,
    search: Vec<String>,
    ndots: usize,
}

fn resolv_conf(sys: &Sys) -> ResolvConf {
    let text = super::programs::read_file(sys, "/etc/resolv.conf").unwrap_or_default();
    let mut rc = ResolvConf { nameserver: None, search: vec![], ndots: 1 };
    for line in text.lines() {
        let mut w = line.split_whitespace();
        match w.next() {
            Some("nameserver") if rc.nameserver.is_none() => rc.nameserver = w.next().map(str::to_string),
            Some("search") => rc.search = w.map(str::to_string).collect(),
            Some("options") => {
                for o in w {
                    if let Some(n) = o.strip_prefix("ndots:").and_then(|n| n.parse().ok()) {
                        rc.ndots = n;
                    }
                }
            }
            _ => {}
        }
    }
    rc
}

/// The names the resolver tries for `name`, in order: with fewer dots than `ndots` the search
/// list first and the name as given last; otherwise the other way round.
fn candidates(name: &str, rc: &ResolvConf) -> Vec<String> {
    if let Some(abs) = name.strip_suffix('.') {
        return vec![abs.to_string()];
    }
    let searched = rc.search.iter().map(|s| format!("{}.{}", name, s));
    if name.matches('.').count() >= rc.ndots {
        std::iter::once(name.to_string()).chain(searched).collect()
    } else {
        searched.chain(std::iter::once(name.to_string())).collect()
    }
}

pub fn is_ip(s: &str) -> bool {
    s.split('.').count() == 4 && s.split('.').all(|p| p.parse::<u8>().is_ok())
}

/// The address a name has: `/etc/hosts` first (the kubelet's: localhost and the pod's own name),
/// then DNS.
enum Lookup {
    Addr(String),
    NotFound,
    /// No nameserver answered.
    NoServer,
}

fn lookup(sys: &mut Sys, name: &str, deadline: Option<Duration>) -> Option<Lookup> {
    if is_ip(name) {
        return Some(Lookup::Addr(name.to_string()));
    }
    let hosts = super::programs::read_file(sys, "/etc/hosts").unwrap_or_default();
    for line in hosts.lines().filter(|l| !l.starts_with('#')) {
        let mut w = line.split_whitespace();
        if let Some(ip) = w.next().filter(|ip| is_ip(ip)) {
            if w.any(|n| n == name) {
                return Some(Lookup::Addr(ip.to_string()));
            }
        }
    }
    let rc = resolv_conf(sys);
    let Some(server) = rc.nameserver.clone() else { return Some(Lookup::NotFound) };
    let queries = candidates(name, &rc).into_iter().map(|n| (n, Qtype::A)).collect();
    let NetReply::Dns { answers, .. } = sys.net.call(NetCall::Dns { server, queries, all: false, deadline })? else { return Some(Lookup::NotFound) };
    if let Some(a) = answers.iter().find_map(|a| a.addrs.first()) {
        return Some(Lookup::Addr(a.clone()));
    }
    Some(if answers.iter().all(|a| matches!(a.rcode, Rcode::Timeout | Rcode::Refused)) { Lookup::NoServer } else { Lookup::NotFound })
}

/// `http://host[:port][/path]` → (host, port, path).
fn parse_url(url: &str) -> Option<(String, u16, String)> {
    let rest = url.strip_prefix("http://").unwrap_or(url);
    if rest.contains("://") {
        return None;
    }
    let (hostport, path) = match rest.find('/') {
        Some(i) => (&rest[..i], rest[i..].to_string()),
        None => (rest, "/".to_string()),
    };
    let (host, port) = match hostport.rsplit_once(':') {
        Some((h, p)) => (h.to_string(), p.parse().ok()?),
        None => (hostport.to_string(), 80),
    };
    Some((host, port, path))
}

/// Linux's connect timeout with `tcp_syn_retries` = 6: 1 + 2 + 4 + … + 64 seconds.
pub const SYN_TIMEOUT: Duration = Duration::from_secs(127);

/// busybox `wget`: `-q`, `-O FILE` (`-` for stdout), `-T SECONDS`, `--spider`, `-S`.
pub fn wget(args: &[String], out: &mut String, sys: &mut Sys) -> Flow {
    let (mut quiet, mut file, mut timeout, mut spider, mut url) = (false, None::<String>, None::<u64>, false, None::<String>);
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_str();
        match a {
            "--spider" => spider = true,
            "-q" | "--quiet" => quiet = true,
            "-S" | "--server-response" => {}
            "-T" | "-O" => {
                i += 1;
                let v = args.get(i).cloned().unwrap_or_default();
                if a == "-T" {
                    timeout = v.parse().ok();
                } else {
                    file = Some(v);
                }
            }
            _ if a.starts_with("-O") && a.len() > 2 => file = Some(a[2..].to_string()),
            _ if a.starts_with("-T") && a.len() > 2 => timeout = a[2..].parse().ok(),
            // Bundled flags: -qO- , -qO FILE, -qS
            _ if a.starts_with('-') && a.len() > 1 && !a.starts_with("--") => {
                let flags = &a[1..];
                for (k, ch) in flags.char_indices() {
                    match ch {
                        'q' => quiet = true,
                        'S' => {}
                        'O' | 'T' => {
                            let rest = &flags[k + 1..];
                            let v = if rest.is_empty() {
                                i += 1;
                                args.get(i).cloned().unwrap_or_default()
                            } else {
                                rest.to_string()
                            };
                            if ch == 'O' {
                                file = Some(v);
                            } else {
                                timeout = v.parse().ok();
                            }
                            break;
                        }
                        _ => {
                            out.push_str(&format!("wget: unrecognized option '{}'\n", a));
                            out.push_str(WGET_USAGE);
                            return Flow::Status(1);
                        }
                    }
                }
            }
            _ if a.starts_with("--") => {
                out.push_str(&format!("wget: unrecognized option '{}'\n", a));
                out.push_str(WGET_USAGE);
                return Flow::Status(1);
            }
            _ => url = Some(a.to_string()),
        }
        i += 1;
    }
    let Some(url) = url else {
        out.push_str(WGET_USAGE);
        return Flow::Status(1);
    };
    if url.starts_with("https://") {
        out.push_str("wget: not an http or ftp url: ");
        out.push_str(&url);
        out.push('\n');
        return Flow::Status(1);
    }
    let Some((host, port, path)) = parse_url(&url) else {
        out.push_str(&format!("wget: not an http or ftp url: {}\n", url));
        return Flow::Status(1);
    };
    let ip = match lookup(sys, &host, None) {
        None => return Flow::Blocked,
        Some(Lookup::Addr(ip)) => ip,
        Some(Lookup::NotFound | Lookup::NoServer) => {
            let shown = url.trim_start_matches("http://").split('/').next().unwrap_or(&host).to_string();
            out.push_str(&format!("wget: bad address '{}'\n", shown));
            return Flow::Status(1);
        }
    };
    let hostport = if url.trim_start_matches("http://").split('/').next().is_some_and(|h| h.contains(':')) { format!("{}:{}", host, port) } else { host.clone() };
    // `-T` (900 s unless given) bounds the connect; the kernel gives up after its SYN retries.
    let timeout = Duration::from_secs(timeout.unwrap_or(900)).min(SYN_TIMEOUT);
    let alarm = timeout < SYN_TIMEOUT;
    let call = NetCall::Http { ip: ip.clone(), port, method: if spider { "HEAD" } else { "GET" }, path: path.clone(), host: hostport.clone(), agent: "Wget".into(), timeout, headers: Vec::new(), tls: None };
    let NetReply::Http { result, .. } = (match sys.net.call(call) {
        Some(r) => r,
        None => return Flow::Blocked,
    }) else {
        return Flow::Status(1);
    };
    let name = match file.as_deref() {
        Some(f) => f.to_string(),
        None => path.rsplit('/').next().filter(|f| !f.is_empty()).unwrap_or("index.html").to_string(),
    };
    if !quiet {
        out.push_str(&format!("Connecting to {} ({}:{})\n", hostport, ip, port));
    }
    let body = match result {
        Err(ConnError::TimedOut) if alarm => {
            out.push_str("wget: download timed out\n");
            return Flow::Status(1);
        }
        Err(ConnError::TimedOut) => {
            out.push_str(&format!("wget: can't connect to remote host ({}): Connection timed out\n", ip));
            return Flow::Status(1);
        }
        Err(ConnError::NoRoute) => {
            out.push_str(&format!("wget: can't connect to remote host ({}): No route to host\n", ip));
            return Flow::Status(1);
        }
        Ok(Answer::TlsFailed(_, why)) => {
            out.push_str(&format!("wget: {}\n", why));
            return Flow::Status(1);
        }
        Ok(Answer::Refused) => {
            out.push_str(&format!("wget: can't connect to remote host ({}): Connection refused\n", ip));
            return Flow::Status(1);
        }
        Ok(Answer::NoReply) => {
            out.push_str("wget: error getting response: Connection reset by peer\n");
            return Flow::Status(1);
        }
        Ok(Answer::Unmodelled(what)) => {
            out.push_str(&format!("wget: kubeplay does not simulate the HTTP answers of {} yet\n", what));
            return Flow::Status(1);
        }
        Ok(Answer::Http { code, body }) => {
            if code >= 300 {
                out.push_str(&format!("wget: server returned error: HTTP/1.1 {} {}\n", code, reason(code)));
                return Flow::Status(1);
            }
            body
        }
    };
    if spider {
        if !quiet {
            out.push_str("remote file exists\n");
        }
        return Flow::Status(0);
    }
    if name == "-" {
        if !quiet {
            out.push_str("writing to stdout\n");
        }
        out.push_str(&body);
        if !quiet {
            out.push_str(&progress("-", body.len()));
            out.push_str("written to stdout\n");
        }
    } else {
        // Without -O, wget will not overwrite (O_EXCL).
        if file.is_none() && super::programs::read_file(sys, &format!("/{}", name)).is_some() {
            out.push_str(&format!("wget: can't open '{}': File exists\n", name));
            return Flow::Status(1);
        }
        if !quiet {
            out.push_str(&format!("saving to '{}'\n", name));
        }
        // The working directory is `/`.
        let path = if name.starts_with('/') { name.clone() } else { format!("/{}", name) };
        sys.fs.write(&path, &body, false);
        if !quiet {
            out.push_str(&progress(&name, body.len()));
            out.push_str(&format!("'{}' saved\n", name));
        }
    }
    Flow::Status(0)
}

/// busybox's progress meter as it ends when its output is not a terminal (80 columns: a bar
/// of 32), with the size as `smart_ulltoa5` writes it.
fn progress(name: &str, size: usize) -> String {
    let size = match size {
        n if n < 100_000 => format!("{:>5}", n),
        n if n < 100_000 * 1024 => format!("{:>4}k", n / 1024),
        n => format!("{:>4}M", n / (1024 * 1024)),
    };
    format!("{:<20.20} 100% |{}| {}  0:00:00 ETA\n", name, "*".repeat(32), size)
}

const WGET_USAGE: &str = "BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.\n\nUsage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]\n\t[--post-data STR | --post-file FILE] [-Y on/off]\n\t[-P DIR] [-U AGENT] [-T SEC] URL...\n\nRetrieve files via HTTP or FTP\n\n\t--spider\tOnly check URL existence: $? is 0 if exists\n\t--header STR\tAdd STR (of form 'header: value') to headers\n\t--post-data STR\tSend STR using POST method\n\t--post-file FILE\tSend FILE using POST method\n\t-c\t\tContinue retrieval of aborted transfer\n\t-q\t\tQuiet\n\t-P DIR\t\tSave to DIR (default .)\n\t-S    \t\tShow server response\n\t-T SEC\t\tNetwork read timeout is SEC seconds\n\t-O FILE\t\tSave to FILE ('-' for stdout)\n\t-o LOGFILE\tLog messages to FILE\n\t-U STR\t\tUse STR for User-Agent header\n\t-Y on/off\tUse proxy\n";

pub fn reason(code: u16) -> &'static str {
    match code {
        200 => "OK",
        301 => "Moved Permanently",
        302 => "Found",
        403 => "Forbidden",
        404 => "Not Found",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        _ => "",
    }
}

/// busybox `nslookup [-type=T] NAME [SERVER]` (its own resolver, not libc's): a name without a
/// dot is tried with every search domain — never bare, and `ndots` does not count — A queries
/// first, then AAAA (or the one type asked for), all sent at once; an address is looked up by
/// its PTR name. Each reply is printed as it comes, followed by a blank line; an explicit server
/// means no search list. The exit status is 1 if any reply was an error.
pub fn nslookup(args: &[String], out: &mut String, sys: &mut Sys) -> Flow {
    let mut qtype = None;
    for a in args.iter().filter(|a| a.starts_with('-')) {
        let (opt, val) = a[1..].split_once('=').unwrap_or((&a[1..], ""));
        match opt {
            "type" | "querytype" | "query" | "q" => match Qtype::parse(val) {
                Some(t) => qtype = Some(t),
                None => {
                    out.push_str(&format!("nslookup: invalid query type \"{}\"\n", val));
                    return Flow::Status(1);
                }
            },
            "debug" | "retry" | "timeout" | "port" => {}
            _ => {
                out.push_str(NSLOOKUP_USAGE);
                return Flow::Status(1);
            }
        }
    }
    let words: Vec<&String> = args.iter().filter(|a| !a.starts_with('-')).collect();
    let Some(name) = words.first().map(|n| n.trim_end_matches('.').to_string()) else {
        out.push_str(NSLOOKUP_USAGE);
        return Flow::Status(1);
    };
    let rc = resolv_conf(sys);
    let (server, search) = match words.get(1) {
        Some(s) => (s.to_string(), vec![]),
        None => (rc.nameserver.clone().unwrap_or_else(|| "127.0.0.1".into()), rc.search.clone()),
    };
    // Without a type, an address is looked up by its PTR name.
    let ip = qtype.is_none() && is_ip(&name);
    let types: Vec<Qtype> = match qtype {
        _ if ip => vec![Qtype::Ptr],
        Some(t) => vec![t],
        None => vec![Qtype::A, Qtype::Aaaa],
    };
    let names: Vec<String> = if ip {
        vec![format!("{}.in-addr.arpa", name.rsplit('.').collect::<Vec<_>>().join("."))]
    } else if name.contains('.') || search.is_empty() || types == [Qtype::Ptr] {
        vec![name.clone()]
    } else {
        search.iter().map(|d| format!("{}.{}", name, d)).collect()
    };
    let queries: Vec<(String, Qtype)> = types.iter().flat_map(|t| names.iter().map(move |n| (n.clone(), *t))).collect();
    let NetReply::Dns { answers, .. } = (match sys.net.call(NetCall::Dns { server: server.clone(), queries, all: true, deadline: None }) {
        Some(r) => r,
        None => return Flow::Blocked,
    }) else {
        return Flow::Status(1);
    };
    if answers.iter().all(|a| matches!(a.rcode, Rcode::Timeout | Rcode::Refused)) {
        // Each refused burst (at 0 and 2.5 s) is reported as read(2) failed.
        let refused = answers.iter().filter(|a| a.rcode == Rcode::Refused).count().min(2);
        out.push_str(&"nslookup: read: Connection refused\n".repeat(refused));
        out.push_str(";; connection timed out; no servers could be reached\n\n");
        return Flow::Status(1);
    }
    out.push_str(&format!("Server:\t\t{}\nAddress:\t{}:53\n\n", server, server));
    let mut failed = false;
    for a in &answers {
        match a.rcode {
            Rcode::NoError => {
                if !a.authoritative {
                    out.push_str("Non-authoritative answer:\n");
                }
                print_records(a, out);
            }
            Rcode::NxDomain | Rcode::ServFail => {
                failed = true;
                let code = if a.rcode == Rcode::NxDomain { "NXDOMAIN" } else { "SERVFAIL" };
                out.push_str(&format!("** server can't find {}: {}\n", a.name, code));
            }
            Rcode::Timeout | Rcode::Refused => continue,
        }
        out.push('\n');
    }
    Flow::Status(failed as i32)
}

/// An answer section as busybox's `parse_reply` prints it: CNAMEs, then the last name's
/// addresses, SRV and PTR records.
fn print_records(a: &DnsAnswer, out: &mut String) {
    let mut owner = a.name.as_str();
    for target in &a.cnames {
        out.push_str(&format!("{}\tcanonical name = {}\n", owner, target));
        owner = target;
    }
    for ip in &a.addrs {
        out.push_str(&format!("Name:\t{}\nAddress: {}\n", owner, ip));
    }
    for s in &a.srv {
        out.push_str(&format!("{}\tservice = {} {} {} {}\n", owner, s.priority, s.weight, s.port, s.target));
    }
    for n in &a.ptr {
        out.push_str(&format!("{}\tname = {}\n", owner, n));
    }
}

const NSLOOKUP_USAGE: &str = "BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.\n\nUsage: nslookup [-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]\n\nQuery DNS about HOST\n\nQUERY_TYPE: soa,ns,a,aaaa,cname,mx,txt,ptr,srv,any\n";

/// curl: `-s`, `-S`, `-f`, `-o FILE`, `-m SECONDS`, `--connect-timeout SECONDS`, `-H 'K: V'`,
/// and HTTPS with `-k` or `--cacert FILE`.
pub fn curl(args: &[String], out: &mut String, sys: &mut Sys, version: &str) -> Flow {
    let (mut silent, mut show_errors, mut fail, mut file, mut url, mut write_out) = (false, false, false, None::<String>, None::<String>, None::<String>);
    let (mut connect_timeout, mut max_time) = (None::<f64>, None::<f64>);
    let (mut headers, mut insecure, mut cacert) = (Vec::<(String, String)>::new(), false, None::<String>);
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_str();
        match a {
            "-s" | "--silent" => silent = true,
            "-S" | "--show-error" => show_errors = true,
            "-f" | "--fail" => fail = true,
            "-k" | "--insecure" => insecure = true,
            "-v" | "-L" | "--location" => {}
            "-o" | "--output" | "-m" | "--max-time" | "--connect-timeout" | "-w" | "--write-out" | "-H" | "--header" | "--cacert" => {
                i += 1;
                let v = args.get(i).cloned().unwrap_or_default();
                match a {
                    "-o" | "--output" => file = Some(v),
                    "-H" | "--header" => {
                        if let Some((k, val)) = v.split_once(':') {
                            headers.push((k.trim().to_string(), val.trim().to_string()));
                        }
                    }
                    "--cacert" => cacert = Some(v),
                    "-w" | "--write-out" => write_out = Some(v),
                    "--connect-timeout" => connect_timeout = decfloat::parse(&v),
                    _ => max_time = decfloat::parse(&v),
                }
            }
            _ if a.starts_with('-') && a.len() > 1 && !a.starts_with("--") && a[1..].chars().all(|c| "sSfvLk".contains(c)) => {
                for c in a[1..].chars() {
                    match c {
                        's' => silent = true,
                        'S' => show_errors = true,
                        'f' => fail = true,
                        'k' => insecure = true,
                        _ => {}
                    }
                }
            }
            _ if a.starts_with('-') && a.len() > 1 => {
                out.push_str(&format!("curl: option {}: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information\n", a));
                return Flow::Status(2);
            }
            _ => url = Some(a.to_string()),
        }
        i += 1;
    }
    let Some(url) = url else {
        out.push_str("curl: try 'curl --help' or 'curl --manual' for more information\n");
        return Flow::Status(2);
    };
    let err = |out: &mut String, code: i32, msg: String| {
        if !silent || show_errors {
            out.push_str(&format!("curl: ({}) {}\n", code, msg));
        }
        Flow::Status(code)
    };
    let https = url.starts_with("https://");
    let url = match url.strip_prefix("https://") {
        Some(rest) => {
            // Port 443 unless the URL names one.
            let hostport = rest.split('/').next().unwrap_or(rest);
            if hostport.contains(':') { format!("http://{}", rest) } else { format!("http://{}:443{}", hostport, &rest[hostport.len()..]) }
        }
        None => url,
    };
    let tls = if https {
        let trusted = match &cacert {
            Some(f) => match super::programs::read_file(sys, f) {
                Some(pem) => Some(pem),
                None => return err(out, 77, format!("error setting certificate file: {}", f)),
            },
            None => None,
        };
        Some(TlsClient { insecure, trusted })
    } else {
        None
    };
    let Some((host, port, path)) = parse_url(&url) else {
        return err(out, 3, "URL rejected: Port number was not a decimal number between 0 and 65535".into());
    };
    let secs = |s: f64| Duration::from_millis((s * 1000.0) as u64);
    let limit = connect_timeout.into_iter().chain(max_time).map(secs).min();
    let ip = match lookup(sys, &host, limit) {
        None => return Flow::Blocked,
        Some(Lookup::Addr(ip)) => ip,
        Some(Lookup::NoServer) if limit.is_some() => return err(out, 28, format!("Resolving timed out after {} milliseconds", limit.unwrap_or_default().as_millis())),
        Some(Lookup::NotFound | Lookup::NoServer) => return err(out, 6, format!("Could not resolve host: {}", host)),
    };
    let hostport = if (port == 80 && !https) || (port == 443 && https) { host.clone() } else { format!("{}:{}", host, port) };
    let limit = limit.unwrap_or(SYN_TIMEOUT).min(SYN_TIMEOUT);
    let call_ip = ip.clone();
    let call = NetCall::Http { ip, port, method: "GET", path, host: hostport, agent: format!("curl/{}", version), timeout: limit, headers, tls };
    let NetReply::Http { took, result } = (match sys.net.call(call) {
        Some(r) => r,
        None => return Flow::Blocked,
    }) else {
        return Flow::Status(1);
    };
    let ms = took.as_millis();
    let cant = if version < "8.10" { "Couldn't connect to server" } else { "Could not connect to server" };
    if !silent {
        // Not a terminal: the progress meter goes to stderr.
        let got = match &result {
            Ok(Answer::Http { body, .. }) => body.len(),
            _ => 0,
        };
        out.push_str(&meter(got, took));
    }
    match result {
        Err(ConnError::TimedOut) if max_time.is_some_and(|m| secs(m) <= limit) => err(out, 28, format!("Connection timed out after {} milliseconds", ms)),
        Err(ConnError::TimedOut) if connect_timeout.is_some() => err(out, 28, format!("Failed to connect to {} port {} after {} ms: Timeout was reached", host, port, ms)),
        Err(ConnError::TimedOut) => err(out, 28, format!("Failed to connect to {} port {} after {} ms: {}", host, port, ms, cant)),
        Err(ConnError::NoRoute) | Ok(Answer::Refused) => err(out, 7, format!("Failed to connect to {} port {} after {} ms: {}", host, port, ms, cant)),
        Ok(Answer::NoReply) => err(out, 52, "Empty reply from server".into()),
        Ok(Answer::TlsFailed(code, why)) => {
            let r = err(out, code, why);
            if code == 60 && (!silent || show_errors) {
                out.push_str("More details here: https://curl.se/docs/sslcerts.html\n\ncurl failed to verify the legitimacy of the server and therefore could not\nestablish a secure connection to it. To learn more about this situation and\nhow to fix it, please visit the webpage mentioned above.\n");
            }
            r
        }
        Ok(Answer::Unmodelled(what)) => {
            out.push_str(&format!("curl: kubeplay does not simulate the HTTP answers of {} yet\n", what));
            Flow::Status(1)
        }
        Ok(Answer::Http { code, body }) => {
            if fail && code >= 400 {
                return err(out, 22, format!("The requested URL returned error: {}", code));
            }
            match file {
                Some(f) if f == "/dev/null" => {}
                Some(f) if f != "-" => sys.fs.write(&if f.starts_with('/') { f } else { format!("/{}", f) }, &body, false),
                _ => out.push_str(&body),
            }
            if let Some(w) = write_out {
                out.push_str(&write_out_text(&w, code, &call_ip, body.len()));
            }
            Flow::Status(0)
        }
    }
}

/// curl's progress meter when its output is not a terminal, as it stands at the end.
fn meter(bytes: usize, took: Duration) -> String {
    let speed = if took.is_zero() { bytes as u64 } else { (bytes as f64 / took.as_secs_f64()) as u64 };
    let unit = |n: u64| match n {
        n if n < 100_000 => format!("{}", n),
        n if n < 10_000 * 1024 => format!("{}k", n / 1024),
        n => format!("{}M", n / (1024 * 1024)),
    };
    let pct = if bytes > 0 { 100 } else { 0 };
    format!(
        "  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n{:>3} {:>5}  {:>3} {:>5}    0     0  {:>5}      0 --:--:-- --:--:-- --:--:-- {:>5}\n",
        pct,
        unit(bytes as u64),
        pct,
        unit(bytes as u64),
        unit(speed),
        unit(speed)
    )
}

/// `-w`: the variables learners use, and the escapes curl expands.
pub fn write_out_text(fmt: &str, code: u16, ip: &str, size: usize) -> String {
    fmt.replace("%{http_code}", &format!("{:03}", code))
        .replace("%{response_code}", &format!("{:03}", code))
        .replace("%{remote_ip}", ip)
        .replace("%{size_download}", &size.to_string())
        .replace("\\n", "\n")
        .replace("\\t", "\t")
}
