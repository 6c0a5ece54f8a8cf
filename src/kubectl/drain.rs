//! `kubectl drain` (`pkg/cmd/drain`, `pkg/drain`): cordon the nodes, then for each node list its
//! pods, sort them through upstream's filters (DaemonSet-managed, mirror, local storage,
//! unmanaged), and evict the rest through the `eviction` subresource — one retry loop per pod,
//! 5 s apart while a PodDisruptionBudget says no — waiting (1 s polls) for each evicted pod to be
//! gone before `pod/NAME evicted`. It all runs in virtual time: the command is a following one
//! that the shell polls as the cluster moves on.

use super::errors::{plain, StatusError};
use super::flags::{flag, Kind as F};
use super::node::{cordon_nodes, resolve_nodes, usage_error, DryRun};
use super::{parse_flags, Follow, Following, Invocation, Kubectl, Output, Transport, WaitFor};
use crate::apiserver::http::{Method, Request};
use crate::api::labels::Selector;
use serde_json::Value;
use crate::json;

/// `EvictErrorRetryDelay`, as `kubectl drain` sets it.
const RETRY_MS: u64 = 5_000;
/// `waitForDelete`'s poll interval.
const POLL_MS: u64 = 1_000;

const FLAGS: &[super::flags::Flag] = &[
    flag("force", None, F::Bool),
    flag("ignore-daemonsets", None, F::Bool),
    flag("delete-local-data", None, F::Bool),
    flag("delete-emptydir-data", None, F::Bool),
    flag("grace-period", None, F::Value),
    flag("timeout", None, F::Value),
    flag("selector", Some('l'), F::Value),
    flag("pod-selector", None, F::Value),
    flag("disable-eviction", None, F::Bool),
    flag("skip-wait-for-delete-timeout", None, F::Value),
    flag("chunk-size", None, F::Value),
    flag("dry-run", None, F::Value),
];

const DAEMONSET_FATAL: &str = "DaemonSet-managed Pods (use --ignore-daemonsets to ignore)";
const DAEMONSET_WARNING: &str = "ignoring DaemonSet-managed Pods";
const LOCAL_STORAGE_FATAL: &str = "Pods with local storage (use --delete-emptydir-data to override)";
const UNMANAGED_FATAL: &str = "cannot delete Pods that declare no controller (use --force to override)";
const UNMANAGED_WARNING: &str = "deleting Pods that declare no controller";

pub use crate::api::timefmt::go_duration;

/// One error as Go holds it: its `Error()` text, and the line `CheckErr` prints for it.
#[derive(Clone, Debug, PartialEq, Eq)]
struct GoErr {
    msg: String,
    /// `StandardErrorMessage` for API errors (`Error from server (…): …`), else None.
    api: Option<String>,
}

impl GoErr {
    fn plain(msg: impl Into<String>) -> Self {
        GoErr { msg: msg.into(), api: None }
    }
    fn api(e: &StatusError) -> Self {
        GoErr { msg: e.message.clone(), api: Some(e.render().trim_end().to_string()) }
    }
    /// `messageForError`.
    fn line(&self) -> String {
        self.api.clone().unwrap_or_else(|| self.msg.clone())
    }
}

/// A node's failure: an aggregate (filters, evictions) or a single error.
#[derive(Clone, Debug, PartialEq, Eq)]
struct NodeErr {
    aggregate: bool,
    items: Vec<GoErr>,
}

impl NodeErr {
    fn single(e: GoErr) -> Self {
        NodeErr { aggregate: false, items: vec![e] }
    }
    /// `Error()`: an aggregate of one is its error; of several, `[a, b]` (repeats dropped).
    fn text(&self) -> String {
        let mut seen: Vec<&str> = Vec::new();
        for e in &self.items {
            if !seen.contains(&e.msg.as_str()) {
                seen.push(&e.msg);
            }
        }
        if seen.len() == 1 || !self.aggregate {
            seen.first().map(|s| s.to_string()).unwrap_or_default()
        } else {
            format!("[{}]", seen.join(", "))
        }
    }
    /// What `CheckErr` prints when this is the command's only failure.
    fn check_err(&self) -> String {
        if self.aggregate {
            return self.items.iter().map(|e| format!("{}\n", e.line())).collect();
        }
        match self.items.first() {
            Some(GoErr { api: Some(line), .. }) => format!("{}\n", line),
            Some(e) => plain(&e.msg),
            None => String::new(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct PodRef {
    ns: String,
    name: String,
    uid: String,
    deletion: Option<String>,
}

impl PodRef {
    fn from_json(p: &Value) -> PodRef {
        let m = &p["metadata"];
        let s = |k: &str| m[k].as_str().unwrap_or("").to_string();
        PodRef { ns: s("namespace"), name: s("name"), uid: s("uid"), deletion: m["deletionTimestamp"].as_str().map(str::to_string) }
    }
    fn path(&self) -> String {
        format!("/api/v1/namespaces/{}/pods/{}", self.ns, self.name)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Reason {
    Okay,
    Skip,
    Warning,
    Error,
}

/// `PodDeleteStatus`.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Status {
    delete: bool,
    reason: Reason,
    message: String,
}

impl Status {
    fn okay() -> Self {
        Status { delete: true, reason: Reason::Okay, message: String::new() }
    }
    fn warning(delete: bool, m: &str) -> Self {
        Status { delete, reason: Reason::Warning, message: m.into() }
    }
    fn error(m: &str) -> Self {
        Status { delete: false, reason: Reason::Error, message: m.into() }
    }
}

/// Messages grouped in first-seen order, each with its pods (`ns/name`).
fn grouped(list: &[(PodRef, Status)], reason: Reason) -> Vec<(String, Vec<String>)> {
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    for (p, s) in list.iter().filter(|(_, s)| s.reason == reason) {
        let msg = if s.message.is_empty() && reason == Reason::Error { "unexpected error".to_string() } else { s.message.clone() };
        let pod = format!("{}/{}", p.ns, p.name);
        match out.iter_mut().find(|(m, _)| *m == msg) {
            Some((_, pods)) => pods.push(pod),
            None => out.push((msg, vec![pod])),
        }
    }
    out
}

/// The drain options (`drain.Helper`).
#[derive(Clone, Debug, PartialEq, Eq)]
struct Opts {
    force: bool,
    ignore_daemonsets: bool,
    delete_emptydir: bool,
    grace: i64,
    timeout_ms: u64,
    pod_selector: String,
    disable_eviction: bool,
    skip_wait: i64,
    dry: DryRun,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Step {
    /// Send (or resend) the eviction at this time.
    Evict(u64),
    /// Look whether the pod is gone at this time.
    Wait(u64),
    Done,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct Task {
    pod: PodRef,
    /// The pod as last fetched (its uid is what "gone" is judged by).
    uid: String,
    step: Step,
}

/// One node being emptied.
#[derive(Clone, Debug, PartialEq, Eq)]
struct NodeRun {
    name: String,
    eviction: bool,
    tasks: Vec<Task>,
    deadline: Option<u64>,
    errors: Vec<GoErr>,
    /// Deletion mode waits for all pods at once and fails as one.
    failed: Option<GoErr>,
}

/// A running `kubectl drain`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DrainFollow {
    opts: Opts,
    nodes: Vec<String>,
    next: usize,
    current: Option<NodeRun>,
    fatal: Vec<NodeErr>,
    remaining: Vec<String>,
    /// Unix milliseconds at virtual time zero (for `--skip-wait-for-delete-timeout`).
    unix_offset_ms: i64,
}

fn get(t: &mut dyn Transport, path: &str) -> Result<Value, StatusError> {
    let resp = t.round_trip(Request::new(Method::Get, path).with_header("Accept", "application/json"));
    if !resp.is_success() {
        return Err(StatusError::from_body(resp.code, &resp.body));
    }
    Ok(serde_json::from_str(&resp.body).unwrap_or(Value::Null))
}

impl DrainFollow {
    /// The next moment the command has something to do.
    pub fn next_ms(&self) -> Option<u64> {
        let run = self.current.as_ref()?;
        let min = run
            .tasks
            .iter()
            .filter_map(|t| match t.step {
                Step::Evict(at) | Step::Wait(at) => Some(at),
                Step::Done => None,
            })
            .min();
        let waiting = run.tasks.iter().any(|t| matches!(t.step, Step::Wait(_)));
        match (min, run.deadline.filter(|_| waiting)) {
            (Some(a), Some(d)) => Some(a.min(d)),
            (a, d) => a.or(d),
        }
    }

    /// `shouldSkipPod`: terminating for longer than `--skip-wait-for-delete-timeout`.
    fn should_skip(&self, deletion: Option<&str>, now_ms: u64) -> bool {
        if self.opts.skip_wait <= 0 {
            return false;
        }
        let Some(ts) = deletion.and_then(|d| d.parse::<k8s_openapi::jiff::Timestamp>().ok()) else { return false };
        let now = self.unix_offset_ms + now_ms as i64;
        (now - ts.as_millisecond()) / 1000 > self.opts.skip_wait
    }

    /// The filters, in upstream's order; the first that says "don't delete" decides.
    fn filter(&self, t: &mut dyn Transport, pod: &Value, now_ms: u64) -> Status {
        let meta = &pod["metadata"];
        let phase = pod["status"]["phase"].as_str().unwrap_or("");
        let finished = phase == "Succeeded" || phase == "Failed";
        if self.should_skip(meta["deletionTimestamp"].as_str(), now_ms) {
            return Status { delete: false, reason: Reason::Skip, message: String::new() };
        }
        let controller = meta["ownerReferences"].as_array().into_iter().flatten().find(|r| r["controller"] == true);
        // daemonSetFilter
        if let Some(r) = controller.filter(|r| r["kind"] == "DaemonSet" && !finished) {
            let ns = meta["namespace"].as_str().unwrap_or("");
            let name = r["name"].as_str().unwrap_or("");
            if let Err(e) = get(t, &format!("/apis/apps/v1/namespaces/{}/daemonsets/{}", ns, name)) {
                if e.is_not_found() && self.opts.force {
                    return Status::warning(true, &e.message);
                }
                return Status::error(&e.message);
            }
            if !self.opts.ignore_daemonsets {
                return Status::error(DAEMONSET_FATAL);
            }
            return Status::warning(false, DAEMONSET_WARNING);
        }
        // mirrorPodFilter
        if meta["annotations"]["kubernetes.io/config.mirror"].is_string() {
            return Status { delete: false, reason: Reason::Skip, message: String::new() };
        }
        // localStorageFilter (its "deleting Pods with local storage" warning is replaced by the
        // next filter's verdict, as upstream's TODO says).
        let local = pod["spec"]["volumes"].as_array().into_iter().flatten().any(|v| v.get("emptyDir").is_some_and(|e| !e.is_null()));
        if local && !finished && !self.opts.delete_emptydir {
            return Status::error(LOCAL_STORAGE_FATAL);
        }
        // unreplicatedFilter
        if finished || controller.is_some() {
            return Status::okay();
        }
        if self.opts.force {
            return Status::warning(true, UNMANAGED_WARNING);
        }
        Status::error(UNMANAGED_FATAL)
    }

    /// `GetPodsForDeletion`: every pod on the node with its verdict, or the errors.
    fn pods_for_deletion(&self, t: &mut dyn Transport, node: &str, now_ms: u64) -> (Option<Vec<(PodRef, Status)>>, Vec<GoErr>) {
        let mut req = Request::new(Method::Get, "/api/v1/pods").with_header("Accept", "application/json").with_query("fieldSelector", format!("spec.nodeName={}", node));
        if !self.opts.pod_selector.is_empty() {
            req = req.with_query("labelSelector", self.opts.pod_selector.clone());
        }
        let resp = t.round_trip(req);
        if !resp.is_success() {
            return (None, vec![GoErr::api(&StatusError::from_body(resp.code, &resp.body))]);
        }
        let list: Value = serde_json::from_str(&resp.body).unwrap_or(Value::Null);
        let items: Vec<(PodRef, Status)> = list["items"].as_array().into_iter().flatten().map(|p| (PodRef::from_json(p), self.filter(t, p, now_ms))).collect();
        let errs: Vec<GoErr> = grouped(&items, Reason::Error).into_iter().map(|(m, pods)| GoErr::plain(format!("cannot delete {}: {}", m, pods.join(", ")))).collect();
        (Some(items), errs)
    }

    /// Starts a node: its pods, the warnings, then evictions or deletions. A node that is
    /// already over (an error, a client dry run, nothing to do) comes back as its result.
    fn start_node(&mut self, t: &mut dyn Transport, node: &str, now: u64, out: &mut Output) -> Result<Option<NodeRun>, (NodeErr, bool)> {
        let (list, errs) = self.pods_for_deletion(t, node, now);
        if !errs.is_empty() {
            return Err((NodeErr { aggregate: true, items: errs }, false));
        }
        let list = list.unwrap_or_default();
        let warnings: Vec<String> = grouped(&list, Reason::Warning).into_iter().map(|(m, pods)| format!("{}: {}", m, pods.join(", "))).collect();
        if !warnings.is_empty() {
            out.err(format!("Warning: {}\n", warnings.join("; ")));
        }
        let pods: Vec<PodRef> = list.into_iter().filter(|(_, s)| s.delete).map(|(p, _)| p).collect();
        if self.opts.dry == DryRun::Client {
            for p in &pods {
                out.out(format!("evicting pod {}/{} (dry run)\n", p.ns, p.name));
            }
            return Ok(None);
        }
        if pods.is_empty() {
            return Ok(None);
        }
        let mut eviction = false;
        if !self.opts.disable_eviction {
            match get(t, "/api/v1") {
                Ok(v) => {
                    eviction = v["resources"].as_array().into_iter().flatten().any(|r| {
                        r["name"] == "pods/eviction" && r["kind"] == "Eviction" && r["group"].as_str().is_some_and(|g| !g.is_empty()) && r["version"].as_str().is_some_and(|v| !v.is_empty())
                    })
                }
                Err(e) => return Err((NodeErr::single(GoErr::api(&e)), true)),
            }
        }
        let deadline = (self.opts.timeout_ms > 0).then(|| now + self.opts.timeout_ms);
        let mut run = NodeRun { name: node.to_string(), eviction, tasks: Vec::new(), deadline, errors: Vec::new(), failed: None };
        if eviction {
            run.tasks = pods.into_iter().map(|p| Task { uid: p.uid.clone(), pod: p, step: Step::Evict(now) }).collect();
            return Ok(Some(run));
        }
        // deletePods: every DELETE first; any failure but NotFound ends the node.
        let mut body = json!({"kind": "DeleteOptions", "apiVersion": "v1"});
        if self.opts.grace >= 0 {
            body["gracePeriodSeconds"] = Value::from(self.opts.grace);
        }
        for p in &pods {
            let mut req = Request::new(Method::Delete, p.path()).with_header("Content-Type", "application/json").with_body(body.to_string());
            if self.opts.dry == DryRun::Server {
                req = req.with_query("dryRun", "All");
            }
            let resp = t.round_trip(req);
            if !resp.is_success() {
                let e = StatusError::from_body(resp.code, &resp.body);
                if !e.is_not_found() {
                    return Err((NodeErr::single(GoErr::api(&e)), true));
                }
            }
        }
        if self.opts.dry == DryRun::Server {
            return Ok(None);
        }
        run.tasks = pods.into_iter().map(|p| Task { uid: p.uid.clone(), pod: p, step: Step::Wait(now) }).collect();
        Ok(Some(run))
    }

    /// Advances the current node's pods to `now`.
    fn step(&self, run: &mut NodeRun, t: &mut dyn Transport, now: u64, out: &mut Output) {
        let server_dry = self.opts.dry == DryRun::Server;
        let due: Vec<usize> = (0..run.tasks.len()).filter(|i| matches!(run.tasks[*i].step, Step::Evict(at) if at <= now)).collect();
        for i in &due {
            let p = &run.tasks[*i].pod;
            out.out(format!("evicting pod {}/{}{}\n", p.ns, p.name, if server_dry { " (server dry run)" } else { "" }));
        }
        for i in due {
            let task = &mut run.tasks[i];
            let (ns, name) = (task.pod.ns.clone(), task.pod.name.clone());
            if run.deadline.is_some_and(|d| now >= d) {
                run.errors.push(GoErr::plain(format!("error when evicting pods/{:?} -n {:?}: global timeout reached: {}", name, ns, go_duration(self.opts.timeout_ms))));
                task.step = Step::Done;
                continue;
            }
            let mut opts = json!({});
            if self.opts.grace >= 0 {
                opts["gracePeriodSeconds"] = Value::from(self.opts.grace);
            }
            if server_dry {
                opts["dryRun"] = json!(["All"]);
            }
            let body = json!({"kind": "Eviction", "apiVersion": "policy/v1", "metadata": {"name": name, "namespace": ns}, "deleteOptions": opts});
            let resp = t.round_trip(Request::new(Method::Post, format!("{}/eviction", task.pod.path())).with_header("Content-Type", "application/json").with_body(body.to_string()));
            if resp.is_success() {
                task.step = if server_dry { Step::Done } else { Step::Wait(now) };
                continue;
            }
            let e = StatusError::from_body(resp.code, &resp.body);
            let terminating_ns = e.reason == "Forbidden" && e.details["causes"].as_array().into_iter().flatten().any(|c| c["reason"] == "NamespaceTerminating");
            if e.is_not_found() {
                task.step = Step::Done;
                continue;
            } else if e.reason == "TooManyRequests" {
                out.err(format!("error when evicting pods/{:?} -n {:?} (will retry after {}): {}\n", name, ns, go_duration(RETRY_MS), e.message));
            } else if terminating_ns && task.pod.deletion.is_some() {
                task.step = Step::Wait(now);
                continue;
            } else if terminating_ns {
                out.err(format!("error when evicting pod {:?} from terminating namespace {:?} (will retry after {}): {}\n", name, ns, go_duration(RETRY_MS), e.message));
            } else {
                run.errors.push(GoErr::plain(format!("error when evicting pods/{:?} -n {:?}: {}", name, ns, e.message)));
                task.step = Step::Done;
                continue;
            }
            // Retry with the pod as it is now.
            if let Ok(fresh) = get(t, &task.pod.path()) {
                let f = PodRef::from_json(&fresh);
                task.uid = f.uid.clone();
                task.pod.deletion = f.deletion;
            }
            task.step = Step::Evict(now + RETRY_MS);
        }
        self.wait_for_delete(run, t, now, out);
    }

    /// `waitForDelete`: pods whose poll is due (or whose time ran out).
    fn wait_for_delete(&self, run: &mut NodeRun, t: &mut dyn Transport, now: u64, out: &mut Output) {
        let expired = run.deadline.is_some_and(|d| now >= d);
        let verb = if run.eviction { "evicted" } else { "deleted" };
        for i in 0..run.tasks.len() {
            if run.failed.is_some() {
                break;
            }
            let Step::Wait(at) = run.tasks[i].step else { continue };
            if at > now && !expired {
                continue;
            }
            let task = &mut run.tasks[i];
            if expired {
                if run.eviction {
                    run.errors.push(GoErr::plain(format!("error when waiting for pod {:?} in namespace {:?} to terminate: context deadline exceeded", task.pod.name, task.pod.ns)));
                    task.step = Step::Done;
                    continue;
                }
                run.failed = Some(GoErr::plain("context deadline exceeded"));
                break;
            }
            match get(t, &task.pod.path()) {
                Err(e) if e.is_not_found() => {
                    out.out(format!("pod/{} {}\n", task.pod.name, verb));
                    task.step = Step::Done;
                }
                Ok(p) if p["metadata"]["uid"].as_str().unwrap_or("") != task.uid => {
                    out.out(format!("pod/{} {}\n", task.pod.name, verb));
                    task.step = Step::Done;
                }
                Err(e) => {
                    out.out(format!("pod/{} {} failed\n", task.pod.name, if run.eviction { "eviction" } else { "deletion" }));
                    task.step = Step::Done;
                    if run.eviction {
                        run.errors.push(GoErr::plain(format!("error when waiting for pod {:?} in namespace {:?} to terminate: {}", task.pod.name, task.pod.ns, e.message)));
                    } else {
                        run.failed = Some(GoErr::api(&e));
                    }
                }
                Ok(p) => {
                    if self.should_skip(p["metadata"]["deletionTimestamp"].as_str(), now) {
                        out.out(format!("pod {:?} has DeletionTimestamp older than {} seconds, skipping\n", task.pod.name, self.opts.skip_wait));
                        task.step = Step::Done;
                    } else {
                        task.step = Step::Wait(now + POLL_MS);
                    }
                }
            }
        }
    }

    /// A node is over: `node/X drained`, or the error lines and the pods still there.
    fn node_done(&mut self, t: &mut dyn Transport, node: &str, result: Result<(), (NodeErr, bool)>, now: u64, out: &mut Output) {
        match result {
            Ok(()) => out.out(format!("node/{} drained{}\n", node, self.opts.dry.suffix())),
            Err((err, from_delete)) => {
                if from_delete {
                    let (list, new_errs) = self.pods_for_deletion(t, node, now);
                    let pending: Vec<PodRef> = list.into_iter().flatten().filter(|(_, s)| s.delete).map(|(p, _)| p).collect();
                    if !pending.is_empty() {
                        out.err(format!("There are pending pods in node {:?} when an error occurred: {}\n", node, err.text()));
                        for p in pending {
                            out.err(format!("pod/{}\n", p.name));
                        }
                    }
                    if !new_errs.is_empty() {
                        let agg = NodeErr { aggregate: true, items: new_errs };
                        out.err(format!("Following errors occurred while getting the list of pods to delete:\n{}", agg.text()));
                    }
                }
                out.err(format!("error: unable to drain node {:?} due to error: {}, continuing command...\n", node, err.text()));
                self.fatal.push(err);
                self.remaining.push(node.to_string());
            }
        }
    }

    /// Runs the drain as far as it goes at `now`; true once the command is over.
    pub fn poll(&mut self, t: &mut dyn Transport, now: u64, out: &mut Output) -> bool {
        loop {
            let Some(mut run) = self.current.take() else {
                let Some(node) = self.nodes.get(self.next).cloned() else {
                    self.finish(out);
                    return true;
                };
                self.next += 1;
                match self.start_node(t, &node, now, out) {
                    Ok(Some(run)) => self.current = Some(run),
                    Ok(None) => self.node_done(t, &node, Ok(()), now, out),
                    Err(e) => self.node_done(t, &node, Err(e), now, out),
                }
                continue;
            };
            self.step(&mut run, t, now, out);
            let over = run.failed.is_some() || run.tasks.iter().all(|t| t.step == Step::Done);
            if !over {
                self.current = Some(run);
                return false;
            }
            let result = match (run.failed.take(), run.errors.is_empty()) {
                (Some(e), _) => Err((NodeErr::single(e), true)),
                (None, false) => Err((NodeErr { aggregate: true, items: std::mem::take(&mut run.errors) }, true)),
                (None, true) => Ok(()),
            };
            self.node_done(t, &run.name, result, now, out);
        }
    }

    /// `RunDrain`'s end: the nodes left, then the errors as `CheckErr` prints them.
    fn finish(&mut self, out: &mut Output) {
        if !self.remaining.is_empty() {
            let mut s = String::from("There are pending nodes to be drained:\n");
            for n in &self.remaining {
                s.push_str(&format!(" {}\n", n));
            }
            out.err(s);
        }
        match self.fatal.len() {
            0 => {}
            1 => out.fail(self.fatal[0].check_err()),
            _ => out.fail(self.fatal.iter().map(|e| format!("{}\n", if e.aggregate || e.items.len() != 1 { e.text() } else { e.items[0].line() })).collect::<String>()),
        }
    }
}

pub fn run(kubectl: &mut Kubectl, mut inv: Invocation, out: &mut Output) {
    let Some(p) = parse_flags("drain", &inv.args, FLAGS, out) else { return };
    let Ok(grace) = super::scale::int_flag(&p, "grace-period", "drain", out) else { return };
    let Ok(skip_wait) = super::scale::int_flag(&p, "skip-wait-for-delete-timeout", "drain", out) else { return };
    let Ok(_) = super::scale::int_flag(&p, "chunk-size", "drain", out) else { return };
    let timeout_ms = match p.value("timeout") {
        None => 0,
        Some(v) => {
            let parsed = if v != "0" && v.parse::<u64>().is_ok() { Err(format!("time: missing unit in duration {:?}", v)) } else { crate::sim::clock::parse_duration(v) };
            match parsed {
                Ok(d) => d.as_millis() as u64,
                Err(e) => return out.fail(format!("error: invalid argument {:?} for \"--timeout\" flag: {}\nSee 'kubectl drain --help' for usage.\n", v, e)),
            }
        }
    };
    if p.has("delete-local-data") {
        out.err("Flag --delete-local-data has been deprecated, This option is deprecated and will be deleted. Use --delete-emptydir-data.\n");
    }
    if p.positionals.is_empty() && !p.has("selector") {
        return out.fail(usage_error("drain", "USAGE: drain NODE [flags]"));
    }
    if !p.positionals.is_empty() && p.value("selector").is_some_and(|s| !s.is_empty()) {
        return out.fail(usage_error("drain", "error: cannot specify both a node name and a --selector option"));
    }
    let dry = match DryRun::parse(&p) {
        Ok(d) => d,
        Err(e) => return out.fail(e),
    };
    let pod_selector = p.value("pod-selector").unwrap_or("").to_string();
    if !pod_selector.is_empty() && Selector::parse(&pod_selector).is_err() {
        return out.fail("error: --pod-selector=<pod_selector> must be a valid label selector\n");
    }
    let ns = p.value("namespace").map(str::to_string).unwrap_or_else(|| kubectl.namespace.clone());
    let nodes = match resolve_nodes(kubectl, &mut inv, &p.positionals, p.value("selector"), &ns) {
        Ok(n) => n,
        Err(e) => return out.fail(e),
    };
    cordon_nodes(&mut inv, &nodes, true, dry, out);
    let opts = Opts {
        force: p.bool("force"),
        ignore_daemonsets: p.bool("ignore-daemonsets"),
        delete_emptydir: p.bool("delete-emptydir-data") || p.bool("delete-local-data"),
        grace: grace.unwrap_or(-1),
        timeout_ms,
        pod_selector,
        disable_eviction: p.bool("disable-eviction"),
        skip_wait: skip_wait.unwrap_or(0),
        dry,
    };
    let mut d = DrainFollow {
        opts,
        nodes: nodes.iter().map(|n| n["metadata"]["name"].as_str().unwrap_or("").to_string()).collect(),
        next: 0,
        current: None,
        fatal: Vec::new(),
        remaining: Vec::new(),
        unix_offset_ms: kubectl.now_unix_ms - kubectl.now_sim_ms as i64,
    };
    if !d.poll(inv.transport, kubectl.now_sim_ms, out) {
        out.wait.push(WaitFor::Follow(Follow::Kubectl(Box::new(Following::Drain(Box::new(d))))));
    }
}
