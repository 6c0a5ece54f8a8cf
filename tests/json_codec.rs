//! The vendored k8s-openapi's compact JSON codec against serde_json, its oracle: on every example
//! manifest of a kind we serve, and on each of them with every value replaced by values of the
//! wrong type, both decode to the same object (and encode it to the same bytes) or fail with the
//! same message at the same line and column.

use kubeplay::api::{Kind, Object};
use serde_json::{json, Value};
use std::path::Path;

fn docs() -> Vec<(Kind, Value)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/kubernetes-website-examples");
    let mut out = Vec::new();
    let mut stack = vec![root];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        paths.sort();
        for p in paths {
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|e| e == "yaml" || e == "yml") {
                let text = std::fs::read_to_string(&p).unwrap_or_default();
                for doc in kubeplay::manifest::parse_documents(&text).unwrap_or_default() {
                    let av = doc.get("apiVersion").and_then(Value::as_str).unwrap_or("");
                    let k = doc.get("kind").and_then(Value::as_str).unwrap_or("");
                    if let Some(kind) = Kind::from_api_version_kind(av, k) {
                        out.push((kind, doc));
                    }
                }
            }
        }
    }
    out
}

/// Both decoders on one text: the same object written back, or the same error.
fn compare(kind: Kind, text: &str) -> Result<(), String> {
    let ours = Object::from_json_str(kind, text).map(|o| o.to_json_string()).map_err(|e| e.to_string());
    let theirs = Object::serde_roundtrip(kind, text).map_err(|e| e.to_string());
    if ours == theirs {
        Ok(())
    } else {
        Err(format!("{:?} on\n{}\nours:   {:?}\nserde:  {:?}", kind, text, ours, theirs))
    }
}

fn paths(v: &Value, at: &mut Vec<Value>, out: &mut Vec<Vec<Value>>) {
    out.push(at.clone());
    match v {
        Value::Object(m) => {
            for (k, child) in m {
                at.push(json!(k));
                paths(child, at, out);
                at.pop();
            }
        }
        Value::Array(a) => {
            for (i, child) in a.iter().enumerate() {
                at.push(json!(i));
                paths(child, at, out);
                at.pop();
            }
        }
        _ => {}
    }
}

fn replaced(doc: &Value, path: &[Value], with: &Value) -> Value {
    let mut out = doc.clone();
    let mut cur = &mut out;
    for seg in path {
        cur = match seg {
            Value::String(k) => &mut cur[k.as_str()],
            Value::Number(i) => &mut cur[i.as_u64().unwrap_or(0) as usize],
            _ => unreachable!(),
        };
    }
    *cur = with.clone();
    out
}

/// What a running cluster holds: statuses, conditions, times, quantities, owner references.
fn live() -> Vec<(Kind, Value)> {
    let mut c = crate::support::cluster(3);
    let setup = "kubectl create deployment web --image=nginx --replicas=3\nkubectl expose deployment web --port=80\n\
                 kubectl create job once --image=busybox -- echo hi\nkubectl create cronjob tick --image=busybox --schedule='*/1 * * * *' -- date\n\
                 kubectl run bad --image=nginx:nope\nkubeplay wait 90s\n";
    kubeplay::shell::run_script(&mut c, setup);
    let out = crate::support::run(&mut c, "kubectl get all,nodes,events,leases,endpointslices,endpoints,configmaps,serviceaccounts,namespaces,priorityclasses,clusterroles -A -o json");
    let list: Value = serde_json::from_str(&out[out.find('{').unwrap_or(0)..]).unwrap_or(Value::Null);
    let items = list["items"].as_array().cloned().unwrap_or_default();
    assert!(items.len() > 50, "{}", out);
    items
        .into_iter()
        .filter_map(|doc| {
            let kind = Kind::from_api_version_kind(doc["apiVersion"].as_str()?, doc["kind"].as_str()?)?;
            Some((kind, doc))
        })
        .collect()
}

#[test]
fn codec_matches_serde_json_on_the_corpus_and_its_mutations() {
    let mut docs = docs();
    if docs.is_empty() {
        eprintln!("json codec test: the corpus is absent; live objects only");
    }
    docs.extend(live());
    let probes = [
        json!(true),
        json!("80"),
        json!(5),
        json!(-3),
        json!(2.5),
        json!(5000000000u64),
        json!(-5000000000i64),
        json!(18446744073709551615u64),
        json!(null),
        json!([]),
        json!({}),
        json!([true]),
        json!({"k": true}),
        json!("2024-01-02T03:04:05Z"),
        json!("a \"quoted\"\n\u{1}é"),
    ];
    let mut failures = Vec::new();
    let mut checked = 0;
    for (kind, doc) in &docs {
        for text in [doc.to_string(), serde_json::to_string_pretty(doc).unwrap()] {
            checked += 1;
            if let Err(e) = compare(*kind, &text) {
                failures.push(e);
            }
        }
        let mut all = Vec::new();
        paths(doc, &mut Vec::new(), &mut all);
        for path in all.iter().skip(1) {
            for probe in &probes {
                let m = replaced(doc, path, probe);
                checked += 1;
                if let Err(e) = compare(*kind, &serde_json::to_string_pretty(&m).unwrap()) {
                    failures.push(e);
                }
            }
        }
    }
    // Texts serde_json itself produced never show these, but decoding must still agree.
    let odd = [
        (Kind::Pod, r#"{"apiVersion":"v1","kind":"Pod","metadata":{"name":"a","name":"b"},"spec":{"containers":[{"name":"c","ports":[{"containerPort":80,"containerPort":null}]}]}}"#),
        (Kind::Pod, r#"{"apiVersion":"v2","kind":"Pod"}"#),
        (Kind::Pod, r#"{"apiVersion":"v1","kind":5}"#),
        (Kind::Pod, r#" {"metadata":{"labels":{"\u00e9\ud83d\ude00":"x\/y"}}} "#),
        (Kind::Pod, r#"{"metadata":{"name":"a"}} x"#),
        (Kind::Pod, r#"{"metadata":{"name":"a"}"#),
        (Kind::Pod, r#"[1]"#),
        (Kind::Pod, r#"{"spec":{"containers":[{"ports":[{"containerPort":-0}]}]}}"#),
        (Kind::Pod, r#"{"spec":{"containers":[{"ports":[{"containerPort":1e2}]}]}}"#),
        (Kind::Pod, r#"{"spec":{"terminationGracePeriodSeconds":9223372036854775808}}"#),
        (Kind::Deployment, r#"{"apiVersion":"apps/v1","kind":"Deployment","spec":{"replicas":2147483648}}"#),
    ];
    for (kind, text) in odd {
        checked += 1;
        if let Err(e) = compare(kind, text) {
            failures.push(e);
        }
    }
    assert!(checked > 10000, "only {} texts checked", checked);
    assert!(failures.is_empty(), "{} of {} texts decode differently:\n{}", failures.len(), checked, failures.iter().take(5).cloned().collect::<Vec<_>>().join("\n---\n"));
}
