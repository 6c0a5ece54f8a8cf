//! `kubectl auth can-i`: asks the apiserver with a SelfSubjectAccessReview (or, with `--list`, a
//! SelfSubjectRulesReview) and prints `yes`/`no` or the rules table; `kubectl auth whoami` asks
//! with a SelfSubjectReview who the apiserver takes the caller for.

use super::errors::{plain, StatusError};
use super::flags::{flag, Kind as F};
use super::tabwriter;
use super::{parse_flags, Invocation, Kubectl, Output};
use crate::apiserver::http::{Method, Request};
use serde_json::Value;
use crate::json;

const FLAGS: &[super::flags::Flag] = &[
    flag("all-namespaces", Some('A'), F::Bool),
    flag("list", None, F::Bool),
    flag("no-headers", None, F::Bool),
    flag("quiet", Some('q'), F::Bool),
    flag("subresource", None, F::Value),
    flag("as", None, F::Value),
    flag("as-group", None, F::Values),
];

pub fn run(kubectl: &mut Kubectl, inv: Invocation, out: &mut Output) {
    let Some(pos) = super::find_verb(&inv.args) else {
        return out.fail("error: Unexpected args: []\nSee 'kubectl auth -h' for help and examples\n");
    };
    match inv.args[pos].as_str() {
        "can-i" => {
            let mut args = inv.args.clone();
            args.remove(pos);
            can_i(kubectl, Invocation { args, ..inv }, out);
        }
        "whoami" => {
            let mut args = inv.args.clone();
            args.remove(pos);
            whoami(Invocation { args, ..inv }, out);
        }
        other => out.fail(plain(&format!("kubeplay does not simulate \"kubectl auth {}\" yet", other))),
    }
}

fn can_i(kubectl: &mut Kubectl, inv: Invocation, out: &mut Output) {
    let Some(p) = parse_flags("auth can-i", &inv.args, FLAGS, out) else { return };
    let ns = if p.bool("all-namespaces") { String::new() } else { p.value("namespace").map(str::to_string).unwrap_or_else(|| kubectl.namespace.clone()) };
    if p.bool("list") {
        return list(inv, out, &ns, p.bool("no-headers"));
    }
    let (verb, target) = match p.positionals.as_slice() {
        [verb, target, rest @ ..] if rest.len() <= 1 => (verb.clone(), (target.clone(), rest.first().cloned())),
        _ => return out.fail("error: you must specify two arguments: verb resource or verb resource/resourceName.\nSee 'kubectl auth can-i -h' for help and examples\n"),
    };
    let (res_arg, name) = match target.0.split_once('/') {
        Some((r, n)) if !target.0.starts_with('/') => (r.to_string(), Some(n.to_string())),
        _ => (target.0.clone(), target.1.clone()),
    };
    let spec = if res_arg.starts_with('/') {
        json!({"nonResourceAttributes": {"verb": verb, "path": res_arg}})
    } else {
        let disco = kubectl.discovery(inv.transport);
        let found = if res_arg == "*" { Some(("*".to_string(), "*".to_string())) } else { disco.resolve(&res_arg).map(|r| (r.group.clone(), r.name.clone())) };
        let (group, resource) = match found {
            Some(found) => found,
            None => {
                out.err(format!("Warning: the server doesn't have a resource type '{}'\n", res_arg));
                let (r, g) = res_arg.split_once('.').map(|(r, g)| (r.to_string(), g.to_string())).unwrap_or((res_arg.clone(), String::new()));
                (g, r)
            }
        };
        let mut ra = json!({"namespace": ns, "verb": verb, "group": group, "resource": resource});
        if let Some(n) = &name {
            ra["name"] = json!(n);
        }
        if let Some(s) = p.value("subresource") {
            ra["subresource"] = Value::from(s);
        }
        json!({"resourceAttributes": ra})
    };
    let body = json!({"kind": "SelfSubjectAccessReview", "apiVersion": "authorization.k8s.io/v1", "metadata": {}, "spec": spec});
    let resp = inv.transport.round_trip(
        Request::new(Method::Post, "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews").with_header("Content-Type", "application/json").with_body(body.to_string()),
    );
    if !resp.is_success() {
        return out.fail(StatusError::from_body(resp.code, &resp.body).render());
    }
    let v: Value = serde_json::from_str(&resp.body).unwrap_or_default();
    let allowed = v["status"]["allowed"].as_bool().unwrap_or(false);
    if !p.bool("quiet") {
        out.out(if allowed { "yes\n" } else { "no\n" });
    }
    if !allowed {
        out.exit_code = 1;
    }
}

fn bracket(v: &Value) -> String {
    let items: Vec<&str> = v.as_array().into_iter().flatten().filter_map(Value::as_str).collect();
    format!("[{}]", items.join(" "))
}

fn list(inv: Invocation, out: &mut Output, ns: &str, no_headers: bool) {
    let body = json!({"kind": "SelfSubjectRulesReview", "apiVersion": "authorization.k8s.io/v1", "metadata": {}, "spec": {"namespace": ns}});
    let resp = inv.transport.round_trip(
        Request::new(Method::Post, "/apis/authorization.k8s.io/v1/selfsubjectrulesreviews").with_header("Content-Type", "application/json").with_body(body.to_string()),
    );
    if !resp.is_success() {
        return out.fail(StatusError::from_body(resp.code, &resp.body).render());
    }
    let v: Value = serde_json::from_str(&resp.body).unwrap_or_default();
    let mut rows: Vec<(String, String, String, String)> = Vec::new();
    for r in v["status"]["resourceRules"].as_array().into_iter().flatten() {
        let groups: Vec<&str> = r["apiGroups"].as_array().into_iter().flatten().filter_map(Value::as_str).collect();
        for res in r["resources"].as_array().into_iter().flatten().filter_map(Value::as_str) {
            for g in if groups.is_empty() { vec![""] } else { groups.clone() } {
                let name = if g.is_empty() { res.to_string() } else { format!("{}.{}", res, g) };
                rows.push((name, "[]".into(), bracket(&r["resourceNames"]), bracket(&r["verbs"])));
            }
        }
    }
    for r in v["status"]["nonResourceRules"].as_array().into_iter().flatten() {
        rows.push((String::new(), bracket(&r["nonResourceURLs"]), "[]".into(), bracket(&r["verbs"])));
    }
    crate::api::order::sort(&mut rows);
    rows.dedup();
    let mut text = String::new();
    if !no_headers {
        text.push_str("Resources\tNon-Resource URLs\tResource Names\tVerbs\n");
    }
    for (a, b, c, d) in rows {
        text.push_str(&format!("{}\t{}\t{}\t{}\n", a, b, c, d));
    }
    out.out(tabwriter::format(&text, 0, 3));
}

/// `kubectl auth whoami`: the user, uid, groups and extra the apiserver authenticated.
fn whoami(inv: Invocation, out: &mut Output) {
    let flags = [flag("output", Some('o'), F::Value), flag("as", None, F::Value), flag("as-group", None, F::Values)];
    let Some(p) = parse_flags("auth whoami", &inv.args, &flags, out) else { return };
    let body = json!({"kind": "SelfSubjectReview", "apiVersion": "authentication.k8s.io/v1", "metadata": {"creationTimestamp": null}, "status": {"userInfo": {}}});
    let resp = inv.transport.round_trip(
        Request::new(Method::Post, "/apis/authentication.k8s.io/v1/selfsubjectreviews").with_header("Content-Type", "application/json").with_body(body.to_string()),
    );
    if resp.code == 404 {
        return out.fail("error: the selfsubjectreviews API is not enabled in the cluster\nenable APISelfSubjectReview feature gate and authentication.k8s.io/v1alpha1 or authentication.k8s.io/v1beta1 API\n");
    }
    if !resp.is_success() {
        return out.fail(StatusError::from_body(resp.code, &resp.body).render());
    }
    let v: Value = serde_json::from_str(&resp.body).unwrap_or_default();
    match p.value("output") {
        Some("json") => return out.out(super::printers::to_json(&v)),
        Some("yaml") => return out.out(crate::manifest::to_yaml(&v)),
        Some(other) => return out.fail(format!("error: unable to match a printer suitable for the output format {:?}, allowed formats are: json,yaml\n", other)),
        None => {}
    }
    let ui = &v["status"]["userInfo"];
    let list = |a: &Value| format!("[{}]", a.as_array().into_iter().flatten().filter_map(Value::as_str).collect::<Vec<_>>().join(" "));
    let mut text = String::from("ATTRIBUTE\tVALUE\n");
    if let Some(u) = ui["username"].as_str().filter(|u| !u.is_empty()) {
        text.push_str(&format!("Username\t{}\n", u));
    }
    if let Some(u) = ui["uid"].as_str().filter(|u| !u.is_empty()) {
        text.push_str(&format!("UID\t{}\n", u));
    }
    if ui["groups"].as_array().is_some_and(|g| !g.is_empty()) {
        text.push_str(&format!("Groups\t{}\n", list(&ui["groups"])));
    }
    for (k, vals) in ui["extra"].as_object().into_iter().flatten() {
        text.push_str(&format!("Extra: {}\t{}\n", k, list(vals)));
    }
    out.out(tabwriter::format(&text, 0, 3));
}
