//! The `pods/log` subresource: the apiserver resolves the container, finds the pod's node and
//! asks that node's kubelet (`GET https://NODE_IP:10250/containerLogs/NS/POD/CONTAINER?…`), as
//! upstream's `LogLocation` and `LocationStreamer` do. A kubelet's error is the client's
//! `BadRequest`; a node that cannot be reached is the dial error.

use super::errors::{ApiError, FieldError};
use super::http::{Method, Request, Response};
use super::ApiServer;
use crate::api::Kind;

/// How the apiserver reaches kubelets.
pub trait Nodes {
    /// Sends `req` to the kubelet of `node`; `Err` is the connection error.
    fn kubelet(&mut self, node: &str, req: &Request) -> Result<Response, String>;
    /// An HTTP GET from the apiserver's node to a pod's address; None when no pod holds it.
    fn pod_get(&mut self, _ip: &str, _port: u16, _path: &str, _agent: &str) -> Option<crate::kubelet::http::Answer> {
        None
    }
}

/// No kubelet can be reached (an apiserver without nodes).
pub struct NoNodes;

impl Nodes for NoNodes {
    fn kubelet(&mut self, _node: &str, _req: &Request) -> Result<Response, String> {
        Err("connect: connection refused".into())
    }
}

/// The query parameters of `PodLogOptions` the kubelet takes.
const PASSED: &[&str] = &["follow", "previous", "sinceSeconds", "sinceTime", "timestamps", "tailLines", "limitBytes"];

/// An error as the API's `Status` response.
pub fn status(e: ApiError) -> Response {
    Response::json(e.code, e.status_body())
}

/// `/api/v1/namespaces/NS/pods/NAME/log` → (NS, NAME).
fn log_target(req: &Request) -> Option<(String, String)> {
    let segs: Vec<&str> = req.path.trim_end_matches('/').split('/').filter(|s| !s.is_empty()).collect();
    match segs.as_slice() {
        ["api", "v1", "namespaces", ns, "pods", name, "log"] => Some((ns.to_string(), name.to_string())),
        _ => None,
    }
}

/// The container a log or exec request names, or the pod's only one (upstream's
/// `podLogContainer` / `streamLocation`).
fn container_of(spec: &crate::api::core::PodSpec, name: &str, req: &Request) -> Result<String, ApiError> {
    let names: Vec<String> = spec.containers.iter().map(|c| c.name.clone()).collect();
    let inits: Vec<String> = spec.init_containers.iter().flatten().map(|c| c.name.clone()).collect();
    let ephemeral: Vec<String> = spec.ephemeral_containers.iter().flatten().map(|c| c.name.clone()).collect();
    let container = match req.query_value("container").filter(|c| !c.is_empty()) {
        Some(c) => c.to_string(),
        None if names.len() == 1 => names[0].clone(),
        None => {
            let mut msg = format!("a container name must be specified for pod {}, choose one of: [{}]", name, names.join(" "));
            if !inits.is_empty() {
                msg.push_str(&format!(" or one of the init containers: [{}]", inits.join(" ")));
            }
            if !ephemeral.is_empty() {
                msg.push_str(&format!(" or one of the ephemeral containers: [{}]", ephemeral.join(" ")));
            }
            return Err(ApiError::bad_request(msg));
        }
    };
    if !names.iter().chain(&inits).chain(&ephemeral).any(|n| *n == container) {
        return Err(ApiError::bad_request(format!("container {} is not valid for pod {}", container, name)));
    }
    Ok(container)
}

/// `/api/v1/namespaces/NS/pods/NAME/exec` (or `attach`) → (NS, NAME, the subresource).
fn exec_target(req: &Request) -> Option<(String, String, &'static str)> {
    let segs: Vec<&str> = req.path.trim_end_matches('/').split('/').filter(|s| !s.is_empty()).collect();
    match segs.as_slice() {
        ["api", "v1", "namespaces", ns, "pods", name, sub @ ("exec" | "attach" | "portforward")] => {
            Some((ns.to_string(), name.to_string(), match *sub {
                "exec" => "exec",
                "attach" => "attach",
                _ => "portforward",
            }))
        }
        _ => None,
    }
}

impl ApiServer {
    /// `pods/exec`, `pods/attach` and `pods/portforward`: where the stream goes. The node and the kubelet's request
    /// (`/exec/NS/POD/CONTAINER?command=…`, `/attach/NS/POD/CONTAINER`), or the error Status (a
    /// pod not on a node yet has "no host assigned").
    pub fn exec_location(&mut self, req: &Request) -> Option<Result<(String, Request), Response>> {
        let (ns, name, sub) = exec_target(req)?;
        let inner = |api: &mut ApiServer| -> Result<(String, Request), ApiError> {
            api.authenticate_and_authorize(req)?;
            api.readable()?;
            let obj = api.get(Kind::Pod, &ns, &name)?;
            let spec = obj.as_pod().and_then(|p| p.spec.clone()).unwrap_or_default();
            if sub == "portforward" {
                // The kubelet's `/portForward/NS/POD`: the ports travel in each stream's headers.
                let Some(node) = spec.node_name.filter(|n| !n.is_empty()) else {
                    return Err(ApiError::bad_request(format!("pod {} does not have a host assigned", name)));
                };
                return Ok((node, Request::new(Method::Post, format!("/portForward/{}/{}", ns, name))));
            }
            let container = container_of(&spec, &name, req)?;
            let Some(node) = spec.node_name.filter(|n| !n.is_empty()) else {
                return Err(ApiError::bad_request(format!("pod {} does not have a host assigned", name)));
            };
            let mut kreq = Request::new(Method::Post, format!("/{}/{}/{}/{}", sub, ns, name, container));
            for (k, v) in req.query.iter().filter(|(k, _)| matches!(k.as_str(), "command" | "stdin" | "stdout" | "stderr" | "tty")) {
                kreq = kreq.with_query(k, v.clone());
            }
            // What the client streams into the process's stdin.
            kreq.body = req.body.clone();
            Ok((node, kreq))
        };
        Some(inner(self).map_err(status))
    }

    /// Answers one request, with the kubelets reachable for the subresources they serve.
    pub fn handle_with(&mut self, req: &Request, nodes: &mut dyn Nodes) -> Response {
        match log_target(req).filter(|_| req.method == Method::Get) {
            Some((ns, name)) => match self.authenticate_and_authorize(req).and_then(|_| self.pod_log(req, &ns, &name, nodes)) {
                Ok(r) => r,
                Err(e) => status(e),
            },
            None => match self.proxy(req, nodes) {
                Some(r) => r,
                None => self.handle(req),
            },
        }
    }

    /// Where a log request goes: the node, its address and port, and the kubelet's request;
    /// None while the pod is on no node.
    fn log_request(&mut self, req: &Request, ns: &str, name: &str) -> Result<Option<(String, String, i32, Request)>, ApiError> {
        self.readable()?;
        let obj = self.get(Kind::Pod, ns, name)?;
        let pod = obj.as_pod().expect("pod");
        for key in ["tailLines", "limitBytes", "sinceSeconds"] {
            if let Some(v) = req.query_value(key) {
                let n: i64 = v.parse().map_err(|_| ApiError::bad_request(format!("{}: Invalid value: \"{}\": must be an integer", key, v)))?;
                if n < 0 || (key != "tailLines" && n == 0) {
                    let what = if key == "tailLines" { "must be greater than or equal to 0" } else { "must be greater than 0" };
                    return Err(ApiError::invalid(Kind::Pod.info(), name, vec![FieldError::invalid(key, &serde_json::Value::from(n), what)]));
                }
            }
        }
        let spec = pod.spec.clone().unwrap_or_default();
        let container = container_of(&spec, name, req)?;
        let Some(node) = spec.node_name.filter(|n| !n.is_empty()) else { return Ok(None) };
        let node_obj = self.get(Kind::Node, "", &node)?;
        let n = node_obj.as_typed::<crate::api::core::Node>().cloned().unwrap_or_default();
        let status = n.status.unwrap_or_default();
        let ip = status.addresses.iter().flatten().find(|a| a.type_ == "InternalIP").map(|a| a.address.clone()).unwrap_or_default();
        let port = status.daemon_endpoints.and_then(|d| d.kubelet_endpoint).map_or(10250, |e| e.port);
        let mut kreq = Request::new(Method::Get, format!("/containerLogs/{}/{}/{}", ns, name, container));
        for k in PASSED {
            if let Some(v) = req.query_value(k) {
                kreq = kreq.with_query(k, v);
            }
        }
        Ok(Some((node, ip, port, kreq)))
    }

    /// `pods/log?follow=true`: the node and the kubelet's request to stream from, or the error
    /// Status; None for other requests.
    pub fn log_follow_location(&mut self, req: &Request) -> Option<Result<Option<(String, Request)>, Response>> {
        let (ns, name) = log_target(req).filter(|_| req.method == Method::Get && req.query_value("follow") == Some("true"))?;
        let r = self.authenticate_and_authorize(req).and_then(|_| self.log_request(req, &ns, &name));
        Some(r.map(|o| o.map(|(node, _, _, kreq)| (node, kreq))).map_err(status))
    }

    /// The error when the node a stream goes to does not answer (as for a plain log request).
    pub fn dial_error(&mut self, node: &str, kreq: &Request, why: &str) -> Response {
        let n = self.get(Kind::Node, "", node).ok().and_then(|o| o.as_typed::<crate::api::core::Node>().cloned()).unwrap_or_default();
        let status_ = n.status.unwrap_or_default();
        let ip = status_.addresses.iter().flatten().find(|a| a.type_ == "InternalIP").map(|a| a.address.clone()).unwrap_or_default();
        let port = status_.daemon_endpoints.and_then(|d| d.kubelet_endpoint).map_or(10250, |e| e.port);
        status(ApiError { code: 500, reason: "", message: format!("Get \"https://{}:{}{}\": dial tcp {}:{}: {}", ip, port, kreq.target(), ip, port, why), details: None })
    }

    fn pod_log(&mut self, req: &Request, ns: &str, name: &str, nodes: &mut dyn Nodes) -> Result<Response, ApiError> {
        let Some((node, ip, port, kreq)) = self.log_request(req, ns, name)? else {
            // Not on a node yet: nothing to stream.
            return Ok(Response { code: 200, content_type: "text/plain".into(), body: String::new(), warnings: vec![] });
        };
        match nodes.kubelet(&node, &kreq) {
            Ok(r) if r.is_success() => Ok(Response { code: 200, content_type: "text/plain".into(), body: r.body, warnings: vec![] }),
            Ok(r) if r.code == 404 => Err(ApiError { code: 404, reason: "NotFound", message: r.body.trim_end().to_string(), details: None }),
            Ok(r) => Err(ApiError::bad_request(r.body.trim_end().to_string())),
            Err(e) => Err(ApiError {
                code: 500,
                reason: "",
                message: format!("Get \"https://{}:{}{}\": dial tcp {}:{}: {}", ip, port, kreq.target(), ip, port, e),
                details: None,
            }),
        }
    }
}
