//! `kubectl logs (POD | TYPE/NAME | -l SELECTOR)`: the `pods/log` subresource, as upstream's
//! `LogsOptions` drives it — the default container (the `kubectl.kubernetes.io/default-container`
//! annotation, else the first) with the "Defaulted container" note, `--all-containers`,
//! `--prefix`, `--previous`, `--tail` (10 by default with a selector), `--since`,
//! `--since-time`, `--timestamps`, `--limit-bytes`; a workload resolves to one of its pods
//! ("Found 3 pods, using pod/…").

use super::errors::{plain, StatusError};
use super::flags::{flag, Kind as F};
use super::{parse_flags, Invocation, Kubectl, Output};
use crate::apiserver::http::{encode, Method, Request};
use serde_json::Value;


const FLAGS: &[super::flags::Flag] = &[
    flag("all-containers", None, F::Bool),
    flag("all-pods", None, F::Bool),
    flag("container", Some('c'), F::Value),
    flag("follow", Some('f'), F::Bool),
    flag("ignore-errors", None, F::Bool),
    flag("insecure-skip-tls-verify-backend", None, F::Bool),
    flag("limit-bytes", None, F::Value),
    flag("max-log-requests", None, F::Value),
    flag("pod-running-timeout", None, F::Value),
    flag("prefix", None, F::Bool),
    flag("previous", Some('p'), F::Bool),
    flag("selector", Some('l'), F::Value),
    flag("since", None, F::Value),
    flag("since-time", None, F::Value),
    flag("tail", None, F::Value),
    flag("timestamps", None, F::Bool),
    flag("help", Some('h'), F::Bool),
];

pub(super) fn get(inv: &mut Invocation, path: &str) -> Result<Value, String> {
    let resp = inv.transport.round_trip(Request::from_target(Method::Get, path).with_header("Accept", "application/json"));
    if !resp.is_success() {
        return Err(StatusError::from_body(resp.code, &resp.body).render());
    }
    Ok(serde_json::from_str(&resp.body).unwrap_or(Value::Null))
}

/// A label selector (`matchLabels`/`matchExpressions`, or a Service's map) as query text.
fn selector_text(sel: &Value) -> String {
    let map = if sel.get("matchLabels").is_some() || sel.get("matchExpressions").is_some() { &sel["matchLabels"] } else { sel };
    let mut parts: Vec<String> = map.as_object().into_iter().flatten().map(|(k, v)| format!("{}={}", k, v.as_str().unwrap_or(""))).collect();
    for e in sel["matchExpressions"].as_array().into_iter().flatten() {
        let key = e["key"].as_str().unwrap_or("");
        let vals: Vec<&str> = e["values"].as_array().into_iter().flatten().filter_map(Value::as_str).collect();
        parts.push(match e["operator"].as_str().unwrap_or("") {
            "In" => format!("{} in ({})", key, vals.join(",")),
            "NotIn" => format!("{} notin ({})", key, vals.join(",")),
            "Exists" => key.to_string(),
            _ => format!("!{}", key),
        });
    }
    parts.join(",")
}

/// `podutils.ByLogging`: assigned, running, ready, restarted more, older first.
fn logging_order(pods: &mut [Value]) {
    crate::api::order::sort_by_key(pods, |p| {
        let phase = p["status"]["phase"].as_str().unwrap_or("");
        let rank = match phase {
            "Running" => 0,
            "Unknown" => 1,
            "Pending" => 2,
            _ => 3,
        };
        let ready = p["status"]["conditions"].as_array().into_iter().flatten().any(|c| c["type"] == "Ready" && c["status"] == "True");
        let restarts: i64 = p["status"]["containerStatuses"].as_array().into_iter().flatten().filter_map(|c| c["restartCount"].as_i64()).sum();
        let created = p["metadata"]["creationTimestamp"].as_str().unwrap_or("~").to_string();
        (p["spec"]["nodeName"].as_str().is_none_or(str::is_empty), rank, !ready, -restarts, created)
    });
}

/// `--since=1h` → seconds.
fn since_seconds(s: &str) -> Result<i64, String> {
    let d = crate::sim::clock::parse_duration(s).map_err(|_| format!("invalid argument {:?} for \"--since\" flag: time: invalid duration {:?}", s, s))?;
    Ok(d.as_secs().max(1) as i64)
}

pub fn run(kubectl: &mut Kubectl, mut inv: Invocation, out: &mut Output) {
    let Some(p) = parse_flags("logs", &inv.args, FLAGS, out) else { return };
    let ns = p.value("namespace").map(str::to_string).unwrap_or_else(|| kubectl.namespace.clone());
    let selector = p.value("selector").filter(|s| !s.is_empty()).map(str::to_string);
    let usage = "error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command\nSee 'kubectl logs -h' for help and examples\n";
    match (&selector, p.positionals.len()) {
        (None, 0) => return out.fail(usage),
        (Some(_), n) if n > 0 => return out.fail("error: only a selector (-l) or a POD name is allowed\nSee 'kubectl logs -h' for help and examples\n"),
        (None, n) if n > 2 => return out.fail(usage),
        _ => {}
    }
    let mut query: Vec<(String, String)> = Vec::new();
    if p.bool("previous") {
        query.push(("previous".into(), "true".into()));
    }
    if p.bool("timestamps") {
        query.push(("timestamps".into(), "true".into()));
    }
    let tail: i64 = match p.value("tail").map(|t| t.parse::<i64>()) {
        Some(Ok(t)) => t,
        Some(Err(_)) => return out.fail(format!("error: invalid argument {:?} for \"--tail\" flag: strconv.ParseInt: parsing {:?}: invalid syntax\nSee 'kubectl logs --help' for usage.\n", p.value("tail").unwrap_or(""), p.value("tail").unwrap_or(""))),
        None if selector.is_some() => 10,
        None => -1,
    };
    if tail >= 0 {
        query.push(("tailLines".into(), tail.to_string()));
    }
    match p.value("limit-bytes").map(|v| v.parse::<i64>()) {
        Some(Ok(n)) if n > 0 => query.push(("limitBytes".into(), n.to_string())),
        Some(Ok(0)) | None => {}
        _ => return out.fail("error: --limit-bytes must be greater than 0\n"),
    }
    if let (Some(_), Some(_)) = (p.value("since").filter(|s| !s.is_empty() && *s != "0s"), p.value("since-time").filter(|s| !s.is_empty())) {
        return out.fail("error: at most one of `sinceTime` or `sinceSeconds` may be specified\n");
    }
    if let Some(s) = p.value("since").filter(|s| !s.is_empty() && *s != "0s") {
        match since_seconds(s) {
            Ok(n) => query.push(("sinceSeconds".into(), n.to_string())),
            Err(e) => return out.fail(format!("error: {}\nSee 'kubectl logs --help' for usage.\n", e)),
        }
    }
    let result = (|| -> Result<(), String> {
        // The pods to read: one named pod, one pod of a workload, or every pod the selector picks.
        let (pods, from_selector) = if let Some(sel) = &selector {
            let list = get(&mut inv, &format!("/api/v1/namespaces/{}/pods?labelSelector={}", ns, encode(sel)))?;
            let mut items = super::list_items(&list);
            if items.is_empty() {
                out.err(format!("No resources found in {} namespace.\n", ns));
            }
            logging_order(&mut items);
            (items, true)
        } else {
            let all = p.bool("all-pods");
            (pods_of(kubectl, &mut inv, &ns, &p.positionals[0], all, "get the logs from", out)?, all)
        };
        let prefix = p.bool("prefix") || p.bool("all-pods");
        for pod in &pods {
            let name = pod["metadata"]["name"].as_str().unwrap_or("");
            let containers: Vec<String> = pod["spec"]["containers"].as_array().into_iter().flatten().filter_map(|c| c["name"].as_str().map(str::to_string)).collect();
            let inits: Vec<String> = pod["spec"]["initContainers"].as_array().into_iter().flatten().filter_map(|c| c["name"].as_str().map(str::to_string)).collect();
            let wanted: Vec<String> = if p.bool("all-containers") {
                inits.iter().chain(&containers).cloned().collect()
            } else if let Some(c) = p.value("container").filter(|c| !c.is_empty()) {
                vec![c.to_string()]
            } else {
                vec![default_container(pod, from_selector, out)]
            };
            for c in wanted {
                let mut req = Request::new(Method::Get, format!("/api/v1/namespaces/{}/pods/{}/log", ns, name)).with_query("container", c.clone());
                for (k, v) in &query {
                    req = req.with_query(k, v.clone());
                }
                if p.bool("follow") {
                    // One stream per container, read as the cluster runs (until Ctrl-C, or the
                    // container stops).
                    match inv.transport.open_stream(req.with_query("follow", "true")) {
                        Ok(stream) => {
                            let label = prefix.then(|| format!("[pod/{}/{}]", name, c));
                            let mut f = super::exec::ExecFollow { stream, prompt: None, prefix: label };
                            if !f.poll(inv.transport, out) {
                                out.wait.push(super::WaitFor::Follow(super::Follow::Kubectl(Box::new(super::Following::Exec(f)))));
                            }
                        }
                        Err(resp) => {
                            let e = StatusError::from_body(resp.code, &resp.body).render();
                            if !p.bool("ignore-errors") {
                                return Err(e);
                            }
                            out.err(e);
                        }
                    }
                    continue;
                }
                let resp = inv.transport.round_trip(req);
                if !resp.is_success() {
                    let e = StatusError::from_body(resp.code, &resp.body).render();
                    if p.bool("ignore-errors") {
                        out.err(e);
                        continue;
                    }
                    return Err(e);
                }
                if prefix {
                    for line in resp.body.lines() {
                        out.out(format!("[pod/{}/{}] {}\n", name, c, line));
                    }
                } else {
                    out.out(resp.body);
                }
            }
        }
        Ok(())
    })();
    if let Err(e) = result {
        out.fail(e);
    }
}

/// The pods a `POD` or `TYPE/NAME` argument names (`polymorphichelpers.AttachablePodForObject`):
/// the pod itself, or a workload's pods in logging order; one of them (with "Found N pods")
/// unless `all` is asked for. `what` completes "cannot …" for an object that selects nothing.
pub(super) fn pods_of(kubectl: &mut Kubectl, inv: &mut Invocation, ns: &str, arg: &str, all: bool, what: &str, out: &mut Output) -> Result<Vec<Value>, String> {
    let (kind, name) = match arg.split_once('/') {
        Some((k, n)) => (k.to_string(), n.to_string()),
        None => ("pods".to_string(), arg.to_string()),
    };
    let Some(res) = kubectl.discovery(inv.transport).resolve(&kind).cloned() else {
        return Err(format!("error: the server doesn't have a resource type \"{}\"\n", kind));
    };
    let obj = get(inv, &format!("{}/{}", res.collection_path(Some(ns)), name))?;
    if res.kind == "Pod" {
        return Ok(vec![obj]);
    }
    let sel = &obj["spec"]["selector"];
    if sel.is_null() {
        return Err(plain(&format!("cannot {} {}", what, res.kind.to_ascii_lowercase())));
    }
    let list = get(inv, &format!("/api/v1/namespaces/{}/pods?labelSelector={}", ns, encode(&selector_text(sel))))?;
    let mut items = super::list_items(&list);
    if items.is_empty() {
        return Err(plain("timed out waiting for the condition"));
    }
    logging_order(&mut items);
    if items.len() > 1 && !all {
        out.err(format!("Found {} pods, using pod/{}\n", items.len(), items[0]["metadata"]["name"].as_str().unwrap_or("")));
        items.truncate(1);
    }
    Ok(items)
}

/// How active a pod is, in `podutils.ActivePods` order (greater is more active): on a node,
/// its phase (Pending, Unknown, Running), ready, ready the longest, restarted the least, oldest.
/// RFC 3339 times compare as text; a missing one counts as the newest.
fn activity(pod: &Value) -> (bool, u8, bool, std::cmp::Reverse<String>, std::cmp::Reverse<i64>, std::cmp::Reverse<String>) {
    let assigned = pod["spec"]["nodeName"].as_str().is_some_and(|n| !n.is_empty());
    let phase = match pod["status"]["phase"].as_str() {
        Some("Running") => 2,
        Some("Unknown") => 1,
        _ => 0,
    };
    let ready = pod["status"]["conditions"].as_array().into_iter().flatten().find(|c| c["type"] == "Ready");
    let is_ready = ready.is_some_and(|c| c["status"] == "True");
    let since = if is_ready { ready.and_then(|c| c["lastTransitionTime"].as_str()).unwrap_or("~").to_string() } else { String::new() };
    let restarts = pod["status"]["containerStatuses"].as_array().into_iter().flatten().filter_map(|c| c["restartCount"].as_i64()).max().unwrap_or(0);
    let created = pod["metadata"]["creationTimestamp"].as_str().unwrap_or("~").to_string();
    (assigned, phase, is_ready, std::cmp::Reverse(since), std::cmp::Reverse(restarts), std::cmp::Reverse(created))
}

/// `polymorphichelpers.AttachablePodForObject` (exec, attach, port-forward): the pod itself, or
/// of a workload's or Service's pods the most active one (`GetFirstPod` with
/// `sort.Reverse(podutils.ActivePods)`), without logs' "Found N pods" note.
pub(super) fn attachable_pod(kubectl: &mut Kubectl, inv: &mut Invocation, ns: &str, arg: &str, what: &str, out: &mut Output) -> Result<Option<Value>, String> {
    let mut pods = pods_of(kubectl, inv, ns, arg, true, what, out)?;
    crate::api::order::sort_by(&mut pods, |a, b| activity(b).cmp(&activity(a)));
    Ok((!pods.is_empty()).then(|| pods.swap_remove(0)))
}

/// The container to use when none is named (`podcmd.FindOrDefaultContainerByName`): the
/// `kubectl.kubernetes.io/default-container` annotation's, else the first, with the
/// "Defaulted container" note on stderr when there was a choice (unless `quiet`).
pub(super) fn default_container(pod: &Value, quiet: bool, out: &mut Output) -> String {
    let names = |field: &str| -> Vec<String> { pod["spec"][field].as_array().into_iter().flatten().filter_map(|c| c["name"].as_str().map(str::to_string)).collect() };
    let (containers, inits, ephemeral) = (names("containers"), names("initContainers"), names("ephemeralContainers"));
    let annotated = pod["metadata"]["annotations"]["kubectl.kubernetes.io/default-container"].as_str().filter(|a| containers.iter().any(|c| c == a));
    let chosen = annotated.map(str::to_string).or_else(|| containers.first().cloned()).unwrap_or_default();
    if containers.len() + inits.len() + ephemeral.len() > 1 && annotated.is_none() && !quiet {
        let mut all: Vec<String> = containers.clone();
        all.extend(ephemeral.iter().map(|e| format!("{} (ephem)", e)));
        all.extend(inits.iter().map(|i| format!("{} (init)", i)));
        out.err(format!("Defaulted container {:?} out of: {}\n", chosen, all.join(", ")));
    }
    chosen
}
