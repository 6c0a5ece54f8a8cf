//! Scenario tests: the headline flows, driven like a learner drives them.

use crate::support::*;
use kubeplay::shell::run_script;
use std::time::Duration;

#[test]
fn default_cluster_has_three_ready_kubeadm_nodes() {
    let mut c = cluster(1);
    let out = run(&mut c, "kubectl get nodes -o wide");
    let r = rows(&out);
    let names: Vec<&str> = r.iter().map(|row| row[0].as_str()).collect();
    assert_eq!(names, vec!["controlplane", "node01", "node02"], "{}", out);
    for row in &r {
        assert_eq!(row[1], "Ready", "{}", out);
        assert!(row[4].starts_with("v1.34."), "{}", out);
        assert!(row.last().unwrap().starts_with("containerd://"), "{}", out);
    }
    assert_eq!(r[0][2], "control-plane");
    assert_eq!(r[1][2], "<none>");
    let yaml = run(&mut c, "kubectl get node controlplane -o yaml");
    assert!(yaml.contains("key: node-role.kubernetes.io/control-plane"), "{}", yaml);
    assert!(yaml.contains("podCIDR: 10.244.0.0/24"), "{}", yaml);
    assert!(run(&mut c, "kubectl get node node01 -o yaml").contains("podCIDR: 10.244.1.0/24"));
    assert!(run(&mut c, "kubectl get node node02 -o yaml").contains("podCIDR: 10.244.2.0/24"));
}

#[test]
fn rc_heals_after_its_pods_are_deleted() {
    let mut c = cluster(7);
    let script = format!("{}kubeplay wait 30s\nkubectl get pods\n", apply_heredoc(NGINX_RC));
    let before = run_script(&mut c, &script);
    let old: Vec<String> = rows(before.split("$ kubectl get pods\n").nth(1).unwrap()).into_iter().map(|r| r[0].clone()).collect();
    assert_eq!(old.len(), 3, "{}", before);
    let after = run_script(&mut c, "kubectl delete pods -l app=nginx\nkubeplay wait 30s\nkubectl get pods\n");
    let table = after.split("$ kubectl get pods\n").nth(1).unwrap();
    let r = rows(table);
    assert_eq!(r.len(), 3, "{}", after);
    for row in &r {
        assert_eq!((row[1].as_str(), row[2].as_str()), ("1/1", "Running"), "{}", after);
        assert!(!old.contains(&row[0]), "{} existed before the delete:\n{}", row[0], after);
        assert!(row[0].starts_with("nginx-") && row[0].len() == 11, "{}", row[0]);
    }
    for name in &old {
        assert!(after.contains(&format!("pod \"{}\" deleted from default namespace", name)), "{}", after);
    }
}

#[test]
fn time_matters_right_after_apply() {
    let mut c = cluster(3);
    let out = run_script(&mut c, &format!("{}kubectl get pods\n", apply_heredoc(NGINX_RC)));
    let table = out.split("$ kubectl get pods\n").nth(1).unwrap();
    let r = rows(table);
    assert_eq!(r.len(), 3, "{}", out);
    for row in &r {
        assert!(row[2] == "Pending" || row[2] == "ContainerCreating", "{}", out);
        assert_eq!(row[1], "0/1");
    }
}

#[test]
fn pods_spread_over_workers_never_the_tainted_control_plane() {
    let mut c = cluster(11);
    run_script(&mut c, &format!("{}kubeplay wait 20s\n", apply_heredoc(&NGINX_RC.replace("replicas: 3", "replicas: 6"))));
    let out = run(&mut c, "kubectl get pods -o wide");
    let r = rows(&out);
    assert_eq!(r.len(), 6, "{}", out);
    let on = |n: &str| r.iter().filter(|row| row[6] == n).count();
    assert_eq!(on("controlplane"), 0, "{}", out);
    assert_eq!(on("node01"), 3, "least-allocated scoring balances the workers:\n{}", out);
    assert_eq!(on("node02"), 3, "{}", out);
    for row in &r {
        assert!(row[5].starts_with("10.244.1.") || row[5].starts_with("10.244.2."), "{}", out);
    }
}

#[test]
fn rc_status_and_scale_down_by_apply() {
    let mut c = cluster(5);
    run_script(&mut c, &format!("{}kubeplay wait 20s\n", apply_heredoc(NGINX_RC)));
    let rc = rows(&run(&mut c, "kubectl get rc"));
    assert_eq!(rc[0][..4], ["nginx", "3", "3", "3"]);
    let out = run_script(&mut c, &apply_heredoc(&NGINX_RC.replace("replicas: 3", "replicas: 1")));
    assert!(out.contains("replicationcontroller/nginx configured"), "{}", out);
    c.run_for(Duration::from_secs(20));
    assert_eq!(rows(&run(&mut c, "kubectl get pods")).len(), 1);
    assert_eq!(rows(&run(&mut c, "kubectl get rc"))[0][..4], ["nginx", "1", "1", "1"]);
    let again = run_script(&mut c, &apply_heredoc(&NGINX_RC.replace("replicas: 3", "replicas: 1")));
    assert!(again.contains("replicationcontroller/nginx unchanged"), "{}", again);
}

#[test]
fn deleting_the_rc_deletes_its_pods() {
    let mut c = cluster(9);
    run_script(&mut c, &format!("{}kubeplay wait 20s\n", apply_heredoc(NGINX_RC)));
    assert_eq!(run(&mut c, "kubectl delete rc nginx"), "replicationcontroller \"nginx\" deleted from default namespace\n");
    c.run_for(Duration::from_secs(10));
    assert_eq!(run(&mut c, "kubectl get pods"), "No resources found in default namespace.\n");
}

#[test]
fn errors_read_like_kubectl() {
    let mut c = cluster(2);
    assert_eq!(run(&mut c, "kubectl get pod nope"), "Error from server (NotFound): pods \"nope\" not found\n");
    assert_eq!(run(&mut c, "kubectl get podz"), "error: the server doesn't have a resource type \"podz\"\n");
    assert_eq!(run(&mut c, "kubectl delete pod"), "error: resource(s) were provided, but no name was specified\n");
    assert_eq!(run(&mut c, "kubectl get pods"), "No resources found in default namespace.\n");
    assert_eq!(run(&mut c, "kubectl get pods --bogus"), "error: unknown flag: --bogus\nSee 'kubectl get --help' for usage.\n");
    let out = run_script(&mut c, &apply_heredoc(&NGINX_RC.replace("kind: ReplicationController", "kind: ReplicationControler")));
    assert!(out.contains("error: resource mapping not found for name: \"nginx\" namespace: \"\" from \"STDIN\": no matches for kind \"ReplicationControler\" in version \"v1\"\nensure CRDs are installed first\n"), "{}", out);
    let out = run_script(&mut c, &apply_heredoc(&NGINX_RC.replace("app: nginx\n    spec", "app: web\n    spec")));
    assert!(out.contains("The ReplicationController \"nginx\" is invalid: spec.template.metadata.labels: Invalid value: {\"app\":\"web\"}: `selector` does not match template `labels`\n"), "{}", out);
    let out = run_script(&mut c, &apply_heredoc("apiVersion: v1\nkind: Pod\nmetadata:\n  name: My_Pod\nspec:\n  containers:\n  - name: c\n"));
    assert!(out.contains("The Pod \"My_Pod\" is invalid: \n* metadata.name: Invalid value: \"My_Pod\": a lowercase RFC 1123 subdomain"), "{}", out);
    assert!(out.contains("* spec.containers[0].image: Required value\n"), "{}", out);
}

#[test]
fn busybox_crash_loops_with_growing_backoff() {
    let mut c = cluster(4);
    run_script(&mut c, &apply_heredoc("apiVersion: v1\nkind: Pod\nmetadata:\n  name: busy\nspec:\n  containers:\n  - name: c\n    image: busybox\n"));
    c.run_for(Duration::from_secs(90));
    let r = rows(&run(&mut c, "kubectl get pods"));
    assert!(["CrashLoopBackOff", "Completed"].contains(&r[0][2].as_str()), "{:?}", r);
    // Restarts at ~1s, then after back-offs of 10s, 20s and 40s: four by 90 seconds.
    assert_eq!(r[0][3], "4", "{:?}", r);
}

#[test]
fn unknown_image_goes_to_image_pull_backoff() {
    let mut c = cluster(4);
    run_script(&mut c, &apply_heredoc("apiVersion: v1\nkind: Pod\nmetadata:\n  name: typo\nspec:\n  containers:\n  - name: c\n    image: nginxx\n"));
    c.run_for(Duration::from_secs(30));
    let r = rows(&run(&mut c, "kubectl get pods"));
    assert!(["ImagePullBackOff", "ErrImagePull"].contains(&r[0][2].as_str()), "{:?}", r);
    let events = run(&mut c, "kubectl get events");
    assert!(events.contains("Back-off pulling image \"nginxx\""), "{}", events);
}

#[test]
fn yaml_is_read_as_kubectl_reads_it() {
    let mut c = cluster(8);
    let env = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n    image: nginx\n    env:\n    - name: DEBUG\n      value: yes\n";
    let out = run_script(&mut c, &apply_heredoc(env));
    assert!(
        out.contains("Error from server (BadRequest): error when creating \"STDIN\": Pod in version \"v1\" cannot be handled as a Pod: json: cannot unmarshal bool into Go struct field EnvVar.spec.containers.env.value of type string\n"),
        "{}",
        out
    );
    let vol = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: v\nspec:\n  containers:\n  - name: c\n    image: nginx\n  volumes:\n  - name: cfg\n    configMap:\n      name: kube-root-ca.crt\n      defaultMode: 0644\n";
    let out = run_script(&mut c, &apply_heredoc(vol));
    assert!(out.contains("pod/v created"), "{}", out);
    let yaml = run(&mut c, "kubectl get pod v -o yaml");
    assert!(yaml.contains("defaultMode: 420"), "{}", yaml);
}

#[test]
fn deleting_a_namespace_empties_it_first() {
    let mut c = cluster(6);
    run(&mut c, "kubectl create namespace dev");
    run_script(
        &mut c,
        "kubectl apply -n dev -f - <<EOF\napiVersion: v1\nkind: Pod\nmetadata:\n  name: sleeper\nspec:\n  containers:\n  - name: c\n    image: busybox\n    command: [\"sleep\", \"3600\"]\nEOF\n",
    );
    c.run_for(Duration::from_secs(10));
    assert_eq!(run(&mut c, "kubectl delete ns dev --wait=false"), "namespace \"dev\" deleted\n");
    assert_eq!(rows(&run(&mut c, "kubectl get ns dev"))[0][1], "Terminating");
    let refused = run_script(&mut c, "kubectl create -n dev -f - <<EOF\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\nEOF\n");
    assert!(refused.contains("Error from server (Forbidden): error when creating \"STDIN\": configmaps \"x\" is forbidden: unable to create new content in namespace dev because it is being terminated"), "{}", refused);
    // busybox ignores SIGTERM: the pod goes after its 30s grace period, then the namespace.
    c.run_for(Duration::from_secs(20));
    assert_eq!(rows(&run(&mut c, "kubectl get ns dev"))[0][1], "Terminating");
    c.run_for(Duration::from_secs(20));
    assert_eq!(run(&mut c, "kubectl get ns dev"), "Error from server (NotFound): namespaces \"dev\" not found\n");
    assert_eq!(run(&mut c, "kubectl delete ns default"), "Error from server (Forbidden): namespaces \"default\" is forbidden: this namespace may not be deleted\n");
}

#[test]
fn rbac_decides_what_other_users_may_do() {
    let mut c = cluster(12);
    assert_eq!(run(&mut c, "kubectl auth can-i '*' '*' -A"), "yes\n");
    assert_eq!(run(&mut c, "kubectl auth can-i list pods --as jane"), "no\n");
    assert_eq!(
        run(&mut c, "kubectl get pods --as jane"),
        "Error from server (Forbidden): pods is forbidden: User \"jane\" cannot list resource \"pods\" in API group \"\" in the namespace \"default\"\n"
    );
    assert_eq!(
        run(&mut c, "kubectl get nodes --as jane"),
        "Error from server (Forbidden): nodes is forbidden: User \"jane\" cannot list resource \"nodes\" in API group \"\" at the cluster scope\n"
    );
    run(&mut c, "kubectl create namespace dev");
    let bind = "apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata:\n  name: jane-view\n  namespace: dev\nsubjects:\n- kind: User\n  name: jane\n  apiGroup: rbac.authorization.k8s.io\nroleRef:\n  kind: ClusterRole\n  name: view\n  apiGroup: rbac.authorization.k8s.io\n";
    assert!(run_script(&mut c, &apply_heredoc(bind)).contains("rolebinding.rbac.authorization.k8s.io/jane-view created"));
    assert_eq!(run(&mut c, "kubectl auth can-i list pods -n dev --as jane"), "yes\n");
    assert_eq!(run(&mut c, "kubectl auth can-i delete pods -n dev --as jane"), "no\n");
    assert_eq!(run(&mut c, "kubectl auth can-i get secrets -n dev --as jane"), "no\n", "view never reads secrets");
    assert_eq!(run(&mut c, "kubectl get pods -n dev --as jane"), "No resources found in dev namespace.\n");
    assert_eq!(run(&mut c, "kubectl auth can-i list pods -n default --as jane"), "no\n");
    let sa = "apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata:\n  name: sa-edit\n  namespace: dev\nsubjects:\n- kind: ServiceAccount\n  name: default\nroleRef:\n  kind: ClusterRole\n  name: edit\n  apiGroup: rbac.authorization.k8s.io\n";
    run_script(&mut c, &apply_heredoc(sa));
    assert_eq!(run(&mut c, "kubectl auth can-i create deployments -n dev --as system:serviceaccount:dev:default"), "yes\n");
}

#[test]
fn stale_updates_conflict_and_bad_deployments_are_invalid() {
    let mut c = cluster(13);
    let deploy = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: LABEL\n    spec:\n      containers:\n      - name: web\n        image: nginx\n";
    let bad = run_script(&mut c, &apply_heredoc(&deploy.replace("LABEL", "wrong")));
    assert!(
        bad.contains("The Deployment \"web\" is invalid: spec.template.metadata.labels: Invalid value: {\"app\":\"wrong\"}: `selector` does not match template `labels`\n"),
        "{}",
        bad
    );
    assert!(run_script(&mut c, &apply_heredoc(&deploy.replace("LABEL", "web"))).contains("deployment.apps/web created"));
    let yaml = run(&mut c, "kubectl get deploy web -o yaml");
    let rv = yaml.lines().find_map(|l| l.trim().strip_prefix("resourceVersion: ")).unwrap().trim_matches('"').to_string();
    let scaled = run_script(&mut c, &apply_heredoc(&deploy.replace("LABEL", "web").replace("replicas: 2", "replicas: 3")));
    assert!(scaled.contains("deployment.apps/web configured"), "{}", scaled);
    let stale = deploy.replace("LABEL", "web").replace("  name: web\n", &format!("  name: web\n  resourceVersion: \"{}\"\n", rv));
    let out = run_script(&mut c, &format!("kubectl replace -f - <<EOF\n{}EOF\n", stale));
    assert!(
        out.contains("Error from server (Conflict): error when replacing \"STDIN\": Operation cannot be fulfilled on deployments.apps \"web\": the object has been modified; please apply your changes to the latest version and try again\n"),
        "{}",
        out
    );
    let fresh = run_script(&mut c, &format!("kubectl replace -f - <<EOF\n{}EOF\n", deploy.replace("LABEL", "web")));
    assert!(fresh.contains("deployment.apps/web replaced"), "{}", fresh);
}

#[test]
fn cascading_deletion_orphan_and_foreground() {
    let mut c = cluster(14);
    run_script(&mut c, &format!("{}kubeplay wait 20s\n", apply_heredoc(NGINX_RC)));
    let pods_before: Vec<String> = rows(&run(&mut c, "kubectl get pods")).into_iter().map(|r| r[0].clone()).collect();
    assert_eq!(run(&mut c, "kubectl delete rc nginx --cascade=orphan"), "replicationcontroller \"nginx\" deleted from default namespace\n");
    assert_eq!(run(&mut c, "kubectl get rc"), "No resources found in default namespace.\n");
    c.run_for(Duration::from_secs(10));
    let pods_after: Vec<String> = rows(&run(&mut c, "kubectl get pods")).into_iter().map(|r| r[0].clone()).collect();
    assert_eq!(pods_before, pods_after, "orphaned pods stay");
    let yaml = run(&mut c, &format!("kubectl get pod {} -o yaml", pods_after[0]));
    assert!(!yaml.contains("ownerReferences"), "{}", yaml);
    // A new RC with the same selector adopts the orphans instead of creating pods.
    run_script(&mut c, &apply_heredoc(NGINX_RC));
    c.run_for(Duration::from_secs(5));
    let adopted: Vec<String> = rows(&run(&mut c, "kubectl get pods")).into_iter().map(|r| r[0].clone()).collect();
    assert_eq!(adopted, pods_before);
    assert!(run(&mut c, &format!("kubectl get pod {} -o yaml", adopted[0])).contains("kind: ReplicationController"));
    // Foreground: the RC goes last, after its pods.
    assert_eq!(run(&mut c, "kubectl delete rc nginx --cascade=foreground"), "replicationcontroller \"nginx\" deleted from default namespace\n");
    assert_eq!(run(&mut c, "kubectl get pods"), "No resources found in default namespace.\n");
    assert_eq!(run(&mut c, "kubectl get rc"), "No resources found in default namespace.\n");
}

#[test]
fn ha_etcd_survives_its_leader_and_pauses_without_quorum() {
    use kubeplay::sim::{Cluster, ClusterConfig};
    for seed in [1u64, 2, 3, 4, 5] {
        let mut c = Cluster::boot(ClusterConfig::kubeadm_ha(seed, 3));
        let nodes = rows(&run(&mut c, "kubectl get nodes"));
        assert_eq!(nodes.iter().filter(|r| r[2] == "control-plane").count(), 3, "seed {}", seed);
        let status = |c: &mut Cluster| run_script(c, "export ETCDCTL_CACERT=/etc/kubernetes/pki/etcd/ca.crt ETCDCTL_CERT=/etc/kubernetes/pki/etcd/server.crt ETCDCTL_KEY=/etc/kubernetes/pki/etcd/server.key\netcdctl --endpoints https://172.30.1.4:2379 endpoint status --cluster -w table\n");
        let leader_of = |table: &str| -> Option<String> {
            table.lines().find(|l| l.contains("|      true |")).and_then(|l| l.split('|').nth(1)).map(|s| s.trim().to_string())
        };
        let before = leader_of(&status(&mut c)).expect("a leader");
        run(&mut c, "kubectl create namespace before");
        assert!(run(&mut c, "kubeplay etcd stop --leader").contains("stopped"));
        c.run_for(Duration::from_secs(3));
        let table = status(&mut c);
        let after = leader_of(&table);
        assert!(after.is_some() && after.as_deref() != Some(before.as_str()), "seed {}: a new leader:\n{}", seed, table);
        assert_eq!(run(&mut c, "kubectl create namespace during"), "namespace/during created\n", "seed {}", seed);
        // Stop a second member: two of three are down, so there is no quorum.
        let second = ["controlplane", "controlplane2", "controlplane3"]
            .into_iter()
            .find(|n| !before.contains(&format!("{}:", ip_of(n))) && !after.as_deref().unwrap_or("").contains(&format!("{}:", ip_of(n))))
            .unwrap();
        run(&mut c, &format!("kubeplay etcd stop {}", second));
        c.run_for(Duration::from_secs(3));
        assert_eq!(run(&mut c, "kubectl create namespace lost"), "Error from server: etcdserver: request timed out\n", "seed {}", seed);
        run(&mut c, &format!("kubeplay etcd start {}", second));
        c.run_for(Duration::from_secs(3));
        assert_eq!(run(&mut c, "kubectl create namespace back"), "namespace/back created\n", "seed {}", seed);
        let ns: Vec<String> = rows(&run(&mut c, "kubectl get ns")).into_iter().map(|r| r[0].clone()).collect();
        for want in ["before", "during", "back", "default", "kube-system"] {
            assert!(ns.iter().any(|n| n == want), "seed {}: {} is missing from {:?}", seed, want, ns);
        }
        assert!(!ns.iter().any(|n| n == "lost"));
    }
}

fn ip_of(node: &str) -> &'static str {
    match node {
        "controlplane" => "172.30.1.2",
        "controlplane2" => "172.30.1.3",
        _ => "172.30.1.4",
    }
}

#[test]
fn etcdctl_sees_what_the_apiserver_stores_and_watches_it_change() {
    let mut c = cluster(11);
    let env = "export ETCDCTL_CACERT=/etc/kubernetes/pki/etcd/ca.crt ETCDCTL_CERT=/etc/kubernetes/pki/etcd/server.crt ETCDCTL_KEY=/etc/kubernetes/pki/etcd/server.key\n";
    run_script(&mut c, env);
    run_script(&mut c, &apply_heredoc(NGINX_RC));
    c.run_for(Duration::from_secs(30));
    let mut from_kubectl: Vec<String> = rows(&run(&mut c, "kubectl get pods -A")).into_iter().map(|r| format!("/registry/pods/{}/{}", r[0], r[1])).collect();
    from_kubectl.sort();
    let script = format!("{}etcdctl get --prefix --keys-only /registry/pods\n", env);
    let listed = run_script(&mut c, &script);
    let from_etcd: Vec<String> = listed.lines().filter(|l| l.starts_with("/registry/pods/")).map(str::to_string).collect();
    assert_eq!(from_etcd, from_kubectl, "{}", listed);
    assert!(from_etcd.len() >= 7, "3 nginx pods and the control plane's static pods: {:?}", from_etcd);

    // Every write is one revision: replay the history from a revision on and check the sequence.
    let header = run_script(&mut c, &format!("{}etcdctl get /registry/namespaces/default -w json\n", env));
    let json_line = header.lines().find(|l| l.starts_with('{')).expect("json");
    let start: i64 = serde_json::from_str::<serde_json::Value>(json_line).unwrap()["header"]["revision"].as_i64().unwrap();
    run(&mut c, "kubectl create namespace watched");
    let replay = run_script(&mut c, &format!("{}timeout 1s etcdctl watch --prefix /registry/ --rev {} -w json\n", env, start + 1));
    let revs: Vec<i64> = replay
        .lines()
        .filter(|l| l.starts_with('{'))
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["Header"]["revision"].as_i64().unwrap())
        .collect();
    assert!(!revs.is_empty(), "{}", replay);
    let expected: Vec<i64> = (start + 1..start + 1 + revs.len() as i64).collect();
    assert_eq!(revs, expected, "one revision per write");
    assert!(replay.contains(&format!("\"key\":\"{}\"", b64("/registry/namespaces/watched"))), "{}", replay);

    // A watch streams as the cluster changes, until `timeout` stops it.
    let t = run_script(
        &mut c,
        &format!("{}kubectl delete namespace watched --wait=false\ntimeout 20s etcdctl watch /registry/namespaces/watched --rev {}\nkubectl get ns watched\n", env, start + 1),
    );
    let events: Vec<&str> = t.lines().filter(|l| *l == "PUT" || *l == "DELETE").collect();
    assert_eq!(events.first(), Some(&"PUT"), "{}", t);
    assert_eq!(events.last(), Some(&"DELETE"), "the namespace controller finished within 20s:\n{}", t);
    assert!(t.ends_with("$ kubectl get ns watched\nError from server (NotFound): namespaces \"watched\" not found\n"), "{}", t);
    // Without a timeout a script stops the watch after a minute, as a learner would with Ctrl-C.
    let before = c.now();
    let t = run_script(&mut c, &format!("{}etcdctl watch --prefix /registry/leases\n", env));
    assert!(t.ends_with("^C\n"), "{}", t);
    assert_eq!(c.now().since(before), Duration::from_secs(60));
}

fn b64(s: &str) -> String {
    const T: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in s.as_bytes().chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |acc, (i, b)| acc | (*b as u32) << (16 - 8 * i));
        for i in 0..4 {
            out.push(if i <= chunk.len() { T[(n >> (18 - 6 * i) & 63) as usize] as char } else { '=' });
        }
    }
    out
}

/// A one-container nginx pod in namespace `dev`.
fn pod_yaml(name: &str, resources: &str) -> String {
    format!("apiVersion: v1\nkind: Pod\nmetadata:\n  name: {}\n  namespace: dev\nspec:\n  containers:\n  - name: {}\n    image: nginx\n{}", name, name, resources)
}

#[test]
fn quotas_and_limit_ranges_admit_charge_and_replenish() {
    let mut c = cluster(5);
    run(&mut c, "kubectl create namespace dev");
    let quota = "apiVersion: v1\nkind: ResourceQuota\nmetadata:\n  name: compute\n  namespace: dev\nspec:\n  hard:\n    pods: \"2\"\n    requests.cpu: \"1\"\n    limits.memory: 1Gi\n";
    run_script(&mut c, &apply_heredoc(quota));
    c.run_for(Duration::from_secs(1));
    assert_eq!(rows(&run(&mut c, "kubectl get quota -n dev"))[0][2..].join(" "), "pods: 0/2, requests.cpu: 0/1 limits.memory: 0/1Gi");
    // Without requests and limits a pod cannot be charged: the quota names what is missing.
    let t = run_script(&mut c, &apply_heredoc(&pod_yaml("bare", "")));
    assert!(
        t.ends_with("Error from server (Forbidden): error when creating \"STDIN\": pods \"bare\" is forbidden: failed quota: compute: must specify limits.memory for: bare; requests.cpu for: bare\n"),
        "{}",
        t
    );
    // A LimitRange fills the gaps (and says so in an annotation).
    let lr = "apiVersion: v1\nkind: LimitRange\nmetadata:\n  name: defaults\n  namespace: dev\nspec:\n  limits:\n  - type: Container\n    default:\n      memory: 256Mi\n    defaultRequest:\n      cpu: 0.4\n    max:\n      cpu: \"1\"\n";
    run_script(&mut c, &apply_heredoc(lr));
    for name in ["a", "b"] {
        let t = run_script(&mut c, &apply_heredoc(&pod_yaml(name, "")));
        assert!(t.ends_with(&format!("pod/{} created\n", name)), "{}", t);
    }
    let yaml = run(&mut c, "kubectl get pod a -n dev -o yaml");
    assert!(yaml.contains("kubernetes.io/limit-ranger: 'LimitRanger plugin set: cpu, memory request for container\n      a; cpu, memory limit for container a'"), "{}", yaml);
    assert!(yaml.contains("      requests:\n        cpu: 400m\n        memory: 256Mi\n"), "canonical quantities, requests defaulted from limits:\n{}", yaml);
    assert_eq!(rows(&run(&mut c, "kubectl get quota -n dev"))[0][2..].join(" "), "pods: 2/2, requests.cpu: 800m/1 limits.memory: 512Mi/1Gi");
    let t = run_script(&mut c, &apply_heredoc(&pod_yaml("c", "")));
    assert!(
        t.ends_with("pods \"c\" is forbidden: exceeded quota: compute, requested: pods=1,requests.cpu=400m, used: pods=2,requests.cpu=800m, limited: pods=2,requests.cpu=1\n"),
        "{}",
        t
    );
    let big = pod_yaml("big", "    resources:\n      limits:\n        cpu: \"2\"\n");
    let t = run_script(&mut c, &apply_heredoc(&big));
    assert!(t.ends_with("pods \"big\" is forbidden: maximum cpu usage per Container is 1, but limit is 2\n"), "{}", t);
    // Deleting a pod gives its share back.
    run(&mut c, "kubectl delete pod a -n dev");
    c.run_for(Duration::from_secs(1));
    assert_eq!(rows(&run(&mut c, "kubectl get quota -n dev"))[0][2..].join(" "), "pods: 1/2, requests.cpu: 400m/1 limits.memory: 256Mi/1Gi");
    let t = run_script(&mut c, &apply_heredoc(&pod_yaml("c", "")));
    assert!(t.ends_with("pod/c created\n"), "{}", t);
}

#[test]
fn pods_listed_by_node_match_the_node_column_through_scheduling_and_deletion() {
    let mut c = cluster(3);
    run(&mut c, "kubectl create deployment web --image=nginx --replicas=5");
    // Before, while and after the pods are scheduled, then after some are deleted.
    let mut checks = 0;
    for step in 0..4 {
        match step {
            1 => c.run_for(Duration::from_secs(1)),
            2 => c.run_for(Duration::from_secs(30)),
            3 => {
                run(&mut c, "kubectl delete pods -l app=web --wait=false");
                c.run_for(Duration::from_millis(200));
            }
            _ => {}
        }
        let wide = run(&mut c, "kubectl get pods -A -o wide");
        for node in ["controlplane", "node01", "node02", "<none>"] {
            let want: Vec<String> = rows(&wide).into_iter().filter(|r| r[7] == node).map(|r| r[1].clone()).collect();
            let selector = if node == "<none>" { String::new() } else { node.to_string() };
            let got = run(&mut c, &format!("kubectl get pods -A --field-selector spec.nodeName={} -o custom-columns=N:.metadata.name --no-headers", selector));
            let got: Vec<String> = got.lines().filter(|l| !l.starts_with("No resources")).map(str::to_string).collect();
            assert_eq!(got, want, "step {} node {}\n{}", step, node, wide);
            checks += want.len();
        }
    }
    assert!(checks > 20, "too few pods were compared: {}", checks);
}
