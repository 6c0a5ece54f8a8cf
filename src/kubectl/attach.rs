//! `kubectl attach (POD | TYPE/NAME) [-c CONTAINER] [-i] [-t] [-q]`: joins the main process of a
//! running container through the `pods/attach` stream (upstream `pkg/cmd/attach/attach.go`): its
//! output from now on and, with `-i`, its standard input. Also the attaching half of `kubectl
//! run -i|-t|--attach [--rm]` (`run.go`'s `handleAttachPod`): wait for the new pod to run and be
//! ready (or print its log if it finished first), attach, wait for its exit code where the
//! restart policy gives one, and delete what `--rm` created.

use super::errors::{plain, StatusError};
use super::exec::ExecFollow;
use super::flags::{flag, Kind as F};
use super::{parse_flags, Follow, Following, Invocation, Kubectl, Output, Transport, WaitFor};
use crate::apiserver::http::{Method, Request};
use serde_json::Value;

/// The attach kubectl makes once the pod and container are chosen.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Target {
    namespace: String,
    pod: String,
    container: String,
    stdin: bool,
    /// Stdin is a terminal in raw mode (`-i -t` typed at a terminal).
    raw: bool,
    quiet: bool,
    restart_policy: String,
    ephemeral: bool,
}

/// What `kubectl run` does around the attach.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RunAfter {
    /// `--rm`: what to delete at the end (path, and the name kubectl prints: `pod "x"`).
    pub remove: Vec<(String, String)>,
    /// Wait for the exit code (`Never`: the pod completes; `OnFailure`: it succeeds).
    pub wait_exit: bool,
    /// `--pod-running-timeout`, in milliseconds.
    pub timeout_ms: u64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Phase {
    /// Watching the new pod until it runs and is ready, or completes.
    Starting { stream: u64 },
    Attached(ExecFollow),
    /// Watching the pod until it completes, for its exit code.
    Exiting { stream: u64 },
}

/// An attach in progress.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AttachFollow {
    target: Target,
    run: Option<RunAfter>,
    phase: Phase,
    /// When the current wait gives up.
    pub deadline_ms: Option<u64>,
}

const USAGE: &str = "See 'kubectl attach -h' for help and examples";

pub fn run(kubectl: &mut Kubectl, mut inv: Invocation, out: &mut Output) {
    let flags = [
        flag("container", Some('c'), F::Value),
        flag("stdin", Some('i'), F::Bool),
        flag("tty", Some('t'), F::Bool),
        flag("quiet", Some('q'), F::Bool),
        flag("pod-running-timeout", None, F::Value),
    ];
    let Some(p) = parse_flags("attach", &inv.args, &flags, out) else { return };
    let timeout = match p.value("pod-running-timeout").map(crate::sim::clock::parse_duration) {
        None => std::time::Duration::from_secs(60),
        Some(Ok(d)) => d,
        Some(Err(e)) => return out.fail(format!("error: invalid argument {:?} for \"--pod-running-timeout\" flag: {}\n", p.value("pod-running-timeout").unwrap_or(""), e)),
    };
    let resource = match p.positionals.as_slice() {
        [] => return out.fail("error: at least 1 argument is required for attach\n"),
        [r] => r.clone(),
        [kind, name] => format!("{}/{}", kind, name),
        more => return out.fail(format!("error: expected POD, TYPE/NAME, or TYPE NAME, (at most 2 arguments) saw {}: [{}]\n", more.len(), more.join(" "))),
    };
    if timeout.is_zero() {
        return out.fail(format!("error: --pod-running-timeout must be higher than zero\n{}\n", USAGE));
    }
    let ns = p.value("namespace").map(str::to_string).unwrap_or_else(|| kubectl.namespace.clone());
    let quiet = p.bool("quiet");
    let pod = match super::logs::attachable_pod(kubectl, &mut inv, &ns, &resource, "attach to", out) {
        Ok(Some(pod)) => pod,
        Ok(None) => return,
        Err(e) => return out.fail(e),
    };
    if let Some(phase @ ("Succeeded" | "Failed")) = pod["status"]["phase"].as_str() {
        return out.fail(format!("error: cannot attach a container in a completed pod; current phase is {}\n", phase));
    }
    let terminal = inv.stdin.is_none();
    let Some(target) = choose(&pod, p.value("container"), (p.bool("stdin"), p.bool("tty"), terminal), quiet, out) else { return };
    let mut f = AttachFollow { target, run: None, phase: Phase::Exiting { stream: 0 }, deadline_ms: None };
    if !f.open(inv.transport, 0, out) {
        f.push(out);
    }
}

/// The container to attach to (`FindOrDefaultContainerByName`) and how: the TTY follows the
/// container's (kubectl's `-t` alone cannot give one a container lacks), raw only when stdin
/// is a terminal (`SetupTTY`). None after printing the error.
fn choose(pod: &Value, name: Option<&str>, (stdin, tty, terminal): (bool, bool, bool), quiet: bool, out: &mut Output) -> Option<Target> {
    let pod_name = pod["metadata"]["name"].as_str().unwrap_or("").to_string();
    let namespace = pod["metadata"]["namespace"].as_str().unwrap_or("").to_string();
    let all = ["containers", "initContainers", "ephemeralContainers"];
    let found = |n: &str| all.iter().find_map(|f| pod["spec"][*f].as_array().into_iter().flatten().find(|c| c["name"] == n).map(|c| (c.clone(), *f == "ephemeralContainers")));
    let (container, ephemeral) = match name.filter(|n| !n.is_empty()) {
        Some(n) => match found(n) {
            Some(c) => c,
            None => {
                out.fail(format!("error: cannot attach to the container: container {} not found in pod {}\n", n, pod_name));
                return None;
            }
        },
        None => {
            if pod["spec"]["containers"].as_array().is_none_or(|c| c.is_empty()) {
                out.fail(format!("error: cannot attach to the container: pod {}/{} does not have any containers\n", namespace, pod_name));
                return None;
            }
            let chosen = super::logs::default_container(pod, quiet, out);
            found(&chosen)?
        }
    };
    let cname = container["name"].as_str().unwrap_or("").to_string();
    let has_tty = container["tty"] == true;
    let mut tty = tty;
    if tty && !has_tty {
        tty = false;
        if !quiet {
            out.err(format!("error: Unable to use a TTY - container {} did not allocate one\n", cname));
        }
    } else if !tty && has_tty {
        tty = true;
    }
    let mut raw = false;
    if stdin && tty {
        if terminal {
            raw = true;
        } else if !quiet {
            out.err("Unable to use a TTY - input is not a terminal or the right kind of file\n");
        }
    }
    let restart_policy = pod["spec"]["restartPolicy"].as_str().unwrap_or("Always").to_string();
    Some(Target { namespace, pod: pod_name, container: cname, stdin, raw, quiet, restart_policy, ephemeral })
}

/// Lists the pod by name (the informer's first list) and watches it from there: the pod as it
/// is now, and the stream.
fn watch_pod(t: &mut dyn Transport, ns: &str, name: &str) -> Result<(Option<Value>, u64), String> {
    let path = format!("/api/v1/namespaces/{}/pods", ns);
    let selector = format!("metadata.name={}", name);
    let resp = t.round_trip(Request::new(Method::Get, path.clone()).with_query("fieldSelector", selector.clone()));
    if !resp.is_success() {
        return Err(StatusError::from_body(resp.code, &resp.body).render());
    }
    let list: Value = serde_json::from_str(&resp.body).unwrap_or(Value::Null);
    let rv = list["metadata"]["resourceVersion"].as_str().unwrap_or("").to_string();
    let req = Request::new(Method::Get, path).with_query("fieldSelector", selector).with_query("resourceVersion", rv).with_query("watch", "true");
    let stream = t.open_stream(req).map_err(|resp| StatusError::from_body(resp.code, &resp.body).render())?;
    Ok((list["items"].as_array().and_then(|i| i.first()).cloned(), stream))
}

/// The pod's readiness as `podRunningAndReady` sees it: Some(true) ready, Some(false) completed.
fn running_and_ready(pod: &Value) -> Option<bool> {
    match pod["status"]["phase"].as_str() {
        Some("Succeeded" | "Failed") => Some(false),
        Some("Running") => pod["status"]["conditions"].as_array().into_iter().flatten().any(|c| c["type"] == "Ready" && c["status"] == "True").then_some(true),
        _ => None,
    }
}

impl AttachFollow {
    /// `kubectl run -i|-t|--attach`: the pod was created; wait for it to run. The follow to
    /// keep polling, or None once the command is over.
    pub fn start_run(pod: &Value, stdin: bool, tty: bool, quiet: bool, run: RunAfter, t: &mut dyn Transport, now_ms: u64, out: &mut Output) -> Option<AttachFollow> {
        let target = choose(pod, None, (stdin, tty, true), quiet, out)?;
        let timeout_ms = run.timeout_ms;
        let mut f = AttachFollow { target, run: Some(run), phase: Phase::Exiting { stream: 0 }, deadline_ms: None };
        match watch_pod(t, &f.target.namespace.clone(), &f.target.pod.clone()) {
            Ok((current, stream)) => {
                f.phase = Phase::Starting { stream };
                f.deadline_ms = Some(now_ms + timeout_ms);
                match current {
                    Some(pod) if f.starting(&pod, t, now_ms, out) => None,
                    _ => Some(f),
                }
            }
            Err(e) => {
                f.finish(t, out, Some(e));
                None
            }
        }
    }

    fn push(self, out: &mut Output) {
        out.wait.push(WaitFor::Follow(Follow::Kubectl(Box::new(Following::Attach(Box::new(self))))));
    }

    /// The prompt of the attached shell while it waits for a line.
    pub fn prompt(&self) -> Option<&str> {
        match &self.phase {
            Phase::Attached(e) => e.prompt.as_deref(),
            _ => None,
        }
    }

    pub fn write(&mut self, t: &mut dyn Transport, line: &str) {
        if let Phase::Attached(e) = &mut self.phase {
            e.write(t, line);
        }
    }

    pub fn cancel(&self, t: &mut dyn Transport) {
        match &self.phase {
            Phase::Starting { stream } | Phase::Exiting { stream } => t.close_stream(*stream),
            Phase::Attached(e) => t.close_stream(e.stream),
        }
    }

    /// Opens the attach stream (`Run` after the pod is chosen). True once the command is over.
    fn open(&mut self, t: &mut dyn Transport, now_ms: u64, out: &mut Output) -> bool {
        let tg = &self.target;
        if !tg.quiet {
            out.err("If you don't see a command prompt, try pressing enter.\n");
        }
        let mut req = Request::new(Method::Post, format!("/api/v1/namespaces/{}/pods/{}/attach", tg.namespace, tg.pod)).with_query("container", tg.container.clone());
        if tg.stdin {
            req = req.with_query("stdin", "true");
        }
        req = req.with_query("stdout", "true");
        // In raw mode stderr goes to the terminal too (`DisableStderr`).
        req = if tg.raw { req.with_query("tty", "true") } else { req.with_query("stderr", "true") };
        match t.open_stream(req) {
            Ok(stream) => {
                self.deadline_ms = None;
                self.phase = Phase::Attached(ExecFollow { stream, prompt: None, prefix: None });
                // Polled at once: a stream that is already over ends the command here.
                self.poll_attached(t, now_ms, out)
            }
            Err(resp) => {
                let e = if resp.content_type == "text/plain" {
                    format!("error: unable to upgrade connection: {}\n", resp.body.trim_end())
                } else {
                    StatusError::from_body(resp.code, &resp.body).render()
                };
                if self.run.is_none() {
                    out.fail(e);
                    return true;
                }
                // `kubectl run` falls back to the log.
                let why = e.trim_end().trim_start_matches("error: ").to_string();
                out.err(format!("warning: couldn't attach to pod/{}, falling back to streaming logs: {}\n", self.target.pod, why));
                self.print_log(t, out);
                self.after_attach(t, now_ms, out)
            }
        }
    }

    /// Advances the attach; true once the command is over.
    pub fn poll(&mut self, t: &mut dyn Transport, now_ms: u64, out: &mut Output) -> bool {
        match self.phase.clone() {
            Phase::Starting { stream } => {
                let (lines, closed) = t.read_stream(stream);
                for line in lines {
                    let ev: Value = serde_json::from_str(&line).unwrap_or(Value::Null);
                    if self.event(&ev, stream, t, now_ms, out) {
                        return true;
                    }
                    if !matches!(self.phase, Phase::Starting { .. }) {
                        return false;
                    }
                }
                self.waited(closed, stream, t, now_ms, out)
            }
            Phase::Attached(_) => self.poll_attached(t, now_ms, out),
            Phase::Exiting { stream } => {
                let (lines, closed) = t.read_stream(stream);
                for line in lines {
                    let ev: Value = serde_json::from_str(&line).unwrap_or(Value::Null);
                    if self.event(&ev, stream, t, now_ms, out) {
                        return true;
                    }
                }
                self.waited(closed, stream, t, now_ms, out)
            }
        }
    }

    /// A watch that ended or timed out.
    fn waited(&mut self, closed: bool, stream: u64, t: &mut dyn Transport, now_ms: u64, out: &mut Output) -> bool {
        if self.deadline_ms.is_some_and(|d| now_ms >= d) {
            t.close_stream(stream);
            self.finish(t, out, Some("error: timed out waiting for the condition\n".into()));
            return true;
        }
        if closed {
            self.finish(t, out, None);
        }
        closed
    }

    /// One watch event of the pod; true once the command is over.
    fn event(&mut self, ev: &Value, stream: u64, t: &mut dyn Transport, now_ms: u64, out: &mut Output) -> bool {
        match ev["type"].as_str().unwrap_or("") {
            "DELETED" => {
                t.close_stream(stream);
                self.finish(t, out, Some("Error from server (NotFound): pods \"\" not found\n".into()));
                true
            }
            "ADDED" | "MODIFIED" => {
                let pod = &ev["object"];
                if matches!(self.phase, Phase::Starting { .. }) {
                    return self.starting(pod, t, now_ms, out);
                }
                self.exiting(pod, stream, t, out)
            }
            _ => false,
        }
    }

    /// The pod while waiting for it to run: attach once ready, or print the log of a pod that
    /// completed first. True once the command is over.
    fn starting(&mut self, pod: &Value, t: &mut dyn Transport, now_ms: u64, out: &mut Output) -> bool {
        let Some(ready) = running_and_ready(pod) else { return false };
        if let Phase::Starting { stream } = self.phase {
            t.close_stream(stream);
        }
        match ready {
            true => self.open(t, now_ms, out),
            false => {
                self.print_log(t, out);
                self.after_attach(t, now_ms, out)
            }
        }
    }

    fn poll_attached(&mut self, t: &mut dyn Transport, now_ms: u64, out: &mut Output) -> bool {
        let Phase::Attached(e) = &mut self.phase else { return true };
        let before = out.exit_code;
        if !e.poll(t, out) {
            return false;
        }
        let failed = out.exit_code != before;
        let tg = &self.target;
        if !failed && !tg.quiet && tg.stdin && tg.raw && tg.restart_policy != "Never" {
            out.out(match tg.ephemeral {
                true => format!("Session ended, the ephemeral container will not be restarted but may be reattached using 'kubectl attach {} -c {} -i -t' if it is still running\n", tg.pod, tg.container),
                false => format!("Session ended, resume using 'kubectl attach {} -c {} -i -t' command when the pod is running\n", tg.pod, tg.container),
            });
        }
        self.after_attach(t, now_ms, out)
    }

    /// After the attach (or the log): `kubectl run` waits for the exit code where the restart
    /// policy gives one, then deletes what `--rm` created.
    fn after_attach(&mut self, t: &mut dyn Transport, now_ms: u64, out: &mut Output) -> bool {
        let Some(run) = self.run.clone() else { return true };
        if !run.wait_exit {
            self.finish(t, out, None);
            return true;
        }
        match watch_pod(t, &self.target.namespace.clone(), &self.target.pod.clone()) {
            Ok((current, stream)) => {
                self.phase = Phase::Exiting { stream };
                self.deadline_ms = Some(now_ms + run.timeout_ms);
                if let Some(pod) = current {
                    if self.exiting(&pod, stream, t, out) {
                        return true;
                    }
                }
                false
            }
            Err(e) => {
                self.finish(t, out, Some(e));
                true
            }
        }
    }

    /// The pod while waiting for its exit code; true once it has one.
    fn exiting(&mut self, pod: &Value, stream: u64, t: &mut dyn Transport, out: &mut Output) -> bool {
        let phase = pod["status"]["phase"].as_str().unwrap_or("");
        let done = match self.target.restart_policy.as_str() {
            "OnFailure" => phase == "Succeeded",
            _ => matches!(phase, "Succeeded" | "Failed"),
        };
        if !done {
            return false;
        }
        t.close_stream(stream);
        let ns = &self.target.namespace;
        let name = &self.target.pod;
        let terminated = &pod["status"]["containerStatuses"][0]["state"]["terminated"];
        let err = match phase {
            "Succeeded" => None,
            _ => match terminated["exitCode"].as_i64().filter(|c| *c != 0) {
                None => Some((format!("error: pod {}/{} failed with unknown exit code\n", ns, name), 1)),
                Some(code) => {
                    let msg = format!("pod {}/{} terminated ({})\n{}", ns, name, terminated["reason"].as_str().unwrap_or(""), terminated["message"].as_str().unwrap_or(""));
                    Some((if msg.ends_with('\n') { msg } else { format!("{}\n", msg) }, code as i32))
                }
            },
        };
        self.finish(t, out, None);
        if let Some((msg, code)) = err {
            out.err(msg);
            out.exit_code = code;
        }
        true
    }

    /// `logOpts`: the container's log as it is.
    fn print_log(&self, t: &mut dyn Transport, out: &mut Output) {
        let tg = &self.target;
        let req = Request::new(Method::Get, format!("/api/v1/namespaces/{}/pods/{}/log", tg.namespace, tg.pod)).with_query("container", tg.container.clone());
        let resp = t.round_trip(req);
        match resp.is_success() {
            true => out.out(resp.body),
            false => out.fail(StatusError::from_body(resp.code, &resp.body).render()),
        }
    }

    /// The end: `--rm` deletes (run.go defers it, so it prints before the command's error).
    fn finish(&mut self, t: &mut dyn Transport, out: &mut Output, err: Option<String>) {
        let quiet = self.target.quiet;
        for (path, printed) in self.run.as_mut().map(|r| std::mem::take(&mut r.remove)).unwrap_or_default() {
            let body = r#"{"kind":"DeleteOptions","apiVersion":"v1","propagationPolicy":"Background"}"#;
            let resp = t.round_trip(Request::new(Method::Delete, path).with_header("Content-Type", "application/json").with_body(body.to_string()));
            if resp.is_success() {
                if !quiet {
                    out.out(format!("{} deleted from {} namespace\n", printed, self.target.namespace));
                }
            } else {
                let e = StatusError::from_body(resp.code, &resp.body);
                if !e.is_not_found() {
                    out.fail(e.render());
                }
            }
        }
        if let Some(e) = err {
            out.fail(plain(e.trim_start_matches("error: ")).trim_end().to_string() + "\n");
        }
    }
}
