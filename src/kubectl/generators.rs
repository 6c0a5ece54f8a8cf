//! More of `kubectl create`'s generators (upstream `pkg/cmd/create`): `job` (from an image and
//! command, or `--from=cronjob/NAME` as the CronJob controller would make it), `cronjob`,
//! `role` and `clusterrole` (verbs and resources checked as `create_role.go` checks them, one
//! rule per API group), `rolebinding` and `clusterrolebinding`, `quota`, `priorityclass`,
//! `poddisruptionbudget` and `secret docker-registry`. Each builds the object kubectl builds,
//! then sends it through `create::post` (`--dry-run`, `-o`, the created line).

use super::create::post;
use super::errors::{plain, StatusError};
use super::flags::{flag, Kind as F, Parsed};
use super::{parse_flags, Invocation, Kubectl, Output};
use crate::apiserver::http::{Method, Request};
use serde_json::Value;

const COMMON: [super::flags::Flag; 5] = [
    flag("dry-run", None, F::Value),
    flag("output", Some('o'), F::Value),
    flag("save-config", None, F::Bool),
    flag("field-manager", None, F::Value),
    flag("validate", None, F::Value),
];

pub(super) fn with_common(extra: &[super::flags::Flag]) -> Vec<super::flags::Flag> {
    let mut f = COMMON.to_vec();
    f.extend_from_slice(extra);
    f
}

/// `NameFromCommandArgs`: exactly one name before a `--`; what follows is the command.
fn name_and_command(p: &Parsed, cmd: &str, out: &mut Output) -> Option<(String, Vec<String>)> {
    let before = p.dash.unwrap_or(p.positionals.len());
    if before != 1 {
        out.fail(format!("error: exactly one NAME is required, got {}\nSee 'kubectl {} -h' for help and examples\n", before, cmd));
        return None;
    }
    Some((p.positionals[0].clone(), p.positionals[1..].to_vec()))
}

/// A JSON value from a template: each string `"$N"` in it stands for `vars[N]`. Templates are
/// data, not code: far smaller in the page than `json!`'s expansions.
pub(super) fn tpl(template: &str, vars: Vec<Value>) -> Value {
    fn fill(v: &mut Value, vars: &[Value]) {
        match v {
            Value::String(s) => {
                if let Some(x) = s.strip_prefix('$').and_then(|n| n.parse::<usize>().ok()).and_then(|i| vars.get(i)) {
                    *v = x.clone();
                }
            }
            Value::Object(m) => m.values_mut().for_each(|x| fill(x, vars)),
            Value::Array(a) => a.iter_mut().for_each(|x| fill(x, vars)),
            _ => {}
        }
    }
    let mut v = serde_json::from_str(template).unwrap_or(Value::Null);
    fill(&mut v, &vars);
    v
}

/// `metadata` with the name, and the namespace when `-n` named one (`EnforceNamespace`).
pub(super) fn meta(p: &Parsed, name: &str) -> Value {
    let mut m = tpl(r#"{"name":"$0","creationTimestamp":null}"#, vec![name.into()]);
    if let Some(ns) = p.value("namespace") {
        m["namespace"] = ns.into();
    }
    m
}

pub(super) fn namespace(kubectl: &Kubectl, p: &Parsed) -> String {
    p.value("namespace").map(str::to_string).unwrap_or_else(|| kubectl.namespace.clone())
}

fn pod_template(name: &str, image: &str, command: &[String], restart: &str) -> Value {
    let mut t = tpl(r#"{"metadata":{"creationTimestamp":null},"spec":{"containers":[{"name":"$0","image":"$1","resources":{}}],"restartPolicy":"$2"}}"#, vec![name.into(), image.into(), restart.into()]);
    if !command.is_empty() {
        t["spec"]["containers"][0]["command"] = command.into();
    }
    t
}

/// `kubectl create job NAME --image=IMAGE [-- COMMAND…]` or `--from=cronjob/NAME`.
pub fn job(kubectl: &mut Kubectl, inv: Invocation, out: &mut Output) {
    let flags = with_common(&[flag("image", None, F::Value), flag("from", None, F::Value)]);
    let Some(p) = parse_flags("create job", &inv.args, &flags, out) else { return };
    let Some((name, command)) = name_and_command(&p, "create job", out) else { return };
    let image = p.value("image").unwrap_or("");
    let from = p.value("from").unwrap_or("");
    if image.is_empty() == from.is_empty() {
        return out.fail("error: either --image or --from must be specified\n");
    }
    if !from.is_empty() && !command.is_empty() {
        return out.fail("error: cannot specify --from and command\n");
    }
    let ns = namespace(kubectl, &p);
    let (m, spec) = if from.is_empty() {
        (meta(&p, &name), tpl(r#"{"template":"$0"}"#, vec![pod_template(&name, image, &command, "Never")]))
    } else {
        let Some((kind, source)) = from.split_once('/') else {
            return out.fail(plain(&format!("from must be of the form <resource>/<name>, got {:?}", from)));
        };
        let disco = kubectl.discovery(inv.transport);
        let Some(res) = disco.resolve(kind).cloned() else {
            return out.fail(format!("error: the server doesn't have a resource type {:?}\n", kind));
        };
        let resp = inv.transport.round_trip(Request::new(Method::Get, res.item_path(&ns, source)).with_header("Accept", "application/json"));
        if !resp.is_success() {
            return out.fail(StatusError::from_body(resp.code, &resp.body).render());
        }
        if !(res.group == "batch" && res.kind == "CronJob") {
            // The fetched object is switched on by its Go type.
            return out.fail(format!("error: unknown object type *{}.{}\n", res.version, res.kind));
        }
        let cj: Value = serde_json::from_str(&resp.body).unwrap_or(Value::Null);
        // `createJobFromCronJob`: what the CronJob controller would make, marked as made by hand.
        let template = &cj["spec"]["jobTemplate"];
        let mut annotations = tpl(r#"{"cronjob.kubernetes.io/instantiate":"manual"}"#, vec![]);
        for (k, v) in template["metadata"]["annotations"].as_object().into_iter().flatten() {
            annotations[k] = v.clone();
        }
        let mut m = meta(&p, &name);
        m["annotations"] = annotations;
        if let Some(labels) = template["metadata"]["labels"].as_object() {
            m["labels"] = Value::Object(labels.clone());
        }
        m["ownerReferences"] = tpl(r#"[{"apiVersion":"batch/v1","kind":"CronJob","name":"$0","uid":"$1","controller":true}]"#, vec![cj["metadata"]["name"].clone(), cj["metadata"]["uid"].clone()]);
        (m, template["spec"].clone())
    };
    let obj = tpl(r#"{"apiVersion":"batch/v1","kind":"Job","metadata":"$0","spec":"$1","status":{}}"#, vec![m, spec]);
    post(kubectl, inv, out, &p, &format!("/apis/batch/v1/namespaces/{}/jobs", ns), obj, "job.batch");
}

/// `kubectl create cronjob NAME --image=IMAGE --schedule='0/5 * * * ?' [--restart=…] [-- COMMAND…]`.
pub fn cronjob(kubectl: &mut Kubectl, inv: Invocation, out: &mut Output) {
    let flags = with_common(&[flag("image", None, F::Value), flag("schedule", None, F::Value), flag("restart", None, F::Value)]);
    let Some(p) = parse_flags("create cronjob", &inv.args, &flags, out) else { return };
    let missing: Vec<&str> = ["image", "schedule"].into_iter().filter(|f| !p.has(f)).collect();
    if !missing.is_empty() {
        return out.fail(format!("error: required flag(s) {} not set\n", missing.iter().map(|m| format!("{:?}", m)).collect::<Vec<_>>().join(", ")));
    }
    let Some((name, command)) = name_and_command(&p, "create cronjob", out) else { return };
    let image = p.value("image").unwrap_or("");
    let restart = p.value("restart").unwrap_or("OnFailure");
    let obj = tpl(
        r#"{"apiVersion":"batch/v1","kind":"CronJob","metadata":"$0","spec":{"schedule":"$1","jobTemplate":{"metadata":{"name":"$2","creationTimestamp":null},"spec":{"template":"$3"}}},"status":{}}"#,
        vec![meta(&p, &name), p.value("schedule").unwrap_or("").into(), name.as_str().into(), pod_template(&name, image, &command, restart)],
    );
    let ns = namespace(kubectl, &p);
    post(kubectl, inv, out, &p, &format!("/apis/batch/v1/namespaces/{}/cronjobs", ns), obj, "cronjob.batch");
}

const RESOURCE_VERBS: [&str; 14] = ["*", "get", "delete", "list", "create", "update", "patch", "watch", "proxy", "deletecollection", "use", "bind", "escalate", "impersonate"];
const NON_RESOURCE_VERBS: [&str; 8] = ["*", "get", "post", "put", "delete", "patch", "head", "options"];

/// The verbs that only some resources take (`specialVerbs`): (verb, group, resource).
const SPECIAL: [(&str, &str, &str); 12] = [
    ("use", "policy", "podsecuritypolicies"),
    ("use", "extensions", "podsecuritypolicies"),
    ("bind", "rbac.authorization.k8s.io", "roles"),
    ("bind", "rbac.authorization.k8s.io", "clusterroles"),
    ("escalate", "rbac.authorization.k8s.io", "roles"),
    ("escalate", "rbac.authorization.k8s.io", "clusterroles"),
    ("impersonate", "", "users"),
    ("impersonate", "", "serviceaccounts"),
    ("impersonate", "", "groups"),
    ("impersonate", "authentication.k8s.io", "userextras"),
    ("impersonate", "authentication.k8s.io", "uids"),
    ("impersonate", "", "uids"),
];

/// `--resource=RESOURCE[.GROUP][/SUBRESOURCE]`.
struct ResourceArg {
    resource: String,
    group: String,
    sub: String,
}

/// Repeated and comma-separated flag values, in order.
fn list(p: &Parsed, name: &str) -> Vec<String> {
    p.values(name).iter().flat_map(|v| v.split(',').map(str::to_string).collect::<Vec<_>>()).filter(|v| !v.is_empty()).collect()
}

fn dedup(v: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for x in v {
        if !out.contains(&x) {
            out.push(x);
        }
    }
    out
}

/// The rules of a Role or ClusterRole (`Complete`, `Validate` and `generateResourcePolicyRules`);
/// an error is the text to print. Warnings about unusual verbs go to `out`.
fn rules(kubectl: &mut Kubectl, inv: &mut Invocation, p: &Parsed, urls: &[String], cluster: bool, out: &mut Output) -> Result<Vec<Value>, String> {
    let mut verbs = Vec::new();
    for v in list(p, "verb") {
        if v == "*" {
            verbs = vec!["*".to_string()];
            break;
        }
        if !verbs.contains(&v) {
            verbs.push(v);
        }
    }
    let mut resources: Vec<ResourceArg> = Vec::new();
    for r in list(p, "resource") {
        let (main, sub) = r.split_once('/').map_or((r.as_str(), ""), |(m, s)| (m, s));
        let (resource, group) = main.split_once('.').map_or((main, ""), |(r, g)| (r, g));
        let arg = ResourceArg { resource: resource.into(), group: group.into(), sub: sub.into() };
        if arg.resource == "*" && group.is_empty() && sub.is_empty() && !main.contains('.') {
            resources = vec![arg];
            break;
        }
        resources.push(arg);
    }
    let names = dedup(list(p, "resource-name"));
    if verbs.is_empty() {
        return Err(plain("at least one verb must be specified"));
    }
    let warn = |out: &mut Output| {
        for v in &verbs {
            if !RESOURCE_VERBS.contains(&v.as_str()) {
                out.err(format!("Warning: '{}' is not a standard resource verb\n", v));
            }
        }
    };
    if !cluster {
        warn(out);
    }
    if resources.is_empty() && urls.is_empty() {
        return Err(plain(if cluster { "one of resource or nonResourceURL must be specified" } else { "at least one resource must be specified" }));
    }
    // Each resource mapped through discovery (`ResourceFor`): short names expand, the group
    // fills in; a resource discovery does not know is an error unless it is `*`.
    let mut mapped: Vec<(String, String)> = Vec::new();
    if !resources.is_empty() {
        if cluster {
            warn(out);
        }
        let disco = kubectl.discovery(inv.transport);
        for r in &resources {
            if r.resource.is_empty() {
                return Err(plain("resource must be specified if apiGroup/subresource specified"));
            }
            let query = if r.group.is_empty() { r.resource.clone() } else { format!("{}.{}", r.resource, r.group) };
            let found = (r.resource != "*").then(|| disco.resolve(&query)).flatten();
            let (resource, group) = found.map_or((r.resource.clone(), r.group.clone()), |a| (a.name.clone(), a.group.clone()));
            for v in &verbs {
                if SPECIAL.iter().any(|(sv, _, _)| sv == v) && !SPECIAL.iter().any(|(sv, g, res)| sv == v && *g == group && *res == resource) {
                    return Err(plain(&format!("can not perform '{}' on '{}' in group '{}'", v, resource, group)));
                }
            }
            if found.is_none() && r.resource != "*" {
                return Err(match r.group.as_str() {
                    "" => format!("the server doesn't have a resource type {:?}\n", r.resource),
                    g => format!("the server doesn't have a resource type {:?} in group {:?}\n", r.resource, g),
                });
            }
            let full = if r.sub.is_empty() { resource } else { format!("{}/{}", resource, r.sub) };
            if !mapped.contains(&(group.clone(), full.clone())) {
                mapped.push((group, full));
            }
        }
    }
    if !urls.is_empty() {
        if let Some(v) = verbs.iter().find(|v| !NON_RESOURCE_VERBS.contains(&v.as_str())) {
            return Err(plain(&format!("invalid verb: '{}' for nonResourceURL", v)));
        }
        for u in urls.iter().filter(|u| *u != "*") {
            if !u.starts_with('/') {
                return Err(plain("nonResourceURL should start with /"));
            }
            if u[..u.len() - 1].contains('*') {
                return Err(plain("nonResourceURL only supports wildcard matches when '*' is at the end"));
            }
        }
    }
    // One rule per API group, groups in order.
    let mut groups: Vec<&String> = mapped.iter().map(|(g, _)| g).collect();
    crate::api::order::sort(&mut groups);
    groups.dedup();
    let verbs = Value::from(verbs);
    let mut out_rules: Vec<Value> = groups
        .into_iter()
        .map(|g| {
            let res: Vec<Value> = mapped.iter().filter(|(mg, _)| mg == g).map(|(_, r)| r.as_str().into()).collect();
            let mut rule = tpl(r#"{"verbs":"$0","apiGroups":["$1"],"resources":"$2"}"#, vec![verbs.clone(), g.as_str().into(), Value::Array(res)]);
            if !names.is_empty() {
                rule["resourceNames"] = names.as_slice().into();
            }
            rule
        })
        .collect();
    if !urls.is_empty() {
        out_rules.push(tpl(r#"{"verbs":"$0","nonResourceURLs":"$1"}"#, vec![verbs, urls.into()]));
    }
    Ok(out_rules)
}

/// `kubectl create role NAME --verb=… --resource=… [--resource-name=…]`.
pub fn role(kubectl: &mut Kubectl, mut inv: Invocation, out: &mut Output) {
    let flags = with_common(&[flag("verb", None, F::Values), flag("resource", None, F::Values), flag("resource-name", None, F::Values)]);
    let Some(p) = parse_flags("create role", &inv.args, &flags, out) else { return };
    let Some((name, _)) = name_and_command(&p, "create role", out) else { return };
    let rules = match rules(kubectl, &mut inv, &p, &[], false, out) {
        Ok(r) => r,
        Err(e) => return out.fail(e),
    };
    let obj = tpl(r#"{"apiVersion":"rbac.authorization.k8s.io/v1","kind":"Role","metadata":"$0","rules":"$1"}"#, vec![meta(&p, &name), Value::Array(rules)]);
    let ns = namespace(kubectl, &p);
    post(kubectl, inv, out, &p, &format!("/apis/rbac.authorization.k8s.io/v1/namespaces/{}/roles", ns), obj, "role.rbac.authorization.k8s.io");
}

/// `kubectl create clusterrole NAME --verb=… [--resource=…] [--non-resource-url=…]` or
/// `--aggregation-rule=KEY=VALUE,…`.
pub fn clusterrole(kubectl: &mut Kubectl, mut inv: Invocation, out: &mut Output) {
    let flags = with_common(&[
        flag("verb", None, F::Values),
        flag("resource", None, F::Values),
        flag("resource-name", None, F::Values),
        flag("non-resource-url", None, F::Values),
        flag("aggregation-rule", None, F::Value),
    ]);
    let Some(p) = parse_flags("create clusterrole", &inv.args, &flags, out) else { return };
    let Some((name, _)) = name_and_command(&p, "create clusterrole", out) else { return };
    let urls = list(&p, "non-resource-url");
    let mut m = meta(&p, &name);
    if let Some(o) = m.as_object_mut() {
        o.remove("namespace");
    }
    let aggregation = p.value("aggregation-rule").unwrap_or("");
    let obj = if !aggregation.is_empty() {
        if !urls.is_empty() || !list(&p, "verb").is_empty() || !list(&p, "resource").is_empty() || !list(&p, "resource-name").is_empty() {
            return out.fail(plain("aggregation rule must be specified without nonResourceURLs, verbs, resources or resourceNames"));
        }
        let mut labels = serde_json::Map::new();
        for pair in aggregation.split(',') {
            match pair.split_once('=') {
                Some((k, v)) => {
                    labels.insert(k.to_string(), v.into());
                }
                None => return out.fail(format!("error: invalid argument {:?} for \"--aggregation-rule\" flag: {} must be formatted as key=value\n", aggregation, pair)),
            }
        }
        tpl(r#"{"apiVersion":"rbac.authorization.k8s.io/v1","kind":"ClusterRole","metadata":"$0","aggregationRule":{"clusterRoleSelectors":[{"matchLabels":"$1"}]},"rules":null}"#, vec![m, Value::Object(labels)])
    } else {
        match rules(kubectl, &mut inv, &p, &urls, true, out) {
            Ok(r) => tpl(r#"{"apiVersion":"rbac.authorization.k8s.io/v1","kind":"ClusterRole","metadata":"$0","rules":"$1"}"#, vec![m, Value::Array(r)]),
            Err(e) => return out.fail(e),
        }
    };
    post(kubectl, inv, out, &p, "/apis/rbac.authorization.k8s.io/v1/clusterroles", obj, "clusterrole.rbac.authorization.k8s.io");
}

/// A subject or role reference in the RBAC group.
fn rbac_ref(kind: &str, name: &str) -> Value {
    tpl(r#"{"apiGroup":"rbac.authorization.k8s.io","kind":"$0","name":"$1"}"#, vec![kind.into(), name.into()])
}

/// A RoleBinding or ClusterRoleBinding, with its subjects when there are any.
fn binding(kind: &str, m: Value, role_ref: Value, subjects: Vec<Value>) -> Value {
    let mut obj = tpl(r#"{"apiVersion":"rbac.authorization.k8s.io/v1","kind":"$0","metadata":"$1","roleRef":"$2"}"#, vec![kind.into(), m, role_ref]);
    if !subjects.is_empty() {
        obj["subjects"] = Value::Array(subjects);
    }
    obj
}

/// Subjects in kubectl's order: users, groups, then service accounts (`NAMESPACE:NAME`).
fn subjects(p: &Parsed) -> Result<Vec<Value>, String> {
    let mut s = Vec::new();
    for (flag, kind) in [("user", "User"), ("group", "Group")] {
        for n in p.values(flag) {
            s.push(rbac_ref(kind, &n));
        }
    }
    for sa in p.values("serviceaccount") {
        let parts: Vec<&str> = sa.split(':').collect();
        match parts.as_slice() {
            [ns, name] if !ns.is_empty() && !name.is_empty() => s.push(tpl(r#"{"kind":"ServiceAccount","name":"$0","namespace":"$1"}"#, vec![(*name).into(), (*ns).into()])),
            _ => return Err(plain("serviceaccount must be <namespace>:<name>")),
        }
    }
    Ok(s)
}

const BINDING_FLAGS: [super::flags::Flag; 4] = [flag("clusterrole", None, F::Value), flag("user", None, F::Values), flag("group", None, F::Values), flag("serviceaccount", None, F::Values)];

/// `kubectl create rolebinding NAME --clusterrole=NAME|--role=NAME [--user=…] [--group=…] [--serviceaccount=NS:NAME]`.
pub fn rolebinding(kubectl: &mut Kubectl, inv: Invocation, out: &mut Output) {
    let mut flags = with_common(&BINDING_FLAGS);
    flags.push(flag("role", None, F::Value));
    let Some(p) = parse_flags("create rolebinding", &inv.args, &flags, out) else { return };
    let Some((name, _)) = name_and_command(&p, "create rolebinding", out) else { return };
    let (role, cluster_role) = (p.value("role").unwrap_or(""), p.value("clusterrole").unwrap_or(""));
    if role.is_empty() == cluster_role.is_empty() {
        return out.fail(plain("exactly one of clusterrole or role must be specified"));
    }
    let subjects = match subjects(&p) {
        Ok(s) => s,
        Err(e) => return out.fail(e),
    };
    let role_ref = if role.is_empty() { rbac_ref("ClusterRole", cluster_role) } else { rbac_ref("Role", role) };
    let obj = binding("RoleBinding", meta(&p, &name), role_ref, subjects);
    let ns = namespace(kubectl, &p);
    post(kubectl, inv, out, &p, &format!("/apis/rbac.authorization.k8s.io/v1/namespaces/{}/rolebindings", ns), obj, "rolebinding.rbac.authorization.k8s.io");
}

/// `kubectl create clusterrolebinding NAME --clusterrole=NAME [--user=…] [--group=…] [--serviceaccount=NS:NAME]`.
pub fn clusterrolebinding(kubectl: &mut Kubectl, inv: Invocation, out: &mut Output) {
    let flags = with_common(&BINDING_FLAGS);
    let Some(p) = parse_flags("create clusterrolebinding", &inv.args, &flags, out) else { return };
    if !p.has("clusterrole") {
        return out.fail("error: required flag(s) \"clusterrole\" not set\n");
    }
    let Some((name, _)) = name_and_command(&p, "create clusterrolebinding", out) else { return };
    let subjects = match subjects(&p) {
        Ok(s) => s,
        Err(e) => return out.fail(e),
    };
    let mut m = meta(&p, &name);
    if let Some(o) = m.as_object_mut() {
        o.remove("namespace");
    }
    let obj = binding("ClusterRoleBinding", m, rbac_ref("ClusterRole", p.value("clusterrole").unwrap_or("")), subjects);
    post(kubectl, inv, out, &p, "/apis/rbac.authorization.k8s.io/v1/clusterrolebindings", obj, "clusterrolebinding.rbac.authorization.k8s.io");
}

/// `--hard=cpu=1,memory=1G`: each quantity as the typed object carries it (canonical form).
fn quantities(spec: &str) -> Result<serde_json::Map<String, Value>, String> {
    let mut m = serde_json::Map::new();
    for part in spec.split(',').filter(|s| !s.is_empty()) {
        let (k, q) = part.split_once('=').ok_or_else(|| format!("Invalid argument syntax {}, expected <resource>=<value>", part))?;
        let q = crate::api::quantity::canonicalize(q).ok_or("quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'")?;
        m.insert(k.to_string(), Value::from(q));
    }
    Ok(m)
}

/// `kubectl create quota NAME [--hard=key1=value1,key2=value2] [--scopes=Scope1,Scope2]`.
pub fn quota(kubectl: &mut Kubectl, inv: Invocation, out: &mut Output) {
    let flags = with_common(&[flag("hard", None, F::Value), flag("scopes", None, F::Value)]);
    let Some(p) = parse_flags("create quota", &inv.args, &flags, out) else { return };
    let Some(name) = super::create::one_name(&p, "create quota", out) else { return };
    let hard = match quantities(p.value("hard").unwrap_or("")) {
        Ok(h) => h,
        Err(e) => return out.fail(plain(&e)),
    };
    let mut obj = tpl(r#"{"apiVersion":"v1","kind":"ResourceQuota","metadata":"$0","spec":{},"status":{}}"#, vec![meta(&p, &name)]);
    if !hard.is_empty() {
        obj["spec"]["hard"] = Value::Object(hard);
    }
    let scopes: Vec<Value> = p.value("scopes").unwrap_or("").split(',').map(str::trim).filter(|s| !s.is_empty()).map(Value::from).collect();
    if !scopes.is_empty() {
        obj["spec"]["scopes"] = Value::Array(scopes);
    }
    let ns = namespace(kubectl, &p);
    post(kubectl, inv, out, &p, &format!("/api/v1/namespaces/{}/resourcequotas", ns), obj, "resourcequota");
}

/// `kubectl create priorityclass NAME --value=VALUE --global-default=BOOL [--description=…] [--preemption-policy=…]`.
pub fn priorityclass(kubectl: &mut Kubectl, inv: Invocation, out: &mut Output) {
    let flags = with_common(&[flag("value", None, F::Value), flag("global-default", None, F::Bool), flag("description", None, F::Value), flag("preemption-policy", None, F::Value)]);
    let Some(p) = parse_flags("create priorityclass", &inv.args, &flags, out) else { return };
    let value = p.value("value").unwrap_or("0");
    let Ok(value) = value.parse::<i32>() else {
        return out.fail(format!("error: invalid argument {:?} for \"--value\" flag: strconv.ParseInt: parsing {:?}: {}\nSee 'kubectl create priorityclass --help' for usage.\n", value, value, if value.parse::<i64>().is_ok() { "value out of range" } else { "invalid syntax" }));
    };
    let Some(name) = super::create::one_name(&p, "create priorityclass", out) else { return };
    let mut m = meta(&p, &name);
    if let Some(o) = m.as_object_mut() {
        o.remove("namespace");
    }
    let mut obj = tpl(r#"{"apiVersion":"scheduling.k8s.io/v1","kind":"PriorityClass","metadata":"$0","value":"$1","preemptionPolicy":"$2"}"#, vec![m, value.into(), p.value("preemption-policy").unwrap_or("PreemptLowerPriority").into()]);
    if p.bool("global-default") {
        obj["globalDefault"] = true.into();
    }
    if let Some(d) = p.value("description").filter(|d| !d.is_empty()) {
        obj["description"] = d.into();
    }
    post(kubectl, inv, out, &p, "/apis/scheduling.k8s.io/v1/priorityclasses", obj, "priorityclass.scheduling.k8s.io");
}

/// `metav1.ParseToLabelSelector`: equality into matchLabels, the set-based forms into matchExpressions.
fn label_selector(text: &str) -> Result<Value, String> {
    use crate::api::labels::{Op, Selector};
    let mut sel = Selector::parse(text).map_err(|e| format!("couldn't parse the selector string {:?}: {}", text, e))?;
    // labels.Parse keeps the requirements sorted by key.
    crate::api::order::sort_by_key(&mut sel.requirements, |r| r.key.clone());
    let (mut labels, mut exprs) = (serde_json::Map::new(), Vec::new());
    for r in sel.requirements {
        let op = match r.op {
            Op::Equals => {
                labels.insert(r.key, r.values.first().cloned().unwrap_or_default().into());
                continue;
            }
            Op::In => "In",
            Op::NotIn => "NotIn",
            Op::Exists => "Exists",
            Op::DoesNotExist => "DoesNotExist",
            Op::Gt => return Err("\"gt\" isn't supported in label selectors".into()),
            Op::Lt => return Err("\"lt\" isn't supported in label selectors".into()),
            Op::NotEquals => return Err("\"!=\" is not a valid label selector operator".into()),
        };
        let mut e = tpl(r#"{"key":"$0","operator":"$1"}"#, vec![r.key.into(), op.into()]);
        if !r.values.is_empty() {
            e["values"] = r.values.into();
        }
        exprs.push(e);
    }
    let mut s = serde_json::Map::new();
    if !labels.is_empty() {
        s.insert("matchLabels".into(), Value::Object(labels));
    }
    if !exprs.is_empty() {
        s.insert("matchExpressions".into(), Value::Array(exprs));
    }
    Ok(Value::Object(s))
}

/// `kubectl create poddisruptionbudget NAME --selector=SELECTOR --min-available=N|--max-unavailable=N`.
pub fn pdb(kubectl: &mut Kubectl, inv: Invocation, out: &mut Output) {
    let flags = with_common(&[flag("selector", None, F::Value), flag("min-available", None, F::Value), flag("max-unavailable", None, F::Value)]);
    let Some(p) = parse_flags("create poddisruptionbudget", &inv.args, &flags, out) else { return };
    let Some(name) = super::create::one_name(&p, "create poddisruptionbudget", out) else { return };
    let (min, max) = (p.value("min-available").unwrap_or(""), p.value("max-unavailable").unwrap_or(""));
    let selector = p.value("selector").unwrap_or("");
    let err = if selector.is_empty() {
        Some("a selector must be specified")
    } else if min.is_empty() && max.is_empty() {
        Some("one of min-available or max-unavailable must be specified")
    } else if !min.is_empty() && !max.is_empty() {
        Some("min-available and max-unavailable cannot be both specified")
    } else {
        None
    };
    if let Some(e) = err {
        return out.fail(plain(e));
    }
    let selector = match label_selector(selector) {
        Ok(s) => s,
        Err(e) => return out.fail(plain(&e)),
    };
    // intstr.Parse: a number, or the text (`50%`).
    let int_or_string = |v: &str| v.parse::<i32>().map_or_else(|_| Value::from(v), Value::from);
    let mut obj = tpl(
        r#"{"apiVersion":"policy/v1","kind":"PodDisruptionBudget","metadata":"$0","spec":{"selector":"$1"},"status":{"currentHealthy":0,"desiredHealthy":0,"disruptionsAllowed":0,"expectedPods":0}}"#,
        vec![meta(&p, &name), selector],
    );
    if !min.is_empty() {
        obj["spec"]["minAvailable"] = int_or_string(min);
    } else {
        obj["spec"]["maxUnavailable"] = int_or_string(max);
    }
    let ns = namespace(kubectl, &p);
    post(kubectl, inv, out, &p, &format!("/apis/policy/v1/namespaces/{}/poddisruptionbudgets", ns), obj, "poddisruptionbudget.policy");
}

/// `kubectl create secret docker-registry NAME --docker-username=… --docker-password=…
/// [--docker-server=…] [--docker-email=…]` (or `--from-file`): a `.dockerconfigjson` Secret.
pub fn docker_registry(kubectl: &mut Kubectl, inv: Invocation, out: &mut Output) {
    let flags = with_common(&[
        flag("docker-server", None, F::Value),
        flag("docker-username", None, F::Value),
        flag("docker-password", None, F::Value),
        flag("docker-email", None, F::Value),
        flag("from-file", None, F::Values),
        flag("append-hash", None, F::Bool),
    ]);
    let Some(p) = parse_flags("create secret docker-registry", &inv.args, &flags, out) else { return };
    let Some(name) = super::create::one_name(&p, "create secret docker-registry", out) else { return };
    let (user, password, email) = (p.value("docker-username").unwrap_or(""), p.value("docker-password").unwrap_or(""), p.value("docker-email").unwrap_or(""));
    let server = p.value("docker-server").unwrap_or("https://index.docker.io/v1/");
    let from_files = p.values("from-file");
    if from_files.is_empty() && (user.is_empty() || password.is_empty() || server.is_empty()) {
        return out.fail(plain("either --from-file or the combination of --docker-username, --docker-password and --docker-server is required"));
    }
    let b64 = |s: &str| crate::kubelet::sh::programs::base64_encode(s.as_bytes());
    let mut data = serde_json::Map::new();
    if from_files.is_empty() {
        // Go's json.Marshal of DockerConfigJSON: fields in struct order, empty ones left out.
        let q = |s: &str| Value::from(s).to_string();
        let mut entry = format!("\"username\":{},\"password\":{}", q(user), q(password));
        if !email.is_empty() {
            entry.push_str(&format!(",\"email\":{}", q(email)));
        }
        entry.push_str(&format!(",\"auth\":{}", q(&b64(&format!("{}:{}", user, password)))));
        data.insert(".dockerconfigjson".into(), b64(&format!("{{\"auths\":{{{}:{{{}}}}}}}", q(server), entry)).into());
    } else {
        match super::create::data_sources(&p, inv.files, "Secret") {
            Ok(d) => data.extend(d.into_iter().map(|(k, v)| (k, Value::from(b64(&v))))),
            Err(e) => return out.fail(plain(&e)),
        }
    }
    let mut obj = tpl(r#"{"apiVersion":"v1","kind":"Secret","metadata":"$0","type":"kubernetes.io/dockerconfigjson","data":"$1"}"#, vec![meta(&p, &name), Value::Object(data)]);
    if p.bool("append-hash") {
        super::create::append_hash(&mut obj);
    }
    let ns = namespace(kubectl, &p);
    post(kubectl, inv, out, &p, &format!("/api/v1/namespaces/{}/secrets", ns), obj, "secret");
}
