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
    use serde_json::json;

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
