//! The learner's terminal, shared by the page, the native CLI and lessons: it turns typed lines
//! (with quoting and heredocs) into commands — `kubectl …`, `kubeplay …` — runs them on the
//! cluster, and renders a script's transcript exactly as the terminal shows it.

pub mod complete;
pub mod curl;
mod jobs;
pub mod editor;
pub mod node;
pub mod playground;
pub mod script;
pub mod terminal;
pub mod words;

use crate::kubectl::{Follow, Output, WaitFor};
use crate::sim::clock::SimTime;
use crate::sim::clock::parse_duration;
use crate::sim::command::Fault;
use crate::sim::{Cluster, Command};
use std::time::Duration;
use words::{split, Heredoc};

/// The prompt the page and the REPL show (the learner is on the control-plane node).
pub const PROMPT: &str = "controlplane $ ";
/// The continuation prompt inside a heredoc.
pub const CONTINUATION: &str = "> ";
/// How long a command may block (e.g. `kubectl delete` waiting for deletion) before giving up.
pub const WAIT_TIMEOUT: Duration = Duration::from_secs(3600);

/// What feeding one line did.
#[derive(Debug)]
pub enum Step {
    /// The command ran; its output (which may ask the caller to wait before the next prompt).
    Done(Output),
    /// A heredoc is open: more lines are needed.
    More,
    /// `clear`: the terminal should clear its screen.
    Clear,
}

struct Pending {
    words: Vec<String>,
    heredoc: Heredoc,
    body: String,
    /// A line for the shell, run once the body is in `script::HEREDOC_FILE`.
    shell: Option<String>,
}

/// The commands the terminal runs itself; others on the host's PATH go to the shell.
const OWN: [&str; 16] = ["export", "alias", "unalias", "timeout", "watch", "etcdctl", "kubectl", "k", "kubeplay", "clear", "curl", "ssh", "echo", "jobs", "fg", "kill"];

#[derive(Default)]
pub struct Session {
    pending: Option<Pending>,
    /// A shell on a node (`ssh node01`): lines go there until `exit`.
    node: Option<node::NodeShell>,
    /// Exported variables (`export ETCDCTL_API=3`).
    env: std::collections::BTreeMap<String, String>,
    /// `$?`: the exit status of the last command.
    status: i32,
    /// `alias k=kubectl`: a command's first word replaced by the alias's words.
    aliases: std::collections::BTreeMap<String, String>,
    /// Background jobs (`COMMAND &`), oldest first.
    jobs: Vec<jobs::Job>,
    /// How many jobs have been started (their PIDs follow from it).
    jobs_started: u32,
    /// A background job's line runs through the shell: what its command still follows.
    backgrounding: bool,
    bg_waits: Vec<crate::kubectl::WaitFor>,
}

/// `NAME=value` words in front of a command.
fn split_assignments(words: &[String]) -> (Vec<(String, String)>, &[String]) {
    let n = words
        .iter()
        .take_while(|w| w.split_once('=').is_some_and(|(k, _)| !k.is_empty() && k.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')))
        .count();
    let vars = words[..n].iter().filter_map(|w| w.split_once('=').map(|(k, v)| (k.to_string(), v.to_string()))).collect();
    (vars, &words[n..])
}

const HELP: &str = "kubeplay: a Kubernetes cluster simulated in your browser.

Commands:
  kubectl ...            talk to the cluster (alias: k)
  kubeplay wait 30s      let 30 seconds of cluster time pass at once
  kubeplay etcd stop MEMBER|--leader, kubeplay etcd start MEMBER
                         stop or restart an etcd member (named after its node)
  kubeplay node stop NODE, kubeplay node start NODE
                         power a node off (its kubelet stops reporting) or back on
  kubeplay node partition NODE, kubeplay node reconnect NODE
                         cut a node off the network (it runs on, unreachable; it goes
                         NotReady) or reconnect it
  kubeplay node fill-memory NODE SIZE
                         a process outside Kubernetes takes SIZE of a node's memory (0 frees
                         it): below 100Mi available the kubelet evicts pods
  kubeplay node fill-disk NODE SIZE
                         files take SIZE of a node's disk: below 15% free the kubelet deletes
                         unused images, then evicts pods
  kubeplay runtime stop NODE, kubeplay runtime start NODE
                         stop a node's containerd (its containers run on; the node goes
                         NotReady) or start it
  kubeplay registry down|up
                         make the image registries unreachable from the nodes (pulls fail)
  kubeplay kubelet stop NODE, kubeplay kubelet start NODE
                         stop a node's kubelet service (its containers run on) or start it
  ssh NODE (or kubeplay ssh NODE)
                         a root shell on a node: crictl pods|ps|images|logs, ls
                         /etc/kubernetes/manifests, systemctl status|stop|start|restart
                         kubelet|containerd, journalctl -u kubelet, ip addr|link|route;
                         exit to leave
  kubeplay explain-schedule POD [-n NS]
                         why the scheduler put a pod where it did (or could not place it):
                         filter verdicts and plugin scores per node from its last cycle
  kubeplay timeline [N] [--for KIND/NAME] [--actor NAME]
                         what the components did and why: the last N chains of cause and
                         effect (default 5), e.g. a pod deleted, its controller creating
                         another, the scheduler binding it, the kubelet starting it, the
                         endpoints and kube-proxy's rules following
  kubeplay help          this help
  etcdctl ...            etcd's client (needs kubeadm's certificates: --cacert, --cert, --key
                         or ETCDCTL_CACERT, ETCDCTL_CERT, ETCDCTL_KEY under /etc/kubernetes/pki/etcd)
  timeout 20s CMD        stop a command after 20 seconds (Ctrl-C stops it too)
  CMD &                  run a command in the background, as bash does, e.g.
                         kubectl port-forward svc/web 8080:80 & then curl localhost:8080;
                         jobs lists them, kill %1 ends one, fg brings it back
  clear                  clear the terminal
  alias k=kubectl        aliases, as bash has them

Heredocs work: kubectl apply -f - <<EOF ... EOF
Your files live in /root on this host: cat > pod.yaml <<EOF ... EOF, ls, cat, mkdir, cd, rm,
then kubectl apply -f pod.yaml (or a directory).
So do pipes, lists and expansions, with grep, head, tail, wc, sort, uniq, cut, awk, xargs:
  kubectl get pods -o name | head -1 | xargs kubectl delete
  kubectl get pods --no-headers | awk '{print $1}' && echo $?
";

impl Session {
    pub fn new() -> Self {
        Self::default()
    }

    /// The node shell's prompt while one is open.
    pub fn node_prompt(&self) -> Option<String> {
        self.node.as_ref().map(node::NodeShell::prompt)
    }

    /// Whether a heredoc is waiting for more lines.
    pub fn in_heredoc(&self) -> bool {
        self.pending.is_some()
    }

    /// Abandons a half-typed heredoc (Ctrl-C).
    pub fn cancel(&mut self) {
        self.pending = None;
    }

    /// Feeds one typed line.
    pub fn feed(&mut self, line: &str, cluster: &mut Cluster) -> Step {
        if let Some(p) = self.pending.as_mut() {
            let text = if p.heredoc.strip_tabs { line.trim_start_matches('\t') } else { line };
            if text == p.heredoc.delimiter {
                let p = self.pending.take().expect("pending");
                let (body, mut said) = self.heredoc_body(&p, cluster);
                let step = match p.shell {
                    Some(shell_line) => {
                        cluster.host_fs.write(script::HEREDOC_FILE, &body, false);
                        let out = self.script(&shell_line, cluster);
                        cluster.host_fs.remove(crate::kubelet::sh::programs::Image::Ubuntu, script::HEREDOC_FILE);
                        Step::Done(out)
                    }
                    None => self.execute(p.words, Some(body), cluster),
                };
                return match step {
                    Step::Done(mut out) => {
                        // What the expansion printed (`$(bad)`'s error) comes first.
                        said.chunks.append(&mut out.chunks);
                        out.chunks = said.chunks;
                        self.done(out)
                    }
                    other => other,
                };
            }
            p.body.push_str(text);
            p.body.push('\n');
            return Step::More;
        }
        if self.node.is_none() {
            if let Some(command) = jobs::background(line) {
                return self.start_job(command, cluster);
            }
        }
        // A command of the host's own (`cat`, `ls`, `mkdir`, …), or a line kubeplay's parser
        // leaves to the shell, runs in the shell; a heredoc on it is read first.
        let first = line.split_whitespace().next().unwrap_or("");
        let first = self.aliases.get(first).and_then(|a| a.split_whitespace().next().map(str::to_string)).unwrap_or_else(|| first.to_string());
        let host_program = !OWN.contains(&first.as_str()) && (first == "cd" || crate::kubelet::sh::programs::Image::Ubuntu.has(&first));
        let for_shell = self.node.is_none() && (host_program || split(line).is_err_and(|e| e.starts_with(words::UNSUPPORTED)));
        if for_shell {
            if let Some((shell_line, heredoc)) = script::shell_heredoc(line) {
                self.pending = Some(Pending { words: Vec::new(), heredoc, body: String::new(), shell: Some(shell_line) });
                return Step::More;
            }
            if host_program {
                let out = self.script(line, cluster);
                return self.done(out);
            }
        }
        let parsed = match split(line) {
            Ok(p) if self.node.is_some() || p.heredoc.is_some() || !script::needs_shell(line) => p,
            // Pipes, lists, expansions: the shell interpreter runs the line.
            Ok(_) => {
                let out = self.script(line, cluster);
                return self.done(out);
            }
            Err(e) if e.starts_with(words::UNSUPPORTED) && self.node.is_none() => {
                let out = self.script(line, cluster);
                return self.done(out);
            }
            Err(e) => match e.strip_prefix(words::UNSUPPORTED) {
                // The node shell runs one command per line.
                Some(op) => return self.done(failure(format!("bash: kubeplay's node shell does not support {} yet: run one command per line\n", op), 2)),
                None => return self.done(failure(format!("bash: {}\n", e), 2)),
            },
        };
        if let Some(mut shell) = self.node.take() {
            let started = cluster.now();
            let ran = shell.run(&parsed.words, cluster);
            if !parsed.words.is_empty() {
                let code = ran.as_ref().map_or(0, |o| o.exit_code);
                cluster.commands.record(started, &parsed.words, Some(&shell.node), code);
            }
            return match ran {
                Some(out) => {
                    self.node = Some(shell);
                    Step::Done(out)
                }
                None => {
                    let mut o = Output::default();
                    o.out(format!("logout\nConnection to {} closed.\n", shell.node));
                    Step::Done(o)
                }
            };
        }
        if let Some(heredoc) = parsed.heredoc {
            self.pending = Some(Pending { words: parsed.words, heredoc, body: String::new(), shell: None });
            return Step::More;
        }
        let step = self.execute(parsed.words, None, cluster);
        match step {
            Step::Done(out) => self.done(out),
            other => other,
        }
    }

    /// A finished heredoc's body, expanded when its delimiter was unquoted, and what the
    /// expansion printed.
    fn heredoc_body(&mut self, p: &Pending, cluster: &mut Cluster) -> (String, Output) {
        if !p.heredoc.expand || !p.body.contains(['$', '`', '\\']) {
            return (p.body.clone(), Output::default());
        }
        let line = format!("printf '%s' \"{}\" > {}", script::heredoc_word(&p.body), script::HEREDOC_FILE);
        let said = self.script(&line, cluster);
        let body = cluster.host_fs.written(script::HEREDOC_FILE).unwrap_or_default().to_string();
        cluster.host_fs.remove(crate::kubelet::sh::programs::Image::Ubuntu, script::HEREDOC_FILE);
        (body, said)
    }

    /// A command is over (or has printed its first output): its status is `$?`.
    fn done(&mut self, out: Output) -> Step {
        self.status = out.exit_code;
        Step::Done(out)
    }

    /// Runs one simple command, and notes it in the cluster's command log (lessons read it).
    fn execute(&mut self, words: Vec<String>, stdin: Option<String>, cluster: &mut Cluster) -> Step {
        let started = cluster.now();
        let (_, plain) = split_assignments(&words);
        let noted: Vec<String> = match plain.first().and_then(|w| self.aliases.get(w)).and_then(|a| split(a).ok()) {
            Some(alias) => alias.words.into_iter().chain(plain[1..].iter().cloned()).collect(),
            None => plain.to_vec(),
        };
        let step = self.run_simple(words, stdin, cluster);
        if !noted.is_empty() {
            let code = if let Step::Done(o) = &step { o.exit_code } else { 0 };
            cluster.commands.record(started, &noted, None, code);
        }
        step
    }

    fn run_simple(&mut self, words: Vec<String>, stdin: Option<String>, cluster: &mut Cluster) -> Step {
        let (vars, words) = split_assignments(&words);
        let expanded: Vec<String>;
        let words = match words.first().and_then(|w| self.aliases.get(w)).and_then(|a| split(a).ok()) {
            Some(alias) => {
                expanded = alias.words.into_iter().chain(words[1..].iter().cloned()).collect();
                &expanded[..]
            }
            None => words,
        };
        let Some((cmd, args)) = words.split_first() else {
            // `NAME=value` alone sets a shell variable.
            self.env.extend(vars);
            return Step::Done(Output::default());
        };
        let mut env = self.env.clone();
        env.extend(vars);
        match cmd.as_str() {
            "export" => {
                for a in args {
                    if let Some((k, v)) = a.split_once('=') {
                        self.env.insert(k.to_string(), v.to_string());
                    }
                }
                Step::Done(Output::default())
            }
            "alias" => Step::Done(self.alias(args)),
            "unalias" => {
                for a in args {
                    self.aliases.remove(a);
                }
                Step::Done(Output::default())
            }
            "timeout" => self.timeout(args, stdin, cluster),
            "watch" => Step::Done(self.watch(args, cluster)),
            "etcdctl" => Step::Done(cluster.etcdctl(args, &env)),
            "kubectl" | "k" => Step::Done(cluster.apply(Command::Kubectl { args: args.to_vec(), stdin })),
            "kubeplay" if args.first().is_some_and(|a| a == "ssh") => Step::Done(self.ssh(&args[1..], cluster)),
            "kubeplay" => Step::Done(kubeplay(args, cluster)),
            "clear" => Step::Clear,
            "jobs" => Step::Done(self.jobs_builtin()),
            "fg" => self.fg_builtin(args),
            "kill" => match self.kill_builtin(args, cluster) {
                Some(o) => Step::Done(o),
                None => Step::Done(self.script(&words.join(" "), cluster)),
            },
            "curl" => Step::Done(curl::curl(args, cluster, false)),
            "ssh" => Step::Done(self.ssh(args, cluster)),
            "echo" => {
                let mut o = Output::default();
                o.out(format!("{}\n", args.join(" ")));
                Step::Done(o)
            }
            "cat" if stdin.is_some() && args.is_empty() => {
                let mut o = Output::default();
                o.out(stdin.unwrap_or_default());
                Step::Done(o)
            }
            other => Step::Done(failure(format!("bash: {}: command not found\n", other), 127)),
        }
    }
}

impl Session {
    /// `alias [NAME[=VALUE]…]`: sets aliases, or prints them as bash does (`alias k='kubectl'`).
    fn alias(&mut self, args: &[String]) -> Output {
        let mut o = Output::default();
        let show = |k: &str, v: &str| format!("alias {}='{}'\n", k, v.replace('\'', "'\\''"));
        if args.is_empty() {
            o.out(self.aliases.iter().map(|(k, v)| show(k, v)).collect::<String>());
        }
        for a in args {
            match a.split_once('=') {
                Some((k, v)) => {
                    self.aliases.insert(k.to_string(), v.to_string());
                }
                None => match self.aliases.get(a) {
                    Some(v) => o.out(show(a, v)),
                    None => {
                        o.err(format!("bash: alias: {}: not found\n", a));
                        o.exit_code = 1;
                    }
                },
            }
        }
        o
    }

    /// `watch [-n SECONDS] [-t] COMMAND`: kubectl commands, run again every interval.
    fn watch(&mut self, args: &[String], cluster: &Cluster) -> Output {
        let (mut interval_ms, mut show_title, mut i) = (2000u64, true, 0);
        while let Some(a) = args.get(i).filter(|a| a.starts_with('-')) {
            let value = match a.as_str() {
                "-t" | "--no-title" => {
                    show_title = false;
                    i += 1;
                    continue;
                }
                "-n" | "--interval" => {
                    i += 1;
                    args.get(i).map(String::as_str)
                }
                a => a.strip_prefix("--interval=").or_else(|| a.strip_prefix("-n")),
            };
            match value.and_then(|v| decfloat::parse(v)).filter(|s: &f64| s.is_finite() && *s >= 0.0) {
                Some(s) => interval_ms = ((s * 1000.0) as u64).max(100),
                None => return failure(format!("watch: failed to parse argument: '{}'\n", value.unwrap_or(a)), 1),
            }
            i += 1;
        }
        // `watch "kubectl get pods"` and `watch kubectl get pods` alike; an alias first.
        let mut words: Vec<String> = match &args[i..] {
            [one] => split(one).map(|l| l.words).unwrap_or_default(),
            more => more.to_vec(),
        };
        if let Some(alias) = words.first().and_then(|w| self.aliases.get(w)).and_then(|a| split(a).ok()) {
            words.splice(0..1, alias.words);
        }
        let title = args[i..].join(" ");
        match words.split_first() {
            None => failure("Usage:\n watch [options] command\n".into(), 1),
            Some((cmd, rest)) if cmd == "kubectl" || cmd == "k" => {
                let mut o = Output::default();
                let repeat = crate::sim::cluster::waits::Repeat { args: rest.to_vec(), title, show_title, interval_ms, next_ms: cluster.now().as_millis() };
                o.wait.push(WaitFor::Follow(Follow::Repeat(Box::new(repeat))));
                o
            }
            Some(_) => failure("watch: kubeplay's watch runs kubectl commands (watch kubectl get pods)\n".into(), 1),
        }
    }

    /// `ssh NODE` (or `kubeplay ssh NODE`): a root shell on the node.
    fn ssh(&mut self, args: &[String], cluster: &Cluster) -> Output {
        let Some(target) = args.iter().find(|a| !a.starts_with('-')) else {
            return failure("usage: ssh NODE (one of the cluster's nodes)\n".into(), 255);
        };
        let host = target.rsplit('@').next().unwrap_or(target).to_string();
        if cluster.kubelet(&host).is_none() {
            return failure(format!("ssh: Could not resolve hostname {}: Name or service not known\n", host), 255);
        }
        self.node = Some(node::NodeShell { node: host });
        Output::default()
    }

    /// coreutils' `timeout DURATION COMMAND...`: runs the command and stops it after DURATION.
    fn timeout(&mut self, args: &[String], stdin: Option<String>, cluster: &mut Cluster) -> Step {
        let try_help = "Try 'timeout --help' for more information.\n";
        let mut i = 0;
        while let Some(a) = args.get(i).filter(|a| a.starts_with('-') && a.len() > 1) {
            match a.as_str() {
                "--foreground" | "--preserve-status" | "-v" | "--verbose" => i += 1,
                "-s" | "--signal" | "-k" | "--kill-after" => i += 2,
                a if a.starts_with("--signal=") || a.starts_with("--kill-after=") => i += 1,
                _ => return Step::Done(failure(format!("timeout: unrecognized option '{}'\n{}", a, try_help), 125)),
            }
        }
        let Some(d) = args.get(i) else { return Step::Done(failure(format!("timeout: missing operand\n{}", try_help), 125)) };
        let Some(duration) = coreutils_duration(d) else {
            return Step::Done(failure(format!("timeout: invalid time interval \u{2018}{}\u{2019}\n{}", d, try_help), 125));
        };
        if args.len() <= i + 1 {
            return Step::Done(failure(format!("timeout: missing operand after \u{2018}{}\u{2019}\n{}", d, try_help), 125));
        }
        match self.execute(args[i + 1..].to_vec(), stdin, cluster) {
            Step::Done(mut out) => {
                if !duration.is_zero() {
                    out.timeout = Some(duration);
                }
                Step::Done(out)
            }
            other => other,
        }
    }
}

/// A coreutils duration: a number with an optional `s`, `m`, `h` or `d` suffix.
fn coreutils_duration(s: &str) -> Option<Duration> {
    let (num, unit) = match s.char_indices().last()? {
        (i, c) if c.is_ascii_alphabetic() => (&s[..i], c),
        _ => (s, 's'),
    };
    let n: f64 = decfloat::parse(num).filter(|n: &f64| n.is_finite() && *n >= 0.0)?;
    let mult = match unit {
        's' => 1.0,
        'm' => 60.0,
        'h' => 3600.0,
        'd' => 86400.0,
        _ => return None,
    };
    Some(Duration::from_millis((n * mult * 1000.0).round() as u64))
}

fn failure(msg: String, code: i32) -> Output {
    let mut o = Output::default();
    o.err(msg);
    o.exit_code = code;
    o
}

/// `kubeplay timeline [N] [--for KIND/NAME] [--actor NAME]`.
fn timeline(args: &[String], cluster: &Cluster) -> Output {
    let usage = || failure("usage: kubeplay timeline [N] [--for KIND/NAME] [--actor NAME]\n".into(), 1);
    let (mut n, mut object, mut actor) = (5usize, None::<(String, String)>, None::<String>);
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--for" => {
                i += 1;
                let Some((kind, name)) = args.get(i).and_then(|a| a.split_once('/')) else { return usage() };
                object = Some((kind.to_ascii_lowercase(), name.to_string()));
            }
            "--actor" => {
                i += 1;
                let Some(a) = args.get(i) else { return usage() };
                actor = Some(a.clone());
            }
            a => match a.parse() {
                Ok(v) if v > 0 => n = v,
                _ => return usage(),
            },
        }
        i += 1;
    }
    let matches = |h: &crate::sim::timeline::Happening| {
        object.as_ref().is_none_or(|(k, name)| {
            let info = crate::api::Kind::ALL.iter().map(|k| k.info()).find(|i| i.kind.eq_ignore_ascii_case(k) || i.plural == k || i.singular == k || i.short_names.contains(&k.as_str()));
            h.name == *name && info.is_some_and(|i| i.kind == h.kind)
        })
            && actor.as_ref().is_none_or(|a| h.actor == *a || h.actor.starts_with(&format!("{}/", a)))
    };
    let mut o = Output::default();
    o.out(cluster.timeline().render(n, &matches));
    o
}

fn kubeplay(args: &[String], cluster: &mut Cluster) -> Output {
    let mut o = Output::default();
    match args.first().map(String::as_str) {
        Some("trace") if args.get(1).is_some_and(|a| a == "curl") => return curl::curl(&args[2..], cluster, true),
        Some("trace") if args.get(1).is_some_and(|a| a == "kubectl" || a == "k") && args.len() > 2 => {
            // The requests the command's processes make, hop by hop (the command's own output is not shown).
            cluster.record_pod_requests(true);
            let mut out = cluster.apply(Command::Kubectl { args: args[2..].to_vec(), stdin: None });
            finish(cluster, &mut out);
            let hops = cluster.record_pod_requests(false);
            cluster.set_last_trace(args[1..].join(" "), hops.clone());
            if hops.is_empty() {
                o.err(out.text());
                o.out("kubeplay trace: the command made no request on the pod network\n");
            }
            for h in hops {
                o.out(format!("{}\n", h));
            }
            o.exit_code = out.exit_code;
            return o;
        }
        Some("timeline") => return timeline(&args[1..], cluster),
        Some("trace") => return failure("usage: kubeplay trace curl http://HOST:PORT/PATH, kubeplay trace kubectl exec POD -- COMMAND\n".into(), 1),
        Some("wait") => match args.get(1).map(|d| parse_duration(d)) {
            Some(Ok(d)) => {
                cluster.apply(Command::Tick(d));
            }
            Some(Err(e)) => return failure(format!("kubeplay wait: {}\n", e), 1),
            None => return failure("kubeplay wait: missing duration (e.g. kubeplay wait 30s)\n".into(), 1),
        },
        Some("etcd") => {
            let fault = match (args.get(1).map(String::as_str), args.get(2).map(String::as_str)) {
                (Some("stop"), Some("--leader")) => Fault::EtcdStop(None),
                (Some("stop"), Some(name)) => Fault::EtcdStop(Some(name.to_string())),
                (Some("start"), Some(name)) => Fault::EtcdStart(name.to_string()),
                _ => return failure("usage: kubeplay etcd stop MEMBER|--leader, kubeplay etcd start MEMBER\n".into(), 1),
            };
            return cluster.apply(Command::Fault(fault));
        }
        Some("node") => {
            let fault = match (args.get(1).map(String::as_str), args.get(2)) {
                (Some("stop"), Some(name)) => Fault::NodeStop(name.clone()),
                (Some("start"), Some(name)) => Fault::NodeStart(name.clone()),
                (Some("partition"), Some(name)) => Fault::NodePartition(name.clone(), true),
                (Some("reconnect"), Some(name)) => Fault::NodePartition(name.clone(), false),
                (Some(what @ ("fill-memory" | "fill-disk")), Some(name)) => match args.get(3).map(|q| crate::api::quantity::parse_value(q)) {
                    Some(Some(b)) if b >= 0 && what == "fill-memory" => Fault::NodeMemory(name.clone(), b as u64),
                    Some(Some(b)) if b >= 0 => Fault::NodeDisk(name.clone(), b as u64),
                    _ => return failure(format!("usage: kubeplay node {} NODE SIZE (e.g. 3Gi; 0 frees it)\n", what), 1),
                },
                _ => return failure("usage: kubeplay node stop|start|partition|reconnect NODE, kubeplay node fill-memory|fill-disk NODE SIZE\n".into(), 1),
            };
            return cluster.apply(Command::Fault(fault));
        }
        Some("registry") => {
            let fault = match args.get(1).map(String::as_str) {
                Some("down") => Fault::RegistryDown(true),
                Some("up") => Fault::RegistryDown(false),
                _ => return failure("usage: kubeplay registry down|up\n".into(), 1),
            };
            return cluster.apply(Command::Fault(fault));
        }
        Some("runtime") => {
            let fault = match (args.get(1).map(String::as_str), args.get(2)) {
                (Some("stop"), Some(name)) => Fault::RuntimeStop(name.clone()),
                (Some("start"), Some(name)) => Fault::RuntimeStart(name.clone()),
                _ => return failure("usage: kubeplay runtime stop NODE, kubeplay runtime start NODE\n".into(), 1),
            };
            return cluster.apply(Command::Fault(fault));
        }
        Some("kubelet") => {
            let fault = match (args.get(1).map(String::as_str), args.get(2)) {
                (Some("stop"), Some(name)) => Fault::KubeletStop(name.clone()),
                (Some("start"), Some(name)) => Fault::KubeletStart(name.clone()),
                _ => return failure("usage: kubeplay kubelet stop NODE, kubeplay kubelet start NODE\n".into(), 1),
            };
            return cluster.apply(Command::Fault(fault));
        }
        Some("explain-schedule") => return explain_schedule(&args[1..], cluster),
        None | Some("help") | Some("--help") | Some("-h") => o.out(HELP),
        Some(other) => return failure(format!("kubeplay: unknown command {:?}; try 'kubeplay help'\n", other), 1),
    }
    o
}

/// `kubeplay explain-schedule POD [-n NS]`: the scheduler's record of the pod's last cycle.
fn explain_schedule(args: &[String], cluster: &Cluster) -> Output {
    let usage = || failure("usage: kubeplay explain-schedule POD [-n NAMESPACE]\n".into(), 1);
    let (mut pod, mut ns) = (None, "default".to_string());
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "-n" | "--namespace" => match it.next() {
                Some(n) => ns = n.clone(),
                None => return usage(),
            },
            s if s.starts_with("--namespace=") => ns = s["--namespace=".len()..].to_string(),
            s if !s.starts_with('-') && pod.is_none() => pod = Some(s.trim_start_matches("pod/").to_string()),
            _ => return usage(),
        }
    }
    let Some(pod) = pod else { return usage() };
    let key = format!("{}/{}", ns, pod);
    match cluster.scheduler().explain(&key) {
        Some(e) => {
            let mut o = Output::default();
            o.out(e.render(&key));
            o
        }
        None => failure(
            format!(
                "kubeplay explain-schedule: no scheduling cycle recorded for pod {:?} in namespace {:?} (the scheduler keeps the last {} cycles)\n",
                pod,
                ns,
                crate::scheduler::EXPLAIN_CYCLES
            ),
            1,
        ),
    }
}

/// How long a script lets a following command (`etcdctl watch`, `kubectl get -w`) run when no
/// `timeout` limits it, before it stops it as a learner would, with Ctrl-C.
pub const SCRIPT_FOLLOW_LIMIT: Duration = Duration::from_secs(60);

/// What happens when a running command reaches its deadline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Deadline {
    /// The wait gives up quietly (a blocking command's own limit).
    GiveUp,
    /// `timeout` kills it: exit status 124.
    Kill,
    /// A script stops a following command with Ctrl-C.
    Interrupt,
}

/// A command that has printed its first output but is not over: what it still waits for or
/// follows, and when it is stopped regardless.
#[derive(Debug)]
pub struct Foreground {
    waits: Vec<WaitFor>,
    deadline: SimTime,
    on_deadline: Deadline,
    /// The command's exit status so far.
    pub exit_code: i32,
}

impl Foreground {
    /// Takes over what `out` still waits for; None when the command is already over.
    /// Interactive terminals follow until Ctrl-C; scripts stop a follower after
    /// `SCRIPT_FOLLOW_LIMIT`.
    pub fn start(out: &mut Output, now: SimTime, interactive: bool) -> Option<Foreground> {
        if out.wait.is_empty() {
            return None;
        }
        let follows = out.wait.iter().any(|w| matches!(w, WaitFor::Follow(_)));
        let (deadline, on_deadline) = match out.timeout {
            Some(t) => (now + t, Deadline::Kill),
            None if follows && interactive => (SimTime(u64::MAX), Deadline::GiveUp),
            None if follows => (now + SCRIPT_FOLLOW_LIMIT, Deadline::Interrupt),
            None => (now + WAIT_TIMEOUT, Deadline::GiveUp),
        };
        Some(Foreground { waits: std::mem::take(&mut out.wait), deadline, on_deadline, exit_code: out.exit_code })
    }

    /// Collects what the command printed since the last poll into `out`; true once it is over.
    pub fn poll(&mut self, cluster: &mut Cluster, out: &mut Output) -> bool {
        let mut waits = std::mem::take(&mut self.waits);
        waits.retain_mut(|w| !cluster.poll_wait(w, out));
        self.waits = waits;
        if out.exit_code != 0 {
            self.exit_code = out.exit_code;
        }
        if self.waits.is_empty() {
            return true;
        }
        if cluster.now() >= self.deadline {
            match self.on_deadline {
                Deadline::Interrupt => {
                    out.out("^C\n");
                    self.exit_code = 130;
                }
                Deadline::Kill => self.exit_code = 124,
                Deadline::GiveUp => {}
            }
            self.cancel(cluster);
            return true;
        }
        false
    }

    /// Ctrl-C, `timeout` or a script's limit: the command lets go of what it holds (its watches).
    /// The prompt of a remote shell the command runs (`kubectl exec -it … -- sh`) while it
    /// waits for the learner's next line.
    pub fn prompt(&self) -> Option<&str> {
        self.waits.iter().find_map(|w| match w {
            WaitFor::Follow(Follow::Kubectl(f)) => f.prompt(),
            _ => None,
        })
    }

    /// The file `kubectl edit` has open in the page's editor pane, and its text.
    pub fn editing(&self) -> Option<(String, String)> {
        self.waits.iter().find_map(|w| match w {
            WaitFor::Follow(Follow::Kubectl(f)) => match f.as_ref() {
                crate::kubectl::Following::Edit(e) => Some(e.buffer()),
                _ => None,
            },
            _ => None,
        })
    }

    /// A line for the running command (the remote shell reads it).
    pub fn write(&mut self, cluster: &mut Cluster, line: &str) {
        for w in &mut self.waits {
            cluster.write_wait(w, line);
        }
    }

    pub fn cancel(&mut self, cluster: &mut Cluster) {
        for w in self.waits.drain(..) {
            cluster.cancel_wait(&w);
        }
    }

    /// The next moment the command's own clock matters: its deadline, or a client-side timeout.
    fn horizon(&self, now: SimTime) -> SimTime {
        let until = self
            .waits
            .iter()
            .filter_map(|w| match w {
                WaitFor::Until(t) if now.as_millis() < *t => Some(SimTime::from_millis(*t)),
                WaitFor::Follow(Follow::Kubectl(f)) => f.deadline_ms().filter(|t| now.as_millis() < *t).map(SimTime::from_millis),
                WaitFor::Follow(Follow::Repeat(r)) => Some(SimTime::from_millis(r.next_ms.max(now.as_millis() + 1))),
                _ => None,
            })
            .min();
        until.map_or(self.deadline, |u| u.min(self.deadline))
    }
}

/// Runs the cluster until a command is over, handing out what it prints as it prints it.
/// Runs the cluster until the command is over (true), or waits for a line of input (false).
pub fn drive(cluster: &mut Cluster, fg: &mut Foreground, emit: &mut dyn FnMut(&str)) -> bool {
    drive_output(cluster, fg, &mut |out| {
        let text = out.text();
        if !text.is_empty() {
            emit(&text);
        }
    })
}

/// `drive`, handing out the output with its streams apart.
pub fn drive_output(cluster: &mut Cluster, fg: &mut Foreground, emit: &mut dyn FnMut(Output)) -> bool {
    loop {
        let mut out = Output::default();
        let done = fg.poll(cluster, &mut out);
        emit(out);
        if done {
            return true;
        }
        if fg.prompt().is_some() {
            return false;
        }
        let horizon = fg.horizon(cluster.now());
        match cluster.next_wakeup() {
            Some(t) if t <= horizon => {
                cluster.step();
            }
            _ => cluster.run_for(horizon.since(cluster.now())),
        }
    }
}

/// Runs a script as the terminal would and returns the transcript: each command echoed after
/// `$ ` (heredoc lines after `> `), then what it printed, in order.
pub fn run_script(cluster: &mut Cluster, script: &str) -> String {
    let mut transcript = String::new();
    run_script_streaming(cluster, script, &mut |s| transcript.push_str(s));
    transcript
}

/// `run_script`, handing the transcript out piece by piece as it is produced.
pub fn run_script_streaming(cluster: &mut Cluster, script: &str, emit: &mut dyn FnMut(&str)) {
    let mut session = Session::new();
    // A command that reads lines (an interactive exec's remote shell) takes the lines after it.
    let mut reading: Option<Foreground> = None;
    for line in script.lines() {
        let mut last = '\n';
        let mut emit_tracked = |s: &str| {
            // A transcript shows each screen a redrawing command (`watch`) drew, one after another.
            let s = s.replace(crate::sim::cluster::waits::REDRAW, "");
            if let Some(c) = s.chars().last() {
                last = c;
            }
            emit(&s);
        };
        if let Some(mut fg) = reading.take() {
            emit_tracked(&format!("{}{}\n", fg.prompt().unwrap_or(""), line));
            fg.write(cluster, line);
            if !drive(cluster, &mut fg, &mut emit_tracked) {
                reading = Some(fg);
            }
        } else {
            if !session.in_heredoc() && line.trim().is_empty() {
                continue;
            }
            let prompt = match session.node_prompt() {
                Some(p) => p,
                None if session.in_heredoc() => CONTINUATION.to_string(),
                None => "$ ".to_string(),
            };
            emit_tracked(&format!("{}{}\n", prompt, line));
            match session.feed(line, cluster) {
                Step::More | Step::Clear => {}
                Step::Done(mut out) => {
                    // Background jobs' output meanwhile, then the command's.
                    emit_tracked(&session.poll_jobs(cluster).text());
                    emit_tracked(&out.text());
                    if let Some(mut fg) = Foreground::start(&mut out, cluster.now(), false) {
                        if !drive(cluster, &mut fg, &mut emit_tracked) {
                            reading = Some(fg);
                        }
                    }
                    emit_tracked(&session.poll_jobs(cluster).text());
                    if reading.is_none() && !session.in_heredoc() {
                        emit_tracked(&session.notices());
                    }
                }
            }
        }
        if last != '\n' && reading.is_none() {
            emit("\n");
        }
    }
    if let Some(mut fg) = reading {
        fg.cancel(cluster);
    }
    session.end_jobs(cluster);
}

pub fn finish(cluster: &mut Cluster, out: &mut Output) -> String {
    let mut text = String::new();
    if let Some(mut fg) = Foreground::start(out, cluster.now(), false) {
        if !drive(cluster, &mut fg, &mut |s| text.push_str(s)) {
            // Nothing will type into it.
            fg.cancel(cluster);
        }
        out.exit_code = fg.exit_code;
    }
    text
}
