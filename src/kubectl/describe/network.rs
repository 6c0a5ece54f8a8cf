//! Network describers: Service (endpoints read from its EndpointSlices), Endpoints,
//! EndpointSlice, Ingress (each backend with its endpoints), IngressClass and NetworkPolicy.

use super::events::{for_object, section};
use super::format::{format_label_selector, format_labels, int_or_string};
use super::{annotations_multiline, labels_multiline, ns_path, or_none, tabbed, Client, Result, Writer};
use crate::api::core::{Endpoints, Service};
use crate::api::discovery::EndpointSlice;
use crate::api::networking::{Ingress, IngressBackend, IngressClass, NetworkPolicy, NetworkPolicyPeer, NetworkPolicyPort};
use crate::kubectl::builder::Target;

fn slices_for(c: &mut Client, ns: &str, service: &str) -> Result<Vec<EndpointSlice>> {
    c.list_as(&ns_path("/apis/discovery.k8s.io/v1", ns, "endpointslices"), &format!("kubernetes.io/service-name={}", service), "")
}

fn join_host_port(host: &str, port: i32) -> String {
    if host.contains(':') {
        format!("[{}]:{}", host, port)
    } else {
        format!("{}:{}", host, port)
    }
}

/// `formatEndpointSlices`: ready endpoints of the named port, at most three, then `+ N more...`.
pub fn format_endpoint_slices(slices: &[EndpointSlice], port_name: Option<&str>) -> String {
    if slices.is_empty() {
        return "<none>".into();
    }
    const MAX: usize = 3;
    let mut list: Vec<String> = Vec::new();
    let (mut more, mut count) = (false, 0usize);
    for s in slices {
        let ports = s.ports.clone().unwrap_or_default();
        let ready = |e: &crate::api::discovery::Endpoint| e.conditions.as_ref().and_then(|c| c.ready).unwrap_or(true);
        if ports.is_empty() {
            for e in &s.endpoints {
                if list.len() == MAX {
                    more = true;
                }
                if !ready(e) {
                    continue;
                }
                if !more {
                    list.push(e.addresses.first().cloned().unwrap_or_default());
                }
                count += 1;
            }
            continue;
        }
        for p in &ports {
            if port_name.is_some_and(|n| n != p.name.as_deref().unwrap_or("")) {
                continue;
            }
            for e in &s.endpoints {
                if list.len() == MAX {
                    more = true;
                }
                if !ready(e) {
                    continue;
                }
                if !more {
                    list.push(join_host_port(e.addresses.first().map(String::as_str).unwrap_or(""), p.port.unwrap_or(0)));
                }
                count += 1;
            }
        }
    }
    let ret = list.join(",");
    if more {
        format!("{} + {} more...", ret, count.saturating_sub(MAX))
    } else {
        ret
    }
}

/// `describeService`.
pub fn service(c: &mut Client, t: &Target) -> Result<String> {
    let svc: Service = c.get_as(&t.path())?;
    let slices = slices_for(c, &t.namespace, &t.name).unwrap_or_default();
    let events = for_object(c, "Service", &svc.metadata);
    let now = c.now_ms;
    let spec = svc.spec.clone().unwrap_or_default();
    Ok(tabbed(|w| {
        let m = &svc.metadata;
        w.fmt(0, format_args!("Name:\t{}\n", m.name.as_deref().unwrap_or("")));
        w.fmt(0, format_args!("Namespace:\t{}\n", m.namespace.as_deref().unwrap_or("")));
        labels_multiline(w, "Labels", m.labels.as_ref());
        annotations_multiline(w, "Annotations", m.annotations.as_ref());
        w.fmt(0, format_args!("Selector:\t{}\n", format_labels(spec.selector.as_ref())));
        w.fmt(0, format_args!("Type:\t{}\n", spec.type_.clone().unwrap_or_default()));
        if let Some(p) = &spec.ip_family_policy {
            w.fmt(0, format_args!("IP Family Policy:\t{}\n", p));
        }
        let families = spec.ip_families.clone().unwrap_or_default();
        w.fmt(0, format_args!("IP Families:\t{}\n", if families.is_empty() { "<none>".into() } else { families.join(",") }));
        w.fmt(0, format_args!("IP:\t{}\n", spec.cluster_ip.clone().unwrap_or_default()));
        let ips = spec.cluster_ips.clone().unwrap_or_default();
        w.fmt(0, format_args!("IPs:\t{}\n", if ips.is_empty() { "<none>".into() } else { ips.join(",") }));
        if let Some(ext) = spec.external_ips.as_ref().filter(|e| !e.is_empty()) {
            w.fmt(0, format_args!("External IPs:\t{}\n", ext.join(",")));
        }
        if let Some(ip) = spec.load_balancer_ip.as_deref().filter(|s| !s.is_empty()) {
            w.fmt(0, format_args!("Desired LoadBalancer IP:\t{}\n", ip));
        }
        if let Some(n) = spec.external_name.as_deref().filter(|s| !s.is_empty()) {
            w.fmt(0, format_args!("External Name:\t{}\n", n));
        }
        let ingress = svc.status.as_ref().and_then(|s| s.load_balancer.as_ref()).and_then(|l| l.ingress.clone()).unwrap_or_default();
        if !ingress.is_empty() {
            let parts: Vec<String> = ingress
                .iter()
                .map(|i| match i.ip.as_deref().filter(|s| !s.is_empty()) {
                    Some(ip) => match &i.ip_mode {
                        Some(mode) => format!("{} ({})", ip, mode),
                        None => ip.to_string(),
                    },
                    None => i.hostname.clone().unwrap_or_default(),
                })
                .collect();
            w.fmt(0, format_args!("LoadBalancer Ingress:\t{}\n", parts.join(", ")));
        }
        for p in spec.ports.iter().flatten() {
            let name = p.name.clone().filter(|n| !n.is_empty()).unwrap_or_else(|| "<unset>".into());
            let proto = p.protocol.clone().unwrap_or_default();
            w.fmt(0, format_args!("Port:\t{}\t{}/{}\n", name, p.port, proto));
            let target = p.target_port.as_ref().map(int_or_string).unwrap_or_else(|| "0".into());
            w.fmt(0, format_args!("TargetPort:\t{}/{}\n", target, proto));
            if let Some(np) = p.node_port.filter(|n| *n != 0) {
                w.fmt(0, format_args!("NodePort:\t{}\t{}/{}\n", name, np, proto));
            }
            w.fmt(0, format_args!("Endpoints:\t{}\n", format_endpoint_slices(&slices, Some(p.name.as_deref().unwrap_or("")))));
        }
        w.fmt(0, format_args!("Session Affinity:\t{}\n", spec.session_affinity.clone().unwrap_or_default()));
        if let Some(p) = spec.external_traffic_policy.as_deref().filter(|s| !s.is_empty()) {
            w.fmt(0, format_args!("External Traffic Policy:\t{}\n", p));
        }
        if let Some(p) = &spec.internal_traffic_policy {
            w.fmt(0, format_args!("Internal Traffic Policy:\t{}\n", p));
        }
        if let Some(hc) = spec.health_check_node_port.filter(|p| *p != 0) {
            w.fmt(0, format_args!("HealthCheck NodePort:\t{}\n", hc));
        }
        if let Some(r) = spec.load_balancer_source_ranges.as_ref().filter(|r| !r.is_empty()) {
            w.fmt(0, format_args!("LoadBalancer Source Ranges:\t{}\n", r.join(",")));
        }
        if let Some(td) = spec.traffic_distribution.as_deref().filter(|s| !s.is_empty()) {
            w.fmt(0, format_args!("Traffic Distribution:\t{}\n", td));
        }
        section(w, &events, now);
    }))
}

/// `describeEndpoints`.
pub fn endpoints(c: &mut Client, t: &Target) -> Result<String> {
    let ep: Endpoints = c.get_as(&t.path())?;
    let events = for_object(c, "Endpoints", &ep.metadata);
    let now = c.now_ms;
    Ok(tabbed(|w| {
        let m = &ep.metadata;
        w.fmt(0, format_args!("Name:\t{}\n", m.name.as_deref().unwrap_or("")));
        w.fmt(0, format_args!("Namespace:\t{}\n", m.namespace.as_deref().unwrap_or("")));
        labels_multiline(w, "Labels", m.labels.as_ref());
        annotations_multiline(w, "Annotations", m.annotations.as_ref());
        w.write(0, "Subsets:\n");
        for s in ep.subsets.iter().flatten() {
            let ips = |a: &Option<Vec<crate::api::core::EndpointAddress>>| a.iter().flatten().map(|a| a.ip.clone()).collect::<Vec<_>>().join(",");
            w.fmt(1, format_args!("Addresses:\t{}\n", or_none(&ips(&s.addresses))));
            w.fmt(1, format_args!("NotReadyAddresses:\t{}\n", or_none(&ips(&s.not_ready_addresses))));
            if let Some(ports) = s.ports.as_ref().filter(|p| !p.is_empty()) {
                w.write(1, "Ports:\n");
                w.write(2, "Name\tPort\tProtocol\n");
                w.write(2, "----\t----\t--------\n");
                for p in ports {
                    let name = p.name.clone().filter(|n| !n.is_empty()).unwrap_or_else(|| "<unset>".into());
                    w.fmt(2, format_args!("{}\t{}\t{}\n", name, p.port, p.protocol.clone().unwrap_or_default()));
                }
            }
            w.write(0, "\n");
        }
        section(w, &events, now);
    }))
}

/// `describeEndpointSliceV1`.
pub fn endpoint_slice(c: &mut Client, t: &Target) -> Result<String> {
    let eps: EndpointSlice = c.get_as(&t.path())?;
    let events = for_object(c, "EndpointSlice", &eps.metadata);
    let now = c.now_ms;
    Ok(tabbed(|w| {
        let m = &eps.metadata;
        w.fmt(0, format_args!("Name:\t{}\n", m.name.as_deref().unwrap_or("")));
        w.fmt(0, format_args!("Namespace:\t{}\n", m.namespace.as_deref().unwrap_or("")));
        labels_multiline(w, "Labels", m.labels.as_ref());
        annotations_multiline(w, "Annotations", m.annotations.as_ref());
        w.fmt(0, format_args!("AddressType:\t{}\n", eps.address_type));
        let ports = eps.ports.clone().unwrap_or_default();
        if ports.is_empty() {
            w.write(0, "Ports: <unset>\n");
        } else {
            w.write(0, "Ports:\n");
            w.write(1, "Name\tPort\tProtocol\n");
            w.write(1, "----\t----\t--------\n");
            for p in &ports {
                let name = p.name.clone().filter(|n| !n.is_empty()).unwrap_or_else(|| "<unset>".into());
                let num = p.port.map(|n| n.to_string()).unwrap_or_else(|| "<unset>".into());
                w.fmt(1, format_args!("{}\t{}\t{}\n", name, num, p.protocol.clone().unwrap_or_default()));
            }
        }
        if eps.endpoints.is_empty() {
            w.write(0, "Endpoints: <none>\n");
        } else {
            w.write(0, "Endpoints:\n");
            for e in &eps.endpoints {
                w.fmt(1, format_args!("- Addresses:\t{}\n", or_none(&e.addresses.join(", "))));
                w.write(2, "Conditions:\n");
                let ready = e.conditions.as_ref().and_then(|c| c.ready).map(|b| b.to_string()).unwrap_or_else(|| "<unset>".into());
                w.fmt(3, format_args!("Ready:\t{}\n", ready));
                w.fmt(2, format_args!("Hostname:\t{}\n", e.hostname.clone().unwrap_or_else(|| "<unset>".into())));
                if let Some(r) = &e.target_ref {
                    w.fmt(2, format_args!("TargetRef:\t{}/{}\n", r.kind.as_deref().unwrap_or(""), r.name.as_deref().unwrap_or("")));
                }
                w.fmt(2, format_args!("NodeName:\t{}\n", e.node_name.clone().unwrap_or_else(|| "<unset>".into())));
                w.fmt(2, format_args!("Zone:\t{}\n", e.zone.clone().unwrap_or_else(|| "<unset>".into())));
            }
        }
        section(w, &events, now);
    }))
}

/// `describeBackendV1`: `svc:port (endpoints)`, or the resource backend.
fn describe_backend(c: &mut Client, ns: &str, b: &IngressBackend) -> String {
    if let Some(s) = &b.service {
        let port = s.port.as_ref();
        let number = port.and_then(|p| p.number).unwrap_or(0);
        let pname = port.and_then(|p| p.name.clone()).unwrap_or_default();
        let sb = format!("{}:{}", s.name, if number != 0 { number.to_string() } else { pname.clone() });
        let slices = match slices_for(c, ns, &s.name) {
            Ok(sl) => sl,
            Err(e) => return format!("{} (<error: {}>)", sb, e.message()),
        };
        let svc: Service = match c.get_as(&format!("/api/v1/namespaces/{}/services/{}", ns, s.name)) {
            Ok(svc) => svc,
            Err(e) => return format!("{} (<error: {}>)", sb, e.message()),
        };
        let mut sp_name = String::new();
        for sp in svc.spec.iter().flat_map(|s| s.ports.iter().flatten()) {
            let name = sp.name.clone().unwrap_or_default();
            if (number != 0 && number == sp.port) || (!pname.is_empty() && pname == name) {
                sp_name = name;
            }
        }
        return format!("{} ({})", sb, format_endpoint_slices(&slices, Some(&sp_name)));
    }
    if let Some(r) = &b.resource {
        return format!("APIGroup: {}, Kind: {}, Name: {}", r.api_group.clone().unwrap_or_else(|| "<none>".into()), r.kind, r.name);
    }
    String::new()
}

/// `describeIngressV1`.
pub fn ingress(c: &mut Client, t: &Target) -> Result<String> {
    let ing: Ingress = c.get_as(&t.path())?;
    let events = for_object(c, "Ingress", &ing.metadata);
    let now = c.now_ms;
    let spec = ing.spec.clone().unwrap_or_default();
    let ns = ing.metadata.namespace.clone().unwrap_or_default();
    let default_backend = match &spec.default_backend {
        Some(b) => describe_backend(c, &ns, b),
        None => "<default>".into(),
    };
    let mut rules: Vec<(String, Vec<(String, String)>)> = Vec::new();
    for r in spec.rules.iter().flatten() {
        let Some(http) = &r.http else { continue };
        let host = r.host.clone().filter(|h| !h.is_empty()).unwrap_or_else(|| "*".into());
        let paths = http.paths.iter().map(|p| (p.path.clone().unwrap_or_default(), describe_backend(c, &ns, &p.backend))).collect();
        rules.push((host, paths));
    }
    let mut addresses: Vec<String> = ing
        .status
        .iter()
        .flat_map(|s| s.load_balancer.iter())
        .flat_map(|lb| lb.ingress.iter().flatten())
        .filter_map(|i| i.ip.clone().filter(|s| !s.is_empty()).or_else(|| i.hostname.clone().filter(|s| !s.is_empty())))
        .collect();
    crate::api::order::sort(&mut addresses);
    addresses.dedup();
    Ok(tabbed(|w| {
        let m = &ing.metadata;
        w.fmt(0, format_args!("Name:\t{}\n", m.name.as_deref().unwrap_or("")));
        labels_multiline(w, "Labels", m.labels.as_ref());
        w.fmt(0, format_args!("Namespace:\t{}\n", ns));
        w.fmt(0, format_args!("Address:\t{}\n", addresses.join(",")));
        w.fmt(0, format_args!("Ingress Class:\t{}\n", spec.ingress_class_name.clone().unwrap_or_else(|| "<none>".into())));
        w.fmt(0, format_args!("Default backend:\t{}\n", default_backend));
        if let Some(tls) = spec.tls.as_ref().filter(|t| !t.is_empty()) {
            w.write(0, "TLS:\n");
            for t in tls {
                let hosts = t.hosts.clone().unwrap_or_default().join(",");
                match t.secret_name.as_deref().filter(|s| !s.is_empty()) {
                    None => w.fmt(1, format_args!("SNI routes {}\n", hosts)),
                    Some(s) => w.fmt(1, format_args!("{} terminates {}\n", s, hosts)),
                }
            }
        }
        w.write(0, "Rules:\n  Host\tPath\tBackends\n");
        w.write(1, "----\t----\t--------\n");
        for (host, paths) in &rules {
            w.fmt(1, format_args!("{}\t\n", host));
            for (path, backend) in paths {
                w.fmt(2, format_args!("\t{} \t{}\n", path, backend));
            }
        }
        if rules.is_empty() {
            w.fmt(1, format_args!("*\t*\t{}\n", default_backend));
        }
        annotations_multiline(w, "Annotations", m.annotations.as_ref());
        section(w, &events, now);
    }))
}

/// `describeIngressClassV1`.
pub fn ingress_class(c: &mut Client, t: &Target) -> Result<String> {
    let ic: IngressClass = c.get_as(&t.path())?;
    let events = for_object(c, "IngressClass", &ic.metadata);
    let now = c.now_ms;
    Ok(tabbed(|w| {
        let m = &ic.metadata;
        let spec = ic.spec.clone().unwrap_or_default();
        w.fmt(0, format_args!("Name:\t{}\n", m.name.as_deref().unwrap_or("")));
        labels_multiline(w, "Labels", m.labels.as_ref());
        annotations_multiline(w, "Annotations", m.annotations.as_ref());
        w.fmt(0, format_args!("Controller:\t{}\n", spec.controller.clone().unwrap_or_default()));
        if let Some(p) = &spec.parameters {
            w.write(0, "Parameters:\n");
            if let Some(g) = &p.api_group {
                w.fmt(1, format_args!("APIGroup:\t{}\n", g));
            }
            w.fmt(1, format_args!("Kind:\t{}\n", p.kind));
            w.fmt(1, format_args!("Name:\t{}\n", p.name));
        }
        section(w, &events, now);
    }))
}

fn policy_ports(w: &mut Writer, ports: &[NetworkPolicyPort], indent: &str) {
    if ports.is_empty() {
        w.fmt(0, format_args!("{}To Port: <any> (traffic allowed to all ports)\n", indent));
        return;
    }
    for p in ports {
        let proto = p.protocol.clone().unwrap_or_else(|| "TCP".into());
        let port = p.port.as_ref().map(int_or_string).unwrap_or_else(|| "<nil>".into());
        match p.end_port {
            None => w.fmt(0, format_args!("{}To Port: {}/{}\n", indent, port, proto)),
            Some(end) => w.fmt(0, format_args!("{}To Port Range: {}-{}/{}\n", indent, port, end, proto)),
        }
    }
}

fn policy_peers(w: &mut Writer, peers: &[NetworkPolicyPeer], indent: &str, title: &str, any: &str) {
    if peers.is_empty() {
        w.fmt(0, format_args!("{}{}: {}\n", indent, title, any));
        return;
    }
    for p in peers {
        w.fmt(0, format_args!("{}{}:\n", indent, title));
        match (&p.pod_selector, &p.namespace_selector, &p.ip_block) {
            (Some(pod), Some(ns), _) => {
                w.fmt(1, format_args!("{}NamespaceSelector: {}\n", indent, format_label_selector(Some(ns))));
                w.fmt(1, format_args!("{}PodSelector: {}\n", indent, format_label_selector(Some(pod))));
            }
            (Some(pod), None, _) => w.fmt(1, format_args!("{}PodSelector: {}\n", indent, format_label_selector(Some(pod)))),
            (None, Some(ns), _) => w.fmt(1, format_args!("{}NamespaceSelector: {}\n", indent, format_label_selector(Some(ns)))),
            (None, None, Some(b)) => {
                w.fmt(1, format_args!("{}IPBlock:\n", indent));
                w.fmt(2, format_args!("{}CIDR: {}\n", indent, b.cidr));
                w.fmt(2, format_args!("{}Except: {}\n", indent, b.except.clone().unwrap_or_default().join(", ")));
            }
            _ => {}
        }
    }
}

/// `describeNetworkPolicy`.
pub fn network_policy(c: &mut Client, t: &Target) -> Result<String> {
    let np: NetworkPolicy = c.get_as(&t.path())?;
    Ok(tabbed(|w| {
        let m = &np.metadata;
        let spec = np.spec.clone().unwrap_or_default();
        w.fmt(0, format_args!("Name:\t{}\n", m.name.as_deref().unwrap_or("")));
        w.fmt(0, format_args!("Namespace:\t{}\n", m.namespace.as_deref().unwrap_or("")));
        let created = m.creation_timestamp.as_ref().map(|t| crate::api::timefmt::go_utc(&t.0)).unwrap_or_else(|| "0001-01-01 00:00:00 +0000 UTC".into());
        w.fmt(0, format_args!("Created on:\t{}\n", created));
        labels_multiline(w, "Labels", m.labels.as_ref());
        annotations_multiline(w, "Annotations", m.annotations.as_ref());
        w.write(0, "Spec:\n");
        w.write(1, "PodSelector: ");
        let sel = spec.pod_selector.clone().unwrap_or_default();
        if sel.match_labels.as_ref().is_none_or(|m| m.is_empty()) && sel.match_expressions.as_ref().is_none_or(|e| e.is_empty()) {
            w.write(2, "<none> (Allowing the specific traffic to all pods in this namespace)\n");
        } else {
            w.fmt(2, format_args!("{}\n", format_label_selector(Some(&sel))));
        }
        let types = spec.policy_types.clone().unwrap_or_default();
        let indent = "    ";
        if types.iter().any(|t| t == "Ingress") {
            w.write(1, "Allowing ingress traffic:\n");
            let rules = spec.ingress.clone().unwrap_or_default();
            if rules.is_empty() {
                w.fmt(0, format_args!("{}<none> (Selected pods are isolated for ingress connectivity)\n", indent));
            }
            for (i, r) in rules.iter().enumerate() {
                policy_ports(w, r.ports.as_deref().unwrap_or(&[]), indent);
                policy_peers(w, r.from.as_deref().unwrap_or(&[]), indent, "From", "<any> (traffic not restricted by source)");
                if i + 1 != rules.len() {
                    w.fmt(0, format_args!("{}----------\n", indent));
                }
            }
        } else {
            w.write(1, "Not affecting ingress traffic\n");
        }
        if types.iter().any(|t| t == "Egress") {
            w.write(1, "Allowing egress traffic:\n");
            let rules = spec.egress.clone().unwrap_or_default();
            if rules.is_empty() {
                w.fmt(0, format_args!("{}<none> (Selected pods are isolated for egress connectivity)\n", indent));
            }
            for (i, r) in rules.iter().enumerate() {
                policy_ports(w, r.ports.as_deref().unwrap_or(&[]), indent);
                policy_peers(w, r.to.as_deref().unwrap_or(&[]), indent, "To", "<any> (traffic not restricted by destination)");
                if i + 1 != rules.len() {
                    w.fmt(0, format_args!("{}----------\n", indent));
                }
            }
        } else {
            w.write(1, "Not affecting egress traffic\n");
        }
        w.fmt(1, format_args!("Policy Types: {}\n", or_none(&types.join(", "))));
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slice(ports: &str, endpoints: &str) -> EndpointSlice {
        serde_json::from_str(&format!(r#"{{"metadata":{{"name":"s"}},"addressType":"IPv4","ports":{},"endpoints":{}}}"#, ports, endpoints)).unwrap()
    }

    #[test]
    fn endpoints_cap_at_three_and_skip_unready() {
        let eps = r#"[{"addresses":["10.0.0.1"]},{"addresses":["10.0.0.2"],"conditions":{"ready":false}},{"addresses":["10.0.0.3"],"conditions":{"ready":true}},
                      {"addresses":["10.0.0.4"]},{"addresses":["10.0.0.5"]},{"addresses":["10.0.0.6"],"conditions":{"ready":false}}]"#;
        let s = slice(r#"[{"name":"http","port":8080,"protocol":"TCP"}]"#, eps);
        assert_eq!(format_endpoint_slices(std::slice::from_ref(&s), Some("http")), "10.0.0.1:8080,10.0.0.3:8080,10.0.0.4:8080 + 1 more...");
        assert_eq!(format_endpoint_slices(std::slice::from_ref(&s), Some("other")), "");
        assert_eq!(format_endpoint_slices(&[], Some("http")), "<none>");
        let headless = slice("[]", r#"[{"addresses":["10.0.0.9"]}]"#);
        assert_eq!(format_endpoint_slices(&[headless], Some("")), "10.0.0.9");
    }
}
