//! Tests of the container shell: scripts, loops, expansions, files and image programs.
use super::*;

/// Runs a process to its end (or until it blocks), returning its output, total sleep and how it
/// ended.
fn run_in(image: Image, argv: &[&str], env: &[(&str, &str)]) -> (String, Duration, Yield) {
    let argv: Vec<String> = argv.iter().map(|s| s.to_string()).collect();
    let env: Vec<(String, String)> = env.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    let mut p = Proc::new(&argv, &env, 1);
    let mut fs = Fs::default();
    let mut out = String::new();
    let mut slept = Duration::ZERO;
    let main = argv.join(" ");
    for _ in 0..10_000 {
        let mut sys = Sys { now_ms: 1_795_000_000_000 + slept.as_millis() as i64, hostname: "web-1", image, fs: &mut fs, cpus: 2, ip: "10.244.1.5", main: &main, out: &mut out, listen: &mut Default::default() };
        match p.run(&mut sys) {
            Yield::Sleep(d) => slept += d,
            y => return (out, slept, y),
        }
    }
    panic!("did not finish: {}", out);
}

fn sh(script: &str) -> (String, Duration, Yield) {
    run_in(Image::Busybox, &["sh", "-c", script], &[("MY_VAR", "hello world")])
}

#[test]
fn scripts_print_sleep_and_exit_as_busybox_runs_them() {
    assert_eq!(sh("echo hello; sleep 3600"), ("hello\n".into(), Duration::from_secs(3600), Yield::Exit(0)));
    assert_eq!(sh("echo dying; exit 3").2, Yield::Exit(3));
    assert_eq!(sh("echo $MY_VAR").0, "hello world\n");
    assert_eq!(sh("echo \"[$MY_VAR]\" '[$MY_VAR]'").0, "[hello world] [$MY_VAR]\n");
    assert_eq!(sh("echo ${UNSET:-fallback} ${MY_VAR:-x}").0, "fallback hello world\n");
    assert_eq!(sh("sleep infinity").2, Yield::Forever);
    assert_eq!(sh("false").2, Yield::Exit(1));
    assert_eq!(sh("nosuch").0, "sh: nosuch: not found\n");
    assert_eq!(sh("nosuch").2, Yield::Exit(127));
    assert_eq!(sh("false || echo fallback && echo also").0, "fallback\nalso\n");
    assert_eq!(sh("true && false; echo $?").0, "1\n");
}

#[test]
fn loops_and_conditionals_run_in_cluster_time() {
    let (out, slept, end) = sh("for i in 1 2 3; do echo \"tick $i\"; sleep 10; done");
    assert_eq!(out, "tick 1\ntick 2\ntick 3\n");
    assert_eq!(slept, Duration::from_secs(30));
    assert_eq!(end, Yield::Exit(0));
    let (out, slept, _) = sh("i=0; while [ $i -lt 5 ]; do i=$((i+1)); echo $i; sleep 1; done; echo done");
    assert_eq!(out, "1\n2\n3\n4\n5\ndone\n");
    assert_eq!(slept, Duration::from_secs(5));
    assert_eq!(sh("if [ -f /tmp/x ]; then echo yes; else echo no; fi").0, "no\n");
    assert_eq!(sh("touch /tmp/x; if test -f /tmp/x; then echo yes; elif true; then echo mid; fi").0, "yes\n");
    assert_eq!(sh("n=0; until [ $n -ge 3 ]; do n=$((n + 1)); done; echo $n").0, "3\n");
    assert_eq!(sh("for x in a b c; do if [ $x = b ]; then break; fi; echo $x; done; echo out").0, "a\nout\n");
    assert_eq!(sh("for x in a b c; do [ $x = b ] && continue; echo $x; done").0, "a\nc\n");
    // An endless loop with a sleep keeps running; one without burns CPU but still yields.
    let mut p = Proc::new(&["sh".into(), "-c".into(), "while true; do echo hi; sleep 5; done".into()], &[], 1);
    let (mut fs, mut out) = (Fs::default(), String::new());
    let mut sys = Sys { now_ms: 0, hostname: "h", image: Image::Busybox, fs: &mut fs, cpus: 1, ip: "", main: "", out: &mut out, listen: &mut Default::default() };
    for _ in 0..3 {
        assert_eq!(p.run(&mut sys), Yield::Sleep(Duration::from_secs(5)));
    }
    assert_eq!(out, "hi\nhi\nhi\n");
}

#[test]
fn the_liveness_probe_example_uses_the_container_filesystem() {
    // kubernetes.io's exec liveness example.
    let argv = ["/bin/sh", "-c", "touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600"];
    let argv: Vec<String> = argv.iter().map(|s| s.to_string()).collect();
    let mut p = Proc::new(&argv, &[], 1);
    let (mut fs, mut out) = (Fs::default(), String::new());
    let mut sys = Sys { now_ms: 0, hostname: "liveness-exec", image: Image::Busybox, fs: &mut fs, cpus: 1, ip: "", main: "", out: &mut out, listen: &mut Default::default() };
    assert_eq!(p.run(&mut sys), Yield::Sleep(Duration::from_secs(30)));
    assert_eq!(sys.fs.read(Image::Busybox, "/tmp/healthy").as_deref(), Some(""));
    assert_eq!(p.run(&mut sys), Yield::Sleep(Duration::from_secs(600)));
    assert_eq!(sys.fs.read(Image::Busybox, "/tmp/healthy"), None);
}

#[test]
fn substitutions_pipes_redirections_and_printf() {
    assert_eq!(sh("echo \"today is $(date +%Y)\"").0, "today is 2026\n");
    assert_eq!(sh("echo `hostname`").0, "web-1\n");
    assert_eq!(sh("echo one two | wc -w").0, "2\n");
    assert_eq!(sh("echo hi > /tmp/f; echo there >> /tmp/f; cat /tmp/f | grep -c h").0, "2\n");
    assert_eq!(sh("printf '%s=%d\\n' a 1 b 2").0, "a=1\nb=2\n");
    assert_eq!(sh("echo quiet > /dev/null; echo $((7 * 6))").0, "42\n");
    assert_eq!(sh("x=5; echo $((x % 3 + ${x}))").0, "7\n");
    assert_eq!(sh("cat /etc/hostname").0, "web-1\n");
    assert_eq!(sh("echo 'unterminated"), ("sh: syntax error: unterminated quoted string\n".into(), Duration::ZERO, Yield::Exit(2)));
}

#[test]
fn images_have_only_their_own_programs() {
    let (out, _, end) = run_in(Image::Nginx, &["sh", "-c", "ps"], &[]);
    assert_eq!((out.as_str(), end), ("sh: ps: not found\n", Yield::Exit(127)));
    assert_eq!(run_in(Image::Busybox, &["sh", "-c", "curl http://web"], &[]).2, Yield::Exit(127));
    assert_eq!(run_in(Image::Busybox, &["wget", "-qO-", "http://web"], &[]).0, "wget: bad address 'web'\n");
    assert!(!Image::Distroless("kube-apiserver").has("sh"));
    assert!(Image::Distroless("kube-apiserver").has("kube-apiserver"));
    // busybox with no command: sh with nothing on its standard input ends at once.
    assert_eq!(run_in(Image::Busybox, &["sh"], &[]).2, Yield::Exit(0));
    let (out, _, end) = run_in(Image::Nginx, &["/docker-entrypoint.sh", "nginx", "-g", "daemon off;"], &[]);
    assert_eq!(end, Yield::Forever);
    assert!(out.starts_with("/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty"), "{}", out);
    assert!(out.ends_with("[notice] 1#1: start worker process 30\n"), "{}", out);
    assert_eq!(programs::render_times("\u{1} [notice] x", 1_795_000_000_000), "2026/11/18 11:06:40 [notice] x");
}

#[test]
fn arithmetic_follows_the_shell() {
    let v = BTreeMap::from([("n".to_string(), "4".to_string())]);
    assert_eq!(arith("1 + 2 * 3", &v), Ok(7));
    assert_eq!(arith("(n + 1) * 2", &v), Ok(10));
    assert_eq!(arith("n > 3 && n < 5", &v), Ok(1));
    assert_eq!(arith("-n", &v), Ok(-4));
    assert!(arith("1 / 0", &v).is_err());
    assert!(arith("1 +", &v).is_err());
}

#[test]
fn parse_errors_are_the_shells() {
    assert!(parse::compile("if true; then echo").unwrap_err().contains("syntax error"));
    assert!(parse::compile("done").unwrap_err().contains("syntax error: unexpected \"done\""));
    assert!(parse::compile("echo 'x").is_err());
    assert!(parse::compile("for 1 in a; do :; done").is_err());
}
