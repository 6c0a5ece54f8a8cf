//! User input never panics the simulator: random kubectl lines and broken manifests, each run on
//! a live cluster, after which the cluster still answers and nothing already there is lost.

use crate::support::*;
use kubeplay::shell::{run_script, Session};
use kubeplay::sim::rng::SimRng;
use std::time::Duration;

const WORDS: &[&str] = &[
    "kubectl", "get", "apply", "create", "delete", "pods", "pod", "po", "rc", "nodes", "ns", "events", "all", "nginx",
    "-o", "wide", "yaml", "json", "name", "-n", "kube-system", "-l", "app=nginx", "app", "!app", "-A", "--all", "-f", "-",
    "--grace-period=0", "--force", "--now", "--show-labels", "-L", "x", "--selector", "=", "'", "\"", "pod/x", "rc/nginx",
    "--dry-run=client", "--dry-run=server", "--cascade=orphan", "--field-selector", "spec.nodeName=node01", "kubeplay",
    "wait", "1s", "-1s", "99999999999h", "", "--", "-v=9", "version", "kubectl", "gett", "/", "a/b/c", "--wait=false",
];

const MANIFESTS: &[&str] = &[
    "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n    image: nginx\n",
    "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers: 3\n",
    "apiVersion: v1\nkind: Pod\nmetadata: [1, 2]\n",
    "kind: Pod\n",
    "apiVersion: v1\n",
    "{\"apiVersion\": \"v1\", \"kind\": \"Pod\", \"metadata\": {\"name\": \"j\"}",
    "apiVersion: v1\nkind: ReplicationController\nmetadata:\n  name: r\nspec:\n  replicas: -5\n",
    "apiVersion: v1\nkind: ReplicationController\nmetadata:\n  name: r\nspec:\n  replicas: 99999999999\n",
    "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: Bad\n",
    "apiVersion: v1\nkind: Node\nmetadata:\n  name: node01\n",
    "- a\n- b\n",
    "\tkey: value\n",
    "apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n  namespace: missing\nspec:\n  containers:\n  - name: c\n    image: nginx\n",
    "apiVersion: v1\nkind: Pod\nmetadata:\n  generateName: gen-\nspec:\n  containers:\n  - name: c\n    image: \"Bad Image\"\n",
];

#[test]
fn random_input_never_panics_or_loses_objects() {
    const CASES: u64 = 12;
    println!("no-panic property: {} cases, seeds 0..{} (SimRng)", CASES, CASES);
    for seed in 0..CASES {
        let mut rng = SimRng::new(seed);
        let mut c = cluster(seed);
        run_script(&mut c, &format!("{}kubeplay wait 20s\n", apply_heredoc(NGINX_RC)));
        let mut session = Session::new();
        for step in 0..120 {
            let line = if rng.below(4) == 0 {
                format!("kubectl apply -f - <<EOF\n{}EOF", MANIFESTS[rng.index(MANIFESTS.len())])
            } else {
                let n = 1 + rng.below(6) as usize;
                let mut words = vec!["kubectl".to_string()];
                for _ in 0..n {
                    words.push(WORDS[rng.index(WORDS.len())].to_string());
                }
                words.join(" ")
            };
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                for l in line.lines() {
                    session.feed(l, &mut c);
                }
                c.run_for(Duration::from_millis(rng.below(3000)));
            }));
            assert!(result.is_ok(), "seed {} step {}: panic on {:?}", seed, step, line);
            if session.in_heredoc() {
                session.cancel();
            }
        }
        // The cluster still works: nodes are there and the RC still keeps its pods (unless a
        // random line deleted it, in which case it must be gone cleanly).
        let nodes = rows(&run(&mut c, "kubectl get nodes"));
        assert_eq!(nodes.len(), 3, "seed {}", seed);
        c.run_for(Duration::from_secs(60));
        let rc = run(&mut c, "kubectl get rc nginx");
        if rc.starts_with("NAME") {
            let r = rows(&rc);
            assert_eq!(r[0][1], r[0][3], "seed {}: rc not healed: {}", seed, rc);
        }
    }
}
