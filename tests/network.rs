//! Requests through the simulated network: where they land is decided by kube-proxy's rules as
//! each node's kernel walks them.

use super::support::{cluster, run};
use kubeplay::kubelet::http::Answer;
use kubeplay::sim::cluster::requests::Outcome;
use std::collections::BTreeMap;

/// A booted cluster with 3 nginx replicas behind a NodePort (optionally with ClientIP affinity).
fn web(seed: u64, affinity: bool) -> kubeplay::sim::Cluster {
    let mut c = cluster(seed);
    run(&mut c, "kubectl create deployment web --image=nginx --replicas=3");
    let extra = if affinity { " --session-affinity=ClientIP" } else { "" };
    run(&mut c, &format!("kubectl expose deployment web --port=80 --type=NodePort{}", extra));
    run(&mut c, "kubeplay wait 40s");
    c
}

/// Which pod IP answered each of `n` requests to node01's NodePort.
fn landings(c: &mut kubeplay::sim::Cluster, n: usize) -> BTreeMap<String, usize> {
    let port: u16 = run(c, "kubectl get svc web -o jsonpath={.spec.ports[0].nodePort}").trim().parse().expect("a node port");
    let mut got = BTreeMap::new();
    for _ in 0..n {
        let (outcome, trace) = c.http_from_outside("node01", port, "/");
        assert!(matches!(outcome, Outcome::Resolved(Answer::Http { code: 200, .. })), "{:?}\n{}", outcome, trace.join("\n"));
        let dnat = trace.iter().find_map(|l| l.split_once("→ ").filter(|_| l.contains(": DNAT ")).map(|(_, to)| to.to_string())).expect("a DNAT hop");
        *got.entry(dnat).or_insert(0) += 1;
    }
    got
}

#[test]
fn node_port_requests_spread_over_the_replicas_within_bounds() {
    // Seed 11, 3,000 requests: each replica expects 1,000; ±10% is more than 5 standard deviations.
    let mut c = web(11, false);
    let got = landings(&mut c, 3000);
    assert_eq!(got.len(), 3, "{:?}", got);
    for (ep, n) in &got {
        assert!((900..=1100).contains(n), "{} got {} of 3000 (seed 11): {:?}", ep, n, got);
    }
    // Each endpoint is a pod IP that `get pods -o wide` shows, and nginx logged the requests.
    let pods = run(&mut c, "kubectl get pods -o wide");
    for ep in got.keys() {
        let ip = ep.trim_end_matches(":80");
        assert!(pods.contains(ip), "{} not in\n{}", ip, pods);
    }
    assert!(run(&mut c, "kubectl logs -l app=web --tail=1").contains("\"GET / HTTP/1.1\" 200 615 \"-\" \"curl/8.5.0\""));
}

#[test]
fn client_ip_affinity_keeps_the_learner_on_one_pod() {
    let mut c = web(11, true);
    let got = landings(&mut c, 50);
    assert_eq!(got.len(), 1, "{:?} (seed 11)", got);
}

#[test]
fn deleting_a_pod_changes_every_nodes_rules_at_the_next_sync() {
    let mut c = web(11, false);
    let save = |c: &kubeplay::sim::Cluster, n: &str| {
        let mut text = String::new();
        c.iptables(n).expect("node").nat.save(&mut text);
        text
    };
    let wide = run(&mut c, "kubectl get pods -l app=web -o wide --no-headers");
    let (name, ip) = wide.lines().next().map(|l| {
        let f: Vec<&str> = l.split_whitespace().collect();
        (f[0].to_string(), f[5].to_string())
    }).expect("a pod");
    let dnat = format!("--to-destination {}:80", ip);
    for n in ["controlplane", "node01", "node02"] {
        assert!(save(&c, n).contains(&dnat), "{} before: {}", n, save(&c, n));
    }
    run(&mut c, &format!("kubectl delete pod {} --wait=false", name));
    run(&mut c, "kubeplay wait 2s");
    for n in ["controlplane", "node01", "node02"] {
        assert!(!save(&c, n).contains(&dnat), "{} still sends to {} after the next sync", n, ip);
    }
    let (outcome, trace) = c.http_from_outside("nowhere", 80, "/");
    assert_eq!(outcome, Outcome::NoSuchHost, "{:?}", trace);
}

#[test]
fn a_pod_reaches_a_service_by_name_and_the_serving_pod_logs_it() {
    let mut c = web(5, false);
    run(&mut c, "kubectl run client --image=busybox -- sleep 3600");
    run(&mut c, "kubeplay wait 20s");
    let cluster_ip = run(&mut c, "kubectl get svc web -o jsonpath={.spec.clusterIP}");
    let client_ip = run(&mut c, "kubectl get pod client -o jsonpath={.status.podIP}");
    // busybox's nslookup prints the Service's ClusterIP under its full name.
    let ns = run(&mut c, "kubectl exec client -- nslookup web");
    assert!(ns.contains(&format!("Name:\tweb.default.svc.cluster.local\nAddress: {}\n", cluster_ip)), "{}", ns);
    // wget gets nginx's page; exactly one replica logged the request, from the client pod's address.
    let page = run(&mut c, "kubectl exec client -- wget -qO- http://web");
    assert!(page.contains("<title>Welcome to nginx!</title>"), "{}", page);
    let line = format!("{} - - ", client_ip);
    let pods = run(&mut c, "kubectl get pods -l app=web -o name");
    let served: Vec<&str> = pods.lines().filter(|p| run(&mut c, &format!("kubectl logs {}", p)).contains(&line)).collect();
    assert_eq!(served.len(), 1, "{:?} logged {}", served, line);
    // Each request is decided again by the kernel's draw: 60 of them reach all three replicas.
    for _ in 0..60 {
        run(&mut c, "kubectl exec client -- wget -qO- http://web/missing");
    }
    let reached = pods.lines().filter(|p| run(&mut c, &format!("kubectl logs {}", p)).contains("GET /missing")).count();
    assert_eq!(reached, 3, "seed 5");
}

#[test]
fn a_policy_denying_ingress_times_curl_out_and_the_trace_names_it() {
    let mut c = web(5, false);
    run(&mut c, "kubectl run client --image=curlimages/curl -- sleep 3600");
    run(&mut c, "kubeplay wait 20s");
    assert_eq!(run(&mut c, "kubectl exec client -- curl -s -o /dev/null -w %{http_code} http://web"), "200");
    let mut s = kubeplay::shell::Session::new();
    assert!(matches!(s.feed("kubectl apply -f - <<EOF", &mut c), kubeplay::shell::Step::More));
    for line in ["apiVersion: networking.k8s.io/v1", "kind: NetworkPolicy", "metadata: {name: deny-web}", "spec: {podSelector: {matchLabels: {app: web}}, policyTypes: [Ingress]}"] {
        s.feed(line, &mut c);
    }
    assert!(matches!(s.feed("EOF", &mut c), kubeplay::shell::Step::Done(_)));
    let t0 = c.now();
    let out = run(&mut c, "kubectl exec client -- curl -sS --connect-timeout 4 http://web");
    assert!(out.starts_with("curl: (28) Failed to connect to web port 80 after 4000 ms: Timeout was reached\n"), "{}", out);
    assert!(c.now().since(t0).as_secs() >= 4, "the connect waited for its timeout");
    let trace = run(&mut c, "kubeplay trace kubectl exec client -- curl -sS --connect-timeout 4 http://web");
    assert!(trace.contains("NetworkPolicy default/deny-web selects pod default/web-"), "{}", trace);
    assert!(trace.trim_end().ends_with("port 80/tcp: dropped"), "{}", trace);
}

#[test]
fn in_ipvs_mode_requests_land_exactly_round_robin() {
    let mut c = web(11, false);
    let mut s = kubeplay::shell::Session::new();
    assert!(matches!(s.feed("kubectl apply -f - <<EOF", &mut c), kubeplay::shell::Step::More));
    for line in ["apiVersion: v1", "kind: ConfigMap", "metadata: {name: kube-proxy, namespace: kube-system}", "data:", "  config.conf: |", "    kind: KubeProxyConfiguration", "    mode: ipvs"] {
        s.feed(line, &mut c);
    }
    assert!(matches!(s.feed("EOF", &mut c), kubeplay::shell::Step::Done(_)));
    run(&mut c, "kubectl rollout restart daemonset kube-proxy -n kube-system");
    run(&mut c, "kubeplay wait 30s");
    assert!(c.ipvs_list("node01").is_some_and(|t| t.contains(" rr\n")), "node01 runs IPVS");
    let port: u16 = run(&mut c, "kubectl get svc web -o jsonpath={.spec.ports[0].nodePort}").trim().parse().expect("a node port");
    let mut order = Vec::new();
    for _ in 0..3000 {
        let (_, trace) = c.http_from_outside("node01", port, "/");
        order.push(trace.iter().find_map(|l| l.split_once("real server ").map(|(_, r)| r.to_string())).expect("an IPVS hop"));
    }
    // Round robin: every third request goes to the same real server, so each gets exactly 1,000.
    assert!(order.windows(4).all(|w| w[0] == w[3] && w[0] != w[1] && w[1] != w[2] && w[0] != w[2]), "{:?}", &order[..6]);
}

#[test]
fn a_load_balancer_gets_an_address_that_reaches_the_pods_and_gives_it_back() {
    let mut c = cluster(5);
    run(&mut c, "kubectl create deployment web --image=nginx --replicas=2");
    run(&mut c, "kubectl expose deployment web --port=80 --type=LoadBalancer");
    run(&mut c, "kubeplay wait 40s");
    let svc = run(&mut c, "kubectl get svc web");
    assert!(svc.contains("LoadBalancer   10.") && svc.contains("172.30.255.1   80:3"), "{}", svc);
    let events = run(&mut c, "kubectl get events --field-selector involvedObject.kind=Service -o custom-columns=REASON:.reason,SOURCE:.source.component");
    assert!(events.contains("EnsuringLoadBalancer   service-controller") && events.contains("EnsuredLoadBalancer    service-controller"), "{}", events);
    // The learner's curl to the address: the load balancer hands it to a worker, kube-proxy's
    // rules for the address DNAT it to a pod; each new connection goes to the next worker.
    let mut nodes = Vec::new();
    for _ in 0..2 {
        let (outcome, trace) = c.http_from_outside("172.30.255.1", 80, "/");
        assert!(matches!(outcome, Outcome::Resolved(Answer::Http { code: 200, .. })), "{:?}\n{}", outcome, trace.join("\n"));
        let lb = trace.iter().find(|l| l.starts_with("load balancer 172.30.255.1 (default/web): forwards the connection to ")).expect(&trace.join("\n"));
        assert!(trace.iter().any(|l| l.contains("KUBE-EXT-")), "{}", trace.join("\n"));
        nodes.push(lb.clone());
    }
    assert_ne!(nodes[0], nodes[1]);
    assert!(!nodes.iter().any(|l| l.contains("to controlplane")), "{:?}", nodes);
    // Back to ClusterIP: the address is released; deleted, the finalizer goes with it.
    run(&mut c, "kubectl patch svc web -p '{\"spec\":{\"type\":\"ClusterIP\"}}'");
    run(&mut c, "kubeplay wait 2s");
    let svc = run(&mut c, "kubectl get svc web -o jsonpath={.status.loadBalancer}{.metadata.finalizers}");
    assert_eq!(svc.trim(), "{}", "{}", svc);
    run(&mut c, "kubectl patch svc web -p '{\"spec\":{\"type\":\"LoadBalancer\"}}'");
    run(&mut c, "kubeplay wait 2s");
    assert!(run(&mut c, "kubectl get svc web").contains("172.30.255.1"));
    run(&mut c, "kubectl delete svc web");
    assert!(run(&mut c, "kubectl get svc web").contains("NotFound"));
}

#[test]
fn ingress_nginx_routes_by_host_and_path_with_its_own_hop_in_the_trace() {
    let mut c = cluster(5);
    let install = run(&mut c, "kubectl apply -f https://raw.githubusercontent.com/kubernetes/ingress-nginx/controller-v1.14.0/deploy/static/provider/baremetal/deploy.yaml");
    assert!(install.contains("deployment.apps/ingress-nginx-controller created") && install.contains("ingressclass.networking.k8s.io/nginx created"), "{}", install);
    run(&mut c, "kubectl create deployment web --image=nginx --replicas=2");
    run(&mut c, "kubectl expose deployment web --port=80");
    let ing = |name: &str, class: &str, host: &str| {
        format!("kubectl apply -f - <<EOF\napiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: {}\nspec:\n  ingressClassName: {}\n  rules:\n  - host: {}\n    http:\n      paths:\n      - path: /app\n        pathType: Prefix\n        backend:\n          service:\n            name: web\n            port:\n              number: 80\nEOF", name, class, host)
    };
    let mut s = kubeplay::shell::Session::new();
    for (name, class, host) in [("web", "nginx", "hello.example"), ("other", "nginx-example", "other.example")] {
        let mut out = String::new();
        for line in ing(name, class, host).lines() {
            if let kubeplay::shell::Step::Done(o) = s.feed(line, &mut c) {
                out = o.text();
            }
        }
        assert!(out.contains("created"), "{}", out);
    }
    run(&mut c, "kubeplay wait 90s");
    let port: u16 = run(&mut c, "kubectl get svc -n ingress-nginx ingress-nginx-controller -o jsonpath={.spec.ports[0].nodePort}").trim().parse().expect("a node port");
    // The status carries the address of the node the controller runs on; another class is not ours.
    let node = run(&mut c, "kubectl get pods -n ingress-nginx -o jsonpath={.items[0].spec.nodeName}");
    let ip = if node.trim() == "node01" { "172.30.2.2" } else { "172.30.2.3" };
    assert_eq!(run(&mut c, "kubectl get ingress web -o jsonpath={.status.loadBalancer.ingress[0].ip}").trim(), ip);
    assert_eq!(run(&mut c, "kubectl get ingress other -o jsonpath={.status.loadBalancer.ingress}").trim(), "");
    let get = |c: &mut kubeplay::sim::Cluster, host: &str, path: &str| c.http_from_outside_with("node01", port, path, Some(host), None);
    let (ok, trace) = get(&mut c, "hello.example", "/app/x");
    assert!(matches!(ok, Outcome::Resolved(Answer::Http { code: 404, .. })), "{:?}\n{}", ok, trace.join("\n"));
    let hop = trace.iter().find(|l| l.contains("(ingress-nginx): Host \"hello.example\", server hello.example, location Prefix /app of Ingress default/web → upstream default-web-80")).expect(&trace.join("\n"));
    assert!(hop.contains("ingress-nginx-controller-"), "{}", hop);
    // Round robin over both endpoints, from the controller's pod straight to each.
    let (_, again) = get(&mut c, "hello.example", "/app");
    let picks: Vec<&String> = trace.iter().chain(&again).filter(|l| l.contains("round robin: endpoint")).collect();
    assert!(picks.len() == 2 && picks[0].contains("endpoint 1 of 2") && picks[1].contains("endpoint 2 of 2"), "{:?}", picks);
    // Unknown host, and the Ingress of another class: the controller's default backend.
    for host in ["nobody.example", "other.example"] {
        let (r, t) = get(&mut c, host, "/app");
        assert!(matches!(&r, Outcome::Resolved(Answer::Http { code: 404, body }) if body.contains("<hr><center>nginx</center>")), "{:?}\n{}", r, t.join("\n"));
    }
    let logs = run(&mut c, "kubectl logs -n ingress-nginx deploy/ingress-nginx-controller");
    // nginx behind it has no /app: its own 404 (153 bytes), passed through.
    assert!(logs.contains("\"GET /app HTTP/1.1\" 404 153 \"-\" \"curl/8.5.0\"") && logs.contains("[default-web-80] []"), "{}", logs);
    assert!(logs.contains("[upstream-default-backend] [] 127.0.0.1:8181 146"), "{}", logs);
    // No endpoints: 503.
    run(&mut c, "kubectl scale deployment web --replicas=0");
    run(&mut c, "kubeplay wait 40s");
    let (r, t) = get(&mut c, "hello.example", "/app");
    assert!(matches!(r, Outcome::Resolved(Answer::Http { code: 503, .. })), "{:?}\n{}", r, t.join("\n"));
}

#[test]
fn a_statefulsets_pods_resolve_by_name_under_their_headless_service() {
    let mut c = cluster(5);
    let web = std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/kubernetes-website-examples/application/web/web.yaml")).expect("the corpus beside the checkout");
    let mut s = kubeplay::shell::Session::new();
    let mut last = String::new();
    for line in super::support::apply_heredoc(&web).lines() {
        if let kubeplay::shell::Step::Done(o) = s.feed(line, &mut c) {
            last = o.text();
        }
    }
    assert!(last.contains("statefulset.apps/web created"), "{}", last);
    run(&mut c, "kubectl run client --image=busybox:1.36 --restart=Never -- sleep 3600");
    run(&mut c, "kubeplay wait 90s");
    let slices = run(&mut c, "kubectl get endpointslices -l kubernetes.io/service-name=nginx -o jsonpath={.items[0].endpoints[*].hostname}");
    assert_eq!(slices.trim(), "web-0 web-1", "{}", slices);
    let ip = run(&mut c, "kubectl get pod web-1 -o jsonpath={.status.podIP}");
    let out = run(&mut c, "kubectl exec client -- nslookup web-1.nginx.default.svc.cluster.local");
    assert!(out.contains(&format!("Name:\tweb-1.nginx.default.svc.cluster.local\nAddress: {}\n", ip.trim())), "{}", out);
    // The kubelet's /etc/hosts names the pod's FQDN under its subdomain.
    let hosts = run(&mut c, "kubectl exec web-1 -- cat /etc/hosts");
    assert!(hosts.ends_with(&format!("{}\tweb-1.nginx.default.svc.cluster.local\tweb-1\n", ip.trim())), "{}", hosts);
    // The headless Service itself answers every ready pod.
    let all = run(&mut c, "kubectl exec client -- nslookup nginx");
    assert_eq!(all.matches("Name:\tnginx.default.svc.cluster.local").count(), 2, "{}", all);
}

#[test]
fn a_traced_node_port_request_to_another_nodes_pod_crosses_the_overlay_and_is_reverse_natted() {
    let mut c = web(11, false);
    let port = run(&mut c, "kubectl get svc web -o jsonpath={.spec.ports[0].nodePort}");
    let wide = run(&mut c, "kubectl get pods -l app=web -o wide --no-headers");
    let on_node02: Vec<String> = wide.lines().map(|l| l.split_whitespace().collect::<Vec<_>>()).filter(|f| f[6] == "node02").map(|f| f[5].to_string()).collect();
    assert!(!on_node02.is_empty(), "no replica on node02 (seed 11):\n{}", wide);
    // Each request is drawn again: trace until one lands on node02's pod.
    let trace = (0..50)
        .map(|_| run(&mut c, &format!("kubeplay trace curl http://node01:{}/", port)))
        .find(|t| on_node02.iter().any(|ip| t.contains(&format!("DNAT 172.30.2.2:{} → {}:80", port, ip))))
        .expect("50 traced requests, none to node02 (seed 11)");
    let ip = on_node02.iter().find(|ip| trace.contains(&format!("→ {}:80", ip))).expect("the endpoint");
    assert!(trace.contains("via flannel.1 (VXLAN, outer 172.30.2.2 → 172.30.2.3 UDP 8472)"), "{}", trace);
    assert!(trace.contains(&format!("reply: conntrack on node01 reverses the NAT: {}:80 → 172.30.2.2:{}", ip, port)), "{}", trace);
    // The KUBE-SVC chain the packet walked is the one node01's iptables-save prints for the Service.
    let svc_chain = trace.split_whitespace().find(|w| w.starts_with("KUBE-SVC-")).expect("a KUBE-SVC hop");
    let mut save = String::new();
    c.iptables("node01").expect("node01").nat.save(&mut save);
    assert!(save.contains(&format!("-A KUBE-SVC-{} -m comment --comment \"default/web -> {}:80\"", &svc_chain[9..], ip)), "{} / {}:\n{}", svc_chain, ip, save);
}

#[test]
fn the_requests_plot_counts_what_each_endpoint_answered() {
    let mut c = web(11, false);
    let got = landings(&mut c, 60);
    let pods = run(&mut c, "kubectl get pods -l app=web -o wide --no-headers");
    let mut counted = 0;
    for line in pods.lines() {
        let cols: Vec<&str> = line.split_whitespace().collect();
        let (name, ip) = (cols[0], cols[5]);
        let landed = got.get(&format!("{}:80", ip)).copied().unwrap_or(0) as u64;
        assert_eq!(c.metrics().requests("default", name), landed, "{} ({}) seed 11: {:?}", name, ip, got);
        counted += landed;
    }
    assert_eq!(counted, 60);
    // A deleted pod's count goes with it.
    let victim = pods.lines().next().and_then(|l| l.split(' ').next()).expect("a pod").to_string();
    run(&mut c, &format!("kubectl delete pod {}", victim));
    assert_eq!(c.metrics().requests("default", &victim), 0);
}
