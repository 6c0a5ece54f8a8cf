//! The native binary: `kubeplay run FILE|-` prints the transcript and exits 0.

use crate::support::*;
use std::io::Write;
use std::process::{Command, Stdio};

fn kubeplay(args: &[&str], stdin: &str) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_kubeplay"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn kubeplay");
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn run_prints_the_transcript() {
    let script = format!("# the headline flow\n{}kubeplay wait 30s\nkubectl delete pods -l app=nginx\nkubeplay wait 30s\nkubectl get pods\nkubectl get nope\n", apply_heredoc(NGINX_RC));
    let (code, out, err) = kubeplay(&["run", "-"], &script);
    assert_eq!(code, 0, "{}", err);
    assert!(out.starts_with("$ # the headline flow\n$ kubectl apply -f - <<EOF\n> apiVersion: v1\n"), "{}", out);
    assert!(out.contains("> EOF\nreplicationcontroller/nginx created\n$ kubeplay wait 30s\n"), "{}", out);
    assert!(out.ends_with("$ kubectl get nope\nerror: the server doesn't have a resource type \"nope\"\n"), "{}", out);
    let table = out.split("$ kubectl get pods\n").nth(1).unwrap().split("$ ").next().unwrap();
    let r = rows(table);
    assert_eq!(r.len(), 3);
    assert!(r.iter().all(|row| row[2] == "Running"));
}

#[test]
fn seeds_select_names_and_repeat_exactly() {
    let script = format!("{}kubeplay wait 10s\nkubectl get pods\n", apply_heredoc(NGINX_RC));
    let a = kubeplay(&["run", "--seed", "5", "-"], &script).1;
    let b = kubeplay(&["run", "--seed", "5", "-"], &script).1;
    let c = kubeplay(&["run", "--seed", "6", "-"], &script).1;
    assert_eq!(a, b);
    assert_ne!(a, c);
}

#[test]
fn repl_reads_commands_from_stdin() {
    let (code, out, _) = kubeplay(&[], "kubectl get nodes\n");
    assert_eq!(code, 0);
    assert!(out.contains("controlplane $ NAME"), "{}", out);
    assert!(out.contains("node02         Ready"), "{}", out);
}

#[test]
fn bad_usage_is_reported() {
    let (code, _, err) = kubeplay(&["run"], "");
    assert_eq!(code, 2);
    assert!(err.contains("usage:"), "{}", err);
    let (code, _, err) = kubeplay(&["run", "/nonexistent/script"], "");
    assert_eq!(code, 1);
    assert!(err.contains("/nonexistent/script"), "{}", err);
}
