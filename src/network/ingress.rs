//! ingress-nginx's configuration, as its controller writes `nginx.conf` from the Ingresses of its
//! class (upstream's `createServers` and `createUpstreams`), and how nginx picks a server and a
//! location for a request. Rules with the same host across Ingresses share one `server`; rules
//! without a host go to the catch-all server `_`. Every server starts with a root location `/`
//! served by its Ingress's `defaultBackend` or the controller's own default backend (404); an
//! Ingress with a `defaultBackend` and no rules takes the catch-all's root. Paths: `Exact` is
//! `location = /p`; `Prefix` matches whole path elements (`/p` and `/p/…`); `ImplementationSpecific`
//! is nginx's plain string prefix. An exact match wins, then the longest prefix.

use crate::api::networking::{Ingress, IngressBackend};

/// The catch-all server's name.
pub const CATCH_ALL: &str = "_";
/// The controller's default backend: its name in the access log, and where it listens.
pub const DEFAULT_UPSTREAM: &str = "upstream-default-backend";
pub const DEFAULT_BACKEND_ADDR: &str = "127.0.0.1:8181";
pub const REWRITE_TARGET: &str = "nginx.ingress.kubernetes.io/rewrite-target";

/// A Service port an Ingress sends to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Backend {
    pub namespace: String,
    pub service: String,
    /// The Service port's number, or its name.
    pub port: Result<i32, String>,
}

impl Backend {
    fn of(ns: &str, b: &IngressBackend) -> Option<Backend> {
        let s = b.service.as_ref()?;
        let p = s.port.as_ref()?;
        let port = match (p.number, &p.name) {
            (Some(n), _) if n != 0 => Ok(n),
            (_, Some(name)) => Err(name.clone()),
            _ => return None,
        };
        Some(Backend { namespace: ns.to_string(), service: s.name.clone(), port })
    }

    /// The upstream's name: `namespace-service-port`.
    pub fn upstream(&self) -> String {
        let port = match &self.port {
            Ok(n) => n.to_string(),
            Err(name) => name.clone(),
        };
        format!("{}-{}-{}", self.namespace, self.service, port)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PathType {
    Exact,
    Prefix,
    ImplementationSpecific,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Location {
    pub path: String,
    pub path_type: PathType,
    /// None: the controller's default backend.
    pub backend: Option<Backend>,
    /// `namespace/name` of the Ingress that defined it.
    pub ingress: String,
    pub rewrite: Option<String>,
    /// A server's initial root location (a rule's `/` takes its place).
    pub default: bool,
}

impl Location {
    fn matches(&self, path: &str) -> Option<bool> {
        let p = &self.path;
        match self.path_type {
            PathType::Exact => (path == p).then_some(true),
            PathType::Prefix if path == p => Some(true),
            PathType::Prefix => {
                let dir = if p.ends_with('/') { p.clone() } else { format!("{}/", p) };
                path.starts_with(&dir).then_some(false)
            }
            PathType::ImplementationSpecific => path.starts_with(p.as_str()).then_some(path == p),
        }
    }

    /// How the trace names it.
    pub fn describe(&self) -> String {
        let t = match self.path_type {
            PathType::Exact => "Exact",
            PathType::Prefix => "Prefix",
            PathType::ImplementationSpecific => "ImplementationSpecific",
        };
        format!("{} {}", t, self.path)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Server {
    pub host: String,
    pub locations: Vec<Location>,
}

/// The controller's whole configuration.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NginxConfig {
    /// Sorted by host (`_` first).
    pub servers: Vec<Server>,
}

/// Where nginx sent a request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Route {
    pub server: String,
    pub location: Location,
    /// The path the upstream is asked for (after `rewrite-target`).
    pub path: String,
}

fn root(backend: Option<Backend>, ingress: String) -> Location {
    Location { path: "/".into(), path_type: PathType::Prefix, backend, ingress, rewrite: None, default: true }
}

impl NginxConfig {
    /// The configuration for these Ingresses (the ones of the controller's class), in creation
    /// order as the controller sorts them.
    pub fn build(ingresses: &[&Ingress]) -> NginxConfig {
        let mut servers: Vec<Server> = vec![Server { host: CATCH_ALL.into(), locations: vec![root(None, String::new())] }];
        let key = |i: &Ingress| format!("{}/{}", i.metadata.namespace.as_deref().unwrap_or(""), i.metadata.name.as_deref().unwrap_or(""));
        for ing in ingresses {
            let ns = ing.metadata.namespace.as_deref().unwrap_or("");
            let Some(spec) = ing.spec.as_ref() else { continue };
            let default = spec.default_backend.as_deref().and_then(|b| Backend::of(ns, b));
            let rules = spec.rules.as_deref().unwrap_or(&[]);
            if default.is_some() && rules.is_empty() && servers[0].locations[0].backend.is_none() {
                servers[0].locations[0] = Location { default: false, ..root(default.clone(), key(ing)) };
            }
            for rule in rules {
                let host = rule.host.clone().filter(|h| !h.is_empty()).unwrap_or_else(|| CATCH_ALL.into());
                if !servers.iter().any(|s| s.host == host) {
                    servers.push(Server { host, locations: vec![root(default.clone(), key(ing))] });
                }
            }
        }
        for ing in ingresses {
            let ns = ing.metadata.namespace.as_deref().unwrap_or("");
            let rewrite = ing.metadata.annotations.as_ref().and_then(|a| a.get(REWRITE_TARGET)).cloned();
            for rule in ing.spec.iter().flat_map(|s| s.rules.iter().flatten()) {
                let host = rule.host.clone().filter(|h| !h.is_empty()).unwrap_or_else(|| CATCH_ALL.into());
                let Some(server) = servers.iter_mut().find(|s| s.host == host) else { continue };
                for p in rule.http.iter().flat_map(|h| h.paths.iter()) {
                    let path = p.path.clone().filter(|p| !p.is_empty()).unwrap_or_else(|| "/".into());
                    let path_type = match p.path_type.as_str() {
                        "Exact" => PathType::Exact,
                        "Prefix" => PathType::Prefix,
                        _ => PathType::ImplementationSpecific,
                    };
                    let loc = Location { path, path_type, backend: Backend::of(ns, &p.backend), ingress: key(ing), rewrite: rewrite.clone(), default: false };
                    // The first Ingress to define a path keeps it; a rule's `/` replaces the root.
                    if loc.path == "/" && server.locations[0].default {
                        server.locations[0] = loc;
                    } else if !server.locations.iter().any(|l| l.path == loc.path && l.path_type == loc.path_type) {
                        server.locations.push(loc);
                    }
                }
            }
        }
        let first = servers.remove(0);
        crate::api::order::sort_by_key(&mut servers, |s| s.host.clone());
        servers.insert(0, first);
        NginxConfig { servers }
    }

    /// The server nginx picks for a `Host` header: an exact name, then the longest wildcard
    /// (`*.example.com`), then the catch-all.
    pub fn server(&self, host: &str) -> &Server {
        let host = host.split(':').next().unwrap_or(host).to_ascii_lowercase();
        let exact = self.servers.iter().find(|s| s.host == host);
        let wild = || {
            self.servers.iter().filter(|s| s.host.strip_prefix('*').is_some_and(|suffix| host.ends_with(suffix) && host.len() > suffix.len())).max_by_key(|s| s.host.len())
        };
        exact.or_else(wild).unwrap_or(&self.servers[0])
    }

    /// The location and upstream path for a request.
    pub fn route(&self, host: &str, path: &str) -> Route {
        let server = self.server(host);
        let bare = path.split('?').next().unwrap_or(path);
        let exact = server.locations.iter().find(|l| l.matches(bare) == Some(true) && l.path_type != PathType::ImplementationSpecific);
        let prefix = || server.locations.iter().filter(|l| l.matches(bare).is_some()).max_by_key(|l| l.path.len());
        let location = exact.or_else(prefix).unwrap_or(&server.locations[0]).clone();
        let path = match &location.rewrite {
            Some(target) => target.clone(),
            None => path.to_string(),
        };
        Route { server: server.host.clone(), location, path }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ingress(name: &str, yaml_spec: serde_json::Value) -> Ingress {
        let v = crate::json!({"metadata": {"name": name, "namespace": "default"}, "spec": yaml_spec});
        k8s_openapi::json::from_str(&v.to_string()).expect("ingress")
    }

    fn backend(svc: &str, port: i32) -> serde_json::Value {
        crate::json!({"service": {"name": svc, "port": {"number": port}}})
    }

    #[test]
    fn hosts_and_paths_route_as_nginx_does() {
        let a = ingress("a", crate::json!({"rules": [
            {"host": "foo.example", "http": {"paths": [
                {"path": "/", "pathType": "Prefix", "backend": backend("web", 80)},
                {"path": "/api", "pathType": "Prefix", "backend": backend("api", 8080)},
                {"path": "/login", "pathType": "Exact", "backend": backend("auth", 80)}]}},
            {"host": "*.shop.example", "http": {"paths": [{"path": "/", "pathType": "Prefix", "backend": backend("shop", 80)}]}}]}));
        let b = ingress("b", crate::json!({"defaultBackend": backend("fallback", 80)}));
        let c = NginxConfig::build(&[&a, &b]);
        let to = |host: &str, path: &str| {
            let r = c.route(host, path);
            (r.server, r.location.backend.map(|b| b.upstream()))
        };
        assert_eq!(to("foo.example", "/"), ("foo.example".into(), Some("default-web-80".into())));
        assert_eq!(to("foo.example:30080", "/api"), ("foo.example".into(), Some("default-api-8080".into())));
        assert_eq!(to("foo.example", "/api/v1?x=1"), ("foo.example".into(), Some("default-api-8080".into())));
        // Prefix matches whole elements: /apis is not under /api.
        assert_eq!(to("foo.example", "/apis"), ("foo.example".into(), Some("default-web-80".into())));
        assert_eq!(to("foo.example", "/login"), ("foo.example".into(), Some("default-auth-80".into())));
        assert_eq!(to("foo.example", "/login/x"), ("foo.example".into(), Some("default-web-80".into())));
        assert_eq!(to("a.shop.example", "/cart"), ("*.shop.example".into(), Some("default-shop-80".into())));
        // Any other host: the catch-all, whose root is the rule-less Ingress's default backend.
        assert_eq!(to("172.30.2.2", "/"), ("_".into(), Some("default-fallback-80".into())));
    }

    #[test]
    fn without_a_default_backend_unmatched_requests_get_the_controllers_404() {
        let a = ingress("a", crate::json!({"rules": [{"host": "foo.example", "http": {"paths": [
            {"path": "/app", "pathType": "Prefix", "backend": backend("web", 80)}]}}]}));
        let c = NginxConfig::build(&[&a]);
        assert_eq!(c.route("bar.example", "/app").location.backend, None);
        assert_eq!(c.route("foo.example", "/other").location.backend, None);
        assert_eq!(c.route("foo.example", "/app/x").location.backend.map(|b| b.upstream()), Some("default-web-80".into()));
    }
}
