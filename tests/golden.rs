//! Golden tests: `kubectl get -o yaml` of minimal objects shows every v1.34 default. Re-bless with
//! `UPDATE_EXPECT=1 cargo test`, then review the diff.

use crate::support::*;
use kubeplay::shell::run_script;
use std::path::Path;
use std::time::Duration;

const CASES: &[(&str, &str, &str)] = &[
    ("pod", "pod/minimal", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: minimal\nspec:\n  containers:\n  - name: c\n    image: nginx:1.27\n    ports:\n    - containerPort: 80\n"),
    ("deployment", "deployment/web", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n      - name: web\n        image: nginx\n"),
    ("service", "service/web", "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  type: NodePort\n  selector:\n    app: web\n  ports:\n  - port: 80\n"),
    ("job", "job/pi", "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: pi\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n      - name: pi\n        image: perl\n"),
    ("daemonset", "daemonset/agent", "apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: agent\nspec:\n  selector:\n    matchLabels:\n      app: agent\n  template:\n    metadata:\n      labels:\n        app: agent\n    spec:\n      containers:\n      - name: agent\n        image: busybox:1.36\n"),
    ("statefulset", "statefulset/db", "apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: db\nspec:\n  serviceName: db\n  selector:\n    matchLabels:\n      app: db\n  template:\n    metadata:\n      labels:\n        app: db\n    spec:\n      containers:\n      - name: db\n        image: redis:7\n"),
    ("secret", "secret/creds", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: creds\nstringData:\n  password: hunter2\n"),
];

/// Values that change with the seed or with what boots before the test (uids, revisions, generated
/// names, allocated IPs and ports) are replaced by placeholders; the structure and defaults remain.
fn scrub(yaml: &str) -> String {
    let mut out = String::new();
    for line in yaml.lines() {
        let trimmed = line.trim_start();
        let indent = &line[..line.len() - trimmed.len()];
        let volatile = ["uid: ", "resourceVersion: ", "controller-uid: ", "batch.kubernetes.io/controller-uid: ", "nodePort: ", "clusterIP: ", "nodeName: "];
        let scrubbed = match volatile.iter().find(|k| trimmed.starts_with(*k) || trimmed.starts_with(&format!("- {}", k))) {
            Some(k) => format!("{}{}<{}>", indent, if trimmed.starts_with("- ") { format!("- {}", k) } else { k.to_string() }, k.trim_end_matches(": ")),
            None => {
                let mut l = line.to_string();
                if let Some(i) = l.find("kube-api-access-") {
                    l.replace_range(i + 16..(i + 21).min(l.len()), "xxxxx");
                }
                if trimmed.starts_with("- 10.") {
                    l = format!("{}- <ip>", indent);
                }
                l
            }
        };
        out.push_str(&scrubbed);
        out.push('\n');
    }
    out
}

#[test]
fn defaults_match_the_golden_files() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/defaults");
    let bless = std::env::var_os("UPDATE_EXPECT").is_some();
    let mut failures = Vec::new();
    for (file, target, manifest) in CASES {
        let mut c = cluster(1);
        let out = run_script(&mut c, &apply_heredoc(manifest));
        assert!(out.contains(" created"), "{}: {}", file, out);
        c.run_for(Duration::from_secs(1));
        let got = scrub(&run(&mut c, &format!("kubectl get {} -o yaml", target)));
        let path = dir.join(format!("{}.yaml", file));
        if bless {
            std::fs::write(&path, &got).unwrap();
            continue;
        }
        let want = std::fs::read_to_string(&path).unwrap_or_default();
        if got != want {
            failures.push(format!("{} differs from {}:\n--- want\n{}\n--- got\n{}", target, path.display(), want, got));
        }
    }
    assert!(failures.is_empty(), "{}\n(re-bless with UPDATE_EXPECT=1 after checking the new output)", failures.join("\n"));
}

/// Scenario scripts (`tests/golden/scenarios/NAME.sh`) run through `kubeplay run --seed 7`
/// give exactly the transcript in `NAME.out`. Re-bless with `UPDATE_EXPECT=1`.
#[test]
fn scenarios_match_their_transcripts() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/scenarios");
    let bless = std::env::var_os("UPDATE_EXPECT").is_some();
    let mut scripts: Vec<_> = std::fs::read_dir(&dir).unwrap().filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "sh")).collect();
    scripts.sort();
    assert!(scripts.len() >= 4, "scenario scripts missing in {}", dir.display());
    let mut failures = Vec::new();
    for script in scripts {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_kubeplay")).args(["run", "--seed", "7"]).arg(&script).output().unwrap();
        let got = String::from_utf8_lossy(&out.stdout).to_string();
        let path = script.with_extension("out");
        if bless {
            std::fs::write(&path, &got).unwrap();
            continue;
        }
        let want = std::fs::read_to_string(&path).unwrap_or_default();
        if got != want {
            let line = got.lines().zip(want.lines()).position(|(a, b)| a != b).unwrap_or(got.lines().count().min(want.lines().count()));
            let context = |s: &str| s.lines().skip(line.saturating_sub(3)).take(8).collect::<Vec<_>>().join("\n");
            failures.push(format!("{} differs from {} at line {}:\n--- want\n{}\n--- got\n{}", script.display(), path.display(), line + 1, context(&want), context(&got)));
        }
    }
    assert!(failures.is_empty(), "{}\n(re-bless with UPDATE_EXPECT=1 after checking the new output)", failures.join("\n"));
}
