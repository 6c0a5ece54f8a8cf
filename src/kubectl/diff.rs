//! `kubectl diff -f FILE`: what `apply` would change, as upstream's diff.go shows it. Each object
//! is fetched live and merged by the apiserver in a dry run (a dry-run create when it does not
//! exist, else apply's patch with `dryRun=All`); both, without managedFields and with a
//! Secret's data masked, are written as YAML to `LIVE-N/` and `MERGED-N/` files named
//! `GROUP.VERSION.KIND.NAMESPACE.NAME`, and compared as `diff -u -N` compares two directories.
//! The exit status is 1 when something differs, 0 when nothing does.

use super::errors::{plain, StatusError};
use super::flags::{flag, Kind as F};
use super::source::{map_doc, read_sources, target_namespace};
use super::{parse_flags, Invocation, Kubectl, Output};
use crate::apiserver::http::{Method, Request};
use serde_json::Value;

const FLAGS: &[super::flags::Flag] = &[
    flag("filename", Some('f'), F::Values),
    flag("recursive", Some('R'), F::Bool),
    flag("server-side", None, F::Bool),
    flag("force-conflicts", None, F::Bool),
    flag("field-manager", None, F::Value),
    flag("selector", Some('l'), F::Value),
    flag("concurrency", None, F::Value),
    flag("show-managed-fields", None, F::Bool),
    flag("kustomize", Some('k'), F::Value),
];

/// `diff.go`'s masker: a Secret's values become `***`, or `*** (before)` / `*** (after)` where
/// both sides have the key with different values.
fn mask_secret(live: &mut Value, merged: &mut Value) {
    let keys: Vec<String> = [&*live, &*merged].iter().flat_map(|o| o["data"].as_object().into_iter().flat_map(|m| m.keys().cloned())).collect();
    for k in keys {
        let (before, after) = (live["data"].get(&k).cloned(), merged["data"].get(&k).cloned());
        let (b, a) = match (&before, &after) {
            (Some(x), Some(y)) if x != y => ("*** (before)", "*** (after)"),
            _ => ("***", "***"),
        };
        if before.is_some() {
            live["data"][&k] = Value::from(b);
        }
        if after.is_some() {
            merged["data"][&k] = Value::from(a);
        }
    }
}

fn without_managed(mut v: Value) -> Value {
    if let Some(m) = v["metadata"].as_object_mut() {
        m.remove("managedFields");
    }
    v
}

pub fn run(kubectl: &mut Kubectl, inv: Invocation, out: &mut Output) {
    diff(kubectl, inv, out);
    // CheckDiffErr: an error exits one above its usual status, leaving 1 for "they differ".
    if out.exit_code > 0 && !out.text().starts_with("diff -u -N") {
        out.exit_code += 1;
    }
}

fn diff(kubectl: &mut Kubectl, inv: Invocation, out: &mut Output) {
    let Some(p) = parse_flags("diff", &inv.args, FLAGS, out) else { return };
    let filenames = p.values("filename");
    if filenames.is_empty() {
        return out.fail("error: must specify one of -f and -k\n");
    }
    let docs = match read_sources(&filenames, p.bool("recursive"), inv.stdin, inv.files) {
        Ok(d) => d,
        Err(e) => return out.fail(plain(&e)),
    };
    let explicit_ns = p.has("namespace");
    let ns = p.value("namespace").map(str::to_string).unwrap_or_else(|| kubectl.namespace.clone());
    kubectl.discovery(inv.transport);
    let server_side = p.bool("server-side");
    let manager = p.value("field-manager").unwrap_or(if server_side { "kubectl" } else { "kubectl-client-side-apply" }).to_string();
    let t = inv.transport;
    let mut files: Vec<(String, String, String)> = Vec::new();
    for doc in &docs {
        let disco = kubectl.discovery.as_ref().expect("discovery");
        let (res, target_ns) = match map_doc(doc, disco).and_then(|r| Ok((r.clone(), target_namespace(doc, r, &ns, explicit_ns)?))) {
            Ok(x) => x,
            Err(e) => return out.fail(plain(&e)),
        };
        let name = doc.value["metadata"]["name"].as_str().unwrap_or("").to_string();
        let live = match send(t, Request::new(Method::Get, res.item_path(&target_ns, &name))) {
            Ok(v) => Some(v),
            Err(e) if e.is_not_found() => None,
            Err(e) => return out.fail(e.render()),
        };
        let merged = if live.is_none() || server_side {
            let mut body = doc.value.clone();
            if res.namespaced {
                body["metadata"]["namespace"] = Value::from(target_ns.as_str());
            }
            let req = if server_side {
                Request::new(Method::Patch, res.item_path(&target_ns, &name))
                    .with_query("force", if p.bool("force-conflicts") { "true" } else { "false" })
                    .with_header("Content-Type", crate::apiserver::decode::APPLY_PATCH)
            } else {
                Request::new(Method::Post, res.collection_path(Some(&target_ns))).with_header("Content-Type", "application/json")
            };
            send(t, req.with_query("dryRun", "All").with_query("fieldManager", &manager).with_query("fieldValidation", "Strict").with_body(body.to_string())).map_err(|e| e.render())
        } else {
            let mut scratch = Output::default();
            super::apply::apply_one(t, doc, &res, &target_ns, "server", &manager, &mut scratch, false).map(|(_, v)| v).map_err(|f| f.render())
        };
        let merged = match merged {
            Ok(v) => v,
            Err(e) => return out.fail(e),
        };
        let (mut live, mut merged) = (live.map(without_managed), without_managed(merged));
        if res.kind == "Secret" && res.group.is_empty() {
            // The masker leaves a missing live Secret as `null`, which is written as such.
            let live = live.get_or_insert(Value::Null);
            mask_secret(live, &mut merged);
        }
        let group = if res.group.is_empty() { String::new() } else { format!("{}.", res.group) };
        let file = format!("{}{}.{}.{}.{}", group, res.version, res.kind, target_ns, name);
        let live_yaml = live.map(|l| crate::manifest::to_yaml(&l)).unwrap_or_default();
        files.push((file, live_yaml, crate::manifest::to_yaml(&merged)));
    }
    crate::api::order::sort_by_key(&mut files, |f| f.0.clone());
    // os.MkdirTemp's names: a random number after the prefix (here drawn from the clock).
    let seed = kubectl.now_unix_ms as u64;
    let dir = |prefix: &str, salt: u64| format!("/tmp/{}-{}", prefix, (seed.wrapping_mul(6364136223846793005).wrapping_add(salt.wrapping_mul(1442695040888963407)) >> 32) as u32);
    let (live_dir, merged_dir) = (dir("LIVE", 1), dir("MERGED", 2));
    let stamp = stamp(kubectl.now_unix_ms);
    let mut differs = false;
    for (file, live, merged) in &files {
        if live == merged {
            continue;
        }
        differs = true;
        let live_stamp = if live.is_empty() { "1970-01-01 00:00:00.000000000 +0000".to_string() } else { stamp.clone() };
        out.out(format!(
            "diff -u -N {l}/{f} {m}/{f}\n--- {l}/{f}\t{ls}\n+++ {m}/{f}\t{ms}\n{d}",
            l = live_dir,
            m = merged_dir,
            f = file,
            ls = live_stamp,
            ms = stamp,
            d = unified(live, merged)
        ));
    }
    out.exit_code = differs as i32;
}

fn send(t: &mut dyn super::Transport, req: Request) -> Result<Value, StatusError> {
    let resp = t.round_trip(req.with_header("Accept", "application/json"));
    if !resp.is_success() {
        return Err(StatusError::from_body(resp.code, &resp.body));
    }
    Ok(serde_json::from_str(&resp.body).unwrap_or(Value::Null))
}

/// GNU diff's file time: `2026-11-24 21:12:59.748771419 +0000`.
fn stamp(unix_ms: i64) -> String {
    let (days, ms) = (unix_ms.div_euclid(86_400_000), unix_ms.rem_euclid(86_400_000));
    let (y, m, d) = crate::api::timefmt::civil_from_days(days);
    format!("{:04}-{:02}-{:02} {:02}:{:02}:{:02}.{:03}000000 +0000", y, m, d, ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000)
}

/// `diff -u` of two texts: hunks with three lines of context, each change's removed lines before
/// its added ones.
pub fn unified(a: &str, b: &str) -> String {
    let (x, y): (Vec<&str>, Vec<&str>) = (a.lines().collect(), b.lines().collect());
    let (n, m) = (x.len(), y.len());
    // lcs[i][j]: the longest common subsequence of x[i..] and y[j..].
    let mut lcs = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if x[i] == y[j] { lcs[i + 1][j + 1] + 1 } else { lcs[i + 1][j].max(lcs[i][j + 1]) };
        }
    }
    // The edit script: (' ', i, j) keeps, ('-', i, j) removes x[i], ('+', i, j) adds y[j].
    let mut ops: Vec<(char, usize, usize)> = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        if i < n && j < m && x[i] == y[j] {
            ops.push((' ', i, j));
            i += 1;
            j += 1;
        } else if j < m && (i == n || lcs[i][j + 1] > lcs[i + 1][j]) {
            ops.push(('+', i, j));
            j += 1;
        } else {
            ops.push(('-', i, j));
            i += 1;
        }
    }
    // Hunks: changes with up to three lines of context, joined when their contexts meet.
    let changed: Vec<usize> = ops.iter().enumerate().filter(|(_, o)| o.0 != ' ').map(|(k, _)| k).collect();
    let mut out = String::new();
    let mut k = 0;
    while k < changed.len() {
        let start = changed[k].saturating_sub(3);
        let mut end = changed[k];
        while k < changed.len() && changed[k] <= end + 7 {
            end = changed[k];
            k += 1;
        }
        let end = (end + 4).min(ops.len());
        let hunk = &ops[start..end];
        let old_count = hunk.iter().filter(|o| o.0 != '+').count();
        let new_count = hunk.iter().filter(|o| o.0 != '-').count();
        let range = |first: usize, count: usize| match count {
            0 => format!("{},0", first),
            1 => format!("{}", first + 1),
            c => format!("{},{}", first + 1, c),
        };
        out.push_str(&format!("@@ -{} +{} @@\n", range(hunk[0].1, old_count), range(hunk[0].2, new_count)));
        // Within a run of changes, the removals first.
        let mut r = 0;
        while r < hunk.len() {
            if hunk[r].0 == ' ' {
                out.push_str(&format!(" {}\n", x[hunk[r].1]));
                r += 1;
                continue;
            }
            let run_end = hunk[r..].iter().position(|o| o.0 == ' ').map_or(hunk.len(), |p| r + p);
            for o in hunk[r..run_end].iter().filter(|o| o.0 == '-') {
                out.push_str(&format!("-{}\n", x[o.1]));
            }
            for o in hunk[r..run_end].iter().filter(|o| o.0 == '+') {
                out.push_str(&format!("+{}\n", y[o.2]));
            }
            r = run_end;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::unified;

    #[test]
    fn unified_diff_is_gnu_diffs() {
        let a = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n";
        let b = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n10\n11\n12\n13\nfourteen\n15\n";
        assert_eq!(unified(a, b), "@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n@@ -11,5 +11,5 @@\n 11\n 12\n 13\n-14\n+fourteen\n 15\n");
        assert_eq!(unified("", "a\nb\n"), "@@ -0,0 +1,2 @@\n+a\n+b\n");
        assert_eq!(unified("a\nb\nc\n", "a\nc\n"), "@@ -1,3 +1,2 @@\n a\n-b\n c\n");
        assert_eq!(unified("a\n", "b\n"), "@@ -1 +1 @@\n-a\n+b\n");
    }
}
