//! `kubectl exec`: a process in the running container, in cluster time, with the container's
//! environment and filesystem; kubectl's exit code is the command's.

use crate::support::*;
use kubeplay::shell::{self, Session, Step};
use kubeplay::sim::Cluster;
use std::time::Duration;

/// Runs one line to its end: (everything printed, kubectl's exit code).
fn exec(c: &mut Cluster, line: &str) -> (String, i32) {
    let mut s = Session::new();
    match s.feed(line, c) {
        Step::Done(mut out) => {
            let first = out.text();
            let rest = shell::finish(c, &mut out);
            (first + &rest, out.exit_code)
        }
        _ => panic!("{:?} did not run", line),
    }
}

#[test]
fn exec_runs_in_the_container_in_cluster_time() {
    let mut c = cluster(11);
    run(&mut c, "kubectl run bb --image=busybox:1.36 --env=MY_VAR=hello -- sleep 3600");
    run(&mut c, "kubectl run web --image=nginx:1.27");
    run(&mut c, "kubeplay wait 30s");

    let (out, code) = exec(&mut c, "kubectl exec bb -- env");
    assert_eq!(code, 0, "{}", out);
    assert!(out.contains("MY_VAR=hello\n") && out.contains("HOSTNAME=bb\n"), "{}", out);

    let (out, code) = exec(&mut c, "kubectl exec bb -- sh -c 'echo $MY_VAR; exit 3'");
    assert_eq!((out.as_str(), code), ("hello\ncommand terminated with exit code 3\n", 3));

    // A sleep in an exec takes that long in the cluster.
    let before = c.now();
    let (out, code) = exec(&mut c, "kubectl exec bb -- sh -c 'echo start; sleep 5; echo done'");
    assert_eq!((out.as_str(), code), ("start\ndone\n", 0));
    let took = c.now().since(before);
    assert!(took >= Duration::from_secs(5) && took < Duration::from_secs(7), "{:?}", took);

    // The container's writable layer is shared by its processes.
    assert_eq!(exec(&mut c, "kubectl exec bb -- sh -c 'echo hi > /tmp/x'").1, 0);
    assert_eq!(exec(&mut c, "kubectl exec bb -- cat /tmp/x"), ("hi\n".to_string(), 0));

    // nginx has no ps: containerd fails the exec's start.
    let (out, code) = exec(&mut c, "kubectl exec web -- ps");
    assert!(out.starts_with("error: Internal error occurred: error executing command in container: failed to exec in container: failed to start exec \""), "{}", out);
    assert!(out.ends_with("OCI runtime exec failed: exec failed: unable to start container process: exec: \"ps\": executable file not found in $PATH: unknown\n"), "{}", out);
    assert_eq!(code, 1);

    assert_eq!(exec(&mut c, "kubectl exec bb -c nope -- ls"), ("Error from server (BadRequest): container nope is not valid for pod bb\n".to_string(), 1));
    assert_eq!(exec(&mut c, "kubectl exec bb").0, "error: you must specify at least one command for the container\n");
}

#[test]
fn exec_into_a_container_that_is_not_running() {
    let mut c = cluster(12);
    run(&mut c, "kubectl run once --image=busybox:1.36 --restart=Never -- true");
    run(&mut c, "kubectl run slow --image=nginx:1.27");
    // Still pulling: the kubelet has no such container yet.
    assert_eq!(exec(&mut c, "kubectl exec slow -- ls").0, "error: unable to upgrade connection: container not found (\"slow\")\n");
    run(&mut c, "kubeplay wait 30s");
    assert_eq!(exec(&mut c, "kubectl exec once -- ls").0, "error: cannot exec into a container in a completed pod; current phase is Succeeded\n");
}
