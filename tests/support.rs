//! Shared helpers: a booted cluster, running kubectl lines and scripts, reading tables.

use kubeplay::shell::{self, Session, Step};
use kubeplay::sim::{Cluster, ClusterConfig};

pub fn cluster(seed: u64) -> Cluster {
    Cluster::boot(ClusterConfig::kubeadm(seed))
}

/// Runs one terminal line (no heredoc) and returns everything it printed; waits like the terminal.
pub fn run(c: &mut Cluster, line: &str) -> String {
    let mut s = Session::new();
    match s.feed(line, c) {
        Step::Done(mut out) => {
            let first = out.text();
            first + &shell::finish(c, &mut out)
        }
        Step::More => panic!("{:?} opened a heredoc", line),
        Step::Clear => String::new(),
    }
}

pub const NGINX_RC: &str = "apiVersion: v1
kind: ReplicationController
metadata:
  name: nginx
spec:
  replicas: 3
  selector:
    app: nginx
  template:
    metadata:
      name: nginx
      labels:
        app: nginx
    spec:
      containers:
      - name: nginx
        image: nginx
        ports:
        - containerPort: 80
";

/// `kubectl apply -f - <<EOF … EOF` as script lines.
pub fn apply_heredoc(manifest: &str) -> String {
    format!("kubectl apply -f - <<EOF\n{}EOF\n", manifest)
}

/// The rows of a `kubectl get` table (header dropped), split on whitespace runs.
pub fn rows(table: &str) -> Vec<Vec<String>> {
    table.lines().skip(1).filter(|l| !l.trim().is_empty()).map(|l| l.split_whitespace().map(str::to_string).collect()).collect()
}
