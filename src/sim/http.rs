//! The apiserver as clients outside the simulation reach it (`kubeplay serve`: real kubectl,
//! client-go, kube-rs over a socket): the same handler the built-in kubectl's requests take,
//! with the wakeups a write causes scheduled as for any other client. And as pods reach it:
//! `curl https://kubernetes.default.svc/api/v1/…` from a container, through the `kubernetes`
//! Service to a control-plane node's port 6443, over TLS with the cluster's CA, with the pod's
//! service-account token or anonymous, and RBAC deciding.

use super::*;
use crate::apiserver::http::{Method, Request, Response};
use crate::kubelet::http::Answer;
use super::requests::HttpReq;
use crate::kubectl::Transport;

impl Cluster {
    fn outside<T>(&mut self, f: impl FnOnce(&mut ApiTransport) -> T) -> T {
        self.api.set_now(self.now);
        let mut t = ApiTransport { api: &mut self.api, kubelets: &mut self.kubelets, now: self.now, wakes: Vec::new(), host: &mut self.host_ports };
        let out = f(&mut t);
        let wakes = std::mem::take(&mut t.wakes);
        self.schedule_kubelets(wakes);
        self.collect();
        out
    }

    /// One request and its response.
    pub fn http_request(&mut self, req: Request) -> Response {
        self.outside(|t| t.round_trip(req))
    }

    /// Opens a streaming request (a watch, `logs -f`, an exec): its id, or the error response.
    pub fn http_open(&mut self, req: Request) -> Result<u64, Response> {
        self.outside(|t| t.open_stream(req))
    }

    /// What a stream delivered since the last read (one JSON watch event or one log line per
    /// entry), and whether it ended.
    pub fn http_read(&mut self, id: u64) -> (Vec<String>, bool) {
        self.outside(|t| t.read_stream(id))
    }

    /// A line of input on a stream (an exec's stdin).
    pub fn http_write(&mut self, id: u64, line: &str) {
        self.outside(|t| t.write_stream(id, line))
    }

    /// The client went away.
    pub fn http_close(&mut self, id: u64) {
        self.outside(|t| t.close_stream(id))
    }
}

/// Go's `json.Indent(dst, src, "", "  ")`: the same keys in the same order, one per line;
/// empty objects and arrays stay `{}` and `[]`.
pub fn indent_json(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let (mut depth, mut in_str, mut esc) = (0usize, false, false);
    let mut chars = text.chars().peekable();
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        out.push_str(&"  ".repeat(depth));
    };
    while let Some(c) = chars.next() {
        if in_str {
            out.push(c);
            match c {
                _ if esc => esc = false,
                '\\' => esc = true,
                '"' => in_str = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => {
                in_str = true;
                out.push(c);
            }
            '{' | '[' => {
                out.push(c);
                let close = if c == '{' { '}' } else { ']' };
                if chars.peek() == Some(&close) {
                    out.push(close);
                    chars.next();
                } else {
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            c if c.is_whitespace() => {}
            c => out.push(c),
        }
    }
    out
}

impl Cluster {
    /// A pod's HTTP request to the apiserver on control-plane node `j` (`ip:port`, its
    /// secure port): the TLS handshake checks the serving certificate against what the client
    /// trusts (the cluster's CA in the pod's `ca.crt`, or nothing with `curl -k`) and the name
    /// it dialed against the certificate's names, as kubeadm makes it; then the request is
    /// the service account's when it carries its token, else anonymous. curl's user agent gets
    /// the JSON indented, as the apiserver indents it for curl.
    pub(super) fn apiserver_http(&mut self, j: usize, ip: &str, port: u16, req: &HttpReq, client: &str, trace: &mut Vec<String>) -> Answer {
        let node = self.kubelets[j].name().to_string();
        let Some(tls) = &req.tls else {
            trace.push(format!("{}: kube-apiserver ({}:{}) answers 400 to {}: an HTTP request on its HTTPS port", node, ip, port, client));
            return Answer::Http { code: 400, body: "Client sent an HTTP request to an HTTPS server.\n".into() };
        };
        if !tls.insecure {
            let ca = self.api.get(crate::api::Kind::ConfigMap, "kube-system", "kube-root-ca.crt").ok().and_then(|o| o.as_typed::<crate::api::core::ConfigMap>().and_then(|c| c.data.as_ref()?.get("ca.crt").cloned()));
            let host = req.host.rsplit_once(':').map_or(req.host.as_str(), |(h, _)| h);
            let service_ip = self.api.get(crate::api::Kind::Service, "default", "kubernetes").ok().and_then(|o| o.as_typed::<crate::api::core::Service>()?.spec.as_ref()?.cluster_ip.clone());
            let names = [node.as_str(), "kubernetes", "kubernetes.default", "kubernetes.default.svc", "kubernetes.default.svc.cluster.local", ip];
            let why = if ca.is_none() || tls.trusted != ca {
                Some("SSL certificate problem: unable to get local issuer certificate".to_string())
            } else if !names.contains(&host) && service_ip.as_deref() != Some(host) {
                Some(format!("SSL: no alternative certificate subject name matches target host name '{}'", host))
            } else {
                None
            };
            if let Some(why) = why {
                trace.push(format!("{}: kube-apiserver ({}:{}): the client does not trust its certificate; the TLS handshake fails", node, ip, port));
                return Answer::TlsFailed(60, why);
            }
        }
        let (path, query) = req.path.split_once('?').unwrap_or((req.path.as_str(), ""));
        let mut r = Request::new(Method::Get, path);
        r.query = query.split('&').filter(|kv| !kv.is_empty()).map(|kv| kv.split_once('=').map_or((kv.to_string(), String::new()), |(k, v)| (k.to_string(), v.to_string()))).collect();
        r.headers = req.headers.clone();
        r.headers.push(("User-Agent".into(), req.agent.clone()));
        r.user = "system:anonymous".into();
        r.groups = vec!["system:unauthenticated".into()];
        self.api.set_now(self.now);
        let resp = self.api.handle(&r);
        let bearer = r.header("Authorization").and_then(|h| h.strip_prefix("Bearer ")).map(str::trim);
        let who = match bearer.map(|t| self.api.authenticate_token(t)) {
            Some(Some(u)) => u.name,
            Some(None) => "nobody (the token is not valid)".into(),
            None => "system:anonymous (no token)".into(),
        };
        trace.push(format!("{}: kube-apiserver ({}:{}) takes the request as {} and answers {}", node, ip, port, who, resp.code));
        let pretty = resp.content_type.starts_with("application/json") && (req.agent.starts_with("curl") || req.agent.starts_with("Wget"));
        let body = if pretty { indent_json(&resp.body) + "\n" } else { resp.body };
        Answer::Http { code: resp.code, body }
    }
}
