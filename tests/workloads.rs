//! Workload controllers through kubectl, as a learner drives them: Deployments roll out, roll
//! back, scale and restart.

use crate::support::*;
use kubeplay::shell::run_script;

/// The rows of each `$ kubectl get …` block in a transcript whose command line starts with `cmd`.
fn blocks<'a>(transcript: &'a str, cmd: &str) -> Vec<&'a str> {
    transcript.split("$ ").filter_map(|b| b.strip_prefix(cmd)).map(|b| b.split_once('\n').map_or("", |(_, rest)| rest)).collect()
}

#[test]
fn deployment_rolls_out_with_three_available_and_rolls_back() {
    let mut c = cluster(41);
    let mut script = String::from("kubectl create deployment web --image=nginx:1.25 --replicas=4\nkubeplay wait 40s\nkubectl get rs\nkubectl set image deployment/web nginx=nginx:1.26\n");
    for _ in 0..25 {
        script.push_str("kubectl get deploy web\nkubectl get rs\nkubeplay wait 1s\n");
    }
    script.push_str("kubectl rollout status deployment/web\nkubectl rollout history deployment/web\n");
    let t = run_script(&mut c, &script);
    assert!(t.contains("$ kubectl create deployment web --image=nginx:1.25 --replicas=4\ndeployment.apps/web created\n"), "{}", t);
    assert!(t.contains("deployment.apps/web image updated\n"), "{}", t);
    // Never fewer than 3 available (maxUnavailable 25% of 4 rounds down to 1).
    let deploys = blocks(&t, "kubectl get deploy web");
    assert_eq!(deploys.len(), 25);
    for d in &deploys {
        let r = rows(d);
        let available: i64 = r[0][3].parse().unwrap();
        assert!(available >= 3, "available {} in\n{}", available, t);
    }
    // Two ReplicaSets hold pods at once during the rollout, the old one shrinking.
    let rs_tables = blocks(&t, "kubectl get rs");
    let both = rs_tables.iter().any(|b| {
        let r = rows(b);
        r.len() == 2 && r.iter().all(|row| row[2] != "0")
    });
    assert!(both, "{}", t);
    assert!(t.contains("deployment \"web\" successfully rolled out\n"), "{}", t);
    assert!(t.contains("deployment.apps/web \nREVISION  CHANGE-CAUSE\n1         <none>\n2         <none>\n\n"), "{}", t);
    let before = rows(rs_tables[0]);
    assert_eq!(before.len(), 1);
    let original = before[0][0].clone();

    let undo = run_script(&mut c, "kubectl rollout undo deployment/web\nkubectl rollout status deployment/web\nkubectl get rs -o wide\nkubectl get deploy web -o wide\n");
    assert!(undo.contains("deployment.apps/web rolled back\n"), "{}", undo);
    let rs = rows(blocks(&undo, "kubectl get rs -o wide")[0]);
    let orig = rs.iter().find(|r| r[0] == original).expect("original ReplicaSet kept");
    assert_eq!((orig[1].as_str(), orig[3].as_str(), orig[6].as_str()), ("4", "4", "nginx:1.25"), "{}", undo);
    assert!(rs.iter().any(|r| r[0] != original && r[1] == "0" && r[6] == "nginx:1.26"), "{}", undo);
    let history = run(&mut c, "kubectl rollout history deployment/web");
    assert_eq!(history, "deployment.apps/web \nREVISION  CHANGE-CAUSE\n2         <none>\n3         <none>\n\n");
    assert_eq!(run(&mut c, "kubectl rollout undo deployment/web --to-revision=3"), "deployment.apps/web skipped rollback (current template already matches revision 3)\n");
    assert_eq!(run(&mut c, "kubectl rollout undo deployment/web --to-revision=9"), "error: unable to find specified revision 9 in history\n");
}

#[test]
fn scale_patches_the_scale_subresource() {
    let mut c = cluster(42);
    let t = run_script(
        &mut c,
        "kubectl create deployment web --image=nginx --replicas=2\nkubeplay wait 30s\nkubectl scale deploy/web --replicas=5\nkubeplay wait 30s\nkubectl get deploy web\n\
         kubectl scale deploy web --replicas=1 --current-replicas=4\nkubectl scale deploy web --replicas=3 --current-replicas=5\n\
         kubectl scale deploy/web\nkubectl scale deploy/web --replicas=-1\nkubectl scale deploy/web --replicas=x\nkubectl scale deploy/nope --replicas=1\n\
         kubectl scale --replicas=2\nkubectl scale deploy/web --replicas=2 --all\n",
    );
    assert!(t.contains("$ kubectl scale deploy/web --replicas=5\ndeployment.apps/web scaled\n"), "{}", t);
    assert_eq!(rows(blocks(&t, "kubectl get deploy web")[0])[0][1], "5/5", "{}", t);
    assert!(t.contains("--current-replicas=4\nerror: Expected replicas to be 4, was 5\n"), "{}", t);
    assert!(t.contains("--current-replicas=5\ndeployment.apps/web scaled\n"), "{}", t);
    assert!(t.contains("$ kubectl scale deploy/web\nerror: required flag(s) \"replicas\" not set\n"), "{}", t);
    assert!(t.contains("--replicas=-1\nerror: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0\n"), "{}", t);
    assert!(t.contains("error: invalid argument \"x\" for \"--replicas\" flag: strconv.ParseInt: parsing \"x\": invalid syntax\nSee 'kubectl scale --help' for usage.\n"), "{}", t);
    assert!(t.contains("Error from server (NotFound): deployments.apps \"nope\" not found\n"), "{}", t);
    assert!(t.contains("$ kubectl scale --replicas=2\nerror: You must provide one or more resources by argument or filename.\n"), "{}", t);
    assert!(t.contains("--all\nerror: selectors and the all flag cannot be used when passing resource/name arguments\n"), "{}", t);
    // The subresource itself, as an autoscaler reads it.
    let scale = c.request(kubeplay::apiserver::http::Request::new(kubeplay::apiserver::http::Method::Get, "/apis/apps/v1/namespaces/default/deployments/web/scale"));
    let v: serde_json::Value = serde_json::from_str(&scale.body).unwrap();
    assert_eq!((v["kind"].as_str(), v["spec"]["replicas"].as_i64(), v["status"]["selector"].as_str()), (Some("Scale"), Some(3), Some("app=web")), "{}", scale.body);
    // A kind without /scale.
    run_script(&mut c, &apply_heredoc("apiVersion: v1\nkind: Pod\nmetadata:\n  name: solo\nspec:\n  containers:\n  - name: c\n    image: nginx\n"));
    assert_eq!(run(&mut c, "kubectl scale pod/solo --replicas=2"), "Error from server (NotFound): the server could not find the requested resource\n");
}

#[test]
fn set_image_changes_only_what_differs() {
    let mut c = cluster(43);
    run_script(&mut c, "kubectl create deployment web --image=nginx:1.25\nkubeplay wait 20s\n");
    assert_eq!(run(&mut c, "kubectl set image deploy/web nginx=nginx:1.25"), "");
    assert_eq!(run(&mut c, "kubectl set image deploy/web foo=bar"), "error: unable to find container named \"foo\"\n");
    assert_eq!(run(&mut c, "kubectl set image deploy/web"), "error: at least one image update is required\n");
    assert_eq!(run(&mut c, "kubectl set image nginx=x deploy/web"), "error: all resources must be specified before image changes: deploy/web\n");
    assert_eq!(run(&mut c, "kubectl set image deploy/web *=nginx:1.26"), "deployment.apps/web image updated\n");
    assert!(run(&mut c, "kubectl get deploy web -o yaml").contains("image: nginx:1.26"));
    let help = run(&mut c, "kubectl set");
    assert!(help.starts_with("Configure application resources.\n"), "{}", help);
    assert_eq!(run(&mut c, "kubectl set foo"), "error: unknown command \"foo\"\nSee 'kubectl set -h' for help and examples\n");
}

#[test]
fn rollout_status_times_out_and_pause_blocks_undo() {
    let mut c = cluster(44);
    run_script(&mut c, "kubectl create deployment web --image=nginx:1.25 --replicas=2\nkubeplay wait 30s\nkubectl set image deploy/web nginx=ngnix:1.26\n");
    let t = run_script(&mut c, "kubectl rollout status deploy/web --timeout=20s\n");
    assert!(t.contains("Waiting for deployment \"web\" rollout to finish: 1 out of 2 new replicas have been updated...\n"), "{}", t);
    assert!(t.ends_with("error: timed out waiting for the condition\n"), "{}", t);
    assert_eq!(run(&mut c, "kubectl rollout pause deploy/web"), "deployment.apps/web paused\n");
    assert_eq!(run(&mut c, "kubectl rollout pause deploy/web"), "deployment.apps/web already paused\n");
    assert_eq!(
        run(&mut c, "kubectl rollout undo deploy/web"),
        "error: you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again\n"
    );
    assert_eq!(run(&mut c, "kubectl rollout restart deploy/web"), "error: can't restart paused deployment (run rollout resume first)\n");
    assert_eq!(run(&mut c, "kubectl rollout resume deploy/web"), "deployment.apps/web resumed\n");
    assert_eq!(run(&mut c, "kubectl rollout undo deploy/web"), "deployment.apps/web rolled back\n");
    let done = run(&mut c, "kubectl rollout status deploy/web");
    assert!(done.ends_with("deployment \"web\" successfully rolled out\n"), "{}", done);
    assert_eq!(run(&mut c, "kubectl rollout status pod/x"), "Error from server (NotFound): pods \"x\" not found\n");
    assert_eq!(run(&mut c, "kubectl rollout status"), "error: required resource not specified\n");
    assert_eq!(run(&mut c, "kubectl rollout foo deploy/web"), "error: unknown command \"foo\"\nSee 'kubectl rollout -h' for help and examples\n");
}

#[test]
fn create_deployment_builds_what_kubectl_builds() {
    let mut c = cluster(45);
    assert_eq!(
        run(&mut c, "kubectl create deployment web --image=nginx:1.25 --replicas=3 --port=80 --dry-run=client -o yaml"),
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  creationTimestamp: null\n  labels:\n    app: web\n  name: web\nspec:\n  replicas: 3\n  selector:\n    matchLabels:\n      app: web\n  strategy: {}\n  template:\n    metadata:\n      creationTimestamp: null\n      labels:\n        app: web\n    spec:\n      containers:\n      - image: nginx:1.25\n        name: nginx\n        ports:\n        - containerPort: 80\n        resources: {}\nstatus: {}\n"
    );
    assert_eq!(run(&mut c, "kubectl create deployment web --dry-run=client"), "error: required flag(s) \"image\" not set\n");
    assert_eq!(run(&mut c, "kubectl create deployment --image=nginx"), "error: exactly one NAME is required, got 0\nSee 'kubectl create deployment -h' for help and examples\n");
    assert_eq!(run(&mut c, "kubectl create deployment web --image=nginx --image=redis -- sleep 1"), "error: cannot specify multiple --image options and command\n");
    assert_eq!(run(&mut c, "kubectl create deployment web --image=registry.k8s.io/pause:3.10"), "deployment.apps/web created\n");
    assert!(run(&mut c, "kubectl get deploy web -o yaml").contains("name: pause\n"));
    assert_eq!(run(&mut c, "kubectl create deployment web --image=nginx"), "error: failed to create deployment: deployments.apps \"web\" already exists\n");
}

#[test]
fn a_stopped_worker_goes_not_ready_and_its_pods_move_after_the_toleration() {
    let mut c = cluster(46);
    run_script(&mut c, "kubectl create deployment web --image=nginx --replicas=4\nkubeplay wait 30s\n");
    let on = |c: &mut kubeplay::sim::Cluster, node: &str| -> Vec<String> {
        rows(&run(c, "kubectl get pods -o wide")).into_iter().filter(|r| r[6] == node).map(|r| r[0].clone()).collect()
    };
    let before = on(&mut c, "node01");
    assert!(!before.is_empty(), "the scheduler spreads the replicas");
    assert_eq!(run(&mut c, "kubeplay node stop node01"), "node node01 stopped\n");
    // Within the 50s grace period the node still looks Ready.
    c.run_for(std::time::Duration::from_secs(30));
    let nodes = rows(&run(&mut c, "kubectl get nodes"));
    assert_eq!(nodes[1][..2], ["node01".to_string(), "Ready".to_string()]);
    c.run_for(std::time::Duration::from_secs(25));
    let nodes = rows(&run(&mut c, "kubectl get nodes"));
    assert_eq!(nodes[1][..2], ["node01".to_string(), "NotReady".to_string()]);
    let describe = run(&mut c, "kubectl describe node node01");
    assert!(describe.contains("Taints:             node.kubernetes.io/unreachable:NoExecute\n                    node.kubernetes.io/unreachable:NoSchedule\n"), "{}", describe);
    assert!(describe.contains("  Ready            Unknown   "), "{}", describe);
    assert!(describe.contains("NodeStatusUnknown   Kubelet stopped posting node status.\n"), "{}", describe);
    // The pods stay on the node (their 300s toleration of unreachable has not run out).
    c.run_for(std::time::Duration::from_secs(200));
    assert_eq!(on(&mut c, "node01"), before);
    assert_eq!(rows(&run(&mut c, "kubectl get pods")).len(), 4);
    // After it, they are marked for deletion (Terminating: the kubelet cannot confirm) and
    // replaced on the other worker.
    c.run_for(std::time::Duration::from_secs(120));
    let pods = rows(&run(&mut c, "kubectl get pods -o wide"));
    assert_eq!(pods.iter().filter(|r| r[2] == "Running" && r[6] == "node02").count(), 4, "{:?}", pods);
    assert!(pods.iter().filter(|r| r[6] == "node01").all(|r| r[2] == "Terminating"), "{:?}", pods);
    let events = run(&mut c, "kubectl get events");
    let line = events.lines().find(|l| l.contains("TaintManagerEviction") && l.contains(&format!("pod/{} ", before[0]))).unwrap_or_else(|| panic!("{}", events));
    assert!(line.ends_with(&format!("Marking for deletion Pod default/{}", before[0])), "{}", line);
    // Back on: Ready again, the taints go, and the kubelet finishes the deletions.
    assert_eq!(run(&mut c, "kubeplay node start node01"), "node node01 started\n");
    c.run_for(std::time::Duration::from_secs(40));
    assert_eq!(rows(&run(&mut c, "kubectl get nodes"))[1][..2], ["node01".to_string(), "Ready".to_string()]);
    assert!(on(&mut c, "node01").is_empty());
    assert!(run(&mut c, "kubectl describe node node01").contains("Taints:             <none>\n"));
    assert_eq!(run(&mut c, "kubeplay node stop node09"), "kubeplay node: no node named \"node09\"; nodes: controlplane, node01, node02\n");
}

#[test]
fn a_partitioned_worker_runs_on_unreachable_goes_not_ready_and_resyncs_when_reconnected() {
    let mut c = cluster(46);
    run_script(&mut c, "kubectl create deployment web --image=nginx --replicas=4\nkubectl expose deployment web --port=80\nkubeplay wait 30s\n");
    let on = |c: &mut kubeplay::sim::Cluster, node: &str| -> Vec<String> {
        rows(&run(c, "kubectl get pods -o wide")).into_iter().filter(|r| r[6] == node).map(|r| r[0].clone()).collect()
    };
    let before = on(&mut c, "node01");
    let elsewhere = on(&mut c, "node02");
    assert!(!before.is_empty() && !elsewhere.is_empty(), "the scheduler spreads the replicas (seed 46)");
    assert_eq!(run(&mut c, "kubeplay node partition node01"), "node node01 is cut off from the network\n");
    // The apiserver cannot reach the kubelet: logs time out (a stopped machine says no route).
    let logs = run(&mut c, &format!("kubectl logs {}", before[0]));
    assert!(logs.starts_with("Error from server: Get \"https://") && logs.trim_end().ends_with(":10250: i/o timeout"), "{}", logs);
    // A pod on node02 cannot reach node01's pods; its own node's pods answer.
    let ip = |c: &mut kubeplay::sim::Cluster, pod: &str| run(c, &format!("kubectl get pod {} -o jsonpath={{.status.podIP}}", pod));
    let far = ip(&mut c, &before[0]);
    let near = ip(&mut c, &elsewhere[0]);
    let trace = run(&mut c, &format!("kubeplay trace kubectl exec {} -- curl -s -m 2 http://{}/", elsewhere[0], far));
    assert!(trace.contains("node01: cut off from the network (partitioned): the VXLAN packet is lost"), "{}", trace);
    let ok = run(&mut c, &format!("kubectl exec {} -- curl -s -o /dev/null -w %{{http_code}} http://{}/", elsewhere[0], near));
    assert_eq!(ok, "200");
    // The lease runs out: NotReady, Unknown conditions, the unreachable taints.
    c.run_for(std::time::Duration::from_secs(60));
    let nodes = rows(&run(&mut c, "kubectl get nodes"));
    assert_eq!(nodes[1][..2], ["node01".to_string(), "NotReady".to_string()]);
    assert!(run(&mut c, "kubectl describe node node01").contains("NodeStatusUnknown   Kubelet stopped posting node status.\n"));
    // After the 300s toleration the pods are marked for deletion and replaced on node02; on
    // node01 their containers still run (the kubelet cannot hear of the deletion).
    c.run_for(std::time::Duration::from_secs(300));
    let pods = rows(&run(&mut c, "kubectl get pods -o wide"));
    assert_eq!(pods.iter().filter(|r| r[2] == "Running" && r[6] == "node02").count(), 4, "{:?}", pods);
    assert!(pods.iter().filter(|r| r[6] == "node01").all(|r| r[2] == "Terminating"), "{:?}", pods);
    let nginx_runs = |c: &kubeplay::sim::Cluster| c.kubelet("node01").expect("node01").runs_container("default", "docker.io/library/nginx");
    assert!(nginx_runs(&c), "the containers run on");
    // Reconnected: the kubelet heartbeats at once, learns of the deletions and finishes them.
    assert_eq!(run(&mut c, "kubeplay node reconnect node01"), "node node01 is reconnected\n");
    assert_eq!(run(&mut c, "kubeplay node reconnect node01"), "node node01 is not cut off\n");
    c.run_for(std::time::Duration::from_secs(40));
    assert_eq!(rows(&run(&mut c, "kubectl get nodes"))[1][..2], ["node01".to_string(), "Ready".to_string()]);
    assert!(on(&mut c, "node01").is_empty());
    assert!(!nginx_runs(&c), "the kubelet stopped them");
    assert!(run(&mut c, "kubectl describe node node01").contains("Taints:             <none>\n"));
}

#[test]
fn scheduler_and_controller_manager_elect_leaders_through_leases() {
    use kubeplay::sim::{Cluster, ClusterConfig};
    let mut c = Cluster::boot(ClusterConfig::kubeadm_ha(47, 3));
    let holders = |c: &mut Cluster| -> Vec<(String, String, String)> {
        rows(&run(c, "kubectl get leases -n kube-system -o custom-columns=NAME:.metadata.name,HOLDER:.spec.holderIdentity,TRANSITIONS:.spec.leaseTransitions"))
            .into_iter()
            .map(|r| (r[0].clone(), r[1].split('_').next().unwrap().to_string(), r[2].clone()))
            .collect()
    };
    let first = holders(&mut c);
    assert_eq!(first, vec![("kube-controller-manager".into(), "controlplane".into(), "0".into()), ("kube-scheduler".into(), "controlplane".into(), "0".into())]);
    // The leaders' machine goes off: within 15s (+ a 2s retry) another instance takes over.
    run(&mut c, "kubeplay node stop controlplane");
    c.run_for(std::time::Duration::from_secs(10));
    assert_eq!(holders(&mut c)[0].1, "controlplane", "the lease has not expired yet");
    c.run_for(std::time::Duration::from_secs(10));
    let after = holders(&mut c);
    assert!(after.iter().all(|(_, node, transitions)| node != "controlplane" && transitions == "1"), "{:?}", after);
    // ... and the new leaders work: a Deployment gets its pods scheduled.
    let t = run_script(&mut c, "kubectl create deployment web --image=nginx --replicas=2\nkubeplay wait 30s\nkubectl get pods\n");
    assert_eq!(rows(t.split("$ kubectl get pods\n").nth(1).unwrap()).iter().filter(|r| r[2] == "Running").count(), 2, "{}", t);
}

#[test]
fn endpoints_and_slices_follow_the_ready_pods_of_a_service() {
    let mut c = cluster(48);
    let svc = "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  labels:\n    tier: front\nspec:\n  selector:\n    app: web\n  ports:\n  - name: http\n    port: 80\n    targetPort: web\n";
    let deploy = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n      - name: nginx\n        image: nginx\n        ports:\n        - name: web\n          containerPort: 80\n";
    let t = run_script(&mut c, &format!("{}{}kubeplay wait 30s\nkubectl get ep web\n", apply_heredoc(deploy), apply_heredoc(svc)));
    let ips: Vec<String> = rows(&run(&mut c, "kubectl get pods -o wide")).into_iter().map(|r| r[5].clone()).collect();
    assert_eq!(ips.len(), 3, "{}", t);
    let ep = t.split("$ kubectl get ep web\n").nth(1).unwrap();
    assert!(ep.starts_with("Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice\nNAME   ENDPOINTS"), "{}", ep);
    for ip in &ips {
        assert!(ep.contains(&format!("{}:80", ip)), "{} missing from\n{}", ip, ep);
    }
    let slice = run(&mut c, "kubectl get endpointslices -l kubernetes.io/service-name=web -o yaml");
    for piece in ["endpointslice.kubernetes.io/managed-by: endpointslice-controller.k8s.io", "tier: front", "  - name: http\n    port: 80\n    protocol: TCP", "kind: Service\n      name: web"] {
        assert!(slice.contains(piece), "{} missing from\n{}", piece, slice);
    }
    assert_eq!(slice.matches("      ready: true\n").count(), 3, "{}", slice);
    // Scaled to zero: no addresses, and one empty slice stays.
    run(&mut c, "kubectl scale deploy web --replicas=0");
    c.run_for(std::time::Duration::from_secs(40));
    let ep = run(&mut c, "kubectl get ep web");
    assert_eq!(rows(ep.split_once('\n').unwrap().1)[0][1], "<none>", "{}", ep);
    let slices = rows(&run(&mut c, "kubectl get endpointslices -l kubernetes.io/service-name=web"));
    assert_eq!((slices.len(), slices[0][3].as_str()), (1, "<unset>"), "{:?}", slices);
}
