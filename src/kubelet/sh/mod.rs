//! A container's processes: the main process the runtime starts, and the processes `kubectl
//! exec` and exec probes run beside it. A process runs a compiled program (a shell script, or one
//! command in exec form) in cluster time: it runs until it sleeps, blocks serving, or exits, and
//! the pod worker resumes it when its sleep is over. What a command does depends on the image:
//! busybox has `wget` but no `curl`, nginx has no `ps`, distroless control-plane images have no
//! shell at all.

use crate::api::order::Collect;
pub mod fileutil;
pub mod glob;
pub mod net;
pub mod param;
pub mod parse;
pub mod programs;
pub mod sed;
pub mod tar;

use parse::{Op, Part, Pipeline, Redir, Simple, Word};
use programs::Image;
use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

/// A program's standard error inside its output: the text between these marks. (Most programs
/// here write their messages inline, interleaved as a container log records them; a program
/// whose stdout is data — `tar cf -` — marks its messages so a pipe, a redirection or an exec
/// stream can keep them apart.)
pub const ERR_START: char = '\u{e}';
pub const ERR_END: char = '\u{f}';

/// Writes `text` to standard error.
pub fn stderr(out: &mut String, text: &str) {
    out.push(ERR_START);
    out.push_str(text);
    out.push(ERR_END);
}

/// Output in its pieces, in order: (whether it is standard error, the text).
pub fn streams(s: &str) -> Vec<(bool, &str)> {
    let mut v = Vec::new();
    let mut rest = s;
    while let Some(i) = rest.find(ERR_START) {
        if i > 0 {
            v.push((false, &rest[..i]));
        }
        let after = &rest[i + ERR_START.len_utf8()..];
        let end = after.find(ERR_END).unwrap_or(after.len());
        v.push((true, &after[..end]));
        rest = after.get(end + ERR_END.len_utf8()..).unwrap_or("");
    }
    if !rest.is_empty() {
        v.push((false, rest));
    }
    v
}

/// Output with the standard-error marks taken out (both streams, interleaved).
pub fn unmark(s: &str) -> String {
    if s.contains(ERR_START) {
        s.replace([ERR_START, ERR_END], "")
    } else {
        s.to_string()
    }
}

/// Why a process stopped running for now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Yield {
    /// Resume after this long.
    Sleep(Duration),
    /// Blocked for good: a server waiting for requests, `sleep infinity`, `tail -f`.
    Forever,
    Exit(i32),
    /// Waiting for the network to answer this call (the kubelet hands it to the cluster's
    /// network; `Proc::net_reply` brings the answer back).
    Net(net::NetCall),
}

/// A container's writable filesystem over its image's files.
#[derive(Clone, Debug, Default)]
pub struct Fs {
    files: BTreeMap<String, String>,
    dirs: BTreeSet<String>,
    removed: BTreeSet<String>,
    /// The working directory relative paths resolve against ("" is `/`).
    pub cwd: String,
}

impl Fs {
    /// A path as the filesystem keys it: absolute, `.` and `..` resolved against the cwd.
    pub fn abs(&self, path: &str) -> String {
        let joined = if path.starts_with('/') { path.to_string() } else { format!("{}/{}", self.cwd, path) };
        let mut parts: Vec<&str> = Vec::new();
        for seg in joined.split('/') {
            match seg {
                "" | "." => {}
                ".." => {
                    parts.pop();
                }
                s => parts.push(s),
            }
        }
        format!("/{}", parts.join("/"))
    }
    pub fn read(&self, image: Image, path: &str) -> Option<String> {
        let path = &self.abs(path);
        if let Some(f) = self.files.get(path) {
            return Some(f.clone());
        }
        if self.removed.contains(path) {
            return None;
        }
        image.file(path).map(str::to_string)
    }
    /// What the container itself wrote at `path`.
    pub fn written(&self, path: &str) -> Option<&str> {
        self.files.get(&self.abs(path)).map(String::as_str)
    }
    pub fn write(&mut self, path: &str, text: &str, append: bool) {
        let path = &self.abs(path);
        self.removed.remove(path);
        let f = self.files.entry(path.to_string()).or_default();
        if !append {
            f.clear();
        }
        f.push_str(text);
    }
    pub fn remove(&mut self, image: Image, path: &str) -> bool {
        let path = &self.abs(path);
        let existed = self.files.remove(path).is_some() || (image.file(path).is_some() && !self.removed.contains(path));
        if existed {
            self.removed.insert(path.to_string());
        }
        existed
    }
    pub fn is_dir(&self, image: Image, path: &str) -> bool {
        let path = &self.abs(path);
        let p = path.trim_end_matches('/');
        p.is_empty() || self.dirs.contains(p) || image.is_dir(p) || self.files.keys().any(|f| f.starts_with(&format!("{}/", p)))
    }
    pub fn mkdir(&mut self, path: &str) {
        let path = self.abs(path);
        self.dirs.insert(path.trim_end_matches('/').to_string());
    }
    /// Replaces what is under `root` with a volume's contents (paths relative to it; a path
    /// ending in `/` is a directory): the volume is mounted there.
    pub fn mount(&mut self, root: &str, contents: Option<&BTreeMap<String, String>>) {
        let root = root.trim_end_matches('/');
        let prefix = format!("{}/", root);
        crate::api::order::retain_map(&mut self.files, &mut |k, _| !k.starts_with(&prefix));
        crate::api::order::retain_set(&mut self.dirs, &mut |d| !d.starts_with(&prefix));
        crate::api::order::retain_set(&mut self.removed, &mut |r| r != root && !r.starts_with(&prefix));
        self.dirs.insert(root.to_string());
        for (rel, text) in contents.into_iter().flatten() {
            match rel.strip_suffix('/') {
                Some(d) => {
                    self.dirs.insert(format!("{}{}", prefix, d));
                }
                None => {
                    self.files.insert(format!("{}{}", prefix, rel), text.clone());
                }
            }
        }
    }

    /// What is under `root`, as `mount` takes it.
    pub fn tree(&self, root: &str) -> BTreeMap<String, String> {
        let prefix = format!("{}/", root.trim_end_matches('/'));
        let mut out: BTreeMap<String, String> = self.files.range(prefix.clone()..).take_while(|(k, _)| k.starts_with(&prefix)).map(|(k, v)| (k[prefix.len()..].to_string(), v.clone())).into_map();
        for d in self.dirs.range(prefix.clone()..).take_while(|d| d.starts_with(&prefix)) {
            out.insert(format!("{}/", &d[prefix.len()..]), String::new());
        }
        out
    }

    /// Names directly under a directory (the image's and the container's).
    pub fn list(&self, image: Image, dir: &str) -> Vec<String> {
        let dir = &self.abs(dir);
        let prefix = format!("{}/", dir.trim_end_matches('/'));
        let mut names: BTreeSet<String> = image.list(dir).into_iter().map(str::to_string).into_set();
        for p in self.files.keys().chain(self.dirs.iter()) {
            if let Some(rest) = p.strip_prefix(&prefix) {
                names.insert(rest.split('/').next().unwrap_or(rest).to_string());
            }
        }
        crate::api::order::retain_set(&mut names, &mut |n| !self.removed.contains(&format!("{}{}", prefix, n)));
        names.into_iter().collect()
    }
}

/// Programs outside the container's image: the learner's terminal runs its own commands
/// (`kubectl`, `kubeplay`, `etcdctl`, …) through the same shell.
pub trait Host {
    /// Runs `argv` if it is one of the host's commands: its exit status, with what it wrote to
    /// stdout in `out` (its stderr goes straight to the terminal, after `shown`, what the
    /// shell has printed there so far). `tty`: its stdout is the terminal too (not a pipe, a
    /// file or a command substitution), so the host may write it there itself, in order with
    /// its stderr. None for a program the host does not have.
    /// `fs` is the shell's filesystem, lent for the command.
    fn run(&mut self, argv: &[String], env: &[(String, String)], stdin: Option<&str>, out: &mut String, shown: &str, tty: bool, fs: &mut Fs) -> Option<i32>;
}

/// What a process can reach: the clock, its container's identity and filesystem, and where its
/// output goes.
pub struct Sys<'a> {
    /// Wall-clock time in the cluster, Unix milliseconds.
    pub now_ms: i64,
    pub hostname: &'a str,
    /// The pod's DNS domain for its `/etc/hosts` line ("" for none).
    pub domain: &'a str,
    pub image: Image,
    pub fs: &'a mut Fs,
    /// Logical CPUs the container sees (nginx starts one worker per CPU).
    pub cpus: u32,
    /// The pod's IP, and the container's main command line (what `ps` shows as PID 1).
    pub ip: &'a str,
    pub main: &'a str,
    /// Output, stdout and stderr interleaved, as the container log records it.
    pub out: &'a mut String,
    /// The ports the container's servers listen on, with the document root of an HTTP server
    /// ("" for other protocols).
    pub listen: &'a mut Ports,
    /// The pod's `/etc/resolv.conf` as the kubelet wrote it ("" for none).
    pub resolv: &'a str,
    /// The answers the network has given the command being run (the process's, lent for the run).
    pub net: net::NetIo,
    /// The learner's own commands, when this shell is the learner's terminal.
    pub host: Option<&'a mut dyn Host>,
}

/// The ports a container's servers listen on, each with its document root: a small map kept
/// as a vector in port order (a handful of entries; no `BTreeMap<u16, _>` instance for it).
#[derive(Clone, Debug, Default)]
pub struct Ports(Vec<(u16, &'static str)>);

impl Ports {
    /// Adds or replaces `port`'s entry.
    pub fn insert(&mut self, port: u16, root: &'static str) {
        match self.0.binary_search_by_key(&port, |e| e.0) {
            Ok(i) => self.0[i].1 = root,
            Err(i) => self.0.insert(i, (port, root)),
        }
    }
    pub fn get(&self, port: &u16) -> Option<&&'static str> {
        self.0.iter().find(|e| e.0 == *port).map(|e| &e.1)
    }
    pub fn contains_key(&self, port: &u16) -> bool {
        self.get(port).is_some()
    }
    pub fn iter(&self) -> impl Iterator<Item = (&u16, &&'static str)> {
        self.0.iter().map(|(k, v)| (k, v))
    }
    pub fn clear(&mut self) {
        self.0.clear();
    }
}

/// One running process.
#[derive(Clone, Debug)]
pub struct Proc {
    code: Vec<Op>,
    pc: usize,
    status: i32,
    vars: BTreeMap<String, String>,
    /// Exported names in the order they entered the environment (`env` prints them so).
    exported: Vec<String>,
    args: Vec<String>,
    fors: Vec<(Vec<String>, usize)>,
    pid: u32,
    /// A shell reading commands from a terminal (`kubectl exec -it … -- sh`): at the end of what
    /// it was given it waits for the next line instead of exiting.
    interactive: bool,
    /// The network's answers to the command it is running.
    net: net::NetIo,
    /// Whether the command being run writes its stdout to the terminal.
    stdout_tty: bool,
    /// What was piped into the process (`kubectl exec -i` with input): the first command to
    /// run reads it.
    stdin: Option<String>,
    /// A `${x?}` of an unset `x` (or another expansion error) while expanding a command's
    /// words: the command does not run, and a script ends.
    expansion_failed: bool,
}

/// Operations run per call before a busy process yields a millisecond of CPU time.
const SLICE: usize = 2_000;

/// How a command finished.
pub enum Flow {
    Status(i32),
    /// Sleeps, then continues with status 0.
    Sleep(Duration),
    Forever,
    Exit(i32),
    /// `exec`: the process becomes this command.
    Exec(Vec<String>),
    /// The command waits for the network (`sys.net.want`): it runs again, from its start, with
    /// the answer.
    Blocked,
}

impl Proc {
    /// A process running `argv` (exec form) with its environment. `sh -c SCRIPT` runs the script.
    pub fn new(argv: &[String], env: &[(String, String)], pid: u32) -> Self {
        let vars: BTreeMap<String, String> = env.iter().cloned().into_map();
        let mut exported: Vec<String> = Vec::new();
        for (k, _) in env {
            if !exported.contains(k) {
                exported.push(k.clone());
            }
        }
        let mut p = Proc { code: parse::literal(argv), pc: 0, status: 0, vars, exported, args: vec![], fors: vec![], pid, interactive: false, net: Default::default(), stdout_tty: false, stdin: None, expansion_failed: false };
        if let Some((script, args)) = shell_script(argv) {
            p.args = args;
            p.code = match parse::compile(&script) {
                Ok(code) => code,
                // The shell reports the error and exits 2, as ash does.
                Err(e) => {
                    let mut code = parse::literal(&["echo".into(), format!("sh: {}", e)]);
                    code.extend(parse::literal(&["exit".into(), "2".into()]));
                    code
                }
            };
        }
        p
    }

    /// Its standard input: all of `text`, then its end.
    pub fn set_stdin(&mut self, text: String) {
        self.stdin = Some(text);
    }

    /// An interactive shell (`sh` with a terminal): it runs each line it is fed.
    pub fn shell(argv0: &str, env: &[(String, String)], pid: u32) -> Self {
        let mut p = Proc::new(&[], env, pid);
        p.args = vec![argv0.to_string()];
        p.interactive = true;
        p
    }

    /// The next line an interactive shell reads; a syntax error is reported as ash reports it.
    pub fn feed(&mut self, line: &str) {
        self.code = match parse::compile(line) {
            Ok(code) => code,
            Err(e) => {
                let mut code = parse::literal(&["echo".into(), format!("sh: {}", e)]);
                code.push(Op::Status(2));
                code
            }
        };
        self.pc = 0;
    }

    /// The name an interactive shell was started as (`sh`, `/bin/bash`).
    pub fn name(&self) -> &str {
        self.args.first().map_or("", String::as_str)
    }

    /// Its standard input ends (the attached client closed it): at the end of what it was
    /// given the shell exits with the last command's status, as sh does on end of input.
    pub fn close_input(&mut self) {
        self.interactive = false;
    }

    /// Whether an interactive shell has run all it was given and waits for a line.
    pub fn awaiting_input(&self) -> bool {
        self.interactive && self.pc >= self.code.len()
    }

    /// The shell's variables (exported or not).
    pub fn vars(&self) -> &BTreeMap<String, String> {
        &self.vars
    }

    /// `$?` as the previous command left it.
    pub fn set_status(&mut self, status: i32) {
        self.status = status;
    }

    pub fn env(&self) -> Vec<(String, String)> {
        self.exported.iter().filter_map(|k| self.vars.get(k).map(|v| (k.clone(), v.clone()))).collect()
    }

    /// The network's answer to the call the process waits for.
    pub fn net_reply(&mut self, reply: net::NetReply) {
        self.net.answered(reply);
    }

    /// Runs until the process sleeps, blocks or exits.
    pub fn run(&mut self, sys: &mut Sys) -> Yield {
        std::mem::swap(&mut self.net, &mut sys.net);
        let y = self.run_inner(sys);
        std::mem::swap(&mut self.net, &mut sys.net);
        y
    }

    fn run_inner(&mut self, sys: &mut Sys) -> Yield {
        for _ in 0..SLICE {
            let Some(op) = self.code.get(self.pc).cloned() else {
                return if self.interactive { Yield::Forever } else { Yield::Exit(self.status) };
            };
            self.pc += 1;
            if sys.net.depth == 0 {
                sys.net.mark = sys.out.len();
            }
            match op {
                Op::Run(p) => match self.pipeline(&p, sys) {
                    // Runs again from its start when the answer is in.
                    Flow::Blocked => return self.blocked(sys),
                    Flow::Status(s) => {
                        self.status = s;
                        sys.net.done();
                    }
                    Flow::Sleep(d) => {
                        self.status = 0;
                        sys.net.done();
                        return Yield::Sleep(d);
                    }
                    Flow::Forever => return Yield::Forever,
                    Flow::Exit(code) => return Yield::Exit(code),
                    Flow::Exec(argv) => {
                        sys.net.done();
                        self.code = parse::literal(&argv);
                        self.pc = 0;
                    }
                },
                Op::JumpIfFail(t) if self.status != 0 => self.pc = t,
                Op::JumpIfOk(t) if self.status == 0 => self.pc = t,
                Op::JumpIfFail(_) | Op::JumpIfOk(_) => {}
                Op::Jump(t) => self.pc = t,
                Op::ForStart(words) => {
                    let mut list = Vec::new();
                    for w in &words {
                        list.extend(self.expand_globbing(w, sys));
                    }
                    if sys.net.want.is_some() {
                        return self.blocked(sys);
                    }
                    sys.net.done();
                    self.fors.push((list, 0));
                }
                Op::ForNext { var, end } => match self.fors.last_mut() {
                    Some((list, i)) if *i < list.len() => {
                        let v = list[*i].clone();
                        *i += 1;
                        self.vars.insert(var, v);
                    }
                    _ => {
                        self.fors.pop();
                        self.pc = end;
                    }
                },
                Op::ForPop => {
                    self.fors.pop();
                }
                Op::Status(s) => self.status = s,
                Op::Negate => self.status = (self.status == 0) as i32,
            }
        }
        // A busy loop: it gets the CPU again a moment later.
        Yield::Sleep(Duration::from_millis(1))
    }

    /// The operation just started waits for the network: it is run again when the answer is in
    /// (what it printed meanwhile is printed then).
    fn blocked(&mut self, sys: &mut Sys) -> Yield {
        self.pc -= 1;
        if sys.net.depth > 0 {
            // Inside a command substitution: the command around it waits, and runs again.
            return Yield::Forever;
        }
        sys.out.truncate(sys.net.mark);
        sys.net.rewind();
        match sys.net.want.take() {
            Some(call) => Yield::Net(call),
            None => Yield::Sleep(Duration::from_millis(1)),
        }
    }

    fn var(&self, name: &str) -> Option<String> {
        match name {
            "?" => Some(self.status.to_string()),
            "$" => Some(self.pid.to_string()),
            "#" => Some(self.args.len().saturating_sub(1).to_string()),
            "@" | "*" => Some(self.args.iter().skip(1).cloned().collect::<Vec<_>>().join(" ")),
            n if n.bytes().all(|b| b.is_ascii_digit()) => self.args.get(n.parse::<usize>().unwrap_or(usize::MAX)).cloned(),
            n => self.vars.get(n).cloned(),
        }
    }

    /// Expands a word into fields: variables, arithmetic and command substitution, with
    /// unquoted results split on blanks.
    pub fn expand(&mut self, w: &Word, sys: &mut Sys) -> Vec<String> {
        self.expand_fields(w, sys).into_iter().map(|(f, _)| f).collect()
    }

    /// A command's words and a `for` list: expanded, then each field with an unquoted `*`, `?`
    /// or `[` replaced by the paths it matches (pathname expansion; a pattern matching nothing
    /// stays as it is, as bash leaves it).
    pub fn expand_globbing(&mut self, w: &Word, sys: &mut Sys) -> Vec<String> {
        let mut out = Vec::new();
        for (field, pattern) in self.expand_fields(w, sys) {
            let matches = pattern.map(|p| glob::expand(&p, sys.fs, sys.image)).unwrap_or_default();
            if matches.is_empty() {
                out.push(field);
            } else {
                out.extend(matches);
            }
        }
        out
    }

    /// The fields of a word, each with its pattern when unquoted glob characters are in it (the
    /// quoted ones escaped with `\\`).
    fn expand_fields(&mut self, w: &Word, sys: &mut Sys) -> Vec<(String, Option<String>)> {
        let mut fields: Vec<(String, Option<String>)> = Vec::new();
        let mut cur = String::new();
        let mut pat = String::new();
        let mut globby = false;
        let mut have = false;
        let end = |cur: &mut String, pat: &mut String, globby: &mut bool, fields: &mut Vec<(String, Option<String>)>| {
            fields.push((std::mem::take(cur), if *globby { Some(std::mem::take(pat)) } else { None }));
            pat.clear();
            *globby = false;
        };
        // A default's or an alternative's word goes in place of its `${…}`, with its own quotes.
        let mut todo: Vec<Part> = w.iter().rev().cloned().collect();
        while let Some(part) = todo.pop() {
            let part = &part;
            let (text, quoted) = match part {
                Part::Lit(s, q) => (s.clone(), *q),
                Part::Var { name, quoted, op } => match self.param(name, op.as_ref(), sys) {
                    param::Expansion::Text(t) => (t, *quoted),
                    param::Expansion::Word(word) => {
                        todo.extend(word.into_iter().rev().map(|p| if *quoted { parse::quoted(p) } else { p }));
                        if *quoted {
                            // "${x:-}" is still a (empty) field.
                            todo.push(Part::Lit(String::new(), true));
                        }
                        continue;
                    }
                },
                Part::Arith(e) => {
                    let e = self.expand_text(e);
                    match arith(&e, &self.vars) {
                        Ok(n) => (n.to_string(), false),
                        Err(m) => {
                            sys.out.push_str(&format!("sh: arithmetic syntax error: {}\n", m));
                            (String::new(), false)
                        }
                    }
                }
                Part::Sub(script, quoted) => (self.substitute(script, sys), *quoted),
            };
            if quoted {
                cur.push_str(&text);
                pat.push_str(&glob::escape(&text));
                have = true;
                continue;
            }
            let mut pieces = text.split([' ', '\t', '\n']).peekable();
            let starts_blank = text.starts_with([' ', '\t', '\n']);
            if starts_blank && have {
                end(&mut cur, &mut pat, &mut globby, &mut fields);
                have = false;
            }
            while let Some(p) = pieces.next() {
                if !p.is_empty() {
                    cur.push_str(p);
                    pat.push_str(p);
                    globby |= p.contains(['*', '?', '[']);
                    have = true;
                }
                if pieces.peek().is_some() && have {
                    end(&mut cur, &mut pat, &mut globby, &mut fields);
                    have = false;
                }
            }
        }
        if have {
            end(&mut cur, &mut pat, &mut globby, &mut fields);
        }
        fields
    }

    /// `$VAR` and `${VAR}` inside an arithmetic expression's text.
    fn expand_text(&self, text: &str) -> String {
        let mut out = String::new();
        let mut rest = text;
        while let Some(i) = rest.find('$') {
            out.push_str(&rest[..i]);
            let after = &rest[i + 1..];
            let (name, used) = match after.strip_prefix('{') {
                Some(b) => {
                    let n = b.find('}').unwrap_or(b.len());
                    (&b[..n], n + 2)
                }
                None => {
                    let n = after.bytes().take_while(|c| c.is_ascii_alphanumeric() || *c == b'_' || *c == b'?').count();
                    (&after[..n], n)
                }
            };
            out.push_str(&self.var(name).unwrap_or_default());
            rest = &after[used.min(after.len())..];
        }
        out.push_str(rest);
        out
    }

    /// `$(script)`: runs it to the end at once and takes its output, less trailing newlines.
    fn substitute(&mut self, script: &str, sys: &mut Sys) -> String {
        let mut child = self.clone();
        child.fors.clear();
        child.code = match parse::compile(script) {
            Ok(c) => c,
            Err(e) => {
                sys.out.push_str(&format!("sh: {}\n", e));
                return String::new();
            }
        };
        child.pc = 0;
        let mut captured = String::new();
        // The child shares the parent's answers from the network: a call it makes blocks the parent.
        let mut net = std::mem::take(&mut sys.net);
        net.depth += 1;
        let mut sub = Sys { now_ms: sys.now_ms, hostname: sys.hostname, domain: sys.domain, image: sys.image, fs: sys.fs, cpus: sys.cpus, ip: sys.ip, main: sys.main, out: &mut captured, listen: sys.listen, resolv: sys.resolv, net, host: match sys.host {
            Some(ref mut h) => Some(&mut **h as &mut dyn Host),
            None => None,
        } };
        for _ in 0..100 {
            match child.run_inner(&mut sub) {
                Yield::Sleep(d) if sub.net.want.is_none() => sub.now_ms += d.as_millis() as i64,
                _ => break,
            }
        }
        sys.net = std::mem::take(&mut sub.net);
        sys.net.depth -= 1;
        self.status = child.status;
        if captured.contains(ERR_START) {
            let mut value = String::new();
            for (err, text) in streams(&captured) {
                if err {
                    stderr(sys.out, text);
                } else {
                    value.push_str(text);
                }
            }
            captured = value;
        }
        captured.trim_end_matches('\n').to_string()
    }

    fn pipeline(&mut self, p: &Pipeline, sys: &mut Sys) -> Flow {
        let mut input: Option<String> = self.stdin.take();
        let mut flow = Flow::Status(0);
        let n = p.cmds.len();
        for (i, cmd) in p.cmds.iter().enumerate() {
            let mut out = String::new();
            flow = self.simple(cmd, input.take(), &mut out, sys, i + 1 == n);
            if matches!(flow, Flow::Blocked) {
                return flow;
            }
            if i + 1 < n {
                input = Some(out);
                // Only the last command of a pipeline decides; the others' sleeps overlap it.
                if !matches!(flow, Flow::Status(_)) {
                    flow = Flow::Status(0);
                }
            } else {
                sys.out.push_str(&out);
            }
        }
        if p.background {
            return Flow::Status(0);
        }
        match flow {
            Flow::Status(s) if p.negate => Flow::Status((s == 0) as i32),
            f => f,
        }
    }

    fn simple(&mut self, cmd: &Simple, stdin: Option<String>, out: &mut String, sys: &mut Sys, last: bool) -> Flow {
        let mut argv = Vec::new();
        for w in &cmd.words {
            argv.extend(self.expand_globbing(w, sys));
        }
        let mut assigns = Vec::new();
        for (name, w) in &cmd.assigns {
            assigns.push((name.clone(), self.expand(w, sys).join(" ")));
        }
        if sys.net.want.is_some() {
            return Flow::Blocked;
        }
        if std::mem::take(&mut self.expansion_failed) {
            // ash: an interactive shell goes on with status 2; `sh -c` exits 2 (the learner's
            // bash gives up the line with status 1).
            let code = if sys.host.is_some() { 1 } else { 2 };
            return if self.interactive { Flow::Status(code) } else { Flow::Exit(code) };
        }
        // Redirections: where this command's output and input go.
        let mut to_file: Option<(String, bool)> = None;
        let mut discard = false;
        // Where standard error goes: the terminal (None), a file, nowhere, or with stdout.
        let mut err_to: Option<(String, bool)> = None;
        let mut err_with_out = false;
        let mut stdin = stdin;
        for r in &cmd.redirs {
            match r {
                Redir::Out { fd, append, target } => {
                    let path = self.expand(target, sys).join(" ");
                    if *fd == 1 {
                        if path == "/dev/null" {
                            discard = true;
                        } else {
                            to_file = Some((path, *append));
                        }
                    } else {
                        if path != "/dev/null" && !path.starts_with("/proc/") {
                            sys.fs.write(&path, "", *append);
                        }
                        err_to = Some((path, true));
                    }
                }
                Redir::In(target) => {
                    let path = self.expand(target, sys).join(" ");
                    if path == "/dev/null" {
                        stdin = Some(String::new());
                        continue;
                    }
                    match sys.fs.read(sys.image, &path) {
                        Some(t) => stdin = Some(t),
                        None => {
                            out.push_str(&format!("sh: can't open '{}': No such file or directory\n", path));
                            return Flow::Status(1);
                        }
                    }
                }
                Redir::Dup { fd: 2, to: 1 } => err_with_out = true,
                Redir::Dup { .. } => {}
            }
        }
        if argv.is_empty() {
            for (k, v) in assigns {
                self.vars.insert(k, v);
            }
            if let Some((path, append)) = to_file {
                sys.fs.write(&path, "", append);
            }
            return Flow::Status(self.status);
        }
        let mut buf = String::new();
        self.stdout_tty = last && to_file.is_none() && !discard && sys.net.depth == 0;
        let flow = self.command(&argv, &assigns, stdin.as_deref(), &mut buf, sys);
        if matches!(flow, Flow::Blocked) {
            return flow;
        }
        if buf.contains(ERR_START) {
            let mut data = String::new();
            for (err, text) in streams(&buf) {
                match (&err_to, err && !err_with_out) {
                    (_, false) => data.push_str(text),
                    (Some((path, _)), true) if path == "/dev/null" => {}
                    (Some((path, _)), true) => sys.fs.write(path, text, true),
                    (None, true) => stderr(sys.out, text),
                }
            }
            buf = data;
        }
        match (to_file, discard) {
            (_, true) => {}
            (Some((path, append)), _) => sys.fs.write(&path, &buf, append),
            (None, false) => out.push_str(&buf),
        }
        flow
    }

    /// Shell builtins first, then the image's programs.
    fn command(&mut self, argv: &[String], assigns: &[(String, String)], stdin: Option<&str>, out: &mut String, sys: &mut Sys) -> Flow {
        let name = argv[0].as_str();
        let args = &argv[1..];
        match name {
            ":" | "true" => Flow::Status(0),
            "false" => Flow::Status(1),
            "exit" => Flow::Exit(args.first().and_then(|a| a.parse().ok()).unwrap_or(self.status)),
            // `cd [DIR]`: the working directory (the home directory without an argument).
            "cd" => {
                let home = self.vars.get("HOME").cloned().unwrap_or_else(|| "/".into());
                let dir = args.first().cloned().unwrap_or(home);
                // A container's image lists only some of its directories: there any `cd` is
                // taken; the learner's own host knows its directories.
                if sys.host.is_none() || sys.fs.is_dir(sys.image, &dir) {
                    sys.fs.cwd = sys.fs.abs(&dir).trim_end_matches('/').to_string();
                    Flow::Status(0)
                } else {
                    out.push_str(&format!("bash: cd: {}: No such file or directory\n", dir));
                    Flow::Status(1)
                }
            }
            "export" => {
                for a in args {
                    let (k, v) = a.split_once('=').map(|(k, v)| (k, Some(v))).unwrap_or((a, None));
                    if let Some(v) = v {
                        self.vars.insert(k.to_string(), v.to_string());
                    }
                    if !self.exported.iter().any(|e| e == k) {
                        self.exported.push(k.to_string());
                    }
                }
                Flow::Status(0)
            }
            "unset" => {
                for a in args {
                    self.vars.remove(a);
                    self.exported.retain(|e| e != a);
                }
                Flow::Status(0)
            }
            "set" | "trap" | "wait" | "ulimit" | "umask" | "shift" | "local" | "readonly" => Flow::Status(0),
            "exec" if args.is_empty() => Flow::Status(0),
            "exec" => Flow::Exec(args.to_vec()),
            "read" => {
                let line = stdin.and_then(|s| s.lines().next());
                for (i, a) in args.iter().enumerate() {
                    let v = line.map(|l| l.split_whitespace().nth(i).unwrap_or("")).unwrap_or("");
                    self.vars.insert(a.clone(), v.to_string());
                }
                Flow::Status(line.is_none() as i32)
            }
            "env" | "printenv" if !assigns.is_empty() || args.is_empty() || name == "printenv" => {
                let mut env = self.env();
                env.extend(assigns.iter().cloned());
                programs::env(name, args, &env, out)
            }
            // xargs: the command with the words of its input after its arguments.
            "xargs" if sys.image.has(name) => {
                let mut argv: Vec<String> = if args.is_empty() { vec!["echo".into()] } else { args.to_vec() };
                argv.extend(stdin.unwrap_or("").split_whitespace().map(str::to_string));
                self.command(&argv, assigns, None, out, sys)
            }
            _ => {
                if let Some(h) = sys.host.as_deref_mut() {
                    // Inside a command substitution the terminal's text is not `sys.out`.
                    let shown: &str = if sys.net.depth == 0 { sys.out } else { "" };
                    if let Some(code) = h.run(argv, &self.env(), stdin, out, shown, self.stdout_tty, sys.fs) {
                        return Flow::Status(code);
                    }
                }
                programs::run(name, args, stdin, out, sys)
            }
        }
    }
}

/// `sh -c SCRIPT [NAME ARGS…]` (also bash/ash, `/bin/sh`): the script and its positional
/// parameters.
fn shell_script(argv: &[String]) -> Option<(String, Vec<String>)> {
    let base = argv.first()?.rsplit('/').next()?;
    if !matches!(base, "sh" | "bash" | "ash" | "dash") {
        return None;
    }
    let mut i = 1;
    while let Some(a) = argv.get(i) {
        if a == "-c" {
            let script = argv.get(i + 1)?.clone();
            let params = argv.get(i + 2..).map(|p| p.to_vec()).unwrap_or_default();
            let zero = params.first().cloned().unwrap_or_else(|| argv[0].clone());
            let mut args = vec![zero];
            args.extend(params.into_iter().skip(1));
            return Some((script, args));
        }
        if !a.starts_with('-') {
            break;
        }
        i += 1;
    }
    None
}

/// `$((…))`: integers with + - * / % ( ), comparisons, && || and variables.
pub fn arith(e: &str, vars: &BTreeMap<String, String>) -> Result<i64, String> {
    struct P<'a> {
        t: Vec<String>,
        i: usize,
        vars: &'a BTreeMap<String, String>,
    }
    impl P<'_> {
        fn peek(&self) -> Option<&str> {
            self.t.get(self.i).map(String::as_str)
        }
        fn bin(&mut self, level: usize) -> Result<i64, String> {
            const LEVELS: &[&[&str]] = &[&["||"], &["&&"], &["==", "!="], &["<", "<=", ">", ">="], &["+", "-"], &["*", "/", "%"]];
            if level == LEVELS.len() {
                return self.unary();
            }
            let mut v = self.bin(level + 1)?;
            while let Some(op) = self.peek().filter(|o| LEVELS[level].contains(o)).map(str::to_string) {
                self.i += 1;
                let r = self.bin(level + 1)?;
                v = match op.as_str() {
                    "||" => ((v != 0) || (r != 0)) as i64,
                    "&&" => ((v != 0) && (r != 0)) as i64,
                    "==" => (v == r) as i64,
                    "!=" => (v != r) as i64,
                    "<" => (v < r) as i64,
                    "<=" => (v <= r) as i64,
                    ">" => (v > r) as i64,
                    ">=" => (v >= r) as i64,
                    "+" => v.wrapping_add(r),
                    "-" => v.wrapping_sub(r),
                    "*" => v.wrapping_mul(r),
                    "/" | "%" if r == 0 => return Err("divide by zero".into()),
                    "/" => v.wrapping_div(r),
                    _ => v.wrapping_rem(r),
                };
            }
            Ok(v)
        }
        fn unary(&mut self) -> Result<i64, String> {
            match self.peek() {
                Some("-") => {
                    self.i += 1;
                    Ok(self.unary()?.wrapping_neg())
                }
                Some("!") => {
                    self.i += 1;
                    Ok((self.unary()? == 0) as i64)
                }
                Some("(") => {
                    self.i += 1;
                    let v = self.bin(0)?;
                    if self.peek() != Some(")") {
                        return Err("missing )".into());
                    }
                    self.i += 1;
                    Ok(v)
                }
                Some(t) => {
                    let t = t.to_string();
                    self.i += 1;
                    if let Ok(n) = t.parse::<i64>() {
                        return Ok(n);
                    }
                    if parse::is_name(&t) {
                        return Ok(self.vars.get(&t).and_then(|v| v.trim().parse().ok()).unwrap_or(0));
                    }
                    Err(format!("unexpected \"{}\"", t))
                }
                None => Err("missing operand".into()),
            }
        }
    }
    let mut t = Vec::new();
    let b = e.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_whitespace() {
            i += 1;
        } else if c.is_ascii_alphanumeric() || c == b'_' {
            let s = i;
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                i += 1;
            }
            t.push(e[s..i].to_string());
        } else {
            let two = e.get(i..i + 2).unwrap_or("");
            let len = if ["||", "&&", "==", "!=", "<=", ">="].contains(&two) { 2 } else { 1 };
            t.push(e[i..i + len].to_string());
            i += len;
        }
    }
    let mut p = P { t, i: 0, vars };
    let v = p.bin(0)?;
    if p.i < p.t.len() {
        return Err(format!("unexpected \"{}\"", p.t[p.i]));
    }
    Ok(v)
}

#[cfg(test)]
mod tests;
