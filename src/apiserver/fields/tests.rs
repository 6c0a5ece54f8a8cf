//! Field management and server-side apply against what kube-apiserver v1.34 records.

use super::*;
use crate::json;

/// An update as the apiserver records it: what changed from `live` to `new`, for `w`.
fn update(kind: Kind, live: &Value, new: &Value, entries: Vec<Entry>, w: &Writer, now: &Time) -> Vec<Entry> {
    match changes(kind, live, new, &w.subresource) {
        Some(c) => super::update(kind, c, entries, w, now),
        None => entries,
    }
}

fn now(secs: i64) -> Time {
    Time(k8s_openapi::jiff::Timestamp::from_second(1_700_000_000 + secs).expect("time"))
}

fn writer(m: &str) -> Writer {
    Writer { manager: m.into(), subresource: String::new() }
}

/// `kubectl create deployment web --image=nginx` as the apiserver defaults it.
fn created_deployment() -> Value {
    json!({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web", "namespace": "default", "labels": {"app": "web"}},
        "spec": {"replicas": 1, "selector": {"matchLabels": {"app": "web"}}, "revisionHistoryLimit": 10, "progressDeadlineSeconds": 600,
            "strategy": {"type": "RollingUpdate", "rollingUpdate": {"maxSurge": "25%", "maxUnavailable": "25%"}},
            "template": {"metadata": {"labels": {"app": "web"}}, "spec": {
                "containers": [{"name": "nginx", "image": "nginx", "imagePullPolicy": "Always", "resources": {}, "terminationMessagePath": "/dev/termination-log", "terminationMessagePolicy": "File"}],
                "restartPolicy": "Always", "terminationGracePeriodSeconds": 30, "dnsPolicy": "ClusterFirst", "securityContext": {}, "schedulerName": "default-scheduler"}}},
        "status": {}})
}

#[test]
fn a_create_gives_its_manager_every_field_it_set() {
    let entries = update(Kind::Deployment, &zero(Kind::Deployment), &created_deployment(), Vec::new(), &writer("kubectl-create"), &now(0));
    assert_eq!(entries.len(), 1);
    let e = &entries[0];
    assert_eq!((e.manager.as_str(), e.apply, e.api_version.as_str()), ("kubectl-create", false, "apps/v1"));
    // What kubectl v1.34 shows with --show-managed-fields for this deployment.
    assert_eq!(
        e.set.to_fields_v1(),
        json!({"f:metadata": {"f:labels": {".": {}, "f:app": {}}},
            "f:spec": {"f:progressDeadlineSeconds": {}, "f:replicas": {}, "f:revisionHistoryLimit": {}, "f:selector": {},
                "f:strategy": {"f:rollingUpdate": {".": {}, "f:maxSurge": {}, "f:maxUnavailable": {}}, "f:type": {}},
                "f:template": {"f:metadata": {"f:labels": {".": {}, "f:app": {}}},
                    "f:spec": {"f:containers": {"k:{\"name\":\"nginx\"}": {".": {}, "f:image": {}, "f:imagePullPolicy": {}, "f:name": {}, "f:resources": {}, "f:terminationMessagePath": {}, "f:terminationMessagePolicy": {}}},
                        "f:dnsPolicy": {}, "f:restartPolicy": {}, "f:schedulerName": {}, "f:securityContext": {}, "f:terminationGracePeriodSeconds": {}}}}})
    );
}

#[test]
fn an_update_takes_the_fields_it_changes_from_their_manager() {
    let live = created_deployment();
    let entries = update(Kind::Deployment, &zero(Kind::Deployment), &live, Vec::new(), &writer("kubectl-create"), &now(0));
    let mut scaled = live.clone();
    scaled["spec"]["replicas"] = json!(3);
    let entries = update(Kind::Deployment, &live, &scaled, entries, &writer("kubectl"), &now(5));
    let scaler = entries.iter().find(|e| e.manager == "kubectl").expect("kubectl's entry");
    assert_eq!(scaler.set.to_fields_v1(), json!({"f:spec": {"f:replicas": {}}}));
    assert_eq!(scaler.time, Some(now(5)));
    let creator = entries.iter().find(|e| e.manager == "kubectl-create").expect("creator");
    assert!(creator.set.to_fields_v1()["f:spec"].get("f:replicas").is_none(), "replicas moved to kubectl");
    // Writing the same object again changes nothing.
    let again = update(Kind::Deployment, &scaled, &scaled, entries.clone(), &writer("other"), &now(9));
    assert_eq!(again, entries);
    // Status written through the main resource is not managed.
    let mut with_status = scaled.clone();
    with_status["status"] = json!({"replicas": 3});
    assert_eq!(update(Kind::Deployment, &scaled, &with_status, entries.clone(), &writer("x"), &now(9)), entries);
}

fn config(replicas: i64, labels: Value) -> Value {
    json!({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web", "labels": labels},
        "spec": {"replicas": replicas, "selector": {"matchLabels": {"app": "web"}},
            "template": {"metadata": {"labels": {"app": "web"}}, "spec": {"containers": [{"name": "nginx", "image": "nginx"}]}}}})
}

#[test]
fn apply_conflicts_with_another_managers_field_unless_forced() {
    let live = created_deployment();
    let entries = update(Kind::Deployment, &zero(Kind::Deployment), &live, Vec::new(), &writer("kubectl-create"), &now(0));
    let err = apply(Kind::Deployment, &live, &config(5, json!({"app": "web"})), entries.clone(), &writer("kubectl"), false, &now(1)).expect_err("a conflict");
    assert_eq!(conflict_message(&err), "Apply failed with 1 conflict: conflict with \"kubectl-create\" using apps/v1: .spec.replicas");
    // The same value is shared, not a conflict.
    let ok = apply(Kind::Deployment, &live, &config(1, json!({"app": "web"})), entries.clone(), &writer("kubectl"), false, &now(1)).expect("no conflict");
    assert!(!ok.changed);
    let applier = ok.entries.iter().find(|e| e.apply).expect("the applier");
    assert_eq!(applier.set.to_fields_v1()["f:metadata"], json!({"f:labels": {"f:app": {}}}));
    assert_eq!(applier.set.to_fields_v1()["f:spec"]["f:template"]["f:spec"], json!({"f:containers": {"k:{\"name\":\"nginx\"}": {".": {}, "f:image": {}, "f:name": {}}}}));
    // Forced, the field moves to the applier.
    let forced = apply(Kind::Deployment, &live, &config(5, json!({"app": "web"})), entries, &writer("kubectl"), true, &now(2)).expect("forced");
    assert_eq!(forced.object["spec"]["replicas"], json!(5));
    let creator = forced.entries.iter().find(|e| e.manager == "kubectl-create").expect("creator");
    assert!(creator.set.to_fields_v1()["f:spec"].get("f:replicas").is_none());
}

#[test]
fn fields_an_applier_stops_applying_go_unless_someone_else_owns_them() {
    let zero = zero(Kind::Deployment);
    let first = apply(Kind::Deployment, &zero, &config(2, json!({"app": "web", "tier": "front", "team": "a"})), Vec::new(), &writer("kubectl"), false, &now(0)).expect("applied");
    let live = first.object;
    // Another manager takes `team` over by changing it.
    let mut relabelled = live.clone();
    relabelled["metadata"]["labels"]["team"] = json!("b");
    let entries = update(Kind::Deployment, &live, &relabelled, first.entries, &writer("kubectl-label"), &now(1));
    let second = apply(Kind::Deployment, &relabelled, &config(2, json!({"app": "web"})), entries, &writer("kubectl"), false, &now(2)).expect("applied");
    assert_eq!(second.object["metadata"]["labels"], json!({"app": "web", "team": "b"}), "tier is gone, team has another manager");
}

#[test]
fn keyed_lists_merge_by_key_and_keep_their_order() {
    let live = json!({"apiVersion": "v1", "kind": "Service", "metadata": {"name": "s"}, "spec": {"ports": [{"port": 80, "protocol": "TCP"}, {"port": 443, "protocol": "TCP"}]}});
    let cfg = json!({"apiVersion": "v1", "kind": "Service", "metadata": {"name": "s"}, "spec": {"ports": [{"port": 8080}, {"port": 80, "name": "http"}]}});
    let out = apply(Kind::Service, &live, &cfg, Vec::new(), &writer("m"), false, &now(0)).expect("applied");
    let ports: Vec<i64> = out.object["spec"]["ports"].as_array().unwrap().iter().map(|p| p["port"].as_i64().unwrap()).collect();
    assert_eq!(ports, [8080, 80, 443]);
    assert_eq!(out.object["spec"]["ports"][1]["name"], json!("http"));
    let fields = out.entries[0].set.to_fields_v1();
    assert!(fields["f:spec"]["f:ports"].get("k:{\"port\":80,\"protocol\":\"TCP\"}").is_some(), "{}", fields);
}

#[test]
fn managed_fields_round_trip_through_the_object() {
    let entries = update(Kind::Deployment, &zero(Kind::Deployment), &created_deployment(), Vec::new(), &writer("kubectl-create"), &now(0));
    let encoded = encode(entries.clone()).expect("entries");
    assert_eq!(encoded[0].operation.as_deref(), Some("Update"));
    assert_eq!(encoded[0].fields_type.as_deref(), Some("FieldsV1"));
    let decoded = decode(Some(&encoded));
    assert_eq!((decoded.len(), &decoded[0].manager, &decoded[0].set, &decoded[0].time), (1, &entries[0].manager, &entries[0].set, &entries[0].time));
    assert!(is_reset(Some(&vec![ManagedFieldsEntry::default()])));
}

/// The page's table leaves out what merges the same when left out (`scripts/smd_schema.py`):
/// for every corpus manifest of a served kind, the full table and the reduced one give the same
/// applied field set and the same fields for a create.
#[test]
fn reduced_schema_merges_as_the_full_one() {
    let full = schema::Schema::parse(include_str!("../../../scripts/smd_schema_full.txt"));
    let reduced = Schema::get();
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/kubernetes-website-examples");
    let mut files = vec![corpus];
    let mut checked = 0;
    while let Some(p) = files.pop() {
        if p.is_dir() {
            files.extend(std::fs::read_dir(&p).expect("a directory").filter_map(|e| e.ok()).map(|e| e.path()));
            continue;
        }
        if p.extension().and_then(|e| e.to_str()) != Some("yaml") {
            continue;
        }
        let Ok(docs) = crate::manifest::parse_documents(&std::fs::read_to_string(&p).unwrap_or_default()) else { continue };
        for doc in docs {
            let (Some(av), Some(k)) = (doc["apiVersion"].as_str(), doc["kind"].as_str()) else { continue };
            let Some(kind) = Kind::ALL.iter().copied().find(|x| x.info().api_version == av && x.info().kind == k) else { continue };
            let sets = |s: &Schema| {
                let ty = s.root(kind);
                let mut applied = Set::default();
                walk::to_set(s, &doc, &ty, &mut Vec::new(), &mut applied);
                let mut c = walk::Comparison::default();
                walk::compare(s, Some(&walk::zero(s, &ty)), Some(&doc), &ty, &mut Vec::new(), &mut c);
                (applied.to_fields_v1(), c.added.to_fields_v1(), c.modified.to_fields_v1())
            };
            let (a, b) = (sets(&full), sets(reduced));
            if a != b {
                let show = |x: &(Value, Value, Value)| format!("{}\n{}\n{}", x.0, x.1, x.2);
                panic!("{}\nfull:\n{}\nreduced:\n{}", p.display(), show(&a), show(&b));
            }
            checked += 1;
        }
    }
    assert!(checked > 50, "only {} corpus objects checked", checked);
}
