//! Service strategy: v1.34 defaults, validation, and the allocators kube-apiserver runs — cluster
//! IPs from the service CIDR (10.96.0.0/12 on kubeadm) and node ports from 30000-32767, each
//! handing out dynamic values at random from the upper band and leaving the lower band for values
//! users ask for (`ServiceIPStaticSubrange`, `ServiceNodePortStaticSubrange`).

use super::validation::{dns1035_label, dns1123_label, name_errors, validate_name};
use crate::api::core::{Service, ServicePort};
use crate::apiserver::errors::FieldError;
use crate::sim::rng::SimRng;
use k8s_openapi::apimachinery::pkg::util::intstr::IntOrString;
use crate::json;
use std::collections::BTreeSet;

pub const SERVICE_CIDR: &str = "10.96.0.0/12";
const CIDR_BASE: u32 = (10 << 24) | (96 << 16);
const CIDR_SIZE: u32 = 1 << 20;
pub const NODE_PORT_MIN: i32 = 30000;
pub const NODE_PORT_MAX: i32 = 32767;

pub fn ip_to_string(ip: u32) -> String {
    format!("{}.{}.{}.{}", ip >> 24, (ip >> 16) & 255, (ip >> 8) & 255, ip & 255)
}

pub fn parse_ip(s: &str) -> Option<u32> {
    let parts: Vec<u8> = s.split('.').map(|p| p.parse().ok()).collect::<Option<_>>()?;
    (parts.len() == 4).then(|| u32::from_be_bytes([parts[0], parts[1], parts[2], parts[3]]))
}

#[derive(Debug, Default)]
/// The taken IPs and ports as `u64`s (only ever looked up, never walked): the page's one
/// integer set rather than a `BTreeSet<u32>` and a `BTreeSet<i32>` of their own.
pub struct ServiceAllocator {
    ips: BTreeSet<u64>,
    ports: BTreeSet<u64>,
}

fn ip_key(ip: u32) -> u64 {
    ip as u64
}

fn port_key(p: i32) -> u64 {
    p as i64 as u64
}

/// What one Service holds, to release on failure or deletion.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Held {
    pub ips: Vec<u32>,
    pub ports: Vec<i32>,
}

impl ServiceAllocator {
    fn random_free(rng: &mut SimRng, lo: u64, hi: u64, taken: impl Fn(u64) -> bool) -> Option<u64> {
        let span = hi - lo;
        let start = rng.below(span);
        (0..span).map(|i| lo + (start + i) % span).find(|v| !taken(*v))
    }

    /// A specific IP, or a random one from the dynamic band. Errors are upstream's texts.
    pub fn allocate_ip(&mut self, rng: &mut SimRng, wanted: Option<&str>) -> Result<u32, String> {
        match wanted {
            Some(w) => {
                let ip = parse_ip(w).ok_or_else(|| format!("failed to allocate IP {}: provided IP ({}) is not a valid IP", w, w))?;
                if ip <= CIDR_BASE || ip >= CIDR_BASE + CIDR_SIZE - 1 {
                    return Err(format!("failed to allocate IP {}: provided IP ({}) is not in the valid range. The range of valid IPs is {}", w, w, SERVICE_CIDR));
                }
                if !self.ips.insert(ip_key(ip)) {
                    return Err(format!("failed to allocate IP {}: provided IP is already allocated", w));
                }
                Ok(ip)
            }
            None => {
                // The static band is min(max(16, size/16), 256) addresses at the bottom.
                let band = 256u64;
                let ips = &self.ips;
                let off = Self::random_free(rng, band, (CIDR_SIZE - 1) as u64, |o| ips.contains(&ip_key(CIDR_BASE + o as u32)))
                    .or_else(|| Self::random_free(rng, 1, band, |o| ips.contains(&ip_key(CIDR_BASE + o as u32))))
                    .ok_or_else(|| "failed to allocate a serviceIP: range is full".to_string())?;
                let ip = CIDR_BASE + off as u32;
                self.ips.insert(ip_key(ip));
                Ok(ip)
            }
        }
    }

    pub fn allocate_port(&mut self, rng: &mut SimRng, wanted: Option<i32>) -> Result<i32, String> {
        match wanted {
            Some(p) => {
                if !(NODE_PORT_MIN..=NODE_PORT_MAX).contains(&p) {
                    return Err(format!("provided port is not in the valid range. The range of valid ports is {}-{}", NODE_PORT_MIN, NODE_PORT_MAX));
                }
                if !self.ports.insert(port_key(p)) {
                    return Err("provided port is already allocated".into());
                }
                Ok(p)
            }
            None => {
                let size = (NODE_PORT_MAX - NODE_PORT_MIN + 1) as u64;
                let band = (size / 32).clamp(16, 128);
                let ports = &self.ports;
                let off = Self::random_free(rng, band, size, |o| ports.contains(&port_key(NODE_PORT_MIN + o as i32)))
                    .or_else(|| Self::random_free(rng, 0, band, |o| ports.contains(&port_key(NODE_PORT_MIN + o as i32))))
                    .ok_or_else(|| "range is full".to_string())?;
                let p = NODE_PORT_MIN + off as i32;
                self.ports.insert(port_key(p));
                Ok(p)
            }
        }
    }

    pub fn release(&mut self, held: &Held) {
        for ip in &held.ips {
            self.ips.remove(&ip_key(*ip));
        }
        for p in &held.ports {
            self.ports.remove(&port_key(*p));
        }
    }

    /// Marks what an existing Service holds (e.g. `10.96.0.1` for `kubernetes`).
    pub fn occupy(&mut self, svc: &Service) {
        let held = held_by(svc);
        for ip in held.ips {
            self.ips.insert(ip_key(ip));
        }
        for p in held.ports {
            self.ports.insert(port_key(p));
        }
    }
}

pub fn held_by(svc: &Service) -> Held {
    let spec = svc.spec.clone().unwrap_or_default();
    Held {
        ips: spec.cluster_ips.iter().flatten().filter_map(|s| parse_ip(s)).collect(),
        ports: spec.ports.iter().flatten().filter_map(|p| p.node_port).filter(|p| *p != 0).collect(),
    }
}

fn type_of(svc: &Service) -> String {
    svc.spec.as_ref().and_then(|s| s.type_.clone()).unwrap_or_else(|| "ClusterIP".into())
}

/// `SetDefaults_Service` and `SetDefaults_ServicePort`.
pub fn default_service(svc: &mut Service) {
    let spec = svc.spec.get_or_insert_with(Default::default);
    let t = spec.type_.get_or_insert_with(|| "ClusterIP".into()).clone();
    spec.session_affinity.get_or_insert_with(|| "None".into());
    if spec.session_affinity.as_deref() == Some("ClientIP") && spec.session_affinity_config.is_none() {
        spec.session_affinity_config = Some(crate::api::core::SessionAffinityConfig {
            client_ip: Some(crate::api::core::ClientIPConfig { timeout_seconds: Some(10800) }),
        });
    }
    for p in spec.ports.iter_mut().flatten() {
        p.protocol.get_or_insert_with(|| "TCP".into());
        let unset = match &p.target_port {
            None => true,
            Some(IntOrString::Int(0)) => true,
            Some(IntOrString::String(s)) => s.is_empty(),
            _ => false,
        };
        if unset {
            p.target_port = Some(IntOrString::Int(p.port));
        }
    }
    if t != "ExternalName" {
        spec.internal_traffic_policy.get_or_insert_with(|| "Cluster".into());
    }
    if t == "NodePort" || t == "LoadBalancer" {
        spec.external_traffic_policy.get_or_insert_with(|| "Cluster".into());
    }
    if t == "LoadBalancer" {
        spec.allocate_load_balancer_node_ports.get_or_insert(true);
    }
}

/// `BeginCreate`: allocate the cluster IP and node ports. Returns what was taken.
pub fn allocate(svc: &mut Service, alloc: &mut ServiceAllocator, rng: &mut SimRng) -> Result<Held, Vec<FieldError>> {
    let t = type_of(svc);
    let spec = svc.spec.get_or_insert_with(Default::default);
    let mut held = Held::default();
    let mut errs = Vec::new();
    // This cluster is single-stack IPv4 (kubeadm's default).
    if spec.ip_family_policy.as_deref() == Some("RequireDualStack") {
        errs.push(FieldError::invalid("spec.ipFamilyPolicy", &serde_json::Value::from("RequireDualStack"), "this cluster is not configured for dual-stack services"));
    }
    for (i, fam) in spec.ip_families.iter().flatten().enumerate() {
        match fam.as_str() {
            "IPv4" => {}
            "IPv6" => errs.push(FieldError::invalid(format!("spec.ipFamilies[{}]", i), &json!(fam), "not configured on this cluster")),
            other => errs.push(FieldError::not_supported(format!("spec.ipFamilies[{}]", i), other, &["IPv4", "IPv6"])),
        }
    }
    if !errs.is_empty() {
        return Err(errs);
    }
    if t != "ExternalName" {
        let wanted = spec.cluster_ips.as_ref().and_then(|v| v.first().cloned()).or(spec.cluster_ip.clone()).filter(|s| !s.is_empty());
        match wanted.as_deref() {
            Some("None") => {
                spec.cluster_ip = Some("None".into());
                spec.cluster_ips = Some(vec!["None".into()]);
            }
            w => match alloc.allocate_ip(rng, w) {
                Ok(ip) => {
                    held.ips.push(ip);
                    spec.cluster_ip = Some(ip_to_string(ip));
                    spec.cluster_ips = Some(vec![ip_to_string(ip)]);
                }
                Err(e) => errs.push(FieldError::invalid("spec.clusterIPs", &serde_json::Value::from(wanted.into_iter().collect::<Vec<_>>()), e)),
            },
        }
        spec.ip_families.get_or_insert_with(|| vec!["IPv4".into()]);
        spec.ip_family_policy.get_or_insert_with(|| "SingleStack".into());
    }
    let needs_ports = t == "NodePort" || (t == "LoadBalancer" && spec.allocate_load_balancer_node_ports != Some(false));
    if needs_ports {
        for (i, p) in spec.ports.iter_mut().flatten().enumerate() {
            let wanted = p.node_port.filter(|n| *n != 0);
            match alloc.allocate_port(rng, wanted) {
                Ok(n) => {
                    held.ports.push(n);
                    p.node_port = Some(n);
                }
                Err(e) => errs.push(FieldError::invalid(format!("spec.ports[{}].nodePort", i), &serde_json::Value::from(wanted.unwrap_or(0)), e)),
            }
        }
    }
    if errs.is_empty() {
        Ok(held)
    } else {
        alloc.release(&held);
        Err(errs)
    }
}

fn validate_port(p: &ServicePort, i: usize, multi: bool, names: &mut BTreeSet<String>) -> Vec<FieldError> {
    let path = format!("spec.ports[{}]", i);
    let mut errs = Vec::new();
    match p.name.as_deref().filter(|n| !n.is_empty()) {
        None if multi => errs.push(FieldError::required(format!("{}.name", path), "")),
        None => {}
        Some(n) => {
            errs.extend(name_errors(&format!("{}.name", path), n, dns1123_label(n)));
            if !names.insert(n.to_string()) {
                errs.push(FieldError::duplicate(format!("{}.name", path), &serde_json::Value::from(n)));
            }
        }
    }
    if !(1..=65535).contains(&p.port) {
        errs.push(FieldError::invalid(format!("{}.port", path), &serde_json::Value::from(p.port), "must be between 1 and 65535, inclusive"));
    }
    if let Some(proto) = p.protocol.as_deref() {
        if !["SCTP", "TCP", "UDP"].contains(&proto) {
            errs.push(FieldError::not_supported(format!("{}.protocol", path), proto, &["SCTP", "TCP", "UDP"]));
        }
    }
    if let Some(IntOrString::Int(tp)) = p.target_port {
        if !(1..=65535).contains(&tp) {
            errs.push(FieldError::invalid(format!("{}.targetPort", path), &serde_json::Value::from(tp), "must be between 1 and 65535, inclusive"));
        }
    }
    errs
}

pub fn validate(svc: &Service) -> Vec<FieldError> {
    let mut errs = validate_name(svc.metadata.name.as_deref(), dns1035_label);
    let Some(spec) = &svc.spec else { return errs };
    let t = type_of(svc);
    let types = ["ClusterIP", "ExternalName", "LoadBalancer", "NodePort"];
    if !types.contains(&t.as_str()) {
        errs.push(FieldError::not_supported("spec.type", &t, &types));
    }
    let headless = spec.cluster_ip.as_deref() == Some("None");
    let ports = spec.ports.clone().unwrap_or_default();
    if ports.is_empty() && t != "ExternalName" && !headless {
        errs.push(FieldError::required("spec.ports", ""));
    }
    if t == "ExternalName" && spec.external_name.as_deref().unwrap_or("").is_empty() {
        errs.push(FieldError::required("spec.externalName", ""));
    }
    let mut names = BTreeSet::new();
    let mut seen = BTreeSet::new();
    for (i, p) in ports.iter().enumerate() {
        errs.extend(validate_port(p, i, ports.len() > 1, &mut names));
        let key = (p.port, p.protocol.clone().unwrap_or_else(|| "TCP".into()));
        if !seen.insert(key.clone()) {
            errs.push(FieldError::duplicate(format!("spec.ports[{}]", i), &json!({"port": key.0, "protocol": key.1})));
        }
        if t == "ClusterIP" && p.node_port.is_some_and(|n| n != 0) {
            errs.push(FieldError::forbidden(format!("spec.ports[{}].nodePort", i), "may not be used when `type` is 'ClusterIP'"));
        }
    }
    errs
}

/// `spec.clusterIPs` may not change once set.
/// `dropTypeDependentFields`: on a type change, what the old type needed and the user left as
/// it was goes (node ports, the load balancer's fields, `externalTrafficPolicy`).
pub fn drop_type_dependent(new: &mut Service, old: &Service) {
    let (nt, ot) = (type_of(new), type_of(old));
    if nt == ot {
        return;
    }
    let os = old.spec.clone().unwrap_or_default();
    let spec = new.spec.get_or_insert_with(Default::default);
    if nt != "NodePort" && nt != "LoadBalancer" {
        let old_ports: Vec<Option<i32>> = os.ports.iter().flatten().map(|p| p.node_port).collect();
        for (i, p) in spec.ports.iter_mut().flatten().enumerate() {
            if p.node_port == old_ports.get(i).copied().flatten() {
                p.node_port = None;
            }
        }
        if spec.external_traffic_policy == os.external_traffic_policy {
            spec.external_traffic_policy = None;
        }
    }
    if nt != "LoadBalancer" {
        if spec.allocate_load_balancer_node_ports == os.allocate_load_balancer_node_ports {
            spec.allocate_load_balancer_node_ports = None;
        }
        if spec.load_balancer_class == os.load_balancer_class {
            spec.load_balancer_class = None;
        }
        if spec.health_check_node_port == os.health_check_node_port {
            spec.health_check_node_port = None;
        }
    }
}

/// `allocateServiceUpdate`: node ports the Service's (new) type needs are allocated. Returns the
/// ports taken (to release if the update fails) and the ports given up (to release once it
/// lands).
pub fn update_node_ports(new: &mut Service, old: &Service, alloc: &mut ServiceAllocator, rng: &mut SimRng) -> Result<(Held, Held), Vec<FieldError>> {
    let nt = type_of(new);
    let old_ports: Vec<Option<i32>> = old.spec.iter().flat_map(|s| s.ports.iter().flatten()).map(|p| p.node_port).collect();
    let spec = new.spec.get_or_insert_with(Default::default);
    // Sorted vectors, not sets of their own type.
    let mut had: Vec<i32> = old_ports.iter().flatten().copied().filter(|p| *p != 0).collect();
    crate::api::order::sort(&mut had);
    had.dedup();
    let needs = nt == "NodePort" || (nt == "LoadBalancer" && spec.allocate_load_balancer_node_ports != Some(false));
    let (mut taken, mut errs) = (Held::default(), Vec::new());
    if needs {
        for (i, p) in spec.ports.iter_mut().flatten().enumerate() {
            let wanted = p.node_port.filter(|n| *n != 0);
            if wanted.is_some_and(|n| had.contains(&n)) {
                continue;
            }
            match alloc.allocate_port(rng, wanted) {
                Ok(n) => {
                    taken.ports.push(n);
                    p.node_port = Some(n);
                }
                Err(e) => errs.push(FieldError::invalid(format!("spec.ports[{}].nodePort", i), &serde_json::Value::from(wanted.unwrap_or(0)), e)),
            }
        }
    }
    if !errs.is_empty() {
        alloc.release(&taken);
        return Err(errs);
    }
    let kept: Vec<i32> = spec.ports.iter().flatten().filter_map(|p| p.node_port).collect();
    let given_up = Held { ips: Vec::new(), ports: had.into_iter().filter(|p| !kept.contains(p)).collect() };
    Ok((taken, given_up))
}

pub fn validate_update(new: &Service, old: &Service) -> Vec<FieldError> {
    let mut errs = validate(new);
    let n = new.spec.as_ref().and_then(|s| s.cluster_ips.clone()).unwrap_or_default();
    let o = old.spec.as_ref().and_then(|s| s.cluster_ips.clone()).unwrap_or_default();
    if !o.is_empty() && !n.is_empty() && n != o {
        errs.push(FieldError::invalid("spec.clusterIPs[0]", &serde_json::Value::from(n), "may not change once set"));
    }
    errs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allocators_follow_upstream_rules() {
        let mut a = ServiceAllocator::default();
        let mut rng = SimRng::new(3);
        assert_eq!(ip_to_string(a.allocate_ip(&mut rng, Some("10.96.0.10")).unwrap()), "10.96.0.10");
        assert_eq!(a.allocate_ip(&mut rng, Some("10.96.0.10")).unwrap_err(), "failed to allocate IP 10.96.0.10: provided IP is already allocated");
        assert!(a.allocate_ip(&mut rng, Some("192.168.0.1")).unwrap_err().contains("is not in the valid range. The range of valid IPs is 10.96.0.0/12"));
        let ip = a.allocate_ip(&mut rng, None).unwrap();
        assert!(ip >= CIDR_BASE + 256 && ip < CIDR_BASE + CIDR_SIZE, "{}", ip_to_string(ip));
        assert_eq!(a.allocate_port(&mut rng, Some(80)).unwrap_err(), "provided port is not in the valid range. The range of valid ports is 30000-32767");
        assert_eq!(a.allocate_port(&mut rng, Some(30080)).unwrap(), 30080);
        assert_eq!(a.allocate_port(&mut rng, Some(30080)).unwrap_err(), "provided port is already allocated");
        let p = a.allocate_port(&mut rng, None).unwrap();
        assert!((30086..=32767).contains(&p), "{}", p);
    }
}
