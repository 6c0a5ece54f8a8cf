//! `kubectl -v=N`: client-go's request logging through klog on stderr, as kubectl prints it —
//! the kubeconfig it loaded and the feature gates (`-v=1` and up), each request's verb, URL,
//! status and time (`-v=6`), the request's headers (`-v=7`), the response's headers and both
//! bodies truncated at 1024 characters (`-v=8`), 10240 (`-v=9`) or not at all (`-v=10`). The
//! requests are the ones kubeplay's kubectl really sends to the apiserver, at the learner's
//! kubeconfig server.

use super::Transport;
use crate::apiserver::http::{Request, Response};

/// The kubeconfig's server (kubeadm's admin.conf on the control-plane node).
pub const SERVER: &str = "https://172.30.1.2:6443";
pub const USER_AGENT: &str = "kubectl/v1.34.1 (linux/amd64) kubernetes/93248f9";
/// The kubectl process (as the sorter's klog lines name it).
const PID: u32 = 4242;

/// The `-v` level on the command line (`-v=6`, `-v 6`, `--v=6`), 0 if none.
pub fn level(args: &[String]) -> u8 {
    let mut it = args.iter().take_while(|a| *a != "--");
    while let Some(a) = it.next() {
        let value = match a.as_str() {
            "-v" | "--v" => it.next().map(String::as_str),
            a => a.strip_prefix("-v=").or_else(|| a.strip_prefix("--v=")),
        };
        if let Some(n) = value.and_then(|v| v.parse::<u8>().ok()) {
            return n;
        }
    }
    0
}

/// klog's header: `I0105 09:00:05.000000    4242 file.go:N] `.
fn header(unix_ms: i64, at: &str) -> String {
    severity_header('I', unix_ms, at)
}

pub(super) fn severity_header(severity: char, unix_ms: i64, at: &str) -> String {
    let ts = k8s_openapi::jiff::Timestamp::from_second(unix_ms.div_euclid(1000)).unwrap_or(k8s_openapi::jiff::Timestamp::UNIX_EPOCH);
    format!("{}{}.{:06} {:>7} {}] ", severity, crate::api::timefmt::klog(&ts), unix_ms.rem_euclid(1000) * 1000, PID, at)
}

/// What kubectl prints when discovery is refused for want of credentials (a bad `--token`):
/// the memory cache's five attempts logged as errors (16 ms apart), then the error.
pub fn unauthorized_discovery(unix_ms: i64) -> String {
    let why = "the server has asked for the client to provide credentials";
    let mut out = String::new();
    for i in 0..5 {
        out.push_str(&format!("{}\"Unhandled Error\" err=\"couldn't get current server API group list: {}\"\n", severity_header('E', unix_ms + 16 * i, "memcache.go:265"), why));
    }
    out.push_str(&format!("error: You must be logged in to the server ({})\n", why));
    out
}

/// What kubectl logs before its first request.
pub fn preamble(level: u8, unix_ms: i64) -> String {
    let mut out = String::new();
    if level >= 6 {
        out.push_str(&format!("{}Config loaded from file:  /root/.kube/config\n", header(unix_ms, "loader.go:402")));
    }
    if level >= 1 {
        for (gate, on) in [("InOrderInformers", true), ("WatchListClient", false), ("ClientsAllowCBOR", false), ("ClientsPreferCBOR", false), ("InformerResourceVersion", false)] {
            out.push_str(&format!("{}\"Feature gate default state\" feature={:?} enabled={}\n", header(unix_ms, "envvar.go:172"), gate, on));
        }
    }
    out
}

fn truncate(level: u8, body: &str) -> String {
    let max = match level {
        10.. => return body.to_string(),
        9 => 10240,
        _ => 1024,
    };
    if body.len() <= max {
        return body.to_string();
    }
    let mut cut = max;
    while !body.is_char_boundary(cut) {
        cut -= 1;
    }
    format!("{} [truncated {} chars]", &body[..cut], body.len() - cut)
}

/// Logs every request that passes through it.
pub struct Verbose<'a> {
    pub inner: &'a mut dyn Transport,
    pub level: u8,
    pub unix_ms: i64,
    pub log: String,
}

impl Verbose<'_> {
    fn request(&mut self, req: &Request) -> String {
        let url = format!("{}{}", SERVER, req.target());
        if self.level >= 8 {
            let body = req.body.as_deref().unwrap_or("");
            self.log.push_str(&format!("{}\"Request Body\" body={:?}\n", header(self.unix_ms, "helper.go:113"), truncate(self.level, body)));
        }
        if self.level >= 7 {
            let mut headers: Vec<(String, String)> = req.headers.iter().filter(|(k, _)| !k.eq_ignore_ascii_case("user-agent")).cloned().collect();
            if !headers.iter().any(|(k, _)| k.eq_ignore_ascii_case("accept")) {
                headers.push(("Accept".into(), "application/json, */*".into()));
            }
            headers.push(("User-Agent".into(), USER_AGENT.into()));
            crate::api::order::sort_by_key(&mut headers, |(k, _)| k.to_ascii_lowercase());
            let lines: String = headers.iter().map(|(k, v)| format!("\t{}: {}\n", k, v)).collect();
            self.log.push_str(&format!("{}\"Request\" verb={:?} url={:?} headers=<\n{} >\n", header(self.unix_ms, "round_trippers.go:527"), req.method.as_str(), url, lines));
        }
        url
    }

    fn response(&mut self, req: &Request, url: &str, code: u16, content_type: &str, body: &str) {
        let status = format!("{} {}", code, crate::apiserver::http::reason_phrase(code)).trim_end().to_string();
        if self.level >= 8 {
            let ts = k8s_openapi::jiff::Timestamp::from_second(self.unix_ms.div_euclid(1000)).unwrap_or(k8s_openapi::jiff::Timestamp::UNIX_EPOCH);
            let date = crate::api::timefmt::rfc1123z(&ts).replace("+0000", "GMT");
            let headers = format!("\tCache-Control: no-cache, private\n\tContent-Type: {}\n\tDate: {}\n", content_type, date);
            self.log.push_str(&format!("{}\"Response\" status={:?} headers=<\n{} > milliseconds=0\n", header(self.unix_ms, "round_trippers.go:632"), status, headers));
            self.log.push_str(&format!("{}\"Response Body\" body={:?}\n", header(self.unix_ms, "helper.go:113"), truncate(self.level, body)));
        } else if self.level >= 7 {
            self.log.push_str(&format!("{}\"Response\" status={:?} milliseconds=0\n", header(self.unix_ms, "round_trippers.go:632"), status));
        } else if self.level >= 6 {
            self.log.push_str(&format!("{}\"Response\" verb={:?} url={:?} status={:?} milliseconds=0\n", header(self.unix_ms, "round_trippers.go:632"), req.method.as_str(), url, status));
        }
    }
}

impl Transport for Verbose<'_> {
    fn round_trip(&mut self, req: Request) -> Response {
        let url = self.request(&req);
        let resp = self.inner.round_trip(req.clone());
        self.response(&req, &url, resp.code, &resp.content_type, &resp.body);
        resp
    }
    fn open_stream(&mut self, req: Request) -> Result<u64, Response> {
        let url = self.request(&req);
        let r = self.inner.open_stream(req.clone());
        match &r {
            Ok(_) => self.response(&req, &url, 200, "application/json", ""),
            Err(resp) => self.response(&req, &url, resp.code, &resp.content_type, &resp.body),
        }
        r
    }
    fn read_stream(&mut self, id: u64) -> (Vec<String>, bool) {
        self.inner.read_stream(id)
    }
    fn close_stream(&mut self, id: u64) {
        self.inner.close_stream(id)
    }
    fn write_stream(&mut self, id: u64, line: &str) {
        self.inner.write_stream(id, line)
    }
    fn listen(&mut self, stream: u64, address: &str, port: u16, remote: u16) -> Result<u16, String> {
        self.inner.listen(stream, address, port, remote)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_level_is_read_in_every_spelling() {
        let a = |s: &str| s.split(' ').map(str::to_string).collect::<Vec<_>>();
        assert_eq!(level(&a("get pods -v=6")), 6);
        assert_eq!(level(&a("-v 8 get pods")), 8);
        assert_eq!(level(&a("get pods --v=9")), 9);
        assert_eq!(level(&a("get pods")), 0);
        assert_eq!(level(&a("exec p -- sh -v=6")), 0);
    }

    #[test]
    fn bodies_are_truncated_as_client_go_does() {
        let body = "x".repeat(2000);
        assert_eq!(truncate(8, &body), format!("{} [truncated 976 chars]", "x".repeat(1024)));
        assert_eq!(truncate(9, &body), body);
        assert_eq!(header(1_767_603_605_250, "round_trippers.go:632"), "I0105 09:00:05.250000    4242 round_trippers.go:632] ");
    }
}
