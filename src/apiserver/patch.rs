//! JSON merge patch (RFC 7386), what `application/merge-patch+json` requests apply.

use serde_json::Value;

/// Applies `patch` to `target` in place: objects merge key by key, `null` deletes, anything else
/// (lists included) replaces.
pub fn merge_patch(target: &mut Value, patch: &Value) {
    let Value::Object(p) = patch else {
        *target = patch.clone();
        return;
    };
    if !target.is_object() {
        *target = Value::Object(Default::default());
    }
    let t = target.as_object_mut().expect("object");
    for (k, v) in p {
        if v.is_null() {
            t.remove(k);
        } else {
            merge_patch(t.entry(k.clone()).or_insert(Value::Null), v);
        }
    }
}

/// The merge patch that turns `original` into `modified` (what `CreateMergePatch` computes).
pub fn create_merge_patch(original: &Value, modified: &Value) -> Value {
    match (original, modified) {
        (Value::Object(o), Value::Object(m)) => {
            let mut out = serde_json::Map::new();
            for (k, mv) in m {
                match o.get(k) {
                    Some(ov) if ov == mv => {}
                    Some(ov) if ov.is_object() && mv.is_object() => {
                        out.insert(k.clone(), create_merge_patch(ov, mv));
                    }
                    _ => {
                        out.insert(k.clone(), mv.clone());
                    }
                }
            }
            for k in o.keys() {
                if !m.contains_key(k) {
                    out.insert(k.clone(), Value::Null);
                }
            }
            Value::Object(out)
        }
        _ => modified.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json;

    #[test]
    fn rfc7386_examples() {
        let mut t = json!({"a": "b", "c": {"d": "e", "f": "g"}});
        merge_patch(&mut t, &json!({"a": "z", "c": {"f": null}}));
        assert_eq!(t, json!({"a": "z", "c": {"d": "e"}}));
        let mut t = json!({"a": [1, 2]});
        merge_patch(&mut t, &json!({"a": [3]}));
        assert_eq!(t, json!({"a": [3]}));
    }

    #[test]
    fn created_patch_applies_back() {
        let o = json!({"a": 1, "b": {"c": 2, "d": 3}, "e": [1]});
        let m = json!({"a": 1, "b": {"c": 5}, "e": [2], "f": "new"});
        let p = create_merge_patch(&o, &m);
        assert_eq!(p, json!({"b": {"c": 5, "d": null}, "e": [2], "f": "new"}));
        let mut t = o.clone();
        merge_patch(&mut t, &p);
        assert_eq!(t, m);
    }
}

/// The merge key strategic merge patch uses for a list field (the types' `patchMergeKey` tags),
/// or None for lists that are replaced whole.
fn merge_key(field: &str, sample: Option<&serde_json::Value>) -> Option<&'static str> {
    Some(match field {
        "containers" | "initContainers" | "ephemeralContainers" | "volumes" | "env" | "imagePullSecrets" | "resourceClaims" => "name",
        "ports" => {
            if sample.is_some_and(|s| s.get("containerPort").is_some()) {
                "containerPort"
            } else {
                "port"
            }
        }
        "volumeMounts" => "mountPath",
        "volumeDevices" => "devicePath",
        "conditions" => "type",
        "ownerReferences" => "uid",
        "hostAliases" => "ip",
        "topologySpreadConstraints" => "topologyKey",
        _ => return None,
    })
}

/// Strategic merge patch: like a merge patch, but lists with a merge key merge element by
/// element, `$patch: delete` removes an element, `$patch: replace` replaces a list or map.
pub fn strategic_merge_patch(target: &mut Value, patch: &Value) {
    let Value::Object(p) = patch else {
        *target = patch.clone();
        return;
    };
    if p.get("$patch").and_then(Value::as_str) == Some("replace") {
        let mut clean = p.clone();
        clean.remove("$patch");
        *target = Value::Object(clean);
        return;
    }
    if !target.is_object() {
        *target = Value::Object(Default::default());
    }
    let t = target.as_object_mut().expect("object");
    for (k, v) in p {
        if k.starts_with("$setElementOrder/") || k.starts_with("$deleteFromPrimitiveList/") || k == "$retainKeys" || k == "$patch" {
            if let Some(field) = k.strip_prefix("$deleteFromPrimitiveList/") {
                if let (Some(Value::Array(list)), Value::Array(remove)) = (t.get_mut(field), v) {
                    list.retain(|x| !remove.contains(x));
                }
            }
            continue;
        }
        if v.is_null() {
            t.remove(k);
            continue;
        }
        match (t.get_mut(k), v) {
            (Some(Value::Array(cur)), Value::Array(items)) => match merge_key(k, items.first().or(cur.first())) {
                Some(key) => merge_list(cur, items, key),
                None => *cur = items.clone(),
            },
            (Some(existing), v) if existing.is_object() && v.is_object() => strategic_merge_patch(existing, v),
            (_, v) => {
                let mut clean = v.clone();
                strip_directives(&mut clean);
                t.insert(k.clone(), clean);
            }
        }
    }
}

fn strip_directives(v: &mut Value) {
    match v {
        Value::Object(m) => {
            // Not `Map::retain`: that compiles the map's removal code a second time.
            let directives: Vec<String> = m.keys().filter(|k| k.starts_with('$')).cloned().collect();
            for k in &directives {
                m.remove(k);
            }
            m.values_mut().for_each(strip_directives);
        }
        Value::Array(a) => {
            a.retain(|x| x.get("$patch").and_then(Value::as_str) != Some("delete"));
            a.iter_mut().for_each(strip_directives);
        }
        _ => {}
    }
}

fn merge_list(cur: &mut Vec<Value>, items: &[Value], key: &str) {
    if items.iter().any(|i| i.get("$patch").and_then(Value::as_str) == Some("replace")) {
        *cur = items.iter().filter(|i| i.get("$patch").is_none()).cloned().collect();
        return;
    }
    for item in items {
        let id = item.get(key);
        let pos = id.and_then(|id| cur.iter().position(|c| c.get(key) == Some(id)));
        let delete = item.get("$patch").and_then(Value::as_str) == Some("delete");
        match (pos, delete) {
            (Some(i), true) => {
                cur.remove(i);
            }
            (None, true) => {}
            (Some(i), false) => strategic_merge_patch(&mut cur[i], item),
            (None, false) => {
                let mut clean = item.clone();
                strip_directives(&mut clean);
                cur.push(clean);
            }
        }
    }
}

/// A JSON patch (RFC 6902) failure: the operation that failed and why.
#[derive(Debug, PartialEq, Eq)]
pub struct JsonPatchError(pub String);

fn pointer_parts(path: &str) -> Result<Vec<String>, JsonPatchError> {
    if path.is_empty() {
        return Ok(Vec::new());
    }
    let rest = path.strip_prefix('/').ok_or_else(|| JsonPatchError(format!("invalid JSON pointer {:?}", path)))?;
    Ok(rest.split('/').map(|p| p.replace("~1", "/").replace("~0", "~")).collect())
}

fn parent_mut<'a>(doc: &'a mut Value, parts: &[String]) -> Result<&'a mut Value, JsonPatchError> {
    let mut cur = doc;
    for p in parts {
        cur = match cur {
            Value::Object(m) => m.get_mut(p).ok_or_else(|| JsonPatchError(format!("doc is missing path: {}", p)))?,
            Value::Array(a) => {
                let i: usize = p.parse().map_err(|_| JsonPatchError(format!("invalid array index: {}", p)))?;
                a.get_mut(i).ok_or_else(|| JsonPatchError(format!("index out of bounds: {}", i)))?
            }
            _ => return Err(JsonPatchError(format!("doc is missing path: {}", p))),
        };
    }
    Ok(cur)
}

fn op_add(doc: &mut Value, path: &str, value: Value) -> Result<(), JsonPatchError> {
    let parts = pointer_parts(path)?;
    let Some((last, parent)) = parts.split_last() else {
        *doc = value;
        return Ok(());
    };
    match parent_mut(doc, parent)? {
        Value::Object(m) => {
            m.insert(last.clone(), value);
            Ok(())
        }
        Value::Array(a) => {
            if last == "-" {
                a.push(value);
                return Ok(());
            }
            let i: usize = last.parse().map_err(|_| JsonPatchError(format!("invalid array index: {}", last)))?;
            if i > a.len() {
                return Err(JsonPatchError(format!("index out of bounds: {}", i)));
            }
            a.insert(i, value);
            Ok(())
        }
        _ => Err(JsonPatchError(format!("doc is missing path: {}", path))),
    }
}

fn op_remove(doc: &mut Value, path: &str) -> Result<Value, JsonPatchError> {
    let parts = pointer_parts(path)?;
    let Some((last, parent)) = parts.split_last() else { return Err(JsonPatchError("cannot remove the whole document".into())) };
    match parent_mut(doc, parent)? {
        Value::Object(m) => m.remove(last).ok_or_else(|| JsonPatchError(format!("Unable to remove nonexistent key: {}: missing value", last))),
        Value::Array(a) => {
            let i: usize = last.parse().map_err(|_| JsonPatchError(format!("invalid array index: {}", last)))?;
            if i >= a.len() {
                return Err(JsonPatchError(format!("Unable to access invalid index: {}: invalid index referenced", i)));
            }
            Ok(a.remove(i))
        }
        _ => Err(JsonPatchError(format!("doc is missing path: {}", path))),
    }
}

/// Applies an RFC 6902 JSON patch.
pub fn json_patch(doc: &mut Value, ops: &Value) -> Result<(), JsonPatchError> {
    let ops = ops.as_array().ok_or_else(|| JsonPatchError("a JSON patch must be an array of operations".into()))?;
    for op in ops {
        let kind = op["op"].as_str().unwrap_or("");
        let path = op["path"].as_str().ok_or_else(|| JsonPatchError("missing path in patch operation".into()))?;
        match kind {
            "add" => op_add(doc, path, op["value"].clone())?,
            "remove" => {
                op_remove(doc, path)?;
            }
            "replace" => {
                op_remove(doc, path).map_err(|_| JsonPatchError(format!("replace operation does not apply: doc is missing key: {}: missing value", path)))?;
                op_add(doc, path, op["value"].clone())?;
            }
            "move" => {
                let from = op["from"].as_str().ok_or_else(|| JsonPatchError("missing from in move".into()))?;
                let v = op_remove(doc, from)?;
                op_add(doc, path, v)?;
            }
            "copy" => {
                let from = op["from"].as_str().ok_or_else(|| JsonPatchError("missing from in copy".into()))?;
                let v = doc.pointer(from).cloned().ok_or_else(|| JsonPatchError(format!("doc is missing from path: {}", from)))?;
                op_add(doc, path, v)?;
            }
            "test" => {
                if doc.pointer(path) != Some(&op["value"]) {
                    return Err(JsonPatchError(format!("testing value {} failed: test failed", path)));
                }
            }
            other => return Err(JsonPatchError(format!("Unexpected kind: {}", other))),
        }
    }
    Ok(())
}

#[cfg(test)]
mod patch_tests {
    use super::*;
    use crate::json;

    #[test]
    fn strategic_merge_merges_containers_by_name() {
        let mut pod = json!({"spec": {"containers": [{"name": "a", "image": "nginx:1"}, {"name": "b", "image": "redis"}], "tolerations": [{"key": "x"}]}});
        strategic_merge_patch(&mut pod, &json!({"spec": {"containers": [{"name": "a", "image": "nginx:2"}, {"name": "c", "image": "busybox"}], "tolerations": [{"key": "y"}]}}));
        assert_eq!(pod["spec"]["containers"], json!([{"name": "a", "image": "nginx:2"}, {"name": "b", "image": "redis"}, {"name": "c", "image": "busybox"}]));
        assert_eq!(pod["spec"]["tolerations"], json!([{"key": "y"}]), "lists without a merge key are replaced");
        strategic_merge_patch(&mut pod, &json!({"spec": {"containers": [{"name": "b", "$patch": "delete"}]}}));
        assert_eq!(pod["spec"]["containers"].as_array().unwrap().len(), 2);
        strategic_merge_patch(&mut pod, &json!({"metadata": {"labels": {"app": "x"}}, "spec": {"containers": [{"$patch": "replace"}, {"name": "z", "image": "i"}]}}));
        assert_eq!(pod["spec"]["containers"], json!([{"name": "z", "image": "i"}]));
        assert_eq!(pod["metadata"]["labels"]["app"], "x");
    }

    #[test]
    fn json_patch_operations() {
        let mut d = json!({"spec": {"replicas": 1, "template": {"spec": {"containers": [{"image": "a"}]}}}});
        json_patch(&mut d, &json!([
            {"op": "replace", "path": "/spec/replicas", "value": 3},
            {"op": "add", "path": "/spec/template/spec/containers/-", "value": {"image": "b"}},
            {"op": "test", "path": "/spec/replicas", "value": 3},
            {"op": "copy", "from": "/spec/replicas", "path": "/spec/minReadySeconds"},
            {"op": "remove", "path": "/spec/template/spec/containers/0"},
        ])).unwrap();
        assert_eq!(d, json!({"spec": {"replicas": 3, "minReadySeconds": 3, "template": {"spec": {"containers": [{"image": "b"}]}}}}));
        assert!(json_patch(&mut d, &json!([{"op": "replace", "path": "/spec/nope", "value": 1}])).is_err());
        assert!(json_patch(&mut d, &json!([{"op": "test", "path": "/spec/replicas", "value": 4}])).is_err());
    }
}
