//! A lesson step's checks: declarative predicates over the cluster's state and what the learner
//! ran, each with the hint shown while it fails. Five kinds:
//!
//! - `pods`: pods by name or labels, with what `kubectl get pods` shows (STATUS, READY,
//!   RESTARTS, NODE), and how many;
//! - `object`: any kind, with fields (jsonpath, as `kubectl get -o jsonpath` reads them) and
//!   conditions, and how many (`count: 0` for none);
//! - `deleted`: an object that was there during the step has been deleted;
//! - `ran`: the learner ran a command (`kubectl describe`), on an object in some state;
//! - `requests`: requests reached so many of a Service's endpoints during the step.
//!
//! `deleted`, `ran` and `requests` are about what happened during the step, so once they hold
//! they stay held; the others are about the cluster now.

use super::scalar;
use crate::api::fields::FieldSelector;
use crate::api::labels::Selector;
use crate::api::{Kind, Object};
use crate::sim::Cluster;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

#[derive(Clone, Debug)]
pub struct Check {
    /// What the check asks for, as the lesson panel lists it.
    pub says: String,
    /// Shown on request while the check fails.
    pub hint: String,
    pub what: Predicate,
}

#[derive(Clone, Debug)]
pub enum Predicate {
    Objects(Objects),
    Deleted(Selection),
    Ran(Ran),
    Requests { namespace: String, service: String, endpoints: Count },
}

/// Which objects: a kind, a namespace (None: all), a name or a label selector.
#[derive(Clone, Debug)]
pub struct Selection {
    pub kind: Kind,
    pub namespace: Option<String>,
    pub name: Option<String>,
    pub selector: String,
}

/// Objects of a selection that satisfy filters, and how many there must be.
#[derive(Clone, Debug)]
pub struct Objects {
    pub selection: Selection,
    /// jsonpath (without braces, `spec.replicas`, or a whole template) → the text it must print.
    pub fields: Vec<(String, String)>,
    /// Condition type → status (`Ready: "False"`).
    pub conditions: Vec<(String, String)>,
    /// Only objects created during the step.
    pub new: bool,
    /// Pods: the STATUS column (`Running`, `CrashLoopBackOff`, `Pending`, `Completed`), one of these.
    pub status: Option<Vec<String>>,
    /// Pods: every container ready (READY n/n).
    pub ready: Option<bool>,
    pub node: Option<String>,
    pub restarts: Option<Count>,
    pub count: Count,
}

#[derive(Clone, Debug)]
pub struct Ran {
    /// The program and the words that must follow it in order (`kubectl describe`).
    pub command: Vec<String>,
    /// Arguments that must appear somewhere (`--replicas=5`).
    pub args: Vec<String>,
    /// On a node through ssh: that node (`*` for any), or None on the learner's machine.
    pub node: Option<String>,
    /// The object the command named must be of this kind, in this state, when it ran.
    pub on: Option<Objects>,
    pub succeeded: Option<bool>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cmp {
    Eq,
    Ge,
    Gt,
    Le,
    Lt,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Count {
    pub cmp: Cmp,
    pub n: u64,
}

impl Count {
    pub const SOME: Count = Count { cmp: Cmp::Ge, n: 1 };

    fn parse(v: &Value) -> Result<Count, String> {
        if let Some(n) = v.as_u64() {
            return Ok(Count { cmp: Cmp::Eq, n });
        }
        let s = scalar(v);
        let t = s.trim();
        let (cmp, rest) = [(">=", Cmp::Ge), ("<=", Cmp::Le), (">", Cmp::Gt), ("<", Cmp::Lt), ("=", Cmp::Eq)]
            .iter()
            .find_map(|(p, c)| t.strip_prefix(p).map(|r| (*c, r)))
            .unwrap_or((Cmp::Eq, t));
        let n = rest.trim().parse().map_err(|_| format!("{:?} is not a count (3, \">=1\", \"<2\")", s))?;
        Ok(Count { cmp, n })
    }

    pub fn holds(&self, have: u64) -> bool {
        match self.cmp {
            Cmp::Eq => have == self.n,
            Cmp::Ge => have >= self.n,
            Cmp::Gt => have > self.n,
            Cmp::Le => have <= self.n,
            Cmp::Lt => have < self.n,
        }
    }

    fn words(&self, noun: &str) -> String {
        let plural = |n: u64| if n == 1 { noun.to_string() } else { format!("{}s", noun) };
        match (self.cmp, self.n) {
            (Cmp::Eq, 0) | (Cmp::Lt, 1) => format!("no {}", noun),
            (Cmp::Ge, 1) => format!("{} {}", article(noun), noun),
            (Cmp::Eq, n) => format!("{} {}", n, plural(n)),
            (Cmp::Ge, n) => format!("at least {} {}", n, plural(n)),
            (Cmp::Gt, n) => format!("more than {} {}", n, plural(n)),
            (Cmp::Le, n) => format!("at most {} {}", n, plural(n)),
            (Cmp::Lt, n) => format!("fewer than {} {}", n, plural(n)),
        }
    }
}

/// "a" or "an" before a kind's name.
fn article(noun: &str) -> &'static str {
    if noun.starts_with(['A', 'E', 'I', 'O', 'U', 'a', 'e', 'i', 'o', 'u']) { "an" } else { "a" }
}

/// A kind as a lesson names it: `Pod`, `pods`, `pod` or `po`.
pub fn kind_named(name: &str) -> Option<Kind> {
    let lower = name.to_ascii_lowercase();
    let (resource, group) = lower.split_once('.').unwrap_or((&lower, ""));
    Kind::ALL.iter().copied().find(|k| {
        let i = k.info();
        (group.is_empty() || i.group == group) && (i.kind == name || i.plural == resource || i.singular == resource || i.short_names.contains(&resource))
    })
}

type Map = serde_json::Map<String, Value>;

fn fields_of<'a>(m: &'a Map, known: &[&str], what: &str) -> Result<&'a Map, String> {
    for k in m.keys() {
        if !known.contains(&k.as_str()) {
            return Err(format!("unknown field {:?} in a `{}` check (known: {})", k, what, known.join(", ")));
        }
    }
    Ok(m)
}

fn selection(m: &Map, kind: Kind) -> Result<Selection, String> {
    let namespace = match m.get("namespace").map(scalar) {
        Some(ns) if ns == "*" => None,
        Some(ns) => Some(ns),
        None => kind.info().namespaced.then(|| "default".to_string()),
    };
    let selector = m.get("selector").map(scalar).unwrap_or_default();
    Selector::parse(&selector).map_err(|e| format!("selector {:?}: {}", selector, e))?;
    Ok(Selection { kind, namespace, name: m.get("name").map(scalar), selector })
}

fn pairs(v: Option<&Value>, what: &str) -> Result<Vec<(String, String)>, String> {
    match v {
        None => Ok(Vec::new()),
        Some(Value::Object(m)) => Ok(m.iter().map(|(k, v)| (k.clone(), scalar(v))).collect()),
        Some(_) => Err(format!("`{}` must be a mapping", what)),
    }
}

const OBJECT_FIELDS: [&str; 11] = ["kind", "namespace", "name", "selector", "fields", "conditions", "new", "count", "status", "ready", "node"];
const POD_FIELDS: [&str; 12] = ["namespace", "name", "selector", "fields", "conditions", "new", "count", "status", "ready", "node", "restarts", "kind"];

fn objects(m: &Map, kind: Kind) -> Result<Objects, String> {
    let fields = pairs(m.get("fields"), "fields")?;
    for (k, _) in &fields {
        crate::kubectl::jsonpath::JsonPath::parse(&template(k)).map_err(|e| format!("field {:?}: {}", k, e))?;
    }
    let pod_only = |k: &str| if kind != Kind::Pod && m.contains_key(k) { Err(format!("`{}` is for pods", k)) } else { Ok(()) };
    for k in ["status", "ready", "restarts"] {
        pod_only(k)?;
    }
    let flag = |k: &str| m.get(k).map(|v| v.as_bool().ok_or(format!("`{}` must be true or false", k))).transpose();
    Ok(Objects {
        selection: selection(m, kind)?,
        fields,
        conditions: pairs(m.get("conditions"), "conditions")?,
        new: flag("new")?.unwrap_or(false),
        status: match m.get("status") {
            None => None,
            Some(Value::Array(a)) => Some(a.iter().map(scalar).collect()),
            Some(v) => Some(vec![scalar(v)]),
        },
        ready: flag("ready")?,
        node: m.get("node").map(scalar),
        restarts: m.get("restarts").map(Count::parse).transpose()?,
        count: m.get("count").map(Count::parse).transpose()?.unwrap_or(if m.contains_key("name") { Count { cmp: Cmp::Eq, n: 1 } } else { Count::SOME }),
    })
}

fn kind_of(m: &Map) -> Result<Kind, String> {
    let name = m.get("kind").map(scalar).ok_or("`kind` is missing")?;
    kind_named(&name).ok_or(format!("kubeplay serves no kind {:?}", name))
}

/// `spec.replicas` → `{.spec.replicas}`; a template with braces stays as it is.
fn template(path: &str) -> String {
    if path.contains('{') {
        path.to_string()
    } else {
        format!("{{.{}}}", path.trim_start_matches('.'))
    }
}

impl Check {
    pub fn parse(v: &Value) -> Result<Check, String> {
        let m = v.as_object().ok_or("a check is a mapping such as `pods: {selector: app=web, ready: true, count: 3}`")?;
        let mut predicate = None;
        for (k, body) in m {
            if k == "hint" || k == "says" {
                continue;
            }
            if predicate.is_some() {
                return Err(format!("a check has one of pods, object, deleted, ran, requests; this one also has {:?}", k));
            }
            let body = body.as_object().ok_or(format!("`{}` must be a mapping", k))?;
            predicate = Some(match k.as_str() {
                "pods" => Predicate::Objects(objects(fields_of(body, &POD_FIELDS, "pods")?, Kind::Pod)?),
                "object" => Predicate::Objects(objects(fields_of(body, &[&OBJECT_FIELDS[..], &["restarts"]].concat(), "object")?, kind_of(body)?)?),
                "deleted" => Predicate::Deleted(selection(fields_of(body, &["kind", "namespace", "name", "selector"], "deleted")?, kind_of(body)?)?),
                "ran" => {
                    let body = fields_of(body, &["command", "args", "node", "on", "succeeded"], "ran")?;
                    let words = |k: &str| body.get(k).map(scalar).unwrap_or_default().split_whitespace().map(str::to_string).collect::<Vec<_>>();
                    let command = words("command");
                    if command.is_empty() {
                        return Err("`ran` needs a `command` (`kubectl describe`)".into());
                    }
                    let on = match body.get("on") {
                        None => None,
                        Some(Value::Object(o)) => {
                            let o = fields_of(o, &POD_FIELDS, "ran.on")?;
                            let kind = if o.contains_key("kind") { kind_of(o)? } else { Kind::Pod };
                            let mut t = objects(o, kind)?;
                            t.count = Count::SOME;
                            Some(t)
                        }
                        Some(_) => return Err("`ran.on` must be a mapping".into()),
                    };
                    Predicate::Ran(Ran { command, args: words("args"), node: body.get("node").map(scalar), on, succeeded: body.get("succeeded").and_then(Value::as_bool) })
                }
                "requests" => {
                    let body = fields_of(body, &["service", "namespace", "endpoints"], "requests")?;
                    Predicate::Requests {
                        namespace: body.get("namespace").map(scalar).unwrap_or_else(|| "default".into()),
                        service: body.get("service").map(scalar).ok_or("`requests` needs a `service`")?,
                        endpoints: body.get("endpoints").map(Count::parse).transpose()?.unwrap_or(Count::SOME),
                    }
                }
                other => return Err(format!("unknown check {:?} (a check is one of pods, object, deleted, ran, requests)", other)),
            });
        }
        let what = predicate.ok_or("a check needs one of pods, object, deleted, ran, requests")?;
        let says = m.get("says").map(scalar).unwrap_or_else(|| describe(&what));
        Ok(Check { says, hint: m.get("hint").map(scalar).unwrap_or_default(), what })
    }
}

fn noun(kind: Kind) -> String {
    kind.info().kind.to_string()
}

fn where_(s: &Selection) -> String {
    let mut w = String::new();
    if let Some(n) = &s.name {
        w.push_str(&format!(" named {}", n));
    }
    if !s.selector.is_empty() {
        w.push_str(&format!(" with labels {}", s.selector));
    }
    match &s.namespace {
        Some(ns) if ns != "default" => w.push_str(&format!(" in namespace {}", ns)),
        None if s.kind.info().namespaced => w.push_str(" in any namespace"),
        _ => {}
    }
    w
}

fn filters(o: &Objects) -> Vec<String> {
    let mut f = Vec::new();
    if let Some(s) = &o.status {
        f.push(s.join(" or "));
    }
    match o.ready {
        Some(true) => f.push("Ready".into()),
        Some(false) => f.push("not Ready".into()),
        None => {}
    }
    if let Some(n) = &o.node {
        f.push(format!("on {}", n));
    }
    if let Some(r) = &o.restarts {
        f.push(format!("restarted {}", r.words("time").trim_start_matches("a ").replace("no time", "0 times")));
    }
    f.extend(o.fields.iter().map(|(k, v)| match v.as_str() {
        "*" => format!("{} is set", k),
        "" => format!("{} is empty", k),
        _ => format!("{} = {}", k, v),
    }));
    f.extend(o.conditions.iter().map(|(k, v)| format!("{} is {}", k, v)));
    if o.new {
        f.push("created in this step".into());
    }
    f
}

fn describe(p: &Predicate) -> String {
    match p {
        Predicate::Objects(o) => {
            let count = if o.selection.name.is_some() && o.count == (Count { cmp: Cmp::Eq, n: 1 }) { Count::SOME } else { o.count };
            let f = filters(o);
            let mut s = format!("{}{}", count.words(&noun(o.selection.kind)), where_(&o.selection));
            if !f.is_empty() {
                s.push_str(&format!(": {}", f.join(", ")));
            }
            s
        }
        Predicate::Deleted(s) => format!("{} {}{} was deleted", article(&noun(s.kind)), noun(s.kind), where_(s)),
        Predicate::Ran(r) => {
            let mut s = format!("you ran `{}`", r.command.join(" "));
            if !r.args.is_empty() {
                s.push_str(&format!(" with {}", r.args.join(" ")));
            }
            if let Some(on) = &r.on {
                let f = filters(on);
                s.push_str(&format!(" on {} {}{}", article(&noun(on.selection.kind)), noun(on.selection.kind), where_(&on.selection)));
                if !f.is_empty() {
                    s.push_str(&format!(" ({})", f.join(", ")));
                }
            }
            match r.node.as_deref() {
                Some("*") => s.push_str(" on a node"),
                Some(n) => s.push_str(&format!(" on {}", n)),
                None => {}
            }
            s
        }
        Predicate::Requests { service, endpoints, .. } => format!("requests to Service {} reached {}", service, endpoints.words("endpoint")),
    }
}

/// What a check remembers during its step: whether it has held (for checks about what
/// happened), the objects seen (for `deleted`), what existed when the step began (for `new`),
/// the endpoints' answered requests then (for `requests`), and the last command read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Memory {
    pub held: bool,
    pub seen: BTreeSet<String>,
    pub before: BTreeSet<String>,
    pub baseline: BTreeMap<String, u64>,
    pub last_command: u64,
}

fn list(cluster: &Cluster, s: &Selection) -> Vec<crate::api::ObjectRef> {
    let api = cluster.api();
    if let Some(name) = &s.name {
        return api.get(s.kind, s.namespace.as_deref().unwrap_or(""), name).into_iter().collect();
    }
    let selector = Selector::parse(&s.selector).unwrap_or_else(|_| Selector::nothing());
    api.list(s.kind, s.namespace.as_deref(), &selector, &FieldSelector::default()).map(|l| l.items).unwrap_or_default()
}

fn matches(cluster: &Cluster, o: &Objects, obj: &Object, memory: &Memory) -> bool {
    if o.new && memory.before.contains(obj.uid()) {
        return false;
    }
    if o.selection.name.as_ref().is_some_and(|n| n != obj.name()) {
        return false;
    }
    if !o.selection.selector.is_empty() {
        let sel = Selector::parse(&o.selection.selector).unwrap_or_else(|_| Selector::nothing());
        if !sel.matches(obj.meta().labels.as_ref()) {
            return false;
        }
    }
    if let Some(pod) = obj.as_pod() {
        let (ready, status, restarts) = crate::apiserver::printers::pod_summary(pod, cluster.epoch(), cluster.now());
        if o.status.as_ref().is_some_and(|s| !s.contains(&status)) {
            return false;
        }
        if let Some(want) = o.ready {
            let all = ready.split_once('/').is_some_and(|(a, b)| a == b && b != "0");
            if all != want {
                return false;
            }
        }
        let n: u64 = restarts.split_whitespace().next().and_then(|r| r.parse().ok()).unwrap_or(0);
        if o.restarts.is_some_and(|c| !c.holds(n)) {
            return false;
        }
        if o.node.as_ref().is_some_and(|want| pod.spec.as_ref().and_then(|s| s.node_name.as_ref()) != Some(want)) {
            return false;
        }
    } else if let Some(want) = &o.node {
        let v = obj.to_value();
        if v.pointer("/spec/nodeName").and_then(Value::as_str) != Some(want) {
            return false;
        }
    }
    if o.fields.is_empty() && o.conditions.is_empty() {
        return true;
    }
    let v = obj.to_value();
    for (path, want) in &o.fields {
        let got = crate::kubectl::jsonpath::JsonPath::parse(&template(path)).map(|p| p.allow_missing_keys(true)).and_then(|mut p| p.execute(&v));
        // `*`: the field prints something.
        let ok = match got {
            Ok(g) => if want == "*" { !g.is_empty() } else { g == *want },
            Err(_) => false,
        };
        if !ok {
            return false;
        }
    }
    let conditions = v.pointer("/status/conditions").and_then(Value::as_array);
    o.conditions.iter().all(|(t, want)| {
        conditions.is_some_and(|cs| cs.iter().any(|c| c["type"].as_str() == Some(t) && c["status"].as_str() == Some(want)))
    })
}

fn count(cluster: &Cluster, o: &Objects, memory: &Memory) -> u64 {
    list(cluster, &o.selection).iter().filter(|obj| matches(cluster, o, obj, memory)).count() as u64
}

/// The endpoints' answered requests: pods the Service selects, `namespace/pod` → requests.
fn answered(cluster: &Cluster, namespace: &str, service: &str) -> BTreeMap<String, u64> {
    let Ok(svc) = cluster.api().get(Kind::Service, namespace, service) else { return BTreeMap::new() };
    let selector = svc.to_value().pointer("/spec/selector").and_then(Value::as_object).map(|m| m.iter().map(|(k, v)| format!("{}={}", k, scalar(v))).collect::<Vec<_>>().join(","));
    let Some(selector) = selector.filter(|s| !s.is_empty()) else { return BTreeMap::new() };
    let Ok(sel) = Selector::parse(&selector) else { return BTreeMap::new() };
    let pods = cluster.api().list(Kind::Pod, Some(namespace), &sel, &FieldSelector::default()).map(|l| l.items).unwrap_or_default();
    pods.iter().map(|p| (format!("{}/{}", namespace, p.name()), cluster.metrics().requests(namespace, p.name()))).collect()
}

/// What a command names: an object, or a kind's objects by label selector (`-l app=web`).
#[derive(Debug, PartialEq, Eq)]
struct Target {
    kind: Kind,
    namespace: String,
    name: Option<String>,
    selector: Option<String>,
}

/// The object a command names, after its program and command words: `pod web`, `pod/web`,
/// `deploy web -n shop`, `pod -l app=web`.
fn target(words: &[String], skip: usize) -> Option<Target> {
    const VALUED: [&str; 16] = ["-n", "--namespace", "-l", "--selector", "-o", "--output", "-c", "--container", "-f", "--filename", "--field-selector", "--context", "--tail", "--since", "--image", "--replicas"];
    let mut namespace = "default".to_string();
    let mut selector = None;
    let mut positional = Vec::new();
    let mut i = 1;
    while i < words.len() {
        let w = &words[i];
        if w == "--" {
            break;
        }
        if let Some(ns) = w.strip_prefix("--namespace=").or_else(|| w.strip_prefix("-n").filter(|r| !r.is_empty() && !w.starts_with("--"))) {
            namespace = ns.trim_start_matches('=').to_string();
        } else if let Some(l) = w.strip_prefix("--selector=").or_else(|| w.strip_prefix("-l").filter(|r| !r.is_empty() && !w.starts_with("--"))) {
            selector = Some(l.trim_start_matches('=').to_string());
        } else if VALUED.contains(&w.as_str()) {
            match (w.as_str(), words.get(i + 1)) {
                ("-n" | "--namespace", Some(v)) => namespace = v.clone(),
                ("-l" | "--selector", Some(v)) => selector = Some(v.clone()),
                _ => {}
            }
            i += 1;
        } else if !w.starts_with('-') {
            positional.push(w.clone());
        }
        i += 1;
    }
    let rest = positional.get(skip.saturating_sub(1)..)?;
    let first = rest.first()?;
    let named = |kind: Kind, name: &str| Some(Target { kind, namespace: namespace.clone(), name: Some(name.to_string()), selector: None });
    match (first.split_once('/'), rest.get(1)) {
        (Some((t, n)), _) => named(kind_named(t)?, n),
        (None, Some(name)) => named(kind_named(first)?, name),
        (None, None) => match (kind_named(first), &selector) {
            (Some(kind), Some(_)) => Some(Target { kind, namespace: namespace.clone(), name: None, selector }),
            // `kubectl logs web`, `kubectl exec web -- ls`: a pod's name alone.
            _ => named(Kind::Pod, first),
        },
    }
}

/// Whether a command's words are the check's command: the program first, then the command's
/// other words in order among the words that are not flags.
fn is_command(r: &Ran, words: &[String]) -> bool {
    if words.first() != r.command.first() {
        return false;
    }
    // A resource's other names count as its name (`rs`, `replicasets`, `replicaset`).
    let same = |a: &String, b: &String| a == b || kind_named(a).is_some_and(|k| kind_named(b) == Some(k));
    let mut want = r.command[1..].iter().peekable();
    for w in words[1..].iter().filter(|w| !w.starts_with('-')) {
        if want.peek().is_some_and(|x| same(x, w)) {
            want.next();
        }
    }
    // An argument matches a word, or a flag's `=value` (`-n kube-system`, `--namespace=kube-system`).
    want.peek().is_none() && r.args.iter().all(|a| words.iter().any(|w| w == a || w.strip_suffix(a.as_str()).is_some_and(|f| f.starts_with('-') && f.ends_with('='))))
}

impl Check {
    /// The step begins: what the check must remember from now on.
    pub fn begin(&self, cluster: &Cluster) -> Memory {
        let mut m = Memory { last_command: cluster.commands.last_seq(), ..Memory::default() };
        match &self.what {
            Predicate::Objects(o) if o.new => m.before = list(cluster, &o.selection).iter().map(|x| x.uid().to_string()).collect(),
            Predicate::Deleted(s) => m.seen = list(cluster, s).iter().map(|x| x.uid().to_string()).collect(),
            Predicate::Requests { namespace, service, .. } => m.baseline = answered(cluster, namespace, service),
            _ => {}
        }
        m
    }

    /// Whether the check holds now (or has held, for what happened during the step).
    pub fn evaluate(&self, cluster: &Cluster, m: &mut Memory) -> bool {
        if m.held {
            return true;
        }
        let held = match &self.what {
            Predicate::Objects(o) => return o.count.holds(count(cluster, o, m)),
            Predicate::Deleted(s) => {
                let now = list(cluster, s);
                let live: BTreeSet<String> = now.iter().filter(|x| x.meta().deletion_timestamp.is_none()).map(|x| x.uid().to_string()).collect();
                let gone = m.seen.iter().any(|u| !live.contains(u));
                m.seen.extend(live);
                gone
            }
            Predicate::Ran(r) => {
                let mut held = false;
                for ran in cluster.commands.since(m.last_command) {
                    let on_node = match (&r.node, &ran.node) {
                        (None, None) => true,
                        (Some(want), Some(n)) => want == "*" || want == n,
                        _ => false,
                    };
                    let ok = on_node
                        && is_command(r, &ran.words)
                        && r.succeeded.is_none_or(|s| s == (ran.exit_code == 0))
                        && r.on.as_ref().is_none_or(|on| {
                            target(&ran.words, r.command.len()).is_some_and(|t| {
                                let named = Selection { kind: t.kind, namespace: Some(t.namespace.clone()), name: t.name.clone(), selector: t.selector.clone().unwrap_or_default() };
                                t.kind == on.selection.kind
                                    && on.selection.namespace.as_ref().is_none_or(|want| *want == t.namespace)
                                    && list(cluster, &named).iter().any(|obj| matches(cluster, on, obj, m))
                            })
                        });
                    held |= ok;
                }
                m.last_command = cluster.commands.last_seq();
                held
            }
            Predicate::Requests { namespace, service, endpoints } => {
                let now = answered(cluster, namespace, service);
                let reached = now.iter().filter(|(pod, n)| **n > m.baseline.get(*pod).copied().unwrap_or(0)).count() as u64;
                endpoints.holds(reached) && reached > 0
            }
        };
        m.held = held;
        held
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(yaml: &str) -> Result<Check, String> {
        Check::parse(&crate::manifest::parse_first(yaml).unwrap())
    }

    #[test]
    fn says_what_it_checks_in_words() {
        assert_eq!(check("pods: {selector: app=nginx, ready: true, count: 3}").unwrap().says, "3 Pods with labels app=nginx: Ready");
        assert_eq!(check("pods: {name: web, status: Running}").unwrap().says, "a Pod named web: Running");
        assert_eq!(check("object: {kind: deploy, name: web, fields: {spec.replicas: 5}}").unwrap().says, "a Deployment named web: spec.replicas = 5");
        assert_eq!(check("object: {kind: Node, name: node01, conditions: {Ready: Unknown}}").unwrap().says, "a Node named node01: Ready is Unknown");
        assert_eq!(check("deleted: {kind: Pod, selector: app=nginx}").unwrap().says, "a Pod with labels app=nginx was deleted");
        assert_eq!(check("ran: {command: kubectl describe, on: {status: Pending}}").unwrap().says, "you ran `kubectl describe` on a Pod (Pending)");
        assert_eq!(check("requests: {service: web, endpoints: 2}").unwrap().says, "requests to Service web reached 2 endpoints");
        assert_eq!(check("says: Three replicas\npods: {selector: app=web, count: 3}").unwrap().says, "Three replicas");
    }

    #[test]
    fn a_wrong_check_is_an_error_that_says_why() {
        assert!(check("pods: {selecter: app=web}").unwrap_err().contains("unknown field \"selecter\""));
        assert!(check("object: {kind: Widget}").unwrap_err().contains("no kind \"Widget\""));
        assert!(check("pods: {count: lots}").unwrap_err().contains("is not a count"));
        assert!(check("object: {kind: Service, status: Running}").unwrap_err().contains("is for pods"));
        assert!(check("pods: {selector: 'a in (b'}").is_err());
    }

    #[test]
    fn a_command_is_recognised_with_its_flags_and_target() {
        let r = |c: &str| Ran { command: c.split(' ').map(str::to_string).collect(), args: vec![], node: None, on: None, succeeded: None };
        let w = |s: &str| s.split(' ').map(str::to_string).collect::<Vec<_>>();
        assert!(is_command(&r("kubectl describe"), &w("kubectl -n shop describe pod web")));
        assert!(!is_command(&r("kubectl describe"), &w("kubectl get pods")));
        assert!(is_command(&r("kubectl rollout undo"), &w("kubectl rollout undo deployment/web")));
        assert!(is_command(&r("kubectl get rs"), &w("kubectl get replicasets -l app=web")));
        let t = |kind, ns: &str, name: &str| Some(Target { kind, namespace: ns.into(), name: Some(name.into()), selector: None });
        assert_eq!(target(&w("kubectl describe pod web -n shop"), 2), t(Kind::Pod, "shop", "web"));
        assert_eq!(target(&w("kubectl -n=x describe po/web"), 2), t(Kind::Pod, "x", "web"));
        assert_eq!(target(&w("kubectl logs deploy/web"), 2), t(Kind::Deployment, "default", "web"));
        assert_eq!(target(&w("kubectl exec web -- ls /"), 2), t(Kind::Pod, "default", "web"));
        assert_eq!(target(&w("kubectl logs web --tail 5"), 2), t(Kind::Pod, "default", "web"));
        assert_eq!(target(&w("kubectl describe pods -l app=web"), 2), Some(Target { kind: Kind::Pod, namespace: "default".into(), name: None, selector: Some("app=web".into()) }));
    }
}
