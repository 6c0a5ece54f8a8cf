//! Authentication, impersonation and RBAC authorization for REST requests, with upstream's
//! Forbidden texts; and the access-review endpoints `kubectl auth can-i` asks.

use super::errors::ApiError;
use super::http::{Method, Request};
use super::ApiServer;
use crate::api::rbac::{ClusterRole, ClusterRoleBinding, PolicyRule, Role, RoleBinding, Subject};
use crate::api::{Kind, Typed};
use serde_json::Value;
use crate::json;

/// Who a request is from, after impersonation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UserInfo {
    pub name: String,
    pub groups: Vec<String>,
}

impl UserInfo {
    /// kubeadm's `admin.conf` identity.
    pub fn admin() -> Self {
        UserInfo { name: "kubernetes-admin".into(), groups: vec!["kubeadm:cluster-admins".into(), "system:authenticated".into()] }
    }
    /// A user named by `--as`: service accounts get their groups, everyone `system:authenticated`
    /// (`system:anonymous` gets `system:unauthenticated` instead).
    pub fn impersonated(name: &str, groups: Vec<String>) -> Self {
        let mut g = groups;
        if let Some(rest) = name.strip_prefix("system:serviceaccount:") {
            if let Some((ns, _)) = rest.split_once(':') {
                g.push("system:serviceaccounts".into());
                g.push(format!("system:serviceaccounts:{}", ns));
            }
        }
        let everyone = if name == "system:anonymous" { "system:unauthenticated" } else { "system:authenticated" };
        if !g.iter().any(|x| x == everyone) {
            g.push(everyone.into());
        }
        UserInfo { name: name.to_string(), groups: g }
    }
}

/// What a request does, as the authorizer sees it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Attributes {
    pub verb: String,
    pub group: String,
    pub resource: String,
    pub subresource: String,
    pub namespace: String,
    pub name: String,
    /// For non-resource requests (`/version`, `/api`).
    pub path: Option<String>,
}

impl Attributes {
    /// `authorization.Forbidden`'s sentence.
    pub fn forbidden_reason(&self, user: &str) -> String {
        if let Some(p) = &self.path {
            return format!("User {:?} cannot {} path {:?}", user, self.verb, p);
        }
        let resource = if self.subresource.is_empty() { self.resource.clone() } else { format!("{}/{}", self.resource, self.subresource) };
        if self.namespace.is_empty() {
            format!("User {:?} cannot {} resource {:?} in API group {:?} at the cluster scope", user, self.verb, resource, self.group)
        } else {
            format!("User {:?} cannot {} resource {:?} in API group {:?} in the namespace {:?}", user, self.verb, resource, self.group, self.namespace)
        }
    }

    pub fn forbidden(&self, user: &str) -> ApiError {
        let gr = if self.group.is_empty() { self.resource.clone() } else { format!("{}.{}", self.resource, self.group) };
        let reason = self.forbidden_reason(user);
        let message = if self.path.is_some() {
            format!("forbidden: {}", reason)
        } else if self.name.is_empty() {
            format!("{} is forbidden: {}", gr, reason)
        } else {
            format!("{} {:?} is forbidden: {}", gr, self.name, reason)
        };
        ApiError { code: 403, reason: "Forbidden", message, details: Some(Box::new(super::errors::Details { name: self.name.clone(), group: self.group.clone(), kind: self.resource.clone(), ..Default::default() })) }
    }
}

/// The request's attributes from its method and path.
pub fn attributes(req: &Request) -> Attributes {
    let segs: Vec<&str> = req.path.trim_end_matches('/').split('/').filter(|s| !s.is_empty()).collect();
    let (group, rest) = match segs.as_slice() {
        ["api", _v, rest @ ..] if !rest.is_empty() => ("", rest),
        ["apis", g, _v, rest @ ..] if !rest.is_empty() => (*g, rest),
        _ => {
            let verb = match req.method {
                Method::Get => "get",
                Method::Post => "post",
                Method::Put => "put",
                Method::Patch => "patch",
                Method::Delete => "delete",
            };
            return Attributes { verb: verb.into(), path: Some(req.path.clone()), ..Default::default() };
        }
    };
    let (namespace, rest): (&str, &[&str]) = match rest {
        ["namespaces", ns, more @ ..] if !more.is_empty() => (ns, more),
        _ => ("", rest),
    };
    let (resource, name, sub) = match rest {
        [r] => (*r, "", ""),
        [r, n] => (*r, *n, ""),
        [r, n, s, ..] => (*r, *n, *s),
        [] => ("", "", ""),
    };
    let watch = req.query_value("watch").is_some_and(|w| w == "true" || w == "1");
    let verb = match (req.method, name.is_empty()) {
        (Method::Get, _) if watch => "watch",
        (Method::Get, true) => "list",
        (Method::Get, false) => "get",
        (Method::Post, _) => "create",
        (Method::Put, _) => "update",
        (Method::Patch, _) => "patch",
        (Method::Delete, true) => "deletecollection",
        (Method::Delete, false) => "delete",
    };
    // A namespace object's own requests are cluster-scoped, but name the namespace.
    let namespace = if resource == "namespaces" && namespace.is_empty() && !name.is_empty() { name } else { namespace };
    Attributes {
        verb: verb.into(),
        group: group.into(),
        resource: resource.into(),
        subresource: sub.into(),
        namespace: namespace.into(),
        name: name.into(),
        path: None,
    }
}

fn subject_matches(s: &Subject, user: &UserInfo, binding_ns: &str) -> bool {
    match s.kind.as_str() {
        "User" => s.name == user.name,
        "Group" => user.groups.iter().any(|g| *g == s.name),
        "ServiceAccount" => {
            let ns = s.namespace.as_deref().filter(|n| !n.is_empty()).unwrap_or(binding_ns);
            user.name == format!("system:serviceaccount:{}:{}", ns, s.name)
        }
        _ => false,
    }
}

fn has(list: &Option<Vec<String>>, want: &str) -> bool {
    list.iter().flatten().any(|x| x == "*" || x == want)
}

/// Whether one rule allows the request.
pub fn rule_allows(rule: &PolicyRule, a: &Attributes) -> bool {
    if !rule.verbs.iter().any(|v| v == "*" || *v == a.verb) {
        return false;
    }
    if let Some(path) = &a.path {
        return rule.non_resource_urls.iter().flatten().any(|u| u == "*" || u == path || (u.ends_with('*') && path.starts_with(u.trim_end_matches('*'))));
    }
    if !has(&rule.api_groups, &a.group) {
        return false;
    }
    let full = if a.subresource.is_empty() { a.resource.clone() } else { format!("{}/{}", a.resource, a.subresource) };
    let resource_ok = rule.resources.iter().flatten().any(|r| r == "*" || *r == full || (r.starts_with("*/") && !a.subresource.is_empty() && r[2..] == a.subresource));
    if !resource_ok {
        return false;
    }
    match rule.resource_names.as_ref().filter(|n| !n.is_empty()) {
        None => true,
        Some(names) => !a.name.is_empty() && names.iter().any(|n| *n == a.name),
    }
}

impl ApiServer {
    fn list_typed<T: Typed + Clone>(&self, kind: Kind, ns: Option<&str>) -> Vec<T> {
        self.store().range_prefix(&kind.storage_prefix(ns)).iter().filter_map(|kv| T::from_object(&kv.value).cloned()).collect()
    }

    /// Every rule that applies to `user` in `namespace` ("" for cluster scope).
    pub fn rules_for(&self, user: &UserInfo, namespace: &str) -> Vec<PolicyRule> {
        let cluster_roles: Vec<ClusterRole> = self.list_typed(Kind::ClusterRole, None);
        let cluster_rules = |name: &str| -> Vec<PolicyRule> {
            cluster_roles.iter().find(|r| r.metadata.name.as_deref() == Some(name)).and_then(|r| r.rules.clone()).unwrap_or_default()
        };
        let mut rules = Vec::new();
        for b in self.list_typed::<ClusterRoleBinding>(Kind::ClusterRoleBinding, None) {
            if b.subjects.iter().flatten().any(|s| subject_matches(s, user, "")) {
                rules.extend(cluster_rules(&b.role_ref.name));
            }
        }
        if !namespace.is_empty() {
            let roles: Vec<Role> = self.list_typed(Kind::Role, Some(namespace));
            for b in self.list_typed::<RoleBinding>(Kind::RoleBinding, Some(namespace)) {
                if !b.subjects.iter().flatten().any(|s| subject_matches(s, user, namespace)) {
                    continue;
                }
                match b.role_ref.kind.as_str() {
                    "ClusterRole" => rules.extend(cluster_rules(&b.role_ref.name)),
                    _ => rules.extend(roles.iter().find(|r| r.metadata.name.as_deref() == Some(b.role_ref.name.as_str())).and_then(|r| r.rules.clone()).unwrap_or_default()),
                }
            }
        }
        rules
    }

    /// The RBAC authorizer (with `system:masters` always allowed, as upstream's privileged group).
    pub fn authorize(&self, user: &UserInfo, a: &Attributes) -> bool {
        if user.groups.iter().any(|g| g == "system:masters") {
            return true;
        }
        self.rules_for(user, &a.namespace).iter().any(|r| rule_allows(r, a))
    }

    /// Resolves the request's user (applying `Impersonate-*` headers when the caller may) and
    /// checks the request. Returns the effective user.
    pub(super) fn authenticate_and_authorize(&self, req: &Request) -> Result<UserInfo, ApiError> {
        // A bearer token is a service account's (`kubectl create token`, a pod's projected
        // token); without one the request is from whom the transport says (the learner).
        let bearer = req.header("Authorization").and_then(|h| h.strip_prefix("Bearer ")).map(str::trim);
        let caller = match bearer {
            Some(token) => self.authenticate_token(token).ok_or_else(ApiError::unauthorized)?,
            None if req.user == "kubernetes-admin" => UserInfo::admin(),
            None => UserInfo::impersonated(&req.user, req.groups.clone()),
        };
        let user = match req.header("Impersonate-User") {
            None => caller,
            Some(target) => {
                let check = Attributes { verb: "impersonate".into(), resource: "users".into(), name: target.to_string(), ..Default::default() };
                if !self.authorize(&caller, &check) {
                    return Err(check.forbidden(&caller.name));
                }
                let groups: Vec<String> = req.headers.iter().filter(|(k, _)| k.eq_ignore_ascii_case("Impersonate-Group")).map(|(_, v)| v.clone()).collect();
                UserInfo::impersonated(target, groups)
            }
        };
        let a = attributes(req);
        // Asking about oneself is every authenticated user's right; non-resource paths
        // (`/api`, `/version`) go by the bootstrap roles' URL rules (discovery is for the
        // authenticated, health and version for everyone).
        if matches!(a.resource.as_str(), "selfsubjectaccessreviews" | "selfsubjectrulesreviews" | "selfsubjectreviews") && a.path.is_none() {
            return Ok(user);
        }
        if !self.authorize(&user, &a) {
            return Err(a.forbidden(&user.name));
        }
        Ok(user)
    }

    /// `POST selfsubjectaccessreviews`: may the caller do this?
    pub(super) fn self_subject_access_review(&self, user: &UserInfo, body: &Value) -> Value {
        let ra = &body["spec"]["resourceAttributes"];
        let nra = &body["spec"]["nonResourceAttributes"];
        let a = if nra.is_object() {
            Attributes { verb: nra["verb"].as_str().unwrap_or("").into(), path: Some(nra["path"].as_str().unwrap_or("").into()), ..Default::default() }
        } else {
            Attributes {
                verb: ra["verb"].as_str().unwrap_or("").into(),
                group: ra["group"].as_str().unwrap_or("").into(),
                resource: ra["resource"].as_str().unwrap_or("").into(),
                subresource: ra["subresource"].as_str().unwrap_or("").into(),
                namespace: ra["namespace"].as_str().unwrap_or("").into(),
                name: ra["name"].as_str().unwrap_or("").into(),
                path: None,
            }
        };
        let allowed = self.authorize(user, &a);
        let mut out = body.clone();
        out["status"] = if allowed {
            json!({"allowed": true, "reason": "RBAC: allowed by a binding"})
        } else {
            json!({"allowed": false})
        };
        out["metadata"] = json!({"creationTimestamp": null});
        out
    }

    /// `POST selfsubjectrulesreviews`: what may the caller do in a namespace?
    pub(super) fn self_subject_rules_review(&self, user: &UserInfo, body: &Value) -> Value {
        let ns = body["spec"]["namespace"].as_str().unwrap_or("");
        let rules = self.rules_for(user, ns);
        let mut resource_rules = Vec::new();
        let mut non_resource_rules = Vec::new();
        for r in &rules {
            if r.non_resource_urls.as_ref().is_some_and(|u| !u.is_empty()) {
                non_resource_rules.push(json!({"verbs": r.verbs, "nonResourceURLs": r.non_resource_urls}));
            } else {
                let mut v = json!({"verbs": r.verbs, "apiGroups": r.api_groups, "resources": r.resources});
                if let Some(n) = &r.resource_names {
                    v["resourceNames"] = json!(n);
                }
                resource_rules.push(v);
            }
        }
        let mut out = body.clone();
        out["status"] = json!({"resourceRules": resource_rules, "nonResourceRules": non_resource_rules, "incomplete": false});
        out["metadata"] = json!({"creationTimestamp": null});
        out
    }
}

/// The access-review resources discovery lists under `authorization.k8s.io/v1`.
pub fn review_resources() -> Value {
    let r = |name: &str, kind: &str, namespaced: bool| json!({"name": name, "singularName": "", "namespaced": namespaced, "kind": kind, "verbs": ["create"]});
    json!([
        r("localsubjectaccessreviews", "LocalSubjectAccessReview", true),
        r("selfsubjectaccessreviews", "SelfSubjectAccessReview", false),
        r("selfsubjectrulesreviews", "SelfSubjectRulesReview", false),
        r("subjectaccessreviews", "SubjectAccessReview", false),
    ])
}

pub const AUTHORIZATION_GROUP: &str = "authorization.k8s.io";
pub const AUTHENTICATION_GROUP: &str = "authentication.k8s.io";
