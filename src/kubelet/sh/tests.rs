//! Tests of the container shell: scripts, loops, expansions, files and image programs.
use super::*;

const RESOLV: &str = "search default.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n";

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
        let mut sys = Sys { now_ms: 1_795_000_000_000 + slept.as_millis() as i64, hostname: "web-1", domain: "", image, fs: &mut fs, cpus: 2, ip: "10.244.1.5", main: &main, out: &mut out, listen: &mut Default::default(), resolv: RESOLV, net: Default::default(), host: None };
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
    let mut sys = Sys { now_ms: 0, hostname: "h", domain: "", image: Image::Busybox, fs: &mut fs, cpus: 1, ip: "", main: "", out: &mut out, listen: &mut Default::default(), resolv: RESOLV, net: Default::default(), host: None };
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
    let mut sys = Sys { now_ms: 0, hostname: "liveness-exec", domain: "", image: Image::Busybox, fs: &mut fs, cpus: 1, ip: "", main: "", out: &mut out, listen: &mut Default::default(), resolv: RESOLV, net: Default::default(), host: None };
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
    // A network client waits for the network: first the resolver's queries, search list first.
    let (_, _, y) = run_in(Image::Busybox, &["wget", "-qO-", "http://web"], &[]);
    let queries = ["web.default.svc.cluster.local", "web.svc.cluster.local", "web.cluster.local", "web"].map(|n| (n.to_string(), net::Qtype::A)).to_vec();
    assert_eq!(y, Yield::Net(net::NetCall::Dns { server: "10.96.0.10".into(), queries, all: false, deadline: None }));
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

/// Runs a process to its end, answering its network calls with `answer`; the calls it made.
fn run_net(argv: &[&str], answer: impl Fn(&net::NetCall) -> net::NetReply) -> (String, Yield, Vec<net::NetCall>) {
    let argv: Vec<String> = argv.iter().map(|s| s.to_string()).collect();
    let mut p = Proc::new(&argv, &[], 1);
    let mut fs = Fs::default();
    let mut out = String::new();
    let mut calls = Vec::new();
    for _ in 0..100 {
        let mut sys = Sys { now_ms: 0, hostname: "client", domain: "", image: Image::Busybox, fs: &mut fs, cpus: 1, ip: "10.244.2.7", main: "", out: &mut out, listen: &mut Default::default(), resolv: RESOLV, net: Default::default(), host: None };
        match p.run(&mut sys) {
            Yield::Net(call) => {
                p.net_reply(answer(&call));
                calls.push(call);
            }
            Yield::Sleep(_) => {}
            y => return (out, y, calls),
        }
    }
    panic!("did not finish: {}", out);
}

fn web_answers(call: &net::NetCall) -> net::NetReply {
    use net::*;
    match call {
        NetCall::Dns { queries, .. } => NetReply::Dns {
            took: Duration::from_millis(1),
            answers: queries
                .iter()
                .map(|(n, t)| {
                    let found = n == "web.default.svc.cluster.local";
                    let addrs = if found && *t == Qtype::A { vec!["10.96.7.7".to_string()] } else { vec![] };
                    DnsAnswer::new(n, *t, if found { Rcode::NoError } else { Rcode::NxDomain }, addrs, true)
                })
                .take_while(|_| true)
                .collect(),
        },
        NetCall::Http { ip, path, port, .. } => NetReply::Http {
            took: Duration::from_millis(2),
            result: Ok(if ip == "10.96.7.7" && *port == 80 && path == "/" { crate::kubelet::http::Answer::Http { code: 200, body: "hello\n".into() } } else { crate::kubelet::http::Answer::Refused }),
        },
    }
}

#[test]
fn network_clients_wait_for_the_network_and_run_on_with_its_answers() {
    // The command runs again from its start with each answer: what it printed before is not repeated.
    let (out, y, calls) = run_net(&["sh", "-c", "echo start; X=$(wget -qO- http://web); echo \"got $X\" | head -1; wget -qO- http://web:81/"], web_answers);
    assert_eq!(out, "start\ngot hello\nwget: can't connect to remote host (10.96.7.7): Connection refused\n");
    assert_eq!(y, Yield::Exit(1));
    assert_eq!(calls.len(), 4, "{:?}", calls);
    assert!(matches!(&calls[1], net::NetCall::Http { port: 80, host, .. } if host == "web"));
    assert!(matches!(&calls[3], net::NetCall::Http { port: 81, host, .. } if host == "web:81"));
    // /etc/hosts answers localhost and the pod's own name without a query.
    let (_, _, calls) = run_net(&["wget", "-qO-", "http://client/"], web_answers);
    assert!(matches!(&calls[..], [net::NetCall::Http { ip, .. }] if ip == "10.244.2.7"), "{:?}", calls);
    // ndots: a name with five dots is tried as given first.
    let (_, _, calls) = run_net(&["wget", "-q", "http://a.b.c.d.e.f/"], web_answers);
    assert!(matches!(&calls[0], net::NetCall::Dns { queries, .. } if queries[0].0 == "a.b.c.d.e.f" && queries.len() == 4));
    let (out, y, _) = run_net(&["nslookup", "web"], web_answers);
    assert!(out.starts_with("Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\n"), "{}", out);
    assert!(out.contains("Name:\tweb.default.svc.cluster.local\nAddress: 10.96.7.7\n\n** server can't find web.svc.cluster.local: NXDOMAIN\n\n"), "{}", out);
    // The other search domains' NXDOMAIN make it exit 1, as busybox's does.
    assert_eq!(y, Yield::Exit(1));
}

#[test]
fn text_filters_sort_count_cut_and_print_fields() {
    use super::programs::filter;
    let args = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(filter("sort", &args(&["-rn"]), "2 b\n10 a\n1 c\n"), "10 a\n2 b\n1 c\n");
    assert_eq!(filter("uniq", &args(&["-c"]), "a\na\nb\n"), "      2 a\n      1 b\n");
    assert_eq!(filter("cut", &args(&["-d", ":", "-f", "1,3"]), "a:b:c\n"), "a:c\n");
    assert_eq!(filter("awk", &args(&["{print $2, NF}"]), "web-1   1/1   Running\n"), "1/1 3\n");
    assert_eq!(filter("awk", &args(&["-F/", "{print $2}"]), "pod/web-1\n"), "web-1\n");
}

#[test]
fn base64_round_trips_as_gnu_prints_it() {
    let run = |script: &str| {
        let mut p = Proc::new(&["sh".into(), "-c".into(), script.into()], &[], 1);
        let (mut fs, mut out, mut listen) = (Fs::default(), String::new(), Ports::default());
        let mut sys = Sys { now_ms: 0, hostname: "h", domain: "", image: Image::Ubuntu, fs: &mut fs, cpus: 1, ip: "", main: "", out: &mut out, listen: &mut listen, resolv: "", net: Default::default(), host: None };
        p.run(&mut sys);
        out
    };
    assert_eq!(run("echo s3cr3t | base64"), "czNjcjN0Cg==\n");
    assert_eq!(run("echo czNjcjN0 | base64 -d"), "s3cr3t");
    assert_eq!(run("printf ab | base64"), "YWI=\n");
}

#[test]
fn parameter_expansion_follows_posix() {
    // Length, and defaults with and without the colon (which counts an empty value as unset).
    assert_eq!(sh("E=; echo ${#MY_VAR} ${#UNSET} ${E-unset}. ${E:-empty} ${UNSET-unset}").0, "11 0 . empty unset\n");
    // Assigned defaults stay; alternatives only for a set variable.
    assert_eq!(sh("echo ${N:=5} $N; echo [${MY_VAR:+set}] [${UNSET:+set}]").0, "5 5\n[set] []\n");
    // Prefix and suffix removal, shortest and longest, with patterns.
    let path = "P=/usr/local/lib/libfoo.so.1";
    assert_eq!(sh(&format!("{}; echo ${{P#*/}} ${{P##*/}} ${{P%.*}} ${{P%%.*}}", path)).0, "usr/local/lib/libfoo.so.1 libfoo.so.1 /usr/local/lib/libfoo.so /usr/local/lib/libfoo\n");
    assert_eq!(sh("F='*pod-7f9c'; echo ${F#?pod-} ${F%[0-9a-f][0-9a-f]} ${F#\"*\"} \"${F##*-}\"").0, "7f9c *pod-7f pod-7f9c 7f9c\n");
    // The word after the operator has quotes of its own; inside double quotes, only $ expands.
    assert_eq!(sh("echo ${UNSET:-\"a  b\"} ${UNSET:-'$MY_VAR'} \"${UNSET:-'x'}\" ${UNSET:-é}").0, "a  b $MY_VAR 'x' é\n");
    assert_eq!(sh("[ \"${UNSET:-}\" = \"\" ] && echo empty; set -- ${UNSET:-}; echo $#").0, "empty\n0\n");
    // ${x:?}: the shell's error, the command not run, the script ended with status 2.
    let (out, _, end) = sh("echo before; echo ${REQUIRED:?must be set}; echo after");
    assert_eq!((out.as_str(), end), ("before\nsh: REQUIRED: must be set\n", Yield::Exit(2)));
    assert_eq!(sh("E=; : ${E:?}").0, "sh: E: parameter not set or null\n");
    assert_eq!(sh("echo ${E?}").0, "sh: E: parameter not set\n");
    assert!(parse::compile("echo ${MY_VAR/x/y}").unwrap_err().contains("bad substitution"));
}
