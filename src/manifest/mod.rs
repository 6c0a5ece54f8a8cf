//! Manifest decoding: multi-document YAML, JSON, and `kind: List`, into JSON values, with
//! kubectl's error texts; and YAML output for `-o yaml`. The only module that uses serde_yaml.

mod emit;
mod yaml11;

use serde::de::{self, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use serde_json::Value;

/// kube-apiserver refuses request bodies over 3 MiB; kubectl's manifests meet that limit first.
pub const MAX_MANIFEST_BYTES: usize = 3 * 1024 * 1024;

/// A YAML node as JSON, built the way go-yaml v2 (non-strict) feeds kubectl: a repeated key keeps
/// its last value; keys that are numbers or booleans become strings.
struct Json(Value);

impl<'de> Deserialize<'de> for Json {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(JsonVisitor)
    }
}

struct JsonVisitor;

impl<'de> Visitor<'de> for JsonVisitor {
    type Value = Json;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a YAML value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Json, E> {
        Ok(Json(Value::Bool(v)))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Json, E> {
        Ok(Json(Value::from(v)))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Json, E> {
        Ok(Json(Value::from(v)))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Json, E> {
        Ok(Json(serde_json::Number::from_f64(v).map(Value::Number).unwrap_or(Value::Null)))
    }
    fn visit_str<E>(self, v: &str) -> Result<Json, E> {
        Ok(Json(Value::String(v.to_string())))
    }
    fn visit_string<E>(self, v: String) -> Result<Json, E> {
        Ok(Json(Value::String(v)))
    }
    fn visit_unit<E>(self) -> Result<Json, E> {
        Ok(Json(Value::Null))
    }
    fn visit_none<E>(self) -> Result<Json, E> {
        Ok(Json(Value::Null))
    }
    fn visit_some<D: de::Deserializer<'de>>(self, d: D) -> Result<Json, D::Error> {
        Json::deserialize(d)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json, A::Error> {
        let mut out = Vec::new();
        while let Some(Json(v)) = seq.next_element()? {
            out.push(v);
        }
        Ok(Json(Value::Array(out)))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json, A::Error> {
        let mut out = serde_json::Map::new();
        while let Some(Json(k)) = map.next_key()? {
            let key = match k {
                Value::String(s) => s,
                Value::Null => "null".into(),
                Value::Array(_) | Value::Object(_) => return Err(de::Error::custom("invalid map key")),
                other => other.to_string(),
            };
            let Json(v) = map.next_value()?;
            out.insert(key, v);
        }
        Ok(Json(Value::Object(out)))
    }
    fn visit_enum<A: de::EnumAccess<'de>>(self, data: A) -> Result<Json, A::Error> {
        // A tagged scalar (`!!str 1`): keep the value, drop the tag.
        let (_, variant): (Value, _) = data.variant::<serde::de::IgnoredAny>().map(|(_, v)| (Value::Null, v))?;
        de::VariantAccess::newtype_variant::<Json>(variant)
    }
}

/// A document that failed to parse, with the message kubectl prints after `error parsing <file>: `.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError(pub String);

/// Splits a manifest into its documents as JSON values. Empty documents are skipped; `kind: List`
/// expands into its items.
pub fn parse_documents(text: &str) -> Result<Vec<Value>, ParseError> {
    if text.len() > MAX_MANIFEST_BYTES {
        return Err(ParseError(format!("the manifest is {} bytes; the apiserver accepts at most {} (Request entity too large: limit is {})", text.len(), MAX_MANIFEST_BYTES, MAX_MANIFEST_BYTES)));
    }
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
    let text = yaml11::rewrite(text);
    let mut docs = Vec::new();
    for de in serde_yaml::Deserializer::from_str(&text) {
        let Json(v) = Json::deserialize(de).map_err(yaml_error)?;
        if v.is_null() {
            continue;
        }
        docs.push(v);
    }
    Ok(docs)
}

fn yaml_error(e: serde_yaml::Error) -> ParseError {
    let msg = e.to_string();
    if msg.contains("repetition limit exceeded") {
        return ParseError("error converting YAML to JSON: yaml: document contains excessive aliasing".into());
    }
    if msg.contains("recursion limit exceeded") {
        return ParseError("error converting YAML to JSON: yaml: exceeded max depth of 10000".into());
    }
    let text = match msg.find(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg.clone(),
    };
    // go-yaml numbers a scanner's problem from 1 but a parser's from 0 (its decoder adds one
    // for scanner errors only), so "did not find expected key" names the line before.
    const PARSER_PROBLEMS: &[&str] = &[
        "did not find expected key",
        "did not find expected node content",
        "did not find expected '-' indicator",
        "did not find expected ',' or ']'",
        "did not find expected ',' or '}'",
        "did not find expected <document start>",
        "found undefined tag handle",
        "found duplicate %YAML directive",
        "found incompatible YAML document",
        "found duplicate %TAG directive",
    ];
    match e.location() {
        Some(loc) => {
            let line = if PARSER_PROBLEMS.iter().any(|p| text.starts_with(p)) { loc.line() - 1 } else { loc.line() };
            ParseError(format!("error converting YAML to JSON: yaml: line {}: {}", line, text))
        }
        None => ParseError(format!("error converting YAML to JSON: yaml: {}", text)),
    }
}

/// The first document as kubectl's client-side validator reads it (`yaml.ToJSON`, which stops
/// after one document): `Null` when there is none.
pub fn parse_first(text: &str) -> Result<Value, ParseError> {
    let text = yaml11::rewrite(text);
    let first = match serde_yaml::Deserializer::from_str(&text).next() {
        Some(de) => Json::deserialize(de).map(|Json(v)| v).map_err(yaml_error),
        None => Ok(Value::Null),
    };
    first
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

/// YAML as `kubectl get -o yaml` prints it (see `emit`).
pub fn to_yaml(v: &Value) -> String {
    emit::to_yaml(v)
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
    fn decodes_like_go_yaml_v2() {
        let docs = parse_documents("a: 1\na: 2\nmode: 0644\nok: yes\n80: http\n").unwrap();
        assert_eq!(docs[0], crate::json!({"a": 2, "mode": 420, "ok": true, "80": "http"}));
        let mut bomb = String::from("a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for i in 1..10 {
            bomb.push_str(&format!("a{}: &a{} [*a{p},*a{p},*a{p},*a{p},*a{p},*a{p},*a{p},*a{p},*a{p}]\n", i, i, p = i - 1));
        }
        assert_eq!(parse_documents(&bomb).unwrap_err().0, "error converting YAML to JSON: yaml: document contains excessive aliasing");
        assert!(parse_documents(&"x".repeat(MAX_MANIFEST_BYTES + 1)).is_err());
    }

    #[test]
    fn yaml_output_sorts_keys() {
        let v: Value = crate::json!({"b": 1, "a": {"d": [1, 2], "c": "x"}});
        assert_eq!(to_yaml(&v), "a:\n  c: x\n  d:\n  - 1\n  - 2\nb: 1\n");
    }
}
