//! `kubectl port-forward TYPE/NAME [LOCAL_PORT:]REMOTE_PORT…`, as upstream's
//! `PortForwardOptions` and client-go's `PortForwarder` do it: the pod the object names (a
//! Service's ports translated to the pod's), a `pods/portforward` stream through the apiserver
//! to the pod's kubelet, and listeners on the learner's machine (`--address`, localhost by
//! default: 127.0.0.1 and ::1). Each connection to a listener ("Handling connection for N")
//! goes over the stream into the pod; a refused one, or the pod going away, ends the command
//! with "lost connection to pod". It runs until Ctrl-C (or `kill` when started with `&`).

use super::errors::{plain, StatusError};
use super::flags::{flag, Kind as F};
use super::{parse_flags, Invocation, Kubectl, Output, Transport};
use crate::apiserver::http::{Method, Request};
use serde_json::Value;

/// A running port-forward: its stream and its ports (local, remote).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PortForwardFollow {
    pub stream: u64,
    ports: Vec<(u16, u16)>,
}

impl PortForwardFollow {
    /// Prints the connections handled since the last poll; true once the command is over.
    pub fn poll(&mut self, t: &mut dyn Transport, unix_ms: i64, out: &mut Output) -> bool {
        let (frames, closed) = t.read_stream(self.stream);
        for f in frames {
            let (kind, data) = f.split_at(f.len().min(1));
            match kind {
                "c" => out.out(format!("Handling connection for {}\n", data)),
                "e" => {
                    let local: u16 = data.split("error forwarding port ").nth(1).and_then(|r| r.split(' ').next()).and_then(|p| p.parse().ok()).unwrap_or(0);
                    let (l, r) = self.ports.iter().copied().find(|(_, r)| *r == local).unwrap_or((0, local));
                    out.err(format!(
                        "{}\"An error occurred forwarding\" err={:?} localPort={} remotePort={}\n",
                        super::verbose::severity_header('E', unix_ms, "portforward.go:424"),
                        data,
                        l,
                        r
                    ));
                    return self.lost(t, out);
                }
                _ => {}
            }
        }
        if closed {
            return self.lost(t, out);
        }
        false
    }

    fn lost(&self, t: &mut dyn Transport, out: &mut Output) -> bool {
        t.close_stream(self.stream);
        out.fail("error: lost connection to pod\n");
        true
    }
}

const USAGE: &str = "See 'kubectl port-forward -h' for help and examples";


/// `splitPort`: `[LOCAL:]REMOTE` (any other number of colons: the first part for both).
fn split_port(port: &str) -> (&str, &str) {
    let parts: Vec<&str> = port.split(':').collect();
    if parts.len() == 2 {
        (parts[0], parts[1])
    } else {
        (parts[0], parts[0])
    }
}

fn ports_of(obj: &Value, field: &str) -> Vec<Value> {
    obj["spec"][field].as_array().cloned().unwrap_or_default()
}

/// `LookupContainerPortNumberByName`.
fn container_port_by_name(pod: &Value, name: &str) -> Result<i64, String> {
    for c in ports_of(pod, "containers") {
        for p in c["ports"].as_array().into_iter().flatten() {
            if p["name"].as_str() == Some(name) {
                return Ok(p["containerPort"].as_i64().unwrap_or(0));
            }
        }
    }
    Err(format!("Pod '{}' does not have a named port '{}'", pod["metadata"]["name"].as_str().unwrap_or(""), name))
}

/// `LookupServicePortNumberByName`.
fn service_port_by_name(svc: &Value, name: &str) -> Result<i64, String> {
    ports_of(svc, "ports")
        .iter()
        .find(|p| p["name"].as_str() == Some(name))
        .map(|p| p["port"].as_i64().unwrap_or(0))
        .ok_or_else(|| format!("Service '{}' does not have a named port '{}'", svc["metadata"]["name"].as_str().unwrap_or(""), name))
}

/// `LookupContainerPortNumberByServicePort`.
fn container_port_by_service_port(svc: &Value, pod: &Value, port: i64) -> Result<i64, String> {
    if svc["spec"]["clusterIP"] == "None" {
        return Ok(port);
    }
    for p in ports_of(svc, "ports").iter().filter(|p| p["port"].as_i64() == Some(port)) {
        return match &p["targetPort"] {
            Value::String(name) => container_port_by_name(pod, name),
            v => Ok(v.as_i64().filter(|t| *t != 0).unwrap_or(port)),
        };
    }
    Err(format!("Service {} does not have a service port {}", svc["metadata"]["name"].as_str().unwrap_or(""), port))
}

/// `translateServicePortToTargetPort` (a Service) or `convertPodNamedPortToNumber` (a pod or
/// a workload's pod): the ports as the pod has them.
fn translate(ports: &[String], svc: Option<&Value>, pod: &Value) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    for port in ports {
        let (local, remote) = split_port(port);
        let mut local = local.to_string();
        let resolved = match svc {
            Some(svc) => {
                let num = match remote.parse::<i64>() {
                    Ok(n) => n,
                    Err(_) => {
                        let n = service_port_by_name(svc, remote)?;
                        if local == remote {
                            local = n.to_string();
                        }
                        n
                    }
                };
                container_port_by_service_port(svc, pod, num)?.to_string()
            }
            None => {
                if remote.is_empty() {
                    return Err("remote port cannot be empty".into());
                }
                match remote.parse::<i64>() {
                    Ok(_) => remote.to_string(),
                    Err(_) => container_port_by_name(pod, remote)?.to_string(),
                }
            }
        };
        // Upstream compares the local part with the remote as typed (a pod) or as resolved
        // (a Service).
        let same = if svc.is_some() { local == resolved } else { local == remote };
        out.push(if same { resolved } else { format!("{}:{}", local, resolved) });
    }
    Ok(out)
}

/// Go's `strconv.ParseUint(s, 10, 16)` error text.
fn parse_u16(s: &str) -> Result<u16, String> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("strconv.ParseUint: parsing {:?}: invalid syntax", s));
    }
    s.parse::<u16>().map_err(|_| format!("strconv.ParseUint: parsing {:?}: value out of range", s))
}

/// client-go's `parsePorts`.
fn parse_ports(ports: &[String]) -> Result<Vec<(u16, u16)>, String> {
    let mut out = Vec::new();
    for p in ports {
        let parts: Vec<&str> = p.split(':').collect();
        let (local, remote) = match parts.as_slice() {
            [one] => (*one, *one),
            [l, r] => (if l.is_empty() { "0" } else { *l }, *r),
            _ => return Err(format!("invalid port format '{}'", p)),
        };
        let l = parse_u16(local).map_err(|e| format!("error parsing local port '{}': {}", local, e))?;
        let r = parse_u16(remote).map_err(|e| format!("error parsing remote port '{}': {}", remote, e))?;
        if r == 0 {
            return Err("remote port must be > 0".into());
        }
        out.push((l, r));
    }
    Ok(out)
}

/// client-go's `parseAddresses`: `localhost` is 127.0.0.1 and ::1 (both must fail for the
/// port to fail: "all"); an IP fails the port alone ("any"). Sorted, without repeats.
fn parse_addresses(addresses: &[String]) -> Result<Vec<(String, bool)>, String> {
    let mut parsed: Vec<(String, bool)> = Vec::new();
    let mut add = |a: &str, all: bool| {
        if !parsed.iter().any(|(p, _)| p == a) {
            parsed.push((a.to_string(), all));
        }
    };
    for a in addresses {
        if a == "localhost" {
            add("127.0.0.1", true);
            add("::1", true);
        } else if a.parse::<std::net::IpAddr>().is_ok() {
            add(a, false);
        } else {
            return Err(format!("{} is not a valid IP", a));
        }
    }
    crate::api::order::sort_by(&mut parsed, |a, b| a.0.cmp(&b.0));
    Ok(parsed)
}

fn join_host_port(host: &str, port: u16) -> String {
    if host.contains(':') {
        format!("[{}]:{}", host, port)
    } else {
        format!("{}:{}", host, port)
    }
}

pub fn run(kubectl: &mut Kubectl, mut inv: Invocation, out: &mut Output) {
    let flags = [flag("address", None, F::Values), flag("pod-running-timeout", None, F::Value)];
    let Some(p) = parse_flags("port-forward", &inv.args, &flags, out) else { return };
    if p.positionals.len() < 2 {
        return out.fail(format!("error: TYPE/NAME and list of ports are required for port-forward\n{}\n", USAGE));
    }
    let ns = p.value("namespace").map(str::to_string).unwrap_or_else(|| kubectl.namespace.clone());
    let arg = p.positionals[0].clone();
    let ports = &p.positionals[1..];
    // The pod it names, and the Service whose ports to translate.
    let pod = match super::logs::attachable_pod(kubectl, &mut inv, &ns, &arg, "attach to", out) {
        Ok(Some(pod)) => pod,
        Ok(None) => return,
        Err(e) => return out.fail(e),
    };
    let svc = match arg.split_once('/') {
        Some((kind, name)) if kubectl.discovery(inv.transport).resolve(kind).is_some_and(|r| r.kind == "Service") => {
            match super::logs::get(&mut inv, &format!("/api/v1/namespaces/{}/services/{}", ns, name)) {
                Ok(s) => Some(s),
                Err(e) => return out.fail(e),
            }
        }
        _ => None,
    };
    let translated = match translate(ports, svc.as_ref(), &pod) {
        Ok(t) => t,
        Err(e) => return out.fail(plain(&e)),
    };
    let name = pod["metadata"]["name"].as_str().unwrap_or("").to_string();
    // RunPortForward reads the pod again and wants it running.
    let pod = match super::logs::get(&mut inv, &format!("/api/v1/namespaces/{}/pods/{}", ns, name)) {
        Ok(p) => p,
        Err(e) => return out.fail(e),
    };
    let phase = pod["status"]["phase"].as_str().unwrap_or("");
    if phase != "Running" {
        return out.fail(format!("error: unable to forward port because pod is not running. Current status={}\n", phase));
    }
    let addresses: Vec<String> = match p.values("address") {
        v if v.is_empty() => vec!["localhost".to_string()],
        v => v.iter().flat_map(|a| a.split(',')).map(str::to_string).collect(),
    };
    let addresses = match parse_addresses(&addresses) {
        Ok(a) => a,
        Err(e) => return out.fail(plain(&e)),
    };
    let forwards = match parse_ports(&translated) {
        Ok(f) => f,
        Err(e) => return out.fail(plain(&e)),
    };
    let req = Request::new(Method::Post, format!("/api/v1/namespaces/{}/pods/{}/portforward", ns, name));
    let stream = match inv.transport.open_stream(req) {
        Ok(s) => s,
        Err(resp) if resp.content_type == "text/plain" => return out.fail(format!("error: error upgrading connection: {}\n", resp.body.trim_end())),
        Err(resp) => return out.fail(format!("error: error upgrading connection: {}", StatusError::from_body(resp.code, &resp.body).render().trim_start_matches("Error from server"))),
    };
    let mut bound = Vec::new();
    for (local, remote) in &forwards {
        let mut errors = Vec::new();
        let (mut all_ok, mut all_failed, mut any_failed) = (0, 0, 0);
        let mut port = *local;
        for (address, all) in &addresses {
            match inv.transport.listen(stream, address, port, *remote) {
                Ok(p) => {
                    // The first listener's port is the one the others take (port 0 resolved).
                    port = p;
                    out.out(format!("Forwarding from {} -> {}\n", join_host_port(address, p), remote));
                    all_ok += *all as i32;
                }
                Err(e) => {
                    errors.push(format!("unable to create listener: Error {}", e));
                    if *all {
                        all_failed += 1;
                    } else {
                        any_failed += 1;
                    }
                }
            }
        }
        if (all_ok == 0 && all_failed > 0) || any_failed > 0 {
            out.err(format!("Unable to listen on port {}: Listeners failed to create with the following errors: [{}]\n", local, errors.join(" ")));
        } else {
            bound.push((port, *remote));
        }
    }
    if bound.is_empty() {
        inv.transport.close_stream(stream);
        let list: Vec<String> = forwards.iter().map(|(l, r)| format!("{{{} {}}}", l, r)).collect();
        return out.fail(format!("error: unable to listen on any of the requested ports: [{}]\n", list.join(" ")));
    }
    out.wait.push(super::WaitFor::Follow(super::Follow::Kubectl(Box::new(super::Following::PortForward(PortForwardFollow { stream, ports: bound })))));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn ports_parse_as_client_go_parses_them() {
        assert_eq!(parse_ports(&s(&["8080:80", "443", ":5000"])), Ok(vec![(8080, 80), (443, 443), (0, 5000)]));
        assert_eq!(parse_ports(&s(&["x:80"])), Err("error parsing local port 'x': strconv.ParseUint: parsing \"x\": invalid syntax".into()));
        assert_eq!(parse_ports(&s(&["80:70000"])), Err("error parsing remote port '70000': strconv.ParseUint: parsing \"70000\": value out of range".into()));
        assert_eq!(parse_ports(&s(&["80:0"])), Err("remote port must be > 0".into()));
        assert_eq!(parse_addresses(&s(&["localhost", "0.0.0.0"])), Ok(vec![("0.0.0.0".into(), false), ("127.0.0.1".into(), true), ("::1".into(), true)]));
        assert_eq!(parse_addresses(&s(&["nope"])), Err("nope is not a valid IP".into()));
    }

    #[test]
    fn service_ports_translate_to_the_pods() {
        let svc = serde_json::json!({"metadata": {"name": "web"}, "spec": {"clusterIP": "10.96.0.10", "ports": [
            {"name": "http", "port": 80, "targetPort": "web"}, {"name": "alt", "port": 8081, "targetPort": 9090}, {"port": 53, "targetPort": 0}]}});
        let pod = serde_json::json!({"metadata": {"name": "web-1"}, "spec": {"containers": [{"ports": [{"name": "web", "containerPort": 8080}]}]}});
        assert_eq!(translate(&s(&["80", "9000:8081", "http", "53"]), Some(&svc), &pod), Ok(s(&["80:8080", "9000:9090", "80:8080", "53"])));
        assert_eq!(translate(&s(&["81"]), Some(&svc), &pod), Err("Service web does not have a service port 81".into()));
        assert_eq!(translate(&s(&["web", "7000:web", "1:2:3"]), None, &pod), Ok(s(&["8080", "7000:8080", "1"])));
        assert_eq!(translate(&s(&["x"]), None, &pod), Err("Pod 'web-1' does not have a named port 'x'".into()));
    }
}
