//! `kubectl api-resources` and `kubectl api-versions`, from discovery: the resources of each
//! group's preferred version (core first, then groups by name, resources by name) in kubectl's
//! five columns, and every served group/version, sorted.

use super::flags::{flag, Kind as F};
use super::parse_flags;
use super::{Invocation, Kubectl, Output};

const FLAGS: &[super::flags::Flag] = &[flag("namespaced", None, F::Value), flag("api-group", None, F::Value), flag("no-headers", None, F::Bool), flag("output", Some('o'), F::Value)];

pub fn resources(kubectl: &mut Kubectl, inv: Invocation, out: &mut Output) {
    let Some(p) = parse_flags("api-resources", &inv.args, FLAGS, out) else { return };
    let namespaced = match p.value("namespaced") {
        None => None,
        Some("true") => Some(true),
        Some("false") => Some(false),
        Some(v) => return out.fail(format!("error: invalid argument {:?} for \"--namespaced\" flag: strconv.ParseBool: parsing {:?}: invalid syntax\nSee 'kubectl api-resources --help' for usage.\n", v, v)),
    };
    let output = p.value("output").unwrap_or("");
    if !matches!(output, "" | "wide" | "name") {
        return out.fail(format!("error: --output {} is not available\n", output));
    }
    let group_filter = p.value("api-group").map(str::to_string);
    let d = kubectl.discovery(inv.transport);
    // Each group's preferred version: the first discovery listed for it.
    let mut preferred: Vec<(String, String)> = Vec::new();
    for r in &d.resources {
        if !preferred.iter().any(|(g, _)| *g == r.group) {
            preferred.push((r.group.clone(), r.version.clone()));
        }
    }
    let mut rows: Vec<&super::discovery::ApiResource> = d
        .resources
        .iter()
        .filter(|r| preferred.iter().any(|(g, v)| *g == r.group && *v == r.version))
        .filter(|r| namespaced.is_none_or(|n| n == r.namespaced))
        .filter(|r| group_filter.as_ref().is_none_or(|g| *g == r.group))
        .collect();
    crate::api::order::sort_by_key(&mut rows, |r| (r.group.clone(), r.name.clone()));
    if output == "name" {
        let text: String = rows.iter().map(|r| if r.group.is_empty() { format!("{}\n", r.name) } else { format!("{}.{}\n", r.name, r.group) }).collect();
        return out.out(text);
    }
    let mut text = String::new();
    let wide = output == "wide";
    if !p.bool("no-headers") {
        text.push_str(if wide { "NAME\tSHORTNAMES\tAPIVERSION\tNAMESPACED\tKIND\tVERBS\tCATEGORIES\n" } else { "NAME\tSHORTNAMES\tAPIVERSION\tNAMESPACED\tKIND\n" });
    }
    for r in rows {
        text.push_str(&format!("{}\t{}\t{}\t{}\t{}", r.name, r.short_names.join(","), r.api_version(), r.namespaced, r.kind));
        if wide {
            // The verbs as a sorted set.
            let mut verbs = r.verbs.clone();
            crate::api::order::sort(&mut verbs);
            verbs.dedup();
            text.push_str(&format!("\t{}\t{}", verbs.join(","), r.categories.join(",")));
        }
        text.push('\n');
    }
    out.out(super::tabwriter::format(&text, 0, 3));
}

pub fn versions(kubectl: &mut Kubectl, inv: Invocation, out: &mut Output) {
    let Some(_) = parse_flags("api-versions", &inv.args, &[], out) else { return };
    let d = kubectl.discovery(inv.transport);
    let mut gvs: Vec<String> = Vec::new();
    for r in &d.resources {
        let gv = r.api_version();
        if !gvs.contains(&gv) {
            gvs.push(gv);
        }
    }
    crate::api::order::sort(&mut gvs);
    out.out(gvs.iter().map(|g| format!("{}\n", g)).collect::<String>());
}
