//! RBAC describers: Role and ClusterRole (rules broken down to one verb each, then compacted per
//! resource, as kubectl's `rbac.BreakdownRule` / `CompactRules` do), RoleBinding and
//! ClusterRoleBinding.

use super::format::go_list;
use super::{annotations_multiline, labels_multiline, tabbed, Client, Result, Writer};
use crate::api::rbac::{ClusterRole, ClusterRoleBinding, PolicyRule, Role, RoleBinding, RoleRef, Subject};
use crate::kubectl::builder::Target;

fn list(v: &Option<Vec<String>>) -> Vec<String> {
    v.clone().unwrap_or_default()
}

/// `rbac.BreakdownRule`: one rule per group, resource, verb (and resource name).
pub fn breakdown(rule: &PolicyRule) -> Vec<PolicyRule> {
    let mut out = Vec::new();
    let one = |s: &str| Some(vec![s.to_string()]);
    for g in list(&rule.api_groups) {
        for r in list(&rule.resources) {
            for v in &rule.verbs {
                let names = list(&rule.resource_names);
                if names.is_empty() {
                    out.push(PolicyRule { api_groups: one(&g), resources: one(&r), verbs: vec![v.clone()], ..Default::default() });
                }
                for n in names {
                    out.push(PolicyRule { api_groups: one(&g), resources: one(&r), verbs: vec![v.clone()], resource_names: one(&n), ..Default::default() });
                }
            }
        }
    }
    for u in list(&rule.non_resource_urls) {
        for v in &rule.verbs {
            out.push(PolicyRule { non_resource_urls: one(&u), verbs: vec![v.clone()], ..Default::default() });
        }
    }
    out
}

/// `rbac.CompactRules`: simple rules (one group, one resource, at most one name) merged by verb.
pub fn compact(rules: Vec<PolicyRule>) -> Vec<PolicyRule> {
    let mut out = Vec::new();
    // By key, as a vector sorted at the end (keys are unique): no map type for this one use.
    let mut simple: Vec<((String, String, bool, String), PolicyRule)> = Vec::new();
    for r in rules {
        let (groups, resources, names) = (list(&r.api_groups), list(&r.resources), list(&r.resource_names));
        let is_simple = names.len() <= 1 && list(&r.non_resource_urls).is_empty() && groups.len() == 1 && resources.len() == 1;
        if !is_simple {
            out.push(r);
            continue;
        }
        let key = (groups[0].clone(), resources[0].clone(), !names.is_empty(), names.first().cloned().unwrap_or_default());
        match simple.iter_mut().find(|e| e.0 == key) {
            Some((_, existing)) => existing.verbs.extend(r.verbs.iter().cloned()),
            None => simple.push((key, r)),
        }
    }
    crate::api::order::sort_by(&mut simple, |a, b| a.0.cmp(&b.0));
    out.extend(simple.into_iter().map(|e| e.1));
    out
}

/// The gogo-protobuf `PolicyRule.String()` that kubectl sorts rules by.
fn rule_string(r: &PolicyRule) -> String {
    format!(
        "&PolicyRule{{Verbs:{},APIGroups:{},Resources:{},ResourceNames:{},NonResourceURLs:{},}}",
        go_list(&r.verbs),
        go_list(&list(&r.api_groups)),
        go_list(&list(&r.resources)),
        go_list(&list(&r.resource_names)),
        go_list(&list(&r.non_resource_urls))
    )
}

/// `CombineResourceGroup`: `pods`, `deployments.apps`, `deployments.apps/scale`.
fn combine_resource_group(resources: &[String], groups: &[String]) -> String {
    let Some(first) = resources.first() else { return String::new() };
    let (base, sub) = match first.split_once('/') {
        Some((b, s)) => (b, Some(s)),
        None => (first.as_str(), None),
    };
    let mut s = base.to_string();
    if let Some(g) = groups.first().filter(|g| !g.is_empty()) {
        s = format!("{}.{}", s, g);
    }
    if let Some(sub) = sub {
        s = format!("{}/{}", s, sub);
    }
    s
}

fn policy_rules(w: &mut Writer, rules: &[PolicyRule]) {
    let broken: Vec<PolicyRule> = rules.iter().flat_map(breakdown).collect();
    let mut compacted = compact(broken);
    crate::api::order::sort_by_key(&mut compacted, rule_string);
    w.write(0, "PolicyRule:\n");
    w.write(1, "Resources\tNon-Resource URLs\tResource Names\tVerbs\n");
    w.write(1, "---------\t-----------------\t--------------\t-----\n");
    for r in &compacted {
        w.write(
            1,
            &format!(
                "{}\t{}\t{}\t{}\n",
                combine_resource_group(&list(&r.resources), &list(&r.api_groups)),
                go_list(&list(&r.non_resource_urls)),
                go_list(&list(&r.resource_names)),
                go_list(&r.verbs)
            ),
        );
    }
}

fn header(w: &mut Writer, m: &crate::api::metav1::ObjectMeta) {
    w.fmt(0, format_args!("Name:\t{}\n", m.name.as_deref().unwrap_or("")));
    labels_multiline(w, "Labels", m.labels.as_ref());
    annotations_multiline(w, "Annotations", m.annotations.as_ref());
}

/// Role and ClusterRole.
pub fn role(c: &mut Client, t: &Target) -> Result<String> {
    let (meta, rules) = if t.resource.kind == "ClusterRole" {
        let r: ClusterRole = c.get_as(&t.path())?;
        (r.metadata, r.rules)
    } else {
        let r: Role = c.get_as(&t.path())?;
        (r.metadata, r.rules)
    };
    Ok(tabbed(|w| {
        header(w, &meta);
        policy_rules(w, rules.as_deref().unwrap_or(&[]));
    }))
}

fn binding(w: &mut Writer, role_ref: &RoleRef, subjects: &[Subject]) {
    w.write(0, "Role:\n");
    w.fmt(1, format_args!("Kind:\t{}\n", role_ref.kind));
    w.fmt(1, format_args!("Name:\t{}\n", role_ref.name));
    w.write(0, "Subjects:\n");
    w.write(1, "Kind\tName\tNamespace\n");
    w.write(1, "----\t----\t---------\n");
    for s in subjects {
        w.fmt(1, format_args!("{}\t{}\t{}\n", s.kind, s.name, s.namespace.as_deref().unwrap_or("")));
    }
}

/// RoleBinding.
pub fn role_binding(c: &mut Client, t: &Target) -> Result<String> {
    let b: RoleBinding = c.get_as(&t.path())?;
    Ok(tabbed(|w| {
        header(w, &b.metadata);
        binding(w, &b.role_ref, b.subjects.as_deref().unwrap_or(&[]));
    }))
}

/// ClusterRoleBinding.
pub fn cluster_role_binding(c: &mut Client, t: &Target) -> Result<String> {
    let b: ClusterRoleBinding = c.get_as(&t.path())?;
    Ok(tabbed(|w| {
        header(w, &b.metadata);
        binding(w, &b.role_ref, b.subjects.as_deref().unwrap_or(&[]));
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_compact_like_kubectl() {
        // Sorted by the protobuf String(), which starts with the verbs: "[get watch list]" < "[get]".
        let rules: Vec<PolicyRule> = serde_json::from_str(
            r#"[{"apiGroups":[""],"resources":["pods","services"],"verbs":["get","watch","list"]},
                {"apiGroups":["apps"],"resources":["deployments/scale"],"verbs":["update"]},
                {"nonResourceURLs":["/healthz"],"verbs":["get"]}]"#,
        )
        .unwrap();
        let text = tabbed(|w| policy_rules(w, &rules));
        assert_eq!(
            text,
            "PolicyRule:\n  Resources               Non-Resource URLs  Resource Names  Verbs\n  ---------               -----------------  --------------  -----\n  pods                    []                 []              [get watch list]\n  services                []                 []              [get watch list]\n                          [/healthz]         []              [get]\n  deployments.apps/scale  []                 []              [update]\n"
        );
    }
}
