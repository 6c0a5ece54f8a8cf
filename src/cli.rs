//! The native command line: a REPL on stdin, and `kubeplay run [--seed N] FILE|-` that prints a
//! script's transcript. It owns the only I/O (stdin, stdout, local files for `kubectl -f`).

use kubeplay::kubectl::Files;
use kubeplay::shell::{self, Session, Step, CONTINUATION, PROMPT};
use kubeplay::sim::{Cluster, ClusterConfig};
use std::io::{BufRead, Write};

/// `kubectl -f` reads the local disk.
struct DiskFiles;

impl Files for DiskFiles {
    fn read(&self, path: &str) -> Result<String, String> {
        std::fs::read_to_string(path).map_err(|e| e.to_string())
    }
    fn list_dir(&self, path: &str) -> Option<Vec<String>> {
        let rd = std::fs::read_dir(path).ok()?;
        let mut names: Vec<String> = rd.filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().into_owned()).collect();
        names.sort();
        Some(names)
    }
}

const USAGE: &str = "usage:
  kubeplay                         interactive terminal on a new cluster
  kubeplay run [--seed N] [--control-planes 1|3] [--ingress] FILE|-
                                   run a script and print its transcript
  kubeplay lesson list | check DIR | solve ID|DIR
                                   the bundled course; a lesson folder read and checked;
                                   a lesson's solutions replayed (its golden transcript)
  kubeplay serve [--port 6443] [--seed N] [--control-planes 1|3] [--clock real|manual]
                 [--start UNIX_SECONDS] [--kubeconfig FILE]
                                   run the cluster in real time and serve its API on
                                   http(s)://127.0.0.1:PORT for kubectl and client libraries
                                   (manual: time passes only with `kubeplay wait`, sent to
                                   POST /kubeplay/v1/terminal; start: the cluster's clock
                                   starts then, not now; the kubeconfig for HTTPS is written
                                   to FILE, by default in the temporary directory)
";

fn boot(seed: u64, control_planes: usize, ingress: bool) -> Cluster {
    let mut config = if control_planes > 1 { ClusterConfig::kubeadm_ha(seed, control_planes) } else { ClusterConfig::kubeadm(seed) };
    config.ingress_nginx = ingress;
    let mut cluster = Cluster::boot(config);
    cluster.set_workspace(Box::new(DiskFiles));
    cluster
}

pub fn main() -> i32 {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        None => repl(kubeplay::sim::config::DEFAULT_SEED, 1),
        Some("run") => run(&args[1..]),
        Some("serve") => serve(&args[1..]),
        Some("lesson") => lesson(&args[1..]),
        Some("--seed") => match args.get(1).and_then(|s| s.parse().ok()) {
            Some(seed) => repl(seed, 1),
            None => usage(),
        },
        Some("-h") | Some("--help") | Some("help") => {
            print!("{}", USAGE);
            0
        }
        _ => usage(),
    }
}

/// `kubeplay serve`: see `serve/mod.rs`.
fn serve(args: &[String]) -> i32 {
    let (mut port, mut seed, mut control_planes, mut real_time) = (6443u16, kubeplay::sim::config::DEFAULT_SEED, 1usize, true);
    let mut start: Option<i64> = None;
    let mut kubeconfig: Option<std::path::PathBuf> = None;
    let mut i = 0;
    while i < args.len() {
        let value = args.get(i + 1).map(String::as_str);
        let ok = match args[i].as_str() {
            "--port" => value.and_then(|v| v.parse().ok()).map(|v| port = v).is_some(),
            "--seed" => value.and_then(|v| v.parse().ok()).map(|v| seed = v).is_some(),
            "--control-planes" => value.and_then(|v| v.parse().ok()).filter(|n| *n == 1 || *n == 3).map(|v| control_planes = v).is_some(),
            "--clock" => matches!(value, Some("real" | "manual")).then(|| real_time = value == Some("real")).is_some(),
            "--kubeconfig" => value.map(|v| kubeconfig = Some(v.into())).is_some(),
            "--start" => value.and_then(|v| v.parse::<i64>().ok()).map(|v| start = Some(v * 1000)).is_some(),
            _ => false,
        };
        if !ok {
            return usage();
        }
        i += 2;
    }
    // Real clients read timestamps against their own clock: the cluster starts now (or when told,
    // so that twin servers are the same to the second).
    let mut config = if control_planes > 1 { ClusterConfig::kubeadm_ha(seed, control_planes) } else { ClusterConfig::kubeadm(seed) };
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_millis() as i64).unwrap_or(config.epoch_unix_ms);
    config.epoch_unix_ms = start.unwrap_or(now);
    let mut cluster = Cluster::boot(config);
    cluster.set_workspace(Box::new(DiskFiles));
    crate::serve::serve(cluster, port, real_time, kubeconfig)
}

fn usage() -> i32 {
    eprint!("{}", USAGE);
    2
}

/// A lesson folder's files from disk (`lesson.md` and what lies beside it).
fn lesson_folder(dir: &str) -> Result<kubeplay::lesson::Folder, String> {
    let mut files = kubeplay::lesson::Folder::new();
    for e in std::fs::read_dir(dir).map_err(|e| format!("{}: {}", dir, e))?.flatten() {
        let path = e.path();
        if path.is_file() {
            if let Ok(text) = std::fs::read_to_string(&path) {
                files.insert(e.file_name().to_string_lossy().into_owned(), text);
            }
        }
    }
    Ok(files)
}

/// A lesson by bundled id, or from a folder on disk.
fn lesson_named(name: &str) -> Result<kubeplay::lesson::Lesson, String> {
    if std::path::Path::new(name).is_dir() {
        let folder = std::path::Path::new(name).file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default();
        return kubeplay::lesson::Lesson::parse(&folder, &lesson_folder(name)?);
    }
    kubeplay::lesson::find(name).ok_or_else(|| format!("no lesson {:?} (kubeplay lesson list)", name))
}

fn lesson(args: &[String]) -> i32 {
    let sub = args.first().map(String::as_str);
    if sub == Some("list") {
        for (folder, files) in kubeplay::lesson::bundled() {
            match kubeplay::lesson::Lesson::parse(folder, &files) {
                Ok(l) => println!("{:<24} {:>3} min  {} steps  {}", l.id, l.minutes, l.steps.len(), l.title),
                Err(e) => println!("{:<24} error: {}", folder, e),
            }
        }
        return 0;
    }
    let (Some(verb), Some(name)) = (sub, args.get(1)) else { return usage() };
    let lesson = match lesson_named(name) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("kubeplay: {}", e);
            return 1;
        }
    };
    match verb {
        "check" => {
            println!("{}: {} steps, {} checks", lesson.id, lesson.steps.len(), lesson.check_count());
            0
        }
        "solve" => {
            let solved = kubeplay::lesson::solve::solve(&lesson);
            print!("{}", solved.transcript);
            for p in &solved.problems {
                eprintln!("kubeplay: {}", p);
            }
            i32::from(!solved.problems.is_empty())
        }
        _ => usage(),
    }
}

fn run(args: &[String]) -> i32 {
    let mut seed = kubeplay::sim::config::DEFAULT_SEED;
    let mut control_planes = 1;
    let mut ingress = false;
    let mut file = None;
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--seed" => {
                let Some(s) = args.get(i + 1).and_then(|s| s.parse().ok()) else { return usage() };
                seed = s;
                i += 1;
            }
            "--control-planes" => {
                let Some(n) = args.get(i + 1).and_then(|s| s.parse::<usize>().ok()).filter(|n| *n == 1 || *n == 3 || *n == 5) else {
                    eprintln!("kubeplay: --control-planes takes 1, 3 or 5");
                    return 2;
                };
                control_planes = n;
                i += 1;
            }
            "--ingress" => ingress = true,
            s if s.starts_with("--seed=") => {
                let Ok(s) = s["--seed=".len()..].parse() else { return usage() };
                seed = s;
            }
            f => file = Some(f.to_string()),
        }
        i += 1;
    }
    let Some(file) = file else { return usage() };
    let script = if file == "-" {
        let mut s = String::new();
        if std::io::Read::read_to_string(&mut std::io::stdin(), &mut s).is_err() {
            eprintln!("kubeplay: cannot read stdin");
            return 1;
        }
        s
    } else {
        match std::fs::read_to_string(&file) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("kubeplay: {}: {}", file, e);
                return 1;
            }
        }
    };
    let mut cluster = boot(seed, control_planes, ingress);
    let mut stdout = std::io::stdout();
    let trace = std::env::var_os("KUBEPLAY_TRACE").is_some();
    let mut pending_trace: Vec<String> = Vec::new();
    let cluster_ptr: *mut Cluster = &mut cluster;
    let _ = cluster_ptr;
    shell::run_script_streaming(&mut cluster, &script, &mut |s| {
        let _ = stdout.write_all(s.as_bytes());
    });
    if trace {
        for ev in cluster.drain_trace() {
            pending_trace.push(format!("{} {} {}", ev.at, ev.component, ev.message));
        }
        for l in pending_trace {
            eprintln!("{}", l);
        }
    }
    let _ = stdout.flush();
    0
}

fn repl(seed: u64, control_planes: usize) -> i32 {
    let mut cluster = boot(seed, control_planes, false);
    let mut session = Session::new();
    let stdin = std::io::stdin();
    let mut stdout = std::io::stdout();
    print!("{}", PROMPT);
    let _ = stdout.flush();
    for line in stdin.lock().lines() {
        let Ok(line) = line else { break };
        match session.feed(&line, &mut cluster) {
            Step::More => {
                print!("{}", CONTINUATION);
                let _ = stdout.flush();
                continue;
            }
            Step::Clear => print!("\x1b[2J\x1b[H"),
            Step::Done(mut out) => {
                for (stream, text) in &out.chunks {
                    match stream {
                        kubeplay::kubectl::Stream::Stdout => print!("{}", text),
                        kubeplay::kubectl::Stream::Stderr => eprint!("{}", text),
                    }
                }
                if let Some(mut fg) = shell::Foreground::start(&mut out, cluster.now(), false) {
                    shell::drive(&mut cluster, &mut fg, &mut |s| {
                        print!("{}", s);
                        let _ = std::io::stdout().flush();
                    });
                }
            }
        }
        print!("{}", PROMPT);
        let _ = stdout.flush();
    }
    println!();
    0
}
