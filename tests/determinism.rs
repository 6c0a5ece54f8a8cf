//! Determinism: the same seed and script give byte-identical transcripts and traces; another
//! seed gives other generated names.

use crate::support::*;
use kubeplay::shell::run_script;
use kubeplay::sim::{Cluster, ClusterConfig};

fn script() -> String {
    format!("{}kubeplay wait 30s\nkubectl get pods -o wide\nkubectl delete pods -l app=nginx\nkubeplay wait 30s\nkubectl get pods -o wide\nkubectl get events\n", apply_heredoc(NGINX_RC))
}

fn run_seed(seed: u64) -> (String, String) {
    let mut c = Cluster::boot(ClusterConfig::kubeadm(seed));
    let transcript = run_script(&mut c, &script());
    let trace: String = c.drain_trace().iter().map(|e| format!("{} {} {}\n", e.at, e.component, e.message)).collect();
    (transcript, trace)
}

#[test]
fn same_seed_same_transcript_and_trace() {
    for seed in [1u64, 42, 9001] {
        let a = run_seed(seed);
        let b = run_seed(seed);
        assert_eq!(a.0, b.0, "seed {}: transcripts differ", seed);
        assert_eq!(a.1, b.1, "seed {}: traces differ", seed);
        assert!(!a.1.is_empty());
    }
}

#[test]
fn other_seed_other_names() {
    let names = |t: &str| -> Vec<String> {
        t.split_whitespace().filter(|w| w.starts_with("nginx-") && w.len() == 11).map(str::to_string).collect()
    };
    let a = names(&run_seed(1).0);
    let b = names(&run_seed(2).0);
    assert!(!a.is_empty());
    assert!(a.iter().all(|n| !b.contains(n)), "seeds 1 and 2 share names: {:?} {:?}", a, b);
}
