//! The `proxy` subresources: `services/NAME[:PORT]/proxy/PATH` picks a ready endpoint of the
//! Service's port, `pods/NAME[:PORT]/proxy/PATH` takes the pod's IP, and the apiserver sends the
//! GET there itself (from its node, to the pod's address, as upstream's `ResourceLocation` and
//! `UpgradeAwareHandler` do); `nodes/NAME/proxy/PATH` reaches the node's kubelet. The answer
//! comes back as the server gave it.

use super::errors::ApiError;
use super::http::{Method, Request, Response};
use super::podlog::{status, Nodes};
use super::ApiServer;
use crate::api::Kind;
use crate::kubelet::http::Answer;

/// What a proxy request names.
enum Target {
    Service { ns: String, name: String, port: String },
    Pod { ns: String, name: String, port: String },
    Node { name: String },
}

/// The target, the request as authorization sees it (up to `/proxy`), and the path to send.
fn target(req: &Request) -> Option<(Target, String, String)> {
    let path = req.path.as_str();
    let segs: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let (t, head) = match segs.as_slice() {
        ["api", "v1", "namespaces", ns, kind @ ("services" | "pods"), spec, "proxy", ..] => {
            let (scheme_name, port) = match spec.rsplit_once(':') {
                Some((n, p)) => (n, p.to_string()),
                None => (*spec, String::new()),
            };
            // `https:web:443`: the scheme leads; kubeplay's servers speak plain HTTP.
            let name = scheme_name.rsplit(':').next().unwrap_or(scheme_name).to_string();
            let (ns, port) = (ns.to_string(), port);
            let t = if *kind == "services" { Target::Service { ns, name, port } } else { Target::Pod { ns, name, port } };
            (t, 7)
        }
        ["api", "v1", "nodes", name, "proxy", ..] => (Target::Node { name: name.split(':').next().unwrap_or(name).to_string() }, 5),
        _ => return None,
    };
    let auth = format!("/{}", segs[..head].join("/"));
    let rest = segs[head..].join("/");
    let trailing = if path.ends_with('/') && !rest.is_empty() { "/" } else { "" };
    let mut send = format!("/{}{}", rest, trailing);
    let query: Vec<String> = req.query.iter().map(|(k, v)| if v.is_empty() { k.clone() } else { format!("{}={}", k, v) }).collect();
    if !query.is_empty() {
        send.push('?');
        send.push_str(&query.join("&"));
    }
    Some((t, auth, send))
}

fn unavailable(message: String) -> ApiError {
    ApiError { code: 503, reason: "ServiceUnavailable", message, details: None }
}

impl ApiServer {
    /// Answers a proxy request; None for any other request.
    pub fn proxy(&mut self, req: &Request, nodes: &mut dyn Nodes) -> Option<Response> {
        let (t, auth_path, path) = target(req)?;
        let mut auth = req.clone();
        auth.path = auth_path;
        if let Err(e) = self.authenticate_and_authorize(&auth) {
            return Some(status(e));
        }
        if req.method != Method::Get {
            return Some(status(ApiError { code: 405, reason: "MethodNotAllowed", message: format!("kubeplay's apiserver proxies GET requests, not {}", req.method.as_str()), details: None }));
        }
        Some(match self.proxy_location(&t) {
            // The client's User-Agent goes through (kubeplay's own kubectl sends none).
            Ok(Location::Pod(ip, port)) => match nodes.pod_get(&ip, port, &path, req.header("User-Agent").unwrap_or(crate::kubectl::verbose::USER_AGENT)) {
                Some(Answer::Http { code, body }) => {
                    let content_type = if body.trim_start().starts_with('<') { "text/html" } else { "text/plain; charset=utf-8" };
                    Response { code, content_type: content_type.into(), body, warnings: Vec::new() }
                }
                Some(Answer::Refused) | None => status(unavailable(format!("error trying to reach service: dial tcp {}:{}: connect: connection refused", ip, port))),
                Some(_) => status(unavailable(format!("error trying to reach service: read tcp {}:{}: connection reset by peer", ip, port))),
            },
            Ok(Location::Kubelet(node)) => {
                let kreq = Request::new(Method::Get, path.split('?').next().unwrap_or("/"));
                match nodes.kubelet(&node, &kreq) {
                    Ok(r) => r,
                    Err(why) => status(unavailable(format!("error trying to reach service: dial tcp: {}", why))),
                }
            }
            Err(e) => status(e),
        })
    }

    fn proxy_location(&mut self, t: &Target) -> Result<Location, ApiError> {
        self.readable()?;
        match t {
            Target::Pod { ns, name, port } => {
                let obj = self.get(Kind::Pod, ns, name)?;
                let pod = obj.as_pod().expect("a pod");
                let ip = pod.status.as_ref().and_then(|s| s.pod_ip.clone()).filter(|ip| !ip.is_empty());
                let Some(ip) = ip else { return Err(ApiError::bad_request(format!("pod {} does not have an IP address", name))) };
                let port = match port.parse::<u16>() {
                    Ok(p) => p,
                    Err(_) if port.is_empty() => 80,
                    Err(_) => {
                        // A named container port.
                        let named = pod.spec.iter().flat_map(|s| &s.containers).flat_map(|c| c.ports.iter().flatten()).find(|p| p.name.as_deref() == Some(port.as_str()));
                        named.map(|p| p.container_port as u16).ok_or_else(|| ApiError::bad_request(format!("no port named {:?} in pod {}", port, name)))?
                    }
                };
                Ok(Location::Pod(ip, port))
            }
            Target::Service { ns, name, port } => {
                let obj = self.get(Kind::Service, ns, name)?;
                let svc = obj.as_typed::<crate::api::core::Service>().expect("a service");
                let ports = svc.spec.as_ref().and_then(|s| s.ports.clone()).unwrap_or_default();
                // A port number names the service port it is; endpoints carry port names.
                let port_name = match port.parse::<i32>() {
                    Ok(n) => ports.iter().find(|p| p.port == n).map(|p| p.name.clone().unwrap_or_default()).ok_or_else(|| unavailable(format!("no service port {} found for service {:?}", n, name)))?,
                    Err(_) => port.clone(),
                };
                let eps = self.get(Kind::Endpoints, ns, name).ok();
                let eps = eps.as_ref().and_then(|o| o.as_typed::<crate::api::core::Endpoints>());
                for subset in eps.iter().flat_map(|e| e.subsets.iter().flatten()) {
                    let Some(p) = subset.ports.iter().flatten().find(|p| p.name.clone().unwrap_or_default() == port_name) else { continue };
                    let addrs: Vec<_> = subset.addresses.iter().flatten().collect();
                    if addrs.is_empty() {
                        continue;
                    }
                    let pick = (self.rng.next_u64() % addrs.len() as u64) as usize;
                    return Ok(Location::Pod(addrs[pick].ip.clone(), p.port as u16));
                }
                Err(unavailable(format!("no endpoints available for service {:?}", name)))
            }
            Target::Node { name } => {
                self.get(Kind::Node, "", name)?;
                Ok(Location::Kubelet(name.clone()))
            }
        }
    }
}

enum Location {
    Pod(String, u16),
    Kubelet(String),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proxy_paths_name_their_target_and_what_to_send() {
        let req = Request::new(Method::Get, "/api/v1/namespaces/default/services/web:http/proxy/index.html").with_query("a", "1");
        let (t, auth, send) = target(&req).expect("a proxy request");
        assert!(matches!(t, Target::Service { ref name, ref port, .. } if name == "web" && port == "http"));
        assert_eq!((auth.as_str(), send.as_str()), ("/api/v1/namespaces/default/services/web:http/proxy", "/index.html?a=1"));
        let (t, _, send) = target(&Request::new(Method::Get, "/api/v1/namespaces/default/pods/p/proxy/")).expect("a pod");
        assert!(matches!(t, Target::Pod { ref port, .. } if port.is_empty()));
        assert_eq!(send, "/");
        let (t, _, send) = target(&Request::new(Method::Get, "/api/v1/namespaces/default/services/https:web:443/proxy")).expect("https");
        assert!(matches!(t, Target::Service { ref name, ref port, .. } if name == "web" && port == "443"));
        assert_eq!(send, "/");
        assert!(matches!(target(&Request::new(Method::Get, "/api/v1/nodes/node01/proxy/healthz")), Some((Target::Node { .. }, _, _))));
        assert!(target(&Request::new(Method::Get, "/api/v1/namespaces/default/pods/p/log")).is_none());
    }
}
