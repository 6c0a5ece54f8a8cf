//! The scheduler as a learner meets it: replicas spread over nodes, required anti-affinity and
//! host ports leaving a replica Pending with upstream's diagnosis, a high-priority pod preempting
//! a low-priority one, and `kubeplay explain-schedule` reading the scheduler's own record.

use crate::support::*;
use kubeplay::shell::run_script;

const TAINT: &str = "1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }";

/// (name, status, node) of every pod in the default namespace.
fn pods(c: &mut kubeplay::sim::Cluster) -> Vec<(String, String, String)> {
    rows(&run(c, "kubectl get pods -o wide")).into_iter().map(|r| (r[0].clone(), r[2].clone(), r[6].clone())).collect()
}

fn anti_affinity_deployment(replicas: u32) -> String {
    format!(
        "apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: {}
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      affinity:
        podAntiAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
          - labelSelector:
              matchLabels:
                app: web
            topologyKey: kubernetes.io/hostname
      containers:
      - name: nginx
        image: nginx
",
        replicas
    )
}

#[test]
fn replicas_spread_over_the_workers() {
    let mut c = cluster(301);
    run_script(&mut c, "kubectl create deployment web --image=nginx --replicas=4\nkubeplay wait 30s\n");
    let p = pods(&mut c);
    assert_eq!(p.len(), 4, "{:?}", p);
    for node in ["node01", "node02"] {
        assert_eq!(p.iter().filter(|(_, s, n)| s == "Running" && n == node).count(), 2, "{:?}", p);
    }
}

#[test]
fn required_anti_affinity_leaves_the_third_replica_pending() {
    let mut c = cluster(302);
    run_script(&mut c, &format!("{}kubeplay wait 30s\n", apply_heredoc(&anti_affinity_deployment(3))));
    let p = pods(&mut c);
    let mut nodes: Vec<&str> = p.iter().filter(|(_, s, _)| s == "Running").map(|(_, _, n)| n.as_str()).collect();
    nodes.sort();
    assert_eq!(nodes, ["node01", "node02"], "{:?}", p);
    let pending = p.iter().find(|(_, s, _)| s == "Pending").expect("a pending replica");
    let want = format!(
        "0/3 nodes are available: {}, 2 node(s) didn't match pod anti-affinity rules. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.",
        TAINT
    );
    let describe = run(&mut c, &format!("kubectl describe pod {}", pending.0));
    assert!(describe.contains(&want), "{}", describe);
    assert!(describe.contains("FailedScheduling"), "{}", describe);
    let msg = run(&mut c, &format!("kubectl get pod {} -o jsonpath={{.status.conditions[0].message}}", pending.0));
    assert_eq!(msg.trim(), want);
}

#[test]
fn host_port_conflicts_leave_a_pod_pending() {
    let mut c = cluster(303);
    let pod = |name: &str| {
        format!(
            "apiVersion: v1
kind: Pod
metadata:
  name: {}
spec:
  containers:
  - name: nginx
    image: nginx
    ports:
    - containerPort: 80
      hostPort: 8080
",
            name
        )
    };
    run_script(&mut c, &format!("{}{}{}kubeplay wait 30s\n", apply_heredoc(&pod("hp1")), apply_heredoc(&pod("hp2")), apply_heredoc(&pod("hp3"))));
    let p = pods(&mut c);
    assert_eq!(p.iter().filter(|(_, s, _)| s == "Running").count(), 2, "{:?}", p);
    let pending = p.iter().find(|(_, s, _)| s == "Pending").expect("a pending pod");
    let events = run(&mut c, "kubectl get events");
    let want = format!(
        "0/3 nodes are available: {}, 2 node(s) didn't have free ports for the requested pod ports. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.",
        TAINT
    );
    assert!(events.lines().any(|l| l.contains(&format!("pod/{}", pending.0)) && l.contains(&want)), "{}", events);
}

const HIGH: &str = "apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata:
  name: high
value: 1000
description: urgent work
";

/// A pod asking for 1.5 of a worker's 2 CPUs; `sleep` as PID 1 ignores SIGTERM, so a deleted
/// one stays Terminating for its grace period.
fn cpu_pod(name: &str, class: Option<&str>) -> String {
    format!(
        "apiVersion: v1
kind: Pod
metadata:
  name: {}
spec:
{}  containers:
  - name: app
    image: busybox
    command: [\"sleep\", \"3600\"]
    resources:
      requests:
        cpu: 1500m
",
        name,
        class.map(|c| format!("  priorityClassName: {}\n", c)).unwrap_or_default()
    )
}

#[test]
fn a_high_priority_pod_preempts_a_low_priority_one() {
    let mut c = cluster(304);
    run_script(&mut c, &format!("{}{}{}kubeplay wait 20s\n", apply_heredoc(HIGH), apply_heredoc(&cpu_pod("low1", None)), apply_heredoc(&cpu_pod("low2", None))));
    let before = pods(&mut c);
    assert!(before.iter().all(|(_, s, _)| s == "Running"), "{:?}", before);
    run_script(&mut c, &format!("{}kubeplay wait 2s\n", apply_heredoc(&cpu_pod("high", Some("high")))));
    let nominated = run(&mut c, "kubectl get pod high -o jsonpath={.status.nominatedNodeName}");
    let node = nominated.trim().to_string();
    assert!(node == "node01" || node == "node02", "{:?}\n{}", nominated, run(&mut c, "kubectl describe pod high"));
    let victim = before.iter().find(|(_, _, n)| *n == node).expect("a pod on the nominated node").0.clone();
    let uid = run(&mut c, "kubectl get pod high -o jsonpath={.metadata.uid}");
    // The victim terminates (its grace period) while the preemptor waits, nominated.
    let deleting = run(&mut c, &format!("kubectl get pod {} -o jsonpath={{.metadata.deletionTimestamp}}", victim));
    assert!(!deleting.trim().is_empty(), "{}", deleting);
    assert_eq!(pods(&mut c).iter().find(|p| p.0 == "high").map(|p| p.1.as_str()), Some("Pending"));
    run_script(&mut c, "kubeplay wait 60s\n");
    let after = pods(&mut c);
    assert!(!after.iter().any(|(n, _, _)| *n == victim), "victim still there: {:?}", after);
    assert!(after.iter().any(|(n, s, h)| n == "high" && s == "Running" && *h == node), "{:?}", after);
    let events = run(&mut c, "kubectl get events");
    let preempted = format!("Preempted by pod {} on node {}", uid.trim(), node);
    assert!(events.lines().any(|l| l.contains(&format!("pod/{}", victim)) && l.contains("Preempted") && l.contains(&preempted)), "{}", events);
    let describe = run(&mut c, "kubectl describe pod high");
    assert!(describe.contains(&format!("0/3 nodes are available: {}, 2 Insufficient cpu.\n", TAINT)), "{}", describe);
    assert!(describe.contains(&format!("Successfully assigned default/high to {}", node)), "{}", describe);
    assert!(describe.contains("Priority:             1000") && describe.contains("Priority Class Name:  high"), "{}", describe);
}

#[test]
fn explain_schedule_shows_the_recorded_cycle() {
    let mut c = cluster(305);
    run_script(&mut c, &format!("{}kubeplay wait 30s\n", apply_heredoc(&anti_affinity_deployment(3))));
    let p = pods(&mut c);
    // The pod scheduled first had both workers to choose from, so its cycle was scored.
    let (running, out) = p
        .iter()
        .filter(|(_, s, _)| s == "Running")
        .map(|r| (r.clone(), run(&mut c, &format!("kubeplay explain-schedule {}", r.0))))
        .find(|(_, out)| !out.contains("scoring was skipped"))
        .expect("a running pod whose cycle was scored");
    assert!(out.contains(&format!("Pod default/{}: scheduling cycle", running.0)), "{}", out);
    assert!(out.contains("TaintToleration(x3)") && out.contains("PodTopologySpread(x2)") && out.contains("ImageLocality(x1)"), "{}", out);
    assert!(out.contains("filtered by TaintToleration: node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }"), "{}", out);
    assert!(out.contains(&format!("Result: Successfully assigned default/{} to {}", running.0, running.2)), "{}", out);
    let winner = out.lines().find(|l| l.contains("* selected")).expect("a winner row");
    assert!(winner.starts_with(&running.2) || out.contains("scoring was skipped"), "{}", out);
    let pending = p.iter().find(|(_, s, _)| s == "Pending").expect("pending").0.clone();
    let out = run(&mut c, &format!("kubeplay explain-schedule {} -n default", pending));
    assert!(out.contains("filtered by InterPodAffinity: node(s) didn't match pod anti-affinity rules"), "{}", out);
    assert!(out.contains("Result: unschedulable: 0/3 nodes are available"), "{}", out);
    let missing = run(&mut c, "kubeplay explain-schedule nope");
    assert!(missing.contains("no scheduling cycle recorded for pod \"nope\" in namespace \"default\""), "{}", missing);
}

fn spread_deployment(key: &str) -> String {
    format!(
        "apiVersion: apps/v1
kind: Deployment
metadata:
  name: zoned
spec:
  replicas: 2
  selector:
    matchLabels:
      app: zoned
  template:
    metadata:
      labels:
        app: zoned
    spec:
      topologySpreadConstraints:
      - maxSkew: 1
        topologyKey: {}
        whenUnsatisfiable: DoNotSchedule
        labelSelector:
          matchLabels:
            app: zoned
      containers:
      - name: nginx
        image: nginx
",
        key
    )
}

#[test]
fn hard_topology_spread_reports_skew_and_missing_labels() {
    let mut c = cluster(306);
    let setup = format!(
        "kubectl cordon node02\n{}kubeplay wait 30s\n",
        apply_heredoc(&spread_deployment("kubernetes.io/hostname"))
    );
    run_script(&mut c, &setup);
    let p = pods(&mut c);
    assert_eq!(p.iter().filter(|(_, s, n)| s == "Running" && n == "node01").count(), 1, "{:?}", p);
    let pending = p.iter().find(|(_, s, _)| s == "Pending").expect("a pending replica").0.clone();
    let want = format!(
        "0/3 nodes are available: 1 node(s) didn't match pod topology spread constraints, {}, 1 node(s) were unschedulable. preemption: 0/3 nodes are available: 1 No preemption victims found for incoming pod, 2 Preemption is not helpful for scheduling.",
        TAINT
    );
    let describe = run(&mut c, &format!("kubectl describe pod {}", pending));
    assert!(describe.contains(&want), "{}", describe);
    // Uncordoning lets the replica go to the empty domain.
    run_script(&mut c, "kubectl uncordon node02\nkubeplay wait 30s\n");
    assert!(pods(&mut c).iter().any(|(n, s, h)| *n == pending && s == "Running" && h == "node02"), "{:?}", pods(&mut c));

    let mut c = cluster(307);
    run_script(&mut c, &format!("{}kubeplay wait 30s\n", apply_heredoc(&spread_deployment("example.com/rack"))));
    let pending = pods(&mut c)[0].0.clone();
    let want = format!(
        "0/3 nodes are available: {}, 2 node(s) didn't match pod topology spread constraints (missing required label). preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.",
        TAINT
    );
    let describe = run(&mut c, &format!("kubectl describe pod {}", pending));
    assert!(describe.contains(&want), "{}", describe);
}

fn pinned_pod(name: &str, nodes: &[&str]) -> String {
    let values: Vec<String> = nodes.iter().map(|n| format!("            - {}\n", n)).collect();
    format!(
        "apiVersion: v1
kind: Pod
metadata:
  name: {name}
spec:
  affinity:
    nodeAffinity:
      requiredDuringSchedulingIgnoredDuringExecution:
        nodeSelectorTerms:
        - matchFields:
          - key: metadata.name
            operator: In
            values:
{values}  containers:
  - name: nginx
    image: nginx
",
        values = values.concat()
    )
}

/// NodeAffinity's PreFilter: a pod pinned by `metadata.name` (as DaemonSet pods are) is only
/// filtered against the pinned nodes; the others are reported as upstream reports them.
#[test]
fn node_name_affinity_is_a_prefilter_result() {
    let mut c = cluster(303);
    let script = format!(
        "{}{}kubeplay wait 20s\n",
        apply_heredoc(&pinned_pod("on-node02", &["node02"])),
        apply_heredoc(&pinned_pod("nowhere", &["node09"]))
    );
    run_script(&mut c, &script);
    let p = pods(&mut c);
    assert!(p.contains(&("on-node02".into(), "Running".into(), "node02".into())), "{:?}", p);
    let events = run(&mut c, "kubectl get events --field-selector involvedObject.name=nowhere");
    assert!(
        events.contains("0/3 nodes are available: 3 node(s) didn't satisfy plugin(s) [NodeAffinity]. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling."),
        "{}",
        events
    );
}

/// The room a preemption frees is kept for the nominated pod: lower-priority pods that arrive
/// while the victim terminates are filtered as if the nominated pod already ran there.
#[test]
fn a_nominated_pod_keeps_the_room_its_preemption_freed() {
    let mut c = cluster(304);
    run_script(&mut c, &format!("{}{}{}kubeplay wait 20s\n", apply_heredoc(HIGH), apply_heredoc(&cpu_pod("low1", None)), apply_heredoc(&cpu_pod("low2", None))));
    run_script(&mut c, &format!("{}kubeplay wait 2s\n", apply_heredoc(&cpu_pod("high", Some("high")))));
    let node = run(&mut c, "kubectl get pod high -o jsonpath={.status.nominatedNodeName}").trim().to_string();
    assert!(node == "node01" || node == "node02", "{:?}", node);
    // Each worker has 0.4 CPU free; two 0.3 CPU pods would take one each.
    let small = |name: &str| cpu_pod(name, None).replace("cpu: 1500m", "cpu: 300m");
    run_script(&mut c, &format!("{}{}kubeplay wait 5s\n", apply_heredoc(&small("late1")), apply_heredoc(&small("late2"))));
    let during = pods(&mut c);
    assert!(!during.iter().any(|(n, _, h)| n.starts_with("late") && *h == node), "a latecomer took the nominated node: {:?}", during);
    assert_eq!(during.iter().filter(|(n, s, _)| n.starts_with("late") && s == "Pending").count(), 1, "{:?}", during);
    run_script(&mut c, "kubeplay wait 60s\n");
    let after = pods(&mut c);
    assert!(after.iter().any(|(n, s, h)| n == "high" && s == "Running" && *h == node), "{:?}", after);
}

#[test]
fn a_higher_preemption_on_a_node_clears_lower_nominations_there() {
    let mut c = cluster(304);
    let top = HIGH.replace("name: high", "name: top").replace("value: 1000", "value: 2000");
    run_script(&mut c, &format!("{}{}{}{}kubeplay wait 20s\n", apply_heredoc(HIGH), apply_heredoc(&top), apply_heredoc(&cpu_pod("low1", None)), apply_heredoc(&cpu_pod("low2", None))));
    run_script(&mut c, &format!("{}kubeplay wait 2s\n", apply_heredoc(&cpu_pod("mid", Some("high")))));
    let node = run(&mut c, "kubectl get pod mid -o jsonpath={.status.nominatedNodeName}").trim().to_string();
    assert!(node == "node01" || node == "node02", "{:?}", node);
    // While mid's victim terminates, a pod of a higher class that can only run on that node.
    let pinned = cpu_pod("urgent", Some("top")).replace("spec:\n", &format!("spec:\n  nodeSelector:\n    kubernetes.io/hostname: {}\n", node));
    run_script(&mut c, &format!("{}kubeplay wait 1s\n", apply_heredoc(&pinned)));
    assert_eq!(run(&mut c, "kubectl get pod urgent -o jsonpath={.status.nominatedNodeName}").trim(), node);
    let cleared = run(&mut c, "kubectl get pod mid -o jsonpath={.status.nominatedNodeName}").trim().to_string();
    assert_ne!(cleared, node, "mid kept its nomination to {}", node);
    // urgent runs where it was nominated; mid finds room elsewhere by preempting there.
    run_script(&mut c, "kubeplay wait 90s\n");
    let after = pods(&mut c);
    assert!(after.iter().any(|(n, s, h)| n == "urgent" && s == "Running" && *h == node), "{:?}", after);
    assert!(after.iter().any(|(n, s, h)| n == "mid" && s == "Running" && *h != node), "{:?}", after);
}
