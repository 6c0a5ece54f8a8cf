//! `kubectl exec` on the node: the kubelet's `/exec/NS/POD/CONTAINER?command=…` endpoint starts a
//! process in the running container (as the CRI streaming server does through containerd) and
//! streams what it writes until it exits, in cluster time: `sleep 5` in an exec takes five
//! seconds. Frames follow the remote-command channel protocol: `1` stdout, `3` the final Status
//! (`Success`, `NonZeroExitCode` with the code, or the runtime's internal error).
//!
//! `/attach/NS/POD/CONTAINER` joins the container's main process instead: what it writes from
//! then on, and (with `stdin`) lines written into its standard input, which the runtime keeps
//! open for a container with `stdin: true`. On a terminal (`tty: true`) the typed line is echoed
//! into the container's log, as a terminal echoes it; with `stdinOnce` the first attached
//! client to leave closes the input.

use super::sh::Yield;
use super::images::lookup;
use super::sh::programs::Image;
use super::sh::{Proc, Sys};
use super::worker::{CState, NodeRuntime, PodWorker};
use super::Kubelet;
use crate::apiserver::http::{Request, Response};
use crate::sim::clock::SimTime;
use crate::json;

/// One running exec: the process, and the frames not yet read.
pub struct ExecSession {
    pub(super) pod: String,
    container: String,
    argv: Vec<String>,
    proc: Option<Box<super::sh::Proc>>,
    pub(super) frames: Vec<String>,
    pub(super) done: bool,
    wake: Option<SimTime>,
    /// An interactive shell's prompt: sent (on kubeplay's channel `p`, the terminal's own line
    /// editing standing in for the TTY's echo) whenever it waits for a line.
    prompt: Option<String>,
    /// `kubectl logs -f`: the container instance followed and the log position reached.
    follow: Option<(String, u64, bool)>,
    /// Lines written to the process's stdin that it has not read yet (a pipe holds them).
    input: Vec<String>,
    /// An attach to the main process (whose output `follow` reads from the container's log).
    attach: Option<Attached>,
    /// A port-forward into the pod's network namespace (`portforward.rs`).
    pub(super) forward: bool,
}

/// How a client is attached to a container's main process.
#[derive(Clone, Copy, Debug)]
struct Attached {
    stdin: bool,
    tty: bool,
    /// The shell's prompt has been sent since it last wrote or was written to.
    prompted: bool,
}

impl ExecSession {
    pub(super) fn new(pod: String, container: &str) -> Self {
        ExecSession { pod, container: container.to_string(), argv: vec![], proc: None, frames: vec![], done: false, wake: None, prompt: None, follow: None, input: Vec::new(), attach: None, forward: false }
    }

    /// A stream that is over before it starts: only its Status.
    fn failed(pod: String, container: &str, argv: Vec<String>, status: String) -> Self {
        ExecSession { argv, frames: vec![status], done: true, ..ExecSession::new(pod, container) }
    }
}

/// The running exec `id` (the kubelet's `execs` are in id order: ids only grow, and sessions
/// are pushed).
pub(super) fn session(execs: &mut [(u64, ExecSession)], id: u64) -> Option<&mut ExecSession> {
    execs.iter_mut().find(|(k, _)| *k == id).map(|(_, s)| s)
}

fn status_frame(v: serde_json::Value) -> String {
    let mut s = json!({"metadata": {}});
    if let (Some(m), Some(extra)) = (s.as_object_mut(), v.as_object()) {
        m.extend(extra.clone());
    }
    format!("3{}", s)
}

impl Kubelet {
    fn exec_remove(&mut self, id: u64) {
        if let Some(i) = self.execs.iter().position(|(k, _)| *k == id) {
            self.execs.remove(i);
        }
    }

    /// Starts an exec; the stream's id, or the response that refuses the upgrade.
    pub fn exec_start(&mut self, now: SimTime, req: &Request) -> Result<u64, Response> {
        let text = |code: u16, body: String| Response { code, content_type: "text/plain".into(), body, warnings: vec![] };
        let segs: Vec<&str> = req.path.split('/').filter(|s| !s.is_empty()).collect();
        if let ["attach", ns, pod, container] = segs.as_slice() {
            return self.attach_start(&format!("{}/{}", ns, pod), container, req);
        }
        if let ["portForward", ns, pod] = segs.as_slice() {
            return self.portforward_start(&format!("{}/{}", ns, pod));
        }
        let ["exec", ns, pod, container] = segs.as_slice() else { return Err(text(404, "404 page not found\n".into())) };
        let key = format!("{}/{}", ns, pod);
        let argv: Vec<String> = req.query_values("command");
        if argv.is_empty() {
            return Err(text(400, "missing required command\n".into()));
        }
        let Some(w) = self.workers.get(&key) else { return Err(text(404, format!("pod {:?} does not exist\n", pod))) };
        self.next_exec += 1;
        let id = self.next_exec;
        if self.containerd.down {
            // The kubelet cannot reach containerd's socket.
            let msg = format!("Internal error occurred: error executing command in container: {}", super::cri::UNAVAILABLE);
            let frame = status_frame(json!({"status": "Failure", "message": msg, "reason": "InternalError", "details": {"causes": [{"message": msg.trim_start_matches("Internal error occurred: ")}]}, "code": 500}));
            self.execs.push((id, ExecSession::failed(key, container, argv, frame)));
            return Ok(id);
        }
        let pid = 7 + self.next_exec as u32;
        let io = (req.query_value("stdin") == Some("true"), req.query_value("tty") == Some("true"));
        // Input sent with the request (`kubectl exec -i` reading a pipe or a file): a shell
        // runs it as its script; another program reads it.
        let piped = req.body.clone().filter(|b| io.0 && !b.is_empty());
        let exec_argv = match (&piped, plain_shell(&argv)) {
            (Some(script), Some(_)) => vec![argv[0].clone(), "-c".into(), script.clone()],
            _ => argv.clone(),
        };
        let io = if piped.is_some() { (false, io.1) } else { io };
        let (proc, prompt) = match w.exec_proc(container, &exec_argv, io, pid).map(|(mut p, prompt)| {
            if let Some(text) = piped.clone().filter(|_| exec_argv.len() == argv.len()) {
                p.set_stdin(text);
            }
            (p, prompt)
        }) {
            Ok(p) => p,
            Err(ExecError::NotRunning) => return Err(text(500, format!("container not found ({:?})", container))),
            Err(ExecError::NotFound(why)) => {
                // containerd fails the exec's start: an internal error, not an exit code.
                let exec_id = self.runtime.rng.hex(64);
                let msg = format!(
                    "Internal error occurred: error executing command in container: failed to exec in container: failed to start exec {:?}: OCI runtime exec failed: exec failed: unable to start container process: {}: unknown",
                    exec_id, why
                );
                let frame = status_frame(json!({"status": "Failure", "message": msg, "reason": "InternalError", "details": {"causes": [{"message": msg.trim_start_matches("Internal error occurred: ")}]}, "code": 500}));
                self.execs.push((id, ExecSession::failed(key, container, argv, frame)));
                return Ok(id);
            }
        };
        let session = ExecSession { argv, proc: Some(Box::new(proc)), prompt, ..ExecSession::new(key, container) };
        self.execs.push((id, session));
        self.exec_resume(id, now);
        Ok(id)
    }

    /// Attaches to `container`'s main process: its output from now on, and its input.
    fn attach_start(&mut self, key: &str, container: &str, req: &Request) -> Result<u64, Response> {
        let text = |body: String| Response { code: 500, content_type: "text/plain".into(), body, warnings: vec![] };
        let Some(w) = self.workers.get(key) else { return Err(text(format!("pod {:?} does not exist\n", key.split('/').nth(1).unwrap_or("")))) };
        if self.containerd.down {
            return Err(text(super::cri::UNAVAILABLE.to_string()));
        }
        let running = w.containers.iter().find(|c| c.spec.name == container && matches!(c.state, CState::Running { .. }));
        let Some((c, cid)) = running.and_then(|c| Some((c, c.container_id.clone()?))) else {
            return Err(text(format!("container not found ({:?})", container)));
        };
        let attach = Attached { stdin: req.query_value("stdin") == Some("true"), tty: req.query_value("tty") == Some("true"), prompted: false };
        let follow = Some((cid, c.log.position(), false));
        self.next_exec += 1;
        let id = self.next_exec;
        self.execs.push((id, ExecSession { follow, attach: Some(attach), ..ExecSession::new(key.to_string(), container) }));
        Ok(id)
    }

    /// `GET /containerLogs/NS/POD/CONTAINER?follow=true`: what the log holds (as a plain request
    /// would return it), then what the container writes until it stops.
    pub fn follow_start(&mut self, req: &Request, epoch_ms: i64, now: SimTime) -> Result<u64, Response> {
        let first = self.serve(now, epoch_ms, req);
        if !first.is_success() {
            return Err(first);
        }
        let segs: Vec<&str> = req.path.split('/').filter(|s| !s.is_empty()).collect();
        let ["containerLogs", ns, pod, container] = segs.as_slice() else { return Err(first) };
        let key = format!("{}/{}", ns, pod);
        let w = self.workers.get(&key).ok_or_else(|| first.clone())?;
        let c = w.containers.iter().find(|c| c.spec.name == *container).ok_or_else(|| first.clone())?;
        let id = c.container_id.clone().unwrap_or_default();
        // The previous instance's log is complete; a stopped container writes no more.
        let previous = req.query_value("previous").is_some_and(|v| v == "true");
        let done = previous || !matches!(c.state, super::worker::CState::Running { .. });
        let timestamps = req.query_value("timestamps").is_some_and(|v| v == "true");
        self.next_exec += 1;
        let sid = self.next_exec;
        let mut frames = Vec::new();
        if !first.body.is_empty() {
            frames.push(format!("1{}", first.body));
        }
        let follow = Some((id, c.log.position(), timestamps));
        self.execs.push((sid, ExecSession { frames, done, follow, ..ExecSession::new(key, container) }));
        Ok(sid)
    }

    /// New log lines of a followed container; the stream ends with the container instance.
    fn follow_read(&mut self, id: u64, epoch_ms: i64) {
        let Some(s) = session(&mut self.execs, id) else { return };
        let Some((cid, pos, timestamps)) = s.follow.clone() else { return };
        let c = self.workers.get(&s.pod).and_then(|w| w.containers.iter().find(|c| c.spec.name == s.container));
        match c {
            Some(c) if c.container_id.as_deref() == Some(cid.as_str()) => {
                let (text, next) = c.log.render_from(pos, timestamps, epoch_ms);
                if !text.is_empty() {
                    s.frames.push(format!("1{}", text));
                    if let Some(a) = s.attach.as_mut() {
                        a.prompted = false;
                    }
                }
                s.follow = Some((cid, next, timestamps));
                if !matches!(c.state, super::worker::CState::Running { .. }) {
                    s.done = true;
                } else if let Some(a) = s.attach.as_mut().filter(|a| a.tty && !a.prompted) {
                    // A shell waiting at its prompt (kubectl's resize on attaching has it redrawn).
                    let waits = c.proc.as_ref().is_some_and(|p| p.awaiting_input()) && c.stdin.as_ref().is_some_and(|i| i.lines.is_empty());
                    if waits && !c.log.pending_line().is_empty() {
                        s.frames.push(format!("p{}", c.log.pending_line()));
                        a.prompted = true;
                    }
                }
            }
            // Restarted, or gone: this instance's stream is over.
            _ => s.done = true,
        }
        if s.done && s.attach.is_some() {
            s.frames.push(status_frame(json!({"status": "Success"})));
        }
    }

    /// Runs one exec's process until it sleeps, blocks or exits.
    fn exec_resume(&mut self, id: u64, now: SimTime) {
        let Some(s) = session(&mut self.execs, id) else { return };
        let Some(mut proc) = s.proc.take() else { return };
        s.wake = None;
        let mut out = String::new();
        let y = match self.workers.get_mut(&s.pod) {
            Some(w) => w.exec_run(&s.container, &mut proc, now, &mut self.runtime, &mut out),
            None => Yield::Exit(137),
        };
        for (err, text) in super::sh::streams(&out) {
            s.frames.push(format!("{}{}", if err { '2' } else { '1' }, text));
        }
        match y {
            Yield::Sleep(d) => {
                s.wake = Some(now + d);
                s.proc = Some(proc);
            }
            Yield::Net(call) => {
                let src = self.workers.get(&s.pod).and_then(|w| w.pod_ip()).unwrap_or_default().to_string();
                self.runtime.net_out.push(super::http::NetRequest { from: super::http::NetFrom::Exec(id), src, call });
                s.proc = Some(proc);
            }
            Yield::Forever => {
                if let Some(p) = s.prompt.as_ref().filter(|_| proc.awaiting_input()) {
                    s.frames.push(format!("p{}", p));
                }
                if proc.awaiting_input() && !s.input.is_empty() {
                    proc.feed(&s.input.remove(0));
                    s.proc = Some(proc);
                    return self.exec_resume(id, now);
                }
                s.proc = Some(proc);
            }
            Yield::Exit(0) => {
                s.frames.push(status_frame(json!({"status": "Success"})));
                s.done = true;
            }
            Yield::Exit(code) => {
                let msg = format!("command terminated with non-zero exit code: error executing command [{}], exit code {}", s.argv.join(" "), code);
                s.frames.push(status_frame(json!({
                    "status": "Failure", "message": msg, "reason": "NonZeroExitCode",
                    "details": {"causes": [{"reason": "ExitCode", "message": code.to_string()}]},
                })));
                s.done = true;
            }
        }
    }

    /// The network answered the call an exec's process waits on: it runs on at `at`.
    pub(super) fn exec_net_reply(&mut self, id: u64, reply: super::sh::net::NetReply, at: SimTime) -> Option<()> {
        let s = session(&mut self.execs, id)?;
        s.proc.as_mut()?.net_reply(reply);
        s.wake = Some(at);
        Some(())
    }

    /// A line typed into an interactive exec: the shell runs it.
    pub fn exec_write(&mut self, id: u64, line: &str, now: SimTime) {
        let Some(s) = session(&mut self.execs, id) else { return };
        if let Some(a) = s.attach.as_mut() {
            a.prompted = false;
            let Some(w) = self.workers.get_mut(&s.pod).filter(|_| a.stdin) else { return };
            let Some(c) = w.containers.iter_mut().find(|c| c.spec.name == s.container && matches!(c.state, CState::Running { exits_at: None, .. })) else { return };
            if a.tty {
                // The terminal echoes the line (into the log); the writer has shown it already.
                c.log.write(now, &format!("{}\n", line), None);
                if let Some(f) = s.follow.as_mut() {
                    f.1 = c.log.position();
                }
            }
            if let Some(stdin) = c.stdin.as_mut().filter(|i| !i.closed) {
                stdin.lines.push_back(line.to_string());
                wake_reader(c, &mut w.next, now);
            }
            return;
        }
        match s.proc.as_mut() {
            Some(p) if p.awaiting_input() && s.input.is_empty() => p.feed(line),
            // Busy (or reading no input yet): the line waits in the pipe.
            Some(_) => return s.input.push(line.to_string()),
            None => return,
        }
        self.exec_resume(id, now);
    }

    /// Resumes the execs whose sleep is over (from the kubelet's own loop).
    pub(super) fn exec_due(&mut self, now: SimTime) {
        let due: Vec<u64> = self.execs.iter().filter(|(_, s)| s.wake.is_some_and(|w| w <= now)).map(|(id, _)| *id).collect();
        for id in due {
            self.exec_resume(id, now);
        }
    }

    /// When the next exec wakes (at once when a process waits for the network to take its call).
    pub fn exec_wake(&self) -> Option<SimTime> {
        let now = (!self.runtime.net_out.is_empty()).then_some(SimTime::ZERO);
        self.execs.iter().filter_map(|(_, s)| s.wake).chain(now).min()
    }

    /// The frames written since the last read, and whether the stream has ended.
    pub fn exec_read(&mut self, id: u64) -> (Vec<String>, bool) {
        let epoch_ms = self.runtime.epoch_ms;
        self.follow_read(id, epoch_ms);
        self.portforward_check(id);
        match session(&mut self.execs, id) {
            Some(s) => {
                let frames = std::mem::take(&mut s.frames);
                let done = s.done;
                if done {
                    self.exec_remove(id);
                }
                (frames, done)
            }
            None => (vec![], true),
        }
    }

    /// The client went away: an exec's process is killed; an attached client that wrote to a
    /// `stdinOnce` container's input closes it.
    pub fn exec_close(&mut self, id: u64, now: SimTime) {
        if let Some(s) = session(&mut self.execs, id).filter(|s| s.attach.is_some_and(|a| a.stdin)) {
            if let Some(w) = self.workers.get_mut(&s.pod) {
                let c = w.containers.iter_mut().find(|c| c.spec.name == s.container && c.spec.stdin_once == Some(true) && c.stdin.is_some());
                if let Some(c) = c {
                    if let Some(stdin) = c.stdin.as_mut() {
                        stdin.closed = true;
                    }
                    wake_reader(c, &mut w.next, now);
                }
            }
        }
        self.exec_remove(id);
    }
}

/// A main process blocked reading its input runs on at `now` (a busy one reads the pipe when it
/// next asks for a line).
fn wake_reader(c: &mut super::worker::Ctr, next: &mut Option<SimTime>, now: SimTime) {
    if c.proc.as_ref().is_some_and(|p| p.awaiting_input()) {
        c.wake = Some(now);
        *next = Some(next.map_or(now, |n| n.min(now)));
    }
}

/// A shell named without a script (`sh`, `/bin/bash -i`): with its input open it reads
/// commands from it. Its base name.
pub fn plain_shell(argv: &[String]) -> Option<&str> {
    let program = argv.first()?;
    let base = program.rsplit('/').next().unwrap_or(program);
    (matches!(base, "sh" | "ash" | "bash" | "dash") && !argv.iter().any(|a| a == "-c")).then_some(base)
}

/// Root's prompt in the shell `program` of `image`: ash shows the directory, dash only `#`,
/// bash user@host.
pub fn prompt(program: &str, image: Image, hostname: &str) -> String {
    match (program.rsplit('/').next().unwrap_or(program), image) {
        ("bash", _) => format!("root@{}:/# ", hostname),
        (_, Image::Busybox | Image::Alpine | Image::Curl) => "/ # ".to_string(),
        _ => "# ".to_string(),
    }
}

/// Why an exec could not start.
pub enum ExecError {
    /// The container is not running (the kubelet's `container not found`).
    NotRunning,
    /// runc's error: the image has no such program.
    NotFound(String),
}

impl PodWorker {
    /// A process `kubectl exec` starts in a running container: the command checked against the
    /// image (runc's error if the image lacks it), with the container's environment.
    /// With `stdin`, a shell named without a script reads lines from it; the prompt it shows is
    /// returned with it. With `tty` the process has a terminal.
    pub fn exec_proc(&self, container: &str, argv: &[String], (stdin, tty): (bool, bool), pid: u32) -> Result<(Proc, Option<String>), ExecError> {
        let c = self.containers.iter().find(|c| c.spec.name == container && matches!(c.state, CState::Running { .. }));
        let Some(c) = c.filter(|c| c.container_id.is_some()) else { return Err(ExecError::NotRunning) };
        let image = Image::of(c.image.as_ref().ok().and_then(lookup).map_or("", |i| i.repository));
        let program = argv.first().map_or("", String::as_str);
        if !image.has(program) {
            return Err(ExecError::NotFound(super::env::not_found(program)));
        }
        let hostname = self.pod().spec.as_ref().and_then(|s| s.hostname.clone()).unwrap_or_else(|| self.pod().metadata.name.clone().unwrap_or_default());
        let mut env = c.env.clone();
        if tty {
            // The runtime gives a process with a terminal `TERM` (after `HOSTNAME`).
            let at = env.iter().position(|(k, _)| k == "HOSTNAME").map_or(env.len(), |i| i + 1);
            env.insert(at, ("TERM".into(), "xterm".into()));
        }
        if stdin && plain_shell(argv).is_some() {
            return Ok((Proc::shell(program, &env, pid), Some(prompt(program, image, &hostname))));
        }
        Ok((Proc::new(argv, &env, pid), None))
    }

    /// Runs an exec'd process in the container until it sleeps, blocks or exits; its output is
    /// appended to `out`. A container that stopped meanwhile takes its processes with it.
    pub fn exec_run(&mut self, container: &str, proc: &mut Proc, now: SimTime, rt: &mut NodeRuntime, out: &mut String) -> Yield {
        let hostname = self.pod().spec.as_ref().and_then(|s| s.hostname.clone()).unwrap_or_else(|| self.pod().metadata.name.clone().unwrap_or_default());
        let ip = self.pod_ip().unwrap_or_default().to_string();
        let resolv = super::env::resolv_conf(self.pod());
        let domain = super::env::pod_domain(self.pod());
        let Some(c) = self.containers.iter_mut().find(|c| c.spec.name == container && matches!(c.state, CState::Running { .. })) else {
            return Yield::Exit(137);
        };
        let image = Image::of(c.image.as_ref().ok().and_then(lookup).map_or("", |i| i.repository));
        let main = c.spec.command.iter().chain(c.spec.args.iter()).flatten().cloned().collect::<Vec<_>>().join(" ");
        rt.mount_volumes(c);
        let mut sys = Sys { now_ms: rt.epoch_ms + now.as_millis() as i64, hostname: &hostname, domain: &domain, image, fs: &mut c.fs, cpus: rt.cpus, ip: &ip, main: &main, out, listen: &mut c.listening, resolv: &resolv, net: Default::default(), host: None };
        let y = proc.run(&mut sys);
        rt.save_volumes(c);
        y
    }
}
