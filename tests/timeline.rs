//! The timeline: what each component did and why, as chains of cause and effect built from the
//! writes the apiserver accepted and the spans they were made in.

use super::support::{apply_heredoc, cluster, run, NGINX_RC};
use kubeplay::shell::run_script;

#[test]
fn a_deleted_pod_starts_a_chain_through_rc_scheduler_kubelet_endpoints_and_kube_proxy() {
    let mut c = cluster(7);
    run_script(&mut c, &format!("{}kubectl expose rc nginx --port=80\nkubeplay wait 40s\n", apply_heredoc(NGINX_RC)));
    let victim = run(&mut c, "kubectl get pods -l app=nginx -o jsonpath={.items[0].metadata.name}");
    run(&mut c, &format!("kubectl delete pod {} --wait=false", victim));
    run(&mut c, "kubeplay wait 30s");
    let tl = c.timeline().clone();
    let root = tl.iter().find(|h| h.actor == "kubectl" && h.what.starts_with(&format!("deleted pod {}", victim))).expect("the delete");
    assert_eq!(root.cause, 0, "the learner's command starts the chain");
    let chain = tl.chain(root.seq);
    let text: String = chain.iter().map(|(d, h)| format!("{}{} {}: {}\n", "  ".repeat(*d), h.seq, h.actor, h.what)).collect();
    // The replication controller replaced the pod, in reaction to the delete.
    let created = chain.iter().find(|(_, h)| h.actor == "replication-controller" && h.what.starts_with("created pod nginx-")).unwrap_or_else(|| panic!("no replacement in\n{}", text));
    let new_pod = created.1.name.clone();
    let pos = |pred: &dyn Fn(&kubeplay::sim::timeline::Happening) -> bool, what: &str| -> usize {
        chain.iter().position(|(_, h)| pred(h)).unwrap_or_else(|| panic!("{} missing from the chain (seed 7):\n{}", what, text))
    };
    let p_created = pos(&|h| h.seq == created.1.seq, "the create");
    let p_bound = pos(&|h| h.actor == "scheduler" && h.what.starts_with(&format!("bound pod {} to ", new_pod)), "the binding");
    let p_running = pos(&|h| h.actor.starts_with("kubelet/") && h.what.starts_with(&format!("pod {} is Running", new_pod)), "the kubelet's Running");
    let ip = run(&mut c, &format!("kubectl get pod {} -o jsonpath={{.status.podIP}}", new_pod));
    let p_slice = pos(&|h| h.actor == "endpointslice-controller" && h.what.contains("ready endpoints") && h.what.contains(&ip), "the EndpointSlice with the new pod");
    let p_proxy = pos(&|h| h.actor == "kube-proxy" && h.what.contains(&format!("+{}:80", ip)), "kube-proxy's rules with the new pod");
    assert!(p_created < p_bound && p_bound < p_running && p_running < p_slice && p_slice < p_proxy, "out of order:\n{}", text);
    // Each is deeper than the one before: a reaction to it, not only later.
    let depth = |p: usize| chain[p].0;
    assert!(depth(p_created) < depth(p_bound) && depth(p_bound) < depth(p_running) && depth(p_running) < depth(p_slice) && depth(p_slice) < depth(p_proxy), "{}", text);
    // And `kubeplay timeline --for` prints the chain.
    let printed = run(&mut c, &format!("kubeplay timeline 1 --for pod/{}", victim));
    assert!(printed.contains(&format!("• kubectl: deleted pod {}", victim)) && printed.contains(&format!("→ scheduler: bound pod {}", new_pod)), "{}", printed);
}

#[test]
fn the_timeline_is_bounded_and_numbers_happenings_in_order() {
    let mut c = cluster(3);
    run(&mut c, "kubectl create deployment web --image=nginx --replicas=2");
    run(&mut c, "kubeplay wait 20s");
    let seqs: Vec<u64> = c.timeline().iter().map(|h| h.seq).collect();
    assert!(seqs.windows(2).all(|w| w[1] == w[0] + 1), "{:?}", seqs);
    assert!(c.timeline().len() <= kubeplay::sim::timeline::CAPACITY);
    assert!(c.timeline().iter().all(|h| h.kind != "Lease"), "lease renewals stay out");
    assert!(c.timeline().iter().any(|h| h.kind == "Namespace" && h.name == "kube-node-lease"), "the namespace is told");
}

#[test]
fn the_store_view_counts_keys_per_resource_and_lists_the_latest_writes() {
    let mut c = cluster(5);
    run(&mut c, "kubectl create deployment web --image=nginx --replicas=2");
    run(&mut c, "kubeplay wait 20s");
    let pods = run(&mut c, "kubectl get pods -A --no-headers").lines().count();
    let v = c.store_view(10);
    let count = |prefix: &str| v.resources.iter().find(|(p, _)| p == prefix).map(|(_, n)| *n);
    assert_eq!(count("/registry/pods"), Some(pods), "{:?}", v.resources);
    assert_eq!(count("/registry/minions"), Some(3));
    assert_eq!(v.recent.len(), 10);
    assert!(v.recent.windows(2).all(|w| w[0].0 > w[1].0), "newest first: {:?}", v.recent);
    assert!(v.recent[0].0 <= v.revision && v.revision == c.api().revision());
    assert_eq!(v.members.iter().filter(|m| m.1 == "leader").count(), 1);
}

#[test]
fn the_replicas_plot_follows_desired_and_ready_over_time() {
    let mut c = cluster(9);
    run(&mut c, "kubectl create deployment web --image=nginx --replicas=3");
    run(&mut c, "kubeplay wait 40s");
    let series = |c: &kubeplay::sim::Cluster, kind: &str| -> Vec<(i32, i32)> {
        c.metrics().series(kind, "default", "web").map(|s| s.iter().map(|p| (p.desired, p.ready)).collect()).unwrap_or_default()
    };
    let d = series(&c, "Deployment");
    assert_eq!(d.first(), Some(&(3, 0)), "seed 9: {:?}", d);
    assert_eq!(d.last(), Some(&(3, 3)), "seed 9: {:?}", d);
    assert!(d.windows(2).all(|w| w[0] != w[1] && w[0].1 <= w[1].1), "a point per change, ready climbing: {:?}", d);
    let at: Vec<_> = c.metrics().series("Deployment", "default", "web").unwrap().iter().map(|p| p.at).collect();
    assert!(at.windows(2).all(|w| w[0] <= w[1]), "{:?}", at);
    // Scaling down shows on the Deployment and on its ReplicaSet.
    run(&mut c, "kubectl scale deployment web --replicas=1");
    run(&mut c, "kubeplay wait 30s");
    assert_eq!(series(&c, "Deployment").last(), Some(&(1, 1)));
    let rs = run(&mut c, "kubectl get rs -l app=web -o jsonpath={.items[0].metadata.name}");
    let rs_points: Vec<(i32, i32)> = c.metrics().series("ReplicaSet", "default", &rs).unwrap().iter().map(|p| (p.desired, p.ready)).collect();
    assert_eq!(rs_points.last(), Some(&(1, 1)), "{:?}", rs_points);
    // Deleting the Deployment drops its series.
    run(&mut c, "kubectl delete deployment web");
    assert!(c.metrics().series("Deployment", "default", "web").is_none());
}
