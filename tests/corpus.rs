//! The corpus test: every manifest from kubernetes.io (`../shared/corpus/`) applied with
//! `kubectl apply -f` on a fresh cluster, after creating what the examples' pages have readers
//! create first. Files real kubectl rejects must fail with exactly its error.

use kubeplay::kubectl::Files;
use kubeplay::shell::run_script;
use kubeplay::sim::{Cluster, ClusterConfig};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

struct Dir(PathBuf);

impl Files for Dir {
    fn read(&self, path: &str) -> Result<String, String> {
        std::fs::read_to_string(self.0.join(path)).map_err(|e| e.to_string())
    }
    fn list_dir(&self, path: &str) -> Option<Vec<String>> {
        let rd = std::fs::read_dir(self.0.join(path)).ok()?;
        Some(rd.filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().into_owned()).collect())
    }
}

/// Namespaces and PriorityClasses the pages tell readers to create before applying their examples.
const PREREQUISITES: &str = "kubectl create namespace example-namespace
kubectl create namespace external-configuration
kubectl create namespace mem-example
kubectl create namespace pod-resources-example
kubectl create namespace qos-example
kubectl apply -f - <<EOF
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata:
  name: high
value: 1000000
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata:
  name: medium
value: 1000
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata:
  name: low
value: 100
EOF
";

/// Files real kubectl rejects, with (a distinctive part of) the error it prints.
const EXPECTED_ERRORS: &[(&str, &str)] = &[
    (
        "controllers/job-pod-failure-policy-ignore.yaml",
        "error: error parsing controllers/job-pod-failure-policy-ignore.yaml: error converting YAML to JSON: yaml: line",
    ),
    (
        "pods/inject/envars-file-container.yaml",
        "error: error parsing pods/inject/envars-file-container.yaml: error converting YAML to JSON: yaml: line",
    ),
    (
        "pods/inject/pod-multiple-secret-env-variable.yaml",
        "error: error parsing pods/inject/pod-multiple-secret-env-variable.yaml: error converting YAML to JSON: yaml: line",
    ),
    ("pods/inject/pod-single-secret-env-variable.yaml", "no matches for kind \"Pod\" in version \"\"\nensure CRDs are installed first"),
    (
        "controllers/job-success-policy-example.yaml",
        "from server for: \"controllers/job-success-policy-example.yaml\": resource name may not be empty",
    ),
    ("application/job/cronjob.yaml", "no matches for kind \"CronJob\" in version \"batch/v1beta1\"\nensure CRDs are installed first"),
    ("service/networking/dual-stack-ipv6-svc.yaml", "strict decoding error: unknown field \"spec.ipFamily\""),
    (
        "service/networking/dual-stack-prefer-ipv6-lb-svc.yaml",
        "The Service \"my-service\" is invalid: spec.ipFamilies[0]: Invalid value: \"IPv6\": not configured on this cluster",
    ),
    (
        "service/networking/dual-stack-preferred-ipfamilies-svc.yaml",
        "The Service \"my-service\" is invalid: spec.ipFamilies[0]: Invalid value: \"IPv6\": not configured on this cluster",
    ),
    ("pods/emptydir-volume-mode.yaml", "strict decoding error: unknown field \"spec.volumes[0].emptyDir.mode\""),
    (
        "pods/pod-with-node-affinity.yaml",
        "Error from server (BadRequest): error when creating \"pods/pod-with-node-affinity.yaml\": Pod in version \"v1\" cannot be handled as a Pod: json: cannot unmarshal array into Go struct field NodeAffinity.spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution of type v1.NodeSelector",
    ),
];

fn yaml_files(dir: &Path, root: &Path, out: &mut Vec<String>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            yaml_files(&p, root, out);
        } else if p.extension().is_some_and(|x| x == "yaml" || x == "yml" || x == "json") {
            out.push(p.strip_prefix(root).unwrap().to_string_lossy().into_owned());
        }
    }
}

/// Whether every kind (as `apiVersion/Kind`) is one a v1.34 cluster serves.
fn served(kinds: &str) -> bool {
    kinds.split(';').all(|k| {
        let (gv, _) = k.rsplit_once('/').unwrap_or(("", ""));
        matches!(
            gv,
            "v1" | "apps/v1"
                | "batch/v1"
                | "networking.k8s.io/v1"
                | "autoscaling/v1"
                | "autoscaling/v2"
                | "policy/v1"
                | "rbac.authorization.k8s.io/v1"
                | "storage.k8s.io/v1"
                | "scheduling.k8s.io/v1"
                | "coordination.k8s.io/v1"
                | "discovery.k8s.io/v1"
        )
    })
}

#[test]
fn kubernetes_website_examples_apply() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/kubernetes-website-examples");
    if !root.is_dir() {
        eprintln!("corpus test skipped: {} is absent", root.display());
        return;
    }
    let index = std::fs::read_to_string(root.join("INDEX.tsv")).unwrap();
    let kinds: BTreeMap<String, String> = index
        .lines()
        .skip(1)
        .filter_map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            (cols.len() >= 2).then(|| (cols[0].to_string(), cols[1].to_string()))
        })
        .collect();
    let mut files = Vec::new();
    yaml_files(&root, &root, &mut files);
    files.sort();
    let (mut served_total, mut served_clean, mut expected_ok, mut other_total) = (0, 0, 0, 0);
    let mut problems = Vec::new();
    for f in &files {
        let mut c = Cluster::boot(ClusterConfig::kubeadm(1));
        c.set_workspace(Box::new(Dir(root.clone())));
        let pre = run_script(&mut c, PREREQUISITES);
        assert!(!pre.contains("rror"), "prerequisites failed:\n{}", pre);
        let out = run_script(&mut c, &format!("kubectl apply -f {}\n", f));
        let body = out.split_once('\n').map(|x| x.1).unwrap_or("");
        let clean = !body.is_empty() && body.lines().all(|l| l.ends_with(" created") || l.ends_with(" configured"));
        let is_served = kinds.get(f).is_some_and(|k| served(k));
        match EXPECTED_ERRORS.iter().find(|(p, _)| p == f) {
            Some((_, want)) => {
                if body.contains(want) {
                    expected_ok += 1;
                } else {
                    problems.push(format!("{}: expected the error {:?}, got:\n{}", f, want, body));
                }
            }
            None if clean => {}
            None if !is_served && body.contains("ensure CRDs are installed first") => {}
            None => problems.push(format!("{}: did not apply cleanly:\n{}", f, body)),
        }
        if is_served {
            served_total += 1;
            if clean {
                served_clean += 1;
            }
        } else {
            other_total += 1;
            if clean {
                problems.push(format!("{}: uses kinds a v1.34 cluster does not serve, yet applied:\n{}", f, body));
            }
        }
    }
    let pct = 100.0 * served_clean as f64 / served_total.max(1) as f64;
    println!(
        "corpus: {} files; {} of {} with served kinds applied cleanly ({:.1}%); {} other files; {} expected errors matched",
        files.len(),
        served_clean,
        served_total,
        pct,
        other_total,
        expected_ok
    );
    for p in &problems {
        println!("  problem: {}", p);
    }
    assert!(pct >= 95.0, "only {:.1}% of the served-kind files applied cleanly", pct);
    assert!(problems.is_empty(), "{} corpus files misbehaved (see above)", problems.len());
}
