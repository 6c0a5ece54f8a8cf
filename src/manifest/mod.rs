//! Manifest decoding: multi-document YAML, JSON, and `kind: List`, into JSON values, with
//! kubectl's error texts; and YAML output for `-o yaml`. The only module that uses serde_yaml.

use serde::Deserialize;
use serde_json::Value;

/// A document that failed to parse, with the message kubectl prints after `error parsing <file>: `.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError(pub String);

/// Splits a manifest into its documents as JSON values. Empty documents are skipped; `kind: List`
/// expands into its items.
pub fn parse_documents(text: &str) -> Result<Vec<Value>, ParseError> {
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    let mut docs = Vec::new();
    if trimmed.starts_with('{') || trimmed.starts_with('[') {
        // JSON (possibly several concatenated objects), as kubectl's YAMLOrJSONDecoder accepts.
        let stream = serde_json::Deserializer::from_str(trimmed).into_iter::<Value>();
        for v in stream {
            match v {
                Ok(v) => docs.push(v),
                Err(_) => return parse_yaml(text),
            }
        }
    } else {
        docs = parse_yaml(text)?;
    }
    let mut out = Vec::new();
    for d in docs {
        expand_list(d, &mut out);
    }
    Ok(out)
}

fn parse_yaml(text: &str) -> Result<Vec<Value>, ParseError> {
    let mut docs = Vec::new();
    for de in serde_yaml::Deserializer::from_str(text) {
        let v = serde_yaml::Value::deserialize(de).map_err(yaml_error)?;
        if v.is_null() {
            continue;
        }
        docs.push(yaml_to_json(v)?);
    }
    Ok(docs)
}

fn yaml_error(e: serde_yaml::Error) -> ParseError {
    let msg = e.to_string();
    let text = match msg.find(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg.clone(),
    };
    match e.location() {
        Some(loc) => ParseError(format!("error converting YAML to JSON: yaml: line {}: {}", loc.line(), text)),
        None => ParseError(format!("error converting YAML to JSON: yaml: {}", text)),
    }
}

fn yaml_to_json(v: serde_yaml::Value) -> Result<Value, ParseError> {
    Ok(match v {
        serde_yaml::Value::Null => Value::Null,
        serde_yaml::Value::Bool(b) => Value::Bool(b),
        serde_yaml::Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                Value::from(i)
            } else if let Some(u) = n.as_u64() {
                Value::from(u)
            } else {
                serde_json::Number::from_f64(n.as_f64().unwrap_or(0.0)).map(Value::Number).unwrap_or(Value::Null)
            }
        }
        serde_yaml::Value::String(s) => Value::String(s),
        serde_yaml::Value::Sequence(seq) => Value::Array(seq.into_iter().map(yaml_to_json).collect::<Result<_, _>>()?),
        serde_yaml::Value::Mapping(m) => {
            let mut map = serde_json::Map::new();
            for (k, v) in m {
                let key = match k {
                    serde_yaml::Value::String(s) => s,
                    serde_yaml::Value::Number(n) => n.to_string(),
                    serde_yaml::Value::Bool(b) => b.to_string(),
                    serde_yaml::Value::Null => "null".to_string(),
                    other => {
                        return Err(ParseError(format!(
                            "error converting YAML to JSON: yaml: invalid map key: {:?}",
                            other
                        )))
                    }
                };
                map.insert(key, yaml_to_json(v)?);
            }
            Value::Object(map)
        }
        serde_yaml::Value::Tagged(t) => yaml_to_json(t.value)?,
    })
}

fn expand_list(v: Value, out: &mut Vec<Value>) {
    let is_list = v.get("kind").and_then(Value::as_str).is_some_and(|k| k == "List" || k.ends_with("List") && v.get("items").is_some());
    if is_list {
        if let Some(Value::Array(items)) = v.get("items").cloned() {
            for item in items {
                expand_list(item, out);
            }
            return;
        }
    }
    out.push(v);
}

/// YAML as `kubectl get -o yaml` prints it (keys sorted, two-space indent, lists not indented).
pub fn to_yaml(v: &Value) -> String {
    let s = serde_yaml::to_string(v).unwrap_or_default();
    s.strip_prefix("---\n").map(str::to_string).unwrap_or(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_documents_and_lists() {
        let text = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n---\n---\napiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Pod\n  metadata:\n    name: b\n";
        let docs = parse_documents(text).unwrap();
        let names: Vec<&str> = docs.iter().map(|d| d["metadata"]["name"].as_str().unwrap()).collect();
        assert_eq!(names, vec!["a", "b"]);
    }

    #[test]
    fn accepts_json() {
        let docs = parse_documents("{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"name\":\"j\"}}").unwrap();
        assert_eq!(docs[0]["metadata"]["name"], "j");
    }

    #[test]
    fn reports_yaml_errors_with_line() {
        let err = parse_documents("apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n  labels: a: b\n").unwrap_err();
        assert!(err.0.starts_with("error converting YAML to JSON: yaml: line 5: mapping values are not allowed in this context"), "{}", err.0);
    }

    #[test]
    fn yaml_output_sorts_keys() {
        let v: Value = serde_json::json!({"b": 1, "a": {"d": [1, 2], "c": "x"}});
        assert_eq!(to_yaml(&v), "a:\n  c: x\n  d:\n  - 1\n  - 2\nb: 1\n");
    }
}
