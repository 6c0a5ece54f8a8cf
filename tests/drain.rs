//! Node maintenance as a learner does it: cordon, uncordon, taint, drain — and under drain the
//! pods' eviction subresource and the disruption controller that keeps PodDisruptionBudgets.

use crate::support::*;
use kubeplay::apiserver::http::{Method, Request};
use kubeplay::shell::run_script;
use serde_json::{json, Value};

const PDB_MIN2: &str = "apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web-pdb
spec:
  minAvailable: 2
  selector:
    matchLabels:
      app: web
";

const RETRY: &str = "(will retry after 5s): Cannot evict pod as it would violate the pod's disruption budget.\n";

/// The names of the pods `kubectl get pods -o name` lists (without `pod/`).
/// Drain fixtures: a kubeadm cluster without the metrics-server addon, whose emptyDir volume
/// would otherwise need `--delete-emptydir-data` (see `metrics_server_needs_delete_emptydir_data`).
fn cluster(seed: u64) -> kubeplay::sim::Cluster {
    let mut cfg = kubeplay::sim::ClusterConfig::kubeadm(seed);
    cfg.metrics_server = false;
    kubeplay::sim::Cluster::boot(cfg)
}

#[test]
fn metrics_server_needs_delete_emptydir_data() {
    let mut c = crate::support::cluster(70);
    let node = run(&mut c, "kubectl get pods -n kube-system -l k8s-app=metrics-server -o jsonpath={.items[0].spec.nodeName}");
    let pod = run(&mut c, "kubectl get pods -n kube-system -l k8s-app=metrics-server -o name");
    let pod = pod.trim().trim_start_matches("pod/");
    let out = run(&mut c, &format!("kubectl drain {} --ignore-daemonsets", node.trim()));
    assert!(out.contains(&format!("cannot delete Pods with local storage (use --delete-emptydir-data to override): kube-system/{}", pod)), "{}", out);
    let out = run(&mut c, &format!("kubectl drain {} --ignore-daemonsets --delete-emptydir-data", node.trim()));
    assert!(out.contains(&format!("evicting pod kube-system/{}\n", pod)) && out.ends_with("drained\n"), "{}", out);
}

fn pod_names(c: &mut kubeplay::sim::Cluster, args: &str) -> Vec<String> {
    run(c, &format!("kubectl get pods -o name {}", args)).lines().filter_map(|l| l.strip_prefix("pod/")).map(str::to_string).collect()
}

/// The kube-proxy pod on a node.
fn kube_proxy_on(c: &mut kubeplay::sim::Cluster, node: &str) -> String {
    let t = run(c, "kubectl get pods -n kube-system -o wide");
    rows(&t).into_iter().find(|r| r[0].starts_with("kube-proxy-") && r[6] == node).map(|r| r[0].clone()).expect("kube-proxy on the node")
}

fn pdb(c: &mut kubeplay::sim::Cluster, name: &str) -> Value {
    serde_json::from_str(&run(c, &format!("kubectl get pdb {} -o json", name))).expect("pdb json")
}

/// Three replicas all on node01 (node02 cordoned while they are placed), a budget of two.
fn three_on_node01(c: &mut kubeplay::sim::Cluster) -> Vec<String> {
    let setup = format!("kubectl cordon node02\nkubectl create deployment web --image=nginx --replicas=3\n{}kubeplay wait 30s\nkubectl uncordon node02\n", apply_heredoc(PDB_MIN2));
    run_script(c, &setup);
    let wide = run(c, "kubectl get pods -o wide");
    let r = rows(&wide);
    assert_eq!(r.len(), 3, "{}", wide);
    assert!(r.iter().all(|r| r[2] == "Running" && r[6] == "node01"), "{}", wide);
    r.into_iter().map(|r| r[0].clone()).collect()
}

#[test]
fn drain_evicts_through_the_budget_retrying_until_the_pods_run_elsewhere() {
    let mut c = cluster(71);
    let pods = three_on_node01(&mut c);
    let proxy = kube_proxy_on(&mut c, "node01");
    let status = pdb(&mut c, "web-pdb")["status"].clone();
    assert_eq!(
        (status["expectedPods"].as_i64(), status["currentHealthy"].as_i64(), status["desiredHealthy"].as_i64(), status["disruptionsAllowed"].as_i64(), status["observedGeneration"].as_i64()),
        (Some(3), Some(3), Some(2), Some(1), Some(1))
    );
    assert_eq!((status["conditions"][0]["type"].as_str(), status["conditions"][0]["reason"].as_str(), status["conditions"][0]["status"].as_str()), (Some("DisruptionAllowed"), Some("SufficientPods"), Some("True")));

    let t = run(&mut c, "kubectl drain node01 --ignore-daemonsets");
    // Cordon, the DaemonSet warning, then one "evicting" line per pod, all at once.
    let head = format!(
        "node/node01 cordoned\nWarning: ignoring DaemonSet-managed Pods: kube-system/{}\nevicting pod default/{}\nevicting pod default/{}\nevicting pod default/{}\n",
        proxy, pods[0], pods[1], pods[2]
    );
    assert!(t.starts_with(&head), "{}", t);
    // The budget lets one go at a time: the others are refused, retried every 5s.
    let after = &t[head.len()..];
    assert!(after.starts_with(&format!("error when evicting pods/{:?} -n \"default\" {}error when evicting pods/{:?} -n \"default\" {}", pods[1], RETRY, pods[2], RETRY)), "{}", t);
    for p in &pods {
        assert_eq!(t.matches(&format!("pod/{} evicted\n", p)).count(), 1, "{}", t);
        // Every retry is announced again before it is sent.
        let retries = t.matches(&format!("error when evicting pods/{:?} -n \"default\" {}", p, RETRY)).count();
        assert_eq!(t.matches(&format!("evicting pod default/{}\n", p)).count(), retries + 1, "{}", t);
    }
    assert!(t.ends_with(&format!("pod/{} evicted\nnode/node01 drained\n", pods[2])), "{}", t);

    let n = run(&mut c, "kubectl get nodes node01");
    assert_eq!(rows(&n)[0][1], "Ready,SchedulingDisabled", "{}", n);
    run_script(&mut c, "kubeplay wait 20s\n");
    let wide = run(&mut c, "kubectl get pods -o wide");
    let r = rows(&wide);
    assert_eq!(r.len(), 3, "{}", wide);
    assert!(r.iter().all(|r| r[2] == "Running" && r[6] == "node02" && !pods.contains(&r[0])), "{}", wide);
    let status = pdb(&mut c, "web-pdb")["status"].clone();
    assert_eq!((status["currentHealthy"].as_i64(), status["disruptionsAllowed"].as_i64()), (Some(3), Some(1)), "{}", status);
    assert!(status.get("disruptedPods").is_none(), "{}", status);
    assert_eq!(run(&mut c, "kubectl uncordon node01"), "node/node01 uncordoned\n");
}

#[test]
fn drain_gives_up_at_its_timeout_when_the_budget_never_allows() {
    let mut c = cluster(72);
    let setup = "kubectl cordon node02\nkubectl create deployment web --image=nginx --replicas=1\n".to_string()
        + &apply_heredoc(&PDB_MIN2.replace("minAvailable: 2", "maxUnavailable: 0"))
        + "kubeplay wait 30s\nkubectl uncordon node02\n";
    run_script(&mut c, &setup);
    let pod = pod_names(&mut c, "")[0].clone();
    let proxy = kube_proxy_on(&mut c, "node01");
    let t = run(&mut c, "kubectl drain node01 --ignore-daemonsets --timeout=12s");
    let evicting = format!("evicting pod default/{}\n", pod);
    let refused = format!("error when evicting pods/{:?} -n \"default\" {}", pod, RETRY);
    let gave_up = format!("error when evicting pods/{:?} -n \"default\": global timeout reached: 12s", pod);
    let want = format!(
        "node/node01 cordoned\nWarning: ignoring DaemonSet-managed Pods: kube-system/{proxy}\n{e}{r}{e}{r}{e}{r}{e}There are pending pods in node \"node01\" when an error occurred: {g}\npod/{pod}\nerror: unable to drain node \"node01\" due to error: {g}, continuing command...\nThere are pending nodes to be drained:\n node01\n{g}\n",
        proxy = proxy,
        e = evicting,
        r = refused,
        g = gave_up,
        pod = pod
    );
    assert_eq!(t, want);
    let status = pdb(&mut c, "web-pdb")["status"].clone();
    assert_eq!((status["disruptionsAllowed"].as_i64(), status["conditions"][0]["reason"].as_str()), (Some(0), Some("InsufficientPods")), "{}", status);
    // Without --timeout it retries until the script's Ctrl-C.
    let t = run_script(&mut c, "kubectl drain node01 --ignore-daemonsets\n");
    assert!(t.contains(&refused) && t.ends_with("^C\n"), "{}", t);
    // --disable-eviction deletes instead, without asking the budget.
    let t = run(&mut c, "kubectl drain node01 --ignore-daemonsets --disable-eviction");
    assert_eq!(t, format!("node/node01 already cordoned\nWarning: ignoring DaemonSet-managed Pods: kube-system/{}\npod/{} deleted\nnode/node01 drained\n", proxy, pod));
}

#[test]
fn drain_refuses_daemonset_unmanaged_and_local_storage_pods() {
    let mut c = cluster(73);
    let bare = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: hr-app\nspec:\n  nodeName: node01\n  containers:\n  - name: c\n    image: nginx\n";
    let cache = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: cache\nspec:\n  nodeName: node01\n  containers:\n  - name: c\n    image: nginx\n  volumes:\n  - name: d\n    emptyDir: {}\n";
    run_script(&mut c, &format!("{}kubeplay wait 10s\n", apply_heredoc(bare)));
    let proxy = kube_proxy_on(&mut c, "node01");
    assert_eq!(
        run(&mut c, "kubectl drain node01 --ignore-daemonsets"),
        "node/node01 cordoned\nerror: unable to drain node \"node01\" due to error: cannot delete cannot delete Pods that declare no controller (use --force to override): default/hr-app, continuing command...\nThere are pending nodes to be drained:\n node01\ncannot delete cannot delete Pods that declare no controller (use --force to override): default/hr-app\n"
    );
    run_script(&mut c, &format!("{}kubeplay wait 10s\n", apply_heredoc(cache)));
    let ds = format!("cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): kube-system/{}", proxy);
    let local = "cannot delete Pods with local storage (use --delete-emptydir-data to override): default/cache";
    let unmanaged = "cannot delete cannot delete Pods that declare no controller (use --force to override): default/hr-app";
    assert_eq!(
        run(&mut c, "kubectl drain node01"),
        format!("node/node01 already cordoned\nerror: unable to drain node \"node01\" due to error: [{l}, {u}, {d}], continuing command...\nThere are pending nodes to be drained:\n node01\n{l}\n{u}\n{d}\n", l = local, u = unmanaged, d = ds)
    );
    assert_eq!(
        run(&mut c, "kubectl drain node01 --ignore-daemonsets --force --delete-emptydir-data --dry-run=client"),
        format!("node/node01 already cordoned (dry run)\nWarning: deleting Pods that declare no controller: default/cache, default/hr-app; ignoring DaemonSet-managed Pods: kube-system/{}\nevicting pod default/cache (dry run)\nevicting pod default/hr-app (dry run)\nnode/node01 drained (dry run)\n", proxy)
    );
    assert_eq!(pod_names(&mut c, "").len(), 2);
    // The static control-plane pods are mirror pods: skipped without a word.
    let t = run(&mut c, "kubectl drain controlplane --ignore-daemonsets --dry-run=server");
    assert!(t.starts_with("node/controlplane cordoned (server dry run)\nWarning: ignoring DaemonSet-managed Pods: kube-system/kube-proxy-"), "{}", t);
    assert!(!t.contains("etcd-controlplane") && !t.contains("kube-apiserver-controlplane"), "{}", t);
    assert!(t.contains("evicting pod kube-system/coredns-") && t.ends_with("node/controlplane drained (server dry run)\n"), "{}", t);
    assert_eq!(run(&mut c, "kubectl get nodes controlplane").lines().nth(1).map(|l| l.contains(" Ready ")), Some(true));
    let t = run(&mut c, "kubectl drain node01 --ignore-daemonsets --force --delete-emptydir-data --grace-period=1");
    assert_eq!(
        t,
        format!("node/node01 already cordoned\nWarning: deleting Pods that declare no controller: default/cache, default/hr-app; ignoring DaemonSet-managed Pods: kube-system/{}\nevicting pod default/cache\nevicting pod default/hr-app\npod/cache evicted\npod/hr-app evicted\nnode/node01 drained\n", proxy)
    );
    assert!(pod_names(&mut c, "").is_empty());
}

#[test]
fn drain_and_cordon_usage_errors() {
    let mut c = cluster(74);
    assert_eq!(run(&mut c, "kubectl drain"), "error: USAGE: drain NODE [flags]\nSee 'kubectl drain -h' for help and examples\n");
    assert_eq!(run(&mut c, "kubectl cordon"), "error: USAGE: cordon NODE [flags]\nSee 'kubectl cordon -h' for help and examples\n");
    assert_eq!(run(&mut c, "kubectl drain node01 -l a=b"), "error: cannot specify both a node name and a --selector option\nSee 'kubectl drain -h' for help and examples\n");
    assert_eq!(run(&mut c, "kubectl drain nope"), "Error from server (NotFound): nodes \"nope\" not found\n");
    assert_eq!(run(&mut c, "kubectl drain node01 --pod-selector=a,,b"), "error: --pod-selector=<pod_selector> must be a valid label selector\n");
    assert_eq!(run(&mut c, "kubectl drain node01 --timeout=30"), "error: invalid argument \"30\" for \"--timeout\" flag: time: missing unit in duration \"30\"\nSee 'kubectl drain --help' for usage.\n");
    assert_eq!(run(&mut c, "kubectl cordon node01 --dry-run=maybe"), "error: Invalid dry-run value (maybe). Must be \"none\", \"server\", or \"client\".\n");
    // Nothing was cordoned by the failures.
    assert!(run(&mut c, "kubectl get nodes").lines().all(|l| !l.contains("SchedulingDisabled")));
}

#[test]
fn cordon_and_uncordon_flip_unschedulable_and_the_scheduler_sees_it() {
    let mut c = cluster(75);
    assert_eq!(run(&mut c, "kubectl cordon node01"), "node/node01 cordoned\n");
    assert_eq!(run(&mut c, "kubectl cordon node01"), "node/node01 already cordoned\n");
    assert_eq!(run(&mut c, "kubectl cordon node/node01 node02 --dry-run=client"), "node/node01 already cordoned (dry run)\nnode/node02 cordoned (dry run)\n");
    assert_eq!(run(&mut c, "kubectl cordon node02 --dry-run=server"), "node/node02 cordoned (server dry run)\n");
    run_script(&mut c, "kubeplay wait 2s\n");
    let nodes = run(&mut c, "kubectl get nodes");
    let r = rows(&nodes);
    assert_eq!((r[1][0].as_str(), r[1][1].as_str()), ("node01", "Ready,SchedulingDisabled"), "{}", nodes);
    assert_eq!((r[2][0].as_str(), r[2][1].as_str()), ("node02", "Ready"), "{}", nodes);
    // The node lifecycle controller taints it; the scheduler keeps new pods off.
    assert!(run(&mut c, "kubectl describe node node01").contains("Taints:             node.kubernetes.io/unschedulable:NoSchedule\nUnschedulable:      true\n"));
    run_script(&mut c, "kubectl create deployment web --image=nginx --replicas=4\nkubeplay wait 30s\n");
    let wide = run(&mut c, "kubectl get pods -o wide");
    assert!(rows(&wide).iter().all(|r| r[6] == "node02"), "{}", wide);
    assert_eq!(run(&mut c, "kubectl uncordon -l kubernetes.io/hostname=node01"), "node/node01 uncordoned\n");
    assert_eq!(run(&mut c, "kubectl uncordon node01 node02"), "node/node01 already uncordoned\nnode/node02 already uncordoned\n");
    run_script(&mut c, "kubeplay wait 2s\n");
    assert!(run(&mut c, "kubectl describe node node01").contains("Taints:             <none>\nUnschedulable:      false\n"));
}

#[test]
fn taint_no_schedule_keeps_a_new_pod_pending_until_removed() {
    let mut c = cluster(76);
    assert_eq!(run(&mut c, "kubectl taint nodes node01 app=blue:NoSchedule"), "node/node01 tainted\n");
    assert_eq!(run(&mut c, "kubectl taint node node02 app=blue:NoSchedule"), "node/node02 tainted\n");
    let pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: c\n    image: nginx\n";
    run_script(&mut c, &format!("{}kubeplay wait 5s\n", apply_heredoc(pod)));
    assert_eq!(rows(&run(&mut c, "kubectl get pods"))[0][2], "Pending");
    let events = run(&mut c, "kubectl get events --field-selector involvedObject.name=web");
    assert!(
        events.contains("Warning   FailedScheduling   pod/web   0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 node(s) had untolerated taint {app: blue}. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.\n"),
        "{}",
        events
    );
    assert_eq!(run(&mut c, "kubectl taint nodes node01 app=red:NoSchedule"), "error: node node01 already has app taint(s) with same effect(s) and --overwrite is false\n");
    assert_eq!(run(&mut c, "kubectl taint nodes node01 app=red:NoSchedule --overwrite"), "node/node01 modified\n");
    assert!(run(&mut c, "kubectl describe node node01").contains("Taints:             app=red:NoSchedule\n"));
    assert_eq!(run(&mut c, "kubectl taint nodes node01 app:NoSchedule-"), "node/node01 untainted\n");
    assert_eq!(run(&mut c, "kubectl taint nodes node01 app-"), "error: taint \"app\" not found\n");
    run_script(&mut c, "kubeplay wait 30s\n");
    let wide = run(&mut c, "kubectl get pods -o wide");
    assert_eq!((rows(&wide)[0][2].as_str(), rows(&wide)[0][6].as_str()), ("Running", "node01"), "{}", wide);
    // Several changes at once, and one key with two effects.
    assert_eq!(run(&mut c, "kubectl taint nodes node02 app- gpu:NoExecute dedicated=db:PreferNoSchedule"), "node/node02 modified\n");
    assert!(run(&mut c, "kubectl describe node node02").contains("Taints:             gpu:NoExecute\n                    dedicated=db:PreferNoSchedule\n"));
    assert_eq!(run(&mut c, "kubectl taint nodes node02 gpu:NoExecute-"), "node/node02 untainted\n");
}

#[test]
fn taint_errors_read_as_upstream() {
    let mut c = cluster(77);
    let name_part = "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
    let help = "See 'kubectl taint -h' for help and examples\n";
    for (line, want) in [
        ("kubectl taint nodes node01 foo", "error: at least one taint update is required\n".to_string()),
        ("kubectl taint nodes node01 foo=bar", format!("error: invalid taint spec: foo=bar, {}\n{}", name_part, help)),
        ("kubectl taint nodes node01 foo=bar:NoSchedul", format!("error: invalid taint effect: NoSchedul, unsupported taint effect\n{}", help)),
        ("kubectl taint nodes node01 a=b=c:NoSchedule", format!("error: invalid taint spec: a=b=c:NoSchedule\n{}", help)),
        ("kubectl taint nodes node01 k=v:NoSchedule k=w:NoSchedule", format!("error: duplicated taints with the same key and effect: {{k w NoSchedule <nil>}}\n{}", help)),
        ("kubectl taint nodes node01 k:NoSchedule k-", "error: can not both modify and remove the following taint(s) in the same command: {\"k\":\"\"}\n".to_string()),
        ("kubectl taint nodes k=v:NoSchedule node01", "error: all resources must be specified before taint changes: node01\n".to_string()),
        ("kubectl taint k=v:NoSchedule", "error: one or more resources must be specified as <resource> <name>\n".to_string()),
        ("kubectl taint node01 k=v:NoSchedule", "the server doesn't have a resource type \"node01\"\n".to_string()),
        ("kubectl taint pods web k=v:NoSchedule", "error: invalid resource type pods, only node types are supported\n".to_string()),
        ("kubectl taint nodes k=v:NoSchedule", "error: at least one resource name must be specified since 'all' parameter is not set\n".to_string()),
        ("kubectl taint nodes --all -l a=b k=v:NoSchedule", "error: setting 'all' parameter with a non empty selector is prohibited\n".to_string()),
        ("kubectl taint nodes nope k=v:NoSchedule", "Error from server (NotFound): nodes \"nope\" not found\n".to_string()),
    ] {
        assert_eq!(run(&mut c, line), want, "{}", line);
    }
    assert_eq!(run(&mut c, "kubectl taint nodes --all k=v:PreferNoSchedule --dry-run=client"), "node/controlplane tainted (dry run)\nnode/node01 tainted (dry run)\nnode/node02 tainted (dry run)\n");
    assert!(run(&mut c, "kubectl describe node node01").contains("Taints:             <none>\n"));
    assert_eq!(run(&mut c, "kubectl taint nodes -l kubernetes.io/hostname=node01 k=v:PreferNoSchedule -o name"), "node/node01\n");
}

fn evict(c: &mut kubeplay::sim::Cluster, pod: &str, extra: Value) -> (u16, Value) {
    let mut body = json!({"apiVersion": "policy/v1", "kind": "Eviction", "metadata": {"name": pod, "namespace": "default"}});
    if let Value::Object(m) = extra {
        for (k, v) in m {
            body[k] = v;
        }
    }
    let resp = c.request(Request::new(Method::Post, format!("/api/v1/namespaces/default/pods/{}/eviction", pod)).with_header("Content-Type", "application/json").with_body(body.to_string()));
    (resp.code, serde_json::from_str(&resp.body).unwrap_or(Value::Null))
}

#[test]
fn eviction_subresource_takes_from_the_budget_and_refuses_past_it() {
    let mut c = cluster(78);
    run_script(&mut c, &format!("kubectl create deployment web --image=nginx --replicas=3\n{}kubeplay wait 30s\n", apply_heredoc(PDB_MIN2)));
    let pods = pod_names(&mut c, "");
    let v1: Value = serde_json::from_str(&c.request(Request::new(Method::Get, "/api/v1")).body).unwrap();
    let ev = v1["resources"].as_array().unwrap().iter().find(|r| r["name"] == "pods/eviction").cloned();
    assert_eq!(ev, Some(json!({"name": "pods/eviction", "singularName": "", "namespaced": true, "group": "policy", "version": "v1", "kind": "Eviction", "verbs": ["create"]})));
    // Dry run: allowed, nothing written.
    let (code, _) = evict(&mut c, &pods[0], json!({"deleteOptions": {"dryRun": ["All"]}}));
    assert_eq!(code, 201);
    assert_eq!(pdb(&mut c, "web-pdb")["status"]["disruptionsAllowed"], 1);
    let (code, body) = evict(&mut c, &pods[0], json!({}));
    assert_eq!((code, body), (201, json!({"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Success", "code": 201})));
    // The apiserver took the disruption and recorded the pod before the controller looked.
    let raw = c.request(Request::new(Method::Get, "/apis/policy/v1/namespaces/default/poddisruptionbudgets/web-pdb"));
    let status = serde_json::from_str::<Value>(&raw.body).unwrap()["status"].clone();
    assert_eq!(status["disruptionsAllowed"], 0);
    assert!(status["disruptedPods"][&pods[0]].is_string(), "{}", status);
    assert_eq!(status["conditions"][0]["reason"], "InsufficientPods", "{}", status);
    let raw = c.request(Request::new(Method::Get, format!("/api/v1/namespaces/default/pods/{}", pods[0])));
    let pod: Value = serde_json::from_str(&raw.body).unwrap();
    let cond = pod["status"]["conditions"].as_array().unwrap().iter().find(|c| c["type"] == "DisruptionTarget").cloned().unwrap_or_default();
    assert_eq!((cond["status"].as_str(), cond["reason"].as_str(), cond["message"].as_str()), (Some("True"), Some("EvictionByEvictionAPI"), Some("Eviction API: evicting")), "{}", raw.body);
    assert_eq!(pod["metadata"]["deletionGracePeriodSeconds"], 30);
    // Refused at once: the eviction took the disruption but left currentHealthy for the
    // controller, so the cause still counts the evicted pod, as upstream's does.
    let (code, body) = evict(&mut c, &pods[1], json!({}));
    assert_eq!(
        (code, body),
        (
            429,
            json!({"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Failure", "message": "Cannot evict pod as it would violate the pod's disruption budget.",
                "reason": "TooManyRequests", "details": {"causes": [{"reason": "DisruptionBudget", "message": "The disruption budget web-pdb needs 2 healthy pods and has 3 currently"}]}, "code": 429})
        )
    );
    // A terminating pod is deleted again without asking the budget; a missing one is 404.
    assert_eq!(evict(&mut c, &pods[0], json!({})).0, 201);
    let (code, body) = evict(&mut c, "nope", json!({}));
    assert_eq!((code, body["message"].as_str()), (404, Some("pods \"nope\" not found")));
    let (code, body) = evict(&mut c, &pods[1], json!({"metadata": {"name": "other"}}));
    assert_eq!((code, body["message"].as_str()), (400, Some("name in URL does not match name in Eviction object")));
    // Once the replacement is ready the controller gives the disruption back.
    run_script(&mut c, "kubeplay wait 20s\n");
    let status = pdb(&mut c, "web-pdb")["status"].clone();
    assert_eq!((status["currentHealthy"].as_i64(), status["disruptionsAllowed"].as_i64(), status["expectedPods"].as_i64()), (Some(3), Some(1), Some(3)), "{}", status);
    assert!(status.get("disruptedPods").is_none(), "{}", status);
}

#[test]
fn eviction_of_a_pending_pod_ignores_the_budget() {
    let mut c = cluster(79);
    run_script(&mut c, "kubectl taint nodes node01 k=v:NoSchedule\nkubectl taint nodes node02 k=v:NoSchedule\n");
    let manifest = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: stuck\n  labels:\n    app: web\nspec:\n  containers:\n  - name: c\n    image: nginx\n";
    run_script(&mut c, &format!("{}{}kubeplay wait 5s\n", apply_heredoc(manifest), apply_heredoc(&PDB_MIN2.replace("minAvailable: 2", "minAvailable: 1"))));
    let status = pdb(&mut c, "web-pdb")["status"].clone();
    assert_eq!((status["expectedPods"].as_i64(), status["currentHealthy"].as_i64(), status["disruptionsAllowed"].as_i64()), (Some(1), Some(0), Some(0)), "{}", status);
    assert_eq!(evict(&mut c, "stuck", json!({})).0, 201);
    assert!(pod_names(&mut c, "").is_empty());
    run_script(&mut c, "kubeplay wait 2s\n");
    let events = run(&mut c, "kubectl get events --field-selector involvedObject.name=web-pdb");
    let r = rows(&events);
    assert!(r.iter().any(|r| r[1..].join(" ") == "Normal NoPods poddisruptionbudget/web-pdb No matching pods found"), "{}", events);
}

#[test]
fn disruption_controller_scales_percentages_and_fails_safe() {
    let mut c = cluster(80);
    let pct = "apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: half\nspec:\n  maxUnavailable: 50%\n  selector:\n    matchLabels:\n      app: web\n";
    let min = "apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: min\n  namespace: kube-system\nspec:\n  minAvailable: 60%\n  selector:\n    matchLabels:\n      k8s-app: kube-proxy\n";
    run_script(&mut c, &format!("kubectl create deployment web --image=nginx --replicas=3\n{}{}kubeplay wait 30s\n", apply_heredoc(pct), apply_heredoc(min)));
    let s = pdb(&mut c, "half")["status"].clone();
    // 50% of 3 rounds up to 2 unavailable: 1 must stay.
    assert_eq!((s["expectedPods"].as_i64(), s["desiredHealthy"].as_i64(), s["currentHealthy"].as_i64(), s["disruptionsAllowed"].as_i64()), (Some(3), Some(1), Some(3), Some(2)), "{}", s);
    assert_eq!(rows(&run(&mut c, "kubectl get pdb half"))[0], vec!["half", "N/A", "50%", "2", "30s"]);
    // A DaemonSet has no /scale: the controller cannot count and allows nothing.
    let s: Value = serde_json::from_str(&run(&mut c, "kubectl get pdb min -n kube-system -o json")).unwrap();
    let cond = &s["status"]["conditions"][0];
    assert_eq!(
        (s["status"]["disruptionsAllowed"].as_i64(), cond["reason"].as_str(), cond["status"].as_str(), cond["message"].as_str()),
        (Some(0), Some("SyncFailed"), Some("False"), Some("daemonsets.apps does not implement the scale subresource")),
        "{}",
        s
    );
    let events = run(&mut c, "kubectl get events -n kube-system --field-selector involvedObject.name=min");
    let r = rows(&events);
    assert!(
        r.iter().any(|r| r[1..].join(" ") == "Warning CalculateExpectedPodCountFailed poddisruptionbudget/min Failed to calculate the number of expected pods: daemonsets.apps does not implement the scale subresource"),
        "{}",
        events
    );
    // Scaling the deployment moves the expectation.
    run_script(&mut c, "kubectl scale deployment web --replicas=5\nkubeplay wait 30s\n");
    let s = pdb(&mut c, "half")["status"].clone();
    assert_eq!((s["expectedPods"].as_i64(), s["desiredHealthy"].as_i64(), s["disruptionsAllowed"].as_i64()), (Some(5), Some(2), Some(3)), "{}", s);
}
