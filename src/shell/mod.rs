//! The learner's terminal, shared by the page, the native CLI and lessons: it turns typed lines
//! (with quoting and heredocs) into commands — `kubectl …`, `kubeplay …` — runs them on the
//! cluster, and renders a script's transcript exactly as the terminal shows it.

pub mod terminal;
pub mod words;

use crate::kubectl::{Output, WaitFor};
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
}

#[derive(Default)]
pub struct Session {
    pending: Option<Pending>,
    /// Exported variables (`export ETCDCTL_API=3`).
    env: std::collections::BTreeMap<String, String>,
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
  kubeplay help          this help
  clear                  clear the terminal

Heredocs work: kubectl apply -f - <<EOF ... EOF
";

impl Session {
    pub fn new() -> Self {
        Self::default()
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
                return self.execute(p.words, Some(p.body), cluster);
            }
            p.body.push_str(text);
            p.body.push('\n');
            return Step::More;
        }
        let parsed = match split(line) {
            Ok(p) => p,
            Err(e) => return Step::Done(failure(format!("bash: {}\n", e), 2)),
        };
        if let Some(heredoc) = parsed.heredoc {
            self.pending = Some(Pending { words: parsed.words, heredoc, body: String::new() });
            return Step::More;
        }
        self.execute(parsed.words, None, cluster)
    }

    fn execute(&mut self, words: Vec<String>, stdin: Option<String>, cluster: &mut Cluster) -> Step {
        let (vars, words) = split_assignments(&words);
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
            "etcdctl" => Step::Done(cluster.etcdctl(args, &env)),
            "kubectl" | "k" => Step::Done(cluster.apply(Command::Kubectl { args: args.to_vec(), stdin })),
            "kubeplay" => Step::Done(kubeplay(args, cluster)),
            "clear" => Step::Clear,
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

fn failure(msg: String, code: i32) -> Output {
    let mut o = Output::default();
    o.err(msg);
    o.exit_code = code;
    o
}

fn kubeplay(args: &[String], cluster: &mut Cluster) -> Output {
    let mut o = Output::default();
    match args.first().map(String::as_str) {
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
        None | Some("help") | Some("--help") | Some("-h") => o.out(HELP),
        Some(other) => return failure(format!("kubeplay: unknown command {:?}; try 'kubeplay help'\n", other), 1),
    }
    o
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
    for line in script.lines() {
        if !session.in_heredoc() && line.trim().is_empty() {
            continue;
        }
        let prompt = if session.in_heredoc() { CONTINUATION } else { "$ " };
        emit(&format!("{}{}\n", prompt, line));
        match session.feed(line, cluster) {
            Step::More | Step::Clear => {}
            Step::Done(out) => {
                let text = out.text();
                emit(&text);
                if !text.is_empty() && !text.ends_with('\n') {
                    emit("\n");
                }
                wait_for(cluster, &out.wait);
            }
        }
    }
}

/// Blocks (in virtual time) until a command's wait conditions hold.
pub fn wait_for(cluster: &mut Cluster, waits: &[WaitFor]) {
    if !waits.is_empty() {
        cluster.run_until_satisfied(waits, WAIT_TIMEOUT);
    }
}
