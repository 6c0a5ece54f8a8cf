//! kubectl, as a client of the apiserver: each command parses its flags (pflag rules), resolves
//! resources through discovery, sends HTTP-shaped requests through a `Transport` and prints what
//! comes back with kubectl v1.34's exact formats.

pub mod apiresources;
pub mod apply;
pub mod attach;
pub mod verbose;
pub mod autoscale;
pub mod auth;
pub mod builder;
pub mod config;
pub mod cp;
pub mod create;
pub mod delete;
pub mod describe;
pub mod diff;
pub mod edit;
pub mod discovery;
pub mod drain;
pub mod errors;
pub mod events;
pub mod explain;
pub mod exec;
pub mod expose;
pub mod flags;
pub mod generators;
pub mod get;
pub mod gofmt;
pub mod help;
pub mod jsonpath;
pub mod label;
pub mod node;
pub mod patch;
pub mod port_forward;
pub mod printers;
pub mod rollout;
pub mod run;
pub mod scale;
pub mod set;
pub mod set_pod;
pub mod sorter;
pub mod source;
pub mod tabwriter;
pub mod taint;
pub mod tls;
pub mod top;
pub mod logs;
pub mod wait;
pub mod watch;

use crate::apiserver::http::{Request, Response};
use discovery::Discovery;
use flags::{flag, Flag, Kind as F};

/// Where kubectl's requests go: the in-page apiserver, or a socket.
pub trait Transport {
    fn round_trip(&mut self, req: Request) -> Response;
    /// Opens a streaming request (a watch): the stream's id, or the error response.
    fn open_stream(&mut self, req: Request) -> Result<u64, Response> {
        let _ = req;
        Err(Response::json(
            405,
            r#"{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"this connection cannot stream","reason":"MethodNotAllowed","code":405}"#.into(),
        ))
    }
    /// The lines a stream delivered since the last read, and whether it has ended.
    fn read_stream(&mut self, id: u64) -> (Vec<String>, bool) {
        let _ = id;
        (Vec::new(), true)
    }
    fn close_stream(&mut self, id: u64) {
        let _ = id;
    }
    /// Sends a line of input on a stream (an interactive exec's stdin).
    fn write_stream(&mut self, id: u64, line: &str) {
        let _ = (id, line);
    }
    /// Listens on the client's machine for a port-forward stream (`port` 0: any free port):
    /// the port bound, or `net.Listen`'s error.
    fn listen(&mut self, stream: u64, address: &str, port: u16, remote: u16) -> Result<u16, String> {
        let _ = (stream, remote);
        Err(format!("listen tcp {}:{}: bind: operation not permitted", address, port))
    }
}

/// Files `-f` can read: the local disk natively, the learner's workspace in the browser.
pub trait Files {
    fn read(&self, path: &str) -> Result<String, String>;
    /// Names of the files directly in a directory, or None if `path` is not a directory.
    fn list_dir(&self, path: &str) -> Option<Vec<String>>;
    /// Everything directly in a directory (files and directories), or None if `path` is not one.
    fn entries(&self, path: &str) -> Option<Vec<String>> {
        self.list_dir(path)
    }
}

/// No files at all (tests, widgets without a workspace).
pub struct NoFiles;

impl Files for NoFiles {
    fn read(&self, path: &str) -> Result<String, String> {
        Err(format!("the path \"{}\" does not exist", path))
    }
    fn list_dir(&self, _: &str) -> Option<Vec<String>> {
        None
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
}

/// Something the command must wait for before the prompt returns (`delete` waits for deletion).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WaitFor {
    /// The object at `path` is gone (404) or replaced (another uid).
    Gone { path: String, uid: String },
    /// Virtual time reaches this many milliseconds (a client waiting out a timeout).
    Until(u64),
    /// A command that keeps printing as the cluster runs, until it ends by itself or is
    /// interrupted (Ctrl-C, `timeout`).
    Follow(Follow),
}

/// The running state of a following command.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Follow {
    /// `etcdctl watch`.
    Etcd(Box<crate::apiserver::etcdctl::EtcdWatch>),
    /// A kubectl command reading a watch stream.
    Kubectl(Box<Following>),
    /// `watch kubectl …`: the command run again every interval, its screen redrawn.
    Repeat(Box<crate::sim::cluster::waits::Repeat>),
}

/// kubectl commands that keep reading a watch.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Following {
    RolloutStatus(rollout::StatusFollow),
    Drain(Box<drain::DrainFollow>),
    Exec(exec::ExecFollow),
    GetWatch(Box<watch::GetWatch>),
    Attach(Box<attach::AttachFollow>),
    Wait(Box<wait::WaitFollow>),
    Events(Box<events::EventsWatch>),
    /// `kubectl edit` while the page's editor pane has the file open.
    Edit(Box<edit::EditFollow>),
    PortForward(port_forward::PortForwardFollow),
}

impl Following {
    /// The prompt of a remote shell that waits for a line (`kubectl exec -it … -- sh`).
    pub fn prompt(&self) -> Option<&str> {
        match self {
            Following::Exec(e) => e.prompt.as_deref(),
            Following::Attach(a) => a.prompt(),
            _ => None,
        }
    }

    /// The next moment the command's own clock matters (its `--timeout`, a retry or a poll),
    /// in virtual milliseconds.
    pub fn deadline_ms(&self) -> Option<u64> {
        match self {
            Following::RolloutStatus(s) => s.deadline_ms,
            Following::Drain(d) => d.next_ms(),
            Following::Attach(a) => a.deadline_ms,
            Following::Wait(w) => w.deadline_ms(),
            Following::Exec(_) | Following::GetWatch(_) | Following::Events(_) | Following::Edit(_) | Following::PortForward(_) => None,
        }
    }
}

/// What a command printed, in order, and how it ended.
#[derive(Clone, Debug, Default)]
pub struct Output {
    pub chunks: Vec<(Stream, String)>,
    pub exit_code: i32,
    pub wait: Vec<WaitFor>,
    /// Files the command leaves on the learner's host (`kubectl edit`'s kept copy).
    pub writes: Vec<(String, String)>,
    /// The shell's `timeout DURATION`: the command is stopped after this long.
    pub timeout: Option<std::time::Duration>,
}

impl Output {
    pub fn out(&mut self, s: impl Into<String>) {
        let s = s.into();
        if !s.is_empty() {
            self.chunks.push((Stream::Stdout, s));
        }
    }
    pub fn err(&mut self, s: impl Into<String>) {
        let s = s.into();
        if !s.is_empty() {
            self.chunks.push((Stream::Stderr, s));
        }
    }
    /// An error line (`error: …`) and exit code 1.
    pub fn fail(&mut self, s: impl Into<String>) {
        self.err(s);
        self.exit_code = 1;
    }
    pub fn stdout(&self) -> String {
        self.chunks.iter().filter(|(s, _)| *s == Stream::Stdout).map(|(_, t)| t.as_str()).collect()
    }
    pub fn stderr(&self) -> String {
        self.chunks.iter().filter(|(s, _)| *s == Stream::Stderr).map(|(_, t)| t.as_str()).collect()
    }
    /// Everything, in the order it was written (what a terminal shows).
    pub fn text(&self) -> String {
        self.chunks.iter().map(|(_, t)| t.as_str()).collect()
    }
}

/// kubectl's commands in cobra's registration order (used for "Did you mean this?").
const COMMANDS: &[&str] = &[
    "create", "expose", "run", "set", "explain", "get", "edit", "delete", "rollout", "scale", "autoscale", "certificate",
    "cluster-info", "top", "cordon", "uncordon", "drain", "taint", "describe", "logs", "attach", "exec", "port-forward",
    "proxy", "cp", "auth", "debug", "events", "diff", "apply", "patch", "replace", "wait", "kustomize", "label", "annotate",
    "completion", "api-resources", "api-versions", "config", "plugin", "version", "options",
];

pub const GLOBAL_FLAGS: &[Flag] = &[
    flag("namespace", Some('n'), F::Value),
    flag("v", Some('v'), F::Value),
    flag("kubeconfig", None, F::Value),
    flag("context", None, F::Value),
    flag("request-timeout", None, F::Value),
    flag("help", Some('h'), F::Bool),
    flag("as", None, F::Value),
    flag("as-group", None, F::Values),
    flag("as-uid", None, F::Value),
    flag("token", None, F::Value),
];

/// `--token`, `--as` / `--as-group`: every request carries the bearer token and the
/// `Impersonate-*` headers.
struct Impersonating<'a> {
    inner: &'a mut dyn Transport,
    user: Option<String>,
    groups: Vec<String>,
    token: Option<String>,
}

impl Impersonating<'_> {
    fn sign(&self, mut req: Request) -> Request {
        if let Some(t) = &self.token {
            req.headers.push(("Authorization".into(), format!("Bearer {}", t)));
        }
        if let Some(user) = &self.user {
            req.headers.push(("Impersonate-User".into(), user.clone()));
            for g in &self.groups {
                req.headers.push(("Impersonate-Group".into(), g.clone()));
            }
        }
        req
    }
}

impl Transport for Impersonating<'_> {
    fn round_trip(&mut self, req: Request) -> Response {
        let req = self.sign(req);
        self.inner.round_trip(req)
    }
    fn open_stream(&mut self, req: Request) -> Result<u64, Response> {
        let req = self.sign(req);
        self.inner.open_stream(req)
    }
    fn read_stream(&mut self, id: u64) -> (Vec<String>, bool) {
        self.inner.read_stream(id)
    }
    fn close_stream(&mut self, id: u64) {
        self.inner.close_stream(id)
    }
    fn write_stream(&mut self, id: u64, line: &str) {
        self.inner.write_stream(id, line)
    }
    fn listen(&mut self, stream: u64, address: &str, port: u16, remote: u16) -> Result<u16, String> {
        self.inner.listen(stream, address, port, remote)
    }
}

/// The values of `--as`, `--as-group` and `--token` anywhere on the command line.
fn impersonation(args: &[String]) -> (Option<String>, Vec<String>, Option<String>) {
    let mut user = None;
    let mut groups = Vec::new();
    let mut token = None;
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        let (name, inline) = match a.split_once('=') {
            Some((n, v)) => (n, Some(v.to_string())),
            None => (a.as_str(), None),
        };
        if name == "--as" || name == "--as-group" || name == "--token" {
            let v = match inline {
                Some(v) => v,
                None => {
                    i += 1;
                    args.get(i).cloned().unwrap_or_default()
                }
            };
            match name {
                "--as" => user = Some(v),
                "--token" => token = Some(v),
                _ => groups.push(v),
            }
        }
        i += 1;
    }
    (user, groups, token)
}

/// A global flag's value anywhere on the command line (`--context X`, `--context=X`).
fn flag_value(args: &[String], name: &str) -> Option<String> {
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if a == name {
            return it.next().cloned();
        }
        if let Some(v) = a.strip_prefix(name).and_then(|r| r.strip_prefix('=')) {
            return Some(v.to_string());
        }
    }
    None
}

fn levenshtein(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = if ca == *cb { 0 } else { 1 };
            cur.push((prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

/// The command-line context shared by every verb.
pub struct Invocation<'a> {
    pub args: Vec<String>,
    pub stdin: Option<&'a str>,
    pub transport: &'a mut dyn Transport,
    pub files: &'a dyn Files,
}

/// A kubectl "installation": its discovery cache and its kubeconfig (whose current context's
/// namespace is the command's default).
#[derive(Default)]
pub struct Kubectl {
    discovery: Option<Discovery>,
    pub namespace: String,
    pub config: config::Kubeconfig,
    /// The machine's clock: milliseconds since the Unix epoch (`rollout restart` stamps it).
    pub now_unix_ms: i64,
    /// Virtual time in milliseconds when the command started (client-side timeouts count from it).
    pub now_sim_ms: u64,
    /// Whether `kubectl edit` opens the page's editor pane (its `KUBE_EDITOR`); elsewhere the
    /// editor saves what standard input holds.
    pub editor_pane: bool,
}

impl Kubectl {
    pub fn new() -> Self {
        Kubectl { discovery: None, namespace: "default".into(), config: Default::default(), now_unix_ms: 0, now_sim_ms: 0, editor_pane: false }
    }

    /// A kubectl reading this kubeconfig.
    pub fn with_config(config: config::Kubeconfig) -> Self {
        Kubectl { config, ..Kubectl::new() }
    }

    /// `time.Now().Format(time.RFC3339)` on the learner's machine (UTC).
    pub fn now_rfc3339(&self) -> String {
        let ts = k8s_openapi::jiff::Timestamp::from_second(self.now_unix_ms.div_euclid(1000)).unwrap_or(k8s_openapi::jiff::Timestamp::UNIX_EPOCH);
        crate::api::timefmt::rfc3339(&ts)
    }

    /// Advances a following command: appends what it printed to `out`; true once it is over.
    pub fn poll_follow(&mut self, f: &mut Following, t: &mut dyn Transport, now_ms: u64, out: &mut Output) -> bool {
        match f {
            Following::RolloutStatus(s) => s.poll(t, now_ms, out),
            Following::Drain(d) => d.poll(t, now_ms, out),
            Following::Exec(e) => e.poll(t, out),
            Following::GetWatch(w) => w.poll(t, out),
            Following::Attach(a) => a.poll(t, now_ms, out),
            Following::Wait(w) => w.poll(self, t, now_ms, out),
            Following::Events(e) => e.poll(t, self.now_unix_ms, out),
            Following::Edit(e) => e.poll(self, t, out),
            Following::PortForward(f) => f.poll(t, self.now_unix_ms, out),
        }
    }

    /// A line the learner typed while the command runs (an interactive exec's shell reads it).
    pub fn write_follow(&mut self, f: &mut Following, t: &mut dyn Transport, line: &str) {
        match f {
            Following::Exec(e) => e.write(t, line),
            Following::Attach(a) => a.write(t, line),
            // The editor pane saved the file.
            Following::Edit(e) => e.write(line),
            _ => {}
        }
    }

    /// Ctrl-C or `timeout`: closes what the command held open.
    pub fn cancel_follow(&mut self, f: &Following, t: &mut dyn Transport) {
        match f {
            Following::RolloutStatus(s) => t.close_stream(s.stream),
            Following::Exec(e) => t.close_stream(e.stream),
            Following::GetWatch(w) => t.close_stream(w.stream),
            Following::Attach(a) => a.cancel(t),
            Following::Wait(w) => w.cancel(t),
            Following::Events(e) => t.close_stream(e.stream),
            Following::PortForward(f) => t.close_stream(f.stream),
            Following::Drain(_) | Following::Edit(_) => {}
        }
    }

    /// Discovery, fetched once and cached (kubectl caches it on disk for ten minutes).
    pub fn discovery(&mut self, t: &mut dyn Transport) -> &Discovery {
        if self.discovery.is_none() {
            self.discovery = Some(Discovery::load(t));
        }
        self.discovery.as_ref().expect("discovery")
    }

    /// Runs `kubectl <args>`.
    pub fn run(&mut self, args: &[String], stdin: Option<&str>, transport: &mut dyn Transport, files: &dyn Files) -> Output {
        let mut out = Output::default();
        let Some(verb_pos) = find_verb(args) else {
            out.out(help::text("").unwrap_or_default());
            return out;
        };
        let verb = args[verb_pos].as_str();
        if verb == "help" {
            help::command(&args[verb_pos + 1..], &mut out);
            return out;
        }
        if verb == "options" {
            out.out(help::text("options").unwrap_or_default());
            return out;
        }
        if help::asked(args) && help::flag(verb, &args[verb_pos + 1..], &mut out) {
            return out;
        }
        // The kubeconfig's context (`--context` or the current one) gives the namespace.
        if verb != "config" {
            let context = flag_value(args, "--context").unwrap_or_else(|| self.config.current.clone());
            match self.config.namespace_of(&context) {
                Ok(ns) => self.namespace = ns,
                Err(e) => {
                    out.fail(e);
                    return out;
                }
            }
        }
        let rest: Vec<String> = args.iter().enumerate().filter(|(i, _)| *i != verb_pos).map(|(_, a)| a.clone()).collect();
        let (as_user, as_groups, token) = impersonation(args);
        let mut impersonating;
        let transport: &mut dyn Transport = if as_user.is_some() || token.is_some() {
            impersonating = Impersonating { inner: transport, user: as_user, groups: as_groups, token };
            &mut impersonating
        } else {
            transport
        };
        // `-v=N`: client-go logs each request as it goes.
        let level = verbose::level(args);
        let mut verbose_t = None;
        let transport: &mut dyn Transport = if level > 0 {
            verbose_t.insert(verbose::Verbose { inner: transport, level, unix_ms: self.now_unix_ms, log: verbose::preamble(level, self.now_unix_ms) })
        } else {
            transport
        };
        // A command that resolves resources starts with discovery: a token the apiserver does
        // not take fails it (before kubeplay's cached discovery could answer).
        let discovers = matches!(verb, "get" | "describe" | "delete" | "apply" | "label" | "annotate" | "patch" | "scale" | "rollout" | "edit" | "logs" | "exec" | "attach" | "wait" | "set" | "expose" | "explain" | "api-resources" | "events" | "top");
        if discovers && args.iter().any(|a| a == "--token" || a.starts_with("--token=")) && transport.round_trip(Request::new(crate::apiserver::http::Method::Get, "/api")).code == 401 {
            out.fail(verbose::unauthorized_discovery(self.now_unix_ms));
            return out;
        }
        // client-go's default warning handler: each distinct `Warning` header once, on stderr.
        let mut warner = Warner { inner: transport, seen: Vec::new() };
        let transport: &mut dyn Transport = &mut warner;
        let inv = Invocation { args: rest, stdin, transport, files };
        match verb {
            "get" => get::run(self, inv, &mut out),
            "apply" => match inv.args.iter().position(|a| a == "view-last-applied" || a == "edit-last-applied" || a == "set-last-applied") {
                Some(i) if inv.args[i] == "view-last-applied" && find_verb(&inv.args) == Some(i) => {
                    let mut args = inv.args.clone();
                    args.remove(i);
                    apply::view_last_applied(self, Invocation { args, ..inv }, &mut out)
                }
                Some(i) if find_verb(&inv.args) == Some(i) => out.fail(format!("error: kubeplay does not simulate \"kubectl apply {}\" yet\n", inv.args[i])),
                _ => apply::run(self, inv, &mut out, apply::Mode::Apply),
            },
            "create" => {
                let has_sub = inv.args.iter().any(|a| !a.starts_with('-') && !a.contains('=')) && !inv.args.iter().any(|a| a == "-f" || a.starts_with("--filename") || a.starts_with("-f"));
                if has_sub {
                    let args = inv.args.clone();
                    if !create::run_sub(self, inv, &mut out) {
                        let sub = args.iter().find(|a| !a.starts_with('-')).cloned().unwrap_or_default();
                        out.fail(format!("error: kubeplay does not simulate \"kubectl create {}\" yet\n", sub));
                    }
                } else {
                    apply::run(self, inv, &mut out, apply::Mode::Create);
                }
            }
            "delete" => delete::run(self, inv, &mut out),
            "replace" => apply::run(self, inv, &mut out, apply::Mode::Replace),
            "diff" => diff::run(self, inv, &mut out),
            "edit" => edit::run(self, inv, &mut out),
            "version" => version(inv, &mut out),
            "auth" => auth::run(self, inv, &mut out),
            "rollout" => rollout::run(self, inv, &mut out),
            "scale" => scale::run(self, inv, &mut out),
            "set" => set::run(self, inv, &mut out),
            "describe" => describe::run(self, inv, &mut out),
            "cordon" => node::run(self, inv, &mut out, true),
            "uncordon" => node::run(self, inv, &mut out, false),
            "taint" => taint::run(self, inv, &mut out),
            "drain" => drain::run(self, inv, &mut out),
            "top" => top::run(self, inv, &mut out),
            "logs" => logs::run(self, inv, &mut out),
            "run" => run::run(self, inv, &mut out),
            "exec" => exec::run(self, inv, &mut out),
            "cp" => cp::run(self, inv, &mut out),
            "explain" => explain::run(self, inv, &mut out),
            "port-forward" => port_forward::run(self, inv, &mut out),
            "attach" => attach::run(self, inv, &mut out),
            "wait" => wait::run(self, inv, &mut out),
            "config" => config::run(self, inv, &mut out),
            "cluster-info" => config::cluster_info(self, inv, &mut out),
            "events" => events::run(self, inv, &mut out),
            "label" => label::label(self, inv, &mut out),
            "annotate" => label::annotate(self, inv, &mut out),
            "autoscale" => autoscale::run(self, inv, &mut out),
            "expose" => expose::run(self, inv, &mut out),
            "patch" => patch::run(self, inv, &mut out),
            "api-resources" => apiresources::resources(self, inv, &mut out),
            "api-versions" => apiresources::versions(self, inv, &mut out),
            v if COMMANDS.contains(&v) => {
                out.fail(format!("error: kubeplay does not simulate \"kubectl {}\" yet\n", v));
            }
            other => {
                let mut msg = format!("error: unknown command {:?} for \"kubectl\"\n", other);
                let suggestions: Vec<&str> =
                    COMMANDS.iter().copied().filter(|c| levenshtein(c, other) <= 2 || c.starts_with(other)).collect();
                if !suggestions.is_empty() {
                    msg.push_str("\nDid you mean this?\n");
                    for s in suggestions {
                        msg.push_str(&format!("\t{}\n", s));
                    }
                }
                out.fail(msg);
            }
        }
        let mut warnings: Vec<(Stream, String)> = warner.seen.iter().map(|w| (Stream::Stderr, format!("Warning: {}\n", w))).collect();
        drop(warner);
        if let Some(v) = verbose_t.as_mut() {
            // The requests' log comes before what the command printed from their answers.
            warnings.insert(0, (Stream::Stderr, std::mem::take(&mut v.log)));
        }
        out.chunks.splice(0..0, warnings);
        out
    }
}

/// Collects the `Warning` headers of every response.
struct Warner<'a> {
    inner: &'a mut dyn Transport,
    seen: Vec<String>,
}

impl Transport for Warner<'_> {
    fn round_trip(&mut self, req: Request) -> Response {
        let resp = self.inner.round_trip(req);
        for w in &resp.warnings {
            if !self.seen.contains(w) {
                self.seen.push(w.clone());
            }
        }
        resp
    }
    fn open_stream(&mut self, req: Request) -> Result<u64, Response> {
        self.inner.open_stream(req)
    }
    fn read_stream(&mut self, id: u64) -> (Vec<String>, bool) {
        self.inner.read_stream(id)
    }
    fn close_stream(&mut self, id: u64) {
        self.inner.close_stream(id)
    }
    fn write_stream(&mut self, id: u64, line: &str) {
        self.inner.write_stream(id, line)
    }
    fn listen(&mut self, stream: u64, address: &str, port: u16, remote: u16) -> Result<u16, String> {
        self.inner.listen(stream, address, port, remote)
    }
}

/// The first argument that is not a global flag or its value.
pub(crate) fn find_verb(args: &[String]) -> Option<usize> {
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        if !a.starts_with('-') {
            return Some(i);
        }
        if global_flag_takes_value(a) {
            i += 1;
        }
        i += 1;
    }
    None
}

/// Whether `a` is a global flag whose value is the next word (`-n NS`, `--context NAME`).
pub(crate) fn global_flag_takes_value(a: &str) -> bool {
    let name = a.trim_start_matches('-');
    !name.contains('=')
        && (a.starts_with("--") || name.len() == 1)
        && GLOBAL_FLAGS.iter().any(|f| f.kind != F::Bool && (f.long == name || f.short.map(|c| c.to_string()).as_deref() == Some(name)))
}

/// Parses a verb's flags plus the global ones; on error prints cobra's two lines.
pub fn parse_flags(verb: &str, args: &[String], flags: &[Flag], out: &mut Output) -> Option<flags::Parsed> {
    let mut all: Vec<Flag> = GLOBAL_FLAGS.to_vec();
    all.extend_from_slice(flags);
    match flags::parse(args, &all) {
        Ok(p) => Some(p),
        Err(e) => {
            out.fail(format!("error: {}\nSee 'kubectl {} --help' for usage.\n", e, verb));
            None
        }
    }
}

fn version(inv: Invocation, out: &mut Output) {
    let Some(p) = parse_flags("version", &inv.args, &[flag("client", None, F::Bool), flag("output", Some('o'), F::Value)], out) else { return };
    out.out("Client Version: v1.34.1\nKustomize Version: v5.7.1\n");
    if p.bool("client") {
        return;
    }
    let resp = inv.transport.round_trip(Request::new(crate::apiserver::http::Method::Get, "/version"));
    let v: serde_json::Value = serde_json::from_str(&resp.body).unwrap_or_default();
    out.out(format!("Server Version: {}\n", v["gitVersion"].as_str().unwrap_or("unknown")));
}


/// A list's items as kubectl's visitors hand them on: each with the list's kind (less `List`) and
/// apiVersion, which the apiserver leaves out of a typed list's items (`FlattenListVisitor`).
pub fn list_items(list: &serde_json::Value) -> Vec<serde_json::Value> {
    let kind = list["kind"].as_str().and_then(|k| k.strip_suffix("List")).filter(|k| !k.is_empty());
    let items = list["items"].as_array().into_iter().flatten().cloned();
    items
        .map(|mut item| {
            if let (Some(k), Some(m)) = (kind, item.as_object_mut()) {
                if !m.contains_key("kind") {
                    m.insert("apiVersion".into(), list["apiVersion"].clone());
                    m.insert("kind".into(), serde_json::Value::from(k));
                }
            }
            item
        })
        .collect()
}
