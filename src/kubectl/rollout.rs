//! `kubectl rollout status|history|undo|restart|pause|resume` for Deployments, DaemonSets and
//! StatefulSets. `status` lists the object, then reads a watch on it and prints the status
//! viewer's line for every change until the rollout is done; the others patch the object.

use super::builder::{self, Target};
use super::errors::{plain, StatusError};
use super::flags::{flag, Kind as F};
use super::{parse_flags, Follow, Following, Invocation, Kubectl, Output, Transport, WaitFor};
use crate::apiserver::http::{Method, Request};
use serde_json::Value;
use crate::json;


const REVISION: &str = "deployment.kubernetes.io/revision";
const CHANGE_CAUSE: &str = "kubernetes.io/change-cause";
const HASH_LABEL: &str = "pod-template-hash";

pub fn run(kubectl: &mut Kubectl, inv: Invocation, out: &mut Output) {
    let Some(pos) = super::find_verb(&inv.args) else {
        out.out(super::help::text("rollout").unwrap_or_default());
        out.exit_code = 1;
        return;
    };
    let sub = inv.args[pos].clone();
    let mut args = inv.args.clone();
    args.remove(pos);
    let inv = Invocation { args, ..inv };
    match sub.as_str() {
        "status" => status(kubectl, inv, out),
        "history" => history(kubectl, inv, out),
        "undo" => undo(kubectl, inv, out),
        "restart" | "pause" | "resume" => patch_verb(kubectl, inv, out, &sub),
        other => out.fail(format!("error: unknown command {:?}\nSee 'kubectl rollout -h' for help and examples\n", other)),
    }
}

/// Common start: flags, then the named targets (at least one).
fn targets(kubectl: &mut Kubectl, inv: &mut Invocation, out: &mut Output, verb: &str, flags: &[super::flags::Flag]) -> Option<(super::flags::Parsed, Vec<Target>)> {
    let p = parse_flags(&format!("rollout {}", verb), &inv.args, flags, out)?;
    if p.positionals.is_empty() && p.values("filename").is_empty() {
        out.fail("error: required resource not specified\n");
        return None;
    }
    let ns = p.value("namespace").map(str::to_string).unwrap_or_else(|| kubectl.namespace.clone());
    match builder::named_targets(kubectl, inv, &p.positionals, &ns) {
        Ok(t) => Some((p, t)),
        Err(e) => {
            out.fail(plain(&e));
            None
        }
    }
}

fn kind_supported(t: &Target) -> bool {
    t.resource.group == "apps" && matches!(t.resource.kind.as_str(), "Deployment" | "DaemonSet" | "StatefulSet")
}

fn group_kind(t: &Target) -> String {
    if t.resource.group.is_empty() {
        t.resource.kind.clone()
    } else {
        format!("{}.{}", t.resource.kind, t.resource.group)
    }
}

fn i64_at(v: &Value, ptr: &str) -> i64 {
    v.pointer(ptr).and_then(Value::as_i64).unwrap_or(0)
}

/// The status viewers: (line, done) or an error.
pub fn status_line(kind: &str, obj: &Value, revision: i64) -> Result<(String, bool), String> {
    let name = obj["metadata"]["name"].as_str().unwrap_or("");
    let generation = i64_at(obj, "/metadata/generation");
    let observed = i64_at(obj, "/status/observedGeneration");
    match kind {
        "Deployment" => {
            if revision > 0 {
                let rev: i64 = obj.pointer(&format!("/metadata/annotations/{}", REVISION.replace('/', "~1"))).and_then(Value::as_str).and_then(|s| s.parse().ok()).unwrap_or(0);
                if rev != revision {
                    return Err(format!("desired revision ({}) is different from the running revision ({})", revision, rev));
                }
            }
            if generation > observed {
                return Ok(("Waiting for deployment spec update to be observed...\n".into(), false));
            }
            let timed_out = obj["status"]["conditions"].as_array().into_iter().flatten().any(|c| c["type"] == "Progressing" && c["reason"] == "ProgressDeadlineExceeded");
            if timed_out {
                return Err(format!("deployment {:?} exceeded its progress deadline", name));
            }
            let want = obj["spec"]["replicas"].as_i64();
            let updated = i64_at(obj, "/status/updatedReplicas");
            let replicas = i64_at(obj, "/status/replicas");
            let available = i64_at(obj, "/status/availableReplicas");
            if let Some(w) = want.filter(|w| updated < *w) {
                return Ok((format!("Waiting for deployment {:?} rollout to finish: {} out of {} new replicas have been updated...\n", name, updated, w), false));
            }
            if replicas > updated {
                return Ok((format!("Waiting for deployment {:?} rollout to finish: {} old replicas are pending termination...\n", name, replicas - updated), false));
            }
            if available < updated {
                return Ok((format!("Waiting for deployment {:?} rollout to finish: {} of {} updated replicas are available...\n", name, available, updated), false));
            }
            Ok((format!("deployment {:?} successfully rolled out\n", name), true))
        }
        "DaemonSet" => {
            if obj["spec"]["updateStrategy"]["type"].as_str().unwrap_or("RollingUpdate") != "RollingUpdate" {
                return Err("rollout status is only available for RollingUpdate strategy type".into());
            }
            if generation > observed {
                return Ok(("Waiting for daemon set spec update to be observed...\n".into(), false));
            }
            let desired = i64_at(obj, "/status/desiredNumberScheduled");
            let updated = i64_at(obj, "/status/updatedNumberScheduled");
            let available = i64_at(obj, "/status/numberAvailable");
            if updated < desired {
                return Ok((format!("Waiting for daemon set {:?} rollout to finish: {} out of {} new pods have been updated...\n", name, updated, desired), false));
            }
            if available < desired {
                return Ok((format!("Waiting for daemon set {:?} rollout to finish: {} of {} updated pods are available...\n", name, available, desired), false));
            }
            Ok((format!("daemon set {:?} successfully rolled out\n", name), true))
        }
        "StatefulSet" => {
            let strategy = &obj["spec"]["updateStrategy"];
            if strategy["type"].as_str().unwrap_or("RollingUpdate") != "RollingUpdate" {
                return Err("rollout status is only available for RollingUpdate strategy type".into());
            }
            if observed == 0 || generation > observed {
                return Ok(("Waiting for statefulset spec update to be observed...\n".into(), false));
            }
            let want = obj["spec"]["replicas"].as_i64();
            let ready = i64_at(obj, "/status/readyReplicas");
            if let Some(w) = want.filter(|w| ready < *w) {
                return Ok((format!("Waiting for {} pods to be ready...\n", w - ready), false));
            }
            let updated = i64_at(obj, "/status/updatedReplicas");
            if !strategy["rollingUpdate"].is_null() {
                if let (Some(w), Some(part)) = (want, strategy["rollingUpdate"]["partition"].as_i64()) {
                    if updated < w - part {
                        return Ok((format!("Waiting for partitioned roll out to finish: {} out of {} new pods have been updated...\n", updated, w - part), false));
                    }
                }
                return Ok((format!("partitioned roll out complete: {} new pods have been updated...\n", updated), true));
            }
            let update_rev = obj["status"]["updateRevision"].as_str().unwrap_or("");
            let current_rev = obj["status"]["currentRevision"].as_str().unwrap_or("");
            if update_rev != current_rev {
                return Ok((format!("waiting for statefulset rolling update to complete {} pods at revision {}...\n", updated, update_rev), false));
            }
            Ok((format!("statefulset rolling update complete {} pods at revision {}...\n", i64_at(obj, "/status/currentReplicas"), current_rev), true))
        }
        _ => Err(format!("no status viewer has been implemented for {}", kind)),
    }
}

/// A running `rollout status`: the watch it reads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatusFollow {
    pub stream: u64,
    kind: String,
    revision: i64,
    pub deadline_ms: Option<u64>,
}

impl StatusFollow {
    pub fn poll(&mut self, t: &mut dyn Transport, now_ms: u64, out: &mut Output) -> bool {
        let (lines, closed) = t.read_stream(self.stream);
        for line in lines {
            let ev: Value = serde_json::from_str(&line).unwrap_or(Value::Null);
            match ev["type"].as_str().unwrap_or("") {
                "ADDED" | "MODIFIED" => match status_line(&self.kind, &ev["object"], self.revision) {
                    Ok((text, done)) => {
                        out.out(text);
                        if done {
                            t.close_stream(self.stream);
                            return true;
                        }
                    }
                    Err(e) => {
                        out.fail(plain(&e));
                        t.close_stream(self.stream);
                        return true;
                    }
                },
                "DELETED" => {
                    out.fail("error: object has been deleted\n");
                    t.close_stream(self.stream);
                    return true;
                }
                _ => {}
            }
        }
        if closed {
            return true;
        }
        if self.deadline_ms.is_some_and(|d| now_ms >= d) {
            out.fail("error: timed out waiting for the condition\n");
            t.close_stream(self.stream);
            return true;
        }
        false
    }
}

fn status(kubectl: &mut Kubectl, mut inv: Invocation, out: &mut Output) {
    let flags = [flag("watch", Some('w'), F::Bool), flag("revision", None, F::Value), flag("timeout", None, F::Value), flag("filename", Some('f'), F::Values), flag("selector", Some('l'), F::Value)];
    let Some((p, ts)) = targets(kubectl, &mut inv, out, "status", &flags) else { return };
    let watch = !p.has("watch") || p.bool("watch");
    let revision: i64 = p.value("revision").and_then(|r| r.parse().ok()).unwrap_or(0);
    let timeout = match p.value("timeout").map(crate::sim::clock::parse_duration) {
        Some(Ok(d)) if !d.is_zero() => Some(d),
        Some(Err(e)) => return out.fail(format!("error: invalid argument for \"--timeout\" flag: {}\n", e)),
        _ => None,
    };
    let Some(t) = ts.into_iter().next() else { return };
    // The builder's GET: a missing object is reported before anything else.
    let obj = match builder::fetch(&mut inv, &t) {
        Ok(v) => v,
        Err(e) => return out.fail(e.render()),
    };
    if !kind_supported(&t) {
        return out.fail(format!("error: no status viewer has been implemented for {}\n", group_kind(&t)));
    }
    if revision < 0 {
        return out.fail("error: revision must be a positive integer\n");
    }
    // UntilWithSync: list (by name), print, then watch from the list's revision.
    let selector = format!("metadata.name={}", t.name);
    let list_req = Request::new(Method::Get, t.resource.collection_path(Some(&t.namespace))).with_query("fieldSelector", selector.clone());
    let resp = inv.transport.round_trip(list_req);
    if !resp.is_success() {
        return out.fail(StatusError::from_body(resp.code, &resp.body).render());
    }
    let list: Value = serde_json::from_str(&resp.body).unwrap_or(Value::Null);
    let current = list["items"].as_array().and_then(|i| i.first()).cloned().unwrap_or(obj);
    match status_line(&t.resource.kind, &current, revision) {
        Ok((text, done)) => {
            out.out(text);
            if done || !watch {
                return;
            }
        }
        Err(e) => return out.fail(plain(&e)),
    }
    let rv = list["metadata"]["resourceVersion"].as_str().unwrap_or("").to_string();
    let watch_req = Request::new(Method::Get, t.resource.collection_path(Some(&t.namespace)))
        .with_query("fieldSelector", selector)
        .with_query("resourceVersion", rv)
        .with_query("watch", "true");
    match inv.transport.open_stream(watch_req) {
        Ok(stream) => {
            let deadline_ms = timeout.map(|d| kubectl.now_sim_ms + d.as_millis() as u64);
            let f = StatusFollow { stream, kind: t.resource.kind.clone(), revision, deadline_ms };
            out.wait.push(WaitFor::Follow(Follow::Kubectl(Box::new(Following::RolloutStatus(f)))));
        }
        Err(resp) => out.fail(StatusError::from_body(resp.code, &resp.body).render()),
    }
}

/// The ReplicaSets a Deployment controls (`GetAllReplicaSets`): its selector's matches that
/// name it as their controller.
fn replica_sets(inv: &mut Invocation, t: &Target, deploy: &Value) -> Result<Vec<Value>, StatusError> {
    let uid = deploy["metadata"]["uid"].as_str().unwrap_or("");
    let selector = selector_string(&deploy["spec"]["selector"]);
    let path = format!("/apis/apps/v1/namespaces/{}/replicasets", t.namespace);
    let resp = inv.transport.round_trip(Request::new(Method::Get, path).with_query("labelSelector", selector));
    if !resp.is_success() {
        return Err(StatusError::from_body(resp.code, &resp.body));
    }
    let list: Value = serde_json::from_str(&resp.body).unwrap_or(Value::Null);
    Ok(list["items"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|rs| rs["metadata"]["ownerReferences"].as_array().into_iter().flatten().any(|r| r["controller"] == true && r["uid"] == uid))
        .cloned()
        .collect())
}

/// A LabelSelector as the string form (`app=web,tier in (a,b)`).
fn selector_string(sel: &Value) -> String {
    let mut parts: Vec<String> = sel["matchLabels"].as_object().into_iter().flatten().map(|(k, v)| format!("{}={}", k, v.as_str().unwrap_or(""))).collect();
    for e in sel["matchExpressions"].as_array().into_iter().flatten() {
        let key = e["key"].as_str().unwrap_or("");
        let values: Vec<&str> = e["values"].as_array().into_iter().flatten().filter_map(Value::as_str).collect();
        parts.push(match e["operator"].as_str().unwrap_or("") {
            "In" => format!("{} in ({})", key, values.join(",")),
            "NotIn" => format!("{} notin ({})", key, values.join(",")),
            "Exists" => key.to_string(),
            _ => format!("!{}", key),
        });
    }
    parts.join(",")
}

/// Revisions by number, each with (the object holding the change-cause annotation, the pod
/// template): a vector in number order, not a `BTreeMap<i64, _>` of its own.
type Revisions = Vec<(i64, (Value, Value))>;

/// In number order; of two with one number the later wins, as inserting into a map does.
fn by_number(v: Revisions) -> Revisions {
    crate::api::order::sorted_entries(v)
}

fn numbered<'a>(revs: &'a Revisions, n: i64) -> Option<&'a (i64, (Value, Value))> {
    revs.iter().find(|e| e.0 == n)
}

/// `controlledHistories`: a DaemonSet's or StatefulSet's ControllerRevisions by number, each
/// with the pod template it stores.
fn controller_revisions(inv: &mut Invocation, t: &Target, owner: &Value) -> Result<Revisions, StatusError> {
    let uid = owner["metadata"]["uid"].as_str().unwrap_or("");
    let path = format!("/apis/apps/v1/namespaces/{}/controllerrevisions", t.namespace);
    let resp = inv.transport.round_trip(Request::new(Method::Get, path).with_query("labelSelector", selector_string(&owner["spec"]["selector"])));
    if !resp.is_success() {
        return Err(StatusError::from_body(resp.code, &resp.body));
    }
    let list: Value = serde_json::from_str(&resp.body).unwrap_or(Value::Null);
    let owned = |cr: &&Value| cr["metadata"]["ownerReferences"].as_array().into_iter().flatten().any(|r| r["controller"] == true && r["uid"] == uid);
    Ok(by_number(list["items"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(owned)
        .map(|cr| {
            let mut template = cr["data"]["spec"]["template"].clone();
            if let Some(m) = template.as_object_mut() {
                m.remove("$patch");
            }
            (cr["revision"].as_i64().unwrap_or(0), (cr.clone(), template))
        })
        .collect()))
}

fn revision_of(rs: &Value) -> Option<i64> {
    rs["metadata"]["annotations"][REVISION].as_str().and_then(|s| s.parse().ok())
}

fn history(kubectl: &mut Kubectl, mut inv: Invocation, out: &mut Output) {
    let flags = [flag("revision", None, F::Value), flag("output", Some('o'), F::Value), flag("filename", Some('f'), F::Values), flag("selector", Some('l'), F::Value)];
    let Some((p, ts)) = targets(kubectl, &mut inv, out, "history", &flags) else { return };
    let revision: i64 = p.value("revision").and_then(|r| r.parse().ok()).unwrap_or(0);
    for t in ts {
        let obj = match builder::fetch(&mut inv, &t) {
            Ok(v) => v,
            Err(e) => return out.fail(e.render()),
        };
        if !kind_supported(&t) {
            return out.fail(format!("error: no history viewer has been implemented for {:?}\n", group_kind(&t)));
        }
        // (revision → (object holding the change-cause annotation, pod template)).
        let by_rev: Revisions = if t.resource.kind == "Deployment" {
            match replica_sets(&mut inv, &t, &obj) {
                Ok(rss) => by_number(rss.into_iter().filter_map(|rs| Some((revision_of(&rs)?, (rs.clone(), rs["spec"]["template"].clone())))).collect()),
                Err(e) => return out.fail(e.render()),
            }
        } else {
            match controller_revisions(&mut inv, &t, &obj) {
                Ok(m) => m,
                Err(e) => return out.fail(e.render()),
            }
        };
        if by_rev.is_empty() {
            out.out(format!("{} No rollout history found.\n", t.display()));
            continue;
        }
        if revision > 0 {
            let Some((_, (rs, template))) = numbered(&by_rev, revision) else { return out.fail("error: unable to find the specified revision\n") };
            let mut template = template.clone();
            if let Some(cause) = rs["metadata"]["annotations"][CHANGE_CAUSE].as_str() {
                template["metadata"]["annotations"][CHANGE_CAUSE] = Value::from(cause);
            }
            out.out(format!("{} with revision #{}\n{}\n", t.display(), revision, super::describe::pod_template_text(&template)));
            continue;
        }
        let mut table = String::from("REVISION\tCHANGE-CAUSE\n");
        for (r, (rs, _)) in &by_rev {
            let cause = rs["metadata"]["annotations"][CHANGE_CAUSE].as_str().filter(|c| !c.is_empty()).unwrap_or("<none>");
            table.push_str(&format!("{}\t{}\n", r, cause));
        }
        out.out(format!("{} \n{}\n", t.display(), super::tabwriter::format(&table, 0, 2)));
    }
}

fn undo(kubectl: &mut Kubectl, mut inv: Invocation, out: &mut Output) {
    let flags = [flag("to-revision", None, F::Value), flag("dry-run", None, F::Value), flag("filename", Some('f'), F::Values), flag("selector", Some('l'), F::Value)];
    let Some((p, ts)) = targets(kubectl, &mut inv, out, "undo", &flags) else { return };
    let to_revision: i64 = p.value("to-revision").and_then(|r| r.parse().ok()).unwrap_or(0);
    for t in ts {
        let obj = match builder::fetch(&mut inv, &t) {
            Ok(v) => v,
            Err(e) => return out.fail(e.render()),
        };
        if !kind_supported(&t) {
            return out.fail(format!("error: no rollbacker has been implemented for {:?}\n", group_kind(&t)));
        }
        if to_revision < 0 {
            return out.fail(format!("error: unable to find specified revision {} in history\n", to_revision));
        }
        if t.resource.kind != "Deployment" {
            if let Err(e) = undo_revision(&mut inv, &t, &obj, to_revision, p.value("dry-run"), out) {
                return out.fail(e);
            }
            continue;
        }
        let rss = match replica_sets(&mut inv, &t, &obj) {
            Ok(r) => r,
            Err(e) => return out.fail(e.render()),
        };
        // deploymentRevision: the asked revision, or the one before the latest.
        let mut latest: Option<(i64, &Value)> = None;
        let mut previous: Option<(i64, &Value)> = None;
        let mut chosen: Option<&Value> = None;
        for rs in &rss {
            let Some(v) = revision_of(rs) else { continue };
            if to_revision == 0 {
                if latest.is_none_or(|(l, _)| l < v) {
                    previous = latest;
                    latest = Some((v, rs));
                } else if previous.is_none_or(|(pv, _)| pv < v) {
                    previous = Some((v, rs));
                }
            } else if v == to_revision {
                chosen = Some(rs);
            }
        }
        let target_rs = match (to_revision, chosen, previous) {
            (r, Some(rs), _) if r > 0 => rs,
            (r, None, _) if r > 0 => return out.fail(format!("error: unable to find specified revision {} in history\n", r)),
            (_, _, Some((_, rs))) => rs,
            _ => return out.fail("error: no last revision to roll back to\n"),
        };
        let revision = revision_of(target_rs).unwrap_or(0);
        if obj["spec"]["paused"] == true {
            return out.fail("error: you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again\n");
        }
        let mut template = target_rs["spec"]["template"].clone();
        if let Some(l) = template["metadata"]["labels"].as_object_mut() {
            l.remove(HASH_LABEL);
        }
        if template == obj["spec"]["template"] {
            out.out(format!("{} skipped rollback (current template already matches revision {})\n", t.display(), revision));
            continue;
        }
        // Annotations: the deployment's own bookkeeping ones, plus the ReplicaSet's others.
        let skip = |k: &str| matches!(k, "kubectl.kubernetes.io/last-applied-configuration" | REVISION | "deployment.kubernetes.io/revision-history" | "deployment.kubernetes.io/desired-replicas" | "deployment.kubernetes.io/max-replicas" | "deprecated.deployment.rollback.to");
        let mut annotations = serde_json::Map::new();
        for (k, v) in obj["metadata"]["annotations"].as_object().into_iter().flatten() {
            if skip(k) {
                annotations.insert(k.clone(), v.clone());
            }
        }
        for (k, v) in target_rs["metadata"]["annotations"].as_object().into_iter().flatten() {
            if !skip(k) {
                annotations.insert(k.clone(), v.clone());
            }
        }
        let patch = json!([
            {"op": "replace", "path": "/spec/template", "value": template},
            {"op": "replace", "path": "/metadata/annotations", "value": annotations},
        ]);
        let server_dry = p.value("dry-run") == Some("server");
        if p.value("dry-run") == Some("client") {
            out.out(format!("{} rolled back (dry run)\n", t.display()));
            continue;
        }
        match builder::patch(&mut inv, &t, None, "application/json-patch+json", &patch, "kubectl-rollout", server_dry) {
            Ok(_) => out.out(format!("{} rolled back{}\n", t.display(), if server_dry { " (server dry run)" } else { "" })),
            Err(e) => return out.fail(format!("error: failed restoring revision {}: {}\n", revision, e.message)),
        }
    }
}

/// `DaemonSetRollbacker` / `StatefulSetRollbacker`: put a ControllerRevision's template back.
fn undo_revision(inv: &mut Invocation, t: &Target, obj: &Value, to_revision: i64, dry_run: Option<&str>, out: &mut Output) -> Result<(), String> {
    let revs = controller_revisions(inv, t, obj).map_err(|e| e.render())?;
    let chosen = if to_revision == 0 { revs.iter().rev().nth(1) } else { numbered(&revs, to_revision) };
    let Some((revision, (_, template))) = chosen else {
        return Err(if to_revision == 0 { "error: no last revision to roll back to\n".into() } else { format!("error: unable to find specified revision {} in history\n", to_revision) });
    };
    if *template == obj["spec"]["template"] {
        out.out(format!("{} skipped rollback (current template already matches revision {})\n", t.display(), revision));
        return Ok(());
    }
    if dry_run == Some("client") {
        out.out(format!("{} rolled back (dry run)\n", t.display()));
        return Ok(());
    }
    let server_dry = dry_run == Some("server");
    let patch = json!([{"op": "replace", "path": "/spec/template", "value": template}]);
    match builder::patch(inv, t, None, "application/json-patch+json", &patch, "kubectl-rollout", server_dry) {
        Ok(_) => {
            out.out(format!("{} rolled back{}\n", t.display(), if server_dry { " (server dry run)" } else { "" }));
            Ok(())
        }
        Err(e) => Err(format!("error: failed restoring revision {}: {}\n", revision, e.message)),
    }
}

/// restart / pause / resume: a strategic merge patch each.
fn patch_verb(kubectl: &mut Kubectl, mut inv: Invocation, out: &mut Output, verb: &str) {
    let flags = [flag("filename", Some('f'), F::Values), flag("selector", Some('l'), F::Value), flag("field-manager", None, F::Value), flag("dry-run", None, F::Value)];
    let Some((_p, ts)) = targets(kubectl, &mut inv, out, verb, &flags) else { return };
    let mut errors = Vec::new();
    for t in ts {
        let obj = match builder::fetch(&mut inv, &t) {
            Ok(v) => v,
            Err(e) => {
                errors.push(e.render());
                continue;
            }
        };
        let supported = match verb {
            "restart" => kind_supported(&t),
            _ => t.resource.kind == "Deployment" && t.resource.group == "apps",
        };
        if !supported {
            let what = match verb {
                "restart" => "restarting",
                "pause" => "pausing",
                _ => "resuming",
            };
            errors.push(format!("error: {} {:?} {} is not supported\n", t.resource.group_resource(), t.name, what));
            continue;
        }
        let paused = obj["spec"]["paused"] == true;
        let body = match verb {
            "restart" => {
                if paused {
                    errors.push(format!("error: can't restart paused deployment (run rollout resume first)\n"));
                    continue;
                }
                json!({"spec": {"template": {"metadata": {"annotations": {"kubectl.kubernetes.io/restartedAt": kubectl.now_rfc3339()}}}}})
            }
            "pause" if paused => {
                out.out(format!("{} already paused\n", t.display()));
                continue;
            }
            "resume" if !paused => {
                out.out(format!("{} already resumed\n", t.display()));
                continue;
            }
            "pause" => json!({"spec": {"paused": true}}),
            _ => json!({"spec": {"paused": null}}),
        };
        match builder::patch(&mut inv, &t, None, "application/strategic-merge-patch+json", &body, "kubectl-rollout", false) {
            Ok(_) => {
                let word = match verb {
                    "restart" => "restarted",
                    "pause" => "paused",
                    _ => "resumed",
                };
                out.out(format!("{} {}\n", t.display(), word));
            }
            Err(e) => errors.push(e.render()),
        }
    }
    if !errors.is_empty() {
        out.fail(errors.concat());
    }
}
